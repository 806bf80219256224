"""The analyst's page (`reportfacts report`, pipeline.report) on the scenario corpus, ingested into a temp db:
what it draws is what `compare` answers, every bar carries its sentences, plans are never bars, conflicts
show; then the page in headless Chromium (no console errors, no network, clicking a bar shows its evidence).

The browser tests need Debian's chromium (`apt-get install -y chromium fonts-noto-cjk`, as .ci/run does);
they skip only when no chromium binary is on PATH.
"""
from __future__ import annotations

import re
import shutil
import time
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from browser import CHROMIUM, Browser
from pipeline.analysis import compare_rows
from pipeline.cli import main
from pipeline.ingest import ingest
from pipeline.load import connect
from pipeline.report import build, render, sentence_around, write_report

SCENARIO = Path(__file__).resolve().parent.parent / "corpora" / "scenario"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "scenario.duckdb"
    report = ingest(sorted(SCENARIO.glob("s*.txt")), db=path, workers=1, progress=False)
    assert not report.failed
    return path


@pytest.fixture(scope="module")
def page(db, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("report-page") / "report.html"
    report = write_report(str(db), out)
    return out, report


_CONS: dict[Path, duckdb.DuckDBPyConnection] = {}


def rows(db: Path, sql: str, params=None) -> list[tuple]:
    """A read-only query, one connection per database file for the whole module."""
    if db not in _CONS:
        _CONS[db] = connect(db, read_only=True)
    return _CONS[db].execute(sql, params or []).fetchall()


@pytest.fixture(scope="module", autouse=True)
def _close_connections():
    yield
    while _CONS:
        _CONS.popitem()[1].close()


class _Bars(HTMLParser):
    """Per chart section: its item and the county codes of its bars; and every href/src in the page."""

    def __init__(self):
        super().__init__()
        self.sections: list[dict] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.links += [v for k, v in attrs if k in ("href", "src", "action") and v]
        if tag == "section" and "indicator" in (a.get("class") or ""):
            self.sections.append({"item": a["data-item"], "unit": a["data-unit"], "codes": []})
        if tag == "g" and "bar" in (a.get("class") or "").split():
            self.sections[-1]["codes"].append(a["data-code"])


def parse(html: str) -> _Bars:
    p = _Bars()
    p.feed(html)
    return p


def test_bars_are_what_compare_answers(db, page):
    out, report = page
    parsed = parse(out.read_text(encoding="utf-8"))
    assert parsed.sections, "no indicator drawn"
    con = connect(db, read_only=True)
    try:
        for item in {s["item"] for s in parsed.sections}:
            cols, answer = compare_rows(con, item, "county")
            want = sorted(r[cols.index("code")] for r in answer)
            drawn = sorted(c for s in parsed.sections if s["item"] == item for c in s["codes"])
            assert drawn == want, item  # one bar per county that reports it, at compare's year
    finally:
        con.close()


def test_each_bar_has_its_sentences(db, page):
    _, report = page
    for chart in report.charts:
        for bar in chart.bars:
            assert bar.evidence, f"{bar.county} {chart.item}: a bar without a sentence"
            chosen = [e for e in bar.evidence if e.value == bar.value]
            assert chosen and all(e.status == "done" for e in bar.evidence)
            for e in chosen:
                text = rows(db, "SELECT text FROM documents WHERE doc_id = ?", [e.doc_id])[0][0]
                assert e.before + e.figure + e.after in text  # quoted from the document as written
                assert e.period == bar.period and e.title and e.path


def test_plans_are_listed_and_never_bars(db, page):
    out, report = page
    html = out.read_text(encoding="utf-8")
    parsed = parse(html)
    planned = rows(db, """SELECT region_code, coalesce(item_canonical, item), value FROM quantities
                          WHERE status = 'planned'""")
    drawn_items = {s["item"] for s in parsed.sections}
    assert any(item in drawn_items for _, item, _ in planned), "the scenario's plans are for drawn items"
    # plan-only counties (a target, nothing achieved) get no bar for that item
    for code, item, _ in planned:
        achieved = rows(db, "SELECT 1 FROM figures WHERE region_code = ? AND item = ?", [code, item])
        if not achieved:
            assert all(code not in s["codes"] for s in parsed.sections if s["item"] == item), (code, item)
    # every bar is an achieved figure
    for chart in report.charts:
        for bar in chart.bars:
            assert rows(db, """SELECT 1 FROM figures WHERE county_code = ? AND item = ? AND period = ?
                               AND value = ?""", [bar.code, chart.item, bar.period, bar.value])
    listed = [e for e in report.plans]
    wanted = [p for p in planned if p[1] in report.items]
    assert len(listed) == len(wanted) and all(e.status == "planned" for e in listed)
    plans_html = html[html.index('id="plans"'):]
    assert plans_html.count('class="tag plan"') == len(wanted) and "<g class=\"bar" not in plans_html


def test_a_conflict_is_shown(db, tmp_path):
    """Two documents disagree on a county, item and year: the bar says so and the evidence lists both."""
    copy = tmp_path / "conflict.duckdb"
    shutil.copy(db, copy)
    con = duckdb.connect(str(copy))
    figure = con.execute("""SELECT county_code, item, category, period, value, doc_ids FROM figures
                            WHERE county_code IS NOT NULL AND documents >= 2 ORDER BY item, county_code""").fetchone()
    assert figure, "the scenario repeats figures across documents"
    code, item, category, year, value, doc_ids = figure
    con.execute("""UPDATE facts SET value = value + 1 WHERE doc_id = ? AND region_code = ? AND category = ?
                   AND coalesce(item_canonical, item) = ? AND left(period, 4) = ? AND value = ?""",
                [doc_ids[-1], code, category, item, year, value])
    assert con.execute("SELECT count(*) FROM conflicts WHERE region_code = ? AND item = ?", [code, item]).fetchone()[0]
    report = build(con, [item])
    con.close()
    bar = next(b for c in report.charts for b in c.bars if b.code == code)
    assert bar.conflict and {bar.value, *bar.other_values} == {value, value + 1}
    assert {e.value for e in bar.evidence} >= {value, value + 1}
    html = render(report)
    assert f'data-code="{code}"' in html and 'class="bar conflict"' in html
    assert "<b>Conflict.</b>" in html and html.count('class="tag bad">conflicting value') >= 1


def test_sentence_around():
    text = "一、标题\n全县建成代表联络站13个、代表之家8个。下一句。"
    start = text.index("13个")
    assert sentence_around(text, start, start + 3) == ("全县建成代表联络站", "13个", "、代表之家8个。")
    long = "甲" * 300 + "5个" + "乙" * 300
    before, figure, after = sentence_around(long, 300, 302)
    assert figure == "5个" and before.startswith("…") and after.endswith("…") and len(before) < 100


def test_self_contained(page):
    out, _ = page
    html = out.read_text(encoding="utf-8")
    assert "http" not in html and "@import" not in html and "url(" not in html.replace("url(#hatch", "")
    assert all(link.startswith("#") for link in parse(html).links)  # in-page anchors only
    assert html.count("<script") == 1  # the page's own script, inline


def test_escaping(db, tmp_path):
    copy = tmp_path / "escape.duckdb"
    shutil.copy(db, copy)
    con = duckdb.connect(str(copy))
    con.execute("UPDATE documents SET title = '<script>alert(1)</script>', path = '\"><img src=x>'")
    html = render(build(con))
    con.close()
    assert "<img" not in html and html.count("<script") == 1 and "&lt;script&gt;alert(1)" in html


def test_report_command(db, tmp_path, capsys):
    out = tmp_path / "r.html"
    assert main(["report", "--db", str(db), "--html", str(out), "--item", "联络站", "--period", "2022"]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'data-item="代表联络站"' in html
    assert all(p == "2022" for p in re.findall(r'<g class="bar[^"]*"[^>]* data-period="(\d+)"', html))
    assert "wrote" in capsys.readouterr().err
    assert main(["report", "--db", str(tmp_path / "none.duckdb"), "--html", str(out)]) == 1


# ---------------------------------------------------------------------------------------------------------
# Headless chromium: the page loads offline, bars open their evidence, plans are not bars
# ---------------------------------------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary on PATH (Debian: apt-get install -y chromium fonts-noto-cjk)")


@pytest.fixture(scope="module")
def browser(page, tmp_path_factory):
    out, _ = page
    with Browser(tmp_path_factory.mktemp("chromium") / "profile") as b:
        b.open(out.as_uri())
        yield b


@needs_chromium
def test_browser_loads_offline_without_errors(browser, page):
    out, _ = page
    assert browser.eval("document.body.dataset.js") == "ready", browser.console
    assert browser.errors == []
    assert browser.requests == [out.as_uri()]  # the page itself, nothing else


@needs_chromium
def test_browser_one_bar_per_reporting_county(browser, db):
    charts = browser.eval("""Array.from(document.querySelectorAll('section.indicator'), s => ({
        item: s.dataset.item, unit: s.dataset.unit,
        codes: Array.from(s.querySelectorAll('g.bar'), g => g.dataset.code),
        width: Math.min(...Array.from(s.querySelectorAll('g.bar rect.fill'), r => r.getBoundingClientRect().width))}))""")
    assert charts
    for chart in charts:
        want = rows(db, f"""SELECT DISTINCT county_code FROM figures
                            WHERE item = ? AND county_code IS NOT NULL AND unit = ?""", [chart["item"], chart["unit"]])
        assert sorted(chart["codes"]) == sorted(c for (c,) in want), chart["item"]
        assert len(set(chart["codes"])) == len(chart["codes"])
        assert chart["width"] > 0  # drawn, not just present


@needs_chromium
def test_browser_click_shows_evidence(browser, page, db):
    _, report = page
    k = 0
    for c, chart in enumerate(report.charts):
        for j, bar in enumerate(chart.bars):
            browser.click("g.bar rect.fill", k)
            k += 1
            # each chart shows the evidence of its selected bar, right under it
            shown = browser.eval(f"""Array.from(document.querySelectorAll('#c{c} .ev'))
                .filter(e => !e.hidden && e.offsetHeight > 0).map(e => [e.id, e.innerText])""")
            assert [s[0] for s in shown] == [f"ev{c}-{j}"], (chart.item, bar.county)
            # the sentence as written in the document, with the figure, and where it comes from
            fact = rows(db, """SELECT q.doc_id, q."start", q."end", d.text, d.title FROM quantities q
                               JOIN documents d USING (doc_id)
                               WHERE q.region_code = ? AND coalesce(q.item_canonical, q.item) = ?
                                 AND left(q.period, 4) = ? AND q.value = ? AND q.status = 'done'""",
                        [bar.code, chart.item, bar.period, bar.value])[0]
            _, start, end, text, title = fact
            words = text[max(0, start - 6):end].split("\n")[-1]
            assert words in shown[0][1] and title in shown[0][1]
            marked = browser.eval(f"document.getElementById('ev{c}-{j}').querySelector('mark').textContent")
            assert marked == text[start:end]
    assert browser.errors == []


@needs_chromium
def test_browser_planned_figures_are_not_bars(browser):
    bars_in_plans = browser.eval("document.querySelectorAll('#plans g.bar, #plans svg').length")
    assert bars_in_plans == 0
    plans = browser.eval("document.querySelectorAll('#plans .tag.plan').length")
    bar_evidence_status = browser.eval("""Array.from(document.querySelectorAll('section.indicator .ev .facts'))
        .map(f => f.innerText).filter(t => /status planned/.test(t)).length""")
    assert plans > 0 and bar_evidence_status == 0


@needs_chromium
def test_browser_sort_and_copy_csv(browser):
    first_table = "document.querySelector('table.data')"
    before = browser.eval(f"Array.from({first_table}.tBodies[0].rows, r => r.cells[3].dataset.csv)")
    browser.click("table.data th[data-col='3']")
    asc = browser.eval(f"Array.from({first_table}.tBodies[0].rows, r => r.cells[3].dataset.csv)")
    assert [float(v) for v in asc] == sorted(float(v) for v in before)
    browser.click("button.copy")
    deadline = time.monotonic() + 5
    while not browser.eval("document.querySelector('.copied').textContent") and time.monotonic() < deadline:
        time.sleep(0.05)
    csv = browser.eval("document.querySelector('button.copy').dataset.csv").splitlines()
    assert csv[0].startswith("prefecture,county,code,value,unit,year")
    assert [line.split(",")[3] for line in csv[1:]] == asc  # the table as sorted
    assert browser.eval("document.querySelector('.copied').textContent")
    assert browser.errors == []


@needs_chromium
def test_browser_cjk_renders(browser):
    """Chinese text is drawn with a CJK font (fonts-noto-cjk), not as boxes: ask the renderer which
    platform fonts drew a county label and an evidence sentence."""
    browser.click("g.bar rect.fill", 0)  # its evidence is drawn only once shown
    browser.call("DOM.enable")
    browser.call("CSS.enable")
    root = browser.call("DOM.getDocument")["root"]["nodeId"]
    for selector in ("g.bar text.county", "section.indicator h2", ".ev:not([hidden]) blockquote"):
        node = browser.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        fonts = browser.call("CSS.getPlatformFontsForNode", nodeId=node)["fonts"]
        cjk = [f for f in fonts if re.search(r"CJK|Han|Hei|Song|Ming|Kai|WenQuanYi|Droid Sans Fallback", f["familyName"])]
        assert cjk and sum(f["glyphCount"] for f in cjk) > 0, (selector, fonts)


@needs_chromium
def test_browser_link_opens_a_bars_evidence(browser, page):
    """report.html#bar0-1 opens with the second bar of the first chart selected and its sentences shown."""
    out, report = page
    if len(report.charts[0].bars) < 2:
        pytest.skip("the first chart has one bar")
    browser.open("about:blank")  # a new document: only the fragment changing would load nothing
    browser.open(out.as_uri() + "#bar0-1")
    assert browser.eval("document.getElementById('ev0-1').hidden") is False
    assert browser.eval("document.querySelector('#c0 g.bar.sel').dataset.ev") == "ev0-1"
    assert browser.errors == []
