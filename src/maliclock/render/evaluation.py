"""The report of ``maliclock eval``: a plain-text table or one JSON document."""

from __future__ import annotations

from typing import Any, TextIO

from ..evaluate import ERROR_KINDS, Evaluation, sample
from .text import dump_json


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:6.2f}"


def _span(label: str, s: dict[str, Any]) -> str:
    rule = f" (rule {s['rule']})" if s.get("rule") else ""
    return f"{label} {s['type']} {s['value']} {s['text']!r}{rule}"


def write_eval_text(ev: Evaluation, out: TextIO, errors: int = 0) -> None:
    """Overall metrics, the per-type table and, with ``errors`` > 0, that many examples of each error kind."""
    t, m = ev.total, ev.metrics()
    w = out.write
    w(f"documents: {len(ev.docs)}   gold: {t.gold}   predicted: {t.pred}\n")
    w(f"matched: {t.relaxed_gold} ({t.strict_gold} identical spans)   missed: {t.gold - t.relaxed_gold}"
      f"   spurious: {t.pred - t.relaxed_pred}\n\n")
    w(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}\n")
    for name in ("strict", "relaxed", "value", "type"):
        r = m[name]
        line = f"{name:10}{_pct(r['precision']):>8}{_pct(r['recall']):>8}{_pct(r['f1']):>8}"
        if "accuracy" in r:
            line += f"   accuracy on relaxed matches {_pct(r['accuracy']).strip()}"
        w(line + "\n")
    w(f"\n{'type':10}{'gold':>6}{'pred':>6}{'str.P':>8}{'str.R':>8}{'rel.P':>8}{'rel.R':>8}{'val.acc':>9}{'typ.acc':>9}\n")
    for name, r in ev.type_rows().items():
        w(f"{name:10}{r['gold']:>6}{r['pred']:>6}{_pct(r['strict_precision']):>8}{_pct(r['strict_recall']):>8}"
          f"{_pct(r['relaxed_precision']):>8}{_pct(r['relaxed_recall']):>8}{_pct(r['value_accuracy']):>9}"
          f"{_pct(r['type_accuracy']):>9}\n")
    if errors <= 0:
        return
    for kind in ERROR_KINDS:
        items = ev.errors[kind]
        shown = sample(items, errors)
        w(f"\n== {kind}: {len(items)}, showing {len(shown)}\n")
        for e in shown:
            parts = [_span(label, e[label]) for label in ("gold", "pred") if e[label]]
            w(f"  {e['doc']} (DCT {e['dct'] or 'none'}) | {' | '.join(parts)}\n      {e['context']}\n")


def eval_json(ev: Evaluation, errors: int = 0) -> str:
    """The whole report as deterministic JSON; error examples only with ``errors`` > 0."""
    t = ev.total
    doc: dict[str, Any] = {
        "documents": len(ev.docs),
        "counts": {"gold": t.gold, "pred": t.pred, "relaxed_matches": t.relaxed_gold,
                   "strict_matches": t.strict_gold, "value_correct": t.value, "type_correct": t.type,
                   "missed": t.gold - t.relaxed_gold, "spurious": t.pred - t.relaxed_pred},
        **ev.metrics(),
        "per_type": ev.type_rows(),
        "errors": {k: {"count": len(v), "examples": sample(v, errors)} for k, v in ev.errors.items()},
    }
    return dump_json(doc)
