"""The merge's shortcuts for scale find exactly what the direct computation finds.

``merge.merge`` scans statements in date order and unions each component of passing pairs on
its own (``merge.streaming._Stream``); ``merge.merge_plain`` scores every candidate pair with its
explanation and unions them all at once. Both are run on thousands of generated statements
that exercise every rule: intervals that contain others, consecutive days from different
articles, two clauses of one sentence, hedged events, name variants, acronyms, statements
without an event word, and blocks denser than the window.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from maliclock import merge as M
from maliclock.merge import events as ME, scoring as MSim, streaming as MS
from maliclock.timex import RANK, day_value
from maliclock.resolve import Resolved
from maliclock.rules import statements as S
from maliclock.statements import Statement

EVENTS = ["coup", "mutiny", "revolt", "election", "vote", "attack", "raid", "insurgency", "resigned", "protest",
          "talks", "killed", "arrested", "seized"]
NAMES = ["Toure", "Touré", "Sanogo", "Bamako", "Gao", "Kidal", "Qadhafi", "Gaddafi", "ECOWAS", "CNRDR", "Keita",
         "Traore", "Niger", "Mali", "U.S.", "UN"]
WORDS = ["soldiers", "troops", "capital", "barracks", "palace", "president", "rebels", "town", "government",
         "officials", "fighting", "the", "in", "a", "of", "after", "possible", "fears of", "no", "said"]
DEFINITION = "National Committee for the Recovery of Democracy (CNRDR)"


def _clause(rng: random.Random) -> str:
    parts = [rng.choice(NAMES + WORDS) for _ in range(rng.randint(1, 4))]
    for _ in range(rng.randint(0, 2)):
        parts.insert(rng.randint(0, len(parts)), rng.choice(EVENTS))
    for _ in range(rng.randint(0, 3)):
        parts.insert(rng.randint(0, len(parts)), rng.choice(WORDS + NAMES))
    if rng.random() < 0.05:
        parts.append(DEFINITION)
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."


def _interval(rng: random.Random, first: date, days: int) -> tuple[str, date, date, str]:
    d = first + timedelta(days=rng.randint(0, days))
    kind = rng.random()
    if kind < 0.65:
        return d.isoformat(), d, d, "day"
    if kind < 0.75:
        return d.isoformat() + "TMO", d, d, "partofday"
    if kind < 0.85:
        monday = d - timedelta(days=d.weekday())
        y, w, _ = monday.isocalendar()
        return f"{y}-W{w:02d}", monday, monday + timedelta(days=6), "week"
    if kind < 0.95:
        lo = d.replace(day=1)
        hi = (lo + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return f"{d.year}-{d.month:02d}", lo, hi, "month"
    return f"{d.year}", date(d.year, 1, 1), date(d.year, 12, 31), "year"


def statements(n: int, seed: int, days: int = 40, sources: int = 60) -> list[Statement]:
    """``n`` statements over ``days`` days, dense enough that blocks overflow the window."""
    rng = random.Random(seed)
    out: list[Statement] = []
    first = date(2012, 3, 1)
    while len(out) < n:
        src = f"art-{rng.randrange(sources):03d}"
        sentence = " ".join(_clause(rng) for _ in range(rng.randint(1, 2)))
        for k in range(rng.choice([1, 1, 1, 2])):  # two clauses of one sentence, now and then
            clause = _clause(rng) if k else sentence.split(".")[0] + "."
            value, lo, hi, gran = _interval(rng, first, days)
            pos = rng.randint(0, 400)
            t = Resolved(pos, pos + 10, "on " + value, "DATE", value, "rule", None,
                         rng.choice(["absolute", "publication", "previous", "event"]), "past")
            out.append(Statement(src, sentence, clause, clause, t, value, lo, hi, gran, pos, t.anchor_kind, ""))
    return sorted(out[:n], key=M.canonical_order)


def _clusters(cs: list[M.Cluster]) -> list[tuple]:
    return [(c.members, c.lo, c.hi, c.disputed, c.reasons) for c in cs]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_streamed_merge_equals_the_plain_merge(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    stmts = statements(2500, seed)
    acr = M.acronyms([s.sentence for s in stmts])
    feats = M.features_of(stmts, acr)
    plain = M.merge_plain(stmts, feats=feats)
    assert _clusters(M.merge(stmts, feats=feats)) == _clusters(plain)
    monkeypatch.setattr(MS, "FLUSH_EVERY", 7)  # components and near misses settled across many flushes
    assert _clusters(M.merge(stmts, feats=feats)) == _clusters(plain)
    reasons = [r for c in plain for r in c.reasons]
    # the generated statements reach every rule
    assert any(len(c.members) > 20 for c in plain)
    assert any(c.disputed for c in plain)
    assert any(r.startswith("merged") and "contains date" in r for r in reasons)
    assert any(r.startswith("kept apart") and "adjacent date" in r for r in reasons)
    assert any(r.startswith("kept apart") and " < " in r for r in reasons)


def test_streamed_candidates_are_the_blocked_candidates() -> None:
    stmts = statements(3000, 5, days=10)
    feats = M.features_of(stmts, M.acronyms([s.sentence for s in stmts]))
    plain = set(M.candidate_pairs(stmts, feats))
    found: set[tuple[int, int]] = set()

    class Spy(MS._Stream):
        def score(self, i: int, partners) -> None:  # type: ignore[no-untyped-def]
            for j in partners:
                pair = (i, j) if i < j else (j, i)
                assert pair not in found  # each pair scored once
                found.add(pair)

    Spy(stmts, feats, M.MERGE_THRESHOLD).run()
    assert found == plain
    assert len(plain) > 3000 * 20  # dense: many blocks reach the window


def test_scores_and_rules_from_tables_equal_the_direct_ones() -> None:
    stmts = statements(1500, 3)
    feats = M.features_of(stmts, M.acronyms([s.sentence for s in stmts]))
    rng = random.Random(4)
    zero = 0
    for _ in range(20000):
        a, b = rng.choice(feats), rng.choice(feats)
        score, rule = M.similarity(a, b)
        assert MSim.cached_similarity_score(a, b) == score == M.similarity_score(a, b)
        assert MSim.pair_rule(a, b) == rule
        e45, shared = MSim.event_part(a.events, b.events)
        zero += e45 is None
        if e45 is not None:
            assert shared == bool(MSim.scored_events(a, b)[1] & MSim.scored_events(a, b)[2])
    assert zero > 100


def test_features_of_shares_equal_summaries() -> None:
    stmts = statements(1500, 6)
    stmts += stmts[:300]
    acr = M.acronyms([s.sentence for s in stmts])
    got = M.features_of(stmts, acr)
    assert got == [M.features(s, acr) for s in stmts]
    assert got[-1] is got[299]


def test_chronology_equals_the_plain_one() -> None:
    stmts = statements(2000, 7)
    fast = M.chronology(stmts)
    ordered = sorted(stmts, key=M.canonical_order)
    acr = M.acronyms([s.sentence for s in ordered])
    places = M.Places.from_texts([s.sentence for s in ordered])
    feats = [M.features(s, acr) for s in ordered]
    plain = sorted((M.to_event(c, ordered, acr, places) for c in M.merge_plain(ordered, feats=feats)),
                   key=M.event_order)
    M.unique_ids(plain)
    assert len({e.id for e in fast}) == len(fast)
    assert [(e.id, e.value, e.start, e.end, e.summary, [id(m) for m in e.mentions], e.reasons) for e in fast] == \
        [(e.id, e.value, e.start, e.end, e.summary, [id(m) for m in e.mentions], e.reasons) for e in plain]


def _best_mention_plain(members: list[Statement], feats: dict[int, M.Features]) -> Statement:
    """best_mention as first written: every candidate compared with every member."""
    top = max(RANK.get(s.granularity, 0) for s in members)
    cands = [s for s in members if RANK.get(s.granularity, 0) == top]
    direct = min(ME.DIRECTNESS.get(s.anchor_kind, 9) for s in cands)
    cands = [s for s in cands if ME.DIRECTNESS.get(s.anchor_kind, 9) == direct]
    if len(cands) > 1:
        cands = [s for s in cands if not re.match(r"(?:He|She|It|They|We|I|You|His|Her|Its|Their)\b", s.summary)] or cands
        cands = [s for s in cands if re.search(r"\b(?:[a-z]{2,}ed|%s)\b" % "|".join(
            S.IRREGULAR_PAST | S.MODALS_AND_AUXILIARIES), s.summary)] or cands
    if len(cands) == 1:
        return sorted(cands, key=lambda s: (s.source, s.order))[0]

    groups: dict[tuple, list] = {}
    for o in members:
        f = feats[id(o)]
        groups.setdefault((f.events, f.names, f.stems), [f, 0])[1] += 1

    def centrality(s: Statement) -> float:
        f = feats[id(s)]
        return sum(n * M.similarity_score(f, g) for g, n in groups.values()) - M.similarity_score(f, f)

    return sorted(cands, key=lambda s: (-round(centrality(s), 6), len(s.summary), s.source, s.order))[0]


@pytest.mark.parametrize("direct", [0, M.CENTRALITY_DIRECT])
def test_best_mention_of_large_events_equals_the_plain_choice(direct: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ME, "CENTRALITY_DIRECT", direct)
    stmts = statements(3000, 8)
    feats = M.features_of(stmts, M.acronyms([s.sentence for s in stmts]))
    by_id = {id(s): f for s, f in zip(stmts, feats)}
    rng = random.Random(9)
    for _ in range(60):
        members = sorted(rng.sample(stmts, rng.choice([2, 5, 40, 150, 400])), key=lambda s: (s.source, s.order))
        for s in members:  # mostly one granularity and directness, so that centrality decides
            if rng.random() < 0.8:
                s.granularity, s.anchor_kind = "day", "absolute"
        sub = {id(s): by_id[id(s)] for s in members}
        assert M.best_mention(members, sub) is _best_mention_plain(members, sub)


def _union_plain(passing: list[tuple], spans: dict) -> tuple[dict, dict]:
    """merge.union as first written: the members of the cluster with the larger owner move; pairs on two
    adjacent days come after all others, and no source is put on two days."""
    clusters: dict = {}
    owner: dict = {}

    def adjacent(p: tuple) -> bool:
        a, b = spans[p[0]], spans[p[1]]
        return a.start != b.start and a.start == a.end and b.start == b.end

    for i, j, sc in sorted(passing, key=lambda p: (adjacent(p), -p[2].score, p[0], p[1])):
        ci, cj = owner.get(i, i), owner.get(j, j)
        if ci == cj:
            continue
        a = clusters.get(ci) or M.Cluster([ci], spans[ci].start, spans[ci].end)
        b = clusters.get(cj) or M.Cluster([cj], spans[cj].start, spans[cj].end)
        disputed = a.disputed or b.disputed
        if a.disputed and b.disputed:
            continue
        if disputed:
            other = b if a.disputed else a
            if not sc.why.startswith(("same", "adjacent")) or any(
                    spans[m].start != spans[m].end for m in other.members):
                continue
        if disputed:
            lo, hi = min(a.lo, b.lo), max(a.hi, b.hi)
            if (hi - lo).days > 1:
                continue
        else:
            lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
        if lo > hi:
            if not (sc.why.startswith("adjacent") and a.lo == a.hi and b.lo == b.hi):
                continue
            lo, hi, disputed = min(a.lo, b.lo), max(a.hi, b.hi), True
        if disputed:
            days: dict = {}
            if any(days.setdefault(spans[m].ref.split("@")[0], spans[m].start) != spans[m].start
                   for m in a.members + b.members):
                continue
        (keep, k), (gone, g) = sorted(((ci, a), (cj, b)), key=lambda c: c[0])
        k.members.extend(g.members)
        k.lo, k.hi, k.disputed = lo, hi, disputed
        k.reasons.extend(g.reasons)
        k.reasons.append(f"merged {spans[i].ref} + {spans[j].ref}: {sc.why}")
        for m in g.members:
            owner[m] = keep
        owner[keep] = keep
        clusters[keep] = k
        clusters.pop(gone, None)
    return owner, clusters


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_union_moving_the_smaller_cluster_equals_the_plain_union(seed: int) -> None:
    rng = random.Random(seed)
    stmts = statements(1200, seed + 10, days=6)
    spans = {i: M.span(s) for i, s in enumerate(stmts)}
    passing = []
    for _ in range(6000):
        i, j = sorted(rng.sample(range(len(stmts)), 2))
        rel = M.compatible((stmts[i].start, stmts[i].end), (stmts[j].start, stmts[j].end))
        if rel is None:
            rel = "adjacent" if MSim.adjacent_days(stmts[i], stmts[j]) else None
        if rel is not None:
            score = rng.choice([0.5, 0.6, 0.7, rng.random()])  # many equal scores: ties broken by ids
            passing.append((i, j, M.Scored(score, 0.3, f"{rel} date; score {score:.2f}")))
    passing = list({(i, j): (i, j, sc) for i, j, sc in passing}.values())
    owner, clusters = M.union(passing, spans)
    owner0, clusters0 = _union_plain(passing, spans)
    assert owner == owner0
    assert list(clusters) == list(clusters0)
    assert [(c.members, c.lo, c.hi, c.disputed, c.reasons) for c in clusters.values()] == \
        [(c.members, c.lo, c.hi, c.disputed, c.reasons) for c in clusters0.values()]
    assert max(len(c.members) for c in clusters.values()) > 20
    assert any(c.disputed for c in clusters.values())


def test_acronyms_found_through_the_index_equal_every_expansion_tried() -> None:
    rng = random.Random(11)
    words = ["National", "Movement", "for", "the", "Liberation", "of", "Azawad", "Union", "African", "Committee",
             "Democracy", "Front", "Council", "West", "States", "Economic", "Community", "A", "B", "Zone"]
    defs = []
    for k in range(300):
        exp = " ".join(rng.choice(words).capitalize() if i in (0, 1) or rng.random() < 0.5 else rng.choice(words)
                       for i in range(rng.randint(2, 5)))
        defs.append(f"{exp} ({''.join(rng.choice('ABCDEFGHKLMNPRSTUVZ') for _ in range(rng.randint(2, 6)))})")
    stmts = statements(2000, 12)
    for s in stmts:
        extra = " ".join(rng.choice(defs + words + [d.rsplit(" (", 1)[1][:-1] for d in defs[:50]])
                         for _ in range(rng.randint(0, 4)))
        s.sentence = s.sentence + " " + rng.choice(defs)
        s.summary = s.clause = (s.summary + " " + extra).strip()
    acr = M.acronyms([s.sentence for s in stmts])
    assert len(acr) > M.ACRONYM_INDEX_FROM
    plain = [M.features(s, acr) for s in stmts]
    assert M.features_of(stmts, acr) == plain
    assert sum(bool(f.names & acr.keys()) for f in plain) > 1000
    short = {"ab": "a b", "zz": "zo"}  # expansions shorter than the index's three characters
    stmts[0].summary = "A b met zo and Zone."
    assert M.features(stmts[0], short, M.AcronymIndex(short)) == M.features(stmts[0], short)
    assert {"ab", "zz"} <= M.features(stmts[0], short).names


def _to_event_plain(cluster: M.Cluster, stmts: list[Statement], acr: dict[str, str], places: M.Places,
                    feats: list[M.Features]) -> M.Event:
    """to_event as first written: every cluster's members and reasons sorted."""
    from collections import defaultdict

    members = sorted((stmts[i] for i in cluster.members), key=lambda s: (s.source, s.order))
    mfeats = None if len(members) < 2 else {id(stmts[i]): feats[i] for i in cluster.members}
    best = M.best_mention(members, mfeats)
    conflicts: list[M.Conflict] = []
    value, gran = best.value, best.granularity
    timed = [m for m in members if m.granularity in ("partofday", "time")]
    if timed:
        by_part: dict[str, list[str]] = defaultdict(list)
        for m in timed:
            by_part[ME.part_of_day(m.value) or ""].append(m.source)
        if len(by_part) > 1 and ME.times_disagree(by_part):
            conflicts.append(M.Conflict("time_of_day", {k: sorted(set(v)) for k, v in sorted(by_part.items())}))
            value, gran = value.split("T", 1)[0], "day"
    lo, hi = cluster.lo, cluster.hi
    if cluster.disputed:
        days: dict[str, list[str]] = defaultdict(list)
        for m in members:
            if m.start == m.end:
                days[day_value(m.start)].append(m.source)
        conflicts.append(M.Conflict("date", {k: sorted(set(v)) for k, v in sorted(days.items())}))
        counts = sorted(((-len(set(v)), k) for k, v in days.items()))  # the most sources, the earliest of equals
        value, gran = counts[0][1] if counts else day_value(lo), "day"
    elif any(m.end != m.start for m in members) and gran not in ("day", "partofday", "time"):
        lo, hi = best.start, best.end
    conflicts.extend(M.location_conflicts(members, places))
    return M.Event(M.event_id(value, best.summary), value, lo, hi, gran, best.summary, members, conflicts,
                   sorted(cluster.reasons, key=lambda r: (not r.startswith("merged"), r)))


