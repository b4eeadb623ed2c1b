"""Stage 1: read articles from files, folders, JSON Lines, TimeML and standard input.

Each article gets a stable id, its text exactly as decoded, and a
publication date with the basis it came from, in this order of precedence:
``--pub-date`` on the command line, a ``published:`` line in front matter or
the metadata of an HTML page, a manifest CSV (``sources.csv`` beside the
inputs or ``--manifest``), the JSON Lines ``published`` field. Every explicit
date found is kept in ``Article.dated_by`` so that the publication-date stage
can report conflicts. HTML pages are reduced to their article text
(:mod:`maliclock.htmltext`); offsets index that text. Problems are collected as :class:`Problem` rows,
never raised, so one bad input does not stop the others.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from . import regex_cache

TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
TIMEML_SUFFIXES = (".tml",)
HTML_SUFFIXES = (".html", ".htm")
MANIFEST_NAME = "sources.csv"
JSONL_DATE_FIELDS = ("published", "date", "pub_date", "publish_date", "dct")


@dataclass(slots=True)
class Article:
    """One article as read: id, text, where it came from and its publication date."""

    id: str
    text: str
    path: str
    published: date | None = None
    published_basis: str = "none"
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    extra: dict[str, object] = field(default_factory=dict)
    # every explicit publication date found, as (basis, date, where it was read)
    dated_by: list[tuple[str, date, str]] = field(default_factory=list)


@dataclass(slots=True)
class Problem:
    """A user-facing problem with one input: which input, and what is wrong."""

    input: str
    message: str
    error: bool = True  # an error makes the exit code 1; a warning (False) does not

    def line(self) -> str:
        """The single stderr line for this problem."""
        return f"maliclock: {self.input}: {self.message}"


def parse_date(value: str) -> date:
    """A YYYY-MM-DD (or ISO timestamp) date; raises ValueError with a clear message."""
    v = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$", v)
    if not m:
        raise ValueError(f"invalid date {value!r} (expected YYYY-MM-DD)")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise ValueError(f"invalid date {value!r} (no such day)") from None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252.

    Returns the text and the name of the decoding used. Raises ValueError,
    with a message for the user, for data that is none of these, or binary.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _text(data[3:].decode("utf-8")), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise ValueError(f"starts with a UTF-8 byte-order mark but is not UTF-8 (byte {e.start + 3})") from None
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise ValueError("UTF-32 text is not supported (save it as UTF-8)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _text(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError:
            raise ValueError("starts with a UTF-16 byte-order mark but is not UTF-16") from None
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 8:
        raise ValueError("binary file (not text)")
    try:
        return _text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _text(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return _text(data.decode("latin-1")), "latin-1"


# Characters that plain text hardly has: C0 controls other than tab, line and page breaks.
_CONTROL = regex_cache.compile(r"[\x00-\x08\x0e-\x1f]")


def _text(text: str) -> str:
    """``text`` unless its start is more than 2% control characters (binary that happened to decode)."""
    head = text[:65536]
    if len(_CONTROL.findall(head)) > len(head) // 50 + 4:
        raise ValueError("binary file (not text in UTF-8, UTF-16 or Windows-1252)")
    return text


_FRONT = regex_cache.compile(r"^---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", re.DOTALL)


def front_matter(text: str) -> dict[str, str]:
    """Key/value pairs of YAML-style front matter (simple ``key: value`` lines)."""
    m = _FRONT.match(text)
    if not m:
        return {}
    out: dict[str, str] = {}
    for line in m.group(1).splitlines():
        k, sep, v = line.partition(":")
        if sep and k.strip():
            out[k.strip().lower()] = v.strip().strip("'\"")
    return out


@dataclass(slots=True)
class ManifestRow:
    """A manifest's facts about one file."""

    published: date | None
    title: str | None
    publisher: str | None
    url: str | None


def read_manifest(path: Path, problems: list[Problem]) -> dict[str, ManifestRow]:
    """Rows of a manifest CSV (``file,published[,title,publisher,url]``) by file name."""
    try:
        text, _ = decode(path.read_bytes())
    except (OSError, ValueError) as e:
        problems.append(Problem(str(path), f"cannot read manifest: {getattr(e, 'strerror', None) or e}"))
        return {}
    out: dict[str, ManifestRow] = {}
    try:
        _manifest_rows(path, text, out, problems)
    except csv.Error as e:
        problems.append(Problem(str(path), f"manifest is not valid CSV: {e}"))
    return out


