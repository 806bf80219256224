"""《Document titles》 cited in the text: laws, plans, methods, decisions."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..models import Segmented

_TITLE = regex.compile(r"《(?P<name>[^《》\n]{1,80})》")


@dataclass(frozen=True)
class TitleCandidate:
    start: int
    end: int
    name: str


def extract_titles(seg: Segmented) -> list[TitleCandidate]:
    return [TitleCandidate(m.start(), m.end(), m.group("name")) for m in _TITLE.finditer(seg.clean.text)]
