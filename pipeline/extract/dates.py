"""Date candidates: `2022年7月7日`, `2021-09-24`, `2022年上半年`, `7月7日` (year from context), `截至9月底`."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..models import Segmented

_DATE = regex.compile(
    r"(?=\d)(?<!\d)(?:"  # the look-ahead lets the engine skip non-digits fast
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<m>1[0-2]|0?[1-9])\s*月\s*(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?"
    r"|(?P<half>上半年|下半年|一季度|二季度|三季度|四季度|第[一二三四]季度))?"
    r"|(?P<iy>(?:19|20)\d{2})-(?P<im>1[0-2]|0?[1-9])-(?P<id>3[01]|[12]\d|0?[1-9])"  # (2011-8-12 14:58: a forum's stamp)
    r"|(?P<m2>1[0-2]|0?[1-9])\s*月\s*(?:(?P<d2>3[01]|[12]\d|0?[1-9])\s*[日号]|(?P<end>底|末|初|中旬|上旬|下旬))"
    r")(?!\d)"
)


@dataclass(frozen=True)
class DateCandidate:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    part: str | None = None  # 上半年, 9月底 …


def extract_dates(seg: Segmented) -> list[DateCandidate]:
    out = []
    for m in _DATE.finditer(seg.clean.text):
        if m.group("y"):
            out.append(DateCandidate(m.start(), m.end(), int(m.group("y")), _int(m.group("m")), _int(m.group("d")),
                                     m.group("half")))
        elif m.group("iy"):
            out.append(DateCandidate(m.start(), m.end(), int(m.group("iy")), int(m.group("im")), int(m.group("id"))))
        else:
            out.append(DateCandidate(m.start(), m.end(), None, int(m.group("m2")), _int(m.group("d2")),
                                     m.group("end")))
    return out


def _int(s: str | None) -> int | None:
    return int(s) if s else None
