"""Shared resource: the unit lexicon (data/units.tsv): measure word -> base unit, category, multiplier, currency;
the run of Arabic digits a figure is written with (both stages count figures by it); the verbs of change."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

# 52, 21.6, ３．５: the digits of one figure (half- or full-width), counted where figures are shared out in order
NUMBER_RUN = regex.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
# the verbs a report names a change by (同比增长, 比上年减收, 较上年多收): the extractor reads a change's figure by them, and the
# normaliser takes them off a rate of change's item
CHANGE_WORDS = ("增长", "下降", "增加", "减少", "提高", "降低", "上升", "节约", "节省")
CHANGE_VERBS = "|".join(CHANGE_WORDS + ("增收", "减收", "增支", "减支", "多收", "少收", "多支", "少支"))

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
