"""Calendar dates written without all their fields ("March 22", "the first quarter", "Easter")."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

from .. import regex_cache
from .. import calendars as C
from .. import normalize as N
from ..cues import CLOCK_ON_BEFORE, is_past_form
from ..rules import anchors as A
from ..rules import tense as T
from ..rules import vocabulary as V
from ..rules import zones as Z
from ..timex import DAY_VALUE, day_value, week_value
from .state import DAY_NAMES, LINE_START_BEFORE, ReferenceTimes
from .values import Resolved
from ..tag.reverse import EndSearch


# an expression, then another in brackets that restates it: its weekday ("18.04.2026 (Saturday)"), or its time in
# another zone ("on Wednesday (1714 GMT Tuesday)")
BRACKET_BETWEEN = regex_cache.compile(r"\s*[(\[]\s*")
_EVE = regex_cache.compile(r"\beve\b", re.IGNORECASE)
# the day each n-th week of a month holds ("the first week of October": the week of 1 October)
_WEEK_OF_MONTH_DAY = {"first": 1, "second": 8, "third": 15, "fourth": 22}
# Two days given as alternatives ("late Tuesday or early Wednesday"): the second follows the first when they are
# consecutive.
# what joins two months of one stretch or list ("March and April", "November to April", "May or June")
_MONTHS_JOINED = regex_cache.compile(r"\s*[-–]\s*|\s*,?\s+(?:and|or|to|through|until|till|into)\s+", re.IGNORECASE)
_MONTH_VALUE = regex_cache.compile(r"\d{4}-\d{2}")
_ALTERNATIVE_BETWEEN = regex_cache.compile(r"\s+or\s+", re.IGNORECASE)
_ONE_DAY = timedelta(days=1)
_WEEKDAY_STAMP_AFTER = regex_cache.compile(Z.LIVE_WEEKDAY_STAMP_AFTER)
_SIX_DAYS = timedelta(days=6)
# a month that labels its data ("February's inflation figures", "September payroll data"): the month is over
_DATA_AFTER = regex_cache.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(T.DATA_NOUNS) + r")\b", re.I)
# a month that labels a happening ("the June meeting", "a September cut"): the nearest such month
_LABELLING_BEFORE = EndSearch(regex_cache.compile(T.LABELLING_MONTH_BEFORE, re.I))
_LABELLING_AFTER = regex_cache.compile(r"\s+(?:" + "|".join(sorted(T.LABELLING_MONTH_NOUNS)) + r")\b")
# What stands between the two ends of a range ("March 21-22", "March 21 and 22", "1990-91", "2012/13").
RANGE_BETWEEN_DATES = regex_cache.compile(r"\s*[-–]\s*|\s+(?:to|through|until|till)\s+", re.IGNORECASE)


# what puts a day ahead of a past sentence: a plan or what comes next ("called a general election for July 4", "fell
# ahead of its results on November 19", ", followed by finance ministers in Banff on May 20")
_SCHEDULED_FOR = EndSearch(regex_cache.compile(T.SCHEDULED_FOR_BEFORE, re.I))
_AHEAD_OF = regex_cache.compile(T.AHEAD_OF_BEFORE, re.I)
# a past perfect after a date: what was done by then ("by the end of June the coach had all been replaced"), or a plan
# told as over ("an audit, scheduled for April, had been postponed twice")
PLUPERFECT_AFTER = regex_cache.compile(r"\bhad\s+(?:(?:all|already|both|each|largely|mostly|just)\s+)?(?:been\s+)?[a-z]{3,}(?:ed|en)\b")
_HAD_BEFORE = regex_cache.compile(r"\b(?:" + "|".join(T.PAST_PERFECT_AUXILIARIES) + r")\s+(?:been\s+)?$", re.I)
_FOR_BEFORE = regex_cache.compile(r"\bfor\s+(?:the\s+)?$", re.I)
_ON_BEFORE = regex_cache.compile(r"\bon\s+$", re.I)
_STATUS_AS_OF_BEFORE = regex_cache.compile(T.STATUS_AS_OF_BEFORE, re.I)
_WORD = regex_cache.compile(r"[A-Za-z]+")
_BREAK = regex_cache.compile(r"[,;:()\"“”]")


def _past_verb_on_before(text: str, start: int) -> bool:
    """Is the date at ``start`` after "on" and a past verb at most ``T.PAST_VERB_ON_WORDS`` words before that, with
    no comma or other break between ("was born on", "went to the polls on"; not "strike days, on")?"""
    if not text[max(0, start - 5):start].rstrip().endswith(("on", "On")):
        return False  # (a cheap test first)
    on = _ON_BEFORE.search(text, max(0, start - 8), start)
    if on is None:
        return False
    words = _WORD.findall(_BREAK.split(text[max(0, on.start() - 60):on.start()])[-1])[-T.PAST_VERB_ON_WORDS:]
    return any(is_past_form(w.lower()) for w in words)
_VERB_FOR = regex_cache.compile(r"\S+\s+for\b", re.I)
# a noun right before a participle ("A vote planned for June"), not an auxiliary ("has confirmed for March")
_NOUN_BEFORE_PARTICIPLE = regex_cache.compile(r"\b(?!(?:has|have|had|was|were|is|are|be|been|being|now|also|then|"
                                     r"originally|initially|first|not|and|or|but|it|they|he|she|we)\b)[a-z]{3,}\s+$", re.I)
_SAYING_BEFORE = regex_cache.compile(r"\b(?:" + "|".join(sorted(T.SAYING_VERBS)) + r")\s+(?:that\s+)?$", re.I)
_SUBJECT_OF_MODAL_AFTER = regex_cache.compile(T.SUBJECT_OF_MODAL_AFTER, re.I)
_INDEFINITE_BEFORE = regex_cache.compile(T.INDEFINITE_BEFORE_WEEKDAY, re.I)
_TIMELINE_ITEM_BEFORE = regex_cache.compile(T.TIMELINE_ITEM_BEFORE)
_MONTH_NAMES = "|".join(sorted((re.escape(m) for m in V.MONTHS), key=len, reverse=True))
_RANGE_END_WITH_YEAR = regex_cache.compile(  # "... and 16 August 2023", "- Aug. 16, 2023", "to 3 January 2024"
    r"\s*(?:-|–|—|to|and|until|till|through)\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?P<month>" + _MONTH_NAMES + r")(?![a-z])\.?\s*(?:(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?P<year>1[6-9]\d\d|20\d\d)(?!\d)",
    re.I)
_MONTH_OPENS = regex_cache.compile(r"\s*(?:(?:In|By|Then,?|Later,?|And)\s+)?(?:(?:early|late|mid)[\s-]+)?")
_NEGATED_BEFORE = regex_cache.compile(T.NEGATED_BEFORE, re.I)
_TIMELINE_ITEM_AFTER = regex_cache.compile(T.TIMELINE_ITEM_AFTER)
_BESIDE_HAPPENING_AFTER = regex_cache.compile(A.WEEKDAY_BESIDE_HAPPENING_AFTER, re.I)
_WOULD_BETWEEN = regex_cache.compile(r"\bwould\b", re.I)
_WILL = regex_cache.compile(T.TRUE_FUTURE, re.I)
_UNTIL_BEFORE = regex_cache.compile(r"\b(?:until|till|(?P<through>through))\s+(?P<atleast>at\s+(?:the\s+)?(?:least|earliest)\s+)?$",
                           re.I)
_FROM_BEFORE = regex_cache.compile(r"\bfrom\b", re.I)
_PERIOD_TO_BEFORE = regex_cache.compile(r"\b(?:" + "|".join(sorted(T.PERIOD_NOUNS)) + r")\s+(?:to|ended|ending|through)\s+$", re.I)
# the end word of a range of days before a weekday, maybe with a part of the day or "midnight on" ("until Saturday
# morning", "through midnight on Sunday"); not "before": "shortly before midnight on Sunday" is no range's end
# (a few words between "until" and the date, "until early Saturday morning"; none after "to", whose infinitive is no
# span's end: "due to expire at midnight on Sunday")
_RANGE_END_BEFORE = regex_cache.compile(r"\b(?:(?:until|till|through|thru)\s+(?:[\w:.]+\s+){0,3}|to\s+(?:the\s+)?)$", re.I)
_COMING_BEFORE = regex_cache.compile(r"\b(?:ahead\s+of|followed\s+by|before|until|till|next|upcoming|coming|due|"
                            r"scheduled|set|planned|slated|deadline|expected|expects|expire[sd]?|payable|effective)\b",
                            re.I)
# the word before a date, past "on": "made Friday", "held on Saturday"
_WORD_BEFORE = regex_cache.compile(r"([A-Za-z]+)\s+(?:on\s+)?$")
_DAY_BEFORE = regex_cache.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$")


# the four words after a possessive weekday ("Saturday's 2:30 p.m. kickoff")
_POSSESSIVE_WORDS = regex_cache.compile(r"['’]s((?:\s+[\w.:-]+){1,4})")


def _country_holiday(text: str) -> str | None:
    """The name in ``V.COUNTRY_HOLIDAYS`` that the holiday ``text`` ends with ("Mali's Independence Day"), if any."""
    low = text.lower()
    return next((k for k in V.COUNTRY_HOLIDAYS if low.endswith(k)), None)


class CalendarDates(ReferenceTimes):
    """Resolution of ``calendar`` rules: a month, day or quarter written without all its fields takes them from
    the publication date, by tense, or from the year the sentence or story is in. Mixed into :class:`Resolver`."""

    # -- kinds ------------------------------------------------------------
    def _calendar(self, r: Resolved, f: dict[str, Any], tense: str, cue: str | None, para: int = -1) -> bool:
        if ("eve" in f and "lunar" not in f) or "morrow" in f:  # "the eve of Easter": the day before the holiday
            after = "morrow" in f  # "the day after Thanksgiving"
            ok = self._calendar(r, {k: v for k, v in f.items() if k not in ("eve", "morrow")}, tense, cue, para)
            if ok and DAY_VALUE.fullmatch(r.value):
                r.value = day_value(date.fromisoformat(r.value) + (_ONE_DAY if after else -_ONE_DAY))
                r.why += "; the day after it" if after else "; its eve is the day before"
            return ok
        if "weekendof" in f:  # "the weekend of Nov. 7-8", "the Easter weekend": the weekend of that day's week
            ok = self._calendar(r, {k: v for k, v in f.items() if k != "weekendof"}, tense, cue, para)
            if ok and DAY_VALUE.fullmatch(r.value):
                r.value = week_value(date.fromisoformat(r.value)) + "-WE"
                r.why += "; the weekend of that day's week"
            return ok
        if "wkbefore" in f or "wkafter" in f:  # "the Saturday before Thanksgiving": the nearest Saturday before it
            after = "wkafter" in f
            ok = self._calendar(r, {k: v for k, v in f.items() if k not in ("wkbefore", "wkafter", "weekday")},
                                tense, cue, para)
            if ok and DAY_VALUE.fullmatch(r.value):
                holiday = date.fromisoformat(r.value)
                gap = (f["weekday"] - holiday.isoweekday()) % 7 or 7
                r.value = day_value(holiday + timedelta(days=gap) if after else holiday - timedelta(days=7 - gap % 7))
                r.why += f"; the {'first' if after else 'last'} such weekday {'after' if after else 'before'} it"
            return ok
        if "md1" in f:  # "Tue 11/23": a month and a day in the article's order, the year from the weekday
            a, b = int(f["md1"]), int(f["md2"])
            mo, dd = (a, b) if self.date_order == "MDY" else (b, a)
            if mo > 12 and dd <= 12:
                mo, dd = dd, mo
            f = {k: v for k, v in f.items() if k not in ("md1", "md2")} | {"month": mo, "day": dd}
        dct = self.dct
        tail = self._tail(f)
        year = f.get("year", f.get("yearw"))
        if "yy" in f:  # "FY11"
            year = N.two_digit_year(int(f["yy"]))
        if "y2000" in f:
            year = 2000
        if "weekno" in f:  # "epidemiological week 32": an ISO week, of the year given or the nearest one it fits
            week = int(f["weekno"])
            if not 1 <= week <= 53:
                return False
            if year is None:
                if dct is None:
                    return self._no_year(r, f"XXXX-W{week:02d}", "week number without a year")
                # the nearest such week ("week 52", written in the second week of January, is last year's)
                y0 = dct.isocalendar()[0]
                fits = [y for y in (y0 - 1, y0, y0 + 1) if week <= date(y, 12, 28).isocalendar()[1]]
                year = min(fits, key=lambda y: abs((date.fromisocalendar(y, week, 4) - dct).days), default=y0)
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                r.why = f"the week {week} nearest the publication date"
            else:
                r.anchor_kind, r.why = "absolute", f"week {week} of {year}"
            r.value = f"{int(year):04d}-W{week:02d}"
            return True
        if "era" in f:
            num = int(re.search(r"\d+", r.text).group())  # (after a hedge or an era: "around 480 BC", "A.D. 100")
            r.value = f"BC{num:04d}" if f["era"].upper().startswith("B") else f"{num:04d}"
            r.anchor_kind, r.why = "absolute", "year with era"
            return True
        if "n1" in f:  # numeric date
            a, b, c = int(f["n1"]), int(f["n2"]), int(f["n3"])
            if len(f["n3"]) == 2:
                c = N.two_digit_year(c)
            order = self.date_order
            basis = " (as the article's other numeric dates show)" if self.order_basis == "article" else \
                f" (as the article writes its dates, {'day' if order == 'DMY' else 'month'} first)" \
                if self.order_basis == "written" else \
                " (the other order would put it well after publication)" if self.order_basis == "published" else ""
            if f.get("sep") == "." and self.order_basis != "article":
                order, basis = "DMY", " (a dotted date is written day first)"  # "4.3.2025": 4 March, wherever written
            mo, dd = (a, b) if order == "MDY" else (b, a)
            if mo > 12 and dd <= 12:
                mo, dd = dd, mo
            date(c, mo, dd)
            r.value, r.anchor_kind = day_value(date(c, mo, dd)), "absolute"
            r.why = f"numeric date read as {order}{basis}"
            return True
        if "monthnum" in f:
            d = date(int(f["year"]), int(f["monthnum"]), int(f["daynum"]))
            r.value, r.anchor_kind, r.why = day_value(d) + tail, "absolute", "ISO date"
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
            bc = "BC" if f.get("cera", "A").upper().startswith("B") else ""
            r.value, r.anchor_kind, r.why = f"{bc}{int(f['ord']) - 1:02d}", "absolute", \
                "nth century = (n-1)XX" + (" before Christ" if bc else "")
            return True
        if "holiday" in f:
            month_day, national = f["holiday"], ""
            country_holiday = _country_holiday(r.text)
            if country_holiday is not None:  # "Mali marks Independence Day": Mali's
                s0, s1, _ = self._sentence_of(r.start)
                month_day, national = C.country_holiday(country_holiday, self.text, s0, s1, r.start)
            f = dict(f, month=month_day[0], day=month_day[1], national=national)
            if f.get("clock") == (24, 0) and not _EVE.search(r.text):
                tail = "T00:00"  # "at the stroke of midnight on New Year's Day" begins it; on an eve, it ends it
        if "hmonth" in f:
            return self._hijri_day(r, int(f["hmonth"]), int(f["day"]), f.get("hyear"), tense, cue)
        if "lunar" in f:
            if year is not None and V.HIJRI_YEARS[0] <= int(year) <= V.HIJRI_YEARS[1] and f["lunar"][0] == "islamic":
                return self._lunar(r, f["lunar"], None, tense, cue, "eve" in f, f.get("ledge"), int(year))
            return self._lunar(r, f["lunar"], year, tense, cue, "eve" in f, f.get("ledge"))
        if "feast" in f:
            return self._feast(r, int(f["feast"]), year, tense, cue)
        if "nthday" in f:
            return self._nth_weekday_holiday(r, f["nthday"], year, tense, cue)
        if "ord" in f and "weekday" in f and "month" in f:  # "the first Monday in October"
            ok = self._nth_weekday_holiday(r, (int(f["month"]), int(f["weekday"]), int(f["ord"]), 0), year, tense, cue)
            if ok and f.get("weekend") and DAY_VALUE.fullmatch(r.value):  # "the first weekend of December"
                r.value = week_value(date.fromisoformat(r.value)) + "-WE"
                r.why += "; the weekend of that Saturday"
            return ok
        if "halfword" in f:
            n = 1 if f["halfword"].lower() == "first" else 2
            r.value, r.anchor_kind, r.why = f"{year:04d}-H{n}", "absolute", "two quarters of a year make a half"
            return True
        if "endperiod" in f:  # "the December quarter": the quarter (or half) that ends in that month
            months = 3 if f["endperiod"].lower() == "quarter" else 6
            month = int(f["month"])
            if month % months:
                return False
            f = {k: v for k, v in f.items() if k not in ("month", "endperiod")}
            return self._quarter(r, dict(f, ord=month // months, unit="Q" if months == 3 else "H"), year, para)
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
            return self._quarter(r, f, year, para, cue)
        if "ord" in f and ("quarter" in r.text.lower() or f.get("unit") == "H" or f.get("code") in ("Q", "H")):
            return self._quarter(r, f, year, para, cue)
        month, day, weekday, season = f.get("month"), f.get("day"), f.get("weekday"), f.get("season")
        if r.rule == "date_weekday_ordinal_day" and year is None:
            return self._weekday_day(r, int(weekday), int(day), tense, cue)
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
                # (a cue right before it decides as for a month: "have promised to follow in the spring")
                # (and a target reached by then lies ahead: "a deal by the summer", said last week)
                direction, basis = (cue, "cue") if cue in ("past", "future") else ("future", "target cue") \
                    if cue == "target" else (tense, "tense")
                year = N.year_for_season(dct, season, direction)
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                r.why = f"season placed by {direction} {basis} from the publication date"
            elif r.anchor_kind not in ("publication", "previous"):
                r.anchor_kind, r.why = "absolute", "season of a year"
            r.value = f"{year:04d}-{season}"
            return True
        nth_week = str(f.get("weekord", "")).lower()
        if f.get("week") and month and (day or nth_week):
            held = day or _WEEK_OF_MONTH_DAY.get(nth_week, 28)  # (the last week: the month's last day, below)
            if year is None:
                if dct is None:
                    return self._no_year(r, "XXXX-WXX", "week without a year")
                year = N.year_for_day(dct, month, held, tense, cue)
            if nth_week and nth_week not in _WEEK_OF_MONTH_DAY:
                held = calendar.monthrange(year, month)[1]
            r.value = week_value(date(year, month, held))
            r.why = f"the week containing {date(year, month, held).isoformat()}" + (
                f", in the {nth_week} week of the month" if nth_week else "")
            return True
        if month and day:
            if day > 31:
                return False
            written = year is not None
            if year is None:
                year = self._framed(r, tense)
            if year is None:
                if dct is None:
                    if day > calendar.monthrange(2000, month)[1]:
                        return False
                    return self._no_year(r, f"XXXX-{month:02d}-{day:02d}{tail}", "month and day without a year")
                if tense == "future" and not weekday and _TIMELINE_ITEM_AFTER.match(self.text, r.end) \
                        and _TIMELINE_ITEM_BEFORE.search(self.text, max(0, r.start - 8), r.start):
                    tense = "none"  # "12 October: coalition talks open", a timeline's item: the nearest
                year = N.year_for_day(dct, month, day, tense, self._day_cue(r, tense, cue), weekday)
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                if (end := _RANGE_END_WITH_YEAR.match(self.text, r.end)) is not None:
                    # "between 14 August and 16 August 2023": the start of a range takes its end's year (or the
                    # year before, when it lies later in the calendar: "from 28 December to 3 January 2024")
                    end_md = (V.MONTHS[end.group("month").lower()], int(end.group("day") or end.group("day2") or 0))
                    ey = int(end.group("year"))
                    year = ey - 1 if (month, day) > end_md and end_md[1] else ey
                    r.anchor, r.anchor_kind = str(ey), "previous"
                    r.why = f"the start of a range whose end is in {ey}"
                else:
                    r.why = (f"{f.get('national') or ''}year from the publication date ("
                             f"{'weekday fits, ' if weekday else ''}{cue or tense} {'cue' if cue else 'tense'})")
                if end is None and weekday and tense == "past" and cue is None and date(year, month, day) > dct:
                    year = self._story_weekday_year(r, year, month, day, weekday)
                if not weekday and tense != "future" and cue != "future":
                    year = self._near_sentence_date(r, year, month, day)
                    if r.anchor_kind == "publication":  # "crashed in November 2024. [...] on November 15"
                        year = self._story_day(r, year, month, day,
                                               untensed=tense not in ("past", "future") and cue is None)
                elif tense == "future" and cue != "future":
                    year = self._future_of_the_past(r, year, month, day)
            elif written:
                r.anchor_kind, r.why = "absolute", "full date"
            d = date(year, month, day)
            if weekday and d.isoweekday() != weekday:
                r.why += "; weekday does not match the date"
            r.value = day_value(d) + tail
            return True
        if month:
            if year is None:
                year = self._framed(r, tense)
            if year is None:
                if dct is None:
                    return self._no_year(r, f"XXXX-{month:02d}", "month without a year")
                if cue is None and _DATA_AFTER.match(self.text, r.end) and (
                        tense == "past" or _months_back(dct, month) <= T.DATA_MONTHS_BACK):
                    cue = "past"  # "February's inflation figures will be released": data of a month gone by
                elif cue is None and (m := _SCHEDULED_FOR.search(self.text, max(0, r.start - 70), r.start)) \
                        and not PLUPERFECT_AFTER.search(self.text, r.end, r.end + 80) \
                        and not (tense == "past" and _VERB_FOR.match(m.group())
                                 and _NOUN_BEFORE_PARTICIPLE.search(self.text, max(0, m.start() - 20), m.start())):
                    # (a participle after its noun leaves the month to the sentence: "A vote planned for June was
                    # abandoned on 3 June", written in October, is this June's)
                    cue = "future"  # "the ministers' meeting, which Talaura has now confirmed for March"
                labelling = cue in (None, "past", "future") and (cue or tense) != "none" \
                    and _LABELLING_AFTER.match(self.text, r.end) \
                    and _LABELLING_BEFORE.search(self.text, max(0, r.start - 8), r.start)
                if labelling:
                    year = N.year_for_month(dct, month, "none")
                    if abs(year * 12 + month - dct.year * 12 - dct.month) > T.LABELLING_MONTH_NEAR:
                        labelling = False
                if not labelling:
                    year = N.year_for_month(dct, month, tense, cue)
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                if labelling:
                    r.why = "a month that labels a happening: the nearest such month to the publication date"
                elif cue or tense != "none":
                    r.why = f"month placed by {cue or tense} {'cue' if cue else 'tense'} from the publication date"
                else:
                    r.why = "the nearest such month to the publication date"
                if not labelling and cue is None and tense in ("past", "none"):
                    year = self._story_month(r, year, month)
                if year != dct.year and self._year_sentence == self._sentence and cue != "past":
                    # "cuts this year, at meetings in November and December": months of that year
                    year, r.anchor, r.anchor_kind = dct.year, f"{dct.year:04d}", "previous"
                    r.why = "in the publication's year, which its sentence names"
                last = self.last
                if last is not None and self.last_end >= 0 and _MONTH_VALUE.fullmatch(last.value) \
                        and _MONTHS_JOINED.fullmatch(self.text, self.last_end, r.start):
                    # "in March and April", "from November to April": the first such month after the one before
                    year = last.start.year + (month <= last.start.month)
                    r.anchor, r.anchor_kind = last.value, "previous"
                    r.why = f"the month after {last.value} it is joined to"
            else:
                r.anchor_kind, r.why = "absolute", "month and year"
            r.value = f"{year:04d}-{month:02d}"
            return True
        if weekday:
            if dct is None:
                return self._no_year(r, f"XXXX-WXX-{weekday}{tail}", "weekday without a publication date")
            near = self.last_day
            last = self.last
            gap = (weekday - last.start.isoweekday()) % 7 if last is not None else -1
            if last is not None and last.start == last.end and gap in (0, 1, 6) and self.last_end >= 0 \
                    and BRACKET_BETWEEN.fullmatch(self.text, self.last_end, r.start):
                # "on 18.04.2026 (Saturday)": the weekday of the date it is set beside; "at 12am on Wednesday,
                # February 18 (9pm GMT Tuesday)": the day before, that moment in another zone
                d = last.start + timedelta(days=gap if gap < 6 else -1)
                r.value, r.anchor, r.anchor_kind = day_value(d) + tail, last.value, "previous"
                r.why = f"the weekday of {last.value}, the date it is set beside in brackets" if gap == 0 else \
                    f"the {DAY_NAMES[weekday - 1]} next to {last.value}, the date it restates in brackets"
                return True
            week = self.frame_week
            if week is not None and week[0] == self._sentence and "weekord" not in f and (
                    cue is None or (cue == "past" and week[1] <= dct) or (cue == "future" and week[1] + _SIX_DAYS >= dct)):
                # "Next week brings the Bank of England's decision on Thursday": the Thursday of that week
                d = week[1] + timedelta(days=weekday - 1)
                r.value, r.anchor, r.anchor_kind = day_value(d) + tail, week[2], "previous"
                r.why = f"the {DAY_NAMES[weekday - 1]} of {week[2]}, the week that opens its sentence"
                return True
            if near is not None and self.text[max(0, r.start - 4):r.start].lower() == "the " and "weekord" not in f \
                    and near.start != dct and abs((near.start - dct).days) > 3:
                # "the Saturday evening" after "Sunday 1 February": the Saturday next to the day the story is at
                gap = (weekday - near.start.isoweekday()) % 7
                side = m.group("side").lower() if (m := _BESIDE_HAPPENING_AFTER.match(self.text, r.end)) else ""
                if side in ("after", "following"):  # "the Saturday after the collapse": the first one after
                    d, how = near.start + timedelta(days=gap or 7), "the first after"
                elif side:  # "the Friday before the vote": the last one before
                    d, how = near.start - timedelta(days=(7 - gap) % 7 or 7), "the last before"
                else:
                    d, how = near.start + timedelta(days=gap if gap <= 3 else gap - 7), "the one nearest"
                r.value, r.anchor, r.anchor_kind = day_value(d) + tail, near.value, "previous"
                r.why = f"\"the {DAY_NAMES[weekday - 1]}\": {how} {near.value}, the day last mentioned"
                return True
            if _INDEFINITE_BEFORE.search(self.text, max(0, r.start - 24), r.start):
                # "on a wet Friday afternoon in 1979": some such day, not the one nearest publication
                return self._no_year(r, f"XXXX-WXX-{weekday}{tail}", "a weekday after \"a\": some such day")
            if LINE_START_BEFORE.search(self.text, max(0, r.start - 8), r.start) \
                    and _WEEKDAY_STAMP_AFTER.match(self.text, r.end) and self.is_live_blog():
                # "Wednesday, 6:10 p.m. - CVE now says some customers may not have power until Friday": a live blog's
                # entry stamp, written on or before publication, whatever the tense of the entry
                direction, basis, cue = "past", "cue", "live blog's entry stamp"
            elif cue in ("past", "future"):  # "announced Friday, ... would receive"
                direction, basis = cue, "cue"
            elif _SUBJECT_OF_MODAL_AFTER.match(self.text, r.end) and _SAYING_BEFORE.search(
                    self.text, max(0, r.start - 24), r.start):
                # "The office said Saturday would be declared a day of national mourning": the subject of what will be
                direction, basis, cue = "future", "cue", "future"
            elif cue == "target" and tense != "future" and (u := _UNTIL_BEFORE.search(
                    self.text, max(0, (at := self._clock_on_start(r.start)) - 26), at)) \
                    and not (u.group("through") and _FROM_BEFORE.search(self.text, max(self._sentence, r.start - 60),
                                                                         r.start)):
                # "had suspended all its flights until Monday", "issued a red flag warning through 8 p.m. Wednesday":
                # the Monday nearest, the coming one on a tie (not the end of a span: "ran from Monday through Friday")
                ahead, back = N.weekday_from(dct, weekday, "future"), N.weekday_from(dct, weekday, "past")
                direction, basis = ("future" if (ahead - dct) <= (dct - back) or u.group("atleast") else "past"), "cue"
                # ("until at least Tuesday" looks ahead: the coming one)
            elif cue == "target" and tense != "past" and _NEGATED_BEFORE.search(
                    self.text, max(self._sentence, r.start - 60), r.start):
                direction, basis, cue = "future", "cue", "future"  # "No reopening before Wednesday": the coming one
            elif tense == "past" and (m := _SCHEDULED_FOR.search(self.text, max(0, r.start - 70), r.start)) \
                    and not _HAD_BEFORE.search(self.text, max(0, m.start() - 16), m.start()):
                # (not "The launch had been set for Friday": a plan for a day gone by)
                direction, basis, cue = "future", "cue", "future"  # "called a general strike for Wednesday"
            elif self.text.startswith(("'s", "’s"), r.end) and (
                    (tense == "future" and cue in (None, "target"))
                    or _AHEAD_OF.search(self.text, max(0, r.start - 28), r.start) is not None):
                # a possessive names a day's happening, which the future of its clause need not share ("will respond to
                # Tuesday's vote", written on Wednesday; "will face Saturday's winners", written on Wednesday), nor the
                # tense of what led up to it ("showed no sign of fading ahead of Thursday's march"): the nearest such
                # day, the coming one on a tie
                ahead, back = N.weekday_from(dct, weekday, "future"), N.weekday_from(dct, weekday, "past")
                direction, basis = ("future" if (ahead - dct) <= (dct - back) else "past"), "possessive"
            else:
                direction, basis = ("future" if tense == "future" or (tense == "present" and self._timetabled(r))
                                    else "past"), "tense"
            d = N.weekday_from(dct, weekday, direction)
            last = self.last
            if last is not None and last.start == last.end and d <= last.start and self.last_end >= 0 \
                    and not self.last_dayless and (RANGE_BETWEEN_DATES.fullmatch(self.text, self.last_end, r.start)
                         or (cue == "target" and self.last_end > self._sentence
                             and _RANGE_END_BEFORE.search(self.text, max(self._sentence, r.start - 30), r.start))
                         or (_ALTERNATIVE_BETWEEN.fullmatch(self.text, self.last_end, r.start)
                             and N.weekday_from(last.start, weekday, "future", strict=True) == last.start + _ONE_DAY)):
                # the end of a range of days comes after its start ("from Monday to Friday", "reduced from Monday
                # night and will not return to normal until Saturday morning"; not a list: "statements made Friday
                # and Thursday"; nor after a clock time with no day of its own, placed for now on a day in context:
                # "Talks ran from 9am to 5pm on Tuesday" is the Tuesday gone)
                d = N.weekday_from(last.start, weekday, "future", strict=True)
                r.value, r.anchor, r.anchor_kind = day_value(d) + tail, last.value, "previous"
                r.why = f"the {DAY_NAMES[weekday - 1]} after {last.value}, the range's first day"
                return True
            r.value = day_value(d) + tail
            r.anchor, r.anchor_kind = day_value(dct), "publication"
            r.why = (f"the {direction} {DAY_NAMES[weekday - 1]} nearest the publication date "
                     f"({cue if basis == 'cue' else tense} {basis})")
            if basis == "possessive":
                r.why = (f"the {DAY_NAMES[weekday - 1]} nearest the publication date, before or after it: a possessive "
                         f"names that day's happening, whatever the future of its clause")
            if d == dct and direction == "past" and tail == "TNI" and r.text.split()[0].lower() in V.NIGHT_THROUGH_WORDS:
                r.value = day_value(d - _ONE_DAY) + tail
                r.why += "; the night that ended on that day's morning"
            return True
        if year is not None:
            r.value, r.anchor_kind, r.why = f"{year:04d}", "absolute", "a year"
            return True
        return False

    def _future_of_the_past(self, r: Resolved, year: int, month: int, day: int) -> int:
        """The year of a day ahead of a past date of its sentence, when "would" tells the future from then ("Officials
        had predicted in mid-August that the fire would not be contained until Oct. 15", written in February: the
        October after that August); else ``year``."""
        last, dct = self.last, self.dct
        if last is None or dct is None or self._last_sentence != self._sentence or self.last_end > r.start \
                or last.end >= dct or not _WOULD_BETWEEN.search(self.text, self.last_end, r.start):
            return year
        try:
            ahead = N.year_for_day(last.end, month, day, "future")
        except (OverflowError, ValueError):  # beyond the calendar's ends
            return year
        if ahead != year:
            r.anchor, r.anchor_kind = last.value, "previous"
            r.why = f"ahead of {last.value}, the past date of its sentence that \"would\" tells the future from"
        return ahead

    def _clock_on_start(self, start: int) -> int:
        """Where the clock time and "on" before a day begin ("until 6 p.m. on Tuesday"), else ``start``."""
        if self.text[start - 3:start - 1] != "on":
            return start
        m = CLOCK_ON_BEFORE.search(self.text, max(self._sentence, start - 30), start)
        return start if m is None else m.start()

    def _day_cue(self, r: Resolved, tense: str, cue: str | None) -> str | None:
        """The cue that places a day of the year written without one: in a past sentence with no cue of its own, the
        day just past when a past verb says what happened on it ("He was born on May 1", "Police found the body on
        March 30", "Shops were shut on Good Friday"); else the tense's, which takes the coming one up to
        ``N.UPCOMING_DAYS`` ahead ("has announced two further strike days, on March 5", "agreed to cut output from
        July 1", "with the second round closing on 15 May", written weeks before)."""
        if cue is None and tense == "past" and _past_verb_on_before(self.text, r.start):
            return "past"
        if cue is None and tense == "future" and _PERIOD_TO_BEFORE.search(self.text, max(0, r.start - 30), r.start):
            # "is due to publish results for the six months to Aug. 31 on Nov. 20": the period reported on, the nearest
            # such end, not the one a year ahead
            return "nearest"
        if cue is None and tense == "past" and (m := _SCHEDULED_FOR.search(self.text, max(0, r.start - 70), r.start)) \
                and not _VERB_FOR.match(m.group()) and not _HAD_BEFORE.search(self.text, max(0, m.start() - 16), m.start()):
            # "dissolving parliament and setting a snap election for June 7": the coming one; a participle right
            # before "for" leaves the day to the sentence ("Elections scheduled for April 29 were cancelled")
            return "future"
        return cue

    def _lunar(self, r: Resolved, spec: tuple[str, object, int], year: int | None, tense: str,
               cue: str | None, eve: bool = False, edge: str | None = None, hijri: int | None = None) -> bool:
        """A holiday of the Hebrew, Islamic or Chinese calendar ("Passover", "during Ramadan", "Lunar New Year"),
        or its ``eve``, the day before it ("on the eve of Ramadan": the day before the month's first); of a month-long
        one, its first or last day (``edge``: "the first day of Ramadan", "the end of Ramadan"); ``hijri``: the Islamic
        year written after it ("Ramadan 1447")."""
        month_long = spec[0] == "islamic" and spec[2] == 0
        if hijri is not None:
            d, r.anchor_kind = C.islamic_holiday(int(spec[1]), spec[2], hijri), "absolute"
            r.why = f"Islamic year {hijri}; "
        elif year is None:
            if self.dct is None:
                return self._no_year(r, "XXXX-XX" if month_long else "XXXX-XX-XX", "a holiday of the moon without a year")
            days = C.holiday_occurrences(spec, self.dct.year)
            ongoing = [d for d in days if month_long and d <= self.dct <= C.islamic_month_end(C.islamic_year_at(d),
                                                                                               int(spec[1]))]
            if ongoing:  # the month under way when the article was written ("If the moon is not sighted, Ramadan
                d = ongoing[0]  # will complete 30 days", written in its third week)
                r.why = "the one under way on the publication date; "
            else:
                d = N.pick_occurrence(self.dct, days, tense, self._day_cue(r, tense, cue))
                r.why = f"the one the publication date's {cue or tense} {'cue' if cue else 'tense'} points to; "
            r.anchor, r.anchor_kind = day_value(self.dct), "publication"
        else:
            days = [d for d in C.holiday_occurrences(spec, year) if d.year == year]
            if not days:
                return False
            d, r.anchor_kind = days[0], "absolute"
        if month_long and edge:
            last = edge.lower().startswith(("end", "last"))
            day = C.islamic_month_end(C.islamic_year_at(d), int(spec[1])) if last else d
            r.value = day_value(day)
            r.why += f"{spec[0].capitalize()} calendar: the month runs from {d.isoformat()}; its {'last' if last else 'first'} day"
            return True
        month = None if eve else C.holiday_month(spec, d)
        r.value = month or day_value(d - _ONE_DAY if eve else d)
        r.why += f"{spec[0].capitalize()} calendar: {'begins' if month_long else 'falls on'} {d.isoformat()}"
        if month:
            r.why += f", most of it in {month}"
        if spec[0] == "islamic":
            r.why += " (Umm al-Qura practice; a local sighting may differ by a day)"
        if eve:
            r.why += "; its eve is the day before"
        return True

    def _weekday_day(self, r: Resolved, weekday: int, day: int, tense: str, cue: str | None) -> bool:
        """A weekday and a day of the month ("Monday 13th"): of the months around publication, the day that falls on
        that weekday, the one the tense points to (the nearest without one)."""
        dct = self.dct
        if dct is None:
            return self._no_year(r, f"XXXX-XX-{day:02d}", "a weekday and a day of a month without a date")
        cands = C.days_on_weekday(weekday, day, dct.year, dct.month)
        if not cands:
            return False
        direction = cue if cue in ("past", "future") else tense
        past = [d for d in cands if d <= dct]
        future = [d for d in cands if d >= dct]
        d = past[-1] if direction == "past" and past else future[0] if direction == "future" and future else \
            min(cands, key=lambda x: (abs((x - dct).days), x))
        r.value, r.anchor, r.anchor_kind = day_value(d), day_value(dct), "publication"
        r.why = f"the {'nearest' if direction not in ('past', 'future') else direction} day {day} that falls on that weekday"
        return True

    def _hijri_day(self, r: Resolved, month: int, day: int, hyear: str | None, tense: str, cue: str | None) -> bool:
        """A day of an Islamic month ("8 Ramadan 1447"; without its year, the one the tense points to)."""
        if not 1 <= day <= 30:
            return False
        if hyear is not None:
            d, r.anchor_kind = C.islamic_holiday(month, day, int(hyear)), "absolute"
            r.why = f"Islamic calendar: {day} of month {month} of {hyear}"
        elif self.dct is None:
            return self._no_year(r, "XXXX-XX-XX", "a day of an Islamic month without its year")
        else:
            d = N.pick_occurrence(self.dct, C.holiday_occurrences(("islamic", month, day), self.dct.year), tense,
                                  self._day_cue(r, tense, cue))
            r.anchor, r.anchor_kind = day_value(self.dct), "publication"
            r.why = f"Islamic calendar: {day} of month {month}, the one the publication date's {cue or tense} points to"
        r.value = day_value(d)
        r.why += " (Umm al-Qura practice; a local sighting may differ by a day)"
        return True

    def _timetabled(self, r: Resolved) -> bool:
        """Is a weekday in a present-tense clause a day timetabled ahead ("The festival is held on Saturday", "The
        match is on Thursday")? Not a label ("Thursday's closing price", "follows Tuesday's declaration"), nor after a
        participle that says what was done ("statements made Friday")."""
        if self._label(r):
            after = _POSSESSIVE_WORDS.match(self.text, r.end)
            # (but "Saturday's 2:30 p.m. kickoff is Senior Day": a timetabled happening's day)
            return after is not None and any(w.lower() in T.SCHEDULED_EVENT_NOUNS for w in after.group(1).split())
        if _STATUS_AS_OF_BEFORE.search(self.text, max(0, r.start - 10), r.start):
            return False  # "cases as of Friday afternoon": when it was counted
        before = _WORD_BEFORE.search(self.text, max(0, r.start - 24), r.start)
        while before is not None and before.group(1).lower() in ("and", "or"):
            day = _DAY_BEFORE.search(self.text, max(0, before.start() - 14), before.start())
            if day is None:
                break
            # "made Friday and Thursday": the word before the list's first day
            before = _WORD_BEFORE.search(self.text, max(0, day.start() - 24), day.start())
        if before is None:
            return True
        w = before.group(1).lower()
        if (w.endswith("ed") or w in T.PAST_CUES) and w not in T.TIMETABLE_PARTICIPLES:
            # a present passive is a state on that day ("Classes are suspended on Thursday"), not what was done
            aux = _WORD_BEFORE.search(self.text, max(0, before.start() - 16), before.start())
            return aux is not None and aux.group(1).lower() in T.PRESENT_AUXILIARIES
        return True

    def _story_weekday_year(self, r: Resolved, year: int, month: int, day: int, weekday: int) -> int:
        """The year of a weekday and a day told in the past whose weekday fits only a year ahead of publication:
        the story's, when it fits the year of the last day the article named before publication, at most
        ``T.STORY_WEEKDAY_MAX_DAYS`` after that day ("On Monday, March 8 [1976] [...] At around 11 p.m. on Wednesday,
        March 10": 1976, not 2027), else ``year``."""
        near = self.last_day
        if near is None or self.dct is None or near.start >= self.dct:
            return year
        for y in (near.start.year, near.start.year + 1):
            if y != year and day <= calendar.monthrange(y, month)[1] and date(y, month, day).isoweekday() == weekday \
                    and 0 <= (date(y, month, day) - near.start).days <= T.STORY_WEEKDAY_MAX_DAYS:
                r.anchor, r.anchor_kind = near.value, "previous"
                r.why = f"the year of the story's last day {near.value}, where the weekday fits (past tense)"
                return y
        return year

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
        """The year of a month that opens a past sentence ("In February, he crossed into Belgium") right after a sentence
        that named a month or day with its year at least a year before publication, one to three months before it
        ("That changed in January 2025"): the story goes on in that year (``T.STORY_MONTH_STEPS``; not after the start
        of a span, "The heaters were sold from November 2025", nor a month inside a sentence)."""
        sd, dct = self.story_date, self.dct
        if sd is None or dct is None or sd[0] != self._sent_i - 1 or self.story_date_bound \
                or (dct - sd[1]).days < 365 or not _MONTH_OPENS.fullmatch(self.text, self._sentence, r.start):
            return year
        step = (month - sd[1].month) % 12
        if not 1 <= step <= T.STORY_MONTH_STEPS:
            return year
        r.anchor, r.anchor_kind = sd[2], "previous"
        r.why = f"a month that opens its sentence {step} month(s) after {sd[2]}, the date the story is told from"
        return sd[1].year + (1 if month < sd[1].month else 0)

    def _story_day(self, r: Resolved, year: int, month: int, day: int, untensed: bool) -> int:
        """The year of a day written without one that follows, in this sentence or the one before, a date written with
        its year at least a year before publication, in that date's own month: the story is told from then ("crashed
        in November 2024. [...] struck the ground at 6:56 p.m. on November 15" is 2024's; "formed in May 2025 [...] on
        18 November" is left to the tense); not before that date's first day unless its sentence has no tense
        (``untensed``), and then from any date before publication. (A month alone is left to the tense: news names the
        year again when it goes back in time; "sold from November 2025 [...] One of the fires, in February", written in
        March 2027, is this February.)"""
        sd, dct = self.story_date, self.dct
        # (in a sentence without a tense or a cue, a day of that date's own month follows it from any date before
        # publication: "on the night of Aug. 4, 2025, [...] [next sentence] the first 911 call, which it puts at 2:51
        # p.m. on Aug. 3", written in February 2026, is 2025's, not the nearest Aug. 3, ahead)
        if sd is None or dct is None or sd[0] < self._sent_i - 1 or (dct - sd[1]).days < (1 if untensed else 365):
            return year
        if month != sd[1].month:
            return year
        if not untensed and day < sd[1].day:
            # a day before that date in a sentence with a tense is the tense's ("the floods of November 4th, 1966.
            # [...] With the holiday on November 1st approaching"; "on December 16, 1971, [...] who tore his
            # hamstring on December 6"): a story told from a date goes on after it
            return year
        if sd[1].year == year:
            return year
        if self.last is not None and not self._last_deictic and self.last.start > sd[1] + timedelta(days=31):
            # the story went on past that month ("submitted it on 16 September 2024, and it was accepted in November of
            # that year. [...] At the September 25 meeting"): the tense's
            return year
        r.anchor, r.anchor_kind = sd[2], "previous"
        r.why = f"in the month of {sd[2]}, the date the story is told from"
        return sd[1].year

    def _framed(self, r: Resolved, tense: str = "none") -> int | None:
        """The year that opens this expression's sentence ("In 2005, Wilma hit Florida in October"), if any:
        a month or day written without a year is in it (``r`` records that anchor); in a past sentence, also the year
        of history that opened an earlier sentence of its paragraph ("In 1964, she talked her way into Mississippi.
        She arrived in Jackson on June 23rd": 1964; ``para_frame``)."""
        fy = self.frame_year
        pf = self.para_frame
        if (fy is None or fy[0] != self._sentence) and pf is not None and pf[0] == self._para and (
                tense == "past" or (tense == "future" and self._future_in_the_past(r))):
            # (and what "would" come then: "In the summer of 2026, the men ordered chemicals. [...] Their target date
            # was Christmas Eve, when the terminal would be packed": 2026's)
            r.anchor, r.anchor_kind = f"{pf[1]:04d}", "previous"
            r.why = "the year of history that opened an earlier sentence of the paragraph"
            return pf[1]
        if fy is None or fy[0] != self._sentence or r.start >= fy[2]:
            return None
        r.anchor, r.anchor_kind = f"{fy[1]:04d}", "previous"
        r.why = "the year that opens the sentence" if fy[2] == len(self.text) else \
            "the year of the \", when\" clause it is in"
        return fy[1]

    def _future_in_the_past(self, r: Resolved) -> bool:
        """Is the future of ``r``'s sentence told with "would", and no "will", "'ll" or "shall"?"""
        end = self.text.find(".", r.end)
        sentence = self.text[self._sentence:end if end >= 0 else len(self.text)]
        return _WOULD_BETWEEN.search(sentence) is not None and _WILL.search(sentence) is None

    def _feast(self, r: Resolved, offset: int, year: int | None, tense: str, cue: str | None) -> bool:
        """A feast dated from Easter ("Good Friday" is two days before Easter Sunday)."""
        if year is None:
            if self.dct is None:
                return self._no_year(r, "XXXX-XX-XX", "a moveable feast without a year")
            year = N.year_for_feast(self.dct, offset, tense, self._day_cue(r, tense, cue))
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
            year = N.year_for_nth_weekday(self.dct, rule, tense, self._day_cue(r, tense, cue))
            r.anchor, r.anchor_kind = day_value(self.dct), "publication"
            r.why = f"year from the publication date ({cue or tense} {'cue' if cue else 'tense'}); "
        else:
            r.anchor_kind = "absolute"
        r.value = day_value(N.nth_weekday(year, month, weekday, n, after))
        which = "last" if n == -1 else f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
        r.why += f"the {which} {DAY_NAMES[weekday - 1]} of {year}-{month:02d}" + (f", {after:+d} days" if after else "")
        return True

    def _quarter(self, r: Resolved, f: dict[str, Any], year: int | None, para: int = -1, cue: str | None = None) -> bool:
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
            # a word right before it that points ahead outweighs the clause ("has been pulled forward to the third
            # quarter", "would complete the sale by the end of the third quarter")
            year = N.year_for_part(self.dct, unit, n, "future" if cue in ("future", "target") else r.tense, reported)
            r.anchor, r.anchor_kind = day_value(self.dct), "publication"
        r.value, r.why = f"{year:04d}-{unit}{n}", f"{'half' if unit == 'H' else 'quarter'} {n}"
        return True


def _months_back(dct: date, month: int) -> int:
    """How many months before the publication month ``month`` last came (0: this month)."""
    return (dct.month - month) % 12

