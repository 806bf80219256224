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
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick_rs
import regex

from ..data_files import name_elements, surnames, title_kinds
from ..gazetteer import gazetteer
from ..models import Segmented
from ..segment import tagged, word_freq, word_tag
from ..textindex import count, line_end, line_start

# a count right before a title's chain (51名|人大代表, 312名|县镇人大代表, 4名|村民代表): the title names a group
_COUNTED_BEFORE_TITLE = regex.compile(r"(?:[0-9０-９]+|[两二三四五六七八九十百千]+)[多余]?[名位][省市州县区旗镇乡村级民两]{0,4}$")
# characters that start the word after a name (出席, 主持, 作, 说, 等…): a 3rd character here ends the name
# (强调/正在 are left to jieba: 强 and 正 are too common in given names to stop on)
_AFTER_NAME = set("出主作说致表在等和与同及的是为对向到来率带陪参指介讲称认了将也就都还则又便即曾已均共任兼"
                  "代以从被把让给请于受深赴进走看听召组开提分要介谈发接会一并答问"
                  ",。;:、!?()“”\"《》 \n\t")
# surnames that are far more often function words: a name with one needs jieba's person-name reading
_FUNCTION_SURNAMES = set("和向全于将其从同过经也及与暨来以由在为对把被让给等各每本此这那有是要会能可应已未所并或如若因回"
                         "上下中不都就又还才只很最更该谈须")  # (代表谈政府工作报告: 谈 speaks of, a headline's verb;
# 居民议事代表须超过…三分之二: 须 (must) is a modal, as 要 and 应 are)
_TRANSLITERATED = regex.compile(r"\p{Han}{1,6}·\p{Han}{1,8}(?:·\p{Han}{1,8})?")
_NAME_BEFORE_TITLES = {"主任", "总书记", "书记", "主席", "县长", "市长", "区长", "局长", "部长", "省长", "镇长",
                       "乡长", "委员长", "同志", "副主任", "副书记", "副主席", "副县长", "副市长", "副区长", "副省长",
                       "副镇长", "副乡长", "副局长", "副部长", "副委员长", "理事长", "执行主席",
                       "院长", "副院长", "检察长", "副检察长",  # (图为安辉院长作人民法院工作报告)
                       "总理", "副总理",  # (李强总理所作的政府工作报告)
                       "教授", "副教授", "研究员",  # (请来博士生导师姜平教授授课)
                       "领导", "市领导", "县领导", "区领导", "州领导", "旗领导", "省领导",  # (霍俊波、王文娟等县领导在…就座)
                       "主席团成员"}  # (余学峰、陈宏等大会主席团成员在主席台就座)
_ORG_WORDS = regex.compile(
    r"(?:人大常委会|常委会|人民代表大会常务委员会|人大常务委员会|人大主席团|主席团|人大工委|人大|党委|党组|"
    r"县委|市委|区委|州委|省委|旗委|镇委|乡委|工作委员会|委员会|人民政府|政府|政协|办公室|办事处|人民法院|法院|"
    r"人民检察院|检察院|局|部|厅|委|办|站|中心|学校|公司|集团|社区|村委会|村|合作社|协会|商会|院|所|厂|"
    r"农场|场|银行|支行|分行|小学|中学|幼儿园)$")
_TERM = regex.compile(r"(?P<term>第?[一二三四五六七八九十\d]{1,3}届)$")
_HONOUR_AFTER = regex.compile(r"、“([^“”\n]{2,16})”")
# 记者:王宁, 记者/王宁, 编辑|胡文婷 (a bar only when set tight: forum chrome reads `只看该作者 | 倒序浏览`)
_BYLINE_COLON = regex.compile(r"[ \t]*[:/丨][ \t]*|\|(?=\p{Han})")  # (编辑丨李 慧: a bar some pages set as 丨)
_BYLINE_SPACE = regex.compile(r"[ \t]+(?=\p{Han})")
_NAME_LINE_BELOW = regex.compile(r"\n[ \t]*(?P<name>\p{Han}{2,4})[ \t]*(?=\n|$)")
_BYLINE_SEP = regex.compile(r"、|[ \t]+(?=\p{Han})")
_LOST_LIST_SEP = regex.compile(r"[ \t\u3000]{1,2}(?=\p{Han})")
_LIST_SEP = regex.compile(r"(?:[(（](?:女|男|[左中右]|\p{Han}{1,3}族|\p{Han}{2,5}|[^()（）,;。\n]{2,24}?(?:长|人|主任|书记|法人|经理|"
                       r"负责人|主席|委员|代表))[)）])?[ \t\u3000]?、[ \t\u3000]?")  # (戴立华(女)、戴新贤: a note
# on the person; 周磊(某风力发电厂厂长)、姚江(某公司负责人): each name's own post; 周向阳 、贺金平: a stray space a copy
# left beside the 、; 冯建光(左)、国宝莲(中): a photo caption's places, one character each)
_SPACED_GIVEN = regex.compile(r"[ \u3000]{1,3}(\p{Han})(?![\p{Han}])")  # 施 林, 周  敏, 周   敏 (three, padded to a width)
_SPACED_TWO_GIVEN = regex.compile(r"[ \u3000]{1,2}(\p{Han}{2})(?![\p{Han}])")  # 编辑:沈 佳怡: a surname, a space, the rest
_SPACED_IN_PROSE = regex.compile(r"[ \u3000]{1,2}\p{Han}")  # 主席张 敏介绍: the verb follows at once
_SPACED_LAST = regex.compile(r" \p{Han}")  # 高云 虹、: one space, then a name's last character
_LIST_OR_CLAUSE_END = set("、,，;；。")
# page chrome after the last credited name on a one-line page (责任编辑:张 璐 上一篇 下一篇 返回目录)
_CHROME_TOKEN = regex.compile(r"上一篇|下一篇|上一条|下一条|返回|目录|打印|关闭|分享|首页|顶部|收藏|阅读更多|阅读全文|更多")
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
    kinds = title_kinds()
    words = [w for w in kinds if kinds[w] != "before"]  # those are found by _before_titles
    # leftmost-longest, as a longest-first alternation would match, at automaton speed
    return kinds, words, ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


@lru_cache(maxsize=1)
def _before_titles() -> regex.Pattern:
    """Titles written only after their name (代表), found where a verb or a stop follows them: 代表 is
    everywhere (代表联络站, 代表大会), so the test that it is a role here runs in the pattern."""
    words = sorted((w for w, k in _titles()[0].items() if k == "before"), key=len, reverse=True)
    stops = regex.escape("".join(sorted(_STRONG_STOP)))
    return regex.compile(f"(?:{'|'.join(map(regex.escape, words))})(?=(?:{_FOLLOWERS.pattern}|{_ADVERB_AFTER_ROLE})"
                         f"|[{stops}]|$)"
                         f"|(?<={_PLACE_BEFORE_ROLE}|{_CLAUSE_OPEN})(?:{'|'.join(map(regex.escape, words))})(?=\\p{{Han}})"
                         f"(?!{_NOT_A_ROLE_AFTER})"  # (全县代表家站点: a place, then a compound)
                         # 张奕文、张玉青和张贵文等代表的高度重视: after 等 it is the people's role, whatever follows
                         f"|(?<=\\p{{Han}}等(?:多位|多名)?)(?:{'|'.join(map(regex.escape, words))})(?!{_NOT_A_ROLE_AFTER})")


# adverbs that follow a person and their role as readily as a verb does (陈仲代表则聚焦…, 向惠玲代表长期从事…)
_ADVERB_AFTER_ROLE = "则|长期|随即|当即|立即|马上|专门|再次|连续|每年|坚持|依然|仍然|更是|早在|曾经|不仅"


# a township, village or county right before 代表 (洋坪镇代表王春林, 周湾村代表马文军), or the villagers or
# residents it speaks for (村民代表王德华说): the name follows the role
_PLACE_BEFORE_ROLE = "(?:[镇乡村县区市旗州盟]|[村居]民|代表团)"  # (村民代表王德华说: the villagers' representative; 吉县代表团代表冯小平说: the delegation's deputy)
# 代表 opening a clause (,代表李正华等5人联名提出): the name follows it when a deputy's act follows the name
_CLAUSE_OPENERS = ",。;:\n"
_CLAUSE_OPEN = f"^|[{regex.escape(_CLAUSE_OPENERS)}]|\\n[ \\t\u3000]{{1,4}}"  # (an indented paragraph's start too)
_OPENS_PARAGRAPH = regex.compile(r"\n[ \t\u3000]*$")  # a paragraph's first word
_DEPUTY_ACT = regex.compile(r"等|联名|领衔|提出|说|表示|建议|反映|认为|希望|呼吁|介绍|结合|围绕|参加|接受|带来|发言|提交|指出|坦言|告诉")
# 代表 as the first half of another word: 代表性, 代表团, 代表大会, 代表处, 代表作
# (and 西河、王畈、金鹰等代表联络站: places listed before a compound)
_NOT_A_ROLE_AFTER = "性|团|大会|处|作|队|着|了|联络|之家|家[站室]|工作|小组|建议|议案|活动|履职|中心|[室站点]"  # (代表家站点)



@dataclass(frozen=True)
class _Chain:
    """Titles written back to back with 、 (党组书记、主任)."""

    start: int
    end: int
    titles: tuple[str, ...]


# a title's candidate or nominee, the name after it (副主任提名人选陈某主持, 副省长拟任人选吴某, 镇长提名候选人李某)
# a post's word so general that what follows it is as often the staff's act as a name (工作人员张贴通知)
_GENERIC_STAFF = {"工作人员"}


def _plainly_a_name(name: str) -> bool:
    """A name that jieba reads as a person's, or that no dictionary word opens (纪池鑫, 牟童; not 张贴, 能力和)."""
    if (word_tag(name) or "").startswith("nr") and word_freq(name) < 100:
        return True  # (张贴: jieba's nr for an everyday verb is no name)
    return 2 <= len(name) <= 3 and name[:1] not in _FUNCTION_SURNAMES and word_freq(name) == 0 \
        and word_freq(name[:2]) < 50 and not any(ch in "着了过" for ch in name[1:])  # (戴着: a verb and its aspect)


_CANDIDATES_CHOSEN_BY = ("推荐", "提名", "确定", "酝酿", "协商")  # (推荐候选人, 酝酿候选人: the choosing, no one named)
_CANDIDATES_IN_GENERAL = regex.compile(r"时|的|名单|中|人数|数|提名|推荐|预备人选|张榜|公示|公布")  # (候选人时, 候选人名单: none named)
_CANDIDATE_AFTER = regex.compile(r"(?:提名|拟任|推荐)(?:候选人|人选)|人选")


def _as_candidate(text: str, chain: _Chain) -> _Chain:
    """The chain run on to the candidacy written after its last title (副主任|提名人选): the name follows that."""
    m = _CANDIDATE_AFTER.match(text, chain.end)
    if m is None:
        return chain
    return _Chain(chain.start, m.end(), chain.titles[:-1] + (chain.titles[-1] + m.group(),))


def _title_chains(text: str) -> list[_Chain]:
    _, words, automaton = _titles()
    chains: list[_Chain] = []
    for i, start, end in automaton.find_matches_as_indexes(text):
        last = chains[-1] if chains else None
        if last is not None and start == last.end + 1 and text[last.end] == "、":
            chains[-1] = _Chain(last.start, end, last.titles + (words[i],))
        else:
            chains.append(_Chain(start, end, (words[i],)))
    chains = [_as_candidate(text, c) for c in chains]
    before = [_Chain(m.start(), m.end(), (m.group(),)) for m in _before_titles().finditer(text)]
    if before:  # 某某代表; not the 代表 of 人大代表, which the automaton matched whole
        starts = [c.start for c in chains]
        for b in before:
            k = bisect_right(starts, b.start) - 1
            if k < 0 or chains[k].end <= b.start:
                chains.append(b)
        chains.sort(key=lambda c: c.start)
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


_WORDS_AND_PICTURES = ("文/图", "图/文")


def _extract_officials(seg: Segmented) -> list[OfficialCandidate]:
    text = seg.clean.text
    kinds = _titles()[0]
    out: list[OfficialCandidate] = []
    last_org_by_sentence: dict[int, tuple[str, tuple[int, int] | None]] = {}
    pending: tuple[int, _BeforeChain, tuple[str, ...]] | None = None  # 县人大代表、…合作社理事长刘振东
    profiles: set[tuple[int, int]] = set()  # names that open a profile sentence, each given one record
    chains = _title_chains(text)
    for m in chains:
        titles = m.titles
        if titles[-1].endswith("委") and text.startswith("会", m.end):
            continue  # 23名常委会组成人员, 村委会: 常委 and 村委 start a body's name here, no one's title
        kind = kinds.get(titles[-1])
        if titles == ("候选人",) and (_CANDIDATES_IN_GENERAL.match(text, m.end)
                                     or text.endswith(_CANDIDATES_CHOSEN_BY, 0, m.start)):
            continue  # 推荐代表候选人时…, 联名推荐候选人的有关事项: candidates in general, not one named
        byline = kind == "byline"
        if titles[-1] == "领导" and _RETIRED_JOINED.match(text, m.end):
            continue  # 杨某、曾某…等领导和老同志在主席台就座: leaders and retired cadres in one list, no one's title
        if titles[-1] == "领导" and text[m.start - 1:m.start] == "的" and text.startswith("、", m.end):
            continue  # 坚持党的领导、坚持…: leadership, a noun in a list of things, no one's title (…等在家的领导,
            # after a list of names, is theirs)
        after = m.end
        honour_after = _HONOUR_AFTER.match(text, after, after + 20)
        if honour_after:  # 区人大代表、“成都工匠”陈德彬
            titles += (honour_after.group(1),)
            after = honour_after.end()
        org_floor = 0  # where the org may start: after the verb of election (当选为榆社县人民政府副县长)
        if kind == "before":  # 某某代表, 张三、李四等代表: the name is only ever written before it
            # and the word is the person's role only when a verb or a stop follows (not 代表联络站)
            # (王庄镇代表李学文: 王庄镇 reads as a surname-led name, but a place is never the person)
            people = [p for p in _name_before(text, m.start, surname_rule=True)
                      if not _is_a_place_name(text[p[0]:p[1]])]
            if not people and regex.search(_PLACE_BEFORE_ROLE + "$", text[max(0, m.start - 3):m.start]):
                people = _names_after(text, after)  # 洋坪镇代表王春林牵头…
            elif not people and (m.start == 0 or _OPENS_PARAGRAPH.search(text, max(0, m.start - 5), m.start)):
                people = _names_after(text, after)  # (a feature's paragraph opens) 代表何鹏飞已连续三届当选…
            elif not people and text[m.start - 1] in _CLAUSE_OPENERS:
                # (。代表王建朝在刘店村走访时: a deputy's act or any verb a person's name is followed by)
                listed = _names_after(text, after)
                acts = [bool(_DEPUTY_ACT.match(text, p[1]) or _FOLLOWERS.match(text, p[1]) and _surname_at(text, p[0]))
                        for p in listed]  # (代表们多次: no name)
                # (,代表钟某、陈某、王某围绕…: the names listed before the one whose act follows are deputies too)
                people = [p for p, acted in zip(listed, acts) if acted
                          or acts[-1] and text.startswith("、", p[1]) and _surname_at(text, p[0])]
            if not people and (colon := _ROSTER_COLON.match(text, after)) and not _ORG_AHEAD.match(text, colon.end()):
                people = _names_after(text, colon.end())  # 领衔代表:曹婷 (a list of proposals, each with its lead)
            if not people and (text[after:after + 1] in _STRONG_STOP or text.startswith(_APPOINTMENT_ENDS, after)):
                # 补选孟吉东为山西省第十四届人民代表大会代表; 确认王建江、…等19名同志为…代表
                people, org_floor = _appointed(text, seg.sentence_at(m.start).start, m.start)
        elif byline:
            people = _credit_names(text, m.start, after)
            if titles[-1] == "来源" and len(people) < 2:
                people = []  # 来源:朱琳 陈莹莹 names the writers; 来源:房山报 names one outlet
        else:
            people = _names_then_stop(text, intro.end(), or_deng=True) \
                if (intro := _LIST_INTRO_WORD.match(text, after)) else []
            # (执行主席的是:朱公明、陈晓梅…; 县领导还有滕凤臣、孙景钟…; 县领导有刘殊、戴瑞…: not 有刘殊)
            if not people:
                people = _names_after(text, after)
                if people and text.startswith("当选", people[-1][1]) and text[after:after + 1] in " \u3000":
                    people = []  # 朱振华当选县人大常委会主任 毛奇当选县长: a headline's next part, the next election
                if len(people) == 1 and _COUNTED_BEFORE_TITLE.search(text, max(0, m.start - 8), m.start):
                    people = []  # 51名人大代表满怀喜悦, 312名县镇人大代表包联网格: a counted group, no one person
            if not people and (intro := _LIST_INTRO.match(text, after)):
                people = _names_then_stop(text, intro.end())  # …执行主席、在主席台就座的有:…
            if not people and text.startswith("的", after) \
                    and (span := _name_at(text, after + 1, allow_space=False)) and _name_after_de(text, span):
                people = [span]  # 连任三届翔安区人大代表的张秋媚,履职…
                if text.startswith("、", span[1]) and len(listed := _names_after(text, after + 1)) >= 2:
                    people = listed  # 担任大会执行主席的吉辉、冯元智、…在主席台前排就座: the whole list
            if not people and text[after:after + 1] in ",，" and _IN_THE_CAPACITY_OF.search(text, max(0, m.start - 32),
                                                                                              m.start) \
                    and (span := _name_at(text, after + 1, allow_space=False)) and _surname_at(text, span[0]) \
                    and _rare_or_a_name(text[span[0]:span[1]]):
                people = [span]  # 作为省人大代表,李军在走访调研中发现…: the capacity, a comma, then who holds it
            if not people and (roster := _ROSTER_COLON.match(text, _past_order_note(text, after))):
                people = _roster(text, roster.end())  # 副书记:徐福和  赵学礼  韩 伟 (a yearbook's roster line)
                # (委员(按姓氏笔画为序):王志刚  邓小勇: the note on the order stands before the colon)
            if not people and (below := _ROSTER_BELOW.match(text, after)):
                people = _roster_lines(text, below.end())  # 执行主席是:(以姓名笔画排列)|王志成 代万军 李 军
            if not people and text[after:after + 1] in _STRONG_STOP:
                people, org_floor = _elected(text, seg.sentence_at(m.start).start, m.start)  # 贾永胜当选为…副主任
            if not people and (text[after:after + 1] in _STRONG_STOP or text.startswith(_APPOINTMENT_ENDS, after)):
                people, org_floor = _appointed(text, seg.sentence_at(m.start).start, m.start)  # 选举穆兴科为镇人大主席
            if not people and titles[-1] in _NAME_BEFORE_TITLES:
                people = _name_before(text, m.start)
            if not people and (deng := _DENG.search(text, max(0, m.start - 8), m.start)) and deng.group()[0] == "等":
                people = _names_before_list(text, deng.start())  # 田春华等72名市人大代表: any role, after 等N名
                if not regex.search(r"[名位人]", deng.group()) and len(people) < 2:
                    people = []  # 张生伟、…、郭光等大会主席团常务主席: with no count, only a list of names
            if not people and (counted := _COUNT_AFTER_NAMES.search(text, max(0, m.start - 20), m.start)):
                people = _names_before_list(text, counted.start())
                people = people if len(people) >= 2 else []  # 武跃军、黎地、杨志健3名区人大代表: a count closes a list
            if not people and (among := _AMONG_THEM.match(text, after)) \
                    and (counted := _LIST_THEN_COUNT.match(text, among.end())):
                people = _names_before_list(text, counted.start("count"))
                people = people if len(people) >= 3 else []  # 全国人大代表中,我市共有A、B、C…7位: the list they are
            if not people and (serving := _SERVING_AS.search(text, max(0, m.start - 12), m.start)):
                people = _names_before_list(text, serving.start())  # 巩文生、杨晓兵、…林深作为大会执行主席
            if not people and _IN_CAPACITY.match(text, after) \
                    and (by := _IN_CAPACITY_OF.search(text, max(0, m.start - 20), m.start)):
                people = _name_before(text, by.start())  # 胡某某以主席团常务主席、大会执行主席的身份主持会议
            if not people and (signed := _signed_name(text, m.start, after)):
                people = [signed]  # 阳西县县长  黄家新: a report's signature line, its unit, title and name
            if not people and text[after:after + 1] in ("\n", "", " ", "\t"):
                people = _name_line_above(text, m.start, after)
        if not people and text[after:after + 1] == "、" and not byline \
                and (found := _name_after_occupation(text, after + 1)):
            people, titles = [found[0]], titles + (found[1],)  # 区人大代表、退休教师孙玉兰说
        if not people and not byline and text[after:after + 1] in ",、。;" \
                and (profiled := _profile_name(text, seg.sentence_at(m.start).start, m.start)) \
                and profiled not in profiles:
            profiles.add(profiled)
            people = [profiled]  # 刘炫伶,省人大代表,…董事长: a profile opens with the name, then says who it is
        if not people and not byline and text[after:after + 1] in ")）" \
                and (opened := _bracket_opened(text, m.start)) is not None \
                and (profiled := _profile_name(text, opened, m.start)) and profiled not in profiles:
            profiles.add(profiled)
            people = [profiled]  # (宋某,长春市人大代表、…社区党委书记): a photo's or quote's bracketed profile
        if not people and not byline and text[after:after + 1] in ")）" \
                and (opened := _bracket_opened(text, m.start)) is not None \
                and _BRACKETED_ORG.fullmatch(text, opened, m.start) \
                and (named := _name_right_before(text, opened - 1)) is not None \
                and not any((c.start, c.end) == named for c in out):
            people, org_floor = [named], opened  # 新当选的曾某(镇人大主席)、李某(副镇长): the title set in brackets
            # after the name; its body is what the bracket holds, never one named before it (below). (县人大代表周某
            # (风力发电厂厂长)、张某(…): a list after one role already named them; their posts stay notes)
        if not people:
            # a role, 、, then an organisation and the person's title there: the first role is the person's too
            if text[after:after + 1] == "、" and not byline:
                pending = (after + 1, _before_chain(text, m.start, seg.sentence_at(m.start).start), titles)
            continue  # a pending role waits for the chain its clause ends with (常委 in 常委会 is none)
        sentence = seg.sentence_at(m.start)
        before = _before_chain(text, m.start, max(sentence.start, org_floor))
        if pending and not byline and pending[0] == before.start and m.start - before.start <= 24:
            first, titles = pending[1], pending[2] + titles
            # the place written before the first role (县人大代表) is the person's region
            before = _BeforeChain(before.org, first.span or before.span, first.term,
                                  first.honours + before.honours, before.deputy, before.start)
        pending = None
        org, org_span = before.org, before.span
        if org is None and not before.deputy and not byline and sentence.start in last_org_by_sentence \
                and not (org_floor and text[org_floor - 1:org_floor] in "(（"):
            org, org_span = last_org_by_sentence[sentence.start]  # 副主任雷邦元: the body named before
        elif org:
            last_org_by_sentence[sentence.start] = (org, org_span)
        if titles[-1] in _GROUP_TITLES and people and people[0][0] == after and text[after] in "和与及":
            people = []  # 邀请区政府分管领导和发改、经信…负责人: the conjunction after a group's title, not 和 the surname
        for start, end in people:
            name = text[start:end].replace(" ", "")
            if titles[-1] in _GENERIC_STAFF and not _plainly_a_name(name):
                continue  # 工作人员张贴…, 工作人员戴着…: staff doing something; a name there must read as one
            if _role_noun_or_institution(name) or name.endswith("小") and text.startswith("组", end) \
                    or (name[:1] in _FUNCTION_SURNAMES and (word_tag(name[1:]) or "x")[:1] in ("r", "c", "u")) \
                    or (text.startswith(("小组", "代表团", "代表组"), end) and gazetteer().entries.get(name)):
                continue  # (市人大代表翁垟小组: a deputies' group named by its place; 委员和其他同志: 和 + 其他, no name;
                # 全国、省人大代表张家界小组: a group named by a unit's stem, though jieba reads a surname in it)
            if _is_a_place_name(name) and not (byline and _surname_at(name, 0) and (
                    not _PLACE_SUFFIX.search(name) or len(name) == 2
                    or len(name) == 3 and not gazetteer().entries.get(name))) \
                    and not (len(people) > 1 and _surname_led_given_name(name)):
                continue  # 鹿寨县长田村: 县 + 长田村 (a village), not 县长 + 田村; 昌平代表在线: a district
                # (审核:周宁, 记者 范镇, 编审:廖康庄: a credit names a person, whatever county's stem or town's suffix
                # the name spells, unless the gazetteer knows the whole; 副主任杨玉美、董树村、马庆军: so does a list)
            named_titles = tuple(_TITLE_AS_NAMED.get(t, t) for t in titles)
            out.append(OfficialCandidate(start, end, name, before.honours + named_titles, org, org_span, before.term))
    out += _line_credits(text, {(c.start, c.end) for c in out})
    out += _roster_columns(text, {(c.start, c.end) for c in out})
    out += _deputies_by_copula(text, {c.start for c in out})
    out += _deputies_elected_by(text, {c.start for c in out})
    out += _deputies_after_bare_title(text, {c.start for c in out})
    # (a title word ending in 代表, 县人大代表: the chains already read it)
    out += _deputies_named_before_role(text, out, {c.end for c in chains if kinds.get(c.titles[-1]) != "before"})
    out += _function_surname_names_again(text, out)
    out += _deputies_after_an_apposition(text, out)
    out = _names_cut_before_their_last(text, out)
    out = _names_found_whole_elsewhere(text, out)
    # (领导来我县调研: 我 (I, we) is no character of a Chinese personal name; the reader took a clause for one)
    return _one_per_name_span([c for c in out if "我" not in c.name])


