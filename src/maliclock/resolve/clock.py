"""Clock times ("at 6 a.m.", "between 2 and 4 a.m."): the day they fall on."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .. import regex_cache
from ..rules import anchors as A
from ..rules import tense as T
from ..rules import vocabulary as V
from ..rules import zones as Z
from ..rules.patterns import RULES
from ..timex import DAY_VALUE, day_value
from .state import LINE_START_BEFORE, ReferenceTimes
from .values import Mention, Resolved, told_clock
from ..tag.reverse import EndSearch


# The reason given for a past clock time placed on the day the story last named (see ``Resolver._clock``).
CLOCK_ON_STORY_DAY = "past clock time on the day the story last named"

# A reporting verb right before a clock time: the time it was said (see ``T.REPORTING_WORDS``).
# (and its audience: "told reporters at 11am AEST", "told a news conference at 3 p.m.")
# (the hearer or the setting between: "told reporters at", "said in a televised address at"; ``T.SAID_SETTINGS``)
_SAID_BEFORE = EndSearch(regex_cache.compile(r"\b(?:" + "|".join(sorted(T.REPORTING_WORDS)) + r")\s+(?:(?:reporters|journalists|the\s+press|"
                          r"(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)|(?:in|at|during)\s+(?:a|an|the|his|her|"
                          r"its|their)\s+(?:[\w-]+\s+)?(?:" + "|".join(w.replace(" ", r"\s+") for w in T.SAID_SETTINGS)
                          + r"))\s+)?"
                          r"(?:(?:at|around|about)\s+)?$", re.IGNORECASE))

_LAST_HOUR = regex_cache.compile(r"T(\d{2}):\d{2}$")
_STAMP_AFTER = regex_cache.compile(Z.LIVE_STAMP_AFTER)
_ASIDE_OPENS_BEFORE_DAY = regex_cache.compile(T.ASIDE_OPENS_BEFORE_DAY)
_ASIDE_CLOSES_AFTER_DAY = regex_cache.compile(T.ASIDE_CLOSES_AFTER_DAY)
_DAYLESS_PART_OF_DAY_RULES = frozenset(A.DAYLESS_PART_OF_DAY_RULES)
_NOUNS_BEFORE_DAY = regex_cache.compile(A.PART_OF_DAY_NOUNS_BEFORE_DAY)
# a clock time told in a zone of its own ("4.10am local time", "03:40 GMT"): it may be a day ahead of publication
_ZONED = regex_cache.compile(r"\blocal\b|(?-i:\b(?!AM\b|PM\b)[A-Z]{2,5}\b)", re.I)
# a part of the day after an hour said without a.m. or p.m. that puts it after noon; and a greeting beside it
_AFTERNOON_AFTER = regex_cache.compile(r",?\s+(?:that(?:\s+same)?|this|the\s+same|in\s+the|on\s+(?:the|that)|(?:yester|to)day)\s+"
                              r"(?:afternoon|evening)\b", re.I)
_AFTERNOON_GREETING = regex_cache.compile(r"\bgood\s+(?:afternoon|evening)\b", re.I)
# ... and a night after it, for an hour from ``T.NIGHT_EVENING_FROM_HOUR`` on ("at 9:30 that night")
_NIGHT_AFTER = regex_cache.compile(r",?\s+(?:that|the\s+same)\s+(?:same\s+)?night\b", re.I)
_PART_OF_DAY_VALUE = regex_cache.compile(r"\d{4}-\d{2}-\d{2}(T(?:MO|AF|EV|NI|DT))$")
_CLOCK_RULES = frozenset(r.name for r in RULES if r.kind == "clock")  # clock times with no day of their own
# a past perfect before a date in its sentence: background to the story's own time ("had been raised on Sunday")
PLUPERFECT_BEFORE = regex_cache.compile(r"\bhad\s+(?:(?:already|been|just|also)\s+){0,2}(?:[a-z]+(?:ed|en|wn|un)|"
                               + "|".join(sorted(T.IRREGULAR_PARTICIPLES)) + r")\b")
# ... but not one of an indirect question, which tells what was learnt, not a time before the story's ("had to wait
# more than an hour to find out where he had finished at his home grand prix yesterday": yesterday is the story's day)
# (the lookahead first: the lookbehinds are tried only where a "had" starts)
MAIN_PLUPERFECT_BEFORE = regex_cache.compile(r"\b(?=had\s)(?<!\bwhere\s)(?<!\bwhat\s)(?<!\bhow\s)(?<!\bwhether\s)(?<!\bif\s)"
                                    r"(?<!\bwhere\s(?:he|it)\s)(?<!\bwhere\sshe\s)(?<!\bwhere\sthey\s)"
                                    r"(?<!\bwhat\s(?:he|it)\s)(?<!\bwhat\sshe\s)(?<!\bwhat\sthey\s)"
                                    + PLUPERFECT_BEFORE.pattern)
_ALTERNATIVE_OPENS = regex_cache.compile(A.ALTERNATIVE_TIME_OPENS)  # the same moment in another zone, in brackets
_SPAN_BETWEEN = regex_cache.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.I)
_DAY_TIME = regex_cache.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$")
_SENTENCE_END = regex_cache.compile(r"[.!?][\"”’')]*\s+[\"“‘(]?[A-Z]")
_NEXT_TIME_MAX_CHARS = 120  # a clock time this close before another with its day, in one sentence, shares that day
# what follows a midnight that begins a span of the small hours
_SAID_CLOCK_BEFORE = EndSearch(regex_cache.compile(T.SAID_CLOCK_BEFORE, re.I))
_SAID_AT_SETTING_BEFORE = regex_cache.compile(T.SAID_AT_SETTING_BEFORE, re.I)
_SAID_SETTING_AFTER_CLOCK = regex_cache.compile(T.SAID_SETTING_AFTER_CLOCK, re.I)
_MARKET_WORDS = regex_cache.compile(T.MARKET_QUOTE_WORDS, re.I)
_MARKET_PRICE = regex_cache.compile(T.MARKET_QUOTE_PRICE)
_MARKET_AT = regex_cache.compile(T.MARKET_QUOTE_AT, re.I)
_MIDNIGHT_BEGUN = regex_cache.compile(A.MIDNIGHT_BEGUN_BEFORE, re.I)
_MIDNIGHT_NEW_DAY = regex_cache.compile(A.MIDNIGHT_OF_NEW_DAY_BEFORE, re.I)
_MIDNIGHT_SINCE = regex_cache.compile(A.MIDNIGHT_SINCE_BEFORE, re.I)
_MIDNIGHT_BEGINS_NAMED_DAY = regex_cache.compile(A.MIDNIGHT_BEGINS_NAMED_DAY_BEFORE, re.I)
_MIDNIGHT_DAY_END = regex_cache.compile(A.MIDNIGHT_OF_DAY_END_BEFORE, re.I)
_WILL_BEFORE = regex_cache.compile(T.TRUE_FUTURE, re.I)  # the future proper, not a past's "would"
_SINCE_BEFORE = regex_cache.compile(r"\bsince\s+(?:\w+\s+)?$", re.I)  # "since shortly before midnight"
_MIDNIGHT_STARTS = regex_cache.compile(r"\s*(?:and|to|until|till|through|-|–)\s*(?:\d{1,2}(?::\d{2})?\s*a\.?m\b|dawn|daybreak|"
                              r"sunrise|(?:early\s+)?morning)", re.I)


def _clock_time(f: dict[str, Any]) -> tuple[int, int] | None:
    """(hour, minute) of a clock expression, or None if the hour is no hour of the day."""
    if "clock" in f:
        return told_clock(f)
    hh = int(f["hour"]) if "hour" in f else int(f.get("num", 0))
    mm = int(f.get("minute") or 0)
    if f.get("mer"):  # "2" of "between 2 and 4 a.m.": the meridiem of the other end
        hh = hh % 12 + (12 if f["mer"].lower() == "p" else 0)
    return (hh, mm) if 0 <= hh <= 24 else None


def _day_before_time(a: Resolved, b: Resolved) -> tuple[str, bool] | None:
    """The value of clock time ``a`` on the day of ``b``, a clock time with its day that comes after it, or on the day
    before when ``a`` is later in the day; and whether it is the day before. None unless both are a day and a time."""
    end, start = _DAY_TIME.match(b.value), _DAY_TIME.match(a.value)
    if end is None or start is None:
        return None
    day = date.fromisoformat(end.group(1))
    before = start.group(2) > end.group(2)
    if before:
        day -= timedelta(days=1)
    return day_value(day) + "T" + start.group(2), before


class ClockTimes(ReferenceTimes):
    """Resolution of clock times: the day a time falls on, and spans of hours. Mixed into :class:`Resolver`."""

    def _span_starts_on_its_end_day(self, out: list[Resolved]) -> None:
        """A clock time with no day that begins a span whose end names its day takes that day, or the day
        before if it is later in the day ("between midnight and 3 a.m. on Sunday", "from 10 p.m. to 6 a.m.
        on Saturday": Friday 22:00)."""
        for a, b in zip(out, out[1:]):
            if a.rule not in _CLOCK_RULES or b.rule in _CLOCK_RULES or a.type != "TIME" or b.type != "TIME":
                continue
            if _SPAN_BETWEEN.fullmatch(self.text, a.end, b.start) is None:
                continue
            got = _day_before_time(a, b)
            if got is None:
                continue
            a.value, before = got
            a.anchor, a.anchor_kind, a.resolved = b.value, "previous", True
            a.why = f"the start of a span that ends {b.value}: {'the day before' if before else 'that day'}"

    def _time_on_named_day(self, t: Resolved, day: str = "") -> str:
        """The time part of clock time ``t`` put on a day named after it: a midnight is the one that ends that day
        ("shortly before midnight on Tuesday, April 29", "passed at midnight on Friday": T24:00), unless it begins a
        span of the small hours or comes after "after", "past", "from" or "since" (``A.MIDNIGHT_BEGINS_NAMED_DAY_BEFORE``)
        or a verb of beginning (``A.MIDNIGHT_BEGUN_BEFORE``): then the one that began it."""
        if _clock_time(t.fields) == (24, 0) and not _MIDNIGHT_STARTS.match(self.text, t.end):
            if not day.endswith(("TEV", "TNI")) and (  # (a night's midnight ends it: "at midnight on Wednesday night")
                    _MIDNIGHT_BEGINS_NAMED_DAY.search(self.text, max(0, t.start - 24), t.start)
                    or _MIDNIGHT_BEGUN.search(self.text, max(0, t.start - 30), t.start)):
                return "T00:00"  # "shortly after midnight on Friday", "came into force at midnight on February 18"
            return "T24:00"
        told = t.value[10:]
        if t.rule in T.MERIDIEM_FREE_RULES and day.endswith(("TAF", "TEV", "TNI")) and len(told) == 6 \
                and told[1:3].isdigit() and 1 <= int(told[1:3]) <= 11 and not (day.endswith("TNI") and int(told[1:3]) < 5):
            # an hour said without "a.m." or "p.m." on the afternoon, evening or night named after it ("at ten past six
            # on Friday evening"): the afternoon's (not the small hours of a night: "at two on Saturday night")
            return f"T{int(told[1:3]) + 12:02d}{told[3:]}"
        return told

    def _span_start_takes_the_day(self, start: Resolved, end: Resolved) -> None:
        """A bare clock time that begins a span whose end, also bare, is on the day named after the span, is on that
        day too, or the day before if it is later in the day ("between 2am and 4am on Sunday, May 10", "between 10pm
        and 2am on Saturday": Friday 22:00)."""
        if start.rule not in _CLOCK_RULES or start.type != "TIME" \
                or _SPAN_BETWEEN.fullmatch(self.text, start.end, end.start) is None:
            return
        got = _day_before_time(start, end)
        if got is None or got[0] == start.value:
            return
        start.value, before = got
        start.anchor, start.anchor_kind = end.value, "previous"
        start.why += f"; the start of a span that ends {end.value}: {'the day before' if before else 'that day'}"

    def _clock_takes_the_next_times_day(self, out: list[Resolved]) -> None:
        """A clock time put on the publication day (or the day the story last named) for want of another, followed in
        its sentence by a clock time
        with a day of its own (or named right after it: ``_dayed``) and no date between, is on that day ("declared an
        emergency at 6:53 p.m. and struck the ground at 6:56 p.m. on November 15"), or the day before if it is later
        in the day."""
        for a, b in zip(out, out[1:]):
            if a.rule not in _CLOCK_RULES or (b.rule in _CLOCK_RULES and b.start not in self._dayed) \
                    or a.type != "TIME" or b.type != "TIME" \
                    or not (a.anchor_kind == "publication" or (
                        a.why == CLOCK_ON_STORY_DAY and not _ALTERNATIVE_OPENS.match(self.text, a.end))) \
                    or b.start - a.end > _NEXT_TIME_MAX_CHARS \
                    or _SENTENCE_END.search(self.text, a.end, b.start):
                continue
            got = _day_before_time(a, b) if a.value[:10] != b.value[:10] else None
            if got is None:
                continue
            a.value, before = got
            a.anchor, a.anchor_kind = b.value, "previous"
            a.why = f"clock time before {b.value} in its sentence: {'the day before' if before else 'that day'}"

    def _part_of_day_takes_the_next_day(self, out: list[Resolved]) -> None:
        """A part of the day that names no day of its own, followed by a noun or two and a day, is the part of that
        day ("traded at $23.57 in early afternoon trading Thursday"; see ``A.PART_OF_DAY_NOUNS_BEFORE_DAY``)."""
        for a, b in zip(out, out[1:]):
            if a.rule not in _DAYLESS_PART_OF_DAY_RULES or b.type != "DATE" or not DAY_VALUE.fullmatch(b.value) \
                    or a.value[:10] == b.value:
                continue
            pod = _PART_OF_DAY_VALUE.fullmatch(a.value)
            if pod is None or not _NOUNS_BEFORE_DAY.fullmatch(self.text, a.end, b.start):
                continue
            a.value, a.anchor, a.anchor_kind = b.value + pod.group(1), b.value, "previous"
            a.why = f"a part of the day named after it, {b.value}"

    def _clock(self, r: Resolved, f: dict[str, Any], para: int) -> bool:
        got = _clock_time(f)
        if got is None:
            return False
        hh, mm = got
        last = self.last
        if r.rule in T.MERIDIEM_FREE_RULES and 0 < hh < 12 and (_AFTERNOON_AFTER.match(self.text, r.end) or (
                _AFTERNOON_GREETING.search(
                    self.text, max(self._sentence, r.start - 40), min(len(self.text), r.end + 40))) or (
                hh >= T.NIGHT_EVENING_FROM_HOUR and _NIGHT_AFTER.match(self.text, r.end))):
            # "at a quarter past three that afternoon", "Good afternoon, it's one o'clock": the afternoon's
            hh += 12
        elif r.rule in T.MERIDIEM_FREE_RULES and 0 < hh < 12 and last is not None:
            told = _LAST_HOUR.search(last.value)
            last_hh = int(told.group(1)) if told is not None else -1
            if 12 <= last_hh <= hh + 12 <= last_hh + T.AFTERNOON_FOLLOW_HOURS or last.value.endswith(("TAF", "TEV")) \
                    or (last.value.endswith("TNI") and hh >= T.NIGHT_EVENING_FROM_HOUR) \
                    or (0 <= hh < last_hh < 12 and hh + 12 - last_hh <= T.AFTERNOON_FOLLOW_HOURS
                        and self._last_sentence == self._sentence) \
                    or (12 <= last_hh and 0 < last_hh - (hh + 12) <= T.AFTERNOON_FOLLOW_HOURS
                        and 0 <= r.start - self.last_end <= 30 and "," in self.text[self.last_end:r.start]):
                # "ended at 3:40 p.m. Sunday [...] two loud bangs just before four o'clock": the afternoon's four; so
                # after a night ("Last Tuesday night I boarded [...] We pushed back at about ten past nine"), and an hour
                # before a morning's in its sentence ("promised for 10am, finally left at five past one": 13:05), and an
                # hour a little before an afternoon's set beside it, the same moment in another zone ("ended at four
                # o'clock this afternoon local time, three o'clock here": 15:00)
                hh += 12
        day_in_sentence = self._last_sentence == self._sentence and last is not None and last.start == last.end
        said = self.dct is not None and (
            _SAID_BEFORE.search(self.text, max(0, r.start - 60), r.start) is not None
            # (a setting's clock time takes a day its sentence names: "The talks ended on Monday, with a final
            # statement issued at 6 p.m.")
            or (not day_in_sentence and (
                _SAID_CLOCK_BEFORE.search(self.text, max(0, r.start - 90), r.start) is not None
                or (_SAID_AT_SETTING_BEFORE.search(self.text, max(0, r.start - 60), r.start) is not None
                    and _SAID_SETTING_AFTER_CLOCK.match(self.text, r.end) is not None))))
        quoted = (not said and self.dct is not None and self._last_sentence != self._sentence
                  and _MARKET_AT.search(self.text, max(self._sentence, r.start - 12), r.start) is not None
                  and _MARKET_PRICE.search(self.text, self._sentence, r.start) is not None
                  and _MARKET_WORDS.search(self.text, self._sentence, r.start) is not None)
        said = said or quoted
        narrative, narrative_day = self.narrative_day, False  # (not "since June 1": a day a state has lasted since)
        if self.dct is not None and self._stamp(r):
            # a live blog's entry stamp ("16:48" on its own line, "16:15 - ..."): the time the entry was written, on
            # the day of the blog's section, or of publication; not on a day an earlier entry told of
            section = self.section
            on = section[1] if section is not None and r.start >= section[0] else self.dct
            r.anchor, r.anchor_kind = day_value(on), "section" if on != self.dct else "publication"
            r.value = f"{day_value(on)}T{hh:02d}:{mm:02d}"
            r.why = "a live blog's entry stamp: written on the day of its section" if on != self.dct else \
                "a live blog's entry stamp: written on the publication day"
            return True
        if last is not None and self._in_aside(r.start):
            # "The motion, filed last Thursday, passed ... at 2:17 a.m.": the aside's day is not the clock time's
            last = self.before_last
            narrative = last if last is not None and last.start == last.end else None
        local = self.last_local
        if last is not None and self.last_universal and "tz" not in f and local is not None \
                and local.start == local.end and last.start == last.end and abs((local.start - last.start).days) == 1:
            # "timed it at 18:14:37 UTC on March 8. PHIVOLCS issued a tsunami warning at 2:25 a.m.": a clock time told
            # without a zone goes on from the last day told in local time, not from the day told in universal time
            last = narrative = local
        recent = self.recent_day
        background = (last is not None and last is narrative and self.last_day_pluperfect and last.granularity != "time"
                      and self._last_sentence != self._sentence and r.tense == "past"
                      and self.dct is not None and not PLUPERFECT_BEFORE.search(self.text, self._sentence, r.start))
        resumed = (last is not None and self.last_day_pluperfect and r.tense == "past" and not said
                   and self.before_last is not None and self.before_last.granularity == "time"
                   and self.before_last.start == self.before_last.end and self._last_sentence != self._sentence
                   and not PLUPERFECT_BEFORE.search(self.text, self._sentence, r.start))
        if resumed:
            # "at 02:15 GMT on 12 June. [...] The Aurora Sentinel had left Abidjan two days earlier. The ship's security
            # alert went off at 02:40": after a past perfect's aside, the story goes on at the clock time before it
            told = self.before_last
            day, r.anchor, r.anchor_kind = day_value(told.start), told.value, "previous"
            r.why = f"past clock time after a past perfect's aside ({last.value}): on the day of {told.value} before it"
        elif background:
            # "The alert level had been raised on Sunday. Authorities ordered the evacuation at 05:15 UTC.": the day of
            # a past perfect is background; the simple past after it tells the story's own day, the publication's
            day, r.anchor, r.anchor_kind = day_value(self.dct), day_value(self.dct), "publication"
            r.why = f"past clock time after a past perfect's day {last.value}: on the publication day"
        elif (last is not None and recent is not None and recent is not last and r.tense == "past" and not said
                and last.start == last.end and self.dct is not None and self._last_sentence != self._sentence
                and (self.dct - last.start).days > T.NARRATIVE_DAY_MAX_DAYS and recent.start > last.start
                and not self.last_clocked and last.granularity != "time"):
            # "Eleven aid workers were freed on Saturday. The workers were abducted on November 17. They were
            # released at 6 a.m.": a past clock time is on the story's day, not on a day long before it (but "on 9 June
            # last year, an officer knocked on her door at 6:45 a.m.": a day of its own sentence is its day)
            # (nor after a clock time on that earlier day: "showed the gunman entering at 8:52 a.m. on 7 March. The first
            # call was logged at 9:04 a.m.": a sequence of times on the day retold)
            day, r.anchor, r.anchor_kind = day_value(recent.start), recent.value, "previous"
            r.why = f"past clock time on the story's day {recent.value}, not the earlier {last.value}"
        elif (r.tense == "past" and not said and last is not None and self.dct is not None and last.start > self.dct
              and last.start == last.end and self._last_sentence != self._sentence and not self.last_clocked
              and self.before_last is not None and self.before_last.start == self.before_last.end
              and self.before_last_sentence == self._last_sentence
              and 0 <= (self.dct - self.before_last.start).days <= T.NARRATIVE_DAY_MAX_DAYS):
            # "agreed on Sunday to cut output from July 1. ¶ The meeting began at 1pm": a past clock time is not on the
            # day ahead that the story named last, but on the day gone by that its sentence named before it
            told = self.before_last
            day, r.anchor, r.anchor_kind = day_value(told.start), told.value, "previous"
            r.why = f"past clock time on the day gone by the story named, {told.value}, not the coming {last.value}"
        elif last is not None and last.para == para and last.start == last.end and not said and not (
                r.tense == "future" and _WILL_BEFORE.search(self.text, self._sentence, r.start)
                and self.dct is not None and last.end < self.dct):
            # (not a clock time of what will be, after a day gone by: "reported after the bell yesterday. We will be
            # watching consumer sentiment figures at 10 a.m.": today's)
            on, on_day = self._clock_day(last, hh, para, r.tense == "past")
            day, r.anchor, r.anchor_kind = day_value(on_day), on.value, "previous"
            if on is not last:
                r.why = f"clock time before the part of the day of {last.value}, on the day it went back from"
            elif on_day != last.start:
                r.why = f"clock time in the small hours after the night of {last.value}"
        elif (r.tense in ("past", "none") and not said and narrative is not None and self.dct is not None
              and (0 <= (self.dct - narrative.start).days <= T.NARRATIVE_DAY_MAX_DAYS
                   or (narrative is self.last_day and self.last_day_opens and self.recent_day is None
                       and narrative.start < self.dct))):
            # "The quake struck late Wednesday. [...] It hit at 11:40 p.m.": a past clock time with no day in its
            # paragraph is on the day the story last named, when that day is in the days before publication
            on_day = narrative.start
            if narrative is last:  # "stormed the palace on Monday night. ¶ Gunfire rang out around 1 a.m.": Tuesday
                on_day = self._clock_day(narrative, hh, -1, r.tense == "past")[1]
            day, r.anchor, r.anchor_kind = day_value(on_day), narrative.value, "previous"
            narrative_day = on_day == narrative.start
            if not narrative_day:
                r.why = f"clock time in the small hours after the night of {narrative.value}"
            if (hh, mm) == (24, 0) and not narrative.value.endswith(("TEV", "TNI")) and not (
                    (m := _MIDNIGHT_DAY_END.search(self.text, max(0, r.start - 30), r.start))
                    and not _SINCE_BEFORE.search(self.text, max(0, m.start() - 24), m.start())):
                hh = 0  # the midnight that began that day; after its evening or night, or "before midnight", the one
                # that ended it ("filed late on Sunday. [...] filed its petition shortly before midnight"; not "early on
                # Monday [...] underground since shortly before midnight": Sunday's)
        elif (r.tense == "future" and not said and self.last_day is not None and (last is None or last.para != para)
                and self.dct is not None and 0 < (self.last_day.start - self.dct).days <= T.NARRATIVE_DAY_MAX_DAYS):
            # "will resume pay negotiations on Wednesday. [next paragraph] The talks will open at 10:00 am": a future
            # clock time with no day in its paragraph is on the coming day the story last named (the last day it named)
            coming = self.last_day
            day, r.anchor, r.anchor_kind = day_value(coming.start), coming.value, "previous"
            r.why = f"future clock time on the coming day the story last named, {coming.value}"
        elif (r.tense == "past" and not said and last is not None and (last.granularity == "time" or self.last_clocked)
              and self.dct is not None and last.start < self.dct):
            # "The first emergency call was logged at 9:04 a.m. [next paragraph] She was released at about 4:15 p.m.":
            # a past clock time after another, long gone by, is on that day, the one retold
            day, r.anchor, r.anchor_kind = day_value(last.start), last.value, "previous"
            r.why = f"past clock time after another, {last.value}: on its day"
        elif self.dct:
            day, r.anchor, r.anchor_kind = day_value(self.dct), day_value(self.dct), "publication"
            if (hh, mm) == (24, 0) and r.tense == "past":  # the midnight that began the publication day
                hh = 0
            if quoted:
                r.why = "a market quote's clock time: the level when the report was written, on the publication day"
        else:
            day = "XXXX-XX-XX"
            r.resolved = False
        if (hh, mm) == (24, 0) and _MIDNIGHT_STARTS.match(self.text, r.end):
            hh = 0  # "between midnight and 3 a.m.": the midnight that begins the night's hours
        elif (hh, mm) == (24, 0) and r.tense == "past" and r.text.lower().startswith("midnight") \
                and _MIDNIGHT_BEGUN.search(self.text, max(0, r.start - 30), r.start):
            hh = 0  # "The strike began at midnight": the midnight that began the day
        elif (hh, mm) == (0, 0) and r.text.lower().startswith("midnight") and day[0].isdigit() \
                and _MIDNIGHT_DAY_END.search(self.text, max(0, r.start - 30), r.start):
            # "The bar closed shortly before midnight": the end of the day before (one instant)
            day, hh = day_value(date.fromisoformat(day) - timedelta(days=1)), 24
        elif (hh, mm) == (24, 0) and r.text.lower().startswith("midnight") and day[0].isdigit():
            before = self.text[max(0, r.start - 20):r.start]
            if _MIDNIGHT_NEW_DAY.search(before):  # "shortly after midnight": the day it begins
                day, hh = day_value(date.fromisoformat(day) + timedelta(days=1)), 0
            elif _MIDNIGHT_SINCE.search(before):
                # "had been detected since midnight", told of a day: the midnight that began it (after that day's
                # evening or night, the one that ended it: the next day's)
                late = (r.anchor or "").endswith(("TEV", "TNI"))
                day, hh = (day_value(date.fromisoformat(day) + timedelta(days=1)) if late else day), 0
        if r.tense == "past" and r.anchor_kind == "previous" and self.dct is not None and day[0].isdigit() \
                and date.fromisoformat(day) > self.dct and r.anchor and DAY_VALUE.match(r.anchor) \
                and date.fromisoformat(r.anchor[:10]) <= self.dct and not _ZONED.search(r.text):
            # a past clock time after the night of a day not ahead is not after publication: "was missing on Wednesday
            # night. [...] failed at 3.40am", printed on Wednesday, is that Wednesday's small hours, not Thursday's
            day = day_value(self.dct)
            r.why = (r.why or "clock time on the day in context") + "; not after publication in a past-tense clause"
        r.value = f"{day}T{hh:02d}:{mm:02d}"
        if not r.why:
            r.why = CLOCK_ON_STORY_DAY if narrative_day else "clock time on the day in context"
        return True

    def _stamp(self, r: Resolved) -> bool:
        """Is ``r`` a clock time that opens its line as a live blog's entry stamp (alone on it, or before a dash), in a
        text marked as a live blog?"""
        if LINE_START_BEFORE.search(self.text, max(0, r.start - 8), r.start) is None \
                or _STAMP_AFTER.match(self.text, r.end) is None:
            return False
        return self.is_live_blog()

    def _in_aside(self, at: int) -> bool:
        """Is the last date mentioned inside an aside set off by commas that closed before ``at``, in one sentence
        (see ``T.ASIDE_OPENS_BEFORE_DAY``)?"""
        end = self.last_end
        if end < 0 or self._last_sentence != self._sentence or "," not in self.text[end:at]:
            return False
        return _ASIDE_CLOSES_AFTER_DAY.match(self.text, end, at) is not None and _ASIDE_OPENS_BEFORE_DAY.search(
            self.text, max(self._sentence, end - 90), end) is not None

    def _clock_day(self, last: Mention, hh: int, para: int, past: bool = False) -> tuple[Mention, date]:
        """The mention a clock time with no day is placed by, ``last`` by default, and the day it falls on: the
        next day for the small hours after a night ("on Tuesday night. [...] at 2 a.m.": Wednesday). A time
        earlier than the part of the day ``last`` names, when ``last`` went back from a later day in the same
        paragraph, is on that later day: "resigned this morning, hours after [...] lost a vote last night. He
        announced his resignation at 9.15am" is this morning's 9:15. Told in the past, a time late in the evening after
        one deep in the night (before ``T.DEEP_NIGHT_END``), in an earlier sentence, is on the evening before ("landed on runway 32R at 00:12Z Mar 11th
        [...]. The aircraft departed O'Hare at 23:05Z": 10 March)."""
        pod = last.value.rpartition("T")[2] if "T" in last.value else ""
        hours = V.PART_OF_DAY_HOURS.get(pod)
        if hours is None:
            late = _LAST_HOUR.search(last.value)
            if late is not None and int(late.group(1)) >= T.LATE_CLOCK_HOUR and hh < T.SMALL_HOURS_END:
                return last, last.start + timedelta(days=1)  # "started at 11:40 p.m. [...] under control by 4:15 a.m."
            if (past and late is not None and int(late.group(1)) < T.DEEP_NIGHT_END and hh >= T.LATE_CLOCK_HOUR
                    and self._last_sentence != self._sentence):  # (in one sentence times run on: "opened at 07:00
                # on Thursday and closed at 22:00")
                return last, last.start - timedelta(days=1)  # "counted by 3 a.m. today [...] conceded after 10 p.m."
            return last, last.start
        first, end = hours
        if first <= hh < end:
            return last, last.start
        if hh + 24 < end or (pod == "NI" and hh < 12) or (pod == "EV" and hh < T.SMALL_HOURS_END):
            # the small hours, or the morning, after a night; the small hours after an evening ("left Sfax on Saturday
            # evening [...] overturned at around 3:40 a.m.": Sunday)
            return last, last.start + timedelta(days=1)
        back = self.before_last
        if (hh < first and back is not None and back.para == para and back.start == back.end
                and back.start > last.start):
            back_pod = back.value.rpartition("T")[2] if "T" in back.value else ""
            back_hours = V.PART_OF_DAY_HOURS.get(back_pod)
            if back_hours is None or back_hours[0] <= hh < back_hours[1]:
                return back, back.start
        return last, last.start
