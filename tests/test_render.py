"""Renderer building blocks: date labels, filters, CSV neutralisation, Markdown escaping, TimelineJS dates,
HTML escaping, atomic output and the progress bar."""

from __future__ import annotations

import io
import os
import stat
from datetime import date

import pytest

from maliclock.models import EventOut, MentionOut, SourceOut, TimelineOut
from maliclock.outfile import open_output
from maliclock.progress import ProgressBar
from maliclock.render import filters
from maliclock.render.html import kind, page
from maliclock.render.labels import date_label, period_heading, span_label, unique_ids
from maliclock.render.markdown import escape
from maliclock.render.spreadsheet import safe_cell
from maliclock.render.timelinejs import dates, headline


def ev(value: str, start: str, end: str, gran: str, summary: str = "Something happened.",
       sources: tuple[str, ...] = ("a",), sentence: str | None = None) -> EventOut:
    mentions = [MentionOut(source=s, sentence=sentence or summary, clause=summary, expression="x", start=0, end=1,
                           value=value, type="DATE", rule="r", anchor=None, anchor_kind="absolute", why="w")
                for s in sources]
    return EventOut(id=f"ev-{value}", date=value, start=start, end=end, granularity=gran, summary=summary,
                    sources=list(sources), mentions=mentions)


def tl_of(*events: EventOut) -> TimelineOut:
    srcs = sorted({s for e in events for s in e.sources})
    return TimelineOut(meta={"tool": "maliclock"}, events=list(events),
                       sources=[SourceOut(id=s, path=f"/in/{s}", published=None, published_basis="none",
                                          encoding="utf-8") for s in srcs])


@pytest.mark.parametrize("value,start,end,label", [
    ("2012-03-21", "2012-03-21", "2012-03-21", "Wed 21 Mar 2012"),
    ("2012-03-21TAF", "2012-03-21", "2012-03-21", "Wed 21 Mar 2012, afternoon"),
    ("2012-03-22T14:30", "2012-03-22", "2012-03-22", "Thu 22 Mar 2012, 14:30"),
    ("2012-03-21T24:00", "2012-03-21", "2012-03-21", "Wed 21 Mar 2012, midnight"),
    ("2012-03", "2012-03-01", "2012-03-31", "March 2012"),
    ("2011-SU", "2011-06-01", "2011-08-31", "summer 2011"),
    ("2012-Q1", "2012-01-01", "2012-03-31", "Q1 2012"),
    ("2012-H2", "2012-07-01", "2012-12-31", "second half of 2012"),
    ("2012-W12", "2012-03-19", "2012-03-25", "week 12 of 2012 (19 Mar–25 Mar)"),
    ("199", "1990-01-01", "1999-12-31", "1990s"),
    ("2012", "2012-01-01", "2012-12-31", "2012"),
    # a year value whose event covers a range of years is labelled by the range
    ("1962", "1962-01-01", "1964-12-31", "1962–1964"),
])
def test_date_labels(value, start, end, label):
    assert date_label(value, start, end) == label


def test_span_labels():
    assert span_label(date(2012, 3, 21), date(2012, 3, 23)) == "21–23 Mar 2012"
    assert span_label(date(2012, 2, 28), date(2012, 3, 2)) == "28 Feb–2 Mar 2012"
    assert span_label(date(2011, 12, 28), date(2012, 1, 2)) == "28 Dec 2011–2 Jan 2012"
    assert span_label(date(2012, 1, 1), date(2012, 3, 31)) == "Jan–Mar 2012"


def test_period_headings_group_by_month_or_year():
    assert period_heading("partofday", "2012-03-21") == "March 2012"
    assert period_heading("week", "2012-02-27") == "February 2012"
    assert period_heading("season", "2011-06-01") == "2011"
    assert period_heading("year", "1990-01-01") == "1990"


def test_titles_count_one_event_and_one_article_in_the_singular():
    from maliclock.render.markdown import write_markdown
    from maliclock.render.table import write_timeline_table

    one = tl_of(ev("2012-03-21", "2012-03-21", "2012-03-21", "day"))
    two = tl_of(ev("2012-03-21", "2012-03-21", "2012-03-21", "day", sources=("a", "b")),
                ev("2012-03-22", "2012-03-22", "2012-03-22", "day"))
    for tl, counts in ((one, "1 event from 1 article"), (two, "2 events from 2 articles")):
        md, table = io.StringIO(), io.StringIO()
        write_markdown(tl, md)
        write_timeline_table(tl, table, color=False)
        assert f"\n{counts} (maliclock" in md.getvalue()
        assert table.getvalue().splitlines()[0].strip() == f"Chronology: {counts}"


