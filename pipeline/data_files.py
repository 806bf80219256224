"""Committed data files under pipeline/data, each loaded once per process (see data/SOURCES.md)."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


def data_path(name: str):
    return resources.files("pipeline") / "data" / name


def read_lines(name: str) -> list[str]:
    text = data_path(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_tsv(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(rows, delimiter="\t"))


@lru_cache(maxsize=None)
def common_chars() -> frozenset[str]:
    """The commonest Chinese characters, simplified and traditional forms (for telling codecs apart)."""
    return frozenset("".join(read_lines("common_chars.txt")))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return frozenset(read_lines("surnames.txt"))
