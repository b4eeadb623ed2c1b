"""Calendar arithmetic for resolution: shifting units, choosing years, building values.

Pure functions, no state: the resolver (``maliclock.resolve``) decides which
reference time and direction to use and calls these to build TIMEX3 values.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

from .timex import day_value, week_value

# A date written without its year in a past-tense sentence is still the coming
# one when that lies at most this many days ahead ("declared a dividend payable
# Dec. 1"): reporting verbs are past, scheduled dates are not.
UPCOMING_DAYS = 60
# ... and one in a future-tense sentence is the day just gone when that lies at most this many days back: a year ahead
# is what no writer means by "scheduled to depart at 8.50am on Oct 11" written on 12 October (the plan was told before
# the day, or went by as told).
JUST_PAST_DAYS = 3
# A month after "by", "until", "through" is the coming one if at most this many months ahead.
TARGET_MONTHS = 6

UNIT_MONTHS = {"Y": 12, "H": 6, "Q": 3, "M": 1}
_MONTH_DAYS = tuple(calendar.mdays)  # by month, February 28


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) ``k`` months after ``y``-``m``."""
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def unit_value(d: date, unit: str, shift: int) -> str | None:
    """Value of the calendar unit containing ``d``, shifted by ``shift`` units."""
    if unit == "D":
        return day_value(d + timedelta(days=shift))
    if unit == "W":
        return week_value(d + timedelta(weeks=shift))
    if unit == "WE":
        return week_value(d + timedelta(weeks=shift)) + "-WE"
    if unit == "M":
        y, m = shift_month(d.year, d.month, shift)
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        q = (d.month - 1) // 3 + shift
        return f"{d.year + q // 4:04d}-Q{q % 4 + 1}"
    if unit == "H":
        h = (d.month - 1) // 6 + shift
        return f"{d.year + h // 2:04d}-H{h % 2 + 1}"
    if unit == "Y":
        return f"{d.year + shift:04d}"
    if unit == "DE":
        return f"{d.year // 10 + shift:03d}"
    if unit == "CE":
        return f"{d.year // 100 + shift:02d}"
    return None


def unspecified(unit: str) -> str:
    """The underspecified value of a unit whose reference time is unknown."""
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
            "H": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}.get(unit, "XXXX-XX-XX")


def weekday_from(anchor: date, weekday: int, direction: str, strict: bool = False) -> date:
    """The ``weekday`` (1-7) nearest ``anchor`` in ``direction`` ("past"/"future")."""
    diff = weekday - anchor.isoweekday()
    if direction == "future":
        days = diff % 7
        if strict and days == 0:
            days = 7
        return anchor + timedelta(days=days)
    days = (-diff) % 7
    if strict and days == 0:
        days = 7
    return anchor - timedelta(days=days)


def weekend_from(anchor: date, direction: str) -> str:
    """The weekend (``YYYY-Www-WE``) just before (``past``) or after (``future``) ``anchor``, or the ``nearest`` one
    (after a Thursday or a Friday, the coming one; from Monday to Wednesday, the one gone by)."""
    if anchor.isoweekday() >= 6:
        return week_value(anchor) + "-WE"
    if direction == "future" or (direction == "nearest" and anchor.isoweekday() >= 4):
        return week_value(anchor) + "-WE"
    return week_value(anchor - timedelta(weeks=1)) + "-WE"


def easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def year_for_feast(anchor: date, offset: int, tense: str, cue: str | None = None) -> int:
    """Year of a feast ``offset`` days from Easter written without one (as :func:`year_for_day`)."""
    return _pick_year(anchor, [(y, easter(y) + timedelta(days=offset)) for y in (anchor.year - 1, anchor.year,
                                                                               anchor.year + 1)], tense, cue)


def nth_weekday(year: int, month: int, weekday: int, n: int, after: int = 0) -> date:
    """The ``n``-th ISO ``weekday`` of a month (``n`` = -1: the last), plus ``after`` days
    (Thanksgiving is the fourth Thursday of November, Memorial Day the last Monday of May)."""
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    else:
        last = date(year, month, _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year)))
        d = last - timedelta(days=(last.isoweekday() - weekday) % 7)
    return d + timedelta(days=after)


