"""Dask engine, stage 1: list the inputs on the client, read and process articles on the workers.

The client only lists files (paths, sizes, the manifest rows in force) and
never reads an article. Workers read batches of files (local paths, or any
URL fsspec reads: ``s3://``, ``gcs://``, ``file://``, with globs) with the same
:class:`~maliclock.read.Reader` as the single-process engine, and run
:func:`maliclock.pipeline.process_article` on each article. Every record
carries a sort key that reproduces the single-process reading order, so
problems and duplicate ids come out exactly as they would there.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from . import pipeline
from .read import Article, Problem, Reader, walk_folder
# Problem keys: (input index, position of the file in the listing, phase, counter); phase -1 is the
# listing (before the file is read), 0 the reading of the file.
LISTING, READING = -1, 0


@dataclass(frozen=True, slots=True)
class Source:
    """One file to read: where it is, the id it gives its article, and where it sits in the listing."""

    where: str
    ident: str
    size: int
    order: tuple[int, int]
    manifest: int  # index of the manifest snapshot in force for this input
    fs: Any = None  # the fsspec filesystem of a URL; None for a local path
    path: str = ""  # the path within ``fs``
    data: bytes | None = None  # standard input, read on the client


@dataclass(slots=True)
class Listing:
    """What the client knows before any article is read."""

    sources: list[Source]
    manifests: list[dict]
    problems: list[tuple[tuple, Problem]]


class _Remote:
    """A file behind fsspec, for :func:`maliclock.read.read_manifest`."""

    def __init__(self, fs: Any, path: str) -> None:
        self.fs, self.path = fs, path

    def read_bytes(self) -> bytes:
        with self.fs.open(self.path, "rb") as f:
            return f.read()

    def __str__(self) -> str:
        return self.fs.unstrip_protocol(self.path)


def is_url(inp: str) -> bool:
    """Whether an input names a path for fsspec ("s3://bucket/news/") rather than a local one."""
    return "://" in inp


def list_inputs(inputs: list[str], pub_date: date | None, manifest: Path | None) -> Listing:
    """List every file the inputs name, in the order the single-process reader reads them."""
    reader = Reader(pub_date, manifest)
    out = Listing([], [dict(reader.manifest)], [])
    flushed = 0
    count = [0] * len(inputs)  # files listed per input

    def flush(n: int, pos: int) -> None:
        nonlocal flushed
        for p in reader.problems[flushed:]:
            out.problems.append(((n, pos, LISTING, len(out.problems)), p))
        flushed = len(reader.problems)

    def add(n: int, where: str, ident: str, size: int, **kw: Any) -> None:
        if len(out.manifests[-1]) != len(reader.manifest):  # manifests only grow
            out.manifests.append(dict(reader.manifest))
        flush(n, count[n])
        out.sources.append(Source(where, ident, size, (n, count[n]), len(out.manifests) - 1, **kw))
        count[n] += 1

    for n, inp in enumerate(inputs):
        if inp == "-":
            data = sys.stdin.buffer.read()
            add(n, "-", "stdin", len(data), data=data)
        elif is_url(inp):
            _list_url(reader, n, inp, add)
        else:
            _list_local(reader, n, inp, add)
        flush(n, count[n])
    return out


def _list_local(reader: Reader, n: int, inp: str, add: Any) -> None:
    p = Path(inp)
    reader.load_manifest_beside(p if p.is_dir() else p.parent)
    if p.is_dir():
        found = False
        for f in walk_folder(p, reader.problems, reader.suffixes):
            found = True
            add(n, str(f), f.relative_to(p).as_posix(), _size(f))
        if not found:
            reader.problems.append(Problem(inp, f"folder holds no {_kinds(reader)} files", error=False))
    elif p.is_file():
        add(n, str(p), p.name, _size(p))
    elif p.exists():
        reader.problems.append(Problem(inp, "not a regular file or folder"))
    else:
        reader.problems.append(Problem(inp, "no such file or folder"))


def _kinds(reader: Reader) -> str:
    kinds = [s for s in reader.suffixes if s in (".txt", ".md", ".jsonl", ".tml", ".html")]
    return ", ".join(kinds[:-1]) + " or " + kinds[-1] if len(kinds) > 1 else kinds[0]


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


def _list_url(reader: Reader, n: int, inp: str, add: Any) -> None:
    try:
        import fsspec
        fs, root = fsspec.core.url_to_fs(inp)
    except (ImportError, ValueError) as e:  # an unknown protocol, or its package missing
        reader.problems.append(Problem(inp, f"cannot open: {e}"))
        return
    try:
        if any(c in root for c in "*?["):
            files = [(f, f.rsplit("/", 1)[-1]) for f in sorted(fs.glob(root)) if fs.isfile(f)]
        elif fs.isdir(root):
            base = root.rstrip("/") + "/"
            if fs.isfile(base + "sources.csv"):
                for k, v in _read_manifest(fs, base + "sources.csv", reader).items():
                    reader.manifest.setdefault(k, v)
            files = [(f, f[len(base):]) for f in sorted(fs.find(root)) if f.startswith(base)]
        elif fs.isfile(root):
            files = [(root, root.rsplit("/", 1)[-1])]
        else:
            reader.problems.append(Problem(inp, "no such file or folder"))
            return
    except OSError as e:
        reader.problems.append(Problem(inp, f"cannot list: {e}"))
        return
    files = [(f, i) for f, i in files
             if f.lower().endswith(reader.suffixes) and not any(part.startswith(".") for part in i.split("/"))]
    if not files:
        reader.problems.append(Problem(inp, f"holds no {_kinds(reader)} files", error=False))
    for f, ident in files:
        add(n, fs.unstrip_protocol(f), ident, fs.size(f) or 0, fs=fs, path=f)


def _read_manifest(fs: Any, path: str, reader: Reader) -> dict:
    from .read import read_manifest
    return read_manifest(_Remote(fs, path), reader.problems)  # type: ignore[arg-type]


def batches(sources: list[Source], target: int) -> list[tuple[list[Source], int]]:
    """Group files into read tasks of about ``target`` bytes; a larger file is read alone and its
    articles are split into as many partitions as it holds ``target`` bytes."""
    out: list[tuple[list[Source], int]] = []
    cur: list[Source] = []
    size = 0
    for s in sources:
        if s.size >= target:
            out.append(([s], max(1, -(-s.size // target))))
            continue
        if cur and size + s.size > target:
            out.append((cur, 1))
            cur, size = [], 0
        cur.append(s)
        size += s.size
    if cur:
        out.append((cur, 1))
    return out


def read_batch(batch: list[Source], pub_date: date | None, manifests: list[dict]) -> list[tuple]:
    """Read files into ``("a", key, Article)`` and ``("p", key, Problem)`` records.

    An article's key is ``(id, path, input index, file position, n-th article of the file)``: the
    single-process engine's order of articles.
    """
    out: list[tuple] = []
    for src in batch:
        reader = Reader(pub_date)
        reader.manifest = manifests[src.manifest]
        try:
            data = src.data if src.data is not None else _read(src)
        except OSError as e:
            reader.problems.append(Problem(src.where, f"cannot read: {getattr(e, 'strerror', None) or e}"))
            data = None
        if data is not None:
            for seq, art in enumerate(reader.from_bytes(src.where, src.ident, data)):
                out.append(("a", (art.id, art.path, *src.order, seq), art))
        out.extend(("p", (*src.order, READING, c), p) for c, p in enumerate(reader.problems))
    return out


def _read(src: Source) -> bytes:
    if src.fs is None:
        return Path(src.where).read_bytes()
    with src.fs.open(src.path, "rb") as f:
        return f.read()


def piece(records: list[tuple], m: int, k: int) -> list[tuple]:
    """The ``m``-th of ``k`` nearly equal slices of a read task's records."""
    n = len(records)
    return records[m * n // k:(m + 1) * n // k]


def prepare_records(records: list[tuple], date_order: str) -> list[tuple]:
    """Segment and tag each article and read its publication-date evidence (:func:`pipeline.prepare`).

    An article that fails becomes an ``("f", key, Problem)`` record: one bad article must
    not stop the corpus.
    """
    out = []
    for kind, key, obj in records:
        if kind != "a":
            out.append((kind, key, obj))
            continue
        try:
            out.append(("a", key, pipeline.prepare(obj, date_order)))
        except Exception as e:  # noqa: BLE001 - reported, and the article skipped
            out.append(("f", key, _failed(obj, e)))
    return out


def _failed(obj: Article, e: Exception) -> Problem:
    return Problem(f"{obj.path}: article {obj.id}", f"processing failed ({type(e).__name__}: {e}); article skipped")


def process_records(records: list[tuple], date_order: str) -> list[tuple]:
    """Resolve and build statements for each dated article (:func:`pipeline.process`).

    Processed articles are kept without their text (``("a", key, ProcessedArticle)``): the
    output needs their statements and metadata only.
    """
    out = []
    for kind, key, obj in records:
        if kind != "a":
            out.append((kind, key, obj))
            continue
        try:
            pa = pipeline.process(obj, date_order)
        except Exception as e:  # noqa: BLE001 - reported, and the article skipped
            out.append(("f", key, _failed(obj.article, e)))
            continue
        # only the count of unresolved expressions is needed, so only those are kept
        out.append(("a", key, pipeline.ProcessedArticle(dataclasses.replace(pa.article, text=""),
                                                        [t for t in pa.timexes if not t.resolved],
                                                        pa.statements, pa.pub)))
    return out


def rename(rec: tuple, renames: dict[tuple, str]) -> tuple:
    """Give a prepared article the id the single-process engine gives a repeated id ("a#2")."""
    kind, key, obj = rec
    new = renames.get(key)
    if new is None:
        return rec
    if kind == "a":  # a copy: the record may be shared with a persisted collection
        obj = dataclasses.replace(obj, article=dataclasses.replace(obj.article, id=new),
                                  analysis=dataclasses.replace(obj.analysis, source=new))
    return (kind, key, obj)


def duplicate_ids(groups: list[tuple[str, list[tuple]]]) -> dict[tuple, str]:
    """New ids for repeated ids, from ``(id, [keys])`` groups: the 2nd (in key order) is "id#2", ..."""
    out = {}
    for ident, keys in groups:
        for n, key in enumerate(sorted(keys)[1:], start=2):
            out[key] = f"{ident}#{n}"
    return out


def article_from_record(obj: Any, n: tuple[int, int]) -> tuple[str, tuple, Any]:
    """A record of a notebook's bag or dataframe (``id``, ``text``, ``published``, ...) as a read record.

    ``published`` may be a date, a datetime, a pandas Timestamp or an ISO string. A
    record without an ``id`` is named by its position ``n`` (partition, index).
    """
    from .read import JSONL_DATE_FIELDS, parse_date

    if isinstance(obj, Article):
        return ("a", (obj.id, obj.path, 0, n, 0), obj)
    ident = str(obj.get("id") or f"record:{n[0]}-{n[1]}")
    where = str(obj.get("path") or "dask")
    key = (ident, where, 0, n, 0)
    if not isinstance(obj.get("text"), str):
        return ("p", (0, n, READING, 0), Problem(f"{where}: {ident}", "record has no 'text' string"))
    art = Article(ident, obj["text"], where, title=_opt(obj.get("title")), url=_opt(obj.get("url")),
                  publisher=_opt(obj.get("publisher")))
    for field in JSONL_DATE_FIELDS:
        v = obj.get(field)
        if v is None or v != v or v == "":  # NaN / NaT from a dataframe
            continue
        try:
            art.published = v if type(v) is date else (v.date() if hasattr(v, "date") else parse_date(str(v)))
            art.published_basis = "jsonl"
            art.dated_by.append(("jsonl", art.published, f"field '{field}'"))
        except ValueError as e:
            return ("p", (0, n, READING, 0), Problem(f"{where}: {ident}", f"field '{field}': {e}"))
        break
    return ("a", key, art)


def _opt(v: Any) -> str | None:
    return None if v is None or v != v else str(v)


def _register_sizes() -> None:
    """Tell Dask how large the records are (measured as pickled, about 8 bytes per byte of text
    once segmented and tagged). Dask's default guesses a slotted object from its slots alone,
    40 times too small for a prepared article; the scheduler then placed tasks away from the
    articles and moved them between workers, whose pickling cost more than the work itself."""
    try:
        from dask.sizeof import sizeof
    except ImportError:  # the module is importable without the dask extra
        return
    from .statements import Statement

    sizeof.register(Article)(lambda a: 300 + len(a.text))
    sizeof.register(pipeline.Prepared)(lambda p: 2000 + 10 * len(p.article.text))
    sizeof.register(pipeline.ProcessedArticle)(
        lambda pa: 500 + len(pa.article.text) + 300 * len(pa.timexes) + 700 * len(pa.statements))
    sizeof.register(Statement)(lambda s: 400 + len(s.sentence))


_register_sizes()