_WORD_AFTER_FREQ = 50  # 听完, 提出: the character starts an everyday word with the next one there


def _names_cut_before_their_last(text: str, found: list[OfficialCandidate]) -> list[OfficialCandidate]:
    """黄桂提建言, 黄桂提在…发言, 黄桂提对儋州…: jieba ends a three-character name before a last character that is
    also a verb (提, 发, 听), each time. A page names its person the same way throughout: where the two-character
    name never stands without that character, and the character runs on into different words at two or more
    places (提建…, 提在…), it is the name's own."""
    # (characters that go on with the clause rather than spell a name: 在, 说, 率, 则…)
    clause_goes_on = _FUNCTION_CHARS | _SPEECH_VERBS | _VERB_ENDINGS | _SUBJECT_ADVERBS | _ADVERB_CHARS
    short = {c.name for c in found if len(c.name) == 2 and c.end - c.start == 2 and c.end < len(text)
             and "\u4e00" <= text[c.end] <= "\u9fff" and text[c.end] not in clause_goes_on}
    if not short:
        return found
    ends: dict[str, list[int]] = {}
    for m in regex.finditer("|".join(map(regex.escape, sorted(short))), text):  # one pass for every name
        ends.setdefault(m.group(), []).append(m.end())
    longer: dict[str, str] = {}
    for name, at in ends.items():
        if len(at) < 2 or len({text[e:e + 1] for e in at}) != 1:
            continue  # (张某 alone somewhere: the two characters are the whole name)
        running_on = [e for e in at if word_freq(text[e:e + 2]) < _WORD_AFTER_FREQ]
        if len(running_on) >= 2 and len({text[e + 1:e + 2] for e in running_on}) >= 2:
            longer[name] = text[at[0]]
    return [replace(c, end=c.end + 1, name=c.name + longer[c.name])
            if c.name in longer and c.end - c.start == 2 and text[c.end:c.end + 1] == longer[c.name] else c
            for c in found]


def _names_found_whole_elsewhere(text: str, found: list[OfficialCandidate]) -> list[OfficialCandidate]:
    """孙海存到会 … 副主任孙海|存在分析: a two-character name followed by the character that ends a three-character
    name found elsewhere on the page is that name, cut by jieba's word after it (存在)."""
    whole = {c.name for c in found if len(c.name) == 3 and c.end - c.start == 3}
    return [replace(c, end=c.end + 1, name=c.name + text[c.end])
            if len(c.name) == 2 and c.end - c.start == 2 and c.name + text[c.end:c.end + 1] in whole else c
            for c in found]


def _role_noun_or_institution(name: str) -> bool:
    """负责人任成员, 律师顾问员: a role noun; 街道敬老院院长: an institution (李红院 is a name); 区监委副主任: a level's
    commission (区监委, 县纪委), never a person though 区 is a surname."""
    return name[-1] == "员" or (name[-1] in "院站所馆" and word_freq(name) >= 20) \
        or (name[0] in "省市州县区旗镇乡" and name[-1] == "委")


# a deputy's role, then the comma of apposition and what the person does (县人大代表、种植大户刘玉兰…)
_DEPUTY_APPOSITION = regex.compile(r"人大代表、(?P<what>[\p{Han}]{2,16})")


def _deputies_after_an_apposition(text: str, found: list[OfficialCandidate]) -> list[OfficialCandidate]:
    """区人大代表、侨商谢志远在走访中…, 县人大代表、个体工商户陈国庆资助…: a deputy's role, then what the person does
    for a living (no title the lexicon knows), then the name: the deputy, a name jieba reads as a person's that a
    verb or a stop follows."""
    if not _USE_MODEL.get():
        return []  # the name's boundary is jieba's
    taken = [(c.start, c.end) for c in found]
    out = []
    for m in _DEPUTY_APPOSITION.finditer(text):
        if any(m.start("what") <= s < m.end("what") + 3 for s, _ in taken):
            continue  # (…、村党支部书记刘学智: the chains read it)
        words = _model_words(text[m.start("what"):m.end("what") + 3])
        pos = m.start("what")
        for i, (word, tag) in enumerate(words):
            named = i > 0 and _surname_at(text, pos) and len(word) <= 3 \
                and (tag.startswith("nr") or i + 1 < len(words) and words[i + 1][1].startswith("nr"))
            if named and (span := _name_at(text, pos, False)) is not None \
                    and len(text[span[0]:span[1]].replace(" ", "")) in (2, 3) \
                    and (_follower_at(text, span[1]) or _set_apart(text, span) or text[span[1]:span[1] + 1] in _AFTER_NAME
                         or _first_word(text[span[1]:span[1] + 4])[1][:1] in ("p", "d")
                         # (副场长张利民路过…: a whole name jieba reads after what the person does, then a verb)
                         or tag.startswith("nr") and len(word) == 3 and words[i - 1][0][-1:] in _OCCUPATION_END
                         and _first_word(text[span[1]:span[1] + 4])[1][:1] == "v") \
                    and not _is_a_place_name(text[span[0]:span[1]]) \
                    and not _role_noun_or_institution(text[span[0]:span[1]]) \
                    and "、" not in text[m.start("what"):span[0]]:  # (区人大代表、楼院管委会成员、楼栋长: groups listed)
                out.append(OfficialCandidate(span[0], span[1], text[span[0]:span[1]], ("人大代表",), None))
                break
            if named and tag.startswith("nr") and len(word) == 3:
                break  # (段秋华沿著田埂: a whole name jieba reads ends the apposition, whatever follows it)
            pos += len(word)
    return out


def _function_surname_names_again(text: str, found: list[OfficialCandidate]) -> list[OfficialCandidate]:
    """县人大常委会副主任向城钢… then 向城钢副主任一行…: a name whose surname is also a function word (向, 和, 于) is
    read only where its title introduces it; written again before one of the same titles, it is the same person
    with that role again."""
    taken = [(c.start, c.end) for c in found]
    out = []
    for c in found:
        if len(c.name) != 3 or c.name[0] not in _FUNCTION_SURNAMES or c.name != text[c.start:c.end]:
            continue
        for m in regex.finditer(regex.escape(c.name), text):
            title = next((t for t in c.titles if text.startswith(t, m.end())), None)
            if title is None or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            out.append(OfficialCandidate(m.start(), m.end(), c.name, (title,), None))
    return out


# titles that name a group's leaders or heads rather than an office (县领导, 负责人)
_GROUP_TITLES = ("领导", "负责人", "负责同志")
_RETIRED_JOINED = regex.compile(r"(?:和|及|以及|与)(?:老同志|老干部|老领导)")


def _one_per_name_span(found: list[OfficialCandidate]) -> list[OfficialCandidate]:
    """周文同志当选为扎赉特旗委常委、人民政府副旗长: two chains read the same name; one person, with both titles
    (in the order written), at the first chain's body."""
    by_span: dict[tuple[int, int], OfficialCandidate] = {}
    for c in found:
        first = by_span.get((c.start, c.end))
        if first is None:
            by_span[(c.start, c.end)] = c
        else:
            titles = first.titles + tuple(t for t in c.titles if t not in first.titles)
            if any(t not in _WORDS_AND_PICTURES for t in titles):
                titles = tuple(t for t in titles if t not in _WORDS_AND_PICTURES)  # 记者 文/图 王某: the reporter's
                # credit; the slash only says what the reporter made
            by_span[(c.start, c.end)] = replace(first, titles=titles, org=first.org or c.org,
                                                org_span=first.org_span or c.org_span)
    return list(by_span.values())


# (老杨叫杨盛川,苗族人,身兼…书记: a nickname said first, then the name)
_PROFILE = regex.compile(r"[ \t\u3000]*(?:【[^】\n]{1,8}】[ \t\u3000]*)?"  # (【代表名片】冯某,省人大代表: a card's label)
                         r"(?:[老小]\p{Han}(?:叫|名叫))?(?P<name>\p{Han}{2,4}(?<![讯电]))"
                         r"(?:,|[:：]|[ \t\u3000]+(?=\p{Han}))")
# (吴某:庆元县人大代表、…管理员; 韦某 全国人大代表、…: a card's line, the name then a colon or a space; not a dateline's
# 廉江讯 before its space)


# what may stand in a bracket before the title it holds (镇人大, 县人民政府): a body's name, no clause or list
_BRACKETED_ORG = regex.compile(r"\p{Han}{0,12}")


def _bracket_opened(text: str, pos: int) -> int | None:
    """Just after the bracket that pos stands in, opened within 40 characters before it, else None."""
    start = max(text.rfind("(", max(0, pos - 40), pos), text.rfind("（", max(0, pos - 40), pos))
    if start < 0 or any(c in text[start + 1:pos] for c in ")）\n"):
        return None
    return start + 1


def _profile_name(text: str, sentence_start: int, chain_start: int) -> tuple[int, int] | None:
    """A sentence that opens with a name alone before a comma and goes on to say who the person is
    (`王五星,湖南岳阳人,湖南天欣集团董事长,`): the name, when a title ends one of its first three clauses
    (the caller checks the end; `年中,…县人大代表开展视察` is a clause of action, not a description)."""
    m = _PROFILE.match(text, sentence_start, chain_start)
    if not m or chain_start - m.end() > 40 or text.count(",", m.end(), chain_start) > 2:
        return None
    span = _name_at(text, m.start("name"), allow_space=False)
    return span if span == (m.start("name"), m.end("name")) else None


# the last character of an occupation written after a deputy's role (退休教师, 种植户, 护士长, 负责人, 农民)
_OCCUPATION_END = set("户员师长人者手家主工匠生农民士官记理警授板医的")  # (分管综治工作的孙春祥)


def _set_apart(text: str, span: tuple[int, int]) -> bool:
    """李 晓 燕则…: a name whose characters a copy set apart with spaces; the spaces, not a following word, end it."""
    return " " in text[span[0]:span[1]]


_OCCUPATION_REACH = 26  # an employer and occupation (国能铁路装备公司准格尔车辆维修分公司职工: 21 characters)


def _name_after_occupation(text: str, pos: int) -> tuple[tuple[int, int], str] | None:
    """县人大代表、县医院护士长王丽娟牵头…: an occupation that is no listed title, then the name, then a verb
    or a stop. Listed titles (…合作社理事长刘振东) are left to the chain they make."""
    for k in range(pos + 2, min(len(text), pos + _OCCUPATION_REACH)):
        ch = text[k - 1]
        if ch in _CLAUSE_BREAK or ch in "、 \t":
            return None
        if ch not in _OCCUPATION_END:
            continue
        span = _name_at(text, k, allow_space=False)
        if span and (_follower_at(text, span[1]) or _set_apart(text, span)) \
                and not _is_a_place_name(text[span[0]:span[1]]):
            if any(True for _ in _titles()[2].find_matches_as_indexes(text[pos:span[1]])):
                return None  # (…妇联主席赵芳: a listed title, read by its own chain)
            return span, text[pos:k].removesuffix("的")
    return None


# a sentence that opens with a name and says what the person is (李刚是山西省人大代表, 饶丽是贵州省第十一届人大代表)
# (徐维德是瑞昌市南义镇的人大主席, 耿新恒既是内乡县七里坪乡人大代表,又是…)
_IS_DEPUTY = regex.compile(r"(?:^|(?<=[。!?\n]))[ \t]*(?P<name>\p{Han}{2,4}?)(?:既|也|还)?是(?P<place>\p{Han}{0,12}?)的?"
                           r"(?P<term>第?[一二三四五六七八九十\d]{1,3}届)?(?P<title>全国人大代表|人大代表|人大主席|人大副主席)"
                           rf"(?!{_NOT_A_ROLE_AFTER})")  # (杨龙普还是片区人大代表联络站的常客: no role)


# a sentence that opens with a name (or 乌审旗的 / “90后” before it) and says what the person is, the title closing a
# description (高娃是东胜区一所公办幼儿园的园长,…; 额尔敦是鄂托克旗…嘎查的嘎查达、市人大代表): the first title that ends
# its phrase in the sentence
_IS_DESCRIBED = regex.compile(r"(?:^|(?<=[。!?\n]))[ \t\u3000]*(?:“?\d{2}后”?|\p{Han}{2,8}的)?"
                              r"(?P<name>\p{Han}{2,5}?)(?:既|也|还)?是(?=\p{Han})")
_DESCRIPTION_CHARS = 60
_TITLE_ENDS = regex.compile(r"[、,，;；。]")


def _deputies_by_copula(text: str, seen: set[int]) -> list[OfficialCandidate]:
    out = []
    for m in _IS_DEPUTY.finditer(text):
        start = m.start("name")
        span = _name_at(text, start, allow_space=False)
        if start in seen or span is None or span[1] != m.end("name"):
            continue
        place = (m.start("place"), m.end("place")) if m.group("place") else None
        out.append(OfficialCandidate(start, span[1], m.group("name"), (m.group("title"),), None, place,
                                     m.group("term")))
    taken = seen | {c.start for c in out}
    kinds, _, automaton = _titles()
    for m in _IS_DESCRIBED.finditer(text):
        start = m.start("name")
        span = _name_at(text, start, allow_space=False)
        if start in taken or span is None or span[1] != m.end("name") or _is_a_place_name(m.group("name")):
            continue  # (张岔村是贫困村,…担任第一书记: a village, not a person)
        end = text.find("。", m.end(), m.end() + _DESCRIPTION_CHARS)
        window = text[m.end():end if end >= 0 else m.end() + _DESCRIPTION_CHARS]
        # (a role, never a byline's word: 养鸡棚是…的重要收入来源)
        title = next((window[i:j] for _, i, j in automaton.find_matches_as_indexes(window)
                      if kinds[window[i:j]] == "role" and (_TITLE_ENDS.match(window, j) or j == len(window))), None)
        if title is not None:
            out.append(OfficialCandidate(start, span[1], m.group("name"), (title,), None, None, None))
    return out


# a deputy named right after 代表 that a kind of deputy opens (工人代表王磊建议, 基层代表陈秀蓉说, 侗族代表吴秀英一直):
# a name jieba reads whole, then what follows names (_follower_at) or a subject's adverb (则)
_BARE_DEPUTY = regex.compile(r"(?<=\p{Han})代表(?=\p{Han}{2})")


_KIND_WORD_FREQ = 100


def _deputies_after_bare_title(text: str, seen: set[int]) -> list[OfficialCandidate]:
    out = []
    for m in _BARE_DEPUTY.finditer(text):
        start = m.end()
        if start in seen or (_surname_at(text, m.start() - 1)
                             and word_freq(text[m.start() - 2:m.start()]) < _KIND_WORD_FREQ):
            continue  # (跟着韦代表养兔: a surname and 代表, a deputy called by surname, not a kind of deputy)
        if (listed := _element_name(text, start)) is not None and listed[1] - start >= 4:
            # 门巴族代表格桑德吉至今…: two elements of a Tibetan or Mongolian name, which no surname opens
            out.append(OfficialCandidate(start, listed[1], text[start:listed[1]], ("代表",), None, None, None))
            continue
        if not _surname_at(text, start):
            continue
        word, tag = tagged(text[start:start + 6])[0]
        end = start + len(word)
        if not 2 <= len(word) <= 3 or not tag.startswith("nr") or word_freq(word) >= _KIND_WORD_FREQ \
                or not (_follower_at(text, end) or text[end:end + 1] in _SUBJECT_ADVERBS):
            continue  # (代表智慧, 代表齐全: everyday words jieba's dictionary also lists as names)
        out.append(OfficialCandidate(start, end, word, ("代表",), None, None, None))
    return out


# a deputy named by the unit that elected them (因病去世的代表1名,即由甘谷县选出的王旭红): the genre's notice of
# changes in a congress's deputies
_ELECTED_BY = regex.compile(r"(?:即|系)?由(?P<place>\p{Han}{2,12}?(?:县|区|市|旗|州|镇|乡|选区|部队))选出的(?P<name>\p{Han}{2,4})")


def _deputies_elected_by(text: str, seen: set[int]) -> list[OfficialCandidate]:
    out = []
    for m in _ELECTED_BY.finditer(text):
        start = m.start("name")
        span = _name_at(text, start, allow_space=False)
        if start in seen or span is None or not _follower_at(text, span[1]):
            continue
        out.append(OfficialCandidate(start, span[1], text[start:span[1]], ("代表",), None,
                                     (m.start("place"), m.end("place"))))
    return out


