"""Times of day in the merge: the zone a report's clock time is told in, the time it is compared at (UTC where
the zone's offset is known), and whether two times of one day agree."""

from __future__ import annotations

from typing import Mapping

from ..rules import vocabulary as V
from ..statements import Statement
from ..timezones import in_utc, offset_known, part_of_day, zone_of

def _told(s: Statement) -> tuple[str, str]:
    """The zone a statement's time is compared by and the value told in it: its own, or, when its own zone's offset
    is unknown, that of the same moment told after it in another zone ("at noon (1200 GMT)": ``Statement.also``)."""
    own = own_zone(s)
    if s.also is not None and not offset_known(own):
        other = zone_of(s.also.text)
        if offset_known(other):
            return other, s.also.value
    return own, s.value


def own_zone(s: Statement) -> str:
    """The zone a statement's time is told in by its own words, "" for none (not that of a time told after it)."""
    return s.zone_hint or zone_of(s.timex.text)


def zone(s: Statement) -> str:
    """The zone a statement's time is told in: "UTC" (or GMT), another code, or "" for local time or none."""
    return _told(s)[0]


def compared_time(s: Statement, told: str) -> tuple[str, str]:
    """The zone a statement's time of day is compared in, and that time: a clock time told in a zone of known offset
    (``V.ZONE_OFFSETS``, ``V.ZONE_SEASONS``) in UTC ("17:15" EDT is ("UTC", "21:15")), any other in its own zone."""
    zone_told, value = _told(s)
    return _in_utc(s, told, value if told == zone_told else s.value)


def _in_utc(s: Statement, told: str, value: str) -> tuple[str, str]:
    """The zone a time of day ``value`` told in ``told`` is compared in, and that time (see :func:`compared_time`)."""
    return in_utc(s.start, told, value)


NEAR_MODS = frozenset(("APPROX", "BEFORE", "AFTER"))  # a clock time "about", "shortly before" or "just after"


def times_agree(a: str, b: str, near: frozenset[str] = frozenset()) -> bool:
    """Do two times of one day agree: the same, a clock time inside a part of the day ("10:15" and "MO"), two
    parts of the day that overlap ("EV" and "NI"), or two clock times at most ``V.NEAR_TIME_MINUTES`` apart when
    one is approximate (in ``near``: "shortly before 11 p.m." and "22:42")?"""
    if a == b:
        return True
    if ":" in a and ":" in b and (a in near or b in near):
        minutes = abs(int(a[:2]) * 60 + int(a[3:5]) - int(b[:2]) * 60 - int(b[3:5]))
        return minutes <= V.NEAR_TIME_MINUTES
    clock, part = (a, b) if ":" in a else (b, a) if ":" in b else (None, None)
    if clock is None:  # two parts of the day whose hours overlap ("evening" and "night") do not disagree
        ha, hb = V.PART_OF_DAY_HOURS.get(a), V.PART_OF_DAY_HOURS.get(b)
        return ha is not None and hb is not None and ha[0] < hb[1] and hb[0] < ha[1]
    if part not in V.PART_OF_DAY_HOURS:
        return False
    hour = int(clock[:2])
    lo, hi = V.PART_OF_DAY_HOURS[part]
    return lo <= hour < hi or lo <= hour + 24 < hi


def times_disagree(by_part: Mapping[str, list[str]], near: frozenset[str] = frozenset()) -> bool:
    """Whether two sources give times of day that do not agree (one article's "morning" and "10:15 a.m." are no
    conflict, nor is "18:45" against "evening"; ``near``: the approximate clock times)."""
    parts = list(by_part)
    return any(not times_agree(a, b, near) and any(x != y for x in by_part[a] for y in by_part[b])
               for i, a in enumerate(parts) for b in parts[i + 1:])


Clock = tuple[str, int, int]
# Minutes a clock time is often rounded to ("at 10:00", "at 10:30"): many happenings share them; a precise minute
# ("at 16:42") few.
ROUND_MINUTES = frozenset(("00", "30"))


def clock_of(s: Statement) -> tuple[Clock, ...] | None:
    """The time of the day of a clock time or a part of the day: its compared zone (:func:`compared_time`) and its
    first and last minute (a part of the day by ``V.PART_OF_DAY_HOURS``; the night runs past midnight); None for any
    other date. A time told in a zone of unknown offset and again in one of known offset ("04.17 local time (0117
    GMT)") has both: its own, to compare with other local times, and the other, in UTC."""
    if s.granularity not in ("time", "partofday"):
        return None
    own = s.zone_hint or zone_of(s.timex.text)
    told, t = _in_utc(s, own, s.value)
    first = _minutes(told, t)
    if first is None:
        return None
    if s.also is not None and not offset_known(own):
        other = zone_of(s.also.text)
        if offset_known(other):
            second = _minutes(*_in_utc(s, other, s.also.value))
            if second is not None:
                return first, second
    if s.local_offset is not None and first[1] == first[2]:  # the article's local time, known from another of its times
        m = (first[1] - s.local_offset) % (24 * 60)
        return first, ("UTC", m, m)
    return (first,)


def utc_instant(s: Statement) -> tuple[int, int] | None:
    """A clock time's instant in UTC, as (day ordinal, minute of the day), when its zone's offset is known (its own,
    the zone it is told again in, or its article's local time: :func:`clock_of`); None for any other."""
    if s.granularity != "time" or s.start != s.end:
        return None
    clocks = clock_of(s)
    if not clocks:
        return None
    own = part_of_day(s.value) or ""
    for told, minute, last in clocks:
        if told == "UTC" and minute == last and len(own) == 5 and own[2] == ":":
            local = int(own[:2]) * 60 + int(own[3:])
            shift = (local - minute + 12 * 60) % (24 * 60) - 12 * 60  # the zone's offset, within half a day
            total = local - shift
            return s.start.toordinal() + total // (24 * 60), total % (24 * 60)
    return None


def local_instant(s: Statement) -> tuple[int, int] | None:
    """A clock time told in no zone (the story's local time), as (day ordinal, minute of the day); None for any other."""
    if s.granularity != "time" or s.start != s.end or zone(s) or s.local_offset is not None:
        return None
    own = part_of_day(s.value) or ""
    if len(own) != 5 or own[2] != ":":
        return None
    return s.start.toordinal(), int(own[:2]) * 60 + int(own[3:])


def _minutes(told: str, t: str) -> Clock | None:
    if len(t) == 5 and t[2] == ":":
        m = int(t[:2]) * 60 + int(t[3:])
        return told, m, m
    hours = V.PART_OF_DAY_HOURS.get(t)
    return (told, hours[0] * 60, hours[1] * 60) if hours else None


def minutes_apart(a: tuple[str, int, int], b: tuple[str, int, int]) -> int | None:
    """How many minutes lie between two times of the day of :func:`clock_of` (0 when they overlap), round the clock;
    None when they are told in different zones."""
    if a[0] != b[0]:
        return None
    return min(max(0, b[1] + k - a[2], a[1] - b[2] - k) for k in (-24 * 60, 0, 24 * 60))
