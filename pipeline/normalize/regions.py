"""Region linking: each mention to one unit of the gazetteer, from the whole document's evidence.

- A former name counts only for reports from before the change (`盘县` in 2015 -> 盘州市's code; `平凉县` in a
  2021 report is 平凉 + 县乡人大, not the county abolished in 1983). Undated reports accept former names; so does
  a report within a congress's term after the change that writes the former full name and never the new one.
- A surface several units share (`钟山区`/`钟山县`, the many `新华区`, `城关镇`) resolves to the candidate
  whose prefecture or province the document also names, or which shares them with units already resolved;
  with no such ground it stays unresolved (code null) rather than guessed.
- Townships link to the county the document names.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..extract.regions import RegionMention
from ..gazetteer import RANK, Gazetteer, Unit, gazetteer, same_name_recodes, stem
from ..models import RegionRef, region_ref

UPPER = ("province", "prefecture", "county")


@dataclass(frozen=True)
class LinkedMention:
    mention: RegionMention
    unit: Unit | None
    name: str
    level: str | None
    written_code: str | None = None  # the former unit's code the report's name gives (吉利区 410306 in 2014)

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def upper(self) -> bool:
        return self.level in UPPER

    @property
    def ref(self) -> RegionRef:
        """This unit as a fact's `region` or `place` (by its current code, which the attribution reasons with;
        `normalize` writes the former code a report's name gave at the end: `written_codes`)."""
        return region_ref(self.name, self.unit.code if self.unit else None, self.level)


def link_regions(mentions: list[RegionMention], doc_year: int | None,
                 dated_year: int | None = None) -> list[LinkedMention]:
    """Each mention's unit; doc_year is the report's year (its dateline's, else the latest it writes), dated_year
    its dateline's only (the year a unit's code is read at: a page's latest year may be a history's)."""
    gaz = gazetteer()
    named_in_full = {e.code for m in mentions for e in m.entries if e.kind == "full"}
    surfaces = {m.surface for m in mentions}
    options = [_options(gaz, m, doc_year, named_in_full) for m in mentions]
    resolved: dict[int, Unit | None] = {}
    # pass 1: one candidate; pass 2: upper units from context; pass 3: townships from their counties
    for i, opts in enumerate(options):
        if len({u.code for u in opts}) == 1:
            resolved[i] = opts[0]
    for wanted in (UPPER, ("township",)):
        named = [u for u in resolved.values() if u is not None]
        context = _context(gaz, named)
        # (how often each unit is named in full: a stem, 流经安居、少云…, may be a township's name)
        times = Counter(u.code for i, u in resolved.items() if u is not None
                        and any(e.kind == "full" and e.code == u.code for e in mentions[i].entries))
        for i, opts in enumerate(options):
            if i in resolved or not opts or opts[0].level not in wanted:
                continue
            resolved[i] = _choose(gaz, opts, context, times)
    out = []
    for i, m in enumerate(mentions):
        unit = resolved.get(i)
        if m.anonymous:
            out.append(LinkedMention(m, None, m.surface, _level_by_suffix(m.surface)))
        elif m.small_place:
            out.append(LinkedMention(m, None, m.surface, m.small_place))
        elif unit is not None:
            former = _former_code(m, unit) or _code_then(unit, dated_year)
            out.append(LinkedMention(m, unit, _name_as_used(m, unit, surfaces), level_of_code(former) if former else unit.level,
                                     former))
        elif options[i]:
            names = {u.name for u in options[i]}
            levels = {u.level for u in options[i]}
            out.append(LinkedMention(m, None, names.pop() if len(names) == 1 else m.surface,
                                     levels.pop() if len(levels) == 1 else _level_by_suffix(m.surface)))
    return _abbreviation_as_written(_same_code_throughout(out))


