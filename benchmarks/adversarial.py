"""Throughput of maliclock on adversarial text against normal news text.

Usage: python benchmarks/adversarial.py [--size MB] [--rounds N] [--per-run]

Adversarial text is long runs of the five kinds the issue names (digits, spaces,
"the the the", month names, punctuation), a fifth each, in several variants,
each run long enough that a pattern with super-linear backtracking would show.
Normal text is the seed articles. Both go through the same stages as
``maliclock timeline`` (segment, tag, resolve, statements, merge), in CPU time,
and the script prints MB/s for each and their ratio (the issue asks for >= 0.5).

Most of the adversarial text is not prose (a few words repeated), which the
segmenter sets aside unread; so that the patterns themselves are shown linear
on it, the script also times the tagger alone over every character of both
texts, nothing set aside ("tagger alone").
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The five kinds of run the issue names, each a fifth of the text, each made of a few
# variants: (kind, [(name, unit repeated into a run), ...]); a run is one line unless it holds newlines.
KINDS: list[tuple[str, list[tuple[str, str]]]] = [
    ("digits", [
        ("digits", "7"), ("year digits", "2012"), ("digit groups", "1,000,"), ("slashed digits", "12/"),
        ("dotted digits", "3."), ("clock digits", "10:"), ("hyphenated years", "1990-"), ("apostrophe years", "'89 "),
    ]),
    ("spaces", [
        ("spaces between words", "March" + " " * 5000 + "Christmas" + " " * 5000 + "22 "),
        ("tabs and spaces", "the \t \t "), ("short lines", "March 3\r\n"),
    ]),
    ("the the the", [
        ("the the the", "the "), ("last last last", "last "), ("a a a", "a "), ("number words", "twenty-one "),
        ("capitalised words", "Mali "),
    ]),
    ("month names", [
        ("month names", "March "), ("month names mixed", "Jan. February Mar April May June July Aug. Sept. October "
                                                            "Nov December "),
        ("month days", "March 22 "), ("month day years", "March 22, 2012 "), ("weekdays", "Wednesday "),
        ("mid months", "mid-March "), ("dates without spaces", "March.22.2012."),
    ]),
    ("punctuation", [
        ("dots", "."), ("exclamations", "!?"), ("dashes", "-"), ("quotes", "'\""), ("apostrophes", "'"),
        ("curly apostrophes", "’"), ("brackets", "(["),
        ("commas", ","), ("punctuation mix", ".,;:!?-'\"()/"),
    ]),
]
RUNS: list[tuple[str, str]] = [run for _, runs in KINDS for run in runs]


def adversarial_text(size: int = 1_000_000) -> str:
    """About ``size`` characters: each kind of run a fifth, split evenly among its variants; deterministic."""
    parts = []
    for _, runs in KINDS:
        per = size // len(KINDS) // len(runs)
        for _, unit in runs:
            parts.append((unit * (per // len(unit) + 1))[:per])
    return "\n".join(parts)


def normal_texts() -> list[str]:
    """The seed articles as read."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def _timeline(texts: list[str]) -> int:
    from datetime import date

    from maliclock.merge import chronology
    from maliclock.pipeline import process_article
    from maliclock.read import Article

    stmts = []
    for n, t in enumerate(texts):
        stmts.extend(process_article(Article(f"a{n}", t, f"a{n}", date(2012, 3, 26))).statements)
    return len(chronology(stmts))


def measure(texts: list[str], minimum: int) -> tuple[float, int]:
    """MB/s of the timeline stages over ``texts``, repeated until ``minimum`` characters are done."""
    done, start = 0, time.process_time()
    while done < minimum:
        _timeline(texts)
        done += sum(len(t) for t in texts)
    return done / 1e6 / (time.process_time() - start), done


def measure_tagger(texts: list[str], minimum: int) -> tuple[float, int]:
    """MB/s of the tagger alone over the whole of ``texts`` (no zones set aside), and expressions found."""
    from maliclock.tag import tag_zones

    done, found, start = 0, 0, time.process_time()
    while done < minimum:
        for t in texts:
            found += len(tag_zones(t, [(0, len(t))]))
            done += len(t)
    return done / 1e6 / (time.process_time() - start), found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=float, default=1.0, help="MB of adversarial text (default 1)")
    ap.add_argument("--rounds", type=int, default=3, help="alternate normal and adversarial this many times")
    ap.add_argument("--per-run", action="store_true", help="also time each kind of run on its own")
    args = ap.parse_args()
    size = int(args.size * 1_000_000)
    _timeline(["warm-up on March 3, 2012."])
    adv_text = adversarial_text(size)
    rows = []
    for _ in range(args.rounds):  # alternating, so that a busy machine slows both alike
        normal, n_done = measure(normal_texts(), size)
        adversarial, a_done = measure([adv_text], size)
        rows.append((adversarial / normal, normal, adversarial))
    ratio, normal, adversarial = sorted(rows)[len(rows) // 2]
    print(f"normal      {normal:8.3f} MB/s  ({n_done:,} chars of seed articles)")
    print(f"adversarial {adversarial:8.3f} MB/s  ({a_done:,} chars: {', '.join(k for k, _ in KINDS)})")
    print(f"ratio       {ratio:8.2f}  (adversarial / normal, median of {args.rounds} rounds; at least 0.5 expected)")
    tag_rows = []
    for _ in range(args.rounds):
        normal_t, n_found = measure_tagger(normal_texts(), size)
        adversarial_t, a_found = measure_tagger([adv_text], size)
        tag_rows.append((adversarial_t / normal_t, normal_t, adversarial_t))
    t_ratio, normal_t, adversarial_t = sorted(tag_rows)[len(tag_rows) // 2]
    print(f"tagger alone, every character read: normal {normal_t:.3f} MB/s, adversarial {adversarial_t:.3f} MB/s "
          f"({a_found:,} expressions), ratio {t_ratio:.2f}")
    if args.per_run:
        for kind, runs in KINDS:
            for name, unit in runs:
                per = size // len(KINDS) // len(runs)
                mbs, _ = measure([(unit * (per // len(unit) + 1))[:per]], per)
                print(f"  {kind:12s} {name:22s} {mbs:8.3f} MB/s")


if __name__ == "__main__":
    main()
