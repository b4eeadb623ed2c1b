"""Calendar honesty: no value for days that do not exist, a documented order for numeric dates, far years."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from conftest import timexes
from maliclock import normalize as N
from maliclock.pipeline import process_article
from maliclock.read import Article
from maliclock.rules import vocabulary as V

MON = date(2012, 3, 26)


@pytest.mark.parametrize("text", [
    "February 30, 2012", "30 February 2012", "31 April", "April 31", "February 29, 2011", "31/02/2012",
    "02/31/2012", "13/13/2012", "00/00/2012", "2012-02-30", "2011-02-29", "Wednesday, February 30",
])
def test_no_value_for_a_day_that_does_not_exist(text):
    for dct in (MON, None):
        assert timexes(f"The vote was held on {text} in Bamako.", dct) == []


def test_february_29_only_in_a_leap_year():
    assert timexes("They met on February 29.", date(2013, 3, 1)) == [("February 29", "DATE", "2012-02-29")]
    assert timexes("They met on February 29, 2012.", MON) == [("February 29, 2012", "DATE", "2012-02-29")]
    # the only February 29 within a year of it is ahead: a real day, though the tense points back
    assert timexes("They met on February 29.", date(2015, 3, 1)) == [("February 29", "DATE", "2016-02-29")]


@pytest.mark.parametrize("order, expected", [("MDY", "2012-02-01"), ("DMY", "2012-01-02")])
def test_numeric_dates_follow_the_date_order(order, expected):
    art = Article("a", "The vote was on 02/01/2012.", "a", MON)
    [t] = process_article(art, order).timexes
    assert (t.text, t.value, t.why) == ("02/01/2012", expected, f"numeric date read as {order}")


@pytest.mark.parametrize("order", ["MDY", "DMY"])
def test_the_order_that_keeps_a_numeric_date_from_lying_well_after_publication_reads_it(order):
    # written on 26 March 2012: 4 April lies nine days ahead, 3 March before; in either option
    art = Article("a", "The ultimatum was given in a communique dated 04/03/2012.", "a", MON)
    [t] = process_article(art, order).timexes
    assert (t.value, t.why) == ("2012-03-04", "numeric date read as DMY (the other order would put it well after "
                                              "publication)")
    # a week ahead is near enough to be meant: the option decides
    art = Article("a", "The hearing is set for 04/02/2012.", "a", MON)
    assert process_article(art, order).timexes[0].value == ("2012-04-02" if order == "MDY" else "2012-02-04")


@pytest.mark.parametrize("order", ["MDY", "DMY"])
def test_a_dotted_date_is_day_first_under_either_option(order):
    art = Article("a", "The vote was on 03.04.2012.", "a", MON)
    [t] = process_article(art, order).timexes
    assert (t.text, t.value) == ("03.04.2012", "2012-04-03")
    assert t.why == "numeric date read as DMY (a dotted date is written day first)"
    # an article whose numeric dates show month first reads its dotted dates so too
    art = Article("a", "Polls opened on 03/25/2012. The count ended on 03.04.2012.", "a", MON)
    assert [t.value for t in process_article(art, order).timexes] == ["2012-03-25", "2012-03-04"]


def test_two_digit_years():
    assert timexes("The vote was on 03/04/12.", MON) == [("03/04/12", "DATE", "2012-03-04")]
    assert timexes("The vote was on 03/04/49.", MON) == [("03/04/49", "DATE", "2049-03-04")]
    assert timexes("The vote was on 03/04/50.", MON) == [("03/04/50", "DATE", "1950-03-04")]
    assert timexes("The vote was on 03/04/99.", MON) == [("03/04/99", "DATE", "1999-03-04")]


def test_article_shows_day_first():
    art = Article("a", "Polls opened on 25/03/2012. The count ended on 03/04/2012.", "a", MON)
    values = [(t.text, t.value, t.why) for t in process_article(art, "MDY").timexes]
    assert values == [("25/03/2012", "2012-03-25", "numeric date read as DMY (as the article's other numeric dates show)"),
                      ("03/04/2012", "2012-04-03", "numeric date read as DMY (as the article's other numeric dates show)")]


def test_an_article_that_writes_day_first_reads_its_numeric_dates_so():
    art = Article("a", "The trial began on 10 October. The verdict came on 04/06/2024.", "a", MON)
    assert [(t.value, t.why) for t in process_article(art, "MDY").timexes][1] == (
        "2024-06-04", "numeric date read as DMY (as the article writes its dates, day first)")
    art = Article("a", "The trial began on October 10. The verdict came on 04/06/2024.", "a", MON)
    assert [t.value for t in process_article(art, "DMY").timexes][1] == "2024-04-06"


def test_article_shows_month_first_against_the_option():
    art = Article("a", "Polls opened on 03/25/2012. The count ended on 03/04/2012.", "a", MON)
    assert [t.value for t in process_article(art, "DMY").timexes] == ["2012-03-25", "2012-03-04"]


def test_article_shows_both_orders_so_the_option_decides():
    art = Article("a", "Polls opened on 25/03/2012, closed 03/26/2012 and the count ended on 03/04/2012.", "a", MON)
    assert [t.value for t in process_article(art, "MDY").timexes] == ["2012-03-25", "2012-03-26", "2012-03-04"]
    assert [t.value for t in process_article(art, "DMY").timexes] == ["2012-03-25", "2012-03-26", "2012-04-03"]


def test_date_order_option_on_the_command_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The vote was on 03/04/2012.", encoding="utf-8")
    for order, value in (("MDY", "2012-03-04"), ("DMY", "2012-04-03"), ("dmy", "2012-04-03")):
        p = subprocess.run([sys.executable, "-m", "maliclock", "extract", str(f), "--format", "jsonl",
                            "--date-order", order], capture_output=True, text=True, timeout=120)
        assert p.returncode == 0 and json.loads(p.stdout)["timexes"][0]["value"] == value
    p = subprocess.run([sys.executable, "-m", "maliclock", "extract", str(f), "--date-order", "YMD"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and p.stderr == "maliclock: --date-order must be MDY or DMY\n"


@pytest.mark.parametrize("text, expected", [
    ("Caesar died in 44 BC.", [("44 BC", "DATE", "BC0044")]),
    ("The town was founded in 1 BC and rebuilt in 1 AD.", [("1 BC", "DATE", "BC0001"), ("1 AD", "DATE", "0001")]),
    ("Nothing happened in 0 AD.", [("0 AD", "DATE", "0000")]),
    ("The tablet dates from 9999 AD.", [("9999 AD", "DATE", "9999")]),
    ("The treaty of March 3, 1000 held.", [("March 3, 1000", "DATE", "1000-03-03")]),
    ("It ends on 12/31/9999.", [("12/31/9999", "DATE", "9999-12-31")]),
    ("The 10000 BC film.", []),
])
def test_bc_ad_and_far_years(text, expected):
    for dct in (MON, date(1, 1, 1), date(9999, 12, 31), None):
        assert timexes(text, dct) == expected


def test_far_years_through_the_whole_pipeline():
    text = ("In 44 BC the old city fell. In 0 AD nothing. In 9999 AD, a year later and the next day the robots "
            "rose. On 12/31/9999 the sun set, and the following day it rose. 100,000 days ago it rained.")
    for dct in (MON, date(1, 1, 1), date(9999, 12, 31), None):
        pa = process_article(Article("a", text, "a", dct))
        for s in pa.statements:  # only real calendar days reach the chronology
            assert date(1, 1, 1) <= s.start <= s.end <= date(9999, 12, 31)
        assert "0000" not in [s.value for s in pa.statements]


def test_event_offset_past_the_calendar_end_gives_no_value():
    """A duration after an event dated on 31 December 9999 would leave the calendar: no value, no crash."""
    text = "Flights resumed at 10:30 a.m. GMT. Talks began four days after the flights."
    pa = process_article(Article("a", text, "a", date(9999, 12, 31)), "MDY")
    assert not any(s.timex.rule == "event_offset" for s in pa.statements)


@pytest.mark.parametrize("year,expected", [(1989, "1989-03-26"), (2000, "2000-04-23"), (2008, "2008-03-23"),
                                           (2011, "2011-04-24"), (2012, "2012-04-08"), (2038, "2038-04-25")])
def test_easter_sunday_by_the_gregorian_computus(year, expected):
    # the earliest (March 22: 2285) and latest (April 25: 2038) dates the rule allows are reached
    assert N.easter(year).isoformat() == expected
    assert N.easter(2285).isoformat() == "2285-03-22"


@pytest.mark.parametrize("name,year,expected", [
    ("thanksgiving", 2012, "2012-11-22"), ("thanksgiving", 2018, "2018-11-22"), ("thanksgiving", 2019, "2019-11-28"),
    ("black friday", 2019, "2019-11-29"), ("memorial day", 2012, "2012-05-28"), ("memorial day", 2021, "2021-05-31"),
    ("labor day", 2012, "2012-09-03"), ("labor day", 2019, "2019-09-02"), ("martin luther king day", 2013, "2013-01-21"),
    ("presidents day", 2024, "2024-02-19"), ("columbus day", 2012, "2012-10-08"),
    ("canadian thanksgiving", 2023, "2023-10-09"), ("canadian thanksgiving", 2024, "2024-10-14"),
    ("early may bank holiday", 2024, "2024-05-06"), ("spring bank holiday", 2024, "2024-05-27"),
    ("summer bank holiday", 2023, "2023-08-28"), ("summer bank holiday", 2024, "2024-08-26")])
def test_holidays_on_the_nth_weekday_of_a_month(name, year, expected):
    # published dates of United States federal holidays, Canada's Thanksgiving and the bank holidays of England;
    # the fifth week and the last day of a month are reached
    assert N.nth_weekday(year, *V.NTH_WEEKDAY_HOLIDAYS[name]).isoformat() == expected


# Published dates of the holidays that follow the moon (the first day of a festival of several).
_HEBREW_DAYS = {
    "rosh hashanah": ["2019-09-30", "2020-09-19", "2021-09-07", "2022-09-26", "2023-09-16", "2024-10-03", "2025-09-23"],
    "passover": ["2012-04-07", "2019-04-20", "2020-04-09", "2021-03-28", "2022-04-16", "2023-04-06", "2024-04-23",
                 "2025-04-13", "2026-04-02"],
    "hanukkah": ["2020-12-11", "2021-11-29", "2022-12-19", "2023-12-08", "2024-12-26", "2025-12-15"],
    "yom kippur": ["2023-09-25", "2024-10-12", "2025-10-02"],
}
# as announced in Saudi Arabia
_ISLAMIC_DAYS = {
    "ramadan": ["2019-05-06", "2020-04-24", "2021-04-13", "2022-04-02", "2023-03-23", "2024-03-11", "2025-03-01"],
    "eid al-fitr": ["2019-06-04", "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-21", "2024-04-10", "2025-03-30"],
    "eid al-adha": ["2019-08-11", "2020-07-31", "2021-07-20", "2022-07-09", "2023-06-28", "2024-06-16", "2025-06-06"],
}
_CHINESE_NEW_YEARS = ("2000-02-05 2001-01-24 2002-02-12 2003-02-01 2004-01-22 2005-02-09 2006-01-29 2007-02-18 "
                      "2008-02-07 2009-01-26 2010-02-14 2011-02-03 2012-01-23 2013-02-10 2014-01-31 2015-02-19 "
                      "2016-02-08 2017-01-28 2018-02-16 2019-02-05 2020-01-25 2021-02-12 2022-02-01 2023-01-22 "
                      "2024-02-10 2025-01-29 2026-02-17 2027-02-06 2028-01-26 2029-02-13 2030-02-03").split()


def _in_year(name: str, year: int) -> list[str]:
    from maliclock import calendars as C
    return [d.isoformat() for d in C.holiday_occurrences(V.LUNAR_HOLIDAYS[name], year) if d.year == year]


@pytest.mark.parametrize("name", sorted(_HEBREW_DAYS) + sorted(_ISLAMIC_DAYS))
def test_hebrew_and_islamic_holidays_fall_on_their_published_days(name):
    days = {**_HEBREW_DAYS, **_ISLAMIC_DAYS}[name]
    assert [_in_year(name, int(d[:4]))[0] for d in days] == days


def test_chinese_new_year_is_the_new_moon_from_21_january_to_20_february():
    assert [_in_year("lunar new year", int(d[:4]))[0] for d in _CHINESE_NEW_YEARS] == _CHINESE_NEW_YEARS
    assert _in_year("lantern festival", 2025) == ["2025-02-12"]


# The Mid-Autumn Festival (Chuseok in Korea), the 15th day of the eighth Chinese month, from published calendars
_MID_AUTUMN = ["2018-09-24", "2019-09-13", "2020-10-01", "2021-09-21", "2022-09-10", "2023-09-29", "2024-09-17",
               "2025-10-06", "2026-09-25", "2027-09-15", "2028-10-03"]


def test_the_mid_autumn_festival_is_the_15th_day_of_the_month_that_holds_the_autumn_equinox():
    assert [_in_year("mid-autumn festival", int(d[:4]))[0] for d in _MID_AUTUMN] == _MID_AUTUMN
    assert _in_year("chuseok", 2025) == ["2025-10-06"]


# The Chung Yeung Festival, the 9th day of the ninth Chinese month (Hong Kong's public holiday moves to the Monday when
# it falls on a Sunday, as in 2020 and 2026: the festival's own day is listed)
_CHUNG_YEUNG = ["2018-10-17", "2019-10-07", "2020-10-25", "2021-10-14", "2022-10-04", "2023-10-23", "2024-10-11",
                "2025-10-29", "2026-10-18"]


def test_the_chung_yeung_festival_is_the_ninth_day_of_the_month_after_the_eighth():
    assert [_in_year("chung yeung festival", int(d[:4]))[0] for d in _CHUNG_YEUNG] == _CHUNG_YEUNG


def test_an_islamic_holiday_can_come_twice_in_a_gregorian_year():
    assert _in_year("eid al-fitr", 2000) == ["2000-01-08", "2000-12-27"]


def test_ramadan_is_the_month_that_holds_most_of_it():
    assert timexes("The riots broke out during Ramadan.", date(2025, 3, 12)) == [("Ramadan", "DATE", "2025-03")]
    # 11 March to 9 April 2024: March
    assert timexes("Ramadan 2024 was hot.", date(2025, 3, 12)) == [("Ramadan 2024", "DATE", "2024-03")]
    [t] = process_article(Article("a", "The riots broke out during Ramadan.", "a", date(2025, 3, 12))).timexes
    assert t.why == ("the one under way on the publication date; Islamic calendar: begins 2025-03-01, "
                     "most of it in 2025-03 (Umm al-Qura practice; a local sighting may differ by a day)")
    # not under way: the one the tense points to
    [t] = process_article(Article("a", "The riots broke out during Ramadan.", "a", date(2025, 6, 12))).timexes
    assert t.value == "2025-03" and t.why.startswith("the one the publication date's past tense points to;")


def test_a_quoted_today_counts_from_the_day_it_was_said():
    art = Article("a", '"We will vote today," the minister said on Monday.', "a", date(2025, 3, 12))
    today = process_article(art).timexes[0]
    assert (today.value, today.anchor, today.anchor_kind) == ("2025-03-10", "2025-03-10", "said")
    assert today.why == "D shifted by +0 from the day it was said ('Monday')"


def test_north_american_daylight_time_by_the_rules_before_and_since_2007():
    from maliclock.calendars import north_american_daylight_time as dst
    # since 2007: from the second Sunday of March to the first Sunday of November
    assert [dst(date(2025, 3, 8)), dst(date(2025, 3, 9)), dst(date(2025, 11, 1)), dst(date(2025, 11, 2))] == [
        False, True, True, False]
    # before: from the first Sunday of April to the last Sunday of October
    assert [dst(date(1998, 4, 4)), dst(date(1998, 4, 5)), dst(date(1998, 10, 24)), dst(date(1998, 10, 25))] == [
        False, True, True, False]


def test_diwali_falls_on_the_almanacs_dates():
    from maliclock.calendars import diwali
    # the almanacs' dates for Lakshmi Puja; 2020's new moon in the small hours of 17 October is the month's before
    want = {2009: (10, 17), 2012: (11, 13), 2017: (10, 19), 2018: (11, 7), 2020: (11, 14), 2021: (11, 4),
            2022: (10, 24), 2023: (11, 12), 2024: (10, 31), 2025: (10, 20), 2026: (11, 8), 2027: (10, 29)}
    assert {y: (diwali(y).month, diwali(y).day) for y in want} == want


def test_the_orthodox_easter_is_the_julian_computus_moved_to_the_gregorian_calendar():
    from maliclock.calendars import orthodox_easter
    assert [orthodox_easter(y).isoformat() for y in (2023, 2024, 2025, 2026, 2027)] == [
        "2023-04-16", "2024-05-05", "2025-04-20", "2026-04-12", "2027-05-02"]
