"""The JSON that Knight Lab's TimelineJS3 reads, so the chronology can be published as it is.

Each event becomes a slide: ``start_date`` (and ``end_date`` for a span)
split into ``year``/``month``/``day`` to the precision the date has,
``display_date`` in words, ``text.headline`` (the summary), ``text.text``
(the sentences with their sources, as HTML) and ``group`` (the precision).
"""

from __future__ import annotations

import html
import json
from datetime import date
from typing import TextIO

from .. import __version__
from ..models import EventOut, SourceOut, TimelineOut
from .labels import conflict_text, counted, covers_own_interval, date_label, precision_group, time_of, unique_ids

HEADLINE_MAX = 100


def _day(d: date) -> dict[str, int]:
    return {"year": d.year, "month": d.month, "day": d.day}


def dates(e: EventOut) -> tuple[dict[str, object], dict[str, object] | None]:
    """``start_date`` and, for a span, ``end_date`` of one event, to the precision of its date."""
    s, t = date.fromisoformat(e.start), date.fromisoformat(e.end)
    g = e.granularity
    if not covers_own_interval(e.date, e.start, e.end):
        whole_years = (s.month, s.day, t.month, t.day) == (1, 1, 12, 31)
        return ({"year": s.year}, {"year": t.year}) if whole_years else (_day(s), _day(t))
    if g in ("day", "partofday", "time"):
        start: dict[str, object] = _day(s)
        hm = time_of(e.date) if g == "time" else None
        if hm:
            start.update(hour=hm[0], minute=hm[1])
        return start, None
    if g == "month":
        return {"year": s.year, "month": s.month}, None
    if g == "year":
        return {"year": s.year}, None
    if g in ("decade", "century", "millennium"):
        return {"year": s.year}, {"year": t.year}
    return _day(s), _day(t)


def headline(summary: str, limit: int = HEADLINE_MAX) -> str:
    """The summary, cut at a word boundary with an ellipsis if longer than ``limit`` characters."""
    if len(summary) <= limit:
        return summary
    cut = summary[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _cite(s: SourceOut | None, sid: str) -> str:
    if s is None:
        return html.escape(sid)
    name = html.escape(s.title or s.id)
    if s.url and s.url.startswith(("http://", "https://")):
        name = f'<a href="{html.escape(s.url)}">{name}</a>'
    facts = [html.escape(x) for x in (s.publisher, s.published) if x]
    return ", ".join([name, *facts])


def slide(e: EventOut, sources: dict[str, SourceOut], uid: str | None = None) -> dict[str, object]:
    """The TimelineJS slide of one event."""
    start, end = dates(e)
    parts = []
    for sid, sentence in dict.fromkeys((m.source, m.sentence) for m in e.mentions):
        parts.append(f"<p>“{html.escape(sentence)}”<br>— {_cite(sources.get(sid), sid)}</p>")
    for c in e.conflicts:
        parts.append(f"<p><strong>Sources disagree</strong> on {html.escape(conflict_text(c.field, c.values))}</p>")
    label = date_label(e.date, e.start, e.end)
    out: dict[str, object] = {"unique_id": uid or e.id, "start_date": start}
    if end is not None:
        out["end_date"] = end
    out.update(display_date=label, text={"headline": headline(e.summary), "text": "".join(parts)},
               group=precision_group(e.granularity))
    return out


def timelinejs(tl: TimelineOut) -> dict[str, object]:
    """The TimelineJS3 document: a title slide and one slide per event."""
    sources = {s.id: s for s in tl.sources}
    intro = (f"<p>{counted(len(tl.events), 'event')} from {counted(len(tl.sources), 'article')}, "
             f"merged by maliclock {html.escape(__version__)}.</p>")
    return {"title": {"text": {"headline": "Chronology", "text": intro}},
            "events": [slide(e, sources, uid) for e, uid in zip(tl.events, unique_ids([e.id for e in tl.events]))]}


def write_timelinejs(tl: TimelineOut, out: TextIO) -> None:
    """Write the TimelineJS3 JSON."""
    out.write(json.dumps(timelinejs(tl), ensure_ascii=False, indent=2) + "\n")
