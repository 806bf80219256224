"""report: the analyst's page. One self-contained HTML file comparing counties, every bar traced to its
sentences (`reportfacts report`).

What is drawn follows the comparison semantics of the database views, unchanged: a bar is the `figures`
row `compare` picks for a county (its latest year, or the year asked; achieved figures only, stock before
flow, counted once). Plans and targets (status = planned) are listed in their own section and never drawn.

Charts are plain SVG written here (docs/report.md says why): horizontal bars, counties grouped under their
prefecture, the unit on the axis; a bar's evidence (every sentence that reports the county, item and year,
in every document, with the figure marked) is rendered into the page next to it, hidden until the bar is
clicked. The page loads nothing: inline CSS and JS, system CJK fonts, no URLs at all.
"""
from __future__ import annotations

import html
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .analysis import _county_figures_sql, _open
from .data_files import read_tsv
from .normalize.items import canonical_item

# The genre's sentence ends, as in segment._SENTENCE_END (full- and half-width forms, since the stored text
# is the original, before width folding), plus the line break that ends every paragraph.
_SENTENCE_END = regex.compile(r"[。!?;！？；]+[”’」』)）]*|……+|\n")
_MAX_SIDE = 90  # characters kept either side of the figure when a "sentence" runs on (tables, lists)

# one colour per prefecture (colour-blind-safe Okabe–Ito hues, darkened for white text contrast)
_PALETTE = ("#3b7dd8", "#d9822b", "#2a9d74", "#c0508a", "#7a6cc4", "#8c6d3f", "#4f9fb8", "#b5a22c")


# ---------------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Evidence:
    doc_id: str
    title: str | None
    path: str | None
    period: str | None
    status: str | None
    aspect: str | None
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    before: str
    figure: str
    after: str
    region: str | None = None
    item: str | None = None


@dataclass
class Bar:
    county: str
    code: str
    prefecture: str | None
    province: str | None
    period: str
    value: float
    unit: str
    qualifier: str
    aspect: str
    documents: int
    doc_ids: list[str]
    other_values: list[float]
    history: list[tuple[str, float]] = field(default_factory=list)  # (year, value): every achieved year
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def conflict(self) -> bool:
        return bool(self.other_values)


@dataclass
class Chart:
    item: str
    category: str
    unit: str
    bars: list[Bar]
    own: dict[str, tuple[str, float]]  # prefecture -> (year, the figure it reports for itself)


@dataclass
class Report:
    db: str
    period: str | None
    items: list[str]
    charts: list[Chart]
    plans: list[Evidence]
    documents: int


def canonical_indicators() -> list[str]:
    """The indicators named in data/items.tsv (the canonical column): what the report draws by default."""
    seen: dict[str, None] = {}
    for row in read_tsv("items.tsv"):
        seen.setdefault(row["canonical"], None)
    return list(seen)


def build(con, items: list[str] | None = None, period: str | None = None, db: str = "") -> Report:
    if items:
        wanted = list(dict.fromkeys(canonical_item(i) or i for i in items))
    else:
        present = {r[0] for r in con.execute(
            "SELECT DISTINCT item FROM figures WHERE county_code IS NOT NULL UNION "
            "SELECT DISTINCT coalesce(item_canonical, item) FROM quantities WHERE status = 'planned'").fetchall()}
        wanted = [i for i in canonical_indicators() if i in present]
    texts = _Texts(con)
    charts: list[Chart] = []
    for item in wanted:
        charts += _charts(con, item, period, texts)
    # most-reported indicators first; the order of items.tsv breaks ties
    order = {item: k for k, item in enumerate(wanted)}
    charts.sort(key=lambda c: (-len(c.bars), order[c.item], c.category, c.unit))
    plans = _plans(con, wanted, texts)
    documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    return Report(db=db, period=period, items=wanted, charts=charts, plans=plans, documents=documents)


