"""Pure helpers of benchmarks/peer_accuracy.py: datetime -> TIMEX3 granularity, locating strings, HeidelTime TimeML."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import peer_accuracy as pa  # noqa: E402  (imports no date finder at module level)

DT = datetime(1998, 3, 6, 15, 30)


@pytest.mark.parametrize("text, expected", [
    ("1997", ("DATE", "1998")),
    ("last year", ("DATE", "1998")),
    ("March 1997", ("DATE", "1998-03")),
    ("in Sept.", ("DATE", "1998-03")),
    ("three months ago", ("DATE", "1998-03")),
    ("March 6", ("DATE", "1998-03-06")),
    ("Sept. 27, 1989", ("DATE", "1998-03-06")),
    ("the 6th of March", ("DATE", "1998-03-06")),
    ("Friday", ("DATE", "1998-03-06")),
    ("yesterday", ("DATE", "1998-03-06")),
    ("two days ago", ("DATE", "1998-03-06")),
    ("3/6/98", ("DATE", "1998-03-06")),
    ("1998-03-06", ("DATE", "1998-03-06")),
    ("last week", ("DATE", "1998-W10")),
    ("3:30 p.m. Friday", ("TIME", "1998-03-06T15:30")),
    ("10 a.m.", ("TIME", "1998-03-06T15:30")),
    ("noon", ("TIME", "1998-03-06T15:30")),
    ("now", ("DATE", "1998-03-06")),
])
def test_timex_value_granularity(text: str, expected: tuple[str, str]) -> None:
    assert pa.timex_value(DT, text) == expected


def test_locate_in_order_never_twice() -> None:
    text = "On Friday we met. Friday again, and on friday\nnight too. May 1 came."
    got = pa.locate(text, ["Friday", "Friday", "friday night", "May 1", "Friday", "June"])
    assert got[0] == (3, 9)
    assert got[1] == (18, 24)
    assert text[got[2][0]:got[2][1]] == "friday\nnight"  # whitespace-flexible
    assert text[got[3][0]:got[3][1]] == "May 1"
    assert got[4] is None  # every "Friday" is taken, the lower-case one included
    assert got[5] is None


def test_locate_out_of_order_and_window() -> None:
    text = "in May, then April, then May again"
    assert pa.locate(text, ["April", "in May"]) == [(13, 18), (0, 6)]  # earlier text is searched when needed
    assert pa.locate(text, ["May"], [(20, 34)]) == [(25, 28)]  # a window (datefinder's raw match) comes first
    assert pa.locate(text, ["  April "]) == [(13, 18)]
    assert pa.locate(text, [""]) == [None]


def test_heideltime_spans_exact_and_fallback() -> None:
    text = "\nPrices fell on Friday & rose today.\n"
    timeml = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
              '\nPrices fell on <TIMEX3 tid="t1" type="DATE" value="1998-03-06">Friday</TIMEX3> &amp; rose '
              '<TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">today</TIMEX3>.\n\n</TimeML>\n')
    found, exact = pa.heideltime_spans(timeml, text)
    assert exact
    assert [(f["start"], f["end"], f["type"], f["value"]) for f in found] == [
        (16, 22, "DATE", "1998-03-06"), (30, 35, "DATE", "PRESENT_REF")]
    assert all(text[f["start"]:f["end"]] == f["text"] for f in found)
    found, exact = pa.heideltime_spans(timeml.replace("Prices", "Price"), text)  # body differs: located instead
    assert not exact
    assert [(f["start"], f["end"]) for f in found] == [(16, 22), (30, 35)]
