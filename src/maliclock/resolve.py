"""Stage 4: turn tagged expressions into TIMEX3 values against a reference time.

Each expression is resolved by the normalization its rule's *kind* names:
``calendar`` fills missing fields from the reference time, ``deictic``
shifts from the publication date, ``anaphoric`` and ``offset`` from the last
mentioned time in the same paragraph, ``duration``/``set``/``ref``/``clock``
build their value directly. Every result records the anchor it used and why.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .rules import tense as T
from .segment import Segmented
from .tag import Tagged
from .timex import TimexValue, day_value, week_value


@dataclass(slots=True)
class Resolved:
    """A temporal expression with its TIMEX3 value and the reasoning behind it."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    anchor: str | None  # the reference value used, if any
    anchor_kind: str  # "publication", "previous", "none", "absolute"
    tense: str  # "past", "future", "present", "none"
    mod: str | None = None
    resolved: bool = True
    why: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    cue: str | None = None  # the word that set ``tense``, as written


_WORD = re.compile(r"[A-Za-z']+")


def sentence_tense(text: str, s_start: int, s_end: int, t_start: int, t_end: int) -> str:
    """Tense cue nearest the expression at [t_start, t_end) inside its sentence."""
    return tense_cue(text, s_start, s_end, t_start, t_end)[0]


def tense_cue(text: str, s_start: int, s_end: int, t_start: int, t_end: int) -> tuple[str, str | None]:
    """Tense of the cue nearest the expression at [t_start, t_end) in its sentence, and that cue word."""
    best: tuple[int, str, str] | None = None
    for m in _WORD.finditer(text, s_start, s_end):
        if t_start <= m.start() < t_end:
            continue
        w = m.group().lower()
        if w in T.FUTURE_CUES:
            kind = "future"
        elif w in T.PAST_CUES or (len(w) > 4 and w.endswith("ed") and w not in T.NOT_PAST_ED):
            kind = _auxiliary_tense(text, max(s_start, m.start() - 24), m.start()) or "past"
        elif w in T.PRESENT_CUES:
            kind = "present"
        else:
            continue
        dist = t_start - m.end() if m.end() <= t_start else m.start() - t_end
        if best is None or dist < best[0]:
            best = (dist, kind, m.group())
    return (best[1], best[2]) if best else ("none", None)


def _auxiliary_tense(text: str, lo: int, hi: int) -> str | None:
    """Tense set by an auxiliary just before a participle ("will be held", "is expected")."""
    words = [w.lower() for w in _WORD.findall(text, lo, hi)][-2:]
    if any(w in T.FUTURE_AUXILIARIES for w in words):
        return "future"
    if any(w in T.PRESENT_AUXILIARIES for w in words):
        return "present"
    return None


# ---- calendar arithmetic ----------------------------------------------------

def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _unit_value(d: date, unit: str, shift: int) -> str | None:
    """Value of the calendar unit containing ``d``, shifted by ``shift`` units."""
    if unit == "D":
        return day_value(d + timedelta(days=shift))
    if unit == "W":
        return week_value(d + timedelta(weeks=shift))
    if unit == "WE":
        return week_value(d + timedelta(weeks=shift)) + "-WE"
    if unit == "M":
        y, m = _shift_month(d.year, d.month, shift)
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        q = (d.month - 1) // 3 + shift
        y = d.year + q // 4
        return f"{y:04d}-Q{q % 4 + 1}"
    if unit == "H":
        h = (d.month - 1) // 6 + shift
        return f"{d.year + h // 2:04d}-H{h % 2 + 1}"
    if unit == "Y":
        return f"{d.year + shift:04d}"
    if unit == "DE":
        return f"{d.year // 10 + shift:03d}"
    if unit == "CE":
        return f"{d.year // 100 + shift:02d}"
    return None


def _unspecified(unit: str) -> str:
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
            "H": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}.get(unit, "XXXX-XX-XX")


