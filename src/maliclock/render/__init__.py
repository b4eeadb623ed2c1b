"""Stage 7: render the chronology or the extracted expressions in each output format.

One module per format family (``table``, ``text`` for JSON and JSON Lines,
``spreadsheet`` for CSV, ``markdown``, ``timelinejs``, ``html``); ``filters``
narrows the chronology once before any of them runs. Modules are imported
only when their format is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ..models import TimelineOut

TIMELINE_FORMATS = ("table", "json", "jsonl", "csv", "markdown", "timelinejs", "html")
EXTRACT_FORMATS = ("table", "json", "jsonl", "timeml")
SOURCES_FORMATS = ("table", "json", "csv")
# The format chosen from the suffix of ``-o`` when ``--format`` is not given.
SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".md": "markdown", ".markdown": "markdown",
                  ".html": "html", ".htm": "html"}


@dataclass(slots=True)
class Style:
    """How a view is laid out: colour and width (terminal), ``wide`` sentences, CSV rows, ``explain`` merges."""

    color: bool = False
    width: int = 100
    wide: bool = False
    rows: str = "events"
    explain: bool = False


def write_timeline(tl: "TimelineOut", fmt: str, out: TextIO, style: Style) -> None:
    """Write the (already filtered) timeline ``tl`` to ``out`` in format ``fmt``."""
    if fmt == "json":
        from .text import write_json
        write_json(tl, out)
    elif fmt == "jsonl":
        from .text import write_jsonl
        write_jsonl(tl, out)
    elif fmt == "csv":
        from .spreadsheet import write_csv
        write_csv(tl, out, style.rows)
    elif fmt == "markdown":
        from .markdown import write_markdown
        write_markdown(tl, out, style.wide)
    elif fmt == "timelinejs":
        from .timelinejs import write_timelinejs
        write_timelinejs(tl, out)
    elif fmt == "html":
        from .html import write_html
        write_html(tl, out)
    elif fmt == "table":
        from .table import write_timeline_table
        write_timeline_table(tl, out, style.color, style.width, style.wide, style.explain)
    else:
        raise ValueError(f"unknown format {fmt!r}")
