"""Text helpers and compiled word classes that the statement modules share."""

from __future__ import annotations

import re

from .. import regex_cache
from ..rules import anchors as A
from ..rules import statements as S
from ..rules import tense as T

# a verb: an auxiliary, a past form, a present of schedule, or a word in "-ed"
VERB_WORD = regex_cache.compile(r"\b(?:" + "|".join(sorted(set(S.SUBJECTLESS_OPENERS) | S.IRREGULAR_PAST | T.SCHEDULE_PRESENT))
                       + r"|[a-z]{3,}ed)\b")
RESCHEDULED_BEFORE = regex_cache.compile(T.RESCHEDULED_BEFORE, re.I)  # "was pushed back to " before a date: its new date
PREP_WINDOW = 60  # longer than any preposition + "the" before a date
_BLANKS = regex_cache.compile(r"\s+")
COMMA_AFTER = regex_cache.compile(r"\s*,")
ATTRIBUTIVE = regex_cache.compile(r"\s+[A-Za-z]")  # a word right after the date ("the 2000 election", "the 2022 World Cup")
DETERMINER_BEFORE = regex_cache.compile(r"(?<![\w'’])(?:" + "|".join(A.LABEL_DETERMINERS) + r")\s+$", re.I)


def plural_head(word: str) -> bool:
    """Is the head noun ``word`` plural ("were", not "was"): a form in "-s" that is no "-ss" and no word of
    ``T.NOT_PLURAL_NOUNS``?"""
    w = word.lower()
    return w.endswith("s") and not w.endswith("ss") and w not in T.NOT_PLURAL_NOUNS


def collapse_blanks(s: str) -> str:
    """``s`` with every run of blanks one space, trimmed: ``_BLANKS.sub(" ", s).strip()``, whose
    ``\\s`` is what ``str.split`` splits at (a substitution per gap between words costs more)."""
    return " ".join(s.split())


# verbs that open a clause without its subject: auxiliaries, reporting verbs, past forms, and the presents of
# schedule ("Applications open on June 20 and close on July 31": "Applications close.")
CLAUSE_VERBS = sorted(set(S.SUBJECTLESS_OPENERS) | S.IRREGULAR_PAST | T.SCHEDULE_PRESENT | T.SCHEDULE_PRESENT_PLURAL)
CLAUSE_VERB_WORDS = "|".join(CLAUSE_VERBS)

# the words that open the sentence, up to its first verb ("Construction" of "Construction began in 2013 and ...")
OPENING_SUBJECT = regex_cache.compile(r"((?:The|A|An|[A-Z][\w’'.&-]*)(?:\s+[\w’'.&-]+){0,%d}?)\s+(?:(?:%s)\b|[a-z][a-z-]{2,}ed\b)"
                             % (S.SUBJECT_MAX_WORDS - 1, "|".join(CLAUSE_VERBS)))
# where a clause set off by a comma ends: the next comma or semicolon, or the sentence's end
CLOSE_RELATIVE = regex_cache.compile(r"(?<!\d),|,(?!\d)|;|[.!?][\"”’']*\s*$")  # (not the comma of "31,400")
FIRST_WORD = regex_cache.compile(r"\W*([\w’'-]+)")
