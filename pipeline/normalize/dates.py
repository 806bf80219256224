"""Dates: ISO values, the document's own date, and the period a figure reports."""
from __future__ import annotations

from collections import Counter

from ..extract.dates import DateCandidate

# phrases that put a figure in the report's own year
_THIS_YEAR = ("今年", "本年", "年内", "截至目前", "目前", "截至", "今年以来")


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


def document_year(dates: list[DateCandidate], head_chars: int) -> int | None:
    """The report's year: a full date near the top (a dateline or metadata line), else the latest year
    written often enough to be the report's own (years of history are cited once or twice)."""
    for d in dates:
        if d.start < head_chars and d.year and d.month:
            return d.year
    years = Counter(d.year for d in dates if d.year)
    if not years:
        return None
    return max(years)


def period_of(sentence_text: str, dates_in_sentence: list[DateCandidate], doc_year: int | None) -> str | None:
    if dates_in_sentence:
        d = dates_in_sentence[0]
        if d.part in ("上半年",):
            return f"{d.year or doc_year}-H1" if (d.year or doc_year) else None
        if d.part in ("下半年",):
            return f"{d.year or doc_year}-H2" if (d.year or doc_year) else None
        return iso(d, doc_year)
    if doc_year is not None and any(w in sentence_text for w in _THIS_YEAR):
        return f"{doc_year:04d}"
    return f"{doc_year:04d}" if doc_year is not None else None