# A deputy's role written after the name whatever comes next (王小明代表脚步稳健, 周磊代表拿出…, 孙建华代表工作室,
# 张发明代表的带动下): the chain pass reads 代表 as a role only before a verb it knows, because 代表 also starts
# words (代表团, 代表性) and is a verb itself (赵某代表镇人大主席团作报告). Here the name must stand on its own: a
# surname and one or two characters that make no everyday word, opening a clause or after a particle or a word.
# (马桥代表组代表陈某: a deputies' group named by its place, 组 after 代表 as 团 and 小组 are)
_ROLE_WORD_AFTER = regex.compile(r"性|团|大会|处|作|队|着|了|们|名额|证|席|人数|联络|之家|家|小组|组|中心|站|点|"
                                 r"室|工(?!作室)|联系[点站室]|中共|[省市县区州镇乡旗]委|\p{Han}{0,4}班子|新任命|新当选|办事处|"
                                 r"我[省市州县区旗镇乡们]|全[省市州县区旗镇乡]|"  # (王某代表我区对考察组表示欢迎: on behalf of)
                                 r"(?:\p{Han}{0,10}?(?:政府|人大|主席团|常委会|党委|党组|委员会|全体|广大|"
                                 r"公司|单位|部门|集团|学校|医院|法院|检察院|村委会|社区|支部|协会|企业|机关))")
_NOT_GIVEN = set("名位个余多年届次级类籍")  # (万名代表, 百位代表, 两届代表: a count; 惠籍代表: an origin)


def _deputies_named_before_role(text: str, found: list[OfficialCandidate], titled: set[int]) -> list[OfficialCandidate]:
    if not _USE_MODEL.get():
        return []  # the name's boundary is jieba's
    taken = [(c.start, c.end) for c in found]
    out = []
    for m in regex.finditer("代表", text):
        pos = m.start()
        if m.end() in titled or _ROLE_WORD_AFTER.match(text, m.end()):
            continue  # (代表工作站, 代表室; not 孙建华代表工作室, the deputy's own room)
        span = _name_right_before(text, pos)
        if span is None and (deng := _DENG.search(text, max(0, pos - 10), pos)) is not None \
                and deng.group().startswith("等") and regex.search(r"[名位人]", deng.group()):
            # 邱兴芬等3名代表提出: the names before 等 and a count of deputies, each a deputy
            for start, end in _names_before_list(text, deng.start()):
                if not any(s < end and start < e for s, e in taken):
                    out.append(OfficialCandidate(start, end, text[start:end], ("代表",), None))
            continue
        if span is None:
            continue
        # 毛红波、高大军、…、刘爱兵代表: a list of names before the role, each a deputy (the chains may have read
        # the last one alone)
        listed = _names_before_list(text, pos) if text[span[0] - 1:span[0]] == "、" else []
        for start, end in listed if span in listed else [span]:
            if not any(s < end and start < e for s, e in taken):
                out.append(OfficialCandidate(start, end, text[start:end], ("代表",), None))
    return out


def _name_right_before(text: str, pos: int) -> tuple[int, int] | None:
    """The surname-led name ending at pos that stands on its own (a stop, a particle or a jieba word boundary
    before it), or a Tibetan or Mongolian name (扎西措姆代表, 巴图孟和代表), or None."""
    if (listed := _element_name_ending_at(text, pos)) is not None:
        return listed, pos
    for length in (3, 2):
        start = pos - length
        if start < 0:
            continue
        name = text[start:pos]
        family = _surname_at(text, start)
        given = name[len(family):] if family else ""
        if not family or not 1 <= len(given) <= 2 or family in _FUNCTION_SURNAMES \
                or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or any(ch in _NOT_GIVEN for ch in given):
            continue
        if any(ch in _FUNCTION_CHARS for ch in given) or given[-1] in _AFTER_NAME or _is_a_place_name(name):
            continue  # 时向代表, 干部和代表, 周湾村代表: a function word or a place, no given name
        words = _model_words(text[start:pos + 2])
        read_as_name = any(w == name and t.startswith("nr") for w, t in words)
        if _function_word_inside(words, len(family)):
            continue  # 须|由代表, 周周|有代表, 年|需代表: a verb or an adverb where the given name would be
        opening = name[:2]
        if not read_as_name and word_freq(name) > 0 or word_freq(opening) > 5:
            continue  # 党员代表, 张贴代表, 周周有代表: an everyday word, or one the surname opens (jieba's
            # dictionary knows a surname and the first character of a given name as no word: 李胜前, 王先云)
        if read_as_name and word_freq(name) >= _EVERYDAY_NR_FREQ:
            continue  # 明星代表: jieba's nr for a common word
        if len(given) == 2 and ((word_tag(given) or "x")[0] in "vdpcrtmqfu"
                                or word_freq(given) > _EVERYDAY_GIVEN_FREQ and not (word_tag(given) or "").startswith("nr")):
            continue  # 时组织代表, 后形成代表: a verb and its object; 占全市代表: an everyday word (全市)
        if start == 0 or text[start - 1] in _STRONG_STOP or _word_ends_at(text, start) \
                or _EXAMPLE_BEFORE.search(text, max(0, start - 2), start):
            return start, pos
    return None


# 再如刘某代表建议…, 又如丁某代表关于…: an example's marker right before the name (jieba may glue 如 to the surname)
_EXAMPLE_BEFORE = regex.compile(r"(?:例如|比如|再如|又如|譬如|如)$")


_EVERYDAY_GIVEN_FREQ = 3000  # 全市 (a word in every report); given names jieba knows (建华 342, 利民 31) are rarer


def _function_word_inside(words, family_len: int) -> bool:
    """Does jieba read a one-character verb, adverb, preposition, conjunction, particle, numeral or pronoun after
    the surname's place (the name's words, then 代表)?"""
    at = 0
    for word, tag in words:
        if at >= family_len and len(word) == 1 and tag[:1] in ("v", "d", "p", "c", "u", "m", "r"):
            return True
        at += len(word)
    return False


def _word_ends_at(text: str, pos: int) -> bool:
    """Does jieba end a word at pos: one of two or more Han characters (学习|申纪兰, 九门村|白建栋) or a particle
    (在|张发明, 为|胡海伦)? Not a number's measure word (2023年|组织: 年 is no surname there)."""
    window_start = max(0, pos - 6)
    end = window_start
    for word, _ in _model_words(text[window_start:pos + 3]):
        end += len(word)
        if end == pos:
            return len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word) or word in _FUNCTION_CHARS
        if end > pos:
            return False
    return False


_PLACE_SUFFIX = regex.compile(r"(?:村|庄|屯|寨|镇|乡|街道|社区)$")
# a village's or township's own body or office right after its name (连山村党支部副书记, 某镇人大主席)
_PLACE_BODY_AHEAD = regex.compile(r"(?:党|村委|居委|村民委员会|人大|人民政府|政府|支部|[副]?(?:主任|书记|主席|镇长|乡长|村长))")


def _is_a_place_name(name: str) -> bool:
    """A village or township by its suffix, or a unit's name or stem in the gazetteer (not a surname-led
    person's name that a county's stem happens to spell)."""
    if "·" in name:
        return False
    if _PLACE_SUFFIX.search(name):
        # (次仁江村: two name elements, the second one 江村, is a person)
        return _element_name(name + "。", 0) != (0, len(name))
    entries = gazetteer().entries.get(name, ())
    if name[-1] in "省市县区旗州盟" and any(e.kind == "full" for e in entries):
        return True  # 只是周村区代表阵地…: a unit's full name, whatever jieba tags it
    return any(e.kind in ("full", "short", "stem") for e in entries) and not (word_tag(name) or "").startswith("nr")


def _surname_led_given_name(name: str) -> bool:
    """董树村 among other names: a surname and a two-character given name that no gazetteer knows as a place."""
    family = _surname_at(name, 0)
    return bool(family) and len(name) - len(family) == 2 and family not in _FUNCTION_SURNAMES \
        and not gazetteer().entries.get(name)


def _name_after_de(text: str, span: tuple[int, int]) -> bool:
    """A title's clause closed by 的, then this span: a name when no dictionary word (代表的初心) and a stop follows
    it, or a surname opens it and its verb follows (作为市人大代表的班小倩把…), with no word running on past it
    (主任的信访工作)."""
    start, end = span
    if word_freq(text[start:end]):
        return False
    return _follower_at(text, end, strong_only=True) or bool(
        _surname_at(text, start) and _follower_at(text, end)
        and not word_freq(text[start:end + 1]) and not word_freq(text[start:end + 2]))


def _names_after(text: str, pos: int) -> list[tuple[int, int]]:
    if text[pos:pos + 2] in ("会议", "会上", "团会") or text[pos - 1:pos + 1] in ("委会", "员会"):
        return []  # (人大常委会依次发言, 村委会, 工作委员会多次: 常委, 村委, 委员 as the start of a body's name, no title)
    if text[pos:pos + 2] in ("家站", "家室"):
        return []  # (人大代表家站点4.8万个, 代表家室站: the deputies' homes and stations, no 家 surname)
    if text.startswith("的", pos):
        return []  # (党委书记的罗力: the particle closes the title's clause; the name after it is read on its own)
    if text.startswith("后", pos):
        return []  # (开通正式会员后可查看, 担任主任后: after becoming it, never the rare surname 后)
    people = []
    if text.startswith("由", pos) and _surname_at(text, pos + 1) and (
            _first_of_list(text, pos + 1) or _name_at(text, pos + 1, allow_space=False)):
        pos += 1  # 执行主席由魏强、王孝琴…担任: who serves is named after 由 (a rare surname, never before a list)
    if text[pos:pos + 1] == "\n" and (broken := _name_at(text, pos + 1, allow_space=False)) \
            and text[broken[1]:broken[1] + 1] not in ("\n", "") and _follower_at(text, broken[1]):
        pos += 1  # 县人大代表⏎白海燕入选…: a copy broke the line between the title and the name, mid-sentence
    span = _name_at(text, pos, allow_space=False)
    listed = _first_of_list(text, pos)
    if listed and (span is None or listed[1] > span[1]):
        span = listed  # 高尚明、李春 (jieba reads 高尚), 贝永和、刘淑佳 (和 is the name's, no conjunction)
    if span and span[1] - span[0] == 2 and text.startswith("和", span[1]) and _SAID_AFTER.match(text, span[1] + 1):
        span = (span[0], span[1] + 1)  # 主任李春和说, 代表张庆和建议: 和 ends the name, for what follows is what the person said
    if span and _NUMBERED_GROUP.match(text, span[1]):
        return []  # 常州市第十七届人大代表武进一组来到…: a numbered group of deputies named by its district, no person
    while span:
        people.append(span)
        sep = _LIST_SEP.match(text, span[1], span[1] + 30)
        if not sep and len(people) >= 2 and (sep := _LOST_LIST_SEP.match(text, span[1], span[1] + 3)) \
                and not ((nxt := _name_at(text, sep.end(), allow_space=False)) and text.startswith("、", nxt[1])):
            sep = None  # (王金安 徐光、李和麟: a copy lost a 、 between two names of a list, and the list goes on)
        if not sep:
            break
        if _ORG_AHEAD.match(text, sep.end()) and not ((nxt := _name_at(text, sep.end(), allow_space=False))
                                                     and _follower_at(text, nxt[1], strong_only=False)
                                                     and not _ORG_AHEAD.search(text, nxt[0], nxt[1])):
            # 区委书记孙群、区人大常委会主任丁和扣: the next item is another body's officer (…、马荣才率人大机关
            # 负责人: a name and its verb, before the body it leads)
            break
        if _OFFICE_AHEAD.match(text, sep.end()):
            break  # 区科技局局长李虎、区人力资源和社会保障局局长熊鹰: the next item is another office's head
        span = _delimited_item(text, sep.end()) or (_long_listed_name(text, sep.end()) if len(people) >= 2 else None) \
            or (_dotted_listed_name(text, sep.end()) if len(people) >= 2 else None) \
            or _name_at(text, sep.end(), allow_space=False) \
            or (_unsurnamed_item(text, sep.end()) or _word_as_listed_name(text, sep.end()) if len(people) >= 2
                else None) or _word_between_names(text, sep.end())
        if span and _PLACE_SUFFIX.search(text[span[0]:span[1]]) and _PLACE_BODY_AHEAD.match(text, span[1]):
            break  # 袁都村党支部书记王承华、连山村党支部副书记史万友: the next item is another village's officer
            # (谢兆村、刘国强: a name ending in 村, with no body of its own after it, stays in the list)
    return people


# the verbs of what a person says (…书记王家富建议,…; 主任李春和说)
_SPEECH_VERBS = r"建议|表示|介绍|认为|指出|强调|告诉"
# what a person says, right after the name (a conjunction 和 before it would join a second person instead)
_SAID_AFTER = regex.compile(rf"(?:说|坦言|{_SPEECH_VERBS})")
# a group numbered after the word read as a name (武进一组, 第二组)
_NUMBERED_GROUP = regex.compile(r"第?[一二三四五六七八九十\d]{1,2}(?:组|小组)")


# a five- or six-character item between two 、 (阿拉腾孟和、敖云格日勒: a Mongolian name written in full)
_LONG_LIST_ITEM = regex.compile(r"\p{Han}{5,6}(?=、)")


def _long_listed_name(text: str, pos: int) -> tuple[int, int] | None:
    """执行主席…宝力道、阿拉腾孟和、曾艳: once two names have opened a list, a five- or six-character item set off
    by 、 with a name after it is one transliterated name, however jieba would cut it (阿拉|腾|孟和), unless a title,
    a body or a group is in it."""
    item = _LONG_LIST_ITEM.match(text, pos)
    if item is None or item.group()[0] in _NOT_A_PERSON_START or _COLLECTIVE_END.search(item.group()):
        return None
    _, _, automaton = _titles()
    if automaton.find_matches_as_indexes(item.group()) or _OFFICE_NAME.search(item.group()):
        return None
    after = item.end() + 1
    return (pos, item.end()) if _delimited_item(text, after) or _name_at(text, after, allow_space=False) else None


# a transliterated name written in full with its dot, between two 、 (达扎·尕让托布旦拉西降措)
_DOTTED_LIST_ITEM = regex.compile(r"\p{Han}{1,8}·\p{Han}{1,14}(?=、)")


def _dotted_listed_name(text: str, pos: int) -> tuple[int, int] | None:
    """执行主席…贺松、达扎·尕让托布旦拉西降措、米建康: once two names have opened a list, an item with a
    transliteration's dot between two 、 is one name, however long, when a name follows it."""
    item = _DOTTED_LIST_ITEM.match(text, pos)
    if item is None:
        return None
    after = item.end() + 1
    return (pos, item.end()) if _delimited_item(text, after) or _name_at(text, after, allow_space=False) else None


def _word_as_listed_name(text: str, pos: int) -> tuple[int, int] | None:
    """刘兴明、任海燕、原理、周寿清: once two names have opened a list, an item between two 、 that a surname opens is
    a name even when it spells an everyday word (原理, 发明)."""
    item = _LIST_ITEM.match(text, pos)
    if item is None or not 2 <= len(item.group()) <= 3 or " " in item.group():
        return None
    family = _surname_at(text, pos)
    return (pos, item.end()) if family and len(family) == 1 and family not in _FUNCTION_SURNAMES else None


# a government office after a list comma (区人力资源和社会保障局局长…): a surname (区) opens no name here
_OFFICE_AHEAD = regex.compile(r"[省市州县区旗镇乡][^\P{Han}、]{1,12}?(?:局|办公室|中心|委员会|院)")
# an item of a list of names that no surname opens (达布希拉图, 问针俊: a rare or transliterated name), read whole
# up to the next 、 or the verb that ends the list
_UNSURNAMED_ITEM = regex.compile(r"\p{Han}{2,6}?(?=、|等|参加|出席|陪同|列席|一同|分别|,|。)")
_NOT_A_PERSON_START = set("县市区镇乡村各全驻省州旗盟有相部其该本我机单一二三四五六七八九十两几每")  # (一盒月饼)
_MONGOLIAN_OPENINGS = set("其")  # (其其格, 其木格: Mongolian names open with 其, a word elsewhere)
_COLLECTIVE_END = regex.compile(r"(?:单位|部门|干部|人员|群众|代表|领导|同志|委员|成员|负责人|等)$")


def _unsurnamed_item(text: str, pos: int) -> tuple[int, int] | None:
    """副主任萨仁托娅、王吉荣、达布希拉图、崔明华参加: once two names have opened a list, an item that no Han
    surname opens is still a name, unless it reads as a body, a group or a common word (县直单位, 机关干部)."""
    item = _UNSURNAMED_ITEM.match(text, pos)
    return (pos, item.end()) if item and _may_be_unsurnamed_name(item.group()) else None


def _may_be_unsurnamed_name(name: str, inside_list: bool = False) -> bool:
    """An item of a list of names that no surname opens reads as a name: no body, group, title, place or
    common word (县直单位, 机关干部, 各乡镇). Deep inside a list of names (two already read after it), an item
    of two or three characters may open with any character (…、徐生明、县毅、许亚军…: 县 is a rare surname)."""
    _, _, automaton = _titles()
    opener = name[0] in _NOT_A_PERSON_START and not (inside_list and len(name) <= 3)
    return not (opener or word_freq(name[:2]) > _EVERYDAY_OPENING_FREQ
                or _COLLECTIVE_END.search(name) or automaton.find_matches_as_indexes(name) or _PLACE_END.search(name))


_UNSURNAMED_BEFORE = regex.compile(r"(?:^|(?<=[、,;:。\n]))\p{Han}{2,6}$")


# (王雅 琼: a web copy pads a name with a space; the list goes on after it)
_LIST_ITEM = regex.compile(r"(?:[\p{Han}·]{2,4}|\p{Han}{1,2} \p{Han}{1,2})(?=、)")


def _delimited_item(text: str, pos: int) -> tuple[int, int] | None:
    """副主任刘纯玉、才让当知、杨树荣 / 唐倩、龚丽君、周海均、余柳: an item with 、 on both sides is one whole name,
    however jieba would cut it (才让当知 has no Han surname; 周海均 is no word jieba knows)."""
    item = _LIST_ITEM.match(text, pos)
    return (pos, item.end()) if item and _credit_name(text, item.group().replace(" ", ""), item.end()) else None


def _first_of_list(text: str, pos: int) -> tuple[int, int] | None:
    """执行主席高尚明、李春、史俊宝…, 副主任贝永和、刘淑佳: the first of a list of names, whole up to its 、, when
    jieba reads it otherwise (高尚 a word, 和 a conjunction) and a surname-led name follows (so that 主任、副主任 or
    代表、委员 name nobody)."""
    family = _surname_at(text, pos)
    first = _delimited_item(text, pos)
    if family in _FUNCTION_SURNAMES and first and first[1] - pos == 3 and _two_names_listed_after(text, first[1]):
        return first  # 副主任谈铁人、马根生、尤泽勇: a function-word surname (谈) opens a name two more names follow
    if family and (family in _FUNCTION_SURNAMES or text[pos + len(family):pos + len(family) + 1] in _AFTER_NAME
                   and not (first and first[1] - pos == 3 and text[pos + len(family)] not in _STRONG_STOP)):
        return None  # (周一新、王灵芝: a three-character item set off by 、 keeps its 一, a word after names elsewhere)
    if not family and not _first_word(text[pos:pos + 4])[1].startswith("nr"):
        return None  # (萨仁托娅、王吉荣: a name with no Han surname, which jieba reads as a person's at its start)
    if first is None or text[first[1]:first[1] + 1] != "、" or not _surname_at(text, first[1] + 1):
        return None
    return first if _delimited_item(text, first[1] + 1) or _name_at(text, first[1] + 1, allow_space=False) else None


def _word_between_names(text: str, pos: int) -> tuple[int, int] | None:
    """主席团成员李亚容、远洋、叶芳、林惠溪: an item of two or three characters set off by 、, with two names listed
    after it, is a name of the list even when it spells a word (远洋) and the list has read only one name so far."""
    item = _LIST_ITEM.match(text, pos)
    if item is None or not 2 <= len(item.group()) <= 3 or " " in item.group() or item.group()[0] in _NOT_A_PERSON_START:
        return None
    return (pos, item.end()) if _two_names_listed_after(text, item.end()) else None


def _two_names_listed_after(text: str, sep: int) -> bool:
    """At sep a 、, then two names set off by 、 (…、马根生、尤泽勇): a list of names goes on."""
    if text[sep:sep + 1] != "、" or not (second := _delimited_item(text, sep + 1)) \
            or not _surname_at(text, sep + 1) or text[second[1]:second[1] + 1] != "、":
        return False
    return bool(_surname_at(text, second[1] + 1) and (_delimited_item(text, second[1] + 1)
                                                      or _name_at(text, second[1] + 1, allow_space=False)))


