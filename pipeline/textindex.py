"""Look-ups on a whole text in O(log n): how many of a character lie in a span, where a line starts.

Extractors ask "is this inside 《…》 / “…” on its line?" once per candidate. Counting from the line's
start each time costs the line's length per candidate: quadratic on a one-line document (a flattened web
page), where the line is the whole text. The positions of a character are found once per text instead
(one C-speed pass), then every question is two bisections.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache


@lru_cache(maxsize=32)  # the ~7 characters asked about, of the current texts (fewer thrashes: each miss rescans)
def positions(text: str, ch: str) -> tuple[int, ...]:
    out = []
    find = text.find
    i = find(ch)
    while i >= 0:
        out.append(i)
        i = find(ch, i + 1)
    return tuple(out)


def count(text: str, ch: str, start: int, end: int) -> int:
    """text.count(ch, start, end) for a one-character ch."""
    if end <= start:
        return 0
    p = positions(text, ch)
    return bisect_left(p, end) - bisect_left(p, max(start, 0))


def line_start(text: str, pos: int) -> int:
    """text.rfind("\\n", 0, pos) + 1."""
    p = positions(text, "\n")
    k = bisect_left(p, pos) - 1
    return p[k] + 1 if k >= 0 else 0


def line_end(text: str, pos: int) -> int:
    """Where the line holding pos ends: the next newline at or after pos, or the text's end."""
    at = find(text, "\n", pos, len(text))
    return at if at >= 0 else len(text)


def find(text: str, ch: str, start: int, end: int) -> int:
    """text.find(ch, start, end) for a one-character ch."""
    p = positions(text, ch)
    k = bisect_left(p, max(start, 0))
    return p[k] if k < len(p) and p[k] < end else -1
