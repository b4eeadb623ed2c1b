"""Clues to an article's publication day from its own temporal expressions.

Every clue is a plausibility over candidate days ``(ordinal, year, month, day, isoweekday)``:
a past-tense date puts publication on or after it, most likely soon after; a future-tense
one before it; a weekday in a past clause puts publication within the six days after such a
weekday; "next month" next to a named month fixes the month of publication; "Twenty-four
hours on" after a dated happening fixes the day. How plausible each gap is lives in
``rules/pubdate.py``.
"""

from __future__ import annotations

import bisect
import re
from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache, partial
from typing import Any, Callable

from .. import regex_cache
from ..calendars import country_holiday, days_on_weekday
from ..cues import local_cue, sentence_tense
from ..normalize import easter, nth_weekday
from ..rules import pubdate as P
from ..rules import statements as S
from ..rules import tense as T
from ..rules.vocabulary import COUNTRY_HOLIDAYS, ORDINALS as V_ORD
from ..segment import Segmented
from ..tag import Tagged
from .model import Clue, Evidence, Mention

Day = tuple[int, int, int, int, int]  # ordinal, year, month, day, ISO weekday
_PHOTO_TAKEN = regex_cache.compile(P.PHOTO_TAKEN, re.IGNORECASE)
_FILE_PHOTO = regex_cache.compile(P.FILE_PHOTO, re.IGNORECASE)
_DISTANT = regex_cache.compile(P.DISTANT_PAST, re.IGNORECASE)
_MADE = regex_cache.compile(P.MADE_BEFORE, re.IGNORECASE)
_REMEMBERED = regex_cache.compile(P.REMEMBERED_BEFORE + "|" + P.RECALLED_BEFORE, re.IGNORECASE)
_LAST_TIME = regex_cache.compile(P.LAST_TIME_BEFORE, re.IGNORECASE)
_LAST_SUCH = regex_cache.compile(P.LAST_SUCH_BEFORE, re.IGNORECASE)
_AHEAD = regex_cache.compile(P.AHEAD_BEFORE, re.IGNORECASE)
_SHELF_LIFE = regex_cache.compile(P.SHELF_LIFE_BEFORE, re.IGNORECASE)
_RESCHEDULED = regex_cache.compile(P.RESCHEDULED_DATE_BEFORE, re.IGNORECASE)
_BEHIND = regex_cache.compile(P.BEHIND_BEFORE, re.IGNORECASE)
_SINCE = regex_cache.compile(P.SINCE_BEFORE, re.IGNORECASE)
_RECORD_SINCE = regex_cache.compile(S.RECORD_SINCE_BEFORE, re.IGNORECASE)
_RECORD_SINCE_CLAUSE = regex_cache.compile(P.RECORD_SINCE_CLAUSE_BEFORE.replace("{SUPERLATIVES}", "|".join(sorted(S.SUPERLATIVES))),
                                  re.IGNORECASE)


def _since_words(since: bool, record: bool) -> str:
    """What a "since" before a date says of its distance from publication."""
    if record:
        return "; a record's starting point, most likely years before"
    return "; a starting point, which may lie long before" if since else ""
_PERIOD_END = regex_cache.compile(P.PERIOD_END_BEFORE, re.IGNORECASE)
_ELAPSED = regex_cache.compile(P.ELAPSED_AFTER, re.IGNORECASE)
_POSSESSIVE = regex_cache.compile(P.POSSESSIVE_AFTER)
_ZONES = frozenset({"body", "heading", "caption", "dateline"})


def band(bands: P.Bands, gap: int) -> float:
    """Plausibility of a gap: geometric interpolation between the (gap, plausibility) knots."""
    t = table(bands)
    return t[gap] if gap < len(t) else t[-1]


@lru_cache(maxsize=None)
def table(bands: P.Bands) -> tuple[float, ...]:
    """The plausibility of every gap from 0 to the last knot, computed once."""
    out = []
    for gap in range(bands[-1][0] + 1):
        if gap <= bands[0][0]:
            out.append(bands[0][1])
            continue
        for (g0, p0), (g1, p1) in zip(bands, bands[1:]):
            if gap <= g1:
                out.append(p0 * (p1 / p0) ** ((gap - g0) / (g1 - g0)))
                break
    return tuple(out)


def _safe_date(y: int, m: int, d: int) -> date:
    return date(y, m, min(d, monthrange(y, m)[1]))


# ---- plausibility functions ---------------------------------------------------------------------

def interval_plaus(x0: date, x1: date, unit: str, relation: str, min_gap: int = 0,
                   deadline: bool = False, past_gap: P.Bands | None = None) -> Callable[[Day], float]:
    """Publication relative to the interval [x0, x1] of granularity ``unit`` (day, month, year).

    ``relation`` past: publication on or after it (gap counted from its end); future: on or
    before it (gap to its start); around: either. A ``deadline`` ("due Nov. 1, 2004") may lie
    decades ahead: its future gaps are ``AHEAD_GAP``'s. ``past_gap`` replaces ``PAST_GAP[unit]``.
    """
    o0, o1 = x0.toordinal(), x1.toordinal()
    m0, m1 = x0.year * 12 + x0.month, x1.year * 12 + x1.month
    past_t = table(past_gap or P.PAST_GAP[unit])
    fut_t = past_t if relation == "around" else table((P.AHEAD_GAP if deadline else P.FUTURE_GAP)[unit])
    lp, lf = len(past_t) - 1, len(fut_t) - 1
    day, month = unit == "day", unit == "month"

    def f(d: Day) -> float:
        best = 0.0
        o = d[0]
        if relation != "future" and o >= o0:
            g = 0 if o <= o1 else (o - o1) if day else (d[1] * 12 + d[2] - m1) if month else (d[1] - x1.year)
            if g >= min_gap:
                best = past_t[min(g, lp)]
        if relation != "past" and o <= o1:
            g = 0 if o >= o0 else (o0 - o) if day else (m0 - d[1] * 12 - d[2]) if month else (x0.year - d[1])
            v = fut_t[min(g, lf)]
            if v > best:
                best = v
        return best

    return f


