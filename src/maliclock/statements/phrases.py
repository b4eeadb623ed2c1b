"""What a date names inside its clause rather than the clause itself: a happening just before it ("after the
attack on Monday"), a participle between subject and verb ("A suspect arrested on Friday"), a thing it labels
("the 1984 decision") or a happening set for it ("an election for 4 July")."""

from __future__ import annotations

import re

from .. import regex_cache
from ..rules import statements as S
from ..rules import tense as T
from ..rules import vocabulary as V
from .text import DETERMINER_BEFORE, PREP_WINDOW, VERB_WORD, plural_head

# the happening a date right after it belongs to: "following the ouster of Omar al-Bashir " before "in April 2019"
_RANGE_BETWEEN = regex_cache.compile(r"\s*(?:-|–|to|and|through|until)\s*", re.I)
_ATTACHED_EVENT = regex_cache.compile(r"(?:\b(?:" + "|".join(S.ATTACHED_EVENT_LEADS) + r")\s+(?=(?:the|a|an|its|his|her|their)\s)"
                             r"|\b(?:" + "|".join(S.BARE_HAPPENING_LEADS) + r")\s+(?=[a-z]+(?:"
                             + "|".join(S.BARE_HAPPENING_SUFFIXES) + r")s?\s)"
                             r"|(?:^|,)\s*followed\s+by\s+)"  # ", followed by finance ministers in Banff on May 20"
                             r"((?:[\w’'-]+\s+(?!(?:in|on|at|during|of)\s+$))?[^,;:.!?\"“”()]+?)"
                             r"\s+(?P<prep>(?:in|on|at|during|of)\s+)?$", re.I)
_NAME_ONLY = regex_cache.compile(r"(?:[Tt]he|[Aa]n?)\s+[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|and|the|for))*")

# a lead word, its first letter in either case (a plain pattern, faster than IGNORECASE)
_ATTACHED_LEAD = regex_cache.compile("|".join(f"[{w[0].upper()}{w[0]}]{w[1:]} " for w in sorted(
    {lead.split()[0] for lead in S.ATTACHED_EVENT_LEADS} | {"followed"})))


# the verbs that make a noun phrase a clause: auxiliaries and past forms; after a subject, also the main verbs
# that follow it; after an object, also irregular pasts
_NOUN_PHRASE_VERBS = frozenset(S.HEAD_VERBS | T.PAST_CUES)
_SUBJECT_VERBS = _NOUN_PHRASE_VERBS | S.MAIN_VERBS_AFTER_SUBJECT
# verbs that end a noun phrase before a participle: a past ("the army seized the town destroyed in May") or an
# auxiliary ("A hearing to decide the case will be held in January": a passive, no participle of "the case")
_NP_BREAKING_VERBS = frozenset(T.PAST_CUES | S.MAIN_VERBS_AFTER_SUBJECT | {"be", "been", "being"})
_OBJECT_VERBS = _SUBJECT_VERBS | S.IRREGULAR_PAST


def _has_verb(words: list[str], verbs: frozenset[str]) -> bool:
    """Does one of ``words`` read as a verb: one of ``verbs``, or a form in "-ed" that is no adjective of
    ``T.NOT_PAST_ED``?"""
    return any(w.lower() in verbs or (w.endswith("ed") and len(w) > 4 and w.lower() not in T.NOT_PAST_ED)
               for w in words)


