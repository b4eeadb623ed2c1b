"""The summary line of a placed clause: the clause without its date phrases and attribution, its subject
lent from the sentence when it opens with a verb, and what the date names said whole."""

from __future__ import annotations

import re

from .. import regex_cache
from ..rules import statements as S
from ..rules import tense as T
from .phrases import (attached_event, parenthesized_happening, labelled_happening, labelled_object, labelled_relative, object_relative, reduced_relative,
                      scheduled_object)
from .text import (ATTRIBUTIVE, RESCHEDULED_BEFORE, CLAUSE_VERBS, CLAUSE_VERB_WORDS, COMMA_AFTER, DETERMINER_BEFORE, FIRST_WORD,
                   OPENING_SUBJECT, PREP_WINDOW, VERB_WORD, collapse_blanks, plural_head)

_ATTRIB = [(regex_cache.compile(p), words) for p, words in S.ATTRIBUTION]

_PREP = regex_cache.compile(r"(?:\b(?:" + "|".join(re.escape(p) for p in sorted(S.DATE_PREPOSITIONS, key=len, reverse=True))
                   + r")\s+)?(?:\b(?:" + "|".join(S.DATE_DETERMINERS) + r")\s+)?$", re.I)
# _PREP read backwards from the date: ``match`` on the reversed text before it, instead of a
# ``search`` that tries every position of the window (see :func:`_prep_start`)
_PREP_REVERSED = regex_cache.compile(r"(?:\s+(?:" + "|".join(d[::-1] for d in S.DATE_DETERMINERS) + r")\b)?(?:\s+(?:" + "|".join(
    re.escape(p[::-1]) for p in sorted(S.DATE_PREPOSITIONS, key=len, reverse=True)) + r")\b)?", re.I)

_EMPTY_PARENS = regex_cache.compile(r"\((?:[-–—,/;]|\band\b|\bor\b|\bto\b|\s)*\)")
_STRAY = r"(?:[-–—]|and|or|to|through)(?=\s*[-–—,.;:)]|\s*$)"
# ``(?<!\s)(?:\s+STRAY)+``, written to begin with a blank (``\s(?<!\s\s)``: one not after another)
# so that the engine skips to blanks instead of trying the lookbehind at every position
_STRAY_SEPARATORS = regex_cache.compile(rf"\s(?<!\s\s)\s*{_STRAY}(?:\s+{_STRAY})*")
# What joins two coordinated dates: "1962-1964 and 1990-1995", "March 3, or on March 5"
_JOINED = regex_cache.compile(r"\s*,?\s*(?:and|or|to|through|ended|ending|[-–—])\s+(?:(?:again|also|then)\s+)?"
                     r"(?:(?:in|on|at|for|during|until|by)\s+)?(?:the\s+)?", re.I)
# "now" before a verb is an adverb of its own clause ("passed the Senate late Wednesday and now goes to the House"), not
# the end of a span of dates
_NOW_THEN_VERB = regex_cache.compile(r"now\s+[a-z]", re.I)
# a date that is the subject of its clause: after "that" or at the start, before an auxiliary
_DATE_SUBJECT_AFTER = regex_cache.compile(r"\s+(?:would|will|was|were|is|are|has|had|could|should|may|might|must|can|"
                                 + "|".join(sorted(S.IRREGULAR_PAST)) + r"|[a-z]{3,}ed)\b")
_DATE_SUBJECT_BEFORE = regex_cache.compile(r"(?:^[\"“‘']?|\bthat\s+)$", re.I)  # also after an opening quote
# "scheduled for", "due on": a participle that goes with its date, unless a copula needs it ("is scheduled")
_HELD_PARTICIPLE = regex_cache.compile(r"(?:scheduled|set|slated|due)\s+", re.I)
_COPULA_BEFORE = regex_cache.compile(r"\b(?:is|are|was|were|be|been|being|now|also|originally|initially|previously|first)\s+$",
                            re.I)

# a fragment that only places an event named by a noun phrase: "Weeks after the Brexit referendum."
_NAMED_EVENT = regex_cache.compile(r"(?:[\w-]+\s+){0,2}(?:" + "|".join(S.NAMED_EVENT_LEADS) + r")\s+"
                          r"((?:the|a|an|its|his|her|their)\s+[^,;:.!?\"“”]+)\.", re.I)

_REPEATED_SEPARATORS = regex_cache.compile(r"([,;])\s*[,;]+")
_BLANK_BEFORE_PUNCT = regex_cache.compile(r"(?<!\s)\s+([,.;:!?])")
_WORD = regex_cache.compile(r"\w")

_SEPARATOR_BEFORE_STOP = regex_cache.compile(r"[,;:]+([.!?])")  # "Rebels left,." once "in the evening" is gone
# (and a transcript's fillers); "when" and "while" only in lower case: a sentence that opens "When police arrived on
# Monday, they found two bodies" keeps it, or the two clauses would be spliced
_LEADING_CONJUNCTION = regex_cache.compile(r"^(?:(?i:uh|um|er)\b,?\s*)*(?:(?:(?i:and|but|then|so)|while|when)\b,?\s+)?"
                                  r"(?:(?i:uh|um|er)\b,?\s*)*")

# ", closed " before "since Monday,"; not a past that says what its subject did (", resigned on Friday,")
_PARTICIPLE_BEFORE = regex_cache.compile(r",\s+(?:[a-z]+ly\s+)?(?!(?:" + "|".join(sorted(S.ACTIVE_PASTS)) + r")\s)[a-z]{3,}ed\s$")
_COMMA_BEFORE = regex_cache.compile(r",\s*$")
# an attribution after a comma ("the health ministry said", "officials reported")
_SAID_AFTER = regex_cache.compile(r"\s*(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:" + "|".join(S.SAID_VERBS) + r")\b")

_CLEFT = regex_cache.compile(r"^it\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:that|when)\s+", re.I)
_LEADING_PREP_COMMA = regex_cache.compile(r"^(?:in|on|at)\s*,\s*", re.I)


# a date in one hyphenated word before a noun is an adjective ("a drop in third-quarter net income", "in mid-October
# trading"): it goes alone, the preposition is the noun's
_HYPHENATED_DATE = regex_cache.compile(r"[A-Za-z]+-[A-Za-z]+")
_NOUN_AFTER_LABEL = regex_cache.compile(r" (?!(?:" + "|".join(S.NOT_LABELLED_NOUNS) + r")\b)[a-z]")
# ... and a date after a determiner is no label either before one of those words ("a charge in its fourth quarter to
# cover the cost": "in its" goes with it)
_FUNCTION_WORD_AFTER = regex_cache.compile(r"\s+(?:" + "|".join(S.NOT_LABELLED_NOUNS) + r")\b")

PAREN_ASIDE_REACH = 24  # how far before a date an aside's opening parenthesis is looked for
PAREN_ASIDE_MAX_WORDS = 4  # the words besides the date that an aside in parentheses may hold and go with it