def month_day_plaus(month: int, day: int, relation: str, weekday: int | None = None,
                    min_gap: int = 0, past_gap: P.Bands | None = None) -> Callable[[Day], float]:
    """A day named without a year: the nearest such day before (past) or after (future) publication
    (``past_gap`` replaces ``PAST_GAP["day"]``)."""
    past_t = table(past_gap or P.PAST_GAP["day"])
    fut_t = table(P.FUTURE_GAP["day"]) if relation == "future" else past_t
    lp, lf = len(past_t) - 1, len(fut_t) - 1
    cache: dict[int, int | None] = {}

    def ref(y: int) -> int | None:  # the day in year y, or None if it is not on that weekday
        if y not in cache:
            x = _safe_date(y, month, day)
            cache[y] = x.toordinal() if weekday is None or x.isoweekday() == weekday else None
        return cache[y]

    def f(d: Day) -> float:
        best = 0.0
        if relation != "future":
            x = ref(d[1] if (d[2], d[3]) >= (month, day) else d[1] - 1)
            if x is not None and d[0] - x >= min_gap:
                best = past_t[min(d[0] - x, lp)]
        if relation != "past":
            x = ref(d[1] if (d[2], d[3]) <= (month, day) else d[1] + 1)
            if x is not None:
                v = fut_t[min(x - d[0], lf)]
                if v > best:
                    best = v
        return best

    return f


def _feast_day(offset: int, year: int) -> int:
    """The ordinal of the feast ``offset`` days from Easter Sunday in ``year``."""
    return (easter(year) + timedelta(days=offset)).toordinal()


def _nth_weekday_day(rule: tuple[int, int, int, int], year: int) -> int:
    """The ordinal of the holiday on the n-th weekday of a month (``rule``: month, weekday, n, days after) in ``year``."""
    return nth_weekday(year, *rule).toordinal()


def yearly_day_plaus(day_in: Callable[[int], int], relation: str, min_gap: int = 0,
                     past_gap: P.Bands | None = None) -> Callable[[Day], float]:
    """A holiday named without a year whose day moves from year to year (``day_in(year)``: its ordinal; "Ascension
    Day", "Thanksgiving"): the nearest one before (past) or after (future) publication, as :func:`month_day_plaus`."""
    past_t = table(past_gap or P.PAST_GAP["day"])
    fut_t = table(P.FUTURE_GAP["day"]) if relation == "future" else past_t
    lp, lf = len(past_t) - 1, len(fut_t) - 1
    cache: dict[int, int] = {}

    def ref(y: int) -> int:
        if y not in cache:
            cache[y] = day_in(y)
        return cache[y]

    def f(d: Day) -> float:
        best = 0.0
        if relation != "future":
            x = ref(d[1])
            if x > d[0]:
                x = ref(d[1] - 1)
            if d[0] - x >= min_gap:
                best = past_t[min(d[0] - x, lp)]
        if relation != "past":
            x = ref(d[1])
            if x < d[0]:
                x = ref(d[1] + 1)
            v = fut_t[min(x - d[0], lf)]
            if v > best:
                best = v
        return best

    return f


def month_plaus(month: int, relation: str, min_gap: int = 0) -> Callable[[Day], float]:
    """A month named without a year: the nearest such month before or after publication."""

    def f(d: Day) -> float:
        best = 0.0
        if relation != "future":
            g = (d[2] - month) % 12
            if g >= min_gap:
                best = band(P.PAST_GAP["month"], g)
        if relation != "past":
            g = (month - d[2]) % 12
            if g >= min_gap:
                best = max(best, band(P.FUTURE_GAP["month"] if relation == "future" else P.PAST_GAP["month"], g))
        return best

    return f


def span_plaus(first_month: int, months: int, relation: str) -> Callable[[Day], float]:
    """A stretch of months named without a year (a quarter, a half): publication relative to
    the nearest such stretch, counted in months after its end (past) or before its start
    (future); ``SPAN_PAST``/``SPAN_FUTURE`` give each gap, 0 being inside the stretch."""
    past_t, fut_t = table(P.SPAN_PAST), table(P.SPAN_FUTURE)

    def f(d: Day) -> float:
        pos = (d[2] - first_month) % 12
        if pos < months:
            g_past = g_fut = 0
        else:
            g_past, g_fut = pos - months + 1, 12 - pos
        best = 0.0
        if relation != "future":
            best = past_t[min(g_past, len(past_t) - 1)]
        if relation != "past":
            best = max(best, fut_t[min(g_fut, len(fut_t) - 1)])
        return best

    return f


def weekday_day_plaus(weekday: int, day: int, relation: str, min_gap: int = 0) -> Callable[[Day], float]:
    """A weekday and a day of the month without the month ("Monday 13th"): the nearest such day, of the months around
    publication, before (past) or after (future) it, at the gaps of ``PAST_GAP``/``FUTURE_GAP``."""
    past_t = table(P.PAST_GAP["day"])
    fut_t = table(P.FUTURE_GAP["day"]) if relation == "future" else past_t
    lp, lf = len(past_t) - 1, len(fut_t) - 1

    def f(d: Day) -> float:
        best = 0.0
        for x in days_on_weekday(weekday, day, d[1], d[2]):
            gap = d[0] - x.toordinal()
            if relation != "future" and gap >= min_gap:
                best = max(best, past_t[min(gap, lp)])
            if relation != "past" and gap <= 0:
                best = max(best, fut_t[min(-gap, lf)])
        return best

    return f


def weekday_plaus(weekday: int, table: tuple[float, ...], future: bool) -> Callable[[Day], float]:
    """Publication relative to the nearest such weekday; ``table`` gives each gap 0-6 days."""
    if future:
        return lambda d: table[(weekday - d[4]) % 7]
    return lambda d: table[(d[4] - weekday) % 7]


