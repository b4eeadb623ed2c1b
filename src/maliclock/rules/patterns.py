"""The temporal-expression patterns: one row per rule.

Each :class:`Rule` names a surface pattern, the TIMEX3 type it yields, the
*kind* of normalization the resolver applies (see ``maliclock.resolve``), an
example that the test-suite checks it matches, and constant fields merged
into what the pattern captures.

Pattern syntax is Python ``re`` (compiled case-insensitively) plus macros in
braces, each expanding to a named group whose text is normalized through a
vocabulary table:

=============  ====================================  =======================
macro          matches                               field value
=============  ====================================  =======================
``{MONTH}``    January, Jan., Sept                   month 1-12
``{DAY}``      22, 22nd, twenty-second               day 1-31
``{YEAR}``     2012, '89                             year
``{WEEKDAY}``  Wednesday, Wed.                       weekday 1-7 (ISO)
``{POD}``      morning, afternoon, overnight         part of day (MO, AF, ..)
``{SEASON}``   summer, fall, autumn                  season (SU, FA, ...)
``{NUM}``      four, 24, twenty-four, several        number (int, or "X")
``{UNIT}``     days, weeks, years, decades           unit letter (D, W, Y, ..)
``{CUNIT}``    week, month, year, quarter, weekend   unit letter
``{ORD}``      first, 3rd, final                     ordinal (int; -1 last)
``{DSHIFT}``   last, this, next, past, coming        shift -1/0/+1 (deictic)
``{ASHIFT}``   following, previous, same             shift (anaphoric)
``{OFFSET}``   ago, earlier, later, before, after    direction -1/+1
``{HOLIDAY}``  Christmas, New Year's Day             (month, day)
``{MOD}``      about, nearly, early, late, mid       TIMEX3 mod
=============  ====================================  =======================

``{MONTH:m2}`` names the group ``m2`` instead of ``month`` when a pattern
needs two of the same macro. Optional ``not_before``/``not_after`` regexes
veto a match by its immediate context (e.g. "Section 7008"); ``need_before``
requires a context ("twice *a year*").

Resolution kinds (implemented in ``maliclock.resolve``):
``calendar`` (explicit calendar fields), ``deictic`` (unit shifted from the
publication date), ``anaphoric`` (unit shifted from the last mentioned time),
``offset`` (N units before/after a reference), ``duration``, ``set``,
``ref`` (PAST_REF/PRESENT_REF/FUTURE_REF), ``clock`` (time of day).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Rule:
    """One pattern: name, TIMEX3 type, resolution kind, regex, example, constants."""

    name: str
    type: str
    kind: str
    pattern: str
    example: str
    fields: dict[str, Any] = field(default_factory=dict)
    not_before: str | None = None
    not_after: str | None = None
    need_before: str | None = None
    priority: int = 0


def R(name: str, type_: str, kind: str, pattern: str, example: str, **kw: Any) -> Rule:
    """Shorthand constructor for the table below."""
    nb = kw.pop("not_before", None)
    na = kw.pop("not_after", None)
    need = kw.pop("need_before", None)
    pr = kw.pop("priority", 0)
    return Rule(name, type_, kind, pattern, example, kw, nb, na, need, pr)


# Context vetoes shared by rules that match bare numbers.
_NUMBERISH_BEFORE = (r"(?:\b(?:section|sections|article|no\.?|number|nos\.?|room|route|flight|page|pages|"
                     r"resolution|chapter|rule|model|boeing|airbus|code|vol\.?|volume|issue|exit|"
                     r"highway|interstate|suite|apt\.?|box|p\.o\.|rt\.?|paragraph|clause|form|"
                     r"sb|hb|h\.r\.|s\.)\s*|[$#£€¥+]\s*|\d[,.]|[/:.]|(?<!\b\d{4})[-–])$")
_NUMBERISH_AFTER = (r"^(?:\s*(?:%|percent|per cent|people|persons|troops|soldiers|men|women|children|"
                    r"dollars|euros|pounds|yen|francs|shares|tons|tonnes|barrels|miles|kilometers|km|"
                    r"feet|meters|metres|acres|square|votes|units|cars|jobs|workers|employees|members|"
                    r"points|cases|deaths|pages|words|calories|hours|minutes|seconds|days|weeks|"
                    r"months|years|st\.|street|avenue|ave\.|road|blvd)\b|[/:]\d|[.,]\d|[-–](?!\d{4}\b)\d|\d)")

# The order does not matter: overlapping matches are settled by length, then priority.
RULES: list[Rule] = [
    # ---- full and partial calendar dates ---------------------------------
    R("date_month_day_year", "DATE", "calendar", r"{MONTH}\s+{DAY},?\s+{YEAR}", "March 22, 2012"),
    R("date_day_month_year", "DATE", "calendar", r"{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}", "22 March 2012"),
    R("date_weekday_month_day_year", "DATE", "calendar", r"{WEEKDAY},?\s+{MONTH}\s+{DAY},?\s+{YEAR}",
      "Wednesday, March 21, 2012"),
    R("date_weekday_month_day", "DATE", "calendar", r"{WEEKDAY},?\s+{MONTH}\s+{DAY}(?![\d,]|,\s*\d)",
      "Wednesday, March 21"),
    R("date_weekday_day_month", "DATE", "calendar", r"{WEEKDAY},?\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}",
      "Wednesday 21 March"),
    R("date_month_day", "DATE", "calendar", r"{MONTH}\s+{DAY}(?!\d|:|\s*(?:%|percent))", "April 29",
      not_after=r"^,?\s*(?:\d{3,}|million|billion)"),
    R("date_day_month", "DATE", "calendar", r"(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}", "22 March",
      not_before=r"[\d$]\s*$"),
    R("date_month_year", "DATE", "calendar", r"{MONTH},?\s+(?:of\s+)?{YEAR}", "January 2012"),
    R("date_month", "DATE", "calendar", r"{MONTH}", "January",
      not_after=r"^\s+(?:I|we|you|he|she|it|they|be|have|not|also)\b|^-\d"),
    R("date_year", "DATE", "calendar", r"(?<![\w'])(?:{YEAR4})(?![\w'])", "in 2002",
      not_before=_NUMBERISH_BEFORE, not_after=_NUMBERISH_AFTER),
    R("date_year_ad_bc", "DATE", "calendar", r"\d{1,4}\s+(?P<era>B\.?C\.?|A\.?D\.?|BCE|CE)\b", "44 BC"),
    R("date_iso", "DATE", "calendar", r"(?<![\d-])(?P<year>\d{4})-(?P<monthnum>[01]\d)-(?P<daynum>[0-3]\d)(?![\d-])",
      "2012-03-22"),
    R("date_numeric", "DATE", "calendar",
      r"(?<![\d/.-])(?P<n1>\d{1,2})(?P<sep>[/.])(?P<n2>\d{1,2})(?P=sep)(?P<n3>\d{4}|\d{2})(?![\d/.]\d)",
      "03/22/2012"),
    R("date_decade", "DATE", "calendar", r"(?:the\s+)?(?P<decade>1\d\d|20\d)0['’]?s", "the 1990s"),
    R("date_decade_short", "DATE", "calendar", r"the\s+['’]?(?P<dec2>\d)0['’]?s|['’](?P<dec3>\d)0s", "the '80s"),
    R("date_decade_words", "DATE", "calendar", r"(?:the\s+)?(?P<decword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
      "the nineties"),
    R("date_century", "DATE", "calendar", r"(?:the\s+)?{ORD}\s+century", "the 20th century"),
    R("date_season_year", "DATE", "calendar", r"(?:the\s+)?{SEASON}\s+(?:of\s+)?{YEAR}", "the fall of 2011"),
    R("date_season_coordinated", "DATE", "calendar", r"(?:the\s+)?{SEASON}(?=\s+(?:and|or)\s+{SEASON:s2}\s+(?:of\s+)?{YEAR})",
      "the summer (and fall of 2011)"),
    R("date_season_shift", "DATE", "deictic", r"{DSHIFT}\s+{SEASON}", "last summer"),
    R("date_holiday_year", "DATE", "calendar", r"{HOLIDAY}(?:\s*,)?\s+{YEAR}", "Christmas 2011"),
    R("date_holiday", "DATE", "calendar", r"{HOLIDAY}", "Christmas Day"),
    R("date_mod_year", "DATE", "calendar", r"(?P<mod>early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)\s*{YEAR}",
      "late 2011"),
    R("date_mod_month", "DATE", "calendar", r"(?P<mod>early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)\s*{MONTH}(?:,?\s+{YEAR})?",
      "mid-November"),
    # ---- weekdays and parts of day ---------------------------------------
    R("weekday", "DATE", "calendar", r"{WEEKDAY}(?!\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Independent|Mail)\b)",
      "Wednesday"),
    R("weekday_part_of_day", "TIME", "calendar", r"{WEEKDAY}\s+{POD}", "Wednesday afternoon"),
    R("part_of_day_on_weekday", "TIME", "calendar", r"{POD}\s+(?:on|of)\s+{WEEKDAY}", "overnight on Thursday"),
    R("weekday_shift", "DATE", "deictic", r"{DSHIFT}\s+{WEEKDAY}", "last Wednesday"),
    R("weekday_shift_part_of_day", "TIME", "deictic", r"{DSHIFT}\s+{WEEKDAY}\s+{POD}", "last Wednesday night"),
    R("month_shift", "DATE", "deictic", r"{DSHIFT}\s+{MONTH}", "last April"),
    # ---- deictic words ----------------------------------------------------
    R("today", "DATE", "deictic", r"today|this\s+day", "today", unit="D", shift=0),
    R("yesterday", "DATE", "deictic", r"yesterday", "yesterday", unit="D", shift=-1),
    R("tomorrow", "DATE", "deictic", r"tomorrow", "tomorrow", unit="D", shift=1),
    R("day_before_yesterday", "DATE", "deictic", r"the\s+day\s+before\s+yesterday", "the day before yesterday",
      unit="D", shift=-2),
    R("day_after_tomorrow", "DATE", "deictic", r"the\s+day\s+after\s+tomorrow", "the day after tomorrow",
      unit="D", shift=2),
    R("tonight", "TIME", "deictic", r"tonight", "tonight", unit="D", shift=0, pod="NI"),
    R("last_night", "TIME", "deictic", r"last\s+night", "last night", unit="D", shift=-1, pod="NI"),
    R("deictic_day_part_of_day", "TIME", "deictic", r"(?P<dayword>today|yesterday|tomorrow)\s+{POD}",
      "yesterday afternoon"),
    R("this_part_of_day", "TIME", "deictic", r"this\s+{POD}", "this morning", unit="D", shift=0),
    R("late_deictic_day", "DATE", "deictic", r"(?P<mod>early|late)\s+(?P<dayword>today|yesterday|tomorrow)",
      "late yesterday"),
    R("unit_shift", "DATE", "deictic", r"{DSHIFT}\s+{CUNIT}", "last week"),
    R("unit_shift_mod", "DATE", "deictic", r"(?P<mod>earlier|later|early|late)\s+{DSHIFT}\s+{CUNIT}", "earlier this year"),
    R("unit_of_this", "DATE", "deictic", r"the\s+(?P<mod>end|beginning|start|middle)\s+of\s+{DSHIFT}\s+{CUNIT}",
      "the end of this month"),
    R("week_of_date", "DATE", "calendar", r"the\s+week\s+of\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?", "the week of March 19",
      week=True),
    # ---- anaphoric --------------------------------------------------------
    R("unit_anaphoric", "DATE", "anaphoric", r"the\s+{ASHIFT}\s+{CUNIT}", "the following year"),
    R("that_unit", "DATE", "anaphoric", r"(?:that|the\s+same)\s+{CUNIT}", "that day", shift=0),
    R("weekday_anaphoric", "DATE", "anaphoric", r"the\s+{ASHIFT}\s+{WEEKDAY}", "the following Monday"),
    # ---- offsets ----------------------------------------------------------
    R("offset_ago", "DATE", "offset", r"{NUM}\s+{UNIT}\s+(?P<offword>ago|from\s+now|hence)", "two years ago"),
    R("offset_anaphoric", "DATE", "offset", r"{NUM}\s+{UNIT}\s+(?P<offword>earlier|later|afterwards?|previously|before(?=\s*[.,;:)]|\s*$)|after(?=\s*[.,;:)]|\s*$))",
      "a year later"),
    R("unit_ago", "DATE", "offset", r"(?P<offword2>a\s+)?{UNIT}\s+(?P<offword>ago)", "a year ago", num=1),
    # ---- durations --------------------------------------------------------
    R("duration", "DURATION", "duration", r"(?:{MOD}\s+)?{NUM}[\s-]+{UNIT}(?:-long|\s+long)?", "four days"),
    R("duration_and_a_half", "DURATION", "duration", r"(?:{MOD}\s+)?{NUM}\s+and\s+a\s+half\s+{UNIT}", "two and a half years",
      half=True),
    R("duration_a_unit_and_a_half", "DURATION", "duration", r"an?\s+{UNIT}\s+and\s+a\s+half", "a year and a half",
      num=1, half=True),
    R("duration_span", "DURATION", "duration", r"the\s+(?:past|last|next|first|previous|coming|final|latest|following)\s+{NUM}\s+{UNIT}",
      "the past two months"),
    R("duration_vague", "DURATION", "duration", r"(?P<vague>(?:the\s+)?(?:past|last|next|coming)\s+(?:few|several)|a\s+few|several|a\s+couple\s+of|many|some|recent)\s+{UNIT}",
      "several years", num="X"),
    # ---- quarters, halves, fiscal periods ---------------------------------
    R("quarter", "DATE", "calendar", r"(?:the\s+)?(?:fiscal\s+)?{ORD}(?:[\s-]+)quarter(?:\s+of\s+(?:fiscal\s+)?{YEAR})?", "the third quarter"),
    R("quarter_of_year", "DATE", "calendar", r"{YEAR}(?:'s)?\s+{ORD}[\s-]+quarter", "1998's first quarter"),
    R("half_year", "DATE", "calendar", r"the\s+{ORD}\s+half(?:\s+of\s+(?:the\s+year|{YEAR}))?", "the second half",
      unit="H"),
    R("fiscal_year", "DATE", "calendar", r"fiscal(?:\s+year)?\s+{YEAR}", "fiscal 1998"),
    # ---- references ---------------------------------------------------------
    R("present_ref", "DATE", "ref", r"now|currently|nowadays|at\s+present|these\s+days|at\s+the\s+moment",
      "now", value="PRESENT_REF", not_before=r"(?:\bby|\buntil|\bright|\bjust)\s+$"),
    R("past_ref", "DATE", "ref", r"the\s+past|recently|previously|formerly|lately|in\s+recent\s+times",
      "recently", value="PAST_REF", not_after=r"^\s+(?:few|several|\d|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day)"),
    R("future_ref", "DATE", "ref", r"the\s+future|soon|in\s+the\s+coming\s+(?:days|weeks|months|years)", "soon",
      value="FUTURE_REF"),
    # ---- clock times --------------------------------------------------------
    R("clock_ampm", "TIME", "clock", r"(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m)(?:\s+(?P<tz>[A-Z]{2,4}T)\b)?",
      "10:30 a.m."),
    R("clock_24h", "TIME", "clock", r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?:\s+(?P<tz>GMT|UTC|[A-Z]{2,3}T))(?![\d:])",
      "14:30 GMT"),
    R("clock_oclock", "TIME", "clock", r"{NUM}\s+o'clock", "ten o'clock"),
    R("noon_midnight", "TIME", "clock", r"(?P<clockword>noon|midnight)", "midnight"),
    # ---- sets ---------------------------------------------------------------
    R("set_every_weekday", "SET", "set", r"(?:every|each)\s+{WEEKDAY}", "every Monday"),
    R("set_every_unit", "SET", "set", r"(?:every|each)\s+(?:{NUM}\s+)?{UNIT}", "every year"),
    R("set_adverb", "SET", "set", r"(?P<setword>annually|yearly|monthly|weekly|daily|hourly|quarterly|nightly)",
      "annually", not_after=r"^\s+(?:newspaper|paper|magazine|report|basis)"),
    R("set_per_unit", "SET", "set", r"(?:per|a)\s+{CUNIT}(?=[\s.,;]|$)", "twice a year",
      priority=1, need_before=r"(?:times|twice|thrice|once|%|percent|cents?|\d|dollars?|million|billion)\s*$"),
]
