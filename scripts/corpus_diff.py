"""Measure a rule change over every corpus: what the commit messages' "net +N whole" come from.

    python scripts/corpus_diff.py run before.json              # extract every corpus of accuracy.py (2 processes)
    (change the rules)
    python scripts/corpus_diff.py run after.json
    python scripts/corpus_diff.py net before.json after.json   # whole figures gained or lost, per corpus
    python scripts/corpus_diff.py diff before.json after.json  # each figure whose whole-ness changed
    python scripts/corpus_diff.py misses after.json real-test177 [attribution|item|official|...]

`run` takes an optional corpus name to extract one corpus only. The scores are those of scripts/accuracy.py (the
referee's rules, pipeline/evaluate.py); nothing here is a second scorer.
"""
from __future__ import annotations

import json
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from accuracy import CORPORA  # noqa: E402
from pipeline import extract_source  # noqa: E402
from pipeline.evaluate import _region_name, agreement, load_jsonl, same_quantity, score  # noqa: E402
from pipeline.read import read  # noqa: E402


def _extract(job: tuple[str, str, Path]) -> tuple[str, str, list[dict]]:
    name, doc, path = job
    return name, doc, [f.model_dump(mode="json") for f in extract_source(read(path, doc_id=doc))]


def run(out: str, only: str | None = None) -> None:
    jobs = [(name, p.stem, docs / f"{p.stem}.txt") for name, (gold, docs) in CORPORA.items()
            if only in (None, name) for p in sorted(gold.glob("*.jsonl"))]
    facts: dict[str, dict[str, list[dict]]] = {}
    with Pool(2) as pool:
        for name, doc, found in pool.imap_unordered(_extract, jobs, chunksize=8):
            facts.setdefault(name, {})[doc] = found
    Path(out).write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    print(f"{len(jobs)} documents -> {out}")


def _gold(name: str) -> tuple[dict[str, list[dict]], Path]:
    gold, docs = CORPORA[name]
    return {p.stem: load_jsonl(p) for p in sorted(gold.glob("*.jsonl"))}, docs


def _scores(path: str) -> dict:
    return {name: score(_gold(name)[0], facts) for name, facts in json.loads(Path(path).read_text("utf-8")).items()}


def net(before: str, after: str) -> None:
    a, b = _scores(before), _scores(after)
    total = 0
    for name in (n for n in b if n in a):
        was, now = a[name].counts["q_whole"], b[name].counts["q_whole"]
        if was != now:
            print(f"{name:14} {now - was:+d}  ({was}->{now} of {b[name].counts['q_gold']})")
        total += now - was
    for key in ("q_tp", "q_sys", "o_tp", "o_sys", "r_tp", "r_sys"):
        change = sum(b[n].counts[key] - a[n].counts[key] for n in b if n in a)
        if change:
            print(f"{key} {change:+d}")
    print(f"net whole {total:+d}")


def _whole(g: dict, facts: list[dict]) -> tuple[bool, str]:
    """Is the gold figure found whole, and how the system wrote it (item|region|qualifier)."""
    for s in facts:
        if s.get("type") == "quantity" and isinstance(s.get("start"), int) and same_quantity(g, s):
            return all(agreement(g, s).values()), f"{s.get('item') or ''}|{_region_name(s.get('region'))}|{s.get('qualifier')}"
    return False, "-"


def diff(before: str, after: str) -> None:
    a, b = (json.loads(Path(p).read_text("utf-8")) for p in (before, after))
    for name in (n for n in b if n in a):
        gold, _ = _gold(name)
        for doc, records in gold.items():
            was_facts, now_facts = a[name].get(doc, []), b[name].get(doc, [])
            if was_facts == now_facts:
                continue
            for g in (r for r in records if r["type"] == "quantity"):
                (was, was_as), (now, now_as) = _whole(g, was_facts), _whole(g, now_facts)
                if was != now:
                    print(f"{'+' if now else '-'} {name} {doc} {g['text']} gold {g.get('item')}|"
                          f"{_region_name(g.get('region'))} before {was_as} after {now_as}")


def misses(path: str, name: str, kind: str = "") -> None:
    gold, docs = _gold(name)
    facts = json.loads(Path(path).read_text("utf-8"))[name]
    texts = {doc: read(docs / f"{doc}.txt", doc_id=doc).text for doc in gold}
    for miss in score(gold, facts).misses:
        if kind in miss.kind:
            print(miss.line(texts))


if __name__ == "__main__":
    command, *args = sys.argv[1:] or ["help"]
    commands = {"run": run, "net": net, "diff": diff, "misses": misses}
    if command not in commands:
        sys.exit(__doc__)
    commands[command](*args)
