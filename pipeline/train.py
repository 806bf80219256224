"""`reportfacts train`: learn the item ranker (pipeline/extract/item_model.py) from annotated corpora.

    reportfacts train                       # real/train, test, test2 + dev + test + samples, seed 0
    reportfacts train --eval corpora/real/dev

For every gold quantity with an item, the rules run as in extraction with the ranker switched off; the hook
records what it saw (sentence, span, unit, the rules' item, the previous item), the figure is matched to the
gold quantity its original span overlaps, and the pair becomes a spaCy Example (one Doc per sentence). The
spaCy component `item_ranker` (item_spacy.py) is trained with `nlp.update` for a fixed number of epochs over
examples shuffled with a fixed seed, then averaged; its weights are written as the package-data file the
extraction reads (pipeline/data/models/item_ranker.json). Nothing is downloaded.
"""
from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

from .extract import item_model

# A held-out split, once scored untuned and read, may become training data, and a fresh blind split takes its
# place (real/test, then real/test2 to real/test7; real/test8 and real/test9 now). real/test3 stays out: with it, real/test4 fell
# from 0.813 to 0.800 whole and dev item from 0.957 to 0.946. real/dev stays out: it measures what training did.
DEFAULT_CORPORA = ("corpora/real/train", "corpora/real/test", "corpora/real/test2", "corpora/dev", "corpora/test",
                   "corpora/samples")
REPO = Path(__file__).resolve().parents[1]
HELD_OUT = ("corpora/real/test8", "corpora/real/test9", "corpora/real/test10",
            "corpora/real/test11", "corpora/real/test12", "corpora/real/test13",
            "corpora/real/test14", "corpora/real/test15", "corpora/real/test16",
            "corpora/real/test17", "corpora/real/test18", "corpora/real/test19",
            "corpora/real/test20", "corpora/real/test21", "corpora/real/test22",
            "corpora/real/test23", "corpora/real/test24",
            "corpora/real/test25", "corpora/real/test26", "corpora/real/test27",
            "corpora/real/test28", "corpora/real/test29",
            "corpora/real/test30", "corpora/real/test31", "corpora/real/test32",
            "corpora/real/test33", "corpora/real/test34", "corpora/real/test35",
            "corpora/real/test36", "corpora/real/test37", "corpora/real/test38",
            "corpora/real/test39", "corpora/real/test40", "corpora/real/test41",
            "corpora/real/test42", "corpora/real/test43",
            "corpora/real/test44", "corpora/real/test45",
            "corpora/real/test46", "corpora/real/test47",
            "corpora/real/test48", "corpora/real/test49",
            "corpora/real/test50", "corpora/real/test51",
            "corpora/real/test52", "corpora/real/test53",
            "corpora/real/test54", "corpora/real/test55",
            "corpora/real/test56", "corpora/real/test57", "corpora/real/test58", "corpora/real/test59",
            "corpora/real/test60")  # never trained on: the newest held-out splits


def _documents(folder: Path, gold_folder: Path | None = None):
    """(document path, gold facts) for every gold file with its document beside it (or in `folder`)."""
    gold_folder = gold_folder or folder
    for gold_path in sorted(gold_folder.glob("*.jsonl")):
        doc = next((p for p in sorted(folder.glob(gold_path.stem + ".*")) if p.suffix != ".jsonl"), None)
        if doc is None:
            continue
        gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        yield doc, gold


def collect(folder: str | Path, gold_folder: str | Path | None = None) -> list[dict]:
    """One record per gold quantity with an item that the rules also found: the sentence, the quantity's
    offsets in it, unit, the rules' item, the previous item, and the gold item."""
    from .clean import clean
    from .extract.quantities import extract_quantities
    from .read import read
    from .segment import segment

    folder = Path(folder)
    for held in HELD_OUT:
        if folder.resolve() == (REPO / held).resolve() or folder.as_posix().rstrip("/").endswith(held):
            raise ValueError(f"{held} is held out: never trained or tuned on")
    records = []
    for path, gold in _documents(folder, Path(gold_folder) if gold_folder else None):
        gold_q = [g for g in gold if g.get("type") == "quantity" and g.get("item")]
        seg = segment(clean(read(path, doc_id=path.stem)))
        item_model._recorder = []
        try:
            extract_quantities(seg)
            seen = item_model._recorder
        finally:
            item_model._recorder = None
        for ctx in seen:
            start, end = seg.clean.offsets.span_to_original(ctx.start, ctx.end)
            match = max(gold_q, key=lambda g: min(end, g["end"]) - max(start, g["start"]), default=None)
            if match is None or min(end, match["end"]) <= max(start, match["start"]):
                continue
            records.append({
                "doc": path.stem, "sentence": ctx.text[ctx.s_start:ctx.s_end], "s_start": ctx.s_start,
                "start": ctx.start - ctx.s_start, "end": ctx.end - ctx.s_start, "unit": ctx.unit,
                "rule_item": ctx.rule_item, "prev_item": ctx.prev_item, "item": match["item"],
            })
    return records


