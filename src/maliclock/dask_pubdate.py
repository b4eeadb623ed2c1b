"""Dask engine, publication dates: :func:`maliclock.pipeline.date_articles` without gathering the articles.

Each article weighs its own evidence in its partition (its *home*). When some article has
no explicit date, the others place it (:mod:`maliclock.pubdate.across`) in the same steps as
the single-process engine, none of which brings the articles together:

1. the collection prior: the collection's period is estimated over all articles at once
   (rounds of expectation-maximisation), so each article's names and month shares (a few
   hundred bytes) come to the client, which computes the undated articles' priors and
   sends them home: the one step that gathers something of every article;
2. rounds, until no date moves (at most ``CROSS_ROUNDS``; the first by read dates only): anchors (the happenings articles
   place on a day) and the undated articles' mentions meet in blocks by event kind, the
   merge's ``e:`` blocking keys (:func:`maliclock.merge.key_terms`); a large corpus splits
   each kind into sub-blocks by anchor source, the mentions going to every sub-block. Each
   block finds each mention's best anchor; the bests go home, where each undated article
   takes the best of its blocks, settles its date and computes its new anchors.

The anchors of dated articles do not change: they are grouped into blocks once. Only one
flag per partition ("did a date move?") comes to the client each round.
"""

from __future__ import annotations

import dataclasses
import zlib
from operator import itemgetter
from typing import Any

from . import dask_merge, pipeline, pubdate
from .pubdate import across
from .read import Problem
from .rules import events as E
from .rules import pubdate as PR

KINDS = sorted(E.EVENT_WORDS)
KIND_INDEX = {k: i for i, k in enumerate(KINDS)}
OPEN = ("inferred", "none")
first = itemgetter(0)

for _cls in (pubdate.Mention, pubdate.Anchor, pubdate.Features, pubdate.Evidence, pubdate.PubDate):
    dask_merge._fast_pickle(_cls)


def _order(key: tuple, p: pipeline.Prepared) -> tuple:
    """Where the single-process engine puts an article: by id and path (then read order)."""
    return (p.article.id, p.article.path, key)


def _is_open(p: pipeline.Prepared) -> bool:
    return p.pub.basis in OPEN


def decide_records(records: list[tuple], infer: bool) -> list[tuple]:
    """Each article's date from its own evidence (a copy of the record with ``pub`` set), and
    ``("w", key, Problem)`` warnings about conflicting explicit dates."""
    out = []
    for rec in records:
        if rec[0] != "a":
            out.append(rec)
            continue
        _, key, p = rec
        pd, warnings = pubdate.decide(p.analysis, infer)
        out.append(("a", key, dataclasses.replace(p, pub=pd)))
        out.extend(("w", (p.article.id, p.article.path, key, n), Problem(p.article.path, w, error=False))
                   for n, w in enumerate(warnings))
    return out


def finish(records: list[tuple], state: list[tuple] | None = None) -> list[tuple]:
    """The articles with their settled dates (from ``state`` for the undated ones) on ``article.published``."""
    pubs = {s[1]: s[2] for s in state or ()}
    out = []
    for rec in records:
        if rec[0] != "a":
            out.append(rec)
            continue
        _, key, p = rec
        pub = pubs.get(_order(key, p), p.pub)
        art = dataclasses.replace(p.article, published=pub.published, published_basis=pub.basis)
        out.append(("a", key, dataclasses.replace(p, article=art, pub=pub)))
    return out


# --- 1. the collection prior -------------------------------------------------------------------

def _slim(records: list[tuple]) -> list[tuple]:
    """What the collection prior needs of each article: ``(order, open, source, names, own evidence)``
    (:func:`maliclock.pubdate.across.own_evidence`: its month shares, or calendar-month shares)."""
    return [(_order(r[1], r[2]), _is_open(r[2]), r[2].analysis.source, r[2].analysis.names,
             across.own_evidence(r[2].pub)) for r in records if r[0] == "a"]


def collection_priors(slim: list[tuple]) -> dict[tuple, Any]:
    """The prior of each undated article (:func:`maliclock.pubdate.across.collection_priors`), by order.

    The collection's period is estimated over all articles at once (rounds of
    expectation-maximisation), so this step takes every article's names and own evidence over
    months, a few hundred bytes each, in the single-process engine's order.
    """
    slim = sorted(slim, key=first)
    items = [(pubdate.Analysis(source, "", names=names),
              pubdate.PubDate(None, None, None, "none", 0.0, months=own.months, floor=own.floor,
                              calendar=own.calendar)) for _, _, source, names, own in slim]
    priors = across.collection_priors(items)
    return {order: priors.get(source) for order, is_open, source, _, _ in slim if is_open}


