"""Tense and local cues: which way a date written without a year or week points.

"will meet on Tuesday" points forward, "began on Wednesday" back; a cue
right before the date ("ended Sept. 30", "payable Dec. 1", "until Nov. 20")
outweighs the tense of the sentence. The word lists are in
``maliclock.rules.tense``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import product
from typing import Sequence

from . import regex_cache
from .rules import tense as T
from .rules import vocabulary as V
from .tag.reverse import EndSearch
from .tag.scan import trie_pattern

WORD = regex_cache.compile(r"[A-Za-z']+")
# The words that can be a tense cue (a table word, or a past form "-ed" of five letters or more),
# as whole tokens of WORD: :func:`sentence_cues` looks only at these instead of at every word.
_CUE_WORDS = T.FUTURE_BEFORE_TO | T.FUTURE_CUES | T.PAST_CUES | T.PRESENT_CUES | T.SCHEDULE_PRESENT_PLURAL | T.MODALS
# The cue tokens: ``(?<![A-Za-z'])(?:WORD|[A-Za-z']{3,}ed)(?![A-Za-z'])``, ASCII and case-insensitive,
# read on the sentence as lower-case ASCII bytes (any other character "?", as foreign to the pattern
# as it was) after one blank: each match is then a non-letter and the token after it, so the
# engine skips the letters in between, and tries the words (a trie: shared prefixes tried once, not
# 129 alternatives at every word start) by literal first bytes.
_CUE_TOKEN = regex_cache.compile(rb"[^a-z']((?:" + trie_pattern({w.lower() for w in _CUE_WORDS}).encode()
                        + rb")(?![a-z'])|[a-z']++(?<=ed)(?<=[a-z']{5})|[a-z']++(?:(?<=[a-z]'ll)|(?<=[a-z]'re)|(?<=[a-z]'m)|(?<=[a-z]'s)))")
# (and a subject with "'ll", "'re", "'m" or "'s": "they'll vote on Friday", "she's leaving on Friday")


# The last two words of a window, read backwards (group 1 the last word reversed, group 2 the one before).
_OWNED_OR_AFTER_PREPOSITION = regex_cache.compile(r"\b(?:his|her|its|their|my|your|our)\s+(?:[a-z]+\s+(?:and|or)\s+)?$"
                               r"|\b(?:on|in|at|of|for|from|with|during)\s+(?-i:[a-z]+\s+)?$", re.I)
_NUMBER_BEFORE = regex_cache.compile(r"\d\s+$")  # "around 40 insulated crates": a count before an adjective ...
_LOWER_WORD_AFTER = regex_cache.compile(r"\s+[a-z]")  # ... and its noun (not "Chowdhury's 112 helped Bangladesh beat")
_LAST_TWO_REVERSED = regex_cache.compile(r"(?:[^A-Za-z']*+([A-Za-z']+))?(?:[^A-Za-z']*+([A-Za-z']+))?")


def _reversed_as_written(words: frozenset[str]) -> frozenset[str]:
    """Every way of writing the (ASCII) words in upper and lower case, reversed: a word of WORD is in
    it exactly when its lower case is in ``words``, without lowering it."""
    return frozenset("".join(p)[::-1] for w in words for p in product(*({c, c.upper()} for c in w)))


_DETERMINERS_REVERSED = _reversed_as_written(T.DETERMINERS)
_FUTURE_AUXILIARIES_REVERSED = _reversed_as_written(T.FUTURE_AUXILIARIES)
_PRESENT_AUXILIARIES_REVERSED = _reversed_as_written(T.PRESENT_AUXILIARIES)


# A clause opener or coordinator (a word of T.CLAUSE_OPENERS or T.COORDINATORS, or a semicolon) between a date
# and a cue after it.
_COMPARISON = regex_cache.compile(r",\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in T.COMPARISON_OPENERS)
                         + "|" + T.COMPARATIVE_AFTER_COMMA + r")(?![\w])", re.IGNORECASE)
_CLAUSE_BREAK = regex_cache.compile(r";|\b(?:" + "|".join(sorted(T.CLAUSE_OPENERS | T.COORDINATORS | T.SUBORDINATORS_AFTER_DATE))
                           + r")\b", re.IGNORECASE)


def _adverb_reversed(word: str) -> bool:
    """Is the reversed ``word`` an adverb of ``T.ADVERBS_BEFORE_PARTICIPLE`` or one in "-ly"?"""
    low = word.lower()
    return low.startswith("yl") or low[::-1] in T.ADVERBS_BEFORE_PARTICIPLE


def _plural_subject(word: str) -> bool:
    """Is the lower-case ``word`` a plural subject: "they", "we", or a plural noun ("teams", "sides")?"""
    if word in T.PLURAL_PRONOUNS:
        return True
    return (len(word) > 3 and word[-1] == "s" and word[-2] not in "s'’" and word not in T.NOT_PLURAL_NOUNS
            and word not in T.DETERMINERS)


def _name_subject(word: str) -> bool:
    """Is ``word``, as written, a capitalised name ("City", "Arsenal"), not a function word opening a sentence?"""
    return (word[:1].isupper() and word[1:].isalpha() and word[1:].islower() and len(word) > 2
            and word.lower() not in T.NOT_NAME_SUBJECTS and word.lower() not in V.WEEKDAYS
            and word.lower() not in V.MONTHS)  # (not "as of Friday's close")


# An expression inside a relative clause (", who will visit Paris on Monday, said ..."): a cue past the comma that
# closes it is the main clause's; and a cue inside a relative clause or participle that closed before the expression
# is that phrase's (", which reported earnings last week,", ", closed since Monday,").
_RELATIVE_OPEN = regex_cache.compile(r",\s*(?:who|which)\b(?:[^,;.!?]|(?<=\d)[,.](?=\d))*$", re.IGNORECASE)
# a relative pronoun and its verb before a date, no break between ("who sat through the inquiry in"), and a modal
_RELATIVE_VERB_BEFORE = regex_cache.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?([a-z]+)\b[^,;:()\"“”.!?]*$", re.IGNORECASE)
_MODAL_AT = regex_cache.compile(r"(?:will|would|can|could|may|might|must|should|shall)\b", re.IGNORECASE)
# (a figure's separator is no comma that closes it: ", which closed at ¥16,725 on Tuesday,")
_WORD_BEFORE_COMMA = regex_cache.compile(r"([A-Za-z']+)\W*$")
_LIST_WORD = regex_cache.compile(r"\s(?:and|or)\s", re.IGNORECASE)
_RELATIVE_LEAD = regex_cache.compile(r"\s*(?:who|which)\s+(?:[\w'-]+\s+){0,4}", re.IGNORECASE)
# an expression inside a participle phrase set off by a comma (", washed out by a thunderstorm on Saturday,"): a cue
# past the comma that closes it is the main clause's
_PARTICIPLE_OPEN = regex_cache.compile(r",\s*(?:[a-z]+ly\s+)?(?!(?:set|scheduled|slated|planned|timed)\s+for\b)(?:[a-z]{3,}ed|"
                              + "|".join(sorted(T.IRREGULAR_PARTICIPLES)) + r")\b[^,;.!?]*$")
# (not a plan's: "The hearing, originally set for March 3, was postponed": the main clause tells which March 3)
# a relative clause set off by commas right before a verb: its head is the verb's subject ("Spain, who beat Ireland
# 3-0 yesterday, play Brazil"; group 1 the head)
_HEAD_BEFORE_RELATIVE = regex_cache.compile(r"([A-Za-z']+),\s*(?:who|which)\b[^,;.!?]*,\s*$")


_CLOSING_COMMA = regex_cache.compile(r",(?!(?<=\d,)\d)")  # a comma, not a figure's separator ("¥16,725")


def _before_blocked(text: str, a: int, b: int, t_start: int) -> bool:
    """Is the cue at [a, b), before the expression at ``t_start``, the verb of a phrase set off by commas that
    closes before the expression ("the bridge, closed since Monday, to reopen on Friday")?"""
    m = _CLOSING_COMMA.search(text, b, t_start)
    close = m.start() if m is not None else -1
    if close < 0 or _LIST_WORD.search(text, close, t_start):
        return False  # no comma closes the phrase, or it is a list's ("as chairman, president and chief executive in")
    c = text.rfind(",", max(0, a - 40), a)
    if c < 0:
        return False
    lead = text[c + 1:a]
    if lead.strip():
        return _RELATIVE_LEAD.fullmatch(lead) is not None
    if text[a:b].lower() in T.MODALS or text[a:b].lower() in T.FUTURE_AUXILIARIES:
        return False  # "the prime minister, Aisha Raman, would meet him on Sunday": the comma closed a name
    # a participle right after the comma, unless the comma closes an adverb ("The minister, meanwhile, sought ...")
    before = _WORD_BEFORE_COMMA.search(text, max(0, c - 24), c)
    return before is None or not (before.group(1).lower() in T.SENTENCE_ADVERBS or before.group(1).endswith("ly"))


def _after_blocked(text: str, t_start: int, t_end: int, a: int) -> bool:
    """Is the cue at ``a``, after the expression [t_start, t_end), another clause's (past a clause opener or
    coordinator, or past the comma that closes the relative clause the expression is in; or the main clause's modal
    after a relative clause told in the past that holds the expression: "Anyone who sat through the inquiry in
    September will not have been surprised")?"""
    if _CLAUSE_BREAK.search(text, t_end, a):
        return True
    if _MODAL_AT.match(text, a) and (rel := _RELATIVE_VERB_BEFORE.search(text, max(0, t_start - 80), t_start)) \
            and is_past_form(rel.group(1).lower()):
        return True
    if "," not in text[t_end:a]:
        return False
    # "welcomed the decision on Wednesday evening, saying it would help households": the participle's clause
    participle = _PARTICIPLE_AFTER_COMMA.search(text, t_end, a + 24)  # (the cue may be the participle itself)
    return participle is not None and participle.start() < a or \
        _RELATIVE_OPEN.search(text, max(0, t_start - 80), t_start) is not None or \
        _PARTICIPLE_OPEN.search(text, max(0, t_start - 80), t_start) is not None


