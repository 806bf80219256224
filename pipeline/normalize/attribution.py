"""Attribution: which county-level (or higher) unit's work each fact reports, and the place it is about.

The subject of a section is the unit its heading names; before any heading it is the document's own
unit (the first unit written with a body after it: `印江自治县人大常委会`, else the first unit named; an
anonymised `×县` first means null). Inside a section a unit named earlier in the same paragraph moves the
figure to it when it is the section's level or below (a county in a city's report, another county in a
joint one); a higher unit does not (`28名吉安市人大代表` in 井冈山市's section stay 井冈山市's). Units cited
inside 《titles》 never move anything. 全县/全区/本市/我县 need no rule: they mean the section's unit,
which is the default.

Pages (real web copies) add:
- Outlets and mastheads (`江苏人大网`, `湖南日报`, `永州人大网`) name the publisher, not the page's unit: they
  ground the document's unit only when nothing else is named.
- A prefecture or province chosen first, whose page is about one county under it (`乐山市人大常委会到夹江县
  调研`, `湖南日报…岳阳县人大常委会…`), gives way to that county when it is named at least as often.
- A page that says 我县 while its title names a visiting unit (`浮山县人大考察团来我县`) is the unit of its
  source line (`来源:长子县人大常委会`).
- In a feature with one section per county, a later paragraph that speaks of the whole again (全市, 各县区,
  a bare 市人大常委会, 会议要求…) closes the county's section: the rest is the document's unit's.
- 全市 in a county's section is its prefecture; in a 市's own section it is that 市 unless another 市 is named
  earlier in the same sentence (`咸阳市…通报，全市14个县`).
- The headline is the first line that is no masthead (`铜陵人大`), dateline, breadcrumb or metadata line.
  Visitors in it (`缙云县人大考察团到新狮街道学习`) are not the page's unit; two counties of one prefecture
  in it (`在芦溪县、上栗县调研`) make the prefecture's page. A unit first named after the body's first
  paragraph does not outweigh the masthead (a delegation from elsewhere, far down a township's speech).
- A township named nearer the figure than any unit gives its county, when the page names that county
  (`新狮街道人大代表联络站…` in a page on 婺城区); so does 全镇 after 全市.
- In a prefecture's page a sentence about the whole (各县(市), 与会, 会议要求…) takes no county from an
  earlier sentence, and `其中A县3个、B市2个，其余5个`: the rest is the total's unit, not the last named.
- A unit the subject went to, worked with or copied (分赴A县, 赴双江县学习, 会同慈溪市人大常委会, 参照周边庐江县
  做法) takes no figure, and neither does a list of units (深入A县、B县调研): the work is the subject's. A list
  followed by 分别 shares the figures after it out in order (A县、B县分别建成52个和58个).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick_rs
import regex

from ..gazetteer import RANK, Unit, gazetteer
from ..models import RegionRef, Segmented, Span, in_spans, region_ref
from ..textindex import line_start
from ..units import NUMBER_RUN
from .numbers import parse_number
from .regions import LinkedMention

# a verb of going right before a unit: where someone went (带到北京, 赴京, 抵达北京, 提着“干货”上北京), or gathered
# (代表委员即将汇聚北京: where the national session meets)
_GONE_TO_BEFORE = regex.compile(r"(?:(?<![说提谈讲])到|赴|抵达|前往|汇聚|齐聚|云集|聚首|(?<![过失除辞免撤])去|"
                                r"(?<![促推改增引先跟演激精])进|(?<![以之向议会])上)了?\Z")  # (促进广西…: not 进)
# (说到山西, 提到北京: speaking of a place is no going to it)
# (带到了北京: the aspect particle 了 after the verb of going; 会议上 / 大会上 / 北京市人民代表大会…: a meeting's 上 and a line
# break are no going, so \Z, not $, which would match before the line's end)
# (马上就要去北京开会了: 去 goes too; 辞去, 免去, 过去, 失去 are no going)
# the capital as the seat of the national congress (离北京的人民大会堂, 北京人民大会堂): where deputies go, no page's unit
_SEAT_OF_CONGRESS = regex.compile(r"的?人民大会堂")
# a province a leader inspected (习近平总书记考察内蒙古期间…): where someone else went, unless the page's units lie in it
_INSPECTED_BEFORE = regex.compile(r"(?:考察|视察)$")
# …or where they were and came back from (在北京参会, 从北京返回村里)
_RETURNED_TO = regex.compile(r"(?:返回|回到|返抵|抵达)$")
_BEEN_AT_AFTER = regex.compile(r"返回|返乡|回到|回乡|归来|回来|参会|开会|出席")
# what may open a sentence before the body that acts in it (2023年,吉林省人大常委会…; 去年以来,省人大常委会…; 据…;
# 据了解,2023年鄂尔多斯市人大常委会…: the source, then the year)
_ACTOR_LEAD = regex.compile(r"[ \t\u3000]*(?:[^,;。]{0,14}?(?:了解到|获悉|得知)|据[^,;。]{0,3}?了解|据悉)?,?"
                           r"(?:(?:\d{4}年(?:\d{1,2}月)?|去年|今年|近年|近两年|近三年|目前)(?:以来|来)?,?|据|经)?")
# a row or clause of the prefecture's own delegation or bodies (市直代表团, 州直单位, 驻天水部队, 解放军和武警)
_DIRECT_ROW = regex.compile(r"[ \t\u3000]*(?:市直|州直|盟直|地直|驻\p{Han}{1,4}部队|解放军|武警)")
# a team and the body that formed it opening a sentence (此次检查组由汕尾市人大常委会…组成)
_TEAM_FORMED_BY = regex.compile(r"[ \t\u3000]*(?:此次|本次|这次)?(?:执法)?(?:检查组|调研组|视察组|督查组|考察组|工作组)由")
# a count of a unit's own parts right after its name (重庆市38个区县、770个乡镇…): the whole's figures
_PARTS_COUNTED = regex.compile(r"[0-9０-９]+个?(?:区县|县区|县市区|县\(市、区\)|县|区|乡镇|镇|街道|村|社区)")
# a unit counting the units under it (郑州市下辖6个区、4个市、1个县; 貴港市下轄3個區（港北區、港南區）、1個縣):
# the counts of that clause are the unit's, whatever parts it then names
_RULES_OVER = regex.compile(r"(?:下辖|下轄|现辖|現轄|共辖|共轄|辖|轄)有?(?=[0-9０-９一二三四五六七八九十两兩])")
_CLAUSE_BREAK = regex.compile(r"[,，。;；:：\n]")
# the body of a unit, acting: no title or office of it after (市人大常委会副主任…, 人大常委会办公室)
_ACTOR_BODY = regex.compile(r"(?:人大常委会|人民政府|常委会)(?!党组|主任|副主任|秘书长|委员|组成人员|机关|领导|办公室|"
                            r"[^,;。]{0,6}?(?:工委|委员会|主任|处))")
# a unit above the page's acting by its name alone (2021年,西双版纳州为边境学校新增教职工编制126名; 州“十四五”期间拟
# 投入1.8亿元): a verb of giving, planning or adding right after it, or after the period it names
_UNIT_ACTS = regex.compile(r"(?:“[^”]{1,10}”期间|今年|去年|目前)?(?:为|拟|将|已|累计|先后|计划|安排|投入|新增|下达|拨付)")
# a body's office giving its own account (据文山州人大常委会代表工委介绍,州…会议期间,代表们共提出建议263件): the
# figures it tells are its unit's
_ITS_ACCOUNT = regex.compile(r"(?:人大常委会|常委会|人民政府)[^,;。]{0,10}?(?:介绍|统计|透露)[,，]")
# a province's body named without its name (省人大常委会通过…): the province of the section's unit
_PROVINCE_BODY = regex.compile(r"(?:省|自治区)" + _ACTOR_BODY.pattern)
# the verb of a body that approves another's figure, closing its clause (经省人大常委会核定, …)
_APPROVED_BY = regex.compile(r"(?:研究)?(?:核定|批准|审定|审批|同意|批复)[,，]")
# a clause the province's body opens (…,省人大常委会共组成5个执法检查组)
_PROVINCE_BODY_CLAUSE = regex.compile(r"[,，]" + _PROVINCE_BODY.pattern)
# a body right after a unit's name, or after its congress's term (远安县第十七届人民代表大会常务委员会)
# a congress's term written before its body (十七届人大, 第十八届人民代表大会)
_TERM = r"(?:第?[一二三四五六七八九十\d]{1,3}届)?"
_BODY_AFTER = regex.compile(_TERM + r"(?:人大|人民代表大会|常委会|党委|县委|市委|区委|政府|人民政府)")
# the section's own unit, said without its name: a figure after these is the subject's again
_SELF = regex.compile(r"(?:我们?|咱们?|本|全)(省|市|州|盟|县|区|旗)")  # (我们县, 咱们区: a speaker's own, as 我县)
# a county's congress or body written without its name (县十七届人大, 县人大代表, 县人民政府)
# a unit's own congress or government written without its name (县人大, 市十六届人大, 省政府), by the unit's kind
# (after a preposition too: 在区人大常委会领导下, 向县人大常委会报告; never inside a word: 社区人大代表, 城区人民政府)
_UNNAMED_BODY = {kind: regex.compile(r"(?:(?<![\p{Han}])|(?<=[在向由经受对和与及据]))" + kind + _TERM
                                     + r"(?:人大|人民代表大会|人民政府|政府)")
                 for kind in "省市州县区旗"}
_UNNAMED_COUNTY_BODY = _UNNAMED_BODY["县"]
# an unnamed county's bodies and heads (县人民政府, 朱凤九县长 but not 副县长, 县委书记, 县人民委员会): a county's page
_UNNAMED_COUNTY_WORDS = regex.compile(_UNNAMED_COUNTY_BODY.pattern + r"|(?<![区市州省副])县(?:委书记|长|人民委员会)")
_UNNAMED_COUNTY_MIN = 3
# a city's own congress written without its name (市五届人大, 市人大常委会) in a headline or lede
_UNNAMED_CITY_BODY = regex.compile(r"(?<![\p{Han}])市" + _TERM + r"(?:人大|人民代表大会)")
# 全市/该市…: the whole of (or "the said") nearest unit of that kind named before it, else the subject
_WHOLE = regex.compile(r"(?:全|该)(省|市|州|盟|县|区|旗)")
_CAPTION = regex.compile(r"\s*(?:[\[【(（]\s*(?:图|图片|组图)(?:说明)?\s*[\]】)）]|图片说明[:：]|图为|▲|△)")  # ([图片说明])
# a photo's caption closed by its credit (…人大代表与居民代表围坐座谈。新京报记者 浦峰 摄): one scene, not the page's unit
_PHOTO_CREDIT_AT_END = regex.compile(r"。(?:[^。\n]{0,12}?(?:记者|記者)[ \t\u3000]*\p{Han}{2,4}[ \t\u3000]*(?:摄|攝)[)）]?"
                                     r"|[ \t\u3000]*(?:摄影|攝影|摄|攝)[ \t\u3000]*[/／:：][ \t\u3000]*\p{Han}{2,4})[ \t\u3000]*$")
# (a traditional page's credit too: 新京報記者 浦峰 攝; a photographer's credit after a slash: …放牧。  摄影/连振)


def _caption_line(text: str, pos: int) -> bool:
    """Is pos on a photo caption's line, opened by its mark ([图片说明]…) or closed by its credit (…围坐座谈。新京报记者
    浦峰 摄)? A caption is short: a line running on past _CAPTION_CHARS is none (and the search stays bounded on a
    page of one long line)."""
    start = line_start(text, pos)
    if pos - start <= _CAPTION_CHARS and _CAPTION.match(text, start):
        return True
    end = text.find("\n", pos, pos + _CAPTION_CHARS)
    if end < 0 and pos + _CAPTION_CHARS < len(text):
        return False
    end = len(text) if end < 0 else end
    return bool(_PHOTO_CREDIT_AT_END.search(text, max(line_start(text, pos), pos - _CAPTION_CHARS), end))


_CAPTION_CHARS = 200
_WORKS_WITH = ("配合", "协助", "协同", "服务", "支持")
_ADJACENT_GAP = regex.compile(r"(?:共|有|共有)?")  # (肃北县3名, 肃北县共3名: nothing else between unit and figure)
# a prefecture's own body written without its name at a clause's start (市人大常委会计划…, 市住建局推进…): it
# speaks for the whole 市 or 州, as 全市 does (市人大代表 are people, not the body)
# (省十届人大三次会议期间…代表共提出建议812件 on a city's page: the province's session, its figures the province's)
_WHOLE_BODY = regex.compile(r"(?:(?<=[,。;:!?\n])|^)(?P<kind>市|州|省)(?:(?<=[市州])(?=人大(?!代表)|政府|委员会|[\p{Han}]{1,3}局)|"
                            r"(?<=省)(?=[一二三四五六七八九十]{1,3}届人大[一二三四五六七八九十]{1,2}次会议(?:期间|以来|上)))"
                            # (他建议省财政每年安排不少于2亿元, 她提出省级层面每年统筹…: a proposal asks the province's
                            # purse or level to act, so what it asks for is the province's, not the deputy's county's)
                            r"|(?P<asked>(?:(?<=[,。;:!?\n])|^|(?<=建议|提出|希望|呼吁|提议))(?P<kind>省)(?=级?财政(?![厅局])|级层面))")
# a county's own place or project in the sentence of such a proposal (支持台山渔港建设, 对该项目给予…, 全特区茶园…):
# the money is asked for the county, and the figure stays the county's
_OWN_PLACE_ASKED = regex.compile(r"全(?:县|区|旗|特区)|该(?:项目|工程|县|区|旗)")
# what a prefecture's meeting report says of the meeting as a whole (会议要求…, 与会, 参加会议)
_MEETING = (r"会议(?:要求|强调|指出|明确|通报|为|期间)|与会|参加会议|参会|代表[^,;。]{0,4}报到"  # (550余名代表完成报到)
            r"|大会(?:共|累计)?收到")  # (大会共收到州人大代表提出的议案6件: the congress's proposals)
# the counties of a unit taken together, as reports write them (县(市、区), 县区, 区县, 市辖区)
_COUNTY_GROUP = r"(?:县区|区县|县市区|县市|区市|县\((?:市、区|区、市|市|区|市、区、旗)\)|县|区|市辖区)(?![直级委属])"
# (not 12个区直部门, 县级领导: bodies and ranks of a county, not the counties)
# a count of counties (126个县(市、区), 41个县区): the figure, or the clause it opens, is the whole's, never one
# county's named before or after it
_COUNTIES_COUNTED = regex.compile(rf"\d+个{_COUNTY_GROUP}")
_MEETING_WORD = regex.compile(r"会议|大会|与会|参会")
# a county's own congress right after its name (长宁区人代会, 某县第十八届人民代表大会, 某县十八届人大三次会议)
_COUNTY_CONGRESS = regex.compile(r"(?:第?[一二三四五六七八九十]{1,3}届)?(?:人代会|人民代表大会|人大[一二三四五六七八九十])")
# 龙岩市各县(市、区)…共划分选区4600余个: a prefecture's counties together, named on one county's page, did the
# work: the prefecture's figure, though a unit above the page's own takes no figure otherwise
_COUNTIES_TOGETHER = regex.compile(rf"各{_COUNTY_GROUP}")
# 红河州各县市首位: the counties together as the peers a county ranks among, not the whole at work
_PEERS_RANKED = regex.compile(rf"各{_COUNTY_GROUP}(?:之|中)?(?:首位|首|前列|前茅|第[一二三四五六七八九十\d])")
# a sentence about the whole of a prefecture's meeting or its counties together
_OF_THE_WHOLE = regex.compile(rf"各(?:县|区|市|乡镇)|{_MEETING}|(?:他|她)(?:要求|强调|指出)|"
                              r"(?:了解到|据悉|据了解),(?:此次|本次|大会期间|会议期间)|"  # (记者了解到,此次绩效评价…: the page's
                              # event again; 据悉,大会期间将继续开设“代表通道”: the congress's own)
                              r"(?<![\p{Han}])从\p{Han}{1,8}(?:看|分),|(?<![\p{Han}])按\p{Han}{1,6}分,|"
                              r"(?<![\p{Han}])(?:市|州)本级")  # (市本级从13个候选项目中票决产生10个: the city's own level)
# a sentence opening with the body of a prefecture, unnamed (市人大常委会领导…): the page's own, on its page
# (市人大代表 are people, the deputies of a county's delegation at the city's session, not the body)
# a deputy's card opening its paragraph: the person's name, then where they come from (梁某,来自甘肃省的全国人大代表)
_CARD_OPENER = regex.compile(r"[ \t\u3000]*\p{Han}{2,4}[,，]来自")
# a sentence that opens by introducing a deputy by their place (来自伊春市汤旺县的全国人大代表…, 全国人大代表、齐齐哈尔市…)
_DEPUTY_OPENER = regex.compile(r"[ \t\u3000]*(?:(?:全国|省|自治区|市|州|县|区)人大代表[、，,]|来自)")
# a sentence opening with a national deputy's card, up to a unit of the deputy's place (全国人大代表、山东省聊城市|高唐县)
_NATIONAL_DEPUTY_CARD = regex.compile(r"[ \t\u3000]*全国人大代表[、，,]\p{Han}{0,16}")
_OWN_BODY_OPENS = regex.compile(r"[ \t\u3000]*(?P<kind>市|州|盟)(?:人大常委会|人大(?!代表)|委|人民政府|政府)")
# a table's total row (合  计  577.0万人  351名): its label, spaced or not, then the row's cells
_TOTAL_ROW = regex.compile(r"[ \t\u3000]*(?:合[ \t\u3000]*计|总[ \t\u3000]*计)[ \t\u3000:：]+[^\n]*$")
_OTHERS_ROW = regex.compile(r"[ \t\u3000]*(?:其他|其余)[0-9０-９]*[个家]?\p{Han}{0,6}?[ \t\u3000]{2,}[^\n]*$")


_TABLE_ROW = regex.compile(r"[ \t\u3000]*\p{Han}{2,20}[ \t\u3000]{2,}[0-9０-９][^\n]*(?:\n|$)")


def _row_section(seg: Segmented, pos: int) -> bool:
    """Is the section at pos one a table's row opened (a unit's row read as a section heading: 紫云自治县人民政府
    4件  5件), not a county's part of the page?"""
    section = next((s for s in seg.sections if s.start <= pos < s.end), None)
    return section is not None and _TABLE_ROW.match(seg.clean.text, section.start) is not None
# a unit given as an example inside a clause (…相对具体,如永康市龙山镇…; 比如义乌市…)
_GIVEN_AS_EXAMPLE = regex.compile(r"[,，;；:：](?:如|比如|例如|譬如)$")
# a sentence that opens a new example (又如, 再如, 例如)
_NEW_EXAMPLE = regex.compile(r"[ \t\u3000]*(?:又如|再如|例如|比如|另如)")
_LIST_END = regex.compile(r"[^,;。、\d]{0,12}等$")
# between counties listed together (、, 和, 及周边) and after the last, right before the figure (…新安县的40多个)
_LIST_JOINER = regex.compile(r"(?:、|和|与|及|以及)(?:周边|邻近)?")
# a list closed by its count of units (定安、海口、澄迈三市县之间, 镇安、柞水两县): its last unit is one of several,
# no unit of a figure after it
_COUNTED_LIST_END = regex.compile(r"[两二三四五六七八九十]{1,2}个?(?:市县|县市|县区|区县|市区|县|市|区|旗|地)")
_COUNTED_AFTER_LIST = regex.compile(rf"(?:等(?:地|县市|县区)?|{_COUNTED_LIST_END.pattern})?的")  # (灌云、灌南两县的)
# a unit named as an example of what a count covers (…樂坪街道代表聯絡站等10個站點被評為…,每個站點獎補2萬元): never
# the unit of a figure after it either
_EXAMPLE = regex.compile(r"[^,;。、\d]{0,12}等[\d一二三四五六七八九十两]")
# people of a unit's delegation named as examples (晋宁区代表团郎佳等13名代表提出的议案): the people are the
# examples, the unit is whose they are
_PEOPLE_EXAMPLE = regex.compile(r"(?:代表团|代表组|代表小组)[\p{Han}·]{2,5}等")
# a profile's subtitle: a dash, the person's titles, the name at the line's end (——记山阳县人大代表涂正爱)
_PROFILE_SUBTITLE = regex.compile(r"(?m)^[ \t\u3000]*——(?:记)?[^。,\n]{2,40}?代表(?!大会)[^。,\n]{0,30}?"
                                   r"(?:代表|[ \t\u3000])\p{Han}{2,4}[ \t]*$")  # (never 人民代表大会…会议上)
# a profile's card line: the name, sex and age, then the person's posts and congress (周康健,男,62岁,奉化市西坞街道
# 金峨村党支部书记,自1998年起连续四届当选为宁波市人大代表)
_PROFILE_CARD = regex.compile(r"(?m)^[ \t\u3000]*(?:【[^】\n]{2,8}】)?[ \t\u3000]*\p{Han}{2,4}(?:·\p{Han}{1,8})?[,，](?:男|女)[,，]"
                              r"[^\n]{0,120}?代表")
# a profile's lede naming where the deputy comes from (来自我省贵德县河阴镇大史家村的全国人大代表毕生忠)
_PROFILE_HOME = regex.compile(r"来自(?:我省|本省|我市|本市|我区|本区)?[^,，。;；:：\n]{2,20}?的(?:全国|省|市|州|自治区)?人大代表"
                              r"(?P<name>\p{Han}{2,4})")
# a paragraph opening with a person's name and who they are (韦建泼,市人大代表,… / 陈智芳是…人大代表)
_WHO_OPENING = regex.compile(r"[ \t\u3000]*\p{Han}{2,4}(?:·\p{Han}{1,8})?(?:[,，]|是)")
_WHO_OPENING_REACH = 16  # how far into the profile the county stands (市人大代表,上思县总工会…)
_PROFILE_SUBTITLE_WITHIN = 1500  # (in the page's opening, not a quoted subtitle far down)
_REST = regex.compile(r"(?:其余|其他|另有|剩余)$")
# a township's whole after 全市 (全镇103名): the figure is the township's, so its county's
_TOWNSHIP_WHOLE = regex.compile(r"(?:全|该|我|本)(?:镇|乡|街道)")
# a whole inside a paper's content (广东省人大发出全省推广这一制度的通知后…): what the paper asks of the whole, not
# the scope of the figures after it
_WHOLE_IN_PAPER = regex.compile(r"[^,，;；:：。\n]{0,20}?的(?:通知|意见|要求|部署|文件|精神|号召|决定)")
# an outlet or masthead right after a unit's name (江苏人大网, 湖南日报, 蘆溪新聞網) or right before it (云上咸安)
_OUTLET_AFTER = regex.compile(r"(?:人大网|人大新闻网|新闻网|新闻|日报|晚报|都市报|特区报|商报|时报|电视台|广播电视台|融媒|在线|"
                              r"报社|报(?=[ \t\u3000\n]|$)|"  # (昌都报社出版, 昌都报 数字报: a city's own paper)
                              r"论坛|客户端|发布|频道|分站|网|人大微信|微信|公众号|微博|"
                              r"(?:人大)?(?:月刊|半月刊|周刊|杂志|期刊)|"  # (上海人大月刊 2016年8期: the magazine)
                              r"\p{Han}{1,10}(?<![路电管水光联渔天法张])网(?=[ \t]*(?:\n|$))|"  # (…呼吁建设路网: a network, no site)
                              r"\p{Han}{0,8}网上\p{Han}{2,6}(?=[ \t]*(?:\n|$))|"
                              r"人大(?=[ \t\u3000]*(?:\n|$))(?<=作者[:：][ \t\u3000]*\p{Han}{2,10}))")
# (浙江人大代表联络站网 alone on its line: a site's masthead; so is 河南省人大代表网上联络站, an online station; and
# 文章作者:淄博人大 closing a metadata line: the site that wrote it; only after 作者, for a source line's 来源:龙岩人大 stays
# a candidate for the page's unit, as on a prefecture's round-up of its counties that cites its own site)
_OUTLET_BEFORE = ("云上", "今日", "掌上")
_SOURCE_LINE = regex.compile(r"(?:来源|信息来源|稿件来源)\s*[:：]\s*")
# a figure of two or more digits, its measure word and the noun it counts (14件议案)
_FIGURE_AND_THING = regex.compile(r"\d{2,}(?:\.\d+)?[万亿]?[个件名项条家所座人户次][\p{Han}]{2}")
# the section's opening sentence or two, where it says its unit held a meeting (芦溪县召开全县…会议)
_OWN_MEETING_WINDOW = 120
# an official of the body just named, quoted (…人大常委会代表工作委员会主任玉罕告诉记者): the body is a source
_QUOTED_SOURCE = regex.compile(r"[^,;。]{0,24}?(?:主任|书记|局长|部长|委员|负责人)\p{Han}{2,4}(?:告诉记者|介绍说?|表示|说)")
# a paragraph opening with the page's event again (此次跟踪调研历时3天, 本次视察共…): the round-up's sections are over
_PAGE_EVENT_OPENS = regex.compile(r"[ \t\u3000]*(?:此次|本次)")
# a later paragraph of a county's section that speaks of the whole again (the genre's closing paragraphs)
# (各乡镇 stays inside a county's section: it is that county's townships)
_BACK_TO_WHOLE = regex.compile(rf"各(?:县区|县市区|县\(市、区\)|县\(市\)|区县|县市|盟市|市州|市县)|{_MEETING}")
# a unit named as a neighbour (周边, 毗邻, 东接A市、西连B市): beside the page's place, never its work
_NEIGHBOUR_WORDS = r"周边|邻近|毗邻|紧邻|(?<=\p{Han})[东西南北](?:接|连|邻|靠|临|界)"
# a unit the subject went to, worked with or copied (分赴A县、B县, 组织代表赴双江县学习, 会同慈溪市人大常委会,
# 参照周边庐江县做法): where the work was done or whose practice was cited, not whose work the figure is
_VISITED_BEFORE = regex.compile(r"(?:分赴|奔赴|赴|前往|来到|(?<![得达受感做收遇想看听报签迎提直])到|深入|走进|"
                                rf"会同|联合|配合|协同|参照|借鉴|对标|{_NEIGHBOUR_WORDS}|涉及|"
                                r"服务|融入|对接|服从服务|支援)$")
