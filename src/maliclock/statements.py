"""Stage 5: build dated statements: the clause each calendar expression governs.

A statement keeps its article, sentence, clause, a summary line (the clause
without the date phrase and attribution), the expression and its interval.
Expressions introduced by a boundary signal ("since 2009") place nothing;
ranges ("1990-1995") become one statement; "four days after the coup" is
placed once the article has dated the coup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .resolve import Resolved
from .rules import anchors as A
from .rules import statements as S
from .rules import tense as T
from .rules import vocabulary as V
from .segment import Segmented
from .timex import TimexValue, day_value, specified

_BREAKS = [re.compile(p) for p in S.CLAUSE_BREAKS]
_ATTRIB = [(re.compile(p), words) for p, words in S.ATTRIBUTION]
_SIGNAL = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(s) for s in S.NON_PLACING_SIGNALS) + r")\s*$", re.I)
# _SIGNAL read backwards from the date: ``match`` on the reversed window instead of a ``search``
# that tries every position (see :func:`_signal_before`)
_SIGNAL_REVERSED = re.compile(r"\s*(?:" + "|".join(re.escape(s[::-1]) for s in S.NON_PLACING_SIGNALS) + r")(?:\W|\Z)",
                              re.I)
_PREP = re.compile(r"(?:\b(?:" + "|".join(re.escape(p) for p in sorted(S.DATE_PREPOSITIONS, key=len, reverse=True))
                   + r")\s+)?(?:the\s+)?$", re.I)
# _PREP read backwards from the date: ``match`` on the reversed text before it, instead of a
# ``search`` that tries every position of the window (see :func:`_prep_start`)
_PREP_REVERSED = re.compile(r"(?:\s+eht)?(?:\s+(?:" + "|".join(
    re.escape(p[::-1]) for p in sorted(S.DATE_PREPOSITIONS, key=len, reverse=True)) + r")\b)?", re.I)
_RANGE_SEP = re.compile(r"^\s*([-–—]|to|through|until|till|and)\s*$", re.I)
# a phrase that opens the sentence and names what happened on its date: "Since the invasion on Feb. 24, 2022, ..."
_FRONTED_SINCE = re.compile(r"\W*(?:ever\s+)?since\s+((?:the|a|an|its|his|her|their)\s+[^,;]{1,60}?)\s+(?:on|in)\s+$",
                            re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_ONE_DAY = timedelta(days=1)
_REFINES = re.compile(r"\s*,?\s*(?:(?:" + "|".join(re.escape(w) for w in S.TIME_OF_DAY_JOINERS) + r")\s+)?", re.I)
MIN_CLAUSE_WORDS = 3
_EMPTY_PARENS = re.compile(r"\((?:[-–—,/;]|\band\b|\bor\b|\bto\b|\s)*\)")
_STRAY = r"(?:[-–—]|and|or|to|through)(?=\s*[-–—,.;:)]|\s*$)"
# ``(?<!\s)(?:\s+STRAY)+``, written to begin with a blank (``\s(?<!\s\s)``: one not after another)
# so that the engine skips to blanks instead of trying the lookbehind at every position
_STRAY_SEPARATORS = re.compile(rf"\s(?<!\s\s)\s*{_STRAY}(?:\s+{_STRAY})*")
# What joins two coordinated dates: "1962-1964 and 1990-1995", "March 3, or on March 5"
_JOINED = re.compile(r"\s*,?\s*(?:and|or|to|through|ended|ending|[-–—])\s+(?:(?:again|also|then)\s+)?"
                     r"(?:(?:in|on|at)\s+)?(?:the\s+)?", re.I)
# a date that is the subject of its clause: after "that" or at the start, before an auxiliary
_DATE_SUBJECT_AFTER = re.compile(r"\s+(?:would|will|was|were|is|are|has|had|could|should|may|might|must|can|"
                                 + "|".join(sorted(S.IRREGULAR_PAST)) + r"|[a-z]{3,}ed)\b")
_DATE_SUBJECT_BEFORE = re.compile(r"(?:^[\"“‘']?|\bthat\s+)$", re.I)  # also after an opening quote
# "scheduled for", "due on": a participle that goes with its date, unless a copula needs it ("is scheduled")
_HELD_PARTICIPLE = re.compile(r"(?:scheduled|set|slated|due)\s+", re.I)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|now|also)\s+$", re.I)
# a short gap between two dates that is "and" or "but" and a verb, no preposition or article: a clause boundary
# a verb: an auxiliary, a past form, a present of schedule, or a word in "-ed"
_VERB_WORD = re.compile(r"\b(?:" + "|".join(sorted(set(S.SUBJECTLESS_OPENERS) | S.IRREGULAR_PAST | T.SCHEDULE_PRESENT))
                        + r"|[a-z]{3,}ed)\b")
_SHORT_GAP_BREAK = re.compile(r"(\s*,?\s+(?:and|but)\s+)(?!(?:in|on|at|by|the|a|an|again|also|then|from|to|until|"
                              r"till|through|or|since|during)\b)[a-z]+\s+", re.I)
# what stands between two coordinated dates ("1962-1964 and 1990-1995", "Friday and Thursday", "1990, 1995")
_COORDINATED = re.compile(r"\s*\)?\s*(?:,\s*)?(?:and|or|to|through|until|till|[-–—/,])\s*\(?\s*"
                          r"(?:(?:again|also|then)\s+)?(?:(?:in|on|at|by)\s+)?(?:the\s+)?", re.I)
# a fragment that only places an event named by a noun phrase: "Weeks after the Brexit referendum."
_NAMED_EVENT = re.compile(r"(?:[\w-]+\s+){0,2}(?:" + "|".join(S.NAMED_EVENT_LEADS) + r")\s+"
                          r"((?:the|a|an|its|his|her|their)\s+[^,;:.!?\"“”]+)\.", re.I)
# the happening a date right after it belongs to: "following the ouster of Omar al-Bashir " before "in April 2019"
_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|to|and|through|until)\s*", re.I)
_ATTACHED_EVENT = re.compile(r"(?:\b(?:" + "|".join(S.ATTACHED_EVENT_LEADS) + r")\s+(?=(?:the|a|an|its|his|her|their)\s)"
                             r"|(?:^|,)\s*followed\s+by\s+)"  # ", followed by finance ministers in Banff on May 20"
                             r"((?:[\w’'-]+\s+)?[^,;:.!?\"“”()]+?)\s+(?P<prep>(?:in|on|at|during|of)\s+)?$", re.I)
_NAME_ONLY = re.compile(r"(?:[Tt]he|[Aa]n?)\s+[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|and|the|for))*")
# a word that opens a clause of its own ("told analysts on Monday that the first half of 2024 would be")
_OPENS_CLAUSE = re.compile(r"\b(?:" + "|".join(sorted(T.CLAUSE_OPENERS)) + r")\b|[;:]", re.I)
_PREP_WINDOW = 60  # longer than any preposition + "the" before a date
_EVENT_AFTER = re.compile(r"\s+(?P<dir>after|before)\s+(?:the|this|that|last\s+week's|its|his|their)\s+(?P<noun>[a-z]+)", re.I)


@dataclass(slots=True)
class Statement:
    """A clause placed on the calendar by one expression."""

    source: str
    sentence: str
    clause: str
    summary: str
    timex: Resolved
    value: str
    start: date
    end: date
    granularity: str
    order: int  # position in the article, for deterministic ordering
    anchor_kind: str
    why: str


_BLANKS = re.compile(r"\s+")
_REPEATED_SEPARATORS = re.compile(r"([,;])\s*[,;]+")
_BLANK_BEFORE_PUNCT = re.compile(r"(?<!\s)\s+([,.;:!?])")
_WORD = re.compile(r"\w")
_ONLY_PREPOSITIONS = re.compile(r"\W*(?:(?:" + "|".join(re.escape(p) for p in S.DATE_PREPOSITIONS) + r"|the)(?:\W+|$))*",
                                re.I)
# a summary that is only an attribution: a few words, a reporting verb and at most two more words
_ONLY_ATTRIBUTION = re.compile(rf"\W*(?:[\w'’.-]+\s+){{0,{S.ATTRIBUTION_MAX_WORDS}}}"
                               # not a passive: "The truce was announced" is what happened
                               r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?:"
                               + "|".join(S.REPORTING_VERBS) + r")(?:\s+[\w'’-]+){0,2}\W*", re.I)
_SEPARATOR_BEFORE_STOP = re.compile(r"[,;:]+([.!?])")  # "Rebels left,." once "in the evening" is gone
_LEADING_CONJUNCTION = re.compile(r"^(?:(?:uh|um|er)\b,?\s*)*(?:(?:and|but|then|so|while|when)\b,?\s+)?(?:(?:uh|um|er)\b,?\s*)*",
                                  re.I)  # and a transcript's fillers
_COMMA_AFTER = re.compile(r"\s*,")
_PARTICIPLE_BEFORE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s$")  # ", closed " before "since Monday,"
_COMMA_BEFORE = re.compile(r",\s*$")
_ATTRIBUTIVE = re.compile(r"\s+[A-Za-z]")  # a word right after the date ("the 2000 election", "the 2022 World Cup")
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?:" + "|".join(A.LABEL_DETERMINERS) + r")\s+$", re.I)
_CLEFT = re.compile(r"^it\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:that|when)\s+", re.I)
_LEADING_PREP_COMMA = re.compile(r"^(?:in|on|at)\s*,\s*", re.I)


def _clean(s: str) -> str:
    """``s`` with every run of blanks one space, trimmed: ``_BLANKS.sub(" ", s).strip()``, whose
    ``\\s`` is what ``str.split`` splits at (a substitution per gap between words costs more)."""
    return " ".join(s.split())


def _clause_bounds(sent: str, cuts: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """Split ``sent`` into one clause per expression (spans relative to the sentence); and the indexes of
    the expressions that share their clause with the next for want of a boundary between them."""
    bounds = []
    unbroken: set[int] = set()
    lo = 0
    for i, (s, e) in enumerate(cuts):
        if i + 1 < len(cuts):
            gap_lo, gap_hi = e, cuts[i + 1][0]
            if len(sent[gap_lo:gap_hi].split()) < MIN_CLAUSE_WORDS:
                # coordinated dates ("1962-1964 and 1990-1995") share their clause, each kept; others
                # ("results for the period in late April") share it too, and the finer date places it
                bounds.append((-1, -1))
                brk = _SHORT_GAP_BREAK.fullmatch(sent, gap_lo, gap_hi)
                if brk is not None:
                    # "arrived this past Sunday and leaves this coming Friday": "and" and a verb open a clause
                    bounds[-1] = (lo, gap_lo)
                    lo = brk.end(1)
                    continue
                coordinated = _COORDINATED.fullmatch(sent, gap_lo, gap_hi) is not None and not _names_a_noun(
                    sent, *cuts[i + 1])  # "In 2005, the 1999 law": a label, no second item of a list
                if not coordinated and not _OPENS_CLAUSE.search(sent, gap_lo, gap_hi):
                    unbroken.add(i)
                continue
            cut = None
            for rx in _BREAKS:
                ms = list(rx.finditer(sent, gap_lo, gap_hi))
                if ms:
                    cut = ms[-1]
                    if rx is _BREAKS[-1] and _names_a_noun(sent, s, e) and not _VERB_WORD.search(sent, lo, cut.start()):
                        cut = None  # "Monday's earthquake in Turkey and Syria rose": a noun phrase before "and"
                    break
            if cut is not None:
                bounds.append((lo, cut.start()))
                lo = cut.end()
            else:
                # no clause boundary between them: one clause, which the finer date places
                # ("The figures for June were revised upward on Friday"; see :func:`build`)
                bounds.append((-1, -1))
                unbroken.add(i)
        else:
            bounds.append((lo, len(sent)))
    # a date that shares its clause with the next one gets the same bounds
    for i in range(len(bounds) - 2, -1, -1):
        if bounds[i] == (-1, -1):
            bounds[i] = bounds[i + 1] if bounds[i + 1] != (-1, -1) else (0, len(sent))
    if bounds and bounds[0][0] > 0:
        bounds[0] = (0, bounds[0][1])
    return bounds, unbroken


def summarize(clause: str, expr_spans: list[tuple[int, int]], attribution: bool = True) -> str:
    """The clause without its date phrases (and their prepositions) and, if ``attribution``, its attribution."""
    out = clause
    merged: list[tuple[int, int]] = []
    for s, e in sorted(expr_spans):
        if merged and (s <= merged[-1][1] or _JOINED.fullmatch(clause, merged[-1][1], s)):
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
        a = s if _ATTRIBUTIVE.match(out, e) and _DETERMINER_BEFORE.search(out, max(0, s - 8), s) else _prep_start(out, s)
        if a < s and out[a:a + 3].lower() == "on " and _SHIFT_TEXT.match(out, s, e):
            a = s  # "was fired on a day earlier": no date takes "on" so, the verb does
        if a < s and out[a] in "sdSD":
            held = _HELD_PARTICIPLE.match(out, a, s)
            if held is not None and _COPULA_BEFORE.search(out, max(0, a - 8), a):
                a = held.end()  # "is scheduled for Thursday": the participle stays with its copula
        if "not" in out[max(0, a - 6):a]:
            negated = _NOT_BEFORE.search(out, max(0, a - 8), a)
            if negated is not None:  # ", not Saturday as first planned": the alternative goes whole
                out = out[:negated.start()] + out[_PHRASE_REST.match(out, e).end():]
                continue
        comma = _COMMA_AFTER.match(out, e)
        before = _COMMA_BEFORE.search(out, max(0, a - 4), a) if comma is not None else None
        if before is not None:  # ", in June 2001," set off by commas: both go ("in the region killed")
            a, e = before.start(), comma.end()
        elif comma is not None and out[a - 3:a - 1] == "ed":
            participle = _PARTICIPLE_BEFORE.search(out, max(0, a - 30), a)
            if participle is not None:  # "the bridge, closed since Monday, to reopen": "the bridge to reopen"
                a, e = participle.start(), comma.end()
        out = out[:a] + " " + out[e:]
    for rx, words in _ATTRIB if attribution else ():
        for w in words:  # a plain loop: a generator for any() costs more than the tests
            if w in out:
                out = rx.sub("", out)
                break
    if "(" in out:
        out = _EMPTY_PARENS.sub("", out)
    out = _STRAY_SEPARATORS.sub("", out)
    out = _clean(out)
    out = _REPEATED_SEPARATORS.sub(_first_group, out)
    out = _BLANK_BEFORE_PUNCT.sub(_first_group, out)
    if "," in out or ";" in out or ":" in out:
        out = _SEPARATOR_BEFORE_STOP.sub(_first_group, out)
    out = _strip_edges(out)
    if ", " in out and any(w in out for w in _SET_OFF_ADVERBS):
        out = _ADVERB_SET_OFF.sub(" ", out)  # "Delta, however, cancelled": "Delta cancelled"
    tail = out[-20:]
    if "ompared" in out or "from" in tail or "versus" in tail or "not" in tail or "of" in tail or "than" in tail:
        out = _DANGLING_COMPARISON.sub("", out)  # "Profit fell 5% compared with." once its date is gone
    out = _LEADING_CONJUNCTION.sub("", out)
    if out[:3] in ("It ", "it "):
        out = _CLEFT.sub("", out)  # "It was [a year ago] that the storm hit": the storm hit
    out = _LEADING_PREP_COMMA.sub("", out)
    out = out.strip(" ,;")
    if out[:1] in _OPENING_QUOTES:  # '" this was a place' once "For most of the 20th century" is gone
        rest = out[1:].lstrip(" ,;")
        out = out[0] + rest[:1].upper() + rest[1:]
    if out and out[0].islower():
        out = out[0].upper() + out[1:]
    if out[-2:] in (' "', " ”"):  # '... in the area "' once "between midnight and 3 a.m." is gone
        out = out[:-2].rstrip(" ,;:") + "." + out[-1]
    if out and out[-1] not in ".!?\"”":
        out += "."
    if '"' in out or "“" in out or "”" in out:
        out = _balanced_quotes(out)
    return out


_QUOTE_COMMA_END = re.compile(r"[,;:]\s*([\"”])\.?$")  # '... at 21 feet,".' once the attribution is gone


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


_SHORT_SENTENCE = 80  # longer sentences always hold a word that says something
_WORDS = re.compile(r"[A-Za-z’']+")


def _only_function_words(stext: str, offset: int, items: list[Resolved]) -> bool:
    """Are all the words of the sentence ``stext`` (at ``offset``), its expressions left out, function words?"""
    k, n = 0, len(items)
    for m in _WORDS.finditer(stext):  # most sentences say something in their first words: stop there
        a = m.start() + offset
        while k < n and items[k].end <= a:
            k += 1
        if k < n and items[k].start <= a:
            continue  # a word of an expression
        if m.group().lower() not in S.FUNCTION_WORDS:
            return False
    return True


_OPENING_QUOTES = frozenset("\"“‘")


def _first_group(m: re.Match[str]) -> str:
    """The replacement ``\\1`` of a substitution, without the template expansion's cost per match."""
    return m[1]


