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
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterable

from ..rules import events as E
from ..rules import pubdate as P
from ..rules import vocabulary as V
from .clues import Day, interval_plaus
from .model import Analysis, Anchor, Clue, Evidence, Mention, PubDate

_EVENT_OF = {w: k for k, ws in E.EVENT_WORDS.items() for w in ws}
_NAME_OF = {w: k for k, ws in E.NAME_VARIANTS.items() for w in ws}
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")
_DATE_WORDS = frozenset(w.rstrip(".") for w in list(V.MONTHS) + list(V.WEEKDAYS)) | frozenset(
    "today yesterday tomorrow tonight morning afternoon evening night overnight week weekend month year".split())
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


def names_of(text: str) -> frozenset[str]:
    """The names an article mentions (capitalised words inside sentences), folded."""
    out = set()
    prev = "."
    for m in re.finditer(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]+|[.!?\n]", text):
        tok = m.group()
        if tok[0].isupper() and prev not in ".!?\n":
            f = _fold(tok).removesuffix("'s").removesuffix("’s")
            if f not in _SKIP and len(f) > 2:
                out.add(_NAME_OF.get(f, f))
        prev = tok[-1] if len(tok) == 1 else "w"
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


_WEEK_PAST = {i: P.WEEKDAY_PAST[i] for i in range(7)}
_WEEK_FUTURE = {-i: P.WEEKDAY_FUTURE[i] for i in range(7)}
_LAST = {i: (1.0 if i <= 7 else 0.3) for i in range(1, 14)}
_NEXT = {-i: (1.0 if i <= 7 else 0.3) for i in range(1, 14)}
_SAME = {0: P.SAME_DAY[0], 1: P.SAME_DAY[1], -1: P.SAME_DAY[1]}


def _placement(m: Mention, a: Anchor) -> tuple[Callable[[Day], float], tuple[int, ...], str] | None:
    """(plausibility, years, what it says) when the anchor's date fits the mention's form."""
    span = (a.last - a.first).days + 1
    days = _days(a) if span <= 31 else []
    if m.form in ("weekday", "weekday-last", "weekday-next"):
        xs = [d.toordinal() for d in days if d.isoweekday() == m.value and span <= 2]
        if not xs:
            return None
        table = {"weekday-last": _LAST, "weekday-next": _NEXT}.get(
            m.form, _WEEK_FUTURE if m.tense == "future" else _WEEK_PAST)
        return _ord_table(xs, table), (a.first.year,), f'"{m.text}" was {date.fromordinal(xs[0]).isoformat()}'
    if m.form == "day" and span <= 2:
        xs = [d.toordinal() - m.value for d in days]
        return _ord_table(xs, _SAME), (a.first.year,), f'"{m.text}" was {a.first.isoformat()}'
    if m.form == "week" and span <= 7 and a.first.isocalendar()[:2] == a.last.isocalendar()[:2]:
        monday = a.first.toordinal() - a.first.weekday() - 7 * m.value
        return (lambda d: 1.0 if 0 <= d[0] - monday <= 6 else 0.0), (a.first.year,), \
            f'"{m.text}" was the week of {a.first.isoformat()}'
    if m.form == "month" and (a.first.year, a.first.month) == (a.last.year, a.last.month):
        n = a.first.year * 12 + a.first.month - m.value
        return (lambda d: 1.0 if d[1] * 12 + d[2] == n else 0.0), (a.first.year,), \
            f'"{m.text}" was {a.first.year:04d}-{a.first.month:02d}'
    if m.form == "year" and a.first.year == a.last.year:
        y = a.first.year - m.value
        return (lambda d: 1.0 if d[1] == y else 0.0), (y,), f'"{m.text}" was {a.first.year}'
    rel = {"past": "past", "future": "future"}.get(m.tense, "around")
    if m.form == "month-day" and span == 1 and (a.first.month, a.first.day) == tuple(m.value):
        return interval_plaus(a.first, a.first, "day", rel), (a.first.year,), f'"{m.text}" was {a.first.isoformat()}'
    if m.form == "month-name" and (a.first.year, a.first.month) == (a.last.year, a.last.month) and \
            a.first.month == m.value:
        end = (date(a.first.year + (a.first.month == 12), a.first.month % 12 + 1, 1) - timedelta(days=1))
        return interval_plaus(date(a.first.year, a.first.month, 1), end, "month", rel), (a.first.year,), \
            f'"{m.text}" was {a.first.year:04d}-{a.first.month:02d}'
    return None


