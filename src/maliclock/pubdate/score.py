"""Inference: the most likely publication day, the range it can be in, and how sure.

Each clue is a mixture: with its reliability ``r`` it says what it seems to (its plausibility
over days), otherwise nothing (its mean plausibility on every day). The likelihood of a day
is the product over clues of ``r * plausibility + (1 - r) * mean``, so a misread clue lowers
a day but never rules it out. The years searched run from the earliest year the clues point
at to a few years after the latest; a coarse pass keeps the months that can come near the
best, a fine pass scores each of their days. The published day is the most likely one (the middle one of
equals), the range the hull of the days at least ``e^-RANGE_MARGIN`` as likely, and the
confidence the best day's share of the total likelihood.
"""

from __future__ import annotations

import calendar
import math
from datetime import date
from functools import lru_cache, reduce
from itertools import chain
from operator import add

from ..rules import pubdate as P
from .model import Clue, PubDate

Day = tuple[int, int, int, int, int]


def _day(o: int) -> Day:
    d = date.fromordinal(o)
    return (o, d.year, d.month, d.day, d.isoweekday())


@lru_cache(maxsize=4096)
def _days_of_month(index: int) -> tuple[Day, ...]:
    """Every day of month ``index`` (year * 12 + month - 1)."""
    y, m = divmod(index, 12)
    start = date(y, m + 1, 1).toordinal()
    end = date(y + (m == 11), (m + 1) % 12 + 1, 1).toordinal()
    return tuple(_day(o) for o in range(start, end))


@lru_cache(maxsize=64)
def _samples(first_year: int, last_year: int) -> tuple[Day, ...]:
    """Every COARSE_STEP-th day of the years (a step prime to 7 still visits every weekday)."""
    return tuple(_day(o) for o in range(date(first_year, 1, 1).toordinal(), date(last_year, 12, 31).toordinal() + 1,
                                        P.COARSE_STEP))


@lru_cache(maxsize=16)
def _every_day(first_year: int, last_year: int) -> tuple[Day, ...]:
    """Every day of the years: where a clue narrower than the samples' step is averaged, so that it is not taken for
    one that fits no day (and left out) when the samples miss it."""
    return tuple(_day(o) for o in range(date(first_year, 1, 1).toordinal(), date(last_year, 12, 31).toordinal() + 1))


def span_years(clues: list[Clue]) -> tuple[int, int] | None:
    """The years to search: from just before the earliest year the clues point at to some years
    after the latest (news reports the past); when that is more than ``MAX_SPAN_YEARS``, the
    stretch of that length (starting a year before a year pointed at) whose likeliest sampled day is
    the likeliest, the heaviest (:func:`_weight`), then the earliest of equals."""
    pointed = [(y, c.reliability / len(c.years)) for c in clues for y in c.years if 1 <= y <= 9990]
    if not pointed:
        return None
    lo, hi = min(y for y, _ in pointed) - P.YEARS_BEFORE, max(y for y, _ in pointed) + P.YEARS_AFTER
    if hi - lo <= P.MAX_SPAN_YEARS:
        return max(lo, 1), hi
    starts = sorted({max(y - P.YEARS_BEFORE, 1) for y, _ in pointed})
    years = sorted({y for start in starts for y in range(start, min(start + P.MAX_SPAN_YEARS, 9999) + 1)})
    if len(years) > P.SPAN_SAMPLED_YEARS:  # hostile text: the stretch holding the most clue weight
        return _heaviest(pointed, starts)
    # The stretch whose best day is the likeliest, judged on a day of each month and the clues' peaks:
    # "born 3 May 1940; died 9 March 2025" is published near 2025 however many older years an obituary names,
    # "listed in 2012" from 2012 on.
    ords = {date(y, m, d).toordinal() for y in years for m, d in _SAMPLED_DAYS}
    first, last = date(years[0], 1, 1).toordinal(), date(years[-1], 12, 31).toordinal()
    ords.update(o for c in clues for o in c.peaks if first <= o <= last)
    # (and a dateline's day in each year: "PORTHMELLIN, England, Oct 9 (Agency) -" is no sampled day's)
    ords.update(date(y, m, d).toordinal() for c in clues if c.kind == "dateline-partial" and c.yearly
                for m, d in (c.yearly,) for y in years if d <= calendar.monthrange(y, m)[1])
    days = [_day(o) for o in sorted(ords)]
    values = [[c.plaus(d) for d in days] for c in clues]
    scores = _scores(clues, values, [sum(v) / len(days) for v in values], len(days))
    best = None
    for start in starts:
        top = max((sc for d, sc in zip(days, scores) if start <= d[1] <= start + P.MAX_SPAN_YEARS), default=-math.inf)
        key = (round(top, 6), round(_weight(pointed, start), 6))  # of equally likely ones, the heaviest
        if best is None or key > best[0]:
            best = (key, start)
    return best[1], best[1] + P.MAX_SPAN_YEARS  # type: ignore[index]


