"""Stage 4: turn tagged expressions into TIMEX3 values against a reference time.

Each expression is resolved by the normalization its rule's *kind* names:
``calendar`` fills missing fields from the publication date (by tense),
``deictic`` shifts from the publication date, ``anaphoric`` and ``offset``
from the last mentioned time (the publication date when the article has
named none), ``period`` takes the period the article is talking about
("the quarter", "the year-earlier period"), ``duration``/``set``/``ref``/
``clock`` build their value directly. Every result records the anchor it used
and why. The arithmetic lives in ``maliclock.normalize``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from . import normalize as N
from .cues import SentenceCues, local_cue
from .rules import anchors as A
from .rules.patterns import RULES
from .rules import tense as T
from .rules import vocabulary as V
from .segment import Segmented
from .tag import Tagged
from .timex import TimexValue, day_value, specified, week_value


@dataclass(slots=True)
class Resolved:
    """A temporal expression with its TIMEX3 value and the reasoning behind it."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    anchor: str | None  # the reference value used, if any
    anchor_kind: str  # "publication", "previous", "none", "absolute"
    tense: str  # "past", "future", "present", "none"
    mod: str | None = None
    resolved: bool = True
    why: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    cue: str | None = None  # the word that set ``tense``, as written
    inferred: bool = False  # resolved against an inferred publication date
    value_range: tuple[str, str] | None = None  # first and last day it can be, given that date's range


_PUNITS = {"quarter": "Q", "period": "P", "year": "Y", "month": "M", "week": "W", "weekend": "WE", "day": "D",
           "half": "H"}
_RANK_UNIT = {"CE": 0, "DE": 1, "Y": 2, "H": 3, "Q": 4, "M": 5, "W": 6, "D": 7}
_GRAN_UNIT = {"quarter": "Q", "half": "H", "month": "M", "week": "W", "day": "D", "year": "Y"}
_DAYWORD = {"today": 0, "yesterday": -1, "tomorrow": 1}
# a date between a determiner and a word: the noun's label ("the 2000 election", "some Jan. 6 rioters")
_LABEL_BEFORE = re.compile(r"(?<![\w'’])(?:" + "|".join(A.LABEL_DETERMINERS) + r")\s+$", re.I)
_LABEL_AFTER = re.compile(r"\s+[a-z]")
_DAY_NAMES = tuple(calendar.day_name)  # read once: calendar.day_name formats a date for each look-up
# Rules whose quarter or half becomes the period under discussion.
_PERIOD_SETTERS = frozenset({"quarter", "quarter_hyphen", "quarter_of_year", "half_year", "two_quarters_of_year",
                             "period_code_year", "year_period_code", "period_code_digit_first", "period_code",
                             "the_period", "unit_shift", "unit_shift_the", "shifted_year_quarter"})


_ANCHOR_RES = [(word.lower().encode("ascii"), re.compile(re.escape(word), re.IGNORECASE),
                re.compile(p, re.IGNORECASE)) for _, p, _, word in A.IMPLICIT_ANCHORS]
# The characters besides ASCII letters that a case-insensitive pattern matches to an ASCII letter.
ASCII_CASE_EXTRAS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin)


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


def _parse(value: str) -> TimexValue | None:
    try:
        return TimexValue.parse(value)
    except ValueError:
        return None


@dataclass(slots=True)
class _Mention:
    """A specified date the article has mentioned: the anchor of later anaphora."""

    value: str
    para: int
    start: date
    end: date
    granularity: str


# Fields that make a calendar expression absolute: its value cannot depend on the tense around it.
_ABSOLUTE_FIELDS = ("year", "yearw", "y2000", "n1", "monthnum", "era", "decade")
_ABSOLUTE_KEYS = frozenset(_ABSOLUTE_FIELDS)


def _tense_free(t: Tagged) -> bool:
    """Whether the expression's value cannot depend on tense or a cue word (a full date, a length of
    time), so that they need not be looked for: its tense is "none"."""
    if t.kind in ("duration", "set", "ref"):
        return True
    if t.kind != "calendar" or _ABSOLUTE_KEYS.isdisjoint(t.fields):  # the usual case: none of the fields
        return False
    f = t.fields
    for k in _ABSOLUTE_KEYS.intersection(f):
        if f[k] is not None:
            return True
    return False


def _shift_only(t: Tagged) -> bool:
    """Whether the expression is a shift from a known point ("yesterday", "three days later", "the
    following week") whose value does not read the tense or a cue word either, though its tense is
    recorded unless the caller wants values only (``tenses=False``)."""
    if t.kind in ("anaphoric", "offset"):
        # but "on the 15th" with no month before it reads the tense (last month's or this month's)
        return not ("day" in t.fields and "month" not in t.fields)
    if t.kind == "clock":
        return False  # the tense places midnight and a clock time with no day in its paragraph
    return t.kind == "deictic" and "season" not in t.fields  # a season may read the tense


# "a day later" after a month ("in April 2020, and a day later") stays in that month up to this many days
_NEAR_DAYS = 3
# "two hours later" counts from a clock time, or stays in the day in context, up to this many minutes
_SAME_DAY_MINUTES = 12 * 60
_CLOCK_OF_VALUE = re.compile(r"T(\d\d):(\d\d)")
_EVE = re.compile(r"\beve\b", re.IGNORECASE)
# Two days given as alternatives ("late Tuesday or early Wednesday"): the second follows the first when they are
# consecutive.
_ALTERNATIVE_BETWEEN = re.compile(r"\s+or\s+", re.IGNORECASE)
_ONE_DAY = timedelta(days=1)
# What stands between the two ends of a range ("March 21-22", "March 21 and 22", "1990-91", "2012/13").
_WEEKDAY_RANGE_BETWEEN = re.compile(r"\s*[-–]\s*|\s+(?:to|through|until|till)\s+", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"\s*[-–/]\s*|\s+(?:to|and|through|until|till)\s+", re.IGNORECASE)


# What may stand before a year that opens a sentence and frames it ("In 2005, ...", "During 1998 ...").
_FRAME_BEFORE = re.compile(r"\W*(?:[a-z]+ly\s*,\s*)?(?:(?:in|during|by|throughout|back\s+in|later\s+in|early\s+in"
                           r"|late\s+in)\s+)?",
                           re.IGNORECASE)


# The reason given for a past clock time placed on the day the story last named (see ``Resolver._clock``).
CLOCK_ON_STORY_DAY = "past clock time on the day the story last named"

# A reporting verb right before a clock time: the time it was said (see ``T.REPORTING_WORDS``).
_SAID_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(T.REPORTING_WORDS)) + r")\s+(?:(?:at|around|about)\s+)?$",
                          re.IGNORECASE)


