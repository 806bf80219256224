"""segment: Clean -> paragraphs, sentences and sections; jieba words only on demand (windows).

Sections: a joint document holds several units' speeches or reports. A short line that opens with a unit
and its body (`六枝特区人大常委会:发挥代表作用…`, `清苑区人大常委会关于…情况汇报`, `【XX乡】`,
`一、XX镇:`, `一、满城区`, a bulleted station `■ 上城区湖滨街道人大代表联络站`, a county's or city's name alone on
a line: `磴口县`, `肇庆`; where two or more do, `■高邮:…` and a paragraph that opens with its unit in brackets or
before a colon, `【共和县】县人大常委会主任…`, `武安市:市人大常委会组织…`) opens a section; which unit it names is
decided later, from the region mentions inside the heading (attribution), so this stage needs no gazetteer. Text before the first heading is section 0.

`tagged(text)` gives jieba's words and part-of-speech tags for a short window, cached: extractors call
it only around candidates (segmenting the whole text would cost more than everything else together).
"""
from __future__ import annotations

import io
import sys
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

import regex

from .models import Clean, Paragraph, Section, Segmented, Sentence, Span

_SENTENCE_END = regex.compile(r"[。!?;！？；]+[”’」』)]*|……+")
# a unit name (ends in an administrative suffix) then its body, then a colon, 关于, a dash or a space
_UNIT = r"[\p{Han}×X]{1,16}?(?:自治县|自治旗|自治州|特区|林区|新区|地区|县|区|市|旗|州|盟|镇|乡|街道|苏木)"
_BODY = (r"(?:人大常委会|人大常务委员会|人民代表大会常务委员会|人大主席团|人大工委|人大工作委员会|"
         r"人大办|人大|党委|政府|人民政府)")
_NUMBER = r"(?:[一二三四五六七八九十]+、|\d+[、.]|[(（][一二三四五六七八九十\d]+[)）])"
_HEADING = regex.compile(
    rf"""^\s*(?:[■□●◆▲★◇○☆•]\s*)?{_NUMBER}?\s*     # (a bullet: ■廉江市:季度例会…)
    (?:
        {_UNIT}{_BODY}(?:\s*[:：]|\s*关于|\s*——|\s+\S)       # 清苑区人大常委会关于… / 六枝特区人大常委会:…
      | 【\s*{_UNIT}\s*】                                      # 【XX乡】…
      | 【[^】\n]{{2,8}}】\s*{_UNIT}\s*[:：]                      # 【相关链接】XX县:… (a box on one unit)
      | {_UNIT}\s*[:：]                                         # 一、XX镇:…
    )
    | ^\s*{_NUMBER}\s*{_UNIT}\s*$                             # 一、满城区 (a numbered line that is a unit's name)
    | ^\s*第[一二三四五六七八九十\d]{{1,3}}[节章]\s*(?![全本我该各]){_UNIT}(?=第|\s*$)   # 第九节 滦南县第六届人民代表大会 (a yearbook's)
    | ^\s*[■□●◆▲★◇○☆•]\s*(?![全本我该各]){_UNIT}(?:\p{{Han}}{{1,8}}?(?:街道|镇|乡))?(?:人大|代表)  # ■ 上城区湖滨街道人大代表联络站
    | ^\s*(?![全本我该各])[\p{{Han}}]{{1,8}}?(?:自治县|自治旗|特区|林区|县|区|旗)\s*$  # 磴口县 alone on a line
    """,
    regex.VERBOSE,
)
MAX_HEADING_CHARS = 70
_PLACE_COLON = regex.compile(rf"\s*(?:[■□●◆▲★◇○☆•]\s*)?{_UNIT}\s*[:：](?!\s*$)")  # unnumbered, text after the colon
# a line that is only a date (2022年12月29日, 二〇二二年十二月二十九日): a notice's signature closes with one
_DATE_LINE = regex.compile(r"\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                           r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*")
_BARE_UNIT_BODY = regex.compile(rf"\s*{_UNIT}{_BODY}\s*$")
_UNIT_BODY_COLON = regex.compile(rf"\s*(?:[■□●◆▲★◇○☆•]\s*)?{_UNIT}{_BODY}\s*[:：](?!\s*$)")  # 霍城县人大常委会:朝南社区…
# a numbered heading that names no unit (五、下一步工作要求) ends a run of units' sections numbered the same way
_NUMBERED_LINE = regex.compile(r"\s*(?:([一二三四五六七八九十]+、)|(\d+[、.])|([(（][一二三四五六七八九十]+[)）])|"
                               r"([(（]\d+[)）]))[^。]{1,30}$")


