"""Attribution: which county-level (or higher) unit's work each fact reports, and the place it is about.

The subject of a section is the unit its heading names; before any heading it is the document's own
unit (the first unit written with a body after it: `印江自治县人大常委会`, else the first unit named; an
anonymised `×县` first means null). Inside a section a unit named earlier in the same paragraph moves the
figure to it when it is the section's level or below (a county in a city's report, another county in a
joint one); a higher unit does not (`28名吉安市人大代表` in 井冈山市's section stay 井冈山市's). Units cited
inside 《titles》 never move anything. 全县/全区/本市/我县 need no rule: they mean the section's unit,
which is the default.

Pages (real web copies) add:
- Outlets and mastheads (`江苏人大网`, `湖南日报`, `永州人大网`) name the publisher, not the page's unit: they
  ground the document's unit only when nothing else is named.
- A prefecture or province chosen first, whose page is about one county under it (`乐山市人大常委会到夹江县
  调研`, `湖南日报…岳阳县人大常委会…`), gives way to that county when it is named at least as often.
- A page that says 我县 while its title names a visiting unit (`浮山县人大考察团来我县`) is the unit of its
  source line (`来源:长子县人大常委会`).
- In a feature with one section per county, a later paragraph that speaks of the whole again (全市, 各县区,
  a bare 市人大常委会, 会议要求…) closes the county's section: the rest is the document's unit's.
- 全市 in a county's section is its prefecture; in a 市's own section it is that 市 unless another 市 is named
  earlier in the same sentence (`咸阳市…通报，全市14个县`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

import regex

from ..gazetteer import RANK, gazetteer
from ..models import RegionRef, Segmented, region_ref
from .regions import LinkedMention

_BODY_AFTER = regex.compile(r"(?:人大|人民代表大会|常委会|党委|县委|市委|区委|政府)")
# the section's own unit, said without its name: a figure after these is the subject's again
_SELF = regex.compile(r"(?:我|本|全)(省|市|州|县|区|旗)")
# 全市/该市…: the whole of (or "the said") nearest unit of that kind named before it, else the subject
_WHOLE = regex.compile(r"(?:全|该)(省|市|州|县|区|旗)")
# an outlet or masthead right after a unit's name (江苏人大网, 湖南日报, 蘆溪新聞網) or right before it (云上咸安)
_OUTLET_AFTER = regex.compile(r"(?:人大网|人大新闻网|新闻网|新闻|日报|晚报|都市报|电视台|广播电视台|融媒|在线|"
                              r"论坛|客户端|发布|频道|网)")
_OUTLET_BEFORE = ("云上", "今日", "掌上")
_SOURCE_LINE = regex.compile(r"(?:来源|信息来源|稿件来源)\s*[:：]\s*")
# a later paragraph of a county's section that speaks of the whole again (the genre's closing paragraphs)
_BACK_TO_WHOLE = regex.compile(r"各(?:县区|县市区|县\(市、区\)|区县|盟市|市州|市县)|会议(?:要求|强调|指出|明确|通报)")
# 全市首个, 位居全市第一: a comparison with the whole, not the whole's figure
_RANKING = regex.compile(r"首|第一|第[一二三四五六七八九十\d]|前列|前茅|领先|唯一|率先|最")


@dataclass(frozen=True)
class Subject:
    ref: RegionRef | None
    level: str | None


class Attributor:
    def __init__(self, seg: Segmented, linked: list[LinkedMention]):
        self.seg = seg
        text = seg.clean.text
        self.upper = [m for m in linked if (m.upper or m.mention.anonymous) and not m.mention.in_title]
        self.lower = [m for m in linked if m.level in ("township", "village") and not m.mention.in_title]
        self._upper_starts = [m.start for m in self.upper]
        self._lower_starts = [m.start for m in self.lower]
        # every 我区/本县/全区 of the text, found once: region_at bisects instead of rescanning its paragraph
        self._self_marks = [(m.start(), m.group()[0], m.group(1)) for m in _SELF.finditer(text)]
        self._self_ends = [start + 2 for start, _, _ in self._self_marks]
        self._movers: dict[tuple, tuple[list[LinkedMention], list[int]]] = {}
        self.doc_subject = self._doc_subject(text)
        self.section_subjects = [self._section_subject(s) for s in seg.sections]
        self.section_closing = [self._closing(s, self.section_subjects[s.index]) for s in seg.sections]

    # --- subjects --------------------------------------------------------------------------------------------
    def _doc_subject(self, text: str) -> Subject:
        first_section = self.seg.sections[0]
        in_first = [m for m in self.upper if m.start < first_section.end]
        if first_section.heading is not None or not in_first:
            heads = [self._heading_unit(s) for s in self.seg.sections if s.heading is not None]
            return next((h for h in heads if h is not None), None) or self._county_of_places() or Subject(None, None)
        # outlets and mastheads only when nothing else is named
        named = [m for m in in_first if not _outlet(text, m)] or in_first
        first_paragraph = self.seg.paragraphs[0] if self.seg.paragraphs else None
        in_title = [m for m in named if first_paragraph and m.start < first_paragraph.end]
        with_body = [m for m in named if _BODY_AFTER.match(text, m.mention.end)]
        chosen = (in_title or with_body or named)[0]  # the title names the report's unit
        chosen = _innermost(chosen, self.upper)  # 成都市武侯区…: the district, not the city
        if any(m.mention.anonymous for m in in_first if m.start <= chosen.start):
            return Subject(None, None)
        chosen = _descend(chosen, [m for m in in_first if not m.mention.anonymous])  # mastheads count here
        chosen = self._first_person(text, chosen, in_first)
        return _subject(chosen)

    def _county_of_places(self) -> Subject | None:
        """A page that names no county but several of its townships (高沟镇, 保滩街道…) is that county's: the
        county two or more of the named townships can lie in, for at least two thirds of them."""
        gaz = gazetteer()
        votes: Counter[str] = Counter()
        names = 0
        first_by_name: dict[str, LinkedMention] = {}
        for m in self.lower:
            if m.mention.entries:
                first_by_name.setdefault(m.name, m)  # one pass: a page may name thousands of places
        for m in first_by_name.values():
            counties = {c.code for e in m.mention.entries if (c := _county_above(gaz, e.code)) is not None}
            names += bool(counties)
            votes.update(counties)
        if not votes:
            return None
        code, n = votes.most_common(1)[0]
        if n < 2 or 3 * n < 2 * names:
            return None
        unit = gaz.unit(code)
        return Subject(region_ref(unit.name, unit.code, unit.level), unit.level)

    def _first_person(self, text: str, chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
        """浮山县人大考察团来我县 … 来源:长子县人大常委会: 我县 is the publisher's unit, not the one named first."""
        sources = [m for m in mentions if m.level == "county" and not m.mention.anonymous
                   and m.name != chosen.name and _after_source_label(text, m.start)]
        if sources:
            said = {k for k in "县区市旗" if "我" + k in text}  # once per document, not per mention
            return next((m for m in sources if m.name[-1] in said), chosen)
        return chosen

    def _heading_unit(self, section) -> Subject | None:
        h = section.heading
        k = bisect_left(self._upper_starts, h.start)
        if k < len(self.upper) and self.upper[k].start < h.end:
            return _subject(_innermost(self.upper[k], self.upper))  # 雅安市雨城区草坝镇: 雨城区
        return None

    def _section_subject(self, section) -> Subject:
        if section.heading is None:
            return self.doc_subject
        return self._heading_unit(section) or self.doc_subject

    def _closing(self, section, subject: Subject) -> int:
        """Where a county's section of a feature goes back to the document's unit: the first later paragraph
        whose opening sentence speaks of the whole (全市, 各县区, 市人大常委会…, 会议要求). Only below a
        document unit that contains the section's (one pass over the section's paragraphs)."""
        doc = self.doc_subject
        if (section.heading is None or subject.ref is None or doc.ref is None or doc.ref.code is None
                or subject.ref.code is None or doc.ref.code not in _above(gazetteer(), subject.ref.code)):
            return section.end
        text = self.seg.clean.text
        kind = doc.ref.name[-1]
        # 全市 and a bare 市人大常委会 speak of the document's unit only where the section's is no 市 itself
        of_doc = (regex.compile(rf"全{kind}(?!{_RANKING.pattern})|(?<!\p{{Han}}){kind}人大常委会")
                  if not subject.ref.name.endswith(kind) else None)
        body = 0
        paragraphs = self.seg.paragraphs
        for p in paragraphs[bisect_right(paragraphs, section.heading.start, key=lambda p: p.start):]:
            if p.start >= section.end:
                break
            body += 1
            if body == 1:
                continue  # the section's own opening paragraph
            first = text[p.start:self.seg.sentence_at(p.start).end]
            if _BACK_TO_WHOLE.search(first) or (of_doc is not None and of_doc.search(first)):
                return p.start
        return section.end

    # --- facts -----------------------------------------------------------------------------------------------
    def region_at(self, pos: int) -> RegionRef | None:
        section = self.seg.section_at(pos)
        subject = self.section_subjects[section.index]
        sentence = self.seg.sentence_at(pos)
        paragraph = self.seg.paragraphs[sentence.paragraph]
        floor = max(paragraph.start, section.start)
        if pos >= self.section_closing[section.index]:
            subject = self.doc_subject
        text = self.seg.clean.text
        whole = None  # the last 全市/该市 before the figure in its sentence
        for m in _WHOLE.finditer(text, sentence.start, pos):
            if not _RANKING.match(text, m.end()):
                whole = m
        if whole is not None:
            return self._whole_of(whole, floor, subject, sentence.start)
        self_ref = self._last_self(floor, pos, subject.ref.name[-1:] if subject.ref else "")
        # the nearest unit before the figure (in its paragraph) that may take it, unless a 我区 stands between;
        # only the units that may move a figure are walked (found once per subject), so a long paragraph
        # of other units costs nothing per figure
        movers, starts = self._movers_for(subject)
        k = bisect_right(starts, pos) - 1
        while k >= 0 and movers[k].start >= floor:
            m = movers[k]
            if self_ref is not None and m.start < self_ref:
                return subject.ref  # 丰都县组织…，我区组织代表17名: 我区 brings the figure back
            if m.mention.end <= pos:
                return _subject(m).ref
            k -= 1  # only mentions running over pos are passed: a handful at most
        return subject.ref

    def _movers_for(self, subject: Subject) -> tuple[list[LinkedMention], list[int]]:
        """The upper mentions that may take a figure from this subject (`_may_move` depends on the subject's
        level and province only)."""
        gaz = gazetteer()
        province = gaz.province_of(subject.ref.code) if subject.ref is not None and subject.ref.code else None
        key = (subject.level, province.code if province is not None else None)
        if key not in self._movers:
            movers = [m for m in self.upper if _may_move(m, subject)]
            self._movers[key] = (movers, [m.start for m in movers])
        return self._movers[key]

    def _last_self(self, floor: int, pos: int, own_kind: str) -> int | None:
        """Start of the last 我区/本县 (or 全区 when the subject is a 区) wholly inside [floor, pos)."""
        k = bisect_right(self._self_ends, pos) - 1
        while k >= 0 and self._self_marks[k][0] >= floor:
            start, first, kind = self._self_marks[k]
            if first != "全" or kind == own_kind:
                return start
            k -= 1  # only 全X of another kind are passed over
        return None

    def _whole_of(self, whole, floor: int, subject: Subject, sentence_start: int) -> RegionRef | None:
        """该市 = the nearest 市 named earlier in the paragraph, else the subject. 全市 = the same, except that
        in a 市's own section a 市 named in an earlier sentence does not take it (苏州市 praised…。全市8个区镇),
        and with no 市 named it is the subject, or the 市 the subject's county lies in."""
        kind = whole.group(1)
        whole_of = whole.group()[0] == "全"
        own = subject.ref is not None and subject.ref.name.endswith(kind)
        k = bisect_right(self._upper_starts, whole.start()) - 1
        while k >= 0 and self.upper[k].start >= floor:
            m = self.upper[k]
            if not m.mention.anonymous and m.name.endswith(kind):
                if not (whole_of and own) or m.start >= sentence_start:
                    return _subject(m).ref
                break
            k -= 1
        if whole_of and not own and subject.ref is not None and subject.ref.code is not None:
            gaz = gazetteer()
            for unit in gaz.ancestors(subject.ref.code):
                if unit.name.endswith(kind):
                    return region_ref(unit.name, unit.code, unit.level)
        return subject.ref

    def place_at(self, pos: int) -> RegionRef | None:
        sentence = self.seg.sentence_at(pos)
        k = bisect_right(self._lower_starts, pos) - 1
        if k >= 0 and self.lower[k].start >= sentence.start and self.lower[k].mention.end <= pos:
            return self.lower[k].ref
        return None


