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
``{YEAR}``     2012, '89, nineteen ninety-six        year
``{YEARW}``    nineteen ninety-six (words only)      year
``{SPLITYEAR}`` 2025-26, 2025/2026 (runs into next)  its first year
``{WEEKDAY}``  Wednesday, Wed.                       weekday 1-7 (ISO)
``{WEEKDAYS}`` Thursdays (plural)                    weekday 1-7 (ISO)
``{WEEKDAYD}`` Wednesday, Wed., Wed (before a date)  weekday 1-7 (ISO)
``{POD}``      morning, afternoon, overnight         part of day (MO, AF, ..)
``{SEASON}``   summer, fall, autumn                  season (SU, FA, ...)
``{NUM}``      four, 24, twenty-four, 2 1/2, several number (int, float, "X")
``{UNIT}``     days, weeks, years, decades           unit letter (D, W, Y, ..)
``{PUNIT}``    days, weeks, years (plural only)      unit letter
``{CUNIT}``    week, month, year, quarter, weekend   unit letter
``{ORD}``      first, 3rd, final                     ordinal (int; -1 last)
``{DSHIFT}``   last, this, next, past, coming        shift -1/0/+1 (deictic)
``{ASHIFT}``   following, previous, same             shift (anaphoric)
``{HOLIDAY}``  Christmas, New Year's Day             (month, day)
``{FEAST}``    Easter, Good Friday, Pentecost        days from Easter Sunday
``{MOD}``      about, nearly, early, late, mid       TIMEX3 mod
``{CLOCK}``    10:30 a.m., 5 pm, noon, midnight      (hour, minute)
``{CLOCK4}``   1530, 0600 (24-hour, no colon)        (hour, minute)
``{CLOCK24D}`` 07:42, 18.05 (24-hour, colon or dot)  (hour, minute)
``{TZ}``       EST, GMT (capitals only)              zone code
``{FARYEAR}``  2100 to 2999                          year
``{NTHDAY}``   Thanksgiving, Labor Day               (month, weekday, n, days after)
``{LUNAR}``    Passover, Ramadan, Lunar New Year     (calendar, base, offset)
``{FILL}``     more, trading, business               (ignored)
=============  ====================================  =======================

``{MONTH:m2}`` names the group ``m2`` instead of ``month`` when a pattern
needs two of the same macro. Optional context regexes: ``not_before`` /
``not_after`` veto a match by its immediate context ("Section 7008"),
``need_before`` / ``need_after`` require one ("twice *a year*", "the year
*ended*"). ``not_title`` drops a match written as a capitalised name in the
middle of a sentence ("ABC's This Week"); ``title_only`` keeps a match only in a
headline written in title case ("Junta Sets June Vote"). ``triggers`` lists words (or
upper-case vocabulary names: MONTH, UNIT, DIGIT, ...) of which a text zone must
contain one for the rule to run at all; it only saves time.

Resolution kinds (implemented in ``maliclock.resolve``):
``calendar`` (explicit calendar fields), ``deictic`` (unit shifted from the
publication date), ``anaphoric`` (unit shifted from the last mentioned time),
``period`` (a definite period of the discourse: "the quarter", "the
year-earlier period"), ``offset`` (N units before/after a reference),
``duration``, ``set``, ``ref`` (PAST_REF/PRESENT_REF/FUTURE_REF), ``clock``
(time of day).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import vocabulary as V


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
    need_after: str | None = None
    triggers: str = ""
    not_title: bool = False
    title_only: bool = False


_RULE_OPTIONS = ("not_before", "not_after", "need_before", "priority", "need_after", "triggers", "not_title",
                 "title_only")


def R(name: str, type_: str, kind: str, pattern: str, example: str, **kw: Any) -> Rule:
    """Shorthand constructor for the table below: keyword options, the rest are constant fields."""
    opts = {k: kw.pop(k) for k in _RULE_OPTIONS if k in kw}
    return Rule(name, type_, kind, pattern, example, kw, **opts)


# Context vetoes shared by rules that match bare numbers.
_NUMBERISH_BEFORE = (r"(?:\b(?:section|sections|article|no\.?|number|nos\.?|room|route|flight|page|pages|"
                     r"resolution|chapter|rule|model|boeing|airbus|code|vol\.?|volume|issue|exit|"
                     r"highway|interstate|suite|apt\.?|box|p\.o\.|rt\.?|paragraph|clause|form|"
                     r"sb|hb|h\.r\.|s\.|unit|block|lot|plot|bay|berth|gate|pier|platform|hangar|warehouse|log|incident|"
                     r"crime\s+reference|reference|ref\.?)\s*|"
                     r"\b(?:hotline|helpline|phone|tel\.?)[,:]?\s*(?:on\s+)?|\b(?:more|fewer|less)\s+than\s+|"
                     r"[$#£€¥+]\s*|\d[,.]|[/:.]|(?<!\b\d{4})[-–]|\b\d{3,4}\s)$")
# (an address's unit, "Unit 2019"; a telephone line, "the Storm Damage Hotline, 1823"; a count, "more than 2000 homes";
# the last group of a number written in groups, "0330 440 1624")
_NUMBERISH_AFTER = (r"^(?:\s*(?:%|percent|per cent|people|persons|troops|soldiers|men|women|children|"
                    r"dollars|euros|pounds|yen|francs|shares|tons|tonnes|barrels|miles|kilometers|km|"
                    r"feet|meters|metres|acres|square|votes|units|cars|jobs|workers|employees|members|"
                    r"points|cases|deaths|pages|words|calories|hours|hrs|minutes|seconds|days|weeks|"
                    r"months|years|st\.|street|avenue|ave\.|road|blvd|homes|houses|buildings|vehicles|families|"
                    r"residents|households|passengers|customers|flights|trains|animals)\b|[/:]\d|[.,]\d|[-–](?!\d{4}\b)\d|\d|"
                    r"\s\d{3}\s\d{3}\b|-(?:watts?|volts?|amps?|kilowatts?|megawatts?|litres?|liters?|gallons?|pounds?|"
                    r"tons?|tonnes?|acres?|miles?|metres?|meters?|feet|foot|inch|pages?|seats?|beds?|rooms?|units?|"
                    r"pieces?|points?|horsepower|hp|cc|mah|mile|km|kg)\b)")
# (and a telephone number's groups: "on 1800 226 226"; and a measure's number before a hyphen: "a 1500-watt heater",
# "the 1200-seat hall")
# A number before a place's time is a clock time, not a year ("at about 5.40pm AEST (1540 Singapore time)"; a rule for
# it would have to be tried at every number, as what follows the digits, a capitalised place, gives no start word)
_PLACE_TIME_AFTER = r"^\s+(?-i:[A-Z][a-z]{2,})(?:\s+(?-i:[A-Z][a-z]{2,}))?\s+time\b"
# A date that names a group ("the 1922 Committee", "the March 23 Movement") is a name, not a date.
_NAME_AFTER = r"^\s+(?-i:Committee|Movement|Club|Society|Foundation|Brigade|Battalion|Regiment)\b"
# A month after a given name is a surname ("Theresa May said", "Prime Minister Theresa May"): a capitalised word right
# before it that is no word of time or function word written at a sentence's start.
_NOT_GIVEN_NAMES = ("In On At By Since Until Till From Through During Before After Last Next This That Early Late Mid Each "
                    "Every Of The And Or But Between Around About Throughout Over Monday Tuesday Wednesday Thursday "
                    "Friday Saturday Sunday Sep Sept Oct Nov Dec Jan Feb Mar Apr Jun Jul Aug January February March "
                    "April June July August September October November December Spring Summer Autumn Fall Winter "
                    "Christmas Easter").split()
# (one lookahead per length of word: the context is read backwards, where a lookbehind has one width)
_GIVEN_NAME_BEFORE = (r"(?-i:\b" + "".join(
    r"(?!(?:" + "|".join(w for w in _NOT_GIVEN_NAMES if len(w) == n) + r")\b)"
    for n in sorted({len(w) for w in _NOT_GIVEN_NAMES})) + r"[A-Z][a-z]+)\s+$")
# The months that are also given names ("April Smith will chair", "August Wilson wrote the play", "Editing by Jan
# Harvey"): before a capitalised word that is no word of time they are a name, unless a preposition of time comes first
# ("In June Parliament voted").
_NAME_MONTHS = r"(?-i:April|May|June|August|Jan)"
_NAME_AFTER_MONTH = (r"\s+(?!(?-i:" + "|".join(w for w in _NOT_GIVEN_NAMES if w not in ("The", "And", "Or", "But"))
                     + r")\b)(?-i:[A-Z][a-z]+)\b")
_TIME_PREPOSITION_BEFORE = (r"\b(?:in|since|until|till|by|of|during|through|from|before|after|early|late|mid|last|next"
                            r"|this|that|each|every)\s+$")
# A house number: "1600 Pennsylvania Avenue".
_ADDRESS_AFTER = (r"^\s+(?-i:(?:(?:[A-Z][a-z]+|[NSEW]{1,2}|\d{1,3}(?:st|nd|rd|th))\s+){1,3}(?:Street|St\.|Avenue|Ave\.|"
                  r"Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|Place|Square|Court))"  # (or "1950 NW 19th Street")
                  r"|^\s+block\s+of\b")  # (a police log's "the 1500 block of Ashland Road")
# A model year: a make and its model after the year, "a 2014 Vauxhall Astra", "a 2019 Ford F-150" (``V.VEHICLE_MAKES``;
# not "In 2014 Ford cut jobs", nor "In 2014 Ford Motor Co. said")
_MAKE_AFTER = (r"^\s+(?-i:(?:" + "|".join(sorted(V.VEHICLE_MAKES, key=lambda m: (-len(m), m))) + r")\s+"
               r"(?!(?:Motors?|Co|Company|Corp|Corporation|Group|Credit|Foundation|Inc|Ltd|Chairman|Chief)\b)[A-Z0-9])")
# "the people of tomorrow", "the Africa of today": a generic present or future, not a day.
_GENERIC_OF = r"\b(?:people|world|city|country|africa|europe|america|company|leaders|children|generation|society)\s+of\s+$"
# A predicative age ("52 years old") is no temporal expression.
_AGE_AFTER = r"^\s+old\b"
# ... nor is a unit that is half of a compound ("two more quarter-point cuts", "the quarter-finals")
_COMPOUND_AFTER = (r"^-(?:point|percentage|final|finals|mile|miles|inch|back|backs|master|deck|hour|hourly|night)\b"
                   # (a cricket match's format: "the third one-day international", "a day-night game")
                   r"|^\s+internationals?\b")
# ... nor one that measures a rate's move ("raised rates by a quarter point", "the quarter-percentage-point cut")
_POINT_AFTER = r"^\s+(?:of\s+a\s+)?(?:(?:percentage[\s-]+)?points?|percent|per\s+cent)\b"  # "four and a quarter percent"
# A length of an hour after a distance is a speed's ("winds of 120 miles an hour", "60 km per hour"): no time.
_SPEED_BEFORE = r"\b(?:miles|kilometres|kilometers|km|metres|meters|feet|yards|knots|nautical\s+miles)\s+(?:per\s+)?$"
# Nor is a decade of life ("in their early twenties", "a man in his forties").
_AGE_BEFORE = r"\b(?:his|her|their|its|my|your|our)\s+$"
# A fraction of something ("three-quarters of its food") is no duration.
_NOT_FRACTION = r"(?!quarters?\s+of\b)"
# The halves and quarters of a game are no halves and quarters of a year ("scored twice in the first half",
# "a touchdown in the fourth quarter"): a word of play near one, in its clause, vetoes it.
_PLAY_WORDS = (r"\b(?:scored|scoring|equali[sz]er|touchdowns?|baskets|rebounds|penalty|penalties|"
               r"free[\s-]kicks?|trailed|trailing|yards|field\s+goals?|innings|wickets|"
               r"interceptions?|fumbled?|halftime|half-time|kick-?off|(?:stoppage|injury|added)\s+time|"
               r"pulled\s+(?:one|a\s+goal)\s+back|headers?|goalkeeper|hat-trick|quarterbacks?|turnovers?|"
               r"three-pointers?|\d+-footer|buzzer|overtime|sacked|"
               r"(?:seconds|minutes|\d:[0-5]\d)\s+(?:left|remaining|to\s+play|to\s+go))\b")  # "with 5:40 left in"
_PLAY_BEFORE = _PLAY_WORDS + r"[^.!?;]*$"
_PLAY_AFTER = (r"^(?:[^.!?;]*" + _PLAY_WORDS + r"|\s+of\s+(?:the|their|a|an|his|its)\s+"
               r"(?:match|game|contest|final|semi-?final|bout|fight|season))")
# "a Sunday morning", "any Monday": no day in particular (not "a week from Monday": the article is right before)
_ANY_ONE_BEFORE = r"\b(?:a|an|any)\s+$"
_WEEKDAY_SHIFT = r"(?:(?:next|last|this|this\s+coming|this\s+past|coming)\s+)?"
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01])"  # an hour before "in the morning"
# A place's time after a clock time ("2pm UAE time", "10 a.m. Yemen time", "a 5:15 p.m. Arizona time kickoff"): a
# capitalised name or capitals, not a word of time or of a show ("Monday", "Prime Time").
_PLACE_TIME = (r"(?-i:(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|The|This|That|"
               r"Next|Last|Same|Any|Each|Every|Prime|Game|Show|Air|Half|Full|Injury|Stoppage|Extra|Local)[a-z]*\b)"
               r"(?:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?|[A-Z]{2,5})\s+time)(?![\w-])")
# (a place of two words too: "5 p.m. New York time", "8am Hong Kong time")
# The zone after a clock time: a code in capitals ("GMT"), or named ("local time", "2 p.m. Pacific Time", "noon
# Eastern", not "9 a.m. Central Park").
_ZONE = (r"(?:{TZ}|local\s+time|(?-i:Pacific|Eastern|Central|Mountain|Atlantic)(?:\s+(?:(?:Standard|Daylight)\s+)?"
         r"time|(?!\s+(?-i:[A-Z])))|" + _PLACE_TIME + ")")
# ... or after the day the clock time is on: "10:42 p.m. on Monday local time"
_ZONE_AFTER_DAY = r"(?:\s+(?:local\s+time|{TZ}(?![\w-])))?"
# A weekday, a capitalised part of the day and another capitalised word are a show's name ("Saturday Night Live",
# "Monday Night Football"), not a time (unless the next word is a function word of a headline in title case)
_SHOW_AFTER_WEEKDAY = (r"(?!\s+(?-i:(?:Night|Morning|Evening|Afternoon)\s+(?!(?:In|On|At|The|And|Or|For|To|Of|As|After|"
                       r"Before|With|From|By)\b)[A-Z][a-z]))")
# What may stand between "last week" or "next week" and a weekday set beside it: its happening ("'s walkout"), a comma,
# "on", and another weekday before this one ("on Thursday and Friday")
_BESIDE_WEEK_BEFORE = (r"(?:['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+)?,\s+(?:on\s+)?"
                       r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:and\s+|or\s+)?(?:on\s+)?)?$")
# An endurance race's name is no length of time ("the 24 Hours of Le Mans", "the Six Hours of Spa")
_NOT_RACE_NAME = r"(?!(?:\d{1,2}|(?-i:[A-Z][a-z]+))\s+(?-i:Hours)\s+of\s+(?-i:[A-Z]))"
# A weekday naming a kind of work or trade is no day ("plans to make Sunday working part of the normal week", "Sunday
# trading laws", "Sunday shifts are voluntary")
_WEEKDAY_KIND_OF_WORK = r"(?!\s+(?:working|trading|opening|shifts?|rotas?|rosters?|rostering|premiums?|overtime)\b)"
# The pairs of units a compound length names, the larger first ("two hours and 22 minutes"; not "10 minutes and 2
# hours", two lengths)
_COMPOUND_PAIRS = (("years?", "months?"), ("weeks?", "days?"), ("days?", "hours?"), ("hours?", "minutes?"),
                   ("minutes?", "seconds?"))
