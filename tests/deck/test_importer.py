"""The report importer: a plain-text report to a draft deck that loads and keeps every word."""

from __future__ import annotations

import math
import tomllib

import pytest

from app.deck.diagnostics import Severity
from app.deck.importer import import_report, slugify, write_deck
from app.deck.loader import load_deck
from app.deck.model import ChapterRole, Kind
from app.deck.source_check import deck_pieces, lost_sentences
from tests.helpers import REPORT

HEADINGS = ["Токио не любит сюрпризов", "Токио любит надолго", "Токио помнит"]



def _errors(diagnostics):
    return [d.format() for d in diagnostics if d.severity is Severity.ERROR]


def _imported(tmp_path, text, title=None):
    """The report imported, written to a fresh folder and loaded: (folder, deck)."""
    out = tmp_path / "deck"
    write_deck(import_report(text, title), out)
    deck, diagnostics = load_deck(out)
    assert _errors(diagnostics) == []
    return out, deck


# --- the real report -------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    out = tmp_path_factory.mktemp("imported") / "deck"
    write_deck(import_report(REPORT.read_text(encoding="utf-8")), out)
    deck, diagnostics = load_deck(out)
    return out, deck, diagnostics


def test_real_report_loads_without_errors(real):
    _, deck, diagnostics = real
    assert _errors(diagnostics) == []
    ids = [slide.id for slide in deck.slides]
    assert len(ids) == len(set(ids))


def test_real_report_chapters_are_the_reports_headings(real):
    _, deck, _ = real
    assert [c.role for c in deck.chapters] == [
        ChapterRole.OPENING, *[ChapterRole.CHAPTER] * 3, ChapterRole.CLOSING]
    assert [c.title for c in deck.main_chapters] == HEADINGS
    assert [c.file.name for c in deck.main_chapters] == [
        "01-tokio-ne-lyubit-syurprizov.md", "02-tokio-lyubit-nadolgo.md", "03-tokio-pomnit.md"]
    for chapter in deck.main_chapters:
        first = chapter.slides[0]
        assert first.kind is Kind.CHAPTER
        assert first.heading == chapter.title
        assert first.id == f"{chapter.file.stem[3:]}-1"


def test_real_report_metadata(real):
    out, deck, _ = real
    lede = REPORT.read_text(encoding="utf-8").splitlines()[0].strip()
    assert deck.author == "Айсултан Кульшманов"
    assert deck.photo_credit == "пресс-служба Акорды"
    assert deck.language == "ru"
    assert deck.theme == "light"
    assert len(deck.title) <= 60
    assert deck.title.startswith("Во второй день официального визита")
    assert lede.startswith(deck.title.rstrip("…"))
    title_slide = deck.chapters[0].slides[0]
    assert title_slide.kind is Kind.TITLE
    assert title_slide.heading == deck.title
    assert title_slide.reader_text == lede
    assert deck.duration_minutes == math.ceil(len(deck.slides) * 20 / 60)
    manifest = tomllib.loads((out / "deck.toml").read_text(encoding="utf-8"))
    budgets = [c["budget"] for c in manifest["chapters"]]
    assert all(b > 0 for b in budgets)
    assert sum(budgets) == pytest.approx(deck.duration_minutes, abs=0.05)
    longest = max(deck.chapters, key=lambda c: len(c.slides))
    assert longest.budget_minutes == max(budgets)
    assert (out / "media").is_dir()
    assert list((out / "media").iterdir()) == []


def test_real_report_credits(real):
    _, deck, _ = real
    credits = deck.chapters[-1].slides[-1]
    assert credits.kind is Kind.CREDITS
    assert [b.text for b in credits.blocks] == [
        "Автор: Айсултан Кульшманов", "Фото: пресс-служба Акорды"]
    assert credits.reader_text == "Автор: Айсултан Кульшманов\n\nФото: пресс-служба Акорды."


def test_real_report_interview_is_dialogue(real):
    _, deck, _ = real
    dialogues = [s for s in deck.slides if s.kind is Kind.DIALOGUE]
    assert dialogues
    assert all(1 <= len(s.turns) <= 4 for s in dialogues)
    first = dialogues[0]
    assert [t.speaker for t in first.turns] == ["Вопрос", "Ответ", "Вопрос", "Ответ"]
    assert first.turns[0].text.startswith("Как вообще проходят переговоры?")
    assert first.reader_text.startswith("— Как вообще проходят переговоры?")


def test_real_report_reader_text_is_the_reports_own(real):
    _, deck, _ = real
    lines = {line.strip() for line in REPORT.read_text(encoding="utf-8").splitlines()}
    for slide in deck.slides:
        for block in slide.reader:
            assert block.text in lines, (slide.id, block.text)


def test_real_report_loses_no_sentence(real):
    _, deck, _ = real
    total, lost = lost_sentences(REPORT.read_text(encoding="utf-8"), deck_pieces(deck))
    assert total > 100
    assert [s.text for s in lost] == []


# --- small synthetic reports -----------------------------------------------------------

LEDE = "Короткий лид репортажа. Второе предложение лида."