def elapsed_plaus(ref: tuple[Any, ...], days: int) -> Callable[[Day], float] | None:
    """Publication ``days`` after a referent: a weekday, a full date or a day without a year."""
    if ref[0] == "weekday":
        w = (ref[1] + days - 1) % 7 + 1
        return lambda d: 1.0 if d[4] == w else 0.0
    if ref[0] == "date":
        o = ref[1].toordinal() + days
        return lambda d: 1.0 if d[0] == o else 0.5 if abs(d[0] - o) == 1 else 0.0
    if ref[0] == "month-day":
        month, day = ref[1], ref[2]

        def f(d: Day) -> float:
            x = date.fromordinal(d[0] - days)
            return 1.0 if (x.month, x.day) == (month, day) else 0.0

        return f
    return None


def link_plaus(year: int | None, month: int | None) -> Callable[[Day], float]:
    """Publication in a given month (of a given year) or year."""
    if month is None:
        return lambda d: 1.0 if d[1] == year else 0.0
    return lambda d: 1.0 if d[2] == month and (year is None or d[1] == year) else 0.0


# ---- reading the expressions ---------------------------------------------------------------------

def _relation(tense: str) -> str:
    return {"past": "past", "future": "future"}.get(tense, "around")


class _Builder:
    def __init__(self, seg: Segmented, date_order: str) -> None:
        self.seg = seg
        self.text = seg.text
        self.date_order = date_order
        self.starts = [s.start for s in seg.sentences]
        self.clues: list[Clue] = []
        self.mentions: list[Mention] = []
        # month/year units to link to a named month or year: (expression, sentence, tense, shift, same
        # sentence only)
        self.links: list[tuple[Tagged, int, str, int, bool]] = []
        self.named: list[tuple[str, int, int | None, int, str, Tagged]] = []  # unit, value, year, sentence, tense, t

    def sentence_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.seg.sentences[i].start <= pos < self.seg.sentences[i].end:
            return i
        return -1

    def evidence(self, t: Tagged, reason: str, si: int) -> Evidence:
        s = self.seg.sentences[si] if si >= 0 else None
        sent = re.sub(r"\s+", " ", self.text[s.start:s.end]).strip() if s else None
        return Evidence(reason, t.text, t.start, t.end, sent)

    def add(self, t: Tagged, si: int, kind: str, reason: str, plaus: Callable[[Day], float],
            years: tuple[int, ...] = (), peaks: tuple[int, ...] = (), grain: str = "day") -> None:
        self.clues.append(Clue(self.evidence(t, reason, si), P.RELIABILITY[kind], plaus, years, peaks, grain))


def _full_date(f: dict[str, Any], date_order: str) -> date | None:
    try:
        if "n1" in f:
            a, b, c = int(f["n1"]), int(f["n2"]), int(f["n3"])
            if len(str(f["n3"])) == 2:
                c += 1900 if c >= 50 else 2000
            mo, dd = (a, b) if date_order == "MDY" else (b, a)
            if mo > 12 and dd <= 12:
                mo, dd = dd, mo
            return date(c, mo, dd)
        if "monthnum" in f:
            return date(int(f["year"]), int(f["monthnum"]), int(f["daynum"]))
        if "holiday" in f and isinstance(f.get("year"), int):
            return date(f["year"], *f["holiday"])
        if isinstance(f.get("year"), int) and f.get("month") and f.get("day"):
            return date(f["year"], f["month"], f["day"])
    except (ValueError, TypeError):
        return None
    return None


_REL_WORDS = {"past": "before publication", "future": "after publication", "around": "near publication"}
_REPORTED = "the end of a reported period, weeks before publication"


_PAIR_GAP = regex_cache.compile(P.WEEKDAY_DATE_BETWEEN, re.IGNORECASE)


def _is_weekday(t: Tagged) -> bool:
    f = t.fields
    return t.type == "DATE" and t.kind == "calendar" and bool(f.get("weekday")) and not f.get("month")


def _is_yearless_day(t: Tagged) -> bool:
    f = t.fields
    return t.type == "DATE" and t.kind == "calendar" and bool(f.get("month")) and bool(f.get("day")) \
        and not isinstance(f.get("year"), int) and not f.get("weekday") and not f.get("week")


def pair_weekdays(text: str, tagged: list[Tagged]) -> list[Tagged]:
    """A weekday written next to a day without a year ("Friday, Oct. 13", "Oct. 13 (Friday)")
    names one day: the two become one expression that carries both (only some years have that
    day on that weekday)."""
    out: list[Tagged] = []
    i = 0
    while i < len(tagged):
        t = tagged[i]
        u = tagged[i + 1] if i + 1 < len(tagged) else None
        if u is not None and t.end <= u.start and _PAIR_GAP.fullmatch(text, t.end, u.start):
            w, d = (t, u) if _is_weekday(t) and _is_yearless_day(u) else \
                (u, t) if _is_weekday(u) and _is_yearless_day(t) else (None, None)
            if w is not None and d is not None:
                out.append(Tagged(t.start, u.end, text[t.start:u.end], d.rule, d.type, d.kind,
                                  {**d.fields, "weekday": w.fields["weekday"]}))
                i += 2
                continue
        out.append(t)
        i += 1
    return out


def build_clues(seg: Segmented, tagged: list[Tagged], date_order: str = "MDY") -> tuple[list[Clue], list[Mention]]:
    """Clues and publication-relative mentions from an article's tagged expressions."""
    b = _Builder(seg, date_order)
    tagged = pair_weekdays(seg.text, tagged)
    zone_of = {s.start: s.zone for s in seg.sentences}
    last_ref: tuple[Any, ...] | None = None
    prev: tuple[Tagged, tuple[Any, ...] | None] | None = None  # the expression before, and the day it names
    for t in tagged:
        si = b.sentence_of(t.start)
        if si < 0:
            continue
        sent = seg.sentences[si]
        zone = zone_of.get(sent.start, "body")
        if zone not in _ZONES:
            continue
        tense = sentence_tense(b.text, sent.start, sent.end, t.start, t.end)
        f = t.fields
        if t.type == "DURATION":
            _elapsed(b, t, si, tense, last_ref)
            prev = None
            continue
        if t.type not in ("DATE", "TIME"):
            prev = None
            continue
        ref = _one(b, t, si, zone, tense, f)
        if prev is not None and _AGO_APPOSED.fullmatch(b.text, prev[0].end, t.start):
            if ref is not None and _is_ago(prev[0]):
                _ago_apposed(b, prev[0], si, ref)  # "a week ago, on May 20"
            elif prev[1] is not None and _is_ago(t):
                _ago_apposed(b, t, si, prev[1])  # "on May 20, a week ago"
            elif ref is not None and _is_deictic_day(prev[0]):
                _day_apposed(b, prev[0], si, ref)  # "which starts today, Monday"
        prev = (t, ref)
        if ref is not None:
            last_ref = ref
    _link_units(b)
    _anniversaries(b)
    return _latest_told(_once(b.clues)), b.mentions


