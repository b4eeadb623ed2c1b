"""Stage 2: split an article into zones (lines by role) and sentences, with offsets.

Zones: ``meta`` (front matter), ``chrome`` (site furniture), ``caption``,
``dateline``, ``heading``, ``body`` and ``repetitive`` (text that is not
prose: a sentence of a few words repeated, a line repeating a line just
before it; not read for dates, so such text costs no more than prose). Sentences are found inside each
line; offsets always index the article text exactly as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .rules import zones as Z

_CHROME = [(n, re.compile(p, re.IGNORECASE)) for n, p in Z.CHROME_LINES]
_CAPTION = [(n, re.compile(p, re.IGNORECASE)) for n, p in Z.CAPTION_LINES]
_CREDIT_NEXT = re.compile(Z.CREDIT_NEXT_LINE, re.IGNORECASE)
_DATELINE = [(n, re.compile(p, re.IGNORECASE)) for n, p in Z.DATELINE_LINES]
_LINE = re.compile(r"[^\r\n]+")

# Abbreviations after which a period does not end a sentence.
_ABBREV = frozenset("""mr mrs ms dr prof gen col lt sgt capt cpl maj adm gov sen rep st jr sr
inc corp co ltd bros no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed
thu thurs fri sat sun u.s u.k u.n e.u a.m p.m d.c n.y fig approx est dept univ ave blvd mt ft
rev hon pres messrs mssrs op cit ibid al""".split())
# starts only at the first mark of a run, so a long run of dots is scanned once
_SENT_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_SPACE = re.compile(r"\s")
_WORD = re.compile(r"\w+")
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


def classify_line(line: str, next_line: str = "") -> tuple[str, str]:
    """Role of one stripped line: (zone kind, name of the rule that decided it)."""
    for name, rx in _CHROME:
        if rx.search(line):
            return "chrome", name
    for name, rx in _DATELINE:
        if rx.match(line):
            return "dateline", name
    for name, rx in _CAPTION:
        if rx.search(line):
            return "caption", name
    if next_line and _CREDIT_NEXT.match(next_line):
        return "caption", "credit follows"
    words = line.split()
    if len(words) <= Z.HEADING_MAX_WORDS and not re.search(r"[.!?:;\"”]$", line):
        return "heading", "short line"
    return "body", ""


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        word = re.search(r"([\w.]+)\.?$", text[max(start, m.start() - 12):m.start() + 1])
        token = word.group(1).lower().rstrip(".") if word else ""
        if m.group().startswith(".") and (token in _ABBREV or re.fullmatch(r"[a-z]", token)):
            continue
        e = m.end()
        out.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return [piece for a, b in out if text[a:b].strip() for piece in _cap(text, a, b)]


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


def is_repetitive(sentence: str) -> bool:
    """True for a sentence of many words but few different ones (not prose)."""
    if len(sentence) < Z.REPETITIVE_MIN_WORDS * 2:  # too short to hold that many words
        return False
    words = _WORD.findall(sentence.lower())
    return len(words) >= Z.REPETITIVE_MIN_WORDS and len(set(words)) <= Z.REPETITIVE_MAX_DISTINCT * len(words)


def _line_zones(text: str, a: int, b: int, kind: str, reason: str, para: int,
                seg: Segmented) -> None:
    """The zones and sentences of one line; repetitive sentences become zones of their own."""
    start = a
    for sa, sb in split_sentences(text, a, b):
        if not is_repetitive(text[sa:sb]):
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
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, fm)]
    lines = [(a, b) for a, b in lines if text[a:b].strip()]
    recent: list[str] = []
    for i, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if line in recent:
            seg.zones.append(Zone(a, b, "repetitive", "repeats a line just before"))
            continue
        recent = (recent + [line])[-Z.REPEATED_LINE_WINDOW:]
        nxt = text[lines[i + 1][0]:lines[i + 1][1]].strip() if i + 1 < len(lines) else ""
        kind, reason = classify_line(line, nxt)
        if kind in ("meta", "chrome"):
            seg.zones.append(Zone(a, b, kind, reason))
            continue
        _line_zones(text, a, b, kind, reason, i, seg)
    return seg