# (市水利局会同叶县实施…工程: a county itself, no body of it, that a city's bureau works with is where the work is done
# and whose figure it is, in that clause; 会同慈溪市人大常委会 is a partner body and 会同揭阳市 a peer city, neither an owner)
_PARTNERED_BEFORE = regex.compile(r"(?:会同|联合|配合|协同)$")
_CLAUSE_END = regex.compile(r"[;；。]")
# a unit's body or officer speaking right after a quote (”荆州市人大常委会有关负责人表示, ”县人大常委会主任某某说)
_SPOKEN_BY_BODY = regex.compile(r"(?:人大常委会|人民政府|政府|人大)[^,，。;；“”\n]{0,16}?(?:表示|说|介绍|告诉记者)")
_QUOTE_REACH = 300
# a person's name and role opening a heading (钟某某代表:…, 杨某委员:…): a round-up's story of that person
_PERSON_HEADLINE = regex.compile(r"\s*\p{Han}{2,4}(?:代表|委员)[:：]")
# a body whose officers an org names (甘南州人大常委会, 市人民政府): not a congress a deputy sits in
_OFFICE_BODY_END = regex.compile(r"(?:人大常委会|常委会|人民政府|政府)$")
# what a team went to a list of places for: to learn (…等地人大学习考察, 等地取经)
_TO_LEARN_AFTER = regex.compile(r"等?地?(?:人大(?:常委会)?)?(?:学习|考察|取经|参观)")
# the verbs of a tour (先后到A县、B县): a list after one names the places a team went to
_TOURED_BEFORE = regex.compile(r"(?:分赴|奔赴|赴|前往|来到|(?<![得达受感做收遇想看听报签迎提直])到|深入|走进)$")
# (其中涉及红寺堡区的有9件: a topic; 服务两江新区开发开放: a strategy; 支援白云区…转运安置: the district it helped)
# a breakdown by place that goes on after the unit's figure (涉及合作市的建议23件,临潭县31件): its figure is its own
_BREAKDOWN_GOES_ON = regex.compile(r"[^。;；\d]{0,10}\d+\p{Han}{1,3}[,，、;；]\p{Han}{2,8}?[县市区旗]\d")
# a feature's scene opening its paragraph (走进邵阳市邵阳县青山村,…): where the story is set, not a place visited
_SCENE_OPENS = regex.compile(r"(?:^|\n)[ \t\u3000]*(?:走进|来到|走入)$")
# a place goods are brought from (从喀什市区拉煤过来, 从外县调运): where they came from, never whose work it is
# a route named by its ends (隐塘至旌德县际公路, 绩溪至宁国市公路): the unit at its far end does no work of the page's
# …and the unit at its near end (竹溪县至竹山县快速通道: the route runs from it; the work is the page's)
_ROUTE_FROM = regex.compile(r"至\p{Han}{2,8}?[县市区]?(?:际|界)?(?:公路|铁路|高速|高铁|城际|快速路|快速通道|通道|大道|道路|连接线|干线|航道)")
_ROUTE_AFTER = regex.compile(r"[县市区]?(?:际|界)?(?:公路|铁路|高速|高铁|城际|快速路|快速通道|通道|大道|道路|连接线|干线|航道|段)")
_BROUGHT_FROM_AFTER = regex.compile(r"[^,;。\n]{0,4}?(?:拉|运|调|购|买|进货|引进)")
# a neighbour (与遂昌县交界, 同广西接壤): where the subject lies, never whose work it is
_WITH_BEFORE = regex.compile(r"[与同和]$")
_NEIGHBOUR_AFTER = regex.compile(r"(?:人民政府|政府)?(?:[和、及]\p{Han}{1,6}?)?(?:交界|接壤|毗邻|相邻|相连|相接|接界|为邻|搭界)")
# (与云南省富宁县和越南接壤: a second neighbour may stand before the verb)
# a partner the subject works with or links to (与丰泽区对接的断头路, 与洱源县人大常委会建立…机制, 与敦煌市七里镇人大、
# …开展联学联建): the subject's work, never the partner's
# (not 与福建农林大学合作: a college named for the province is the partner, and the province is no unit there;
# _NAMED_AFTER)
_PARTNER_AFTER = regex.compile(r"[^,，;；。:：\n]{0,14}?(?:对接|衔接|建立|开展|共建|合作|交流|签订|签署|携手|结对|联动|互派|联学)")
# a unit named as what a place borders on a side (东邻江门市新会区,西接开平市; 北与…接壤 is _NEIGHBOUR_AFTER's)
_NEIGHBOUR_BEFORE = regex.compile(r"(?:[东西南北](?:邻|接|靠|连|临|依|抵|界|面|濒)|毗邻|紧邻|比邻|接壤)$")
# what may stand between two units of one list (慈溪市人大常委会、绍兴市上虞区…; 阜康市、吉木萨尔县)
_LIST_GAP = regex.compile(r"(?:人大常委会|人大|常委会|人民政府|政府|代表团)?[、和及]?")  # (A代表团和B代表团)
# a numbered unit's name that opens a paragraph as its own sentence (（一）清镇市。, 2.修文县:)
_INLINE_HEADING = regex.compile(r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])?"
                                r"\s*\p{Han}{1,10}?(?:自治县|自治旗|县|区|市|旗)[。:：]")
# what may open a paragraph before the unit it is about (在…, 据…, a list number)
_TOPIC_OPENING = regex.compile(r"[ \t\u3000]*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:今年|去年|近年来|近年|目前|近日|日前|此外"
                            # (五年来,桃花村先后争取…: a span of years the sentence opens with)
                            r"|近?[一二三四五六七八九十两几多\d]+年(?:来|间)|多年来|这些年|这几年)?[,，]?(?:而|但)?(?:在|据)?")
# how many unit-less paragraphs a round-up's county carries over (a deputy's story runs two or three)
_CARRY_PARAGRAPHS = 8
@lru_cache(maxsize=None)
def _whole_again(kind: str) -> regex.Pattern:
    """What says a round-up's paragraph is about the page's unit again (全省, 省人大常委会, an unnamed 常委会,
    大会秘书处), compiled once per kind of unit (not 省人大代表、献县…董事长: a deputy's title, not the body)."""
    # (从市十七届人大四次会议以来: the unnamed city's own congress, by its term, after a preposition)
    # (據市人大常委會介紹,…: the unnamed city's body as the account's source)
    return regex.compile(rf"全{kind}|(?:(?<!\p{{Han}})|(?<=[和及与、从在自据])){kind}(?:第?[一二三四五六七八九十]{{1,3}}届)?"
                         rf"(?:人大(?!代表)|委|人民政府|政府)"
                         r"|(?<!\p{Han})常委会|大会(?:秘书处|主席团)")


# 其中 opening a clause: what follows is one of the whole just counted
_AMONG_THEM = regex.compile(r"(?:^|(?<=[。;；,，!?\n]))[ \t\u3000]*其中")
# a feature's subhead: a short line with no sentence's end in it
_SUBHEAD_CHARS = 24
_SENTENCE_END = regex.compile(r"[。!?;]")
# an interview's question line (问:下一步如何抓好贯彻实施?): the answer after it starts afresh
_QUESTION_LINE = regex.compile(r"[ \t\u3000]*(?:问|记者|主持人)[:：]")
# 全市首个, 位居全市第一: a comparison with the whole, not the whole's figure
_RANKING = regex.compile(r"(?:之|中)?(?:首|第一|第[一二三四五六七八九十\d]|前列|前茅|领先|唯一|率先|最)"  # (居全市之首)
                         r"|\p{Han}{0,4}?前[一二三四五六七八九十\d]{1,2}(?:名|位)")  # (增速进入全市县区前三名的有15项)
# 作为全市人口最多的县, 全市面积第二大的乡镇: the whole as the frame of a ranking, a measure between it and the rank
_RANKED_BY = regex.compile(r"\p{Han}{1,4}?(?:最|第[一二三四五六七八九十])(?:\p{Han}{0,3}?的|大?(?:县|区|市|旗|镇|乡|城市|城区))")
# (作为全市人口第一大县: the rank's noun, the kind of unit ranked, in place of 的)


# 是全市草原保护的重点区域: what a unit is to the whole (是 + 全X + …的), the whole as a frame
_COPULA_FRAMED = regex.compile(r"[^,;。:\n\d]{1,12}?的")


def _copula_frame(text: str, start: int) -> bool:
    """The 全X at start follows 是 and is the frame of what the subject is (是全市…的重点区域)."""
    return text.endswith("是", 0, start) and _COPULA_FRAMED.match(text, start + 2) is not None


def _frames_ranking(text: str, pos: int) -> bool:
    """The 全X ending at pos frames a rank (居全市之首, 全市人口最多的县, 在全州11个省级园区中排名第一), not the whole
    whose figure follows."""
    return bool(_RANKING.match(text, pos) or _RANKED_BY.match(text, pos) or _RANKED_AMONG.match(text, pos))


# 全州11个省级园区中排名第一: a count of the peers a unit ranks among, then its rank
_RANKED_AMONG = regex.compile(r"(?:[0-9０-９]+个)?\p{Han}{1,10}?(?:中|之中|当中)(?:排名|排|位居|位列|居)(?:第|首|前)"
                             r"|[0-9０-９]+个\p{Han}{1,10}?(?:中|之中|当中)(?:第|首|前)"  # (在全区县域中位居前列: the peers unnumbered)
                             r"|各\p{Han}{1,8}?之(?:最|首|冠)")  # (代表人数为全省各代表团之最: the most among the peers)

# 按照全省…模式, 依托全省统一的平台, 高出全省平均水平: the whole as a yardstick or a frame the unit works in,
# not the whole whose figure follows
# (入选全省农村公路网化示范县, 被评为全市先进: the whole a unit was chosen or ranked in; 结合全省“双联”行动: the
# whole's campaign a unit's own work is joined to)
# the verbs that set a unit's figure against another unit or a whole, or take a frame from it (按照…, 结合…做法,
# 入选…, 占…的比重, 比…多)
_FRAME_VERBS = r"按照|根据|依照|对照|对标|参照|结合|响应|配合|超过|超出|比|较|入选|评为|获评|跻身|列入|纳入|占"
_YARDSTICK_BEFORE = regex.compile(rf"(?:{_FRAME_VERBS}|依托|高于|高出|低于)"  # (该县…项目已列入全市重点项目库: the
                                   # whole's list it was put on; 全区地区生产总值占全市比重达到20%: the whole a share is of)
                                   r"(?:全\p{Han}、)?$"  # (比全省、全市均低0.5个百分点: both wholes are yardsticks)
                                   r"|占\p{Han}{2,3}$")  # (占梅州全市生产总值的11.7%: the named whole a share is of)
_YARDSTICK_AFTER = regex.compile(r"(?:的)?(?:平均|统一)")
# a unit a share is of, a figure is set against or a frame is taken from (占梅州全市生产总值的11.7%, 结合兴宁市做法): never
# whose figure it is (依托 is left to the wholes: 依托“官渡人大”小程序 names a unit's own platform)
_MEASURED_AGAINST = regex.compile(rf"(?:{_FRAME_VERBS})$")
# a unit a figure is measured against (增速快于自治区和南宁市, 高于全国和湖南省平均水平): a yardstick, never whose figure
_COMPARED_WITH = regex.compile(r"(?:快于|慢于|高于|低于|高出|优于)(?:[^,，。;；:：]{1,10}?(?:和|、|及|与))?$")

# 与全国全省全州同步打赢了脱贫攻坚战: the wholes the unit kept pace with, never whose figure follows
_IN_STEP_WITH = regex.compile(r"与(?:全[国省区市州盟县旗])*$")
_IN_STEP_AFTER = regex.compile(r"(?:全[国省区市州盟县旗])*(?:同步|一道|一起|一样)")


def _yardstick(text: str, whole) -> bool:
    if text[whole.end():whole.end() + 1].isdigit() and text.endswith(("列入", "纳入"), 0, whole.start()):
        return False  # 纳入全市20项民心工程: the whole's own count of what it lists
    return bool(_YARDSTICK_BEFORE.search(text, max(0, whole.start() - 5), whole.start())
                or _YARDSTICK_AFTER.match(text, whole.end())
                or (_IN_STEP_WITH.search(text, max(0, whole.start() - 10), whole.start())
                    and _IN_STEP_AFTER.match(text, whole.end())))


# an interview's answer opened by its speaker's name (王建伟:回村的路上…)
_SPEAKER_LABEL = regex.compile(r"[ \t\u3000]*(?P<who>\p{Han}{2,4})[:：]")


# a report's closing signature: the drafting body alone on its line, often in brackets, among the last lines
_SIGNATURE = regex.compile(r"[ \t\u3000]*[(（]?[\p{Han}]{2,20}?(?:人大常委会|人民代表大会常务委员会|人民政府|人大)"
                           r"[\p{Han}]{0,16}[)）]?[ \t\u3000]*")
_SIGNATURE_LINES = 12
# a top-level heading of a report's outline (三、下一步工作打算): the whole document's, never one county section's
_OUTLINE_HEADING = regex.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}、")
_PROFILE_OPENING = 300  # characters of a profile's opening read for the county it is set in


@dataclass(frozen=True)
class Subject:
    ref: RegionRef | None
    level: str | None


