"""Build the dated statements of one article: which dates place a clause, and the statement each makes."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .. import regex_cache
from ..resolve import Resolved
from ..rules import anchors as A
from ..rules import events as E
from ..rules import statements as S
from ..rules import vocabulary as V
from ..rules.patterns import RULES
from ..segment import Segmented, Sentence
from ..timex import DAY_VALUE, TimexValue, day_value, specified
from ..timezones import DAY_MINUTES, in_utc, offset_known, part_of_day, zone_of
from .clauses import (SHORT_SENTENCE, bounds_with_limits, clause_bounds, finest_per_clause, labels_give_way,
                      no_content, only_function_words, own_conjunct, relative_clauses, signal_before, since_clause,
                      with_when_clauses)
from .phrases import reduced_relative
from .summary import clause_summary, it_said_of, relative_summary, summarize
from .text import CLAUSE_VERBS, COMMA_AFTER, RESCHEDULED_BEFORE, collapse_blanks

_RANGE_SEP = regex_cache.compile(r"^\s*([-–—/]|to|through|until|till|and)\s*$", re.I)
# a phrase that opens the sentence and names what happened on its date: "Since the invasion on Feb. 24, 2022, ..."
_FRONTED_SINCE = regex_cache.compile(r"\W*(?:ever\s+)?since\s+((?:the|a|an|its|his|her|their)\s+[^,;]{1,60}?)\s+(?:on|in)\s+$",
                            re.I)
_FROM_BEFORE = regex_cache.compile(r"\bfrom\s+$", re.I)
_BETWEEN_BEFORE = regex_cache.compile(r"\bbetween\s+$", re.I)
_COMMA_AND = regex_cache.compile(r"^\s*,\s*(and)\s*$", re.I)
_ONE_DAY = timedelta(days=1)
_DAILY_BEFORE = regex_cache.compile(r"\b(?:daily|nightly|every\s+(?:day|night)|each\s+(?:day|night))\s+(?:between|from|at|until|till)\s+$",
                           re.I)
_SET_CLOCK_BETWEEN = regex_cache.compile(r"\s+(?:at|from|between|to|and|until|till|-|–)\s+|\s*[-–(]\s*", re.I)
_REFINES = regex_cache.compile(r"\s*,?\s*(?:(?:" + "|".join(re.escape(w) for w in S.TIME_OF_DAY_JOINERS) + r")\s+)?", re.I)

_EVENT_AFTER = regex_cache.compile(r"\s+(?P<dir>after|before)\s+(?:the|this|that|last\s+week's|its|his|their)\s+(?P<noun>"
                          + "|".join(sorted(S.HAPPENING_NOUNS, key=len, reverse=True)) + r")\b(?!['’])", re.I)


@dataclass(slots=True)
class Statement:
    """A clause placed on the calendar by one expression."""

    source: str
    sentence: str
    clause: str
    summary: str
    timex: Resolved
    value: str
    start: date
    end: date
    granularity: str
    order: int  # position in the article, for deterministic ordering
    anchor_kind: str
    why: str
    # the undated sentence after it in its paragraph, when it gives a toll ("A gunman opened fire at a mall on
    # Tuesday. Five people were killed."): what the merge reads figures from, with the clause
    detail: str = ""
    # the sentences before it (nearest first), when its clause names its happening only by a definite noun ("The
    # decision was announced at noon"): one of them tells which (``E.ANAPHORIC_HAPPENING``); read by the merge
    antecedents: tuple[str, ...] = ()
    # the same moment told after it in another zone ("at noon (1200 GMT)", "1 p.m. local time (19:00 GMT)"): the
    # merge compares its time in that zone when its own zone's offset is unknown
    also: Resolved | None = None
    # the minutes its article's local time is ahead of UTC, when the article tells one moment in both ("04.17 local
    # time (0117 GMT)": 180) and this clock time is told in neither zone's code ("at noon"): read by the merge
    local_offset: int | None = None
    # the zone its code names in its article, when the code names several ("IST" in an article about India: India's)
    zone_hint: str = ""
    # the only statement of its sentence: the figures of the rest of the sentence are its happening's too ("the fire,
    # which broke out at 7:08 p.m. Monday, cut power to 38,000 customers"); read by the merge's conflicts
    sole: bool = False


_JOINED_DATES = regex_cache.compile(r"\s*,?\s*(?:and|or|,)\s*")
_BARE_CLOCK_RULES = frozenset(r.name for r in RULES if r.kind == "clock")
_ON_ITS_DAY = regex_cache.compile(r",?\s+on\s+", re.I)
_TIME_PREPOSITION_BEFORE = regex_cache.compile(r"\b(?:" + "|".join(S.HOLIDAY_TIME_PREPOSITIONS) + r")\s+$", re.IGNORECASE)

def build(source: str, seg: Segmented, timexes: list[Resolved],
          implicit: list[Resolved] | None = None, summaries: bool = True) -> list[Statement]:
    """Dated statements of one article (``implicit``: events dated by anniversaries and the like).

    ``summaries=False`` leaves the summary and the sentence of clause-dated statements empty: a
    third of the cost, for callers that need only the clauses (placing other articles' publication
    dates).
    """
    text = seg.text
    timexes = _clocks_with_their_days(text, timexes)
    out: list[Statement] = []
    out.extend(_implicit_statements(source, seg, implicit or []))
    by_sentence: dict[int, list[Resolved]] = {}
    sent_index = 0
    sents = seg.sentences
    for t in timexes:
        while sent_index < len(sents) and sents[sent_index].end <= t.start:
            sent_index += 1
        if sent_index < len(sents) and sents[sent_index].start <= t.start:
            by_sentence.setdefault(sent_index, []).append(t)
    if any(sents[si].zone == "heading" for si in by_sentence):
        out.extend(_stamped_entries(source, text, sents, by_sentence, summaries))
    for si in sorted(by_sentence):
        sent = sents[si]
        if sent.zone != "body":
            continue
        first_of_sentence = len(out)
        stext = text[sent.start:sent.end]
        clauses: dict[tuple[int, int], tuple[str, str]] = {}  # one summary per clause, shared by its dates
        placing: list[tuple[Resolved, Resolved | None]] = []
        items = by_sentence[si]
        if len(stext) <= SHORT_SENTENCE and only_function_words(stext, sent.start, items):
            continue  # "It is Monday, not Tuesday.": nothing is said to happen
        skip_next = False
        whens: list[tuple[Resolved, Resolved | None, int]] = []  # boundaries followed by ", when": its body's start
        limits: list[tuple[int, int]] = []  # spans of the boundaries: they place nothing, but end clauses
        set_end = -1  # where a set of days ends ("on Thursdays"), or the clock times that follow it
        starts: set[int] = set()  # dates a bare "from" opens ("from Monday"): the start of a state
        also: dict[int, Resolved] = {}  # the same moment told again in another zone, by the id of the first telling
        day_of: dict[int, int] = {}  # a time placed for its day ("Wednesday, March 19, at 7:45 p.m."): the day's start
        sequence_lead = ""  # "The loss " of "Tuesday night's loss followed ...", which the other date's summary drops
        dated = sum(x.type in ("DATE", "TIME") for x in items)
        shifted = _offset_days(text, items)  # "a week before Christmas Eve": the day a week before it
        for j, t in enumerate(items):
            if skip_next:
                skip_next = False
                continue
            if t.start in shifted and any(x is not t and x.value == day_value(shifted[t.start][0]) for x in items):
                continue  # "on 17 December, a week before Christmas Eve": the day the sentence names, told again
            if t.type == "SET":
                set_end = t.end
                continue
            if t.type == "TIME" and j > 0 and items[j - 1].type == "TIME" \
                    and _ALTERNATIVE_OPENS.fullmatch(text, items[j - 1].end, t.start):
                if set_end == items[j - 1].end:
                    set_end = t.end  # the hours of every day, told in another zone
                else:
                    also[id(items[j - 1])] = t
                continue  # "at 6:45 p.m. local time (1315 GMT)": the same moment in another zone
            if t.type == "TIME" and set_end >= 0 and _SET_CLOCK_BETWEEN.fullmatch(text, set_end, t.start):
                set_end = t.end  # "meets on Thursdays from 4 to 6 p.m.": every Thursday, not a day of its own
                continue
            if t.type == "TIME" and _DAILY_BEFORE.search(text, max(sent.start, t.start - 30), t.start):
                set_end = t.end  # "operates daily between 08:00 and 14:00": hours of every day, and the end after
                continue
            if t.type == "TIME" and _set_after_clocks(items, j, text):
                continue  # "must close between 6 p.m. and 6 a.m. every day": hours of every day, not of one
            info = specified(t.value)
            if t.type not in ("DATE", "TIME") or info is None:
                continue
            nxt = items[j + 1] if j + 1 < len(items) else None
            ninfo = specified(nxt.value) if nxt else None
            ranged = (nxt is not None and ninfo is not None and nxt.type == t.type
                      and ninfo[0].granularity == info[0].granularity
                      and (ninfo[1][0] > info[1][1] or (info[0].granularity == "time" and nxt.value > t.value)))
            sep = _RANGE_SEP.match(text[t.end:nxt.start]) if ranged else None  # type: ignore[union-attr]
            if sep is None and ranged and _BETWEEN_BEFORE.search(text, max(sent.start, t.start - 12), t.start):
                sep = _COMMA_AND.match(text[t.end:nxt.start])  # type: ignore[union-attr]  # "between X, and Y"
            if sep is not None and sep.group(1).lower() == "and" and (
                    ninfo[1][0] - info[1][1] > _ONE_DAY or info[0].granularity == "time") \
                    and not _BETWEEN_BEFORE.search(text, max(sent.start, t.start - 12), t.start):  # type: ignore[index]
                # "March 21 and 22", "between 1998 and 2004" are spans; "in 2009 and 2013", "1 February and 27
                # February" a list
                sep = None
            near = text[max(sent.start, t.start - 80):t.start]
            if info[0].granularity == "month" and t.rule == "date_month" and _RECURRING_SPAN_BEFORE.search(near) \
                    and (sep is None or nxt.rule == "date_month"):  # type: ignore[union-attr]
                skip_next = sep is not None
                continue  # "the rainy season, which runs from November to April": every year's, no happening
            if ("not" in near or "rather" in near or "instead" in near) and _NEGATED_BEFORE.search(near):
                continue  # "opens on Monday, not Sunday": no time of anything
            if ("rom" in near or "ompared" in near or "ersus" in near or "vs." in near or "gainst" in near
                    or " on " in near[-40:]) \
                    and not (sep and nxt) \
                    and _compared(near, text, t.end, "weekday" in t.fields):
                continue  # "Cases rose to 1,287 on Saturday, up from 830 a day earlier": the time compared with
            if "than" in near[-24:] and _THAN_BEFORE_DATE.search(near):
                continue  # "fell 0.6%, a smaller drop than in the final quarter of 2024": the time compared with
            if " of " in near[-30:] and _REMEMBERED_BEFORE.search(near):
                continue  # "a rally dedicated to the anniversary of the events of 9 April 1989": the time remembered
            if _SHELF_LIFE_BEFORE.search(near[-60:]):
                continue  # "tahini with best-before dates of 14/06/2027": the goods' mark
            if info[0].granularity == "year" and _labels_a_thing(text, sent.start, t):
                continue  # "a dispute over the 2026 budget": the budget's year, not the dispute's
            if info[0].granularity not in ("day", "time", "partofday") and "for " in near[-40:] \
                    and _FORECAST_PERIOD.search(near):
                skip_next = sep is not None  # (and the end of its span: "for the 2025-26 financial year")
                continue  # "cut its outlook for the year": the period forecast, not when it was cut
            if t.text.lower() in S.ASSESSMENT_VANTAGES and (
                    _ASSESSMENT_AFTER.match(text, t.end, sent.end)
                    or _ASSESSMENT_BEFORE.search(text, max(sent.start, t.start - 30), t.start)):
                continue  # "today it appears that ...": when the writer judges, not when anything happened
            if info[0].granularity == "year" and _RANKED_OF.search(text, max(sent.start, t.start - 40), t.start):
                continue  # "the bank's second cut of the year": the ranking's frame, not the time of the clause
            if info[0].granularity in ("year", "quarter", "half", "month", "week", "season", "decade") \
                    and "est " in near[-60:] and _RANKED_IN.search(near[-70:]):
                continue  # "Its collapse is the largest in US retail this year": a ranking, not a happening
            if info[0].granularity in ("year", "quarter", "half", "month", "week", "season") \
                    and t.text[:5].lower() == "this " and "est " in near[-60:] and _RANKED_NOUN.search(near[-70:]):
                continue  # "in one of the deadliest single attacks this year": the ranking's frame
            if text[t.end:t.end + 2] in ("'s", "’s") and (t.start > sent.start or dated > 1) and not signal_before(
                    text, max(sent.start, t.start - 20), t.start):
                # (at the sentence's start only before a verb of sequence: "Tuesday night's loss followed a 3-0 home
                # defeat on Saturday" tells two happenings, each on its day)
                named = _possessed_happening(source, text, sent.start, sent.end, t, summaries, object_only=True,
                                             opening=t.start == sent.start)
                if named:  # "The minister defended last week's decision to close the border": the decision
                    out.extend(named)
                    if t.start == sent.start and named[0].summary:
                        sequence_lead = named[0].summary[:-1] + " "  # "The loss ", before its verb of sequence
                    limits.append((t.start - sent.start, t.end - sent.start))
                    continue
            if sep is None and "from" in text[t.start - 6:t.start] \
                    and _BARE_FROM_BEFORE.search(text, t.start - 6, t.start) \
                    and not _RANGE_END_AFTER.match(text, t.end, sent.end) \
                    and text[t.end:t.end + 2] not in ("'s", "’s") \
                    and info[0].granularity in ("day", "time", "partofday") \
                    and not _CHANGE_BEFORE.search(text, sent.start, t.start):
                # "will serve as interim chief executive from Monday": the start of what the clause says, no span
                placing.append((t, None))
                starts.add(t.start)
                continue
            if signal_before(text, max(sent.start, t.start - 20), t.start) and not (
                    "til" in text[t.start - 7:t.start]
                    and RESCHEDULED_BEFORE.search(text, max(sent.start, t.start - 70), t.start)) and not (
                    _BY_BEFORE.search(text, max(sent.start, t.start - 4), t.start)
                    and (_LEVEL.search(stext) or (_OPENING_BY.fullmatch(text, sent.start, t.start)
                                                  and _PAST_PERFECT.search(stext))
                         or (_DONE_BEFORE_BY.search(text, _clause_start(text, sent.start, t.start), t.start)
                             and _CLAUSE_ENDS_AFTER_BY_DATE.match(text, t.end, sent.end)))):
                # (not "The fire was 65% contained by Saturday": a level reached by then, what the report says then;
                # nor "By Thursday evening it had been downgraded": a sentence opened so tells what was so by then;
                # nor "Rebels had captured three towns by Tuesday", "Power was restored by Friday": done by then)
                # (not "postponed until April 10": the new date of what was put off)
                # a boundary; but "from 00:01 on Tuesday until 23:59 on Thursday" spans the two
                if sep is None or sep.group(1).lower() == "and" or not _FROM_BEFORE.search(
                        text, max(sent.start, t.start - 12), t.start):
                    when = _WHEN_AFTER.match(text, t.end, sent.end)
                    if when is not None:  # "since October 2021, when they staged a coup": the coup was then
                        whens.append((t, None, when.end() - sent.start))
                    limits.append((t.start - sent.start, t.end - sent.start))
                    if text[t.end:t.end + 2] in ("'s", "’s"):
                        out.extend(_possessed_happening(source, text, sent.start, sent.end, t, summaries))
                    continue
            if j > 0 and sep is None and _fronted(text, sent.start, items[0]) \
                    and _HAPPENING_LABELLED.search(text, max(sent.start, t.start - 40), t.start):
                continue  # "On Tuesday, Pellucid sent out invitations to a launch event next month": the event's time
            if sep is not None:
                placing.append((t, nxt))  # type: ignore[arg-type]
                skip_next = True
            elif nxt and ninfo and nxt.type == "TIME" and info[0].granularity == "day" and ninfo[1] == info[1] \
                    and _REFINES.fullmatch(text, t.end, nxt.start):
                placing.append((nxt, None))  # "on March 23 at 6 a.m.": the time of day on that day
                day_of[nxt.start] = t.start  # its clause is cut around the day and the time
                skip_next = True
            else:
                placing.append((t, None))
        placing.extend(_event_anchored(source, text, sent.start, sent.end, items, out))
        if len(items) > 1 and (" after " in stext or " before " in stext):
            for st, lo, hi in _counted_back(source, text, sent.start, sent.end, items):
                out.append(st)
                limits.append((lo - sent.start, hi - sent.start))
        placing.sort(key=lambda p: p[0].start)
        if not placing and not whens:
            continue
        cuts = [(day_of.get(p[0].start, p[0].start) - sent.start, (p[1] or p[0]).end - sent.start) for p in placing]
        bounds, unbroken = clause_bounds(stext, cuts) if not limits else bounds_with_limits(stext, cuts, limits)
        own_starts: set[int] = set()
        if unbroken:
            # a date in a past relative clause after the subject places that clause, whatever the main clause's date
            own = frozenset(i for i, (t, t2) in enumerate(placing) if (i in unbroken or i - 1 in unbroken)
                            and reduced_relative(stext, (t.start - sent.start, (t2 or t).end - sent.start)))
            own_starts = {placing[i][0].start for i in own}
            placing, bounds = finest_per_clause(placing, bounds, unbroken, text, own)
        # the spans of the dates that place, by the index of their placing (those ``cuts`` are all the dates')
        placed_cuts = cuts if len(placing) == len(cuts) else [
            (p[0].start - sent.start, (p[1] or p[0]).end - sent.start) for p in placing]
        if whens:
            placing, bounds = with_when_clauses(stext, sent.start, placing, bounds, whens)
        if summaries:
            sentence = collapse_blanks(stext)
            all_spans = [(t.start - sent.start, t.end - sent.start) for t in items if t.type in ("DATE", "TIME")]
            all_spans += [(a - sent.start, b - sent.start) for _, (a, b) in shifted.values()]  # ("a week" before)
            all_spans += cuts
            names = {(t.start - sent.start, t.end - sent.start) for j, t in enumerate(items)
                     if t.rule in S.HOLIDAY_NAME_RULES
                     and not _TIME_PREPOSITION_BEFORE.search(text, max(sent.start, t.start - 12), t.start)
                     # (nor the second of two joined: "on Good Friday and Easter Monday")
                     and not (j > 0 and _JOINED_DATES.fullmatch(text, items[j - 1].end, t.start))}
            if names and len(set(all_spans)) > len(names):
                # "Sales during the Christmas season rose on Tuesday": the holiday names the season, and stays (not
                # after a preposition of time: "Stores closed on Christmas Day and reopened on Dec. 27")
                all_spans = [s for s in all_spans if s not in names]
        else:
            sentence, all_spans = "", []
        placed: set[tuple[int, int, str, date]] = set()
        relatives = relative_clauses(stext, placed_cuts)
        if relatives and summaries:  # what a relative clause dates is no part of what the others date
            all_spans = all_spans + [(a, b) for a, b, *_ in relatives.values()]
        labels, takeover = labels_give_way(text, stext, placing, bounds, cuts, relatives)
        for i, ((t, t2), (cs, ce)) in enumerate(zip(placing, bounds)):
            if takeover >= 0:
                if i != takeover and labels[i]:
                    continue  # "the June jobs report": a label, once another date places the sentence
                if i == takeover:
                    cs, ce = 0, len(stext)
            elif cs >= 0 and i not in relatives and ", " in stext:
                cs, ce = own_conjunct(stext, cs, ce, t.start - sent.start, (t2 or t).end - sent.start, cuts)
            if cs >= 0 and i not in relatives and "since" in stext[cs:t.start - sent.start]:
                since = since_clause(stext, cs, ce, t.start - sent.start)
                if since is not None:  # "Prices have doubled since the war began in 2022": the war began then
                    cs, ce, subject = since
                    if summaries and subject is not None and (cs, ce) not in clauses:  # a gerund
                        summary = summarize(stext[cs:ce], [(a - cs, b - cs) for a, b in all_spans if a >= cs and b <= ce])
                        if subject:
                            summary = f"{subject} {summary[:1].lower()}{summary[1:]}"
                        clauses[(cs, ce)] = (collapse_blanks(stext[cs:ce]), summary)
            if i in relatives:
                a, b, body_start, head, link = relatives[i]
                # the summary decides whether the clause stands alone: computed either way, so that the
                # statements do not depend on ``summaries``
                spans = all_spans if summaries else [(x - sent.start, y - sent.start) for x, y in
                                                     ((u.start, u.end) for u in items if u.type in ("DATE", "TIME"))]
                got = relative_summary(stext, a, b, body_start, head, link, spans)
                if got is not None:
                    cs, ce = a, b
                    clauses.setdefault((cs, ce), got if summaries else (got[0], ""))
            fronted = _FRONTED_SINCE.match(stext, 0, t.start - sent.start)
            if fronted is not None and COMMA_AFTER.match(stext, (t2 or t).end - sent.start):
                # "Since the invasion on Feb. 24, 2022, more than 8 million have fled": the date is the invasion's
                cs, ce = 0, (t2 or t).end - sent.start
                name = fronted.group(1)
                clauses.setdefault((cs, ce), (collapse_blanks(stext[cs:ce]), name[0].upper() + name[1:] + "." if summaries else ""))
            if cs >= 0 and (cs, ce) not in clauses and no_content(stext, cs, ce, cuts):
                if len(placing) > 1:
                    continue  # the sentence's other dates place what was said, or what happened
                clause = collapse_blanks(stext[cs:ce])
                # what was said is the event, on the day it was said
                clauses[(cs, ce)] = (clause, summarize(stext, all_spans, attribution=False) if summaries else "")
            if t.start in own_starts:  # a relative clause's own date: its summary is no other date's
                clause, summary = (clause_summary(stext, cs, ce, all_spans,
                                                  (t.start - sent.start, (t2 or t).end - sent.start))
                                   if summaries else (collapse_blanks(stext[cs:ce]), ""))
                clause = sentence if clause == sentence else clause
            else:
                if (cs, ce) not in clauses:
                    clause, summary = (clause_summary(stext, cs, ce, all_spans,
                                                      (t.start - sent.start, (t2 or t).end - sent.start))
                                       if summaries
                                       else (collapse_blanks(stext[cs:ce]), ""))
                    # a clause that is the whole sentence is kept once, as the sentence
                    clauses[(cs, ce)] = (sentence if clause == sentence else clause, summary)
                clause, summary = clauses[(cs, ce)]
            tv, iv = specified(t.value)  # type: ignore[misc]  # placing holds specified values only
            first, end = iv
            if t2 is not None:
                end = specified(t2.value)[1][1]  # type: ignore[index]
            elif t.anchor_kind == "publication" and t.anchor and t.fields.get("dshift") == 0:
                # "earlier this month" has been by the day it is written; "later this week" is still to come
                edge = str(t.fields.get("mod", "")).lower()
                if edge in ("earlier", "later") and DAY_VALUE.fullmatch(t.anchor):
                    written = date.fromisoformat(t.anchor[:10])
                    if edge == "earlier" and first <= written < end:
                        end = written
                    elif edge == "later" and first < written <= end:
                        first = written
            if (cs, ce, t.value, end) in placed:
                continue  # the same clause placed on the same date again is the same statement
            placed.add((cs, ce, t.value, end))
            if t.start in starts and summaries and summary.endswith("."):
                summary = summary[:-1] + " (from this date)."
            if summary.split(" ", 1)[0] in ("It", "He", "She") and si > 0 and sents[si - 1].paragraph == sent.paragraph:
                summary = it_said_of(summary, text[sents[si - 1].start:sents[si - 1].end])
            if sequence_lead and summary.startswith(sequence_lead):
                # "The loss followed a 3-0 home defeat by Brentmoor": on Saturday, the defeat
                rest = _SEQUENCE_VERB_AFTER.match(summary, len(sequence_lead) - 1)
                if rest is not None and rest.end() < len(summary):
                    summary = summary[rest.end()].upper() + summary[rest.end() + 1:]
            value, granularity, why = t.value, tv.granularity, t.why
            if t.start in shifted:  # "The vote will be held a week before Christmas": on 18 December
                first = end = shifted[t.start][0]
                value, granularity = day_value(first), "day"
                why += f"; {text[shifted[t.start][1][0]:t.start].strip()} it: {value}"
            out.append(Statement(source, sentence, clause, summary, t,
                                 value, first, end, granularity, t.start, t.anchor_kind, why, also=also.get(id(t))))
        if si > 0 and len(out) > first_of_sentence:
            _link_antecedent(out[first_of_sentence:], text, sents, si)
        if len(out) == first_of_sentence + 1:
            out[-1].sole = True
        if len(out) == first_of_sentence + 1 and si + 1 < len(sents) and si + 1 not in by_sentence:
            nxt_sent = sents[si + 1]
            # in its paragraph; or, in copy of one sentence to a paragraph (a wire's), the next paragraph's first
            alone = (si == 0 or sents[si - 1].paragraph != sent.paragraph) and nxt_sent.paragraph == sent.paragraph + 1 \
                and (si + 2 >= len(sents) or sents[si + 2].paragraph != nxt_sent.paragraph)
            if (nxt_sent.paragraph == sent.paragraph or alone) and nxt_sent.zone == "body":
                low = text[nxt_sent.start:nxt_sent.end].lower()
                if any(w in low for w in _TOLL_WORDS):  # the sentence's one statement, told on after it
                    out[-1].detail = collapse_blanks(text[nxt_sent.start:nxt_sent.end])
    _zone_hints(out, text)
    _local_offsets(out)
    return out


def _clocks_with_their_days(text: str, timexes: list[Resolved]) -> list[Resolved]:
    """A bare clock time and its day named right after it with "on" ("at 4:10 a.m. on March 11", "shortly before
    midnight on Sunday"), two expressions in TIMEX3, date one clause as one: the clock time on that day, its phrase
    spanning both."""
    out: list[Resolved] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if b is not None and a.rule in _BARE_CLOCK_RULES and a.type == "TIME" and b.type == "DATE" \
                and DAY_VALUE.fullmatch(b.value) and a.value[:10] == b.value and _ON_ITS_DAY.fullmatch(text, a.end, b.start):
            out.append(replace(a, end=b.end, text=text[a.start:b.end]))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _zone_hints(stmts: list[Statement], text: str) -> None:
    """The zone an ambiguous code of a clock time names, read from its article: "IST" is India's where the article
    names India and neither Ireland nor Israel (``V.AMBIGUOUS_ZONES``)."""
    for code, choices in V.AMBIGUOUS_ZONES.items():
        told = [st for st in stmts if st.granularity == "time" and zone_of(st.timex.text) == code]
        if not told:
            continue
        named = [zone for zone, country in choices if re.search(country, text, re.IGNORECASE)]
        if len(named) == 1:
            for st in told:
                st.zone_hint = named[0]


def _local_offsets(stmts: list[Statement]) -> None:
    """Give an article's clock times told without a zone of known offset the offset of its local time, when the
    article tells one moment both ways, and always the same ("04.17 local time (0117 GMT)"; ``local_offset``)."""
    offsets = set()
    for st in stmts:
        if st.also is None or st.granularity != "time" or offset_known(st.zone_hint or zone_of(st.timex.text)):
            continue
        told = zone_of(st.also.text)
        if not offset_known(told):
            continue
        own, utc = part_of_day(st.value) or "", in_utc(st.start, told, st.also.value)[1]
        if len(own) == len(utc) == 5 and own[2] == utc[2] == ":":
            diff = (int(own[:2]) * 60 + int(own[3:]) - int(utc[:2]) * 60 - int(utc[3:])) % DAY_MINUTES
            offsets.add(diff - DAY_MINUTES if diff > DAY_MINUTES // 2 else diff)
    if len(offsets) != 1:
        return
    offset = offsets.pop()
    for st in stmts:
        if st.granularity == "time" and st.also is None and not offset_known(st.zone_hint or zone_of(st.timex.text)):
            st.local_offset = offset


_ANAPHOR = regex_cache.compile(E.ANAPHORIC_HAPPENING, re.IGNORECASE)


def _link_antecedent(stmts: list[Statement], text: str, sents: list[Sentence], si: int) -> None:
    """Give the sentences before sentence ``si`` (nearest first, at most ``S.ANTECEDENT_SENTENCES``, prose of
    its paragraph or the ``S.ANTECEDENT_PARAGRAPHS`` before) as antecedents to those of ``stmts`` whose clause
    names its happening by a definite noun."""
    if not any(_ANAPHOR.search(st.clause) for st in stmts):
        return
    before: list[str] = []
    for k in range(si - 1, max(-1, si - 1 - S.ANTECEDENT_SENTENCES), -1):
        b = sents[k]
        if b.zone != "body" or b.paragraph < sents[si].paragraph - S.ANTECEDENT_PARAGRAPHS:
            break
        before.append(collapse_blanks(text[b.start:b.end]))
    for st in stmts:
        if _ANAPHOR.search(st.clause):
            st.antecedents = tuple(before)


_OFFSET_LINK = regex_cache.compile(r"\s+(before|after)\s+(?:the\s+)?", re.I)
_DAYS_OR_WEEKS = regex_cache.compile(r"P(\d+)([DW])")
_WORKING_DAYS = regex_cache.compile(r"\b(?:trading|business|working)\s+days?\b", re.I)


def _offset_days(text: str, items: list[Resolved]) -> dict[int, tuple[date, tuple[int, int]]]:
    """The days that a length of days or weeks "before" or "after" a day shifts it to ("a week before Christmas Eve",
    "three days after Diwali"): by the day's start, the shifted day and the span of the length."""
    out: dict[int, tuple[date, tuple[int, int]]] = {}
    for d, t in zip(items, items[1:]):
        if d.type != "DURATION" or t.type != "DATE" or not DAY_VALUE.fullmatch(t.value):
            continue
        link = _OFFSET_LINK.fullmatch(text, d.end, t.start)
        length = _DAYS_OR_WEEKS.fullmatch(d.value)
        if link is None or length is None:
            continue
        n, step = int(length.group(1)), (1 if link.group(1).lower() == "after" else -1)
        day = date.fromisoformat(t.value)
        if length.group(2) == "D" and _WORKING_DAYS.search(d.text):
            while n:  # "eight trading days after Oct. 12": weekdays only (no table of holidays)
                day += timedelta(days=step)
                n -= day.weekday() < 5
        else:
            day += timedelta(days=step * n * (7 if length.group(2) == "W" else 1))
        out[t.start] = (day, (d.start, d.end))
    return out


# a comparison open before a date: "up from 830 ", "compared with $3 million ", "from 67% " (a figure, and no "to")
_COMPARED_BEFORE = regex_cache.compile(r"(?:\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in S.COMPARISON_LEADS)
                              + r")\s+|\b(?:up|down)\s+[\d.,]+\s*(?:%|per\s?cent|percent)?\s+on\s+"  # "up 4% on"
                              r"|\b(?:from|against)\s+(?:(?:a|an|its|the|their)\s+(?:[\w-]+\s+)?(?:peak|high|low|record|level|"
                              r"total)\s+of\s+)?(?:(?:[$€£¥₹]|Rs\.?|INR|US\$|A\$|C\$|HK\$|S\$|NZ\$)\s?)?"
                              r"(?:(?:about|around|nearly|some|just|almost)\s+)?"
                              # a figure, not a year ("from 2010 until his defeat in 2018" is a time)
                              r"\d(?!\d{3}(?![\d,.%])))"
                              # to the date, across the commas of a figure ("up from 1,050 in 2023"), the figure
                              # it is also given as (", or $1.24 a share,") and a comma just before the date
                              r"(?:(?!\bto\b)(?:[^,;:]|(?<=\d),(?=\d{3})|,\s+or\s+(?=[$€£¥\d])"
                              r"|,(?=\s*(?:(?:in|on|at|during|for)\s+)?$)))*$", re.I)

# a happening named right before a date that is not the sentence's opening one: the date labels it
_HAPPENING_LABELLED = regex_cache.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:"
                                 + "|".join(sorted(S.SCHEDULED_HAPPENINGS | {"event", "events"})) + r")\s+$", re.I)
