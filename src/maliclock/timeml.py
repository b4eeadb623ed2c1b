"""TimeML documents: read ``.tml`` (DCT, text, gold TIMEX3) and write them.

Used as an input format (the text and its DCT), as gold for ``maliclock
eval``, and as an output format of ``maliclock extract --format timeml``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^<>]*?)(/?)>")  # [^<>]: a stray "<" is not scanned to the end
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


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


def parse_timeml(source: str) -> TimeMLDoc:
    """Parse TimeML: the plain text of ``<TEXT>`` (tags removed, entities unescaped) and its TIMEX3s."""
    m = re.search(r"<TEXT>(.*?)</TEXT>", source, re.DOTALL)
    if not m:
        raise ValueError("no <TEXT> element")
    dct = None
    dm = re.search(r"<DCT>.*?value=\"(\d{4})-?(\d{2})-?(\d{2})", source, re.DOTALL)
    if dm:
        dct = date(int(dm.group(1)), int(dm.group(2)), int(dm.group(3)))
    body = m.group(1)
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
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
                text = "".join(out)[s:length]
                timexes.append(GoldTimex(s, length, text, attrs.get("type", ""), attrs.get("value", "")))
        elif t.group(4) != "/":
            open_timex.append((length, dict(_ATTR.findall(t.group(3)))))
    out.append(html.unescape(body[pos:]))
    return TimeMLDoc("".join(out), dct, sorted(timexes, key=lambda x: x.start))


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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
