"""Canonical item names (data/items.tsv) so that 联络站 and 代表联络站 compare as one thing."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..data_files import read_tsv
from ..units import CHANGE_VERBS


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {row["variant"]: row["canonical"] for row in read_tsv("items.tsv")}


@lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[str, str], ...]:
    """Variants of three characters or more, longest first: a longer item ending in one is that thing
    with a modifier (示范代表联络站, 村级代表之家). Two-character variants (建议, 议案) are too generic."""
    return tuple(sorted(((v, c) for v, c in _table().items() if len(v) >= 3), key=lambda vc: -len(vc[0])))


# an item naming a handled part (已办结答复的建议, 已全部办结建议): the comparison key is 已 + the verb + the whole
# what is done to a proposal that makes it a handled part (办结, 答复…): one list for the item's key and the clause
_DONE_VERBS = "办结|答复|整改|解决|落实|采纳|办复"
_DONE_PART = regex.compile(rf"(?:已经|已全部|均已|已)(?P<verb>{_DONE_VERBS})(?:答复|完毕)?的?")


@lru_cache(maxsize=65536)
def canonical_item(item: str | None) -> str | None:
    if not item:
        return None
    key = regex.sub(r"[“”\"「」 ]", "", item)  # “散乱污”企业 and 散乱污企业 compare as one thing
    done = _DONE_PART.match(key)
    if done and len(key) - done.end() >= 2:  # 已办结答复的建议 and 已办结建议 are one indicator
        return "已" + done.group("verb") + (canonical_item(key[done.end():]) or "")
    table = _table()
    if key in table:
        return table[key]
    for variant, canonical in _suffixes():
        if key.endswith(variant):
            return canonical
    return key


# a subset named by what was done to it, the whole clause before the figure (收集意见建议73条,已办结61条;
# 经主席团交办后,办结36件): the handled part is its own indicator for comparison (已办结意见建议), never the
# total it was counted from. `item` stays the noun the text counts; only the comparison key changes.
_HANDLED = regex.compile(
    r"(?:其中|目前|截至目前|现已|现)?(?:\p{Han}{0,6}?(?:政府|单位|部门|主席团|常委会))?"
    rf"(?:已经|已|均已|已全部|全部|当场|现场)?(?P<verb>{_DONE_VERBS})(?:完毕)?了?的?(?:有|共|达)?")
_CLAUSE = regex.compile(r"[^,;。:!?、\n]*$")


def handled_item(text: str, clause_floor: int, start: int, canonical: str | None) -> str | None:
    """The comparison key of a figure: 已办结意见建议 for the handled part of 意见建议, else `canonical`."""
    if not canonical:
        return canonical
    clause = _CLAUSE.search(text, max(clause_floor, start - 24), start).group()
    m = _HANDLED.fullmatch(clause)
    if not m or m.group("verb") in canonical:
        return canonical
    return "已" + m.group("verb") + canonical


# a rate of change named by what changed and the change (一般公共预算收入增长 6.8%, 平均浓度下降 6.5%): the item is
# what changed, as an analyst searches it; the comparison key keeps the change, so a growth rate never compares
# with the amount it grew from
_CHANGE_ENDING = regex.compile(rf"(?:同比|比上年|年均|平均)?(?:{CHANGE_VERBS})$")
_CHANGE_RATE_UNITS = ("%", "个百分点", "百分点", "倍")


def what_changed(item: str | None, unit: str) -> str | None:
    """The item of a rate of change without the change (收入增长 -> 收入); any other item as it is."""
    if not item or unit not in _CHANGE_RATE_UNITS:
        return item
    base = _CHANGE_ENDING.sub("", item)
    return base if len(base) >= 2 else item


# a time limit named by the act it limits (3个月内答复 -> 答复时限): the item is the act as the text writes it, as an
# analyst searches it; the comparison key keeps 时限, so a limit never compares with a time spent doing the act
_LIMIT_ENDING = regex.compile(r"时限$")
_DURATION_UNITS = ("天", "日", "个月", "小时", "年", "工作日", "个工作日", "周")


def what_is_limited(item: str | None, unit: str, sentence: str) -> str | None:
    """The item of a time limit without 时限 (答复时限 -> 答复), when the sentence does not write the 时限 itself
    (办理时限为3个月 keeps it); any other item as it is."""
    if not item or unit not in _DURATION_UNITS or item in sentence:
        return item
    base = _LIMIT_ENDING.sub("", item)
    return base if len(base) >= 2 else item



# a length named by the thing and its length word (桑柘三级公路全长 28.6公里, 管网总长40多公里): the item is the thing
# measured, as an analyst searches it (the gold of the genre writes 公路, not 公路全长); the comparison key keeps the
# length word, as it keeps a change or a limit
_LENGTH_ENDING = regex.compile(r"(?:设计)?(?:全长|总长)$")


def what_is_measured(item: str | None, category: str) -> str | None:
    """The item of a length without its length word (公路全长 -> 公路); any other item as it is."""
    if not item or category != "length":
        return item
    base = _LENGTH_ENDING.sub("", item)
    return base if len(base) >= 2 else item


# a place's whole and nothing else before a count of its people or households (全村800多人, 古路村全村有100多户):
# the count is of its population, its households; the scope names no thing counted
_WHOLE_OF_A_PLACE = regex.compile(r"\p{Han}{0,8}?全(?:村|组|屯|镇|乡|县|市|区|旗|社区)")
_RESIDENTS = {"人": "人口", "口": "人口", "户": "户数"}


def who_lives_there(item: str | None, unit: str) -> str | None:
    """The place's 人口 or 户数 for a count of people or households whose item is only a place's whole (全村 ->
    全村人口; a village's households: 全村农户) or a named village (宝塔村 -> 农户, 人口), else `item`."""
    if item and unit in _RESIDENTS and _A_VILLAGE.fullmatch(item) and not item.endswith(_COUNTED_VILLAGES) \
            and "全" not in item:
        return "农户" if unit == "户" else "人口"  # 白云山村共有486户1930人: a named village's households and people
    if not item or unit not in _RESIDENTS or not _WHOLE_OF_A_PLACE.fullmatch(item):
        return item
    if unit == "户" and item.endswith(_RURAL_WHOLES):
        return item + "农户"  # 全村380户: a village's households are its farm households (the genre's 农户)
    return item + _RESIDENTS[unit]


def people_of_households(item: str | None, unit: str, text: str, start: int) -> str | None:
    """建档立卡贫困户63户159人: people counted right after their households are those households' people (贫困户 ->
    贫困人口), not the households; else `item`. (A village's 农户 and their people stay 农户: the genre counts a
    village's households and people as one roll.)"""
    if not item or unit not in ("人", "名") or not item.endswith("户") or item.endswith("农户") \
            or not _HOUSEHOLDS_BEFORE.search(text, max(0, start - 12), start):
        return item
    return item[:-1] + "人口"


# a count of households right before (63户|1.2万余户): the figure after it counts their people
_HOUSEHOLDS_BEFORE = regex.compile(r"[0-9０-９]+(?:\.[0-9]+)?万?(?:余|多)?户$")


def households_of_people(item: str | None, unit: str, text: str, end: int) -> str | None:
    """沿线3个村1200余户4100多名群众, 57996户211173名建档立卡贫困人口: households counted right before their
    people, who are named, are of those people (群众, 建档立卡贫困人口: one roll counted two ways); else `item`."""
    if unit != "户" or not (people := _NAMED_PEOPLE_AFTER.match(text, end)):
        return item
    return people.group("who")


# a count of people (152人, 4100多名), and one right after a count of households with the people's noun (4100多名群众,
# 1047名脱贫人口)
_PEOPLE_COUNT = r"[0-9０-９]+(?:\.[0-9]+)?万?(?:余|多)?[人名]"
_NAMED_PEOPLE_AFTER = regex.compile(_PEOPLE_COUNT + r"(?P<who>(?:建档立卡)?(?:贫困|脱贫|困难|搬迁)?"
                                    r"(?:群众|人口|村民|居民|农民|农牧民|牧民))")


def out_of_poverty(item: str | None, unit: str, text: str, start: int, end: int) -> str | None:
    """当年有47户152人如期脱贫: households and their people counted as they leave poverty, with no noun of their
    own before them, are 脱贫户 and 脱贫人口; else `item`."""
    if item and item.endswith(("户", "人口")):
        return item
    if unit == "户" and (people := _PEOPLE_AFTER.match(text, end)) and _ESCAPED.match(text, people.end()):
        return "脱贫户"
    if unit in ("人", "名") and _HOUSEHOLDS_BEFORE.search(text, max(0, start - 12), start) and _ESCAPED.match(text, end):
        return "脱贫人口"
    return item


_PEOPLE_AFTER = regex.compile(_PEOPLE_COUNT)
_ESCAPED = regex.compile(r"[,，]?(?:如期|全部|稳定|已经|已|顺利|均|当年)*(?:实现|达到)?脱贫(?!攻坚)")


_RURAL_WHOLES = ("全村", "全组", "全屯")
_A_VILLAGE = regex.compile(r"\p{Han}{0,5}村")  # (宝塔村, or 村 alone: jieba cut the name off)
_COUNTED_VILLAGES = ("自然村", "行政村", "贫困村", "示范村", "重点村", "农村", "乡村")  # (a kind of village, or the
# countryside (农村低保), is a thing counted or its scope)


# a count of the absent right after its verb (该团共有市人大代表62名,请假5名,实到57名; 因事因病请假4人): the
# deputies on leave are their own indicator, not the roster the sentence opened with
_ABSENT_BEFORE = regex.compile(r"(?:因事|因病|因事因病|因病因事|因公)?(?P<verb>请假|缺席)$")


def who_was_absent(item: str | None, text: str, start: int) -> str | None:
    """请假代表 for a count of deputies written right after 请假 or 缺席, else `item`."""
    m = _ABSENT_BEFORE.search(text, max(0, start - 8), start)
    if m is None or not item or not item.endswith("代表") or m.group("verb") in item:
        return item
    return m.group("verb") + "代表"


# a unit's or township's full name leading an item (邓川镇存栏2.1万头, 牟山镇小微企业园占地126亩) says where the
# figure holds, which the fact's region and place carry; the item is the rest, as with 全市 (NEVER_WHAT_IS_COUNTED)
_UNIT_NAME_END = ("镇", "乡", "街道", "县", "区", "市", "旗")
_NOT_AN_ITEM_START = set("的之一则也还就都又是在对和与及为")
# a facility or project the place's name is part of (蒲岐镇第二幼儿园, 福山镇集中寄宿制办学项目), or a level's
# deputies (陆丰市人大代表 stays the county's): the place stays in the item
_NAMED_SITE = regex.compile(r"项目|工程|幼儿园|学校|中学|小学|医院|卫生院|敬老院|档案馆|基地|之家|人大代表")


def without_where(item: str | None, places: list[str]) -> str | None:
    """`item` without a leading full name of a place the sentence names, when at least two characters of a
    noun are left (邓川镇存栏 -> 存栏; 永和镇 alone, or 镇的…, stays)."""
    if not item:
        return item
    for place in sorted(places, key=len, reverse=True):
        rest = item[len(place):]
        if item.startswith(place) and place.endswith(_UNIT_NAME_END) and len(rest) >= 2 \
                and rest[0] not in _NOT_AN_ITEM_START and not _NAMED_SITE.search(rest):
            return rest
    return item
