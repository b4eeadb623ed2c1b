"""The terminal views: the chronology grouped by month, and the extracted expressions."""

from __future__ import annotations

from typing import TextIO

from ..models import ExplainOut, ExtractOut, SourceOut, TimelineOut
from .labels import conflict_text, counted, date_label, granularity_name, inferred_mark, period_heading


def _console(out: TextIO, color: bool, width: int):
    from rich.console import Console

    return Console(file=out, no_color=not color, force_terminal=color, highlight=False, width=width,
                   soft_wrap=False, emoji=False, markup=False)


def source_numbers(tl: TimelineOut) -> dict[str, int]:
    """Article id -> the short number the views show for it (1, 2, ... in id order)."""
    return {s.id: i for i, s in enumerate(tl.sources, start=1)}


def write_timeline_table(tl: TimelineOut, out: TextIO, color: bool, width: int = 100, wide: bool = False,
                         explain: bool = False) -> None:
    """Events under month headings: date, precision, summary (wrapped), sources and a conflict mark.

    ``wide`` adds every distinct sentence, with its source, under the summary;
    ``explain`` adds why its mentions were merged (or kept apart from the nearest report).
    Sources are shown by number; the legend under the table names them.
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    num = source_numbers(tl)
    shown = tl.meta.get("events_before_filters")
    title = f"Chronology: {counted(len(tl.events), 'event')} from {counted(len(tl.sources), 'article')}"
    if isinstance(shown, int) and shown != len(tl.events):
        title += f" ({shown - len(tl.events)} filtered out)"
    t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    t.add_column("Date", no_wrap=True, style="cyan")
    t.add_column("Precision", no_wrap=True, style="dim")
    t.add_column("Event", overflow="fold", min_width=24, ratio=1)
    t.add_column("Sources", overflow="fold", justify="right")
    t.add_column("!", no_wrap=True, style="bold red")
    heading = None
    for e in tl.events:
        h = period_heading(e.granularity, e.start)
        if h != heading:
            if heading is not None:
                t.add_section()
            t.add_row(Text(h, style="bold"), "", "", "", "")
            heading = h
        cell = Text(e.summary)
        for c in e.conflicts:
            cell.append("\nconflict: " + conflict_text(c.field, c.values, lambda s: str(num.get(s, s))),
                        style="red")
        if explain:
            for r in e.merge:
                cell.append(f"\n  - {r}", style="dim")
        if wide:
            for m in dict.fromkeys((m.source, m.sentence) for m in e.mentions):
                cell.append(f"\n[{num.get(m[0], m[0])}] {m[1]}", style="dim")
        t.add_row(date_label(e.date, e.start, e.end) + inferred_mark(e.inferred, e.date_range), granularity_name(e.granularity), cell,
                  ", ".join(str(num.get(s, s)) for s in e.sources), "!" if e.conflicts else "")
    con = _console(out, color, width)
    if tl.events:
        con.print(t)
    else:
        con.print(title + "\nNo event matches the filters." if shown else title)
    legend = Text("Sources:", style="bold")
    for s in tl.sources:
        pub = f"{s.published} ({s.published_basis})" if s.published and s.published_basis in ("inferred", "dateline") \
            else s.published
        extra = ", ".join(x for x in (pub, s.publisher, s.title) if x)
        legend.append(f"\n{num[s.id]:>3}  {s.id}" + (f"  ({extra})" if extra else ""))
    con.print(legend)


def write_sources_table(sources: list[SourceOut], out: TextIO, color: bool, width: int = 100) -> None:
    """One row per article: publication date, range, basis, confidence and the main evidence."""
    from rich.table import Table

    from .text import evidence_text

    t = Table(title=f"Publication dates of {counted(len(sources), 'article')}")
    t.add_column("Article", overflow="fold")
    t.add_column("Published", no_wrap=True)
    t.add_column("Range", no_wrap=True)
    t.add_column("Basis", no_wrap=True)
    t.add_column("Conf.", justify="right")
    t.add_column("Evidence", overflow="fold", ratio=1)
    for s in sources:
        rng = ""
        if s.published_range and s.published_range[0] != s.published_range[1]:
            rng = f"{s.published_range[0]}..{s.published_range[1]}"
        t.add_row(s.id, s.published or "-", rng, s.published_basis, f"{s.confidence:.2f}", evidence_text(s, 3))
    _console(out, color, width).print(t)


def write_extract_table(docs: list[ExtractOut], out: TextIO, color: bool, width: int = 100,
                        explain: bool = False) -> None:
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
    _console(out, color, width).print(t)


def explanation_lines(e: ExplainOut) -> str:
    """The four lines of an explanation: rule, anchor, tense cue, arithmetic."""
    anchor = f"{e.anchor} ({e.anchor_kind})" if e.anchor else f"none ({e.anchor_kind})"
    if e.tense is None:
        tense = "not used"
    else:
        tense = f"{e.tense}, cue {e.cue!r}" if e.cue else f"{e.tense} (no cue word)"
    return "\n".join((f"rule: {e.rule} (e.g. {e.example!r})", f"anchor: {anchor}", f"tense: {tense}",
                      f"arithmetic: {e.arithmetic}"))
