"""Explicit publication dates: datelines printed at the top of the text, and which source wins.

A dateline is a date on its own line near the top ("March 26, 2012"), a labelled stamp
("Published: 22/03/2012") or an agency dateline opening the first paragraph ("BAMAKO,
March 22, 2012 (AFP) -"). One without a year ("WASHINGTON, March 22 (Reuters) -") fixes the
day and month only and becomes a strong clue for inference. An "Updated:" stamp is a clue
too: publication came before it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from .. import regex_cache
from ..read import JSONL_SUFFIXES
from ..regex_needs import holds_one, required_chars
from ..rules import pubdate as P
from ..rules import vocabulary as V
from ..segment import Segmented
from .clues import table as gap_table
from .model import Analysis, Clue, Evidence, Explicit, Mention, PubDate


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_MACROS = {
    "MONTH": rf"(?P<month>(?i:{_alternation(list(V.MONTHS))}))(?![A-Za-z])",
    "DAY": r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)",
    "YEAR": r"(?P<year>1[6-9]\d\d|20\d\d)(?!\d)",
    "WEEKDAY": rf"(?P<weekday>(?i:{_alternation(list(V.WEEKDAYS))})|(?i:mon|tue|wed|thu|fri|sat|sun)\.?)",
}


_MACRO = regex_cache.compile(r"\{([A-Z]+)(?::(\w+))?\}")  # "{MONTH}", "{DAY:b}"


def expand(pattern: str) -> str:
    """A dateline pattern with its macros replaced by named groups."""
    return _MACRO.sub(lambda m: _MACROS[m.group(1)].replace(f"(?P<{m.group(1).lower()}>",
                                                            f"(?P<{m.group(1).lower()}{m.group(2) or ''}>"), pattern)


def _line_needs(rx: str) -> str:
    """Characters one of which a line holds wherever the pattern ``rx`` matches it (``regex_needs``); its macros,
    which require no mark, are left out of the reading, which is then quick."""
    return required_chars(_MACRO.sub("(?:a)", rx))


# (name, regex, labelled, characters one of which a line it matches holds: tried only on such a line)
_DATELINES = [(name, regex_cache.compile(expand(rx), re.IGNORECASE if labelled else 0), labelled, _line_needs(rx))
              for name, rx, _example, labelled in P.DATELINES]
_PARTIAL = [(name, regex_cache.compile(expand(rx)), _line_needs(rx)) for name, rx, _example in P.PARTIAL_DATELINES]
_WEEKDAY_LINES = [(name, regex_cache.compile(expand(rx), re.IGNORECASE)) for name, rx, _example in P.WEEKDAY_LINES]
_WEEKDAY_LINE_MAX = 100  # characters: a label line, not a paragraph
_UPDATED = regex_cache.compile(expand(P.UPDATED_LINE), re.IGNORECASE)
_UPDATED_PARTIAL = regex_cache.compile(expand(P.UPDATED_PARTIAL_LINE), re.IGNORECASE)
_SIGN_OFF_PLACE = regex_cache.compile(P.SIGN_OFF_PLACE)
_SIGN_OFF_DATE = regex_cache.compile(expand(P.SIGN_OFF_DATE))
_SIGN_OFF_PLACED = regex_cache.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*[/,|]")
_COPYRIGHT = regex_cache.compile(P.COPYRIGHT_LINE, re.IGNORECASE)
_DIGIT = regex_cache.compile(r"\d")
# What the date of every dateline, dated update stamp and sign-off holds (``_DATE`` in ``rules/pubdate.py``): a year
# 16xx-20xx, or digits, a separator, digits, a separator and a digit (ISO and numeric dates). A line without one matches
# none of them, and one search for it is cheaper than trying them all. (A digit first: the search skips to digits.)
_YEAR_OR_NUMERIC_DATE = regex_cache.compile(r"\d(?:(?<=1)[6-9]\d\d(?!\d)|(?<=2)0\d\d(?!\d)|[-/.]\d{1,2}[-/.]\d)")


def match_date(m: re.Match[str], date_order: str = "MDY") -> date | None:
    """The day a dateline match names, or None if it is no real day."""
    g = m.groupdict()
    try:
        if g.get("iy"):
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g.get("n1"):
            a, b, y = int(g["n1"]), int(g["n2"]), int(g["n3"])
            if y < 100:
                y += 1900 if y >= 50 else 2000
            if P.DAY_FIRST_WITH_24H and g.get("clock") and not g.get("meridiem") and int(re.split(r"\D", g["clock"])[0]) != 0:
                date_order = "DMY"  # "08/07/2025 - 16:52": the 24-hour clock of a site that writes the day first
            mo, dd = (a, b) if date_order == "MDY" else (b, a)
            if mo > 12 and dd <= 12:
                mo, dd = dd, mo
            return date(y, mo, dd)
        for k in ("", "b"):
            if g.get("year" + k):
                return date(int(g["year" + k]), V.MONTHS[g["month" + k].lower()], int(g["day" + k]))
    except (ValueError, KeyError):
        return None
    return None


def _other_reading(m: re.Match[str], d: date) -> date | None:
    """The day a numeric dateline names read in the other order, when both numbers can be a month ("04/06/2024":
    6 April or 4 June), else None."""
    if not m.groupdict().get("n1"):
        return None
    a, b = int(m.group("n1")), int(m.group("n2"))
    if a == b or a > 12 or b > 12:
        return None
    return date(d.year, d.day, d.month)


def _agree_on_reading(explicit: list[Explicit]) -> list[Explicit]:
    """The explicit dates, an ambiguous numeric dateline read in the order that another source's day shows ("Published:
    04/06/2024" and a manifest's 2024-06-04: the dateline is day first, and there is no conflict)."""
    out = []
    for e in explicit:
        others = {x.day for x in explicit if x is not e}
        if e.other_reading is not None and e.day not in others and e.other_reading in others:
            e = replace(e, day=e.other_reading, where=f"{e.where}, read in the order another source's date shows")
        out.append(e)
    return out


