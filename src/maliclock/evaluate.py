"""``maliclock eval``: score the tagger against gold TIMEX3 annotations (TempEval-3 Task A).

Gold documents come from TimeML (``.tml``) or JSON Lines with a ``timexes``
list; the tagger runs on their plain text with the document creation time as
publication date. Matching is one-to-one: first identical spans are paired,
then the remaining gold and predicted expressions that share at least one
character, greedily in document order (each gold expression, by start, takes
the earliest unpaired overlapping prediction). From the pairs:

- strict P/R/F1 count identical spans, relaxed P/R/F1 count every pair;
- value (type) accuracy = pairs whose value (type) strings are equal / pairs,
  and value (type) F1 = accuracy x relaxed F1 = 2 * correct / (|pred| + |gold|).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

TYPES = ("DATE", "TIME", "DURATION", "SET")
ERROR_KINDS = ("missed", "spurious", "wrong value", "wrong type", "wrong boundary")


@dataclass(slots=True)
class Span:
    """A gold or predicted expression: span, text, TIMEX3 type and value (and the rule, for predictions)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str = ""


@dataclass(slots=True)
class Doc:
    """One scored document: its text, gold and predicted expressions and how they pair up."""

    id: str
    dct: date | None
    text: str
    gold: list[Span]
    pred: list[Span]
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold index, pred index)
    missed: list[int] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)


