"""How alike two statements are, and whether their dates allow them to be one happening: the scores and
thresholds of the merge, each pair's rule and its explanation."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .. import regex_cache
from ..rules import events as E
from ..rules import vocabulary as V
from ..statements import Statement
from .content import Features, RELATED
from .times import ROUND_MINUTES, clock_of, minutes_apart, utc_instant

MERGE_THRESHOLD = 0.34
MAGNITUDES_APART = E.MAGNITUDES_APART
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
# More evidence needed when both say where it happened and name none of each other's places: "Gunmen attacked a police
# station in Kano" and "Rebels attacked an army base in Goma" on one day are two attacks.
OTHER_PLACE_PENALTY = 0.15
# ... and much more when each names two names or more and none of the other's: two actors, two happenings.
OTHER_NAMES_PENALTY = 0.3
# More evidence needed when the only kinds shared are generic ones (``E.GENERIC_EVENT_KINDS``: "began", "opened",
# "returned", "visited", "met") and no name is: "Intel began notifying customers" and "DPC launched a new offer" in
# one week are two happenings.
GENERIC_KIND_PENALTY = 0.15
# More evidence needed when one date, a vague part of a period, contains the other and no name is shared (see
# ``unnamed_containment``).
UNNAMED_CONTAINMENT_PENALTY = 0.1
# More evidence needed when two statements dated by a month or longer share a kind of happening and nothing else: no
# name, no word ("Saddam appeared to accept a border treaty [...] following the August 1988 cease-fire" and "The thrifts
# agreed to the transaction in August 1988"). A month holds many happenings of each kind; a day few.
COARSE_KIND_ONLY_PENALTY = 0.15
COARSE_MIN_DAYS = 28  # the shortest date that counts as coarse: a month
# Less evidence needed when two statements share no kind of happening but all their names and the verb that says what was done
# ("The Eastmark mark fell to a four-month low" and "The Eastmark mark fell as traders bet on further easing"): it
# makes up for the missing kind.
SAME_ACT_CREDIT = NO_EVENT_PENALTY
# Less evidence needed when two reports give the same tally or score ("61-38") and share a name: one vote, one match;
# they may then be a day apart, as consecutive days otherwise need a shared kind of happening (``same_tally``).
SHARED_TALLY_CREDIT = 0.4
# Less evidence needed when two reports on compatible dates give the same distinctive figure ("$160 million", "3.91%",
# "20,000"; ``E.SHARED_FIGURE``) and share a name, a name that opens the sentence included: "Brandt, 27, signed a
# four-year, $160 million extension in March 2024" and "Brandt [...] was in the second season of a four-year, $160
# million extension he signed in March 2024" (``same_figure``); not when each names a name the other does not (two
# companies' results).
SHARED_FIGURE_CREDIT = 0.4
# Less evidence needed when two reports on compatible dates name the same numbered part of a series ("won a Giro
# d'Italia 14th stage cut short by snow" and "Bermúdez won Saturday's snow-shortened 14th stage"; ``E.SHARED_SERIES_PART``),
# a kind of happening and a name, the opening one included, though each names names the other does not (a rider's
# nationality, the stage's finish): one stage's win is one happening.
SERIES_PART_CREDIT = 0.3
_SERIES_NOUNS = frozenset(E.SERIES_PARTS.split())
# Less evidence needed when two reports from different sources give one happening the same clock time ("shortly after
# 9 a.m. on Saturday") and share two names or more: "Officers were called to Marsh's Pharmacy on Calder Street" and "The
# standoff at Marsh's Pharmacy on Calder Street began" (``same_time``).
SAME_TIME_CREDIT = 0.1
SAME_TIME_MIN_NAMES = 2
# Much less when the clock time is a precise minute, neither on the hour nor the half hour ("at 16h42" and "at 4.42pm",
# "at 22:40 on November 9" and "at 10:40 p.m. on Tuesday"), and no kinds of happening tell the two apart: two sources
# rarely give one minute to two happenings. On the twenty-one probes such pairs were one happening 16 times in 18 (the
# two others, in one article's outage, "between 14:22 and 20:41" and "By 14:22 UTC", told of its start).
PRECISE_TIME_CREDIT = 0.5
# Less when two sources give clock times of one day at most NEAR_CLOCK_MINUTES apart (compared in one zone) and share a
# name: "Keith Barraclough, 58, was struck [...] at 10.40pm" and "Keith Barraclough, 58, was hit by a car [...] at about
# 10.15pm" are one collision told two ways, the disagreement then listed as a conflict. On the twenty-four probes such
# pairs, not joined before, told of one happening 17 times in 22; within the hour (30 minutes before), pooled pairwise F
# over the thirty-six probes 41.8 -> 42.1 with fewer wrong pairs ("declared the winner at around 17h10" and "announced
# the result shortly before 6 p.m.").
NEAR_CLOCK_CREDIT = 0.3
NEAR_CLOCK_MINUTES = 60
# Less evidence needed when two reports on the very same date name the same names, none more, and share three words or
# two names, where no kind of happening tells them apart ("Kestrel Labs reported the flaw to Halvard in January" and
# "Kestrel Labs warned Halvard about the bug in January"): one date holds few happenings told by the same names and
# words (``shared_words``). Names of their own on either side earn nothing: boilerplate around them is no happening.
SHARED_WORDS_CREDIT = 0.15
SHARED_WORDS_MIN_STEMS = 3
SHARED_WORDS_MIN_NAMES = 2
# Much less when they say the very same words, at least SAME_WORDS_MIN_STEMS of them, and name the same names ("The
# comment period closes on July 20." in two articles of one story), with the same figures: one sentence on one date is
# one happening, even when no kind of happening or name is in it, if it names a name or its articles tell one story
# (``stories``); such reports meet as candidates by their words (``clusters.words_term``).
SAME_WORDS_CREDIT = 0.25
SAME_WORDS_MIN_STEMS = 3
# Less evidence needed when two reports from two articles of one story (articles that share
# STORY_MIN_SHARED_NAMES distinctive names, ``stories.story_names``) on the very same date share a name: "Finance
# Minister Nadia Ferreira tabled her first budget on Tuesday" and "The budget was tabled at 4 p.m. ET", where no kind
# of happening or word says as much (``same_story``). On the probe corpora it joined four right pairs for each wrong
# one.
STORY_CREDIT = 0.25
STORY_MIN_SHARED_NAMES = 3
# Less evidence needed when two reports from two articles of one story, on the same date or one inside the other, say
# the same act of the same thing ("The rule was adopted in February 2024" and "The fee rule was adopted Feb. 7, 2024";
# ``story_act``): a story tells its acts again in other articles, and a verb and its object rarely mean two happenings.
STORY_ACT_CREDIT = 0.2
# Less evidence needed for two reports on the very same date from two articles of one story when neither names a kind
# of happening: their words are all there is to go by ("the preliminary figures Veridian issued on Oct. 5" and
# "Veridian first rattled investors on Oct. 5").
STORY_NO_KIND_CREDIT = 0.25
STORY_ACT_MIN_STEMS = 1
# Less evidence needed for two reports from two articles of one story that both place their happening on the same
# whole day (no clock time nor part of it): a story's articles name a day for what they tell of it, and on the probe
# corpora two such reports that fell short by this much were one happening about four times in five.
STORY_DAY_CREDIT = 0.2
# Verbs too light to tell an act by ("The protests began Tuesday" and "the use of lethal force began"), as stems.
STORY_ACT_LIGHT_VERBS = frozenset("begin start help set make take get go come hold give put keep see use show".split())
# Within one article, two statements at different clock times (or different parts of one day) of the
# same granularity are two happenings ("10:15 p.m.: Polls closed in Nevada", "9:01 p.m.: Polls have now
# closed in 15 more states"); across articles, different times are a conflict to show.
WITHIN_DAY_GRANULARITIES = frozenset({"time", "partofday"})
# Two times of the day of one happening, told by different articles, rarely lie farther apart than this: reports that
# disagree do so by minutes or an hour or two (02:00 and 03:00, 2 p.m. and 4 p.m.). Farther apart, compared in one zone
# (UTC where the zones' offsets are known), they are two happenings of one day ("The strike began at midnight" and
# "Clashes began at around 3:30 p.m."; "at 04:30" and "on Sunday evening"), and no event holds both
# (``clusters.union_sorted``).
CLOCKS_APART_MINUTES = 150


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Between the overlap coefficient and Dice: shared / mean(min, max) size."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (min(len(a), len(b)) + max(len(a), len(b)) ** 0.5 * min(len(a), len(b)) ** 0.5)


@lru_cache(maxsize=1 << 12)
def _related(a: frozenset[str]) -> frozenset[str]:
    return a | {r for k in a for r in RELATED.get(k, ())}


def scored_events(a: Features, b: Features) -> tuple[float, frozenset[str], frozenset[str]]:
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
    return scored_events(a, b)[0]


def cached_similarity_score(a: Features, b: Features) -> float:
    """:func:`similarity_score` from cached tables: the same float, a few times faster."""
    e45, shared = event_part(a.events, b.events)
    if e45 is None:
        return 0.0
    na, nb, ta, tb = a.names, b.names, a.stems, b.stems
    nm = 2 * len(na & nb) / score_denominator(len(na), len(nb)) if na and nb else 0.0
    st = 2 * len(ta & tb) / score_denominator(len(ta), len(tb)) if ta and tb else 0.0
    score = e45 + 0.25 * nm + 0.30 * st
    if not shared:
        score -= NO_EVENT_PENALTY
    return score


def similarity(a: Features, b: Features) -> tuple[float, str]:
    """Score in [0, 1] and the rule that produced it."""
    score, ea, eb = scored_events(a, b)
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


def generic_only(a: Features, b: Features) -> float:
    """GENERIC_KIND_PENALTY when ``a`` and ``b`` share only generic kinds of happening and no name, else 0."""
    shared = (_related(a.events) & b.events) | (a.events & _related(b.events))  # ("attack" is a "rebellion")
    if shared and shared <= E.GENERIC_EVENT_KINDS and not (a.names & b.names):
        return GENERIC_KIND_PENALTY
    return 0.0


def coarse_kind_only(days_a: int, days_b: int, a: Features, b: Features) -> float:
    """COARSE_KIND_ONLY_PENALTY when both dates span COARSE_MIN_DAYS days or more and ``a`` and ``b`` share no name
    and no word (only, if anything, a kind of happening), else 0."""
    if days_a < COARSE_MIN_DAYS or days_b < COARSE_MIN_DAYS or a.stems & b.stems or share_a_name(a, b):
        return 0.0
    return COARSE_KIND_ONLY_PENALTY


def name_in_both(a: Features, b: Features) -> bool:
    """Is a name of one a name, or the opening name, of the other ("Hale was arrested at his home" and "The court heard
    that Hale was arrested"; not two sentences that open with one word: "Rebels attacked ...")?"""
    return bool(a.names & b.names) or bool(a.lead and a.lead in b.names) or bool(b.lead and b.lead in a.names)


def may_be_a_day_apart(a: Features, b: Features) -> bool:
    """May two reports on consecutive days tell one happening: the same kind of happening (or tally), and a name in
    common or two articles of one story ("His lawyers lodged an appeal with the Cour de cassation on Thursday" and
    "His lawyers filed an appeal with the Court of Cassation on July 11")?"""
    return bool(a.events & b.events or a.tallies & b.tallies) and (
        name_in_both(a, b) or len(a.story & b.story) >= STORY_MIN_SHARED_NAMES)


def share_a_name(a: Features, b: Features) -> bool:
    """Do ``a`` and ``b`` name a name in common, a name that opens the sentence included ("Hale was arrested at his
    home" and "The court heard that Hale was arrested")?"""
    return name_in_both(a, b) or bool(a.lead and a.lead == b.lead)


def same_act(a: Features, b: Features) -> float:
    """SAME_ACT_CREDIT when ``a`` and ``b`` share no kind of happening but a verb of what was done and all their names
    ("Unisys stock fell [...] on the New York Stock Exchange" and "Telerate shares fell [...] in New York Stock Exchange
    composite trading" are two companies), else 0."""
    if a.names and a.names == b.names and a.acts & b.acts and not event_part(a.events, b.events)[1]:
        return SAME_ACT_CREDIT
    return 0.0


def same_tally(a: Features, b: Features) -> float:
    """SHARED_TALLY_CREDIT when ``a`` and ``b`` give a tally in common and share a name ("The Senate passed the bill
    61-38" and "The Senate followed, by a vote of 61-38"), else 0."""
    if a.tallies and a.tallies & b.tallies and name_in_both(a, b):
        return SHARED_TALLY_CREDIT
    return 0.0


def same_figure(a: Features, b: Features) -> float:
    """SHARED_FIGURE_CREDIT when ``a`` and ``b`` give a distinctive figure in common and share a name, and not each a
    name the other lacks, else 0."""
    if not (a.figures and a.figures & b.figures) or not share_a_name(a, b) or (a.names - b.names and b.names - a.names):
        return 0.0  # each its own names: two companies' results ("Ogden [...] net income of $27.1 million" and
        # "Crossland [...] compared with net income of $27.1 million")
    return SHARED_FIGURE_CREDIT


def _series_parts(f: Features) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for x in f.figures:
        noun, _, n = x.partition(" ")
        if noun in _SERIES_NOUNS:
            out.setdefault(noun, set()).add(n)
    return out


def other_series_parts(a: Features, b: Features) -> bool:
    """Do ``a`` and ``b`` name numbered parts of one kind and none in common ("the 14th stage" and "the 15th stage",
    "Game 6" and "Game 7")? Two parts of a series are two happenings."""
    pa, pb = _series_parts(a), _series_parts(b)
    return any(noun in pb and not pa[noun] & pb[noun] for noun in pa)


def same_series_part(a: Features, b: Features) -> float:
    """SERIES_PART_CREDIT when ``a`` and ``b`` name one numbered part of a series, share a kind of happening and a
    name (the opening one included) and give no figure of their own, else 0."""
    parts = {f for f in a.figures & b.figures if f.split(" ", 1)[0] in _SERIES_NOUNS}
    if not parts or not event_part(a.events, b.events)[1] or not share_a_name(a, b) or same_figure(a, b):
        return 0.0
    return SERIES_PART_CREDIT


def shared_words(a: Features, b: Features) -> float:
    """SHARED_WORDS_CREDIT when ``a`` and ``b`` name the same names (the opening word included) and share
    SHARED_WORDS_MIN_STEMS word stems or SHARED_WORDS_MIN_NAMES names, else 0 (for two reports on the same date)."""
    if (a.names | {a.lead}) - {""} != (b.names | {b.lead}) - {""}:
        return 0.0  # names of their own: "Compaq shares fell [...] in New York Stock Exchange composite trading" and
        # "Du Pont's stock rose [...] in New York Stock Exchange composite trading", "Telerate shares" and "Its stock"
    return shared_words_of_namesakes(a, b)


def shared_words_of_namesakes(a: Features, b: Features) -> float:
    """:func:`shared_words` of two reports known to name the same names, the opening word included."""
    if len(a.stems & b.stems) < SHARED_WORDS_MIN_STEMS and len(a.names) < SHARED_WORDS_MIN_NAMES:
        return 0.0
    if a.stems == b.stems and len(a.stems) >= SAME_WORDS_MIN_STEMS and a.figures == b.figures \
            and a.tallies == b.tallies and a.magnitude == b.magnitude \
            and (a.names or len(a.story & b.story) >= STORY_MIN_SHARED_NAMES):
        # (not other figures in the same words: "the company earned $822.8 million" and "$480.4 million"; and words
        # with no name only in articles of one story: "A court hearing is set for July 11" is said of many cases)
        return SHARED_WORDS_CREDIT + SAME_WORDS_CREDIT  # the very same words: one sentence, one happening
    return 0.0 if same_act(a, b) else SHARED_WORDS_CREDIT  # (the same act and names earn ``same_act``'s credit, not both)


def same_time(si: Statement, sj: Statement, a: Features, b: Features) -> float:
    """PRECISE_TIME_CREDIT when ``si`` and ``sj``, from two sources, are at one precise minute (not in
    ROUND_MINUTES) and name no kinds of happening that differ; SAME_TIME_CREDIT when they are at one clock time and
    share SAME_TIME_MIN_NAMES names; else 0."""
    if si.granularity != "time" or sj.granularity != "time" or si.source == sj.source:
        return 0.0
    precise = si.value[13:14] == ":" and si.value[14:16] not in ROUND_MINUTES
    if si.value != sj.value:  # the same minute told in two zones ("21:10 CEST", "1910 UTC") is one too
        if precise and a.instant and a.instant == b.instant and event_part(a.events, b.events)[0] is not None:
            return PRECISE_TIME_CREDIT
        return NEAR_CLOCK_CREDIT if near_clocks(si, sj) and name_in_both(a, b) else 0.0
    if precise and event_part(a.events, b.events)[0] is not None:
        return PRECISE_TIME_CREDIT
    return SAME_TIME_CREDIT if len(a.names & b.names) >= SAME_TIME_MIN_NAMES else 0.0


def near_clocks(si: Statement, sj: Statement) -> bool:
    """Are ``si`` and ``sj`` clock times of one day at most NEAR_CLOCK_MINUTES apart, compared in one zone?"""
    if si.start != sj.start:
        return False
    ca, cb = clock_of(si), clock_of(sj)
    return bool(ca and cb) and any((gap := minutes_apart(x, y)) is not None and gap <= NEAR_CLOCK_MINUTES
                                   and x[1] == x[2] and y[1] == y[2] for x in ca for y in cb)


def same_story(si: Statement, sj: Statement, a: Features, b: Features) -> float:
    """STORY_CREDIT when ``si`` and ``sj`` come from two articles of one story and share a name, else 0 (for two
    reports on the same date)."""
    if si.source == sj.source or len(a.story & b.story) < STORY_MIN_SHARED_NAMES or not name_in_both(a, b):
        return 0.0
    return STORY_CREDIT if nothing_of_their_own(a, b) else 0.0


def nothing_of_their_own(a: Features, b: Features) -> bool:
    """Do ``a`` and ``b``, two reports of one story, name no names, opening name or figures of their own ("Compaq shares
    fell" and "Du Pont's stock rose"; "Valley Federal [...] reported a third-quarter loss of $70.7 million" and
    "Benjamin Franklin Federal [...] a loss of $7.7 million")?"""
    if a.names - b.names and b.names - a.names:
        return False
    if a.lead and b.lead and a.lead != b.lead and a.lead not in b.names and b.lead not in a.names:
        return False
    return not (a.figures and b.figures and not a.figures & b.figures)


def story_no_kind(si: Statement, sj: Statement, a: Features, b: Features) -> float:
    """STORY_NO_KIND_CREDIT when ``si`` and ``sj`` come from two articles of one story and neither names a kind of
    happening, else 0 (for two reports on the same date)."""
    if a.events or b.events or si.source == sj.source or len(a.story & b.story) < STORY_MIN_SHARED_NAMES:
        return 0.0
    return STORY_NO_KIND_CREDIT if nothing_of_their_own(a, b) else 0.0


def story_day(si: Statement, sj: Statement, a: Features, b: Features) -> float:
    """STORY_DAY_CREDIT when ``si`` and ``sj``, on the same date, come from two articles of one story, both place
    their happening on a whole day and name no names or figures of their own (:func:`nothing_of_their_own`), else 0."""
    if si.granularity != "day" or sj.granularity != "day" or si.source == sj.source \
            or len(a.story & b.story) < STORY_MIN_SHARED_NAMES:
        return 0.0
    return STORY_DAY_CREDIT if nothing_of_their_own(a, b) else 0.0


def story_act(si: Statement, sj: Statement, a: Features, b: Features) -> float:
    """STORY_ACT_CREDIT when ``si`` and ``sj`` come from two articles of one story, say the same act of the same thing
    (a verb of what was done and another word in common) and have no names or figures of their own, else 0 (for two
    reports on the same or containing dates)."""
    if si.source == sj.source or len(a.story & b.story) < STORY_MIN_SHARED_NAMES:
        return 0.0
    acts = (a.acts & b.acts) - STORY_ACT_LIGHT_VERBS
    if not acts or len((a.stems & b.stems) - a.acts) < STORY_ACT_MIN_STEMS:
        return 0.0
    numbers_a, numbers_b = {w for w in a.stems if w.isdigit()}, {w for w in b.stems if w.isdigit()}
    if numbers_a and numbers_b and not numbers_a & numbers_b:
        return 0.0  # each its own count: "detained 12 people" and "a total of 75 persons have been detained"
    if a.names - b.names and b.names - a.names:  # each its own names: two actors
        return 0.0
    if a.figures and b.figures and not a.figures & b.figures:
        return 0.0
    return STORY_ACT_CREDIT


def same_instant(si: Statement, sj: Statement) -> bool:
    """Are two clock times on consecutive local days one precise minute (not in ROUND_MINUTES) in UTC ("11:42 p.m.
    EST" on Wednesday and "0442 GMT Thursday")?"""
    a, b = utc_instant(si), utc_instant(sj)
    return a is not None and a == b and si.value[14:16] not in ROUND_MINUTES and sj.value[14:16] not in ROUND_MINUTES


def series_over(si: Statement, sj: Statement, a: Features, b: Features) -> bool:
    """Does the longer of two statements, one of whose dates contains the other's, count or sum the happenings of its
    period ("It was the 14th U.S. strike in Somalia this year": ``E.SERIES_CLAUSE``)?"""
    longer = a if (si.end - si.start) > (sj.end - sj.start) else b if (sj.end - sj.start) > (si.end - si.start) else None
    return longer is not None and longer.series


def vague_part(s: Statement) -> bool:
    """Is ``s`` dated by a vague part of a period ("earlier this month", "later this year")? (Read from the words: the
    rule fields are gone by the time a corpus is merged.)"""
    return s.timex.rule == "unit_shift_mod" and s.timex.text[:5].lower() in ("earli", "later")


def unnamed_containment(a: Features, b: Features) -> float:
    """UNNAMED_CONTAINMENT_PENALTY when ``a`` and ``b``, one of them dated by a vague part of a period that contains
    the other's date (``vague_part``), share no name: that report tells no more than a kind of happening the period
    may hold several of ("Earlier this month, JNIM fighters ambushed a convoy near Dioura, killing at least 12
    soldiers" and "31 soldiers and four civilians were killed in the attack" on 11 May)."""
    if share_a_name(a, b):
        return 0.0  # (a name that opens the sentence counts: "Intel began notifying customers")
    return UNNAMED_CONTAINMENT_PENALTY


def other_magnitudes(a: Features, b: Features) -> bool:
    """Do ``a`` and ``b`` give magnitudes ``E.MAGNITUDES_APART`` or more apart: two quakes?"""
    return a.magnitude is not None and b.magnitude is not None and abs(a.magnitude - b.magnitude) >= MAGNITUDES_APART


def other_places(a: Features, b: Features) -> float:
    """How much more evidence ``a`` and ``b`` need to be one happening: OTHER_PLACE_PENALTY when each says where it
    happened ("in Kano", "in Goma") and names none of the other's places, OTHER_NAMES_PENALTY when each names two
    names or more and none of the other's ("The Federal Reserve held rates" and "The Bank of England held rates")."""
    if len(a.names) > 1 and len(b.names) > 1 and not (a.names & b.names):
        return OTHER_NAMES_PENALTY
    if a.places and b.places and not (a.places & b.names) and not (b.places & a.names):
        return OTHER_PLACE_PENALTY
    return 0.0


def span_and_a_day_in_it(a: Statement, b: Statement) -> bool:
    """Are ``a`` and ``b`` of one article, one a span of days ("Between 3 and 7 May, some 1,200 people arrived") and
    the other a time within it ("More people arrived on 5 May")? An article tells two happenings so."""
    if a.source != b.source:
        return False
    for x, y in ((a, b), (b, a)):
        if x.granularity == "day" and x.start < x.end and x.start <= y.start and y.end <= x.end \
                and (y.start, y.end) != (x.start, x.end):
            return True
    return False


def compatible(a: tuple[date, date], b: tuple[date, date]) -> str | None:
    """"same", "contains" or None: how two intervals relate for merging."""
    if a == b:
        return "same"
    if (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]):
        return "contains"
    return None