def _start(records: list[tuple], priors: dict[tuple, Any]) -> list[tuple]:
    """The state of each undated article at home: ``("s", order, pub, prior, anchor cache)``."""
    out = []
    for r in records:
        if r[0] == "a" and _is_open(r[2]):
            order = _order(r[1], r[2])
            out.append(("s", order, r[2].pub, priors.get(order), {}))
    return out


# --- 2. rounds of placement ------------------------------------------------------------------------

def _sub(source: str, subs: int) -> int:
    return zlib.crc32(source.encode("utf-8")) % subs if subs > 1 else 0


def _anchor_records(order: tuple, anchors: list[pubdate.Anchor], subs: int) -> list[tuple]:
    out = []
    for seq, a in enumerate(anchors):
        fa = across.features(a.text)
        s = _sub(a.source, subs)
        out.extend((KIND_INDEX[k] * subs + s, ("a", (order, seq), a, fa)) for k in fa.events)
    return out


def _fixed_records(records: list[tuple], home: int, date_order: str, subs: int) -> list[tuple]:
    """By block: the anchors of dated articles and the mentions of undated ones (neither changes)."""
    out = []
    for r in records:
        if r[0] != "a":
            continue
        p, order = r[2], _order(r[1], r[2])
        if not _is_open(p):
            out.extend(_anchor_records(order, pipeline._anchors(p, date_order, {}), subs))
            continue
        for mi, m in enumerate(p.analysis.mentions):
            fm = across.mention_features(m)
            for k in fm.events:
                rec = ("m", (home, order, mi), m, fm, p.analysis.source, p.analysis.names)
                out.extend((KIND_INDEX[k] * subs + s, rec) for s in range(subs))
    return out


def _open_anchors(records: list[tuple], state: list[tuple], date_order: str, subs: int, round_: int) -> list[tuple]:
    """By block: the anchors of undated articles at their current dates (cached per day, as
    the single-process engine caches them); none in the first round, which places by read dates only."""
    if round_ == 0:
        return []
    prepared = {_order(r[1], r[2]): r[2] for r in records if r[0] == "a"}
    out = []
    for _, order, pub, _, cache in state:
        p = dataclasses.replace(prepared[order], pub=pub)
        out.extend(_anchor_records(order, pipeline._anchors(p, date_order, dict(cache)), subs))
    return out


def _bests(block: int, fixed: list[tuple], moving: list[tuple], subs: int) -> list[tuple]:
    """Each mention's best anchor in one block: ``(home, (order, mention, rank, anchor, similarity))``,
    ``rank`` being what decides between the bests of several blocks."""
    mentions = [r for r in fixed if r[0] == "m"]
    if not mentions:
        return []
    anchors = sorted((r for r in fixed + moving if r[0] == "a"), key=itemgetter(1))
    cands = [(a, fa) for _, _, a, fa in anchors]
    at = {id(a): seq for _, seq, a, _ in anchors}
    kind = block // subs
    out = []
    for _, (home, order, mi), m, fm, source, names in mentions:
        best = across.best_anchor(m, fm, source, names, cands)
        if best is not None:
            key, a, sim = best
            out.append((home, (order, mi, (key, kind, at[id(a)]), a, sim)))
    return out


def _better(rank: tuple, than: tuple) -> bool:
    # the highest key wins; of equal ones the first in the single-process order: kind, then anchor
    return rank[0] > than[0] or (rank[0] == than[0] and rank[1:] < than[1:])


def _settle(records: list[tuple], state: list[tuple], bests: list[tuple]) -> list[tuple]:
    """One round at home: each undated article takes its mentions' best anchors and settles its date."""
    chosen: dict[tuple, tuple] = {}
    for order, mi, rank, a, sim in bests:
        cur = chosen.get((order, mi))
        if cur is None or _better(rank, cur[0]):
            chosen[(order, mi)] = (rank, a, sim)
    prepared = {_order(r[1], r[2]): r[2] for r in records if r[0] == "a"}
    out: list[tuple] = []
    moved = False
    for _, order, pub, prior, cache in state:
        an = prepared[order].analysis
        extra = [across.cross_clue(m, *chosen[(order, mi)][1:])
                 for mi, m in enumerate(an.mentions) if (order, mi) in chosen]
        new, _ = pubdate.decide(an, True, extra + across.collection_clue(an, prior))
        moved |= (new.published, new.first, new.last) != (pub.published, pub.first, pub.last)
        out.append(("s", order, new, prior, cache))
    return out + [("moved", moved)]


def _with_anchors(records: list[tuple], state: list[tuple], date_order: str) -> list[tuple]:
    """The state with each undated article's anchors at its current date in its cache."""
    prepared = {_order(r[1], r[2]): r[2] for r in records if r[0] == "a"}
    out = []
    for tag, order, pub, prior, cache in state:
        cache = dict(cache)
        pipeline._anchors(dataclasses.replace(prepared[order], pub=pub), date_order, cache)
        out.append((tag, order, pub, prior, cache))
    return out


