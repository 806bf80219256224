"""Paths and cached extractions shared by the tests."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pipeline
from pipeline.read import read

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"
GOLD = ROOT / "corpora" / "gold"
DEV = ROOT / "corpora" / "dev"
SHARED = ROOT.parent / "shared"


@lru_cache(maxsize=None)
def sample_facts(stem: str) -> tuple:
    path = next(SAMPLES.glob(stem + "*.txt"))
    return tuple(pipeline.extract_file(path))


@lru_cache(maxsize=None)
def sample_text(stem: str) -> str:
    return read(next(SAMPLES.glob(stem + "*.txt"))).text


def quantities(stem: str) -> list:
    return [f for f in sample_facts(stem) if f.type == "quantity"]


def find_quantity(stem: str, text: str, nth: int = 0):
    found = [f for f in quantities(stem) if f.text == text]
    assert len(found) > nth, f"{stem}: no quantity {text!r}; have {[f.text for f in quantities(stem)]}"
    return found[nth]


def db_rows(db, sql: str) -> list[tuple]:
    """Rows of a query against a DuckDB file, opened read-only and closed again."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
