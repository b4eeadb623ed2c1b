"""One self-contained HTML page: a time axis, the events as cards, sources and conflicts one click away.

The events are written as HTML (readable without script); the inline script
draws the axis from them, with each event placed by date and its precision
visible (a dot for a day, a bar for a month, a hatched bar for a longer span),
and adds the filter box, zoom and pan. Styles and script are inline and a
Content-Security-Policy forbids any network access.
"""

from __future__ import annotations

from html import escape
from importlib import resources
from itertools import groupby
from typing import TextIO

from .. import __version__
from ..models import EventOut, MentionOut, SourceOut, TimelineOut
from .labels import (conflict_text, counted, covers_own_interval, date_label, granularity_name, inferred_mark, period_heading,
                     unique_ids)

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def kind(e: EventOut) -> str:
    """How an event is drawn: ``point`` (a day or less), ``month``, or ``span`` (a week, season, year, range...)."""
    if e.start == e.end:
        return "point"
    if e.granularity == "month" and covers_own_interval(e.date, e.start, e.end):
        return "month"
    return "span"


def _sentence(m: MentionOut) -> str:
    """The sentence, with the temporal expression marked when it occurs in it exactly once."""
    s, x = m.sentence, m.expression
    if x and s.count(x) == 1:
        i = s.index(x)
        return f"{escape(s[:i])}<mark>{escape(x)}</mark>{escape(s[i + len(x):])}"
    return escape(s)


def _source_name(s: SourceOut | None, sid: str, num: dict[str, int]) -> str:
    n = num.get(sid)
    name = escape(s.title or s.id) if s else escape(sid)
    facts = [escape(x) for x in (s.publisher, s.published) if x] if s else []
    ident = f' <code>{escape(sid)}</code>' if s and s.title else ""
    return f"[{n}] " + ", ".join([name, *facts]) + ident


def event_card(e: EventOut, sources: dict[str, SourceOut], num: dict[str, int], uid: str | None = None) -> str:
    """The ``<article>`` of one event: date, precision, summary, then mentions and conflicts in ``<details>``."""
    k = kind(e)
    classes = f"event {k}" + (" conflict" if e.conflicts else "")
    badge = ' <span class="badge">sources disagree</span>' if e.conflicts else ""
    n_src, n_men = len(e.sources), len(e.mentions)
    what = f"{n_src} source{'s' if n_src != 1 else ''}, {n_men} mention{'s' if n_men != 1 else ''}"
    if e.conflicts:
        what += ", a conflict"
    items = []
    for m in e.mentions:
        items.append(f'<li><blockquote>{_sentence(m)}</blockquote><p class="cite">{_source_name(sources.get(m.source), m.source, num)}'
                     f' · “{escape(m.expression)}” → <code>{escape(m.value)}</code> ({escape(m.why)})</p></li>')
    conflicts = "".join(f'<p class="conflict-detail">Sources disagree on '
                        f'{escape(conflict_text(c.field, c.values, lambda s: str(num.get(s, s))))}</p>'
                        for c in e.conflicts)
    return (f'<article class="{classes}" id="{escape(uid or e.id)}" data-start="{e.start}" data-end="{e.end}" '
            f'data-gran="{escape(e.granularity)}" data-kind="{k}">'
            f'<header><time datetime="{escape(e.date)}">'
            f'{escape(date_label(e.date, e.start, e.end) + inferred_mark(e.inferred, e.date_range))}</time>'
            f' <span class="gran">{escape(granularity_name(e.granularity))}</span>{badge}</header>'
            f'<p class="summary">{escape(e.summary)}</p>'
            f'<details><summary>{what}</summary>{conflicts}<ol class="mentions">{"".join(items)}</ol></details>'
            f'</article>')


_LEGEND = ('<div class="legend">'
           '<span><svg width="14" height="14"><circle cx="7" cy="7" r="5" fill="#1f5fbf"/></svg>a day</span>'
           '<span><svg width="30" height="14"><rect x="1" y="2" width="28" height="10" rx="3" fill="#1b8a7a"/></svg>'
           'a month</span>'
           '<span><svg width="30" height="14"><rect x="1" y="2" width="28" height="10" rx="3" fill="#f3e2c3" '
           'stroke="#b7791f" stroke-width="1.5"/></svg>a longer span (week, season, year...)</span>'
           '<span><svg width="14" height="14"><circle cx="7" cy="7" r="5" fill="#1f5fbf" stroke="#c62828" '
           'stroke-width="2.5"/></svg>sources disagree</span>'
           '<span>scroll to zoom, drag to pan, click a mark for its sources</span></div>')


def page(tl: TimelineOut) -> str:
    """The whole HTML document."""
    sources = {s.id: s for s in tl.sources}
    num = {s.id: i for i, s in enumerate(tl.sources, start=1)}
    title = f"Chronology: {counted(len(tl.events), 'event')} from {counted(len(tl.sources), 'article')}"
    body = []
    rows = zip(tl.events, unique_ids([e.id for e in tl.events]))
    for heading, group in groupby(rows, key=lambda r: period_heading(r[0].granularity, r[0].start)):
        cards = "\n".join(event_card(e, sources, num, uid) for e, uid in group)
        body.append(f'<section class="period"><h2><button type="button" title="Show this period on the axis">'
                    f'{escape(heading)}</button></h2>\n{cards}\n</section>')
    src_items = []
    for s in tl.sources:
        name = escape(s.title or s.id)
        if s.url and s.url.startswith(("http://", "https://")):
            name = f'<a href="{escape(s.url)}" rel="noreferrer">{name}</a>'
        facts = ", ".join(escape(x) for x in (s.publisher, s.published) if x)
        src_items.append(f"<li>{name}{', ' + facts if facts else ''} <code>{escape(s.id)}</code></li>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="maliclock {escape(__version__)}">
<title>{escape(title)}</title>
<link rel="icon" href="data:,">
<style>
{_asset("timeline.css")}</style>
</head>
<body>
<header class="page"><div class="wrap">
<h1>Chronology</h1>
<p class="sub">{counted(len(tl.events), 'event')} from {counted(len(tl.sources), 'article')}, merged by maliclock {escape(__version__)}</p>
{_LEGEND}
</div></header>
<div id="axis"><div class="wrap">
<div class="controls">
<input id="filter" type="search" placeholder="Filter: words, a source, a date" aria-label="Filter events">
<span id="count">{len(tl.events)} of {len(tl.events)} events</span>
<button type="button" id="zoom-out" title="Zoom out">−</button>
<button type="button" id="zoom-in" title="Zoom in">+</button>
<button type="button" id="zoom-fit" title="Fit the events shown">Fit</button>
</div>
<svg id="chart" role="img" aria-label="Time axis of the events"></svg></div></div>
<main class="wrap" id="events">
{chr(10).join(body)}
</main>
<footer class="sources wrap"><h2>Sources</h2><ol>
{chr(10).join(src_items)}
</ol></footer>
<script>
{_asset("timeline.js")}</script>
</body>
</html>
"""


def write_html(tl: TimelineOut, out: TextIO) -> None:
    """Write the self-contained HTML page."""
    out.write(page(tl))
