"""Issue 8: the analysts' views in DuckDB and the compare / query commands."""
from decimal import Decimal

import pytest

from pipeline.analysis import compare, query
from pipeline.ingest import ingest
from pipeline.errors import ReportfactsError
from tests.helpers import SAMPLES
from tests.helpers import db_rows as fetch


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    for p in SAMPLES.glob("*.txt"):
        (folder / p.name).write_bytes(p.read_bytes())
    # a second report on 水城区 that gives another number for the same stations in the same year
    (folder / "shuicheng_2022.txt").write_text(
        "水城区人大常委会:坚持系统谋划\n2022年,提升改造代表联络站28个、联络室133个,投入资金72万元。", encoding="utf-8")
    # 任县 became 任泽区 in 2020: a 2019 report and a later one on the same 2019 figure
    (folder / "renxian_2019.txt").write_text(
        "任县人大常委会工作报告\n发布时间:2019-12-20\n2019年,任县建成代表联络站12个。", encoding="utf-8")
    (folder / "renze_2021.txt").write_text(
        "任泽区人大常委会工作回顾\n发布时间:2021-01-10\n2019年,任泽区建成代表联络站12个。", encoding="utf-8")
    # 吉利区 was merged into 孟津区 in 2021: a 2014 report on it
    (folder / "jili_2014.txt").write_text(
        "吉利区人大常委会举行第十九次会议\n2014-07-01\n吉利区建成代表联络站5个。", encoding="utf-8")
    path = folder / "x.duckdb"
    ingest([folder], db=path, workers=1, progress=False)
    return path


def test_a_merged_units_report_keeps_its_code_and_the_views_give_the_unit_it_became(db):
    # facts keep the code valid in 2014 (吉利区 410306); the views compare it under 孟津区 410308
    assert fetch(db, "SELECT region_name, region_code FROM facts WHERE doc_id = 'jili_2014' AND type = 'quantity'") \
        == [("吉利区", "410306")]
    assert fetch(db, "SELECT region_name, region_code FROM quantities WHERE doc_id = 'jili_2014'") == [("孟津区", "410308")]


def test_a_unit_named_by_its_former_name_keeps_that_name_and_joins_its_later_reports(db):
    written = fetch(db, "SELECT region_name, region_code FROM facts WHERE doc_id = 'renxian_2019' AND type = 'quantity'")
    assert written == [("任县", "130526")]  # as the report names it, with the code valid when it was written
    rows = fetch(db, "SELECT region_name, documents FROM indicators WHERE region_code = '130505' AND value = 12")
    assert rows == [("任泽区", 2)]  # one figure, under the unit's current name and code


def test_county_quantities_name_the_hierarchy(db):
    row = fetch(db, "SELECT county, county_code, prefecture, province FROM county_quantities WHERE text = '200余个'")
    assert row == [("六枝特区", "520203", "六盘水市", "贵州省")]


def test_money_is_exact_decimal(db):
    amounts = dict(fetch(db, "SELECT text, amount FROM quantities WHERE category = 'money'"))
    assert amounts["7.59亿元"] == Decimal("759000000.00") and amounts["1200余万元"] == Decimal("12000000.00")


def test_indicators_and_conflicts(db):
    agree = fetch(db, "SELECT documents FROM indicators WHERE region_name = '水城区' AND item = '代表联络室' AND value = 133")
    assert agree == [(2,)]
    conflicts = fetch(db, "SELECT item, values_reported FROM conflicts WHERE region_name = '水城区'")
    assert conflicts == [("代表联络站", [28.0, 30.0])]


def test_rates_and_slogans_stay_out_of_totals(db):
    assert fetch(db, "SELECT count(*) FROM indicators WHERE item = '代表活动经费'") == [(0,)]
    assert fetch(db, "SELECT count(*) FROM quantities WHERE list_contains(flags, 'slogan')") == [(0,)]


def test_tables_explain_themselves(db):
    comments = dict(fetch(db, "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'facts'"))
    assert "division code" in comments["region_code"] and "DECIMAL" in comments["amount"]
    views = dict(fetch(db, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"))
    assert {"quantities", "officials", "county_quantities", "indicators", "conflicts"} <= set(views)
    assert all(views[v] for v in ("indicators", "conflicts"))


def test_compare_and_query_print_tables(db):
    out = compare(str(db), "代表联络站", "county").splitlines()
    assert out[0].split()[:7] == ["county", "code", "prefecture", "item", "value", "unit", "period"]
    # two reports disagree on 水城区's stations in 2022: one figure is shown, the other listed, never 30 + 28
    shuicheng = [line.split() for line in out if line.startswith("水城区")]
    assert len(shuicheng) == 1 and shuicheng[0][4] == "30" and shuicheng[0][-1] == "28"
    by_prefecture = compare(str(db), "代表联络站", "prefecture")
    assert "六盘水市" in by_prefecture and "保定市" in by_prefecture
    assert query(str(db), "SELECT 1 AS one").splitlines() == ["one", "---", "1  "]
    with pytest.raises(ReportfactsError, match="query failed"):
        query(str(db), "SELECT nonsense FROM nowhere")


def test_officials_titles_keep_the_order_written(db):
    assert fetch(db, "SELECT titles FROM officials WHERE name = '侯美传'") == [(["党组书记", "主任"],)]


def test_compare_formats_money_as_written_and_as_json_and_csv(db):
    import csv
    import io
    import json

    table = compare(str(db), "示范点项目资金", "county")  # 六枝特区: 1600万元
    assert "16000000" in table and "e+0" not in table
    rows = json.loads(compare(str(db), "代表联络站", "county", fmt="json"))
    assert {"county", "code", "item", "value", "unit", "period", "qualifier", "documents"} <= set(rows[0])
    assert all(r["item"] == "代表联络站" for r in rows)
    lines = list(csv.reader(io.StringIO(compare(str(db), "代表联络站", "county", fmt="csv"))))
    assert lines[0][:2] == ["county", "code"] and len(lines) == len(rows) + 1
