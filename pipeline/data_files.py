"""Committed data files under pipeline/data, each loaded once per process (see data/SOURCES.md)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def data_path(name: str):
    return resources.files("pipeline") / "data" / name


def read_lines(name: str) -> list[str]:
    text = data_path(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line; `#` lines are comments. (Plain splitting: these
    files hold no quoted fields, and csv.DictReader took a third of the gazetteer's load time.)"""
    lines = [line.rstrip("\n") for line in data_path(name).read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t") + [""] * (len(header) - line.count("\t") - 1))) for line in lines[1:]]


@lru_cache(maxsize=None)
def common_chars() -> frozenset[str]:
    """The commonest Chinese characters, simplified and traditional forms (for telling codecs apart)."""
    return frozenset("".join(read_lines("common_chars.txt")))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return frozenset(read_lines("surnames.txt"))


@lru_cache(maxsize=None)
def name_elements() -> frozenset[str]:
    """Elements of Tibetan and Mongolian personal names (多吉, 扎西, 曲珍; 巴图, 孟和, 宝音): a name is one or two of
    them, with no Han surname."""
    return frozenset(read_lines("tibetan_names.txt")) | frozenset(read_lines("mongolian_names.txt"))


@lru_cache(maxsize=None)
def title_kinds() -> dict[str, str]:
    """Each word of titles.txt and its kind: `role` (主任), `before` (代表, written after the name) or `byline` (a
    press credit: 记者, 责任编辑, 监制)."""
    kinds = {}
    for line in read_lines("titles.txt"):
        word, _, kind = line.partition("\t")
        kinds[word.strip()] = kind.strip() or "role"
    return kinds


@lru_cache(maxsize=None)
def char_variants() -> dict[int, str]:
    """Variant characters OpenCC's t2s keeps (陜, 衞) -> their simplified forms, as a str.translate table."""
    return {ord(row["variant"]): row["simplified"] for row in read_tsv("char_variants.tsv")}
