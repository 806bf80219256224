"""Batch ingest of incoming folders: real folders of mixed files through `pipeline.cli.main` (and, where a
separate process matters, `python -m pipeline`) into a real DuckDB file."""
from __future__ import annotations

import random
import re
import signal
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from tests.conftest import AD_TEXT, NAV_TEXT, paragraphs, query
from pipeline import extract_file
from pipeline.errors import DatabaseInUse
from pipeline.load import connect, load_document
from pipeline.models import Document

SIMPLIFIED = "000_488bd085654e3816"
TRADITIONAL = "002_c1da34a7a97e611d"
PROGRESS = re.compile(r"^\[(\d+)/(\d+)\] facts=\d+ errors=\d+ [\d.]+ files/s$")


def grounded_in_db(db, db_query) -> int:
    """Every stored fact's offsets index documents.text; returns how many facts were checked."""
    texts = dict(db_query(db, "SELECT doc_id, text FROM documents"))
    facts = db_query(db, 'SELECT doc_id, "start", "end", text FROM facts')
    for doc_id, start, end, text in facts:
        assert texts[doc_id][start:end] == text, (doc_id, start, end, text)
    return len(facts)


# --- one mixed incoming folder: every format, every failure, unsupported types ---------------------------

GOOD = {  # file name -> format stored
    "plain.txt": "text", "notes.md": "text", "gbk.txt": "text", "big5.txt": "text",
    "page.html": "html", "report.docx": "docx", "report.pdf": "pdf",
}
BAD = {  # file name -> what its one-line reason must say
    "empty.txt": "empty file",
    "binary.txt": "binary",
    "truncated.docx": "corrupt or truncated DOCX",
    "truncated.pdf": "corrupt or truncated PDF",
    "invalid.txt": "undecodable",
    "oneline.txt": "line longer than",
    "nested.html": "nested too deeply",
    "scan.pdf": "no text layer",
}
SKIPPED = ["table.csv", "photo.jpg", "sheet.xlsx", "archive.zip"]