def segment(clean: Clean) -> Segmented:
    paragraphs = _with_short_name_headings(list(_paragraphs(clean.text)), clean.text)
    paragraphs = _with_listed_headlines(paragraphs, clean.text, set(clean.listed_headlines))
    paragraphs = _with_profile_headings(paragraphs, clean.text)
    paragraphs = _with_delegation_items(paragraphs, clean.text)
    paragraphs = _with_article_subtitles(paragraphs, clean.text)
    sentences = tuple(_sentences(clean.text, paragraphs))
    sections = tuple(_sections(paragraphs, len(clean.text), clean.text))
    return Segmented(clean=clean, paragraphs=paragraphs, sentences=sentences, sections=sections,
                     _sentence_starts=tuple(s.start for s in sentences))


# a site's navigation on the line (哈尔滨市人大常委会 / 信息页面 返回首页): the host's chrome, which heads nothing
# (广州人大  |  首页 > 新闻动态 > 基层人大: a breadcrumb, the site's name before its home page)
_NAVIGATION = regex.compile(r"返回首页|信息页面|当前位置|您的位置|打印本页|关闭窗口|加入收藏|首页\s*[>＞»›]")


def is_heading(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > MAX_HEADING_CHARS or "。" in line.rstrip("。") or _NAVIGATION.search(line):
        return False
    if _HEADING.match(line) or _is_unit_name(line):
        return True
    short = _NUMBERED_SHORT_NAME.match(line) or _NUMBERED_UNIT_GROUP.match(line)
    # 一、黔江:区长进站…, 二、安居支部: a numbered heading by a county's short name (or its group's)
    return short is not None and _is_unit_name(short.group("name"))


def _short_name_heading(line: str) -> bool:
    """延平:监督闭环再强化: an unnumbered heading by a county's short name, a short line with no sentence in it.
    Taken as a heading only where the page has two or more (one section per county; a lone one is a headline,
    `十堰:一线履职聚合力`)."""
    line = line.strip()
    short = _SHORT_NAME_COLON.match(line) if len(line) <= _SHORT_HEADING_CHARS and not _SENTENCE_END.search(line) \
        else None
    # (上海:突出示范引领 / 江苏:发挥三个作用: a regional meeting's provinces head their speakers' sections the same way)
    return short is not None and _is_unit_name(short.group("name"), ("province",) + _COUNTY_LEVELS)


_NUMBERED_SHORT_NAME = regex.compile(rf"\s*{_NUMBER}\s*(?P<name>\p{{Han}}{{2,6}}?)\s*[:：]")
# a numbered line naming a county's group (二、安居支部, 三、射洪总支, 四、中江代表团) and nothing else
_NUMBERED_UNIT_GROUP = regex.compile(rf"\s*{_NUMBER}\s*(?P<name>\p{{Han}}{{2,6}}?)(?:支部|总支|代表团|代表组|代表小组)\s*$")
_SHORT_NAME_COLON = regex.compile(r"\s*(?:[■□●◆▲★◇○☆•]\s*)?(?P<name>\p{Han}{2,6}?)(?:人大常委会|人大)?\s*[:：]\s*\S")  # (■高邮:…, bulleted)
_SHORT_HEADING_CHARS = 40


_COUNTY_LEVELS = ("prefecture", "county")


def _is_unit_name(line: str, levels: tuple[str, ...] = _COUNTY_LEVELS) -> bool:
    """肇庆 / 中山 alone on a line: a feature's sub-heading that is only a city's or county's short name."""
    if len(line) > 6:
        return False
    from .gazetteer import gazetteer  # the one place segmenting needs names: a bare name has no suffix

    gaz = gazetteer()
    for e in gaz.entries.get(line, ()):
        unit = gaz.unit(e.code)
        if e.kind in ("full", "short", "stem") and unit is not None and unit.level in levels:
            return True
    return False


def _with_short_name_headings(paragraphs: list[Paragraph], text: str) -> tuple[Paragraph, ...]:
    paragraphs = _headings_where_two_or_more(paragraphs, text, _short_name_heads(paragraphs, text).__contains__)
    paragraphs = _with_item_headlines(paragraphs, text)
    paragraphs = _with_unit_entries(paragraphs, text)
    paragraphs = _headings_where_two_or_more(paragraphs, text, lambda p: _BRACKETED_UNIT_LEAD.match(text, p.start, p.end)
                                             or _UNIT_COLON_LEAD.match(text, p.start, p.end))
    paragraphs = _headings_where_two_or_more(paragraphs, text, lambda p: _COUNTY_TOWNSHIP_LINE.match(text, p.start, p.end))
    paragraphs = _headings_where_two_or_more(paragraphs, text, lambda p: _TOWNSHIP_LINE.match(text, p.start, p.end))
    return _with_separated_items(paragraphs, text)


def _short_name_heads(paragraphs: list[Paragraph], text: str) -> set[Paragraph]:
    """The short-name headings (文登人大:三项活动助推…) that head a county's item: not those standing one right
    after another, a contents list of the items' titles at the page's top (no item's text is between them)."""
    found = {k for k, p in enumerate(paragraphs) if _short_name_heading(text[p.start:p.end])}
    return {paragraphs[k] for k in found if k - 1 not in found and k + 1 not in found}


def _with_listed_headlines(paragraphs, text: str, listed: set[str]) -> tuple[Paragraph, ...]:
    """An e-paper page lists its items' headlines (本版标题导航, dropped by the cleaner as a list of links), then
    prints each item under the same headline: where two or more of them stand again as lines of the body, those
    lines head sections (a sidebar's other pages never do)."""
    if len(listed) < 2:
        return tuple(paragraphs)
    return _headings_where_two_or_more(paragraphs, text, lambda p: text[p.start:p.end] in listed)


# a line of rule characters only (——————————, ------, ******): a page of briefs sets one between its items
_RULE_LINE = regex.compile(r"\s*[—\-－─━=＝*＊·~～_]{4,}\s*$")


def _with_separated_items(paragraphs, text: str) -> tuple[Paragraph, ...]:
    """A page of briefs, each set off by a rule line (——————————): where two or more rules stand, the short
    line right after each (the next brief's headline) heads its section."""
    rules = [k for k, p in enumerate(paragraphs) if _RULE_LINE.match(text, p.start, p.end)]
    if len(rules) < 2:
        return tuple(paragraphs)
    heads = [k + 1 for k in rules if k + 1 < len(paragraphs) and not paragraphs[k + 1].is_heading
             and paragraphs[k + 1].end - paragraphs[k + 1].start <= MAX_HEADING_CHARS
             and not _SENTENCE_END.search(text, paragraphs[k + 1].start, paragraphs[k + 1].end)]
    return _as_headings(paragraphs, heads)


# a speech digest's paragraph that opens with its speaker's unit in brackets and runs on (【共和县】县人大常委会主任…
# 介绍, 【溧阳市埭头镇】镇人大主席…): where two or more do, each opens that unit's section
_BRACKETED_UNIT_LEAD = regex.compile(rf"\s*【\s*(?![全本我该各]){_UNIT}(?:\p{{Han}}{{1,8}}?(?:街道|镇|乡|苏木))?\s*】"
                                     rf"[ \t\u3000]*\p{{Han}}")
# the same with its unit and a colon (武安市:市人大常委会组织…。), however long the paragraph runs
_UNIT_COLON_LEAD = regex.compile(rf"\s*(?![全本我该各]){_UNIT}[:：][ \t\u3000]*\p{{Han}}")


# a gazetteer's or yearbook's entry on one unit: its name, a space (an ideographic one, folded), then its prose
# (孝南区　撤地设市后,… / 汉川县　全县共划分选区…): where two or more open paragraphs, each heads its unit's section
_UNIT_ENTRY = regex.compile(rf"\s*(?![全本我该各]){_UNIT}[ \t]{{1,4}}(?=\p{{Han}})")
_ENTRY_CHARS = 40


def _unit_entry(text: str, p: Paragraph) -> bool:
    return p.end - p.start >= _ENTRY_CHARS and bool(_UNIT_ENTRY.match(text, p.start, p.end)) \
        and bool(_SENTENCE_END.search(text, p.start, p.end))


# a yearbook's entry under a bracketed label (【换届综述】 这次换届,全地区…) after the units' entries: a part of its
# own, the document's again (the units' part has ended)
_LABELLED_ENTRY = regex.compile(r"\s*【[^】\n]{2,20}】")


def _with_unit_entries(paragraphs, text: str) -> tuple[Paragraph, ...]:
    entries = [k for k, p in enumerate(paragraphs) if not p.is_heading and _unit_entry(text, p)]
    if len(entries) < 2:
        return tuple(paragraphs)
    labels = [k for k, p in enumerate(paragraphs) if k > entries[0] and not p.is_heading
              and _LABELLED_ENTRY.match(text, p.start, p.end) and _SENTENCE_END.search(text, p.start, p.end)]
    return _as_headings(paragraphs, entries + labels)


# a round-up's item headline: a unit's body, then what it did, on a short line with no stop
# (吐鲁番市人大开展人大代表专题学习培训 / 巩留县人大开展…“回头看” / 托克逊县人大代表小组走进网格解民忧)
_UNIT_BODY_HEADLINE = regex.compile(rf"\s*(?![全本我该各])(?P<unit>{_UNIT})(?:{_BODY}|人大代表)\p{{Han}}")
_HEADLINE_STOP = regex.compile(r"[,，。;；!?！？:：]")
# a province or city written before a county's name (四川省苍溪县, 重庆市黔江区, 内蒙古土默特左旗)
_PROVINCE_OR_CITY_LEAD = regex.compile(r"^(?:内蒙古|广西|西藏|宁夏|新疆|\p{Han}{2,3}?(?:省|自治区|市))(?=\p{Han}{2})")


def _with_item_headlines(paragraphs, text: str) -> tuple[Paragraph, ...]:
    """A round-up of several units' news items, each under its own headline: three or more such lines, each with
    a different unit, each followed by a paragraph that names its unit again (the item's lede), head sections."""
    found = []
    for k, p in enumerate(paragraphs[:-1]):
        if p.is_heading or p.end - p.start > _SHORT_HEADING_CHARS or _HEADLINE_STOP.search(text, p.start, p.end):
            continue
        m = _UNIT_BODY_HEADLINE.match(text, p.start, p.end)
        if m is None:
            continue
        # the lede names the unit again, perhaps without its province or city (重庆市黔江区人大代表马光富 / 小河桥架起
        # 大通道 / …重庆黔江区石家镇…): in the next paragraph, or the one after a short title line
        unit = m.group("unit")
        tail = _PROVINCE_OR_CITY_LEAD.sub("", unit)  # (the lead is cut only before two characters or more)
        nxt = paragraphs[k + 1]
        after = [nxt] + ([paragraphs[k + 2]] if k + 2 < len(paragraphs)
                         and nxt.end - nxt.start <= _SHORT_HEADING_CHARS
                         and not _SENTENCE_END.search(text, nxt.start, nxt.end) else [])
        if any(tail in text[q.start:q.end] for q in after):
            found.append((k, unit))
    if len(found) < 3 or len({unit for _, unit in found}) < len(found):
        return tuple(paragraphs)
    return _as_headings(paragraphs, [k for k, _ in found])


# 上城区南星街道 alone on a line over a station's entry: a list of entries by place, one section per county
_COUNTY_TOWNSHIP_LINE = regex.compile(r"\s*(?![全本我该各])\p{Han}{1,8}?(?:自治县|自治旗|县|区|市|旗)\p{Han}{1,8}?"
                                      r"(?:街道|镇|乡|苏木)\s*$")

# 钦工镇 alone on a line over a story (a round-up of township congresses, one story a township): its section
_TOWNSHIP_LINE = regex.compile(r"\s*(?![全本我该各])\p{Han}{1,6}?(?:街道|镇|乡|苏木)\s*$")


def _headings_where_two_or_more(paragraphs, text: str, is_one) -> tuple[Paragraph, ...]:
    """Mark as headings the lines `is_one` accepts, where the page has two or more of them (one section per
    county or per person); a single such line is a headline or a feature's subtitle, and marks nothing."""
    found = [k for k, p in enumerate(paragraphs) if not p.is_heading and is_one(p)]
    return _as_headings(paragraphs, found) if len(found) >= 2 else tuple(paragraphs)


def _as_headings(paragraphs, indexes: list[int]) -> tuple[Paragraph, ...]:
    paragraphs = list(paragraphs)
    for k in indexes:
        paragraphs[k] = replace(paragraphs[k], is_heading=True)
    return tuple(paragraphs)


# `——访州人大代表、三都水族自治县文化和旅游局局长韦丽娜`: a deputy profile's subtitle, a dash, a deputy's title
# chain and the person (the place in the chain is whose work the profile reports)
_PROFILE_SUBTITLE = regex.compile(r"\s*[—－]{1,2}\s*(?:访|记)?\s*[^\n。!?;,，]{0,20}?代表[、,，]\s*\p{Han}")


# `——辽源市人大常委会开展《农村土地承包法》执法检查纪实`: a unit's body under a dash, the subtitle of an
# article's title (a bulletin's second article, or a feature's)
_UNIT_SUBTITLE = regex.compile(rf"\s*[—－]{{1,2}}\s*(?![全本我该各]){_UNIT}{_BODY}\p{{Han}}")


def _with_article_subtitles(paragraphs: tuple[Paragraph, ...], text: str) -> tuple[Paragraph, ...]:
    """A bulletin (人大工作动态, 工作简报) carries several articles, each under its title: a title line whose
    dash subtitle names a unit's body, after prose of an earlier article, opens that unit's section. At the
    top of a page the same subtitle is the page's own, and marks nothing."""
    found = []
    for k, p in enumerate(paragraphs):
        if p.is_heading or k < 2 or p.end - p.start > MAX_HEADING_CHARS \
                or _SENTENCE_END.search(text, p.start, p.end) or not _UNIT_SUBTITLE.match(text, p.start, p.end):
            continue
        title = paragraphs[k - 1]
        if title.end - title.start > _SHORT_HEADING_CHARS or _HEADLINE_STOP.search(text, title.start, title.end) \
                or _SENTENCE_END.search(text, title.start, title.end):
            continue
        if any(_SENTENCE_END.search(text, q.start, q.end) for q in paragraphs[:k - 1]):
            found.append(k)  # (the subtitle names the unit, so it heads the section; its title is left above)
    return _as_headings(paragraphs, found)


# `1.永德代表团杨某等10名代表提出的《关于…的建议》`: a numbered proposal of a county's delegation, opening the
# account of how it was handled
_NUMBERED_DELEGATION = regex.compile(rf"\s*{_NUMBER}\s*(?P<name>\p{{Han}}{{2,6}}?)代表团\p{{Han}}{{2,4}}等\d+名代表")


def _with_delegation_items(paragraphs: tuple[Paragraph, ...], text: str) -> tuple[Paragraph, ...]:
    """A report on a prefecture's key proposals, one numbered item per county delegation's proposal (1.永德代表团…
    提出的《…》 / 具体答复情况:…): each item opens a section of that county's, however long its first line."""
    def is_item(p: Paragraph) -> bool:
        m = _NUMBERED_DELEGATION.match(text, p.start, p.end)
        return m is not None and _is_unit_name(m.group("name"))

    return _headings_where_two_or_more(paragraphs, text, is_item)


def _with_profile_headings(paragraphs: tuple[Paragraph, ...], text: str) -> tuple[Paragraph, ...]:
    """A round-up of deputies' profiles (全国人大代表冼润霞… then 骆云莲…): each profile's dash subtitle opens a
    section, and so does each speaker's line of a 代表通道 page (龙山县中医院党委书记 田永波:)."""
    def is_profile_line(p: Paragraph) -> bool:
        return (p.end - p.start <= MAX_HEADING_CHARS and not _SENTENCE_END.search(text, p.start, p.end)
                and bool(_PROFILE_SUBTITLE.match(text, p.start, p.end) or _speaker_line(text[p.start:p.end])
                         or _deputy_headline(text[p.start:p.end]) or _deputy_card(text[p.start:p.end])))

    return _headings_where_two_or_more(paragraphs, text, is_profile_line)


# `来自保靖县的州人大代表 向珍慧:`: who speaks next (a place, a role, a name set off by a space, a colon), alone
# on its line
_SPEAKER_LINE = regex.compile(r"\s*[^\n。!?;,，:：]{2,30}?[ \t\u3000]+\p{Han}{2,4}[ \t]*[:：]\s*")
# `全国人大代表龙荣:`: a role and a name set tight, then a colon; the profile below it says where the person is from
# (or a dash: `全国人大代表、省农业科学院副院长赵某某——`, a round-up's line over each deputy's story)
_ROLE_NAME_LINE = regex.compile(r"\s*[^\n。!?;,，:：]{0,24}?(?:代表|书记|主任|主席|委员|校长|院长|负责人|理事长)"
                                r"[ \t\u3000]*\p{Han}{2,4}[ \t]*(?:[:：]|[—－]{1,2})\s*")


# `钟某某代表:"小魔芋"释放产业兴旺"大魔力"`, `杨某委员:…`: a deputy's (or member's) name, the role, a colon, then
# the person's story's headline
_DEPUTY_HEADLINE = regex.compile(r"\s*(?P<name>\p{Han}{2,4})(?:代表|委员)[:：]\s*\S[^\n。!?]{1,40}")


def _deputy_headline(line: str) -> bool:
    """A round-up's line over each deputy's story: the name opens with a surname (not 全体代表:, 人大代表:)."""
    m = _DEPUTY_HEADLINE.fullmatch(line)
    return m is not None and _surname_led(m.group("name"))


# `吴某:庆元县人大代表、举水乡月山村文化礼堂管理员`: a profile card's line, the name, a colon, the deputy's title chain
# and occupation, over each deputy's story
_DEPUTY_CARD = regex.compile(r"\s*(?P<name>\p{Han}{2,4})[:：]\s*[^\n。!?;:：]{0,24}?代表(?:[、,，][^\n。!?;:：]{1,40})?\s*")


def _deputy_card(line: str) -> bool:
    m = _DEPUTY_CARD.fullmatch(line)
    return m is not None and _surname_led(m.group("name"))


def _surname_led(name: str) -> bool:
    from .data_files import surnames

    family = surnames()
    return (name[:2] in family or name[0] in family) and not name.endswith(("人大", "全体", "各位"))


def _speaker_line(line: str) -> bool:
    if _ROLE_NAME_LINE.fullmatch(line):
        return True
    if not _SPEAKER_LINE.fullmatch(line):
        return False
    from .gazetteer import gazetteer

    return any(_is_unit_name(surface) for _, _, surface in gazetteer().find(line))  # the speaker's place


def _paragraphs(text: str):
    index = 0
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        raw = text[start:end]
        stripped = raw.strip()
        if stripped:
            a = start + (len(raw) - len(raw.lstrip()))
            yield Paragraph(a, a + len(stripped), index, is_heading(stripped))
            index += 1
        start = end + 1


def _sentences(text: str, paragraphs):
    for p in paragraphs:
        start = p.start
        for m in _SENTENCE_END.finditer(text, p.start, p.end):
            if m.end() > start:
                yield Sentence(start, m.end(), p.index)
            start = m.end()
        if start < p.end:
            yield Sentence(start, p.end, p.index)


def _dated_below(paragraphs, k: int, text: str) -> bool:
    """The paragraph after paragraph k is only a date."""
    nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
    return nxt is not None and _DATE_LINE.fullmatch(text, nxt.start, nxt.end) is not None


def _sections(paragraphs, n: int, text: str = ""):
    """One section per heading; text before the first heading (if any) is an unheaded section 0. After a
    unit's numbered heading (一、满城区), the next heading numbered the same way opens a section too, even
    when it names no unit (五、下一步工作要求): the units' part of the document has ended."""
    heads = []
    style = None  # the numbering of the last unit heading
    # `栾城区人大` alone on a line: a section heading where several such lines follow one another (a
    # prefecture's round-up), a masthead where it is the only one (铜陵人大 above a WeChat copy)
    # (浪卡子县人民政府 / 2022年12月29日 closing a notice: a signature, with its date, not a section's heading)
    bare = [p for k, p in enumerate(paragraphs) if text and _BARE_UNIT_BODY.match(text, p.start, p.end)
            and not _dated_below(paragraphs, k, text)
            and not (k + 1 < len(paragraphs) and _BARE_UNIT_BODY.match(text, paragraphs[k + 1].start,
                                                                        paragraphs[k + 1].end))]
    # (新密市人大常委会 / 郑州市人大常委会 / 到我市调研…: a masthead right over the headline's first line heads nothing)
    bare_heads = {p.start for p in bare} if len(bare) >= 2 else set()
    # `张集镇:人大代表护航“三夏”生产`: a place, a colon and a headline is the genre's news title when it is
    # the only line of that shape; several (一个镇一段) are sections
    # (苏州:“站”建到家门口: a city's short name ending in 州 is one of the page's short-name headings, counted
    # two or more at a time already, not a lone place's title)
    place_colon = [p for p in paragraphs if p.is_heading and text and _PLACE_COLON.match(text, p.start, p.end)
                   and not _short_name_heading(text[p.start:p.end])]
    lone_titles = {p.start for p in place_colon} if len(place_colon) == 1 else set()
    for p in paragraphs:
        numbered = _NUMBERED_LINE.match(text, p.start, p.end) if text else None
        this = numbered.lastindex if numbered else None
        if (p.is_heading and p.start not in lone_titles) or p.start in bare_heads:
            heads.append(p)
            style = this
        elif style is not None and this == style:
            heads.append(p)
            style = None
    opened = [None] if not heads or heads[0].index > 0 else []
    opened += heads
    starts = [0 if i == 0 else head.start for i, head in enumerate(opened)]
    for back in _after_one_paragraph_units(paragraphs, heads, text):
        i = bisect_right(starts, back.start)
        opened.insert(i, None)
        starts.insert(i, back.start)
    for i, head in enumerate(opened):
        end = starts[i + 1] if i + 1 < len(opened) else n
        yield Section(starts[i], end, i, Span(head.start, head.end) if head is not None else None)


_ONE_PARAGRAPH_RUN = 3


def _after_one_paragraph_units(paragraphs, heads, text: str):
    """银州区:…。 清河区:…。 铁岭县:…。 (or 霍城县人大常委会:…, or 新余市　新余市人大常委会副主任…介绍…, an entry led by
    its unit) then 截至…,全市共有…: where three or more units follow one another a
    paragraph each, their place and colon opening the paragraph, the first paragraph after the run that opens
    with no unit is the document's again (the round-up's totals), not the last unit's."""
    if not text:
        return
    inline = {h.index for h in heads if _PLACE_COLON.match(text, h.start, h.end) or _UNIT_BODY_COLON.match(text, h.start, h.end)
              or _unit_entry(text, h)}  # (新余市　新余市人大常委会副主任…介绍: a yearbook's or round-up's entry)
    run = 0
    for p in paragraphs:
        if p.index in inline:
            run += 1
            continue
        if run >= _ONE_PARAGRAPH_RUN and not p.is_heading and _SENTENCE_END.search(text, p.start, p.end):
            yield p
        run = 0


# --- words on demand ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _jieba():
    """(tokenizer, POS tagger), loaded once: a jieba.Tokenizer of our own that reads jieba's dictionary from a
    memory-mapped trie, and a jieba POSTokenizer on it whose tag table (dict.txt's 349K lines, which
    jieba.posseg re-parses at every import) reads the same trie (wordtrie.py: the two were 1.7 s of a cold
    start). jieba.dt, jieba's default tokenizer, is left as jieba made it (the benchmarks' baseline)."""
    jieba = _import_jieba()
    jieba.setLogLevel(60)
    from . import wordtrie

    tokenizer, tags = wordtrie.tokenizer(jieba)
    tags.update(_pos_fixes())
    posseg = sys.modules.get("jieba.posseg")
    if posseg is None:
        jieba.dt.get_dict_file = lambda: io.BytesIO(b"")  # the import's own parse of dict.txt reads nothing...
        try:
            import jieba.posseg as posseg
        finally:
            del jieba.dt.get_dict_file  # (back to the class method)
        posseg.dt.word_tag_tab = tags  # ...and the trie's table takes its place (jieba.posseg.cut works too)
    tagger = posseg.POSTokenizer(tokenizer)  # (its own parse of the dictionary reads nothing: wordtrie.py)
    tagger.word_tag_tab = tags
    _fast_decoder(posseg)
    return tokenizer, tagger


def _fast_decoder(posseg) -> None:
    """The same HMM decoding, walking only possible state pairs (viterbi.py): identical words and tags."""
    from .viterbi import viterbi

    posseg.viterbi = viterbi


def _import_jieba():
    """jieba without pkg_resources: its _compat module imports it only to open its own dictionary files
    (an open() on the same path does), and that import alone costs a tenth of a cold start."""
    missing = "pkg_resources" not in sys.modules
    if missing:
        sys.modules["pkg_resources"] = None  # `import pkg_resources` raises ImportError: jieba's fallback
    try:
        import jieba
    finally:
        if missing:
            del sys.modules["pkg_resources"]
    return jieba


@lru_cache(maxsize=1)
def _pos_fixes() -> dict[str, str]:
    """Nouns that jieba's dictionary tags as verbs (data/pos_fixes.tsv says which and why)."""
    from .data_files import read_tsv

    return {row["word"]: row["tag"] for row in read_tsv("pos_fixes.tsv")}


@lru_cache(maxsize=65536)
def tagged(window: str) -> tuple[tuple[str, str], ...]:
    """jieba words with part-of-speech tags for a short window (HMM on: it is what finds names)."""
    _, tagger = _jieba()
    return tuple((w.word, w.flag) for w in tagger.cut(window))


def place_word_at(text: str, start: int, end: int) -> bool:
    """jieba's cut of the text around start:end has a place word (ns) that starts at start and runs to end or past
    it (以|东城区|为例 holds 东城区; 地处|六盘山|西麓 holds 六盘 and more)."""
    pos = max(0, start - 4)
    for word, tag in tagged(text[pos:end + 4]):
        if pos == start and pos + len(word) >= end and tag.startswith("ns"):
            return True
        pos += len(word)
    return False


def word_tag(word: str) -> str | None:
    """jieba's dictionary tag of a word, or None when the word is not in the dictionary."""
    _, tagger = _jieba()
    return tagger.word_tag_tab.get(word)


def word_freq(word: str) -> int:
    tokenizer, _ = _jieba()
    return tokenizer.FREQ.get(word, 0)


def noun_uses() -> frozenset[str]:
    """Verbs that the genre counts as nouns (the "vn" lines of data/pos_fixes.tsv): after another verb they
    are its object (核定编制14个), never the head of a longer phrase through that verb."""
    return frozenset(w for w, t in _pos_fixes().items() if t == "vn")
