"""Stage 6: merge dated statements into events, one per real-world happening.

Two statements merge when their dates are compatible (the same day, one
containing the other, parts of the same day) and their content is similar
enough: shared event words, names (with variants and acronyms) and content
stems, scored by readable rules. Candidates are blocked by year so the
merge never compares all pairs. The result does not depend on input order.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .rules import events as E
from .statements import Statement
from .timex import RANK

_EVENT_OF = {w: k for k, ws in E.EVENT_WORDS.items() for w in ws}
_RELATED: dict[str, set[str]] = defaultdict(set)
for _a, _b in E.RELATED_EVENTS:
    _RELATED[_a].add(_b)
    _RELATED[_b].add(_a)
_NAME_OF = {w: k for k, ws in E.NAME_VARIANTS.items() for w in ws}
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'’-]*")
_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and|de|du|la|in)\s+)*){2,})\(([A-Z]{2,8})\)")

MERGE_THRESHOLD = 0.34
# Extra evidence needed when one date only contains the other (a month and a day).
CONTAINMENT_PENALTY = 0.15
# Less credit when the statements share no event word.
NO_EVENT_PENALTY = 0.15


def fold(s: str) -> str:
    """Lower-case, accents removed ("Touré" -> "toure")."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


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
        for m in _ACRONYM_DEF.finditer(t):
            out.setdefault(m.group(2).lower(), fold(m.group(1)).strip())
    return out


def features(st: Statement, acr: dict[str, str]) -> Features:
    """Event kinds, names and content stems of a statement's clause."""
    clause = st.summary
    events, names, stems = set(), set(), set()
    toks = _TOKEN.findall(clause)
    for i, tok in enumerate(toks):
        f = fold(tok).strip(".'’-")
        if not f:
            continue
        if f in _EVENT_OF:
            events.add(_EVENT_OF[f])
        if tok[0].isupper() and (i > 0 or f not in E.STOPWORDS) and f not in E.STOPWORDS:
            names.add(_NAME_OF.get(f, f))
        elif f in _NAME_OF:
            names.add(_NAME_OF[f])
        if f not in E.STOPWORDS and len(f) > 2:
            stems.add(stem(f))
    low = fold(clause)
    for a, exp in acr.items():
        if a in names or exp in low:
            names.add(a)
    return Features(frozenset(events), frozenset(names), frozenset(stems))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _related(a: frozenset[str]) -> frozenset[str]:
    return a | {r for k in a for r in _RELATED.get(k, ())}


def similarity(a: Features, b: Features) -> tuple[float, str]:
    """Score in [0, 1] and the rule that produced it."""
    if a.events and b.events:
        a = Features(_related(a.events) & _related(b.events) | a.events, a.names, a.stems)
        b = Features(_related(b.events) & a.events | b.events, b.names, b.stems)
    ev = _overlap(a.events, b.events)
    nm = _overlap(a.names, b.names)
    st = _overlap(a.stems, b.stems)
    if a.events and b.events and not (a.events & b.events):
        return 0.0, "different event kinds"
    score = 0.45 * ev + 0.25 * nm + 0.30 * st
    if not a.events & b.events:
        score -= NO_EVENT_PENALTY
    parts = []
    if a.events & b.events:
        parts.append("event " + "/".join(sorted(a.events & b.events)))
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


@dataclass(slots=True)
class Cluster:
    """A growing event: its statements and the interval all of them share."""

    members: list[int]
    lo: date
    hi: date
    reasons: list[str] = field(default_factory=list)


def _blocks(stmts: list[Statement]) -> dict[int, list[int]]:
    blocks: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(stmts):
        if s.end.year - s.start.year > 12:
            continue  # decades and centuries stay on their own
        for y in range(s.start.year, s.end.year + 1):
            blocks[y].append(i)
    return blocks


def _tokens(f: Features) -> set[str]:
    """What two statements must share for any similarity above zero (related event kinds count)."""
    return ({"e:" + k for k in _related(f.events)} | {"n:" + n for n in f.names}
            | {"s:" + w for w in f.stems})


