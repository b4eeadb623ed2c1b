"""Time zones of clock times: the zone an expression is told in (a code, "GMT", or a name, "Eastern time", "Greek
time"), its offset from UTC on a given day (North American and European summer time by their rules), and a time of
day told in it, in UTC. Read by the statements stage (an article's local zone) and by the merge (comparing times)."""

from __future__ import annotations

from datetime import date

from . import regex_cache
from .calendars import european_summer_time, north_american_daylight_time
from .rules import vocabulary as V

ZONE_WORD = regex_cache.compile(r"\b(?:" + "|".join(sorted(V.TIME_ZONES)) + r")\b")
# zones named in words: several words in any case ("Eastern time"), one word capitalised ("7 a.m. Eastern")
_ZONE_NAME = regex_cache.compile(r"\b(?:(?i:" + "|".join(sorted((n for n in V.ZONE_NAMES if " " in n), key=len, reverse=True))
                        + r")|" + "|".join(n.title() for n in V.ZONE_NAMES if " " not in n) + r")\b")
_UNIVERSAL_ZONES = frozenset(("UTC", "GMT", "Z"))
DAY_MINUTES = 24 * 60


def zone_of(text: str) -> str:
    """The zone a time expression is told in: "UTC" (or GMT), another code (a zone named in words as its code:
    ``V.ZONE_NAMES``), or "" for local time or none."""
    m = ZONE_WORD.search(text)
    if m is None:
        m = _ZONE_NAME.search(text)
        if m is None:
            return ""
        code = V.ZONE_NAMES[m.group().lower()]
        return "UTC" if code in _UNIVERSAL_ZONES else code
    return "UTC" if m.group() in _UNIVERSAL_ZONES else m.group()


def offset_known(code: str) -> bool:
    """Is the offset from UTC of the zone ``code`` known (fixed, or by a summer-time rule)?"""
    return code == "UTC" or code in V.ZONE_OFFSETS or code in V.ZONE_SEASONS or code in V.EU_ZONE_SEASONS


def part_of_day(value: str) -> str | None:
    """What follows the "T" of a TIMEX3 value ("2025-10-07T21:15": "21:15"), or None."""
    return value.split("T", 1)[1] if "T" in value else None


def in_utc(day: date, told: str, value: str) -> tuple[str, str]:
    """The zone a time of day ``value`` (a TIMEX3 value) told in ``told`` on ``day`` is compared in, and that time: a
    clock time told in a zone of known offset in UTC ("17:15" EDT is ("UTC", "21:15")), any other in its own zone."""
    part = part_of_day(value) or ""
    if told in V.ZONE_SEASONS:
        told = V.ZONE_SEASONS[told][north_american_daylight_time(day)]
    elif told in V.EU_ZONE_SEASONS:
        told = V.EU_ZONE_SEASONS[told][european_summer_time(day)]
    offset = V.ZONE_OFFSETS.get(told)
    if not offset or len(part) != 5 or part[2] != ":":  # (UTC itself, and zones of unknown offset)
        return told, part
    minutes = (int(part[:2]) * 60 + int(part[3:]) - round(offset * 60)) % DAY_MINUTES
    return "UTC", f"{minutes // 60:02d}:{minutes % 60:02d}"