def _signal_before(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends with a non-placing signal ("since", "until"): ``_SIGNAL.search``."""
    return _SIGNAL_REVERSED.match(text[lo:hi][::-1]) is not None


def _prep_start(text: str, s: int) -> int:
    """Where the preposition and "the" before a date at ``s`` start ("in the", "back in"), or ``s``.

    The leftmost start of ``_PREP`` in the window before ``s``: the longest match of the reversed
    pattern on the reversed window (with one character more, for its ``\\b``).
    """
    lo = max(0, s - _PREP_WINDOW)
    m = _PREP_REVERSED.match(text[max(0, lo - 1):s][::-1])
    if m is None or m.end() > s - lo:  # it would start before the window: ask the forward pattern
        pre = _PREP.search(text, lo, s)
        return pre.start() if pre and pre.group().strip() else s
    return s - m.end()


_EDGE = frozenset(",;:-–—•·▪►‣◦*")  # separators, and the bullets of a list ("• 1960: Mali gains ...")


def _strip_edges(s: str) -> str:
    """``s`` without leading and trailing separators and blanks (linear, unlike a ``[...]+$`` regex)."""
    a, b = 0, len(s)
    while a < b and (s[a] in _EDGE or s[a].isspace()):
        a += 1
    while b > a and (s[b - 1] in _EDGE or s[b - 1].isspace()):
        b -= 1
    return s[a:b]


_SUBJECT = re.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:was|is|were|are|had|has|have|will|would)\b")
# verbs that open a clause without its subject: auxiliaries, reporting verbs, past forms, and the presents of
# schedule ("Applications open on June 20 and close on July 31": "Applications close.")
_CLAUSE_VERBS = sorted(set(S.SUBJECTLESS_OPENERS) | S.IRREGULAR_PAST | T.SCHEDULE_PRESENT | T.SCHEDULE_PRESENT_PLURAL)
_CLAUSE_VERB_WORDS = "|".join(_CLAUSE_VERBS)
# a name that opens the sentence and a comma after it: the subject of "President X, who ..., said"
_OPENING_NAME = re.compile(r"(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|de|al-))*(?=\s*,)"
                           r"|(?:The|A|An)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}(?=\s*,)"
                           # a title in lower case before the name: "Chief executive Jane Roe,"
                           r"|[A-Z][\w’'.-]*(?:\s+(?!(?:on|in|at|to|by|with|from|and|or|the|a|an|" + _CLAUSE_VERB_WORDS
                           + r")\b)[a-z]+){1,2}(?:\s+[A-Z][\w’'.-]*)+(?=\s*,)")
# a verb opening a clause: an auxiliary, a reporting verb, or a past form in "-ed" ("and retired in 1993")
_BARE_VERB = re.compile(r"^(?:(?:" + "|".join(_CLAUSE_VERBS) + r")\b|[a-z]{3,}ed\b)", re.I)


# the words that open the sentence, up to its first verb ("Construction" of "Construction began in 2013 and ...")
_OPENING_SUBJECT = re.compile(r"((?:The|A|An|[A-Z][\w’'.&-]*)(?:\s+[\w’'.&-]+){0,%d}?)\s+(?:(?:%s)\b|[a-z]{3,}ed\b)"
                              % (S.SUBJECT_MAX_WORDS - 1, "|".join(_CLAUSE_VERBS)))


# the subject and modal that open a sentence ("U.S. markets will" of "U.S. markets will close early on Wednesday")
_OPENING_MODAL = re.compile(r"((?:The|A|An|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,%d}?\s+(?:will|would|could|can|may|might|"
                            r"must|should|shall))\s+[a-z]+\b[^,;:]*\s(?:and|but)\s+$" % (S.SUBJECT_MAX_WORDS - 1))


def _with_subject(summary: str, before: str, lower_start: bool = False) -> str:
    """Give a clause that starts with a verb the subject of the clause before it; ``lower_start``: the
    clause opens with a word in lower case, which after "SUBJECT will VERB ... and" is a second verb of
    that modal ("U.S. markets will close early on Wednesday and stay shut on Thursday")."""
    if not _BARE_VERB.match(summary):
        if lower_start:
            first = _FIRST_WORD.match(summary)
            m = _OPENING_MODAL.match(before)
            if m is not None and first is not None and first.group(1).lower() not in S.FUNCTION_WORDS:
                return f"{m.group(1)} {summary[0].lower()}{summary[1:]}"
        return summary
    first = _FIRST_WORD.match(summary)
    if first is not None and first.group(1).lower() in T.SCHEDULE_PRESENT_PLURAL:
        # a base form agrees only with a subject whose own verb is one ("Applications open ... and close"; not
        # "A European mission, Hera, is due to launch ... and arrive")
        m = _OPENING_SUBJECT.match(before)
        verb = _FIRST_WORD.match(before, m.end(1)) if m else None
        if verb is None or verb.group(1).lower() not in T.SCHEDULE_PRESENT_PLURAL:
            return summary
    else:
        m = _SUBJECT.search(before) or _OPENING_NAME.match(before) or _OPENING_SUBJECT.match(before)
    if not m:
        return summary
    subject = m.group(1) if m.lastindex else m.group()
    return f"{subject} {summary[0].lower()}{summary[1:]}"


def build(source: str, seg: Segmented, timexes: list[Resolved],
          implicit: list[Resolved] | None = None, summaries: bool = True) -> list[Statement]:
    """Dated statements of one article (``implicit``: events dated by anniversaries and the like).

    ``summaries=False`` leaves the summary and the sentence of clause-dated statements empty: a
    third of the cost, for callers that need only the clauses (placing other articles' publication
    dates).
    """
    text = seg.text
    out: list[Statement] = []
    out.extend(_implicit_statements(source, seg, implicit or []))
    by_sentence: dict[int, list[Resolved]] = {}
    sent_index = 0
    sents = seg.sentences
    for t in timexes:
        while sent_index < len(sents) and sents[sent_index].end <= t.start:
            sent_index += 1
        if sent_index < len(sents) and sents[sent_index].start <= t.start:
            by_sentence.setdefault(sent_index, []).append(t)
    if any(sents[si].zone == "heading" for si in by_sentence):
        out.extend(_stamped_entries(source, text, sents, by_sentence, summaries))
    for si in sorted(by_sentence):
        sent = sents[si]
        if sent.zone != "body":
            continue
        stext = text[sent.start:sent.end]
        clauses: dict[tuple[int, int], tuple[str, str]] = {}  # one summary per clause, shared by its dates
        placing: list[tuple[Resolved, Resolved | None]] = []
        items = by_sentence[si]
        if len(stext) <= _SHORT_SENTENCE and _only_function_words(stext, sent.start, items):
            continue  # "It is Monday, not Tuesday.": nothing is said to happen
        skip_next = False
        whens: list[tuple[Resolved, Resolved | None, int]] = []  # boundaries followed by ", when": its body's start
        limits: list[tuple[int, int]] = []  # spans of the boundaries: they place nothing, but end clauses
        for j, t in enumerate(items):
            if skip_next:
                skip_next = False
                continue
            info = specified(t.value)
            if t.type not in ("DATE", "TIME") or info is None:
                continue
            nxt = items[j + 1] if j + 1 < len(items) else None
            ninfo = specified(nxt.value) if nxt else None
            ranged = (nxt is not None and ninfo is not None and nxt.type == t.type
                      and ninfo[0].granularity == info[0].granularity
                      and (ninfo[1][0] > info[1][1] or (info[0].granularity == "time" and nxt.value > t.value)))
            sep = _RANGE_SEP.match(text[t.end:nxt.start]) if ranged else None  # type: ignore[union-attr]
            if sep is not None and sep.group(1).lower() == "and" and (
                    ninfo[1][0] - info[1][1] > _ONE_DAY or info[0].granularity == "time") \
                    and not _BETWEEN_BEFORE.search(text, max(sent.start, t.start - 12), t.start):  # type: ignore[index]
                # "March 21 and 22", "between 1998 and 2004" are spans; "in 2009 and 2013", "1 February and 27
                # February" a list
                sep = None
            near = text[max(sent.start, t.start - 80):t.start]
            if ("not" in near or "rather" in near or "instead" in near) and _NEGATED_BEFORE.search(near):
                continue  # "opens on Monday, not Sunday": no time of anything
            if ("rom" in near or "ompared" in near or "ersus" in near or "vs." in near) and not (sep and nxt) \
                    and _COMPARED_BEFORE.search(near):
                continue  # "Cases rose to 1,287 on Saturday, up from 830 a day earlier": the time compared with
            if _signal_before(text, max(sent.start, t.start - 20), t.start):
                # a boundary; but "from 00:01 on Tuesday until 23:59 on Thursday" spans the two
                if sep is None or sep.group(1).lower() == "and" or not _FROM_BEFORE.search(
                        text, max(sent.start, t.start - 12), t.start):
                    when = _WHEN_AFTER.match(text, t.end, sent.end)
                    if when is not None:  # "since October 2021, when they staged a coup": the coup was then
                        whens.append((t, None, when.end() - sent.start))
                    limits.append((t.start - sent.start, t.end - sent.start))
                    continue
            if sep is not None:
                placing.append((t, nxt))  # type: ignore[arg-type]
                skip_next = True
            elif nxt and ninfo and nxt.type == "TIME" and info[0].granularity == "day" and ninfo[1] == info[1] \
                    and _REFINES.fullmatch(text, t.end, nxt.start):
                placing.append((nxt, None))  # "on March 23 at 6 a.m.": the time of day on that day
                skip_next = True
            else:
                placing.append((t, None))
        placing.extend(_event_anchored(source, text, sent.start, sent.end, items, out))
        placing.sort(key=lambda p: p[0].start)
        if not placing and not whens:
            continue
        cuts = [(p[0].start - sent.start, (p[1] or p[0]).end - sent.start) for p in placing]
        bounds, unbroken = _clause_bounds(stext, cuts) if not limits else _bounds_with_limits(stext, cuts, limits)
        if unbroken:
            placing, bounds = _finest_per_clause(placing, bounds, unbroken, text)
        if whens:
            placing, bounds = _with_when_clauses(stext, sent.start, placing, bounds, whens)
        if summaries:
            sentence = _clean(stext)
            all_spans = [(t.start - sent.start, t.end - sent.start) for t in items if t.type in ("DATE", "TIME")]
            all_spans += cuts
        else:
            sentence, all_spans = "", []
        placed: set[tuple[int, int, str, date]] = set()
        relatives = _relative_clauses(stext, cuts)
        if relatives and summaries:  # what a relative clause dates is no part of what the others date
            all_spans = all_spans + [(a, b) for a, b, *_ in relatives.values()]
        labels, takeover = _labels_give_way(text, stext, placing, bounds, cuts, relatives)
        for i, ((t, t2), (cs, ce)) in enumerate(zip(placing, bounds)):
            if takeover >= 0:
                if i != takeover and labels[i]:
                    continue  # "the June jobs report": a label, once another date places the sentence
                if i == takeover:
                    cs, ce = 0, len(stext)
            elif cs >= 0 and i not in relatives and ", " in stext:
                cs, ce = _own_conjunct(stext, cs, ce, t.start - sent.start, (t2 or t).end - sent.start, cuts)
            if cs >= 0 and i not in relatives and "since" in stext[cs:t.start - sent.start]:
                since = _since_clause(stext, cs, ce, t.start - sent.start)
                if since is not None:  # "Prices have doubled since the war began in 2022": the war began then
                    cs, ce, subject = since
                    if summaries and subject is not None and (cs, ce) not in clauses:  # a gerund
                        summary = summarize(stext[cs:ce], [(a - cs, b - cs) for a, b in all_spans if a >= cs and b <= ce])
                        if subject:
                            summary = f"{subject} {summary[:1].lower()}{summary[1:]}"
                        clauses[(cs, ce)] = (_clean(stext[cs:ce]), summary)
            if i in relatives:
                a, b, body_start, head, link = relatives[i]
                # the summary decides whether the clause stands alone: computed either way, so that the
                # statements do not depend on ``summaries``
                spans = all_spans if summaries else [(x - sent.start, y - sent.start) for x, y in
                                                     ((u.start, u.end) for u in items if u.type in ("DATE", "TIME"))]
                got = _relative_summary(stext, a, b, body_start, head, link, spans)
                if got is not None:
                    cs, ce = a, b
                    clauses.setdefault((cs, ce), got if summaries else (got[0], ""))
            fronted = _FRONTED_SINCE.match(stext, 0, t.start - sent.start)
            if fronted is not None and _COMMA_AFTER.match(stext, (t2 or t).end - sent.start):
                # "Since the invasion on Feb. 24, 2022, more than 8 million have fled": the date is the invasion's
                cs, ce = 0, (t2 or t).end - sent.start
                name = fronted.group(1)
                clauses.setdefault((cs, ce), (_clean(stext[cs:ce]), name[0].upper() + name[1:] + "." if summaries else ""))
            if cs >= 0 and (cs, ce) not in clauses and _no_content(stext, cs, ce, cuts):
                if len(placing) > 1:
                    continue  # the sentence's other dates place what was said, or what happened
                clause = _clean(stext[cs:ce])
                # what was said is the event, on the day it was said
                clauses[(cs, ce)] = (clause, summarize(stext, all_spans, attribution=False) if summaries else "")
            if (cs, ce) not in clauses:
                clause, summary = (_clause_summary(stext, cs, ce, all_spans,
                                                   (t.start - sent.start, (t2 or t).end - sent.start))
                                   if summaries
                                   else (_clean(stext[cs:ce]), ""))
                # a clause that is the whole sentence is kept once, as the sentence
                clauses[(cs, ce)] = (sentence if clause == sentence else clause, summary)
            clause, summary = clauses[(cs, ce)]
            tv, iv = specified(t.value)  # type: ignore[misc]  # placing holds specified values only
            end = iv[1]
            if t2 is not None:
                end = specified(t2.value)[1][1]  # type: ignore[index]
            if (cs, ce, t.value, end) in placed:
                continue  # the same clause placed on the same date again is the same statement
            placed.add((cs, ce, t.value, end))
            if summary[:3] in ("It ", "He ", "She") and si > 0 and sents[si - 1].paragraph == sent.paragraph:
                summary = _it_said_of(summary, text[sents[si - 1].start:sents[si - 1].end])
            out.append(Statement(source, sentence, clause, summary, t,
                                 t.value, iv[0], end, tv.granularity, t.start, t.anchor_kind, t.why))
    return out


# ", who was elected in March," / ", which took effect in January": a relative clause, which dates its head;
# so does a participle set off by a comma (", released in 2019,": "A previous study was released.")
# ", where the river crested on Sunday": a clause with its own subject, which says what happened then by itself
_RELATIVE = re.compile(r",\s+(?:(who|which)\s+|(where|when)\s+(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|[A-Z][\w’'-]*)\s)"
                       r"|(?!(?:scheduled|slated|planned|dated|expected)\s)"
                       r"(?=(?:[a-z]{3,}ed|born|built|held|made|sold|won|written|taken)\s))")
_CLOSE_RELATIVE = re.compile(r"[,;]|[.!?][\"”’']*\s*$")
_NAME_WORD = rf"(?:(?:{'|'.join(S.NAME_PREFIXES)})-)?[A-Z][\w’'.-]*"  # "Kenyatta", "al-Bashir"
_HEAD_NAME = re.compile(rf"[A-Z][\w’'.-]*(?:\s+(?:{_NAME_WORD}|of|for|and|the|{'|'.join(S.NAME_PARTICLES)}))*")
_TRAILING_NAME = re.compile(rf"[A-Z][\w’'.-]*\s+(?:(?:{_NAME_WORD}|{'|'.join(S.NAME_PARTICLES)})\s+)*{_NAME_WORD}$"
                            rf"|[A-Z][\w’'.-]*$")
_TRAILING_NOUN_PHRASE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*$")
_NAME_OF_PLACE = re.compile(rf"((?:{_NAME_WORD}\s+)*?{_NAME_WORD})\s+of\s+(?:the\s+)?(?:{_NAME_WORD}\s+|of\s+|the\s+)*"
                            rf"{_NAME_WORD}$")
_NOT_A_HEAD = frozenset(("He", "She", "It", "They", "We", "I", "You", "This", "That", "There"))
RELATIVE_HEAD_MAX_WORDS = 8


def _relative_clauses(stext: str, cuts: list[tuple[int, int]]) -> dict[int, tuple[int, int, int, str, str]]:
    """The placings whose date lies inside a relative clause (", who was elected in March,") or an opening
    participle ("Born on June 4, 1930, in Dayton, Doe ..."): by index, the clause's span (from its comma to
    the comma that closes it or the sentence's end; the participle's from the sentence's start to the comma
    before its name), where its body starts, its head, and the verb that links them ("" or "was")."""
    out: dict[int, tuple[int, int, int, str, str]] = {}
    participle = _OPENING_PARTICIPLE.match(stext) is not None
    if ", " not in stext and not participle:
        return out
    for i, (s, e) in enumerate(cuts):
        if participle and _NAME_AFTER.search(stext, 0, s) is None and ";" not in stext[:s]:
            m = _NAME_AFTER.search(stext, e)
            if m is not None and ";" not in stext[e:m.start()] and m.group(1) not in _NOT_A_HEAD:
                name = m.group(1)
                out[i] = (0, m.start(), 0, name[0].upper() + name[1:], "was")
            continue
        rel = None
        for m in _RELATIVE.finditer(stext, 0, s):
            rel = m
        if rel is None or _CLOSE_RELATIVE.search(stext, rel.end(), s):
            continue  # no relative clause or participle open at the date
        if not rel.group(1) and not rel.group(2) and _ADVERB_BEFORE_COMMA.search(stext, 0, rel.start()):
            continue  # "The minister, meanwhile, resigned on Friday": the verb, after an adverb set off
        close = _CLOSE_RELATIVE.search(stext, e)
        end = close.end() if close is not None and close.group() in ",;" else (close.start() if close else len(stext))
        head = "" if rel.group(2) else _relative_head(stext[:rel.start()].strip(), rel.group(1) == "who",
                                                      rel.group(1) == "which")
        if head is not None:  # ", who was elected" links by itself; ", released in 2019" is "was released"
            out[i] = (rel.start(), end, rel.end(), head, "" if rel.group(1) or rel.group(2) else "was")
    return out


# the speaker after a reporting verb that ends what comes before a relative clause
_SAID_NOUN_PHRASE = re.compile(r"\b(?:said|says|told|added|according\s+to)\s+((?:the|a|an)\s+[a-z]+(?:\s+[a-z]+){0,2}"
                               r"|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)$")


def _relative_head(before: str, who: bool = False, which: bool = False) -> str | None:
    """What a relative clause after ``before`` is about: all of ``before`` if it is a name ("The Bank of
    England") or a short noun phrase ("The former mayor"), else the name that ends it ("He met Ana Torres").
    ``who`` refers to a person, the nearest: the name or noun phrase that ends ``before``, however long;
    ``which``, after a long clause, only to a name that ends it."""
    words = before.split()
    if not words:
        return None
    said = _SAID_NOUN_PHRASE.search(before)
    if said is not None:  # '"...," said the mayor, who was born here': the mayor
        head = said.group(1)
        return head[0].upper() + head[1:]
    if len(words) > RELATIVE_HEAD_MAX_WORDS and not who:
        # "... in response to COVID-19, which killed millions": only a name that ends it (no month or weekday)
        m = _TRAILING_NAME.search(before) if which else None
        if m is None or m.group() in _NOT_A_HEAD or m.group().lower().rstrip(".") in V.MONTHS \
                or m.group().lower() in V.WEEKDAYS:
            return None
        return m.group()
    if _HEAD_NAME.fullmatch(before):
        return before
    if who and before[0].isupper() and len(words) <= S.HEAD_NOUN_PHRASE_MAX_WORDS and not any(
            w.lower() in S.HEAD_VERBS or w.lower() in T.PAST_CUES or (w.endswith("ed") and len(w) > 4)
            for w in words):
        return before  # "Starpointe holders, who approved the plan last April, ...": the subject
    if words[0] in S.HEAD_DETERMINERS and len(words) <= S.HEAD_NOUN_PHRASE_MAX_WORDS and not any(
            w.lower() in S.HEAD_VERBS or w.lower() in T.SCHEDULE_PRESENT or (w.endswith("ed") and len(w) > 4)
            for w in words[1:]):
        return before
    m = _TRAILING_NAME.search(before)
    if m is not None and m.group() not in _NOT_A_HEAD:
        if who:  # "Dr. Sarah Okafor of the University of Leeds, who ...": the person, not the place
            of = _NAME_OF_PLACE.search(before)
            if of is not None:
                return of.group(1)
        return m.group()
    m = _TRAILING_NOUN_PHRASE.search(before)  # "Acme unveiled its latest phone, which will go on sale ..."
    return None if m is None else m.group()[0].upper() + m.group()[1:]


def _relative_summary(stext: str, a: int, b: int, body_start: int, head: str, link: str,
                      all_spans: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The clause and summary of the relative clause or opening participle ``stext[a:b]``, said of its head:
    "President Uhuru Kenyatta was elected.", "Doe was born in Dayton." (None if too little is left)."""
    body = stext[body_start:b].rstrip(" ,;")
    if link:
        body = body[:1].lower() + body[1:]
    prefix = f"{head} {link} " if link else f"{head} " if head else ""
    text = prefix + body
    shift = len(prefix) - body_start
    spans = [(x + shift, y + shift) for x, y in all_spans if body_start <= x and y <= b and (x, y) != (a, b)]
    attached = _attached_event(text, spans)
    if attached is not None:
        return _clean(text), attached[0]
    summary = summarize(text, spans)
    if link:
        summary = _PARTICIPLE_COMMA.sub(r"\1 ", summary, count=1)
    if len(summary.split()) < S.MIN_SUMMARY_WORDS and not _subject_and_verb(summary):
        return None
    return _clean(text), summary  # the clause as read: its head, then the relative clause's body


# a comparison open before a date: "up from 830 ", "compared with $3 million ", "from 67% " (a figure, and no "to")
_COMPARED_BEFORE = re.compile(r"(?:\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in S.COMPARISON_LEADS)
                              + r")\s+|\bfrom\s+(?:[$€£¥]\s?)?(?:(?:about|around|nearly|some|just|almost)\s+)?\d)"
                              r"(?:(?!\bto\b)[^,;:])*$", re.I)
# a shift that takes no preposition ("a day earlier", "two weeks later", "three years ago")
_SHIFT_TEXT = re.compile(r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\w+\s+(?:earlier|later|ago|before|after)$",
                         re.I)
_SET_OFF_ADVERBS = tuple(sorted(w for w in T.SENTENCE_ADVERBS if w not in ("later", "earlier", "once", "then", "still",
                                                                           "again", "too")))
_ADVERB_SET_OFF = re.compile(r"\s*,\s*(?:" + "|".join(_SET_OFF_ADVERBS) + r")\s*,\s*")
_ADVERB_BEFORE_COMMA = re.compile(r",\s*(?:" + "|".join(sorted(T.SENTENCE_ADVERBS)) + r")\s*$", re.I)
# a relative clause between a subject and its verb: ", who postponed a trip," before "will visit"
_NOT_BEFORE = re.compile(r",\s*not\s+$")
_PHRASE_REST = re.compile(r"[^,;:.!?]*")
_ASIDE = re.compile(r",\s+(?:who|which)\s+[^,;:\"“”()]{3,120},(?=\s+(?:%s|[a-z]{3,}ed)\b)" % _CLAUSE_VERB_WORDS)
_NEGATED_BEFORE = re.compile(r"(?:,\s*not|\brather\s+than|\binstead\s+of)\s+(?:(?:on|in|at)\s+)?$", re.I)
_DANGLING_COMPARISON = re.compile(r"(?:,?\s+(?:compared\s+(?:with|to)|versus|(?:up|down)\s+from|rather\s+than|"
                                  r"instead\s+of)|,\s*not)\s*(?=[.!?]?$)"
                                  # set off by commas inside the sentence: "production costs, compared with, were"
                                  r"|,\s*compared\s+(?:with|to)\s*,(?=\s)", re.I)
_LIMIT_BREAK = re.compile(r";|,?\s+(?:and|but|while|whereas)\s+")


def _bounds_with_limits(stext: str, cuts: list[tuple[int, int]], limits: list[tuple[int, int]]
                        ) -> tuple[list[tuple[int, int]], set[int]]:
    """:func:`_clause_bounds` of the placing dates ``cuts``, the boundary dates ``limits`` ("until Friday",
    "by early 2026") cutting clauses too: "Rebels seized the town on Monday, and the curfew will last until
    Friday" places "Rebels seized the town" alone."""
    # only past a coordinator or a semicolon: "the bridge, closed since Monday, to reopen on Friday" is one clause
    limits = [(a, b) for a, b in limits if any(
        _LIMIT_BREAK.search(stext, min(b, cb), max(a, ca)) for ca, cb in cuts)]
    if not limits:
        return _clause_bounds(stext, cuts)
    merged = sorted([(c, False) for c in cuts] + [(c, True) for c in limits])
    bounds_all, unbroken_all = _clause_bounds(stext, [c for c, _ in merged])
    at = [k for k, (_, limit) in enumerate(merged) if not limit]
    bounds = [bounds_all[k] for k in at]
    unbroken = {p for p in range(len(at) - 1) if all(j in unbroken_all for j in range(at[p], at[p + 1]))}
    return bounds, unbroken


# the definite subject that opens a sentence, up to its verb ("The county's unemployment rate" before "peaked")
_DEFINITE_SUBJECT = re.compile(r"((?:The|Its|This)\s+(?:[\w’'&-]+\s+){0,4}?[\w’'&-]+)\s+(?:(?:%s)\b|[a-z]{3,}ed\b)"
                               % _CLAUSE_VERB_WORDS)


# a person's name that opens a sentence, then its verb ("Maria Lindqvist studied"); names of two words or more
_OPENING_PERSON = re.compile(r"((?:[A-Z][a-z]+\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\s+(?:%s|[a-z]{3,}ed)\b"
                             % _CLAUSE_VERB_WORDS)
_FULL_NAME = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+")


def _it_said_of(summary: str, before: str) -> str:
    """The summary "It VERB ..." said of the subject of the sentence ``before`` (see ``S.IT_NOT_ANAPHORIC_AFTER``);
    "He" or "She" of the name that opens it, when that is the only name of two words or more it holds
    ("Maria Lindqvist studied law. She was elected in 1998.": "Maria Lindqvist was elected.")."""
    pronoun = summary.split(" ", 1)[0]
    if pronoun in ("He", "She"):
        name = _OPENING_PERSON.match(before.lstrip(" \"“‘'"))
        if name is None or len(_FULL_NAME.findall(before)) != 1:
            return summary
        return name.group(1) + summary[len(pronoun):]
    verb = _FIRST_WORD.match(summary, 3)
    if verb is None or verb.group(1).lower() in S.IT_NOT_ANAPHORIC_AFTER:
        return summary
    m = _DEFINITE_SUBJECT.match(before.lstrip(" \"“‘'"))
    if m is None:
        return summary
    head = m.group(1).split()[-1].lower()
    if head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and head not in T.NOT_PLURAL_NOUNS:
        return summary  # "The talks ...": they, not it
    return m.group(1) + summary[2:]


# ", and" or ", but" before a subject: a clause of its own ("..., and the company published a review")
_CONJUNCT = re.compile(r",\s+(?:and|but)\s+(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|I|[A-Z][\w’'-]*)"
                       r"(?:\s+[\w’'.&-]+){0,4}?\s+(?:%s|[a-z]{3,}ed)\b|(?:on|in|at|during|last|this|early|late)\s)"
                       % _CLAUSE_VERB_WORDS)


_FRONTED_DATE = re.compile(r"\W*(?:(?:but|and|so|yet)\b\s*,?\s*)?(?:(?:in|on|at|by|during|early|late|last|this)\s+)?"
                           r"(?:the\s+)?", re.I)


def _own_conjunct(stext: str, cs: int, ce: int, ds: int, de: int, cuts: list[tuple[int, int]]) -> tuple[int, int]:
    """The clause ``[cs, ce)`` narrowed to the coordinated clause that holds the date ``[ds, de)``: "He has been
    asked to testify, and the company published a review on Wednesday" places "the company published a review"
    (unless what is left says nothing by itself)."""
    a, b = cs, ce
    for m in _CONJUNCT.finditer(stext, cs, ds):
        a = m.end()
    m = _CONJUNCT.search(stext, de, ce)
    if m is not None and not _FRONTED_DATE.fullmatch(stext, a, ds):
        b = m.start()  # but "In June last year, the leaders fell out, and Pol Pot was arrested": both then
    if (a, b) == (cs, ce) or _no_content(stext, a, b, cuts):
        return cs, ce
    return a, b


# "since" and the clause or gerund it opens ("since the war began", "since taking office")
_SINCE_OPENS = re.compile(r"\bsince\s+(?:(gerund)|(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|I|[A-Z][\w’'-]*)\s+"
                          r"(?:[\w’'.&-]+\s+){0,4}?(?:%s|[a-z]{3,}ed)\b))".replace("gerund", r"[a-z]{3,}ing(?=\s)")
                          % _CLAUSE_VERB_WORDS, re.I)


def _since_clause(stext: str, cs: int, ce: int, ds: int) -> tuple[int, int, str | None] | None:
    """The clause that "since" opens before the date at ``ds`` (from after "since" to the next comma or the
    clause's end), and for a gerund the subject of the sentence to say it of ("since taking office two years
    ago": "Biden taking office."; "" for a pronoun), else None; None if "since" opens none there."""
    m = None
    for m in _SINCE_OPENS.finditer(stext, cs, ds):
        pass
    if m is None or any(c in stext[m.end():ds] for c in ",;"):
        return None
    stop = _CLOSE_RELATIVE.search(stext, ds, ce)
    end = stop.start() if stop is not None else ce
    if m.group(1) is not None:
        opening = _OPENING_SUBJECT.match(stext)
        if opening is None:
            return None
        subject = opening.group(1)
        if subject.lower() in T.PLURAL_PRONOUNS or subject.lower() in ("he", "she", "it", "i"):
            subject = ""  # "He moving there." says no more than "Moving there."
        return m.start(1), end, subject
    return m.end(), end, None


def _stamped_entries(source: str, text: str, sents: list, by_sentence: dict[int, list[Resolved]],
                     summaries: bool) -> list[Statement]:
    """A live blog's entries: a line that holds only a clock time ("14.32 EST", "11:42 p.m. ET") dates the first
    sentence of the paragraph after it, when that sentence names no date of its own."""
    out = []
    for si, items in by_sentence.items():
        sent = sents[si]
        if sent.zone != "heading" or len(items) != 1 or items[0].type != "TIME":
            continue
        t = items[0]
        if text[sent.start:sent.end].strip(" \t\n:–—-") != t.text:
            continue
        j = si + 1
        while j < len(sents) and sents[j].zone == "heading" and j not in by_sentence and \
                sents[j].end - sents[j].start <= S.STAMP_COMPANION_CHARS:
            j += 1  # "2h ago" between the time and the entry
        if j >= len(sents) or sents[j].zone != "body" or j in by_sentence:
            continue
        info = specified(t.value)
        if info is None:
            continue
        stext = text[sents[j].start:sents[j].end]
        sentence = _clean(stext)
        summary = summarize(stext, []) if summaries else ""
        out.append(Statement(source, sentence, sentence, summary, t, t.value, info[1][0], info[1][1],
                             info[0].granularity, t.start, t.anchor_kind, t.why))
    return out


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
    subject = _OPENING_SUBJECT.match(stext) or _OPENING_NAME_VERB.match(stext)
    if subject is None:
        return None
    past = _past_of(m.group(1))
    if past is None:
        return None
    return f"{subject.group(1)} {past}{summary[m.end(1):]}"


_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b")
_ING_OPENING = re.compile(r"([A-Z][a-z]{2,}ing)\b(?=\s+\S)")
_OPENING_NAME_VERB = re.compile(r"((?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)\s+(?:has|have|had)\s")


def _labels_give_way(text: str, stext: str, placing: list[tuple[Resolved, Resolved | None]],
                     bounds: list[tuple[int, int]], cuts: list[tuple[int, int]], relatives: dict
                     ) -> tuple[list[bool], int]:
    """Which placings only name a noun ("the June jobs report", "the 1999 law"), and the one that places
    the whole sentence instead (-1 if none): the only other date, when its clause says nothing by itself
    ("Investors will watch the June jobs report, due on Friday, July 5, after the Independence Day
    holiday"; "In 2005, the 1999 law was repealed")."""
    if len(placing) < 2:
        return [], -1
    labels = [_names_a_noun(text, t.start, t.end) for t, _ in placing]
    plain = [i for i, label in enumerate(labels) if not label]
    if len(plain) != 1:
        return labels, -1
    i = plain[0]
    cs, ce = bounds[i]
    t = placing[i][0]
    if t.anchor_kind == "previous" or t.rule.startswith("offset"):
        return labels, -1  # "a third-quarter loss of $2 million, versus $5 million a year earlier": a comparison
    if i in relatives or cs < 0 or not _no_content(stext, cs, ce, cuts):
        return labels, -1
    return labels, i


# ", when" and a subject after a date: a clause saying what happened then ("in 1998, when the river rose")
_WHEN_AFTER = re.compile(r",\s+when\s+(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|[A-Z][\w’'-]*|[a-z]{2,}s(?<!ss))\s)")


def _with_when_clauses(stext: str, s0: int, placing: list[tuple[Resolved, Resolved | None]],
                       bounds: list[tuple[int, int]], whens: list[tuple[Resolved, Resolved | None, int]]
                       ) -> tuple[list[tuple[Resolved, Resolved | None]], list[tuple[int, int]]]:
    """Add the clauses that open with ", when" after a date that bounds its own clause ("Prices have soared
    since March, when the war began": "The war began."), each up to its closing comma or the sentence's end,
    on that date; the clause before stops at the comma. (After any other date the two clauses are one
    statement: one date is one mention.)"""
    placing, bounds = list(placing), list(bounds)
    for t, t2, body in whens:
        close = _CLOSE_RELATIVE.search(stext, body)
        end = close.start() if close is not None else len(stext)
        comma = stext.rfind(",", 0, body)
        for i, (cs, ce) in enumerate(bounds):
            if cs <= comma < ce and ce <= end + 1:
                bounds[i] = (cs, comma)
        placing.append((t, t2))
        bounds.append((body, end))
    return placing, bounds


def _finest_per_clause(placing: list[tuple[Resolved, Resolved | None]], bounds: list[tuple[int, int]],
                       unbroken: set[int], text: str) -> tuple[list[tuple[Resolved, Resolved | None]],
                                                               list[tuple[int, int]]]:
    """Of the dates that share a clause for want of a boundary (``unbroken``: see :func:`_clause_bounds`),
    those of the finest granularity: "the figures for June were revised on Friday" happened on Friday; but a
    date that only names a noun ("since losing the October 30 runoff", "after Sunday's vote") gives way to
    one that does not, and so does an entry's time stamp ("10:15 p.m. ET: Polls closed in Nevada an hour ago").
    Coordinated dates ("elected in 1974 and retired in January 1993") are all kept."""
    shared = {bounds[i] for i in unbroken}
    finest: dict[tuple[int, int], tuple[bool, int]] = {}
    ranks = []
    for (t, _), b in zip(placing, bounds):
        info = specified(t.value)
        # a time stamp that opens an entry ("10:15 p.m. ET: Polls closed an hour ago") gives way too
        rank = (not _names_a_noun(text, t.start, t.end) and not _STAMP_AFTER.match(text, t.end), info[0].rank if info else -1)
        ranks.append(rank)
        finest[b] = max(finest.get(b, (False, -1)), rank)
    keep = [i for i, b in enumerate(bounds) if b not in shared or ranks[i] >= finest[b]]
    if len(keep) == len(bounds):
        return placing, bounds
    return [placing[i] for i in keep], [bounds[i] for i in keep]


_STAMP_AFTER = re.compile(r"[ \t]*:(?!\d)")


def _names_a_noun(text: str, start: int, end: int) -> bool:
    """Is the date at [start, end) a modifier of the noun after it ("the October 30 runoff", "Sunday's vote")?"""
    tail = text[end:end + 2]
    if tail in ("'s", "’s"):
        return True
    return _ATTRIBUTIVE.match(text, end) is not None and _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None


def _clause_summary(stext: str, cs: int, ce: int, all_spans: list[tuple[int, int]],
                    date_span: tuple[int, int] | None = None) -> tuple[str, str]:
    """The cleaned clause ``stext[cs:ce]`` and its summary; ``date_span``: that of the date which places it,
    if known (it may lie before the clause, as in "in 1998, when the river rose")."""
    clause = stext[cs:ce]
    spans = [(a - cs, b - cs) for a, b in all_spans if a >= cs and b <= ce]
    date_inside = date_span is None or cs <= date_span[0] < ce
    attached = _attached_event(clause, spans)
    if attached is not None:
        if date_inside:
            return _clean(clause), attached[0]
        # the happening and its own date are no part of what happened on the date before the clause
        spans = spans + [(attached[1], spans[0][1])]
    reduced = _reduced_relative(clause, (date_span[0] - cs, date_span[1] - cs)) if date_span and date_inside else None
    if reduced is not None:
        return _clean(clause), reduced
    if date_inside and spans and (len(spans) == 1 or len(set(spans)) == 1):
        thing = _labelled_object(clause, spans) or _scheduled_object(clause, spans)
        if thing is not None:
            return _clean(clause), thing
    summary = summarize(clause, spans)
    if not _WORD.search(summary):  # all of it was attribution ("Officials said on Thursday that ..."): keep it
        summary = summarize(clause, spans, attribution=False)
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
            return _clean(clause), named.group(1)[0].upper() + named.group(1)[1:] + "."
    borrowed = False
    if cs > 0:
        with_subject = _with_subject(summary, stext[:cs], clause[:1].islower())
        summary, borrowed = with_subject, with_subject != summary
        if not borrowed and clause[:1].islower() and stext[:cs].rstrip().endswith(","):
            said = _participle_said_of(summary, stext)  # ", announcing the decision on Wednesday"
            summary, borrowed = said or summary, said is not None

    if not borrowed and (cs > 0 or ce < len(stext.rstrip())) and _weak(clause, summary):
        # the whole sentence says more than the fragment
        summary = summarize(stext, all_spans)
        if not _WORD.search(summary):  # all attribution ("He said ..."): keep it
            summary = summarize(stext, all_spans, attribution=False)
    return _clean(clause), summary


# a lead word, its first letter in either case (a plain pattern, faster than IGNORECASE)
_ATTACHED_LEAD = re.compile("|".join(f"[{w[0].upper()}{w[0]}]{w[1:]} " for w in sorted(
    {lead.split()[0] for lead in S.ATTACHED_EVENT_LEADS} | {"followed"})))


# the verbs that make a noun phrase a clause: auxiliaries and past forms; after a subject, also the main verbs
# that follow it; after an object, also irregular pasts
_NOUN_PHRASE_VERBS = frozenset(S.HEAD_VERBS | T.PAST_CUES)
_SUBJECT_VERBS = _NOUN_PHRASE_VERBS | S.MAIN_VERBS_AFTER_SUBJECT
_OBJECT_VERBS = _SUBJECT_VERBS | S.IRREGULAR_PAST


def _has_verb(words: list[str], verbs: frozenset[str]) -> bool:
    """Does one of ``words`` read as a verb: one of ``verbs``, or a form in "-ed" that is no adjective of
    ``T.NOT_PAST_ED``?"""
    return any(w.lower() in verbs or (w.endswith("ed") and len(w) > 4 and w.lower() not in T.NOT_PAST_ED)
               for w in words)


def _attached_event(clause: str, spans: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The happening that the clause's one date belongs to ("The ouster of Omar al-Bashir." for "... following
    the ouster of Omar al-Bashir in April 2019"), if the date follows its noun phrase, and where the word
    that leads to it starts; else None."""
    if not spans:
        return None
    first = min(spans)[0]
    if _ATTACHED_LEAD.search(clause, max(0, first - _PREP_WINDOW * 2), first) is None:
        return None  # a cheap look for the lead word first
    spans = sorted(set(spans))
    if len(spans) > 1:  # the cut of a span holds its two ends: one date
        spans = [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]
    if len(spans) > 2 or (len(spans) == 2 and not _RANGE_BETWEEN.fullmatch(clause, spans[0][1], spans[1][0])):
        return None  # one date, or the two ends of a span ("on May 20-22")
    lo = max(0, spans[0][0] - _PREP_WINDOW * 2)
    m = _ATTACHED_EVENT.search(clause, lo, spans[0][0])
    if m is None:
        return None
    if m.group("prep") is None:
        first = clause[spans[0][0]:spans[0][1]].split()[0].lower()
        if first not in S.BARE_DATE_OPENERS and first not in V.WEEKDAYS:
            return None  # "after a flat second quarter": the date is part of the noun phrase
    if _NAME_ONLY.fullmatch(m.group(1)):
        return None  # "go before the Security Council next week": a body, not a happening
    words = m.group(1).split()
    if len(words) > S.ATTACHED_EVENT_MAX_WORDS or _has_verb(words[1:], _NOUN_PHRASE_VERBS):
        return None  # "after the army retook the city in May": a clause, not a noun phrase
    np = m.group(1)
    return np[0].upper() + np[1:] + ".", m.start()


# a participle opening a sentence, then a lower-case word ("Born on", "Elected in"; not "United Nations")
# "A power-sharing deal signed " before "in August 2019 was meant to ...": subject, participle, words
_REDUCED_RELATIVE = re.compile(r"(?P<np>(?:The|A|An|Its|His|Her|Their|This|That|These|Those)\s+(?:[\w'’-]+\s+){0,4}?)"
                               r"(?P<part>[a-z]{2,}ed|born|built|held|made|sold|won|written|taken|shot|hit|caught|"
                               r"found|struck|seen|given|sent|brought|kept|left)\s+(?P<rest>(?:[\w'’-]+\s+){0,4}?)"
                               r"(?:(?:in|on|at|during|last|early|late)\s+)?$")
_MAIN_VERB_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(S.MAIN_VERBS_AFTER_SUBJECT)) + r")\b")
# ... and after "according to", with no main verb after it: "according to a study published Wednesday"
_ACCORDING_REDUCED = re.compile(r"\baccording\s+to\s+" + _REDUCED_RELATIVE.pattern.replace(
    "(?:The|A|An|Its|His|Her|Their|This|That|These|Those)\\s+(?:[\\w'’-]+\\s+){0,4}?",
    "(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\w'’-]+\\s+){1,4}?"))
# where it appeared, after the date: " in The Lancet"
_PLACE_AFTER = re.compile(r"\s+((?:in|at|by)\s+[^,;:.!?\"“”]{1,40}?)(?=\s*[,;:.!?\"“”]|\s*$)")


def _reduced_relative(clause: str, span: tuple[int, int]) -> str | None:
    """The participle that the date at ``span`` places, said of the subject before it: "A suspect was
    arrested." for "A suspect arrested on Friday has been charged"; else None."""
    a, b = span
    m = _REDUCED_RELATIVE.match(clause, 0, a) if clause[:1] in "TAIHT" else None
    tail = ""
    if m is None or not _MAIN_VERB_AFTER.match(clause, b):
        m = _ACCORDING_REDUCED.search(clause, max(0, a - 120), a) if "according" in clause else None
        if m is None:
            return None
        place = _PLACE_AFTER.match(clause, b)
        tail = place.group(1) if place is not None else ""
    if m.group("part") in S.NOT_REDUCED_PARTICIPLES:
        return None
    np_words = m.group("np").split()
    if _has_verb(np_words[1:], _SUBJECT_VERBS):
        return None  # "The army retook the city seized in May": no subject
    last = np_words[-1].lower()
    plural = last.endswith("s") and not last.endswith("ss") and last not in T.NOT_PLURAL_NOUNS
    rest = " ".join(w for w in (m.group("rest").strip(), tail) if w)
    np_words[0] = np_words[0][0].upper() + np_words[0][1:]
    return " ".join([*np_words, "were" if plural else "was", m.group("part"), *([rest] if rest else [])]) + "."


# the rest of a noun phrase after its label date: up to punctuation or a word that opens a clause
_LABELLED_REST = re.compile(r"\s+((?:(?!(?:that|which|who|whose|when|where|while|because|but|and|or|as|after|before)\b)"
                            r"[^\s,;:!?\"“”()]+\s*){1,10})", re.I)


_SCHEDULED = re.compile(r"\b((?:the|a|an|its|his|her|their|this|next)\s+(?:[\w’'-]+\s+){0,2}?(?:"
                        + "|".join(sorted(S.SCHEDULED_HAPPENINGS)) + r"))\s+(?:(?:set|scheduled|slated|planned)\s+)?"
                        r"for\s+(?:the\s+)?$", re.I)  # "on" may be the verb's ("called a referendum on Sunday")


def _scheduled_object(clause: str, spans: list[tuple[int, int]]) -> str | None:
    """The happening a verb names with the date it is set for ("Rishi Sunak has called a general election for
    4 July": "A general election."), when a verb comes before it; else None."""
    a = spans[0][0]
    if " for " not in clause[max(0, a - 90):a]:
        return None
    m = _SCHEDULED.search(clause, max(0, a - 90), a)
    if m is None or not _VERB_WORD.search(clause, 0, m.start()):
        return None  # "The vote on Sunday was close": the happening is the subject
    phrase = m.group(1)
    return phrase[0].upper() + phrase[1:] + "."


def _labelled_object(clause: str, spans: list[tuple[int, int]]) -> str | None:
    """The thing a date labels after a verb in the present or future ("The 6-3 ruling overturns the 1984
    decision in Chevron v. NRDC": "The decision in Chevron v. NRDC."): what is dated then is the thing, not
    what the clause says of it now. None in the past tense ("Argentina won the 2022 World Cup"), for a
    subject ("The 2000 election was close"), or when the date labels nothing."""
    a, b = spans[0]
    det = _DETERMINER_BEFORE.search(clause, max(0, a - 10), a)
    if det is None or not clause[b:b + 2].strip() or not clause[b + 1:b + 2].islower():
        return None
    before = clause[:det.start()].split()
    if len(before) < 2 or any(w.lower().strip(",") in T.PAST_CUES or w.lower() in S.IRREGULAR_PAST
                              or (w.endswith("ed") and len(w) > 4 and w.lower() not in T.NOT_PAST_ED)
                              for w in before):
        return None
    rest = _LABELLED_REST.match(clause, b)
    if rest is None or _has_verb(rest.group(1).split(), _OBJECT_VERBS):
        return None  # "A major factor in the third-quarter loss was ...": a verb follows, the thing is a subject
    phrase = f"{det.group().strip()} {rest.group(1).strip()}".rstrip(".")
    return phrase[0].upper() + phrase[1:] + "."


_OPENING_PARTICIPLE = re.compile(r"(?:Born|[A-Z][a-z]{2,}ed)\s+[a-z]")
_PARTICIPLE_COMMA = re.compile(r"(\bwas\s+\w+),\s+")  # "Doe was born, in Dayton" once the date is gone
_NAME_AFTER = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*|the\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:[a-z]+ed|is|was|"
                         r"has|had|will|said)\b)|(?:he|she|they|we)(?=\s+[a-z]+ed\b|\s+(?:was|were|is|are|had|has|"
                         + "|".join(sorted(S.IRREGULAR_PAST)) + r")\b))\s+[a-z]")
_DANGLING_COPULA = re.compile(r"\b(?:is|was|are|were|be|been)\.$", re.I)
_FIRST_WORD = re.compile(r"\W*([\w’'-]+)")


# the second word of a two-word summary that stands alone: a past form or a present of schedule ("Talks resumed.",
# "Applications open.")
_PAST_VERB = re.compile(r"[a-z]{2,}ed|" + "|".join(sorted(S.IRREGULAR_PAST | T.SCHEDULE_PRESENT | T.SCHEDULE_PRESENT_PLURAL)))


def _subject_and_verb(summary: str) -> bool:
    """Is a two-word ``summary`` a subject and its verb, which say what happened ("Construction began.",
    "Talks resumed.", "He died.")?"""
    words = summary.split()
    return len(words) == 2 and words[0][:1].isupper() and _PAST_VERB.fullmatch(words[1].rstrip(".")) is not None


def _weak(clause: str, summary: str) -> bool:
    """Is ``summary`` of ``clause`` too weak to stand alone (see ``S.WEAK_OPENERS``)?"""
    if len(summary.split()) < S.MIN_SUMMARY_WORDS:
        return not _subject_and_verb(summary)
    m = _FIRST_WORD.match(clause)
    if m is None or not m.group(1)[0].islower() or not _starts_like(summary, m.group(1)):
        return False  # a name, or the opening date phrase is gone, or a subject was borrowed
    return m.group(1) in S.WEAK_OPENERS


def _starts_like(summary: str, word: str) -> bool:
    """Does the summary still open with the clause's first word (no subject was borrowed)?"""
    return summary[:len(word)].lower() == word.lower()


def _no_content(stext: str, cs: int, ce: int, spans: list[tuple[int, int]]) -> bool:
    """Is the clause ``stext[cs:ce]``, its dates left out, only an attribution ("..., officials said on
    Thursday", "the United Nations said last month": its date is when it was said) or nothing but
    prepositions ("In 2005," before "Wilma hit Florida in October")?"""
    if ce - cs > 120:
        return False
    kept, at = [], cs
    for a, b in sorted(spans):
        if cs <= a and b <= ce and a >= at:
            kept.append(stext[at:a])
            at = b
    kept.append(stext[at:ce])
    rest = " ".join("".join(kept).split())
    return _ONLY_ATTRIBUTION.fullmatch(rest) is not None or _ONLY_PREPOSITIONS.fullmatch(rest) is not None


def _timex_value(v: str) -> TimexValue | None:
    try:
        return TimexValue.parse(v)
    except ValueError:
        return None


def _event_anchored(source: str, text: str, s0: int, s1: int, items: list[Resolved],
                    earlier: list[Statement]) -> list[tuple[Resolved, None]]:
    """Durations followed by "after/before the NOUN", placed from the article's dated NOUN."""
    out = []
    for t in items:
        if t.type != "DURATION":
            continue
        m = _EVENT_AFTER.match(text, t.end, s1)
        if not m:
            continue
        mv = re.fullmatch(r"P(\d+)([DW])", t.value)
        if not mv:
            continue
        noun = m.group("noun").lower()
        stem = noun[:5]
        for st in reversed(earlier[-S.EVENT_LOOKBACK:]):
            if st.granularity not in ("day", "partofday", "time") or st.timex.anchor_kind == "event":
                continue
            if stem in st.clause.lower():
                days = int(mv.group(1)) * (7 if mv.group(2) == "W" else 1)
                try:
                    d = st.start + timedelta(days=days if m.group("dir").lower() == "after" else -days)
                except OverflowError:  # beyond the calendar's ends (years 1..9999): no value
                    break
                r = Resolved(t.start, m.end(), text[t.start:m.end()], "DATE", day_value(d), "event_offset",
                             st.value, "event", t.tense, why=f"{t.value} {m.group('dir').lower()} the {noun} of {st.value}")
                out.append((r, None))
                break
    return out


def _implicit_statements(source: str, seg: Segmented, implicit: list[Resolved]) -> list[Statement]:
    """Statements about events dated without a temporal expression ("the 21st anniversary of the
    last coup, when ... led the overthrow"): the clause is what follows the phrase."""
    out = []
    for r in implicit:
        sent = next((s for s in seg.sentences if s.start <= r.start < s.end and s.zone == "body"), None)
        tv = _timex_value(r.value)
        if sent is None or tv is None or not tv.is_specified:
            continue
        clause = seg.text[r.end:sent.end]
        summary = summarize(clause, [])
        if len(summary.split()) < 3:
            continue
        iv = tv.interval()
        out.append(Statement(source, _clean(seg.text[sent.start:sent.end]), _clean(clause), summary, r, r.value,
                             iv[0], iv[1], tv.granularity, r.start, "event", r.why))
    return out