def attached_event(clause: str, spans: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The happening that the clause's one date belongs to ("The ouster of Omar al-Bashir." for "... following
    the ouster of Omar al-Bashir in April 2019"), if the date follows its noun phrase, and where the word
    that leads to it starts; else None."""
    if not spans:
        return None
    first = min(spans)[0]
    if _ATTACHED_LEAD.search(clause, max(0, first - PREP_WINDOW * 2), first) is None:
        return None  # a cheap look for the lead word first
    spans = sorted(set(spans))
    if len(spans) > 1:  # the cut of a span holds its two ends: one date
        spans = [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]
    if len(spans) > 2 or (len(spans) == 2 and not _RANGE_BETWEEN.fullmatch(clause, spans[0][1], spans[1][0])):
        return None  # one date, or the two ends of a span ("on May 20-22")
    lo = max(0, spans[0][0] - PREP_WINDOW * 2)
    m = _ATTACHED_EVENT.search(clause, lo, spans[0][0])
    if m is None:
        return None
    if m.group("prep") is None:
        first = clause[spans[0][0]:spans[0][1]].split()[0].lower()
        if first not in S.BARE_DATE_OPENERS and first not in V.WEEKDAYS:
            return None  # "after a flat second quarter": the date is part of the noun phrase
    if _NAME_ONLY.fullmatch(m.group(1)) and m.group(1).split()[-1].lower() not in S.HAPPENING_NOUNS:
        return None  # "go before the Security Council next week": a body, not a happening ("the Carr Fire" is one)
    words = m.group(1).split()
    if len(words) > S.ATTACHED_EVENT_MAX_WORDS or _has_verb(words[1:], _NOUN_PHRASE_VERBS) or any(
            a == "and" and b.lower() in T.BASE_AND_PAST for a, b in zip(words, words[1:])):
        return None  # "after the army retook the city in May", "since the pandemic and cut 600 jobs last year": a
        # clause, not a noun phrase
    np = m.group(1)
    if words[0].lower() in _POSSESSIVES:
        owner = _OPENING_NAME.match(clause)
        if owner is not None and owner.group(1).split()[0] not in S.NOT_A_NAME_START and (
                " " in owner.group(1) or not owner.group(1).endswith("s")):  # "Nvidia", not "Analysts"
            # "Nvidia fell 3.7% ahead of its results on November 19": "Nvidia's results."
            name = owner.group(1)
            return name + ("' " if name.endswith("s") else "'s ") + np.split(None, 1)[1] + ".", m.start()
    return np[0].upper() + np[1:] + ".", m.start()


_PAREN_WORD = regex_cache.compile(r"[\w’'.-]+")
_PAREN_JOINERS = frozenset(S.PARENTHESIS_JOINERS)
_COUNTS = frozenset(w for w, n in V.NUMBERS.items() if 1 < n < 100)
_NP_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"))


def parenthesized_happening(clause: str, spans: list[tuple[int, int]]) -> str | None:
    """The noun phrase, after a verb or a preposition, that dates in parentheses right after it belong to ("Former
    president Blaise Compaore." for "Under former president Blaise Compaore (1987-2014), the army ..."; "A previous
    Tuareg rebellion." for "fought two previous Tuareg rebellions (1962-1964 and 1990-1995)", which holds several),
    if the clause's dates all lie in one such parenthesis; else None."""
    if not spans or "(" not in clause:
        return None
    first, last = min(spans)[0], max(e for _, e in spans)
    open_at = clause.rfind("(", 0, first)
    close_at = clause.find(")", last)
    if open_at < 0 or close_at < 0 or ")" in clause[open_at:first]:
        return None
    inside = "".join(" " if any(a <= k < b for a, b in spans) else clause[k] for k in range(open_at + 1, close_at))
    if any(w.lower() not in _PAREN_JOINERS for w in inside.replace(",", " , ").split()):
        return None  # "(passed in 2019)": more than dates
    words = [(m.group(), m.start()) for m in _PAREN_WORD.finditer(clause, 0, open_at)]
    if not words or words[-1][1] + len(words[-1][0]) < open_at - 1 or any(
            a < open_at and b > words[-1][1] for a, b in spans):
        return None  # not right after a word, or after a date ("on Monday (March 5)", "the quarter (April-June)")
    start = None
    for k in range(len(words) - 1, max(-1, len(words) - 1 - S.PARENTHESIZED_MAX_WORDS), -1):
        w, at = words[k]
        gap = clause[at + len(w):words[k + 1][1]] if k + 1 < len(words) else ""
        if any(c in gap for c in ",;:()\"“”"):
            break
        low = w.lower()
        if low in _NP_DETERMINERS or low in _COUNTS:
            start = at
            break
        if low in S.NOUN_PHRASE_STOPS or (low.endswith("ed") and w[0].islower() and low not in T.NOT_PAST_ED):
            if k + 1 < len(words) and any(x[0].isupper() for x, _ in words[k + 1:]):
                start = words[k + 1][1]  # "Under former president Blaise Compaore (1987-2014)": a name
            break
        if k == 0 and any(x[0].isupper() for x, _ in words[1:]):
            start = at
    if start is None or not _PAREN_WORD.search(clause, 0, start):
        return None  # (the subject's: "The summit (May 4-5) ended without a deal" is what happened then)
    np = clause[start:open_at].strip()
    head_words = np.split()
    several = sum(1 for w in inside.split() if w in ("and", ",", ";")) > 0
    if several and head_words[0].lower() in _COUNTS and len(head_words) > 1 and plural_head(head_words[-1]):
        head = head_words[-1]
        one = head[:-3] + "y" if head.endswith("ies") else head[:-2] if head.endswith(("ches", "shes", "sses", "xes")) \
            else head[:-1]
        rest = head_words[1:-1] + [one]
        np = ("an " if rest[0][0].lower() in "aeiou" else "a ") + " ".join(rest)
    return np[0].upper() + np[1:] + "."


_POSSESSIVES = frozenset(("its",))  # ("her arrest" after "Prosecutors said" is someone else's)
# a name that opens a clause, then a lower-case word ("Nvidia fell", "Advanced Micro Devices lost")
_OPENING_NAME = regex_cache.compile(r"((?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)\s+(?=[a-z])")


# a participle opening a sentence, then a lower-case word ("Born on", "Elected in"; not "United Nations")
# "A power-sharing deal signed " before "in August 2019 was meant to ...": subject, participle, words
# ... or a restrictive relative clause in the past: "A wildfire that erupted " before "Tuesday ... had burned"
# the subject's words, up to the participle or relative clause
_SUBJECT_NP = (r"(?:The|A|An|Its|His|Her|Their|This|That|These|Those|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
               r"Some|Several|Many|Most|Both|[1-9][\d,]*)\s+(?:[\w'’-]+\s+){0,4}?")
_PARTICIPLE_TO_DATE = (r"(?:(?:that|which|who)\s+(?P<verb>[a-z]{2,}ed|" + "|".join(sorted(S.IRREGULAR_PAST)) + r")"
                       r"|(?P<part>[a-z]{2,}ed|born|built|held|made|sold|won|written|taken|shot|hit|caught|"
                       r"found|struck|seen|given|sent|brought|kept|left))\s+(?P<rest>(?:[\w'’-]+\s+){0,4}?)"
                       r"(?:(?:in|on|at|during|last|early|late)\s+)?$")
_REDUCED_RELATIVE = regex_cache.compile(r"(?P<np>" + _SUBJECT_NP + ")" + _PARTICIPLE_TO_DATE)
# (or a past verb: "Preliminary results released early on Monday showed the party ahead")
_MAIN_VERB_AFTER = regex_cache.compile(r"\s+(?:" + "|".join(sorted(S.MAIN_VERBS_AFTER_SUBJECT | S.IRREGULAR_PAST))
                              + r"|(?!(?:" + "|".join(sorted(T.NOT_PAST_ED)) + r")\b)[a-z]{3,}ed)\b")
# a place between the date and the main verb: " in the Sierra Nevada foothills had burned"
_PLACE_THEN_MAIN_VERB = regex_cache.compile(r"\s+(?P<place>(?:in|at|near|off|outside|on)\s+[^,;:.!?\"“”]{1,50}?)"
                                   + _MAIN_VERB_AFTER.pattern)
# ... and after "according to", with no main verb after it: "according to a study published Wednesday"
_ACCORDING_REDUCED = regex_cache.compile(r"\baccording\s+to\s+(?P<np>(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){1,4}?)"
                                + _PARTICIPLE_TO_DATE)
_FIGURE_COMMA = r"(?<=\d),(?=\d{3})"  # the comma inside a figure ("in front of 31,400 supporters") ends no phrase

# where it appeared, after the date: " in The Lancet"
_PLACE_AFTER = regex_cache.compile(r"\s+((?:in|at|by)\s+(?:[^,;:.!?\"“”]|" + _FIGURE_COMMA + r"){1,40}?)(?=\s*(?:[;:.!?\"“”]|,(?!\d{3}))|\s*$)")


def reduced_relative(clause: str, span: tuple[int, int]) -> str | None:
    """The participle that the date at ``span`` places, said of the subject before it: "A suspect was
    arrested." for "A suspect arrested on Friday has been charged", "A wildfire erupted in the foothills." for
    "A wildfire that erupted Tuesday in the foothills had burned ..."; else None."""
    a, b = span
    m = _REDUCED_RELATIVE.match(clause, 0, a) if clause[:1] in "TAIHFSEMB123456789" else None
    tail = ""
    if m is not None and not _MAIN_VERB_AFTER.match(clause, b):
        place = _PLACE_THEN_MAIN_VERB.match(clause, b)  # "... on Friday in Leeds has been charged"
        m, tail = (m, place.group("place")) if place is not None else (None, "")
    if m is None:
        m = _ACCORDING_REDUCED.search(clause, max(0, a - 120), a) if "according" in clause else None
        if m is None:
            return None
        place = _PLACE_AFTER.match(clause, b)
        tail = place.group(1) if place is not None else ""
    part = m.group("part") or m.group("verb")
    if part in S.NOT_REDUCED_PARTICIPLES:
        return None
    np_words = m.group("np").split()
    if _has_verb(np_words[1:], _SUBJECT_VERBS):
        return None  # "The army retook the city seized in May": no subject
    plural = plural_head(np_words[-1])
    rest = " ".join(w for w in (m.group("rest").strip(), tail) if w)
    np_words[0] = np_words[0][0].upper() + np_words[0][1:]
    link = [] if m.group("verb") else ["were" if plural else "was"]  # "A wildfire erupted.", "A suspect was arrested."
    return " ".join([*np_words, *link, part, *([rest] if rest else [])]) + "."


# the rest of a noun phrase after its label date: up to punctuation or a word that opens a clause
_LABELLED_REST = regex_cache.compile(r"\s+((?:(?!(?:that|which|who|whose|when|where|while|because|but|and|or|as|after|before)\b)"
                            r"[^\s,;:!?\"“”()]+\s*){1,10})", re.I)


_SCHEDULED = regex_cache.compile(r"\b((?:the|a|an|its|his|her|their|this|next)\s+(?:[\w’'-]+\s+){0,2}?(?:"
                        + "|".join(sorted(S.SCHEDULED_HAPPENINGS)) + r"))\s+(?:(?:set|scheduled|slated|planned)\s+)?"
                        r"for\s+(?:the\s+)?$", re.I)  # "on" may be the verb's ("called a referendum on Sunday")


# a noun phrase, "due" and the date: "the rail audit due " before "in April"
_DUE_OBJECT = regex_cache.compile(r"\b((?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+due\s+"
                         r"(?:(?:in|on|by|at)\s+)?$", re.I)


def scheduled_object(clause: str, spans: list[tuple[int, int]]) -> str | None:
    """The happening a verb names with the date it is set for ("Rishi Sunak has called a general election for
    4 July": "A general election."), when a verb comes before it; else None."""
    a = spans[0][0]
    if " due " in clause[max(0, a - 12):a + 1]:
        due = _DUE_OBJECT.search(clause, max(0, a - 90), a)
        if due is not None and not _has_verb(due.group(1).split()[1:], _SUBJECT_VERBS):
            # "if the rail audit due in April shows further overruns", "The report due on Friday was delayed": the
            # date is when the thing is due, not when the clause's verb happens
            thing = due.group(1)
            return thing[0].upper() + thing[1:] + " (due then)."
    if " for " not in clause[max(0, a - 90):a]:
        return None
    m = _SCHEDULED.search(clause, max(0, a - 90), a)
    if m is None or not VERB_WORD.search(clause, 0, m.start()):
        return None  # "The vote on Sunday was close": the happening is the subject
    phrase = m.group(1)
    return phrase[0].upper() + phrase[1:] + "."


_LEAD_AND_DETERMINER = regex_cache.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in S.ATTACHED_EVENT_LEADS)
                                  + r"|in\s+the\s+wake\s+of)\s+(the|a|an|its|his|her|their)\s+$", re.I)