_FRONTED_OPENING = regex_cache.compile(r"\W*(?:(?:on|in|at|late|early|last|earlier)\s+)?$", re.I)


def _fronted(text: str, s0: int, t: Resolved) -> bool:
    """Does the date ``t`` open its sentence, set off by a comma ("On Tuesday, ...", "Last month, ...")?"""
    return text.startswith(",", t.end) and _FRONTED_OPENING.fullmatch(text, s0, t.start) is not None


_PERCENT_ON = regex_cache.compile(r"(?:%|\bper\s?cent|\bpercent)\s+on\s+$", re.I)
_NEGATED_BEFORE = regex_cache.compile(r"(?:,\s*not|\brather\s+than|\binstead\s+of)\s+(?:(?:on|in|at)\s+)?$", re.I)


def _stamped_entries(source: str, text: str, sents: list, by_sentence: dict[int, list[Resolved]],
                     summaries: bool) -> list[Statement]:
    """A live blog's entries: a line that holds only a clock time ("14.32 EST", "11:42 p.m. ET") dates the first
    sentence of the paragraph after it, when that sentence names no date of its own."""
    out = []
    for si, items in by_sentence.items():
        sent = sents[si]
        if sent.zone != "heading" or len(items) != 1 or items[0].type != "TIME":
            continue
        t = items[0]
        if text[sent.start:sent.end].strip(" \t\n:–—-") != t.text:
            continue
        j = si + 1
        while j < len(sents) and sents[j].zone == "heading" and j not in by_sentence and \
                sents[j].end - sents[j].start <= S.STAMP_COMPANION_CHARS:
            j += 1  # "2h ago" between the time and the entry
        if j >= len(sents) or sents[j].zone != "body" or j in by_sentence:
            continue
        info = specified(t.value)
        if info is None:
            continue
        stext = text[sents[j].start:sents[j].end]
        sentence = collapse_blanks(stext)
        summary = summarize(stext, []) if summaries else ""
        out.append(Statement(source, sentence, sentence, summary, t, t.value, info[1][0], info[1][1],
                             info[0].granularity, t.start, t.anchor_kind, t.why))
    return out