def year_for_nth_weekday(anchor: date, rule: tuple[int, int, int, int], tense: str, cue: str | None = None) -> int:
    """Year of a holiday on the n-th weekday of a month written without one (as :func:`year_for_day`)."""
    return _pick_year(anchor, [(y, nth_weekday(y, *rule)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)],
                      tense, cue)


def year_for_day(anchor: date, month: int, day: int, tense: str, cue: str | None = None,
                 weekday: int | None = None) -> int:
    """Year of a month and day written without one.

    A weekday given with the date picks the year it fits. Otherwise a local cue
    (``past``, ``future``, or ``target`` after "to/until/by") decides, then the
    sentence tense: past means the last such day, unless the coming one is at
    most :data:`UPCOMING_DAYS` ahead; future the next, unless the last one is at
    most :data:`JUST_PAST_DAYS` back; no tense the nearest.
    """
    if not 1 <= month <= 12:
        raise calendar.IllegalMonthError(month)
    ay = anchor.year
    cands = [(y, date(y, month, day)) for y in (ay - 1, ay, ay + 1)
             if day <= _MONTH_DAYS[month] + (month == 2 and calendar.isleap(y))]  # calendar.monthrange's
    if not cands:
        raise ValueError(f"no such day: {month}-{day}")
    if weekday:
        fits = [c for c in cands if c[1].isoweekday() == weekday]
        if fits:
            cands = fits
    return _pick_year(anchor, cands, tense, cue)


def _pick_year(anchor: date, cands: list[tuple[int, date]], tense: str, cue: str | None) -> int:
    """The year of the candidate (year, day), ascending, that the cue or tense points to, else the nearest."""
    past = [c for c in cands if c[1] <= anchor]
    future = [c for c in cands if c[1] >= anchor]
    # a target in a future sentence lies ahead ("will gather before Christmas"), else it is the nearest
    direction = "future" if cue == "target" and tense == "future" else cue or tense
    if direction == "past" and past:
        if cue is None and future and (future[0][1] - anchor).days <= UPCOMING_DAYS:
            return future[0][0]
        return past[-1][0]
    if direction == "future" and future:
        if cue is None and past and (anchor - past[-1][1]).days <= JUST_PAST_DAYS and \
                (future[0][1] - anchor).days > UPCOMING_DAYS:
            return past[-1][0]
        return future[0][0]
    nearest, gap = cands[0][0], abs((cands[0][1] - anchor).days)
    for y, d in cands[1:]:  # the later year on a tie
        g = abs((d - anchor).days)
        if g <= gap:
            nearest, gap = y, g
    return nearest


def pick_occurrence(anchor: date, days: list[date], tense: str, cue: str | None = None) -> date:
    """Of the days of a yearly holiday (in order), the one that the cue or tense points to, as
    :func:`year_for_day` picks a year."""
    ordinal = _pick_year(anchor, [(d.toordinal(), d) for d in days], tense, cue)
    return date.fromordinal(ordinal)


