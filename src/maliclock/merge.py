"""Stage 6: merge dated statements into events, one per real-world happening.

Two statements merge when their dates are compatible (the same day, one
containing the other, parts of the same day) and their content is similar
enough: shared event words, names (with variants and acronyms) and content
stems, scored by readable rules. Candidates are blocked by key term and date
so the merge never compares all pairs. The result does not depend on input order.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Callable, Iterable, Iterator, Mapping, TypeVar

from .rules import events as E
from .rules import vocabulary as V
from .statements import Statement
from .timex import RANK, date_interval, day_value

_EVENT_OF = {w: k for k, ws in E.EVENT_WORDS.items() for w in ws}
_PHRASE_OF = {p: k for k, ps in E.EVENT_PHRASES.items() for p in ps}
_PHRASE_ENDS = frozenset(p.split()[-1] for p in _PHRASE_OF)  # a token that may end a phrase: only then look back
_RELATED: dict[str, set[str]] = defaultdict(set)
for _a, _b in E.RELATED_EVENTS:
    _RELATED[_a].add(_b)
    _RELATED[_b].add(_a)
_NAME_OF = {w: k for k, ws in E.NAME_VARIANTS.items() for w in ws}
_POSSESSIVE = re.compile(r"['’]s$")
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'’-]*")
_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and|de|du|la|in)\s+)*){2,})\(([A-Z]{2,8})\)")

MERGE_THRESHOLD = 0.34
# Reports of one happening placed on consecutive days by different articles (time
# zones, "today" written late, "overnight") merge only when very similar; the
# disagreement is then listed as a date conflict.
ADJACENT_DAY_THRESHOLD = 0.6
# Extra evidence needed when one date only contains the other: grows with how much
# coarser the container is (a week around a day: +0.10; a month or more: +0.15).
CONTAINMENT_PENALTY_PER_DOUBLING = 0.035
CONTAINMENT_PENALTY_MAX = 0.15
# Less credit when the statements share no event word.
NO_EVENT_PENALTY = 0.15
# Within one article, two statements at different clock times (or different parts of one day) of the
# same granularity are two happenings ("10:15 p.m.: Polls closed in Nevada", "9:01 p.m.: Polls have now
# closed in 15 more states"); across articles, different times are a conflict to show.
WITHIN_DAY_GRANULARITIES = frozenset({"time", "partofday"})


def fold(s: str) -> str:
    """Lower-case, accents removed ("Touré" -> "toure")."""
    if s.isascii():  # nothing to decompose
        return s.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def stem(w: str) -> str:
    """A light suffix-stripping stem, enough to match "seized"/"seizure"/"seize"."""
    for suf in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "e", "ure"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


@dataclass(slots=True)
class Features:
    """What a statement is about, for comparison."""

    events: frozenset[str]
    names: frozenset[str]
    stems: frozenset[str]


def acronyms(texts: list[str]) -> dict[str, str]:
    """Acronyms defined in the texts ("National Committee ... (CNRDR)") -> folded expansion."""
    out: dict[str, str] = {}
    for t in dict.fromkeys(texts):  # each distinct text once, in order
        if "(" not in t:  # every definition ends with its acronym in parentheses
            continue
        for m in _ACRONYM_DEF.finditer(t):
            out.setdefault(m.group(2).lower(), fold(m.group(1)).strip())
    return out


def _hedged(toks: list[str], i: int) -> bool:
    """An event word under a hedge ("fears of a possible coup") does not report the event."""
    return _hedged_after(tuple(toks[max(0, i - 3):i]))


@lru_cache(maxsize=1 << 14)
def _hedged_after(before_toks: tuple[str, ...]) -> bool:
    """Whether the (at most three) tokens before an event word hedge it."""
    before = " ".join(t.lower() for t in before_toks)
    return any(h in before for h in E.HEDGES)


@lru_cache(maxsize=1 << 16)
def _folded_token(tok: str) -> str:
    """A token folded, without its possessive and edge punctuation ("Touré's" -> "toure")."""
    return _POSSESSIVE.sub("", fold(tok)).strip(".'’-")


def features_of(stmts: list[Statement], acr: dict[str, str]) -> list[Features]:
    """:func:`features` of each statement; statements with the same summary share one object."""
    known: dict[str, Features] = {}
    index = AcronymIndex(acr) if len(acr) > ACRONYM_INDEX_FROM else None
    out = []
    for s in stmts:
        f = known.get(s.summary)
        if f is None:
            f = known[s.summary] = features(s, acr, index)
        out.append(f)
    return out


def features(st: Statement, acr: dict[str, str], index: "AcronymIndex | None" = None) -> Features:
    """Event kinds, names and content stems of a statement's clause (``index``: of ``acr``, to
    look for many acronyms faster; the same features)."""
    clause = st.summary
    events, names, stems = set(), set(), set()
    toks = _TOKEN.findall(clause)
    for i, tok in enumerate(toks):
        f = _folded_token(tok)
        if not f:
            continue
        if f in _EVENT_OF and not _hedged(toks, i):
            events.add(_EVENT_OF[f])
        elif f in _PHRASE_ENDS and i > 0:
            kind = _PHRASE_OF.get(f"{_folded_token(toks[i - 1])} {f}")
            if kind is not None and not _hedged(toks, i - 1):
                events.add(kind)
        # a capitalised word is a name unless it only starts the sentence (acronyms always are)
        if tok[0].isupper() and f not in E.STOPWORDS and (i > 0 or tok.isupper() and len(tok) > 1):
            names.add(_NAME_OF.get(f, f))
        elif f in _NAME_OF:
            names.add(_NAME_OF[f])
        if f not in E.STOPWORDS and len(f) > 2:
            stems.add(stem(f))
    low = fold(clause)
    if index is None:
        for a, exp in acr.items():
            if a in names or exp in low:
                names.add(a)
    else:
        names.update(index.found(low, names))
    return Features(frozenset(events), frozenset(names), frozenset(stems))


# features_of: above this many acronyms, their expansions are looked for through an index
ACRONYM_INDEX_FROM = 64


class AcronymIndex:
    """The acronyms of :func:`features` found without trying every expansion on every clause.

    An expansion found in a clause has its first three characters there: the clause's
    three-character substrings pick the expansions worth looking for.
    """

    __slots__ = ("acr", "by_gram", "short")

    def __init__(self, acr: dict[str, str]) -> None:
        self.acr = acr
        self.by_gram: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.short: list[tuple[str, str]] = []  # expansions shorter than three characters
        for a, exp in acr.items():
            if len(exp) < 3:
                self.short.append((a, exp))
            else:
                self.by_gram[exp[:3]].append((a, exp))

    def found(self, low: str, names: set[str]) -> set[str]:
        """The acronyms a clause (folded: ``low``; its names: ``names``) refers to."""
        out = {a for a in names if a in self.acr}
        grams = {low[k:k + 3] for k in range(len(low) - 2)}
        for g in grams & self.by_gram.keys():
            out.update(a for a, exp in self.by_gram[g] if exp in low)
        out.update(a for a, exp in self.short if exp in low)
        return out


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Between the overlap coefficient and Dice: shared / mean(min, max) size."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (min(len(a), len(b)) + max(len(a), len(b)) ** 0.5 * min(len(a), len(b)) ** 0.5)


@lru_cache(maxsize=1 << 12)
def _related(a: frozenset[str]) -> frozenset[str]:
    return a | {r for k in a for r in _RELATED.get(k, ())}


def _scored_events(a: Features, b: Features) -> tuple[float, frozenset[str], frozenset[str]]:
    """The score of :func:`similarity` and the two event sets it compared."""
    ea, eb = a.events, b.events
    if ea and eb:
        ea = _related(ea) & _related(eb) | ea
        eb = _related(eb) & ea | eb
    ev = _overlap(ea, eb)
    nm = _overlap(a.names, b.names)
    st = _overlap(a.stems, b.stems)
    if ea and eb and not (ea & eb):
        return 0.0, ea, eb
    score = 0.45 * ev + 0.25 * nm + 0.30 * st
    if not ea & eb:
        score -= NO_EVENT_PENALTY
    return score, ea, eb


def similarity_score(a: Features, b: Features) -> float:
    """The score of :func:`similarity` alone."""
    return _scored_events(a, b)[0]


def _similarity_score(a: Features, b: Features) -> float:
    """:func:`similarity_score` from cached tables: the same float, a few times faster."""
    e45, shared = _event_part(a.events, b.events)
    if e45 is None:
        return 0.0
    na, nb, ta, tb = a.names, b.names, a.stems, b.stems
    nm = 2 * len(na & nb) / _den(len(na), len(nb)) if na and nb else 0.0
    st = 2 * len(ta & tb) / _den(len(ta), len(tb)) if ta and tb else 0.0
    score = e45 + 0.25 * nm + 0.30 * st
    if not shared:
        score -= NO_EVENT_PENALTY
    return score


def similarity(a: Features, b: Features) -> tuple[float, str]:
    """Score in [0, 1] and the rule that produced it."""
    score, ea, eb = _scored_events(a, b)
    if ea and eb and not (ea & eb):
        return 0.0, "different event kinds"
    parts = []
    if ea & eb:
        parts.append("event " + "/".join(sorted(ea & eb)))
    if a.names & b.names:
        parts.append("names " + "/".join(sorted(a.names & b.names)[:4]))
    shared = a.stems & b.stems
    if shared:
        parts.append("words " + "/".join(sorted(shared)[:5]))
    return score, "; ".join(parts) or "nothing shared"


def compatible(a: tuple[date, date], b: tuple[date, date]) -> str | None:
    """"same", "contains" or None: how two intervals relate for merging."""
    if a == b:
        return "same"
    if (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]):
        return "contains"
    return None


_HOUR = re.compile(r"T(\d{2}):\d{2}")


def _adjacent_days(a: Statement, b: Statement) -> bool:
    """Two single-day statements from different articles on consecutive days."""
    return (a.source != b.source and a.start == a.end and b.start == b.end
            and abs((a.start - b.start).days) == 1)


def _other_time_of_day(a: Statement, b: Statement) -> bool:
    """Are ``a`` and ``b`` at different times of the day: two clock times, two parts of the day, or a clock time
    outside a part of the day ("8:30 p.m." and "Wednesday afternoon")?"""
    if a.granularity not in WITHIN_DAY_GRANULARITIES or b.granularity not in WITHIN_DAY_GRANULARITIES \
            or a.value == b.value:
        return False
    if a.granularity == b.granularity:
        return True
    clock, pod = (a.value, b.value) if a.granularity == "time" else (b.value, a.value)
    hours = V.PART_OF_DAY_HOURS.get(pod.rpartition("T")[2])
    hm = _HOUR.search(clock)
    if hours is None or hm is None:
        return False
    h = int(hm.group(1))
    return not (hours[0] <= h < hours[1] or hours[0] <= h + 24 < hours[1])


def containment_penalty(a: tuple[date, date], b: tuple[date, date]) -> float:
    """Extra score needed to merge two statements whose intervals differ in length."""
    la, lb = (a[1] - a[0]).days + 1, (b[1] - b[0]).days + 1
    ratio = max(la, lb) / min(la, lb)
    return min(CONTAINMENT_PENALTY_MAX, CONTAINMENT_PENALTY_PER_DOUBLING * math.log2(ratio))


@dataclass(slots=True)
class Cluster:
    """A growing event: its statements and the interval all of them share."""

    members: list[int]
    lo: date
    hi: date
    reasons: list[str] = field(default_factory=list)
    disputed: bool = False  # sources place it on two adjacent days


# Blocking: only statements that share an event kind or a name can score above the
# threshold (see ``similarity``), so candidates are drawn per key term, sorted by date.
BLOCK_NAMES = 3  # rarest names of a statement used to find its candidates (event kinds always are)
BLOCK_WINDOW = 32  # later statements compared per statement and term


ONE_DAY = timedelta(days=1)

# The merge works on statement ids that only need to be ordered like the canonical
# order of statements: list indices here, sortable keys in the Dask engine.
Id = TypeVar("Id")


def key_terms(f: Features) -> list[str]:
    """Every key term of a statement: its event kinds ("e:coup") and names ("n:toure")."""
    return [f"e:{k}" for k in f.events] + [f"n:{k}" for k in f.names]


def block_terms(f: Features, df: Mapping[str, int]) -> list[str]:
    """The blocks a statement joins: all its event kinds and its ``BLOCK_NAMES`` rarest names.

    ``df`` counts, over the whole corpus, the statements that have each term.
    """
    names = sorted((f"n:{k}" for k in f.names), key=lambda k: (df[k], k))[:BLOCK_NAMES]
    return sorted(f"e:{k}" for k in f.events) + names


def block_pairs(members: list[Id], stmts: Mapping[Id, Statement]) -> Iterator[tuple[Id, Id]]:
    """Candidate pairs (i < j) within one block: each member and the next ones whose dates can overlap."""
    members = sorted(members, key=lambda i: (stmts[i].start, stmts[i].start - stmts[i].end, i))
    for x, i in enumerate(members):
        end = stmts[i].end
        for j in members[x + 1:x + 1 + BLOCK_WINDOW]:
            if stmts[j].start > end + ONE_DAY:
                break
            yield (i, j) if i < j else (j, i)


def candidate_pairs(stmts: list[Statement], feats: list[Features]) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) worth scoring: sharing a rare key term, with overlapping dates."""
    df = Counter(k for f in feats for k in key_terms(f))
    by_term: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for k in block_terms(f, df):
            by_term[k].append(i)
    for term in sorted(by_term):
        yield from block_pairs(by_term[term], stmts)