# ", when" and a subject after a date: a clause saying what happened then ("in 1998, when the river rose")
_WHEN_AFTER = regex_cache.compile(r",\s+when\s+(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|[A-Z][\w’'-]*|[a-z]{2,}s(?<!ss))\s)")


# a happening a date names in the possessive: "since last Friday's collision" (up to four words, its noun last)
_POSSESSED = regex_cache.compile(r"['’]s\s+((?:[\w’'-]+\s+){0,3}?(?:" + "|".join(sorted(S.HAPPENING_NOUNS)) + r"))\b",
                        re.I)


# a verb after the happening (and what completes it): it is a subject; one in the past says what it did then
# ("Monday's attack killed 12 people"), the clause is the happening's, whole
_VERB_AFTER = r"\s+(?:[a-z]+ly\s+)?(?:(?:%s|%s)\b|[a-z]{3,}(?:ed|s)\b(?!\s+(?:of|by|for|in)\b))" % (
    "|".join(CLAUSE_VERBS), "|".join(S.MODALS_AND_AUXILIARIES))
# a verb that puts the happening after or before another, which the sentence dates apart ("Tuesday night's loss
# followed a 3-0 home defeat by Brentmoor on Saturday")
_SEQUENCE_VERB_AFTER = regex_cache.compile(r"\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in S.SEQUENCE_VERBS) + r")\s+", re.I)
_POSSESSED_BEFORE_SEQUENCE = regex_cache.compile(r"['’]s\s+((?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)(?=" + _SEQUENCE_VERB_AFTER.pattern
                                        + ")", re.I)
