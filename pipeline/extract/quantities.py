"""Quantity candidates: number expressions with their unit, qualifier words and the item counted.

One `regex` pass over the clean text finds number + unit spans (Arabic, Chinese, mixed numerals, ranges,
余/多 before or after the multiplier, percentages). Context rules then drop what the genre writes with
digits but is not an amount (ordinals, slogans such as `1+4+4`, IDs). The item counted is read from the
clause grammar around the span, with jieba part-of-speech tags on a short window only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..models import Segmented, in_spans
from ..segment import tagged, word_freq, word_tag
from ..units import surfaces_longest_first
from . import item_model

_A = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_CN_DIGIT = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_CN = rf"(?:[{_CN_DIGIT}十廿拾][{_CN_DIGIT}十百千万亿拾佰仟]*)"
_NUM = rf"(?:{_A}(?:[十百千]?[万亿]{{1,2}}(?:零?\d+[千百十]?)?|[十百千](?![万亿]))?|{_CN})"
_QUAL_INNER = r"(?:余|多|几)"
_RANGE_SEP = r"(?:至|到|——|--|-|~|～|—|－)"


def _unit_alternation() -> str:
    return "|".join(regex.escape(u) for u in surfaces_longest_first())


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    """Built on first use: the unit alternation comes from the lexicon file."""
    return regex.compile(
            rf"""(?<![\d.A-Za-z\-])
            (?P<num>{_NUM})
            (?P<q1>{_QUAL_INNER})?
            (?P<mult>[万亿](?!元))?
            (?P<q2>余|多)?
            (?:(?P<sep>{_RANGE_SEP})(?P<num2>{_NUM})(?P<q3>余|多)?)?
            (?P<unit>{_unit_alternation()})
            (?P<suffix>以上|以下|左右|上下|之多|有余)?
            |(?P<pct>百分之(?P<pctnum>{_CN}|{_A}))
            |(?<![\p{{Han}}])(?P<cheng>[一二三四五六七八九十])成(?=[\p{{Han}},。])""",
        regex.VERBOSE,
    )


# words written just before a number that qualify it (not part of the span)
PREFIX_QUALIFIERS = (
    ("不少于", "at_least"), ("不低于", "at_least"), ("至少", "at_least"), ("最少", "at_least"),
    ("超过", "over"), ("逾", "over"), ("突破", "over"), ("高达", "exact"), ("多达", "exact"),
    ("不到", "under"), ("不足", "under"), ("不超过", "under"), ("少于", "under"), ("低于", "under"),
    ("大约", "approx"), ("约", "approx"), ("将近", "approx"), ("接近", "approx"), ("近", "approx"),
)
SUFFIX_QUALIFIERS = {"以上": "over", "之多": "over", "有余": "over", "以下": "under", "左右": "approx",
                     "上下": "approx"}
# Chinese numerals in these words are not amounts
_NOT_AMOUNT_BEFORE = ("第", "初", "周", "星期", "礼拜", "农历")

# jieba tags: what may stand inside an item noun phrase, and what an item may end with
NOUNISH = {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an", "j", "l", "s", "nw", "eng"}
MODIFIER = NOUNISH | {"a", "b", "f", "ag", "zg"}
_ITEM_STOP_WORDS = {"等", "的", "和", "及", "与", "或", "共", "达", "为", "有", "是", "其中", "分别", "累计",
                    "共计", "合计", "总计", "计", "均", "各", "了", "到", "至"}
_PUNCT_CLAUSE = ",;。:!?、()“”\"《》〈〉「」'‘’\n\t "
# what may stand between an item and its number (建成…, 共有, 分别由每人每年, 已经办结): never the item
_BETWEEN_TAGS = {"p", "d", "c", "u", "uj", "ul", "ud", "ug", "uz", "uv", "m", "q", "r", "t", "v", "vd", "x", "y",
                 "zg", "vg", "mq"}
_PREFIX_WORDS = {w for w, _ in PREFIX_QUALIFIERS} | {"高达", "多达", "共计", "累计", "合计", "总计", "达到", "稳定在",
                                                    "控制在", "提高到", "增加到"}
_VERB_TAGS = {"v", "vd", "vg"}
# "X has / amounts to N": the noun before these is what is counted, not an agent
_COPULAS = {"共有", "现有", "拥有", "有", "共", "达", "达到", "为", "是", "计", "共计", "合计", "累计", "总计", "约", "近",
            "建有", "设有", "下辖", "辖"}
_TRAILING_ALTERNATIVE = regex.compile(r"\([^()]{1,3}\)$")
# everything that may stand between an item and its number besides the stop words
_BETWEEN_WORDS = {"每年", "每人", "人均", "每次", "每个", "每月", "每季度"} | _COPULAS | _PREFIX_WORDS
EVENT_UNITS = {"次", "场", "场次", "期", "批", "轮", "人次", "天"}


@dataclass(frozen=True)
class QuantityCandidate:
    start: int
    end: int
    num: str
    unit: str
    num2: str | None = None
    multiplier: str | None = None
    inner_qualifier: str | None = None  # 余 / 多 / 几 written inside the span
    suffix: str | None = None
    prefix_qualifier: str | None = None
    percent: str | None = None  # 百分之X / X成
    per: str | None = None  # 每人每年, 人均: the amount is a rate
    item: str | None = None
    flags: tuple[str, ...] = field(default=())


def extract_quantities(seg: Segmented) -> list[QuantityCandidate]:
    text = seg.clean.text
    out: list[QuantityCandidate] = []
    for m in _pattern().finditer(text):
        cand = _candidate(text, m)
        if cand is None or _not_an_amount(text, cand):
            continue
        out.extend(_listed_before(text, cand))
        out.append(cand)
    return _with_items(seg, out)


_BARE_LISTED = regex.compile(r"(?P<num>\d+(?:\.\d+)?)、$")


def _listed_before(text: str, c: QuantityCandidate) -> list[QuantityCandidate]:
    """开展活动41、46、53次: bare numbers listed before an amount share its unit (each span is the digits).
    The leftmost must follow a Han character: a list marker (1、强化管理) never does."""
    if not c.num[:1].isdigit() or c.num2 or c.percent:
        return []
    found: list[QuantityCandidate] = []
    end = c.start
    while m := _BARE_LISTED.search(text, max(0, end - 12), end):
        found.append(QuantityCandidate(m.start("num"), m.end("num"), m.group("num"), c.unit,
                                       multiplier=c.multiplier))
        end = m.start("num")
    if not found or not ("\u4e00" <= text[end - 1:end] <= "\u9fff"):
        return []
    return found[::-1]


def _candidate(text: str, m) -> QuantityCandidate | None:
    if m.group("pct"):
        return QuantityCandidate(m.start(), m.end(), m.group("pctnum"), "%", percent="百分之")
    if m.group("cheng"):
        return QuantityCandidate(m.start(), m.end(), m.group("cheng"), "%", percent="成")
    num, unit = m.group("num"), m.group("unit")
    q1, q2, q3 = m.group("q1"), m.group("q2"), m.group("q3")
    mult = m.group("mult")  # 万/亿 before 元 belong to the unit (万元); elsewhere they multiply (3.6万亩)
    prefix = _prefix_qualifier(text, m.start())
    per = _PER.search(text, max(0, m.start() - 8), m.start())
    return QuantityCandidate(
        start=m.start(), end=m.end(), num=num, unit=unit, num2=m.group("num2"), multiplier=mult,
        inner_qualifier=q1 or q2 or q3, suffix=m.group("suffix"), prefix_qualifier=prefix,
        per=per.group("per") if per else None,
    )


_PREFIX_BY_WORD = dict(PREFIX_QUALIFIERS)
_DURATION_BEFORE = regex.compile(r"(?:连续|历时|长达|用时|历经|持续|坚持|近|满|逾|超过)$")
# 约占全市耕地面积的68%: 约 qualifies the figure that ends its clause
_APPROX_CLAUSE = regex.compile(r"(?:约占|约为|大约占|约有|约合)[^,;。]{0,16}$")
_AT_LEAST_BEFORE_VERB = regex.compile(r"(?:至少|不少于|不低于|最少)[^\d,。;、]{1,3}$")
# page counters are not amounts the report states (浏览:1286次, 阅读量 3500)
_COUNTER_BEFORE = regex.compile(r"(?:浏览|阅读|点击|访问)(?:量|次数|数)?[:\s]*$")
# a rate's basis right before the amount (每人每年500元, 人均1500元, 户均年增收1.2万元, 每次1万元)
_PER = regex.compile(r"(?P<per>(?:每[人年月季次个户村镇乡场期]){1,3}|[人户年月日]均)(?:[^\d,。;]{0,3})$")
# how list members and their restatements are joined: they share a rate's basis (每人每年500元、1000元提高到800元)
_SAME_BASIS_JOIN = {"、", "和", "及", "提高到", "提高至", "增加到", "增加至", "调整为", "调整到"}


def _prefix_qualifier(text: str, start: int) -> str | None:
    for n in (3, 2, 1):  # longest first: 不少于 before 少于
        qualifier = _PREFIX_BY_WORD.get(text[max(0, start - n):start])
        if qualifier:
            return qualifier if qualifier != "exact" else None
    if _AT_LEAST_BEFORE_VERB.search(text, max(0, start - 8), start):
        return "at_least"  # 每月至少开展1次: a verb between the qualifier and the number
    if _APPROX_CLAUSE.search(text, max(0, start - 20), start):
        return "approx"
    return None


def _not_an_amount(text: str, c: QuantityCandidate) -> bool:
    if _unit_is_a_word(text, c) or _COUNTER_BEFORE.search(text, max(0, c.start - 6), c.start):
        return True
    if c.unit == "年" and not _DURATION_BEFORE.search(text, max(0, c.start - 3), c.start):
        return True  # 2022年 is a date; 连续3年 and 历时2年 are durations
    before = text[max(0, c.start - 2):c.start]
    after = text[c.end:c.end + 1]
    if before.endswith(_NOT_AMOUNT_BEFORE):
        return True
    if c.num[0].isdigit() and ("+" in text[max(0, c.start - 1):c.start] or after == "+"):
        return True  # 1+7, 4+2+2: formulas of the genre's slogans
    if c.num[0] in _CN_DIGIT + "十廿拾":
        if c.num in ("一", "壹", "幺") and not c.multiplier and not c.num2:
            return True  # 一次, 一批, 一个目标: an article, not a count
        if text[c.start - 1:c.start] in ("十", "百", "千", "万") or _is_idiom(text, c):
            return True
    return False


def _unit_is_a_word(text: str, c: QuantityCandidate) -> bool:
    """两部分, 3项目, 符合2条件: a one-character unit that, with the next character, is an everyday word."""
    if len(c.unit) != 1 or c.suffix or c.end >= len(text):
        return False
    pair = c.unit + text[c.end]
    return word_freq(pair) >= _COMMON_PAIR_FREQ and word_tag(pair) not in ("q", "m", "mq")


_COMMON_PAIR_FREQ = 2000
_N = "一二三四五六七八九十百千万两"
_IDIOMS = regex.compile(rf"^(?:[{_N}][^\P{{Han}}{_N}零][{_N}][^\P{{Han}}{_N}零])")


def _is_idiom(text: str, c: QuantityCandidate) -> bool:
    """四面八方, 三番五次, 千家万户: numeral-noun-numeral-noun four-character idioms."""
    return bool(_IDIOMS.match(text[c.start:c.start + 4])) or bool(_IDIOMS.match(text[max(0, c.start - 2):c.start + 2]))


# --- items ---------------------------------------------------------------------------------------------------

def _with_items(seg: Segmented, cands: list[QuantityCandidate]) -> list[QuantityCandidate]:
    text = seg.clean.text
    out: list[QuantityCandidate] = []
    prev_item: str | None = None
    prev_unit: str | None = None
    prev_sentence = None
    for c in cands:
        sentence = seg.sentence_at(c.start)
        if sentence is not prev_sentence:
            prev_item = prev_unit = None
            prev_sentence = sentence
        item = _item(text, c, sentence.start, sentence.end, prev_item, prev_unit)
        # the trained ranker may prefer another candidate to the rules' item (item_model.py; off: rules only)
        item = item_model.choose(text, c.start, c.end, c.unit, sentence.start, sentence.end, item, prev_item)
        flags = _flags(seg, c)
        out.append(QuantityCandidate(**{**c.__dict__, "item": item, "flags": flags}))
        if item:
            prev_item, prev_unit = item, c.unit
    return _share_list_items(text, out)


def _share_list_items(text: str, cands: list[QuantityCandidate]) -> list[QuantityCandidate]:
    """In `5000元、10000元奖补` the noun after the last amount is the item of every amount in the list;
    in `每人每年500元、1000元提高到800元` the rate's basis carries forward through the list."""
    out = list(cands)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.per and not b.per and a.unit == b.unit and text[a.end:b.start] in _SAME_BASIS_JOIN:
            out[i] = QuantityCandidate(**{**b.__dict__, "per": a.per})
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if text[a.end:b.start] not in ("、", "和", "及", "或", ",") or a.unit != b.unit or not b.item:
            continue  # the jieba look-ups below only for amounts joined in a list
        if b.item == _item_after(text, b.end, b.end + 18) and (not a.item or _item_after(text, a.end, a.end + 18) is None):
            out[i] = QuantityCandidate(**{**a.__dict__, "item": b.item})
    return out


