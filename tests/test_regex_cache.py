"""The compiled-pattern cache gives exactly what re.compile gives, from its file or without one."""

from __future__ import annotations

import re

import pytest

from maliclock import regex_cache
from maliclock.regex_cache import PatternCache

PATTERNS = [
    (r"(?<![\w])(?P<month>March|April)\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?(?![\w])", re.IGNORECASE),
    (r"\b(?:last|next)\s+(week|month|year)\b", 0),
    (r"[^\W\d_]+(?:-[^\W\d_]+)*", 0),
    (r"(?m)^(?:UPDATED|Published):?\s*(\d{1,2})/(\d{1,2})/(\d{4})$", 0),
    (r"(?i:four) days? (?=after)", 0),
    (r"é[ée]t[ée]", re.IGNORECASE),
]
TEXTS = ["Published: 22/03/2012", "on March 22, 2012 and april 3", "last week, NEXT YEAR", "Été été",
         "four days after the coup", "Four Days after", "x-ray fish"]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
    for text in TEXTS:
        assert [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(text)] == \
               [(m.span(), m.groups(), m.groupdict()) for m in b.finditer(text)]


def test_a_pattern_compiled_then_read_back_matches_as_re_compiles_it(tmp_path, monkeypatch):
    first = PatternCache(tmp_path)
    for pattern, flags in PATTERNS:
        _same(first.compile(pattern, flags), re.compile(pattern, flags))
    first.save()
    assert regex_cache.cache_file(tmp_path).exists()

    def never(*_args):
        raise AssertionError("compiled again although the file holds it")

    monkeypatch.setattr(regex_cache, "_entry", never)
    second = PatternCache(tmp_path)
    assert len(second.entries) == len(PATTERNS)
    for pattern, flags in PATTERNS:
        _same(second.compile(pattern, flags), re.compile(pattern, flags))
    assert not second.added


def test_the_same_pattern_twice_is_one_object_and_flags_are_part_of_the_key(tmp_path):
    cache = PatternCache(tmp_path)
    assert cache.compile("march", re.IGNORECASE) is cache.compile("march", re.IGNORECASE)
    assert cache.compile("march").match("MARCH") is None
    assert cache.compile("march", re.IGNORECASE).match("MARCH") is not None


def test_a_new_pattern_is_added_to_what_the_file_already_holds(tmp_path):
    one = PatternCache(tmp_path)
    one.compile("alpha")
    one.save()
    two = PatternCache(tmp_path)
    two.compile("beta")
    assert two.added
    two.save()
    assert sorted(regex_cache.read_entries(regex_cache.cache_file(tmp_path))) == ["0:alpha", "0:beta"]


def test_a_damaged_entry_or_file_is_compiled_again(tmp_path):
    cache = PatternCache(tmp_path)
    cache.compile(PATTERNS[0][0], PATTERNS[0][1])
    cache.save()
    path = regex_cache.cache_file(tmp_path)
    entries = regex_cache.read_entries(path)
    key = next(iter(entries))
    entries[key][3] = "not base64 of code!"
    regex_cache.write_entries(path, entries)
    again = PatternCache(tmp_path)
    _same(again.compile(PATTERNS[0][0], PATTERNS[0][1]), re.compile(PATTERNS[0][0], PATTERNS[0][1]))
    assert again.added
    path.write_bytes(b"garbage")
    assert PatternCache(tmp_path).entries == {}


def test_an_invalid_pattern_raises_as_re_compile_does(tmp_path):
    with pytest.raises(re.error, match="missing \\), unterminated subpattern"):
        PatternCache(tmp_path).compile("(unclosed")


def test_without_a_folder_nothing_is_read_or_written(tmp_path):
    cache = PatternCache(None)
    assert cache.path is None
    _same(cache.compile(PATTERNS[1][0]), re.compile(PATTERNS[1][0]))
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_ignored(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = PatternCache(blocker / "cache")
    _same(cache.compile(PATTERNS[2][0]), re.compile(PATTERNS[2][0]))
    cache.save()
    assert blocker.read_text() == "not a folder"


def test_a_forked_worker_leaves_the_file_to_the_process_that_read_it(tmp_path):
    cache = PatternCache(tmp_path)
    cache.compile("gamma")
    cache.owner = -1  # as if this process were a worker forked from the reader
    cache.save()
    assert not regex_cache.cache_file(tmp_path).exists()


def test_a_file_grown_past_its_bound_keeps_only_what_the_last_run_used(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    one = PatternCache(tmp_path)
    for word in ("alpha", "beta", "gamma"):
        one.compile(word)
    one.save()
    two = PatternCache(tmp_path)
    two.compile("beta")
    two.compile("delta")
    two.save()
    assert sorted(regex_cache.read_entries(regex_cache.cache_file(tmp_path))) == ["0:beta", "0:delta"]