def merge(stmts: list[Statement], threshold: float = MERGE_THRESHOLD) -> list[Cluster]:
    """Group statements into clusters; ``stmts`` must be in canonical order.

    Only pairs that share an event kind, a name or a stem are compared (the
    others score at most zero), and statements identical in date, source,
    clause and features are compared once, through the first of them, so
    repetitive input does not cost quadratic time.
    """
    acr = acronyms([s.sentence for s in stmts])
    feats = [features(s, acr) for s in stmts]
    pairs: dict[tuple[int, int], tuple[float, str]] = {}
    first: dict[tuple, int] = {}
    for i, s in enumerate(stmts):
        f = feats[i]
        r = first.setdefault((s.start, s.end, s.source, s.sentence, s.clause, f.events, f.names, f.stems), i)
        if r != i:
            score, why = similarity(f, f)
            if score >= threshold:
                pairs[(r, i)] = (score, f"same date; {why}; score {score:.2f} >= {threshold:.2f}")
    # a statement scores highest with its own copy: below the threshold there, it merges with nothing
    reps = {i: _tokens(feats[i]) for i in first.values() if similarity(feats[i], feats[i])[0] >= threshold}
    for members in _blocks(stmts).values():
        # statements by interval, then by what they could share (everything, when any score may merge)
        by_iv: dict[tuple[date, date], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for i in members:
            if i in reps:
                for tok in (reps[i] if threshold > 0 else ("",)):
                    by_iv[(stmts[i].start, stmts[i].end)][tok].append(i)
        ivs = sorted(by_iv)
        for x, iv in enumerate(ivs):
            for jv in ivs[x:]:
                rel = compatible(iv, jv)
                if rel is None:
                    continue
                pi, pj = by_iv[iv], by_iv[jv]
                for tok in pi.keys() & pj.keys():
                    for i in pi[tok]:
                        for j in pj[tok]:
                            if i == j or (iv == jv and i > j):
                                continue
                            a, b = (i, j) if i < j else (j, i)
                            if (a, b) in pairs:
                                continue
                            si, sj = stmts[a], stmts[b]
                            if si.source == sj.source and si.sentence == sj.sentence and si.order != sj.order \
                                    and si.clause != sj.clause:
                                continue  # two clauses of one sentence are two statements
                            score, why = similarity(feats[a], feats[b])
                            need = threshold + (CONTAINMENT_PENALTY if rel == "contains" else 0.0)
                            if score >= need:
                                pairs[(a, b)] = (score, f"{rel} date; {why}; score {score:.2f} >= {need:.2f}")
    clusters = {i: Cluster([i], s.start, s.end) for i, s in enumerate(stmts)}
    owner = list(range(len(stmts)))
    for (i, j), (score, why) in sorted(pairs.items(), key=lambda kv: (-kv[1][0], kv[0])):
        ci, cj = owner[i], owner[j]
        if ci == cj:
            continue
        a, b = clusters[ci], clusters[cj]
        lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
        if lo > hi:
            continue  # would join two different days through a coarser date
        # the smaller cluster moves (linear overall); the result is keyed by its first statement
        big, small = (a, b) if len(a.members) >= len(b.members) else (b, a)
        root, gone = (ci, cj) if big is a else (cj, ci)
        big.members.extend(small.members)
        big.lo, big.hi = lo, hi
        big.reasons.extend(small.reasons)
        big.reasons.append(f"{_ref(stmts[i])} + {_ref(stmts[j])}: {why}")
        for m in small.members:
            owner[m] = root
        del clusters[gone]
    return sorted(clusters.values(), key=lambda c: min(c.members))


def _ref(s: Statement) -> str:
    return f"{s.source}@{s.timex.start}"


def event_id(value: str, summary: str) -> str:
    """Stable id from the date and the summary."""
    return "ev-" + hashlib.sha1(f"{value}|{summary}".encode()).hexdigest()[:10]


def best_mention(members: list[Statement], feats: dict[int, Features] | None = None) -> Statement:
    """The mention that gives an event its date and summary.

    The most precise date wins; among equally precise ones, the mention most
    similar to the others (the most central report), then the shorter summary.
    """
    top = max(RANK.get(s.granularity, 0) for s in members)
    cands = [s for s in members if RANK.get(s.granularity, 0) == top]
    if len(cands) == 1 or not feats:
        return sorted(cands, key=lambda s: (s.source, s.order))[0]

    # members with equal features score alike: count them instead of comparing every pair
    groups: dict[tuple, list] = {}
    for o in members:
        f = feats[id(o)]
        groups.setdefault((f.events, f.names, f.stems), [f, 0])[1] += 1

    def centrality(s: Statement) -> float:
        f = feats[id(s)]
        total = sum(n * similarity(f, g)[0] for g, n in groups.values())
        return total - similarity(f, f)[0]

    return sorted(cands, key=lambda s: (-round(centrality(s), 6), len(s.summary), s.source, s.order))[0]


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


def to_event(cluster: Cluster, stmts: list[Statement], acr: dict[str, str]) -> Event:
    """Build the event for one cluster: the most precise date, conflicts and summary."""
    members = sorted((stmts[i] for i in cluster.members), key=lambda s: (s.source, s.order))
    best = best_mention(members, {id(s): features(s, acr) for s in members} if len(members) > 1 else None)
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
    lo = max(m.start for m in members)
    hi = min(m.end for m in members)
    if any(m.end != m.start for m in members) and gran not in ("day", "partofday", "time"):
        lo, hi = best.start, best.end
    return Event(event_id(value, best.summary), value, lo, hi, gran, best.summary, members, conflicts,
                 sorted(cluster.reasons))


def chronology(stmts: list[Statement]) -> list[Event]:
    """Events from statements, in chronological order (coarse dates before the days inside them)."""
    stmts = sorted(stmts, key=lambda s: (s.source, s.order, s.value))
    acr = acronyms([s.sentence for s in stmts])
    events = [to_event(c, stmts, acr) for c in merge(stmts)]
    events.sort(key=lambda e: (e.start, -(e.end - e.start).days, e.value, e.summary, e.id))
    return events