_COMPOUND_UNITS = "|".join(a + r"(?:,?\s+and\s+|,\s+)[\w.-]+\s+" + b + r"\b" for a, b in _COMPOUND_PAIRS)
# What marks a 24-hour clock in aviation, rail and shipping copy: "hrs" (and its zone), "Z" (UTC) or "L" (local time)
# written against it
_CLOCK_MARK = r"(?:\s+(?:hrs|hours)(?:\s+(?:{TZ}(?![\w-])|local\s+time))?|(?-i:[ZL])(?![\w-]))"
# An approximation before a date: "around Nov. 1" (TIMEX3 mod APPROX).
_APPROX = r"(?:(?P<mod>around|about|approximately|roughly)\s+)?"
# "the end of", "the beginning of", ... as a TIMEX3 mod.
_EDGE = r"(?P<mod>early|late|mid-?|end-|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
# What comes before a clock time in words that has no "a.m." or "p.m." ("at two-fifteen", "It's seven thirty-one", "that's
# four-forty Eastern", "at ten Eastern, nine Central")
_SPOKEN_CLOCK_BEFORE = (r"(?:\b(?:at|by|until|till|since|around|about|from|after|before|approximately|roughly|"
                        r"it['’]s|it\s+is|it\s+was|that['’]s|that\s+is|that\s+was|or)\s+|,\s*)$")
# ... before a quarter, half or fiscal year: "the end of the third quarter", "the start of fiscal 2026"
_PERIOD_EDGE = r"(?:the\s+(?P<mod>end|beginning|start|middle)\s+of\s+)?"
# Function words after which a frequency adverb is used adverbially ("paid quarterly to").
# a clock time's part of the day, which goes with it, not with the day after: "at 12:15 in the morning on Wednesday"
# (a clock time's part of the day, in digits or words: "6 in the morning", "six o'clock in the evening", "six in the
# morning on Monday 12 October" is six o'clock on that day, not its morning)
# What tells the part of the day of a clock time said without a.m. or p.m. right before it: the part of the day the
# story is at, or of a weekday ("9:30 that night", "4:40 on Tuesday afternoon")
_BEFORE_THAT_PART = (r"^,?\s+(?:(?:that|the\s+same)\s+(?:same\s+)?|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)"
                     r"(?:morning|afternoon|evening|night)\b")
_NOT_A_CLOCKS_PART = (r"(?<!\d in the )(?<!o'clock in the )(?<!o’clock in the )(?<!(?:one|two|six|ten) in the )"
                      r"(?<!(?:four|five|nine) in the )(?<!(?:three|seven|eight) in the )(?<!(?:eleven|twelve) in the )")
_ADVERBIAL_NEXT = (r"^\s+(?!(?:in|on|at|to|for|from|since|through|until|and|or|but|by|with|as|over|during|"
                   r"after|before|the|a|an|this|that|if|because|while|when|until|is|are|was|were|basis)\b)[a-z]")
_YEAR_END = r"(?:the\s+)?(?:year[\s-]+end|year['’]s\s+end|end\s+of\s+(?:the\s+)?year)"
# Vague amounts: "a few hours later" is a length of time before a signal, not a computable date.
_VAGUE = r"(?:a\s+few|few|several|some|many|a\s+number\s+of|numerous|dozens\s+of|hundreds\s+of)\s"
# A quantity right before "a year", "per week": the expression is a rate.
_QUANTITY_BEFORE = (r"(?:\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                    r"forty|fifty|thousand|million|billion|hundred|dozen|percent|cents?|dollars?))"
                    r"(?:\s+(?!(?:in|on|at|for|from|of|to|by|than|about|over|within|after|before|and|or)\b)[a-z][\w-]*){0,2}\s+$")
_END_OF_CLAUSE = r"(?=\s*[.,;:)!?\"”]|\s*$|\s+(?:and|but|or)\b)"