def match(gold: list[Span], pred: list[Span]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one pairs (gold index, pred index), then unpaired gold and unpaired pred indices.

    Identical spans pair first; then overlapping ones, gold in document order
    each taking the earliest unpaired overlapping prediction.
    """
    pairs: list[tuple[int, int]] = []
    free_pred = set(range(len(pred)))
    by_span: dict[tuple[int, int], list[int]] = {}
    for j in sorted(free_pred, key=lambda j: (pred[j].start, pred[j].end, j)):
        by_span.setdefault((pred[j].start, pred[j].end), []).append(j)
    gold_order = sorted(range(len(gold)), key=lambda i: (gold[i].start, gold[i].end, i))
    free_gold: list[int] = []
    for i in gold_order:
        same = by_span.get((gold[i].start, gold[i].end))
        if same:
            j = same.pop(0)
            free_pred.discard(j)
            pairs.append((i, j))
        else:
            free_gold.append(i)
    pred_order = sorted(free_pred, key=lambda j: (pred[j].start, pred[j].end, j))
    missed: list[int] = []
    for i in free_gold:
        g = gold[i]
        j = next((j for j in pred_order if j in free_pred and pred[j].start < g.end and g.start < pred[j].end), None)
        if j is None:
            missed.append(i)
        else:
            free_pred.discard(j)
            pairs.append((i, j))
    pairs.sort(key=lambda p: (gold[p[0]].start, gold[p[0]].end))
    return pairs, missed, sorted(free_pred, key=lambda j: (pred[j].start, pred[j].end, j))


def score_doc(doc: Doc) -> Doc:
    """Fill in the pairs, misses and spurious predictions of ``doc``."""
    doc.pairs, doc.missed, doc.spurious = match(doc.gold, doc.pred)
    return doc


@dataclass(slots=True)
class Tally:
    """Counts for one slice (all expressions, or one TIMEX3 type)."""

    gold: int = 0
    pred: int = 0
    relaxed_gold: int = 0  # gold expressions of this slice that were paired
    strict_gold: int = 0
    relaxed_pred: int = 0  # predictions of this slice that were paired
    strict_pred: int = 0
    value: int = 0  # pairs (counted on the gold side) with equal values
    type: int = 0


def _prf(correct_p: int, correct_r: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = correct_p / n_pred if n_pred else 0.0
    r = correct_r / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass(slots=True)
class Evaluation:
    """Scores of a set of documents, overall and per type, with every error found."""

    docs: list[Doc]
    total: Tally
    per_type: dict[str, Tally]
    errors: dict[str, list[dict[str, Any]]]

    def metrics(self) -> dict[str, Any]:
        """Strict, relaxed, value and type P/R/F1 (and accuracies), as plain data."""
        t = self.total
        relaxed = _prf(t.relaxed_pred, t.relaxed_gold, t.pred, t.gold)
        out: dict[str, Any] = {
            "strict": _prf(t.strict_pred, t.strict_gold, t.pred, t.gold),
            "relaxed": relaxed,
        }
        for name, correct in (("value", t.value), ("type", t.type)):
            acc = _ratio(correct, t.relaxed_gold)
            out[name] = {"precision": _ratio(correct, t.pred), "recall": _ratio(correct, t.gold),
                         "f1": acc * relaxed["f1"], "accuracy": acc}
        return out

    def type_rows(self) -> dict[str, dict[str, float | int | None]]:
        """Per TIMEX3 type: recall and accuracies over the gold of that type, precision over its predictions.

        A ratio with nothing to divide by (no gold, or no prediction, of the type) is None.
        """
        def ratio(a: int, b: int) -> float | None:
            return a / b if b else None

        out: dict[str, dict[str, float | int | None]] = {}
        for name, t in self.per_type.items():
            out[name] = {"gold": t.gold, "pred": t.pred,
                         "strict_precision": ratio(t.strict_pred, t.pred), "strict_recall": ratio(t.strict_gold, t.gold),
                         "relaxed_precision": ratio(t.relaxed_pred, t.pred),
                         "relaxed_recall": ratio(t.relaxed_gold, t.gold),
                         "value_accuracy": ratio(t.value, t.relaxed_gold),
                         "type_accuracy": ratio(t.type, t.relaxed_gold)}
        return out


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    """The expression marked [[...]] with about ``width`` characters either side, cut at word boundaries."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    left, right = text[lo:start], text[end:hi]
    if lo > 0 and not text[lo - 1].isspace() and " " in left:
        left = left[left.index(" "):]
    if hi < len(text) and not text[hi].isspace() and " " in right:
        right = right[:right.rindex(" ")]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def _span_dict(s: Span | None) -> dict[str, Any] | None:
    if s is None:
        return None
    d: dict[str, Any] = {"start": s.start, "end": s.end, "text": s.text, "type": s.type, "value": s.value}
    if s.rule:
        d["rule"] = s.rule
    return d


def _error(kind: str, doc: Doc, g: Span | None, p: Span | None) -> dict[str, Any]:
    mark = g if g is not None else p
    assert mark is not None
    return {"kind": kind, "doc": doc.id, "dct": doc.dct.isoformat() if doc.dct else None,
            "gold": _span_dict(g), "pred": _span_dict(p), "context": _context(doc.text, mark.start, mark.end)}


def evaluate(docs: Iterable[Doc]) -> Evaluation:
    """Match and count every document; documents are taken in id order."""
    scored = sorted((score_doc(d) for d in docs), key=lambda d: d.id)
    total = Tally()
    per_type: dict[str, Tally] = {t: Tally() for t in TYPES}
    errors: dict[str, list[dict[str, Any]]] = {k: [] for k in ERROR_KINDS}

    def slot(typ: str) -> Tally:
        return per_type.setdefault(typ, Tally())

    for d in scored:
        for g in d.gold:
            total.gold += 1
            slot(g.type).gold += 1
        for p in d.pred:
            total.pred += 1
            slot(p.type).pred += 1
        for i, j in d.pairs:
            g, p = d.gold[i], d.pred[j]
            exact = (g.start, g.end) == (p.start, p.end)
            for t, side in ((total, None), (slot(g.type), "gold"), (slot(p.type), "pred")):
                if side != "pred":
                    t.relaxed_gold += 1
                    t.strict_gold += exact
                    t.value += g.value == p.value
                    t.type += g.type == p.type
                if side != "gold":
                    t.relaxed_pred += 1
                    t.strict_pred += exact
            if g.value != p.value:
                errors["wrong value"].append(_error("wrong value", d, g, p))
            if g.type != p.type:
                errors["wrong type"].append(_error("wrong type", d, g, p))
            if not exact:
                errors["wrong boundary"].append(_error("wrong boundary", d, g, p))
        errors["missed"].extend(_error("missed", d, d.gold[i], None) for i in d.missed)
        errors["spurious"].extend(_error("spurious", d, None, d.pred[j]) for j in d.spurious)
    per_type = {k: v for k, v in per_type.items() if k in TYPES or v.gold or v.pred}
    return Evaluation(scored, total, per_type, errors)


def sample(items: list[Any], n: int) -> list[Any]:
    """``n`` items spread evenly over ``items`` (all of them if there are no more than ``n``)."""
    if n <= 0:
        return []
    if len(items) <= n:
        return list(items)
    return [items[(k * len(items)) // n] for k in range(n)]


def gold_spans(raw: object, text: str) -> list[Span]:
    """Gold expressions of one document, from TimeML annotations or JSON ``timexes`` records.

    Raises ValueError naming the first bad record (offsets outside the text,
    text not matching the offsets, missing type or value).
    """
    if not isinstance(raw, list):
        raise ValueError("'timexes' is not a list")
    out: list[Span] = []
    for n, t in enumerate(raw, start=1):
        if isinstance(t, dict):
            s, e, typ, val, txt = t.get("start"), t.get("end"), t.get("type"), t.get("value"), t.get("text")
        else:
            s, e, typ, val, txt = (getattr(t, k, None) for k in ("start", "end", "type", "value", "text"))
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            raise ValueError(f"gold timex {n}: offsets {s}-{e} are not inside the text")
        if not isinstance(typ, str) or not isinstance(val, str):
            raise ValueError(f"gold timex {n}: 'type' and 'value' must be strings")
        if txt is not None and txt != text[s:e]:
            raise ValueError(f"gold timex {n}: text {txt!r} does not match offsets {s}-{e}")
        out.append(Span(s, e, text[s:e], typ, val))
    return out


def run(inputs: list[str], date_order: str = "MDY") -> tuple[Evaluation, list[Any]]:
    """Read the gold documents named by ``inputs``, tag them and score the result.

    Folders contribute their ``.tml`` and ``.jsonl`` files. Returns the
    evaluation and the problems met (unreadable inputs, documents without or
    with broken gold annotations, which are skipped).
    """
    from .pipeline import extract_article
    from .read import JSONL_SUFFIXES, TIMEML_SUFFIXES, Problem, Reader

    reader = Reader(suffixes=TIMEML_SUFFIXES + JSONL_SUFFIXES)
    docs: list[Doc] = []
    problems: list[Problem] = []
    for art in reader.read(inputs):
        where = art.path if art.path.lower().endswith(TIMEML_SUFFIXES) else f"{art.path}: {art.id}"
        if "gold" not in art.extra:
            problems.append(Problem(where, "no gold annotations (a .tml file, or JSON Lines with 'timexes'); skipped"))
            continue
        try:
            gold = gold_spans(art.extra["gold"], art.text)
        except ValueError as e:
            problems.append(Problem(where, f"{e}; skipped"))
            continue
        _, found = extract_article(art, date_order)
        pred = [Span(r.start, r.end, r.text, r.type, r.value, r.rule) for r in found]
        docs.append(Doc(art.id, art.published, art.text, gold, pred))
    problems = reader.problems + problems
    if not docs:
        problems.append(Problem("eval", "no gold documents to evaluate"))
    return evaluate(docs), problems
