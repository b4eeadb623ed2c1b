"""Markdown for notes and reports: a heading per month, a bullet per event, numbered sources."""

from __future__ import annotations

import re
from typing import TextIO

from .. import regex_cache
from .. import __version__
from ..models import TimelineOut
from .labels import conflict_text, counted, date_label, granularity_name, inferred_mark, period_heading

# Characters that would start emphasis, code, links, HTML or a table cell in running text.
_SPECIAL = regex_cache.compile(r"([\\`*_\[\]<>|~])")


def escape(text: str) -> str:
    """``text`` as literal Markdown: specials backslash-escaped, line breaks folded to spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def write_markdown(tl: TimelineOut, out: TextIO, wide: bool = False) -> None:
    """The chronology as Markdown; ``wide`` quotes every sentence under its event."""
    num = {s.id: i for i, s in enumerate(tl.sources, start=1)}
    out.write("# Chronology\n\n")
    out.write(f"{counted(len(tl.events), 'event')} from {counted(len(tl.sources), 'article')} (maliclock {__version__}).\n")
    heading = None
    for e in tl.events:
        h = period_heading(e.granularity, e.start)
        if h != heading:
            out.write(f"\n## {h}\n\n")
            heading = h
        refs = ", ".join(str(num.get(s, s)) for s in e.sources)
        out.write(f"- **{escape(date_label(e.date, e.start, e.end) + inferred_mark(e.inferred, e.date_range))}** "
                  f"({granularity_name(e.granularity)}): "
                  f"{escape(e.summary)} \\[{refs}\\]\n")
        for c in e.conflicts:
            out.write(f"  - **Sources disagree** on {escape(conflict_text(c.field, c.values, lambda s: str(num.get(s, s))))}\n")
        if wide:
            for src, sentence in dict.fromkeys((m.source, m.sentence) for m in e.mentions):
                out.write(f"  - \\[{num.get(src, src)}\\] “{escape(sentence)}”\n")
    out.write("\n## Sources\n\n")
    for s in tl.sources:
        facts = ", ".join(escape(x) for x in (s.title, s.publisher, s.published) if x)
        link = f" <{s.url}>" if s.url and not re.search(r"[\s<>]", s.url) else ""
        out.write(f"{num[s.id]}. `{s.id.replace('`', '')}`" + (f": {facts}" if facts else "") + f"{link}\n")
