"""The reference-time state of one article as it is read, and the look-ups the kinds of resolution share."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from .. import regex_cache
from ..cues import SentenceCues
from ..rules import anchors as A
from ..rules import zones as Z
from ..segment import Segmented
from ..timex import day_value
from .values import Mention, Resolved, parse_value, told_clock
from ..tag.reverse import EndSearch


GRAN_UNIT = {"quarter": "Q", "half": "H", "month": "M", "week": "W", "day": "D", "year": "Y"}

# a date between a determiner and a word: the noun's label ("the 2000 election", "some Jan. 6 rioters")
_LABEL_BEFORE = EndSearch(regex_cache.compile(r"(?<![\w'’])(?:" + "|".join(A.LABEL_DETERMINERS) + r")\s+$", re.I))
_LABEL_AFTER = regex_cache.compile(r"\s+[a-z]")
DAY_NAMES = tuple(calendar.day_name)  # read once: calendar.day_name formats a date for each look-up

_APPOSITION = regex_cache.compile(r"\s*,\s*")  # between a time and a shift that restates it
_CLOCK_JOINED = regex_cache.compile(r"[ \t]+(?:on[ \t]+)?")  # between a clock time and the day it is told on


_LIVE_BLOG = regex_cache.compile(Z.LIVE_BLOG_MARK)
LINE_START_BEFORE = regex_cache.compile(r"(?:^|\n)[ \t]*$")  # only blanks since the line began (a live blog's entry stamp)

class ReferenceTimes:
    """The reference times of one article as it is read (the last date mentioned, the year that frames a
    sentence, the story's date, the period under discussion) and the look-ups every kind of resolution shares."""

    def __init__(self, seg: Segmented, published: date | None, date_order: str = "MDY", tenses: bool = True) -> None:
        self.seg = seg
        self.tenses = tenses  # False: shifts (shift_only) are tense-free too
        self.text = seg.text
        self.dct = published
        self.date_order = date_order
        self.last: Mention | None = None  # the last mentioned date or time
        self.before_last: Mention | None = None  # the one mentioned before it
        self.last_universal = False  # ``last`` is a day told in universal time (``A.UNIVERSAL_DAY_BEFORE``)
        self.last_local: Mention | None = None  # the last date or time not told in universal time
        self.before_last_sentence = -1  # the start of its sentence
        self.last_end = -1  # where its expression ends in the text (-1: not an expression)
        self.last_day: Mention | None = None  # the last mentioned single day, in any paragraph
        self.last_day_sentence = -1  # the start of its sentence
        self.narrative_day: Mention | None = None  # ``last_day``, but not a day a state has lasted since
        self.last_past_day: Mention | None = None  # the last single day named that is not after publication
        self.last_day_opens = False  # ``last_day`` is a full date that opens its sentence ("On 17 March 2027 the ...")
        self.recent_day: Mention | None = None  # ... of the days just before publication (the story's)
        self.last_bound = False  # ``last`` bounds a span ("since May", "until 14 September")
        self.last_clocked = False  # ``last`` is a day that a clock time came right before ("at 8:52 a.m. on 7 March")
        self.last_dayless = False  # ``last`` is a clock time with no day of its own, placed on a day in context
        # (sentence start, year, end of what it frames) of "In 2005, ..." opening a sentence, or "in 2017, when ..."
        self.frame_year: tuple[int, int, int] | None = None
        # (sentence start, Monday, value) of a week that opens a sentence ("Next week brings [...] on Thursday"): the
        # weekdays of that sentence are in it
        self.frame_week: tuple[int, date, str] | None = None
        # (paragraph, year) of a year of history that opens a sentence ("In 1964, she drove to Mississippi."): the past
        # sentences after it in its paragraph are told from then, until a date of another year or of publication
        self.para_frame: tuple[int, int] | None = None
        self._para = -1  # paragraph of the expression being resolved
        # (sentence start, first day, last day, value) of the last month or day written with its year in a sentence
        self.sentence_date: tuple[int, date, date, str] | None = None
        self._sentence = -1  # start of the sentence being resolved
        self._last_sentence = -1  # start of the sentence of ``last``
        self._last_deictic = False  # ``last`` was counted from the publication date ("tomorrow")
        self.last_day_pluperfect = False  # ``last_day`` dates a clause in the past perfect ("had been raised on Sunday")
        self._year_sentence = -1  # start of the last sentence that named the publication's year
        self.period: Mention | None = None  # the quarter or half under discussion
        # (sentence index, first day, value) of the last month or day written with its year
        self.story_date: tuple[int, date, str] | None = None
        self.story_date_bound = False  # ``story_date`` starts a span ("sold from November 2025")
        self._sent_i = 0
        self.implicit: list[Resolved] = []  # events dated by implicit anchors (not TIMEX3)
        self.order_basis = "option"  # where the order of numeric dates came from
        self._cues: dict[int, SentenceCues] = {}  # tense cues by sentence start
        self.section: tuple[int, date] | None = None  # (where it begins, its day) of a live blog's section being read
        # (start, end, day) of a live blog's entry stamped with an earlier day ("Wednesday, 8:30 a.m. - ..."): its
        # "today", "this morning" and "from noon" are that day's
        self.entry: tuple[int, int, date] | None = None
        self.live_blog: bool | None = None  # is the text a live blog (``Z.LIVE_BLOG_MARK``)? (found when first needed)
        self._dayed: set[int] = set()  # starts of the bare clock times with their day named right after them

    def is_live_blog(self) -> bool:
        """Is the text marked as a live blog (``Z.LIVE_BLOG_MARK``)? Found when first asked."""
        if self.live_blog is None:
            self.live_blog = _LIVE_BLOG.search(self.text) is not None
        return self.live_blog

    def _sentence_of(self, pos: int) -> tuple[int, int, int]:
        sents = self.seg.sentences
        i = self._sent_i if self._sent_i < len(sents) and sents[self._sent_i].start <= pos else 0
        while i < len(sents) and sents[i].end <= pos:
            i += 1
        self._sent_i = i
        if i < len(sents) and sents[i].start <= pos:
            return sents[i].start, sents[i].end, sents[i].paragraph
        return pos, pos, -1

    def _zone(self, s0: int) -> str:
        """The zone of the sentence at ``s0``, the one :meth:`_sentence_of` last found ("" if none)."""
        sents, i = self.seg.sentences, self._sent_i
        return sents[i].zone if i < len(sents) and sents[i].start == s0 else ""

    def _label(self, r: Resolved) -> bool:
        """Does the date only name the noun after it ("some Jan. 6 rioters", "Monday's vote")?"""
        text = self.text
        if text.startswith(("'s", "’s"), r.end):
            return True
        return _LABEL_AFTER.match(text, r.end) is not None and _LABEL_BEFORE.search(
            text, max(0, r.start - 10), r.start) is not None

    # -- helpers ------------------------------------------------------------
    def _tail(self, f: dict[str, Any]) -> str:
        """Time-of-day suffix: "TAF" for a part of day, "T22:00" for a clock time."""
        if "clock" in f:
            hh, mm = told_clock(f)
            return f"T{hh:02d}:{mm:02d}"
        pod = f.get("pod")
        return f"T{pod}" if pod else ""

    def _reference(self, start: int) -> Mention | None:
        """The last mentioned time; but an expression set off by a comma right after it restates it ("at
        05:27 UTC, 78 minutes later"), and counts from the time mentioned before it."""
        if self.before_last is not None and _APPOSITION.fullmatch(self.text, self.last_end, start):
            return self.before_last
        if self.before_last is not None and self.last is not None and self.last.granularity == "time" \
                and _CLOCK_JOINED.fullmatch(self.text, self.last_end, start):
            # "At 04:40 the next morning", after "22:10 on 15 March": the clock time is told on that day, so the shift
            # counts from the time before it (the clock time alone had been put in the small hours of the 16th)
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
        tv = parse_value(anchor[0])
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
