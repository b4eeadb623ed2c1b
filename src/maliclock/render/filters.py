"""Filters on the chronology, applied once to the output model before any format is rendered.

An event passes when every filter given holds:
- ``since``/``until``: the days the event covers overlap the window (so an
  event dated only "March 2012" is kept by ``--since 2012-03-21``);
- ``min_sources``: at least N articles report it;
- ``grep``: each word occurs (case-insensitively) in its summary or one of its sentences;
- ``sources``: one of these articles reports it (by id or path).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..models import EventOut, TimelineOut
from ..timex import TimexValue


@dataclass(slots=True)
class Filters:
    """The filters of one run; empty fields filter nothing."""

    since: date | None = None
    until: date | None = None
    min_sources: int = 0
    grep: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def options(self) -> dict[str, object]:
        """The filters as recorded in the output's ``meta.options``."""
        return {"since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None,
                "min_sources": self.min_sources, "grep": sorted(self.grep), "source": sorted(self.sources)}


def parse_bound(value: str, upper: bool) -> date:
    """First (or, if ``upper``, last) day of a date or partial date: 2012, 2012-03, 2012-03-21, 2012-Q1, 2012-W12.

    Raises ValueError with a message fit for the user.
    """
    v = value.strip()
    try:
        span = TimexValue.parse(v).interval()
    except ValueError:
        span = None
    if span is None:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Wnn)")
    return span[1] if upper else span[0]


def _haystack(e: EventOut) -> str:
    return "\n".join([e.summary, *(m.sentence for m in e.mentions)]).casefold()


def keep(e: EventOut, f: Filters, wanted_sources: set[str]) -> bool:
    """True if event ``e`` passes every filter in ``f``."""
    if f.since and date.fromisoformat(e.end) < f.since:
        return False
    if f.until and date.fromisoformat(e.start) > f.until:
        return False
    if len(e.sources) < f.min_sources:
        return False
    if f.grep:
        text = _haystack(e)
        if not all(w.casefold() in text for w in f.grep):
            return False
    return not wanted_sources or not wanted_sources.isdisjoint(e.sources)


def source_ids(tl: TimelineOut, wanted: list[str]) -> tuple[set[str], list[str]]:
    """The article ids that ``wanted`` names (by id or path), and the names that match none."""
    ids: set[str] = set()
    unknown: list[str] = []
    for w in wanted:
        hits = {s.id for s in tl.sources if w in (s.id, s.path)}
        if hits:
            ids |= hits
        else:
            unknown.append(w)
    return ids, unknown


def apply(tl: TimelineOut, f: Filters) -> TimelineOut:
    """The timeline with only the events that pass; ``meta`` records the filters and the count before them."""
    wanted, _ = source_ids(tl, f.sources)
    if f == Filters():
        events = tl.events  # nothing to filter: the events as they are (perhaps made lazily, see render.model.Events)
    elif hasattr(tl.events, "where"):
        events = tl.events.where(lambda e: keep(e, f, wanted))
    else:
        events = [e for e in tl.events if keep(e, f, wanted)]
    meta = dict(tl.meta)
    meta["options"] = {**dict(meta.get("options") or {}), **f.options()}  # type: ignore[arg-type]
    meta["events_before_filters"] = len(tl.events)
    return tl.model_copy(update={"events": events, "meta": meta})
