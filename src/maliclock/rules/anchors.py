"""Implicit reference times: phrases that date an event without being a temporal expression.

"The calls come on the 21st anniversary of the last coup" names no date, yet
it dates the coup 21 years back, and "a year later" in the next sentence
counts from there. The resolver reads these phrases in reading order and
makes the date they imply the last mentioned time. Each row: name, pattern
(Python ``re``, case-insensitive; group ``n`` is the count of years, digits
or an ordinal word), example, and a word every match contains (case-insensitive): a text
without it is not searched.
"""

IMPLICIT_ANCHORS: list[tuple[str, str, str, str]] = [
    ("anniversary", r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b|\b(?P<nw>[a-z]+(?:-[a-z]+)?)\s+anniversary\s+of\b",
     "on the 21st anniversary of the last coup", "anniversary"),
]

# A date between one of these words and a noun only names that noun ("the 2000 election", "some Jan. 6 rioters"):
# in a sentence that has already named its time, it is not the time that "a day earlier" counts from.
LABEL_DETERMINERS: tuple[str, ...] = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
                                      "our", "some", "many", "several", "most", "all", "other", "each", "every")

# A day named after one of these words bounds a state ("had burned 45,000 acres by Thursday morning"), when nothing
# happened: a clock time later in the story with no day of its own is not placed on it.
BOUNDING_WORDS: tuple[str, ...] = ("by", "until", "till", "as of")
# ... and so does one after "since" ("where talks have been held since June 1"), unless a clause after it tells what
# happened on it ("since Sept. 15, when sales fell 18%").
SINCE_BOUND_BEFORE = r"\bsince\s+$"
SINCE_HAPPENING_AFTER = r",?\s+when\b"

# A bracket right after a clock time opens the same moment told in another zone ("6:45 p.m. local time (1315 GMT)"):
# it takes the first time's day and places nothing of its own.
ALTERNATIVE_TIME_OPENS = r"\s*(?:\(local\s+time\)\s*)?[(\[]\s*"  # (or after "(local time)": "4:00 pm (local time) (2100 GMT)")
# The same moment in two zones differs by at most this many hours (UTC-12 to UTC+14): an alternative whose clock
# reads earlier or later than that ("23:40 local time (04:40 GMT) on 14 July") is on the day after or before.
ALTERNATIVE_MAX_OFFSET_HOURS = 14
# A clock time and, right after it, a day counted from another ("8 a.m. the following day", "04:15 the following
# morning"): the clock time is on that day.
A_DAY_FROM_ANOTHER = r"the\s+(?:following|next|previous|same)\s+(?:day|morning|afternoon|evening|night)\b"

# A part of the day that names no day of its own ("in early afternoon", "in the morning"), then at most two nouns and
# a day, with no stop or linking word between ("traded at $23.57 in early afternoon trading Thursday", "in late
# morning trading on Friday"): the part of that day, not of the day mentioned before.
DAYLESS_PART_OF_DAY_RULES: tuple[str, ...] = ("part_of_day_mod", "the_part_of_day", "light_part_of_day", "early_hours")
PART_OF_DAY_NOUNS_BEFORE_DAY = (r"\s+(?:(?!(?:and|or|but|to|from|of|by|for|with|than|before|after|until|till|since|"
                                r"when|while|as|that|which|who|the|a|an|is|was|were|are|had|has|have)\s)[a-z]+(?<!ed)\s+)"
                                r"{1,2}(?:on\s+)?")

# What joins the weekdays of a list ("on Wednesday and Thursday", "Wednesday, Thursday and Friday"): a list in the
# week's order (Monday first) runs forward through one week, each day the first such day after the one before it, when the one before is the day of
# publication or later, or when the later day stays no later than publication ("classes were suspended on Wednesday
# and Thursday", written on the Wednesday: the Thursday after it, not the one before).
# A verb of beginning right before a bare "midnight" in the past ("The strike began at midnight", "the truce took
# effect at midnight"): the midnight that began the day, T00:00, whatever day the story is on (an ending's, "expired at
# midnight", stays the one that ends it).
MIDNIGHT_BEGUN_BEFORE = (r"\b(?:began|begun|started|took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|"
                         r"kicked\s+off|opened)\s+(?:at\s+)?$")