_PAST_VERB_AFTER_HAPPENING = regex_cache.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:%s|was|were|had)\b|[a-z]{3,}ed\b(?!\s+(?:of|by|for|in)\b))"
                                        % "|".join(sorted(S.IRREGULAR_PAST)))
# what completes the happening's noun: "to close the border", "by the central bank", "at a clinic", up to a stop, a
# new clause or a verb
_HAPPENING_TAIL = regex_cache.compile(r"\s+(?:to|by|of|on|against|over|in|for|with|at|near|outside)\s+(?:(?!(?:as|and|but|while|"
                             r"when|which|that|after|before|because|since)\b)[^\s,;:.!?\"“”()]+\s*){1,6}?"
                             r"(?=[,;:.!?\"“”()]|$|(?:and|or|but|as|while|when|which|that|after|before|because|since)\b|"
                             + _VERB_AFTER[3:] + ")")


_TOLL_WORDS = tuple(w for words in E.TOLL_WORDS.values() for w in words)
_ALTERNATIVE_OPENS = regex_cache.compile(A.ALTERNATIVE_TIME_OPENS)
# a change before "from": "down 4.5% from the previous Friday" compares, it starts nothing; a figure alone does not
# ("a new tax bracket for incomes above 500,000 dollars from January 1, 2026" starts then)
_CHANGE_BEFORE = regex_cache.compile(r"\b(?:increase[sd]?|decrease[sd]?|ris(?:es?|en|ing)|rose|fall(?:s|en|ing)?|fell|"
                            r"drop(?:s|ped|ping)?|gain(?:s|ed|ing)?|decline[sd]?|declining|climb(?:s|ed|ing)?|"
                            r"jump(?:s|ed|ing)?|slip(?:s|ped|ping)?|higher|lower|up|down|compared|from)\b[^;]*\bfrom\s+$",
                            re.I)
