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
        super().__init__(f"{db}: database is in use by another reportfacts process (try again when it finishes)")