# The column that names each row's file, the first found of these: "id" is what ``maliclock sources --format csv``
# writes, so its output can be edited and read back as a manifest; a "path" is matched by its last part.
MANIFEST_FILE_COLUMNS = ("file", "filename", "id", "path")


def _manifest_rows(path: Path, text: str, out: dict[str, ManifestRow], problems: list[Problem]) -> None:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    cols = [(c or "").strip().lower() for c in (reader.fieldnames or [])]
    key = next((c for c in MANIFEST_FILE_COLUMNS if c in cols), None)
    missing = ([] if key else ["file"]) + ([] if "published" in cols else ["published"])
    if missing:
        problems.append(Problem(str(path), "manifest lacks the column" + ("s " if len(missing) > 1 else " ")
                                + " and ".join(f"'{c}'" for c in missing)
                                + ("" if key else " (or 'filename', 'id', 'path')")))
        return
    for n, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k}
        name = row.get(key, "")
        if key == "path" and name:
            name = name.replace("\\", "/").rsplit("/", 1)[-1]
        if not name:
            problems.append(Problem(f"{path}:{n}", "manifest row has no file name"))
            continue
        pub = None
        if row.get("published"):
            try:
                pub = parse_date(row["published"])
            except ValueError as e:
                problems.append(Problem(f"{path}:{n}", str(e)))
        out[name] = ManifestRow(pub, row.get("title") or None, row.get("publisher") or None, row.get("url") or None)


def _stdout_file() -> tuple[int, int] | None:
    """(device, inode) of standard output when it is redirected to a regular file, else None."""
    try:
        st = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # closed, or replaced by an object with no descriptor
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _walk(root: Path, problems: list[Problem], suffixes: tuple[str, ...]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    # "maliclock timeline news/ > news/out.txt": the shell has made the output file before the run reads the folder
    own_output = _stdout_file()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=lambda e: problems.append(
            Problem(str(e.filename), f"cannot read folder: {e.strerror}"))):
        try:
            st = os.stat(dirpath)
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames.sort()
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if name.lower().endswith(suffixes):
                path = Path(dirpath) / name
                if own_output is not None and _same_file(path, own_output):
                    problems.append(Problem(str(path), "is this run's own output (standard output); not read",
                                            error=False))
                    continue
                yield path


def _same_file(path: Path, key: tuple[int, int]) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == key


walk_folder = _walk  # the files of a folder as ``Reader.read`` takes them: sorted, hidden ones skipped


