"""Issue 2: the whole path on the sample documents, checked against what the reports say."""
import json

import pytest

import pipeline
from pipeline.cli import main
from tests.helpers import ROOT, SAMPLES, find_quantity, quantities, sample_facts, sample_text


def region(f):
    return f.region.name if f.region else None


@pytest.mark.parametrize("text,value,item,qualifier", [
    ("18个", 18, "代表联络站", "exact"),
    ("77个", 77, "联络室", "exact"),
    ("200余个", 200, "代表之家", "over"),
    ("1200余万元", 12_000_000, "东西部协作资金", "over"),
])
def test_000_liuzhi(text, value, item, qualifier):
    f = find_quantity("000", text)
    assert (f.value, f.qualifier, region(f)) == (value, qualifier, "六枝特区")
    assert item in f.item
    assert f.region.code == "520203"


def test_000_panzhou_and_shuicheng_and_zhongshan():
    assert (find_quantity("000", "269件").item, region(find_quantity("000", "269件"))) == ("议案建议", "盘州市")
    money = find_quantity("000", "20000元")
    assert (money.value, money.unit, money.qualifier, region(money)) == (20000, "元", "at_least", "盘州市")
    opinions = find_quantity("000", "327条")
    assert (opinions.item, region(opinions)) == ("社情民意", "盘州市")
    assert find_quantity("000", "320条").item == "社情民意"  # carried over from the previous clause
    training = find_quantity("000", "72万元")
    assert (training.value, region(training)) == (720000, "水城区")
    assert (find_quantity("000", "30个").item, region(find_quantity("000", "30个"))) == ("代表联络站", "水城区")
    assert find_quantity("000", "133个").item == "联络室"
    acres = find_quantity("000", "3.6万亩")
    assert (acres.value, acres.unit, acres.category, region(acres)) == (36000, "亩", "area", "钟山区")
    assert (find_quantity("000", "8982.7吨").value, find_quantity("000", "8982.7吨").unit) == (8982.7, "吨")


def test_000_dates_and_document_numbers_are_not_quantities():
    texts = {f.text for f in quantities("000")}
    assert not any(t.startswith(("2 ", "7月", "2022")) for t in texts)
    assert not [f for f in quantities("000") if f.text in ("2号", "2")]
    dates = [f for f in sample_facts("000") if f.type == "date"]
    assert any(d.text == "7月7日" for d in dates)


def test_004_each_district_gets_its_own_facts():
    by_region = {}
    for f in quantities("004"):
        by_region.setdefault(region(f), []).append(f.text)
    assert set(by_region) == {"满城区", "清苑区", "徐水区"}
    assert "209名" in by_region["满城区"] and "810余人次" in by_region["清苑区"] and "7.59亿元" in by_region["徐水区"]
    invest = find_quantity("004", "7.59亿元")
    assert (invest.value, invest.unit, invest.currency) == (759_000_000, "元", "CNY")


def test_002_traditional_offsets_point_into_the_original():
    text = sample_text("002")
    wan = find_quantity("002", "1萬元")
    assert wan.value == 10000 and wan.unit == "元"
    assert text[wan.start:wan.end] == "1萬元"
    raise_ = [f for f in quantities("002") if f.text in ("500元", "1000元", "800元", "1500元")]
    assert [f.value for f in raise_] == [500, 1000, 800, 1500]
    assert all("代表活动经费" in f.item for f in raise_)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_every_fact_slices_back_out_of_the_original(path):
    text = path.read_text(encoding="utf-8")
    facts = pipeline.extract_file(path)
    assert facts
    for f in facts:
        assert text[f.start:f.end] == f.text, f
        assert json.loads(json.dumps(f.model_dump(mode="json")))["text"] == f.text


def test_extract_api_offsets_refer_to_the_given_text():
    text = "乙县人大常委会:\n全县建成代表联络站１８個，投入資金1200余萬元。"
    facts = pipeline.extract(text, doc_id="t")
    q = [f for f in facts if f.type == "quantity"]
    assert [(text[f.start:f.end], f.value) for f in q] == [("１８個", 18), ("1200余萬元", 12_000_000)]
    assert q[0].item == "代表联络站" and q[1].item == "资金"


def test_page_chrome_is_not_a_document():
    text = sample_text("002")
    facts = sample_facts("002")
    chrome_start = text.index("關鍵詞")
    assert not [f for f in facts if f.start >= chrome_start]  # keyword ad line and 上一篇 link