_THAN_BEFORE = regex_cache.compile(r"\b(?:than|as)\s+$", re.I)
_COMMA_BEFORE = regex_cache.compile(r",\s*$")
_HAVE_TO = regex_cache.compile(r"\s+have\s+to\b", re.I)  # "may have to wait until the weekend": an obligation ahead, no perfect
# (or a past participle and its agent: "will be announced on Thursday, followed by a news conference"; or a phrase
# that "with" opens: "is at home to Penmarsh on Saturday, with kick-off brought forward to 12.30pm")
_PARTICIPLE_AFTER_COMMA = regex_cache.compile(r",\s+(?:[a-z]{2,}ing\b|(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+by\b|with\s)")


# A date at the head of its sentence, after at most a preposition ("On Wednesday", "Late on Friday"), and an aside
# set off by commas right after it that T.ASIDE_OPENERS opens: see :func:`_fronted_aside_end`.
_FRONTED_LEAD = regex_cache.compile(r"[\W_]*(?:(?:late|early)\s+)?(?:on|by|from|in|at|since|until)?\s*", re.IGNORECASE)
_UNIT_WORDS = "|".join(sorted((u for u in V.UNITS if u.isalpha()), key=lambda w: (-len(w), w)))
_ASIDE_AFTER = regex_cache.compile(
    r"\s*,\s*(?:(?:(?:" + "|".join(sorted(T.ASIDE_SPAN_LEADS)) + r")\s+)?(?:[\w-]+\s+)?(?:" + _UNIT_WORDS
    + r")\s+(?:to\s+the\s+day\s+)?)?(?:" + "|".join(sorted(T.ASIDE_OPENERS)) + r")\b[^,;.!?]{1,120},\s*(?=\S)",
    re.IGNORECASE)


