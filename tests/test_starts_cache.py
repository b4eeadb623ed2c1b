"""The start triggers kept on disk are exactly the ones derived, and a bad cache is never trusted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from maliclock.tag import engine, starts_cache
from maliclock.tag.starts import rule_starts

PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"(?<![\w])(?:last|next)\s+(?:week|month)(?![\w])",
    r"(?<![\w])\d{1,2}\s+(?:march|april)",
    r"\s+now",  # may start on whitespace: always run (None)
)]


def _never(pattern: re.Pattern[str]) -> None:
    raise AssertionError(f"derived again: {pattern.pattern}")


def test_every_rule_read_back_equals_derived(tmp_path: Path) -> None:
    patterns = [cr.regex for cr in engine.compiled_rules()]
    first = starts_cache.rule_starts_all(patterns, folder=tmp_path)
    assert first == [rule_starts(p) for p in patterns]
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].name.startswith("starts-py")
    assert starts_cache.rule_starts_all(patterns, derive=_never, folder=tmp_path) == first


def test_a_new_pattern_is_derived_and_the_file_holds_only_current_ones(tmp_path: Path) -> None:
    starts_cache.rule_starts_all(PATTERNS[:2], folder=tmp_path)
    calls: list[str] = []

    def counted(p: re.Pattern[str]):
        calls.append(p.pattern)
        return rule_starts(p)

    got = starts_cache.rule_starts_all(PATTERNS[1:], derive=counted, folder=tmp_path)
    assert calls == [PATTERNS[2].pattern]
    assert got == [rule_starts(PATTERNS[1]), None]
    stored = json.loads(starts_cache.cache_file(tmp_path).read_text())
    assert len(stored) == 2 and None in stored.values()


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"%s": [["x"]]}'])
def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path, content: str) -> None:
    path = starts_cache.cache_file(tmp_path)
    key = starts_cache._key(PATTERNS[0])
    path.write_text(content.replace("%s", key))
    assert starts_cache.rule_starts_all(PATTERNS, folder=tmp_path) == [rule_starts(p) for p in PATTERNS]
    assert len(json.loads(path.read_text())) == 3


def test_an_unwritable_folder_still_gives_the_starts(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert starts_cache.rule_starts_all(PATTERNS, folder=blocker / "cache") == [rule_starts(p) for p in PATTERNS]
    assert blocker.read_text() == "not a folder"


def test_the_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(starts_cache.ENV, str(tmp_path / "own"))
    assert starts_cache.cache_dir() == tmp_path / "own"
    monkeypatch.setenv(starts_cache.ENV, "")
    assert starts_cache.cache_dir() is None
    monkeypatch.delenv(starts_cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert starts_cache.cache_dir() == tmp_path / "xdg" / "maliclock"


def test_cache_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(starts_cache.ENV, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert starts_cache.rule_starts_all(PATTERNS) == [rule_starts(p) for p in PATTERNS]
    assert list(tmp_path.iterdir()) == []


def test_without_a_home_folder_there_is_no_cache_and_no_error(monkeypatch) -> None:
    from pathlib import Path

    def nowhere() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv(starts_cache.ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(nowhere))
    assert starts_cache.cache_dir() is None
    assert starts_cache.rule_starts_all(PATTERNS) == [rule_starts(p) for p in PATTERNS]
