"""Numbers as Chinese reports write them -> values. Pure functions; never raise on any string.

`parse_number("1,200") == 1200`, `parse_number("一万两千") == 12000`, `parse_number("3千") == 3000`,
`parse_number("1万2千") == 12000`, `parse_number("壹佰贰拾") == 120`, `parse_number("三点一四") == 3.14`,
`parse_number("1 326") == 1326` and `parse_number("38. 6") == 38.6` (web copies break numbers with spaces).
A string that is not a number gives None. `parse_change("六角七分") == 0.67` reads the change after 元/块.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "参": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
          "柒": 7, "捌": 8, "玖": 9, "幺": 1}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
TENS = {"廿": 20, "卅": 30, "卌": 40}  # 廿二 = 22
BIG_UNITS = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "".join(TENS)
# money written out: 壹拾壹元壹角捌分整, 一百三十五块六角七分钱; 毛 is the spoken 角 (十块三毛)
_MONEY_TAIL = re.compile(r"^(?P<yuan>.*?)(?:元|圆|块)(?P<change>(?:[^角毛分]+[角毛])?(?:[^角毛分]+分)?)钱?[整正]?$")
_CHANGE = re.compile(r"^(?:(?P<jiao>[^角毛分]+)[角毛])?(?:(?P<fen>[^角毛分]+)分)?钱?$")
_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
# spaces web copies put inside one number (1 326, 38. 6): ASCII, no-break, thin and ideographic spaces
_SPACES = str.maketrans("", "", " \u00a0\u2009\u202f\u3000")


def parse_number(text: str) -> float | None:
    """Value of a numeral string: Arabic (with thousands commas), Chinese, financial or mixed forms."""
    try:
        return _parse(text)
    except (ValueError, OverflowError, IndexError, KeyError, InvalidOperation):
        return None


def _parse(text: str) -> float | None:
    s = (text or "").translate(_FULLWIDTH).translate(_SPACES).replace(",", "")
    if not s:
        return None
    if s[0] in "负-":
        value = _parse(s[1:])
        return -value if value is not None else None
    money = _MONEY_TAIL.match(s) if ("元" in s or "圆" in s or "块" in s) else None
    if money and money.group("yuan"):
        return _money(money)
    if "点" in s:  # 一七二零点一三四: the fraction is read digit by digit
        whole, _, frac = s.partition("点")
        head = _parse(whole) if whole else 0.0
        digits = "".join(str(DIGITS[c]) if c in DIGITS else c for c in frac)
        if head is None or not digits.isdigit():
            return None
        return head + float("0." + digits)
    for big_char in ("亿", "億", "万", "萬"):  # split on the largest multiplier first: 1万2千 = 1*10^4 + 2000
        i = s.find(big_char)
        if i >= 0:
            head, tail = s[:i], s[i + 1:]
            high = _parse(head) if head else 1.0
            if high is None:
                return None
            low = _parse(tail) if tail else 0.0
            if low is None:
                return None
            if tail and tail[0] in "零〇" and not any(c in tail for c in "万萬亿億"):
                pass  # 一万零五 = 10005: the zero only marks the gap
            elif tail and _is_bare_digit_tail(tail):
                # 一万五 / 1万5 = 15000: a lone digit after a multiplier scales to the next place down
                low *= BIG_UNITS[big_char] / 10
            # Decimal keeps 16.4亿 at exactly 1640000000
            return _finite(float(Decimal(repr(high)) * BIG_UNITS[big_char] + Decimal(repr(low))))
    if _ARABIC.fullmatch(s):
        return _finite(float(s))
    return _small(s)


def parse_change(text: str) -> float | None:
    """The 角/毛 and 分 written after 元 or 块: `1角1分` = 0.11, `六角七分钱` = 0.67, `三毛` = 0.3, `零五分` = 0.05."""
    try:
        m = _CHANGE.match((text or "").translate(_FULLWIDTH).translate(_SPACES))
        return _change(m) if m and (m.group("jiao") or m.group("fen")) else None
    except (ValueError, OverflowError, IndexError, KeyError, InvalidOperation):
        return None


def _change(m: re.Match) -> float | None:
    total = 0.0
    for part, scale in (("jiao", 0.1), ("fen", 0.01)):
        if m.group(part):
            v = _parse(m.group(part))
            if v is None or v >= 10:  # a change digit is one digit: 十二角 is not change
                return None
            total += v * scale
    return round(total, 2)


def _money(m: re.Match) -> float | None:
    total = _parse(m.group("yuan"))
    if total is None:
        return None
    change = _CHANGE.match(m.group("change"))
    cents = _change(change) if change else None
    if cents is None:
        return None
    return round(total + cents, 2)


def _is_bare_digit_tail(tail: str) -> bool:
    return len(tail) == 1 and (tail in DIGITS or tail.isdigit())


def _small(s: str) -> float | None:
    """Below 10^4: 三千零五, 二十, 十八, 一百二十六, 3千, 5百, 两千, 九, 壹佰贰拾, 三五 (digit string)."""
    total = 0.0
    digit: float | None = None
    last_unit = 10 ** 5
    i = 0
    while i < len(s):
        ch = s[i]
        m = _ARABIC.match(s, i)
        if m:
            if digit is not None:
                return None
            digit = float(m.group())
            i = m.end()
            continue
        if ch in TENS and digit is None and i == 0:
            total += TENS[ch]
            last_unit = 10
        elif ch in DIGITS:
            if digit is not None or (DIGITS[ch] == 0 and i + 1 < len(s) and s[i + 1] in DIGITS
                                     and all(c in DIGITS for c in s)):
                if all(c in DIGITS for c in s):  # 二〇二二 / 一七二零: digit strings
                    return float("".join(str(DIGITS[c]) for c in s))
                return None
            digit = DIGITS[ch] if DIGITS[ch] != 0 else None
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        else:
            return None
        i += 1
    if digit is not None:
        # 一百五 = 150: a trailing digit right after a unit scales to the next place down
        if last_unit <= 1000 and len(s) >= 2 and s[-2] in SMALL_UNITS and last_unit >= 100:
            digit *= last_unit / 10
        total += digit
    return _finite(total)


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None
