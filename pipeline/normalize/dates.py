"""Dates: ISO values (the year from the report's own date when the text leaves it out)."""
from __future__ import annotations

from ..extract.dates import DateCandidate


def iso(d: DateCandidate, default_year: int | None) -> str | None:
    year = d.year if d.year is not None else default_year
    if year is None:
        return None
    if d.part in ("上半年", "一季度", "第一季度", "二季度", "第二季度") and d.month is None:
        return f"{year:04d}"
    if d.month is None:
        return f"{year:04d}"
    if d.day is None:
        return f"{year:04d}-{d.month:02d}"
    return f"{year:04d}-{d.month:02d}-{d.day:02d}"
