"""Dask engine, stage 2: the merge of :mod:`maliclock.merge` as shuffles by blocking key.

Every step calls the same pieces of ``merge.py`` as the single-process engine,
on a statement id that sorts like the canonical order of statements:

1. context: acronym expansions (the first definition in canonical order wins) and
   capital names, two small tables reduced over all statements;
2. features of each statement, in its partition, and each article's distinctive names (the names of its
   statements reduced per source, picked on the client: :func:`maliclock.merge.story_names`);
3. term frequencies: (name, statement) pairs shuffled by name; each group counts
   its statements and sends the count back, shuffled by statement, so that each
   statement picks its rarest names (:func:`maliclock.merge.block_terms`);
4. blocks: statements shuffled by key term (event kind or name); each block makes
   its candidate pairs and scores them on one worker;
5. the greedy union, on the client, over the passing pairs only: ids, intervals,
   scores and reasons, never statement texts;
6. near misses: the scored pairs with the owner of each statement, reduced per cluster;
7. events: statements, clusters and near misses shuffled by cluster owner; each
   event is built on one worker. The client sorts the finished events.
"""

from __future__ import annotations

import copyreg
import dataclasses
import uuid
from datetime import date
from operator import itemgetter
from typing import Any

from . import merge as M
from .resolve import Resolved
from .statements import Statement

SHUFFLE = "tasks"  # works on any cluster (the "disk" shuffle needs one shared disk)
first = itemgetter(0)


class Box:
    """A value that Dask ships as one opaque object: without it, Dask walks through every
    tuple of a large table (the owner map, the clusters) when it builds the task graph."""

    __slots__ = ("value", "token")

    def __init__(self, value: Any) -> None:
        self.value, self.token = value, uuid.uuid4().hex

    def __dask_tokenize__(self) -> str:
        return self.token


def _fast_pickle(cls: type) -> None:
    """Pickle a dataclass as its constructor and field values.

    The default pickling of slotted dataclasses runs Python code per object and made the
    transfers between workers several times slower than the work itself.
    """
    names = tuple(f.name for f in dataclasses.fields(cls))
    copyreg.pickle(cls, lambda o: (cls, tuple(getattr(o, n) for n in names)))


for _cls in (Statement, Resolved, M.Features, M.Cluster, M.Scored, M.Span):
    _fast_pickle(_cls)


def _unbox(b: Box) -> Any:
    return b.value


def shared(value: Any) -> Any:
    """A Delayed holding ``value``: computed once, sent to the workers that need it."""
    import dask
    return dask.delayed(_unbox, pure=True)(Box(value))