def _parenthesized_aside(out: str, a: int, e: int) -> tuple[int, int] | None:
    """The span of the parentheses around ``out[a:e]`` (and the blank before them), if what else they hold is at
    most PAREN_ASIDE_MAX_WORDS words and no figure ("(founded in 1990)", "(which was passed in 2019)"); else None."""
    o = out.rfind("(", 0, a)
    c = out.find(")", e)
    if o < 0 or c < 0 or ")" in out[o:a] or "(" in out[e:c]:
        return None
    rest = (out[o + 1:a] + " " + out[e:c]).split()
    if len(rest) > PAREN_ASIDE_MAX_WORDS or any(ch.isdigit() for w in rest for ch in w):
        return None
    return (o - 1 if o > 0 and out[o - 1] == " " else o), c + 1


def summarize(clause: str, expr_spans: list[tuple[int, int]], attribution: bool = True) -> str:
    """The clause without its date phrases (and their prepositions) and, if ``attribution``, its attribution."""
    out = clause
    merged: list[tuple[int, int]] = []
    for s, e in sorted(expr_spans):
        if merged and (s <= merged[-1][1] or (_JOINED.fullmatch(clause, merged[-1][1], s)
                                              and not _NOW_THEN_VERB.match(clause, s))):
            # overlapping, or coordinated ("in 1962-1964 and 1990-1995"): one phrase, the "and" with it
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    for s, e in reversed(merged):
        tail = out[e:]
        if tail.startswith("'s") or tail.startswith("’s"):
            # a date in the possessive determines the noun after it: "from Wednesday's earthquake" is
            # "from the earthquake", its preposition the noun's
            out = out[:s] + "the" + out[e + 2:]
            continue
        # a date between a determiner and its noun ("the 2000 election", "over the Easter weekend") goes
        # alone: the determiner and the preposition are the noun's
        if _DATE_SUBJECT_AFTER.match(out, e) and _DATE_SUBJECT_BEFORE.search(out, max(0, s - 8), s):
            continue  # the date is the subject ("that the first half of 2024 would be", "Last year was"): it stays
        if "st" in out[max(0, s - 30):s] and _SUPERLATIVE_BEFORE.search(out, max(0, s - 30), s):
            continue  # the date is the noun a superlative ranks ("the warmest February on record"): it stays
        if _OBSERVING_BEFORE.search(out, max(0, s - 16), s):
            continue  # the date is what was done ("Families marked Thanksgiving"): it stays
        if "since" in out[max(0, s - 10):s] and _RECORD_SINCE_BEFORE.search(out, max(0, s - 50), s):
            continue  # "for the first time since November", "the largest parade since 2015": the record's measure
        if "than" in out[max(0, s - 24):s] and _THAN_BEFORE.search(out, max(0, s - 24), s):
            continue  # "a smaller drop than in the final quarter of 2024": the time compared with stays
        if " of " in out[max(0, s - 30):s] and _REMEMBERED_BEFORE.search(out, max(0, s - 80), s):
            continue  # "the anniversary of the events of 9 April 1989": the time remembered stays
        if out[s:s + 4] in ("the ", "The "):
            if out[s - 2:s] == ", " and out[s + 4:e].lower() in _THE_UNITS:
                close = out.find(",", e)
                if close > 0:  # ", the year democracy was restored,": an aside that says when
                    out = out[:s - 2] + out[close:]
                    continue
            noun = _NOUN_AFTER.match(out, e) if out[s + 4:e].lower() in _PARTS_OF_DAY else None
            if noun is not None and noun.group(1).lower() not in _NOT_A_NOUN and noun.group(1)[-1] != "s" \
                    and not VERB_WORD.fullmatch(noun.group(1)):
                out = out[:s + 3] + out[e:]  # "during the evening rush hour": "during the rush hour"
                continue
        label = ATTRIBUTIVE.match(out, e) is not None and (
            (DETERMINER_BEFORE.search(out, max(0, s - 8), s) is not None and not _FUNCTION_WORD_AFTER.match(out, e))
            or (_HYPHENATED_DATE.fullmatch(out, s, e) is not None and _NOUN_AFTER_LABEL.match(out, e) is not None))
        a = s if label else _prep_start(out, s)
        if a < s and out[a:a + 3].lower() == "on " and _SHIFT_TEXT.match(out, s, e):
            a = s  # "was fired on a day earlier": no date takes "on" so, the verb does
        if a < s and out[a] in "sdSD":
            held = _HELD_PARTICIPLE.match(out, a, s)
            if held is not None and _COPULA_BEFORE.search(out, max(0, a - 12), a):
                a = held.end()  # "is scheduled for Thursday": the participle stays with its copula
        if out[a:a + 7].lower().startswith(("before ", "until ")):
            if _NOT_EXPECTED_BEFORE.search(out, max(0, a - 30), a):
                continue  # "A ruling is not expected before the autumn", "flights would not resume before Friday":
                # without its date it says the opposite
        if "not" in out[max(0, a - 6):a]:
            negated = _NOT_BEFORE.search(out, max(0, a - 8), a)
            if negated is not None:  # ", not Saturday as first planned": the alternative goes whole
                out = out[:negated.start()] + out[_PHRASE_REST.match(out, e).end():]
                continue
        comma = COMMA_AFTER.match(out, e)
        before = _COMMA_BEFORE.search(out, max(0, a - 4), a) if comma is not None else None
        if before is not None:  # ", in June 2001," set off by commas: both go ("in the region killed")
            a, e = before.start(), comma.end()
            if _SAID_AFTER.match(out, e):  # "with 23 deaths, as of Monday, the ministry said": one comma stays
                e -= 1
        elif comma is not None and out[a - 3:a - 1] == "ed":
            participle = _PARTICIPLE_BEFORE.search(out, max(0, a - 30), a)
            if participle is not None:  # "the bridge, closed since Monday, to reopen": "the bridge to reopen"
                a, e = participle.start(), comma.end()
        if out[a - 1:a] in _QUOTE_MARKS and out[e:e + 1] in _QUOTE_MARKS:
            continue  # all a quotation says ('"within weeks"', 'the "first quarter" promised'): it stays, not '" "'
        if "(" in out[max(0, a - PAREN_ASIDE_REACH):a]:
            aside = _parenthesized_aside(out, a, e)
            if aside is not None:  # "Acme (founded in 1990) said": the aside goes whole
                a, e = aside
        out = out[:a] + " " + out[e:]
        if label and a == s:
            out = _agreeing_article(out, a)
    if attribution and "," in out and ("said," in out or "says," in out or "added," in out or "reported," in out):
        out = _ATTRIBUTION_ASIDE.sub(_aside_gone, out, count=1)  # "Mr. Antar, the SEC said, made": "Mr. Antar made"
    for rx, words in _ATTRIB if attribution else ():
        for w in words:  # a plain loop: a generator for any() costs more than the tests
            if w in out:
                out = rx.sub("", out)
                break
    if "(" in out:
        out = _EMPTY_PARENS.sub("", out)
    out = _STRAY_SEPARATORS.sub("", out)
    out = collapse_blanks(out)
    out = _REPEATED_SEPARATORS.sub(_first_group, out)
    out = _BLANK_BEFORE_PUNCT.sub(_first_group, out)
    if "," in out or ";" in out or ":" in out:
        out = _SEPARATOR_BEFORE_STOP.sub(_first_group, out)
    out = _strip_edges(out)
    if ", " in out and any(w in out for w in _SET_OFF_ADVERBS):
        out = _ADVERB_SET_OFF.sub(" ", out)  # "Delta, however, cancelled": "Delta cancelled"
    tail = out[-20:]
    if "ompared" in out or "from" in tail or "versus" in tail or "not" in tail or "of" in tail or "than" in tail \
            or " on" in tail:
        out = _DANGLING_COMPARISON.sub("", out)  # "Profit fell 5% compared with." once its date is gone
    out = _LEADING_CONJUNCTION.sub("", out)
    if out[:3] in ("It ", "it "):
        out = _CLEFT.sub("", out)  # "It was [a year ago] that the storm hit": the storm hit
    out = _LEADING_PREP_COMMA.sub("", out)
    if out[:5] in ("With ", "with ") and "," not in out:  # "with the review to conclude": "The review is to conclude."
        out = _WITH_TO.sub(_with_to, out)
    elif out[:4] in ("The ", "the "):  # "the strongest a magnitude 5.1 tremor"
        out = _SUPERLATIVE_APPOSITION.sub(r"\1 was \2", out)
    if " time " in out:  # "Residents said the last time the town flooded so badly was [in 2007]": it flooded then
        out = _LAST_TIME.sub(r"\1", out)
    if " who " in out:  # "Okafor, a former housing lawyer who joined the city council": Okafor joined it
        out = _APPOSITION_WHO.sub(r"\1 \2", out)
    out = out.strip(" ,;")
    if out[:1] in _OPENING_QUOTES:  # '" this was a place' once "For most of the 20th century" is gone
        rest = out[1:].lstrip(" ,;")
        out = out[0] + rest[:1].upper() + rest[1:]
    if out and out[0].islower():
        out = out[0].upper() + out[1:]
    if out[-2:] in (' "', " ”"):  # '... in the area "' once "between midnight and 3 a.m." is gone
        out = out[:-2].rstrip(" ,;:") + "." + out[-1]
    if out and out[-1] not in ".!?\"”" and out[-2:] not in _CLOSED_QUOTES:
        out += "."
    elif out[-2:] == ".." and out[-3:] != "...":
        out = out[:-1]  # "at 10:30 a.m.." once "beginning June 4" is gone
    if '"' in out or "“" in out or "”" in out:
        out = _balanced_quotes(out)
    return out