def _fronted_aside_end(text: str, s_start: int | None, t_start: int, t_end: int) -> int | None:
    """Where the main clause resumes after an aside that follows a fronted expression, or None.

    "On Wednesday, 50 years to the day after the dam failed, the town will gather": the cue for
    Wednesday is the main clause's "will", not the aside's "failed".
    """
    if s_start is None or _FRONTED_LEAD.fullmatch(text, s_start, t_start) is None:
        return None
    m = _ASIDE_AFTER.match(text, t_end)
    return m.end() if m is not None else None


def _next_word(text: str, pos: int) -> str:
    m = WORD.search(text, pos, pos + 20)
    return m.group().lower() if m else ""


# A trailing attribution: a comma or closing quote and a few words before the reporting verb, a few
# words and the sentence's end after it ("..., the center said at 1100 GMT."), or a comma that sets it off
# ("... late Tuesday or early Wednesday, forecasters said, as authorities ordered ...").
_ATTRIBUTION_LEFT = regex_cache.compile(r"[,”\"]\s*(?:[\w.'’-]+\s+){0,5}$")
# (a longer speaker ends in a name: "..., said Linerlytics head of research Sofie Berg.")
_ATTRIBUTION_RIGHT = regex_cache.compile(r"(?:(?:\s+[\w.'’:-]+){0,4}|(?:\s+[\w.'’:-]+){0,%d}\s+[A-Z][\w.'’-]*)"
                                r"(?:\s*,(?!\s*(?:that|whether|when|how|what|who)\b)|\W*$)" % (T.ATTRIBUTION_WORDS_AFTER - 1))


def _attribution_end(text: str, verb_end: int, s_end: int | None) -> int:
    """Where the words after an attribution's reporting verb end (its speaker: "said Sofie Berg, head of research")."""
    m = _ATTRIBUTION_RIGHT.match(text, verb_end, len(text) if s_end is None else s_end)
    return verb_end if m is None else m.end()


_WISH_OBJECT_BEFORE = regex_cache.compile(T.WISH_OBJECT_BEFORE, re.I)
_WITH_OBJECT_BEFORE = regex_cache.compile(T.WITH_OBJECT_BEFORE, re.I)
# a number right before a word (not a year): "37 runs", "12 starts" are counts of a noun
_COUNT_BEFORE = regex_cache.compile(r"(?<![\w.,:])(?:\d{1,3}(?:,\d{3})*|\d{5,})\s+$")
# a calendar word in the possessive after "last": "last year's", "last Monday's", "last spring's" (spelled out)
_DATE_LABEL_AFTER = regex_cache.compile(r"\s+(?:" + trie_pattern(sorted(set(V.CALENDAR_UNITS) | set(V.SEASONS) | {
    w for w in set(V.WEEKDAYS) | set(V.MONTHS) if len(w) > 3 and "." not in w} | {"night"})) + r")['’]s\b", re.I)


_NAME_TOKEN = regex_cache.compile(r"[A-Z][A-Za-z'’-]*")
_WORD_AFTER = regex_cache.compile(r"[A-Za-z]\w*")


def _inside_name(text: str, s_start: int, word: str, start: int, end: int) -> bool:
    """Is ``word`` (at [start, end)) the last word of a name inside its sentence: capitalised, after a capitalised word,
    before a word in lower case ("the Umgeni End on Saturday"; not a headline in title case, "Arsenal Host Chelsea")?"""
    if not word[:1].isupper() or start <= s_start or not text[start - 1].isspace():
        return False
    before = text[max(s_start, start - 30):start].split()
    if not before or _NAME_TOKEN.fullmatch(before[-1]) is None:
        return False
    nxt = _WORD_AFTER.search(text, end)
    if nxt is None or not nxt.group()[0].isupper():
        return True
    # before another capitalised word: a name still ("from Carver Falls Police Department call logs"), unless the
    # sentence is a headline in title case, with no word of four letters or more in lower case before it
    return _LOWER_WORD.search(text, s_start, start) is not None


_LOWER_WORD = regex_cache.compile(r"\b[a-z]{4,}\b")


def is_past_form(w: str) -> bool:
    """A past form by the word lists: an irregular past, or a form in "-ed" of five letters or more that is no adjective."""
    return w in T.PAST_CUES or (len(w) >= 5 and w.endswith("ed") and w not in T.NOT_PAST_ED and not (
        w.startswith("un") and not w.startswith("under") and w not in T.UN_VERBS_ED))


def _past_form_before(words: list[str]) -> bool:
    """Is one of the last three of ``words`` (up to four, in text order) a past form, not a passive participle after
    "be" ("weakened through", not "will be debated through")?"""
    low = [x.lower() for x in words]
    return any(is_past_form(w) and not (i > 0 and low[i - 1] in T.NOT_PAST_BEFORE_PARTICIPLE)
               for i, w in enumerate(low) if i >= len(low) - 3)


_DETERMINER_BEFORE = regex_cache.compile(r"(?:^|(?<![\w'’]))(?:the|an?)\s+$", re.I)