PAST_DAY = "past-day"  # a full date in a past clause (``Clue.kind``)
PAST_SPAN = "past-span"  # a month or year, with its year, in a past clause
PAST_MONTH_DAY = "past-month-day"  # a day without a year in a past clause


def _latest_told(clues: list[Clue]) -> list[Clue]:
    """Of full dates in past clauses that lie within ``PAST_DAY_CLUSTER_DAYS`` of a later one, only the latest says
    when the article was written: a crash "on November 15, 2024", its recorders found "on November 17" and a report
    "on December 12" tell one story's time, not three independent clues. The earlier ones stay as evidence, with no
    weight. One that lies farther before a later day, or before a later month or year told in the past, is history
    the article looks back on: publication came after it, however long after (an obituary's "on March 7, 1965" under
    its "died 8 February 2026"; ``PAST_SPAN``), and it no longer pulls publication back to its own time."""
    days = sorted({c.peaks[0] for c in clues if c.kind == PAST_DAY and c.peaks})
    latest_span = max((c.peaks[0] for c in clues if c.kind == PAST_SPAN and c.peaks), default=None)
    for c in clues:
        if c.kind == PAST_DAY and c.peaks:
            o = c.peaks[0]
            later = bisect.bisect_right(days, o)
            if later < len(days) and days[later] - o <= P.PAST_DAY_CLUSTER_DAYS:
                c.reliability = 0.0
                c.evidence.reason += f"; told with a later date ({date.fromordinal(days[later]).isoformat()})"
            elif later < len(days) or (latest_span is not None and latest_span > o + P.PAST_DAY_CLUSTER_DAYS):
                c.plaus = _on_or_after(o)
                c.peaks = ()
                c.evidence.reason += "; history: told with later dates, publication came after it"
    _latest_told_yearless(clues)
    return clues


def _latest_told_yearless(clues: list[Clue]) -> None:
    """Days without a year in past clauses, as :func:`_latest_told` does full dates: one within
    ``PAST_DAY_CLUSTER_DAYS`` before a later one ("March 13" and "March 25" under "March 28")
    tells the same story's time and keeps no weight; only the latest says how long before publication the article
    was written. Their order is the calendar's, across a new year too ("December 28" before "January 5")."""
    told = [c for c in clues if c.kind == PAST_MONTH_DAY and c.yearly is not None]
    if len(told) < 2:
        return
    year = 2001  # a year without 29 February: only the days' order and distances count
    doy = {c.yearly: _day_of_year(year, *c.yearly) for c in told}
    for c in told:
        o = doy[c.yearly]
        later = [(d - o) % 365 for d in doy.values() if 0 < (d - o) % 365 <= P.PAST_DAY_CLUSTER_DAYS]
        if later:
            first = min(later)
            c.reliability = 0.0
            c.evidence.reason += f"; told with a later day ({first} days on)"


def _day_of_year(year: int, month: int, day: int) -> int:
    """The day of ``year``, a day past the month's end counted as its last ("April 31" as 30 April, "February 29" in a
    common year as the 28th)."""
    return date(year, month, min(day, monthrange(year, month)[1])).timetuple().tm_yday


def _before(o: int) -> Callable[[Day], float]:
    """Publication before the day of ordinal ``o``, however long before."""
    return lambda d: 1.0 if d[0] < o else 0.0


def _on_or_after(o: int) -> Callable[[Day], float]:
    """Publication on or after the day of ordinal ``o``, however long after."""
    return lambda d: 1.0 if d[0] >= o else 0.0


def _once(clues: list[Clue]) -> list[Clue]:
    """Each clue once: an article repeating "the third quarter" says no more than saying it once."""
    seen: set[str] = set()
    out = []
    for c in clues:
        if c.evidence.reason not in seen:
            seen.add(c.evidence.reason)
            out.append(c)
    return out


_UNTIL_BEFORE = regex_cache.compile(r"\b(?:until|till)\s+(?:the\s+)?$", re.IGNORECASE)
_YEAR_ONLY_FIELDS = frozenset(("year", "mod"))  # the fields of a year alone ("2029", "early 2029")
_WORDS = regex_cache.compile(r"[A-Za-z]+")


