"""Where the clause that a date places begins and ends.

One clause per placing date, cut at the clause boundaries between them (``rules.statements.CLAUSE_BREAKS``);
boundary dates ("until Friday") cut clauses too; a relative clause or an opening participle dates its head;
"since" and ", when" open clauses of their own; a date that only labels a noun gives way to one that places.
"""

from __future__ import annotations

import re

from .. import regex_cache
from ..resolve import Resolved
from ..rules import statements as S
from ..rules import tense as T
from ..rules import vocabulary as V
from ..timex import specified
from .text import ATTRIBUTIVE, CLAUSE_VERB_WORDS, CLOSE_RELATIVE, DETERMINER_BEFORE, OPENING_SUBJECT, VERB_WORD

_BREAKS = [regex_cache.compile(p) for p in S.CLAUSE_BREAKS]
# a name set off by commas after a lower-case noun: ", Margaret Lindqvist," (group 1 ends before its closing comma)
_AGE_BEFORE_COMMA = regex_cache.compile(r"[A-Za-z],\s+\d{1,3}$")  # "Ardell, 58" before the comma that closes the age
_AGE_APPOSITION = regex_cache.compile(r"(?<=[A-Za-z]),\s+(\d{1,3})(?=,\s)")
_NAME_APPOSITION = regex_cache.compile(r"(?<=[a-z]),\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)(?=,\s)")

_SIGNAL = regex_cache.compile(r"(?:^|\W)(?:" + "|".join(re.escape(s) for s in S.NON_PLACING_SIGNALS) + r")\s*$", re.I)
# _SIGNAL read backwards from the date: ``match`` on the reversed window instead of a ``search``
# that tries every position (see :func:`signal_before`)
_SIGNAL_REVERSED = regex_cache.compile(r"\s*(?:" + "|".join(re.escape(s[::-1]) for s in S.NON_PLACING_SIGNALS) + r")(?:\W|\Z)",
                              re.I)

MIN_CLAUSE_WORDS = 3
# ", with" and a noun phrase before a clock time: the time of the clause before it, told more finely, unless a verb,
# participle or infinitive makes it a happening of its own ("..., with winds reaching 100 mph by 6 p.m.")
_WITH_DETAIL = regex_cache.compile(r"with\s", re.I)
_WITH_VERB = regex_cache.compile(VERB_WORD.pattern + r"|\b[a-z]{2,}ing\b|\bto\s|\b(?:" + CLAUSE_VERB_WORDS + r")\b")
_CLOCK_TIME = regex_cache.compile(r"(?:about\s+|around\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d|\d{4}\s+[A-Z]|noon|midnight)",
                         re.I)
# a short gap between two dates that is "and" or "but" and a verb, no preposition or article, or a comma and a
# verb ("The deal, announced in the spring, closed this week"): a clause boundary
_SHORT_GAP_BREAK = regex_cache.compile(r"(\s*,?\s+(?:and|but)\s+|\s*,\s+(?!(?:scheduled|slated|planned|dated|expected)\s)"
                              r"(?=(?-i:[a-z]{3,}ed|" + CLAUSE_VERB_WORDS + r")\s))"
                              r"(?!(?:in|on|at|by|the|a|an|again|also|then|from|to|until|"
                              r"till|through|or|since|during|into|over|throughout|within|after|before|past|around|"
                              r"about)\b)[a-z][a-z-]*\s+", re.I)  # "and re-elected"; not "through the night and into"
# what stands between two coordinated dates ("1962-1964 and 1990-1995", "Friday and Thursday", "1990, 1995")
_COORDINATED = regex_cache.compile(r"\s*\)?\s*(?:,\s*)?(?:and|or|to|through|until|till|[-–—/,])\s*\(?\s*"
                          r"(?:(?:again|also|then)\s+)?(?:(?:in|on|at|by)\s+)?(?:the\s+)?", re.I)

# a word that opens a clause of its own ("told analysts on Monday that the first half of 2024 would be")
_SAYING_DATE_BEFORE = regex_cache.compile(S.SAYING_DATE_BEFORE, re.I)
_OPENS_CLAUSE = regex_cache.compile(r"\b(?:" + "|".join(sorted(T.CLAUSE_OPENERS)) + r")\b|[;:]", re.I)