def labelled_happening(clause: str, spans: list[tuple[int, int]]) -> str | None:
    """The happening a date labels after "after", "since" or the like ("was shut down after the 2011 disaster":
    "The disaster."): the date is the happening's, not the clause's; else None."""
    a, b = spans[0]
    lead = _LEAD_AND_DETERMINER.search(clause, max(0, a - 30), a)
    if lead is None:
        return None
    rest = _LABELLED_REST.match(clause, b)
    if rest is None:
        return None
    words = rest.group(1).split()
    head = next((i for i, w in enumerate(words) if w.lower().strip(".,") in S.HAPPENING_NOUNS), None)
    if head is None:
        return None  # "after the 2011 season": no happening
    article = lead.group(1).lower()
    if article in ("a", "an"):
        article = "an" if words[0][:1].lower() in "aeiou" else "a"
    elif article != "the":
        article = "the"  # "after its 2019 merger": "The merger." (whose is not said)
    end = head + 1
    if end < len(words) and words[end].lower() in ("of", "in", "at", "on"):  # "the 2022 invasion of Ukraine"
        k = end + 1
        while k < len(words) and k <= end + 3 and (words[k][:1].isupper() or words[k].lower() in ("the", "of")):
            k += 1
        end = k if k > end + 1 else end
    phrase = " ".join([article, *words[:end]]).rstrip(".,")
    return phrase[0].upper() + phrase[1:] + "."


