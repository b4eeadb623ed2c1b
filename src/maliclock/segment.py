"""Stage 2: split an article into zones (lines by role) and sentences, with offsets.

Zones: ``meta`` (front matter), ``chrome`` (site furniture), ``caption``,
``dateline``, ``heading``, ``body`` and ``repetitive`` (text that is not
prose: a sentence of a few words repeated, a line repeating a line just
before it; not read for dates, so such text costs no more than prose). Sentences are found inside each
line; offsets always index the article text exactly as read.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from . import regex_cache
from .rules import vocabulary as V
from .rules import zones as Z

try:  # Python 3.11+
    from re import _constants  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _constants  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_CHROME = [(n, regex_cache.compile(p, re.IGNORECASE)) for n, p in Z.CHROME_LINES]
_HOUSEKEEPING = regex_cache.compile("|".join(f"(?:{p})" for _, p in Z.HOUSEKEEPING_SENTENCES), re.IGNORECASE)
_CAPTION = [(n, regex_cache.compile(p, re.IGNORECASE)) for n, p in Z.CAPTION_LINES]
_CREDIT_NEXT = regex_cache.compile(Z.CREDIT_NEXT_LINE, re.IGNORECASE)
_DATELINE = [(n, regex_cache.compile(p, re.IGNORECASE)) for n, p in Z.DATELINE_LINES]
_LINE = regex_cache.compile(r"[^\r\n]+")
_INLINE_DATELINE = regex_cache.compile(Z.INLINE_DATELINE)

# Abbreviations after which a period does not end a sentence.
_ABBREV = frozenset("""mr mrs ms dr prof gen col lt sgt capt cpl maj adm gov sen rep st jr sr
inc corp co ltd bros no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed
thu thurs fri sat sun u.s u.k u.n e.u a.m p.m d.c n.y fig approx est dept univ ave blvd mt ft
rev hon pres messrs mssrs op cit ibid al""".split())
# starts only at the first mark of a run, so a long run of dots is scanned once (the lookbehind
# comes after the first mark, so that the regex engine can skip ahead to the next mark)
# (an opening quotation may be written with two backquotes, as in wire and treebank text: ". ``Obviously")
_SENT_END = regex_cache.compile(r"[.!?](?<![.!?]{2})[.!?]*[\"'”’)\]]*(?=\s+(?:[\"'“‘(\[]|``)?[A-Z0-9])")
_SPACE = regex_cache.compile(r"\s")
_NONSPACE = regex_cache.compile(r"\S")
# the word (letters, digits and periods) that a period ends, in the text just before it: searched for
# from its first character only (a lookbehind), not from each one of the word's
_WORD_BEFORE = regex_cache.compile(r"(?<![\w.])[\w.]+$")
_WORD = regex_cache.compile(r"\w+")
_DATED_ENTRY = regex_cache.compile(Z.DATED_ENTRY_LINE, re.IGNORECASE)
_MARK_AT_END = regex_cache.compile(r"[.!?:;\"”]$")  # a line ending like a sentence is no heading
UNREAD = ("meta", "chrome", "repetitive")  # zone kinds the tagger does not read


@dataclass(slots=True)
class Sentence:
    """A sentence: its span and the zone it sits in."""

    start: int
    end: int
    zone: str
    paragraph: int


@dataclass(slots=True)
class Zone:
    """A line of the article and its role."""

    start: int
    end: int
    kind: str
    reason: str = ""


@dataclass(slots=True)
class Segmented:
    """An article split into zones and sentences."""

    text: str
    zones: list[Zone] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def taggable_spans(self) -> list[tuple[int, int]]:
        """Spans of the zones a tagger should read (not front matter or chrome)."""
        return [(z.start, z.end) for z in self.zones if z.kind not in UNREAD]


def _front_matter_end(text: str) -> int:
    if not text.startswith("---"):
        return 0
    m = re.match(r"---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|$)", text, re.DOTALL)
    return m.end() if m else 0


def _anchored(pattern: str) -> bool:
    """True if every match of ``pattern`` starts at the beginning of the text (a leading ``^``)."""
    try:
        data = _parser.parse(pattern, re.IGNORECASE).data
    except re.error:
        return False
    return len(data) > 0 and data[0] == (_constants.AT, _constants.AT_BEGINNING)


def _any_at_start(patterns: list[str]) -> re.Pattern[str]:
    """One regex whose ``match`` finds a line at whose start one of ``patterns`` matches.

    Most lines are prose that no line pattern matches; one combined ``match``
    then rules them all out at once instead of one search per pattern.
    """
    return regex_cache.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


# Lines that may be chrome, a dateline or a caption: those where a pattern that can only match at
# the start of the line matches there (datelines are always matched there), or any other searched one.
_ANY_AT_START = _any_at_start([p for _, p in Z.CHROME_LINES + Z.CAPTION_LINES if _anchored(p)]
                              + [p for _, p in Z.DATELINE_LINES])
_UNANCHORED = tuple(rx for _, rx in _CHROME + _CAPTION if not _anchored(rx.pattern))
_ANY_UNANCHORED = regex_cache.compile("|".join(f"(?:{rx.pattern})" for rx in _UNANCHORED) or "(?!)", re.IGNORECASE)


def classify_line(line: str, next_line: str = "") -> tuple[str, str]:
    """Role of one stripped line: (zone kind, name of the rule that decided it)."""
    if _ANY_AT_START.match(line) is not None or _ANY_UNANCHORED.search(line) is not None:
        found = _classify_by_pattern(line)
        if found is not None:
            return found
    if next_line and _CREDIT_NEXT.match(next_line):
        return "caption", "credit follows"
    # split no further than one word past the limit: a long line costs no more than a short one
    if len(line.split(None, Z.HEADING_MAX_WORDS)) <= Z.HEADING_MAX_WORDS and not _MARK_AT_END.search(line):
        if _DATED_ENTRY.match(line) is not None:
            return "body", "dated entry"
        return "heading", "short line"
    return "body", ""


def _classify_by_pattern(line: str) -> tuple[str, str] | None:
    """The first chrome, dateline or caption pattern that matches ``line``, in table order."""
    for name, rx in _CHROME:
        if rx.search(line):
            return "chrome", name
    for name, rx in _DATELINE:
        if rx.match(line):
            return "dateline", name
    for name, rx in _CAPTION:
        if rx.search(line):
            return "caption", name
    return None


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and _abbreviation_before(text, start, dot) and not _clock_ends_sentence(text, dot, end):
            continue
        e = m.end()
        if text[s:e].strip():
            out.append((s, e))
        s = _NONSPACE.search(text, e, end)
        s = end if s is None else s.start()
    if s < end and text[s:end].strip():
        out.append((s, end))
    limit = Z.MAX_SENTENCE_CHARS
    if all(b - a <= limit for a, b in out):
        return out
    return [piece for a, b in out for piece in _cap(text, a, b)]


def _abbreviation_before(text: str, start: int, dot: int) -> bool:
    """True if the period at ``dot`` ends an abbreviation ("Mr.", "U.S.") or an initial."""
    # text[dot] is the period, so a word is found; in the slice, the window's start is a word's start
    token = _WORD_BEFORE.search(text[max(start, dot - 12):dot + 1]).group().lower().rstrip(".")
    if token == "a.d":  # an era before its year goes on ("between 500 B.C. and A.D. 100"), at a sentence's end ends it
        return text[dot + 1:dot + 3].lstrip()[:1].isdigit()
    return token in _ABBREV or (len(token) == 1 and "a" <= token <= "z")


_CLOCK_SUFFIX = regex_cache.compile(r"(?<![\w.])[ap]\.m\.$", re.IGNORECASE)
_ZONE_NAME = regex_cache.compile(r"\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?[Tt]ime\b")  # "3 p.m. Pacific Time"
_NEXT_WORD = regex_cache.compile(r"\s+[\"'“‘(\[]?([A-Z][\w']*)")
# Capitalised words that go on a clock time's sentence ("at 3 p.m. GMT", "at 9 a.m. Monday")
_AFTER_CLOCK = frozenset(V.TIME_ZONES) | frozenset(w.title() for w in V.WEEKDAYS) | frozenset(
    w.title() for w in V.MONTHS)


def _clock_ends_sentence(text: str, dot: int, end: int) -> bool:
    """Does the period of "a.m." or "p.m." at ``dot`` also end the sentence? It does before a capital,
    unless the capital begins a time zone, a weekday or a month ("at 3 p.m. GMT", "2 p.m. Pacific Time",
    "9 a.m. Monday")."""
    if not _CLOCK_SUFFIX.search(text, max(0, dot - 4), dot + 1):
        return False
    m = _NEXT_WORD.match(text, dot + 1, end)
    return m is not None and m.group(1) not in _AFTER_CLOCK and not _ZONE_NAME.match(text, m.end(1), end)


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than ``Z.MAX_SENTENCE_CHARS`` at whitespace (or anywhere, if none).

    Later stages look at whole sentences; the cap keeps their work per
    sentence bounded, so text without sentence punctuation costs linear time.
    """
    out: list[tuple[int, int]] = []
    limit = Z.MAX_SENTENCE_CHARS
    while end - start > limit:
        cut = start + limit
        space = None
        for m in _SPACE.finditer(text, start + limit // 2, cut):
            space = m.start()
        if space is not None:
            cut = space
        end_piece = cut
        while end_piece > start and text[end_piece - 1].isspace():
            end_piece -= 1
        if end_piece > start:
            out.append((start, end_piece))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


# ASCII word characters and blanks, deleted: what is left are the marks that may part two words in one blank-free chunk
_MARKS_ONLY = str.maketrans("", "", string.ascii_letters + string.digits + "_" + string.whitespace)


def is_repetitive(sentence: str) -> bool:
    """True for a sentence of many words but few different ones (not prose)."""
    if len(sentence) < Z.REPETITIVE_MIN_WORDS * 2:  # too short to hold that many words
        return False
    if sentence.isascii() and len(sentence.split()) + len(sentence.translate(_MARKS_ONLY)) < Z.REPETITIVE_MIN_WORDS:
        return False  # each word is a blank-free chunk's first or follows a mark in it: too few words (a cheap bound)
    words = _WORD.findall(sentence.lower())
    return len(words) >= Z.REPETITIVE_MIN_WORDS and len(set(words)) <= Z.REPETITIVE_MAX_DISTINCT * len(words)


def _line_zones(text: str, a: int, b: int, kind: str, reason: str, para: int,
                seg: Segmented) -> None:
    """The zones and sentences of one line; repetitive sentences become zones of their own."""
    start = a
    short = Z.REPETITIVE_MIN_WORDS * 2  # see is_repetitive
    for sa, sb in split_sentences(text, a, b):
        if kind == "body" and _HOUSEKEEPING.match(text, sa, sb):
            if sa > start:
                seg.zones.append(Zone(start, sa, kind, reason))
            seg.zones.append(Zone(sa, sb, "housekeeping", "a live blog's housekeeping"))
            seg.sentences.append(Sentence(sa, sb, "housekeeping", para))
            start = sb
            continue
        if sb - sa < short or not is_repetitive(text[sa:sb]):
            seg.sentences.append(Sentence(sa, sb, kind, para))
            continue
        if sa > start:
            seg.zones.append(Zone(start, sa, kind, reason))
        seg.zones.append(Zone(sa, sb, "repetitive", "few different words"))
        start = sb
    if start == a:
        seg.zones.append(Zone(a, b, kind, reason))
    elif start < b:
        seg.zones.append(Zone(start, b, kind, reason))


def segment(text: str) -> Segmented:
    """Split ``text`` into zones and sentences."""
    seg = Segmented(text)
    fm = _front_matter_end(text)
    if fm:
        seg.zones.append(Zone(0, fm, "meta", "front matter"))
    lines = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text, fm)]
    lines = [line for line in lines if line[2]]
    recent: list[str] = []
    body_lines = 0  # paragraphs of prose so far: a dateline opens one of the first (after any page chrome)
    for i, (a, b, line) in enumerate(lines):
        if line in recent:
            seg.zones.append(Zone(a, b, "repetitive", "repeats a line just before"))
            continue
        recent = (recent + [line])[-Z.REPEATED_LINE_WINDOW:]
        nxt = lines[i + 1][2] if i + 1 < len(lines) else ""
        kind, reason = classify_line(line, nxt)
        if kind in ("meta", "chrome"):
            seg.zones.append(Zone(a, b, kind, reason))
            continue
        if kind == "body" and body_lines < Z.INLINE_DATELINE_LINES and i < Z.INLINE_DATELINE_MAX_LINE:
            a0 = a + len(text[a:b]) - len(text[a:b].lstrip())
            m = _INLINE_DATELINE.match(text, a0, b)
            if m is not None and m.end() < b:
                seg.zones.append(Zone(a, m.end(), "dateline", "inline dateline"))
                seg.sentences.append(Sentence(a0, a0 + len(m.group().rstrip()), "dateline", i))
                a = m.end()
        body_lines += kind == "body"
        _line_zones(text, a, b, kind, reason, i, seg)
    return seg
