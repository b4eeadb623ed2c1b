"""Which statements are one happening: candidate pairs blocked by key term and date, scored, and joined into
clusters, agreeing pairs before disputed ones (``merge_plain`` scores all candidate pairs at once;
``streaming.merge`` streams them)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter
from typing import Callable, Iterable, Iterator, Mapping, TypeVar

from ..statements import Statement
from .content import RELATED, Features, acronyms, features
from .stories import with_stories
from .scoring import CLOCKS_APART_MINUTES, MERGE_THRESHOLD, SAME_WORDS_MIN_STEMS, Scored, kept_apart, score_pair
from .times import clock_of, minutes_apart


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
BLOCK_NAMES = 6  # rarest names of a statement used to find its candidates (event kinds always are); 3 had kept
# apart reports that share only a commoner name: on the 36 probes, pooled pairwise F 41.1 -> 41.8 (12: 41.9)
BLOCK_WINDOW = 32  # later statements compared per statement and term


ONE_DAY = timedelta(days=1)

# The merge works on statement ids that only need to be ordered like the canonical
# order of statements: list indices here, sortable keys in the Dask engine.
Id = TypeVar("Id")


def words_term(f: Features) -> list[str]:
    """The term of a statement's very words ("w:clos comment period"), when it has ``SAME_WORDS_MIN_STEMS`` of them:
    reports in the same words meet as candidates though they name no kind of happening and no name."""
    return [f"w:{' '.join(sorted(f.stems))}"] if len(f.stems) >= SAME_WORDS_MIN_STEMS else []


def key_terms(f: Features) -> list[str]:
    """Every key term of a statement: its event kinds ("e:coup"), names ("n:toure"), distinctive figures
    ("f:$160 million") and its words."""
    return [f"e:{k}" for k in f.events] + [f"n:{k}" for k in f.names] + [f"f:{k}" for k in f.figures] + (
        [f"t:{f.instant}"] if f.instant else []) + words_term(f)


def related_terms(f: Features) -> list[str]:
    """The terms of a statement's related kinds of happening ("r:approval|election"): a council's vote and its
    approval meet as candidates though they share no kind and no name."""
    return sorted({f"r:{min(k, r)}|{max(k, r)}" for k in f.events for r in RELATED.get(k, ())})


def block_terms(f: Features, df: Mapping[str, int]) -> list[str]:
    """The blocks a statement joins: all its event kinds and the pairs of related kinds it is in, its ``BLOCK_NAMES``
    rarest names, its distinctive figures and its words.

    ``df`` counts, over the whole corpus, the statements that have each term.
    """
    names = sorted((f"n:{k}" for k in f.names), key=lambda k: (df[k], k))[:BLOCK_NAMES]
    return sorted(f"e:{k}" for k in f.events) + related_terms(f) + names + sorted(f"f:{k}" for k in f.figures) + (
        [f"t:{f.instant}"] if f.instant else []) + words_term(f) + story_term(f)


def story_term(f: Features) -> list[str]:
    """The term of a statement's story ("s:menon"), its first distinctive name, when it names no kind of happening:
    two reports of one story on one day meet as candidates though they share no name and no word."""
    return sorted(f"s:{k}" for k in f.story) if not f.events else []


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
    clock: tuple[tuple[str, int, int], ...] | None = None  # its times of the day: zone, first and last minute (``times.clock_of``)


def span(s: Statement) -> Span:
    """The span of a statement."""
    return Span(s.start, s.end, statement_ref(s), clock_of(s))


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


def _clocks_apart(a: list[Id], b: list[Id], spans: Mapping[Id, Span]) -> bool:
    """Would the statements ``a`` and ``b`` together hold two times of the day more than CLOCKS_APART_MINUTES apart,
    in one zone ("at midnight" and "at around 3:30 p.m."; "at 04:30" and "on Sunday evening"), or two clock times of
    one article ("the problem began at 14:22Z", "Engineers started a rollback at 16:40 UTC"): two happenings of one
    day?"""
    # (each statement's times: its own first, then the same in UTC when it told that too: ``times.clock_of``)
    ca = {(cs, _source(spans[m].ref)) for m in a if (cs := spans[m].clock) is not None}
    if not ca:
        return False
    for cbs, src_b in {(cs, _source(spans[m].ref)) for m in b if (cs := spans[m].clock) is not None}:
        for cas, src_a in ca:
            if any((gap := minutes_apart(c, cb)) is not None and gap > CLOCKS_APART_MINUTES for c in cas for cb in cbs):
                return True
            c, cb = cas[0], cbs[0]
            if src_a == src_b and c != cb and c[1] == c[2] and cb[1] == cb[2]:
                return True  # one article's two clock times are two happenings, even when others join them
    return False


def _source(ref: str) -> str:
    """The article of a statement reference ("a.txt@120": "a.txt")."""
    return ref.rpartition("@")[0]


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
        if _clocks_apart(a.members, b.members, spans):
            continue  # "began at midnight" and "began at around 3:30 p.m.": two happenings of the day
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
            cand = (sc.score, kept_apart(ref(b), sc.why))
            if c not in best or cand > best[c]:
                best[c] = cand
    return best


def merge_plain(stmts: list[Statement], threshold: float = MERGE_THRESHOLD,
                feats: list[Features] | None = None) -> list[Cluster]:
    """:func:`merge` computed directly: every candidate pair scored with its explanation and
    kept, one union over all passing pairs. The reference the tests compare :func:`merge` with."""
    if feats is None:
        acr = acronyms([s.sentence for s in stmts])
        feats = with_stories(stmts, [features(s, acr) for s in stmts])
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


def statement_ref(s: Statement) -> str:
    return f"{s.source}@{s.timex.start}"
