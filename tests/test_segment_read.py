"""Reading inputs (files, folders, JSONL, front matter, manifests) and segmentation."""

from __future__ import annotations

from datetime import date

from conftest import FIXTURES, SEEDS
from maliclock.read import Reader, decode, front_matter
from maliclock.segment import classify_line, segment, split_sentences


def test_folder_reads_every_article_with_manifest_dates():
    r = Reader()
    arts = list(r.read([str(SEEDS)]))
    assert [a.id for a in arts] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert {a.id: a.published for a in arts}["003_42382a47a79cec6e.txt"] == date(2012, 3, 26)
    assert {a.published_basis for a in arts} == {"manifest"}
    assert r.problems == []


def test_jsonl_ids_and_published_field():
    r = Reader()
    arts = list(r.read([str(FIXTURES / "inputs" / "articles.jsonl")]))
    assert [(a.id, a.published, a.published_basis) for a in arts] == [
        ("wire-1", date(2012, 3, 22), "jsonl"), ("wire-2", None, "none")]


def test_front_matter_date_and_cli_precedence():
    path = str(FIXTURES / "inputs" / "front_matter.md")
    a = next(Reader().read([path]))
    assert (a.published, a.published_basis, a.title) == (date(2012, 3, 26), "front-matter", "Talks in Abidjan")
    b = next(Reader(pub_date=date(2012, 1, 1)).read([path]))
    assert (b.published, b.published_basis) == (date(2012, 1, 1), "cli")
    assert front_matter("---\npublished: 2012-03-26\n---\nx") == {"published": "2012-03-26"}


def test_front_matter_names_the_publisher(tmp_path):
    for key in ("publisher", "source"):
        p = tmp_path / f"{key}.txt"
        p.write_text(f"---\npublished: 2025-02-20\n{key}: Outlet X\nurl: https://x.example/a\n---\nText.",
                     encoding="utf-8")
        a = next(Reader().read([str(p)]))
        assert (a.publisher, a.url, a.published) == ("Outlet X", "https://x.example/a", date(2025, 2, 20))


def test_bad_manifest_date_is_reported_and_article_still_read():
    r = Reader(manifest=FIXTURES / "inputs" / "bad_manifest.csv")
    arts = list(r.read([str(FIXTURES / "inputs" / "nodate.txt")]))
    assert len(arts) == 1 and arts[0].published is None
    assert [p.message for p in r.problems] == ["invalid date '2012-02-31' (no such day)"]


def test_missing_path_is_a_problem_not_an_exception():
    r = Reader()
    assert list(r.read(["/no/such/file.txt"])) == []
    assert r.problems[0].line() == "maliclock: /no/such/file.txt: no such file or folder"


def test_decode_encodings():
    assert decode("Touré".encode("utf-8")) == ("Touré", "utf-8")
    assert decode(b"\xef\xbb\xbfTour\xc3\xa9") == ("Touré", "utf-8-sig")
    assert decode("Touré".encode("utf-16")) == ("Touré", "utf-16")
    assert decode("Touré “quoted”".encode("cp1252")) == ("Touré “quoted”", "cp1252")


def test_chrome_caption_heading_and_body_lines():
    assert classify_line("More from GlobalPost: Mali soldiers storm state broadcaster") == ("chrome", "more from")
    assert classify_line("Leave a Reply (< 200 words please)") == ("chrome", "comment form")
    assert classify_line("Image: AP")[0] == "chrome"
    assert classify_line("March 26, 2012") == ("dateline", "date only")
    assert classify_line("Photo of a TV screen taken on March 22, 2012, shows soldiers.")[0] == "caption"
    assert classify_line("Soldiers gather in Bamako", "Image: picture-alliance") == ("caption", "credit follows")
    assert classify_line("Internal calls to step down") == ("heading", "short line")
    # a timeline box's line: a date, a dash or colon, and what happened then, is body text however short
    for line in ("12 February 2024 - Hale arrested at his home", "March 27, 2025: appeal lodged",
                 "Sept. 30 — strike begins", "2019 – bronze at the world championships",
                 "Monday, 4 November 2024 - trial opens"):
        assert classify_line(line) == ("body", "dated entry"), line
    for line in ("March 2025", "Chapter 12 - The reckoning begins", "12 February 2024"):
        assert classify_line(line) != ("body", "dated entry"), line
    assert classify_line("The mutiny began on Wednesday morning at a military camp.")[0] == "body"
    # a correction note is about the story, not the news
    assert classify_line("This story has been corrected to show that the assembly opens on Monday, not Sunday.") == (
        "chrome", "correction note")
    assert classify_line("Correction: An earlier version of this article misstated the date of the vote.") == (
        "chrome", "correction note")
    assert classify_line("The correction came on Monday.")[0] == "body"


def test_sentences_respect_abbreviations():
    text = "The U.S. State Department acted on Mar. 22 at 10 a.m. today. Gen. Gassama fled. Then calm."
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "The U.S. State Department acted on Mar. 22 at 10 a.m. today.", "Gen. Gassama fled.", "Then calm."]


