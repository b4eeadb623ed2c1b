"""The resolver of one article: reads its expressions in order, resolves each by its rule's kind, and keeps
the reference times up to date; ``resolve`` and ``resolve_article`` are the stage's entry points."""

from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_right
from datetime import date, timedelta

from .. import regex_cache
from .. import normalize as N
from ..cues import SentenceCues, local_cue, sentence_cues
from ..rules import anchors as A
from ..rules import statements as S
from ..rules.patterns import RULES
from ..rules import tense as T
from ..rules import vocabulary as V
from ..rules import zones as Z
from ..segment import Segmented
from ..tag import Tagged, numeric_date_order
from ..timex import DAY_VALUE, day_value, specified
from .calendar_dates import BRACKET_BETWEEN, PLUPERFECT_AFTER, RANGE_BETWEEN_DATES, CalendarDates
from .clock import MAIN_PLUPERFECT_BEFORE as _MAIN_PLUPERFECT_BEFORE, ClockTimes
from .shifts import Shifts
from .state import GRAN_UNIT, LINE_START_BEFORE
from .values import Mention, Resolved, parse_value, shift_only, tense_free
from ..tag.reverse import EndSearch


# "by Thursday morning": a day that bounds a state (see ``A.BOUNDING_WORDS``), and "officials said on Saturday": the
# day something was said; no later clock time is on them
_BOUNDING_BEFORE = EndSearch(regex_cache.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in A.BOUNDING_WORDS) + r"|(?:"
                              + "|".join(sorted(T.REPORTING_WORDS)) + r")(?:\s+(?:reporters|journalists))?(?:\s+on)?"
                              r")\s+$", re.IGNORECASE))
# a clause with a subject of its own between two weekdays ("fly to Madrid on Monday and the coach will speak on
# Tuesday"): no order between them
_NEW_SUBJECT_BETWEEN = regex_cache.compile(r"[;:]|\b(?:and|but|while)\s+(?:the|a|an|he|she|they|it|we|I|[A-Z])")
# A bare clock time, an alternative in another zone in brackets, and the day after it: "closes at 11pm on Monday,
# February 3", "fell at 6:45 p.m. local time (1315 GMT) on Thursday" (the day rule takes the longer "Monday, February
# 3", so the time is tagged alone)
_BARE_CLOCK_RULES = frozenset(r.name for r in RULES if r.kind == "clock")
_ALTERNATIVE_OPENS = regex_cache.compile(A.ALTERNATIVE_TIME_OPENS)
_SINCE_BOUND_BEFORE = regex_cache.compile(A.SINCE_BOUND_BEFORE, re.I)
_UNIVERSAL_DAY_BEFORE = regex_cache.compile(A.UNIVERSAL_DAY_BEFORE)
_SPAN_START_BEFORE = regex_cache.compile(r"\b(?:from|since)\s+$", re.I)  # "sold from November 2025": a span's start
_SINCE_HAPPENING_AFTER = regex_cache.compile(A.SINCE_HAPPENING_AFTER, re.I)
_AND = regex_cache.compile(r"\s+and\s+", re.I)
_BETWEEN_BEFORE = regex_cache.compile(r"\bbetween\s+$", re.I)
_ON_AFTER_ALTERNATIVE = regex_cache.compile(r"\s*[)\]],?\s+(?:on\s+)?")  # ("(1800 GMT) yesterday")
_EDGE_SIGNAL_BEFORE = EndSearch(regex_cache.compile(r"\b(" + "|".join(k.replace(" ", r"\s+") for k in V.EDGE_SIGNAL_MODIFIERS)
                                 + r")\s+$", re.IGNORECASE))
_NEAR_TIME_BEFORE = EndSearch(regex_cache.compile(r"\b(" + "|".join(k.replace(" ", r"\s+") for k in V.NEAR_TIME_MODIFIERS) + r")\s+$",
                               re.I))
# a month or holiday and a year named beside it: "Easter last year", "80 years ago in May"
_BESIDE = regex_cache.compile(r"\s+(?:in\s+|of\s+)?", re.I)
_YEAR_VALUE = regex_cache.compile(r"\d{4}")
_YEARLESS_RULES = frozenset(("date_month", "date_holiday", "date_feast", "date_nth_weekday_holiday", "date_month_day",
                             "date_day_month"))
# (or with the noun the clock time labels: "the 7pm deadline on Monday", "a 3pm kick-off on Saturday")
# (a labelled noun may have a word before it and take its day without "on": "at a 3 p.m. team meeting Sunday")
_ON_THE_DAY = regex_cache.compile(r"(?:\s*\(local\s+time\)|\s+[a-z]{3,12}\s+time)?,?\s+(?:(?:[a-z-]+\s+)?(?:" + "|".join(S.CLOCK_LABELLED_NOUNS)
                         + r")\s+(?:on\s+)?|on\s+)")
# (with a zone of its own in words between: "at about 4:40 p.m. camp time on Tuesday")
# ... or nothing but a blank, before a date the clock time's own rule left to the date's: "at 6:30 p.m. Tuesday, March 16"
_BLANK_BEFORE_DATE = regex_cache.compile(r",?\s+")
_RECORD_SINCE = regex_cache.compile(S.RECORD_SINCE_BEFORE, re.I)
_REMEMBERED = regex_cache.compile(S.REMEMBERED_BEFORE, re.I)
# A clause after a date that says what happens then: ", when some trains may be canceled"
_WHEN_CLAUSE_AFTER = regex_cache.compile(r",\s+when\s+")
_HEADLINE_INFINITIVE = regex_cache.compile(T.HEADLINE_INFINITIVE_BEFORE)
_DATED_LABEL = regex_cache.compile(T.DATED_LABEL_BEFORE, re.I)
_DELIVERY_AFTER = regex_cache.compile(T.DELIVERY_AFTER, re.I)
_DELIVERY_BEFORE = regex_cache.compile(T.DELIVERY_BEFORE, re.I)
_OPENS_SENTENCE = regex_cache.compile(r"\s*(?:(?:On|By|From|In\s+the\s+early\s+hours\s+of)\s+)?")
_APPROACHING_AFTER = regex_cache.compile(T.APPROACHING_AFTER, re.I)
_EVERY_DAY_AFTER = regex_cache.compile(T.EVERY_DAY_AFTER_CLOCK, re.IGNORECASE)
_EVERY_DAY_BEFORE = regex_cache.compile(T.EVERY_DAY_BEFORE_CLOCK, re.IGNORECASE)
_SPAN_BOUND_BEFORE = EndSearch(regex_cache.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$", re.IGNORECASE))  # "since May", "until 14 September"
_CLAUSE_CLOSE = regex_cache.compile(r"(?<!\d),|,(?!\d)|;|[.!?](?=\s|$)")  # where a clause set off by a comma ends
_JOINED_WEEKDAYS = regex_cache.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:on\s+)?|\s*,\s*", re.I)

_CLAUSE_END = regex_cache.compile(r"[,;:]")
_CLAUSE_MARK = regex_cache.compile(r"[;:]|,\s+(?:and|but)\s")
_WORD = regex_cache.compile(r"[A-Za-z]+")


