"""Attribution: which county-level (or higher) unit's work each fact reports, and the place it is about.

The subject of a section is the unit its heading names; before any heading it is the document's own
unit (the first unit written with a body after it: `印江自治县人大常委会`, else the first unit named; an
anonymised `×县` first means null). Inside a section a unit named earlier in the same paragraph moves the
figure to it when it is the section's level or below (a county in a city's report, another county in a
joint one); a higher unit does not (`28名吉安市人大代表` in 井冈山市's section stay 井冈山市's). Units cited
inside 《titles》 never move anything. 全县/全区/本市/我县 need no rule: they mean the section's unit,
which is the default.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from ..gazetteer import RANK
from ..models import RegionRef, Segmented
from .regions import LinkedMention

_BODY_AFTER = regex.compile(r"(?:人大|人民代表大会|常委会|党委|县委|市委|区委|政府)")
# the section's own unit, said without its name: a figure after these is the subject's again
_SELF = regex.compile(r"(?:我|本)(?:省|市|州|县|区|旗)")
# 全市/该市…: the whole of (or "the said") nearest unit of that kind named before it, else the subject
_WHOLE = regex.compile(r"(?:全|该)(省|市|州|县|区|旗)")


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
        # every 全市/我区… of the text found once, and per subject level / per kind the mentions that may
        # take a figure: region_at bisects these instead of rescanning its paragraph for every figure
        # (quadratic in a long paragraph: 144k characters took 5 s)
        self._whole = _Matches(_WHOLE, text)
        self._self = _Matches(_SELF, text)
        self._movers: dict[str | None, tuple[list[LinkedMention], list[int]]] = {}
        self._by_kind: dict[str, tuple[list[LinkedMention], list[int]]] = {}
        self.doc_subject = self._doc_subject(text)
        self.section_subjects = [self._section_subject(s) for s in seg.sections]

    # --- subjects --------------------------------------------------------------------------------------------
    def _doc_subject(self, text: str) -> Subject:
        first_section = self.seg.sections[0]
        in_first = [m for m in self.upper if m.start < first_section.end]
        if first_section.heading is not None or not in_first:
            heads = [self._heading_unit(s) for s in self.seg.sections if s.heading is not None]
            return next((h for h in heads if h is not None), Subject(None, None))
        first_paragraph = self.seg.paragraphs[0] if self.seg.paragraphs else None
        in_title = [m for m in in_first if first_paragraph and m.start < first_paragraph.end]
        with_body = [m for m in in_first if _BODY_AFTER.match(text, m.mention.end)]
        chosen = (in_title or with_body or in_first)[0]  # the title names the report's unit
        chosen = _innermost(chosen, self.upper)  # 成都市武侯区…: the district, not the city
        if any(m.mention.anonymous for m in in_first if m.start <= chosen.start):
            return Subject(None, None)
        return _subject(chosen)

    def _heading_unit(self, section) -> Subject | None:
        h = section.heading
        k = bisect_left(self._upper_starts, h.start)
        if k < len(self.upper) and self.upper[k].start < h.end:
            return _subject(self.upper[k])
        return None

    def _section_subject(self, section) -> Subject:
        if section.heading is None:
            return self.doc_subject
        return self._heading_unit(section) or self.doc_subject

    # --- facts -----------------------------------------------------------------------------------------------
    def region_at(self, pos: int) -> RegionRef | None:
        section = self.seg.section_at(pos)
        subject = self.section_subjects[section.index]
        sentence = self.seg.sentence_at(pos)
        paragraph = self.seg.paragraphs[sentence.paragraph]
        floor = max(paragraph.start, section.start)
        whole = self._whole.last(sentence.start, pos)  # the last 全市/该市 before the figure in its sentence
        if whole is not None:
            return self._whole_of(whole, floor, subject)
        self_ref = self._self.last(floor, pos)
        # the nearest unit before the figure (in its paragraph) that may take it, unless a 我区 stands between
        mover = _last_before(*self._movers_for(subject), pos, floor)
        if mover is not None and (self_ref is None or mover.start >= self_ref[0]):
            return _subject(mover).ref
        return subject.ref  # 丰都县组织…，我区组织代表17名: 我区 brings the figure back

    def _movers_for(self, subject: Subject) -> tuple[list[LinkedMention], list[int]]:
        if subject.level not in self._movers:
            movers = [m for m in self.upper if _may_move(m, subject)]
            self._movers[subject.level] = (movers, [m.start for m in movers])
        return self._movers[subject.level]

    def _whole_of(self, whole: tuple[int, int, str], floor: int, subject: Subject) -> RegionRef | None:
        """全市 = the nearest 市 named earlier in the paragraph (咸阳市…通报，全市14个县), else the subject."""
        kind = whole[2]
        if kind not in self._by_kind:
            named = [m for m in self.upper if not m.mention.anonymous and m.name.endswith(kind)]
            self._by_kind[kind] = (named, [m.start for m in named])
        named, starts = self._by_kind[kind]
        k = bisect_right(starts, whole[0]) - 1
        if k >= 0 and named[k].start >= floor:
            return _subject(named[k]).ref
        return subject.ref

    def place_at(self, pos: int) -> RegionRef | None:
        sentence = self.seg.sentence_at(pos)
        k = bisect_right(self._lower_starts, pos) - 1
        if k >= 0 and self.lower[k].start >= sentence.start and self.lower[k].mention.end <= pos:
            return self.lower[k].ref
        return None


class _Matches:
    """Every match of a pattern in the text, as (start, end, group 1); the last one inside a span by bisection."""

    def __init__(self, pattern, text: str):
        self.found = [(m.start(), m.end(), m.group(1) if pattern.groups else m.group()) for m in pattern.finditer(text)]
        self.ends = [end for _, end, _ in self.found]

    def last(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The last match lying wholly inside [start, end) (what finditer(text, start, end) would end with)."""
        k = bisect_right(self.ends, end) - 1
        return self.found[k] if k >= 0 and self.found[k][0] >= start else None


def _last_before(mentions: list[LinkedMention], starts: list[int], pos: int, floor: int) -> LinkedMention | None:
    """The last mention starting at or after floor and ending by pos."""
    k = bisect_right(starts, pos) - 1
    while k >= 0 and mentions[k].start >= floor:
        if mentions[k].mention.end <= pos:
            return mentions[k]
        k -= 1  # only mentions running over pos are passed: a handful at most
    return None


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
    """A unit named in the paragraph takes the figure when it is not above the section's unit."""
    if subject.level is None:
        return True
    if m.level is None:
        return False
    return RANK[m.level] >= RANK[subject.level]
