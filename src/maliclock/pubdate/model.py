"""Plain data of the publication-date stage: evidence, clues, mentions, anchors and the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable


@dataclass(slots=True)
class Evidence:
    """One piece of evidence about a publication date, as shown to the user."""

    reason: str
    expression: str | None = None
    start: int | None = None
    end: int | None = None
    sentence: str | None = None
    source: str | None = None  # another article, for evidence from across articles
    fits: bool = True  # whether the chosen day agrees with it


@dataclass(slots=True)
class PubDate:
    """An article's publication date: the most likely day, the range it can be in, where it came from."""

    published: date | None
    first: date | None
    last: date | None
    basis: str  # cli, front-matter, manifest, jsonl, timeml, html, dateline, url, filename, inferred, none
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    # likelihood share of each month (year * 12 + month - 1) the day can be in; internal
    months: dict[int, float] = field(default_factory=dict, repr=False)
    # the share of a month not in ``months``, where no clue fits (every clue at its noise level); internal
    floor: float = field(default=0.0, repr=False)
    # without a year: the likelihood share of each calendar month (January first), from the clues that
    # name no year ("in April", "third-quarter profit"); empty when there are none; internal
    calendar: tuple[float, ...] = field(default=(), repr=False)

    @property
    def inferred(self) -> bool:
        """True when the date was inferred from evidence rather than read."""
        return self.basis == "inferred"

    @property
    def span_days(self) -> int | None:
        """Days in the range, or None without a date."""
        if self.first is None or self.last is None:
            return None
        return (self.last - self.first).days + 1


@dataclass(slots=True)
class Clue:
    """A soft constraint on the publication day.

    ``plaus(day_ordinal)`` is how plausible publication on that day is if the clue says what it
    seems to (0-1); ``reliability`` is the chance that it does. ``years`` are the years the clue
    points at (to choose which years to search); ``peaks`` are ordinals where the clue is most
    plausible, or empty when it repeats every week, month or year. ``grain`` says what the
    plausibility depends on: ``day``, or only the ``weekday``, the ``month`` (of its year) or
    the ``year``, so that it is computed once per weekday, month or year. ``memo`` keeps its
    values on the days already scored (internal).
    """

    evidence: Evidence
    reliability: float
    plaus: Callable[[int], float]
    years: tuple[int, ...] = ()
    peaks: tuple[int, ...] = ()
    grain: str = "day"
    memo: dict[Any, list[float]] = field(default_factory=dict, repr=False, compare=False)
    kind: str = ""  # "dateline-partial" for a dateline without a year; else not needed
    yearly: tuple[int, int] | None = None  # (month, day) of a day named without a year: in a past clause, or a dateline


@dataclass(slots=True)
class Mention:
    """An expression whose date depends on the publication date (or lacks a year).

    ``form`` is one of: weekday, weekday-last, weekday-next (``value`` = ISO weekday), day,
    week, month, year (``value`` = shift from publication: -1 yesterday/last, 0 today/this,
    +1 tomorrow/next), month-day (``value`` = (month, day)), month-name (``value`` = month).
    """

    form: str
    value: Any
    tense: str
    start: int
    end: int
    text: str
    sentence: str


@dataclass(slots=True)
class Anchor:
    """A happening another article places on the calendar (from its dated statements)."""

    source: str
    first: date
    last: date
    text: str
    weight: float  # 1 for a read date or an absolute expression, less for an inferred one
    names: frozenset[str] = frozenset()  # the names its article mentions (what the article is about)


@dataclass(slots=True)
class Explicit:
    """A publication date stated outright (a source named by its basis)."""

    basis: str
    day: date
    where: str
    # a numeric date that reads as a day either way ("04/06/2024"): the other reading
    other_reading: date | None = None


@dataclass(slots=True)
class Analysis:
    """Everything one article says about its own publication date."""

    source: str
    path: str
    explicit: list[Explicit] = field(default_factory=list)
    clues: list[Clue] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    names: frozenset[str] = frozenset()