def _clause_around(text: str, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence ``s0``..``s1`` around ``start``..``end`` between semicolons, colons and ", and"."""
    a = s0
    for m in _CLAUSE_MARK.finditer(text, s0, start):
        a = m.end()
    m = _CLAUSE_MARK.search(text, end, s1)
    return a, m.start() if m else s1
# Holidays that may label a noun ("the Boxing Day strike"): then the nearest one, whatever the tense
_ALNUM = regex_cache.compile(r"[A-Za-z0-9]")
_STAMPED_ENTRY = regex_cache.compile(Z.LIVE_ENTRY_STAMP, re.I)
_DAY_STAMP_AFTER = regex_cache.compile(Z.LIVE_WEEKDAY_STAMP_AFTER)
_NEXT_ENTRY = regex_cache.compile(Z.LIVE_NEXT_ENTRY)
_PLAN_NOUN_AFTER = regex_cache.compile(r"\s+(?:" + "|".join(T.PLAN_NOUNS) + r")\b", re.I)
_FIGURE_FOR_BEFORE = regex_cache.compile(T.FIGURE_FOR_BEFORE, re.I)
_FIGURE_CHANGE_BEFORE = regex_cache.compile(T.FIGURE_CHANGE_BEFORE, re.I)
_PLAN_NOUN_OF_BEFORE = EndSearch(regex_cache.compile(T.PLAN_NOUN_OF_BEFORE, re.I))
_AROUND_HAPPENING = regex_cache.compile(A.WEEKDAY_AROUND_HAPPENING_BETWEEN, re.I)
_WEEKDAY_LIST = regex_cache.compile(A.WEEKDAY_LIST_BETWEEN, re.I)
_HOLIDAY_WEEKDAY = regex_cache.compile(A.HOLIDAY_WEEKDAY_BETWEEN, re.I)
_YEAR_PREFIX = regex_cache.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)$")
_LISTED_WEEKDAY_RULES = frozenset(("weekday", "weekday_part_of_day"))
# A day, or a part of one ("at nine o'clock on the morning of 10 November": that day's morning), that a bare clock time
# before it with "on" is on
_A_DAY_OR_PART_OF_ONE = regex_cache.compile(r"\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI|DT))?")
_PART_OF_A_DAY_RULES = frozenset(("part_of_day_of_date", "part_of_day_of_day_month", "part_of_day_on_date",
                                  "part_of_day_on_day_month", "part_of_day_on_weekday", "weekday_part_of_day",
                                  "holiday_part_of_day", "early_hours_of_day"))
_HOLIDAY_RULES = frozenset(("date_holiday", "date_nth_weekday_holiday", "date_feast", "date_lunar_holiday"))
_A_DAY_FROM_ANOTHER = regex_cache.compile(A.A_DAY_FROM_ANOTHER, re.I)  # "8 a.m. the following day"
# A quotation, which may run over several sentences of a paragraph (or to the paragraph's end, unclosed), and the day
# it was said, told outside it: "said on Monday", "told reporters Monday", "said yesterday".
_QUOTE_SPAN = regex_cache.compile(r"[“\"][^”\"\n]{0,1500}(?:[”\"]|(?=\n)|$)")
_SAID_ON = regex_cache.compile(T.SAID_DAY_BEFORE.replace("{SAYING}", "|".join(T.SAYING_VERBS)))
# What a sentence that opens with a quotation may say outside it for its speaker to be the one the sentence before told
# of: nothing, or a pronoun and a verb of saying ('"...," she added.').
_SAME_SPEAKER = regex_cache.compile(r"[\s,.;:!?—–-]*(?:(?:(?:he|she|they)\s+(?:" + "|".join(T.SAYING_VERBS) + r"|continued|went\s+on)"
                           r"|(?:" + "|".join(T.SAYING_VERBS) + r")\s+(?:he|she))(?:\s+(?:then|again|later))?[\s,.;:!?]*)?",
                           re.IGNORECASE)
_DEICTIC_RULES = frozenset(r.name for r in RULES if r.kind == "deictic")
# Rules whose quarter or half becomes the period under discussion.
_PERIOD_SETTERS = frozenset({"quarter", "quarter_hyphen", "quarter_of_year", "half_year", "two_quarters_of_year",
                             "period_code_year", "year_period_code", "period_code_digit_first", "period_code",
                             "the_period", "unit_shift", "unit_shift_the", "shifted_year_quarter"})


_ANCHOR_RES = [(word.lower().encode("ascii"), regex_cache.compile(re.escape(word), re.IGNORECASE),
                regex_cache.compile(p, re.IGNORECASE)) for _, p, _, word in A.IMPLICIT_ANCHORS]
# The characters besides ASCII letters that a case-insensitive pattern matches to an ASCII letter.
ASCII_CASE_EXTRAS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin)


_DATED_HAPPENING_AFTER = regex_cache.compile(r"[^,.;:!?()]{0,80}?\b(?:1[5-9]\d\d|20\d\d)\b")


def _implicit_anchors(text: str) -> list[tuple[int, int, int]]:
    """(position, years back, end) of every implicit anchor in ``text``, in order."""
    out = []
    # a cheap test first, with the rule's case folding: the word in the lower-case ASCII bytes (any
    # other character "?"), or, if the text has a character folding to a letter, the word's regex
    folded = text.encode("ascii", "replace").lower()
    extras = any(c in text for c in ASCII_CASE_EXTRAS)
    for word, word_re, rx in _ANCHOR_RES:
        if (word_re.search(text) is None) if extras else (word not in folded):
            continue
        for m in rx.finditer(text):
            if m.group("n"):
                n = int(m.group("n"))
            else:
                n = V.ORDINALS.get(m.group("nw").lower(), 0)
            if n > 0:
                out.append((m.start(), n, m.end()))
    return sorted(out)


# What may stand before a year that opens a sentence and frames it ("In 2005, ...", "During 1998 ...").
# a year narrowed at once to months of it: "hosted two rounds of talks in 2026, in February and in October", "went on
# strike for 56 days in 2024, from March to May"
_HABITUAL_PHRASE = regex_cache.compile(T.HABITUAL_PHRASES, re.IGNORECASE)
_MONTHS_OF_THE_YEAR_AFTER = regex_cache.compile(r",\s+(?:in|during|from|between)\s+(?:(?:early|late|mid)[\s-]+)?(?-i:January|February|March|April|May|"
                                       r"June|July|August|September|October|November|December)\b", re.IGNORECASE)
_FRAME_MID = regex_cache.compile(r"(?:,|;|\b(?:but|and|then|while|until))\s+(?:in|during)\s+$", re.IGNORECASE)
_FRAME_BEFORE = regex_cache.compile(r"\W*(?:[a-z]+ly\s*,\s*)?(?:(?:in|during|by|throughout|back\s+in|later\s+in|early\s+in"
                           r"|late\s+in)\s+)?",
                           re.IGNORECASE)


def _first_cue(text: str, s0: int, s1: int, pos: int) -> tuple[str, str] | None:
    """The tense and word of the first tense cue of the sentence at or after ``pos`` and before the next comma, colon
    or semicolon (an attribution's verb excepted), or None."""
    stop = _CLAUSE_END.search(text, pos, s1)
    end = stop.start() if stop is not None else s1
    for a, _, kind, word in sentence_cues(text, s0, s1):
        if pos <= a < end and kind != "attribution":
            return kind, word
    return None


def resolve(seg: Segmented, tagged: list[Tagged], published: date | None, date_order: str = "MDY",
            tenses: bool = True) -> list[Resolved]:
    """Resolve the tagged expressions of one article against its publication date.

    ``tenses=False``: the tense of a shift from a known point ("yesterday"), which its value does
    not read, is not looked for (it is "none"), for callers that use the values only.
    """
    return Resolver(seg, published, date_order, tenses).resolve_all(tagged)


def resolve_article(seg: Segmented, tagged: list[Tagged], published: date | None,
                    date_order: str = "MDY", tenses: bool = True) -> tuple[list[Resolved], list[Resolved]]:
    """The resolved expressions, and the events dated by implicit anchors (anniversaries); ``tenses``
    as in :func:`resolve`."""
    r = Resolver(seg, published, date_order, tenses)
    return r.resolve_all(tagged), r.implicit


class Resolver(CalendarDates, Shifts, ClockTimes):
    """Resolves the expressions of one article in reading order."""

    def resolve_all(self, tagged: list[Tagged]) -> list[Resolved]:
        """Resolve every expression, in order; drop those that name no real date."""
        self.date_order, self.order_basis = numeric_date_order(tagged, self.date_order, self.dct)
        out: list[Resolved] = []
        anchors = _implicit_anchors(self.text)
        # a bare clock time with its day right after it ("at 8:52 a.m. on 7 March") is on that day (see
        # _clocks_on_the_day_after_them): the day, not the clock time as first placed, is the one later ones count from
        dayed = {t.start for t, n in zip(tagged, tagged[1:]) if t.rule in _BARE_CLOCK_RULES
                 and (n.type == "DATE" or n.rule in _PART_OF_A_DAY_RULES)
                 and (_ON_THE_DAY.fullmatch(self.text, t.end, n.start)
                      or (n.type == "DATE" and _BLANK_BEFORE_DATE.fullmatch(self.text, t.end, n.start)))}
        clocked = False  # the expression before is such a clock time
        for t in tagged:
            while anchors and anchors[0][0] < t.start:
                self._implicit_anchor(*anchors.pop(0))
            s0, s1, para = self._sentence_of(t.start)
            self._sentence, self._para = s0, para
            if tense_free(t) or (not self.tenses and shift_only(t)):
                tense, tense_word, cue, cue_word = "none", None, None, None
            else:
                cues = self._cues.get(s0)
                if cues is None:
                    cues = self._cues[s0] = SentenceCues(self.text, s0, s1)
                tense, tense_word = cues.nearest(t.start, t.end)
                cue, cue_word = local_cue(self.text, s0, t.start)
                if cue == "target" and tense == "future" and tense_word and tense_word.lower() in T.PLAN_PARTICIPLES \
                        and "month" in t.fields and "day" not in t.fields:
                    tense = "none"  # "had originally been scheduled for June": a plan gone by, the nearest such month
                if cue == "target" and cue_word and cue_word.lower() == "by" \
                        and PLUPERFECT_AFTER.search(self.text, t.end, min(s1, t.end + 80)):
                    cue = "past"  # "by the end of June the coach and the captain had all been replaced": done by then
                if tense_word and tense_word.lower() in T.AMBIVALENT_MODALS and cue is None and t.fields.get("day") \
                        and t.fields.get("month") and not t.fields.get("weekday"):
                    tense = "none"  # "could cast postal ballots from 23 March": the nearest 23 March
                if ("month" in t.fields or "weekday" in t.fields) and "year" not in t.fields and "day" not in t.fields \
                        and (_DELIVERY_AFTER.match(self.text, t.end) or t.rule == "date_month_contract"
                             or (self.text[max(s0, t.start - 6):t.start].rstrip().endswith(("for", "For"))
                                 and _DELIVERY_BEFORE.search(self.text, max(s0, t.start - 30), t.start))):
                    tense, tense_word, cue, cue_word = "future", None, "future", "delivery"  # "for August delivery"
                if cue is None and _APPROACHING_AFTER.match(self.text, t.end):
                    tense, tense_word, cue, cue_word = "future", None, "future", "approaching"  # "with May 1 looming"
                if tense == "none" and cue is None and self._zone(s0) == "heading" \
                        and _HEADLINE_INFINITIVE.search(self.text, s0, t.start):
                    tense, tense_word = "future", "to"  # "Fuel prices to fall on Wednesday"
                if self.text.startswith(",", t.end) and cue is None:
                    when = _WHEN_CLAUSE_AFTER.match(self.text, t.end, s1)
                    if when is not None:  # "on Monday, when some trains may be canceled": the tense of that clause
                        own = _first_cue(self.text, s0, s1, when.end())
                        if own is not None:
                            tense, tense_word = own
                if (t.rule in _HOLIDAY_RULES and cue != "target" and self._label(t)) or (
                        "month" in t.fields and _PLAN_NOUN_AFTER.match(self.text, t.end)) or (
                        "month" in t.fields and "day" not in t.fields and "year" not in t.fields
                        and (_FIGURE_FOR_BEFORE.search(self.text, max(s0, t.start - 30), t.start)
                             or _FIGURE_CHANGE_BEFORE.search(self.text, max(s0, t.start - 70), t.start))) or (
                        "month" in t.fields and "year" not in t.fields
                        and _PLAN_NOUN_OF_BEFORE.search(self.text, max(s0, t.start - 30), t.start)) or (
                        "month" in t.fields and _DATED_LABEL.search(self.text, max(s0, t.start - 12), t.start)):
                    # "announced the Boxing Day strike", written on 13 December: the holiday that labels a noun is
                    # the nearest one, whatever the tense of the clause; so is a month or day that labels a plan
                    # ("the mid-October target officials had set earlier this month", written in August: this October)
                    # and so is a month a figure is for ("agreed to a production increase for April"), and a day that
                    # labels a document ("our advisories dated 03 July")
                    tense, tense_word, cue, cue_word = "none", None, None, None
                    if t.rule in _HOLIDAY_RULES and self._label(t):
                        cue, cue_word = "nearest", "label"  # a sentence with a tense: not a story told from the past
            section = self._section_day(s0, t.start)
            if section is None:
                r = self.resolve_one(t, tense, para, cue)
            else:  # a live blog's entry under an earlier day's heading or stamp is written that day
                published, self.dct = self.dct, section[0]
                try:
                    r = self.resolve_one(t, tense, para, cue)
                finally:
                    self.dct = published
                if r is not None and r.anchor_kind == "publication":
                    r.anchor_kind = "section"
                    r.why += f"; counted from {section[0].isoformat()}, the day of the live blog's {section[1]}"
            if r is None:
                continue
            self._note_section(t, r, s0, s1)
            self._note_entry(t, r)
            if cue in ("past", "future"):  # a word right before the date decided its direction
                r.tense, r.cue = cue, cue_word
            else:
                r.cue = tense_word
            if r.anchor_kind == "previous" and t.kind in ("anaphoric", "offset"):
                self._not_after_publication(r, s0, s1)
                if t.kind == "anaphoric" and not t.fields.get("shift", t.fields.get("ashift", 0)):
                    self._not_before_publication(r, s0, s1)
            out.append(r)
            if t.start not in dayed and not (len(out) > 1 and BRACKET_BETWEEN.fullmatch(self.text, out[-2].end, r.start)):
                # (a time restated in brackets in another zone is no new time of the story: "at 2:14 a.m. local time on
                # Wednesday (1714 GMT Tuesday). A tsunami warning was issued at 2:20 a.m." is Wednesday's)
                before = self.last
                clock = out[-2] if clocked and len(out) > 1 and DAY_VALUE.fullmatch(r.value) else None
                if clock is not None and clock.start in dayed and DAY_VALUE.match(clock.value):
                    # "at 3 p.m. on Monday. Two hours later": the clock time on its day is the time the story is at
                    self._remember(replace(clock, value=r.value + self._time_on_named_day(clock), end=r.end), para)
                else:
                    self._remember(r, para)
                if self.last is not before:  # (a length of time changes nothing)
                    self.last_clocked = clocked
            clocked = t.start in dayed
        for a in anchors:  # anchors after the last expression still date their events
            self._implicit_anchor(*a)
        self._span_starts_on_its_end_day(out)
        self._dayed = dayed
        self._clocks_on_the_day_after_them(out)  # (first: a clock time on the day named after it is one with a day)
        self._clock_takes_the_next_times_day(out)
        self._part_of_day_takes_the_next_day(out)
        self._weekdays_around_a_happening(out)
        self._holidays_on_their_weekday(out)
        self._holidays_in_apposition(out)
        self._weekday_lists_in_order(out)
        self._span_ends_after_its_start(out)
        self._span_around_publication(out)
        self._years_beside_them(out)
        self._quotes_on_the_day_said(out)
        self._habitual_parts_of_day(out)
        self._times_of_every_day(out)
        return out

    def _times_of_every_day(self, out: list[Resolved]) -> None:
        """A clock time that a frequency follows or comes right before, or the span it opens, is a time of any such day:
        "open from 8 a.m. to 8 p.m. every day", "open daily from 9 a.m. to 6 p.m." (``T.EVERY_DAY_AFTER_CLOCK``,
        ``T.EVERY_DAY_BEFORE_CLOCK``)."""
        for i, r in enumerate(out):
            if r.rule not in _BARE_CLOCK_RULES or r.type != "TIME" or not DAY_VALUE.match(r.value):
                continue
            times = [r]
            spans = i and out[i - 1].rule in _BARE_CLOCK_RULES \
                and RANGE_BETWEEN_DATES.fullmatch(self.text, out[i - 1].end, r.start)
            if spans and DAY_VALUE.match(out[i - 1].value):
                times.append(out[i - 1])  # the span's start: "from 8 a.m. to 8 p.m. every day"
            first = out[i - 1].start if spans else r.start
            if not (_EVERY_DAY_AFTER.match(self.text, r.end)
                    or _EVERY_DAY_BEFORE.search(self.text, max(0, first - 40), first)):
                continue
            for t in times:
                t.value, t.resolved, t.anchor = "XXXX-XX-XX" + t.value[10:], False, None
                t.why += "; a time of every such day, left unspecified"

    def _note_section(self, t: Tagged, r: Resolved, s0: int, s1: int) -> None:
        """A heading that is only a day before publication, over time-stamped entries ("Wednesday, Aug. 13" then
        "6:40 p.m. - Sheriff says ..."), opens a section of a live blog written that day; another heading that is a
        day closes it (``T.LIVE_SECTION_MAX_DAYS``)."""
        if not DAY_VALUE.fullmatch(r.value) or self.dct is None or self._zone(s0) != "heading" \
                or _ALNUM.search(self.text, s0, t.start) or _ALNUM.search(self.text, t.end, s1):
            return
        d = date.fromisoformat(r.value)
        lived = 0 < (self.dct - d).days <= T.LIVE_SECTION_MAX_DAYS and _STAMPED_ENTRY.match(self.text, s1)
        self.section = (s1, d) if lived else None

    def _note_entry(self, t: Tagged, r: Resolved) -> None:
        """A day before a clock time that opens its line in a live blog ("Wednesday, 8:30 a.m. - Volunteers will be at
        the Grange hall from noon"), a day before publication, stamps the entry it opens: the entry, up to the line
        that opens the next one (``Z.LIVE_NEXT_ENTRY``), was written that day."""
        if self.dct is None or not DAY_VALUE.fullmatch(r.value) \
                or not LINE_START_BEFORE.search(self.text, max(0, t.start - 8), t.start) \
                or not _DAY_STAMP_AFTER.match(self.text, t.end) or not self.is_live_blog():
            return
        d = date.fromisoformat(r.value)
        if 0 < (self.dct - d).days <= T.LIVE_SECTION_MAX_DAYS:
            end = m.start() if (m := _NEXT_ENTRY.search(self.text, t.end)) else len(self.text)
            self.entry = (t.end, end, d)

    def _section_day(self, s0: int, pos: int) -> tuple[date, str] | None:
        """The day of the live blog's entry the expression at ``pos`` is in (see :meth:`_note_entry`), or of the
        section the sentence at ``s0`` is under (see :meth:`_note_section`), if any, and which of the two it is."""
        entry = self.entry
        if entry is not None and entry[0] <= pos < entry[1]:
            return entry[2], "entry it is in"
        section = self.section
        if section is None or s0 < section[0] or self._zone(s0) != "body":
            return None
        return section[1], "section it is under"

    def _habitual_parts_of_day(self, out: list[Resolved]) -> None:
        """"the morning" or "the day" in a clause with an adverb of frequency ("usually", "often") is any such day:
        the value is left unspecified (``T.HABITUAL_ADVERBS``)."""
        for r in out:
            yearless = r.rule in T.HABITUAL_YEARLESS_RULES and "year" not in r.fields and _YEAR_PREFIX.match(r.value)
            if (r.rule not in T.HABITUAL_RULES and not yearless) or not r.resolved or (
                    r.rule == "the_period" and r.fields.get("punit", "").lower() not in T.HABITUAL_UNITS):
                continue
            s0, s1, _ = self._sentence_of(r.start)
            a, b = _clause_around(self.text, s0, s1, r.start, r.end)
            # (for a month or season, an adverb before it: "prices for April, usually published around the fifth" is
            # one April's)
            word = next((w for w in _WORD.findall(self.text, a, r.start if yearless else b)
                         if w.lower() in T.HABITUAL_ADVERBS), None)
            if word is None and yearless and r.tense != "future":  # ("as it is every year, and will reopen in October")
                phrase = _HABITUAL_PHRASE.search(self.text, s0, r.start)
                word = phrase.group() if phrase else None
            if word is None:
                continue
            if yearless:
                r.value, r.resolved, r.anchor = "XXXX" + r.value[4:], False, None
                r.why += f"; {word!r} tells what happens as a rule: any year's, left unspecified"
                continue
            tail = r.value[r.value.index("T"):] if "T" in r.value else ""
            r.value, r.resolved, r.anchor = "XXXX-XX-XX" + tail, False, None
            r.why += f"; {word!r} tells what happens as a rule: any such day, left unspecified"

    def _quotes_on_the_day_said(self, out: list[Resolved]) -> None:
        """A day counted from now inside a quotation counts from the day it was said, when the text tells that day
        outside the quotation: in the sentences the quotation opens and closes in ('"We will vote today," the minister
        said on Monday'; a quotation may run over several sentences), or, for a quotation that opens its sentence and
        names no other speaker, in the sentence before ('The minister said on Monday. "We strike today."')."""
        if self.dct is None or ('"' not in self.text and "“" not in self.text):
            return
        candidates = [r for r in out if r.rule in _DEICTIC_RULES and r.anchor_kind == "publication"
                      and DAY_VALUE.match(r.value)]
        if not candidates:
            return
        spans = [m.span() for m in _QUOTE_SPAN.finditer(self.text)]
        for r in candidates:
            quote = next(((a, b) for a, b in spans if a < r.start and r.end <= b), None)
            if quote is None:
                continue
            said = self._said_day_of(out, quote, spans)
            if said is None or said.value[:10] == day_value(self.dct):
                continue
            z = Resolved(r.start, r.end, r.text, r.type, "", r.rule, None, "none", r.tense, r.mod, fields=r.fields)
            published, self.dct = self.dct, date.fromisoformat(said.value[:10])
            try:
                ok = self._deictic(z, z.fields, r.tense)
            except (ValueError, OverflowError):  # beyond the calendar's ends
                ok = False
            finally:
                self.dct = published
            if ok:
                r.value, r.anchor, r.anchor_kind = z.value, said.value[:10], "said"
                r.why = z.why.replace("the publication date", f"the day it was said ({said.text!r})")

    def _said_day_of(self, out: list[Resolved], quote: tuple[int, int], spans: list[tuple[int, int]]
                     ) -> Resolved | None:
        """The expression that tells the day the quotation ``quote`` was said (see :meth:`_quotes_on_the_day_said`)."""
        sents = self.seg.sentences
        starts = [x.start for x in sents]
        i = max(bisect_right(starts, quote[0]) - 1, 0)
        j = max(bisect_right(starts, max(quote[1] - 1, quote[0])) - 1, i)
        s0, s1 = sents[i].start, sents[j].end

        def told(lo: int, hi: int, last: bool) -> Resolved | None:
            found = (x for x in (reversed(out) if last else out) if lo <= x.start < hi and x.type in ("DATE", "TIME")
                     and DAY_VALUE.match(x.value) and not any(a <= x.start < b for a, b in spans)
                     and _SAID_ON.search(self.text, max(lo, x.start - 70), x.start))
            return next(found, None)

        said = told(s0, s1, False)
        if said is not None or i == 0 or self.text[s0:quote[0]].strip():
            return said
        # a quotation that opens its sentence: the same words go on, unless the sentence names another speaker
        inside = [q for q in spans if s0 <= q[0] < s1]
        outside = " ".join(self.text[b:a] for (_, b), (a, _) in zip(inside, inside[1:] + [(s1, s1)]))
        if not _SAME_SPEAKER.fullmatch(outside):
            return None
        return told(sents[i - 1].start, sents[i - 1].end, True)

    def _weekdays_around_a_happening(self, out: list[Resolved]) -> None:
        """"the Friday before the vote on Sunday 12 April": the Friday before that day (see
        ``A.WEEKDAY_AROUND_HAPPENING_BETWEEN``)."""
        for a, b in zip(out, out[1:]):
            if a.rule != "weekday" or b.type != "DATE" or not DAY_VALUE.fullmatch(b.value) \
                    or self.text[max(0, a.start - 4):a.start].lower() != "the ":
                continue
            m = _AROUND_HAPPENING.fullmatch(self.text, a.end, b.start)
            if m is None:
                continue
            before = m.group("dir").lower() == "before"
            try:
                d = N.weekday_from(date.fromisoformat(b.value), int(a.fields["weekday"]),
                                   "past" if before else "future", strict=True)
            except (OverflowError, ValueError):  # beyond the calendar's ends
                continue
            a.value, a.anchor, a.anchor_kind = day_value(d), b.value, "previous"
            a.why = f"the {a.text} {'before' if before else 'after'} {b.value}, the day of what it names after it"

    def _holidays_on_their_weekday(self, out: list[Resolved]) -> None:
        """"With All Saints' Day on Sunday": the All Saints' Day, of last year, this year or next, that is a Sunday (the
        one the tense gave, if it is; else the nearest to publication); the Sunday is that day
        (``A.HOLIDAY_WEEKDAY_BETWEEN``)."""
        for a, b in zip(out, out[1:]):
            if a.rule not in _HOLIDAY_RULES or b.rule != "weekday" or "year" in a.fields or self.dct is None \
                    or not DAY_VALUE.fullmatch(a.value) or not _HOLIDAY_WEEKDAY.fullmatch(self.text, a.end, b.start):
                continue
            weekday = int(b.fields["weekday"])
            fits: list[date] = []
            for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
                z = Resolved(a.start, a.end, a.text, a.type, "", a.rule, None, "none", a.tense, a.mod,
                             fields=dict(a.fields, year=y))
                try:
                    ok = self._calendar(z, z.fields, a.tense, None)
                except (ValueError, OverflowError):
                    continue
                if ok and DAY_VALUE.fullmatch(z.value) and date.fromisoformat(z.value).isoweekday() == weekday:
                    fits.append(date.fromisoformat(z.value))
            if not fits:
                continue
            d = date.fromisoformat(a.value)
            if d in fits:  # the holiday as read already falls on it: the weekday is its day
                why = f"the day of the {a.text}, which falls on a {b.text}"
            else:
                d = min(fits, key=lambda x: (abs((x - self.dct).days), x))
                why = f"the {a.text} that falls on a {b.text}, the nearest to publication"
            for r in (a, b):
                r.value, r.anchor, r.anchor_kind, r.why = day_value(d), day_value(self.dct), "publication", why

    def _holidays_in_apposition(self, out: list[Resolved]) -> None:
        """"at a rally on July 14, Bastille Day": a holiday set off by a comma right after a day of the year that is its
        day is that day, whatever year its own tense gave it."""
        for a, b in zip(out, out[1:]):
            if b.rule not in _HOLIDAY_RULES or not DAY_VALUE.fullmatch(a.value) or not DAY_VALUE.fullmatch(b.value) \
                    or a.value[5:] != b.value[5:] or a.value == b.value or self.text[a.end:b.start] != ", ":
                continue
            b.value, b.anchor, b.anchor_kind = a.value, a.value, "previous"
            b.why = f"in apposition to {a.text}, its day"

    def _weekday_lists_in_order(self, out: list[Resolved]) -> None:
        """The weekdays of a list in the week's order run forward through one week: "on Wednesday and Thursday",
        written on the Wednesday, is that Wednesday and the Thursday after it (``A.WEEKDAY_LIST_BETWEEN``; "Statements
        were made Friday and Thursday" is in no such order)."""
        for a, b in zip(out, out[1:]):
            if a.rule not in _LISTED_WEEKDAY_RULES or b.rule not in _LISTED_WEEKDAY_RULES or b.anchor_kind != "publication" \
                    or self.dct is None or not _WEEKDAY_LIST.fullmatch(self.text, a.end, b.start) \
                    or not DAY_VALUE.match(a.value) or not DAY_VALUE.match(b.value):
                continue
            da, db = date.fromisoformat(a.value[:10]), date.fromisoformat(b.value[:10])
            if db > da or db.isoweekday() <= da.isoweekday():
                continue  # (in order already; or not listed in the week's order: "made Friday and Thursday")
            later = da + timedelta(days=(db.weekday() - da.weekday()) % 7 or 7)
            if da >= self.dct or later <= self.dct:
                b.value, b.anchor, b.anchor_kind = day_value(later) + b.value[10:], a.value, "previous"
                b.why = f"the {b.text} after {a.value[:10]}, the day before it in its list"

    def _years_beside_them(self, out: list[Resolved]) -> None:
        """A month or holiday written without its year, right beside a year counted from now ("for Easter last
        year", "80 years ago in May"), is in that year."""
        for i, (a, b) in enumerate(zip(out, out[1:])):
            if not _BESIDE.fullmatch(self.text, a.end, b.start):
                continue
            for k, (x, y) in ((i, (a, b)), (i + 1, (b, a))):
                if (x.type != "DATE" or x.anchor_kind != "publication" or x.rule not in _YEARLESS_RULES
                        or "year" in x.fields or not _YEAR_VALUE.fullmatch(y.value) or y.anchor_kind == "absolute"):
                    continue
                z = Resolved(x.start, x.end, x.text, x.type, "", x.rule, None, "none", x.tense, x.mod,
                             fields=dict(x.fields, year=int(y.value)))
                try:
                    ok = self._calendar(z, z.fields, x.tense, None)
                except (ValueError, OverflowError):  # no such day in that year ("29 Feb." beside 1013)
                    continue
                if ok and z.value[:4] != x.value[:4]:
                    x.value, x.anchor, x.anchor_kind = z.value, y.value, "previous"
                    x.why = f"in {y.value}, the year named beside it ({y.text!r})"

    def _clocks_on_the_day_after_them(self, out: list[Resolved]) -> None:
        """A bare clock time, and its alternative in brackets, is on the day named right after it with "on"
        ("closes at 11pm on Monday, February 3", "at 6:45 p.m. local time (1315 GMT) on Thursday") or counted from
        another ("shortly before 8 a.m. the following day"); a bracketed
        alternative alone takes its clock time's day ("at 10:48 local time (01:48 GMT)")."""
        for i, a in enumerate(out):
            if a.rule not in _BARE_CLOCK_RULES or a.type != "TIME" or i + 1 >= len(out):
                continue
            j, times = i + 1, [a]
            if out[j].rule in _BARE_CLOCK_RULES and _ALTERNATIVE_OPENS.fullmatch(self.text, a.end, out[j].start):
                times.append(out[j])
                j += 1
                joined = _ON_AFTER_ALTERNATIVE
            else:
                joined = _ON_THE_DAY
            day = out[j] if j < len(out) else None
            if (day is not None and _A_DAY_OR_PART_OF_ONE.fullmatch(day.value)
                    and (joined.fullmatch(self.text, times[-1].end, day.start)
                         or (joined is _ON_THE_DAY and day.type == "DATE"
                             and _BLANK_BEFORE_DATE.fullmatch(self.text, times[-1].end, day.start))
                         or (_A_DAY_FROM_ANOTHER.match(day.text) and not self.text[times[-1].end:day.start].strip()))):
                pass
            elif len(times) == 2 and DAY_VALUE.match(a.value):
                day = a  # the alternative is on its clock time's day
                times = times[1:]
            else:
                continue
            for t in times:
                if DAY_VALUE.match(t.value) and t.value != day.value[:10] + self._time_on_named_day(t, day.value):
                    t.value = day.value[:10] + self._time_on_named_day(t, day.value)
                    t.anchor, t.anchor_kind = day.value[:10], "previous"
                    t.why += f"; on {day.value[:10]}, the day named with it"
            if len(times) == 2 or times[0] is not a:  # an alternative in brackets: crossing midnight from ``a``
                _across_midnight(a, times[-1])
            if i and len(times) == 1:
                self._span_start_takes_the_day(out[i - 1], a)  # "between 2am and 4am on Sunday, May 10"

    def _span_around_publication(self, out: list[Resolved]) -> None:
        """A span of days without a year that holds the publication day in its year is that span, whatever the tense
        put its ends in the year after ("The campaign, which is scheduled to run from 18 to 24 August", written on 19
        August: this August, under way)."""
        dct = self.dct
        if dct is None:
            return
        for a, b in zip(out, out[1:]):
            if (a.type != "DATE" or b.type != "DATE" or a.anchor_kind != "publication" or "year" in a.fields
                    or "year" in b.fields or len(a.value) != 10 or len(b.value) != 10 or not DAY_VALUE.fullmatch(a.value)
                    or not DAY_VALUE.fullmatch(b.value) or not RANGE_BETWEEN_DATES.fullmatch(self.text, a.end, b.start)):
                continue
            first, last = date.fromisoformat(a.value), date.fromisoformat(b.value)
            if first <= dct or first.year != dct.year + 1 or last.year != first.year:
                continue
            try:
                first, last = first.replace(year=dct.year), last.replace(year=dct.year)
            except ValueError:  # 29 February
                continue
            if first <= dct <= last:
                a.value, b.value = day_value(first), day_value(last)
                a.why += f"; in {dct.year}, whose span holds the publication date"
                b.why += f"; in {dct.year}, whose span holds the publication date"

    def _span_ends_after_its_start(self, out: list[Resolved]) -> None:
        """The second of two days or months without a year that make a span ("runs from July 3 to July 7") is in
        the year that puts it after the first (each alone may have followed another cue, or none)."""
        for a, b in zip(out, out[1:]):
            if (a.type != "DATE" or b.type != "DATE" or "year" in a.fields or "year" in b.fields
                    or len(a.value) != len(b.value) or len(a.value) not in (7, 10) or b.value >= a.value
                    or not a.value[:4].isdigit() or not b.value[:4].isdigit()
                    or "month" not in a.fields or "month" not in b.fields
                    or not RANGE_BETWEEN_DATES.fullmatch(self.text, a.end, b.start)):
                continue
            year = int(a.value[:4]) + (b.value[4:] < a.value[4:])
            b.value = f"{year:04d}{b.value[4:]}"
            b.why += f"; in {year}, after the start of its span ({a.value})"
        # "a curfew from 9 p.m. to 6 a.m.", "between 6 p.m. and 6 a.m.": a span of clock times that ends earlier in
        # the day than it began ends on the next day
        for a, b in zip(out, out[1:]):
            if (a.rule in _BARE_CLOCK_RULES and b.rule in _BARE_CLOCK_RULES and a.type == b.type == "TIME"
                    and len(a.value) == len(b.value) == 16 and a.value[:10] == b.value[:10] and b.value < a.value
                    and a.value[:4].isdigit() and a.value[:10] != "9999-12-31"  # (no next day in the calendar)
                    and (RANGE_BETWEEN_DATES.fullmatch(self.text, a.end, b.start)
                         or (_AND.fullmatch(self.text, a.end, b.start)
                             and _BETWEEN_BEFORE.search(self.text, max(0, a.start - 12), a.start)))):
                b.value = day_value(date.fromisoformat(b.value[:10]) + timedelta(days=1)) + b.value[10:]
                b.why += f"; the next day, after the start of its span ({a.value})"
        # "will close early on Wednesday and stay shut on Thursday", written on a Thursday: the Thursday after, when
        # one subject does both
        for a, b in zip(out, out[1:]):
            if (a.tense == "future" and b.tense == "future" and "weekday" in a.fields and "weekday" in b.fields
                    and "month" not in a.fields and "month" not in b.fields and len(a.value) == len(b.value) == 10
                    and b.value < a.value and a.value[:4].isdigit() and b.value[:4].isdigit()
                    and self._sentence_of(a.start)[0] == self._sentence_of(b.start)[0]
                    and not _NEW_SUBJECT_BETWEEN.search(self.text, a.end, b.start)):
                later = date.fromisoformat(b.value) + timedelta(weeks=1)
                if later > date.fromisoformat(a.value):
                    b.value = later.isoformat()
                    b.why += f"; after {a.value}, named before it"
        # "scheduled for Monday and Tuesday", "will meet on Monday or Tuesday": two weekdays joined as a pair ahead are
        # one stretch of days, the second in the days after the first, whatever the tense of its own clause (not
        # "statements made Friday and Thursday", written on the Friday: the past may be told in any order)
        for a, b in zip(out, out[1:]):
            if (a.type == b.type == "DATE" and a.rule == b.rule == "weekday" and len(a.value) == len(b.value) == 10
                    and b.value < a.value and a.value[:4].isdigit() and b.value[:4].isdigit()
                    and (a.tense == "future" or (self.dct is not None and a.value > self.dct.isoformat()))
                    and _JOINED_WEEKDAYS.fullmatch(self.text, a.end, b.start)):
                first = date.fromisoformat(a.value)
                later = first + timedelta(days=(int(b.fields["weekday"]) - first.isoweekday()) % 7 or 7)
                b.value = later.isoformat()
                b.why += f"; the first after {a.value}, joined to it"

    def _not_after_publication(self, r: Resolved, s0: int, s1: int) -> None:
        """A shift from the last mentioned date ("two days later") that would fall after publication in
        a past-tense clause had the wrong reference time: the text never named the one it counts from
        ("seized the airport on the first day of fighting, but the army retook it two days later").
        Its value is left underspecified."""
        if self.dct is None or "rangeend" in r.fields or r.anchor is None:
            return  # "2012/13" ends a range: it shifts nothing
        info, base = specified(r.value), specified(r.anchor)
        if info is None or base is None or info[1][0] <= self.dct or (base[1][0] > self.dct and not self._last_deictic):
            # before publication, or counted from a date written after it; but a time the article itself
            # counted forward ("tomorrow", before "Earlier in the evening, the victim had attended") is no
            # reference for a past clause either
            return
        tense, word = r.tense, r.cue
        if tense == "none":
            cues = self._cues.get(s0)
            if cues is None:
                cues = self._cues[s0] = SentenceCues(self.text, s0, s1)
            tense, word = cues.nearest(r.start, r.end)
        if tense != "past":
            return
        tail = r.value[r.value.index("T"):] if "T" in r.value else ""  # the part of day stays: "XXXX-XX-XXTEV"
        r.value = N.unspecified(GRAN_UNIT.get(info[0].granularity, "D")) + tail
        r.resolved, r.tense, r.cue = False, "past", word
        r.why += ", which is after the publication date in a past-tense clause: left underspecified"

    def _not_before_publication(self, r: Resolved, s0: int, s1: int) -> None:
        """The same time as the last mentioned one ("through the night") in a clause in the future tense is not a day
        gone by: "Conditions last night were bad. The crews will keep searching through the night" is tonight. It is
        counted from the publication date instead."""
        if self.dct is None or r.anchor is None:
            return
        info = specified(r.value)
        if info is None or info[1][1] >= self.dct or info[0].granularity not in ("day", "partofday", "time"):
            return
        cues = self._cues.get(s0)
        if cues is None:
            cues = self._cues[s0] = SentenceCues(self.text, s0, s1)
        tense, word = cues.nearest(r.start, r.end)
        if tense != "future" or word is None or word.lower() not in T.TRUE_FUTURE_WORDS:
            return
        tail = r.value[r.value.index("T"):] if "T" in r.value else ""
        r.value, r.anchor, r.anchor_kind = day_value(self.dct) + tail, day_value(self.dct), "publication"
        r.why += (f", which is before the publication date in a clause in the future tense ({word}): counted from the "
                  f"publication date")

    def _implicit_anchor(self, pos: int, years: int, end: int) -> None:
        """An anniversary dates its event ``years`` before the time in context, unless the phrase of its event gives
        the event's year ("the 50th anniversary of the first Chicago marathon in 1977": that year's own expression
        dates it)."""
        if _DATED_HAPPENING_AFTER.match(self.text, end):
            return
        _, _, para = self._sentence_of(pos)
        in_para = self.last is not None and self.last.para == para
        base = self.last.start.year if in_para else (self.dct.year if self.dct else None)
        if base is None or years <= 0:
            return
        anchor = self.last.value if in_para else day_value(self.dct)
        y = base - years
        self.last_end = -1
        self.last = Mention(f"{y:04d}", para, date(y, 1, 1), date(y, 12, 31), "year")
        self._last_deictic = False
        self.implicit.append(Resolved(
            pos, end, self.text[pos:end], "DATE", f"{y:04d}", "anniversary", anchor,
            "previous" if in_para else "publication", "none",
            why=f"the event of an anniversary: {base} - {years} years"))

    def _frame_when_clause(self, r: Resolved, year: int) -> None:
        """A year (or a month of one) that a ", when" clause tells of frames that clause: "recorded in 2017, when an
        outbreak in the same province lasted from March to July" (not "..., and left in March" after it); "the worst
        since July 2012, when failures on July 30 and July 31 left 600 million without power"."""
        if _WHEN_CLAUSE_AFTER.match(self.text, r.end):
            close = _CLAUSE_CLOSE.search(self.text, r.end + 2)
            self.frame_year = (self._sentence, year, close.start() if close else len(self.text))

    def _in_bracketed_alternative(self, at: int) -> bool:
        """Is ``at`` inside brackets that open right after the clock time last mentioned (its time in another zone)?"""
        last, end = self.last, self.last_end
        if last is None or last.granularity != "time" or end < 0 or self._last_sentence != self._sentence:
            return False
        opened = self.text.find("(", end, at)
        return opened >= 0 and not self.text[end:opened].strip() and ")" not in self.text[opened:at]

    def _remember(self, r: Resolved, para: int) -> None:
        info = specified(r.value) if r.type in ("DATE", "TIME") else None
        if info is None:
            return
        tv, iv = info
        pf = self.para_frame
        if pf is not None and (pf[0] != para or r.anchor_kind == "publication" or (
                r.anchor_kind == "absolute" and iv[0].year != pf[1] and iv[1].year != pf[1])):
            self.para_frame = None  # a new paragraph, a date of publication's time or of another year ends the frame
        m = Mention(r.value, para, iv[0], iv[1], tv.granularity)
        if "since" in self.text[max(0, r.start - 12):r.start] \
                and _RECORD_SINCE.search(self.text, max(self._sentence, r.start - 60), r.start):
            if tv.granularity in ("year", "month"):
                self._frame_when_clause(r, iv[0].year)
            return  # "the highest since 2001": a record's measure, not the time the story is at
        if " of " in self.text[max(0, r.start - 30):r.start] \
                and _REMEMBERED.search(self.text, max(self._sentence, r.start - 80), r.start):
            return  # "commemorate the victims of 9 April 1989": the time remembered, not the time the story is at
        if self.last is not None and self.last.granularity == "time" and self._in_bracketed_alternative(r.start):
            return  # "at 0110 hrs (2110 hrs local time on 16 March)": the story goes on from the time outside
        if self._last_sentence != self._sentence or not self._label(r):
            self.before_last, self.before_last_sentence = self.last, self._last_sentence
            self.last, self.last_end, self._last_sentence = m, r.end, self._sentence
            fields = r.fields
            # (a day told in universal time: a clock time's zone, or the date after it, "18:14:37 UTC on March 8")
            if ("tz" in fields and str(fields["tz"]).upper() in A.UNIVERSAL_ZONES) or (
                    self.text.startswith("on ", r.start - 3)
                    and _UNIVERSAL_DAY_BEFORE.search(self.text, max(0, r.start - 10), r.start) is not None):
                self.last_universal = True
            else:
                self.last_universal, self.last_local = False, m
            self.last_dayless = r.rule in _BARE_CLOCK_RULES
            self._last_deictic = r.anchor_kind == "publication"
            self.last_bound = _SPAN_BOUND_BEFORE.search(self.text, max(0, r.start - 12), r.start) is not None
            if iv[0] == iv[1] and not _BOUNDING_BEFORE.search(self.text, max(0, r.start - 30), r.start) \
                    and self._zone(self._sentence) != "dateline":  # (the article's own date is not its story's day)
                self.last_day, self.last_day_sentence = m, self._sentence
                if not (_SINCE_BOUND_BEFORE.search(self.text, max(0, r.start - 8), r.start)
                        and not _SINCE_HAPPENING_AFTER.match(self.text, r.end)):
                    self.narrative_day = m
                if self.dct is not None and iv[1] <= self.dct:
                    self.last_past_day = m
                self.last_day_opens = r.anchor_kind == "absolute" and _OPENS_SENTENCE.fullmatch(
                    self.text, self._sentence, r.start) is not None
                self.last_day_pluperfect = _MAIN_PLUPERFECT_BEFORE.search(self.text, self._sentence, r.start) is not None
                if self.dct is not None and 0 <= (self.dct - iv[0]).days <= T.NARRATIVE_DAY_MAX_DAYS:
                    self.recent_day = m
        if r.anchor_kind == "absolute" and tv.granularity in ("month", "day"):
            self.sentence_date = (self._sentence, iv[0], iv[1], r.value)
        if r.anchor_kind == "absolute" and tv.granularity in ("month", "day", "partofday", "time") \
                and not self._label(r):  # "the August 1988 cease-fire" names a thing, not the story's time
            self.story_date = (self._sent_i, iv[0], r.value)
            self.story_date_bound = _SPAN_START_BEFORE.search(self.text, max(0, r.start - 8), r.start) is not None
        if tv.granularity == "week" and (iv[1] - iv[0]).days == 6 and _FRAME_BEFORE.fullmatch(
                self.text, self._sentence, r.start):
            self.frame_week = (self._sentence, iv[0], r.value)
        if tv.granularity == "year" and self.dct is not None and iv[0].year == self.dct.year:
            self._year_sentence = self._sentence  # the sentence names the publication's year ("this year")
        if tv.granularity == "year" and (_FRAME_BEFORE.fullmatch(self.text, self._sentence, r.start) or _FRAME_MID.search(
                self.text, max(self._sentence, r.start - 16), r.start) or _MONTHS_OF_THE_YEAR_AFTER.match(self.text, r.end)):
            # ("but in 2022 she broke the national record, running 1:56.88 on 14 July": the rest of the sentence too)
            self.frame_year = (self._sentence, iv[0].year, len(self.text))
            if self.dct is not None and iv[0].year < self.dct.year and _FRAME_BEFORE.fullmatch(
                    self.text, self._sentence, r.start):
                self.para_frame = (para, iv[0].year)  # ... and the past sentences after it in the paragraph
        elif tv.granularity == "season" and self.dct is not None and iv[0].year < self.dct.year \
                and _FRAME_BEFORE.fullmatch(self.text, self._sentence, r.start):
            self.para_frame = (para, iv[0].year)  # "In the winter of 1976, [...]. On Monday, March 8, it began to rain"
        elif tv.granularity in ("year", "month"):
            self._frame_when_clause(r, iv[0].year)
        # Only a period named for itself, and one that has begun, is the period under discussion
        # (results compare reported periods; "the year-earlier quarter" is a comparison, not a topic).
        if (tv.granularity in ("quarter", "half") and r.rule in _PERIOD_SETTERS and not r.fields.get("yshift")
                and (self.dct is None or iv[0] <= self.dct)):
            self.period = m

    # -- dispatch ---------------------------------------------------------
    def resolve_one(self, t: Tagged, tense: str, para: int, cue: str | None = None) -> Resolved | None:
        """Resolve one tagged expression, or None if it names no real date."""
        f = t.fields
        kind = t.kind
        r = Resolved(t.start, t.end, t.text, t.type, "", t.rule, None, "none", tense, N.mod_of(f), fields=f)
        try:
            if kind == "calendar":
                ok = self._calendar(r, f, tense, cue, para)
            elif kind == "deictic":
                ok = self._deictic(r, f, tense)
            elif kind == "anaphoric":
                ok = self._anaphoric(r, f, para)
            elif kind == "period":
                ok = self._period(r, f, tense, para)
            elif kind == "offset":
                ok = self._offset(r, f, para)
            elif kind == "duration":
                num = "X" if f.get("vague") else f.get("num", 1)
                if "clockspan" in f:
                    r.value = N.clock_span_value(f["clockspan"])
                elif "longunit" in f:  # "weeklong"
                    r.value = N.duration_value(1, V.UNITS[f["longunit"].lower()])
                elif f.get("compound"):  # "two hours and 22 minutes"
                    parts = [(num, f["unit"]), (f["num2"], f["unit2"])] + ([(f["num3"], f["unit3"])] if "num3" in f else [])
                    r.value = N.compound_duration_value(parts) or ""
                else:
                    r.value = N.duration_value(num, f["unit"], bool(f.get("half")))
                r.anchor_kind, r.why = "absolute", "a length of time"
                ok = True
            elif kind == "set":
                ok = self._set(r, f)
            elif kind == "ref":
                r.value, r.anchor_kind, r.why = f["value"], "absolute", "a general reference to past, present or future"
                ok = True
            elif kind == "clock":
                ok = self._clock(r, f, para)
            else:
                ok = False
        except (ValueError, KeyError, OverflowError, TypeError, IndexError):
            return None
        if not ok or parse_value(r.value) is None:
            return None
        if r.mod is None and r.type == "TIME" and "T" in r.value:
            near = _NEAR_TIME_BEFORE.search(self.text, max(0, r.start - 20), r.start)
            if near is not None:  # "shortly before 11 p.m."
                r.mod = V.NEAR_TIME_MODIFIERS[" ".join(near.group(1).lower().split())]
        if r.mod is None and r.type in ("DATE", "TIME") and DAY_VALUE.match(r.value):
            edge = _EDGE_SIGNAL_BEFORE.search(self.text, max(0, r.start - 12), r.start)
            if edge is not None:  # "late on Tuesday"
                r.mod = V.EDGE_SIGNAL_MODIFIERS[" ".join(edge.group(1).lower().split())]
        return r


_HH_MM = regex_cache.compile(r"(\d{2}):(\d{2})")


def _across_midnight(main: Resolved, alt: Resolved) -> None:
    """Move the bracketed alternative ``alt`` of clock time ``main`` (the same moment in another zone, both already on
    main's day) to the day before or after when its clock reads so much earlier or later that no zone offset explains
    it on the same day: "23:40 local time (04:40 GMT) on 14 July" is 04:40 on 15 July, "00:15 GMT (8.15pm ET)" 20:15 the
    day before. When both readings fit an offset (a difference of 10 to 14 hours) it stays on main's day."""
    m, x = _HH_MM.match(main.value, 11), _HH_MM.match(alt.value, 11)
    if m is None or x is None or main.value[:10] != alt.value[:10] or not DAY_VALUE.match(alt.value):
        return  # (not on a known day: "XXXX-XX-XXT04:40" without a publication date)
    diff = (int(x.group(1)) * 60 + int(x.group(2))) - (int(m.group(1)) * 60 + int(m.group(2)))
    limit = A.ALTERNATIVE_MAX_OFFSET_HOURS * 60
    if abs(diff) <= limit:
        return  # the same day fits an offset
    shift = -1 if diff > 0 else 1  # 04:40 after 23:40 is 5 hours later, the next day; 20:15 after 00:15 the day before
    if abs(diff + shift * 1440) > limit:  # the offset read across midnight must fit too
        return
    day = date.fromisoformat(alt.value[:10]) + timedelta(days=shift)
    alt.value = day.isoformat() + alt.value[10:]
    alt.why += f"; {'the day after' if shift > 0 else 'the day before'}: the same moment as {main.text!r} in another zone"
