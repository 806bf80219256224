"""Batches: the unit of work of a distributed ingest, written as Parquet, then loaded by one writer.

A batch is a run of files (in path order) of about `batch_bytes` together: a second or more of work, so
scheduling costs little next to it. Its id is a hash of its members' paths, sha256s and doc ids (and the
output format), so the same input gives the same batches, and a batch already on disk is done:

    OUT/documents/<batch>.parquet   one row per document loaded (the `documents` table's columns)
    OUT/facts/<batch>.parquet       the `facts` table's rows of those documents
    OUT/errors/<batch>.parquet      one row per file that failed (`ingest_errors`' columns)

Each file is written under a temporary name and renamed; `documents` is renamed last and marks the
batch done, so a killed run resumes exactly where it stopped. The rows are made by `load.load_document`
(the same row builder and insert as the DuckDB loader) into an in-memory DuckDB, then copied to Parquet:
columns added to the schema flow through unchanged.

`build_database` is the one writer: it loads the batches of a run into the DuckDB file in one
transaction (documents whose sha256 is already loaded are left alone, changed ones replaced).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from .ingest import DEFAULT_FILE_TIMEOUT, _extract_one
from .load import FACT_COLUMNS, _fact_row, _insert_facts, _split_ddl, ddl, load_document
from .models import Document

TABLES = ("facts", "errors", "documents")  # documents last: its file marks the batch done
FORMAT = "reportfacts-batch-1"  # bump when the Parquet layout changes: old batches are then redone
DEFAULT_BATCH_BYTES = 256 * 1024


@dataclass(frozen=True)
class Member:
    path: str
    doc_id: str
    sha256: str  # "" when the file cannot be hashed (too large, unreadable): read() will say why
    size: int


@dataclass(frozen=True)
class Batch:
    id: str
    members: tuple[Member, ...]


def plan(members: list[Member], batch_bytes: int = DEFAULT_BATCH_BYTES) -> list[Batch]:
    """Consecutive members (in the given order) until their bytes reach batch_bytes."""
    batches, current, size = [], [], 0
    for m in members:
        current.append(m)
        size += m.size
        if size >= batch_bytes:
            batches.append(_batch(current))
            current, size = [], 0
    if current:
        batches.append(_batch(current))
    return batches


def _batch(members: list[Member]) -> Batch:
    digest = hashlib.sha256(FORMAT.encode() + b"\0" + ",".join(FACT_COLUMNS).encode())
    for m in members:
        digest.update(b"\0".join((m.path.encode("utf-8", "surrogateescape"), m.sha256.encode(), m.doc_id.encode(),
                                  b"\n")))
    return Batch(digest.hexdigest()[:24], tuple(members))


def batch_file(out: str | Path, table: str, batch_id: str) -> Path:
    return Path(out) / table / f"{batch_id}.parquet"


def is_done(out: str | Path, batch_id: str) -> bool:
    return batch_file(out, "documents", batch_id).exists()


@dataclass(frozen=True)
class BatchResult:
    id: str
    documents: int
    facts: int
    errors: list[tuple[str, str]]
    seconds: float
    skipped: bool = False


def run_batch(batch: Batch, out: str | Path, file_timeout: float | None = DEFAULT_FILE_TIMEOUT) -> BatchResult:
    """Extract every member and write the batch's three Parquet files (a worker task; idempotent)."""
    started = time.perf_counter()
    if is_done(out, batch.id):
        return BatchResult(batch.id, 0, 0, [], 0.0, skipped=True)
    con = duckdb.connect()  # in memory: the loader's own tables, rows and inserts
    try:
        con.execute(_split_ddl(ddl())[0])
        con.execute("CREATE TABLE errors AS SELECT * FROM ingest_errors LIMIT 0")
        errors: list[tuple[str, str]] = []
        extracted = []
        for m in batch.members:
            path, doc, facts, error = _extract_one((m.path, m.doc_id, file_timeout))
            if error:
                errors.append((path, error))
            else:
                extracted.append((path, doc, facts))
        errors += _load(con, extracted)
        for path, error in errors:
            con.execute('INSERT INTO errors (path, error, "at") VALUES (?, ?, ?)',
                        [path, error, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)])
        n_docs, n_facts = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts)").fetchone()
        order = {"facts": "doc_id, seq", "errors": "path", "documents": "doc_id"}
        for table in TABLES:
            _write(con, table, order[table], batch_file(out, table, batch.id))
    finally:
        con.close()
    return BatchResult(batch.id, n_docs, n_facts, errors, time.perf_counter() - started)


