"""normalize: Candidates -> Facts. Values and units, region codes, attribution, and spans mapped back to
the original text (the only place clean offsets become original offsets)."""
from __future__ import annotations

from bisect import bisect_left

import regex

from ..extract import Candidates
from ..gazetteer import gazetteer
from ..models import (
    DateFact,
    OfficialFact,
    QuantityFact,
    RegionFact,
    RegionRef,
    Segmented,
    in_spans,
    TitleFact,
)
from ..textindex import line_end, line_start
from .attribution import Attributor
from .dates import iso
from .items import (canonical_item, handled_item, households_of_people, out_of_poverty, people_of_households,
                    what_changed, what_is_limited, what_is_measured, who_lives_there, who_was_absent, without_where)
from .quantities import normalize_quantity
from .regions import former_parent, link_regions, written_codes
from .timing import aspect_of, period_of, plan_zones, report_date, status_of

_HEAD_CHARS = 400  # where a dateline or metadata line sits


def normalize(seg: Segmented, cands: Candidates) -> list:
    report = report_date(cands.dates, seg.clean.text, _HEAD_CHARS)
    linked = link_regions(_outside_names(seg.clean.text, cands.regions, cands.officials), report.year,
                          report.year if report.month else None)
    attributor = Attributor(seg, linked, cands.officials)
    facts: list = []
    facts += _quantities(seg, cands, attributor, report)
    facts += _officials(seg, cands, linked)
    facts += _regions(seg, linked)
    facts += _dates(seg, cands, report.year)
    facts += _titles(seg, cands)
    facts = _as_written(facts, written_codes(linked))
    facts.sort(key=lambda f: (f.start, f.end, f.type))
    return facts


def _as_written(facts: list, former: dict[tuple[str, str], str]) -> list:
    """Every code the report's former names give (吉利区 2014: 410306) in place of the current unit's."""
    if not former:
        return facts
    out = []
    for f in facts:
        update = {}
        for field in ("region", "place"):
            ref = getattr(f, field, None)
            if ref is not None and (ref.code, ref.name) in former:
                update[field] = ref.model_copy(update={"code": former[(ref.code, ref.name)]})
        if getattr(f, "type", None) == "region" and (f.code, f.name) in former:
            update["code"] = former[(f.code, f.name)]
        out.append(f.model_copy(update=update) if update else f)
    return out


def _outside_names(text: str, regions: list, officials: list) -> list:
    """Region mentions that are not part of a person's name the document gives elsewhere with a title
    (旗人大常委会主任吴青海 …, so the headline's 吴青海到嘎亥图镇 names no 青海省). Each name is searched once."""
    names = {c.name for c in officials if len(c.name) >= 3}
    inside: list[tuple[int, int]] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            inside.append((at, at + len(name)))
            at = text.find(name, at + 1)
    if not inside:
        return regions
    inside.sort()
    starts = [a for a, _ in inside]

    def within(r) -> bool:
        k = bisect_left(starts, r.start + 1) - 1  # the last name starting at or before the mention
        while k >= 0 and inside[k][0] > r.start - 4:  # names are short: look back a few only
            a, b = inside[k]
            if a <= r.start and r.end <= b and (a, b) != (r.start, r.end):
                return True
            k -= 1
        return False

    return [r for r in regions if not within(r)]


def _common(seg: Segmented, start: int, end: int) -> dict:
    a, b = seg.clean.offsets.span_to_original(start, end)
    original = seg.clean.source.text
    return {"doc_id": seg.clean.source.doc_id, "start": a, "end": b, "text": original[a:b],
            "sentence": seg.sentence_index(start)}


def _as_searched(item: str | None, unit: str, category: str, sentence: str) -> str | None:
    """The item as an analyst searches it: what changed for a rate of change (收入增长 -> 收入), the act for a time
    limit (答复时限 -> 答复), the thing for a length (公路全长 -> 公路); the comparison key (`item_canonical`) keeps
    the change, the limit or the length word."""
    return what_is_measured(what_is_limited(what_changed(item, unit), unit, sentence), category)


