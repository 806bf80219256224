"""status (done / planned), aspect (stock / flow) and period (the year a figure is true for), read from
the sentence around each figure (pipeline/normalize/timing.py)."""
import pytest

from pipeline import extract


def figures(text: str) -> dict[str, tuple]:
    return {f.text: (f.status, f.aspect, f.period) for f in extract(text) if f.type == "quantity"}


@pytest.mark.parametrize("sentence, text, status", [
    ("全县计划新建3至5个代表联络站。", "3至5个", "planned"),
    ("力争到2025年底建成代表之家20个。", "20个", "planned"),
    ("明年将建设代表联络站5个。", "5个", "planned"),
    ("下一步,新建代表之家10个。", "10个", "planned"),
    ("目标是建成示范站30个。", "30个", "planned"),
    ("20个代表之家将于年底前建成。", "20个", "planned"),
    ("全县已建成代表联络站18个,力争到2025年实现全覆盖。", "18个", "done"),
    ("计划新建5个,目前已建成3个。", "3个", "done"),
    ("列入计划逐步解决的建议52件。", "52件", "done"),  # 列入计划: a plan the suggestion was put in, achieved
    ("将代表活动经费120万元纳入财政预算。", "120万元", "done"),  # 将 as 把, not a future
])
def test_status(sentence, text, status):
    assert figures("发布时间:2023年12月1日\n" + sentence)[text][0] == status


def test_a_plan_heading_makes_the_figures_under_it_planned():
    text = ("县人大常委会工作报告\n2023年12月1日\n一、主要工作\n全年新建代表联络站3个。\n"
            "二、2024年工作安排\n新建代表之家10个,培训代表200人次。\n")
    f = figures(text)
    assert f["3个"][0] == "done" and f["10个"][0] == "planned" and f["200人次"][0] == "planned"


def test_stock_and_flow_in_one_sentence():
    f = figures("2023年12月1日\n全年新建代表联络站3个,累计建成15个;投入资金120万元。")
    assert f["3个"][1] == "flow" and f["15个"][1] == "stock" and f["120万元"][1] == "flow"


@pytest.mark.parametrize("text, figure, period", [
    ("发布时间:2024年3月5日\n截至2023年底,全县建成代表联络站12个。", "12个", "2023"),
    ("发布时间:2024年6月5日\n2023年,全县新建代表之家5个。", "5个", "2023"),
    ("发布时间:2023年10月20日\n今年以来,收集意见建议97条。", "97条", "2023"),
    # published early in 2024, looking back on 2023: undated figures are 2023's
    ("县人大常委会2023年工作报告\n发布时间:2024年1月16日\n全县建成代表联络站15个。", "15个", "2023"),
    ("发布时间:2023年6月1日\n2021年以来,累计建成代表之家30个。", "30个", "2023"),
])
def test_period_is_the_year_the_figure_is_true_for(text, figure, period):
    assert figures(text)[figure][2] == period


def test_a_target_year_only_on_plans():
    f = figures("发布时间:2023年6月1日\n已建成代表之家9个,力争到2025年底建成20个。")
    assert f["9个"] == ("done", "stock", "2023")
    assert f["20个"][0] == "planned" and f["20个"][2] == "2025"