def _abbreviation_as_written(linked: list[LinkedMention]) -> list[LinkedMention]:
    """A unit the document names only by an abbreviation that is no cut of its full name (科右前旗 for
    科尔沁右翼前旗, never written in full; 大柴旦行委 for 大柴旦行政委员会, a name with no suffix of the kinds
    reports cut): the fact keeps the form the document uses, its most complete one,
    as an analyst searching the page would (the code still joins it to the unit; the views show the current
    name)."""
    written_full = {m.unit.code for m in linked if m.unit is not None
                    and any(e.kind == "full" and e.code == m.unit.code for e in m.mention.entries)}
    short: dict[str, str] = {}
    for m in linked:
        if m.unit is None or m.unit.code in written_full or m.written_code or "自治" in m.mention.surface:
            continue
        surface = m.mention.surface
        # (a cut of the full name whose stem is the full name's stays canonical: 临夏州 is 临夏回族自治州; 东乡县 is
        # no such cut of 东乡族自治县, whose stem keeps 东乡族)
        if any(e.kind == "short" and e.code == m.unit.code for e in m.mention.entries) \
                and (surface[-1] == m.unit.name[-1] or stem(m.unit.name) == m.unit.name) \
                and (not m.unit.name.startswith(surface[:-1]) or stem(surface) != stem(m.unit.name)) \
                and len(surface) > len(short.get(m.unit.code, "")):
            short[m.unit.code] = surface
    if not short:
        return linked
    return [replace(m, name=short[m.unit.code]) if m.unit is not None and m.unit.code in short else m
            for m in linked]


def _same_code_throughout(linked: list[LinkedMention]) -> list[LinkedMention]:
    """A report that names a unit by its former name (长垣县 in 2015) means the same former unit where it writes
    the short form (驻长垣的): every mention of that unit takes the former name and the code it gave."""
    former = {m.unit.code: m for m in linked if m.unit is not None and m.written_code}
    if not former:
        return linked
    # (only a form of that former name: 上城区 beside 江干区 in 2019 is the other district the two merged into)
    return [replace(m, written_code=former[m.unit.code].written_code, name=former[m.unit.code].name)
            if m.unit is not None and not m.written_code and m.unit.code in former
            and former[m.unit.code].name.startswith(m.mention.surface.rstrip("县区市旗")) else m for m in linked]


def _former_code(m: RegionMention, unit: Unit) -> str | None:
    """The code the unit had under the former name the report uses (任县 130526, 任泽区 130505 since 2020)."""
    if m.surface == unit.name:
        return None
    return next((e.old_code for e in m.entries if e.kind == "old" and e.code == unit.code and e.old_code), None)


_WEB_ERA = 2000


def _code_then(unit: Unit, doc_year: int | None) -> str | None:
    """The code the unit had, under the same name, in the year the report was written (三元区 in 2018: 350403):
    facts carry the code valid then, as they do for a former name."""
    if doc_year is None or doc_year < _WEB_ERA:
        return None  # (a year before the web era is a history's, not when the page was written)
    code, recodes, seen = unit.code, same_name_recodes(), {unit.code}
    while (earlier := [(y, old) for y, old in recodes.get(code, ()) if y > doc_year and old not in seen]):
        code = min(earlier)[1]  # (the change nearest after the report, then any before it)
        seen.add(code)
    return code if code != unit.code else None


def level_of_code(code: str) -> str:
    """The level a division code was issued at (371200: a prefecture, 莱芜市 until 2019, whose successor 莱芜区
    is a county): a unit named by its former name is the unit it was then. Codes XX90YY are counties under the
    province itself (仙桃市 429004)."""
    if code.endswith("0000"):
        return "province"
    if code.endswith("00") and code[2:4] != "90":
        return "prefecture"
    return "county"


def former_parent(code: str) -> Unit | None:
    """The unit a former code sat under, where the gazetteer still has it (371200 → 山东省 370000)."""
    gaz = gazetteer()
    level = level_of_code(code)
    if level == "province":
        return None
    above = code[:2] + "0000" if level == "prefecture" or code[2:4] == "90" else code[:4] + "00"
    return gaz.unit(above)


def _name_as_used(m: RegionMention, unit: Unit, surfaces: set[str]) -> str:
    """The unit's official name, except for the few whose ethnic part stands before a plain suffix
    (顺河回族区, 管城回族区): reports write 顺河区, and a comparison by name must find the form they use (unless the
    report writes the official name too: 梅里斯区 in a headline, 梅里斯达斡尔族区 in the body); and a
    unit written by its former name in a report from before the change (任县 in 2019, 任泽区 since 2020):
    the name the report uses, with the unit's current code, so that comparisons still join it to later years."""
    if "族" in unit.name and "自治" not in unit.name and "族" not in m.surface and m.surface.endswith(unit.name[-1]) \
            and unit.name not in surfaces:
        return m.surface
    if _former_code(m, unit):
        return m.surface
    return unit.name