def _cue_kind(text: str, s_start: int, word: str, start: int, end: int, s_end: int | None = None) -> str | None:
    """The tense a cue word gives: "past", "present", "future", None (no cue), or "attribution": the verb
    of a trailing attribution, past for what comes after it, no cue for the clause before it."""
    w = word.lower()
    if "’" in w:
        w = w.replace("’", "'")
    if "'" in w:
        stem, _, tail = w.rpartition("'")
        if stem[-1:].isalpha():
            if tail == "ll":
                return "future"  # "they'll vote on Friday"
            if tail in T.PRESENT_CONTRACTIONS or (tail == "s" and stem in T.IS_CONTRACTION_PRONOUNS):
                return "present"  # "we're flying to Paris on Sunday", "she's leaving on Friday"
        if tail in ("ll", "s") or tail in T.PRESENT_CONTRACTIONS:
            return None  # a possessive ("Trump's")
    if w in T.FUTURE_CUES and _THAN_BEFORE.search(text, max(s_start, start - 8), start):
        return None  # "sold fewer units than expected": a comparison, no plan
    if w in T.REPORTING_WORDS and _ATTRIBUTION_LEFT.search(text, max(s_start, start - 50), start) \
            and _ATTRIBUTION_RIGHT.match(text, end, len(text) if s_end is None else s_end):
        return "attribution"
    if w == "set" and _next_word(text, end) == "for":  # "now set for Tuesday": scheduled
        prev = [x.lower() for x in WORD.findall(text, max(s_start, start - 16), start)[-2:]]
        return "past" if any(x in T.PAST_PERFECT_AUXILIARIES for x in prev) else "future"
    if w in T.PAST_AS_BASE_AFTER_SINGULAR and _next_word(text, end) != "to":
        prev = WORD.findall(text, max(s_start, start - 6), start)
        if prev and prev[-1].lower() in T.SINGULAR_SUBJECT_PRONOUNS:
            return "past"  # "the 9% to 11% it forecast in October": "it forecasts" would be the present
    if w in T.FUTURE_BEFORE_TO:
        if _next_word(text, end) == "to":
            prev = [x.lower() for x in WORD.findall(text, max(s_start, start - 16), start)[-2:]]
            # a plan gone by: "had been set to go under the hammer on April 15", "had planned to launch on July 14"
            return "past" if any(x in T.PAST_PERFECT_AUXILIARIES for x in prev) else "future"
        if not (w.endswith("ed") and len(w) > 4):
            return None  # "the plan", "a record set on Aug. 6"; "predicted the crash" is past (below)
    if w in T.MODALS:
        if word[0] == "M" and w == "may":
            return None  # the month
        after = _next_word(text, end)
        if (after in T.MODAL_PAST_AFTER and not _HAVE_TO.match(text, end)) or (
                w == "could" and after in T.COULD_PAST_AFTER):
            return "past"  # "may have left", "could not be reached"
        return "future"
    if (w in T.SCHEDULE_PRESENT or w in T.SCHEDULE_PRESENT_PLURAL) and _inside_name(text, s_start, word, start, end):
        return None  # "from the Umgeni End on Saturday": the end of a name, no verb
    if w in T.SCHEDULE_PRESENT and _COUNT_BEFORE.search(text, max(s_start, start - 12), start):
        return None  # "won the decider on December 8 by 37 runs": a count's noun, no verb
    if w == "going" and _next_word(text, end) != "to":
        return None  # "vessels going in and out of the harbour": a participle of motion, no plan
    if w in T.FUTURE_CUES:
        words = [x.lower() for x in WORD.findall(text, max(s_start, start - 16), start)[-2:]]
        return "past" if any(x in T.PAST_BEFORE_FUTURE_CUE for x in words) else "future"
    if w in T.SCHEDULE_PRESENT_PLURAL:  # "They face Bayern on Tuesday", "The teams meet again in January"
        if _OWNED_OR_AFTER_PREPOSITION.search(text, max(s_start, start - 32), start):
            return None  # "burns to his hands and face", "on administrative leave": a noun
        last = _LAST_TWO_REVERSED.match(text[max(s_start, start - 24):start][::-1]).group(1)
        if last is None:
            return None
        word = last[::-1]
        if word.lower() in T.RELATIVE_SUBJECTS:
            return "future"  # "Morocco, who open their campaign on Saturday"
        head = _HEAD_BEFORE_RELATIVE.search(text, max(s_start, start - 100), start) if "," in text[start - 3:start] \
            else None
        if head is not None:
            word = head.group(1)  # "Spain, who beat Ireland 3-0 yesterday, play Brazil on Saturday"
        # a plural subject, or a name ("City travel to Northfield on Wednesday": a team, plural in British copy)
        return "future" if _plural_subject(word.lower()) or _name_subject(word) else None
    if w == "last" and _DATE_LABEL_AFTER.match(text, end):
        return None  # "run on last year's figures until the autumn": a date that labels a noun, not the clause's tense
    if is_past_form(w):
        if word[0].isupper() and start > s_start and (w not in T.PAST_CUES or (
                word[1:2].islower() and _DETERMINER_BEFORE.search(text, max(s_start, start - 5), start))):
            return None  # a name inside the sentence: "the district of Sindhkhed", "the Fed", "the Left"
        if w[-2:] == "ed" and _next_word(text, end) == "by" and _COMMA_BEFORE.search(text, max(s_start, start - 3), start):
            return None  # ", followed by a news conference": a participle, of the clause's tense, none of its own
        if _WISH_OBJECT_BEFORE.search(text, max(s_start, start - 40), start):
            return None  # "wants the vote held": a participle of what is wished
        # the last two words of the window, reversed, as written: the words _auxiliary_tense would read
        last, second = _LAST_TWO_REVERSED.match(text[max(s_start, start - 24):start][::-1]).groups()
        if last is not None and last[::-1].lower() in T.BASE_FORM_BEFORE:
            return None  # "expected to hit", "could put": the base form
        if w in T.PAST_FORMS_ALSO_NOUNS and _noun_after_determiner(text, s_start, start):
            return None  # "gets his first shot Saturday", "a cut on Monday": the noun
        if _WITH_OBJECT_BEFORE.search(text, max(s_start, start - 48), start):
            return None  # "with Friday held in reserve", "with most of the cuts completed": a participle of "with"
        if text[start - 1:start] == "-" and text[start - 2:start - 1].isalpha():
            return None  # a compound adjective, whatever its past form: "a Saudi-led force", "the flood-hit district"
        if w not in T.PAST_CUES and (last in _DETERMINERS_REVERSED or text[start - 1:start] == "-" or (
                second in _DETERMINERS_REVERSED and last is not None and _adverb_reversed(last))):
            if not (last is not None and last.lower() == "taht" and _next_word(text, end) in T.WORDS_AFTER_A_VERB):
                return None  # an adjective: "the armed forces", "a still unspecified date", "a Saudi-led force"
            # (but "a party that trailed by 20 points": a relative clause's verb)
        if w not in T.PAST_CUES and ((last is not None and last[::-1].lower() in T.COUNT_DETERMINERS)
                                     or (_NUMBER_BEFORE.search(text, max(s_start, start - 8), start)
                                         and _LOWER_WORD_AFTER.match(text, end))) \
                and _next_word(text, end) not in T.WORDS_AFTER_A_VERB:
            return None  # "over three missed tests": an adjective before its noun
        if last in _FUTURE_AUXILIARIES_REVERSED or second in _FUTURE_AUXILIARIES_REVERSED:
            if last is not None and last.lower() == "eb" and second is not None and second.lower() in (
                    "ton", "t'n", "t'ndluoc"):
                return None  # "could not be reached", "couldn't be reached": the modal before decides
            return "future"
        if last in _PRESENT_AUXILIARIES_REVERSED or second in _PRESENT_AUXILIARIES_REVERSED:
            return "present"
        return "past"
    if w in T.PRESENT_CUES:
        if w == "am" and text[max(s_start, start - 2):start].strip()[-1:].isdigit():
            return None  # "at 2:00 am on Tuesday": the clock's meridiem, no verb
        if w in T.PRESENT_AUXILIARIES and _next_word(text, end) == "to":
            return "future"  # "is to resume"
        return "present"
    return None