def _top_lines(seg: Segmented) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the lines a dateline may be on: the first ones, captions excluded."""
    out = []
    for z in seg.zones:
        if z.kind == "meta":
            continue
        if len(out) >= P.DATELINE_MAX_LINES or z.start > P.DATELINE_MAX_CHARS:
            break
        out.append((z.start, z.end, z.kind))
    return out


def datelines(seg: Segmented, date_order: str = "MDY") -> tuple[list[Explicit], list[Clue]]:
    """Explicit datelines near the top of the text, and clues from partial or update stamps."""
    text = seg.text
    found: list[Explicit] = []
    clues: list[Clue] = []
    kinds: set[str] = set()
    for n, (a, b, kind) in enumerate(_top_lines(seg), start=1):
        if kind == "caption":
            continue
        raw = text[a:b]
        if "weekday" not in kinds and len(raw) <= _WEEKDAY_LINE_MAX:
            for name, rx in _WEEKDAY_LINES:
                m = rx.match(raw.strip())
                if m is not None:
                    kinds.add("weekday")
                    lead = a + len(raw) - len(raw.lstrip())
                    clues.append(_weekday_line_clue(_weekday_number(m.group("weekday")), name, raw.strip(), lead))
                    break
        if _DIGIT.search(raw) is None:
            continue  # every dateline and stamp holds a date, and every date a digit
        line = raw.strip()
        lead = a + len(raw) - len(raw.lstrip())
        dated = _YEAR_OR_NUMERIC_DATE.search(line) is not None  # (most lines hold neither)
        um = _UPDATED.match(line) if dated else None
        if um:
            d = match_date(um, date_order)
            if d:
                clues.append(_updated_clue(d, line, lead, lead + len(line)))
            continue
        pm = _UPDATED_PARTIAL.match(line)
        if pm:
            month, day = V.MONTHS[(pm.group("month") or pm.group("monthb")).lower().rstrip(".")], \
                int(pm.group("day") or pm.group("dayb"))
            clues.append(_updated_partial_clue(month, day, line, lead, lead + len(line)))
            continue
        matched = False
        for name, rx, labelled, needs in (_DATELINES if dated else ()):
            if not holds_one(line, needs):
                continue
            m = rx.match(line)
            if not m:
                continue
            d = match_date(m, date_order)
            basis = "dateline-labelled" if labelled else "dateline"
            if d and basis not in kinds:
                kinds.add(basis)
                found.append(Explicit(basis, d, f'{name} "{_short(line)}" (line {n})', _other_reading(m, d)))
            matched = True
            break
        if not matched:
            for name, rx, needs in _PARTIAL:
                if not holds_one(line, needs):
                    continue
                m = rx.match(line)
                if m and "partial" not in kinds:
                    kinds.add("partial")
                    weekday = m.groupdict().get("weekday")
                    clues.append(_partial_clue(V.MONTHS[m.group("month").lower()], int(m.group("day")),
                                               name, line, lead, lead + m.end(),
                                               _weekday_number(weekday) if weekday else None))
    if not found:
        found.extend(_sign_off(text, date_order))
    return found, clues


def _sign_off(text: str, date_order: str) -> list[Explicit]:
    """The date of a statement's sign-off in its last lines ("Johannesburg\n8 May 2026", "Johannesburg / 8 May 2026";
    ``P.SIGN_OFF_DATE``; not an update stamp), as a dateline."""
    lines = [x.strip() for x in text[-1500:].splitlines() if x.strip()][-P.SIGN_OFF_LINES:]
    for i, line in enumerate(lines):
        m = _SIGN_OFF_DATE.match(line) if _YEAR_OR_NUMERIC_DATE.search(line) else None
        if m is None or _UPDATED.match(line):
            continue
        placed = _SIGN_OFF_PLACED.match(line) is not None  # "Johannesburg / 8 May 2026"
        if not placed and not (i > 0 and _SIGN_OFF_PLACE.match(lines[i - 1])):
            continue
        d = match_date(m, date_order)
        if d:
            return [Explicit("dateline", d, f'sign-off "{_short(line)}" (last lines)')]
    return []


def _short(line: str, width: int = 60) -> str:
    return line if len(line) <= width else line[:width - 1] + "…"


_ADDRESS = [(name, regex_cache.compile(rx)) for name, rx, _example in P.ADDRESS_DATES]
_FILENAME = [(name, rx) for name, rx in _ADDRESS if name in P.FILENAME_DATES]
# a file that holds many articles (JSON Lines, a dataframe's file): its name dates none of them
_SHARED_FILE_SUFFIXES = JSONL_SUFFIXES + (".json", ".csv", ".parquet")


def _address_day(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    month = V.MONTHS.get(g["mon"].lower()) if g.get("mon") else int(g["month"])
    try:
        return date(int(g["year"]), month, int(g["day"])) if month else None
    except ValueError:
        return None


def address_dates(url: str | None, path: str) -> list[Explicit]:
    """The publication days written in an article's address: the path of its ``url`` (basis ``url``) and the name
    of the file at ``path`` when the article is a file of its own (basis ``filename``; ``P.ADDRESS_DATES``)."""
    out = []
    if url:
        tail = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I)  # the path: not the host's digits
        for _name, rx in _ADDRESS:
            m = rx.search(tail)
            d = _address_day(m) if m is not None else None
            if d is not None:
                out.append(Explicit("url", d, _short(url, 80)))
                break
    name = re.split(r"[/\\]", path)[-1]
    if name not in ("-", "dask") and not name.lower().endswith(_SHARED_FILE_SUFFIXES):
        for _name, rx in _FILENAME:
            m = rx.search(name)
            d = _address_day(m) if m is not None else None
            if d is not None:
                out.append(Explicit("filename", d, name))
                break
    return out


def _updated_clue(d: date, line: str, start: int, end: int) -> Clue:
    o = d.toordinal()
    ev = Evidence(f"update stamp: published on or before {d.isoformat()}", line, start, end, line)
    return Clue(ev, P.RELIABILITY["updated"], lambda day: 1.0 if day[0] <= o else 0.0, (d.year,), (o,))


def _updated_partial_clue(month: int, day: int, line: str, start: int, end: int) -> Clue:
    """An update stamp without a year: published on or before the next such day, most likely that day
    (``P.UPDATED_GAP``)."""
    ev = Evidence(f"update stamp without a year: published on or before {month:02d}-{day:02d}", line, start, end, line)
    table = gap_table(P.UPDATED_GAP)

    def f(d: tuple[int, int, int, int, int]) -> float:
        y = d[1] if (month, day) >= (d[2], d[3]) else d[1] + 1
        gap = date(y, month, min(day, calendar.monthrange(y, month)[1])).toordinal() - d[0]
        return table[min(gap, len(table) - 1)]

    return Clue(ev, P.RELIABILITY["updated"], f)


def copyright_clues(seg: Segmented) -> list[Clue]:
    """A clue from the last copyright line of the article: published in or before its year."""
    text = seg.text
    for z in reversed(seg.zones):
        if z.kind != "chrome" or z.reason != "copyright":
            continue
        line = text[z.start:z.end].strip()
        m = _COPYRIGHT.match(line)
        if m is None:
            continue
        year = int(m.group("year"))
        lead = z.start + len(text[z.start:z.end]) - len(text[z.start:z.end].lstrip())
        ev = Evidence(f"copyright line: published in or before {year}", m.group(), lead, lead + m.end(), line)
        return [Clue(ev, P.RELIABILITY["copyright"], lambda d: 1.0 if d[1] <= year else 0.0, (year,), grain="year")]
    return []


def _weekday_number(word: str) -> int | None:
    """ISO weekday of a weekday's name as written ("Friday", "Thu", "Thurs.")."""
    w = word.lower()
    return V.WEEKDAYS.get(w) or V.WEEKDAYS.get(w.rstrip(".") + ".") or V.WEEKDAYS.get(w.rstrip("."))


