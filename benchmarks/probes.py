"""The probe corpora: how well maliclock tags, merges and dates articles of six genres it was not built on.

Each folder of ``fixtures/probes/`` holds 12 original articles (3 stories told by 4 outlets of one genre, written
for this project), their publication dates (``corpus/sources.csv``), the true chronology with the disagreements
planted in it (``KEY.md``), TIMEX3 gold (``gold.jsonl``) and a gold clustering of the timeline's mentions
(``mention_gold.jsonl``: each mention, by source and expression offsets, labelled by the real-world happening its
clause reports; ``none`` for a clause that reports none).

    python benchmarks/probes.py [--json] [PROBE ...]

For each probe it reports:

* the tagger: strict, relaxed and value F1 (TempEval-3 style, as ``maliclock eval``);
* the merge: pairwise precision, recall and F1 and B-cubed precision, recall and F1 of the timeline's grouping of
  the mentions the gold labels (matched by source and offsets; a mention whose span changed is left out);
* publication dates: the articles dated without the manifest whose day is exact, whose month is right, and whose
  range holds the true day.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

from maliclock import evaluate
from maliclock.pipeline import Options, prepare_corpus, run_timeline

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "probes"


def tagger_scores(folder: Path) -> dict[str, float]:
    """Strict, relaxed and value F1 of the tagger on the probe's TIMEX3 gold."""
    ev, _ = evaluate.run([str(folder / "gold.jsonl")])
    metrics = ev.metrics()
    return {k: round(100 * metrics[k]["f1"], 2) for k in ("strict", "relaxed", "value")}


def merge_scores(folder: Path) -> dict[str, float]:
    """Pairwise and B-cubed scores of the timeline's grouping of the labelled mentions."""
    gold: dict[tuple[str, int, int], str] = {}
    for line in (folder / "mention_gold.jsonl").read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        key = (o["source"], o["start"], o["end"])
        gold[key] = o["label"] if o["label"] != "none" else f"none:{key}"  # each alone
    res = run_timeline([str(folder / "corpus")], Options(manifest=folder / "corpus" / "sources.csv"))
    found: dict[tuple[str, int, int], str] = {}
    for e in res.events:
        for m in e.mentions:
            key = (m.source, m.timex.start, m.timex.end)
            if key in gold:
                found.setdefault(key, e.id)
    keys = sorted(found)
    tp = fp = fn = 0
    for a, b in itertools.combinations(keys, 2):
        same_gold, same_found = gold[a] == gold[b], found[a] == found[b]
        tp += same_gold and same_found
        fp += same_found and not same_gold
        fn += same_gold and not same_found
    by_gold: dict[str, set] = defaultdict(set)
    by_found: dict[str, set] = defaultdict(set)
    for k in keys:
        by_gold[gold[k]].add(k)
        by_found[found[k]].add(k)
    n = max(1, len(keys))
    b3p = sum(len(by_found[found[k]] & by_gold[gold[k]]) / len(by_found[found[k]]) for k in keys) / n
    b3r = sum(len(by_found[found[k]] & by_gold[gold[k]]) / len(by_gold[gold[k]]) for k in keys) / n
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"mentions": len(keys), "labelled": len(gold), "pair_tp": tp, "pair_fp": fp, "pair_fn": fn,
            "pair_p": round(100 * p, 1), "pair_r": round(100 * r, 1),
            "pair_f": round(200 * p * r / (p + r), 1) if p + r else 0.0,
            "b3_p": round(100 * b3p, 1), "b3_r": round(100 * b3r, 1),
            "b3_f": round(200 * b3p * b3r / (b3p + b3r), 1) if b3p + b3r else 0.0}


def pubdate_scores(folder: Path) -> dict[str, int]:
    """Articles dated from their texts alone (the manifest withheld): exact day, right month, range holding the day."""
    with open(folder / "corpus" / "sources.csv", encoding="utf-8") as f:
        truth = {r["file"]: date.fromisoformat(r["published"]) for r in csv.DictReader(f)}
    with tempfile.TemporaryDirectory() as tmp:  # the texts alone, without the folder's manifest
        for f in sorted((folder / "corpus").glob("*.txt")):
            shutil.copy(f, tmp)
        prepared, _ = prepare_corpus([tmp], Options())
    exact = month = contains = 0
    for p in prepared:
        t, pub = truth[Path(p.article.path).name], p.pub
        exact += pub.published == t
        month += pub.published is not None and (pub.published.year, pub.published.month) == (t.year, t.month)
        contains += pub.first is not None and pub.first <= t <= pub.last
    return {"articles": len(prepared), "exact": exact, "month": month, "contains": contains}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probes", nargs="*", help="probe names (default: every folder of fixtures/probes)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    names = args.probes or sorted(p.name for p in ROOT.iterdir() if p.is_dir())
    out = {n: {"tagger": tagger_scores(ROOT / n), "merge": merge_scores(ROOT / n), "pubdate": pubdate_scores(ROOT / n)}
           for n in names}
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"{'probe':6} {'strict':>7} {'value':>7} | {'pairP':>6} {'pairR':>6} {'pairF':>6} {'B3 F':>6} | dates exact/month/range")
    for n, o in out.items():
        t, m, d = o["tagger"], o["merge"], o["pubdate"]
        print(f"{n:6} {t['strict']:7.2f} {t['value']:7.2f} | {m['pair_p']:6.1f} {m['pair_r']:6.1f} {m['pair_f']:6.1f} "
              f"{m['b3_f']:6.1f} | {d['exact']}/{d['month']}/{d['contains']} of {d['articles']}")
    tp = sum(o["merge"]["pair_tp"] for o in out.values())
    fp = sum(o["merge"]["pair_fp"] for o in out.values())
    fn = sum(o["merge"]["pair_fn"] for o in out.values())
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    dates = [sum(o["pubdate"][k] for o in out.values()) for k in ("exact", "month", "contains", "articles")]
    print(f"all    merge pairwise P {100 * p:.1f} R {100 * r:.1f} F {200 * p * r / max(1e-9, p + r):.1f}; "
          f"dates {dates[0]}/{dates[1]}/{dates[2]} of {dates[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