def mention_features(m: Mention) -> Features:
    """What the clause around a mention is about (the mention's own words left out)."""
    return features(m.sentence.replace(m.text, " "))


Best = tuple[tuple[float, str, date], Anchor, float]  # (ranking key, anchor, similarity)


def best_anchor(m: Mention, fm: Features, source: str, candidates: Iterable[tuple[Anchor, Features]]) -> Best | None:
    """The candidate anchor that places mention ``m`` of article ``source`` best.

    Ranked by similarity times weight, then source and first day; of equal ones the first
    wins, so that the best of a concatenation is the best of the bests of its parts, taken
    in order (how the Dask engine splits this work by event kind).
    """
    best = None
    for a, fa in candidates:
        if a.source == source:
            continue
        sim = similarity(fm, fa)
        if sim < P.CROSS_MIN_SIMILARITY or _placement(m, a) is None:
            continue
        key = (sim * a.weight, a.source, a.first)
        if best is None or key > best[0]:
            best = (key, a, sim)
    return best


def cross_clue(m: Mention, a: Anchor, sim: float) -> Clue:
    """The clue that anchor ``a`` (another article's dated happening) gives mention ``m``."""
    plaus, years, said = _placement(m, a)  # type: ignore[misc]  # best_anchor checked that it fits
    short = a.text if len(a.text) <= 90 else a.text[:89] + "…"
    ev = Evidence(f'{said}: {a.source} places "{short}" there (similarity {sim:.2f})', m.text, m.start, m.end,
                  re.sub(r"\s+", " ", m.sentence).strip(), a.source)
    return Clue(ev, P.RELIABILITY["cross"] * a.weight, plaus, years)


def cross_clues(an: Analysis, index: AnchorIndex) -> list[Clue]:
    """Clues from other articles' anchors that date the happenings this article's mentions date."""
    out = []
    for m in an.mentions:
        fm = mention_features(m)
        best = best_anchor(m, fm, an.source, (x for k in sorted(fm.events) for x in index.get(k, ())))
        if best is not None:
            out.append(cross_clue(m, best[1], best[2]))
    return out


@dataclass(slots=True)
class Prior:
    """What the rest of the collection says about one article's period.

    ``period``: the shares of months (``year * 12 + month - 1``) the other articles come from;
    ``topic``: the same from the articles sharing its rarer names, each weighed by how rare the
    shared names are; ``strength``: the summed rarity of those names; ``names``: the rarest of
    them, for the evidence shown.
    """

    period: dict[int, float]
    topic: dict[int, float]
    strength: float  # how much rare-name weight the topic rests on (sum of the shared names' rarity)
    names: tuple[str, ...] = ()


def _period(spreads: list[dict[int, float]]) -> dict[int, float]:
    """The period a collection comes from: shares of months, estimated as the prior that best
    explains every article's own evidence together (each spread is the article's likelihood per
    month; a few rounds of expectation-maximisation re-weigh each spread by the current period,
    so months on which many articles' evidence agrees gain and stray ones fade, while an
    article whose evidence points clearly elsewhere keeps its own month)."""
    months = sorted({k for s in spreads for k in s})
    if not months:
        return {}
    pi = {k: 1.0 / len(months) for k in months}
    for _ in range(P.COLLECTION_ROUNDS):
        new: dict[int, float] = defaultdict(float)
        for s in spreads:
            z = sum(v * pi[k] for k, v in s.items())
            if z <= 0.0:
                continue
            for k, v in s.items():
                new[k] += v * pi[k] / z
        total = sum(new.values())
        pi = {k: (new.get(k, 0.0) / total) * (1 - P.COLLECTION_SMOOTHING) + P.COLLECTION_SMOOTHING / len(months)
              for k in months}
    return pi