class Attributor:
    def __init__(self, seg: Segmented, linked: list[LinkedMention], people: list | None = None):
        self.seg = seg
        text = seg.clean.text
        self.upper = [m for m in linked if (m.upper or m.mention.anonymous) and not m.mention.in_title]
        self.lower = [m for m in linked if m.level in ("township", "village") and not m.mention.in_title]
        self._titled = [m for m in linked if m.upper and m.unit is not None and m.mention.in_title]
        self._upper_starts = [m.start for m in self.upper]
        self._upper_by_start = {m.start: m for m in self.upper}
        for outer, inner in zip(self.upper, self.upper[1:]):
            # (吉林省)前郭县人民政府工作报告: a unit in brackets that places the next one is written back to back with it,
            # a chain as 吉林省前郭县 is
            if outer.start > 0 and text[outer.start - 1] in "(（" and text[outer.mention.end:inner.start] in (")", "）"):
                self._upper_by_start.setdefault(outer.mention.end, inner)
        self._upper_by_code: dict[str, LinkedMention] = {}  # each unit's first mention
        for m in self.upper:
            if m.unit is not None:
                self._upper_by_code.setdefault(m.unit.code, m)
        self._lower_starts = [m.start for m in self.lower]
        # every 我区/本县/全区 of the text, found once: region_at bisects instead of rescanning its paragraph
        marks = list(_SELF.finditer(text))
        self._self_marks = [(m.start(), m.group()[0], m.group(1)) for m in marks]
        self._self_ends = [m.end() for m in marks]  # (我县 and 我们县 end two and three characters on)
        self._self_starts = [start for start, _, _ in self._self_marks]
        self._lists = lists = _unit_lists(text, self.upper)
        self._listed = {u.start for units in lists if len(units) > 1 for u in units}
        self._long_lists = sorted((units for units in lists if len(units) > 1), key=lambda units: units[0].start)
        self._list_starts = [units[0].start for units in self._long_lists]
        self._visited = _not_movers(text, lists, self.upper)
        self._shares = _shares(text, lists, self.upper)
        self._share_starts = [end for end, _, _ in self._shares]
        self._movers: dict[tuple, tuple[list[LinkedMention], list[int]]] = {}
        self._topics = self._sentence_topics()
        self._acting = {m.start for m in linked if _acts_as_body(text, m)}
        self._national = self._national_round_up()
        # units a national deputy is introduced by (全国人大代表、山东省聊城市高唐县…书记王振山): the country's congress
        # gathers deputies of every province, so the deputy's place is whose work the story tells, wherever it lies
        self._national_cards = {m.start for m in self.upper if m.start in self._topics
                                and _NATIONAL_DEPUTY_CARD.fullmatch(text, seg.sentence_at(m.start).start, m.start)}
        self._round_ups: dict[str, bool] = {}  # subject's code -> is its page a round-up (`_round_up`)
        self._home = self._homes(people or [])
        self._title = title = _title_paragraph(text, seg.paragraphs)
        # units the headline names (a visiting one too): a sentence about one of them is its work, wherever it lies
        self._in_headline = {m.unit.code for m in self.upper if m.unit is not None and title is not None
                             and title.start <= m.start < title.end}
        self._city: LinkedMention | None | bool = False  # `_one_city`, found on first use
        self._first_copies: dict[int, int] = {}  # a repeated paragraph's index -> where its first copy starts
        self.doc_subject = self._doc_subject(text)
        self.section_subjects = [self._section_subject(s) for s in seg.sections]
        self.section_closing = [self._closing(s, self.section_subjects[s.index]) for s in seg.sections]

    # --- subjects --------------------------------------------------------------------------------------------
    def _doc_subject(self, text: str) -> Subject:
        first_section = self.seg.sections[0]
        last = self.seg.sections[-1]
        if len(self.seg.sections) >= 2 and first_section.heading is None and "。" not in text[:last.start] \
                and (len(self.seg.sections) == 2 or _menu_lines(text[:last.start])) \
                and (headline := self._heading_unit(last)) is not None:
            # 雅安市人民政府 / 首页 > 区县动态 / 名山区人大常委会 开展…: a masthead and chrome, then the headline read as a
            # unit's heading; the page is that unit's, its one section all of the page (a menu's lines before it, one
            # item a line, can read as headings of sections with no sentence: 洛阳人大网 / … / 高新区人大工委 / 首页 / >
            # / 吉利区人大 / 吉利区人大常委会组织…调研)
            return headline
        own = next((m for m in self.upper if _WRITERS_OWN.search(text, max(0, m.start - 8), m.start)), None)
        if own is not None and own.unit is not None:
            return _subject(own)  # 以笔者所在的大荔县为例 on 渭南人大's forum: the writer's own county is what the piece
            # reports (the site's city is where it is published)
        in_first = [m for m in self.upper if m.start < first_section.end and not _without_congress(m)]
        in_first = [m for m in in_first if not _elsewhere(text, m)] or in_first
        if (first_section.heading is not None and not self._lone_masthead(first_section)) or not in_first:
            heads = [self._heading_unit(s) for s in self.seg.sections if s.heading is not None]
            signed = self._signed_subject(text)
            return next((h for h in heads if h is not None), None) or self._county_of_places() \
                or (signed if signed.ref is not None else self._titled_own_body(text)) or self._only_outlet(text) \
                or signed
        # outlets and mastheads only when nothing else is named, or nothing before the body's second paragraph
        # (`凤翔人大网` … `武汉市人大常委会秘书长一行8人来我镇考察` far down: a visitor, not the page's unit)
        outlets = [m for m in in_first if _outlet(text, m)]
        named = [m for m in in_first if not _outlet(text, m)]
        # a photo's caption ([图]道外区南马路街道…) shows one place the story visits, not the page's unit
        named = [m for m in named if not self._in_caption(m)] or named
        note = self._editors_note()
        if note is not None and (after := [m for m in named if m.start >= note.end]):
            named = [m for m in named if not note.start <= m.start < note.end] or after
        title = self._title
        lede_end = _lede_end(text, self.seg.paragraphs, title)
        if (ours := _our_outlet(text, title, outlets)) is not None:
            return _subject(ours)  # 广西百色人大网 / 我市代表工作获自治区肯定: the headline speaks as the site's city
        if outlets and named and named[0].start > lede_end and not _portal_elsewhere(outlets, named) \
                and not _province_site_on_its_own(outlets, named, self.seg.paragraphs, lede_end, self._upper_by_start):
            named = []
        if (spoken := _outlet_spoken_of(text, outlets or in_first, self.upper)) is not None \
                and not any((m.name.endswith(spoken.name[-1]) or RANK[m.level] > RANK[spoken.level])
                            and m.start not in self._listed for m in in_first if m not in outlets and m.level):
            # only outlets, or none of the named of the kind the page's bodies are written at but those listed
            # among others (温州人大 … 市人大常委会…, naming 浙江 and 瑞安市、乐清市等地): the outlet of that kind
            return _subject(spoken)
        named = named or in_first
        # 把全市人民的殷切期望带到北京…;桂林市5位全国人大代表…: a province reached by a verb of going is where the
        # page's deputies went, not its unit, when a unit below it is named too
        gone_to = {m.unit.code for m in named if m.level == "province" and m.unit is not None
                   and not text.startswith("代表团", m.mention.end)  # (到贵州代表团参加审议: a delegation, no place)
                   and (_GONE_TO_BEFORE.search(text, max(0, m.start - 2), m.start)
                        or text[m.start - 1:m.start] in ("在", "从") and _BEEN_AT_AFTER.match(text, m.mention.end))}
        gone_to |= {m.unit.code for m in named if m.level == "province" and m.unit is not None
                    and _SEAT_OF_CONGRESS.match(text, m.mention.end)}  # (基诺山离北京的人民大会堂有多远: the seat)
        # (the seat goes with gone_to, by unit: the page's other mentions of the capital, 边疆同北京心连着心, go too;
        # _elsewhere below drops one mention only)
        gaz = gazetteer()
        below = [m for m in named if m.level in ("prefecture", "county") and m.unit is not None]
        gone_to |= {m.unit.code for m in named if m.level == "province" and m.unit is not None
                    and _INSPECTED_BEFORE.search(text, max(0, m.start - 2), m.start)
                    and below and not any(m.unit.code in _above(gaz, b.unit.code) for b in below)}
        if gone_to and below:
            named = [m for m in named if m.unit is None or m.unit.code not in gone_to]
        learned_from = self._learned_from(text)
        named = [m for m in named if m.start not in learned_from] or named
        named = [m for m in named if not _elsewhere(text, m)] or named
        named = [m for m in named if not self._province_apart(m)] or named
        in_title = [m for m in named if title and title.start <= m.start < title.end
                    and not _RETURNED_TO.search(text, max(0, m.start - 2), m.start)  # (代表返回延吉: where they came back to)
                    and not _venue(text, m)]  # (…在南昌开幕: where the meeting opened)
        if in_title and all(m.level == "province" and text.startswith("人大代表", m.mention.end) for m in in_title) \
                and _ONE_DEPUTY_TITLE.search(text, title.start, title.end) \
                and (below := [m for m in named if m.level in ("prefecture", "county") and not m.mention.anonymous]):
            # ——记浙江省人大代表姜荣威: the province is the congress she sits in; her work is where the page puts her
            # (作为衢州代表团的一员…: 衢州市), the first unit below it the page names
            in_title, named = [], below
        guests = _guests(text, in_title)
        if guests:  # 缙云县人大考察团到新狮街道学习: the page is about the host, not the visitors
            guests |= _guests_province(guests, named)
            in_title = [m for m in in_title if m.unit is None or m.unit.code not in guests]
            named = [m for m in named if m.unit is None or m.unit.code not in guests] or named
        # (我是由连江县选举产生的市人大代表: where a deputy of the level above was elected is no page of its own)
        named = [m for m in named if not _CONSTITUENCY_OF.match(text, m.mention.end)] or named
        # (湘潭市代表雨湖区第四小组: the city's deputies grouped by the district that elected them; the city's page)
        grouped = {m.start for m in named if _deputies_group(text, m)}
        named = [m for m in named if m.start not in grouped] or named
        in_title = [m for m in in_title if m.start not in grouped] or in_title
        host = self._host_of_visit(text, in_title)
        if host is not None:  # 开州区人大常委会到柏梓镇调研: the page is on the township's county
            return _subject(host)
        home = self._home_of_visiting_township(text, in_title, in_first)
        if home is not None:  # 建兴乡人大主席团赴墨江县…考察 on 新平县人民政府's site: 新平县's township's trip
            return _subject(home)
        # (…当选为东营市人大代表: a deputy of that congress, not the body whose page it is)
        # (积极配合厦门市人大常委会做好…: a body the page's own unit works with, not the page's)
        with_body = [m for m in named if _BODY_AFTER.match(text, m.mention.end)
                     and not (note is not None and _DEPUTIES_OF.match(text, m.mention.end))
                     and text[max(0, m.start - 2):m.start] not in _WORKS_WITH
                     and not (m.start >= lede_end and _QUOTED_SOURCE.match(text, m.mention.end))]
        # (…西双版纳傣族自治州人大常委会代表工作委员会主任玉罕告诉记者: a body whose official a story quotes, past the lede,
        # is a source, not the page's unit)
        # the title names the report's unit; else the lede (its first paragraph) does, a body after it first;
        # a county's 人大常委会 far down a prefecture's meeting report is one speaker, not the page
        in_lede = [m for m in named if m.start < lede_end]
        chosen = (in_title or [m for m in with_body if m.start < lede_end] or in_lede or with_body or named)[0]
        chosen = _innermost(chosen, self._upper_by_start)  # 成都市武侯区…: the district, not the city
        chosen = _common_parent(chosen, in_title, in_first)  # 吴运波在芦溪县、上栗县宣讲…: 萍乡市's page
        chosen = self._city_of_its_counties(text, chosen, in_first, lede_end)
        chosen = self._parent_of_lede_list(text, chosen, in_title, lede_end, in_first)
        chosen = _city_body_visiting(text, chosen, in_lede, in_first)  # 市人大常委会…先后到东辽县…、东丰县
        if (province := self._province_body_touring(text, chosen, lede_end)) is not None:
            return _unit_subject(province)  # ——省人大常委会…视察侧记 / …深入长春市、吉林市…察看: where it went
        if any(m.mention.anonymous for m in in_first if m.start <= chosen.start
               and not (title is not None and m.start < title.start < chosen.start)  # (not a masthead's: 南宁市某某区人民政府)
               and not (chosen in with_body and _SOURCE_LINE.search(text, line_start(text, chosen.start), chosen.start)
                        and _written_as(chosen, text[m.mention.end - 1:m.mention.end]))):
            # (2024年**区建议提案办理…, then 信息来源:潍坊市寒亭区人民政府网站: the source line's body names the unit the
            # page masked, of the same kind)
            return self._signed_subject(text)
        if not self._joint_sections(chosen):
            # (placed: counties whose townships the page names, 兴仁市百德镇围塘村: where a province's story is set)
            placed = {c.code for m in self.lower if m.level == "township" and m.unit is not None
                      and (c := _county_above(gazetteer(), m.unit.code)) is not None} \
                if chosen.level == "province" else set()
            chosen = _descend(chosen, [m for m in in_first if not m.mention.anonymous and m.start not in grouped],
                              lede_end, placed, text)
            chosen = _province_speaking(text, chosen, in_first)
            chosen = _delegation_at_province_session(text, chosen, in_first)
            chosen = _province_meeting_venue(text, chosen, in_first)
        chosen = self._first_person(text, chosen, in_first)
        chosen = _we_the_city(text, chosen, in_first, lede_end)
        chosen = _speaker_kind(text, chosen, in_first)
        chosen = self._speech_of(text, chosen)
        if title is not None:
            chosen = _own_congress(text, text[title.start:title.end], chosen, in_first)
            if not in_title:
                chosen = _headline_city_body(text, text[title.start:title.end], chosen, in_first)
                chosen = _headline_province_body(text[title.start:title.end], chosen, in_first)
        city = self._speaking_city(text, chosen, lede_end)
        if city is not None:  # 同志们:我市15个县(市、区)… then 偃师市282名,孟津县246名…: the city's page
            return _unit_subject(city)
        province = _headline_province(text, title, chosen)
        if province is not None:  # 全省代表活动阵地建成14380个, opened by a scene in 禄丰县: the province's page
            return _unit_subject(province)
        if title is not None and chosen.level in ("prefecture", "province") and chosen.unit is not None:
            county = self._county_of_headline_township(title, chosen, lede_end)
            if county is not None:  # 南伞镇十二届人大三次会议闭幕 on 临沧市人大常委会's site: 镇康县's news
                return _unit_subject(county)
        if chosen.level in ("prefecture", "province") and chosen.unit is not None \
                and (county := self._county_of_lede_township(text, chosen, lede_end)) is not None:
            return _unit_subject(county)  # 县十七届人大三次会议期间,来自德平镇的县人大代表… on 德州新闻网
        if chosen.level in ("prefecture", "province") and chosen.unit is not None \
                and (places := self._county_of_places()) is not None and places.ref is not None \
                and places.ref.code != chosen.unit.code \
                and chosen.unit.code not in _above(gazetteer(), places.ref.code) \
                and self._townships_only_in(places.ref.code) >= 3 and not self._townships_under(chosen.unit.code):
            return places  # 湖北武汉 (a bid site's tag) over 我市…多宝镇、皂市镇、渔薪镇: the townships are 天门市's, a
            # county under no part of 武汉; the page is the county's
        if chosen.level in ("prefecture", "province") and chosen.unit is not None \
                and (profiled := self._county_of_profile_subtitle(text, chosen)) is not None:
            return _subject(profiled)  # ——市人大代表、西乡县茶产业发展中心副主任 闫满朝 on 汉中人大网
        if chosen.level == "prefecture" and chosen.unit is not None \
                and (filed := self._county_filed_under(chosen)) is not None:
            return _unit_subject(filed)  # 濮阳人大网 > 县区人大 > 台前县, then 县人大常委会召开…: 台前县's news
        if chosen.level in ("prefecture", "province") and chosen.unit is not None \
                and (sole := self._sole_county_of_unnamed_bodies(text, chosen)) is not None:
            return _subject(sole)  # 山东地情档案 / 第一届人民代表大会…朱凤九县长…: the one county the gazetteer names
        return _subject(chosen)

    def _learned_from(self, text: str) -> set[int]:
        """Starts of the units of a list the page's body went to learn from (专程到广州市、宁波市等地人大学习考察):
        models, never the page's own unit."""
        out: set[int] = set()
        for units in self._long_lists:
            if _TOURED_BEFORE.search(text, max(0, units[0].start - 2), units[0].start) \
                    and _TO_LEARN_AFTER.match(text, units[-1].mention.end):
                out.update(u.start for u in units)
        return out

    def _province_apart(self, m: LinkedMention) -> bool:
        """“我建议全省把上海营商环境…逐条对照” on a 辽宁 delegation's page whose cities and counties lie in 辽宁 (阜新
        eleven times): a province named with no place of its own below it, on a page that names another province's
        places at least three times as often, is a comparison the page draws, never its unit."""
        if m.level != "province" or m.unit is None:
            return False
        own = m.unit.code[:2]
        by_province = Counter(u.unit.code[:2] for u in self.upper if u.unit is not None)
        if any(u.unit is not None and u.unit.code[:2] == own and u.level != "province" for u in self.upper):
            return False
        return any(by_province[other] >= max(_APART_MIN, _APART_RATIO * by_province[own])
                   for other in {u.unit.code[:2] for u in self.upper if u.unit is not None and u.level != "province"})

    def _province_body_touring(self, text: str, chosen: LinkedMention, lede_end: int):
        """——省人大常委会黑土地保护视察侧记 / …视察组一行15人,深入长春市、吉林市、四平市和公主岭市等…察看: the
        province's own body in the headline, and a lede whose units are a list of places its team toured, all in
        one province: the province's page; the cities are where it went."""
        title = self._title
        if title is None or chosen.unit is None or chosen.level not in ("county", "prefecture") \
                or not _BARE_PROVINCE_BODY.search(text, title.start, title.end):
            return None
        gaz = gazetteer()
        for units in self._long_lists:
            if units[0].start >= lede_end or chosen.start not in {u.start for u in units} \
                    or not _TOURED_BEFORE.search(text, max(0, units[0].start - 2), units[0].start):
                continue
            provinces = {p.code if u.unit is not None and (p := gaz.province_of(u.unit.code)) is not None else None
                         for u in units}
            if len(provinces) == 1 and None not in provinces:
                return gaz.province_of(chosen.unit.code)
        return None

    def _city_of_its_counties(self, text: str, chosen: LinkedMention, in_first: list[LinkedMention],
                              lede_end: int) -> LinkedMention:
        """…又深入南岗区、香坊区、双城市等区、县(市)开展调研,…影响我市人大常委会…: a lede that speaks as 我市 and
        lists two or more counties of one prefecture as its own is that prefecture's page, when the page names it
        (a signature: 哈尔滨市人大常委会研究室课题组)."""
        if chosen.level != "county" or chosen.unit is None or "我市" not in text[:lede_end]:
            return chosen
        gaz = gazetteer()
        for units in self._long_lists:
            if chosen not in units or any(u.level != "county" or u.unit is None for u in units):
                continue
            parents = {(p.code if (p := gaz.prefecture_of(u.unit.code)) is not None else None) for u in units}
            if len(parents) == 1 and None not in parents:
                parent = parents.pop()
                return next((m for m in in_first if m.unit is not None and m.unit.code == parent), chosen)
        return chosen

    def _parent_of_lede_list(self, text: str, chosen: LinkedMention, in_title: list[LinkedMention], lede_end: int,
                             in_first: list[LinkedMention]) -> LinkedMention:
        """A headline naming one county as a place (省政协领导在庐阳区投票站投票), whose lede lists it among the counties
        of one prefecture that did the work together (合肥市瑶海区、庐阳区、蜀山区和包河区同步…): the prefecture's page,
        when the page names it. A county named with its own body (庐阳区人大常委会…) keeps the page."""
        if chosen.level != "county" or chosen.unit is None or chosen not in in_title \
                or _BODY_AFTER.match(text, chosen.mention.end) or text.startswith((":", "："), chosen.mention.end):
            return chosen  # (浠水县:把联络站建在群众家门口: a speech's headline names its speaker)
        gaz = gazetteer()
        after_title = self._title.end if self._title is not None else 0
        for units in self._lists:
            if len(units) < 2 or units[0].start < after_title or units[0].start >= lede_end:
                continue
            codes = {u.unit.code for u in units if u.unit is not None and u.level == "county"}
            if chosen.unit.code not in codes or len(codes) != len(units) \
                    or _BODY_AFTER.match(text, units[-1].mention.end):  # (浠水县、蕲春县人大常委会作交流发言: speakers)
                continue
            parents = {p.code if (p := gaz.prefecture_of(code)) is not None else None for code in codes}
            if len(parents) == 1 and None not in parents:
                parent = parents.pop()
                return next((m for m in in_first if m.unit is not None and m.unit.code == parent), chosen)
        return chosen

    def _only_outlet(self, text: str) -> Subject | None:
        """信息来源:如东日报 and no other unit named anywhere: the outlet's unit is the page's."""
        units = {m.unit.code: m for m in self.upper if m.unit is not None and not m.mention.anonymous}
        if len(units) == 1 and all(_outlet(text, m) for m in self.upper):
            return _subject(next(iter(units.values())))
        return None

    def _titled_own_body(self, text: str) -> Subject | None:
        """A page that names its unit only inside a document's title (《郑州市人民代表大会议事规则》) and writes its
        own bodies without a name (市十六届人大五次会议, 市人大常委会): that unit, when it is the one unit so named
        and of the kind the bodies are written at."""
        units = {m.unit.code: m for m in self._titled}
        gaz = gazetteer()
        # 《佛山市顺德区人大常委会街道工作委员会工作规则》: a unit written with the city above it is one unit
        above = {a for code in units for a in _above(gaz, code)}
        units = {code: m for code, m in units.items() if code not in above}
        if len(units) != 1:
            return None
        (m,) = units.values()
        body = _UNNAMED_BODY.get(m.name[-1:]) if m.level != "province" else None
        if body is None or not body.search(text):
            return None
        return _subject(m)

    def _county_filed_under(self, chosen: LinkedMention):
        """The county a prefecture's site files the page under in its breadcrumb, when it lies under the unit
        chosen: the story then names only 县人大常委会, the county being the channel's."""
        name = self.seg.clean.filed_under
        if not name:
            return None
        gaz = gazetteer()
        counties = {e.code for surface in (name, name + "县", name + "区", name + "市")
                    for e in gaz.entries.get(surface, ()) if e.kind in ("full", "short", "stem")
                    and (u := gaz.unit(e.code)) is not None and u.level == "county"
                    and chosen.unit.code in _above(gaz, e.code)}
        return gaz.unit(next(iter(counties))) if len(counties) == 1 else None

    def _county_of_profile_subtitle(self, text: str, chosen: LinkedMention) -> LinkedMention | None:
        """A profile's subtitle line (——市人大代表、西乡县茶产业发展中心副主任 闫满朝, ——记山阳县人大代表涂正爱), card
        line (周康健,男,62岁,奉化市…村党支部书记,…宁波市人大代表) or lede (来自我省贵德县…的全国人大代表毕生忠,
        as the deputy is first introduced): the person's titles or home name the county they work in,
        under the page's unit; their work is that county's, whatever congress above it they sit in (the guideline's
        井冈山市 deputies to 吉安市)."""
        gaz = gazetteer()
        within = min(len(text), _PROFILE_SUBTITLE_WITHIN)
        title = self._title
        headline = text[title.start:title.end] if title is not None else ""
        homes = [m for m in _PROFILE_HOME.finditer(text, 0, within) if m.group("name")[:2] in headline]
        for line in [*_PROFILE_SUBTITLE.finditer(text, 0, within), *_PROFILE_CARD.finditer(text, 0, within),
                     *homes[:1]]:  # (the home of the one deputy the headline names: a profile of that deputy)
            counties = [m for m in self._uppers_in(line.start(), line.end()) if m.level == "county"
                        and m.unit is not None and not m.mention.anonymous
                        and chosen.unit.code in _above(gaz, m.unit.code)]
            if len({m.unit.code for m in counties}) == 1:
                return counties[0]
        return None

    def _lone_masthead(self, section) -> bool:
        """温州 alone above 新闻热线…|设为首页 on a page of one section: the site's masthead read as the section's
        heading names the outlet, not a section's unit (the page is read as one; pages of several sections keep
        their headings' units). A name that holds no unit at all (a forum's 麻辣社区) is a masthead too."""
        if len(self.seg.sections) != 1:
            return False
        uppers = list(self._uppers_in(section.heading.start, section.heading.end))
        return all(_outlet(self.seg.clean.text, m) for m in uppers)

    def _signed_subject(self, text: str) -> Subject:
        """The page's unit when nothing at its start names it: the one its closing signature names, if any;
        else, when the page names no unit at all, the one whose site it is (its footer's 主办单位)."""
        signed = self._signed_unit(text)
        if signed is not None:
            return _subject(signed)
        host = self._host_unit() if not self.upper else None
        return _unit_subject(host) if host is not None else Subject(None, None)

    def _host_unit(self):
        """The unit the footer's 主办单位 names (clean keeps it as `hosted_by`), when the gazetteer knows just one."""
        name = self.seg.clean.hosted_by
        if not name:
            return None
        gaz = gazetteer()
        units = {e.code for e in gaz.entries.get(name, ()) if e.kind in ("full", "short")
                 and (u := gaz.unit(e.code)) is not None and u.level in ("county", "prefecture", "province")}
        return gaz.unit(next(iter(units))) if len(units) == 1 else None

    def _signed_unit(self, text: str) -> LinkedMention | None:
        """A report whose opening names its own unit only as 自治县 or 县, or names places by placeholder (XX市XX县),
        signed at its end by the drafting body (（隆林各族自治县人大常委会选举任免联络工作委员会）): the unit the
        signature names."""
        for p in reversed(self.seg.paragraphs[-_SIGNATURE_LINES:]):
            if not _SIGNATURE.fullmatch(text, p.start, p.end):
                continue
            m = next((m for m in self._uppers_in(p.start, p.end) if not m.mention.anonymous and m.unit is not None),
                     None)
            if m is not None:
                return _innermost(m, self._upper_by_start)
        return None

    def _in_caption(self, m: LinkedMention) -> bool:
        p = self.seg.paragraphs[self.seg.sentence_at(m.start).paragraph]
        return bool(_CAPTION.match(self.seg.clean.text, p.start, p.end)) or _caption_line(self.seg.clean.text, m.start)

    def _editors_note(self):
        """The paragraph of an editor's note about a column (编者按:…东营涌现出这样一批人大代表…), among the first
        few: it speaks of the series, not of the story under it."""
        text = self.seg.clean.text
        for p in self.seg.paragraphs[:8]:
            if _EDITORS_NOTE.match(text, p.start, p.end):
                return p
        return None

    def _joint_sections(self, chosen: LinkedMention) -> bool:
        """A page whose sections are headed by two or more units directly under the one chosen (一、娄星区 …
        五、新化县 under 娄底市) is that unit's joint report, however often its lede names the county that
        hosted the meeting. (Under a province, the counties' own prefecture may still be the page's.)"""
        if chosen.unit is None or chosen.level not in ("province", "prefecture"):
            return False
        gaz = gazetteer()
        heads = {h.ref.code for s in self.seg.sections if s.heading is not None
                 and (h := self._heading_unit(s)) is not None and h.ref is not None and h.ref.code is not None}
        under = [code for code in heads if chosen.unit.code in _above(gaz, code)]
        if len(under) < 2:
            return False
        shared = set.intersection(*(_above(gaz, code) for code in under))
        return all(RANK[gaz.unit(code).level] <= RANK[chosen.level] for code in shared)

    def _county_of_lede_township(self, text: str, chosen: LinkedMention, lede_end: int):
        """A lede that speaks of an unnamed county's congress or body (县十七届人大三次会议, 县人大代表) and whose
        paragraph names townships of one county under the unit chosen (a prefecture's outlet): that county."""
        if not _UNNAMED_COUNTY_BODY.search(text, 0, lede_end):
            return None
        paragraph_end = self.seg.paragraphs[self.seg.sentence_at(max(0, lede_end - 1)).paragraph].end
        gaz = gazetteer()
        counties = {c.code: c for m in self.lower if m.start < paragraph_end and m.level == "township"
                    for e in m.mention.entries
                    if (c := _county_above(gaz, e.code)) is not None and chosen.unit.code in _above(gaz, c.code)}
        return next(iter(counties.values())) if len(counties) == 1 else None

    def _sole_county_of_unnamed_bodies(self, text: str, chosen: LinkedMention) -> LinkedMention | None:
        """A page that speaks again and again of an unnamed county's bodies (县人民政府, 县长, 县委书记: a county
        gazetteer's chapter, a county's own site) and names one county under the unit chosen, and no other
        county: that county is the page's."""
        if len(_UNNAMED_COUNTY_WORDS.findall(text)) < _UNNAMED_COUNTY_MIN:
            return None
        gaz = gazetteer()
        counties = {m.unit.code: m for m in self.upper if m.level == "county" and m.unit is not None
                    and not m.mention.anonymous}
        unlisted = {m.unit.code for m in self.upper if m.unit is not None and m.start not in self._listed}
        alone = {code: m for code, m in counties.items() if code in unlisted}
        counties = alone if len(alone) == 1 else counties  # (与酉阳、花垣、松桃三地人大常委会联手: partners, listed)
        if len(counties) != 1:
            return None
        county = next(iter(counties.values()))
        return county if chosen.unit.code in _above(gaz, county.unit.code) else None

    def _host_of_visit(self, text: str, in_title: list[LinkedMention]) -> LinkedMention | None:
        """A headline where a county's body goes to a township of another county the page names (开州区人大常委会
        到柏梓镇调研交流, 柏梓镇 in 潼南区): the host county's mention."""
        for m in in_title:
            if m.unit is None or m.level not in ("county", "prefecture"):
                continue
            visit = _VISIT_TO.match(text, m.mention.end) or _VISIT_AT.match(text, m.mention.end)
            if visit is None:
                continue
            host = self._upper_by_start.get(visit.end())
            if host is not None and host.unit is not None and host.level == "county" and host.unit.code != m.unit.code \
                    and (_TO_LEARN.match(text, host.mention.end)
                         or m.unit.code not in _above(gazetteer(), host.unit.code)):
                # 井研县人大到广汉学习考察, 阳泉市人大常委会领导在代县调研 (代县 lies in 忻州市): the visitors came to
                # see the host's work, which is what the page reports
                return host
            if m.level != "county" or visit.re is _VISIT_AT:
                continue
            k = bisect_left(self._lower_starts, visit.end())
            if k < len(self.lower) and self.lower[k].start == visit.end():
                county = self._county_of(self.lower[k])
                if county is not None and county.unit is not None and county.unit.code != m.unit.code:
                    return county
        return None

    def _home_of_visiting_township(self, text: str, in_title: list[LinkedMention],
                                   in_first: list[LinkedMention]) -> LinkedMention | None:
        """A headline where a township's body goes to another county (X乡人大主席团赴Y县…): the page is the
        township's own county's, when the page names that county (its site's masthead, its source line)."""
        if not in_title or not _GONE_TO_BEFORE.search(text, max(0, in_title[0].start - 2), in_title[0].start):
            return None
        title_start = self.seg.paragraphs[self.seg.sentence_at(in_title[0].start).paragraph].start
        k = bisect_left(self._lower_starts, title_start)
        gaz = gazetteer()
        while k < len(self.lower) and self.lower[k].start < in_title[0].start:
            township = self.lower[k]
            counties = {c.code for e in township.mention.entries if (c := _county_above(gaz, e.code)) is not None}
            if township.level == "township" and len(counties) == 1:
                code = counties.pop()
                return next((_innermost(m, self._upper_by_start) for m in in_first
                             if m.unit is not None and _innermost(m, self._upper_by_start).unit.code == code), None)
            k += 1
        return None

    def _speaking_city(self, text: str, chosen: LinkedMention, lede_end: int):
        """A page whose lede speaks as 我市/本市 (or of 市五届人大) and names no unit, whose counties (three or more, all under one
        prefecture-level 市) come later: that 市 (a city leader's speech with a quota per county)."""
        speaks_as_city = any(m.group() in ("我市", "本市") for m in _SELF.finditer(text, 0, lede_end)) \
            or bool(_UNNAMED_CITY_BODY.search(text, 0, lede_end))  # (市五届人大一次会议代表建议全部办结)
        # (or a province's masthead over it: 黑龙江省数字方志馆 … 大庆年鉴 … 市四届人大五次会议, 让胡路区…)
        if not speaks_as_city or not (chosen.level == "county" and chosen.start >= lede_end
                                      or chosen.level == "province" and chosen.unit is not None):
            return None
        gaz = gazetteer()
        parents = {p.code: p for m in self.upper if m.unit is not None and m.level == "county"
                   and (p := gaz.prefecture_of(m.unit.code)) is not None}
        counties = {m.unit.code for m in self.upper if m.unit is not None and m.level == "county"}
        if len(parents) == 1 and len(counties) >= 3:
            (city,) = parents.values()
            if chosen.level == "province" and (gaz.province_of(city.code) != chosen.unit
                                               or _UNNAMED_BODY["省"].search(text, 0, lede_end)):
                return None  # (省人大代表调研组分赴…: the province's own page, however many of one city's counties)
            return city if city.name.endswith("市") else None
        if chosen.level == "county":
            # 我市7名全国人大代表启程赴京 (邵阳新闻网讯; 绥宁县 in one deputy's title, after the lede): the one 市
            # the page names above the county, if only as its outlet, is the one that speaks
            above = _above(gaz, chosen.unit.code)
            cities = {m.unit.code: m.unit for m in self.upper if m.unit is not None and m.level == "prefecture"
                      and m.unit.name.endswith("市") and m.unit.code in above}
            if len(cities) == 1:
                (city,) = cities.values()
                named = Counter(m.unit.code for m in self.upper if m.unit is not None)
                if chosen.unit.name.endswith("市") and named[chosen.unit.code] > named[city.code]:
                    return None  # 泰兴市 ×9, 泰州市 ×1: a county-level city named most is the 市 that speaks
                return city
        return None

    def _county_of_headline_township(self, title, chosen: LinkedMention, lede_end: int):
        """The county of a township the headline is about, when it lies under the unit chosen (a prefecture's
        site or outlet carrying a township's news)."""
        gaz = gazetteer()
        k = bisect_left(self._lower_starts, title.start)
        while k < len(self.lower) and self.lower[k].start < title.end:
            m = self.lower[k]
            if m.level == "township" and not _ZONE_BEFORE.search(self.seg.clean.text, max(0, m.start - 6), m.start):
                counties = {c.code: c for e in m.mention.entries
                            if (c := _county_above(gaz, e.code)) is not None and chosen.unit.code in _above(gaz, c.code)}
                if len(counties) == 1:
                    return next(iter(counties.values()))
            k += 1
        return self._county_of_headline_stem(title, chosen, lede_end)

    def _county_of_headline_stem(self, title, chosen: LinkedMention, lede_end: int):
        """台州金清:… then 台州市路桥区金清镇… in the lede: a headline names a township by its stem alone (the
        suffix 镇/乡/街道 dropped after the city's short name); the lede's township of that stem gives the county."""
        text = self.seg.clean.text
        gaz = gazetteer()
        k = bisect_left(self._lower_starts, title.end)
        found = {}
        while k < len(self.lower) and self.lower[k].start < lede_end:
            m = self.lower[k]
            stem = _TOWNSHIP_SUFFIX.sub("", m.mention.surface)
            at = text.find(stem, title.start, title.end) if m.level == "township" and len(stem) >= 2 else -1
            county = self._county_named_before(m)
            if at >= 0 and stem != m.mention.surface and not text.startswith(("镇", "乡", "街"), at + len(stem)) \
                    and county is not None and chosen.unit.code in _above(gaz, county.unit.code):
                found[county.unit.code] = county.unit  # (自贡瓦市镇 writes the township whole: the loop above's)
            k += 1
        return next(iter(found.values())) if len(found) == 1 else None

    def _county_named_before(self, township: LinkedMention) -> LinkedMention | None:
        """路桥区 of 台州市路桥区金清镇: the county the text writes right before a township, if any."""
        k = bisect_left(self._upper_starts, township.start) - 1
        while k >= 0 and self.upper[k].mention.end == township.start:
            if self.upper[k].level == "county" and self.upper[k].unit is not None:
                return self.upper[k]
            k -= 1
        return None

    def _speech_of(self, text: str, chosen: LinkedMention) -> LinkedMention:
        """编者按: …今天刊发的是鄯善县东巴扎回族乡代表的发言: a deputy's speech on a prefecture's site is the
        speaker's county's page, when that county lies under the unit chosen."""
        if chosen.unit is None or chosen.level not in ("prefecture", "province"):
            return chosen
        note = _SPEECH_OF.search(text)
        if note is None:
            return chosen
        first = next(self._uppers_in(note.start("who"), note.end("who")), None)
        if first is not None:
            speaker = _innermost(first, self._upper_by_start)
            if speaker.unit is not None and chosen.unit.code in _above(gazetteer(), speaker.unit.code):
                return speaker
        return chosen

    def _townships_only_in(self, code: str) -> int:
        """How many townships the page names that no county but this one holds (a name two counties share, 海头镇,
        says nothing of which is meant)."""
        gaz = gazetteer()
        names = set()
        for m in self.lower:
            counties = {c.code for c in (_county_above(gaz, x) for x in _codes_of(m)) if c is not None}
            if counties == {code}:
                names.add(m.name)
        return len(names)

    def _townships_under(self, code: str) -> bool:
        """Does the page name any township that may lie under this unit."""
        gaz = gazetteer()
        return any(code in _above(gaz, x) for m in self.lower for x in _codes_of(m))

    def _county_of_places(self) -> Subject | None:
        """A page that names no county but several of its townships (高沟镇, 保滩街道…) is that county's: the
        county two or more of the named townships can lie in, for at least two thirds of them."""
        gaz = gazetteer()
        votes: Counter[str] = Counter()
        names = 0
        first_by_name: dict[str, LinkedMention] = {}
        for m in self.lower:
            if m.mention.entries:
                first_by_name.setdefault(m.name, m)  # one pass: a page may name thousands of places
        for m in first_by_name.values():
            codes = _codes_of(m)
            counties = {c.code for code in codes if (c := _county_above(gaz, code)) is not None}
            names += bool(counties)
            votes.update(counties)
        if not votes:
            return None
        (code, n), *rest = votes.most_common(2)
        if rest and rest[0][1] == n:
            return None  # two counties hold as many of the townships: no one county (and a set's order never picks)
        if n == 1 and names == 1 and (code in self._upper_by_code or gaz.unit(code).level == "prefecture" and any(
                m.unit is not None and m.unit.parent_code == code for m in self.lower)):
            pass  # 麻家渡镇:… on 今日竹山网: one township, in the one county the page names; 洪梅镇 linked to 东莞市
            # (a city with no counties, named only in a document's title): the town is the city's own
        elif n == 1 and names == 1 and len(votes) == 1 and self._title is not None \
                and (k := bisect_left(self._lower_starts, self._title.start)) < len(self.lower) \
                and self.lower[k].start < self._title.end:
            pass  # 盛泽镇召开第十六届人民代表大会第七次会议, no county named: the one county the headline's township lies in
        elif code in self._upper_by_code and 2 * n >= names:
            pass  # 新会区三江镇 … 联合镇: the county the page names holds at least half the townships it names
        elif n < 2 or 3 * n < 2 * names:
            return None
        return _unit_subject(gaz.unit(code))

    def _first_person(self, text: str, chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
        """浮山县人大考察团来我县 … 来源:长子县人大常委会 (or 聊城市…调研组来我市 … 来源:南阳日报): 我县 is the
        publisher's unit, not the one named first."""
        sources = [m for m in mentions if m.level in ("county", "prefecture") and not m.mention.anonymous
                   and m.name != chosen.name and _after_source_label(text, m.start)
                   and not (chosen.unit is not None and m.unit is not None
                            and m.unit.code in _above(gazetteer(), chosen.unit.code))]  # (我市沿滩区: the city's county)
        if sources and chosen.unit is not None and any(
                m.unit is not None and m.unit.code == chosen.unit.code and m.start < sources[0].start and _outlet(text, m)
                for m in mentions):
            return chosen  # 龙华新闻 … 内容来源:宝安日报: the page's own masthead names the unit 我区 speaks as
        if sources:
            said = {k for k in "县区市旗" if "我" + k in text}  # once per document, not per mention
            return next((m for m in sources if m.name[-1] in said), chosen)
        return chosen

    def _heading_unit(self, section) -> Subject | None:
        h = section.heading
        text = self.seg.clean.text
        named = [_innermost(m, self._upper_by_start) for m in self._uppers_in(h.start, h.end)]  # 雅安市雨城区草坝镇: 雨城区
        # 重庆市人大代表、南岸区人大常委会主任某某: a speaker's heading names the congress she sits in first, then
        # the unit of her post, which is the section's
        posts = [m for m in named if not _ITS_CONGRESS.match(text, m.mention.end)]
        # 海南藏族自治州人大常委会 | 首页 > 县区人大 > 同德县: a site's masthead and its breadcrumb read as the heading;
        # the page is filed under the unit the trail ends with, not the site's
        filed = [m for m in named if _TRAIL_STEP.search(text, h.start, m.start)]
        if filed and len(named) >= 2:
            return _subject(filed[-1])
        if named:
            return _subject((posts or named)[0])
        return self._county_of_heading_township(h)

    def _county_of_heading_township(self, h) -> Subject | None:
        """宰便镇:人大代表当好“三员”: a brief headed by a township alone is its county's, when the document names that
        county (从江县人民政府…) anywhere."""
        k = bisect_left(self._lower_starts, h.start)
        while k < len(self.lower) and self.lower[k].start < h.end:
            county = self._county_of(self.lower[k])
            if county is not None:
                return _subject(county)
            k += 1
        return None

    def _section_subject(self, section) -> Subject:
        if section.heading is None or self._lone_masthead(section):
            return self.doc_subject
        if _PERSON_HEADLINE.match(self.seg.clean.text, section.heading.start, section.heading.end):
            # 李某代表:把北京的好消息讲给乡亲们听: a person's story is set where its opening places the person, before
            # any place its headline names
            return self._profiled_county(section) or self._heading_unit(section) or self.doc_subject
        return self._heading_unit(section) or self._profiled_county(section) or self.doc_subject

    def _profiled_county(self, section) -> Subject | None:
        """A profile headed by the person alone (全国人大代表龙荣:): the county its opening names (…怀化市麻阳苗族
        自治县尧市镇…), when that county lies under the page's unit. (Every other heading names its unit.)"""
        doc = self.doc_subject
        if doc.ref is None or doc.ref.code is None:
            return None
        limit = min(section.end, section.heading.end + _PROFILE_OPENING)
        gaz = gazetteer()
        for upper in self._uppers_in(section.heading.end, limit):
            m = _innermost(upper, self._upper_by_start)
            if not m.mention.anonymous and m.unit is not None and m.level == "county" \
                    and doc.ref.code in _above(gaz, m.unit.code) and not _outlet(self.seg.clean.text, m):
                return _subject(m)
        return None

    def _closing(self, section, subject: Subject) -> int:
        """Where a county's section of a feature goes back to the document's unit: the first later paragraph
        whose opening sentence speaks of the whole (全市, 各县区, 市人大常委会…, 会议要求). Only below a
        document unit that contains the section's (one pass over the section's paragraphs)."""
        doc = self.doc_subject
        if (section.heading is None or subject.ref is None or doc.ref is None or doc.ref.code is None
                or subject.ref.code is None or doc.ref.code not in _above(gazetteer(), subject.ref.code)):
            return section.end
        text = self.seg.clean.text
        kind = doc.ref.name[-1]
        # 全市 and a bare 市人大常委会 speak of the document's unit only where the section's is no 市 itself
        # (…省人大代表李志杰，市人大代表傅伦佳和市人大常委会驻会委员: the city's deputies and body, listed)
        of_doc = (regex.compile(rf"全{kind}(?!{_RANKING.pattern})|(?:(?<!\p{{Han}})|(?<=[和及与、])){kind}人大"
                                rf"(?:常委会|代表)")
                  if not subject.ref.name.endswith(kind) else None)
        # a heading that is itself the section's prose (【临西县】视察组还来到临西县,…。) is its opening paragraph
        body = 1 if _SENTENCE_END.search(text, section.heading.start, section.heading.end) else 0
        paragraphs = self.seg.paragraphs
        outlined = any(_OUTLINE_HEADING.match(text, p.start, p.end) for p in paragraphs if p.end <= section.start)
        for p in paragraphs[bisect_right(paragraphs, section.heading.start, key=lambda p: p.start):]:
            if p.start >= section.end:
                break
            if outlined and _OUTLINE_HEADING.match(text, p.start, p.end):
                return p.start  # 二、各区县推进情况 / 江津区:… / 三、下一步工作打算: the document's outline goes on
            if p.end - p.start <= _SUBHEAD_CHARS and not _SENTENCE_END.search(text, p.start, p.end):
                continue  # (通讯员 李 强): a credit or subhead line, no paragraph of the section's prose
            body += 1
            if body == 1:
                continue  # the section's own opening paragraph
            first = text[p.start:self.seg.sentence_at(p.start).end]
            if first.startswith(subject.ref.name):
                continue  # 禹城市人大常委会对…,把参加会议、进站接待…: the section's unit speaking, not the whole
            back = _BACK_TO_WHOLE.search(first)
            if back and regex.fullmatch(_MEETING, back.group()) and self._held_own_meeting(section, subject):
                continue  # 芦溪县召开全县…会议 / 会议指出,…: the meeting is the section's unit's own
            if back or (of_doc is not None and of_doc.search(first)):
                return p.start
        return section.end

    def _held_own_meeting(self, section, subject: Subject) -> bool:
        """The section's opening names its unit holding a meeting (3月3日,芦溪县召开全县人大选任联工作会议): a 会议指出 after
        it speaks of that meeting, not of the document's whole."""
        text = self.seg.clean.text
        start = section.heading.end if section.heading is not None else section.start
        opening = text[start:min(section.end, start + _OWN_MEETING_WINDOW)]
        name = subject.ref.name if subject.ref is not None else None
        return bool(name) and regex.search(regex.escape(name) + r"[^。]{0,12}?(?:召开|举行)[^。]{0,30}?会议", opening) is not None

    # --- facts -----------------------------------------------------------------------------------------------
    def region_at(self, pos: int) -> RegionRef | None:
        original = self._original_of_repeat(pos)
        if original is not None:
            return self.region_at(original)  # a paragraph a copy repeated is the paragraph it repeats
        section = self.seg.section_at(pos)
        subject = self.section_subjects[section.index]
        sentence = self.seg.sentence_at(pos)
        paragraph = self.seg.paragraphs[sentence.paragraph]
        floor = max(paragraph.start, section.start)
        if pos >= self.section_closing[section.index]:
            subject = self.doc_subject
        text = self.seg.clean.text
        if subject.level in ("province", "prefecture") and (
                (whole_marker := _OF_THE_WHOLE.search(text, sentence.start, sentence.end))
                and not (subject.level == "province" and whole_marker.group().endswith("本级"))  # (a city's own
                # level, on a province's page, is the city's its paragraph speaks for: 柳州市…主任某某:…。市本级…)
                and not self._own_meeting_of_opener(paragraph, whole_marker)
                and not self._townships_of_opener(paragraph, whole_marker)
                or (own := _OWN_BODY_OPENS.match(text, sentence.start, sentence.end)) and subject.ref is not None
                and subject.level == "prefecture" and own.group("kind") == subject.ref.name[-1]
                and not self._headed_by(paragraph, own.group("kind"))):
            # 各县(市)…共110余人参加会议; 市人大常委会领导全年带队走访基层代表58人次: a county named before is no
            # subject here
            floor = max(floor, sentence.start)
        counted = subject.level in ("province", "prefecture") \
            and _COUNTIES_COUNTED.search(text, sentence.start, min(sentence.end, pos + 12))
        if counted:
            floor = max(floor, sentence.start)  # 有126个县(市、区)人大常委会建立了…: the whole counts its counties
        if _NEW_EXAMPLE.match(text, sentence.start, sentence.end):
            floor = max(floor, sentence.start)  # 又如,汪红梅代表提出…: a new example takes no unit from the one before
        if self.doc_subject.level == "prefecture" and self.doc_subject.ref is not None and _DIRECT_ROW.match(
                text, max(sentence.start, text.rfind("\n", max(0, pos - 200), pos) + 1), pos):
            # 市直代表团  60名  58名, 驻天水部队:应选代表14名: the city's own, not the row or section above's
            return self.doc_subject.ref
        if _TOTAL_ROW.match(text, line_start(text, pos), pos) or _OTHERS_ROW.match(text, line_start(text, pos), pos):
            # 水富县  10.5万人  10名 / 合  计  577.0万人  351名: the table's total is the whole's; so is a row of the
            # others together (紫云自治县人民政府  4件 / 其他46家单位  61件), whatever row a unit named last
            return (self.doc_subject if _row_section(self.seg, pos) else subject).ref
        rest = _REST.search(text, max(sentence.start, pos - 4), pos)
        if rest is not None:
            listed = text.rfind("其中", sentence.start, rest.start())
            if listed >= 0:
                return self.region_at(listed)  # 其中温宿县3个、库车市2个,其余5个: the total's unit, not the last
        said = self._said_before(pos, paragraph.start)
        if said is not None:
            return self.region_at(said)  # 对代表联名提出的14件议案,…特克斯县…。截至目前,14件议案中已办结12件: the same
            # figure of the same thing, said again: whose it was
        shared = self._shared_to(pos, sentence.start)
        if shared is not None:
            return shared
        partner = self._partner_county(sentence.start, pos)
        if partner is not None:
            return partner
        ruling = self._ruling_unit(sentence.start, pos)
        if ruling is not None:
            return ruling
        member = self._breakdown_owner(pos, sentence.start, subject)
        if member is not None:
            return member
        adjacent = self._adjacent_unit(pos, subject) or self._whole_named_in_clause(sentence.start, pos, subject) \
            or self._speaker_after_quote(pos)
        if adjacent is not None:
            return adjacent
        team = self._team_formed_by(sentence.start, pos, subject)
        if team is not None:
            return team  # 此次检查组由汕尾市人大常委会…共12人组成: the team is the body's that formed it
        actor = self._upper_actor(sentence.start, pos, subject) or self._account_of_paragraph(paragraph, pos, subject)
        if actor is not None:
            return actor  # 吉林省人大常委会…新增设6个, 省人大常委会通过…就17部法规草案征求意见: the upper body's work
        toured = self._siblings_toured(sentence.start, pos, subject)
        if toured is not None:
            return toured
        if text.endswith("一行", max(sentence.start, pos - 2), pos):
            party = self._nearest_named(sentence.start, pos)
            if party is not None:
                return _subject(party).ref  # 阳泉市人大常委会…高和平一行5人来到代县: the visiting party's unit
        movers, starts = self._movers_for(subject)
        floor = self._past_an_example(movers, starts, floor, sentence.start)
        mover = self._nearest_mover(movers, starts, floor, pos)
        if mover is not None and subject.ref is not None and mover.unit is not None \
                and mover.unit.code == subject.ref.code and mover.start > sentence.start \
                and (opener := self._nearest_mover(movers, starts, sentence.start, mover.start)) is not None \
                and opener.start == sentence.start and opener.level == "county":
            # 鼓楼区人大代表、福州某互联网医院负责人张志敏组织120名医生: the page's own city inside a name is no
            # new subject; the county the sentence opens with keeps the figure
            mover = opener
        if mover is not None and subject.ref is not None and mover.unit is not None \
                and mover.unit.code == subject.ref.code and mover.start < sentence.start \
                and not _BODY_AFTER.match(text, mover.mention.end) and not self._opens_clause(mover) \
                and (opener := self._opening_unit(paragraph)) is not None and opener.start < mover.start \
                and opener.level == "county" and _listed_at(starts, opener.start) and opener.unit is not None \
                and subject.ref.code in _above(gazetteer(), opener.unit.code):
            # 汝城縣代表團的廖茂海代表…他最關心的是郴州農村的發展。…他所在的村有村民460戶: the page's own city named in
            # passing, in a sentence before, leaves the figure with the county the paragraph opened with
            mover = opener
        if mover is not None and _breakdown_member(text, mover) and not _own_figure(text, mover, pos):
            # 其中鄂城区6个、…梁子湖区4个,…;每个联络站每月…1次: the breakdown ended; the whole's again, and the whole is
            # the unit its paragraph opens with where one does (银川市人大常委会介绍,…其中兴庆区58个…。两级财政共投入…)
            opening = self._opening_unit(paragraph)
            mover = opening if opening is not None and opening.start < mover.start \
                and not _breakdown_member(text, opening) and _may_move(opening, subject) else None
        township = self._nearest_township(floor, pos, subject)
        whole = None  # the last 全市/该市 before the figure in its sentence
        for m in _WHOLE.finditer(text, sentence.start, pos):
            if not _frames_ranking(text, m.end()) and not _yardstick(text, m) \
                    and not ((doc := _WHOLE_IN_PAPER.match(text, m.end())) and doc.end() <= pos) \
                    and not (text[m.start() - 1:m.start()] == "至" and _ROUTE_AFTER.match(text, m.end())):
                # (灌阳至全州公路改造: a route's far end, 全州县, never the whole 州)
                whole = m
        body = _WHOLE_BODY.search(text, sentence.start, pos)
        if body is not None and body.group("asked") and self._own_place_asked(sentence):
            body = None
        if body is not None and (whole is None or body.start() > whole.start()):
            whole = body
        # …全市…，陆良县对…5000元 / 全市的示范点，把全镇103名: a unit or a township's whole named after 全市 is nearer
        nearer = max((m.start for m in (mover, township) if m is not None), default=-1)
        self_ref = self._last_self(floor, pos, subject.ref.name[-1:] if subject.ref else "")
        if self_ref is not None and subject.level == "province" and text[self_ref + 1] == "市" \
                and subject.ref is not None and not subject.ref.name.endswith("市") \
                and (city := self._one_city()) is not None:  # (重庆市's 我市 is itself)
            return city.ref  # 全省…推进会在滁州召开 … 我市共建成…1068个: a province's page on 滁州's site, 我市 is 滁州
        if whole is not None and self_ref is not None and self_ref > whole.start() \
                and (whole.re is _WHOLE_BODY or text[self_ref] in "我本"):
            # 市财政局核定我区…限额: the city's bureau acts on 我区's figure, which stays the district's; 在全区范围
            # 评选…,我市共有11个: the writer's own unit, named nearer the figure than the whole
            whole = None
        if whole is not None and nearer < whole.start() and not _TOWNSHIP_WHOLE.search(text, whole.end(), pos):
            return self._whole_of(whole, floor, subject, sentence.start)
        if self_ref is not None and _TOWNSHIP_WHOLE.search(text, self_ref, pos):
            self_ref = None  # 作为全市的示范点,把全镇103名代表: the township's whole is nearer than the city's
        # the nearest unit before the figure (in its paragraph) that may take it, unless a 我区 stands between;
        # a township named nearer than any unit gives its county (新狮街道人大代表联民工作站… in a page that
        # names 婺城区 and its visitors from 缙云县)
        if mover is not None and (over := self._counties_counted_over(sentence.start, pos)) is not None:
            return over  # 走访了孟津县及周边偃师市、新安县的40多个村: counted across the listed counties, their city's
            # (灌南县堆沟港镇党委书记…提到,灌河沿线涉及灌云、灌南两县的9个乡镇: however near a township was named)
        if township is not None and (mover is None or township.start > mover.start) \
                and (self_ref is None or township.start > self_ref):
            if _LIST_END.match(text, township.mention.end, pos) or _EXAMPLE.match(text, township.mention.end, pos):
                county = self._county_ref(township)
                if mover is not None and mover.unit is not None and county is not None and county.code == mover.unit.code \
                        and bisect_left(self._lower_starts, mover.mention.end) == bisect_right(self._lower_starts,
                                                                                                mover.mention.end):
                    return county  # 嘉鱼县人大常委会组织…视察了潘家湾镇…等9个项目: the examples' county, named
                    # before them in the sentence, is the whole they are counted over (not a county written before
                    # one example, 蒸湘区联合街道工作站等15个: that is the example's own chain)
                return subject.ref  # 联合街道工作站等15个工作站: counted over a list of examples, the whole's
            return self._county_ref(township)
        if mover is not None:
            if self_ref is not None and mover.start < self_ref and not _whole_of_mover(text, self_ref, mover):
                return subject.ref  # 丰都县组织…，我区组织代表17名: 我区 brings the figure back
            if _PEOPLE_EXAMPLE.fullmatch(text, mover.mention.end, pos):
                return _subject(mover).ref  # 晋宁区代表团郎佳等13名代表: its people, not a list of units
            if _LIST_END.match(text, mover.mention.end, pos) or _EXAMPLE.match(text, mover.mention.end, pos):
                return subject.ref  # 廉江市人大常委会、徐闻县人大常委会等9个单位: counted over the list, the whole's
            return _subject(mover).ref
        if self_ref is None and whole is None and subject.level in ("province", "prefecture") \
                and (home := self._home_of_sentence(sentence, subject)) is not None:
            return _subject(home).ref  # 在红坪村,杨爱东的养猪场占地30亩: the county the page gave her
        if self_ref is None and whole is None and floor == paragraph.start and not counted:
            carried = self._carried(paragraph, section, subject, pos)
            if carried is not None:
                return _subject(carried).ref
        return subject.ref

    def _own_place_asked(self, sentence) -> bool:
        """Does the sentence of a proposal to the province's purse name a county, a township or its own project?"""
        text = self.seg.clean.text
        return _OWN_PLACE_ASKED.search(text, sentence.start, sentence.end) is not None \
            or any(sentence.start <= m.start < sentence.end and m.level == "county" for m in self.upper) \
            or bisect_left(self._lower_starts, sentence.start) < bisect_left(self._lower_starts, sentence.end)

    def _one_city(self) -> LinkedMention | None:
        """The one prefecture a province's page names (outright, or as the prefecture of every county it names),
        when there is just one: the city its 我市 speaks for."""
        if self._city is False:
            gaz = gazetteer()
            cities = {}
            for m in self.upper:
                if m.unit is None or m.mention.anonymous or m.level not in ("prefecture", "county"):
                    continue
                city = m if m.level == "prefecture" else None
                if city is None and (p := gaz.prefecture_of(m.unit.code)) is not None:
                    city = self._upper_by_code.get(p.code)
                    if city is None:
                        cities[p.code] = None  # a county of a city the page never names: no telling
                        continue
                if city is not None:
                    cities.setdefault(city.unit.code, city)
            self._city = next(iter(cities.values())) if len(cities) == 1 else None
        return self._city

    def _said_before(self, pos: int, floor: int) -> int | None:
        """Where the same figure of the same thing (14件议案: two or more digits, its unit and the two characters
        after it) was said earlier in the paragraph, in another sentence."""
        text = self.seg.clean.text
        said = _FIGURE_AND_THING.match(text, pos)
        if said is None:
            return None
        earlier = text.rfind(said.group(), floor, self.seg.sentence_at(pos).start)
        return earlier if earlier >= 0 and not text[earlier - 1:earlier].isdigit() else None

    def _original_of_repeat(self, pos: int) -> int | None:
        """The same position in the paragraph's first copy, when pos lies in a verbatim repeat (the repeat may
        stand in another unit's section: a page that pastes its opening again under its last county)."""
        spans = self.seg.clean.duplicate_spans
        if not spans or not in_spans(spans, pos):
            return None
        k = bisect_right(spans, (pos, float("inf"))) - 1
        start, end = spans[k]
        if k not in self._first_copies:  # (found once a repeat: its figures all ask)
            text = self.seg.clean.text
            self._first_copies[k] = text.find(text[start:end], 0, start)
        first = self._first_copies[k]
        return first + (pos - start) if 0 <= first < start else None

    def _homes(self, people) -> dict[str, LinkedMention]:
        """Each named person's county, where the sentence that gives the person's title names one county
        (全国人大代表杨爱东…家在天柱县石洞镇…): a feature told person by person goes on with each one's county. A
        person no titled sentence places is placed by any other sentence naming them (坐在他右手边的,是礼泉县…白村
        的李某, then 全国人大代表、白村党支部书记李某…)."""
        homes = self._homes_from(people)
        untitled = [p for p in _every_mention(self.seg.clean.text, people) if p.name not in homes]
        homes |= self._homes_from(untitled)
        # (甘南州人大常委会副主任张某…在碌曲县,张某听取了…: an officer of a body above the county tours it; the county
        # is where the officer went, not the officer's home)
        officers = self._upper_officers(people)
        return {name: m for name, m in homes.items() if name not in officers}

    def _upper_officers(self, people) -> set[str]:
        """The people whose titles are offices (no deputy's seat) of a prefecture's or province's body."""
        out = set()
        for p in people:
            if p.org_span is None or not p.org or not _OFFICE_BODY_END.search(p.org) \
                    or any("代表" in t for t in p.titles):
                continue
            if any(m.level in ("prefecture", "province") and not m.mention.anonymous
                   and _innermost(m, self._upper_by_start) is m for m in self._uppers_in(*p.org_span)):
                out.add(p.name)
        return out

    def _homes_from(self, people) -> dict[str, LinkedMention]:
        """The county of each person whose clauses (one per mention) name one and the same county."""
        homes: dict[str, LinkedMention | None] = {}
        text = self.seg.clean.text
        for person in people:
            if len(person.name) < 2 or person.name in homes and homes[person.name] is None:
                continue
            sentence = self.seg.sentence_at(person.start)
            # (老杨叫杨盛川,…资源县…;老苏叫苏明芳,…东兴市…: a semicolon parts two people's descriptions)
            clause_start = max(sentence.start, text.rfind(";", sentence.start, person.start) + 1,
                               text.rfind("；", sentence.start, person.start) + 1)
            ends = [at for at in (text.find(";", person.start, sentence.end), text.find("；", person.start, sentence.end))
                    if at >= 0]
            counties = set()
            first = None
            for upper in self._uppers_in(clause_start, min(ends, default=sentence.end)):
                m = _innermost(upper, self._upper_by_start)
                if not m.mention.anonymous and m.unit is not None and m.level == "county":
                    counties.add(m.unit.code)
                    first = first or m
            if len(counties) != 1:
                continue
            known = homes.get(person.name)
            homes[person.name] = first if known is None or known.unit.code == first.unit.code else None
        return {name: m for name, m in homes.items() if m is not None}

    def _home_of_sentence(self, sentence, subject: Subject) -> LinkedMention | None:
        """The county of the one person a sentence (or its paragraph before it) names, when the page gave that person
        one (above)."""
        text = self.seg.clean.text
        paragraph = self.seg.paragraphs[sentence.paragraph]
        # (杨某某当了30多年村干部…。这几年,他先后提出建议12件: the paragraph's person goes on as 他 or 她)
        since = paragraph.start if _HE_OR_SHE.search(text, sentence.start, sentence.end) else sentence.start
        named = [m for name, m in self._home.items() if text.find(name, since, sentence.end) >= 0
                 and m.start < sentence.start]  # (a later sentence: the one giving the county is read as usual)
        if not named and (speaker := _SPEAKER_LABEL.match(text, paragraph.start, paragraph.end)) \
                and (home := self._home.get(speaker.group("who"))) is not None and home.start < sentence.start:
            named = [home]  # 王建伟:回村的路上我就…: an interview's answer is the speaker's, sentence after sentence
        if len({m.unit.code for m in named}) != 1 or subject.ref is None or subject.ref.code is None:
            return None
        return named[0] if subject.ref.code in _above(gazetteer(), named[0].unit.code) \
            or named[0].start in self._national_cards else None  # (a national deputy's county may lie anywhere)

    def _carried(self, paragraph, section, subject: Subject, pos: int) -> LinkedMention | None:
        """A round-up's paragraph that names no unit goes on with the county the paragraphs before it were about
        (省人大代表、献县…董事长赵俊太… / 几年下来,农场…亩均节本增效100元以上): on a province's or prefecture's page,
        the county last named in the nearest earlier paragraph that names one, unless a paragraph in between
        (or this one) speaks of the whole again (全省, 各县区, 市人大常委会…, 会议要求)."""
        text = self.seg.clean.text
        # (or a city's page whose paragraph speaks of 区人大常委会 with no name: the district the paragraphs before
        # were about, 郑州市人大常委会…到二七区督查 / 司法监督也有新抓手。区人大常委会组织代表…)
        bare = next((kind for kind in "区县" if subject.level == "prefecture"
                     and _UNNAMED_BODY[kind].search(text, paragraph.start, paragraph.end)), None)
        if subject.ref is None or subject.ref.code is None or not (
                subject.level == "province" or subject.level == "prefecture" and (bare or self._round_up(subject))):
            return None
        of_whole = _whole_again(subject.ref.name[-1])
        # (a county's deputies' proposals to the congress above stay the county's, as its deputies do: the
        # guideline's 井冈山市 section; 天镇代表团:… / 今年,代表们共提交建议18件)
        movers, starts = self._movers_for(subject)
        paragraphs = self.seg.paragraphs
        index = paragraph.index
        for back in range(_CARRY_PARAGRAPHS + 1):
            if index - back < 0:
                return None
            p = paragraphs[index - back]
            if p.start < section.start:
                return None
            if back and (profiled := self._profiled_unit(p)) is not None and self._carries(profiled, subject):
                return profiled  # 李某,市人大代表,上思县…: a profile's 市人大代表 is the person's congress, not the whole
            if _BACK_TO_WHOLE.search(text, p.start, p.end) or _OF_THE_WHOLE.search(text, p.start, p.end) \
                    or _PAGE_EVENT_OPENS.match(text, p.start, p.end) \
                    or of_whole.search(text, p.start, p.end):
                return None
            if back and p.end - p.start <= _SUBHEAD_CHARS and not _SENTENCE_END.search(text, p.start, p.end):
                return None  # 全国人大代表龙献文: / 每片茶叶都要成为致富“金叶子”: a subhead opens the next story
            if back and _QUESTION_LINE.match(text, p.start, p.end):
                return None  # 问:下一步如何抓好贯彻实施? / 答:我们将…: an interview's next question opens a new answer
            if back == 0:
                named = self._nearest_named(p.start, pos)
                if named is not None and named.start in self._listed:
                    return None  # 吉木萨尔县和木垒县分别建成…,两县共投入…: the paragraph's own units, together
                k = bisect_left(starts, pos)
                if subject.level == "province" and k < len(movers) and movers[k].start < p.end:
                    # “去年,合作社…3500亩…”省人大代表、海东市互助土族自治县…: the paragraph's own county, named after
                    if _AMONG_THEM.search(text, pos, movers[k].start):
                        return None  # 在10件…建议中,…。其中,省人大代表、宜宾市翠屏区…: one of the whole's, named after it
                    ahead = _innermost(movers[k], self._upper_by_start)
                    return ahead if self._carries(ahead, subject) else None
                continue
            named = self._nearest_named(p.start, p.end)
            if named is None:
                continue
            last = self._nearest_mover(movers, starts, p.start, p.end)
            if last is not None and last.start >= named.start:
                if last.level != "county" and last.unit is not None:
                    last = self._county_under(movers, starts, p.start, last) or last  # 古丈县… 湘西茗宴餐厅
                if bare and not self._round_up(subject) and not last.name.endswith(bare):
                    return None
                return last if self._carries(last, subject) else None
            if named.start in self._visited or not _may_move(named, subject):
                continue  # 她专程跑到贵州省遵义市考察: a place she went to, not the paragraph's county
            return None
        return None

    def _county_under(self, movers, starts, floor: int, above: LinkedMention) -> LinkedMention | None:
        """The last county before `above` in its paragraph that lies under it (湘西土家族苗族自治州古丈县…, then
        湘西 named again as a brand): the paragraph is still that county's."""
        k = bisect_left(starts, above.start) - 1
        while k >= 0 and movers[k].start >= floor:
            m = movers[k]
            if m.unit is not None and m.level == "county" and above.unit.code in _above(gazetteer(), m.unit.code):
                return m
            k -= 1
        return None

    def _round_up(self, subject: Subject) -> bool:
        """A prefecture's round-up: three or more paragraphs open with a county under it (新罗区人大常委会围绕…,
        永定区人大常委会探索…), so a paragraph after one without a unit goes on with it (on other prefecture
        pages such a paragraph is most often the prefecture's own)."""
        code = subject.ref.code
        if code not in self._round_ups:  # (per subject: a joint report's sections may have several)
            gaz = gazetteer()
            counties = {m.unit.code for p in self.seg.paragraphs
                        if (m := self._opening_unit(p) or self._profiled_unit(p)) is not None
                        and m.unit is not None and m.level == "county" and code in _above(gaz, m.unit.code)}
            self._round_ups[code] = len(counties) >= 3
        return self._round_ups[code]

    def _carries(self, m: LinkedMention, subject: Subject) -> bool:
        """May a round-up's paragraph be this unit's: a county under the page's unit, named as itself (not an
        outlet, not the first of examples: 来自岳阳县、平江县等地)."""
        text = self.seg.clean.text
        return m.unit is not None and m.level == "county" and not _outlet(text, m) \
            and not text.startswith("等", m.mention.end) and subject.ref.code in _above(gazetteer(), m.unit.code)

    def _breakdown_owner(self, pos: int, sentence_start: int, subject: Subject) -> RegionRef | None:
        """其中玉山县19名、常山县13名: a figure written right after a unit in a breakdown is that unit's, even a
        unit the subject worked with or one in another province (which otherwise take nothing). Not a unit
        above the subject, nor its congress's deputies (省人大代表3名、晋中市人大代表27名 stay the county's)."""
        k = bisect_right(self._upper_starts, pos) - 1
        if k < 0:
            return None
        m = self.upper[k]
        text = self.seg.clean.text
        if m.start < sentence_start or m.mention.end > pos or m.mention.anonymous or m.unit is None \
                or not _breakdown_member(text, m) or not _own_figure(text, m, pos) \
                or _DEPUTIES_OF.match(text, m.mention.end):
            return None
        if subject.ref is not None and subject.ref.code and m.unit.code in _above(gazetteer(), subject.ref.code):
            return None
        return _subject(m).ref

    def _self_marks_in(self, start: int, end: int):
        """The 我县/本区/全市 marks starting in [start, end), in order (bisected, as `_uppers_in`)."""
        k = bisect_left(self._self_starts, start)
        while k < len(self._self_marks) and self._self_marks[k][0] < end:
            yield self._self_marks[k]
            k += 1

    def _counties_counted_over(self, sentence_start: int, pos: int) -> RegionRef | None:
        """孟津县及周边偃师市、新安县的40多个村: two or more counties of one city listed right before the figure
        (joined by 、, 和, 及), then 的: the figure is counted across them, so it is their city's."""
        text = self.seg.clean.text
        clause_start = max(text.rfind(ch, sentence_start, pos) for ch in ",，;；:：") + 1
        listed = [m for m in self._uppers_in(max(clause_start, sentence_start), pos)
                  if m.level == "county" and m.unit is not None]
        if len({m.unit.code for m in listed}) < 2 or not _COUNTED_AFTER_LIST.fullmatch(text, listed[-1].mention.end, pos):
            return None
        if any(not _LIST_JOINER.fullmatch(text, a.mention.end, b.start) for a, b in zip(listed, listed[1:])):
            return None
        gaz = gazetteer()
        cities = {c.code if (c := gaz.prefecture_of(m.unit.code)) is not None else None for m in listed}
        city = gaz.unit(cities.pop()) if len(cities) == 1 and None not in cities else None
        return region_ref(city.name, city.code, city.level) if city is not None else None

    def _uppers_in(self, start: int, end: int):
        """The upper mentions starting in [start, end), in order (bisected: never a scan of the document)."""
        k = bisect_left(self._upper_starts, start)
        while k < len(self.upper) and self.upper[k].start < end:
            yield self.upper[k]
            k += 1

    def _upper_actor(self, sentence_start: int, pos: int, subject: Subject) -> RegionRef | None:
        """A sentence whose subject is a unit above the section's, named with its body and acting (吉林省人大常委会
        结合…新增设6个; 萍乡市人大常委会每年安排…经费; 省人大常委会通过…) or counting its own parts (重庆市38个
        区县、770个乡镇分别票决产生…): its figures are that unit's work, with no other unit and no 我县/全县 between.
        A body with a title after it (市人大常委会副主任张三带队到县视察) is a visitor, and a bare 市 body may be a
        county-level city's own, so neither is read here."""
        if subject.level is None or subject.ref is None:
            return None
        text = self.seg.clean.text
        lead = _ACTOR_LEAD.match(text, sentence_start, pos)
        at = lead.end()
        if next(self._self_marks_in(at + 1, pos), None) is not None:
            return None
        first = next(self._uppers_in(at, pos), None)
        if first is not None and first.start == at:
            actor = _innermost(first, self._upper_by_start)
            if actor.mention.anonymous or actor.level is None or RANK[actor.level] > RANK[subject.level] \
                    or not (_ACTOR_BODY.match(text, actor.mention.end, pos)
                            or _PARTS_COUNTED.match(text, actor.mention.end, pos)
                            or actor.level != subject.level and _UNIT_ACTS.match(text, actor.mention.end, pos)
                            or text.endswith("据", 0, at) and _ITS_ACCOUNT.match(text, actor.mention.end, pos)):
                return None
            if next(self._uppers_in(actor.mention.end, pos), None) is not None:
                return None  # another unit named nearer the figure
            return _subject(actor).ref
        if subject.level == "province" or subject.ref.code is None:
            return None
        if first is None and (body := _PROVINCE_BODY.match(text, at, pos)) \
                and not _APPROVED_BY.match(text, body.end(), pos):
            # (经省人大常委会核定,县十四届人大代表名额为255名: the province approved the county's figure)
            return self._province_of(subject)
        opened = None
        for opened in _PROVINCE_BODY_CLAUSE.finditer(text, at, pos):
            pass
        if opened is not None and next(self._uppers_in(opened.end(), pos), None) is None \
                and next(self._self_marks_in(opened.end(), pos), None) is None:
            # 据悉,本次执法检查将持续到6月底,省人大常委会共组成5个执法检查组,分赴9个市(州): the province's body
            # opens a clause of the sentence, not the sentence, and no unit is named after it
            return self._province_of(subject)
        return None

    def _account_of_paragraph(self, paragraph, pos: int, subject: Subject) -> RegionRef | None:
        """据文山州人大常委会代表工委介绍,…共提出建议263件…。截至8月底,263件建议已全部答复…: a paragraph that opens
        with an upper body's own account goes on telling its unit's figures, until another unit or a 我县 is named."""
        if subject.level is None or subject.ref is None:
            return None
        text = self.seg.clean.text
        lead = _ACTOR_LEAD.match(text, paragraph.start, pos)
        at = lead.end()
        first = next(self._uppers_in(at, pos), None)
        if first is None or first.start != at or not text.endswith("据", 0, at):
            return None
        actor = _innermost(first, self._upper_by_start)
        account = _ITS_ACCOUNT.match(text, actor.mention.end, pos)
        if actor.mention.anonymous or actor.level is None or RANK[actor.level] > RANK[subject.level] \
                or account is None or actor.unit is None or actor.unit.code == subject.ref.code:
            return None
        if next(self._uppers_in(account.end(), pos), None) is not None \
                or next(self._self_marks_in(account.end(), pos), None) is not None \
                or bisect_left(self._lower_starts, pos) > bisect_left(self._lower_starts, account.end()):
            return None  # another unit, a township or a 我县 named nearer the figure
        return _subject(actor).ref

    def _siblings_toured(self, sentence_start: int, pos: int, subject: Subject) -> RegionRef | None:
        """调研组还先后到平和县、南靖县走访农村教学点12个 on 诏安县's page: a figure after a list of two or more other
        counties of the county's own prefecture counts over all of them, so it is the prefecture's (the work of the
        city's team that toured them), not the county's the page is about."""
        if subject.level != "county" or subject.ref is None or subject.ref.code is None:
            return None
        gaz = gazetteer()
        text = self.seg.clean.text
        home = gaz.prefecture_of(subject.ref.code)
        first = bisect_left(self._list_starts, sentence_start)
        for units in self._long_lists[first:bisect_left(self._list_starts, pos)]:
            if units[-1].mention.end > pos or not _TOURED_BEFORE.search(text, max(0, units[0].start - 2), units[0].start):
                continue  # (借鉴呼图壁县、昌吉市经验, 与江岸区、洪山区联动: no tour; the figure stays the county's)
            if any(u.level != "county" or u.unit is None or u.unit.code == subject.ref.code
                   or (up := gaz.prefecture_of(u.unit.code)) is None or home is None or up.code != home.code
                   for u in units):
                continue
            if bisect_left(self._upper_starts, pos) > bisect_left(self._upper_starts, units[-1].mention.end) \
                    or bisect_left(self._lower_starts, pos) > bisect_left(self._lower_starts, units[0].start):
                continue  # a unit or township named after the list is nearer the figure
            return region_ref(home.name, home.code, home.level)
        return None

    @staticmethod
    def _province_of(subject: Subject) -> RegionRef | None:
        province = gazetteer().province_of(subject.ref.code)
        return region_ref(province.name, province.code, province.level) if province is not None else None

    def _team_formed_by(self, sentence_start: int, pos: int, subject: Subject) -> RegionRef | None:
        """此次检查组由徐州市人大常委会…牵头…共12人参加: an inspection or survey team a unit above the section's formed
        is that unit's, its size and days its work (the counties it visits are where, not whose)."""
        if subject.level is None or subject.ref is None:
            return None
        text = self.seg.clean.text
        lead = _TEAM_FORMED_BY.match(text, sentence_start, pos)
        if lead is None:
            return None
        first = next(self._uppers_in(lead.end(), pos), None)
        if first is None or first.start != lead.end() or first.mention.anonymous or first.level is None \
                or RANK[first.level] > RANK[subject.level] or not text.startswith("人大", first.mention.end):
            return None
        return _subject(_innermost(first, self._upper_by_start)).ref

    def _nearest_named(self, floor: int, pos: int) -> LinkedMention | None:
        """The last named upper unit in [floor, pos), whatever its level (a chain's most specific one)."""
        k = bisect_right(self._upper_starts, pos) - 1
        while k >= 0 and self.upper[k].start >= floor:
            m = self.upper[k]
            if not m.mention.anonymous and m.mention.end <= pos:
                return _innermost(m, self._upper_by_start)
            k -= 1
        return None

    def _partner_county(self, sentence_start: int, pos: int) -> RegionRef | None:
        """市水利局会同叶县实施…工程,投入资金3100余万元: the county a bureau works with, named as a place (no body of it)
        in the figure's clause with no unit after it, is where the work is done; the figure is that county's."""
        text = self.seg.clean.text
        k = bisect_left(self._upper_starts, pos) - 1  # the last unit named before the figure, in its sentence
        if k < 0 or self.upper[k].start < sentence_start:
            return None
        last = _innermost(self.upper[k], self._upper_by_start)
        first = self._chain_head(self.upper[k])  # (会同荆门市钟祥市: the chain's head stands after the verb)
        if last.level != "county" or last.mention.anonymous or last.mention.end > pos \
                or not _PARTNERED_BEFORE.search(text, max(sentence_start, first.start - 2), first.start) \
                or _BODY_AFTER.match(text, last.mention.end) or _CLAUSE_END.search(text, last.mention.end, pos):
            return None
        return _subject(last).ref

    def _ruling_unit(self, sentence_start: int, pos: int) -> RegionRef | None:
        """郑州市下辖6个区、4个市、1个县: a count of the units a unit rules over is that unit's, in the clause that
        counts them; the parts it then names (（港北區、港南區）) take none of it."""
        text = self.seg.clean.text
        rules = None
        for rules in _RULES_OVER.finditer(text, sentence_start, pos + 1):  # (its lookahead reads the figure)
            pass
        if rules is None or _CLAUSE_BREAK.search(text, rules.end(), pos):
            return None
        ruler = next((m for m in self._uppers_in(sentence_start, rules.start()) if m.mention.end == rules.start()),
                     None)
        if ruler is None:
            return None
        ruler = _innermost(ruler, self._upper_by_start)
        return None if ruler.mention.anonymous or ruler.level is None else _subject(ruler).ref

    def _chain_head(self, m: LinkedMention) -> LinkedMention:
        """The first unit of the chain written back to back that m ends (浙江 in 浙江丽水, 荆门市 in 荆门市钟祥市)."""
        while (k := bisect_left(self._upper_starts, m.start)) > 0 and self.upper[k - 1].mention.end == m.start:
            m = self.upper[k - 1]
        return m

    def _opens_clause(self, m: LinkedMention) -> bool:
        """座谈结束后,浙江丽水基层立法联系点依托…: the unit (or the chain it ends) opens its clause, as what acts in it,
        not a place named in passing (他最关心的是郴州农村的发展)."""
        head = self._chain_head(m)
        return head.start == 0 or self.seg.clean.text[head.start - 1] in ",，。;；:：\n"

    def _speaker_after_quote(self, pos: int) -> RegionRef | None:
        """“接下来,我们力争…再打造示范站30个。”荆州市人大常委会有关负责人表示: a figure inside a quote whose speaker,
        named right after it, is a unit's body or officer, is that unit's."""
        text = self.seg.clean.text
        opened = text.rfind("“", max(0, pos - _QUOTE_REACH), pos)
        if opened < 0 or text.find("”", opened, pos) >= 0:
            return None
        closed = text.find("”", pos, pos + _QUOTE_REACH)
        if closed < 0 or "\n" in text[opened:closed] or _WHOLE.search(text, opened, pos):
            return None  # (“通城镇是全市17个…之一”巫溪县人大代表某某说: the whole the quote names is nearer)
        k = bisect_left(self._upper_starts, closed + 1)
        if k >= len(self.upper) or self.upper[k].start != closed + 1:
            return None
        speaker = _innermost(self.upper[k], self._upper_by_start)
        if speaker.mention.anonymous or speaker.unit is None \
                or not _SPOKEN_BY_BODY.match(text, speaker.mention.end):
            return None
        return _subject(speaker).ref

    def _whole_named_in_clause(self, sentence_start: int, pos: int, subject: Subject) -> RegionRef | None:
        """翼城县代表团:…代表们建议…,力争今年临汾市星级代表联络站总数达到50个: in a county's section or paragraph, the
        page's own upper unit named by name (no body after it) in the figure's clause, with no unit after it, is what
        the figure counts over, as 全市 would be."""
        doc = self.doc_subject
        if doc.ref is None or doc.ref.code is None or subject.ref is None or subject.ref.code is None \
                or doc.level not in ("prefecture", "province") \
                or not (subject.ref.code == doc.ref.code or doc.ref.code in _above(gazetteer(), subject.ref.code)):
            return None
        text = self.seg.clean.text
        clause_start = max(sentence_start, *(text.rfind(ch, sentence_start, pos) + 1 for ch in ",，;；:："))
        named = list(self._uppers_in(clause_start, pos))
        if len(named) != 1 or named[0].mention.anonymous or named[0].unit is None \
                or named[0].unit.code != doc.ref.code or _BODY_AFTER.match(text, named[0].mention.end) \
                or named[0].mention.end in self._upper_by_start or _outlet(text, named[0]) \
                or _NAMED_AFTER.match(text, named[0].mention.end) or _FIRM_AFTER.match(text, named[0].mention.end):
            return None  # (在湘潭日报等市级媒体发稿112篇: a paper named for the city, no whole)
        return _subject(named[0]).ref

    def _adjacent_unit(self, pos: int, subject: Subject) -> RegionRef | None:
        """张家川县4名人大代表和肃北县3名人大代表: a county written right before its figure owns it, wherever it
        lies (a county elsewhere is otherwise only where the section's deputies went); so does a prefecture on a
        county's page (也是凉山州4名全国人大代表里唯一的…: the prefecture's count, not the county's)."""
        k = bisect_right(self._upper_starts, pos) - 1
        if k < 0:
            return None
        m = _innermost(self.upper[k], self._upper_by_start)
        if m.mention.anonymous or m.level not in ("county", "prefecture") or subject.level != "county" \
                or not _ADJACENT_GAP.fullmatch(self.seg.clean.text, m.mention.end, pos):
            return None
        return _subject(m).ref

    def _shared_to(self, pos: int, sentence_start: int) -> RegionRef | None:
        """The unit a `分别` shares this figure out to: the k-th figure after it goes to the k-th unit listed."""
        k = bisect_right(self._share_starts, pos) - 1
        if k < 0:
            return None
        end, units, counted = self._shares[k]
        if (units[0].start < sentence_start - 40 and not counted) or self.seg.sentence_at(end - 1).end < pos:
            return None
        if _WHOLE.search(self.seg.clean.text, end, pos):
            return None  # 在凉州区、古浪县…分别设立联系点,全市联系点达到4个: the whole again, shared out to none
        text = self.seg.clean.text
        again = text.rfind("分别", end, pos)
        if again >= 0 and not regex.search(r"[;；。]", text[end:again]):
            end = again + 2  # 分别达到221.5亿元、198.7亿元,分别增长10.6%、10.2%: the second list goes out in order too
        index = sum(1 for _ in NUMBER_RUN.finditer(text, end, pos))
        return _subject(units[index]).ref if index < len(units) else None

    def _past_an_example(self, movers, starts, floor: int, sentence_start: int) -> int:
        """The floor past an earlier sentence of the paragraph whose unit is given as an example (乡镇层面项目则相对
        具体,如永康市龙山镇…交人代会票决。就资金而言,主要靠本级财政投入的有61项): the example is that sentence's
        only; the sentences after it go on with the whole's figures."""
        text = self.seg.clean.text
        k = bisect_right(starts, sentence_start - 1) - 1
        if k >= 0 and movers[k].start >= floor and _GIVEN_AS_EXAMPLE.search(text, max(0, movers[k].start - 3),
                                                                             movers[k].start):
            return max(floor, self.seg.sentence_at(movers[k].start).end)
        return floor

    def _nearest_mover(self, movers, starts, floor: int, pos: int) -> LinkedMention | None:
        """The nearest unit before pos in the paragraph that may take the figure; only the units that may move
        a figure are walked (found once per subject), so a long paragraph of other units costs nothing."""
        k = bisect_right(starts, pos) - 1
        while k >= 0 and movers[k].start >= floor:
            if movers[k].mention.end <= pos:
                return movers[k]
            k -= 1  # only mentions running over pos are passed: a handful at most
        return None

    def _nearest_township(self, floor: int, pos: int, subject: Subject) -> LinkedMention | None:
        """The nearest township before pos in the paragraph whose county the document names, when that county
        may take the figure."""
        speaking = self._speaking_township(floor, pos)
        k = bisect_right(self._lower_starts, pos) - 1
        while k >= 0 and self.lower[k].start >= floor:
            m = self.lower[k]
            if m.mention.end <= pos:
                county = self._county_of(m)
                if county is None:
                    return None
                if _may_move(county, subject):
                    return m
                # (五里桥街道把人大代表联系点延伸到居民区,辖区14个居民区…: in a comparison across provinces, a township
                # written as what its sentence is about did the work, as a county would; 朱沱镇人大主席介绍,朱沱镇
                # 已建成…: so does a township of the neighbouring province whose own body speaks in the paragraph)
                if (self._national and self._opens_sentence(m)
                        or speaking is not None and speaking.unit is not None and m.unit is not None
                        and speaking.unit.code == m.unit.code) \
                        and _may_move(county, subject, nearby=False, anywhere=True):
                    return m
                if self._opens_sentence(m) and _may_move(county, subject, nearby=False):
                    return m  # 永和镇现有镇人大代表58名 on a page two neighbouring counties share: the township that
                    # opens its sentence is what the sentence is about, its county's however far the page's unit
                if speaking is None:
                    return None
                # (百和镇人大主席说,百和镇与朱沱镇山水相连…: the partner it names is no speaker; back to the speaking one)
            k -= 1
        return None

    def _speaking_township(self, floor: int, pos: int) -> LinkedMention | None:
        """The last township before pos in the paragraph whose own body opens a clause (百和镇人大主席说)."""
        k = bisect_right(self._lower_starts, pos) - 1
        while k >= 0 and self.lower[k].start >= floor:
            if self.lower[k].start in self._acting:
                return self.lower[k]
            k -= 1
        return None

    def _county_of(self, township: LinkedMention) -> LinkedMention | None:
        """The document's own mention of the county a linked township lies in; for a village the gazetteer does
        not know, the county of the township (到武陟县,看了西陶镇王顺村 … 在王顺村,…) or the county itself
        (崇阳县油市村) the text first wrote it under."""
        if township.unit is None and township.level == "village" and self._opening_lower(township):
            first = next(m for m in self.lower if m.mention.surface == township.mention.surface)
            k = bisect_left(self._lower_starts, first.start) - 1
            above = self.lower[k] if k >= 0 and self.lower[k].mention.end == first.start else None
            if above is None:  # 在崇阳县油市村建设代表联络站 … 油市村代表联络站…: written right under its county
                return next((m for m in self.upper if m.mention.end == first.start and m.level == "county"), None)
            return self._county_of(above) if above.level == "township" else None
        if township.unit is None or township.level != "township":
            return None
        county = _county_above(gazetteer(), township.unit.code)
        if county is None:
            return None
        return self._upper_by_code.get(county.code)

    def _opening_lower(self, m: LinkedMention) -> bool:
        """在王顺村,…: a place the sentence opens with, what the sentence is about (not one of a list inside it)."""
        sentence = self.seg.sentence_at(m.start)
        return _TOPIC_OPENING.match(self.seg.clean.text, sentence.start, m.start + 1).end() == m.start

    def _county_ref(self, township: LinkedMention) -> RegionRef | None:
        return _subject(self._county_of(township)).ref

    def _movers_for(self, subject: Subject) -> tuple[list[LinkedMention], list[int]]:
        """The upper mentions that may take a figure from this subject (`_may_move` depends on the subject's
        level and province only)."""
        gaz = gazetteer()
        province = gaz.province_of(subject.ref.code) if subject.ref is not None and subject.ref.code else None
        key = (subject.level, province.code if province is not None else None)
        if key not in self._movers:
            text = self.seg.clean.text
            movers = [m for m in self.upper if m.start not in self._visited
                      and not _FIRM_AFTER.match(text, m.mention.end)  # (东明石化检修: a firm, not 东明县's work)
                      and not _venue(text, m)
                      and not _deputies_group(text, m)  # (市代表雨湖区各小组: the city's deputies, by district)
                      and not _COMPARED_WITH.search(text, max(0, m.mention.start - 14), m.mention.start)
                      and (_may_move(m, subject) or m.start in self._topics
                           and _may_move(m, subject, nearby=False,
                                         anywhere=self._national or m.unit.code in self._in_headline
                                         or m.start in self._national_cards)
                           or m.start in self._acting and _may_move(m, subject, nearby=False, anywhere=True)
                           or _COUNTIES_TOGETHER.match(text, m.mention.end)
                           and not _PEERS_RANKED.match(text, m.mention.end))]  # (位居红河州各县市首位: a rank)
            self._movers[key] = (movers, [m.start for m in movers])
        return self._movers[key]

    def _sentence_topics(self) -> set[int]:
        """Starts of the units a sentence opens with as its topic (在宜春市宜丰县,采访团了解到…; 南昌市南昌县则建成…),
        and of the units under that one named later in it (在萍乡市,上栗县9个乡镇…): in a round-up, a county of
        another prefecture written as what the sentence is about did the work; it is no place the page's county
        went to (组织代表赴平昌县学习 opens with no unit)."""
        topics: set[int] = set()
        gaz = gazetteer()
        text = self.seg.clean.text
        for p in self.seg.sentences:
            topic = self._opening_unit(p)
            if topic is None:  # (梁某,来自甘肃省的全国人大代表: a deputy's card is about where its person comes from;
                # 全国人大代表、齐齐哈尔市克东县…书记王丽娟,过去一年走访了全镇…: a deputy the sentence introduces by place)
                topic = next((m for m in self._uppers_in(p.start, p.end)
                              if _CARD_OPENER.fullmatch(text, p.start, m.start)
                              or _DEPUTY_OPENER.fullmatch(text, p.start, m.start)), None)
            if topic is None or topic.unit is None or topic.mention.anonymous:
                continue
            for m in self._uppers_in(p.start, p.end):
                if m.unit is not None and (m.start <= topic.start or topic.unit.code == m.unit.code
                                           or topic.unit.code in _above(gaz, m.unit.code)):
                    topics.add(m.start)
        return topics

    def _national_round_up(self) -> bool:
        """Whether sentences open with units of two or more provinces (浙江省委举行…。山东围绕…; 四川白庙乡…。
        温岭市预算民主恳谈…): a round-up or comparison across provinces, where each unit written as what its
        sentence is about did the work, whichever province's site carries it."""
        gaz = gazetteer()
        text = self.seg.clean.text
        provinces = {p.code for m in self.upper if m.start in self._topics and m.unit is not None
                     and not _stem_delegation(text, m)
                     and (p := gaz.province_of(m.unit.code)) is not None}
        return len(provinces) >= 2

    def _last_self(self, floor: int, pos: int, own_kind: str) -> int | None:
        """Start of the last 我区/本县 (or 全区 when the subject is a 区) wholly inside [floor, pos)."""
        k = bisect_right(self._self_ends, pos) - 1
        text = self.seg.clean.text
        while k >= 0 and self._self_marks[k][0] >= floor:
            start, first, kind = self._self_marks[k]
            ranking = first == "全" and (_frames_ranking(text, start + 2) or _copula_frame(text, start))
            if (first != "全" or kind == own_kind) and not ranking:
                return start
            k -= 1  # 全X of another kind, and 全X framing a ranking (数量居全市第一) or what the unit is to it
            # (全区有天然草原126万亩,是全市草原保护的重点区域) are passed over
        return None

    def _whole_of(self, whole, floor: int, subject: Subject, sentence_start: int) -> RegionRef | None:
        """该市 = the nearest 市 named earlier in the paragraph, else the subject. 全市 = the same, except that
        in a 市's own section a 市 named in an earlier sentence does not take it (苏州市 praised…。全市8个区镇),
        and with no 市 named it is the subject, or the 市 the subject's county lies in."""
        kind = whole.group(1)
        text = self.seg.clean.text
        whole_of = whole.group()[0] == "全" or whole.re is _WHOLE_BODY
        own = subject.ref is not None and subject.ref.name.endswith(kind)
        k = bisect_right(self._upper_starts, whole.start()) - 1
        if any(first in "我本咱" and mark_kind == kind
               for _, first, mark_kind in self._self_marks_in(sentence_start, whole.start())):
            floor = whole.start()  # 我省从2019年起…,全省已有30余个县: the writer's own province, not one named before
        while k >= 0 and self.upper[k].start >= floor:
            m = self.upper[k]
            if _RELAYED_BEFORE.search(text, max(floor, m.start - 4), m.start) \
                    and "精神" in text[m.mention.end:whole.start()]:
                k -= 1  # 传达了扬州市人大常委会…座谈会精神,…组织全市286名: the body whose spirit is relayed is no whole
                continue
            if whole_of and own and _congress_above(text, m, subject):
                k -= 1  # 在沅的益阳市人大代表…进驻全市14个代表联络站 on 沅江市's page: the congress its deputies sit in
                continue  # is no whole; 全市 is the page's own 市
            if whole_of and own and m.start >= sentence_start and m.level != subject.level \
                    and not self._opens_sentence(m) and not _BODY_AFTER.match(text, m.mention.end) \
                    and _NOUN_AFTER_NAME.match(text, m.mention.end):
                k -= 1  # 建设…南宁东部新城重要组团…,全市地区生产总值 on 横州市's page: the city above, named inside a
                continue  # noun phrase of the county-level 市's goal, is no whole; 全市 is the page's own 市
            # a unit listed with others (其中麒麟区216个、宣威市402个;全市1.6万余名) is one part, never the whole
            if not m.mention.anonymous and (m.start not in self._visited or self._visited_whole(m, own)) \
                    and not _breakdown_member(text, m) and _written_as(m, kind):
                if not (whole_of and own) or m.start >= sentence_start or self._opens_paragraph(m) \
                        or (m.level == subject.level and (self._opens_sentence(m)
                                                          or _REPORTS_AFTER.match(text, m.mention.end))) \
                        or _REPORT_GIVEN.match(text, m.mention.end) \
                        or self._paragraph_opened_by(m.unit, floor, m.start) or self._leads_paragraph(m) \
                        or (whole.re is _WHOLE_BODY and self._standing_committee_named(m, floor, whole.start())):
                    # (汨罗代表团的代表们…汨罗市…。全市已有3个乡镇: a paragraph its county-level 市 opens is that 市's)
                    return _subject(m).ref
                break
            k -= 1
        if whole_of and not own and subject.ref is not None and subject.ref.code is not None:
            gaz = gazetteer()
            for unit in gaz.ancestors(subject.ref.code):
                if unit.name.endswith(kind):
                    return region_ref(unit.name, unit.code, unit.level)
        if whole_of and not own:
            # 全州草果种植覆盖农户4.3万户 on a province's page (or a 市's, in no 州): the whole of the 州 its story
            # is about, named in an earlier paragraph of the section, since the subject holds no such whole
            section_start = self.seg.section_at(whole.start()).start
            while k >= 0 and self.upper[k].start >= section_start:
                m = self.upper[k]
                if not m.mention.anonymous and not _breakdown_member(text, m) and m.start not in self._listed \
                        and _written_as(m, kind):  # (浙江省、江苏省、内蒙古自治区等地的资料: one of many, no whole)
                    return _subject(m).ref
                k -= 1
        return subject.ref

    def _standing_committee_named(self, m: LinkedMention, floor: int, before: int) -> bool:
        """听取了泉州市人民代表大会常务委员会工作报告…。市人大常委会工作报告显示 on 晋江市's page: a paragraph that names a
        unit's own standing committee means that unit by the bare 市人大常委会 after it, not the page's own 市."""
        text = self.seg.clean.text
        named = self.upper[bisect_left(self._upper_starts, floor):bisect_left(self._upper_starts, before)]
        return m.unit is not None and any(o.unit is not None and o.unit.code == m.unit.code
                                          and _STANDING_COMMITTEE_AFTER.match(text, o.mention.end) for o in named)

    def _visited_whole(self, m: LinkedMention, own: bool) -> bool:
        """代表们来到柞水县。…全县共排查问题点位237处: the one county visited is the only 县 a page about a city's
        deputies can mean by 全县 (never one of a list of places visited, and never where the subject is a 县 itself)."""
        return not own and m.start not in self._listed

    def _paragraph_opened_by(self, unit, floor: int, before: int) -> bool:
        """Does a mention of this unit, in the paragraph before `before`, open the paragraph?"""
        if unit is None:
            return False
        k = bisect_right(self._upper_starts, before) - 1
        while k >= 0 and self.upper[k].start >= floor:
            m = self.upper[k]
            if m.unit is not None and m.unit.code == unit.code and self._opens_paragraph(m):
                return True
            k -= 1
        return False

    def _opens_sentence(self, m: LinkedMention) -> bool:
        """罗江县汇报,…。全县新建…: a unit of the section's own level that opens a sentence is what it says next
        about 全县 (a 县 named inside a sentence, 学习了某县的经验, is not)."""
        return self.seg.sentence_at(m.start).start == m.start

    def _profiled_unit(self, paragraph) -> LinkedMention | None:
        """韦建泼,市人大代表,上思县总工会副书记… / 陈智芳是防城区滩营乡人大代表…: a paragraph that opens by saying who a
        person is names the county they work in (a round-up of deputies, one paragraph each)."""
        text = self.seg.clean.text
        opening = _WHO_OPENING.match(text, paragraph.start, paragraph.end)
        if opening is None:
            return None
        k = bisect_left(self._upper_starts, opening.end())
        first = self.upper[k] if k < len(self.upper) else None
        if first is None or first.start >= min(paragraph.end, opening.end() + _WHO_OPENING_REACH):
            return None
        return _innermost(first, self._upper_by_start)

    def _opening_unit(self, span) -> LinkedMention | None:
        """The unit a sentence or paragraph opens with (在宜春市宜丰县,…; 新罗区人大常委会…), a chain's last one."""
        opening = _TOPIC_OPENING.match(self.seg.clean.text, span.start, span.end)
        k = bisect_left(self._upper_starts, opening.end())
        if k < len(self.upper) and self.upper[k].start == opening.end():
            return _innermost(self.upper[k], self._upper_by_start)
        return None

    def _own_meeting_of_opener(self, paragraph, marker) -> bool:
        """长宁区人代会于1月上旬召开。会议期间,区人大代表…共提出: the meeting is the one the paragraph opened with,
        a county's own congress, not the prefecture's (or province's) meeting whose whole a round-up speaks of."""
        if not _MEETING_WORD.match(marker.group()):
            return False
        opener = self._opening_unit(paragraph)
        return opener is not None and opener.level == "county" and opener.start < marker.start() \
            and bool(_COUNTY_CONGRESS.match(self.seg.clean.text, opener.mention.end))

    def _leads_paragraph(self, m: LinkedMention) -> bool:
        """深州市代表组5名代表带来建议6件…。目前,全市18个乡镇: a county-level 市 whose paragraph opens with it is the
        市 its later 全市 speaks of, in a round-up with a paragraph per county."""
        if m.level != "county":
            return False
        paragraph = self.seg.paragraphs[self.seg.sentence_at(m.start).paragraph]
        opener = self._opening_unit(paragraph)
        return opener is not None and opener.start <= m.start and opener.unit is not None and m.unit is not None \
            and opener.unit.code == m.unit.code  # (深州蜜桃 later in the paragraph is the same 市)

    def _townships_of_opener(self, paragraph, marker) -> bool:
        """永清县代表团22名代表参加讨论。会前,代表们在各乡镇代表之家收集到…: the townships of the county the
        paragraph opened with, not every township of the prefecture."""
        if marker.group() != "各乡镇":
            return False
        opener = self._opening_unit(paragraph)
        return opener is not None and opener.level == "county" and opener.start < marker.start()

    def _headed_by(self, paragraph, kind: str) -> bool:
        """霍林郭勒市。市人大常委会投入…: a paragraph whose inline heading is a unit written as this kind (a
        county-level 市 on its prefecture's page), so that its bare 市 bodies are that unit's."""
        first = next(self._uppers_in(paragraph.start, paragraph.end), None)
        return first is not None and self._opens_paragraph(first) \
            and _written_as(_innermost(first, self._upper_by_start), kind)

    def _opens_paragraph(self, m: LinkedMention) -> bool:
        """（一）清镇市。以…提质为突破口，全市建成站点62个: a unit named as its paragraph's inline heading is the
        paragraph's 市, as if the heading stood on its own line."""
        sentence = self.seg.sentence_at(m.start)
        paragraph = self.seg.paragraphs[sentence.paragraph]
        return sentence.start == paragraph.start and bool(
            _INLINE_HEADING.fullmatch(self.seg.clean.text, sentence.start, sentence.end))

    def place_at(self, pos: int) -> RegionRef | None:
        sentence = self.seg.sentence_at(pos)
        k = bisect_right(self._lower_starts, pos) - 1
        if k >= 0 and self.lower[k].start >= sentence.start and self.lower[k].mention.end <= pos:
            return self.lower[k].ref
        return None


_OWN_PARTS_COUNTED = regex.compile(r"个(?:镇|乡|街道|村|社区)[、;；,，。]$")
_FIGURE_THEN_NEXT = regex.compile(r"(?:代表团|人大常委会|人大)?(?:提出|共有|有|为)?"
                                  r"[ \t]?[0-9０-９][0-9０-９.．]*[ \t]?\p{Han}{0,3}(?:、|;|；|,|，|。)")
# (not 7月3日,; a page may set a space on either side of the number: 文成县 22 个、泰顺县 24 个)
_FIGURE_BEFORE = regex.compile(r"[0-9０-９][0-9０-９.．]*(?![0-9０-９.．年月日号时])[ \t]?\p{Han}{0,3}[、,，][ \t]?$")


# a unit's congress's deputies (晋中市人大代表27名): people of the page's unit, not that unit's figure
_DEPUTIES_OF = regex.compile(_TERM + r"人大代表|代表")


def _listed_at(starts: list[int], pos: int) -> bool:
    """Whether a sorted list of starts holds pos (bisected)."""
    k = bisect_left(starts, pos)
    return k < len(starts) and starts[k] == pos


def _breakdown_member(text: str, m: LinkedMention) -> bool:
    """麒麟区216个、宣威市402个、会泽县389个 (湘潭县代表团提出152件,…,韶山市代表团17件。): a unit given one figure
    of a breakdown, in a list of such."""
    if _FIGURE_BEFORE.search(text, max(0, m.start - 12), m.start):
        return True
    after = _FIGURE_THEN_NEXT.match(text, m.mention.end)
    if after is not None and _OWN_PARTS_COUNTED.search(after.group()) and text[m.start - 1:m.start] in ("", "\n", "。"):
        return False  # 威县12个镇、4个乡同日投票: a unit opening its paragraph counts its own townships, no breakdown
    return after is not None and after.group()[-1] in "、;；"


def _own_figure(text: str, m: LinkedMention, pos: int) -> bool:
    """梁子湖区4个: the figure written right after the unit, in its own list item."""
    between = text[m.mention.end:pos]
    return len(between) <= 24 and not any(ch in "、,;。，；" for ch in between)


# a name that modifies a noun phrase right after it (南宁东部新城, 长沙都市圈): a place word, no actor
_NOUN_AFTER_NAME = regex.compile(r"[东西南北中]部|都市圈|城市圈|经济圈|新城|新区|城区|主城")
# 黔东南苗族侗族自治州介绍,全州辖16个县…;全州有409个村寨…: a unit reporting on itself; its 全州 goes on after
# the semicolons of what it reports
_REPORTS_AFTER = regex.compile(r"(?:人大常委会|人民政府|政府|人大)?(?:介绍|汇报|通报)[,:]")
# 信宜市政府汇报了水污染防治工作情况:…。全市设立…河长1060名: a unit's body giving its report, a colon opening it;
# the paragraph's 全市 after it is the reporting 市's, whatever level the page's subject is
# a unit's own standing committee, written after its name (泉州市人民代表大会常务委员会, 泉州市人大常委会)
_STANDING_COMMITTEE_AFTER = regex.compile(_TERM + r"(?:人民代表大会常务委员会|人大常委会)")
_REPORT_GIVEN = regex.compile(r"(?:人大常委会|人民政府|政府)(?:介绍|汇报|通报)了[^。,，;；\n]{0,20}?[:：]")


# a meeting's spirit relayed or studied (传达了扬州市人大常委会…精神): the body named is the spirit's source
_RELAYED_BEFORE = regex.compile(r"(?:传达|学习|贯彻|落实)了?$")


def _congress_above(text: str, m: LinkedMention, subject: Subject) -> bool:
    """益阳市人大代表 on 沅江市's page: a unit above the subject named as the congress its deputies sit in (not its
    delegation, 蛟河市代表团)."""
    deputies = _DEPUTIES_OF.match(text, m.mention.end)
    return deputies is not None and not text.startswith("团", deputies.end()) and m.unit is not None \
        and subject.ref is not None and subject.ref.code is not None \
        and m.unit.code in _above(gazetteer(), subject.ref.code)


class _NameAt(NamedTuple):
    name: str
    start: int


def _every_mention(text: str, people) -> list[_NameAt]:
    """Each titled person's name wherever the page writes it (坐在他右手边的,是礼泉县…白村的李某 before 全国人大代表、
    白村党支部书记李某…): the sentence giving a person's county may name them without their title."""
    names = sorted({p.name for p in people if len(p.name) >= 2})
    if not names:
        return []
    finder = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)  # (one pass)
    return [_NameAt(names[k], start) for k, start, _ in finder.find_matches_as_indexes(text)]