# a sentence's opening phrase alone: a word in "-ly", a sentence adverb, or a phrase a preposition opens
_ATTRIBUTION_ASIDE = regex_cache.compile(S.ATTRIBUTION_ASIDE)
_SHIFT_FROM_HAPPENING = regex_cache.compile(r",\s+(?:just\s+|only\s+|about\s+|some\s+)?(?:a|an|one|two|three|four|five|six|seven|"
                                   r"eight|nine|ten|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+"
                                   r"[^;:]+(?=[.!?]$)")


def _aside_gone(m: re.Match[str]) -> str:
    """What stands for an attribution set off by commas: nothing after the subject, a comma after a clause."""
    return m["pre"] + ("," if m["sub"] else "")


_OPENER_ONLY = regex_cache.compile(r"(?:[A-Z][a-z]+ly|" + "|".join(w.capitalize() for w in sorted(T.SENTENCE_ADVERBS | {
    "indeed", "still", "also", "yet", "but", "and", "so", "similarly", "likewise", "overall", "elsewhere"}))
                          + r"|(?:In|On|At|For|By|With|From|Under|After|Before|During|Unlike|Like)\s[^;]*"
                          # an opening participle alone: "Sentencing him." of "Sentencing him today, Judge Howells
                          # said he had carried out a cynical betrayal"
                          r"|[A-Z][a-z]{2,}ing(?:\s+[\w'’-]+){0,3})[.!?]")
_SUPERLATIVE_BEFORE = regex_cache.compile(r"\b(?:the|its|their|his|her)\s+(?:" + "|".join(sorted(S.SUPERLATIVES)) + r")\s+$",
                                 re.I)
_RECORD_SINCE_BEFORE = regex_cache.compile(S.RECORD_SINCE_BEFORE, re.I)
_NOUN_AFTER = regex_cache.compile(r"\s+([a-z]{3,})\b(?![-'’])")
_PARTS_OF_DAY = frozenset(("morning", "afternoon", "evening", "night", "weekend"))  # ("the weekend shift": "the shift")
_NOT_A_NOUN = S.FUNCTION_WORDS | frozenset("""because after before when while since until though although where which
who whom whose what""".split())
_THE_UNITS = frozenset(("year", "day", "week", "month", "night", "morning", "evening", "afternoon"))
_THAN_BEFORE = regex_cache.compile(S.THAN_BEFORE_DATE, re.I)
_REMEMBERED_BEFORE = regex_cache.compile(S.REMEMBERED_BEFORE, re.I)
_OBSERVING_BEFORE = regex_cache.compile(r"\b(?:" + "|".join(sorted(S.OBSERVING_VERBS)) + r")\s+$", re.I)
_ARTICLE_BEFORE = regex_cache.compile(r"(?<![\w'’])([Aa]n?)\s+$")
_NEXT_LETTER = regex_cache.compile(r"\s*([A-Za-z])")


def _agreeing_article(out: str, at: int) -> str:
    """``out`` with the article that ends at ``at`` agreeing with the word after it, once the label date between
    them is gone ("under a June agreement": "under an agreement"; "an August 1988 cease-fire": "a cease-fire")."""
    art = _ARTICLE_BEFORE.search(out, max(0, at - 4), at)
    nxt = _NEXT_LETTER.match(out, at)
    if art is None or nxt is None:
        return out
    want_n = nxt.group(1) in "aeiouAEIOU"
    if (len(art.group(1)) == 2) == want_n:
        return out
    return out[:art.start(1)] + art.group(1)[0] + ("n" if want_n else "") + out[art.end(1):]


_QUOTE_COMMA_END = regex_cache.compile(r"[,;:]\s*([\"”])\.?$")  # '... at 21 feet,".' once the attribution is gone


def _balanced_quotes(out: str) -> str:
    """``out`` without a quotation mark left unpaired by what was cut ('"I visited Oneonta.'), and with a
    quotation's closing comma made a full stop ('"... at 21 feet,".' is '"... at 21 feet."')."""
    out = _QUOTE_COMMA_END.sub(r".\1", out)
    opens, closes = out.count("“"), out.count("”")
    if out.count('"') % 2 == 1:
        out = out[1:].lstrip() if out[0] == '"' else out[:-1] if out[-1] == '"' else out
    elif opens > closes and out[0] == "“":
        out = out[1:].lstrip()
    elif closes > opens and out[-1] == "”":
        out = out[:-1]
    if out and out[-1] not in ".!?\"”":
        out += "."
    return out[0].upper() + out[1:] if out and out[0].islower() else out