def _flags(seg: Segmented, c: QuantityCandidate) -> tuple[str, ...]:
    flags = []
    if in_spans(seg.clean.duplicate_spans, c.start):
        flags.append("duplicate")
    if not any(ch.isdigit() for ch in c.num) and _in_slogan(seg, c):
        flags.append("slogan")
    return tuple(flags)


def _in_slogan(seg: Segmented, c: QuantityCandidate) -> bool:
    """A Chinese-numeral count inside quotes, in a heading, or in the genre's slogan headings, whose
    short first clause is followed by a parallel one (`搭建两个平台,确保履职高效率。`)."""
    text = seg.clean.text
    sentence = seg.sentence_at(c.start)
    quoted = text.count("“", sentence.start, c.start) > text.count("”", sentence.start, c.start)
    para = seg.paragraphs[sentence.paragraph]
    heading_like = para.is_heading or "。" not in text[para.start:para.end]
    first_clause_end = text.find(",", para.start, para.end)
    slogan_heading = 0 <= first_clause_end - para.start <= 10 and c.end <= first_clause_end
    return quoted or heading_like or slogan_heading


_OF_THOSE = regex.compile(r"(?:其中|其余|其他)(?:有|的|共)?$")
_AFTER_BASIS = regex.compile(r"(?:(?:每[人年月季次个户村镇乡场期])+|[人户年月日]均)(?P<what>(?!每)[\p{Han}]{1,4})$")
_RATE = regex.compile(r"(?P<rate>[\p{Han}]{0,6}?(?:率|度|比重|占比|比例|增幅|降幅|增长|下降))"
                      r"(?:达到|达|为|是|稳定在|控制在|提高到|不足|不到|超过|低于|不低于|高于|约|近)?$")
