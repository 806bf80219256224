"""The item ranker (issue "Whole facts…", part 2): trained the spaCy way on a few documents, shipped as a
small weights file that extraction reads without importing spaCy, and switched off for the ablation."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline
from pipeline.extract import item_model
from pipeline.extract.item_model import Context, LinearRanker, candidates, predict

ROOT = Path(pipeline.__file__).resolve().parents[1]


def test_candidates_include_the_rules_choice_and_phrases_on_both_sides():
    text = "全市21个乡镇(街道)人大代表联络站实现全覆盖。"
    start = text.index("21个")
    ctx = Context(text, start, start + 3, "个", 0, len(text), "乡镇", None)
    found = [c.text for c in candidates(ctx)]
    assert found[0] == "乡镇"
    assert "人大代表联络站" in found and "全市" not in found  # where the figure holds is never a candidate


def test_tiny_model_trains_loads_and_predicts(tmp_path):
    pytest.importorskip("spacy")
    from pipeline.train import train

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("ra01", "ra02"):
        for ext in (".txt", ".jsonl"):
            (docs / (name + ext)).write_bytes((ROOT / "corpora/real/train" / (name + ext)).read_bytes())
    out = tmp_path / "ranker.json"
    scores = train([docs], out=out, epochs=2, eval_corpora=[docs], spacy_dir=tmp_path / "nlp", log=lambda _: None)
    assert scores[str(docs)]["n"] > 0 and 0.0 <= scores[str(docs)]["model"] <= 1.0
    ranker = LinearRanker.from_dict(json.loads(out.read_text(encoding="utf-8")))
    assert ranker.weights
    text = "常委会会议共召开36次,主任会议共召开75次。"
    start = text.index("36次")
    assert predict(ranker, Context(text, start, start + 3, "次", 0, len(text), "召开", None))

    import spacy

    from pipeline.extract import item_spacy  # noqa: F401  (the factory)

    nlp = spacy.load(tmp_path / "nlp")
    assert nlp.get_pipe("item_ranker").ranker.weights == ranker.weights
    doc = nlp(item_spacy.make_doc(nlp, text, [{"start": start, "end": start + 3, "unit": "次", "rule_item": "召开"}]))
    assert doc.spans["quantities"][0]._.item


def test_shipped_model_is_small_and_extraction_does_not_import_spacy():
    assert item_model.MODEL_PATH.stat().st_size < 1_000_000
    code = ("import sys, pipeline; pipeline.extract('全县共建成20个代表之家。'); "
            "from pipeline.extract.item_model import shipped_ranker; assert shipped_ranker() is not None; "
            "assert 'spacy' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_rules_only_switch_gives_the_rules_item(monkeypatch):
    """With a ranker that always prefers the previous figure's item, extraction takes it; the
    quantities_rules_only component (eval --no-model) gives the rules' own item."""
    from pipeline import extract_source
    from pipeline.models import Source

    monkeypatch.setattr(item_model, "shipped_ranker", lambda: LinearRanker({"src=prev": 10.0}))
    text = "全年召开常委会会议8次,各站每月开展接待活动不少于1次。"
    rules_only = ("quantities_rules_only", "officials", "regions", "dates", "titles")
    on = {f.text: f.item for f in extract_source(Source(text=text, doc_id="d")) if f.type == "quantity"}
    off = {f.text: f.item for f in extract_source(Source(text=text, doc_id="d"), rules_only) if f.type == "quantity"}
    assert off["1次"] == "接待活动" and on["1次"] == "常委会会议"
    assert on["8次"] == off["8次"] == "常委会会议"


@pytest.mark.parametrize("folder", [f"corpora/real/test{i}" for i in range(70, 250)])
def test_training_refuses_the_held_out_splits(folder):
    from pipeline.train import collect
    with pytest.raises(ValueError, match="held out"):
        collect(folder)


def test_the_shipped_ranker_weighs_the_curated_half_as_set():
    """combine() is one linear ranker scoring as CURATED_WEIGHT x curated + broad, on any features."""
    from pipeline.train import CURATED_WEIGHT, combine
    curated = LinearRanker({"src=rule": 1.0, "side=after": -0.5})
    broad = LinearRanker({"src=rule": -2.0, "head": 1.5})
    both = combine(curated, broad)
    for feats in (("src=rule",), ("side=after", "head"), ("src=rule", "head", "unseen")):
        assert both.score(feats) == pytest.approx(CURATED_WEIGHT * curated.score(feats) + broad.score(feats))


def test_train_without_folders_builds_the_shipped_ranker_and_with_folders_one(monkeypatch):
    """`reportfacts train --eval DIR` must not overwrite the shipped file with a one-half ranker."""
    import pipeline.train as train_module
    from pipeline.cli import main
    calls = []
    monkeypatch.setattr(train_module, "train_shipped", lambda **kw: calls.append(("shipped", kw["eval_corpora"])))
    monkeypatch.setattr(train_module, "train", lambda corpora, **kw: calls.append(("one", list(corpora))))
    assert main(["train", "--eval", "corpora/samples"]) == 0
    assert main(["train", "corpora/dev"]) == 0
    assert calls == [("shipped", ["corpora/samples"]), ("one", ["corpora/dev"])]
