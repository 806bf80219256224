"""The accuracy table of the README, and the regression baseline CI holds the project to.

    python scripts/accuracy.py                    # print the markdown table for every corpus
    python scripts/accuracy.py --write-baseline   # also rewrite corpora/baseline.json (a commit of its own)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import extract_source  # noqa: E402
from pipeline.evaluate import load_jsonl, score  # noqa: E402
from pipeline.read import read  # noqa: E402

# corpus name -> (gold folder, documents folder)
CORPORA = {"samples": (ROOT / "corpora" / "gold", ROOT / "corpora" / "samples"),
           "dev": (ROOT / "corpora" / "dev", ROOT / "corpora" / "dev"),
           "test": (ROOT / "corpora" / "test", ROOT / "corpora" / "test"),
           "real-train": (ROOT / "corpora" / "real" / "train", ROOT / "corpora" / "real" / "train"),
           "real-dev": (ROOT / "corpora" / "real" / "dev", ROOT / "corpora" / "real" / "dev"),
           "real-test": (ROOT / "corpora" / "real" / "test", ROOT / "corpora" / "real" / "test")}
# the numbered held-out splits (test2, test3, …), each added the day it was committed, in their order
_SPLITS = ROOT / "corpora" / "real"
CORPORA.update((f"real-{d.name}", (d, d)) for d in sorted(
    (d for d in _SPLITS.glob("test*") if d.is_dir() and d.name[4:].isdigit()), key=lambda d: int(d.name[4:])))
BASELINE = ROOT / "corpora" / "baseline.json"


def corpus_scores(gold_dir: Path, docs_dir: Path) -> dict:
    gold = {p.stem: load_jsonl(p) for p in sorted(gold_dir.glob("*.jsonl"))}
    system = {}
    for doc_id in gold:
        path = docs_dir / f"{doc_id}.txt"
        system[doc_id] = [f.model_dump(mode="json") for f in extract_source(read(path, doc_id=doc_id))]
    return score(gold, system).as_dict()


def all_scores() -> dict:
    return {name: corpus_scores(*dirs) for name, dirs in CORPORA.items()}


def markdown(scores: dict) -> str:
    rows = ["| corpus | docs | whole quantities | type | P | R | F1 | other agreement |",
            "|---|---|---|---|---|---|---|---|"]
    for name, s in scores.items():
        q, o, r = s["quantity"], s["official"], s["region"]
        whole = f"**{q['whole_acc']:.3f}**"
        rows.append(f"| {name} | {s['docs']} | {whole} | quantity ({q['gold']}) | {q['p']:.3f} | {q['r']:.3f} | {q['f1']:.3f} | "
                    f"unit {q['unit_acc']:.3f}, qualifier {q['qualifier_acc']:.3f}, item {q['item_acc']:.3f}, "
                    f"attribution {q['attribution_acc']:.3f} |")
        rows.append(f"| {name} | {s['docs']} | | official ({o['gold']}) | {o['p']:.3f} | {o['r']:.3f} | {o['f1']:.3f} | "
                    f"titles {o['title_recall']:.3f} |")
        rows.append(f"| {name} | {s['docs']} | | region ({r['gold']}) | {r['p']:.3f} | {r['r']:.3f} | {r['f1']:.3f} | |")
    return "\n".join(rows)


def baseline_view(scores: dict) -> dict:
    """What the regression gate compares: F1 per corpus and type, attribution and whole quantities."""
    return {name: {"quantity_f1": round(s["quantity"]["f1"], 4), "official_f1": round(s["official"]["f1"], 4),
                   "region_f1": round(s["region"]["f1"], 4),
                   "attribution": round(s["quantity"]["attribution_acc"], 4),
                   "whole": round(s["quantity"]["whole_acc"], 4)} for name, s in scores.items()}


def main(argv: list[str]) -> None:
    scores = all_scores()
    print(markdown(scores))
    if "--write-baseline" in argv:
        BASELINE.write_text(json.dumps(baseline_view(scores), indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {BASELINE.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