class Reader:
    """Reads inputs into articles, collecting problems instead of raising."""

    def __init__(self, pub_date: date | None = None, manifest: Path | None = None,
                 suffixes: tuple[str, ...] = TEXT_SUFFIXES + JSONL_SUFFIXES + TIMEML_SUFFIXES + HTML_SUFFIXES) -> None:
        self.pub_date = pub_date
        self.suffixes = suffixes  # which files a folder contributes
        self.problems: list[Problem] = []
        self.manifest: dict[str, ManifestRow] = {}
        self._manifests_read: set[str] = set()
        if manifest is not None:
            self.manifest.update(read_manifest(manifest, self.problems))

    def read(self, inputs: list[str]) -> Iterator[Article]:
        """Articles from every input, in the order given (folders sorted)."""
        for inp in inputs:
            if inp == "-":
                data = sys.stdin.buffer.read()
                yield from self._from_bytes("-", "stdin", data)
                continue
            p = Path(inp)
            try:
                mode = os.stat(p).st_mode
            except OSError as e:
                self.problems.append(Problem(inp, _os_message(e)))
                continue
            self._load_manifest_beside(p if stat.S_ISDIR(mode) else p.parent)
            if stat.S_ISDIR(mode):
                found = False
                for f in _walk(p, self.problems, self.suffixes):
                    found = True
                    yield from self._from_file(f, f.relative_to(p).as_posix())
                if not found:
                    kinds = [s for s in self.suffixes if s in (".txt", ".md", ".jsonl", ".tml", ".html")]
                    named = ", ".join(kinds[:-1]) + " or " + kinds[-1] if len(kinds) > 1 else kinds[0]
                    self.problems.append(Problem(inp, f"folder holds no {named} files", error=False))
            elif stat.S_ISREG(mode):
                yield from self._from_file(p, p.name)
            else:
                self.problems.append(Problem(inp, "not a regular file or folder"))

    def _load_manifest_beside(self, folder: Path) -> None:
        mf = folder / MANIFEST_NAME
        try:
            key = str(mf.resolve()) if mf.is_file() else None
        except (OSError, RuntimeError):  # a link loop or an unreadable folder: read_manifest reports it
            key = str(mf)
        if key is None or key in self._manifests_read:
            return
        self._manifests_read.add(key)
        for k, v in read_manifest(mf, self.problems).items():
            self.manifest.setdefault(k, v)

    def _from_file(self, path: Path, ident: str) -> Iterator[Article]:
        if path.name.lower().endswith(JSONL_SUFFIXES):
            yield from self._jsonl_file(path)
            return
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or device would block or never end
                self.problems.append(Problem(str(path), "not a regular file"))
                return
            data = path.read_bytes()
        except OSError as e:
            self.problems.append(Problem(str(path), _os_message(e)))
            return
        yield from self._from_bytes(str(path), ident, data)

    def _from_bytes(self, where: str, ident: str, data: bytes) -> Iterator[Article]:
        lower = where.lower()
        if lower.endswith(JSONL_SUFFIXES):
            yield from self._jsonl(where, data)
            return
        try:
            text, enc = decode(data)
        except ValueError as e:
            self.problems.append(Problem(where, str(e)))
            return
        if lower.endswith(TIMEML_SUFFIXES):
            from .timeml import parse_timeml  # only TimeML input needs it
            try:
                doc = parse_timeml(text)
            except ValueError as e:
                self.problems.append(Problem(where, f"not valid TimeML: {e}"))
                return
            art = Article(ident.rsplit(".", 1)[0] if ident != "stdin" else ident, doc.text, where, encoding=enc)
            if doc.dct:
                art.published, art.published_basis = doc.dct, "timeml"
                art.dated_by.append(("timeml", doc.dct, "<DCT>"))
            art.extra["gold"] = doc.timexes
            self._apply_cli_and_manifest(art, ident)
            yield art
            return
        if lower.endswith(HTML_SUFFIXES):
            yield from self._html(where, ident, text, enc)
            return
        if where == "-" and text.lstrip().startswith("{"):
            yield from self._jsonl(where, data)
            return
        _check_text(where, text, self.problems)
        art = Article(ident, text, where, encoding=enc)
        fm = front_matter(text)
        if fm.get("published") or fm.get("date"):
            try:
                art.published, art.published_basis = parse_date(fm.get("published") or fm["date"]), "front-matter"
                art.dated_by.append(("front-matter", art.published, "published" if fm.get("published") else "date"))
            except ValueError as e:
                self.problems.append(Problem(where, f"front matter: {e}"))
        art.title = fm.get("title") or None
        art.url = fm.get("url") or None
        art.publisher = fm.get("publisher") or fm.get("source") or None  # "source: Reuters" names the outlet too
        self._apply_cli_and_manifest(art, ident)
        yield art

    def _apply_cli_and_manifest(self, art: Article, ident: str) -> None:
        row = self.manifest.get(ident) or self.manifest.get(Path(ident).name)
        if row:
            if row.published:
                art.dated_by.append(("manifest", row.published, "manifest row"))
            if row.published and art.published_basis in ("none", "jsonl"):
                art.published, art.published_basis = row.published, "manifest"
            art.title = art.title or row.title
            art.publisher = art.publisher or row.publisher
            art.url = art.url or row.url
        if self.pub_date:
            art.published, art.published_basis = self.pub_date, "cli"
            art.dated_by.append(("cli", self.pub_date, "--pub-date"))

    # For engines that list the inputs in one place and read them in another (the Dask engine).
    load_manifest_beside = _load_manifest_beside
    from_bytes = _from_bytes

    def _jsonl_file(self, path: Path) -> Iterator[Article]:
        """A JSON Lines file read line by line, so that it is never held whole in memory.

        Each line is decoded like a file (UTF-8, else Windows-1252); a file
        starting with a UTF-16 byte order mark is read whole.
        """
        where = str(path)
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or device would block or never end
                self.problems.append(Problem(where, "not a regular file"))
                return
            f = open(path, "rb")
        except OSError as e:
            self.problems.append(Problem(where, _os_message(e)))
            return
        with f:
            if f.peek(2)[:2] in (b"\xff\xfe", b"\xfe\xff"):
                yield from self._jsonl(where, f.read())
                return
            yield from self._jsonl_lines(where, _decoded_lines(f, where, self.problems))

    def _jsonl(self, where: str, data: bytes) -> Iterator[Article]:
        try:
            text, enc = decode(data)
        except ValueError as e:
            self.problems.append(Problem(where, str(e)))
            return
        # JSON strings hold no raw line breaks, so every CR, LF or CRLF ends a line (str.splitlines
        # would also split at U+2028 and other characters a JSON string may hold)
        yield from self._jsonl_lines(where, ((n, line, enc) for n, line in enumerate(_LINE_BREAK.split(text), start=1)))

    def _jsonl_lines(self, where: str, lines: Iterable[tuple[int, str, str]]) -> Iterator[Article]:
        for n, line, enc in lines:
            if not line.strip():
                continue
            loc = f"{where}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                self.problems.append(Problem(loc, f"not valid JSON ({e.msg})"))
                continue
            except (ValueError, RecursionError):  # numbers too long to convert, nesting too deep
                self.problems.append(Problem(loc, "not valid JSON (too deeply nested or a number too long)"))
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                self.problems.append(Problem(loc, "JSON line has no 'text' string"))
                continue
            ident = _scalar(obj.get("id")) or _scalar(obj.get("doc_id")) or f"{Path(where).name}:{n}"
            _check_text(loc, obj["text"], self.problems)
            art = Article(ident, obj["text"], where, title=_scalar(obj.get("title")), url=_scalar(obj.get("url")),
                          publisher=_scalar(obj.get("publisher")), encoding=enc)
            if "timexes" in obj:  # gold annotations (maliclock eval)
                art.extra["gold"] = obj["timexes"]
            for key in JSONL_DATE_FIELDS:
                if obj.get(key):
                    try:
                        art.published, art.published_basis = parse_date(_scalar(obj[key]) or ""), "jsonl"
                        art.dated_by.append(("jsonl", art.published, f"field '{key}'"))
                    except ValueError as e:
                        self.problems.append(Problem(loc, f"field '{key}': {e}"))
                    break
            self._apply_cli_and_manifest(art, ident)
            yield art

    def _html(self, where: str, ident: str, text: str, enc: str) -> Iterator[Article]:
        from .htmltext import extract_html, parse_loose_date  # only HTML input needs it

        doc = extract_html(text)
        art = Article(ident, doc.text, where, title=doc.title, url=doc.url, encoding=enc)
        for name, raw in doc.dates:
            try:
                d = parse_loose_date(raw)
            except ValueError:
                continue
            art.dated_by.append(("html", d, name))
            if art.published is None:
                art.published, art.published_basis = d, "html"
        self._apply_cli_and_manifest(art, ident)
        if not doc.text.strip():
            self.problems.append(Problem(where, "no article text in the HTML", error=False))
        yield art