def _weight(pointed: list[tuple[int, float]], start: int) -> float:
    """The clue weight in the ``MAX_SPAN_YEARS`` from ``start``: a clue's reliability shared among the years it
    points at (a collection's spread over 36 years must not outweigh four dates of the article's own)."""
    return sum(r for y, r in pointed if start <= y <= start + P.MAX_SPAN_YEARS)


_SAMPLED_DAYS = ((1, 1), *((m, 15) for m in range(1, 13)), (12, 31))


def _heaviest(pointed: list[tuple[int, float]], starts: list[int]) -> tuple[int, int]:
    """The stretch of ``MAX_SPAN_YEARS`` holding the most clue weight (:func:`_weight`), the earliest of equals."""
    best = None
    for start in starts:
        weight = _weight(pointed, start)
        if best is None or weight > best[0] + 1e-9:
            best = (weight, start)
    return best[1], best[1] + P.MAX_SPAN_YEARS  # type: ignore[index]


# What a clue's plausibility depends on, when not the day itself (see ``Clue.grain``).
_GRAIN_KEY = {"weekday": lambda d: d[4], "month": lambda d: d[1] * 12 + d[2], "year": lambda d: d[1]}


@lru_cache(maxsize=4096)
def _by_grain(days: tuple[Day, ...], grain: str) -> tuple[tuple[int, ...], dict[int, Day]]:
    """Each day's key for ``grain``, and the first day of each key."""
    key = _GRAIN_KEY[grain]
    keys = tuple(key(d) for d in days)
    firsts: dict[int, Day] = {}
    for k, d in zip(keys, days):
        firsts.setdefault(k, d)
    return keys, firsts


def _values(c: Clue, memo_key: object, days: tuple[Day, ...]) -> list[float]:
    """The clue's plausibility on each of ``days`` (computed once per grain unit, kept in its memo:
    an article is scored again with more clues in each round of placement across articles)."""
    got = c.memo.get(memo_key)
    if got is None:
        if c.grain == "day":
            got = list(map(c.plaus, days))
        else:
            keys, firsts = _by_grain(days, c.grain)
            table = {k: c.plaus(d) for k, d in firsts.items()}
            got = [table[k] for k in keys]
        c.memo[memo_key] = got
    return got


def _scores(clues: list[Clue], values: list[list[float]], means: list[float], n: int) -> list[float]:
    """Log-likelihood of each of ``n`` days, given each clue's plausibility on them."""
    scores = [0.0] * n
    log = math.log
    for c, vals, mean in zip(clues, values, means):
        if mean <= 0.0:
            continue  # the clue fits none of these days: it says nothing here
        r = c.reliability
        noise = (1.0 - r) * mean
        term = {v: log(r * v + noise) for v in set(vals)}  # clues take few distinct values
        scores = [s + term[v] for s, v in zip(scores, vals)]
    return scores


@lru_cache(maxsize=64)
def _coarse(first_year: int, last_year: int, extra: tuple[int, ...]) -> tuple[tuple[Day, ...], tuple[int, ...]]:
    """The coarse pass's days (the samples and the ``extra`` ordinals) and where the samples are among them."""
    grid = _samples(first_year, last_year)
    coarse = tuple(sorted(set(grid) | {_day(o) for o in extra}))
    sampled = set(grid)
    return coarse, tuple(i for i, d in enumerate(coarse) if d in sampled)


