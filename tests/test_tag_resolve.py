"""Table-driven tests of tagging and resolution: exact spans, types and values."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import timexes

MON = date(2012, 3, 26)  # a Monday
THU = date(2012, 3, 22)  # a Thursday

CASES = [
    # (sentence, publication date, [(expression, type, value), ...])
    ("Talks were held on March 22, 2012.", MON, [("March 22, 2012", "DATE", "2012-03-22")]),
    ("It happened on 22 March 2012.", MON, [("22 March 2012", "DATE", "2012-03-22")]),
    ("The vote was on Mar. 22 in Bamako.", MON, [("Mar. 22", "DATE", "2012-03-22")]),
    ("In January 2012, rebels began attacks.", MON, [("January 2012", "DATE", "2012-01")]),
    ("The rebels attacked in January.", MON, [("January", "DATE", "2012-01")]),
    ("Elections will be held in April.", MON, [("April", "DATE", "2012-04")]),
    ("Elections were held in April.", MON, [("April", "DATE", "2011-04")]),
    ("The rebellions (1962-1964 and 1990-1995) failed.", MON,
     [("1962", "DATE", "1962"), ("1964", "DATE", "1964"), ("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
    ("They returned in the summer and fall of 2011.", MON,
     [("the summer", "DATE", "2011-SU"), ("fall of 2011", "DATE", "2011-FA")]),
    ("Soldiers began their mutiny on Wednesday afternoon.", THU, [("Wednesday afternoon", "TIME", "2012-03-21TAF")]),
    ("Soldiers attacked the palace overnight on Thursday.", THU, [("overnight on Thursday", "TIME", "2012-03-22TNI")]),
    ("Officers staged a coup last Wednesday.", MON, [("last Wednesday", "DATE", "2012-03-21")]),
    ("On Tuesday, ECOWAS will meet in Abidjan.", MON, [("Tuesday", "DATE", "2012-03-27")]),
    ("The mutiny began on Wednesday.", THU, [("Wednesday", "DATE", "2012-03-21")]),
    ("Fighters killed him Sunday, sources said.", MON, [("Sunday", "DATE", "2012-03-25")]),
    ("He spoke today.", MON, [("today", "DATE", "2012-03-26")]),
    ("Yesterday afternoon, the department suspended aid.", date(2012, 3, 27),
     [("Yesterday afternoon", "TIME", "2012-03-26TAF")]),
    ("He will speak tonight.", MON, [("tonight", "TIME", "2012-03-26TNI")]),
    ("Last week in Mali, officers seized power.", date(2012, 3, 27), [("Last week", "DATE", "2012-W12")]),
    ("Prices rose this month.", MON, [("this month", "DATE", "2012-03")]),
    ("Bamako was paralysed last month.", date(2012, 3, 21), [("last month", "DATE", "2012-02")]),
    ("He was due to step down next month.", MON, [("next month", "DATE", "2012-04")]),
    ("Sales rose earlier this year.", MON, [("earlier this year", "DATE", "2012")]),
    ("He launched a coup in 1991 and stepped aside the following year.", MON,
     [("1991", "DATE", "1991"), ("the following year", "DATE", "1992")]),
    ("Twenty-four hours on, it is unclear.", THU, [("Twenty-four hours", "DURATION", "PT24H")]),
    ("Bamako was tense four days after the coup.", MON, [("four days", "DURATION", "P4D")]),
    ("The screens went blank for seven hours.", THU, [("seven hours", "DURATION", "PT7H")]),
    ("Mali has for the last two decades been stable.", THU, [("the last two decades", "DURATION", "P2DE")]),
    ("It fell two years ago.", date(1998, 1, 8), [("two years ago", "DATE", "1996")]),
    ("Profit rose in the third quarter.", date(1989, 10, 25), [("the third quarter", "DATE", "1989-Q3")]),
    ("He is now in charge.", MON, [("now", "DATE", "PRESENT_REF")]),
    ("She met them recently.", MON, [("recently", "DATE", "PAST_REF")]),
    ("They meet every Monday.", MON, [("every Monday", "SET", "XXXX-WXX-1")]),
    ("The report is published annually.", MON, [("annually", "SET", "P1Y")]),
    ("The 1990s were calm.", MON, [("The 1990s", "DATE", "199")]),
    ("The meeting ended at 10:30 a.m.", MON, [("10:30 a.m.", "TIME", "2012-03-26T10:30")]),
    ("They met on 2012-03-22 in Bamako.", MON, [("2012-03-22", "DATE", "2012-03-22")]),
    ("The rebels took the town in late 2011.", MON, [("late 2011", "DATE", "2011")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_expressions(text, dct, expected):
    assert timexes(text, dct) == expected


NEGATIVE = [
    "May I ask a question?",
    "According to Section 7008 of the act, aid stops.",
    "Toure, 63, is in doubt.",
    "The fall of the regime was sudden.",
    "Soldiers marched on the capital.",
    "He got a second opinion.",
    "It is a decades-old campaign.",
    "There are 14 of us in a room of 12 square meters.",
    "Segou is 150 miles from Bamako.",
    "The Sunday Times reported it.",
    "nearly 200,000 civilians fled",
    "Call 555-1990 for details.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert timexes(text, MON) == []


def test_spans_index_the_text_exactly():
    text = "Junta leaders faced pressure on Monday.\r\nSome officers staged a coup last Wednesday."
    from maliclock.pipeline import extract_article
    from maliclock.read import Article

    _, res = extract_article(Article("t", text, "t", MON))
    assert [(r.start, r.end) for r in res] == [(32, 38), (69, 83)]
    assert all(text[r.start:r.end] == r.text for r in res)


def test_no_publication_date_leaves_relative_values_underspecified():
    assert timexes("He left last week, not on March 22, 2012.", None) == [
        ("last week", "DATE", "XXXX-WXX"), ("March 22, 2012", "DATE", "2012-03-22")]
    assert timexes("Talks resume on Tuesday.", None) == [("Tuesday", "DATE", "XXXX-WXX-2")]


def test_impossible_days_yield_nothing():
    assert timexes("It was on February 30, 2012.", MON) == []