# Ranges of days: "21-22", "21/22", "21 to 23", "21 and 22" ...
_DAY_RANGE_SEP = r"(?:\s*[-–/]\s*|\s+(?:to|and|through|until|till)\s+)"
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# ... after a month and day (its first three letters: every month name and abbreviation starts so).
_MONTH_DAY_BEFORE = (r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                     r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?")

# A date right after a weekday ("Monday, February 3", "Monday 3 February"): the weekday is that date's.
_DATE_AFTER_WEEKDAY = (r"^,?\s+(?:" + _MONTH_DAY_BEFORE + r"|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+"
                       r"(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
                       # (nor the week it is in: "4am on Tuesday of last week" is 4am on "Tuesday of last week")
                       r"|^\s+of\s+(?:last|next|this|the\s+following|the\s+previous)\s+week\b")

# The hours after midnight.
_EARLY_HOURS = r"(?:(?:early|small|wee|pre-?dawn)(?:\s+morning)?|morning)\s+hours"
# The next word is not a plural in -s.
_SINGULAR = r"(?![a-z]+s(?![\w]))"

# The year of a quarter or half named in words: "of the year" (the year in context), "of this/last/next year".
_OF_YEAR = r"(?P<ofyear>the\s+year)|{DSHIFT}\s+year"
# A quarter (Q1-Q4) or half (H1, H2) as business copy writes it.
_PERIOD_CODE = r"(?P<code>Q(?=[1-4])|H(?=[12]))(?P<ord>[1-4])"

# The order does not matter: overlapping matches are settled by length, then priority.
RULES: list[Rule] = [
    # ---- full and partial calendar dates ---------------------------------
    R("date_month_day_year", "DATE", "calendar", r"{MONTH}\s+{DAY},?\s+{YEAR}", "March 22, 2012",
      triggers="MONTH"),
    R("date_day_month_year", "DATE", "calendar", r"(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}", "22 March 2012",
      triggers="MONTH"),
    R("date_weekday_month_day_year", "DATE", "calendar", r"{WEEKDAYD:weekday},?\s+{MONTH}\s+{DAY},?\s+{YEAR}",
      "Wednesday, March 21, 2012", triggers="MONTH"),
    # (a shift word before the weekday changes nothing: the date says the day, "next Wednesday, March 26")
    R("date_weekday_month_day", "DATE", "calendar", _WEEKDAY_SHIFT + r"{WEEKDAYD:weekday},?\s+{MONTH}\s+{DAY}(?!\d|,\s*\d)",
      "Wednesday, March 21", triggers="MONTH"),
    R("date_weekday_day_month", "DATE", "calendar",
      _WEEKDAY_SHIFT + r"{WEEKDAYD:weekday},?\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?", "Wednesday 21 March",
      triggers="MONTH"),
    # the date in brackets after its weekday ("Friday (26 September)", "Sunday [May 4]")
    R("date_weekday_bracketed_day_month", "DATE", "calendar",
      r"{WEEKDAY}\s*[(\[]\s*{DAY}\s+{MONTH}(?:\s+{YEAR})?\s*[)\]]", "Friday [26 September]", triggers="MONTH"),
    R("date_weekday_bracketed_month_day", "DATE", "calendar",
      r"{WEEKDAY}\s*[(\[]\s*{MONTH}\s+{DAY}(?:,?\s+{YEAR})?\s*[)\]]", "Sunday [May 4]", triggers="MONTH"),
    R("date_month_day", "DATE", "calendar", _APPROX + r"{MONTH}\s+{DAY}(?!\d|:\d|\s*(?:%|percent))", "April 29",
      # ("in May 16,000 people", "March 3 million"; not "On May 16, 240 prisoners were freed")
      not_after=r"^(?:,\d{3}|,?\s*(?:1\d{3}|20\d\d)(?!\d)|\s*\d{3,}|,?\s*(?:million|billion))|" + _NAME_AFTER,
      triggers="MONTH"),
    R("date_month_the_day", "DATE", "calendar", r"{MONTH}\s+the\s+{DAY}(?:,?\s+{YEAR})?", "May the 5th",
      triggers="MONTH"),
    # a holiday with its date in apposition: the date ("Whit Monday, 9 June", "Carnival Monday, 16 February", "Bastille
    # Day, July 14"; the weekday of "Whit Monday" had been read alone with the date)
    R("date_holiday_day_month", "DATE", "calendar",
      r"(?:{FEAST:apposed}|{HOLIDAY:apposed_holiday}),?\s+{DAY}\s+{MONTH}(?:,?\s+{YEAR})?", "Whit Monday, 9 June",
      triggers="FEAST HOLIDAY"),
    R("date_holiday_month_day", "DATE", "calendar",
      r"(?:{FEAST:apposed}|{HOLIDAY:apposed_holiday}),?\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?", "Bastille Day, July 14",
      triggers="FEAST HOLIDAY"),
    R("date_day_month", "DATE", "calendar", r"(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}", "22 March",
      not_before=r"[\d$]\s*$", not_after=_NAME_AFTER, triggers="MONTH"),
    # Ranges of days within a month: each end is a date ("March 21-22", "21 to 23 March 2012"); the statements
    # stage joins the two. The first end reads what it lacks from the second (a lookahead), the second
    # from the first (the last mentioned date: kind "anaphoric").
    R("date_day_range_start", "DATE", "calendar", r"{DAY}(?=" + _DAY_RANGE_SEP + _DAY_NUMBER
      + r"\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?)", "21-22 March", triggers="MONTH"),
    # ... with their weekdays, as listings write them ("from Friday 12 to Sunday 14 September")
    R("date_weekday_day_range_start", "DATE", "calendar",
      r"{WEEKDAYD:weekday}\s+{DAY}(?=" + _DAY_RANGE_SEP + r"(?:(?-i:[A-Z])[a-z]+\.?,?\s+)?" + _DAY_NUMBER
      + r"\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?)", "from Friday 12 to Sunday 14 September", triggers="MONTH"),
    R("date_month_day_range_start", "DATE", "calendar", r"{MONTH}\s+{DAY}(?=" + _DAY_RANGE_SEP + _DAY_NUMBER
      + r",?\s+{YEAR})", "March 21-22, 2012", priority=1, triggers="MONTH"),
    # ... and of months before a year: the first month takes the year ("between March and May 2024", "the floods of
    # April and May 2024", "from June to August 2023")
    R("date_month_range_start", "DATE", "calendar", r"(?!" + _NAME_MONTHS + _NAME_AFTER_MONTH + r"){MONTH}(?=\s*(?:-|–|"
      r"\s(?:to|and|through|until|till|or)\s)\s*{MONTH:month2}\.?,?\s+{YEAR})", "between March and May 2024", priority=1,
      not_before=_GIVEN_NAME_BEFORE, triggers="MONTH"),
    R("date_range_end", "DATE", "anaphoric", r"(?P<rangeend>\d\d(?!\d)|" + _DAY_NUMBER + r")(?:,?\s+{YEAR})?",
      "March 21-22", need_before=r"(?:" + _MONTH_DAY_BEFORE + _DAY_RANGE_SEP + r"|\b(?:1[5-9]|20)\d\d\s*[-–/]\s*)$",
      not_after=r"^\s*(?:[:.,/-]\d|%|percent)", triggers="MONTH 1 2"),
    # "1990-91", "the 2012/13 season": the first year (the second is a range's end, above)
    R("date_year_range_start", "DATE", "calendar", r"{YEAR4}(?=\s*[-–/]\s*\d\d(?![\w]|[/.-]\d))", "the 1990-91 war",
      not_before=_NUMBERISH_BEFORE, triggers="1 2"),
    R("date_month_year", "DATE", "calendar", r"{MONTH},?\s+(?:of\s+)?{YEAR}", "January 2012", triggers="MONTH"),
    R("date_month", "DATE", "calendar", r"(?!" + _NAME_MONTHS + _NAME_AFTER_MONTH + r"){MONTH}", "January",
      not_before=_GIVEN_NAME_BEFORE,
      not_after=r"^\s+(?:I|we|you|he|she|it|they|be|have|not|also)\b|^-\d"
      r"|^\s+(?:on|to|for|against)\s+(?!(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?-i:[A-Z])"
      r"|^\s+on\s*[,.!]"  # "March on, she told the crowd": the verb
      r"|^(?:\s+\d{1,2}(?:st|nd|rd|th)?)?" + _NAME_AFTER[1:], triggers="MONTH"),
    # a contract month between an exchange and a commodity ("CBOT July soft red winter wheat", "Kansas City July wheat
    # futures", "Euronext September milling wheat"), where a capitalised word before the month would make it a name
    R("date_month_contract", "DATE", "calendar",
      r"{MONTH}(?=\s+(?:(?:" + "|".join(V.COMMODITY_WORDS) + r")\s+){0,4}(?:" + "|".join(V.COMMODITY_WORDS) + r")\b)",
      "CBOT July soft red winter wheat", priority=1,
      need_before=r"(?-i:\b(?:" + "|".join(x.replace(" ", r"\s+") for x in V.EXCHANGES) + r"))\s+$", triggers="MONTH"),
    # "In June Parliament voted": a month that is also a given name, before a name, only after a preposition of time
    R("date_month_before_name", "DATE", "calendar", r"(?=" + _NAME_MONTHS + r"\b){MONTH}(?=" + _NAME_AFTER_MONTH + r")",
      "in June Parliament", need_before=_TIME_PREPOSITION_BEFORE, triggers="MONTH"),
    # ... and in a headline in title case, where every word is capitalised ("Junta Sets June Vote")
    R("date_month_in_title", "DATE", "calendar", r"(?=(?-i:April|May|June|August)\b){MONTH}(?=" + _NAME_AFTER_MONTH + r")",
      "Junta Sets June Vote", title_only=True, not_before=_TIME_PREPOSITION_BEFORE, triggers="MONTH"),
    # "In May we voted": before a pronoun or an auxiliary only after a preposition ("May I ask" is the verb; "results since
    # October have not been good", "as recently as June he was unsure").
    R("date_month_before_pronoun", "DATE", "calendar",
      r"{MONTH}(?=\s+(?:I|we|you|he|she|it|they|have|has|had|be|not|also)\b)", "in May we",
      need_before=r"\b(?:in|since|until|till|by|of|during|through|from|before|after|early|late|mid|last|next|this|that"
                  r"|recently\s+as)\s+$", triggers="MONTH"),
    R("date_month_shifted_year", "DATE", "deictic", r"{MONTH}\s+(?:of\s+)?{DSHIFT}\s+year", "June last year",
      cunit="Y", triggers="MONTH"),
    R("date_day_month_shifted_year", "DATE", "deictic",
      r"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}\s+(?:of\s+)?{DSHIFT}\s+year",
      "21 November last year", cunit="Y", triggers="MONTH"),
    R("date_month_day_shifted_year", "DATE", "deictic", r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY},?\s+(?:of\s+)?{DSHIFT}\s+year",
      "November 21 last year", cunit="Y", triggers="MONTH"),
    R("date_year", "DATE", "calendar", r"(?<![\w'])(?:{YEAR4})(?![\w'])", "in 2002",
      not_before=_NUMBERISH_BEFORE, not_after=_NUMBERISH_AFTER + "|" + _ADDRESS_AFTER + "|" + _NAME_AFTER + "|" + _MAKE_AFTER
      + "|" + _PLACE_TIME_AFTER, triggers="1 2"),
    # the years past 2099 that projections name ("by 2100", "until 2150"), after a preposition of time only
    R("date_year_22nd_century", "DATE", "calendar", r"(?<![\w']){FARYEAR:year}(?![\w'])", "by 2100",
      need_before=r"\b(?:by|in|until|till|before|after|through|to|from|beyond)\s+$",
      not_after=r"^\s*(?:GMT|UTC|hours|hrs|local)\b|^\s+(?!(?:and|or|to|when|as|the|if|at|than|because|unless)\b)[a-z]|"
      + _NUMBERISH_AFTER[1:], triggers="2"),
    R("date_year_open", "DATE", "calendar",
      r"{YEAR4}\s+(?P<openmod>or\s+later|or\s+after|and\s+beyond|and\s+after|or\s+earlier|or\s+before|and\s+before)",
      "1994 or later", not_before=_NUMBERISH_BEFORE, triggers="later after beyond earlier before"),
    R("date_year_words", "DATE", "calendar", r"(?!twenty){YEARW}", "in nineteen ninety-six", triggers="YEARW"),
    # ("twenty twenty-two" only where a year is expected: "twenty twenty" is also a count)
    R("date_year_words_twenty", "DATE", "calendar", r"(?=twenty){YEARW:year}", "the riots of twenty twenty-two",
      need_before=r"\b(?:in|of|since|until|till|by|before|after|during|through|from|fiscal|year|spring|summer|autumn|fall"
                  r"|winter|early|late|mid)\s+$", triggers="twenty"),
    R("date_the_year", "DATE", "calendar", r"the\s+year\s+(?:{YEAR}|(?P<y2000>two\s+thousand))", "the year two thousand",
      triggers="year"),
    # a year of an era (in capitals: the ``era`` group), with its hedge ("around 480 BC", "1010 cal BC": calibrated
    # radiocarbon years; "A.D. 100", "AD 476": the era before the year)
    R("date_year_ad_bc", "DATE", "calendar",
      r"(?:{MOD}\s+)?\d{1,4}\s+(?:cal\.?\s+)?(?P<era>B\.C\.|A\.D\.|BCE|CE|BC|AD)(?!\w)", "44 BC",
      triggers="bc b bce ce ad d"),
    R("date_year_era_first", "DATE", "calendar", r"(?:{MOD}\s+)?(?P<era>A\.D\.|AD)\s+\d{1,4}(?![\d,.]\d)", "A.D. 100",
      triggers="ad d"),
    # the first year of a span of years before Christ takes the era written after the last: "between 1130 and 1010 BC",
    # "from 405 to 370 BC", "1130-1010 cal BC"
    R("date_year_bc_span_start", "DATE", "calendar",
      r"(?:{MOD}\s+)?\d{1,4}(?=\s*(?:-|–|to|and)\s*(?:(?:about|around|c\.|circa)\s+)?\d{1,4}\s+(?:cal\.?\s+)?"
      r"(?P<era>B\.C\.|BCE|BC)(?!\w))", "between 1130 and 1010 BC", not_before=r"[\w.,$#/-]$",
      triggers="bc b bce"),
    R("date_iso", "DATE", "calendar",
      r"(?<![\d/.-])(?P<year>\d{4})(?P<sep>[-/.])(?P<monthnum>[01]\d)(?P=sep)(?P<daynum>[0-3]\d)(?![\d/.-]\d|[\d-])",
      "2012-03-22", triggers="DIGIT"),
    # ... and with its clock time, as logs and incident timelines write it (ISO 8601): "2026-03-04T14:22Z",
    # "2026-03-04 14:22:05 UTC" (the seconds and the offset are read over; the value keeps the minute)
    R("date_iso_clock", "TIME", "calendar",
      r"(?<![\d/.-])(?P<year>\d{4})-(?P<monthnum>[01]\d)-(?P<daynum>[0-3]\d)(?:T|\s+){CLOCK24:clock}"
      r"(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d|\s+{TZ})?(?![\d:])",
      "2026-03-04T14:22Z", priority=1, triggers="DIGIT"),
    R("date_numeric", "DATE", "calendar",
      r"(?<![\d/.-])(?P<n1>\d{1,2})(?P<sep>[/.])(?P<n2>\d{1,2})(?P=sep)(?P<n3>\d{4}|\d{2})(?![\d/.]\d)",
      "03/22/2012", triggers="DIGIT"),
    # a month and a day with a slash after their weekday, as box-office and listings tables write them ("Tue 11/23",
    # "Fri. 3/7"): read in the article's order, the year from the weekday (no weekday, no date: "11/23" is a score too)
    R("date_weekday_numeric", "DATE", "calendar",
      r"{WEEKDAYD:weekday}\.?,?\s+(?P<md1>\d{1,2})/(?P<md2>\d{1,2})(?![\d/]|\.\d)", "Tue 11/23", triggers="DIGIT"),
    # with hyphens only before a year of four digits ("A bail order dated 05-11-2021"; not a score or a range, "3-1-21")
    R("date_numeric_dashes", "DATE", "calendar",
      r"(?<![\d/.-])(?P<n1>\d{1,2})-(?P<n2>\d{1,2})-(?P<n3>(?:19|20)\d{2})(?![\d/.-]?\d)", "dated 05-11-2021",
      triggers="DIGIT"),
    R("date_decade", "DATE", "calendar", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?P<decade>1\d\d|20\d)0['’]?s",
      "the late 1990s", triggers="s"),
    # "the 1800s" are a century (the 19th), "the 1990s" a decade; "the 2000s" stay the decade
    R("date_century_hundreds", "DATE", "calendar",
      r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?P<cent>1\d)00['’]?s", "the early 1900s", priority=1, triggers="s"),
    R("date_decade_short", "DATE", "calendar", r"the\s+(?:(?P<mod>early|mid|late)[\s-]*)?['’]?(?P<dec2>\d)0['’]?s|['’](?P<dec3>\d)0s",
      "the '80s", triggers="s",
      # (not degrees: "temperatures in the mid-30s", "highs in the low 30s", "the mid-30s Celsius")
      not_before=r"\b(?:temperatures?|highs?|lows?|readings?|mercury|thermometers?|heat)\b[^.;:!?]{0,24}$",
      not_after=r"^\s*(?:°|degrees?\b|celsius\b|fahrenheit\b|[CF]\b)"),
    R("date_decade_words", "DATE", "calendar",
      r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?P<decword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
      "the nineties", not_before="(?:" + _AGE_BEFORE[:-1] + r"|\b(?:low|lower|high|upper)[\s-]+)$",  # "the low twenties": degrees
      triggers="twenties thirties forties fifties sixties seventies eighties nineties"),
    # (an ordinal in words after "a" or a possessive counts hundreds of runs: "a second century of the series"; not "a
    # 20th century democrat")
    # a numbered week of the calendar, as public health and statistics offices write it
    R("date_week_number", "DATE", "calendar",
      r"(?:(?:epidemiological|epidemiologic|epi|ISO|calendar|statistical)\s+)week\s+(?:no\.?\s*)?(?P<weekno>\d{1,2})(?!\d)"
      r"(?:\s+(?:of\s+)?{YEAR})?", "in epidemiological week 32", triggers="week"),
    R("date_century", "DATE", "calendar", r"(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?"
      r"(?:(?<!\ba\s)(?<!\ban\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?=[a-z])|(?=\d)){ORD}[\s-]+century"
      r"(?:\s+(?P<cera>B\.C\.|BCE|BC|A\.D\.|AD|CE)(?!\w))?", "the 20th century", triggers="century"),
    # ("the 12th century BC": BC11, the hundred years before 1100 BC)
    R("date_season_year", "DATE", "calendar", r"(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]*)?{SEASON}\s+(?:of\s+)?{YEAR}",
      "the fall of 2011", triggers="SEASON"),
    # ... of a year that straddles two: "the winter of 2026/27" (the winter that begins in 2026)
    R("date_season_split_year", "DATE", "calendar",
      r"(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]*)?{SEASON}\s+(?:of\s+)?{SPLITYEAR:year}", "the winter of 2026/27",
      priority=1, triggers="SEASON"),
    R("date_season_of_year", "DATE", "calendar",
      r"(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]*)?{SEASON}\s+of\s+(?:" + _OF_YEAR + ")", "the spring of next year",
      triggers="SEASON"),
    R("date_season_coordinated", "DATE", "calendar",
      r"(?:the\s+)?{SEASON}(?=\s+(?:and|or)\s+{SEASON:s2}\s+(?:of\s+)?{YEAR})",
      "the summer (and fall of 2011)", triggers="SEASON"),
    R("date_season_shift", "DATE", "deictic", r"(?:(?:this|the)\s+)?{DSHIFT}\s+{SEASON}", "last summer",
      not_after=r"^\s+tides?\b", triggers="SEASON"),  # ("The next spring tides are due": a tide, no season)
    R("date_season", "DATE", "calendar", r"the\s+(?:(?P<mod>early|late|mid)[\s-]*)?{SEASON}", "in the early summer",
      need_before=r"\b(?:in|during|by|until|since|through|over|throughout|of|from|before|after|for|into)\s+$",
      not_after=r"^\s+of\b", triggers="SEASON"),
    R("date_season_mod", "DATE", "calendar", _EDGE + r"[\s-]*{SEASON}", "since early spring",
      need_before=r"\b(?:in|during|by|until|till|since|through|over|throughout|of|from|before|after|for|into)\s+$",
      not_after=r"^\s+of\b", triggers="SEASON"),
    # (not "fall", mostly a verb or a noun of its own: "the fall of the city")
    R("date_season_bare", "DATE", "calendar", r"(?=summer|winter|autumn|spring){SEASON}", "during summer",
      need_before=r"\b(?:in|over|during|by|until|through|since|this)\s+$", not_after=r"^[\s-]+(?:water|break|term|"
      r"training|semester|collection|season|roll|rolls|onion|onions|tide|tides|wheat|barley|school|camp)\b",
      triggers="summer winter autumn spring"),
    R("date_holiday_year", "DATE", "calendar", r"{HOLIDAY}(?:\s*,)?\s+{YEAR}", "Christmas 2011", triggers="HOLIDAY"),
    R("date_holiday", "DATE", "calendar", r"{HOLIDAY}", "Christmas Day", triggers="HOLIDAY"),
    R("date_nth_weekday_holiday", "DATE", "calendar", r"{NTHDAY}(?:,?\s+{YEAR})?", "Thanksgiving",
      triggers="NTHDAY"),
    R("date_nth_weekday_of_month", "DATE", "calendar",
      r"(?:the\s+)?{ORD}\s+{WEEKDAY}\s+(?:in|of)\s+{MONTH}(?:,?\s+{YEAR})?", "the first Monday in October",
      triggers="WEEKDAY"),
    # ... and the n-th weekend of a month: the weekend of its n-th Saturday ("the first weekend of December")
    R("date_nth_weekend_of_month", "DATE", "calendar",
      r"(?:the\s+)?{ORD}\s+weekend\s+(?:in|of)\s+{MONTH}(?:,?\s+{YEAR})?", "the first weekend of December",
      weekday=6, weekend=True, triggers="weekend"),
    # the day before a holiday
    R("date_holiday_eve", "DATE", "calendar",
      r"the\s+eve\s+of\s+(?:the\s+)?(?:{HOLIDAY}|{FEAST}|{LUNAR}|{NTHDAY})(?:,?\s+{YEAR})?", "on the eve of Tabaski",
      eve=True, priority=1, triggers="eve"),
    # the day before or after a holiday ("the day after Thanksgiving", "the day before Christmas Eve")
    R("date_holiday_day_before", "DATE", "calendar",
      r"the\s+day\s+before\s+(?:the\s+)?(?:{HOLIDAY}|{FEAST}|{NTHDAY}|{LUNAR})(?:,?\s+{YEAR})?", "the day before Thanksgiving",
      eve=True, priority=1, triggers="day"),
    R("date_holiday_day_after", "DATE", "calendar",
      r"the\s+day\s+after\s+(?:the\s+)?(?:{HOLIDAY}|{FEAST}|{NTHDAY}|{LUNAR})(?:,?\s+{YEAR})?", "the day after Thanksgiving",
      morrow=True, priority=1, triggers="day"),
    # a weekday counted from a holiday: the nearest such weekday before or after it
    R("date_weekday_before_holiday", "DATE", "calendar",
      r"the\s+{WEEKDAY}\s+before\s+(?:the\s+)?(?:{HOLIDAY}|{FEAST}|{NTHDAY}|{LUNAR})(?:,?\s+{YEAR})?",
      "the Saturday before Thanksgiving", wkbefore=True, priority=1, triggers="WEEKDAY"),
    R("date_weekday_after_holiday", "DATE", "calendar",
      r"the\s+{WEEKDAY}\s+after\s+(?:the\s+)?(?:{HOLIDAY}|{FEAST}|{NTHDAY}|{LUNAR})(?:,?\s+{YEAR})?",
      "the Sunday after Easter", wkafter=True, priority=1, triggers="WEEKDAY"),
    # holidays of the Hebrew, Islamic and Chinese calendars; not a surname ("Tariq Ramadan")
    # ... its first or last day, or its start or end ("the first day of the holy month of Ramadan": a day)
    R("date_lunar_holiday", "DATE", "calendar",
      r"(?:the\s+(?P<ledge>first\s+day|start|beginning|end|last\s+day)\s+of\s+(?:the\s+(?:holy\s+)?month\s+of\s+)?)?"
      r"{LUNAR}(?:,?\s+{YEAR})?", "during Ramadan", not_before=_GIVEN_NAME_BEFORE, triggers="LUNAR"),
    # A day of an Islamic month, with its Hijri year or not: "Wednesday, 8 Ramadan 1447", "on 29 Ramadan"
    R("date_islamic_day", "DATE", "calendar",
      r"(?:{WEEKDAY},?\s+)?{DAY}\s+{HMONTH:hmonth}(?:\s+(?:AH\s+)?(?P<hyear>1[3-5]\d\d)(?:\s+AH)?)?(?![\d])",
      "Wednesday, 8 Ramadan 1447", triggers="HMONTH"),
    R("date_feast", "DATE", "calendar", r"{FEAST}(?:,?\s+{YEAR})?", "Easter Sunday",
      not_after=r"^\s+(?:island|eggs?|rising|uprising|bunny|bunnies)\b", triggers="FEAST"),
    R("date_mod_year", "DATE", "calendar", _EDGE + r"\s*{YEAR}", "late 2011", triggers="early late mid end beginning start middle"),
    R("date_mod_month", "DATE", "calendar",
      r"(?:" + _EDGE + r"|(?P<halfof>the\s+(?:first|second|latter|last)\s+half\s+of|(?:first|second)[\s-]half))"
      r"\s*{MONTH}(?:,?\s+{YEAR})?", "mid-November", triggers="MONTH"),
    # the weekend of a day's week: "the weekend of Nov. 7-8", "the weekend of 7-8 November", "the long Easter weekend"
    R("date_weekend_of", "DATE", "calendar",
      r"the\s+weekend\s+of\s+{MONTH}\s+{DAY}(?:\s*[-–]\s*\d{1,2}(?!\d))?(?:,?\s+{YEAR})?", "the weekend of Nov. 7-8",
      weekendof=1, priority=1, triggers="weekend"),
    R("date_weekend_of_day_month", "DATE", "calendar",
      r"the\s+weekend\s+of\s+{DAY}(?:\s*[-–]\s*\d{1,2})?\s+{MONTH}(?:,?\s+{YEAR})?", "the weekend of 7-8 November",
      weekendof=1, priority=1, triggers="weekend"),
    R("date_feast_weekend", "DATE", "calendar", r"(?:the\s+)?(?:long\s+)?{FEAST}\s+(?:holiday\s+)?weekend",
      "the long Easter weekend", weekendof=1, priority=1, triggers="FEAST"),
    # ---- weekdays and parts of day ---------------------------------------
    # (not the Sunday of a newspaper's name, "the Mail on Sunday", "Wales on Sunday"; "for New South Wales on
    # Thursday" is a day)
    R("weekday", "DATE", "calendar",
      r"(?:(?P<mod>early|late|earlier|later)\s+)?"
      r"(?!(?<=(?-i:Mail) on )Sunday|(?<=(?-i:Wales) on )Sunday|(?<=(?-i:Scotland) on )Sunday|"
      r"(?<=(?-i:Independent) on )Sunday|(?<=(?-i:Observer) on )Sunday)"
      r"{WEEKDAY}(?:\s+(?:(?-i:Eastern|Pacific|Central|Mountain|Atlantic)|local)"
      r"\s+time)?"
      r"(?!\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Independent|Mail|Star|Observer)\b)"
      # (nor a masthead's: "THE SATURDAY LEDGER", "The Sunday Gazette")
      r"(?!\s+(?-i:Ledger|LEDGER|Gazette|GAZETTE|Chronicle|CHRONICLE|Journal|JOURNAL|Review|REVIEW|Edition|EDITION|"
      r"Magazine|MAGAZINE|Paper|PAPER)\b)" + _SHOW_AFTER_WEEKDAY
      + _WEEKDAY_KIND_OF_WORK, "Wednesday", not_before=r"\b(?:a|an|any)\s+$",
      triggers="WEEKDAY"),
    R("weekday_part_of_day", "TIME", "calendar", r"(?:(?P<mod>early|late)\s+)?{WEEKDAY}" + _SHOW_AFTER_WEEKDAY + r"\s+{POD}",
      "Wednesday afternoon", not_before=_ANY_ONE_BEFORE, triggers="WEEKDAY"),
    # ... and its date in apposition: "on Wednesday afternoon, October 21", "early Thursday morning, 22 October"
    R("weekday_part_of_day_month_day", "TIME", "calendar",
      r"(?:(?P<mod>early|late)\s+)?{WEEKDAY}\s+{POD},?\s+{MONTH}\s+{DAY}(?!\d|:\d)(?:,?\s+{YEAR})?",
      "Wednesday afternoon, October 21", priority=1, triggers="MONTH"),
    R("weekday_part_of_day_day_month", "TIME", "calendar",
      r"(?:(?P<mod>early|late)\s+)?{WEEKDAY}\s+{POD},?\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
      "early Thursday morning, 22 October", priority=1, triggers="MONTH"),
    R("part_of_day_on_weekday", "TIME", "calendar",
      _NOT_A_CLOCKS_PART + r"(?:(?P<mod>early|late|mid(?!night))[\s-]*)?{POD}\s+(?:on|of)\s+{WEEKDAY}",
      "overnight on Thursday",
      triggers="WEEKDAY"),
    # a holiday's part of the day: "on Christmas morning", "on New Year's night"
    R("holiday_part_of_day", "TIME", "calendar", r"{HOLIDAY}\s+{POD}", "on Christmas morning", triggers="HOLIDAY",
      # (not a part of the day that labels a noun: "the Anzac Day dawn service")
      not_after=r"^\s+(?!(?:the|a|an|and|or|but|in|on|at|to|of|for|with|when|as|he|she|they|we|it|i|was|were|is)\b)"
                r"[a-z]"),
    R("part_of_day_of_date", "TIME", "calendar",
      r"the\s+{POD}\s+of\s+(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?",
      "the night of March 21", triggers="MONTH"),
    R("part_of_day_of_day_month", "TIME", "calendar",
      r"the\s+{POD}\s+of\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
      "the afternoon of Saturday 7 March", triggers="MONTH"),
    # "before dawn on Nov. 26", "late evening on 5 May": a part of day on a dated day
    R("part_of_day_on_date", "TIME", "calendar",
      _NOT_A_CLOCKS_PART + r"(?:(?P<mod>early|late)[\s-]*)?{POD}\s+on\s+(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?",
      "dawn on Nov. 26", triggers="MONTH"),
    R("part_of_day_on_day_month", "TIME", "calendar",
      _NOT_A_CLOCKS_PART + r"(?:(?P<mod>early|late)[\s-]*)?{POD}\s+on\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}"
      r"(?:,?\s+{YEAR})?",
      "dawn on 26 November", triggers="MONTH"),
    # the night that runs from one day into the next, named by both: the first day's night ("on the night of 11 to 12
    # September", "the night of September 11-12", "the night of Saturday to Sunday")
    R("night_of_two_days", "TIME", "calendar",
      r"the\s+night\s+of\s+{DAY}\s*(?:to|into|-|–)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"
      r"(?:,?\s+{YEAR})?", "on the night of 11 to 12 September", pod="NI", priority=1, triggers="night"),
    R("night_of_two_month_days", "TIME", "calendar",
      r"the\s+night\s+of\s+{MONTH}\s+{DAY}\s*(?:to|into|-|–)\s*(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:,?\s+{YEAR})?",
      "the night of September 11-12", pod="NI", priority=1, triggers="night"),
    R("night_of_two_weekdays", "TIME", "calendar",
      r"the\s+night\s+of\s+{WEEKDAY}\s+(?:to|into)\s+{WEEKDAY:weekday2}", "the night of Saturday to Sunday",
      pod="NI", priority=1, triggers="night"),
    # The hours after midnight: early in the morning of the day named.
    R("early_hours_of_day", "TIME", "calendar",
      r"the\s+" + _EARLY_HOURS + r"\s+of\s+(?:{WEEKDAY}(?:\s+morning)?|{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)",
      "in the early hours of Thursday", pod="MO", mod="early", triggers="hours"),
    R("early_hours_of_today", "TIME", "deictic",
      r"the\s+" + _EARLY_HOURS + r"\s+of\s+(?:this\s+morning|(?P<dayword>today|yesterday|tomorrow)(?:\s+morning)?)",
      "in the early hours of this morning", unit="D", pod="MO", mod="early", triggers="hours"),
    R("early_hours_of_day_month", "TIME", "calendar",
      r"the\s+" + _EARLY_HOURS + r"\s+of\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
      "in the early hours of 3 May", pod="MO", mod="early", triggers="hours"),
    R("overnight_weekday", "TIME", "calendar", r"overnight\s+{WEEKDAY}(?:\s+(?:into|to)\s+(?-i:[A-Z])[a-z]+day)?",
      "overnight Wednesday", pod="NI", triggers="overnight"),
    R("weekday_shift", "DATE", "deictic", r"(?:this\s+)?{DSHIFT}\s+{WEEKDAY}" + _WEEKDAY_KIND_OF_WORK, "this coming Sunday", triggers="WEEKDAY"),
    # ... the shift after the weekday, as South Asian and African English write it: "on Thursday next", "on Friday last"
    R("weekday_shift_after", "DATE", "deictic", r"{WEEKDAY}\s+(?=(?:next|last)\b){DSHIFT}", "on Thursday next",
      not_after=r"^\s+(?:week|weekend|month|year|time|season|night|quarter|term|summer|winter|spring|autumn|fall)\b|^-",
      triggers="WEEKDAY"),
    # "this time last year": about the publication date, a year (month, week) back or ahead
    R("this_time_shifted", "DATE", "deictic", r"(?:this|the\s+same)\s+time\s+{DSHIFT}\s+(?P<timeunit>year|month|week)",
      "this time last year", triggers="time"),
    # British: "Tuesday week", a week after the coming Tuesday
    R("weekday_week", "DATE", "deictic", r"{WEEKDAY}\s+(?P<weekafter>(?-i:week))(?![\w-])", "on Tuesday week",
      triggers="WEEKDAY"),
    R("weekday_of_shifted_week", "DATE", "deictic", r"{WEEKDAY}\s+(?:of\s+)?{DSHIFT}\s+week", "Wednesday of last week",
      inweek=True, triggers="WEEKDAY"),
    # a weekday set beside "last week" or "next week" (and what it did) is a day of that week: "Last week's walkout, on
    # Thursday and Friday, closed the network", "Next week, on Tuesday, ministers meet"
    R("weekday_beside_last_week", "DATE", "deictic", r"{WEEKDAY}", "Last week's walkout, on Thursday",
      shift=-1, inweek=True, priority=1, need_before=r"\blast\s+week" + _BESIDE_WEEK_BEFORE, triggers="WEEKDAY"),
    R("weekday_beside_next_week", "DATE", "deictic", r"{WEEKDAY}", "Next week, on Tuesday",
      shift=1, inweek=True, priority=1, need_before=r"\bnext\s+week" + _BESIDE_WEEK_BEFORE, triggers="WEEKDAY"),
    R("weekday_part_of_day_of_shifted_week", "TIME", "deictic", r"{WEEKDAY}\s+{POD}\s+(?:of\s+)?{DSHIFT}\s+week",
      "from Thursday afternoon last week", inweek=True, triggers="WEEKDAY"),
    R("weekday_shift_part_of_day", "TIME", "deictic", r"{DSHIFT}\s+{WEEKDAY}\s+{POD}", "last Wednesday night",
      not_before=r"\bthe\s+$", triggers="WEEKDAY"),
    R("month_shift", "DATE", "deictic", r"{DSHIFT}\s+{MONTH}", "last April", triggers="MONTH"),
    R("part_of_day_mod", "TIME", "anaphoric", r"(?P<mod>early|late|mid)[\s-]*(?=morning|afternoon|evening){POD}",
      "mid-afternoon", unit="D", shift=0, triggers="morning afternoon evening"),
    R("early_hours", "TIME", "anaphoric", r"the\s+" + _EARLY_HOURS + r"(?:\s+of\s+the\s+morning)?",
      "in the early hours", unit="D", shift=0, pod="MO", mod="early",
      need_before=r"\b(?:in|during|by|through|until|till|into)\s+$", triggers="hours"),
    # (not one capitalised before a capitalised word: a name, "at Sunrise Knit Composite Ltd", "on Sunset Boulevard")
    R("light_part_of_day", "TIME", "anaphoric",
      r"(?=dawn|dusk|daybreak|sunrise|sunset|nightfall|midday|lunchtime)(?!(?-i:[A-Z][a-z]+\s+[A-Z])){POD}",
      "at dawn", unit="D", shift=0,
      need_before=r"\b(?:at|before|after|by|until|till|to|from|since|around|about|shortly\s+after)\s+$",
      triggers="dawn dusk daybreak sunrise sunset nightfall midday lunchtime"),
    # "By morning, spotters had found three fires": the morning of the day in context, or of the day after its night
    R("bare_morning_bound", "TIME", "anaphoric", r"(?=morning\b){POD}", "By morning, spotters had found three fires",
      unit="D", shift=0, afternight=True, need_before=r"\b(?:by|until|till|toward|towards)\s+$",
      not_after=r"^\s+(?:of|after|before|when|papers?|news|show|edition|peak|rush|shift)\b", triggers="morning"),
    R("the_part_of_day", "TIME", "anaphoric", r"the\s+(?:(?P<mod>early|late)\s+)?(?=morning|afternoon|evening){POD}",
      "in the morning", unit="D", shift=0, need_before=r"\b(?:in|during|by|through|until|that|the)\s+$",
      not_after=r"^\s+(?:of|after|before|when|papers?|news|show|edition)\b", triggers="morning afternoon evening"),
    # ---- deictic words ----------------------------------------------------
    R("today", "DATE", "deictic", r"today|this\s+day", "today", unit="D", shift=0, not_title=True,
      not_before=_GENERIC_OF, triggers="today day"),
    R("yesterday", "DATE", "deictic", r"yesterday", "yesterday", unit="D", shift=-1, not_title=True,
      triggers="yesterday"),
    R("tomorrow", "DATE", "deictic", r"tomorrow", "tomorrow", unit="D", shift=1, not_title=True,
      not_before=_GENERIC_OF, triggers="tomorrow"),
    R("the_new_year", "DATE", "deictic",
      r"(?:(?P<mod>early|late)\s+in\s+)?the\s+new\s+year(?!['’]s|\s+(?:honou?rs|eve|day|holidays?|resolutions?|message|"
      r"address|party|parties|celebrations?|fireworks|sales?|period)\b)",
      "early in the new year", newyear=True, triggers="new"),
    R("day_before_yesterday", "DATE", "deictic", r"the\s+day\s+before\s+yesterday", "the day before yesterday",
      unit="D", shift=-2, triggers="yesterday"),
    R("day_after_tomorrow", "DATE", "deictic", r"the\s+day\s+after\s+tomorrow", "the day after tomorrow",
      unit="D", shift=2, triggers="tomorrow"),
    R("tonight", "TIME", "deictic", r"tonight", "tonight", unit="D", shift=0, pod="NI", not_title=True,
      triggers="tonight"),
    R("last_night", "TIME", "deictic", r"(?:(?P<mod>early|late)\s+)?last\s+night", "late last night", unit="D",
      shift=-1, pod="NI",
      triggers="night"),
    # British copy's "last evening": yesterday evening (not "the last evening of the festival")
    R("last_evening", "TIME", "deictic", r"(?:(?P<mod>early|late)\s+)?last\s+evening", "in a statement issued last evening",
      unit="D", shift=-1, pod="EV", not_before=r"\b(?:the|a|its|their|his|her|our|my|your|that|this)\s+$",
      triggers="evening"),
    # the night before the publication day ("attacks on Kyiv overnight, officials said on Tuesday"); in the future
    # tense the coming one ("crews will work overnight")
    R("overnight", "TIME", "deictic", r"overnight", "attacked overnight", unit="D", shift=-1, pod="NI",
      ahead_shift=0, not_after=r"^\s+(?:shifts?|crews?|leaders?|lead|(?:(?:lending|borrowing|interbank|policy|bank|cash|deposit|call)\s+)?(?:rates?|repo|index|indexed|"
                               r"swaps?|loans?|lending|deposits?|funds?|bags?|stays?|trains?|buses|bus|flights?|"
                               r"oats|parking|patrols?|guards?|security|visits?))\b", triggers="overnight"),
    # (not a rota, "working the overnight shift", nor who led when play stopped for the day, "the overnight leader";
    # nor a market's rate or a kind of loan, stay or service: "the Fed's overnight rate", "overnight index swaps",
    # "an overnight stay", "the overnight train")
    R("deictic_day_part_of_day", "TIME", "deictic",
      r"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<dayword>today|yesterday|tomorrow)\s+{POD}",
      "yesterday afternoon", triggers="today yesterday tomorrow"),
    R("part_of_day_deictic_day", "TIME", "deictic",
      r"(?:(?P<mod>early|late|mid(?!night))[\s-]*)?{POD}\s+(?P<dayword>today|yesterday|tomorrow)",
      "mid-afternoon yesterday", triggers="today yesterday tomorrow"),
    R("this_part_of_day", "TIME", "deictic", r"(?:(?P<mod>early|late|earlier|later)\s+)?this\s+{POD}",
      "later this afternoon", unit="D", shift=0, not_title=True, triggers="POD"),
    R("late_deictic_day", "DATE", "deictic", r"(?P<mod>early|late|earlier|later)\s+(?P<dayword>today|yesterday|tomorrow)",
      "late yesterday", triggers="today yesterday tomorrow"),
    R("unit_shift", "DATE", "deictic", r"{DSHIFT}\s+{CUNIT}(?:\s+or\s+so)?", "this month", not_title=True,
      # (not after a possessive: "Her last day will be Oct. 31" is the last day of her work, not yesterday)
      not_before=r"\b(?:the|my|your|his|her|its|our|their)\s+$", triggers="CUNIT fiscal"),
    # "the week before last" (two back), "the month after next" (two ahead)
    R("unit_before_last", "DATE", "deictic", r"the\s+{CUNIT}\s+before\s+last", "the week before last", dshift=-2,
      triggers="CUNIT"),
    R("unit_after_next", "DATE", "deictic", r"the\s+{CUNIT}\s+after\s+next", "the week after next", dshift=2,
      triggers="CUNIT"),
    R("unit_shift_the", "DATE", "deictic", r"the\s+{DSHIFT}\s+{CUNIT}(?:\s+or\s+so)?", "the past year",
      not_after=r"^\s+of\b", triggers="CUNIT fiscal"),
    R("unit_shift_mod", "DATE", "deictic", r"(?P<mod>earlier|later|early|late)\s+{DSHIFT}\s+{CUNIT}",
      "earlier this year", triggers="CUNIT fiscal"),
    R("unit_of_this", "DATE", "deictic", r"the\s+(?P<mod>end|beginning|start|middle)\s+of\s+{DSHIFT}\s+{CUNIT}",
      "the end of this month", triggers="CUNIT"),
    R("week_of_date", "DATE", "calendar", r"the\s+week\s+of\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?", "the week of March 19",
      week=True, triggers="week"),
    # the n-th week of a month: the week that holds its 1st, 8th, 15th or 22nd day, or its last ("the first week of
    # October", "in the last week of March")
    R("week_of_month", "DATE", "calendar",
      r"the\s+(?P<weekord>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+{MONTH}(?:,?\s+{YEAR})?",
      "the first week of October", week=True, triggers="week"),
    # a reporting week named by its last day ("claims for the week ended March 4"): the week that holds it
    R("week_ended_date", "DATE", "calendar",
      r"the\s+week\s+(?:ended|ending|to|through)\s+(?:(?:on\s+)?{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?",
      "the week ended March 4", week=True, triggers="week"),
    R("week_ended_day_month", "DATE", "calendar",
      r"the\s+week\s+(?:ended|ending|to|through)\s+(?:(?:on\s+)?{WEEKDAY},?\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
      "runs in the week to 10 July", week=True, triggers="week"),
    R("week_of_day_month", "DATE", "calendar", r"the\s+week\s+of\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
      "the week of 14 January", week=True, triggers="week"),
    # ... and the week named by its first day, as British offices and schools write it ("the week commencing 12 January",
    # "w/c 12 January", "the week beginning Monday 12 January")
    *(R(name, "DATE", "calendar",
        r"(?:(?:the\s+)?week\s+(?:commencing|beginning|starting)|w/c|w\.c\.)\s+(?:(?:on\s+)?{WEEKDAY}\s*,?\s+)?(?:the\s+)?"
        + day + r"(?:,?\s+{YEAR})?", example, week=True, triggers="week w/c w.c.")
      for name, day, example in (
          ("week_commencing_day_month", r"{DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}", "in the week commencing 12 January"),
          ("week_commencing_month_day", r"{MONTH}\.?\s+{DAY}(?:st|nd|rd|th)?", "the week beginning Jan. 12"))),
    R("shifted_year_quarter", "DATE", "deictic", r"{DSHIFT}\s+year['’]s\s+{ORD}[\s-]+quarter", "next year's first quarter",
      cunit="Y", triggers="quarter"),
    # ---- anaphoric --------------------------------------------------------
    # (but "the next fiscal year" is named from now, as "next fiscal year" is: unit_shift_the; not the year after a
    # target named before it, "by 2030")
    R("unit_anaphoric", "DATE", "anaphoric", r"the\s+(?!next\s+fiscal\b){ASHIFT}\s+{CUNIT}", "the following year",
      priority=1, triggers="CUNIT"),
    # "the past decade", "the next century": the ten (hundred) years up to now or from now, a length of time, not the
    # calendar decade before or after the present one ("has struggled over the past decade", written in 2026, is not
    # the 2010s); "the last decade" stays the calendar one, as TimeBank reads it
    R("duration_the_past_decade", "DURATION", "duration", r"the\s+(?:past|next|coming)\s+(?=(?:decade|century)\b){UNIT}",
      "the past decade", num=1, priority=2, triggers="decade century"),
    # "the 15th of next month": that day of the shifted month
    R("date_ordinal_day_shifted_month", "DATE", "deictic",
      r"the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+{DSHIFT}\s+(?P<ofmonth>month)",
      "the 15th of next month", triggers="month"),
    # a weekday and an ordinal day without the month, as British copy writes it ("on Monday 13th", "Thursday the 28th"):
    # the nearest such day that falls on that weekday
    R("date_weekday_ordinal_day", "DATE", "calendar",
      r"{WEEKDAYD:weekday}\s+(?:the\s+)?(?=\d{1,2}(?:st|nd|rd|th)\b){DAY}", "on Monday 13th",
      not_after=r"^\s+(?:of\s+)?(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", triggers="WEEKDAY"),
    # ... and of this month or the last in the old commercial style ("on the 8th instant", "your letter of the 3rd ultimo")
    R("date_ordinal_day_instant", "DATE", "deictic",
      r"the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+(?P<ofmonth>inst(?:ant|\.))(?![\w])", "on the 8th instant",
      dshift=0, triggers="instant inst"),
    R("date_ordinal_day_ultimo", "DATE", "deictic",
      r"the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+(?P<ofmonth>ult(?:imo|\.))(?![\w])", "the 3rd ultimo",
      dshift=-1, triggers="ultimo ult"),
    # a day of the month in context ("unveiled on the 15th", "next Thursday, the 24th"): the month last mentioned, else
    # the publication's
    R("date_ordinal_day", "DATE", "anaphoric", r"(?:the\s+)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)",
      "on the 15th", need_before=r"(?:\b(?:on|by|until|till|before|after|since)\s+|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*)$",
      not_after=r"^[\s-]+(?!(?:and|or|to|at|in|when|as|after|before|with|the|a|an)\b)[A-Za-z]|^\s*(?:-|–)",
      triggers="DIGIT"),
    R("date_ordinal_word_day", "DATE", "anaphoric", r"the\s+(?=[a-z]){DAY}", "leaves on the twenty-first",
      need_before=r"\b(?:on|by|until|till|before|after|since)\s+$",
      # (not before a noun, nor a number: "before the first 911 call", "after the first 100 days")
      not_after=r"^[\s-]+(?!(?:and|or|to|at|in|when|as|after|before|with|the|a|an)\b)[A-Za-z]|^\s*(?:-|–|of\b)|^\s+\d"
                r"|^\s+and\s+(?:final|last)\b",  # ("on the fifth and final day": a day of a match)
      triggers="ORD"),
    # a day counted in a happening that goes on ("as the protests entered a fourth day", "Saturday, the third day of the
    # Test", "on day five of the rescue"): the day it is set beside, or its sentence's (resolve: counted days); not a
    # day of a calendar period, nor one counted from a happening ("the 13th day after the cremation")
    R("counted_day", "DATE", "anaphoric",
      r"(?:the|a|an|its|their)\s+(?=[a-z]|\d{1,2}(?:st|nd|rd|th)\b){DAY:countedday}\s+"
      r"(?:(?:straight|consecutive|successive|full)\s+)?day(?![\w-])",
      "as the protests entered a fourth day",
      not_after=r"^\s+(?:after|before|since|of\s+(?:(?:the|this|that|next|last|each|every|a)\s+)?(?:(?:new|working|"
                r"financial|fiscal|calendar|school|academic)\s+){0,2}(?:month|week|year|quarter|decade|century|term)\b)",
      triggers="day"),
    R("counted_day_number", "DATE", "anaphoric", r"day\s+(?=[a-z]+\b|\d{1,2}\b){NUM:countedday}",
      "on day five of the rescue", need_before=r"\b(?:on|before|after|by|until|of|into)\s+$",
      not_after=r"^[-:.]?\d|^\s+(?:and|or|to)\s+(?:day\s+)?\w", triggers="day"),
    # a month or day in the year just mentioned ("expired on Sept. 26 of that year")
    R("date_of_that_year", "DATE", "anaphoric",
      r"(?:(?:the\s+)?{DAY}\s+(?:of\s+)?|" + _EDGE + r"\s*)?{MONTH}(?:\s+{DAY:day2})?\s+(?:of\s+)?(?:that(?:\s+same)?|the\s+same)\s+year",
      "Sept. 26 of that year", triggers="MONTH"),
    R("that_unit", "DATE", "anaphoric", r"(?:that(?:\s+same)?|the\s+same)\s+{CUNIT}", "that same day", shift=0,
      triggers="CUNIT"),
    # a month in the year of the date last mentioned ("In January 2025 and again that March"), or the first such month
    # after or before it ("The dam failed in 1976. The inquiry, released the following January, ...": January 1977)
    R("month_anaphoric", "DATE", "anaphoric", r"(?:that\s+|the\s+{ASHIFT}\s+){MONTH}", "the following January",
      # (not "that" opening a clause after a verb of saying or knowing: "The rules say that May is the deadline")
      not_before=r"\b(?:say|says|said|saying|told|tells?|think|thinks|thought|believes?|believed|hopes?|hoped|know|"
                 r"knows|knew|expects?|expected|ensures?|ensured|means?|meant|shows?|showed|shown|finds?|found|notes?|"
                 r"noted|adds?|added|argues?|argued|agrees?|agreed|so|such|now)\s+$",
      not_after=r"^,?\s*(?:\d|['’]\d)",  # "that June 2027", "That May 12": a date of its own
      triggers="MONTH"),
    # a season in the year of the date last mentioned, or the year after or before ("the following spring")
    R("season_anaphoric", "DATE", "anaphoric", r"(?:(?:that(?:\s+same)?|the\s+same)\s+|the\s+{ASHIFT}\s+){SEASON}",
      "that autumn", not_after=r"^\s+tides?\b", triggers="SEASON"),
    # a part of day in the singular ("that nights are cold" is no date)
    R("part_of_day_anaphoric", "TIME", "anaphoric", r"the\s+{ASHIFT}\s+" + _SINGULAR + "{POD}", "the following morning",
      unit="D", triggers="POD"),
    R("that_part_of_day", "TIME", "anaphoric", r"that\s+(?:same\s+)?" + _SINGULAR + "{POD}", "that same afternoon", unit="D",
      shift=0,
      not_after=r"^\s+(?:of|when|before|after)\b", triggers="POD"),
    # the night of the day in context, through which something went on ("Rescuers worked through the night"), or
    # late in it ("They returned late at night"); a bare "at night" is mostly any night, and is left
    R("the_night_through", "TIME", "anaphoric", r"the\s+(?=night\b){POD}", "worked through the night",
      unit="D", shift=0, need_before=r"\b(?:through|throughout|during)\s+$",
      not_after=r"^\s+(?:of|before|after|shifts?|crews?)\b", triggers="night"),  # (not a work rota: "the night shift")
    R("late_at_night", "TIME", "anaphoric", r"(?P<mod>late)\s+at\s+(?=night\b){POD}", "returned late at night",
      unit="D", shift=0, triggers="night"),
    R("part_of_day_before_after", "TIME", "anaphoric",
      r"the\s+" + _SINGULAR + r"{POD}\s+(?P<offword>before|after)" + _END_OF_CLAUSE, "the night before", unit="D",
      triggers="POD"),
    R("weekday_anaphoric", "DATE", "anaphoric", r"the\s+{ASHIFT}\s+{WEEKDAY}", "the following Monday",
      triggers="WEEKDAY"),
    R("weekday_anaphoric_part_of_day", "TIME", "anaphoric", r"the\s+{ASHIFT}\s+{WEEKDAY}\s+" + _SINGULAR + "{POD}",
      "since the previous Thursday evening", triggers="WEEKDAY"),
    # "that Friday", "the same Friday": the weekday of the story's time, that day or the next such ("were on the A58
    # between 10pm and 11pm that Friday", after "on Friday, March 6": 6 March, not the Friday of publication)
    R("that_weekday", "DATE", "anaphoric", r"(?:that(?:\s+same)?|the\s+same)\s+{WEEKDAY}(?!['’]s)", "that same Friday",
      shift=0,
      triggers="WEEKDAY"),
    R("unit_before_after", "DATE", "anaphoric", r"the\s+{CUNIT}\s+(?P<offword>before|after)" + _END_OF_CLAUSE,
      "the year before", triggers="CUNIT"),
    # ---- definite periods of the discourse -----------------------------------
    R("the_period", "DATE", "period",
      r"the\s+(?P<which>latest\s+|most\s+recent\s+|comparable\s+|full\s+|calendar\s+|fiscal\s+)?"
      r"(?:fiscal[\s-]+)?(?P<punit>quarter|period|year|month|week|weekend|day)(?!['’-])"
      # (not a title: "THE WEEKEND REVIEW", "The Week in Economics", "The Weekend Austral")
      r"(?!(?:(?<=(?-i:WEEKEND))|(?<=(?-i:WEEK)))\s+(?-i:[A-Z]))(?<!(?-i:Week))(?<!(?-i:Weekend))",
      "the latest quarter",
      not_before=r"\bend\s+of\s+$",
      # "the day the window opens", "the week he resigned": a clause tells which day, not the context
      not_after=r"^\s+(?:of|when|that|after|before|earlier|ago|to\s+date|\d+|(?:the|he|she|they|we|i|you|his|her|their|"
                r"our|my)\s+[a-z]+)\b|^\s+as\s+(?:(?-i:[A-Z])|\d)|" + _POINT_AFTER,  # ("gave the day as Sunday")
      triggers="quarter period year month week weekend day"),
    # a part of the period in context ("the second half of the month": that month), and what is left of one ("the
    # rest of the year": the publication's, unless told in the past: "spent the rest of the year in hospital")
    R("half_of_period", "DATE", "period", r"the\s+(?:first|second|latter|last)\s+half\s+of\s+the\s+(?P<punit>month|week)",
      "the second half of the month", triggers="half"),
    R("rest_of_period", "DATE", "period", r"the\s+rest\s+of\s+(?:the\s+|(?P<this>this\s+))(?P<punit>year|month|week)",
      "the rest of the year", rest=1, priority=1, triggers="rest"),
    R("the_year_ended", "DURATION", "duration", r"the\s+(?:fiscal\s+|financial\s+)?year", "the year ended June 30",
      num=1, unit="Y", need_after=r"^\s+(?:ended|ending|that\s+ended|through|to)\s", priority=1, triggers="year"),
    R("year_end", "DATE", "deictic", r"(?:(?P<approx>around|about|approximately|roughly)\s+)?" + _YEAR_END, "year-end",
      unit="Y", shift=0, mod="END", triggers="end"),
    # "since year-end": the end of the last year.
    R("year_end_since", "DATE", "deictic", _YEAR_END, "since year-end", unit="Y", shift=-1, mod="END",
      need_before=r"\bsince\s+$", priority=1, triggers="end"),
    R("period_edge", "DATE", "period", r"the\s+(?P<mod>end|beginning|start|middle)\s+of\s+the\s+(?P<punit>quarter|month|week|year)",
      "the end of the month", triggers="end beginning start middle"),
    R("decade_edge", "DATE", "deictic", r"the\s+(?P<mod>end|beginning|start|middle)\s+of\s+the\s+(?=decade|century){CUNIT}",
      "by the end of the decade", shift=0, not_after=r"^\s+(?:before|after|of|when|that)\b", triggers="decade century"),
    R("year_ago_period", "DATE", "period",
      r"(?:the\s+)?(?:(?:same|comparable|corresponding)\s+)?(?:year[\s-]+(?:ago|earlier)|prior[\s-]+year)"
      r"(?:\s+{ORD}[\s-]+(?P<q>quarter)|\s+(?P<punit>quarter|period|half))",
      "the year-ago quarter", yshift=-1, triggers="ago earlier prior"),
    R("year_ago_adjective", "DATE", "period", r"year-(?:ago|earlier)|prior-year", "year-earlier profit", yshift=-1,
      need_after=r"^\s+[a-z]", triggers="ago earlier prior"),
    R("period_a_year_ago", "DATE", "period",
      r"the\s+(?:(?:same|comparable|corresponding)\s+)?(?P<punit>quarter|period|half)\s+"
      r"(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|of\s+the\s+previous\s+year)",
      "the same period last year", yshift=-1, triggers="quarter period half"),
    R("year_period", "DATE", "period", r"the\s+{YEAR}\s+(?:{ORD}[\s-]+(?P<q>quarter)|(?P<punit>quarter|period|half))",
      "the 1988 third quarter", triggers="quarter period half"),
    R("shifted_year_period", "DATE", "period", r"{DSHIFT}\s+year['’]s\s+(?P<punit>quarter|period)", "last year's quarter",
      triggers="quarter period"),
    # ---- offsets ----------------------------------------------------------
    R("offset_ago", "DATE", "offset",
      r"(?:{MOD}\s+)?{NUM}\s+{UNIT}(?:\s+or\s+so)?\s+(?P<offword>ago|from\s+now|hence)", "nearly four years ago",
      triggers="ago now hence"),
    # "a year ago this week": this week (month, weekend), that many units back; "30 years ago next month" the
    # month after this one, "ten years ago today" this day
    R("offset_ago_this_unit", "DATE", "offset",
      r"{NUM}\s+{UNIT}\s+(?P<offword>ago)\s+(?:(?P<thisword>this|next|last)\s+(?P<thisunit>week(?:end)?|month)"
      r"|(?P<agoday>today|yesterday|tomorrow)|{WEEKDAY:agoweekday}(?!\s*,?\s*{MONTH}))", "a year ago this week",
      priority=1, triggers="ago"),
    # (American) "a week ago Sunday": a week before the last Sunday; "a week from Saturday": a week after the coming one
    R("offset_from_weekday", "DATE", "offset",
      r"{NUM}\s+{UNIT}\s+(?P<offword>from)\s+{WEEKDAY:fromweekday}(?!\s*,?\s*{MONTH})", "a week from Saturday",
      priority=1, triggers="from"),
    R("offset_in_time", "DATE", "offset", r"{NUM}\s+{UNIT}(?:['’]s?)?\s+(?P<offword>time)", "in two weeks' time",
      need_before=r"\b(?:in|within)\s+$", triggers="time"),
    R("offset_anaphoric", "DATE", "offset",
      r"(?:{MOD}\s+)?(?!" + _VAGUE + r")" + r"{NUM}\s+{UNIT}\s+(?P<offword>earlier|later|afterwards?|previously|before(?=\s*[.,;:)]|\s*$)|after(?=\s*[.,;:)]|\s*$))",
      # ("six weeks earlier than expected" compares, shifts nothing; "over three days earlier this month" is a length
      # and a vague part of a month)
      "a year later", not_after=r"^\s+(?:than|this|last|next)\b",
      triggers="earlier later afterward afterwards previously before after"),
    R("units_ago", "DATE", "offset", r"{PUNIT:unit}\s+(?P<offword>ago)", "years ago", num="X",
      not_before=r"(?:\d|\b(?:the|many|few|several|some|two|three|four|five|six|seven|eight|nine|ten|dozen))\s*$",
      triggers="ago"),
    # ---- durations --------------------------------------------------------
    # a unit and "long" in one word: one such length ("a weeklong standoff", "a daylong series of votes")
    R("duration_long_word", "DURATION", "duration", r"(?P<longunit>day|week|month|year)long", "ending a weeklong standoff",
      triggers="daylong weeklong monthlong yearlong"),
    # two units, the larger first: one length ("two hours and 22 minutes", "8 minutes and 42 seconds": PT8M42S)
    R("duration_compound_three", "DURATION", "duration",
      r"(?:{MOD}\s+)?{NUM}\s+(?=" + _COMPOUND_UNITS + r"){UNIT}(?:,?\s+and\s+|,\s+)(?=[\w.-]+\s+(?:" + _COMPOUND_UNITS
      + r")){NUM:num2}\s+{UNIT:unit2}(?:,?\s+and\s+|,\s+){NUM:num3}\s+{UNIT:unit3}",
      "three hours, 38 minutes and 12 seconds", compound=True, priority=2, triggers="UNIT"),  # three units, larger first
    R("duration_compound", "DURATION", "duration",
      r"(?:{MOD}\s+)?{NUM}\s+(?=" + _COMPOUND_UNITS + r"){UNIT}(?:,?\s+and\s+|,\s+){NUM:num2}\s+{UNIT:unit2}",
      "two hours and 22 minutes", compound=True, priority=1, triggers="UNIT"),
    # a count in words and again in figures in brackets, as legal and official texts write it: "seventy-two (72) hours",
    # "thirty (30) days" (a count in words: not "some 42 hours", nor figures twice)
    R("duration_count_restated", "DURATION", "duration",
      r"(?:{MOD}\s+)?(?![\d(]|(?:some|several|few|many|a)\b){NUM}\s+\(?\d{1,4}\)?\s+" + _NOT_FRACTION + r"{UNIT}",
      "a period of seventy-two (72) hours",
      priority=1, triggers="UNIT"),
    R("duration", "DURATION", "duration",
      # (not "a quarter" after another unit and "and": "almost a minute and a quarter" is a quarter of a minute)
      r"(?!(?<=\sand\s)an?\s+quarter\b)" + _NOT_RACE_NAME + r"(?:{MOD}\s+)?{NUM}(?:\s+{FILL})?[\s-]+" + _NOT_FRACTION
      + r"{UNIT}(?:-long|\s+long|-old)?(?:\s+or\s+so)?",
      "four days", not_after=_AGE_AFTER + "|" + _COMPOUND_AFTER + "|" + _POINT_AFTER, not_before=_SPEED_BEFORE,
      triggers="UNIT"),
    R("duration_period", "DURATION", "duration",
      r"an?\s+(?:{MOD}\s+)?{NUM}[\s-]+{UNIT}\s+(?:period|span|stretch|spell|interval)", "a three-year period",
      triggers="period span stretch spell interval"),
    R("duration_range", "DURATION", "duration",
      r"(?:(?:the\s+(?:past|last|next|first|coming)\s+)|{MOD}\s+)?{NUM}\s+(?:to|or|-)\s+{NUM:num2}(?:\s+{FILL})?\s+{UNIT}",
      "two to three weeks", vague=True, not_after=_AGE_AFTER, triggers="UNIT"),
    R("duration_and_a_half", "DURATION", "duration", r"(?:{MOD}\s+)?{NUM}\s+and\s+a\s+half\s+{UNIT}",
      "two and a half years", half=True, triggers="half"),
    R("duration_a_unit_and_a_half", "DURATION", "duration", r"an?\s+{UNIT}\s+and\s+a\s+half", "a year and a half",
      num=1, half=True, triggers="half"),
    R("duration_half_a_unit", "DURATION", "duration", r"(?:{MOD}\s+)?half\s+an?\s+{UNIT}", "half an hour", num=0.5,
      triggers="half"),
    R("duration_quarter_of_a_unit", "DURATION", "duration",
      r"(?:the\s+(?:next|last|past|following)\s+|(?:{MOD}\s+)?a\s+)quarter\s+of\s+an?\s+{UNIT}",
      "the next quarter of a century", num=0.25, priority=1, triggers="quarter"),
    R("duration_span", "DURATION", "duration",
      r"(?:(?!over\s|under\s){MOD}\s+)?the\s+(?:past|last|next|first|previous|coming|final|latest|following)\s+{NUM}(?:\s+{FILL})?\s+"
      + _NOT_FRACTION + r"{UNIT}(?:\s+or\s+so)?", "the past two months", triggers="past last next first previous coming final latest following"),
    # hours, minutes and seconds with colons, a race's time ("won in 2:06:41", "a best of 2:06:58"); not a clock time
    # with seconds ("at 14:05:30", "02:14:55 local time")
    R("duration_race_time", "DURATION", "duration", r"(?<![\d:.])(?P<clockspan>\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d{1,3})?)",
      "won in 2:06:41", not_before=r"(?:\b(?:at|from|until|till|by|since|around|about|before|after|to|and)\s+|[-–]\s*)$",
      not_after=r"^\s*(?:[ap]\.?m\b|local\b|(?-i:[A-Z]{2,5})\b|[:\d])", triggers="DIGIT"),
    # a unit and "-long" with no count is one of it: "the month-long election", "a decade-long war"
    R("duration_unit_long", "DURATION", "duration",
      r"(?=(?:day|week|fortnight|month|year|decade|century|hour|minute)-long\b){UNIT}-long", "the month-long election",
      num=1, triggers="long"),
    # a fortnight is two weeks: "over the next fortnight" is as long as "over the next two weeks"
    R("duration_span_fortnight", "DURATION", "duration",
      r"the\s+(?:past|last|next|previous|coming|following)\s+(?=fortnight){UNIT}", "over the next fortnight", num=1,
      triggers="fortnight"),
    R("duration_definite", "DURATION", "duration", r"the\s+(?!an?\s|few\s|many\s|some\s)" + r"{NUM}\s+" + _NOT_FRACTION + r"{PUNIT:unit}",
      "the nine months", not_after=r"^\s+(?:of|old)\b|^-", triggers="UNIT"),
    R("duration_vague", "DURATION", "duration",
      r"(?P<vague>(?:the\s+)?(?:past|last|next|coming)\s+(?:few|several)|a\s+few|several|many|some|recent)\s+{UNIT}",
      "several years", num="X", triggers="UNIT"),
    R("duration_bare_plural", "DURATION", "duration", r"{PUNIT:unit}(?:\s+or\s+{PUNIT:unit2})?", "for years", num="X",
      need_before=r"\b(?:for|within|in|after|over|throughout)\s+$", not_after=r"^\s+(?:ago|earlier|later|of\s+the)\b|^['’]",
      triggers="UNIT"),
    R("duration_plural_signal", "DURATION", "duration", r"{PUNIT:unit}(?=\s+(?:after|before|later|earlier)\b)",
      "months after his death", num="X", not_before=r"(?:\d|\b(?:the|a|an|of|many|few|several|some|recent|two|three|four|"
      r"five|six|seven|eight|nine|ten|couple|dozen|more|additional|trading|business|working)|[-,])\s*$",
      triggers="UNIT"),
    R("duration_over_the_plural", "DURATION", "duration", r"the\s+{PUNIT:unit}", "over the years", num="X",
      need_before=r"\b(?:over|through|throughout|across)\s+$", not_after=r"^\s+(?:of|ahead|to\s+come)\b", triggers="over through throughout across"),
    R("duration_plural_of", "DURATION", "duration", r"{PUNIT:unit}(?=\s+of\s+[a-z])",
      "months of talks", num="X",
      # "the minutes of the last meeting" are its record
      not_after=r"^\s+of\s+(?:the|a|an|its|their|this|that|each|every)\s+(?:[\w-]+\s+){0,2}"
      r"(?:meeting|session|hearing|board|committee|council)s?\b", not_before=r"(?:\d|\b(?:the|of|many|few|several|some|recent|for|in|over|within|"
      r"the\s+past|the\s+last|the\s+next|two|three|four|five|six|seven|eight|nine|ten|couple|dozen)|[-,])\s*$",
      triggers="UNIT"),
    # ---- quarters, halves, fiscal periods ---------------------------------
    R("quarter", "DATE", "calendar",
      _PERIOD_EDGE + r"(?:the\s+)?(?:fiscal[\s-]+)?{ORD}\s+quarter(?:\s+of\s+(?:(?:fiscal\s+)?{YEAR}|" + _OF_YEAR + "))?",
      "the third quarter", not_before=_PLAY_BEFORE, not_after=_PLAY_AFTER,
      triggers="quarter"),
    R("quarter_hyphen", "DATE", "calendar", r"(?:fiscal[\s-]+)?{ORD}-quarter(?:\s+fiscal(?:\s+year)?\s+{YEAR})?",
      "third-quarter profit",
      not_before=_PLAY_BEFORE, not_after=_PLAY_AFTER,
      triggers="quarter"),
    R("quarter_of_year", "DATE", "calendar", r"{YEAR}(?:['’]s)?\s+{ORD}[\s-]+quarter", "1998's first quarter",
      triggers="quarter"),
    # a quarter or half named by the month it ends in, as Australian and Indian reports do ("the December quarter",
    # "the June half")
    R("month_end_period", "DATE", "calendar",
      r"(?:the\s+)?(?=(?:mar|jun|sep|dec))(?=(?-i:[A-Z])){MONTH}\s+(?P<endperiod>quarter|half)(?:\s+of\s+{YEAR})?",
      "the December quarter", not_before=_PLAY_BEFORE, triggers="MONTH"),
    # a quarter or half named by its months ("the April-June quarter", "the January-March period")
    R("month_range_period", "DATE", "calendar",
      r"(?:the\s+)?{MONTH}\s*(?:-|–|/|to\s+)\s*{MONTH:month2}\s+(?P<period>quarter|period|half)(?:\s+of\s+{YEAR})?",
      "the April-June quarter", triggers="MONTH"),
    R("half_year", "DATE", "calendar", _PERIOD_EDGE + r"the\s+{ORD}\s+half(?:\s+of\s+(?:" + _OF_YEAR + "|{YEAR}))?",
      "the second half",
      unit="H", not_before=_PLAY_BEFORE,
      not_after=r"^\s+of\s+(?!the\s+year|\d|fiscal|(?:this|last|next)\s+year)|" + _PLAY_AFTER[1:], triggers="half"),
    # a half as an adjective of a company's or an economy's figures, as "third-quarter" is: "first-half revenue", "the
    # second-half recovery", "first-half net profit" (not a game's, "a second-half goal", nor a term's, "a second-half
    # agenda"; "first-half May" is the month)
    R("half_hyphen", "DATE", "calendar", r"(?:fiscal[\s-]+)?{ORD}-half(?![\w-])", "first-half revenue",
      unit="H", not_before=_PLAY_BEFORE, not_after=_PLAY_AFTER,
      need_after=r"^\s+(?:[\w-]+\s+)?(?:revenues?|earnings|profits?|sales|results|recovery|outlook|guidance|growth|"
                 r"loss|losses|figures|demand|production|output|deliveries|margins?|forecasts?|turnover|dividends?|"
                 r"rebound|slowdown|volumes?|performance|GDP|inflation|spending|shipments)\b",
      triggers="half"),
    # "the first three months of the year" is its first quarter; "the last six months of 2023" its second half
    R("months_of_year_quarter", "DATE", "calendar",
      r"(?:the\s+)?{ORD}\s+(?:three|3)\s+months\s+of\s+(?:(?:fiscal\s+)?{YEAR}|" + _OF_YEAR + ")",
      "the first three months of the year", code="Q", triggers="months"),
    R("months_of_year_half", "DATE", "calendar",
      r"(?:the\s+)?{ORD}\s+(?:six|6)\s+months\s+of\s+(?:(?:fiscal\s+)?{YEAR}|" + _OF_YEAR + ")",
      "the last six months of 2023", unit="H", triggers="months"),
    R("two_quarters_of_year", "DATE", "calendar",
      r"(?:the\s+)?(?P<halfword>first|last)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?{YEAR}", "the first two quarters of 1990",
      unit="H", triggers="quarters"),
    R("fiscal_year", "DATE", "calendar", _PERIOD_EDGE + r"fiscal(?:\s+year)?\s+{YEAR}", "fiscal 1998", triggers="fiscal"),
    # A fiscal or financial year that runs into the next: "FY2025-26", "the 2025/26 financial year" (the year it starts
    # in; never "26" as a year of its own). Other such spans are two years, "the 1990-91 war": date_year_range_start.
    # (and a year that straddles two before the period or plan it names: "the 2026-27 academic year", "the 2026/27
    # budget", "the 2024-25 season": one expression, the first year; so is a bare one whose second year is written in
    # two digits, "rose 34% in 2025-26", "their 2011-12 tour", unless a lasting happening follows: "the 1990-91 war")
    R("split_year", "DATE", "calendar",
      _PERIOD_EDGE + r"(?:(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*"
      r"|(?:the\s+)?(?=\d{4}[-/–]\d\d(?:\d\d)?\s+(?:financial|fiscal|academic|school|tax)\s+year\b)"
      r"|(?=\d{4}[-/–]\d\d(?:\d\d)?\s+(?:budget|season|session|school\s+term|academic\s+term)\b)"
      r"|(?=\d{4}[-/–]\d\d(?![\d/–-])(?!\s+(?:" + "|".join(V.LASTING_HAPPENINGS) + r")s?\b)))"
      r"{SPLITYEAR:year}(?:\s+(?:financial|fiscal|academic|school|tax)\s+year)?",
      "the 2025-26 financial year", triggers="DIGIT"),
    # Codes of business and wire copy, in capitals: Q1-Q4 are quarters, H1-H2 halves, FY a fiscal year.
    R("period_code_year", "DATE", "calendar", _PERIOD_CODE + r"(?:\s+of)?[\s/-]+(?:(?:FY|fiscal\s+)\s*)?{YEAR}", "Q1 2012",
      triggers="q1 q2 q3 q4 h1 h2"),
    R("period_code_fiscal_yy", "DATE", "calendar", _PERIOD_CODE + r"[\s/-]+FY\s*(?P<yy>\d\d)(?![\w])", "Q3 FY24",
      triggers="q1 q2 q3 q4 h1 h2"),
    R("year_period_code", "DATE", "calendar", r"{YEAR}[\s/-]+" + _PERIOD_CODE, "2012 Q1",
      triggers="q1 q2 q3 q4 h1 h2"),
    R("period_code_digit_first", "DATE", "calendar",
      r"(?P<ord>[1-4])(?P<code>Q|(?<=[12])H)(?:[\s/-]*{YEAR}|(?P<yy>\d\d)(?![\w]))", "1Q 2012",
      triggers="1q 2q 3q 4q 1h 2h"),
    R("period_code", "DATE", "calendar", _PERIOD_CODE, "in Q3",
      need_before=r"\b(?:in|for|during|of|by|since|through|until|from|the|its|their|a)\s+$",
      triggers="q1 q2 q3 q4 h1 h2"),
    # ... and before the figures of that period, wherever the sentence puts it ("The chipmaker's Q3 results")
    R("period_code_figures", "DATE", "calendar", _PERIOD_CODE + r"(?=\s+(?:results|earnings|sales|revenues?|profits?|"
      r"loss(?:es)?|figures|numbers|guidance|growth|GDP|output|deliveries|shipments|margins?)\b)", "Q3 results",
      triggers="q1 q2 q3 q4 h1 h2"),
    R("fiscal_year_code", "DATE", "calendar", r"(?P<code>FY)\s*(?:{YEAR}|(?P<yy>\d\d))", "FY2011", triggers="fy"),
    # ---- references ---------------------------------------------------------
    R("present_ref", "DATE", "ref",
      r"(?:right\s+|just\s+)?now|currently|nowadays|at\s+present|these\s+days|at\s+the\s+moment|for\s+the\s+time\s+being",
      "now", value="PRESENT_REF", not_title=True, not_after=r"^\s+that\b|^-",
      triggers="now currently nowadays present days moment time"),
    R("past_ref", "DATE", "ref", r"the\s+past|(?:more\s+)?recently|lately|in\s+recent\s+times",
      "recently", value="PAST_REF", not_title=True,
      not_after=r"^\s+(?:few|several|\d|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day|quarter"
                r"|as\b)",  # "as recently as last month": the date's measure
      triggers="past recently lately recent"),
    # "in recent days", "in recent years": the recent past, as TimeML writes them (not "recent months", "recent weeks":
    # lengths of time)
    R("past_ref_recent_units", "DATE", "ref", r"recent\s+(?:days|years)", "in recent years", value="PAST_REF",
      priority=1, triggers="recent"),
    R("future_ref", "DATE", "ref",
      r"the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|the\s+(?:near|short|long)\s+term|soon|as\s+soon\s+as\s+possible"
      r"|a\s+later\s+date|(?:the\s+)?coming\s+(?:days|weeks|months|years|quarters)"
      r"|the\s+(?:days|weeks|months|years)\s+ahead|someday|one\s+day(?=\s+(?:be|become|have|see|return|get|come)\b)",
      "soon", value="FUTURE_REF", not_title=True, priority=1,
      not_before=r"\bas\s+$", not_after=r"^\s+(?:as|after|afterwards?|thereafter)\b|^\s+of\s+(?:the|our|their|its|his|her)\b",
      triggers="future term soon later coming ahead someday day"),
    # a modal before "one day" makes it "someday", not a length of time ("could one day deflect an asteroid")
    R("future_one_day", "DATE", "ref", r"one\s+day(?![\w'’-])", "could one day deflect", value="FUTURE_REF", priority=1,
      need_before=r"\b(?:will|would|could|may|might|can|should|shall|must|['’]ll)\s+(?:(?:still|yet|also|even)\s+)?$",
      triggers="day"),
    # ---- clock times --------------------------------------------------------
    R("clock", "TIME", "clock", r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK}(?:\s+" + _ZONE + ")?",
      "10:30 a.m.", triggers="m am pm noon midnight"),
    # an hour in words and the part of the day it is in: "three in the morning" (03:00), "four in the afternoon" (16:00)
    R("clock_hour_in_the_morning", "TIME", "clock",
      r"(?:(?P<mod>about|around)\s+)?(?=" + _HOUR_WORD + r"\b){NUM}(?:\s+o['’]clock)?\s+in\s+the\s+morning",
      "at three in the morning", triggers="morning"),
    R("clock_hour_in_the_afternoon", "TIME", "clock",
      r"(?:(?P<mod>about|around)\s+)?(?=" + _HOUR_WORD + r"\b){NUM}(?:\s+o['’]clock)?\s+"
      r"(?:in\s+the\s+(?:afternoon|evening)|at\s+night)",
      "four in the afternoon", mer="p", triggers="afternoon evening night"),
    # ... or said with its minutes: "half past three in the morning" (03:30), "twenty to six in the evening" (17:40)
    R("clock_words_in_the_morning", "TIME", "clock",
      r"(?:(?P<mod>about|around)\s+)?{CLOCKWH:clock}\s+in\s+the\s+morning", "at half past three in the morning", mer="a",
      triggers="morning"),
    R("clock_words_in_the_afternoon", "TIME", "clock",
      r"(?:(?P<mod>about|around)\s+)?{CLOCKWH:clock}\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night)",
      "half past four in the afternoon", mer="p", triggers="afternoon evening night"),
    # ... and a clock time with its minutes: "about 12:15 in the morning" (00:15), "5.30 in the evening" (17:30)
    R("clock_minutes_in_the_morning", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?(?<![\d:.])(?P<hour>1[0-2]|0?[1-9])[:.](?P<minute>[0-5]\d)"
      r"\s+in\s+the\s+morning", "at about 12:15 in the morning", mer="a", priority=1, triggers="morning"),
    R("clock_minutes_in_the_afternoon", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?(?<![\d:.])(?P<hour>1[0-2]|0?[1-9])[:.](?P<minute>[0-5]\d)"
      r"\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night)", "5.30 in the evening", mer="p", priority=1,
      triggers="afternoon evening night"),
    R("clock_24h", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?"
      r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?\s+(?:{TZ}|local\s+time|" + _PLACE_TIME
      + r")(?![\d:])", "14:30 GMT", triggers="TZ local time"),
    # Wire copy writes the 24-hour clock without a colon: "at 1530 GMT", "0600 local time".
    R("clock_four_digits", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?(?<![\d:.,$]){CLOCK4}\s+(?:{TZ}|local\s+time)", "at 1530 GMT",
      triggers="TZ local"),
    R("clock_four_digits_on_day", "TIME", "calendar",
      r"(?<![\d:.,$]){CLOCK4}\s+(?:{TZ}|local\s+time),?\s+(?:on\s+)?(?:{WEEKDAY}|{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)",
      "0001 GMT on Friday", triggers="TZ local"),
    # ... and with "hours" in military style, after a preposition ("for 1500 hours" is a duration).
    R("clock_four_digits_hours", "TIME", "clock", r"{CLOCK4}\s+(?:hours|hrs)(?:\s+(?:{TZ}(?![\w-])|local\s+time))?",
      "at 0600 hours", priority=1,  # (or in brackets after another: "at 0110 hrs (2110 hrs local time on 16 March)")
      need_before=r"(?:\b(?:at|by|until|till|before|after|from|since|around|about|approximately|roughly|exactly)\s+|"
                  r"(?:hours|hrs)\s*\(\s*)$",
      triggers="hours hrs"),
    # ... and glued to "hrs", as police statements write it ("at about 1930hrs", "from 2000hrs to 0600hrs"): a clock
    # time whatever comes before
    R("clock_four_digits_hrs_glued", "TIME", "clock", r"(?<![\d:.,$]){CLOCK4}hrs\b(?:\s+(?:{TZ}(?![\w-])|local\s+time))?",
      "at about 1930hrs", priority=1, triggers="DIGIT"),
    # ... and "hrs" after a space, whatever comes before, as a situation report writes it ("HW 0658 hrs and 1921 hrs
    # today", "Village Hall, 1900 hrs tonight"); not a count of hours ("logged 1500 hrs of flight time")
    R("clock_four_digits_hrs", "TIME", "clock", r"(?<![\d:.,$]){CLOCK4}\s+hrs\b(?:\s+(?:{TZ}(?![\w-])|local\s+time))?",
      "HW 0658 hrs and 1921 hrs today", not_after=r"^\s+(?:of|per|a\s+(?:day|week|month|year))\b", triggers="hrs"),
    # ... and its day after it: "at approximately 1042 hours on Friday, Feb. 21", "0020 hours Saturday"
    R("clock_four_digits_hours_on_day", "TIME", "calendar",
      r"{CLOCK4:clock}\s+(?:hours|hrs)(?:\s+{TZ})?,?\s+(?:on\s+)?(?:{WEEKDAY}(?:,?\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)?"
      r"|{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)", "at 1042 hours on Friday, Feb. 21", priority=1,
      need_before=r"\b(?:at|by|until|till|before|after|from|since|around|about|approximately|roughly|exactly)\s+$",
      triggers="hours hrs"),
    # The first end of a span of hours that gives a.m. or p.m. once: "between 2 and 4 a.m.", "from 9 to 11 p.m."
    R("clock_range_start", "TIME", "clock",
      r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?(?=\s*(?:and|to|until|till|-|–)\s*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?"
      r"\s*(?P<mer>[ap])\.?m\b)", "between 2 and 4 a.m.", need_before=r"\b(?:between|from)\s+$",
      triggers="between from"),
    # ... and of the 24-hour clock without a colon, when its end has a zone: "the 1600-1900 GMT period" (no year 1600)
    R("clock_four_digits_range_start", "TIME", "clock",
      r"(?<![\d:.,$]){CLOCK4:clock}(?=\s*[-–]\s*(?:[01]\d|2[0-4])[0-5]\d\s+(?:{TZ}(?![\w-])|local\s+time|hrs|hours))",
      "the 1600-1900 GMT period", priority=1, triggers="DIGIT"),
    # ... and of the 24-hour clock: "between 08:00 and 14:00", "(05:00-11:00 GMT)"
    R("clock_24h_range_start", "TIME", "clock", r"{CLOCK24:clock}(?=\s*(?:and|to|until|till|-|–)\s*(?:[01]?\d|2[0-4]):[0-5]\d)",
      "between 08:00 and 14:00", need_before=r"(?:\b(?:between|from)\s+|\()$", triggers="between from ("),
    # ... its end ("between 06:00 and 23:30 daily"), and the start of a range in wire copy's digits ("between 0400 and
    # 0800 GMT")
    R("clock_24h_range_end", "TIME", "clock", r"{CLOCK24:clock}(?![\d:])(?!\s*[ap]\.?m\b)",
      "between 06:00 and 23:30 daily",
      need_before=r"\b(?:between|from)\s+(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:and|to|until|till|-|–)\s*$",
      triggers="between from"),
    R("clock_four_digits_range_start", "TIME", "clock",
      r"(?<![\d:.,$]){CLOCK4}(?=\s*(?:and|to|until|till|-|–)\s*(?:[01]\d|2[0-3])[0-5]\d\s+(?:(?-i:[A-Z]{2,5})\b|local\s+time))",
      "between 0400 and 0800 GMT", need_before=r"\b(?:between|from)\s+$", triggers="between from"),
    R("clock_oclock", "TIME", "clock", r"{NUM}\s+o'clock", "ten o'clock", triggers="clock"),
    # a clock time with its minutes and no a.m. or p.m., before the part of the day the story is at or of a weekday,
    # which tells which ("at 9:30 that night", "about 4.15 that same afternoon", "just after 4:40 on Tuesday afternoon";
    # tagged apart, as "that night" and "Tuesday afternoon" are); an hour alone, so, after a preposition of time ("at
    # around 11 that night")
    R("clock_minutes_before_that_part", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?(?<![\d:.])(?P<hour>1[0-2]|0?[1-9])[:.](?P<minute>[0-5]\d)",
      "at 9:30 that night", need_after=_BEFORE_THAT_PART, triggers="DIGIT"),
    R("clock_hour_before_that_part", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?(?<![\d:.,$])(?P<hour>1[0-2]|0?[1-9])(?![\d:.,])"
      r"(?=\s+(?:that|the|on)\b)", "at around 11 that night", need_after=_BEFORE_THAT_PART,
      need_before=r"\b(?:at|by|until|till|after|before|from|since|around|about|approximately|roughly)\s+$",
      triggers="DIGIT"),
    # The 24-hour clock written with a colon, without a zone: after a preposition of time ("at 10:00", "from
    # 00:01"), or before its day ("00:01 on Tuesday 14 March").
    # ... or opening a line as a live blog's entry stamp: "16:15 - The joint communique is out.", or alone on its line
    # (with its zone or not) above the entry: "16:48\nWe're going to pause our live coverage here."
    R("clock_24h_entry_stamp", "TIME", "clock",
      r"(?<![^\n]){CLOCK24:clock}(?:[ \t]+" + _ZONE + r")?(?=[ \t]*(?:(?:-|–|—|\|)[ \t]|\r?\n|$))",
      "16:15 - The joint communique is out.", triggers="DIGIT"),
    # ... or opening an item of a bulleted timeline, before a colon, a dash or a bracket: "- 01:14: first 999 call",
    # "• 04:30 (approx.): the last resident is brought out"
    R("clock_24h_list_item", "TIME", "clock", r"{CLOCK24:clock}(?:[ \t]+" + _ZONE + r")?(?=[ \t]*(?:[:–—-][ \t]|\())",
      "- 01:14: first 999 call", need_before=r"(?<![^\n])[ \t]*[-•*·▪–][ \t]+$", triggers="DIGIT"),
    # (and "as of", an opening bracket or a bar: "As of 13:00", "(04:17 in Turkey)", "10.11.2027 | 14:05"; a clock with
    # its hour in one digit stays unread: "I'll be ready at 5:15" is 5:15 p.m.)
    R("clock_24h_after_prep", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK24:clock}(?![\d:])(?!\s*[ap]\.?m\b)(?:\s+" + _ZONE + r")?",
      "at 10:00", need_before=r"(?:\b(?:at|from|until|till|by|before|after|around|about|since|as\s+of)\s+|\(|\|\s*)$",
      triggers="at from until till by before after around about since of ( |"),
    # ... or before "on" and its day, which is tagged apart ("between 08:00 and 14:00 on Monday", "00:01 on Tuesday")
    R("clock_24h_before_day", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK24:clock}(?![\d:])(?!\s*[ap]\.?m\b)(?:\s+" + _ZONE + r")?",
      "14:00 on Monday", need_after=r"^,?\s+on\s+(?:(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
      r"nov|dec)[a-z]*\.?|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3})", triggers="on"),
    # ... or after "the" before what it labels: "the 08:30 departure", "the 19:00 kick-off"; a train, flight or ferry
    # named by when it leaves, with a dot too ("the 07:42 from Leeds", "the 18.05 departure to Geneva", "SkyLark Jet's
    # 18.05 from Gatwick", "the 07:42 Leeds to Manchester service")
    R("clock_24h_labelling", "TIME", "clock", r"{CLOCK24D:clock}", "the 08:30 departure",
      need_before=r"(?:\bthe|\w['’]s)\s+$",
      need_after=r"^(?:\s+(?:departure|arrival|service|train|flight|sailing|ferry|bus|coach|express|shuttle|kick-?off|"
                 r"bulletin|news|curfew|deadline|start)s?\b|\s+(?:from|to)\s+(?-i:[A-Z])"
                 r"|\s+(?-i:[A-Z])[\w'’.]*(?:\s+(?-i:[A-Z])[\w'’.]*)*(?:\s+to\s+|-to-))"),
    # ... and with the marks of aviation, rail and shipping: "hrs" ("the 06:12 hrs service"), "Z" for UTC and "L" for
    # local time ("at 23:05Z", "19:12L"), and the day that follows ("00:12Z Mar 11th", "at around 06:58 hrs on
    # Thursday 15 October 2026")
    R("clock_24h_marked", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK24:clock}" + _CLOCK_MARK,
      "the 06:12 hrs service", priority=1, triggers="DIGIT"),
    R("clock_24h_marked_on_month_day", "TIME", "calendar",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK24:clock}" + _CLOCK_MARK + r",?\s+"
      r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?", "00:12Z Mar 11th", priority=2, triggers="MONTH"),
    R("clock_24h_marked_on_day_month", "TIME", "calendar",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK24:clock}" + _CLOCK_MARK + r",?\s+"
      r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}(?:,?\s+{YEAR})?", "at around 06:58 hrs Thursday 15 October 2026",
      priority=2, triggers="MONTH"),
    R("clock_24h_marked_on_weekday", "TIME", "calendar",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK24:clock}" + _CLOCK_MARK + r",?\s+{WEEKDAY}",
      "at 10:15 hrs Friday", not_after=_DATE_AFTER_WEEKDAY, priority=2, triggers="WEEKDAY"),
    # ... and with an "h" between hours and minutes, as French and Belgian copy writes it ("at 13h30")
    R("clock_24h_h", "TIME", "clock", r"(?P<hour>[01]?\d|2[0-3])h(?P<minute>[0-5]\d)", "at 13h30",
      need_before=r"\b(?:at|from|until|till|by|before|after|around|about|since)\s+$",
      triggers="at from until till by before after around about since"),
    R("clock_24h_on_day_month", "TIME", "calendar",
      r"{CLOCK24:clock}(?:\s+" + _ZONE + r")?,?\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
      "00:01 Tuesday 14 March", triggers="MONTH"),
    R("clock_24h_on_month_day", "TIME", "calendar",
      r"{CLOCK24:clock}(?:\s+" + _ZONE + r")?,?\s+(?:{WEEKDAYD},?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?",
      "23:59 March 16",
      triggers="MONTH"),
    # a full date, a comma and its clock time, as an update stamp writes them: "Updated 7 March 2026, 21:40 GMT" (with
    # "at" between them, two expressions: "on March 12, 2026, at 10:00 a.m.")
    # (a time stamp's 24-hour clock may have a dot before an upper-case zone: "Fri 7 Nov 2025 07.00 GMT")
    R("day_month_year_clock_24h", "TIME", "calendar",
      r"(?:{WEEKDAYD:weekday},?\s+)?{DAY}\s+{MONTH}\s+{YEAR},?\s+{CLOCK24Z:clock}(?![\d:])(?:\s+" + _ZONE + r")?",
      "Updated 7 March 2026, 21:40 GMT", priority=1, triggers="MONTH"),
    R("day_month_year_clock", "TIME", "calendar",
      r"(?:{WEEKDAYD:weekday},?\s+)?{DAY}\s+{MONTH}\s+{YEAR},?\s+{CLOCK}(?:\s+" + _ZONE + r")?",
      "Published: 12 Dec 2024 06:40 PM", priority=1, triggers="MONTH"),
    R("month_day_year_clock", "TIME", "calendar",
      r"(?:{WEEKDAYD:weekday},?\s+)?{MONTH}\s+{DAY},?\s+{YEAR},?\s+{CLOCK}(?:\s+" + _ZONE + r")?",
      "Published March 7, 2026, 9:40 p.m. ET", priority=1, triggers="MONTH"),
    R("month_day_year_clock_24h", "TIME", "calendar",
      r"(?:{WEEKDAYD:weekday},?\s+)?{MONTH}\s+{DAY},?\s+{YEAR},?\s+{CLOCK24:clock}(?![\d:])(?:\s+" + _ZONE + r")?",
      "Updated March 7, 2026, 21:40 GMT", priority=1, triggers="MONTH"),
    R("clock_24h_on_weekday", "TIME", "calendar",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK24:clock},?\s+{WEEKDAY}" + _ZONE_AFTER_DAY,
      "18:00 Friday",
      triggers="WEEKDAY"),
    R("clock_on_day", "TIME", "calendar",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK}(?:\s+" + _ZONE + r")?,?\s+"
      r"(?:{WEEKDAY}|{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)" + _ZONE_AFTER_DAY, "10 p.m. Wednesday",
      # (not a weekday that its date follows, "11 p.m. GMT on Monday, February 3": the date's rule takes them)
      not_after=_DATE_AFTER_WEEKDAY + r"|^\s+(?:next|last)\b(?!\s+(?:week|month|year)\b)", triggers="m am pm noon midnight"),
    # a time stamp's clock time before its date ("Published: 8:15pm, 11 Oct 2023"); "at 9:04 a.m. on 7 March" is two
    # expressions, the clock placed on the day after it
    R("clock_day_month_year", "TIME", "calendar",
      r"{CLOCK}(?:\s+" + _ZONE + r")?,\s+{DAY}\s+{MONTH},?\s+{YEAR}", "Published: 8:15pm, 11 Oct 2023",
      triggers="m am pm"),
    R("clock_on_holiday", "TIME", "calendar",
      r"{CLOCK}(?:\s+" + _ZONE + r")?,?\s+on\s+{HOLIDAY}(?:,?\s+{YEAR})?", "midnight on New Year's Day",
      triggers="m am pm noon midnight"),
    R("clock_on_shifted_weekday", "TIME", "deictic",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK}(?:\s+" + _ZONE + r")?,?\s+(?:this\s+)?"
      r"{DSHIFT}\s+{WEEKDAY}" + _ZONE_AFTER_DAY, "8:30 a.m. next Friday", triggers="m am pm noon midnight"),
    R("clock_on_deictic_day", "TIME", "deictic",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCK}(?:\s+" + _ZONE + r")?,?\s+(?P<dayword>today|yesterday|tomorrow)",
      "noon yesterday", triggers="m am pm noon midnight"),
    # ... or a part of today, tomorrow or yesterday, or of last night: one expression on that day ("at 9.30am this
    # morning", "by 9pm tonight", "around eight tomorrow morning", "at eleven fifty-two last night"); the part of the
    # day tells a.m. or p.m. when the time does not ("one forty-seven this afternoon" is 13:47)
    R("clock_this_morning", "TIME", "deictic",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?(?![\w.:]{1,5}\s?p\.?m\b){ANYCLOCKW:clock}"
      r"(?:\s+" + _ZONE + r")?,?\s+(?:this|(?P<dayword>tomorrow|yesterday))\s+morning(?![\w'’])",
      "at 9.30am this morning", dayword="today", mer="a", triggers="morning"),
    # (one rule for each word of the part of the day: a rule with one trigger word runs only where that word is)
    # (a night's clock time from twelve to five is in its small hours, the day after: "at 2:30 last night" is this
    # morning's, ``mer`` "n")
    *(R(name, "TIME", "deictic",
        r"(?:(?P<mod>about|around|approximately|roughly)\s+)?" + guard + r"{ANYCLOCKW:clock}"
        r"(?:\s+" + _ZONE + r")?,?\s+" + words + r"(?![\w'’])", example, dayword="today", mer=mer, triggers=trigger)
      for name, words, guard, mer, example, trigger in (
          ("clock_this_afternoon", r"(?:this|(?P<dayword>tomorrow|yesterday))\s+afternoon", r"(?![\w.:]{1,5}\s?a\.?m\b)",
           "p", "at 3pm this afternoon", "afternoon"),
          ("clock_this_evening", r"(?:this|(?P<dayword>tomorrow|yesterday))\s+evening", r"(?![\w.:]{1,5}\s?a\.?m\b)",
           "p", "at 6:30 this evening", "evening"),
          ("clock_tonight", r"tonight", r"(?![\w.:]{1,5}\s?a\.?m\b)", "n", "by 9pm tonight", "tonight"))),
    R("clock_last_night", "TIME", "deictic",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?(?![\w.:]{1,5}\s?a\.?m\b){ANYCLOCKW:clock}"
      r"(?:\s+" + _ZONE + r")?,?\s+last\s+night(?![\w'’])", "at 7pm last night", dayword="yesterday", mer="n",
      triggers="night"),
    # a clock time in words: with "a.m." or "p.m." ("three-forty a.m. Central Daylight Time"); with its zone or an hour and
    # its minutes after a preposition of time ("at nine-thirty Eastern", "at two-fifteen", "It's seven thirty-one")
    R("clock_words_meridiem", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCKWM:clock}(?:\s+" + _ZONE + r")?", "at three-forty a.m.",
      triggers="m am pm"),
    R("clock_words_zone", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCKW:clock}\s+(?:{TZ}|local\s+time|"
      r"(?-i:Pacific|Eastern|Central|Mountain|Atlantic)(?:\s+(?:(?:Standard|Daylight)\s+)?time)?)(?![\w-])",
      "at nine-thirty Eastern", need_before=_SPOKEN_CLOCK_BEFORE, triggers="TZ local pacific eastern central mountain atlantic"),
    R("clock_words_minutes", "TIME", "clock",
      r"(?:(?P<mod>about|around|approximately|roughly)\s+)?{CLOCKWH:clock}(?![\w-])", "at two-fifteen",
      need_before=_SPOKEN_CLOCK_BEFORE, not_after=r"^\s*(?:percent|per\s+cent|%|points?|to\s+\w+\s+(?:vote|margin))",
      triggers="one two three four five six seven eight nine ten eleven twelve half quarter"),
    R("clock_24h_on_deictic_day", "TIME", "deictic",
      r"{CLOCK24:clock}(?:\s+" + _ZONE + r")?,?\s+(?:on\s+)?(?P<dayword>today|yesterday|tomorrow)", "03:40 UTC yesterday",
      triggers="today yesterday tomorrow"),
    R("clock_24h_zone_weekday", "TIME", "calendar", r"{CLOCK24:clock}\s+" + _ZONE + r",?\s+{WEEKDAY}" + _ZONE_AFTER_DAY,
      "03:40 UTC Sunday", not_after=_DATE_AFTER_WEEKDAY, triggers="WEEKDAY"),
    # ---- sets ---------------------------------------------------------------
    # ("every second Tuesday", "every Tuesday and Friday": one set, named by its first weekday)
    R("set_every_weekday", "SET", "set",
      r"(?:every|each)\s+(?:(?:other|second|third|fourth|alternate)\s+)?{WEEKDAY}"
      r"(?:(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+){WEEKDAY})*"
      r"(?:\s+{POD}|\s+(?:at|from)\s+{ANYCLOCK:clock}(?:\s+" + _ZONE + r")?(?!\s*(?:-|–|to)\s*\d))?", "every Monday",
      triggers="WEEKDAY"),
    # "on Saturday mornings": every such part of that weekday
    R("set_weekday_parts_of_day", "SET", "set", r"{WEEKDAY}\s+(?=(?:mornings|afternoons|evenings|nights)\b){POD}",
      "works on Saturday mornings", priority=1, triggers="WEEKDAY"),
    # "on Thursdays", "Sundays at 6 p.m.": every such weekday
    R("set_weekdays", "SET", "set",
      r"{WEEKDAYS:weekday}(?:\s+{POD}|\s+(?:at|from)\s+{ANYCLOCK:clock}(?:\s+" + _ZONE + r")?"
      r"(?!\s*(?:-|–|to)\s*\d))?", "on Thursdays",
      triggers="WEEKDAYS"),
    # a weekday counted in every month: once a month ("the first Saturday of every month", "the last Friday of each month")
    R("set_nth_weekday_of_every_month", "SET", "set",
      r"(?:the\s+)?(?:first|second|third|fourth|last|final)\s+{WEEKDAY:wd}\s+(?:of\s+)?(?:every|each)\s+month",
      "on the first Saturday of every month", unit="M", priority=2, triggers="month"),
    # ... and a day of every month ("on the first of every month", "the 14th of each month")
    R("set_day_of_every_month", "SET", "set", r"(?:the\s+)?{DAY}(?:\s+day)?\s+of\s+(?:every|each)\s+month",
      "on the 14th of every month", priority=2, triggers="month"),
    # (a day of the year first: "every May 22", "each 22nd of May")
    R("set_every_month_day", "SET", "set", r"(?:every|each)\s+{MONTH}\.?\s+{DAY}(?:st|nd|rd|th)?(?!\d|,?\s*\d{4})",
      "every May 22", priority=1, triggers="every each"),
    R("set_every_day_month", "SET", "set", r"(?:every|each)\s+(?:the\s+)?{DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"
      r"(?!,?\s*\d{4})", "every 22 May", priority=1, triggers="every each"),
    R("set_every_month", "SET", "set", r"(?:every|each)\s+{MONTH}", "each July", triggers="MONTH"),
    R("set_every_holiday", "SET", "set", r"(?:every|each)\s+{HOLIDAY}", "every Christmas", triggers="HOLIDAY"),
    R("set_every_season", "SET", "set", r"(?:every|each)\s+{SEASON}", "given every fall", triggers="SEASON"),
    # "every weekend", "at weekends" (British), "on weekends": each weekend of the year
    R("set_every_weekend", "SET", "set", r"(?:every|each)\s+weekend|(?<=\bat\s)weekends|(?<=\bon\s)weekends",
      "closed at weekends", weekday="WE", triggers="weekend weekends"),
    R("set_every_part_of_day", "SET", "set", r"(?:every|each)\s+{POD}(?:\s+(?:at|from)\s+{ANYCLOCK:clock}(?:\s+"
      + _ZONE + r")?(?!\s*(?:-|–|to)\s*\d))?", "every morning at 9am", triggers="POD"),
    R("set_every_unit", "SET", "set", r"(?:every|each)\s+(?:(?P<other>other|second|alternate)\s+|{NUM}\s+)?{UNIT}",
      "every other week", triggers="UNIT",
      # (not a school's year group: "every Year 11 student")
      not_after=r"^\s+1?\d\b(?!\s*(?:million|billion|thousand|hundred|people|per|percent|%))"),
    R("set_adverb", "SET", "set",
      r"(?P<setword>annually|yearly|monthly|weekly|daily|hourly|quarterly|nightly|fortnightly)",
      "paid annually", not_after=_ADVERBIAL_NEXT, not_title=True, not_before=r"(?-i:\b[A-Z]{2,})\s+$",
      triggers="annually yearly monthly weekly daily hourly quarterly nightly fortnightly"),
    # (not in a name, "Shamba Weekly", "the Daily Mail", nor a masthead in capitals, "GRAIN GROWER WEEKLY")
    # (a count with thousands separators whole: "90,000 times a week", never "000 times a week")
    R("set_per_unit", "SET", "set",
      r"(?P<freq>once|twice|thrice|(?:(?<![\d,.])\d{1,3}(?:,\d{3})+|(?<![\d,.])\d+|one|two|three|four|five|six|seven|eight|"
      r"nine|ten|several|many)\s+times)\s+"
      r"(?:per|a|an|each|every)\s+{CUNIT}(?=[\s.,;]|$)", "twice a year", priority=1,
      triggers="once twice thrice times"),
    # A quantity per period is a frequency too ("700 seats a week", "$500 million a year").
    R("set_rate", "SET", "set", r"(?:per|a|an)\s+{CUNIT}(?=[\s.,;]|$)", "$500 million a year",
      priority=1, need_before=_QUANTITY_BEFORE, triggers="CUNIT",
      not_after=r"\s+(?:after|before|later|earlier)\b",  # "lost 7% a day after forecasting": an offset
      # "Sept. 11 remains a day of mourning": the day of a date, no quantity; "two recounts lasting a week": a length
      not_before=r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s+[a-z]+){0,2}"
                 r"|\b(?:lasting|lasted|lasts?|taking|took|takes?|spanning|spanned|spans?))\s+$"),
    # ... and per hour or minute ("more than 40 an hour", "$15 an hour"); not a speed ("100 miles an hour")
    R("set_rate_hour", "SET", "set", r"(?:per|an?)\s+(?=(?:hour|minute)\b){UNIT}(?=[\s.,;]|$)", "more than 40 an hour",
      priority=1, need_before=_QUANTITY_BEFORE, triggers="hour minute",
      not_after=r"\s+(?:after|before|later|earlier|ago)\b",
      not_before=r"\b(?:miles?|mph|km|kms|kilomet(?:re|er)s?|knots?|metres?|meters?|feet|foot|yards?|laps?)\s+$"),
]
