"""Shared helpers for the tests."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

# The tests and the commands they run keep maliclock's start-up caches in a folder of their own, shared by
# every test process, not in the user's (tests make patterns on the fly that no run of the tool would use)
os.environ.setdefault("MALICLOCK_CACHE_DIR",
                      str(Path(tempfile.gettempdir()) / f"maliclock-tests-{getattr(os, 'getuid', lambda: 'user')()}"))

from maliclock.read import Article  # noqa: E402
from maliclock.pipeline import extract_article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "fixtures"


def timexes(text: str, dct: date | None):
    """(text, type, value) of every expression found in ``text``."""
    _, res = extract_article(Article("t", text, "t", dct))
    return [(r.text, r.type, r.value) for r in res]


@pytest.fixture
def seeds() -> Path:
    return SEEDS
