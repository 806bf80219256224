"""One money expression read on its own: a column of amounts, or a call like JioNLP's money parser.

Extraction never reads a bare number as an amount (`三百万` in running text may be people, yuan or a phone
number; the genre's rule is no unit, no amount). An expression handed over *as money* is different: a
number with no unit is yuan, and the shorthand of chats and job ads is read (`15k` = 15千, `30w` = 30万).
Everything else (numerals, 余/多/左右/上下/以上, ranges, currencies, 角/分) is the extraction's own reading,
so the two never disagree on an expression that states its unit.
"""
from __future__ import annotations

import regex

from .quantities import Amount

_SHORTHAND = regex.compile(r"(?<=\d)\s*(?P<k>[kK千])(?![a-zA-Z])|(?<=\d)\s*(?P<w>[wW])(?![a-zA-Z])")
_NUMERAL = regex.compile(r"[\d.]+[十百千万亿萬億]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+")


def read_money(expression: str) -> Amount | None:
    """The amount an expression states, in its currency's base unit (元 for yuan), or None."""
    from .. import extract  # (the pipeline package imports this module's package: import on use)

    text = _SHORTHAND.sub(lambda m: "千" if m.group("k") else "万", expression.strip())
    money = _first_money(extract(text))
    if money is None:
        numerals = list(_NUMERAL.finditer(text))
        if not numerals:
            return None
        end = numerals[-1].end()
        money = _first_money(extract(text[:end] + "元" + text[end:]))  # 三百万 -> 三百万元; 小于40万 -> 小于40万元
    if money is None:
        return None
    return Amount(value=money.value, unit=money.unit, category=money.category, qualifier=money.qualifier,
                  currency=money.currency, low=money.low, high=money.high)


def _first_money(facts):
    return next((f for f in facts if f.type == "quantity" and f.category == "money"), None)