_ONLY_PREPOSITIONS = regex_cache.compile(r"\W*(?:(?:" + "|".join(re.escape(p) for p in S.DATE_PREPOSITIONS) + r"|the)(?:\W+|$))*",
                                re.I)
# a summary that is only an attribution: a few words, a reporting verb and at most two more words
_ONLY_ATTRIBUTION = regex_cache.compile(rf"\W*(?:[\w'’.-]+,?\s+){{0,{S.ATTRIBUTION_MAX_WORDS}}}"  # ("its director, Jo Ng, told")
                               # not a passive: "The truce was announced" is what happened
                               r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?:"
                               + "|".join(S.REPORTING_VERBS) + r")"
                               r"(?:\s+(?:in|at|during|to|on)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:"
                               + "|".join(w.replace(" ", r"\s+") for w in S.ATTRIBUTION_SETTINGS)
                               # (and two more words, not an object: "told reporters", not "announced a plan")
                               + r"))?(?:\s+(?!(?:a|an|the|its|their|his|her|this|these)\b)[\w'’-]+){0,2}\W*", re.I)


def clause_bounds(sent: str, cuts: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
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
                if rx is _BREAKS[2] and ms and "," in sent[gap_lo:gap_hi]:
                    # ("and its chief executive, Margaret Lindqvist, stepped down": the commas of a name set off
                    # after its noun cut nothing)
                    named = {i for a in _NAME_APPOSITION.finditer(sent, gap_lo, gap_hi) for i in (a.start(), a.end(1))}
                    # (nor those of an age after a name: "Rehnberg, 44, told cheering supporters")
                    named |= {i for a in _AGE_APPOSITION.finditer(sent, gap_lo, gap_hi) for i in (a.start(), a.end(1))}
                    ms = [m for m in ms if m.start() not in named]
                if rx is _BREAKS[2] and ms and _WITH_DETAIL.match(sent, ms[-1].end(), gap_hi) \
                        and _CLOCK_TIME.match(sent, cuts[i + 1][0], cuts[i + 1][1]) \
                        and not _WITH_VERB.search(sent, ms[-1].end() + 5, gap_hi):
                    # ("rescheduled for Tuesday, September 16, with an instantaneous window at 2:42 a.m.": a phrase
                    # with no verb that only tells the time more finely is no clause of its own)
                    ms.pop()
                if rx is _BREAKS[-1] and ms:
                    # "signed the Rural Water Safety and Modernization Act": "and" inside a name cuts nothing
                    ms = [m for m in ms if not _AND_IN_NAME.fullmatch(sent, _word_start(sent, gap_lo, m.start()), m.end() + 1)]
                if rx is _BREAKS[-1] and ms and ms[-1].end() == gap_hi and ms[-1].group().split()[0] in ("after", "before"):
                    ms.pop()  # "shortly before midnight on Sunday": the date's own word, no clause's opening
                if ms:
                    cut = ms[-1]
                    if rx is _BREAKS[-1] and len(ms) > 1 and not VERB_WORD.search(sent, cut.end(), gap_hi):
                        # "flew to the region by mid-morning and declared an emergency in Arequipa and neighbouring
                        # Moquegua late on Tuesday": the last "and" a verb follows opens the clause, not one of nouns
                        # ("a referendum in March 2027 and presidential and legislative elections in February 2028":
                        # with no verb after any, the first "and", right after the first date, joins the two)
                        cut = next((m for m in reversed(ms) if VERB_WORD.search(sent, m.end(), gap_hi)), ms[0])
                    if rx is _BREAKS[-1] and _names_a_noun(sent, s, e) and not VERB_WORD.search(sent, lo, cut.start()):
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


SHORT_SENTENCE = 80  # longer sentences always hold a word that says something
_WORDS = regex_cache.compile(r"[A-Za-z’']+")


def only_function_words(stext: str, offset: int, items: list[Resolved]) -> bool:
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


def signal_before(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends with a non-placing signal ("since", "until"): ``_SIGNAL.search``."""
    return _SIGNAL_REVERSED.match(text[lo:hi][::-1]) is not None


# ", who was elected in March," / ", which took effect in January": a relative clause, which dates its head;
# so does a participle set off by a comma (", released in 2019,": "A previous study was released.")
# ", where the river crested on Sunday": a clause with its own subject, which says what happened then by itself
_RELATIVE = regex_cache.compile(r",\s+(?:(who|which|whose)\s+|(where|when)\s+(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|[A-Z][\w’'-]*)\s)"
                       r"|(?!(?:(?:first|once|[a-z]{2,}ly)\s+)?(?:scheduled|slated|planned|dated|expected)\s)"
                       r"(?=(?:(?:first|once|[a-z]{2,}ly)\s+)?(?:[a-z]{3,}ed|born|built|held|made|sold|won|written|taken)\s)"
                       # ", originally set for March 3,": the date it had, before another was given
                       r"|(?=(?:originally|initially|previously|first)\s+(?:scheduled|set|slated|planned|due)\s))")
# a subject and an aside set off after it, whose closing comma comes next: what follows that comma is the
# subject's verb ("The deal, announced in March, closed on Tuesday"), no second participle
# the subject's head noun phrase before a preposition ("A preliminary report" of "A preliminary report into the crash")
_SUBJECT_HEAD = regex_cache.compile(r"((?:The|A|An|Its|This|That)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:into|of|in|on|for|from|at|by|"
                           r"with|over|about|on)\b")
_ASIDE_BEFORE = regex_cache.compile(r"[^,;]+,\s+(?:(?:who|which|whose|the|a|an|[a-z]{3,}ed|[a-z]{3,}ing|born|built|held|made|sold|won|written|"
                           r"taken)\s[^,;]*"
                           r"|[^,;]*\b(?:said|says|reported|added))")  # or an attribution: "Mr. Antar, the SEC said,"

_NAME_WORD = rf"(?:(?:{'|'.join(S.NAME_PREFIXES)})-)?[A-Z][\w’'.-]*"  # "Kenyatta", "al-Bashir"
_HEAD_NAME = regex_cache.compile(rf"[A-Z][\w’'.-]*(?:\s+(?:{_NAME_WORD}|of|for|and|the|{'|'.join(S.NAME_PARTICLES)}))*")
_TRAILING_NAME = regex_cache.compile(rf"[A-Z][\w’'.-]*\s+(?:(?:{_NAME_WORD}|{'|'.join(S.NAME_PARTICLES)})\s+)*{_NAME_WORD}$"
                            rf"|[A-Z][\w’'.-]*$")
_TRAILING_NOUN_PHRASE = regex_cache.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*$")
# ... and its head when a preposition's phrase ends it ("the flags on the waterfront, lowered on Sunday,": the flags)
_TRAILING_NOUN_PHRASE_PP = regex_cache.compile(r"\b((?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*)"
                                      r"\s+(?:on|of|in|at|from|near|along|across)\s+(?:the\s+|a\s+|an\s+)?"
                                      r"(?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*$")
_NAME_OF_PLACE = regex_cache.compile(rf"((?:{_NAME_WORD}\s+)*?{_NAME_WORD})\s+of\s+(?:the\s+)?(?:{_NAME_WORD}\s+|of\s+|the\s+)*"
                            rf"{_NAME_WORD}$")
# a definite noun phrase after a preposition, ending a long clause: what ", which" after it is about ("through the
# confiscation process, which concluded in November"; not a clause that ends with its verb or a bare object)
_DEFINITE_OBJECT_OF_PREPOSITION = regex_cache.compile(r"\b(?:through|under|in|into|of|from|at|on|for|with|by|against|after|before|since|"
                                             r"during|following|over)\s+"
                                             r"((?:the|its|their|his|her)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)$")
_NOT_A_HEAD = frozenset(("He", "She", "It", "They", "We", "I", "You", "This", "That", "There"))
RELATIVE_HEAD_MAX_WORDS = 8
# ... or a noun without an article right after a clause opener ("... if inflation, which eased to 12.9% in March,
# keeps falling": inflation eased)
_BARE_NOUN_AFTER_OPENER = regex_cache.compile(r"\b(?:if|as|while|because|although|though|unless|whereas|and|but)\s+([a-z][a-z-]{3,})$")
_NOT_BARE_HEADS = S.FUNCTION_WORDS | frozenset(("it", "this", "that", "they", "there", "what", "which", "who"))


# what a period does in a relative clause after it: ", which began in late September"
_PERIOD_VERB = regex_cache.compile(r"(?:began|begins|starts|started|ended|ends|runs|ran|closed|closes|opened|opens)\b")


def relative_clauses(stext: str, cuts: list[tuple[int, int]]) -> dict[int, tuple[int, int, int, str, str]]:
    """The placings whose date lies inside a relative clause (", who was elected in March,") or an opening
    participle ("Born on June 4, 1930, in Dayton, Doe ..."): by index, the clause's span (from its comma to
    the comma that closes it or the sentence's end; the participle's from the sentence's start to the comma
    before its name), where its body starts, its head, and the word that links them ("", "was" or "whose")."""
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
        if rel is None or CLOSE_RELATIVE.search(stext, rel.end(), s):
            continue  # no relative clause or participle open at the date
        if not rel.group(1) and not rel.group(2) and _ADVERB_BEFORE_COMMA.search(stext, 0, rel.start()):
            continue  # "The minister, meanwhile, resigned on Friday": the verb, after an adverb set off
        if not rel.group(1) and not rel.group(2) and _ATTRIBUTION_BEFORE_COMMA.search(stext, 0, rel.start()):
            continue  # "The rebels, the army said on Monday, seized the town": the verb, after an attribution set off
        if not rel.group(1) and not rel.group(2) and _AGE_BEFORE_COMMA.search(stext, 0, rel.start()):
            continue  # "Ardell, 58, conceded defeat at 0215 GMT": the verb, after an age set off
        if not rel.group(1) and not rel.group(2) and (_ASIDE_BEFORE.fullmatch(stext, 0, rel.start())
                                                      or stext[rel.end():rel.end() + 20].split(" ", 1)[0] in S.ACTIVE_PASTS):
            continue  # "The deal, announced in March, closed on Tuesday": the verb, after an aside
        close = CLOSE_RELATIVE.search(stext, e)
        end = close.end() if close is not None and close.group() in ",;" else (close.start() if close else len(stext))
        head = "" if rel.group(2) else _relative_head(stext[:rel.start()].strip(), rel.group(1) in ("who", "whose"),
                                                      rel.group(1) == "which")
        if not rel.group(1) and not rel.group(2) and close is not None and close.group() == "," \
                and VERB_WORD.match(stext, close.end() + 1) and not _SAID_THEN_OBJECT.search(stext, 0, rel.start()):
            # "A preliminary report into the crash of Flight 417, released on Thursday, found ...": the subject, not
            # the last noun before the comma ("A software update for the brand's earbuds, released in the autumn,
            # had drawn complaints": the update was released)
            subject = _SUBJECT_HEAD.match(stext, 0, rel.start())
            head = subject.group(1) if subject is not None else head
        if head is None and rel.group(1) == "which" and _PERIOD_VERB.match(stext, rel.end()):
            period = next(((a, b) for a, b in cuts if b == rel.start()), None)
            if period is not None:  # "in fiscal 2026, which began in late September": the period began
                head = stext[period[0]:period[1]]
                head = head[0].upper() + head[1:]
        if head is not None:  # ", who was elected" links by itself; ", released in 2019" is "was released"
            link = "whose" if rel.group(1) == "whose" else "" if rel.group(1) or rel.group(2) else "was"
            out[i] = (rel.start(), end, rel.end(), head, link)
    return out


# the speaker after a reporting verb that ends what comes before a relative clause
_SAID_NOUN_PHRASE = regex_cache.compile(r"\b(?:said|says|told|added|according\s+to)\s+((?:the|a|an)\s+[a-z]+(?:\s+[a-z]+){0,2}"
                               r"|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)$")


def _with_article(before: str, name: re.Match[str]) -> str:
    """The name that ends ``before``, with "The" if "the" comes before it ("held at the Steve Jobs Theater,
    which opened in 2017": "The Steve Jobs Theater")."""
    return "The " + name.group() if before[max(0, name.start() - 4):name.start()].lower() == "the " else name.group()


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
        if not which:  # a participle set off by commas after a long clause: the noun phrase that ends it ("the
            # government had ignored an audit, published earlier this month,": the audit was published)
            pp = _TRAILING_NOUN_PHRASE_PP.search(before)  # ("the flags on the waterfront": the flags)
            tail = _TRAILING_NOUN_PHRASE.search(before) if pp is None else None
            np = pp.group(1) if pp is not None else tail.group() if tail is not None else None
            return None if np is None else np[0].upper() + np[1:]
        # "... in response to COVID-19, which killed millions": only a name that ends it (no month or weekday)
        m = _TRAILING_NAME.search(before)
        if m is None or m.group() in _NOT_A_HEAD or m.group().lower().rstrip(".") in V.MONTHS \
                or m.group().lower() in V.WEEKDAYS:
            bare = _BARE_NOUN_AFTER_OPENER.search(before)
            if bare is not None and bare.group(1).lower() not in _NOT_BARE_HEADS:
                return bare.group(1)[0].upper() + bare.group(1)[1:]  # "if inflation, which eased in March,"
            np = _DEFINITE_OBJECT_OF_PREPOSITION.search(before)
            if np is not None:  # "recovered £640,000 through the confiscation process, which concluded in November"
                return np.group(1)[0].upper() + np.group(1)[1:]
            return None
        return _with_article(before, m)
    if _HEAD_NAME.fullmatch(before):
        return before
    if (who or not which) and before[0].isupper() and len(words) <= S.HEAD_NOUN_PHRASE_MAX_WORDS and not any(
            w.lower() in S.HEAD_VERBS or w.lower() in T.PAST_CUES or (w.endswith("ed") and len(w) > 4)
            for w in words):
        # "Starpointe holders, who approved the plan last April, ...", "Final results, certified on April 16, gave ...":
        # the subject
        return before
    if (words[0] in S.HEAD_DETERMINERS or _POSSESSIVE_NAME.fullmatch(words[0])) \
            and len(words) <= S.HEAD_NOUN_PHRASE_MAX_WORDS and not any(
            w.lower() in S.HEAD_VERBS or w.lower() in T.SCHEDULE_PRESENT or (w.endswith("ed") and len(w) > 4)
            for w in words[1:]):
        return before
    m = _TRAILING_NAME.search(before)
    if m is not None and m.group() not in _NOT_A_HEAD:
        if who:  # "Dr. Sarah Okafor of the University of Leeds, who ...": the person, not the place
            of = _NAME_OF_PLACE.search(before)
            if of is not None:
                return of.group(1)
        return m.group() if who else _with_article(before, m)
    m = _TRAILING_NOUN_PHRASE.search(before)  # "Acme unveiled its latest phone, which will go on sale ..."
    return None if m is None else m.group()[0].upper() + m.group()[1:]


_POSSESSIVE_NAME = regex_cache.compile(r"[A-Z][\w.-]*['’]s")  # a name's possessive, a determiner: "Niger's junta"
# a saying and the subject of what was said: an aside after it belongs to that clause ("said the flags on the
# waterfront, lowered on Sunday, would be raised")
_SAID_THEN_OBJECT = regex_cache.compile(r"\b(?:" + "|".join(S.SAID_VERBS) + r")\s+(?:that\s+)?(?:the|a|an|its|his|her|their)\s")
# (only a time after the verb: ", the army said on Monday,"; not ", said the flags on the waterfront,", its object)
_ATTRIBUTION_BEFORE_COMMA = regex_cache.compile(r",\s*(?:the\s+)?(?:[\w'’.-]+\s+){0,4}(?:" + "|".join(S.SAID_VERBS) + r")\b"
                                       r"(?!\s+(?:that\s+)?(?:the|a|an|its|his|her|their)\s)[^,;]*$")
_ADVERB_BEFORE_COMMA = regex_cache.compile(r",\s*(?:" + "|".join(sorted(T.SENTENCE_ADVERBS)) + r")\s*$", re.I)

_LIMIT_BREAK = regex_cache.compile(r";|,?\s+(?:and|but|while|whereas)\s+")


def bounds_with_limits(stext: str, cuts: list[tuple[int, int]], limits: list[tuple[int, int]]
                       ) -> tuple[list[tuple[int, int]], set[int]]:
    """:func:`clause_bounds` of the placing dates ``cuts``, the boundary dates ``limits`` ("until Friday",
    "by early 2026") cutting clauses too: "Rebels seized the town on Monday, and the curfew will last until
    Friday" places "Rebels seized the town" alone."""
    # only past a coordinator or a semicolon: "the bridge, closed since Monday, to reopen on Friday" is one clause
    limits = [(a, b) for a, b in limits if any(
        _LIMIT_BREAK.search(stext, min(b, cb), max(a, ca)) for ca, cb in cuts)]
    if not limits:
        return clause_bounds(stext, cuts)
    merged = sorted([(c, False) for c in cuts] + [(c, True) for c in limits])
    bounds_all, unbroken_all = clause_bounds(stext, [c for c, _ in merged])
    at = [k for k, (_, limit) in enumerate(merged) if not limit]
    bounds = [bounds_all[k] for k in at]
    unbroken = {p for p in range(len(at) - 1) if all(j in unbroken_all for j in range(at[p], at[p + 1]))}
    return bounds, unbroken


# ", and" or ", but" before a subject: a clause of its own ("..., and the company published a review")
_CONJUNCT = regex_cache.compile(r",\s+(?:and|but)\s+(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|I|[A-Z][\w’'-]*)"
                       r"(?:\s+[\w’'.&-]+){0,4}?\s+(?:%s|[a-z]{3,}ed)\b|(?:on|in|at|during|last|this|early|late)\s)"
                       % CLAUSE_VERB_WORDS)


_FRONTED_DATE = regex_cache.compile(r"\W*(?:(?:but|and|so|yet)\b\s*,?\s*)?(?:(?:in|on|at|by|during|early|late|last|this)\s+)?"
                           r"(?:the\s+)?", re.I)


def own_conjunct(stext: str, cs: int, ce: int, ds: int, de: int, cuts: list[tuple[int, int]]) -> tuple[int, int]:
    """The clause ``[cs, ce)`` narrowed to the coordinated clause that holds the date ``[ds, de)``: "He has been
    asked to testify, and the company published a review on Wednesday" places "the company published a review"
    (unless what is left says nothing by itself)."""
    a, b = cs, ce
    for m in _CONJUNCT.finditer(stext, cs, ds):
        a = m.end()
    m = _CONJUNCT.search(stext, de, ce)
    if m is not None and not _FRONTED_DATE.fullmatch(stext, a, ds):
        b = m.start()  # but "In June last year, the leaders fell out, and Pol Pot was arrested": both then
    if (a, b) == (cs, ce) or no_content(stext, a, b, cuts):
        return cs, ce
    return a, b


# "since" and the clause or gerund it opens ("since the war began", "since taking office"); the clause's verb comes
# before any "and" (in "since the pandemic and cut 600 jobs", "cut" is the subject's verb)
_SINCE_OPENS = regex_cache.compile(r"\bsince\s+(?:(gerund)|(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|I|[A-Z][\w’'-]*)\s+"
                          r"(?:(?!(?:and|or|but)\s)[\w’'.&-]+\s+){0,4}?(?:%s|[a-z]{3,}ed)\b))"
                          .replace("gerund", r"(?!(?:%s)\s)[a-z]{3,}ing(?=\s)" % "|".join(sorted(T.NOT_GERUNDS)))
                          % CLAUSE_VERB_WORDS, re.I)


def since_clause(stext: str, cs: int, ce: int, ds: int) -> tuple[int, int, str | None] | None:
    """The clause that "since" opens before the date at ``ds`` (from after "since" to the next comma or the
    clause's end), and for a gerund the subject of the sentence to say it of ("since taking office two years
    ago": "Biden taking office."; "" for a pronoun), else None; None if "since" opens none there."""
    m = None
    for m in _SINCE_OPENS.finditer(stext, cs, ds):
        pass
    if m is None or any(c in stext[m.end():ds] for c in ",;"):
        return None
    stop = CLOSE_RELATIVE.search(stext, ds, ce)
    end = stop.start() if stop is not None else ce
    if m.group(1) is not None:
        opening = OPENING_SUBJECT.match(stext)
        if opening is None:
            return None
        subject = opening.group(1)
        if subject.lower() in T.PLURAL_PRONOUNS or subject.lower() in ("he", "she", "it", "i"):
            subject = ""  # "He moving there." says no more than "Moving there."
        return m.start(1), end, subject
    return m.end(), end, None


def labels_give_way(text: str, stext: str, placing: list[tuple[Resolved, Resolved | None]],
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
    if i in relatives or cs < 0 or not no_content(stext, cs, ce, cuts):
        return labels, -1
    return labels, i


def with_when_clauses(stext: str, s0: int, placing: list[tuple[Resolved, Resolved | None]],
                      bounds: list[tuple[int, int]], whens: list[tuple[Resolved, Resolved | None, int]]
                      ) -> tuple[list[tuple[Resolved, Resolved | None]], list[tuple[int, int]]]:
    """Add the clauses that open with ", when" after a date that bounds its own clause ("Prices have soared
    since March, when the war began": "The war began."), each up to its closing comma or the sentence's end,
    on that date; the clause before stops at the comma. (After any other date the two clauses are one
    statement: one date is one mention.)"""
    placing, bounds = list(placing), list(bounds)
    for t, t2, body in whens:
        close = CLOSE_RELATIVE.search(stext, body)
        end = close.start() if close is not None else len(stext)
        comma = stext.rfind(",", 0, body)
        for i, (cs, ce) in enumerate(bounds):
            if cs <= comma < ce and ce <= end + 1:
                bounds[i] = (cs, comma)
        placing.append((t, t2))
        bounds.append((body, end))
    return placing, bounds


def finest_per_clause(placing: list[tuple[Resolved, Resolved | None]], bounds: list[tuple[int, int]],
                      unbroken: set[int], text: str, own: frozenset[int] = frozenset()
                      ) -> tuple[list[tuple[Resolved, Resolved | None]], list[tuple[int, int]]]:
    """Of the dates that share a clause for want of a boundary (``unbroken``: see :func:`clause_bounds`),
    those of the finest granularity: "the figures for June were revised on Friday" happened on Friday; but a
    date that only names a noun ("since losing the October 30 runoff", "after Sunday's vote") gives way to
    one that does not, and so does an entry's time stamp ("10:15 p.m. ET: Polls closed in Nevada an hour ago").
    Coordinated dates ("elected in 1974 and retired in January 1993") are all kept, and so are those of ``own``,
    which place a phrase of their own ("Two developers who pleaded guilty last year are scheduled to be sentenced
    next month")."""
    shared = {bounds[i] for i in unbroken}
    finest: dict[tuple[int, int], tuple[bool, int]] = {}
    ranks = []
    for (t, _), b in zip(placing, bounds):
        info = specified(t.value)
        # a time stamp that opens an entry ("10:15 p.m. ET: Polls closed an hour ago") gives way too
        stamp = _STAMP_AFTER.match(text, t.end) or (_ENTRY_STAMP_AFTER.match(text, t.end)
                                                    and _LINE_OPENS_BEFORE.search(text, max(0, t.start - 4), t.start))
        rank = (not _names_a_noun(text, t.start, t.end) and not stamp, info[0].rank if info else -1)
        ranks.append(rank)
        finest[b] = max(finest.get(b, (False, -1)), rank)
    keep = [i for i, b in enumerate(bounds) if (b not in shared or ranks[i] >= finest[b] or i in own)
            and not _saying_date(placing, bounds, ranks, i, text) and not _restated(placing, bounds, i, text)]
    if len(keep) == len(bounds):
        return placing, bounds
    return [placing[i] for i in keep], [bounds[i] for i in keep]


_STAMP_AFTER = regex_cache.compile(r"[ \t]*:(?!\d)")
# ... or a dash after a time stamp that opens its line ("08:20 - Confirmed: the plane left at 06:05 Lisbon time")
_ENTRY_STAMP_AFTER = regex_cache.compile(r"[ \t]*[-–—|][ \t]")
_LINE_OPENS_BEFORE = regex_cache.compile(r"(?:^|\n)[ \t]*$")
# A date in parentheses of its own right after another of its clause restates it, in another zone or calendar: "at
# 2pm UAE time (10am GMT)", "at about 4:00 pm (local time) (2100 GMT)", "February 18 (9pm GMT Tuesday)": one moment, one
# statement (the first).
_RESTATING_PAREN_OPENS = regex_cache.compile(r"\s*(?:\([^()\d]{0,20}\)\s*)?\(\s*")
_RESTATING_PAREN_CLOSES = regex_cache.compile(r"\s*\)")


def _restated(placing: list[tuple[Resolved, Resolved | None]], bounds: list[tuple[int, int]], i: int, text: str
              ) -> bool:
    """Is date ``i`` in parentheses of its own right after the date before it in its clause?"""
    if i == 0 or bounds[i - 1] != bounds[i]:
        return False
    t, before = placing[i][0], placing[i - 1][0]
    return _RESTATING_PAREN_OPENS.fullmatch(text, before.end, t.start) is not None \
        and _RESTATING_PAREN_CLOSES.match(text, t.end) is not None


def _saying_date(placing: list[tuple[Resolved, Resolved | None]], bounds: list[tuple[int, int]],
                 ranks: list[tuple[bool, int]], i: int, text: str) -> bool:
    """Is date ``i`` only when something was said, a later date of its clause, as fine, telling when that happened, on
    or before the saying ("said on Thursday that the border reopened on Monday"; not "said Friday it would investigate
    the genocide nearly four years ago")? See ``S.SAYING_DATE_BEFORE``."""
    t = placing[i][0]
    if placing[i][1] is not None or not _SAYING_DATE_BEFORE.search(text, max(0, t.start - 40), t.start):
        return False
    said = specified(t.value)
    if said is None:
        return False
    for j in range(i + 1, len(placing)):
        if bounds[j] != bounds[i]:
            break
        told = specified(placing[j][0].value)
        if _RELATIVE_IN_REPORT.search(text, _COMPLEMENTIZER.match(text, t.end).end(), placing[j][0].start):
            return False  # "said today that the deficit for the fiscal year that ended on 31 March came in": a noun's
        if ranks[j][0] and told is not None and told[0].rank >= said[0].rank and told[1][1] <= said[1][1]:
            return True
    return False


_COMPLEMENTIZER = regex_cache.compile(r"\s*,?\s*(?:that\b)?")
_RELATIVE_IN_REPORT = regex_cache.compile(r"\b(?:that|which|who|whom|whose|where|when)\b")


# "and" between two capitalised words, the first inside the gap: "Safety and Modernization"
_AND_IN_NAME = regex_cache.compile(r"[A-Z][\w’'.-]*\s+and\s+[A-Z]")


def _word_start(text: str, lo: int, at: int) -> int:
    """Start of the word before the blank at ``at`` (not before ``lo``)."""
    i = at
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return i


def _names_a_noun(text: str, start: int, end: int) -> bool:
    """Is the date at [start, end) a modifier of the noun after it ("the October 30 runoff", "Sunday's vote")?"""
    tail = text[end:end + 2]
    if tail in ("'s", "’s"):
        return True
    return ATTRIBUTIVE.match(text, end) is not None and DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None


_OPENING_PARTICIPLE = regex_cache.compile(r"(?:Born|[A-Z][a-z]{2,}ed)\s+[a-z]")

_NAME_AFTER = regex_cache.compile(r",\s+((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*|the\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:[a-z]+ed|is|was|"
                         r"has|had|will|said)\b)|(?:he|she|they|we)(?=\s+[a-z]+ed\b|\s+(?:was|were|is|are|had|has|"
                         + "|".join(sorted(S.IRREGULAR_PAST)) + r")\b))\s+[a-z]")


def no_content(stext: str, cs: int, ce: int, spans: list[tuple[int, int]]) -> bool:
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