@dataclass(slots=True)
class Scored:
    """The outcome of comparing two statements."""

    score: float
    need: float
    why: str

    @property
    def passes(self) -> bool:
        """Whether the score reaches what this pair needs to merge."""
        return self.score >= self.need


@lru_cache(maxsize=1 << 12)
def _shared_events(ea: frozenset[str], eb: frozenset[str]) -> str | None:
    """The "event ..." part of :func:`similarity`'s rule ("" when no kind is shared), None
    for "different event kinds"."""
    if ea and eb:
        ea = _related(ea) & _related(eb) | ea
        eb = _related(eb) & ea | eb
        if not (ea & eb):
            return None
    return "event " + "/".join(sorted(ea & eb)) if ea & eb else ""


def _rule(a: Features, b: Features) -> str:
    """The rule of :func:`similarity` (the same text), without computing the score."""
    ev = _shared_events(a.events, b.events)
    if ev is None:
        return "different event kinds"
    parts = [ev] if ev else []
    names = a.names & b.names
    if names:
        parts.append("names " + "/".join(sorted(names)[:4]))
    shared = a.stems & b.stems
    if shared:
        parts.append("words " + "/".join(sorted(shared)[:5]))
    return "; ".join(parts) or "nothing shared"


def explanation(rel: str, fi: Features, fj: Features, score: float, need: float) -> str:
    """The explanation of a scored pair (``rel``: "same", "contains" or "adjacent")."""
    why = _rule(fi, fj)
    return f"{rel} date; {why}; score {score:.2f} {'>=' if score >= need else '<'} {need:.2f}"