def _posterior(s: dict[int, float], pi: dict[int, float]) -> dict[int, float]:
    z = sum(v * pi.get(k, 0.0) for k, v in s.items())
    return {k: v * pi.get(k, 0.0) / z for k, v in s.items()} if z > 0 else {}


def collection_priors(items: list[tuple[Analysis, PubDate]]) -> dict[str, Prior]:
    """For each article, the period the other articles come from, as shares of months.

    Each article's own evidence gives a spread over months (its likelihood share per month).
    The collection's *period* is the prior over months that best explains all of them
    (:func:`_period`); each article's *period* clue is that period without its own share. Its
    *topic* is the sum over the names it shares with others, each name counting its rarity
    (``log(N / articles naming it)`` over ``log N``: a name every article uses counts nothing),
    of the other articles' placements (their spreads re-weighed by the period). News on one
    topic clusters in time.

    Computed from sums over the whole collection minus the article's own, so that it takes
    linear, not quadratic, time.
    """
    n_all = len(items)
    df: dict[str, int] = defaultdict(int)
    for an, _ in items:
        for n in an.names:
            df[n] += 1
    scale = math.log(n_all) if n_all > 2 else 1.0
    rarity = {n: math.log(n_all / c) / scale for n, c in df.items() if c >= 2}
    dated = [(an, pd.months) for an, pd in items if pd.months]
    pi = _period([m for _, m in dated])
    total: dict[int, float] = defaultdict(float)
    by_name: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    own: dict[str, dict[int, float]] = {}
    for an, months in dated:
        mine = _posterior(months, pi)
        own[an.source] = mine
        for k, v in mine.items():
            total[k] += v
            for n in an.names:
                if n in rarity:
                    by_name[n][k] += v
    out: dict[str, Prior] = {}
    for an, _ in items:
        mine = own.get(an.source, {})
        period = {k: v - mine.get(k, 0.0) for k, v in total.items()}
        topic: dict[int, float] = defaultdict(float)
        shared = []
        for n in sorted(an.names):  # a set's order changes with the hash seed; float sums must not
            r = rarity.get(n, 0.0)
            if r <= 0.0 or n not in by_name:
                continue
            got = {k: v - mine.get(k, 0.0) for k, v in by_name[n].items()}
            if sum(got.values()) <= 1e-9:
                continue  # only the article itself dates this name
            shared.append((-r, n))
            for k, v in got.items():
                topic[k] += r * v
        period = {k: v for k, v in period.items() if v > 1e-9}
        topic = {k: v for k, v in topic.items() if v > 1e-9}
        if period or topic:
            shared.sort()
            out[an.source] = Prior(period, topic, sum(-r for r, _ in shared),
                                   tuple(n for _, n in shared[:P.TOPIC_NAMES_SHOWN]))
    return out


def _month_clue(shares: dict[int, float], reliability: float, reason: str) -> Clue:
    top = max(shares.values())
    months = {k: v / top for k, v in shares.items() if v >= P.COLLECTION_MIN_SHARE * top}
    best = max(months, key=lambda k: (months[k], -k))
    label = f"{best // 12:04d}-{best % 12 + 1:02d}"
    years = tuple(sorted({k // 12 for k in months}))
    return Clue(Evidence(reason.format(label=label)), reliability,
                lambda d: months.get(d[1] * 12 + d[2] - 1, 0.0), years, grain="month")


def collection_clue(an: Analysis, prior: Prior | None) -> list[Clue]:
    """Clues from the rest of the collection: the period it comes from, and the period of the
    articles sharing this one's rarer names (news on one topic clusters in time)."""
    if prior is None:
        return []
    out = []
    if prior.period:
        out.append(_month_clue(prior.period, P.RELIABILITY["collection"],
                               "the collection: the other articles come mostly from around {label}"))
    if prior.topic and prior.strength >= P.TOPIC_MIN_STRENGTH:
        r = P.RELIABILITY["topic"] * min(1.0, prior.strength / P.TOPIC_FULL_STRENGTH)
        names = ", ".join(prior.names)
        out.append(_month_clue(prior.topic, r, "the topic: articles that also name " + names
                               + " come mostly from around {label}"))
    return out