def _one(b: _Builder, t: Tagged, si: int, zone: str, tense: str, f: dict[str, Any]) -> tuple[Any, ...] | None:
    """Clues and mentions of one DATE/TIME expression; returns what it refers to, if a day."""
    sent = b.seg.sentences[si]
    if _SHELF_LIFE.search(b.text, max(sent.start, t.start - 70), t.start):
        return None  # "use by" dates of Aug. 2, 2029": a product's shelf life, no clue to publication
    before = b.text[max(sent.start, t.start - 30):t.start]
    deadline = bool(_AHEAD.search(before))
    if deadline and _UNTIL_BEFORE.search(before) and any(
            w.lower() in T.PAST_UNTIL_LEADS for w in _WORDS.findall(b.text, max(sent.start, t.start - 60), t.start)[-8:]):
        deadline = False  # "where he served as bishop for eight years until 2023": the end of a stretch gone by
    reported = not deadline and _PERIOD_END.search(before) is not None  # "the quarter ended Sept. 30"
    gap = P.REPORTED_GAP if reported else None
    since = not deadline and not reported and _SINCE.search(before) is not None
    record = since and _RECORD_SINCE.search(b.text, max(sent.start, t.start - 60), t.start) is not None
    if not (deadline or reported or since) and (
            _RECORD_SINCE_CLAUSE.search(b.text, max(sent.start, t.start - 120), t.start)
            or _LAST_TIME.search(b.text, max(sent.start, t.start - 50), t.start)
            or _LAST_SUCH.search(b.text, max(sent.start, t.start - 140), t.start)):
        # "the strongest since Typhoon Haiyan killed more than 6,300 people in November 2013", "last used in March 2020"
        since = record = True
    since_gap = P.RECORD_GAP if record else P.SINCE_GAP
    full = _full_date(f, b.date_order) if t.kind == "calendar" else None
    if full is not None and _RESCHEDULED.search(b.text, max(sent.start, t.start - 110), t.start) is not None:
        # "pushed back the compliance date to Oct. 1, 2027, from Jan. 1, 2027": publication before both, however long
        b.add(t, si, "date", f"{full.isoformat()} (put off or brought forward: publication before it, however long "
                             f"before)", _before(full.toordinal()))
        return None
    year_only = f.get("year") if t.kind == "calendar" and set(f) <= _YEAR_ONLY_FIELDS else None
    if isinstance(year_only, int) and _RESCHEDULED.search(b.text, max(sent.start, t.start - 110), t.start):
        # "pushed back the opening of its new plant to 2029 from 2028": publication before the end of both
        b.add(t, si, "year", f"{year_only} (put off or brought forward: publication before its end, however long "
                             f"before)", _before(date(year_only, 12, 31).toordinal() + 1), (year_only,))
        return None
    made = year_only if isinstance(year_only, int) else full.year if full is not None else None
    if made is not None and not deadline and _MADE.search(before):
        # "the Granada Theater, built in 1923": publication on or after it, however long after (no year to search)
        first = full or date(made, 1, 1)
        b.add(t, si, "date" if full is not None else "year",
              f"{(full.isoformat() if full is not None else made)} (a making or a birth: publication on or after it, "
              f"however long after)", _on_or_after(first.toordinal()))
        return None
    if full is not None and not deadline and _REMEMBERED.search(b.text, max(sent.start, t.start - 60), t.start):
        # "commemorate the victims of 9 April 1989": publication after it, however long after (and no year to search
        # around: the article is not of that time; a year remembered is left to the anniversary's clue)
        b.add(t, si, "date", f"{full.isoformat()} (remembered: publication after it, however long after)",
              _on_or_after(full.toordinal() + 1))
        return None
    if deadline:
        tense = "future"
    elif _BEHIND.search(before):
        tense = "past"
    else:  # a word right before the date outweighs the clause ("declared a dividend payable Dec. 1")
        cue = local_cue(b.text, sent.start, t.start)[0]
        if cue is not None:
            tense = cue if cue == "future" else tense
    rel = _relation(tense)
    min_gap = 1 if rel == "past" and _DISTANT.search(before) else 0
    kind = "date" if rel != "around" else "date-untensed"
    if zone == "caption":
        line = b.text[sent.start:sent.end]
        if _FILE_PHOTO.search(line):
            return None
        rel, kind = "past", "caption"
    if t.kind == "calendar" and not any(k in f for k in ("era", "decade", "dec2", "dec3", "decword")) \
            and t.rule != "date_century":
        full = _full_date(f, b.date_order)
        if full is not None:
            o = full.toordinal()
            what = "photo taken" if kind == "caption" else "a deadline, " + _REL_WORDS[rel] if deadline \
                else _REPORTED if reported and rel == "past" else _REL_WORDS[rel]
            peaks = (o + P.REPORTED_PEAK_DAYS[0], o + P.REPORTED_PEAK_DAYS[1]) if reported and rel == "past" else \
                (o, o + 1) if rel == "past" else (o - 1, o) if rel == "future" else (o,)
            b.add(t, si, kind, f"{full.isoformat()} ({what}{_since_words(since, record)})",
                  interval_plaus(full, full, "day", rel, min_gap, deadline, since_gap["day"] if since else gap),
                  (full.year,), peaks)
            if kind == "date" and rel == "past" and not (since or reported or min_gap):
                b.clues[-1].kind = PAST_DAY
            b.named.append(("M", full.month, full.year, si, tense, t))
            b.named.append(("Y", full.year, full.year, si, tense, t))
            return ("date", full)
        month, day, year = f.get("month"), f.get("day"), f.get("year", f.get("yearw"))  # ("nineteen ninety-six")
        if "holiday" in f and not isinstance(year, int):
            month, day = f["holiday"]
            name = next((k for k in COUNTRY_HOLIDAYS if t.text.lower().endswith(k)), None)
            if name is not None:  # "Mali marks Independence Day": the day of the country it names
                month, day = country_holiday(name, b.text, sent.start, sent.end, t.start)[0]
        if ("feast" in f or "nthday" in f) and not isinstance(year, int):
            # a holiday whose day moves: "the Ascension Day holiday", "Thanksgiving"
            day_in = partial(_feast_day, int(f["feast"])) if "feast" in f else partial(_nth_weekday_day, f["nthday"])
            b.add(t, si, "month-day", f'"{t.text}" without a year ({_REL_WORDS[rel]})',
                  yearly_day_plaus(day_in, rel, min_gap, gap))
            return None
        weekday = f.get("weekday")
        if month and day and not isinstance(year, int) and not f.get("week"):
            if weekday:
                b.add(t, si, "weekday-date", f"{month:02d}-{day:02d} falls on that weekday only in some years "
                      f"({_REL_WORDS[rel]})", month_day_plaus(month, day, rel, weekday, min_gap))
            else:
                what = _REPORTED if reported and rel == "past" else _REL_WORDS[rel]
                b.add(t, si, "month-day" if kind != "caption" else kind,
                      f"{month:02d}-{day:02d} without a year ({what})",
                      month_day_plaus(month, day, rel, None, min_gap, gap))
                if kind == "date" and rel == "past" and not (since or reported or min_gap):
                    b.clues[-1].kind, b.clues[-1].yearly = PAST_MONTH_DAY, (month, day)
            b.mentions.append(_mention(b, "month-day", (month, day), tense, t, si))
            b.named.append(("M", month, None, si, tense, t))
            return ("month-day", month, day)
        if month and not day:
            if isinstance(year, int):
                x0 = date(year, month, 1)
                x1 = _safe_date(year, month, 31)
                b.add(t, si, "month", f"{year:04d}-{month:02d} ({_REL_WORDS[rel]}{_since_words(since, record)})",
                      interval_plaus(x0, x1, "month", rel, min_gap, deadline, since_gap["month"] if since else None),
                      (year,), (x0.toordinal(), x1.toordinal()), "month")
                if kind == "date" and rel == "past" and not (since or min_gap):
                    b.clues[-1].kind = PAST_SPAN
                b.named.append(("M", month, year, si, tense, t))
            else:
                b.add(t, si, "month-yearless", f"month {month:02d} without a year ({_REL_WORDS[rel]})",
                      month_plaus(month, rel, min_gap), grain="month")
                b.named.append(("M", month, None, si, tense, t))
                b.mentions.append(_mention(b, "month-name", month, tense, t, si))
            return None
        if "ord" in f and not month and not f.get("season") and f.get("unit", "Q") in ("Q", "H") \
                and not _FISCAL.search(t.text):
            _span(b, t, si, rel, min_gap, f)
            return None
        if isinstance(year, int) and not month and not f.get("season") and "ord" not in f:
            x0, x1 = date(year, 1, 1), date(year, 12, 31)
            b.add(t, si, "year", f"{year} ({_REL_WORDS[rel]}{_since_words(since, record)})",
                  interval_plaus(x0, x1, "year", rel, min_gap, deadline, since_gap["year"] if since else None),
                  (year,), (x0.toordinal(), x1.toordinal()), "year")
            if kind == "date" and rel == "past" and not (since or min_gap):
                b.clues[-1].kind = PAST_SPAN
            b.named.append(("Y", year, year, si, tense, t))
            return None
        if weekday and day and not month and not isinstance(year, int):  # "on Monday 13th": few months fit
            b.add(t, si, "weekday-day", f"a day {day} that falls on a {_DAY_NAMES[weekday]} ({_REL_WORDS[rel]})",
                  weekday_day_plaus(weekday, day, rel, min_gap))
            return None
        if weekday and not month:
            if rel == "around" or _POSSESSIVE.match(b.text, t.end):
                b.mentions.append(_mention(b, "weekday", weekday, "none", t, si))
                return ("weekday", weekday)
            table = P.WEEKDAY_FUTURE if rel == "future" else P.WEEKDAY_PAST
            b.add(t, si, "weekday", f"a {_DAY_NAMES[weekday]} {_REL_WORDS[rel]} (within the week)",
                  weekday_plaus(weekday, table, rel == "future"), grain="weekday")
            b.mentions.append(_mention(b, "weekday", weekday, tense, t, si))
            return ("weekday", weekday)
        return None
    if t.kind == "offset" and f.get("offword") == "ago" and f.get("unit") in ("M", "Y") \
            and isinstance(f.get("num"), int):
        b.links.append((t, si, tense, -f["num"], True))
        return None
    if _is_ago(t) and 0 < f["num"] * _AGO_DAYS[f["unit"]] <= P.AGO_MENTION_MAX_DAYS \
            and not _SUBORDINATE_BEFORE.search(b.text, sent.start, t.start):
        # "Four days ago, a man walked into a bank branch": the day of a happening another article may place (not in a
        # clause of its own: "a violation of a truce that took effect only a week ago" dates the truce, not the violation)
        b.mentions.append(_mention(b, "day", -f["num"] * _AGO_DAYS[f["unit"]], tense, t, si))
        return None
    if t.kind == "deictic":
        if "ahead_shift" in f:
            return None  # "overnight": the night before publication, or before the story's day: no evidence
        shift = f.get("dshift", f.get("shift", 0))
        if f.get("weekday"):
            w = f["weekday"]
            if shift < 0:
                b.add(t, si, "weekday-shift", f"the {_DAY_NAMES[w]} before publication",
                      weekday_plaus(w, P.WEEKDAY_LAST, False), grain="weekday")
                b.mentions.append(_mention(b, "weekday-last", w, tense, t, si))
            elif shift > 0:
                b.add(t, si, "weekday-shift", f"the {_DAY_NAMES[w]} after publication",
                      weekday_plaus(w, P.WEEKDAY_NEXT, True), grain="weekday")
                b.mentions.append(_mention(b, "weekday-next", w, tense, t, si))
            return ("weekday", w)
        if f.get("month"):
            m = f["month"]
            if shift:  # "last April" is never this month's April
                b.add(t, si, "month-yearless", f"month {m:02d} {'before' if shift < 0 else 'after'} publication",
                      month_plaus(m, "past" if shift < 0 else "future", 1), grain="month")
            return None
        unit = f.get("unit") or f.get("cunit")
        if f.get("dayword") or unit == "D":
            s = {"today": 0, "yesterday": -1, "tomorrow": 1}.get(str(f.get("dayword", "")).lower(), shift)
            b.mentions.append(_mention(b, "day", s, tense, t, si))
        elif unit in ("W", "M", "Y"):
            form = {"W": "week", "M": "month", "Y": "year"}[unit]
            b.mentions.append(_mention(b, form, shift, tense, t, si))
            if unit in ("M", "Y"):
                b.links.append((t, si, tense, shift, False))
    return None