def examples(nlp, records: list[dict]) -> list:
    """spaCy Examples, one per sentence: the predicted Doc without items, the reference with gold items."""
    from spacy.training import Example

    from .extract.item_spacy import make_doc

    by_sentence: dict[tuple, list[dict]] = defaultdict(list)
    for r in records:
        by_sentence[(r["doc"], r["s_start"], r["sentence"])].append(r)
    out = []
    for (_, _, sentence), rs in by_sentence.items():
        predicted = make_doc(nlp, sentence, [{k: r[k] for k in ("start", "end", "unit", "rule_item", "prev_item")}
                                             for r in rs])
        reference = make_doc(nlp, sentence, [{"start": r["start"], "end": r["end"], "item": r["item"]} for r in rs])
        out.append(Example(predicted, reference))
    return out


def train(corpora=DEFAULT_CORPORA, out: str | Path = item_model.MODEL_PATH, epochs: int = 8, seed: int = 0,
          eval_corpora=(), spacy_dir: str | Path | None = None, log=print) -> dict:
    """Train, write the weights file, and return the spaCy evaluation scores per eval corpus."""
    import spacy

    from .extract import item_spacy  # noqa: F401  (registers the factory)

    random.seed(seed)
    nlp = spacy.blank("xx")
    nlp.add_pipe("item_ranker")
    records = [r for c in corpora for r in collect(*_folders(c))]
    if not records:
        raise ValueError(f"no gold quantity with an item in {', '.join(map(str, corpora))}: nothing to train on")
    train_examples = examples(nlp, records)
    log(f"training on {len(records)} quantities in {len(train_examples)} sentences from {', '.join(map(str, corpora))}")
    nlp.initialize(lambda: train_examples)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(train_examples)
        losses: dict[str, float] = {}
        for i in range(0, len(train_examples), 16):
            nlp.update(train_examples[i:i + 16], losses=losses)
        log(f"epoch {epoch + 1}: {int(losses.get('item_ranker', 0))} wrong picks")
    component = nlp.get_pipe("item_ranker")
    component.finish_training()
    scores = {}
    for corpus in eval_corpora:
        egs = examples(nlp, collect(*_folders(corpus)))
        rules = _rule_acc(egs)
        scores[str(corpus)] = {"model": nlp.evaluate(egs)["item_acc"], "rules": rules, "n": len(egs)}
        log(f"{corpus}: item agreement on matched figures, rules {rules:.3f} -> model {scores[str(corpus)]['model']:.3f}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(component.ranker.to_dict(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    log(f"wrote {out} ({out.stat().st_size // 1024} KB, {len(component.ranker.weights)} weights)")
    if spacy_dir:
        nlp.to_disk(spacy_dir)
        log(f"wrote the spaCy pipeline to {spacy_dir}")
    return scores


def _rule_acc(egs) -> float:
    from .extract.item_spacy import _paired, correct

    n = ok = 0
    for eg in egs:
        for span, gold in _paired(eg):
            n += 1
            ok += correct(gold, span._.rule_item)
    return ok / n if n else 0.0


def _folders(corpus) -> tuple[Path, Path | None]:
    """The samples' gold lives in corpora/gold, beside the documents' folder. A relative folder that is not
    under the working directory is read from the repository (the defaults work from anywhere)."""
    corpus = Path(corpus)
    if not corpus.is_absolute() and not corpus.exists() and (REPO / corpus).is_dir():
        corpus = REPO / corpus
    if corpus.name == "samples" and (corpus.parent / "gold").is_dir():
        return corpus, corpus.parent / "gold"
    return corpus, None