def _names_then_stop(text: str, pos: int, or_deng: bool = False) -> list[tuple[int, int]]:
    """Names after a title and 为 (执行主席为张英杰、刘艳萍): only a list that ends the clause (or, after 有, ends
    in 等: 县领导有刘殊、戴瑞等), so that 主任为群众办实事 names nobody."""
    people = _names_after(text, pos)
    start = colon.end() if (colon := _ROSTER_COLON.match(text, pos)) else pos
    if not people and _ORDERED_BY_NAME.search(text, max(0, start - 24), start) and _surname_at(text, start) \
            and (item := _LIST_ITEM.match(text, start)):
        # 执行主席是(按姓名笔画排序):方针、申泰州…: the note says names follow, so a first item that is also a
        # word (方针) is the first name
        people = [(start, item.end())] + _names_after(text, item.end() + 1)
    if not people and _surname_at(text, start) and (item := _LIST_ITEM.match(text, start)) \
            and text.startswith("、", item.end()) and len(rest := _names_after(text, item.end() + 1)) >= _NAMES_VOUCH:
        # 执行主席有:边境、阿希格图、卓日格、赵立军…: a surname-led first item that is also a word (边境), followed
        # by a run of names in the same list, is the first name
        people = [(start, item.end())] + rest
    while people and (note := _ORDER_NOTE.match(text, _NOTE_JOINER.match(text, people[-1][1]).end())):
        # 尚斌、欧阳瑞丰(以下按姓氏笔画为序)于大平、王隽: the note on the order, then the list goes on (its first
        # name set off like any listed one, whatever its surname); 陈飞燕,以及(按姓氏笔画排序)王定岩: joined first
        first = _name_at(text, note.end(), allow_space=False) or _first_of_list(text, note.end()) \
            or _delimited_item(text, note.end())
        if first is None:
            break
        people.append(first)
        if sep := _LIST_SEP.match(text, first[1], first[1] + 30):
            people += _names_after(text, sep.end())
    end = text[people[-1][1]:people[-1][1] + 1] if people else ""
    return people if end and (end in _STRONG_STOP or (or_deng and end == "等")) else []


_NAMES_VOUCH = 3  # (names after a first item that vouch for it: a list of people, not 边境、口岸等地)
# a note that the names below are ordered by their strokes or spelling (按姓名笔画排序): whatever follows is names
_ORDERED_BY_NAME = regex.compile(r"[(（](?:以下)?[按以]姓[名氏](?:笔画|笔划|拼音)[^()（）\n]{0,6}[)）][:：]?[ \t]*$")
_ORDER_NOTE = regex.compile(r"[(（](?:以下)?[按以][^()（）\n]{1,10}[)）][ \t]*")
# 和 before an adverb (杨龙和都看在眼里, 李永和也来了): no conjunction, which would join a second name or noun
_AND_THEN_ADVERB = regex.compile(r"和(?:都|也|还|就|又|便|却|总|一直|始终|常常|经常|默默)")
_NOTE_JOINER = regex.compile(r"[,，、]?(?:以及|及|和)?")  # (the chair first, then 以及 the rest in order)


def _roster(text: str, pos: int) -> list[tuple[int, int]]:
    """The names of a roster line, when every token is surname-led (代表:助力发展 尽职履责 is a slogan)."""
    tokens = _credit_tokens(text, pos)
    ok = all((family := _surname_at(text, a)) and family not in _FUNCTION_SURNAMES for a, _ in tokens)
    return tokens if ok else []


def _past_order_note(text: str, pos: int) -> int:
    """Where a note on the names' order at pos ends ((按姓氏笔画为序)), else pos."""
    note = _ORDER_NOTE.match(text, pos)
    return note.end() if note else pos


def _rare_or_a_name(word: str) -> bool:
    """A span that is no everyday word, or one jieba's dictionary holds as a person's name (王秀兰)."""
    return word_freq(word) < 50 or (word_tag(word) or "").startswith("nr")


# the capacity a person acts in, opening the clause the title closes (作为一名扎根基层的市人大代表,)
_IN_THE_CAPACITY_OF = regex.compile(r"(?:^|(?<=[,，;；。:：!?！？\n\s]))作[为爲][^,，;；。:：!?！？\n]{0,30}$")


# a title, a colon, then names set off by spaces on a roster line (副市长:刘义昌  高俊阳  张力新)
_ROSTER_COLON = regex.compile(r"[:：][ \t]*(?=\p{Han})")
# a title, a colon and the order of the names, then roster lines below it (本次大会执行主席是:(以姓名笔画排列))
# (执行主席(按姓名笔划为序) and 人大代表(18名): with the bracket first, a colon or none)
_ROSTER_BELOW = regex.compile(r"(?:是|为|有|名单)?(?:[:：][ \t]*(?:[(（][^()（）\n]{0,12}[)）])?|[(（][^()（）\n]{0,12}[)）][:：]?)"
                              r"[ \t]*\n[ \t\u3000]*(?=\p{Han})")


# a report's signature line: the unit (if any), the title, spaces, then a surname-led name ending the line
_SIGNATURE_NAME = regex.compile(r"[ \t\u3000]{1,6}(?P<name>\p{Han}(?:[ \t\u3000]{0,2}\p{Han}){1,2})"
                                 r"[ \t\u3000]*(?=\n|$)")


def _signed_name(text: str, start: int, after: int) -> tuple[int, int] | None:
    """县人民政府县长  黄家新 on a line of its own under a report's title: the name that signs it."""
    line = line_start(text, start)
    if not _SIGNATURE_UNIT.fullmatch(text, line, start) or not (sig := _SIGNATURE_NAME.match(text, after)):
        return None
    name = regex.sub(r"[ \t\u3000]", "", sig.group("name"))
    family = _surname_at(text, sig.start("name"))
    return sig.span("name") if family and family not in _FUNCTION_SURNAMES and len(name) <= 3 else None


_SIGNATURE_UNIT = regex.compile(r"[ \t\u3000]*\p{Han}{0,16}")  # (only a unit's name before the title on the line)


def _roster_lines(text: str, pos: int) -> list[tuple[int, int]]:
    """The names of the roster lines from pos on, until a line that is not all names."""
    people: list[tuple[int, int]] = []
    while pos < len(text):
        line = _roster(text, pos)
        if not line:
            break
        people += line
        end = text.find("\n", line[-1][1])
        if end < 0 or not text[line[-1][1]:end].strip(" \t\u3000") == "":
            break  # (something after the last name on its line: prose, not a roster)
        pos = end + 1
        while text[pos:pos + 1] in (" ", "\t", "\u3000"):
            pos += 1
    return people
# what introduces a list of names after a title: 为:, 是:, 有: (就座的县领导有:), or a clause ending 的有: (执行主席、在主席台就座的有:)
# (为:, 是:, 有: are the intro words below, read first)
_LIST_INTRO = regex.compile(r"、[^,;。:：\n]{0,12}?的有[:：][ \t]*")
# a word that introduces the names after a title (执行主席为张英杰、刘艳萍; 的是:朱公明…; 还有滕凤臣…)
# (“十大模范人大代表”分别是: the honour's closing quote; 执行主席(按姓名笔画排序)为: a note on the list's order)
_LIST_INTRO_WORD = regex.compile(r"[”\"]?的?(?:[(（][按以][^()（）\n]{1,10}[)）])?"
                              r"(?:未?(?:在主席台|在前排)?(?:前排)?就座[,，](?:他们|她们)?是[:：]|"  # (主席团成员在主席台就座,他们是:)
                              r"中[,，](?:在主席台)?(?:前排)?就座的有[:：]|"  # (执行主席中,在主席台前排就座的有:)
                              r"分别是|分别为|还有|包括|有|是|为|由以下(?:同志|人员)担任|"
                              r"共有?[0-9一二三四五六七八九十]{1,3}(?:人|名|位)(?=[:：])|"  # (执行主席的共有7人:)
                              r"[0-9一二三四五六七八九十]{1,3}(?:人|名|位)[,，](?:他们|她们)(?:分别)?(?:是|为)(?=[:：])|"  # (执行主席13名,他们是:)
                              r"名单(?:[(（][^()（）\n]{0,12}[)）])?(?=[:：]))[:：]?[ \t]*"  # (委员名单(以姓名笔划为序):)
                              rf"(?:{_ORDER_NOTE.pattern}(?!\n))?")
# (他们是:(以下按姓氏笔画为序)王一凡…: the note on the order, then the names; a note before a line break leaves the
# names to the roster lines below)
# a title written in full under its everyday name (当选…第七届人民代表大会代表: a 人大代表, as the genre says)
_TITLE_AS_NAMED = {"代表大会代表": "人大代表"}
_ELECTED_VERB = regex.compile(r"当选为|当选|被任命为|任命为|被推选为|被选举为|被选为|补选为|同为|均为")  # (某某等11人被推选为…;
# 段寿华、周先荣…同为本次全体会议执行主席: the names share the title)
_TO_THE_TITLE = r"[^,;。:!?\n]{0,40}"  # from the verb of election to the title, within one clause
_ELECTED_OR_SERVING = regex.compile(_ELECTED_VERB.pattern + "|(?<=等)担任")
# 贾永胜当选为榆社县…常务委员会副主任 / 杨晓东、田志银当选为…副县长: names open the sentence, then the verb of
# election or appointment and the body, up to the title
# a two-character name a copy padded to three characters' width (李　燕, 刘  勇), as one item of a list
# (or a three-character name with a space after the surname: 胡 春雷以59票当选, 汪 玉琴当选为)
_PADDED_NAME = r"\p{Han}[ \u3000]{1,2}\p{Han}{1,2}"
# a note on a listed person set in brackets after the name (钟某(女), 王某(彝族)): part of the list, no name
_NAME_NOTE = r"(?:[(（](?:女|男|\p{Han}{1,3}族)[)）])"
_ELECTED = regex.compile(rf"[ \t\u3000]*(?P<names>(?:\p{{Han}}{{2,4}}?|{_PADDED_NAME}|\p{{Han}}{{1,6}}·\p{{Han}}{{1,8}}?){_NAME_NOTE}?"
                         rf"(?:、(?:\p{{Han}}{{2,4}}?|{_PADDED_NAME}|\p{{Han}}{{1,6}}·\p{{Han}}{{1,8}}?){_NAME_NOTE}?){{0,19}}"
                         r"(?:和\p{Han}{2,4}?)?)"  # (徐广振、李　燕、颜培军当选为副镇长: a padded name inside the list,
                         # or ending it: 王立峰、沈晓东、汪 强当选为…副镇长)
                         r"(?:同志)?(?:等(?:[0-9一二三四五六七八九十]{1,2}(?:名(?:同志|代表)|人))?)?"  # (李炳仁同志当选为; 黄耀斌…等4名同志)
                         r"(?:共?[0-9一二三四五六七八九十两]{1,2}(?:名|人|位)(?:同志)?)?"  # (木扎塔、兰翔…雍军共8人当选为: the
                         # list's count; 刘鑫、刘海涛两名同志均以全票当选: the same without 共)
                         # (韦峰、郎俊、赵长松、李斌等担任当天大会执行主席: 等 alone closes the list too)
                         # (以全票, 以满票: every vote, no count; 全票当选, 高票当选: the same without 以)
                         r"(?P<votes>(?:同样|均)?(?:(?:以|获得|获|得)(?:[0-9０-９]+票|全票|满票|高票),?(?:高票)?|全票|满票|高票))?"
                         r"(?:依法|顺利|正式|成功|均)?(?:"  # (陈明、王在新依法当选…代表; 吴润玲同志顺利补选为…)
                         + _ELECTED_VERB.pattern + "|(?<=等)担任)"  # (…李斌等担任当天大会执行主席)
                         + _TO_THE_TITLE + "$")


# 会议选举穆兴科为镇人大主席,李玮为镇长,杜渐、马锋为副镇长 / 选举苏虹、孝水2位同志担任副主任: the verb of
# election or appointment, the names, 为 or 担任, the body, the title; later clauses of the same sentence
# (,李玮为镇长) take the verb from the first
# what closes the title an appointment gives (…副局长职务; 关于任命杨某为县人民法院审判员的决定: the decision's name)
_APPOINTMENT_ENDS = ("职务", "的决定")
_APPOINT_VERB = regex.compile(r"选举|补选|推选|推定|推举|任命|决定任命|决定|选出|同意|接受|免去|免除|撤销|确认|表决通过")  # (选出赵显虎任…主任: 任, serve as)
# (同意陈月洪、朱春龙两位同志辞去县人大常委会委员职务: a resignation names the office left, the names' role;
# 免去周玲同志竹山县人民政府副县长职务: so does a removal, the office right after 同志)
_APPOINTED_NAME = rf"(?:[\p{{Han}}·]{{2,12}}?|{_PADDED_NAME})"  # (…、路 鑫为: a name a copy padded with a space)
_APPOINTED = regex.compile(rf"(?P<names>{_APPOINTED_NAME}(?:、{_APPOINTED_NAME}){{0,29}})"
                           r"(?P<count>等?[两二三四五六七八九十\d]{1,3}(?:[位名]同志|[位名人])|等?同志|等(?=辞去))?"
                           r"(?:为|担任|兼任|任|辞去|(?<=同志)|"  # (接受张某等辞去…职务: 等 before a resignation)
                           r"(?<=(?:免去|免除|撤销)[^,;。]{2,12})的|(?<=\n[ \t]*[\p{Han}·]{2,4})的)"  # (免去王强的区人民政府副区长职务; 免去:⏎…;⏎李某的…职务)
                           r"(?P<body>[^,;。:!?\n为]{0,30})$")


_APPOINT_LABEL = regex.compile(r"(?m)^[ \t]*(?:决定|批准)?(?:任命|免去|免职|任免|任职)(?:名单|人员)?[:：][ \t]*$")
_LABEL_REACH = 400  # how far above an appointment line its label may stand (a list of a dozen lines)


def _appointed(text: str, sentence_start: int, chain_start: int) -> tuple[list[tuple[int, int]], int]:
    """The names an election or appointment gives the title that ends the clause, and where the body starts."""
    clause_start = max(text.rfind(ch, sentence_start, chain_start) for ch in ",;") + 1 or sentence_start
    clause_start = max(clause_start, sentence_start)
    # the verb nearest the names first (93601部队选举委员会会议补选孟吉东为…: 补选, not the body's 选举)
    starts = [v.end() for v in _APPOINT_VERB.finditer(text, clause_start, chain_start)][::-1]
    if not starts and clause_start > sentence_start and _APPOINT_VERB.search(text, sentence_start, clause_start):
        starts = [clause_start]
    if not starts and (counted := _APPOINTED.match(text, clause_start, chain_start)) is not None \
            and regex.search(r"[两二三四五六七八九十\d]", counted.group("count") or "") and "、" in counted.group("names") \
            and (people := _listed_names(text, counted)):
        # 根据通过的名单,李某、郭某…等9人为大会主席团常务主席: names listed, counted and made the title, with no verb
        # of election before them: the count says they are the people the title goes to
        return people, counted.start("body")
    if not starts:
        # 任命:⏎杨某为…副县长;⏎何某为…局长;: a label line above a list, one appointment a line
        line = text.rfind("\n", 0, chain_start) + 1
        labels = list(_APPOINT_LABEL.finditer(text, max(0, line - _LABEL_REACH), line))
        if labels and "。" not in text[labels[-1].end():line]:
            starts = [line + len(text[line:chain_start]) - len(text[line:chain_start].lstrip())]
    for names_start in starts:
        while names_start < chain_start and text[names_start] in " \t\n\u3000":
            names_start += 1  # (…;⏎李某的…职务: the clause opens on its line)
        if text.startswith("由", names_start):
            names_start += 1  # 会议决定由蒋某担任县人民政府副县长: 由 introduces the one who serves
        if (sep := text.rfind("、", names_start, chain_start)) > names_start \
                and _titles()[2].find_matches_as_indexes(text[names_start:sep]):
            names_start = sep + 1  # 推举杨某担任代表团团长、刘某担任副团长: each appointment after the 、 names its own
        m = _APPOINTED.match(text, names_start, chain_start)
        people = _listed_names(text, m) if m is not None else []
        if people:
            return people, m.start("body")
    return [], 0


def _elected(text: str, sentence_start: int, chain_start: int) -> tuple[list[tuple[int, int]], int]:
    """The names elected to the title that ends the clause, and where the body after the verb starts."""
    m = _ELECTED.match(text, sentence_start, chain_start)
    for breaks in (",:;", ":;", " \u3000", "对"):
        if m is not None:
            break
        # 宣布了选举结果:卢亮当选为…院长,张兴当选为…: each clause after a colon or comma names its own;
        # …;杨书立获得251票,当选为…副主任: the name before its votes, in the clause before; a headline's parts
        # set off by spaces (…会议胜利召开 洪琳当选县人民政府县长); 并对洪琳同志当选…表示祝贺: the one congratulated
        clause_start = max(text.rfind(ch, sentence_start, chain_start) for ch in breaks) + 1
        m = _ELECTED.match(text, clause_start, chain_start) if clause_start > sentence_start else None
    people = _listed_names(text, m) if m is not None else []
    if not people:
        return _elected_by_votes(text, sentence_start, chain_start)
    verb = _ELECTED_OR_SERVING.search(text, m.end("votes") if m.group("votes") else m.end("names"), m.end())
    return people, verb.end()


# each candidate and their votes, one clause each, before one verb of election for all (马立获得赞成票209票,郑雁获得
# 赞成票207票,…,均获得全体代表过半数的选票,当选为…委员)
_NAME_AND_VOTES = regex.compile(r"(?:^|(?<=[,;:，；：]))(?P<name>\p{Han}{2,4}?)(?:同志)?(?:获得|以)(?:赞成票)?[0-9０-９]+"
                                r"(?:票|(?:\.[0-9]+)?%的得票率)")  # (刘爱民以97.6%的得票率当选镇人大主席)


def _elected_by_votes(text: str, sentence_start: int, chain_start: int) -> tuple[list[tuple[int, int]], int]:
    verbs = list(_ELECTED_VERB.finditer(text, sentence_start, chain_start))
    verb = verbs[-1] if verbs else None
    if verb is None or not regex.fullmatch(_TO_THE_TITLE, text[verb.end():chain_start]):
        return [], 0
    people = []
    for m in _NAME_AND_VOTES.finditer(text, sentence_start, verb.start()):
        span = _name_at(text, m.start("name"), allow_space=False)
        if span is not None and span[1] == m.end("name"):
            people.append(span)
    return (people, verb.end()) if people else ([], 0)


_LONG_LIST = 5  # names in an election's list that make each item of it one name


def _listed_names(text: str, m) -> list[tuple[int, int]]:
    """The spans of the names in group `names` of m (张三、李四), or none unless every item reads as exactly
    one name."""
    people = []
    names = regex.sub(_NAME_NOTE, lambda note: "、" * len(note.group()), m.group("names"))  # (offsets kept)
    parts = list(regex.finditer(rf"{_PADDED_NAME}(?=、|$)|[\p{{Han}}·]+",
                                regex.sub("和(?=\\p{Han}{2,4}$)", "、", names)))
    for part in parts:
        start = m.start("names") + part.start()
        end = m.start("names") + part.end()
        if regex.fullmatch(_PADDED_NAME, part.group()) and _surname_at(text, start):
            people.append((start, end))  # 李　燕: a two-character name padded to three characters' width
            continue
        span = _name_at(text, start, allow_space=False)
        if span is not None and span[1] == end + 1 and text[end] == "为" and end - start >= 2:
            span = (start, end)  # 黄小玲、姚孟|为…副镇长: jieba reads the verb into the last name (姚孟为)
        if (span is None or span[1] < end) and (len(parts) >= 3 or m.groupdict().get("votes")) and 2 <= end - start <= 3 \
                and (family := _surname_at(text, start)) and family not in _FUNCTION_SURNAMES:
            span = (start, end)  # …、孟吉东、高中山、郭晓洁…: in a long list an item is one name (高|中山, not a city;
            # 王金|来为…: not a verb after it); so is the one item before its votes (张就友全票当选: jieba's 就 is no
            # adverb here)
        if span is None and len(parts) >= _LONG_LIST and 2 <= end - start <= 3 \
                and _may_be_unsurnamed_name(part.group(), inside_list=True):
            span = (start, end)  # …石庆芬、耐松、王义新…: deep in a long list, an item no surname opens is a name too
        if span is None or span[1] != end:
            return []
        people.append(span)
    return people


# a body starting here (区人大常委会, 县政府, 镇党委): a list of names has ended
# (never across 和: 郑猛功和市人大常委会委员 is a name, then another body)
_ORG_AHEAD = regex.compile(r"[^\P{Han}和与及]{0,5}?(?:人大|常委会|人民政府|政府|党委|党组|政协|[省市州县区旗镇乡]委)")


