"""The merge statement by statement in date order, in bounded memory: :func:`merge`."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from datetime import date
from typing import Iterable

from ..statements import Statement
from .clusters import BLOCK_WINDOW, Cluster, block_terms, key_terms, span, statement_ref, union_sorted
from .content import Features, acronyms, features
from .stories import with_stories
from .scoring import (ADJACENT_DAY_THRESHOLD, may_be_a_day_apart, story_no_kind, story_day, MERGE_THRESHOLD, NO_EVENT_PENALTY, PRECISE_TIME_CREDIT, COARSE_MIN_DAYS, coarse_kind_only,
                      containment_penalty_days, event_part, explanation, generic_only, kept_apart, other_magnitudes, other_places,
                      other_time_of_day, same_act, same_figure, same_instant, same_series_part, other_series_parts, same_story, same_tally, same_time, shared_words_of_namesakes, story_act, name_in_both, series_over, span_and_a_day_in_it, unnamed_containment, vague_part,
                      score_denominator)


def merge(stmts: list[Statement], threshold: float = MERGE_THRESHOLD,
          feats: list[Features] | None = None) -> list[Cluster]:
    """Group statements into clusters; ``stmts`` must be in canonical order (``feats``: their features).

    The same clusters, reasons and near misses as :func:`merge_plain`, in time that grows with
    the candidate pairs (at most ``BLOCK_WINDOW`` per statement and blocking key) and memory
    that holds the clusters, not every scored pair (see :class:`_Stream`).
    """
    if feats is None:
        acr = acronyms([s.sentence for s in stmts])
        feats = with_stories(stmts, [features(s, acr) for s in stmts])
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
        # the names with the opening word, by interned id: two reports on one date whose ids differ earn no credit
        # for shared words (``shared_words``), told without building the sets for every pair
        who: dict[frozenset[str], int] = {}
        self.who = [who.setdefault((f.names | {f.lead}) - {""}, len(who)) for f in feats]
        self.rank = [0] * n
        self.owner: dict[int, int] = {}
        self.clusters: dict[int, Cluster] = {}
        # per cluster, its nearest miss: (score, how its line begins, its line or None until needed, the pair, the
        # other report's reference); most pairs are superseded by a nearer one, and their explanations never written
        self.misses: dict[int, tuple[float, str, str | None, tuple, str]] = {}
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
        for c in self.misses:
            clusters[c].reasons.append(self.miss_line(c))
        return [clusters[k] for k in sorted(clusters)]

    def score(self, i: int, partners: Iterable[int]) -> None:
        """Score the pairs of statement ``i`` with its candidates, as :func:`score_pair` would."""
        start, end, src, sent, ev, feats = self.start, self.end, self.src, self.sent, self.ev, self.feats
        parts, ev_sets, kinds = self.ev_parts, self.ev_sets, len(self.ev_sets)
        threshold, stmts = self.threshold, self.stmts
        won: list[tuple[float, int, int, float, str]] = []
        pending = self.pending
        si, ei, fi, srci, senti, evi = start[i], end[i], feats[i], src[i], sent[i], ev[i]
        who, whoi = self.who, self.who[i]
        evi_first = evi * kinds  # the key of the event part when i is the first of the pair
        ni, ti = fi.names, fi.stems
        li_n, li_t = len(ni), len(ti)
        vague_i = vague_part(stmts[i])
        gran_time = stmts[i].granularity == "time"  # (a clock time: the same minute in two sources is evidence)
        for j in partners:
            sj, ej = start[j], end[j]
            if si == sj and ei == ej:
                rel = "same"
                need = threshold  # less the credit for the same words on the very same date
                if who[j] == whoi:
                    need -= shared_words_of_namesakes(fi, feats[j])
                if srci != src[j] and fi.story:
                    need -= same_story(stmts[i], stmts[j], fi, feats[j])  # two articles of one story
                    need -= story_no_kind(stmts[i], stmts[j], fi, feats[j])  # ... that name no kind of happening
                    need -= story_day(stmts[i], stmts[j], fi, feats[j])  # ... that both name a whole day
                    need -= story_act(stmts[i], stmts[j], fi, feats[j])  # ... that tell one act
            elif (si <= sj and ej <= ei) or (sj <= si and ei <= ej):
                if srci == src[j] and span_and_a_day_in_it(stmts[i], stmts[j]):
                    continue  # "Between 3 and 7 May, [...] arrived" and "More arrived on 5 May": two happenings
                rel = "contains"
                if (fi.series or feats[j].series) and series_over(stmts[i], stmts[j], fi, feats[j]):
                    continue  # "the 14th strike this year" and one strike
                need = threshold + containment_penalty_days(ei - si + 1, ej - sj + 1)
                if vague_i or vague_part(stmts[j]):  # "earlier this month": it may hold several such happenings
                    need += unnamed_containment(fi, feats[j])
                if srci != src[j] and fi.story:
                    need -= story_act(stmts[i], stmts[j], fi, feats[j])  # two articles of one story, one act
            elif si == ei and sj == ej and (si - sj == 1 or sj - si == 1) and srci != src[j]:
                rel = "adjacent"
                fj = feats[j]
                if gran_time and same_instant(stmts[i], stmts[j]):
                    need = threshold - PRECISE_TIME_CREDIT  # one precise minute in UTC, told on two local days
                else:
                    need = ADJACENT_DAY_THRESHOLD
                    if not may_be_a_day_apart(fi, fj):
                        continue
            else:
                continue
            if srci == src[j] and (senti == sent[j] and stmts[i].clause != stmts[j].clause
                                   or other_time_of_day(stmts[i], stmts[j])):
                continue  # two clauses of one sentence, or two times of day in one article: two statements
            key = evi_first + ev[j] if i < j else ev[j] * kinds + evi
            part = parts.get(key)
            if part is None:
                part = parts[key] = event_part(ev_sets[evi], ev_sets[ev[j]]) if i < j else \
                    event_part(ev_sets[ev[j]], ev_sets[evi])
            e45, shared = part
            if e45 is None:
                continue  # different kinds of event: score 0, neither merged nor a near miss
            fj = feats[j]
            if fi.magnitude is not None and fj.magnitude is not None and other_magnitudes(fi, fj):
                continue  # a main shock and its aftershock
            if fi.figures and fj.figures and other_series_parts(fi, fj):
                continue  # the 14th stage and the 15th
            nj, tj = fj.names, fj.stems
            nm = 2 * len(ni & nj) / score_denominator(li_n, len(nj)) if li_n and nj else 0.0
            st = 2 * len(ti & tj) / score_denominator(li_t, len(tj)) if li_t and tj else 0.0
            score = e45 + 0.25 * nm + 0.30 * st
            if not shared:
                score -= NO_EVENT_PENALTY
            if fi.places and fj.places or li_n > 1 and len(nj) > 1:
                need += other_places(fi, fj)  # "in Kano" and "in Goma"; two different actors
            if shared and not (ni & nj):
                need += generic_only(fi, fj)  # "began" and "launched", no name shared
            elif not shared and ni and ni == nj:
                need -= same_act(fi, fj)  # "The Eastmark mark fell", no kind of happening, in both
            if fi.tallies and fi.tallies & fj.tallies:
                need -= same_tally(fi, fj)  # "61-38" in both: one vote
            if fi.figures and fi.figures & fj.figures and rel != "adjacent":
                need -= same_figure(fi, fj) + same_series_part(fi, fj)  # "$160 million", "14th stage" in both
            if rel == "same" and srci != src[j] and (li_n > 1 or gran_time):
                need -= same_time(stmts[i], stmts[j], fi, fj)  # "shortly after 9 a.m. on Saturday" in both
            if ei - si + 1 >= COARSE_MIN_DAYS and ej - sj + 1 >= COARSE_MIN_DAYS:
                need += coarse_kind_only(ei - si + 1, ej - sj + 1, fi, fj)  # a kind of happening in one month, no more
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
        a, b = item[1], item[2]
        return explanation(item[4], self.feats[a], self.feats[b], -item[0], item[3], (self.stmts[a], self.stmts[b]))

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
        for c, other in ((oa, b), (ob, a)):
            cur = best.get(c)
            if cur is not None and score < cur[0]:
                continue
            ref = statement_ref(self.stmts[other])
            head = kept_apart(ref, "")  # how its line begins, whatever the explanation
            if cur is None or score > cur[0]:
                best[c] = (score, head, None, item, ref)  # the explanation is written only if kept (``miss_line``)
                continue
            # a tie: the greater line wins, as in :func:`near_misses`; the lines' heads decide it unless
            # they are equal or one begins the other, and only then are the explanations written
            if head != cur[1] and not head.startswith(cur[1]) and not cur[1].startswith(head):
                if head > cur[1]:
                    best[c] = (score, head, None, item, ref)
                continue
            line = kept_apart(ref, self.explain(item))
            if line > self.miss_line(c):
                best[c] = (score, head, line, item, ref)

    def miss_line(self, c: int) -> str:
        """The line of cluster ``c``'s nearest miss, its explanation written now if not yet."""
        score, head, line, item, ref = self.misses[c]
        if line is None:
            line = kept_apart(ref, self.explain(item))
            self.misses[c] = (score, head, line, item, ref)
        return line