def bag_of(items: list, npartitions: int) -> Any:
    """A bag of a list the client holds, in ``npartitions`` opaque pieces."""
    import dask.bag as db
    n = len(items)
    k = max(1, min(npartitions, n))
    return db.from_delayed([shared(items[m * n // k:(m + 1) * n // k]) for m in range(k)])


def statements(processed: Any) -> Any:
    """``(id, Statement)`` for every statement of the processed articles.

    The id ``(source, offset, value, article key, n-th statement)`` sorts exactly
    like the single-process engine's stable canonical order.
    """
    def part(recs: list[tuple]) -> list[tuple]:
        return [((*M.canonical_order(s), key, k), s)
                for kind, key, pa in recs if kind == "a" for k, s in enumerate(pa.statements)]
    return processed.map_partitions(part)


def _context_part(part: list[tuple]) -> tuple[dict, set]:
    acr: dict[str, tuple] = {}
    caps: set[str] = set()
    for sid, s in part:
        for a, exp in M.acronyms([s.sentence]).items():
            if a not in acr or sid < acr[a][0]:
                acr[a] = (sid, exp)
        caps |= M.Places.from_texts([s.sentence]).capitals
    return acr, caps


def _context_agg(parts: Any) -> tuple[dict, set]:
    acr: dict[str, tuple] = {}
    caps: set[str] = set()
    for a_part, c_part in parts:
        for a, v in a_part.items():
            if a not in acr or v[0] < acr[a][0]:
                acr[a] = v
        caps |= c_part
    return acr, caps


def context(stmts: Any, run: Any) -> tuple[dict[str, str], M.Places]:
    """The corpus-wide tables the features and events need: acronyms and capitals."""
    acr, caps = run.compute(stmts.reduction(_context_part, _context_agg), "merge: acronyms and places")
    return {a: exp for a, (_, exp) in acr.items()}, M.Places(frozenset(caps))


def _with_features(rec: tuple, acr: dict[str, str]) -> tuple:
    return (rec[0], rec[1], M.features(rec[1], acr))


def _source_names(rec: tuple) -> tuple[str, frozenset[str]]:
    return rec[1].source, rec[2].names


def _names_joined(acc: frozenset[str], rec: tuple[str, frozenset[str]]) -> frozenset[str]:
    return acc | rec[1]


def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return a | b


def _with_story(rec: tuple, stories: dict[str, frozenset[str]]) -> tuple:
    story = stories[rec[1].source]
    return rec if story == rec[2].story else (rec[0], rec[1], dataclasses.replace(rec[2], story=story))


def with_stories(feats: Any, run: Any) -> Any:
    """The features with each article's distinctive names (:func:`maliclock.merge.with_stories`): the names of each
    article's statements reduced per source, the distinctive ones picked on the client."""
    names = run.compute(feats.map(_source_names).foldby(first, _names_joined, frozenset(), _union, frozenset()),
                        "merge: story names")
    stories = M.story_names(dict(names))
    if not any(stories.values()):
        return feats
    return run.persist(feats.map(_with_story, stories=shared(stories)), "merge: stories")


def _name_occurrences(part: list[tuple]) -> list[tuple]:
    return [(t, sid) for sid, _, f in part for t in M.key_terms(f) if t.startswith("n:")]


def _counts_back(groups: list[tuple]) -> list[tuple]:
    # names are a set per statement, so a group's size is the term's statement count
    return [(sid, ("d", term, len(members))) for term, members in groups for _, sid in members]


def _to_blocks(groups: list[tuple]) -> list[tuple]:
    out = []
    for sid, recs in groups:
        df: dict[str, int] = {}
        st = f = None
        for _, r in recs:
            if r[0] == "s":
                st, f = r[1], r[2]
            else:
                df[r[1]] = r[2]
        for term in M.block_terms(f, df):
            out.append((term, sid, st, f))
    return out


def key_blocks(feats: Any) -> Any:
    """``(term, [(term, id, Statement, Features), ...])``: the statements of each blocking key.

    Publication-date placement across articles (:mod:`maliclock.dask_pubdate`) blocks on the
    same ``e:`` keys (event kinds), in blocks of its own: it compares a mention with every
    anchor of its kind, names or not, so the rarest-name keys here would miss pairs.
    """
    counts = feats.map_partitions(_name_occurrences).groupby(first, shuffle=SHUFFLE).map_partitions(_counts_back)
    tagged = _concat([feats.map(lambda r: (r[0], ("s", r[1], r[2]))), counts])
    return tagged.groupby(first, shuffle=SHUFFLE).map_partitions(_to_blocks).groupby(first, shuffle=SHUFFLE)


def _score_blocks(groups: list[tuple], threshold: float) -> list[tuple]:
    out = []
    seen = set()  # a pair that shares several terms is scored once per partition
    for _, recs in groups:
        stm = {sid: st for _, sid, st, _ in recs}
        ft = {sid: f for _, sid, _, f in recs}
        for i, j in M.block_pairs(list(stm), stm):
            if (i, j) in seen:
                continue
            seen.add((i, j))
            sc = M.score_pair(stm[i], stm[j], ft[i], ft[j], threshold)
            if sc is not None:
                # plain values: these records travel in bulk to the client
                si, sj = M.span(stm[i]), M.span(stm[j])
                out.append((i, j, sc.score, sc.need, sc.why, si.start.toordinal(), si.end.toordinal(), si.ref,
                            sj.start.toordinal(), sj.end.toordinal(), sj.ref, si.clock, sj.clock))
    return out


def _pair(p: tuple) -> tuple[Any, Any, M.Scored]:
    return p[0], p[1], M.Scored(p[2], p[3], p[4])


def _spans(p: tuple) -> tuple[M.Span, M.Span]:
    d = date.fromordinal
    return M.Span(d(p[5]), d(p[6]), p[7], p[11]), M.Span(d(p[8]), d(p[9]), p[10], p[12])


def _misses(part: list[tuple], owner: dict) -> list[tuple]:
    refs = {}
    for p in part:
        refs[p[0]], refs[p[1]] = p[7], p[10]
    best = M.near_misses(map(_pair, part), lambda x: owner.get(x, x), refs.__getitem__)
    return list(best.items())


def _events(groups: list[tuple], acr: dict[str, str], places: M.Places) -> list[tuple]:
    out = []
    for root, recs in groups:
        stm, cluster, why = {}, None, None
        for _, r in recs:
            if r[0] == "s":
                stm[r[1]] = r[2]
            elif r[0] == "c":
                cluster = r[1]
            else:
                why = r[1]
        if cluster is None:
            s = stm[root]
            cluster = M.Cluster([root], s.start, s.end)
        if why is not None:
            cluster.reasons.append(why)
        e = M.to_event(cluster, stm, acr, places)
        out.append(((M.event_order(e), root), e))
    return out


def chronology(processed: Any, run: Any, threshold: float = M.MERGE_THRESHOLD) -> list[M.Event]:
    """The events of the processed articles, as :func:`maliclock.merge.chronology` gives them."""
    stmts = statements(processed)
    acr, places = context(stmts, run)
    acr_d, places_d = shared(acr), shared(places)
    feats = with_stories(run.persist(stmts.map(_with_features, acr=acr_d), "merge: features"), run)
    pairs = run.persist(key_blocks(feats).map_partitions(_score_blocks, threshold), "merge: blocks scored")
    passing = run.compute(pairs.filter(lambda p: p[2] >= p[3]), "merge: passing pairs")
    scored: dict[tuple, M.Scored] = {}
    spans: dict[Any, M.Span] = {}
    for p in passing:
        i, j, sc = _pair(p)
        scored[(i, j)] = sc
        spans[i], spans[j] = _spans(p)
    owner, clusters = M.union([(i, j, sc) for (i, j), sc in scored.items()], spans)
    owner_d = shared(owner)
    misses = pairs.map_partitions(_misses, owner_d).groupby(first, shuffle=SHUFFLE).map(
        lambda g: (g[0], ("m", max(v for _, v in g[1])[1])))
    parts = max(1, feats.npartitions)
    items = _concat([
        feats.map(lambda r, owner: (owner.get(r[0], r[0]), ("s", r[0], r[1])), owner=owner_d),
        bag_of([(root, ("c", c)) for root, c in clusters.items()], parts),
        misses])
    events = run.compute(items.groupby(first, shuffle=SHUFFLE).map_partitions(_events, acr_d, places_d),
                         "merge: events")
    out = [e for _, e in sorted(events, key=first)]
    M.unique_ids(out)
    return out


def _concat(bags: list[Any]) -> Any:
    """``dask.bag.concat``, imported late so that this module loads without dask."""
    import dask.bag as db
    return db.concat(bags)