def score_pair(si: Statement, sj: Statement, fi: Features, fj: Features, threshold: float) -> Scored | None:
    """Compare two statements; None when their dates or clauses rule the pair out."""
    rel = compatible((si.start, si.end), (sj.start, sj.end))
    if rel is None:
        if not _adjacent_days(si, sj):
            return None
        rel = "adjacent"
    if si.source == sj.source and si.sentence == sj.sentence and si.clause != sj.clause:
        return None  # two clauses of one sentence are two statements
    if si.source == sj.source and _other_time_of_day(si, sj):
        return None
    score = similarity_score(fi, fj)
    if rel == "adjacent":
        need = ADJACENT_DAY_THRESHOLD
        if not (fi.events & fj.events and fi.names & fj.names):
            return None  # consecutive days need the same kind of event and a shared name
    else:
        need = threshold + containment_penalty((si.start, si.end), (sj.start, sj.end))
    return Scored(score, need, explanation(rel, fi, fj, score, need))


def score_pairs(stmts: list[Statement], feats: list[Features], threshold: float) -> dict[tuple[int, int], Scored]:
    """Score every candidate pair whose dates are compatible."""
    out: dict[tuple[int, int], Scored] = {}
    seen: set[tuple[int, int]] = set()
    for i, j in candidate_pairs(stmts, feats):
        if (i, j) in seen:
            continue
        seen.add((i, j))
        sc = score_pair(stmts[i], stmts[j], feats[i], feats[j], threshold)
        if sc is not None:
            out[(i, j)] = sc
    return out


@dataclass(slots=True, frozen=True)
class Span:
    """What the union needs to know of a statement: its interval and how reasons name it."""

    start: date
    end: date
    ref: str


def span(s: Statement) -> Span:
    """The span of a statement."""
    return Span(s.start, s.end, _ref(s))


def union(passing: list[tuple[Id, Id, Scored]], spans: Mapping[Id, Span]) -> tuple[dict[Id, Id], dict[Id, Cluster]]:
    """Greedy union of passing pairs in descending score order, under the date constraints.

    Returns the owner (the smallest member id of its cluster) of every statement
    that joined a cluster, and those clusters by owner. Statements absent from
    both are clusters of their own.
    """
    items = sorted(((-sc.score, i, j, sc) for i, j, sc in passing), key=_BY_SCORE)
    return union_sorted(items, spans, _why_of_scored)


_BY_SCORE = itemgetter(0, 1, 2)


def _why_of_scored(item: tuple) -> str:
    return item[3].why


def _agreeing_first(items: Iterable[tuple], spans: Mapping[Id, Span]) -> Iterator[tuple]:
    """The pairs in their order, those on two adjacent days last: reports that agree on a day are one
    event before a report of the next day can dispute it ("Monday's earthquake" and "the death toll rose on
    Tuesday" in one article must not make the quake a Monday-or-Tuesday event)."""
    deferred = []
    for item in items:
        a, b = spans[item[1]], spans[item[2]]
        if a.start != b.start and a.start == a.end and b.start == b.end:
            deferred.append(item)
        else:
            yield item
    yield from deferred


def _two_days_of_one_source(a: list[Id], b: list[Id], spans: Mapping[Id, Span]) -> bool:
    """Would the statements ``a`` and ``b`` together put one source on two days?"""
    day: dict[str, date] = {}
    for m in (*a, *b):
        sp = spans[m]
        source = sp.ref.rpartition("@")[0]
        if day.setdefault(source, sp.start) != sp.start:
            return True
    return False


