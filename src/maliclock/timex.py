"""TIMEX3 values as typed objects: parse, format, interval and granularity.

A TIMEX3 ``value`` (TimeML 1.2.1) is a string such as ``2012-03-21TAF``,
``2012-W12``, ``2012-Q1``, ``199`` (the 1990s), ``P2D`` or ``PAST_REF``.
:class:`TimexValue` parses one, tells its granularity and the calendar
interval it covers, and formats it back unchanged.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from . import regex_cache

# Granularities from coarse to fine; the index is the precision rank.
GRANULARITIES = (
    "millennium", "century", "decade", "year", "half", "quarter", "season",
    "month", "week", "day", "partofday", "time",
)
RANK = {g: i for i, g in enumerate(GRANULARITIES)}

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")
SEASONS = ("SP", "SU", "FA", "WI")

_DATE_RE = regex_cache.compile(
    r"^(?P<bc>BC)?(?P<y>[0-9X]{1,4})"
    r"(?:-(?:(?P<q>Q[1-4X])|(?P<h>H[12X])|(?P<s>SP|SU|FA|WI)|W(?P<w>[0-9X]{2})(?:-(?P<wd>[1-7X]|WE))?"
    r"|(?P<m>[0-9X]{2})(?:-(?P<d>[0-9X]{2}))?))?"
    r"(?:T(?P<t>MO|MI|AF|EV|NI|DT|[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?))?$"
)
_NUM = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
# One unit ("P2DE", "PXY", "PT24H") or ISO 8601 components from the largest down ("P2Y6M", "PT1M30S").
_DURATION_RE = regex_cache.compile(
    rf"^P(?:(?P<n>{_NUM})(?P<u>Y|M|W|D|Q|H|DE|CE|ML|L)(?:{_NUM}(?:M|W|D))*)?"
    rf"(?:T(?P<tn>{_NUM})(?P<tu>H|M|S)(?:{_NUM}[MS])*)?$"
)


_PARSED: dict[tuple[type, str], object] = {}
_PARSED_MAX = 100_000


@dataclass(frozen=True, slots=True)
class TimexValue:
    """A parsed TIMEX3 value."""

    value: str
    kind: str  # "date", "duration", "ref", "set-period"
    granularity: str

    @classmethod
    def parse(cls, value: str) -> "TimexValue":
        """Parse ``value``; raise ValueError if it is not a TIMEX3 value.

        Values are immutable, so each distinct string is parsed once (a
        bounded cache: a corpus repeats few distinct values many times).
        """
        key = (cls, value)
        got = _PARSED.get(key)
        if got is None:
            if len(_PARSED) >= _PARSED_MAX:
                _PARSED.clear()
            try:
                got = cls._parse(value)
            except ValueError as e:
                got = e
            _PARSED[key] = got
        if isinstance(got, ValueError):
            raise ValueError(*got.args)
        return got

    @classmethod
    def _parse(cls, value: str) -> "TimexValue":
        if value in REFS:
            return cls(value, "ref", "ref")
        m = _DURATION_RE.match(value)
        if m and value != "P":
            unit = m.group("u") or "T" + m.group("tu")
            return cls(value, "duration", {"Y": "year", "M": "month", "W": "week", "D": "day",
                                           "Q": "quarter", "DE": "decade", "CE": "century",
                                           "L": "millennium", "ML": "millennium", "TH": "time",
                                           "TM": "time", "TS": "time", "H": "half"}.get(unit or "", "day"))
        m = _DATE_RE.match(value)
        if not m:
            raise ValueError(f"not a TIMEX3 value: {value!r}")
        y = m.group("y")
        if len(y) == 1:
            gran = "millennium"
        elif len(y) == 2:
            gran = "century"
        elif len(y) == 3:
            gran = "decade"
        else:
            gran = "year"
        if len(y) < 4 and value != (m.group("bc") or "") + y:  # a century or decade has nothing after it ("BC11")
            raise ValueError(f"not a TIMEX3 value: {value!r}")
        if m.group("q"):
            gran = "quarter"
        elif m.group("h"):
            gran = "half"
        elif m.group("s"):
            gran = "season"
        elif m.group("w"):
            gran = "day" if m.group("wd") and m.group("wd") != "WE" else "week"
        elif m.group("m"):
            mm = m.group("m")
            if mm != "XX" and not 1 <= int(mm) <= 12:
                raise ValueError(f"month out of range: {value!r}")
            gran = "month"
            if m.group("d"):
                dd = m.group("d")
                if dd != "XX" and not 1 <= int(dd) <= 31:
                    raise ValueError(f"day out of range: {value!r}")
                if "X" not in y and mm != "XX" and dd != "XX":
                    if int(dd) > calendar.monthrange(int(y), int(mm))[1]:
                        raise ValueError(f"no such day: {value!r}")
                gran = "day"
        t = m.group("t")
        if t:
            gran = "partofday" if t in PARTS_OF_DAY else "time"
        return cls(value, "date", gran)

    @property
    def is_specified(self) -> bool:
        """True when the value names a definite stretch of the calendar (year 1 to 9999)."""
        return (self.kind == "date" and "X" not in self.value.split("T")[0] and not self.value.startswith("BC")
                and _calendar_interval(self.value) is not None)

    @property
    def rank(self) -> int:
        """Precision rank: higher is finer."""
        return RANK.get(self.granularity, -1)

    def interval(self) -> tuple[date, date] | None:
        """First and last calendar day covered, or None if not on the calendar."""
        if not self.is_specified:
            return None
        return _calendar_interval(self.value)

    def __str__(self) -> str:
        return self.value


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(y: int, m: int) -> date:
    while m > 12:
        y, m = y + 1, m - 12
    return date(y, m, calendar.monthrange(y, m)[1])


def date_interval(value: str) -> tuple[date, date]:
    """Interval of a fully specified date value (no X); raises ValueError."""
    m = _DATE_RE.match(value)
    if not m:
        raise ValueError(value)
    ys = m.group("y")
    if len(ys) < 4:
        span = 10 ** (4 - len(ys))
        y0 = int(ys) * span
        return date(max(1, y0), 1, 1), date(min(9999, y0 + span - 1), 12, 31)
    y = int(ys)
    if y < 1:
        raise ValueError(value)
    if m.group("q"):
        q = int(m.group("q")[1])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if m.group("h"):
        h = int(m.group("h")[1])
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
    if m.group("s"):
        a, b = _SEASON_MONTHS[m.group("s")]
        return date(y, a, 1), _month_end(y, b)
    if m.group("w"):
        monday = date.fromisocalendar(y, int(m.group("w")), 1)
        wd = m.group("wd")
        if wd == "WE":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if wd:
            d = monday + timedelta(days=int(wd) - 1)
            return d, d
        return monday, monday + timedelta(days=6)
    if m.group("m"):
        mo = int(m.group("m"))
        if m.group("d"):
            d = date(y, mo, int(m.group("d")))
            return d, d
        return date(y, mo, 1), _month_end(y, mo)
    return date(y, 1, 1), date(y, 12, 31)


@lru_cache(maxsize=4096)
def _calendar_interval(value: str) -> tuple[date, date] | None:
    """:func:`date_interval`, or None for what the calendar lacks (year 0, a week 53 that is not)."""
    try:
        return date_interval(value)
    except (ValueError, OverflowError):
        return None


_SPECIFIED: dict[str, tuple[TimexValue, tuple[date, date]] | None] = {}


def specified(value: str) -> tuple[TimexValue, tuple[date, date]] | None:
    """The parsed value and its calendar interval when ``value`` is a valid, specified date
    (``TimexValue.parse(value).interval()`` is not None), else None; kept per distinct value."""
    got = _SPECIFIED.get(value, False)
    if got is False:
        if len(_SPECIFIED) >= _PARSED_MAX:
            _SPECIFIED.clear()
        try:
            tv = TimexValue.parse(value)
        except ValueError:
            got = None
        else:
            iv = tv.interval()
            got = None if iv is None else (tv, iv)
        _SPECIFIED[value] = got
    return got


def is_valid(value: str) -> bool:
    """True if ``value`` parses as a TIMEX3 value."""
    try:
        TimexValue.parse(value)
    except ValueError:
        return False
    return True


_DATE_ISO = date.isoformat


# The start of a day's value, and the whole of one with ``fullmatch`` ("2012-03-22", "2012-03-22TNI").
DAY_VALUE = regex_cache.compile(r"\d{4}-\d{2}-\d{2}")


_DAY_VALUES: dict[date, str] = {}  # one string per day: a corpus names few days many times, and keeps them all
_DAY_VALUES_MAX = 100_000  # entries kept before the cache starts anew


def day_value(d: date) -> str:
    """TIMEX3 value of one calendar day."""
    got = _DAY_VALUES.get(d)
    if got is None:
        if len(_DAY_VALUES) >= _DAY_VALUES_MAX:
            _DAY_VALUES.clear()
        got = _DAY_VALUES[d] = _DATE_ISO(d)  # YYYY-MM-DD, the year padded to four digits (date's, also for a datetime)
    return got


def week_value(d: date) -> str:
    """TIMEX3 value of the ISO week containing ``d``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def contains(outer: str, inner: str) -> bool:
    """True if the interval of ``outer`` contains that of ``inner``."""
    a, b = TimexValue.parse(outer).interval() or (None, None), TimexValue.parse(inner).interval() or (None, None)
    if a[0] is None or b[0] is None:
        return False
    return a[0] <= b[0] and b[1] <= a[1]