def _weekday_from(anchor: date, weekday: int, direction: str, strict: bool = False) -> date:
    """The ``weekday`` (1-7) nearest ``anchor`` in ``direction`` ("past"/"future")."""
    diff = weekday - anchor.isoweekday()
    if direction == "future":
        days = diff % 7
        if strict and days == 0:
            days = 7
        return anchor + timedelta(days=days)
    days = (-diff) % 7
    if strict and days == 0:
        days = 7
    return anchor - timedelta(days=days)


def _nearest_year(anchor: date, month: int, day: int | None, tense: str) -> int:
    """Year for a month (and day) given without one, by tense, else nearest."""
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        dd = min(day or 1, calendar.monthrange(y, month)[1])
        cands.append((y, date(y, month, dd)))
    if day is None:  # compare months, not days
        am = anchor.year * 12 + anchor.month
        if tense == "past":
            ok = [y for y, _ in cands if y * 12 + month <= am]
            return max(ok)
        if tense == "future":
            ok = [y for y, _ in cands if y * 12 + month >= am]
            return min(ok)
        return anchor.year
    if tense == "past":
        return max(y for y, d in cands if d <= anchor)
    if tense == "future":
        return min(y for y, d in cands if d >= anchor)
    return min(cands, key=lambda c: (abs((c[1] - anchor).days), -c[0]))[0]


_DURATION_UNIT = {"Y": "Y", "M": "M", "W": "W", "D": "D", "DE": "DE", "CE": "CE", "Q": "Q", "WE": "WE",
                  "L": "L", "2W": "W"}


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(num: Any, unit: str, half: bool = False) -> str:
    """TIMEX3 duration for ``num`` ``unit`` ("P4D", "PT24H", "PXY")."""
    if unit == "2W" and num != "X":
        num, unit = num * 2, "W"
    if num == "X":
        n = "X"
    else:
        n = _fmt_num(num + (0.5 if half else 0))
    if unit.startswith("T"):
        return f"PT{n}{unit[1:]}"
    if unit == "Q" and n != "X":
        return f"P{_fmt_num(float(n) * 3)}M"
    return f"P{n}{_DURATION_UNIT.get(unit, unit)}"


_SET_WORDS = {"annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D",
              "hourly": "PT1H", "quarterly": "P3M", "nightly": "XXXX-XX-XXTNI"}
_MOD_WORDS = {"early": "START", "late": "END", "mid": "MID", "mid-": "MID", "the end of": "END",
              "the beginning of": "START", "the start of": "START", "the middle of": "MID",
              "end": "END", "beginning": "START", "start": "START", "middle": "MID",
              "earlier": None, "later": None}


def _mod(fields: dict[str, Any]) -> str | None:
    m = fields.get("mod")
    if m is None:
        return None
    key = re.sub(r"\s+", " ", str(m).lower().strip())
    return _MOD_WORDS.get(key, m if key.isupper() else None)


