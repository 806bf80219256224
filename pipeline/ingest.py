"""ingest: files and folders -> DuckDB. Worker processes read and extract; this process alone writes.

Operators point it at an incoming folder every day: unchanged files are skipped by content hash before
any extraction, changed ones replace their facts in one transaction, a bad file becomes one row in
`ingest_errors` and the run goes on; the exit code says whether anything failed.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from . import extract_source, warm_up
from .errors import InputError
from .files import discover, doc_ids_for  # noqa: F401 (engines.py and the CLI read them here too)
from .limits import FileTimeout, die_with_parent, time_limit
from .load import (
    clear_error,
    connect,
    load_document,
    is_current,
    prune,
    record_error,
    stored_ids,
)
from .models import Document
from .read import MAX_BYTES, read


@dataclass
class IngestReport:
    files: int = 0
    loaded: int = 0
    unchanged: int = 0
    skipped_extensions: int = 0
    facts: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    pruned: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        rate = self.files / self.seconds if self.seconds else 0.0
        return (f"ingested {self.loaded} file(s), {self.unchanged} unchanged, {len(self.failed)} failed, "
                f"{self.skipped_extensions} skipped (unsupported type), {self.facts} facts"
                + (f", {self.pruned} pruned" if self.pruned else "") + f" in {self.seconds:.1f}s ({rate:.1f} files/s)")


def split_missing(paths: list[str | Path], stream) -> tuple[list[str | Path], list[tuple[str, str]]]:
    """Paths that exist, and a failure for each one that does not: reported like any other failed input,
    so the summary and the exit code agree."""
    present, missing = [], []
    for p in paths:
        if Path(p).exists():
            present.append(p)
        else:
            missing.append((str(p), f"{p}: no such file or folder"))
            print(f"{p}: no such file or folder", file=stream)
    return present, missing


DEFAULT_FILE_TIMEOUT = 600.0  # seconds per file: generous (a 10 MB paragraph takes ~20 s), a stall bounded


def _extract_one(args: tuple):
    """Worker: read and extract one file: args (path, doc_id[, timeout seconds]).
    Returns (path, Document | None, facts, error)."""
    path, doc_id, *rest = args
    timeout = rest[0] if rest else None
    try:
        source = read(path, doc_id=doc_id)  # (reading is bounded by size; a refused file loads nothing more)
        if timeout:
            warm_up()  # loaded once per process, outside the limit: it measures the file, not the cold start
        with time_limit(timeout):
            facts = extract_source(source)
    except FileTimeout:
        return path, None, [], f"{path}: timed out after {timeout:g} s (--file-timeout)"
    except InputError as err:
        return path, None, [], str(err)
    except Exception as err:  # a crash on any input is a bug, but one file must not stop the batch
        return path, None, [], f"{path}: internal error while extracting ({type(err).__name__}: {err})"
    title = next((line.strip() for line in source.text.splitlines() if line.strip()), None)
    date = next((f.value for f in facts if f.type == "date" and f.value and len(f.value) >= 7), None)
    doc = Document(doc_id=doc_id, path=str(Path(path).resolve()), sha256=source.sha256, title=title[:200] if title else None,
                   chars=len(source.text), encoding=source.encoding, format=source.format, text=source.text,
                   date=date)
    return path, doc, facts, None


def ingest(paths: list[str | Path], db: str | Path = "reportfacts.duckdb", workers: int | None = None,
           do_prune: bool = False, progress: bool | None = None, stream=None,
           file_timeout: float | None = DEFAULT_FILE_TIMEOUT) -> IngestReport:
    started = time.perf_counter()
    stream = stream or sys.stderr  # looked up per call: a default bound at import misses any redirection
    report = IngestReport()
    paths, report.failed = split_missing(paths, stream)
    files, report.skipped_extensions = discover(paths)
    report.files = len(files)
    # workers are forked before DuckDB opens anything: a fork must not copy the database's threads mid-lock
    pool = _pool(workers, len(files))
    try:
        con = connect(db)
    except Exception:
        if pool is not None:
            pool.shutdown()
        raise
    try:
        ids = doc_ids_for(files, stored_ids(con))
        todo = []
        for f in files:
            sha = _sha256(f)
            if sha is not None and is_current(con, ids[f], sha):
                report.unchanged += 1
            else:
                todo.append((str(f), ids[f], file_timeout))
        bar = _progress(len(todo), progress, stream)
        for path, doc, facts, error in _run(todo, pool, workers):
            loaded = False
            if not error:
                try:
                    loaded = load_document(con, doc, facts)
                except duckdb.Error as err:
                    # its transaction was rolled back; one document the database refuses must not stop the batch
                    error = f"{path}: cannot load into the database ({str(err).splitlines()[0]})"
            if error:
                report.failed.append((path, error))
                record_error(con, path, error)
                print(error, file=stream)
            elif loaded:
                clear_error(con, path)
                report.loaded += 1
                report.facts += len(facts)
            else:
                report.unchanged += 1
            bar.update(1, report)
        bar.close()
        if do_prune:
            report.pruned = prune(con, set(ids.values()))
    finally:
        con.close()
        if pool is not None:
            pool.shutdown()
    report.seconds = time.perf_counter() - started
    print(report.summary(), file=stream)
    return report


def _sha256(path: Path) -> str | None:
    """Hash in chunks: a huge file must not be read into memory whole just to be refused by read()."""
    digest = hashlib.sha256()
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _pool(workers: int | None, n_files: int) -> ProcessPoolExecutor | None:
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or n_files <= 1:
        return None
    # load jieba's dictionaries and the gazetteer once, before forking: the workers then share those pages
    # copy-on-write instead of loading ~250 MB each (measured: 759 MB for two workers without this)
    warm_up()
    return _new_pool(workers)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes that exit when this process dies (a `kill -9` of ingest leaves none behind)."""
    return ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),))