@pytest.fixture(scope="module")
def incoming(tmp_path_factory, samples, docx_bytes, pdf_bytes, html_page):
    folder = tmp_path_factory.mktemp("incoming")
    simp, trad = samples[SIMPLIFIED], samples[TRADITIONAL]
    paras = paragraphs(simp, limit=10)
    rng = random.Random(11)
    (folder / "plain.txt").write_text(simp, encoding="utf-8")
    (folder / "notes.md").write_text("# 工作报告\n\n" + "\n\n".join(paras), encoding="utf-8")
    (folder / "gbk.txt").write_bytes("\n".join(paragraphs(simp, "gbk")[10:20]).encode("gbk"))
    (folder / "big5.txt").write_bytes("\n".join(paragraphs(trad, "big5", limit=30)).encode("big5"))
    (folder / "page.html").write_text(html_page(paras), encoding="utf-8")
    docx = docx_bytes(paras)
    (folder / "report.docx").write_bytes(docx)
    pdf = pdf_bytes([p[i:i + 38] for p in paras for i in range(0, len(p), 38)])
    (folder / "report.pdf").write_bytes(pdf)

    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(rng.randrange(256) for _ in range(5000)) + b"\x00")
    (folder / "truncated.docx").write_bytes(docx[: len(docx) // 2])
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (folder / "invalid.txt").write_bytes(bytes(rng.randint(0xB0, 0xF7) if i % 2 == 0 else rng.randint(0xA1, 0xFE)
                                               for i in range(5000)))
    (folder / "oneline.txt").write_bytes(b"a" * 50_000_000)
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + "<p>人大常委会召开会议。</p>"
                                        + "</div>" * 100_000 + "</body></html>", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(pdf_bytes([]))
    for name in SKIPPED:
        (folder / name).write_bytes(b"id,value\n1,2\n")
    return folder


@pytest.fixture(scope="module")
def ingested(incoming, tmp_path_factory):
    """The folder ingested once through the CLI: (db, exit code, stderr lines, seconds)."""
    from contextlib import redirect_stderr
    from io import StringIO

    from pipeline.cli import main

    db = tmp_path_factory.mktemp("db") / "facts.duckdb"
    err = StringIO()
    started = time.perf_counter()
    with redirect_stderr(err):
        code = main(["ingest", str(incoming), "--db", str(db), "--workers", "1"])
    return db, code, err.getvalue().splitlines(), time.perf_counter() - started


def test_failures_make_exit_code_1_and_the_run_goes_on(ingested, db_query):
    db, code, _, _ = ingested
    assert code == 1
    assert sorted(p.rsplit("/", 1)[-1] for (p,) in db_query(db, "SELECT path FROM documents")) == sorted(GOOD)


@pytest.mark.parametrize("name", sorted(GOOD))
def test_each_format_is_loaded(ingested, db_query, name):
    db, _, _, _ = ingested
    rows = db_query(db, "SELECT d.format, d.chars, count(f.seq) FROM documents d LEFT JOIN facts f USING (doc_id)"
                        " WHERE d.path LIKE ? GROUP BY ALL", ["%/" + name])
    assert len(rows) == 1
    fmt, chars, facts = rows[0]
    assert fmt == GOOD[name] and chars > 300 and facts > 3


def test_stored_offsets_index_documents_text(ingested, db_query):
    db, _, _, _ = ingested
    assert grounded_in_db(db, db_query) > 100


def test_html_stored_without_navigation_or_ads(ingested, db_query):
    db, _, _, _ = ingested
    (text,) = db_query(db, "SELECT text FROM documents WHERE format = 'html'")[0]
    for noise in NAV_TEXT + [AD_TEXT]:
        assert noise not in text


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_is_one_ingest_errors_row(ingested, db_query, name):
    db, _, stderr, _ = ingested
    rows = db_query(db, "SELECT path, error FROM ingest_errors WHERE path LIKE ?", ["%/" + name])
    assert len(rows) == 1
    path, error = rows[0]
    assert error.startswith(path + ": ") and BAD[name] in error
    assert "\n" not in error and len(error) < 300
    assert error in stderr  # and the same line told the operator


def test_unsupported_extensions_are_skipped_and_counted(ingested, db_query):
    db, _, stderr, _ = ingested
    assert f"{len(SKIPPED)} skipped" in stderr[-1]
    assert not db_query(db, "SELECT * FROM ingest_errors WHERE path SIMILAR TO '.*\\.(csv|jpg|xlsx|zip)'")


def test_bad_files_are_quick(ingested):
    _, _, _, seconds = ingested
    assert seconds < 20  # the 50 MB line and 100,000 nested divs included


def test_50mb_line_is_refused_with_sane_memory(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "oneline.txt").write_bytes(b"a" * 50_000_000)
    script = textwrap.dedent(f"""
        import re, time
        from pipeline.cli import main
        started = time.perf_counter()
        code = main(["ingest", {str(tmp_path / "in")!r}, "--db", {str(tmp_path / "x.duckdb")!r}, "--workers", "1"])
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent (pytest) across exec
        peak_kb = re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)
        print(code, time.perf_counter() - started, int(peak_kb) // 1024)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    code, seconds, rss_mb = out.stdout.split()
    assert code == "1"
    assert "line longer than" in out.stderr
    assert float(seconds) < 5
    # 50 MB of bytes and 50 MB of str are needed; a copy per line split or a whole-file hash read is not
    assert int(rss_mb) < 300, out.stdout


# --- the database refusing one document -----------------------------------------------------------------

def test_money_beyond_decimal_range_does_not_fail_the_batch(tmp_path, cli, db_query, samples):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_huge.txt").write_text("全县共投入资金999999999999999999亿元，建成代表联络站200余个。\n", encoding="utf-8")
    (folder / "b_plain.txt").write_text(samples[SIMPLIFIED], encoding="utf-8")
    code, _ = cli("ingest", folder, "--db", tmp_path / "x.duckdb", "--workers", "1")
    assert code == 0
    (value, amount), = db_query(tmp_path / "x.duckdb", "SELECT value, amount FROM facts WHERE text LIKE '999%'")
    assert value == pytest.approx(1e26) and amount is None
    assert db_query(tmp_path / "x.duckdb", "SELECT count(*) FROM documents")[0][0] == 2


def test_a_document_the_database_refuses_is_an_error_row(tmp_path, cli, db_query, samples, monkeypatch):
    import pipeline.ingest as ingest_module

    real = ingest_module.load_document

    def refuse_first(con, doc, facts):
        if doc.doc_id == "a":
            raise duckdb.ConversionException("Conversion Error: value is out of range!")
        return real(con, doc, facts)

    monkeypatch.setattr(ingest_module, "load_document", refuse_first)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(samples[SIMPLIFIED], encoding="utf-8")
    (folder / "b.txt").write_text(samples[TRADITIONAL], encoding="utf-8")
    code, stderr = cli("ingest", folder, "--db", tmp_path / "x.duckdb", "--workers", "1")
    assert code == 1
    assert [d for (d,) in db_query(tmp_path / "x.duckdb", "SELECT doc_id FROM documents")] == ["b"]
    (error,), = db_query(tmp_path / "x.duckdb", "SELECT error FROM ingest_errors")
    assert "cannot load into the database" in error and error in stderr


# --- incremental ----------------------------------------------------------------------------------------

@pytest.fixture
def loaded_folder(tmp_path, cli, make_variants):
    folder = tmp_path / "in"
    make_variants(folder, 4)
    db = tmp_path / "x.duckdb"
    code, _ = cli("ingest", folder, "--db", db, "--workers", "1")
    assert code == 0
    return folder, db


def snapshot(db, db_query):
    return (db_query(db, "SELECT doc_id, sha256, ingested_at FROM documents ORDER BY doc_id"),
            db_query(db, "SELECT count(*) FROM facts")[0][0],
            db_query(db, "SELECT count(*) FROM ingest_errors")[0][0])


def test_reingesting_unchanged_files_changes_nothing(loaded_folder, cli, db_query):
    folder, db = loaded_folder
    before = snapshot(db, db_query)
    code, stderr = cli("ingest", folder, "--db", db, "--workers", "1")
    assert code == 0
    assert snapshot(db, db_query) == before
    assert stderr[-1].startswith("ingested 0 file(s), 4 unchanged, 0 failed")


def test_a_changed_file_replaces_its_facts(loaded_folder, cli, db_query):
    folder, db = loaded_folder
    changed = folder / "report_0001.txt"
    new_text = "第1号报告（修订）：全县建成代表联络站777个，收到意见建议4321件。\n" + changed.read_text(encoding="utf-8")
    changed.write_text(new_text, encoding="utf-8")
    others = db_query(db, "SELECT doc_id, count(*) FROM facts WHERE doc_id <> 'report_0001' GROUP BY 1 ORDER BY 1")

    code, stderr = cli("ingest", folder, "--db", db, "--workers", "1")

    assert code == 0 and stderr[-1].startswith("ingested 1 file(s), 3 unchanged")
    expected = extract_file(changed, doc_id="report_0001")
    got = db_query(db, 'SELECT seq, type, "start", "end", text FROM facts WHERE doc_id = ? ORDER BY seq',
                   ["report_0001"])
    assert got == [(i, f.type, f.start, f.end, f.text) for i, f in enumerate(expected)]  # new facts only, once
    assert {"777个", "4321件"} <= {row[4] for row in got}
    assert db_query(db, "SELECT text FROM documents WHERE doc_id = 'report_0001'")[0][0] == new_text
    assert db_query(db, "SELECT doc_id, count(*) FROM facts WHERE doc_id <> 'report_0001' GROUP BY 1 ORDER BY 1") \
        == others
    grounded_in_db(db, db_query)


def test_a_newer_extractor_reextracts_unchanged_files(loaded_folder, cli, db_query, monkeypatch):
    """Facts of an older extractor are not kept just because the file did not change."""
    import pipeline.load

    folder, db = loaded_folder
    monkeypatch.setattr(pipeline.load, "EXTRACTOR_VERSION", "a-newer-one")
    code, stderr = cli("ingest", folder, "--db", db, "--workers", "1")
    assert code == 0 and stderr[-1].startswith("ingested 4 file(s), 0 unchanged")
    assert db_query(db, "SELECT DISTINCT extractor FROM documents") == [("a-newer-one",)]
    code, stderr = cli("ingest", folder, "--db", db, "--workers", "1")
    assert stderr[-1].startswith("ingested 0 file(s), 4 unchanged")


def test_a_missing_path_is_counted_as_failed(tmp_path, cli):
    code, stderr = cli("ingest", tmp_path / "nowhere", "--db", tmp_path / "x.duckdb")
    assert code == 1
    assert stderr[0].endswith("nowhere: no such file or folder")
    assert ", 1 failed," in stderr[-1]


def test_pages_reportfacts_wrote_into_the_folder_are_not_ingested(tmp_path, cli, db_query, samples):
    folder = tmp_path / "incoming"
    folder.mkdir()
    report = folder / "report.txt"
    report.write_text(samples[SIMPLIFIED], encoding="utf-8")
    assert cli("show", report, "--html", folder / "report.html")[0] == 0
    code, stderr = cli("ingest", folder, "--db", tmp_path / "x.duckdb", "--workers", "1")
    assert code == 0 and stderr[-1].startswith("ingested 1 file(s)") and "1 skipped" in stderr[-1]
    assert db_query(tmp_path / "x.duckdb", "SELECT format FROM documents") == [("text",)]


def test_a_deleted_file_stays_unless_pruned(loaded_folder, cli, db_query):
    folder, db = loaded_folder
    (folder / "report_0002.txt").unlink()
    code, _ = cli("ingest", folder, "--db", db, "--workers", "1")
    assert code == 0
    assert db_query(db, "SELECT count(*) FROM documents")[0][0] == 4
    assert db_query(db, "SELECT count(*) FROM facts WHERE doc_id = 'report_0002'")[0][0] > 0

    code, stderr = cli("ingest", folder, "--db", db, "--workers", "1", "--prune")
    assert code == 0 and "1 pruned" in stderr[-1]
    assert db_query(db, "SELECT count(*) FROM documents")[0][0] == 3
    assert db_query(db, "SELECT count(*) FROM facts WHERE doc_id = 'report_0002'")[0][0] == 0


# --- replacement is delete + insert, because INSERT OR REPLACE keeps the first duplicate ------------------

def test_duckdb_insert_or_replace_keeps_the_first_of_two_rows_with_one_key():
    """Pins the DuckDB behaviour load.py works around: if this starts failing, upserts may have changed."""
    con = duckdb.connect()
    con.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v VARCHAR)")
    con.execute("INSERT INTO t VALUES (1, 'old')")
    con.execute("INSERT OR REPLACE INTO t VALUES (1, 'first'), (1, 'second')")
    assert con.execute("SELECT * FROM t").fetchall() == [(1, "first")]


def test_load_document_replacement_gives_exactly_the_new_facts(tmp_path, samples):
    con = connect(tmp_path / "x.duckdb")
    try:
        old_text, new_text = samples[SIMPLIFIED], samples[TRADITIONAL]
        for text, sha in ((old_text, "a" * 64), (new_text, "b" * 64)):
            facts = pipeline_extract(text)
            doc = Document(doc_id="d", path="d.txt", sha256=sha, title=None, chars=len(text), encoding="utf-8",
                           format="text", text=text, date=None)
            assert load_document(con, doc, facts)
        assert not load_document(con, doc, facts)  # same sha: nothing to do
        got = con.execute('SELECT seq, "start", "end", text FROM facts WHERE doc_id = ? ORDER BY seq', ["d"]).fetchall()
        assert got == [(i, f.start, f.end, f.text) for i, f in enumerate(facts)]
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    finally:
        con.close()


def pipeline_extract(text):
    from pipeline import extract

    return extract(text, doc_id="d")


# --- parallel, progress -------------------------------------------------------------------------------

def test_two_workers_give_the_same_facts_as_one(tmp_path, cli, db_query, make_variants):
    folder = tmp_path / "in"
    make_variants(folder, 12)
    (folder / "empty.txt").write_bytes(b"")
    tables = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        code, _ = cli("ingest", folder, "--db", db, "--workers", workers)
        assert code == 1
        tables.append((db_query(db, "SELECT * FROM facts ORDER BY doc_id, seq"),
                       db_query(db, "SELECT doc_id, sha256, text FROM documents ORDER BY doc_id"),
                       db_query(db, "SELECT path, error FROM ingest_errors ORDER BY path")))
    assert len(tables[0][0]) > 12 * 50
    assert tables[0] == tables[1]


def test_progress_lines_and_summary_on_stderr_when_not_a_tty(tmp_path, make_variants, pipeline_cmd):
    folder = tmp_path / "in"
    make_variants(folder, 6)
    (folder / "empty.txt").write_bytes(b"")
    out = pipeline_cmd("ingest", folder, "--db", tmp_path / "x.duckdb", "--workers", "1", timeout=120)
    assert out.returncode == 1 and out.stdout == ""
    lines = out.stderr.splitlines()
    assert "\r" not in out.stderr and "\x1b" not in out.stderr  # no tqdm bar drawing into a log
    progress = [PROGRESS.match(line) for line in lines if line.startswith("[")]
    assert [int(m.group(1)) for m in progress] == list(range(1, 8)) and all(m.group(2) == "7" for m in progress)
    assert f"{folder / 'empty.txt'}: empty file" in lines
    assert re.match(r"^ingested 6 file\(s\), 0 unchanged, 1 failed, 0 skipped \(unsupported type\), \d+ facts "
                    r"in [\d.]+s \([\d.]+ files/s\)$", lines[-1])


# --- safety -------------------------------------------------------------------------------------------

@pytest.fixture
def held_db(tmp_path):
    """A database another process holds open for writing (DuckDB's file lock), until the test ends."""
    db = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time, duckdb
        con = duckdb.connect({str(db)!r})
        print("open", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        yield db
    finally:
        holder.kill()
        holder.wait()


def test_connect_maps_the_lock_to_database_in_use(held_db):
    with pytest.raises(DatabaseInUse, match="in use"):
        connect(held_db)


def test_ingest_into_a_held_database_is_a_one_line_in_use_error(held_db, tmp_path, cli, make_variants):
    make_variants(tmp_path / "in", 1)
    code, stderr = cli("ingest", tmp_path / "in", "--db", held_db, "--workers", "1")
    assert code == 1
    assert len(stderr) == 1 and "in use" in stderr[0] and str(held_db) in stderr[0]


def test_a_file_that_is_not_a_database_is_a_one_line_error(tmp_path, cli, make_variants):
    make_variants(tmp_path / "in", 1)
    (tmp_path / "notes.duckdb").write_text("not a database\n" * 100)
    code, stderr = cli("ingest", tmp_path / "in", "--db", tmp_path / "notes.duckdb", "--workers", "1")
    assert code == 1
    assert len(stderr) == 1 and "cannot open database" in stderr[0]


def test_sigkill_mid_run_leaves_whole_documents_and_a_rerun_completes(tmp_path, make_variants, pipeline_cmd):
    folder, db = tmp_path / "in", tmp_path / "x.duckdb"
    files = make_variants(folder, 40, repeat=3)
    # what each document's facts are, from an uninterrupted run of the same code in the same kind of process
    assert pipeline_cmd("ingest", folder, "--db", tmp_path / "ref.duckdb", "--workers", "2", timeout=120).returncode == 0
    expected = dict(query(tmp_path / "ref.duckdb", "SELECT doc_id, count(*) FROM facts GROUP BY 1"))
    assert len(expected) == 40 and min(expected.values()) > 0

    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db),
                             "--workers", "1"], stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:  # not polling the database: a read-only open would fight for the lock
            m = PROGRESS.match(line.strip())
            if m and int(m.group(1)) >= 6:
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    con = duckdb.connect(str(db))  # opens: the WAL is replayed, half a transaction is dropped
    try:
        counts = dict(con.execute("SELECT d.doc_id, count(f.seq) FROM documents d LEFT JOIN facts f USING (doc_id)"
                                  " GROUP BY 1").fetchall())
        orphans = con.execute("SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
        assert orphans.fetchone()[0] == 0
    finally:
        con.close()
    assert 6 <= len(counts) < 40, "the kill must land mid-run"
    assert counts == {doc_id: expected[doc_id] for doc_id in counts}  # whole documents, none half-loaded

    out = pipeline_cmd("ingest", folder, "--db", db, "--workers", "1", timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stderr.splitlines()[-1].startswith(f"ingested {40 - len(counts)} file(s), {len(counts)} unchanged")
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(files)
        assert con.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                           "(SELECT 1 FROM facts f WHERE f.doc_id = d.doc_id)").fetchone()[0] == 0
    finally:
        con.close()
