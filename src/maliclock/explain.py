"""``extract --explain``: why each expression got its value.

For a resolved expression it names the rule (and the rule's example), the
anchor and its kind, the tense cue that decided the direction (only where
the resolver consults tense: a weekday, month or holiday without a year,
placed from the publication date) and the arithmetic, stated from the
anchor to the value, e.g. ``publication date 2012-03-26 (Monday), past tense
cue 'staged' → previous Wednesday, 5 days before = 2012-03-21``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from .resolve import CLOCK_ON_STORY_DAY, Resolved
from .rules.patterns import RULES, Rule
from .timex import TimexValue

_ANCHOR_NAMES = {"publication": "publication date", "previous": "last mentioned date", "event": "date of the event",
                 "said": "day it was said", "section": "day of the live blog's section"}
_UNIT_NAMES = {"Y": "year", "M": "month", "W": "week", "D": "day", "TH": "hour", "TM": "minute", "TS": "second",
               "DE": "decade", "CE": "century", "Q": "quarter", "H": "half", "WE": "weekend", "2W": "fortnight",
               "L": "millennium"}


@dataclass(slots=True)
class Explanation:
    """How one expression was resolved, as plain facts and one sentence of arithmetic."""

    rule: str
    example: str
    kind: str
    anchor: str | None
    anchor_kind: str
    tense: str | None  # only where tense decided the value
    cue: str | None
    arithmetic: str

    def as_dict(self) -> dict[str, Any]:
        """The explanation as a JSON-ready mapping, in a fixed key order."""
        return {"rule": self.rule, "example": self.example, "kind": self.kind, "anchor": self.anchor,
                "anchor_kind": self.anchor_kind, "tense": self.tense, "cue": self.cue,
                "arithmetic": self.arithmetic}


@lru_cache(maxsize=1)
def _rules() -> dict[str, Rule]:
    return {r.name: r for r in RULES}


def _start(value: str | None) -> tuple[date, str] | None:
    """First day and granularity of a specified calendar value."""
    if not value:
        return None
    try:
        tv = TimexValue.parse(value)
    except ValueError:
        return None
    iv = tv.interval()
    return (iv[0], tv.granularity) if iv else None


def _index(d: date, gran: str) -> int | None:
    """Position of the ``gran`` unit containing ``d`` on a running count of such units."""
    if gran in ("day", "partofday", "time"):
        return d.toordinal()
    if gran == "week":
        return (d.toordinal() - d.weekday()) // 7
    months = d.year * 12 + d.month - 1
    return {"month": months, "quarter": months // 3, "half": months // 6, "season": (months - 2) // 3,
            "year": d.year, "decade": d.year // 10, "century": d.year // 100}.get(gran)


def _steps(n: int, unit: str) -> str:
    if n == 0:
        return f"same {unit}"
    if abs(n) == 1:
        return f"{'previous' if n < 0 else 'next'} {unit}"
    return f"{abs(n)} {unit}s {'before' if n < 0 else 'after'}"


def _days(n: int) -> str:
    if n == 0:
        return "the same day"
    return f"{abs(n)} day{'s' if abs(n) != 1 else ''} {'before' if n < 0 else 'after'}"


def _uses_tense(kind: str, r: Resolved) -> bool:
    f = r.fields
    if kind == "clock":  # a past clock time with no day in its paragraph: on the day the story last named
        return r.why == CLOCK_ON_STORY_DAY
    if kind in ("anaphoric", "offset") and not r.resolved and r.tense == "past":
        return True  # a shift that would fall after publication in a past-tense clause: left unknown
    if kind == "anaphoric" and r.anchor_kind == "publication" and "day" in f and "month" not in f:
        return True  # "on the 15th" with no month before it: this month's, or the last or next
    return (kind == "calendar" and r.anchor_kind == "publication" and f.get("year") is None
            and any(k in f for k in ("weekday", "month", "holiday", "season", "feast", "nthday")))


def _step(anchor: tuple[date, str], value: str, f: dict[str, Any], placed: bool) -> str | None:
    """The move from the anchor to the value ("previous Wednesday, 5 days before")."""
    got = _start(value)
    if got is None:
        return None
    vd, gran = got
    a, b = _index(anchor[0], gran), _index(vd, gran)
    if a is None or b is None:
        return None
    n = b - a
    if gran in ("day", "partofday", "time"):
        move = _days(n)
        if "weekday" in f and "month" not in f:
            wd = calendar.day_name[vd.weekday()]
            move = f"{'previous' if n < 0 else 'next' if n > 0 else 'this'} {wd}, {move}"
        elif placed:
            move = f"{calendar.month_name[vd.month]} {vd.day} placed in {vd.year}, {move}"
        if gran == "time":
            move += f", at {value.split('T', 1)[1]}"
        elif gran == "partofday":
            move += f", part of day {value.split('T', 1)[1]}"
        return move
    move = _steps(n, gran)
    if placed and gran == "month":
        move = f"{calendar.month_name[vd.month]} placed in {vd.year}, {move}"
    return move


def _no_anchor(r: Resolved) -> str:
    f = r.fields
    if r.type == "DURATION" and f.get("unit") in _UNIT_NAMES and r.resolved:
        num = f.get("num", 1)
        unit = _UNIT_NAMES[f["unit"]]
        amount = "an unspecified number of" if num == "X" else f"{num:g}" if isinstance(num, (int, float)) else str(num)
        plural = "" if num == 1 and not f.get("half") else "s"
        half = " and a half" if f.get("half") else ""
        return f"{amount}{half} {unit}{plural} as a length of time"
    return r.why or "value built from the expression"


def explain(r: Resolved) -> Explanation:
    """The explanation of one resolved expression."""
    rule = _rules().get(r.rule)
    kind = rule.kind if rule else ""
    uses_tense = _uses_tense(kind, r)
    anchor = _start(r.anchor)
    lead: list[str] = []
    if r.anchor:
        name = _ANCHOR_NAMES.get(r.anchor_kind, r.anchor_kind)
        day = f" ({calendar.day_name[anchor[0].weekday()]})" if anchor and anchor[1] == "day" else ""
        lead.append(f"{name} {r.anchor}{day}")
    if uses_tense:
        lead.append(f"{r.tense} tense cue '{r.cue}'" if r.cue else "no tense cue")
    step = _step(anchor, r.value, r.fields, uses_tense and kind != "clock") if anchor and r.resolved else None
    op = step or (_no_anchor(r) if not r.anchor else r.why)
    arithmetic = f"{', '.join(lead)} → {op} = {r.value}" if lead else f"{op} = {r.value}"
    return Explanation(r.rule, rule.example if rule else "", kind, r.anchor, r.anchor_kind,
                       r.tense if uses_tense else None, r.cue if uses_tense else None, arithmetic)