class Resolver:
    """Resolves the expressions of one article in reading order."""

    def __init__(self, seg: Segmented, published: date | None, date_order: str = "MDY", tenses: bool = True) -> None:
        self.seg = seg
        self.tenses = tenses  # False: shifts (_shift_only) are tense-free too
        self.text = seg.text
        self.dct = published
        self.date_order = date_order
        self.last: _Mention | None = None  # the last mentioned date or time
        self.before_last: _Mention | None = None  # the one mentioned before it
        self.last_end = -1  # where its expression ends in the text (-1: not an expression)
        self.last_day: _Mention | None = None  # the last mentioned single day, in any paragraph
        self.frame_year: tuple[int, int] | None = None  # (sentence start, year) of "In 2005, ..." opening a sentence
        # (sentence start, first day, last day, value) of the last month or day written with its year in a sentence
        self.sentence_date: tuple[int, date, date, str] | None = None
        self._sentence = -1  # start of the sentence being resolved
        self._last_sentence = -1  # start of the sentence of ``last``
        self._last_deictic = False  # ``last`` was counted from the publication date ("tomorrow")
        self._year_sentence = -1  # start of the last sentence that named the publication's year
        self.period: _Mention | None = None  # the quarter or half under discussion
        # (sentence index, first day, value) of the last month or day written with its year
        self.story_date: tuple[int, date, str] | None = None
        self._sent_i = 0
        self.implicit: list[Resolved] = []  # events dated by implicit anchors (not TIMEX3)
        self.order_basis = "option"  # where the order of numeric dates came from
        self._cues: dict[int, SentenceCues] = {}  # tense cues by sentence start

    def _sentence_of(self, pos: int) -> tuple[int, int, int]:
        sents = self.seg.sentences
        i = self._sent_i if self._sent_i < len(sents) and sents[self._sent_i].start <= pos else 0
        while i < len(sents) and sents[i].end <= pos:
            i += 1
        self._sent_i = i
        if i < len(sents) and sents[i].start <= pos:
            return sents[i].start, sents[i].end, sents[i].paragraph
        return pos, pos, -1

    def resolve_all(self, tagged: list[Tagged]) -> list[Resolved]:
        """Resolve every expression, in order; drop those that name no real date."""
        self.date_order, self.order_basis = numeric_date_order(tagged, self.date_order)
        out: list[Resolved] = []
        anchors = _implicit_anchors(self.text)
        for t in tagged:
            while anchors and anchors[0][0] < t.start:
                self._implicit_anchor(*anchors.pop(0))
            s0, s1, para = self._sentence_of(t.start)
            self._sentence = s0
            if _tense_free(t) or (not self.tenses and _shift_only(t)):
                tense, tense_word, cue, cue_word = "none", None, None, None
            else:
                cues = self._cues.get(s0)
                if cues is None:
                    cues = self._cues[s0] = SentenceCues(self.text, s0, s1)
                tense, tense_word = cues.nearest(t.start, t.end)
                cue, cue_word = local_cue(self.text, s0, t.start)
            r = self.resolve_one(t, tense, para, cue)
            if r is None:
                continue
            if cue in ("past", "future"):  # a word right before the date decided its direction
                r.tense, r.cue = cue, cue_word
            else:
                r.cue = tense_word
            if r.anchor_kind == "previous" and t.kind in ("anaphoric", "offset"):
                self._not_after_publication(r, s0, s1)
            out.append(r)
            self._remember(r, para)
        for a in anchors:  # anchors after the last expression still date their events
            self._implicit_anchor(*a)
        self._span_starts_on_its_end_day(out)
        return out

    def _span_starts_on_its_end_day(self, out: list[Resolved]) -> None:
        """A clock time with no day that begins a span whose end names its day takes that day, or the day
        before if it is later in the day ("between midnight and 3 a.m. on Sunday", "from 10 p.m. to 6 a.m.
        on Saturday": Friday 22:00)."""
        for a, b in zip(out, out[1:]):
            if a.rule not in _CLOCK_RULES or b.rule in _CLOCK_RULES or a.type != "TIME" or b.type != "TIME":
                continue
            if _SPAN_BETWEEN.fullmatch(self.text, a.end, b.start) is None:
                continue
            end, start = _DAY_TIME.match(b.value), _DAY_TIME.match(a.value)
            if end is None or start is None:
                continue
            day = date.fromisoformat(end.group(1))
            if start.group(2) > end.group(2):
                day -= timedelta(days=1)
            a.value = day_value(day) + "T" + start.group(2)
            a.anchor, a.anchor_kind, a.resolved = b.value, "previous", True
            a.why = f"the start of a span that ends {b.value}: {'the day before' if day.isoformat() != end.group(1) else 'that day'}"

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
        r.value = N.unspecified(_GRAN_UNIT.get(info[0].granularity, "D")) + tail
        r.resolved, r.tense, r.cue = False, "past", word
        r.why += ", which is after the publication date in a past-tense clause: left underspecified"

    def _implicit_anchor(self, pos: int, years: int, end: int) -> None:
        """An anniversary dates its event ``years`` before the time in context."""
        _, _, para = self._sentence_of(pos)
        in_para = self.last is not None and self.last.para == para
        base = self.last.start.year if in_para else (self.dct.year if self.dct else None)
        if base is None or years <= 0:
            return
        anchor = self.last.value if in_para else day_value(self.dct)
        y = base - years
        self.last_end = -1
        self.last = _Mention(f"{y:04d}", para, date(y, 1, 1), date(y, 12, 31), "year")
        self._last_deictic = False
        self.implicit.append(Resolved(
            pos, end, self.text[pos:end], "DATE", f"{y:04d}", "anniversary", anchor,
            "previous" if in_para else "publication", "none",
            why=f"the event of an anniversary: {base} - {years} years"))

    def _remember(self, r: Resolved, para: int) -> None:
        info = specified(r.value) if r.type in ("DATE", "TIME") else None
        if info is None:
            return
        tv, iv = info
        m = _Mention(r.value, para, iv[0], iv[1], tv.granularity)
        if self._last_sentence != self._sentence or not self._label(r):
            self.before_last = self.last
            self.last, self.last_end, self._last_sentence = m, r.end, self._sentence
            self._last_deictic = r.anchor_kind == "publication"
            if iv[0] == iv[1]:
                self.last_day = m
        if r.anchor_kind == "absolute" and tv.granularity in ("month", "day"):
            self.sentence_date = (self._sentence, iv[0], iv[1], r.value)
        if r.anchor_kind == "absolute" and tv.granularity in ("month", "day", "partofday", "time") \
                and not self._label(r):  # "the August 1988 cease-fire" names a thing, not the story's time
            self.story_date = (self._sent_i, iv[0], r.value)
        if tv.granularity == "year" and self.dct is not None and iv[0].year == self.dct.year:
            self._year_sentence = self._sentence  # the sentence names the publication's year ("this year")
        if tv.granularity == "year" and _FRAME_BEFORE.fullmatch(self.text, self._sentence, r.start):
            self.frame_year = (self._sentence, iv[0].year)
        # Only a period named for itself, and one that has begun, is the period under discussion
        # (results compare reported periods; "the year-earlier quarter" is a comparison, not a topic).
        if (tv.granularity in ("quarter", "half") and r.rule in _PERIOD_SETTERS and not r.fields.get("yshift")
                and (self.dct is None or iv[0] <= self.dct)):
            self.period = m

    def _label(self, r: Resolved) -> bool:
        """Does the date only name the noun after it ("some Jan. 6 rioters", "Monday's vote")?"""
        text = self.text
        if text.startswith(("'s", "’s"), r.end):
            return True
        return _LABEL_AFTER.match(text, r.end) is not None and _LABEL_BEFORE.search(
            text, max(0, r.start - 10), r.start) is not None

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
        if not ok or _parse(r.value) is None:
            return None
        return r

    # -- helpers ------------------------------------------------------------
    def _tail(self, f: dict[str, Any]) -> str:
        """Time-of-day suffix: "TAF" for a part of day, "T22:00" for a clock time."""
        if "clock" in f:
            hh, mm = f["clock"]
            return f"T{hh:02d}:{mm:02d}"
        pod = f.get("pod")
        return f"T{pod}" if pod else ""

    def _reference(self, start: int) -> _Mention | None:
        """The last mentioned time; but an expression set off by a comma right after it restates it ("at
        05:27 UTC, 78 minutes later"), and counts from the time mentioned before it."""
        if self.before_last is not None and _APPOSITION.fullmatch(self.text, self.last_end, start):
            return self.before_last
        return self.last

    def _anchor(self, para: int, start: int = -1) -> tuple[str, date, date, str] | None:
        """The reference time of an anaphoric expression: the last mentioned time, else publication."""
        last = self._reference(start) if start >= 0 else self.last
        if last is not None:
            return last.value, last.start, last.end, "previous"
        if self.dct is not None:
            return day_value(self.dct), self.dct, self.dct, "publication"
        return None

    @staticmethod
    def _fine_enough(anchor: tuple[str, date, date, str], unit: str) -> bool:
        """True if the anchor is at least as precise as ``unit`` (a day for "that day")."""
        tv = _parse(anchor[0])
        if tv is None:
            return False
        need = {"D": "day", "W": "week", "WE": "week", "M": "month", "Q": "quarter", "H": "half", "Y": "year",
                "DE": "decade", "CE": "century"}.get(unit, "day")
        have = "day" if tv.granularity in ("partofday", "time") else tv.granularity
        order = ["century", "decade", "year", "half", "quarter", "season", "month", "week", "day"]
        if have not in order or need not in order:
            return False
        if need == "week" and have == "month":
            return False
        return order.index(have) >= order.index(need)

    def _no_year(self, r: Resolved, value: str, why: str) -> bool:
        r.value, r.resolved, r.why = value, False, why + ": left underspecified"
        return True

    # -- kinds ------------------------------------------------------------
    def _calendar(self, r: Resolved, f: dict[str, Any], tense: str, cue: str | None, para: int = -1) -> bool:
        dct = self.dct
        tail = self._tail(f)
        year = f.get("year", f.get("yearw"))
        if "yy" in f:  # "FY11"
            year = N.two_digit_year(int(f["yy"]))
        if "y2000" in f:
            year = 2000
        if "era" in f:
            num = int(re.match(r"\d+", r.text).group())
            r.value = f"BC{num:04d}" if f["era"].upper().startswith("B") else f"{num:04d}"
            r.anchor_kind, r.why = "absolute", "year with era"
            return True
        if "n1" in f:  # numeric date
            a, b, c = int(f["n1"]), int(f["n2"]), int(f["n3"])
            if len(f["n3"]) == 2:
                c = N.two_digit_year(c)
            mo, dd = (a, b) if self.date_order == "MDY" else (b, a)
            if mo > 12 and dd <= 12:
                mo, dd = dd, mo
            date(c, mo, dd)
            basis = " (as the article's other numeric dates show)" if self.order_basis == "article" else ""
            r.value, r.anchor_kind = day_value(date(c, mo, dd)), "absolute"
            r.why = f"numeric date read as {self.date_order}{basis}"
            return True
        if "monthnum" in f:
            d = date(int(f["year"]), int(f["monthnum"]), int(f["daynum"]))
            r.value, r.anchor_kind, r.why = day_value(d), "absolute", "ISO date"
            return True
        if "decade" in f:
            r.value, r.anchor_kind, r.why = f"{int(f['decade']):03d}", "absolute", "a decade"
            return True
        if "dec2" in f or "dec3" in f or "decword" in f:
            if "decword" in f:
                digit = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                         "nineties"].index(f["decword"].lower()) + 2
            else:
                digit = int(f.get("dec2") or f.get("dec3"))
            century = 19 if dct is None else (dct.year // 100 if digit * 10 <= dct.year % 100 else dct.year // 100 - 1)
            r.value, r.anchor_kind = f"{century}{digit}", "publication" if dct else "absolute"
            r.why = "decade in the current or last century"
            return True
        if "cent" in f:  # "the 1800s": the century of those hundreds
            r.value, r.anchor_kind, r.why = f"{int(f['cent']):02d}", "absolute", "the hundreds of a century (18XX)"
            return True
        if r.rule == "date_century":
            r.value, r.anchor_kind, r.why = f"{int(f['ord']) - 1:02d}", "absolute", "nth century = (n-1)XX"
            return True
        if "holiday" in f:
            f = dict(f, month=f["holiday"][0], day=f["holiday"][1])
            if f.get("clock") == (24, 0) and not _EVE.search(r.text):
                tail = "T00:00"  # "at the stroke of midnight on New Year's Day" begins it; on an eve, it ends it
        if "feast" in f:
            return self._feast(r, int(f["feast"]), year, tense, cue)
        if "nthday" in f:
            return self._nth_weekday_holiday(r, f["nthday"], year, tense, cue)
        if "ord" in f and "weekday" in f and "month" in f:  # "the first Monday in October"
            return self._nth_weekday_holiday(r, (int(f["month"]), int(f["weekday"]), int(f["ord"]), 0), year, tense, cue)
        if "halfword" in f:
            n = 1 if f["halfword"].lower() == "first" else 2
            r.value, r.anchor_kind, r.why = f"{year:04d}-H{n}", "absolute", "two quarters of a year make a half"
            return True
        if "month2" in f and "period" in f:  # "the April-June quarter": the quarter or half they span
            first, last = int(f["month"]), int(f["month2"])
            months = (last - first) % 12 + 1
            if months not in (3, 6) or (first - 1) % months:
                # a span of months that is no calendar quarter or half: how long it is
                # ("the January-September period", "the April-September half" of a fiscal year)
                r.type, r.value, r.anchor_kind = "DURATION", f"P{months}M", "none"
                r.why = f"a span of {months} months that is no calendar quarter or half"
                return True
            f = dict(f, ord=(first - 1) // months + 1, unit="Q" if months == 3 else "H")
            return self._quarter(r, f, year, para)
        if "ord" in f and ("quarter" in r.text.lower() or f.get("unit") == "H" or f.get("code") in ("Q", "H")):
            return self._quarter(r, f, year, para)
        month, day, weekday, season = f.get("month"), f.get("day"), f.get("weekday"), f.get("season")
        if season:
            if year is None and "dshift" in f and dct is not None:  # "the spring of next year"
                year = dct.year + int(f["dshift"])
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                r.why = "season of the year shifted from the publication date"
            elif year is None and f.get("ofyear") and self.last is not None:  # "the summer of the year"
                year = self.last.start.year
                r.anchor, r.anchor_kind, r.why = self.last.value, "previous", "season of the year last mentioned"
            if year is None:
                if dct is None:
                    return self._no_year(r, f"XXXX-{season}", "season without a year")
                year = N.year_for_season(dct, season, tense)
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                r.why = f"season placed by {tense} tense from the publication date"
            elif r.anchor_kind not in ("publication", "previous"):
                r.anchor_kind, r.why = "absolute", "season of a year"
            r.value = f"{year:04d}-{season}"
            return True
        if f.get("week") and month and day:
            if year is None:
                if dct is None:
                    return self._no_year(r, "XXXX-WXX", "week without a year")
                year = N.year_for_day(dct, month, day, tense, cue)
            r.value, r.why = week_value(date(year, month, day)), "the week containing the date"
            return True
        if month and day:
            if day > 31:
                return False
            if year is None:
                year = self._framed(r)
            if year is None:
                if dct is None:
                    if day > calendar.monthrange(2000, month)[1]:
                        return False
                    return self._no_year(r, f"XXXX-{month:02d}-{day:02d}{tail}", "month and day without a year")
                year = N.year_for_day(dct, month, day, tense, cue, weekday)
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                r.why = (f"year from the publication date ({'weekday fits, ' if weekday else ''}"
                         f"{cue or tense} {'cue' if cue else 'tense'})")
                if not weekday and tense != "future" and cue != "future":
                    year = self._near_sentence_date(r, year, month, day)
            else:
                r.anchor_kind, r.why = "absolute", "full date"
            d = date(year, month, day)
            if weekday and d.isoweekday() != weekday:
                r.why += "; weekday does not match the date"
            r.value = day_value(d) + tail
            return True
        if month:
            if year is None:
                year = self._framed(r)
            if year is None:
                if dct is None:
                    return self._no_year(r, f"XXXX-{month:02d}", "month without a year")
                year = N.year_for_month(dct, month, tense, cue)
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                r.why = f"month placed by {cue or tense} {'cue' if cue else 'tense'} from the publication date"
                if tense != "future" and cue not in ("future", "target"):
                    year = self._story_month(r, year, month)
                if year != dct.year and self._year_sentence == self._sentence:
                    # "cuts this year, at meetings in November and December": months of that year
                    year, r.anchor, r.anchor_kind = dct.year, f"{dct.year:04d}", "previous"
                    r.why = "in the publication's year, which its sentence names"
            else:
                r.anchor_kind, r.why = "absolute", "month and year"
            r.value = f"{year:04d}-{month:02d}"
            return True
        if weekday:
            if dct is None:
                return self._no_year(r, f"XXXX-WXX-{weekday}{tail}", "weekday without a publication date")
            if cue in ("past", "future"):  # "announced Friday, ... would receive"
                direction, basis = cue, "cue"
            else:
                direction, basis = ("future" if tense == "future" else "past"), "tense"
            d = N.weekday_from(dct, weekday, direction)
            last = self.last
            if last is not None and last.start == last.end and d <= last.start and self.last_end >= 0 \
                    and (_WEEKDAY_RANGE_BETWEEN.fullmatch(self.text, self.last_end, r.start)
                         or (cue == "target" and self.last_end > self._sentence)
                         or (_ALTERNATIVE_BETWEEN.fullmatch(self.text, self.last_end, r.start)
                             and N.weekday_from(last.start, weekday, "future", strict=True) == last.start + _ONE_DAY)):
                # the end of a range of days comes after its start ("from Monday to Friday", "reduced from Monday
                # night and will not return to normal until Saturday morning"; not a list: "statements made Friday
                # and Thursday")
                d = N.weekday_from(last.start, weekday, "future", strict=True)
                r.value, r.anchor, r.anchor_kind = day_value(d) + tail, last.value, "previous"
                r.why = f"the {_DAY_NAMES[weekday - 1]} after {last.value}, the range's first day"
                return True
            r.value = day_value(d) + tail
            r.anchor, r.anchor_kind = day_value(dct), "publication"
            r.why = (f"the {direction} {_DAY_NAMES[weekday - 1]} nearest the publication date "
                     f"({cue if basis == 'cue' else tense} {basis})")
            return True
        if year is not None:
            r.value, r.anchor_kind, r.why = f"{year:04d}", "absolute", "a year"
            return True
        return False

    def _near_sentence_date(self, r: Resolved, year: int, month: int, day: int) -> int:
        """The year of a day written without one, next to a date of its sentence written with one: "won the
        leadership in July 2016, weeks after the referendum on 23 June" is 2016's 23 June. Used only when
        that year puts the day within ``T.SENTENCE_DATE_NEAR_DAYS`` of the sentence's date and the
        publication date's year does not."""
        sd = self.sentence_date
        if sd is None or sd[0] != self._sentence:
            return year
        near = T.SENTENCE_DATE_NEAR_DAYS

        def gap(y: int) -> int:
            d = date(y, month, min(day, calendar.monthrange(y, month)[1]))
            return 0 if sd[1] <= d <= sd[2] else min(abs((d - sd[1]).days), abs((d - sd[2]).days))

        if gap(year) <= near:
            return year
        best = min((sd[1].year - 1, sd[1].year, sd[1].year + 1), key=gap)
        if gap(best) > near or day > calendar.monthrange(best, month)[1]:
            return year
        r.anchor, r.anchor_kind = sd[3], "previous"
        r.why = f"the year that puts it nearest {sd[3]}, the date of its sentence"
        return best

    def _story_month(self, r: Resolved, year: int, month: int) -> int:
        """The year of a month written without one that follows, in this sentence or the one before, a date
        written with its year at least a year before publication: the story is told from then ("on Feb. 24,
        2022, ... [next sentence] ... withdrew at the end of March" is March 2022), the month being at most
        ``T.STORY_MONTHS`` after that date."""
        sd, dct = self.story_date, self.dct
        if sd is None or dct is None or sd[0] < self._sent_i - 1 or (dct - sd[1]).days < 365:
            return year
        y = sd[1].year if month >= sd[1].month else sd[1].year + 1
        if (y - sd[1].year) * 12 + month - sd[1].month > T.STORY_MONTHS or y == year:
            return year
        r.anchor, r.anchor_kind = sd[2], "previous"
        r.why = f"the month after {sd[2]}, the date the story is told from"
        return y

    def _framed(self, r: Resolved) -> int | None:
        """The year that opens this expression's sentence ("In 2005, Wilma hit Florida in October"), if any:
        a month or day written without a year is in it (``r`` records that anchor)."""
        fy = self.frame_year
        if fy is None or fy[0] != self._sentence:
            return None
        r.anchor, r.anchor_kind, r.why = f"{fy[1]:04d}", "previous", "the year that opens the sentence"
        return fy[1]

    def _feast(self, r: Resolved, offset: int, year: int | None, tense: str, cue: str | None) -> bool:
        """A feast dated from Easter ("Good Friday" is two days before Easter Sunday)."""
        if year is None:
            if self.dct is None:
                return self._no_year(r, "XXXX-XX-XX", "a moveable feast without a year")
            year = N.year_for_feast(self.dct, offset, tense, cue)
            r.anchor, r.anchor_kind = day_value(self.dct), "publication"
            r.why = f"year from the publication date ({cue or tense} {'cue' if cue else 'tense'}); "
        else:
            r.anchor_kind = "absolute"
        r.value = day_value(N.easter(year) + timedelta(days=offset))
        r.why += f"Easter {year} is {N.easter(year).isoformat()}" + (f", {offset:+d} days" if offset else "")
        return True

    def _nth_weekday_holiday(self, r: Resolved, rule: tuple[int, int, int, int], year: int | None, tense: str,
                             cue: str | None) -> bool:
        """A holiday on the n-th weekday of a month ("Thanksgiving": the fourth Thursday of November)."""
        month, weekday, n, after = rule
        if year is None:
            if self.dct is None:
                return self._no_year(r, f"XXXX-{month:02d}" if not after else "XXXX-XX-XX", "a holiday without a year")
            year = N.year_for_nth_weekday(self.dct, rule, tense, cue)
            r.anchor, r.anchor_kind = day_value(self.dct), "publication"
            r.why = f"year from the publication date ({cue or tense} {'cue' if cue else 'tense'}); "
        else:
            r.anchor_kind = "absolute"
        r.value = day_value(N.nth_weekday(year, month, weekday, n, after))
        which = "last" if n == -1 else f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
        r.why += f"the {which} {_DAY_NAMES[weekday - 1]} of {year}-{month:02d}" + (f", {after:+d} days" if after else "")
        return True

    def _quarter(self, r: Resolved, f: dict[str, Any], year: int | None, para: int = -1) -> bool:
        n = int(f["ord"])
        unit = "H" if f.get("unit") == "H" or f.get("code") == "H" else "Q"
        if n == -1:
            n = 2 if unit == "H" else 4
        if not 1 <= n <= (2 if unit == "H" else 4):
            return False
        last = self.last
        if year is None and "dshift" in f and self.dct is not None:  # "the second quarter of next year"
            year, r.anchor, r.anchor_kind = self.dct.year + int(f["dshift"]), day_value(self.dct), "publication"
        elif year is None and f.get("ofyear") and last is not None and last.para == para:
            # "the second half of the year": the year of the paragraph's last date, else the publication's
            year, r.anchor, r.anchor_kind = last.start.year, last.value, "previous"
        elif year is None and f.get("ofyear") and self.dct is not None:
            year, r.anchor, r.anchor_kind = self.dct.year, day_value(self.dct), "publication"
        if year is None:
            if self.dct is None:
                return self._no_year(r, f"XXXX-{unit}{n}", "no publication date")
            # a period named as a noun follows the tense; "third-quarter results" is the reported one
            reported = r.rule not in ("quarter", "half_year", "period_code")
            year = N.year_for_part(self.dct, unit, n, r.tense, reported)
            r.anchor, r.anchor_kind = day_value(self.dct), "publication"
        r.value, r.why = f"{year:04d}-{unit}{n}", f"{'half' if unit == 'H' else 'quarter'} {n}"
        return True

    def _deictic(self, r: Resolved, f: dict[str, Any], tense: str) -> bool:
        dct = self.dct
        shift = f.get("shift", f.get("dshift", 0))
        if "dayword" in f:
            shift = _DAYWORD[f["dayword"].lower()]
            f = dict(f, unit="D")
        tail = self._tail(f)
        if dct is None:
            unit = "Y" if f.get("cunit") == "Y" else f.get("unit") or f.get("cunit") or "D"
            if "weekday" in f:
                return self._no_year(r, f"XXXX-WXX-{f['weekday']}{tail}", "weekday without a publication date")
            if "month" in f:
                return self._no_year(r, f"XXXX-{f['month']:02d}", "month without a publication date")
            if "season" in f:
                return self._no_year(r, f"XXXX-{f['season']}", "season without a publication date")
            return self._no_year(r, N.unspecified(unit) + (tail if unit == "D" else ""),
                                 "relative to an unknown publication date")
        r.anchor, r.anchor_kind = day_value(dct), "publication"
        if f.get("cunit") == "Y" and ("month" in f or "ord" in f):  # "June last year", "next year's first quarter"
            y = dct.year + shift
            if "ord" in f:
                n = 4 if f["ord"] == -1 else int(f["ord"])
                if not 1 <= n <= 4:
                    return False
                r.value = f"{y:04d}-Q{n}"
            else:
                r.value = f"{y:04d}-{f['month']:02d}"
            r.why = f"year shifted by {shift:+d} from the publication date"
            return True
        if "weekday" in f and f.get("inweek"):  # "Wednesday of last week": that weekday in the shifted week
            d = dct + timedelta(weeks=shift, days=f["weekday"] - dct.isoweekday())
            r.value = day_value(d) + tail
            r.why = f"{_DAY_NAMES[f['weekday'] - 1]} of the week shifted by {shift:+d} from the publication date's"
            return True
        if "weekday" in f:
            wd = f["weekday"]
            if shift < 0:
                d = N.weekday_from(dct, wd, "past", strict=True)
            elif shift > 0:
                d = N.weekday_from(dct, wd, "future", strict=True)
            else:
                d = dct + timedelta(days=wd - dct.isoweekday())
            r.value = day_value(d) + tail
            r.why = f"{'previous' if shift < 0 else 'next' if shift > 0 else 'this week’s'} {_DAY_NAMES[wd - 1]} from the publication date"
            return True
        if "month" in f:
            mo = f["month"]
            y = dct.year
            if shift < 0:
                y = dct.year if mo < dct.month else dct.year - 1
            elif shift > 0:
                y = dct.year if mo > dct.month else dct.year + 1
            r.value, r.why = f"{y:04d}-{mo:02d}", "month shifted from the publication date"
            return True
        if "season" in f:
            s = f["season"]
            y = N.year_for_season(dct, s, tense, shift)
            r.value, r.why = f"{y:04d}-{s}", "season shifted from the publication date"
            return True
        unit = f.get("unit") or f.get("cunit")
        if unit is None:
            return False
        later = unit == "W" and shift == 0 and str(f.get("mod", "")).lower() == "later" and dct.isoweekday() == 7
        v = N.unit_value(dct, unit, shift + later)  # "later this week" written on a Sunday: the coming week
        if v is None:
            return False
        r.value = v + (tail if unit == "D" else "")
        r.why = f"{unit} shifted by {shift:+d} from the publication date" + (
            ", whose week ends that Sunday: the coming one" if later else "")
        return True

    def _anaphoric(self, r: Resolved, f: dict[str, Any], para: int) -> bool:
        if "rangeend" in f:
            return self._range_end(r, f)
        shift = f.get("shift", f.get("ashift", 0))
        if "offword" in f:
            shift = -1 if f["offword"].lower() == "before" else 1
        anchor = self._anchor(para, r.start)
        if "weekday" in f:
            if anchor is None:
                return self._no_year(r, f"XXXX-WXX-{f['weekday']}", "no earlier date and no publication date")
            d = N.weekday_from(anchor[1], f["weekday"], "future" if shift >= 0 else "past", strict=shift != 0)
            r.value, r.anchor, r.anchor_kind = day_value(d), anchor[0], anchor[3]
            r.why = "weekday counted from the last mentioned date"
            return True
        if "month" in f:
            return self._in_that_year(r, f, anchor)
        if "day" in f:
            return self._day_of_month(r, int(f["day"]), r.tense)
        if "season" in f:  # "that autumn", "the following spring": in the year last mentioned, or the next
            if anchor is None:
                return self._no_year(r, f"XXXX-{f['season']}", "no earlier date and no publication date")
            r.value, r.anchor, r.anchor_kind = f"{anchor[1].year + shift:04d}-{f['season']}", anchor[0], anchor[3]
            r.why = f"season in the year {shift:+d} from {anchor[0]}"
            return True
        unit = f.get("cunit") or f.get("unit")
        if anchor is None:
            return self._no_year(r, N.unspecified(unit), "no earlier date and no publication date")
        if not self._fine_enough(anchor, unit) and "pod" not in f:
            r.anchor, r.anchor_kind = anchor[0], anchor[3]
            tv = _parse(anchor[0])
            if unit == "D" and abs(shift) == 1 and tv is not None and tv.granularity in ("month", "week"):
                # "arrested in February 2017 and released the next day": a day of that month, as near as is known
                r.value = anchor[0]
                r.why = f"the day {'after' if shift > 0 else 'before'} a day of {anchor[0]}"
                return True
            # "that day" after "in 1987": the day is not known
            return self._no_year(r, N.unspecified(unit), f"the last mentioned time {anchor[0]} is coarser than a {unit}")
        base = anchor[1]
        if unit == "D" and "pod" in f and self.last is not None and self.last.granularity not in ("day", "partofday", "time"):
            base = self.dct or base  # a part of day needs a day: the publication day if none was mentioned
        v = N.unit_value(base, unit, shift)
        if v is None:
            return False
        r.value = v + (self._tail(f) if unit == "D" else "")
        r.anchor, r.anchor_kind = anchor[0], anchor[3]
        r.why = f"{unit} shifted by {shift:+d} from {'the last mentioned date' if anchor[3] == 'previous' else 'the publication date'} {anchor[0]}"
        return True

    def _day_of_month(self, r: Resolved, day: int, tense: str) -> bool:
        """"On the 15th": in the month last mentioned (a month or a day of it), else the publication's,
        this month or the next or last as the tense points."""
        last = self.last
        if last is not None and last.granularity in ("month", "day", "partofday", "time"):
            y, m = last.start.year, last.start.month
            r.anchor, r.anchor_kind, r.why = last.value, "previous", "in the month last mentioned"
        elif self.dct is not None:
            dct = self.dct
            y, m = dct.year, dct.month
            if tense == "past" and day > dct.day:
                y, m = N.shift_month(y, m, -1)
            elif tense == "future" and day < dct.day:
                y, m = N.shift_month(y, m, 1)
            r.anchor, r.anchor_kind = day_value(dct), "publication"
            r.why = f"in the month of the publication date, or the one its {tense} tense points to"
        else:
            return self._no_year(r, f"XXXX-XX-{day:02d}", "no month mentioned and no publication date")
        if day > calendar.monthrange(y, m)[1]:
            return False
        r.value = f"{y:04d}-{m:02d}-{day:02d}"
        return True

    def _in_that_year(self, r: Resolved, f: dict[str, Any], anchor: tuple[str, date, date, str] | None) -> bool:
        """A month or day of the year last mentioned: "Sept. 26 of that year"."""
        month, day = f["month"], f.get("day", f.get("day2"))
        tail = "" if day is None else f"-{day:02d}"
        if anchor is None or not self._fine_enough(anchor, "Y"):
            if anchor is not None:
                r.anchor, r.anchor_kind = anchor[0], anchor[3]
            return self._no_year(r, f"XXXX-{month:02d}{tail}", "no year mentioned before")
        year = anchor[1].year
        if day is not None:
            try:
                date(year, month, day)
            except ValueError:
                return False
        r.value, r.anchor, r.anchor_kind = f"{year:04d}-{month:02d}{tail}", anchor[0], anchor[3]
        r.why = f"in the year of {'the last mentioned date' if anchor[3] == 'previous' else 'the publication date'}"
        return True

    def _range_end(self, r: Resolved, f: dict[str, Any]) -> bool:
        """The end of a range whose start was just mentioned: the day of "March 21-22" (in the start's
        month), the year of "1990-91" (the first such year after the start)."""
        last = self.last
        if last is None or self.last_end < 0 or not _RANGE_BETWEEN.fullmatch(self.text, self.last_end, r.start):
            return False
        n = int(re.match(r"\d+", f["rangeend"]).group())
        if last.granularity == "day":
            d = date(int(f.get("year") or last.start.year), last.start.month, n)
            if d <= last.start:
                return False
            r.value, r.why = day_value(d), "a range's last day, in the month of its first"
        elif last.granularity == "year" and len(f["rangeend"]) == 2 and "year" not in f:
            base = last.start.year
            y = base - base % 100 + n
            y += 100 if y <= base else 0
            r.value, r.why = f"{y:04d}", "a range's last year, after its first"
        else:
            return False
        r.anchor, r.anchor_kind = last.value, "previous"
        return True

    def _period(self, r: Resolved, f: dict[str, Any], tense: str, para: int) -> bool:
        """A definite period: "the quarter", "the latest period", "the year-ago quarter", "year-end"."""
        dct = self.dct
        punit = _PUNITS.get((f.get("punit") or "").lower().strip(), "")
        if f.get("q") or ("ord" in f and not punit):
            punit = "Q"
        yshift = int(f.get("yshift", 0))
        if "dshift" in f:
            yshift = int(f["dshift"])
        if not punit:
            punit = "P"
        if dct is None and self.last is None:
            return self._no_year(r, N.unspecified("Q" if punit == "P" else punit), "no reference time")
        ref = dct or self.last.start
        if punit == "WE":
            r.value = N.weekend_from(ref, "future" if tense == "future" else "past")
            r.anchor, r.anchor_kind = day_value(ref), "publication"
            r.why = f"the weekend nearest the publication date ({tense} tense)"
            return True
        latest = (f.get("which") or "").split()[:1] in (["latest"], ["most"])
        if punit == "P" and self.period is None and not latest and not yshift and "year" not in f:
            return False  # "the period since independence": no reporting period under discussion
        if punit in ("Q", "P"):
            period = self.period
            if latest and period is not None and dct is not None and period.end >= dct:
                period = None  # "the latest quarter" has ended
            if period is not None and (punit == "P" or period.granularity == "quarter"):
                value, r.anchor, r.anchor_kind = period.value, period.value, "previous"
                r.why = "the period under discussion"
            elif punit == "P" and yshift and self.last is None:
                value, r.anchor, r.anchor_kind = f"{ref.year:04d}", day_value(ref), "publication"
                r.why = "the year of the publication date"
            else:
                value, r.anchor, r.anchor_kind = N.quarter_before(ref), day_value(ref), "publication"
                r.why = "the last whole quarter before the publication date"
            if "ord" in f:
                n = 4 if f["ord"] == -1 else int(f["ord"])
                if not 1 <= n <= 4:
                    return False
                value = f"{value[:4]}-Q{n}"
        elif punit == "Y":
            if latest:
                value, r.anchor, r.anchor_kind = f"{ref.year - 1:04d}", day_value(ref), "publication"
            elif self.last is not None and self.last.para == para:
                value, r.anchor, r.anchor_kind = f"{self.last.start.year:04d}", self.last.value, "previous"
            else:
                value, r.anchor, r.anchor_kind = f"{ref.year:04d}", day_value(ref), "publication"
            r.why = "the year under discussion"
        else:
            unit = punit if punit in ("M", "W", "D", "H") else "D"
            anchor = self._anchor(para)
            if anchor is not None and not self._fine_enough(anchor, unit) and dct is not None:
                anchor = (day_value(dct), dct, dct, "publication")
            base = anchor[1] if anchor else ref
            value = N.unit_value(base, unit, 0) or ""
            r.anchor, r.anchor_kind = (anchor[0], anchor[3]) if anchor else (day_value(ref), "publication")
            r.why = f"the {unit} of the last mentioned time"
        if "year" in f:
            value = f"{int(f['year']):04d}{value[4:]}"
            r.why += f", in {f['year']}"
        if yshift:
            shifted = N.shift_period(value, yshift)
            if shifted is None:
                return False
            value = shifted
            r.why += f", shifted {yshift:+d} year"
        r.value = value
        return True

    def _offset(self, r: Resolved, f: dict[str, Any], para: int) -> bool:
        num, unit = f.get("num", 1), f["unit"]
        word = " ".join(f.get("offword", "").lower().split())
        direction = -1 if word in ("ago", "earlier", "before", "previously", "back") else 1
        deictic = word in ("ago", "from now", "hence", "time")  # "in two weeks' time"
        if num == "X":
            r.value = "PAST_REF" if direction < 0 else "FUTURE_REF"
            r.anchor_kind, r.why = "absolute", "a vague amount of time before or after"
            return True
        if unit in ("TH", "TM") and float(num) == int(float(num)):
            return self._clock_offset(r, int(num) * direction, unit, deictic, para, word)
        if unit.startswith("T") or float(num) != int(float(num)):
            return False
        n = int(num) * direction
        if unit == "Y" and self.period is not None:  # "a year earlier": the same period a year before
            v = N.shift_period(self.period.value, n)
            if v:
                r.value, r.anchor, r.anchor_kind = v, self.period.value, "previous"
                r.why = f"{num} year {word} the period under discussion {self.period.value}"
                return True
        if deictic and "thisunit" in f and self.dct is not None and unit in ("D", "W", "M", "Y"):
            # "a year ago this week": the week (month) of the publication date, shifted back
            code = {"week": "W", "weekend": "WE", "month": "M"}[f["thisunit"].lower()]
            dct = self.dct
            if unit == "D":
                d = dct + timedelta(days=n)
            elif unit == "W":
                d = dct + timedelta(weeks=n)
            else:
                y, m = N.shift_month(dct.year, dct.month, n * (12 if unit == "Y" else 1))
                d = date(y, m, min(dct.day, calendar.monthrange(y, m)[1]))
            v = N.unit_value(d, code, 0)
            if v is None:
                return False
            r.value, r.anchor, r.anchor_kind = v, day_value(dct), "publication"
            r.why = f"this {f['thisunit'].lower()}, {num} {unit} {word}"
            return True
        if deictic:
            if self.dct is None:
                return self._no_year(r, N.unspecified(unit), "relative to an unknown publication date")
            base_value, base, gran = day_value(self.dct), self.dct, unit
            r.anchor_kind = "publication"
        else:
            anchor = self._anchor(para, r.start)
            if anchor is None:
                return self._no_year(r, N.unspecified(unit), "no earlier date and no publication date")
            base_value, base, r.anchor_kind = anchor[0], anchor[1], anchor[3]
            tv = _parse(base_value)
            if unit == "D" and abs(n) <= _NEAR_DAYS and tv is not None and tv.granularity == "month":
                # "missed a payment in April 2020, and a day later": a day of that month, as near as is known
                r.value, r.anchor = base_value, base_value
                r.why = f"{num} {unit} {word} a day of {base_value}: in that month"
                return True
            gran = _GRAN_UNIT.get(tv.granularity if tv else "", unit)
            if _RANK_UNIT.get(gran, 0) > _RANK_UNIT.get(unit, 0) and gran in ("Q", "M", "H") and unit in N.UNIT_MONTHS:
                y, m = N.shift_month(base.year, base.month, N.UNIT_MONTHS[unit] * n)
                r.value, r.anchor = N.unit_value(date(y, m, 1), gran, 0), base_value
                r.why = f"{num} {unit} {word} the last mentioned {base_value}"
                return True
        if unit == "D":
            v = day_value(base + timedelta(days=n))
        elif unit in ("W", "WE"):
            v = week_value(base + timedelta(weeks=n))
        elif unit in ("M", "Q", "H"):
            y, m = N.shift_month(base.year, base.month, n * N.UNIT_MONTHS[unit])
            v = N.unit_value(date(y, m, 1), unit, 0)
        elif unit == "Y":
            v = f"{base.year + n:04d}"
        elif unit == "DE":
            v = f"{(base.year + 10 * n) // 10:03d}"
        elif unit == "CE":
            v = f"{(base.year + 100 * n) // 100:02d}"
        else:
            return False
        r.value, r.anchor = v, base_value
        r.why = f"{num} {unit} {word} {'the publication date' if deictic else 'the reference time'} {base_value}"
        return True

    def _set(self, r: Resolved, f: dict[str, Any]) -> bool:
        r.anchor_kind = "absolute"
        if "weekday" in f:
            r.value, r.why = f"XXXX-WXX-{f['weekday']}{self._tail(f)}", "every such weekday"
        elif "month" in f:
            r.value, r.why = f"XXXX-{f['month']:02d}", "every such month"
        elif "pod" in f:
            r.value, r.why = f"XXXX-XX-XXT{f['pod']}", "every such part of the day"
        elif "setword" in f:
            r.value, r.why = N.SET_WORDS[f["setword"].lower()], "a frequency adverb"
        else:
            unit = f.get("unit") or f.get("cunit")
            r.value, r.why = N.duration_value(f.get("num", 1), unit), "once per period"
        return True

    def _clock_offset(self, r: Resolved, n: int, unit: str, deictic: bool, para: int, word: str) -> bool:
        """Hours or minutes from a clock time ("two hours later" after "at 3 p.m.": 17:00 that day), else within
        the day in context, if they stay in it ("an hour ago": the publication day)."""
        minutes = n * (60 if unit == "TH" else 1)
        if abs(minutes) > _SAME_DAY_MINUTES:
            return False
        last = self._reference(r.start)
        stamped = last is not None and self.last_end > self._sentence and _CLOCK_OF_VALUE.search(last.value)
        if deictic and not stamped:
            if self.dct is None:
                return False
            r.value, r.anchor, r.anchor_kind = day_value(self.dct), day_value(self.dct), "publication"
            r.why = f"{abs(n)} {'hours' if unit == 'TH' else 'minutes'} {word}: the publication day"
            return True
        # "10:15 p.m. ET: Polls closed in Nevada an hour ago": from the time stamp of its sentence
        if last is None or last.start != last.end:
            return False
        r.anchor, r.anchor_kind = last.value, "previous"
        hm = _CLOCK_OF_VALUE.search(last.value)
        if hm is None:  # a day, or a part of one: that day
            r.value, r.why = day_value(last.start), f"{abs(n)} {unit} {word} a time of {last.value}: that day"
            return True
        t = datetime(last.start.year, last.start.month, last.start.day, int(hm[1]) % 24, int(hm[2]))
        t += timedelta(days=1 if hm[1] == "24" else 0, minutes=minutes)
        r.value, r.type = f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}", "TIME"
        r.why = f"{abs(n)} {'hours' if unit == 'TH' else 'minutes'} {word} {last.value}"
        return True

    def _clock(self, r: Resolved, f: dict[str, Any], para: int) -> bool:
        got = _clock_time(f)
        if got is None:
            return False
        hh, mm = got
        last = self.last
        said = self.dct is not None and _SAID_BEFORE.search(self.text, max(0, r.start - 30), r.start) is not None
        narrative, narrative_day = self.last_day, False
        if last is not None and last.para == para and last.start == last.end and not said:
            day, r.anchor, r.anchor_kind = day_value(last.start), last.value, "previous"
        elif (r.tense == "past" and not said and narrative is not None and self.dct is not None
              and 0 <= (self.dct - narrative.start).days <= T.NARRATIVE_DAY_MAX_DAYS):
            # "The quake struck late Wednesday. [...] It hit at 11:40 p.m.": a past clock time with no day in its
            # paragraph is on the day the story last named, when that day is in the days before publication
            day, r.anchor, r.anchor_kind = day_value(narrative.start), narrative.value, "previous"
            narrative_day = True
            if (hh, mm) == (24, 0):  # the midnight that began that day
                hh = 0
        elif self.dct:
            day, r.anchor, r.anchor_kind = day_value(self.dct), day_value(self.dct), "publication"
            if (hh, mm) == (24, 0) and r.tense == "past":  # the midnight that began the publication day
                hh = 0
        else:
            day = "XXXX-XX-XX"
            r.resolved = False
        if (hh, mm) == (24, 0) and _MIDNIGHT_STARTS.match(self.text, r.end):
            hh = 0  # "between midnight and 3 a.m.": the midnight that begins the night's hours
        r.value = f"{day}T{hh:02d}:{mm:02d}"
        r.why = CLOCK_ON_STORY_DAY if narrative_day else "clock time on the day in context"
        return True


_APPOSITION = re.compile(r"\s*,\s*")  # between a time and a shift that restates it
_CLOCK_RULES = frozenset(r.name for r in RULES if r.kind == "clock")  # clock times with no day of their own
_SPAN_BETWEEN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.I)
_DAY_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$")
# what follows a midnight that begins a span of the small hours
_MIDNIGHT_STARTS = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*(?:\d{1,2}(?::\d{2})?\s*a\.?m\b|dawn|daybreak|"
                              r"sunrise|(?:early\s+)?morning)", re.I)


