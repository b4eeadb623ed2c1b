"""Shifts from a reference time: the publication date, the last mentioned time, the period under discussion."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from typing import Any

from .. import regex_cache
from .. import normalize as N
from ..rules import anchors as A
from ..rules import tense as T
from ..timex import day_value, week_value
from .clock import MAIN_PLUPERFECT_BEFORE
from .state import DAY_NAMES, GRAN_UNIT, ReferenceTimes
from .values import Resolved, in_small_hours, parse_value


_PUNITS = {"quarter": "Q", "period": "P", "year": "Y", "month": "M", "week": "W", "weekend": "WE", "day": "D",
           "half": "H"}
_RANK_UNIT = {"CE": 0, "DE": 1, "Y": 2, "H": 3, "Q": 4, "M": 5, "W": 6, "D": 7}

_DAYWORD = {"today": 0, "yesterday": -1, "tomorrow": 1}

# "a day later" after a month ("in April 2020, and a day later") stays in that month up to this many days
_NEAR_DAYS = 3
_LATE_IN_DAY = regex_cache.compile(r"T(?:NI|EV|1[89]:|2[0-3]:)")  # an evening or night, or a clock time from 18:00
_COARSER_THAN_MONTH = frozenset(("year", "half", "quarter", "season", "decade", "century"))
# "two hours later" counts from a clock time, or stays in the day in context, up to this many minutes
_SAME_DAY_MINUTES = 12 * 60
# a noun right after "overnight", which is then an adjective ("overnight losses", "overnight trading")
_NOUN_AFTER = regex_cache.compile(r"[ \t]+(?!(?:and|or|but|in|on|at|to|from|into|as|after|before|when|while|with|by|for|the|a|an|"
                         r"of|than|that|which|until|amid|despite|because|since|so|then|there|across|near|outside)\b)"
                         r"[a-z][a-z-]+\b")
_CLOCK_OF_VALUE = regex_cache.compile(r"T(\d\d):(\d\d)")

_COUNTED_DAY_BESIDE = regex_cache.compile(A.COUNTED_DAY_BESIDE, re.I)
_COUNTED_DAY_REACHED = regex_cache.compile(A.COUNTED_DAY_REACHED_BEFORE, re.I)
_RANGE_BETWEEN = regex_cache.compile(r"\s*[-–/]\s*|\s+(?:to|and|through|until|till)\s+", re.IGNORECASE)


class Shifts(ReferenceTimes):
    """Resolution of shifts: ``deictic`` ones from the publication date ("yesterday", "next month"),
    ``anaphoric`` and ``offset`` ones from the last mentioned time ("a day later", "the following year"),
    ``period`` ones from the period under discussion, and ``set`` values. Mixed into :class:`Resolver`."""

    def _deictic(self, r: Resolved, f: dict[str, Any], tense: str) -> bool:
        dct = self.dct
        shift = f.get("shift", f.get("dshift", 0))
        if "ahead_shift" in f and tense == "future":
            shift = f["ahead_shift"]  # "will work overnight": tonight
        if "dayword" in f:
            shift = _DAYWORD[f["dayword"].lower()] + in_small_hours(f)  # "at 2:30 last night": this day's small hours
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
        if f.get("newyear"):
            # "the new year": the one begun, when told in the past or written in its first half; else the coming one
            ahead = tense != "past" and dct.month > T.NEW_YEAR_AHEAD_FROM_MONTH - 1
            r.value = f"{dct.year + ahead:04d}"
            r.why = ("the year to come" if ahead else "the year begun") + f" ({tense} tense, written in month {dct.month})"
            return True
        if f.get("cunit") == "Y" and ("month" in f or "ord" in f):  # "June last year", "next year's first quarter"
            y = dct.year + shift
            if "ord" in f:
                n = 4 if f["ord"] == -1 else int(f["ord"])
                if not 1 <= n <= 4:
                    return False
                r.value = f"{y:04d}-Q{n}"
            elif "day" in f:  # "21 November last year"
                if not 1 <= int(f["day"]) <= calendar.monthrange(y, f["month"])[1]:
                    return False
                r.value = day_value(date(y, f["month"], int(f["day"])))
            else:
                r.value = f"{y:04d}-{f['month']:02d}"
            r.why = f"year shifted by {shift:+d} from the publication date"
            return True
        if "weekday" in f and f.get("inweek"):  # "Wednesday of last week": that weekday in the shifted week
            d = dct + timedelta(weeks=shift, days=f["weekday"] - dct.isoweekday())
            r.value = day_value(d) + tail
            r.why = f"{DAY_NAMES[f['weekday'] - 1]} of the week shifted by {shift:+d} from the publication date's"
            return True
        if "ofmonth" in f:  # "the 15th of next month"
            y, m = N.shift_month(dct.year, dct.month, shift)
            if int(f["day"]) > calendar.monthrange(y, m)[1]:
                return False
            r.value, r.why = day_value(date(y, m, int(f["day"]))), f"day {f['day']} of the month shifted by {shift:+d}"
            return True
        story = self.last_day
        if ("ahead_shift" in f and tense == "past" and story is not None and story.start != dct
                and 0 < (dct - story.start).days <= T.NARRATIVE_DAY_MAX_DAYS):
            # "London shares were depressed by overnight losses in New York", in a story of the Friday before: the
            # night before the day the story last named
            # ... but the night of that day when its sentence named it ("The mutiny began on Wednesday, and overnight
            # they took the palace")
            # ... and that day's night after its evening ("overshot the runway on Tuesday evening. [...] The chief
            # executive flew to Halifax overnight")
            # ... and, said of what was done ("Survivors reached Douentza overnight", after "attacked the village on
            # 11 May"), the night after that day; "overnight losses" are the night's before it
            same = self._last_sentence == self._sentence
            clock = _CLOCK_OF_VALUE.search(story.value)
            evening = story.value.endswith(("TEV", "TNI")) or (clock is not None and int(clock.group(1)) >= 17)
            adverb = not _NOUN_AFTER.match(self.text, r.end)
            r.value = day_value(story.start - timedelta(days=0 if same or evening or adverb else 1)) + tail
            r.anchor, r.anchor_kind = story.value, "previous"
            r.why = ("the night of the day its sentence named" if same
                     else "the night after the evening the story last named" if evening
                     else "the night after the day the story last named" if adverb
                     else "the night before the day the story last named, in the past tense")
            return True
        if "timeunit" in f:  # "this time last year": that year's month; "this time last week": that day
            unit = f["timeunit"].lower()
            if unit == "year":
                r.value = N.unit_value(date(dct.year + shift, dct.month, 1), "M", 0) or ""
            elif unit == "month":
                y, m = N.shift_month(dct.year, dct.month, shift)
                r.value = day_value(date(y, m, min(dct.day, calendar.monthrange(y, m)[1])))
            else:
                r.value = day_value(dct + timedelta(weeks=shift))
            r.why = f"the publication date, a {unit} {'back' if shift < 0 else 'ahead'}"
            return bool(r.value)
        if "weekday" in f and "weekafter" in f:  # "Tuesday week": a week after the coming Tuesday
            d = N.weekday_from(dct, f["weekday"], "future", strict=True) + timedelta(weeks=1)
            r.value = day_value(d) + tail
            r.why = f"a week after the next {DAY_NAMES[f['weekday'] - 1]} from the publication date"
            return True
        if "weekday" in f:
            wd = f["weekday"]
            if shift < 0:
                d = N.weekday_from(dct, wd, "past", strict=True)
                if (dct - d).days <= T.LAST_WEEKDAY_SKIPS_DAYS:
                    d -= timedelta(weeks=1)  # "last Tuesday", written on Wednesday: a week before yesterday
            elif shift > 0:
                d = N.weekday_from(dct, wd, "future", strict=True)
            else:
                d = dct + timedelta(days=wd - dct.isoweekday())
            r.value = day_value(d) + tail
            r.why = f"{'previous' if shift < 0 else 'next' if shift > 0 else 'this week’s'} {DAY_NAMES[wd - 1]} from the publication date"
            if shift < 0 and (dct - d).days > 7:
                r.why += " (the day before publication would be \"yesterday\": the week before)"
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
        # "told LeedsLive this weekend", written on a Monday: the weekend just gone
        gone = unit == "WE" and shift == 0 and tense == "past" and dct.isoweekday() <= T.PAST_WEEKEND_TOLD_BY_WEEKDAY
        v = N.unit_value(dct, unit, shift + later - gone)  # "later this week" written on a Sunday: the coming week
        if v is None:
            return False
        r.value = v + (tail if unit == "D" else "")
        r.why = f"{unit} shifted by {shift:+d} from the publication date" + (
            ", whose week ends that Sunday: the coming one" if later else
            ", told in the past early in the week: the weekend just gone" if gone else "")
        return True

    def _anaphoric(self, r: Resolved, f: dict[str, Any], para: int) -> bool:
        if "rangeend" in f:
            return self._range_end(r, f)
        if "countedday" in f:
            return self._counted_day(r)
        shift = f.get("shift", f.get("ashift", 0))
        if "offword" in f:
            shift = -1 if f["offword"].lower() == "before" else 1
        # (set off by a comma after a date, a shift restates it and counts from the date before, "at 05:27 UTC, 78
        # minutes later"; the same time restates that date itself, "on March 10, the same morning")
        anchor = self._anchor(para, r.start if shift else -1)
        if shift > 0 and r.tense == "past" and anchor is not None and self.dct is not None and anchor[1] > self.dct \
                and self.last_past_day is not None:
            # "is due to appear in court on 24 March. [...] The following Monday, the state government announced":
            # a past clause goes on from the last day gone by that the story named, not from a day still to come
            day = self.last_past_day
            anchor = (day.value, day.start, day.end, "previous")
        if "weekday" in f:
            day = self.last_day
            if anchor is not None and day is not None and not self._fine_enough(anchor, "D") \
                    and (self.last_day_sentence == self._last_sentence or (
                    not self._fine_enough(anchor, "M") and r.text[:4].lower() in ("that", "the "))):
                # "the previous Friday" counts from a day ("The vote on 24 May [...] since the reform of April 2024.
                # [...] the previous Friday": 23 May), not from a month its sentence names after it, nor from a year
                # named since ("came on June 5. In 2024, employers added 170,000 jobs a month. [...] the following
                # Wednesday": 10 June)
                anchor = (day.value, day.start, day.end, "previous")
            coarse = anchor is not None and shift == 0 and not self._fine_enough(anchor, "M") and self.dct is not None
            if coarse:
                # a year or longer holds no week that "the same Saturday" could be in ("anyone born after 1978 [...] can
                # attend the same Saturday clinics"): the publication's
                anchor = (day_value(self.dct), self.dct, self.dct, "publication")
            if anchor is None:
                return self._no_year(r, f"XXXX-WXX-{f['weekday']}", "no earlier date and no publication date")
            d = N.weekday_from(anchor[1], f["weekday"], "future" if shift >= 0 else "past", strict=shift != 0)
            r.value, r.anchor, r.anchor_kind = day_value(d) + self._tail(f), anchor[0], anchor[3]
            r.why = "weekday counted from the publication date, the last mentioned date being too coarse" \
                if coarse else "weekday counted from the last mentioned date"
            return True
        if "month" in f and shift and "day" not in f and "day2" not in f:
            return self._month_after_or_before(r, f["month"], shift, anchor)
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
        if unit == "D" and not self._fine_enough(anchor, "D") and self.last_day is not None \
                and (self.last_day_sentence == self._last_sentence or (
                    not self._fine_enough(anchor, "M") and r.text[:4].lower() in ("that", "the ")) or (
                    self.last_end >= 0 and self._last_sentence != self._sentence
                    and MAIN_PLUPERFECT_BEFORE.search(self.text, self._last_sentence, self.last_end))):
            # (nor from a period a past perfect's background names: "On September 14, the mission published a report.
            # [...] had interviewed 430 victims between March and June. The ministry dismissed the report the next
            # day": 15 September)
            # "since Sept. 15, when the company [...] fell 18% in its fiscal second quarter. The shares fell another
            # 12% the following day": from the day that sentence named, not from a period it named after it; nor from a
            # year named since ("By 10 a.m. Sunday [...] a 2014 conviction [...] read his name that morning": Sunday's)
            day = self.last_day
            anchor = (day.value, day.start, day.end, "previous")
            told_day = True
        else:
            told_day = False
        if not self._fine_enough(anchor, unit) and "pod" not in f:
            r.anchor, r.anchor_kind = anchor[0], anchor[3]
            tv = parse_value(anchor[0])
            if unit == "D" and abs(shift) == 1 and tv is not None and tv.granularity in ("month", "week"):
                # "arrested in February 2017 and released the next day": a day of that month, as near as is known
                r.value = anchor[0]
                r.why = f"the day {'after' if shift > 0 else 'before'} a day of {anchor[0]}"
                return True
            # "that day" after "in 1987": the day is not known
            return self._no_year(r, N.unspecified(unit), f"the last mentioned time {anchor[0]} is coarser than a {unit}")
        base = anchor[1]
        if unit == "D" and "pod" in f and not told_day and self.last is not None \
                and self.last.granularity not in ("day", "partofday", "time"):
            base = self.dct or base  # a part of day needs a day: the publication day if none was mentioned
        night_before = unit == "D" and shift == 0 and f.get("pod") == "NI" and anchor[0].endswith("TMO")
        if night_before:  # "voted in the small hours of Wednesday, after a debate that ran through the night": Tuesday's
            base -= timedelta(days=1)
        morning_after = unit == "D" and f.get("afternight") and _LATE_IN_DAY.search(anchor[0]) is not None
        if morning_after:  # "It burned through the night. By morning, spotters had found three fires": the next day's
            base += timedelta(days=1)
        v = N.unit_value(base, unit, shift)
        if v is None:
            return False
        r.value = v + (self._tail(f) if unit == "D" else "")
        r.anchor, r.anchor_kind = anchor[0], anchor[3]
        r.why = f"{unit} shifted by {shift:+d} from {'the last mentioned date' if anchor[3] == 'previous' else 'the publication date'} {anchor[0]}"
        if night_before:
            r.why += "; the night that ended that morning"
        if morning_after:
            r.why += "; the morning after that night"
        return True

    def _counted_day(self, r: Resolved) -> bool:
        """"Saturday, the third day of the Test": the day it is set beside; "as the protests entered a fourth day":
        the day its sentence names, else the publication day; otherwise the count's first day is not known
        (``A.COUNTED_DAY_BESIDE``)."""
        last = self.last
        if last is not None and self.last_end >= 0 and last.granularity in ("day", "partofday", "time") \
                and _COUNTED_DAY_BESIDE.fullmatch(self.text, self.last_end, r.start):
            r.value, r.anchor, r.anchor_kind = day_value(last.start), last.value, "previous"
            r.why = f"a counted day: {last.value}, the day it is set beside"
            return True
        if _COUNTED_DAY_REACHED.search(self.text, max(0, r.start - 40), r.start):
            day = self.last_day
            if day is not None and self.last_day_sentence == self._sentence:
                r.value, r.anchor, r.anchor_kind = day_value(day.start), day.value, "previous"
                r.why = f"a counted day reached on {day.value}, the day its sentence names"
                return True
            if self.dct is not None:
                r.value, r.anchor, r.anchor_kind = day_value(self.dct), day_value(self.dct), "publication"
                r.why = "a counted day reached: the publication day, its sentence naming no day"
                return True
        return self._no_year(r, "XXXX-XX-XX", "a day counted from a first day the text does not date")

    def _day_of_month(self, r: Resolved, day: int, tense: str) -> bool:
        """"On the 15th": in the month last mentioned (a month or a day of it), else the publication's,
        this month or the next or last as the tense points."""
        last = self.last
        dct = self.dct
        if last is not None and dct is not None and tense in ("future", "present") \
                and self._last_sentence != self._sentence \
                and (last.start.year, last.start.month) < (dct.year, dct.month):
            last = None  # "proposed in mid-September. [...] have called for a strike on the 20th": this month's
        if last is not None and last.granularity in ("month", "day", "partofday", "time"):
            y, m = last.start.year, last.start.month
            r.anchor, r.anchor_kind, r.why = last.value, "previous", "in the month last mentioned"
        elif dct is not None:
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

    def _month_after_or_before(self, r: Resolved, month: int, shift: int,
                               anchor: tuple[str, date, date, str] | None) -> bool:
        """"the following January": the first such month after the time last mentioned ends; "the previous March":
        the last one before it begins."""
        if anchor is None or not self._fine_enough(anchor, "Y"):
            if anchor is not None:
                r.anchor, r.anchor_kind = anchor[0], anchor[3]
            return self._no_year(r, f"XXXX-{month:02d}", "no year mentioned before")
        if shift > 0:
            end = anchor[2]
            year = end.year if month > end.month else end.year + 1
        else:
            start = anchor[1]
            year = start.year if month < start.month else start.year - 1
        r.value, r.anchor, r.anchor_kind = f"{year:04d}-{month:02d}", anchor[0], anchor[3]
        r.why = f"the first such month {'after' if shift > 0 else 'before'} {anchor[0]}"
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
        if f.get("rest") and dct is not None and (f.get("this") or tense != "past") and punit in ("Y", "M", "W"):
            # "may hold rates steady for the rest of the year": what is left of the publication's year
            r.value, r.anchor, r.anchor_kind = N.unit_value(dct, punit, 0) or "", day_value(dct), "publication"
            r.why = f"what is left of the publication date's {f['punit'].lower()}"
            return bool(r.value)
        if punit == "WE":
            direction = tense if tense in ("past", "future") else "nearest"
            r.value = N.weekend_from(ref, direction)
            r.anchor, r.anchor_kind = day_value(ref), "publication"
            r.why = (f"the weekend nearest the publication date ({tense} tense)" if direction == "nearest"
                     else f"the {'coming' if direction == 'future' else 'last'} weekend from the publication date "
                          f"({tense} tense)")
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
            if anchor is not None and anchor[3] == "previous" and self.last_bound and dct is not None \
                    and self._last_sentence != self._sentence:
                # the bound of an ongoing span in a sentence before ("under way since May. [...] at the end of the
                # month") is not the month under discussion: the publication's is
                anchor = (day_value(dct), dct, dct, "publication")
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

    def _offset_from_weekday(self, r: Resolved, f: dict[str, Any], n: int, unit: str, num: Any, word: str) -> bool:
        """"a week ago Sunday": a week before the last Sunday; "a week from Saturday": a week after the coming one
        (the weekday itself when it is the publication's)."""
        if self.dct is None:
            return self._no_year(r, N.unspecified("D"), "relative to an unknown publication date")
        weekday = f.get("agoweekday") or f["fromweekday"]
        day = N.weekday_from(self.dct, weekday, "past" if "agoweekday" in f else "future")
        if unit in ("D", "W"):
            d = day + timedelta(days=n * (7 if unit == "W" else 1))
        else:
            y, m = N.shift_month(day.year, day.month, n * (12 if unit == "Y" else 1))
            d = date(y, m, min(day.day, calendar.monthrange(y, m)[1]))
        r.value, r.anchor, r.anchor_kind = day_value(d), day_value(self.dct), "publication"
        side = "last" if "agoweekday" in f else "coming"
        r.why = f"{num} {unit} {word} the {side} {DAY_NAMES[weekday - 1]}, {day.isoformat()}"
        return True

    def _offset(self, r: Resolved, f: dict[str, Any], para: int) -> bool:
        num, unit = f.get("num", 1), f["unit"]
        if unit == "2W" and num != "X":  # "a fortnight ago": two weeks
            weeks = float(num) * 2
            num, unit = int(weeks) if weeks == int(weeks) else weeks, "W"
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
        if unit == "Y" and self.period is not None and not (deictic and abs(n) > 1):
            # "a year earlier", "a year ago": the same period a year before (but "became CEO eight years ago" counts
            # from the publication date, not from the quarter under discussion)
            v = N.shift_period(self.period.value, n)
            if v:
                r.value, r.anchor, r.anchor_kind = v, self.period.value, "previous"
                r.why = f"{num} year {word} the period under discussion {self.period.value}"
                return True
        if ("agoweekday" in f or "fromweekday" in f) and unit in ("D", "W", "M", "Y"):
            return self._offset_from_weekday(r, f, n, unit, num, word)
        if deictic and ("thisunit" in f or "agoday" in f) and self.dct is not None and unit in ("D", "W", "M", "Y"):
            # "a year ago this week": the week (month) of the publication date, shifted back; "30 years ago next
            # month": the next month's; "ten years ago today": the day's
            if "agoday" in f:
                code, there = "D", f["agoday"].lower()
                dct = self.dct + timedelta(days=_DAYWORD[there])
            else:
                code = {"week": "W", "weekend": "WE", "month": "M"}[f["thisunit"].lower()]
                there = f"{f.get('thisword', 'this').lower()} {f['thisunit'].lower()}"
                step = {"next": 1, "last": -1}.get(f.get("thisword", "this").lower(), 0)
                dct = self.dct
                if code == "M" and step:
                    y, m = N.shift_month(dct.year, dct.month, step)
                    dct = date(y, m, min(dct.day, calendar.monthrange(y, m)[1]))
                elif step:
                    dct = dct + timedelta(weeks=step)
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
            r.value, r.anchor, r.anchor_kind = v, day_value(self.dct), "publication"
            r.why = f"{there}, {num} {unit} {word}"
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
            tv = parse_value(base_value)
            if unit in ("D", "W") and tv is not None and tv.granularity in _COARSER_THAN_MONTH:
                # "The bid came on Tuesday, March 9, after a difficult 2026. Two days later, on Thursday": counted
                # from the day its sentence named, or from the day before a year that bounds a span ("has led the
                # party since 1998, and [...] three days later"), not from the year's first day; else not known
                day = self.last_day
                within = tv.interval() if day is not None else None
                if day is None or not (self.last_bound or self.last_day_sentence == self._last_sentence or (
                        # "The bid came on May 8. The surprise of the spring came eight days later": a period that
                        # holds the day last named frames it, and the count goes on from the day
                        within is not None and within[0] <= day.start and day.end <= within[1])):
                    return self._no_year(r, N.unspecified(unit), f"{num} {unit} {word} a year or more, {base_value}")
                base_value, base, r.anchor_kind = day.value, day.start, "previous"
                tv = parse_value(base_value)
            if unit == "D" and abs(n) <= _NEAR_DAYS and tv is not None and tv.granularity == "month":
                # "missed a payment in April 2020, and a day later": a day of that month, as near as is known
                r.value, r.anchor = base_value, base_value
                r.why = f"{num} {unit} {word} a day of {base_value}: in that month"
                return True
            if unit == "W" and tv is not None and tv.granularity == "month":
                # "opened in September 2023 and collapsed two weeks later": a month, as near as is known (counted
                # from the month's middle), not a made-up week
                mid = date(base.year, base.month, 15) + timedelta(weeks=n)
                r.value, r.anchor = f"{mid.year:04d}-{mid.month:02d}", base_value
                r.why = f"{num} {unit} {word} a day of {base_value}: the month it most likely falls in"
                return True
            if unit in ("DE", "CE") and tv is not None and tv.granularity == "year":
                # "founded in 1998. A decade later": a year, as the anchor is (2008), not the decade 200X
                r.value, r.anchor = f"{base.year + (10 if unit == 'DE' else 100) * n:04d}", base_value
                r.why = f"{num} {unit} {word} the year {base_value}: a year"
                return True
            gran = GRAN_UNIT.get(tv.granularity if tv else "", unit)
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
        elif unit == "Y":  # (before year 1, a year before Christ: "about 2,400 years ago", written in 2027, is BC0374)
            v = f"{base.year + n:04d}" if base.year + n > 0 else f"BC{1 - (base.year + n):04d}"
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
        elif "month" in f and "day" in f:  # "every May 22": that day of every year
            r.value, r.why = f"XXXX-{f['month']:02d}-{int(f['day']):02d}", "every such day of the year"
        elif "month" in f:
            r.value, r.why = f"XXXX-{f['month']:02d}", "every such month"
        elif "day" in f:  # "the 14th of every month": XXXX-XX-14
            r.value, r.why = f"XXXX-XX-{int(f['day']):02d}", "the same day of every month"
        elif isinstance(f.get("holiday"), tuple) and len(f["holiday"]) == 2:  # "every Christmas": its day each year
            r.value, r.why = f"XXXX-{f['holiday'][0]:02d}-{f['holiday'][1]:02d}", "every such holiday"
        elif "season" in f:  # "every fall": XXXX-FA
            r.value, r.why = f"XXXX-{f['season']}", "every such season"
        elif "pod" in f:  # (at a time of it: "every morning at 9am", XXXX-XX-XXT09:00)
            r.value, r.why = f"XXXX-XX-XX{self._tail({'clock': f['clock']} if 'clock' in f else f)}", \
                "every such part of the day"
        elif "setword" in f:
            r.value, r.why = N.SET_WORDS[f["setword"].lower()], "a frequency adverb"
        else:
            unit = f.get("unit") or f.get("cunit")
            num = 2 if f.get("other") else f.get("num", 1)  # "every other week": once in two
            r.value, r.why = N.duration_value(num, unit), "once per period"
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