def place(decided: Any, run: Any, date_order: str) -> Any:
    """The undated articles of ``decided`` placed by the others, as :func:`pipeline.date_articles` does;
    returns the bag of dated records (see :func:`finish`), or None if no article is undated.

    Steps that need an article's text run at its home, pinned there while its worker lives: a
    prepared article costs more to move than to work on (see :func:`maliclock.dask_read._register_sizes`).
    """
    import dask

    slim = run.compute(decided.map_partitions(_slim), "dates: the collection")
    if not any(x[1] for x in slim):
        return None
    n = decided.npartitions
    where = run.where(decided)
    parts = decided.to_delayed(optimize_graph=False)

    def at_home(fn: Any, *per_part: list, label: str, **kw: Any) -> list:
        bag = _homes(lambda i, *xs: dask.delayed(fn)(*xs, **kw), parts, *per_part, where=where)
        return run.persist(bag, label, optimize=False).to_delayed(optimize_graph=False)

    # (no anchors of undated articles yet: the first round places by read dates only)
    state = at_home(_start, priors=dask_merge.shared(collection_priors(slim)), label="dates: priors")
    subs = max(1, n // len(KINDS))
    blocks = len(KINDS) * subs
    fixed = _homes(lambda i, part: dask.delayed(_fixed_records)(part, i, date_order, subs), parts, where=where)
    fixed_parts = run.persist(route(fixed, blocks), "dates: blocks by event kind").to_delayed(optimize_graph=False)
    for r in range(PR.CROSS_ROUNDS):
        moving = route(_homes(lambda i, part, st: dask.delayed(_open_anchors)(part, st, date_order, subs, r),
                              parts, state, where=where), blocks)
        bests = _homes(lambda b, f, m: dask.delayed(_bests)(b, f, m, subs), fixed_parts,
                       moving.to_delayed(optimize_graph=False))
        settled = at_home(_settle, state, route(bests, n).to_delayed(optimize_graph=False),
                          label=f"dates: round {r + 1}")
        state = [dask.delayed(_states)(x) for x in settled]
        if r + 1 == PR.CROSS_ROUNDS or r > 0 and not any(run.compute(
                _homes(lambda i, x: dask.delayed(_moved)(x), settled), "dates: moved")):
            break
        state = at_home(_with_anchors, state, date_order=date_order, label="dates: anchors")
    return run.persist(_homes(lambda i, part, st: dask.delayed(finish)(part, st), parts, state, where=where),
                       "dates: settled", optimize=False)


def _states(settled: list[tuple]) -> list[tuple]:
    return [x for x in settled if x[0] == "s"]


def _moved(settled: list[tuple]) -> list[bool]:
    return [any(x[1] for x in settled if x[0] == "moved")]


def _homes(make: Any, *per_part: list, where: list | None = None) -> Any:
    """A bag with one partition per home: ``make(i, part_i, ...)`` gives partition ``i`` (a Delayed),
    pinned to worker ``where[i]`` when given."""
    import dask
    import dask.bag as db

    out = []
    for i in range(len(per_part[0])):
        if where is None:
            out.append(make(i, *(p[i] for p in per_part)))
            continue
        with dask.annotate(workers=[where[i]], allow_other_workers=True):
            out.append(make(i, *(p[i] for p in per_part)))
    return db.from_delayed(out)


def _empty() -> list:
    return []


def _identity(x: int) -> int:
    return x


def _unpack(groups: list[tuple], i: int) -> list:
    out = []
    for k, vals in groups:
        if k != i:  # the shuffle puts group k in partition k; anything else is a bug, never a silent error
            raise RuntimeError(f"dask_pubdate.route: group {k} arrived in partition {i}")
        out.extend(v for _, v in vals)
    return out


def route(bag: Any, n: int) -> Any:
    """A bag of ``n`` partitions whose partition ``i`` holds the values of the ``(i, value)`` pairs of ``bag``.

    A task shuffle (Dask's ``groupby_tasks``, n log n tasks) keyed by the partition number itself,
    so that its output partitions line up with the partitions of the bags the values join.
    """
    import dask
    import dask.bag as db
    from dask.bag.core import groupby_tasks

    if bag.npartitions < n:
        bag = db.concat([bag, db.from_delayed([dask.delayed(_empty)() for _ in range(n - bag.npartitions)])])
    grouped = groupby_tasks(bag, first, hash=_identity)
    parts = grouped.to_delayed(optimize_graph=False)[:n]
    return db.from_delayed([dask.delayed(_unpack)(p, i) for i, p in enumerate(parts)])