def sentence_tense(text: str, s_start: int, s_end: int, t_start: int, t_end: int) -> str:
    """Tense cue nearest the expression at [t_start, t_end) inside its sentence."""
    return tense_cue(text, s_start, s_end, t_start, t_end)[0]


def tense_cue(text: str, s_start: int, s_end: int, t_start: int, t_end: int) -> tuple[str, str | None]:
    """Tense of the cue nearest the expression at [t_start, t_end) in its sentence, and that cue word."""
    return nearest_cue(_cues(text, s_start, s_end), t_start, t_end, text, s_start)


def sentence_cues(text: str, s_start: int, s_end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, tense, word) of every tense cue of a sentence, in text order.

    Found once per sentence: :func:`nearest_cue` then picks the one nearest
    each expression, so a sentence with many dates costs linear time.
    """
    return list(_cues(text, s_start, s_end))


def _ascii_lower(sentence: str) -> bytes:
    """A blank, then the sentence as lower-case ASCII bytes, one per character: a typographic apostrophe inside a
    word as "'" ("won’t", "they’ll"), any other character outside ASCII as "?"."""
    if "’" in sentence:
        sentence = _APOSTROPHE.sub("'", sentence)
    return (" " + sentence).encode("ascii", "replace").lower()


_APOSTROPHE = regex_cache.compile(r"(?<=[A-Za-z])’(?=[A-Za-z])")  # in a word: not a closing quote ("sank’ ragged")


# the publication-date clues and the resolver ask for the cues of the same sentences, one
# expression at a time: the last few sentences' cues are kept
@lru_cache(maxsize=64)
def _cues(text: str, s_start: int, s_end: int) -> tuple[tuple[int, int, str, str], ...]:
    out = []
    # on the sentence alone: its first token starts at s_start whatever comes before
    lowered = _ascii_lower(text[s_start:s_end])  # a byte per character
    shift = s_start - 1
    for m in _CUE_TOKEN.finditer(lowered):
        a, b = m.start(1) + shift, m.end(1) + shift
        word = text[a:b]
        kind = _cue_kind(text, s_start, word, a, b, s_end)
        if kind is not None:
            out.append((a, b, kind, word))
    return tuple(out)


# The same cue tokens read backwards: on the reversed lower-case bytes of a sentence, the reversed
# words, each a whole run of letters (a past form "-ed" of five letters or more begins with "de").
_CUE_TOKEN_REVERSED = regex_cache.compile(rb"(?<![a-z'])(?:(?:" + trie_pattern({w.lower()[::-1] for w in _CUE_WORDS}).encode()
                                 + rb")(?![a-z'])|de[a-z']{3,}+|(?:ll|er|m|s)'(?=[a-z])[a-z']++)")
_LETTER = frozenset(b"abcdefghijklmnopqrstuvwxyz'")


class SentenceCues:
    """The tense cues of one sentence, found only as far out from each expression as its nearest
    cue on either side: :meth:`nearest` is ``nearest_cue(sentence_cues(...), t_start, t_end)``
    without reading the whole sentence's cues (a sentence with a date has several cue words, most
    of them farther from it than the nearest)."""

    __slots__ = ("text", "s_start", "s_end", "lowered", "reversed", "shift", "kinds")

    def __init__(self, text: str, s_start: int, s_end: int) -> None:
        self.text, self.s_start, self.s_end = text, s_start, s_end
        # as in _cues: the sentence alone, a byte per character, after one blank
        self.lowered = _ascii_lower(text[s_start:s_end])
        self.reversed = self.lowered[::-1]
        self.shift = s_start - 1
        self.kinds: dict[int, str | None] = {}  # cue kind by token start (lowered), once looked at

    def _kind(self, a: int, b: int) -> str | None:
        kind = self.kinds.get(a, False)
        if kind is False:
            s = self.shift
            kind = self.kinds[a] = _cue_kind(self.text, self.s_start, self.text[a + s:b + s], a + s, b + s, self.s_end)
        return kind

    def nearest(self, t_start: int, t_end: int) -> tuple[str, str | None]:
        """Tense and word of the cue nearest [t_start, t_end), as :func:`nearest_cue` finds it."""
        low, n, s = self.lowered, len(self.lowered), self.shift
        i = t_start - s
        if not 1 <= i <= n or (i < n and low[i - 1] in _LETTER and low[i] in _LETTER):
            # the expression starts inside a word (or outside the sentence): a token may straddle it
            return nearest_cue(_cues(self.text, self.s_start, self.s_end), t_start, t_end, self.text, self.s_start)
        best: tuple[int, str, str] | None = None
        for m in _CUE_TOKEN_REVERSED.finditer(self.reversed, n - i):  # nearest first, going back
            a, b = n - m.end(), n - m.start()
            kind = self._kind(a, b)
            if kind is not None and not _before_blocked(self.text, a + s, b + s, t_start):
                best = (t_start - (b + s), "past" if kind == "attribution" else kind, self.text[a + s:b + s])
                break
        aside = _fronted_aside_end(self.text, self.s_start, t_start, t_end)
        after = self._after(aside) if aside is not None else None
        if after is None:
            after = self._after(t_end)
        if after is not None:
            a, b, kind = after
            if best is None or (a - t_end < best[0] and not _after_blocked(self.text, t_start, t_end, a)):
                best = (a - t_end, kind, self.text[a:b])
        return (best[1], best[2]) if best else ("none", None)

    def _after(self, pos: int) -> tuple[int, int, str] | None:
        """(start, end, kind) in the text of the first cue from ``pos``, or None (none, or past a comparison)."""
        s = self.shift
        skip_to = -1  # the end of an attribution's speaker ("said Linerlytics head of research Sofie Berg")
        for m in _CUE_TOKEN.finditer(self.lowered, max(0, pos - s - 1)):  # a non-letter, then the token
            a, b = m.start(1), m.end(1)
            if a + s < skip_to:
                continue
            kind = self._kind(a, b)
            if kind == "attribution":
                skip_to = _attribution_end(self.text, b + s, self.s_end)
                continue  # the saying's tense, not the clause's
            if kind is not None:
                if _COMPARISON.search(self.text, pos, a + s):
                    return None  # "..., up from 50% a month ago": the comparison's time, not the clause's
                return a + s, b + s, kind
        return None


def _first_after(cues: Sequence[tuple[int, int, str, str]], pos: int, text: str | None) -> int:
    """Index of the first cue from ``pos`` that is not an attribution, or ``len(cues)`` (none, or past a comparison)."""
    after = bisect_left(cues, (pos,))
    while after < len(cues) and cues[after][2] == "attribution":
        # a trailing attribution after the expression: the saying's tense, not the clause's; nor its speaker's words
        end = _attribution_end(text, cues[after][1], None) if text is not None else -1
        after += 1
        while after < len(cues) and cues[after][0] < end:
            after += 1
    if text is not None and after < len(cues) and _COMPARISON.search(text, pos, cues[after][0]):
        after = len(cues)  # "..., up from 50% a month ago": the comparison's time, not the clause's
    return after


def nearest_cue(cues: Sequence[tuple[int, int, str, str]], t_start: int, t_end: int,
                text: str | None = None, s_start: int | None = None) -> tuple[str, str | None]:
    """Tense and word of the cue nearest [t_start, t_end), the earlier on a tie; cues inside it do not count.
    Given the ``text``, a cue after the expression past a clause opener counts only if none is before it; given
    also the sentence's start ``s_start``, a fronted expression's cue is the main clause's, past an aside."""
    best: tuple[int, str, str] | None = None
    before = bisect_left(cues, (t_start,)) - 1  # the last cue starting before the expression: nearest before
    while text is not None and before >= 0 and _before_blocked(text, cues[before][0], cues[before][1], t_start):
        before -= 1
    after = len(cues)
    aside = None if text is None else _fronted_aside_end(text, s_start, t_start, t_end)
    if aside is not None:  # "On Wednesday, a day after the dam failed, they will gather": the main clause's cue
        after = _first_after(cues, aside, text)
    if after == len(cues):
        after = _first_after(cues, t_end, text)  # the first cue starting at or after its end: nearest after
    for k in (before, after):
        if 0 <= k < len(cues):
            a, b, kind, word = cues[k]
            kind = "past" if kind == "attribution" else kind
            dist = t_start - b if b <= t_start else a - t_end
            if best is None or (dist < best[0] and not (text is not None and _after_blocked(text, t_start, t_end, a))):
                best = (dist, kind, word)
    return (best[1], best[2]) if best else ("none", None)