def _whole_of_mover(text: str, mark: int, mover: LinkedMention) -> bool:
    """罗江县汇报,全县完成…;新引进项目12个: a 全县 after a unit written as a 县 is that unit's whole, not the
    section's (我县/本县 are always the section's)."""
    return text[mark] == "全" and _written_as(mover, text[mark + 1])


def _written_as(m: LinkedMention, kind: str) -> bool:
    """Is the unit a 县 (市, 区…) as the page writes it? A page from before 罗江县 became 罗江区 says 罗江县."""
    return m.mention.surface.endswith(kind) or m.name.endswith(kind)


def _unit_lists(text: str, upper: list[LinkedMention]) -> list[list[LinkedMention]]:
    """The units of the text grouped into the lists they are written in (阜康市、吉木萨尔县人大常委会; 慈溪市人大常委会、
    绍兴市上虞区人大常委会): one entry per unit listed, a chain (绍兴市上虞区) being its last, most specific one."""
    lists: list[list[LinkedMention]] = []
    previous: LinkedMention | None = None
    for m in upper:
        gap = _LIST_GAP.match(text, previous.mention.end) if previous is not None else None
        if m.mention.anonymous or gap is None or gap.end() != m.start or previous.mention.anonymous:
            lists.append([m])
        elif gap.group()[-1:] and gap.group()[-1] in "、和及":  # ("" is in every string: a chain is no list)
            lists[-1].append(m)
        else:
            lists[-1][-1] = m  # a chain: the county the city before it only locates
        previous = m
    return lists