def infer(clues: list[Clue]) -> PubDate | None:
    """The inferred publication date, or None when no clue points at a year."""
    span = span_years(clues)
    if span is None:
        return None
    grid = _samples(*span)
    # The coarse pass must not miss a narrow peak between samples: it adds each clue's peak days
    # to the grid and leaves out clues that are narrow without known peaks (as if they fitted
    # everywhere), so its scores bound the fine ones from above.
    lo, hi = date(span[0], 1, 1).toordinal(), date(span[1], 12, 31).toordinal()
    extra = tuple(sorted({o + k for c in clues for o in c.peaks for k in (-1, 0, 1) if lo <= o + k <= hi}))
    coarse, at_grid = _coarse(span[0], span[1], extra)
    coarse_key = ("coarse", span, extra)
    on_coarse = [_values(c, coarse_key, coarse) for c in clues]
    on_grid = [[v[i] for i in at_grid] for v in on_coarse]
    means = [sum(v) / len(grid) for v in on_grid]
    for i, c in enumerate(clues):
        if means[i] <= 0.0:  # narrower than the samples' step ("'Yesterday' was 2026-04-01": two days): every day
            every = _every_day(*span)
            means[i] = sum(_values(c, ("every", span), every)) / len(every)
    broad = [m if (c.peaks or m >= P.COARSE_NARROW) else 0.0 for c, m in zip(clues, means)]
    rough = _scores(clues, on_coarse, broad, len(coarse))
    cut = max(rough) - P.RANGE_MARGIN - P.COARSE_SLACK
    near = {d[1] * 12 + d[2] - 1 for d, sc in zip(coarse, rough) if sc >= cut}
    months = sorted({k + i for k in near for i in (-1, 0, 1)})
    days = [d for k in months for d in _days_of_month(k)]
    on_days = [list(chain.from_iterable(_values(c, k, _days_of_month(k)) for k in months)) for c in clues]
    scores = _scores(clues, on_days, means, len(days))
    top = max(scores)
    weights = [math.exp(sc - top) for sc in scores]
    plateau = [i for i, sc in enumerate(scores) if sc >= top - 1e-9]
    best_i = plateau[(len(plateau) - 1) // 2]  # the middle of equally likely days
    inside = [d[0] for d, sc in zip(days, scores) if sc >= top - P.RANGE_MARGIN]
    best = days[best_i]
    for c, mean in zip(clues, means):
        at_best = c.plaus(best)
        c.evidence.fits = at_best >= mean and at_best > 0  # (a clue that is nil on the best day does not fit it)
    # the best day's share, counting the months left out at their coarse weight
    chosen = set(months)
    share: dict[int, float] = {}
    at = 0
    for k in months:  # the days are the months' days in order
        n = len(_days_of_month(k))
        share[k] = reduce(add, weights[at:at + n], 0.0)
        at += n
    left = _scores(clues, on_grid, means, len(grid))  # months left out count at their grid weight
    for d, sc in zip(grid, left):
        k = d[1] * 12 + d[2] - 1
        if k not in chosen:
            share[k] = share.get(k, 0.0) + P.COARSE_STEP * math.exp(sc - top)
    total = sum(share.values())
    conf = min(0.99, weights[best_i] / total)
    spread = {k: v / total for k, v in share.items() if v / total >= 1e-5}
    # a month where every clue is at its noise level (an average month's days)
    noise = sum(math.log((1.0 - c.reliability) * m) for c, m in zip(clues, means) if m > 0.0 and c.reliability < 1.0)
    floor = min(spread.values(), default=0.0)
    floor = min(floor, _MONTH_DAYS * math.exp(noise - top) / total) if len(spread) else 0.0
    return PubDate(date.fromordinal(best[0]), date.fromordinal(min(inside)), date.fromordinal(max(inside)),
                   "inferred", round(conf, 3), [c.evidence for c in clues], spread, floor)


_MONTH_DAYS = 365.2425 / 12


def calendar_profile(clues: list[Clue]) -> tuple[float, ...]:
    """The likelihood share of each calendar month (January first) under clues that point at no
    year, over ``CALENDAR_YEARS`` (a whole 28-year cycle of weekdays and leap years), sampled every
    ``COARSE_STEP``-th day; empty without clues."""
    if not clues:
        return ()
    grid = _samples(*P.CALENDAR_YEARS)
    values = [_values(c, ("calendar",), grid) for c in clues]
    means = [sum(v) / len(grid) for v in values]
    scores = _scores(clues, values, means, len(grid))
    top = max(scores)
    out = [0.0] * 12
    for d, sc in zip(grid, scores):
        out[d[2] - 1] += math.exp(sc - top)
    total = sum(out)
    return tuple(v / total for v in out)
