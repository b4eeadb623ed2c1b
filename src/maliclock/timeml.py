"""TimeML documents: read ``.tml`` (DCT, text, gold TIMEX3) and write them.

Used as an input format (the text and its DCT), as gold for ``maliclock
eval``, and as an output format of ``maliclock extract --format timeml``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from . import regex_cache

# [^'"<>]: a stray "<" ends the scan, so text full of "<" is not read to its end once per "<"
_TAG = regex_cache.compile(r"""<(/?)([A-Za-z_][\w.:-]*)((?:"[^"]*"|'[^']*'|[^'"<>])*?)(/?)>""")
_ATTR = regex_cache.compile(r"""([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_SKIP = regex_cache.compile(r"<!--.*?-->|<\?.*?\?>", re.DOTALL)  # comments and processing instructions: no text
_TEXT = regex_cache.compile(r"<TEXT\b[^>]*>(.*?)</TEXT>", re.DOTALL)
_DCT = regex_cache.compile(r"<DCT\b[^>]*>(.*?)</DCT>", re.DOTALL)
_CREATION = regex_cache.compile(r"<TIMEX3\b[^>]*functionInDocument\s*=\s*[\"']CREATION_TIME[^>]*>")
_DAY = regex_cache.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


@dataclass(slots=True)
class GoldTimex:
    """A TIMEX3 annotation with its span in the plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TimeMLDoc:
    """A TimeML document: plain text, creation time and TIMEX3 annotations."""

    text: str
    dct: date | None
    timexes: list[GoldTimex] = field(default_factory=list)


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(a if a or not b else b) for k, a, b in _ATTR.findall(raw)}


def _dct(source: str) -> date | None:
    """The document creation time: the value in ``<DCT>``, else the TIMEX3 marked CREATION_TIME."""
    m = _DCT.search(source)
    raw = m.group(1) if m else (c.group(0) if (c := _CREATION.search(source)) else "")
    for t in _TAG.finditer(raw):
        value = _attrs(t.group(3)).get("value", "")
        d = _DAY.match(value)
        if d:
            try:
                return date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
            except ValueError:
                return None
    return None


def parse_timeml(source: str) -> TimeMLDoc:
    """Parse TimeML: the plain text of ``<TEXT>`` (tags removed, entities unescaped) and its TIMEX3s.

    Tags of any kind (EVENT, SIGNAL, nested TIMEX3) are dropped from the text;
    every non-empty TIMEX3 inside ``<TEXT>`` becomes a :class:`GoldTimex` whose
    offsets index the plain text. Raises ValueError without a ``<TEXT>`` element.
    """
    m = _TEXT.search(source)
    if not m:
        raise ValueError("no <TEXT> element")
    body = _SKIP.sub("", m.group(1))
    out: list[str] = []
    length = 0
    pos = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[pos:t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, name = t.group(1) == "/", t.group(2)
        if name != "TIMEX3":
            continue
        if closing:
            if open_timex:
                s, attrs = open_timex.pop()
                if length > s:
                    spans.append((s, length, attrs))
        elif t.group(4) != "/":
            open_timex.append((length, _attrs(t.group(3))))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    timexes = [GoldTimex(s, e, text[s:e], a.get("type", ""), a.get("value", "")) for s, e, a in spans]
    timexes.sort(key=lambda x: (x.start, -x.end))
    return TimeMLDoc(text, _dct(source), timexes)


_NOT_XML = regex_cache.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def to_timeml(doc_id: str, text: str, dct: date | None, timexes: list[tuple[int, int, str, str]]) -> str:
    """A TimeML document with inline ``<TIMEX3 tid type value>`` tags; ``timexes`` are (start, end, type, value).

    Characters XML cannot hold (NUL and other controls) become U+FFFD, one for one, so offsets still count.
    """
    text = _NOT_XML.sub("\ufffd", text)
    doc_id = _NOT_XML.sub("\ufffd", doc_id)
    parts = ['<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n',
             f"<DOCID>{html.escape(doc_id)}</DOCID>\n"]
    if dct:
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n')
    parts.append("<TEXT>")
    pos = 0
    for i, (s, e, typ, val) in enumerate(sorted(timexes), start=1):
        if s < pos:
            continue
        parts.append(html.escape(text[pos:s], quote=False))
        parts.append(f'<TIMEX3 tid="t{i}" type="{typ}" value="{html.escape(val)}">'
                     f"{html.escape(text[s:e], quote=False)}</TIMEX3>")
        pos = e
    parts.append(html.escape(text[pos:], quote=False))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)