_OPENING_QUOTES = frozenset("\"“‘")


def _first_group(m: re.Match[str]) -> str:
    """The replacement ``\\1`` of a substitution, without the template expansion's cost per match."""
    return m[1]


def _prep_start(text: str, s: int) -> int:
    """Where the preposition and "the" before a date at ``s`` start ("in the", "back in"), or ``s``.

    The leftmost start of ``_PREP`` in the window before ``s``: the longest match of the reversed
    pattern on the reversed window (with one character more, for its ``\\b``).
    """
    lo = max(0, s - PREP_WINDOW)
    m = _PREP_REVERSED.match(text[max(0, lo - 1):s][::-1])
    if m is None or m.end() > s - lo:  # it would start before the window: ask the forward pattern
        pre = _PREP.search(text, lo, s)
        return pre.start() if pre and pre.group().strip() else s
    return s - m.end()


# a closing quotation that ends with its own stop ("... safeguards.''", PTB-style quotes too): no stop after it
_QUOTE_MARKS = frozenset('"“”‘’')
_CLOSED_QUOTES = frozenset(("''", ".'", "?'", "!'", ".’", "?’", "!’"))
_EDGE = frozenset(",;:-–—•·▪►‣◦*")  # separators, and the bullets of a list ("• 1960: Mali gains ...")


def _strip_edges(s: str) -> str:
    """``s`` without leading and trailing separators and blanks (linear, unlike a ``[...]+$`` regex)."""
    a, b = 0, len(s)
    while a < b and (s[a] in _EDGE or s[a].isspace()):
        a += 1
    while b > a and (s[b - 1] in _EDGE or s[b - 1].isspace()):
        b -= 1
    return s[a:b]


_SUBJECT = regex_cache.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:was|is|were|are|had|has|have|will|would)\b")

# a name that opens the sentence and a comma after it: the subject of "President X, who ..., said"
# (the comma inside a figure is none: "The 500,000 doses of vaccine, supplied from ...,")
_OPENING_NAME = regex_cache.compile(r"(?:The|A|An)\s+(?:[a-z-]+\s+){0,3}[a-z-]+\s+of\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
                           r"(?=\s*,(?!\d))"  # "The murder trial of Corinne Lascelles, the former manager accused ...,"
                           r"|(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|de|al-))*(?=\s*,(?!\d))"
                           r"|(?:The|A|An|[A-Z][\w.-]*['’]s)\s+(?:[\w’'.-]|(?<=\d),(?=\d))+(?:\s+[\w’'.-]+){0,3}(?=\s*,(?!\d))"
                           # a title in lower case before the name: "Chief executive Jane Roe,"
                           r"|[A-Z][\w’'.-]*(?:\s+(?!(?:on|in|at|to|by|with|from|and|or|the|a|an|" + CLAUSE_VERB_WORDS
                           + r")\b)[a-z]+){1,2}(?:\s+[A-Z][\w’'.-]*)+(?=\s*,)")
# a verb opening a clause: an auxiliary, a reporting verb, or a past form in "-ed" ("and retired in 1993")
_AND_BEFORE = regex_cache.compile(r"\s(?:and|but)\s+$")
# a clause after ", but" or ";" with its own subject, up to the "and" before the verb that borrows it ("No deaths have
# been reported, but one firefighter suffered minor burns on Monday night and [was released]": "one firefighter")
# the subject of what was said, then an aside set off by commas, up to the verb that borrows it
_REPORTED_SUBJECT = regex_cache.compile(r"\b(?:said|says|added)\s+(?:that\s+)?((?:the|a|an|its|his|her|their)\s+[^,;]{1,60}?)"
                               r"\s*,[^,;]+,\s*$")
_CONJUNCT_OPENS = regex_cache.compile(r"(?:;|,\s+(?:but|and|while|whereas|yet))\s+")
_CONJUNCT_SUBJECT = regex_cache.compile(r"((?:the|a|an|one|two|three|four|five|his|her|its|their|this|that|these|those|\d[\d,]*)"
                               r"(?:\s+[\w’'.&-]+){1,3}?|[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)\s+"
                               r"(?:(?:%s)\b|[a-z][a-z-]{2,}ed\b)[^,;]*\s(?:and|but)\s+$" % CLAUSE_VERB_WORDS)
# a sentence's subject of two to twelve words and its verb (a past, a present in "-s", an auxiliary), passing over a
# participle with its agent ("set up by", "led by")
_LONG_SUBJECT = regex_cache.compile(r"((?:The|A|An|Its|His|Her|Their|This|These|Those|[A-Z][\w’'.&-]*\s+[A-Z][\w’'.&-]*)"
                           r"(?:\s+[\w’'.&-]+){1,11}?)\s+"
                           r"(?!(?:[a-z]+ed|set|made|held|built|led|run|owned|backed)\s+(?:up\s+)?by\b)"
                           r"(?:(?:%s)|[a-z][a-z-]{2,}(?:ed|s)(?!\s+(?:of|and|or)\b))(?=\s)" % CLAUSE_VERB_WORDS)
_BARE_VERB = regex_cache.compile(r"^(?:(?:" + "|".join(CLAUSE_VERBS) + r")\b|[a-z][a-z-]{2,}ed\b)", re.I)  # "re-elected"

# the subject and modal that open a sentence ("U.S. markets will" of "U.S. markets will close early on Wednesday")
_OPENING_MODAL = regex_cache.compile(r"((?:The|A|An|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,%d}?\s+(?:will|would|could|can|may|might|"
                            r"must|should|shall))\s+[a-z]+\b(?:[^,;:]|,(?=\s*\d))*,?\s(?:and|but)\s+$" % (S.SUBJECT_MAX_WORDS - 1))


# the subject and passive auxiliary that open a sentence, before a participle and "and" ("The captain was" of "The
# captain was detained on Sunday and formally arrested on Monday")
_OPENING_PASSIVE = regex_cache.compile(r"((?:The|A|An|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,%d}?\s+(?:was|were|is|are|has\s+been|"
                              r"have\s+been|had\s+been|will\s+be))\s+(?:(?:[a-z]+ly|first|then|also|later)\s+)?%s\b"
                              r"(?:[^,;:]|,(?=\s*\d))*,?\s(?:and|but)\s+$"  # the commas of a date ("October 4, 2024,")
                              % (S.SUBJECT_MAX_WORDS - 1, "(?:[a-z][a-z-]{2,}ed|" + "|".join(sorted(S.IRREGULAR_PARTICIPLES))
                                 + ")"))
_OBJECT_AFTER = regex_cache.compile(r"\s+(?:the|a|an|its|his|her|their|this|that|these|those|\d)\b", re.I)
_PARTICIPLE_START = regex_cache.compile(r"(?:(?:[a-z]+ly|first|once)\s+)?(?:[a-z][a-z-]{2,}ed|" + "|".join(sorted(S.IRREGULAR_PARTICIPLES)) + r")\b",
                               re.I)