def union_sorted(items: Iterable[tuple], spans: Mapping[Id, Span],
                 why: Callable[[tuple], str]) -> tuple[dict[Id, Id], dict[Id, Cluster]]:
    """:func:`union` of passing pairs given as ``(-score, i, j, ...)``, already sorted by
    (-score, i, j); ``why(item)`` is the pair's explanation, asked only when needed."""
    clusters: dict[Id, Cluster] = {}  # by owner: the smallest member id, always ``members[0]``
    where: dict[Id, Cluster] = {}  # the cluster of each statement that joined one
    for item in _agreeing_first(items, spans):
        i, j = item[1], item[2]
        a, b = where.get(i), where.get(j)
        if a is not None and a is b:
            continue
        if a is None:
            a = Cluster([i], spans[i].start, spans[i].end)
        if b is None:
            b = Cluster([j], spans[j].start, spans[j].end)
        disputed = a.disputed or b.disputed
        if a.disputed and b.disputed:
            continue
        if disputed:
            other = b if a.disputed else a
            if not why(item).startswith(("same", "adjacent")) or any(
                    spans[m].start != spans[m].end for m in other.members):
                continue  # a disputed event only takes single-day reports of the same happening
        if disputed:  # a cluster whose sources name two adjacent days takes what falls inside them
            lo, hi = min(a.lo, b.lo), max(a.hi, b.hi)
            if (hi - lo).days > 1:
                continue
        else:
            lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
        if lo > hi:
            if not (why(item).startswith("adjacent") and a.lo == a.hi and b.lo == b.hi):
                continue  # would join two different days through a coarser date
            lo, hi, disputed = min(a.lo, b.lo), max(a.hi, b.hi), True
        if disputed and _two_days_of_one_source(a.members, b.members, spans):
            continue  # a source that names both days reports two happenings, not a disputed one
        k, g = (a, b) if a.members[0] < b.members[0] else (b, a)  # the smaller owner keeps the cluster
        keep, gone = k.members[0], g.members[0]
        reason = f"merged {spans[i].ref} + {spans[j].ref}: {why(item)}"
        # the members (reasons) of the kept cluster, then those of the other, then the new reason;
        # held by the larger of the two, so that only the smaller one's members change cluster
        if len(k.members) >= len(g.members):
            k.members.extend(g.members)
            k.reasons.extend(g.reasons)
            big, moved = k, g.members
        else:
            g.members[:0] = k.members
            g.reasons[:0] = k.reasons
            big, moved = g, k.members
        big.reasons.append(reason)
        big.lo, big.hi, big.disputed = lo, hi, disputed
        for m in moved:
            where[m] = big
        where[i] = where[j] = big
        clusters[keep] = big
        clusters.pop(gone, None)
    owner = {m: key for key, c in clusters.items() for m in c.members}
    return owner, clusters


def near_misses(scored: Iterable[tuple[Id, Id, Scored]], owner: Callable[[Id], Id],
                ref: Callable[[Id], str]) -> dict[Id, tuple[float, str]]:
    """For each cluster (by owner), the closest report kept apart from it: (score, reason).

    Several partial results combine by taking, per owner, the larger tuple.
    """
    best: dict[Id, tuple[float, str]] = {}
    for i, j, sc in scored:
        if sc.score <= 0 or owner(i) == owner(j):
            continue
        for a, b in ((i, j), (j, i)):
            c = owner(a)
            cand = (sc.score, f"kept apart from {ref(b)}: {sc.why}")
            if c not in best or cand > best[c]:
                best[c] = cand
    return best


def merge_plain(stmts: list[Statement], threshold: float = MERGE_THRESHOLD,
                feats: list[Features] | None = None) -> list[Cluster]:
    """:func:`merge` computed directly: every candidate pair scored with its explanation and
    kept, one union over all passing pairs. The reference the tests compare :func:`merge` with."""
    if feats is None:
        acr = acronyms([s.sentence for s in stmts])
        feats = [features(s, acr) for s in stmts]
    scored = score_pairs(stmts, feats, threshold)
    spans = [span(s) for s in stmts]
    owner, merged = union([(i, j, sc) for (i, j), sc in scored.items() if sc.passes], spans)
    clusters = {i: merged.get(i) or Cluster([i], s.start, s.end)
                for i, s in enumerate(stmts) if owner.get(i, i) == i}
    # the closest near misses, so an analyst can see why reports were kept apart
    misses = near_misses(((i, j, sc) for (i, j), sc in scored.items()), lambda i: owner.get(i, i),
                         lambda i: spans[i].ref)
    for c, (_, why) in misses.items():
        clusters[c].reasons.append(why)
    return [clusters[k] for k in sorted(clusters)]


def merge(stmts: list[Statement], threshold: float = MERGE_THRESHOLD,
          feats: list[Features] | None = None) -> list[Cluster]:
    """Group statements into clusters; ``stmts`` must be in canonical order (``feats``: their features).

    The same clusters, reasons and near misses as :func:`merge_plain`, in time that grows with
    the candidate pairs (at most ``BLOCK_WINDOW`` per statement and blocking key) and memory
    that holds the clusters, not every scored pair (see :class:`_Stream`).
    """
    if feats is None:
        acr = acronyms([s.sentence for s in stmts])
        feats = [features(s, acr) for s in stmts]
    return _Stream(stmts, feats, threshold).run()


class _Block:
    """The statements of one blocking key in date order, and how far the scan has got."""

    __slots__ = ("members", "starts", "pos")

    def __init__(self) -> None:
        self.members: list[int] = []
        self.starts: list[int] = []  # day ordinals of the members' starts, for bisection
        self.pos = 0  # the member the scan is at


# statements scanned between two unions of the components no later statement can reach
FLUSH_EVERY = 2048


