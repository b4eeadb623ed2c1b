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


def extract_record(article: Article, args: tuple[str, str, bool, bool]) -> tuple[str, object, list[Problem], str | None]:
    """What ``extract`` writes for one article: (its path, the record, its warnings, its --verbose line).

    ``args`` is (date order, format, explain, verbose). The record is a JSON
    Lines or TimeML string for those formats, else the plain data of
    ``models.ExtractOut`` (built as a plain dict unless ``explain`` asks for more).
    """
    date_order, fmt, explain, verbose = args
    _, timexes = extract_article(article, date_order)
    pa = ProcessedArticle(article, timexes, [])
    said = None
    if verbose:
        pub = (f"published {article.published.isoformat()} ({article.published_basis})" if article.published
               else "no publication date")
        said = f"{article.path}: {pub}, {article.encoding}, {len(timexes)} expressions, 0 dated statements"
    if fmt == "timeml":
        from .timeml import to_timeml

        out: object = to_timeml(article.id, article.text, article.published,
                                [(t.start, t.end, t.type, t.value) for t in timexes])
    elif explain:
        from .render.model import extract_dict, extract_out

        out = extract_dict(extract_out(pa, True), True)
    else:
        out = {"id": article.id, "published": article.published.isoformat() if article.published else None,
               "published_basis": article.published_basis,
               "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                            "rule": t.rule, "anchor": t.anchor, "mod": t.mod, "resolved": t.resolved}
                           for t in timexes]}
    if fmt == "jsonl":
        import json

        out = json.dumps(out, ensure_ascii=False) + "\n"
    return article.path, out, unresolved_problems(pa), said


def _timeline_article(article: Article, date_order: str) -> ProcessedArticle:
    """Per-article stages for the timeline; the text is dropped once statements are built."""
    pa = process_article(article, date_order)
    article.text = ""
    return pa


def run_timeline(inputs: list[str], opts: Options, progress: Callable[[int, int], None] | None = None,
                 workers: int = 1) -> Result:
    """Read, process and merge a corpus into a chronology; ``progress(done, done)`` is called per article.

    Articles are streamed and processed (over ``workers`` processes) as they
    are read; only their statements and metadata are kept. Ids repeated
    across inputs get ``#2``, ``#3``... in (id, path) order, as if the
    articles had been processed in that order.
    """
    from .parallel import process_all

    reader = Reader(opts.pub_date, opts.manifest)
    res = Result()
    done = []
    for n, pa in enumerate(process_all(_timeline_article, reader.read(inputs), workers, opts.date_order), start=1):
        done.append(pa)
        if progress:
            progress(n, n)
    done.sort(key=lambda pa: (pa.article.id, pa.article.path))
    seen: dict[str, int] = {}
    for pa in done:
        a = pa.article
        if a.id in seen:
            seen[a.id] += 1
            a.id = f"{a.id}#{seen[a.id]}"
            for s in pa.statements:
                s.source = a.id
        else:
            seen[a.id] = 1
        res.articles.append(pa)
        res.problems.extend(unresolved_problems(pa))
    res.problems = reader.problems + res.problems
    stmts = [s for pa in res.articles for s in pa.statements]
    res.events = merge.chronology(stmts)
    return res