class _Texts:
    """Document texts and titles, each read once."""

    def __init__(self, con):
        self.con = con
        self.docs: dict[str, tuple[str, str | None, str | None]] = {}

    def get(self, doc_id: str) -> tuple[str, str | None, str | None]:
        if doc_id not in self.docs:
            row = self.con.execute("SELECT text, title, path FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
            self.docs[doc_id] = (row[0] or "", row[1], row[2]) if row else ("", None, None)
        return self.docs[doc_id]


def _charts(con, item: str, period: str | None, texts: _Texts) -> list[Chart]:
    params = ([period] if period else []) + [item]
    cur = con.execute(f"""
        SELECT county, county_code, prefecture, province, category, period, value, unit, qualifier, aspect,
               documents, doc_ids, other_values
        FROM ({_county_figures_sql(period)})""", params)
    rows = cur.fetchall()
    history: dict[tuple, list[tuple[str, float]]] = defaultdict(list)
    for code, category, unit, year, value in con.execute(
            "SELECT county_code, category, unit, period, value FROM figures "
            "WHERE item = ? AND county_code IS NOT NULL ORDER BY period", [item]).fetchall():
        history[(code, category, unit)].append((year, value))
    own: dict[tuple, dict[str, tuple[str, float]]] = defaultdict(dict)
    for pref, category, unit, year, value in con.execute(
            "SELECT prefecture, category, unit, period, value FROM figures "
            "WHERE item = ? AND region_level = 'prefecture' AND (? IS NULL OR period = ?) ORDER BY period",
            [item, period, period]).fetchall():
        own[(category, unit)][pref] = (year, value)  # ordered by year: the latest stays
    by_chart: dict[tuple[str, str], list[Bar]] = defaultdict(list)
    for (county, code, pref, prov, category, year, value, unit, qualifier, aspect, docs, doc_ids,
         others) in rows:
        bar = Bar(county=county, code=code, prefecture=pref, province=prov, period=year, value=value,
                  unit=unit or "", qualifier=qualifier or "exact", aspect=aspect or "", documents=docs,
                  doc_ids=list(doc_ids or []), other_values=list(others or []),
                  history=history.get((code, category, unit), []))
        bar.evidence = _evidence(con, item, category, code, year, value, texts)
        by_chart[(category, bar.unit)].append(bar)
    charts = []
    for (category, unit), bars in by_chart.items():
        bars.sort(key=lambda b: (b.province or "", b.prefecture or "", -b.value, b.county))
        charts.append(Chart(item=item, category=category, unit=unit, bars=bars, own=own.get((category, unit), {})))
    return charts


def _evidence(con, item, category, code, year, chosen, texts: _Texts) -> list[Evidence]:
    """Every achieved mention of the county's item in that year, in every document: the figure drawn first,
    then other values (a conflict), then flows or stocks beside it (`新建3个，累计建成15个`)."""
    rows = con.execute("""
        SELECT doc_id, "start", "end", period, status, aspect, value, low, high, unit, qualifier, region_name
        FROM quantities
        WHERE coalesce(item_canonical, item) = ? AND category = ? AND region_code = ? AND left(period, 4) = ?
          AND status = 'done' AND per IS NULL AND place_name IS NULL
        ORDER BY doc_id, "start" """, [item, category, code, year]).fetchall()
    out = [_quote(texts, *r) for r in rows]
    aspect_of = next((e.aspect for e in out if e.value == chosen), None)
    out.sort(key=lambda e: (e.value != chosen, e.aspect != aspect_of))
    return out


def _plans(con, items: list[str], texts: _Texts) -> list[Evidence]:
    if not items:
        return []
    marks = ",".join("?" * len(items))
    rows = con.execute(f"""
        SELECT q.doc_id, q."start", q."end", q.period, q.status, q.aspect, q.value, q.low, q.high, q.unit,
               q.qualifier, q.region_name, coalesce(q.item_canonical, q.item) AS item
        FROM quantities q
        WHERE q.status = 'planned' AND coalesce(q.item_canonical, q.item) IN ({marks})
        ORDER BY item, q.region_name, q.doc_id, q."start" """, items).fetchall()
    out = []
    for r in rows:
        e = _quote(texts, *r[:12])
        e.item = r[12]
        out.append(e)
    order = {item: k for k, item in enumerate(items)}
    out.sort(key=lambda e: order.get(e.item, len(order)))
    return out


def _quote(texts: _Texts, doc_id, start, end, period, status, aspect, value, low, high, unit, qualifier,
           region) -> Evidence:
    text, title, path = texts.get(doc_id)
    before, figure, after = sentence_around(text, start, end)
    return Evidence(doc_id=doc_id, title=title, path=path, period=period, status=status, aspect=aspect,
                    value=value, low=low, high=high, unit=unit, qualifier=qualifier, before=before,
                    figure=figure, after=after, region=region)


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence holding text[start:end], cut at the genre's sentence ends, as (before, figure, after);
    a run-on stretch is trimmed to _MAX_SIDE characters either side."""
    a = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        a = m.end()
    m = _SENTENCE_END.search(text, end)
    b = m.end() if m else len(text)
    before, after = text[a:start].lstrip(), text[end:b].rstrip()
    if len(before) > _MAX_SIDE:
        before = "…" + before[-_MAX_SIDE:]
    if len(after) > _MAX_SIDE:
        after = after[:_MAX_SIDE] + "…"
    return before, text[start:end], after


# ---------------------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------------------


def _scale(chart: Chart) -> tuple[float, str]:
    """Money reads in 万元 in Chinese reports: show yuan above ten thousand as 万元 (values stay in yuan in
    the table and its CSV)."""
    if chart.category == "money" and chart.unit == "元" and max(b.value for b in chart.bars) >= 10_000:
        return 10_000.0, "万元"
    return 1.0, chart.unit


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    value = float(value)
    if value.is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _csv_num(value: float | None) -> str:
    if value is None:
        return ""
    value = float(value)
    return f"{value:.0f}" if value.is_integer() else f"{value:.6f}".rstrip("0").rstrip(".")


def _nice_ticks(top: float, n: int = 5) -> list[float]:
    """0, step, 2·step … ≥ top with step 1, 2 or 5 × 10^k (the usual axis)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(s * mag for s in (1, 2, 2.5, 5, 10) if s * mag >= raw)
    ticks = [0.0]
    while ticks[-1] < top - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


_QUALIFIER = {"over": "余/多", "under": "不到", "approx": "约", "at_least": "至少", "range": "范围", "exact": ""}


# ---------------------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------------------


def _esc(s) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def render(report: Report) -> str:
    colours = _prefecture_colours(report)
    sections = [_chart_section(k, chart, colours, report.period) for k, chart in enumerate(report.charts)]
    toc = "".join(
        f'<a href="#c{k}" class="chip">{_esc(c.item)} <small>{_esc(_scale(c)[1])}</small> <b>{len(c.bars)}</b></a>'
        for k, c in enumerate(report.charts))
    if report.plans:
        toc += f'<a href="#plans" class="chip plan">计划与目标 plans <b>{len(report.plans)}</b></a>'
    bars = sum(len(c.bars) for c in report.charts)
    year = f"year {report.period}" if report.period else "each county's latest year"
    meta = (f"{report.documents} documents · {len(report.charts)} indicators · {bars} bars ({year}) · "
            f"{len(report.plans)} plans and targets · {report.db}")
    empty = "" if report.charts else (
        '<p class="empty">No achieved county figures for these indicators'
        + (f" in {_esc(report.period)}" if report.period else "") + ".</p>")
    return _PAGE.format(
        title=_esc("reportfacts · 县级比较 cross-county comparison"),
        css=_CSS, meta=_esc(meta), toc=toc, sections="".join(sections) + empty,
        plans=_plans_section(report), js=_JS)


def _prefecture_colours(report: Report) -> dict[str, str]:
    names = sorted({b.prefecture or b.province or "" for c in report.charts for b in c.bars})
    return {n: _PALETTE[k % len(_PALETTE)] for k, n in enumerate(names)}


def _chart_section(k: int, chart: Chart, colours: dict[str, str], period: str | None) -> str:
    factor, unit = _scale(chart)
    conflicts = sum(b.conflict for b in chart.bars)
    note = f'<span class="warn">{conflicts} with conflicting values</span>' if conflicts else ""
    years = sorted({b.period for b in chart.bars})
    year_note = f"year {period}" if period else ("latest year: " + ", ".join(years))
    evidence = "".join(_evidence_block(k, j, chart, b) for j, b in enumerate(chart.bars))
    return f"""
<section class="indicator" id="c{k}" data-item="{_esc(chart.item)}" data-category="{_esc(chart.category)}"
 data-unit="{_esc(chart.unit)}">
<h2>{_esc(chart.item)} <span class="sub">{_esc(chart.category)} · {_esc(unit)} · {len(chart.bars)} counties ·
 {_esc(year_note)}</span> {note}</h2>
<div class="chart">{_svg(k, chart, colours, factor, unit)}</div>
<div class="evidence" aria-live="polite"><p class="hint">Click a bar (or a table row) for the sentences
 behind it.</p>{evidence}</div>
{_table(k, chart)}
</section>"""


_ROW, _GROUP, _LABEL, _RIGHT, _WIDTH, _TOP, _AXIS = 26, 28, 130, 150, 1000, 8, 44


def _svg(k: int, chart: Chart, colours: dict[str, str], factor: float, unit: str) -> str:
    groups: dict[str, list[tuple[int, Bar]]] = defaultdict(list)
    for j, b in enumerate(chart.bars):
        groups[b.prefecture or b.province or ""].append((j, b))
    top = max(b.value for b in chart.bars) / factor
    ticks = _nice_ticks(top)
    span = _WIDTH - _LABEL - _RIGHT
    x = lambda v: _LABEL + span * (v / ticks[-1])  # noqa: E731
    height = _TOP + len(groups) * _GROUP + len(chart.bars) * _ROW + _AXIS
    plot_bottom = height - _AXIS + 4
    parts = [f'<svg class="bars" viewBox="0 0 {_WIDTH} {height}" '
             f'width="{_WIDTH}" height="{height}" role="img" aria-label="{_esc(chart.item)} by county, {_esc(unit)}">',
             '<defs><pattern id="hatch{k}" width="6" height="6" patternUnits="userSpaceOnUse" '
             'patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/>'
             '<rect width="3" height="6" fill="#c62828"/></pattern></defs>'.format(k=k)]
    for t in ticks:  # grid first, under the bars
        parts.append(f'<line class="grid" x1="{x(t):.1f}" x2="{x(t):.1f}" y1="{_TOP}" y2="{plot_bottom}"/>'
                     f'<text class="tick" x="{x(t):.1f}" y="{plot_bottom + 14}">{_esc(_fmt(t))}</text>')
    y = _TOP
    for pref, members in groups.items():
        prov = members[0][1].province or ""
        own = chart.own.get(pref)
        label = pref if pref != prov else f"{prov} (directly governed counties)"
        if pref and prov and pref != prov:
            label += f" · {prov}"
        note = ""
        if own:
            note = (f'<tspan class="own"> — the prefecture reports {_esc(_fmt(own[1] / factor))} {_esc(unit)} '
                    f'for itself ({_esc(own[0])}): not a sum of these bars, not drawn</tspan>')
        if y > _TOP:
            parts.append(f'<line class="sep" x1="4" x2="{_WIDTH - 4}" y1="{y + 2}" y2="{y + 2}"/>')
        parts.append(f'<text class="group" x="4" y="{y + 20}">{_esc(label)}{note}</text>')
        y += _GROUP
        colour = colours.get(pref, _PALETTE[0])
        for j, b in members:
            w = max(1.5, x(b.value / factor) - _LABEL)
            fill = f"url(#hatch{k})" if b.conflict else colour
            tip = (f"{b.county} {b.period}: {_fmt(b.value)} {b.unit} ({b.aspect}, {b.documents} document"
                   f"{'s' if b.documents != 1 else ''})" + (
                       f" — CONFLICT: also reported {', '.join(_fmt(v) for v in b.other_values)}" if b.conflict else "")
                   + " · click for evidence")
            value_text = _fmt(b.value / factor) + (" ≠" if b.conflict else "")
            qual = _QUALIFIER.get(b.qualifier, b.qualifier)
            if qual:
                value_text = f"{value_text} ({qual})"
            parts.append(
                f'<g class="bar{" conflict" if b.conflict else ""}" role="button" tabindex="0" '
                f'data-ev="ev{k}-{j}" data-county="{_esc(b.county)}" data-code="{_esc(b.code)}" '
                f'data-period="{_esc(b.period)}" data-value="{_csv_num(b.value)}"><title>{_esc(tip)}</title>'
                f'<rect class="hit" x="0" y="{y}" width="{_WIDTH}" height="{_ROW}"/>'
                f'<text class="county" x="{_LABEL - 8}" y="{y + 18}">{_esc(b.county)}</text>'
                f'<rect class="fill" x="{_LABEL}" y="{y + 4}" width="{w:.1f}" height="{_ROW - 8}" fill="{fill}" '
                f'stroke="{"#c62828" if b.conflict else colour}"/>'
                f'<text class="value" x="{_LABEL + w + 6:.1f}" y="{y + 18}">{_esc(value_text)}'
                f'<tspan class="yr"> {_esc(b.period)}</tspan></text></g>')
            y += _ROW
    parts.append(f'<line class="axis" x1="{_LABEL}" x2="{_LABEL}" y1="{_TOP}" y2="{plot_bottom}"/>')
    parts.append(f'<text class="axis-title" x="{_LABEL + span / 2:.1f}" y="{height - 6}">'
                 f'{_esc(chart.item)}（{_esc(unit)}）</text>')
    parts.append("</svg>")
    return "".join(parts)


def _sparkline(history: list[tuple[str, float]], current: str) -> str:
    """A small year-by-year line, only where several years are reported."""
    if len(history) < 2:
        return ""
    w, h, pad = 96, 26, 4
    years = [int(y) for y, _ in history]
    values = [v for _, v in history]
    y0, y1 = min(years), max(years)
    lo, hi = min(values), max(values)
    px = lambda yr: pad + (w - 2 * pad) * ((yr - y0) / (y1 - y0) if y1 > y0 else 0.5)  # noqa: E731
    py = lambda v: h - pad - (h - 2 * pad) * ((v - lo) / (hi - lo) if hi > lo else 0.5)  # noqa: E731
    pts = " ".join(f"{px(yr):.1f},{py(v):.1f}" for yr, v in zip(years, values))
    now = ' class="now"'
    dots = "".join(f'<circle cx="{px(yr):.1f}" cy="{py(v):.1f}" r="{3 if str(yr) == current else 2}"'
                   f'{now if str(yr) == current else ""}/>' for yr, v in zip(years, values))
    label = " → ".join(f"{y}: {_fmt(v)}" for y, v in history)
    return (f'<svg class="spark" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'role="img" aria-label="{_esc(label)}"><title>{_esc(label)}</title>'
            f'<polyline points="{pts}"/>{dots}</svg><span class="spark-text">{_esc(label)}</span>')


_COLUMNS = ("prefecture", "county", "code", "value", "unit", "year", "qualifier", "aspect", "documents",
            "conflicting values", "years reported")
_NUMERIC = {c: ' class="num"' for c in ("value", "year", "documents")}


def _table(k: int, chart: Chart) -> str:
    head = "".join(f'<th scope="col" tabindex="0" data-col="{i}"{_NUMERIC.get(c, "")}>{_esc(c)}</th>'
                   for i, c in enumerate(_COLUMNS))
    rows = []
    for j, b in enumerate(chart.bars):
        years = ";".join(f"{y}:{_csv_num(v)}" for y, v in b.history) if len(b.history) > 1 else ""
        cells = [
            (b.prefecture or b.province or "", b.prefecture or b.province or "", ""),
            (b.county, b.county, ""),
            (b.code, b.code, ""),
            (_fmt(b.value), _csv_num(b.value), "num"),
            (b.unit, b.unit, ""),
            (b.period, b.period, "num"),
            (b.qualifier, b.qualifier, ""),
            (b.aspect, b.aspect, ""),
            (str(b.documents), str(b.documents), "num"),
            (", ".join(_fmt(v) for v in b.other_values), " ".join(_csv_num(v) for v in b.other_values), ""),
            (None, years, ""),
        ]
        tds = []
        for i, (shown, csv, kind) in enumerate(cells):
            cls = f' class="{kind}"' if kind else ""
            if i == 9 and b.conflict:
                cls = ' class="warn"'
            body = _sparkline(b.history, b.period) if i == 10 else _esc(shown)
            sort = csv if kind == "num" else (csv or "")
            tds.append(f'<td{cls} data-csv="{_esc(csv)}" data-sort="{_esc(sort)}">{body}</td>')
        rows.append(f'<tr data-ev="ev{k}-{j}" tabindex="0">{"".join(tds)}</tr>')
    return (f'<div class="table-bar"><button type="button" class="copy" data-table="t{k}">copy as CSV</button>'
            f'<span class="copied" role="status"></span><span class="hint">click a column heading to sort</span></div>'
            f'<table class="data" id="t{k}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _evidence_block(k: int, j: int, chart: Chart, b: Bar) -> str:
    head = (f'<h3>{_esc(b.county)} · {_esc(chart.item)} · {_esc(b.period)}: {_esc(_fmt(b.value))} {_esc(b.unit)}'
            f' <span class="sub">{_esc(b.aspect)}, {_esc(b.qualifier)}, {b.documents} document'
            f'{"s" if b.documents != 1 else ""}</span></h3>')
    if b.conflict:
        head += _conflict_note(chart, b)
    cards = "".join(_card(e, chosen=b.value, aspect=b.aspect, others=b.other_values) for e in b.evidence)
    if not b.evidence:
        cards = '<p class="hint">No sentence found for this figure.</p>'
    return f'<div class="ev" id="ev{k}-{j}" hidden>{head}{cards}</div>'


def _conflict_note(chart: Chart, b: Bar) -> str:
    """Which value each source gives: documents that disagree, or one document giving several values in
    different places (both are shown; neither is hidden behind the bar's value)."""
    docs: dict[float, list[str]] = defaultdict(list)
    for e in b.evidence:
        if e.aspect == b.aspect and e.doc_id not in docs[e.value]:
            docs[e.value].append(e.doc_id)
    values = [b.value] + [v for v in b.other_values if v != b.value]
    where = "; ".join(f"{_fmt(v)} {b.unit} in {', '.join(docs.get(v) or ['?'])}" for v in values)
    between = len({d for v in values for d in docs.get(v, [])}) > 1
    kind = "The documents disagree" if between else "One document gives different values in different places"
    return (f'<p class="conflict-note"><b>Conflict.</b> {_esc(kind)} on {_esc(b.county)}, {_esc(chart.item)}, '
            f'{_esc(b.period)}: {_esc(where)}. The bar shows {_esc(_fmt(b.value))}, the value most documents '
            f'report; every source is quoted below.</p>')


def _card(e: Evidence, chosen: float | None = None, aspect: str | None = None, plan: bool = False,
          others: list[float] | None = None) -> str:
    tags = []
    if plan:
        tags.append('<span class="tag plan">planned</span>')
    elif chosen is not None and e.value != chosen and e.aspect == aspect and e.value in (others or []):
        tags.append('<span class="tag bad">conflicting value</span>')  # another document's figure
    elif chosen is not None and e.value != chosen and e.aspect == aspect:
        # 建有代表之家16个,区级直接管理1个,乡镇直接管理12个: a part the same document lists, not a conflict
        tags.append('<span class="tag">a part or another figure of the same document: not compared</span>')
    elif e.aspect != aspect:
        tags.append(f'<span class="tag">{_esc(e.aspect)}: not compared</span>')
    value = _fmt(e.value)
    if e.qualifier == "range" and (e.low is not None or e.high is not None):
        value = f"{_fmt(e.low)}–{_fmt(e.high)}"
    meta = [("value", f"{value} {e.unit or ''}".strip()), ("year", e.period or "—"), ("status", e.status),
            ("aspect", e.aspect), ("qualifier", e.qualifier)]
    if plan or e.region:
        meta.insert(0, ("unit", e.region or "—"))
    dl = "".join(f'<span><i>{_esc(k)}</i> {_esc(v)}</span>' for k, v in meta if v)
    return (f'<div class="card{" other" if tags and "bad" in tags[0] else ""}">'
            f'<blockquote lang="zh">{_esc(e.before)}<mark>{_esc(e.figure)}</mark>{_esc(e.after)}</blockquote>'
            f'<div class="src">{"".join(tags)}<b>{_esc(e.title or e.doc_id)}</b> <code>{_esc(e.path or e.doc_id)}</code></div>'
            f'<div class="facts">{dl}</div></div>')


def _plans_section(report: Report) -> str:
    if not report.plans:
        return ('<section id="plans" class="plans"><h2>计划与目标 Plans and targets</h2>'
                '<p class="hint">No planned figures for these indicators.</p></section>')
    by_item: dict[str, list[Evidence]] = defaultdict(list)
    for e in report.plans:
        by_item[e.item or ""].append(e)
    blocks = []
    for item, plans in by_item.items():
        cards = "".join(_card(e, plan=True) for e in plans)
        blocks.append(f'<h3>{_esc(item)} <span class="sub">{len(plans)} planned</span></h3>{cards}')
    return (f'<section id="plans" class="plans"><h2>计划与目标 Plans and targets '
            f'<span class="sub">status = planned: what a report intends, never drawn as a bar; all target years'
            f'</span></h2>{"".join(blocks)}</section>')


def write_report(db: str, out: str | Path, items: list[str] | None = None, period: str | None = None) -> Report:
    con = _open(db)
    try:
        report = build(con, items, period, db=str(db))
    finally:
        con.close()
    Path(out).write_text(render(report), encoding="utf-8")
    return report


_CSS = """
:root{--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--bg:#f6f8fa;--warn:#c62828}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
 "Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
header{background:#fff;border-bottom:1px solid var(--line);padding:14px 24px 10px}
h1{font-size:20px;margin:0 0 2px}
.meta{font-size:12px;color:var(--muted)}
nav{margin-top:8px;display:flex;flex-wrap:wrap;gap:6px}
.chip{font-size:13px;border:1px solid var(--line);border-radius:14px;padding:1px 10px;text-decoration:none;
 color:var(--ink);background:#fff}
.chip b{color:#3b7dd8}.chip.plan b{color:#8a6d00}.chip small{color:var(--muted)}
.legend{font-size:12px;color:var(--muted);margin-top:6px}
.swatch{display:inline-block;width:18px;height:10px;vertical-align:middle;margin:0 4px 0 10px;border:1px solid #0003}
.swatch.hatch{background:repeating-linear-gradient(45deg,#c62828 0 3px,#fff 3px 6px)}
main{max-width:1120px;margin:0 auto;padding:16px 24px 48px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 18px 16px;margin-bottom:18px}
h2{font-size:18px;margin:0 0 6px}
h2 .sub,h3 .sub{font-size:12px;font-weight:normal;color:var(--muted)}
h3{font-size:15px;margin:6px 0}
.warn{color:var(--warn);font-size:13px;font-weight:normal}
svg.bars{max-width:100%;height:auto;display:block}
svg.bars text{font-size:13px;fill:var(--ink)}
svg.bars .tick{font-size:11px;fill:var(--muted);text-anchor:middle}
svg.bars .grid{stroke:#eaeef2}svg.bars .axis{stroke:#8c959f}
svg.bars .group{font-weight:bold;font-size:13px;fill:#424a53;paint-order:stroke;stroke:#fff;stroke-width:5px;
 stroke-linejoin:round}
svg.bars .own{font-weight:normal;font-size:12px;fill:var(--muted)}svg.bars .sep{stroke:#d8dee4;stroke-dasharray:3 3}
svg.bars .county{text-anchor:end}
svg.bars .value{font-size:12px}svg.bars .yr{fill:var(--muted);font-size:11px}
svg.bars .axis-title{text-anchor:middle;font-size:12px;fill:var(--muted)}
svg.bars .hit{fill:transparent}
g.bar{cursor:pointer;outline:none}
g.bar:hover .hit,g.bar:focus .hit{fill:#f3f6fa}
g.bar.sel .hit{fill:#fff4d6}g.bar.sel .county{font-weight:bold}
g.bar.conflict .value{fill:var(--warn);font-weight:bold}
.evidence{margin:6px 0 10px}
.evidence .hint,.hint{color:var(--muted);font-size:12px}
.ev{border-left:4px solid #e0b400;background:#fffdf5;padding:6px 12px;border-radius:4px}
.conflict-note{background:#fdecea;border:1px solid #f5c2c0;color:#8e1b1b;padding:6px 10px;border-radius:4px;
 font-size:13px;margin:4px 0}
.card{border:1px solid var(--line);border-radius:6px;background:#fff;padding:6px 10px;margin:6px 0}
.card.other{border-color:#f5c2c0;background:#fff8f7}
blockquote{margin:0 0 4px;font-size:15px;line-height:1.8}
blockquote mark{background:#ffe08a;padding:0 2px;border-radius:3px;font-weight:bold}
.src{font-size:12px;color:var(--muted)}.src b{color:var(--ink);font-weight:normal;margin-right:6px}
.src code{font-size:11px;word-break:break-all}
.facts{font-size:12px;color:var(--ink);display:flex;flex-wrap:wrap;gap:2px 14px}.facts i{color:var(--muted);font-style:normal}
.tag{display:inline-block;font-size:11px;border-radius:3px;padding:0 6px;margin-right:6px;background:#eaeef2;color:#424a53}
.tag.bad{background:var(--warn);color:#fff}.tag.plan{background:#8a6d00;color:#fff}
.table-bar{display:flex;gap:10px;align-items:center;margin:8px 0 4px}
button.copy{font:12px sans-serif;border:1px solid var(--line);background:#f6f8fa;border-radius:4px;padding:2px 10px;cursor:pointer}
.copied{font-size:12px;color:#2a7d4f}
table.data{border-collapse:collapse;width:100%;font-size:13px}
table.data th{text-align:left;border-bottom:2px solid var(--line);padding:3px 6px;cursor:pointer;white-space:nowrap;
 user-select:none;color:#424a53}
table.data th[aria-sort=ascending]::after{content:" ▲";font-size:10px}
table.data th[aria-sort=descending]::after{content:" ▼";font-size:10px}
table.data td{border-bottom:1px solid #eef1f4;padding:3px 6px;vertical-align:middle}
table.data th.num{text-align:right}table.data td.num{text-align:right;font-variant-numeric:tabular-nums}
table.data td.warn{font-weight:bold}
table.data tbody tr{cursor:pointer}table.data tbody tr:hover{background:#f6f8fa}table.data tr.sel{background:#fff4d6}
svg.spark{vertical-align:middle}svg.spark polyline{fill:none;stroke:#3b7dd8;stroke-width:1.6}
svg.spark circle{fill:#3b7dd8}svg.spark circle.now{fill:#e0b400;stroke:#8a6d00}
.spark-text{font-size:11px;color:var(--muted);margin-left:4px}
section.plans{border-color:#e6d9a8;background:#fffdf5}
.empty{color:var(--muted)}
textarea.csv{width:100%;height:8em;font:12px monospace}
"""

# Vanilla JS: click (or Enter on) a bar or table row shows its evidence; headings sort; copy as CSV.
_JS = r"""
(function () {
  function select(section, id) {
    for (const ev of section.querySelectorAll('.ev')) ev.hidden = ev.id !== id;
    const hint = section.querySelector('.evidence > .hint');
    if (hint) hint.hidden = true;
    for (const el of section.querySelectorAll('[data-ev]')) el.classList.toggle('sel', el.dataset.ev === id);
  }
  for (const section of document.querySelectorAll('section.indicator')) {
    section.addEventListener('click', e => {
      const hit = e.target.closest('[data-ev]');
      if (hit) select(section, hit.dataset.ev);
    });
    section.addEventListener('keydown', e => {
      const hit = e.target.closest('[data-ev]');
      if (hit && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); select(section, hit.dataset.ev); }
    });
  }

  // sortable tables: numbers by value, text in Chinese collation; a second click reverses
  const collator = new Intl.Collator('zh-CN', {numeric: true});
  function sortBy(table, th) {
    const col = Number(th.dataset.col);
    const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const h of table.tHead.rows[0].cells) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir);
    const rows = Array.from(table.tBodies[0].rows);
    const key = r => r.cells[col].dataset.sort;
    const numeric = rows.every(r => key(r) === '' || !isNaN(Number(key(r))));
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      const c = numeric ? (Number(x || -Infinity) - Number(y || -Infinity)) : collator.compare(x, y);
      return dir === 'ascending' ? c : -c;
    });
    table.tBodies[0].append(...rows);
  }
  for (const th of document.querySelectorAll('table.data th')) {
    const table = th.closest('table');
    th.addEventListener('click', () => sortBy(table, th));
    th.addEventListener('keydown', e => { if (e.key === 'Enter') sortBy(table, th); });
  }

  // copy as CSV: the table in its current order; the clipboard API, else a selected text box to copy by hand
  function csvOf(table) {
    const q = s => /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    const head = Array.from(table.tHead.rows[0].cells, c => q(c.textContent));
    const body = Array.from(table.tBodies[0].rows, r => Array.from(r.cells, c => q(c.dataset.csv)).join(','));
    return [head.join(',')].concat(body).join('\n') + '\n';
  }
  for (const button of document.querySelectorAll('button.copy')) {
    button.addEventListener('click', () => {
      const table = document.getElementById(button.dataset.table);
      const csv = csvOf(table), status = button.nextElementSibling;
      const n = table.tBodies[0].rows.length;
      button.dataset.csv = csv;
      const fallback = () => {
        let box = table.parentNode.querySelector('textarea.csv');
        if (!box) { box = document.createElement('textarea'); box.className = 'csv'; table.before(box); }
        box.value = csv; box.select();
        let ok = false;
        try { ok = document.execCommand('copy'); } catch (err) { ok = false; }
        status.textContent = ok ? 'copied ' + n + ' rows as CSV' : 'CSV selected below: press Ctrl+C';
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(csv).then(
          () => { status.textContent = 'copied ' + n + ' rows as CSV'; }, fallback);
      } else {
        fallback();
      }
    });
  }
  // page.html#bar1-2 opens with that bar's evidence (ev1-2) shown: a link an analyst can send. (Not the
  // element's own id: the browser would scroll to it before it is shown.)
  const wanted = /^#bar(\d+-\d+)$/.exec(location.hash);
  const ev = wanted && document.getElementById('ev' + wanted[1]);
  if (ev) {
    const section = ev.closest('section');
    select(section, ev.id);
    const bar = section.querySelector('g.bar.sel') || section;
    const r = bar.getBoundingClientRect();  // scroll only when needed: the page stays put if it is in view
    if (r.top < 0 || r.bottom > innerHeight) bar.scrollIntoView({block: 'center'});
  }
  document.body.dataset.js = 'ready';
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="generator" content="reportfacts report">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>县级比较 · Cross-county comparison</h1>
<div class="meta">{meta}</div>
<div class="legend">Bars: each county's achieved figure (status done, counted once, stock before flow), grouped
 by prefecture.<span class="swatch hatch"></span>values conflict between sources
 <span class="swatch" style="background:#fff4d6"></span>selected. Plans and targets are listed apart, never drawn.</div>
<nav>{toc}</nav>
</header>
<main>
{sections}
{plans}
</main>
<script>{js}</script>
</body>
</html>
"""