# 在安庆市各县(市、区)中较早实现…: the unit whose counties the subject is compared among, a frame, not a subject
_PEERS_OF = regex.compile(r"(?:所辖)?各(?:县|区|市|旗|乡镇|地)[^,，;；。\n]{0,8}?(?:中|之中|当中)")


def _own_parts_counted(units: list[LinkedMention]) -> bool:
    """佛山市五个区的…: one prefecture or province, then a count of its own counties, is the whole at work, not the
    end of a list of places visited (深入A县、B县两个县: the count closes the list)."""
    return len(units) == 1 and units[0].level in ("province", "prefecture")


def _not_movers(text: str, lists: list[list[LinkedMention]], upper: list[LinkedMention]) -> set[int]:
    """Starts of the units that never take a figure from the section: the places the subject went to or
    worked with (`_VISITED_BEFORE`: 分赴A县、B县, 赴双江县学习, 会同慈溪市人大常委会), its neighbours (与遂昌县
    交界), the places goods are brought from (从喀什市区拉煤过来), and every unit of a list of
    two or more (深入木垒县、奇台县、吉木萨尔县开展调研: the figure is the whole's, unless `分别` shares it out), and
    the former unit a new one's parts came from (龙圩区…辖原苍梧县的龙圩、广平…4个镇)."""
    out: set[int] = set()
    in_list = {u.start for units in lists for u in units}
    by_end = {m.mention.end: m for m in upper}
    for units in lists:
        first = units[0]
        while first.start in by_end:  # a chain's head (赴贵港市港北区: 赴 is written before 贵港市)
            first = by_end[first.start]
        last = units[-1].mention.end
        # (主动对接“两江新区”建设: an opening quote may stand between the verb and the unit)
        before = first.start - (text[first.start - 1:first.start] in ("“", "\"", "‘", "「"))
        if len(units) > 1 or (_VISITED_BEFORE.search(text, max(0, before - 2), before)
                              and not _SCENE_OPENS.search(text, max(0, first.start - 4), first.start)
                              and not _BREAKDOWN_GOES_ON.match(text, last)) \
                or ((_NEIGHBOUR_AFTER.match(text, last)
                     or _PARTNER_AFTER.match(text, last) and not _NAMED_AFTER.match(text, last))
                    and _WITH_BEFORE.search(text, max(0, first.start - 1), first.start)) \
                or _NEIGHBOUR_BEFORE.search(text, max(0, first.start - 2), first.start) \
                or (text[first.start - 1:first.start] == "从" and _BROUGHT_FROM_AFTER.match(text, last)) \
                or (_COUNTED_LIST_END.match(text, last) and not _own_parts_counted(units)) or _PEERS_OF.match(text, last) \
                or (text[first.start - 1:first.start] == "至" and _ROUTE_AFTER.match(text, last)) \
                or _MEASURED_AGAINST.search(text, max(0, before - 4), before) \
                or _COMPARED_WITH.search(text, max(0, before - 16), before) \
                or (_ROUTE_FROM.match(text, last) and text[first.start - 1:first.start] != "至") \
                or (text[last - 1:last + 1] in ("县际", "市际", "省际")) \
                or (text[first.start - 2:first.start] in ("辖原", "将原", "由原") and text.startswith("的", last)) \
                or _venue_of_whole_meeting(text, first.start, last):
            out.update(u.start for u in units)  # (全市…座谈会在莱州市召开: the whole's meeting, the county its venue)
    # a chain's leading units (绍兴市 in 绍兴市上虞区) share their list's fate
    by_start = {m.start: m for m in upper}
    for m in reversed(upper):
        if m.start not in in_list and (nxt := by_start.get(m.mention.end)) is not None and nxt.start in out:
            out.add(m.start)
    return out


