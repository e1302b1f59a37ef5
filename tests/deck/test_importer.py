"""The report importer: the structure it finds in reports of every shape, and a deck that
loads cleanly and carries every line of the report.

The reports in tests/deck/reports/ are written for these tests (one per shape an editor
meets); the shipped deck's own report (slides/source/report.txt) is imported too.
"""

from __future__ import annotations

import math
import re
import tomllib
from pathlib import Path

import pytest

from app.deck.importer import (
    ReportRefused,
    decode_report,
    describe,
    import_report,
    plan,
    write_deck,
)
from app.deck.importing.text import slugify
from app.deck.importing.writer import QUOTE_CHARS
from app.deck.loader import load_deck
from app.deck.model import ChapterRole, Kind
from app.deck.source_check import check_source
from tests.helpers import REPORT

REPORTS = Path(__file__).parent / "reports"
HEADINGS = ["Токио не любит сюрпризов", "Токио любит надолго", "Токио помнит"]


def shape(name: str) -> str:
    return (REPORTS / f"{name}.txt").read_text(encoding="utf-8")


def imported(tmp_path, text, title=None):
    """The report's draft, and the deck written from it and loaded without a diagnostic."""
    draft = plan(text, title)
    out = tmp_path / "deck"
    write_deck(import_report(text, title), out)
    deck, diagnostics = load_deck(out)
    assert [d.format() for d in diagnostics] == []
    return draft, deck


def slides(deck, kind):
    return [slide for slide in deck.slides if slide.kind is kind]


def carried(deck) -> str:
    """Everything of the report the deck holds: readers, chapter titles, the title."""
    parts = [deck.title, *(c.title for c in deck.chapters)]
    parts += [block.text for slide in deck.slides for block in slide.reader]
    return "\n".join(parts)


def assert_every_line_carried(text, deck):
    held = carried(deck)
    for raw in text.splitlines():
        line = " ".join(raw.split()).lstrip("#").strip()
        if not re.search(r"\w", line):
            continue
        for part in re.split(r"\s(?=©)", line):  # a caption and its © credit are two blocks
            assert part in held, part


def assert_source_check_is_clean(deck):
    """The imported deck names its report as its source; every sentence is carried and
    every quote, turn and blockquote is verbatim by the project's own check."""
    source = deck.root / "source" / "report.txt"
    assert tomllib.loads((deck.root / "deck.toml").read_text(encoding="utf-8"))["source"] \
        == "source/report.txt"
    report = check_source(deck, source, (deck.root / "deck.toml", 1))
    assert [d.format() for d in report.diagnostics] == []
    assert report.carried == report.sentences > 0
    assert report.verbatim == report.quotes


def assert_quotes_are_exact_words(deck):
    for slide in slides(deck, Kind.QUOTE):
        assert slide.speaker
        words = " ".join(block.text for block in slide.blocks)
        chapter = deck.chapters[slide.chapter]
        context = "\n".join(b.text for s in chapter.slides for b in s.reader)
        for part in words.split(" […] "):
            assert part in context, (slide.id, part)


def assert_headings_are_not_the_bodys_opening(deck):
    for slide in slides(deck, Kind.TEXT):
        if slide.heading and slide.blocks and slide.blocks[0].kind == "paragraph":
            assert not slide.blocks[0].text.lower().startswith(slide.heading.lower()), slide.id


def assert_no_empty_slide(deck):
    for slide in deck.slides:
        assert slide.shown_text.strip() or slide.turns or slide.steps, slide.id


def assert_titles_are_short_headlines(deck):
    """A slide's title is a few words of its own; a quote's is its speaker and opening."""
    for slide in deck.slides:
        if slide.kind in (Kind.TITLE, Kind.CHAPTER, Kind.CREDITS):
            continue  # the report's title and subheadings stay whole, however long
        words = slide.title.split(": ", 1)[-1] if slide.kind is Kind.QUOTE else slide.title
        assert len(words.split()) <= 10, (slide.id, slide.title)
        assert not slide.title.rstrip("…»").endswith(" "), slide.title


ALL_SHAPES = sorted(path.stem for path in REPORTS.glob("*.txt"))


