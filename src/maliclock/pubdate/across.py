"""Placement across articles: what other articles date fixes this one's publication day.

When an undated article says "the mutiny began on Wednesday" and another article places the
mutiny on 2012-03-21, that Wednesday is 2012-03-21 and the undated article was written in
the six days after it. Two clauses report the same happening when they share an event kind
(``rules/events.py``) and enough names and content words. Beyond single happenings, the
collection itself is evidence: articles read together tend to come from the same period,
the more so when they name the same people and places (a weak *collection* clue).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from typing import Callable, Iterable

from .. import regex_cache
from ..rules import events as E
from ..rules import pubdate as P
from ..rules import vocabulary as V
from .clues import Day, interval_plaus
from .model import Analysis, Anchor, Clue, Evidence, Mention, PubDate

_EVENT_OF = {w: k for k, ws in E.EVENT_WORDS.items() for w in ws}
_NAME_OF = {w: k for k, ws in E.NAME_VARIANTS.items() for w in ws}
_TOKEN = regex_cache.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")
# (and the words of clock times and zones: "opened at 7 a.m. local time (2200 GMT Monday)" and "opens at 11 a.m. local
# time (14:00 GMT)" share no content, and had placed an article by another story's day)
_DATE_WORDS = frozenset(w.rstrip(".") for w in list(V.MONTHS) + list(V.WEEKDAYS)) | frozenset(
    "today yesterday tomorrow tonight morning afternoon evening night overnight week weekend month year".split()) | \
    frozenset("local time hours hrs noon midnight".split()) | frozenset(z.lower() for z in V.TIME_ZONES)
_SKIP = E.STOPWORDS | _DATE_WORDS


@dataclass(frozen=True, slots=True)
class Features:
    """What a clause is about: event kinds, names and content stems."""

    events: frozenset[str]
    names: frozenset[str]
    stems: frozenset[str]


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def _stem(w: str) -> str:
    for suf in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def features(text: str) -> Features:
    """Event kinds, names and content stems of a clause (date words left out)."""
    events, names, stems = set(), set(), set()
    for i, tok in enumerate(_TOKEN.findall(text)):
        f = _fold(tok).strip("'’-").removesuffix("'s").removesuffix("’s")
        if not f or f in _SKIP:
            continue
        if f in _EVENT_OF:
            events.add(_EVENT_OF[f])
        if (tok[0].isupper() and i > 0) or f in _NAME_OF:
            names.add(_NAME_OF.get(f, f))
        if len(f) > 2:
            stems.add(_stem(f))
    return Features(frozenset(events), frozenset(names), frozenset(stems))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def similarity(a: Features, b: Features) -> float:
    """0-1: how surely two clauses report the same happening (0 without a shared event kind)."""
    shared = a.events & b.events
    if not shared:
        return 0.0
    # event kinds count by Jaccard ("discuss the coup" is a meeting more than a coup) and names
    # against the larger set (one shared name of many is little); content words as in merging
    names = len(a.names & b.names) / max(len(a.names), len(b.names)) if a.names and b.names else 0.0
    return 0.45 * len(shared) / len(a.events | b.events) + 0.25 * names + 0.30 * _overlap(a.stems, b.stems)


_LETTER = "A-Za-zÀ-ÿ"
# A word (two letters or more) and what follows it up to a capitalised word: the capitalised word
# is inside a sentence (no .!? or line break between). A single letter ("a", "I") is no word and is
# skipped like punctuation; the possessive quantifier keeps a word from ending inside a word
# ("McDonald" is one word, not "Mc" before "Donald").
_NAME_AFTER_WORD = regex_cache.compile(
    rf"[{_LETTER}][{_LETTER}'’-]++(?:[^{_LETTER}.!?\n]|[{_LETTER}](?![{_LETTER}'’-]))*"
    rf"(?=([{_LETTER}][{_LETTER}'’-]+))")


@lru_cache(maxsize=65536)
def _name_key(tok: str) -> str | None:
    f = _fold(tok).removesuffix("'s").removesuffix("’s")
    if f in _SKIP or len(f) <= 2:
        return None
    return _NAME_OF.get(f, f)


# The words _NAME_AFTER_WORD steps through are the runs of _WORD_RUN (a letter, then letters,
# apostrophes or hyphens); it yields every one but the first after a stop (.!?, a line break,
# the start). :func:`names_of` counts the capitalised runs and takes away the first ones.
_UPPER = "A-ZÀ-ÖØ-Þ"  # the letters of _LETTER that are upper case
_WORD_RUN = rf"[{_LETTER}][{_LETTER}'’-]+"
# A capitalised word: its run of letters, apostrophes and hyphens starts there (no letter before it
# in the run), after any apostrophes and hyphens the match keeps (its first character, a rare one,
# lets the regex engine skip to the candidates).
_CAPITALISED = regex_cache.compile(rf"[{_UPPER}'’-](?<![{_LETTER}'’-].)(?:(?<=[{_UPPER}])|['’-]*+[{_UPPER}])[{_LETTER}'’-]+",
                          re.DOTALL)
_FIRST_AFTER = rf"(?:[^{_LETTER}.!?\n]|[{_LETTER}](?![{_LETTER}'’-]))*+({_WORD_RUN})"
_FIRST_WORD = regex_cache.compile(_FIRST_AFTER)  # of the text (match)
_FIRST_AFTER_STOP = regex_cache.compile(rf"[.!?\n]{_FIRST_AFTER}")  # of every stretch after a stop


def names_of(text: str) -> frozenset[str]:
    """The names an article mentions (capitalised words of two letters or more that follow another
    word in their sentence), folded.

    The capitalised words of ``_NAME_AFTER_WORD.findall(text)``, found as the capitalised words of
    the text less the first word of each stretch between stops: two scans that skip most of the text.
    """
    counts = Counter(_CAPITALISED.findall(text))
    for tok in [t for t in counts if t[0] in "'’-"]:  # its run opens with apostrophes or hyphens
        counts[tok.lstrip("'’-")] += counts.pop(tok)
    first = Counter(_FIRST_AFTER_STOP.findall(text))
    m = _FIRST_WORD.match(text)
    if m:
        first[m.group(1)] += 1
    out = set()
    for tok, n in counts.items():
        if n > first[tok]:
            key = _name_key(tok)
            if key is not None:
                out.add(key)
    return frozenset(out)


AnchorIndex = dict[str, list[tuple[Anchor, Features]]]


def anchor_index(anchors: list[Anchor]) -> AnchorIndex:
    """Anchors by event kind, each with its features."""
    idx: AnchorIndex = defaultdict(list)
    for a in anchors:
        fa = features(a.text)
        for k in fa.events:
            idx[k].append((a, fa))
    return idx


def _days(a: Anchor) -> list[date]:
    return [a.first + timedelta(days=i) for i in range((a.last - a.first).days + 1)]


def _ord_table(targets: list[int], table: dict[int, float]) -> Callable[[Day], float]:
    def f(d: Day) -> float:
        return max((table.get(d[0] - t, 0.0) for t in targets), default=0.0)
    return f


def _table_peaks(targets: list[int], table: dict[int, float]) -> tuple[int, ...]:
    """The days where :func:`_ord_table` is highest."""
    top = max(table.values())
    return tuple(sorted({t + k for t in targets for k, v in table.items() if v == top}))


_WEEK_PAST = {i: P.WEEKDAY_PAST[i] for i in range(7)}
_WEEK_FUTURE = {-i: P.WEEKDAY_FUTURE[i] for i in range(7)}
_LAST = {i: (1.0 if i <= 7 else 0.3) for i in range(1, 14)}
_NEXT = {-i: (1.0 if i <= 7 else 0.3) for i in range(1, 14)}
_SAME = {0: P.SAME_DAY[0], 1: P.SAME_DAY[1], -1: P.SAME_DAY[1]}


Placement = tuple[Callable[[Day], float], tuple[int, ...], str, tuple[int, ...]]


def _placement(m: Mention, a: Anchor) -> Placement | None:
    """(plausibility, years, what it says, peaks) when the anchor's date fits the mention's form.

    The peaks are days where the plausibility is highest: the search of the years looks at them,
    so that a placement a few days wide is not missed between its sampled days."""
    span = (a.last - a.first).days + 1
    days = _days(a) if span <= 31 else []
    if m.form in ("weekday", "weekday-last", "weekday-next"):
        xs = [d.toordinal() for d in days if d.isoweekday() == m.value and span <= 2]
        if not xs:
            return None
        table = {"weekday-last": _LAST, "weekday-next": _NEXT}.get(
            m.form, _WEEK_FUTURE if m.tense == "future" else _WEEK_PAST)
        return _ord_table(xs, table), (a.first.year,), f'"{m.text}" was {date.fromordinal(xs[0]).isoformat()}', \
            _table_peaks(xs, table)
    if m.form == "day" and span <= 2:
        xs = [d.toordinal() - m.value for d in days]
        return _ord_table(xs, _SAME), (a.first.year,), f'"{m.text}" was {a.first.isoformat()}', _table_peaks(xs, _SAME)
    if m.form == "week" and span <= 7 and a.first.isocalendar()[:2] == a.last.isocalendar()[:2]:
        monday = a.first.toordinal() - a.first.weekday() - 7 * m.value
        return (lambda d: 1.0 if 0 <= d[0] - monday <= 6 else 0.0), (a.first.year,), \
            f'"{m.text}" was the week of {a.first.isoformat()}', tuple(range(monday, monday + 7))
    if m.form == "month" and (a.first.year, a.first.month) == (a.last.year, a.last.month):
        n = a.first.year * 12 + a.first.month - m.value
        return (lambda d: 1.0 if d[1] * 12 + d[2] == n else 0.0), (a.first.year,), \
            f'"{m.text}" was {a.first.year:04d}-{a.first.month:02d}', ()
    if m.form == "year" and a.first.year == a.last.year:
        y = a.first.year - m.value
        return (lambda d: 1.0 if d[1] == y else 0.0), (y,), f'"{m.text}" was {a.first.year}', ()
    rel = {"past": "past", "future": "future"}.get(m.tense, "around")
    if m.form == "month-day" and span == 1 and (a.first.month, a.first.day) == tuple(m.value):
        return interval_plaus(a.first, a.first, "day", rel), (a.first.year,), f'"{m.text}" was {a.first.isoformat()}', \
            tuple(a.first.toordinal() + k for k in (-1, 0, 1))
    if m.form == "month-name" and (a.first.year, a.first.month) == (a.last.year, a.last.month) and \
            a.first.month == m.value:
        end = (date(a.first.year + (a.first.month == 12), a.first.month % 12 + 1, 1) - timedelta(days=1))
        return interval_plaus(date(a.first.year, a.first.month, 1), end, "month", rel), (a.first.year,), \
            f'"{m.text}" was {a.first.year:04d}-{a.first.month:02d}', ()
    return None


def mention_features(m: Mention) -> Features:
    """What the clause around a mention is about (the mention's own words left out)."""
    return features(m.sentence.replace(m.text, " "))


Best = tuple[tuple[float, str, date], Anchor, float]  # (ranking key, anchor, similarity)


def same_topic(a: frozenset[str], b: frozenset[str]) -> bool:
    """Are two articles, by the names they mention (:func:`names_of`), about the same story?

    They share at least ``CROSS_MIN_SHARED_NAMES`` names, or every name of the one that names fewer.
    """
    need = min(P.CROSS_MIN_SHARED_NAMES, len(a), len(b))
    return need > 0 and len(a & b) >= need


def _alike(a: Features, b: Features, sim: float) -> bool:
    """Are two clauses of similarity ``sim`` alike enough to place one by the other: a name in common, or a higher
    similarity (``P.CROSS_MIN_SIMILARITY_UNNAMED``) and, when the only kinds of happening they share are generic ones,
    enough words in common (``P.CROSS_MIN_SHARED_STEMS``)?"""
    if a.names & b.names or a.names & b.stems or b.names & a.stems:  # (a name that opens a sentence is only a word)
        return True
    if sim < P.CROSS_MIN_SIMILARITY_UNNAMED:
        return False
    return not (a.events & b.events) <= E.GENERIC_EVENT_KINDS or len(a.stems & b.stems) >= P.CROSS_MIN_SHARED_STEMS


def best_anchor(m: Mention, fm: Features, source: str, names: frozenset[str],
                candidates: Iterable[tuple[Anchor, Features]]) -> Best | None:
    """The candidate anchor that places mention ``m`` of article ``source`` (which mentions
    ``names``) best; only anchors of articles on the same story (:func:`same_topic`) count.

    Ranked by similarity times weight, then source and first day; of equal ones the first
    wins, so that the best of a concatenation is the best of the bests of its parts, taken
    in order (how the Dask engine splits this work by event kind).
    """
    best = None
    topical: dict[str, bool] = {}  # anchor source -> same story
    for a, fa in candidates:
        if a.source == source:
            continue
        sim = similarity(fm, fa)
        if sim < P.CROSS_MIN_SIMILARITY or not _alike(fm, fa, sim):
            continue
        ok = topical.get(a.source)
        if ok is None:
            ok = topical[a.source] = same_topic(names, a.names)
        if not ok or _placement(m, a) is None:
            continue
        key = (sim * a.weight, a.source, a.first)
        if best is None or key > best[0]:
            best = (key, a, sim)
    return best


def cross_clue(m: Mention, a: Anchor, sim: float) -> Clue:
    """The clue that anchor ``a`` (another article's dated happening) gives mention ``m``."""
    plaus, years, said, peaks = _placement(m, a)  # type: ignore[misc]  # best_anchor checked that it fits
    short = a.text if len(a.text) <= 90 else a.text[:89] + "…"
    ev = Evidence(f'{said}: {a.source} places "{short}" there (similarity {sim:.2f})', m.text, m.start, m.end,
                  re.sub(r"\s+", " ", m.sentence).strip(), a.source)
    return Clue(ev, P.RELIABILITY["cross"] * a.weight, plaus, years, peaks)


def cross_clues(an: Analysis, index: AnchorIndex) -> list[Clue]:
    """Clues from other articles' anchors that date the happenings this article's mentions date."""
    out = []
    for m in an.mentions:
        fm = mention_features(m)
        best = best_anchor(m, fm, an.source, an.names, (x for k in sorted(fm.events) for x in index.get(k, ())))
        if best is not None:
            out.append(cross_clue(m, best[1], best[2]))
    return out


@dataclass(slots=True)
class Prior:
    """What the rest of the collection says about one article's period.

    ``months``: the shares of the months it most likely comes from (a month not listed has
    ``floor``); ``topic``: the share of that which comes from the weight of shared names;
    ``names``: the rarest of those names, for the evidence shown.
    """

    months: dict[int, float]
    floor: float
    topic: float = 0.0
    names: tuple[str, ...] = ()


@dataclass(slots=True)
class Own:
    """An article's own evidence as a likelihood over months (``year * 12 + month - 1``).

    ``months``: the shares of the months its clues allow (a month not listed has ``floor``);
    without a year, ``calendar``: the shares of the twelve calendar months (the same every year);
    neither when it has no evidence (every month alike).
    """

    months: dict[int, float]
    floor: float = 0.0
    calendar: tuple[float, ...] = ()

    @property
    def informative(self) -> bool:
        """Whether it tells some months from others."""
        return bool(self.months) or bool(self.calendar)

    def at(self, k: int) -> float:
        """The likelihood share of month ``k``."""
        if self.months:
            return self.months.get(k, self.floor)
        return self.calendar[k % 12] if self.calendar else 1.0


def own_evidence(pd: PubDate) -> Own:
    """What an article's own dating (without other articles) says about its month."""
    return Own(dict(pd.months), pd.floor, () if pd.months else tuple(pd.calendar))


def _kernel() -> list[tuple[int, float]]:
    """How a period spreads over the months around its centre: ``(offset, share)``, summing to 1."""
    reach = int(math.ceil(P.PERIOD_REACH * P.PERIOD_SCALE))
    raw = [(d, math.exp(-abs(d) / P.PERIOD_SCALE)) for d in range(-reach, reach + 1)]
    total = sum(w for _, w in raw)
    return [(d, w / total) for d, w in raw]


class _Seen:
    """Each article's evidence seen from each possible centre of a period: ``at(i, c)`` is its
    likelihood averaged over the months the period centred on ``c`` spreads to; ``even[i]`` the
    same for the background, spread evenly over the universe. Kept sparse: an article with listed
    months differs from its floor only near them, a calendar profile repeats every twelve months."""

    def __init__(self, owns: list[Own], universe: list[int]) -> None:
        kernel = _kernel()
        inside = set(universe)
        per_cal = [0] * 12
        for k in universe:
            per_cal[k % 12] += 1
        self.owns = [o for o in owns if o.informative]
        self.near: list[dict[int, float]] = []
        self.base: list[float] = []
        self.cal: list[list[float] | None] = []
        self.even: list[float] = []
        self.by_centre: dict[int, list[int]] = defaultdict(list)
        n = len(universe)
        for i, o in enumerate(self.owns):
            if o.months:
                got: dict[int, float] = defaultdict(float)
                for k in sorted(o.months):
                    for d, w in kernel:
                        if k - d in inside:
                            got[k - d] += (o.months[k] - o.floor) * w
                self.near.append(dict(got))
                self.base.append(o.floor)
                self.cal.append(None)
                self.even.append(o.floor + sum(v - o.floor for v in o.months.values()) / n)
                for c in got:
                    self.by_centre[c].append(i)
            else:
                self.near.append({})
                self.base.append(0.0)
                self.cal.append([sum(o.calendar[(c + d) % 12] * w for d, w in kernel) for c in range(12)])
                self.even.append(sum(v * m for v, m in zip(o.calendar, per_cal)) / n)

    def at(self, i: int, c: int) -> float:
        cal = self.cal[i]
        return cal[c % 12] if cal is not None else self.base[i] + self.near[i].get(c, 0.0)


def _period(owns: list[Own], universe: list[int]) -> dict[int, float]:
    """The period a collection comes from: shares of the months of ``universe``.

    A collection comes from a few stretches of time. The period is a mixture of stretches, each
    centred on a month and spreading to the months around it (:func:`_kernel`), with
    ``COLLECTION_SMOOTHING`` of it spread evenly over every month. It starts with a stretch on
    every month, equally weighted; rounds of expectation-maximisation weigh each by the support
    the articles' own evidence gives it (an article whose evidence fits several is shared between
    them in proportion), less ``PERIOD_MIN_SUPPORT`` articles, so that a stretch without that much
    support is dropped (Figueiredo and Jain's component annihilation): the months many articles
    agree on gain, stray ones fade out, and a minority period stays if enough articles point there.

    Linear in the evidence (:class:`_Seen`)."""
    if not universe:
        return {}
    seen = _Seen(owns, universe)
    b = P.COLLECTION_SMOOTHING
    n = len(universe)
    weights = {k: 1.0 / n for k in universe}
    for _ in range(P.COLLECTION_ROUNDS):
        part = {k: 0.0 for k in weights}
        cal_w = [0.0] * 12
        dense = 0.0
        by_cal = [0.0] * 12
        for k, w in weights.items():
            by_cal[k % 12] += w
        total_w = sum(weights.values())
        for i in range(len(seen.owns)):
            cal = seen.cal[i]
            if cal is not None:
                z = b * seen.even[i] + (1 - b) * sum(v * w for v, w in zip(cal, by_cal))
                if z > 0.0:
                    for c in range(12):
                        cal_w[c] += (1 - b) * cal[c] / z
                continue
            near = seen.near[i]
            z = b * seen.even[i] + (1 - b) * (seen.base[i] * total_w + sum(v * weights.get(k, 0.0)
                                                                            for k, v in near.items()))
            if z <= 0.0:
                continue
            dense += (1 - b) * seen.base[i] / z
            for k, v in near.items():
                if k in part:
                    part[k] += (1 - b) * v / z
        support = {k: w * (dense + part[k] + cal_w[k % 12]) for k, w in weights.items()}
        kept = {k: v - P.PERIOD_MIN_SUPPORT for k, v in support.items() if v > P.PERIOD_MIN_SUPPORT}
        if not kept:  # no stretch has that support: keep the best one
            best = max(support, key=lambda k: (support[k], -k))
            kept = {best: 1.0}
        total = sum(kept.values())
        weights = {k: v / total for k, v in kept.items()}
    inside = set(universe)
    spread: dict[int, float] = defaultdict(float)
    for c in sorted(weights):
        for d, x in _kernel():
            if c + d in inside:
                spread[c + d] += weights[c] * x
    total = sum(spread.values())
    return {k: (spread.get(k, 0.0) / total) * (1 - b) + b / n for k in universe}


def _posterior(o: Own, prior: dict[int, float], default: float, per_calendar: list[int]) -> dict[int, float]:
    """An article's shares of months given its own evidence and a prior (``default`` on the months
    not listed; ``per_calendar``: how many months of the universe fall in each calendar month),
    keeping the months with at least ``COLLECTION_KEEP`` of the best one's share."""
    keys = sorted(set(prior) | set(o.months))
    got = {k: o.at(k) * prior.get(k, default) for k in keys}
    rest = 0.0
    if default > 0.0:  # the months listed in neither, each at the default prior
        if o.months:
            rest = o.floor * (sum(per_calendar) - len(keys))
        else:
            cal = o.calendar or (1.0,) * 12
            rest = sum(c * m for c, m in zip(cal, per_calendar)) - sum(cal[k % 12] for k in keys)
        rest = default * max(0.0, rest)
    z = sum(got.values()) + rest
    if z <= 0.0:
        return {}
    top = max(got.values(), default=0.0)
    return {k: v / z for k, v in got.items() if v > 0.0 and v >= P.COLLECTION_KEEP * top}


def collection_priors(items: list[tuple[Analysis, PubDate]]) -> dict[str, Prior]:
    """For each article, the period it most likely comes from, judged by the rest of the collection,
    as shares of months.

    Articles read together tend to come from the same period, the more so when they name the same
    rare people and places. Each article's own evidence (its dating without the others) is a
    likelihood over months (:class:`Own`). The collection's *period* is the prior that best
    explains them all (:func:`_period`). Each article's prior then mixes the other articles'
    placements (their shares of months given their own evidence and prior), each weighing
    ``COLLECTION_WEIGHT / (N - 1)`` (the whole collection weighs ``COLLECTION_WEIGHT``) plus the
    rarity of the names the two share (``log(N / articles naming it) / log N``: a name every
    article uses counts nothing): articles on its topic count more.
    The placements are refined in ``TOPIC_ROUNDS`` rounds, so that a topic whose dated articles come
    from another period than most of the collection carries its undated ones there too.

    Computed from sums over the whole collection minus the article's own, so that it takes
    linear, not quadratic, time; every sum runs in a fixed order (articles as given, names and
    months sorted), so the floats do not depend on the hash seed.
    """
    owns = [own_evidence(pd) for _, pd in items]
    universe = sorted({k for o in owns for k in o.months})
    if not universe:
        return {}
    n_all = len(items)
    df: dict[str, int] = defaultdict(int)
    for an, _ in items:
        for n in an.names:
            df[n] += 1
    scale = math.log(n_all) if n_all > 2 else 1.0
    rarity = {n: math.log(n_all / c) / scale for n, c in df.items() if c >= 2 and c < n_all}
    names = [sorted(n for n in an.names if n in rarity) for an, _ in items]
    pi = _period(owns, universe)
    smooth = P.COLLECTION_SMOOTHING / len(universe)
    per_calendar = [0] * 12
    for k in universe:
        per_calendar[k % 12] += 1
    q = [_posterior(o, pi, 0.0, per_calendar) if o.informative else dict(pi) for o in owns]
    priors: list[tuple[dict[int, float], float]] = [(pi, 0.0)] * n_all
    per_article = P.COLLECTION_WEIGHT / max(1, n_all - 1)
    for _ in range(P.TOPIC_ROUNDS):
        total: dict[int, float] = defaultdict(float)
        by_name: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for i, qi in enumerate(q):
            for k in sorted(qi):
                total[k] += qi[k]
                for n in names[i]:
                    by_name[n][k] += qi[k]
        priors = []
        for i, qi in enumerate(q):
            mix: dict[int, float] = defaultdict(float)
            for k, v in total.items():
                mix[k] += per_article * max(0.0, v - qi.get(k, 0.0))
            topic = 0.0
            for n in names[i]:
                r = rarity[n]
                for k, v in by_name[n].items():
                    x = r * max(0.0, v - qi.get(k, 0.0))
                    mix[k] += x
                    topic += x
            z = sum(mix.values())
            if z <= 0.0:
                priors.append(({}, 0.0))
                continue
            prior = {k: v / z * (1 - P.COLLECTION_SMOOTHING) + smooth for k, v in mix.items()}
            priors.append((prior, topic / z))
        q = [_posterior(o, p, smooth, per_calendar) if o.informative else p for o, (p, _) in zip(owns, priors)]
    out: dict[str, Prior] = {}
    for i, (an, _) in enumerate(items):
        prior, topic = priors[i]
        if not prior:
            continue
        shared = sorted((-rarity[n], n) for n in names[i])
        out[an.source] = Prior(prior, smooth, topic, tuple(n for _, n in shared[:P.TOPIC_NAMES_SHOWN]))
    return out


def collection_clue(an: Analysis, prior: Prior | None) -> list[Clue]:
    """The clue from the rest of the collection: the period it comes from, weighed toward the
    articles sharing this one's rarer names (news on one topic clusters in time)."""
    if prior is None or not prior.months:
        return []
    top = max(prior.months.values())
    months = {k: v / top for k, v in prior.months.items()}
    floor = prior.floor / top
    best = max(months, key=lambda k: (months[k], -k))
    label = f"{best // 12:04d}-{best % 12 + 1:02d}"
    years = tuple(sorted({k // 12 for k, v in months.items() if v >= P.COLLECTION_MIN_SHARE}))
    if prior.topic >= P.TOPIC_SHOWN and prior.names:
        reason = (f"the collection: the other articles, weighed toward those that also name "
                  f"{', '.join(prior.names)}, come mostly from around {label}")
    else:
        reason = f"the collection: the other articles come mostly from around {label}"
    return [Clue(Evidence(reason), P.RELIABILITY["collection"],
                 lambda d: months.get(d[1] * 12 + d[2] - 1, floor), years, grain="month")]
