"""Which files a command reads, and the id each document gets: shared by `extract`, which needs nothing
else (and so starts without importing DuckDB), and by `ingest`."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .read import SUPPORTED_SUFFIXES, is_own_output


def discover(paths: list[str | Path]) -> tuple[list[Path], int]:
    """Supported files under the given paths (sorted), and how many others were skipped."""
    files, skipped = [], 0
    for p in map(Path, paths):
        candidates = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in candidates:
            if p.is_dir() and is_own_output(f):
                skipped += 1  # a page `reportfacts show` wrote into the folder is not a report
            elif f.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(f)
            elif p.is_dir() and not f.name.startswith("."):
                skipped += 1
            elif not p.is_dir():
                files.append(f)  # named explicitly: let read() say what is wrong with it
    return files, skipped


def doc_ids_for(files: list[Path], stored: dict[str, str] | None = None) -> dict[Path, str]:
    """A file keeps the id it was loaded under (`stored`: resolved path -> doc_id). A new file gets its stem,
    unless another file shares the stem now or another path already holds it: then stem + hash of the path."""
    stored = stored or {}
    held = {doc_id: path for path, doc_id in stored.items()}
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem, []).append(f)
    ids = {}
    for stem, group in by_stem.items():
        for f in group:
            path = str(f.resolve())
            if path in stored:
                ids[f] = stored[path]
            elif len(group) == 1 and held.get(stem, path) == path:
                ids[f] = stem
            else:
                ids[f] = f"{stem}_{hashlib.sha1(path.encode()).hexdigest()[:8]}"
    return ids