# nouns that name a measurement: the item is what they measure (白茶种植面积 -> 白茶种植面积, not 面积)
_MEASURE_NOUNS = ("面积", "数量", "人数", "户数", "金额", "总额", "总量", "规模", "产量", "总数")


def _item(text: str, c: QuantityCandidate, s_start: int, s_end: int, prev_item: str | None,
          prev_unit: str | None = None) -> str | None:
    if prev_item and _OF_THOSE.search(text, max(s_start, c.start - 4), c.start):
        return prev_item  # 提出建议157件,…将其中8件: 其中/其余 count among the amount just named
    if c.per:
        between = _AFTER_BASIS.search(text, max(s_start, c.start - 8), c.start)
        what = between.group("what") if between else ""
        if what and not what.startswith(tuple(_PREFIX_WORDS)):
            return what  # 人均年增收3800元: what the rate measures
    if c.unit in ("%", "个百分点", "‰"):
        rate = _RATE.search(text[max(s_start, c.start - 12):c.start])
        if rate:
            return rate.group("rate")
    if c.unit in ("元",) or c.unit.endswith("元"):
        standard = _funding_standard_item(text, c.start, c.end, s_start, s_end)
        if standard:
            return standard
    after = _item_after(text, c.end, s_end)
    if after:
        return after
    before, verb_between = _item_before(text, c.start, s_start, event_unit=c.unit in EVENT_UNITS)
    if verb_between and prev_item and prev_unit == c.unit:
        return prev_item  # 提出意见建议47条,镇政府已办结43条: 镇政府 did it; the 43 are still 意见建议
    if before and before.endswith(_MEASURE_NOUNS):
        return _measured(text, c.start, s_start, before) or before
    if before:
        return before
    if prev_item:
        return prev_item
    if c.unit in EVENT_UNITS:
        return _verb_before(text, c.start, s_start)
    return None


