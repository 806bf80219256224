"""The gazetteer of administrative divisions (data/divisions.tsv, townships.tsv, division_changes.tsv).

A shared resource, not a stage: extract/regions finds names with its automaton, normalize/regions links
them to codes. Loaded once per process.

Surfaces a unit is found by:
- full      its current name (六枝特区, 印江土家族苗族自治县)
- short     the name without its ethnic part (印江自治县)
- stem      the name without its administrative suffix (六枝, 印江, 保定). A stem that is also a common
            word (jieba frequency >= COMMON_WORD_FREQ, e.g. 保定, 振兴, 合作) only counts with unit context.
- old       a former name from the change history (盘县 -> 盘州市), valid for reports older than the change
- township  a township's full name (郎岱镇), linked to its county
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick_rs

from .data_files import read_tsv

LEVELS = ("province", "prefecture", "county", "township", "village")
RANK = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4}
COMMON_WORD_FREQ = 300

# longest first: the suffix stripped to make a stem
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "地区", "特区", "林区", "矿区", "新区", "省", "市", "州", "盟", "县", "区", "旗")
ETHNIC = ("柯尔克孜 乌孜别克 俄罗斯 鄂温克 鄂伦春 达斡尔 塔吉克 塔塔尔 维吾尔 哈萨克 土家 布依 蒙古 傈僳 拉祜 "
          "东乡 纳西 景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 朝鲜 德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 "
          "哈尼 高山 苗 侗 壮 回 彝 藏 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京 满 各").split()


# NamedTuples, not frozen dataclasses: as immutable, and built from the cache's tuples several times faster
# (77K of them at every start)
class Unit(NamedTuple):
    code: str
    name: str
    level: str
    parent_code: str | None


class Entry(NamedTuple):
    """One way a surface string can name a unit."""

    code: str
    kind: str  # full | short | stem | old | township
    changed_in: int | None = None  # for old names: the year the name stopped being current
    common_word: bool = False  # a stem that is also an everyday word: needs context
    old_code: str | None = None  # for old names: the unit's code while the name was current (吉利区 410306)


class Gazetteer:
    def __init__(self, units: dict[str, Unit], entries: dict[str, list[Entry]]):
        self.units = units
        self.entries = entries
        # ahocorasick-rs scans 1 MB in ~0.04 s where pyahocorasick took ~0.5 s (measured on the samples)
        self._surfaces = list(entries)
        self._ancestors: dict[str, tuple[Unit, ...]] = {}
        self._automaton = ahocorasick_rs.AhoCorasick(self._surfaces)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every (start, end, surface) where a gazetteer surface occurs, overlapping ones included."""
        surfaces = self._surfaces
        return [(start, end, surfaces[i])
                for i, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True)]

    def unit(self, code: str | None) -> Unit | None:
        return self.units.get(code) if code else None

    def ancestors(self, code: str) -> tuple[Unit, ...]:
        """The units above, nearest first; read once per code (attribution asks for the same few codes often)."""
        found = self._ancestors.get(code)
        if found is None:
            out = []
            unit = self.units.get(code)
            while unit is not None and unit.parent_code:
                unit = self.units.get(unit.parent_code)
                if unit is not None:
                    out.append(unit)
            found = self._ancestors[code] = tuple(out)
        return found

    def prefecture_of(self, code: str) -> Unit | None:
        unit = self.units.get(code)
        if unit is not None and unit.level == "prefecture":
            return unit
        return next((u for u in self.ancestors(code) if u.level == "prefecture"), None)

    def province_of(self, code: str) -> Unit | None:
        unit = self.units.get(code)
        if unit is not None and unit.level == "province":
            return unit
        return next((u for u in self.ancestors(code) if u.level == "province"), None)


# runs of nationality names (土家族苗族) before 自治 or at the end of a stem; longest names first
_ETHNIC_RUN = "(?:(?:" + "|".join(sorted(ETHNIC, key=len, reverse=True)) + ")族?)+"
_ETHNIC_BEFORE_AUTONOMY = re.compile(_ETHNIC_RUN + "(?=自治)")
_ETHNIC_AT_END = re.compile(_ETHNIC_RUN + "$")
_ETHNIC_BEFORE_SUFFIX = re.compile(_ETHNIC_RUN + "(?=[区县]$)")


def strip_ethnic(name: str) -> str:
    """印江土家族苗族自治县 -> 印江自治县; 内蒙古自治区 keeps its name (the stem must keep 2 characters)."""
    # from position 2: the first two characters are the place (彭水 ends in 水, itself a nationality)
    m = _ETHNIC_BEFORE_AUTONOMY.search(name, 2)
    if not m:  # 内蒙古, 鄂伦春: the nationality is the place name itself
        return name
    return name[:m.start()] + name[m.end():]


