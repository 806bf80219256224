"""Issue 6: named people with their roles and bodies, one test per pattern of the genre."""
import pytest

import pipeline


def officials(text):
    return [(f.name, f.titles, f.org) for f in pipeline.extract(text) if f.type == "official"]


def test_org_and_title_chain():
    assert officials("六盘水市人大常委会党组书记、主任侯美传出席并讲话。") == [
        ("侯美传", ["党组书记", "主任"], "六盘水市人大常委会")]


def test_org_carried_to_the_next_title_in_the_sentence():
    facts = officials("六盘水市人大常委会党组书记、主任侯美传出席并讲话,副主任雷邦元主持会议。")
    assert facts[1] == ("雷邦元", ["副主任"], "六盘水市人大常委会")


@pytest.mark.parametrize("text,name,titles,org", [
    ("六枝特区党委书记鲍吉克致辞。", "鲍吉克", ["党委书记"], "六枝特区"),
    ("泾川县人大常委会主任李卫东的手机上不时传来提示音。", "李卫东", ["主任"], "泾川县人大常委会"),
    ("平凉市人大常委会代表人事工作委员会主任位志贤说。", "位志贤", ["主任"], "平凉市人大常委会代表人事工作委员会"),
    ("“前几年,我们推动代表活动经常化。”平凉市人大常委会主任马琨说。", "马琨", ["主任"], "平凉市人大常委会"),
])
def test_bodies(text, name, titles, org):
    assert officials(text) == [(name, titles, org)]


def test_list_after_one_role_and_the_count_stays_a_quantity():
    facts = pipeline.extract("钟山区各级人大代表熊寅森、胡荣平、李斌等126名各类优秀人才在乡村振兴的舞台上演绎精彩。")
    people = [(f.name, f.titles) for f in facts if f.type == "official"]
    assert people == [("熊寅森", ["人大代表"]), ("胡荣平", ["人大代表"]), ("李斌", ["人大代表"])]
    assert [f.text for f in facts if f.type == "quantity"] == ["126名"]


def test_bylines_with_a_space_inside_a_name():
    text = "记者:张孝峰、肖永明、宫宜希\n\n编校:施 林\n\n责编:舒 颖"
    facts = [f for f in pipeline.extract(text) if f.type == "official"]
    assert [(f.name, f.titles, f.text) for f in facts] == [
        ("张孝峰", ["记者"], "张孝峰"), ("肖永明", ["记者"], "肖永明"), ("宫宜希", ["记者"], "宫宜希"),
        ("施林", ["编校"], "施 林"), ("舒颖", ["责编"], "舒 颖")]


def test_term_and_place_of_deputies():
    facts = [f for f in pipeline.extract("从把群众的事当自己的事的甘肃省十三届人大代表马宏林,到静宁县十七届人大代表李建明。")
             if f.type == "official"]
    assert [(f.name, f.titles, f.term, f.region.name) for f in facts] == [
        ("马宏林", ["人大代表"], "十三届", "甘肃省"), ("李建明", ["人大代表"], "十七届", "静宁县")]


def test_quoted_honour_is_a_title():
    facts = officials("是我最大的乐趣”的“全国优秀科技特派员”、静宁县十七届人大代表李建明……")
    assert facts[0][:2] == ("李建明", ["全国优秀科技特派员", "人大代表"])


def test_given_name_with_title():
    assert officials("专题传达学习双喜主任来满调研精神。") == [("双喜", ["主任"], "")]


def test_traditional_characters_give_simplified_fields_and_original_offsets():
    text = "平涼市人大常委會秘書長馬建軍表示。"
    f = [f for f in pipeline.extract(text) if f.type == "official"][0]
    assert (f.name, f.titles, f.org, text[f.start:f.end]) == ("马建军", ["秘书长"], "平凉市人大常委会", "馬建軍")


def test_minority_names():
    assert officials("乡人大主席  叶尔江·哈力木") == [("叶尔江·哈力木", ["主席"], "乡人大")]
    assert [f[0] for f in officials("通讯员:斯琴高娃、刘强")] == ["斯琴高娃", "刘强"]


@pytest.mark.parametrize("text", [
    "经县人大常委会主任会议研究决定。", "建立代表联络站和代表小组。", "李卫东向记者展示了微信群。",
    "一名常委会委员和多名代表专题监督。", "实现四级人大代表全覆盖、全参与。", "“建设现代化新保定、人大代表立新功”实践活动。",
    "代表向选民述职。",
])
def test_never_a_name(text):
    assert officials(text) == []


def test_one_row_per_person_in_the_officials_view(tmp_path):
    from pipeline.ingest import ingest
    from pipeline.load import connect

    doc = tmp_path / "r.txt"
    doc.write_text("盘州市人大常委会党组书记、主任余华作交流发言。\n盘州市人大常委会党组书记、主任余华出席。\n", encoding="utf-8")
    ingest([doc], db=tmp_path / "x.duckdb", workers=1, progress=False)
    con = connect(tmp_path / "x.duckdb", read_only=True)
    assert con.execute("SELECT name, mentions, org FROM officials").fetchall() == [("余华", 2, "盘州市人大常委会")]
    assert con.execute("SELECT count(*) FROM facts WHERE type = 'official'").fetchone()[0] == 2


def test_credits_in_parentheses_and_names_set_off_by_spaces():
    assert [f[:2] for f in officials("(通讯员 孙丽娜 韩 冰)")] == [("孙丽娜", ["通讯员"]), ("韩冰", ["通讯员"])]
    assert [f[:2] for f in officials("（記者 黃小敏）")] == [("黄小敏", ["记者"])]
    assert [f[:2] for f in officials("镇人大主席　向红军\n")] == [("向红军", ["主席"])]