def _options(gaz: Gazetteer, m: RegionMention, doc_year: int | None, named_in_full: set[str]) -> list[Unit]:
    """The units a mention may name here; a current name beats a former name of another unit."""
    pairs: list[tuple[Unit, str]] = []
    for e in m.entries:
        if e.kind == "old" and (e.changed_in is not None and doc_year is not None and doc_year > e.changed_in
                                and not (_former_full_name(m) and doc_year - e.changed_in <= _TERM_YEARS
                                         and e.code not in named_in_full)
                                or doc_year is None and not _former_full_name(m)):
            continue  # a former name only in a report dated before the change (an undated page says 新区 for 新区),
            # or its full name within a congress's term of it, on a page that never names the new unit: a county
            # made a district keeps its 县人大常委会 until the next election (临桂县人大常委会 in 2014)
        unit = gaz.unit(e.code)
        if unit is not None and all(u.code != unit.code for u, _ in pairs):
            # a former name in a report dated before its change was as current then as any other unit's
            # (江北区 in a 2023 page: 重庆's, merged in 2025, as well as 宁波's)
            then = e.kind != "old" or (doc_year is not None and e.changed_in is not None and doc_year < e.changed_in)
            pairs.append((unit, then))
    current = [u for u, then in pairs if then]
    return current or [u for u, _ in pairs]


_TERM_YEARS = 5  # a people's congress's term: a renamed unit's congress keeps the old name until it is re-elected


def _former_full_name(m: RegionMention) -> bool:
    """茂港区 on an undated page: a former unit's full name (3 characters or more, with its suffix) that names no
    current unit can only mean the former unit; so can a two-character one with its own body or term after it
    (陵县第十七届人大常委会: no word, but the county's congress)."""
    return (len(m.surface) >= 3 or m.body_after) and m.surface.endswith(("县", "区", "市", "旗")) \
        and all(e.kind == "old" for e in m.entries)


def _context(gaz: Gazetteer, units: list[Unit]) -> set[str]:
    codes = set()
    for u in units:
        codes.add(u.code)
        codes.update(a.code for a in gaz.ancestors(u.code))
    return codes


_NAMED_OFTEN = 3  # a county named in full this often, beside others named at most once, owns the shared town


def _choose(gaz: Gazetteer, options: list[Unit], context: set[str], times: Counter | None = None) -> Unit | None:
    def score(u: Unit) -> int:
        s = 0
        if u.parent_code and u.parent_code in context:
            s += 3
        pref, prov = gaz.prefecture_of(u.code), gaz.province_of(u.code)
        if pref is not None and pref.code in context:
            s += 2
        if prov is not None and prov.code in context:
            s += 1
        return s

    times = times or Counter()
    parents = [times[u.parent_code] for u in options if u.level == "township" and u.parent_code]
    if len(parents) > 1 and sorted(parents)[-1] >= _NAMED_OFTEN and sorted(parents)[-2] <= 1:
        # 安居镇 in 铜梁区 (named eight times), 随县 and 安居区 (named once, as a neighbour): the township of the
        # county the page keeps naming
        return max(options, key=lambda u: times[u.parent_code] if u.parent_code else 0)
    ranked = sorted(((score(u), RANK.get(u.level, 9), u) for u in options), key=lambda t: (-t[0], t[1]))
    best = ranked[0]
    if best[0] == 0:
        # no ground in the text; a province-level reading of a shared surface (吉林, 海南) is still the
        # natural one when it is the only upper unit among the options
        provinces = [u for u in options if u.level == "province"]
        return provinces[0] if len(provinces) == 1 else None
    if len(ranked) > 1 and ranked[1][0] == best[0] and ranked[1][1] == best[1]:
        return None
    return best[2]


def _level_by_suffix(surface: str) -> str | None:
    if surface.endswith(("省", "自治区")):
        return "province"
    if surface.endswith(("自治州", "地区", "盟")):
        return "prefecture"
    if surface.endswith(("县", "区", "旗", "特区")):
        return "county"
    if surface.endswith("市"):
        return "prefecture"
    if surface.endswith(("镇", "乡", "街道", "苏木")):
        return "township"
    return None


def written_codes(linked: list[LinkedMention]) -> dict[tuple[str, str], str]:
    """(current code, name as written) -> the former code this report's names give it (吉利区 in 2014: 410308 ->
    410306, merged into 孟津区 in 2021). Facts carry the code valid when the report was written; the database's views
    map it back to the current unit, so comparisons across years still join. By name too: 江干区 and 上城区 in 2019
    were two districts merged into today's 上城区, and only the one written 江干区 had another code."""
    return {(m.unit.code, m.name): m.written_code for m in linked if m.unit is not None and m.written_code}