def test_events_are_the_plain_ones() -> None:
    stmts = sorted(statements(2000, 8), key=M.canonical_order)
    acr = M.acronyms([s.sentence for s in stmts])
    places = M.Places.from_texts([s.sentence for s in stmts])
    feats = M.features_of(stmts, acr)
    clusters = M.merge(stmts, feats=feats)
    sizes = {min(len(c.members), 2) for c in clusters}
    assert sizes == {1, 2} and sum(len(c.reasons) > 1 for c in clusters) > 10
    assert sum(c.disputed for c in clusters) > 0
    for c in clusters:
        got = M.to_event(c, stmts, acr, places, feats)
        want = _to_event_plain(c, stmts, acr, places, feats)
        assert got == want
        assert got.reasons is not c.reasons


def test_near_misses_tied_on_score_are_chosen_as_by_their_whole_lines() -> None:
    """The streamed merge writes a near miss's explanation only when it may be kept: on a tie of scores, the
    lines' beginnings ("kept apart from <report>: ") decide, unless they are equal or one begins the other
    (a source named "q@7: r" after a report "q@7"), and then the whole lines do, as in ``near_misses``."""
    stmts = statements(2500, 3)
    for s in stmts:
        if s.source == "art-000":
            s.source, s.timex.start = "q", 7  # the report "q@7"
        elif s.source == "art-001":
            s.source = "q@7: r"  # its reports "q@7: r@<position>" begin with "q@7: "
    stmts.sort(key=M.canonical_order)
    acr = M.acronyms([s.sentence for s in stmts])
    feats = M.features_of(stmts, acr)
    plain = M.merge_plain(stmts, feats=feats)
    assert _clusters(M.merge(stmts, feats=feats)) == _clusters(plain)
    reasons = [r for c in plain for r in c.reasons if r.startswith("kept apart")]
    assert any(r.startswith("kept apart from q@7: r@") for r in reasons)
    assert any(r.startswith("kept apart from q@7: ") and not r.startswith("kept apart from q@7: r@") for r in reasons)


@pytest.mark.parametrize("why", ["score 0.40 < 0.55", "adjacent date", "a", "r@9: zzz"])
def test_a_tie_between_reports_whose_lines_begin_alike_is_decided_by_the_whole_lines(why: str) -> None:
    stmts = statements(3, 4)
    (stmts[1].source, stmts[1].timex.start), (stmts[2].source, stmts[2].timex.start) = ("q", 7), ("q@7: r", 9)
    expected = max(MSim.kept_apart("q@7", why), MSim.kept_apart("q@7: r@9", "later " + why))
    for order in ((1, 2), (2, 1)):
        stream = MS._Stream(stmts, M.features_of(stmts, {}), 0.55)
        stream.explain = lambda item: item[3]  # type: ignore[method-assign]
        for other in order:
            stream.near_miss(0, other, 0.4, (-0.4, 0, other, why if other == 1 else "later " + why, "same"))
        assert stream.miss_line(0) == expected, order
