"""`reportfacts train`: learn the item ranker (pipeline/extract/item_model.py) from annotated corpora.

    reportfacts train                       # the shipped ranker: 2 x the curated half (a file) + a broad half
    reportfacts train corpora/real/train    # one ranker on the folders named
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
# place (real/test, then real/test2 to real/test7). real/test3 stays out: with it, real/test4 fell from 0.813 to
# 0.800 whole and dev item from 0.957 to 0.946. real/dev stays out: it measures what training did.
DEFAULT_CORPORA = ("corpora/real/train", "corpora/real/test", "corpora/real/test2", "corpora/dev", "corpora/test",
                   "corpora/samples")
# The read splits (scored once untuned, then read for rules) train the second half of the shipped ranker; see
# `train_shipped`.
# test60-test63 joined in the tenth session (retrained at its final rules): on test64, which neither half saw,
# whole facts 0.883 -> 0.886; real/dev 0.929 -> 0.926 (one figure), corpora/test 0.979 -> 0.983.
# test64 joined in the eleventh (read after scoring): every read corpus +7 whole figures in all, real/dev +1.
# test65-test69 joined later in the eleventh (each scored once untuned, then read): every read corpus +22 whole
# figures in all; real/dev (never trained on) 0.929 -> 0.936.
READ_SPLITS = tuple(f"corpora/real/test{i}" for i in range(8, 70))
# How much the ranker trained on the curated corpora counts against the one trained on those plus the read splits.
# Chosen on test52-test59 with the second half trained on test8-test51 only (whole facts, mean of the eight):
# curated alone 0.885; read alone 0.896 but real/dev 0.931 -> 0.921 and eight pinned test sentences lost;
# 1:1 0.893 (real/dev 0.924); 2:1 0.891 with real/dev unchanged at 0.931 and one pinned sentence shortened.
CURATED_WEIGHT = 2
# The curated half: the ranker shipped until the ninth session (trained on DEFAULT_CORPORA at the rules of its
# day), kept as it was; retrained at today's rules on the same corpora it lost 0.036 whole summed over the corpora.
CURATED_PATH = item_model.MODEL_PATH.with_name("item_ranker_curated.json")
REPO = Path(__file__).resolve().parents[1]
# never trained on: the newest blind splits, scored once, untuned
# The sixteenth session tried the broad half with test70-test83 joined (scored on test84-test86, which it never saw):
# +5 whole figures there but real/dev 0.936 -> 0.926 (-4), +1 over the 2,338 unseen figures: not shipped, so the
# splits read since test70 stay out of training.
HELD_OUT = tuple(f"corpora/real/test{i}" for i in range(70, 268))


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


def _fit(corpora, epochs: int, seed: int, log):
    """The spaCy pipeline with its `item_ranker` trained (and averaged) on the gold items of `corpora`."""
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
    nlp.get_pipe("item_ranker").finish_training()
    return nlp


def _write(ranker, out: str | Path, log) -> None:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(ranker.to_dict(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    log(f"wrote {out} ({out.stat().st_size // 1024} KB, {len(ranker.weights)} weights)")


def train(corpora=DEFAULT_CORPORA, out: str | Path = item_model.MODEL_PATH, epochs: int = 8, seed: int = 0,
          eval_corpora=(), spacy_dir: str | Path | None = None, log=print) -> dict:
    """Train one ranker on `corpora`, write the weights file, and return the spaCy scores per eval corpus."""
    return _finish(_fit(corpora, epochs, seed, log), out, eval_corpora, spacy_dir, log)


def _finish(nlp, out: str | Path, eval_corpora, spacy_dir: str | Path | None, log) -> dict:
    """Evaluate the trained pipeline on `eval_corpora`, write its weights (and the spaCy pipeline if asked)."""
    scores = {}
    for corpus in eval_corpora:
        egs = examples(nlp, collect(*_folders(corpus)))
        rules = _rule_acc(egs)
        scores[str(corpus)] = {"model": nlp.evaluate(egs)["item_acc"], "rules": rules, "n": len(egs)}
        log(f"{corpus}: item agreement on matched figures, rules {rules:.3f} -> model {scores[str(corpus)]['model']:.3f}")
    _write(nlp.get_pipe("item_ranker").ranker, out, log)
    if spacy_dir:
        nlp.to_disk(spacy_dir)
        log(f"wrote the spaCy pipeline to {spacy_dir}")
    return scores


def combine(curated: item_model.LinearRanker, broad: item_model.LinearRanker,
            curated_weight: float = CURATED_WEIGHT) -> item_model.LinearRanker:
    """One linear ranker scoring as `curated_weight` x curated + broad (a sum of linear models is linear)."""
    keys = set(curated.weights) | set(broad.weights)
    weights = {k: round(curated_weight * curated.weights.get(k, 0.0) + broad.weights.get(k, 0.0), 4) for k in keys}
    return item_model.LinearRanker({k: v for k, v in sorted(weights.items()) if v})


def train_shipped(out: str | Path = item_model.MODEL_PATH, epochs: int = 8, seed: int = 0, eval_corpora=(),
                  spacy_dir: str | Path | None = None, log=print) -> dict:
    """The shipped ranker: the curated half (CURATED_PATH, kept as trained) counts CURATED_WEIGHT times against a
    broad half trained here on the curated corpora plus every read split (fifty-two splits of other annotators'
    conventions). Evaluated, written and saved like `train`'s."""
    curated = item_model.LinearRanker.from_dict(json.loads(CURATED_PATH.read_text(encoding="utf-8")))
    nlp = _fit(DEFAULT_CORPORA + READ_SPLITS, epochs, seed, log)
    component = nlp.get_pipe("item_ranker")
    component.ranker = combine(curated, component.ranker)
    return _finish(nlp, out, eval_corpora, spacy_dir, log)


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