# 呼图壁县、玛纳斯县分别建成代表联络站52个和58个: the figures after 分别 go to the units in order
_SHARED_OUT = regex.compile(r"(?:[^;；\n]{0,16}?|[^;；。\n]{17,30}?)(?:分别|依次)")  # (…等县。站室分别; A、B探索“…”,分别)
# (石家庄市、邯郸市、保定市分得的名额位居前三,依次为82名、72名、71名: in the order of the list, as 分别)


# 三个代表团分别酝酿建议6件、8件和4件, 两县分别: the units counted are the ones the paragraph named before, in order
_COUNTED_SHARE = regex.compile(r"(?<![\d一二三四五六七八九十])(?P<n>[两二三四五六七八九]|[2-9])个?"
                               r"(?:代表团|县市区|县区|县|区|市)(?:代表团)?(?:分别|依次)")


def _shares(text: str, lists: list[list[LinkedMention]],
            upper: list[LinkedMention]) -> list[tuple[int, list[LinkedMention], bool]]:
    """(where 分别 ends, the units it shares figures out to, whether they were counted) for every list of two or
    more units, and for every count of units before 分别 (三个代表团分别) whose paragraph named just that many
    county-level units before it (大关县代表团…,威信县代表团…,绥江县代表团…。)."""
    out = []
    for units in lists:
        if len(units) > 1:
            m = _SHARED_OUT.match(text, units[-1].mention.end)
            if m is not None:
                out.append((m.end(), units, False))
    starts = [m.start for m in upper]
    for m in _COUNTED_SHARE.finditer(text):
        n = int(parse_number(m.group("n")))
        paragraph_start = text.rfind("\n", 0, m.start()) + 1
        named: dict[str, LinkedMention] = {}
        for u in upper[bisect_left(starts, paragraph_start):bisect_left(starts, m.start())]:
            if u.unit is not None and not u.mention.anonymous and u.level == "county":
                named.setdefault(u.unit.code, u)
        if len(named) == n:
            out.append((m.end(), list(named.values()), True))
    return sorted(out, key=lambda share: share[0])