@pytest.mark.parametrize("name", ALL_SHAPES)
def test_every_shape_loads_carries_every_line_and_quotes_exactly(tmp_path, name):
    text = shape(name)
    _, deck = imported(tmp_path, text)
    assert_every_line_carried(text, deck)
    assert_source_check_is_clean(deck)
    assert_quotes_are_exact_words(deck)
    assert_headings_are_not_the_bodys_opening(deck)
    assert all(slide.title for slide in deck.slides)
    assert_no_empty_slide(deck)
    assert_titles_are_short_headlines(deck)


# --- one test per shape of report --------------------------------------------------------


def test_credits_at_the_top_go_to_the_closing_not_to_a_chapter(tmp_path):
    draft, deck = imported(tmp_path, shape("credits-top"))
    assert deck.title == "Новый мост через Ишим откроют к осени"
    assert deck.author == "Дана Ахметова"
    assert deck.photo_credit == "Ерлан Омаров"
    assert [c.title for c in deck.main_chapters] == ["Что осталось сделать"]
    assert [c.role for c in deck.chapters] == [ChapterRole.OPENING, ChapterRole.CHAPTER,
                                               ChapterRole.CLOSING]
    credits = deck.chapters[-1].slides[0]
    assert credits.kind is Kind.CREDITS
    assert [b.text for b in credits.blocks] == ["Автор: Дана Ахметова\nФото: Ерлан Омаров"]
    title = deck.chapters[0].slides[0]
    assert title.heading == deck.title
    assert [b.text for b in title.blocks] == [
        "Строители закончили укладку последнего пролёта моста через Ишим"]
    assert "Автор" not in "".join(s.reader_text for c in deck.chapters[:-1] for s in c.slides)


@pytest.mark.parametrize("first_line", [False, True])
def test_an_unlabelled_byline_is_the_author(tmp_path, first_line):
    text = shape("byline")
    if first_line:  # the name over the headline instead of under it
        headline, name, rest = text.split("\n", 2)
        text = "\n".join([name, headline, rest])
    draft, deck = imported(tmp_path, text)
    assert deck.title == "Как в Караганде считают старые тополя"
    assert deck.author == "Айгерим Сапарова"
    assert deck.main_chapters == []
    assert deck.chapters[-1].slides[0].blocks[0].text == "Автор: Айгерим Сапарова"
    assert deck.chapters[-1].slides[0].reader_text == "Айгерим Сапарова"


def test_a_copyright_line_is_split_from_its_caption(tmp_path):
    draft, deck = imported(tmp_path, shape("copyright"))
    assert [c.line for c in draft.credits] == ["© Агентство Дала / Марат Сейткали"]
    assert deck.photo_credit == "Агентство Дала / Марат Сейткали"
    (caption,) = [s for s in deck.slides if "саженцы на берегу" in s.reader_text]
    assert "©" not in caption.shown_text  # the credit is not part of what the slide says
    assert deck.chapters[-1].slides[0].reader_text == "© Агентство Дала / Марат Сейткали"


def test_an_interview_with_hyphen_turns_alternates_and_names_the_answerer(tmp_path):
    draft, deck = imported(tmp_path, shape("hyphen-interview"))
    (dialogue,) = draft.items("dialogue")
    assert [t.speaker for t in dialogue.turns] == ["Вопрос", "Асель Нурланова"] * 3
    shown = [t for s in slides(deck, Kind.DIALOGUE) for t in s.turns]
    assert [t.text for t in shown][:2] == [
        "Сколько посетителей пришло в этом году?",
        "Больше ста тысяч, это рекорд для нас, – говорит Нурланова."]
    # a run of hyphen lines without a question is a list, shown as one
    (listed,) = draft.items("list")
    assert listed.lines == ["- юрту конца девятнадцатого века", "- коллекцию конской упряжи",
                            "- детскую игровую комнату"]
    items = [b.text for s in deck.slides for b in s.blocks if b.kind == "item"]
    assert items == ["юрту конца девятнадцатого века", "коллекцию конской упряжи",
                     "детскую игровую комнату"]