_BARE_NOUN_PHRASE = regex_cache.compile(r"(?:A|An|The|Another)\s+(?:[\w-]+\s+){0,3}?([\w-]+)\.")
_VERB_REST = regex_cache.compile(r"\s*((?:[a-z]+\s+){0,2}?)(?=(?:on|in|at|during|for|by|from|since|until|last|this|next|early|"
                        r"late|the)\b|[,;]|$)")


def _gapped_verb(summary: str, before: str) -> str | None:
    """A noun phrase after "and" whose verb is the first clause's ("The first round of negotiations took place on
    September 18, and a second round on October 2": "A second round took place."), when both name one kind of thing
    (the same head noun); else None."""
    np = _BARE_NOUN_PHRASE.fullmatch(summary)
    if np is None or VERB_WORD.search(summary):
        return None
    m = OPENING_SUBJECT.match(before)
    if m is None or np.group(1).lower() not in m.group(1).lower().split():
        return None
    rest = _VERB_REST.match(before, m.end())
    verb = m.group()[len(m.group(1)):].strip() + (" " + rest.group(1).strip() if rest and rest.group(1).strip() else "")
    return f"{summary[:-1]} {verb}."


def _with_subject(summary: str, before: str, lower_start: bool = False) -> str:
    """Give a clause that starts with a verb the subject of the clause before it; ``lower_start``: the
    clause opens with a word in lower case, which after "SUBJECT will VERB ... and" is a second verb of
    that modal ("U.S. markets will close early on Wednesday and stay shut on Thursday"), and after "SUBJECT
    was VERBed ... and" a second participle of that auxiliary ("The captain was detained on Sunday and formally
    arrested on Monday": "The captain was formally arrested.")."""
    if lower_start and summary[:5].lower() in ("again", "also ") and not VERB_WORD.match(summary, summary.find(" ") + 1):
        m = OPENING_SUBJECT.match(before)  # "met on Sunday and again on Tuesday to discuss": "The board met again"
        if m is not None:
            return f"{m.group()} {summary[0].lower()}{summary[1:]}"
    if lower_start:
        gapped = _gapped_verb(summary, before)
        if gapped is not None:
            return gapped
    participle = _PARTICIPLE_START.match(summary) if lower_start else None
    if participle is not None and participle.group().split()[-1].lower() not in S.ACTIVE_PASTS \
            and not _OBJECT_AFTER.match(summary, participle.end()):  # "and listed its shares": active
        m = _OPENING_PASSIVE.match(before)
        if m is not None:
            return f"{m.group(1)} {summary[0].lower()}{summary[1:]}"
    if not _BARE_VERB.match(summary):
        if lower_start:
            first = FIRST_WORD.match(summary)
            m = _OPENING_MODAL.match(before)
            if m is not None and first is not None and first.group(1).lower() not in S.FUNCTION_WORDS \
                    and not _OWN_AUXILIARY.match(summary):  # ("and polling stations will be open": its own subject)
                word = first.group(1).lower()
                if word.endswith("s") and not word.endswith("ss"):  # "and plans to": its own tense, not "will"
                    return f"{m.group(1).rsplit(None, 1)[0]} {summary[0].lower()}{summary[1:]}"
                return f"{m.group(1)} {summary[0].lower()}{summary[1:]}"
        return summary
    first = FIRST_WORD.match(summary)
    if first is not None and first.group(1).lower() in T.SCHEDULE_PRESENT_PLURAL:
        # a base form agrees only with a subject whose own verb is one ("Applications open ... and close"; not
        # "A European mission, Hera, is due to launch ... and arrive")
        m = OPENING_SUBJECT.match(before)
        verb = FIRST_WORD.match(before, m.end(1)) if m else None
        if verb is None or verb.group(1).lower() not in T.SCHEDULE_PRESENT_PLURAL:
            return summary
    else:
        opens = None
        for opens in _CONJUNCT_OPENS.finditer(before):
            pass  # the last one
        own = _CONJUNCT_SUBJECT.match(before, opens.end()) if opens is not None else None
        if own is not None:
            subject = own.group(1)
            return f"{subject[0].upper()}{subject[1:]} {summary[0].lower()}{summary[1:]}"
        reported = _REPORTED_SUBJECT.search(before)
        if reported is not None:  # "said the flags on the waterfront, lowered on Sunday, [would be raised]"
            subject = reported.group(1)
            return f"{subject[0].upper()}{subject[1:]} {summary[0].lower()}{summary[1:]}"
        m = _SUBJECT.search(before) or _OPENING_NAME.match(before) or OPENING_SUBJECT.match(before)
        if m is None and lower_start and _AND_BEFORE.search(before):
            # "The inquiry committee set up by the state government visited the site yesterday and is expected to
            # submit its findings next week": a longer subject, up to its own verb
            m = _LONG_SUBJECT.match(before)
    if not m:
        return summary
    subject = m.group(1) if m.lastindex else m.group()
    fronted = _FRONTED_PHRASE.match(subject)
    if fronted is not None:  # "On Sept. 15 the company cut its outlook and disclosed ...": "The company disclosed"
        subject = subject[fronted.end()].upper() + subject[fronted.end() + 1:]
    return f"{subject} {summary[0].lower()}{summary[1:]}"


# a clause whose first words are a subject and its own auxiliary or modal ("polling stations will be open")
_OWN_AUXILIARY = regex_cache.compile(r"[\w’'-]+(?:\s+[\w’'-]+){0,4}?\s+(?:will|would|can|could|should|may|might|must|is|are|was|"
                            r"were|has|have|had)\b")  # (up to five words: "presidential and legislative elections will")
# a phrase that opens the sentence before its subject, which a determiner opens ("On Sept. 15 the company")
_FRONTED_PHRASE = regex_cache.compile(r"(?:On|In|At|By|Since|During|After|Before|Last|Early|Late)\s+(?:[\w’'.,-]+\s+){1,3}?"
                             r"(?=(?:the|a|an|its|his|her|their)\s)")