def _load(con, extracted: list[tuple[str, Document, list]]) -> list[tuple[str, str]]:
    """The batch's documents (load_document) and facts (load.py's row builder and insert, one statement for
    the whole batch: per-document inserts cost as much as extraction). Should the database refuse the batch,
    each document is loaded alone and the one it refuses becomes an error row. Returns the errors."""
    try:
        for _, doc, _ in extracted:
            load_document(con, doc, [])  # the document row, as the loader writes it
        _insert_facts(con, [row for _, doc, facts in extracted for row in fact_rows(doc.doc_id, facts)])
        return []
    except duckdb.Error:
        con.execute("DELETE FROM facts")
        con.execute("DELETE FROM documents")
    errors = []
    for path, doc, facts in extracted:
        try:
            load_document(con, doc, facts)
        except duckdb.Error as err:
            errors.append((path, f"{path}: cannot load into the database ({str(err).splitlines()[0]})"))
    return errors


def fact_rows(doc_id: str, facts: list) -> list[tuple]:
    """Rows of `facts` exactly as load_document makes them (load._fact_row)."""
    return [_fact_row(doc_id, i, f.model_dump(mode="json")) for i, f in enumerate(facts)]


def _write(con, table: str, order: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{_sql_str(tmp)}' (FORMAT parquet)")
        os.replace(tmp, target)  # atomic: a reader never sees half a file, a killed writer leaves only .tmp
    finally:
        tmp.unlink(missing_ok=True)


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


@dataclass
class BuildReport:
    loaded: int = 0
    unchanged: int = 0
    facts: int = 0
    errors: int = 0


def build_database(con, out: str | Path, batches: list[Batch]) -> BuildReport:
    """Load these batches into the database in one transaction (the driver: one writer).

    A document whose sha256 is loaded already stays; a new or changed one replaces its rows. A member's
    earlier error is cleared, and the errors of this run recorded (one row per path, as the local engine)."""
    report = BuildReport()
    if not batches:
        return report
    files = {t: [_sql_str(batch_file(out, t, b.id)) for b in batches] for t in TABLES}
    paths = [m.path for b in batches for m in b.members]

    def parquet(table: str, filename: bool = False) -> str:
        listed = ", ".join(f"'{f}'" for f in files[table])
        return f"read_parquet([{listed}]" + (", filename = true)" if filename else ")")

    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _new_docs AS SELECT * FROM {parquet('documents', True)}")
        con.execute("""CREATE OR REPLACE TEMP TABLE _todo AS
                       SELECT n.doc_id, n.filename FROM _new_docs n LEFT JOIN documents d USING (doc_id)
                       WHERE d.sha256 IS DISTINCT FROM n.sha256""")
        report.loaded = con.execute("SELECT count(*) FROM _todo").fetchone()[0]
        report.unchanged = con.execute("SELECT count(*) FROM _new_docs").fetchone()[0] - report.loaded
        if report.loaded:
            con.execute("DELETE FROM facts WHERE doc_id IN (SELECT doc_id FROM _todo)")
            con.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM _todo)")
            con.execute("INSERT INTO documents BY NAME SELECT * EXCLUDE (filename) FROM _new_docs"
                        " WHERE doc_id IN (SELECT doc_id FROM _todo)")
            # only the batches that hold a document to load are read
            wanted = [_sql_str(Path(f).parent.parent / "facts" / Path(f).name)
                      for (f,) in con.execute("SELECT DISTINCT filename FROM _todo ORDER BY 1").fetchall()]
            con.execute("INSERT INTO facts BY NAME SELECT * FROM read_parquet(["
                        + ", ".join(f"'{f}'" for f in wanted) + "]) WHERE doc_id IN (SELECT doc_id FROM _todo)")
            report.facts = con.execute("SELECT count(*) FROM facts WHERE doc_id IN (SELECT doc_id FROM _todo)"
                                       ).fetchone()[0]
        con.execute("DELETE FROM ingest_errors WHERE path IN (SELECT unnest(?::VARCHAR[]))", [paths])
        con.execute(f"CREATE OR REPLACE TEMP TABLE _new_errors AS SELECT * FROM {parquet('errors')}")
        con.execute("INSERT INTO ingest_errors BY NAME SELECT * FROM _new_errors")
        report.errors = con.execute("SELECT count(*) FROM _new_errors").fetchone()[0]
        con.execute("DROP TABLE _new_docs")
        con.execute("DROP TABLE _new_errors")
        con.execute("DROP TABLE _todo")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return report