_FISCAL = regex_cache.compile(r"\bfiscal\b", re.IGNORECASE)


def _span(b: _Builder, t: Tagged, si: int, rel: str, min_gap: int, f: dict[str, Any]) -> None:
    """A quarter or half ("the third quarter", "the first half of 1989"): publication after it
    (past), before it (future) or near it; fiscal ones follow no common calendar and are left out."""
    months = 6 if f.get("unit") == "H" else 3
    n = f["ord"]
    if not isinstance(n, int) or not 1 <= n <= 12 // months:
        return
    first = (n - 1) * months + 1
    year = f.get("year")
    what = f"{'H' if months == 6 else 'Q'}{n}"
    if isinstance(year, int):
        x0, x1 = date(year, first, 1), _safe_date(year, first + months - 1, 31)
        b.add(t, si, "month", f"{year:04d}-{what} ({_REL_WORDS[rel]})", interval_plaus(x0, x1, "month", rel, min_gap),
              (year,), (x0.toordinal(), x1.toordinal()), "month")
        return
    b.add(t, si, "span-yearless", f"{what} without a year ({_REL_WORDS[rel]})", span_plaus(first, months, rel),
          grain="month")


_DAY_NAMES = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}


def _mention(b: _Builder, form: str, value: Any, tense: str, t: Tagged, si: int) -> Mention:
    s = b.seg.sentences[si]
    return Mention(form, value, tense, t.start, t.end, t.text, b.text[s.start:s.end])