def test_headings_are_detected(tmp_path):
    text = "\n".join([
        "Заголовок в первой строке без точки",  # the lede, never a heading
        "Первая глава",
        "Абзац первой главы.",
        "Совсем короткая строка с точкой.",
        "Эта строка без точки в конце, но она длиннее шестидесяти знаков и поэтому абзац",
        "",
        "Вторая глава",
        "— Вопрос?",
        "Пауза в разговоре",  # between two interview lines: not a heading
        "— Ответ.",
        "Третья глава",
    ])
    _, deck = _imported(tmp_path, text)
    assert [c.title for c in deck.main_chapters] == ["Первая глава", "Вторая глава",
                                                     "Третья глава"]
    first, second, third = deck.main_chapters
    assert [s.kind for s in first.slides] == [Kind.CHAPTER, Kind.TEXT, Kind.TEXT, Kind.TEXT]
    assert [s.kind for s in second.slides] == [Kind.CHAPTER, Kind.DIALOGUE, Kind.TEXT,
                                               Kind.DIALOGUE]
    assert [s.kind for s in third.slides] == [Kind.CHAPTER]
    assert second.slides[2].reader_text == "Пауза в разговоре"
    assert deck.chapters[0].slides[0].reader_text == "Заголовок в первой строке без точки"


def test_text_slide_shows_the_first_sentence(tmp_path):
    long_sentence = " ".join(f"слово{n}" for n in range(1, 41)) + "."
    text = "\n".join([LEDE, "Глава", "Первое предложение абзаца здесь. А второе — в reader.",
                      long_sentence])
    _, deck = _imported(tmp_path, text)
    _, short, long = deck.main_chapters[0].slides
    assert short.heading == "Первое предложение абзаца здесь"
    assert short.blocks == ()  # the heading already says it all
    assert short.reader_text == "Первое предложение абзаца здесь. А второе — в reader."
    assert long.heading == "слово1 слово2 слово3 слово4 слово5 слово6 слово7 слово8…"
    assert long.blocks[0].text == " ".join(f"слово{n}" for n in range(1, 36)) + "…"
    assert long.reader_text == long_sentence
    assert [s.id for s in deck.main_chapters[0].slides] == ["glava-1", "glava-2", "glava-3"]


def test_five_turns_make_two_dialogue_slides(tmp_path):
    turns = ["— Первый вопрос?", "– Первый ответ.", "— Второй вопрос?", "— Второй ответ.",
             "— Третий вопрос?"]
    _, deck = _imported(tmp_path, "\n".join([LEDE, "Интервью", *turns, "Конец разговора."]))
    slides = deck.main_chapters[0].slides
    dialogues = [s for s in slides if s.kind is Kind.DIALOGUE]
    assert len(dialogues) == 2
    assert [t.speaker for t in dialogues[0].turns] == ["Вопрос", "Ответ", "Вопрос", "Ответ"]
    assert [t.speaker for t in dialogues[1].turns] == ["Вопрос"]
    assert [t.text for t in dialogues[0].turns] == [
        "Первый вопрос?", "Первый ответ.", "Второй вопрос?", "Второй ответ."]
    assert dialogues[0].reader_text == "\n\n".join(turns[:4])
    assert dialogues[1].reader_text == turns[4]
    assert slides[-1].kind is Kind.TEXT


def test_title_is_the_ledes_first_sentence_shortened():
    lede = ("Во второй день официального визита Президента Казахстана Касым-Жомарта Токаева "
            "Япония остаётся верна себе. Второе предложение.")
    title = tomllib.loads(import_report(lede)["deck.toml"])["title"]
    assert len(title) <= 60
    assert title.endswith("…")
    assert lede.startswith(title[:-1])
    assert lede[len(title) - 1] == " "  # cut at a word boundary
    short = tomllib.loads(import_report("Токио ждёт гостей. Дальше текст.")["deck.toml"])
    assert short["title"] == "Токио ждёт гостей"


def test_a_given_title_wins():
    files = import_report(LEDE, title='Токио: "день второй"')
    assert tomllib.loads(files["deck.toml"])["title"] == 'Токио: "день второй"'
    assert '# Токио: "день второй"' in files["00-opening.md"]


@pytest.mark.parametrize("paragraph", [
    "Note: something.",
    "kind: photo",
    "id: evil-id.",
    "# not a heading.",
    "- not a list item.",
    "> not a quote.",
    "::: notes",
    "1964. Год монорельса.",
    "*not bold* and _not italic_ and `not code`.",
    "[a label](http://example.com) stays as typed.",
    "&amp; and <b>tag</b> stay as typed.",
    "C# и F# #",
    "A back\\slash\\",
])
def test_markdown_and_attribute_lookalikes_stay_text(tmp_path, paragraph):
    _, deck = _imported(tmp_path, "\n".join([LEDE, paragraph + " Хвост абзаца."]))
    slide = deck.chapters[0].slides[1]
    assert slide.kind is Kind.TEXT
    assert slide.id == "opening-2"
    assert slide.image is None
    assert slide.reader_text == paragraph + " Хвост абзаца."


