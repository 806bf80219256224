"""When a figure is true, and whether it is true yet: `status` (done / planned), `aspect` (stock / flow)
and `period` (the year the figure is true for).

Comparisons rest on these three. A plan is not an achievement (`计划新建3至5个`, `力争到2025年底建成20个`), a
stock is not a flow (`今年新建3个,累计建成15个`: the county has 15), and a figure belongs to the year it
describes, which is neither the date the report was published nor a target year (`截至2023年底建成12个`
in a report of March 2024 is 2023's figure).

All decisions read the figure's own sentence, split into clauses at commas and semicolons:
- a plan word governs its own clause and the clauses after it in the sentence, until a clause says
  something is already done (`已`, `目前`, `累计`, `截至`); a plan word after the figure in its own clause
  counts too (`20个代表之家将于年底前建成`). A heading such as `二、2024年工作安排` or `下一步工作打算` makes
  every figure under it planned, until the next heading.
- the marker nearest before the figure in its clause says stock or flow; without one, counts of things
  (个, 家, 处) are stocks and everything else (money, events, people reached) is a flow.
- the period is the year of the nearest date before the figure in its sentence, unless that year is a
  future target (only plans take those) or opens a span (`2021年以来` runs to the report's year); without
  a date, the year the report covers.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..extract.dates import DateCandidate

Status = str  # "done" | "planned"
Aspect = str  # "stock" | "flow"

_CLAUSE_BREAK = regex.compile(r"[,;:，；：]")
# plan, target and goal words. 计划 is a plan unless it is a noun being filled (列入计划, 年度计划内);
# 争取 is one only towards a goal (争取到2025年, not 争取项目资金); time words only where a clause opens
# with them (今后三年, not 需待今后创造条件解决的5件).
_PLAN = regex.compile(
    r"(?<!列入|纳入|年度|工作|生育)计划(?!内|外|单列|生育)|(?<![\p{Han}])拟|力争|争取(?=到|在|于|实现|年内|年底)|力求|"
    r"目标(?:是|为|任务)|预计|(?<![\p{Han}])(?:下一步|下步|下一阶段|明年|今后|未来)|打算|"
    r"将(?=新建|新增|建设|建成|投入|实现|达到|增加|扩大|完成|开展|组织|打造|推动|安排|覆盖|于|在|再|继续|持续|力争|陆续)|"
    r"(?<![\p{Han}])要(?=在|于|新建|建成|实现|达到|确保)|确保(?=到|在|年底|年内|每|全)|"
    r"规划(?=建设|新建|到|在)|准备(?=新建|建设|在)|还需|尚需|即将"
)
# words saying the thing already is: they end a plan's reach over the clauses after it
_DONE = regex.compile(r"已经|已|目前|现有|截至|截止|累计|先后|共计|如今|现已|至今")
_FUTURE_TARGET = regex.compile(r"(?:到|至|于|在)\s*(?P<y>20\d{2})\s*年")
_PLAN_HEADING = regex.compile(r"工作安排|工作打算|工作计划|工作思路|工作目标|主要任务|下一步|今后|工作要点|努力方向")

_STOCK = regex.compile(r"累计|共有|现有|拥有|总数|总量|总计|合计|共建|已建成|已建|已有|建成了|建有|设有|"
                       r"达到|覆盖|截至|截止|目前|全县共|全区共|全市共|共")
_FLOW = regex.compile(r"新建|新增|新设|新打造|新成立|新命名|新挂牌|今年|本年|年内|全年|当年|本届以来|投入|"
                      r"办理|收到|收集|提出|交办|办结|开展|组织|召开|举办|接待|培训|走访|安排|拨付|争取|发放|"
                      r"落实|解决|反映|参加|参与|新")
# counts of facilities and organisations: a bare `建成N个` states how many there are
_STOCK_UNITS = {"个", "家", "处", "所", "座", "站", "室", "支", "名", "位", "人"}


@dataclass(frozen=True)
class ReportDate:
    """The report's own date (published or dated) and the year its undated figures are true for."""

    year: int | None
    month: int | None
    covers: int | None  # the year an undated figure belongs to


_LOOKS_BACK = regex.compile(r"过去一年|过去的一年|一年来|上一年度|回顾|总结")