def test_long_and_markdown_subheadings_are_chapters_without_their_marks(tmp_path):
    draft, deck = imported(tmp_path, shape("long-headings"))
    assert deck.title == ("Как небольшой город на севере страны научился жить без угольных "
                          "котельных")
    titles = [c.title for c in deck.main_chapters]
    assert titles[0] == "Первые шаги"
    assert len(titles[1]) > 90
    assert len(titles[2]) > 110
    assert titles[1].startswith("Почему жители")
    assert titles[2].startswith("Сколько стоил")
    assert not any("#" in slide.shown_text for slide in deck.slides)


def test_an_english_report_gets_english_labels_quotes_and_turns(tmp_path):
    draft, deck = imported(tmp_path, shape("english"))
    assert deck.language == "en"
    assert deck.title == "River Town Opens Its First Electric Ferry After Years of Delays"
    assert deck.author == "Jane Doe"
    assert deck.photo_credit == "Harbour Press"
    assert [c.title for c in deck.chapters][::len(deck.chapters) - 1] == ["Introduction",
                                                                          "Credits"]
    headings = [c.title for c in deck.main_chapters]
    assert len(headings) == 2
    assert len(headings[0]) > 70
    assert len(headings[1]) >= 100
    (quote,) = slides(deck, Kind.QUOTE)
    assert (quote.speaker, quote.role) == ("Tom Barrow", "Mayor")
    assert quote.blocks[0].text == "We waited nine years for this boat, and it was worth every day"
    (dialogue,) = slides(deck, Kind.DIALOGUE)
    assert [t.speaker for t in dialogue.turns] == ["Question", "Answer"] * 2
    assert dialogue.turns[1].text == "Quiet. You hear the water, not an engine."


def test_a_kazakh_report_gets_kazakh_labels(tmp_path):
    draft, deck = imported(tmp_path, shape("kazakh"))
    assert deck.language == "kk"
    assert deck.author == "Әсем Қайратқызы"
    assert [deck.chapters[0].title, deck.chapters[-1].title] == ["Кіріспе", "Авторлар"]
    assert [c.title for c in deck.main_chapters] == ["Ата-аналар не дейді"]
    (quote,) = slides(deck, Kind.QUOTE)
    assert (quote.speaker, quote.role) == ("Гүлнар Оспанова", "мектеп директоры")
    (dialogue,) = slides(deck, Kind.DIALOGUE)
    assert [t.speaker for t in dialogue.turns] == ["Сұрақ", "Жауап"]


def test_a_wire_dateline_joins_its_paragraph(tmp_path):
    draft, deck = imported(tmp_path, shape("wire"))
    dateline = "НУР-СУЛТАН, 2 мая — Sputnik."
    (slide,) = [s for s in deck.slides if dateline in s.reader_text]
    assert [b.text for b in slide.reader] == [
        dateline, "Правительства двух стран подписали соглашение о строительстве пункта "
                  "пропуска на границе. Его откроют в следующем году."]
    assert "НУР-СУЛТАН" not in slide.shown_text
    (quote,) = slides(deck, Kind.QUOTE)
    assert (quote.speaker, quote.role) == ("Арман Беков", "глава государства")
    assert quote.blocks[0].text == ("Новый пункт сократит очереди на границе вдвое и поможет "
                                    "торговле")


def test_a_press_review_keeps_titles_in_quotes_as_names(tmp_path):
    draft, deck = imported(tmp_path, shape("press-review"))
    assert [c.title for c in deck.main_chapters] == ["«Вечерний город»", "«Степной курьер»"]
    (quote,) = slides(deck, Kind.QUOTE)
    assert quote.speaker == "Бахыт Есенов"
    assert quote.blocks[0].text == "Земля прогрелась уже в апреле, поэтому мы не стали ждать"
    assert not any("долгожданным" in s.shown_text for s in slides(deck, Kind.QUOTE))
    assert deck.chapters[-1].role is ChapterRole.CHAPTER  # no credits: no closing slide


def test_a_short_item_without_structure(tmp_path):
    text = shape("short-item")
    draft, deck = imported(tmp_path, text)
    assert [c.role for c in deck.chapters] == [ChapterRole.OPENING]
    (title,) = deck.slides
    assert title.kind is Kind.TITLE
    assert deck.title == "Фермеры привезут мёд, сыр и свежие овощи"
    assert deck.title.lower() in text.lower()
    assert not deck.title.endswith("…")
    assert title.reader_text == text.strip()
    assert draft.credits == []
    assert draft.chapters == []


