"""The pipeline: read -> segment -> tag -> pubdate -> resolve -> statements -> merge.

Each stage lives in its own module and only consumes the output of the
stage before it. This module wires them together: :func:`prepare` runs the
per-article stages up to tagging and reads what the article says about its
publication date, :func:`date_articles` settles every publication date (read,
or inferred from the article and then from the others), :func:`process` resolves
and builds statements, and :func:`run_timeline` merges a whole corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from . import pubdate, resolve, segment, tag
from .read import Article, Problem, Reader
from .rules import pubdate as PR
from .timex import TimexValue

if TYPE_CHECKING:  # imported where used: `extract` of a dated corpus builds no statement and merges nothing
    from . import merge, statements


@dataclass(slots=True)
class ProcessedArticle:
    """One article after tagging and resolution, with its dated statements."""

    article: Article
    timexes: list[resolve.Resolved]
    statements: list[statements.Statement]
    pub: pubdate.PubDate | None = None
    # the output record without its id, when rendered in the worker that processed the article
    # (``extract``), or where it was put aside (``spool.Spooled``); its timexes then keep only the
    # unresolved ones, for the warning
    rendered: Any = None

    def record(self) -> str | None:
        """The rendered output record, read back if it was put aside."""
        r = self.rendered
        return r if r is None or isinstance(r, str) else r.load()

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
    infer: bool = True


@dataclass(slots=True)
class Prepared:
    """An article segmented and tagged, with what it says about its publication date."""

    article: Article
    seg: segment.Segmented
    tagged: list[tag.Tagged]
    analysis: pubdate.Analysis
    pub: pubdate.PubDate | None = None


@dataclass(slots=True)
class Result:
    """What a run produced: articles, events and problems."""

    articles: list[ProcessedArticle] = field(default_factory=list)
    events: list[merge.Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def extract_article(article: Article, date_order: str = "MDY", tenses: bool = True
                    ) -> tuple[segment.Segmented, list[resolve.Resolved]]:
    """Segment, tag and resolve one article against the publication date it already has.

    ``tenses=False`` resolves as ``maliclock extract`` does: the same values, without looking up
    the tense of shifts from a known point, which their values do not read (see ``resolve.resolve``).
    """
    seg = segment.segment(article.text)
    tagged = tag.tag_zones(article.text, seg.taggable_spans())
    return seg, resolve.resolve(seg, tagged, article.published, date_order, tenses)


def process_article(article: Article, date_order: str = "MDY") -> ProcessedArticle:
    """All per-article stages against the date the article already has: segment, tag, resolve, statements."""
    from . import statements

    seg = segment.segment(article.text)
    tagged = tag.tag_zones(article.text, seg.taggable_spans())
    timexes, implicit = resolve.resolve_article(seg, tagged, article.published, date_order)
    return ProcessedArticle(article, timexes, statements.build(article.id, seg, timexes, implicit))


def prepare(article: Article, date_order: str = "MDY", names: bool = True) -> Prepared:
    """Segment and tag an article and read its publication-date evidence (``names``: see ``pubdate.analyse``)."""
    seg = segment.segment(article.text)
    tagged = tag.tag_zones(article.text, seg.taggable_spans())
    return Prepared(article, seg, tagged, pubdate.analyse(article, seg, tagged, date_order, names))


def read_articles(inputs: list[str], opts: Options) -> tuple[Reader, list[Article]]:
    """Read every input; problems are collected on the reader."""
    reader = Reader(opts.pub_date, opts.manifest)
    return reader, list(reader.read(inputs))


def _anchors(p: Prepared, date_order: str, cache: dict) -> list[pubdate.Anchor]:
    """The happenings an article places on the calendar, for placing other articles."""
    pub = p.pub
    usable = pub is not None and pub.published is not None and (
        not pub.inferred or pub.confidence >= PR.ANCHOR_MIN_CONFIDENCE)
    day = pub.published if usable else None
    key = (p.article.id, day)
    if key in cache:
        return cache[key]
    from . import statements

    timexes, implicit = resolve.resolve_article(p.seg, p.tagged, day, date_order, tenses=False)
    out = []
    for st in statements.build(p.article.id, p.seg, timexes, implicit, summaries=False):
        if (st.end - st.start).days + 1 > PR.ANCHOR_MAX_SPAN_DAYS:
            continue
        if st.timex.anchor_kind == "absolute" or (day is not None and not pub.inferred):
            weight = 1.0
        elif day is not None:
            weight = min(PR.INFERRED_ANCHOR_WEIGHT, pub.confidence)
        else:
            continue
        out.append(pubdate.Anchor(p.article.id, st.start, st.end, st.clause, weight, p.analysis.names))
    cache[key] = out
    return out


def date_articles(prepared: list[Prepared], opts: Options) -> list[Problem]:
    """Settle every article's publication date; warnings for conflicting explicit dates."""
    problems: list[Problem] = []
    for p in prepared:
        p.pub, warnings = pubdate.decide(p.analysis, opts.infer)
        problems.extend(Problem(p.article.path, w, error=False) for w in warnings)
    if opts.infer:
        _place_across(prepared, opts.date_order)
    for p in prepared:
        p.article.published, p.article.published_basis = p.pub.published, p.pub.basis
    return problems