def _elapsed(b: _Builder, t: Tagged, si: int, tense: str, ref: tuple[Any, ...] | None) -> None:
    """ "Twenty-four hours on, ..." opening a sentence not in the past tense."""
    sent = b.seg.sentences[si]
    if ref is None or tense == "past" or b.text[sent.start:t.start].strip(" \"'“‘") or \
            not _ELAPSED.match(b.text, t.end, sent.end):
        return
    f = t.fields
    num, unit = f.get("num"), f.get("unit")
    if not isinstance(num, (int, float)):
        return
    days = {"TH": num / 24, "D": num, "W": num * 7}.get(unit)
    if days is None:
        return
    days = int(round(days))
    plaus = elapsed_plaus(ref, days)
    if plaus is None:
        return
    what = {"weekday": lambda: f"the {_DAY_NAMES[ref[1]]}", "date": lambda: ref[1].isoformat(),
            "month-day": lambda: f"{ref[1]:02d}-{ref[2]:02d}"}[ref[0]]()
    b.add(t, si, "elapsed", f"written {days} day(s) after {what}", plaus,
          grain="weekday" if ref[0] == "weekday" else "day")


_AGO_APPOSED = regex_cache.compile(P.AGO_APPOSED_BETWEEN, re.IGNORECASE)
_AGO_DAYS = {"D": 1, "W": 7}


_SUBORDINATE_BEFORE = regex_cache.compile(P.AGO_SUBORDINATE_BEFORE, re.I)


def _is_ago(t: Tagged) -> bool:
    """Is ``t`` a whole number of days or weeks "ago" ("a week ago", "three days ago")?"""
    f = t.fields
    return t.kind == "offset" and str(f.get("offword", "")).lower() == "ago" and f.get("unit") in _AGO_DAYS \
        and isinstance(f.get("num"), int)


def _referent(ref: tuple[Any, ...]) -> str:
    """A weekday, a full date or a day without a year, as the evidence names it ("the Monday", "2026-05-20", "05-20")."""
    if ref[0] == "weekday":
        return f"the {_DAY_NAMES[ref[1]]}"
    return ref[1].isoformat() if ref[0] == "date" else f"{ref[1]:02d}-{ref[2]:02d}"


def _is_deictic_day(t: Tagged) -> bool:
    """Is ``t`` "yesterday", "today" or "tomorrow"?"""
    return t.kind == "deictic" and t.fields.get("unit") == "D" and t.fields.get("shift") in (-1, 0, 1)


def _day_apposed(b: _Builder, t: Tagged, si: int, ref: tuple[Any, ...]) -> None:
    """"yesterday", "today" or "tomorrow" set beside a day ("which starts today, Monday"): publication that day, or
    the day after or before it."""
    days = -int(t.fields["shift"])
    plaus = elapsed_plaus(ref, days)
    if plaus is None:
        return
    b.add(t, si, "day-apposed", f'"{t.text}" is {_referent(ref)}, which it is set beside: published {days} day(s) '
          f'after it',
          plaus, grain="weekday" if ref[0] == "weekday" else "day")


def _ago_apposed(b: _Builder, t: Tagged, si: int, ref: tuple[Any, ...]) -> None:
    """A length of time "ago" set beside a day: publication that long after it (``P.AGO_APPOSED_BETWEEN``)."""
    unit = t.fields["unit"]
    days = int(t.fields["num"]) * _AGO_DAYS[unit]
    exact = elapsed_plaus(ref, days)
    if exact is None:
        return
    if unit == "W" and ref[0] != "weekday":  # "a week ago" may be six or eight days
        early, late = elapsed_plaus(ref, days - 1), elapsed_plaus(ref, days + 1)

        def plaus(d: Day) -> float:
            return max(exact(d), 0.5 * early(d), 0.5 * late(d))  # type: ignore[misc]
    else:
        plaus = exact
    b.add(t, si, "ago-apposed", f"written {days} day(s) after {_referent(ref)}, which it is set beside", plaus,
          grain="weekday" if ref[0] == "weekday" else "day")