class Resolver:
    """Resolves the expressions of one article in reading order."""

    def __init__(self, seg: Segmented, published: date | None, date_order: str = "MDY") -> None:
        self.seg = seg
        self.text = seg.text
        self.dct = published
        self.date_order = date_order
        self.last: tuple[str, int, date, date] | None = None  # (value, paragraph, start, end)

    def _sentence_of(self, pos: int) -> tuple[int, int, int]:
        for s in self.seg.sentences:
            if s.start <= pos < s.end:
                return s.start, s.end, s.paragraph
        return pos, pos, -1

    def resolve_all(self, tagged: list[Tagged]) -> list[Resolved]:
        """Resolve every expression, in order; drop those that name no real date."""
        out: list[Resolved] = []
        for i, t in enumerate(tagged):
            s0, s1, para = self._sentence_of(t.start)
            tense, cue = tense_cue(self.text, s0, s1, t.start, t.end)
            nxt = tagged[i + 1] if i + 1 < len(tagged) else None
            r = self.resolve_one(t, tense, para)
            if r is None:
                continue
            r.cue = cue
            out.append(r)
            tv = _parse(r.value)
            if tv is not None and tv.is_specified and r.type in ("DATE", "TIME"):
                iv = tv.interval()
                if iv:
                    self.last = (r.value, para, iv[0], iv[1])
            del nxt
        return out

    # -- dispatch ---------------------------------------------------------
    def resolve_one(self, t: Tagged, tense: str, para: int) -> Resolved | None:
        """Resolve one tagged expression, or None if it names no real date."""
        f = t.fields
        kind = t.kind
        r = Resolved(t.start, t.end, t.text, t.type, "", t.rule, None, "none", tense, _mod(f), fields=f)
        try:
            if kind == "calendar":
                ok = self._calendar(r, f, tense)
            elif kind == "deictic":
                ok = self._deictic(r, f, tense)
            elif kind == "anaphoric":
                ok = self._anaphoric(r, f, para)
            elif kind == "offset":
                ok = self._offset(r, f, para)
            elif kind == "duration":
                r.value = duration_value(f.get("num", 1), f["unit"], bool(f.get("half")))
                r.anchor_kind, r.why = "absolute", "a length of time"
                ok = True
            elif kind == "set":
                ok = self._set(r, f)
            elif kind == "ref":
                r.value, r.anchor_kind, r.why = f["value"], "absolute", "a general reference to past, present or future"
                ok = True
            elif kind == "clock":
                ok = self._clock(r, f, para)
            else:
                ok = False
        except (ValueError, KeyError, OverflowError):
            return None
        if not ok:
            return None
        _parse(r.value) or None
        if _parse(r.value) is None:
            return None
        return r

    # -- kinds ------------------------------------------------------------
    def _calendar(self, r: Resolved, f: dict[str, Any], tense: str) -> bool:
        dct = self.dct
        pod = f.get("pod")
        tail = f"T{pod}" if pod else ""
        year = f.get("year")
        if "era" in f:
            num = int(re.match(r"\d+", r.text).group())
            if f["era"].upper().startswith("B"):
                r.value, r.resolved = f"BC{num:04d}", True
            else:
                r.value = f"{num:04d}"
            r.anchor_kind, r.why = "absolute", "year with era"
            return True
        if "n1" in f:  # numeric date
            a, b, c = int(f["n1"]), int(f["n2"]), int(f["n3"])
            if len(f["n3"]) == 2:
                c = 1900 + c if c >= 50 else 2000 + c
            mo, dd = (a, b) if self.date_order == "MDY" else (b, a)
            if mo > 12 and dd <= 12:
                mo, dd = dd, mo
            date(c, mo, dd)
            r.value, r.anchor_kind, r.why = day_value(date(c, mo, dd)), "absolute", f"numeric date read as {self.date_order}"
            return True
        if "monthnum" in f:
            d = date(int(f["year"]), int(f["monthnum"]), int(f["daynum"]))
            r.value, r.anchor_kind, r.why = day_value(d), "absolute", "ISO date"
            return True
        if "decade" in f:
            r.value, r.anchor_kind, r.why = f"{int(f['decade']):03d}", "absolute", "a decade"
            return True
        if "dec2" in f or "dec3" in f:
            digit = int(f.get("dec2") or f.get("dec3"))
            century = 19 if dct is None else (dct.year // 100 if digit * 10 <= dct.year % 100 else dct.year // 100 - 1)
            r.value, r.anchor_kind, r.why = f"{century}{digit}", "publication" if dct else "absolute", "decade in the current or last century"
            return True
        if "decword" in f:
            digit = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].index(f["decword"].lower()) + 2
            century = 19 if dct is None else (dct.year // 100 if digit * 10 <= dct.year % 100 else dct.year // 100 - 1)
            r.value, r.why = f"{century}{digit}", "decade named in words"
            return True
        if r.rule == "date_century":
            r.value, r.anchor_kind, r.why = f"{int(f['ord']) - 1:02d}", "absolute", "nth century = (n-1)XX"
            return True
        if "holiday" in f:
            f = dict(f, month=f["holiday"][0], day=f["holiday"][1])
        if "ord" in f and ("quarter" in r.text.lower() or f.get("unit") == "H"):
            n = int(f["ord"])
            unit = "H" if f.get("unit") == "H" else "Q"
            if n == -1:
                n = 2 if unit == "H" else 4
            if not 1 <= n <= (2 if unit == "H" else 4):
                return False
            if year is None:
                if dct is None:
                    r.value, r.resolved, r.why = f"XXXX-{unit}{n}", False, "no publication date"
                    return True
                year = dct.year
                r.anchor, r.anchor_kind = day_value(dct), "publication"
            r.value, r.why = f"{year:04d}-{unit}{n}", f"{'half' if unit == 'H' else 'quarter'} {n}"
            return True
        month, day, weekday, season = f.get("month"), f.get("day"), f.get("weekday"), f.get("season")
        if season:
            if year is None:
                return self._no_year(r, f"XXXX-{season}", "season without a year")
            r.value, r.anchor_kind, r.why = f"{year:04d}-{season}", "absolute", "season of a year"
            return True
        if f.get("week") and month and day:
            if year is None:
                year = _nearest_year(dct, month, day, tense) if dct else None
            if year is None:
                return self._no_year(r, "XXXX-WXX", "week without a year")
            r.value, r.why = week_value(date(year, month, day)), "the week containing the date"
            return True
        if month and day:
            if day > 31:
                return False
            if year is None:
                if dct is None:
                    if day > calendar.monthrange(2000, month)[1]:
                        return False
                    return self._no_year(r, f"XXXX-{month:02d}-{day:02d}{tail}", "month and day without a year")
                year = _nearest_year(dct, month, day, tense)
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                r.why = f"year taken from the publication date ({tense} tense)"
            else:
                r.anchor_kind, r.why = "absolute", "full date"
            d = date(year, month, day)
            if weekday and d.isoweekday() != weekday:
                r.why += "; weekday does not match the date"
            r.value = day_value(d) + tail
            return True
        if month:
            if year is None:
                if dct is None:
                    return self._no_year(r, f"XXXX-{month:02d}", "month without a year")
                year = _nearest_year(dct, month, None, tense)
                r.anchor, r.anchor_kind = day_value(dct), "publication"
                r.why = f"month placed by {tense} tense from the publication date"
            else:
                r.anchor_kind, r.why = "absolute", "month and year"
            r.value = f"{year:04d}-{month:02d}"
            return True
        if weekday:
            if dct is None:
                return self._no_year(r, f"XXXX-WXX-{weekday}{tail}", "weekday without a publication date")
            direction = "future" if tense == "future" else "past"
            d = _weekday_from(dct, weekday, direction)
            r.value = day_value(d) + tail
            r.anchor, r.anchor_kind = day_value(dct), "publication"
            r.why = f"the {direction} {calendar.day_name[weekday - 1]} nearest the publication date ({tense} tense)"
            return True
        if year is not None:
            r.value, r.anchor_kind, r.why = f"{year:04d}", "absolute", "a year"
            return True
        return False

    def _no_year(self, r: Resolved, value: str, why: str) -> bool:
        r.value, r.resolved, r.why = value, False, why + ": left underspecified"
        return True

    def _deictic(self, r: Resolved, f: dict[str, Any], tense: str) -> bool:
        dct = self.dct
        shift = f.get("shift", f.get("dshift", 0))
        if "dayword" in f:
            shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[f["dayword"].lower()]
            f = dict(f, unit="D")
        pod = f.get("pod")
        tail = f"T{pod}" if pod else ""
        if "weekday" in f:
            wd = f["weekday"]
            if dct is None:
                return self._no_year(r, f"XXXX-WXX-{wd}{tail}", "weekday without a publication date")
            if shift < 0:
                d = _weekday_from(dct, wd, "past", strict=True)
            elif shift > 0:
                d = _weekday_from(dct, wd, "future", strict=True)
            else:
                d = dct + timedelta(days=wd - dct.isoweekday())
            r.value, r.anchor, r.anchor_kind = day_value(d) + tail, day_value(dct), "publication"
            r.why = f"{'previous' if shift < 0 else 'next' if shift > 0 else 'this week’s'} {calendar.day_name[wd - 1]} from the publication date"
            return True
        if "month" in f:
            mo = f["month"]
            if dct is None:
                return self._no_year(r, f"XXXX-{mo:02d}", "month without a publication date")
            y = dct.year
            if shift < 0:
                y = dct.year if mo < dct.month else dct.year - 1
            elif shift > 0:
                y = dct.year if mo > dct.month else dct.year + 1
            r.value, r.anchor, r.anchor_kind = f"{y:04d}-{mo:02d}", day_value(dct), "publication"
            r.why = "month shifted from the publication date"
            return True
        if "season" in f:
            s = f["season"]
            if dct is None:
                return self._no_year(r, f"XXXX-{s}", "season without a publication date")
            order = ["WI", "SP", "SU", "FA"]
            cur = order[(dct.month % 12) // 3]
            y = dct.year
            if shift < 0 and order.index(s) >= order.index(cur):
                y -= 1
            elif shift > 0 and order.index(s) <= order.index(cur):
                y += 1
            r.value, r.anchor, r.anchor_kind = f"{y:04d}-{s}", day_value(dct), "publication"
            r.why = "season shifted from the publication date"
            return True
        unit = f.get("unit") or f.get("cunit")
        if unit is None:
            return False
        if dct is None:
            return self._no_year(r, _unspecified(unit) + (tail if unit == "D" else ""), "relative to an unknown publication date")
        v = _unit_value(dct, unit, shift)
        if v is None:
            return False
        r.value = v + (tail if unit == "D" else "")
        r.anchor, r.anchor_kind = day_value(dct), "publication"
        r.why = f"{unit} shifted by {shift:+d} from the publication date"
        return True

    def _previous(self, para: int) -> tuple[str, date, date] | None:
        if self.last and self.last[1] == para:
            return self.last[0], self.last[2], self.last[3]
        return None

    def _anaphoric(self, r: Resolved, f: dict[str, Any], para: int) -> bool:
        shift = f.get("shift", f.get("ashift", 0))
        prev = self._previous(para)
        if "weekday" in f:
            if prev is None:
                return self._no_year(r, f"XXXX-WXX-{f['weekday']}", "no earlier date in the paragraph")
            d = _weekday_from(prev[1], f["weekday"], "future" if shift >= 0 else "past", strict=shift != 0)
            r.value, r.anchor, r.anchor_kind = day_value(d), prev[0], "previous"
            r.why = "weekday counted from the last mentioned date"
            return True
        unit = f.get("cunit") or f.get("unit")
        if prev is None:
            return self._no_year(r, _unspecified(unit), "no earlier date in the paragraph")
        v = _unit_value(prev[1], unit, shift)
        if v is None:
            return False
        r.value, r.anchor, r.anchor_kind = v, prev[0], "previous"
        r.why = f"{unit} shifted by {shift:+d} from the last mentioned date {prev[0]}"
        return True

    def _offset(self, r: Resolved, f: dict[str, Any], para: int) -> bool:
        num, unit = f.get("num", 1), f["unit"]
        word = re.sub(r"\s+", " ", f.get("offword", "").lower())
        direction = -1 if word in ("ago", "earlier", "before", "previously", "back") else 1
        deictic = word in ("ago", "from now", "hence")
        if num == "X":
            r.value = "PAST_REF" if direction < 0 else "FUTURE_REF"
            r.anchor_kind, r.why = "absolute", "a vague amount of time before or after"
            return True
        if unit.startswith("T"):
            return False
        n = int(num) * direction
        if deictic:
            if self.dct is None:
                return self._no_year(r, _unspecified(unit), "relative to an unknown publication date")
            base_value, base = day_value(self.dct), self.dct
            r.anchor_kind = "publication"
            gran = unit
        else:
            prev = self._previous(para)
            if prev is None:
                return self._no_year(r, _unspecified(unit), "no earlier date in the paragraph")
            base_value, base = prev[0], prev[1]
            r.anchor_kind = "previous"
            tv = _parse(prev[0])
            gran = {"quarter": "Q", "month": "M", "week": "W", "day": "D", "year": "Y"}.get(tv.granularity if tv else "", unit)
            if _RANK_UNIT.get(gran, 0) > _RANK_UNIT.get(unit, 0) and gran in ("Q", "M") and unit in ("Y", "Q", "M"):
                months = {"Y": 12, "Q": 3, "M": 1}[unit] * n
                y, m = _shift_month(base.year, base.month, months)
                v = _unit_value(date(y, m, 1), gran, 0)
                r.value, r.anchor, r.why = v, base_value, f"{num} {unit} {word} the last mentioned {prev[0]}"
                return True
            gran = unit
        if unit == "D":
            v = day_value(base + timedelta(days=n))
        elif unit in ("W", "WE"):
            v = week_value(base + timedelta(weeks=n))
        elif unit in ("M", "Q"):
            y, m = _shift_month(base.year, base.month, n * (3 if unit == "Q" else 1))
            v = _unit_value(date(y, m, 1), gran, 0)
        elif unit == "Y":
            v = f"{base.year + n:04d}"
        elif unit == "DE":
            v = f"{(base.year + 10 * n) // 10:03d}"
        elif unit == "CE":
            v = f"{(base.year + 100 * n) // 100:02d}"
        else:
            return False
        r.value, r.anchor = v, base_value
        r.why = f"{num} {unit} {word} {'the publication date' if deictic else 'the last mentioned date'}"
        return True

    def _set(self, r: Resolved, f: dict[str, Any]) -> bool:
        r.anchor_kind = "absolute"
        if "weekday" in f:
            r.value, r.why = f"XXXX-WXX-{f['weekday']}", "every such weekday"
        elif "setword" in f:
            r.value, r.why = _SET_WORDS[f["setword"].lower()], "a frequency adverb"
        else:
            unit = f.get("unit") or f.get("cunit")
            r.value, r.why = duration_value(f.get("num", 1), unit), "once per period"
        return True

    def _clock(self, r: Resolved, f: dict[str, Any], para: int) -> bool:
        if "clockword" in f:
            hh, mm = (12, 0) if f["clockword"].lower() == "noon" else (24, 0)
        else:
            hh = int(f["hour"]) if "hour" in f else int(f.get("num", 0))
            mm = int(f.get("minute") or 0)
            ampm = (f.get("ampm") or "").lower().replace(".", "")
            if ampm == "pm" and hh < 12:
                hh += 12
            if ampm == "am" and hh == 12:
                hh = 0
            if not 0 <= hh <= 24:
                return False
        prev = self._previous(para)
        if prev and prev[1] == prev[2]:
            day, r.anchor, r.anchor_kind = day_value(prev[1]), prev[0], "previous"
        elif self.dct:
            day, r.anchor, r.anchor_kind = day_value(self.dct), day_value(self.dct), "publication"
        else:
            day = "XXXX-XX-XX"
            r.resolved = False
        r.value, r.why = f"{day}T{hh:02d}:{mm:02d}", "clock time on the day in context"
        return True


_RANK_UNIT = {"CE": 0, "DE": 1, "Y": 2, "H": 3, "Q": 4, "M": 5, "W": 6, "D": 7}


def _parse(value: str) -> TimexValue | None:
    try:
        return TimexValue.parse(value)
    except ValueError:
        return None


def resolve(seg: Segmented, tagged: list[Tagged], published: date | None, date_order: str = "MDY") -> list[Resolved]:
    """Resolve the tagged expressions of one article against its publication date."""
    return Resolver(seg, published, date_order).resolve_all(tagged)
