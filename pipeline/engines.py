"""`reportfacts ingest --engine dask`: batches of files on a Dask cluster, Parquet out, one DuckDB writer.

    reportfacts ingest PATH... --engine dask [--scheduler ADDRESS] [--out DIR] [--db FILE]

Without --scheduler a LocalCluster is started on this machine (one single-threaded worker process per
core: extraction is CPU-bound Python); its workers exit when this process dies. With --scheduler the
batches go to that cluster's workers, which need reportfacts installed and --out (and the input paths)
on a filesystem they share with this machine.

1. The driver finds the files, gives each its doc id (as the local engine: ids stay put across runs),
   hashes them and cuts them into batches (pipeline.batches: about a second of work each).
2. Batches whose Parquet files exist are done; the rest are submitted, one task each. `retries` is for
   infrastructure (a worker lost); a bad document is an error row inside its batch, never a failed task.
3. When all are written the driver loads them into DuckDB in one transaction: a kill at any moment
   leaves a state the rerun completes exactly (no duplicates, nothing lost).
"""
from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from .batches import DEFAULT_BATCH_BYTES, Batch, Member, batch_file, build_database, is_done, plan, run_batch
from .ingest import DEFAULT_FILE_TIMEOUT, IngestReport, _progress, _sha256, discover, doc_ids_for, split_missing
from .load import connect, prune, stored_ids

DEFAULT_OUT = "reportfacts-out"


@dataclass
class DaskReport(IngestReport):
    batches: int = 0
    batches_done_before: int = 0
    batch_seconds: list[float] = field(default_factory=list)  # worker time of each batch run now
    batch_documents: list[int] = field(default_factory=list)
    build_seconds: float = 0.0  # the driver's DuckDB load
    warm_seconds: float = 0.0  # workers loading dictionaries and gazetteer before the first batch


def ingest_dask(paths: list[str | Path], db: str | Path = "reportfacts.duckdb", out: str | Path = DEFAULT_OUT,
                scheduler: str | None = None, workers: int | None = None, do_prune: bool = False,
                progress: bool | None = None, stream=None, file_timeout: float | None = DEFAULT_FILE_TIMEOUT,
                batch_bytes: int = DEFAULT_BATCH_BYTES, retries: int = 2) -> DaskReport:
    started = time.perf_counter()
    stream = stream or sys.stderr
    report = DaskReport()
    out = Path(out).absolute()  # workers may run with another working directory, or on another machine
    paths, missing = split_missing(paths, stream)
    files, report.skipped_extensions = discover([Path(p).absolute() for p in paths])
    report.files = len(files)
    con = connect(db)  # opened first: a database in use fails the run before any work
    try:
        ids = doc_ids_for(files, stored_ids(con))
        members = [Member(str(f), ids[f], _sha256(f) or "", _size(f)) for f in files]
        batches = plan(members, batch_bytes)
        todo = [b for b in batches if not is_done(out, b.id)]
        report.batches, report.batches_done_before = len(batches), len(batches) - len(todo)
        if todo:
            bar = _progress(sum(len(b.members) for b in todo), progress, stream)  # counts files, batch by batch
            _run_on_dask(todo, out, scheduler, workers, file_timeout, retries, bar, report)
        build_started = time.perf_counter()
        build = build_database(con, out, batches)
        report.build_seconds = time.perf_counter() - build_started
        report.loaded, report.facts = build.loaded, build.facts
        report.unchanged = build.unchanged
        errors = _errors(con, out, batches)
        for _, error in errors:
            print(error, file=stream)
        report.failed = missing + errors
        if do_prune:
            report.pruned = prune(con, set(ids.values()))
    finally:
        con.close()
    report.seconds = time.perf_counter() - started
    print(report.summary() + f" [dask: {len(batches)} batches, {len(batches) - len(todo)} already done; {out}]",
          file=stream)
    return report


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _errors(con, out: Path, batches: list[Batch]) -> list[tuple[str, str]]:
    if not batches:
        return []
    files = ", ".join("'" + str(batch_file(out, "errors", b.id)).replace("'", "''") + "'" for b in batches)
    return [tuple(r) for r in con.execute(f"SELECT path, error FROM read_parquet([{files}]) ORDER BY path").fetchall()]


def _run_on_dask(todo: list[Batch], out: Path, scheduler: str | None, workers: int | None,
                 file_timeout: float | None, retries: int, bar, report: DaskReport) -> None:
    from distributed import as_completed

    with _client(scheduler, workers) as client:
        warm_started = time.perf_counter()
        client.run(_warm_up)  # each worker loads its dictionaries once, before any batch is timed
        report.warm_seconds = time.perf_counter() - warm_started
        sizes = {}
        for b in todo:
            future = client.submit(run_batch, b, str(out), file_timeout, key=f"reportfacts-batch-{b.id}",
                                   retries=retries, pure=False)
            sizes[future] = len(b.members)
        for future in as_completed(list(sizes)):
            result = future.result()  # a task that failed past its retries is an infrastructure error: raise
            report.facts += result.facts
            if not result.skipped:
                report.batch_seconds.append(result.seconds)
                report.batch_documents.append(result.documents + len(result.errors))
            bar.update(sizes.pop(future), report)
            future.release()
    bar.close()


def _warm_up() -> None:
    from . import warm_up

    warm_up()


class _client:
    """A Client for the scheduler (address or scheduler file), or for a LocalCluster started and stopped here."""

    def __init__(self, scheduler: str | None, workers: int | None):
        self.scheduler, self.workers = scheduler, workers
        self.cluster = self.client = None

    def __enter__(self):
        from distributed import Client, LocalCluster

        if self.scheduler:
            if Path(self.scheduler).is_file():
                self.client = Client(scheduler_file=self.scheduler)
            else:
                self.client = Client(self.scheduler)
            return self.client
        self.cluster = LocalCluster(n_workers=self.workers or os.cpu_count() or 1, threads_per_worker=1,
                                    processes=True, host="127.0.0.1", dashboard_address=None,
                                    silence_logs=logging.ERROR)
        self.client = Client(self.cluster)
        self.client.register_plugin(DieWithParent(), name="reportfacts-die-with-parent")
        return self.client

    def __exit__(self, *exc):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


class DieWithParent(WorkerPlugin):
    """LocalCluster workers are children of this process: they exit when it dies (kill -9 included)."""

    def setup(self, worker):
        from .limits import die_with_parent

        die_with_parent()