def labelled_object(clause: str, spans: list[tuple[int, int]]) -> str | None:
    """The thing a date labels after a verb in the present or future ("The 6-3 ruling overturns the 1984
    decision in Chevron v. NRDC": "The decision in Chevron v. NRDC."): what is dated then is the thing, not
    what the clause says of it now. None in the past tense ("Argentina won the 2022 World Cup"), for a
    subject ("The 2000 election was close"), or when the date labels nothing."""
    a, b = spans[0]
    det = DETERMINER_BEFORE.search(clause, max(0, a - 10), a)
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
    article, thing = det.group().strip(), rest.group(1).strip()
    if article.lower() in ("a", "an"):  # "a June agreement": "An agreement."
        article = article[0] + ("n" if thing[:1].lower() in "aeiou" else "")
    phrase = f"{article} {thing}".rstrip(".")
    return phrase[0].upper() + phrase[1:] + "."


# the rest of a noun phrase after its label date, then a relative clause that says what it did
_LABELLED_HEAD = regex_cache.compile(r"\s+((?:[\w’'.-]+\s+){0,3}?[\w’'.-]+),\s+(?:which|who)\s+")
_RELATIVE_BODY = regex_cache.compile(r"[^,;:!?\"“”()]+?(?=\s*[,;:!?\"“”()]|\.?\s*$)")


