"""Pydantic models for what maliclock writes: the timeline and the extraction records.

These are the boundary: internal stages use plain dataclasses, and the
renderers convert to these models once, so the JSON Schema printed by
``maliclock schema`` describes exactly what ``--format json`` writes.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, field_serializer


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EvidenceOut(_Out):
    """One piece of evidence about an article's publication date."""

    reason: str = Field(description="What the evidence says about the publication date")
    expression: str | None = Field(None, description="The expression in the text it rests on, if any")
    start: int | None = Field(None, description="Character offset of the expression in the article text")
    end: int | None = Field(None, description="End offset (exclusive) of the expression")
    sentence: str | None = Field(None, description="The sentence it is in")
    source: str | None = Field(None, description="Another article the evidence comes from (across articles)")
    fits: bool = Field(True, description="Whether the chosen publication day agrees with it")


class SourceOut(_Out):
    """One input article."""

    id: str = Field(description="Stable article id: file name relative to the input folder, or the JSONL id")
    path: str = Field(description="Where the article was read from")
    published: str | None = Field(description="Publication date (ISO): the most likely day, the anchor for relative expressions")
    published_range: list[str] | None = Field(None, description="[first, last] day (ISO) the publication date can be")
    published_basis: str = Field(description="Where the publication date came from: cli, front-matter, html, timeml, "
                                             "manifest, jsonl, dateline, url, filename, inferred, none")
    confidence: float = Field(0.0, description="0-1: for an inferred date, the estimated chance that the day is exact; "
                                               "1 (or near) for a date read outright")
    evidence: list[EvidenceOut] = Field(default_factory=list, description="The sources, sentences and reasoning used")
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    encoding: str = Field(description="How the bytes were decoded")
    unresolved: int = Field(0, description="Relative expressions left unresolved for want of a publication date")


class MentionOut(_Out):
    """One report of an event: where it is said and by which expression."""

    source: str = Field(description="Article id")
    sentence: str = Field(description="The full sentence as it appears in the article")
    clause: str = Field(description="The part of the sentence the date governs")
    expression: str = Field(description="The temporal expression, exactly as in the text")
    start: int = Field(description="Character offset of the expression in the article text")
    end: int = Field(description="End offset (exclusive) of the expression")
    value: str = Field(description="TIMEX3 value of the expression")
    type: str = Field(description="TIMEX3 type: DATE, TIME, DURATION or SET")
    rule: str = Field(description="Name of the pattern that matched")
    anchor: str | None = Field(description="The reference value the expression was resolved against")
    anchor_kind: str = Field(description="publication, previous (last mentioned date), said (the day a quotation "
                             "was said), section (the day of a live blog's section heading), event, absolute or none")
    why: str = Field(description="How the value was computed")
    inferred: bool = Field(False, description="Resolved against an inferred publication date")
    value_range: list[str] | None = Field(None, description="[first, last] day the value can be, given the range "
                                                            "of the inferred publication date")


class ConflictOut(_Out):
    """Mentions of one event that disagree."""

    field: str = Field(description="What the sources disagree on: time_of_day, date, location, deaths, injured, "
                                   "freed, arrested, escaped, votes, value, magnitude, rate, or the plural noun of a "
                                   "thing counted (\"operations\": 140 against 162)")
    values: dict[str, list[str]] = Field(description="Each value and the sources that give it")


class EventOut(_Out):
    """One real-world happening, with every report of it."""

    id: str = Field(description="Stable id derived from the date and the summary")
    date: str = Field(description="TIMEX3 value: the most precise date the mentions support")
    start: str = Field(description="First day of the interval covered (ISO)")
    end: str = Field(description="Last day of the interval covered (ISO)")
    granularity: str = Field(description="century, decade, year, half, quarter, season, month, week, day, partofday, time")
    summary: str = Field(description="A chronology line: the clause without the date phrase and attribution")
    sources: list[str] = Field(description="Ids of the articles reporting it")
    mentions: list[MentionOut]
    conflicts: list[ConflictOut] = Field(default_factory=list)
    merge: list[str] = Field(default_factory=list, description="Why mentions were merged (score and rule)")
    inferred: bool = Field(False, description="Every mention's date rests on an inferred publication date")
    date_range: list[str] | None = Field(None, description="For an inferred date that the evidence cannot fix: "
                                                           "[first, last] day it can be")


class TimelineOut(_Out):
    """The chronology built from a set of articles."""

    meta: dict[str, object] = Field(default_factory=dict, description="maliclock version and options")
    sources: list[SourceOut]
    events: list[EventOut]
    warnings: list[str] = Field(default_factory=list)

    @field_serializer("events", mode="wrap")
    def _events(self, events: Sequence[EventOut], handler: SerializerFunctionWrapHandler) -> object:
        # ``events`` may be a sequence made lazily (``render.model.Events``): a list for the serializer
        return handler(events if isinstance(events, list) else list(events))


class ExplainOut(_Out):
    """How ``extract --explain`` says an expression was resolved."""

    rule: str = Field(description="Name of the pattern that matched")
    example: str = Field(description="The example given with that pattern")
    kind: str = Field(description="Resolution kind: calendar, deictic, anaphoric, offset, duration, set, ref, clock")
    anchor: str | None = Field(description="The reference value the expression was resolved against")
    anchor_kind: str = Field(description="publication, previous (last mentioned date), said (the day a quotation "
                             "was said), section (the day of a live blog's section heading), absolute or none")
    tense: str | None = Field(description="past, present, future or none, where tense decided the value; else null")
    cue: str | None = Field(description="The word that set the tense, as written; null when none was found or tense did not matter")
    arithmetic: str = Field(description="From the anchor to the value, in words")


class TimexOut(_Out):
    """A temporal expression as ``maliclock extract`` writes it."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    anchor: str | None
    mod: str | None = None
    resolved: bool = True
    inferred: bool = False
    value_range: list[str] | None = None
    explain: ExplainOut | None = None


class ExtractOut(_Out):
    """The temporal expressions of one article."""

    id: str
    published: str | None
    published_basis: str
    published_range: list[str] | None = None
    confidence: float = 0.0
    encoding: str = Field(description="How the bytes were decoded")
    timexes: list[TimexOut]