_BARE_FROM_BEFORE = regex_cache.compile(r"(?<![\w-])from\s+$", re.I)
# the end of a span after a date the bare "from" opens: "from Monday until further notice", "from 9 a.m. to 5 p.m."
_RANGE_END_AFTER = regex_cache.compile(r"[^,;.]*?\b(?:to|until|till|through|thru)\b|\s*[-–—]", re.I)
_TO_AFTER = regex_cache.compile(r"\s*,?\s*to\b")
_THAN_BEFORE_DATE = regex_cache.compile(S.THAN_BEFORE_DATE, re.I)
_REMEMBERED_BEFORE = regex_cache.compile(S.REMEMBERED_BEFORE, re.I)
_SHELF_LIFE_BEFORE = regex_cache.compile(S.SHELF_LIFE_LABEL_BEFORE, re.I)


def _compared(near: str, text: str, end: int, weekday: bool = False) -> bool:
    """Is the date that ``near`` leads to, ending at ``end``, the time a figure is compared with ("up from 830 a day
    earlier", "from 1,050 in 2023")? Not when a bare "from" opens a span that goes on "to" another
    ("rose from 1,000 in 2019 to 2,000 in 2020"), nor a day after it with "on", the change's day, nor a ``weekday``
    after "up 4% on" ("closed down 4% on Friday": the day it closed)."""
    m = _COMPARED_BEFORE.search(near)
    if m is None:
        return False
    if weekday and _PERCENT_ON.search(near):
        return False
    if m.group()[:4].lower() == "from" and (_TO_AFTER.match(text, end) or near.endswith(" on ")):
        return False  # "rose to 410 pence from 380 pence on Monday": the rise's day, not the figure's
    return True