def test_markdown_lookalike_headings_stay_as_typed(tmp_path):
    headings = ["kind: photo", "::: notes", "C# и F# #", "*звёзды* и `код`", "1964) год"]
    text = "\n".join([LEDE, *[line for h in headings for line in (h, "Абзац.")]])
    _, deck = _imported(tmp_path, text)
    assert [c.title for c in deck.main_chapters] == headings
    assert [c.slides[0].heading for c in deck.main_chapters] == headings
    assert all(c.slides[0].kind is Kind.CHAPTER for c in deck.main_chapters)


def test_a_latin_attribute_line_is_not_an_attribute(tmp_path):
    out, deck = _imported(tmp_path, "\n".join([LEDE, "Глава", "Note: something.",
                                               "title: Not the title."]))
    note, fake_title = deck.main_chapters[0].slides[1:]
    assert note.reader_text == "Note: something."
    assert note.heading == "Note: something"
    assert fake_title.title == "title: Not the title"
    assert fake_title.reader_text == "title: Not the title."
    _, diagnostics = load_deck(out)
    assert [d.format() for d in diagnostics] == []


def test_credits_go_to_the_closing_and_the_manifest(tmp_path):
    text = "\n".join([LEDE, "Абзац.", "", "Автор: Иван Петров", "Фото: агентство."])
    files = import_report(text)
    manifest = tomllib.loads(files["deck.toml"])
    assert manifest["author"] == "Иван Петров"
    assert manifest["photo_credit"] == "агентство"
    _, deck = _imported(tmp_path, text)
    credits = deck.chapters[-1].slides[0]
    assert credits.kind is Kind.CREDITS
    assert [b.text for b in credits.blocks] == ["Автор: Иван Петров", "Фото: агентство"]
    assert all("Автор" not in s.reader_text for s in deck.chapters[0].slides)


def test_duplicate_headings_get_distinct_files_and_ids(tmp_path):
    text = "\n".join([LEDE, "Токио", "Раз.", "Токио", "Два.", "Closing", "Три."])
    files = import_report(text)
    assert list(files) == ["deck.toml", "00-opening.md", "01-tokio.md", "02-tokio-2.md",
                           "03-closing-2.md", "99-closing.md"]
    _, deck = _imported(tmp_path, text)
    ids = [s.id for s in deck.slides]
    assert len(ids) == len(set(ids))
    assert [c.title for c in deck.main_chapters] == ["Токио", "Токио", "Closing"]


def test_slugs_are_ascii_transliterations():
    assert slugify("Токио не любит сюрпризов") == "tokio-ne-lyubit-syurprizov"
    assert slugify("Щедрый ёж, съешь!") == "shchedryy-yozh-sesh"
    assert slugify("Қош келдіңіз") == "qosh-keldiniz"
    assert slugify("«…»") == "chapter"
    assert len(slugify("очень " * 20)) <= 40


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "***\n---\n"])
def test_an_empty_report_gives_opening_and_closing(tmp_path, text):
    files = import_report(text)
    assert list(files) == ["deck.toml", "00-opening.md", "99-closing.md"]
    _, deck = _imported(tmp_path, text)
    assert [c.role for c in deck.chapters] == [ChapterRole.OPENING, ChapterRole.CLOSING]
    assert deck.title
    assert deck.chapters[0].slides[0].kind is Kind.TITLE
    assert deck.chapters[1].slides[0].kind is Kind.CREDITS
    assert deck.duration_minutes == 1


# --- writing -------------------------------------------------------------------------


def test_write_deck_refuses_a_non_empty_folder(tmp_path):
    out = tmp_path / "busy"
    out.mkdir()
    (out / "notes.txt").write_text("someone's work", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not empty"):
        write_deck(import_report(LEDE), out)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    assert (out / "notes.txt").read_text(encoding="utf-8") == "someone's work"


def test_write_deck_refuses_a_file(tmp_path):
    out = tmp_path / "file.txt"
    out.write_text("x", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_deck(import_report(LEDE), out)
    assert out.read_text(encoding="utf-8") == "x"


def test_write_deck_fills_an_empty_or_new_folder(tmp_path):
    files = import_report(LEDE)
    empty = tmp_path / "empty"
    empty.mkdir()
    write_deck(files, empty)
    new = tmp_path / "a" / "b" / "new"
    write_deck(files, new)
    for out in (empty, new):
        assert sorted(p.name for p in out.iterdir()) == sorted([*files, "media"])
        assert (out / "media").is_dir()
        for name, content in files.items():
            assert (out / name).read_text(encoding="utf-8") == content


@pytest.mark.parametrize("name", ["../escape.md", "/abs.md", "", "a\\b.md"])
def test_write_deck_rejects_names_outside_the_folder(tmp_path, name):
    out = tmp_path / "deck"
    with pytest.raises(ValueError, match="inside the deck folder"):
        write_deck({"deck.toml": "", name: "x"}, out)
    assert not out.exists()
    assert not (tmp_path / "escape.md").exists()
