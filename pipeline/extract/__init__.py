"""extract: Segmented -> Candidates. One component per fact kind, registered by name (as spaCy does), each
reading the clean text and returning typed candidates with spans in clean coordinates."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..models import Segmented
from .dates import DateCandidate, extract_dates
from .officials import OfficialCandidate, extract_officials
from .quantities import QuantityCandidate, extract_quantities
from .regions import RegionMention, extract_regions
from .titles import TitleCandidate, extract_titles

EXTRACTORS: dict[str, Callable[[Segmented], list]] = {
    "quantities": extract_quantities,
    "officials": extract_officials,
    "regions": extract_regions,
    "dates": extract_dates,
    "titles": extract_titles,
}


@dataclass(frozen=True)
class Candidates:
    quantities: list[QuantityCandidate]
    officials: list[OfficialCandidate]
    regions: list[RegionMention]
    dates: list[DateCandidate]
    titles: list[TitleCandidate]


def extract_candidates(seg: Segmented, components: tuple[str, ...] = tuple(EXTRACTORS)) -> Candidates:
    found = {name: (EXTRACTORS[name](seg) if name in components else []) for name in EXTRACTORS}
    return Candidates(**found)