def _outlet(text: str, m: LinkedMention) -> bool:
    """江苏人大网, 湖南日报, 云上咸安: the unit names a publisher (a page's masthead or source line)."""
    return bool(_OUTLET_AFTER.match(text, m.mention.end)) or text[max(0, m.start - 2):m.start] in _OUTLET_BEFORE


def _after_source_label(text: str, pos: int) -> bool:
    """来源:长子县人大常委会: the unit opens the value of a source label."""
    return any(m.end() == pos for m in _SOURCE_LINE.finditer(text, max(0, pos - 10), pos))


def _descend(chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
    """A province or prefecture gives way to the one county (or chain 岳阳市…岳阳县) under it that the page
    is about: named at least as often as it. Several counties under it (a prefecture's joint report) keep
    it, or their common prefecture when that is named as often (a province's paper on 鹤壁市's counties)."""
    if chosen.unit is None or chosen.level not in ("province", "prefecture"):
        return chosen
    gaz = gazetteer()
    by_start = {m.start for m in mentions}
    counts: Counter[str] = Counter()
    first: dict[str, LinkedMention] = {}
    for m in mentions:
        if m.unit is None:
            continue
        if m.unit.code == chosen.unit.code and m.mention.end in by_start:
            continue  # 哈尔滨市宾县: the city only locates the county
        counts[m.unit.code] += 1
        first.setdefault(m.unit.code, m)
    below = [code for code in counts if chosen.unit.code in _above(gaz, code)]
    counties = [code for code in below if gaz.unit(code).level == "county"]
    if chosen.level == "province" and len(counties) == 1:
        return first[counties[0]]  # a provincial site's page on one county's station is that county's
    # the deepest unit every other one under the chosen unit lies above or below (鹤壁市 for its counties)
    for code in sorted(below, key=lambda c: -RANK[gaz.unit(c).level]):
        covers = _above(gaz, code) | {code}
        if all(c in covers or code in _above(gaz, c) for c in below):
            if counts[code] >= counts[chosen.unit.code]:
                return first[code]
    return chosen


def _county_above(gaz, code: str):
    """The county-level unit a township or village lies in."""
    return next((a for a in gaz.ancestors(code) if a.level == "county"), None)


def _above(gaz, code: str) -> set[str]:
    return {a.code for a in gaz.ancestors(code)}


def _innermost(m: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
    """Follow a chain of units written back to back (成都市武侯区) to its last, most specific one."""
    by_start = {x.start: x for x in mentions}
    while m.mention.end in by_start and not m.mention.anonymous:
        m = by_start[m.mention.end]
    return m


def _subject(m: LinkedMention) -> Subject:
    if m.mention.anonymous:
        return Subject(None, m.level)
    return Subject(m.ref, m.level)


def _may_move(m: LinkedMention, subject: Subject) -> bool:
    """A unit named in the paragraph takes the figure when it is not above the section's unit, and lies in
    the section's province: a place elsewhere is where the unit went or built (赴河北省辛集市学习, 联络站设在
    深圳市南山区), not whose work the figure is."""
    if subject.level is None:
        return True
    if m.level is None:
        return False
    if RANK[m.level] < RANK[subject.level]:
        return False
    if m.unit is not None and subject.ref is not None and subject.ref.code is not None:
        gaz = gazetteer()
        here, there = gaz.province_of(subject.ref.code), gaz.province_of(m.unit.code)
        if here is not None and there is not None and here.code != there.code:
            return False
    return True