# --- press credits -------------------------------------------------------------------------------------------
# Credits are written apart from the prose: `记者:张三`, `(记者 张三 通讯员 李四)`, `■ 本报通讯员 杨 艳 代小河`,
# `文//朝 鲁 郝 飞`, `编 辑: 杨胜万`, `黄慧 摄`. Their names are delimited by spaces, 、 or brackets, so a name is
# a whole token there (钟贤会, 其其格), never cut by jieba; a one-character token followed by another is a
# two-character name with a space inside (施 林).
_HAN_RUN = regex.compile(r"\p{Han}+")
_CREDIT_SEP = regex.compile(r"[ \t]*[、/□][ \t]*(?=\p{Han})|[ \t]+(?=\p{Han})")  # (作者:杨伟平/廖凤江, 记者甲□乙)
_CREDIT_COMMA = regex.compile(r"[,，](?=\p{Han}{2,3}[,，)）])")  # (通讯员:邓某,屈某,王某): short names, comma to comma
# a short credit nested in a labelled one (作者:文图:杨丽娟  苏绍章): the names follow it
_NESTED_CREDIT = regex.compile(r"(?:(?:文/图|图/文)[ \t]*[:：]?|(?:文图|图文)[ \t]*[:：]|(?:文|图)[ \t]*[:：/])[ \t]*")
# (记者 文/图 王晶晶 殷旭, 作者:文/彭志全: the inner label by its slash too)
# a metadata label run into the name before it (作者:陈泽玖来源:…)
_RUN_ON_LABEL = regex.compile(r"(?:来源|责任编辑|责编|编辑|发布|(?:浏览|阅读|点击)(?:数|量|次数)?|审核)(?=[:：])")
_CREDIT_END = regex.compile(rf"(?m)$|[ \t\n)\]】》,;。|/、□\d(（<]|_[A-Z]{{1,4}}\d|(?={_RUN_ON_LABEL.pattern})")  # (<: 审核:张建平</p>,
# markup left in a copied page; 责任编辑:刘洋_NBJ11286: a portal's editor code glued to the name)
_CREDIT_OPEN = "([【[「"
_BULLETS = "□■●◆▲★◇○☆█"  # marks a page sets before a credit line (█ 文/图 甲 乙 丙: a block, too)
_CREDIT_MARKS = _BULLETS + " \t"
# a credit word on a line of its own, its characters spaced out (`编 辑:`), or a one-character credit (`文//`)
_SPACED_CREDIT = regex.compile(r"(?m)(?:^|(?<=[ \t]))[ \t]*(\p{Han})[ \t]+(\p{Han})[ \t]*(?::|[ \t]\|)[ \t]*")  # (编 辑:甲 审 核:乙;
# 编 辑 | 甲, a bar set apart by spaces for the colon)
# a three-character title spaced out at a line's start, as a credit is (主 持 人:某某)
_SPACED_TITLE = regex.compile(r"(?m)^[ \t]*(\p{Han})[ \t]+(\p{Han})[ \t]+(\p{Han})[ \t]*[:：][ \t]*")
_SHORT_CREDIT = regex.compile(rf"(?m)^[ \t{_BULLETS}(（【\[]*" r"(?:(文[ \t]?[/、][ \t]?图|图[ \t]?[/、][ \t]?文)[ \t]*"
                               r"(?:[-—:]{1,2}[ \t]*|(?=[ \t])[ \t]*)"  # (文 / 图 严武科: a copy's spaced slash too)
                               r"|(文图|图文|文|图)[ \t]*(?:/{1,2}|:)[ \t]*)")
# (文/图 谌磊 范昌伟, (文、图 - 周玉微 李义武): both roles, then a space, a dash or a colon)  # (（图文:吕丽萍 焦春宇
# the same inside a metadata line (`来源:某县人大常委会　文//甲 乙　编辑:丙`): after a space, with its //
# 文 李伟光 alone on its line: the short credit set off by a space, the rest of the line its names
# (a two-character name may be padded to three with a space: 文 黄伟忠 杨 慧)
_CREDIT_NAME_TOKEN = r"(?:\p{Han}{2,4}|\p{Han}[ \t]{1,2}\p{Han}(?!\p{Han}))"
_SPACED_SHORT_CREDIT = regex.compile(rf"(?m)^[ \t{_BULLETS}]*(文图|图文|文|图)[ \t]+(?!文图|图文)"
                                     rf"(?={_CREDIT_NAME_TOKEN}(?:[ \t]+{_CREDIT_NAME_TOKEN}){{0,4}}[ \t]*$)")
_INLINE_SHORT_CREDIT = regex.compile(r"(?<=[ \t])(文图|图文|文|图)[ \t]*//[ \t]*|(?<=[ \t][□■])(文图|图文|文|图)[ \t]*/[ \t]*")
# a name, then what it wrote, on a line of its own (黄聂健彪 文/图)
_NAME_THEN_CREDIT = regex.compile(r"(?m)(?:^[ \t]*|(?<=[(（])|(?<=[(（][^()（）\n]{0,24}[ \t]))(?P<name>\p{Han}{2,4})[ \t]+"
                               r"(?P<role>文/图|图/文|文图|图文)[ \t]*(?:$|(?=[)）]))")  # (…办公室 田茂林 文/图)
# a name, a slash, then what the person did, inside a credit bracket or line (孙丹/文 余琛/摄), or after the
# caption it credits (…“睦邻解忧长廊”。赵阳/摄)
_NAME_SLASH_CREDIT = regex.compile(r"(?:(?<=[(（ \t\n。!?])|^)(?P<name>\p{Han}{2,4})[ \t]*/[ \t]*(?P<role>文|摄|图|摄影)"
                                   r"(?=[ \t)）]|$)", regex.M)
# a role written after the name inside a bracket (`(某某工作处 李强 供稿)`)
_ROLE_AFTER_CREDIT = regex.compile(r"(?<=[(【\[][^()【】\[\]\n]{0,30}[ \t])(?P<name>\p{Han}{2,4})[ \t]+"
                                   r"(?P<role>供稿|撰稿|报道|整理)[ \t]*[)】\]]")
# a photo credit: names, a space, 摄, then the end of the line or of a bracket (`黄慧 摄`, `(张三 李四 摄)`)
# a credit word alone on its line and the name alone on the next line with text (编辑\n\n王涛)
_CREDIT_LABEL_ABOVE = regex.compile(r"(?m)^[ \t]*(?P<role>\p{Han}{1,4})[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<name>\p{Han}{2,4})[ \t]*$")
# a photographer's name glued to 摄 after a caption's gap (…改造项目  黄梦萍摄, …投下选票。 刘某摄), in brackets, or
# after the outlet that credits it (…新产品。中国网 董宁摄影), ending its line or bracket
_GLUED_PHOTO_CREDIT = regex.compile(r"(?m)(?:(?<=[ \t\u3000]{2})|(?<=[(（])|(?<=[。!?][ \t\u3000])"
                                    r"|(?<=[。!?]\p{Han}{1,6}(?:网|报|社)[ \t\u3000])"
                                    r"|(?<=[ \t\u3000](?:记者|通讯员)))"  # (…看望人大代表 记者杨某摄: the credit's own word)
                                    r"(?P<name>\p{Han}{2,3})(?P<role>摄影?)(?=[ \t]*(?:$|[)）\]】]))")
_PHOTO_CREDIT = regex.compile(r"(?m)(?:^|(?<=[ \t。!?)(\]】]))((?:\p{Han}{2,4}[ \t]+){1,4})摄影?(?=[ \t]*(?:$|[)\]】]))")


def _name_line_above(text: str, chain_start: int, chain_end: int) -> list[tuple[int, int]]:
    """A signed article's author box: the name on a line of its own, the org and title on the next line
    (`刘振兴\n黑龙江省五常市人大常委会主任\n`)."""
    line_end = text.find("\n", chain_end)
    if text[chain_end:len(text) if line_end < 0 else line_end].strip():
        return []
    line_start = text.rfind("\n", 0, chain_start) + 1
    if line_start == 0 or not _HAN_RUN.fullmatch(text[line_start:chain_start].strip() or "-") and \
            text[line_start:chain_start].strip():
        return []
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, above_end) + 1
    token = text[above_start:above_end].strip(" \t")
    if not _HAN_RUN.fullmatch(token) or not _surname_at(token, 0) or not _credit_name(token, token, len(token)):
        return []
    start = text.index(token, above_start)
    return [(start, start + len(token))]


def _credit_names(text: str, chain_start: int, pos: int) -> list[tuple[int, int]]:
    """Names after a credit title: after a colon; after a space; right after it when the credit opens a
    bracket (`(记者黄婧琪 谢锡权)`). Every name is a delimited token."""
    colon = _BYLINE_COLON.match(text, pos, pos + 6)
    if colon and (below := _NAME_LINE_BELOW.match(text, colon.end())):
        return _credit_tokens(text, below.start("name"))  # 责编:⏎陈亮: a copy set the name on the line below its label
    if colon:
        return _credit_tokens(text, colon.end())
    if (label := _BRACKETED_LABEL.match(text, pos)) and text[chain_start - 1:chain_start] == "【":
        return _credit_tokens(text, label.end())  # 【责编】林 琳, 【校对】黄晓婷: the label in brackets, then the name
    if (bar := _SPACED_BAR.match(text, pos)) and (_alone_on_line(text, chain_start, bar.end()) or _BAR_CREDITS_LINE.fullmatch(
            text, line_start(text, chain_start), line_end(text, chain_start))):
        # 编辑 | 黎 彤 on a line of its own, or credits set in pairs (文字 | 甲  摄影 | 乙) (not a forum's 只看该作者 | 倒序浏览)
        return _credit_tokens(text, bar.end())
    space = _BYLINE_SPACE.match(text, pos, pos + 4)
    if space and not (_VERB_LABEL.fullmatch(text, chain_start, pos) and _HAN_BEFORE.match(text, chain_start - 1)):
        return _credit_tokens(text, space.end())
    if _opens_bracket(text, chain_start) or _next_in_bracket(text, chain_start) \
            or _OUTLET_OPENS_LINE.search(text, max(0, chain_start - 40), chain_start) \
            or _OWN_OUTLET.search(text, max(0, chain_start - 24), chain_start) \
            or _ON_SOURCE_LINE.search(text, max(0, chain_start - 60), chain_start) \
            or _AFTER_AUTHOR_LABEL.search(text, max(0, chain_start - 8), chain_start) \
            or _credits_line(text, chain_start) or _closing_credit(text, chain_start):
        return _credit_tokens(text, pos)
    return []


# …轮训一遍。记者张烨: credits glued after the story's last sentence, closing its paragraph, with no clause of their own
_SENTENCE_END_BEFORE = regex.compile(r"[。!?！？”][ \t\u3000]*$")
_CLOSING_CREDIT_CHARS = 30


def _closing_credit(text: str, chain_start: int) -> bool:
    """(…一遍。记者张烨 通讯员李明: the later credit too, after the first on the same closing run.)"""
    end = line_end(text, chain_start)
    if end - chain_start > _CLOSING_CREDIT_CHARS or _CLAUSE_MARK.search(text, chain_start, end):
        return False
    if _SENTENCE_END_BEFORE.search(text, max(0, chain_start - 4), chain_start) is not None:
        return True
    run_start = max(text.rfind(ch, max(line_start(text, chain_start), chain_start - _CLOSING_CREDIT_CHARS), chain_start)
                    for ch in "。!?！？”")
    run = text[run_start + 1:chain_start].strip(" \t\u3000") if run_start >= 0 else ""
    return bool(run) and _CREDIT_OPENS_LINE.match(run) is not None and not _CLAUSE_MARK.search(run)


# a credit label that is also a verb (统筹, 策划, 制作): glued to the word before it (一站统筹　多点延伸, a heading's
# parallel phrases), it is that phrase's verb, and the words after the space are no one's name
_VERB_LABEL = regex.compile(r"统筹|策划|制作|出品|监制|审核|转载|签发|执笔|撰稿|录入")
_HAN_BEFORE = regex.compile(r"\p{Han}")
# a count of people right after a credited name and 等 (建议人:赵某等12名代表): the first of several
_COUNT_AFTER = regex.compile(r"[0-9０-９一二三四五六七八九十两]+(?:名|人|位)")
_SPACED_BAR = regex.compile(r"[ \t]+\|[ \t]+(?=\p{Han})")
# a line of credits in pairs, each a label, a bar and a name, two spaces apart (文字 | 吴某  摄影 | 张某)
_BAR_CREDITS_LINE = regex.compile(r"[ \t]*\p{Han}{2,4}[ \t]+\|[ \t]+\p{Han}(?:[ \t]?\p{Han}){1,3}"
                                  r"(?:[ \t]{2,}\p{Han}{2,4}[ \t]+\|[ \t]+\p{Han}(?:[ \t]?\p{Han}){1,3}){1,4}[ \t]*")
_BAR_NAME_CHARS = 6


def _alone_on_line(text: str, chain_start: int, name_start: int) -> bool:
    """The credit opens its line and only a name (a few characters) follows the bar."""
    return not text[line_start(text, chain_start):chain_start].strip(_CREDIT_MARKS) \
        and len(text[name_start:line_end(text, name_start)].strip()) <= _BAR_NAME_CHARS


_BRACKETED_LABEL = regex.compile(r"】[ \t]*(?=\p{Han})")  # (not [图片]: a picture's placeholder)
# a source line, then a space before the credit (来源:分宜县融媒体中心 记者袁勤 卢伟斌): the names follow at once;
# the label may follow a date on the same line (2019-12-14 10:19 来源:湛江日报 作者:记者林小军 李亚强 通讯员…)
_ON_SOURCE_LINE = regex.compile(r"(?:^|\n|[ \t])(?:来源|信息来源|稿件来源)[:：][^\n]*[ \t]$")
# the author's label, then the credit it is (作者:记者林小军): the names follow the credit at once
_AFTER_AUTHOR_LABEL = regex.compile(r"(?:作者|署名|撰稿)[ \t]*[:：][ \t]*$")
# a line of credits only: it opens with the credit and holds no clause (记者林小军 李亚强 通讯员欧学雄)
_CREDITS_LINE_CHARS = 40


def _credits_line(text: str, chain_start: int) -> bool:
    start, end = line_start(text, chain_start), line_end(text, chain_start)
    if text[start:chain_start].strip(_CREDIT_MARKS) and not _CREDIT_OPENS_LINE.match(text, start):
        return False  # (…李亚强 通讯员欧学雄: a later credit of a line that opened with one)
    return end - start <= _CREDITS_LINE_CHARS and not _CLAUSE_MARK.search(text, start, end)


_CLAUSE_MARK = regex.compile(r"[,，。;；:：!?！？]")


# the outlet naming itself before a credit (□本报记者王露 本报通讯员胡晓阳): the names follow the title at once
# a dateline's 讯, then any credits before this one (本报讯 记者王露 通讯员…, 衡阳新闻网讯 记者邵俊杰 通讯员…)
_DATELINE_CREDITS = r"(?:讯[ \t]+(?:(?:记者|见习记者|通讯员|特约记者)\p{Han}{2,4}(?:[ \t]+|、))*" \
                    r"(?:\p{Han}{2,8}?(?:日报|晚报|报|新闻网|电视台))?)?"  # (…沈忱、通讯员…)
# (佛山新闻网讯 佛山日报记者黄碧云: the paper the reporter writes for, after another outlet's dateline)
# (本报讯 记者…; another outlet's dateline too: 南都讯 记者张小玲 2月27日)
_OWN_OUTLET = regex.compile(rf"(?:^|(?<=[\n \t/{_BULLETS}(（【\[]))(?:本(?:报|台|网|刊)|\p{{Han}}{{2,8}}(?=讯[ \t])){_DATELINE_CREDITS}$")
# (大江网/赣州头条客户端讯 通讯员郭娟、肖程程报道: a second outlet after a slash, its dateline's 讯)


# what an outlet's name ends with (湛江日报, 天山网, 县融媒)
_OUTLET_END = r"(?:日报|晚报|报社|报|新闻网|网|融媒|电视台|客户端)"
# a credit line that opens with the reporter's outlet (天山网-新疆法治报记者张秀 通讯员 周佳林)
# (新华社记者颜之宏: a news agency, named alone; 文/羊城晚报记者…, 图/…: the credit's kind before the outlet)
_OUTLET_OPENS_LINE = regex.compile(rf"(?:^|\n|(?<=[。!?]))[ \t]*(?:(?:文|图|文图|图文)[ \t]*[/:：][ \t]*)?"
                                   rf"(?:[\p{{Han}}·]{{2,12}}[-—|·][ \t]*)?"
                                   rf"(?:[\p{{Han}}·]{{2,16}}{_OUTLET_END}|新华社|中新社)[ \t]?{_DATELINE_CREDITS}$")
# (…生长的天麻。 中新网 记者石小杰摄: a photo caption's sentence, then the outlet and its reporter, a space between)
# a credit opening its line, after the outlet's own name or another outlet's (本报记者…, 大众网记者李某 通讯员刘某 王某)
_CREDIT_OPENS_LINE = regex.compile(rf"[{regex.escape(_CREDIT_MARKS)}]*(?:本报|本台|本网|\p{{Han}}{{2,8}}?{_OUTLET_END})?"
                                   r"(?:记者|通讯员|特约记者|见习记者)")  # (大众网记者 李某 通讯员 刘某 王某)


def _next_in_bracket(text: str, chain_start: int) -> bool:
    """(记者杨之辉、通讯员彭洪), (记者A 通讯员B): a later credit of the same bracket, after 、 or a space."""
    i = chain_start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == chain_start and text[i - 1:i] != "、":
        return False  # neither a space nor 、 before the credit: not a list of credits
    window = text[max(0, chain_start - 30):chain_start]
    opened = max(window.rfind(ch) for ch in _CREDIT_OPEN)
    return opened >= 0 and not any(ch in window[opened:] for ch in ")）】]\n")


def _opens_bracket(text: str, chain_start: int) -> bool:
    """(记者…, 【通讯员…, 【新天水·天水日报记者…: the credit title right after an opening bracket (spaces and marks
    between, or the outlet the reporter writes for)."""
    i = chain_start
    while i > 0 and text[i - 1] in _CREDIT_MARKS:
        i -= 1
    if i > 0 and text[i - 1] in _CREDIT_OPEN:
        return True
    outlet = _OUTLET_IN_BRACKET.search(text, max(0, chain_start - 20), chain_start)
    return outlet is not None


_OUTLET_IN_BRACKET = regex.compile(rf"[(（【\[][\p{{Han}}·]{{2,16}}{_OUTLET_END}$")


_CREDIT_LABEL_AT = regex.compile(r"\p{Han}{2,4}[ \t]*[:：]")  # (审核:, 通讯员:: the next credit's label; not 审 核:, spaced)
_CREDIT_SUFFIX_CHARS = set("摄文图绘编译")  # (马 婧 摄: the photo credit after a spaced name, no third character)


def _credit_tokens(text: str, pos: int) -> list[tuple[int, int]]:
    people: list[tuple[int, int]] = []
    while True:
        if nested := _NESTED_CREDIT.match(text, pos):
            pos = nested.end()  # (文/李 倩 图/王 磊: each name's own label, the first's and the next's)
        org = _CREDIT_ORG.match(text, pos)
        if org:  # 作者:附城镇人大 吴小燕, 执笔:研究室 王晓峰 代表联络室 刘 婷: the body each writes for, then the name
            pos = org.end()
        run = _HAN_RUN.match(text, pos)
        if not run or _CHROME_TOKEN.match(run.group()):
            break
        if (label := _RUN_ON_LABEL.search(text, pos + 2, pos + 8)) is not None and label.start() < run.end():
            run = _HAN_RUN.match(text[:label.start()], pos)  # 作者:陈泽玖来源:石泉县人大: the next label, set tight
        dotted = _TRANSLITERATED.match(text, pos)
        if dotted and _titles()[2].find_matches_as_indexes(dotted.group()):
            break  # 青海法治报·法眼记者: an outlet and its reporter's title, dotted, not a name
        if dotted and dotted.group().startswith(run.group()):  # 记者 热依拉·买买提 李 娜
            people.append((pos, dotted.end()))
            sep = _CREDIT_SEP.match(text, dotted.end(), dotted.end() + 4)
            if not sep:
                break
            pos = sep.end()
            continue
        reported = False  # the name was set tight before 报道, which ends it (通讯员伍天良报道:1月13日…)
        if run.group() in ("文", "图") and text[pos - 1:pos] == "/":
            pos = run.end()  # 记者 袁帅/文 马健/图: the role the slash gives the name before it, then the next name
            while text[pos:pos + 1] in (" ", "\t", "\u3000"):
                pos += 1
            continue
        if len(run.group()) == 1:  # 施 林, 朝 鲁: a two-character name written with a space
            spaced = _SPACED_GIVEN.match(text, run.end(), run.end() + 4) or (
                _SPACED_TWO_GIVEN.match(text, run.end(), run.end() + 4) if _surname_at(text, pos) else None)
            if not spaced:
                break
            span, name = (pos, spaced.end()), run.group() + spaced.group(1)
            third = _SPACED_GIVEN.match(text, spaced.end(), spaced.end() + 8) if len(spaced.group(1)) == 1 else None
            if third and third.group(1) not in _CREDIT_SUFFIX_CHARS and (
                    not (fourth := _SPACED_IN_PROSE.match(text, third.end()))
                    or fourth.end() - 1 - third.end() > max(spaced.start(1) - run.end(), third.start(1) - spaced.end())
                    or _CREDIT_LABEL_AT.match(text, fourth.end() - 1)):
                # 供稿:王 丽 娜), 孔 祥 云  王 蕾: a three-character name with every character set apart, the next name
                # (if any) set further off, or the next credit's label (黄 子 琪　审核:…); 王 丽 李 娜, evenly spaced:
                # two names, each spaced
                span, name = (pos, third.end()), name + third.group(1)
        else:
            span, name = (pos, run.end()), run.group()
            if name.endswith("摄") and 3 <= len(name) <= 5 and _CREDIT_END.match(text, run.end()):
                span, name = (pos, run.end() - 1), name[:-1]  # 通讯员 胡伟杰摄: the photo credit set tight
            elif name.endswith("报道") and 4 <= len(name) <= 6 and (_CREDIT_END.match(text, run.end())
                                                                   or text.startswith(":", run.end())):
                span, name, reported = (pos, run.end() - 2), name[:-2], True  # 通讯员兴文柯报道: set tight
            elif name.endswith("等") and 3 <= len(name) <= 5 and _COUNT_AFTER.match(text, run.end()):
                span, name, reported = (pos, run.end() - 1), name[:-1], True  # 建议人:赵红等12名代表: the first
                # of several, set tight before 等 and their count
            elif name.endswith(("收藏", "打印", "关闭", "分享")) and 4 <= len(name) <= 6 \
                    and _CREDIT_END.match(text, run.end()):
                span, name, reported = (pos, run.end() - 2), name[:-2], True  # 作者:杨军收藏: a page's button run on
        if not _credit_name(text, name, run.end() if len(run.group()) > 1 else span[1], ended=reported):
            break
        people.append(span)
        sep = _CREDIT_SEP.match(text, span[1], span[1] + 4) or _CREDIT_COMMA.match(text, span[1], span[1] + 6)
        if not sep:
            break
        pos = sep.end()
    return people


