"""The terminal views: the chronology and the extracted expressions as rich tables."""

from __future__ import annotations

from typing import TextIO

from ..models import EventOut, ExplainOut, ExtractOut, SourceOut, TimelineOut


def _console(out: TextIO, color: bool):
    from rich.console import Console

    return Console(file=out, no_color=not color, force_terminal=color, highlight=False,
                   width=None if color else 140, soft_wrap=False)


def write_timeline_table(tl: TimelineOut, out: TextIO, color: bool, explain: bool = False) -> None:
    """Date, granularity, event, number of sources and sources; conflicts marked."""
    from rich.table import Table

    t = Table(title=f"Chronology: {len(tl.events)} events from {len(tl.sources)} articles", show_lines=False)
    t.add_column("Date", no_wrap=True)
    t.add_column("Gran.", no_wrap=True)
    t.add_column("Event", overflow="fold")
    t.add_column("#", justify="right")
    t.add_column("Sources", overflow="fold")
    for e in tl.events:
        mark = " [!] conflict: " + "; ".join(
            f"{c.field} " + " vs ".join(c.values) for c in e.conflicts) if e.conflicts else ""
        text = e.summary + mark
        if explain and e.merge:
            text += "\n" + "\n".join(f"  - {r}" for r in e.merge)
        t.add_row(_event_date(e), e.granularity, text, str(len(e.sources)), ", ".join(e.sources))
    _console(out, color).print(t)


def _event_date(e: EventOut) -> str:
    """The date column: an inferred date says so, with its range when the evidence cannot fix it."""
    if not e.inferred:
        return e.date
    if e.date_range and e.date_range[0] != e.date_range[1]:
        return f"{e.date} (inferred: {e.date_range[0]}..{e.date_range[1]})"
    return f"{e.date} (inferred)"


def write_sources_table(sources: list[SourceOut], out: TextIO, color: bool) -> None:
    """One row per article: publication date, range, basis, confidence and the main evidence."""
    from rich.table import Table

    from .text import evidence_text

    t = Table(title=f"Publication dates of {len(sources)} articles")
    t.add_column("Article", overflow="fold")
    t.add_column("Published", no_wrap=True)
    t.add_column("Range", no_wrap=True)
    t.add_column("Basis", no_wrap=True)
    t.add_column("Conf.", justify="right")
    t.add_column("Evidence", overflow="fold")
    for s in sources:
        rng = ""
        if s.published_range and s.published_range[0] != s.published_range[1]:
            rng = f"{s.published_range[0]}..{s.published_range[1]}"
        t.add_row(s.id, s.published or "-", rng, s.published_basis, f"{s.confidence:.2f}", evidence_text(s, 3))
    _console(out, color).print(t)


def write_extract_table(docs: list[ExtractOut], out: TextIO, color: bool, explain: bool = False) -> None:
    """One row per expression: article, span, text, type, value, rule, anchor.

    With ``explain`` the rule and anchor columns give way to one explanation
    cell of four lines: rule and its example, anchor and its kind, tense cue,
    arithmetic.
    """
    from rich.table import Table

    t = Table(title="Temporal expressions", show_lines=explain)
    if explain:
        for col, ratio in (("Article", 2), ("Span", 1), ("Expression", 2), ("Type", 1), ("Value", 2),
                           ("Explanation", 7)):
            t.add_column(col, overflow="fold", ratio=ratio)
    else:
        for col in ("Article", "Span", "Expression", "Type", "Value", "Rule", "Anchor"):
            t.add_column(col, overflow="fold")
    for d in docs:
        for x in d.timexes:
            row = [d.id, f"{x.start}-{x.end}", x.text, x.type, x.value]
            if explain and x.explain is not None:
                row.append(explanation_lines(x.explain))
            else:
                row += [x.rule, x.anchor or ""]
            t.add_row(*row)
    _console(out, color).print(t)


def explanation_lines(e: ExplainOut) -> str:
    """The four lines of an explanation: rule, anchor, tense cue, arithmetic."""
    anchor = f"{e.anchor} ({e.anchor_kind})" if e.anchor else f"none ({e.anchor_kind})"
    if e.tense is None:
        tense = "not used"
    else:
        tense = f"{e.tense}, cue {e.cue!r}" if e.cue else f"{e.tense} (no cue word)"
    return "\n".join((f"rule: {e.rule} (e.g. {e.example!r})", f"anchor: {anchor}", f"tense: {tense}",
                      f"arithmetic: {e.arithmetic}"))