def stem(name: str) -> str:
    short = strip_ethnic(name)
    for suffix in SUFFIXES:
        if short.endswith(suffix) and len(short) - len(suffix) >= 2:
            short = short[: -len(suffix)]
            break
    return strip_ethnic_tail(short)


def strip_ethnic_tail(s: str) -> str:
    """印江土家族苗族 (left when a suffix came off) -> 印江."""
    m = _ETHNIC_AT_END.search(s, 2)
    return s[:m.start()] if m else s


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built from the data files once, then read from a marshal cache in the temp folder (diskcache.py): the
    build reads 40K units and 37K townships and asks jieba about every stem, 1 s of a cold start."""
    from importlib.metadata import version

    from .data_files import data_path
    from .diskcache import cache_path, load_or_build

    sources = [Path(str(data_path(name))) for name in _SOURCES]
    cache = cache_path("gazetteer", sources, version=f"9:{version('jieba')}")  # (common words are jieba's)
    units, entries = load_or_build(cache, _build_plain, valid=lambda v: isinstance(v, tuple) and len(v) == 2)
    return Gazetteer(_Rows(units, Unit._make), _Rows(entries, _entries))


def _entries(rows) -> tuple[Entry, ...]:
    return tuple(map(Entry._make, rows))


class _Rows(dict):
    """A table read from the cache's plain tuples whose rows become Units (tuples of Entries) when first asked
    for: a cold start makes only the few hundred rows a document touches, not all 160K (0.25 s of it). The
    dict holds the rows made so far; `_raw` holds every row as read."""

    __slots__ = ("_raw", "_make")

    def __init__(self, raw: dict, make):
        super().__init__()
        self._raw = raw
        self._make = make

    def __missing__(self, key):
        row = self._make(self._raw[key])  # KeyError for a key the table does not have
        self[key] = row
        return row

    def __contains__(self, key) -> bool:
        return key in self._raw

    def __iter__(self):
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def get(self, key, default=None):
        return self[key] if key in self._raw else default

    def keys(self):
        return self._raw.keys()

    def values(self):
        return [self[key] for key in self._raw]

    def items(self):
        return [(key, self[key]) for key in self._raw]


_SOURCES = ("divisions.tsv", "extra_units.tsv", "abbreviations.tsv", "name_variants.tsv", "coextensive_areas.tsv",
            "division_changes.tsv", "townships.tsv", "extra_townships.tsv")


def _build_plain() -> tuple[dict, dict]:
    """The gazetteer as plain tuples (what marshal can write)."""
    built = _build()
    return ({code: tuple(u) for code, u in built.units.items()},
            {surface: [tuple(e) for e in rows] for surface, rows in built.entries.items()})


_WING_BANNER = re.compile(r"([\u4e00-\u9fff]{2,3})([左右])翼([前中后])旗")


def _build() -> Gazetteer:
    from .segment import word_freq, word_tag

    units = {row["code"]: Unit(row["code"], row["name"], row["level"], row["parent_code"] or None)
             for row in read_tsv("divisions.tsv")}
    extra = read_tsv("extra_units.tsv")  # (大兴安岭's four districts, 大柴旦: congresses with no GB/T 2260 code)
    units.update((row["code"], Unit(row["code"], row["name"], row["level"], row["parent_code"] or None))
                 for row in extra if row["code"] not in units)
    entries: dict[str, list[Entry]] = defaultdict(list)
    full_names = {u.name for u in units.values()}
    for row in extra + read_tsv("abbreviations.tsv"):  # (博州 for 博尔塔拉蒙古自治州: no stem of its name)
        for also in filter(None, row["also"].split(",")):
            entries[also].append(Entry(row["code"], "short"))
    # (濬县 for 浚县: the full name, written with a variant character; 西海岸新区 for 黄岛区: the name of a new area
    # that is the whole unit, so the fact carries the unit's own name)
    for row in read_tsv("name_variants.tsv") + read_tsv("coextensive_areas.tsv"):
        for also in filter(None, row["also"].split(",")):
            entries[also].append(Entry(row["code"], "full"))
    for unit in units.values():
        entries[unit.name].append(Entry(unit.code, "full", common_word=_is_common(unit.name, word_freq, word_tag)))
        short = strip_ethnic(unit.name)
        if short == unit.name and (m := _ETHNIC_BEFORE_SUFFIX.search(unit.name, 2)):
            short = unit.name[:m.start()] + unit.name[m.end():]  # 顺河回族区 -> 顺河区: no 自治 to strip before
        if short != unit.name:
            entries[short].append(Entry(unit.code, "short"))
        wing = _WING_BANNER.fullmatch(unit.name)
        if wing:  # 科尔沁右翼前旗 -> 科右前旗, 察哈尔右翼中旗 -> 察右中旗: how Inner Mongolia writes its wing banners
            entries[wing.group(1)[0] + wing.group(2) + wing.group(3) + "旗"].append(Entry(unit.code, "short"))
        s = stem(unit.name)
        if s.endswith("族") and len(s) >= 3 and unit.name.endswith("族自治县"):
            s = s[:-1]  # 东乡族自治县 -> 东乡 (东乡县): the county and the people it is named for share the name
        if s != unit.name and len(s) >= 2 and s not in full_names:
            entries[s].append(Entry(unit.code, "stem", common_word=_is_common(s, word_freq, word_tag)))
            if unit.name.endswith("自治县") or unit.name.endswith("自治旗"):
                entries[s + "县"].append(Entry(unit.code, "short"))
            if unit.name.endswith("自治州") and s + "州" not in full_names:
                entries[s + "州"].append(Entry(unit.code, "short"))  # 文山州, 黔东南州: how reports write them
    changes = read_tsv("division_changes.tsv")
    recoded = _became([row for row in changes if row["old_name"] == row["new_name"]])
    for row in changes:
        # (铁力县 became 铁力市 239005 in 1988, which took its code 230781 in 1995: a code-only change after the
        # rename is followed; a later rename or merge is another unit's story)
        old, new = row["old_name"], _current(row["new_code"], recoded, units)
        if not old or new not in units or _is_common(old, word_freq, word_tag):
            continue  # 市区, 郊区, 城区: former names that are everyday words
        # (a former name a current unit elsewhere still bears, 重庆's 江北区 beside 宁波's, stays an option for
        # reports dated before the change: linking weighs the two by the page's other units)
        year = int(row["year"]) if row["year"].isdigit() else None
        same = next((i for i, e in enumerate(entries[old]) if e.code == new), None)
        if same is None:
            entries[old].append(Entry(new, "old", changed_in=year, old_code=row["old_code"] or None))
        elif entries[old][same].kind == "old" and year and (entries[old][same].changed_in or 0) < year:
            # (邢台's 桥西区 took its code 130503 in 1983 and kept its name until it became 信都区 in 2020: the name
            # stopped being current at the later change)
            entries[old][same] = Entry(new, "old", changed_in=year, old_code=row["old_code"] or None)
    for row in read_tsv("townships.tsv") + read_tsv("extra_townships.tsv"):  # (东莞's and 中山's towns: the second)
        name, county = row["name"], row["county_code"]
        if len(name) >= 3 and county in units:
            units.setdefault(row["code"], Unit(row["code"], name, "township", county))
            entries[name].append(Entry(row["code"], "township"))
    return Gazetteer(units, dict(entries))


def _is_common(word: str, word_freq, word_tag) -> bool:
    """An everyday word that is also a unit's name or stem (振兴, 合作, 城区): counts only with context."""
    return len(word) <= 2 and word_freq(word) >= COMMON_WORD_FREQ and not (word_tag(word) or "").startswith("ns") \
        or len(word) <= 2 and word_freq(word) >= 3 * COMMON_WORD_FREQ