# The last three words before a date, after the last stop (,;:()"“”) before it, read backwards in
# one match on the reversed window: group k the k-th word back, reversed.
_STOPS = ",;:()\"“”"
_BACK_WORD = rf"(?:[^A-Za-z'{_STOPS}]*+([A-Za-z']+))?"
_LAST_WORDS_REVERSED = regex_cache.compile(_BACK_WORD * 3)
_PROSPECTIVE_BEFORE = regex_cache.compile(T.PROSPECTIVE_BEFORE, re.IGNORECASE)
_TOLD_HEARER_BEFORE = regex_cache.compile(T.TOLD_HEARER_BEFORE)
_COMPARED_FROM_BEFORE = EndSearch(regex_cache.compile(T.COMPARED_FROM_BEFORE, re.IGNORECASE))
_LOOK_BACK_BEFORE = EndSearch(regex_cache.compile(T.LOOK_BACK_BEFORE, re.IGNORECASE))
_PAST_PLAN_BEFORE = regex_cache.compile(T.PAST_PLAN_BEFORE, re.IGNORECASE)
_FORECAST_CONTENT_BEFORE = regex_cache.compile(T.FORECAST_CONTENT_BEFORE, re.IGNORECASE)
_INFINITIVE_PLAN_BEFORE = regex_cache.compile(T.INFINITIVE_PLAN_BEFORE, re.IGNORECASE)
_RESCHEDULED_BEFORE = EndSearch(regex_cache.compile(T.RESCHEDULED_BEFORE, re.IGNORECASE))
_RESCHEDULED_LINKS = frozenset(("to", "until", "till", "through", "for"))
_WEEKDAY_STARTS = frozenset(w[:3] for w in V.WEEKDAYS)
# A day named after "through" is the end of a stretch, past or ahead ("funded through Dec. 17"), not a stretch gone by
_DAY_AFTER_THROUGH = regex_cache.compile(T.DAY_AFTER_THROUGH, re.IGNORECASE)