def test_a_comment_counter_and_an_advert_are_chrome():
    facts = pipeline.extract("全县建成代表联络站18个。\n已有 0 條評論    [我要評論]\n"
                             "【诚信办理】各类资质代办 电话139 9120 7786 微信同号 价格优惠 800元起!\n", doc_id="d")
    assert [f.text for f in facts if f.type == "quantity"] == ["18个"]


def test_a_comment_widget_and_a_reading_time_widget_are_chrome():
    facts = pipeline.extract("全县建成代表联络站18个。\n评论 0人参与,0条评论\n本篇文章1367字,读完约3分钟\n", doc_id="d")
    assert [f.text for f in facts if f.type == "quantity"] == ["18个"]


def test_a_script_switch_is_chrome_not_the_headline():
    from pipeline.clean import clean
    from pipeline.models import Source
    text = "繁體 | 简体\n首页 > 要闻\n\n漳平市人大代表深耕台创园\n\n永福镇已有台资企业82家。\n"
    assert clean(Source(text=text, doc_id="d")).text.lstrip().startswith("漳平市人大代表深耕台创园")


def test_a_mirrors_doubled_commas_are_dropped_so_a_list_of_names_reads_whole():
    facts = pipeline.extract("区领导许南吉,、蔡劲松、吴文琪,、林建国,以及部分人大代表参加视察。", doc_id="d")
    names = [f.name for f in facts if f.type == "official"]
    assert names == ["许南吉", "蔡劲松", "吴文琪", "林建国"], names


def test_lottery_spam_in_a_copied_headline_names_no_unit():
    text = "代表联络站架起连心桥香港资料大全免费香港资料大全\n\n在浙江省江山市,建成代表联络站3个。\n"
    facts = pipeline.extract(text, doc_id="d")
    assert "香港特别行政区" not in {f.name for f in facts if f.type == "region"}
    assert [(f.text, f.region.name) for f in facts if f.type == "quantity"] == [("3个", "江山市")]


def test_repeated_paragraph_is_flagged_duplicate():
    para = "全县建成代表联络站18个、联络室77个，受益群众3200人。"
    facts = pipeline.extract(f"某报告\n{para}\n其他内容。\n{para}\n", doc_id="d")
    q = [f for f in facts if f.type == "quantity"]
    assert len(q) == 6
    assert [("duplicate" in f.flags) for f in q] == [False] * 3 + [True] * 3