# A word that puts a bare "midnight" at the start of a new day ("shortly after midnight", "By midnight the water was
# waist-deep", "live from midnight"): written as T00:00 of the day it begins, not T24:00 of the day it ends (one
# instant; TIMEX3 annotators write the new day). "since midnight" is the midnight that began the day of its anchor
# (after an evening or a night, the one that ended it).
MIDNIGHT_OF_NEW_DAY_BEFORE = r"\b(?:after|past|by|from)\s+(?:(?:about|around|just)\s+)?$"
MIDNIGHT_SINCE_BEFORE = r"\bsince\s+$"
# ... and before a day named after it ("shortly after midnight on Friday", "from midnight on Sunday"): the midnight that
# began that day (T00:00), where "at", "by" or "before midnight on Friday" is the one that ends it (T24:00).
MIDNIGHT_BEGINS_NAMED_DAY_BEFORE = r"\b(?:after|past|from|since)\s+(?:(?:about|around|just)\s+)?$"
# ... and one that puts it at the end of a day ("shortly before midnight", "waited until nearly midnight"): T24:00 of
# the day it ends, where the day's own reading gave T00:00 of the next.
MIDNIGHT_OF_DAY_END_BEFORE = r"\b(?:before|until|till|to)\s+(?:(?:nearly|almost|about|around|just)\s+)?$"

WEEKDAY_LIST_BETWEEN = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)\s*"

# What joins a holiday and the weekday it falls on ("With All Saints' Day on Sunday", "Christmas Day falls on a
# Friday"): the holiday is the one, of last year, this year or next, that falls on that weekday, the nearest to
# publication; the weekday is its day.
HOLIDAY_WEEKDAY_BETWEEN = r",?\s+(?:(?:falls|fell|is|was|will\s+be|comes|came)\s+)?on\s+(?:a\s+)?"

# "the Friday before the vote on Sunday 12 April", "the Monday after the race on May 3": a weekday counted from the day
# a happening named right after it is given, not from the publication date (not after a comma: "the Monday after the
# race, May 4" may name the Monday itself). Between the weekday and that day:
WEEKDAY_AROUND_HAPPENING_BETWEEN = (r"\s+(?P<dir>before|after)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
                                    r"[\w'’-]+(?:\s+on)?\s+")
# ... and with no day after that happening, one the story has told ("Divers recovered the last body on the Saturday
# after the collapse", "on the Friday before the vote"): the first such weekday after (the last before) the day the
# story is at, not the one nearest it. A determiner must follow: "the Saturday before last" is not it.
WEEKDAY_BESIDE_HAPPENING_AFTER = (r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?P<side>after|before|following|preceding)"
                                  r"\s+(?:the|a|an|his|her|its|their|this|that)\s+(?!(?:day|week|weekend|month|year)\b)[a-z]")

# A day counted in a happening that goes on ("the third day of the Test", "a fourth day") is the day it is set beside
# ("Saturday, the third day of the Test", "found on Tuesday morning, on the fourth day of the search", "Saturday was
# the third day"), or, after a word that says the count was reached ("as the protests entered a fourth day", "It's the
# second day of an offensive", "face a second day of disruption"), the day its sentence names, else the publication
# day. Elsewhere its first day is not known ("on the fifth day, they bowled better"): left underspecified.
COUNTED_DAY_BESIDE = r"\s*(?:,|\(|—|–)\s*(?:on\s+)?|\s+(?:was|is|will\s+be|became|becomes)\s+"
COUNTED_DAY_REACHED_BEFORE = (r"\b(?:enter(?:s|ed|ing)?|(?:went|go(?:es)?|going|gone|spilled|spilling|stretch(?:ed|es)?|"
                              r"dragg?(?:ed|s)?|ran|runs?|continued?|continuing)\s+(?:on\s+)?into|into|for|face[sd]?|"
                              r"facing|mark(?:s|ed)?|is|was|['’]s)\s+$")

# A day told in universal time: a clock time's zone ("at 18:14:37 UTC on March 8": the date after it; "1814 GMT on
# Monday": the time and its day). A clock time told without a zone after it goes on from the last day told in local time,
# when that is the day before or after ("the quake hit at 2:14 a.m. [...] timed it at 18:14:37 UTC on March 8. PHIVOLCS
# issued a tsunami warning at 2:25 a.m.": 9 March, the local day).
UNIVERSAL_ZONES: frozenset[str] = frozenset(("UTC", "GMT", "Z"))
UNIVERSAL_DAY_BEFORE = r"(?:\bUTC|\bGMT|\dZ)\s+(?:on\s+)?$"

