"""The Dask engine: the same database as the local engine (LocalCluster and a real `dask scheduler` +
`dask worker`), exact resume after `kill -9` of the driver's process group, no worker left behind a
killed ingest, and a time limit per file. Schedulers and workers are started here on 127.0.0.1 (port 0,
no dashboard) and stopped here; nothing stays running."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("distributed")

import pipeline  # noqa: E402
from pipeline.batches import batch_file, plan, run_batch  # noqa: E402
from pipeline.engines import ingest_dask  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.limits import FileTimeout, time_limit  # noqa: E402
from tests.conftest import ROOT, query  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
       "PYTHONUNBUFFERED": "1", "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
TABLES = {
    "facts": "SELECT * FROM facts ORDER BY doc_id, seq",
    "documents": "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id",
    "errors": "SELECT path, error FROM ingest_errors ORDER BY path",
}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    return {name: query(db, sql) for name, sql in TABLES.items()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, make_variants) -> Path:
    folder = tmp_path_factory.mktemp("engines") / "in"
    make_variants(folder, 40)
    (folder / "empty.txt").write_bytes(b"")  # a bad document: an error row inside its batch
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")  # unsupported: skipped
    return folder


@pytest.fixture(scope="module")
def local_db(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    report = ingest([corpus], db=db, workers=1, progress=False)
    assert report.loaded == 40 and len(report.failed) == 1
    return db


def test_dask_on_a_local_cluster_gives_the_local_database(corpus, local_db, tmp_path):
    db, out = tmp_path / "dask.duckdb", tmp_path / "out"
    report = ingest_dask([corpus], db=db, out=out, workers=2, batch_bytes=16_000, progress=False)
    assert report.loaded == 40 and [p for p, _ in report.failed] == [str(corpus / "empty.txt")]
    expected = snapshot(local_db)
    assert snapshot(db) == expected and expected["facts"]
    batches = sorted((out / "documents").glob("*.parquet"))
    assert len(batches) > 2 and not list(out.rglob("*.tmp"))
    # an analyst reads the Parquet directly: the same facts
    assert query(db, f"SELECT count(*) FROM read_parquet('{out}/facts/*.parquet')")[0][0] == len(expected["facts"])
    # a rerun finds every batch done and changes nothing
    again = ingest_dask([corpus], db=db, out=out, workers=2, batch_bytes=16_000, progress=False)
    assert again.loaded == 0 and again.unchanged == 40 and snapshot(db) == expected


def _start(*argv) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *argv], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    """End a process and everything in its session (a `dask worker` runs a nanny and a worker process)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(10)
    if proc.stderr:
        proc.stderr.close()


