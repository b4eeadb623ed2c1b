"""What resolution returns (:class:`Resolved`), the mentions that anchor later expressions, and which
expressions need no tense."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..tag import Tagged
from ..timex import TimexValue


@dataclass(slots=True)
class Resolved:
    """A temporal expression with its TIMEX3 value and the reasoning behind it."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    anchor: str | None  # the reference value used, if any
    anchor_kind: str  # "publication", "previous", "none", "absolute"
    tense: str  # "past", "future", "present", "none"
    mod: str | None = None
    resolved: bool = True
    why: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    cue: str | None = None  # the word that set ``tense``, as written
    inferred: bool = False  # resolved against an inferred publication date
    value_range: tuple[str, str] | None = None  # first and last day it can be, given that date's range


def parse_value(value: str) -> TimexValue | None:
    try:
        return TimexValue.parse(value)
    except ValueError:
        return None


@dataclass(slots=True)
class Mention:
    """A specified date the article has mentioned: the anchor of later anaphora."""

    value: str
    para: int
    start: date
    end: date
    granularity: str


# Fields that make a calendar expression absolute: its value cannot depend on the tense around it.
_ABSOLUTE_FIELDS = ("year", "yearw", "y2000", "n1", "monthnum", "era", "decade")
_ABSOLUTE_KEYS = frozenset(_ABSOLUTE_FIELDS)


def tense_free(t: Tagged) -> bool:
    """Whether the expression's value cannot depend on tense or a cue word (a full date, a length of
    time), so that they need not be looked for: its tense is "none"."""
    if t.kind in ("duration", "set", "ref"):
        return True
    if t.kind != "calendar" or _ABSOLUTE_KEYS.isdisjoint(t.fields):  # the usual case: none of the fields
        return False
    f = t.fields
    for k in _ABSOLUTE_KEYS.intersection(f):
        if f[k] is not None:
            return True
    return False


def shift_only(t: Tagged) -> bool:
    """Whether the expression is a shift from a known point ("yesterday", "three days later", "the
    following week") whose value does not read the tense or a cue word either, though its tense is
    recorded unless the caller wants values only (``tenses=False``)."""
    if t.kind in ("anaphoric", "offset"):
        # but "on the 15th" with no month before it reads the tense (last month's or this month's)
        return not ("day" in t.fields and "month" not in t.fields)
    if t.kind == "clock":
        return False  # the tense places midnight and a clock time with no day in its paragraph
    # a season may read the tense, and "overnight" does (the night before, or the coming one)
    return t.kind == "deictic" and "season" not in t.fields and "ahead_shift" not in t.fields


def told_clock(f: dict[str, Any]) -> tuple[int, int]:
    """(hour, minute) of the ``clock`` field, in the afternoon when a "p" ``mer`` field says so and the time did not:
    "one forty-seven this afternoon" is 13:47, "ten-twenty this morning" 10:20; "n", a night's, is the evening's from
    six to eleven and the small hours' from twelve to five (see :func:`in_small_hours`)."""
    hh, mm = f["clock"]
    mer = str(f.get("mer") or "").lower()
    if mer == "n":  # a night's: "11 last night" is 23:00, "2:30 last night" and "12:30 last night" its small hours
        return (hh + 12 if 6 <= hh <= 11 else hh % 12 if hh <= 12 else hh), mm
    if mer and 1 <= hh <= 12:
        hh = hh % 12 + (12 if mer == "p" else 0)
    return hh, mm


def in_small_hours(f: dict[str, Any]) -> bool:
    """Is the ``clock`` field, told of a night (``mer`` "n"), in its small hours, on the day after the night's ("at
    2:30 last night", "at 12:30 last night"; midnight too, which ended the night's day)?"""
    return str(f.get("mer") or "").lower() == "n" and "clock" in f and (f["clock"][0] == 12 or f["clock"][0] < 6)