def _possessed_happening(source: str, text: str, s0: int, s1: int, t: Resolved, summaries: bool,
                         object_only: bool = False, opening: bool = False) -> list[Statement]:
    """The statement of a happening that a boundary date names in the possessive: "The bridge has been closed
    since last Friday's collision" says the collision was last Friday ("The collision."), though nothing else is
    placed then. With ``object_only``, a date of any kind, unless the happening is the subject of a verb after it
    ("Officials said Monday's attack killed 12 people" is Monday's, whole): "Markets rallied after yesterday's
    announcement by the central bank" says when the announcement was ("The announcement by the central bank.").
    With ``opening`` (the date opens the sentence), only a happening before a verb of sequence, of any noun ("Tuesday
    night's loss followed a 3-0 home defeat on Saturday": "The loss.")."""
    m = _POSSESSED.match(text, t.end, s1)
    if m is None and opening:  # any noun before a verb of sequence: "Tuesday night's loss followed ..."
        m = _POSSESSED_BEFORE_SEQUENCE.match(text, t.end, s1)
    info = specified(t.value)
    if m is None or info is None or any(c in m.group(1) for c in ",;:"):
        return []
    end, phrase = m.end(), m.group(1)
    if object_only:
        tail = _HAPPENING_TAIL.match(text, end, s1)
        if tail is not None:  # "decision to close the border", "announcement by the central bank"
            phrase += tail.group().rstrip()
            end += len(tail.group().rstrip())
        sequence = _SEQUENCE_VERB_AFTER.match(text, end, s1) is not None
        if not sequence and (opening or _PAST_VERB_AFTER_HAPPENING.match(text, end, s1)):
            return []
    tv, iv = info
    clause = collapse_blanks(text[t.start:end])
    summary = f"The {collapse_blanks(phrase)}." if summaries else ""
    sentence = collapse_blanks(text[s0:s1]) if summaries else ""
    return [Statement(source, sentence, clause, summary, t, t.value, iv[0], iv[1], tv.granularity, t.start,
                      t.anchor_kind, t.why)]


def _timex_value(v: str) -> TimexValue | None:
    try:
        return TimexValue.parse(v)
    except ValueError:
        return None


