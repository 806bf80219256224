"""Official candidates: named people with a role, found from title words (the candidates-first pass).

For each chain of titles (`党组书记、主任`) the name is read right after it (`…主任侯美传出席`), or, for a
few titles, right before it (`双喜主任`, `习近平总书记`). A name is a surname from data/surnames.txt plus one
or two characters, checked against jieba's segmentation of a short window so that words such as 联络站 or
展示 never become names. Lists after one role give one candidate each (`人大代表熊寅森、胡荣平、李斌等`);
press credits take names after a colon, a space inside a two-character name included (`编校:施 林`).
The organisation is the text between the clause start and the chain (`六盘水市人大常委会`); a deputy's
term and place (`平凉市四届人大代表`) give `term` and a place, not an org; a quoted honour joined by `、`
before it is a title too. A title with no organisation takes the one of the previous person in the same
sentence (`…主任侯美传出席并讲话,副主任雷邦元主持会议`).
"""
from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs
import regex

from ..data_files import data_path, surnames
from ..models import Segmented
from ..segment import tagged
from ..textindex import count, line_start

# characters that start the word after a name (出席, 主持, 作, 说, 等…): a 3rd character here ends the name
# (强调/正在 are left to jieba: 强 and 正 are too common in given names to stop on)
_AFTER_NAME = set("出主作说致表在等和与同及的是为对向到来率带陪参指介讲称认了将也就都还则又便即曾已均共任兼"
                  "代以从被把让给请于受深赴进走看听召组开提分要介谈发接会一并"
                  ",。;:、!?()“”\"《》 \n\t")
# surnames that are far more often function words: a name with one needs jieba's person-name reading
_FUNCTION_SURNAMES = set("和向全于将其从同过经也及与以由在为对把被让给等各每本此这那有是要会能可应已未所并或如若因"
                         "上下中不都就又还才只很最更该")
_TRANSLITERATED = regex.compile(r"\p{Han}{1,6}·\p{Han}{1,8}(?:·\p{Han}{1,8})?")
_NAME_BEFORE_TITLES = {"主任", "总书记", "书记", "主席", "县长", "市长", "区长", "局长", "部长", "省长", "镇长",
                       "乡长", "委员长", "同志"}
_ORG_WORDS = regex.compile(
    r"(?:人大常委会|常委会|人民代表大会常务委员会|人大常务委员会|人大主席团|主席团|人大工委|人大|党委|党组|"
    r"县委|市委|区委|州委|省委|旗委|镇委|乡委|工作委员会|委员会|人民政府|政府|政协|办公室|办事处|人民法院|法院|"
    r"人民检察院|检察院|局|部|厅|委|办|站|中心|学校|公司|集团|社区|村委会|村)$")
_TERM = regex.compile(r"(?P<term>第?[一二三四五六七八九十\d]{1,3}届)$")
_HONOUR_AFTER = regex.compile(r"、“([^“”\n]{2,16})”")
_BYLINE_COLON = regex.compile(r"[ \t]*[:][ \t]*")
_BYLINE_SPACE = regex.compile(r"[ \t]+(?=\p{Han})")
_BYLINE_SEP = regex.compile(r"、|[ \t]+(?=\p{Han})")
_LIST_SEP = regex.compile(r"、")
_SPACED_GIVEN = regex.compile(r" (\p{Han})(?![\p{Han}])")
_PLACE_END = regex.compile(r"(?:省|市|州|县|区|旗|盟|特区|镇|乡|街道)$")
_USE_MODEL: ContextVar[bool] = ContextVar("use_model", default=True)
_CLAUSE_BREAK = ",;。:!?\n()“”《》"
_MAX_PREFIX = 80  # characters read back from a title chain for its org (the longest bodies are ~30)


@dataclass(frozen=True)
class OfficialCandidate:
    start: int  # the name span (clean text), a space inside included
    end: int
    name: str  # without spaces
    titles: tuple[str, ...]
    org: str | None
    org_span: tuple[int, int] | None = None  # where the org or the deputy's place was written
    term: str | None = None