def _became(changes: list[dict]) -> dict[str, set[str]]:
    """Each code in the change table -> the codes it became."""
    became: dict[str, set[str]] = {}
    for row in changes:
        old, new = row["old_code"], row["new_code"]
        if old and new and old != new:
            became.setdefault(old, set()).add(new)
    return became


def _current(code: str, became: dict[str, set[str]], units) -> str:
    """The code a unit bears now, following renames and merges through the change table to a code the
    gazetteer holds (铁力县 230721 -> 铁力市 239005 in 1988 -> 230781 in 1995); a unit split in two, or a chain
    that ends nowhere, stays as it is."""
    start, seen = code, {code}
    while code not in units and len(became.get(code, ())) == 1 and (code := next(iter(became[code]))) not in seen:
        seen.add(code)
    return code if code in units else start


def successors() -> dict[str, str]:
    """Each former unit's code -> the current unit it became (吉利区 410306 -> 孟津区 410308; a unit split in two
    has no single successor and is left out). The database's views compare a former unit's figures under it."""
    units = gazetteer().units
    became = _became(read_tsv("division_changes.tsv"))
    return {old: code for old in became if (code := _current(old, became, units)) in units and code != old}


@lru_cache(maxsize=1)
def same_name_recodes() -> dict[str, list[tuple[int, str]]]:
    """new code -> (year, old code) of each change that kept the unit's name but gave it a new code (三元区 350403
    -> 350404 in 2021, when 梅列区 merged into it; 石阡县 522224 -> 520623 in 2011, when 铜仁地区 became a city)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for row in read_tsv("division_changes.tsv"):
        if row["old_name"] == row["new_name"] and row["old_code"] != row["new_code"] and row["year"].isdigit():
            out.setdefault(row["new_code"], []).append((int(row["year"]), row["old_code"]))
    return out