def _quantities(seg, cands, attributor, report):
    out = []
    text = seg.clean.text
    date_starts = [d.start for d in cands.dates]  # extractors return them in text order
    zones = plan_zones(text, seg.paragraphs)
    places = sorted((m.start, m.end) for m in cands.regions if m.entries or m.small_place)
    place_starts = [start for start, _ in places]
    named = sorted((m.start, m.surface) for m in cands.regions if m.entries)  # units the gazetteer knows
    named_starts = [start for start, _ in named]
    for c in cands.quantities:
        if _inside_place_name(c, places, place_starts):
            continue  # 十字镇, 五里乡: a numeral inside a place's name counts nothing
        amount = normalize_quantity(c)
        if amount is None:
            continue
        s = seg.sentence_at(c.start)
        dates_before = cands.dates[bisect_left(date_starts, s.start):bisect_left(date_starts, c.start)]
        status = status_of(text, s.start, s.end, c.start, c.end, in_spans(zones, c.start), report.covers)
        common = _common(seg, c.start, c.end)
        item = who_was_absent(c.item, text, c.start)  # (请假5名: those on leave, an indicator of their own)
        item = who_lives_there(item, amount.unit)  # (全村800多人: the village's population)
        item = people_of_households(item, amount.unit, text, c.start)  # (贫困户63户159人: 贫困人口)
        item = households_of_people(item, amount.unit, text, c.end)  # (1200余户4100多名群众: 群众)
        item = out_of_poverty(item, amount.unit, text, c.start, c.end)  # (47户152人如期脱贫: 脱贫户, 脱贫人口)
        item = without_where(item, [surface for _, surface in  # (邓川镇存栏: where, which region and place say)
                                    named[bisect_left(named_starts, s.start):bisect_left(named_starts, c.start)]])
        out.append(QuantityFact(
            **common,
            value=amount.value, unit=amount.unit, category=amount.category, qualifier=amount.qualifier,
            currency=amount.currency, low=amount.low, high=amount.high,
            item=_brackets_as_written(_as_searched(item, amount.unit, amount.category, text[s.start:s.end]) or "",
                                      seg.clean.source.text, common["start"], common["end"]),
            item_canonical=handled_item(text, s.start, c.start, canonical_item(item)), per=c.per,
            flags=list(c.flags),
            region=attributor.region_at(c.start), place=attributor.place_at(c.start),
            status=status, aspect=aspect_of(text, s.start, s.end, c.start, c.end, amount.unit, amount.category),
            period=period_of(text, s.start, c.start, dates_before, status, report),
        ))
    return out


def _inside_place_name(c, places: list[tuple[int, int]], place_starts: list[int]) -> bool:
    """A figure in Chinese numerals wholly inside a region mention (十字镇: 十 + 字)."""
    if any(ch.isdigit() for ch in c.num):
        return False
    k = bisect_left(place_starts, c.start + 1) - 1
    return k >= 0 and places[k][0] <= c.start and c.end <= places[k][1]


def _brackets_as_written(item: str, original: str, start: int, end: int) -> str:
    """Clean text writes brackets half-width; an item keeps the page's own (`乡镇（街道）`) when the page
    writes full-width brackets around the figure, as annotators and searches copy them from the page."""
    if "(" not in item:
        return item
    window = original[max(0, start - 60):end + 60]
    if "（" in window and not _HALF_WIDTH_BRACKET.search(window):
        return item.replace("(", "（").replace(")", "）")
    return item


# a half-width bracket the page writes, not one of a converter's pinyin glosses (個(gè), 聯(lián)絡(luò))
_HALF_WIDTH_BRACKET = regex.compile(r"\((?![a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))")


# a county's own body written without its name (县人大常委会, 区政府), or a deputy's bare 县/区 (县人大代表);
# searched in an org span where no unit was named (涌现出县|人大代表)
_BARE_COUNTY_BODY = regex.compile(r"(?:^|(?<!\p{Han}[县区旗]))[县区旗](?:人大|人民代表大会|委|人民政府|政府|政协|纪委|$)")