class _Stream:
    """The merge, statement by statement in date order, in bounded memory.

    The candidate pairs are those of :func:`candidate_pairs`: every block is sorted by the
    same key (start, longer first, id), so a pair is always found from its earlier member;
    the candidates found from one statement through all its blocks are scored once each.
    Scores are computed with plain numbers (interned ids, sizes, cached tables) as exactly
    the same floats as :func:`similarity_score`, and the explanation is written only for the
    pairs that are reported (merged, or the nearest miss of a cluster).

    Passing pairs are grouped into connected components (union-find). The greedy union of
    :func:`union` only ever joins statements of one component, in the same order within it
    as over all pairs, so each component is unioned on its own as soon as the scan has
    passed all its members: no later statement can pair with them. Pairs that score above
    zero without passing wait only until both their statements' clusters are final, then
    update the near misses (:func:`near_misses`). Memory holds the clusters and the pairs
    of the last few days scanned, not every pair.
    """

    def __init__(self, stmts: list[Statement], feats: list[Features], threshold: float) -> None:
        self.stmts, self.feats, self.threshold = stmts, feats, threshold
        n = len(stmts)
        days: dict[date, int] = {}
        self.start = [days[s.start] if s.start in days else days.setdefault(s.start, s.start.toordinal())
                      for s in stmts]
        self.end = [days[s.end] if s.end in days else days.setdefault(s.end, s.end.toordinal()) for s in stmts]
        ids: dict = {}
        self.src = [ids.setdefault(s.source, len(ids)) for s in stmts]
        sents: dict = {}
        self.sent = [sents.setdefault((s.source, s.sentence), len(sents)) for s in stmts]
        evs: dict[frozenset[str], int] = {}
        # event sets by interned id; the event part of the score by pair of ids (a * kinds + b)
        self.ev = [evs.setdefault(f.events, len(evs)) for f in feats]
        self.ev_sets = list(evs)
        self.ev_parts: dict[int, tuple[float | None, bool]] = {}
        self.rank = [0] * n
        self.owner: dict[int, int] = {}
        self.clusters: dict[int, Cluster] = {}
        self.misses: dict[int, tuple[float, str]] = {}
        # union-find over passing pairs: parent, and per root [last rank, members, pairs]
        self.parent: dict[int, int] = {}
        self.comp: dict[int, list] = {}
        self.pending: list[tuple[int, int, float, float, str]] = []

    def run(self) -> list[Cluster]:
        """Scan, union and collect the clusters, as :func:`merge_plain` returns them."""
        stmts, feats, start, end = self.stmts, self.feats, self.start, self.end
        n = len(stmts)
        order = sorted(range(n), key=lambda i: (start[i], start[i] - end[i], i))
        rank = self.rank
        for r, i in enumerate(order):
            rank[i] = r
        df = Counter(k for f in feats for k in key_terms(f))
        blocks: dict[str, _Block] = {}
        terms: list[list[_Block]] = [[]] * n
        known: dict[int, list[str]] = {}  # block terms by features object (shared by equal summaries)
        for i in order:
            bs = []
            f = feats[i]
            ks = known.get(id(f))
            if ks is None:
                ks = known[id(f)] = block_terms(f, df)
            for k in ks:
                b = blocks.get(k)
                if b is None:
                    b = blocks[k] = _Block()
                b.members.append(i)
                b.starts.append(start[i])
                bs.append(b)
            terms[i] = bs
        del df, blocks, known
        window = BLOCK_WINDOW
        for r, i in enumerate(order):
            if r and r % FLUSH_EVERY == 0:
                self.flush(r)
            bs = terms[i]
            terms[i] = []
            last = end[i] + 1
            if len(bs) == 1:
                b = bs[0]
                p = b.pos = b.pos + 1
                partners: Iterable[int] = b.members[p:bisect_right(b.starts, last, p, min(p + window, len(b.starts)))]
            else:
                found: set[int] = set()
                for b in bs:
                    p = b.pos = b.pos + 1
                    found.update(b.members[p:bisect_right(b.starts, last, p, min(p + window, len(b.starts)))])
                partners = found
            if partners:
                self.score(i, partners)
        self.flush(n + 1)
        clusters = self.clusters
        for i, s in enumerate(stmts):
            if i not in clusters and self.owner.get(i, i) == i:
                clusters[i] = Cluster([i], s.start, s.end)
        for c, (_, why) in self.misses.items():
            clusters[c].reasons.append(why)
        return [clusters[k] for k in sorted(clusters)]

    def score(self, i: int, partners: Iterable[int]) -> None:
        """Score the pairs of statement ``i`` with its candidates, as :func:`score_pair` would."""
        start, end, src, sent, ev, feats = self.start, self.end, self.src, self.sent, self.ev, self.feats
        parts, ev_sets, kinds = self.ev_parts, self.ev_sets, len(self.ev_sets)
        threshold, stmts = self.threshold, self.stmts
        won: list[tuple[float, int, int, float, str]] = []
        pending = self.pending
        si, ei, fi, srci, senti, evi = start[i], end[i], feats[i], src[i], sent[i], ev[i]
        evi_first = evi * kinds  # the key of the event part when i is the first of the pair
        ni, ti = fi.names, fi.stems
        li_n, li_t = len(ni), len(ti)
        for j in partners:
            sj, ej = start[j], end[j]
            if si == sj and ei == ej:
                rel = "same"
                need = threshold
            elif (si <= sj and ej <= ei) or (sj <= si and ei <= ej):
                rel = "contains"
                need = threshold + _penalty(ei - si + 1, ej - sj + 1)
            elif si == ei and sj == ej and (si - sj == 1 or sj - si == 1) and srci != src[j]:
                rel = "adjacent"
                need = ADJACENT_DAY_THRESHOLD
                fj = feats[j]
                if not (fi.events & fj.events and ni & fj.names):
                    continue  # consecutive days need the same kind of event and a shared name
            else:
                continue
            if srci == src[j] and (senti == sent[j] and stmts[i].clause != stmts[j].clause
                                   or _other_time_of_day(stmts[i], stmts[j])):
                continue  # two clauses of one sentence, or two times of day in one article: two statements
            key = evi_first + ev[j] if i < j else ev[j] * kinds + evi
            part = parts.get(key)
            if part is None:
                part = parts[key] = _event_part(ev_sets[evi], ev_sets[ev[j]]) if i < j else \
                    _event_part(ev_sets[ev[j]], ev_sets[evi])
            e45, shared = part
            if e45 is None:
                continue  # different kinds of event: score 0, neither merged nor a near miss
            fj = feats[j]
            nj, tj = fj.names, fj.stems
            nm = 2 * len(ni & nj) / _den(li_n, len(nj)) if li_n and nj else 0.0
            st = 2 * len(ti & tj) / _den(li_t, len(tj)) if li_t and tj else 0.0
            score = e45 + 0.25 * nm + 0.30 * st
            if not shared:
                score -= NO_EVENT_PENALTY
            if score >= need:
                won.append((-score, i, j, need, rel) if i < j else (-score, j, i, need, rel))
            elif score > 0:
                pending.append((i, j, score, need, rel) if i < j else (j, i, score, need, rel))
        if won:
            self.passing(i, won)

    def find(self, x: int) -> int:
        """The root of ``x``'s component, made a component of its own if new."""
        parent = self.parent
        if x not in parent:
            parent[x] = x
            self.comp[x] = [self.rank[x], [x], []]
            return x
        while parent[x] != x:
            parent[x] = x = parent[parent[x]]
        return x

    def passing(self, i: int, won: list[tuple[float, int, int, float, str]]) -> None:
        """Add the passing pairs ``(-score, a, b, need, rel)`` of statement ``i`` to its component."""
        comp, parent = self.comp, self.parent
        ri = self.find(i)
        ci = comp[ri]
        for item in won:
            j = item[2] if item[1] == i else item[1]
            rj = self.find(j)
            if rj == ri:
                continue
            cj = comp[rj]
            if len(ci[1]) < len(cj[1]):
                ri, rj, ci, cj = rj, ri, cj, ci
            parent[rj] = ri
            if cj[0] > ci[0]:
                ci[0] = cj[0]
            ci[1].extend(cj[1])
            ci[2].extend(cj[2])
            del comp[rj]
        ci[2].extend(won)

    def explain(self, item: tuple) -> str:
        """The explanation of a pair ``(-score, a, b, need, rel)``."""
        return explanation(item[4], self.feats[item[1]], self.feats[item[2]], -item[0], item[3])

    def flush(self, r: int) -> None:
        """Union the components whose members all come before rank ``r``; settle waiting near misses."""
        stmts, owner, parent = self.stmts, self.owner, self.parent
        for root in [k for k, c in self.comp.items() if c[0] < r]:
            _, members, pairs = self.comp.pop(root)
            spans = {m: span(stmts[m]) for m in members}
            pairs.sort()  # by (-score, a, b): unique, so the rest is never compared
            o, cl = union_sorted(pairs, spans, self.explain)
            owner.update(o)
            self.clusters.update(cl)
            for m in members:
                del parent[m]
            if len(cl) == 1 and len(o) == len(members):
                continue  # one cluster took every member: no pair of it was kept apart
            for item in pairs:
                a, b = item[1], item[2]
                if owner.get(a, a) != owner.get(b, b):
                    self.near_miss(a, b, -item[0], item)
        rank, keep = self.rank, []
        for p in self.pending:
            a, b = p[0], p[1]
            if rank[a] < r and rank[b] < r and a not in parent and b not in parent:
                self.near_miss(a, b, p[2], (-p[2], a, b, p[3], p[4]))
            else:
                keep.append(p)
        self.pending = keep

    def near_miss(self, a: int, b: int, score: float, item: tuple) -> None:
        """Update the closest report kept apart from each side's cluster (as :func:`near_misses`)."""
        owner = self.owner
        oa, ob = owner.get(a, a), owner.get(b, b)
        if oa == ob:
            return
        best = self.misses
        why = None
        for c, other in ((oa, b), (ob, a)):
            cur = best.get(c)
            if cur is None or score >= cur[0]:
                if why is None:
                    why = self.explain(item)
                cand = (score, f"kept apart from {_ref(self.stmts[other])}: {why}")
                if cur is None or cand > cur:
                    best[c] = cand


