"""Slide headlines: a sentence's key phrase, not its opening words."""

from __future__ import annotations

from app.deck.importing.headline import key_phrase, opening_phrase


def test_the_key_phrase_is_not_the_opening_clause():
    sentence = ("Астана внимательно присматривается к опыту Токио, и не без оснований: "
                "монорельс – далёкий родственник нашего LRT – здесь заработал ещё в 1964 году.")
    phrase = key_phrase(sentence)
    assert phrase == "Далёкий родственник нашего LRT"
    assert not sentence.startswith(phrase)


def test_a_term_in_quotes_is_a_headline():
    assert key_phrase('Отдельно он говорит о роли так называемых "средних держав".') == \
        "«Средних держав»"


def test_a_short_sentence_is_its_own_headline():
    assert key_phrase("Тут тоже всё должно быть по протоколу.") == \
        "Тут тоже всё должно быть по протоколу"


def test_a_long_single_clause_sentence_ends_in_its_last_phrase():
    phrase = key_phrase("А в коридоре в это время с тонкостями казахстанского протокола "
                        "знакомят японских бизнесменов из крупнейших компаний страны.")
    assert phrase
    assert not phrase.startswith("А в коридоре")


def test_speech_is_headlined_by_its_opening():
    assert opening_phrase("Переговоры идут дружелюбно. Это особенность культуры.") == \
        "Переговоры идут дружелюбно"
    assert opening_phrase("Как вообще проходят переговоры? Что-то удивило?") == \
        "Как вообще проходят переговоры?"


def test_an_opening_clause_is_never_the_headline_even_when_nothing_else_scores():
    sentence = ("Перенимать токийский опыт приехал аким Астаны Женис Касымбек, подписавший с "
                "Юрико Коикэ меморандум о взаимопонимании между столицами Казахстана и Японии.")
    phrase = key_phrase(sentence)
    assert not sentence.lower().startswith(phrase.lower())
    assert phrase.lower() in sentence.lower()


def test_a_headline_fits_a_sidebar_line_and_skips_clauses_hanging_off_another_word():
    sentence = ("Токаев обозначил интерес к более тесному сотрудничеству двух столиц именно в "
                "части внедрения искусственного интеллекта в городское управление – как "
                "инструмента, который должен помогать принимать решения быстрее и точнее.")
    phrase = key_phrase(sentence)
    assert len(phrase) <= 60
    assert not phrase.lower().startswith(("как ", "который"))
    short = ("По данным министерства, через границу ежедневно проезжают около пяти тысяч "
             "автомобилей.")
    assert len(key_phrase(short)) <= 60  # a sentence too long for a line is not its own title
