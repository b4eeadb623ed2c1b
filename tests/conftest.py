"""Shared helpers for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from maliclock.read import Article
from maliclock.pipeline import extract_article

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
