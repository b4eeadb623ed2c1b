"""A corpus run that keeps statements, not texts: what ``extract`` and ``timeline`` run on one machine.

:func:`pipeline.prepare_corpus` holds every article's text, segmentation and tags until the
publication dates are settled across articles. Most articles need none of that: an article
whose date is read (a manifest, JSON Lines, front matter, a dateline, ``--pub-date``) keeps
that date whatever the others say. So each article is prepared, dated on its own evidence and,
when that date is read, resolved and turned into statements at once, in the worker processes,
and only its expressions, statements and dating summary (names, date) are kept: memory grows
with the expressions found, not with the text read. Only articles whose date must be inferred
keep their text until the placement across articles (``pipeline.date_articles``) has run.

The result is the same as preparing the whole corpus first: ids are made unique in (id, path)
order once all are read, and the placement sees the same articles, anchors and order.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable, Iterable

from . import pubdate, segment, tag
from .parallel import process_all, process_list
from .pipeline import Options, Prepared, ProcessedArticle, _place_across, prepare, process
from .read import Article, Problem
from .rules import pubdate as PR
from .spool import Spool, Spooled


@dataclass(slots=True)
class Staged:
    """One article after the first stage: processed (``done``), or still to be dated (``article``)."""

    article: Article | None  # with its text: its date is still open
    done: ProcessedArticle | None
    warnings: list[str]
    names: frozenset[str]
    text: str | None = None  # kept instead of the statements when they are not wanted (see _first)
    aside: Spooled | None = None  # (names or None, text, date if written) put aside: only undated articles need them
    packed: bytes | None = None  # the same, pickled by the worker (the main process only stores it)


Render = Callable[[ProcessedArticle], str]


def _rendered(pa: ProcessedArticle, render: Render | None) -> ProcessedArticle:
    """Render the article's output record here (in the worker) and keep only what is still needed:
    the unresolved expressions, for the warning about them."""
    if render is not None:
        pa.rendered = render(pa)
        pa.timexes = [t for t in pa.timexes if not t.resolved]
        a = pa.article  # what is still read: the id and path (order, unique ids), the date (warnings)
        pa.article = Article(a.id, "", a.path, a.published, a.published_basis, encoding=a.encoding)
    return pa


_NO_FIELDS: dict = {}  # shared, never written to


def _without_fields(pa: ProcessedArticle) -> ProcessedArticle:
    """Drop each expression's rule fields: only ``extract --explain`` and the dating evidence read
    them, and the evidence was read before. A timeline keeps every expression until it is written."""
    for t in pa.timexes:
        t.fields = _NO_FIELDS
    for st in pa.statements:
        st.timex.fields = _NO_FIELDS
    return pa


def _first(article: Article, args: tuple[str, bool, bool, bool, bool, Render | None]) -> Staged:
    """Prepare an article and, if its date is read (final), process it; runs in a worker."""
    date_order, infer, keep_text, want_statements, fields, render = args
    # A written record (extract) needs the names an article mentions only if some article of the corpus is
    # undated: they are found then, from the text put aside (``run``)
    names_later = render is not None and not want_statements
    p = prepare(article, date_order, names=not names_later)
    pub, warnings = pubdate.decide(p.analysis, infer)
    if infer and pub.basis in ("inferred", "none"):
        return Staged(article, None, warnings, p.analysis.names)  # (prepared again once all are read)
    p.pub = pub
    article.published, article.published_basis = pub.published, pub.basis
    # Without statements wanted (extract), the clauses this article dates are needed only if some
    # article of the corpus is undated, which is known only once all are read; building them here
    # would be a fifth of the time of a dated corpus, so the text is kept aside to build them then.
    pa = process(p, date_order, summaries=want_statements, with_statements=want_statements)
    if not keep_text:
        pa.article = replace(article, text="")
    _rendered(pa, render)
    if not fields:
        _without_fields(pa)
    if want_statements:
        return Staged(None, pa, warnings, p.analysis.names)
    if render is None:
        return Staged(None, pa, warnings, p.analysis.names, article.text)
    # its record is written: the rest is needed only to place undated articles, and is packed here,
    # in the worker, for the main process to put aside as it is
    packed = pickle.dumps((None, article.text, pa.pub), pickle.HIGHEST_PROTOCOL)
    pa.pub = None
    return Staged(None, pa, warnings, frozenset(), None, packed=packed)


def _anchor_rows(item: tuple[Article, pubdate.PubDate, frozenset[str]], date_order: str) -> list[AnchorRow]:
    """The anchors of a dated article, from its text: what :func:`_first` did not build."""
    article, pub, names = item
    seg = segment.segment(article.text)
    tagged = tag.tag_zones(article.text, seg.taggable_spans())
    pa = process(Prepared(article, seg, tagged, None, pub), date_order, summaries=False)  # type: ignore[arg-type]
    return _rows(_anchors_of(pa, names))


def _topical(texts: dict[str, tuple[Article, pubdate.PubDate, frozenset[str]]],
             undated: list[frozenset[str]]) -> list[str]:
    """The ids, sorted, of the dated articles on the story of an undated one (``pubdate.same_topic``,
    by the names each mentions): no other's anchors can place an undated article.

    With many undated articles most stories have one, and every dated article is kept."""
    if len(undated) * 10 > len(texts):
        return sorted(texts)
    by_name: dict[str, list[int]] = {}
    for k, names in enumerate(undated):
        for n in names:
            by_name.setdefault(n, []).append(k)
    out = []
    for i, (_, _, names) in texts.items():
        shared: dict[int, int] = {}
        for n in names:
            for k in by_name.get(n, ()):
                shared[k] = shared.get(k, 0) + 1
        if any(pubdate.same_topic(names, undated[k]) for k in shared):
            out.append(i)
    return sorted(out)


def _second(p: Prepared, args: tuple[str, bool, bool, Render | None]) -> ProcessedArticle:
    """Process an article dated across articles; without its statements unless wanted."""
    date_order, want_statements, fields, render = args
    pa = process(p, date_order, summaries=want_statements, with_statements=want_statements)
    _rendered(pa, render)
    return pa if fields else _without_fields(pa)


def _unique_ids(staged: list[Staged]) -> None:
    """Rename repeated ids ``id#2``, ``id#3`` in (id, path) order, as ``pipeline.prepare_articles`` does."""
    def art(s: Staged) -> Article:
        return s.done.article if s.done is not None else s.article  # type: ignore[union-attr,return-value]

    seen: dict[str, int] = {}
    for s in sorted(staged, key=lambda s: (art(s).id, art(s).path)):
        a = art(s)
        if a.id not in seen:
            seen[a.id] = 1
            continue
        seen[a.id] += 1
        a.id = f"{a.id}#{seen[a.id]}"
        if s.done is not None:
            for st in s.done.statements:
                st.source = a.id