def _weekday_line_clue(weekday: int | None, name: str, line: str, start: int) -> Clue:
    """A line at the top that names the weekday the text went out ("Broadcast Tuesday, 8.10am"): published on such a
    weekday."""
    table = P.DATELINE_WEEKDAY
    ev = Evidence(f"{name}: published on a {calendar.day_name[(weekday or 1) - 1]}", line, start, start + len(line), line)
    return Clue(ev, P.RELIABILITY["dateline-weekday"],
                lambda d: 1.0 if weekday is None else (1.0 if d[4] == weekday else table[-1]), grain="weekday")


def _partial_clue(month: int, day: int, name: str, line: str, start: int, end: int, weekday: int | None = None) -> Clue:
    """A date line without a year: published on that day of some year (one whose day is ``weekday``, if given)."""
    ev = Evidence(f"{name}: published on {month:02d}-{day:02d}" + (f", a {calendar.day_name[weekday - 1]}" if weekday else "")
                  + " (year inferred)", line[:end - start], start, end, line)
    return Clue(ev, P.RELIABILITY["dateline-partial"],
                lambda d: 1.0 if d[2] == month and d[3] == day and (weekday is None or d[4] == weekday) else 0.0,
                kind="dateline-partial", yearly=(month, day))


def lead_weekday_clue(partial: Clue, mentions: list[Mention]) -> list[Clue]:
    """Wire copy under a dateline without a year ("CUPERTINO, Calif., Sept. 12 (Reuters) - Apple Inc on Tuesday
    unveiled ...") names the dateline's own day, or the day before, by its weekday in the lead: a clue to the
    weekday of publication, which picks the year."""
    end = partial.evidence.end or 0
    for m in mentions:
        if m.form == "weekday" and m.tense == "past" and end <= m.start <= end + P.LEAD_CHARS:
            weekday, table = int(m.value), P.DATELINE_WEEKDAY
            ev = Evidence(f"a {calendar.day_name[weekday - 1]} in the lead under a dateline without a year: "
                          "published that day or the next", m.text, m.start, m.end, m.sentence)
            return [Clue(ev, P.RELIABILITY["dateline-weekday"], lambda d: table[(d[4] - weekday) % 7],
                         grain="weekday")]
    return []


