"""Events from clusters: the best mention, the interval and reasons, conflicts, the chronology's order and
the roll-up to coarser granularities."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

from .. import regex_cache
from ..rules import statements as S
from ..rules import vocabulary as V
from ..statements import Statement
from ..timex import RANK, date_interval, day_value
from .clusters import Cluster, Id
from .conflicts import Conflict, Places, location_conflicts, toll_conflicts
from .content import Features, acronyms, features, features_of
from .scoring import NO_EVENT_PENALTY, cached_similarity_score, event_part, score_denominator
from .stories import with_stories
from .streaming import merge
from .times import NEAR_MODS, compared_time, own_zone, part_of_day, times_agree, times_disagree, zone


def event_id(value: str, summary: str, where: str = "") -> str:
    """Stable id from the date and the summary (and ``where`` the first mention is, when two events share both)."""
    key = f"{value}|{summary}|{where}" if where else f"{value}|{summary}"
    return "ev-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def unique_ids(events: list[Event]) -> None:
    """Give events that share a date and a summary ("He retired.", told of two people) ids of their own, from
    the first of their mentions; the others keep theirs, so ids stay stable whatever else the corpus holds."""
    seen: dict[str, int] = defaultdict(int)
    for e in events:
        seen[e.id] += 1
    for e in events:
        if seen[e.id] > 1:
            first = min(e.mentions, key=lambda m: (m.source, m.timex.start))
            e.id = event_id(e.value, e.summary, f"{first.source}:{first.timex.start}")


DIRECTNESS = {"absolute": 0, "publication": 1, "previous": 2, "event": 3}


_APPROXIMATE_MODS = frozenset(("APPROX", "BEFORE", "AFTER", "LESS_THAN", "MORE_THAN", "ON_OR_BEFORE", "ON_OR_AFTER"))
_PRONOUN_FIRST = regex_cache.compile(r"(?:He|She|It|They|We|I|You|His|Her|Its|Their)\b")
# a verb: the summary says what happened, not only what ("Some officers staged a coup.", not "The coup.")
_VERB = regex_cache.compile(r"\b(?:[a-z]{2,}ed|" + "|".join(sorted(S.IRREGULAR_PAST | S.MODALS_AND_AUXILIARIES)) + r")\b")


def best_mention(members: list[Statement], feats: dict[int, Features] | None = None) -> Statement:
    """The mention that gives an event its date and summary.

    The most precise date wins (an exact one before an approximate one); among equally precise ones, the most directly
    dated (an explicit date before one counted from the publication date, from
    an earlier date or from another event), then one that names its subject
    and says what happened (a verb: not "He ..." nor a bare "The coup."), then
    the mention most similar to the others (the most central report), then the
    shorter summary.
    """
    if len(members) == 1:
        return members[0]
    top = max(RANK.get(s.granularity, 0) for s in members)
    cands = [s for s in members if RANK.get(s.granularity, 0) == top]
    # an exact time before an approximate one ("at 11:40pm" before "shortly before midnight")
    cands = [s for s in cands if s.timex.mod not in _APPROXIMATE_MODS] or cands
    direct = min(DIRECTNESS.get(s.anchor_kind, 9) for s in cands)
    cands = [s for s in cands if DIRECTNESS.get(s.anchor_kind, 9) == direct]
    if len(cands) > 1:  # a summary that names its subject before one that opens with a pronoun ("He takes office.")
        named = [s for s in cands if not _PRONOUN_FIRST.match(s.summary)]
        cands = named or cands
        said = [s for s in cands if _VERB.search(s.summary)]  # a clause before a bare noun phrase
        cands = said or cands
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
            total = sum(n * cached_similarity_score(f, g) for g, n in groups.values())
            known[key] = total - cached_similarity_score(f, f)
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
        e45, shared = event_part(f.events, events)
        if e45 is None:
            continue
        nm = st = 0.0
        if f.names:
            for size, counts in names.items():
                k = sum(counts.get(t, 0) for t in f.names)
                if k:
                    nm += 2 * k / score_denominator(len(f.names), size)
        if f.stems:
            for size, counts in stems.items():
                k = sum(counts.get(t, 0) for t in f.stems)
                if k:
                    st += 2 * k / score_denominator(len(f.stems), size)
        total += n * (e45 - (0.0 if shared else NO_EVENT_PENALTY)) + 0.25 * nm + 0.30 * st
    return total - cached_similarity_score(f, f)


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
    # times told in another zone ("03:42 UTC on Tuesday" against "10:42 p.m. on Monday local time") are not compared,
    # but clock times in zones of known offsets are, in UTC ("5:15 p.m. EDT" and "21:15 UTC")
    zones = {id(m): zone(m) for m in members} if any(zone(m) for m in timed) else {}
    if timed:
        compared = {id(m): compared_time(m, zones.get(id(m), "")) for m in timed}
        for where in sorted({z for z, _ in compared.values()}):
            by_part: dict[str, list[str]] = defaultdict(list)
            for m in timed:
                if compared[id(m)][0] == where:  # (every time when no zone is named)
                    by_part[compared[id(m)][1]].append(m.source)
            if where == "" and zones:
                for m in timed:
                    if compared[id(m)][0] == where:
                        continue
                    local = m.value.partition("T")[2]
                    if m.source not in by_part.get(local, ()) and (local in by_part or not own_zone(m)):
                        # a time told in a zone that reads as one told without: the same local time; and a local time
                        # told without a zone, compared by the same moment told after it in another ("at 11:52 a.m.
                        # (0352 GMT)"): a local time too
                        by_part[local].append(m.source)
            near = frozenset(compared[id(m)][1] for m in timed if m.timex.mod in NEAR_MODS)
            if len(by_part) > 1 and times_disagree(by_part, near):
                # only the times that disagree with another ("night" fits both 22:50 and 23:40: not listed); in UTC
                # when a time was told in another zone
                told = " UTC" if where == "UTC" and any(zones.get(id(m)) not in (None, "UTC") for m in timed) else ""
                conflicts.append(Conflict("time_of_day", {k + told: sorted(set(v)) for k, v in sorted(by_part.items())
                                                          if any(not times_agree(k, o, near) for o in by_part)}))
                value, gran = value.split("T", 1)[0], "day"
    lo, hi = cluster.lo, cluster.hi
    if cluster.disputed and len(set(zones.values())) > 1 and all(
            len({m.start for m in members if m.start == m.end and zones.get(id(m), "") == z}) <= 1
            for z in set(zones.values())):
        # each zone's reports agree on their own day: no dispute; the event is dated as told where it happened
        local = next((m for m in members if zones.get(id(m)) == "" and m.start == m.end), best)
        value, gran, lo, hi = local.value, local.granularity, local.start, local.start
    elif cluster.disputed:
        days: dict[str, list[str]] = defaultdict(list)
        for m in members:
            if m.start == m.end:  # the days disputed, not the times of them (``time_of_day`` tells those)
                days[day_value(m.start)].append(m.source)
        told = {k: sorted(set(v)) for k, v in sorted(days.items())}
        conflicts.append(Conflict("date", told))
        # the day most sources give, the earliest of equals; the event spans every day given
        value, gran = max(told, key=lambda k: (len(told[k]), -date.fromisoformat(k).toordinal())) if told \
            else day_value(lo), "day"
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


_CLOCK = regex_cache.compile(r"T(\d{2})(?::(\d{2}))?")


def minute_of_day(value: str) -> int:
    """Where in its day a value lies, in minutes: a clock time's ("T20:30": 1230), the middle of a part of the day
    (``PART_OF_DAY_HOURS``: "TMO" 480, "TEV" 1170, "TNI" 1410: after 8 p.m., before its midnight); -1 for a value with
    no time of day (the whole day comes first)."""
    t = value.find("T")
    if t < 0:
        return -1
    clock = _CLOCK.match(value, t)
    if clock is not None:
        return int(clock.group(1)) * 60 + int(clock.group(2) or 0)
    hours = V.PART_OF_DAY_HOURS.get(value[t + 1:t + 3])
    return (hours[0] + hours[1]) * 30 if hours is not None else -1


def event_order(e: Event) -> tuple[date, int, int, str, str, str]:
    """Chronological order: by start, longer intervals first, then the time of day (``minute_of_day``: a morning
    before 8 p.m., a night after it and before its midnight), value, summary and id."""
    return (e.start, -(e.end - e.start).days, minute_of_day(e.value), e.value, e.summary, e.id)


def chronology(stmts: list[Statement]) -> list[Event]:
    """Events from statements, in chronological order (coarse dates before the days inside them)."""
    stmts = sorted(stmts, key=canonical_order)
    acr = acronyms([s.sentence for s in stmts])
    places = Places.from_texts([s.sentence for s in stmts])
    feats = with_stories(stmts, features_of(stmts, acr))
    events = [to_event(c, stmts, acr, places, feats) for c in merge(stmts, feats=feats)]
    events.sort(key=event_order)
    unique_ids(events)
    return events


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