def labelled_relative(clause: str, spans: list[tuple[int, int]]) -> str | None:
    """What a relative clause says of a thing its head's label date names ("It is the largest fire since the 2018
    Camp Fire, which killed 85 people": "The Camp Fire killed 85 people."), when the clause opens with a verb;
    else None."""
    a, b = spans[0]
    if ", wh" not in clause[b:b + 60]:
        return None
    det = DETERMINER_BEFORE.search(clause, max(0, a - 10), a)
    head = _LABELLED_HEAD.match(clause, b) if det is not None else None
    if head is None or _has_verb(head.group(1).split(), _SUBJECT_VERBS):
        return None
    body = _RELATIVE_BODY.match(clause, head.end())
    if body is None or not VERB_WORD.match(clause, head.end()):
        return None  # "the 2018 report, which the board ignored": no verb first, the report did nothing
    article = det.group().strip()
    return f"{article[0].upper()}{article[1:]} {head.group(1)} {body.group().rstrip('.')}."


# a noun phrase after the main verb, then a relative clause in the past up to the date: "arrested the captain of
# a ferry that sank " before "on July 19 off Sulawesi"
_OBJECT_RELATIVE = regex_cache.compile(r"\b(?P<np>(?:the|a|an|its|his|her|their|our|this|these|those|some|several|many|two|"
                              r"three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'’-]+\s+){0,3}?)(?:that|which|who)\s+"
                              r"(?:(?P<aux>was|were)\s+(?P<part>[a-z]{2,}ed|" + "|".join(sorted(S.IRREGULAR_PARTICIPLES))
                              + r")|(?P<verb>[a-z]{2,}ed|" + "|".join(sorted(S.IRREGULAR_PAST)) + r"))\s+"
                              r"(?P<rest>(?:[\w'’-]+\s+){0,4}?)(?:(?:in|on|at|during)\s+)?$")
