"""Quantity candidate -> value in the base unit, unit, category, currency, qualifier, low/high.

Rules (../shared/CONTRACT.md): 万/亿/千 are multiplied out (`1200余万元` -> 12000000 元, `3.6万亩` -> 36000 亩);
余/多/以上/超过/逾/突破 -> over, 不到/以下/不足 -> under, 约/近/左右/上下 -> approx, 不少于/至少 -> at_least;
a range (`2至3名`, `三四个`, `三五百块`) has value = low. `十几个` and `几十万` are over the place word.
角/分 after 元 or 块 add to the value (`123元1角1分` = 123.11 元; `块` with change is money).
Never raises: an unreadable number gives None.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..extract.quantities import SUFFIX_QUALIFIERS, QuantityCandidate
from ..units import lookup
from .numbers import DIGITS, parse_change, parse_number

MULTIPLIER = {"万": 10 ** 4, "亿": 10 ** 8, None: 1}


@dataclass(frozen=True)
class Amount:
    value: float
    unit: str
    category: str
    qualifier: str
    currency: str | None = None
    low: float | None = None
    high: float | None = None


def normalize_quantity(c: QuantityCandidate) -> Amount | None:
    if c.percent:
        return _percent(c)
    unit = lookup("元" if c.change and c.unit == "块" else c.unit)
    if unit is None:
        return None
    scale = MULTIPLIER.get(c.multiplier, 1) * unit.multiplier
    low, high = _numbers(c)
    if low is None:
        return None
    if c.change and high is None and scale == 1:
        change = parse_change(c.change)
        if change is None:
            return None
        low = round(low + change, 2)
    if c.half and high is None:
        low += 0.5  # 会期3天半
    qualifier = _qualifier(c, ranged=high is not None)
    value = _scaled(low, scale)
    return Amount(
        value=value, unit=unit.base, category=unit.category, qualifier=qualifier, currency=unit.currency,
        low=value if high is not None else None, high=_scaled(high, scale) if high is not None else None,
    )


def _scaled(x: float, scale: float) -> float:
    """x * scale without float noise (1.2万 = 12000, not 12000.000000000002); small decimals (零点零零一) kept."""
    v = x * scale
    if abs(v - round(v)) <= 1e-12 * abs(v):
        return float(round(v))
    return float(f"{v:.15g}")


def _numbers(c: QuantityCandidate) -> tuple[float | None, float | None]:
    """(low, high): high only for ranges. 三四 -> (3, 4); 2至3 -> (2, 3); 2至3万 applies 万 to both."""
    if c.num2 is not None and c.unit1:  # 5000元至2万元: each end carries its own unit
        low, high = parse_number(c.num), parse_number(c.num2)
        first, last = lookup(c.unit1), lookup(c.unit)
        if low is None or high is None or first is None or last is None:
            return None, None
        low = low * first.multiplier / last.multiplier
        return (low, high) if high >= low else (None, None)
    if c.num2 is not None:
        low, high = parse_number(c.num), parse_number(c.num2)
        scale = c.num2[-1] if c.num2[-1] in "万亿千百仟佰" and c.num2[:-1] else ""
        coefficient = parse_number(c.num2[:-1]) if scale else None
        if scale and low is not None and coefficient is not None and low < coefficient and not any(
                ch in c.num for ch in "万亿"):
            low = parse_number(c.num + scale)  # 2至3万 = 2万至3万; 一千到两千万 = 一千万到两千万
        if low is None or high is None:
            return None, None
        if high < low:  # 5-3 is not a range we can read
            return None, None
        return low, high
    pair = _adjacent_digits(c.num)
    if pair:
        return pair
    return parse_number(c.num), None


def _adjacent_digits(num: str) -> tuple[float, float] | None:
    """三四个 = 3 to 4, 七八名 = 7 to 8, 二三十 = 20 to 30: two neighbouring digits written together;
    三五 (三五天, 三五百块) is the language's other such pair: three to five."""
    if num[:1].isdigit():
        return None
    core = num.rstrip("十百千万亿")
    tail = num[len(core):]
    if len(core) == 2 and core[0] in DIGITS and core[1] in DIGITS:
        a, b = DIGITS[core[0]], DIGITS[core[1]]
        if (b == a + 1 and a > 0) or (a, b) == (3, 5):
            scale = parse_number("一" + tail) if tail else 1
            return a * scale, b * scale
    return None


def _qualifier(c: QuantityCandidate, ranged: bool) -> str:
    if ranged:
        return "range"
    if c.suffix:
        return SUFFIX_QUALIFIERS[c.suffix]
    if c.inner_qualifier in ("余", "多", "几", "数"):
        return "over"
    if c.inner_qualifier == "来":  # 30来人: about thirty
        return "approx"
    if c.prefix_qualifier:
        return c.prefix_qualifier
    return "exact"


def _percent(c: QuantityCandidate) -> Amount | None:
    value = parse_number(c.num)
    if value is None:
        return None
    if c.percent == "成":
        value *= 10
    qualifier = c.prefix_qualifier or "exact"
    return Amount(value=value, unit="%", category="percent", qualifier=qualifier)
