"""Write official names in gold files in simplified characters, as CONTRACT.md fixes them (`name`, simplified).

Some blind writers copied a traditional page's name into `name` (劉海玲) where the sample gold and the
contract write it simplified (刘海玲). This is a mechanical fix of the annotation, applied to a split before
it is scored (and, once, to the splits already scored: see corpora/real/README.md). Spans and `text` stay as
the page writes them. A name keeps the 乾 its page writes (OpenCC folds it into 干, the 'dry' sense;
simplified Chinese keeps 乾 for qián, the sense of a given name): `name_as_written` is the system's own rule,
and it also restores the 乾 this script's first version folded.

    python scripts/simplify_gold_names.py corpora/real/test16
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.normalize import name_as_written  # noqa: E402


def simplify(folder: Path) -> int:
    convert = opencc.OpenCC("t2s").convert
    changed = 0
    for path in sorted(folder.glob("*.jsonl")):
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for r in records:
            if r.get("type") != "official" or not r.get("name"):
                continue
            simplified = name_as_written(convert(r["name"]), r.get("text", ""))
            if simplified != r["name"]:
                r["name"] = simplified
                changed += 1
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return changed


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(arg, simplify(Path(arg)))