def test_narration_between_answers_keeps_the_interviewee(tmp_path):
    draft, deck = imported(tmp_path, shape("conversation"))
    (question,) = slides(deck, Kind.DIALOGUE)
    assert [t.speaker for t in question.turns] == ["Корреспондент"]
    answers = slides(deck, Kind.QUOTE)
    assert [q.speaker for q in answers] == ["Алия Жумабаева"] * 2
    assert answers[0].blocks[0].text.startswith("Конечно. Это было в Актобе")


def test_a_transcript_with_speaker_labels_is_an_interview(tmp_path):
    draft, deck = imported(tmp_path, shape("transcript"))
    (dialogue,) = slides(deck, Kind.DIALOGUE)
    assert [t.speaker for t in dialogue.turns] == ["Interviewer", "Ruth Okafor"] * 2
    assert dialogue.turns[1].text.startswith("Less noise, less diesel")
    # a lone «Note: …» is not a speaker's line
    assert any(s.reader_text == "Note: the interview was shortened for clarity."
               for s in slides(deck, Kind.TEXT))


# --- the shipped report --------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    text = REPORT.read_text(encoding="utf-8")
    out = tmp_path_factory.mktemp("shipped") / "deck"
    write_deck(import_report(text), out)
    deck, diagnostics = load_deck(out)
    assert [d.format() for d in diagnostics] == []
    assert_source_check_is_clean(deck)
    assert_no_empty_slide(deck)
    assert_titles_are_short_headlines(deck)
    assert_headings_are_not_the_bodys_opening(deck)
    return text, plan(text), deck


def test_shipped_report_title_credits_and_chapters(shipped):
    text, draft, deck = shipped
    lede = text.splitlines()[0]
    assert draft.title_source == "lede"
    assert deck.title == "Без импровизаций и резких движений, с чёткой логикой каждого шага"
    assert deck.title.lower() in lede.lower()
    assert deck.language == "ru"
    assert (deck.author, deck.photo_credit) == ("Айсултан Кульшманов", "пресс-служба Акорды")
    assert [c.title for c in deck.main_chapters] == HEADINGS
    assert [c.file.name for c in deck.main_chapters] == [
        "01-tokio-ne-lyubit-syurprizov.md", "02-tokio-lyubit-nadolgo.md", "03-tokio-pomnit.md"]
    assert deck.chapters[0].slides[0].reader_text == lede
    credits = deck.chapters[-1].slides[-1]
    assert [b.text for b in credits.blocks] == [
        "Автор: Айсултан Кульшманов\nФото: пресс-служба Акорды"]


def test_shipped_report_quotes_have_their_speakers(shipped):
    _, draft, deck = shipped
    assert [item.quote.speaker for item in draft.items("quote")] == [
        "Юрико Коикэ", "Касым-Жомарт Токаев", "Касым-Жомарт Токаев", *["Ёрико Кавагучи"] * 4]
    quotes = slides(deck, Kind.QUOTE)
    koike = quotes[0]
    assert (koike.blocks[0].text, koike.role) == ("Қош келдіңіз!", "губернатор Токио")
    assert quotes[1].blocks[0].text.startswith("Как писал принц Сётоку в VII веке")
    assert "Мы также расширяем" in quotes[2].reader_text  # the quote runs over two paragraphs
    assert not any("на редкость обаятельной" in q.shown_text for q in quotes)  # a phrase
    assert not any("Восстановление стратегического" in q.shown_text for q in quotes)  # a title


def test_shipped_report_hallway_interview_alternates(shipped):
    _, draft, deck = shipped
    hallway = next(item for item in draft.items("dialogue") if len(item.turns) == 12)
    assert [t.speaker for t in hallway.turns] == ["Корреспондент", "Ерсайын Нагаспаев"] * 6
    dialogues = [s for s in slides(deck, Kind.DIALOGUE) if s.chapter == 2]
    assert all(1 <= len(s.turns) <= 4 for s in dialogues)
    assert sum(len(s.turns) for s in dialogues) == 12
    assert dialogues[0].turns[0].text.startswith("Как вообще проходят переговоры?")


