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

from ..data_files import surnames
from ..models import Segmented, in_spans
from ..gazetteer import gazetteer
from ..segment import noun_uses, place_word_at, tagged, word_freq, word_tag
from ..textindex import count, find, line_end, line_start
from ..units import CHANGE_VERBS, CHANGE_WORDS, NUMBER_RUN, lookup, surfaces_longest_first
from . import item_model

# spaces a web copy puts inside one number (the ideographic space is a space after cleaning)
_SP = "[ \u00a0\u2009\u202f]"
# Arabic: 1,200 / 1200 / 3.5. Web copies break one number: `1 326` (a space between thousands) and `38. 6`
# (a space after the decimal point). Both are read as one number only where that reading is the only one:
# the thousands group is exactly three digits, and the number is not at the start of a line (`1. 8个乡镇`
# there is a list marker and a count; `1 326` there may be a list number).
# A copy also cuts a short number anywhere (`入驻企业1 40余家`, `占9 8.6%`): after a Chinese character, a one- or
# two-digit group, one space and a one- or two-digit group are one number, since the first group alone has no
# unit and could be no figure of its own. A copy that spaces every digit (`全县2 9 6名`) gives one number too.
_A = rf"""(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|(?<=[^\n])\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)|(?<=\p{{Han}})\d(?:{_SP}\d){{2,3}}(?!\d)|(?<=\p{{Han}})\d{{1,2}}{_SP}\d{{1,2}}(?!\d)|\d+)(?:\.\d+|(?<=[^\s\d]\d{{1,12}})\.{_SP}\d+)?"""
_CN_DIGIT = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
# Chinese numerals; a decimal reads its fraction digit by digit (零点零零一, 三点一四, 一百点123)
_CN = rf"(?:[{_CN_DIGIT}十廿拾][{_CN_DIGIT}十百千万亿拾佰仟]*(?:点(?:[{_CN_DIGIT}]+|\d+))?)"
# a Chinese tail after an Arabic multiplier (100万三千, 200亿零四千230): a place word is required, so that
# `100万五个` never glues a separate count onto the amount
_CN_TAIL = r"零?(?:[一二两三四五六七八九][千百十]){1,3}(?:零?[一二两三四五六七八九]|\d+)?"
# Arabic with a place word: 3千, 5百余, 9佰日元 (the financial 佰), 1万2千, 3.6万, 1百01
_NUM = (rf"(?:{_A}(?:{_SP}?[十百千]?[万亿]{{1,2}}(?:零?\d+[千百十]?|{_CN_TAIL})?"
        rf"|[十百千拾佰仟](?!瓦)(?:零?\d{{1,3}}(?![\d万亿]))?(?![万亿]))?|{_CN})")  # (3千瓦: the unit 千瓦, as written)
# 来 after a round number (30来人, 十来天, 100来个): "about"; never after other digits (1来, 3来), where 来 is a verb
_QUAL_INNER = r"(?:余|多|几|(?<=[0０十百千拾佰仟])来)"
_RANGE_SEP = r"(?:至|到|——|--|-|~|～|—|－)"
# 角/毛 and 分 after 元/圆/块 (123元1角1分, 一百三十五块六角七分钱, 十块三毛): one digit each. Not 角落/角色,
# 分之 (a fraction) or 分钟.
_D = rf"(?:[{_CN_DIGIT}]|\d)"
_CHANGE = rf"(?:{_D}[角毛](?![落色度])(?:零?{_D}分(?![之钟]))?|零?{_D}分(?![之钟]))钱?"


# 成 (tenths) is a unit only after an Arabic digit (7成以上); after a Chinese numeral it is read as a percentage
# by the pattern's own branch (七成 -> 70%), and elsewhere it is a verb (成立, 建成)
# 分 (points of a score: 考核分值5分, 得分91.5分) likewise, and never a clock's minutes (9时30分, 2小时15分), a
# fraction (3分之1) or 分钟
_DIGIT_ONLY_CONTEXT = {"成": ("", ""), "分": (r"(?<![时点]\d{1,2})", r"(?![之钟辨])")}  # (not before, not after: 1024×768分辨率)


def _unit_alternation() -> str:
    words = [regex.escape(u) for u in surfaces_longest_first() if u not in _DIGIT_ONLY_CONTEXT]
    return "|".join(words + [rf"(?<=[0-9０-９][余多]?){not_before}{u}{not_after}"
                             for u, (not_before, not_after) in _DIGIT_ONLY_CONTEXT.items()])


@lru_cache(maxsize=1)
def _unit_pattern() -> regex.Pattern:
    """A measure word, longest first (人次 before 人)."""
    return regex.compile(_unit_alternation())


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    """Built on first use: the unit alternation comes from the lexicon file."""
    return regex.compile(
            rf"""(?<![\d.A-Za-z\-])
            (?P<few>[几数](?=[十百千万亿拾佰仟]))?  # 几十万, 数十亿: more than the place word says
            (?P<num>(?(few)[十百千万亿拾佰仟]+|{_NUM}))
            (?:个(?=[多余]?亿(?!元?[级村镇乡县企])(?!元(?:以上|以下|项目|工程))))?  # 两个亿, 一个多亿 (not 两个亿元村: an adjective; not 13个亿元以上项目: things worth 亿元 each)
            (?:{_SP}(?=[余多]))?  # 200 多名, 70 多万元: a web copy's space before 多
            (?P<q1>{_QUAL_INNER})?
            (?P<mult>[万亿](?!元))?
            (?P<q2>余|多)?
            # a range; the unit may be written on both ends (5000元至2万元), then never across a dash of prose (——)
            (?:(?P<unit1>{_unit_alternation()})?(?P<incl>\(含\))?
               {_SP}?(?P<sep>(?(unit1)(?:至|到|--|-|~|～|－)|{_RANGE_SEP})){_SP}?(?P<num2>{_NUM})(?P<q3>余|多)?)?  # (3 至 5 名)
            (?:(?<=[0-9０-９]|[0-9０-９]{_SP}?[余多万亿])[ ](?=\p{{Han}}|%|km|dB))?  # 46 人次, 6 个, 13 %, 44 km2, 71.8 dB(A), 1.6 亿 元: a PDF or yearbook copy's spacing
            (?:(?<=[0-9０-９][万亿])\n(?=元))?  # 10.55亿 / 元: a line broken between the multiplier and 元
            (?:(?P<yuan>元|圆|块)(?P<change>{_CHANGE})|(?P<unit>{_unit_alternation()}))
            (?P<zheng>(?<=[元圆角分])[整正](?!\p{{Han}}))?  # 壹仟玖佰圆整: financial writing closes with 整/正
            (?P<half>(?<=[天年]|小时)半(?![年月天]))?  # 会期3天半, 1年半: and a half (not 1年半年)
            (?:{_SP}(?=(?:以上|以下|以内|左右)))?  # 95% 以上: a PDF copy's space before the qualifier
            (?P<suffix>(?:\(含\))?(?:以上|以下)|以内|左右|上下|之多|有余|(?<=[米里亩吨斤年元])多(?!(?![宽长高深地钱来的])\p{{Han}}))?  # (3米多宽; not 多次, 多个)
            |(?P<pct>百分之(?P<pctnum>{_CN}|{_A}))
            |(?<![\p{{Han}}])(?P<cheng>[一二三四五六七八九十])成(?=[\p{{Han}},。])""",
        regex.VERBOSE,
    )


# words written just before a number that qualify it (not part of the span)
PREFIX_QUALIFIERS = (
    ("不少于", "at_least"), ("不低于", "at_least"), ("至少", "at_least"), ("最少", "at_least"),
    ("超过", "over"), ("超", "over"), ("逾", "over"), ("突破", "over"), ("高达", "exact"), ("多达", "exact"),
    ("跨上", "over"), ("跨过", "over"), ("越过", "over"),  # 地区生产总值跨上4000亿元: past the mark, as 突破 is
    ("不到", "under"), ("不足", "under"), ("不超过", "under"), ("少于", "under"), ("低于", "under"),
    ("大约", "approx"), ("约", "approx"), ("将近", "approx"), ("接近", "approx"), ("近", "approx"),
    # comparatives of finance notices and web copies (小于40万元)
    ("不小于", "at_least"), ("不大于", "under"), ("不高于", "under"), ("不多于", "under"),
    ("小于", "under"), ("大于", "over"), ("高于", "over"), ("多于", "over"),
)
# (含)以上 is "this much or more": at least; (含)以下 is at most, the contract's nearest is under
SUFFIX_QUALIFIERS = {"以上": "over", "之多": "over", "有余": "over", "多": "over", "以下": "under", "左右": "approx",
                     "上下": "approx", "以内": "under", "(含)以上": "at_least", "(含)以下": "under"}
# Chinese numerals in these words are not amounts
_NOT_AMOUNT_BEFORE = ("第", "初", "周", "星期", "礼拜", "农历")

# jieba tags: what may stand inside an item noun phrase, and what an item may end with
NOUNISH = {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an", "j", "l", "s", "nw", "eng"}
MODIFIER = NOUNISH | {"a", "b", "f", "ag", "zg"}
_ITEM_STOP_WORDS = {"等", "的", "和", "及", "与", "或", "共", "达", "为", "有", "是", "其中", "分别", "累计",
                    "共计", "合计", "总计", "计", "均", "各", "了", "到", "至", "全部", "全体", "所有", "都", "全",
                    "已", "已经", "一共", "总共"}
_PUNCT_CLAUSE = ",;。:!?、()“”\"《》〈〉「」'‘’\n\t "
# what may stand between an item and its number (建成…, 共有, 分别由每人每年, 已经办结): never the item
_BETWEEN_TAGS = {"p", "d", "c", "u", "uj", "ul", "ud", "ug", "uz", "uv", "m", "q", "r", "t", "v", "vd", "x", "y",
                 "zg", "vg", "mq"}
_PREFIX_WORDS = {w for w, _ in PREFIX_QUALIFIERS} | {"高达", "多达", "共计", "累计", "合计", "总计", "达到", "稳定在",
                                                    "控制在", "提高到", "增加到"}
_VERB_TAGS = {"v", "vd", "vg"}
NOUN_USES = noun_uses()
# "X has / amounts to N": the noun before these is what is counted, not an agent
_COPULAS = {"共有", "现有", "拥有", "有", "共", "一共", "达", "达到", "为", "是", "计", "共计", "合计", "累计", "总计", "约", "近",
            "建有", "设有", "下辖", "辖", "占"}  # (…的只占17.5%: 占 joins a share to what it is a share of)
_TRAILING_ALTERNATIVE = regex.compile(r"\([^()]{1,3}\)$|\([\p{Han}、]{4,8}\)$")  # (室), (代表之家): an alternative name
_COMPARED_BY = {"同比", "环比"}  # (不起诉率同比上升13.65%: how the rate is compared, never what is counted)
# everything that may stand between an item and its number besides the stop words
_BETWEEN_WORDS = {"每年", "每人", "人均", "每次", "每个", "每月", "每季度", "预计", "超过", "剩余", "仅", "仅有",
                  "还有", "另有", "均达", "稳定", "常年", "保持"} | _COPULAS | _PREFIX_WORDS | item_model.EMPHASIS_ADVERBS \
    | _COMPARED_BY  # (均达: jieba's one word, tagged a, for 均|达 in 办结率均达100%; 常年稳定在, 保持: how steadily it
# held, jieba's adjectives, says nothing of what)
_YEARS_RUNNING = regex.compile(r"连续(?:多|几|数)年(?=\p{Han})")
_HAS_ALREADY = {"已有", "尚有", "仍有"}  # (X中已有N: among X, N already)
EVENT_UNITS = {"次", "场", "场次", "期", "批", "批次", "轮", "人次", "天"}


@dataclass(frozen=True)
class QuantityCandidate:
    start: int
    end: int
    num: str
    unit: str
    num2: str | None = None
    unit1: str | None = None  # the unit written after the low end of a range too (5000元至2万元)
    multiplier: str | None = None
    inner_qualifier: str | None = None  # 余 / 多 / 几 written inside the span; 几 / 数 before 十 (几十万)
    change: str | None = None  # 角 and 分 after 元 or 块 (123元1角1分)
    suffix: str | None = None
    prefix_qualifier: str | None = None
    percent: str | None = None  # 百分之X / X成
    per: str | None = None  # 每人每年, 人均: the amount is a rate
    half: bool = False  # 3天半: and a half
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
    taken = {c.start for c in out}
    if bare := [c for c in _bare_wan_money(text) if c.start not in taken]:
        out = sorted(out + bare, key=lambda c: c.start)  # (in text order, as the item rules read them)
    return _with_items(seg, out)


# money written with 万 and no 元, after a word of spending or earning (出资300多万为乡亲们修桥, 预算是3800万,
# 只花了2960万, 垫资45万修路): speech and quick copy drop the 元
_BARE_WAN = regex.compile(r"(?<![\d.０-９])(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<q>余|多)?万(?![\p{Han}&&[元块亿]])")
_MONEY_WORD_BEFORE = regex.compile(r"(?:投资|资金|出资|拿出|垫资|预算|花了|花费|经费|薪酬|投入|捐款|捐资|补贴|补助)"
                                   r"(?:是|了|共|约|近|达)?$")


def _bare_wan_money(text: str) -> list[QuantityCandidate]:
    found = []
    for m in _BARE_WAN.finditer(text):
        if _unit_pattern().match(text, m.end()) or not _MONEY_WORD_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # (3.6万亩, 10万人: a measure word follows; 增长3万: no money named)
        found.append(QuantityCandidate(m.start(), m.end(), m.group("num"), "元", multiplier="万",
                                       inner_qualifier=m.group("q"), prefix_qualifier=_prefix_qualifier(text, m.start())))
    return found


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
    num, unit = m.group("num"), m.group("yuan") or m.group("unit")
    unit1 = m.group("unit1")
    if unit1 and (lookup(unit1) is None or lookup(unit) is None or lookup(unit1).base != lookup(unit).base):
        # 5个至10名 is no range: the first amount stands alone
        return QuantityCandidate(m.start(), m.end("unit1"), num, unit1, multiplier=m.group("mult"),
                                 inner_qualifier=m.group("few") or m.group("q1") or m.group("q2"),
                                 prefix_qualifier=_prefix_qualifier(text, m.start()))
    q1, q2, q3 = m.group("few") or m.group("q1"), m.group("q2"), m.group("q3")
    mult = m.group("mult")  # 万/亿 before 元 belong to the unit (万元); elsewhere they multiply (3.6万亩)
    prefix = _prefix_qualifier(text, m.start())
    per = _PER.search(text, max(0, m.start() - 8), m.start())
    end, half = m.end(), bool(m.group("half"))
    inside = _INSIDE_GE.match(text, end) if unit == "个" and not m.group("suffix") else None
    if inside:
        # 3个多月, 1个半月, 1个多小时: the qualifier or the half stands inside the measure word
        between = inside.group("q")
        q3 = q3 or (between if between in ("多", "余") else None)
        half, unit, end = between == "半", "个" + inside.group("u") if inside.group("u") == "月" else inside.group("u"), inside.end()
    suffix = m.group("suffix")
    if suffix == "以内" and _LIMIT_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        # 控制在省核定的债务限额589700万元以内: the limit is that amount; 以内 says the debt is within it
        suffix, end = None, m.start("suffix")
    if not suffix and not prefix and _HELD_WITHIN.search(text, max(0, m.start() - 6), m.start()) \
            and (shared := _SHARED_BOUND.match(text, end)):
        suffix = shared.group("bound")  # 分别控制在4.4%和3.0%以内: the bound the list ends on holds for each
    trailing = _MANY_AFTER.match(text, end) if unit != "个" and not m.group("suffix") and not inside else None
    if trailing:  # 2亩多地, 4年多以后, 每斤少卖1元多: 多 after the measure word says "and some"
        q3, end = q3 or "多", trailing.end()
    return QuantityCandidate(
        start=m.start(), end=end, num=num, unit=unit, num2=m.group("num2"), unit1=m.group("unit1"), multiplier=mult,
        inner_qualifier=q1 or q2 or q3, change=m.group("change"), suffix=suffix, prefix_qualifier=prefix,
        per=per.group("per") if per else None, half=half,
    )


# a list of limits held within one bound (分别控制在4.4%和3.0%以内): the first figures share the last one's 以内
_HELD_WITHIN = regex.compile(r"控制在$")
_SHARED_BOUND = regex.compile(r"(?:和|、|及|与)[0-9]+(?:\.[0-9]+)?(?:%|‰)?(?P<bound>以内|以下)")
# a limit named right before its amount (债务限额589700万元以内): the amount is the limit's, exact
_LIMIT_BEFORE = regex.compile(r"(?:限额|额度|上限)$")
_INSIDE_GE = regex.compile(r"(?P<q>[多余半])(?P<u>月|小时|学时|课时|工作日)")
# 多 right after a measure word, then no word it starts (2亩多地, 4年多以后; not 5年多次, 3人多岗)
_MANY_AFTER = regex.compile(r"多(?=[地的了后来时前里,，。;；、:：)）”\s]|以后|以来|\Z)")


_PREFIX_BY_WORD = dict(PREFIX_QUALIFIERS)
_DURATION_BEFORE = regex.compile(r"(?:连续|历时|长达|用时|历经|持续|坚持|近|满|逾|超过|已经|已|整整|用)\Z")
_DURATION_AFTER = ("时间", "以来", "来", "间", "之久")


def _is_duration(text: str, c: QuantityCandidate) -> bool:
    """N年 is a duration after a word that measures time (连续, 历时, 已经) or before one (3年来, 用2年时间),
    with 多/余 (4年多), or written with one or two digits; a four-digit year (2010年, 2019年以来) never is."""
    if c.num.isdigit() and len(c.num) == 4 and c.num[:2] in ("19", "20"):
        return False
    if c.num.isdigit() and len(c.num) <= 2 and not regex.match(r"[级度底初末中前\d]", text[c.end:c.end + 1]):
        return True  # 一干就是16年, 住了6年的, 这17年: a one- or two-digit count of years (not 18年3月, 3年级)
    return bool(_DURATION_BEFORE.search(text, max(0, c.start - 3), c.start)
                or text.startswith(_DURATION_AFTER, c.end) or c.inner_qualifier in ("余", "多", "来"))
# 约占全市耕地面积的68%: 约 qualifies the figure that ends its clause
# characters that open a word with 约 (签约, 预约, 节约…): 约 there closes the word, never qualifies the number after
_OPENS_YUE_WORD = "签预节制公条契违邀履相租"
_APPROX_CLAUSE = regex.compile(rf"(?<![{_OPENS_YUE_WORD}])(?:约占|约为|大约占|约有|约合)[^,;。]{{0,16}}$|"
                            rf"(?<![{_OPENS_YUE_WORD}])(?:约|大约|大概)(?:需要?|要)(?:投入|资金|经费|时间)?$")
# (合起来大约要5450元; 签约有3家: 约 closes 签约, no qualifier)
# 不足户籍人口的40%, 不到设计规模的50%: a ceiling on a share, the whole it is of between (不到位的7件: no ceiling;
# 不低于年度计划的90%: a floor)
_UNDER_SHARE_OF = regex.compile(r"(?:不足|不到|(?<!不)低于|(?<!不)少于)(?!位)[^\d,。;，；、:]{1,10}的$")
_PERCENT_AT = regex.compile(r"[\d０-９.．]+\s*[%％]")
# (每名代表每年至少联系选民10户、提出建议1件: the list after one 至少 shares it, figure by figure)
_LISTED_FIGURE = r"[\d０-９]+(?:[.．][\d０-９]+)?[余多]?\p{Han}{1,2}[A-Za-z\p{Han}]{0,6}?[、和及]"  # (10户、, 1台DR和)
_AT_LEAST_BEFORE_VERB = regex.compile(rf"(?:至少|不少于|不低于|最少(?!的))[^\d,。;、]{{1,18}}"
                                      rf"(?:{_LISTED_FIGURE}[^\d,。;、]{{0,12}})*$")
# a weather box's line: a kind of weather, or a day's high and low written with a slash or a tilde
_WEATHER_LINE = regex.compile(r"晴|多云|阴天|[小中大暴]雨|阵雨|雷阵雨|[小中大]雪|℃\s*[/~～-]\s*-?\d|\d\s*[/~～]\s*-?\d+\s*℃")
# page counters are not amounts the report states (浏览:1286次, 阅读量 3500)
_COUNTER_BEFORE = regex.compile(r"(?:(?:浏览|阅读|点击|访问|下载)(?:过|量|次数|数)?[:\s]*"  # (本文已被浏览过 3879 次)
                                 # and the page's other widgets: a comment count, a fold's remaining share, a reading
                                 # time (网友评论(0条), 展开剩余39%, 阅读需要8分钟)
                                 r"|(?:评论|跟帖|留言)[(（:：]\s*|展开剩余\s*|阅读需要\s*|阅读时长[:：]?\s*)$")
_COUNTER_AFTER = regex.compile(r"[ \t]*(?:浏览|阅读|点击)(?![\p{Han}&&[^量数]])")  # (0次浏览 发布时间…: a page's counter)
# a rate's basis right before the amount (每人每年500元, 人均1500元, 户均年增收1.2万元, 每次1万元)
_PER = regex.compile(r"(?P<per>(?:每[人年月季次个户村镇乡场期]){1,3}|[人户年月日]均)(?:[^\d,。;]{0,3})$")
# how list members and their restatements are joined: they share a rate's basis (每人每年500元、1000元提高到800元)
_SAME_BASIS_JOIN = {"、", "和", "及", "提高到", "提高至", "增加到", "增加至", "调整为", "调整到"}


# a space between two characters of one word (a PDF copy's 超 过; a table header spaced to its column, 选 民)
_SPACE_IN_WORD = regex.compile(r"(?<=\p{Han})[ \u3000](?=\p{Han})")


def _prefix_qualifier(text: str, start: int) -> str | None:
    while start > 0 and text[start - 1] in " \u00a0":
        start -= 1  # 近 5000 米, 约 1200 户: a PDF copy's space between the word and the number
    if text.endswith(("突破了", "超过了"), 0, start):
        return "over"  # 年销售额突破了500万元: the verb's 了 between it and the number
    skipped = _BASIS_OR_CHANGE_BEFORE.search(text, max(0, start - 6), start)
    for at in (start, skipped.start()) if skipped else (start,):
        # 不足每站每年5000元, 约增加45万元: a basis or a change verb may stand between the word and the number
        for n in (3, 2, 1):  # longest first: 不少于 before 少于
            qualifier = _PREFIX_BY_WORD.get(text[max(0, at - n):at])
            if qualifier and n == 1 and _INSIDE_A_WORD.match(text, max(0, at - 2), at):
                continue  # 签约62台, 附近4个村, 走近9位: the character ends another word, no qualifier
            if qualifier:
                return qualifier if qualifier != "exact" else None
    if _UNDER_SHARE_OF.search(text, max(0, start - 14), start) and _PERCENT_AT.match(text, start):
        return "under"  # 常住人口不足户籍人口的40%: the share is below the figure, of the whole named between
    if _AT_LEAST_BEFORE_VERB.search(text, max(0, start - 60), start):
        return "at_least"  # 每月至少开展1次, 每季度至少进站接待选民1次: a predicate between the qualifier and the number
    if _APPROX_CLAUSE.search(text, max(0, start - 20), start):
        return "approx"
    if _SPACE_IN_WORD.search(text, max(0, start - 8), start):
        # 超 过 1.2万亩, 约 有 2.4万亩: a PDF copy's spaces inside the qualifier's word; read it closed up
        squeezed = _SPACE_IN_WORD.sub("", text[max(0, start - 8):start])
        return _prefix_qualifier(squeezed, len(squeezed))
    return None


# what may stand between a qualifier and its number: a basis (每站每年) or a verb of change (增加)
# 约 and 近 closing a word of their own (签约, 预约, 节约; 附近, 走近, 逼近): no qualifier of the number after
_INSIDE_A_WORD = regex.compile(rf"[{_OPENS_YUE_WORD}]约|[附走逼靠亲贴最就临]近")
_BASIS_OR_CHANGE_BEFORE = regex.compile(r"(?:每\p{Han}{1,2}){1,2}$|(?:增加|减少|增长|下降|提高|降低)$")
# a number right after a digit and a space (`1 326`, `38. 6` whose whole reading was not taken: at a line
# start `12. 5亿元` may be a list marker and an amount or one broken number), or right after a Chinese place
# word (`200亿零四千230`), is the tail of a longer numeral, never a number of its own
_FRAGMENT_BEFORE = regex.compile(rf"(?:\d\.?{_SP}|[零十百千万亿拾佰仟])$")
# 十七届人大三次会议, 二届一次会议: a session number after 届/人大/常委会 is an ordinal, not a count
_SESSION_BEFORE = regex.compile(r"(?:届|人大|常委会|党代会|政协|大会|[省市州县区旗党]委)$")  # (区委七次全会: the party committee's)
# 比五次会议少24件, 与三次会议相比, a table's `|一次会议|`: a session named by its number alone, once the term is
# known, after a comparison or a preposition or at a cell's start (a count of meetings follows its verb: 召开三次会议)
_SESSION_NAMED_BEFORE = regex.compile(r"(?:^|[比与较同和在于及、,，;；|\n])[ \t]*$")  # (…一次会议…436件,二次会议398件)
# 2023年三次会议期间提出19件: a meeting held over a stretch of time is one session, named by its number (a count
# of meetings is never "during")
_SESSION_SPAN_AFTER = regex.compile(r"(?:会议|全会)期间")


_ISSUE_YEAR = regex.compile(r"(?:19|20)\d{2}[ \t]*年[ \t]*第?$")


def _is_fragment(text: str, c: QuantityCandidate) -> bool:
    return c.num[:1].isdigit() and bool(_FRAGMENT_BEFORE.search(text, max(0, c.start - 3), c.start))


_CIRCLE_AFTER = regex.compile(r"[”\"]?\p{Han}{0,6}圈")


_CLOCK_BEFORE = regex.compile(r"(?<!\d)\d{1,2}:\d{2}:$")


_VILLAGE_GROUPS_BEFORE = regex.compile(r"[村居]里?(?:[0-9０-９]{1,2}、)*$")


_WITHIN_DAYS = regex.compile(r"(?:内|以内|之内)")
# a limit or span written before N日 (征求意见期一般不少于30日, 办理时限一般为60日): days, never a date
_DAYS_LIMIT_BEFORE = regex.compile(r"(?:不少于|不超过|不得超过|不低于|一般为|为期|期限为|时限为|至少|长达|历时)$")


def _not_an_amount(text: str, c: QuantityCandidate) -> bool:
    if _is_fragment(text, c):
        return True
    if c.unit == "次" and text.startswith(("会议", "全会"), c.end) and (
            _SESSION_BEFORE.search(text, max(0, c.start - 3), c.start)
            or not c.num[:1].isdigit() and (_SESSION_NAMED_BEFORE.search(text, max(0, c.start - 3), c.start)
                                            or _SESSION_SPAN_AFTER.match(text, c.end))):
        return True
    if _unit_is_a_word(text, c) or _COUNTER_BEFORE.search(text, max(0, c.start - 6), c.start) \
            or (c.unit in ("次", "人次", "人") and _COUNTER_AFTER.match(text, c.end)):
        return True
    if c.unit == "℃" and _WEATHER_LINE.search(text, line_start(text, c.start), line_end(text, c.end)):
        return True  # 福州 多云 8℃~15℃, 36℃/24℃ 详情: a page's weather box
    if c.unit == "届" and not _TERMS_SERVED.search(text, max(0, c.start - 4), c.start):
        return True  # 市15届人大, 第3届: a term's number; terms are counted after a verb (连任3届, 已举办40余届)
    if c.unit == "期" and _ISSUE_YEAR.search(text, max(0, c.start - 6), c.start):
        return True  # 浙江人大 2024年7期: a periodical's issue number, an ordinal
    if c.unit in ("分钟", "小时") and _CIRCLE_AFTER.match(text, c.end):
        return True  # “15分钟”代表联络圈, 15分钟便民生活圈: a slogan's reach, not a length of time
    if c.unit == "周" and (text.startswith(("年", "岁", "边", "围", "末", "转", "一", "二", "三", "四", "五", "六", "日"),
                                         c.end) or c.num == "四"):
        return True  # 七十周年, 古树四周, 21 周五: an anniversary, the surroundings, a weekday; no weeks (为期4周)
    if c.unit == "次" and text.startswith("产业", c.end) and c.num in ("一", "二", "三"):
        return True  # 三次产业增加值: the economy's three sectors, a term; no times counted
    if c.unit in _DIGITS_ONLY_UNITS and not c.num[:1].isdigit():
        return True  # 四群教育, 九门村, 三单工作法, 四面环水, 三方面工作: names and set phrases; these are counted in digits
    if c.unit == "把" and (not c.num[:1].isdigit() or (regex.match(r"\p{Han}", text[c.end:c.end + 1])
                                                       and not text.startswith(("左右", "以上"), c.end))):
        return True  # 1 把代表建议办好: the preposition; tools are counted 150把, 600万把左右
    if c.unit == "方面" and (_OUTLINE_BEFORE.search(text, max(0, c.start - 3), c.start)
                            or text.startswith(("入手", "着手", "工作", "内容", "情况", "问题", "提出"), c.end)):
        return True  # 从3方面入手, 抓好5方面工作: an outline of what follows, not a count of things done
    if c.unit == "单" and text.startswith(("元", "位", "项"), c.end):
        return True  # 1单元13楼: a building's unit, no orders
    if c.unit == "票" and text.startswith("决", c.end):
        return True  # 12选10票决: 票决 is the verb (to decide by vote), not 10 votes
    if _CLOCK_BEFORE.search(text, max(0, c.start - 6), c.start):
        return True  # 09:04:06 字号: the seconds of a clock time, then the page's font widget
    if c.unit in ("组", "队", "社") and _VILLAGE_GROUPS_BEFORE.search(text, max(0, c.start - 16), c.start):
        return True  # 汀洲村6组, 在村里7、8、9组一带: a village's groups by their numbers, places
    if c.unit == "年" and not _is_duration(text, c):
        return True  # 2022年 is a date; 连续3年, 历时2年, 已经22年 and 4年多 are durations
    if c.unit == "日" and (not (_WITHIN_DAYS.match(text, c.end) or _DAYS_LIMIT_BEFORE.search(text, max(0, c.start - 4), c.start))
                          or text[c.start - 1:c.start] in ("月", "初")):
        return True  # 7月7日 is a date; 须在30日内书面反馈 is a time limit (a date takes no 内)
    before = text[max(0, c.start - 4):c.start].rstrip(" ")  # (第 3 次: a spaced copy)
    after = text[c.end:c.end + 1]
    if before.endswith(_NOT_AMOUNT_BEFORE) and not before.endswith("每周"):
        return True  # (周2 is a weekday; 每周2次 a frequency)
    if c.num[0].isdigit() and (text[max(0, c.start - 2):c.start].endswith("+") and _FORMULA_TERM.match(text, max(0, c.start - 2))
                               or after == "+"):
        return True  # 1+7, 4+2+2: formulas of the genre's slogans (a sign alone, `+2.69%` in a table's cell, is no formula)
    if c.num[0] in _CN_DIGIT + "十廿拾":
        if c.num in ("一", "壹", "幺") and not (c.multiplier or c.num2 or c.change) and _plain_unit(c.unit):
            return True  # 一次, 一批, 一个目标: an article, not a count (一个多亿元 is an amount)
        if text[c.start - 1:c.start] in ("十", "百", "千", "万") or (not c.change and not c.num2 and _is_idiom(text, c)):
            return True
        if _IN_PLACE_NAME.match(text, c.end) and c.unit != "个":
            return True  # 十间房镇, 八里庄村, 三道河乡: a numeral inside a place's name
        if _opens_a_unit_name(text, c):
            return True  # 三台县, 六枝特区, 五家渠市: a county's name opens with a numeral and a measure word
        if place_word_at(text, c.start, c.end + 1):
            return True  # 地处六盘山西麓: a mountain's name (jieba's place word) opens with the numeral and measure
    return False


def _opens_a_unit_name(text: str, c: QuantityCandidate) -> bool:
    """A gazetteer name of a unit (not a township) starts at the numeral and runs past the measure word."""
    gaz = gazetteer()
    return any(start == 0 and end > c.end - c.start and any(e.kind in ("full", "short", "old") for e in gaz.entries[surface])
               for start, end, surface in gaz.find(text[c.start:c.start + 8]))


# a list of handlers, each given the same count (…湿地办、自来水公司、吉祥街道各1件)
_HANDLERS_EACH = regex.compile(r"、\p{Han}{2,10}(?:局|办|委|院|公司|中心|镇|乡|街道|管委会)各$")
# what closes a place's name after a numeral and a measure word (十间|房镇, 八里|庄村)
_IN_PLACE_NAME = regex.compile(r"\p{Han}{1,2}(?:镇|乡|村|街道|社区|屯|嘎查)(?!\p{Han}{0,1}(?:代表|人大))")


def _plain_unit(surface: str) -> bool:
    unit = lookup(surface)
    return unit is None or unit.multiplier == 1


def _unit_is_a_word(text: str, c: QuantityCandidate) -> bool:
    """两部分, 3项目, 符合2条件: a one-character unit that, with the next character, is an everyday word."""
    if len(c.unit) != 1 or c.suffix or c.change or c.end >= len(text):
        return False
    pair = c.unit + text[c.end]
    if pair == "个人" and text.startswith(("人大", "人民"), c.end):
        return False  # 18个人大街道工委, 6个人民法庭: 个 counts the congress's or the people's bodies (jieba reads 个人)
    if word_freq(pair) < _COMMON_PAIR_FREQ or word_tag(pair) in ("q", "m", "mq") \
            or (pair in _SPAN_PAIRS + _SCORE_PAIRS and c.num[:1].isdigit()):
        return False
    # 9个人大代表之家: the next character starts a longer word (人大代表), so 个 stands alone
    return tagged(text[c.end - 1:c.end + 5])[0][0] != c.unit


# measure words that Chinese numerals before them make part of a name or a set phrase (三单工作法, 十面红旗, 四面环水,
# 抓好三方面工作, 四群教育, 两节期间, 四方国际畜牧项目): the reports count with them in digits (蜂群500余群, 订单1.2万单,
# 11方面民生实事项目, 土方5万方)
_DIGITS_ONLY_UNITS = ("群", "门", "单", "面", "方面", "千伏", "具", "顶", "床", "班", "节", "方")
_OUTLINE_BEFORE = regex.compile(r"(?:从|分|围绕|聚焦|抓好|做好|重点|以下|在)$")
_COMMON_PAIR_FREQ = 2000
_SPAN_PAIRS = ("年间", "年来")  # (28年间,经她手送走的学生: during the years counted, not the era word 年间; 五年间
# in words stays the phrase of time it reads as)
_SCORE_PAIRS = ("分为",)  # (60分为合格, 80分至89分为四星级: points, then 为; after digits 分为 never divides)
_N = "一二三四五六七八九十百千万两拾佰仟"
_IDIOMS = regex.compile(rf"^(?:[{_N}][^\P{{Han}}{_N}零点][{_N}][^\P{{Han}}{_N}零])")  # (一点一: a decimal)


def _is_idiom(text: str, c: QuantityCandidate) -> bool:
    """四面八方, 三番五次, 千家万户: numeral-noun-numeral-noun four-character idioms."""
    return bool(_IDIOMS.match(text[c.start:c.start + 4])) or bool(_IDIOMS.match(text[max(0, c.start - 2):c.start + 2]))


# --- items ---------------------------------------------------------------------------------------------------

# the kinds of place a count or a breakdown goes by (区县, 乡镇, 街道, 村…), longer words first
_PLACE_KINDS = r"区县|县区|县市区|市县|乡镇|镇街|镇|乡|街道|村|社区|县|区|市"
# a kind of place right after a count and before 各 (9个乡镇各有…, 11个乡镇(街道)各6至8个): the count is of the places
_PLACES_EACH_AFTER = regex.compile(rf"(?P<kind>{_PLACE_KINDS})(?:[(（]街道[)）])?各")


def _with_items(seg: Segmented, cands: list[QuantityCandidate]) -> list[QuantityCandidate]:
    text = seg.clean.text
    out: list[QuantityCandidate] = []
    recent = _Recent()
    prev_sentence = None
    counted_before: dict[str, str] = {}  # a count of two digits or more -> what it first counted in the document
    for c in cands:
        sentence = seg.sentence_at(c.start)
        if sentence is not prev_sentence:
            recent.new_sentence(prev_sentence is None or sentence.paragraph != prev_sentence.paragraph)
            prev_sentence = sentence
        changed = _changed_from(text, sentence.start, c.start)  # (read once: the rules and the guard below use it)
        rule_item = clean_item(_item(text, c, sentence.start, sentence.end, recent, changed))
        if rule_item and item_model.NEVER_WHAT_IS_COUNTED.fullmatch(rule_item):
            rule_item = None  # 全市投入73.3亿元, 占全省的47%: where the figure holds, never what it counts
        # the trained ranker may prefer another candidate to the rules' item (item_model.py; off: rules only)
        item = item_model.choose(text, c.start, c.end, c.unit, sentence.start, sentence.end, rule_item, recent.last)
        if item != rule_item and item and (_names_a_unit(item) or _inside_place_name(text, sentence.start, c.start, item)
                                           or _broken_pick(item) or _after_a_figure(text, sentence.start, c.start, item)
                                           or _next_figures_label(text, sentence.start, c.start, c.end, item)
                                           or _budget_compared_with(text, sentence.start, c, item)
                                           or (rule_item and (_township_before(text, sentence.start, c.start, item)
                                                              or _member_label(text, sentence.start, c.start) == item
                                                              and _STATION_PLACE_WORD.fullmatch(item))
                                               and _parts_by_place(text, sentence.start, c.start, rule_item))):
            item = rule_item  # 万州区35名, 璧山区14名: the county is whose figure it is, and 山区 is half its name
            # (新增民宿91家,其中城关镇42家、新城乡31家: the places of a breakdown say where, the rules keep what)
        if item != rule_item and item and rule_item and (
                _never_an_item(item, headless="的" in text[c.start - 3:c.start])
                or _comparison_basis(text, sentence.start, c.start, item)
                or (text.startswith(item, c.end) and _verb_of_change(text, c.end, item))  # 1244万元减收…, 22天缩短至15天
                or rule_item == changed  # 养殖户从十几户发展到40余户
                or _ATTENDED.search(text, max(sentence.start, c.start - 12), c.start)  # 应到代表62人,实到60人
                or _THIS_FIGURE.search(text, max(sentence.start, c.start - 10), c.start)  # 这一数字仅为46亿元
                or _RAISED_AGAIN.search(text, max(sentence.start, c.start - 16), c.start)  # …180万元,今年增加到260万元
                or rule_item == _team_made_of(text, sentence.start, c)  # (not the last kind of member listed)
                or text.find("据" + item, max(sentence.start, c.start - 60), c.start) >= 0
                # (据调研组掌握的情况: whose account, not what is counted)
                or _SPAN_OF_TIME_INSIDE.search(item)  # (汛期以来沙口镇三级人大代表: when, cut into a phrase)
                or (_CLASS_LETTER.fullmatch(rule_item) and _BRACKETED_CLASS.search(text, max(sentence.start, c.start - 8),
                                                                                    c.start))  # ((B类)的有134件)
                or _next_members_item(text, c.end, sentence.end, item)  # 一般债务限额126300万元、专项债务限额…
                or (c.unit == "篇" and _PUBLISHED.search(text, max(sentence.start, c.start - 12), c.start))
                or (rule_item.endswith("件") and text.startswith(rule_item, c.end))  # 2件不满意件: named with 件
                or (rule_item.endswith(("件", "建议", "议案", "提案")) and _MADE_KEY.match(text, c.end, sentence.end))
                # (8件建议作为重点督办件: the designation is what is counted, over the proposals it names)
                or (c.unit in ("人次", "次") and _MET_WITH.search(text, max(sentence.start, c.start - 24), c.start))
                or (rule_item and rule_item == _shared_item(text, sentence.start, c.start))  # (A、B分别为…)
                or (item.endswith("投资") and len(item) <= 5 and (rule_item.endswith(("工程", "项目"))
                                                                 or _LISTED_PROJECT.match(text, sentence.start, c.start)))
                # (投资: how the money is counted, never over the project the rules name)
                or c.unit in _DURATION_UNITS and _SPAN_NOUN.search(text, max(sentence.start, c.start - 10), c.start)
                or c.unit in _DURATION_UNITS and _TIME_LIMIT.match(text, c.end)  # (3个月内向代表反馈: a time limit)
                or c.unit in _DURATION_UNITS and _TOOK_ONLY.search(text, max(sentence.start, c.start - 5), c.start)
                and (then := _THEN_DONE.match(text, c.end))
                and _work_at_clause_end(text, then.end(), sentence.end) == rule_item  # (仅用3天时间就将…修复: 时间)
                or (c.unit in EVENT_UNITS and _prepositional_object(text, sentence.start, c.start, item))
                or (c.unit == "分" and rule_item.endswith(_SCORE_WORDS))  # (每次计3分: the points, not the act)
                or (c.unit == "%" and rule_item.endswith(CHANGE_WORDS) and _grown_named(rule_item))  # (总值增长)
                or ((pool := _pool_before(text, sentence.start, c.start, c.unit))
                    and pool[0].endswith(rule_item))):  # (173所卫生室中,已有158所: the pool's)
            item = rule_item  # a qualifier, a plan word, a bare predicate or half a sentence: not a noun phrase
        if item and (c.unit in _MEASURES or c.unit.endswith("元")) \
                and (named := _project_named_before(text, sentence, c.start, item, seg)):
            item = named  # 在兴燕路南延工程现场…该工程全长约3.2公里: the project named before, not 工程 alone
        if item and (c.unit in _MEASURES or c.unit.endswith("元")) \
                and (named := _thing_named_above(text, sentence, seg, item)):
            item = named  # 和平路跨铁路桥。该桥全长486米,…,总投资6800万元: the thing its heading named
        if item and (built := _BUILT_STATION.search(item)) \
                and (kind := recent.paragraph_by_unit.get(c.unit)) and _STATION_KIND_END.search(kind) \
                and built.group("what") in kind:
            item = kind  # 建成代表联络站63个,其中瓜沥镇、临浦镇各建站5个: the stations the paragraph counts, not the act
        if item in ("投入", "总投入", "共投入", "出资", "拿出") and c.unit.endswith("元") \
                and (purpose := _purpose_after(text, c.end, sentence.end, work_on=True)
                     or _spent_on(text, c.end, sentence.end)):
            item = purpose  # 投入72万元,组织…开展四期履职培训: what the money went to, not the verb of spending it
        if item and item.startswith(_GOING_WORDS) and (party := _PARTY_BEFORE.search(text, sentence.start, c.start)):
            item = party.group("group") or "一行"  # …考察团一行12人来到广汉市: the party counted, not where it went
        if item in _LENGTH_WORDS and (at := text.rfind(item, sentence.start, c.start)) >= 0:
            # 天让路全长6.8公里, 便道全长约350米: the road measured, written before its length word
            if (whose := _MEASURED_BEFORE_LENGTH.search(text, sentence.start, at)) is not None:
                item = clean_item(whose.group("what")) or item
        if item and len(item) >= 3 and item.endswith("长") and not item.endswith(("全长", "总长")) \
                and (u := lookup(c.unit)) is not None \
                and u.category == "length" and text.endswith(item, sentence.start, c.start):
            thing = _POINTING_WORD.sub("", item[:-1])
            if text[c.start - len(item) - 1:c.start - len(item)] in ("这", "那", "该", "此"):
                thing = thing.lstrip("条段座个处片")  # (这|条水渠长: the classifier stays with its demonstrative)
            item = thing or item  # 这条小道长135米: the path, not 小道长
        if item in _LENGTH_WORDS + ("规划",) and (site := _last_match(_SITE_NAMED, text, sentence.start, c.start)):
            # 京东商仓物流园区项目总投资约6亿元,规划占地210亩; 绿道由…构成,起点为…,全长44088米: a measure with no
            # thing of its own measures the site or work the sentence named before it
            item = _POINTING_WORD.sub("", site.group("what")) or item
        if item and c.unit in _MEASURES and (land := _LAND_USE_BEFORE.search(text, max(sentence.start, c.start - 8), c.start)) \
                and text.endswith(item + (part := land.group("part") or ""), sentence.start, land.start() + len(part)):
            # 七星柠檬项目一期占地260亩: the land the thing takes up (项目占地), as the genre names the measure
            item = item + part + "占地"
        if item in _OUTPUT_WORDS and (product := _product_of_output(text, sentence.start, c.start, item)):
            item = product + item  # 柑橘种植面积已达22万亩,年产量约38万吨; 生猪年出栏量保持在110万头: whose output
        if item == "时长" and (timed := _what_took_so_long(text, sentence.start, c.start)):
            item = timed  # 授课时长约5个小时, 收看了…警示教育片,时长约40分钟: what lasted so long
        if item and (c.unit.endswith("元") or c.unit in _RATE_UNITS) and _BUDGET_STAGE.fullmatch(item) \
                and (line := _fiscal_account_before(text, c.start, item)):
            item = line  # 支出预算调整为19.44亿元,实际支出15.17亿元: a stage of the budget line the paragraph reports
        figure = text[c.start:c.end]
        if not item and (again := counted_before.get(figure)):
            item = again  # 票决民生实事12件…。总体来看,12件均已按计划启动: the same count said again, of the same thing
        if item in _STATE_NOUNS and not rule_item:
            # 从各镇情况看,杨屯镇16件: how things stand is no thing counted; the kind counted just before is
            item = recent.kind_before(c.unit) or item
        if item and item.endswith("率") and c.unit not in _RATE_UNITS:
            item = _not_a_rate(text, c, item, rule_item, recent)
        base = item
        if c.unit == "票" and (stance := _STANCE.search(text, max(sentence.start, c.start - 3), c.start)
                               or _STANCE_AFTER.match(text, c.end)
                               or _JUDGED_VOTE.search(text, max(sentence.start, c.start - 5), c.start)):
            item = stance.group("stance") + "票"  # 赞成57票, 以24票赞成: votes for, against or abstaining; 获得满意52票:
            # votes of a judgement
        elif c.unit == "张" and _BALLOTS_WON.search(text, max(sentence.start, c.start - 5), c.start):
            item = "选票"  # 陈明得票612张: ballots a candidate won, counted as sheets
        elif c.unit == "票" and out and out[-1].unit == "票" and c.start - out[-1].end <= _NEXT_VOTE_CHARS \
                and "\n" not in text[out[-1].end:c.start] \
                and out[-1].item in _STANCE_VOTES and _GOT.search(text, max(sentence.start, c.start - 2), c.start):
            item = out[-1].item  # …获赞成票162票;“…”项目获161票: the same kind of votes as the one before
        elif c.unit == "票" and text.endswith("以", 0, c.start) and _ELECTED_BY_BALLOTS.match(text, c.end):
            item = "选票"  # 陈俊以55票全票当选为…镇长: the ballots that elected a person (a project's are 得票)
        elif c.unit == "票" and (_VOTES_WON.search(text, max(sentence.start, c.start - 5), c.start)
                                or (text.endswith("票、", 0, c.start) and out and out[-1].item == "得票")):
            item = "得票"  # (一)集镇污水管网延伸工程,投资680万元,得票64票: the votes a candidate won (分别获得312票、307票)
        elif item and c.unit in ("件", "条", "项") and not _CLASS_LETTER.fullmatch(item) \
                and (status := _status_part(text, sentence.start, c.start)) and not item.startswith(status):
            # a part named by what was done to it (已办结答复的有31件, 正在办理的26件) is that part of the whole:
            # 已办结答复的建议, never the whole itself (the whole stays what later figures count)
            item = status + "的" + _CATEGORY_PREFIX.sub("", item)
        elif item and (judged := _judgement(text, sentence.start, c.start) or _judgement_after(text, c.end, sentence.end)):
            whole = (recent.latest_by_unit.get(c.unit) if _CLASS_WORD.search(item) or _CLASS_LETTER.fullmatch(item)
                     else None) or item  # (其中A类21件,代表评价满意的21件: 满意建议, not 满意A)
            item = judged + "票" if c.unit == "票" or whole.endswith("票") \
                else item if "满意" in whole else judged + _without_proposers(whole)  # (“满意”41张: 满意票)
            # (not 满意丙类)
        if c.unit == "个" and (places := _PLACES_EACH_AFTER.match(text, c.end)):
            item = places.group("kind")  # 其中城关镇3个,其余9个乡镇各有2至3个: the 9 count townships, each with its own
            # stations (a breakdown's member is no station count when its places say 各)
        if item in _PER_HEAD_WORDS and (between := _after_per_head(text, sentence.start, c.start, item)):
            item = between  # 日均骑行约4200人次, 户均年增收超过8000元: what the mean is of, between 均 and the figure
        if item and _CLASS_LETTER.fullmatch(item) and (item.endswith("类") or item + "类" in text[c.start - 8:c.start]):
            item = _class_of_kind(item, c.unit, recent, text[sentence.start:c.start])  # (not the A of 4A级旅游景区2家)
        flags = _flags(seg, c)
        out.append(QuantityCandidate(**{**c.__dict__, "item": item, "flags": flags}))
        if item and _TWO_DIGITS.match(figure):
            counted_before.setdefault(figure, item)
        # (历时22天: how long; 比报告数567118万元: the basis compared with; neither is what a later figure counts)
        if base and not _lasting(text, sentence.start, c) \
                and not _BASIS_BEFORE.search(text, max(sentence.start, c.start - 31), c.start) \
                and not _BUDGET_OF_LINE.search(text, max(sentence.start, c.start - 10), c.start) \
                and not _BUDGET_AMOUNT.search(text, max(sentence.start, c.start - 14), c.start):
            recent.named(base, c.unit, judged=item if item != base else None,
                         aside=bool(_ASIDE.search(text, max(sentence.start, c.start - 20), c.start)),
                         part=_PART_OPENER.search(text, sentence.start, c.start) is not None
                         or _DONE_PART_BEFORE.search(text, max(sentence.start, c.start - 8), c.start) is not None)
    for page_pass in (_parts_of_a_total, _households_and_people, _quota_counts):  # (kinds read across figures)
        out = page_pass(seg, out)
    return _changes_shared_out(text, _share_list_items(text, out))


# 分别增长12.3%和9.6% (or 增幅分别为…) after two figures: the k-th change is of the k-th figure before it
_CHANGES_SHARED = regex.compile(rf"(?:(?:同比|环比|比上年|较上年|(?:[一二三四五六七八九十两]年)?年均)?(?:分别|依次)(?:同比|环比)?"
                                rf"(?:{CHANGE_VERBS})了?|"  # (…,五年年均分别增长6.3%、5.6%: each figure's yearly rate)
                                rf"(?:增幅|增速|降幅|涨幅)(?:分别|依次)(?:为|是|达到?)|"  # (增速依次为2.6%、2.5%)
                                # (…分别达到30730元、10611元,增长5.5%和8%: a bare change right after the list's comma)
                                rf"(?<=[0-9０-９]\p{{Han}}{{0,3}}[,，])(?:同比|比上年)?(?:{CHANGE_VERBS})了?)$")
# 分别比上年新增6家、5家、29家 after 世界500强企业有14家、央企12家、上市公司72家: counts of change, each in the unit of
# the figure it changes, the k-th of the k-th
_COUNTS_SHARED = regex.compile(rf"(?:分别|依次)(?:比上年|较上年|比去年|较去年|同比)?(?:{CHANGE_VERBS}|新增)了?$")
_RATE_LIST_JOIN = ("和", "、", "及", ",")
# nothing but a verb of what the last figure counts between it and 分别 (…27人受伤,同比分别下降: not 城乡居民人均
# 可支配收入分别增长 or 事故起数和死亡人数同比分别下降, whose nouns name the changes themselves)
_THEIR_CHANGES = regex.compile(r"\p{Han}{0,2}[,，]")


def _changes_shared_out(text: str, cands: list[QuantityCandidate]) -> list[QuantityCandidate]:
    """接待游客143.5万人次,实现旅游综合收入7.8亿元,同比分别增长12.3%和9.6%: the rates listed after 分别 and a verb
    of change measure the figures just before them, in order (游客, 旅游综合收入), one rate to one figure; so do
    counts of change in the unit of the figures they change (…央企12家、上市公司72家,分别比上年新增6家、5家、29家)."""
    out = list(cands)
    i = 0
    while i < len(out):
        c = out[i]
        rate = c.unit in _RATE_UNITS
        opener = (_CHANGES_SHARED if rate else _COUNTS_SHARED).search(text, max(0, c.start - 10), c.start)
        if opener is None:
            i += 1
            continue
        j = i + 1  # the rates of the list: joined by 和 or 、, each the same unit
        while j < len(out) and out[j].unit == c.unit and text[out[j - 1].end:out[j].start] in _RATE_LIST_JOIN:
            j += 1
        rates = j - i
        before = out[max(0, i - rates):i]
        stretch = text[before[0].start:opener.start()] if before else ""
        if rates >= 2 and len(before) == rates \
                and all((b.unit not in _RATE_UNITS if rate else b.unit == c.unit) and b.item for b in before) \
                and not regex.search(r"[。;\n]", stretch) and _THEIR_CHANGES.fullmatch(text, before[-1].end, opener.start()):
            for k in range(rates):
                out[i + k] = QuantityCandidate(**{**out[i + k].__dict__, "item": before[k].item})
        i = j
    return out


# a project referred to by its kind alone (该工程全长, 项目总投资, 这项工程用地): the item starts with the bare kind
_BARE_PROJECT = regex.compile(r"^(?:该|这项|此项|这个|本)?(?P<kind>工程|项目)(?P<rest>\p{Han}{0,8})$")
_PROJECT_NAME = regex.compile(r"(?<=\p{Han}{2})(?:工程|项目)(?!名单|库|清单|建设)")
_PROJECT_REACH = 200  # characters of the paragraph read back for the project's name


def _project_named_before(text: str, sentence, pos: int, item: str, seg) -> str | None:
    """The named project (兴燕路南延工程, 大湖小学迁建工程) the paragraph gave before a figure whose item is only
    the bare kind and a measure (工程全长, 项目总投资): the project's name with the measure."""
    bare = _BARE_PROJECT.match(item)
    if not bare or (bare.group("rest") and not bare.group("rest").endswith(_PROJECT_MEASURES)):
        return None
    paragraph = seg.paragraphs[sentence.paragraph]
    floor = max(paragraph.start, pos - _PROJECT_REACH)
    clause = max(text.rfind(ch, floor, pos) for ch in ",;。，；—")
    for m in reversed(list(_PROJECT_NAME.finditer(text, floor, max(floor, clause)))):
        name, _ = _item_before(text, m.end(), floor, limit=16)
        if name and len(name) >= 5 and name.endswith(m.group()) \
                and not name.startswith(("该", "这", "此", "本", "各", "全")):
            return name + bare.group("rest")
    return None


_PROJECT_MEASURES = ("全长", "总长", "长度", "投资", "占地", "用地", "面积")  # (总投资, 总建筑面积: by their ends)
# a sentence that opens on the kind of thing its paragraph's heading sentence named (和平路跨铁路桥。该桥全长486米;
# 同康路。道路全长3.2公里): the kind, and the end of a name of that kind
_KIND_OPENS = regex.compile(r"[ \t\u3000]*(?:该|这|此)?[条座个所家处项]?(?P<kind>桥梁|桥|道路|公路|工程|项目|水厂|厂|公园|学校|市场)")
_KIND_ENDS = {"桥梁": "桥", "桥": "桥", "道路": "路", "公路": "路", "工程": "工程", "项目": "项目", "水厂": "厂", "厂": "厂",
              "公园": "园", "学校": "校", "市场": "市场"}
# a heading sentence: a short name on its own, its paragraph's first (和平路跨铁路桥。, 三、同康路。)
_NAME_SENTENCE = regex.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十\d]{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])?"
                               r"(?P<name>[\p{Han}“”]{3,20})[。:：]?[ \t\u3000]*$")
# the measures a heading's thing is named with (全长, 总投资); a width or a standard measures a part of it
_THING_MEASURE = regex.compile(r"(?:全长|总长|长度|(?:计划|概算)?总投资|投资|占地(?:面积)?|(?:总)?建筑面积)$")


def _thing_named_above(text: str, sentence, seg, item: str) -> str | None:
    """The thing a paragraph's heading sentence names, for a figure of the next sentence that opens on that kind of
    thing (该桥, 道路) and measures it (全长, 总投资), or None."""
    kind = _KIND_OPENS.match(text, sentence.start, sentence.end)
    measure = _THING_MEASURE.search(item)
    if not kind or not measure or sentence.start == 0:
        return None
    index = seg.sentence_index(sentence.start)
    if index == 0 or seg.sentences[index - 1].paragraph != sentence.paragraph:
        return None
    above = seg.sentences[index - 1]
    if index >= 2 and seg.sentences[index - 2].paragraph == above.paragraph:
        return None  # (the name must open its paragraph: a heading, not any sentence before)
    named = _NAME_SENTENCE.fullmatch(text, above.start, above.end)
    if not named or not named.group("name").endswith(_KIND_ENDS[kind.group("kind")]) or _tokens(named.group("name"))[0][1] == "v":
        return None
    return named.group("name") + measure.group()


# 对X开展Y N件: X is what a count of things (not of times) counts, Y the act done to each
_THINGS_ACTED_ON = {"件", "家", "家次", "份", "部", "宗", "所", "户", "户次"}
_ACTED_ON = regex.compile(r"(?:^|(?<=[,;:，；：。!?\n]))(?:\p{Han}{0,4}?[年来间])?对(?P<what>[^,;。:\d、，；：]{2,14}?)(?:开展|进行|实施)了?"
                          r"(?P<act>\p{Han}{2,8}?)(?:共|累计|共计)?$")
# a count of those already counted, then 中 (13件中已办结11件): the figure after it is a part of them
_NOT_AMONG = "心央国层部级队小学型医文转继间低高华期旬"  # words opening with 中 (中心联络站, 中低产田, 中华, 中旬)
_AMONG_AFTER = regex.compile(rf"中(?![{_NOT_AMONG}])")
_COUNTED_AMONG = regex.compile(rf"(?<![\d.])\d+(?P<unit>[件个项条名])中(?![{_NOT_AMONG}])[^,;。\d]{{0,8}}$")
_PART_OPENER = regex.compile(r"(?<=[,;:，；：])其中")  # a clause that names a part of the whole before it
# 发现隐患点位17处,目前已整改15处,其余2处: what is done so far is a part of what was counted; the rest is of the whole
_DONE_VERBS = ("整改", "整治", "落实", "办结", "解决", "完成", "化解", "答复", "办理", "采纳", "销号", "兑现", "回复", "处理",
               "处置")
_DONE_PART_BEFORE = regex.compile(rf"已(?:经)?(?:{'|'.join(_DONE_VERBS)})(?:了|到位)?$")


# a bracketed aside that counts a part (交由市政府办理的268件(包括重点建议4件)): no new whole for later classes
_ASIDE = regex.compile(r"[(（](?:包括|含|其中)[^()（）]*$")


@dataclass
class _Recent:
    """Items already named: the last one in the sentence, and the last one per unit in the sentence and in
    the paragraph. A figure with no noun of its own counts what the one before it counted, preferably
    with the same unit (`提出建议183件,交由51家承办单位,…其中已解决的124件`: 124 are 建议, not 承办单位)."""

    last: str | None = None
    last_unit: str | None = None
    last_count: str | None = None  # the last item of a figure that is not a percentage
    last_judged: str | None = None  # …when that figure was a judgement of it (满意建议): what a share after it is of
    paragraph_count: str | None = None  # the last such item in the paragraph (…减少1766万元;比上年增长11.2%)
    by_unit: dict = field(default_factory=dict)
    paragraph_by_unit: dict = field(default_factory=dict)
    document_by_unit: dict = field(default_factory=dict)  # the first kind per unit: what a breakdown divides
    latest_by_unit: dict = field(default_factory=dict)  # the last kind per unit that is no class of another

    def new_sentence(self, new_paragraph: bool) -> None:
        self.last = self.last_unit = self.last_count = self.last_judged = None
        self.by_unit = {}
        if new_paragraph:
            self.paragraph_by_unit = {}
            self.paragraph_count = None

    def named(self, item: str, unit: str, judged: str | None = None, aside: bool = False, part: bool = False) -> None:
        if aside and unit not in _RATE_UNITS:
            # 收入19.8亿元(其中苏里格开发区收入2890万元),比去年同期增长18.9%: the aside's part is no new topic;
            # what comes after the bracket measures the whole again
            self.by_unit.setdefault(unit, item)
            return
        self.last, self.last_unit = item, unit
        if unit not in _RATE_UNITS:
            both = _both_kinds(self.by_unit.get(unit), item)
            self.last_count = self.paragraph_count = item
            self.last_judged = judged
            if not (part and unit in self.paragraph_by_unit):
                # (收集意见建议147条;其中…反映的问题有41条。已办结118条: a part after 其中 leaves the whole
                # what the paragraph's later sentences count)
                self.paragraph_by_unit[unit] = item
            self.by_unit[unit] = item
            if both:
                # 承办人大代表建议76件、政协提案108件。其中…已经解决的97件: the counts after the sentence are of both
                self.paragraph_by_unit[unit] = both
            if not _HANDLER.search(item):
                self.document_by_unit.setdefault(unit, item)
                if not _CLASS_WORD.search(item) and not _CLASS_LETTER.fullmatch(item) and not aside:
                    self.latest_by_unit[unit] = item

    def same_unit(self, unit: str) -> str | None:
        return self.by_unit.get(unit)

    def kind_before(self, unit: str) -> str | None:
        """What the sentence, else the paragraph, last counted in this unit."""
        return self.by_unit.get(unit) or self.paragraph_by_unit.get(unit)

    def in_sentence(self, unit: str) -> str | None:
        if unit not in self.by_unit and self.last_unit in EVENT_UNITS and unit not in EVENT_UNITS \
                and self.paragraph_by_unit.get(unit):
            # 收集意见建议187条。其中,桐城市召开2场座谈会,收集31条: the meetings held are no thing collected; the
            # paragraph has named what is counted in this unit
            return self.paragraph_by_unit[unit]
        if self.by_unit.get(unit):
            return self.by_unit[unit]
        if self.last_unit in _PERSON_UNITS and unit not in _PERSON_UNITS and unit != "户":
            return None  # 到会的86名镇人大代表…确定了8项: a count of things never counts the people just counted
        if unit in _RATE_UNITS and self.last_unit in _RATE_UNITS and self.last and self.last.endswith(_RATE_ENDINGS):
            return self.last  # 参选率普遍在90%以上，平均达到93.4%: the rate just named runs on, not the count before it
        return self.last_count


_RATE_UNITS = ("%", "个百分点", "百分点", "‰", "成")
_RATE_ENDINGS = ("率", "比重", "占比")  # how an item that names a rate ends (参选率, 办结率), unlike a count's noun
# units that count people: a count in any other unit never carries their noun
_PERSON_UNITS = ("名", "人", "位", "人次")


def _both_kinds(before: str | None, item: str) -> str | None:
    """建议提案 when a sentence counts deputies' proposals and then the political consultative conference's (or the
    other way round) in one unit: the genre's name for the two together."""
    if not before or before == item:
        return None
    ends = {before[-2:], item[-2:]}
    return "建议提案" if ends == {"建议", "提案"} else None


def _kind_named(text: str, s_start: int, pos: int, recent: _Recent, unit: str) -> str | None:
    """承办人大代表建议92件、政协委员提案105件。…建议所提问题已解决的58件: when the document has counted more
    than one kind in this unit, the sentence names which one a headless or classed count is of."""
    kinds = {k for k in (recent.by_unit.get(unit), recent.paragraph_by_unit.get(unit), recent.latest_by_unit.get(unit),
                         recent.document_by_unit.get(unit)) if k and len(k) >= 2 and not _CLASS_WORD.search(k)}
    if len({k[-2:] for k in kinds}) < 2:
        return None
    clause = text[max(s_start, max(text.rfind(ch, s_start, pos) for ch in ",;:") + 1):pos]
    clause = regex.sub(r"^(?:其中|另有|另外|此外)", "", clause)
    named = [k for k in kinds if clause.startswith((k, k[-2:]))]  # (the clause's topic, not 与联系点融合运行的)
    if not named and (frame := _SEEN_BY.match(text, line_start(text, pos))):
        # 从建议内容看,涉及经济发展的59件,…;涉及法治建设的11件: the paragraph's frame names the kind its list sorts
        named = [k for k in kinds if k.endswith(frame.group("kind")[-2:])]
    return named[0] if len(named) == 1 else None


# a paragraph framed by the kind its list sorts (从建议内容看, 从议案类别来看)
_SEEN_BY = regex.compile(r"[ \t\u3000]*从(?P<kind>\p{Han}{2,6}?)的?(?:涉及的)?(?:内容|类别|分类|领域|性质|分布)(?:分类)?上?来?看")


# scope words and genre verbs that open a noun phrase without being part of the thing counted
# (全县办理代表意见建议 -> 代表意见建议, 新建人大代表之家 -> 人大代表之家, 全年安排代表履职经费 -> 代表履职经费)
_SCOPE_WORDS = ("全县", "全区", "全市", "全镇", "全乡", "全旗", "全州", "全省", "全盟", "全街道", "全村", "全体", "全部",
                "所有", "各级", "各类", "全年", "今年", "当年", "年内", "本年", "去年", "累计", "共", "我县", "我区", "我市",
                "本县", "本区", "本市", "该县", "该区", "该市", "我镇", "我乡", "本镇", "本乡", "该镇", "该乡", "我村",
                "各县区", "各县市区", "各区县", "各乡镇", "各镇街", "各县",
                "各区", "各地", "各村", "各方面")
ACTION_VERBS = ("办理", "收到", "收集", "提出", "建成", "新建", "建设", "新增", "打造", "设立", "组建", "召开", "组织", "开展",
                "举办", "举行", "安排", "拨付", "落实", "投入", "争取", "核拨", "下达", "发放", "接收", "受理", "交办", "交由",
                "办结", "答复", "完成", "实现", "达到", "推动", "推进", "促成", "协调", "联系", "固定", "配备", "配齐",
                "培训", "接待", "走访", "参加", "参与", "提交", "征集", "梳理", "形成", "确定", "列入", "纳入", "票决",
                "审议", "听取", "检查", "视察", "调研", "督办", "解决", "领办", "建立", "设置", "挂牌", "命名",
                "实施", "走进", "深入", "进入", "覆盖", "惠及", "带动", "帮助", "吸纳", "编入", "入驻", "办复", "回复",
                "采纳", "落地", "完工", "化解", "调处", "转交", "转办", "退回", "花费", "耗资", "支出", "发展", "再建", "产生",
                "选派", "提档升级", "升级改造", "提升改造", "改造提升")  # (再提档升级30个: upgraded, the stations counted before)
# plan and upgrade words lead into what is planned or rebuilt (计划新建提升代表联络站 -> 代表联络站). Only at an
# item's start: 提升/改造 are not genre verbs that end a phrase (镇区供水管网改造项目 stays whole)
_PLAN_ADVERBS = ("计划", "力争", "拟", "预计", "确保")
_PLAN_WORDS = _PLAN_ADVERBS + ("提升", "改造", "升级")
_LEADING_NOISE = regex.compile(
    "^(?:" + "|".join(sorted(set(_SCOPE_WORDS + ACTION_VERBS + _PLAN_WORDS), key=len, reverse=True)) + ")+")
# the tail of a year (2018年|莆美镇力争…), then the place and a plan adverb, cut into the item's start
_YEAR_THEN_PLAN = regex.compile(r"^年(?:\p{Han}{1,8}?(?:镇|乡|街道|县|区|市))?(?:" + "|".join(_PLAN_ADVERBS) + ")")


# quotes around the whole item, or a quote cut off at either end, are no part of it
_QUOTES_AROUND = regex.compile(r"^“([^“”]*)”$|^“(?=[^”]*$)|(?<=^[^“]*)”$")


# how many there were, said after the noun (提出的建议较多): a predicate of degree, never part of what is counted
_DEGREE_TAIL = ("较多", "最多", "较少", "最少", "居多", "偏多", "偏少")
_QUOTED_JUDGEMENT = regex.compile(r"^“((?:基本|比较|非常|不)?(?:满意|称职|合格|优秀|良好|赞成|反对|弃权))”(?=[票件项]$)")
_LEADING_ALTERNATIVE = regex.compile(r"^[(（][^()（）]{1,5}[)）](?=\p{Han}{2})")


def _word_across(item: str, cut: int) -> bool:
    """Does a dictionary word run across the cut (固定|资产 in 固定资产投资, 开展|活动 not)? Then the lead is no
    verb leading into the noun, but the noun's own first half."""
    return any(word_freq(item[start:end]) >= 100 and (word_tag(item[start:end]) or "")[:1] in ("n", "l")
               for start in range(max(0, cut - 2), cut) for end in range(cut + 1, min(len(item), cut + 3) + 1)
               if end - start >= 3)


def _word_boundary_cut(item: str, end: int) -> int:
    """Where the leading scope words and verbs end at a word's edge: 全市|联系点总数, not 全市联系|点总数 (联系 is a
    genre verb, but here it is the start of the word 联系点)."""
    pos, cut = 0, 0
    for word, _ in tagged(item):
        pos += len(word)
        if pos > end:
            break
        if _LEADING_NOISE.fullmatch(item, 0, pos):
            cut = pos
    return cut


# the short name a report defines for what it counts (意见(下称建议), 代表建议(以下简称“建议”))
_ALIAS = regex.compile(r"[(（](?:以下|下文|下)?(?:简称|统称|称)[“\"]?(?P<alias>\p{Han}{2,8})[”\"]?[)）]$")


_TERM_TAIL = regex.compile(r"^第?[一二三四五六七八九十\d]{1,3}届(?=\p{Han}{2})")


# a worth with no digits of its own at an item's head (13个|亿元以上重大工业项目)
_WORTH_THRESHOLD = regex.compile(r"^[十百千]?[万亿]元(?:以上|以下)的?")


_PER_HEAD_WORDS = ("户均", "人均", "日均", "年均", "月均")  # a mean per household, head, day, year or month


def clean_item(item: str | None) -> str | None:
    """An item is a noun phrase: strip the scope words and genre verbs that lead into it, when a noun
    phrase of two characters or more remains (`办理代表建议` -> `代表建议`; `调研` alone stays)."""
    if not item:
        return item
    if alias := _ALIAS.search(item):
        item = alias.group("alias")  # 建议、批评和意见(下称建议): the name the report gives what it counts from here on
    item = _TERM_TAIL.sub("", item)  # 县十|八届人大常委会委员 (jieba's cut): which term's is no part of what is counted
    item = _QUOTES_AROUND.sub(r"\1", item)  # “代表之家” -> 代表之家; “共富工坊”代表联络点 keeps its quotes
    item = _QUOTED_JUDGEMENT.sub(r"\1", item)  # “满意”票 -> 满意票: a quoted judgement and its one-character noun
    item = item.replace("\"", "")
    if _MANNER_PHRASE.fullmatch(item):
        return None  # 依法关闭退出21座, 均已按计划启动: how it was done, no noun at all
    m = _LEADING_NOISE.match(item)
    cut = _word_boundary_cut(item, m.end()) if m else 0
    if item.startswith("各级", max(0, cut - 2)) and item.startswith(("人大代表", "代表"), cut):
        cut -= 2  # 全区各级人大代表: which deputies are counted (annotators keep 各级 with them)
    if cut and len(item) - cut >= 2 and item[cut:] not in ("活动", "时限", "时间") and item[cut] not in "、和及与的" \
            and not _word_across(item, cut) and not _PAPER_OF_ACT.match(item) and not _PLACED_PART.match(item):
        # (参加视察、调研、执法检查等活动: 视察 is the list's first member, not a verb leading into it; 提出的意见建议:
        # the verb's 的 would lead the item)
        # (接待活动, 答复时限: which stays; 固定资产投资: one word; 审议意见, 调研报告: the act's paper; 列入年度计划
        # 解决的建议: the part placed in the plan, whose verb the relative clause needs)
        item = item[cut:]
        item = _LEADING_ALTERNATIVE.sub("", item)  # 各乡镇(街道)人大主席: the alternative went with its word
    if item.startswith("对") and len(item) >= 4 and word_freq(item[:2]) < 200 and "的" in item:
        item = item[1:].replace("的", "", 1)  # 对办理结果的满意率: the preposition's object names the rate (办理结果满意率)
    if item.startswith("方面") and len(item) >= 4:
        item = item[2:]  # 收集各|方面意见建议 (jieba cut 各 off 各方面): from all sides, no part of what is counted
    if item.startswith("将") and len(item) >= 3 and item[:2] not in ("将军", "将来", "将近", "将领"):
        item = item[1:]  # 将市人大代表活动经费提高到…, 将力争地区生产总值增长: will, or the object marker; no part of it
    if (planned := _YEAR_THEN_PLAN.match(item)) and len(item) - planned.end() >= 2:
        item = item[planned.end():]  # 2015年|小溪镇力争区域生产总值增长: the year's 年, the place and the plan lead in
    if (worth := _WORTH_THRESHOLD.match(item)) and len(item) - worth.end() >= 2:
        item = item[worth.end():]  # 13个亿元以上重大工业项目: what is counted is the noun; each one's worth is its class
    if item.startswith(("以上", "以下")) and len(item.lstrip("以上下的")) >= 2:
        # 亿元以上项目有528个, 5000万元以上项目50个: the threshold is a figure of its own; what is counted is the noun
        # after it (the amount's 以上 left alone names nothing)
        item = item[3:] if item[2:3] == "的" else item[2:]
    if len(item) >= 4 and item.endswith("总数") and word_tag(item) is None:
        item = item[:-2]  # 全市联系点总数达到14个: the total of 联系点 counts 联系点 (开采总量 is a measure: stays)
    if len(item) >= 4 and item.endswith(_EXTENT_TAIL) and word_tag(item) is None:
        item = item[:-2]  # 这16件全团建议大体分为六类: how far the division holds is no part of what is counted
    if len(item) >= 4 and item.endswith(_DEGREE_TAIL):
        item = item[:-2]  # 提出的建议较多,分别为34件: how many there were, a predicate, is no part of what is counted
    while len(item) >= 3 and item[-1] in "要将须需应能可也就都还才拟" and (words := tagged(item)) and len(words) >= 2 \
            and words[-1][0] == item[-1]:
        item = item[:-1]  # 签约覆盖率要达到60%以上, 响应时间能从…, 重点建议拟交由…: a modal or adverb before the verb,
        # not part of the noun (纪要, 认可, 模拟 stay)
    if len(item) >= 3 and item[-1] in "中里" and word_freq(item[-2:]) < 100 and word_tag(item) is None:
        item = item[:-1]  # 5件实事中已完成4件, 24户群众中: among them, not part of the noun (集中, 高中 stay)
    if len(item) >= 4 and item.endswith(_PER_HEAD_WORDS):
        item = item[:-2]  # 带动42户农户户均增收8000元, 代表活动经费人均800元: who or what the mean is over, not 户均
    if len(item) >= 3 and item.endswith("仅"):
        item = item[:-1]  # 返乡创业人员仅380余人: only so many, not part of who
    if _MASKED.fullmatch(item):
        return None  # 由20xx年的312台增加到…: a masked year's or name's placeholder, never what is counted
    if (when := _WHEN_AFTER.search(item)) is not None and _is_a_time(item[:when.start()]):
        return None  # 调整后, 修订后, 年底前, 前后: when, after or before an act or a date, not what is counted
    return item or None


_EXTENT_TAIL = ("大体", "大致", "主要", "总体", "大都", "大多")
_PARTS_MIN = 3  # figures in a paragraph's run that must add up to a total named before them
_PART_GAP = 30  # characters between two parts of one run (a delegation's name and a verb; a share in between)
_RUN_OPENERS = 3  # counts a run may open with before its parts (the total, written again, or another count)
_KIND_REACH = 300  # characters before the parts searched for their own kind (linear: one window per run)


def _parts_of_a_total(seg: Segmented, cands: list[QuantityCandidate]) -> list[QuantityCandidate]:
    """收到议案9件,建议、批评和意见187件。… 商州区代表团提出41件,洛南县代表团29件,…柞水县代表团21件: a run of plain counts
    in one paragraph, all given the same borrowed kind, that adds up exactly to a count named before them is that
    count broken down: each part counts what the total counted (建议…, not the 议案 the page named first)."""
    text = seg.clean.text
    out = list(cands)
    counts = [k for k, c in enumerate(out) if _plain_count(c)]
    totals: dict[tuple[str, int], str] = {}  # (unit, value) -> the kind of the latest such count before the run
    k = 0
    while k < len(counts):
        run = [counts[k]]
        while k + len(run) < len(counts) and _same_run(seg, out[run[-1]], out[counts[k + len(run)]]):
            run.append(counts[k + len(run)])
        k += len(run)
        for first in range(min(_RUN_OPENERS, len(run) - _PARTS_MIN + 1)):
            # (the run may open with the total itself, or another count or two)
            if first and (opener := out[run[first - 1]]).item:
                totals[(opener.unit, int(opener.num))] = opener.item
            parts = run[first:]
            part_item = out[parts[0]].item
            whole_item = totals.get((out[parts[0]].unit, sum(int(out[i].num) for i in parts)))
            if whole_item is None or any(out[i].item != part_item for i in parts):
                continue
            paragraph = seg.paragraphs[seg.sentence_at(out[parts[0]].start).paragraph]
            since = max(paragraph.start, out[parts[0]].start - _KIND_REACH)
            if part_item and (text.find(part_item, since, out[parts[-1]].end) >= 0
                              or part_item in whole_item or whole_item in part_item):
                break  # (A类建议86件、B类…; 县人大常委会会议一般…。…举行2次,…举行7次: the parts' own kind, written in
                # their paragraph, stays; so does one the total's kind holds or is held by)
            for i in parts:
                out[i] = QuantityCandidate(**{**out[i].__dict__, "item": whole_item})
            break
        for i in run:
            if out[i].item:
                totals[(out[i].unit, int(out[i].num))] = out[i].item
    return out


# a place's size told after its name (…村…全村有9个村民小组、412户1860人; 下辖11个自然屯,共有1026户4350人): the
# households and people counted with no noun of their own are the place's 农户 and 人口
_SIZE_OPENS = regex.compile(r"(?:全[村组屯社寨]|辖)[^。;；:：]{0,30}?$")
_SIZE_REACH = 40


def _households_and_people(seg: Segmented, cands: list[QuantityCandidate]) -> list[QuantityCandidate]:
    text = seg.clean.text
    out = list(cands)
    for i, c in enumerate(out):
        if c.unit != "户" or text[c.start - 1:c.start] not in ("有", "、", ",", "，", "辖") or (
                c.item and (text.endswith(c.item, 0, c.start) or not _borrowed_across_units(out, i))):
            continue  # (建档立卡贫困户1163户: the noun written right before is what is counted; 贫困户…,其中…有47户:
            # a kind counted in 户 before is still counted)
        sentence = seg.sentence_at(c.start)
        if not _SIZE_OPENS.search(text, max(sentence.start, c.start - _SIZE_REACH), c.start):
            continue
        out[i] = QuantityCandidate(**{**c.__dict__, "item": "农户"})
        if i + 1 < len(out) and out[i + 1].unit == "人" and text[c.end:out[i + 1].start] in ("", "、", ",", "，"):
            out[i + 1] = QuantityCandidate(**{**out[i + 1].__dict__, "item": "人口"})
    return out


def _borrowed_across_units(cands: list[QuantityCandidate], i: int) -> bool:
    """The figure's kind is that of the figure just before it, counted in another unit (9个村民小组、412户)."""
    return i > 0 and cands[i - 1].item == cands[i].item and cands[i - 1].unit != cands[i].unit


# seats shared out (共分配84名, 每950人分配1名的标准, 留待另行分配的有118名): the seats are 名额, and the people per seat
# (每7850人分配1名, 约15.48万人分配1个名额) are the population counted, not the verb of sharing out
_SHARE_OUT = ("分配", "分到", "分得")
_PER_SEAT_AFTER = regex.compile(r"(?:可以|可)?(?:分配|增加|产生|选举|选出)[0-9０-９一]")


def _quota_counts(seg: Segmented, cands: list[QuantityCandidate]) -> list[QuantityCandidate]:
    text = seg.clean.text
    out = list(cands)
    for i, c in enumerate(out):
        if c.item in _SHARE_OUT and c.unit in ("名", "个"):
            out[i] = QuantityCandidate(**{**c.__dict__, "item": "名额"})
        elif c.unit == "人" and _PER_SEAT_AFTER.match(text, c.end) and c.item in _SHARE_OUT + (None,):
            out[i] = QuantityCandidate(**{**c.__dict__, "item": "人口"})
    return out


def _plain_count(c: QuantityCandidate) -> bool:
    return c.num.isdigit() and not (c.multiplier or c.num2 or c.percent or c.per or c.inner_qualifier
                                    or c.prefix_qualifier or c.unit in _RATE_UNITS)


def _same_run(seg: Segmented, a: QuantityCandidate, b: QuantityCandidate) -> bool:
    return a.unit == b.unit and b.start - a.end <= _PART_GAP \
        and seg.sentence_at(a.start).paragraph == seg.sentence_at(b.start).paragraph


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
        join = text[a.end:b.start]
        if join not in ("、", "和", "及", "或", ",") or a.unit != b.unit or not b.item or (join == "," and a.item):
            continue  # the jieba look-ups below only for amounts joined in a list (a comma joins clauses too)
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
    # counts and finds by bisection: scanning the sentence or paragraph per candidate is quadratic in one
    # long paragraph
    quoted = count(text, "“", sentence.start, c.start) > count(text, "”", sentence.start, c.start)
    para = seg.paragraphs[sentence.paragraph]
    heading_like = para.is_heading or find(text, "。", para.start, para.end) < 0
    first_clause_end = find(text, ",", para.start, para.end)
    slogan_heading = 0 <= first_clause_end - para.start <= 10 and c.end <= first_clause_end
    return quoted or heading_like or slogan_heading


# a budget's other side named alone after its first (收入为…,支出为…)
_BUDGET_SIDES = ("收入", "支出")
_OTHER_SIDE = regex.compile(r"(?:^|(?<=[,;]))(?P<side>收入|支出)(?:为|是|达|共)?$")
# those who sat in on a meeting, listed then counted (列席会议的有…负责人、…书记等120余人)
_SAT_IN_LIST = regex.compile(r"列席(?:会议|大会|本次会议)?的(?:还)?有[^。;；]{2,60}?等$")
# a figure that names no noun but points back at the figure before it (这一数字仅为, 该数据已达到)
_THIS_FIGURE = regex.compile(r"(?:这一|这个|该|此)数[字据值](?:仅|只|已|则|也)?(?:为|是|达到?|增至|降至|超过|突破)?$")
# the word that makes a count the expected one (应到代表98名, 应出席代表80名), which those who came are not
_EXPECTED_LEAD = regex.compile(r"^.*?应(?:到|出席|参会|到会)")
# how many of those expected came (应到代表62人,实到60人; 应出席代表279名,实际到会269人; 该团代表41名,报到40名)
_ATTENDED = regex.compile(r"(?<![不未没])(?:实到|实际到会|实际出席|实际参会|到会|出席|报到|请假|缺席)(?:(?:参加)?\p{Han}{0,4}?会议)?"
                          r"(?:的)?(?:有|共)?$")  # (因事请假5名; 当天到会参加预备会议的有318人; not 不出席…会议的3名代表)
# places a rate's basis may name (每个乡镇, 每个镇街, 每村): never what is counted per place
_PLACE_BASIS = regex.compile(r"(?:乡镇|镇街|镇|乡|街道|村|社区|县|区|县区|市|站|点|联络站|单位)")
# a mean per place, written with the place's alternatives (平均每个县(市、区)每年约, 平均每个乡镇不足)
_PER_PLACE = regex.compile(rf"(?:平均每个?(?:{_PLACE_BASIS.pattern}|部门)"
                           r"(?:[(（][^()（）\n]{1,6}[)）])?(?:每年|每月|每季度)?(?:约|不足|不到|超过|近|达|有)?"
                           # (建成五星级联络站不少于40个,每个县(市、区)不少于2个: a floor per place)
                           rf"|每个?(?:{_PLACE_BASIS.pattern})(?:[(（][^()（）\n]{{1,6}}[)）])?(?:不少于|至少|不低于))$")
# a person as the basis, with no verb of its own before the figure (…接待选民不少于4次,每名镇人大代表不少于6次)
_PER_PERSON = regex.compile(r"每(?:名|位|个)\p{Han}{0,6}?(?:代表|委员|干部|人员|党员)(?:每年|每月|全年)?"
                            r"(?:不少于|不低于|至少|达到?|约)?$")
# a figure, then what the things or people counted were made or named (5件为大会议案, 21人为…委员, 1天为代表接待日;
# not 为民办实事, serving the people)
_NAMED_AS = regex.compile(r"(?:同志)?(?:为(?!民)|当选为|作为)(?:\d{4}年度?)?[“\"]?(?P<what>[\p{Han}、]{2,24}?)[”\"]?(?=[,;。]|$)")
# what every place of a level has (村(社区)代表联络点, 县(市、区)人大常委会, 乡(镇)人大主席): a station, a room, a
# body or its head; a noun that ends otherwise is not read as one (14个县(区)全面推行: jieba's noun)
_BODY_OF_A_PLACE = regex.compile(r"(?:站|点|室|之家|会|团|组|所|中心|主席|代表)$")
# a class of cases (A类件, 乙类件) and the kind a clause opened with among which it is counted (人大代表建议中,)
_CLASS_CASE = regex.compile(r"[A-Za-z甲乙丙丁][类级]件")
_KIND_AMONG = regex.compile(r"(?:^|(?<=[。;\n]))[ \t\u3000]*(?P<kind>\p{Han}{2,10}?)中[,:]")
# proposals made key cases after their count (8件建议作为重点督办件, 3件被列为县人大常委会重点督办建议): the
# designation names what the count is of, not the proposals in general
_MADE_KEY = regex.compile(r"[\p{Han}、“”]{0,30}?(?:被\p{Han}{0,12}?)?(?:作为|列为|列入|确定为|定为|为)\p{Han}{0,10}?"
                          r"(?P<what>重点\p{Han}{0,4}?(?:件|建议|议案|提案))(?:办理|处理|督办)?(?=[,;。、:)\s]|$)")
_THESE = regex.compile(r"(?:这|这些|上述|以上|该)$")  # a demonstrative right before the figure (这24件)
_FOR_PURPOSE = regex.compile(r"[,，]?(?:全部|主要|专门|专项|统筹)?用[于於]")
# the rest of a whole after its parts (…教育卫生3件、其他2件; 其余16条): the whole's kind, never the last part's
_REST_OF_WHOLE = regex.compile(r"(?:其余|其他|其它|剩余|剩下)(?:的|共)?$")
_OF_THOSE = regex.compile(r"(?:其中|其余|其他|另有|还有|剩余|剩下|另外)(?:有|的|共)?$")
_AFTER_BASIS = regex.compile(r"(?:(?:每[人年月季次个户村镇乡场期])+|[人户年月日]均)(?P<what>(?!每)[\p{Han}]{1,4}?)(?:为|是|达到|达)?$")
_RATE = regex.compile(r"(?P<rate>[A-Z]?[\p{Han}]{0,15}?(?:率|度|比重|占比|比例|增幅|降幅|增长|下降|降低))"  # (C类建议占比)
                      r"(?:继续|仍然|仍|始终|要|须|应|应当|必须|力争|确保|争取)?"  # (办结率继续保持100%; 办结率要达到100%)
                      r"(?:平均|普遍|总体)?"  # (参选率平均达到93.4%, 参选率普遍在90%以上: how the rate runs across units)
                      r"(?:达到|达|为|是|稳定在|控制在|保持在|保持|维持在|提高到|不足|不到|超过|低于|不低于|高于|约|近|(?<=普遍)在)?$")
# a clause that is only a body (or unit) and 为 before its figure (…,市公安局为96.5%)
_BODY_SUFFIX = "局|院|委|办|部|厅|中心|政府|公司|学校|医院"
_BODY_THEN_IS = regex.compile(rf"(?:^|(?<=[,;，；]))(?P<body>\p{{Han}}{{2,12}}?(?:{_BODY_SUFFIX}|[县区市镇乡旗]|街道))"
                              r"(?:为|是|达|达到)$")
_BODY_LEAD = regex.compile(rf"\p{{Han}}{{2,12}}?(?:{_BODY_SUFFIX})")
# nouns that name a measurement: the item is what they measure (白茶种植面积 -> 白茶种植面积, not 面积)
_MEASURE_NOUNS = ("面积", "数量", "人数", "户数", "金额", "总额", "总量", "规模", "产量", "总数")


def _item(text: str, c: QuantityCandidate, s_start: int, s_end: int, recent: _Recent,
          changed: str | None = None) -> str | None:
    """The rules' item for one figure; `changed` is the topic of a change the figure is one end of."""
    carried = recent.in_sentence(c.unit)
    money = c.unit in ("元",) or c.unit.endswith("元")
    if c.unit in ("岁", "周岁") and not c.num2 and not _GROUP_OF_AGE.match(text, c.end) \
            and not _GROUP_OF_AGE.match(text[c.start:c.end], text.find("岁", c.start, c.end) + 1 - c.start):
        return "年龄"  # 今年53岁的…, 58岁的刘丕荣: one person's age (not 60岁以上老人, 70～79岁: a group by age)
    if c.unit in _SHARED_AHEAD_UNITS and (ahead := _NOUN_AHEAD.match(text, c.end, s_end)) \
            and ahead.group("unit") == c.unit and _a_verb(ahead.group("verb")) \
            and _a_verb(text[max(s_start, c.start - 2):c.start]) \
            and (noun := _item_after(text, ahead.end(), s_end)) and not _verb_led(noun):
        # 决定任命5名、免去3名国家机关工作人员职务, 新建5个、改造3个代表联络站: both counts are of the noun after the last
        return _people_counted(noun) if c.unit in ("名", "人") else noun
    if _THIS_FIGURE.search(text, max(s_start, c.start - 10), c.start) and (before := next(
            (kind for kind in (recent.by_unit.get(c.unit), recent.paragraph_by_unit.get(c.unit),
                               recent.document_by_unit.get(c.unit)) if kind and not _PLACE_BASIS.fullmatch(kind)), None)):
        # 生产总值达到137亿元,而2012年时这一数字仅为46亿元: the same measure at another time (联系点增加到25个,
        # 覆盖全市十六个区;如今这一数字已达到36个: not the places a figure covered)
        return before
    if c.unit in ("人", "名", "位") and _SAT_IN_LIST.search(text, max(s_start, c.start - 70), c.start) \
            and not _PEOPLE_NAMED_AFTER.match(text, c.end):
        return "列席人员"  # 列席会议的有市直有关部门负责人、各乡镇党委书记等120余人: all who sat in, not the last kind
    if c.unit == "个" and (level := _counted_level(text, c)):
        return level  # 沿线3个县、1个区: units of one level, counted by the level's one character
    if c.unit in ("人", "名", "位") and _COSIGNED_AFTER.match(text, c.end) \
            and not _DEPUTIES_RIGHT_BEFORE.search(text, max(s_start, c.start - 4), c.start):
        return "联名代表"  # 区人大代表沈国强等12人联名提出, 5名以上代表联名: the deputies who signed together
    if text.startswith("的", c.end) and (thing := _measured_after(text, s_start, s_end, c)):
        return thing  # 铺设5公里左右的引水管道, 每个村修通3到5公里的水渠: the thing the length measures follows 的
    if c.unit == "件" and _DISSATISFIED_AFTER.match(text, c.end, s_end):
        return "不满意建议"  # 另有2件代表表示不满意, 对3件代表不满意的建议: the suggestions the deputies were not satisfied with
    if (crossed := _threshold_crossed(text, c, s_start, s_end)) is not None:
        return crossed  # 地区生产总值迈上400亿元台阶, 财政收入先后跨过20亿元、30亿元两道关口: what crossed the mark
    if bracketed := _BRACKETED_CLASS.search(text, max(s_start, c.start - 8), c.start):
        return bracketed.group("letter") + "类"  # 已经解决或基本解决的(A类)有178件: the class the bracket names
    if money and _DONATED.search(text, max(s_start, c.start - 4), c.start):
        return "捐款"  # 当场捐出18.6万元, 先帮我捐上1万元, 各捐5000元: a bare verb of giving; the gift is a donation
    if money and (moved := _MOVED_FUNDS.search(text, max(s_start, c.start - 6), c.start)):
        return moved.group("way") + "资金"  # 支出870万元,按规定调出416万元: money moved out of (or into) a budget
    if money and (source := _FUNDS_BY_SOURCE.search(text, max(s_start, c.start - 14), c.start)):
        # 上级项目资金60万元、镇级配套15万元, 区财政专项补助20万元、街道自筹16.8万元: a sum split by who put it up;
        # each share is named by its source, not by the purpose the whole went to nor by the share before it
        return source.group("share") + "资金"
    if c.unit.endswith("百分点") and (than := _POINTS_THAN.search(text, max(s_start, c.start - 16), c.start)):
        # 增长9.1%,比全省高0.2个百分点 (增速比全市平均水平高0.4个百分点): the gap is in the measure before 比
        subject, _ = _item_before(text, than.start(), s_start)
        opens = text[than.start() - 1:than.start()] in ",;:，；：。\n"  # (nothing of the clause before 比)
        return subject if subject and not opens else recent.last or subject
    if c.unit == "件" and (handled := _HANDLED_AS.search(text, max(s_start, c.start - 6), c.start)):
        # 承办政协提案13件,其中主办件11件、协办件2件: the proposals handled as lead or as support, of the kind
        # just counted
        kind = _HANDLED_CLASSES.sub("", carried or recent.kind_before(c.unit) or "")  # (not 主办件协办件: one class)
        return kind + handled.group("kind") if _PROPOSAL_KIND.search(kind) else handled.group("kind")
    if c.unit == "分" and (scored_act := _points_for_act(text, s_start, c)):
        return scored_act  # 到代表联络站接待选民,每次计2分: what the points are for, and whether won or lost (计分, 扣分)
    if c.unit == "分" and not _shared_item(text, s_start, c.start) and (score := _score_named(text, s_start, s_end, c, recent)):
        return score  # 代表出席区人代会每次计5分: the points scored, as the sentence or paragraph names them (积分)
    if c.unit in ("人", "名", "位") and _SAT_IN.match(text, c.end):
        # 镇直各单位负责人共40人列席会议, 另有42名同志列席: the non-voting attendees, as the genre names them
        return "列席人员"
    if c.unit in ("人", "名", "位") and (honoured := _HONOURED_AS.match(text, c.end)):
        return honoured.group("honour")  # 15名同志被评为先进个人: the people counted by the honour they won
    if (label := _cell_label(text, c)) is not None:
        return label  # 党员数 | / 7849人 | / +2.69% |: a table set one cell per line; the row's label names its figures
    if (column := _column_header(text, c.start)) is not None:
        return column  # 县区  承办件数  已解决或基本解决 / 金安区  14件  10件: a table's column names its figures
    if c.unit == "分" and _GRADED_AS.match(text, c.end) \
            and (scored := _last_match(_SCORE_WORD, text, s_start, c.start)) is not None:
        return scored.group()  # 得分90分以上的评为五星级, 80至89分的评为四星级: bands of the score, not the grade
    # (a substring test first: this runs for every figure)
    if any(word in text[max(s_start, c.start - 12):c.start] for word in ("居首", "第一")) \
            and (first := _RANKS_FIRST.search(text, max(s_start, c.start - 40), c.start)) is not None:
        return first.group("what")  # 规划建设方面的建议数量居首,共352件: what ranks first, not the ranking
    if recent.last and recent.last_unit == c.unit and (body := _BODY_THEN_IS.search(text, max(s_start, c.start - 16), c.start)) \
            and body.group("body") not in recent.last:
        # 市教育局满意率为98.2%,市公安局为96.5%: each body's figure of the same measure (满意率, not the first body's)
        lead = _BODY_LEAD.match(recent.last)
        return recent.last[lead.end():] if lead and len(recent.last) - lead.end() >= 2 else recent.last
    if c.unit in _DURATION_UNITS and (done := _DONE_WITHIN.match(text, c.end) or (
            _SPAN_TAKEN.search(text, max(s_start, c.start - 4), c.start) and _DONE_IN_SPAN.match(text, c.end))) \
            and (act := clean_item(done.group("act").rsplit("的", 1)[-1])):
        # 在15个工作日内完成清理, 5个工作日内完成意见建议的汇总梳理: the act done in time (完成 says only that); 历时45天
        # 完成改造, 计划用3年时间完成农村供水提质改造: the work a span was taken for
        return act
    if c.unit in _DURATION_UNITS and (limit := _TIME_LIMIT.match(text, c.end)):
        return limit.group("verb") + "时限"  # 15个工作日内答复, 3个月内办结: a time limit for doing it
    if c.unit in _DURATION_UNITS and (lasting := _what_lasted(text, s_start, s_end, c)):
        return lasting  # 为期2天的代表履职培训班; 赴双江县学习考察,历时3天: what lasted that long
    if money and _EARNED.search(text, max(s_start, c.start - 8), c.start):
        return "收入"  # 一天能挣100多元, 每月多赚2000元: what one earns is income, whatever verb says so
    standard = _funding_standard_item(text, c.start, c.end, s_start, s_end, bool(c.per)) if money else None
    if standard:
        return standard  # 按每个联络站1万元的标准安排运行经费: the fund the standard is for
    if money and (category := _CATEGORY_RATE_BEFORE.search(text, max(s_start, c.start - 24), c.start)) \
            and (funds := list(_FUND.finditer(text, max(s_start, c.start - _FUND_REACH), category.start()))):
        # 提高代表活动经费标准:市人大代表由每人每年1500元提高到3000元,县级人大代表由800元提高到2000元: each class of
        # deputies gets its own rate of the one fund the sentence named, which is what every amount is of
        fund = _after_last_verb(funds[-1].group()).lstrip("了着过的")
        clause = _AFTER_LAST_BREAK.search(text, max(s_start, category.start() - 16), category.start())
        deputies = clean_item(text[clause.start():category.start()] + category.group("who")) or category.group("who")
        own = fund.rsplit("代表", 1)[-1] if "代表" in fund else fund  # (县人大代表活动经费: the fund's own words)
        return deputies + own if own else fund  # (乡镇人大代表活动经费)
    if money and (budget := _BUDGET_AMOUNT.search(text, max(s_start, c.start - 14), c.start)):
        return budget.group("budget")  # 支出537347万元,为调整预算数539267万元的99.6%: the amount is the budget's
    if recent.last_count and (_BASIS_IN_TIME.search(text, max(s_start, c.start - 12), c.start)
                              or _BUDGET_OF_LINE.search(text, max(s_start, c.start - 10), c.start)) \
            and not (c.unit == "倍" and _shared_item(text, s_start, c.start)):  # (分别为2015年的1.43倍和1.48倍: each member's)
        # 收入146845万元,比上年同期的144987万元增收…: last year's amount of the same line (an amount: the line's
        # last amount, not a count of counties between, 增幅居全市16个县(区)第五位,占年初预算245800万元)
        return (recent.by_unit.get(c.unit) if money else None) or recent.last_count
    if c.unit in ("名", "人", "位") and recent.last_count and _ATTENDED.search(text, max(s_start, c.start - 12), c.start) \
            and not _PEOPLE_NAMED_AFTER.match(text, c.end):
        # 应到代表62人,实到60人: those who came are of the body expected, not the expected (到会的40余名选民,
        # 出席会议的68名镇人大代表: the people named after the count came)
        return _EXPECTED_LEAD.sub("", recent.last_count) or recent.last_count
    if money and (other := _OTHER_SIDE.search(text, max(s_start, c.start - 4), c.start)) and recent.last_count \
            and recent.last_count.endswith(_BUDGET_SIDES) and not recent.last_count.endswith(other.group("side")):
        # 一般公共预算收入为91850万元,支出为456320万元: the other side of the same budget
        return recent.last_count[:-2] + other.group("side")
    if changed is not None:
        return changed  # 路面由3.5米拓宽到6.5米, 补选用时由22天缩短至15天: both ends measure the topic
    if recent.last_count and _ADJUSTED_BY.search(text, max(s_start, c.start - 40), c.start):
        return recent.by_unit.get(c.unit) or recent.last_count  # …为62000万元,后经…会议审议调整为68000万元: the same line
    shared = _shared_item(text, s_start, c.start) or _paired_item(text, s_start, s_end, c)
    if shared and c.unit == "%" and _BODY_LEAD.fullmatch(shared) and recent.last and recent.last_unit == c.unit:
        # 党政办满意率达到97.6%,财政分局和农综中心分别为96.8%和95.2%: each body's figure of the measure just given
        lead = _BODY_LEAD.match(recent.last)
        return recent.last[lead.end():] if lead and len(recent.last) - lead.end() >= 2 else recent.last
    if shared:
        return shared  # 代表之家、代表联络站分别达到16个和98个: the k-th figure after 分别 counts the k-th noun
    label = _CLASS_LABEL.search(text, max(s_start, c.start - 40), c.start) or _CLASS_LABEL_AFTER.match(text, c.end)
    if label:
        return label.group("label")  # 已经落实的(A类)59件, 这一类共92件(A类): the class is what is counted
    if _OTHER_CLASS.search(text, max(s_start, c.start - 4), c.start) and (whole := recent.latest_by_unit.get(c.unit)) \
            and _CATEGORY_PREFIX.match(carried or recent.paragraph_by_unit.get(c.unit) or ""):
        return "其他" + _without_proposers(whole)  # 收到建议245件…工业信息类29件;其他13件: the rest of the classes
    if c.unit in ("类", "大类") and (parts := _PARTS_AFTER.match(text, c.end, s_end)) \
            and (counted := _item_after(text, parts.end(), s_end)):
        return counted  # 梳理出4大类19项问题: the classes and the items are both of the noun after them
    if among := _CLASS_AMONG.search(text, max(s_start, c.start - 24), c.start):
        return among.group("cls") + among.group("kind")  # 190件建议中城乡建设类62件: that class of the kind
    if (category_at := _CATEGORY.search(text, max(s_start, c.start - 10), c.start)) \
            and (not category_at.group().endswith(("的", "的有")) or c.unit in ("件", "条", "项", "份")) \
            and not _CLASS_COUNT.search(
            text, max(s_start, c.start - 4), c.start) and (
            kind := (held := _held_kind(text, s_start, category_at.start())
                             or _framed_papers(text, category_at.start(),
                                               carried or recent.paragraph_by_unit.get(c.unit))) or carried
            or recent.paragraph_by_unit.get(c.unit)
            or (_THESE_PAPERS.search(text, s_start, category_at.start()) and recent.latest_by_unit.get(c.unit))):
        category = _CATEGORY_NAME.search(text, max(s_start, c.start - 32), c.start)
        named = _kind_named(text, s_start, c.start, recent, c.unit)
        # (建议涉及城乡建设类26件: the class of the kind the clause names, by its head word)
        whole = held or (named[-2:] if named else _CATEGORY_PREFIX.sub("", recent.latest_by_unit.get(c.unit) or ""))
        whole = _KIND_OF_PAPER.sub("", whole)  # 综合性议案10件,科教文卫类16件: the list's first class, not the whole
        whole = whole or _CATEGORY_PREFIX.sub("", kind)  # (其次是财政经济类15件: the whole the class before was of)
        if not held and whole and regex.search(rf"(?:{_CLASS_WORDS})[:：]\s*{regex.escape(whole)}[0-9０-９]",
                                 text[max(0, c.start - 600):c.start]):
            whole = ""  # 集中在十二个方面:城乡建设管理107件…;教科文卫方面58件: the first class, written without its
            # 方面, is no kind the later classes are of
        if category and not kind.startswith(category.group("name")):
            # 共收到建议117件…经济发展类25件: a class or topic names the part of the whole it holds (经济发展类建议,
            # 城乡建设方面代表建议), so no comparison reads a class's count as the total; never the class before
            name = category.group("name")
            if named and name.startswith(whole):
                name = regex.sub(rf"^{whole}(?:涉及|属于|中)?", "", name)  # 建议涉及城乡建设类: the kind, then its class
            return name + _noun_head(_without_proposers(whole))
        return kind  # 青州市代表团27件: a part of what was just counted
    if c.unit in ("件", "条", "项") and (key := _MADE_KEY.match(text, c.end, s_end)):
        # 选定10件建议作为重点督办件, 有43件被县人大常委会列为重点督办建议: the count is of what they were made
        return key.group("what")
    if (best := _last_match(_BEST_AMONG_PLACES, text, max(s_start, c.start - 80), c.start)) \
            and _PLACES_AND_FIGURES.fullmatch(text, best.end(), c.start):
        return best.group("what")  # 新造林任务完成较好的有荫田镇4600亩、官岭镇3800亩: what the places did best
    if _MORE_AGAIN.search(text, max(s_start, c.start - 9), c.start) and not _item_after(text, c.end, s_end) \
            and (kind := recent.same_unit(c.unit) or recent.paragraph_by_unit.get(c.unit)):
        return kind  # 去年新增公共停车泊位2400个,代表们建议今年再增加1000个以上: more of what was just counted
    if c.unit in ("件", "条") and _HANDLED_ONLY.search(text, max(s_start, c.start - 12), c.start) \
            and not _item_after(text, c.end, s_end) \
            and (kind := carried or recent.paragraph_by_unit.get(c.unit) or recent.latest_by_unit.get(c.unit)):
        return kind  # 交由各县(区)政府承办的建议共48件。…城区:承办9件; 已办复7件,其中解决或基本解决5件: those counted
    if _THESE.search(text, max(s_start, c.start - 3), c.start) and not _item_after(text, c.end, s_end) \
            and (kind := carried or recent.paragraph_by_unit.get(c.unit) or recent.latest_by_unit.get(c.unit)):
        return kind  # 共提出建议24件。到目前为止,这24件已经全部办理完毕: those already counted
    if money and _OF_THOSE.search(text, max(s_start, c.start - 4), c.start) \
            and _FOR_PURPOSE.match(text, c.end) and (purpose := _purpose_after(text, c.end, s_end)):
        return purpose  # 善款…:其中5万元用于文化广场建设,剩余1万元用于慰问特困户: a part of money, by what it is for
    if _OF_THOSE.search(text, max(s_start, c.start - 4), c.start) \
            and not ((after_noun := _item_after(text, c.end, s_end)) and len(after_noun) >= 3
                     and not _verb_led(after_noun) and c.unit in ("名", "人", "位")) \
            and not (after_noun and not _verb_led(after_noun) and not after_noun.startswith(_PREDICATE_ADVERBS)
                     and not after_noun.startswith(ACTION_VERBS) and recent.last != recent.same_unit(c.unit)) \
            and (kind := (recent.paragraph_by_unit.get(c.unit) if _REST_OF_WHOLE.search(text, max(s_start, c.start - 4), c.start)
                          and (not after_noun or _verb_led(after_noun)) else None)
                 or (carried if recent.same_unit(c.unit) or not after_noun or _verb_led(after_noun) else None)
                 or (recent.paragraph_by_unit.get(c.unit) if not after_noun or after_noun[0] == "所"
                     else recent.latest_by_unit.get(c.unit) if after_noun.startswith(ACTION_VERBS) else None)):
        # 提出建议157件,其中8件; …已办结29件;其余2件: still 建议 (还有3个镇: 镇; 实到72名,另有35名列席人员: other
        # people, named after the count; 将其中12个交由街道办理: what was handed on is what the paragraph counted;
        # 依托14个联络站,收集意见建议326条,其中87个事项: 其中 divides the 意见建议
        # just counted, and the noun after it names the part, not the stations counted earlier in 个)
        return kind
    if _AMONG_AFTER.match(text, c.end) and (c.start == s_start or text[c.start - 1] in ",;:，；：") \
            and (kind := recent.paragraph_by_unit.get(c.unit)):
        return kind  # 对13件重点案件…;13件中已办结11件: those just counted again, then a part of them
    if (among := _COUNTED_AMONG.search(text, max(s_start, c.start - 14), c.start)) \
            and among.group("unit") == c.unit[:1] and (kind := carried or recent.paragraph_by_unit.get(c.unit)):
        return kind
    if carried and _parts_by_place(text, s_start, c.start, carried):
        return carried  # 建成联络站21个,其中镇(街道)站13个、企业站8个: still 联络站
    if _PER_PLACE.search(text, max(s_start, c.start - 20), c.start) \
            and (kind := recent.same_unit(c.unit) or recent.paragraph_by_unit.get(c.unit)):
        # 共开展执法检查37次,平均每个县(市、区)每年约2次: the mean per place of what was just counted
        return kind
    if _PER_PERSON.search(text, max(s_start, c.start - 16), c.start) and (kind := recent.same_unit(c.unit)):
        return kind  # 每名县人大代表…接待选民不少于4次,每名镇人大代表不少于6次: the same act, a floor per deputy
    if c.per:
        between = _AFTER_BASIS.search(text, max(s_start, c.start - 8), c.start)
        what = _without_qualifier(between.group("what")) if between else ""  # (户均增收|约4000元)
        if what and _PLACE_BASIS.fullmatch(what) and (kind := carried or recent.paragraph_by_unit.get(c.unit)):
            return kind  # 建成联络站2900余个,平均每个乡镇2至3个: the place is the basis, the stations are counted
        if what in _GROWTH_RATES and c.unit == "%" and recent.last_count and recent.last_unit not in _RATE_UNITS:
            # 人均GDP由688元提高至20672元,年均增幅11.5%: the mean growth of what was just counted
            return _change_of(recent.last_count, between.group()[:-len(what)] + _GROWTH_RATES[what])
        if what in CHANGE_WORDS and c.unit == "%":
            # 地区生产总值年均增长5.8%: the noun before the basis grew; …增加到196.3亿元,年均增长7.9%: what was
            # just counted did
            grown, _ = _item_before(text, between.start(), s_start)
            grown = _GROWN_TAIL.sub("", _GROWN_HEAD.sub("", grown)) if grown else grown
            grown = grown if grown and not _only_a_verb(grown) else (
                recent.last_count if recent.last_unit not in _RATE_UNITS
                else recent.last if not grown and recent.last_unit == "%" and _grown_named(recent.last) else None)
            # (规上工业增加值当年增长8%,五年年均增长7.8%: the mean growth of what the rate before it measured)
            if grown:
                return _change_of(grown, what)
        if what in CHANGE_WORDS and c.unit not in _RATE_UNITS:
            # 补助标准每人每月提高200元, 基础养老金月人均增加226.9元: an amount a standard rose by is the
            # standard's; the verb of change is no noun
            basis = between.start()
            while basis > s_start and text[basis - 1] in "年月日":
                basis -= 1  # (月人均: the month belongs to the basis too)
            raised, _ = _item_before(text, basis, s_start)
            if raised and not _only_a_verb(raised):
                return _GROWN_HEAD.sub("", raised) or raised
        if what and not what.startswith(tuple(_PREFIX_WORDS)) and not what.startswith(ACTION_VERBS) \
                and (_nounish_end(what) or (c.unit not in EVENT_UNITS and not _item_after(text, c.end, s_end))):
            if (pollutant := _POLLUTANT_BEFORE.search(text, max(s_start, between.start() - 8), between.start())) \
                    and between.group().startswith(("年均", "月均", "日均")):
                return pollutant.group() + between.group()[:2] + what  # PM2.5年均浓度为48微克/立方米: a mean of it
            return what  # 人均年增收3800元: what the rate measures (每月固定2次, 每年拿出30万元活动经费: not)
    if c.unit in _RATE_UNITS and (judged := _JUDGED_SHARE_REACHED.search(text, max(s_start, c.start - 16), c.start)):
        return judged.group("judged") + "率"  # 表示满意和基本满意的达89.1%: the rate of those so judged
    if c.unit in _RATE_UNITS:
        share = _share_of(text, c.start, s_start, recent.last_judged or recent.last_count) or _worth_of(text, c.end, s_end)
        if share:
            return share
        compared = _COMPARED_RATE.search(text, max(s_start, c.start - 24), c.start) if c.unit == "%" else None
        if (compared or (compared := _BARE_CHANGE.search(text, max(s_start, c.start - 6), c.start))) \
                and recent.last_unit in _RATE_UNITS and recent.last and text.endswith("%,", 0, compared.start()):
            # 基层代表所占比例为64%,较上一届上升6%; 女代表比例为27.5%,上升2.5%: the change of the rate just stated
            return _change_of(recent.last, compared.group("change"))
        if compared and compared.re is _COMPARED_RATE and (of := recent.last_count or recent.paragraph_count):
            return _change_of(of, compared.group("change"))
        rate = _rate_before(text, s_start, c.start)
        if rate:
            growth = _GROWTH.fullmatch(rate)
            if growth and recent.last_count:
                # 收入完成156万元,同比增长8.3%: the growth of what was just counted (收入增长)
                return _change_of(recent.last_count, growth.group("change"))
            if rate in _GROWTH_RATES and recent.last_count and recent.last_unit not in _RATE_UNITS:
                return _change_of(recent.last_count, _GROWTH_RATES[rate])  # 税收收入18319万元,增幅17.6%: its growth
            return rate
        if not (growth := _BARE_GROWTH.search(text, max(s_start, c.start - 8), c.start)) and c.unit == "%" \
                and recent.last_count and recent.last_unit not in _RATE_UNITS:
            # 教育支出98415万元,增长6.2%; 税收收入完成18319万元,增幅17.6%: a clause that is only the change, right
            # after an amount, is that amount's change (a report's line of items and their growth)
            growth = _BARE_CHANGE_AFTER_AMOUNT.search(text, max(s_start, c.start - 8), c.start)
        if growth and recent.last:
            if recent.last_unit in _RATE_UNITS:  # 办结率达到96.2%,比上年提高4个百分点: the rate just stated
                return recent.last  # (its name alone: reports name such a change by the rate, 办结率)
            if recent.last_count and c.unit == "%":
                # 税收完成16.81亿元,同比减少17.7%: as 同比增长, whichever verb of change the report uses
                return _change_of(recent.last_count, growth.group("change"))
    elif recent.last_count and (_COMPARED.search(text, max(s_start, c.start - 40), c.start)
                                or _SPAN_CHANGE.search(text, max(s_start, c.start - 12), c.start)):
        # 支出决算为186万元,比年初预算数减少41万元: the change counts what was just counted, not the basis
        # (生产总值达279亿元,五年间净增加83.4亿元: so does a change over the years before)
        return recent.last_count
    if (money or (c.unit in _MEASURES and (_MEASURED_BEFORE.search(text, max(s_start, c.start - 4), c.start)
                                           or (text.startswith("的", c.end)  # (tag the words before only then)
                                               and not text.endswith(("以上", "以下"), c.start, c.end)
                                               and _after_a_verb(text, s_start, c.start))))) \
            and (worth := _worth_of(text, c.end, s_end)):
        return worth  # 价值8万元的设备; 一条长860米的排水涵洞: what is worth or measures that much
    if c.unit == "篇" and (published := _PUBLISHED.search(text, max(s_start, c.start - 12), c.start)):
        # 在省市级以上媒体发稿43篇, 其中省级以上媒体刊发19篇: the articles, never the outlet that ran them
        return published.group("what") or ("稿件" if published.group("verb") == "发稿" else None) \
            or recent.kind_before(c.unit) or "稿件"
    if (named_as := _NAMED_AS.match(text, c.end, s_end)) and not regex.search(r"\d", named_as.group("what")):
        return named_as.group("what")  # 确定5件为大会议案, 选举…等21人为县人民委员会委员: what they were made
    if text[c.start - 1:c.start] == "分" and (split := _split_into(text, c, s_end)):
        return split  # 分3期对全区代表进行履职培训, 分3个组对棚户区改造开展视察: the act or the groups
    if c.unit in _TIMES_UNITS and (act := _act_after(text, c.end, s_end)):
        return act  # 县政府先后2次召开常务会议, 常委会4次组织代表开展集中视察督办: the times count the act after them
    if team := _team_made_of(text, s_start, c):
        return team  # 检查组由…负责同志和部分市人大代表共14人组成: the team's size, not its last kind
    if c.unit in ("人", "名") and (attended := _ATTENDANCE_TOTAL.match(text, c.end, s_end)) \
            and (text.endswith("共", max(s_start, c.start - 1), c.start)
                 or text.endswith(("合计", "共计", "总计"), max(s_start, c.start - 2), c.start)) \
            and (listed := text[s_start:c.start]).count("、") + listed.count(",") + listed.count("以及") >= 2 \
            and not _BODY_MEMBERS.search(listed, 0, len(listed) - 1):  # (the list before its 共)
        # 各乡镇人大主席、人大工委主任,人大专职副主席、副主任共40余人参加 (合计, 共计): the total of the groups listed is the
        # meeting's attendance (the annotated convention), not the last group named
        return "列席人员" if attended.group("verb") == "列席" else (
            "参训人员" if attended.group("what") == "培训" else "参会人员")
    if c.unit == "件" and (case := _CASE_NAMED.match(text, c.end, s_end)):
        return case.group("what")  # 出现了2件不满意件, 确定了8件重点督办件: the kind of case is named with 件 again
    after = _item_after(text, c.end, s_end)
    if after and _names_a_unit(after) and text.startswith(after, c.end) \
            and text[c.end + len(after):c.end + len(after) + 1].isdigit():
        after = None  # 昆明8名曲靖4名: the next entry's place, glued to this figure, is no noun of it
    if money and after and after.startswith(("用于", "投向", "投放")):
        after = None  # 投入3400万元用于校舍改造, 新增专项债券资金9.8亿元投向重点项目: a purpose, read below with the
        # words before the figure
    if after in _PLACE_WORDS or after in _LIST_WORDS:
        after = None  # 在已经解决的6件当中: where among them; 计票人10名名单: the list of them; not what they are
    if after and (pool := _pool_before(text, s_start, c.start, c.unit)) \
            and (_verb_led(after) or pool[1] or after.startswith(pool[0][-2:])):
        # 173所卫生室中,已有158所接入…平台, 全县乡村学校中有38所存在…缺口: the part is of the pool named before 中;
        # 78座小型水库中,仍有19座存在…的病险隐患: a pool counted with the same measure word, whatever follows;
        # 区属国有企业中仍有3户企业资产负债率…: the pool's own head noun again
        return pool[0]
    if after and _verb_led(after) and (opened := _POOL_OPENS_SENTENCE.match(text, s_start, c.start)) \
            and opened.group("unit") == c.unit:
        return opened.group("pool")  # 在9项主要经济指标中,6项…,7项处于全市中游以上: a part of the pool the sentence
        # opened with, counted in its measure word, whatever clause it stands in
    if after and _verb_led(after) and (had := _EXISTENTIAL_BEFORE.search(text, max(s_start, c.start - 6), c.start)) \
            and (holder := _item_before(text, had.start(), s_start)[0]) and text.endswith(holder, s_start, had.start()) \
            and not _only_a_verb(holder) and holder not in _PLACE_WORDS:
        return holder  # 全县规模以下畜禽养殖场仍有130多户未配套…设施: what there are N of is named before 有; a
        # predicate follows the figure
    if after and after[0] == "所" and _verb_led(after):
        after = None  # 其中19件所涉事项超出…: what they involve, a clause about the proposals counted, not a noun of them
    if after and not money and c.unit not in EVENT_UNITS and _verb_led(after) \
            and (counted := _object_before(text, s_start, c.start)):
        return counted  # 选派机关干部9名下沉社区, 流转土地800余亩发展油茶: what was done with them comes after
    if after in _TOOK_PART and c.unit in ("名", "人", "位", "人次") \
            and (who := _item_before(text, c.start, s_start)[0]) and not _only_a_verb(who):
        return who  # …机关干部及部分区人大代表共86人参训: who took part is named before; taking part is no noun
    if after and c.unit in _DURATION_UNITS and after[0] == "来" and text.startswith("来", c.end):
        after = None  # 4年来南屏村累计实施…: the 来 of 年来 (over four years), then the sentence's subject
    if after and c.unit in _DURATION_UNITS and after.startswith(("内", "以内")):
        # 30日内报送整改方案: a time limit's 内 is never the start of what is counted (what follows it may be)
        after = clean_item(after[after.index("内") + 1:]) or None
    if after and (among_after := _PART_AMONG_AFTER.search(after)):
        after = after[:among_after.start()]  # 25件建议中所提问题…: the papers counted, then 中 opens a part of them
    if after:
        return _people_counted(after) if c.unit in ("名", "人", "位") else after
    among = _AMONG_THOSE.search(text, max(s_start, c.start - 16), c.start)
    if among:  # 代表建议中涉及本区的共3件: a count among the group named before 中
        who, _ = _item_before(text, among.start(), s_start)
        if who:
            return who
    chosen = _CHOSEN_FROM.search(text, max(s_start, c.start - 30), c.start)
    if chosen:
        return chosen.group("pool")  # 从20个候选项目中票决出10个: the ten are of the pool's kind
    if (headless_at := _HEADLESS.search(text, max(s_start, c.start - 8), c.start)):
        # 其中已解决的124件; 列入计划逐步解决的47件: the head noun is the one just counted
        headless = _kind_named(text, s_start, c.start, recent, c.unit) or recent.same_unit(c.unit) \
            or recent.paragraph_by_unit.get(c.unit) or (
            recent.document_by_unit.get(c.unit) if c.unit in ("件", "条", "项") else None) \
            or _kind_in_sibling_unit(recent, c.unit)  # (（一）所提问题已经解决的80件)
        if headless and (klass := _CLASS_PREFIX.match(headless)) and len(headless) - klass.end() >= 2 \
                and _FIRST_CLAUSE.fullmatch(text, s_start, c.start):
            headless = headless[klass.end():]  # …;其他方面41条。其中代表现场解答的96条: of all the 意见, not the last class
        if headless and headless_at.group().endswith(("仅", "仅有", "只有")) \
                and 2 <= len(described := _described_part(text, s_start, headless_at.start() + 1)) <= 16:
            # 其中配备专职人大主席的仅41个: only so many of them, the part described by its clause
            return described + "的" + headless
        if headless:
            return headless
    if c.unit in ("件", "条", "项", "件次") and _HANDLERS_EACH.search(text, max(s_start, c.start - 16), c.start) \
            and (kind := recent.paragraph_by_unit.get(c.unit)) and not _NOT_A_THING.search(kind):
        return kind  # …民政局、吉祥街道、十间房镇各1件: the handlers listed are whose; the paragraph's kind is what
    if c.unit in ("件", "条", "项", "件次") and (_HANDLED_BY.search(text, max(s_start, c.start - 6), c.start)
                                        or _ANSWERED_TO.search(text, max(s_start, c.start - 8), c.start)
                                        or _PASSED_ON.search(text, max(s_start, c.start - 16), c.start)) \
            and (kind := _no_class(recent.paragraph_by_unit.get(c.unit)) or recent.latest_by_unit.get(c.unit)
                 or recent.document_by_unit.get(c.unit) or _raised_in_kin_unit(recent, c.unit)) \
            and not _NOT_A_THING.search(kind) and not _HANDLER.search(kind):
        # 区市政市容委承办19件, 已答复代表97件: the body that handled them, the deputies answered; what was handled
        # or answered was counted before
        return kind
    if c.unit in ("名", "人") and (changed := _SEAT_CHANGED.search(text, max(s_start, c.start - 8), c.start)):
        kind = recent.kind_before(c.unit) or recent.latest_by_unit.get(c.unit)
        if kind and kind.endswith("代表" if changed.group("whose") else ("代表", "人员")):
            return kind  # 茂南区:辞去代表职务2名,补选2名: the deputies whose seats changed, of the kind counted before
        if changed.group("whose"):
            return "代表"  # (终止代表资格6人 after 任免…工作人员: a deputy's seat names its kind)
    before, verb_between = _item_before(text, c.start, s_start, event_unit=c.unit in EVENT_UNITS)
    before = _without_unit_prefix(before)  # 范县投资4.3亿元建成…: the county is whose, 投资 what was measured
    if c.unit in _THINGS_ACTED_ON and before and (acted := _ACTED_ON.search(text, max(s_start, c.start - 30), c.start)) \
            and acted.group("act").endswith(before) and (what := clean_item(acted.group("what"))):
        return what  # 对规范性文件开展备案审查27件, 对药品经营单位开展监督检查1.2万家次: the things the act was done to
        # (对重点项目开展视察3次: times, counted by the act)
    if before and _LASTED_WORD.fullmatch(before) and (lasted := _LASTED.search(text, max(s_start, c.start - 16), c.start)):
        return lasted.group("event")  # 此次观摩历时2天, 这次评选历时近2个月: what lasted, not that it lasted
    if before == "限期" and (limited := _LIMITED_ACT.match(text, c.end, s_end)) \
            and word_tag(limited.group("act")) in ("v", "vn"):
        return limited.group("act")  # 限期30天整改到位: the act the limit is for
    if before in _ADVERBIAL_NOUNS or before in _WHEN_WORDS or (before and _WHOLE_AREA.fullmatch(before) and not money
                                      and c.unit not in _MEASURES and c.unit not in _RATE_UNITS):
        # 其中现场答复解释21条: when and where, not what; 把全镇12个安息堂: where, not what (全村总面积10.95平方公里:
        # the whole village is what is measured)
        before = None
    if verb_between and recent.same_unit(c.unit) and (not before or _DOER.search(before)):
        if money and (shortfall := _BUDGET_CHANGE.search(text, max(s_start, c.start - 8), c.start)):
            # 一般公共预算收入42100万元,…短收7431万元,同比…减收4800万元: the line's shortfall or fall, not the line
            line = recent.same_unit(c.unit)
            return _BUDGET_CHANGE.sub("", line) + shortfall.group("change")  # (短收…减收: each of the line)
        return recent.same_unit(c.unit)  # 提出意见建议47条,镇政府已办结43条: the 43 are still 意见建议
    if verb_between and before and _DOER.search(before) and c.unit in ("件", "条", "项") \
            and (kind := recent.paragraph_by_unit.get(c.unit)):
        return kind  # 收集意见建议18条。…参会单位当场答复了11条: a body acting on what was counted before
    kind = recent.kind_before(c.unit) or recent.document_by_unit.get(c.unit)
    if before and kind and c.unit in ("件", "条", "项") and _HANDLER.search(before) and not _HANDLER.search(kind):
        return kind  # 市水务局75件、市交通运输局68件; 湘潭县代表团提出152件: who handled or proposed them, not what
    # (…代表建议已办结123件;政协委员提案已办结66件: a new topic before the verb is what is counted now)
    if c.unit == "人次" and text.startswith("发言", c.end):
        return "发言"  # 先后有19人次发言: the speeches, written after their count
    if c.unit in ("人次", "次") and (met := _MET_WITH.search(text, max(s_start, c.start - 24), c.start)):
        # 与代表面对面沟通420余人次, 审议中代表发言17人次: the deputies and the meetings or speeches (annotators name
        # either; the two together hold both)
        return met.group("act")
    if c.unit in ("人次", "人", "名") and (organised := _ORGANISED.search(text, max(s_start, c.start - 40), c.start)):
        # 组织各级人大代表进站履职2100余人次: the people and their act (not 履职 alone); 组织代表参加视察、执法检查
        # 等活动1400余人次, 组织代表走访调研、座谈交流260余次、1100余人次: the people with what they did (not 活动)
        return _SPAN_OF_TIME_FIRST.sub("", organised.group("who")) + organised.group("act")  # (汛期以来…: when)
    if c.unit == "人次" and (joined := _JOINED.search(text, max(s_start, c.start - 30), c.start)) \
            and (who := _last_match(_ORGANISED_WHO, text, s_start, joined.start())):
        # 邀请代表列席常委会会议190余人次,参与执法检查、专题调研等活动1100余人次: the clause has no subject; the
        # people invited at the sentence's start are who took part
        return who.group("who") + joined.group("act")
    if c.unit == "人次" and _TRAINED_COUNT.search(text, max(s_start, c.start - 12), c.start) \
            and (trained := _last_match(_TRAINED, text, max(s_start, c.start - 120), c.start)):
        # 对各区县选举工作骨干进行了业务培训,共培训1600余人次: the people trained and their training (annotators
        # name either; the two together hold both)
        return trained.group("who") + (trained.group("kind") or "") + "培训"
    if before and c.unit in ("次", "场", "场次", "轮") and (activity := _activity_before(text, s_start, c.start, before)):
        return activity  # 累计走访农户和企业150余次: the visits are counted, not the farms
    if money and not before and carried and _SUM_BEFORE.search(text, max(s_start, c.start - 16), c.start):
        return carried  # 分别投入资金32万元、21.6万元: a later sum of the list is what its first is
    if money and before and before.endswith(("投资", "资金")) \
            and (_opens_clause(text, s_start, c.start, before) or c.start - s_start <= 8) \
            and (dashed := _DASHED_PROJECT.match(text, line_start(text, c.start), c.start)):
        return dashed.group("project")  # ——场镇功能设施完善项目。计划投入资金180万元: the line's project's money
    if money and (not before or _only_a_verb(before) or _spender(before) or _WHEN_SPENT.fullmatch(before)
                  or (_names_a_unit(before) and not carried)) \
            and (purpose := _purpose_after(text, c.end, s_end, work_on=True)):
        return purpose  # 投入45万元开发了“代表在线”平台; 列支500万元,专项用于园区基础设施建设
    if money and before == "资金" and (member := _budget_line(text, s_start, c.start, after_comma_only=True)) \
            and len(member) > len(before):
        return member  # 加上上级补助收入41236万元、调入资金6800万元: one line of the budget's list
    if money and before and before.endswith(("投资", "资金")) and _opens_clause(text, s_start, c.start, before) \
            and (project := _numbered_project_above(text, s_start)) and not project.endswith(before):
        return project + before  # 1.绵遂内铁路(绵阳段)建设项目 / 年度计划投资18亿元: the listed project's
    if money and before and before.endswith("金额") \
            and (fault := _BODIES_AT_FAULT.search(text, s_start, c.start)) and (what := clean_item(fault.group("fault"))):
        return what + "金额"  # 4个部门存在无预算或超预算支出,金额合计436.5万元: the fault's sum, not the bodies'
    if before and _GENERIC_HEAD.fullmatch(before):
        # 投入资金2.3亿元实施供水改造: what the money is for; 总投资约23亿元, 面积约420平方米, 全长3.2公里 at a
        # clause's start: the thing just named is what was invested in or measured
        if money and (voted := _VOTED_HEADING.match(text, line_start(text, c.start), c.start)):
            # 一、锦溪河水环境综合治理(得票76票):…,计划投资1850万元: the voted project its line is headed by
            return voted.group("project") + before
        if money and text.startswith((",", "，"), c.end) \
                and (heading := _NUMBERED_HEADING.match(text, line_start(text, c.start), c.start)):
            # (三)丁家坝安置区二期建设:得票219票。总投资3.6亿元,建设安置住房960套: the heading's project's money; what
            # it builds after the comma is part of the project
            return heading.group("project") + before
        purpose = _purpose_after(text, c.end, s_end) if money else None  # (总产43.67万吨,新建高标准农田: no purpose of an output)
        if purpose:
            return purpose
        if money and (done := _DONE_BEFORE.search(text, max(s_start, c.start - len(before) - 5), c.start - len(before))) \
                and (project := _heading_project(text, s_start, c.start)):
            # 城乡排水防洪设施建设 / 完成投资5.04亿元: the money done on the project its heading names (that it is
            # done is the fact's status, not its item)
            return project + before
        listed = _LISTED_PROJECT.match(text, s_start, c.start)
        if listed and (money or before.endswith(("全长", "总长", "长度"))) and _opens_clause(text, s_start, c.start, before):
            # (一)集镇污水管网延伸工程,新铺设管网4.2公里,投资680万元: the project's (2.长柏公路建设:…,全长7.2公里: its length)
            return listed.group("project")
        # a figure before that was itself a bare measure (总里程11.6公里,计划总投资2.3亿元) names no thing to measure
        thing = None if _only_a_measure(recent.last_count) else recent.last_count
        topic = _opens_clause(text, s_start, c.start, before) and not text.startswith("的", c.end) and (
            (money and (_project_subject(text, s_start, c.start) or _heading_project(text, s_start, c.start)
                        or _measured_thing(thing)))
            or (thing if (before or "").endswith("面积") else _thing_of_measure(thing))
            or _previous_clause_topic(text, s_start, c.start, money))
        # (粮食播种面积128万亩,总产量61.8万吨: the grain's output, not its area's; 白莲种植面积…,总面积: the area again)
        if topic:
            # the measure of the thing just named (民生实事项目186个,总投资19.6亿元: 民生实事项目总投资), with the
            # verb that says which measure (征收面积, 使用面积, 改造面积)
            head = _verb_measure(text, s_start, c.start, before)
            if head.endswith("面积") and len(head) > 4 and topic == recent.last_count \
                    and recent.last_unit in ("户", "人", "名", "位"):
                return head  # 居民7680户,改造建筑面积约58.3万平方米: the people are no thing an area measures
            if topic.endswith(_OUTPUT_MEASURES) and not topic.endswith(head):
                return head  # (…特色水果总产量,总产值: a chain of measures names no thing; the measure alone)
            return topic if topic.endswith(head) else topic + head
    if before and before.endswith(_MEASURE_NOUNS):
        return _measured(text, c.start, s_start, before) or before
    if before and carried and _SESSION_LABEL.search(text, max(s_start, c.start - 10), c.start) and carried != before:
        return carried  # 一次会议期间代表提出建议436件,二次会议398件: a session by its number says when, not what
    if before and carried and (_NOT_A_THING.search(before) or _NUMBERED_GROUP.search(text, max(0, c.start - 10), c.start)) \
            and not _NOT_A_THING.search(carried) and not _UNIT_KIND.fullmatch(before) \
            and not _object_of_verb_before(text, c.start - len(before)):
        return carried  # 政府综合类18件, 德令哈市为每人每年1200元, 各县标准不低于800元: a part of what is counted
        # (走访乡镇10个: the places are what a verb just before took, and what is counted)
    if before and carried and _NAMED_BODY.fullmatch(before) and not _NAMED_BODY.search(carried) \
            and _BODY_BUILT.search(text, max(s_start, c.start - 6), c.start):
        return carried  # 其中昆明市检察院牵头建成18个、曲靖市检察院建成14个: the body that built them is whose part,
        # not what was built (区城管局主办19件 and 县区政府有4个 name the kind of the part and stay)
    if before and (_NOT_A_THING.search(before) or word_tag(before) == "ns") and not _UNIT_KIND.fullmatch(before) \
            and (listed := _listed_topic(text, s_start, c.start)):
        return listed  # 各县区家站分布情况为:利州区98个: the county is whose, the topic is what
    if before and _names_a_unit(before):
        # 像这样的“人大代表之家”,丛台区一共建了16个: the county is who built them; the quoted term is what
        return _quoted_before(text, s_start, c.start) or carried or recent.paragraph_by_unit.get(c.unit) \
            or (recent.latest_by_unit.get(c.unit) if _PLACE_ROW.fullmatch(text, line_start(text, c.start), c.start) else None)
        # (1.彝族67名 / 昆明8名曲靖4名: rows of places under a heading line count what the heading counted)
    if c.start - s_start <= len(before or "") + 4 and (label := _inline_label(text, s_start)) \
            and (not before or _only_a_verb(bare := _WHEN_LEAD.sub("", before)) or label.endswith(bare)):
        return label  # 1.一般公共预算收入。全年完成112991万元; 2.一般公共预算支出。全年支出171557万元: the label's line
    if _TOTAL_LINE.fullmatch(text, line_start(text, c.start), c.start) and (listed := _list_heading(text, c.start)):
        return listed  # 七、视察人员安排 / 1．镇领导;… / 合计约22人: the total of the list its heading names
    if before and _only_a_verb(before) and _TOTALLED.search(text, max(s_start, c.start - len(before) - 6), c.start):
        return before  # 支出合计498万元, 收入总计9846万元: a verb named as a total is its noun, what is counted
    if money and not c.per and before and before.endswith(_BUDGET_HEADS) \
            and (line := _budget_line(text, s_start, c.start)) and line.endswith(before):
        return line  # 社会保障和就业支出20262万元, 住房保障支出3995万元: a budget line names its whole head
    if before and _CLASS_CASE.fullmatch(before) and (among := _last_match(_KIND_AMONG, text, max(0, c.start - 120), c.start)) \
            and "\n" not in text[among.end():c.start]:
        # 人大代表建议中,A类件111件;…政协提案中,A类件239件: the class of the kind the paragraph opened with, so the
        # two kinds' classes stay apart
        return before[:-1] + among.group("kind")
    if before in _SCOPE_HEADS and (raised := _last_match(_RAISED_KIND, text, s_start, c.start)):
        return raised.group("kind")  # 提出了…意见建议,涉及产业扶贫、农村公路等方面共23条: what the aspects sort
    if before and before.startswith(("项目", "工程")) and text.endswith("该", 0, c.start - len(before)) \
            and (project := _project_heading_above(text, s_start)):
        return project + before[2:]  # 二、…道路提升项目完成情况 / 该项目总投资278万元: the heading's project's
    if before and word_tag(before) == "v" and (c.unit not in EVENT_UNITS or c.unit == "人次") \
            and text.endswith(before, s_start, c.start) and (obj := _object_named_before(text, s_start, before)):
        return obj  # 县人大常委会依照法定程序任免国家机关工作人员。1980年任免58人次: whom the verb took just before
    if before and not money and (subject := _subject_of_placed_deed(text, s_start, c.start)):
        return subject  # 智慧康养示范社区将在主城区建设20个: where they are built, and the building, are no noun
    if before and carried and (topic := _topic_of_raised(text, s_start, c, before, carried)):
        return topic  # 收集意见建议27条,其中涉及道路交通9条、农田水利7条: the topic's part of the raised things
    if before and carried and c.unit in ("件", "条", "项", "次", "场", "期") and _PEOPLE_GROUP.search(before) \
            and text.endswith(before, s_start, c.start):
        return carried  # 福清市代表小组提出建议9件,…,长乐市代表小组7件: the group that raised them is no kind of what
        # the sentence counts
    if before and (act := _act_after_addressee(text, s_start, c.start, before)):
        return act  # 向县委请示报告15件, 向区委专题汇报4次: the body reported to is no part of what is counted
    if before and (kind := _kind_done_by_place(text, s_start, c, before, recent)):
        return kind  # 其中,雨城区整治96个、名山区41个: where the work was done is no kind of what it was done to
    if before and money and _spender(before) and not _only_a_verb(before) and _SOURCES_LISTED.search(text, s_start, c.start):
        return before  # 筹措资金8.6万元,其中区人大常委会补助2万元、街道财政安排5万元: each part is named by who gave it
    if before and not _only_a_verb(before) and not (money and _spender(before)) and not _MANNER_PHRASE.fullmatch(before):
        # 吸纳当地群众务工35人: where the people live is no part of who is counted (annotators name them 群众,
        # 务工群众 or 当地群众 alike; the people noun is in each)
        return _NEARBY_PEOPLE.sub("", before) if c.unit in ("人", "名", "人次", "户") else before
    if not before and c.unit not in EVENT_UNITS and word_tag(verb := text[max(s_start, c.start - 2):c.start]) == "v" \
            and (obj := _object_of_same_verb(text, c.start, verb, c.unit)):
        return obj  # 入住集中供养对象1356人;…入住903人: the verb's object the row before named
    if carried:
        return carried
    if ((before and _only_a_verb(before))
            or (not before and (verb_between or _HANDLED_AFTER.match(text, c.end) or _part_opens_clause(text, c)))) \
            and c.unit not in EVENT_UNITS \
            and (kind := recent.paragraph_by_unit.get(c.unit) or _raised_in_kin_unit(recent, c.unit)):
        return kind  # 收到建议23件。目前已办结21件: still 建议 (收集意见建议46条…已办结39件: counted 条 or 件 alike)
    if c.unit in EVENT_UNITS:
        verb = _verb_before(text, c.start, s_start)
        if verb in _HOLDING_VERBS:
            held = _held_topic(text, s_start, c.start) or _held_topic(text, line_start(text, s_start), s_start)
            if held:
                return held  # 县人大常委会会议一般每两个月举行一次…。1981年举行7次: the meeting the paragraph named
        return verb
    if not before and (listed := _listed_topic(text, s_start, c.start)):
        return listed  # 代表联络站方面,宝莲街道9个: a place (no item of its own) in a list about the topic
    if not before and _TOWNSHIP_LABEL.search(text, max(s_start, c.start - 10), c.start):
        return recent.kind_before(c.unit)  # 交办问题69条。分乡镇看,郑口镇11条、武官寨镇9条: each township's share
    if _TOTAL_CELLS.fullmatch(text, line_start(text, c.start), c.start) \
            and (kind := recent.document_by_unit.get("件" if c.unit == "%" else c.unit)):
        return kind  # 合计 |  | 51件 | 100%: a table's total row counts the kind the document counted (its share too)
    if (verb := text[max(s_start, c.start - 2):c.start]) and word_tag(verb) == "v" \
            and text[c.start - 3:c.start - 2] in _BEFORE_REPEATED_VERB \
            and (said := _object_said_before(text, s_start, c.start - 2, verb)):
        return said  # 逐一发出提醒函,今年已发出4份: what the same verb took in the clause before
    return None


def _object_said_before(text: str, s_start: int, pos: int, verb: str) -> str | None:
    """The noun phrase the same verb took earlier in the sentence, closing its clause (发出提醒函,)."""
    return _last_object(text, max(s_start, pos - 80), pos, verb, r"(?=[,，;；])")  # (the clause before, not the sentence)


# what stands before a verb said again with its count (今年已发出4份, 共发放…, 又新建3个): an adverb or a clause break
_BEFORE_REPEATED_VERB = set("已共又再计后,，;；")


# the measure the places listed after it did best at (新造林任务完成较好的有…, 低改面积较大的有…)
_BEST_AMONG_PLACES = regex.compile(r"(?:^|(?<=[,，;；:：。\n]))(?:其中)?(?P<what>\p{Han}{2,10}?)(?:任务)?(?:完成|推进|进展)?"
                                   r"(?:较好|较快|较大|较多|最多|最好|最大|最快|突出)的(?:有|是|为)[:：]?")
_PLACES_AND_FIGURES = regex.compile(r"(?:\p{Han}{1,8}?(?:镇|乡|街道|县|区|市|旗)[0-9０-９.．]+[万亿]?[\p{Han}]{1,3}?[、,，])*"
                                    r"\p{Han}{1,8}?(?:镇|乡|街道|县|区|市|旗)")
# more of the same, again, after a time or a modal (今年再增加, 年底前再完成): the figure counts what the sentence or
# paragraph just counted (not 联系点再新增, whose noun stands right before it)
_MORE_AGAIN = regex.compile(r"(?:今年|明年|年内|年底前|下一步|下步|还要|还将|将|要|[,，])"
                            r"再(?:增加|新增|新建|建设|建成|完成|发展|培育|改造|扩大)(?:了)?$")
# a clause that is a handling verb and nothing else before its count (城区:承办9件, 已办复7件, 其中解决或基本解决5件)
_HANDLED_ONLY = regex.compile(r"(?:^|[,，;；:：])(?:其中)?(?:共|已|均|已经|全部)?(?:承办|办复|办结|答复|交办|转办|"
                              r"(?:解决|落实)(?:或基本(?:解决|落实))?|基本解决)(?:了)?$")
# a count with no noun of its own that the clause goes on to say was handled (目前29件已全部答复): of the kind the
# paragraph counts in that unit
_HANDLED_AFTER = regex.compile(r"(?:均|已|已经|现已)?(?:全部)?(?:答复|办结|办复|办理完毕|交办|落实)")
_PART_OPENS = regex.compile(r"(?:^|(?<=[;；。]))(?:另有|还有|另)?$")


def _part_opens_clause(text: str, c: QuantityCandidate) -> bool:
    """…其中24项已提前完成,占30%;50项达到序时进度…;另有6项受…影响: a count that opens its clause, with a verb of
    what became of them after it, is a part of what the paragraph counted in that measure word."""
    return _PART_OPENS.search(text, max(0, c.start - 2), c.start) is not None \
        and (word_tag(_first_word_after(text, c.end)) or "x")[:1] in ("v", "d", "p")


def _first_word_after(text: str, pos: int) -> str:
    words = _tokens(text[pos:pos + 6])
    return words[0][0] if words else ""


def _object_named_before(text: str, s_start: int, verb: str) -> str | None:
    """The object the same verb took in the sentence just before, on the same line, with no figure of its own
    (…任免国家机关工作人员。1980年任免58人次)."""
    start = max(line_start(text, s_start), s_start - 80)
    hit = None
    for hit in regex.finditer(regex.escape(verb) + r"(?P<object>\p{Han}{2,12})。", text[start:s_start]):
        pass
    if hit is None:
        return None
    # nouns only, no idiom or clause after one (服务网络不断完善: 网络 + 不断完善)
    tokens = _tokens(hit.group("object"))
    return hit.group("object") if all(tag in NOUNISH and tag != "l" for _, tag in tokens) else None


_PARALLEL_ROWS_REACH = 400  # (eleven counties' rows, 临渭区建成联络站46个,收集意见建议212条;…华阴市…,收集74条; bounded)


def _object_of_same_verb(text: str, pos: int, verb: str, unit: str) -> str | None:
    """The object the same verb took with a figure of the same unit earlier in the paragraph (广水市…入住903人
    after 随县…入住集中供养对象1356人): parallel rows drop the object they repeat."""
    return _last_object(text, max(line_start(text, pos), pos - _PARALLEL_ROWS_REACH), pos - len(verb), verb,
                        r"[\d０-９][\d０-９.．]*(?:余|多)?[万亿]?" + regex.escape(unit))


def _last_object(text: str, start: int, end: int, verb: str, tail: str) -> str | None:
    """The last noun phrase the verb took between start and end, followed by tail (a figure, a clause's end)."""
    found = None
    for found in regex.finditer(regex.escape(verb) + r"了?(?P<object>\p{Han}{2,10}?)" + tail, text[start:end]):
        pass
    if found is None:
        return None
    obj = found.group("object")
    tokens = _tokens(obj)
    if "的" in obj or _only_a_verb(obj) or _NOT_A_THING.search(obj) or tokens[0][1] in ("c", "d", "p", "r", "u") \
            or tokens[-1][1] not in NOUNISH:
        return None  # (解决或基本解决62件…解决25件, 达标的均为14个…达标13个: no object, a verb phrase)
    return obj


# money right after a verb of earning (能挣, 多赚了, 挣到近): income
_EARNED = regex.compile(r"[挣赚](?:了|到|上|下|得)?(?:近|约|个|上|到)?$")
# suggestions and problems are counted by 条 or by 件, one report switching between them
_KIN_UNITS = {"件": "条", "条": "件"}
_RAISED_HEAD = regex.compile(r"(?:建议|意见|问题|诉求|提案|议案)$")


def _raised_in_kin_unit(recent: _Recent, unit: str) -> str | None:
    """收集意见建议46条,…目前已办结39件: the suggestions the paragraph counted in the other counter."""
    kin = _KIN_UNITS.get(unit)
    kind = recent.paragraph_by_unit.get(kin) if kin else None
    return kind if kind and _RAISED_HEAD.search(kind) else None


def _noun_head(phrase: str) -> str:
    """现场指出问题 -> 问题: the nouns a phrase ends with, after the verb that produced them (a class is a class
    of the thing, 消防类问题, not of the act)."""
    words = tagged(phrase)
    k = len(words)
    while k > 0 and words[k - 1][1] in NOUNISH:
        k -= 1
    head = "".join(w for w, _ in words[k:])
    # (a verb opening the phrase modifies it: 询问题目, 审议意见 are what they name)
    return head if 1 < k and len(head) >= 2 and words[k - 1][1] in _VERB_TAGS else phrase


# a class among a kind just counted, read before its figure (建议中城乡建设类, 实事工程中教育卫生类)
_CLASS_AMONG = regex.compile(r"(?:(?<=\d[个件项条名])|(?<=[,;:。\n]))(?P<kind>\p{Han}{2,8}?)中(?P<cls>\p{Han}{1,10}?类)$")


# the number a list item or heading opens with ((一), 一、, 1., 2、)
_LIST_NUMBER = r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])"


# heads that say how something is measured or funded, not what it is
# an audit finding counts the bodies at fault, then says what they did wrong, then the sum (3个单位政府采购不规范,
# 涉及金额138.9万元; 部分单位往来款长期挂账未清理,金额…): the sum is the fault's, never the departments' or units'
_BODIES_AT_FAULT = regex.compile(
    r"(?:^|(?<=[,，;；。:：\n]))(?:[一二三四五六七八九十]是)?(?:有|共有|另有|还有|其中)?"
    r"(?:(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:个|家|所)|部分|个别)"
    r"(?:二级单位|预算单位|部门和单位|部门|单位|乡镇|镇|街道|企业|融资平台公司|公司|学校|医院|工程项目|项目)"
    r"(?:\([^()]{1,8}\))?的?(?:存在|有)?(?P<fault>[^,，;；。:：\n]{3,30}?)(?:等(?:方面的)?问题|等情况|的?问题)?"
    r"[,，](?:涉及)?(?:的)?金额(?:合计|共计|总计|为|达到?|约|共)?$")
_GENERIC_HEAD = regex.compile(r"(?:计划)?(?:总)?(?:投资|投入|资金|金额|总额|规模|价值|面积|建筑面积|占地面积|占地|"
                              r"全长|总长|长度|总面积|经费|总数|总量|数量|数|产量|产值)|总产")  # (粮食播种面积…,总产量61.8万吨: 粮食总产量)
# (推动/推进 right after the figure only: after a comma, 推动完善制度17项 is a further result, not the purpose)
_PURPOSE = regex.compile(r"(?:,?(?:专项|主要|全部|重点|统筹)?(?:用于|实施|对|为|完成|建设|支持|开发了?|购置|购买|"
                          r"修建|打造|改造|修缮|新建|扩建|添置|配备)|推动|推进)(?P<what>[^,;。]{2,30})")
# verbs of building that name the purpose only when glued to the amount (投资4.5万元安装了水位标尺; after a comma,
# 完成投资2.3亿元,铺设供水主管网186公里 is a further result of the work, not what the money is)
_PURPOSE_GLUED = regex.compile(r"(?:安装|兴建|新修|铺设|开展|建成|建起)了?(?P<what>[^,;。]{2,30})")
# the same purpose done at or to places first (对6个乡镇7个村596户实施易地扶贫搬迁, 在20个村实施整村推进)
_PURPOSE_AT = regex.compile(r",?(?:对|在)[^,;。]{1,24}?(?:实施|开展)了?(?P<what>[^,;。]{2,30})")
# money given to people (慰问特困户, 资助该村23名在校贫困学生): the act, when, and who they are named before them
_GIVEN_TO = regex.compile(r"(?:\p{Han}{1,3}?(?:前|后|期间))?(?:慰问|资助|奖励|救助|看望)(?:该[村镇乡]|全[村镇乡])?"
                          r"(?:[0-9０-９]+(?:多|余)?[名位户人])?(?P<whom>\p{Han}{2,})")
# (孤寡老人: jieba tags it an idiom, so no noun phrase is read; the people word closes it)
_PEOPLE_HEAD = regex.compile(r"\p{Han}{1,6}?(?:老人|户|学生|儿童|群众|家庭|职工)")


def _leading_people(words: str) -> str | None:
    head = _PEOPLE_HEAD.match(words)
    return head.group() if head else None


# a count of what is built before its name (完成4500亩高效节水灌溉…, 建成一座四季采摘园)
_BUILT_COUNT = regex.compile(r"(?:[0-9０-９.]+|[一二两三四五六七八九十]+)万?(?:多|余)?[个座条处所套栋间亩台辆家项户张块盏口眼]")
# money spent on work done to a thing: 对(18个)乡镇联络站实施标准化改造 (the thing and the work, without the count)
_WORKED_THING_LEAD = (r",?(?:专项|主要|全部|重点)?对(?:所辖|辖区内?|现有|全[县区市旗镇乡])?"  # (对辖区内27个联络站)
                      r"(?:[\d一二三四五六七八九十]{1,4}[个座所处家间条](?:左右|多|余)?)?")
_WORK_ON = regex.compile(_WORKED_THING_LEAD +
                         r"(?P<what>[\p{Han}]{2,16}?)(?:进行|实施|开展)了?(?P<act>[\p{Han}]{2,8}?)(?=[,;。、:\s]|$)")
# the same without a verb of doing, the work a noun right after the thing (对第二、第三联络站提档升级)
_WORK_DONE_ON = regex.compile(_WORKED_THING_LEAD + r"(?P<what>[\p{Han}、]{2,16}?)"
                              r"(?P<act>提档升级|提质升级|升级改造|改造提升|提升改造|改造升级|标准化改造|改造|升级|修缮|维修|翻新|扩建|改建)"
                              r"(?=[,;。、:\s]|$)")
_ORDINAL_LEAD = regex.compile(r"^第[一二三四五六七八九十\d]{1,3}")
_MADE_INTO = regex.compile(r",?(?:把|将)(?P<object>[\p{Han}“”]{2,16}?)(?:(?:改造成|改建成|改造为|改建为|打造成)"
                           r"(?P<result>[\p{Han}“”]{2,16})|(?:重新|全面|进一步)?(?:升级|改造|修缮|翻新|扩建|提升))")
_BUILT = regex.compile(r",?(?:建起|建成)了?(?:一[个座所处家间])?(?P<what>[^,;。]{2,20})")
# a sum of money as a list writes it (95万元, 21.6 万元)
_SUM = r"[\d０-９][\d０-９.．]*\s*(?:余|多)?\s*[万亿千]?元"
# the other figures of a list of sums right after a figure (投入120万元、95万元推动…)
_PARALLEL_MONEY = regex.compile(rf"(?:\s*[、和及]\s*{_SUM})+")
# people named with where they live (周边群众, 当地村民): the place word before the people noun
_NEARBY_PEOPLE = regex.compile(r"^(?:当地|周边|本地|附近|周围)(?=(?:群众|村民|农户|农牧民|居民|劳动力|妇女|青年)$)")
# a sum right before a figure, the figure the next of its list (32万元、21.6万元)
_SUM_BEFORE = regex.compile(rf"{_SUM}\s*[、和及]\s*$")
_OWNED = regex.compile(r"^(?:现有|原有|所辖|辖区内?)(?:\p{Han}{0,6}的)?")  # (对所辖乡镇的代表之家: 代表之家)
# the whole of a place (全县, 全镇): says where all of it is, never what is counted
_WHOLE_AREA = regex.compile(r"全[国省市州县区旗镇乡村]")
# a numbered list item that opens with a project's name (（一）集镇污水管网延伸工程, / 2.农村危桥改造项目:)
# a line led by a dash that names a project, then its money (——村组道路硬化项目,投资60万元; ——…项目。计划投入…)
_DASHED_PROJECT = regex.compile(r"\s*——\s*(?P<project>[\p{Han}“”·]{2,24}?(?:工程|项目))[,，。:：;；]")
_LISTED_PROJECT = regex.compile(rf"\s*{_LIST_NUMBER}\s*"
                                r"(?:(?P<project>[\p{Han}“”]{2,24}?(?:工程|项目))[,，:：;；]|"
                                r"(?P<project>[\p{Han}“”]{4,24}?)[:：])")  # (1.紫金社区农村产业路建设:…)
# a publishing verb right before a count of articles, with what was published after it (刊发稿件186篇)
_PUBLISHED = regex.compile(r"(?P<verb>刊发|刊登|发表|播发|刊载|发稿|采用)(?P<what>(?:[\p{Han}]{0,6}?(?:稿件|文章|信息|报道|新闻|稿))?)"
                           r"(?:共|达|计)?$")
# nouns of time and place used as adverbs (现场答复, 当天接待): never the topic of a figure
_ADVERBIAL_NOUNS = {"现场", "当场", "当天", "当日", "当月", "当年", "目前", "现在", "年内", "全年", "会上", "会后", "期间",
                    "同期", "此外", "另外", "实地", "线上", "线下", "一线", "基层", "平时", "日常", "随后", "最终"}
# a bare "when" left of a time clause (截至发稿时|已有5条办结): it says when, never what is counted
_WHEN_WORDS = {"时", "此时", "届时", "那时", "当时"}
# a place word right after a figure locates in time or space (15个工作日内, 3年后): never what is counted
_LOCATIVES = set("内外中后前里间上下")
# two-character place words after a figure (在已经解决的6件当中): where among them, never what is counted
_PLACE_WORDS = {"当中", "之中", "其中", "中间", "之间", "以内", "之内", "期间", "左右", "前后"}
# nouns jieba tags n that say how or whether something happens (实际到会, 正在推进)
_ADVERB_NOUNS = {"实际", "正在", "仍在", "尚在", "基本"}
# a total word right after the phrase (支出合计, 收入总计为): the phrase names what is totalled
_TOTALLED = regex.compile(r"(?:合计|总计|共计)(?:为|达|约)*$")
# a budget's heads, verbs the genre uses as nouns; the line that opens a clause with one is the item whole
_BUDGET_HEADS = ("支出", "收入", "结转", "限额", "余额")
_BUDGET_LINE = regex.compile(r"(?:^|(?<=[,;。:\n、]))[ \t\u3000]*(?P<line>[\p{Han}()（）]{2,16}?(?:"
                             + "|".join(_BUDGET_HEADS) + "))$")


def _budget_line(text: str, s_start: int, pos: int, after_comma_only: bool = False) -> str | None:
    """住房保障支出3995万元 at a clause's start: the whole head (jieba reads 保障 as a verb, so the noun phrase
    before the figure is only 支出). With after_comma_only, a member of a 、 list ending in 资金 (调入资金)."""
    m = (_LIST_MEMBER if after_comma_only else _BUDGET_LINE).search(text, max(s_start, pos - 18), pos)
    if m is None:
        return None
    line = m.group("line")
    if any(tag[:1] in _NOT_IN_A_HEAD and word not in "与和及等还本" for word, tag in tagged(line)) \
            or _VERB_IN_A_LINE.search(line) or line.startswith(("人均", "户均", "年均", "平均", "每")):
        return None  # (光这一项村民就能多收入: a clause, not a budget line; 人均年务工收入: a rate)
    return _LINE_OPENER.sub("", line)


_LIST_MEMBER = regex.compile(r"(?<=、)(?P<line>[\p{Han}]{2,8}?资金)$")
# what opens a clause before the thing it names: a part (其中), an addition (另外), the whole of a place (全县)
_OPENER_WORDS = r"其中|另外|此外|另|全[省市县区州旗盟镇乡]"
_LINE_OPENER = regex.compile(rf"^(?:{_OPENER_WORDS})")  # 其中本级支出: 本级支出
_VERB_IN_A_LINE = regex.compile(r"实现|完成|安排|达到|累计|获得|争取|筹集|拨付|下达|带动|增加|减少")
# adverbs, pronouns, prepositions, particles and auxiliaries: a clause, not a budget's head (就能, 这, 的, 由)
_NOT_IN_A_HEAD = set("drpuy")
# a body that handles or proposes what was counted (a breakdown by 承办单位 or 代表团)
# the deputies something was answered to (已答复代表97件, 反馈给代表30条)
_ANSWERED_TO = regex.compile(r"(?:答复|回复|反馈|函复)(?:给|了)?(?:人大)?代表$")
# a body's share of what was handed out (区交通局承办12件, 县民政局牵头办理8件)
_HANDLED_BY = regex.compile(r"(?:局|厅|委|办|院|中心|政府|部门|单位|机关|公司|镇|乡|街道|市|县|区|团|委员会|常委会|所|站|系统)"
                            r"(?:各|分别)?"  # (省政府系统主办812件, 省高级人民法院、省人民检察院分别主办9件和6件)
                            r"(?:承办|主办|协办|会办|办理|领办|牵头办理|负责办理|牵头)(?:了)?$")  # (a body, then its verb;
# 其中生态环境厅牵头14项: the body that leads its part)
# what was passed on to a channel or body (引导转入信访渠道9件, 转报市人大2件, 交乡直有关站所办理32件, 其中交区政府系统
# 办理88件, 转交有关部门办理的216条, 转交…群团组织办理7件)
_PASSED_ON = regex.compile(r"(?:转入|转到|转交|转报|转送|转办|移交|移送|交由|交|转)\p{Han}{0,10}?"
                           r"(?:渠道|程序|部门|单位|人大|政府|法院|检察院|站所|办所|机关|系统|组织)(?:研究)?(?:处理|办理|交办|解决)?了?的?$")
# a change of seats or posts counted in people (补选2名, 代表资格终止3名, 辞去代表职务2名, 免去职务2名): the people
# are of the kind counted before; a deputy's seat names its kind (whose)
_SEAT_CHANGED = regex.compile(r"(?:(?:依法)?补选|(?P<whose>代表)资格终止|终止(?P<whose>代表)资格|辞去(?P<whose>代表)职务|罢免"
                              r"|免去职务|辞去职务)(?:了|的)?$")
# a group of people that raised a part of what is counted (长乐市代表小组7件)
_PEOPLE_GROUP = regex.compile(r"(?:代表小组|代表团|小组)$")
_HANDLER = regex.compile(r"(?:局|委员会|管委会|委|办公室|办|中心|系统|代表团|(?<=[县市区旗直])代表|法院|检察院|部门|政府)$")
# a public body before a verb is its agent (区水务局排查泵站210座: 泵站 are counted), never part of the item
_BODY_AGENT = regex.compile(r"(?:局|政府|常委会|人大|委员会|中心|部门|法院|检察院|办公室|工委)$")
# who does something to what is counted (镇政府已办结43条, 承办单位已答复): an agent, not a new topic
_DOER = regex.compile(r"(?:政府|单位|部门|委员会|常委会|人大|局|委|办|办公室|中心|代表|干部|人员|同志|群众|企业|"
                      r"主席团|工委|小组|组)$")
# the body that spends money, not what it is spent on (县人大常委会还投入45万元)
# (县里随后投入15万元, 推动有关部门投入86万元完成…, 街道投入120万元对…)
# (街道人大工委投入28万元, 镇人大主席团安排: who spends)
_AGENT = regex.compile(r"(?:常委会|政府|人大|委员会|财政|党委|部门|单位|工委|主席团)$|^[村镇乡县区市省州]里$|^(?:街道|社区|村委会)$")
# when the money was spent (近两年累计投入, 去年投入): never what it was spent on
_WHEN_SPENT = regex.compile(r"(?:近|今|去|前|明|这)?[一二两三四五六七八九十\d]{0,2}年(?:来|间)?")


def _opens_clause(text: str, s_start: int, pos: int, before: str) -> bool:
    """The generic head is all the clause says before the figure (`，总投资约23亿元`), but for one verb
    that only introduces it (`，涉及金额12.6万元`, `，使用面积约80平方米`)."""
    clause = _AFTER_LAST_BREAK.search(text, s_start, pos).group()
    rest = clause[: clause.rfind(before)] if before in clause else clause
    rest = regex.sub(r"(?:计划|共|约|达|累计|预计|其中|另|还|再)", "", rest)
    if rest and regex.fullmatch(r"[\p{Han}]{2}", rest) and rest not in ACTION_VERBS \
            and tagged(rest)[0][1] in _VERB_TAGS | {"vn"}:  # (投入资金 is an investment, not a measurement)
        return True
    return not regex.search(r"[\p{Han}]{2,}", rest)


def _purpose_after(text: str, end: int, s_end: int, work_on: bool = False) -> str | None:
    """What money after its figure is for. With work_on (money named by no noun of its own: 投入210万元), a
    thing and the work done on it (对街道联络站进行提档升级: 街道联络站提档升级)."""
    if parallel := _PARALLEL_MONEY.match(text, end, s_end):
        end = parallel.end()  # 分别统筹30万元、25万元,用于山区联络站建设: the list's figures share one purpose
    if work_on and (made := _MADE_INTO.match(text, end, s_end)):
        # 投入45万元,把闲置的老村委办公楼改造成居家养老照料中心: what it became; 投入12万元把代表活动室重新升级: what
        # was worked on
        what = made.group("result") or made.group("object")
        phrase = _leading_noun_phrase(_tokens(what[what.rfind("的") + 1:]))
        if phrase and len(phrase) >= 2:
            return phrase
    on = (_WORK_ON.match(text, end, s_end) or _WORK_DONE_ON.match(text, end, s_end)) if work_on else None
    if on:
        what = on.group("what")
        what = _ORDINAL_LEAD.sub("", what[max(what.rfind("的"), what.rfind("、")) + 1:])  # (第二、第三联络站: 联络站)
        return _OWNED.sub("", what) + on.group("act")  # (使用率不高的联络室: 联络室)
    # (县里投入15万元建起了标准化村卫生室; not 投入资金60万元,建起车间: there the text names the money 资金)
    m = _PURPOSE_AT.match(text, end, s_end) or _PURPOSE.match(text, end, s_end) \
        or _PURPOSE_GLUED.match(text, end, s_end) or (_BUILT.match(text, end, s_end) if work_on else None)
    if not m:
        return None
    what = m.group("what").replace("“", "").replace("”", "")
    if "的" in what[2:]:  # 用于…4个乡镇工业园区的基础设施建设: the head after the last 的
        what = what[what.rindex("的") + 1:]
    if not text.startswith(("对", "为", ",对", ",为"), end) and (count := _BUILT_COUNT.match(what)):
        what = what[count.end():]  # (为17个联络站统一配置了…: whom it was for, not what it built)
    if (given := _GIVEN_TO.match(what)) and (whom := _leading_noun_phrase(_tokens(given.group("whom")))
                                             or _leading_people(given.group("whom"))):
        return whom  # 用于资助该村23名在校贫困学生, 用于春节前慰问特困户: whom the money goes to, not the giving
    phrase = _leading_noun_phrase(_tokens(what))
    return phrase if phrase and len(phrase) >= 2 else None


_CLAUSE_BREAK = regex.compile(r"[,;]")
# what a later clause's project subject is measured by right after its name (松源道路硬化工程全长1.8公里)
_PROJECT_MEASURED = regex.compile(r"(?:全长|总长|长约|占地|总建筑面积|建筑面积|规划用地|位于)")
# a project named as the sentence's subject (村级微型消防站建设将…, 镇村道路提升工程计划改造…)
# (the longest head: 生产路建设项目, not 生产路建设; never a topic, 城市建设和管理…, 集镇建设方面)
_PROJECT_SUBJECT = regex.compile(r"(?P<subject>\p{Han}{2,20}?(?:工程|项目|建设))(?!项目|工程|[和与及的等]|方面)(?=\p{Han})")
# a measure of the thing, written after its name (党湾建业大厦总建筑面积, 项目建设面积, 该路段全长)
_MEASURE_SUFFIX = regex.compile(r"(?:总|计划)?(?:\p{Han}{2})?面积$|(?:总长|全长|长度|总里程)$|(?:\p{Han}{2})?金额$")


def _project_subject(text: str, s_start: int, pos: int) -> str | None:
    """小城镇环境综合整治工程计划整治…3.8公里,改造道路5条,新增泊位300余个,投资5600万元: money a sentence
    closes on is the investment in the project its subject names, not in the last thing counted."""
    clause = _AFTER_LAST_BREAK.search(text, s_start, pos).start()
    if not clause > s_start:
        return None
    # the sentence's subject, or a clause's before the figure's (在周潭村,松源道路硬化工程全长1.8公里,…,投资48万元)
    for start in [s_start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, s_start, clause - 1)]:
        m = _PROJECT_SUBJECT.match(text, start, pos)
        if m and len(m.group("subject")) >= 4 and _tokens(m.group("subject"))[0][1] not in _VERB_TAGS | {"t", "p", "r"} \
                and (start == s_start or _PROJECT_MEASURED.match(text, m.end(), pos)):
            return m.group("subject")  # (实施乡村振兴项目12个: a verb and its object; 今年…: when, not what)
    return None


# a numbered heading that opens the paragraph and names a project (一、产业惠民项目(3个子项目)。新建…)
_NUMBERED_HEADING = regex.compile(rf"\s*{_LIST_NUMBER}\s*"
                               r"(?P<project>[\p{Han}“”]{2,24}?(?:工程|项目|建设|行动))(?:[(（][^()（）\n]{1,20}[)）])?[。:：]")
# a numbered line headed by a project and its votes (二、北山口到S205省道道路提升改造(得票73票):): the line is the project's
_VOTED_HEADING = regex.compile(rf"\s*{_LIST_NUMBER}\s*"
                               r"(?P<project>[\p{Han}“”A-Za-z0-9]{2,30}?)[(（]得票[0-9０-９]+票[)）][。:：]")
# the verb of money spent on what was planned, right before its head (完成投资, 累计完成投资)
_DONE_BEFORE = regex.compile(r"(?:^|(?<=[,;。:\n]))(?:已|累计|共|全年)?完成$")
# a heading on a line of its own: a short run of words, no figure, no stop (城乡排水防洪设施建设)
_HEADING_LINE = regex.compile(r"[\p{Han}“”、]{4,24}")
# a numbered list's project on a line of its own (1.绵遂内铁路(绵阳段)建设项目, 3.“两江四岸”部分地段提升改造项目)
_NUMBERED_PROJECT_LINE = regex.compile(rf"\s*{_LIST_NUMBER}\s*"
                                       r"(?P<project>[\p{Han}“”]{2,24}(?:[(（][\p{Han}]{1,10}[)）][\p{Han}“”]{0,12})?"
                                       r"(?:项目|工程))\s*")


_HEADING_REACH = 400  # how far back in its paragraph a sentence looks for the paragraph's numbered heading


# a line that is only a list's total (合计约22人, 合计:4050元), and the numbered heading its list stands under
_TOTAL_LINE = regex.compile(r"\s*(?:合计|总计|共计)[:：]?\s*(?:约|近|共)?")
# a table's total row up to a figure, its cells split by bars or runs of spaces (合  计 | 122件 | 100%)
_TOTAL_CELLS = regex.compile(r"[ \t\u3000]*(?:合[ \t\u3000]*计|总[ \t\u3000]*计)[ \t\u3000|｜:：]+(?:[^\n]*[|｜][ \t\u3000]*)?")
_LIST_HEADING = regex.compile(r"\s*[一二三四五六七八九十]+[、.．]\s*(?P<title>\p{Han}{2,16}?)(?:安排|情况)?\s*$")
_LIST_REACH = 10  # lines


def _list_heading(text: str, pos: int) -> str | None:
    """The title of the numbered heading over the list a total closes, within a few lines and no blank line."""
    end = line_start(text, pos) - 1
    for _ in range(_LIST_REACH):
        if end <= 0:
            return None
        start = line_start(text, end)
        if not text[start:end].strip():
            return None
        if heading := _LIST_HEADING.fullmatch(text, start, end):
            return heading.group("title")
        end = start - 1
    return None


# a line that is a numbered project's heading, its name maybe in 《》, maybe followed by a word of progress
_PROJECT_HEADING_LINE = regex.compile(rf"\s*{_LIST_NUMBER}?\s*"
                                      r"《?(?P<project>[^\n《》,;。]{2,40}?(?:项目|工程))》?"
                                      r"(?:完成情况|进展情况|建设情况|实施情况|推进情况)?\s*")


_MEASURED_KINDS = ("length", "area", "volume", "mass")


def _measured_after(text: str, s_start: int, s_end: int, c: QuantityCandidate) -> str | None:
    """铺设5公里左右的引水管道: a length, area, volume or weight done by a verb (or named by a bare measure word)
    measures the noun after 的; a noun before it (路基宽24米的…路面) keeps the measure its own."""
    unit = lookup(c.unit)
    if unit is None or unit.category not in _MEASURED_KINDS:
        return None
    if not (_WORKED_ON.search(text, max(s_start, c.start - 4), c.start)
            or _BARE_MEASURE.search(text, max(s_start, c.start - 6), c.start)
            or _ONE_OF_A_KIND.search(text, max(s_start, c.start - 8), c.start)  # (一间约40平方米的屋子)
            or c.start == s_start or text[c.start - 1] in ":：,，、;；和与及"):
        return None  # (a measure opening its clause, 280亩的…服饰产业园、83亩的…创新产业园, measures the thing after 的)
    thing = _leading_noun_phrase(_tokens(_clause_after(text, c.end + 1, s_end)))
    if not thing or len(thing) < 2 or thing.startswith(_ABSTRACT_HEADS) or thing.endswith(_HOLDERS):
        return None  # (按路基宽6.5米的标准: a standard; 连片种植50亩以上的经营主体: who holds that much, not the land)
    return thing


# a verb and the bare station or point it sets up, ending the item (建站, 旅游村寨设点; not 建设点, a building
# site): the kind of station the paragraph counted before
_BUILT_STATION = regex.compile(r"(?:新?建|建成|(?<!建)设|设立|新设)(?P<what>[站点])$")
_STATION_KIND_END = regex.compile(r"[站点](?:\([站点]\))?$")


# one of a kind, counted by its classifier, then its size (一间约40平方米的屋子, 一座占地3亩的…): the thing after 的
_ONE_OF_A_KIND = regex.compile(r"(?:一|这|那)(?:间|座|处|片|块|栋|幢|条|个)(?:占地|面积)?(?:约|近|不少于|不低于|超过)?$")
# verbs of building, laying or planting, whose measure is the thing built (铺设|5公里|的引水管道)
_WORKED_ON = regex.compile(r"(?:铺设|铺装|修通|修建|新修|修筑|新建|建设|建成|建起|硬化|拓宽|改造|种植|栽植|流转|整治|疏浚|"
                           r"开挖|安装|新增|扩建)了?$")
_ABSTRACT_HEADS = ("任务", "目标", "标准", "要求", "规模", "水平", "距离", "计划")
_HOLDERS = ("主体", "户", "企业", "合作社", "群众", "单位", "人员", "家庭")


def _project_heading_above(text: str, s_start: int) -> str | None:
    """该项目 in a paragraph right under a project's heading line (二、…道路提升项目完成情况) is that project."""
    above_end = text.rfind("\n", max(0, s_start - 2), s_start + 1)
    if above_end < 0 or text[above_end + 1:s_start].strip():
        return None  # (the sentence does not open its line)
    above_start = text.rfind("\n", max(0, above_end - 80), above_end) + 1
    heading = _PROJECT_HEADING_LINE.fullmatch(text, above_start, above_end)
    return heading.group("project") if heading else None


def _numbered_project_above(text: str, s_start: int) -> str | None:
    """The project a numbered list's line right above the sentence's line names (1.绵遂内铁路(绵阳段)建设项目)."""
    row_start = text.rfind("\n", max(0, s_start - _HEADING_REACH), s_start) + 1
    if row_start == 0:
        return None
    above_end = row_start - 1
    while above_end > 0 and text[above_end - 1] == "\n":
        above_end -= 1  # (一、山塘水库专项整治项目 / (a blank line) / 对…开展专项整治,预计总投资800万元)
    numbered = _NUMBERED_PROJECT_LINE.fullmatch(
        text, text.rfind("\n", max(0, above_end - 60), above_end) + 1, above_end)
    return numbered.group("project") if numbered else None


def _heading_project(text: str, s_start: int, pos: int) -> str | None:
    """The project a heading names, for money its paragraph invests with no noun of its own: 一、产业惠民项目(3个
    子项目)。新建…,计划投资4200万元 / 城乡排水防洪设施建设 (a line of its own), then 完成投资5.04亿元,…"""
    line_start = text.rfind("\n", max(0, s_start - _HEADING_REACH), s_start) + 1
    if line_start == 0 and s_start > _HEADING_REACH:
        return None  # (a paragraph this long opened with no heading near: a page of one long paragraph stays linear)
    if text[line_start:s_start].strip():
        heading = _NUMBERED_HEADING.match(text, line_start, s_start)
        return heading.group("project") if heading else None
    if (numbered := _numbered_project_above(text, s_start)) is not None:
        return numbered  # 1.绵遂内铁路(绵阳段)建设项目 / …,总投资18亿元: the whole paragraph's
    if _AFTER_LAST_BREAK.search(text, s_start, pos).start() > s_start:
        return None  # (a line above names the paragraph's first clause only)
    above_end = line_start - 1
    above_start = text.rfind("\n", max(0, above_end - 60), max(0, above_end)) + 1  # (a heading line is short)
    above = text[above_start:max(0, above_end)].strip()
    if not _HEADING_LINE.fullmatch(above):
        return None
    # a heading the page broke over two lines (实施农村公路 / 生命安全防护工程), when no blank line parts them
    upper = text[text.rfind("\n", max(0, above_start - 61), max(0, above_start - 1)) + 1:max(0, above_start - 1)].strip()
    if above_start > 0 and _HEADING_LINE.fullmatch(upper) and "、" not in upper \
            and len(upper) + len(above) <= 24:
        return upper + above
    return above


def _only_a_measure(item: str | None) -> bool:
    """总里程, 全长, 总投资: an item that is a measure with no thing named before it."""
    if not item:
        return False
    if _GENERIC_HEAD.fullmatch(item):
        return True
    # (公厕面积: a thing's area, though 面积's two-character slot would take 公厕 with it)
    return len(_MEASURE_SUFFIX.sub("", item)) < 2 and not len(_MEASURE_TAIL.sub("", item)) >= 2


# a measure named by its kind alone (建筑面积, 总里程), not a thing's measure (公厕面积: the 公厕's)
_BARE_MEASURE_NAME = regex.compile(r"(?:总|计划)?(?:建筑|使用|占地|改造|征收|绿化|覆盖|种植|养殖|流转|治理|受益|服务|规划)?面积"
                                   r"|(?:总|全)长|长度|总里程|(?:问题|涉及|违规)?金额")
_MEASURE_TAIL = regex.compile(rf"(?:{_BARE_MEASURE_NAME.pattern})$")
# a bare measure word opening its clause right before a measure whose thing follows it after 的 (,全长660米的…路面;
# not 路基宽6.5米: the noun before owns that one)
_BARE_MEASURE = regex.compile(rf"(?:^|(?<=[,;:、，；：]))(?:{_BARE_MEASURE_NAME.pattern}|长约|长|宽|占地)(?:约|为|达)?$")


def _thing_of_measure(item: str | None) -> str | None:
    """粮食播种面积 -> 粮食: the thing a measure before measured, for the next measure of it; none when what is
    left is still a measure (…总产量, 产业增势产量: a chain of measures names no thing)."""
    thing = _measured_thing(item)
    return None if thing and thing.endswith(_MEASURE_ENDS) else thing


# what a phrase that is itself a measure ends with (特色水果总产量, 产业增势产量): no thing a further measure is of;
# an output ending a topic is dropped before the next measure (白莲种植面积…,总面积 keeps the area it restates)
_OUTPUT_MEASURES = ("产量", "产值")
_MEASURE_ENDS = _OUTPUT_MEASURES + ("面积", "规模", "总量")


def _measured_thing(item: str | None) -> str | None:
    """大厦总建筑面积约2.6万平方米,总投资1.2亿元: what the area measured is what was invested in (大厦, not
    大厦总建筑面积)."""
    if not item:
        return None
    thing = _MEASURE_SUFFIX.sub("", item)
    if len(thing) < 2:
        thing = _MEASURE_TAIL.sub("", item)  # (公厕面积: the 公厕, though 面积's two-character slot took it)
    return thing if len(thing) >= 2 else item


# a clause that ends by naming what was built or bought (合作社还新上了一条名优茶加工生产线)
_BUILT_AT_END = regex.compile(r"(?:新上|新建|建起|购置|购进|引进|修建|添置|上马)了?"
                              r"(?:[一两\d][条座个台套间处家所栋])?(?P<what>\p{Han}{2,16})$")


# a clause that only says where the thing is (设在三楼, 位于镇政府院内, 选址在…)
_LOCATED = regex.compile(r"(?:现|目前|均|统一)?(?:设在|设于|位于|坐落于|坐落在|选址在|选址于|建在|地处)")


# a place owning the clause's subject (迈陈镇的联络室, 镇里的代表之家): whose it is, not what the clause is about
_PLACES_OWN = regex.compile(r"^\p{Han}{0,8}?(?:镇|乡|街道|村|社区|县|区|市|镇里|村里|乡里)的(?=\p{Han}{2})")


def _previous_clause_topic(text: str, s_start: int, pos: int, money: bool = False) -> str | None:
    """新建公路一条,全长5.2公里 / 总站设在三楼,面积420平方米: the noun phrase the previous clause is about
    (its subject when it opens with one, else the object of its verb). Money after a clause that ends by naming
    what was built (合作社新上了一条生产线,投资65万元) was spent on that thing, not by the clause's subject."""
    clause_start = _AFTER_LAST_BREAK.search(text, s_start, pos).start()
    if clause_start <= s_start:
        return None
    prev = _AFTER_LAST_BREAK.search(text, s_start, clause_start - 1).group()
    if _LOCATED.match(prev) and clause_start - 1 - len(prev) > s_start:
        # 联络站于2021年建成,设在街道党群服务中心二楼,使用面积约160平方米: where it is set says nothing of what is
        # measured; the clause before names the thing that is set there
        return _previous_clause_topic(text, s_start, clause_start - 1 - len(prev), money)
    if money and prev and (built := _BUILT_AT_END.search(prev)) and (what := clean_item(built.group("what"))):
        return what
    prev = _LEADING_NOISE.sub("", prev.replace("“", "").replace("”", ""), count=1) if prev else prev
    prev = _PLACES_OWN.sub("", prev, count=1) if prev else prev  # (迈陈镇的联络室设在…: the station, not the town)
    tokens = _tokens(prev)  # (我镇“代表之家”设在…,面积80平方米: the 代表之家, not 我镇)
    subject = clean_item(_leading_noun_phrase(tokens))
    if subject and prev.find(subject) >= 0 and prev[prev.find(subject) + len(subject):].startswith(("把", "将")):
        subject = None  # 镇里把文化站改造成代表之家,使用面积…: the one acting, not what is measured
    if subject and len(subject) >= 2 and subject not in _SCOPE_WORDS and not _only_a_measure(subject):
        return subject
    for i, (word, tag) in enumerate(tokens):
        if tag in _VERB_TAGS:
            obj = _leading_noun_phrase(tokens[i + 1:])
            if obj and len(obj) >= 2:
                return obj
    return None


# the class's label right after its figure (这一类共92件(A类),占92%)
_CLASS_LABEL_AFTER = regex.compile(r"\((?P<label>[A-Za-z甲乙丙丁][类级档])\)")
_CLASS_LABEL = regex.compile(r"\((?P<label>[A-Za-z甲乙丙丁一二三四][类级档])\)$|"
                          # A类(所提问题已解决或基本解决)41件: the class, then what it means, in brackets
                          r"(?:^|(?<=[,;。:\n][ \t\u3000]*))(?:按[^,;。]{1,8},)?(?P<label>[A-Za-z甲乙丙丁][类级档])\([^()]{2,30}\)[ \t\u3000]*$|"
                          # A类6件,B类3件: a class letter right before its count, a row of its own
                          r"(?:^|(?<=[,，;；:：、\n][ \t\u3000]*))(?P<label>[A-Za-z甲乙丙丁][类级档])$|"
                          # 属于A类的51件, 列为B类的22件: the class the part was put in
                          r"(?:属于|列为|定为|归为)(?P<label>[A-Za-z甲乙丙丁][类级档])的?(?:有|共|为)?$")
_LISTED = regex.compile(r"(?P<topic>[^,;。:]{2,24}?)(?:的)?(?:(?:具体分配|分配情况|分布情况|分布|情况|统计)(?:为|如下|是)?"
                        r"|依次为|依次是|分别为|分别是|(?<=名额|数量|人数|个数)(?:为|是|如下))"  # (各区、县具体名额为:)
                        r":(?:\s*[①-⑳]?[^。;:\n]{1,10}:)?[^。;:]*$|"  # (分区县名额依次为:万州区35名、…: the quota, not the
                        # district; …的数量分别是:\n①云南省:大理白族自治州13个: a province's label opens its rows)
                        # 代表联络站方面,宝莲街道9个、莲花街道8个: the list starts right after 方面 (not 阵地建设方面,
                        # 今年…15个,其中…), and its topic is no place (城区方面,涧西区203名: the deputies are counted)
                        r"(?:^|(?<=[。;\n]))(?P<topic>[^,;。:]{2,12}?(?<![区县市镇乡村]))方面[,:]"
                        r"(?!(?:有|共|共有|为|达|计)?$)[^。;:,]*$")  # (其次是财政经济方面,有18件: a class's own count)


# a pollutant written in Latin letters right before its mean (PM2.5年均浓度, PM10日均浓度, COD年均浓度)
_POLLUTANT_BEFORE = regex.compile(r"(?:PM2\.5|PM10|COD|SO2|NO2|O3|CO)$", regex.IGNORECASE)
# after an age, a group of people of that age (60岁以上老人, 80岁的老人, 80多岁、耳朵不太好使的老人)
_GROUP_OF_AGE = regex.compile(r"(?:以上|以下|及以上|以内|左右)|[^。;,]{0,12}?老人")


_ROW_CHARS = 200  # the longest line a column table's row or header is looked for in
# the gap between a column table's cells, as a copied page keeps it (two spaces or more, or a tab)
_CELL = regex.compile(r"[^ \t\u3000\n]+(?: [^ \t\u3000\n]+)*")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _CELL.finditer(text, start, end)]


# a table row labelled by a class (A类(所提问题已经解决)  7件  58.3%): its figures count the class, not the column
_CLASS_ROW = regex.compile(r"[A-ZＡ-Ｚ甲乙丙丁]类")


def _row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A table row's cells, its label whole: a label spaced out (合    计) is one cell, and a label set one space
    from the first figure (其他乡镇(街道) 152.4公里) is a cell of its own."""
    cells = _cells(text, start, end)
    while len(cells) >= 3 and not regex.search(r"\d", text[cells[0][0]:cells[1][1]]) and cells[1][1] - cells[0][0] <= 12 \
            and cells[1][1] - cells[1][0] <= 2:  # (镇  名    户籍人口: the spaced label ends before the next header)
        cells[:2] = [(cells[0][0], cells[1][1])]
    if cells and (glued := regex.search(r"(?<=\D) (?=[约近]?[\d０-９])", text[cells[0][0]:cells[0][1]])) \
            and not regex.search(r"\d", text[cells[0][0]:cells[0][0] + glued.start()]):
        cells[:1] = [(cells[0][0], cells[0][0] + glued.start()), (cells[0][0] + glued.end(), cells[0][1])]
    return cells


# the first column's header of a table of indicators (指标名称, 项目, 主要指标)
_INDICATOR_COLUMN = regex.compile(r"(?:主要)?(?:指标|指标名称|项目|项目名称|名称)")


_ROW_NUMBER = regex.compile(r"[0-9０-９]{1,3}")


def _column_header(text: str, pos: int) -> str | None:
    """The header of the column a figure stands in, when its line is a table row set in columns (a label, then a
    figure in every other cell) and a header line of as many cells, none a figure, stands above its rows."""
    # a row is a short line: look for its ends nearby only (a page of one long paragraph stays linear)
    line_start = text.rfind("\n", max(0, pos - _ROW_CHARS), pos) + 1
    line_end = text.find("\n", pos, pos + _ROW_CHARS)
    if (line_start == 0 and pos > _ROW_CHARS) or (line_end < 0 and len(text) > pos + _ROW_CHARS):
        return None
    line_end = len(text) if line_end < 0 else line_end
    if "  " not in text[line_start:line_end] and "\t" not in text[line_start:line_end]:
        return None  # (prose: no column gaps; most figures stop here)
    cells = _row_cells(text, line_start, line_end)
    # a row number in its own first column (序号 / 1    南雄市人民政府    171票): the row's label is the next cell
    numbered = len(cells) >= 3 and bool(_ROW_NUMBER.fullmatch(text, cells[0][0], cells[0][1]))
    if numbered:
        cells = cells[1:]
    k = next((i for i, (a, b) in enumerate(cells) if a <= pos < b), 0)
    numeric = sum(1 for a, b in cells[1:] if regex.search(r"\d", text[a:b]))
    if len(cells) < 2 or k == 0 or regex.search(r"\d", text[cells[0][0]:cells[0][1]]) \
            or 2 * numeric < len(cells) - 1 or _CLASS_ROW.match(text, cells[0][0]):
        return None  # (A类(已经解决)  7件  58.3%: a class's row counts the class, whatever its column)
    every_cell = numeric == len(cells) - 1  # (规模以上工业总产值  持平  118.5亿元: an indicator's row may hold a word)
    # 积石镇  新建村(市级)  3个  412户  2860万元: label columns first (the town, then its village), then figures only
    first_figure = next((i for i, (a, b) in enumerate(cells) if regex.search(r"\d", text[a:b])), len(cells))
    every_cell = every_cell or (first_figure >= 2 and numeric == len(cells) - first_figure)
    above = line_start
    for _ in range(_TABLE_ROWS):
        if above <= 0:
            return None
        prev_start = text.rfind("\n", max(0, above - 1 - _ROW_CHARS), above - 1) + 1
        if prev_start == 0 and above - 1 > _ROW_CHARS:
            return None  # (a long line above: prose, no header)
        row = _row_cells(text, prev_start, above - 1)
        above = prev_start
        if not row:
            continue  # a blank line between the header and the rows
        if numbered:
            row = row[1:]  # (the header's 序号 over the row numbers, or a row's own number)
        if len(row) != len(cells):
            return None
        if not any(regex.search(r"\d", text[a:b]) for a, b in row):
            if _INDICATOR_COLUMN.fullmatch(text[row[0][0]:row[0][1]]):
                # 指标名称  年度目标  上半年完成 / 区级财政收入  增长5%  63.7亿元: a table of indicators, one per row;
                # the row's indicator is what its figures measure, the columns only when and how
                return text[cells[0][0]:cells[0][1]]
            if not every_cell:
                return None
            # (选 民: a header spaced out to its column's width is one word)
            header = _SPACE_IN_WORD.sub("", text[row[k][0]:row[k][1]])
            return None if header.startswith("其中") else header  # (其中绥滨地区: a part, named by its place)
    return None


def _table_intro(text: str, s_start: int) -> int | None:
    """Where to look for the topic of a table written one member per line: 40 characters before the line ending
    in a colon above this row, over the short rows between (宣州区 98名 / 郎溪县 43名); or, as a negative number,
    the end of a numbered heading right above the rows (一、…代表名额), which names the topic itself."""
    row_end = text.find("\n", s_start)
    row = text[s_start:row_end if row_end >= 0 else len(text)].strip()
    if (_long_cell(row) or any(ch in row for ch in ",;。")) and not _PLACE_LIST_ROW.fullmatch(row):
        return None
    k = s_start
    for _ in range(_TABLE_ROWS):
        line_start = text.rfind("\n", 0, max(0, k - 1)) + 1
        line = text[line_start:k].strip()
        if line.endswith(":"):
            return max(0, k - 40)
        if line and _NUMBERED_TOPIC.match(line) and not any(ch.isdigit() or ch in ",;。" for ch in line):
            return -(line_start + len(text[line_start:k].rstrip()))  # 一、…代表名额 / 济南市 579名: the heading's end
        if line and not any(ch.isdigit() for ch in line) and _TABLE_GROUP_LINE.fullmatch(line):
            k = line_start  # 张家界市(不换届) over its counties' rows, or …… where rows were left out: still the table
            continue
        if line and (_long_cell(line) or not any(ch.isdigit() for ch in line)
                     or any(ch in line for ch in ",;。")) and not _PLACE_LIST_ROW.fullmatch(line):
            return None  # (a row is a name and a figure; 1.张山村道路工程,420万元,赞成57票 is a sentence)
        if line_start == 0:
            return None
        k = line_start
    return None


# a numbered heading over a table's rows (一、各设区的市、县(市、区)新一届人民代表大会代表名额): what every row counts
_NUMBERED_TOPIC = regex.compile(r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\p{Han}")
_TABLE_ROWS = 120  # lines looked back over (blank lines count): a province's table of every county runs long
# a table's group heading (a city over its counties, 张家界市(不换届)) or an elision (……) between its rows
_TABLE_GROUP_LINE = regex.compile(r"[…\.·]{2,}|\p{Han}{2,10}(?:[(（][^()（）\n]{1,6}[)）])?")
_TABLE_ROW_CHARS = 24
# a row that lists places and their figures, under its prefecture's label (洛阳市:涧西区227名、嵩县237名;): a table's
# row written as a line of text
_PLACE_LIST_ROW = regex.compile(r"(?:\p{Han}{2,8}[:：])?(?:\p{Han}{2,12}(?:[(（]\p{Han}{1,6}[)）])?"
                                r"\d+(?:\.\d+)?\p{Han}{1,2}[、,，]?)+[;；。]?")


def _long_cell(row: str) -> bool:
    """A table row holds short cells, one or several set off by spaces (济南市504名 青岛市562名 淄博市423名)."""
    return max((len(cell) for cell in row.split()), default=0) > _TABLE_ROW_CHARS


# a table's topic line (各县(市、区)应选代表名额如下:): the rows below are that topic's
_AMOUNT_OF = regex.compile(r"的?(?:数量|个数|件数|总数)$")
_SET_AS = regex.compile(r"(?<=名额|人数|数量)(?:重新)?(?:确定|核定|分配|调整)$")
_LISTED_TABLE = regex.compile(r"(?P<topic>[^,;。:]{2,24}?)(?:的)?(?:如下|为|是)?:[^。;:]*$")


def _listed_topic(text: str, s_start: int, pos: int) -> str | None:
    """The noun phrase a colon list is about (`各县区家站分布情况为:利州区98个、…`)."""
    window_start = max(s_start, pos - 60)
    listed = _LISTED
    intro = _table_intro(text, s_start) if window_start == s_start or s_start == line_start(text, s_start) else None
    if intro is not None and intro < 0:
        topic, _ = _item_before(text, -intro, text.rfind("\n", 0, -intro) + 1)  # a numbered heading over the rows
        return clean_item(_quota_holder(text, _BY_PLACE.sub("", topic), -intro)) if topic else None
    search_end = pos
    if intro is not None:
        window_start, listed = intro, _LISTED_TABLE  # 应选代表名额如下:\n宣州区 98名\n郎溪县 43名: a table's rows
        if 0 <= (colon := text.rfind(":\n", intro, pos)):
            search_end = colon + 1  # (rows written as lines of text, 洛阳市:涧西区227名、嵩县237名;, end on ; and :)
    elif window_start == s_start and text[max(0, s_start - 40):s_start].rstrip().endswith(":"):
        window_start = s_start - 40  # 分区县名额依次为:\n万州区35名,…: a line ending in a colon opens the list below
    m = listed.search(text, max(0, window_start), search_end)
    if not m:
        return None
    end = m.end("topic")
    if (amount := _AMOUNT_OF.search(text, m.start("topic"), end)) is not None and amount.start() > m.start("topic") + 1:
        end = amount.start()  # 各自治州单行条例的数量分别是: the rows count the regulations, not 数量
    if (setting := _SET_AS.search(text, m.start("topic"), end)) is not None and setting.start() > m.start("topic") + 1:
        end = setting.start()  # 现将其代表名额重新确定如下: what was set, not the setting
    topic, _ = _item_before(text, end, m.start("topic"))
    topic = _BY_PLACE.sub("", topic or "")  # (分区县名额: the quota, listed by county)
    return clean_item(_quota_holder(text, topic, m.end("topic"))) if topic else None


# whose a quota is, written before it (常委会组成人员应有的名额, 人大代表的名额): the genre's two kinds of seat
_QUOTA_HOLDER = regex.compile(r"(?P<holder>(?:人大)?常委会组成人员|(?:[省市州县区乡镇]级?)?人大代表|代表|委员)"
                              r"(?:应有|应当有|应|所)?的?名额")


def _quota_holder(text: str, topic: str, end: int) -> str:
    """名额 alone names no seat: 就其人大常委会组成人员应有的名额作如下确定 lists the committee's seats."""
    if topic != "名额":
        return topic
    holder = _last_match(_QUOTA_HOLDER, text, max(0, end - 30), end)
    return holder.group("holder") + "名额" if holder else topic


# a topic listed place by place (分区县名额, 各乡镇联络站): the places are whose, the rest is what
_BY_PLACE = regex.compile(rf"^(?:(?:分|各|按)(?:{_PLACE_KINDS})"
                          r"(?:、(?:县|区|市|镇|乡|街道))*(?:具体)?|(?:县|区|市|镇|乡)?具体)(?=\p{Han}{2})")
# (各区、县具体名额, cut at its 、 to 县具体名额: the quota)


# a size said of the thing after 的 (一条长860米的排水涵洞), not of a verb's object (种植50亩以上的农户)
_MEASURED_BEFORE = regex.compile(r"(?:长|宽|高|深|面积|占地|全长|总长|一条|一座|一处|一片)(?:约|达|为|近|超过)?$")
_MEASURES = {"米", "公里", "千米", "平方米", "平方公里", "亩", "公顷", "吨", "公斤", "立方米"}
_LAND_USE_BEFORE = regex.compile(r"(?P<part>规划|一期|二期|总)?占地(?:面积)?(?:约|达|近|超过|为)?$")
_CLASS_WORDS = "类|方面|领域"  # what names a class or topic of a total (经济发展类, 城乡建设方面)
_CLASS_WORD = regex.compile(_CLASS_WORDS)
# a class named before a kind (其他方面意见, 城乡建设类建议): the kind alone is after it
_CLASS_PREFIX = regex.compile(rf"\p{{Han}}{{1,12}}?(?:{_CLASS_WORDS})的?")
# a headless count in the first clause of its sentence (。其中代表现场解答的96条): the total the classes shared
_FIRST_CLAUSE = regex.compile(r"[^,，;；:：]*")
_CLASS_LETTER = regex.compile(r"[A-D甲乙丙丁]类?")  # a class named by its letter alone (A类238件: item A)


# adverbs that open a predicate, never a noun (其余6个正在按计划推进, 1件正在收尾, 7项提前完成全年目标)
_PREDICATE_ADVERBS = ("正在", "正", "已", "尚", "仍", "还", "提前")


def _described_part(text: str, s_start: int, end: int) -> str:
    """The clause that describes a part, from its clause's start (after 其中) to its 的 (…,其中配备专职人大主席的仅41个)."""
    clause = regex.split(r"[,，;；:：]", text[s_start:end])[-1]
    return regex.sub(r"^(?:其中|另有|已有|有)", "", clause)


def _kind_in_sibling_unit(recent: _Recent, unit: str) -> str | None:
    """106个项目…主要靠本级财政投入的有61项; 18名考生…90分以上的有7人: projects are counted in 个, 项 and 件 alike,
    people in 名, 人 and 位, so a headless count in another unit of the same set still counts the projects or the
    people the paragraph named."""
    for units, heads in _SIBLING_UNITS:
        if unit in units:
            return next((kind for u in units if u != unit and (kind := recent.paragraph_by_unit.get(u))
                         and (kind.endswith(heads) if heads else _ends_with_people(kind))), None)
    return None


# units that count the same things, and the heads a kind must end with to pass between them (people: any people noun)
_SIBLING_UNITS = ((("个", "项", "件"), ("项目", "实事", "工程")), (("名", "人", "位"), ()))


# a count with no noun, then 、, a verb and another count in the same measure word (任命5名、免去3名…人员)
_SHARED_AHEAD_UNITS = ("名", "人", "个", "座", "所", "处", "件", "项", "条", "家")
_NOUN_AHEAD = regex.compile(r"、(?:决定)?(?P<verb>\p{Han}{2})[0-9]{1,4}(?P<unit>" + "|".join(_SHARED_AHEAD_UNITS) + ")")
_OFFICE_VERBS = ("任命", "免去", "免除", "撤销", "接受", "批准")


def _a_verb(word: str) -> bool:
    """A verb of the genre or of jieba's (任命 and 新建, which jieba's dictionary tags n and ns)."""
    return word in ACTION_VERBS or word in _OFFICE_VERBS or word_tag(word) == "v"


# a class named by its letter in brackets before its count (解决的(A类)有178件, 逐步解决(B类)的有134件)
_BRACKETED_CLASS = regex.compile(r"\((?P<letter>[A-D甲乙丙丁])类\)的?(?:有|为|共|计|共有)?$")


_LINKING_AT_END = regex.compile(r"(?:可|能|达到?|为|是|有)+$")  # (日均可分拣|快递包裹: a modal or copula, no part)


def _after_per_head(text: str, s_start: int, pos: int, per: str) -> str | None:
    """The words between a bare per-head word and its figure (日均|骑行约|4200人次), without the qualifier."""
    at = text.rfind(per, max(s_start, pos - 12), pos)
    if at < 0:
        return None
    words = _without_qualifier(text[at + len(per):pos])
    words = _LINKING_AT_END.sub("", words)
    return words if regex.fullmatch(r"\p{Han}{2,6}", words) else None


def _class_of_kind(cls: str, unit: str, recent: _Recent, before: str = "") -> str:
    """A class of proposals named by its letter alone (其中A类80件, (A类)有178件) is that class of the papers just
    counted, named by their head as reports and annotators name it: A类建议 (of 代表建议 or 建议、批评和意见 alike); a
    share of it (约占33.33%) is of the class just counted. The papers the sentence sorts (主办建议中,A类18件;主办提案中,
    A类10件) come first."""
    letter = cls[0] + "类"
    if unit in _RATE_UNITS:
        return recent.last if recent.last and recent.last.startswith(letter) else letter
    sorted_papers = _last_match(_PAPERS_SORTED, before, 0, len(before))
    kind = sorted_papers.group("kind") if sorted_papers else _no_class(recent.latest_by_unit.get(unit)) or ""
    head = next((h for h in _PAPER_HEADS if h in kind), None)
    return letter + head if head else letter


_PAPER_HEADS = ("建议", "提案", "议案")  # (建议、批评和意见: 建议 first)
# the papers counted before, taken up again in a new paragraph (这些建议中…类最多,有186件)
_THESE_PAPERS = regex.compile(r"(?:这些|上述|以上|所有)(?:建议|提案|议案)")
# the papers a sentence sorts into classes (主办建议中,A类18件): among them, then a comma
_PAPERS_SORTED = regex.compile(r"(?P<kind>\p{Han}{0,8}?(?:建议|提案|议案))中[,，:：]")
# a class of papers named by a quality (综合性议案, 政策性建议): a sibling of the classes listed with it
_KIND_OF_PAPER = regex.compile(r"^\p{Han}{1,3}性(?=议案|建议|提案)")


def _no_class(kind: str | None) -> str | None:
    """A kind that is no class of another (C类17件 names a class; the handlers after it handled the whole)."""
    return None if not kind or _CLASS_WORD.search(kind) or _CLASS_LETTER.fullmatch(kind) else kind


# a ranking between a class and its count (道路建设类最多,有12件)
_RANKED = r"(?:(?:数量|件数|数)?(?:最多|居多|居首|最少|次之|其次),?)?"  # (城建环保类数量最多,有38件)
# what may stand between a class and its count (涉及…方面的86件, 各…方面分别有, 教科文卫方面同样是48件)
_CLASS_TO_COUNT = r"(?:,?(?:同样|也|亦)?(?:各|共|均|分别|有|为|是)|的(?:有)?)?"
_CATEGORY = regex.compile(rf"[\p{{Han}}](?:{_CLASS_WORDS}|代表团){_RANKED}{_CLASS_TO_COUNT}$")
_STATUS_PART = regex.compile(r"(?:其中|目前|截至目前)?(?P<status>(?:已|正在|尚未|暂时|暂未|未|列入|纳入|能够|已经)"
                            r"[^,;。的\d]{1,10}?)的(?:有|共|达|为)?")
# a part of proposals by the plan it was placed in (列入年度计划解决的建议): the verb stays with its clause
_PLACED_PART = regex.compile(r"(?:列入|纳入)[^,;。的\d]{1,10}的\p{Han}{2}")
# who proposed them, at the head of a kind (区人大代表建议, 代表意见建议): a judgement of the kind names the
# proposals judged, not their proposers (满意建议, 基本满意建议). (Classes keep the whole kind: annotators write
# both 城建环保类建议 and 代表建议 for them, so neither form is surer.)
_PROPOSERS = regex.compile(r"^(?:\p{Han}*?代表|全团|联名)(?=建议|意见建议|议案|意见$)")  # (全团建议: the delegation's own)


# the whole the classes are of, named as the sentence's topic before them (收到的议案里,城建环保类最多)
_HELD_KIND = regex.compile(r"(?:的|(?<=\d)[件条项])(?P<kind>\p{Han}{2,6}?)(?:里|中|当中)[,,]")  # (这84件建议和意见中,)


def _held_kind(text: str, s_start: int, pos: int) -> str | None:
    """本次会议收到的议案里,城建环保类数量最多,有38件: the sentence names what its classes divide before them."""
    held = _last_match(_HELD_KIND, text, max(s_start, pos - 40), pos)
    return held.group("kind") if held else None


def _framed_papers(text: str, pos: int, carried: str | None) -> str | None:
    """从全部建议的分布看,工业、能源和投资方面最多: the papers the paragraph's frame says its classes divide, unless
    what was carried is already of that kind (意见建议 under 从建议内容看)."""
    frame = _SEEN_BY.match(text, line_start(text, pos))
    kind = _LEADING_NOISE.sub("", frame.group("kind")) if frame else None  # (全部建议: 建议)
    return kind if kind in ("建议", "议案", "提案") and not (carried or "").endswith(kind) else None


def _without_proposers(kind: str) -> str:
    return _PROPOSERS.sub("", kind) if kind else kind


def _status_part(text: str, s_start: int, pos: int) -> str | None:
    clause = _AFTER_LAST_BREAK.search(text, max(s_start, pos - 20), pos)
    m = _STATUS_PART.fullmatch(clause.group())
    if m and m.group("status").startswith("已") \
            and (first := _STATUS_BEFORE_FOLLOW_UP.search(text, max(s_start, clause.start() - 24), clause.start())):
        # 因条件限制暂时难以解决、已向代表作出说明的12件: the status is the first part; the second says what was
        # done about it (every such part is explained to its deputies)
        return first.group("status")
    return m.group("status") if m else None


# the status before a follow-up joined by 、 (受条件限制暂时难以解决、|已向代表解释说明的)
_STATUS_BEFORE_FOLLOW_UP = regex.compile(r"(?P<status>(?:暂时|暂未|尚未|目前)?(?:难以|无法|不能|未能)[\p{Han}]{1,6}?)、$")


# a band of points given a grade (…的评为五星级, …为基本满意) and the score it bands, named before in the sentence
_GRADED_AS = regex.compile(r"的?(?:评为|评定为|定为|为)")
_SCORE_WORD = regex.compile(r"\p{Han}{0,2}?(?:考核|评价|测评)?(?:得分|总分|分数|成绩)")
# the work money is spent on, in the clause after it (投入25万元,创建新型社区治理试点1个)
_SPENT_ON = regex.compile(r"[,，][\p{Han}、]{0,24}?(?:创建|建设|打造|新建|改造|实施|开展|建成|建起|举办|设立)了?"  # (,在台湾街设立两岸融合议事厅)
                          r"(?:[一二三四五六七八九十两\d]+[期批次个所座处项])?(?P<what>\p{Han}{2,14}?)(?=[\d,，;；。、]|$)")


def _spent_on(text: str, end: int, s_end: int) -> str | None:
    m = _SPENT_ON.match(text, end, s_end)
    return m.group("what") if m else None


# a party counted before the verb of its going (一行12人来到…): the group it names, else the party itself
_GOING_WORDS = ("来到", "来", "前往", "赴", "到")
_PARTY_BEFORE = regex.compile(r"(?P<group>(?:考察|调研|观摩|检查|视察|学习|工作)(?:团|组))?一行[ \t]*$")
def _what_took_so_long(text: str, s_start: int, pos: int) -> str | None:
    """The act or thing a bare 时长 measures: the word glued before it (授课时长), or the noun phrase that closes the
    clause before its comma (…专题警示教育片,时长约40分钟)."""
    at = text.rfind("时长", max(s_start, pos - 12), pos)
    if at <= s_start:
        return None
    if text[at - 1] in ",，":
        thing, verb_between = _item_before(text, at - 1, s_start)
        # (这次考试以笔试形式进行,时长90分钟: a clause closing on its verb names no thing that lasted)
        return thing + "时长" if thing and not verb_between and text.endswith(thing, s_start, at - 1) else None
    words = _tokens(text[max(s_start, at - 6):at])
    return words[-1][0] + "时长" if words and len(words[-1][0]) >= 2 and words[-1][1][:1] in ("v", "n") else None


# a crop's or a herd's output written without it (年产量, 出栏量): the product named before the measure in its clause
# (全镇马冈鹅年出栏量), else the crop or animal whose area the clause before measured (蜜柚种植面积65万亩,年产量…)
_OUTPUT_WORDS = ("产量", "年产量", "总产量", "出栏量", "年出栏量", "存栏量", "年存栏量")
_OUTPUT_LEAD = regex.compile(r"^(?:全[县市区镇乡村州旗]|当地|全年|今年|去年|明年|当年|每年|目前|预计|现在)+")
_AREA_OF_PRODUCT = regex.compile(r"(?P<what>\p{Han}{1,6}?)(?:种植|养殖)面积[^,，;；。:：\n]{0,12}$")


def _product_of_output(text: str, s_start: int, pos: int, item: str) -> str | None:
    """The crop or herd whose output `item` (年产量, 出栏量) measures: the words before it in its clause, else the
    crop whose area the clause before measured."""
    at = text.rfind(item, s_start, pos)
    if at < 0:
        return None
    clause = max(s_start, max(text.rfind(ch, s_start, at) for ch in ",，;；:：、") + 1)
    before = _OUTPUT_LEAD.sub("", text[clause:at])
    if before:  # (马冈鹅年出栏量: the year stays the measure's, as written; 羊的存栏量: the particle goes)
        product = before.removesuffix("的")
        bare = product.removesuffix("年")
        if 1 <= len(bare) <= 6 and regex.fullmatch(r"\p{Han}+", product) and not _NO_PRODUCT_OPENING.match(product) \
                and not _only_a_verb(bare):
            return product
        return None
    if clause <= s_start or text[clause - 1] not in ",，":
        return None
    area = _AREA_OF_PRODUCT.search(text, s_start, clause - 1)
    return (_OUTPUT_LEAD.sub("", area.group("what")) or None) if area else None


# a basis or a preposition, never a product (每亩产量, 把出栏量提高到…)
_NO_PRODUCT_OPENING = regex.compile(r"[每亩把将对让使为]")


# a site or work named in a sentence (…物流园区项目, …公路扩建工程, 绿道, …海塘): what a bare measure after it is of
_SITE_NAMED = regex.compile(r"(?P<what>\p{Han}{0,12}?(?:项目|工程|产业园|物流园|园区|公园|基地|管廊|公路|道路|绿道|海塘|大桥|主干道))"
                            r"(?=[^\p{Han}]|由|是|以|拟|位于|建成|总投资|计划|正在|一期|二期|于|共|累计|投入|全长|总长)")
_POINTING_WORD = regex.compile(r"^(?:其中|该|这个|这条|这|此)")
_LENGTH_WORDS = ("全长", "总长", "全程")  # (a length, not what is that long; 长度 stays: 在我市境内的长度)
# what a length word measures: the clause's noun right before it, after a demonstrative (这条便道全长)
_MEASURED_BEFORE_LENGTH = regex.compile(r"(?:^|(?<=[,，;；:：。、\n]))(?:这条|这段|该|此|其)?(?P<what>\p{Han}{2,16})$")
# a kind said to rank first, then its count (规划建设方面的建议数量居首,共352件; 涉及交通的建议最多,有38件)
_RANKS_FIRST = regex.compile(r"(?:^|(?<=[,，;；:：。\n]))(?:其中|从内容(?:分布)?看,?)?(?P<what>\p{Han}{2,20}?)(?:的)?(?:数量|件数)?"
                             r"(?:居首|位居第一|居第一|排第一|排名第一)[,，]?(?:共|有|达|为)?$")
# (涉及…的最多,有124件; …超过亿元的仅19家)
_HEADLESS = regex.compile(r"[\p{Han}]的(?:最多|居多|最为集中|较多)?[,，]?(?:共|达|有|仅有?|只有)?$")
# the class named right before a figure, from its clause's start (政务服务及其他类15件 -> 政务服务及其他类)
_CATEGORY_NAME = regex.compile(rf"(?:^|(?<=[,;:、。\n]))(?:其中|另有|其次(?:是|为)?|再次(?:是|为)?|(?:数量)?最多的(?:是|为)?)?"
                               rf"(?:涉及|属于)?"
                               rf"(?P<name>\p{{Han}}(?:\p{{Han}}|、(?=\p{{Han}})){{0,23}}?(?:{_CLASS_WORDS}))"
                               rf"{_RANKED}{_CLASS_TO_COUNT}$")  # (其次是财政经济方面,有18件)
# a count of classes right before the figure (4大类|19项问题): no class's name, a count of the same things
_CLASS_COUNT = regex.compile(r"[0-9０-９一二三四五六七八九十]+(?:大?类|个方面)$")  # (5个方面|17个问题: parts, not a class)
# the figure of the parts right after a count of classes (5大类|共17个|重点民生实事项目)
_PARTS_AFTER = regex.compile(r"共?[0-9０-９]+(?:项|个|件|条)")
# the last class of a list, written without its class word (其他13件 after 经济发展类41件、…)
_OTHER_CLASS = regex.compile(r"(?:^|(?<=[,;:、。\n]))其他的?$")
_CATEGORY_PREFIX = regex.compile(rf"^[\p{{Han}}、和及]{{1,16}}(?:{_CLASS_WORDS})")  # (a kind carried from another class)
# a noun phrase that names a category, a unit of the administration or a standard, not a thing counted
# a group numbered within its unit (高州第二小组18次, 茂南第三组12次): whose figure, in a breakdown, not what
_NUMBERED_GROUP = regex.compile(r"第[一二三四五六七八九十\d]{1,3}(?:代表)?小?组$")
# the kind of raised thing an item counts, as the genre names a part's or a share's base (重点建议, 建议、批评和意见 ->
# 建议; 意见建议 stays whole)
_RAISED_BASE = regex.compile(r"意见建议$|建议(?=、?批评和意见$)|(?:建议|议案|提案|意见|问题|诉求)$")
_TOPIC_LIST_OPEN = regex.compile(r"其中(?:涉及|关于|有关)?")


def _topic_of_raised(text: str, s_start: int, c: QuantityCandidate, before: str, carried: str) -> str | None:
    """收集意见建议27条,其中涉及道路交通9条、农田水利7条: a bare topic in a 其中 list of the raised things just
    counted names the topic's part of them (道路交通意见建议), so the part keeps what it is a part of; a member with a
    kind of its own (…类建议, 其他方面, 政协委员提案) is left to the rules for kinds and classes."""
    if c.unit not in ("件", "条") or not (kind := _RAISED_BASE.search(carried)) or not text.endswith(before, s_start, c.start):
        return None
    opened = None
    for m in _TOPIC_LIST_OPEN.finditer(text, s_start, c.start):
        opened = m
    if opened is None or text.find(kind.group(), s_start, opened.start()) < 0:
        return None  # (the whole is counted before the 其中 in the same sentence)
    listed = text[opened.end():c.start]
    if regex.search(r"[,，;；。:：]", listed):
        return None  # (a clause of its own between: no list of topics)
    topic = listed.split("、")[-1]
    if not 2 <= len(topic) <= 8 or topic != before or _CLASS_WORD.search(topic) or _RAISED_BASE.search(topic) \
            or _NOT_A_THING.search(topic) or not regex.fullmatch(r"\p{Han}+", topic):
        return None
    return topic + kind.group()


# a kind of unit, not a named one (其中县级市3个、自治县7个): the part is counted by its kind, which is its item
_UNIT_KIND = regex.compile(r"县级市|地级市|自治县|自治旗|自治州|市辖区|县级区")
# a government body named with its place (昆明市检察院, 县住建局, 区人民政府): who did or handled something, never the
# thing counted
_NAMED_BODY = regex.compile(r"(?:\p{Han}{0,6}[省市县区州旗盟])\p{Han}{0,8}?(?:检察院|法院|局|厅|人民政府|政府|委员会)")
_BODY_BUILT = regex.compile(r"(?:建成|建设|建立|新建|设立|打造|创建|培育|挂牌)$")
_SESSION_LABEL = regex.compile(r"(?:^|(?<=[,，;；、]))第?[一二三四五六七八九十]{1,3}次(?:会议|全会|全体会议)(?:期间|上)?$")
_NOT_A_THING = regex.compile(r"(?:类|[^大]市|县|旗|[^社地城园辖小景片校库矿选]区|(?<!国家|行业|团体|地方|企业)标准|[^城村集]镇|[^城]乡|街道)$")
# (国家标准1项、团体标准5项: a standard an issuer publishes is a document, a thing counted; 标准 alone is a rate)
_PART_AMONG_AFTER = regex.compile(r"(?<=\p{Han}{2})中(?=所提|所反映|涉及)")  # (建议中所提问题: among the papers)
# a verb + 中 is the act in progress (办理中, 解决过程中), not "among" a group
_IN_PROGRESS = "办理|进行|实施|建设|推进|解决|落实|协调|施工|审查"
# …中(已/仍/只…)有 right before a figure: the figure is a part of the pool named before 中
# (中 as the locative after a group's name, not inside 集中, 其中, 过程中, 办理中; 当中 and 之中 as well)
_POOL_TAIL = regex.compile(rf"(?<=\p{{Han}}[\p{{Han}})）])(?:当中|之中|(?<![集其当空手家])(?<!过程|进程|{_IN_PROGRESS})中)[,，]?"
                           r"(?:已|已经|目前|现|仍|仍然|还|尚|只|仅|另|也)?(?:有|共有)(?:约|近|超过)?$")


# there are (still) N of what was named before (养殖场仍有130多户, 村中尚有5户)
_EXISTENTIAL_BEFORE = regex.compile(r"(?:仍|还|尚|共|另)有(?:约|近|超过)?$")


# a span of time's closing word (今年以来, 汛期期间): a phrase that holds one runs across when into what
_SPAN_OF_TIME_END = r"以来|期间"
_SPAN_OF_TIME_INSIDE = regex.compile(_SPAN_OF_TIME_END)
_SPAN_OF_TIME_FIRST = regex.compile(rf"^\p{{Han}}{{0,4}}?(?:{_SPAN_OF_TIME_END})")


# a sentence that opens on a counted pool (在全市列统考核的16项指标中,): its later parts in that measure are of it
_POOL_OPENS_SENTENCE = regex.compile(r"[ \t\u3000]*(?:在|从)?(?:[^,，;；。:：\d]{0,12}?的)?[0-9０-９]+(?P<unit>[项个件名家所条])"
                                     r"(?P<pool>\p{Han}{2,10}?)(?:当)?中[,，]")


def _pool_before(text: str, s_start: int, pos: int, unit: str) -> tuple[str, bool] | None:
    """(the pool a part is counted among, whether the pool was counted in the part's own measure word):
    173所卫生室中,已有158所接入… (卫生室, True); 全县乡村学校中有38所存在… (全县乡村学校, False)."""
    tail = _POOL_TAIL.search(text, max(s_start, pos - 12), pos)
    if tail is None:
        return None
    counted = regex.search(rf"(?<=\d{regex.escape(unit)})\p{{Han}}[\p{{Han}}()（）]{{1,9}}$", text[max(s_start, tail.start() - 12):tail.start()])
    if counted:
        return counted.group(), True  # (28名组成人员中: the whole phrase after the count, whatever jieba tags 组成)
    if unit.endswith("元"):
        return None  # 年初预算中有3.42亿元待分配资金: money in a budget is named after the sum, not by the budget
    pool, _ = _item_before(text, tail.start(), s_start)
    if not pool or pool in _PLACE_WORDS or _only_a_verb(pool):
        return None
    return pool, False
_AMONG_THOSE = regex.compile(rf"(?<=[\p{{Han}}]{{2}})(?<![集其当空手家程])(?<!{_IN_PROGRESS})中(?![{_NOT_AMONG}])[^,;。\d]{{1,14}}的(?:共|达|有)?$")
# things done to what is counted that may be counted themselves, by events (开展视察3次, 走访120人次)
ACTIVITIES = {"走访", "视察", "调研", "培训", "接待", "检查", "督办", "审议", "听取", "宣讲", "座谈", "评议", "询问",
              "慰问", "巡查", "执法检查", "专题询问", "票决", "汇报", "专题汇报"}
_ACTIVITIES_LONGEST_FIRST = sorted(ACTIVITIES, key=len, reverse=True)
_ADVERBS = regex.compile(r"^(?:正在|已经|已|暂时|无法|尚未|未|正|均|全部|基本|逐步|及时|共|累计|先后|"
                         + "|".join(_PLAN_ADVERBS) + ")+")


_TOTAL_VERBS = ("共计", "合计", "累计", "总计")  # (a total: 累计金额 is no kind of amount)


def _verb_measure(text: str, s_start: int, pos: int, head: str) -> str:
    """征收|面积约2.41万平方米: a two-character verb right before 面积 says which area it is (使用面积, 改造面积);
    before 金额 it says which amount (整改金额, 审减金额, 涉及金额: the genre's own verbs, which jieba may not know,
    so any two characters that open the clause; audit reports name the amount so), a total excepted. Other money
    keeps its noun (涉及资金)."""
    if head not in ("面积", "建筑面积", "金额"):
        return head  # (改造建筑面积约58.3万平方米: the verb names which building area too)
    window_start = max(s_start, pos - len(head) - 8)
    # (种植面积发展到2600余亩: a verb of growing may stand between the measure and its figure)
    m = regex.search(rf"(?P<verb>\p{{Han}}{{2}}){regex.escape(head)}(?:\p{{Han}}?|(?:发展|扩大|增加|提高|达)到)$",
                     text[window_start:pos])
    if not m or m.group("verb") in _COPULAS or (head == "金额" and m.group("verb") in _TOTAL_VERBS):
        return head
    verb_start = window_start + m.start("verb")
    opens_clause = verb_start == s_start or text[verb_start - 1] in _PUNCT_CLAUSE
    if (word_tag(m.group("verb")) or "").startswith("v") or (head == "金额" and opens_clause):
        return m.group("verb") + head
    return head


# the people a body organised or invited to an act, then the act, right before a count of people
# (who: 驻区省、市人大代表 lists levels with 、; the act: a list of activities, or acts counted in times first,
# 走访调研、座谈交流260余次、)
_WHO = r"(?P<who>(?:[^,;。、\d]|(?<=[省市县区乡镇])、(?=[省市县区乡镇])){0,10}?(?:代表|委员|干部|组成人员))"
_ORGANISED = regex.compile(r"(?:组织|邀请|动员|安排|(?<=[,;。:\n])(?:全[区县市镇乡旗州盟]|我[区县市镇乡旗])?)" + _WHO +
                           r"(?P<act>(?:进站|进家|入站|进家入站|进家站)?(?:履职|接待)|(?:参加|参与|开展)[^,;。\d]{1,20}?|"
                           r"(?<=组织[^,;。、\d]{0,10})[^,;。\d]{2,16}?(?=[\d]+[余多]?(?:次|场次|场|批次)、))"
                           r"(?:[\d]+[余多]?(?:次|场次|场|批次)、)?(?:达|共|累计|不少于|超过|约)?$")
# deputies met or heard, right before the count of those meetings (与代表面对面沟通, 与领衔代表面商沟通, 代表发言)
_MET_WITH = regex.compile(r"(?:(?:与|同|和)(?P<act>[^,;。:\d与同和]{0,8}?(?:代表|委员)(?:(?:面对面|面商|当面|见面)?"
                          r"(?:沟通|交流|座谈|对接)|见面))|(?P<act>(?:代表|委员|口头|书面)?发言))(?:达|共|累计|约)?$")
# (代表们累计发言186人次, 大会安排口头发言12人次: the speeches are counted, whoever gave them)
# a clause of taking part with no subject, right before a count of person-times (…,参加执法检查、视察等活动)
_JOINED = regex.compile(r"(?<=[,;])(?P<act>(?:参加|参与|开展)[^,;。\d]{1,20}?)(?:达|共|累计|约)?$")
_ORGANISED_WHO = regex.compile(r"(?:组织|邀请|动员)" + _WHO)


# who was trained, earlier in the sentence (对选民登记人员逐级开展培训, 组织联络站站长和联络员集中培训, 举办代表履职培训班)
_TRAINED = regex.compile(r"(?:对|组织|举办|为)(?P<who>[^,;。、\d]{1,12}?(?:代表|委员|干部|人员|骨干|站长|联络员|主席|"
                         r"群众|农民|党员|教师|职工))(?:进行了?|开展了?|参加了?|逐级开展|集中|分批|专题)*"
                         r"(?P<kind>[^,;。\d培]{0,4}?)培训")
# …then the count of those trained (共培训1600余人次, 培训5批、1100余人次)
_TRAINED_COUNT = regex.compile(r"培训(?:[\d一二三四五六七八九十]+(?:期|批|场|次)、)?(?:达|共|累计|约)?$")


def _last_match(pattern: regex.Pattern, text: str, start: int, end: int):
    """The last match of pattern in text[start:end] (a bounded window: no scan of a long sentence per figure)."""
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


# nouns for a state of affairs, the object an inspection or a survey looks at (推进情况, 建设进度)
_STATE_NOUNS = ("情况", "进展", "进度", "成效")


def _activity_before(text: str, s_start: int, pos: int, obj: str) -> str | None:
    clause = _AFTER_LAST_BREAK.search(text, s_start, pos).group()
    if obj.endswith("活动"):
        # 集中视察、专题调研等活动14次: 活动 is the head the activities name; 开展接待活动1次: the one right before
        # it names which (接待活动)
        head = clause[:clause.rfind(obj)] if obj in clause else ""
        named = next((a for a in _ACTIVITIES_LONGEST_FIRST if head.endswith(a)), None)
        return named + obj if named else None
    k = clause.rfind(obj)
    if k <= 0:
        return None
    head = clause[:k]
    for activity in _ACTIVITIES_LONGEST_FIRST:
        j = head.rfind(activity)
        between = head[j + len(activity):] if j >= 0 else ""
        if j >= 0 and len(between) <= 8 and (obj.endswith(_STATE_NOUNS) or not any(v in between for v in ACTION_VERBS)):
            return activity  # 走访农户和企业150余次: the objects between the activity and the number
            # (视察项目推进情况16次: a verb inside a state of affairs is no act of its own)
    return None


def _never_an_item(item: str, headless: bool) -> bool:
    """Not a noun phrase: a qualifier, a plan word, half a sentence, or a bare predicate (unless a headless
    relative clause stands before the figure, `已解决和正在解决的占90%`, whose verb is the best name left)."""
    return (item in _BETWEEN_WORDS or item in _ITEM_STOP_WORDS or item in _PLAN_WORDS or item in _NOT_ITEMS
            or (item[:1] in "余多几" and lookup(item[1:]) is not None)  # 30余|本: another figure's tail
            or item in _ADVERB_NOUNS or item in _LOCATIVES or item in _PLACE_WORDS or item in CHANGE_WORDS
            or len(item) > 12 or (_only_a_verb(item) and not headless) or _names_a_unit(item))


# a negation or modal verb alone (有6项未获通过, 另有3家未能上星): how the clause goes on, never what is counted
_AUXILIARIES = {"未获", "未能", "不能", "没有", "无法", "尚未", "未被", "不得", "能够", "可以", "应当"}
# how much of a whole (24件已经全部办结): a quantifier, never what is counted
_QUANTIFIER_WORDS = {"全部", "所有", "全体", "大部分", "大多数", "多数", "少数", "一些", "部分"}


_RARE_WORD_FREQ = 10  # (jieba's dictionary counts: a person's name is rare or absent; 养老金 99, 高新区 270)


# a breakdown of money by where it came from (其中区人大常委会补助2万元、街道财政安排5万元、…单位赞助1.6万元)
_SOURCES_LISTED = regex.compile(r"其中[^。;；]*?(?:补助|补贴|安排|投入|赞助|出资|筹集|自筹|配套|拨付|奖补|捐赠|捐助)"
                                r"[0-9０-９.．]+(?:多|余)?万?元[、,，]")


# what counts terms served or editions held (连任3届, 连续两届, 已举办40余届, 担任了3届)
_TERMS_SERVED = regex.compile(r"(?:连任|连续|担任|当选|举办|举行|历经|先后|累计|已经?|共|了)(?:了)?$")


def _spender(before: str) -> bool:
    """Who spends the money, never what it is: a body (镇政府, 县人大常委会) or a person (巩志军打算再投入150万元)."""
    if _AGENT.search(before):
        return True
    # (jieba tags a whole name nr, or only its surname: 巩|志军; a common word it tags nr is no name: 养老金)
    return 2 <= len(before) <= 3 and before[0] in surnames() and tagged(before)[0][1] in ("nr", "nrfg") \
        and word_freq(before) < _RARE_WORD_FREQ


# (1094个乡、27个镇均召开了…: an adverb over all of them may close the count as a stop would)
_LEVEL_COUNTED = regex.compile(r"(?P<level>[县区市镇乡村旗州])(?=[、,，;；和及与。]|均|都|全部|分别|$)"
                               r"(?![、和][县区市镇乡村][两三]?级)")  # (not 3个区、镇两级项目)


def _counted_level(text: str, c: QuantityCandidate) -> str | None:
    """3个县、1个区 (the level's character ends its clause), or 临县、兴县、石楼县3个县新增… (the list before the count
    ends with the same character): the units counted are of that level."""
    if m := _LEVEL_COUNTED.match(text, c.end):
        return m.group("level")
    after = text[c.end:c.end + 1]
    return after if after and after in "县区市镇乡村旗" and text[c.start - 1:c.start] == after else None

# a table set one cell per line, each cell closed by a bar (党员数 | / 7849人 | / +2.69% | / |): a row ends at a bare bar
_CELL_LINE = regex.compile(r"[ \t]*[+\-]?(?P<cell>[^|\n]*?)[ \t]*\|[ \t]*$")
_CELL_ROWS_BACK = 4  # (a row's label sits at most a few cells above its figures)


def _cell_label(text: str, c: QuantityCandidate) -> str | None:
    """The label cell of the row a figure's own cell belongs to: the nearest cell above with no digit in it, within
    the row (rows end at a bare `|` line)."""
    start = line_start(text, c.start)
    end = text.find("\n", c.end)
    cell = _CELL_LINE.fullmatch(text, start, len(text) if end < 0 else end)
    if cell is None or cell.group("cell").lstrip("+-降增") != text[c.start:c.end]:
        return None
    pos = start
    for _ in range(_CELL_ROWS_BACK):
        if pos == 0:
            return None
        above_start = line_start(text, pos - 1)
        above = _CELL_LINE.fullmatch(text, above_start, pos - 1)
        if above is None or not above.group("cell"):
            return None  # the row's start (a bare bar), or no table
        if not any(ch.isdigit() for ch in above.group("cell")):
            return clean_item(above.group("cell"))
        pos = above_start
    return None


_FORMULA_TERM = regex.compile(r"[\dA-Za-z一二三四五六七八九十]\+")  # (1+7, N+X: a term, then the plus)
_TWO_DIGITS = regex.compile(r"[1-9]\d")
# (按计划 alone, 依法关闭退出21座: how it was done; not 按期答复率, a rate named by its manner)
_MANNER_PHRASE = regex.compile(r"(?:按照?|依照|遵照)(?:计划|要求|规定|程序|时|期|标准)|依法|依规|依纪|"
                            r"(?:为此)?(?:专门|另行|额外|一次性)")  # (市财政为此专门安排540万元: how, not what)


def _broken_pick(item: str) -> bool:
    """A phrase no reader would give as what is counted: one ending in the figure's qualifier (减税降|费约9.6亿元)
    or in a person's name (省人大代表马秀兰,从教已有26年), or a name alone (秘书长邹玉明介绍,目前全市70个乡镇)."""
    if item[-1] in "约近达超逾" or item in _AUXILIARIES or item in _COPULAS or item in _QUANTIFIER_WORDS:
        return True
    if _MANNER_PHRASE.fullmatch(item):
        return True  # 12件均已按计划启动: how they went (a preposition and its object), never what is counted
    words = tagged(item)
    return (len(words) > 1 or len(item) == 3) and words[-1][1] in ("nr", "nrfg", "nrt") and len(words[-1][0]) >= 2


_FIGURE_END = regex.compile(r"\d\p{Han}{0,2}$")


def _after_a_figure(text: str, s_start: int, pos: int, item: str) -> bool:
    """Every mention of `item` before `pos` opens right after another figure's digits (普洱6|名临沧|5名): it begins
    with that figure's measure word, half of one phrase and half of the next."""
    at = text.find(item, max(s_start, pos - 40), pos)
    if at < 0:
        return False
    while at >= 0:
        if not (at > 0 and text[at - 1].isdigit()) and not (  # (full-width digits too)
                item.startswith(("以上", "以下", "左右")) and _FIGURE_END.search(text, max(0, at - 3), at)):
            return False  # (65岁以上|老年人免费体检: the phrase opens with that figure's qualifier)
        at = text.find(item, at + 1, pos)
    return True


def _budget_compared_with(text: str, s_start: int, c: QuantityCandidate, item: str) -> bool:
    """收入完成274609万元,为调整预算收入计划275000万元的100%: the share is how much of its budget the line
    reached, so it is the line's rate, never the budget's."""
    if c.unit != "%":
        return False
    m = _BUDGET_AMOUNT_OF.search(text, max(s_start, c.start - 30), c.start)
    return m is not None and m.group("budget").endswith(item)


# a township's name as a row's label, right before its figure (,郑口镇11条、武官寨镇9条)
_TOWNSHIP_LABEL = regex.compile(r"(?:^|(?<=[,，、;；:：\s]))\p{Han}{1,6}(?:镇|乡|街道)$")
_LABEL_THEN_FIGURE = regex.compile(r"\p{Han}{0,8}[0-9０-９]")
_ROW_BREAKS = ("、", ",", "，", ";", "；")  # (a row of its own after the figure's: 郑口镇11条、武官寨镇9条)


def _next_figures_label(text: str, s_start: int, start: int, end: int, item: str) -> bool:
    """郑口镇11条、|武官|寨镇9条: a phrase found only after the figure, with the next figure right behind it, is the
    next row's label (or a piece of it), never what this figure counts."""
    if text.find(item, s_start, start) >= 0:
        return False
    at = text.find(item, end, end + 12)
    return at >= 0 and text[end:at] in _ROW_BREAKS and bool(_LABEL_THEN_FIGURE.match(text, at + len(item)))


def _inside_place_name(text: str, s_start: int, pos: int, item: str) -> bool:
    """Every mention of `item` in the clauses before `pos` is the tail of a county's or city's name (璧山区: 山区),
    or part of a township's the gazetteer knows (还地桥镇: 地桥, where jieba split off 还 as an adverb)."""
    lo = max(s_start, pos - 40)
    at = text.find(item, lo, pos)
    if at < 0:
        return False
    while at >= 0:
        if not any(_names_a_unit(text[at - k:at + len(item)]) for k in range(1, 4) if at - k >= 0) \
                and not any(e.kind == "township" for k in range(0, 3) for j in range(1, 3) if at - k >= 0
                            for e in gazetteer().entries.get(text[at - k:at + len(item) + j], ())):
            return False
        at = text.find(item, at + 1, pos)
    return True


_QUOTED_TERM = regex.compile(r"“(?P<term>[^“”\d,，。;；]{2,10})”")


def _quoted_before(text: str, s_start: int, pos: int) -> str | None:
    """The last quoted term of the sentence before pos (像这样的“人大代表之家”), if it names a thing."""
    terms = [m.group("term") for m in _QUOTED_TERM.finditer(text, s_start, pos)]
    return terms[-1] if terms and _nounish_end(terms[-1]) else None


# a row that is only places and their figures so far (昆明8名曲靖4名): no noun of its own
_PLACE_ROW = regex.compile(r"[ \t\u3000]*(?:\p{Han}{2,8}?\d+\p{Han}{1,2}[、,， \t\u3000]*)*\p{Han}{2,8}$")


def _without_unit_prefix(item: str | None) -> str | None:
    """范县投资, 金乡县投资: a county's (or city's) name glued before a generic head is the subject of the clause,
    not part of what is measured; the head alone is read as the bare head it is."""
    if not item or len(item) < 4:
        return item
    for cut in range(2, len(item) - 1):
        if _GENERIC_HEAD.fullmatch(item[cut:]) and _names_a_unit(item[:cut]):  # (the cheap test first: hot path)
            return item[cut:]
    return item


# a development zone or industrial park, a site of a breakdown like a county (其中鲁北高新区落地19个、新海工业园12个;
# not a class of zones, 省级以上开发区46家)
_ZONE = regex.compile(r"[^\P{Han}级类]{1,10}?(?:工业园区|工业园|产业园区|产业园|开发区|高新区|园区|经开区|新区)")


def _kind_done_by_place(text: str, s_start: int, c: QuantityCandidate, before: str, recent: _Recent) -> str | None:
    """雨城区整治96个 in a breakdown (其中,…): a unit's name, then only a verb, before a figure (or a zone's name,
    with or without one: 经济开发区贡献312亿元, 新海工业园12个); what the paragraph counted in that unit is what
    the verb was done to."""
    if not _OF_THOSE_OPEN.search(text, s_start, c.start):
        return None  # (the same 其中 list _parts_by_place reads: members named by where, not by what; checked first,
        # as it is cheap and most figures stand in no such list)
    for n in range(len(before), 1, -1):
        rest = before[n:]
        if _names_a_unit(before[:n]) and rest and (word_tag(rest) in ("v", "vn") or _only_a_verb(rest)
                                                   or rest in _DONE_VERBS) \
                or _ZONE.fullmatch(before[:n]) and (not rest or word_tag(rest) == "v" or rest in _DONE_VERBS):
            break
    else:
        return None
    kind = recent.paragraph_by_unit.get(c.unit)
    return kind if kind and not _only_a_verb(kind) else None


def _names_a_unit(item: str) -> bool:
    """沙坡头区, 利州区: a county or city is whose figure it is, never what is counted."""
    return any(e.kind != "township" for e in gazetteer().entries.get(item, ()))


# a change on its own (比上年增加12天) says how much, never of what
# (CHANGE_VERBS adds a budget's changes, 比上年增收164万元: compared like the others, but 亩均增收 stays what a
# rate measures)


# proposals counted by how deputies judged their handling (表示满意的118件、基本满意的26件、不满意的2件): each
# judgement is its own indicator (满意建议, 基本满意建议), never the total they were counted from; the item
# keeps the noun after the judgement
_JUDGED = regex.compile(
    r"(?:其中|目前)?(?:代表)?(?:对办理结果|对答复)?(?:表示|评价为|评价|(?:测评|评价)?结果(?:均)?为)?"  # (代表评价满意的245件)
    r"[“\"]?(?P<judged>(?:基本|比较|非常|不)?满意(?:或基本满意|和基本满意)?)[”\"]?的?(?:有|共|达|为)?")
# …or the judgement after the figure (9件测评结果为“满意”,1件为“基本满意”)
_JUDGED_AFTER = regex.compile(r"(?:(?:测评|评价)?结果)?(?:均)?为[“\"]?(?P<judged>(?:基本|比较|非常|不)?满意)[”\"]?"
                              r"(?=[,;。、]|$)")


_STANCES = "不同意|赞成|反对|弃权|同意"
_STANCE = regex.compile(rf"(?P<stance>{_STANCES}){_SP}?$")  # (赞成 20 票,反对 0 票: spaced)
_WON_TAIL = r"(?:数)?(?:为|达|达到|共)?"  # what may stand between a candidate's votes and their count (得票数为)
_BALLOTS_WON = regex.compile(rf"(?:得票|获得选票|得选票|获选票){_WON_TAIL}$")
_STANCE_VOTES = {stance + "票" for stance in _STANCES.split("|")}
_NEXT_VOTE_CHARS = 40  # (one list's next item, past a ; that ends the sentence)
_GOT = regex.compile(r"(?:获得|获|得)$")
_ELECTED_BY_BALLOTS = regex.compile(r"(?:全票|高票|满票)?(?:当选|當選)")
_VOTES_WON = regex.compile(rf"(?:得票{_WON_TAIL}|获得|得|以)$")  # (项目得55票, 以57票全票通过)
_JUDGED_VOTE = regex.compile(r"(?<![\p{Han}&&[^得获以]])(?P<stance>(?:基本|比较|非常|不)?(?:满意|称职))$")  # (获得满意52票)
_STANCE_AFTER = regex.compile(rf"(?P<stance>{_STANCES})(?![\p{{Han}}&&[^、,;。获通]])")


def _judgement(text: str, s_start: int, pos: int) -> str | None:
    """The judgement when it is the whole clause before the figure (…、基本满意的5件: 基本满意). The item is the
    judgement + the whole's noun; votes are counted as votes (满意95票, 基本满意27票: 满意票, 基本满意票)."""
    m = _JUDGED.fullmatch(_AFTER_LAST_BREAK.search(text, max(s_start, pos - 24), pos).group())
    return m.group("judged") if m else None


def _judgement_after(text: str, end: int, s_end: int) -> str | None:
    m = _JUDGED_AFTER.match(text, end, s_end)
    return m.group("judged") if m else None


_DURATION_UNITS = {"天", "个月", "小时", "年", "工作日", "个工作日", "日"}
# a limit within which something must be done (15个工作日内答复, 3个月内办结并答复)
# (3个月内书面报告, 1个月内向镇人大书面反馈: to whom and in what form stand between the limit and the act)
_TIME_LIMITED_ACTS = "答复|回复|办结|办理|反馈|办复|解决|完成|整改|落实|报告|登记|转办|转交|交办|报回|核实|受理"
# a span taken for a piece of work, then the work (历时45天完成改造, 利用2年时间完成提质改造, 用了半年时间就完成了…)
_SPAN_TAKEN = regex.compile(r"(?:历时|耗时|用时|用了?|利用|花了?)(?:整整|近|约)?$")
_DONE_IN_SPAN = regex.compile(r"(?:多|左右)?(?:的?时间)?(?:里|内)?(?:就|即|便|才|终于|顺利|全部|基本|已)?完成了?"
                              r"(?P<act>\p{Han}[^,，。;；、:\n并和及0-9０-９]{1,15})(?![0-9０-９])")  # (not 约800米…: a figure's own)
# …内完成X: the act completed within the time (维修, 初审, 资产清查), up to a clause's end or a second act (并…)
_DONE_WITHIN = regex.compile(r"(?:以内|之内|内)(?:就|即|便|全部|已|及时)?完成了?(?P<act>\p{Han}[^,，。;；、:\n并和及]{1,15})")
_TIME_LIMIT = regex.compile(r"(?:以内|内)(?:[向由]\p{Han}{1,10}?)?(?:予以|全部|及时|以书面形式|统一|集中|逐件|分别|重新)?"
                            rf"(?P<verb>(?:书面)?(?:{_TIME_LIMITED_ACTS})(?:(?:{_TIME_LIMITED_ACTS})(?!\p{{Han}}{{0,2}}(?:情况|结果|意见|工作|问题)))?)")
# (书面 stays with the act: 书面答复时限; 反馈|办理情况: the second word is what is reported on, not a second act;
# 在1个月内重新办理: doing it again is the same act, limited anew)
_LASTED_BEFORE = regex.compile(r"(?:历时|用时|持续|花了整整|花了|用了整整|用了)$")
_ACTIVITY_WORD = regex.compile(r"学习考察|考察学习|集中视察|专题视察|视察|专题调研|调研|执法检查|检查|工作评议|评议|"
                               r"培训|走访|座谈|宣讲|督查|巡查|专题询问|学习|考察")


def _lasting(text: str, s_start: int, c: QuantityCandidate) -> bool:
    return c.unit in _DURATION_UNITS and (
        text.endswith("为期", max(s_start, c.start - 2), c.start)
        or bool(_LASTED_BEFORE.search(text, max(s_start, c.start - 4), c.start)))


def _what_lasted(text: str, s_start: int, s_end: int, c: QuantityCandidate) -> str | None:
    """为期2天的培训班: the thing after 的; 赴双江县学习考察茶产业发展,历时3天: the sentence's last activity;
    会期4天, 工期3个月: the noun of time itself."""
    span_noun = _SPAN_NOUN.search(text, max(s_start, c.start - 10), c.start)
    if span_noun:
        return span_noun.group("noun")
    if text.endswith("为期", max(s_start, c.start - 2), c.start) and text.startswith("的", c.end):
        what = _clause_after(text, c.end + 1, s_end, limit=12)
        return what if what and _nounish_end(what) else _item_after(text, c.end + 1, s_end)
    if _TOOK_ONLY.search(text, max(s_start, c.start - 5), c.start) and (then := _THEN_DONE.match(text, c.end, s_end)) \
            and (work := _work_at_clause_end(text, then.end(), s_end)):
        return work  # 仅用15天就完成了约800米道路维修: the work done in that time, named where its clause ends
    if _LASTED_BEFORE.search(text, max(s_start, c.start - 4), c.start) \
            or (text.endswith("用", max(s_start, c.start - 1), c.start) and text.startswith("时间", c.end)):
        # the activity before it in the sentence; else the one it goes on to (用时20天,对…开展专题调研; 用10天时间
        # …开展执法检查); else the one the sentence before named (…进行了一轮专项调研。此次…历时3天)
        before = _last_match(_ACTIVITY_WORD, text, max(s_start, c.start - 60), c.start)
        after = _ACTIVITY_WORD.search(text, c.end, s_end)
        earlier = _last_match(_ACTIVITY_WORD, text, max(0, s_start - 60), s_start) if s_start else None
        found = before or after or earlier
        return found.group() if found else None
    return None


# a span the work took, then the work (仅用15天就完成了…道路维修, 只用了4天就把…修补完毕)
_TOOK_ONLY = regex.compile(r"(?:仅|只|仅仅)?用了?(?:整整)?$")
_THEN_DONE = regex.compile(r"(?:的)?(?:时间)?(?:就|便)")
_WORK_TAGS = ("n", "vn", "v", "nz", "l")


def _work_at_clause_end(text: str, pos: int, s_end: int) -> str | None:
    """The words that close the clause from pos, back to the first that is no noun or verb: 完成了约800米道路维修 ->
    道路维修, 将损坏的路灯全部修复 -> 全部修复 (a measure word, a particle or a figure ends the run)."""
    end = pos
    while end < s_end and text[end] not in ",，;；。:：!！?？\n":
        end += 1
    words = list(tagged(text[pos:end]))
    while words and words[-1][0] in ("完毕", "了"):
        words.pop()  # (修补完毕: done is how the clause ends, not what was done)
    run: list[str] = []
    for word, tag in reversed(words):
        if not tag.startswith(_WORK_TAGS) or word == "完成":
            break
        run.insert(0, word)
    work = "".join(run)
    return work if len(work) >= 2 else None


# a noun that names a span of time, right before its length (会期4天, 会期一般不少于1天)
_SPAN_NOUN = regex.compile(r"(?P<noun>会期|工期|任期|期限|时限|时长|周期|学制)(?:[:：]|为|是|约|一般)?(?:不少于|不超过|不低于|不多于)?$")
_RATE_NAME = regex.compile(r"(?:平均|总体|综合|整体)?[\p{Han}]{1,2}率$")  # (31件项目平均满意率: 项目)
_HEAD_AFTER_RELATIVE = regex.compile(r"[^,;。:的\d]{1,10}的")


def _not_a_rate(text: str, c: QuantityCandidate, item: str, rule_item: str | None, recent: "_Recent") -> str | None:
    """A count is never a rate's name; the rate qualifies what was counted: 9个使用率较高的老站点 (the head after
    的), 4个单位满意率均在90%以上 (the noun before the rate), 满意率低于80%的有16件 (what was counted before)."""
    relative = _HEAD_AFTER_RELATIVE.match(text, c.end) if text.startswith(item, c.end) else None
    if relative and (head := _item_after(text, relative.end(), min(len(text), relative.end() + 18))):
        return head
    rest = _RATE_NAME.sub("", item)
    if len(rest) >= 2 and _nounish_end(rest):
        return rest
    if rule_item and not rule_item.endswith("率"):
        return rule_item
    return recent.kind_before(c.unit)


_PREPOSITIONS = set("向对为给替")
# a party committee or a government a report or a request goes to (向县委请示报告, 向区政府交办), right after 向
_ADDRESSEE = regex.compile(r"(?:[县市区省州旗盟镇乡]委|党委|党组|上级|(?:[县市区省州旗盟镇乡]人民|[县市区省州旗盟镇乡])政府)"
                           r"(?=\p{Han}{2})")


def _act_after_addressee(text: str, s_start: int, pos: int, before: str) -> str | None:
    """向县委请示报告15件: the act (请示报告), without the body it is addressed to, when the item read starts with
    that body right after 向."""
    m = _ADDRESSEE.match(before)
    if m is None:
        return None
    at = text.rfind(before, s_start, pos)
    return before[m.end():] if at > s_start and text[at - 1] == "向" else None


def _prepositional_object(text: str, s_start: int, pos: int, item: str) -> bool:
    """组织代表向选民述职42人次: 选民 is whom the act is addressed to, not what is counted (the ranker's pick
    is refused when it stands right after a preposition in the figure's clause)."""
    clause_start = max(s_start, pos - 30)
    at = text.rfind(item, clause_start, pos)
    return at > clause_start and text[at - 1] in _PREPOSITIONS and not any(
        ch in ",;。:!?" for ch in text[at:pos])


def _comparison_basis(text: str, s_start: int, pos: int, item: str) -> bool:
    """比年初预算数减少41万元: 预算数 is what the figure is compared with, not what it counts."""
    m = _COMPARED.search(text, max(s_start, pos - 40), pos) or _BUDGET_OF_LINE.search(text, max(s_start, pos - 10), pos) \
        or _AGGREGATE_SHARE.search(text, max(s_start, pos - 20), pos)
    return bool(m) and item in text[m.start():pos]  # (占年初预算245800万元, 占一般公共预算收入的: nor is the budget)


# nouns that say how a figure is set, never what it counts (按…1万元的标准: the fund is counted)
_NOT_ITEMS = {"标准", "比例", "方式", "形式", "办法", "用于", "用於"}  # (用于: the link to a purpose)
_CAUSE = regex.compile(r"^.*原因(?=\p{Han})")  # (…死亡等原因|除名: the window starts after 、, so 因 may be cut off)
_LIST_WORDS = {"名单", "名册"}  # a list of the people counted, read after the count (监票人8名名单)


# a numbered label closing its own sentence on the figure's line (1.一般公共预算收入。全年完成…): a noun phrase
# that names what the line's first figure is, when the figure's own clause has only a verb
_INLINE_LABEL = regex.compile(r"[ \t\u3000]*(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,2}[)）])[ \t\u3000]*"
                              r"(?P<label>\p{Han}{2,16})。$")
_WHEN_LEAD = regex.compile(r"^(?:全年|年内|当年|本年|今年|上年|去年)")


def _inline_label(text: str, s_start: int) -> str | None:
    label = _INLINE_LABEL.match(text, line_start(text, s_start), s_start)
    if label is None or _verb_led(label.group("label")):
        return None
    return label.group("label")


# a scope's head with nothing of its own (…等方面共23条, 等领域12件): what it sorts is named in the clause before
_SCOPE_HEADS = {"方面", "领域", "类别", "范围"}
_RAISED_KIND = regex.compile(r"(?:提出|收集|反映|征集|梳理|汇总)了?[^,;。\d]{0,12}?(?P<kind>意见建议|意见和建议|建议|问题|诉求|意见)")
# a bare verb of taking part after a count of people (共86人参训, 共120人参会): what they did, not who they are
_TOOK_PART = {"参训", "参会", "与会", "参加", "参与", "出席", "参赛", "参学"}


# a place the counted things are built in, and the building verb, right before the count (…将在主城区建设20个)
_PLACED_DEED = regex.compile(r"(?:将|就|计划|拟|还|已经|已|再|又|要|力争|先后|共|累计)*在(?P<place>\p{Han}{1,8}?)"
                             r"(?:建设|新建|建成|设立|打造|建立|设置|布设|改造|开设|选建|增设)了?$")


def _subject_of_placed_deed(text: str, s_start: int, pos: int) -> str | None:
    """The clause's subject when only 在 + a place + a verb of building stands between it and the count
    (留守儿童之家就在全区建成了14个); a body that did the building (镇人大在全镇设立1个) is no subject counted."""
    deed = _PLACED_DEED.search(text, max(s_start, pos - 20), pos)
    if deed is None:
        return None
    subject, _ = _item_before(text, deed.start(), s_start)
    if not subject or _only_a_verb(subject) or _AGENT.search(subject) or _names_a_unit(subject):
        return None
    return subject


# the deputies judging the figure's suggestions unsatisfactory, right after it (2件代表表示不满意, 4件建议代表对答复不满意)
_DISSATISFIED_AFTER = regex.compile(r"(?:建议)?代表(?:均|都)?(?:表示|对)?[^,;。]{0,6}?不满意")


# a round figure written as a mark crossed (迈上400亿元台阶, 突破10亿元大关, 跨过20亿元、30亿元两道关口): the mark after
# the figure (past the list's other marks), and the verb of crossing before it (past the list's earlier figures)
_THRESHOLD_AFTER = regex.compile(r"(?:、[^,;。、]{1,10}?)*(?:[两二三四五]道)?新?(?:大关|台阶|关口)")
_THRESHOLD_VERB = regex.compile(r"(?:突破|迈上|迈过|迈入|站上|跨上|跨过|跨越|越过|跃上|登上|逼近)了?(?:[^,;。、]{1,10}?、)*$")


def _threshold_crossed(text: str, c: QuantityCandidate, s_start: int, s_end: int) -> str | None:
    """The measure that crossed a round mark (全县地区生产总值迈上400亿元台阶: 地区生产总值), not the mark's word."""
    if not _THRESHOLD_AFTER.match(text, c.end, s_end):
        return None
    verb = _THRESHOLD_VERB.search(text, max(s_start, c.start - 24), c.start)
    if verb is None:
        return None
    crossed, _ = _item_before(text, verb.start(), s_start)
    crossed = _GROWN_HEAD.sub("", _COMPARED_IN_RATE.sub("", crossed)) if crossed else crossed
    return crossed if crossed and not _only_a_verb(crossed) else None


def _only_a_verb(item: str) -> bool:
    """办理, 正在办理, 暂时无法办理: a predicate, never what is counted."""
    rest = _ADVERBS.sub("", item)
    if rest != item and rest in NOUN_USES:
        return False  # 基本支出: an adjective before a verb the genre counts as a noun makes a noun phrase
    return (rest in ACTION_VERBS and rest not in ACTIVITIES) or _STAGE_OR_GETTING.fullmatch(rest) is not None \
        or _DIRECTED_VERB.fullmatch(rest) is not None


# a one-character verb and the direction it goes (发出去, 收回来, 梳理出来): a predicate, however jieba tags it
_DIRECTED_VERB = regex.compile(r"\p{Han}{1,2}(?:回来|出去|上来|下来|进来|回去|出来|起来|上去|下去)")


# what happened to the things counted, never what is counted: a project's stage (新开工, 竣工投产, 建成投用) or a
# verb of getting (博白县…分得91名: what it got is named elsewhere)
_STAGE_OR_GETTING = regex.compile(r"(?:新|已|全部)?(?:开工|竣工|完工|建成)?(?:投产|投用|投运|开工|竣工|完工)(?:建设)?"
                                  r"|分得|获得|得到|拿到|争取到")
_STATION_PLACES = "镇|乡|街道|社区|村|嘎查|苏木|园区|学校|机关|片区|农场|林场|小区"  # where a station stands
_PLACE_PART = regex.compile(rf"(?:{_STATION_PLACES})(?:\([^()]{{1,6}}\))?"
                            r"(?:级|一级)?(?:站|点|家|室)?$|(?<![\p{Han}])[省市州县区旗]级(?:站|点|家|室)?$"  # (其中区级1个)
                            # (企业站8个, 园区和企业站: stations in enterprises; 工矿商贸企业58家 is a kind of the
                            # 单位 counted)
                            rf"|(?:^|(?<={_STATION_PLACES}))企业(?:站|点|家|室)?$")
_OF_THOSE_OPEN = regex.compile(r"(?:其中|其余)")
_NAMED_TOWNSHIP = regex.compile(r"\p{Han}{2,6}(?:镇|乡|街道)")  # (城关镇, 大长山岛镇: a named township, not 学校 or 企业)


def _township_before(text: str, s_start: int, pos: int, item: str) -> bool:
    """The list member right before pos is a named township and `item` is it or its tail (獐子岛镇18家: 岛镇)."""
    member = _AFTER_LAST_BREAK.search(text, max(s_start, pos - 10), pos).group()  # (、 is a break: one member)
    return bool(_NAMED_TOWNSHIP.fullmatch(member)) and member.endswith(item)
def _member_label(text: str, s_start: int, pos: int) -> str:
    """The words of the list member right before pos (其中乡镇10所、社区3所: 社区 for the 3所)."""
    return _MEMBER_OPENING.sub("", _AFTER_LAST_BREAK.search(text, max(s_start, pos - 10), pos).group())


# places a breakdown's members are named by (乡镇, 社区), never a kind of thing counted (not 学校 or 园区, which a
# breakdown may count)
_STATION_PLACE_WORD = regex.compile(r"(?:镇|乡|街道|社区|村|嘎查|苏木|片区|小区|城区|农村)+")
_MEMBER_OPENING = regex.compile(r"^.*?[(（]?其中")  # (…“人大代表之家”(其中乡镇10所: the list opens at 其中)
_PLACES_COUNTED = regex.compile(r"(?:村|社区|镇|乡|街道|居委会|小组|组|村\(居\)民小组)$")


def _parts_by_place(text: str, s_start: int, pos: int, carried: str) -> bool:
    """Inside a `其中` list whose members are named by place (镇站13个、企业站8个, 苏木乡镇、街道70个): each
    member is still the thing counted. Members named by kind (市人大代表1名、县人大代表23名) keep their name."""
    if _PLACES_COUNTED.search(carried):
        return False  # 181个村民小组…,其中贫困村12个: places counted, and a part named by place is a kind of them
    opened = None
    for m in _OF_THOSE_OPEN.finditer(text, s_start, pos):
        opened = m
    if opened is None:
        return False
    before = _AFTER_LAST_BREAK.search(text, opened.end(), pos).group().strip()
    before = regex.sub(r"[和及与、]", "", before)
    if not before or _verb_led(before):
        return False  # (其中…,改造老旧小区11个: a clause with its own verb and object, no member of the list)
    if _OWN_VERB_AND_OBJECT.search(before):
        return False  # (其中甲镇、乙镇分别建成标准化养殖小区12个和9个: the places did it, the object is counted)
    return bool(_PLACE_PART.search(before))


# places, then a verb of the list's acts with its own object right before the figure (分别建成标准化养殖小区)
_OWN_VERB_AND_OBJECT = regex.compile(rf"(?:分别|各|共)(?:{'|'.join(ACTION_VERBS)})了?\p{{Han}}{{2,}}$")


# a budget line's share of its aggregate (税收收入3.15亿元,占一般公共预算收入的65.4%) is the line's; a share of
# a plan or of places (占年度计划的95.9%, 占全县行政村的20%) is read as written
_AGGREGATE_SHARE = regex.compile(r"占[^,;。\d]{0,14}(?:支出|收入|资金|引资额|投资|总值|产值|金额)的$")
_SHARE = regex.compile(r"占(?:比)?(?:到|达|为|约)?$|占[^,;。\d]{0,14}?(?:总数|总量|总额|总人数|比例|比重|总[\p{Han}]{1,4}的)的?"
                       r"(?:为|达到|达|超过|提高到|提高至|是|约|近|在)?$|"  # (占一般公共预算支出的比重超过75%)
                       + _AGGREGATE_SHARE.pattern)
_AMONG = regex.compile(r"(?P<who>[\p{Han}]{2,10}?)中(?:有|的)?$")


# a growth reckoned without one factor (扣除留抵退税因素后, 若剔除留抵退税因素则): how it is reckoned
_RECKONED_WITHOUT = r"(?:若|如)?(?:扣除|剔除)\p{Han}{1,10}?(?:因素)?(?:后|则)"
# a change with no noun of its own (同比增长, 比上年下降): of the figure just stated
_LAST_YEAR = "(?:同比|比上年同期|比去年同期|较上年同期|比上年度|比上年|比去年|较上年|较去年)"  # (longest first)
_GROWTH = regex.compile(rf"(?:实际|名义|按?同口径|按可比价|按自然口径|{_RECKONED_WITHOUT})?{_LAST_YEAR}?(?:实际|名义|按?同口径)?"
                        rf"(?:近?[两二三四五]年平均|年均)?(?P<change>{CHANGE_VERBS})")
# (实际增长8.5%, 同口径增长9.3%, 两年平均增长3.4%, 按自然口径下降12.4%, 扣除留抵退税因素后增长3.2%: how it grew,
# not what)


# a clause that is only a dated change of the figure before it (,同比减少17.7%; ,比上年增加12%)
_BARE_GROWTH = regex.compile(rf"(?<=[,;]){_LAST_YEAR}(?P<change>{CHANGE_VERBS})了?$")


# an amount compared with a basis (比年初预算数减少41万元, 较上年增加3个): a change of the figure just stated
# the comparative 比/较, not the adverb 比较 (表示比较满意的26件)
_THAN = r"(?:比(?!较|例|重|率)|(?<!比)较)"  # (not 比例, 比重, 比率: a share is no comparison)
# (比报告数567118万元多出8226万元: the basis may carry its own amount)
_COMPARED = regex.compile(rf"{_THAN}[^,;。]{{0,30}}?(?:{CHANGE_VERBS}|多出|超出|多|少)了?$")
# a clause that is only a change over a span of years (,五年间净增加83.4亿元; ,三年来累计增长12万元): of the figure
# just stated
_SPAN_CHANGE = regex.compile(rf"(?<=[,;])(?:近?[一二三四五六七八九十两\d]{{1,2}}年(?:间|来|以来)?|期间)(?:净|累计|共)?"
                             rf"(?:{CHANGE_VERBS})了?$")
# a percentage compared with a basis (比2019年决算数下降24.8%, 与上年决算数相比增长12%): of the figure just stated
# The comparison opens its clause (after 但/而/并): with a noun before it (“三公”经费支出比2013年下降30.1%) that
# noun is what changed, and the usual rules read it
_COMPARED_RATE = regex.compile(rf"(?:^|(?<=[,;。:\n])|(?<=[,;。:\n](?:但|而|并|且|同时|其中)))"
                               rf"(?:{_THAN}[^,;。]{{0,16}}?|(?:与|同|和)[^,;。]{{1,16}}?(?:相比|相较|比较),?)"
                               rf"(?P<change>{CHANGE_VERBS})了?$")
# a clause that is only a change (…比例为27.5%,上升2.5%)
_BARE_CHANGE = regex.compile(rf"(?<=[,;])(?P<change>{CHANGE_VERBS})了?$")
# the same right after an amount's unit (…万元,增长6.2%)
_BARE_CHANGE_AFTER_AMOUNT = regex.compile(rf"(?<=[\p{{Han}}\d],)(?P<change>{CHANGE_VERBS})了?$")
# a growth rate named as a noun, and the change it measures (增幅17.6%: 增长)
_GROWTH_RATES = {"增幅": "增长", "涨幅": "增长", "降幅": "下降", "增速": "增长"}  # (年均增速7.2%)
# the scope and time before what grew, and a mean's word after it (五年间全县|地区生产总值|年均): neither is what grew
_GROWN_HEAD = regex.compile(r"^.*?(?:全[省市州县区旗镇乡]|期间|时期|年间|以来)")
_GROWN_TAIL = regex.compile(r"(?:年均|平均|每年)$")


def _grown_named(item: str) -> bool:
    """地区生产总值增长 names what grew; 年下降, 有所提高 do not."""
    base = _CHANGE_AT_END.sub("", item)
    return len(base) >= 2 and not base.endswith(("年", "有所", "同比"))
# a change from one figure to another: the first figure right after 由/从 (and a time: 由过去的, 从最初试种的),
# the second after the first and a verb of result (拓宽到, 缩短至, 发展到现在的)
_FROM = r"(?:由|从)(?:过去|原来|最初|以前|此前|当初|去年|上年|\d{4}年|\p{Han}{0,4}时)?[^,;。:\d]{0,6}?的?"
_CHANGED_FROM = regex.compile(rf"(?P<from>{_FROM})$")
# a figure's digits, grouped by commas or not (249,800万元), or its Chinese numeral
_NUMBER_RUN = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\d.]+|[一二三四五六七八九十两几百千万]+")
# the first figure of a change: digits, or a Chinese numeral right after 由/从 or the time before it (由三个, 从原来的
# 十几户), never the 一 of a word (由区政府统一交办至42个承办单位: 统一 is no figure, and nothing changed)
_FIRST_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\d.]+|(?<=[由从的时年来初前去])[一二三四五六七八九十两几百千万]+"
# (by 到/至, or a verb of adjustment then 为: 由96.8亿元调整为93.5亿元, 由13个调整为14个)
_ADJUSTED_TO = r"(?:调整|调减|调增|调低|调高|增加|减少|提高|降低|变更|压减|缩减|扩大|缩小|整合|合并|精简)为"
_RESULT_TO = rf"(?:到|至|{_ADJUSTED_TO})"
_CHANGED_TO = regex.compile(rf"(?P<from>{_FROM}){_SP}?(?:{_FIRST_FIGURE})[^,;。:\d]{{0,6}}?\p{{Han}}{{0,4}}{_RESULT_TO}"
                            r"(?:现在|如今|目前|今年|\d{4}年)?的?(?:每[周月年天日]|每季度)?(?:不少于|不低于|超过|约|近)?"
                            rf"{_SP}?$")  # (路幅由 16 米拓宽至 32 米: a PDF copy's spaces around the figures)
# (由每周2次增加到每周4次, 由每季度1次调整为每月不少于1次)


# what follows the first figure of a change: its measure word, then a verb of result and 到/至 (拓宽到, 增加到)
_CHANGE_FOLLOWS = regex.compile(rf"[^;。:\d]{{0,5}}?(?:\p{{Han}}{{1,3}}(?:到|至)|{_ADJUSTED_TO})")  # (not 3至5名: a range)


def _number_end(text: str, pos: int) -> int:
    m = _NUMBER_RUN.match(text, pos)
    return m.end() if m else pos


# a clause saying which way a measure went, right before the 由/从 of its two ends (PM2.5累计平均浓度逐年下降,由…)
_TREND_CLAUSE = regex.compile(r"(?:^|[,;。:])(?P<topic>[\p{Han}A-Za-z0-9.]{2,16}?)(?:逐年|持续|大幅|明显|稳步|逐步|不断)?"
                              r"(?:下降|上升|增长|减少|提高|降低|增加|好转)[,，]$")


# verbs whose object a place may be (走访乡镇10个): the places are then what is counted
_VISITING_VERBS = ("走访", "深入", "覆盖", "涉及", "遍及", "辐射", "联系", "包联", "察看", "调研", "视察", "考察")


def _object_of_verb_before(text: str, at: int) -> bool:
    """走访乡镇10个, 覆盖村(社区)46个: the words at `at` are the object of a verb of visiting or covering written
    right before them, so they are what the figure counts, not whose part it is."""
    return text.endswith(_VISITING_VERBS, 0, at)


# a figure, a comma, then the same measure raised to a new figure (安排专项资金180万元,今年增加到260万元): the second
# is of what the first counted, whatever the sentence's label says
_RAISED_AGAIN = regex.compile(r"[\d０-９]\p{Han}{1,3}[,，](?:今年|去年|明年|目前|现已|现在|\d{4}年)?"
                              r"(?:增加|增长|提高|提升|扩大|上升|增)(?:到|至)$")


def _changed_from(text: str, s_start: int, pos: int) -> str | None:
    """The topic of `X由A变到B` (路面由3.5米拓宽到6.5米; 肉牛养殖户从原来的十几户发展到现在的40余户): the noun
    phrase right before 由/从, with the activity written between them (林下花卉种植从…)."""
    window_start = max(s_start, pos - 30)
    m = _CHANGED_TO.search(text, window_start, pos)
    if m is None and (m := _CHANGED_FROM.search(text, window_start, pos)) is not None \
            and not _CHANGE_FOLLOWS.match(text, _number_end(text, pos)):
        return None  # (交由48个承办单位, 从9个候选项目中: no change follows the figure)
    if m is None:
        return None
    topic, verb_between = _item_before(text, m.start("from"), s_start)
    if not topic and (trend := _TREND_CLAUSE.search(text[s_start:m.start("from")])) is not None:
        return trend.group("topic")  # PM2.5累计平均浓度逐年下降,由…的83.4微克/立方米降至…: the clause before names it
    if not topic or _only_a_verb(topic) or topic in _ADVERBIAL_NOUNS or topic in _NOT_ITEMS:
        return None  # (标准由每人每年600元提高到1000元: how the fund is set, not what)
    at = text.rfind(topic, s_start, m.start("from"))
    gap = text[at + len(topic):m.start("from")] if at >= 0 else ""
    if verb_between and 0 < len(gap) <= 3 and gap.isalpha():
        return topic + gap  # 林下花卉种植从最初试种的20亩: the activity is part of what grew
    return topic


def _next_members_item(text: str, end: int, s_end: int, item: str) -> bool:
    """`item` is written after the 、 that follows the figure, as the name of the next member's own figure
    (126300万元、专项债务限额272300万元), not as the noun the list shares (200元、300元和500元的运行补助)."""
    if not text.startswith("、", end):
        return False
    at = text.find(item, end, s_end)
    return at > end and bool(_FIGURE_NEXT.match(text, at + len(item)))


_FIGURE_NEXT = regex.compile(r"[^,;。、\d]{0,4}\d")


def _verb_of_change(text: str, at: int, word: str) -> bool:
    """The word at `at` says how the figure before it changed: a change verb (减收), or a verb of result
    before 到/至 (缩短至15天), not the activity counted (1次集中接待)."""
    if _CHANGE_AT_END.fullmatch(word):
        return True
    words = tagged(word)
    return len(words) == 1 and words[0][1] in _VERB_TAGS and text[at + len(word):at + len(word) + 1] in ("到", "至")


# a line's budget, stated with the line (收入146845万元,占年初预算245800万元的…): the same line's amount
_BUDGET = r"(?:年初|年度|全年|年|调整后?的?)?(?:预算|(?:收入|支出)?预期)(?:收入|支出)?(?:计划)?(?:数)?"  # (预期: 浙江's word)
# the stages a budget line passes through in a report on its execution (调整后, 实际支出, 完成): a figure
# the sentence names only by its stage is the line's, and the line is the fiscal account named last in the paragraph
# (全县政府性基金支出年初预算21.56亿元。执行中…支出预算调整为19.44亿元,实际支出15.17亿元: 政府性基金支出)
# (Not 年初预算, 预算数, 决算数: amounts of their own, which the genre names by the stage)
_BUDGET_STAGE = regex.compile(r"实际(?:完成|支出|收入)|调整|调整后|调整预算|预算调整|完成|执行")
_FISCAL_ACCOUNT = regex.compile(r"(?:[县区市镇乡旗]本级)?(?:一般公共(?:财政)?(?:预算)?|政府性基金(?:预算)?"
                             r"|国有资本经营(?:预算)?|社会保险基金(?:预算)?|财政总?)(?P<side>收入|支出)")
_FISCAL_ACCOUNT_SPAN = 300  # (how far back a paragraph on one line of the budget names it)


def _fiscal_account_before(text: str, pos: int, stage: str) -> str | None:
    """The fiscal account (一般公共预算支出, 政府性基金收入) the paragraph named last before `pos`, when its side
    agrees with the stage's (实际支出 is never a line of income)."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - _FISCAL_ACCOUNT_SPAN)
    lines = list(_FISCAL_ACCOUNT.finditer(text, start, pos))
    if not lines:
        return None
    line = lines[-1]
    side = "支出" if "支出" in stage else "收入" if "收入" in stage else None
    return line.group() if side in (None, line.group("side")) else None


# an amount right after the budget it equals (为年初预算391267万元, 相当于预算数31220万元): the budget's own amount.
# (Not after 占: 占年初预算245800万元 is the line's share, which annotators give the line.)
_BUDGET_AMOUNT = regex.compile(rf"(?:为|相当于|是)(?P<budget>{_BUDGET})$")
_BUDGET_OF_LINE = regex.compile(rf"(?:占|完成|为|达到|达){_BUDGET}的?$")  # (完成年度预算的101.3%: the line's)
# a budget's own amount right before a share (为调整预算收入计划275000万元的100%)
_BUDGET_AMOUNT_OF = regex.compile(rf"(?P<budget>{_BUDGET})[\d.]+(?:万|亿)?元的$")
# a basis named only by its time (比上年同期的144987万元): the same line's amount then
# (or the year a multiple is of: 财政总收入完成1.5亿元,为2006年的4.6倍)
_BASIS_IN_TIME = regex.compile(rf"(?:{_THAN}|为|是|相当于)(?:上年|去年|上年度|上一年|前一年|\d{{4}}年)(?:同期)?(?:的)?(?:数)?$")
# the basis itself, right before its amount (比报告数567118万元…): never what a later figure counts
_BASIS_BEFORE = regex.compile(rf"{_THAN}[^,;。\d]{{1,30}}$")


_CHANGE_AT_END = regex.compile(rf"(?:{CHANGE_VERBS})$")


# a budget line's change by its amount, right before the amount (短收7431万元, 同比减收4800万元, 减少支出76067万元)
_BUDGET_CHANGE = regex.compile(r"(?P<change>减收|短收|超收|减支|增支|节支|超支|减少支出|增加支出|减少收入)了?$")


def _change_of(item: str, change: str) -> str:
    """收入 + 增长 -> 收入增长; an item that already names a change keeps its noun (经费减少 + 降低 -> 经费降低)."""
    base = _CHANGE_AT_END.sub("", item) or item
    return base + change


# a budget's money moved between budgets, the verb bare before the amount (调出416万元, 按规定调入300万元)
_MOVED_FUNDS = regex.compile(r"(?:^|(?<=[,;，；]|按规定|依规))(?P<way>调出|调入)$")
# a share of a sum named by the level or body that put it up (镇级配套, 街道自筹, 村集体自筹, 上级补助): its source
# (乡里自筹, 林场配套, 某某公司自筹, 代表和群众自筹: whoever put it up, by the verb of putting up one's share)
_FUNDS_BY_SOURCE = regex.compile(r"(?<=[、,，;；:：]|其中)(?P<share>\p{Han}{0,10}?(?:本级)?(?:财政)?(?:自筹|配套))$")
# a bare verb of giving right before an amount (捐出, 捐上, 各捐; not 捐资 or 捐助, which name the gift themselves)
_DONATED = regex.compile(r"(?:捐出|捐上|捐了|[各共再又]捐|(?<![\p{Han}])捐)了?$")
# a gap against a yardstick in percentage points (比全省高0.2个百分点, 比全市平均水平高出8个百分点)
_POINTS_THAN = regex.compile(r"比[^,;。，；\d]{1,12}?(?:高出?|低于?|快|慢|多|少|提高|下降|增加|减少)了?$")


def _rate_before(text: str, s_start: int, pos: int) -> str | None:
    """The rate named right before a percentage (满意率为…), from the start of the word it begins in
    (代表对办|理态度的满意率: 办理态度的满意率, not 理态度…)."""
    w0 = _AFTER_LAST_BREAK.search(text, max(s_start, pos - 24), pos).start()  # (a clause's words, not half a word)
    window = _after_last_figure(text[w0:pos])  # (31件项目平均满意率为: not 件项目…, the other figure's unit)
    m = _RATE.search(window)
    if not m:
        return None
    start = m.start("rate")
    offset = 0
    for word, _ in tagged(window):
        if offset < start < offset + len(word):
            start = offset
            break
        offset += len(word)
        if offset > start:
            break
    rate = window[start:m.end("rate")]
    judge = _JUDGED_BY.match(rate)
    rate = rate[judge.end():] if judge else rate
    if rate.endswith(CHANGE_WORDS):  # 规模以上工业增加值同比增长: what grew, and the growth (not 同比, 力争)
        rate = _COMPARED_IN_RATE.sub("", _LEADING_SCOPE.sub("", rate))
    judged = _JUDGED_SHARE.search(rate)
    if judged:  # 对办理工作表示满意和基本满意的比例: the judgement's share, named by the judgement (满意和基本满意)
        rate = judged.group("judged")
    elif _DE_SHARE.search(rate):
        rate = _DE_SHARE.sub(r"\g<share>", rate)  # 非中共党员代表的比例: 非中共党员代表比例, as reports name it
    return rate or None


# how a change is compared or hoped for, between what changed and the change (同比, 比上年, 力争, 预期)
_COMPARED_IN_RATE = regex.compile(r"(?:同比|比上年同期|比上年|比去年|较上年同期|较上年|较去年|力争|预计|预期|分别|当年|全年)"
                               r"(?=\p{Han}{0,2}$)")  # (规上工业增加值当年增长8%: the year's growth)
# the scope and time a change is reported for, before what changed (全县, 上半年, 前三季度, 1-7月)
_LEADING_SCOPE = regex.compile(rf"^(?:{_OPENER_WORDS}|全地区|今年|去年|上半年|下半年|前三季度|[一二三四五六七八九十\d]{{0,2}}月|虽|但"
                            r"|年(?=全)|\p{Han}{1,6}?[省市县区旗州](?=今年|去年|上半年|下半年|前三季度))+")
# (2024年全市地区生产总值增长: the year's tail and the whole; 鲅鱼圈区去年地区生产总值: the unit and its year)
_JUDGED_SHARE = regex.compile(r"(?P<judged>(?:基本|不)?满意(?:[和或及](?:基本|不)?满意)?)的?(?P<share>比例|比率|比重)$")
# (服务质量的满意率 stays: a rate of what was judged; the share of those satisfied is named by its judgement)
# a judgement, 的, then a verb reaching the rate (表示满意和基本满意的达89.1%): the rate of those so judged
_JUDGED_SHARE_REACHED = regex.compile(r"(?P<judged>(?:基本|非常|比较)?满意(?:[和或及](?:基本|比较)?满意)?)的(?:达到?|为|是)$")
_DE_SHARE = regex.compile(r"的(?P<share>比例|比重|比率)$")


# who judged, before a rate's name (群众对|服务质量的满意率): not part of what the rate measures
_JUDGED_BY = regex.compile(r"\p{Han}{1,4}对(?=\p{Han}{3})")


def _share_of(text: str, pos: int, s_start: int, prev_item: str | None) -> str | None:
    """占63.9%: a share of what was just counted; 区人大代表中有90%: a share of the group named;
    表示满意和基本满意的占95.3%: the share of those the relative clause before 的占 describes."""
    window_start = max(s_start, pos - 14)
    if (group := _GROUP_OF_SHARE.search(text, max(s_start, pos - 60), pos)) is not None \
            and _share_of_group(group):
        # 在本科以上学历的代表中,能够说出…的占78.3%, 党政领导干部代表中,有62.4%表示…: the share of that group
        # that does something (not 新一届代表中,基层一线代表占53.8%: a part named by a noun is the part's; nor
        # 领衔代表94位,在全团代表中占84%: the share of what was just counted in the group)
        return group.group("group")
    headless = _HEADLESS_SHARE.search(text, max(s_start, pos - 30), pos)
    if headless:
        what = _RELATIVE_LEAD.split(headless.group("what"))[-1]
        if len(what) >= 2 and prev_item and _DONE_CLAUSE.search(what) and "问题" not in headless.group("what") \
                and (base := _RAISED_BASE.search(prev_item)):
            # 236件建议全部办结,已解决和列入计划解决的占91.5%: a share of the 建议 (所提问题已解决…的占: of the 问题)
            return what + "的" + base.group()
        if len(what) >= 2:
            return what
    share = _SHARE.search(text, window_start, pos)
    if share and (subject := _share_subject(text, s_start, share.start())):
        return subject  # 民生支出占总支出的7成以上: the share of the subject before 占, not of the whole
    if prev_item and share:
        return prev_item
    m = _AMONG.search(text, window_start, pos)
    if m:
        who = _AFTER_LAST_BREAK.search(text, window_start, m.end("who")).group()
        return clean_item(_LEADING_GOAL.sub("", who)) or None
    return None


_SHARE_ADVERBS = set("只仅才就也都均各约")
_IN_THE_WHOLE = regex.compile(r"在[^,;。:\d]{1,14}中(?:所)?$")


def _share_subject(text: str, s_start: int, at: int) -> str | None:
    """The noun phrase right before 占 in its own clause (民生支出|占总支出的75%), if there is one."""
    if text[at:at + 1] != "占":
        return None
    if text[at - 1:at] == "所":
        at -= 1  # 少数民族代表所占比例: 所 marks the relative clause, the subject ends before it
    if at > s_start + 1 and text[at - 1] in _SHARE_ADVERBS and text[at - 2] not in _PUNCT_CLAUSE and text[at - 2] != "的":
        at -= 1  # 实际到位资金仅占合同引资额的33.6%: only so much, of the noun phrase before the adverb
    if at <= s_start or text[at - 1] in _PUNCT_CLAUSE or text[at - 1] in _SHARE_ADVERBS:
        return None  # (反映过问题的只占17.5%: a headless clause, the subject is not a noun phrase)
    if _IN_THE_WHOLE.search(text, max(s_start, at - 16), at):
        return None  # 在总支出中占比9.76%: the whole the share is of, not its subject (the line stated before)
    subject, verb_between = _item_before(text, at, s_start)
    if subject and verb_between and text.endswith(subject + (spent := text[at - 2:at]), s_start, at) \
            and spent in _SPENT_NOUNS:
        return subject + spent  # 研发投入占销售收入的比重: R&D spending, a verb the genre uses as a noun
    return subject if subject and not verb_between and subject not in _ADVERBIAL_NOUNS else None


_SPENT_NOUNS = ("投入", "投资", "支出", "收入")


# a group opening the clause (在X的代表中, 农民代表中), then what part of it does something, then its share
_GROUP_OF_SHARE = regex.compile(r"(?:^|(?<=[,;。:，；：]))在?(?P<group>[^,;。:\d]{2,16}?代表)中[,，]?(?:有)?"
                                r"(?P<part>[^,;。:\d]{0,30}?)(?:的占|占|有|为|只有)(?:比)?(?:到|达|为|约)?$")


def _share_of_group(group) -> bool:
    """Whether the part between the group and its share does something (能够说出…的, 有N%表示…, 这一比例)."""
    part = group.group("part")
    if not part:
        return group.group().endswith("有")
    return part.startswith("这一") or _verb_led(part)


# a clause saying what was done to what was raised (已解决或列入计划解决, 已办结): the share it heads is of the raised things
_DONE_CLAUSE = regex.compile(r"(?:解决|办结|答复|办复|采纳|落实)$")
_HEADLESS_SHARE = regex.compile(r"(?P<what>[^,;。:的\d]{2,24})的占(?:比)?(?:到|达|为|约)?$")
# what opens a relative clause before its content (代表对办理结果表示|满意和基本满意; 所提问题|已解决)
_RELATIVE_LEAD = regex.compile(r"表示|认为|评价为|所提问题|所涉问题|问题|其中")
_LEADING_GOAL = regex.compile(r"^(?:力争|确保|其中|,)+")  # words, not characters: 中心代表 keeps its 中


# (总投资375万元、全长近9公里的…旅游环线: a second measure of the same thing may stand between)
_WORTH = regex.compile(r"(?:、(?:全长|总长|长|面积|建筑面积|占地|占地面积|总投资|投资)(?:约|近|达)?[0-9０-９.]+[万亿]?\p{Han}{1,3}?)?"
                       r"的(?P<what>[^,;。]{2,16})")


def _after_a_verb(text: str, s_start: int, pos: int) -> bool:
    """对120平方米的活动场所进行改造, 依托约120平方米的代表之家: a verb or a preposition (then perhaps 约) right
    before the measure, so no noun before it is what is measured (种植50亩以上的农户: a threshold that picks
    out who, so the caller leaves 以上/以下 alone)."""
    window = _without_qualifier(text[max(s_start, pos - 8):pos])
    words = _tokens(window) if window else []
    return bool(words) and words[-1][1] in ("v", "p")


def _worth_of(text: str, end: int, s_end: int) -> str | None:
    """价值8万元的电脑、投影等设备: money followed by 的 and a noun phrase is the worth of that thing."""
    m = _WORTH.match(text, end, s_end)
    if not m:
        return None
    tokens = _tokens(m.group("what").replace("“", "").replace("”", ""))
    if tokens and tokens[0][0] in _NOT_ITEMS:
        return None  # (每个每年1万元的标准, 路面宽3.5米的标准硬化: a standard, not a thing's worth or size)
    return _leading_noun_phrase(tokens)


def _nounish_end(word: str) -> bool:
    tokens = _tokens(word)
    return bool(tokens) and tokens[-1][1] in NOUNISH


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
_FREE_CHARS = set("共达为有是约近到至在等和及与或了的每各均计超逾余多将已由从按对向于其加并再又也还就都才被把让给占赴往去可未不没尚仍因则却亦即便以")
# (5名代表因病请假: a cause follows; 扩大轮作面积至1000亩: 至 is the preposition of 增加至, not a suffix)


# one-character adverbs no noun ends in (二审稿共|设6章: 共 and the verb 设, no word 共设)
_ONE_CHARACTER_ADVERBS = {"共", "已", "均", "还", "也", "又", "再", "都", "各", "仅", "并", "将", "正"}


def _join_bound_suffix(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if len(tokens) >= 2 and len(tokens[-1][0]) == 1 and tokens[-1][0] not in _FREE_CHARS \
            and "\u4e00" <= tokens[-1][0] <= "\u9fff" and "\u4e00" <= tokens[-2][0][-1:] <= "\u9fff" \
            and tokens[-2][0] not in _ONE_CHARACTER_ADVERBS:
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


# units that count how many times something was done (not people or days)
_TIMES_UNITS = {"次", "批", "批次", "轮"}
# what leads into the act after a count of times: who organised whom (组织代表开展), a particle or a preposition
_ACT_LEAD = regex.compile(r"(?:的|向|为)?(?:组织|邀请|召开|开展|举办|举行|进行)?(?:全体|部分)?(?:代表|人大代表|常委会组成人员)?"
                          r"(?:开展|进行|参加|召开|举办)?")
# the head of an act of the genre's work (会议, 视察, 督办, 培训…)
_ACT_HEAD = regex.compile(r"[^\P{Han}和与及或的]{0,6}(?:会议|座谈会|视察|督办|调研|检查|培训|宣誓|评估|询问|督查|宣讲|接待|"
                          r"走访|学习|活动|测评|评议|暗访|督导)")


# a figure that says how long something lasted (此次观摩历时2天, 整个工程前后历时40天) and the event before it
_LASTED_WORD = regex.compile(r"(?:前后|全程|预计)?(?:历时|用时|持续)")
_LASTED = regex.compile(rf"(?:此次|这次|本次|整个|整场|该)?(?P<event>\p{{Han}}{{2,6}}?){_LASTED_WORD.pattern}了?(?:约|近|不到|达)?$")
# the act a time limit is set for, right after it (限期30天整改到位, 限期3个月内完成整改)
_LIMITED_ACT = regex.compile(r"内?(?:完成|进行|做好)?(?P<act>\p{Han}{2})")
_GONE_TO = regex.compile(r"[到赴在\d]")  # (3次到村里调研: a place gone to, no act)
# a leading or going verb, whom or where (not past the clause), then the act: 组织县人大代表对…开展集中视察
_ACT_LATER = regex.compile(r"(?:组织|带队|带领|邀请|陪同)[^,，;；。:：\n]{0,30}?(?:开展|进行)?"
                           r"(?P<act>(?:实地|现场|集中|专题)?(?:视察|督办|调研|检查|察看|查看|观摩|踏勘|督导|督查|走访|暗访))")


# after 分N期/批/轮: whom the work is done to, then the act (对全体代表进行集中轮训, 组织镇街人大代表开展轮训), or
# the act held (举办代表履职培训班), or the act alone (轮训)
_SPLIT_ACT = regex.compile(r"(?:(?:对|组织|安排|邀请)[^,;。]{0,24}?(?:进行|开展|参加|接受)|举办|开展|进行)?"
                           r"(?P<act>\p{Han}{0,6}?(?:培训班|轮训|培训|集训|视察|调研|督办|述职|宣誓|学习))")


def _split_into(text: str, c, s_end: int) -> str | None:
    """What a figure after 分 divides: a number of sessions or batches is of the act done in them; a number
    of groups (分3个组对…) is of groups, whatever act follows."""
    if c.unit == "组" or (c.unit == "个" and text.startswith("组", c.end) and not text.startswith("组织", c.end)):
        return "组"
    if c.unit in ("期", "批", "批次", "轮"):
        m = _SPLIT_ACT.match(text, c.end, s_end)
        return m.group("act") if m else None
    return None


def _act_after(text: str, pos: int, s_end: int) -> str | None:
    """常务会议 in 先后2次召开常务会议专题研究…, 集中视察督办 in 4次组织代表开展集中视察督办: the act a count of
    times is of, written after it (not a place gone to: 3次到村里调研)."""
    lead = _ACT_LEAD.match(text, pos, s_end)
    start = lead.end()
    act = _ACT_HEAD.match(text, start, min(s_end, start + 10))
    if act is None or _GONE_TO.search(act.group()):
        # 先后3次组织代表到象溪、大东坝等乡镇视察…, 4次带队深入…商务区实地督办: led or gone somewhere first, the
        # act is the first of the genre's acts later in the clause
        later = _ACT_LATER.match(text, pos, s_end)
        return later.group("act") if later else None
    return act.group() if len(act.group()) >= 2 else None


# nouns listed before 分别 and a verb of the figures after it (事故起数、死亡人数同比分别下降6.2%和8.3%)
# (or across a comma after a count of the members: 农村饮水安全、道路硬化和中小学扩容三类,分别占27%、22%和15%)
# the year a list of multiples is of (依次为2015年的1.55倍、1.67倍): a basis, never a member's figure
_MULTIPLE_BASIS = r"(?:\d{4}年的?|上年的?|去年的?)?"
# the verbs a list's figures follow (分别增长, 分别发展到, 分别按每人每年: a standard, one for each member)
_SHARED_VERB = r"(?P<verb>增长|下降|提高|降低|为|是|达到|达|占|减少|增加|有|控制在|发展到|扩大到|按|完成|实现)"
_SHARED_LIST = regex.compile(r"(?P<list>\p{Han}{2,12}?(?:(?:、|和)\p{Han}{2,16}?)+|城乡\p{Han}{2,14}?)"
                             r"(?:(?:[两二三四五六七八九十]|\d{1,2})?(?:类|项|个方面|大类|种)?[,，])?(?:同比|均)?(?:分别|依次)"
                             rf"{_SHARED_VERB}{_MULTIPLE_BASIS}")
# levels listed before what each has (县、镇两级人大代表活动经费分别按…, 市、县、乡三级票决制覆盖率分别提高…)
_LEVELS_SHARED = regex.compile(r"(?P<levels>[省市州县区乡镇](?:、[省市州县区乡镇])+)(?:两|二|三|四)级(?P<head>\p{Han}{2,14}?)"
                               rf"(?:均)?(?:分别|依次){_SHARED_VERB}")
# a clause that runs the list before it again (…分别达到A和B,年均分别增长…; …分别达到A和B,各增长…)
_SHARED_AGAIN = regex.compile(r"(?:年均|同比|均|也|又)?(?:分别|依次|各)(?P<verb>增长|下降|提高|降低|为|是|达到|达|占|减少|增加)"
                              rf"{_MULTIPLE_BASIS}")
# what opens a list the sentence names (反映最集中的是A和B): the first member starts after it
_LIST_LEAD = regex.compile(r"^\p{Han}*?(?:的是|主要是|集中在|包括|分为|分成)")
# (39,175元和19,156元: a thousands comma ends no clause, and is one figure, which NUMBER_RUN reads as two runs)
_CLAUSE_END = regex.compile(r"(?<!\d)[,，](?!\d)|[;。；]")
_THOUSANDS = regex.compile(r"\d[,，]\d{3}(?!\d)")
_WHOLE_PREFIX = regex.compile(r"^(?:全[省市州县区旗镇乡]|全年|今年|其中)")


def _shared_item(text: str, s_start: int, pos: int) -> str | None:
    """The k-th noun of a list before 分别 for the k-th figure after it, when every member is a thing (not a
    place: 华亭县、崇信县分别投入资金… are whose, not what)."""
    if (levels := _levels_item(text, s_start, pos)) is not None:
        return levels
    if (sector := _sectors_item(text, s_start, pos)) is not None:
        return sector
    if (found := _list_position(_SHARED_LIST, text, s_start, pos)) is None:
        return None
    shared, verb, k = found
    if shared.group("list").endswith("的"):
        return None  # 涉及乡村振兴、交通建设的分别为57件和41件: the ones about each, a part of what is counted
    members = [_WHOLE_PREFIX.sub("", member) for member in regex.split(r"、|和", shared.group("list"))]
    members[0] = _LIST_LEAD.sub("", members[0])
    if len(members) == 1 and members[0].startswith("城乡") and len(members[0]) > 2:
        # 城乡居民人均可支配收入分别增长4.1%和6.3%: 城乡 is the pair 城镇 and 农村, each with its own figure
        members = ["城镇" + members[0][2:], "农村" + members[0][2:]]
        if k < 2:
            return _with_change(members[k], verb)
    if k >= len(members) or members[0].endswith(("代表团", "代表小组")):
        return None  # (历城区代表团和章丘区代表团提出的较多,分别为34件和29件: whose, not what)
    if "的" in members[-1][1:-2]:
        # 县人民政府、县人民法院、县人民检察院的满意率分别为97.1%、94.2%: each one's 满意率, the head after 的
        return members[-1].rsplit("的", 1)[1]
    if (shared_head := _shared_head(members)) is not None:
        # 城镇、农村居民人均可支配收入分别增长5.1%和6.8%, 教育、卫生健康两项支出分别为…: short modifiers that share
        # the last member's head
        modifiers, head = shared_head
        return _with_change(modifiers[k] + head, verb)
    if any(not member or _NOT_A_THING.search(member) or word_tag(member) == "ns" for member in members):
        return None
    return members[k]


def _paired_item(text: str, s_start: int, s_end: int, c: QuantityCandidate) -> str | None:
    """新建代表之家、代表联络站12个、30个: a list of nouns right before a list of as many bare figures pairs them in
    order, as 分别 would (the k-th figure counts the k-th noun)."""
    figures = _FIGURES_BEFORE.search(text, max(s_start, c.start - 60), c.start)
    run_start = figures.start() if figures else c.start
    nouns = _NOUNS_BEFORE.search(text, max(s_start, run_start - 60), run_start)
    if nouns is None:
        return None
    units = _FIGURE_UNIT.findall(figures.group()) if figures else []
    after = _FIGURES_AFTER.match(text, c.end, s_end)
    units_after = _FIGURE_UNIT.findall(after.group()) if after else []
    if any(unit != c.unit for unit in units + units_after):
        return None  # 座谈交流260余次、1100余人次: two measures of one thing; 20个镇街、156个小区: each with its noun
    k, total = len(units), len(units) + 1 + len(units_after)
    members: list[str] = []
    for member in nouns.group("list").split("、"):
        if (cut := _strip_leading_verbs(_after_verb_of(member))) != member:
            members = []  # 城东镇、龙湖镇分别新发展六堡茶、砂糖橘种植: the nouns listed start after the last verb
        members.append(cut)
    if total != len(members) or total < 2 or any(len(m) < 2 or _NOT_PAIRED.search(m) for m in members):
        return None  # (A县、B县代表团分别提交37件、33件: whose, not what; 道路硬化、饮水管网改造等实事: examples)
    if (shared_head := _shared_head(members)) is not None:
        modifiers, head = shared_head  # 新建城区、农村代表联络站5个、12个: each modifier with the head
        members = [modifier + head for modifier in modifiers]
    elif (verb := tagged(members[-1])[-1]) and verb[1] == "v" and len(verb[0]) == 2 and len(members[-1]) > 3:
        # 新发展六堡茶、砂糖橘种植1200亩、850亩: the verb the last noun ends on is every noun's (六堡茶种植)
        members = [m if m.endswith(verb[0]) else m + verb[0] for m in members]
    if any(_NOT_A_THING.search(m) or word_tag(m) == "ns" for m in members):
        return None
    return members[k]


def _after_verb_of(phrase: str) -> str:
    """全县新建代表之家 -> 代表之家: the words after the phrase's last verb, time or adverb (the whole phrase if none;
    the last word is never cut off, whatever its tag)."""
    tokens = list(tagged(phrase))
    last = max((i for i, (_, tag) in enumerate(tokens[:-1]) if tag[:1] in ("v", "p", "d", "c", "r", "t")), default=-1)
    return "".join(w for w, _ in tokens[last + 1:])


_FIGURE_DIGITS = r"[\d０-９]+(?:[.．][\d０-９]+)?(?:余|多)?"  # (12, 3.5, 200余: a figure's digits and its 余/多)
_BARE_FIGURE = _FIGURE_DIGITS + r"[十百千万亿]?(?:余|多)?\p{Han}{1,3}?"
_FIGURE_UNIT = regex.compile(_FIGURE_DIGITS + r"(?:[十百千万亿](?=\p{Han}))?(?:余|多)?(\p{Han}{1,3}?)(?=[、和及]|$)")
# the figures of a run before this one (12个、), each a figure and its unit and nothing else
_FIGURES_BEFORE = regex.compile(rf"(?:{_BARE_FIGURE}[、和及])+$")
_FIGURES_AFTER = regex.compile(rf"(?:[、和及]{_BARE_FIGURE}(?![\p{{Han}}\d０-９]))+")
_NOT_PAIRED = regex.compile(r"分别|依次|也|均|各|等")
# two or more nouns joined by 、 that end right where the figures start
_NOUNS_BEFORE = regex.compile(r"(?P<list>\p{Han}{2,12}(?:、\p{Han}{2,12})+)$")


def _levels_item(text: str, s_start: int, pos: int) -> str | None:
    """县、镇两级人大代表活动经费分别按每人每年1200元、800元: the k-th figure is the k-th level's (县人大代表活动经费;
    市级票决制工作覆盖率 where the head is no body of its own)."""
    shared = None
    for m in _LEVELS_SHARED.finditer(text, max(s_start, pos - 40), pos):
        shared = m
    if shared is None or _CLAUSE_END.search(text, shared.end(), pos):
        return None
    levels = shared.group("levels").split("、")
    k = len(NUMBER_RUN.findall(text, shared.end(), pos)) - len(_THOUSANDS.findall(text, shared.end(), pos))
    if k >= len(levels):
        return None
    head = shared.group("head")
    return _with_change(levels[k] + ("" if head.startswith(("人大", "人民")) else "级") + head, shared.group("verb"))


# the sectors of an economy written as ordinals sharing one head (第一、二、三产业增加值, 一、二、三产业增加值分别增长)
_SECTORS_SHARED = regex.compile(r"第?(?P<ords>[一二三](?:、第?[一二三])+)产业(?P<head>\p{Han}{2,8}?)"
                                rf"(?:均)?(?:分别|依次){_SHARED_VERB}")
_RATE_WORD = regex.compile(r"增幅|增速|涨幅|降幅")  # (…,增幅依次为3.6%、7.8%: the list's rates, run again)


def _list_position(pattern: regex.Pattern, text: str, s_start: int, pos: int):
    """The last list `pattern` matches before pos, the verb its figures share, and which of those figures (k) the one
    at pos is: counted after the list, or after a comma's clause that runs the same list again (城镇、农村居民人均可支配
    收入分别达到37860元和15210元,年均分别增长7.6%、9.8%; …分别达到55亿元、53亿元,增幅依次为3.6%、7.8%)."""
    shared = None
    for m in pattern.finditer(text, max(s_start, pos - 60), pos):
        shared = m
    if shared is None:
        return None
    verb, count_from = shared.group("verb"), shared.end()
    if ends := list(_CLAUSE_END.finditer(text, shared.end(), pos)):
        rate = _RATE_WORD.match(text, ends[-1].end(), pos)
        again = _SHARED_AGAIN.match(text, rate.end() if rate else ends[-1].end(), pos)
        if again is None or len(ends) > 1 or ends[-1].group() not in (",", "，"):
            return None
        verb, count_from = again.group("verb"), again.end()
    return shared, verb, len(NUMBER_RUN.findall(text, count_from, pos)) - len(_THOUSANDS.findall(text, count_from, pos))


def _sectors_item(text: str, s_start: int, pos: int) -> str | None:
    """第一、二、三产业增加值分别达到55亿元、53亿元和105亿元: the k-th figure is the k-th sector's (第二产业增加值), and
    so is the k-th of a clause that runs the list again (,增幅依次为3.6%、7.8%和11.6%)."""
    if (found := _list_position(_SECTORS_SHARED, text, s_start, pos)) is None:
        return None
    shared, verb, k = found
    ordinals = [o.lstrip("第") for o in shared.group("ords").split("、")]
    if k >= len(ordinals):
        return None
    return _with_change("第" + ordinals[k] + "产业" + shared.group("head"), verb)


def _with_change(member: str, verb: str) -> str:
    """城镇居民人均可支配收入 + 增长: a shared verb of change is part of what each figure measures."""
    return member + verb if verb in CHANGE_WORDS else member


def _shared_head(members: list[str]) -> tuple[list[str], str] | None:
    """The modifiers and the head they share, when the last member holds the head: after a count of the members
    (卫生健康|两项|支出), or after a word as long as each short member before it (城镇 | 农村|居民人均可支配收入)."""
    *firsts, last = members
    if not firsts:
        return None
    counted = _MEMBERS_COUNTED.fullmatch(last)
    if counted:
        return firsts + [counted.group("modifier")], counted.group("head")
    size = len(firsts[0])
    if size > 4 or len(last) <= size + 1 or any(len(m) != size or len(tagged(m)) != 1 for m in firsts):
        return None
    words = tagged(last)
    if len(words) >= 2 and len(words[0][0]) == size + 1 and len(words[1][0]) > 1:
        return firsts + [words[0][0]], "".join(w for w, _ in words[1:])  # 茶叶、蔬菜、辣椒、中药材产量: the last
        # modifier is a character longer, one word, and the head the rest (not 中药|材产量, 花卉、中药材|种植面积;
        # not 小学、初中生|均公用经费, whose head starts mid-word)
    if len(tagged(last[:size])) != 1:
        return None
    member, head = last[:size], last[size:]
    if (area := _AREA_KIND_LEAD.match(head)) and len(head) > area.end() + 1:
        member, head = member + area.group(), head[area.end():]  # 城镇和农村牧区|常住居民…: 牧区 is the member's own
    return firsts + [member], head


# a kind of area that ends a member rather than starting the head (农村牧区, 城镇林区)
_AREA_KIND_LEAD = regex.compile(r"牧区|山区|林区|垦区|库区")


_MEMBERS_COUNTED = regex.compile(r"(?P<modifier>\p{Han}{2,8}?)(?:两|二|三|四|五|几)(?:项|类|大类|个方面)(?P<head>\p{Han}{2,8})")


def _object_before(text: str, s_start: int, pos: int) -> str | None:
    """The noun a verb takes right before the figure (选派|机关干部|9名, 公司流转|土地|1200余亩): verb, object,
    figure is how the genre counts the object."""
    before, verb_between = _item_before(text, pos, s_start)
    if not before or verb_between or not text.endswith(before, s_start, pos):
        return None
    tokens = _tokens(before)
    verbs = [i for i, (word, tag) in enumerate(tokens) if tag == "v" or word in ACTION_VERBS]
    if verbs:
        tokens = tokens[verbs[-1] + 1:]  # 公司流转土地: the object after the verb
    elif not _verb_led(text[max(s_start, pos - len(before) - 2):pos - len(before)] or "的"):
        return None
    while tokens and tokens[0][1] == "f":
        tokens = tokens[1:]  # 带动周边农户130多户: where they are is no part of what is counted
    noun = "".join(word for word, _ in tokens)
    if not tokens or tokens[-1][1] not in NOUNISH or _NOT_A_THING.search(noun) or word_tag(noun) == "ns":
        return None
    return noun


def _verb_led(phrase: str) -> bool:
    """下沉社区, 进行宪法, 发展油茶: a phrase that opens with a verb of the genre (or any word jieba tags a verb), or
    with an adverb of manner and its verb (分片|包保)."""
    if len(phrase) >= 3 and phrase[0] == "所" and word_tag(phrase[1]) == "v":
        return True  # 19件所涉事项超出…: 所 and a verb make a clause about what was counted (what it involves)
    tokens = _tokens(phrase)
    word, tag = tokens[0]
    if word in _NEGATIONS and len(tokens) > 1:
        return True  # 130多户未配套粪污处理设施: a negated predicate (未成年人, 不动产 are one word each, no negation)
    if tag in ("d", "ad") and len(tokens) > 1 and len(word) >= 2:
        word, tag = tokens[1]
    return tag == "v" or (tag == "vn" and word in ACTION_VERBS)


_NEGATIONS = {"未", "不", "没", "没有", "尚未", "仍未", "未能", "不能", "无法"}


# 7个方面的问题和建议, 11个方面的问题已基本解决: the aspects group what was raised, and what was raised is counted
# (not 4个方面的20个问题, whose problems have their own figure; not 8个方面的工作, a plan's outline)
_ASPECTS_RAISED = regex.compile(r"方面的?(?P<raised>(?:问题|意见|建议)(?:[和与及、](?:问题|意见|建议))*)"
                                r"(?![\d０-９一二三四五六七八九十清台表单])")


def _item_after(text: str, pos: int, s_end: int) -> str | None:
    window = _clause_after(text, pos, s_end)
    if aspects := _ASPECTS_RAISED.match(window):
        return aspects.group("raised")
    # 1项(个)产业(企业): skip a parenthesised alternative unit; 13个亿元以上重大工业项目: and each one's worth
    skipped = _ALT_UNIT.match(window) or _WORTH_THRESHOLD.match(window)
    if skipped and skipped.end() < len(window):
        window = window[skipped.end():]
    session = _SESSION_NAMED.match(window) or _YEAR_NAMED.match(window)
    if session and session.end() < len(window):
        # 19件自治区十四届人大一次会议代表建议, 10项2025年民生实事项目: which session's or year's, then what
        window = window[session.end():]
    # “上站”活动: a quoted term that opens the phrase is part of it; 乡镇(街道)人大代表联络站: so is an alternative
    window = _LEADING_QUOTED.sub(r"\g<term>", window.lstrip("「『"))
    written = window
    window = _INNER_ALTERNATIVE.sub("", window)  # tagged without them, written with them (below)
    if not window or not ("\u4e00" <= window[0] <= "\u9fff"):
        return None
    place_word = _PLACE_WORD_WHOLE.match(written)
    if place_word:  # 48个嘎查村设立…, 680余名苏木镇人大代表: jieba cuts 嘎|查, so the Mongolian place word is read whole
        # (35件设区的市法规: and 设区|的|市, so the legal term is too)
        return place_word.group() + (_leading_noun_phrase(_tokens(written[place_word.end():])) or "")
    levels = _LEVEL_LIST.match(written) or _GRADE_LIST.match(written)
    if levels and (phrase := _leading_noun_phrase(_tokens(written[levels.end():]))):
        # 112名县、乡人大代表: the levels listed are part of whose deputies; 7个国控、省控及县控断面: so are grades
        return levels.group() + phrase
    if (window[0] in _ONE_CHARACTER_THINGS or window[0] in "县区市旗") and (
            alone := _BRACKETED_ALTERNATIVE.match(written, 1)):
        # 13个村(社区)公开征集, 全市13个县(市、区): a one-character noun with its alternative; a noun after it is
        # what the places have (9个村(社区)代表联络点: the stations, one per village)
        head = _leading_noun_phrase(_tokens(written[alone.end():]))
        return written[:alone.end()] + (head if head and written.startswith(head, alone.end())
                                        and _BODY_OF_A_PLACE.search(head) else "")
    tokens = _join_nominal_suffix(_tokens(window))
    if tokens and tokens[0][0] == "的":
        return None
    if (passive := _PASSIVE_NOUN.match(window)) and (head := _leading_noun_phrase(_tokens(passive.group("noun")))):
        return "被" + passive.group("verb") + head  # 对4个被评议部门逐一测评: those the act is done to, a noun phrase
    if head := _head_after_relative_clause(window):
        return head
    if window.startswith("来自") and (split := _split_at_de(window, 16)) \
            and (head := _leading_noun_phrase(_tokens(split[1]))):
        return head  # 60余位来自重庆主城和成都市等地的企业家: where they come from, then who
    phrase = _leading_noun_phrase(tokens) or _short_noun_prefix(tokens)
    if phrase:
        return _with_alternatives(written, phrase)
    if tokens and tokens[0][0] in _ONE_CHARACTER_THINGS:
        # 走访了4个镇、9个村: a one-character noun that ends the clause (jieba tags 村 zg), or that jieba keeps
        # apart from what follows (为6个村新建文化广场)
        return tokens[0][0]
    # 9个可供借鉴的示范点: a short relative clause, then the head noun after 的
    split = _split_at_de(window, 8)
    return _leading_noun_phrase(_tokens(split[1])) if split else None


_PASSIVE_NOUN = regex.compile(r"被(?P<verb>评议|测评|考核|监督|检查|询问|督办|帮扶|巡查|审计|走访|征收|拆迁|安置|救助|资助)"
                              r"(?P<noun>\p{Han}{1,8})")


def _split_at_de(window: str, longest: int) -> tuple[str, str] | None:
    """A short clause before the window's first 的 and what follows it, when the clause holds no figure of its
    own (增加到2007年的预计8.6亿元: another figure's)."""
    de = window.find("的")
    if not 0 < de <= longest or regex.search(r"\d", window[:de]):
        return None
    return window[:de], window[de + 1:]


# nouns for people: a count of 名/人/位 counts them, whatever jieba joins after them
_PEOPLE = regex.compile(r"(?:代表|干部|人员|同志|群众|委员|老人|学生|村民|居民|农民|职工|党员|志愿者|人士|嘉宾|选民)")
_PEOPLE_NAMED_AFTER = regex.compile(r"\p{Han}{0,4}?" + _PEOPLE.pattern)  # (68名镇人大代表: a level and body first)


def _ends_with_people(phrase: str) -> bool:
    """5名代表联络员, 3名村民代表, 18名考生: the phrase ends with people."""
    return bool(regex.search(r"[员者人生]$", phrase) or _PEOPLE.search(phrase[-3:] if len(phrase) > 3 else phrase))


def _people_counted(phrase: str) -> str:
    """460余名各级人大代表投身卡口(值守): jieba tags 投身 a noun, but the people end the phrase (5名代表联络员,
    3名村民代表: the phrase ends with people, so it stays whole)."""
    if _ends_with_people(phrase):
        return phrase
    end = None
    for m in _PEOPLE.finditer(phrase):
        if end is not None and (m.start() != end or m.group() == phrase[end - len(m.group()):end]):
            break  # the first run of people words (村民代表), never a word said twice (市人大代表|代表资格)
        end = m.end()
    return phrase[:end] if end else phrase


# words that close a clause as an adjective would, though jieba tags them v, d, n or nr: likeness (5件内容相近的建议)
# and grade (1条高质量的意见建议)
_ADJECTIVE_WORDS = frozenset(("相近", "相似", "相同", "类似", "雷同", "一致", "重复", "近似",
                              "高质量", "高水平", "高标准", "优质"))


def _head_after_relative_clause(window: str) -> str | None:
    """15名具有财经专业背景的人员, 68名考上大学的学子, 3400余名经济困难的老人: a clause that opens with a verb or
    closes with an adjective describes the head noun after 的, which is what is counted."""
    split = _split_at_de(window, 10)
    if split is None or len(split[0]) < 2 or regex.search(r"[,;。，；：:]", split[0]):
        return None
    clause = _tokens(split[0])
    parts = split[0].split("、")  # (5件时间长、难度大的信访积案: coordinated predicates, each closing with an adjective)
    if len(parts) > 1 and not all(part and (tokens := _tokens(part)) and tokens[-1][1] in ("a", "an", "l")
                                  for part in parts):
        return None
    if not (clause[0][1] == "v" and clause[0][0] not in ACTION_VERBS) and clause[-1][1] not in ("a", "an", "l") \
            and clause[-1][0] not in _ADJECTIVE_WORDS:
        return None  # (jieba tags an idiom such as 基础薄弱 l)
    if any(tag.startswith("n") and (_DOER.search(word) or word[-1] in "镇乡站" or word == "村") for word, tag in clause):
        return None  # 400多名群众出行难的问题, 57家承办单位的努力: the clause names what is counted itself
    head = _tokens(split[1])
    if _names_an_activity(head):
        return None  # 8个承办站所的(民情办理)工作: an activity is not what a measure word counts; the clause is
    return _leading_noun_phrase(head)


_ACTIVITY_WORDS = ("工作", "情况")


def _names_an_activity(tokens: list[tuple[str, str]]) -> bool:
    """Does the noun phrase open with a verbal noun (工作开展) or end on 工作/情况 (民情办理工作开展)? A noun
    after it makes a thing again (专项工作报告)."""
    if tokens and tokens[0][1] == "vn" and tokens[0][0] not in _ACTIVITY_WORDS:
        return len(tokens) == 1 or not tokens[1][1].startswith("n")
    for i, (word, tag) in enumerate(tokens):
        if word in _ACTIVITY_WORDS:
            return i + 1 == len(tokens) or not tokens[i + 1][1].startswith("n") or tokens[i + 1][0] in _ACTIVITY_WORDS
        if not (tag.startswith("n") or tag in ("vn", "v")):
            return False
    return False


# choosing some out of a pool (从23个候选项目中票决出8个, 从209件建议中筛选出): what the pool holds, without 候选
_CHOSEN_FROM = regex.compile(r"从[^,;。]{0,6}?\d+[个件项条名家]?(?:候选|备选|初选)?(?P<pool>\p{Han}{1,8}?)中"
                             r"[^,;。\d]{0,8}?(?:选出|票决出|筛选出|评选出|遴选出|确定|选定|产生|挑选出)了?$")
# one-character nouns a figure may count on its own (4个镇、9个村, 帮扶20户)
# an alternative in brackets right after a one-character noun, with or without more after it (村(社区)公开, 县(市、区))
_BRACKETED_ALTERNATIVE = regex.compile(r"\([\p{Han}、]{1,4}\)")
_ONE_CHARACTER_THINGS = set("村镇乡户站点室所校院厂店园场馆组")  # (分成6个组)
# a total of attendance after 共 (共40余人参加会议, 共31人列席会议, 共160余人参加培训)
# a team and whom it is made of, up to the total (检查组由部分常委会组成人员和区人大代表共14人组成)
_TEAM_MADE_OF = regex.compile(r"(?:^|(?<=[,;。:\n]))(?:此次|本次|该|这次)?(?P<team>\p{Han}{0,6}?(?:组|团|队|委员会))由"
                              r"[^,;。:\n]{2,50}共$")


def _team_made_of(text: str, s_start: int, c: QuantityCandidate) -> str | None:
    """The team a total of people makes up (检查组由…和部分市人大代表共14人组成: 检查组), or None."""
    if c.unit not in ("人", "名") or not text.startswith("组成", c.end) or text.startswith("组成的", c.end):
        return None
    team = _TEAM_MADE_OF.search(text, max(s_start, c.start - 60), c.start)
    return team.group("team") if team else None
_ATTENDANCE_TOTAL = regex.compile(r"(?P<verb>参加|到会|列席|与会)(?P<what>会议|培训|座谈)?(?=[,;。.]|$)")
# …but a body's members are named as such (副主任…和常委会组成人员共23人到会)
_BODY_MEMBERS = regex.compile(r"(?:组成人员|委员)(?:等)?$")
# a kind of case named with the classifier again (2件不满意件, 8件重点督办件)
_CASE_NAMED = regex.compile(r"(?P<what>[\p{Han}“”\"]{1,8}?(?<![条文事案软配证邮稿])件)(?=[,;。、:)\s]|$|以及|和|及|与|的|被|已|均|全部|重新|逐)")
_YEAR_NAMED = regex.compile(r"[12]\d{3}年度?(?=\p{Han})")
# a session named before what it produced (自治区十四届人大一次会议|代表建议, 县十七届人大三次会议期间的|建议)
_SESSION_NAMED = regex.compile(r"(?:\p{Han}{0,6}自治区|\p{Han}{0,3}[省市州县区旗镇乡])?第?[一二三四五六七八九十\d]{1,3}届"
                               r"(?:人大|人民代表大会)"
                               r"(?:常委会)?第?[一二三四五六七八九十\d]{1,3}次(?:会议|全会)(?:期间)?的?")


def _with_alternatives(written: str, phrase: str, at_end: bool = False) -> str:
    """The phrase as the text writes it: `乡镇(街道)联络站`, not `乡镇联络站` (the alternative is part of the
    name an analyst searches for; it was only dropped so that jieba reads the words around it). The phrase
    opens the written window, or with at_end closes it (县(区)人大代表名额 before a number)."""
    if "(" not in written or not phrase:
        return phrase
    for start in (range(len(written) - 1, -1, -1) if at_end else (0,)):
        if written[start] != phrase[0]:
            continue
        out, k, i = [], 0, start
        while i < len(written) and k < len(phrase):
            alt = _INNER_ALTERNATIVE.match(written, i)
            if alt and k > 0:
                out.append(alt.group())
                i = alt.end()
                continue
            if written[i] != phrase[k]:
                break
            out.append(written[i])
            i += 1
            k += 1
        if k == len(phrase):
            return "".join(out)
    return phrase


# one-character suffixes that make a noun of the verb before them (脱贫|户, 监测|点, 联络|员, 参与|者)
_NOMINAL_SUFFIX = set("户员者站点室处所队组票")  # (50张测评票: the ballots)


def _join_nominal_suffix(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if len(tokens) >= 2 and tokens[0][1] in _VERB_TAGS and len(tokens[0][0]) == 2 \
            and tokens[1][0] in _NOMINAL_SUFFIX and tokens[0][0] not in ACTION_VERBS:
        return [(tokens[0][0] + tokens[1][0], "n")] + list(tokens[2:])
    return tokens


# Inner Mongolia's village and township words (嘎查 a village, 苏木 a township), with what they are written with;
# and 设区的市 (a city with districts, the Legislation Law's term, one noun though written with 的)
_PLACE_WORD_WHOLE = regex.compile(r"(?:嘎查|苏木)(?:村|镇场|乡镇|镇|乡)?(?:[(（][村镇乡][)）])?|设区的市")
# levels of government listed before a noun (县、乡人大代表, 州、市、镇三级人大代表)
# grades listed before one noun, joined by 、 and 及/和 (国控、省控及县控, 省级、市级及县级, A类、B类和C类)
_GRADE = r"\p{Han}{1,3}[级控类型]"
_GRADE_LIST = regex.compile(rf"{_GRADE}(?:、{_GRADE})*(?:、|及|和|与|以及){_GRADE}(?=\p{{Han}})")
_LEVEL_LIST = regex.compile(r"[省市州县区乡镇](?:、[省市州县区乡镇](?:[(（][市区县][)）])?)+(?:[两二三四五]级)?(?=\p{Han})")
_LEADING_QUOTED = regex.compile(r"^[“\"][ \t]*(?P<term>[^“”\"的]{1,16})[”\"]")  # (36个“ 民族团结代表联络站”)
_INNER_ALTERNATIVE = regex.compile(r"(?<=[\p{Han}])\([\p{Han}、]{1,4}\)(?=[\p{Han}])")
# 四级人大代表, 县乡两级代表, 市级: a level is a modifier although jieba reads its numeral as a number
_LEVEL = regex.compile(r"^(?:[一二两三四五六七八九十各多]|县|市|乡|镇|省|村)?级$")


def _short_noun_prefix(tokens) -> str | None:
    """上|站|活动: jieba tags no word of `上站` a noun; the shortest run of words ending in a two-character
    noun is the phrase, when nothing in it is a genre verb, a stop word or punctuation."""
    words: list[str] = []
    if tokens and tokens[0][1] in ("c", "p"):
        return None  # 2件因资金量较大…: a clause of cause or means, no noun phrase
    for word, tag in tokens[:4]:
        if word in _ITEM_STOP_WORDS or word in _PUNCT_CLAUSE or word in ACTION_VERBS or not word.strip():
            return None
        words.append(word)
        if tag in NOUNISH and len(word) >= 2 and len(words) > 1:
            phrase = "".join(words)
            return phrase if len(phrase) <= 8 else None
        if tag == "n" and len(word) == 1 and len(words) == 2 and len(words[0]) == 2 \
                and (len(tokens) == 2 or tokens[2][0] in _PUNCT_CLAUSE):
            return "".join(words)  # 下辖13个自然|屯: the whole clause after the figure is its noun
    return None


# what opens a count (3批, ３个, 两期)
_COUNT_OPENERS = set("0123456789０１２３４５６７８９一二两三四五六七八九十几数")
# the kinds of a deputy's remarks the law lists together (代表建议、批评和意见)
_REMARK_KINDS = ("建议", "批评", "意见")


def _leading_noun_phrase(tokens) -> str | None:
    words: list[str] = []
    head_ok = False
    for i, (word, tag) in enumerate(tokens):
        if words and words[-1] in ("、", "和", "及") and word in _REMARK_KINDS:
            words.append(word)  # 39件建议、意见和批评 (jieba tags 批评 a verb): the law's list of remarks
            head_ok = True
            continue
        if (word == "、" or word in ("和", "及") and ("、" in words or words and words[-1] in _REMARK_KINDS
                                                        and i + 1 < len(tokens) and tokens[i + 1][0] in _REMARK_KINDS)) \
                and head_ok and i + 1 < len(tokens) \
                and (tokens[i + 1][1] in NOUNISH or tokens[i + 1][0] in _REMARK_KINDS):
            # 5个乡镇、村和社区: a list started with 、 closes with its 和; 84件建议和意见: the law's remarks, paired
            words.append(word)
            head_ok = False
            continue
        if tag == "k" and words and i + 1 < len(tokens) and tokens[i + 1][1] in NOUNISH:
            words.append(word)  # 产业|型|人大代表联络站: a suffix (型, 式, 性) makes a modifier of what it ends
            head_ok = False
            continue
        if word in _ITEM_STOP_WORDS or word in _PUNCT_CLAUSE or (words and word in ACTION_VERBS) \
                or word in _PLAN_ADVERBS or word in _ADVERB_NOUNS or (not words and (tag == "f" or word in _LOCATIVES)) \
                or (head_ok and tag == "f" and word in _LOCATIVES):
            break  # 其余3户计划在年底前搬迁, 43名人大代表实际到会, 15个工作日内反馈: when and how, not what is counted
            # (从6个候选项目中差额票决: among the projects, so the phrase ends with them)
        if words and _opens_a_verb(tokens, i):
            break  # 代表|报|到: jieba cut the verb 报到 after the people, so they end the phrase
        if tag in MODIFIER or (tag == "r" and not words and word.startswith(("各", "相关"))) \
                or _LEVEL.match(word) or _verb_modifier(tokens, i, words):
            words.append(word)
            head_ok = tag in NOUNISH
        else:
            break
    while words and not head_ok:
        words.pop()
        head_ok = bool(words) and tokens[len(words) - 1][1] in NOUNISH
    if words and len(words) < len(tokens):
        nxt = tokens[len(words)][0]
        if len(nxt) == 1 and nxt not in _FREE_CHARS and "\u4e00" <= nxt <= "\u9fff" \
                and not _opens_a_verb(tokens, len(words)) \
                and not (nxt == "看" and not words[-1].endswith("回头")) \
                and not (len(words) + 1 < len(tokens) and (tokens[len(words) + 1][0] in ("了", "过", "着")
                                                            or nxt == "分" and tokens[len(words) + 1][0][:1]
                                                            in _COUNT_OPENERS)):
            # 奖|补, 示范|站: jieba split a bound suffix off the head (项目|作|了: a verb, not one; 同志|分|两批: the
            # verb that splits them into a count, not 同志分; 从35件议案|看: the frame's verb, but 回头|看 is a noun)
            words.append(nxt)
    phrase = "".join(words).strip("“”\"")
    return phrase or None


def _opens_a_verb(tokens, i: int) -> bool:
    """A one-character word that, with the first character of the word after it, is a verb jieba knows (报|到)."""
    word = tokens[i][0]
    return len(word) == 1 and i + 1 < len(tokens) and word_tag(word + tokens[i + 1][0][:1]) in _VERB_TAGS


def _verb_modifier(tokens, i: int, words: list[str]) -> bool:
    """预算|单位, 承办|单位: jieba tags the first word a verb, but a noun follows it inside the phrase.
    Only at the phrase's start, and never a genre verb (建成, 召开) that takes the noun as its object."""
    word, tag = tokens[i]
    if not words and i + 1 < len(tokens) and _PAPER_OF_ACT.fullmatch(word + tokens[i + 1][0]):
        return True  # 对6个审议意见落实情况…, 形成2份调研报告: the paper an act produces, a noun of the genre
    return (not words and tag in _VERB_TAGS and len(word) == 2 and word not in ACTION_VERBS
            and i + 1 < len(tokens) and tokens[i + 1][1] in NOUNISH and len(tokens[i + 1][0]) >= 2)


_MASKED = regex.compile(r"[xX×＊*]{1,4}")
_WHEN_AFTER = regex.compile(r"(?:前后|以前|以后|之前|之后|前|后)$")


def _is_a_time(rest: str) -> bool:
    """What stands before 前/后 in an item makes it a time: nothing, an act (调整, 人代会结束) or a time word (年底)."""
    if not rest:
        return True
    words = tagged(rest)
    return words[-1][1] in ("v", "t") or words[-1][0] in ("年底", "月底", "年初", "会")
# the papers the genre's acts produce, written verb + noun (审议意见, 调研报告, 整改方案)
_PAPER_OF_ACT = regex.compile(r"(?:审议|调研|视察|检查|评议|整改)(?:意见|报告|方案)")


_TRAILING_TOTAL = regex.compile(r"(?<![)）])(?:总共|一共|共计|共有|(?<!公)共)$")  # (学校(含幼儿园)共有: the note stays apart)
_TRAILING_QUALIFIER = regex.compile(
    "(?:" + "|".join(sorted((w for w, _ in PREFIX_QUALIFIERS), key=len, reverse=True)) + ")$")


def _without_qualifier(window: str) -> str:
    """The words before a figure without the qualifier that ends them (大河镇|约3200人), unless the 约 or 近 closes a
    word of its own (完成签约|3200余户: 签约 is what was done, not 签 and an approximation)."""
    if _INSIDE_A_WORD.search(window, max(0, len(window) - 2)):
        return window
    # (古树名木共3186株: jieba glues 共 to the noun before it, 名|木共; the total's word is no part of the noun)
    return _TRAILING_TOTAL.sub("", _TRAILING_QUALIFIER.sub("", window))


# a verb of level that jieba splits (稳定|在, 发展|到): what stands before it is the item (优质粮油基地稳定在60万亩)
_TRAILING_LEVEL = regex.compile(rf"(?:稳定|控制|保持|维持|发展|扩大|上升|{CHANGE_VERBS})(?:在|到|至)$")
def _strip_level(window: str) -> str:
    """The item stands before a verb of level or result, never the verb (优质粮油基地稳定在60万亩; any verb with
    the result 到/至: 平均办理周期缩短至15天, 联络站扩展至20个)."""
    window = _TRAILING_LEVEL.sub("", window)
    if window[-1:] not in ("到", "至"):
        return window
    words = tagged(window[-6:])  # the verb is the word before 到/至 as jieba reads it (缩短|至, 增至)
    if len(words) >= 2 and words[-1][0] in ("到", "至"):
        verb, tag = words[-2]
        cut = len(verb) + 1
    else:
        verb, tag = words[-1][0][:-1], words[-1][1]
        cut = len(words[-1][0])
    if tag.startswith("v") and verb and verb not in _COPULAS and verb + window[-1] not in _COPULAS:
        return window[:-cut]
    return window


_NOTE_CHARS = 40
# a session or body an amount passed through (经区十届人大四次会议…, 经旗第十八届人民代表大会第一次会议…)
_BY_SESSION = r"经[^,;。，；\n]{2,30}?"
# a clause that adjusts the amount just given (后经区十届人大常委会第二十九次会议审议调整为): the same budget line
_ADJUSTED_BY = regex.compile(r"(?:^|[,;，；])(?:后|又|再)?" + _BY_SESSION + r"(?:调整|变更|调增|调减)(?:为|到|至)$")
# who approved the amount, set between the budget line and its 为 (经区十届人大四次会议审议通过为, 经…批准为)
_APPROVED_BY = regex.compile(r"(?:年初)?" + _BY_SESSION + r"(?:批准|审议通过|审查批准|通过)$")
_NOTE_BREAK = regex.compile(r"[,;]")
_SHORT_NAME = regex.compile(r"(?:以下)?简称[“\"]?(?P<short>\p{Han}{2,10})[”\"]?$")
_NOTE_CLAUSE_CHARS = 8  # (乡镇(街道)人大代表联络站, 代表联络站(室): an alternative is a word or two)
_NOTE_OF_PARTS = regex.compile(r"(?:含|包含|包括|涉及|主要是|主要涉及)")  # 城镇建设方面(含市容、市政)10件: what the class holds


def _bracket_before(text: str, s_start: int, close: int) -> int | None:
    """Where a bracketed note right before a figure opens (its ")" at close), if it is short enough to be one."""
    if not (close > s_start and text[close - 1] == ")"):
        return None
    opened = text.rfind("(", s_start, close - 1)
    return opened if 0 <= opened and close - opened <= _NOTE_CHARS else None


def _short_name_given(text: str, opened: int, close: int) -> str | None:
    """(以下简称代表建议): the name the text goes on with; never a verb's (较上年增长(以下简称“增长”)7.2%)."""
    short = _SHORT_NAME.match(text, opened + 1, close - 1)
    return short.group("short") if short and word_tag(short.group("short")) not in _VERB_TAGS else None


def _is_aside(text: str, opened: int, close: int) -> bool:
    """按账面价值计,下同; 含市容、市政; 转作建议处理的议案一并计入: a note, so the item is read before it (not an
    alternative, 代表联络站(室), 乡镇(街道), a word or two; not a short name, given or a verb's)."""
    return not _SHORT_NAME.match(text, opened + 1, close - 1) and bool(
        _NOTE_BREAK.search(text, opened, close) or _NOTE_OF_PARTS.match(text, opened + 1)
        or close - opened - 2 >= _NOTE_CLAUSE_CHARS)


def _item_before(text: str, pos: int, s_start: int, limit: int = 20,
                 event_unit: bool = False) -> tuple[str | None, bool]:
    """(the noun phrase ending right before the number, whether a verb stood between it and the number)."""
    close = pos - 1 if text[pos - 1:pos] in ("为", "达", "是", "共") else pos  # (…总额(按账面价值计,下同)为35.07亿元)
    opened = _bracket_before(text, s_start, close)
    if opened is not None and (short := _short_name_given(text, opened, close)):
        return short, False  # 建议、批评和意见(以下简称代表建议)31件: the name the text goes on with
    if opened is not None and _is_aside(text, opened, close):
        pos = opened  # A类(立见成效,问题已经解决或基本解决)30件: a note set in brackets, the label before it
    elif close < pos and (approved := _APPROVED_BY.search(text, max(s_start, close - _NOTE_CHARS), close)):
        pos = approved.start()  # 收入经旗第十八届人民代表大会第一次会议批准为35.6亿元: the approving body is no item
    start = max(s_start, pos - limit)
    window = _AFTER_LAST_BREAK.search(text, start, pos).group()
    window = _after_last_figure(window).rstrip()
    if "连续" in window:  # (粮食总产连续多年稳定在: for how many years it held is no part of what; 连续3年 stays)
        window = _YEARS_RUNNING.sub("", window)
    if "原因" in window:  # (a substring test first: this runs for every figure)
        window = _CAUSE.sub("", window)  # 因迁出、死亡等原因除名1137人: the cause is why, never what is counted
    if not window:
        return None, False
    # a qualifier is the figure's, not the noun's: tagged without it (大河镇|约3200人: jieba reads 镇约 as a name)
    window = _without_qualifier(window)
    window = _strip_level(window)
    # 代表联络站(室)5个: tagged without the alternative, which the item keeps as written (below)
    alternative = _TRAILING_ALTERNATIVE.search(window)
    window = window[:alternative.start()] if alternative else window
    # 县(区)人大代表名额: an alternative inside the phrase is tagged without too, and put back in the item
    written = window
    window = _INNER_ALTERNATIVE.sub("", window)
    # a bound suffix joins its word first (供水管|道, 收集|点), or it would be stripped as a measure word
    tokens = _join_bound_suffix(_tokens(window))
    if start > s_start and window == text[start:start + len(window)] and "\u4e00" <= text[start - 1] <= "\u9fff" \
            and len(tokens) > 1:
        tokens = tokens[1:]  # the window cut a word (建|议将…): its first token is half a word
    if alternative and tokens and len(tokens[-1][0]) == 1 and "\u4e00" <= tokens[-1][0] <= "\u9fff":
        tokens[-1] = (tokens[-1][0], "n")  # 村(社区)46个: one character and its alternative name a kind of place
        # (jieba tags 村 alone zg, as a bound morpheme)
    n_tokens = len(tokens)
    verb_between = False

    def between(word: str, tag: str, verbs: bool) -> bool:
        if word in _ITEM_STOP_WORDS or word in _BETWEEN_WORDS or (verbs and word in _ADVERBIAL_NOUNS) \
                or word in _PLAN_ADVERBS:
            return True  # (参会单位当场|答复了11条: when, not what; 示范站力争|达到25个: a plan, not what)
        if word.startswith(("每", "人均")) or word in "”\"()《》":
            return True
        return tag in _BETWEEN_TAGS and (verbs or tag not in _VERB_TAGS)

    if len(tokens) >= 2 and tokens[-1][0] in _HAS_ALREADY and tokens[-2] == ("中", "f"):
        tokens.pop()  # 农村学校中已有216所: the group the count is among, not a predicate before it
    # strip what stands between the item and the number: 共有, 达, 分别由每人每年, 等, 人均, 近, quotes
    while tokens and between(*tokens[-1], verbs=False):
        tokens.pop()
    tokens = _join_bound_suffix(tokens)  # 打造示范|站不少于3个: the suffix is last once 不少于 is gone
    if event_unit and tokens and tokens[-1][1] in ("v", "vn") and len(tokens[-1][0]) >= 2:
        if tokens[-1][0] not in ACTION_VERBS or tokens[-1][0] in ACTIVITIES:
            return tokens[-1][0], False  # 等宣讲215场次: the activity is what is counted
        # 常委会会议共召开36次: 召开 is how, the meeting before it is what is counted
        tokens.pop()
        while tokens and tokens[-1][1] in ("d", "ad") or (tokens and tokens[-1][0] in _BETWEEN_WORDS):
            tokens.pop()
    if len(tokens) >= 2 and tokens[-1][1] in ("v", "vn") and tokens[-2][1] in ("d", "ad"):
        # 直接管理1个, 代表建议已办结123件: a predicate; the item is its topic before it, or the one carried over
        tokens.pop()
        verb_between = True
    compared = False
    while tokens and between(*tokens[-1], verbs=True):
        verb_between |= tokens[-1][1] in _VERB_TAGS and len(tokens[-1][0]) >= 2  # 镇政府已办结43条
        compared |= tokens.pop()[0] in _COMPARED_BY
        if compared and tokens and tokens[-1][1] not in ("d", "ad"):
            tokens = _join_bound_suffix(tokens)  # 不起诉|率|(仍)同比上升: the rate's suffix is last once 同比 is gone
    words: list[str] = []
    # a verb before a noun use of a verb takes it as its object (核定|编制, 追讨|欠薪): the phrase ends there
    head = tokens[-1][0] if tokens else ""
    quoted = False  # between a closing and an opening quote (read backwards): one quoted term, whatever its words
    for k in range(len(tokens) - 1, -1, -1):
        word, tag = tokens[k]
        if word in "“”":
            # kept inside the phrase (“散乱污”企业); clean_item drops them around the whole item
            quoted = word == "”" and bool(words)
            if word == "”" and not words:
                continue  # a term quoted right before the number (建有“代表之家”16个) stands as a plain noun
            words.append(word)
            continue
        if quoted and word not in _PUNCT_CLAUSE and len(words) < 12:
            words.append(word)
            continue
        if word in _ITEM_STOP_WORDS or word in _PUNCT_CLAUSE or (not words and word in _ADVERB_NOUNS):
            break  # (…或基本|解决的119件: 基本 says how, jieba tags it a noun; 基本支出 keeps it)
        # the word next to the number is the head and must be a noun; modifiers may precede it, and so may a
        # verb between two nouns (代表|履职|经费, 群众|反映|问题): the noun before it is its subject
        if tag in (NOUNISH if not words else MODIFIER) or (
                words and tag in _VERB_TAGS and len(word) == 2 and word not in ACTION_VERBS and head not in NOUN_USES
                and word not in _COPULAS
                and k > 0 and tokens[k - 1][1] in NOUNISH and tokens[k - 1][0] not in _ITEM_STOP_WORDS
                and not _BODY_AGENT.search(tokens[k - 1][0])) \
                or (words and word == "类" and k > 0 and tokens[k - 1][1] in NOUNISH and len(tokens[k - 1][0]) >= 2
                    and tokens[k - 1][1] != "eng") \
                or (words in (["时间"], ["时限"]) and tag in ("v", "vn") and len(word) == 2):
            # 民生|类|支出: a class of it (C类建议: a label, read elsewhere); 平均答复|时间: how long the act takes
            words.append(word)
        elif words and k == 0 and tag == "m" and _NUMERAL_WORD.fullmatch(word) \
                and tokens[1][1] in NOUNISH and window.startswith(word):
            words.append(word)  # 四方国际畜牧项目, 双牛建材…项目: a numeral opening a name at its clause's start
        else:
            break
    item = "".join(reversed(words)) or None
    if item and item.startswith("会议") and len(item) > 3 and window[:len(window) - len(item)].endswith("次"):
        item = item[2:]  # 市十七届人大三次会议代表意见建议57件: the session's, then what (意见建议)
    if item and _PROPER_PLACE.match(item) and _is_place_name(tokens, len(words)):
        return None, verb_between  # 把庙前镇441户脱贫户: the township is where, not what is counted
    if item in _PLACE_KINDS and len(tokens) > len(words) and regex.match(r"\p{Han}", tokens[-len(words) - 1][0][-1:]):
        return None, verb_between  # 其中禾梨坳|乡|集中安置412人: the tail of a township's name jieba cut off, not what
    if item and _STREET_BEFORE.search(text, max(s_start, pos - 8), pos) and _street_list(text, s_start, pos):
        return None, verb_between  # 其中光复道街5个、鼓楼街6个: a breakdown by street offices, where and not what
    if item and written != window:
        item = _with_alternatives(written, item, at_end=True)
    if item and alternative and len(tokens) == n_tokens:
        item += alternative.group()  # nothing stood between: 代表联络站(室)
    if item and _PROPOSAL_NOUN.fullmatch(item):
        at = text.rfind(item, s_start, pos)
        coordinated = _COORDINATED_BEFORE.search(text, max(s_start, at - 16), at) if at > 0 else None
        if coordinated:
            item = coordinated.group() + item  # 提出意见、建议86件; 作出决议、决定44项: the genre's paired terms
    return item, verb_between


# (四方, 双: a numeral that starts a name; 三个, 两天, 一年: a count, its measure word after it)
_NUMERAL_WORD = regex.compile(r"[一二两三四五六七八九十双](?:(?![个张天年月日次名位项件条家座所户人元万千百亿周期批轮场台辆套间栋处块头只斤吨亩米届级类])\p{Han})?")

# the genre's coordinated terms for what deputies propose and congresses decide (意见、建议; 建议、批评和意见;
# 决议、决定): one item, although 、 otherwise ends a phrase
_PROPOSAL_WORDS = "意见|建议|批评|决议|决定|议案|提案"
_PROPOSAL_NOUN = regex.compile(rf"(?:代表)?(?:{_PROPOSAL_WORDS}|批评和意见|批评意见)")
_COORDINATED_BEFORE = regex.compile(rf"(?:(?:代表)?(?:{_PROPOSAL_WORDS})[、和及])+$")



_PLACE_KINDS = ("乡", "镇", "街道")
# a township, village or street named by its proper name (庙前镇, 洛江村): a place, never an item
_PROPER_PLACE = regex.compile(r"^[\p{Han}]{2,5}(?:镇|乡|村|街道|社区|嘎查|苏木)$")


# a breakdown by city street offices written X街 (其中光复道街5个、鼓楼街6个、…): three or more make the list places
_STREET_MEMBER = regex.compile(r"(?:其中|、)\p{Han}{2,5}街[0-9０-９]")
_STREET_LIST_MIN = 3
_STREET_BEFORE = regex.compile(r"(?:其中|、)\p{Han}{2,5}街$")


def _street_list(text: str, s_start: int, pos: int) -> bool:
    return len(_STREET_MEMBER.findall(text, s_start, pos + 60)) >= _STREET_LIST_MIN


def _is_place_name(tokens, n_words: int) -> bool:
    """The phrase's first word is a proper name (jieba's ns) or the phrase is one word of a place name."""
    words = tokens[len(tokens) - n_words:]
    phrase = "".join(w for w, _ in words)
    before = tokens[len(tokens) - n_words - 1][0] if len(tokens) > n_words else ""
    if words and any(e.kind == "township" for name in (phrase, before + phrase) for e in gazetteer().entries.get(name, ())):
        return True  # a township the gazetteer knows (大河镇), however jieba split it (还|地桥|镇: 还地桥镇)
    return bool(words) and ((words[0][1] == "ns" and words[0][0] not in _KIND_OF_PLACE)
                            or (len(words) == 1 and words[0][1] in ("ns", "nr", "nz")))


# words jieba tags as place names that name a kind of place, not one place (城市社区, 农村社区: kinds of community)
_KIND_OF_PLACE = {"城市", "农村", "城镇", "城区", "乡村", "山区", "牧区", "林区", "社区", "城乡"}


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


# verbs that hold or run an event and say nothing of it without their object (召开, 举办): a count after one alone
# counts the event the sentence named before it (主席团会议按季召开,全年共召开6次; “淮海有约”已举办60余期)
_HOLDING_VERBS = {"召开", "举办", "举行", "开展", "组织", "安排"}
# (会议, 座谈会, 活动 end a phrase wherever they stand; the others only where no character follows them)
_EVENT_HEAD = regex.compile(r"“(?P<quoted>[^“”\n]{2,20})”|会议|座谈会|恳谈会|活动|"
                            r"(?:听证会|推进会|现场会|论坛|讲坛|讲座|询问|测评|观摩|面对面|接待日)(?!\p{Han})")


def _held_topic(text: str, s_start: int, pos: int) -> str | None:
    """The event named last before pos in the sentence: a quoted name (its own words), else the noun phrase
    ending in an event's head word."""
    head = _last_match(_EVENT_HEAD, text, s_start, pos)
    if head is None:
        return None
    if head.group("quoted"):
        return head.group("quoted")
    return _item_before(text, head.end(), s_start)[0]


# points counted after a verb of scoring (每次计5分, 仅有42分, 综合得分为93.6分) count what the sentence or the
# paragraph calls the score: 积分, 得分, 分值, 成绩
_SCORE_VERB = regex.compile(r"(?:计|记|得|扣|加|仅有|只有|为|达|达到|不足|低于|高于)$")
_SCORE_WORDS = ("积分", "得分", "分值", "成绩", "满分")
_SCORE_HEAD = regex.compile("|".join(_SCORE_WORDS))
_SCORE_NAMED_JUST_BEFORE = regex.compile(rf"(?P<head>{_SCORE_HEAD.pattern})[^,;。:\d]{{0,3}}$")
_SCORE_MODIFIER_CHARS = 4


def _score_phrase(text: str, s_start: int, head_start: int, head_end: int) -> str:
    """The score word with the words right before it in its clause, up to four characters of them (综合|得分,
    考核|总|分值, 上半年|平均|积分 -> 平均积分)."""
    clause = _AFTER_LAST_BREAK.search(text, s_start, head_start).group()
    kept = ""
    for word, _ in reversed(tagged(clause)):
        if not regex.fullmatch(r"\p{Han}+", word) or len(kept) + len(word) > _SCORE_MODIFIER_CHARS:
            break
        kept = word + kept
    return kept + text[head_start:head_end]


# people who sat in without a vote (40人列席会议, 42名同志列席)
_SAT_IN = regex.compile(r"(?:同志)?列席(?!人员)")
# people counted by an honour they won (15名同志被评为先进个人, 23名同志获评先进个人)
_HONOURED_AS = regex.compile(r"(?:同志|代表|人员)?(?:被|获)?(?:评为|评选为|获评|荣获|授予|当选为|当选(?!代表|的)|选举为)(?:了)?"
                             r"(?P<honour>[^,，。;；:：、\n“”]{2,12}?)(?:称号|荣誉称号)?(?=[,，。;；、\n]|$)")
# a proposal's handling class named as a noun right before its count (主办件11件, 协办件2件, 会办件5件)
_HANDLED_AS = regex.compile(r"(?P<kind>主办件|协办件|会办件)(?:的|有|为|共|共有)?$")
_HANDLED_CLASSES = regex.compile(r"(?:主办件|协办件|会办件)+$")
_PROPOSAL_KIND = regex.compile(r"(?:建议|提案|议案|意见)$")
# a points rule of a deputies' duty score (到代表联络站接待选民,每次计2分; 无故缺席县人代会的,每次扣10分; 进站接待选民每次
# 加1分; 向原选区选民述职1次计5分): the act, then how often, then the rule's verb
_POINTS_RULE = regex.compile(r"(?:每次|每件|每项|每条|每篇|每人次|[1一]次)?(?:可|另|再|均)?(?P<verb>计|记|积|得|加|扣)$")
_POINTS_SYSTEM_CHARS = 400  # how far back (and half as far on) a page names its 积分 system for a 计 to score in it
_POINTS_WORD = {"计": "计分", "记": "记分", "积": "积分", "得": "得分", "加": "加分", "扣": "扣分"}
# what opens an act's clause without being the act (每提出1件|建议, 与之对应,)
_POINTS_ACT_LEAD = regex.compile(r"^(?:与之对应|对于|对|凡)?(?:每\p{Han}{0,3}?[一二两三四五六七八九十\d]+[件次项条篇])?")
# a cap or a total, not an act (全年累计最高计60分, 此项全年封顶10分)
_POINTS_NOT_AN_ACT = regex.compile(r"最高|最多|上限|满分|累计|封顶|全年|合计|总分|共|平均|综合|最终|年度|分别")
_POINTS_ACT_BREAK = regex.compile(r"[^,，;；。:：!?！？\n]*$")


def _points_for_act(text: str, s_start: int, c: QuantityCandidate) -> str | None:
    """The act a points rule scores and the rule's verb (接待选民 + 计分), or None when the clause names no act."""
    rule = _POINTS_RULE.search(text, max(s_start, c.start - 6), c.start)
    if rule is None:
        return None
    end = rule.start()
    act = _POINTS_ACT_BREAK.search(text, s_start, end).group()
    if not act.strip() and end - 1 > s_start and text[end - 1] in ",，":
        act = _POINTS_ACT_BREAK.search(text, s_start, end - 1).group()  # 参加…执法检查,每次计3分: the clause before
    act = _POINTS_ACT_LEAD.sub("", act.strip(" \t\u3000“”")).removesuffix("的")
    if len(act) < 2 or regex.search(r"[0-9０-９]", act) or _POINTS_NOT_AN_ACT.search(act) or not regex.search(r"\p{Han}{2}", act):
        return None
    verb = rule.group("verb")
    if verb in ("计", "记") and "积分" in text[max(0, c.start - _POINTS_SYSTEM_CHARS):c.start + _POINTS_SYSTEM_CHARS // 2]:
        return act + "积分"  # 实行履职积分管理:代表参加一次接待日计3分: the points of the page's 积分 system
    return act + _POINTS_WORD[verb]


def _score_named(text: str, s_start: int, s_end: int, c: QuantityCandidate, recent: _Recent) -> str | None:
    if not _SCORE_VERB.search(text, max(s_start, c.start - 3), c.start):
        return None
    if named := _SCORE_NAMED_JUST_BEFORE.search(text, max(s_start, c.start - 10), c.start):
        return _score_phrase(text, s_start, named.start(), named.end("head"))  # 综合得分为93.6分: named in full
    # the score word alone (积分, not 年度积分): the sentence's modifiers belong to its own figure
    head = _last_match(_SCORE_HEAD, text, s_start, c.start) or _SCORE_HEAD.search(text, c.end, s_end)
    return head.group() if head else recent.paragraph_by_unit.get(c.unit)


_FLOOR_AND_SPAN_WORDS = {"不少于", "不少", "不低于", "于", "至少", "全年", "、"}  # (jieba: 不少|于)


def _verb_before(text: str, pos: int, s_start: int) -> str | None:
    window = text[max(s_start, pos - 10):pos]
    tokens = list(tagged(window)) if window else []
    while tokens and (tokens[-1][0] in _ITEM_STOP_WORDS or tokens[-1][0] in _FLOOR_AND_SPAN_WORDS):
        tokens.pop()  # (按季度召开、全年不少于4次: the floor and the year stand between the verb and the count)
    if tokens and tokens[-1][1] in ("v", "vn") and len(tokens[-1][0]) >= 2:
        return tokens[-1][0]
    return None


_LAST_FIGURE = regex.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:余|多)?[十百千万亿]*(?:余|多)?(?=[^0-9０-９.．]*$)")


_DATE_WORDS = ("年", "月", "日", "号", "时", "点")


def _after_last_figure(window: str) -> str:
    """43名人大代表实际到会|40人: what follows another figure and its measure word (jieba reads 名人 as a
    word otherwise, and the item would begin with the other figure's unit)."""
    m = _LAST_FIGURE.search(window)
    if m is None or window.startswith(_DATE_WORDS, m.end()):
        return window  # 由2018年的4.1亿元: a date is no figure
    rest = window[m.end():]
    unit = _unit_pattern().match(rest)
    return rest[unit.end():] if unit else rest


_AFTER_LAST_BREAK = regex.compile(r"[^,;。:!?、\n]*$")  # ( is no clause break: 代表联络站(室)5个
_ALT_UNIT = regex.compile(r"^\([^()]{1,3}\)")
_FUND_AFTER_STANDARD = regex.compile(
    r"[^。;]{0,25}?标准[,]?(?:[^。;,]{0,4}?)(?P<fund>[\p{Han}]{2,12}?(?:经费|资金|补助|补贴|费用|奖金))")
_STANDARD_NEXT = regex.compile(r"[^。;,]{0,6}的?(?:标准|测算|计算|核算)")  # (…每人每年0.2万元测算: a basis)
_FUND = regex.compile(r"[\p{Han}]{2,10}?(?:经费|资金|补助|补贴)+")  # (补助资金 whole, not 补助)
_FUND_WORDS = regex.compile(r"(?:经费|资金|补助|补贴)+$")
# a class of people, then its rate (乡镇人大代表由每人每年500元提高到, 县级人大代表每人每年不少于): the amount is per head
_CATEGORY_RATE_BEFORE = regex.compile(r"(?P<who>人大代表|代表)(?:由)?(?:每人)?(?:每年|每月)?(?:[\d.]+元)?"
                                      r"(?:提高到|提高至|增加到|增加至|调整为|调整到)?(?:不少于|不低于)?$")
_COSIGNED_AFTER = regex.compile(r"(?:以上)?(?:代表)?联名")
_DEPUTIES_RIGHT_BEFORE = regex.compile(r"代表(?:共|有)?$")  # (镇人大代表5人以上联名: the text names which deputies)
_FUND_REACH = 200  # how far back in the sentence a fund is looked for (bounded: no rescan of a long sentence)


def _funding_standard_item(text: str, start: int, end: int, s_start: int, s_end: int,
                           is_rate: bool = True) -> str | None:
    """按…N元的标准，将代表活动经费纳入…: the amount is a standard for the fund named after 标准, or for
    the fund named earlier in the sentence (活动经费按人均800元的标准…). A total is never the standard
    that another amount after it states (`列支经费80万元,按每年2万元标准给予补助`)."""
    m = _FUND_AFTER_STANDARD.match(text, end, s_end)
    if m and (is_rate or not regex.search(r"\d", text[end:m.start("fund")])):
        return _strip_leading_verbs(m.group("fund"))
    if not _STANDARD_NEXT.match(text, end, s_end):
        return None
    if shared := _shared_item(text, s_start, start):
        return shared  # 县、镇两级人大代表活动经费分别按每人每年1200元、800元的标准: one standard for each member
    funds = list(_FUND.finditer(text, max(s_start, start - _FUND_REACH), start))
    return _after_last_verb(funds[-1].group()) if funds else None


def _after_last_verb(phrase: str) -> str:
    """The fund a clause arranges, without the clause (常委会今年计划安排专项资金 -> 专项资金): the words after its
    last verb, time or adverb (a window cut mid-word, 委会…, falls away with the clause)."""
    head = _FUND_WORDS.search(phrase).start()  # (补助 in 试点补助资金 is the fund's own word, no verb of the clause)
    # (the word right before the fund's words is its modifier, whatever its tag: 履职补贴, 活动经费)
    return _after_verb_of(phrase[:head]) + phrase[head:]


def _strip_leading_verbs(phrase: str) -> str:
    tokens = list(tagged(phrase))
    while tokens and tokens[0][1] in {"v", "p", "d", "c", "r"} and len(tokens) > 1:
        tokens.pop(0)
    return "".join(w for w, _ in tokens)