def relative_summary(stext: str, a: int, b: int, body_start: int, head: str, link: str,
                     all_spans: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The clause and summary of the relative clause or opening participle ``stext[a:b]``, said of its head:
    "President Uhuru Kenyatta was elected.", "Doe was born in Dayton." (None if too little is left); ``link``
    is "was" for a participle, "whose" for a clause that says what the head has, else ""."""
    body = stext[body_start:b].rstrip(" ,;")
    if link == "whose":  # "Ogden Projects, whose shares began trading in August": "Ogden Projects' shares began ..."
        prefix = f"{head}' " if head.endswith("s") else f"{head}'s "
        link = ""
    elif link:
        body = body[:1].lower() + body[1:]
        last = head.rsplit(None, 1)[-1]
        if link == "was" and last[-1:] == "s" and last[-2:] != "ss" and (
                last.islower() and last not in T.NOT_PLURAL_NOUNS or last.lower() in S.PLURAL_NAME_HEADS):
            link = "were"  # "The bridges, built in 1990,": "The bridges were built." (not a name: "the Paris Accords")
        prefix = f"{head} {link} "
    else:
        prefix = f"{head} " if head else ""
    text = prefix + body
    shift = len(prefix) - body_start
    spans = [(x + shift, y + shift) for x, y in all_spans if body_start <= x and y <= b and (x, y) != (a, b)]
    attached = attached_event(text, spans)
    if attached is not None:
        return collapse_blanks(text), attached[0]
    summary = summarize(text, spans)
    if link:
        summary = _PARTICIPLE_COMMA.sub(r"\1 ", summary, count=1)
    if len(summary.split()) < S.MIN_SUMMARY_WORDS and not _subject_and_verb(summary):
        return None
    return collapse_blanks(text), summary  # the clause as read: its head, then the relative clause's body


# a shift that takes no preposition ("a day earlier", "two weeks later", "three years ago")
_SHIFT_TEXT = regex_cache.compile(r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\w+\s+(?:earlier|later|ago|before|after)$",
                         re.I)
_SET_OFF_ADVERBS = tuple(sorted(w for w in T.SENTENCE_ADVERBS if w not in ("later", "earlier", "once", "then", "still",
                                                                           "again", "too")))
_ADVERB_SET_OFF = regex_cache.compile(r"\s*,\s*(?:" + "|".join(_SET_OFF_ADVERBS) + r")\s*,\s*")

# a relative clause between a subject and its verb: ", who postponed a trip," before "will visit"
_NOT_BEFORE = regex_cache.compile(r",\s*not\s+$")
_PHRASE_REST = regex_cache.compile(r"[^,;:.!?]*")
_ASIDE = regex_cache.compile(r",\s+(?:who|which|whose)\s+[^,;:\"“”()]{3,120},(?=\s+(?:%s|[a-z]{3,}ed)\b)" % CLAUSE_VERB_WORDS)

_DANGLING_COMPARISON = regex_cache.compile(r"(?:,?\s+(?:compared\s+(?:with|to)|versus|(?:up|down)\s+from|rather\s+than|"
                                  r"instead\s+of)|,\s*not|(?:(?<=%)|(?<=\bcent))\s+on)\s*(?=[.!?]?$)"  # "up 4% on"
                                  # set off by commas inside the sentence: "production costs, compared with, were"
                                  r"|,\s*compared\s+(?:with|to)\s*,(?=\s)", re.I)

# the definite subject that opens a sentence, up to its verb ("The county's unemployment rate" before "peaked")
_DEFINITE_SUBJECT = regex_cache.compile(r"((?:The|Its|This)\s+(?:[\w’'&-]+\s+){0,4}?[\w’'&-]+)\s+(?:(?:%s)\b|[a-z]{3,}ed\b)"
                               % CLAUSE_VERB_WORDS)


# a person's name that opens a sentence, then its verb ("Maria Lindqvist studied"); names of two words or more
_OPENING_PERSON = regex_cache.compile(r"((?:[A-Z][a-z]+\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\s+(?:%s|[a-z]{3,}ed)\b"
                             % CLAUSE_VERB_WORDS)
_FULL_NAME = regex_cache.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+")


def it_said_of(summary: str, before: str) -> str:
    """The summary "It VERB ..." said of the subject of the sentence ``before`` (see ``S.IT_NOT_ANAPHORIC_AFTER``);
    "He" or "She" of the name that opens it, when that is the only name of two words or more it holds
    ("Maria Lindqvist studied law. She was elected in 1998.": "Maria Lindqvist was elected.")."""
    pronoun = summary.split(" ", 1)[0]
    if pronoun in ("He", "She"):
        name = _OPENING_PERSON.match(before.lstrip(" \"“‘'"))
        if name is None or len(_FULL_NAME.findall(before)) != 1:
            return summary
        return name.group(1) + summary[len(pronoun):]
    verb = FIRST_WORD.match(summary, 3)
    if verb is None or verb.group(1).lower() in S.IT_NOT_ANAPHORIC_AFTER:
        return summary
    m = _DEFINITE_SUBJECT.match(before.lstrip(" \"“‘'"))
    if m is None:
        return summary
    head = m.group(1).split()[-1].lower()
    if head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and head not in T.NOT_PLURAL_NOUNS:
        return summary  # "The talks ...": they, not it
    return m.group(1) + summary[2:]


# "after" or "before" and a gerund phrase up to its date: "after closing at a record high " before "on Friday"
_GERUND_BEFORE_DATE = regex_cache.compile(r",?\s+(?:after|before)\s+(?P<ger>being|[a-z]{3,}ing)\s+(?P<rest>[^,;:()\"“”]{0,80}?)"
                                 r"\s*(?:\b(?:on|in|at|during|early|late|last)\s+)?$")


_POSTMODIFIER = regex_cache.compile(r"\s+(?:of|for|in|on|at|from|with|to)\s+")
# (and a directive: "Passengers were urged to check before traveling on Monday" have not traveled yet)
_NOT_YET = regex_cache.compile(r"\b(?:will|would|could|can|may|might|should|must|shall|plans?|expects?|intends?|wants?|"
                      r"urged|advised|asked|told|ordered|encouraged|warned)\b", re.I)
_AND_GERUND = regex_cache.compile(r"\band\s+([a-z]{3,}ing)\b")


def _gerund_after(stext: str, at: int) -> str | None:
    """The gerund phrase that "after" or "before" opens up to the date at ``at``, said in the past of the sentence's
    subject: "The S&P 500 closed at a record high." for "The S&P 500 lost 0.6%, after closing at a record high on
    Friday"; else None."""
    m = _GERUND_BEFORE_DATE.search(stext, max(0, at - 120), at)
    subject = OPENING_SUBJECT.match(stext) if m is not None else None
    past = _past_of(m.group("ger")) if m is not None else None
    if subject is not None and m.group("ger").lower() == "being":  # "after being halted overnight": a passive
        head = _POSTMODIFIER.split(subject.group(1), 1)[0].split()[-1]
        past = "were" if plural_head(head) else "was"
    if subject is None or past is None or subject.end(1) > m.start() \
            or _NOT_YET.search(stext, subject.end(1), m.start()):
        return None  # "would rest before traveling to Paris on Tuesday": no past to tell it in
    rest = _AND_GERUND.sub(lambda g: f"and {_past_of(g.group(1)) or g.group(1)}", m.group("rest").strip())
    return f"{subject.group(1)} {past}{' ' + rest if rest else ''}."  # "... and reduced its stake"


# a clause opened by "with" and a noun phrase, then "to" and a verb: "with the US Federal Trade Commission review to
# conclude"
_WITH_TO = regex_cache.compile(r"^[Ww]ith\s+((?:the|a|an|its|their|his|her)\s+[^,;:]{1,60}?)\s+to\s+(?=[a-z])")


# a name, an appositive noun phrase and its relative clause, all the summary: the name did it
_APPOSITION_WHO = regex_cache.compile(r"^((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+(?:a|an|the)\s+[^,;]{1,60}?\s+who\s+"
                             r"([a-z][^,;]*)$")
# "the last time" something happened, then "was" and the date (gone): what happened then
_LAST_TIME = regex_cache.compile(r"^(?:[^,;]*?\b(?:said|says|recalled|noted)\s+(?:that\s+)?)?[Tt]he\s+(?:last|first|only)\s+time\s+"
                        r"(?:that\s+)?([^,;]+?)\s+(?:was|were|had\s+been)[.!]?$")
# a superlative and what it was, with no verb between: "the strongest a magnitude 5.1 tremor"
_SUPERLATIVE_APPOSITION = regex_cache.compile(r"^([Tt]he\s+[a-z]{3,}est)\s+((?:a|an)\s)")


def _with_to(m: re.Match[str]) -> str:
    np = m.group(1)
    return np[0].upper() + np[1:] + (" are to " if plural_head(np.split()[-1]) else " is to ")


def _past_of(ing: str) -> str | None:
    """The past form of a verb's "-ing" form ("announcing": "announced", "saying": "said"), or None."""
    w = ing.lower()
    if w in S.ING_PAST:
        return S.ING_PAST[w]
    stem = w[:-3]
    if len(stem) < 3 or not w.endswith("ing"):
        return None
    if stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    return stem + ("d" if stem.endswith("e") else "ed")


def _participle_said_of(summary: str, stext: str) -> str | None:
    """A participle clause after a comma ("..., announcing the decision in a speech on Wednesday afternoon")
    said in the past of the sentence's opening subject: "Rishi Sunak announced the decision in a speech."."""
    m = _ING_OPENING.match(summary)
    if m is None or _RELATIVE_WORD.search(summary):
        return None  # "capping a case that began in 2009": the date is the case's, not the capping's
    fronted = _PHRASE_BEFORE_SUBJECT.match(stext)  # "After two false starts, the lander finally left Earth": the lander
    main = stext[fronted.end()].upper() + stext[fronted.end() + 1:] if fronted is not None else stext
    subject = OPENING_SUBJECT.match(main) or _OPENING_NAME_VERB.match(main)
    if subject is None:
        return None
    at = stext.find(", " + m.group(1).lower())
    if at > 0 and _AHEAD_WORD.search(stext, 0, at):
        # "Growth is forecast at 1.8% in 2025-26, rising to 2.3% the year after": what will be, not what was
        return f"{subject.group(1)} will be {m.group(1).lower()}{summary[m.end(1):]}"
    past = _past_of(m.group(1))
    if past is None:
        return None
    return f"{subject.group(1)} {past}{summary[m.end(1):]}"


# a word of the main clause that puts a participle after it ahead: a future or a forecast
_AHEAD_WORD = regex_cache.compile(r"\b(?:will|shall|would|'ll|forecast|forecasts|projected|predicted|expected|expects|"
                         r"scheduled|set\s+to|due\s+to|plans?\s+to|aims?\s+to)\b", re.I)


_RELATIVE_WORD = regex_cache.compile(r"\b(?:that|which|who|whom|whose|where|when)\b")
# a phrase opening the sentence before the subject, set off by a comma ("After two false starts, ", "In 2019, ")
_PHRASE_BEFORE_SUBJECT = regex_cache.compile(r"(?:" + "|".join(S.FRONTED_PHRASE_OPENERS) + r")\b[^,;:]{1,80},\s+(?=[A-Za-z])")
_ING_OPENING = regex_cache.compile(r"([A-Z][a-z]{2,}ing)\b(?=\s+\S)")
_OPENING_NAME_VERB = regex_cache.compile(r"((?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)\s+(?:has|have|had)\s")


def clause_summary(stext: str, cs: int, ce: int, all_spans: list[tuple[int, int]],
                   date_span: tuple[int, int] | None = None) -> tuple[str, str]:
    """The cleaned clause ``stext[cs:ce]`` and its summary; ``date_span``: that of the date which places it,
    if known (it may lie before the clause, as in "in 1998, when the river rose")."""
    clause = stext[cs:ce]
    spans = [(a - cs, b - cs) for a, b in all_spans if a >= cs and b <= ce]
    date_inside = date_span is None or cs <= date_span[0] < ce
    if date_inside and "(" in clause:
        parenthesized = parenthesized_happening(clause, spans)
        if parenthesized is not None:
            return collapse_blanks(clause), parenthesized
    attached = attached_event(clause, spans)
    if attached is not None:
        if date_inside:
            return collapse_blanks(clause), attached[0]
        # the happening and its own date are no part of what happened on the date before the clause
        spans = spans + [(attached[1], spans[0][1])]
    at = (date_span[0] - cs, date_span[1] - cs) if date_span and date_inside else None
    subject_clause = clause
    if cs > 0 and clause[:1].islower() and _AS_OF_BEFORE.search(stext, 0, cs):
        # "As of 19 May 2025, two humanitarian workers abducted on 12 June 2023 [...]": the clause opens the sentence
        subject_clause = clause[0].upper() + clause[1:]
    reduced = (reduced_relative(subject_clause, at) or object_relative(clause, at)
               or (_gerund_after(stext, cs + at[0]) if " after " in stext or " before " in stext else None)
               ) if at else None
    if reduced is not None:
        return collapse_blanks(clause), reduced
    if date_inside and spans and (len(spans) == 1 or len(set(spans)) == 1):
        thing = (labelled_relative(clause, spans) or labelled_happening(clause, spans) or labelled_object(clause, spans)
                 or scheduled_object(clause, spans))
        if thing is not None:
            return collapse_blanks(clause), thing
    summary = summarize(clause, spans)
    if not _WORD.search(summary):  # all of it was attribution ("Officials said on Thursday that ..."): keep it
        summary = summarize(clause, spans, attribution=False)
    elif _OPENER_ONLY.fullmatch(summary) and not VERB_WORD.search(summary):
        # what is left is an opening phrase ("In a Securities and Exchange Commission filing.", "Additionally." once
        # ", Hewlett-Packard said it now holds ..." is gone): the attribution was what was said
        said = summarize(clause, spans, attribution=False)
        if VERB_WORD.search(said):
            summary = said
    if " after " in summary or " before " in summary:
        # ", a day after the siege began": when it was, told by another happening, which is no part of this one
        summary = _SHIFT_FROM_HAPPENING.sub("", summary)
    if ", wh" in summary:  # "Joe Biden, who postponed a trip, will visit": an aside, set off by commas
        for m in _ASIDE.finditer(clause):
            if not any(m.start() <= a < m.end() for a, _ in spans):  # one with a date says when
                summary = summary.replace(m.group(), "", 1)
    if _DANGLING_COPULA.search(summary):
        # "The vote was." says nothing once its date is gone: the date stays ("The vote was on March 25.")
        kept = summarize(clause, [], attribution=True)
        if _WORD.search(kept):
            summary = kept
    if cs > 0 or ce < len(stext.rstrip()):
        named = _NAMED_EVENT.fullmatch(summary)
        if named is not None and len(named.group(1).split()) <= S.NAMED_EVENT_MAX_WORDS:
            # "weeks after the Brexit referendum on 23 June": the date is the referendum's
            return collapse_blanks(clause), named.group(1)[0].upper() + named.group(1)[1:] + "."
    borrowed = False
    if cs > 0:
        with_subject = _with_subject(summary, stext[:cs], clause[:1].islower())
        summary, borrowed = with_subject, with_subject != summary
        if not borrowed and clause[:1].islower() and stext[:cs].rstrip().endswith(","):
            said = _participle_said_of(summary, stext)  # ", announcing the decision on Wednesday"
            summary, borrowed = said or summary, said is not None

    if cs > 0 and not borrowed and (" after " in summary or " before " in summary):
        lead = _LEADING_SHIFT.match(summary)
        if lead is not None and VERB_WORD.search(summary, lead.end()):
            # ", hours after parliament passed the law late Wednesday": what happened on the date is the law's passing
            rest = summary[lead.end():]
            summary = rest[0].upper() + rest[1:]
    if at is not None and "this date" not in summary:
        moved = RESCHEDULED_BEFORE.search(clause, max(0, at[0] - 70), at[0])
        for a, _ in spans if moved is None else ():
            if a < at[0]:  # a coarser date of the clause was the new one ("rescheduled for Tuesday, [...] at 2:42 a.m.")
                moved = RESCHEDULED_BEFORE.search(clause, max(0, a - 70), a)
                if moved is not None:
                    break
        if moved is not None:  # "The launch was pushed back to Saturday": the launch is then, not the delay
            thing = _rescheduled(summary, moved, _OBJECT_AFTER_DATE.match(clause, at[1]))
            summary, borrowed = (thing, True) if thing is not None else (summary, borrowed)
    if not borrowed and (cs > 0 or ce < len(stext.rstrip())) and _weak(clause, summary):
        # the whole sentence says more than the fragment
        summary = summarize(stext, all_spans)
        if not _WORD.search(summary):  # all attribution ("He said ..."): keep it
            summary = summarize(stext, all_spans, attribution=False)
    return collapse_blanks(clause), summary


# an opening phrase that says as of when the sentence is told, set off by a comma, right before the clause
_AS_OF_BEFORE = regex_cache.compile(r"^\s*As\s+(?:of|at)\s+[^,;]{1,40},\s*$")
_NOT_EXPECTED_BEFORE = regex_cache.compile(r"\b(?:not|n't|never)\s+(?:be\s+)?(?:[a-z]+\s+){1,2}$", re.I)  # ("would not resume")
_LEADING_SHIFT = regex_cache.compile(r"(?:(?:just|only|some|about|barely|nearly)\s+)?(?:hours|days|weeks|months|minutes|moments|shortly|"
                            r"soon|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:hours?|days?|weeks?|"
                            r"months?|years?|minutes?))\s+(?:after|before)\s+"
                            # a noun phrase only as the subject of a past verb ("three weeks after a jury convicted
                            # him"; not "a day after the attack that killed 12")
                            r"(?!(?:the|a|an)\s(?!(?:(?!that\b|which\b|who\b)[\w'’-]+\s+){1,3}?(?:[a-z]{3,}ed|"
                            + "|".join(sorted(S.IRREGULAR_PAST)) + r")\b))", re.I)
_AUXILIARIES_AT_END = regex_cache.compile(r"(?:(?:^|\s+)(?:has|have|had|was|were|is|are|will|would|could|may|might|be|been|"
                                 r"being|now|again|also|already|just|once|twice|further|officially|formally))+\s*$", re.I)
_SAID_BEFORE = regex_cache.compile(r"^.*\b(?:said|says|announced|reported|confirmed|that)\s+", re.I)
_POSSESSIVE_DETERMINER = regex_cache.compile(r"^(?:its|his|her|their)\s+", re.I)
# an object after the new date, up to its first preposition or stop: "extended to Nov. 20 its $45-a-share offer for"
_OBJECT_AFTER_DATE = regex_cache.compile(r"\s+((?:its|the|a|an|his|her|their)\s+(?:(?!(?:for|of|to|by|in|on|at|with|from|until|"
                                r"and|but)\b)[^\s,;:.!?()]+\s*){1,5})(?=[\s,;:.!?]|$)")
_PRONOUN = frozenset(("it", "they", "he", "she", "this", "that", "we", "i", "you"))


def _rescheduled(summary: str, m: re.Match[str], after: re.Match[str] | None) -> str | None:
    """The summary of a clause that gives something a new date (``m``: :data:`RESCHEDULED_BEFORE` before the
    date) said of that thing: "The launch has been pushed back." to "The launch (pushed back to this date).",
    "Organizers rescheduled the concert." to "The concert (rescheduled for this date)."; what happens on the date is
    the thing, not the rescheduling. ``after``: an object after the date ("extended to Nov. 20 its offer"), if
    any. None when the thing is not found or is a pronoun."""
    how = " ".join(f"{m['verb']} {m['particle'] or ''}".split()) + f" {m['link']} this date"
    obj = m["obj"] or (after.group(1) if after is not None else None)
    if obj:
        thing = _POSSESSIVE_DETERMINER.sub("the ", obj.strip())  # "its tender offer": "The tender offer"
    else:
        at = summary.find(" " + m["verb"].split()[0])
        if at < 0:
            return None
        thing = _SAID_BEFORE.sub("", _AUXILIARIES_AT_END.sub("", summary[:at])).strip(" ,;")
        if not _WORD.search(thing) or thing.lower() in _PRONOUN:
            return None
    return f"{thing[0].upper()}{thing[1:]} ({how})."


_PARTICIPLE_COMMA = regex_cache.compile(r"(\bwas\s+\w+),\s+")  # "Doe was born, in Dayton" once the date is gone

_DANGLING_COPULA = regex_cache.compile(r"\b(?:is|was|are|were|be|been)\.$", re.I)

# the second word of a two-word summary that stands alone: a past form or a present of schedule ("Talks resumed.",
# "Applications open.")
_PAST_VERB = regex_cache.compile(r"[a-z]{2,}ed|" + "|".join(sorted(S.IRREGULAR_PAST | T.SCHEDULE_PRESENT | T.SCHEDULE_PRESENT_PLURAL)))


def _subject_and_verb(summary: str) -> bool:
    """Is a two-word ``summary`` a subject and its verb, which say what happened ("Construction began.",
    "Talks resumed.", "He died.")?"""
    words = summary.split()
    return len(words) == 2 and words[0][:1].isupper() and _PAST_VERB.fullmatch(words[1].rstrip(".")) is not None


def _weak(clause: str, summary: str) -> bool:
    """Is ``summary`` of ``clause`` too weak to stand alone (see ``S.WEAK_OPENERS``)?"""
    if len(summary.split()) < S.MIN_SUMMARY_WORDS:
        return not _subject_and_verb(summary)
    m = FIRST_WORD.match(clause)
    if m is None or not m.group(1)[0].islower() or not _starts_like(summary, m.group(1)):
        return False  # a name, or the opening date phrase is gone, or a subject was borrowed
    return m.group(1) in S.WEAK_OPENERS


def _starts_like(summary: str, word: str) -> bool:
    """Does the summary still open with the clause's first word (no subject was borrowed)?"""
    return summary[:len(word)].lower() == word.lower()
