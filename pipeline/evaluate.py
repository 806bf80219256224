"""`reportfacts eval`: precision / recall / F1 per fact type against gold (../shared/eval-guideline.md).

Matching follows the referee scorer (../shared/tools/score.py) rule for rule, so the numbers are the
same (a test checks it): quantities match on overlapping spans and equal values (only system quantities
with an Arabic digit are scored), officials on overlapping spans and equal names, regions as the set of
county-or-higher units per document by code where both give one, else by name stem. Then every miss and
every spurious fact is listed with its sentence, so a developer sees why.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .gazetteer import ETHNIC

_DIGIT = re.compile(r"[0-9０-９]")
_ETHNIC_AUTONOMY = re.compile("(?:(?:" + "|".join(ETHNIC) + ")族?)+(?=自治)")
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "特区", "林区", "新区", "矿区",
             "省", "市", "州", "盟", "县", "区", "旗")
UPPER_LEVELS = {"province", "prefecture", "county"}


def name_stem(name: str | None) -> str:
    if not name:
        return ""
    name = name.strip()
    m = _ETHNIC_AUTONOMY.search(name)
    if m and m.start() >= 2:
        name = name[: m.start()] + name[m.end():]
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def name_stems(name: str | None) -> set[str]:
    out = {name_stem(name)}
    for sep in ("省", "市", "州", "盟"):
        i = (name or "").find(sep)
        if 0 < i < len(name) - 2:
            out.add(name_stem(name[i + 1:]))
    out.discard("")
    return out


def same_region(a: str | None, b: str | None, a_code=None, b_code=None) -> bool:
    if a_code and b_code:
        return str(a_code) == str(b_code)
    return bool(a and b and name_stems(a) & name_stems(b))


def _region_name(value):
    return value.get("name") if isinstance(value, dict) else value


def _same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _overlaps(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _match(gold, system, same):
    pairs, used = [], set()
    for g in gold:
        for i, s in enumerate(system):
            if i not in used and same(g, s):
                used.add(i)
                pairs.append((g, s))
                break
    return pairs


def _prf(tp, n_sys, n_gold):
    p = tp / n_sys if n_sys else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Miss:
    doc: str
    kind: str  # missed | spurious | attribution
    what: str
    start: int | None = None
    end: int | None = None

    def line(self, texts: dict[str, str]) -> str:
        base = f"{self.doc} {self.kind} {self.what}"
        text = texts.get(self.doc)
        if text is None or self.start is None:
            return base
        a = max(text.rfind(ch, 0, self.start) for ch in "。\n!?;") + 1
        ends = [i for i in (text.find(ch, self.end) for ch in "。\n!?;") if i >= 0]
        b = min(ends) + 1 if ends else len(text)
        sentence = (text[a:self.start] + "[" + text[self.start:self.end] + "]" + text[self.end:b]).strip()
        return f"{base}\n    {sentence[:240]}"


@dataclass
class Score:
    counts: dict = field(default_factory=lambda: defaultdict(int))
    misses: list[Miss] = field(default_factory=list)

    def ratio(self, a, b):
        return self.counts[a] / self.counts[b] if self.counts[b] else 0.0

    def as_dict(self) -> dict:
        c = self.counts
        q, o, r = (_prf(c["q_tp"], c["q_sys"], c["q_gold"]), _prf(c["o_tp"], c["o_sys"], c["o_gold"]),
                   _prf(c["r_tp"], c["r_sys"], c["r_gold"]))
        return {
            "docs": c["docs"],
            "quantity": {"p": q[0], "r": q[1], "f1": q[2], "gold": c["q_gold"], "system": c["q_sys"],
                         "unit_acc": self.ratio("q_unit_ok", "q_tp"), "qualifier_acc": self.ratio("q_qual_ok", "q_tp"),
                         "item_acc": self.ratio("q_item_ok", "q_item_n"),
                         "attribution_acc": self.ratio("q_region_ok", "q_region_n"),
                         "whole_acc": self.ratio("q_whole", "q_gold")},
            "official": {"p": o[0], "r": o[1], "f1": o[2], "gold": c["o_gold"], "system": c["o_sys"],
                         "title_recall": self.ratio("o_title_ok", "o_title_n")},
            "region": {"p": r[0], "r": r[1], "f1": r[2], "gold": c["r_gold"], "system": c["r_sys"]},
        }

    def summary_lines(self) -> list[str]:
        d = self.as_dict()
        q, o, r = d["quantity"], d["official"], d["region"]
        return [
            f"whole quantities (value, unit, qualifier, item and county right): {q['whole_acc']:.3f}",
            f"quantity  P={q['p']:.3f} R={q['r']:.3f} F1={q['f1']:.3f} (gold {q['gold']}, system {q['system']}) "
            f"unit={q['unit_acc']:.3f} qualifier={q['qualifier_acc']:.3f} item={q['item_acc']:.3f} "
            f"attribution={q['attribution_acc']:.3f}",
            f"official  P={o['p']:.3f} R={o['r']:.3f} F1={o['f1']:.3f} (gold {o['gold']}, system {o['system']}) "
            f"titles={o['title_recall']:.3f}",
            f"region    P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} (gold {r['gold']}, system {r['system']})",
            f"docs={d['docs']} quantity_f1={q['f1']:.3f} official_f1={o['f1']:.3f} region_f1={r['f1']:.3f} "
            f"attribution={q['attribution_acc']:.3f}",
        ]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def score(gold_by_doc: dict[str, list[dict]], system_by_doc: dict[str, list[dict]]) -> Score:
    result = Score()
    for doc in sorted(gold_by_doc):
        gold, system = gold_by_doc[doc], system_by_doc.get(doc, [])
        _score_quantities(result, doc, gold, system)
        _score_officials(result, doc, gold, system)
        _score_regions(result, doc, gold, system)
        result.counts["docs"] += 1
    return result


def same_quantity(g: dict, s: dict) -> bool:
    """A system quantity is the gold figure when their spans overlap and their values agree."""
    return _overlaps(g, s) and _same_value(g["value"], s.get("value"))


def agreement(g: dict, s: dict) -> dict[str, bool]:
    """Which of a matched figure's fields agree (item and region when the gold gives them); all four: whole."""
    gi, si = (g.get("item") or ""), (s.get("item") or "")
    gr = _region_name(g.get("region"))
    return {"unit": g.get("unit") == s.get("unit"), "qualifier": g.get("qualifier") == s.get("qualifier"),
            "item": not gi or (bool(si) and (gi in si or si in gi)),
            "region": not gr or same_region(gr, _region_name(s.get("region")))}