def test_cli_extract_jsonl_and_exit_codes(tmp_path, capsys):
    good = SAMPLES / "001_c6e97b9222098319.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["extract", str(good)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(line)["doc_id"] == good.stem for line in lines)
    assert main(["extract", str(good), str(empty)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"{empty}: empty file"]
    assert main(["nonsense"]) == 2
    assert main([]) == 2


def test_schemas_are_in_sync_with_the_code():
    from pipeline.schemas import expected_files

    for name, content in expected_files().items():
        committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
        assert committed == content, f"schemas/{name} is stale: run python -m pipeline.schemas"


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_every_fact_validates_against_the_contract_models(path):
    from pydantic import TypeAdapter

    from pipeline.models import Fact

    adapter = TypeAdapter(Fact)
    for fact in pipeline.extract_file(path):
        dumped = fact.model_dump(mode="json")
        assert adapter.validate_python(dumped).model_dump(mode="json") == dumped


def test_hard_wrapped_lines_are_joined_into_their_paragraph():
    """A yearbook or PDF copy cut at one width: the clause after a figure runs on into the next line, and
    offsets still point into the original."""
    body = ("区人大常委会把民生实事作为监督重点,听取和审议区政府专项工作报告,推动区\n"
            "财政累计拿出1200余万元改造中小学危房,改造面积约3.8万平方米,推动新建\n"
            "农村饮水工程36处,解决了农村12.6万人的吃水难问题,群众满意度明显提升\n"
            "。常委会坚持问题导向,组织代表开展集中视察,对发现的问题逐项跟踪,督\n"
            "促整改到位,推动区政府完善了工作机制,取得了实实在在的效果和社会效益\n"
            "。常委会还组织开展专题询问,推动政府部门认真回应代表和群众的关切问题\n")
    facts = pipeline.extract(body)
    q = {f.text: f for f in facts if f.type == "quantity"}
    assert q["1200余万元"].item == "中小学危房"
    assert q["36处"].item == "农村饮水工程"  # its noun was on the line after 新建
    for f in facts:
        assert body[f.start:f.end] == f.text


def test_a_yearbooks_indented_entries_keep_their_unindented_lines():
    """Entries open indented; a line that is not indented belongs to the entry above, even after a full line
    that ends a sentence (…4.2亿元。) or a line the copy cut short (…面积又扩大 / 到3200亩)."""
    lines = ["  【概况】 年内,黑河市人大常委会召开主任会议12次,组织视察",
             "和执法检查19次,听取专项工作汇报8项,提出审议意见43条,走",
             "访基层代表60余名。",
             "  【逊克县人大常委会】 年内,县人大常委会召开常委会会议7次",
             ",审议议案和报告18项。县人大常委会主任带队开展执法检查2次",
             "。办结建议25件。",
             "  【孙吴县人大常委会】 年内,县人大常委会召开常委会会议6次",
             ",审议报告13个,推动整改问题21个,全县旅游收入4.2亿元。",
             "县人大代表回选区述职56人次。",
             "  【嫩江市人大常委会】 年内,市人大常委会召开常委会会议5次",
             ",听取专项工作报告9个,全市的蓝莓种植面积又扩大",
             "到3200亩。全年接待群众来信来访46件次。"]
    text = "\n".join(lines) + "\n"
    regions = {f.text: f.region.name for f in pipeline.extract(text) if f.type == "quantity"}
    assert regions["56人次"] == "孙吴县"
    assert regions["3200亩"] == regions["46件次"] == "嫩江市"


def test_a_line_a_copy_broke_inside_a_clause_runs_on_into_the_next():
    text = ("据统计,全年共组织专题调研和视察12次,参与的常委会组成人员和各级人大代表\n达156人次,召开座谈会19场。\n\n"
            "先后就民宿产业开展专题调研,摸清底数、掌握实情,形成7份\n调研报告,全部报送县委。\n\n"
            "一、建强阵地,织密联系网络\n全县建成代表之家39个。\n")
    facts = pipeline.extract(text)
    items = {f.text: f.item for f in facts if f.type == "quantity"}
    assert items["156人次"] == "人大代表" and items["7份"] == "调研报告"
    assert items["39个"] == "代表之家"  # a numbered heading stays its own line
    # a line ending where the clause's figure begins, even an indented one with no stop in it
    broke = "关于补选代表的报告\n\n    我市选出的省人民代表大会代表共\n55名,其中补选2名。\n\n通过整改,共处理问题金额\n6.73亿元,已全部整改。\n"
    got = {f.text: f.item for f in pipeline.extract(broke) if f.type == "quantity"}
    assert got["55名"].endswith("代表") and got["6.73亿元"] == "问题金额"
    # a PDF copy leaves a space before its break and between figure and unit
    pdf = "集体经济不断壮大。全镇村级集体经济收入全部超过 \n10 万元,其中超过 20 万元的村 6 个。全镇食用菌产量 \n2.33 万吨,实现产值 6.62 亿元。\n"
    got = {f.text: f.item for f in pipeline.extract(pdf) if f.type == "quantity"}
    assert got["10 万元"] == "村级集体经济收入" and got["2.33 万吨"] == "食用菌产量"
    listed = "市人大常委会主任陈某某,副主任孔德明、沈立新、\n钟兴华、梁学峰分头带队走访代表。"
    assert [f.name for f in pipeline.extract(listed) if f.type == "official"] == ["陈某某", "孔德明", "沈立新", "钟兴华", "梁学峰"]
    for f in facts:
        assert text[f.start:f.end] == f.text


def test_a_marked_line_that_is_prose_runs_on_into_the_figure_on_the_next():
    # (二)…再获丰收;新建高标准农田⏎3.2万亩: a line a list marker opens is still prose once it has clause stops, so
    # the figure on the next line is the clause's (its township parts too); a bare heading stays its own line
    text = ("(二)持续用力推进乡村振兴。粮食播种面积稳定在62.5万亩,粮食生产再获丰收;新建高标准农田\n"
            "3.2万亩,其中富驿镇1.1万亩、金孔镇0.9万亩、黑坪镇0.7万亩;\n\n(三)建强阵地\n39个代表之家全部建成。\n")
    items = {f.text: f.item for f in pipeline.extract(text) if f.type == "quantity"}
    assert items["3.2万亩"] == items["1.1万亩"] == items["0.7万亩"] == "高标准农田"
    assert items["39个"] == "代表之家"


def test_a_number_broken_across_lines_by_a_copy_is_read_whole():
    text = "政协委员提案30\n\n件,已办结23件。\n全市9\n000余名代表全部进站。"
    q = [(f.value, f.item) for f in pipeline.extract(text) if f.type == "quantity"]
    assert q == [(30, "政协委员提案"), (23, "政协委员提案"), (9000, "代表")]


def test_markup_a_copy_left_in_the_text_is_not_the_text():
    text = "全旗总面积1.8万平方公里,总人口接近<SPAN lang=EN-US>9万人。<br>\n<p class=\"x\">建成代表之家12个</p>\n"
    q = {f.text: f for f in pipeline.extract(text) if f.type == "quantity"}
    assert (q["9万人"].item, q["9万人"].qualifier) == ("总人口", "approx")
    assert q["12个"].item == "代表之家"
    for f in q.values():
        assert text[f.start:f.end] == f.text


def test_a_mirrors_plain_pinyin_glosses_are_not_the_text():
    # glosses without tone marks, each with a trailing space; enough of them mark the page as such a mirror
    text = "1月30日上午,廣(guang) 西壯族自治區第十四屆人民代表大會(hui) 第二次會(hui) 議開幕,會(hui) 期為4天。"
    facts = pipeline.extract(text)
    assert [f.name for f in facts if f.type == "region"] == ["广西壮族自治区"]
    assert [f.text for f in facts if f.type == "quantity"] == ["4天"]
    # a lone bracketed word after a Han character is no gloss
    assert [f.name for f in pipeline.extract("會議(abc) 通過。廣西壯族自治區") if f.type == "region"] == ["广西壮族自治区"]


def test_a_spam_mirrors_gambling_banner_is_chrome():
    # A mirror site opens with a gambling banner that names 澳门; the page is still the county's.
    text = ("澳門金沙娛樂城官網-體育投注-皇冠現金網-真人百家樂首頁推薦\n\n"
            "湘鄉市人大代表中沙小組開展視察\n\n日前,湘鄉市人大代表中沙小組組織代表視察,收集意見建議7條。\n")
    facts = pipeline.extract(text, doc_id="d")
    assert [(f.text, f.region.name) for f in facts if f.type == "quantity"] == [("7條", "湘乡市")]
    assert not any(f.type == "region" and f.name.startswith("澳门") for f in facts)


def test_a_breadcrumb_after_a_menu_of_recommended_links_opens_the_article_and_its_headline_is_kept():
    # 热门推荐|影视大全|… heads no list down the page: the breadcrumb after it opens the article, and the headline
    # under the breadcrumb (岱岳区1610余名…人大代表) is the page's own text, with its figure
    text = ("热门推荐|影视大全|高清在线看|最新电视剧排行|综艺回看\n\n泰安新闻发布> 政务信息> 浏览文章\n"
            "家门口听民声 实打实解民忧 岱岳区1610余名各级人大代表全员“进家入站”\n2023年12月14日 来源于:泰安日报\n\n"
            "去年换届之后,泰安市岱岳区人大常委会在全区布设代表联络站共123处。\n")
    facts = pipeline.extract(text, doc_id="d")
    assert [f.text for f in facts if f.type == "quantity"] == ["1610余名", "123处"]


def test_a_one_line_pages_closing_links_are_chrome_and_offsets_still_point_into_the_page():
    body = ("首页 > 电子杂志 > 正文    沾益县人大代表工作出新招    全县建成代表联络站12个,组织代表开展活动36次,"
            "收集意见建议140余条,办结率达到95%以上,群众满意度明显提升,代表履职热情持续高涨,工作经验在全市推广。"
            "各乡镇人大主席团每季度召开一次代表座谈会,县人大常委会每年组织两次集中视察,推动解决了一批民生问题。")
    text = body + "    【打印本页】 【关闭窗口】 上一篇:麒麟区人大常委会视察5个项目 下一篇:会泽县人大代表积极参与新农村建设\n"
    facts = pipeline.extract(text, doc_id="d")
    quantities = [f for f in facts if f.type == "quantity"]
    assert [f.text for f in quantities] == ["12个", "36次", "140余条", "95%以上", "两次"]  # (not 5个, a link's)
    assert all(text[f.start:f.end] == f.text for f in quantities)
    assert not {f.name for f in facts if f.type == "region"} & {"麒麟区", "会泽县"}
