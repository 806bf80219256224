"""Batch ingest across runs: ids that stay put, old databases that migrate, errors that do not pile up,
and a worker that dies without taking the batch with it."""
import os
from concurrent.futures import ProcessPoolExecutor

import duckdb

import pipeline.ingest as ingest_module
from pipeline.ingest import _run, ingest
from pipeline.load import connect
from tests.helpers import SAMPLES
from tests.helpers import db_rows as rows

SAMPLE = (SAMPLES / "001_c6e97b9222098319.txt").read_text(encoding="utf-8")


def test_same_name_in_two_folders_across_runs_keeps_both(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "b" / "report.txt").write_text(SAMPLE.replace("印江", "印江县"), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    ingest([tmp_path / "a"], db=db, workers=1, progress=False)
    ingest([tmp_path / "b"], db=db, workers=1, progress=False)
    ingest([tmp_path / "a", tmp_path / "b"], db=db, workers=1, progress=False)
    docs = rows(db, "SELECT doc_id, path FROM documents ORDER BY path")
    assert len(docs) == 2 and docs[0][0] == "report" and docs[1][0].startswith("report_")
    per_doc = rows(db, "SELECT doc_id, count(*) FROM facts GROUP BY 1")
    assert len(per_doc) == 2


def test_database_from_an_older_version_gets_new_columns(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE facts (doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, type VARCHAR NOT NULL, "
                "\"start\" INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text VARCHAR, PRIMARY KEY (doc_id, seq))")
    con.close()
    connect(db).close()
    columns = {r[0] for r in rows(db, "DESCRIBE facts")}
    assert {"per", "item_canonical", "region_code", "amount"} <= columns
    doc = tmp_path / "r.txt"
    doc.write_text(SAMPLE, encoding="utf-8")
    assert not ingest([doc], db=db, workers=1, progress=False).failed


def test_a_file_failing_every_day_is_one_error_row_and_cleared_when_fixed(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    db = tmp_path / "x.duckdb"
    for _ in range(3):
        ingest([tmp_path], db=db, workers=1, progress=False)
    assert rows(db, "SELECT count(*) FROM ingest_errors")[0][0] == 1
    bad.write_text(SAMPLE, encoding="utf-8")
    report = ingest([tmp_path], db=db, workers=1, progress=False)
    assert report.loaded == 1 and rows(db, "SELECT count(*) FROM ingest_errors")[0][0] == 0


def _dies_on_poison(args):
    if args[0].endswith("poison.txt"):
        os._exit(1)  # what the OS does to a worker out of memory
    return ingest_module._real_extract_one(args)


def test_a_worker_that_dies_breaks_no_batch(tmp_path, monkeypatch):
    paths = []
    for name in ("a.txt", "poison.txt", "b.txt", "c.txt"):
        p = tmp_path / name
        p.write_text(SAMPLE, encoding="utf-8")
        paths.append((str(p), p.stem))
    monkeypatch.setattr(ingest_module, "_real_extract_one", ingest_module._extract_one, raising=False)
    monkeypatch.setattr(ingest_module, "_extract_one", _dies_on_poison)
    pool = ProcessPoolExecutor(max_workers=2)
    results = list(_run(paths, pool, 2))
    assert [r[0] for r in results] == [p for p, _ in paths]
    errors = {r[0]: r[3] for r in results if r[3]}
    assert list(errors) == [paths[1][0]] and "worker died" in errors[paths[1][0]]
    assert all(r[1] is not None for r in results if not r[3])