# a clock time and "on" before a day ("until 6 p.m. on Tuesday"): the words before the clock time are the day's too
CLOCK_ON_BEFORE = regex_cache.compile(r"(?:(?<![\w.:])\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|\bnoon|\bmidnight|\bmidday)"
                              r"(?:\s+[A-Z]{2,4})?\s+on\s+$", re.IGNORECASE)


def local_cue(text: str, s_start: int, t_start: int) -> tuple[str | None, str | None]:
    """A decisive cue right before the expression: "ended Sept. 30" (past),
    "payable Dec. 1" (future), "until Nov. 20" (target: the nearest such date); and the word."""
    if text[t_start - 3:t_start - 1] == "on":
        m = CLOCK_ON_BEFORE.search(text, max(s_start, t_start - 30), t_start)
        if m is not None:  # "a warning until 6 p.m. on Tuesday": the day's cue is the clock time's
            t_start = m.start()
    lo = max(s_start, t_start - 30)
    m = _PROSPECTIVE_BEFORE.search(text, max(s_start, t_start - 60), t_start)
    if m is not None:
        return "future", m.group().strip()
    m = _INFINITIVE_PLAN_BEFORE.search(text, max(s_start, t_start - 130), t_start)
    if m is not None:  # "was remanded in custody to appear at Darnford Crown Court on April 6": what is to be done
        return "future", m.group().split()[0]
    if text[t_start:t_start + 3].lower() in _WEEKDAY_STARTS \
            and any(k in text[max(s_start, t_start - 120):t_start] for k in ("ast", "dict", "ject")):  # (a cheap test)
        m = _FORECAST_CONTENT_BEFORE.search(text, max(s_start, t_start - 120), t_start)
        if m is not None:  # "has forecast hot weather, with temperatures up to 41C on Friday": the coming Friday
            return "future", m.group().split()[0]
    m = _PAST_PLAN_BEFORE.search(text, max(s_start, t_start - 90), t_start)
    if m is not None:
        return "target", m.group().split()[-1]  # "was due to ship on November 20": the nearest November 20
    m = _TOLD_HEARER_BEFORE.search(text, max(s_start, t_start - 60), t_start)
    if m is not None:
        return "past", m.group().split()[0]
    if "back" in text[max(s_start, t_start - 40):t_start]:
        m = _LOOK_BACK_BEFORE.search(text, max(s_start, t_start - 60), t_start)
        if m is not None:
            return "past", m.group().split()[0]  # "going back to at least February 10"
    if "from" in text[max(s_start, t_start - 50):t_start]:
        m = _COMPARED_FROM_BEFORE.search(text, max(s_start, t_start - 50), t_start)
        if m is not None:
            return "past", m.group().split()[0]  # "up from 27% on Monday morning"
    back = _LAST_WORDS_REVERSED.match(text[lo:t_start][::-1])
    for k in (1, 2, 3):
        if back.start(k) < 0:
            break
        start = t_start - back.end(k)
        word = text[start:t_start - back.start(k)]
        w = word.lower()
        if k == 1 and w in _RESCHEDULED_LINKS and _RESCHEDULED_BEFORE.search(text, max(s_start, t_start - 60), t_start):
            # "was pushed back to Saturday": the new date, the coming weekday; a calendar date the nearest
            # ("the deadline was extended until March 1", written in mid-March, is the one just past)
            return ("future" if text[t_start:t_start + 3].lower() in _WEEKDAY_STARTS else "target"), word
        if w in T.TARGET_WORDS:
            before = [x.lower() for x in WORD.findall(text, max(s_start, start - 12), start)[-1:]]
            if w in ("until", "till") and any(x.lower() in T.PAST_UNTIL_LEADS for x in
                                              WORD.findall(text, max(s_start, start - 40), start)[-4:]):
                return "past", word  # "stayed until April 9", "kept trickling in until Thursday": an end gone by
            if w == "through" and _past_form_before(WORD.findall(text, max(s_start, start - 50), start)[-4:]) \
                    and not _DAY_AFTER_THROUGH.match(text, t_start):
                return "past", word  # "weakened through the summer": a stretch gone by, not a target ahead
            if w == "to" and before and before[0] in T.PERIOD_NOUNS:
                return None, None  # "in the year to March": the period's end, placed by the sentence's tense
            if w == "to" and before and before[0] in T.PAST_TARGET_LEADS:
                return "past", word  # "a rise backdated to April"
            return "target", word
        if w in T.PAST_LOCAL_WORDS:
            return "past", word
        if (w in T.SCHEDULE_PRESENT or w in T.SCHEDULE_PRESENT_PLURAL) and (
                _inside_name(text, s_start, word, start, start + len(word))
                or _COUNT_BEFORE.search(text, max(s_start, start - 12), start)):
            break  # "from the Umgeni End on Saturday" (a name), "by 66 runs in the Boxing Day Test" (a count's noun)
        if w in T.PROSPECTIVE_WORDS:  # "had been due to expire Friday": the sentence decides
            before = [x.lower() for x in WORD.findall(text, max(s_start, start - 30), start)[-4:]]
            if w.endswith("ing") and any(x in T.PAST_CUES and x not in T.AUXILIARIES_AND_REPORTING for x in
                                         (y.lower() for y in WORD.findall(text, max(s_start, start - 60), start))):
                return None, None  # "Rain fell for 36 hours starting late Friday": the past verb's, not a plan
            if w == "due" and before and before[-1] in T.DUE_CAME_BEFORE:
                return "past", word  # "a coupon that fell due on Wednesday": the day came
            if w in T.NEAREST_PROSPECTIVE_WORDS and "than" in before[-3:]:
                return "past", word  # "more persistent than we expected in the summer": what was expected then
            if w in T.NEAREST_PROSPECTIVE_WORDS and not any(x in T.PAST_PERFECT_AUXILIARIES for x in before):
                return "nearest", word  # whatever the tense: "The second consignment, expected on October 25, arrived"
            if w in T.PROSPECTIVE_NOUNS and _past_verb_before(text, s_start, start):
                return None, None  # "completed the signing before the 7pm deadline on Monday": the sentence's
            return (None, None) if any(x in T.PAST_PERFECT_AUXILIARIES for x in before) else ("future", word)
        if w in T.SCHEDULE_PRESENT_PLURAL:
            before = [x.lower() for x in WORD.findall(text, max(s_start, start - 12), start)[-1:]]
            if before and (before[0] in T.BASE_FORM_BEFORE or before[0] in T.DETERMINERS or before[0] in T.COPULAS
                           or before[0] in T.NOUN_OF_SCHEDULE_BEFORE):
                return None, None
            if before and before[0] in T.LOCAL_SKIP_WORDS:
                break  # "after setting a record close on Oct. 28": a noun
            if _OWNED_OR_AFTER_PREPOSITION.search(text, max(s_start, start - 32), start):
                break  # "burns to his hands and face on Wednesday", "placed on leave on Friday": a noun
            if text[start - 1:start] == " " and "-" in text[max(s_start, start - 16):start - 1].rsplit(" ", 1)[-1]:
                break  # "a follow-up visit on Jan. 12": a noun after a compound adjective
            return "future", word
        if (w in T.PAST_CUES and w not in T.AUXILIARIES_AND_REPORTING) or (
                len(w) > 4 and w.endswith("ed") and w not in T.NOT_PAST_ED
                and not (word[0].isupper() and start > s_start)):  # (not a name: "the district of Sindhkhed")
            if w in T.PAST_FORMS_ALSO_NOUNS and _noun_after_determiner(text, s_start, start):
                break  # "gets his first shot Saturday": the noun
            before = [x.lower() for x in WORD.findall(text, max(s_start, start - 12), start)[-1:]]
            if before and before[0] in T.PERFECT_AUXILIARIES:
                return None, None
            if before and before[0] in T.BASE_FORM_BEFORE and w in T.BASE_AND_PAST:
                return None, None  # "is expected to hit on Friday": the base form, the sentence decides
            return _auxiliary_tense(text, max(s_start, start - 24), start) or "past", word
        if w not in T.LOCAL_SKIP_WORDS:
            break
    window = text[max(s_start, t_start - 80):t_start]
    if "," in window or "after" in window.lower():
        rel = _RELATIVE_ASIDE_BEFORE.search(text, max(s_start, t_start - 80), t_start)
        if rel is not None:
            if rel.group("gerund"):
                return "past", rel.group("gerund")  # "after setting a record close on Oct. 28"
            v = rel.group("verb").lower()
            if v in T.PAST_CUES or v in T.BASE_AND_PAST or (len(v) > 4 and v.endswith("ed") and v not in T.NOT_PAST_ED):
                return "past", rel.group("verb")  # ", which cut interest rates in February,"
    if "by " in text[max(s_start, t_start - 60):t_start]:
        aside = _PASSIVE_ASIDE_BEFORE.search(text, max(s_start, t_start - 80), t_start)
        if aside is not None and aside.group(1).lower() not in T.NOT_PAST_ED:
            return "past", aside.group(1)  # "The change, approved by the library board on Tuesday, will run"
    return None, None


