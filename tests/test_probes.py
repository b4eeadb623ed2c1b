"""The probe corpora of ``fixtures/probes`` (scored by ``benchmarks/probes.py``) hold together: every gold expression
and every labelled mention is where its offsets say, in the article as stored."""

from __future__ import annotations

import csv
import json

from conftest import FIXTURES

PROBES = sorted(p for p in (FIXTURES / "probes").iterdir() if p.is_dir())


def test_there_are_sixty_three_probes_of_twelve_articles_each():
    assert [p.name for p in PROBES] == ["AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV",
                                        "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "CA", "CB", "CC", "DA", "DB", "DC", "EA",
                                        "EB", "EC", "FA", "FB", "FC", "GA", "GB", "GC", "HA", "HB", "HC", "HD", "HE", "HF", "HG", "HH", "HI",
                                        "JA", "JB", "JC", "KA", "KB", "KC", "LA", "LB", "LC", "MA",
                                        "MB", "MC", "NA", "NB", "NC", "PA", "PB", "PC"]
    for p in PROBES:
        with open(p / "corpus" / "sources.csv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == 12 and sorted(r["file"] for r in rows) == sorted(x.name for x in (p / "corpus").glob("*.txt"))


def test_gold_expressions_and_labelled_mentions_are_where_their_offsets_say():
    for p in PROBES:
        texts = {f.name: f.read_text(encoding="utf-8") for f in (p / "corpus").glob("*.txt")}
        for line in (p / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            assert doc["text"] == texts[doc["id"]]
            for t in doc["timexes"]:
                assert doc["text"][t["start"]:t["end"]] == t["text"], (p.name, doc["id"], t)
        for line in (p / "mention_gold.jsonl").read_text(encoding="utf-8").splitlines():
            m = json.loads(line)
            assert texts[m["source"]][m["start"]:m["end"]] == m["expression"], (p.name, m)
            assert m["label"]