def _outlet(text: str, m: LinkedMention) -> bool:
    """江苏人大网, 湖南日报, 云上咸安, a line `铜陵人大`: the unit names a publisher (a page's masthead or
    source line)."""
    return (bool(_OUTLET_AFTER.match(text, m.mention.end)) or text[max(0, m.start - 2):m.start] in _OUTLET_BEFORE
            or bool(_MASTHEAD_REST.match(text, m.mention.end)) and (m.start == 0 or text[m.start - 1] == "\n")
            # (红网邵阳站, 红网祁东分站: a site's station in the unit, named inside the site's name)
            or text[m.start - 1:m.start] == "网" and text.startswith(("站", "分站"), m.mention.end)
            # (记者 李娟 通讯员 陈颖 邵阳报道: where the reporters filed from, the outlet's station, not the story's unit)
            or bool(_FILED_FROM.match(text, m.mention.end)) and bool(_CREDITS_BEFORE.search(text, max(0, m.start - 30), m.start)))


# a dateline closing the reporters' credits (…通讯员 陈颖 邵阳报道)
_FILED_FROM = regex.compile(r"(?:市|县|区)?报道")
_CREDITS_BEFORE = regex.compile(r"(?:记者|通讯员)[ \t\u3000]*\p{Han}{2,4}[ \t\u3000]+$")


# what follows a unit's name on a masthead line of its own (`铜陵人大`, `凤翔人大网`)
# (or a bar and the site's breadcrumb on the same line: `广州人大  |  首页 > 新闻动态 > 基层人大`)
_MASTHEAD_REST = regex.compile(r"(?:人大|发布|融媒|观察|人民政府)?[ \t]*(?:\n|$|[|｜][^\n]*?[>＞»›])")
# a step of a breadcrumb trail (首页 > 县区人大 > 同德县)
_TRAIL_STEP = regex.compile(r"[>＞»›]")
# lines before a page's headline: mastheads, datelines, breadcrumbs, publishing metadata
_PRE_TITLE = regex.compile(r"^\s*(?:[\p{Han}]{1,8}(?:人大|人大网|新闻网|网|发布|融媒|日报|在线)?\s*$|[\d\s年月日:.\-/]+$|"
                           r"(?:今天是|今日|今天)?[\d\s年月日:.\-/]+(?:星期|礼拜|周)[一二三四五六日天]\s*$|"  # 今天是2024年05月20日 星期一
                           r"[\p{Han}]{2,14}(?:门户网站|网站|政府网|政务网|人大网|新闻网|人民政府)\s*$|"  # 随州市人民政府门户网站
                           r"[\p{Han}]{2,20}门户网站\s*(?:[-—–]{1,2}|[|｜])\s*[\p{Han}]{2,10}\s*$|"  # 湖北鄂东地区第一门户网站--鄂东网
                           r"[\p{Han}]{4,20}管理委员会\s*$|"  # 阳江高新技术产业开发区管理委员会: a zone's site, no unit of its own
                           r"[\p{Han}()（）]{4,30}(?:有限公司|有限责任公司|集团)\s*$|"  # 深圳市某某信息技术有限公司: the host's name
                           r"(?:电话|网址|邮箱|传真|地址)\s*[:：]|"  # (电话:400…, 网址:…: the host's contact lines under it)
                           r"[\p{Han}]{1,10}(?:网|日报|晚报|商报|时报|在线|融媒)(?:\s*[|｜\-－–—]\s*[\p{Han}]{2,10}){1,3}\s*$|"  # 杭州网 | 杭州援疆, 某网 - 新闻 - 民生
                           r"[\p{Han}]{2,6}\s*[·•・]\s*[\p{Han}]{2,6}\s*$|"  # 报告速 · 呼和浩特: a site and its city channel
                           r"[\p{Han}]{2,12}(?:人大常委会|人民代表大会常务委员会)\s*$|"  # 雨花台区人大常委会: a body's site
                           r"[\p{Han}]{2,8}(?:人大|人大代表)网上[\p{Han}]{2,5}\s*$|"  # 河南省人大代表网上联络站: an online station
                           r"[\d\s年月日:.\-/]+(?:来源|作者|浏览|编辑|发布|点击)|"  # 2025-06-12 10:36   来源:…
                           r"(?:https?://|www\.)[\w./\-]+\s|"  # www.gxbsrd.gov.cn  2014-12-23  作者:…  来源:右江日报
                           r"[\p{Han}]{2,14}[ \t\u3000]+(?:https?://)?(?:www\.)?[A-Za-z0-9\-]+\.[A-Za-z0-9.\-/]+[ \t]*(?:\n|$)|"  # 黔东南信息港  www.qdn.cn
                           r"(?:\p{Han}{2,6}[ \t\u3000|]{2,}){2,}\p{Han}{2,6}\s*$|"  # 投稿邮箱  返回首页  加入收藏: a link bar
                           r".*[>›»]|(?:\[\s*)?(?:发布时间|发布日期|信息发布|来源|作者|时间|浏览|您当前的位置|当前位置)|"
                           r"(?:索\s*引\s*号|发布机构|主题分类|生成日期|成文日期|文\s*号)\s*[:：])")  # 政府信息公开 metadata


_LEDE_CHARS = 40
# an editor's note naming whose speech the page carries (今天刊发的是鄯善县东巴扎回族乡代表的发言)
_EDITORS_NOTE = regex.compile(r"\s*[【\[(（]?\s*编者按")
_SPEECH_OF = regex.compile(r"(?:刊发|刊登|摘登|发表|播发)的?是(?P<who>[^。,;]{2,30}?)(?:代表|同志|委员)的(?:交流)?(?:发言|讲话|心声)")
# a county's body going somewhere in a headline (开州区人大常委会到柏梓镇…)
_VISIT_TO = regex.compile(r"(?:人大常委会|人大|常委会)[^,;。:\n]{0,8}?(?:到|赴|走进|来到|来(?![自看说]))")  # (…人大来新桥镇交流)
_VISIT_AT = regex.compile(r"(?:人大常委会|人大|常委会)[^,;。:\n]{0,8}?在")
# a visiting delegation in a headline: 缙云县人大考察团到…学习, X县人大常委会调研组赴…
_TO_LEARN = regex.compile(r"(?:学习|考察|观摩|取经|参观)")
_GUEST = regex.compile(r"[^,;。:]{0,12}?(?:考察团|考察组|调研组|代表团|学习团|参观团|观摩团|一行)[^,;。:]{0,4}?(?:到|赴|来|走进)"
                       # (丽江市人大常委会来宁围…考察交流: a body that came, to learn, is the host's guest)
                       r"|(?:人大常委会|人大)[^,;。:\n]{0,6}?来到?[^,;。:\n]{1,16}?(?:考察|学习|交流|观摩|取经|参观)"
                       # (驻焦作市省人大代表莅濮视察: 莅, to arrive as a guest, always says who came to the host)
                       r"|[^,;。:\n]{0,10}?莅(?!会)")


# a unit named as where a deputy of a level above it was elected (由连江县选举产生的市人大代表)
_HE_OR_SHE = regex.compile(r"(?<![其])[他她](?![们人])")  # (not 其他, 他们, 他人)


def _deputies_group(text: str, m: LinkedMention) -> bool:
    """湘潭市代表雨湖区第四小组, 市代表雨湖区各小组: a group of the upper congress's deputies, named by the district
    that elected them; the district is no unit of the page's, nor one that takes a figure."""
    return bool(_UPPER_DEPUTIES_BEFORE.search(text, max(0, m.start - 5), m.start)
                and _DEPUTIES_GROUP_AFTER.match(text, m.mention.end))


_UPPER_DEPUTIES_BEFORE = regex.compile(r"(?:市|州|盟)(?:人大)?代表$")
_DEPUTIES_GROUP_AFTER = regex.compile(r"(?:第[一二三四五六七八九十\d]{1,3}|各)?(?:代表)?(?:小组|组|代表团)")
_CONSTITUENCY_OF = regex.compile(r"(?:选区)?(?:选举产生|选出)的(?:市|州|盟|省|自治区|全国)人大代表")


def _guests(text: str, in_title: list[LinkedMention]) -> set[str]:
    """Codes of the units a headline names as visitors, and of the units written before them in a chain
    (丽水市缙云县人大考察团: both)."""
    out: set[str] = set()
    for m in in_title:
        if m.unit is not None and _GUEST.match(text, m.mention.end):
            out.add(m.unit.code)
            out.update(a.code for a in gazetteer().ancestors(m.unit.code) if a.level != "province")
    return out


def _guests_province(guests: set[str], named: list[LinkedMention]) -> set[str]:
    """The visitors' province, when no unit the page names outside the visitors lies in it (安徽省马鞍山市和县…一行来
    月城考察, on 江阴市's page: 安徽省 came with them; 丽水市缙云县 visiting a town of 浙江 leaves 浙江 the host's)."""
    gaz = gazetteer()
    provinces = {p.code for code in guests if (p := gaz.province_of(code)) is not None}
    hosts = {p.code for m in named if m.unit is not None and m.unit.code not in guests and m.level != "province"
             and (p := gaz.province_of(m.unit.code)) is not None}
    return provinces - hosts if hosts else set()


# a body written by its level alone (市人大常委会, 市十六届人大四次会议, 区人大代表): the level the page speaks at
_BODY_BY_LEVEL = regex.compile(r"(市|州|县|区|旗)" + _TERM + r"(?:人大|人民代表大会)")


def _outlet_spoken_of(text: str, outlets: list[LinkedMention], upper: list[LinkedMention]) -> LinkedMention | None:
    """A page that names units only as outlets (晋安新闻网 reposting 福州晚报) is about the body it writes of by
    its level alone (记者从市人大常委会获悉…): the one outlet of that kind, when the page writes of bodies at that
    level at least twice and (nearly) of no other level. (A body inside a unit's name, 福州市人大, is no such mention.)"""
    inside = sorted((m.start, m.mention.end) for m in upper)
    starts = [start for start, _ in inside]
    reach = list(accumulate((end for _, end in inside), max))  # the furthest end of any mention starting so far

    def in_a_name(pos: int) -> bool:  # (bisected: a page of one long paragraph has thousands of each)
        k = bisect_right(starts, pos) - 1
        return k >= 0 and reach[k] > pos

    kinds = Counter(b.group(1) for b in _BODY_BY_LEVEL.finditer(text) if not in_a_name(b.start()))
    if not kinds:
        return None
    ((kind, n),) = kinds.most_common(1)
    if n < 0.8 * sum(kinds.values()):
        return None  # bodies of two levels written alike: no one level the page speaks at (a stray one is noise)
    of_kind = {m.unit.code: m for m in outlets if m.unit is not None and m.name.endswith(kind)}
    return next(iter(of_kind.values())) if n >= 2 and len(of_kind) == 1 else None