# "by" before a date, and a level in the sentence: the level reached by then ("40% contained by Thursday evening")
_BY_BEFORE = regex_cache.compile(r"\bby\s+$", re.I)
_OPENING_BY = regex_cache.compile(r"\W*By\s+")
_PAST_PERFECT = regex_cache.compile(r"\bhad\s+(?:(?:already|also|just|now)\s+)?(?:been\s+)?(?:[a-z]{2,}(?:ed|en|wn|un)|"
                           + "|".join(sorted(S.IRREGULAR_PAST)) + r")\b")
_LEVEL = regex_cache.compile(r"\b(?:" + "|".join(S.LEVEL_WORDS) + r")\b", re.I)
# a past perfect, or a past passive that is no plan, before "by" and its date in the same clause: what was done by then
_DONE_BEFORE_BY = regex_cache.compile(
    r"\b(?:had\s+(?:(?:already|also|just|now)\s+)?(?:been\s+)?|(?:was|were)\s+(?:(?:already|also|just|fully|largely|"
    r"mostly|partly)\s+)?)(?!(?:" + "|".join(S.PLANNED_PARTICIPLES) + r")\b)(?:[a-z]{2,}(?:ed|en|wn|un)|"
    + "|".join(sorted(S.IRREGULAR_PAST)) + r")\b(?<!\bbeen)(?=(?:[^,;:]|,(?=\d))*\bby\s+$)")
# ... and the date ends the clause ("by overnight losses in New York" is an agent; "by 1992 it intended" a new clause)
_CLAUSE_ENDS_AFTER_BY_DATE = regex_cache.compile(r"\s*(?:[,.;:!?)]|$)")
_CLAUSE_BREAK_BEFORE_BY = regex_cache.compile(r"[;:]|,\s+(?:and|but|while|as|after|before)\s")


def _clause_start(text: str, s0: int, pos: int) -> int:
    """Where the clause that holds ``pos`` starts: after the last semicolon, colon or ", and" before it."""
    start = s0
    for m in _CLAUSE_BREAK_BEFORE_BY.finditer(text, s0, pos):
        start = m.end()
    return start
# a noun phrase after "the anniversary of", then what the anniversary does: the noun phrase is the happening
_ANNIVERSARY_VERB_AFTER = regex_cache.compile(r"\s*((?:the|a|an|his|her|its|their)\s+[^,;:.!?]{1,60}?)\s+(?:"
                                     + "|".join(S.ANNIVERSARY_VERBS) + r")\b", re.I)
# a verb of extent in the present before a month without its year: a period that comes back every year
_RECURRING_SPAN_BEFORE = regex_cache.compile(r"\b(?:" + "|".join(S.RECURRING_SPAN_VERBS) + r")\s+(?:from\s+|between\s+)?$",
                                    re.I)
# a forecast or plan "for" a period, before the period ("its outlook for the year", "its forecast for a profit")
_FORECAST_PERIOD = regex_cache.compile(r"\b(?:" + "|".join(S.FORECAST_NOUNS) + r")\s+for\s+(?:(?:a|an)\s+(?:[\w-]+\s+){1,2}?)?"
                              r"(?:(?:the|this|its|their|next|fiscal)\s+)?$", re.I)
_ASSESSMENT_AFTER = regex_cache.compile(r"\s*,?\s*" + S.ASSESSMENT_FRAME, re.I)  # "today it appears"
_ASSESSMENT_BEFORE = regex_cache.compile(r"\b" + S.ASSESSMENT_FRAME + r"\s+$", re.I)  # "it seems now"
# an ordinal or superlative, a few words, "of" before a year: "its second cut of the year", "the largest of 2024"
# (not "the first nine months of the year", a period; nor "interest", no superlative)
_RANK_WORD = (r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|only|"
              r"(?!(?:inter|for|re|har|con|pro|ar|sugg|manif|t|b|w|n|r|ch|gu|qu)est\b)[a-z]{3,}est)\b")
_RANKED_OF = regex_cache.compile(_RANK_WORD + r"(?:\s+(?!(?:months?|weeks?|days?|quarters?|half|years?)\b)[\w'’-]+){0,3}\s+of\s+$",
                        re.I)
# a rank said with a copula, then the field it is ranked in before its date: "Halvorsen's collapse is the largest in
# US retail this year" (not "the warmest February on record", a date ranked; not "the strongest to hit the region")
_RANKED_IN = regex_cache.compile(r"\b(?:is|are|was|were)\s+(?:the|its|their)\s+" + _RANK_WORD
                        + r"\s+(?:in|among|across)\s+(?:[\w'’-]+\s+){1,4}$", re.I)
# a rank, then the noun it ranks, right before the period it ranks within: "one of the deadliest single attacks this
# year", "the busiest week so far this year"
_RANKED_NOUN = regex_cache.compile(r"\b(?:the|its|their)\s+" + _RANK_WORD + r"(?:\s+[\w'’-]+){1,3}\s+(?:so\s+far\s+)?$", re.I)
# a year between a determiner and the noun phrase it labels: "over the 2026 budget"; the phrase's words
_LABELLED_WORDS = regex_cache.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_LEAD_BEFORE = regex_cache.compile(r"\b(?:" + "|".join(S.ATTACHED_EVENT_LEADS) + r")\s+$", re.I)
# (the years a determiner opens may be several: "swap the 2031 and 2027 bonds")
_LABEL_DETERMINER = regex_cache.compile(r"(?<![\w'’])(?:the|a|an|its|their|his|her|this|that)\s+"
                               r"(?:(?:1\d|20)\d\d\s*(?:,|and|or|&)\s+)*$", re.I)
_MATURITY_BEFORE = regex_cache.compile(S.MATURITY_BEFORE, re.I)


def _labels_a_thing(text: str, s0: int, t: Resolved) -> bool:
    """Does the year ``t`` only label a thing that is no happening, in an object or after a preposition ("a dispute
    over the 2026 budget", "said the 2024 budget had promised", "swap the 2031 and 2027 bonds", "notes maturing in
    2038")? Not as the sentence's subject ("The 2011 census counted 63 million people"), nor a happening ("since the
    2022 invasion")."""
    if _MATURITY_BEFORE.search(text, max(s0, t.start - 40), t.start):
        return True  # "new notes maturing in 2038": the notes' year
    det = _LABEL_DETERMINER.search(text, max(s0, t.start - 24), t.start)
    if det is None or not text[s0:det.start()].strip() or _LEAD_BEFORE.search(text, max(s0, det.start() - 12),
                                                                              det.start()):
        return False  # (but "retired after the 2019 season": then)
    words = _LABELLED_WORDS.match(text, t.end)
    if words is None:
        return False
    return not any(w in S.HAPPENING_NOUNS or w.rstrip("s") in S.HAPPENING_NOUNS for w in words.group(1).split())


