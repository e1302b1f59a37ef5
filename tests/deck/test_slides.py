"""The chapter-file parser: every kind, every attribute, every diagnostic."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.deck.diagnostics import Diagnostic, Severity
from app.deck.model import Kind, spans_text
from app.deck.slides import parse_chapter_file

FILE = Path("deck/01.md")


def parse(text: str) -> tuple[list, list[Diagnostic]]:
    out: list[Diagnostic] = []
    return parse_chapter_file(FILE, text, out), out


def messages(out: list[Diagnostic]) -> list[str]:
    return [f"{d.line}:{d.severity}:{d.message}" for d in out]


def test_slides_are_split_on_separators_and_keep_their_lines():
    slides, out = parse("# Один\n\nтекст\n---\n# Два\n---\n\n# Три\n")
    assert [s.heading for s in slides] == ["Один", "Два", "Три"]
    assert [s.line for s in slides] == [1, 5, 8]
    assert out == []


def test_separator_inside_code_fence_does_not_split():
    slides, _ = parse("# A\n\n```\n---\n```\n")
    assert len(slides) == 1
    assert slides[0].blocks[0].kind == "code"


def test_reader_and_notes_sections():
    slides, out = parse("# Заголовок\n\nПоказано.\n\n::: reader\nПолный текст.\n\n"
                        "::: notes\nЗаметка **важная**.\n")
    slide = slides[0]
    assert slide.shown_text.splitlines() == ["Заголовок", "Показано."]
    assert slide.reader_text == "Полный текст."
    assert slide.notes_text == "Заметка важная."
    assert slide.notes[0].spans[1].bold
    assert out == []


def test_raw_html_is_text_not_markup():
    slides, _ = parse("Текст <script>alert(1)</script> и <b>жирный</b>\n")
    assert slides[0].blocks[0].text == "Текст <script>alert(1)</script> и <b>жирный</b>"


def test_links_keep_their_label_only():
    slides, _ = parse("Смотрите [сайт](http://example.com/x).\n")
    assert slides[0].blocks[0].text == "Смотрите сайт."


def test_quote_kind_with_speaker_and_role():
    slides, out = parse("kind: quote\nspeaker: Юрико Коикэ\nrole: губернатор Токио\n\n"
                        "> Қош келдіңіз!\n")
    slide = slides[0]
    assert slide.kind is Kind.QUOTE
    assert (slide.speaker, slide.role) == ("Юрико Коикэ", "губернатор Токио")
    assert slide.blocks[0].kind == "quote"
    assert slide.blocks[0].text == "Қош келдіңіз!"
    assert out == []


def test_quote_without_speaker_warns():
    _, out = parse("kind: quote\n\n> Слова.\n")
    assert messages(out) == ["1:warning:a quote without 'speaker:'"]


def test_dialogue_turns_and_steps():
    slides, out = parse("kind: dialogue\n\n- **Корреспондент:** Как идут переговоры?\n"
                        "- **Нагаспаев:** Дружелюбно.\n")
    slide = slides[0]
    assert [(t.speaker, t.text) for t in slide.turns] == [
        ("Корреспондент", "Как идут переговоры?"), ("Нагаспаев", "Дружелюбно.")]
    assert slide.step_count == 2
    assert [t.line for t in slide.turns] == [3, 4]
    assert out == []


def test_dialogue_line_without_speaker_is_an_error():
    _, out = parse("kind: dialogue\n\n- просто строка\n")
    assert messages(out) == ["3:error:a dialogue line starts with '**Speaker:**'",
                             "1:error:a dialogue needs a list of '- **Speaker:** line'"]


def test_facts():
    slides, out = parse("kind: facts\n\n- **1964** монорельс\n- **14 млн** жителей\n")
    assert [(f.value, f.label) for f in slides[0].facts] == [
        ("1964", "монорельс"), ("14 млн", "жителей")]
    assert out == []


def test_fact_without_figure_is_an_error():
    _, out = parse("kind: facts\n\n- монорельс\n")
    assert messages(out) == ["3:error:a fact starts with '**figure**'",
                             "1:error:a facts slide needs a list of '- **figure** label'"]


def test_styled_lines_read_as_plain_text_one_way():
    """Blocks, turns, steps and fact labels all drop styling through spans_text."""
    slides, out = parse("kind: dialogue\n\n- **А:** *тихо* и `код`\n---\n"
                        "kind: facts\n\n- **7** *дней* подряд\n---\n"
                        "kind: build\n\n- **шаг** один\n")
    assert out == []
    dialogue, facts, build = slides
    assert spans_text(dialogue.turns[0].spans) == dialogue.turns[0].text == "тихо и код"
    assert facts.facts[0].label == "дней подряд"
    assert spans_text(build.steps[0].spans) == build.steps[0].text == "шаг один"
    block = parse("**а** _б_\n")[0][0].blocks[0]
    assert block.text == spans_text(block.spans) == "а б"


def test_build_steps_with_images():
    slides, out = parse("kind: build\n\n- ![Два кресла](media/seats) Рядом.\n- Записка.\n")
    slide = slides[0]
    assert slide.step_count == 2
    assert slide.steps[0].image.slot == "media/seats"
    assert slide.steps[0].image.alt == "Два кресла"
    assert slide.steps[0].text == "Рядом."
    assert slide.steps[1].image is None
    assert out == []


def test_build_without_list_is_an_error():
    _, out = parse("kind: build\n\nПросто текст.\n")
    assert "1:error:a build needs a list: one item per step" in messages(out)


def test_photo_fields_are_separate():
    slides, out = parse("kind: photo\nimage: monorail\ncaption: Монорельс\n"
                        "credit: Фото: пресс-служба\nalt: Поезд на эстакаде\nfit: contain\n")
    image = slides[0].image
    assert (image.slot, image.caption, image.credit, image.alt, image.fit) == (
        "monorail", "Монорельс", "Фото: пресс-служба", "Поезд на эстакаде", "contain")
    assert out == []


def test_photo_without_image_is_an_error():
    _, out = parse("kind: photo\ncaption: нет\n\n# Заголовок\n")
    assert "1:error:a photo slide needs 'image:'" in messages(out)


def test_unknown_kind_suggests_the_right_one():
    slides, out = parse("kind: qoute\nspeaker: X\n\n> Слова.\n")
    assert slides[0].kind is Kind.TEXT
    assert messages(out) == [
        "1:error:unknown slide kind 'qoute' (did you mean 'quote'?); shown as text"]


def test_unknown_attribute_suggests_the_right_one():
    _, out = parse("# A\n---\ntitle: Б\ncaptoin: x\n\nТекст\n")
    assert messages(out) == ["4:warning:unknown attribute 'captoin' (did you mean 'caption'?)"]


def test_unknown_section_is_an_error():
    _, out = parse("# A\n\n::: noets\nx\n")
    assert messages(out) == ["3:error:unknown section '::: noets' (did you mean 'notes'?)"]


def test_empty_slides_warn():
    _, out = parse("# A\n---\n\n---\nkind: text\n")
    assert messages(out) == [
        "3:warning:empty slide between two '---' lines", "5:warning:empty slide: nothing to show"]


def test_hidden_slides_and_ids():
    slides, out = parse("id: backup\nhidden: true\n\n# Запасной\n---\n# Обычный\n")
    assert [(s.id, s.hidden) for s in slides] == [("backup", True), ("01-2", False)]
    assert out == []


def test_bad_id_is_an_error():
    _, out = parse("id: a b\n\n# A\n")
    assert messages(out) == ["1:error:slide id 'a b' may hold only letters, digits, '-' and '_'"]


def test_title_attribute_overrides_heading_and_long_titles_are_shortened():
    slides, _ = parse("title: Коротко\n\n# Длинный заголовок\n---\n" + "слово " * 30 + "\n")
    assert slides[0].title == "Коротко"
    assert slides[1].title.endswith("…")
    assert len(slides[1].title) <= 60


def test_a_shortened_title_is_cut_between_words():
    text = "День начался с посещения правительства Токийской метрополии – по сути, акимата"
    slides, _ = parse(f"{text}\n---\n{'ы' * 80}\n")
    assert slides[0].title == "День начался с посещения правительства Токийской…"
    assert text.startswith(slides[0].title[:-1])
    assert slides[1].title == "ы" * 59 + "…"  # one endless word is cut where it must be


@pytest.mark.parametrize("kind", [k.value for k in Kind])
def test_every_kind_parses(kind):
    body = {
        "dialogue": "- **А:** да\n", "facts": "- **1** раз\n", "build": "- шаг\n",
        "photo": "# Фото\n", "quote": "> слова\n",
    }.get(kind, "# Заголовок\n\nТекст.\n")
    extra = "image: x\n" if kind == "photo" else "speaker: Я\n" if kind == "quote" else ""
    slides, out = parse(f"kind: {kind}\n{extra}\n{body}")
    assert slides[0].kind.value == kind
    assert [d for d in out if d.severity is Severity.ERROR] == []


def test_a_photo_with_no_words_is_titled_by_its_alt_text_then_its_file():
    """Never «photo», a word of the file format in a Russian sidebar."""
    slides, _ = parse("kind: photo\nimage: tokyo-tower\nalt: Телебашня в сумерках\n---\n"
                      "kind: photo\nimage: tokyo-tower\n")
    assert [slide.title for slide in slides] == ["Телебашня в сумерках", "tokyo-tower"]