def _run(todo, pool, workers):
    """(path, Document, facts, error) per file, in order.

    At most a few files per worker are in flight: results wait for the one writer, and pool.map's
    submit-everything let them pile up in memory. A worker killed by the OS (out of memory) breaks the
    pool: the rest is retried in a one-worker pool, where the file that breaks it is certainly the cause;
    that file is reported, and the run goes back to the full pool."""
    if pool is None:
        yield from map(_extract_one, todo)
        return
    workers = workers or os.cpu_count() or 2
    pending: deque = deque()
    done = submitted = 0
    isolating = False
    while done < len(todo):
        while submitted < len(todo) and len(pending) < (1 if isolating else 4 * workers):
            pending.append(pool.submit(_extract_one, todo[submitted]))
            submitted += 1
        try:
            result = pending[0].result()
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            if isolating:
                path = todo[done][0]
                yield path, None, [], f"{path}: the extraction worker died on this file (out of memory?)"
                done += 1
            isolating = not isolating
            pool = _new_pool(1 if isolating else workers)
            pending.clear()
            submitted = done
            continue
        pending.popleft()
        yield result
        done += 1
        if isolating:  # past the trouble: back to all workers
            pool.shutdown()
            pool, isolating = _new_pool(workers), False
            pending.clear()
            submitted = done
    pool.shutdown()


class _Progress:
    """tqdm on a terminal; a plain line every 5% (or every file for small runs) otherwise."""

    def __init__(self, total: int, tty: bool, stream):
        self.total, self.done, self.stream, self.tty = total, 0, stream, tty
        self.step = max(1, total // 20)
        self.started = time.perf_counter()
        self.bar = None
        if tty:
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=stream, unit="file", dynamic_ncols=True)

    def update(self, n: int, report: IngestReport) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.set_postfix(facts=report.facts, errors=len(report.failed), refresh=False)
            self.bar.update(n)
        elif self.done % self.step == 0 or self.done == self.total:
            rate = self.done / max(time.perf_counter() - self.started, 1e-9)
            print(f"[{self.done}/{self.total}] facts={report.facts} errors={len(report.failed)} {rate:.1f} files/s",
                  file=self.stream)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _progress(total: int, progress: bool | None, stream) -> _Progress:
    tty = progress if progress is not None else bool(getattr(stream, "isatty", lambda: False)())
    return _Progress(total, tty, stream)
