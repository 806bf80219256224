"""The item ranker as a spaCy component (`item_ranker`), so that it is trained and evaluated the spaCy way
(`nlp.initialize`, `nlp.update`, `nlp.evaluate`, `to_disk`/`from_disk`).

Only `reportfacts train` and the tests import this module: spaCy costs ~1.8 s to import, so extraction uses
the same weights through the pure-Python scorer in `item_model.py`, which this component shares its
candidates, features and model with.

A Doc is one sentence of clean text, one token per character (Chinese needs no tokenizer for this). Each
quantity is a span in `doc.spans["quantities"]` with `span._.unit`, `span._.rule_item` (the rules' item) and
`span._.prev_item` (the item of the figure before it in the sentence); the component writes `span._.item`.
In training, the reference Doc carries the gold `span._.item`.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from .item_model import Context, LinearRanker, candidates, features, predict

SPANS_KEY = "quantities"
WEIGHTS_FILE = "weights.json"

for _name in ("unit", "rule_item", "prev_item", "item"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


def make_doc(nlp: Language, sentence: str, quantities: list[dict]) -> Doc:
    """A sentence Doc with its quantities: dicts of start, end (in the sentence), unit, rule_item, prev_item
    and (for a reference Doc) item."""
    doc = Doc(nlp.vocab, words=list(sentence), spaces=[False] * len(sentence))
    spans = []
    for q in quantities:
        span = doc.char_span(q["start"], q["end"])
        for key in ("unit", "rule_item", "prev_item", "item"):
            if key in q:
                span._.set(key, q[key])
        spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc


def context(span: Span) -> Context:
    doc = span.doc
    return Context(doc.text, span.start_char, span.end_char, span._.unit or "", 0, len(doc.text),
                   span._.rule_item, span._.prev_item)


def correct(gold: str | None, predicted: str | None) -> bool:
    """The referee's rule (shared/tools/score.py): right when either string contains the other."""
    return bool(predicted) and (gold in predicted or predicted in gold)


class ItemRanker:
    """Chooses each quantity's item among the candidates of `item_model.candidates`."""

    def __init__(self, nlp: Language, name: str = "item_ranker"):
        self.name = name
        self.ranker = LinearRanker()

    def __call__(self, doc: Doc) -> Doc:
        for span in doc.spans.get(SPANS_KEY, []):
            ctx = context(span)
            span._.item = predict(self.ranker, ctx)
        return doc

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None) -> None:
        self.ranker = LinearRanker()

    def update(self, examples: Iterable[Example], *, drop: float = 0.0, sgd=None, losses: dict | None = None):
        """One averaged-perceptron pass over the quantities of these examples whose gold item is among the
        candidates; the loss is the number of wrong picks."""
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        for eg in examples:
            for span, gold in _paired(eg):
                ctx = context(span)
                cands = candidates(ctx)
                good = [correct(gold, c.text) for c in cands]
                if any(good):
                    losses[self.name] += self.ranker.update([features(ctx, c) for c in cands], good)
        return losses

    def finish_training(self) -> None:
        self.ranker.average()

    def score(self, examples: Iterable[Example], **kwargs) -> dict[str, float]:
        n = ok = 0
        for eg in examples:
            for span, gold in _paired(eg):
                n += 1
                ok += correct(gold, span._.item)
        return {"item_acc": ok / n if n else 0.0, "item_n": float(n)}

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / WEIGHTS_FILE).write_text(json.dumps(self.ranker.to_dict(), ensure_ascii=False, indent=0),
                                         encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()) -> "ItemRanker":
        data = json.loads((Path(path) / WEIGHTS_FILE).read_text(encoding="utf-8"))
        self.ranker = LinearRanker.from_dict(data)
        return self


def _paired(eg: Example):
    """(predicted span, gold item) for each quantity whose reference has a gold item."""
    gold = {(s.start_char, s.end_char): s._.item for s in eg.reference.spans.get(SPANS_KEY, [])}
    for span in eg.predicted.spans.get(SPANS_KEY, []):
        item = gold.get((span.start_char, span.end_char))
        if item:
            yield span, item


@Language.factory("item_ranker")
def make_item_ranker(nlp: Language, name: str) -> ItemRanker:
    return ItemRanker(nlp, name)
