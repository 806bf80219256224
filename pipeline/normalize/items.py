"""Canonical item names (data/items.tsv) so that 联络站 and 代表联络站 compare as one thing."""
from __future__ import annotations

from functools import lru_cache

from ..data_files import read_tsv


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {row["variant"]: row["canonical"] for row in read_tsv("items.tsv")}


def canonical_item(item: str | None) -> str | None:
    if not item:
        return None
    key = item.strip("“”\"「」 ")
    return _table().get(key, key)
