"""Canonical item names (data/items.tsv) so that 联络站 and 代表联络站 compare as one thing."""
from __future__ import annotations

from functools import lru_cache

from ..data_files import read_tsv


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {row["variant"]: row["canonical"] for row in read_tsv("items.tsv")}


@lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[str, str], ...]:
    """Variants of three characters or more, longest first: a longer item ending in one is that thing
    with a modifier (示范代表联络站, 村级代表之家). Two-character variants (建议, 议案) are too generic."""
    return tuple(sorted(((v, c) for v, c in _table().items() if len(v) >= 3), key=lambda vc: -len(vc[0])))


@lru_cache(maxsize=65536)
def canonical_item(item: str | None) -> str | None:
    if not item:
        return None
    key = item.strip("“”\"「」 ")
    table = _table()
    if key in table:
        return table[key]
    for variant, canonical in _suffixes():
        if key.endswith(variant):
            return canonical
    return key