def test_shipped_report_budgets_follow_the_slides(shipped):
    _, _, deck = shipped
    assert deck.duration_minutes == math.ceil(len(deck.slides) * 20 / 60)
    budgets = [c.budget_minutes for c in deck.chapters]
    assert all(b > 0 for b in budgets)
    assert sum(budgets) == pytest.approx(deck.duration_minutes, abs=0.05)


def test_describe_names_what_was_found(shipped):
    _, draft, _ = shipped
    lines = describe(draft)
    assert lines[0].startswith("title: Без импровизаций")
    assert "chapters (3): Токио не любит сюрпризов | Токио любит надолго | Токио помнит" in lines
    assert "  Юрико Коикэ, губернатор Токио: «Қош келдіңіз!»" in lines
    assert "  12 turns: Корреспондент / Ерсайын Нагаспаев" in lines


# --- what never fits one slide is split ----------------------------------------------------


def test_a_long_quote_goes_on_over_several_slides(tmp_path):
    sentence = "Мы построим новую дорогу вдоль реки и откроем её до конца следующего года."
    quote = " ".join([sentence] * 12)
    text = f"Дорога вдоль реки\nАким района Серик Ержанов выступил перед жителями.\n«{quote}»"
    _, deck = imported(tmp_path, text)
    quotes = slides(deck, Kind.QUOTE)
    assert len(quotes) >= 3
    assert all(len(q.blocks[0].text) <= QUOTE_CHARS for q in quotes)
    assert " ".join(q.blocks[0].text for q in quotes) == quote
    assert {q.speaker for q in quotes} == {"Серик Ержанов"}


def test_a_long_answer_is_shown_over_several_turns(tmp_path):
    answer = " ".join(["Мы начали работу весной и закончили её только к зиме."] * 12)
    text = f"Интервью\nВступление к разговору.\n— Когда вы начали?\n— {answer}\n— Спасибо."
    _, deck = imported(tmp_path, text)
    turns = [t for s in slides(deck, Kind.DIALOGUE) for t in s.turns]
    assert turns[0].text == "Когда вы начали?"
    assert " ".join(t.text for t in turns[1:-1]) == answer
    assert turns[-1].text == "Спасибо."


def test_a_headline_is_never_cut(tmp_path):
    headline = ("Во втором полугодии в трёх областях страны откроют сорок новых школ, "
                "двенадцать поликлиник и почти двести спортивных площадок для детей")
    _, deck = imported(tmp_path, f"{headline}\nПервый абзац. Второе предложение.")
    assert deck.title == headline
    assert deck.chapters[0].slides[0].heading == headline
    assert deck.chapters[0].slides[0].title == headline  # the sidebar and outline too


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "***\n---\n"])
def test_an_empty_report_is_refused(text):
    with pytest.raises(ReportRefused, match="empty"):
        import_report(text)


def test_utf16_needs_its_byte_order_mark():
    text = "Отчёт о поездке. Второе предложение.\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        with pytest.raises(ReportRefused, match="UTF-16 text without a byte-order mark"):
            decode_report(text.encode(encoding))
    assert decode_report(text.encode("utf-16")) == text
    assert decode_report(b"\xef\xbb\xbf" + text.encode()) == text
    with pytest.raises(ReportRefused, match="not UTF-8"):
        decode_report("Отчёт".encode("cp1251"))


# --- Markdown that must stay text ------------------------------------------------------------

LEDE = "Короткий лид репортажа. Второе предложение лида."