def test_unique_ids():
    assert unique_ids(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"]


# --- filters ---------------------------------------------------------------

@pytest.mark.parametrize("text,lo,hi", [
    ("2012", date(2012, 1, 1), date(2012, 12, 31)),
    ("2012-02", date(2012, 2, 1), date(2012, 2, 29)),
    ("2012-03-21", date(2012, 3, 21), date(2012, 3, 21)),
    ("2012-Q2", date(2012, 4, 1), date(2012, 6, 30)),
    ("2012-W12", date(2012, 3, 19), date(2012, 3, 25)),
])
def test_partial_date_bounds(text, lo, hi):
    assert filters.parse_bound(text, upper=False) == lo
    assert filters.parse_bound(text, upper=True) == hi


@pytest.mark.parametrize("bad", ["March", "2012-13", "2012-02-30", "", "XXXX-03"])
def test_bad_bounds_are_refused(bad):
    with pytest.raises(ValueError, match="is not a date"):
        filters.parse_bound(bad, upper=False)


def test_filters_keep_overlapping_events_and_record_options():
    month = ev("2012-03", "2012-03-01", "2012-03-31", "month", "The rebels advanced.", ("a", "b"))
    day = ev("2012-03-21", "2012-03-21", "2012-03-21", "day", "Soldiers mutinied.", ("b",),
             sentence="Soldiers mutinied in Kati on Wednesday.")
    old = ev("1991", "1991-01-01", "1991-12-31", "year", "A coup.", ("c",))
    tl = tl_of(old, month, day)
    f = filters.Filters(since=date(2012, 3, 21))
    assert [e.date for e in filters.apply(tl, f).events] == ["2012-03", "2012-03-21"]
    f = filters.Filters(until=date(2012, 2, 29))
    assert [e.date for e in filters.apply(tl, f).events] == ["1991"]
    assert [e.date for e in filters.apply(tl, filters.Filters(min_sources=2)).events] == ["2012-03"]
    # grep looks at the sentences too, case-insensitively; several words must all match
    assert [e.date for e in filters.apply(tl, filters.Filters(grep=["KATI"])).events] == ["2012-03-21"]
    assert filters.apply(tl, filters.Filters(grep=["kati", "rebels"])).events == []
    out = filters.apply(tl, filters.Filters(sources=["/in/c"]))
    assert [e.date for e in out.events] == ["1991"]
    assert out.meta["events_before_filters"] == 3 and out.meta["options"]["source"] == ["/in/c"]
    assert len(out.sources) == 3  # the articles read are all still listed
    assert filters.source_ids(tl, ["b", "nope"]) == ({"b"}, ["nope"])


# --- CSV -------------------------------------------------------------------

@pytest.mark.parametrize("cell,expected", [
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
    ("+cmd", "'+cmd"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("-inf", "'-inf"),
    ("-", "'-"),
    ("-3", "-3"),
    ("+1.5", "+1.5"),
    ("2012-03-21", "2012-03-21"),
    ("42", "42"),
    ("a=b", "a=b"),
])
def test_safe_cell(cell, expected):
    assert safe_cell(cell) == expected


# --- Markdown, TimelineJS, HTML ----------------------------------------------

def test_markdown_escape():
    assert escape("a*b_c [x](y) <b> `z` |\n  next") == r"a\*b\_c \[x\](y) \<b\> \`z\` \| next"


def test_timelinejs_dates_follow_precision():
    assert dates(ev("2012-03-21TAF", "2012-03-21", "2012-03-21", "partofday")) == (
        {"year": 2012, "month": 3, "day": 21}, None)
    assert dates(ev("2012-03-22T14:30", "2012-03-22", "2012-03-22", "time")) == (
        {"year": 2012, "month": 3, "day": 22, "hour": 14, "minute": 30}, None)
    assert dates(ev("2012-03", "2012-03-01", "2012-03-31", "month")) == ({"year": 2012, "month": 3}, None)
    assert dates(ev("2012", "2012-01-01", "2012-12-31", "year")) == ({"year": 2012}, None)
    assert dates(ev("1962", "1962-01-01", "1964-12-31", "year")) == ({"year": 1962}, {"year": 1964})
    assert dates(ev("2012-W12", "2012-03-19", "2012-03-25", "week")) == (
        {"year": 2012, "month": 3, "day": 19}, {"year": 2012, "month": 3, "day": 25})


def test_headline_cuts_at_a_word():
    assert headline("short one") == "short one"
    h = headline("word " * 40, limit=22)
    assert h == "word word word word…"


def test_html_kind_shows_precision():
    assert kind(ev("2012-03-21TAF", "2012-03-21", "2012-03-21", "partofday")) == "point"
    assert kind(ev("2012-03", "2012-03-01", "2012-03-31", "month")) == "month"
    assert kind(ev("2011-SU", "2011-06-01", "2011-08-31", "season")) == "span"


def test_html_escapes_article_text():
    nasty = 'Rebels wrote </script><script>alert(1)</script> & <img src=x onerror=alert(2)>.'
    html = page(tl_of(ev("2012-03-21", "2012-03-21", "2012-03-21", "day", nasty, ("a&b",))))
    body = html.split("<body>", 1)[1]
    assert "<img src=x" not in body and body.count("<script>") == 1
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in body and "[1] a&amp;b" in body
    assert "default-src 'none'" in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")


# --- -o and the progress bar ------------------------------------------------

def test_open_output_is_atomic_and_keeps_the_old_file_on_interrupt(tmp_path):
    out = tmp_path / "t.json"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o640)
    with pytest.raises(KeyboardInterrupt):
        with open_output(out) as f:
            f.write("half of the new")
            raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "old" and os.listdir(tmp_path) == ["t.json"]
    with open_output(out, bom=True) as f:
        f.write("new")
    assert out.read_bytes() == b"\xef\xbb\xbfnew" and stat.S_IMODE(out.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.csv"
    with open_output(fresh) as f:
        f.write("x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_progress_bar_only_for_many_inputs_or_slow_runs():
    buf = io.StringIO()
    bar = ProgressBar(True, buf, clock=(clock := Clock()))
    for i in range(1, 4):
        bar(i, 3)
    assert not bar.shown and buf.getvalue() == ""  # 3 quick articles: no bar
    clock.t = 1.5
    bar = ProgressBar(True, buf, clock=clock)
    clock.t = 3.0
    bar(1, 3)  # slow: the bar appears
    assert bar.shown
    bar.close()
    assert "reading articles" in buf.getvalue() and "1/3" in buf.getvalue()
    buf = io.StringIO()
    bar = ProgressBar(True, buf, clock=Clock())
    bar(1, 25)  # many inputs: at once
    bar.close()
    assert "1/25" in buf.getvalue()
    quiet = ProgressBar(False, io.StringIO(), clock=Clock())
    quiet(1, 1000)
    assert not quiet.shown
