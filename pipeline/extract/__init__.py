"""extract: Segmented -> Candidates. One component per fact kind, registered by name (as spaCy does), each
reading the clean text and returning typed candidates with spans in clean coordinates."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..models import Segmented
from .dates import DateCandidate, extract_dates
from .officials import (
    OfficialCandidate,
    extract_officials,
    extract_officials_rules_only,
)
from .item_model import rules_only
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
# alternatives a caller may name instead of a default component (the ablations: officials without jieba's
# name model, quantities without the trained item ranker)
VARIANTS: dict[str, tuple[str, Callable[[Segmented], list]]] = {
    "officials_rules_only": ("officials", extract_officials_rules_only),
    "quantities_rules_only": ("quantities", rules_only(extract_quantities)),
}


@dataclass(frozen=True)
class Candidates:
    quantities: list[QuantityCandidate]
    officials: list[OfficialCandidate]
    regions: list[RegionMention]
    dates: list[DateCandidate]
    titles: list[TitleCandidate]


def extract_candidates(seg: Segmented, components: tuple[str, ...] = tuple(EXTRACTORS)) -> Candidates:
    """Run the named components (defaults, or a variant in place of its default)."""
    chosen = {name: fn for name, fn in EXTRACTORS.items() if name in components}
    for variant in components:
        if variant in VARIANTS:
            slot, fn = VARIANTS[variant]
            chosen[slot] = fn
    unknown = [c for c in components if c not in EXTRACTORS and c not in VARIANTS]
    if unknown:
        raise ValueError(f"unknown extractor(s) {unknown}; known: {sorted(EXTRACTORS) + sorted(VARIANTS)}")
    return Candidates(**{name: (chosen[name](seg) if name in chosen else []) for name in EXTRACTORS})
