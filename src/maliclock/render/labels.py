"""Human-readable dates for the renderers: event labels, period headings, precision classes.

Month and weekday names come from tables here, never from the locale, so
every format reads the same on every machine.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import regex_cache
from ..timex import TimexValue

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
                "DT": "daytime", "24:00": "midnight"}  # (T24:00 is the midnight that ends the day: "midnight Wednesday")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
# Granularities grouped under the month of their first day.
MONTH_GROUPED = frozenset({"month", "week", "day", "partofday", "time"})
GRANULARITY_NAMES = {"partofday": "part of day", "time": "time of day"}
PRECISION_GROUPS = {"day": "Day", "partofday": "Day", "time": "Day", "week": "Week", "month": "Month",
                    "season": "Part of a year", "quarter": "Part of a year", "half": "Part of a year",
                    "year": "Year"}

_DAY = regex_cache.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$")
_MONTH = regex_cache.compile(r"^(\d{4})-(\d{2})$")
_WEEK = regex_cache.compile(r"^(\d{4})-W(\d{2})(?:-(WE))?$")
_PART = regex_cache.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_HOUR = regex_cache.compile(r"^(\d{2})(?::(\d{2}))?")


def counted(n: int, noun: str) -> str:
    """"1 event", "19 events": a count with its noun in the singular or plural (nouns with a plain -s)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def short_month(m: int) -> str:
    """"Mar" for 3."""
    return MONTHS[m - 1][:3]


def day_label(d: date) -> str:
    """"Wed 21 Mar 2012"."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {short_month(d.month)} {d.year}"


def date_label(value: str, start: str, end: str) -> str:
    """A reader's label for a TIMEX3 value, e.g. "Wed 21 Mar 2012, afternoon" or "summer 2011".

    ``start`` and ``end`` are the ISO days the event covers; they label weeks,
    and when they cover more than the value itself (a year given as a range,
    "1962-1964") the label is that span.
    """
    if not covers_own_interval(value, start, end):
        return span_label(date.fromisoformat(start), date.fromisoformat(end))
    m = _DAY.match(value)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        t = m.group(4)
        if not t:
            return day_label(d)
        return f"{day_label(d)}, {PARTS_OF_DAY.get(t, t)}"
    m = _MONTH.match(value)
    if m:
        return f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    m = _WEEK.match(value)
    if m:
        s, e = date.fromisoformat(start), date.fromisoformat(end)
        what = "weekend" if m.group(3) else f"week {int(m.group(2))}"
        return f"{what} of {m.group(1)} ({s.day} {short_month(s.month)}–{e.day} {short_month(e.month)})"
    m = _PART.match(value)
    if m:
        y, p = m.group(1), m.group(2)
        if p in SEASONS:
            return f"{SEASONS[p]} {y}"
        if p.startswith("H"):
            return f"{'first' if p == 'H1' else 'second'} half of {y}"
        return f"{p} {y}"
    if re.fullmatch(r"\d{4}", value):
        return value
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"{value}00s"
    return value


def covers_own_interval(value: str, start: str, end: str) -> bool:
    """True if the days ``start``..``end`` are exactly those the TIMEX3 ``value`` names (or it names none)."""
    try:
        own = TimexValue.parse(value).interval()
    except ValueError:
        return True
    return own is None or (own[0].isoformat(), own[1].isoformat()) == (start, end)


def span_label(s: date, e: date) -> str:
    """A range of days in words: "1962–1964", "Jan–Mar 2012", "21–23 Mar 2012", "28 Feb–2 Mar 2012"."""
    whole_months = s.day == 1 and (e + timedelta(days=1)).day == 1
    if whole_months and s.month == 1 and e.month == 12:
        return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
    if whole_months:
        if s.year == e.year:
            return f"{short_month(s.month)}–{short_month(e.month)} {s.year}"
        return f"{short_month(s.month)} {s.year}–{short_month(e.month)} {e.year}"
    if s.year != e.year:
        return f"{s.day} {short_month(s.month)} {s.year}–{e.day} {short_month(e.month)} {e.year}"
    if s.month != e.month:
        return f"{s.day} {short_month(s.month)}–{e.day} {short_month(e.month)} {s.year}"
    return f"{s.day}–{e.day} {short_month(s.month)} {s.year}"


def time_of(value: str) -> tuple[int, int] | None:
    """(hour, minute) of a clock-time value such as ``2012-03-22T14:30``; None otherwise."""
    m = _DAY.match(value)
    if not m or not m.group(4):
        return None
    h = _HOUR.match(m.group(4))
    if not h or int(h.group(1)) > 23:
        return None
    return int(h.group(1)), int(h.group(2) or 0)


def granularity_name(granularity: str) -> str:
    """"part of day" for ``partofday``; other granularities as they are."""
    return GRANULARITY_NAMES.get(granularity, granularity)


def precision_group(granularity: str) -> str:
    """A coarse precision class: Day, Week, Month, Part of a year, Year, or Decade or longer."""
    return PRECISION_GROUPS.get(granularity, "Decade or longer")


def period_heading(granularity: str, start: str) -> str:
    """The heading an event is listed under: the month of its first day ("March 2012") for
    a month or anything finer, else the year it starts in."""
    s = date.fromisoformat(start)
    if granularity in MONTH_GROUPED:
        return f"{MONTHS[s.month - 1]} {s.year}"
    return str(s.year)


def conflict_text(field: str, values: dict[str, list[str]], name=lambda s: s) -> str:
    """"time of day: AF (a, b) vs NI (c)", with ``name`` mapping a source id to how it is shown."""
    what = field.replace("_", " ")

    def val(v: str) -> str:
        return PARTS_OF_DAY.get(v, v) or "unspecified"

    return f"{what}: " + " vs ".join(f"{val(v)} ({', '.join(name(s) for s in ss)})" for v, ss in values.items())


def unique_ids(ids: list[str]) -> list[str]:
    """``ids`` with repeats suffixed (``-2``, ``-3``...) so each can name one element or slide."""
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
        out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
    return out


def inferred_mark(inferred: bool, date_range: list[str] | None) -> str:
    """" (inferred)" after a date resting on inferred publication dates, with its range when not one day."""
    if not inferred:
        return ""
    if date_range and date_range[0] != date_range[1]:
        return f" (inferred: {date_range[0]}..{date_range[1]})"
    return " (inferred)"