_HOUR = regex_cache.compile(r"T(\d{2}):\d{2}")


def adjacent_days(a: Statement, b: Statement) -> bool:
    """Two single-day statements from different articles on consecutive days."""
    return (a.source != b.source and a.start == a.end and b.start == b.end
            and abs((a.start - b.start).days) == 1)


def other_time_of_day(a: Statement, b: Statement) -> bool:
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


def pair_rule(a: Features, b: Features) -> str:
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


def explanation(rel: str, fi: Features, fj: Features, score: float, need: float,
                pair: tuple[Statement, Statement] | None = None) -> str:
    """The explanation of a scored pair (``rel``: "same", "contains" or "adjacent"; ``pair``: its statements)."""
    why = pair_rule(fi, fj)
    if same_act(fi, fj):
        why += "; same act " + "/".join(sorted(fi.acts & fj.acts)[:3])
    if same_tally(fi, fj):
        why += "; same tally " + "/".join(sorted(fi.tallies & fj.tallies)[:3])
    if same_figure(fi, fj):
        why += "; same figure " + "/".join(sorted(fi.figures & fj.figures)[:3])
    if same_series_part(fi, fj):
        why += "; same part of a series " + "/".join(sorted(f for f in fi.figures & fj.figures
                                                             if f.split(" ", 1)[0] in _SERIES_NOUNS)[:3])
    if pair is not None and same_time(*pair, fi, fj):
        why += "; same time " + pair[0].value[11:]
    if pair is not None and rel == "same" and same_story(*pair, fi, fj):
        why += "; same story " + "/".join(sorted(fi.story & fj.story)[:3])
    if pair is not None and rel == "same" and story_no_kind(*pair, fi, fj):
        why += "; one story, no kind of happening named " + "/".join(sorted(fi.story & fj.story)[:3])
    if pair is not None and rel == "same" and story_day(*pair, fi, fj):
        why += "; one story, one whole day"
    if pair is not None and rel in ("same", "contains") and story_act(*pair, fi, fj):
        why += "; one act of one story " + "/".join(sorted((fi.acts & fj.acts) - STORY_ACT_LIGHT_VERBS)[:3])
    return f"{rel} date; {why}; score {score:.2f} {'>=' if score >= need else '<'} {need:.2f}"