def _place_across(prepared: list[Prepared], date_order: str, cache: dict | None = None) -> None:
    """Rounds of placement from other articles: the happenings they date, and their period.

    ``cache`` may hold, by (article id, day), the anchors of articles already processed.
    """
    open_ = [p for p in prepared if p.pub.basis in ("inferred", "none")]
    if not open_:
        return
    opened = {id(p) for p in open_}
    priors = pubdate.collection_priors([(p.analysis, p.pub) for p in prepared])  # from own evidence only
    period = {p.article.id: pubdate.collection_clue(p.analysis, priors.get(p.article.id)) for p in open_}
    cache = {} if cache is None else cache
    for r in range(PR.CROSS_ROUNDS):
        # (the first round places by read dates only: an inferred date is placed by them before it places others)
        index = pubdate.anchor_index([a for p in prepared if r > 0 or id(p) not in opened
                                      for a in _anchors(p, date_order, cache)])
        changed = False
        for p in open_:
            extra = pubdate.cross_clues(p.analysis, index) + period[p.article.id]
            new, _ = pubdate.decide(p.analysis, True, extra)
            if (new.published, new.first, new.last) != (p.pub.published, p.pub.first, p.pub.last):
                changed = True
            p.pub = new
        if not changed and r > 0:
            break


def process(p: Prepared, date_order: str = "MDY", summaries: bool = True, with_statements: bool = True
            ) -> ProcessedArticle:
    """Resolve and build statements; values resting on an inferred date are flagged, with their range.

    ``summaries=False``: statements without summaries (see :func:`statements.build`);
    ``with_statements=False``: none at all (the expressions only). The tense of a shift from a known
    point, which no output shows, is not looked for (``resolve.resolve(tenses=False)``).
    """
    a = p.article
    timexes, implicit = resolve.resolve_article(p.seg, p.tagged, a.published, date_order, tenses=False)
    pub = p.pub
    if pub is not None and pub.inferred and a.published is not None:
        ends = [resolve.resolve(p.seg, p.tagged, d, date_order, tenses=False)
                for d in (pub.first, pub.last) if d != a.published]
        values = [{(t.start, t.end): t.value for t in res} for res in ends]
        for t in timexes:
            others = [v[(t.start, t.end)] for v in values if (t.start, t.end) in v]
            t.inferred = t.anchor_kind == "publication" or any(o != t.value for o in others)
            if any(o != t.value for o in others):
                t.value_range = _value_range([t.value, *others])
    stmts = []
    if with_statements:
        from . import statements

        stmts = statements.build(a.id, p.seg, timexes, implicit, summaries)
    return ProcessedArticle(a, timexes, stmts, pub)


def _value_range(values: list[str]) -> tuple[str, str] | None:
    ivs = []
    for v in values:
        try:
            iv = TimexValue.parse(v).interval()
        except ValueError:
            iv = None
        if iv is None:
            return None
        ivs.append(iv)
    return min(i[0] for i in ivs).isoformat(), max(i[1] for i in ivs).isoformat()


def unresolved_problems(pa: ProcessedArticle) -> list[Problem]:
    """A warning for an article whose relative expressions had no publication date."""
    if pa.article.published is None and pa.unresolved:
        return [Problem(pa.article.path, f"no publication date: {pa.unresolved} relative expression(s) left "
                        "unresolved (give --pub-date or a manifest)", error=False)]
    return []


def prepare_corpus(inputs: list[str], opts: Options) -> tuple[list[Prepared], list[Problem]]:
    """Read, prepare and date every article, in the order read (ids made unique in id order; the
    dates do not depend on the order)."""
    reader, arts = read_articles(inputs, opts)
    return prepare_articles(arts, reader.problems, opts)


def prepare_articles(arts: list[Article], read_problems: list[Problem],
                     opts: Options) -> tuple[list[Prepared], list[Problem]]:
    """Prepare and date articles already read (see :func:`prepare_corpus`)."""
    seen: dict[str, int] = {}
    for a in sorted(arts, key=lambda a: (a.id, a.path)):
        if a.id in seen:
            seen[a.id] += 1
            a.id = f"{a.id}#{seen[a.id]}"
        else:
            seen[a.id] = 1
    prepared = [prepare(a, opts.date_order) for a in arts]
    problems = date_articles(sorted(prepared, key=lambda p: (p.article.id, p.article.path)), opts)
    return prepared, read_problems + problems


def problem_order(p: Problem) -> tuple[str, int, str]:
    """Sort key of problems: by input, then line number, so that input order does not matter."""
    where, _, line = p.input.rpartition(":")
    if where and line.isdigit():
        return where, int(line), p.message
    return p.input, -1, p.message


def run_timeline(inputs: list[str], opts: Options,
                 progress: Callable[[int, int], None] | None = None, workers: int = 1) -> Result:
    """Read, date, process and merge a corpus into a chronology; ``progress(done, total)`` is called per article.

    The per-article stages run over ``workers`` processes; the result does not depend on it.
    """
    reader = Reader(opts.pub_date, opts.manifest)
    return _timeline(reader.read(inputs), lambda: reader.problems, opts, progress, workers)


def build_timeline(arts: list[Article], read_problems: list[Problem], opts: Options,
                   progress: Callable[[int, int], None] | None = None, workers: int = 1) -> Result:
    """Date, process and merge articles already read; the result does not depend on their order."""
    return _timeline(arts, lambda: read_problems, opts, progress, workers)


def _timeline(arts: Iterable[Article], read_problems: Callable[[], list[Problem]], opts: Options,
              progress: Callable[[int, int], None] | None, workers: int) -> Result:
    from . import stream

    res = Result()
    res.articles, problems = stream.run(arts, read_problems, opts, workers, progress=progress, fields=False)
    for pa in res.articles:
        problems.extend(unresolved_problems(pa))
    res.problems = sorted(problems, key=problem_order)  # by input and line, whatever the order of the inputs
    stmts = [s for pa in res.articles for s in pa.statements]
    from . import merge

    res.events = merge.chronology(stmts)
    return res