# an organisation written before a credited name, set off by a space (附城镇人大, 县融媒体中心, 代表人事工作处)
# the bodies a credit or a signature names before a person (县人大常委会办公室 李某, (某镇人大 李某))
_CREDIT_BODY = "人大|人大常委会|人大工委|工委|人大办|主席团|办公室|工作处|中心|委员会|政府"  # (供稿:镇人大办 张 敏)
_CREDIT_ORG = regex.compile(r"(?:\p{Han}{1,20}?(?:" + _CREDIT_BODY + r")|"
                            r"\p{Han}{4,20}?[处科室局部站]|\p{Han}{2,20}?室)[ \t]+(?=\p{Han}{1,4}(?:$|[ \t\n)\]】,;、]))")
# (a name may end in 科 or 站: 张西科 is no office; an office with a one-character suffix is 5 characters or more)


_OFFICE_NAME = regex.compile(r"^(?:\p{Han}{2,}(?:部|办|局|室|处|中心|委)|\p{Han}+人大)$")  # (作者:昭化人大, 信息来源:区人大)
_OUTLET_NAME = regex.compile(r"(?:发布|融媒|日报|晚报|新闻|网|在线|之声|观察|传媒|头条|频道|台)$|^(?:云上|掌上)")
# (责任编辑:运城频道; 记者陆国庆 麻城台: the station it works for; 作者:云上黄冈: a county's app)


def _given_name_ending_in_tai(name: str) -> bool:
    """王希台: a person whose given name ends in 台, not a station: what stands before 台 is no word or place
    (麻城|台 is a place's station)."""
    return len(name) == 3 and name.endswith("台") and _surname_at(name, 0) is not None \
        and word_freq(name[:2]) == 0 and not (word_tag(name[:2]) or "").startswith("ns")


_EVERYDAY_OPENING_FREQ = 200  # 信誉 (1155), 信息, 诚信; a surname and a given name's first character rarely reach it


def _credit_name(text: str, name: str, end: int, ended: bool = False) -> bool:
    """A delimited token that is a person's name: not a label (`来源:`), no credit or title word inside
    (`见习记者`, `本报记者`), not an everyday word; a surname first, or jieba's person reading, or no
    dictionary word at all (其其格)."""
    if not 2 <= len(name) <= 4 or not ended and not _CREDIT_END.match(text, end):
        return False  # (ended: the credit's own end is known, 伍天良|报道:)
    rest = text[end:end + 3].lstrip(" \t")
    if rest[:1] == ":" and not ended:
        return False
    _, _, automaton = _titles()
    if automaton.find_matches_as_indexes(name) or (_OUTLET_NAME.search(name) and not _given_name_ending_in_tai(name)) \
            or _OFFICE_NAME.search(name):
        return False  # (收集编辑:羚城发布: an outlet credited, not a person; 编辑:宣传部, 作者:县人大办: an office)
    freq = word_freq(name)
    elements = name_elements()
    if any(name[:k] in elements and name[k:] in elements for k in (2, 3)):
        return True  # 记者 洛桑央宗: two name elements (洛桑 is also an everyday word's opening)
    family = _surname_at(name, 0)
    if family and len(name) == 4 and len(family) == 1 and word_freq(name[:2]) > _EVERYDAY_OPENING_FREQ:
        return False  # 信誉度高、信息量大、诚信经营: four characters opening with an everyday word are a phrase
    if family:
        return freq < 1000 or (word_tag(name) or "").startswith("nr")
    if (name[0] in _NOT_A_PERSON_START and name[0] not in _MONGOLIAN_OPENINGS) or _COLLECTIVE_END.search(name):
        return False  # 县直单位, 机关干部: a body or a group listed among names, no surname opening it
    if len(name) == 4 and word_freq(name[:2]) > _EVERYDAY_OPENING_FREQ:
        return False  # 作者:网友投稿, 会议现场: four characters opening with an everyday word, and no surname (南海生 may be one)
    return freq == 0 or (word_tag(name) or "").startswith("nr")


# a body and a name in brackets closing a story, with no role between (annotators read the name as its author)
_SIGNED_BY_BODY = regex.compile(r"[(（]\p{Han}{2,16}?(?:" + _CREDIT_BODY + r")[ \t]+"
                                r"(?P<name>(?!供稿|供图|撰稿|提供|报送)\p{Han}{2,3})[)）]")


# a yearbook's roster line: an office (its letters often spaced out), a colon, the holder and their nationality in
# brackets (旗 委 书 记:张德柱(蒙古族), 旗      长:杜  古(鄂温克族)): the bracket says the name is a person's, with or
# without a Han surname
_ETHNIC_ROSTER = regex.compile(r"(?m)^[ \t\u3000]*(?P<label>\p{Han}(?:[ \t\u3000]*\p{Han}){1,11})[ \t\u3000]*[:：][ \t\u3000]*"
                               r"(?P<name>\p{Han}(?:[ \t]{0,2}\p{Han}){1,5}?)[ \t]*[(（]\p{Han}{1,5}族[)）]")


def _line_credits(text: str, seen: set[tuple[int, int]]) -> list[OfficialCandidate]:
    """Credits the title automaton cannot see: `编 辑:`, `文//`, `黄慧 摄`."""
    kinds = _titles()[0]
    out = []

    def add(spans, title):
        for start, end in spans:
            if (start, end) not in seen:
                seen.add((start, end))
                out.append(OfficialCandidate(start, end, text[start:end].replace(" ", ""), (title,), None))

    line_start = 0
    while line_start >= 0:  # line by line: the patterns start at a line start (a spaced label also after a space)
        head = text[line_start:line_start + 10]
        if ":" not in head and "/" not in head and "、图" not in head and "、文" not in head and " |" not in head:
            line_start = text.find("\n", line_start)
            line_start = line_start + 1 if line_start >= 0 else -1
            continue
        line_end = text.find("\n", line_start)
        for m in _SPACED_CREDIT.finditer(text, line_start, line_end if line_end >= 0 else len(text)):
            if kinds.get(m.group(1) + m.group(2)) == "byline":  # (编 辑:何某 审 核:李 某: each label on the line)
                add(_credit_tokens(text, m.end()), m.group(1) + m.group(2))
        if (m := _SPACED_TITLE.match(text, line_start)) and (title := m.group(1) + m.group(2) + m.group(3)) in kinds:
            add(_credit_tokens(text, m.end()), title)
        m = _SHORT_CREDIT.match(text, line_start)
        if m:
            add(_credit_tokens(text, m.end()), regex.sub(r"[ \t]", "", m.group(1) or m.group(2)))  # (both roles, or one)
        line_start = text.find("\n", line_start)
        line_start = line_start + 1 if line_start >= 0 else -1
    for m in _ETHNIC_ROSTER.finditer(text):  # (旗 委 书 记:张某(蒙古族), 旗人大常委会主任:那木吉拉(鄂温克族))
        label = regex.sub(r"[ \t\u3000]", "", m.group("label"))
        title = next((label[i:] for i in range(len(label)) if kinds.get(label[i:]) not in (None, "byline")), None)
        if title is None:
            continue
        parts = m.group("name").split()
        # (副盟长:王 玉 陈国才(蒙古族): the roster's names set apart by spaces, the bracket the last one's; 杜  古 is
        # one name padded to three)
        start = m.end("name") - len(parts[-1]) if len("".join(parts)) > 3 and len(parts) > 1 else m.start("name")
        add([(start, m.end("name"))], title)
    for m in _SPACED_SHORT_CREDIT.finditer(text):
        add(_credit_tokens(text, m.end()), m.group(1))
    for m in _INLINE_SHORT_CREDIT.finditer(text):
        add(_credit_tokens(text, m.end()), m.group(1) or m.group(2))  # (…现场。 □文/赵联刚 胡越)
    for m in _NAME_THEN_CREDIT.finditer(text):
        if _credit_name(text, m.group("name"), m.end("name")):
            add([(m.start("name"), m.end("name"))], m.group("role"))
    for m in _NAME_SLASH_CREDIT.finditer(text):
        if _credit_name(text, m.group("name"), m.end("name")):
            add([(m.start("name"), m.end("name"))], m.group("role"))
    for m in _CREDIT_LABEL_ABOVE.finditer(text):  # (编辑 / 王涛 / 责编 / 李佳: an app page's credits, a line each)
        if kinds.get(m.group("role")) == "byline" and _credit_name(text, m.group("name"), m.end("name")) \
                and (family := _surname_at(text, m.start("name"))) and family not in _FUNCTION_SURNAMES \
                and m.group("name")[0] not in _NOT_A_PERSON_START:  # (图片 / 镇街动态: a channel, no name)
            add([(m.start("name"), m.end("name"))], m.group("role"))
    for m in _GLUED_PHOTO_CREDIT.finditer(text):  # (…改造项目  黄梦萍摄, （钟尹辰摄）): 摄 glued to the name
        # (…新时代文明实践  延吉摄影: a site's channel named after its city, no photographer)
        if _credit_name(text, m.group("name"), m.end("name"), ended=True) \
                and not any(e.kind in ("full", "short", "stem") for e in gazetteer().entries.get(m.group("name"), ())):
            add([(m.start("name"), m.end("name"))], m.group("role"))
    for m in _SIGNED_BY_BODY.finditer(text):  # (象州镇人大　某某), (某市人大办公室 某某): a closing signature
        start = m.start("name")
        if _surname_at(text, start) and _credit_name(text, m.group("name"), m.end("name"), ended=True):
            add([(start, m.end("name"))], "作者")
    for m in _ROLE_AFTER_CREDIT.finditer(text):  # (某某工作处 李强 供稿): a role written after the name
        start = m.start("name")
        if _credit_name(text, text[start:m.end("name")], m.end("name")):
            add([(start, m.end("name"))], m.group("role"))
    i = text.find("摄")
    while i >= 0:  # 摄 is rare: look back from each one rather than scan the text with a look-behind
        line_start = text.rfind("\n", 0, i) + 1
        line_end = text.find("\n", i)
        pos = max(line_start, i - 24)
        while (m := _PHOTO_CREDIT.search(text, pos, len(text) if line_end < 0 else line_end)) is not None:
            spans = _credit_tokens(text, m.start(1))
            if spans and not text[spans[-1][1]:m.end(1)].strip():  # every token up to 摄 is a name
                add(spans, "摄")
                break
            pos = m.start(1) + 1  # (记者 李婷婷 报道 李超 摄影: the names right before 摄, not the credit before)
        i = text.find("摄", i + 1)
    return out


# a yearbook's roster set in columns: a title (its characters spaced to the column's width: 主  任), then names
# set off by two spaces, a two-character name padded to three (宋  文); lines below, indented, hold more names
# under the same title (        贾体新(女))
_COLUMN_SPACE = "[ \t\u3000]"
_ROSTER_TITLE = regex.compile(rf"{_COLUMN_SPACE}*(?P<title>\p{{Han}}(?:{_COLUMN_SPACE}{{0,4}}\p{{Han}}){{1,5}}?)"
                              rf"(?:{_COLUMN_SPACE}*(?P<colon>[:：]){_COLUMN_SPACE}*|{_COLUMN_SPACE}+)(?=\p{{Han}})")
# a name's cell, with a note on the person (女, 兼, 蒙古族, 11月离任); a name a copy blacked out (***) is skipped
_ROSTER_CELL = regex.compile(r"\p{Han}+(?:[(（](?:女|男|兼|挂职|\p{Han}{1,4}族)?[ \t]?(?:\d{1,2}月\p{Han}{2})?[)）])?|\*{2,}")
_ROSTER_GAP = regex.compile(rf"{_COLUMN_SPACE}*")