def decide_explicit(an: Analysis) -> tuple[PubDate | None, list[str]]:
    """The winning explicit date (the most specific, explicit source) and a warning per conflict."""
    if not an.explicit:
        return None, []
    ranked = sorted(_agree_on_reading(an.explicit), key=lambda e: P.BASIS_ORDER.index(e.basis))
    win = ranked[0]
    warnings = []
    seen: set[tuple[str, date]] = set()
    for e in ranked[1:]:
        if e.day != win.day and (e.basis, e.day) not in seen:
            seen.add((e.basis, e.day))
            warnings.append(f"publication date conflict: {_label(win)} says {win.day.isoformat()}, {_label(e)} says "
                            f"{e.day.isoformat()}; using {win.day.isoformat()} ({_basis(win.basis)})")
    conf = P.EXPLICIT_CONFIDENCE[win.basis] * (P.CONFLICT_FACTOR if warnings else 1.0)
    evidence = [Evidence(f"{_label(e)}: {e.day.isoformat()}" + ("" if e.day == win.day else " (overruled)"),
                         fits=e.day == win.day) for e in ranked]
    return PubDate(win.day, win.day, win.day, _basis(win.basis), round(conf, 3), evidence,
                   {win.day.year * 12 + win.day.month - 1: 1.0}), warnings


def _basis(b: str) -> str:
    return "dateline" if b.startswith("dateline") else b


def _label(e: Explicit) -> str:
    return f"{_basis(e.basis)} ({e.where})"
