"""Tense and local cues: which way a date written without a year or week points.

"will meet on Tuesday" points forward, "began on Wednesday" back; a cue
right before the date ("ended Sept. 30", "payable Dec. 1", "until Nov. 20")
outweighs the tense of the sentence. The word lists are in
``maliclock.rules.tense``.
"""

from __future__ import annotations

import re

from .rules import tense as T

WORD = re.compile(r"[A-Za-z']+")


def _next_word(text: str, pos: int) -> str:
    m = WORD.search(text, pos, pos + 20)
    return m.group().lower() if m else ""


def _cue_kind(text: str, s_start: int, m: re.Match[str]) -> str | None:
    w = m.group().lower()
    if w in T.FUTURE_BEFORE_TO:
        return "future" if _next_word(text, m.end()) == "to" else None
    if w in T.FUTURE_CUES:
        words = [x.lower() for x in WORD.findall(text, max(s_start, m.start() - 16), m.start())][-2:]
        return "past" if any(x in T.PAST_PERFECT_AUXILIARIES for x in words) else "future"
    if w in T.PAST_CUES or (len(w) > 4 and w.endswith("ed") and w not in T.NOT_PAST_ED):
        before = [x.lower() for x in WORD.findall(text, max(s_start, m.start() - 24), m.start())][-2:]
        if w not in T.PAST_CUES and any(x in T.DETERMINERS for x in before):
            return None  # an adjective: "a still unspecified date"
        return _auxiliary_tense(text, max(s_start, m.start() - 24), m.start()) or "past"
    if w in T.PRESENT_CUES:
        if w in T.PRESENT_AUXILIARIES and _next_word(text, m.end()) == "to":
            return "future"  # "is to resume"
        return "present"
    return None


def sentence_tense(text: str, s_start: int, s_end: int, t_start: int, t_end: int) -> str:
    """Tense cue nearest the expression at [t_start, t_end) inside its sentence."""
    return tense_cue(text, s_start, s_end, t_start, t_end)[0]


def tense_cue(text: str, s_start: int, s_end: int, t_start: int, t_end: int) -> tuple[str, str | None]:
    """Tense of the cue nearest the expression at [t_start, t_end) in its sentence, and that cue word."""
    best: tuple[int, str, str] | None = None
    for m in WORD.finditer(text, s_start, s_end):
        if t_start <= m.start() < t_end:
            continue
        kind = _cue_kind(text, s_start, m)
        if kind is None:
            continue
        dist = t_start - m.end() if m.end() <= t_start else m.start() - t_end
        if best is None or dist < best[0]:
            best = (dist, kind, m.group())
    return (best[1], best[2]) if best else ("none", None)


def local_cue(text: str, s_start: int, t_start: int) -> tuple[str | None, str | None]:
    """A decisive cue right before the expression: "ended Sept. 30" (past),
    "payable Dec. 1" (future), "until Nov. 20" (target: the nearest such date); and the word."""
    lo = max(s_start, t_start - 30)
    cut = max((m.end() for m in re.finditer(r"[,;:()\"“”]", text[lo:t_start])), default=0)
    words = list(WORD.finditer(text, lo + cut, t_start))[-3:]
    for m in reversed(words):
        w = m.group().lower()
        if w in T.TARGET_WORDS:
            return "target", m.group()
        if w in T.PROSPECTIVE_WORDS:  # "had been due to expire Friday": the sentence decides
            before = [x.lower() for x in WORD.findall(text, max(s_start, m.start() - 30), m.start())][-4:]
            return (None, None) if any(x in T.PAST_PERFECT_AUXILIARIES for x in before) else ("future", m.group())
        if (w in T.PAST_CUES and w not in T.AUXILIARIES_AND_REPORTING) or (
                len(w) > 4 and w.endswith("ed") and w not in T.NOT_PAST_ED):
            before = [x.lower() for x in WORD.findall(text, max(s_start, m.start() - 12), m.start())][-1:]
            if before and before[0] in T.PERFECT_AUXILIARIES:
                return None, None
            return _auxiliary_tense(text, max(s_start, m.start() - 24), m.start()) or "past", m.group()
        if w not in T.LOCAL_SKIP_WORDS:
            return None, None
    return None, None


def _auxiliary_tense(text: str, lo: int, hi: int) -> str | None:
    """Tense set by an auxiliary just before a participle ("will be held", "is expected")."""
    words = [w.lower() for w in WORD.findall(text, lo, hi)][-2:]
    if any(w in T.FUTURE_AUXILIARIES for w in words):
        return "future"
    if any(w in T.PRESENT_AUXILIARIES for w in words):
        return "present"
    return None