def test_dask_on_an_external_scheduler_and_workers_gives_the_local_database(corpus, local_db, tmp_path):
    scheduler_file = tmp_path / "scheduler.json"
    procs = [_start("-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                    "--scheduler-file", str(scheduler_file))]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert scheduler_file.exists(), "the scheduler did not start"
        address = json.loads(scheduler_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        procs.append(_start("-m", "dask", "worker", "--scheduler-file", str(scheduler_file), "--host", "127.0.0.1",
                            "--nworkers", "2", "--nthreads", "1", "--no-dashboard"))
        db, out = tmp_path / "ext.duckdb", tmp_path / "out"
        report = ingest_dask([corpus], db=db, out=out, scheduler=address, batch_bytes=16_000, progress=False)
        assert report.loaded == 40
        assert snapshot(db) == snapshot(local_db)
    finally:
        for proc in reversed(procs):
            _stop(proc)


def _ingest_cmd(corpus, db, *extra) -> list[str]:
    return [sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db", str(db), *map(str, extra)]


def test_kill_9_of_the_driver_then_a_rerun_gives_the_clean_database(corpus, local_db, tmp_path):
    db, out = tmp_path / "resumed.duckdb", tmp_path / "out"
    cmd = _ingest_cmd(corpus, db, "--engine", "dask", "--out", out, "--workers", "1", "--batch-bytes", 1)
    driver = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while len(list((out / "documents").glob("*.parquet"))) < 3 and time.monotonic() < deadline:
            assert driver.poll() is None, "the driver ended before it was killed"
            time.sleep(0.05)
    finally:
        os.killpg(driver.pid, signal.SIGKILL)  # the driver's whole process group: scheduler and workers too
        driver.wait(10)
    done = len(list((out / "documents").glob("*.parquet")))
    assert 3 <= done < 41, done  # killed mid-run: some batches written, not all
    assert not db.exists() or query(db, "SELECT count(*) FROM documents")[0][0] == 0
    rerun = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 1, rerun.stderr  # 1: empty.txt failed, as it does in a clean run
    assert f"{done} already done" in rerun.stderr or "already done" in rerun.stderr
    got = snapshot(db)
    assert got == snapshot(local_db)
    assert query(db, "SELECT count(*) = count(DISTINCT (doc_id, seq)) FROM facts")[0][0]


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_no_worker_outlives_a_killed_ingest(engine, make_variants, tmp_path):
    corpus = tmp_path / "in"
    make_variants(corpus, 300)
    cmd = _ingest_cmd(corpus, tmp_path / "x.duckdb", "--workers", "2", "--engine", engine, "--out", tmp_path / "out",
                      "--batch-bytes", 1)
    driver = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and driver.poll() is None:
            workers = {p for p in _descendants(driver.pid) if _alive(p)}
            if len(workers) >= 2 and (engine == "local" or list((tmp_path / "out").rglob("*.parquet"))):
                break
            time.sleep(0.1)
        assert driver.poll() is None and len(workers) >= 2, "the ingest did not start its workers in time"
        driver.kill()  # SIGKILL to the parent only: its workers must notice by themselves
        driver.wait(10)
        time.sleep(5)
        left = {p for p in workers if _alive(p)}
        assert not left, f"workers still running 5 s after the parent was killed: {left}"
    finally:
        if driver.poll() is None:
            driver.kill()
            driver.wait(10)
        for p in workers:  # whatever happened above, nothing stays running
            if _alive(p):
                os.kill(p, signal.SIGKILL)


def test_a_file_over_the_time_limit_is_an_error_row_and_the_run_goes_on(tmp_path, samples, cli):
    text = "".join(t.replace("\n", "") for t in samples.values())
    (tmp_path / "huge.txt").write_text(text * 70, encoding="utf-8")  # one paragraph of 1.7M characters: seconds
    (tmp_path / "small.txt").write_text(next(iter(samples.values())), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    pipeline.warm_up()  # dictionaries loaded: the limit measures the file, not the cold start
    # 3 s: the small file must finish within it on a loaded 2-core machine; the huge one takes far longer
    code, err = cli("ingest", tmp_path, "--db", db, "--workers", 1, "--file-timeout", 3)
    assert code == 1 and err[0] == f"{tmp_path / 'huge.txt'}: timed out after 3 s (--file-timeout)"
    assert query(db, "SELECT count(*) FROM documents")[0][0] == 1
    assert "timed out after 3 s" in query(db, "SELECT error FROM ingest_errors")[0][0]


def test_the_time_limit_works_on_a_worker_thread_as_dask_runs_tasks(tmp_path, samples):
    text = "".join(t.replace("\n", "") for t in samples.values())
    (tmp_path / "huge.txt").write_text(text * 70, encoding="utf-8")
    (tmp_path / "small.txt").write_text(next(iter(samples.values())), encoding="utf-8")
    from pipeline.batches import Member

    members = [Member(str(tmp_path / n), Path(n).stem, "", (tmp_path / n).stat().st_size) for n in ("huge.txt", "small.txt")]
    batch = plan(members, batch_bytes=1 << 30)[0]
    pipeline.warm_up()
    result = {}
    worker = threading.Thread(target=lambda: result.update(r=run_batch(batch, tmp_path / "out", file_timeout=3)))
    worker.start()
    worker.join(60)
    r = result["r"]
    assert r.documents == 1 and [p for p, _ in r.errors] == [str(tmp_path / "huge.txt")]
    errors = duckdb.sql(f"SELECT error FROM read_parquet('{batch_file(tmp_path / 'out', 'errors', batch.id)}')").fetchall()
    assert len(errors) == 1 and "timed out" in errors[0][0]


def test_time_limit_leaves_nothing_pending_after_the_block():
    with time_limit(0.05):
        pass
    time.sleep(0.1)  # no late FileTimeout arrives here
    with pytest.raises(FileTimeout):
        with time_limit(0.05):
            while True:
                pass
