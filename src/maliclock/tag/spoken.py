"""Clock times said in words, as broadcast transcripts and quotations write them: "three-forty a.m.",
"nine-thirty Eastern", "ten-oh-four", "half past nine", "ten minutes past four".

The regexes are built from the number words of ``rules.vocabulary``; :func:`parse_spoken_clock` turns the
matched text into (hour, minute), applying "a.m." or "p.m." when given.
"""

from __future__ import annotations

import re

from .. import regex_cache
from ..rules import vocabulary as V

_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# the minutes after an hour in words: "oh-four", "fifteen", "forty-seven"
_MINUTES = (rf"oh[\s-](?:{_ONES})|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            rf"|(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_ONES}))?")
_MERIDIEM = r"\s*(?:a\.m\.|p\.m\.|a\.m(?!\w)|p\.m(?!\w)|am(?!\w)|pm(?!\w))"
# minutes counted to or from an hour, midnight or noon: "half past nine", "a quarter to ten", "ten minutes past four",
# "one minute past midnight" (00:01), "five minutes to noon" (11:55)
# (British "twenty past eight", "ten to six" leave out "minutes": only the round fives, and before "to" only an hour
# from three on, as "ten to one" and "five to two" are odds)
_ROUND_FIVES = r"(?:five|ten|twenty(?:[\s-]five)?)"
COUNTED = (rf"(?:(?:(?:half|(?:a\s+)?quarter|(?:{_MINUTES}|{_ONES}|\d{{1,2}})\s+minutes?)\s+(?:past|after|to|before)"
           rf"|{_ROUND_FIVES}\s+past)\s+(?:{_HOURS}|midnight|noon)"
           rf"|{_ROUND_FIVES}\s+to\s+(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon))")
# the hour of midnight and noon on the 24-hour clock
_NAMED_HOURS = {"midnight": 0, "noon": 12}

HOUR_AND_MINUTES = rf"(?:{_HOURS})[\s-](?:{_MINUTES})(?![\w-])"
"""An hour and its minutes in words, nothing more: "two-fifteen", "one forty-seven"."""
WITH_MERIDIEM = rf"(?:{_HOURS})(?:[\s-](?:{_MINUTES}))?{_MERIDIEM}"
"""An hour in words, maybe its minutes, and "a.m." or "p.m.": "three-forty a.m.", "seven p.m."."""
WORDS = rf"(?:{COUNTED}|(?:{_HOURS})(?:[\s-](?:{_MINUTES}))?(?![\w-])(?:{_MERIDIEM}|\s+o['’]clock)?)"
"""Any clock time in words: an hour, maybe minutes, maybe "a.m."/"p.m." or "o'clock"; or minutes counted to an hour."""
# The words before a bare hour that make it a time ("at six this morning"), not a count ("Police arrested two this
# morning", "confirmed six yesterday afternoon").
TIME_PREPOSITIONS = ("at", "by", "to", "from", "until", "till", "after", "before", "since", "past", "around", "about",
                     "roughly", "approximately", "nearly", "almost", "just")
_AFTER_TIME_PREPOSITION = "|".join(rf"(?<=\b{w}\s)" for w in TIME_PREPOSITIONS)
WORDS_BEFORE_DAY = (rf"(?:{COUNTED}|(?:{_HOURS})(?:[\s-](?:{_MINUTES})(?![\w-])(?:{_MERIDIEM}|\s+o['’]clock)?"
                    rf"|(?:{_MERIDIEM}|\s+o['’]clock))|(?:{_AFTER_TIME_PREPOSITION})(?:{_HOURS})(?![\w-]))")
"""A clock time in words before a day or a part of it ("at six this morning", "one forty-seven this afternoon"): as
``WORDS``, but an hour alone only after a preposition of time."""


_MERIDIEM_AT_END = regex_cache.compile(r"([ap])\.?\s?m\.?$")
_MERIDIEM_OR_OCLOCK_AT_END = regex_cache.compile(r"\s*(?:[ap]\.?\s?m\.?|o'clock)$")
_COUNTED_PARTS = regex_cache.compile(r"(?:(half)|(?:a\s+)?(quarter)|(.+?)(?:\s+minutes?)?)\s+(past|after|to|before)\s+(\w+)")


def _number(words: str) -> int:
    total = 0
    for w in re.split(r"[\s-]+", words.strip()):
        if w and w != "oh":
            total += V.NUMBERS[w]
    return total


def parse_spoken_clock(text: str) -> tuple[int, int]:
    """(hour 0-23, minute) of a clock time in words: "three-forty a.m." (3, 40), "seven p.m." (19, 0),
    "half past nine" (9, 30), "a quarter to ten" (9, 45); an hour without "a.m." or "p.m." as said (1-12)."""
    t = " ".join(text.lower().replace("’", "'").split())
    mer = _MERIDIEM_AT_END.search(t)
    t = _MERIDIEM_OR_OCLOCK_AT_END.sub("", t)
    counted = _COUNTED_PARTS.fullmatch(t)
    if counted:
        half, quarter, words, way, hour_word = counted.groups()
        n = 30 if half else 15 if quarter else (int(words) if words.isdigit() else _number(words))
        if not 0 < n < 60:
            raise ValueError(text)
        if hour_word in _NAMED_HOURS:  # on the 24-hour clock already: "to midnight" is 23:xx
            hh = _NAMED_HOURS[hour_word]
            return (hh, n) if way in ("past", "after") else ((hh - 1) % 24, 60 - n)
        hh = V.NUMBERS[hour_word]
        hh, mm = (hh, n) if way in ("past", "after") else ((hh - 2) % 12 + 1, 60 - n)
    else:
        parts = re.split(r"[\s-]+", t, maxsplit=1)
        hh, mm = V.NUMBERS[parts[0]], _number(parts[1]) if len(parts) > 1 else 0
    if not (1 <= hh <= 12 and 0 <= mm < 60):
        raise ValueError(text)
    if mer:
        hh = hh % 12 + (12 if mer.group(1) == "p" else 0)
    return hh, mm