def _officials(seg, cands, linked):
    out = []
    uppers = [m for m in linked if m.upper]
    upper_starts = [m.start for m in uppers]
    counties = {m.unit.code: m for m in uppers if m.level == "county" and m.unit is not None}
    sole_county = next(iter(counties.values())).ref if len(counties) == 1 else None
    text = seg.clean.text
    for c in cands.officials:
        # the clean text is simplified already, so name, titles and org need no conversion
        region = _region_in_span(uppers, upper_starts, c.org_span) if c.org_span else None
        if region is None and sole_county and c.org_span and \
                _BARE_COUNTY_BODY.search(text[c.org_span[0]:c.org_span[1]]):
            region = sole_county  # 县人大常委会 in a document about one county is that county's
        common = _common(seg, c.start, c.end)
        out.append(OfficialFact(**common, name=name_as_written(c.name, common["text"]), titles=list(c.titles),
                                org=c.org or "", term=c.term, region=region))
    return out


def name_as_written(name: str, written: str) -> str:
    """OpenCC folds 乾 into 干 (its 'dry' sense), but simplified Chinese keeps 乾 (qián), the sense a given
    name carries: a name keeps the 乾 its page writes (陈俊乾, never 陈俊干); and no space a copy left in it."""
    name = name.replace(" ", "").replace("\u3000", "")  # (主任医师邓 勇: a copy's space is no part of the name)
    written = written.replace(" ", "").replace("\u3000", "")  # (作者:李 乾: compared without the copy's space)
    if "干" in name and len(name) == len(written):
        name = "".join("乾" if a == "干" and b == "乾" else a for a, b in zip(name, written))
    return name


def _region_in_span(uppers, upper_starts, span) -> RegionRef | None:
    """The first county-or-higher unit written inside an official's org span."""
    k = bisect_left(upper_starts, span[0])
    return uppers[k].ref if k < len(uppers) and uppers[k].start < span[1] else None


def _regions(seg, linked):
    gaz = gazetteer()
    text = seg.clean.text
    out = []
    chrome_only = _named_only_in_mastheads(text, linked)
    for m in linked:
        if m.mention.anonymous or m.level is None or (m.unit is not None and m.unit.code in chrome_only):
            continue
        parent = gaz.unit(m.unit.parent_code) if m.unit else None
        if m.written_code and m.level != m.unit.level:
            parent = former_parent(m.written_code) or parent  # 莱芜市 in 2012: a prefecture under 山东省
        ref = m.ref
        out.append(RegionFact(
            **_common(seg, m.mention.start, m.mention.end), name=m.name, code=m.unit.code if m.unit else None,
            level=m.level, parent_code=parent.code if parent else None, parent=parent.name if parent else None,
            region=ref if m.upper else None, place=ref if not m.upper else None,
        ))
    return out


# a site's masthead or share prompt on a line of its own above the article (湖南人大网, 湖南人大微信, 贵州人大网):
# page chrome, which names the site's province, not a place the page tells of
_MASTHEAD_LINE = regex.compile(r"[ \t]*\p{Han}{2,8}?(?:人大网|人大新闻网|人大微信|人大)[ \t]*$")


def _named_only_in_mastheads(text: str, linked) -> set[str]:
    """Codes of the units whose every mention stands on a masthead line in the page's header, where the page
    names other units (a province's site reposting a county's news)."""
    first_sentence = regex.search(r"[。!?]", text)
    header_end = min(first_sentence.start() if first_sentence else len(text), _HEAD_CHARS)  # (its header)
    in_masthead: dict[str, bool] = {}
    for m in linked:
        if m.unit is None or m.mention.anonymous:
            continue
        at = m.mention.start  # (the line is read only in the header: linear on a one-line page)
        masthead = at < header_end and bool(_MASTHEAD_LINE.fullmatch(text, line_start(text, at), line_end(text, at)))
        in_masthead[m.unit.code] = in_masthead.get(m.unit.code, True) and masthead
    chrome = {code for code, only in in_masthead.items() if only}
    # a masthead naming the page's own unit, the only one it names (凤翔人大网 over 全县建成12个), stays
    return chrome if len(in_masthead) > len(chrome) else set()


def _dates(seg, cands, doc_year):
    return [DateFact(**_common(seg, d.start, d.end), value=iso(d, doc_year)) for d in cands.dates]


def _titles(seg, cands):
    return [TitleFact(**_common(seg, t.start, t.end), name=t.name) for t in cands.titles]