@lru_cache(maxsize=1 << 12)
def _event_part(ea: frozenset[str], eb: frozenset[str]) -> tuple[float | None, bool]:
    """``0.45 *`` the event overlap of :func:`_scored_events` and whether an event kind is shared;
    None when both name events and none is shared (the score is then 0)."""
    if ea and eb:
        ea = _related(ea) & _related(eb) | ea
        eb = _related(eb) & ea | eb
    if ea and eb and not (ea & eb):
        return None, False
    return 0.45 * _overlap(ea, eb), bool(ea & eb)


@lru_cache(maxsize=1 << 16)
def _den(la: int, lb: int) -> float:
    """The denominator of :func:`_overlap` for sets of sizes ``la`` and ``lb`` (both > 0)."""
    return min(la, lb) + max(la, lb) ** 0.5 * min(la, lb) ** 0.5


@lru_cache(maxsize=1 << 12)
def _penalty(la: int, lb: int) -> float:
    """:func:`containment_penalty` for intervals of ``la`` and ``lb`` days."""
    ratio = max(la, lb) / min(la, lb)
    return min(CONTAINMENT_PENALTY_MAX, CONTAINMENT_PENALTY_PER_DOUBLING * math.log2(ratio))


def _ref(s: Statement) -> str:
    return f"{s.source}@{s.timex.start}"


def event_id(value: str, summary: str) -> str:
    """Stable id from the date and the summary."""
    return "ev-" + hashlib.sha1(f"{value}|{summary}".encode()).hexdigest()[:10]


_DIRECTNESS = {"absolute": 0, "publication": 1, "previous": 2, "event": 3}


_PRONOUN_FIRST = re.compile(r"(?:He|She|It|They|We|I|You|His|Her|Its|Their)\b")


