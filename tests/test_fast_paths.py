"""Shortcuts taken for speed find exactly what the direct forms find.

Each shortcut (a pre-filter word, a reversed pattern, a token pre-scan) is compared with the
plain computation it replaces on a few thousand texts built from the words that matter to it,
blanks, punctuation, capitals and letters that case-folding treats specially.
"""

from __future__ import annotations

import random
import re

import pytest

from maliclock import cues, resolve, statements
from maliclock.resolve import resolver, state as resolve_state, values as resolve_values
from maliclock.statements import clauses as st_clauses, summary as st_summary, text as st_text
from maliclock import normalize as N
from maliclock.rules import anchors as A
from maliclock.rules import statements as S
from maliclock.rules import tense as T
from maliclock.rules import vocabulary as V

ODD = ["é", "İ", "ı", "ſ", "K", "’", "'", "-", ",", ".", "(", "\n", "\t", "  ", "42", "1990s"]



def _plain_inside_name(text: str, s_start: int, word: str, start: int, end: int) -> bool:
    """A capitalised word after a capitalised word, before one in lower case: a name's last word."""
    before = text[s_start:start].split()
    after = re.findall(r"[A-Za-z]\w*", text[end:])
    if not (word[:1].isupper() and start > s_start and text[start - 1].isspace() and bool(before)
            and re.fullmatch(r"[A-Z][A-Za-z'’-]*", before[-1]) is not None):
        return False
    # before another capitalised word, a name still when a word of four lower-case letters came earlier in the sentence
    return not (after and after[0][0].isupper()) or re.search(r"\b[a-z]{4,}\b", text[s_start:start]) is not None

def _plain_owned_or_after_preposition(text: str, s_start: int, start: int) -> bool:
    """Does a possessive (maybe with "X and" after it) or a preposition (maybe with a word in lower case after it) come
    right before ``start``?"""
    lo = max(s_start, start - 32)
    words = text[lo:start].split()
    if words and lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] == "_") and not text[lo].isspace():
        words = words[1:]  # a word cut by the window's start is none of these
    if not words or not text[lo:start][-1:].isspace():
        return False
    low = [w.lower() for w in words]
    if low[-1] in ("his", "her", "its", "their", "my", "your", "our"):
        return True
    if len(low) >= 3 and low[-3] in ("his", "her", "its", "their", "my", "your", "our") and low[-1] in ("and", "or") \
            and words[-2].isalpha():
        return True
    preps = ("on", "in", "at", "of", "for", "from", "with", "during")
    if low[-1] in preps:
        return True
    return len(low) >= 2 and low[-2] in preps and words[-1].isalpha() and words[-1].islower()


