"""Typed objects passed between the stages, and the Fact models of the output contract.

Stage objects (Source, Clean, Segmented, candidates) are frozen dataclasses: cheap to build on the hot
path and immutable once made. Facts are pydantic models because they are the public contract
(`Fact.model_dump(mode="json")` is one line of `reportfacts extract`, and `schemas/` is generated from them).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

# ---------------------------------------------------------------------------------------------------------
# Stage objects
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A file read and decoded: `text` is what every fact offset refers to."""

    text: str
    doc_id: str = "doc"
    path: str | None = None
    encoding: str = "utf-8"
    format: str = "text"
    sha256: str = ""


@dataclass(frozen=True)
class OffsetMap:
    """Piecewise shift from clean-text positions to original positions.

    `breaks` holds (clean_pos, orig_pos) pairs, sorted by clean_pos; between two breaks the texts run in
    step (one clean character per original character), which is what OpenCC's character conversion and
    width folding preserve. Removals (boilerplate lines, pinyin glosses) start a new break.
    """

    clean_starts: tuple[int, ...] = (0,)
    orig_starts: tuple[int, ...] = (0,)

    def to_original(self, pos: int) -> int:
        k = bisect_right(self.clean_starts, pos) - 1
        return self.orig_starts[k] + (pos - self.clean_starts[k])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(frozen=True)
class Clean:
    """The working text the extractors read, and the way back to the original."""

    text: str
    offsets: OffsetMap
    source: Source
    # spans (clean coordinates) of paragraphs that repeat an earlier paragraph verbatim
    duplicate_spans: tuple[tuple[int, int], ...] = ()
    # lines dropped as page chrome, in original coordinates (kept for the HTML view and for debugging)
    dropped_spans: tuple[tuple[int, int], ...] = ()
    # the county a prefecture site's breadcrumb files the page under (首页 > 县区人大 > 台前县): dropped as chrome,
    # kept as this one word for attribution
    filed_under: str | None = None
    # the unit whose site the page is, from its footer (主办单位:中牟县人民政府): dropped as chrome, kept as this one
    # name for a page whose text names no unit at all
    hosted_by: str | None = None
    # the titles of a page's own list of its items (本版标题导航: ·五华开展…), dropped as chrome: where two or more
    # of them stand again as lines of the body, those lines head the items' sections
    listed_headlines: tuple[str, ...] = ()


def in_spans(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    """Is pos inside one of these sorted, non-overlapping (start, end) spans? (bisect: O(log n))"""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph(Span):
    index: int
    is_heading: bool = False


@dataclass(frozen=True)
class Sentence(Span):
    paragraph: int


@dataclass(frozen=True)
class Section(Span):
    """A stretch of the document about one unit: opened by a heading such as `X区人大常委会关于…的汇报`."""

    index: int
    heading: Optional[Span] = None


@dataclass(frozen=True)
class Segmented:
    clean: Clean
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    _sentence_starts: tuple[int, ...] = field(default=(), repr=False)

    def sentence_index(self, pos: int) -> int:
        return max(bisect_right(self._sentence_starts, pos) - 1, 0)

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[self.sentence_index(pos)]

    def section_at(self, pos: int) -> Section:
        k = bisect_right(self.sections, pos, key=lambda s: s.start) - 1
        return self.sections[max(k, 0)]


# ---------------------------------------------------------------------------------------------------------
# Facts: the output contract (../shared/CONTRACT.md)
# ---------------------------------------------------------------------------------------------------------

Level = Literal["province", "prefecture", "county", "township", "village"]


class RegionRef(BaseModel):
    """The unit a fact is attributed to (`region`) or the more specific place it is about (`place`)."""

    model_config = ConfigDict(frozen=True)
    name: str
    code: Optional[str] = None
    level: Optional[Level] = None


@lru_cache(maxsize=65536)
def region_ref(name: str, code: Optional[str], level: Optional[str]) -> RegionRef:
    """One frozen RegionRef per unit, shared by every fact attributed to it (thousands per MB of text)."""
    return RegionRef(name=name, code=code, level=level)


class FactBase(BaseModel):
    model_config = ConfigDict(frozen=True)
    doc_id: str
    start: int = Field(description="offset into the original decoded text")
    end: int
    text: str = Field(description="original[start:end]")
    region: Optional[RegionRef] = None
    place: Optional[RegionRef] = None
    sentence: Optional[int] = Field(default=None, description="index of the sentence the fact is in")
    flags: list[str] = Field(default_factory=list,
                             description="duplicate: in a repeated paragraph; slogan: a count inside a slogan")


class QuantityFact(FactBase):
    type: Literal["quantity"] = "quantity"
    value: float
    unit: str
    currency: Optional[str] = None
    category: Literal["count", "people", "money", "area", "mass", "length", "events", "percent", "other"]
    qualifier: Literal["exact", "over", "under", "approx", "at_least", "range"]
    low: Optional[float] = None
    high: Optional[float] = None
    item: Optional[str] = None
    item_canonical: Optional[str] = None
    per: Optional[str] = Field(default=None, description="a rate's basis as written (每人每年, 人均): not a total")
    status: Literal["done", "planned"] = Field(
        default="done", description="done: reported as achieved or existing; planned: a plan, target or goal")
    aspect: Literal["stock", "flow"] = Field(
        default="flow", description="stock: how many there are (累计建成15个); flow: what happened in the period (新建3个)")
    period: Optional[str] = Field(default=None, description="the year (YYYY) the figure is true for; a plan's target year")


class OfficialFact(FactBase):
    type: Literal["official"] = "official"
    name: str
    titles: list[str]
    org: Optional[str] = None
    term: Optional[str] = None


class RegionFact(FactBase):
    type: Literal["region"] = "region"
    name: str
    code: Optional[str] = None
    level: Level
    parent_code: Optional[str] = None
    parent: Optional[str] = None


class DateFact(FactBase):
    type: Literal["date"] = "date"
    value: Optional[str] = None


class TitleFact(FactBase):
    type: Literal["title"] = "title"
    name: str


Fact = Annotated[Union[QuantityFact, OfficialFact, RegionFact, DateFact, TitleFact], Field(discriminator="type")]
FACT_MODELS = (QuantityFact, OfficialFact, RegionFact, DateFact, TitleFact)


class Document(BaseModel):
    """One row of the `documents` table."""

    doc_id: str
    path: Optional[str] = None
    sha256: str
    title: Optional[str] = None
    chars: int
    encoding: str
    format: str
    text: str
    date: Optional[str] = None