_LINE_BREAK = regex_cache.compile(r"\r\n|\r|\n")


def _scalar(v: object) -> str | None:
    """A JSON field as text: strings and numbers as they are, anything else (lists, objects) as missing."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (str, int, float)):
        return str(v) or None
    return None


def _check_text(where: str, text: str, problems: list[Problem]) -> None:
    """Warnings (not errors) for text that is read but may surprise: empty, blank, NUL characters."""
    if not text:
        problems.append(Problem(where, "empty", error=False))
    elif not text.strip():
        problems.append(Problem(where, "only whitespace", error=False))
    nul = text.count("\x00")
    if nul:
        problems.append(Problem(where, f"{nul} NUL character(s) in the text, kept so that offsets stay exact",
                                error=False))


def _os_message(e: OSError) -> str:
    """The user's line for an operating-system error on an input."""
    if e.errno == errno.ENOENT:
        return "no such file or folder"
    if e.errno == errno.ELOOP:
        return "cannot read: symbolic link loop"
    return f"cannot read: {e.strerror or e}"


def _decoded_lines(f: BinaryIO, where: str, problems: list[Problem]) -> Iterator[tuple[int, str, str]]:
    """(line number, text, encoding) of each line of a JSON Lines file, decoded one by one.

    A line ends at LF, CRLF or a lone CR, as when the file is read whole.
    """
    n = 0
    for raw in f:
        if n == 0 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if raw.endswith(b"\n"):
            raw = raw[:-1]
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        for piece in raw.split(b"\r"):
            n += 1
            try:
                text, enc = decode(piece)
            except ValueError as e:
                problems.append(Problem(f"{where}:{n}", str(e)))
                continue
            yield n, text, enc