def _texts(words: list[str], n: int = 3000, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    pool = words + [w.upper() for w in words[:20]] + [w.capitalize() for w in words[:20]] + ODD + ["x", "ab"]
    return ["".join(rng.choice(pool) + rng.choice(["", " ", " ", " ", "\n"]) for _ in range(rng.randint(0, 25)))
            for _ in range(n)]


def _cues_word_by_word(text: str, s0: int, s1: int) -> list[tuple[int, int, str, str]]:
    out = []
    # "won’t" is a word, "sank’ " a word and a quote (in the sentence alone)
    words = text[:s0] + re.sub(r"(?<=[A-Za-z])’(?=[A-Za-z])", "'", text[s0:s1]) + text[s1:]
    for m in cues.WORD.finditer(words, s0, s1):
        kind = cues._cue_kind(text, s0, text[m.start():m.end()], m.start(), m.end(), s1)
        if kind is not None:
            out.append((m.start(), m.end(), kind, text[m.start():m.end()]))
    return out


def test_sentence_cues_look_only_at_cue_words_and_find_every_cue() -> None:
    words = sorted(T.FUTURE_BEFORE_TO | T.FUTURE_CUES | T.PAST_CUES | T.PRESENT_CUES | T.NOT_PAST_ED) + [
        "to", "ended", "wanted", "bed", "aged", "red", "unspecified", "a", "the", "planned", "willing", "wasted",
        "she's", "We’re", "I'm", "Trump's", "it’s", "they'll"]
    rng = random.Random(1)
    checked = 0
    for text in _texts(words):
        s0 = rng.randint(0, len(text))  # sentences may start inside a word of the text
        s1 = rng.randint(s0, len(text))
        got = cues.sentence_cues(text, s0, s1)
        assert got == _cues_word_by_word(text, s0, s1), (text, s0, s1)
        checked += bool(got)
    assert checked > 1000


def test_sentence_cues_of_a_sentence() -> None:
    text = "Officials said the talks, which ended Sept. 30, will resume."
    assert cues.sentence_cues(text, 0, len(text)) == [
        (10, 14, "past", "said"), (32, 37, "past", "ended"), (48, 52, "future", "will")]
    # a sentence starting inside a word ("xsaid"): its first token is "said"
    assert cues.sentence_cues("xsaid it", 1, 8) == [(1, 5, "past", "said")]


def _prep_forward(text: str, s: int) -> int:
    pre = st_summary._PREP.search(text, max(0, s - st_text.PREP_WINDOW), s)
    return pre.start() if pre and pre.group().strip() else s


def test_reversed_preposition_pattern_finds_the_leftmost_start() -> None:
    words = S.DATE_PREPOSITIONS + ["the", "The", "xon", "-in", "early", "as", "back", "ago", "2012"]
    rng = random.Random(2)
    starts = 0
    for text in _texts(words, 6000, seed=2):
        for s in {len(text), rng.randint(0, len(text))}:
            got = st_summary._prep_start(text, s)
            assert got == _prep_forward(text, s), (text, s)
            starts += got < s
    assert starts > 1000
    assert st_summary._prep_start("the rebels attacked back in the ", 32) == 20
    assert st_summary._prep_start("the rebels attacked xin the ", 28) == 24  # no word boundary before "in"


def test_attribution_words_are_in_every_match() -> None:
    words = ["according to", "the", "Reuters", "AFP", "said", "reported", "wrote", "reports", "says", "quoted",
             "sources", "several", "military", "reportedly", "as", "news agency", "Press Association", "."]
    found = 0
    for text in _texts(words, 5000, seed=3):
        for (pattern, needs) in S.ATTRIBUTION:
            for m in re.finditer(pattern, text):
                found += 1
                assert any(w in m.group() for w in needs), (pattern, text)
    assert found > 1000
    assert statements.summarize("the army seized the town, according to Reuters", []) == "The army seized the town."


def test_implicit_anchor_words_are_in_every_match() -> None:
    for name, pattern, example, word in A.IMPLICIT_ANCHORS:
        assert re.search(pattern, example, re.I) and word in example.lower(), name
    found = 0
    for text in _texts(["anniversary", "ANNIVERSARY", "of", "21st", "tenth", "first-ever", "birthday", "21st anniversary of",
                         "tenth anniversary of", "ſecond anniverſary of", "İ", "K"], seed=4):
        expected: list[tuple[int, int, int]] = []
        for _, pattern, _, word in A.IMPLICIT_ANCHORS:
            for m in re.finditer(pattern, text, re.I):
                assert re.search(re.escape(word), m.group(), re.I)
        got = resolver._implicit_anchors(text)
        for _, pattern, _, _ in A.IMPLICIT_ANCHORS:
            for m in re.finditer(pattern, text, re.I):
                n = int(m.group("n")) if m.group("n") else _ordinal(m.group("nw"))
                if n > 0:
                    expected.append((m.start(), n, m.end()))
        assert got == sorted(expected)
        found += len(got)
    assert found > 100


def test_ascii_case_extras_are_every_other_character_folding_to_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    assert resolver.ASCII_CASE_EXTRAS == "".join(
        c for c in map(chr, range(0x80, 0x110000)) if letter.fullmatch(c))
    assert all(word.isascii() for *_, word in A.IMPLICIT_ANCHORS)
    assert resolver._implicit_anchors("the 21ST ANNIVERSARY of") == [(4, 21, 23)]
    assert resolver._implicit_anchors("the 21st anniverſary of") == [(4, 21, 23)]


def _ordinal(word: str) -> int:
    return V.ORDINALS.get(word.lower(), 0)


def test_plain_extract_records_equal_the_pydantic_ones(tmp_path) -> None:
    # extract --format json|jsonl builds its records without pydantic; they must be what the models dump,
    # for read, inferred and missing publication dates, inferred values with ranges, and mods
    import json as _json

    from conftest import SEEDS
    from corpus_gen import write_jsonl
    from maliclock.pipeline import Options
    from maliclock.read import Reader
    from maliclock.render.model import extract_dict, extract_out, extract_plain
    from maliclock.stream import run

    write_jsonl(tmp_path, 40, files=1, seed=5, undated=0.4)
    (tmp_path / "nodate.txt").write_text("The talks ended on Tuesday, officials said.", encoding="utf-8")
    (tmp_path / "dateline.txt").write_text("March 26, 2012\n\nThe talks ended on Tuesday, officials said.\n",
                                           encoding="utf-8")
    reader = Reader()
    processed, _ = run(reader.read([str(tmp_path), str(SEEDS)]), lambda: reader.problems, Options(), 1,
                       statements=False)
    got = [_json.dumps(extract_plain(pa), ensure_ascii=False) for pa in processed]
    want = [_json.dumps(extract_dict(extract_out(pa)), ensure_ascii=False) for pa in processed]
    assert got == want
    # the records rendered without their id in the workers, the id put back once ids are unique
    from maliclock.render.model import extract_tail, with_id
    from maliclock.render.text import json_list_item
    for pa in processed:
        for new_id in (pa.article.id, 'odd "id"#2 é'):
            pa.article.id = new_id
            assert with_id(new_id, extract_tail(pa, False), False) == _json.dumps(extract_plain(pa), ensure_ascii=False)
            assert with_id(new_id, extract_tail(pa, True), True) == json_list_item(extract_plain(pa))
    recs = [extract_plain(pa) for pa in processed]
    assert {r["published_basis"] for r in recs} >= {"jsonl", "manifest", "dateline", "inferred"}
    assert any(t["value_range"] for r in recs for t in r["timexes"])
    assert any(t["mod"] for r in recs for t in r["timexes"])


def test_declared_triggers_never_hide_a_match(tmp_path) -> None:
    # a rule runs only in zones holding one of its declared trigger words (Rule.triggers); every
    # match of every rule must contain one, so tagging with and without the filter is the same
    import json as _json

    from conftest import SEEDS
    from corpus_gen import write_jsonl
    from test_tag_cases import CASES, NEGATIVE
    from maliclock import segment
    from maliclock.tag import engine as tag

    write_jsonl(tmp_path, 120, files=1, seed=11, undated=0)
    texts = [c[0] for c in CASES] + list(NEGATIVE) + [p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")]
    texts += [_json.loads(line)["text"] for p in tmp_path.glob("*.jsonl") for line in p.read_text().splitlines()]
    words = sorted({w for cr in tag.compiled_rules() if cr.triggers for w in cr.triggers if len(w) > 1})
    texts += _texts(words + ["5", "12", "1990", "of", "the", "-", ",", "and", "a", "half"], n=1500, seed=4)

    def run() -> list:
        out = []
        for t in texts:
            spans = segment.segment(t).taggable_spans()
            out.append([(x.start, x.end, x.rule, x.fields) for x in tag.tag_zones(t, spans)])
        return out

    filtered = run()
    real = tag._trigger_regex
    tag._trigger_regex = lambda triggers: re.compile("")  # no filter: every zone "contains" its triggers
    try:
        assert run() == filtered
    finally:
        tag._trigger_regex = real
    assert sum(map(len, filtered)) > 2000


@pytest.mark.parametrize("tenses", [True, False])
def test_tense_free_expressions_resolve_as_with_their_tense_looked_up(monkeypatch, tenses: bool) -> None:
    # the resolver skips the tense cues of full dates and lengths of time, and with tenses=False those
    # of shifts ("yesterday"): their values, anchors and reasons must be what the full lookup gives;
    # only their tense is "none"
    import json as _json
    from datetime import date

    from conftest import SEEDS
    from corpus_gen import write_jsonl
    from maliclock import segment, tag

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["The notes, due Nov. 1, 2004, were sold on Friday. The deal closed in 1988 and ran for three "
              "years; it will end in March 2012 or by the fourth quarter of 1990, they said on 12/03/2011.",
              "They met last summer and will meet again this winter. Three days later the talks ended; "
              "two weeks ago the army said it would leave next week, the following day or tomorrow morning.",
              "The curfew ended at midnight, police said; it will start again at midnight and end at 6 a.m."]
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as tmp:
        write_jsonl(Path(tmp), 60, files=1, seed=11)
        for line in next(Path(tmp).glob("*.jsonl")).read_text(encoding="utf-8").splitlines():
            texts.append(_json.loads(line)["text"])

    def run() -> list[list[resolve.Resolved]]:
        out = []
        for text in texts:
            seg = segment.segment(text)
            for day in (date(2012, 3, 22), None):
                out.append(resolve.resolve(seg, tag.tag_zones(text, seg.taggable_spans()), day, tenses=tenses))
        return out

    def seen(r: resolve.Resolved) -> tuple:
        return r.start, r.end, r.type, r.value, r.rule, r.anchor, r.anchor_kind, r.mod, r.resolved, r.why

    fast = run()
    monkeypatch.setattr(resolver, "tense_free", lambda t: False)
    monkeypatch.setattr(resolver, "shift_only", lambda t: False)
    full = run()
    free: dict[str, int] = {}
    for a_list, b_list in zip(fast, full):
        assert [seen(a) for a in a_list] == [seen(b) for b in b_list]
        for a, b in zip(a_list, b_list):
            if (a.tense, a.cue) != (b.tense, b.cue):
                assert (a.tense, a.cue) == ("none", None)
                free[a.rule] = free.get(a.rule, 0) + 1
    # the shortcuts were taken, on expressions whose tense the full lookup found
    assert sum(free.values()) > (500 if not tenses else 100)
    shifts = {"yesterday", "today", "unit_shift", "weekday_shift", "offset_ago", "unit_anaphoric", "clock"}
    assert bool(shifts & set(free)) == (not tenses), sorted(free)


def test_clean_is_the_blank_substitution() -> None:
    blanks = ["\u00a0", "\u2028", "\u2029", "\u3000", "\x1c", "\x1f", "\x85", "\u200b", "\ufeff", "\r\n", "\v"]
    for text in _texts(["a", "b", "said", " ", "  "] + blanks, 3000, seed=8):
        assert st_text.collapse_blanks(text) == st_text._BLANKS.sub(" ", text).strip(), repr(text)
    assert st_text.collapse_blanks(" a\u00a0\u00a0b\u200b \x1c c\n") == "a b\u200b c"


def test_reversed_signal_pattern_is_the_forward_search() -> None:
    words = S.NON_PLACING_SIGNALS + ["Since", "UNTIL", "ſince", "xsince", "since_", "2012", "the", "_", "as early"]
    rng = random.Random(7)
    found = 0
    for text in _texts(words, 6000, seed=7):
        for lo in {0, rng.randint(0, len(text))}:
            for hi in {len(text), rng.randint(lo, len(text))}:
                want = st_clauses._SIGNAL.search(text[lo:hi]) is not None
                assert st_clauses.signal_before(text, lo, hi) == want, (text, lo, hi)
                found += want
    assert found > 1000
    assert st_clauses.signal_before("fighting since ", 0, 15)
    assert not st_clauses.signal_before("fighting xsince ", 0, 16)
    assert st_clauses.signal_before("since ", 0, 6)


def test_specified_is_parse_then_interval() -> None:
    from datetime import date

    from maliclock.timex import TimexValue, specified

    values = ["2012-03-21", "2012-03-21TAF", "2012-W12", "2012-W53", "2015-W53", "2012-Q1", "2012-H2", "2012-SU",
              "199", "19", "2", "0000", "BC0044", "XXXX-03", "2012-XX-21", "P2D", "PAST_REF", "2012-02-30", "x",
              "2012-13", "2012-W12-WE", "2012-W12-3", "2012-03-21T22:00", "9999-12", "0001"]
    for v in values:
        try:
            tv = TimexValue.parse(v)
        except ValueError:
            want = None
        else:
            iv = tv.interval()
            want = None if iv is None else (tv, iv)
        assert specified(v) == want, v
        assert specified(v) == want, v  # from the cache
    assert specified("2012-Q1") == (TimexValue("2012-Q1", "date", "quarter"), (date(2012, 1, 1), date(2012, 3, 31)))
    assert specified("XXXX-03") is None and specified("nonsense") is None


def test_day_value_is_the_padded_fields() -> None:
    from datetime import date, datetime, timedelta

    from maliclock.timex import day_value

    days = [date(1, 1, 1), date(9, 9, 9), date(999, 12, 31), date(1000, 1, 1), date(9999, 12, 31)]
    days += [date(1987, 1, 1) + timedelta(days=n) for n in range(0, 20000, 7)]
    for d in days:
        assert day_value(d) == f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    assert day_value(datetime(2012, 3, 4, 5, 6)) == "2012-03-04"  # a datetime gives its day only


def _local_cue_plain(text: str, s_start: int, t_start: int) -> tuple[str | None, str | None]:
    # local_cue as first written: the last stop found by a forward scan, the words lowercased in full
    lo = max(s_start, t_start - 30)
    phrase = re.compile(T.PROSPECTIVE_BEFORE, re.IGNORECASE).search(text, max(s_start, t_start - 60), t_start)
    if phrase is not None:
        return "future", phrase.group().strip()
    infinitive = re.compile(T.INFINITIVE_PLAN_BEFORE, re.IGNORECASE).search(text, max(s_start, t_start - 90), t_start)
    if infinitive is not None:
        return "future", infinitive.group().split()[0]  # "remanded in custody to appear at the court on"
    plan = re.compile(T.PAST_PLAN_BEFORE, re.IGNORECASE).search(text, max(s_start, t_start - 50), t_start)
    if plan is not None:
        return "target", plan.group().split()[-1]  # "was due to ship on"
    told = re.compile(T.TOLD_HEARER_BEFORE).search(text, max(s_start, t_start - 60), t_start)
    if told is not None:
        return "past", told.group().split()[0]  # "told reporters"
    back = re.compile(T.LOOK_BACK_BEFORE, re.I).search(text, max(s_start, t_start - 60), t_start)
    if back is not None:
        return "past", back.group().split()[0]  # "going back to at least"
    compared = re.compile(T.COMPARED_FROM_BEFORE, re.I).search(text, max(s_start, t_start - 50), t_start)
    if compared is not None:
        return "past", compared.group().split()[0]  # "up from 27% on"
    cut = max((m.end() for m in re.finditer(r"[,;:()\"“”]", text[lo:t_start])), default=0)
    for m in reversed(list(cues.WORD.finditer(text, lo + cut, t_start))[-3:]):
        w = m.group().lower()
        if w in T.TARGET_WORDS:
            prev = [x.lower() for x in cues.WORD.findall(text, max(s_start, m.start() - 12), m.start())][-1:]
            leads = [x.lower() for x in cues.WORD.findall(text, max(s_start, m.start() - 40), m.start())][-4:]
            if w in ("until", "till") and any(x in T.PAST_UNTIL_LEADS for x in leads):
                return "past", m.group()  # "stayed until April 9", "kept trickling in until"
            last4 = [x.lower() for x in cues.WORD.findall(text, max(s_start, m.start() - 50), m.start())][-4:]
            if w == "through" and any((x in T.PAST_CUES or (len(x) >= 5 and x.endswith("ed") and x not in T.NOT_PAST_ED))
                                      and not (i > 0 and last4[i - 1] in ("be", "being"))
                                      for i, x in enumerate(last4) if i >= len(last4) - 3) \
                    and not re.match(T.DAY_AFTER_THROUGH, text[t_start:], re.I):
                return "past", m.group()  # "weakened through the summer"
            if w == "to" and prev and prev[0] in T.PAST_TARGET_LEADS:
                return "past", m.group()  # "backdated to April"
            return "target", m.group()
        if w in T.PAST_LOCAL_WORDS:
            return "past", m.group()
        if (w in T.SCHEDULE_PRESENT or w in T.SCHEDULE_PRESENT_PLURAL) and (
                _plain_inside_name(text, s_start, m.group(), m.start(), m.end())
                or re.search(r"(?<![\w.,:])(?:\d{1,3}(?:,\d{3})*|\d{5,})\s+$", text[max(s_start, m.start() - 12):m.start()])):
            break  # "the Umgeni End", "by 66 runs": nouns
        if w in T.PROSPECTIVE_WORDS:
            before = [x.lower() for x in cues.WORD.findall(text, max(s_start, m.start() - 30), m.start())][-4:]
            if w.endswith("ing") and any(x.lower() in T.PAST_CUES and x.lower() not in T.AUXILIARIES_AND_REPORTING
                                         for x in cues.WORD.findall(text, max(s_start, m.start() - 60), m.start())):
                return None, None  # "fell for 36 hours starting late Friday"
            if w == "due" and before and before[-1] in T.DUE_CAME_BEFORE:
                return "past", m.group()  # "fell due on"
            if w in T.NEAREST_PROSPECTIVE_WORDS and "than" in before[-3:]:
                return "past", m.group()  # "than we expected in the summer"
            if w in T.NEAREST_PROSPECTIVE_WORDS and not any(x in T.PAST_PERFECT_AUXILIARIES for x in before):
                return "nearest", m.group()  # "the rains expected in October": the nearest
            if w in T.PROSPECTIVE_NOUNS:
                words = [x for x in cues.WORD.findall(text, s_start, m.start())]
                for x in words:
                    if x.lower() in T.DEADLINE_SETTING_VERBS:
                        break
                    if (x.lower() in T.PAST_CUES and x.lower() not in T.AUXILIARIES_AND_REPORTING) or (
                            len(x) > 4 and x.lower().endswith("ed") and x.lower() not in T.NOT_PAST_ED
                            and not x[0].isupper()):
                        return None, None  # "completed the signing before the 7pm deadline on Monday"
            return (None, None) if any(x in T.PAST_PERFECT_AUXILIARIES for x in before) else ("future", m.group())
        if w in T.SCHEDULE_PRESENT_PLURAL:
            before = [x.lower() for x in cues.WORD.findall(text, max(s_start, m.start() - 12), m.start())][-1:]
            if before and (before[0] in T.BASE_FORM_BEFORE or before[0] in T.DETERMINERS or before[0] in T.COPULAS
                           or before[0] in T.NOUN_OF_SCHEDULE_BEFORE):
                return None, None
            if before and before[0] in T.LOCAL_SKIP_WORDS:
                break  # "a record close": a noun
            if _plain_owned_or_after_preposition(text, s_start, m.start()):
                break  # "his hands and face", "on administrative leave": a noun
            prev = text[max(s_start, m.start() - 16):m.start() - 1].split(" ")[-1]
            if text[m.start() - 1:m.start()] == " " and "-" in prev:
                break  # "a follow-up visit": a noun
            return "future", m.group()
        if (w in T.PAST_CUES and w not in T.AUXILIARIES_AND_REPORTING) or (
                len(w) > 4 and w.endswith("ed") and w not in T.NOT_PAST_ED
                and not (m.group()[0].isupper() and m.start() > s_start)):
            two = [x.lower() for x in cues.WORD.findall(text, max(s_start, m.start() - 24), m.start())][-2:]
            if w in T.PAST_FORMS_ALSO_NOUNS and two and (two[-1] in T.DETERMINERS or (
                    len(two) == 2 and two[1] in T.NOUN_ADJECTIVES and two[0] in T.DETERMINERS)):
                break  # "his first shot": a noun
            before = [x.lower() for x in cues.WORD.findall(text, max(s_start, m.start() - 12), m.start())][-1:]
            if before and before[0] in T.PERFECT_AUXILIARIES:
                return None, None
            if before and before[0] in T.BASE_FORM_BEFORE and w in T.BASE_AND_PAST:
                return None, None
            words = [x.lower() for x in cues.WORD.findall(text, max(s_start, m.start() - 24), m.start())][-2:]
            aux = "future" if any(x in T.FUTURE_AUXILIARIES for x in words) else \
                "present" if any(x in T.PRESENT_AUXILIARIES for x in words) else None
            return aux or "past", m.group()
        if w not in T.LOCAL_SKIP_WORDS:
            break
    # a relative clause or "after" with a gerund, up to the date: its own verb's tense
    rel = re.compile(T.RELATIVE_ASIDE_BEFORE, re.I).search(text[max(s_start, t_start - 80):t_start])
    if rel is not None and rel.group("gerund"):
        return "past", rel.group("gerund")
    if rel is not None:
        v = rel.group("verb").lower()
        if v in T.PAST_CUES or v in T.BASE_AND_PAST or (len(v) > 4 and v.endswith("ed") and v not in T.NOT_PAST_ED):
            return "past", rel.group("verb")
    aside = re.search(r",\s+(?:[a-z]+ly\s+)?(?!(?:followed|preceded|accompanied|joined)\s)([a-z]{3,}ed)\s+by\s+"
                      r"[^,;:]{1,50}?\s+(?:(?:on|in|at|last)\s+)?$", text[max(s_start, t_start - 80):t_start])
    if aside is not None and aside.group(1).lower() not in T.NOT_PAST_ED:
        return "past", aside.group(1)
    return None, None


def test_local_cue_is_the_plain_reading() -> None:
    words = sorted(T.TARGET_WORDS | T.PAST_LOCAL_WORDS | T.PROSPECTIVE_WORDS | T.PAST_CUES | T.LOCAL_SKIP_WORDS | T.PERFECT_AUXILIARIES
                   | T.SCHEDULE_PRESENT_PLURAL | T.COPULAS | {"to", "did", "not", "the", "which", "who", "after", "setting",
                                                             ","} | T.BASE_AND_PAST | T.PAST_TARGET_LEADS
                   | T.FUTURE_AUXILIARIES | T.PRESENT_AUXILIARIES | T.PAST_PERFECT_AUXILIARIES) + [
        "ended", "Ended", "bed", "“", "”", '"', ";", ":", "(", ")", "Sept. 30", "x", "told", "reporters", "Reuters", "going",
        "back", "at", "least", "first", "his", "kept"]
    rng = random.Random(9)
    decided = 0
    for text in _texts(words, 6000, seed=9):
        t = rng.randint(0, len(text))
        for s0 in {0, rng.randint(0, t)}:
            got = cues.local_cue(text, s0, t)
            assert got == _local_cue_plain(text, s0, t), (text, s0, t)
            decided += got[0] is not None
    assert decided > 1000
    text = "The offer, which ended Sept. 30"
    assert cues.local_cue(text, 0, 23) == ("past", "ended")
    assert cues.local_cue("It will be held on", 0, 18) == ("future", "held")
    assert cues.local_cue("It will be held (on", 0, 19) == (None, None)  # the parenthesis stops the reading


def test_a_record_date_lies_ahead_and_an_adjective_in_ed_is_no_past_tense() -> None:
    text = "CAMBREX Corp. declared a quarterly dividend, payable Dec. 1 to stock of record Nov. 10."
    assert cues.local_cue(text, 0, text.index("Nov. 10")) == ("future", "of record")
    text = "It is payable on Nov. 14 to holders of record at the close of business on Oct. 31."
    assert cues.local_cue(text, 0, text.index("Oct. 31")) == ("future", "of record at the close of business on")
    text = "The record date is Nov. 9."
    assert cues.local_cue(text, 0, text.index("Nov. 9")) == ("future", "record date is")
    text = "A record set on Aug. 6 stood."  # "record" alone is skipped, as before
    assert cues.local_cue(text, 0, text.index("Aug. 6")) == ("past", "set")
    text = "Hudson's Bay said it will redeem 9.5 million Series H preferred shares on Oct. 31 at C$27.75 each."
    t = text.index("Oct. 31")
    assert cues.sentence_tense(text, 0, len(text), t, t + 7) == "future"
    text = "The company will open a Toronto-based unit on Oct. 31."
    t = text.index("Oct. 31")
    assert cues.sentence_tense(text, 0, len(text), t, t + 7) == "future"  # "will", not "based"


def _cue_kind_plain(text: str, s_start: int, word: str, start: int, end: int) -> str | None:
    # _cue_kind as first written: every window's words lowercased, the auxiliaries read a second time
    w = word.lower().replace("’", "'")
    for tail in ("'ll", "'re", "'m", "'s"):
        if w.endswith(tail):
            if len(w) == len(tail) or not w[-len(tail) - 1].isalpha():
                return None
            if tail == "'ll":
                return "future"  # "they'll"
            return "present" if tail != "'s" or w[:-2] in T.IS_CONTRACTION_PRONOUNS else None  # "we're", "she's"
    if w in T.FUTURE_CUES and re.compile(r"\b(?:than|as)\s+$", re.I).search(text, max(s_start, start - 8), start):
        return None  # "than expected"
    if w in T.REPORTING_WORDS and re.search(r"[,”\"]\s*(?:[\w.'’-]+\s+){0,5}$", text[max(s_start, start - 50):start]) \
            and re.match(r"(?:(?:\s+[\w.'’:-]+){0,4}|(?:\s+[\w.'’:-]+){0,7}\s+[A-Z][\w.'’-]*)"
                         r"(?:\s*,(?!\s*(?:that|whether|when|how|what|who)\b)|\W*$)", text[end:]):
        return "attribution"
    if w in T.PAST_AS_BASE_AFTER_SINGULAR and cues._next_word(text, end) != "to":
        prev = re.findall(r"[A-Za-z]+", text[max(s_start, start - 6):start])
        if prev and prev[-1].lower() in T.SINGULAR_SUBJECT_PRONOUNS:
            return "past"  # "it forecast"
    if w in T.FUTURE_BEFORE_TO:
        if cues._next_word(text, end) == "to":
            return "future"
        if not (w.endswith("ed") and len(w) > 4):
            return None
    if (w in T.SCHEDULE_PRESENT or w in T.SCHEDULE_PRESENT_PLURAL) and _plain_inside_name(text, s_start, word, start, end):
        return None  # "the Umgeni End"
    if w in T.SCHEDULE_PRESENT and re.compile(r"(?<![\w.,:])(?:\d{1,3}(?:,\d{3})*|\d{5,})\s+$").search(
            text, max(s_start, start - 12), start):
        return None  # "by 37 runs"
    if w == "going" and cues._next_word(text, end) != "to":
        return None  # "going in and out"
    if w in T.FUTURE_CUES:
        words = [x.lower() for x in cues.WORD.findall(text, max(s_start, start - 16), start)][-2:]
        return "past" if any(x in T.PAST_BEFORE_FUTURE_CUE for x in words) else "future"
    if w in T.SCHEDULE_PRESENT_PLURAL:
        if _plain_owned_or_after_preposition(text, s_start, start):
            return None  # "his hands and face", "on administrative leave": a noun
        before = [x.lower() for x in cues.WORD.findall(text, max(s_start, start - 24), start)][-1:]
        if not before:
            return None
        b = before[0]
        if b in T.RELATIVE_SUBJECTS:
            return "future"  # "who open"
        written = cues.WORD.findall(text, max(s_start, start - 24), start)[-1]
        head = re.search(r"([A-Za-z']+),\s*(?:who|which)\b[^,;.!?]*,\s*$", text[max(s_start, start - 100):start])
        if head is not None and "," in text[start - 3:start]:
            written = head.group(1)  # "Spain, who beat Ireland yesterday, play"
            b = written.lower()
        plural = b in T.PLURAL_PRONOUNS or (len(b) > 3 and b.endswith("s") and b[-2] not in "s'’"
                                           and b not in T.NOT_PLURAL_NOUNS and b not in T.DETERMINERS)
        name = (written[:1].isupper() and written[1:].isalpha() and written[1:].islower() and len(written) > 2
                and b not in T.NOT_NAME_SUBJECTS and b not in V.WEEKDAYS and b not in V.MONTHS)
        return "future" if plural or name else None
    if w == "last":
        nxt = re.match(r"\s+(fiscal year|[a-z]+)['’]s\b", text[end:].lower())
        if nxt and nxt.group(1) in _DATE_WORDS:
            return None  # "last year's figures"
    if w in T.PAST_CUES or (len(w) > 4 and w.endswith("ed") and w not in T.NOT_PAST_ED and not (
            w.startswith("un") and not w.startswith("under") and w not in T.UN_VERBS_ED)):  # "unvaccinated": no verb
        if word[0].isupper() and w not in T.PAST_CUES and start > s_start:
            return None  # a name
        if word[0].isupper() and word[1:2].islower() and start > s_start \
                and re.search(r"(?:^|[^\w'’])(?:the|an?)\s+$", text[max(s_start, start - 5):start].lower()):
            return None  # a name after a determiner: "the Fed", "the Left"
        if w.endswith("ed") and cues._next_word(text, end) == "by" and re.search(r",\s*$", text[max(s_start, start - 3):start]):
            return None  # ", followed by"
        lo = max(s_start, start - 40)
        chunks = [(m.start(), m.end()) for m in re.compile(r"\S+").finditer(text, 0, start)]
        if text[start - 1:start].isspace():  # "wants the vote held": a wish, one to four words of object, the participle
            for k in range(1, 5):
                if len(chunks) <= k or not all(re.fullmatch(r"[\w'’-]+", text[x:y]) for x, y in chunks[-k:]):
                    break
                lead = chunks[:-k]
                words = []  # the words before the object, last first, each as (start, lowered), whole words only
                for x, y in reversed(lead[-3:]):
                    piece = text[x:y]
                    cut = max((i + 1 for i, c in enumerate(piece) if not (c.isalnum() or c == "_")), default=0)
                    words.append((x + cut, piece[cut:].lower(), cut > 0))
                    if cut:
                        break
                if not words or words[0][0] < lo:
                    continue
                w0 = words[0][1]
                two = len(words) > 1 and words[1][0] >= lo and words[1][1] == "would" and not words[0][2]
                three = len(words) > 2 and words[2][0] >= lo and (words[2][1], words[1][1]) == ("would", "rather") \
                    and not words[0][2] and not words[1][2]
                if w0 in ("want", "wants", "need", "needs", "prefer", "prefers") or (w0 == "like" and two) \
                        or (w0 == "have" and three):
                    return None
        before = [x.lower() for x in cues.WORD.findall(text, max(s_start, start - 24), start)][-2:]
        if before and before[-1] in T.BASE_FORM_BEFORE:
            return None
        if w in T.PAST_FORMS_ALSO_NOUNS and before and (before[-1] in T.DETERMINERS or (
                len(before) == 2 and before[1] in T.NOUN_ADJECTIVES and before[0] in T.DETERMINERS)):
            return None  # "his first shot": a noun
        if text[start - 1:start] == "-" and text[start - 2:start - 1].isalpha():
            return None  # a compound adjective
        if w not in T.PAST_CUES and (
                (before and before[-1] in T.DETERMINERS) or text[start - 1:start] == "-"
                or (len(before) == 2 and before[0] in T.DETERMINERS
                    and (before[1].endswith("ly") or before[1] in T.ADVERBS_BEFORE_PARTICIPLE))):
            return None
        counted = (before and before[-1] in T.COUNT_DETERMINERS) or (
            text[max(s_start, start - 8):start].rstrip() != text[max(s_start, start - 8):start]
            and text[max(s_start, start - 8):start].rstrip()[-1:].isdigit()
            and text[end:end + 1].isspace() and text[end:].lstrip()[:1].islower())
        if w not in T.PAST_CUES and counted and cues._next_word(text, end) not in T.WORDS_AFTER_A_VERB:
            return None  # "three missed tests", "40 insulated crates"
        words = [x.lower() for x in cues.WORD.findall(text, max(s_start, start - 24), start)][-2:]
        if len(words) == 2 and words[1] == "be" and words[0] in ("not", "n't", "couldn't"):
            return None  # "could not be reached", "couldn't be reached"
        aux = "future" if any(x in T.FUTURE_AUXILIARIES for x in words) else \
            "present" if any(x in T.PRESENT_AUXILIARIES for x in words) else None
        return aux or "past"
    if w in T.PRESENT_CUES:
        if w == "am" and re.search(r"\d\s?$", text[max(s_start, start - 2):start]):
            return None  # "2:00 am"
        if w in T.PRESENT_AUXILIARIES and cues._next_word(text, end) == "to":
            return "future"
        return "present"
    return None


_DATE_WORDS = set(V.CALENDAR_UNITS) | set(V.SEASONS) | {"night"} | {
    w for w in set(V.WEEKDAYS) | set(V.MONTHS) if len(w) > 3 and "." not in w}


def test_cue_kinds_are_the_plain_reading() -> None:
    words = sorted(T.FUTURE_BEFORE_TO | T.FUTURE_CUES | T.PAST_CUES | T.PRESENT_CUES | T.DETERMINERS
                   | T.SCHEDULE_PRESENT_PLURAL | T.PLURAL_PRONOUNS | {"teams", "boss", "this"}
                   | T.FUTURE_AUXILIARIES | T.PRESENT_AUXILIARIES | T.PAST_BEFORE_FUTURE_CUE) + [
        "to", "ended", "unspecified", "bed", "Had", "WILL", "wIlL", "bE", "Be", "ThE", "tHeSe", "aRe", "'LL", "Am",
        "who", "Which", "by", ",", "Spain,", "2:00", "9", "first"]
    assert all(w.isascii() and w == w.lower() for w in T.DETERMINERS | T.FUTURE_AUXILIARIES | T.PRESENT_AUXILIARIES)
    kinds: set[str | None] = set()
    for text in _texts(words, 3000, seed=10):
        for s0 in {0, len(text) // 3}:
            for m in cues.WORD.finditer(text, s0):
                got = cues._cue_kind(text, s0, m.group(), m.start(), m.end())
                assert got == _cue_kind_plain(text, s0, m.group(), m.start(), m.end()), (text, s0, m.start())
                kinds.add(got)
    assert {None, "past", "future", "present"} <= kinds <= {None, "past", "future", "present", "attribution"}
    # "last" before a date word, a participle after a wish and its object
    words = ["last", "year", "year's", "Monday's", "spring", "night’s", "fiscal", "seen", "wants", "need", "would", "like", "rather",
             "have", "the", "vote", "held", "closed", ",", "was", "Kolev"]
    for text in _texts(words, 2000, seed=11):
        for m in cues.WORD.finditer(text):
            got = cues._cue_kind(text, 0, m.group(), m.start(), m.end())
            assert got == _cue_kind_plain(text, 0, m.group(), m.start(), m.end()), (text, m.start())
    assert cues._cue_kind("it will be held", 0, "held", 11, 15) == "future"
    # a past form that is also a noun, after a determiner (and an adjective): no cue
    text = "Ocampo gets his first shot Saturday"
    assert cues._cue_kind(text, 0, "shot", 22, 26) is None and cues.local_cue(text, 0, 27) == (None, None)
    assert cues.local_cue("Ocampo shot Saturday", 0, 12) == ("past", "shot")
    assert cues._cue_kind("at 2:00 am on Tuesday", 0, "am", 8, 10) is None
    assert cues._cue_kind("I am here", 0, "am", 2, 4) == "present"
    assert cues._cue_kind("it was expected to hit", 0, "hit", 19, 22) is None  # the base form after "to"
    assert cues._cue_kind("Rain fell, the center said.", 0, "said", 22, 26) == "attribution"
    assert cues._cue_kind("In May, it said it would sell the unit.", 0, "said", 11, 15) == "past"
    assert cues._cue_kind("a still unspecified date", 0, "unspecified", 8, 19) is None
    assert cues._cue_kind("the newly elected body", 0, "elected", 10, 17) is None
    assert cues._cue_kind("a Saudi-led force", 0, "led", 8, 11) is None  # a compound adjective, "led" as "backed"
    assert cues._cue_kind("a US-backed force", 0, "backed", 5, 11) is None
    assert cues._cue_kind("A jury convicted him", 0, "convicted", 7, 16) == "past"


def test_statements_without_summaries_are_the_full_ones_less_summary_and_sentence() -> None:
    import json as _json
    import tempfile
    from dataclasses import replace
    from datetime import date
    from pathlib import Path

    from conftest import SEEDS
    from corpus_gen import write_jsonl
    from maliclock import segment, tag

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        write_jsonl(Path(tmp), 60, files=1, seed=12)
        for line in next(Path(tmp).glob("*.jsonl")).read_text(encoding="utf-8").splitlines():
            texts.append(_json.loads(line)["text"])
    n = 0
    for text in texts:
        seg = segment.segment(text)
        timexes, implicit = resolve.resolve_article(seg, tag.tag_zones(text, seg.taggable_spans()), date(2012, 3, 22))
        full = statements.build("a", seg, timexes, implicit)
        bare = statements.build("a", seg, timexes, implicit, summaries=False)
        # the statements of implicit anchors keep theirs
        want = [s if any(s.timex is r for r in implicit) else replace(s, summary="", sentence="") for s in full]
        assert bare == want
        n += sum(1 for s in bare if s.clause)
    assert n > 200


def _names_plain(text: str) -> frozenset[str]:
    from maliclock.pubdate import across

    return frozenset(k for tok in across._NAME_AFTER_WORD.findall(text) if tok[0].isupper()
                     for k in [across._name_key(tok)] if k is not None)


def test_names_are_the_capitalised_words_after_a_word() -> None:
    from maliclock.pubdate import across

    words = ["Mali", "Bamako", "Toure", "McDonald", "O'Neil", "Jean-Paul", "Élysée", "Ørsted", "ÞorN", "×Ab", "÷Cd",
             "'Ab", "’Bc", "-Cd", "'-De", "x'Ef", "a", "I", "A", "the", "said", "of", "ß", "ÿÿ", "Ab's", "B", "Cd-",
             ".", "!", "?", "\n", "\r", "...", "'", "’", "-", "--", "3.5", "Dr.", "U.S.", "é", "İstanbul", "Kk"]
    found = 0
    for text in _texts(words, 6000, seed=13):
        got = across.names_of(text)
        assert got == _names_plain(text), text
        found += len(got)
    assert found > 5000
    upper = [c for c in map(chr, range(0x100)) if re.fullmatch(f"[{across._LETTER}]", c) and c.isupper()]
    assert upper == [c for c in map(chr, range(0x100)) if re.fullmatch(f"[{across._UPPER}]", c)]
    assert across.names_of("Talks in Bamako. Mali said 'Toure and -Sanogo met x-Diarra.") == {
        "bamako", "toure", "sanogo"}


def test_cue_tokens_read_on_lowered_bytes_are_the_caseless_pattern() -> None:
    from maliclock.tag.scan import trie_pattern

    words = sorted(T.FUTURE_BEFORE_TO | T.FUTURE_CUES | T.PAST_CUES | T.PRESENT_CUES | T.NOT_PAST_ED)
    plain = re.compile(r"(?<![A-Za-z'])(?:" + trie_pattern({w.lower() for w in cues._CUE_WORDS})
                       + r"|[A-Za-z']{3,}ed|[A-Za-z']*[A-Za-z]'(?:ll|re|m|s))(?![A-Za-z'])", re.IGNORECASE | re.ASCII)
    odd = ["WiLL", "SAID", "ENDED", "eNd", "édited", "ſaid", "İs", "Kept", "wasn’t", "won't", "'ll", "ed", "red",
           "we're", "I'M", "She's", "'s", "'re",
           "aed", "abed", "\udc80", "😀", "€"]
    rng = random.Random(14)
    found = 0
    for text in _texts(words + odd, 4000, seed=14):
        s0 = rng.randint(0, len(text))
        s1 = rng.randint(s0, len(text))
        lowered = (" " + text[s0:s1]).encode("ascii", "replace").lower()
        got = [(m.start(1) - 1, m.end(1) - 1) for m in cues._CUE_TOKEN.finditer(lowered)]
        assert got == [m.span() for m in plain.finditer(text[s0:s1])], (text, s0, s1)
        found += len(got)
    assert found > 5000


def test_tense_free_is_the_plain_test() -> None:
    from conftest import SEEDS
    from maliclock import segment, tag
    from maliclock.tag import Tagged

    def plain(t: Tagged) -> bool:
        return t.kind in ("duration", "set", "ref") or (
            t.kind == "calendar" and any(t.fields.get(k) is not None for k in resolve_values._ABSOLUTE_FIELDS))

    tagged = []
    for p in sorted(SEEDS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        tagged += tag.tag_zones(text, segment.segment(text).taggable_spans())
    for kind in ("calendar", "deictic", "duration", "period", "clock"):
        for fields in ({}, {"year": None}, {"year": 1990}, {"month": 3, "decade": None}, {"era": "BC"},
                       {"season": "SU", "shift": -1}):
            tagged.append(Tagged(0, 1, "x", "r", "DATE", kind, fields))
    assert [resolve_values.tense_free(t) for t in tagged] == [plain(t) for t in tagged]
    assert {resolve_values.tense_free(t) for t in tagged if t.kind == "calendar"} == {True, False}


def test_day_names_are_the_calendar_s() -> None:
    import calendar

    assert resolve_state.DAY_NAMES == tuple(calendar.day_name[i] for i in range(-1, 7))[1:]


def test_plain_timeline_events_equal_the_pydantic_ones(tmp_path) -> None:
    # timeline --format json|jsonl writes each event from event_plain, and the timeline document holds
    # its events as a lazy Events sequence: both must be what a list of EventOut models gives, for
    # inferred events with ranges, conflicts and merges, with and without filters
    import io
    import json as _json

    from conftest import SEEDS
    from corpus_gen import write_jsonl
    from maliclock.models import TimelineOut
    from maliclock.pipeline import Options, run_timeline
    from maliclock.render import filters
    from maliclock.render.model import Events, event_out, event_plain, timeline_out
    from maliclock.render.text import dump_json, write_json
    from maliclock.render.text import write_jsonl as write_events_jsonl

    write_jsonl(tmp_path, 40, files=1, seed=5, undated=0.4)
    res = run_timeline([str(tmp_path), str(SEEDS)], Options(), workers=1)
    assert [event_plain(e) for e in res.events] == [event_out(e).model_dump(mode="json") for e in res.events]
    assert any(e.conflicts for e in res.events) and any(len(e.mentions) > 1 for e in res.events)
    plain = [event_plain(e) for e in res.events]
    assert any(p["date_range"] for p in plain) and any(p["inferred"] for p in plain)

    lazy = timeline_out(res, {"format": "json"})
    assert isinstance(lazy.events, Events) and len(lazy.events) == len(res.events) > 30
    full = TimelineOut(meta=lazy.meta, sources=lazy.sources, events=list(lazy.events), warnings=lazy.warnings)
    assert lazy.events == full.events and lazy.events[3] == full.events[3] and lazy.events[-2:] == full.events[-2:]
    assert lazy.model_dump_json() == full.model_dump_json()
    for flt in (filters.Filters(), filters.Filters(min_sources=2), filters.Filters(grep=["coup"])):
        a, b = filters.apply(lazy, flt), filters.apply(full, flt)
        assert a.model_dump(mode="json") == b.model_dump(mode="json")
        out_a, out_b = io.StringIO(), io.StringIO()
        write_json(a, out_a)
        write_json(b, out_b)
        assert out_a.getvalue() == out_b.getvalue() == dump_json(b.model_dump(mode="json"))
        lines_a, lines_b = io.StringIO(), io.StringIO()
        write_events_jsonl(a, lines_a)
        write_events_jsonl(b, lines_b)
        assert lines_a.getvalue() == lines_b.getvalue()
        assert len(lines_b.getvalue().splitlines()) == len(b.events)
        assert [_json.loads(x)["id"] for x in lines_a.getvalue().splitlines()] == [e.id for e in b.events]
    assert 0 < len(filters.apply(lazy, filters.Filters(min_sources=2)).events) < len(lazy.events)


def test_nearest_cue_found_outward_is_the_nearest_of_all_cues() -> None:
    words = sorted(T.FUTURE_BEFORE_TO | T.FUTURE_CUES | T.PAST_CUES | T.PRESENT_CUES | T.DETERMINERS
                   | T.SCHEDULE_PRESENT_PLURAL | T.PLURAL_PRONOUNS | {"teams", "boss", "this"}
                   | T.FUTURE_AUXILIARIES | T.NOT_PAST_ED) + [
        "to", "ended", "unspecified", "abed", "won't", "'ll", "Tuesday", "March 3", "WAS", "Said", "ſaid", "İs",
        "that", "Which", ";", "On", ",", "after", "when", "two days", "50 years to the day after", "hours before"]
    rng = random.Random(15)
    found = 0
    for text in _texts(words, 4000, seed=15):
        s0 = rng.randint(0, len(text))
        s1 = rng.randint(s0, len(text))
        every = cues.sentence_cues(text, s0, s1)
        outward = cues.SentenceCues(text, s0, s1)
        # expressions at word starts (the usual case) and anywhere (inside words, past the sentence)
        starts = [m.start() for m in re.finditer(r"\b\w", text[s0:s1])][:6]
        spans = [(s0 + a, s0 + a + rng.randint(1, 12)) for a in starts]
        spans += [(p, p + rng.randint(1, 12)) for p in (rng.randint(s0, s1), rng.randint(s0, s1))]
        for t0, t1 in spans:
            got = outward.nearest(t0, t1)
            assert got == cues.nearest_cue(every, t0, t1, text, s0), (text, s0, s1, t0, t1)
            found += got[1] is not None
    assert found > 5000
    text = "The talks will resume Tuesday, officials said."
    assert cues.SentenceCues(text, 0, len(text)).nearest(22, 29) == ("future", "will")
    assert cues.SentenceCues(text, 0, len(text)).nearest(4, 9) == ("future", "will")  # the later on no tie
    assert cues.SentenceCues(text, 0, len(text)).nearest(len(text), len(text)) == ("past", "said")
    # a cue past a clause opener is another clause's: the one before the date wins, though farther
    text = "He said in an address late Saturday that they would be punished."
    assert cues.SentenceCues(text, 0, len(text)).nearest(22, 35) == ("past", "said")
    assert cues.nearest_cue(cues.sentence_cues(text, 0, len(text)), 22, 35, text) == ("past", "said")
    assert cues.nearest_cue(cues.sentence_cues(text, 0, len(text)), 22, 35) == ("future", "would")  # no text
    text = "Late Saturday that they would be punished."
    assert cues.SentenceCues(text, 0, len(text)).nearest(0, 13) == ("future", "would")  # none before


def _year_for_day_plain(anchor, month: int, day: int, tense: str, cue: str | None = None,
                        weekday: int | None = None) -> int:
    # normalize.year_for_day as first written: calendar.monthrange, the nearest by min()
    import calendar
    from datetime import date

    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day <= calendar.monthrange(y, month)[1]:
            cands.append((y, date(y, month, day)))
    if not cands:
        raise ValueError(f"no such day: {month}-{day}")
    if weekday:
        fits = [c for c in cands if c[1].isoweekday() == weekday]
        if fits:
            cands = fits
    past = [c for c in cands if c[1] <= anchor]
    future = [c for c in cands if c[1] >= anchor]
    nearest = min(cands, key=lambda c: (abs((c[1] - anchor).days), -c[0]))[0]
    direction = "future" if cue == "target" and tense == "future" else cue or tense
    if direction == "past" and past:
        if cue is None and future and (future[0][1] - anchor).days <= N.UPCOMING_DAYS:
            return future[0][0]
        return past[-1][0]
    if direction == "future" and future:
        if cue is None and past and (anchor - past[-1][1]).days <= N.JUST_PAST_DAYS and \
                (future[0][1] - anchor).days > N.UPCOMING_DAYS:
            return past[-1][0]
        return future[0][0]
    return nearest


def _outcome(f, *args):
    try:
        return f(*args)
    except ValueError:
        return ValueError


def test_year_for_day_is_the_plain_reading() -> None:
    from datetime import date, timedelta

    rng = random.Random(16)
    anchors = [date(2012, 2, 29), date(2011, 12, 31), date(2012, 1, 1), date(2013, 3, 1), date(1, 6, 1),
               date(9999, 6, 1), date(2, 1, 1), date(9998, 12, 31)]
    anchors += [date(1990, 1, 1) + timedelta(days=rng.randint(0, 15000)) for _ in range(40)]
    years = set()
    for anchor in anchors:
        for month in range(1, 13):
            for day in (0, 1, 15, 28, 29, 30, 31, 32, anchor.day, rng.randint(1, 31)):
                for tense, cue, weekday in [(rng.choice(["past", "future", "present", "none"]),
                                             rng.choice([None, None, "past", "future", "target"]),
                                             rng.choice([None, None, 1, 5, 7])) for _ in range(6)]:
                    args = (anchor, month, day, tense, cue, weekday)
                    got = _outcome(N.year_for_day, *args)
                    assert got == _outcome(_year_for_day_plain, *args), args
                    years.add(got if got is ValueError else got - anchor.year)
    assert years == {ValueError, -1, 0, 1}
    for month in (0, 13):
        with pytest.raises(ValueError):
            N.year_for_day(date(2012, 3, 1), month, 1, "past")


def test_place_and_acronym_words_are_in_every_match() -> None:
    from types import SimpleNamespace

    from maliclock import merge
    from maliclock.rules import events as E

    words = ["miles", "mile", "km", "kilometres", "kilometers", "kilometre", "outside", "outside of", "from",
             "north of", "in", "inside", "within", "the capital", "capital", "Capital", "Bamako", "Gao",
             "Kidal Region", "10", "3.5", "ten", ",", "(", ")", "(MNLA)", "National", "Movement", "for", "the",
             "Liberation", "of", "Azawad", "(ECOWAS)", "KM", "Miles", "10 miles outside", "5 km from",
             "three kilometres north of", "2.5 kilometers west of", "ten mile outside of", "in Gao", "5 km from Gao",
             "in Bamako", "10 miles outside the capital"]
    found = [0, 0, 0]
    texts = _texts(words, 4000, seed=17)
    for text in texts:
        for m in re.finditer(E.OUTSIDE_PATTERN, text):
            assert any(w in m.group() for w in E.OUTSIDE_WORDS), text
            found[0] += 1
        for rx in E.CAPITAL_APPOSITIONS:
            for m in re.finditer(rx, text):
                assert E.CAPITAL_WORD in m.group(), text
                found[1] += 1
        for m in merge.content._ACRONYM_DEF.finditer(text):
            assert "(" in m.group(), text
            found[2] += 1
    assert min(found) > 100
    # and so the readings are those of every text
    plain_acronyms: dict[str, str] = {}
    for t in texts:
        for m in merge.content._ACRONYM_DEF.finditer(t):
            plain_acronyms.setdefault(m.group(2).lower(), merge.fold(m.group(1)).strip())
    assert merge.acronyms(texts) == plain_acronyms
    assert merge.Places.from_texts(texts).capitals == {
        merge.fold(m.group("name")) for t in texts for rx in merge.conflicts._CAPITAL_APPOSITIONS for m in rx.finditer(t)}
    places = merge.Places(frozenset({"bamako"}))
    conflicts = 0
    for k in range(0, len(texts) - 3, 3):
        members = [SimpleNamespace(clause=t, source=f"a{j}") for j, t in enumerate(texts[k:k + 3])]
        got = merge.location_conflicts(members, places)
        inside, outside = set(), set()
        for m in members:
            outside |= {places.canon(mo.group("place")) for mo in merge.conflicts._OUTSIDE.finditer(m.clause)}
            inside |= {places.canon(mi.group("place")) for mi in merge.conflicts._INSIDE.finditer(m.clause)}
        assert [c.values for c in got] == [c.values for c in _location_conflicts_plain(members, places)]
        assert len(got) == len(inside & outside)
        conflicts += len(got)
    assert conflicts > 50


def _location_conflicts_plain(members: list, places) -> list:
    from collections import defaultdict

    from maliclock import merge

    inside: dict[str, set[str]] = defaultdict(set)
    outside: dict[str, set[str]] = defaultdict(set)
    for m in members:
        for mo in merge.conflicts._OUTSIDE.finditer(m.clause):
            outside[places.canon(mo.group("place"))].add(f"{mo.group(0)}|{m.source}")
        for mi in merge.conflicts._INSIDE.finditer(m.clause):
            inside[places.canon(mi.group("place"))].add(f"{mi.group(0)}|{m.source}")
    out = []
    for place in sorted(set(inside) & set(outside)):
        vals: dict[str, list[str]] = defaultdict(list)
        for entry in sorted(inside[place] | outside[place]):
            phrase, src = entry.rsplit("|", 1)
            vals[phrase].append(src)
        out.append(merge.Conflict("location", {k: sorted(set(v)) for k, v in sorted(vals.items())}))
    return out


_STRAY_PLAIN = re.compile(r"(?<!\s)(?:\s+(?:[-–—]|and|or|to|through)(?=\s*[-–—,.;:)]|\s*$))+")


def _summarize_plain(clause: str, expr_spans: list[tuple[int, int]]) -> str:
    # statements.summarize as first written: every attribution pattern tested by any(), every
    # substitution made, the stray separators found from a lookbehind at every position
    out = clause
    merged: list[tuple[int, int]] = []
    for s, e in sorted(expr_spans):
        if merged and (s <= merged[-1][1] or (st_summary._JOINED.fullmatch(clause, merged[-1][1], s)
                                              and not re.match(r"now\s+[a-z]", clause[s:], re.I))):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    for s, e in reversed(merged):
        if out[e:].startswith("'s") or out[e:].startswith("’s"):
            out = out[:s] + "the" + out[e + 2:]
            continue
        if st_summary._DATE_SUBJECT_AFTER.match(out, e) and st_summary._DATE_SUBJECT_BEFORE.search(out, max(0, s - 8), s):
            continue  # the date is its clause's subject
        if st_summary._SUPERLATIVE_BEFORE.search(out, max(0, s - 30), s):
            continue  # the noun a superlative ranks
        if re.search(r"\b(?:" + "|".join(S.OBSERVING_VERBS) + r")\s+$", out[max(0, s - 16):s], re.I):
            continue  # what was done
        if st_summary._RECORD_SINCE_BEFORE.search(out[max(0, s - 50):s]):
            continue  # a record's measure
        if re.search(S.THAN_BEFORE_DATE, out[max(0, s - 24):s], re.I):
            continue  # the time compared with
        attributive = re.match(r"\s+[A-Za-z]", out[e:]) and ((re.search(
            r"(?<![\w'’])(?:" + "|".join(A.LABEL_DETERMINERS) + r")\s+$", out[max(0, s - 8):s], re.I)
            and not re.match(r"\s+(?:" + "|".join(S.NOT_LABELLED_NOUNS) + r")\b", out[e:]))
            or (re.fullmatch(r"[A-Za-z]+-[A-Za-z]+", out[s:e]) and re.match(r" [a-z]", out[e:])
                and not re.match(r" (?:" + "|".join(S.NOT_LABELLED_NOUNS) + r")\b", out[e:])))
        a = s if attributive else st_summary._prep_start(out, s)
        if a < s and out[a:a + 3].lower() == "on " and re.fullmatch(
                r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\w+\s+(?:earlier|later|ago|before|after)",
                out[s:e], re.I):
            a = s
        held = st_summary._HELD_PARTICIPLE.match(out, a, s) if a < s else None
        if held is not None and st_summary._COPULA_BEFORE.search(out, max(0, a - 12), a):
            a = held.end()
        if out[a:a + 7].lower().startswith(("before ", "until ")) and st_summary._NOT_EXPECTED_BEFORE.search(
                out[max(0, a - 30):a]):
            continue  # a negated expectation keeps its date
        negated = re.search(r",\s*not\s+$", out[max(0, a - 8):a])
        if negated:
            out = out[:max(0, a - 8) + negated.start()] + out[e + len(re.match(r"[^,;:.!?]*", out[e:]).group()):]
            continue
        comma = re.match(r"\s*,", out[e:])
        before = re.search(r",\s*$", out[max(0, a - 4):a]) if comma else None
        participle = re.search(r",\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)\s$", out[max(0, a - 30):a]) if comma else None
        if participle and participle.group(1) in S.ACTIVE_PASTS:  # ", resigned on Friday,": the verb, no aside
            participle = None
        if before:
            a, e = max(0, a - 4) + before.start(), e + comma.end()
            if re.match(r"\s*(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:said|says|reported|told|added)\b", out[e:]):
                e -= 1  # before an attribution, the closing comma stays
        elif participle:
            a, e = max(0, a - 30) + participle.start(), e + comma.end()
        if "(" in out[max(0, a - 24):a]:  # an aside in parentheses goes whole with its date
            aside = st_summary._parenthesized_aside(out, a, e)
            if aside is not None:
                a, e = aside
        out = out[:a] + " " + out[e:]
        article = re.search(r"(?<![\w'’])([Aa]n?)\s+$", out[:a]) if attributive and a == s else None
        following = re.match(r"\s*([A-Za-z])", out[a:])
        if article and following:  # "under a June agreement": "under an agreement"
            fixed = article.group(1)[0] + ("n" if following.group(1).lower() in "aeiou" else "")
            out = out[:article.start(1)] + fixed + out[article.end(1):]
    aside = re.match(S.ATTRIBUTION_ASIDE, out)
    if aside:  # an attribution set off by commas after the first phrase
        out = aside["pre"] + ("," if aside["sub"] else "") + out[aside.end():]
    for rx, words in st_summary._ATTRIB:
        if any(w in out for w in words):
            out = rx.sub("", out)
    out = st_summary._EMPTY_PARENS.sub("", out)
    out = _STRAY_PLAIN.sub("", out)
    out = st_text._BLANKS.sub(" ", out).strip()
    out = st_summary._REPEATED_SEPARATORS.sub(r"\1", out)
    out = st_summary._BLANK_BEFORE_PUNCT.sub(r"\1", out)
    out = st_summary._SEPARATOR_BEFORE_STOP.sub(r"\1", out)
    out = st_summary._strip_edges(out)
    out = st_summary._ADVERB_SET_OFF.sub(" ", out)
    out = st_summary._DANGLING_COMPARISON.sub("", out)
    out = st_summary._LEADING_CONJUNCTION.sub("", out)
    out = st_summary._CLEFT.sub("", out)
    out = st_summary._LEADING_PREP_COMMA.sub("", out)
    if "," not in out:
        out = st_summary._WITH_TO.sub(st_summary._with_to, out)  # "with the review to conclude"
    out = st_summary._SUPERLATIVE_APPOSITION.sub(r"\1 was \2", out)  # "the strongest a magnitude 5.1 tremor"
    out = st_summary._LAST_TIME.sub(r"\1", out)  # "the last time the town flooded was"
    out = st_summary._APPOSITION_WHO.sub(r"\1 \2", out)  # "Okafor, a former lawyer who joined the council"
    out = out.strip(" ,;")
    if out[:1] in "\"“‘" and out:
        rest = out[1:].lstrip(" ,;")
        out = out[0] + rest[:1].upper() + rest[1:]
    if out and out[0].islower():
        out = out[0].upper() + out[1:]
    if re.search(r' ["”]$', out):
        out = re.sub(r'[ ,;:]* (["”])$', r".\1", out)
    if out and out[-1] not in ".!?\"”" and out[-2:] not in st_summary._CLOSED_QUOTES:
        out += "."
    if re.search(r"[^.]\.\.$", out) or out == "..":
        out = out[:-1]
    if '"' in out or "“" in out or "”" in out:
        out = st_summary._balanced_quotes(out)
    return out


def test_summaries_are_the_plain_reading() -> None:
    words = ["and", "or", "to", "through", "-", "–", "—", ",", ";", ":", ")", "(", "()", "( and )", ", ,", " ;",
             " .", "according to Reuters", "the army said", "officials reported", "sources said", "reportedly",
             "as AFP reports", "in", "on the", "Tuesday", "March 3", "’s", "and then", "But", "x", "\n", "\u2028",
             ", however,", "compared with", ", not", "uh", '"', "a day earlier", "on", "a", "an", "election", "the warmest",
             "If", "he added,", "the SEC said,", "U.S.", "a.m.", ", resigned", ", closed"]
    rng = random.Random(18)
    changed = strays = 0
    for text in _texts(words, 6000, seed=18):
        assert _STRAY_PLAIN.sub("", text) == st_summary._STRAY_SEPARATORS.sub("", text), text
        strays += _STRAY_PLAIN.search(text) is not None
        spans = []
        for _ in range(rng.randint(0, 3)):
            a = rng.randint(0, len(text))
            spans.append((a, min(len(text), a + rng.randint(0, 10))))
        got = statements.summarize(text, spans)
        assert got == _summarize_plain(text, spans), (text, spans)
        changed += got != text
    assert strays > 1000 and changed > 5000


def test_timeline_keeps_no_rule_fields_and_its_events_are_unchanged(tmp_path) -> None:
    # run_timeline drops each expression's rule fields in the worker (only extract --explain reads them)
    # and keeps a clause that is its whole sentence once: the events are those of the full statements
    from conftest import SEEDS
    from corpus_gen import write_jsonl
    from maliclock import merge, stream
    from maliclock.pipeline import Options, run_timeline
    from maliclock.read import Reader
    from maliclock.render.model import event_plain

    write_jsonl(tmp_path, 30, files=1, seed=7, undated=0.4)
    inputs = [str(tmp_path), str(SEEDS)]
    res = run_timeline(inputs, Options(), workers=1)
    stmts = [s for pa in res.articles for s in pa.statements]
    assert len(stmts) > 100
    assert all(s.timex.fields == {} for s in stmts) and all(t.fields == {} for pa in res.articles for t in pa.timexes)
    whole = [s for s in stmts if s.clause == s.sentence]
    assert whole and all(s.clause is s.sentence for s in whole)

    reader = Reader()
    full, _ = stream.run(reader.read(inputs), lambda: reader.problems, Options(), 1, fields=True)
    full_stmts = [s for pa in full for s in pa.statements]
    assert sum(bool(s.timex.fields) for s in full_stmts) > 100
    assert [event_plain(e) for e in merge.chronology(full_stmts)] == [event_plain(e) for e in res.events]


def test_dateline_prefilter_holds_for_every_line_a_dated_dateline_pattern_matches() -> None:
    """A top line is tried against the dated dateline, update-stamp and sign-off patterns only when it holds a year or a
    numeric date (``explicit._YEAR_OR_NUMERIC_DATE``): each of those patterns contains the dateline date, which holds
    one, so the shortcut drops no dateline."""
    from maliclock.pubdate import explicit as E
    from maliclock.rules import pubdate as P

    for _name, rx, _example, _labelled in P.DATELINES:
        assert P._DATE in rx
    assert P._DATE in P.UPDATED_LINE and P._DATE in P.SIGN_OFF_DATE
    patterns = [rx for _n, rx, _l, _needs in E._DATELINES] + [E._UPDATED, E._SIGN_OFF_DATE]
    examples = [ex for _n, _rx, ex, _l in P.DATELINES]
    assert all(E._YEAR_OR_NUMERIC_DATE.search(ex) for ex in examples)
    words = [w for ex in examples for w in re.split(r"(\W)", ex) if w] + ["Updated", "2026", "12", "/", "-", ".", ":"]
    rng = random.Random(5)
    matched = 0
    lines = examples + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    for ex in examples:  # each example with one of its digits or separators changed
        for i, c in enumerate(ex):
            if c.isdigit() or c in "/-.":
                lines.append(ex[:i] + rng.choice("0123456789/-. x") + ex[i + 1:])
    for line in lines:
        if any(rx.match(line) for rx in patterns):
            matched += 1
            assert E._YEAR_OR_NUMERIC_DATE.search(line), line
    assert matched > len(examples)
    # a dateline without a year passes to the partial patterns
    assert E._YEAR_OR_NUMERIC_DATE.search("WASHINGTON, March 22 (Reuters) -") is None


def test_main_pluperfect_finds_what_the_lookbehinds_first_find() -> None:
    """``MAIN_PLUPERFECT_BEFORE`` looks ahead for "had" before trying its lookbehinds (which are then tried only where a
    "had" starts): it finds what the same lookbehinds tried at every position find."""
    from maliclock.resolve import clock

    plain = re.compile(clock.MAIN_PLUPERFECT_BEFORE.pattern.replace(r"\b(?=had\s)", "", 1))
    assert plain.pattern != clock.MAIN_PLUPERFECT_BEFORE.pattern
    words = ["had", "been", "already", "raised", "known", "won", "where", "what", "how", "whether", "if", "he", "she",
             "it", "they", "Had", "shed", "hadn't", "finished", "begun", "had been", "had raised", "had won",
             "where he had", "what they had", "had already been", "had  begun", "if\nhad"]
    found = 0
    for text in _texts(words, 4000, seed=11):
        got = [m.span() for m in clock.MAIN_PLUPERFECT_BEFORE.finditer(text)]
        assert got == [m.span() for m in plain.finditer(text)], text
        found += bool(got)
    assert found > 100
    assert clock.MAIN_PLUPERFECT_BEFORE.search("where he had finished") is None
    assert clock.MAIN_PLUPERFECT_BEFORE.search("the alert had been raised on Sunday").group() == "had been raised"


def _end_searches() -> list[tuple[str, object]]:
    from maliclock.resolve import calendar_dates, clock
    from maliclock.tag.reverse import EndSearch

    return [(f"{mod.__name__}.{name}", value) for mod in (cues, resolver, calendar_dates, clock, resolve_state)
            for name, value in sorted(vars(mod).items()) if isinstance(value, EndSearch)]


def test_end_searches_find_what_the_searches_find() -> None:
    """A pattern searched through its reversed form (``reverse.EndSearch``) finds the same match in
    every window, windows cut inside a word included, as the plain search of that window."""
    searches = _end_searches()
    assert len(searches) >= 10
    total = 0
    for name, end in searches:
        assert end.reverse is not None, name  # each one searched through its reversed form
        rx = end.pattern
        words = sorted(set(re.findall(r"[A-Za-z]+", re.sub(r"\\[a-zA-Z]|\(\?P<\w+>", " ", rx.pattern))))
        rng = random.Random(name)
        found = cut = 0
        for text in _texts(words + ["the", "22%"], 3000, seed=len(name)):
            for _ in range(4):
                hi = rng.randint(0, len(text))
                lo = rng.randint(max(0, hi - 80), hi)
                want = rx.search(text, lo, hi)
                got = end.search(text, lo, hi)
                assert (got and got.span()) == (want and want.span()), (name, text, lo, hi)
                found += want is not None
                cut += 0 < lo < len(text) and text[lo - 1].isalpha() and text[lo].isalpha()
        assert found > 0 and cut > 100, (name, found, cut)
        total += found
    assert total > 2000


def test_end_search_keeps_the_text_before_the_window() -> None:
    from maliclock.tag.reverse import EndSearch

    by = EndSearch(re.compile(r"\bby\s+$", re.I))
    assert by.reverse is not None
    assert by.search("nearby ", 4, 7) is None  # "by" inside "nearby": no word boundary, window or not
    assert by.search("stood by ", 3, 9).span() == (6, 9)
    # a pattern whose assertions may fail where the window is cut is searched as it is
    assert EndSearch(re.compile(r"(?<=a)b$")).reverse is None
    assert EndSearch(re.compile(r"\Bb$")).reverse is None
    assert EndSearch(re.compile(r"(?!\bx)b$")).reverse is None
    assert EndSearch(re.compile(r"(?<=a)b$")).search("ab", 1, 2).span() == (1, 2)
    # lookaheads are left out of the reversed form, which then only rules windows out
    plan = EndSearch(re.compile(r"\bto\s+(?!be\s)[a-z]+\s+$"))
    assert plan.reverse is not None
    assert plan.search("to be ", 0, 6) is None and plan.search("to go ", 0, 6).span() == (0, 6)


def test_repetitive_sentences_are_told_as_by_counting_every_word() -> None:
    """The cheap bound on the number of words (blank-free chunks plus marks, in ASCII) rules out only
    sentences that counting every word rules out too."""
    from maliclock import segment
    from maliclock.rules import zones as Z

    def counted(sentence: str) -> bool:
        words = re.findall(r"\w+", sentence.lower())
        return len(words) >= Z.REPETITIVE_MIN_WORDS and len(set(words)) <= Z.REPETITIVE_MAX_DISTINCT * len(words)

    rng = random.Random(11)
    pool = ["March", "march", "a", "b-c", "d.e", "x_y", "42", "'", "’", "-", "--", ",", "\x1c", "\t", "é", "İ", "ſ"]
    seen = {True: 0, False: 0}
    bounded = 0
    for k in range(8000):
        few = rng.sample(pool[:13] if k % 2 else pool, rng.randint(2, 12))  # few different words: often repetitive
        sentence = "".join(rng.choice(few) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(20, 60)))
        want = counted(sentence)
        assert segment.is_repetitive(sentence) == want, sentence
        seen[want] += 1
        bounded += sentence.isascii() and len(sentence) >= 60 and len(sentence.split()) + len(
            sentence.translate(segment._MARKS_ONLY)) < Z.REPETITIVE_MIN_WORDS
    assert seen[True] > 500 and seen[False] > 500 and bounded > 150


def test_dateline_patterns_are_tried_only_on_lines_holding_a_mark_each_match_holds() -> None:
    """A dateline pattern is tried on a line only if the line holds one of the marks every match of it holds
    (``regex_needs.required_chars`` of the pattern, its macros left out): no line a pattern matches lacks them."""
    from maliclock.pubdate import explicit as E
    from maliclock.regex_needs import holds_one
    from maliclock.rules import pubdate as P

    rules = [(rx, needs) for _n, rx, _l, needs in E._DATELINES] + [(rx, needs) for _n, rx, needs in E._PARTIAL]
    assert sum(bool(needs) for _rx, needs in rules) >= 10
    examples = [ex for _n, _rx, ex, _l in P.DATELINES] + [ex for _n, _rx, ex in P.PARTIAL_DATELINES]
    words = [w for ex in examples for w in re.split(r"(\W)", ex) if w] + ["|", "·", "•", "(", ")", "-", "–", ",", "/"]
    rng = random.Random(12)
    lines = examples + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(20000)]
    for ex in examples:  # each example with one of its marks changed or dropped
        for i, c in enumerate(ex):
            if not c.isalnum() and not c.isspace():
                lines += [ex[:i] + rng.choice(["", " ", "x", "|", "(", ","]) + ex[i + 1:]]
    matched = {True: 0, False: 0}
    for line in lines:
        for rx, needs in rules:
            if rx.match(line):
                assert holds_one(line, needs), (rx.pattern, line)
                matched[bool(needs)] += 1
    assert matched[True] > 40


def test_required_chars_of_a_pattern() -> None:
    from maliclock.regex_needs import required_chars

    assert required_chars(r"^[A-Z][^|·•]{1,60}[|·•]\s*\d") == "|·•"
    assert required_chars(r"^\w+(?:\|)?\d") == ""  # optional: nothing certain
    assert required_chars(r"^\w+(?:\(x|\(y)") == "("  # every alternative holds one
    assert required_chars(r"^\w+(?:\(x|y)") == ""
    assert required_chars(r"^\w+,\s*\w+\(") == "("  # the rarer of two
    assert required_chars(r"^[a-z](?=.*\|)") == "|"  # a lookahead reads the line too
    assert required_chars(r"^[a-z](?!.*\|)") == ""
    assert required_chars(r"^(") == ""  # not a pattern


def test_day_value_is_the_iso_date_and_one_string_per_day() -> None:
    from datetime import date, datetime, timedelta

    from maliclock.timex import day_value

    rng = random.Random(13)
    for _ in range(3000):
        d = date(1, 1, 1) + timedelta(days=rng.randint(0, 3_650_000))
        assert day_value(d) == f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
        t = datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59))
        assert day_value(t) == day_value(d)
    assert day_value(date(2012, 3, 22)) is day_value(date(2012, 3, 22))  # kept once, however often named