AnchorRow = tuple[int, int, str, float]  # an anchor's first and last day (ordinals), clause, weight


def _rows(anchors: list[pubdate.Anchor]) -> list[AnchorRow]:
    """Anchors as plain tuples: what a worker sends and the spool keeps (they pickle several
    times faster than the dataclasses)."""
    return [(a.first.toordinal(), a.last.toordinal(), a.text, a.weight) for a in anchors]


def _from_rows(rows: list[AnchorRow], source: str, names: frozenset[str]) -> list[pubdate.Anchor]:
    """The anchors of article ``source`` (which mentions ``names``) back from :func:`_rows`."""
    return [pubdate.Anchor(source, date.fromordinal(first), date.fromordinal(last), text, weight, names)
            for first, last, text, weight in rows]


def _anchors_of(pa: ProcessedArticle, names: frozenset[str]) -> list[pubdate.Anchor]:
    """The anchors ``pipeline._anchors`` gives for an article whose date was read (weight 1),
    ``names`` being those its text mentions."""
    return [pubdate.Anchor(pa.article.id, st.start, st.end, st.clause, 1.0, names) for st in pa.statements
            if (st.end - st.start).days + 1 <= PR.ANCHOR_MAX_SPAN_DAYS]


def run(articles: Iterable[Article], read_problems: Callable[[], list[Problem]], opts: Options, workers: int = 1,
        keep_text: bool = False, progress: Callable[[int, int], None] | None = None, statements: bool = True,
        render: Render | None = None, fields: bool = True) -> tuple[list[ProcessedArticle], list[Problem]]:
    """Every article processed, in (id, path) order, and the problems (unsorted).

    ``read_problems()`` is called once the articles are read. Texts are dropped from the
    processed articles unless ``keep_text``; with ``statements=False`` (``extract``) the
    processed articles carry no statements, which are then never built in full. With ``render``
    (picklable), each article's output record is made where it is processed (``rendered``) and
    only its unresolved expressions are kept. With ``fields=False`` the expressions lose the
    fields their rules read (``Resolved.fields``), which only ``extract --explain`` shows.
    """
    staged: list[Staged] = []
    args = (opts.date_order, opts.infer, keep_text, statements, fields, render)
    spool = Spool()  # what a dated article keeps is put aside: memory holds a reference per article
    for n, s in enumerate(process_all(_first, articles, workers, args), 1):
        if s.done is not None:
            if isinstance(s.done.rendered, str):
                s.done.rendered = spool.text(s.done.rendered)
            if s.packed is not None:
                s.aside, s.packed = spool.pickled(s.packed), None
            else:
                s.aside = spool.value((s.names, s.text, None))
                s.names, s.text = frozenset(), None
        staged.append(s)
        if progress:
            progress(n, n)
    problems = list(read_problems())
    _unique_ids(staged)
    staged.sort(key=lambda s: (s.done.article.id, s.done.article.path) if s.done is not None
                else (s.article.id, s.article.path))  # type: ignore[union-attr]
    placing = any(s.done is None for s in staged)  # the dated articles' names and anchors are needed
    prepared: list[Prepared] = []
    cache: dict = {}
    texts: dict[str, tuple[Article, pubdate.PubDate, frozenset[str]]] = {}  # dated articles to build anchors of
    asides: dict[str, Spooled] = {}  # where their texts are: read again only for those on an undated one's story
    topics: dict[str, frozenset[str]] = {}  # the names each dated article mentions
    open_: list[Prepared] = []
    for s in staged:
        if s.done is not None:
            if placing:
                a = s.done.article
                aside = s.aside
                names, text, pub = aside.load() if aside is not None else (s.names, s.text, None)
                if names is None:  # (see _first)
                    names = pubdate.names_of(text)
                pub = pub or s.done.pub
                s.aside = None
                an = pubdate.Analysis(a.id, a.path, names=names)
                topics[a.id] = names
                prepared.append(Prepared(a, None, [], an, pub))  # type: ignore[arg-type]
                cache[(a.id, pub.published if pub is not None else None)] = None  # filled on demand
                if text is not None:  # under the id the article has now that ids are unique
                    if aside is not None:  # the text is not held: it is read again if needed
                        asides[a.id], text = aside, ""
                    texts[a.id] = (replace(a, text=text), pub, names)
        else:
            p = prepare(s.article, opts.date_order)  # type: ignore[arg-type]
            p.pub, warnings = pubdate.decide(p.analysis, opts.infer)
            s.warnings = warnings
            prepared.append(p)
            open_.append(p)
        path = s.done.article.path if s.done is not None else s.article.path  # type: ignore[union-attr]
        problems.extend(Problem(path, w, error=False) for w in s.warnings)
    if open_:
        done = {s.done.article.id: s.done for s in staged if s.done is not None}
        ids = _topical(texts, [p.analysis.names for p in open_])
        items = [(replace(texts[i][0], text=asides[i].load()[1]), *texts[i][1:]) if i in asides else texts[i]
                 for i in ids]
        rows = process_list(_anchor_rows, items, workers, opts.date_order)
        kept = {i: _from_rows(r, i, texts[i][2]) for i, r in zip(ids, rows)}
        kept.update((i, []) for i in texts if i not in kept)
        del texts, asides, items
        for key in list(cache):
            cache[key] = kept[key[0]] if key[0] in kept else _anchors_of(done[key[0]], topics[key[0]])
        _place_across(prepared, opts.date_order, cache)
        for p in open_:
            p.article.published, p.article.published_basis = p.pub.published, p.pub.basis  # type: ignore[union-attr]
    del prepared, cache
    opened = iter(process_list(_second, open_, workers, (opts.date_order, statements, fields, render)))
    out: list[ProcessedArticle] = []
    for s in staged:
        if s.done is None:
            s.done = next(opened)
            s.article = None
            if not keep_text:
                s.done.article = replace(s.done.article, text="")
        out.append(s.done)
    return out, problems