_RELATIVE_ASIDE_BEFORE = regex_cache.compile(T.RELATIVE_ASIDE_BEFORE, re.I)
# a participle set off by a comma, then its agent, up to the date: ", approved by the library board on "
# (not ", followed by finance ministers in Banff on May 20-22", which tells what comes next)
_PASSIVE_ASIDE_BEFORE = regex_cache.compile(r",\s+(?:[a-z]+ly\s+)?(?!(?:followed|preceded|accompanied|joined)\s)([a-z]{3,}ed)\s+by\s+"
                                   r"[^,;:]{1,50}?\s+(?:(?:on|in|at|last)\s+)?$")


def _noun_after_determiner(text: str, s_start: int, start: int) -> bool:
    """Does a determiner come right before ``start``, or an adjective of ``T.NOUN_ADJECTIVES`` after one ("his first
    shot")? Then the word at ``start`` is a noun."""
    words = [x.lower() for x in WORD.findall(text, max(s_start, start - 24), start)[-2:]]
    return bool(words) and (words[-1] in T.DETERMINERS or (
        len(words) == 2 and words[1] in T.NOUN_ADJECTIVES and words[0] in T.DETERMINERS))


def _past_verb_before(text: str, lo: int, hi: int) -> bool:
    """Is there a past verb in ``text[lo:hi]`` that does not set a date (``T.DEADLINE_SETTING_VERBS``)?"""
    for x in WORD.findall(text, lo, hi):
        w = x.lower()
        if w in T.DEADLINE_SETTING_VERBS:
            return False
        if (w in T.PAST_CUES and w not in T.AUXILIARIES_AND_REPORTING) or (
                len(w) > 4 and w.endswith("ed") and w not in T.NOT_PAST_ED and not x[0].isupper()):
            return True
    return False


def _auxiliary_tense(text: str, lo: int, hi: int) -> str | None:
    """Tense set by an auxiliary just before a participle ("will be held", "is expected")."""
    return _words_tense([w.lower() for w in WORD.findall(text, lo, hi)[-2:]])


def _words_tense(words: list[str]) -> str | None:
    """:func:`_auxiliary_tense` of the last two words before the participle, lowercased."""
    if not T.FUTURE_AUXILIARIES.isdisjoint(words):
        return "future"
    if not T.PRESENT_AUXILIARIES.isdisjoint(words):
        return "present"
    return None
