"""Conversion of pipeline results to the pydantic output models (the boundary)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, overload

from .. import __version__
from ..models import (ConflictOut, EventOut, EvidenceOut, ExplainOut, ExtractOut, MentionOut, SourceOut,
                      TimelineOut, TimexOut)
from ..pipeline import ProcessedArticle, Result
from ..pubdate import PubDate
from .text import json_list_item

if TYPE_CHECKING:
    from ..merge import Event


def _range(pub: PubDate | None) -> list[str] | None:
    if pub is None or pub.first is None or pub.last is None:
        return None
    return [pub.first.isoformat(), pub.last.isoformat()]


def source_out(pa: ProcessedArticle) -> SourceOut:
    """The output record of one article: its publication date, how sure, and why."""
    a, pub = pa.article, pa.pub
    evidence = [EvidenceOut(reason=e.reason, expression=e.expression, start=e.start, end=e.end, sentence=e.sentence,
                            source=e.source, fits=e.fits) for e in (pub.evidence if pub else [])]
    conf = pub.confidence if pub else (1.0 if a.published else 0.0)
    rng = _range(pub) or ([a.published.isoformat()] * 2 if a.published else None)
    return SourceOut(id=a.id, path=a.path, published=a.published.isoformat() if a.published else None,
                     published_range=rng, published_basis=a.published_basis, confidence=conf, evidence=evidence,
                     title=a.title, publisher=a.publisher, url=a.url, encoding=a.encoding, unresolved=pa.unresolved)


def _date_range(e: Event) -> list[str] | None:
    """For an event whose every mention rests on an inferred publication date: every day any of
    its mentions can be on, as ``[first, last]`` (None when that is one day, or not inferred)."""
    spans = [tuple(m.timex.value_range) if m.timex.value_range else (m.start.isoformat(), m.end.isoformat())
             for m in e.mentions]
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    return [lo, hi] if lo != hi else None


def event_plain(e: Event) -> dict[str, object]:
    """``event_out(e).model_dump(mode="json")`` built directly, without pydantic objects: the
    per-event loop of ``timeline --format json|jsonl`` (a test keeps the two equal)."""
    inferred = all(m.timex.inferred for m in e.mentions)
    return {"id": e.id, "date": e.value, "start": e.start.isoformat(), "end": e.end.isoformat(),
            "granularity": e.granularity, "summary": e.summary, "sources": list(e.sources),
            "mentions": [{"source": m.source, "sentence": m.sentence, "clause": m.clause,
                          "expression": m.timex.text, "start": m.timex.start, "end": m.timex.end,
                          "value": m.value, "type": m.timex.type, "rule": m.timex.rule, "anchor": m.timex.anchor,
                          "anchor_kind": m.anchor_kind, "why": m.why, "inferred": m.timex.inferred,
                          "value_range": list(m.timex.value_range) if m.timex.value_range else None}
                         for m in e.mentions],
            "conflicts": [{"field": c.field, "values": {k: list(v) for k, v in c.values.items()}}
                          for c in e.conflicts],
            "merge": list(e.reasons), "inferred": inferred, "date_range": _date_range(e) if inferred else None}


def event_out(e: Event) -> EventOut:
    """The output record of one event."""
    mentions = [MentionOut(source=m.source, sentence=m.sentence, clause=m.clause, expression=m.timex.text,
                           start=m.timex.start, end=m.timex.end, value=m.value, type=m.timex.type,
                           rule=m.timex.rule, anchor=m.timex.anchor, anchor_kind=m.anchor_kind, why=m.why,
                           inferred=m.timex.inferred,
                           value_range=list(m.timex.value_range) if m.timex.value_range else None)
                for m in e.mentions]
    inferred = all(m.timex.inferred for m in e.mentions)
    return EventOut(id=e.id, date=e.value, start=e.start.isoformat(), end=e.end.isoformat(),
                    granularity=e.granularity, summary=e.summary, sources=e.sources, mentions=mentions,
                    conflicts=[ConflictOut(field=c.field, values=c.values) for c in e.conflicts],
                    merge=e.reasons, inferred=inferred, date_range=_date_range(e) if inferred else None)


class Events(Sequence[EventOut]):
    """A timeline's events as output records, each made from its pipeline event when it is read.

    A large corpus gives hundreds of thousands of events: holding all of them as pydantic objects
    at once doubled the peak memory of ``timeline`` (10 MB corpus: 203 -> 373 MB). The JSON and
    JSON Lines writers read :meth:`plain` instead, the same data without pydantic objects.
    """

    __slots__ = ("_events",)

    def __init__(self, events: Sequence[Event]) -> None:
        self._events = events

    def __len__(self) -> int:
        return len(self._events)

    @overload
    def __getitem__(self, i: int) -> EventOut: ...

    @overload
    def __getitem__(self, i: slice) -> list[EventOut]: ...

    def __getitem__(self, i: int | slice) -> EventOut | list[EventOut]:
        if isinstance(i, slice):
            return [event_out(e) for e in self._events[i]]
        return event_out(self._events[i])

    def __iter__(self) -> Iterator[EventOut]:
        return map(event_out, self._events)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Events({len(self)} events)"

    def plain(self) -> Iterator[dict[str, object]]:
        """Each event as JSON-ready data, in order (:func:`event_plain`)."""
        return map(event_plain, self._events)

    def where(self, keep: Callable[[EventOut], bool]) -> "Events":
        """The events whose output record passes ``keep``."""
        return Events([e for e in self._events if keep(event_out(e))])


def timeline_out(res: Result, options: dict[str, object]) -> TimelineOut:
    """The whole timeline document."""
    doc = TimelineOut(meta={"tool": "maliclock", "version": __version__, "options": options},
                      sources=[source_out(pa) for pa in sorted(res.articles, key=lambda p: p.article.id)],
                      events=[], warnings=[p.line() for p in res.problems])
    # the events are made when read (see Events); model_construct takes them without validating each now
    return TimelineOut.model_construct(**{**dict(doc), "events": Events(res.events)})


def extract_out(pa: ProcessedArticle, explain: bool = False) -> ExtractOut:
    """The extraction record of one article; with ``explain``, each expression carries its explanation."""
    a = pa.article
    if explain:
        from ..explain import explain as explain_one
    return ExtractOut(id=a.id, published=a.published.isoformat() if a.published else None,
                      published_basis=a.published_basis, encoding=a.encoding,
                      published_range=_range(pa.pub),
                      confidence=pa.pub.confidence if pa.pub else 0.0,
                      timexes=[TimexOut(start=t.start, end=t.end, text=t.text, type=t.type, value=t.value,
                                        rule=t.rule, anchor=t.anchor, mod=t.mod, resolved=t.resolved,
                                        inferred=t.inferred,
                                        value_range=list(t.value_range) if t.value_range else None,
                                        explain=ExplainOut(**explain_one(t).as_dict()) if explain else None)
                               for t in pa.timexes])


def extract_plain(pa: ProcessedArticle) -> dict[str, object]:
    """``extract_dict(extract_out(pa))`` built directly, without pydantic objects: the per-article
    loop of ``extract --format json|jsonl`` (a test keeps the two equal)."""
    a, pub = pa.article, pa.pub
    return {"id": a.id, "published": a.published.isoformat() if a.published else None,
            "published_basis": a.published_basis, "published_range": _range(pub),
            "confidence": pub.confidence if pub else 0.0, "encoding": a.encoding,
            "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                         "rule": t.rule, "anchor": t.anchor, "mod": t.mod, "resolved": t.resolved,
                         "inferred": t.inferred, "value_range": list(t.value_range) if t.value_range else None}
                        for t in pa.timexes]}


def extract_tail(pa: ProcessedArticle, indent: bool) -> str:
    """The article's ``extract`` record as JSON without its id (ids are made unique only once all
    articles are read): one line, or (``indent``) an item of the indented JSON list."""
    rec = extract_plain(pa)
    del rec["id"]
    return json_list_item(rec) if indent else json.dumps(rec, ensure_ascii=False)


def with_id(record_id: str, tail: str, indent: bool) -> str:
    """The record of :func:`extract_tail` with its id put first, as ``extract_plain`` orders it."""
    idj = json.dumps(record_id, ensure_ascii=False)
    if indent:  # tail: '  {\n    "published": ...'
        return '  {\n    "id": ' + idj + ",\n" + tail[4:]
    return '{"id": ' + idj + ", " + tail[1:]


def extract_dict(doc: ExtractOut, explain: bool = False) -> dict[str, object]:
    """``doc`` as JSON-ready data; the ``explain`` field only when asked for, so plain output is unchanged."""
    if explain:
        return doc.model_dump(mode="json")
    return doc.model_dump(mode="json", exclude={"timexes": {"__all__": {"explain"}}})