def _roster_names(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The names of a roster line's cells, or None when a cell is no name (the line is prose)."""
    cells = []
    pos = start
    while pos < end:
        pos = _ROSTER_GAP.match(text, pos, end).end()
        if pos >= end:
            break
        cell = _ROSTER_CELL.match(text, pos, end)
        if cell is None:
            return None
        if text.startswith("**", pos):
            pos = cell.end()
            continue
        han_end = _HAN_RUN.match(text, pos, end).end()  # (the name, without its (女) or (兼))
        cells.append((pos, han_end))
        pos = cell.end()
    names: list[tuple[int, int]] = []
    k = 0
    while k < len(cells):
        a, b = cells[k]
        if b - a == 1 and k + 1 < len(cells) and cells[k + 1][1] - cells[k + 1][0] == 1:
            names.append((a, cells[k + 1][1]))  # 宋  文: a two-character name padded to the column's width
            k += 2
            continue
        if not 2 <= b - a <= 4:
            return None
        names.append((a, b))
        k += 1
    if not names or any(_surname_at(text, a) is None for a, _ in names):
        return None
    return names


def _roster_columns(text: str, seen: set[tuple[int, int]]) -> list[OfficialCandidate]:
    """主  任  李光耀 / 副主任  宋  文  高天民 / (indented) 贾体新(女): each name with the title its block opened;
    a yearbook's `副书记:常 海(蒙古族) 崔莲姣(女)` then a line of more names is the same block."""
    kinds = _titles()[0]
    out = []
    title, colon = None, False
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        names = None
        head = _ROSTER_TITLE.match(text, line_start, line_end)
        word = regex.sub(_COLUMN_SPACE, "", head.group("title")) if head else None
        if not line.strip():
            pass  # a blank line between a block's lines
        elif word and kinds.get(word) == "role" and (names := _roster_names(text, head.end(), line_end)):
            title, colon = word, bool(head.group("colon"))
        elif title and (line[:1] in " \t\u3000" or colon) and (names := _roster_names(text, line_start, line_end)):
            pass  # an indented line of names under the title above (or any line of names under `书 记:`)
        else:
            title, names = None, None
        for a, b in names or ():
            if (a, b) not in seen:
                seen.add((a, b))
                out.append(OfficialCandidate(a, b, regex.sub(_COLUMN_SPACE, "", text[a:b]), (title,), None))
        line_start = line_end + 1
    return out


_ORDINAL = regex.compile(r"第[一二三四五六七八九十百\d]")


def _name_at(text: str, pos: int, allow_space: bool) -> tuple[int, int] | None:
    """The span of a person's name starting at pos (after any spaces), or None."""
    while text[pos:pos + 1] == " " and text[pos + 1:pos + 2] != "\n":
        pos += 1
    if _inside_quotes(text, pos) and not _inside_speech(text, pos):
        return None  # “人大代表立新功” is a slogan, not a person
    if _ORDINAL.match(text, pos):
        return None  # 人大代表第五小组: an ordinal, not the surname 第
    if text[pos:pos + 1] in _TITLE_WORD_ENDS:
        return None  # 人大主席团多次组织, 代表们依次来到: the title's word goes on (主席团, 代表们); no name starts here
    transliterated = _TRANSLITERATED.match(text, pos)
    if transliterated and not any(ch in _TRANSLIT_CHARS for ch in text[pos:text.index("·", pos)]):
        transliterated = None  # 代表委员谈两会·基层心声: a headline's dot, no transliterated name before it
    if transliterated:  # 叶尔江·哈力木, 买买提·艾力: the part after the last · ends where jieba says
        tail_start = text.rindex("·", pos, transliterated.end()) + 1
        end = tail_start + min(len(_first_word(text[tail_start:tail_start + 8])[0]) or 2,
                               transliterated.end() - tail_start)
        while end - tail_start < 4 and (_third_character(text, end) or (
                text[end:end + 1] in _TRANSLIT_CHARS and _follower_at(text, end + 1))):
            end += 1  # 沙比|提牵头, 托合|提从…: jieba stopped inside the transliterated name
        walked = tail_start + 1
        while walked < transliterated.end() and walked - tail_start < 6 and not _everyday_word_at(text, walked) \
                and text[walked] not in _SUBJECT_ADVERBS - _TRANSLIT_FOLLOWERS and (
                not _follower_at(text, walked)
                or text[walked] in _TRANSLIT_FOLLOWERS and not _follower_at(text, walked + 1)):
            walked += 1  # 吾鲁柯凡·夏合力旦就是…: a transliterated tail runs to the word that follows the name
            # (莫拉力·阿不都满金当选: 都 is the name's, as in 阿不都, not the adverb)
        if walked > end and (walked >= len(text) or _follower_at(text, walked)):
            end = walked
        return pos, end
    listed = _element_name(text, pos)
    if listed:
        return listed
    family = _surname_at(text, pos)
    if family and text[pos + len(family):pos + len(family) + 1] == "副":
        return None  # 镇人大主席任副组长: 任 serves as a deputy (副) head; no given name starts with 副
    if family and len(family) == 1 and (whole := _transliterated_name(text, pos)) and whole[1] - pos >= 4:
        return whole  # 海乌兰图雅, 乌云达来: a Mongolian name whose first character is also a Han surname
    word, tag = _first_word(text[pos:pos + 6])
    if not family:
        # names with no Han surname (斯琴高娃) only when jieba reads a whole person's name here, or when the
        # characters are those of transliterated names (刚特木尔, 其木格) and a verb or a stop follows
        if tag.startswith("nr") and 3 <= len(word) <= 6:
            return pos, pos + len(word)
        return _transliterated_name(text, pos)
    spaced = _SPACED_IN_PROSE.match(text, pos + len(family))
    if spaced and len(family) == 1 and (third := _SPACED_IN_PROSE.match(text, spaced.end())) \
            and spaced.group()[:-1] == third.group()[:-1] and pos > 0 and "\u4e00" <= text[pos - 1] <= "\u9fff" \
            and third.end() < len(text) and not text[third.end()].isspace():
        if _follower_at(text, third.end() - 1) or text[third.end() - 1] in _SUBJECT_ADVERBS \
                or _everyday_word_at(text, third.end() - 1):
            return pos, spaced.end()  # 主任李 斌 介绍, 代表杨 帆 说,: a two-character name set apart, then the verb
            # (董事长张 鹏 关注企业…: an everyday word, 关注, starts after the last space)
        return pos, third.end()  # 教师李 晓 燕则把…, 代表向 红 梅第一个发言: the three characters evenly set apart,
        # tight after the title and tight before the prose that follows (a spaced heading is spaced on both sides)
    if allow_space and (byline := _SPACED_GIVEN.match(text, pos + len(family), pos + len(family) + 3)):
        return pos, byline.end()  # 施 林: one space inside a two-character byline name
    if spaced and len(family) == 1 and family not in _FUNCTION_SURNAMES \
            and (third := _SPACED_IN_PROSE.match(text, spaced.end())) and _follower_at(text, third.end()):
        return pos, third.end()  # 副主任邓 晓 梅说: a copy that set every character of the name apart
    if spaced and len(family) == 1 and family not in _FUNCTION_SURNAMES and (
            _follower_at(text, spaced.end()) or text[spaced.end():spaced.end() + 1] in _SUBJECT_ADVERBS):
        return pos, spaced.end()  # 乡人大主席张 敏介绍, 代表李 梅则提出: a web copy's two-character name padded to three
    if spaced and len(family) == 1 and family not in _FUNCTION_SURNAMES and spaced.group()[:-1] in ("  ", "\u3000"):
        return pos, spaced.end()  # 村党支部书记王  丽正和…: two spaces (or a full-width one) pad a two-character name
    if spaced and len(family) == 1 and family not in _FUNCTION_SURNAMES and spaced.group()[0] == " " \
            and len(spaced.group()) == 2 \
            and "\u4e00" <= text[spaced.end():spaced.end() + 1] <= "\u9fff" and _follower_at(text, spaced.end() + 1):
        return pos, spaced.end() + 1  # 村党支部书记王 建平在…说: a space the copy left after the surname
    if tag.startswith("nr") and word.startswith(family) and len(family) < len(word) <= 4 \
            and not (len(word) == 4 and len(family) == 1 and word_freq(word[:2]) > _EVERYDAY_OPENING_FREQ):
        # (区人大代表应邀出席: jieba's nr for four characters opening with an everyday word, 应邀, is a phrase)
        end = pos + len(word)
        if len(word) == 3 and len(family) == 1 and (word[2] in _VERB_ENDINGS or _progressive_at(text, end - 1)) \
                and not _third_character(text, end - 1):
            end -= 1  # 杨光|率执法检查组, 田巍|得称职票: jieba read the verb after a two-character name into it
        elif len(word) == 3 and len(family) == 1 and (follower := _FOLLOWERS.match(text, end - 1)) \
                and len(follower.group()) >= 2 and not _third_character(text, end - 1) and word_freq(word) == 0:
            end -= 1  # 沈玲|监誓: the two-character verb after the name starts on jieba's third character (not
            # 陈国强|调来: a name jieba's dictionary holds whole keeps its third character)
        if len(word) == 2 and _third_character(text, end):
            end += 1  # jieba stopped at 马志 in 马志强、: the third character is still the name's
        elif len(word) == 2 and _AND_THEN_ADVERB.match(text, end):
            end += 1  # 党委书记杨龙和都看在眼里: 和 before an adverb joins nothing; it ends the name
        elif len(word) == 2 and (last := _SPACED_LAST.match(text, end)) and (
                text[last.end():last.end() + 1] in _LIST_OR_CLAUSE_END or _follower_at(text, last.end())):
            end = last.end()  # 省人大代表高云 虹、, 副主任刘德 华说: a copy set the last character apart
        longer = _transliterated_name(text, pos) if text[end:end + 1] in _TRANSLIT_CHARS else None
        if longer and longer[1] > end:
            return longer  # 巴特|木尔: jieba stopped inside a transliterated name
        walked = end
        while walked < pos + 6 and text[walked:walked + 1] in _TRANSLIT_CHARS:
            walked += 1
        if walked >= end + 2 and _follower_at(text, walked) and word_freq(text[pos:walked]) == 0 \
                and not any(word_freq(text[end:k]) > 50 for k in range(end + 2, walked + 1)):  # (吴惠芳|多次)
            return pos, walked  # 乌云|格日勒带领…: a Mongolian name jieba read only the start of
        if text[end:end + 1] in _TRANSLIT_FOLLOWERS and all(ch in _TRANSLIT_CHARS for ch in word) \
                and not _follower_at(text, end + 1) and not _name_starts_at(text, end + 1):
            return pos, end + 1  # 巴图孟|和长期在牧区: the name's last element (孟和), not a conjunction before a name
        return pos, end
    bounded = _bounded_name(text, pos, family)
    if bounded:
        return bounded
    if tag == "ns" and (len(word) == 3 or len(word) == 2 and text[pos + 2:pos + 3] in _STRONG_STOP
                        and word[-1] not in "省市州县区旗盟镇乡村") \
            and word.startswith(family) and len(family) == 1 and _USE_MODEL.get() \
            and not gazetteer().entries.get(word) and word_freq(word) < 5 and family not in _FUNCTION_SURNAMES:
        # 省人大代表韩木海一开口, 镇党委书记苏东,…: a surname-led word jieba takes for a place no gazetteer knows
        return pos, pos + len(word)
    if family in _FUNCTION_SURNAMES:
        for length in (3, 2):  # 镇人大主席　向红军: set off by spaces, it is a name after all
            if _whitespace_delimited(text, pos, pos + length) and all(
                    "\u4e00" <= ch <= "\u9fff" for ch in text[pos:pos + length]):
                return pos, pos + length
        # 和多名, 全覆盖, 向选民: the character is doing its everyday job, unless a transliterated name starts
        # here (才让当智: 才 is also a surname and a word)
        return _transliterated_name(text, pos)
    if len(word) >= 2 and word != family and not tag.startswith("nr"):
        return None  # an ordinary word starts here: 联络站, 展示, 小组, 会议
    first = text[pos + len(family):pos + len(family) + 1]
    if first in _AFTER_NAME and _given_closed_by_stop(text, pos + len(family)):
        return pos, pos + len(family) + 2  # 秘书长熊开来。, 副主任张开明、: a verb-like first character (开展, 来到)
        # that a stop or a list comma closes two characters on is a given name's start, not the next verb
    if not first or not ("\u4e00" <= first <= "\u9fff") or first in _AFTER_NAME:
        return None
    end = pos + len(family) + 1
    end = end + 1 if _third_character(text, end) else end
    given = text[pos + len(family):end]
    if word == family and tag[:1] in ("m", "q", "t") and len(given) == 2 \
            and word_freq(given) > _EVERYDAY_GIVEN_FREQ and not (word_tag(given) or "").startswith("nr"):
        return None  # 每名代表年活动经费: jieba reads 年 as a time word and 活动 as an everyday word, no given name
    return pos, end


# words that follow a person's name in the genre (出席, 主持, 表示, 带领, 担任…): where one starts, a name ends
_FOLLOWERS = regex.compile(
    r"出席|列席|主持|参加|参与|讲话|致辞|发言|表示|强调|指出|介绍|说|告诉|认为|建议|提出|要求|带领|带来|报到|带队|率队|率|颁发|面向|接受|"
    r"牵头|担任|兼任|是|以及|一行|同志|陪同|得到|获得|荣获|深入|走访|调研|视察|察看|查看|主动|积极|多次|"
    r"亲自|先后|一直|正在|始终|经常|常年|总是|马上|立即|立刻|组织|召集|宣读|通报|汇报|作|就|在|和|与|同|及|等|也|还|都|又|曾|已|将|向|对|为|到|"
    r"监誓|领誓|道谢|致谢|道别|逐项|逐一|逐条|当场|详细|仔细|认真|耐心|专门|评价|关注|举了|举例|"
    r"来|从|代表|联名|领衔|附议|提交|领办|创办|帮|询问|质询|传达|所作|所做|所提|所在|家住|一同|一起|共同|分别|一边|每天|"
    r"把|带着|带头|第一个|当选|入选|希望|呼吁|报道|发来|承诺|应邀|受[^,，。;；\n]{0,24}?委托|则|"
    r"(?:19|20)\d{2}年(?:出生|生人|生)")  # (程学亮代表把…安顿好, 洪长星代表带着医护人员, 汪永杰代表第一个报了名)
# (种养大户谢某则提出, 干部王某1995年出生: 则, the subject's "then", and a birth year follow a name as a verb does)
# (某某代表希望…, 某某代表呼吁…: a deputy's wish or call; 通讯员某某报道: a byline's report; 副委员长某某发来的贺电,
# 经理某某承诺, 主任某某受…委托作报告; 书记王瑞致闭幕词 is jieba's 王瑞致, cut by _VERB_ENDINGS)
# (负责人代强共同为…揭牌: together, as 一同; 乡村医生邹文斌每天上门: every day, what the person does next)
# (党委书记朱婷所在的社区: the place the person is in, as 所提 is what the person raised)
# 作 before the speech or report it makes, 率 before the party it leads (作动员讲话, 作政府工作报告, 率调研组)
_SPEECH_OR_PARTY = regex.compile(r"作了?\p{Han}{0,8}?(?:报告|讲话|发言|说明|总结|部署|汇报|表态|动员)|"
                                 r"率\p{Han}{0,8}?(?:调研组|考察组|检查组|视察组|考察团|代表团|工作组|队|一行)")
# characters that make a longer word of the title before them (主席|团, 代表|们, 代表|团): never a name's first
_TITLE_WORD_ENDS = set("们团")
# what only a person does, right after a name (带领, 率队, 陪同, 表示): never the second of two names joined by 和
_LEADING_ACT = regex.compile(r"带领|带队|率队|陪同|表示|指出|强调|介绍|要求")
_STRONG_STOP = set(",。;:、!?()“”\"《》 \n\t【】[]「」『』")  # (【祥云县代表团】杨志刚代表: a bracketed heading ends before the name)
_CONJUNCTION_FOLLOWERS = ("以及", "一行")
_PRESIDING = regex.compile(r"主持|出席|致辞|讲话|带领|率领|带队"  # what only a person does at a meeting (or leading a party)
                           rf"|(?:{_SPEECH_VERBS})[,，:：]")  # (…书记王家富建议,尽快…: what a person says)
_PRESIDED = regex.compile(r"(?:主持|致辞|讲话|发言|出席|列席)(?=[,;。、\s]|并|$)"  # (not 和主持人, 和出席会议的代表: a person joined by 和)
                          # (县长庞大鹏代表县人民政府作政府工作报告: a report made for a body, as only a person does)
                          r"|(?:代表\p{Han}{0,6}?(?:人民政府|政府|人大常委会|常委会|人民法院|人民检察院))?作了?\p{Han}{0,10}?报告")
# one-character verbs jieba may read into a two-character name before them (杨光率…, 田巍得…)
_VERB_ENDINGS = set("率得说讲称到来去带作致")
_ADVERB_CHARS = set("很难更最太却仍竟颇甚则")  # (陈刚|则建议: then, in turn)
_SUBJECT_ADVERBS = set("则也还就都又便亦")  # adverbs right after a subject (李 梅则提出: then, in turn)
_FUNCTION_CHARS = set("在和与同及等也都还就又将已曾对向为从把被让给是的了着过以")  # (刘颖|以代表身份)
# characters of transliterated Mongolian, Tibetan and Uyghur names (巴特尔, 其木格, 阿拉腾其其格, 次仁卓玛)
def _everyday_word_at(text: str, pos: int) -> bool:
    """古丽娜尔·艾力|关心的是…: an everyday two-character word starts here (关心), so a transliterated name that
    has run this far has ended; a name's own syllables are rare as words (满金, 力旦)."""
    word = text[pos:pos + 2]
    return len(word) == 2 and word_freq(word) >= _EVERYDAY_AFTER_NAME_FREQ and not all(ch in _TRANSLIT_CHARS for ch in word)


_EVERYDAY_AFTER_NAME_FREQ = 1000
_TRANSLIT_FOLLOWERS = set("都和")  # characters that follow names and also spell transliterated ones (巴图孟和, 阿不都)
_SPEECH_VERBS = set("说讲称问答笑道想看听")  # (县长张三说,: the verb after a name, before its comma)
_TRANSLIT_CHARS = set("阿巴达尔图格其木特布赫日乌兰娜仁苏德吉雅斯琴孟和扎那珠拉嘎敖勒音宝力朝鲁额敦毕克沁卓玛"
                      "措旦增央姆次顿丹多罗桑尼才让买提热依汗古丽迪艾江麦腾塔娃哈萨穆沙坤贡觉嘉索朗泽旺洛当智杰"
                      "吐逊云希")  # (吐尔逊, 吐尔洪, 阿不都热逊: Uyghur names' endings; 乌云毕力格: Mongolian 乌云)


def _name_starts_at(text: str, pos: int) -> bool:
    """Does a surname-led name start at pos (巴特和张某: 和 joins two people there)?"""
    return bool(_surname_at(text, pos)) and _name_at(text, pos, allow_space=False) is not None


def _follower_at(text: str, pos: int, strong_only: bool = False) -> bool:
    """Does a name end at pos: a stop, or a word that follows names (a conjunction only with strong_only)?"""
    if pos >= len(text) or text[pos] in _STRONG_STOP:
        return True
    m = _FOLLOWERS.match(text, pos)
    if not m:
        return False
    return m.group() in _CONJUNCTION_FOLLOWERS if strong_only else True


_LEADS = ("率", "带领", "带队")  # a person leading a party (主任石榜帮率部分代表…)


def _bounded_name(text: str, pos: int, family: str) -> tuple[int, int] | None:
    """A surname and a one- or two-character given name that a following verb or stop delimits, when jieba
    reads something else (海东兵出席: 海东 is a place to jieba; 关松发建议; 丁和扣出席). A surname that is
    usually a function word (于洪长是…) needs a given name that is no everyday word (not 于近日)."""
    if not _USE_MODEL.get():
        return None
    start_given = pos + len(family)
    for end in (start_given + 1, start_given + 2):
        given = text[start_given:end]
        if len(given) < end - start_given or not all("\u4e00" <= ch <= "\u9fff" for ch in given):
            return None
        if given.endswith("的"):
            return None  # 主任会议成员督办的,: a particle ends the phrase; no given name ends with 的
        if len(given) == 2 and _FOLLOWERS.fullmatch(given):
            return None  # 请政协委员和列席同志: a verb that follows names (列席) is no given name after a conjunction
        if not _follower_at(text, end) or _FOLLOWERS.match(text, end - 1) and end - 1 > start_given \
                and not text.startswith(_LEADS, end) \
                and not (text[end - 1] in "和与及同" and text[end:end + 1] in _LIST_OR_CLAUSE_END):
            continue
        if len(given) == 1 and len(family) == 1 and _third_character(text, end) \
                and (text.startswith(_LEADS, end + 1) or text[end + 1:end + 2] in _LIST_OR_CLAUSE_END):
            continue  # 主任石榜帮率部分代表, 主席易仁和,: the third character is the name's (率 leads the party after it;
            # a conjunction never stands right before a comma), as _third_character reads it
        if len(given) == 1 and word_freq(given) > 5000 and not _PRESIDING.match(text, end):
            continue  # 家站: a one-character "given name" that is an everyday word on its own (主任龙力主持: a
            # person presides)
        if text.startswith("同志", end) and len(given) == 2 and word_freq(text[pos:end]) == 0:
            return pos, end  # 镇长史学军同志: 同志 after the whole name, whatever word its start makes (史学)
        if word_freq(text[pos:start_given + 1]) > 500 \
                and not (word_tag(text[pos:start_given + 1]) or "").startswith(("nr", "ns")) \
                and not (len(given) == 2 and (_PRESIDED.match(text, end) or _PRESIDING.match(text, end))
                             and word_freq(text[pos:end]) == 0):
            # (副书记高新凤主持, 副主席许家宏出席: three characters no word spells before an act only a person does are a name, whatever
            # word 高新 is)
            return None  # 常年|住在县城: the surname and the next character are an everyday word (王国斌到: 王国 is a
            # place's name to jieba, which a name may start with)
        function_like = family in _FUNCTION_SURNAMES or family in _AFTER_NAME or given[0] in _AFTER_NAME
        read_as_name = any(w == given and t.startswith("nr") for w, t in _model_words(text[pos:end + 2]))
        listed = len(given) == 2 and word_freq(given) == 0 and text[end:end + 1] in ("、", "等") \
            and family not in _FUNCTION_SURNAMES  # (县委书记周代惠、县长庞波: a list's item, 周代 no word there)
        if function_like and not read_as_name and not (_PRESIDING.match(text, end) and family not in _FUNCTION_SURNAMES) \
                and (word_freq(given) > 50 or word_freq(text[pos:end]) > 0
                     or word_freq(text[pos:pos + len(family) + 1]) > 20 and not listed):
            continue  # (院长卢和平出席: a person attends, whatever word the given name makes)
        if word_freq(text[pos:end]) > 50 and not (word_tag(text[pos:end]) or "").startswith("nr"):
            continue  # an everyday word (高度, 全体) is no name
        return pos, end
    return None


def _element_name(text: str, pos: int) -> tuple[int, int] | None:
    """One or two elements of Tibetan or Mongolian names (州人大常委会副主任多吉和…, 自治区人大代表扎西曲珍:, 华旦扎西说,
    副主任那仁满都拉介绍), whole only where a stop or a word that follows names comes next (才让他们…: 才让 is no name
    there)."""
    elements = name_elements()
    best = None
    end = pos
    for count in (1, 2):
        step = next((k for k in (3, 2) if text[end:end + k] in elements), 0)
        if not step:
            break
        end += step
        if _follower_at(text, end) or count == 2:
            best = (pos, end)  # (罗布央宗这样向…介绍, 白玛曲珍问起: two elements are a whole name, whatever follows)
    return best


def _element_name_ending_at(text: str, end: int) -> int | None:
    """Where a Tibetan or Mongolian name of two elements ending at end starts (才让|南加等50名代表, 扎西|措姆代表),
    when it stands on its own: a stop, a particle or a jieba word boundary before it."""
    elements = name_elements()
    for first in (2, 3):
        for second in (2, 3):
            start = end - first - second
            if start >= 0 and text[start:start + first] in elements and text[start + first:end] in elements \
                    and (start == 0 or text[start - 1] in _STRONG_STOP or text[start - 1] in _BEFORE_DEPUTY | _BY
                         or _word_ends_at(text, start)):
                return start
    return None


def _transliterated_name(text: str, pos: int) -> tuple[int, int] | None:
    if not _USE_MODEL.get() or not (text[pos + 1:pos + 2] in _TRANSLIT_CHARS and text[pos + 2:pos + 3] in _TRANSLIT_CHARS) \
            or not "\u4e00" <= text[pos:pos + 1] <= "\u9fff":  # (主任委员。娜仁希望: a name never opens with a stop)
        return None
    for end in range(pos + 3, pos + 7):
        run = text[pos:end]
        if len(run) < end - pos or not all(ch in _TRANSLIT_CHARS for ch in run[1:]):
            return None
        if _follower_at(text, end) and word_freq(run) == 0:
            return pos, end
    return None


def _model_words(window: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and tags (the statistical name model); the rules-only ablation sees none."""
    return tagged(window) if _USE_MODEL.get() else ()


def _first_word(window: str) -> tuple[str, str]:
    return (_model_words(window) or (("", "x"),))[0]


def _whitespace_delimited(text: str, start: int, end: int) -> bool:
    """镇人大主席　向红军: a name set off by spaces after its title and ending the line or clause."""
    return text[start - 1:start] == " " and (end >= len(text) or text[end] in " \n,。;、)")


def _progressive_at(text: str, pos: int) -> bool:
    """正 V 着 (赵昭|正盯着屏幕): the progressive after a name, never its third character (王正 is a name)."""
    return text[pos:pos + 1] == "正" and text[pos + 2:pos + 3] == "着"


def _third_character(text: str, pos: int) -> bool:
    """After a two-character name: is text[pos] the name's third character (马志|强、, 詹国|平等, 易忠|和以及),
    or the next word (周峰|担任, 章科|再平常)?"""
    c3, c4 = text[pos:pos + 1], text[pos + 1:pos + 2]
    if not c3 or not ("\u4e00" <= c3 <= "\u9fff"):
        return False
    if text.startswith("同志", pos + 1) and c3 != "等":
        return True  # 代侃|让同志: 同志 follows the whole name (徐志|等同志: 等 lists the comrades, no name's end)
    if c3 in _ADVERB_CHARS:
        return False  # 刘萍|很是感慨, 王芹|难掩高兴: an adverb, which given names almost never end in
    if _progressive_at(text, pos):
        return False  # 赵昭|正盯着屏幕
    if (word_tag(text[pos:pos + 2]) or "") in ("p", "c") and word_freq(text[pos:pos + 2]) > 1000:
        return False  # 刘蓓|针对居民提出的…: a preposition or conjunction starts here
    if (word_tag(text[pos:pos + 2]) or "") in ("d", "t") and word_freq(text[pos:pos + 2]) > 1000 \
            or word_tag(text[pos:pos + 2]) == "d" and word_freq(text[pos:pos + 2]) > 300:
        return False  # 纪丽|正在果园里, 王芳|就是, 余柳|逐一: an adverb or a time word starts here
    follower_here = _FOLLOWERS.match(text, pos)
    if follower_here and len(follower_here.group()) >= 2:
        return False  # 周峰|担任
    if _SPEECH_OR_PARTY.match(text, pos):
        return False  # 伍晓|作动员讲话, 罗梅|率调研组: 作 a speech, 率 a party (the verbs, not a third character)
    if word_tag(text[pos:pos + 2]) == "v" and word_freq(text[pos:pos + 2]) > 1000 and c4 != "为":
        return False  # 李芹|打开手机, 楼扬|面对国徽, 张鹏|拿出现金: a common verb starts here, as jieba read it
        # (苗润成|为绥滨县人民法院院长: an appointment list's 为 follows the whole name, so 成为 is no verb there)
    if c3 in _AFTER_NAME and c4 in ("", "\n") and text[pos - 3:pos - 2] in (" ", "\u3000", "\t"):
        return True  # 常务副县长 王大为 on a signature line of its own: nothing follows the name to be a verb
    if c3 == "等":
        return False  # 副巡视员张杰|等一行来到: 等 closes the names listed, never ends a given name
    if c3 in _AFTER_NAME:
        if c3 in "和与及同" and c4 in "、,;。)），；\n…!?！？":
            return True  # 周树|和,县法院院长…: a conjunction never stands right before a comma or a line's end (访市人大
            # 代表齐玉|和 / 齐玉|和……); a name's end does
        if c3 in "和与及同" and c4 == "在" and word_freq(text[pos + 1:pos + 3]) < 100 \
                and _follower_at(text, pos + 1):
            return True  # 副市长林振|和在会上要求: a conjunction never stands before 在 and its place (和在场的代表: 在场
            # is a word, those present)
        if c3 in "和与及同" and (_PRESIDED.match(text, pos + 1) or _LEADING_ACT.match(text, pos + 1)):
            return True  # 康正|和主持, 顾大|同讲话, 郭新|和带领, 王清|和出席。: a conjunction joins names, never a name to
            # an act
        if _closes_name(c3, c4) and c3 not in _FUNCTION_CHARS and c3 not in _SPEECH_VERBS:
            return True  # 县政协主席朱展|发,: a verb never stands alone right before a list comma; a name's end does
        if _follower_at(text, pos + 1, strong_only=True) and c4 not in _STRONG_STOP:
            return True  # 易忠|和以及
        if c4 == "说" and c3 not in _FUNCTION_CHARS and not word_freq(c3 + c4):
            return True  # 谢荣|发说: 说 follows the whole name; 发说 is no word (王芳|也说: 也 is the adverb)
        # 沙比|提牵头: a character that can follow a name, but a verb follows it and it forms no word with it
        follower_next = _FOLLOWERS.match(text, pos + 1)
        return (c3 not in _FUNCTION_CHARS and follower_next is not None and len(follower_next.group()) >= 2
                and len(_first_word(text[pos:pos + 4])[0]) == 1)
    if c4 and c4 not in _STRONG_STOP and _FOLLOWERS.match(text, pos + 1):
        return True  # 孙国庆|作交流发言, 沙比提|牵头
    if c4 == "各" and _FOLLOWERS.match(text, pos + 2):
        return True  # 副主任徐国强、沈文华|各牵头2件: each of the people listed, then what each does
    if c4 == ":" and c3 in _SPEECH_VERBS:
        return False  # 县长王刚|道:要…: a verb of saying before its colon
    if c4 and _closes_name(c3, c4):
        return True  # 李铁刚、张立明: an adverb (刚) never stands right before a list comma; a name's end does
    word, tag = _first_word(text[pos:pos + 4])
    if len(word) <= 1 and tag[:1] in ("d", "p", "c", "u", "r", "y"):
        return False  # 章科|再平常: an adverb or particle, not a name character
    if len(word) == 2 and tag.startswith("nr"):
        return True  # 刘国|庆自正月…: jieba reads 庆自 as a name's fragment, so no everyday word starts at 庆
    return len(word) <= 1 or c4 in _AFTER_NAME


def _given_closed_by_stop(text: str, start: int) -> bool:
    """Two characters at start that a stop or list comma closes, neither a function word, together no act a person
    does after a name (讲话, 主持)."""
    given, c4 = text[start:start + 2], text[start + 2:start + 3]
    return len(given) == 2 and all("\u4e00" <= ch <= "\u9fff" and ch not in _FUNCTION_CHARS for ch in given) \
        and _closes_name(given[1], c4) and not _FOLLOWERS.fullmatch(given)


def _closes_name(c3: str, c4: str) -> bool:
    """Does c4 close a name whose third character is c3: a list comma or bracket, the sentence's or the line's end
    (程明|发。, 程明|发⏎) or a headline's colon (代表刘初|开:), except after 作, whose line a copy broke inside 作…报告
    (主席缪晶|作⏎《报告》), and except a verb of saying before a colon (县长王刚|道:)?"""
    return c4 in "、,;)）" or (c4 in "。\n" and c3 != "作") or (c4 == ":" and c3 not in _SPEECH_VERBS)


def _inside_quotes(text: str, pos: int) -> bool:
    start = line_start(text, pos)
    return count(text, "“", start, pos) > count(text, "”", start, pos)


def _inside_speech(text: str, pos: int) -> bool:
    """“厂子能顺顺当当开起来、越干越红火,多亏了县人大代表叶祥友。”: a quotation that runs past a comma or a stop before
    pos is someone's speech, where a deputy is named as anywhere else (a slogan is short and has none)."""
    opened = text.rfind("“", line_start(text, pos), pos)
    return opened >= 0 and pos - opened > 12 and any(ch in text[opened:pos] for ch in ",，;；!！?？")
    # (a slogan's 、 is no clause mark: “建设现代化新保定、人大代表立新功”)


def _surname_at(text: str, pos: int) -> str | None:
    names = surnames()
    two = text[pos:pos + 2]
    if len(two) == 2 and two in names:
        return two
    one = text[pos:pos + 1]
    return one if one in names else None


# names, then the office they serve in (巩文生、杨晓兵作为大会执行主席, 张三担任组长)
_IN_CAPACITY = regex.compile(r"的?身份")  # (…以TITLE的身份主持: the name stands before 以, the body after it)
_IN_CAPACITY_OF = regex.compile(r"以[^,;。:\d\s]{0,18}$")
# (…刘严冰担任本次大会执行主席; 作为本次全体会议执行主席; 李环凤任组长: a name, then 任, serves as; not 责任领导,
# 兼任理事长, 新任镇长, where 任 ends another word)
_SERVING_AS = regex.compile(r"(?:作为|担任|(?<=\p{Han})(?<![责兼新现曾继出担主信委赴就历连留改升调原前首离])任(?:临时)?)"
                            r"(?:本次|本届)?(?:大会|会议|(?:第[一二三四五六七八九十\d]{1,2}次)?全体会议)?$")
_DENG = regex.compile(r"(?:等共?(?:[\d一二两三四五六七八九十]{1,3}(?:余|多)?(?:名|位|人)|多(?:名|位))?|(?<=\p{Han})[两二三四五六七八九十]位)"
                      r"(?:基层|各级)?(?:(?:本次|此次|这次)?(?:大会|会议)|[省市州县区镇乡](?:、?[省市州县区镇乡])*(?:两级|三级)?)?$")
# (…等大会执行主席, …等本次大会执行主席; 田春华等72名市人大代表; 申保林、胡占锋两位副主任; 鲁霞霞…等3名县、镇人大代表 or 县镇人大代表;
# …等5名基层市人大代表)
# a list of names closed by its count, with no 等 (武跃军、黎地、杨志健3名区人大代表)
_COUNT_AFTER_NAMES = regex.compile(r"(?<=[^\P{Han}和与及])[0-9]{1,2}(?:名|位)(?:\p{Han}{1,8}?[省市州盟县区旗](?=第))?"
                                r"(?:第?[一二三四五六七八九十]{1,3}届)?[省市州县区镇乡]?$")  # (…殷宝库和22名委员: others)


def _name_before(text: str, pos: int, surname_rule: bool = False) -> list[tuple[int, int]]:
    """双喜主任, 习近平总书记, 吉炳轩副委员长: jieba's last word before the title, when it is a person's name;
    a list before 等 (安建军等代表, 张三、李四等15名同志): the names by their surnames and the 、 between.
    With surname_rule (代表, which also starts 代表建议 or ends 各位代表) only a surname-led name is read."""
    deng = _DENG.search(text, max(0, pos - 6), pos) or _DENG_BODY.search(text, max(0, pos - 16), pos) \
        or (text.startswith("领导", pos) and _DENG_LEADERS.search(text, max(0, pos - 40), pos)) \
        or _deng_named_unit(text, pos)
    if deng:
        return _names_before_list(text, deng.start())
    window = text[max(0, pos - 6):pos]
    tokens = _model_words(window)
    if not tokens:
        return []
    word, tag = tokens[-1]
    if len(tokens) >= 2 and tag.startswith("nr") and len(word) <= 2 and tokens[-2][1].startswith("nr") \
            and len(tokens[-2][0]) == 1 \
            and _surname_at(text, pos - len(word) - 1) == tokens[-2][0]:
        word = tokens[-2][0] + word  # 陈|秀英代表: jieba split the surname off
    elif len(tokens) >= 2 and len(word) == 2 and len(tokens[-2][0]) == 1 and tokens[-2][1].startswith("nr") \
            and _surname_at(text, pos - 3) == tokens[-2][0] and word_freq(tokens[-2][0] + word) == 0 \
            and (_name_start(text, pos - 3) or text[pos - 4:pos - 3] in _BY):
        word, tag = tokens[-2][0] + word, "nr"  # 由董|爱民主任领衔: a surname, then a given name jieba reads as a word
    elif _surname_jieba_missed(text, pos, tokens):
        word, tag = tokens[-2][0] + word, "nr"  # 。何|建元主任强调, 刘|威龙副主任: jieba tags the surname r or zg
    elif len(tokens) >= 2 and len(word) == 1 and tag == "v" and word not in "在是说讲到给让" \
            and len(tokens[-2][0]) == 2 and tokens[-2][1].startswith("nr") \
            and _surname_at(text, pos - 3) and word_freq(tokens[-2][0] + word) == 0 \
            and (_name_start(text, pos - 3) or text[pos - 4:pos - 3] in _BY):
        word, tag = tokens[-2][0] + word, "nr"  # ,吴信|发主席提出: jieba read the name's last character as a verb
    if 2 <= len(word) <= 3 and tag.startswith("nr") and word_freq(word) < _EVERYDAY_NR_FREQ \
            and not (_inside_quotes(text, pos - len(word)) and "”" in text[pos:pos + 4]):
        start = pos - len(word)  # (“明星代表”评选: 明星 is a star, jieba's nr notwithstanding)
        if surname_rule and not (_surname_at(text, start) and (_name_start(text, start) or text[start - 1:start] in _BEFORE_DEPUTY
                                                                or _ENUMERATOR.search(text, max(0, start - 3), start)
                                                                or text.endswith(_DELEGATIONS, 0, start))):
            # (商州代表团杨爱文代表提出的: a delegation opens the name as a clause would)
            return []
        if len(word) == 2 and text[start - 1:start] in (" ", "\u3000") \
                and len(_surname_at(text, start - 2) or "") == 1 and _name_start(text, start - 2):
            return [(start - 2, pos)]  # 李 石文代表说: a copy's space after the surname, the given name before the title
        return [(pos - len(word), pos)]
    if surname_rule and _DEPUTY_ACT.match(text, pos + 2):
        return _split_name_before(text, pos)
    if surname_rule and text[pos + 2:pos + 3] in (":", "："):
        # ◆ 曾建国代表:守好农村群众健康的"第一道关": a deputy heading the part of a feature that is theirs
        return [span for span in _split_name_before(text, pos) if _LINE_LEAD.search(text, max(0, span[0] - 4), span[0])]
    return []


# what may stand on a line before a name that heads it (◆ , ■, a bullet and its space)
_LINE_LEAD = regex.compile(rf"(?:^|\n)[ \t\u3000{_BULLETS}]*$")


def _deng_named_unit(text: str, pos: int):
    """…曾建华等衡阳市领导: 等, then the unit by its name, its kind the title's first character (市|领导)."""
    m = _DENG_UNIT.search(text, max(0, pos - 9), pos)
    if m is None or text[pos:pos + 1] not in _UNIT_KINDS or not text.startswith("领导", pos + 1):
        return None
    name = text[m.start("unit"):pos + 1]
    return m if any(e.kind == "full" for e in gazetteer().entries.get(name, ())) else None


_DENG_UNIT = regex.compile(r"等(?P<unit>\p{Han}{1,8}?)$")
_UNIT_KINDS = set("省市州盟县区旗")
# 俞大军、蔡和斌…等市人大常委会领导: the list, 等, then the body whose leaders or officers they are
_DENG_BODY = regex.compile(r"等[\p{Han}]{0,8}?(?:人大常委会|常委会|人民政府|政府|党委|政协|人大)$")
# the bodies the listed leaders come from, between 等 and 领导 (…、吴泽群等市委、市政府、市政协在家的领导)
_DENG_LEADERS = regex.compile(r"等(?:[\p{Han}]{1,10}、){1,5}[\p{Han}]{1,10}?(?:在家|在职)?的?$")
# a particle or conjunction right before a deputy's name (…的周其明代表, 与周雪芳代表): the name's boundary
_BEFORE_DEPUTY = set("的与和同及跟是由对")  # (靠的是黎洪欢代表提的那条建议; 由X代表领衔提出, 针对X代表提出的)
_BY = set("由请经如")  # (由董爱民主任领衔督办, 请张三主任讲话): a preposition right before a name and its title
# (又如施春华代表提出的…: 如 gives an example, and the example is the named deputy)


_GIVEN_NAME_RARE_FREQ = 50  # 建元 (nz), 威龙: a given name is a rare word; 主任 after 全体, 各位 are everyday ones


def _surname_jieba_missed(text: str, pos: int, tokens) -> bool:
    """A line or clause opens with a surname jieba did not read as one (何 a pronoun, 刘 a character, 莫 an
    adverb) and a two-character given name, right before a title: the three characters are the name. Only a
    surname that is not mostly a function word, at the start of a clause or after 由/请/经."""
    word, tag = tokens[-1]
    one = tokens[-2][0] if len(tokens) >= 2 else ""
    start = pos - 3
    if len(word) != 2 or len(one) != 1 or one in _FUNCTION_SURNAMES or _surname_at(text, start) != one:
        return False
    if not (_name_start(text, start) or text[start - 1:start] in _BY):
        return False
    return tag.startswith("nr") or tag == "nz" or word_freq(word) < _GIVEN_NAME_RARE_FREQ


def _split_name_before(text: str, pos: int) -> list[tuple[int, int]]:
    """,陈文章代表提出的《…》, 其中,郭红军代表提出: a three-character name that opens its clause, led by a
    surname, which jieba read as a surname and a word (陈|文章, 郭|红军); only before 代表 and a deputy's act."""
    start = pos - 3
    name = text[start:pos]
    if start < 0 or not (_name_start(text, start) or text[start - 1:start] == "的") \
            or not all("\u4e00" <= ch <= "\u9fff" for ch in name) \
            or name[-1] in "了着过向对为给跟团":
        return []  # (,宣布了代表提出…的截止时间: a verb and its aspect particle, no name; 李虎向代表介绍: a
        # preposition before 代表; 梅州团代表: a delegation's)
    surname = _surname_at(text, start)
    if surname is None or len(surname) != 1 or surname in _FUNCTION_SURNAMES or word_freq(name) >= 5 \
            or word_tag(name) not in (None, "nr"):
        return []
    if word_freq(name[:2]) > _EVERYDAY_OPENING_FREQ and (word_tag(name[:2]) or "")[:1] in ("v", "d", "p", "c"):
        return []  # 谈起写代表建议, 陆续对代表…: a verb or adverb opens the clause (周家斌: 周家 is a noun), no name
    return [(start, pos)]


_EVERYDAY_NR_FREQ = 2000  # 明星 (2130) is tagged nr; given names jieba knows (双喜 725) are rarer


# the title's holders among whom a list is counted (十一届全国人大代表中,我市共有郭甲、刘乙、…7位)
_AMONG_THEM = regex.compile(r"中[,，]?\p{Han}{0,4}?(?:共有|有|包括)[:：]?")
_LIST_THEN_COUNT = regex.compile(r"[\p{Han}、·]{5,120}?(?P<count>[0-9]{1,3}(?:名|位|人))")
# a delegation right before the first name of its people (晋宁区代表团郎佳等13名代表): the list starts there
_DELEGATIONS = ("代表团", "代表组")


def _name_start(text: str, pos: int) -> bool:
    """A name may start here: the start of a clause, a list or a line (not the middle of a phrase)."""
    # (［图］胡彩萍代表; ■孙某某代表:…, a bullet set tight before the name that heads its line)
    return pos == 0 or text[pos - 1] in _CLAUSE_BREAK or text[pos - 1] in "、 \t]】］" or text[pos - 1] in _BULLETS


_WITH_BEFORE_NAME = ("与", "同", "跟", "由", "经", "如", "对", "将", "把")  # (由秦传安等48名代表提出: 由 names the proposers;
# 经陈文积等代表提出建议后; 比如笪崇军、方静代表提出的: 如 gives the example; 针对王某等12名代表提出的建议: 对;
# 建议将汪立新等13名代表提出的议案列为…: 将 and 把 take what they proposed as their object)


def _names_before_list(text: str, end: int) -> list[tuple[int, int]]:
    """张三、李四等: names of two or three characters, each starting with a surname and delimited by 、 or
    a clause start (or 和 after a pronoun: 由我和杨青鸿、王宏忠等), read backwards from 等. A member that is
    also an everyday word (郑重) counts when a name stands before it in the list."""
    people: list[tuple[int, int]] = []
    while True:
        found = None
        for length in (3, 2, 4):
            start = end - length
            if start < 0 or not all("\u4e00" <= ch <= "\u9fff" for ch in text[start:end]):
                continue
            if length == 3 and not people and text[start] in _WITH_BEFORE_NAME and text[start] in _FUNCTION_SURNAMES \
                    and _surname_at(text, start + 1) and text[start + 1] not in _FUNCTION_SURNAMES:
                continue  # 由吴斌等11名代表: the preposition before a two-character name, not a surname (由 is one)
            if people and "\u4e00" <= text[start - 1:start] <= "\u9fff" \
                    and (opened := text.rfind("、", max(0, end - 5), start)) >= 0 \
                    and all("\u4e00" <= ch <= "\u9fff" for ch in text[opened + 1:start]):
                continue  # inside the list an item fills the span between two 、 (妥国保, not its tail 国保)
            if _surname_at(text, start) and (_name_start(text, start) or text[start - 2:start] in _PRONOUN_AND
                                             or text.endswith(_DELEGATIONS, 0, start)  # (盘龙区代表团李春光等)
                                             or _ENUMERATOR.search(text, max(0, start - 6), start)
                                             or text[start - 1:start] == "和" and _listed_name_before(text, start - 1)
                                             or text[start - 1:start] in _WITH_BEFORE_NAME  # (与卢列才等6名代表座谈)
                                             # (…的议案》和胡晓燕等10名代表提出的: 和 after a closed title joins two
                                             # proposals, the name after it)
                                             or text[start - 1:start] == "和" and text[start - 2:start - 1] in "》”"
                                             or len(people) >= 2 and _word_starts_at(text, start)) \
                    and (_rare_or_a_name(text[start:end])
                         or (text[start - 1:start] == "、" and _listed_name_before(text, start - 1))):
                # (杨建华等12名代表: a name jieba's dictionary holds as a person's, however common)
                found = (start, end)
                break
        if not found and (listed := _element_name_ending_at(text, end)) is not None:
            found = (listed, end)  # 由才让南加等50名代表组成: a Tibetan name, no Han surname
        if not found and (item := _UNSURNAMED_BEFORE.search(text, max(0, end - 6), end)) \
                and (len(people) >= 2 or text[item.start() - 1:item.start()] == "、"
                     and _listed_name_before(text, item.start() - 1)) \
                and _may_be_unsurnamed_name(item.group(), inside_list=len(people) >= 2):
            # 白立柱、额尔敦夫、程鹏刚、吴青海等: a name no surname opens, inside the list (or last, after a name:
            # 苏智雄、萨仁托雅等旗领导)
            found = (item.start(), end)
        if not found:
            break
        people.append(found)
        joined_by_and = text[found[0] - 1:found[0]] == "和" and len(people) == 1  # (only before the last name)
        if found[0] == 0 or text[found[0] - 1] != "、" and not joined_by_and:
            break
        end = found[0] - 1
        if text[end - 1:end] in (",", "，") and end >= 2:
            end -= 1  # 刘章宇,、丁芬: a copy's stray comma doubled with the 、
    return people[::-1]


def _word_starts_at(text: str, pos: int) -> bool:
    """jieba starts a word of two or more characters at pos (引起|张奕文、: the list's first name after a verb;
    not 要|向|张文, where 向 is a word of its own)."""
    window_start = max(0, pos - 4)
    offset = window_start
    for word, _ in _model_words(text[window_start:pos + 4]):
        if offset == pos:
            return len(word) >= 2
        offset += len(word)
    return False


_PRONOUN_AND = ("我和", "我与", "他和", "她和")
# 一是张国强等6名代表提出的…: an enumerated point opens with the names
_ENUMERATOR = regex.compile(r"(?:^|(?<=[\n。;:,]))[一二三四五六七八九十]是$|"
                            r"(?:^|(?<=\n))[ \t\u3000]*(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,2}[)）])$")  # 1.米娟等代表


def _listed_name_before(text: str, sep: int) -> bool:
    """A name of two or three characters, no everyday word, ends at the 、 at `sep`."""
    return any(sep - n >= 0 and _surname_at(text, sep - n) and word_freq(text[sep - n:sep]) < 50
               and all("\u4e00" <= ch <= "\u9fff" for ch in text[sep - n:sep]) for n in (3, 2))


@dataclass(frozen=True)
class _BeforeChain:
    """What is written between the clause start and a title chain."""

    org: str | None = None  # 六盘水市人大常委会; "" for deputies (their place is not an org); None: none written
    span: tuple[int, int] | None = None  # where the org, or the deputy's place, was written
    term: str | None = None  # 十三届
    honours: tuple[str, ...] = ()  # “全国优秀科技特派员”、…
    deputy: bool = False  # 甘肃省十三届人大代表, 钟山区各级人大代表: a place and term, not a body
    start: int = -1  # where the clause before the chain starts


# the words of a clause before the body a title belongs to (会议由, 或者由, 特别邀请): no body holds 由
# (出席会议的239名代表听取了区人大常委会…, 在主席台就座的还有县人大常委会…, 以及省人大常委会…, 图为山西省…: the last
# particle, linking word or verb of the clause before the body ends what is no part of it; not 自由贸易区, 所在)
_ORG_LEAD = regex.compile(r"[^,，;；:：。、]*(?:(?<![自理缘经])由(?![于此])|邀请|的(?:有|是|为)?|了|还有|以及|图为|听取|来到|(?<![所驻存现内外实])在)"
                          r"(?=\p{Han})")


def _before_chain(text: str, chain_start: int, sentence_start: int) -> _BeforeChain:
    start = chain_start
    floor = max(sentence_start, chain_start - _MAX_PREFIX)  # bounded: no walk through a huge clause per title
    while start > floor and text[start - 1] not in _CLAUSE_BREAK and text[start - 1] != "、":
        start -= 1
    if lead := _ORG_LEAD.match(text, start, chain_start):
        start = lead.end()  # 会议由市人大常委会副主任…主持, 邀请县人大常委会主任…: the clause's words before the body
    prefix = text[start:chain_start]
    honour = _quoted_honour(text, start)
    honours = (honour,) if honour else ()
    if not prefix:
        return _BeforeChain(honours=honours, start=start)
    t = _TERM.search(prefix)
    if t or prefix.endswith(("各级", "全体")):
        place_end = start + (t.start() if t else len(prefix) - 2)
        span = (start, place_end) if place_end > start else None
        return _BeforeChain("", span, t.group("term") if t else None, honours, deputy=True, start=start)
    if _ORG_WORDS.search(prefix) or _is_place(prefix):
        return _BeforeChain(prefix, (start, chain_start), None, honours, start=start)
    return _BeforeChain(honours=honours, start=start)


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
