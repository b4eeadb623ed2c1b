"""The pipeline: read -> segment -> tag -> resolve -> statements -> merge.

Each stage lives in its own module and only consumes the output of the
stage before it. This module wires them together for one article
(:func:`process_article`) and for a whole corpus (:func:`run_timeline`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from . import merge, resolve, segment, statements, tag
from .read import Article, Problem, Reader


@dataclass(slots=True)
class ProcessedArticle:
    """One article after tagging and resolution, with its dated statements."""

    article: Article
    timexes: list[resolve.Resolved]
    statements: list[statements.Statement]

    @property
    def unresolved(self) -> int:
        """Relative expressions that could not be resolved."""
        return sum(1 for t in self.timexes if not t.resolved)


@dataclass(slots=True)
class Options:
    """Options shared by the commands."""

    pub_date: date | None = None
    manifest: Path | None = None
    date_order: str = "MDY"


@dataclass(slots=True)
class Result:
    """What a run produced: articles, events and problems."""

    articles: list[ProcessedArticle] = field(default_factory=list)
    events: list[merge.Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def extract_article(article: Article, date_order: str = "MDY") -> tuple[segment.Segmented, list[resolve.Resolved]]:
    """Segment, tag and resolve one article."""
    seg = segment.segment(article.text)
    tagged = tag.tag_zones(article.text, seg.taggable_spans())
    return seg, resolve.resolve(seg, tagged, article.published, date_order)


def process_article(article: Article, date_order: str = "MDY") -> ProcessedArticle:
    """All per-article stages: segment, tag, resolve and build statements."""
    seg = segment.segment(article.text)
    tagged = tag.tag_zones(article.text, seg.taggable_spans())
    timexes, implicit = resolve.resolve_article(seg, tagged, article.published, date_order)
    return ProcessedArticle(article, timexes, statements.build(article.id, seg, timexes, implicit))


def read_articles(inputs: list[str], opts: Options) -> tuple[Reader, list[Article]]:
    """Read every input; problems are collected on the reader."""
    reader = Reader(opts.pub_date, opts.manifest)
    return reader, list(reader.read(inputs))


def unresolved_problems(pa: ProcessedArticle) -> list[Problem]:
    """A warning for an article whose relative expressions had no publication date."""
    if pa.article.published is None and pa.unresolved:
        return [Problem(pa.article.path, f"no publication date: {pa.unresolved} relative expression(s) left "
                        "unresolved (give --pub-date or a manifest)", error=False)]
    return []


def run_timeline(inputs: list[str], opts: Options,
                 progress: Callable[[int, int], None] | None = None) -> Result:
    """Read, process and merge a corpus into a chronology; ``progress(done, total)`` is called per article."""
    reader, arts = read_articles(inputs, opts)
    res = Result()
    seen: dict[str, int] = {}
    for n, a in enumerate(sorted(arts, key=lambda a: (a.id, a.path)), start=1):
        if a.id in seen:
            seen[a.id] += 1
            a.id = f"{a.id}#{seen[a.id]}"
        else:
            seen[a.id] = 1
        pa = process_article(a, opts.date_order)
        res.articles.append(pa)
        res.problems.extend(unresolved_problems(pa))
        if progress:
            progress(n, len(arts))
    res.problems = reader.problems + res.problems
    stmts = [s for pa in res.articles for s in pa.statements]
    res.events = merge.chronology(stmts)
    return res