@lru_cache(maxsize=1)
def _titles() -> tuple[dict[str, str], list[str], ahocorasick_rs.AhoCorasick]:
    kinds = {}
    for line in data_path("titles.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, kind = line.partition("\t")
        kinds[word.strip()] = kind.strip() or "role"
    words = list(kinds)
    # leftmost-longest, as a longest-first alternation would match, at automaton speed
    return kinds, words, ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


@dataclass(frozen=True)
class _Chain:
    """Titles written back to back with 、 (党组书记、主任)."""

    start: int
    end: int
    titles: tuple[str, ...]


def _title_chains(text: str) -> list[_Chain]:
    _, words, automaton = _titles()
    chains: list[_Chain] = []
    for i, start, end in automaton.find_matches_as_indexes(text):
        last = chains[-1] if chains else None
        if last is not None and start == last.end + 1 and text[last.end] == "、":
            chains[-1] = _Chain(last.start, end, last.titles + (words[i],))
        else:
            chains.append(_Chain(start, end, (words[i],)))
    return chains


def extract_officials(seg: Segmented, use_model: bool = True) -> list[OfficialCandidate]:
    """use_model=False is the ablation: surname list and stop characters only, no jieba name model."""
    token = _USE_MODEL.set(use_model)
    try:
        return _extract_officials(seg)
    finally:
        _USE_MODEL.reset(token)


def extract_officials_rules_only(seg: Segmented) -> list[OfficialCandidate]:
    return extract_officials(seg, use_model=False)


def _extract_officials(seg: Segmented) -> list[OfficialCandidate]:
    text = seg.clean.text
    kinds = _titles()[0]
    out: list[OfficialCandidate] = []
    last_org_by_sentence: dict[int, tuple[str, tuple[int, int] | None]] = {}
    for m in _title_chains(text):
        titles = m.titles
        byline = kinds.get(titles[-1]) == "byline"
        after = m.end
        honour_after = _HONOUR_AFTER.match(text, after, after + 20)
        if honour_after:  # 区人大代表、“成都工匠”陈德彬
            titles += (honour_after.group(1),)
            after = honour_after.end()
        people = _names_after(text, after, byline)
        if not people and not byline and titles[-1] in _NAME_BEFORE_TITLES:
            people = _name_before(text, m.start)
        if not people:
            continue
        sentence = seg.sentence_at(m.start)
        before = _before_chain(text, m.start, sentence.start)
        org, org_span = before.org, before.span
        if org is None and not before.deputy and not byline and sentence.start in last_org_by_sentence:
            org, org_span = last_org_by_sentence[sentence.start]  # 副主任雷邦元: the body named before
        elif org:
            last_org_by_sentence[sentence.start] = (org, org_span)
        for start, end in people:
            name = text[start:end].replace(" ", "")
            out.append(OfficialCandidate(start, end, name, before.honours + titles, org, org_span, before.term))
    return out


def _names_after(text: str, pos: int, byline: bool) -> list[tuple[int, int]]:
    if byline:
        colon = _BYLINE_COLON.match(text, pos, pos + 6)
        if not colon and _opens_credit(text, pos):
            colon = _BYLINE_SPACE.match(text, pos, pos + 4)  # (记者 黄小敏), (通讯员 孙丽娜 韩 冰)
        if not colon:
            return []
        pos = colon.end()
    elif text[pos:pos + 2] in ("会议", "会上", "团会"):
        return []
    people = []
    span = _name_at(text, pos, allow_space=byline)
    while span:
        people.append(span)
        sep = (_BYLINE_SEP if byline else _LIST_SEP).match(text, span[1], span[1] + 3)
        if not sep:
            break
        span = _name_at(text, sep.end(), allow_space=byline)
    return people


def _name_at(text: str, pos: int, allow_space: bool) -> tuple[int, int] | None:
    """The span of a person's name starting at pos (after any spaces), or None."""
    while text[pos:pos + 1] == " " and text[pos + 1:pos + 2] != "\n":
        pos += 1
    if _inside_quotes(text, pos):
        return None  # “人大代表立新功” is a slogan, not a person
    transliterated = _TRANSLITERATED.match(text, pos)
    if transliterated:  # 叶尔江·哈力木, 买买提·艾力: the part after the last · ends where jieba says
        tail_start = text.rindex("·", pos, transliterated.end()) + 1
        end = tail_start + min(len(_first_word(text[tail_start:tail_start + 8])[0]) or 2,
                               transliterated.end() - tail_start)
        while end - tail_start < 4 and _third_character(text, end):
            end += 1  # 沙比|提牵头: jieba stopped inside the transliterated name
        return pos, end
    family = _surname_at(text, pos)
    word, tag = _first_word(text[pos:pos + 6])
    if not family:
        # names with no Han surname (斯琴高娃) only when jieba reads a whole person's name here
        return (pos, pos + len(word)) if tag.startswith("nr") and 3 <= len(word) <= 6 else None
    if allow_space:  # 施 林: one space inside a two-character byline name
        spaced = _SPACED_GIVEN.match(text, pos + len(family), pos + len(family) + 3)
        if spaced:
            return pos, spaced.end()
    if tag.startswith("nr") and word.startswith(family) and len(family) < len(word) <= 4:
        end = pos + len(word)
        if len(word) == 2 and _third_character(text, end):
            end += 1  # jieba stopped at 马志 in 马志强、: the third character is still the name's
        return pos, end
    if family in _FUNCTION_SURNAMES:
        for length in (3, 2):  # 镇人大主席　向红军: set off by spaces, it is a name after all
            if _whitespace_delimited(text, pos, pos + length) and all(
                    "\u4e00" <= ch <= "\u9fff" for ch in text[pos:pos + length]):
                return pos, pos + length
        return None  # 和多名, 全覆盖, 向选民: the character is doing its everyday job
    if len(word) >= 2 and word != family and not tag.startswith("nr"):
        return None  # an ordinary word starts here: 联络站, 展示, 小组, 会议
    first = text[pos + len(family):pos + len(family) + 1]
    if not first or not ("\u4e00" <= first <= "\u9fff") or first in _AFTER_NAME:
        return None
    end = pos + len(family) + 1
    return pos, end + 1 if _third_character(text, end) else end


def _model_words(window: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and tags (the statistical name model); the rules-only ablation sees none."""
    return tagged(window) if _USE_MODEL.get() else ()


def _first_word(window: str) -> tuple[str, str]:
    return (_model_words(window) or (("", "x"),))[0]


def _opens_credit(text: str, title_end: int) -> bool:
    """A credit title at the start of a line or right after an opening parenthesis."""
    start = line_start(text, title_end)
    if title_end - start > 8 and _NON_SPACE.search(text, start, title_end - 6):
        return False  # more text before the title than a credit's opening: no slice of a long line
    before = text[start:title_end].lstrip()
    return bool(_CREDIT_START.match(before))


_CREDIT_START = regex.compile(r"^[(（【\[]?\p{Han}{2,4}$")
_NON_SPACE = regex.compile(r"\S")


def _whitespace_delimited(text: str, start: int, end: int) -> bool:
    """镇人大主席　向红军: a name set off by spaces after its title and ending the line or clause."""
    return text[start - 1:start] == " " and (end >= len(text) or text[end] in " \n,。;、)")


def _third_character(text: str, pos: int) -> bool:
    """After a two-character name: is text[pos] the name's third character (马志|强、, 詹国|平等)?"""
    c3, c4 = text[pos:pos + 1], text[pos + 1:pos + 2]
    if not c3 or not ("\u4e00" <= c3 <= "\u9fff") or c3 in _AFTER_NAME:
        return False
    return len(_first_word(text[pos:pos + 4])[0]) <= 1 or c4 in _AFTER_NAME


def _inside_quotes(text: str, pos: int) -> bool:
    start = line_start(text, pos)
    return count(text, "“", start, pos) > count(text, "”", start, pos)


def _surname_at(text: str, pos: int) -> str | None:
    names = surnames()
    two = text[pos:pos + 2]
    if len(two) == 2 and two in names:
        return two
    one = text[pos:pos + 1]
    return one if one in names else None


def _name_before(text: str, pos: int) -> list[tuple[int, int]]:
    """双喜主任, 习近平总书记: jieba's last word before the title, when it is a person's name."""
    window = text[max(0, pos - 6):pos]
    tokens = _model_words(window)
    if not tokens:
        return []
    word, tag = tokens[-1]
    if 2 <= len(word) <= 3 and tag.startswith("nr"):
        return [(pos - len(word), pos)]
    return []


@dataclass(frozen=True)
class _BeforeChain:
    """What is written between the clause start and a title chain."""

    org: str | None = None  # 六盘水市人大常委会; "" for deputies (their place is not an org); None: none written
    span: tuple[int, int] | None = None  # where the org, or the deputy's place, was written
    term: str | None = None  # 十三届
    honours: tuple[str, ...] = ()  # “全国优秀科技特派员”、…
    deputy: bool = False  # 甘肃省十三届人大代表, 钟山区各级人大代表: a place and term, not a body


def _before_chain(text: str, chain_start: int, sentence_start: int) -> _BeforeChain:
    start = chain_start
    floor = max(sentence_start, chain_start - _MAX_PREFIX)  # bounded: no walk through a huge clause per title
    while start > floor and text[start - 1] not in _CLAUSE_BREAK and text[start - 1] != "、":
        start -= 1
    prefix = text[start:chain_start]
    honour = _quoted_honour(text, start)
    honours = (honour,) if honour else ()
    if not prefix:
        return _BeforeChain(honours=honours)
    t = _TERM.search(prefix)
    if t or prefix.endswith(("各级", "全体")):
        place_end = start + (t.start() if t else len(prefix) - 2)
        span = (start, place_end) if place_end > start else None
        return _BeforeChain("", span, t.group("term") if t else None, honours, deputy=True)
    if _ORG_WORDS.search(prefix) or _is_place(prefix):
        return _BeforeChain(prefix, (start, chain_start), None, honours)
    return _BeforeChain(honours=honours)


def _is_place(prefix: str) -> bool:
    return bool(_PLACE_END.search(prefix)) and len(prefix) <= 12


def _quoted_honour(text: str, pos: int) -> str | None:
    """“全国优秀科技特派员”、静宁县十七届人大代表: the quoted honour before the 、 is a title too."""
    if text[pos - 2:pos] != "”、":
        return None
    open_q = text.rfind("“", max(0, pos - 24), pos - 2)
    if open_q < 0:
        return None
    return text[open_q + 1:pos - 2]