def report_date(dates: list[DateCandidate], text: str, head_chars: int) -> ReportDate:
    """A full date near the top (dateline, metadata) is the report's own; else the latest year written.
    A report dated January to March that looks back on the previous year (names it in its head, or says
    `一年来`, `过去一年`) covers that year: its undated figures are the previous year's."""
    year = month = None
    for d in dates:
        if d.start < head_chars and d.year and d.month:
            year, month = d.year, d.month
            break
    if year is None:
        years = [d.year for d in dates if d.year]
        year = max(years) if years else None
    covers = year
    if year is not None and month is not None and month <= 3:
        head = text[:head_chars]
        if f"{year - 1}年" in head or _LOOKS_BACK.search(text):
            covers = year - 1
    return ReportDate(year, month, covers)


# how far the rules look around a figure: a sentence of a flattened page can run for megabytes, and cost
# must stay linear in the text
_REACH = 300


def clause_bounds(text: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The clause (between commas, semicolons or colons) holding text[start:end], inside its sentence."""
    s_start, s_end = max(s_start, start - _REACH), min(s_end, end + _REACH)
    a = s_start
    for m in _CLAUSE_BREAK.finditer(text, s_start, start):
        a = m.end()
    m = _CLAUSE_BREAK.search(text, end, s_end)
    return a, (m.start() if m else s_end)


def status_of(text: str, s_start: int, s_end: int, start: int, end: int, under_plan_heading: bool,
              covers: int | None) -> Status:
    s_start, s_end = max(s_start, start - _REACH), min(s_end, end + _REACH)
    c_start, c_end = clause_bounds(text, s_start, s_end, start, end)
    # the figure's own clause, before and after it
    last_plan = _last(_PLAN, text, c_start, start)
    last_done = _last(_DONE, text, c_start, start)
    if last_plan is not None and (last_done is None or last_done < last_plan):
        return "planned"
    if last_done is not None:
        return "done"
    if _PLAN.search(text, end, c_end) or _future_year(text, c_start, c_end, covers):
        return "planned"
    # earlier clauses of the sentence: a plan word carries on until a clause says something is done
    last_plan = _last(_PLAN, text, s_start, c_start)
    if last_plan is not None and _last(_DONE, text, last_plan, start) is None:
        return "planned"
    if _future_year(text, s_start, c_start, covers):
        return "planned"
    return "planned" if under_plan_heading else "done"


def _future_year(text: str, a: int, b: int, covers: int | None) -> bool:
    """到2025年 / 于2025年 naming a year after the one the report covers is a target."""
    if covers is None:
        return False
    return any(int(m.group("y")) > covers for m in _FUTURE_TARGET.finditer(text, a, b))


def _last(pattern: regex.Pattern, text: str, a: int, b: int) -> int | None:
    last = None
    for m in pattern.finditer(text, a, b):
        last = m.start()
    return last


def aspect_of(text: str, s_start: int, s_end: int, start: int, end: int, unit: str, category: str) -> Aspect:
    c_start, _ = clause_bounds(text, s_start, s_end, start, end)
    stock = _last(_STOCK, text, c_start, start)
    flow = _last(_FLOW, text, c_start, start)
    if stock is not None and (flow is None or stock >= flow):
        return "stock"
    if flow is not None:
        return "flow"
    return "stock" if category in ("count", "people") and unit in _STOCK_UNITS else "flow"


def plan_zones(text: str, paragraphs) -> list[tuple[int, int]]:
    """Spans under a plan heading (`三、2024年工作安排`, `下一步工作打算`) up to the next heading-like line."""
    zones, opened = [], None
    for p in paragraphs:
        line = text[p.start:p.end]
        heading_like = len(line) <= 30 and "。" not in line
        if not heading_like:
            continue
        if opened is not None:
            zones.append((opened, p.start))
            opened = None
        if _PLAN_HEADING.search(line):
            opened = p.start
    if opened is not None:
        zones.append((opened, len(text)))
    return zones


_SINCE = regex.compile(r"\s*(?:以来|至今|来)")


def period_of(text: str, s_start: int, start: int, dates_before: list[DateCandidate], status: Status,
              report: ReportDate) -> str | None:
    """The year the figure is true for (see the module's docstring)."""
    for d in reversed(dates_before):
        year = d.year if d.year is not None else report.year
        if year is None:
            continue
        if _SINCE.match(text, d.end):
            break  # 2021年以来累计建成15个: a span that runs to the report's time
        if status == "done" and report.covers is not None and year > report.covers:
            continue  # a target year: only plans take it
        return f"{year:04d}"
    if status == "planned":
        return None
    return f"{report.covers:04d}" if report.covers is not None else None
