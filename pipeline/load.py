"""load: Documents and Facts -> DuckDB (schemas/duckdb.sql), one transaction per document.

Idempotent like sqlite-utils: a document whose sha256 is already loaded is skipped; a changed document
has its facts deleted and inserted anew inside one transaction (DuckDB keeps the first of two rows with
one key in a single INSERT OR REPLACE, so replacement is delete + insert, never upsert). A run killed
mid-way leaves whole documents or none: the next run loads what is missing.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path

import duckdb

from .data_files import data_path, read_tsv
from .errors import DatabaseError, DatabaseInUse
from .models import Document

# Raised whenever what is extracted from the same text changes (fields, rules): databases loaded by an
# older extractor then re-extract their files on the next ingest instead of keeping stale facts.
EXTRACTOR_VERSION = "2026.12.7-test267"

FACT_COLUMNS = (
    "doc_id", "seq", "type", "start", "end", "text", "sentence", "flags", "duplicate",
    "region_name", "region_code", "region_level", "place_name", "place_code", "place_level",
    "value", "amount", "unit", "currency", "category", "qualifier", "low", "high", "item", "item_canonical", "per", "status", "aspect", "period",
    "name", "titles", "org", "term", "code", "level", "parent_code", "parent", "date_value",
)


@lru_cache(maxsize=1)
def ddl() -> str:
    return (resources.files("pipeline") / "data" / "duckdb.sql").read_text(encoding="utf-8")


def connect(db_path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and create) the database; a database another process holds gives DatabaseInUse."""
    try:
        con = duckdb.connect(str(db_path), read_only=read_only)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():
            raise DatabaseInUse(str(db_path)) from None
        raise DatabaseError(str(db_path), f"cannot open database ({_first_line(err)})") from None
    if not read_only:
        tables, views = _split_ddl(ddl())
        con.execute(tables)
        _add_missing_columns(con, tables)
        con.execute(views)
        _load_regions(con)
    return con


def _split_ddl(text: str) -> tuple[str, str]:
    """CREATE TABLEs first, then comments and views: a database from an older version gets its new
    columns in between (a comment or view naming a missing column would fail)."""
    statements = [s.strip() for s in re.split(r";\s*\n", text) if s.strip() and not _only_comments(s)]
    tables = [s for s in statements if _body(s).startswith("CREATE TABLE")]
    rest = [s for s in statements if not _body(s).startswith("CREATE TABLE")]
    return ";\n".join(tables) + ";\n", ";\n".join(rest) + ";\n"


def _body(statement: str) -> str:
    return "\n".join(line for line in statement.splitlines() if not line.lstrip().startswith("--")).strip()


def _only_comments(statement: str) -> bool:
    return not _body(statement)


_COLUMN = re.compile(r'^\s+"?(?P<name>\w+)"?\s+(?P<type>[A-Z][A-Z0-9_\[\](), ]*?)(?:\s+(?:NOT NULL|PRIMARY KEY))?,?$')


def _add_missing_columns(con, tables_ddl: str) -> None:
    """Migration: ALTER TABLE … ADD COLUMN for every column the DDL has and an existing table lacks."""
    for table, body in re.findall(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\)", tables_ddl, re.S):
        have = {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}
        for line in body.splitlines():
            m = _COLUMN.match(line)
            if m and m.group("name") not in have and m.group("name") != "PRIMARY":
                con.execute(f'ALTER TABLE {table} ADD COLUMN "{m.group("name")}" {m.group("type")}')


def _load_regions(con) -> None:
    """The gazetteer into `regions` and `former_codes`, straight from the data files (row-by-row inserts take
    seconds); each table once (a database loaded before `former_codes` existed gets it on its next ingest)."""
    if not con.execute("SELECT count(*) FROM regions").fetchone()[0]:
        divisions, townships = str(data_path("divisions.tsv")), str(data_path("townships.tsv"))
        con.execute("BEGIN TRANSACTION")
        con.execute(f"""INSERT INTO regions SELECT code, name, level, nullif(parent_code, '')
                        FROM read_csv('{divisions}', delim='\t', header=true, all_varchar=true)""")
        con.execute(f"""INSERT INTO regions SELECT code, name, 'township', county_code
                        FROM read_csv('{townships}', delim='\t', header=true, all_varchar=true)
                        WHERE code NOT IN (SELECT code FROM regions)""")
        con.execute("COMMIT")
    # units with a congress but no GB/T 2260 code (新林区, 大柴旦): a database filled before they were listed
    # gets them on its next ingest
    rows = [(r["code"], r["name"], r["level"], r["parent_code"] or None) for r in read_tsv("extra_units.tsv")] \
        + [(r["code"], r["name"], "township", r["county_code"]) for r in read_tsv("extra_townships.tsv")]
    con.executemany("INSERT INTO regions SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM regions WHERE code = ?)",
                    [[*row, row[0]] for row in rows])  # (and 东莞's and 中山's towns, which townships.tsv lacks)
    from .gazetteer import successors  # (the gazetteer only when a database is first filled)

    if not con.execute("SELECT count(*) FROM former_codes").fetchone()[0] and (former := successors()):
        # one statement: 2,800 rows through executemany take a second; codes are digits, safe to inline
        con.execute("INSERT INTO former_codes VALUES " + ",".join(f"('{a}','{b}')" for a, b in sorted(former.items())
                                                              if a.isdigit() and b.isdigit()))