def best_mention(members: list[Statement], feats: dict[int, Features] | None = None) -> Statement:
    """The mention that gives an event its date and summary.

    The most precise date wins; among equally precise ones, the most directly
    dated (an explicit date before one counted from the publication date, from
    an earlier date or from another event), then the mention most similar to
    the others (the most central report), then the shorter summary.
    """
    if len(members) == 1:
        return members[0]
    top = max(RANK.get(s.granularity, 0) for s in members)
    cands = [s for s in members if RANK.get(s.granularity, 0) == top]
    direct = min(_DIRECTNESS.get(s.anchor_kind, 9) for s in cands)
    cands = [s for s in cands if _DIRECTNESS.get(s.anchor_kind, 9) == direct]
    if len(cands) > 1:  # a summary that names its subject before one that opens with a pronoun ("He takes office.")
        named = [s for s in cands if not _PRONOUN_FIRST.match(s.summary)]
        cands = named or cands
    if len(cands) == 1 or not feats:
        return sorted(cands, key=lambda s: (s.source, s.order))[0]

    # members with equal features score alike: count them instead of comparing every pair
    groups: dict[tuple, list] = {}
    for o in members:
        f = feats[id(o)]
        groups.setdefault((f.events, f.names, f.stems), [f, 0])[1] += 1
    cand_feats = {(f.events, f.names, f.stems): f for f in (feats[id(s)] for s in cands)}
    if len(cand_feats) * len(groups) > CENTRALITY_DIRECT:
        # a large event: only the candidates whose centrality, computed term by term in
        # O(size of the event), comes close enough to the best can be the most central
        table = _centrality_table(groups.values())
        approx = {k: _approx_centrality(f, table) for k, f in cand_feats.items()}
        best = max(approx.values())
        slack = 2e-6 + 2 * (1e-12 + 1e-14 * len(members) ** 2)  # rounding to 6 digits, float error
        cands = [s for s in cands if approx[_feature_key(feats[id(s)])] >= best - slack]

    known: dict[tuple, float] = {}  # candidates with equal features are as central: computed once

    def centrality(s: Statement) -> float:
        f = feats[id(s)]
        key = (f.events, f.names, f.stems)
        if key not in known:
            total = sum(n * _similarity_score(f, g) for g, n in groups.values())
            known[key] = total - _similarity_score(f, f)
        return known[key]

    return sorted(cands, key=lambda s: (-round(centrality(s), 6), len(s.summary), s.source, s.order))[0]


# best_mention: above this many (distinct candidate, distinct member) comparisons, candidates
# are first ranked by a centrality computed in time linear in the event's size
CENTRALITY_DIRECT = 4096


def _feature_key(f: Features) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return f.events, f.names, f.stems


def _centrality_table(groups: Iterable[list]) -> list[tuple[frozenset[str], int, dict, dict]]:
    """Members' features ``[f, count]`` summed by event set: per event set, the number of
    members and, per size of the name (stem) set, how many members have each name (stem)."""
    by_events: dict[frozenset[str], list] = {}
    for g, n in groups:
        row = by_events.setdefault(g.events, [0, defaultdict(Counter), defaultdict(Counter)])
        row[0] += n
        if g.names:
            counts = row[1][len(g.names)]
            for t in g.names:
                counts[t] += n
        if g.stems:
            counts = row[2][len(g.stems)]
            for t in g.stems:
                counts[t] += n
    return [(e, row[0], row[1], row[2]) for e, row in by_events.items()]


def _approx_centrality(f: Features, table: list[tuple[frozenset[str], int, dict, dict]]) -> float:
    """The centrality of ``best_mention`` (the sum of ``f``'s scores with every member, less
    its own), summed in another order: equal to it within float rounding error."""
    total = 0.0
    for events, n, names, stems in table:
        e45, shared = _event_part(f.events, events)
        if e45 is None:
            continue
        nm = st = 0.0
        if f.names:
            for size, counts in names.items():
                k = sum(counts.get(t, 0) for t in f.names)
                if k:
                    nm += 2 * k / _den(len(f.names), size)
        if f.stems:
            for size, counts in stems.items():
                k = sum(counts.get(t, 0) for t in f.stems)
                if k:
                    st += 2 * k / _den(len(f.stems), size)
        total += n * (e45 - (0.0 if shared else NO_EVENT_PENALTY)) + 0.25 * nm + 0.30 * st
    return total - _similarity_score(f, f)


@dataclass(slots=True)
class Conflict:
    """A point on which an event's mentions disagree."""

    field: str
    values: dict[str, list[str]]


@dataclass(slots=True)
class Event:
    """A merged event: its date, interval, summary, mentions and conflicts."""

    id: str
    value: str
    start: date
    end: date
    granularity: str
    summary: str
    mentions: list[Statement]
    conflicts: list[Conflict]
    reasons: list[str]

    @property
    def sources(self) -> list[str]:
        """Ids of the articles reporting the event, sorted."""
        return sorted({m.source for m in self.mentions})


def _part_of_day(value: str) -> str | None:
    return value.split("T", 1)[1] if "T" in value else None


def to_event(cluster: Cluster, stmts: Mapping[Id, Statement], acr: dict[str, str], places: "Places",
             feats: Mapping[Id, Features] | None = None) -> Event:
    """Build the event for one cluster: the most precise date, conflicts and summary
    (``feats``: the statements' features, when already known)."""
    if len(cluster.members) == 1:  # most events: one mention, nothing to sort
        members = [stmts[cluster.members[0]]]
    else:
        members = sorted((stmts[i] for i in cluster.members), key=lambda s: (s.source, s.order))
    if len(members) < 2:
        mfeats = None
    elif feats is None:
        mfeats = {id(s): features(s, acr) for s in members}
    else:
        mfeats = {id(stmts[i]): feats[i] for i in cluster.members}
    best = best_mention(members, mfeats)
    conflicts: list[Conflict] = []
    value, gran = best.value, best.granularity
    timed = [m for m in members if m.granularity in ("partofday", "time")]
    if timed:
        by_part: dict[str, list[str]] = defaultdict(list)
        for m in timed:
            by_part[_part_of_day(m.value) or ""].append(m.source)
        if len(by_part) > 1:
            conflicts.append(Conflict("time_of_day", {k: sorted(set(v)) for k, v in sorted(by_part.items())}))
            value, gran = value.split("T", 1)[0], "day"
    lo, hi = cluster.lo, cluster.hi
    if cluster.disputed:
        days: dict[str, list[str]] = defaultdict(list)
        for m in members:
            if m.start == m.end:
                days[m.value].append(m.source)
        conflicts.append(Conflict("date", {k: sorted(set(v)) for k, v in sorted(days.items())}))
        value, gran = day_value(lo), "day"
    elif gran not in ("day", "partofday", "time") and any(m.end != m.start for m in members):
        lo, hi = best.start, best.end
    conflicts.extend(location_conflicts(members, places))
    if len(members) > 1 and any(m.source != members[0].source for m in members):
        conflicts.extend(toll_conflicts(members))
    reasons = cluster.reasons
    return Event(event_id(value, best.summary), value, lo, hi, gran, best.summary, members, conflicts,
                 sorted(reasons, key=_reason_order) if len(reasons) > 1 else list(reasons))


def _reason_order(r: str) -> tuple[bool, str]:
    """Why an event's mentions merged before why others did not."""
    return not r.startswith("merged"), r


