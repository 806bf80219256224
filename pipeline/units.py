"""Shared resource: the unit lexicon (data/units.tsv): measure word -> base unit, category, multiplier, currency."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .data_files import read_tsv


@dataclass(frozen=True)
class Unit:
    surface: str
    base: str
    category: str
    multiplier: float
    currency: str | None


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    return {row["unit"]: Unit(row["unit"], row["base"], row["category"], float(row["multiplier"]),
                              row["currency"] or None)
            for row in read_tsv("units.tsv")}


def lookup(surface: str) -> Unit | None:
    return units().get(surface)


def surfaces_longest_first() -> list[str]:
    return sorted(units(), key=len, reverse=True)
