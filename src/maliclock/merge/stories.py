"""Stories: the articles of a corpus that tell one story name the same distinctive names (people, places, works, a
company), which few other articles name. Two reports of such articles on the same date that share a name need less
other evidence to be one happening (``scoring.same_story``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import Iterable, Mapping

from ..rules import vocabulary as V
from ..statements import Statement
from .content import Features

# A name is distinctive when at least two articles and at most this share of them name it (a third: in a corpus of
# three stories told four times, a story's names) ...
STORY_MAX_SHARE = 1 / 3
# ... and at most this many articles, however large the corpus ("Trump" or "Senate" tell no story in a crawl).
STORY_MAX_ARTICLES = 20
# Names of days and months are capitalised but name no story.
_TIME_WORDS = frozenset(V.MONTHS) | frozenset(V.WEEKDAYS)


def story_names(names_by_source: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """Each article's distinctive names, from the names of its statements (``names_by_source``: source -> names)."""
    sets = {src: frozenset(n for n in names if n not in _TIME_WORDS) for src, names in names_by_source.items()}
    df = Counter(n for names in sets.values() for n in names)
    cap = max(2.0, min(len(sets) * STORY_MAX_SHARE, STORY_MAX_ARTICLES))
    return {src: frozenset(n for n in names if 2 <= df[n] <= cap) for src, names in sets.items()}


def with_stories(stmts: list[Statement], feats: list[Features]) -> list[Features]:
    """``feats`` with each statement's article's distinctive names as ``story`` (:func:`story_names`)."""
    names: dict[str, set[str]] = defaultdict(set)
    for s, f in zip(stmts, feats):
        names[s.source] |= f.names
    stories = story_names(names)
    out: list[Features] = []
    known: dict[tuple[int, str], Features] = {}  # (features shared by equal summaries, source) -> with its story
    for s, f in zip(stmts, feats):
        key = (id(f), s.source)
        g = known.get(key)
        if g is None:
            story = stories[s.source]
            g = known[key] = replace(f, story=story) if story != f.story else f
        out.append(g)
    return out