def canonical_order(s: Statement) -> tuple[str, int, str]:
    """The order the merge sees statements in, whatever order the articles were read in."""
    return (s.source, s.order, s.value)


def event_order(e: Event) -> tuple[date, int, str, str, str]:
    """Chronological order: by start, longer intervals first, then value, summary and id.

    Ties keep the order of the clusters' first statements.
    """
    return (e.start, -(e.end - e.start).days, e.value, e.summary, e.id)


def chronology(stmts: list[Statement]) -> list[Event]:
    """Events from statements, in chronological order (coarse dates before the days inside them)."""
    stmts = sorted(stmts, key=canonical_order)
    acr = acronyms([s.sentence for s in stmts])
    places = Places.from_texts([s.sentence for s in stmts])
    feats = features_of(stmts, acr)
    events = [to_event(c, stmts, acr, places, feats) for c in merge(stmts, feats=feats)]
    events.sort(key=event_order)
    return events


_OUTSIDE = re.compile(E.OUTSIDE_PATTERN)
_OUTSIDE_WORD = re.compile("|".join(map(re.escape, E.OUTSIDE_WORDS)))
_CAPITAL_APPOSITIONS = [re.compile(rx) for rx in E.CAPITAL_APPOSITIONS]
_INSIDE = re.compile(E.INSIDE_PATTERN)


@dataclass(slots=True)
class Places:
    """What the corpus says about places: which names are "the capital"."""

    capitals: frozenset[str]

    @classmethod
    def from_texts(cls, texts: list[str]) -> "Places":
        """Learn capital names from appositions ("the capital, Bamako")."""
        caps = set()
        for t in dict.fromkeys(texts):  # each distinct text once
            if E.CAPITAL_WORD not in t:
                continue
            for rx in _CAPITAL_APPOSITIONS:
                caps.update(fold(m.group("name")) for m in rx.finditer(t))
        return cls(frozenset(caps))

    def canon(self, name: str) -> str:
        """A place name folded, with "the capital" mapped to the capital's name when known."""
        f = fold(name).removeprefix("the ")
        if f == "capital" and len(self.capitals) == 1:
            return next(iter(self.capitals))
        return f


def location_conflicts(members: list[Statement], places: Places) -> list[Conflict]:
    """Mentions that place the event inside a place and others that place it outside it."""
    for m in members:
        if _OUTSIDE_WORD.search(m.clause):
            break
    else:
        return []  # nothing placed outside a place: no conflict
    inside: dict[str, set[str]] = defaultdict(set)
    outside: dict[str, set[str]] = defaultdict(set)
    for m in members:
        for mo in _OUTSIDE.finditer(m.clause):
            outside[places.canon(mo.group("place"))].add(f"{mo.group(0)}|{m.source}")
        for mi in _INSIDE.finditer(m.clause):
            inside[places.canon(mi.group("place"))].add(f"{mi.group(0)}|{m.source}")
    out = []
    for place in sorted(set(inside) & set(outside)):
        vals: dict[str, list[str]] = defaultdict(list)
        for entry in sorted(inside[place] | outside[place]):
            phrase, src = entry.rsplit("|", 1)
            vals[phrase].append(src)
        out.append(Conflict("location", {k: sorted(set(v)) for k, v in sorted(vals.items())}))
    return out


_TOLL_N = r"(?P<n>\d{1,3}(?:,\d{3})*|\d+|" + "|".join(w.replace(" ", r"\s+") for w in E.TOLL_NUMBER_WORDS) + r")"
_TOLLS = {kind: [re.compile(rx.replace("{MOD}", E.TOLL_MODIFIERS).replace("{N}", _TOLL_N), re.I) for rx, _ in rows]
          for kind, rows in E.TOLLS.items()}


def tolls_of(text: str) -> dict[str, str]:
    """The toll figures a clause gives, by kind ("deaths": "at least 60"), the first of each kind."""
    out: dict[str, str] = {}
    low = text.lower()
    for kind, patterns in _TOLLS.items():
        if not any(w in low for w in E.TOLL_WORDS[kind]):
            continue  # none of the kind's words: its patterns cannot match
        for rx in patterns:
            m = rx.search(text)
            if m is not None:
                mod = " ".join(m.group("mod").lower().split()) + " " if m.group("mod") else ""
                out[kind] = mod + " ".join(m.group("n").lower().split())
                break
    return out


def toll_conflicts(members: list[Statement]) -> list[Conflict]:
    """Sources that give one event different figures of its dead or injured ("at least 60" and "93")."""
    by_kind: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in members:
        for kind, figure in tolls_of(m.clause).items():
            by_kind[kind][figure].add(m.source)
    return [Conflict(kind, {k: sorted(v) for k, v in sorted(figures.items())})
            for kind, figures in sorted(by_kind.items()) if _two_sources_differ(figures)]


def _two_sources_differ(figures: dict[str, set[str]]) -> bool:
    """Do two sources give different figures (one article's own figures, of two moments, are no conflict)?"""
    items = list(figures.items())
    return any(a != b and sa != sb for i, (a, srcs_a) in enumerate(items) for b, srcs_b in items[i + 1:]
               for sa in srcs_a for sb in srcs_b)


ROLLUP_GRANULARITIES = ("day", "month", "year")


def roll_up(events: list[Event], granularity: str) -> list[Event]:
    """Show events at most as precise as ``granularity`` (day, month or year), re-sorted.

    Finer events are widened to the day, month or year that contains them;
    coarser ones are left as they are. Events are never merged by rolling up.
    """
    rank = RANK[granularity]
    out = []
    for e in events:
        if RANK.get(e.granularity, 0) <= rank or e.value.startswith("BC"):
            out.append(e)
            continue
        d = e.start
        if granularity == "day":
            value, lo, hi = day_value(d), e.start, e.end
        elif granularity == "month":
            value, lo = f"{d.year:04d}-{d.month:02d}", date(d.year, d.month, 1)
            hi = date_interval(value)[1]
        else:
            value, lo, hi = f"{d.year:04d}", date(d.year, 1, 1), date(d.year, 12, 31)
        out.append(Event(e.id, value, lo, max(hi, e.end), granularity, e.summary, e.mentions, e.conflicts,
                         e.reasons))
    out.sort(key=lambda e: (e.start, -(e.end - e.start).days))  # stable: days keep their order
    return out