def year_for_month(anchor: date, month: int, tense: str, cue: str | None = None) -> int:
    """Year of a month written without one: by cue or tense, else the nearest."""
    am = anchor.year * 12 + anchor.month - 1
    cands = [(y, y * 12 + month - 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    past = [y for y, n in cands if n <= am]
    future = [y for y, n in cands if n >= am]
    nearest = min(cands, key=lambda c: (abs(c[1] - am), -c[0]))[0]
    if cue == "target":
        ahead = future[0] * 12 + month - 1 - am
        return future[0] if ahead <= TARGET_MONTHS or tense == "future" else nearest
    direction = cue or tense
    if direction == "past":
        return past[-1]
    if direction == "future":
        return future[0]
    return nearest


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_of(d: date) -> tuple[int, str]:
    """(TIMEX3 year, season code) of the season containing ``d`` (January is in last year's winter)."""
    m = d.month
    if m in (1, 2):
        return d.year - 1, "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA", 12: "WI"}[m]


def year_for_season(anchor: date, season: str, tense: str, shift: int | None = None) -> int:
    """Year of a season written without one ("the summer", "last winter")."""
    cy, cs = season_of(anchor)
    order = ["SP", "SU", "FA", "WI"]
    cur, want = order.index(cs), order.index(season)
    if shift is not None:  # "last summer" in summer is the one before
        direction = "past" if shift < 0 else "future" if shift > 0 else "this"
        if direction == "past":
            return cy if want < cur else cy - 1
        if direction == "future":
            return cy if want > cur else cy + 1
        if want == cur:
            return cy
        # another season "this" year is the calendar year's ("this spring", written in February, is the coming one;
        # "this fall" in January too), unless a past or future tense points the other way: "Heating bills soared this
        # winter", written in March, is the winter just gone; "will open this summer", written in October, next year's
        year = anchor.year
        if tense == "past" and season == "WI" and cs == "SP":
            return cy - 1
        after = date(year + 1, 3, 1) if season == "WI" else date(year, SEASON_START[season] + 3, 1)
        if tense == "future" and after <= anchor:
            return year + 1
        return year
    # by tense alone the current season is both past and future, as the current month is:
    # "it began in the early spring", written in May, is this spring
    if tense == "past":
        return cy if want <= cur else cy - 1
    if tense == "future":
        return cy if want >= cur else cy + 1
    return cy


def two_digit_year(yy: int) -> int:
    """The year a two-digit year stands for: 50-99 in the 1900s, 00-49 in the 2000s ('89, FY11, 3/22/12)."""
    return 1900 + yy if yy >= 50 else 2000 + yy


# A company reports a quarter or half within about this many months of its end.
REPORTING_LAG_MONTHS = 3


def year_for_part(anchor: date, unit: str, n: int, tense: str = "none", reported: bool = False) -> int:
    """Year of "the third quarter" or "the second half" written without one: the latest
    that has begun by ``anchor`` (news reports on the current or a past period: "expects
    to report a loss for the third quarter"); in a future-tense sentence this year's
    even if it has not begun yet ("growth will pick up in the second half").

    A ``reported`` period ("third-quarter results") is last year's in a future-tense sentence
    too while that one's report may still be to come ("will report fourth-quarter results",
    written in February); once it has surely been reported, this year's ("analysts expect
    third-quarter results", written in May)."""
    first_month = (n - 1) * UNIT_MONTHS[unit] + 1
    if anchor.month >= first_month:
        return anchor.year
    if tense == "future":
        since_end = anchor.month + 12 - n * UNIT_MONTHS[unit]  # months since last year's ended
        if not reported or since_end > REPORTING_LAG_MONTHS:
            return anchor.year
    return anchor.year - 1


def quarter_before(d: date) -> str:
    """The last whole quarter before ``d`` (the reported quarter in results news)."""
    return unit_value(d, "Q", -1) or ""


def shift_period(value: str, years: int) -> str | None:
    """``2012-Q3`` shifted by whole years (``2011-Q3``); None if ``value`` is not a year-based period."""
    m = re.fullmatch(r"(\d{4})((?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d\d(?:-\d\d)?|W\d\d))?)", value)
    if not m:
        return None
    tail = m.group(2)
    if tail.startswith("-W"):
        return None
    return f"{int(m.group(1)) + years:04d}{tail}"


_DURATION_UNIT = {"Y": "Y", "M": "M", "W": "W", "D": "D", "DE": "DE", "CE": "CE", "Q": "Q", "WE": "WE",
                  "L": "L", "2W": "W"}
# A fractional amount goes down to the next unit ("2 1/2 years" = P2Y6M).
_SUB_UNIT = {"Y": (12, "M"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}
# A counted decade, century or millennium is told in years, as ISO 8601 has no such unit ("two decades": P20Y, as
# TimeBank writes it; "half a century": P50Y); an uncounted one keeps its unit ("decades": PXDE).
_YEARS_IN = {"CE": 100, "DE": 10, "L": 1000}


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(num: Any, unit: str, half: bool = False) -> str:
    """TIMEX3 duration for ``num`` ``unit`` ("P4D", "PT24H", "PXY", "P2Y6M")."""
    if unit == "2W" and num != "X":
        num, unit = num * 2, "W"
    if num == "X":
        return f"PTX{unit[1:]}" if unit.startswith("T") else f"PX{_DURATION_UNIT.get(unit, unit)}"
    n = float(num) + (0.5 if half else 0)
    if unit == "Q":
        n, unit = n * 3, "M"
    whole, frac = int(n), n - int(n)
    if unit in _YEARS_IN and (n * _YEARS_IN[unit]).is_integer():
        return _join(_part(n * _YEARS_IN[unit], "Y"), "")
    if frac and unit in _SUB_UNIT:
        per, sub = _SUB_UNIT[unit]
        rest = frac * per
        if rest.is_integer():
            head = _part(whole, unit) if whole else ""
            return _join(head, _part(int(rest), sub))
    return _join(_part(n, unit), "")


# The units a compound length names in order, largest first ("two hours and 22 minutes", "a year and six months").
_COMPOUND_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")


def compound_duration_value(parts: list[tuple[Any, str]]) -> str | None:
    """TIMEX3 duration of whole amounts of units in decreasing order ("PT2H22M", "P1Y6M"); None otherwise."""
    ranks = [_COMPOUND_ORDER.index(u) if u in _COMPOUND_ORDER else -1 for _, u in parts]
    if -1 in ranks or ranks != sorted(set(ranks)) or any(not float(n).is_integer() for n, _ in parts):
        return None
    date_part = "".join(_part(n, u) for n, u in parts if not u.startswith("T"))
    time_part = "".join(f"{_fmt_num(n)}{u[1:]}" for n, u in parts if u.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "")


def clock_span_value(text: str) -> str:
    """TIMEX3 duration of hours, minutes and seconds written with colons: "2:06:41" is "PT2H6M41S"."""
    h, m, sec = text.split(":")
    parts = [(int(h), "H"), (int(m), "M")]
    out = "".join(f"{n}{u}" for n, u in parts if n)
    seconds = float(sec)
    if seconds:
        out += f"{_fmt_num(seconds)}S"
    return "PT" + (out or "0S")


def _part(n: float, unit: str) -> str:
    return f"T{_fmt_num(n)}{unit[1:]}" if unit.startswith("T") else f"{_fmt_num(n)}{_DURATION_UNIT.get(unit, unit)}"


def _join(a: str, b: str) -> str:
    if a.startswith("T") and b.startswith("T"):
        b = b[1:]
    return "P" + a + b


SET_WORDS = {"annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D",
             "hourly": "PT1H", "quarterly": "P3M", "nightly": "XXXX-XX-XXTNI", "fortnightly": "P2W"}
MOD_WORDS = {"early": "START", "late": "END", "mid": "MID", "mid-": "MID", "the end of": "END",
             "the beginning of": "START", "the start of": "START", "the middle of": "MID",
             "end": "END", "beginning": "START", "start": "START", "middle": "MID",
             "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
             "earlier": None, "later": None}


OPEN_MODS = {"or later": "ON_OR_AFTER", "or after": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER",
             "and after": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE", "or before": "ON_OR_BEFORE",
             "and before": "ON_OR_BEFORE"}


def mod_of(fields: dict[str, Any]) -> str | None:
    """TIMEX3 ``mod`` of the captured fields ("early" = START, "about" = APPROX, "or later" = ON_OR_AFTER)."""
    if fields.get("openmod"):
        return OPEN_MODS.get(" ".join(str(fields["openmod"]).lower().split()))
    if fields.get("approx"):
        return "APPROX"
    m = fields.get("mod")
    if m is None:
        half = fields.get("halfof")  # "the first half of January": its start
        return None if half is None else ("START" if "first" in str(half).lower() else "END")
    if str(m).isupper():  # already a TIMEX3 mod (from the MOD vocabulary)
        return str(m)
    return MOD_WORDS.get(" ".join(str(m).lower().split()))
