"""Derived tables cached on disk between processes (marshal, in the temp folder), rebuilt when a source changes.

A cold `reportfacts extract one.txt` pays for jieba's tag table (dict.txt's 349K lines) and the gazetteer
(40K units, 37K surfaces) on every start; both are pure functions of files that rarely change. Each cache
file is named by its kind and a key made of its sources' sizes and mtimes plus a format version, so a new
jieba, a new data file or a new layout misses the old file. Writes are atomic (a parallel worker never reads
half a file) and a cache that cannot be read or written is simply rebuilt: it is never an error.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def cache_path(kind: str, sources: list[Path], version: str) -> Path:
    key = hashlib.sha1(version.encode())
    for src in sources:
        stat = Path(src).stat()
        key.update(f"{src}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    return Path(tempfile.gettempdir()) / f"reportfacts.{kind}.{key.hexdigest()[:16]}.cache"


def load_or_build(path: Path, build: Callable[[], T], valid: Callable[[object], bool] = lambda _: True) -> T:
    """The marshalled value at `path`, else `build()` (written to `path` for the next process)."""
    try:
        value = marshal.loads(path.read_bytes())
        if valid(value):
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)
    except (OSError, ValueError):
        tmp.unlink(missing_ok=True)
    return value