def _link_units(b: _Builder) -> None:
    """ "next month" with a month named nearby: publication is the month before that one.

    "this year" links only to a year in its own sentence, and not where the sentence compares
    periods ("this year, compared with 1988"): there the two are different years. No unit links
    to a month or year that is the base of a comparison ("last year, down from 1996")."""
    paragraph = [s.paragraph for s in b.seg.sentences]
    years_in: dict[int, set[int]] = {}
    for u, value, _, sj, _, _ in b.named:
        if u == "Y":
            years_in.setdefault(sj, set()).add(value)
    for t, si, tense, shift, same_only in b.links:
        f = t.fields
        unit = f.get("cunit") or f.get("unit")
        best = base = None
        for u, value, year, sj, ntense, nt in b.named:
            if u != unit or nt is t or paragraph[sj] != paragraph[si] or abs(sj - si) > P.LINK_SENTENCES:
                continue
            if (shift == 0 or same_only) and sj != si:
                continue
            if sj == si and _CLAUSE_BREAK.search(b.text, min(t.end, nt.end), max(t.start, nt.start)):
                continue  # "a decision next year at the earliest, with first production in 2031": two times
            if (shift > 0 and ntense == "past") or (shift < 0 and ntense == "future"):
                continue
            if unit == "Y" and any(0 < abs(v - value) <= P.LINK_NEAR_OTHER_YEARS
                                   for v in years_in.get(sj, set()) | years_in.get(si, set())):
                continue  # "Attacks fell in 2021 and 2022 [...], but rose since last year": which, if any, is not said
            if _comparison_base(b.text, b.seg.sentences[sj].start, nt):
                if _SINCE_BASE.search(b.text, max(b.seg.sentences[sj].start, nt.start - 12), nt.start):
                    continue  # "the first kidnapping this year since 2021": any year after it
                # "fell last year, down from 1996": two different years, most often consecutive
                if sj == si and shift <= 0 and ntense != "future" and (base is None or nt.start > base[2].start):
                    base = (value, year, nt)
                continue
            # a named month in the tense the shift points to comes first, then the nearest
            agrees = (shift > 0 and ntense == "future") or (shift < 0 and ntense == "past") or shift == 0
            rank = (not agrees, abs(sj - si))
            if best is None or rank < best[0]:
                best = (rank, value, year, nt)
        if best is None:
            if base is not None:
                _compared(b, t, si, unit, shift, *base)
            continue
        if shift == 0 and _COMPARISON.search(b.text, b.seg.sentences[si].start, b.seg.sentences[si].end):
            continue  # "this year has risen over comparable periods in 1988": two different years
        (_, dist), value, year, nt = best
        kind = "unit-link" if dist == 0 else "unit-link-near"
        if unit == "M":
            n = (year or 2000) * 12 + value - 1 - shift
            y, m = divmod(n, 12)
            target_year = y if year else None
            label = f"{y:04d}-{m + 1:02d}" if year else f"month {m + 1:02d}"
            b.add(t, si, kind, f'"{t.text}" is "{nt.text}": published in {label}', link_plaus(target_year, m + 1),
                  (y,) if year else (), grain="month")
        else:
            y = value - shift
            b.add(t, si, kind, f'"{t.text}" is "{nt.text}": published in {y}', link_plaus(y, None), (y,),
                  (date(y, 7, 1).toordinal(),), "year")


def _compared(b: _Builder, t: Tagged, si: int, unit: str, shift: int, value: int, year: int | None,
              nt: Tagged) -> None:
    """ "sales fell last year, down from 1996": the period compared is most likely the one right
    after the base (1997), so publication is in 1998; a later one is less likely, an earlier none."""
    if unit == "M":
        n = (year or 2000) * 12 + value - shift  # the month after the base, then the shift back
        y, m = divmod(n, 12)
        label = f"{y:04d}-{m + 1:02d}" if year else f"month {m + 1:02d}"
        plaus = _compared_month_plaus(y if year else None, m + 1)
        years: tuple[int, ...] = (y,) if year else ()
        grain = "month"
    else:
        y = value + 1 - shift
        label, plaus, years, grain = str(y), _compared_year_plaus(y), (y,), "year"
    b.add(t, si, "unit-compared", f'"{t.text}" is compared with "{nt.text}": published in {label}', plaus,
          years, (date(y, 7, 1).toordinal(),) if grain == "year" else (), grain)


def _compared_year_plaus(year: int) -> Callable[[Day], float]:
    later, earlier = P.COMPARED_LATER, P.COMPARED_EARLIER
    return lambda d: 1.0 if d[1] == year else later if d[1] > year else earlier


def _compared_month_plaus(year: int | None, month: int) -> Callable[[Day], float]:
    other = P.COMPARED_LATER
    return lambda d: 1.0 if d[2] == month and (year is None or d[1] == year) else other


_COMPARISON = regex_cache.compile(P.COMPARISON, re.IGNORECASE)
_COMPARISON_BASE = regex_cache.compile(P.COMPARISON_BASE_BEFORE, re.IGNORECASE)
_CLAUSE_BREAK = regex_cache.compile(P.LINK_CLAUSE_BREAK_BETWEEN, re.IGNORECASE)
_SINCE_BASE = regex_cache.compile(r"\bsince\s+(?:(?:in|its|their|the)\s+)?$", re.IGNORECASE)


def _comparison_base(text: str, sent_start: int, t: Tagged) -> bool:
    """Whether a named month or year is what the sentence compares with ("down from 1996")."""
    return bool(_COMPARISON_BASE.search(text, max(sent_start, t.start - 30), t.start))


_ANNIVERSARY = regex_cache.compile(P.ANNIVERSARY, re.IGNORECASE)


def _anniversaries(b: _Builder) -> None:
    """ "the 50th anniversary of the 1939 invasion": published in 1989 (or about then)."""
    years_in = {}
    for u, value, year, sj, _, nt in b.named:
        if u == "Y" and year is not None:
            years_in.setdefault(sj, []).append((value, nt))
    for m in _ANNIVERSARY.finditer(b.text):
        si = b.sentence_of(m.start())
        word = m.group("n").lower()
        n = int(word[:-2]) if word[:-2].isdigit() else V_ORD.get(word)
        if si < 0 or not n or n < 1 or si not in years_in:
            continue
        after = [(y, nt) for y, nt in years_in[si] if nt.start >= m.end()]  # "... of the 1939 invasion"
        if len(after) != 1:
            continue
        y, nt = after[0]
        target = y + n
        plaus = link_plaus(target, None)
        ev = Evidence(f'"{m.group()}" of {y}: published about {target}', m.group(), m.start(), m.end(),
                      re.sub(r"\s+", " ", b.text[b.seg.sentences[si].start:b.seg.sentences[si].end]).strip())
        b.clues.append(Clue(ev, P.RELIABILITY["anniversary"], lambda d, p=plaus, t=target: max(
            p(d), P.ANNIVERSARY_NEXT_YEAR if d[1] == t + 1 else 0.0), (target,), (date(target, 7, 1).toordinal(),),
            "year"))
