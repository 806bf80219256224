"""Region mention candidates: one automaton pass over the gazetteer's surfaces, then context rules.

A mention keeps every unit its surface could name; linking to one code happens in normalize/regions,
which sees the whole document. Rules here are about the surface in its context:
- leftmost-longest among acceptable matches (`六盘水市` over `六盘水`, `平凉县` rejected falls back to `平凉`);
- a stem that is an everyday word (保定, 振兴, 合作) needs unit context: a body after it (人大, 县委,
  政府…) or the genre's slogan form `新保定`;
- a match inside a longer Han word that is not a place (`城区办事处` is an office) is dropped;
- anonymised units (`×县`, `某县`) are returned as mentions with no entries, so attribution can say null.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..gazetteer import Entry, gazetteer
from ..models import Segmented
from ..segment import place_word_at, tagged, word_freq, word_tag
from ..textindex import count, line_end, line_start

# (泉州两会: the unit's two sessions, its congress and its CPPCC, as a headline names them)
_BODY_AFTER = regex.compile(
    r"(?P<term>第[一二三四五六七八九十]{1,3}届(?=人民代表大会|人大|委员会))?"  # (房县第十八届人民代表大会: a term, then the body)
    r"(?:[「“『](?=两会))?"  # (东阳“两会”: a headline quotes 两会; not 新建“人大代表之家”, a verb before a quoted name)
    r"(?:人大|人民代表大会|人民政府|政府|政协|县委|市委|区委|州委|旗委|省委|党委|常委会|人民法院|人民检察院|"
    r"全县|全市|全区|境内|籍|辖区|县城|代表团|支部|总支|两会|"
    r"新闻网|新闻|日报|晚报|特区报|电视台|融媒|在线|发布|分站)")  # not a bare 市/县: 会同市人民政府 is 会同 (jointly) + 市政府
# a masthead before a short name: 云上咸安, 今日长子 (the county's app or paper)
_OUTLET_BEFORE = ("云上", "今日", "掌上")
# 人大 then 代表: 新建人大代表之家 is 新建 (newly built) + 人大代表之家; an everyday word needs more than that
_WEAK_BODY = regex.compile(r"人大代表")
# 全州 + 县乡/县级/县域/县区/县市: "the whole prefecture's county-and-township…", read across 全州县's end
_WHOLE_THEN_LEVEL = regex.compile(r"全[州市省]县[乡级域区市]")
# a stem that reads as 全 + a unit's kind (全州: the whole prefecture)
_WHOLE_OF_KIND = regex.compile(r"全[州市县区省旗盟]")
# the county and township levels together, as elections name them (县乡两级, 县乡人大换届); not 县乡镇
_COUNTY_AND_TOWNSHIP = regex.compile(r"县乡(?:两级|换届|人大换届|人大代表换届|人大代表选举|人大选举|选举)")
# national and provincial media named by an everyday word that is also a district's stem (光明区, 新华区, 解放区)
_WORD_OUTLETS = {"光明": ("光明日报", "光明网"), "新华": ("新华社", "新华网", "新华日报"), "解放": ("解放日报", "解放军报"),
                 "新民": ("新民晚报", "新民周刊", "新民网")}
_ANONYMOUS = regex.compile(r"(?:[×X*＊]{1,3}|某)(?:省|市|县|区|旗|州)")
# characters that may stand right before a two-character name such as 和县 (在和县, 赴岷县, 与礼县)
_BEFORE_SHORT_NAME = set("在赴到至与和及从于省市州的据由向对")  # (据桃源县人大常委会报送: a preposition, no verb glued to the name)


_NOT_IN_NAME = set("各全本该每我县区市乡镇村城农新老在按照到对向从把被由为是有一二三四五六七八九十两几个")  # (整个村, 这个村: a measure word)
# a district named by a direction alone (东区, 西区): any city's east or west district, unless placed
_DIRECTION_DISTRICT = regex.compile(r"[东西南北中]区")
# townships and villages the gazetteer lacks, by suffix: a two-character name at a clause boundary,
# after a locative verb, or right after another township (郎岱镇青龙村, 在大箐村, 、洒志村)
_PLACE_SUFFIX = regex.compile(r"街道|[镇乡村]")
_SMALL_PLACE_BEFORE = set(" \t\n,;。:、(“”《》在到赴于和与及的镇乡村道")
_NOT_AFTER_SUFFIX = set("民委级庄落镇村里亲风土情规务干组部长")
_SMALL_PLACE_LEVEL = {"镇": "township", "乡": "township", "街道": "township", "村": "village"}


@dataclass(frozen=True)
class RegionMention:
    start: int
    end: int
    surface: str
    entries: tuple[Entry, ...]
    in_title: bool = False  # inside a 《document title》
    anonymous: bool = False
    small_place: str | None = None  # "township" / "village" found by suffix, not in the gazetteer
    body_after: bool = False  # its own congress, government or their term right after it (陵县第十七届人大常委会)


def extract_regions(seg: Segmented) -> list[RegionMention]:
    text = seg.clean.text
    gaz = gazetteer()
    by_start: dict[int, list[tuple[int, str]]] = {}
    for start, end, surface in gaz.find(text):
        by_start.setdefault(start, []).append((end, surface))
    # units the document names in full (or by a former full name, 罗江县): their stems (满城 for 满城区) may
    # then stand alone
    named_in_full = {e.code for spans in by_start.values() for end, surface in spans
                     for e in gaz.entries[surface] if e.kind in ("full", "short", "old") and not e.common_word
                     and len(surface) > 2}
    chained = _county_then_township(gaz, by_start)
    mentions: list[RegionMention] = []
    covered_until = -1
    for start in sorted(by_start):
        if start < covered_until:
            continue
        for end, surface in sorted(by_start[start], reverse=True):  # longest first
            entries = chained.get((start, end)) or _acceptable(text, start, end, gaz.entries[surface], named_in_full)
            if entries:
                mentions.append(RegionMention(start, end, surface, entries, _in_title(text, start),
                                              body_after=_own_body_after(text, start, end)))
                covered_until = end
                break
    mentions = _drop_out_of_place(text, mentions)
    mentions = [m for m in mentions if not _ADDRESS_BEFORE.search(text, max(0, m.start - _ADDRESS_REACH), m.start)
                and not _on_navigation_line(text, m.start)]
    mentions += _padded_names(text, gaz, mentions)
    for m in _ANONYMOUS.finditer(text):
        mentions.append(RegionMention(m.start(), m.end(), m.group(), (), _in_title(text, m.start()), True))
    mentions += _small_places(text, mentions)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _county_then_township(gaz, by_start: dict[int, list[tuple[int, str]]]) -> dict[tuple[int, int], tuple[Entry, ...]]:
    """福清城头镇, 全椒十字镇: a county's short name or stem written right before one of its own townships names
    both (neither would stand alone: a stem is too often a word, a township glued to a word is inside it)."""
    out: dict[tuple[int, int], tuple[Entry, ...]] = {}
    for start, spans in by_start.items():
        for end, surface in spans:
            counties = {e.code: e for e in gaz.entries[surface] if e.kind in ("stem", "short")
                        or e.kind == "full" and _DIRECTION_DISTRICT.fullmatch(surface)}  # (西区玉泉街道)
            if not counties:
                continue
            for t_end, t_surface in by_start.get(end, ()):
                townships = tuple(e for e in gaz.entries[t_surface]
                                  if e.kind == "township" and (u := gaz.unit(e.code)) is not None
                                  and u.parent_code in counties)
                if townships:
                    out[(start, end)] = tuple(counties[gaz.unit(e.code).parent_code] for e in townships[:1])
                    out[(end, t_end)] = townships
    return out


# a one-character name padded to a three-character one's width at a line's head (藤　县 over 长洲区 in a list of
# counties' sections): the full name with a typesetter's space inside
# (not a line set letter by letter: 代 县 长  李 晓 东 is the acting county head; the section's text runs on after it)
_PADDED_NAME = regex.compile(r"^[ \t\u3000]*(\p{Han})[ \t\u3000]{1,3}([县区市旗])"
                             r"(?=[ \t\u3000]*[:：]|[ \t\u3000]+(?:\p{Han}{2}|[0-9０-９]))", regex.M)  # (宾  县  220名)


def _padded_names(text: str, gaz, known: list[RegionMention]) -> list[RegionMention]:
    """The padded names (`_PADDED_NAME`) no mention found already starts at: their full names, spaces and all."""
    taken = {m.start for m in known}
    found = []
    for m in _PADDED_NAME.finditer(text):
        surface = m.group(1) + m.group(2)
        entries = tuple(e for e in gaz.entries[surface] if e.kind == "full") if surface in gaz.entries else ()
        if entries and m.start(1) not in taken:
            found.append(RegionMention(m.start(1), m.end(), surface, entries,
                                       body_after=_own_body_after(text, m.start(1), m.end())))
    return found


def _drop_out_of_place(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """A three-character county name that is also a phrase (老城区 in 针对老城区人口密集, 东城区 and 西城区 as a
    city's sub-districts, 海城市 inside 泛海城市广场) is no unit when it never stands with a body (人大,
    政府…), its city is not named, the document's other units lie elsewhere, and it is not listed with
    another unit (参照周边庐江县、金安区做法)."""
    gaz = gazetteer()
    suspects = {i for i, m in enumerate(mentions) if _phrase_like(m)}
    if not suspects:
        return mentions
    # a stem that stands only because the phrase's own full name was written (老城改造 after 老城区综合整治)
    # places nothing: it is as suspect (not 常山: as a heading stands on its own; nor 昆山, a place's name to jieba)
    suspect_codes = {e.code for i in suspects for e in mentions[i].entries}
    suspects |= {i for i, m in enumerate(mentions) if m.entries and all(e.kind == "stem" for e in m.entries)
                 and all(e.code in suspect_codes for e in m.entries) and (word_tag(m.surface) or "")[:2] != "ns"
                 and not _acceptable(text, m.start, m.end, list(m.entries), set())}
    named: set[str] = set()
    for i, m in enumerate(mentions):
        if i in suspects:
            continue
        for e in m.entries:
            if e.kind != "township":
                named.add(e.code)
                named.update(a.code for a in gaz.ancestors(e.code))
    if not named:
        return mentions  # nothing else to place the document by
    only_provinces = all((u := gaz.unit(c)) is None or u.level == "province" for c in named)
    with_body = {e.code for i, m in enumerate(mentions) if i in suspects
                 and (_BODY_AFTER.match(text, m.end) or _entry_body(text, m) or _holds_event(text, m))
                 and not _conjunction_led(m)
                 for e in m.entries}
    keep = []
    for i, m in enumerate(mentions):
        if i in suspects and not _listed_with_another(text, mentions, i, suspects) \
                and not _chained(mentions, i, text) and not _TITLE_CHAIN_BEFORE.search(text, max(0, m.start - 3), m.start) \
                and not any(_placed(gaz, e.code, with_body, named, only_provinces) for e in m.entries):
            continue  # (新城区 in 温宿金华新城区: two cities have one, the page names neither)
        keep.append(m)
    return keep


# a deputy's title chain going on to their place (省人大代表、安陆市特殊教育学校教师某某): a unit, however phrase-like
_TITLE_CHAIN_BEFORE = regex.compile(r"(?:代表|委员)、$")


# a round-up's entry: the unit's name, a space, then its own body by its level alone (安定区  区人大常委会推进…)
_ENTRY_BODY = regex.compile(r"[ \t\u3000]{1,4}(?P<kind>[区县市旗])(?:人大|人民政府|政府|常委会|委)")


def _holds_event(text: str, m: RegionMention) -> bool:
    """日前,清流县举办两岸文化交流活动: a unit that opens a clause and holds an event stands on its own."""
    return _convenes(text, m.start, m.end, _HOLDS)


_HOLDS = regex.compile(r"(?:隆重)?(?:召开|举行|举办)")  # (what a unit convenes, and the events it holds)


def _entry_body(text: str, m: RegionMention) -> bool:
    body = _ENTRY_BODY.match(text, m.end)
    return body is not None and body.group("kind") == m.surface[-1]


def _placed(gaz, code: str, with_body: set[str], named: set[str], only_provinces: bool) -> bool:
    """A phrase-like county the page places: it stands with a body, or the page names it, its city, or (a page
    that names only its province: a county in it is not elsewhere, 贵州省…江口县) its province."""
    unit = gaz.unit(code)
    return code in with_body or code in named or (unit is not None and unit.parent_code in named) \
        or (only_provinces and any(a.code in named for a in gaz.ancestors(code)))


_SIDE_OF = set("侧岸畔边端麓坡面")  # what follows a direction that ends a place's side (湖南侧, 河北岸)
_PLACE_LIST_GAP = regex.compile(r"[、和与及]")


def _chained(mentions: list[RegionMention], i: int, text: str) -> bool:
    """湖北省当阳市, 当阳市半月镇, 衢州江山市: written right after a unit above it (or its city's short name) or
    right before a township in it."""
    gaz = gazetteer()
    m = mentions[i]
    code = m.entries[0].code
    above = {a.code for a in gaz.ancestors(code)}
    if i > 0 and mentions[i - 1].end == m.start and any(e.code in above for e in mentions[i - 1].entries):
        return True
    unit = gaz.unit(code)
    parent = gaz.unit(unit.parent_code) if unit is not None and unit.parent_code else None
    if parent is not None and len(parent.name) > 2 and parent.name.endswith("市") \
            and text.endswith(parent.name[:-1], 0, m.start):
        return True  # 衢州江山市: the city's short name right before it (never matched alone: 衢州 is no mention)
    if i + 1 < len(mentions) and mentions[i + 1].start == m.end:
        return any(code in {a.code for a in gaz.ancestors(e.code)} for e in mentions[i + 1].entries)
    return False


def _listed_with_another(text: str, mentions: list[RegionMention], i: int, suspects: set[int]) -> bool:
    """舒城县与庐江县, 庐江县、金安区: a name listed with a unit that is no phrase is a unit too (东城区、西城区
    listed with each other stay suspects)."""
    m = mentions[i]
    before = mentions[i - 1] if i > 0 and i - 1 not in suspects else None
    after = mentions[i + 1] if i + 1 < len(mentions) and i + 1 not in suspects else None
    return ((before is not None and m.start - before.end == 1 and _PLACE_LIST_GAP.match(text, before.end))
            or (after is not None and after.start - m.end == 1 and _PLACE_LIST_GAP.match(text, m.end)))


def _phrase_like(m: RegionMention) -> bool:
    """老城区, 东城区, 海城市: a full county name of three characters whose first two are an everyday word;
    和县, which is also 和 (and) + 县人民法院."""
    return ((len(m.surface) == 3 and word_freq(m.surface[:2]) >= _PHRASE_STEM_FREQ or _conjunction_led(m))
            and m.surface[-1] in "区县市"
            and all(e.kind in ("full", "old") and (gazetteer().unit(e.code) or _NO_UNIT).level == "county"
                    for e in m.entries) and any(e.kind == "full" for e in m.entries))  # (新城区: 南宁's former name too)


def _conjunction_led(m: RegionMention) -> bool:
    """和县: a conjunction and a level character; a body after it (和县人民法院) is no evidence either way."""
    return len(m.surface) == 2 and m.surface[0] in "和与及"


_PHRASE_STEM_FREQ = 100
_NO_UNIT = type("NoUnit", (), {"level": None})()


def _small_places(text: str, known: list[RegionMention]) -> list[RegionMention]:
    """Townships and villages named by suffix that the gazetteer does not know (rules above).

    The suffix characters are found first and the two characters before each checked here: a regex
    with look-behinds tried at every position of the text cost more than the rest of the stage."""
    taken = {i for m in known for i in range(m.start, m.end)}
    unit_ends = {m.end for m in known}
    out = []
    for m in _PLACE_SUFFIX.finditer(text):
        start = m.start() - 2
        if start < 0 or start in taken or text[m.end():m.end() + 1] in _NOT_AFTER_SUFFIX:
            continue
        stem = text[start:m.start()]
        if not all("\u4e00" <= ch <= "\u9fff" and (ch not in _NOT_IN_NAME or k == 1 and ch == "市" and m.group() == "村")
                   for k, ch in enumerate(stem)):
            continue  # (油市村: a village may end its stem in 市, 各市村 and 全市村 not)
        if start > 0 and text[start - 1] not in _SMALL_PLACE_BEFORE and text[start - 2:start] != "街道" \
                and start not in unit_ends:
            continue  # (崇阳县油市村: a village written right under the unit it lies in)
        name = stem + m.group()
        if (word_tag(name) or "ns")[:2] != "ns":
            continue  # 新农村, 城乡: an ordinary word, not a place
        if m.group() != "村" and word_tag(stem) == "v":
            # 紧扣街道中心任务, 依托街道人大代表中心联络站: a verb before 街道/镇/乡 takes the street as its object;
            # a real township of that name is in the national list (townships.tsv) and was found before this
            continue
        out.append(RegionMention(start, m.end(), name, (), _in_title(text, start),
                                 small_place=_SMALL_PLACE_LEVEL[m.group()]))
    return out


# words for an area that begin with 区 (an area, a block, a section): a 区 glued to them is no district's
_AREA_WORDS = ("区域", "区块", "区段")


def _before_its_county(text: str, end: int, e: Entry) -> bool:
    """海口琼山区, 杭州西湖区: a prefecture's stem glued to the full name of a county under it is the prefecture,
    written as a chain's first link."""
    gaz = gazetteer()
    unit = gaz.unit(e.code)
    if unit is None or unit.level != "prefecture":
        return False
    for n in (3, 4, 5, 2, 6):
        for entry in gaz.entries.get(text[end:end + n], ()):
            county = gaz.unit(entry.code)
            if entry.kind == "full" and county is not None and county.parent_code == e.code:
                return True
    return False


def _acceptable(text: str, start: int, end: int, entries: list[Entry], named_in_full: set[str]) -> tuple[Entry, ...]:
    """The entries a surface may stand for here (see the module docstring)."""
    if any(text.startswith(outlet, start) for outlet in _WORD_OUTLETS.get(text[start:end], ())):
        return ()  # 光明日报, 新华社: a newspaper named by a word, not by the district that shares it
    after = text[end:end + 6]
    before = text[max(0, start - 1):start]
    if _is_han(before) and any(w in (text[end - 1:end + 1], after[:2]) for w in _AREA_WORDS):
        return ()  # 四明山区域 is 四明山 + 区域 (an area), not 明山区; 潘水苑路北区块 is a block north of a road,
        # not 路北区
    in_context = (bool(_BODY_AFTER.match(text, end, end + 12)) or (before == "新" and not _is_han(after[:1]))
                  or text[max(0, start - 2):start] in _OUTLET_BEFORE or _alone_on_line(text, start, end)
                  or _opens_heading(text, start, end) or _convenes(text, start, end))
    weak = bool(_WEAK_BODY.match(after))
    ok = []
    for e in entries:
        if e.kind == "stem" and not (e.code in named_in_full or in_context or _is_province(e.code)
                                     or _city_gone_to(text, start, end, e) or _before_its_county(text, end, e)
                                     or _in_place_list(text, start, end, e) or _after_its_province(text, start, e)
                                     or _own_counties_named(text, start, end, e, named_in_full)):
            continue  # 惠民 (政策), 大兴 (调查研究), 卫东 (in 李卫东): a stem alone is too often a word
        if e.common_word and not _is_province(e.code) and not _in_place_list(text, start, end, e) \
                and not _city_named_in_full(text, start, end, e, named_in_full) \
                and not _after_its_city(text, start, e) and not _after_its_province(text, start, e) \
                and not _before_its_county(text, end, e) and not _city_gone_to(text, start, end, e) and (
                not in_context or (weak or e.kind == "full") and not _named_above(e.code, named_in_full)):
            continue  # 新建人大代表之家: an everyday word before 人大代表 is a unit only where its city is named;
            # so is a unit whose full name is a word (城区人大常委会 is how a Guangxi district names its own body)
        if e.kind in ("full", "old") and end - start == 2 and _is_han(before) and before not in _BEFORE_SHORT_NAME \
                and (word_freq(before + text[start]) > 0 or not _named_above(e.code, named_in_full)
                     and not _rare_name_after_word(text, start)
                     and not (in_context and text[start] not in "和与及")):
            # 示范县, 缩小县乡: a one-character name + 县 glued to the word before it; 产业兴县: a slogan's verb;
            # 召开县镇人大代表座谈会: the verb 召开, not the former 开县. (关系|绛县 in a page that names 运城市 is the county;
            # 出席房县第十八届人民代表大会, 今日房县: a body, its term or a masthead placing the name make it the county,
            # but never after a conjunction: 常委会和县人大 is 和 + 县人大)
            continue
        if (e.kind == "full" and end - start == 3 and _is_han(before) and before not in _BEFORE_SHORT_NAME
                and word_freq(text[start:start + 2]) >= _GLUED_WORD_FREQ and _LEVEL_BODY.match(text, end - 1)
                and word_tag(text[start:start + 2]) != "ns" and _level(e.code) == "county"):
            continue  # 督查室会同县人大: the verb 会同 + 县人大, glued to the word before it (记长沙县人大代表: 长沙 is
            # a place, so 长沙县 is the unit; 配合大连市人大: a city's name is no verb, whatever jieba tags 大连)
        if (e.kind == "stem" and end - start == 2 and _is_han(before) and before not in _BEFORE_SHORT_NAME
                and (word_tag(text[start:end]) or "ns")[:2] != "ns" and word_freq(text[start:end]) >= _GLUED_WORD_FREQ
                and _LEVEL_BODY.match(text, end)):
            continue  # 及时会同县委编办: the same verb before 县委, read as a stem
        if e.kind in ("stem", "short", "old") and _glued(text, start, end):
            continue
        if e.kind in ("stem", "short", "old") and _ROAD_AFTER.match(text, end):
            continue  # 船山西路, 北京东路: a street named after a place is an address, not the unit's mention
        if e.kind in ("stem", "short", "old") and _AREA_AFTER.match(text, end):
            continue  # 武汉都市圈, 长株潭城市群: an area around or across units, not the unit whose work is told
        if e.kind in ("stem", "short") and _level(e.code) in ("province", "prefecture") \
                and text[end:end + 1] in _TOWNSHIP_SUFFIX and not _unit_starts(text, end) \
                and not word_freq(text[end:end + 2]):
            continue  # 固关镇至河北镇公路: a township named after a province or city (河北 + 镇), not the province
            # (河南乡村振兴: 乡村 is a word of its own after the province)
        if e.kind == "stem" and _town_in_list(text, start, end, e):
            continue  # 流经安居、少云、蒲吕等4个镇街: a town of the list, whatever county its name is the stem of
        if e.kind == "stem" and _level(e.code) == "county" and _after_another_county(text, start, e):
            continue  # 铜梁区安居古城: a county's stem right after another county's full name is a place inside that one
        if e.kind == "stem" and _level(e.code) == "county" and _WATER_AFTER.match(text, end):
            continue  # 图们江, 金沙江, 赤水河, 丹江口水库: a river or lake named after a county is the water, not the
            # unit (a city's or province's stem goes on to a district: 天津河西区, 重庆江北区)
        if _is_han(before) and end - start == 2 and _is_province(e.code) and text[end - 1] in "东西南北" \
                and text[end:end + 1] in _SIDE_OF:
            continue  # 西茵湖南侧, 大河北岸: a lake's or river's side (湖 + 南侧), not 湖南 or 河北
        if e.kind != "township" and _starts_inside_word(text, start, end):
            continue  # 当天全县 is 当天 + 全县, not 天全县
        if e.kind in ("stem", "short", "old") and end - start == 2 and _cut_across(text, start, end):
            continue  # 给渔民上|海洋渔业 (not 上海), 东躲西藏 (an idiom, not 西藏)
        if e.kind == "full" and _DIRECTION_DISTRICT.fullmatch(text, start, end) \
                and not _named_above(e.code, named_in_full) and not _after_its_city(text, start, e):
            continue  # 东区人大工委 on a Zhengzhou paper: a city's east district (郑东新区) by its direction, not
            # 攀枝花市东区, which a page names so only with its city or one of its own townships (西区玉泉街道)
        if e.kind == "full" and end - start == 2 and text[start] in "代副" and text.startswith("长", end):
            continue  # 代县长何霭: the acting county head (代 + 县长), not 代县
        if _WHOLE_THEN_LEVEL.match(text, start) and end - start == 3:
            continue  # 全州县乡人大 is 全州 (the whole prefecture) + 县乡, not 全州县
        if e.kind != "full" and _WHOLE_OF_KIND.fullmatch(text, start, end):
            continue  # 全州人大系统, 全州80%的乡镇: the whole prefecture (全 + 州), never 全州县 by its stem
        if text.endswith("县", start, end) and _COUNTY_AND_TOWNSHIP.match(text, end - 1):
            continue  # 莆田县乡人大换届选举: 莆田 + 县乡 (the county and township congresses), not the former 莆田县
        if e.kind == "township" and not (_at_boundary(text, start) or _county_named(e.code, named_in_full)):
            continue  # 明村镇 inside 文明村镇: a township needs a boundary or its county in the text
        ok.append(e)
    return tuple(ok)


# a page footer's postal address (地址:昆明市五华区翠湖南路): where the publisher sits, not a place the page tells of
_ADDRESS_BEFORE = regex.compile(r"(?:地址|通讯地址|联系地址)[:：][^\n:：]*$")
_ADDRESS_REACH = 30
# a site's bar of links to its channels or sister sites (广元新闻 旺苍新闻 青川新闻, 江西人大新闻网 抚州人大网): a
# line of short tokens, at least two of them a channel's or a site's name; none is a place the page tells of
_NAV_TOKEN = regex.compile(r"[\p{Han}A-Za-z]{2,10}")
_NAV_NAME = regex.compile(r"(?:网|新闻|频道|要闻|在线)$")
_NAV_SEPARATOR = regex.compile(r"[ \t\u3000|｜/:：]+")
_NAV_LINE_CHARS = 200  # a bar of links is short; a longer line is prose


def _on_navigation_line(text: str, pos: int) -> bool:
    start, end = line_start(text, pos), line_end(text, pos)  # (indexed: no scan of a long line per mention)
    if end - start > _NAV_LINE_CHARS:
        return False
    tokens = [t for t in _NAV_SEPARATOR.split(text[start:end].strip()) if t]
    return len(tokens) >= 3 and all(_NAV_TOKEN.fullmatch(t) for t in tokens) \
        and sum(1 for t in tokens if _NAV_NAME.search(t)) >= 2
_AREA_AFTER = regex.compile(r"(?:都市圈|城市圈|经济圈|城市群|经济带|经济区|一体化)")
_ROAD_AFTER = regex.compile(r"[东西南北中]?(?:路|大道|大街)(?![桥况线径])")
# water named after a county (not 清水河县: the longer name is the unit; 丹江口水库, 丹江口库区: the reservoir and the
# land around it, across several units; 胶州湾, 通州湾: the bay)
_WATER_AFTER = regex.compile(r"[江河](?![\p{Han}]?[县市区州旗盟])|湾(?![县市区])|水库|库区")
_BOUNDARY_BEFORE = set(" \t\n,;。:、(“”《》在到赴于和与及的镇乡村道县区市旗自")  # (来自德平镇)


_GLUED_WORD_FREQ = 300


def _own_body_after(text: str, start: int, end: int) -> bool:
    """陵县第十七届人大常委会, ,陵县人大常委会: the unit's own congress or government right after it (of the words
    _BODY_AFTER reads, the bodies that are the unit's own), with its term or where no word runs into the name
    (在任县人大代表 is 在任 + 县人大代表, not the former 任县)."""
    body = _BODY_AFTER.match(text, end)
    if body is None:
        return False
    termed = body.group("term") is not None
    if not text.startswith(("人大", "人民代表大会", "人民政府"), body.end("term") if termed else end):
        return False
    return termed or start == 0 or not _is_han(text[start - 1])


# the level character of a name read as the start of a body: 县人大, 市政府, 区委
_LEVEL_BODY = regex.compile(r"[省县市区](?:人大|人民政府|政府|委|政协)")


def _city_named_in_full(text: str, start: int, end: int, e: Entry, named_in_full: set[str]) -> bool:
    """厦门 (a city jieba knows as a place, frequent enough to count as an everyday word) on a page that names
    厦门市 in full: the city, wherever its short name stands (——厦门创新…, 新华社厦门5月3日电)."""
    if e.kind != "stem" or e.code not in named_in_full or (word_tag(text[start:end]) or "")[:2] != "ns":
        return False
    unit = gazetteer().unit(e.code)
    return unit is not None and unit.level == "prefecture"


def _in_place_list(text: str, start: int, end: int, e: Entry) -> bool:
    """上海、杭州、苏州等地: a prefecture's short name that jieba knows as a place, in a list of places; or any
    member of a list of two or more names that are all units' names, closed by 等地/等区/等县/等市 (双城、阿城、
    平房等区; 岳阳、常德、益阳等地: 常德 is no word jieba knows)."""
    if _in_unit_list(text, start, end) or _level(e.code) == "prefecture" and _in_prefecture_run(text, start, end):
        return True
    if (word_tag(text[start:end]) or "")[:2] != "ns":
        return False
    unit = gazetteer().unit(e.code)
    if unit is None or unit.level != "prefecture":
        return False
    if _SMALL_PLACES_LISTED.match(text, end, end + 40):
        return False  # 刘坪、中山等乡镇: townships listed, whatever city's name one of them shares
    return text[end:end + 1] == "、" or text[end:end + 2] == "等地" or text[start - 1:start] == "、"



# a list that closes on a kind of small place (刘坪、中山等乡镇, …等村): its members are towns or villages
_SMALL_PLACES_LISTED = regex.compile(r"(?:、\p{Han}{2,4}?)*(?:等(?:[\d一二三四五六七八九十两]{1,2}个)?|[\d一二三四五六七八九十两]{1,2}个)"
                                     r"(?:乡镇|镇街|镇|乡|村|社区|街道|村庄|村组)")
# (流经安居、少云、蒲吕等4个镇街; 走进周家、宫河、榆林子、永正、永和7个乡镇: the count alone closes the list too)
_LIST_BEFORE = regex.compile(r"(?:\p{Han}{1,4}、){1,8}$")
# (渭南、咸阳、汉中、安康、商洛、宝鸡等7个地市: a count of the kind may stand between 等 and the kind)
# (长阳、五峰两县: a list of two or more may close on its count and kind alone, with no 等)
_LIST_KIND = r"(?:地市|地|县区|县市|区县|县|区|市|旗)"
_LIST_MEMBER_AFTER = regex.compile(rf"(?P<members>(?:、\p{{Han}}{{2,4}}?(?=、|等|[两二三四五六七八九十]个?{_LIST_KIND}))*)"
                                   rf"(?:等(?:[\d一二三四五六七八九十两]{{1,2}}个)?|[两二三四五六七八九十]个?){_LIST_KIND}")


_TOWNSHIP_SUFFIX = set("镇乡")


def _unit_starts(text: str, pos: int) -> bool:
    """Does a unit's name start at pos (江苏镇江: 镇江 is a city, not 江苏 + 镇)?"""
    gaz = gazetteer()
    return any(x.kind in ("full", "short", "stem") for n in (2, 3, 4) for x in gaz.entries.get(text[pos:pos + n], ()))


def _in_prefecture_run(text: str, start: int, end: int) -> bool:
    """郑州、开封、洛阳、安阳: a run of three or more prefectures' short names joined by 、, one of them a place to
    jieba, makes each member a city, even one that is also a word (开封, to open; 商丘, 信阳)."""
    members = [text[start:end]]
    at = start
    while text[at - 1:at] == "、" and (name := _prefecture_name_ending(text, at - 1)):
        members.insert(0, name)
        at -= 1 + len(name)
    at = end
    while text[at:at + 1] == "、" and (name := _prefecture_name_starting(text, at + 1)):
        members.append(name)
        at += 1 + len(name)
    return len(members) >= 3 and all(_prefecture_name(m) for m in members) \
        and any((word_tag(m) or "")[:2] == "ns" for m in members if m != text[start:end])


def _prefecture_name(surface: str) -> bool:
    return _unit_name(surface, levels=("prefecture",))


def _prefecture_name_ending(text: str, pos: int) -> str | None:
    return next((text[pos - n:pos] for n in (3, 2) if pos >= n and _prefecture_name(text[pos - n:pos])), None)


def _prefecture_name_starting(text: str, pos: int) -> str | None:
    return next((text[pos:pos + n] for n in (3, 2) if _prefecture_name(text[pos:pos + n])), None)


def _in_unit_list(text: str, start: int, end: int) -> bool:
    before = _LIST_BEFORE.search(text, max(0, start - 50), start)
    after = _LIST_MEMBER_AFTER.match(text, end, end + 50)
    if not after or not (before or text[end:end + 1] == "、"):
        return False
    left = before.group()[:-1].split("、") if before else []
    right = [m for m in after.group("members").split("、") if m]
    if left:  # the first member may have words before it (拟在|岳阳): its longest unit-name ending counts
        first = left[0]
        left[0] = next((first[-n:] for n in (4, 3, 2) if len(first) >= n and _unit_name(first[-n:])), first)
    members = left + [text[start:end]] + right
    return len(members) >= 2 and all(_unit_name(m) for m in members)


def _unit_name(surface: str, levels: tuple[str, ...] = ("prefecture", "county")) -> bool:
    gaz = gazetteer()
    return any(x.kind in ("full", "short", "stem") and (u := gaz.unit(x.code)) is not None
               and u.level in levels for x in gaz.entries.get(surface, ()))


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """肇庆 as a sub-heading line of its own (segment opens a section there). Looks a few characters each
    way only: a page flattened to one line must not cost a scan of the line per candidate."""
    before = text[max(0, start - _LINE_PAD):start]
    after = text[end:end + _LINE_PAD]
    k = before.rfind("\n")
    if k < 0 and start > _LINE_PAD or before[k + 1:].strip():
        return False
    j = after.find("\n")
    return (j >= 0 or end + _LINE_PAD >= len(text)) and not after[:j if j >= 0 else len(after)].strip()


_LINE_PAD = 8


def _opens_heading(text: str, start: int, end: int) -> bool:
    """■高邮:建议办理“三道关”, 句容:经费托底: a short name opening a line, bulleted or not, before a colon is the
    heading of that county's part of a joint page (segment opens a section there)."""
    before = text[max(0, start - _LINE_PAD):start]
    k = before.rfind("\n")
    return text[end:end + 1] in ":：" and (k >= 0 or start <= _LINE_PAD) \
        and not before[k + 1:].strip(" \t\u3000■□●◆▲★◇○☆•")


def _own_counties_named(text: str, start: int, end: int, e: Entry, named: set[str]) -> bool:
    """南充 on a page naming 南部县 and 嘉陵区 in full: a prefecture's stem where two of its own counties are named is
    the city they lie in, not a word; but not the city's news site that carries a county's story (岳阳网, 鞍山资讯)
    nor a company named after it, its seat in brackets or not (…资源(鞍山)有限公司, 鞍山现代软包装有限公司)."""
    unit = gazetteer().unit(e.code)
    if unit is None or unit.level != "prefecture" or _SITE_AFTER.match(text, end) or _COMPANY_AFTER.match(text, end) \
            or text[start - 1:start] in ("(", "（") and text[end:end + 1] in (")", "）"):
        return False
    return sum(code[:4] == e.code[:4] and code != e.code for code in named) >= 2


_SITE_AFTER = regex.compile(r"网|资讯|在线|发布")
_COMPANY_AFTER = regex.compile(r"[^\s,，。;；、:：]{0,10}?(?:公司|集团|工厂)")  # (鞍山现代软包装有限公司)


def _named_above(code: str, named: set[str]) -> bool:
    """The unit's prefecture or province is named in the document (in full)."""
    return any(a.code in named for a in gazetteer().ancestors(code))


# a short name as the subject that convenes or holds a meeting (南安召开人大代表建议交办会, 15日上午,沙县举行…): news
# names its own county so, in its headline and its lead
_CONVENES = regex.compile(r"(?:召开|举行|隆重召开|隆重举行)")
_CLAUSE_OPENERS = ("\n", ",", "，", "。", " ", "\t", "\u3000", "午", "日", "晚", "讯", ":", "：")


def _convenes(text: str, start: int, end: int, verbs: regex.Pattern = _CONVENES) -> bool:
    return bool(verbs.match(text, end)) and (start == 0 or text[start - 1] in _CLAUSE_OPENERS)


# a preposition or verb of place right before a name (在台州率先, 赴宁波考察, 到济南学习)
_PLACE_PREPOSITIONS = set("在到赴于来")


def _city_gone_to(text: str, start: int, end: int, e: Entry) -> bool:
    """在台州率先出台…, 赴宁波学习: a prefecture's short name that jieba knows as a place, right after a word of place,
    is the city (an everyday word is never read so: 在大兴调研 stays a verb's object)."""
    if text[start - 1:start] not in _PLACE_PREPOSITIONS or (word_tag(text[start:end]) or "")[:2] != "ns":
        return False
    gaz = gazetteer()
    unit = gaz.unit(e.code)
    if any(_is_province(x.code) for x in gaz.entries.get(text[start:end], ())):
        return False  # 发表于吉林: the province the name also is stays the reading
    return unit is not None and unit.level == "prefecture" \
        and (not _is_han(text[end:end + 1]) or text[end:end + 2] in _AFTER_PLACE)


_AFTER_PLACE = ("率先", "考察", "学习", "调研", "召开", "举行", "参加", "出席", "开展", "等地", "开幕", "闭幕", "举办", "务工", "打工")


def _at_boundary(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _BOUNDARY_BEFORE


def _county_named(township_code: str, named_in_full: set[str]) -> bool:
    unit = gazetteer().unit(township_code)
    return unit is not None and unit.parent_code in named_in_full


def _rare_name_after_word(text: str, start: int) -> bool:
    """健康|绛县, 平安|沛县: a one-character name whose character is rare on its own (绛, 沛; not 范 of 示范县 or 兴 of
    产业兴县) right after a whole two-character word: the county, in a campaign's or a brand's name."""
    return word_freq(text[start]) < _RARE_NAME_CHAR_FREQ and word_freq(text[start - 2:start]) >= _WORD_AFTER_FREQ


_RARE_NAME_CHAR_FREQ = 500


def _starts_inside_word(text: str, start: int, end: int) -> bool:
    """当天全县 reads 当天|全县, not 当|天全县: the character before and the first one make a common word,
    and the rest starts another word. (和平凉市 stays 和|平凉市: 凉市 is no word.) jieba's own cut of the
    sentence has the last word: 以|东城区|为例 holds the district whole, though 以东 and 城区 are words."""
    return (start > 0 and word_freq(text[start - 1:start + 1]) >= _WORD_ACROSS_FREQ
            and word_freq(text[start + 1:start + 3]) >= _WORD_AFTER_FREQ
            and not place_word_at(text, start, end))


def _cut_across(text: str, start: int, end: int) -> bool:
    """A two-character name jieba's words cut across (上|海洋渔业: a word starts inside the name and runs past it) or
    hold inside an idiom (东躲西藏): the characters belong to other words, not to a unit's name. A word that holds the
    name whole is fine (上海市, 湖南日报); a name with its level character is left to the rules above (平安县|城 read
    as 平安|县城 would fall back to the stem 平安 before 县城)."""
    pos = max(0, start - 4)
    place_over_start = 0  # where a place word that runs over the name's start ends (庐山 in 庐|山西)
    for word, tag in tagged(text[pos:end + 4]):
        w_start, w_end = pos, pos + len(word)
        pos = w_end
        if (start < w_start < end < w_end or w_start < start < w_end < end) and tag[:2] not in ("ns", "nr"):
            return True  # (湖|南岳|阳海泰: jieba's own misreading of places and names is no evidence)
        if place_over_start and w_start == place_over_start < end < w_end and len(word) >= 2 and tag[:2] == "ns":
            return True  # 庐|山西|海 read as 庐山 + 西海: two places meet across the name, which belongs to neither
        place_over_start = w_end if w_start < start < w_end < end and len(word) >= 2 and tag[:2] == "ns" else 0
        if w_start <= start and end <= w_end and w_end - w_start > end - start and tag in ("i", "l"):
            return True
    return False


def _town_in_list(text: str, start: int, end: int, e: Entry) -> bool:
    """A member of a list of towns closed by their kind (安居、少云、蒲吕等4个镇街): a county's stem as a whole member,
    or a county's or city's stem one character short of the member (周家、宫河、榆林子、永正…7个乡镇)."""
    if _level(e.code) == "county" and text[end:end + 1] == "、":
        return _SMALL_PLACES_LISTED.match(text, end, end + 40) is not None
    longer = end + 1
    return _level(e.code) in ("county", "prefecture") and _is_han(text[end:longer]) \
        and text[end] not in "市县区州盟旗" and text[longer:longer + 1] == "、" \
        and _LIST_BEFORE.search(text, max(0, start - 30), start) is not None \
        and _SMALL_PLACES_LISTED.match(text, longer, longer + 40) is not None


_WORD_ACROSS_FREQ = 1000
_WORD_AFTER_FREQ = 100


def _level(code: str) -> str | None:
    unit = gazetteer().unit(code)
    return unit.level if unit is not None else None


def _after_its_province(text: str, start: int, e: Entry) -> bool:
    """广东韶关, 湖南岳阳: a prefecture's short name written right after its own province's (a dateline's or a
    headline's chain) is that prefecture."""
    gaz = gazetteer()
    if _level(e.code) != "prefecture":
        return False
    province = next((a.code for a in gaz.ancestors(e.code) if a.level == "province"), None)
    return province is not None and any(
        x.code == province for n in range(2, 9) for x in gaz.entries.get(text[max(0, start - n):start], ()))


def _after_its_city(text: str, start: int, e: Entry) -> bool:
    """铜陵市郊区, 阳泉市矿区: a district whose name is an everyday word, written right after its own city's full
    name, is that district."""
    gaz = gazetteer()
    unit = gaz.unit(e.code)
    if e.kind != "full" or unit is None or unit.level != "county":
        return False
    city = gaz.prefecture_of(e.code)
    return city is not None and text.endswith(city.name, max(0, start - len(city.name)), start)


def _after_another_county(text: str, start: int, e: Entry) -> bool:
    """铜梁区安居古城 (安居区 is in 遂宁市): no county lies inside another, so a county's stem written right after a
    different county's full name names a town or place of that county."""
    gaz = gazetteer()
    for size in range(2, min(6, start) + 1):
        if any(other.kind == "full" and other.code != e.code and _level(other.code) == "county"
               for other in gaz.entries.get(text[start - size:start], ())):
            return True
    return False


def _is_province(code: str) -> bool:
    """Province short names (安徽, 四川, 内蒙古) are distinctive: “安徽好人” names 安徽省."""
    return _level(code) == "province"


def _glued(text: str, start: int, end: int) -> bool:
    """A short form inside a longer word: 城区办事处, 新区 in 高新区. Full names are never glued."""
    nxt = text[end:end + 3]
    return nxt.startswith(("办事处", "新区"))


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _in_title(text: str, pos: int) -> bool:
    """Inside 《…》 on the same line."""
    start = line_start(text, pos)
    return count(text, "《", start, pos) > count(text, "》", start, pos)