def is_current(con, doc_id: str, sha256: str) -> bool:
    """The same bytes are loaded, by this extractor version: nothing to do. A newer extractor (one that
    reads more, or reads better) re-extracts an unchanged file on the next ingest."""
    row = con.execute("SELECT sha256, extractor FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
    return row is not None and row[0] == sha256 and row[1] == EXTRACTOR_VERSION


def load_document(con, doc: Document, facts: list) -> bool:
    """Load one document and its facts; False when the same content is already there."""
    if is_current(con, doc.doc_id, doc.sha256):
        return False
    rows = [_fact_row(doc.doc_id, i, f.model_dump(mode="json")) for i, f in enumerate(facts)]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM facts WHERE doc_id = ?", [doc.doc_id])
        con.execute("DELETE FROM documents WHERE doc_id = ?", [doc.doc_id])
        con.execute(
            "INSERT INTO documents (doc_id, path, sha256, title, chars, encoding, format, text, date, ingested_at,"
            " extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc.doc_id, doc.path, doc.sha256, doc.title, doc.chars, doc.encoding, doc.format, doc.text, doc.date,
             dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), EXTRACTOR_VERSION])
        _insert_facts(con, rows)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return True


def _insert_facts(con, rows: list[tuple]) -> None:
    """One statement, one list parameter per column, unnested side by side.

    DuckDB's executemany runs one statement per row, and multi-row VALUES with thousands of parameters
    spends ~80 ms per document binding them: the single writer, not extraction, bounded a batch.
    """
    if rows:
        con.execute(_insert_facts_sql(), [list(column) for column in zip(*rows)])


@lru_cache(maxsize=1)
def _insert_facts_sql() -> str:
    """Each list cast to its column's type (read once from the schema in a scratch in-memory database:
    asking information_schema on every document cost as much as the insert)."""
    scratch = duckdb.connect()
    try:
        scratch.execute(ddl())
        types = dict(scratch.execute("SELECT column_name, data_type FROM information_schema.columns"
                                     " WHERE table_name = 'facts'").fetchall())
    finally:
        scratch.close()
    cols = ", ".join(f'"{c}"' for c in FACT_COLUMNS)
    lists = ", ".join(f"unnest(?::{types[c]}[])" for c in FACT_COLUMNS)
    return f"INSERT INTO facts ({cols}) SELECT {lists}"


def stored_ids(con) -> dict[str, str]:
    """path -> doc_id of every loaded document (a file keeps its id across runs)."""
    return {path: doc_id for doc_id, path in con.execute("SELECT doc_id, path FROM documents").fetchall()}


def clear_error(con, path: str) -> None:
    con.execute("DELETE FROM ingest_errors WHERE path = ?", [path])


def record_error(con, path: str, error: str) -> None:
    """One row per failing path: the latest reason (a file that fails every day is not a new row a day)."""
    clear_error(con, path)
    con.execute("INSERT INTO ingest_errors (path, error, \"at\") VALUES (?, ?, ?)",
                [path, error, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)])


def prune(con, keep_doc_ids: set[str]) -> int:
    gone = [r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall() if r[0] not in keep_doc_ids]
    for doc_id in gone:
        con.execute("BEGIN TRANSACTION")
        con.execute("DELETE FROM facts WHERE doc_id = ?", [doc_id])
        con.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])
        con.execute("COMMIT")
    return len(gone)


def _fact_row(doc_id: str, seq: int, f: dict) -> tuple:
    region, place = f.get("region") or {}, f.get("place") or {}
    value = f.get("value") if f["type"] == "quantity" else None
    amount = Decimal(str(value)) if _fits_amount(value) and f.get("category") == "money" else None
    row = {
        "doc_id": doc_id, "seq": seq, "type": f["type"], "start": f["start"], "end": f["end"], "text": f["text"],
        "sentence": f.get("sentence"), "flags": f.get("flags") or [], "duplicate": "duplicate" in (f.get("flags") or []),
        "region_name": region.get("name"), "region_code": region.get("code"), "region_level": region.get("level"),
        "place_name": place.get("name"), "place_code": place.get("code"), "place_level": place.get("level"),
        "value": value, "amount": amount, "unit": f.get("unit"), "currency": f.get("currency"),
        "category": f.get("category"), "qualifier": f.get("qualifier"), "low": f.get("low"), "high": f.get("high"),
        "item": f.get("item"), "item_canonical": f.get("item_canonical"), "per": f.get("per"),
        "status": f.get("status"), "aspect": f.get("aspect"), "period": f.get("period"),
        "name": f.get("name"), "titles": f.get("titles"), "org": f.get("org"), "term": f.get("term"),
        "code": f.get("code"), "level": f.get("level"), "parent_code": f.get("parent_code"),
        "parent": f.get("parent"), "date_value": f.get("value") if f["type"] == "date" else None,
    }
    return tuple(row[c] for c in FACT_COLUMNS)


def _fits_amount(value) -> bool:
    """DECIMAL(20, 2) holds less than 10^18 yuan; a larger figure is a misread number, and one such fact
    must not fail the whole document: it keeps its DOUBLE `value` and gets no `amount`."""
    return value is not None and math.isfinite(value) and abs(value) < 1e18


def _first_line(err: Exception) -> str:
    """DuckDB messages start with 'IO Error: ' and may run to several lines."""
    return str(err).split("\n")[0].removeprefix("IO Error: ")