def _score_quantities(res: Score, doc, gold, system):
    c = res.counts
    gq = [g for g in gold if g["type"] == "quantity"]
    sq = [s for s in system if s.get("type") == "quantity" and _DIGIT.search(s.get("text") or "")
          and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)]
    pairs = _match(gq, sq, same_quantity)
    c["q_tp"] += len(pairs)
    c["q_sys"] += len(sq)
    c["q_gold"] += len(gq)
    for g, s in pairs:
        ok = agreement(g, s)
        c["q_unit_ok"] += ok["unit"]
        c["q_qual_ok"] += ok["qualifier"]
        gi, si = (g.get("item") or ""), (s.get("item") or "")
        if gi:
            c["q_item_n"] += 1
            c["q_item_ok"] += ok["item"]
            if not ok["item"]:
                res.misses.append(Miss(doc, "item", f"{g['text']}: gold {gi} system {si or '-'}", g["start"], g["end"]))
        gr = _region_name(g.get("region"))
        if gr:
            c["q_region_n"] += 1
            c["q_region_ok"] += ok["region"]
            if not ok["region"]:
                res.misses.append(Miss(doc, "attribution", f"{g['text']}: gold {gr} system {_region_name(s.get('region'))}",
                                       g["start"], g["end"]))
        # whole: what an analyst can use as it stands (the referee's quantity.whole_acc)
        c["q_whole"] += all(ok.values())
        for field_, label in (("unit", "unit"), ("qualifier", "qualifier")):
            if g.get(field_) != s.get(field_):
                res.misses.append(Miss(doc, label, f"{g['text']}: gold {g.get(field_)} system {s.get(field_)}",
                                       g["start"], g["end"]))
    mg, ms = {id(g) for g, _ in pairs}, {id(s) for _, s in pairs}
    res.misses += [Miss(doc, "missed quantity", f"{g['text']} = {g['value']}", g["start"], g["end"])
                   for g in gq if id(g) not in mg]
    res.misses += [Miss(doc, "spurious quantity", f"{s.get('text')} = {s.get('value')}", s["start"], s["end"])
                   for s in sq if id(s) not in ms]


def _score_officials(res: Score, doc, gold, system):
    c = res.counts
    go = [g for g in gold if g["type"] == "official"]
    so = [s for s in system if s.get("type") == "official" and isinstance(s.get("start"), int)]
    pairs = _match(go, so, lambda g, s: _overlaps(g, s) and g["name"] == s.get("name"))
    c["o_tp"] += len(pairs)
    c["o_sys"] += len(so)
    c["o_gold"] += len(go)
    for g, s in pairs:
        gt, st = g.get("titles") or [], s.get("titles") or []
        c["o_title_n"] += len(gt)
        c["o_title_ok"] += sum(any(t in x or x in t for x in st) for t in gt)
    mg, ms = {id(g) for g, _ in pairs}, {id(s) for _, s in pairs}
    res.misses += [Miss(doc, "missed official", g["name"], g["start"], g["end"]) for g in go if id(g) not in mg]
    res.misses += [Miss(doc, "spurious official", s.get("name"), s["start"], s["end"]) for s in so if id(s) not in ms]


def _score_regions(res: Score, doc, gold, system):
    c = res.counts
    gr = [g for g in gold if g["type"] == "region" and g.get("level") in UPPER_LEVELS]
    sr, seen = [], set()
    for s in system:
        if s.get("type") == "region" and s.get("level") in UPPER_LEVELS and s.get("name"):
            key = s.get("code") or name_stem(s["name"])
            if key not in seen:
                seen.add(key)
                sr.append(s)
    pairs = _match(gr, sr, lambda g, s: same_region(g["name"], s["name"], g.get("code"), s.get("code")))
    c["r_tp"] += len(pairs)
    c["r_sys"] += len(sr)
    c["r_gold"] += len(gr)
    mg, ms = {id(g) for g, _ in pairs}, {id(s) for _, s in pairs}
    res.misses += [Miss(doc, "missed region", g["name"]) for g in gr if id(g) not in mg]
    res.misses += [Miss(doc, "spurious region", s["name"], s.get("start"), s.get("end"))
                   for s in sr if id(s) not in ms]
