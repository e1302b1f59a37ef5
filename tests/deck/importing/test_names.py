"""People named in a report: by surname in any case form, or by their role."""

from __future__ import annotations

from app.deck.importing.names import index_people

TEXT = ("Во второй день визита Президента Касым-Жомарта Токаева министр промышленности "
        "Ерсайын Нагаспаев встретился с губернатором. Губернатор Токио Юрико Коикэ "
        "приветствовала гостей. Касым-Жомарт Токаев поблагодарил её.")


def test_a_surname_in_any_case_gives_the_shortest_form_found():
    people = index_people(TEXT)
    assert people.person("Токаева").name == "Касым-Жомарт Токаев"
    assert people.person("Токаев").name == "Касым-Жомарт Токаев"
    assert people.person("Нагаспаев").role == "министр промышленности"
    assert people.person("Казахстан") is None


def test_a_role_word_stands_for_the_person_it_introduced():
    people = index_people(TEXT)
    assert people.by_role_word("губернатор", len(TEXT)).name == "Юрико Коикэ"
    assert people.by_role_word("губернатор", 0) is None  # not yet introduced
    assert people.mentioned("сказала губернатор", len(TEXT)).name == "Юрико Коикэ"


def test_a_kazakh_possessive_role_keeps_the_word_it_belongs_to():
    text = ("«Бәрі осында оқиды», – деді мектеп директоры Гүлнар Оспанова. "
            "Ауыл әкімі Серік Ахметов келісті.")
    people = index_people(text, "kk")
    assert people.roles["Гүлнар Оспанова"] == "мектеп директоры"
    assert people.roles["Серік Ахметов"] == "Ауыл әкімі"  # the sentence's first word too
    # a verb of saying is not whose director; Russian text is left as it was
    assert index_people("– деді директоры Гүлнар Оспанова.", "kk").roles[
        "Гүлнар Оспанова"] == "директоры"
    assert index_people("сказал мэр города Анна Ли.").roles["Анна Ли"] == "мэр города"