# where it happened, after the date: " off Sulawesi"
_WHERE_AFTER = regex_cache.compile(r"\s+((?:in|at|near|off|outside)\s+(?:[^,;:.!?\"“”]|" + _FIGURE_COMMA + r"){1,40}?)"
                          r"(?=\s*(?:[;:.!?\"“”]|,(?!\d{3}))|\s*$)")


# ... or a participle right after the noun phrase, with its agent, up to the date: "to equal the club record set by
# Jimmy Haig " before "in 1987"; no object may follow the participle ("after the army seized the city in May" is the
# army's doing, not a thing seized)
_REDUCED_OBJECT = regex_cache.compile(r"\b(?P<np>(?:the|a|an|its|his|her|their)\s+(?:[\w'’.,-]+\s+){0,5}?)"
                             r"(?P<part>[a-z]{2,}ed|" + "|".join(sorted(S.IRREGULAR_PARTICIPLES)) + r")\s+"
                             r"(?P<rest>by\s+(?:[\w'’.-]+\s+){1,4}?)?(?:(?:in|on|at|during|(?:shortly|just|soon)\s+"
                             r"(?:before|after)|around|about)\s+)?$")


def _reduced_object_np(clause: str, start: int, np_words: list[str]) -> bool:
    """Is the noun phrase before a participle an object, not the subject of a clause ("the airline announced
    Friday", "after the stock market closed Wednesday", "the 16 cents a share it reported last year")?"""
    if len(np_words) < 2 or any(w.lower() in S.NOT_IN_OBJECT_NOUN_PHRASE for w in np_words[1:]):
        return False
    if np_words[-1].lower().strip(".,") in S.SAYING_NOUNS:
        return False  # "confirmed in a statement released shortly after midnight": the date of what was said
    before = clause[max(0, start - 30):start].rstrip()
    if not before or before.endswith((",", ";", ":", "(", '"', "“")):
        return False  # the start of a clause: a subject
    return before.split()[-1].lower() not in S.NOT_IN_OBJECT_NOUN_PHRASE