def _speaker_kind(text: str, chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
    """A page that says 我县 is a county's: when the unit chosen is a prefecture or of another kind (邯郸市,
    named for an award it gave; 仙居县, a visiting delegation, on a page that says 我区) and the page names
    exactly one county of the kind it speaks as (广平县, its masthead; 黄岩区), that unit is the page's."""
    said = {m.group(1) for m in _SELF.finditer(text) if m.group()[0] != "全"}  # 我县, 本区: who speaks
    if not said or chosen.name[-1:] in said or chosen.unit is None:
        return chosen
    kinds = {m.unit.code: m for m in mentions
             if m.unit is not None and m.level == "county" and m.name[-1:] in said}
    if len(kinds) != 1:
        return chosen
    (only,) = kinds.values()
    gaz = gazetteer()
    if chosen.level == "county":
        # 仙居县人大代表团来我区考察…我区共创建联络站39家 (黄岩区 named): the county that says 我区 (a 我市 may be
        # the prefecture's, so only a 区, 县 or 旗 speaks for a county here)
        return only if only.name[-1] in "区县旗" else chosen
    return only if chosen.unit.code in _above(gaz, only.unit.code) else chosen


# a headline that opens with the page's own congress by its level alone (市十五届人大二次会议…)
_OWN_CONGRESS = regex.compile(r"^\s*(市|州)第?[一二三四五六七八九十\d]{1,3}届(?:人大|人民代表大会)")  # (not 市人大常委会检查组来我区)


def _own_congress(text: str, title: str, chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
    """市十五届人大二次会议代表建议461件 湘潭县代表团提出最多: the city's congress is the page's subject; a
    county named in the headline is one of its delegations. The prefecture the page names above it wins."""
    own = _OWN_CONGRESS.match(title)
    if chosen.unit is None or chosen.level != "county" or not own:
        return chosen
    gaz = gazetteer()
    above = _above(gaz, chosen.unit.code)
    if chosen.name.endswith(own.group(1)):
        # 尚志市's site: 市九届人大常委会 is the county-level 市's own congress; on its prefecture's site (德阳人大网,
        # 绵竹市 only in a leader's title) it is the prefecture's
        site = next((m for m in mentions if m.unit is not None and m.level == "prefecture" and m.unit.code in above
                     and _outlet(text, m)), None)
        return site if site is not None else chosen
    return next((m for m in mentions if m.unit is not None and m.level == "prefecture" and m.unit.code in above),
                chosen)


# a headline speaking as a county (市人大常委会检查组来我区): the county's page, whatever body visits it
_COUNTY_SPEAKS = regex.compile(r"[我本][县区旗]")
# …督查组来清督查, …检查组来灌检查: the city's body visiting a county (by its one-character short name) is the
# county's news
_VISITS = regex.compile(r"[来到赴莅]|走进|深入")  # (莅安调研: arriving at 安阳, a guest)


def _headline_city_body(text: str, title: str, chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
    """市人大常委会开展组成人员集中走访联系人大代表活动, naming no unit, then …来到金寨县: a headline whose only body is
    the city's standing committee, unnamed and not visiting anywhere, is the city's page; the county the body
    names first is one place of its work. The prefecture the page names above that county wins (a county-level
    市 is its own 市人大)."""
    if chosen.unit is None or chosen.level != "county" or chosen.name.endswith("市") \
            or not any(body.group().endswith(("常委会", "常务委员会")) for body in _BARE_CITY_BODY.finditer(title)) \
            or _COUNTY_SPEAKS.search(title) or _VISITS.search(title):
        # (the standing committee itself, not a deputy of it: 市人大代表胡禹万:…, filed under a county)
        return chosen
    return _named_on_page(gazetteer().prefecture_of(chosen.unit.code), mentions, chosen)


def _named_on_page(unit: Unit | None, mentions: list[LinkedMention], otherwise: LinkedMention) -> LinkedMention:
    """The page's own (not masked) mention of unit, else `otherwise`."""
    if unit is None:
        return otherwise
    return next((m for m in mentions if m.unit is not None and m.unit.code == unit.code
                 and not m.mention.anonymous), otherwise)


def _headline_province_body(title: str, chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
    """省人大城环资委召开2019年重点督办代表建议工作座谈会, naming no unit, then a proposal about 宜宾: a headline
    opened by the province's own body (its standing committee or one of its committees), unnamed and going
    nowhere, is the province's page; the city the proposal is about is its topic. The province must be named on
    the page (四川人大网)."""
    if chosen.unit is None or chosen.level not in ("county", "prefecture") or not _PROVINCE_BODY_OPENS.match(title) \
            or _COUNTY_SPEAKS.search(title) or _VISITS.search(title):
        return chosen
    return _named_on_page(gazetteer().province_of(chosen.unit.code), mentions, chosen)


# a headline opened by the province's unnamed body or one of its committees (省人大常委会…, 省人大城环资委…)
_PROVINCE_BODY_OPENS = regex.compile(r"\s*(?:省|自治区)(?:[一二三四五六七八九十]{1,3}届)?人大"
                                     r"(?:常委会|常务委员会|\p{Han}{1,8}?委员会|\p{Han}{1,4}?委(?!员))")


def _common_parent(chosen: LinkedMention, in_title: list[LinkedMention],
                   mentions: list[LinkedMention]) -> LinkedMention:
    """A headline naming two or more counties of one prefecture (`在芦溪县、上栗县宣讲`) is that prefecture's
    page when the page names it too."""
    counties = {m.unit.code: m for m in in_title if m.unit is not None and m.level == "county"}
    if len(counties) < 2 or chosen.unit is None or chosen.unit.code not in counties:
        return chosen
    gaz = gazetteer()
    parents = {(gaz.prefecture_of(code).code if gaz.prefecture_of(code) else None) for code in counties}
    if len(parents) != 1 or None in parents:
        return chosen
    parent = parents.pop()
    return next((m for m in mentions if m.unit is not None and m.unit.code == parent), chosen)


# the city's own body, unnamed (市人大常委会组成检查组…, 市人大代表), not a county's (…县人大常委会) nor a named city's;
# one level up, the province's (自治区人大常委会执法检查组赴…), not a named province's (…回族自治区人大常委会)
# (州人大常委会: an autonomous prefecture's, 盟人大: a league's; 2025年市人大代表票决…: a year may stand before it)
_BARE_CITY_BODY = regex.compile(r"(?:(?<![\p{Han}])|(?<=\d年))[市州盟]人大(?:常委会|常务委员会)?")
# a headline opening with the unnamed body going to one county (市人大常委会赴广水走访…): the body's own work
_GOES_TO = regex.compile(r"\s*(?:市|省|自治区)人大(?:常委会|常务委员会)?(?:领导|负责同志)?(?:赴|到|深入|走进)")
_BARE_PROVINCE_BODY = regex.compile(r"(?<![\p{Han}])(?:省|自治区)(?:[一二三四五六七八九十]{1,3}届)?人大(?:常委会|常务委员会)?")
# 省人大常委会在鹤壁召开座谈会: the unnamed body holding its own meeting at one place, the place only its venue
_BODY_MEETS_AT = regex.compile(r"[^。\n]{0,12}?(?:省|自治区|市)(?:[一二三四五六七八九十]{1,3}届)?人大(?:常委会|常务委员会)?"
                            r"(?:[^。\n,，]{0,10}?(?:培训班|会议|座谈会|推进会|研讨班))?(?:来到|在|赴)")
# (省十一届人大新任代表首期培训班在自贡开班: the province's class, held at one city)
_MEETING_HELD = regex.compile(r"(?:召开|举行|举办|开班|开幕)")
# the whole prefecture's meeting held at one county (全市县市区人大常委会主任座谈会在莱州市召开)
_WHOLE_MEETS_AT = regex.compile(r"全(?:市|州|盟)[^。\n,，;；]{0,32}?(?:会议|座谈会|推进会|现场会|交流会|培训班|研讨班)在$")


# …or the whole prefecture's people gathered at one county to hold it (全市各县区人大常委会主任齐聚汉阴县,召开座谈会)
_WHOLE_GATHERS_AT = regex.compile(r"全(?:市|州|盟)[^。\n,，;；]{0,20}?(?:齐聚|汇聚|会聚|相聚|聚首)$")
_THEN_HELD = regex.compile(r"[,，]?" + _MEETING_HELD.pattern)


def _venue_of_whole_meeting(text: str, start: int, end: int) -> bool:
    """Is the unit at start:end only the venue of the whole prefecture's meeting (全市…座谈会在|莱州市|召开,
    全市…主任齐聚|汉阴县|,召开座谈会)?"""
    return bool(_MEETING_HELD.match(text, end) and _WHOLE_MEETS_AT.search(text, max(0, start - 30), start)) \
        or bool(_THEN_HELD.match(text, end) and _WHOLE_GATHERS_AT.search(text, max(0, start - 30), start))


def _city_body_visiting(text: str, chosen: LinkedMention, in_lede: list[LinkedMention],
                        mentions: list[LinkedMention]) -> LinkedMention:
    """辽源日报: 市人大常委会组成检查组…先后到东辽县…、东丰县…: the city's unnamed body visiting two or more of its
    counties is the city's page (its outlet or a mention names it), not the first county visited. One level up
    the same: 自治区人大常委会执法检查组赴博州、塔城 on the region's site is the region's page."""
    if chosen.unit is None or chosen.level not in ("county", "prefecture"):
        return chosen
    gaz = gazetteer()
    bare, parent_of = (_BARE_CITY_BODY, gaz.prefecture_of) if chosen.level == "county" \
        else (_BARE_PROVINCE_BODY, gaz.province_of)
    if chosen.level == "county" and _venue_of_whole_meeting(text, chosen.start, chosen.mention.end) \
            and (parent := parent_of(chosen.unit.code)) is not None:
        # 全市县市区人大常委会主任座谈会在莱州市召开: the whole city's meeting, the county only its venue
        return next((m for m in mentions if m.unit is not None and m.unit.code == parent.code), chosen)
    if bare.search(text, 0, chosen.start) is None:
        return chosen
    parent = parent_of(chosen.unit.code)
    visited = {m.unit.code for m in in_lede if m.unit is not None and m.level == chosen.level
               and (p := parent_of(m.unit.code)) is not None and parent is not None and p.code == parent.code}
    if parent is None or len(visited) < 2 and not (
            _BODY_MEETS_AT.fullmatch(text, line_start(text, chosen.start), chosen.start)
            and _MEETING_HELD.match(text, chosen.mention.end)) and not _GOES_TO.fullmatch(
            text, line_start(text, chosen.start), chosen.start):
        return chosen
    return next((m for m in mentions if m.unit is not None and m.unit.code == parent.code), chosen)


# a headline about the whole of an unnamed province (全省代表活动阵地建成14380个), not a ranking in it (走在全省前列)
# nor a comparison with it (增幅均高于全省平均水平)
_WHOLE_PROVINCE = regex.compile(r"(?<![居在列为排于])(?:全|我|本)(?:省|自治区)(?!" + _RANKING.pattern + r"|[\p{Han}]{0,2}(?:前列|第|首))")


def _headline_province(text: str, title, chosen: LinkedMention):
    """The province of the unit chosen, when the headline speaks of the whole province: the county or city
    the lede opens in is a scene of the province's story."""
    if title is None or chosen.unit is None or chosen.level not in ("county", "prefecture"):
        return None
    if not _WHOLE_PROVINCE.search(text, title.start, title.end):
        return None
    if title.start <= chosen.start < title.end and _ACTS_ON_WHOLE.match(text, chosen.mention.end):
        return None  # 黑河市组织人大代表参加全省履职学习班: the unit the headline opens with acts; the province's
        # class is where it sent its deputies
    if _TOWNSHIP_BODY_OPENS.match(text, title.start, title.end):
        return None  # 谭坊镇人大专题询问基层教育 全省镇级人大首次试水: a township's body opens the headline; the whole
        # province is what its first is measured against
    return gazetteer().province_of(chosen.unit.code)


# a headline opening with a township's own body (谭坊镇人大…, 某某街道人大工委…)
_TOWNSHIP_BODY_OPENS = regex.compile(r"\s*\p{Han}{1,8}?(?:镇|乡|街道)人大")
# the headline's unit doing something itself (黑河市组织…, 某县召开…), before the province's whole is named; relaying
# or studying the province's meeting is its own meeting too (沅陵县传达学习全省…推进会精神)
_ACTS_ON_WHOLE = regex.compile(r"(?:人大常委会|人大)?(?:组织|召开|举办|开展|选派|推荐|承办|传达|学习|贯彻|落实)")


_OURS = regex.compile(r"我(?P<kind>[市县区旗州])")


def _our_outlet(text: str, title, outlets: list[LinkedMention]) -> LinkedMention | None:
    """The one unit the page's masthead or source names, of the kind its headline speaks as (我市, 我县)."""
    ours = _OURS.search(text, title.start, title.end) if title is not None else None
    if ours is None:
        return None
    of_kind = {m.unit.code: m for m in outlets if m.unit is not None and m.name.endswith(ours.group("kind"))}
    return next(iter(of_kind.values())) if len(of_kind) == 1 else None


def _province_portals(outlets: list[LinkedMention]) -> set[str]:
    """The codes of the outlets when every one is a province's portal (浙江在线, 河南省人大代表网上联络站), else none."""
    portals = {m.unit.code for m in outlets if m.unit is not None and m.level == "province"}
    return portals if len(portals) == len({m.unit.code for m in outlets if m.unit is not None}) else set()


def _portal_elsewhere(outlets: list[LinkedMention], named: list[LinkedMention]) -> bool:
    """Outlets that are all provinces' portals (浙江在线) on a page whose named units all lie in other provinces
    (新华网 on 云南's deputy, reposted): the portal only carries the page."""
    gaz = gazetteer()
    portals = _province_portals(outlets)
    if not portals:
        return False
    provinces = {p.code for m in named if m.unit is not None and (p := gaz.province_of(m.unit.code)) is not None}
    return bool(provinces) and not provinces & portals


def _province_site_on_its_own(outlets: list[LinkedMention], named: list[LinkedMention], paragraphs,
                              lede_end: int, by_start: dict[int, LinkedMention]) -> bool:
    """河南省人大代表网上联络站 over a lede that names no unit, then 郑州市航空港实验区人大工委副主任…,郑州市人大代表… in
    the next paragraph: a province's site carries news of a city or county in it, and the unit the body names first,
    twice (or once, placed in the site's own province: 河南省周口市…校长某某), right after its lede, is the page's
    (named once alone, it may be where people came from; a unit far down is a visitor: the masthead is the page's)."""
    gaz = gazetteer()
    first = named[0]
    placed = first.level == "province" and first.unit is not None and first.mention.end in by_start
    if placed:
        first = by_start[first.mention.end]  # 河南省周口市: the city, placed in the province
    portals = _province_portals(outlets)
    if not portals or first.unit is None or first.level not in ("prefecture", "county") or first.mention.anonymous:
        return False
    province = gaz.province_of(first.unit.code)
    if province is None or province.code not in portals:
        return False
    nxt = next((p for p in paragraphs if p.start >= lede_end and p.end - p.start >= _LEDE_CHARS), None)
    return nxt is not None and first.start < nxt.end and (
        placed or sum(m.unit is not None and m.unit.code == first.unit.code and m.start < nxt.end for m in named) >= 2)


def _lede_end(text: str, paragraphs, title) -> int:
    """Where the body's first real paragraph (40 characters or more, after the headline) ends."""
    after = title.end if title is not None else 0
    for p in paragraphs:
        if p.start >= after and p.end - p.start >= _LEDE_CHARS and not _PRE_TITLE.match(text[p.start:p.end]) \
                and not _EDITORS_NOTE.match(text, p.start, p.end):
            return p.end  # (not the 发布时间…来源… line under the headline, however long, nor an editor's note)
    return len(text)


def _title_paragraph(text: str, paragraphs):
    """The page's headline: its first paragraph that is no masthead, dateline, breadcrumb or metadata line
    (a WeChat copy opens `铜陵人大` / `2025年09月16日` before `交流发言|义安区:…`)."""
    taglines = [i for i, p in enumerate(paragraphs[:6]) if _SITE_TAGLINE.search(text, p.start, p.end)]
    first = taglines[-1] + 1 if taglines else 0  # (聚合邵阳新闻 传播邵阳声音 / 邵商网与您…: the masthead ends there)
    for i, p in enumerate(paragraphs[:6]):
        if i >= first and not _PRE_TITLE.match(text[p.start:p.end]):
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            if nxt is not None and _SUBTITLE.match(text, nxt.start, nxt.end):
                return Span(p.start, nxt.end)  # 田间地头拉家常 / ——曾都区洛阳镇…见闻: the subtitle is the headline's
            return p
    return paragraphs[0] if paragraphs else None


_MENU_ITEM = 10  # the longest line a site's menu or breadcrumb item runs to


def _menu_lines(chunk: str) -> bool:
    """A run of a site's menu, one short item a line (洛阳人大网 / 首页 / … / 吉利区人大 / >), unlike a list of rows that
    each count something (耒阳市:应选代表45名;) under a headline."""
    return all(len(line.strip()) <= _MENU_ITEM for line in chunk.splitlines())


# a township a development zone administers (驻马店经济开发区关王庙乡): the zone is the city's, not a county's
_TOWNSHIP_SUFFIX = regex.compile(r"(?:镇|乡|街道)$")
_ZONE_BEFORE = regex.compile(r"(?:开发区|高新区|新区|园区|管委会|管理区)$")


# the writer's own unit named (以笔者所在的大荔县为例, 作者所在的某区): a commentary's own ground
_WRITERS_OWN = regex.compile(r"(?:笔者|作者)(?:所在的?|工作的|所在地)$")
_SUBTITLE = regex.compile(r"\s*(?:——|—|－－|--)")
# a site's slogan or welcome (邵商网与您共同讲好邵商故事, 欢迎访问…网): the host's, above the headline
_SITE_TAGLINE = regex.compile(r"(?:网|报|台)(?:与您|为您|伴您|陪您|带您)|欢迎(?:访问|您|光临)")


def _after_source_label(text: str, pos: int) -> bool:
    """来源:长子县人大常委会: the unit opens the value of a source label."""
    return any(m.end() == pos for m in _SOURCE_LINE.finditer(text, max(0, pos - 10), pos))


# a prefecture's deputies, right after its name (巴彦淖尔市人大代表): the congress a deputy sits in (its own session,
# 来宾市四届人大四次会议, is the city's page and still counts)
_ITS_CONGRESS = regex.compile(r"(?:人大代表|人民代表大会代表)")


def _descend(chosen: LinkedMention, mentions: list[LinkedMention], lede_end: int,
             placed: set[str] = frozenset(), text: str = "") -> LinkedMention:
    """A province or prefecture gives way to the one county (or chain 岳阳市…岳阳县) under it that the page
    is about: named at least as often as it. Several counties under it (a prefecture's joint report) keep
    it, or their common prefecture when that is named as often (a province's paper on 鹤壁市's counties)."""
    if chosen.unit is None or chosen.level not in ("province", "prefecture"):
        return chosen
    gaz = gazetteer()
    by_start = {m.start for m in mentions}
    counts: Counter[str] = Counter()
    alone: Counter[str] = Counter()  # written in full on its own (_written_alone)
    published: set[str] = set()  # units named as the page's publisher (秀洲新闻网)
    first: dict[str, LinkedMention] = {}
    for m in mentions:
        if m.unit is None:
            continue
        if m.unit.code == chosen.unit.code and m.mention.end in by_start:
            continue  # 哈尔滨市宾县: the city only locates the county
        if m.unit.code == chosen.unit.code and chosen.level == "prefecture" and _ITS_CONGRESS.match(text, m.mention.end):
            continue  # 巴彦淖尔市人大代表耿军: the congress a county's deputy sits in, not where the page is set
        if text and _caption_line(text, m.start):
            continue  # 朝阳区朝外街道人大代表之家内…。新京报记者 浦峰 摄: a photo's scene, not where the page is set
        if text and _venue_of_whole_meeting(text, m.start, m.mention.end):
            continue  # 全市…座谈会在莱州市召开: the whole's meeting; the county is only its venue
        if text and chosen.level == "province" and m.level == "prefecture" and text[m.start - 1:m.start] == "在" \
                and _MEETING_HELD.match(text, m.mention.end):
            continue  # 云南省…人大常委会第九次会议在昆明召开: the province's meeting; its capital is only the venue
        if text and _outlet(text, m):
            published.add(m.unit.code)
            if chosen.level == "province" and m.level == "county":
                continue  # 波密县人民政府 over the region's work report: the county's site carries it, no more
        counts[m.unit.code] += 1
        if _written_alone(m, by_start, text):
            alone[m.unit.code] += 1
        first.setdefault(m.unit.code, m)
    below = [code for code in counts if chosen.unit.code in _above(gaz, code)]
    counties = [code for code in below if first[code].level == "county"]  # (莱芜市 in 2012: then a prefecture)
    # (温州市…420个;宁波市…460余个;丽水市…: a province-wide survey citing two or more other prefectures is the
    # province's, whatever one county's deputy it quotes far down)
    others = [code for code in below if first[code].level == "prefecture"
              and not (len(counties) == 1 and code in _above(gaz, counties[0]))]
    if chosen.level == "province" and len(counties) == 1 and (
            first[counties[0]].start < lede_end
            or ((counties[0] in placed and 4 * counts[counties[0]] >= counts[chosen.unit.code])
                or 2 * counts[counties[0]] >= counts[chosen.unit.code]) and len(others) < 2):
        # a provincial site's page on one county's station is that county's (not a province-wide survey
        # that quotes one county's chairman once, far down: 广东省 ×5, 连州市 ×1; nor the province's body's
        # day visiting ministries, then one township of a county once: 湖南省 ×6, 长沙县春华镇 ×1)
        if _speaks_as_province(text, mentions, municipality=chosen.name.endswith("市")) >= 4 * counts[counties[0]]:
            # 受省人民政府委托…省政府系统…省直有关部门…全省, then 符炳信等代表提出增加白沙县扶贫资金的建议: the
            # province's own report, which names one county once as an example
            return chosen
        city = _own_prefecture(gaz, counties[0], alone)
        if city is not None and alone[city] > alone[counties[0]] and first[city].start < first[counties[0]].start \
                and counties[0] not in published:
            # (a farm 位于晋中市, its city written alone twice, the county once for its apples, 榆次区出产的: the
            # city's page; not a county's own news site, 秀洲新闻网, that names its city once)
            return first[city]
        return first[counties[0]]
    chained = {m.unit.code for m in mentions if m.unit is not None and m.level == "county" and m.unit.code in counties
               and _full_chain_before(m, mentions) and _HOME_OF_DEPUTY.match(text, m.mention.end)}
    if chosen.level == "province" and len(counties) > 1 and len(chained) == 1:
        # 来自内蒙古自治区赤峰市松山区小庙子村的全国人大代表…, then 喀喇沁旗发展了700亩: the one county the page
        # writes with its whole chain is where its story is set; the others are named in passing
        return first[next(iter(chained))]
    if chosen.level == "province" and len(counties) > 1:
        top = max(counties, key=lambda c: (counts[c], -first[c].start))
        if first[top].start < lede_end and counts[top] >= counts[chosen.unit.code] \
                and all(counts[top] > counts[c] for c in counties if c != top):
            # a provincial deputy's story set in her county (全椒…合作社 in the lede, 全椒县十字镇 later), which
            # names a neighbouring county once (河对岸是和县…): the county named first and most
            return first[top]
    # the deepest unit every other one under the chosen unit lies above or below (鹤壁市 for its counties)
    for code in sorted(below, key=lambda c: -RANK[gaz.unit(c).level]):
        covers = _above(gaz, code) | {code}
        if all(c in covers or code in _above(gaz, c) for c in below):
            if counts[code] >= counts[chosen.unit.code] and not (
                    chosen.level == "province" and "我市" not in text and _speaks_as_province(
                        text, mentions, municipality=chosen.name.endswith("市")) >= 4 * counts[code]):
                # (省十二届人大三次会议…省政府系统…省高级人民法院, carried by 西安晚报 under 陕西 > 西安市: the
                # province's own report, whatever city the paper and its channels name; a page that says 我市 is the
                # city's, whose deputies go to the province's congress)
                return first[code]
    return chosen


# a deputy's home village or township right after the county (…松山区小庙子村的全国人大代表)
_HOME_OF_DEPUTY = regex.compile(r"\p{Han}{1,10}?[村镇乡]的?(?:全国|省|自治区|市|州|盟|县|区|旗)?人大代表")


def _full_chain_before(m: LinkedMention, mentions: list[LinkedMention]) -> bool:
    """内蒙古自治区赤峰市松山区: a county written right after its prefecture, itself right after its province."""
    ends = {o.mention.end: o for o in mentions if o.unit is not None}
    city = ends.get(m.start)
    return city is not None and city.level == "prefecture" and (province := ends.get(city.start)) is not None \
        and province.level == "province"


# a firm named after the place its name opens with (东明石化, 济钢集团, 茅台酒厂): its news is no unit's work
# where a meeting opens or someone works (在兰州开幕, 在宁波务工): a venue, not whose work the figures are
_VENUE_AFTER = regex.compile(r"(?:开幕|闭幕|召开|举行|举办|务工|打工)")


_JOURNEY_FROM = regex.compile(r"(?:由|从)\p{Han}{0,5}$")
_JOURNEY_ON = regex.compile(r"(?:\p{Han}{1,6}?[市县区州盟旗])?(?:市区|城区|县城)?(?:驱车|驾车|乘车|坐车|出发|一路)")
# (由新疆和田市驱车: the province before the city a journey starts from is no page's unit either)


# what people go to another place for, away from home (坐上汽车去香格里拉市读书, 到广州打工)
_AWAY_TO = regex.compile(r"(?:读书|上学|求学|念书|就读|打工|务工|就医|看病)")


def _elsewhere(text: str, m: LinkedMention) -> bool:
    """A unit named as where the page's people set out from (由新疆和田市驱车…便是策勒县), as where a wire story was
    filed (中新网北京3月5日电), as where they went to study or work (去香格里拉市读书) or, at province level, where a
    session opens (将在北京开幕), or as a neighbour (东接东兴市): no page's unit."""
    return _journey_origin(text, m) or _DATELINE_AFTER.match(text, m.mention.end) is not None \
        or _NEIGHBOUR_BEFORE.search(text, max(0, m.start - 2), m.start) is not None \
        or m.level == "province" and _venue(text, m) \
        or _LEADER_VISITED_BEFORE.search(text, max(0, m.start - 24), m.start) is not None \
        or _GONE_TO_BEFORE.search(text, max(0, m.start - 3), m.start) is not None \
        and _AWAY_TO.match(text, m.mention.end) is not None



# 习近平总书记…走进湘西州花垣县十八洞村考察: a place the country's leader visited, told as the story's background
# a province apart from the page's places (`_province_apart`): the other province's mentions are at least this many,
# and this many times the province's own
_APART_MIN = 5
_APART_RATIO = 3
_LEADER_VISITED_BEFORE = regex.compile(r"总书记[^。;；:：]{0,16}?(?:走进|来到|亲临|深入)[^,，。;；:：]{0,6}\Z")


# a dateline's date and 电 right after the city a story was filed from (新华社北京3月5日电, 本报西宁1月8日电)
_DATELINE_AFTER = regex.compile(r"[ \t]?\d{1,2}月\d{1,2}日[ \t]?电")


def _journey_origin(text: str, m: LinkedMention) -> bool:
    """由新疆和田市驱车…, 从县城出发: the unit a journey starts from, written before a verb of travelling."""
    return _JOURNEY_ON.match(text, m.mention.end) is not None \
        and _JOURNEY_FROM.search(text, max(0, m.start - 6), m.start) is not None


def _venue(text: str, m: LinkedMention) -> bool:
    """在兰州开幕, 在宁波务工: the unit is where a meeting opens or people work."""
    return text[m.start - 1:m.start] == "在" and _VENUE_AFTER.match(text, m.mention.end) is not None
_FIRM_AFTER = regex.compile(r"(?:石化|钢铁|集团|煤矿|矿业|电厂|化工|药业|制药|酒业|酒厂|水泥|热电|纸业|啤酒)")
# a firm or school named after its city (鹰潭市欣岩电子科技有限公司, 晋中市清清苹果种植专业合作社): no mention of the city's work
_NAMED_AFTER = regex.compile(r"\p{Han}{1,14}?(?:公司|合作社|联合社|小学|中学|学校|学院|大学|医院|农场|工厂|厂)")


# the province's own bodies and whole, written without its name (省人民政府, 省直, 省二届人大, 全省)
def _level_speaks(kind: str, guard: str = "") -> regex.Pattern:
    """The page writing of a level's own bodies or whole by the level alone (全省, 受省人民政府委托; 全市, 市委);
    `guard`: a lookbehind the bare level must pass (no 市 inside a word: 城市委员)."""
    return regex.compile(rf"全{kind}|{guard}{kind}(?:委|人民政府|政府|人大|直|级|[一二三四五六七八九十]{{1,3}}届)")


_PROVINCE_SPEAKS = _level_speaks("省")
_REGION_OR_PROVINCE_SPEAKS = _level_speaks("(?:省|自治区)")  # (自治区人大常委会, 全自治区: an autonomous region's)


# a municipality (上海市, 重庆市) speaks of its own bodies and whole as a 市 (全市, 市人大常委会)
_MUNICIPALITY_SPEAKS = _level_speaks("市", guard=r"(?<![\p{Han}])")


def _speaks_as_province(text: str, mentions: list[LinkedMention], municipality: bool = False,
                        region: bool = False) -> int:
    """How often the page writes of the province's own bodies or whole by level alone (not inside a named
    unit: 海南省人大 is the named province's); a municipality's as a 市; with region, an autonomous region's as
    自治区 too."""
    inside = sorted((m.start, m.mention.end) for m in mentions)
    starts = [a for a, _ in inside]
    count = 0
    pattern = _MUNICIPALITY_SPEAKS if municipality else _REGION_OR_PROVINCE_SPEAKS if region else _PROVINCE_SPEAKS
    for hit in pattern.finditer(text):
        k = bisect_right(starts, hit.start()) - 1
        if k < 0 or inside[k][1] <= hit.start():
            count += 1
    return count


def _province_speaking(text: str, chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
    """从…出发: …省人大常委会基层立法联系点——盐城市亭湖区大洋街道 in the lede, then 江苏省人大…, 全省…, 省人大常委会…
    throughout: a county named once, on a page that writes of its province's own bodies and whole four times as
    often and names that province, is one example in the province's story (a county's own page says 我县, 全县).
    A municipality's district the same, when the page writes of the municipality's bodies as the 市's."""
    if chosen.unit is None or chosen.level != "county" or _SELF_COUNTY.search(text):
        return chosen
    named = [m for m in mentions if m.unit is not None and not m.mention.anonymous]
    if sum(m.unit.code == chosen.unit.code for m in named) != 1:
        return chosen
    return _speaking_province(text, chosen, named) or chosen


def _delegation_at_province_session(text: str, chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
    """省人代会期间… 郴州市代表团的省人大代表杨红艳发现…, then 省政府工作报告, 省人大常委会办公厅, 全省 throughout: a city
    written as a delegation (X代表团) is where one deputy of the province's congress sits; on a page that writes of the
    province's own bodies and whole four times or more, and more often than of a city's, and is published by the
    province's outlet (湖南日报, 江苏人大网), the session is the province's story."""
    if chosen.unit is None or chosen.level != "prefecture":
        return chosen
    named = [m for m in mentions if m.unit is not None and not m.mention.anonymous]
    if not any(m.unit.code == chosen.unit.code and text.startswith("代表团", m.mention.end) for m in named):
        return chosen
    province = gazetteer().province_of(chosen.unit.code)
    if province is None or not any(m.unit.code == province.code and _outlet(text, m) for m in named):
        return chosen  # (a city's paper on its own delegation at the session: the city's page)
    if _speaks_as_province(text, named) <= _speaks_as_province(text, named, municipality=True):
        return chosen
    return _speaking_province(text, chosen, named) or chosen


def _province_meeting_venue(text: str, chosen: LinkedMention, mentions: list[LinkedMention]) -> LinkedMention:
    """自治区“两会”新闻发布会在银川召开 … 自治区人大常委会…: a city named as where a meeting is held, on a page
    that writes of its province's own bodies and whole four times or more and names that province, is the venue of
    the province's meeting, not the page's unit."""
    if chosen.unit is None or chosen.level not in ("prefecture", "county") or not _venue(text, chosen):
        return chosen
    named = [m for m in mentions if m.unit is not None and not m.mention.anonymous]
    return _speaking_province(text, chosen, named, region=True) or chosen


def _speaking_province(text: str, chosen: LinkedMention, named: list[LinkedMention],
                       region: bool = False) -> LinkedMention | None:
    """The mention of chosen's province, when the page names it and writes of its own bodies and whole by level
    alone four times or more (省人大常委会, 全省; with region, 自治区… too); for a municipality's district, the
    municipality's when the page writes of its bodies as the 市's four times or more and never of a district's own."""
    province = gazetteer().province_of(chosen.unit.code)
    if province is None:
        return None
    if province.name.endswith("市"):
        # 市人大代表段淑珍…市十五届人大一次会议…市人大常委会督办, and 海淀区有关部门 once, far down: a municipality's
        # page speaks of its own bodies as the 市 (a district's own page speaks of its 区人大, 区政府 too)
        if _DISTRICT_SPEAKS.search(text) or _speaks_as_province(text, named, municipality=True) < 4:
            return None
    elif _speaks_as_province(text, named, region=region) < 4:
        return None
    return next((m for m in named if m.unit.code == province.code), None)


# a district's or county's own page writes of its bodies and whole by level alone (区人大常委会, 全区, 县政府)
_DISTRICT_SPEAKS = _level_speaks("[区县]", guard=r"(?<![\p{Han}])")


# a county's own page speaks as it (我县, 本区, 全县)
_SELF_COUNTY = regex.compile(r"(?:我|本|全)(?:县|区|旗)")


def _written_alone(m: LinkedMention, by_start, text: str) -> bool:
    """A unit written in full on its own: not a chain's prefix (晋中市 of 晋中市榆次区), a short name inside a
    product's (六安瓜片), a publisher (枣庄日报) or a firm named after it."""
    return (m.mention.end not in by_start and m.unit is not None
            and any(e.kind == "full" and e.code == m.unit.code for e in m.mention.entries)
            and not (text and (_outlet(text, m) or _NAMED_AFTER.match(text, m.mention.end))))


def _we_the_city(text: str, chosen: LinkedMention, mentions: list[LinkedMention], lede_end: int) -> LinkedMention:
    """…检查组一行20人来到昭通,…对我市遵守和实施《义务教育法》的情况开展检查,…把彝良县作为检查重点: a 县 never
    calls itself 我市, so a lede that does speaks as the 市 the county lies in, when the page names that 市."""
    if chosen.unit is None or chosen.level != "county" or not chosen.name.endswith(("县", "旗")) \
            or "我市" not in text[:lede_end]:
        return chosen
    city = next((a.code for a in gazetteer().ancestors(chosen.unit.code)
                 if a.level == "prefecture" and a.name.endswith("市")), None)
    return next((m for m in mentions if m.unit is not None and m.unit.code == city), chosen)


def _own_prefecture(gaz, code: str, counts: Counter[str]) -> str | None:
    """The prefecture a county lies in, when the page names it on its own (not as 晋中市榆次区's prefix)."""
    return next((a.code for a in gaz.ancestors(code) if a.level == "prefecture" and a.code in counts), None)


def _county_above(gaz, code: str):
    """The county-level unit a township or village lies in; for a town of a city with no counties (东莞, 中山:
    the town is its parent's own), that city."""
    above = gaz.ancestors(code)
    return next((a for a in above if a.level == "county"), None) \
        or (above[0] if above and above[0].level == "prefecture" and gaz.unit(code).level == "township" else None)


def _codes_of(m: LinkedMention) -> list[str]:
    """The units a place's mention may be: the one it is linked to, else every gazetteer entry of its name."""
    return [m.unit.code] if m.unit is not None else [e.code for e in m.mention.entries]


def _above(gaz, code: str) -> set[str]:
    return {a.code for a in gaz.ancestors(code)}


def _innermost(m: LinkedMention, by_start: dict[int, LinkedMention]) -> LinkedMention:
    """Follow a chain of units written back to back (成都市武侯区) to its last, most specific one (by_start:
    the upper mentions by their start, built once per document: one dict per heading was quadratic). A chain
    only goes down: 漳平台湾农民创业园 is 漳平's park for farmers from 台湾, not a place in 台湾."""
    while m.mention.end in by_start and not m.mention.anonymous:
        inner = by_start[m.mention.end]
        if m.level is not None and inner.level is not None and RANK[inner.level] < RANK[m.level]:
            break
        m = inner
    return m


def _unit_subject(unit) -> Subject:
    """A gazetteer unit the page never names as written (a township's county, a speech's city)."""
    return Subject(region_ref(unit.name, unit.code, unit.level), unit.level)


# a profile's headline ending in one deputy's role and name (——记浙江省人大代表姜荣威), not a group (…代表中的巾帼力量)
_ONE_DEPUTY_TITLE = regex.compile(r"人大代表\p{Han}{2,4}\s*$")


# 台湾, 香港, 澳门 hold no people's congress: a mainland report names them for their people, farmers or firms
# (台湾农民创业园, 台湾茶农, 港澳台侨), never as the unit whose work it reports
_NO_CONGRESS = ("71", "81", "82")


def _without_congress(m: LinkedMention) -> bool:
    return m.unit is not None and m.unit.code[:2] in _NO_CONGRESS


def _subject(m: LinkedMention) -> Subject:
    if m.mention.anonymous:
        return Subject(None, m.level)
    return Subject(m.ref, m.level)


# a unit's own body right after its name (永川区人大常委会把…列为监督重点, 朱沱镇人大主席介绍)
_OWN_BODY_AFTER = regex.compile(r"(?:人大常委会|人大主席团|人大(?!代表))")
# a clause that goes on to a visit: the body came as a guest (浮山县人大常委会主任…带领考察团…来我县)
_VISITING = regex.compile(r"[^,，;；。\n]*?(?:带领|带队|率领|率队|一行|考察团|考察组|学习团|来我|到我|莅临|来到|前往|赴)")
# what may stand before a clause's subject: a clause boundary, after a speaker's verb or a time (他介绍,过去一年,)
_CLAUSE_OPEN = set(",，;；。:：\n")


def _acts_as_body(text: str, m: LinkedMention) -> bool:
    """A county's or township's own congress body opening a clause (他介绍,过去一年,永川区人大常委会把…;
    百和镇人大主席说): the unit did the work the clause tells, in whichever province it lies; a place the
    page's unit went to is written after a verb (赴永川区人大常委会学习), not as a clause's subject."""
    if m.unit is None or m.mention.anonymous or m.level not in ("county", "township"):
        return False
    before = text[m.start - 1] if m.start else "\n"
    return before in _CLAUSE_OPEN and bool(_OWN_BODY_AFTER.match(text, m.mention.end)) \
        and not _VISITING.match(text, m.mention.end)


def _stem_delegation(text: str, m: LinkedMention) -> bool:
    """兴国代表团 on 秦安县's session page: a county's stem alone before 代表团 names one of the session's own
    township delegations as often as a county elsewhere, so it never makes the page a round-up of provinces."""
    return m.level == "county" and not m.mention.surface.endswith(("县", "区", "市", "旗")) \
        and text.startswith("代表团", m.mention.end)


def _may_move(m: LinkedMention, subject: Subject, nearby: bool = True, anywhere: bool = False) -> bool:
    """A unit named in the paragraph takes the figure when it is not above the section's unit, and lies in
    the section's province: a place elsewhere is where the unit went or built (赴河北省辛集市学习, 联络站设在
    深圳市南山区), not whose work the figure is (`anywhere`: in a round-up of the country, any province)."""
    if subject.level is None:
        return True
    if m.level is None:
        return False
    if RANK[m.level] < RANK[subject.level]:
        return False
    if m.unit is not None and subject.ref is not None and subject.ref.code is not None:
        gaz = gazetteer()
        here, there = gaz.province_of(subject.ref.code), gaz.province_of(m.unit.code)
        if here is not None and there is not None and here.code != there.code and not anywhere:
            return False
        if nearby and subject.level == "county" and m.level == "county":
            # a county's page naming a county of another prefecture (组织代表赴平昌县学习 in 渠县's report):
            # where its deputies went, not whose work the figures are
            mine, theirs = gaz.prefecture_of(subject.ref.code), gaz.prefecture_of(m.unit.code)
            if mine is not None and theirs is not None and mine.code != theirs.code:
                return False
    return True