def test_a_clock_time_ends_its_sentence_before_a_capital_that_is_no_zone_weekday_or_month():
    text = "They entered shortly after 12:30 p.m. Kenyan forces rescued 1,000. At 3 p.m. Monday it ended. " \
           "At 3 p.m. GMT it ended. At 9 a.m. Jan. 5 it began."
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "They entered shortly after 12:30 p.m.", "Kenyan forces rescued 1,000.", "At 3 p.m. Monday it ended.",
        "At 3 p.m. GMT it ended.", "At 9 a.m. Jan. 5 it began."]
    text = "The call is at 2 p.m. Pacific Time today. At 5 p.m. Eastern Standard Time it ends."
    assert len(split_sentences(text, 0, len(text))) == 2
    # a live blog's time stamps: "ET" is a zone, the entry one sentence
    text = "11:42 p.m. ET: The AP has called Florida. 9 a.m. AEST: Polls opened."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "11:42 p.m. ET: The AP has called Florida.", "9 a.m. AEST: Polls opened."]


def test_an_inline_dateline_is_a_zone_of_its_own():
    def first(text):
        seg = segment(text)
        return [(s.zone, text[s.start:s.end]) for s in seg.sentences][:2]

    assert first("BEIJING, August 8 (Xinhua) -- China's exports rose.") == [
        ("dateline", "BEIJING, August 8 (Xinhua) --"), ("body", "China's exports rose.")]
    assert first("KATHMANDU, Nepal (AP) — A quake struck. It was strong.") == [
        ("dateline", "KATHMANDU, Nepal (AP) —"), ("body", "A quake struck.")]
    assert first("NEW YORK - Stocks closed lower.") == [("dateline", "NEW YORK -"), ("body", "Stocks closed lower.")]
    assert first("PUNE: At least nine people were killed.") == [
        ("dateline", "PUNE:"), ("body", "At least nine people were killed.")]
    assert first("(Sports Wire) - Halford United agreed a fee.") == [
        ("dateline", "(Sports Wire) -"), ("body", "Halford United agreed a fee.")]
    # not after the first lines, nor before lower case, nor a name in mixed case
    assert first("One.\nTwo.\nThree.\nLONDON - Four.")[0] == ("body", "One.")
    assert [s.zone for s in segment("One.\nTwo.\nThree.\nLONDON - Four.").sentences] == ["body"] * 4
    assert first("NATO - the alliance met.") == [("body", "NATO - the alliance met.")]
    assert first("Reuters - Stocks fell.") == [("body", "Reuters - Stocks fell.")]
    # after a page's chrome, headings and byline, the first paragraph of prose still opens with it
    text = ("Skip to main content\nWorld | Africa\n\nSudan army and RSF agree to truce talks\n\nBy Jane Doe, Reuters\n"
            "5 min read\n\nKHARTOUM, March 12 (Reuters) - The army agreed on Tuesday to hold talks.")
    assert [(s.zone, text[s.start:s.end]) for s in segment(text).sentences if s.zone in ("dateline", "body")] == [
        ("dateline", "KHARTOUM, March 12 (Reuters) -"), ("body", "The army agreed on Tuesday to hold talks.")]


def test_segment_offsets_and_front_matter_zone():
    text = "---\npublished: 2012-03-26\n---\nFirst sentence here. Second one.\n"
    seg = segment(text)
    assert seg.zones[0].kind == "meta"
    assert [text[s.start:s.end] for s in seg.sentences] == ["First sentence here.", "Second one."]


def test_a_quotation_opened_with_backquotes_starts_a_sentence():
    # wire and treebank text open a quotation with two backquotes: ". ``Obviously" ends the sentence before it
    text = "He probably died within weeks of his capture. ``Obviously, it is deeply discouraging,'' she said. It ended."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "He probably died within weeks of his capture.", "``Obviously, it is deeply discouraging,'' she said.",
        "It ended."]


def test_a_live_blog_s_housekeeping_is_read_but_tells_no_news():
    text = ("That's where we'll pause this live coverage for today. To recap: the airspace is closed. "
            "We'll be back at 7 a.m. tomorrow.\n\nGood morning and welcome to our live coverage. "
            "That's where the talks will end on Friday.\n")
    seg = segment(text)
    kinds = [(text[s.start:s.end], s.zone) for s in seg.sentences]
    assert kinds == [("That's where we'll pause this live coverage for today.", "housekeeping"),
                     ("To recap: the airspace is closed.", "body"),
                     ("We'll be back at 7 a.m. tomorrow.", "housekeeping"),
                     ("Good morning and welcome to our live coverage.", "housekeeping"),
                     ("That's where the talks will end on Friday.", "body")]
    # the tagger still reads it: "7 a.m. tomorrow" is an expression
    assert any(a <= text.index("7 a.m.") < b for a, b in seg.taggable_spans())