def _clock_time(f: dict[str, Any]) -> tuple[int, int] | None:
    """(hour, minute) of a clock expression, or None if the hour is no hour of the day."""
    if "clock" in f:
        hh, mm = f["clock"]
        return hh, mm
    hh = int(f["hour"]) if "hour" in f else int(f.get("num", 0))
    mm = int(f.get("minute") or 0)
    if f.get("mer"):  # "2" of "between 2 and 4 a.m.": the meridiem of the other end
        hh = hh % 12 + (12 if f["mer"].lower() == "p" else 0)
    return (hh, mm) if 0 <= hh <= 24 else None


def numeric_date_order(tagged: list[Tagged], default: str) -> tuple[str, str]:
    """Order of the article's numeric dates, and its basis ("article" or "option").

    A numeric date whose first number can only be a day (25/03/2012) shows
    DMY; one whose second can only be a day (03/25/2012) shows MDY. When the
    article shows one order and not the other, that order reads all its
    numeric dates; otherwise ``default`` (the ``--date-order`` option) does.
    """
    shown = set()
    for t in tagged:
        f = t.fields
        if "n1" in f and "n2" in f:
            a, b = int(f["n1"]), int(f["n2"])
            if 12 < a <= 31 and 1 <= b <= 12:
                shown.add("DMY")
            elif 12 < b <= 31 and 1 <= a <= 12:
                shown.add("MDY")
    if len(shown) == 1:
        return shown.pop(), "article"
    return default, "option"


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
