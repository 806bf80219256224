"""The item ranker: a learned choice of a quantity's item among candidate noun phrases around the figure.

The rules in `quantities.py` read the item from the clause grammar; on real pages they often take a scope
word (`全市`, `乡镇`), a verb (`召开`) or a noun of the wrong clause. This module lists the candidates a
reader would consider (the rules' choice, the previous figure's item, noun phrases after the unit and before
the number, the sentence's topic) and scores each with a linear model over sparse features (side, distance,
part-of-speech pattern, length, scope and verb words inside, head character, unit class). The weights are
learned by `reportfacts train` (pipeline/train.py, through the spaCy component in `item_spacy.py`) and
shipped as `pipeline/data/models/item_ranker.json`.

This module is the light, pure-Python half: it never imports spaCy (importing it costs ~1.8 s). The spaCy
component imports `candidates`, `features` and `LinearRanker` from here, so that training and extraction
featurize the same way. Jieba runs only on the windows the rules already tag (cached) plus one short window
at the start of the sentence.
"""
from __future__ import annotations

import json
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from ..segment import tagged, word_tag

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "item_ranker.json"
FORMAT = "reportfacts-item-ranker/1"

# jieba tags that may stand inside a noun phrase, and those that may end one (as in quantities.py)
_NOUNISH = {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an", "j", "l", "s", "nw", "eng"}
_MODIFIER = _NOUNISH | {"a", "b", "f", "ag"}
_VERB_TAGS = {"v", "vd", "vg"}
_CLAUSE_BREAK = ",;。:!?\n"
# scope words of the genre: where a figure is true, not what is counted (全市158个预算单位, 各乡镇)
_SCOPE_START = ("全", "各", "本", "该", "我", "每", "其中")
_PLACE_END = regex.compile(r"(?:省|市|区|县|乡|镇|街道|社区|村|旗|苏木|嘎查|园区)$")
_AFTER_WINDOW = 18  # the rules' window after the unit (quantities._clause_after)
_BEFORE_WINDOW = 20  # the rules' window before the number (quantities._item_before)
_TOPIC_WINDOW = 16


@dataclass(frozen=True)
class Context:
    """One quantity as the hook sees it (clean-text offsets; s_start/s_end bound its sentence)."""

    text: str
    start: int
    end: int
    unit: str
    s_start: int
    s_end: int
    rule_item: str | None
    prev_item: str | None


@dataclass
class Candidate:
    text: str
    sources: list[str] = field(default_factory=list)  # rule, prev, after, before, topic (first is nearest)
    rank: int = 99  # order among the noun phrases on its side (0: next to the figure)
    chars: int = 99  # characters between the phrase and the figure
    tags: tuple[str, ...] = ()
    derived: str = ""  # "", "head" (last word of a phrase), "unscoped" (scope words dropped)
    verb_between: bool = False


# --- candidates ----------------------------------------------------------------------------------------------

@lru_cache(maxsize=32768)
def _tokens(window: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and tags, with `noun 之 X` joined (代表之家: jieba says 代表/之/家)."""
    out: list[tuple[str, str]] = []
    for word, tag in tagged(window) if window else ():
        if out and out[-1][1] in _NOUNISH and word.startswith("之") and len(word) <= 2:
            out[-1] = (out[-1][0] + word, "n" if len(word) == 2 else out[-1][1])
            continue
        if out and out[-1][0].endswith("之") and len(out[-1][0]) > 1 and len(word) == 1 and "\u4e00" <= word <= "\u9fff":
            out[-1] = (out[-1][0] + word, "n")
            continue
        out.append((word, tag))
    return tuple(out)


def _chunks(tokens: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Noun phrases as token index ranges: runs of noun-like words that end in a noun."""
    spans = []
    i = 0
    while i < len(tokens):
        if tokens[i][1] not in _MODIFIER:
            i += 1
            continue
        j = i
        while j < len(tokens) and tokens[j][1] in _MODIFIER:
            j += 1
        k = j
        while k > i and tokens[k - 1][1] not in _NOUNISH:
            k -= 1
        if k > i:
            spans.append((i, k))
        i = j
    return spans


_PART_IN_BRACKETS = ("包括", "其中", "含", "内含")


def _clause_after(text: str, pos: int, s_end: int) -> str:
    if text[pos:pos + 1] in (" ", "\t"):
        return ""  # 督办152件 答复满意…: a space after the figure ends a headline's phrase, as the rules read it
    if text[pos:pos + 1] in ("(", "（") and not text.startswith(_PART_IN_BRACKETS, pos + 1):
        # 总建筑规模达180万平方米(地下室面积不计在内): a remark in brackets, not what the figure measures (a part
        # counted there names the kind: 交由市政府办理的268件(包括重点建议4件))
        return ""
    end = min(s_end, pos + _AFTER_WINDOW)
    for k in range(pos, end):
        if text[k] in _CLAUSE_BREAK:
            return text[pos:k]
    return text[pos:end]


_LAST_CLAUSE = regex.compile(r"[^,;。:!?、\n]*$")
_TRAILING_ALTERNATIVE = regex.compile(r"\([^()]{1,3}\)$")


def _clause_before(text: str, pos: int, s_start: int) -> str:
    window = _LAST_CLAUSE.search(text, max(s_start, pos - _BEFORE_WINDOW), pos).group().rstrip()
    return _TRAILING_ALTERNATIVE.sub("", window)


def _add(found: dict[str, Candidate], text: str, source: str, **kw) -> None:
    text = text.strip("“”\"「」『』()（） ")
    if len(text) < 2 or not any("\u4e00" <= ch <= "\u9fff" for ch in text) or NEVER_WHAT_IS_COUNTED.fullmatch(text):
        return
    cand = found.get(text)
    if cand is None:
        found[text] = Candidate(text, [source], **kw)
    elif source not in cand.sources:
        cand.sources.append(source)
        if source in ("after", "before", "clause", "topic") and kw.get("rank", 99) < cand.rank:
            for key, value in kw.items():
                setattr(cand, key, value)


def _phrases(found: dict[str, Candidate], tokens, side: str, base: int = 0) -> None:
    for text, rank, chars, tags, derived, verb_between in _phrase_entries(tokens, side):
        kw = {"derived": derived} if derived else {}  # a whole phrase keeps what an earlier source said it was
        _add(found, text, side, rank=rank, chars=base + chars, tags=tags, verb_between=verb_between, **kw)


@lru_cache(maxsize=32768)
def _phrase_entries(tokens: tuple[tuple[str, str], ...], side: str) -> tuple[tuple, ...]:
    """The noun phrases of one window (and their heads and unscoped forms), nearest to the figure first;
    chars counts from the figure's side of the window (after: from its start; before: from its end to the
    phrase's end; clause: from its end to the phrase's start)."""
    offsets = _offsets(tokens)
    length = sum(len(w) for w, _ in tokens)
    spans = _chunks(tokens)
    ordered = spans if side != "before" else spans[::-1]
    out = []
    for rank, (i, k) in enumerate(ordered):
        words = tokens[i:k]
        tags = tuple(t for _, t in words)
        if side == "after":
            chars = offsets[i]
        elif side == "before":
            chars = length - (offsets[k] if k < len(tokens) else length)
        else:
            chars = length - offsets[i]
        verb_between = side == "before" and any(t in _VERB_TAGS for _, t in tokens[k:])
        out.append(("".join(w for w, _ in words), rank, chars, tags, "", verb_between))
        if len(words) >= 2:
            out.append((words[-1][0], rank, chars, tags[-1:], "head", verb_between))
            m = 0
            while m < len(words) - 1 and (words[m][0].startswith(_SCOPE_START) or _PLACE_END.search(words[m][0])
                                          or words[m][1] == "ns"):
                m += 1
            if 0 < m < len(words) - 1:
                out.append(("".join(w for w, _ in words[m:]), rank, chars, tags[m:], "unscoped", verb_between))
    return tuple(out)


# what stands between a figure and its noun without being one (共, 达, 约, 了, numbers, punctuation)
_FILLER_TAGS = {"p", "d", "c", "u", "uj", "ul", "ud", "ug", "uz", "uv", "m", "q", "mq", "x", "y", "r", "f"}


# adverbs of how long or how little a span felt (短短2个多小时, 整整20年): next to a figure, never what it counts
EMPHASIS_ADVERBS = {"短短", "整整", "足足", "仅仅"}


# the words that close a comparison (与上年的42895万元相比, 同比, 持平): they say how, never what is counted
_COMPARISON_WORDS = {"相比", "相较", "比较", "同比", "环比", "持平"}


def _adjacent(found: dict[str, Candidate], tokens, side: str) -> None:
    """The first content word next to the figure, whatever jieba tags it (留言, 诉求, 宣讲 are often verbs)."""
    for rank, (word, tag) in enumerate(tokens[:4]):
        if tag in _FILLER_TAGS or len(word) < 2 or word in _COMPARISON_WORDS or word in EMPHASIS_ADVERBS:
            continue
        _add(found, word, side, rank=rank, chars=rank, tags=(tag,), derived="adjacent")
        return


# where or when a figure holds (全市投入…, 今年种了…, 去年的…), never what it counts
# (and a word of estimate, aim or manner, 预计达到113.6亿元, 大概要600万元, 一年下来要12万元: how sure or how reached)
NEVER_WHAT_IS_COUNTED = regex.compile(r"(?:全|本|我)(?:市|县|区|镇|乡|省|州|旗|盟|自治区)|今年|去年|前年|明年|当年"
                                      r"|同比|上年|预计|大概|大约|下来|力争|分别|同样|突破|超过|预期")


def candidates(ctx: Context) -> list[Candidate]:
    """The rules' choice first, then every other phrase a reader would weigh."""
    found: dict[str, Candidate] = {}
    if ctx.rule_item:
        found[ctx.rule_item] = Candidate(ctx.rule_item, ["rule"], tags=())
    if ctx.prev_item:
        _add(found, ctx.prev_item, "prev")
    after = _tokens(_clause_after(ctx.text, ctx.end, ctx.s_end))
    _phrases(found, after, "after")
    before_text = _clause_before(ctx.text, ctx.start, ctx.s_start)
    before = _tokens(before_text)
    _phrases(found, before, "before")
    _adjacent(found, before[::-1], "before")
    _adjacent(found, after, "after")
    clause_start = ctx.start - len(before_text)
    if clause_start - 1 > ctx.s_start + 2:  # the clause before the figure's: a subject stated once for both
        prev_text = _clause_before(ctx.text, clause_start - 1, ctx.s_start)
        prev = _tokens(prev_text)
        _phrases(found, prev, "clause", base=ctx.start - clause_start)
        clause_start -= len(prev_text) + 1
    topic_end = ctx.s_start + _TOPIC_WINDOW
    if clause_start > ctx.s_start + 2:  # the figure is not in the sentence's first clause
        head = _clause_after(ctx.text, ctx.s_start, min(ctx.s_end, topic_end))
        tokens = _tokens(head)
        spans = _chunks(tokens)
        if spans:
            i, k = spans[0]
            _add(found, "".join(w for w, _ in tokens[i:k]), "topic", rank=0, chars=ctx.start - ctx.s_start,
                 tags=tuple(t for _, t in tokens[i:k]))
    for cand in found.values():
        if not cand.tags:  # the rules' or the previous item, not a phrase of these windows: its dictionary tag
            cand.tags = (word_tag(cand.text) or "?",)
    return list(found.values())


def _offsets(tokens) -> list[int]:
    out, pos = [], 0
    for word, _ in tokens:
        out.append(pos)
        pos += len(word)
    return out


# --- features ------------------------------------------------------------------------------------------------

def unit_class(unit: str) -> str:
    if unit.endswith("元"):
        return "money"
    if unit in ("%", "百分点", "个百分点", "‰"):
        return "pct"
    if unit in ("名", "人", "位", "户", "人次"):
        return "people:" + unit
    return unit


def _bucket(n: int, edges=(0, 1, 2, 4, 8, 16)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def features(ctx: Context, cand: Candidate) -> tuple[str, ...]:
    rule = ctx.rule_item
    relation = "none" if not rule else "rule" if "rule" in cand.sources else \
        ("has" if rule in cand.text else "") + ("in" if cand.text in rule else "")
    return _features(cand.text, tuple(cand.sources), cand.rank, _bucket(cand.chars), cand.tags, cand.derived,
                     cand.verb_between, unit_class(ctx.unit), relation)


@lru_cache(maxsize=65536)
def _features(t: str, sources: tuple[str, ...], rank: int, chars: str, tags: tuple[str, ...], derived: str,
              verb_between: bool, u: str, relation: str) -> tuple[str, ...]:
    side = sources[0]
    out = ["bias"]
    for src in sources:
        out += [f"src={src}", f"src={src}|u={u}"]
    out += [f"side={side}|rank={min(rank, 3)}", f"side={side}|chars={chars}",
            f"derived={derived}", f"side={side}|derived={derived}",
            f"len={min(len(t), 9)}", f"ntok={min(len(tags), 4)}",
            f"pat={'_'.join(tags[-2:])}", f"last={tags[-1] if tags else '-'}",
            f"h1={t[-1]}", f"h2={t[-2:]}", f"f1={t[0]}", f"u={u}|h1={t[-1]}", f"u={u}|h2={t[-2:]}"]
    if relation == "rule":
        last = tags[-1] if tags else "-"
        out += [f"rule|side2={sources[1] if len(sources) > 1 else 'none'}", f"rule|last={last}",
                f"rule|u={u}|last={last}"]
    elif relation == "none":
        out.append(f"no_rule|side={side}")
    else:
        if "has" in relation:
            out.append("has_rule")
        if "in" in relation:
            out.append("in_rule")
    if t.startswith(_SCOPE_START):
        out.append("scope_start")
    if _PLACE_END.search(t):
        out.append(f"place_end|len={min(len(t), 4)}")
    if "的" in t:
        out.append("has_de")
    if verb_between:
        out.append("verb_between")
    if any(ch.isdigit() for ch in t):
        out.append("digit")
    return tuple(out)


# --- the model -----------------------------------------------------------------------------------------------

class LinearRanker:
    """Scores candidates by summed feature weights; trained as an averaged perceptron (ranking update)."""

    def __init__(self, weights: dict[str, float] | None = None):
        self.weights: dict[str, float] = dict(weights or {})
        self._scores: dict[tuple[str, ...], float] = {}  # feature tuples recur (cached features): their sums
        self._totals: dict[str, float] = {}
        self._stamps: dict[str, int] = {}
        self._step = 0

    def score(self, feats: tuple[str, ...]) -> float:
        s = self._scores.get(feats)
        if s is None:
            w = self.weights
            s = sum(w.get(f, 0.0) for f in feats)
            if len(self._scores) < 200_000:
                self._scores[feats] = s
        return s

    def best(self, feature_lists: list[list[str]]) -> int:
        """Index of the best candidate; ties go to the earliest (the rules' choice comes first)."""
        best_i, best_s = 0, float("-inf")
        for i, feats in enumerate(feature_lists):
            s = self.score(feats)
            if s > best_s + 1e-9:
                best_i, best_s = i, s
        return best_i

    def update(self, feature_lists: list[list[str]], good: list[bool]) -> bool:
        """One perceptron step; returns whether the prediction was wrong."""
        self._step += 1
        guess = self.best(feature_lists)
        if good[guess]:
            return False
        scores = [self.score(f) if g else float("-inf") for f, g in zip(feature_lists, good)]
        truth = max(range(len(scores)), key=scores.__getitem__)
        for f in feature_lists[truth]:
            self._bump(f, 1.0)
        for f in feature_lists[guess]:
            self._bump(f, -1.0)
        return True

    def _bump(self, f: str, delta: float) -> None:
        self._scores.clear()
        w = self.weights.get(f, 0.0)
        self._totals[f] = self._totals.get(f, 0.0) + (self._step - self._stamps.get(f, 0)) * w
        self._stamps[f] = self._step
        self.weights[f] = w + delta

    def average(self) -> None:
        """Replace the weights by their average over all steps (the averaged perceptron)."""
        step = max(self._step, 1)
        avg = {}
        for f, w in self.weights.items():
            total = self._totals.get(f, 0.0) + (self._step - self._stamps.get(f, 0)) * w
            value = round(total / step, 4)
            if value:
                avg[f] = value
        self.weights = avg
        self._scores.clear()
        self._totals, self._stamps, self._step = {}, {}, 0

    def to_dict(self) -> dict:
        return {"format": FORMAT, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, data: dict) -> "LinearRanker":
        if data.get("format") != FORMAT:
            raise ValueError(f"not an item ranker model: {data.get('format')!r}")
        return cls(data["weights"])


def predict(ranker: LinearRanker, ctx: Context) -> str | None:
    cands = candidates(ctx)
    if not cands:
        return ctx.rule_item
    pick = cands[ranker.best([features(ctx, c) for c in cands])].text
    rule = ctx.rule_item
    if rule and (pick in rule or rule in pick):
        return rule  # the ranker chooses which phrase; how much of it to take stays the rules' (周边群众, not 群众)
    return pick


# --- the hook's entry point ----------------------------------------------------------------------------------

_recorder: list | None = None  # set by pipeline.train while it collects training contexts
_enabled: ContextVar[bool] = ContextVar("item_model_enabled", default=True)


def rules_only(extract):
    """`extract` with the ranker switched off (the `quantities_rules_only` component: the ablation)."""
    def run(seg):
        token = _enabled.set(False)
        try:
            return extract(seg)
        finally:
            _enabled.reset(token)
    run.__name__ = getattr(extract, "__name__", "extract") + "_rules_only"
    return run


@lru_cache(maxsize=1)
def shipped_ranker() -> LinearRanker | None:
    """The shipped weights, read on first use; None when no model file is installed."""
    try:
        return LinearRanker.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def choose(text: str, start: int, end: int, unit: str, s_start: int, s_end: int, rule_item: str | None,
           prev_item: str | None) -> str | None:
    """The item for one quantity: the ranker's pick among candidates that include the rules' `rule_item`."""
    ctx = Context(text, start, end, unit, s_start, s_end, rule_item, prev_item)
    if _recorder is not None:
        _recorder.append(ctx)
        return rule_item
    ranker = shipped_ranker() if _enabled.get() else None
    if ranker is None:
        return rule_item
    return predict(ranker, ctx)