def _event_anchored(source: str, text: str, s0: int, s1: int, items: list[Resolved],
                    earlier: list[Statement]) -> list[tuple[Resolved, None]]:
    """Durations followed by "after/before the NOUN", placed from the article's dated NOUN."""
    out = []
    for t in items:
        if t.type != "DURATION":
            continue
        m = _EVENT_AFTER.match(text, t.end, s1)
        if not m:
            continue
        mv = re.fullmatch(r"P(\d+)([DW])", t.value)
        if not mv:
            continue
        noun = m.group("noun").lower()
        stem = noun[:5]
        recent = [st for st in earlier[-S.EVENT_LOOKBACK:]
                  if st.granularity in ("day", "partofday", "time") and st.timex.anchor_kind != "event"]
        # the latest statement whose summary says it, else whose clause names it ("recovered the recorder on
        # Wednesday, a day after the jet crashed" names the crash, but "The jet crashed on Tuesday" says it)
        said = [st for st in recent if stem in st.summary.lower()]
        for st in reversed(said or recent):
            if stem in st.clause.lower():
                days = int(mv.group(1)) * (7 if mv.group(2) == "W" else 1)
                try:
                    d = st.start + timedelta(days=days if m.group("dir").lower() == "after" else -days)
                except OverflowError:  # beyond the calendar's ends (years 1..9999): no value
                    break
                if _dated_elsewhere(items, t, d):
                    break  # "The last coalition agreement, in 2022, was signed 47 days after the election": another one
                r = Resolved(t.start, m.end(), text[t.start:m.end()], "DATE", day_value(d), "event_offset",
                             st.value, "event", t.tense, why=f"{t.value} {m.group('dir').lower()} the {noun} of {st.value}")
                out.append((r, None))
                break
    return out


def _dated_elsewhere(items: list[Resolved], t: Resolved, d: date) -> bool:
    """Does the sentence of ``t`` date itself (a date or time besides ``t``), none of its dates holding the day ``d``
    counted from an earlier happening? Then that happening is another of its kind, not the one the article dated."""
    others = [specified(x.value) for x in items if x is not t and x.type in ("DATE", "TIME")]
    spans = [o[1] for o in others if o is not None]
    return bool(spans) and not any(a <= d <= b for a, b in spans)


# ", three years after " a happening the clause then tells: "Work began in 1884, three years after a ferry disaster on
# the river killed 31 people"
# (a happening named with "a" or "an", or a clause with its past verb: "two days after the coup toppled the
# president", "a day after militants seized it")
_AFTER_A_HAPPENING = regex_cache.compile(r"\s+(?P<dir>after|before)\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:"
                                + "|".join(sorted(S.HAPPENING_NOUNS, key=len, reverse=True)) + r")\b(?!['’])"
                                r"|(?:[\w'’-]+\s+){1,4}?(?:(?-i:[a-z]{3,}ed)|"
                                + "|".join(sorted(S.IRREGULAR_PAST, key=len, reverse=True)) + r")\b)"
                                r"(?P<happening>[^,;:()]+?)(?=\s*(?:[,;:()]|[.!?]?\s*$))", re.I)
_APPOSITION_COMMA = regex_cache.compile(r"\s*,\s*")
_LENGTH_VALUE = regex_cache.compile(r"P(\d+)([DWMY])")  # a whole number of days, weeks, months or years


def _set_after_clocks(items: list[Resolved], j: int, text: str) -> bool:
    """Do the clock times from ``items[j]`` on lead, a few words later, to a set ("between 6 p.m. and 6 a.m. every
    day", "at 8 p.m. nightly")?"""
    k = j
    while k + 1 < len(items) and items[k + 1].type == "TIME" and items[k + 1].start - items[k].end < 12:
        k += 1
    return (k + 1 < len(items) and items[k + 1].type == "SET" and items[k + 1].start - items[k].end < 30
            and _CLOCK_WORD.fullmatch(items[j].text) is not None)


_CLOCK_WORD = regex_cache.compile(r"(?:(?:about|around)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[:.]\d\d"
                         r"|noon|midnight)", re.I)


def _counted_back(source: str, text: str, s0: int, s1: int, items: list[Resolved]) -> list[tuple[Statement, int, int]]:
    """A length of time set off after a date, then "after" or "before" a happening the clause tells: the
    happening's statement, dated by counting from that date ("in 1884, three years after a ferry disaster on the
    river killed 31 people": "A ferry disaster on the river killed 31 people.", 1881), and the span it takes from
    the sentence (a boundary of the clause before)."""
    out = []
    for prev, t in zip(items, items[1:]):
        if t.type != "DURATION" or prev.type not in ("DATE", "TIME") \
                or not _APPOSITION_COMMA.fullmatch(text, prev.end, t.start):
            continue
        m = _AFTER_A_HAPPENING.match(text, t.end)
        mv = _LENGTH_VALUE.fullmatch(t.value)
        info = specified(prev.value)
        if m is None or mv is None or info is None:
            continue
        n = int(mv.group(1)) * (1 if m.group("dir").lower() == "after" else -1)
        gran, start = info[0].granularity, info[1][0]
        unit = mv.group(2)
        try:
            if unit == "Y" and gran in ("year", "month", "day"):
                value = f"{start.year - n:04d}" + (prev.value[4:] if gran != "year" else "")
            elif unit in ("D", "W") and gran == "day" and t.mod is None:
                # (not "nearly six days after the earthquake": a count of days that is not exact fixes no day)
                value = day_value(start - timedelta(days=n * (7 if unit == "W" else 1)))
            else:
                continue
        except (OverflowError, ValueError):
            continue
        got = specified(value)
        if got is None or m.end() > s1 or any(m.start("happening") <= o.start < m.end() for o in items
                                              if o.type in ("DATE", "TIME")):
            continue  # (a happening that says its own date is placed by it: "three weeks after a jury convicted him
            # on 27 June")
        r = Resolved(t.start, m.end("dir"), text[t.start:m.end("dir")], "DATE", value, "event_offset", prev.value,
                     "event", t.tense, why=f"{t.value} {m.group('dir').lower()} the happening, counted back from "
                                           f"{prev.value}")
        happening = collapse_blanks(m.group("happening"))
        out.append((Statement(source, collapse_blanks(text[s0:s1]), happening, happening[0].upper() + happening[1:] + ".",
                              r, value, got[1][0], got[1][1], got[0].granularity, r.start, "event", r.why),
                    prev.end, m.end()))
    return out


def _implicit_statements(source: str, seg: Segmented, implicit: list[Resolved]) -> list[Statement]:
    """Statements about events dated without a temporal expression ("the 21st anniversary of the
    last coup, when ... led the overthrow"): the clause is what follows the phrase."""
    out = []
    for r in implicit:
        sent = next((s for s in seg.sentences if s.start <= r.start < s.end and s.zone == "body"), None)
        tv = _timex_value(r.value)
        if sent is None or tv is None or not tv.is_specified:
            continue
        clause = seg.text[r.end:sent.end]
        said = _ANNIVERSARY_VERB_AFTER.match(clause)
        if said is not None:  # "as the second anniversary of his abduction nears": the abduction
            np = said.group(1).strip()
            summary = np[0].upper() + np[1:] + "."
        else:
            summary = summarize(clause, [])
            if len(summary.split()) < 3:
                continue
        iv = tv.interval()
        out.append(Statement(source, collapse_blanks(seg.text[sent.start:sent.end]), collapse_blanks(clause), summary, r, r.value,
                             iv[0], iv[1], tv.granularity, r.start, "event", r.why))
    return out