_SAYING_WORDS = frozenset(S.REPORTING_VERBS) | {"that"}
_HEARER_WORDS = frozenset(w.lower() for w in T.HEARERS) | {"on", "late", "early"}


def _after_saying(before: list[str]) -> bool:
    """Do the words ``before`` end with a saying verb, maybe its hearer and its day ("told reporters Friday")?"""
    for w in reversed(before[-4:]):
        low = w.lower()
        if low in _SAYING_WORDS:
            return True
        if not (w[:1].isupper() or low in _HEARER_WORDS):
            return False
    return False


def object_relative(clause: str, span: tuple[int, int]) -> str | None:
    """What a relative clause in the past after an object says its noun did (or what was done to it) on the date
    at ``span``: "A ferry sank off Sulawesi." for "Police arrested the captain of a ferry that sank on July 19 off
    Sulawesi", "A plan was proposed." for "Voters rejected a plan that was proposed in March"; else None."""
    a, b = span
    near = clause[max(0, a - 60):a]
    if "that " in near or "which " in near or "who " in near:
        m = _OBJECT_RELATIVE.search(clause, max(0, a - 100), a)
    else:
        m = _REDUCED_OBJECT.search(clause, max(0, a - 100), a)
        # the nearest noun phrase with no verb or comma in it ("after the army seized the town destroyed in May")
        while m is not None and ("," in m.group("np") or _has_verb(m.group("np").split()[1:], _NP_BREAKING_VERBS)):
            m = _REDUCED_OBJECT.search(clause, m.start() + 1, a)
        if m is not None and not _reduced_object_np(clause, m.start(), m.group("np").split()):
            return None
    if m is None or m.start() == 0:
        return None  # at the start, the subject's: see :func:`reduced_relative`
    part = m.groupdict().get("verb") or m.group("part")
    if part in S.NOT_REDUCED_PARTICIPLES and not (part == "set" and m.group(0).rstrip().endswith(("in", "by"))):
        return None  # "the vote scheduled Tuesday", "the hearing set Tuesday": its plan; "a record set in 2007" is done
    np_words = m.group("np").split()
    if f"{np_words[-1].lower()} {part}" in S.COMPOUND_NOUNS:
        return None  # "passing on the Bank of Eastmark's rate cut on Thursday": a noun, not a participle
    before = clause[:m.start()].split()
    relative = "aux" in m.re.groupindex
    if not relative and _after_saying(before) and not _MAIN_VERB_AFTER.match(clause, b) \
            and not _PLACE_THEN_MAIN_VERB.match(clause, b):
        # "Police said the suspect fled on Tuesday": the subject of what was said, and its verb (but "said the man
        # arrested on Tuesday was released": a participle, the main verb after it)
        return None
    if (relative and _has_verb(np_words[1:], _SUBJECT_VERBS)) or not (_has_verb(before, _OBJECT_VERBS) or any(
            (w.endswith("ing") and len(w) > 5) or (w == "to" and not relative) for w in before)):
        # "ending a session that began at 10 a.m.", "to equal the club record set by Jimmy Haig in 1987"
        return None  # no main verb before it: the noun phrase is no object
    where = _WHERE_AFTER.match(clause, b)
    rest = " ".join(w for w in ((m.group("rest") or "").strip(), where.group(1) if where else "") if w)
    np_words[0] = np_words[0][0].upper() + np_words[0][1:]
    if not relative:  # reduced: "The club record was set by Jimmy Haig."
        head = np_words[:np_words.index("of")] if "of" in np_words[1:] else np_words  # "the record of 4.6 metres"
        verb = ["were" if plural_head(head[-1]) else "was", m.group("part")]
    else:
        verb = [m.group("verb")] if m.group("verb") else [m.group("aux"), m.group("part")]
    return " ".join([*np_words, *verb, *([rest] if rest else [])]) + "."