@pytest.mark.parametrize("paragraph", [
    "Note: something.",
    "kind: photo",
    "id: evil-id.",
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
    _, deck = imported(tmp_path, "\n".join([LEDE, paragraph + " Хвост абзаца."]))
    slide = deck.chapters[0].slides[1]
    assert slide.kind is Kind.TEXT
    assert slide.id == "opening-2"
    assert slide.image is None
    assert slide.reader_text == paragraph + " Хвост абзаца."


def test_markdown_lookalike_headings_stay_as_typed(tmp_path):
    headings = ["kind: photo", "::: notes", "C# и F# #", "*звёзды* и `код`", "1964) год"]
    text = "\n\n".join([LEDE, *[line for h in headings for line in (h, "Абзац главы.")]])
    _, deck = imported(tmp_path, text)
    assert [c.title for c in deck.main_chapters] == headings
    assert [c.slides[0].heading for c in deck.main_chapters] == headings


def test_duplicate_headings_get_distinct_files_and_ids(tmp_path):
    text = "\n".join([LEDE, "Токио", "Раз.", "Токио", "Два.", "Closing", "Три."])
    files = import_report(text)
    assert list(files) == ["deck.toml", "00-opening.md", "01-tokio.md", "02-tokio-2.md",
                           "03-closing-2.md", "source/report.txt"]
    assert files["source/report.txt"] == text
    _, deck = imported(tmp_path, text)
    ids = [s.id for s in deck.slides]
    assert len(ids) == len(set(ids))


def test_slugs_are_ascii_transliterations():
    assert slugify("Токио не любит сюрпризов") == "tokio-ne-lyubit-syurprizov"
    assert slugify("Щедрый ёж, съешь!") == "shchedryy-yozh-sesh"
    assert slugify("Қош келдіңіз") == "qosh-keldiniz"
    assert slugify("«…»") == "chapter"
    assert len(slugify("очень " * 20)) <= 40


def test_a_given_title_wins():
    files = import_report(LEDE, title='Токио: "день второй"')
    assert tomllib.loads(files["deck.toml"])["title"] == 'Токио: "день второй"'
    assert '# Токио: "день второй"' in files["00-opening.md"]


# --- writing -------------------------------------------------------------------------------


def test_write_deck_refuses_a_non_empty_folder(tmp_path):
    out = tmp_path / "busy"
    out.mkdir()
    (out / "notes.txt").write_text("someone's work", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not empty"):
        write_deck(import_report(LEDE), out)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


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
        assert sorted(p.name for p in out.iterdir()) == sorted(
            [*(name.split("/")[0] for name in files), "media"])
        for name, content in files.items():
            assert (out / name).read_text(encoding="utf-8") == content


@pytest.mark.parametrize("name", ["../escape.md", "/abs.md", "", "a\\b.md"])
def test_write_deck_rejects_names_outside_the_folder(tmp_path, name):
    out = tmp_path / "deck"
    with pytest.raises(ValueError, match="inside the deck folder"):
        write_deck({"deck.toml": "", name: "x"}, out)
    assert not out.exists()


def test_a_giant_paragraph_is_carried_whole_within_the_parsers_caps(tmp_path):
    sentence = "Строители работали днём и ночью, чтобы успеть к открытию моста."
    giant = " ".join([sentence] * 1000)  # 64 000 characters in one line
    text = f"Мост готов\nКороткий абзац о мосте.\n{giant}\n— {giant}\n— Спасибо."
    _, deck = imported(tmp_path, text)  # no «line too long», no «the rest is left out»
    assert_source_check_is_clean(deck)
    longest = max(len(line) for path in deck.root.glob("*.md")
                  for line in path.read_text(encoding="utf-8").splitlines())
    assert longest <= 2_000


def test_a_lede_of_one_endless_sentence_still_gives_a_short_title(tmp_path):
    text = "В городе " + " и ".join(["строят новые дома для молодых семей"] * 400) + "."
    _, deck = imported(tmp_path, text)  # no line or title beyond what a slide can show
    assert 2 <= len(deck.title.split()) <= 12
    assert deck.title.lower() in text.lower()


def test_a_sentence_short_enough_to_be_its_headline_is_set_as_a_statement(tmp_path):
    text = ("Дорога вдоль реки\nАким района выступил перед жителями на площади у реки в субботу, "
            "рассказав о планах на лето.\nРазговор был предельно приземлённым.\n")
    _, deck = imported(tmp_path, text)
    (slide,) = [s for s in deck.slides if "приземлённым" in s.reader_text]
    assert slide.kind is Kind.TEXT
    assert slide.heading == ""  # not a heading over an empty slide
    assert [b.text for b in slide.blocks] == ["Разговор был предельно приземлённым."]
    assert slide.title == "Разговор был предельно приземлённым"
