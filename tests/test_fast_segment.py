"""The segmenter's shortcuts give exactly what the plain forms they replace give.

The references below are the straightforward versions (one search per line
pattern; the sentence splitter's per-character loops and module-level regex
calls); the segmenter is compared with them on a few thousand generated
lines and texts full of sentence marks, abbreviations, chrome, captions,
datelines and long unpunctuated runs.
"""

from __future__ import annotations

import random
import re

from maliclock import segment as S
from maliclock.rules import zones as Z


def _classify_reference(line: str, next_line: str = "") -> tuple[str, str]:
    for name, rx in S._CHROME:
        if rx.search(line):
            return "chrome", name
    for name, rx in S._DATELINE:
        if rx.match(line):
            return "dateline", name
    for name, rx in S._CAPTION:
        if rx.search(line):
            return "caption", name
    if next_line and S._CREDIT_NEXT.match(next_line):
        return "caption", "credit follows"
    if len(line.split()) <= Z.HEADING_MAX_WORDS and not re.search(r"[.!?:;\"”]$", line):
        if re.match(Z.DATED_ENTRY_LINE, line, re.IGNORECASE):
            return "body", "dated entry"
        return "heading", "short line"
    return "body", ""


_SENT_END_REFERENCE = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s+(?:[\"'“‘(\[]|``)?[A-Z0-9])")


def _split_reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    s = start
    for m in _SENT_END_REFERENCE.finditer(text, start, end):
        word = re.search(r"([\w.]+)\.?$", text[max(start, m.start() - 12):m.start() + 1])
        token = word.group(1).lower().rstrip(".") if word else ""
        if m.group().startswith(".") and (token in S._ABBREV or re.fullmatch(r"[a-z]", token)) \
                and not S._clock_ends_sentence(text, m.start(), end):  # "p.m. Kenyan forces ...": a stop
            continue
        e = m.end()
        out.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return [piece for a, b in out if text[a:b].strip() for piece in S._cap(text, a, b)]


_WORDS = ["Mr.", "U.S.", "Jan.", "a.m.", "p.m.", "J.", "x.", "St.", "etc.", "No.", "He", "said", "the", "2012",
          "said.", "it!", "Why?", "Yes?!", "...", "..", "?!", "\"Go.\"", "(so.)", "’Tis", "'", "“", "‘", "(", "[",
          "March", "22,", "Photo", "Image:", "photo", "shows", "taken", "Credit:", "More", "from", "Related",
          "Share", "By", "John", "Smith", "©", "Copyright", "www.x.org", "AFP", "Reuters", "Published:",
          "Posted", "3/22/2012", "2012-03-22", "10:30", "Advertisement", ".Image: AP", "skip to", "1.", "Ⅻ",
          "é", "İ", "ſ", "\u00a0", "\u2003", "\t", "  ", ".", "!", "?", ":", ";", "”", "a", "B", "0"]


def _lines(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_WORDS) + rng.choice(["", " ", " ", " ", "  "]) for _ in range(rng.randint(0, 20)))
            for _ in range(n)]


def test_classify_line_equals_one_search_per_pattern() -> None:
    lines = _lines(6000, 7) + [line.strip() for line in _lines(2000, 8)]
    kinds = set()
    for line, nxt in zip(lines, lines[1:] + [""]):
        got = S.classify_line(line, nxt)
        assert got == _classify_reference(line, nxt), (line, nxt)
        kinds.add(got[0])
    assert kinds == {"chrome", "dateline", "caption", "heading", "body"}


def test_every_chrome_and_caption_pattern_is_anchored_or_searched() -> None:
    anchored = [p for _, p in Z.CHROME_LINES + Z.CAPTION_LINES if S._anchored(p)]
    assert len(anchored) + len(S._UNANCHORED) == len(Z.CHROME_LINES) + len(Z.CAPTION_LINES)
    assert S._anchored(r"^a|b") is False and S._anchored(r"(?:^a)|b") is False and S._anchored(r"^(?:a|b)")


def test_split_sentences_equals_the_plain_splitter() -> None:
    rng = random.Random(9)
    texts = [" ".join(_lines(rng.randint(1, 8), seed)) for seed in range(3000)]
    texts += ["word " * rng.randint(150, 400) + "end. Next one." for _ in range(20)]  # cut by the cap
    texts += ["x" * 2500, "a. " * 400, "Mr. " * 300 + "Smith. Then."]
    cut = 0
    for text in texts:
        for start, end in {(0, len(text)), (rng.randint(0, len(text)), len(text))}:
            end = rng.randint(start, end) if rng.random() < 0.3 else end
            got = S.split_sentences(text, start, end)
            assert got == _split_reference(text, start, end), (text, start, end)
            cut += len(got) > 1
    assert cut > 1000
    assert S.split_sentences("He met Mr. Smith. Then he left! Why? ", 0, 37) == [(0, 17), (18, 31), (32, 37)]