def kept_apart(ref: str, why: str) -> str:
    """The reason a report ``ref`` was kept apart from an event, given its pair's explanation: the score, or, when
    that passed, the dates (the event is already on another day, or would put one source on two days)."""
    if " >= " in why:
        return (f"kept apart from {ref}: {why}, but the reports it would join are on another day "
                f"(or one source would be on two days)")
    return f"kept apart from {ref}: {why}"


def score_pair(si: Statement, sj: Statement, fi: Features, fj: Features, threshold: float) -> Scored | None:
    """Compare two statements; None when their dates or clauses rule the pair out."""
    rel = compatible((si.start, si.end), (sj.start, sj.end))
    if rel is None:
        if not adjacent_days(si, sj):
            return None
        rel = "adjacent"
    if si.source == sj.source and si.sentence == sj.sentence and si.clause != sj.clause:
        return None  # two clauses of one sentence are two statements
    if si.source == sj.source and (other_time_of_day(si, sj) or span_and_a_day_in_it(si, sj)):
        return None
    if other_magnitudes(fi, fj):
        return None  # a main shock and its aftershock
    if fi.figures and fj.figures and other_series_parts(fi, fj):
        return None  # the 14th stage and the 15th
    if rel == "contains" and series_over(si, sj, fi, fj):
        return None  # "the 14th strike this year" and one strike
    score = similarity_score(fi, fj)
    if rel == "adjacent" and same_instant(si, sj):
        need = threshold - PRECISE_TIME_CREDIT  # one precise minute in UTC, told on two local days
    elif rel == "adjacent":
        need = ADJACENT_DAY_THRESHOLD
        if not may_be_a_day_apart(fi, fj):
            return None
    else:
        need = threshold + containment_penalty((si.start, si.end), (sj.start, sj.end))
        if rel == "contains" and (vague_part(si) or vague_part(sj)):
            need += unnamed_containment(fi, fj)
        if rel == "same":
            need -= shared_words(fi, fj) + same_story(si, sj, fi, fj) + story_no_kind(si, sj, fi, fj) \
                + story_day(si, sj, fi, fj)
        need -= story_act(si, sj, fi, fj)
    if rel != "adjacent":
        need -= same_figure(fi, fj) + same_series_part(fi, fj)
    need += other_places(fi, fj) + generic_only(fi, fj) - same_act(fi, fj) - same_tally(fi, fj)
    need -= same_time(si, sj, fi, fj)
    need += coarse_kind_only((si.end - si.start).days + 1, (sj.end - sj.start).days + 1, fi, fj)
    return Scored(score, need, explanation(rel, fi, fj, score, need, (si, sj)))


@lru_cache(maxsize=1 << 12)
def event_part(ea: frozenset[str], eb: frozenset[str]) -> tuple[float | None, bool]:
    """``0.45 *`` the event overlap of :func:`scored_events` and whether an event kind is shared;
    None when both name events and none is shared (the score is then 0)."""
    if ea and eb:
        ea = _related(ea) & _related(eb) | ea
        eb = _related(eb) & ea | eb
    if ea and eb and not (ea & eb):
        return None, False
    return 0.45 * _overlap(ea, eb), bool(ea & eb)


@lru_cache(maxsize=1 << 16)
def score_denominator(la: int, lb: int) -> float:
    """The denominator of :func:`_overlap` for sets of sizes ``la`` and ``lb`` (both > 0)."""
    return min(la, lb) + max(la, lb) ** 0.5 * min(la, lb) ** 0.5


@lru_cache(maxsize=1 << 12)
def containment_penalty_days(la: int, lb: int) -> float:
    """:func:`containment_penalty` for intervals of ``la`` and ``lb`` days."""
    ratio = max(la, lb) / min(la, lb)
    return min(CONTAINMENT_PENALTY_MAX, CONTAINMENT_PENALTY_PER_DOUBLING * math.log2(ratio))