def _tokens(window: str) -> list[tuple[str, str]]:
    """jieba's tagged words, with `noun 之 X` joined into one noun (代表之家: jieba says 代表/之/家)."""
    tokens = list(tagged(window))
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        word, tag = tokens[i]
        if word == "之" and out and out[-1][1] in NOUNISH and i + 1 < len(tokens) and len(tokens[i + 1][0]) == 1 \
                and "\u4e00" <= tokens[i + 1][0] <= "\u9fff":
            out[-1] = (out[-1][0] + "之" + tokens[i + 1][0], "n")
            i += 2
            continue
        if len(word) == 2 and word[0] == "之" and out and out[-1][1] in NOUNISH:  # jieba: 代表/之家
            out[-1] = (out[-1][0] + word, "n")
            i += 1
            continue
        out.append((word, tag))
        i += 1
    return out


# one-character words that stand on their own before a number; any other one-character head is a bound
# suffix jieba split off (示范|站, 办结|率, 供水管|道) and belongs to the word before it
_FREE_CHARS = set("共达为有是约近到在等和及与或了的每各均计超逾余多将已由从按对向于其")


def _join_bound_suffix(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if len(tokens) >= 2 and len(tokens[-1][0]) == 1 and tokens[-1][0] not in _FREE_CHARS \
            and "\u4e00" <= tokens[-1][0] <= "\u9fff" and "\u4e00" <= tokens[-2][0][-1:] <= "\u9fff":
        return tokens[:-2] + [(tokens[-2][0] + tokens[-1][0], "n")]
    return tokens


def _clause_after(text: str, pos: int, s_end: int, limit: int = 18) -> str:
    end = min(s_end, pos + limit)
    out = []
    for ch in text[pos:end]:
        if ch in ",;。:!?\n":
            break
        out.append(ch)
    return "".join(out)


def _item_after(text: str, pos: int, s_end: int) -> str | None:
    window = _clause_after(text, pos, s_end)
    # 1项(个)产业(企业): skip a parenthesised alternative unit
    skipped = _ALT_UNIT.match(window)
    if skipped:
        window = window[skipped.end():]
    window = window.lstrip("“\"「『")
    if not window or not ("\u4e00" <= window[0] <= "\u9fff"):
        return None
    tokens = _tokens(window)
    if tokens and tokens[0][0] == "的":
        return None
    phrase = _leading_noun_phrase(tokens)
    if phrase:
        return phrase
    # 9个可供借鉴的示范点: a short relative clause, then the head noun after 的
    de = window.find("的")
    if 0 < de <= 8:
        return _leading_noun_phrase(_tokens(window[de + 1:]))
    return None


def _leading_noun_phrase(tokens) -> str | None:
    words: list[str] = []
    head_ok = False
    for i, (word, tag) in enumerate(tokens):
        if word in ("、",) and head_ok and i + 1 < len(tokens) and tokens[i + 1][1] in NOUNISH:
            words.append(word)
            head_ok = False
            continue
        if word in _ITEM_STOP_WORDS or word in _PUNCT_CLAUSE:
            break
        if tag in MODIFIER or (tag == "r" and not words and word.startswith(("各", "相关"))):
            words.append(word)
            head_ok = tag in NOUNISH
        else:
            break
    while words and not head_ok:
        words.pop()
        head_ok = bool(words) and tokens[len(words) - 1][1] in NOUNISH
    if words and len(words) < len(tokens):
        nxt = tokens[len(words)][0]
        if len(nxt) == 1 and nxt not in _FREE_CHARS and "\u4e00" <= nxt <= "\u9fff":
            words.append(nxt)  # 奖|补, 示范|站: jieba split a bound suffix off the head
    phrase = "".join(words).strip("“”\"")
    return phrase or None


def _item_before(text: str, pos: int, s_start: int, limit: int = 20,
                 event_unit: bool = False) -> tuple[str | None, bool]:
    """(the noun phrase ending right before the number, whether a verb stood between it and the number)."""
    start = max(s_start, pos - limit)
    window = _AFTER_LAST_BREAK.search(text, start, pos).group()
    window = window.rstrip()
    if not window:
        return None, False
    window = _TRAILING_ALTERNATIVE.sub("", window)  # 代表联络站(室)5个: the item is 代表联络站
    # a bound suffix joins its word first (供水管|道, 收集|点), or it would be stripped as a measure word
    tokens = _join_bound_suffix(_tokens(window))
    verb_between = False

    def between(word: str, tag: str, verbs: bool) -> bool:
        if word in _ITEM_STOP_WORDS or word in _BETWEEN_WORDS:
            return True
        if word.startswith(("每", "人均")) or word in "”\"()《》":
            return True
        return tag in _BETWEEN_TAGS and (verbs or tag not in _VERB_TAGS)

    # strip what stands between the item and the number: 共有, 达, 分别由每人每年, 等, 人均, 近, quotes
    while tokens and between(*tokens[-1], verbs=False):
        tokens.pop()
    if event_unit and tokens and tokens[-1][1] in ("v", "vn") and len(tokens[-1][0]) >= 2:
        return tokens[-1][0], False  # 等宣讲215场次: the activity is what is counted
    if len(tokens) >= 2 and tokens[-1][1] in ("v", "vn") and tokens[-2][1] in ("d", "ad"):
        return None, True  # 直接管理1个: a predicate, the item is the one before (carried over)
    while tokens and between(*tokens[-1], verbs=True):
        verb_between |= tokens[-1][1] in _VERB_TAGS and len(tokens[-1][0]) >= 2  # 镇政府已办结43条
        tokens.pop()
    words: list[str] = []
    for word, tag in reversed(tokens):
        if word in "“”":
            continue
        if word in _ITEM_STOP_WORDS or word in _PUNCT_CLAUSE:
            break
        # the word next to the number is the head and must be a noun; modifiers may precede it
        if tag in (NOUNISH if not words else MODIFIER):
            words.append(word)
        else:
            break
    return "".join(reversed(words)) or None, verb_between


def _measured(text: str, pos: int, s_start: int, head: str) -> str | None:
    """白茶种植面积: extend a measure noun over the verb and noun before it (种植, 白茶)."""
    window = text[max(s_start, pos - 16):pos]
    m = regex.search(r"(?P<what>[\p{Han}]{1,8}?)" + regex.escape(head) + r"[\p{Han}]{0,3}$", window)
    if not m:
        return None
    tokens = _tokens(m.group("what"))
    while tokens and tokens[0][1] not in NOUNISH:
        tokens.pop(0)
    return "".join(w for w, _ in tokens) + head if tokens else None


def _verb_before(text: str, pos: int, s_start: int) -> str | None:
    window = text[max(s_start, pos - 8):pos]
    tokens = list(tagged(window)) if window else []
    while tokens and tokens[-1][0] in _ITEM_STOP_WORDS:
        tokens.pop()
    if tokens and tokens[-1][1] in ("v", "vn") and len(tokens[-1][0]) >= 2:
        return tokens[-1][0]
    return None


_AFTER_LAST_BREAK = regex.compile(r"[^,;。:!?、\n]*$")  # ( is no clause break: 代表联络站(室)5个
_ALT_UNIT = regex.compile(r"^\([^()]{1,3}\)")
_FUND_AFTER_STANDARD = regex.compile(
    r"[^。;]{0,25}?标准[,]?(?:[^。;,]{0,4}?)(?P<fund>[\p{Han}]{2,12}?(?:经费|资金|补助|补贴|费用|奖金))")
_STANDARD_NEXT = regex.compile(r"[^。;,]{0,6}的?标准")
_FUND = regex.compile(r"[\p{Han}]{2,10}?(?:经费|资金|补助|补贴)")


def _funding_standard_item(text: str, start: int, end: int, s_start: int, s_end: int) -> str | None:
    """按…N元的标准，将代表活动经费纳入…: the amount is a standard for the fund named after 标准, or for
    the fund named earlier in the sentence (活动经费按人均800元的标准…)."""
    m = _FUND_AFTER_STANDARD.match(text, end, s_end)
    if m:
        return _strip_leading_verbs(m.group("fund"))
    if not _STANDARD_NEXT.match(text, end, s_end):
        return None
    funds = list(_FUND.finditer(text, s_start, start))
    return _strip_leading_verbs(funds[-1].group()) if funds else None


def _strip_leading_verbs(phrase: str) -> str:
    tokens = list(tagged(phrase))
    while tokens and tokens[0][1] in {"v", "p", "d", "c", "r"} and len(tokens) > 1:
        tokens.pop(0)
    return "".join(w for w, _ in tokens)
