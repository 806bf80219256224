"""Errors a user sees: one line naming the input and what is wrong with it."""
from __future__ import annotations


class ReportfactsError(Exception):
    """Base class: `str(err)` is the whole one-line message."""


class InputError(ReportfactsError):
    """An input file that cannot be turned into text (empty, binary, undecodable, corrupt, scanned)."""

    def __init__(self, path: str | None, problem: str):
        self.path = path or "<text>"
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class DatabaseInUse(ReportfactsError):
    def __init__(self, db: str):
        # the lock holder may be any DuckDB client (a notebook, the duckdb shell), not only reportfacts
        super().__init__(f"{db}: database is in use by another process (try again when it finishes)")


class DatabaseError(ReportfactsError):
    """A database file that cannot be opened: not a DuckDB file, a missing folder, no permission."""

    def __init__(self, db: str, problem: str):
        super().__init__(f"{db}: {problem}")
