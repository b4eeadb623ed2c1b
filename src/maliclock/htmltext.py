"""Article text and publication metadata from an HTML page (standard library only).

The text is what a reader sees: scripts, styles and page furniture
(navigation, forms) are dropped, block elements end lines, runs of
whitespace collapse to one space. When the page has an ``<article>`` (or
else a ``<main>``) element, only its text is kept. Every offset maliclock
reports for an HTML input indexes this extracted text.

Publication dates are read, most explicit first, from
``<meta property="article:published_time">`` (and the like), JSON-LD
``datePublished``, and ``<time datetime>`` (one marked
``itemprop="datePublished"`` or ``pubdate`` before any other).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser

from . import regex_cache

# Elements whose content is never article text.
_SKIP = frozenset("script style noscript template svg head iframe object canvas select button nav".split())
# Elements that end a line (the text after them starts a new one).
_BLOCK = frozenset("""p div br h1 h2 h3 h4 h5 h6 li ul ol tr table section article header footer figure
figcaption blockquote pre hr dd dt dl main aside address caption details summary title""".split())
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# <meta> names/properties that carry the publication time, most explicit first.
META_PUBLISHED = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                  "publishdate", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date")
_WS = regex_cache.compile(r"[ \t\r\n\f\v\u00a0]+")


@dataclass(slots=True)
class HtmlDoc:
    """What a page says: its article text, title, canonical URL and dated fields."""

    text: str
    title: str | None = None
    url: str | None = None
    # (field that gave it, raw value), most explicit first
    dates: list[tuple[str, str]] = field(default_factory=list)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: dict[str, list[str]] = {"body": [], "article": [], "main": []}
        self.depth = {"article": 0, "main": 0}
        self.done = {"article": False, "main": False}
        self.skip = 0
        self.pre = 0
        self.in_title = False
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self.url: str | None = None
        self.ld: list[str] = []
        self.in_ld = False
        self.times: list[tuple[int, str]] = []  # (priority, datetime)

    # -- structure --------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.url = self.url or a.get("href") or None
            return
        if tag == "time" and a.get("datetime"):
            marked = a.get("itemprop", "").lower() == "datepublished" or "pubdate" in a
            self.times.append((0 if marked else 1, a["datetime"]))
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.in_ld = True
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
            return
        if tag in self.depth and not self.done[tag]:
            self.depth[tag] += 1
        if tag == "pre":
            self.pre += 1
        if tag in _BLOCK:
            self._write("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_ld = False
        if tag == "title":
            self.in_title = False
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCK:
            self._write("\n")
        if tag in self.depth and self.depth[tag] > 0 and not self.done[tag]:
            self.depth[tag] -= 1
            if self.depth[tag] == 0:
                self.done[tag] = True  # only the first <article>/<main> is the article

    def handle_data(self, data: str) -> None:
        if self.in_ld:
            self.ld.append(data)
            return
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        self._write(data if self.pre else _WS.sub(" ", data))

    def _write(self, s: str) -> None:
        self.parts["body"].append(s)
        for k in ("article", "main"):
            if self.depth[k] > 0:
                self.parts[k].append(s)


def _tidy(parts: list[str]) -> str:
    """Join text pieces: trim each line, at most one blank line in a row."""
    lines = [ln.strip(" \t") for ln in "".join(parts).split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip("\n") + "\n" if any(out) else ""


def _ld_dates(blobs: list[str]) -> list[str]:
    """``datePublished`` values in JSON-LD, articles' first."""
    found: list[tuple[int, str]] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            v = node.get("datePublished")
            if isinstance(v, str) and v.strip():
                kind = node.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                found.append((0 if any(isinstance(k, str) and k.endswith(("Article", "Posting", "Report"))
                                       for k in kinds) else 1, v.strip()))
            for k, n in node.items():
                if k != "datePublished":
                    walk(n)

    for blob in blobs:
        try:
            walk(json.loads(blob))
        except (json.JSONDecodeError, RecursionError):
            continue
    return [v for _, v in sorted(found, key=lambda p: p[0])]


def parse_loose_date(value: str) -> date:
    """A calendar day from an ISO, RFC 2822 or written-out timestamp, as written (no time-zone shift).

    Raises ValueError when the value lacks a year, month or day.
    """
    v = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", v)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    from dateutil import parser as du

    try:
        a = du.parse(v, default=datetime(2001, 1, 1))
        b = du.parse(v, default=datetime(2002, 2, 2))
    except (ValueError, OverflowError):
        raise ValueError(f"not a date: {value!r}") from None
    if a.date() != b.date():  # a default filled a missing part
        raise ValueError(f"not a full date: {value!r}")
    return a.date()


def extract_html(html: str) -> HtmlDoc:
    """The article text and metadata of an HTML page."""
    p = _Extractor()
    p.feed(html)
    p.close()
    body = p.parts["article"] if "".join(p.parts["article"]).strip() else (
        p.parts["main"] if "".join(p.parts["main"]).strip() else p.parts["body"])
    title = _WS.sub(" ", "".join(p.title)).strip() or p.meta.get("og:title") or None
    doc = HtmlDoc(_tidy(body), title, p.url or p.meta.get("og:url") or None)
    for key in META_PUBLISHED:
        if key in p.meta:
            doc.dates.append((f"meta {key}", p.meta[key].strip()))
    doc.dates.extend(("JSON-LD datePublished", v) for v in _ld_dates(p.ld))
    doc.dates.extend(("<time datetime>", v.strip()) for _, v in sorted(p.times, key=lambda t: t[0]))
    return doc
