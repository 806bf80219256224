"""Issue 6: named people with their roles and bodies, one test per pattern of the genre."""
import pytest

import pipeline


def officials(text):
    return [(f.name, f.titles, f.org) for f in pipeline.extract(text) if f.type == "official"]


def test_org_and_title_chain():
    assert officials("六盘水市人大常委会党组书记、主任侯美传出席并讲话。") == [
        ("侯美传", ["党组书记", "主任"], "六盘水市人大常委会")]


def test_the_clause_before_the_body_is_no_part_of_the_org():
    # 会议由市人大常委会副主任…主持, 特别邀请县人大常委会主任…: the clause's words before the body are no part of it
    # (read in the forty-first session; 371 orgs on the corpora carried 会议由, 检查组由, 代表们由…)
    assert officials("会议由市人大常委会副主任郑则丰主持。") == [("郑则丰", ["副主任"], "市人大常委会")]
    assert officials("特别邀请县人大常委会主任李明出席。") == [("李明", ["主任"], "县人大常委会")]
    # 出席会议的有…, 在主席台就座的还有…, 以及…, 图为…: the clause's particle, linking word or verb before the body
    assert officials("出席会议的有市人大常委会副主任李明。") == [("李明", ["副主任"], "市人大常委会")]
    assert officials("在主席台就座的还有市人大常委会副主任李明。") == [("李明", ["副主任"], "市人大常委会")]
    assert officials("会议首先传达学习了市人大常委会主任李明的讲话。")[0][2] == "市人大常委会"
    assert officials("县住房和城乡建设局局长李明介绍。") == [("李明", ["局长"], "县住房和城乡建设局")]


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


def test_a_list_goes_on_past_a_name_padded_with_a_space():
    text = "大会执行主席赵立新、钱文海、孙雅 琼、李定生、周马青在主席台前排就座。"
    facts = [f for f in pipeline.extract(text) if f.type == "official"]
    assert [(f.name, f.text) for f in facts] == [
        ("赵立新", "赵立新"), ("钱文海", "钱文海"), ("孙雅琼", "孙雅 琼"), ("李定生", "李定生"), ("周马青", "周马青")]


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


def test_a_variant_character_in_a_name_is_folded_to_its_simplified_form():
    # 肖衞東 (衞, which t2s keeps): the name the annotators give is 肖卫东; the span is the page's own characters
    text = "縣人大常委會主任肖衞東表示。"
    f = [f for f in pipeline.extract(text) if f.type == "official"][0]
    assert (f.name, text[f.start:f.end]) == ("肖卫东", "肖衞東")


def test_minority_names():
    assert officials("乡人大主席  叶尔江·哈力木") == [("叶尔江·哈力木", ["主席"], "乡人大")]
    assert [f[0] for f in officials("通讯员:斯琴高娃、刘强")] == ["斯琴高娃", "刘强"]


@pytest.mark.parametrize("text", [
    "四位县人大代表谈政府工作报告:盘成绩、谋发展", "代表委员谈两会·基层心声",  # a headline's verb and dot
    "经县人大常委会主任会议研究决定。", "建立代表联络站和代表小组。", "李卫东向记者展示了微信群。",
    "一名常委会委员和多名代表专题监督。", "实现四级人大代表全覆盖、全参与。", "“建设现代化新保定、人大代表立新功”实践活动。",
    "代表向选民述职。",
    # 委员 as the start of 委员会, and 年 read as a time word before an everyday word (read in the thirty-first session)
    "市人大常委会代表联络工作委员会多次到承办单位督办。", "每名县人大代表年活动经费不少于1500元。",
    # leaders and retired cadres in one list before 等: no one's title
    "张某伟、李晓梅、王建林等领导和老同志在主席台就座。",
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


# --- real pages: families of credits and names (invented sentences) --------------------------------------------

def names_titles(text):
    return [(f.name, f.titles) for f in pipeline.extract(text) if f.type == "official"]


@pytest.mark.parametrize("text,want", [
    # a credit inside a bracket after a dateline, several roles in one bracket
    ("本报讯(记者 严小青 通讯员 方立)5月3日,全县代表之家建设推进会召开。",
     [("严小青", ["记者"]), ("方立", ["通讯员"])]),
    ("晚报网6月2日电 (记者 钱立明 孔文)联络站12个。", [("钱立明", ["记者"]), ("孔文", ["记者"])]),
    # the title right after the bracket, no space
    ("本报讯 (记者范晓琳 许立群)历时两个月筹建。", [("范晓琳", ["记者"]), ("许立群", ["记者"])]),
    # at the end of a paragraph, after a source, in a one-line page
    ("力争年底前再建成示范站4个。(通讯员 尤琴) 来源:某县人大常委会 责任编辑:何 华 上一篇:无",
     [("尤琴", ["通讯员"]), ("何华", ["责任编辑"])]),
    ("(来源:县融媒体中心 记者 齐雨晨)", [("齐雨晨", ["记者"])]),
    # marks and outlets before the role, modifiers of the role
    ("■ 本报通讯员 邵 琳 冯小河\n", [("邵琳", ["通讯员"]), ("冯小河", ["通讯员"])]),
    ("□记者 柳正 通讯员 严星\n", [("柳正", ["记者"]), ("严星", ["通讯员"])]),
    ("县报记者 项敏 2020-06-25 09:36\n", [("项敏", ["记者"])]),
    ("作者:见习记者 尹晓峰 通讯员 桂 娟\n", [("尹晓峰", ["见习记者"]), ("桂娟", ["通讯员"])]),
    ("(全媒记者 岳明明)", [("岳明明", ["全媒记者"])]),
    # a name the segmenter would cut is a whole token in a credit
    ("(通讯员:钟贤会 卢可新  编辑:李萌  编审:伍伟)",
     [("钟贤会", ["通讯员"]), ("卢可新", ["通讯员"]), ("李萌", ["编辑"]), ("伍伟", ["编审"])]),
    ("责任编辑:其其格\n", [("其其格", ["责任编辑"])]),
    # review chains and spaced-out credit words on their own lines
    ("责编:庞 慧\n一审:庞 慧\n二审:易禹宁\n三审:杨又春\n",
     [("庞慧", ["责编"]), ("庞慧", ["一审"]), ("易禹宁", ["二审"]), ("杨又春", ["三审"])]),
    ("编 辑: 杨胜千\n责 编: 杨胜千\n", [("杨胜千", ["编辑"]), ("杨胜千", ["责编"])]),
    # 文// with names of two characters written with a space inside
    ("文//巴 图 郑 飞 汪 娜\n", [("巴图", ["文"]), ("郑飞", ["文"]), ("汪娜", ["文"])]),
    # a three-character name with every character set apart, before a bracket; a spaced two-character name before
    # the next label stays two characters
    ("(某某街道人大工委  供稿:周 晓 梅)", [("周晓梅", ["供稿"])]),
    ("责编:韩 静   校对:孙立娟\n", [("韩静", ["责编"]), ("孙立娟", ["校对"])]),
    ("(通讯员 郑 明 远  吴 霞)", [("郑明远", ["通讯员"]), ("吴霞", ["通讯员"])]),  # the next name set further off
    ("某政函〔2024〕12号          签发人:罗永胜\n", [("罗永胜", ["签发人"])]),  # who signed a reply letter out
    # 凃, a surname of its own; a Mongolian name whose last element is 孟和 (not 孟 and a conjunction)
    ("县人大常委会副主任凃明远、窦文、毛跃参加会议。", [("凃明远", ["副主任"]), ("窦文", ["副主任"]), ("毛跃", ["副主任"])]),
    ("来自乌拉特前旗的市人大代表苏德孟和长期在牧区工作。", [("苏德孟和", ["人大代表"])]),
    # a photo credit
    ("(图)代表到施工现场督导。柏慧 摄\n下一段", [("柏慧", ["摄"])]),
    # a Tibetan name of two elements in a bracketed credit (洛桑 also opens everyday words)
    ("香格里拉网讯（记者 洛桑央宗）1月4日", [("洛桑央宗", ["记者"])]),
    # a slash's role after a name (袁帅/文) is no start of the next name
    ("郑报融媒记者 袁帅/文 马健/图\n", [("袁帅", ["融媒记者"]), ("马健", ["融媒记者"])]),
    # who posted the page (发布人), among other fields of one line
    ("来源：人大办公室\u3000\u3000发布人：郝建伟\u3000\u3000发布时间：2023-10-23\n", [("郝建伟", ["发布人"])]),
])
def test_credits_on_real_pages(text, want):
    assert names_titles(text) == want


@pytest.mark.parametrize("text", [
    "记者从县人大常委会获悉,建议全部办结。", "编辑部收到来信。", "审核通过后,代表联络站挂牌。",
    "活动结束后记者 走进联络站\n", "分享到:微信 微博",
])
def test_credit_words_in_prose_are_no_credits(text):
    assert names_titles(text) == []


@pytest.mark.parametrize("text,want", [
    # jieba reads a place or a word where the name is: the verb that follows delimits it
    ("区人大常委会党组副书记、主任海东明出席会议并讲话。", ("海东明", ["党组副书记", "主任"])),
    ("县人大代表关松林建议打通县城北环路。", ("关松林", ["人大代表"])),
    ("区人大常委会主任丁和松出席,副主任主持。", ("丁和松", ["主任"])),
    ("市人大代表于洪生是远近闻名的种植能手。", ("于洪生", ["人大代表"])),
    # a verb right after a two-character name is not its third character
    ("省人大代表、县人大常委会主任周岭担任链长。", ("周岭", ["人大代表", "主任"])),
    ("这是县人大代表章林再平常不过的一天。", ("章林", ["人大代表"])),
    ("镇人大主席易忠和以及15名代表参加。", ("易忠和", ["主席"])),
    ("北票市人大常委会党组书记、主任孙国庆作交流发言。", ("孙国庆", ["党组书记", "主任"])),
    # transliterated names without a Han surname
    ("自治区人大常委会选举工作委员会主任巴特木尔在总结讲话中说。", ("巴特木尔", ["主任"])),
])
def test_names_delimited_by_what_follows(text, want):
    assert names_titles(text)[0] == want


@pytest.mark.parametrize("text,want", [
    ("乡村振兴工作得到沈明轩副委员长的充分肯定。", [("沈明轩", ["副委员长"])]),
    ("农牧方面26件。雷建军等代表建议加大扶持力度。", [("雷建军", ["代表"])]),
    ("张晓光、李卫红等代表提出建议。", [("张晓光", ["代表"]), ("李卫红", ["代表"])]),
    ("局长一行与卢明才等6名县、乡人大代表面对面座谈。", [("卢明才", ["人大代表"])]),  # 与 before the name
])
def test_name_before_its_title(text, want):
    assert names_titles(text) == want


@pytest.mark.parametrize("text", [
    "先后到寺前镇、汤泉乡的西河、王庄、金鹰等代表联络站察看。", "各位代表,现在开会。", "代表建议全部办结。",
])
def test_daibiao_is_a_role_only_after_a_name_and_before_a_verb(text):
    assert names_titles(text) == []


def test_an_organisation_between_the_roles_and_the_name():
    facts = officials("涌现出县人大代表、黄庄镇果蔬种植专业合作社理事长刘振西,县人大代表、随庄镇卫生院院长孙秀兰等典型。")
    assert facts == [("刘振西", ["人大代表", "理事长"], "黄庄镇果蔬种植专业合作社"),
                     ("孙秀兰", ["人大代表", "院长"], "随庄镇卫生院")]


def test_rank_and_body_titles():
    assert names_titles("县人大常委会党组成员莫中华参加考察。") == [("莫中华", ["党组成员"])]
    assert names_titles("县人大常委会副县级调研员马文斌出席。")[0][0] == "马文斌"
    assert names_titles("家庭农场负责人卢海生说。") == [("卢海生", ["负责人"])]


def test_a_list_ends_where_another_body_begins():
    assert names_titles("区委书记孙林、区人大常委会主任丁和扣出席。") == [
        ("孙林", ["书记"]), ("丁和扣", ["主任"])]


def test_author_box_name_above_the_org_and_title():
    facts = officials("完善措施 促进履职\n\n刘振华\n黑龙江省某市人大常委会主任\n\n近年来,人大常委会深入调研。")
    assert facts == [("刘振华", ["主任"], "黑龙江省某市人大常委会")]


def test_a_bare_county_body_in_a_one_county_document_is_that_county():
    text = "郓城县召开代表联络站建设推进会。县人大常委会主任王小明出席。涌现出县人大代表、黄庄镇合作社理事长刘大东等典型。"
    regions = [(f.name, f.region.name if f.region else None) for f in pipeline.extract(text) if f.type == "official"]
    assert regions == [("王小明", "郓城县"), ("刘大东", "郓城县")]
    two = "郓城县和鄄城县召开会议。县人大常委会主任王小明出席。"
    assert [f.region for f in pipeline.extract(two) if f.type == "official"] == [None]


def test_a_page_on_one_line_behind_its_breadcrumb_is_kept():
    body = "12月10日,某镇人大代表王小霞走进大林村。" + "代表们分成小组走访选民,收集意见建议。" * 20
    text = "首页 > 区县频道 > 某县 > 正文 " + body + " 记者 谭小全 余杰 编辑 赵小曦 分享到:微信"
    assert names_titles(text) == [("王小霞", ["人大代表"]), ("谭小全", ["记者"]), ("余杰", ["记者"]),
                                  ("赵小曦", ["编辑"])]


def test_leaders_listed_after_a_collective_title():
    """市领导A、B、C接待: each is one record; a name's third character before 、 is the name's (李铁刚、)."""
    facts = [f for f in pipeline.extract("市领导王铁仁、丁彦增、李铁刚、张立明接待考察团一行。") if f.type == "official"]
    assert [(f.name, f.titles) for f in facts] == [(n, ["市领导"]) for n in ("王铁仁", "丁彦增", "李铁刚", "张立明")]


@pytest.mark.parametrize("text", ["云南网讯(记者杨之辉、通讯员彭洪)彝良县召开会议。",
                                  "本报讯(记者杨之辉 通讯员彭洪)彝良县召开会议。"])
def test_a_second_credit_in_the_same_bracket(text):
    facts = [(f.name, f.titles) for f in pipeline.extract(text) if f.type == "official"]
    assert facts == [("杨之辉", ["记者"]), ("彭洪", ["通讯员"])]


def test_a_text_credit_inside_a_metadata_line():
    text = "发布日期:2023-12-22  来源:某县人大常委会  文//黄晓东 陈思敏  编辑:古丽芳\n正文。"
    facts = [(f.name, f.titles) for f in pipeline.extract(text) if f.type == "official"]
    assert facts == [("黄晓东", ["文"]), ("陈思敏", ["文"]), ("古丽芳", ["编辑"])]


@pytest.mark.parametrize("text,expected", [
    # a given name that is also an everyday word (向东) when jieba reads the whole as a person's name
    ("旗人大常委会副主任陈向东主持会议并讲话。", [("陈向东", ["副主任"], "旗人大常委会")]),
    # the last part of a ·-joined name runs to the preposition after it
    ("县人大常委会副主任艾尔肯·热合提从制度建设谈起。",
     [("艾尔肯·热合提", ["副主任"], "县人大常委会")]),
    # a credit's body before the name, and a role written after the name
    ("(来源:某县人大  作者:城关镇人大 郑丽华)", [("郑丽华", ["作者"], "")]),
    ("(市人大常委会代表工作联络处 赵刚 供稿)", [("赵刚", ["供稿"], "")]),
    # a village is no person: 忻城县 + 长岭村, not 县长 + 岭村
    ("忻城县长岭村四位人大代表群像", []),
])
def test_name_boundaries_and_credits_seen_in_test2(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list before 等N名代表 with a verb after the role
    ("例如,韩立军、许文静等5名代表联名提出建议。", [("韩立军", ["代表"], ""), ("许文静", ["代表"], "")]),
    # a place right before 代表: the name follows the role
    ("城关镇代表陈国华牵头成立合作社。", [("陈国华", ["代表"], "城关镇")]),
    # an adverb after a two-character name is not its third character
    ("区人大代表周琳很是感慨。", [("周琳", ["人大代表"], "区")]),
    # a surname and the next character that make an everyday word are no name (常年)
    ("全镇11名县、镇人大代表常年住在县城。", []),
    # credits: 执笔, a ·-joined name, two spaces, chrome after the last name
    ("(执笔:孙立平 吴 敏)", [("孙立平", ["执笔"], ""), ("吴敏", ["执笔"], "")]),
    ("(记者 阿娜尔·吐尔逊 王 倩)", [("阿娜尔·吐尔逊", ["记者"], ""), ("王倩", ["记者"], "")]),
    ("责任编辑:何 静 上一篇 下一篇 返回目录", [("何静", ["责任编辑"], "")]),
    ("自治区人大常委会新闻发言人古丽娜·艾合买提在发布会上说。",
     [("古丽娜·艾合买提", ["新闻发言人"], "自治区人大常委会")]),
])
def test_names_and_credits_seen_in_test3(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text,name,titles", [
    ("石桥乡人大主席吴 敏介绍,全乡共有代表41名。", "吴敏", ("主席",)),       # a web copy's padded two-character name
    ("县人大代表、柳河村党支部书记杜芳正在地里查看苗情。", "杜芳", ("人大代表", "村党支部书记")),  # 正在 is no name
    ("会上,代表郑新华等6人联名提出议案。", "郑新华", ("代表",)),           # 代表 opening a clause, then the deputy's act
    ("城东代表小组召集人许立群作了发言。", "许立群", ("召集人",)),
    ("州人大常委会副主任才让当智、李文平出席。", "才让当智", ("副主任",)),  # 才 is a word and a surname
    ("州人大常委会副主任才让当智、李文平出席。", "李文平", ("副主任",)),    # …and the list goes on
    ("记者/王红\n编辑/周静", "王红", ("记者",)),                             # a credit written with /
    ("张明华是四川省人大代表,也是村党支部书记。", "张明华", ("人大代表",)),  # a sentence saying what one is
    ("编辑|胡小婷\n三审|皮海星", "皮海星", ("三审",)),                        # credits set with a tight bar
])
def test_name_shapes_seen_in_test7(text, name, titles):
    """Families read from real/test7's misses (invented sentences)."""
    got = {n: t for n, t, _ in officials(text)}
    assert name in got, got
    assert all(t in got[name] for t in titles), got


@pytest.mark.parametrize("text,name,titles", [
    ("区人大代表、退休教师孙丽华说,今年她走访了20户。", "孙丽华", ("人大代表", "退休教师")),  # an occupation
    ("县人大代表、县医院护士长王丽娟牵头组织义诊。", "王丽娟", ("人大代表", "县医院护士长")),
    ("市人大代表、某公司妇联主席赵芳走访选民。", "赵芳", ("人大代表", "主席")),  # a listed title: its chain
    ("市人大代表张三丰、李四海、王五洲和市人大常委会委员参加。", "王五洲", ("人大代表",)),  # a list ends at 和
    ("大家找到正在这里值班的李国强代表。", "李国强", ("代表",)),   # a name after 的
    ("［图］陈秀英代表正在帮助群众。", "陈秀英", ("代表",)),        # after a photo mark; 陈|秀英 split
    ("村民代表赵德胜说,他家流转了30亩田。", "赵德胜", ("代表",)),
    ("刘晓燕,省人大代表,某公司董事长。", "刘晓燕", ("人大代表",)),   # a profile opens with the name
    ("王大成,湖南岳阳人,某集团董事长,民建岳阳市委副主委。", "王大成", ("董事长",)),
    ("老周叫周德明,瑶族人,身兼省人大代表和某村党支部书记;老彭叫彭海生,侗族人。", "周德明", ("村党支部书记",)),  # a
    # nickname said first (老周叫…), then the name the profile opens with
    ("于4月14日由赵谊主任带队。", "赵谊", ("主任",)),               # 由 is the preposition
    ("正文。\n图片:黄建国", "黄建国", ("图片",)),
    # read from test4, test6 and test9
    ("经主任会议研究,王积、张艾、郑重等4位代表领衔提出议案。", "郑重", ("代表",)),  # a listed everyday word
    ("分别由我和杨青鸿、王宏忠等副主任领衔督办。", "杨青鸿", ("副主任",)),        # 我和 opens the list
    ("这样的例子不少见:郭士文代表帮村里打通了一条路。", "郭士文", ("代表",)),
    ("傅小林、王头生等大会执行主席在主席台就座。", "傅小林", ("执行主席",)),
    ("街道党委副书记、分管综治工作的孙春祥参加。", "孙春祥", ("党委副书记", "分管综治工作")),
    ("区人大常委会领导石伟东、孙金才出席启用活动。", "孙金才", ("领导",)),
    ("密云区委副书记刘颖以代表身份参加了活动。", "刘颖", ("副书记",)),          # 以 never ends a name
])
def test_name_shapes_seen_in_test8(text, name, titles):
    """Families read from real/test8's misses (invented sentences)."""
    test_name_shapes_seen_in_test7(text, name, titles)


@pytest.mark.parametrize("text,name,titles", [
    # read from test12 (invented sentences)
    ("石桥镇代表郑文华提出修建机耕道。", "郑文华", ("代表",)),     # 石桥镇 reads as a name before 代表
    ("区人大代表胡德顺询问了治理进展。", "胡德顺", ("人大代表",)),  # 询问 ends a name
    ("城管中队队长钱立新说。", "钱立新", ("队长",)),
    ("大会执行主席为周建国、吴小平。", "吴小平", ("执行主席",)),      # the title, 为, then the names
    ("孙志强当选为某县人民政府副县长,得票118票。", "孙志强", ("副县长",)),
    ("何明、冯立华当选为县人大常委会委员。", "冯立华", ("委员",)),
])
def test_name_shapes_seen_in_test12(text, name, titles):
    test_name_shapes_seen_in_test7(text, name, titles)


@pytest.mark.parametrize("text,name,titles", [
    # read from the misses left in test7, test10 and test11 (invented sentences)
    ("听取了镇人民政府镇长钟小清所作的《政府工作报告》。", "钟小清", ("镇长",)),   # 所作 ends a name
    ("县人大代表罗远富家住河东村。", "罗远富", ("人大代表",)),                   # 家住 ends a name
    ("区领导马红、朱天银一同看望。", "朱天银", ("区领导",)),                      # 一同 ends a name
    ("会上,镇人大主席成晨传达了文件。", "成晨", ("主席",)),                        # 传达 ends a name
    ("一是孙国强等6名代表提出的建议。", "孙国强", ("代表",)),                     # an enumerated point opens
    ("二是钱秀兰代表提出的建议。", "钱秀兰", ("代表",)),
    ("她就是县人大代表、某养殖专业合作社社长周秀琴。", "周秀琴", ("人大代表", "社长")),
    ("【新天水·天水日报记者马旺旺 孙晓华】6月28日,代表开展调研。", "孙晓华", ("记者",)),  # the outlet before the credit
    ("正文。\n总 编:周雄兵\n", "周雄兵", ("总编",)),                                   # a spaced credit title
])
def test_name_shapes_seen_in_test10_and_test11(text, name, titles):
    test_name_shapes_seen_in_test7(text, name, titles)


@pytest.mark.parametrize("text,name,titles", [
    # read from test13, test14 and test15 (invented sentences)
    ("会议依法选举高志文为乡人大主席,许立为乡长,邓川、卢平为副乡长。", "高志文", ("主席",)),
    ("会议依法选举高志文为乡人大主席,许立为乡长,邓川、卢平为副乡长。", "许立", ("乡长",)),
    ("会议依法选举高志文为乡人大主席,许立为乡长,邓川、卢平为副乡长。", "卢平", ("副乡长",)),
    ("大会选举努尔兰·吐尔逊为某镇人民政府镇长。", "努尔兰·吐尔逊", ("镇长",)),
    ("代表们在田间察看秧苗长势。通讯员 邹建华摄\n", "邹建华", ("通讯员",)),      # 摄 set tight after the name
    ("县人大常委会副主任钱立、扎西顿珠、孔德明出席会议。", "扎西顿珠", ("副主任",)),  # delimited list items
    ("区人大代表陶然、吕梅、沈海均、韩雪逐一记录。", "沈海均", ("人大代表",)),
    ("区人大代表陶然、吕梅、沈海均、韩雪逐一记录。", "韩雪", ("人大代表",)),       # 逐一 is no name character
    ("办理情况如下:\n3.严大勇等5名代表提出的建议。", "严大勇", ("代表",)),           # an Arabic enumerator
    ("此事引起孟广文、冯立和蒋宏伟等代表的重视。", "孟广文", ("代表",)),             # 和, 等代表的
    ("此事引起孟广文、冯立和蒋宏伟等代表的重视。", "蒋宏伟", ("代表",)),
    ("正文。\n(执笔:研究室 秦晓东 代表工作室 韩 梅)\n", "韩梅", ("执笔",)),       # an office before each name
    ("编辑:周立平  录入:钱小燕\n", "钱小燕", ("录入",)),
    ("正文。\n\n□实习生 霍丽\n\n【本报讯】", "霍丽", ("实习生",)),
    ("村人大联络站联络员伍小梅说。", "伍小梅", ("联络员",)),
    ("闭幕时,镇党委书记余侃让同志提出要求。", "余侃让", ("党委书记",)),          # 同志 follows the whole name
])
def test_name_shapes_seen_in_test13_to_test15(text, name, titles):
    test_name_shapes_seen_in_test7(text, name, titles)


def test_places_listed_before_a_deputies_station_are_not_people():
    text = "先后到西河、王畈、金鹰等代表联络站察看。"
    assert [f.name for f in pipeline.extract(text) if f.type == "official"] == []


@pytest.mark.parametrize("text", ["编辑:宣传部    发布日期:2018-05-01\n", "作者:县人大办  发布日期:2019-04-01\n",
                                  "市人大代表回选区述职12人次,区人大代表回选区述职46人次。",
                                  "市人大常委会开展“明星代表”评选,评出“明星代表”50名。"])
def test_offices_and_everyday_words_are_not_people(text):
    assert [f.name for f in pipeline.extract(text) if f.type == "official"] == []


def test_a_vote_to_elect_is_not_a_person():
    assert [f for f in pipeline.extract("大会选举产生县人大常委会主任、副主任。") if f.type == "official"] == []


def test_an_elected_persons_body_starts_after_the_verb():
    assert officials("孙志强当选为某县人民政府副县长,得票118票。") == [("孙志强", ["副县长"], "某县人民政府")]


@pytest.mark.parametrize("text", [
    "主任为群众办实事,县长为民解难题。",                     # 为 + no list of names ending the clause
    "年中,常委会组成人员和部分县人大代表开展专题视察。",   # a clause of action, not a profile
    "观摩了驻冠聊城市人大代表第五小组活动室。",           # an ordinal, not the surname 第
    "在县委的领导下,成立领导小组,加强领导干部培训。",     # 领导 with no name after it
    "来源:羚城发布　　收集编辑:羚城发布",                   # an outlet credited, not a person
    "通过培训,代表把自己定位为忠实实践者。",
    "天刚亮,镇人大就支起了人大代表“赶大集”的摊位。",
    "县第十八届人民代表大会各代表团召集人暨工作组负责人会议召开。",   # 暨 is the conjunction, not a surname
    "代表大会期间,共收到建议5件。",                                    # 代表 opening a clause, no person after it
    "全国人大代表来菏开展专题调研。",                                   # 来 is the verb, not a surname
    "这是人大代表的职责。",
    "楼主 发表于 2024-3-7 09:21 | 只看该作者 | 倒序浏览 | 阅读模式",      # forum chrome, not a credit
    "(图为推进会现场。通讯员 供图)",                                        # 供图 credits the photo, no name
])
def test_no_person(text):
    assert officials(text) == []


def test_a_three_character_name_jieba_splits_before_a_deputys_act():
    # 陈|文章, 郭|红军: jieba reads a surname and a word; before 代表 and what a deputy does, it is a name
    got = names_titles("入选的建议依次为:王林代表提出的《关于优化营商环境的建议》,陈文章代表提出的《关于养老服务的建议》。")
    assert ("陈文章", ["代表"]) in got
    assert names_titles("其中,郭红军代表提出的建议,代表暂未签字。") == [("郭红军", ["代表"])]
    # a group of deputies is nobody (各位代表, 部分代表提出)
    assert names_titles("会上,部分代表提出建议。全体代表表示同意。") == []


def test_a_signature_line_keeps_a_name_whose_last_character_could_be_a_verb():
    assert names_titles("特此报告。\n\n法库县人民政府常务副县长 王大为\n") == [("王大为", ["常务副县长"])]
    assert names_titles("副县长王大为大家介绍情况。") == [("王大", ["副县长"])]  # 为 is the verb here


def test_credits_after_an_outlet_that_opens_the_line_and_a_credited_name_that_spells_a_county():
    assert names_titles("天山网-新疆法治报记者张秀 通讯员 周佳林\n") == [
        ("张秀", ["记者"]), ("周佳林", ["通讯员"])]
    assert names_titles("文/南方日报全媒体记者钱某某 孙某某\n图/南方日报全媒体记者李某某\n") == [
        ("钱某某", ["全媒体记者"]), ("孙某某", ["全媒体记者"]), ("李某某", ["全媒体记者"])]
    assert names_titles("责任编辑:王 艳    审核:周 宁\n") == [("王艳", ["责任编辑"]), ("周宁", ["审核"])]
    assert names_titles("周宁县人大常委会召开会议。") == []  # the county itself is nobody


def test_names_listed_before_the_office_they_serve_in():
    got = names_titles("巩文生、杨晓兵、潘盛、林深作为大会执行主席在主席台前排就座。")
    assert got == [("巩文生", ["执行主席"]), ("杨晓兵", ["执行主席"]), ("潘盛", ["执行主席"]), ("林深", ["执行主席"])]


def test_serving_as_a_plenary_sittings_chair_a_deputys_wish_and_an_assistant_to_the_mayor():
    got = names_titles("石立新、韩冬梅、周一鸣作为本次全体会议执行主席,在主席台前排就座。")
    assert got == [("石立新", ["执行主席"]), ("韩冬梅", ["执行主席"]), ("周一鸣", ["执行主席"])]
    assert names_titles("罗晓东代表希望加快城际铁路建设。") == [("罗晓东", ["代表"])]
    assert names_titles("许凤仪代表呼吁完善托育配套政策。") == [("许凤仪", ["代表"])]
    assert names_titles("黄英其代表认为,报告站位高、部署实。") == [("黄英其", ["代表"])]  # (jieba splits 黄英|其)
    assert names_titles("县长助理顾一帆到会讲话。") == [("顾一帆", ["县长助理"])]


def test_a_name_acting_in_the_capacity_of_its_titles():
    assert names_titles("蒋立成以主席团常务主席、大会执行主席的身份主持会议。") == [("蒋立成", ["主席团常务主席", "执行主席"])]
    assert names_titles("他以普通党员身份参加活动。") == []


def test_appointments_listed_under_a_label_line_one_a_line():
    text = ("会议表决了人事任免事项,共任命3人、免去2人职务。\n\n任命：\n邵建华为某县人民政府副县长；\n钱丽娟为某县审计局局长；\n"
            "丁文斌为某县财政局局长。\n免去：\n孙明远的某县水务局局长职务；\n李红英的某县审计局局长职务。\n\n会议还听取了报告。")
    assert [n for n, _ in names_titles(text)] == ["邵建华", "钱丽娟", "丁文斌", "孙明远", "李红英"]


def test_names_listed_before_their_count_and_a_qualified_role():
    got = names_titles("接待现场,柯一军、胡世明、金长云等3名基层市人大代表结合各自岗位发言。")
    assert got == [("柯一军", ["人大代表"]), ("胡世明", ["人大代表"]), ("金长云", ["人大代表"])]


def test_names_put_forward_for_a_presidium_office():
    assert names_titles("会上,林卫东等9人被推选为主席团常务主席。") == [("林卫东", ["主席团常务主席"])]
    assert names_titles("会议选举产生了主席团,邵一平、钱慧被推选为大会执行主席。") == [
        ("邵一平", ["执行主席"]), ("钱慧", ["执行主席"])]


def test_credits_run_into_the_next_label_or_a_bracket_and_a_body_named_with_wei_hui():
    assert names_titles("发布时间:2018-10-22 12:00作者:陈泽玖来源:石泉县人大 |") == [("陈泽玖", ["作者"])]
    assert names_titles("作者:谭红梅(璧山区人大代表、区中医院病理科主任)\n") == [("谭红梅", ["作者"])]
    # 常委 starting 常委会 is a body, not a title with a person after it
    assert names_titles("全省11个市人大常委会依次作了交流发言。") == []


def test_appointments_and_resignations_of_listed_comrades():
    got = names_titles("会议决定任命吕靖、李保庚、李超群三位同志为永丰县监察委员会委员。")
    assert got == [("吕靖", ["委员"]), ("李保庚", ["委员"]), ("李超群", ["委员"])]
    got = officials("会议同意陈月洪、朱春龙两位同志辞去县人大常委会委员职务。")
    assert got == [("陈月洪", ["委员"], "县人大常委会"), ("朱春龙", ["委员"], "县人大常委会")]


def test_a_transliterated_tail_runs_to_the_word_after_the_name():
    assert names_titles("村委会委员吾鲁柯凡·夏合力旦就是其中的一位。") == [("吾鲁柯凡·夏合力旦", ["委员"])]
    assert names_titles("副主任王立新、阿不都热合曼·买买提分别带队。") == [
        ("王立新", ["副主任"]), ("阿不都热合曼·买买提", ["副主任"])]


def test_a_writers_credit_after_a_caption_or_after_the_name():
    assert names_titles("标题\n专题询问会现场。 □文/赵联刚 胡越\n正文。") == [("赵联刚", ["文"]), ("胡越", ["文"])]
    assert names_titles("正文。\n\n黄聂健彪 文/图\n") == [("黄聂健彪", ["文/图"])]
    assert names_titles("正文。\n\n图文 文图\n") == []  # no name before the credit


def test_a_list_of_names_introduced_by_a_colon_after_the_title():
    assert names_titles("开幕大会执行主席为:韩轶、王锋君、古建桥。") == [
        ("韩轶", ["执行主席"]), ("王锋君", ["执行主席"]), ("古建桥", ["执行主席"])]
    assert names_titles("同时担任本次全体会议执行主席、在主席台就座的有:董万春、沈秋龙。") == [
        ("董万春", ["执行主席"]), ("沈秋龙", ["执行主席"])]  # (主席 of 主席台 is no title)
    # the collective title, then 有: and the list
    assert names_titles("出席大会并在主席台前排就座的县领导有:肖梓才、段恩雄、曾广炆。") == [
        ("肖梓才", ["县领导"]), ("段恩雄", ["县领导"]), ("曾广炆", ["县领导"])]


def test_a_given_name_ending_in_a_conjunction_character_before_a_comma():
    # 和 right before a comma cannot join two things: it is the name's last character
    got = names_titles("副县长周树和,县人民法院院长欧阳韶勇列席会议。")
    assert got == [("周树和", ["副县长"]), ("欧阳韶勇", ["院长"])]
    assert names_titles("县长王立和县委书记张明出席。")[0][0] == "王立"  # (a conjunction before a title stays one)


def test_names_elected_in_each_clause_after_a_colon():
    got = names_titles("闭幕会上宣布了选举结果:卢亮当选为深泽县人民法院院长,张兴当选为深泽县人民检察院检察长。")
    assert got == [("卢亮", ["院长"]), ("张兴", ["检察长"])]


def test_a_credit_name_followed_by_markup_left_in_a_copied_page():
    got = names_titles('<p class="ql-block">编辑:王晓燕　审核:张建平</p>\n')
    assert got == [("王晓燕", ["编辑"]), ("张建平", ["审核"])]


def test_a_feature_paragraph_opening_with_daibiao_and_a_name():
    got = names_titles("合江县人大代表风采\n代表何鹏飞已连续三届当选合江县人大代表。\n  代表罗远轩同样是一名村干部。\n代表们纷纷表示赞同。")
    assert got == [("何鹏飞", ["代表"]), ("罗远轩", ["代表"])]


def test_credits_written_name_slash_role_or_in_a_bracket_after_an_office():
    assert names_titles("正文。\n\n(孙丹/文 余琛/摄)\n") == [("孙丹", ["文"]), ("余琛", ["摄"])]
    assert names_titles("正文。\n(德江县人大常委会办公室 田茂林 文/图)\n") == [("田茂林", ["文/图"])]
    assert names_titles("收入/支出比例为1/2。") == []
    assert names_titles("代表们在社区察看便民长廊。周阳/摄\n") == [("周阳", ["摄"])]  # after the caption it credits


def test_a_mongolian_name_jieba_reads_only_the_start_of():
    assert names_titles("阿镇人大主席乌云格日勒带领代表深入居民小区。") == [("乌云格日勒", ["主席"])]
    assert names_titles("主任吴惠芳多次到现场。") == [("吴惠芳", ["主任"])]  # (多次 is a word, not the name's)


def test_a_surname_led_name_jieba_takes_for_an_unknown_place():
    assert names_titles("新建村党支部书记、省人大代表韩木海一开口就是一串数字。")[0][0] == "韩木海"


def test_inspectors_delegation_heads_party_chairs_and_a_checker_credit():
    assert names_titles("省人大常委会办公厅副巡视员牛保平一行来到菏泽。")[0] == ("牛保平", ["副巡视员"])
    assert names_titles("镇人代会代表团副团长应国平、赵焕成在站接待选民。") == [
        ("应国平", ["副团长"]), ("赵焕成", ["副团长"])]
    assert names_titles("民进南阳市委主委刘荣阁在联络站接待。")[0][0] == "刘荣阁"
    assert names_titles("正文。\n校核:莫小燕\n") == [("莫小燕", ["校核"])]


def test_a_congress_body_credited_as_author_is_no_person():
    assert names_titles("2022-01-19来源:昭化区融媒体中心作者:昭化人大浏览:\n正文。\n【编辑:昭化人大】") == []


def test_deputies_elected_to_a_congress_named_in_full():
    got = names_titles("李春梅、赵国林当选为乡第十八届人民代表大会代表。")
    assert [n for n, _ in got] == ["李春梅", "赵国林"]


def test_production_credits_of_a_wechat_post():
    assert names_titles("正文。\n编辑/王芳\n监制/周建新\n") == [("王芳", ["编辑"]), ("周建新", ["监制"])]
    assert names_titles("加强统筹协调,策划了一系列活动。") == []


def test_members_of_the_presidium_listed():
    assert [n for n, _ in names_titles("大会主席团成员向彦华、刘传国、冷智在主席台就座。")] == ["向彦华", "刘传国", "冷智"]


def test_tibetan_names_have_no_surname_and_are_one_or_two_name_elements():
    # A Tibetan name is one or two elements (多吉; 次仁 + 卓玛) with no Han surname; it is whole only where a stop
    # or a word that follows names comes next (才让他们: 才 + 让, no name).
    got = names_titles("州人大常委会副主任洛桑、次仁卓玛和秘书长王军出席会议。县人大代表平措说,这件事才让他们放心。")
    assert ("洛桑", ["副主任"]) in got and ("次仁卓玛", ["副主任"]) in got, got
    assert ("平措", ["人大代表"]) in got and not any(n.startswith("才让") for n, _ in got), got


def test_a_listed_name_and_its_verb_before_the_body_it_leads():
    # 、马荣才率人大机关…: a body's name follows the last listed name, but the name's verb (率) comes first, so
    # it is still a name in the list; 、区人大代表周敏 starts another body's officer.
    got = names_titles("县人大常委会副主任尹彦堂、周新玲、马荣才率人大机关部分委室负责人视察。"
                       "市人大代表陈立华、区人大代表周敏与居民座谈。")
    assert [n for n, _ in got if n in ("尹彦堂", "周新玲", "马荣才")] == ["尹彦堂", "周新玲", "马荣才"], got
    assert not any(n == "区人大" for n, _ in got), got


def test_a_name_that_ends_like_a_village_or_town_in_a_list_or_a_byline():
    # 董树村 among other names after a title, and 范镇 in a byline, are people; 鹿寨县长田村 stays a village.
    got = names_titles("县人大常委会主任孙良才,副主任杨玉美、王家村、马庆军出席会议。\n记者 周镇 通讯员 李明\n")
    assert [n for n, _ in got] == ["孙良才", "杨玉美", "王家村", "马庆军", "周镇", "李明"], got
    assert not names_titles("记者走进鹿寨县长田村。")


def test_names_before_a_collective_title_and_after_an_information_source_credit():
    # 霍某、王某等县领导: the leaders are named before their collective title; 信息来源: credits people, but a body
    # credited there (区人大, 县政府办) is no person.
    got = names_titles("周海波、王文静等县领导在主席台就座。\n（信息来源：刘华 姜殿广）\n信息来源：区人大 阅读次数：\n")
    assert [n for n, _ in got] == ["周海波", "王文静", "刘华", "姜殿广"], got


def test_credits_that_open_a_bracket_name_their_own_outlet_or_keep_the_night_desk():
    # （图文:… ）, □本报记者王某 本报通讯员李某 (no colon: the outlet names itself), 总值班: …; and 颁发 ends a name.
    got = names_titles("（图文:周丽萍 焦春林  审核:姚振强）\n□本报记者王雪 本报通讯员胡晓峰\n总值班: 吴飞     编辑: 徐蕾\n"
                       "县委书记李东为新当选的县人大常委会主任陈逸颁发当选证书。")
    assert [n for n, _ in got] == ["周丽萍", "焦春林", "姚振强", "王雪", "胡晓峰", "吴飞", "徐蕾", "李东", "陈逸"], got


def test_rare_surnames_names_before_the_presidium_and_credits_for_the_designer():
    # 呼/眭/淡/翦/普 are surnames (rare, but real deputies bear them); 等大会主席团成员 follows the names it
    # collects; 面向 ends a name (检察长程莉面向宪法宣誓); 美编 and 作者姓名 credit people.
    got = names_titles("副主任呼大鹏、王伟玲出席会议。镇党委书记眭建军讲话。余学峰、陈宏等大会主席团成员在主席台就座。"
                       "新当选的区人民检察院检察长程莉面向宪法庄严宣誓。\n本版责编:赵 敏  美编:普 婷\n作者姓名:董寿安\n")
    assert [n for n, _ in got] == ["呼大鹏", "王伟玲", "眭建军", "余学峰", "陈宏", "程莉", "赵敏", "普婷", "董寿安"], got


def test_a_list_whose_first_name_jieba_reads_as_a_word_and_a_credit_for_the_signer():
    # 高尚明: jieba reads 高尚 as a word, but a surname-led item of a 、 list of names is a name; 签发 credits a
    # person; 接受 ends a name (书记仁增接受采访).
    got = names_titles("大会执行主席高尚明、李春、史俊宝在主席台前排就座。\n(签发:杨 瑛)\n村党支部书记仁增接受采访。")
    assert [n for n, _ in got] == ["高尚明", "李春", "史俊宝", "杨瑛", "仁增"], got
    assert not names_titles("他们倾听民意、服务农民、联系农民,带头致富。")


def test_a_source_line_that_lists_writers_credits_them_and_one_naming_an_outlet_does_not():
    got = names_titles("来源: 吴伟 仲名山 孙雨静 2020-12-08 09:45:14 责编: 陈亮\n来源:房山报\n来源:县人大常委会办公室\n")
    assert [n for n, _ in got] == ["吴伟", "仲名山", "孙雨静", "陈亮"], got


def test_a_third_character_before_yibian_is_the_names():
    # 李华召一边介绍: 一边 follows the whole name, so 召 is its third character.
    assert names_titles("县人大常委会办公室副主任李华召一边介绍,一边把材料递给记者。") == [("李华召", ["副主任"])]


def test_a_listed_name_whose_third_character_is_a_conjunction_and_proofreading_credits():
    # 贝永和、刘淑佳: the item up to 、 is the whole name (和 is no conjunction before a list comma); 校审 and 监审
    # credit the page's checkers.
    got = names_titles("县人大常委会副主任贝永和、刘淑佳、卢廷运在主席台就座。\n编辑:张中科  校审:贾红英  监审:黄术生\n")
    assert [n for n, _ in got] == ["贝永和", "刘淑佳", "卢廷运", "张中科", "贾红英", "黄术生"], got


def test_a_roster_line_names_every_surname_led_name_after_its_title():
    # A yearbook's roster: 副市长:刘义昌  高俊阳 (names set off by spaces after a title and a colon); a slogan after a
    # title and a colon (代表:助力发展 尽职履责) names nobody; 阅读更多 is a link, not a credited name.
    got = names_titles("副书记:徐福和  赵学礼  韩 伟\n副市长:刘义昌  高俊阳\n代表:助力发展 尽职履责\n"
                       "作者:高辉 编辑:张斌 阅读更多\n")
    assert [n for n, _ in got] == ["徐福和", "赵学礼", "韩伟", "刘义昌", "高俊阳", "高辉", "张斌"], got


def test_names_serving_as_the_sessions_presidium_and_elected_counted_by_people():
    # 刘永胜、晏中亚…担任本次大会执行主席: a list serving in the role of this session; 选举崔保德、王庆林等21人为…委员
    # and 崔保德、曹实、郑长贵3人为…代表: an election counts its names in 人 as well as in 名 or 位.
    got = names_titles("刘永胜、晏中亚、刘畅担任本次大会执行主席。大会选举崔保德、王庆林等21人为县人民委员会委员。"
                       "大会还选举崔保德、曹实、郑长贵3人为出席省人民代表大会代表。")
    assert [n for n, _ in got] == ["刘永胜", "晏中亚", "刘畅", "崔保德", "王庆林", "崔保德", "曹实", "郑长贵"], got


def test_a_sentence_saying_what_a_person_is_names_a_township_chair_too():
    # 徐维德是瑞昌市南义镇的人大主席 (a 的 before the role), 耿新恒既是…人大代表,又是… ; not 人大代表联络站
    got = names_titles("徐维德是瑞昌市南义镇的人大主席。耿新恒既是内乡县七里坪乡人大代表，又是野獐坪村党支部书记。"
                       "杨龙普还是所在片区人大代表联络站的常客。")
    assert [n for n, _ in got] == ["徐维德", "耿新恒"], got


def test_a_news_agency_reporter_and_a_short_credit_set_off_by_a_space():
    got = names_titles("      新华社记者颜之宏\n标题\n文 李伟光\n正文。\n")
    assert [n for n, _ in got] == ["颜之宏", "李伟光"], got


def test_a_deputy_named_before_what_they_proposed():
    # 王臻代表所提《…》: 所提 (what the deputy proposed) follows the role as 所作 does
    got = names_titles("1.王臻代表所提《关于推动社区老年服务的建议》;\n2.樊奇等11名代表所提《关于推动对德合作的议案》;")
    assert [n for n, _ in got] == ["王臻", "樊奇"], got


def test_a_list_of_qualities_after_a_deputys_title_names_nobody():
    # 人大代表信誉度高、信息量大、诚信经营: four characters opening with an everyday word (信誉, 信息, 诚信) are a phrase,
    # not a surname and a given name
    assert names_titles("常委会充分发挥人大代表信誉度高、信息量大、诚信经营、代民服务的长处。") == []
    got = names_titles("县人大代表欧阳明月、张王淑芬、李明参加活动。")
    assert [n for n, _ in got] == ["欧阳明月", "张王淑芬", "李明"], got


def test_a_places_deputies_compound_and_a_channel_credited_name_nobody():
    # 全县代表家站点: 代表 after a place, then a compound (家站点), not a person; 责任编辑:运城频道 credits a channel
    assert names_titles("对全县代表家站点进行迭代升级。\n【责任编辑:运城频道】\n") == []
    assert names_titles("洋坪镇代表王春林牵头修路。") == [("王春林", ["代表"])]


def test_names_before_titles_a_given_name_read_as_a_word_a_count_of_officers_and_a_body_after_deng():
    # 由董爱民主任领衔: jieba reads 董|爱民 (爱民 a word); 申保林、胡占锋两位副主任: the list counted by 位;
    # 俞大军、蔡和斌…等市人大常委会领导: the list, 等, the body, then the collective title
    got = names_titles("由董爱民主任领衔督办2件,申保林、胡占锋两位副主任各领衔督办2件。"
                       "俞大军、蔡和斌、陈嘉等市人大常委会领导出席培训。")
    assert [n for n, _ in got] == ["董爱民", "申保林", "胡占锋", "俞大军", "蔡和斌", "陈嘉"], got


def test_a_credit_for_both_words_and_pictures():
    # 文/图 谌磊 范昌伟 and (文、图 - 周玉微 李义武): both roles, then a space, a dash or a colon; an outlet and a
    # reporter's title joined by a dot (青海法治报·法眼记者) is no transliterated name
    got = names_titles("标题\n文/图 谌磊 范昌伟\n正文。\n(文、图 - 周玉微 李义武)\n")
    assert [n for n, _ in got] == ["谌磊", "范昌伟", "周玉微", "李义武"], got
    assert [n for n, _ in names_titles("标题\n文/图 青海法治报·法眼记者 祝嘉忆\n")] == ["祝嘉忆"]
    # a copy's spaced slash (文 / 图 严武科) is the same credit
    assert names_titles("标题\n文 / 图 严武科\n正文。\n") == [("严武科", ["文/图"])]


def test_a_third_character_before_a_comma_a_list_led_by_a_name_with_no_han_surname_and_deng_counted():
    # 县政协主席朱展发,: a verb never stands alone before a list comma, so 发 ends the name (县长张三说, stays 张三);
    # 萨仁托娅、王吉荣: a list whose first name has no Han surname jieba still reads as a person's;
    # 田春华等72名市人大代表: any role after a name, 等 and a count of people
    got = names_titles("县政协主席朱展发,县人大常委会党组书记李斌在主席台就座。县委书记张三说,要抓好落实。"
                       "旗人大常委会副主任萨仁托娅、王吉荣参加视察。田春华等72名市人大代表、马方等136名区人大代表参加。")
    assert [n for n, _ in got] == ["朱展发", "李斌", "张三", "萨仁托娅", "王吉荣", "田春华", "马方"], got


def test_proposers_named_after_the_preposition_you_lose_it():
    # 由秦传安等48名代表提出: 由 (by) is the preposition, not the surname of a four-character name (由 = "you")
    got = names_titles("县十三届人大四次会议上,由秦传安等48名代表提出的《关于农民负担过重问题》。")
    assert [n for n, _ in got] == ["秦传安"], got


def test_a_streets_consultative_deputies_and_a_voters_representative_are_roles():
    # 议事代表 (a street's consultative deputy) and 选民代表 name the people after them; 须 after the role is the
    # modal (must), never a surname
    got = names_titles("来自街道的议事代表黄桥、陈珍珠等人提出建议。选民代表刘永考竖起了大拇指。"
                       "到会的居民议事代表须超过全体居民议事代表的三分之二。")
    assert [n for n, _ in got] == ["黄桥", "陈珍珠", "刘永考"], got


def test_a_name_starting_with_a_place_word_and_a_prefectures_deputies():
    # 主任王国斌到当阳调研: 王国 is a place's name to jieba, and a name may start with it; 我州代表张安顺、李龙熙:
    # 代表 after 州 is the role of the names that follow
    got = names_titles("宜昌市人大常委会主任王国斌到当阳调研。出席会议的我州代表张安顺、李龙熙回到延吉。")
    assert [n for n, _ in got] == ["王国斌", "张安顺", "李龙熙"], got


def test_a_proposals_lead_deputy_after_a_colon():
    # 领衔代表:曹婷 under each proposal of a list; 接待代表:区人大代表周承威 (a body after the colon) names the
    # deputy by the title that follows, not 区人大
    got = names_titles("1.关于加快乡村医生队伍建设的建议\n领衔代表:曹婷\n(1)接待代表:区人大代表周承威。\n")
    assert [n for n, _ in got] == ["曹婷", "周承威"], got


def test_a_list_of_names_keeps_items_no_surname_opens():
    # once two names open the list, a transliterated or rare-surname item is a name too, and the names after it
    got = [n for n, _, _ in officials("旗人大常委会副主任陈小东、王吉荣、巴图孟和、崔晓华参加视察。")]
    assert got == ["陈小东", "王吉荣", "巴图孟和", "崔晓华"]
    got = [n for n, _, _ in officials("县人大常委会副主任李真、张宏振、问启明参加推进会。")]
    assert got == ["李真", "张宏振", "问启明"]
    # a body or a group after the names is no name
    got = [n for n, _, _ in officials("县人大常委会副主任李真、张宏振、机关干部参加推进会。")]
    assert got == ["李真", "张宏振"]
    # read back from 等 too: 白立柱、额尔敦夫、程鹏刚、吴青海等旗领导
    got = [n for n, _, _ in officials("马立新、额尔登夫、程鹏刚、吴青海等旗领导在主席台前排就座。")]
    assert got == ["马立新", "额尔登夫", "程鹏刚", "吴青海"]


def test_credits_after_an_outlets_dateline_are_set_tight():
    # 衡阳新闻网讯 / 本报讯, then the credits with no space between title and name, 报道 set tight after the last
    got = [(n, t) for n, t, _ in officials("标题\n衡阳新闻网讯 记者邵俊杰 通讯员兴文柯报道 8月15日,座谈会在临沂召开。")]
    assert got == [("邵俊杰", ["记者"]), ("兴文柯", ["通讯员"])]
    got = [n for n, _, _ in officials("标题\n本报讯 记者邵俊杰 通讯员李文柯 8月15日,座谈会召开。")]
    assert got == ["邵俊杰", "李文柯"]


@pytest.mark.parametrize("text,names", [
    ("担任本次大会执行主席的是:王建中、陈小梅、唐成明。", ["王建中", "陈小梅", "唐成明"]),
    ("出席会议的县领导还有滕立臣、孙晓钟、梁勇。", ["滕立臣", "孙晓钟", "梁勇"]),
    ("在主席台就座的县领导有刘立殊、戴瑞、周明贤等。", ["刘立殊", "戴瑞", "周明贤"]),  # not 有刘立殊
    ("本次大会执行主席由以下同志担任:石立林、杨天明、蒋颖。", ["石立林", "杨天明", "蒋颖"]),
    ("鲁晓霞、何得明、罗广田等3名县、镇人大代表作了交流发言。", ["鲁晓霞", "何得明", "罗广田"]),  # levels listed
    ("张立伟、秦明琛、王玉明、郭光等大会主席团常务主席在主席台前排就座。", ["张立伟", "秦明琛", "王玉明", "郭光"]),
    ("大会公布了常务委员会委员名单(以姓名笔划为序):王立权、刘庆明、李德林。", ["王立权", "刘庆明", "李德林"]),
    ("本次全体会议的执行主席(按姓名笔画排序)为:马立东、巨生明、邢学文。", ["马立东", "巨生明", "邢学文"]),  # a note
    ("受表彰的“十大模范人大代表”分别是:柯云明、陈进文、陈建华。", ["柯云明", "陈进文", "陈建华"]),  # a quoted honour
    ("担任本次全体会议执行主席的共有3人:张立毅、伍仕明、李耀文。", ["张立毅", "伍仕明", "李耀文"]),  # counted, then :
])
def test_names_introduced_after_a_title(text, names):
    # 的是:, 还有, 有 introduce a list of names after a title, as 为 does
    assert [n for n, _, _ in officials(text)] == names


@pytest.mark.parametrize("text,expected", [
    ("李炳明同志当选为镇人大主席,罗文光同志当选为人大副主席。", [("李炳明", ["主席"]), ("罗文光", ["副主席"])]),
    ("黄耀明、陈志坚等2名同志当选为副镇长。", [("黄耀明", ["副镇长"]), ("陈志坚", ["副镇长"])]),
    ("邓泽明以190票高票当选为县人大常委会主任。", [("邓泽明", ["主任"])]),
    ("郭新同样获得190票,高票当选为县人民政府县长;雷树明、廖兴云和刘丹当选为副县长。",
     [("郭新", ["县长"]), ("雷树明", ["副县长"]), ("廖兴云", ["副县长"]), ("刘丹", ["副县长"])]),
])
def test_election_results_in_their_shapes(text, expected):
    # 同志 after the name, 等N名同志 after a list, the votes (以190票高票, 同样获得190票,高票), 和 before the last
    assert [(n, t) for n, t, _ in officials(text)] == expected


def test_the_elected_with_their_votes():
    # 方本选获得255票,当选为…主任: the votes between the name and the verb; the next clause names its own
    got = [(n, t) for n, t, _ in officials("方本生获得255票,当选为县人大常委会主任;杨书明获得251票,当选为县人大常委会副主任。")]
    assert got == [("方本生", ["主任"]), ("杨书明", ["副主任"])]


@pytest.mark.parametrize("text,name", [
    ("向丽玲代表长期从事职工文化服务工作。", "向丽玲"),       # an adverb after the role, as a verb would
    ("陈中华代表则聚焦中小企业技术创新。", "陈中华"),
    ("区人大常委会主任姚良与周雪梅代表在拉沟乡调研。", "周雪梅"),  # a name right after 与 before its role
])
def test_a_deputy_named_before_the_role(text, name):
    assert name in [n for n, _, _ in officials(text)]


@pytest.mark.parametrize("text,name", [
    ("会议听取了镇长史学明同志所作的报告。", "史学明"),  # 史学 is a word; 同志 follows the whole name
    ("县人大常委会主任常力主持会议。", "常力"),        # 力 is a word; only a person presides
])
def test_names_whose_start_or_given_name_is_a_word(text, name):
    assert [n for n, _, _ in officials(text)] == [name]


def test_list_notes_counts_and_the_verb_of_serving():
    # a note on a listed person (女) does not end the list
    assert [n for n, _, _ in officials("本次大会执行主席为:旷立明、陈琛、戴立华(女)、戴新明。")] == \
        ["旷立明", "陈琛", "戴立华", "戴新明"]
    # a count right after the names closes the list (no 等); after 和 the count is of others
    assert [n for n, _, _ in officials("大家投票选出了武跃明、黎地、杨志健3名区人大代表。")] == ["武跃明", "黎地", "杨志健"]
    assert [n for n, _, _ in officials("姜爱明、王凌宇、倪向东3位副区长作了回应。")] == ["姜爱明", "王凌宇", "倪向东"]
    # a preposition after a two-character name is no third character (刘蓓|针对…)
    assert [n for n, _, _ in officials("人大代表翁培明、刘蓓针对居民提出的问题联系物业。")] == ["翁培明", "刘蓓"]
    assert "殷宝明" not in [n for n, t, _ in officials("副主任李洪明、殷宝明和22名常委会委员出席会议。") if t == ["常委会委员"]]
    # 任 serving as a deputy head: no person 任副
    assert officials("领导小组由镇党委书记任组长,镇长和镇人大主席任副组长。") == []


@pytest.mark.parametrize("text,name", [
    ("市人大常委会副主任孙光率执法检查组来到我县。", "孙光"),   # 率 leads the group; jieba reads 孙光率 whole
    ("县法院院长孔和平出席会议。", "孔和平"),                  # 和平 is a word; a person attends
])
def test_where_a_name_ends_before_a_verb(text, name):
    assert [n for n, _, _ in officials(text)] == [name]


def test_an_office_after_a_list_comma_is_no_name():
    # 区 is a surname, but 区人力资源和社会保障局 is the next office: its head follows it
    got = [n for n, _, _ in officials("确定区科技局局长李明、区人力资源和社会保障局局长熊英、区住建局局长邹俊涛为测评对象。")]
    assert got == ["李明", "熊英", "邹俊涛"]


def test_a_production_credit_names_its_makers():
    assert [(n, t) for n, t, _ in officials("标题\n制作:尹丽华 刘霞")] == [("尹丽华", ["制作"]), ("刘霞", ["制作"])]
    assert officials("组织制作宣传册500份。") == []


def test_credits_on_a_source_line_a_photographer_and_outlets_that_are_not_people():
    # 记者 after a source line's space credits the names after it; 李超 摄影 inside the dateline bracket;
    # a station (麻城台) or a county's app (云上黄冈) credited is no person
    got = names_titles("来源:分宜县融媒体中心 记者袁勤 卢伟斌\n")
    assert [n for n, _ in got] == ["袁勤", "卢伟斌"]
    got = names_titles("津滨网讯(记者 李婷婷 报道 李超 摄影)近日,小王庄镇召开人代会。")
    assert ("李超", ["摄"]) in got
    got = names_titles("云上黄冈报道(黄冈广播电视台全媒体记者陆国庆 麻城台)3月7日,副主任梅咏成来到麻城市。\n(作者:云上黄冈)")
    assert [n for n, _ in got] == ["陆国庆", "梅咏成"]


def test_deputies_named_before_their_role_with_more_acts_after_it():
    # 把, 带着, 第一个 follow a deputy as a verb does; 等多位代表 closes a list; a unit's full name before 代表
    # is never a person (只是周村区代表阵地建设的一个缩影)
    assert names_titles("”程学亮代表把遭遇车祸的妻子安顿好。") == [("程学亮", ["代表"])]
    assert names_titles("洪长星代表带着医护人员同新冠肺炎正面交锋。") == [("洪长星", ["代表"])]
    assert [n for n, _ in names_titles("汪俊齐、许乔、何坤等多位代表也都慷慨解囊。")] == ["汪俊齐", "许乔", "何坤"]
    assert names_titles("园区联络站只是周村区代表阵地建设的一个缩影。") == []


def test_a_name_no_surname_opens_last_in_a_list_after_a_surnamed_name():
    got = names_titles("苏智雄、萨仁托雅等旗领导以及大会主席团成员在主席台就座。")
    assert [n for n, _ in got] == ["苏智雄", "萨仁托雅"]


def test_a_title_that_starts_a_bodys_name_is_no_title():
    # 23名常委会组成人员: 常委 starts 常委会 here; the names keep the title before them, once each
    got = names_titles("区人大常委会主任杨君,副主任唐少华、李湘建、李润初等共23名常委会组成人员到会。")
    assert got == [("杨君", ["主任"]), ("唐少华", ["副主任"]), ("李湘建", ["副主任"]), ("李润初", ["副主任"])]
    got = names_titles("张三、李四、王五等共3名代表参加。")
    assert [n for n, _ in got] == ["张三", "李四", "王五"]


def test_more_credit_labels_and_a_credit_set_tight_before_its_colon():
    got = names_titles("(区人大办、龙狮桥乡 撰稿人:刘颖、洪江飞 审稿人:叶见军)")
    assert got == [("刘颖", ["撰稿人"]), ("洪江飞", ["撰稿人"]), ("叶见军", ["审稿人"])]
    assert names_titles("审核人:刘彩丽\n") == [("刘彩丽", ["审核人"])]
    got = names_titles("咸宁新闻网讯 特约记者沈忱、通讯员伍天良报道:1月13日,崇阳县召开人代会。")
    assert got == [("沈忱", ["特约记者"]), ("伍天良", ["通讯员"])]


def test_a_deputy_named_after_the_role_at_a_clause_start_before_any_verb():
    # 。代表王建朝在刘店村走访时: the name after 代表 that opens a clause, before a verb of any kind; 代表们多次 names
    # no one
    assert names_titles("盯住“水瓶颈”。代表王建朝在刘店村走访时,种植户反映了问题。") == [("王建朝", ["代表"])]
    assert names_titles("会议期间。代表们多次深入村组调研。") == []


def test_a_court_president_or_procurator_named_before_the_title():
    assert names_titles("图为安辉院长作人民法院工作报告") == [("安辉", ["院长"])]
    assert names_titles("图为刘泽锋检察长作人民检察院工作报告") == [("刘泽锋", ["检察长"])]


def test_a_rank_without_an_office_is_a_title():
    got = names_titles("县委常委、副县长王海军,副县级干部刘智、黄德胜、梁修贵列席会议。")
    assert got[1:] == [("刘智", ["副县级干部"]), ("黄德胜", ["副县级干部"]), ("梁修贵", ["副县级干部"])]


def test_a_removal_names_the_office_left():
    assert officials("会议决定免去周玲同志竹山县人民政府副县长职务。") == [("周玲", ["副县长"], "竹山县人民政府")]
    # a by-election names the deputy after its own verb (not the electing body's 选举); a confirmation lists
    # every name, one of them spelling a city (高中山)
    assert officials("96001部队选举委员会会议补选秦立新为某省第十四届人民代表大会代表;")[0][0] == "秦立新"
    got = officials("常委会确认韩伟、高中山、郭晓洁等3名同志为某省第十四届人民代表大会代表,其代表资格有效。")
    assert [name for name, _, _ in got] == ["韩伟", "高中山", "郭晓洁"], got
    # the office may follow the name and 的; a resignation may name its first person and 等同志
    assert officials("会议决定免去李建军的区人民政府副区长职务。") == [("李建军", ["副区长"], "区人民政府")]
    got = officials("会议审议了关于接受孙海涛等同志辞去县第十届人民代表大会代表职务请求的决定。")
    assert [name for name, _, _ in got] == ["孙海涛"], got


def test_a_verb_with_its_particle_before_a_deputy_is_no_name():
    assert names_titles("预备会议通过了执行主席名单、大会议程,宣布了代表提出议案和建议的截止时间。") == []


def test_a_teachers_rank_is_a_title():
    assert names_titles("区委党校高级讲师项雅平给代表们上了一堂履职培训课。") == [("项雅平", ["高级讲师"])]


def test_a_speech_made_or_a_party_led_is_no_third_character_of_the_name():
    # 作 before the speech it makes and 率 before the party it leads are verbs, whatever jieba reads
    assert names_titles("旗人大常委会副主任伍晓作动员讲话。") == [("伍晓", ["副主任"])]
    assert names_titles("自治区副主席罗梅率调研组到拉萨调研。") == [("罗梅", ["副主席"])]
    assert names_titles("副县长孙国庆作交流发言。") == [("孙国庆", ["副县长"])]


def test_the_first_of_a_delegations_people_starts_right_after_the_delegation():
    # 代表团 is no title of the name; its people's list starts right after it (万顷沙代表团高福胜等代表)
    assert names_titles("麒麟区代表团赵明华等12名代表提出的议案列为第1号议案。") == [("赵明华", ["代表"])]
    assert names_titles("由黄阁代表团陈番文等代表提出的议案。") == [("陈番文", ["代表"])]
    assert names_titles("商州代表团杨爱文代表提出的建议等15件,为代表优秀建议。") == [("杨爱文", ["代表"])]  # one, no 等


def test_the_last_name_of_an_election_list_ends_before_its_verb():
    # jieba reads 为 into the last two-character name of a list (姚孟为); the clause's 为 is the verb
    got = names_titles("选举梁文涛为洋青镇人民政府镇长,苏志英、黄小玲、姚孟为洋青镇人民政府副镇长。")
    assert ("姚孟", ["副镇长"]) in got and ("黄小玲", ["副镇长"]) in got
    assert names_titles("选举张有为为镇长。") == [("张有为", ["镇长"])]


def test_rare_surnames_of_real_pages_start_names():
    # 贠, 绳 and 漆 are surnames (Shaanxi and Henan, Shanxi, Sichuan and Gansu) the 百家姓 lacks
    assert names_titles("市人大常委会副主任贠红梅带队视察。") == [("贠红梅", ["副主任"])]
    assert names_titles("区人民法院院长绳立新作工作报告。") == [("绳立新", ["院长"])]
    assert names_titles("县人大常委会主任漆建华出席。") == [("漆建华", ["主任"])]
    # 税 (Sichuan) and 义 (Hunan) too; as words after a title they start no name (局长税收…, 主任义不容辞…)
    assert names_titles("县人大常委会主任税立明主持会议。") == [("税立明", ["主任"])]
    assert names_titles("县农业农村局党组书记义国文一行5人来到大圩镇。") == [("义国文", ["党组书记"])]
    assert names_titles("局长税收工作抓得紧。主任义不容辞地承担责任。") == []


def test_roster_lines_below_a_title_and_the_order_of_the_names():
    # 执行主席是:(以姓名笔画排列) then lines of names set off by spaces (李 军: a two-character name padded)
    text = "本次大会执行主席是:(以姓名笔画排列)\n马德兵 田 方 孙建国\n吴志强 张丽华\n\n会议由马德兵主持。"
    got = names_titles(text)
    assert [n for n, _ in got][:5] == ["马德兵", "田方", "孙建国", "吴志强", "张丽华"]
    assert all(t == ["执行主席"] for _, t in got[:5])


def test_a_mongolian_name_that_opens_with_a_han_surname_is_read_whole():
    # 海乌兰图雅: 海 is a Han surname too; the transliteration runs on to the stop or the verb
    assert names_titles("旗人大常委会主任海乌兰图雅向大会作报告。") == [("海乌兰图雅", ["主任"])]
    assert names_titles("县长王乌兰出席。") == [("王乌兰", ["县长"])]


def test_a_first_listed_name_keeps_a_character_that_follows_names_elsewhere():
    # 周一新、王灵芝: jieba reads 周一 (Monday) and 一 follows names (一并, 一行); set off by 、 it is the given name's
    assert names_titles("县人大常委会副主任周一新、王灵芝、李自昌及21名委员出席。") == [
        ("周一新", ["副主任"]), ("王灵芝", ["副主任"]), ("李自昌", ["副主任"])]
    assert names_titles("主任、副主任出席。") == []


def test_dotted_names_are_elected_and_read_past_a_du_inside_them():
    # 莫拉力·阿不都满金当选…市长: a dotted name before 当选; 都 spells 阿不都 (not the adverb, unless a verb follows it)
    assert names_titles("经选举,莫拉力·阿不都满金当选霍尔果斯市人民政府市长,得票101票。") == [("莫拉力·阿不都满金", ["市长"])]
    assert names_titles("副主任买买提·艾力都参加了。") == [("买买提·艾力", ["副主任"])]


@pytest.mark.parametrize("text,name", [
    ("参加督办的张建乾代表对县水利局的办理工作表示满意。", "张建乾"),  # a simplified page writes 乾 itself
    ("擔任本次會議執行主席的是吳立澤、姜乾斌、于會游。", "姜乾斌"),  # and so does a traditional one
])
def test_a_name_keeps_qian_which_opencc_folds_into_gan(text, name):
    assert name in [n for n, _, _ in officials(text)]


def test_one_record_per_name_with_every_title_the_clause_gives():
    # two title chains (旗委常委, 人民政府副旗长) both read the elected name: one person with both titles
    facts = [f for f in pipeline.extract("选举结果:周立文同志当选为某旗委常委、人民政府副旗长。") if f.type == "official"]
    assert [(f.name, f.titles) for f in facts] == [("周立文", ["常委", "副旗长"])]


@pytest.mark.parametrize("text,want", [
    ("连任三届某区人大代表的张秋梅,履职一向认真。", [("张秋梅", ["人大代表"])]),  # a role, 的, then the name
    ("担任大会执行主席的孙建、刘海燕、马林在主席台就座。",  # 的, then a list of names: each has the role
     [("孙建", ["执行主席"]), ("刘海燕", ["执行主席"]), ("马林", ["执行主席"])]),
    ("把资料做好是资料员的初心,把民声反映上去是代表的本分。", []),  # a word after 的 is no name
])
def test_a_name_after_its_role_and_de(text, want):
    assert names_titles(text) == want


def test_a_candidate_for_an_office_is_named_with_it():
    # the weeks before a vote name the candidate by the office and 候选人 (data titles.txt)
    assert names_titles("县人大常委会党组书记、县人大常委会主任候选人孙立平来到代表团讨论点。") == [
        ("孙立平", ["党组书记", "主任候选人"])]


def test_a_yearbooks_roster_set_in_columns_gives_each_name_its_blocks_title():
    # titles spaced to the column's width, names set off by two spaces, a two-character name padded to three,
    # and indented lines below holding more names under the same title
    text = ("【某县人大常委会组成人员】\n\n主  任  孙立国\n\n副主任  韩  梅  郑卫东\n\n        钱秀兰(女)\n\n"
            "委  员  冯  涛  褚晓峰\n\n        卫建华\n\n全县共有代表198名。\n")
    assert names_titles(text) == [("孙立国", ["主任"]), ("韩梅", ["副主任"]), ("郑卫东", ["副主任"]),
                                  ("钱秀兰", ["副主任"]), ("冯涛", ["委员"]), ("褚晓峰", ["委员"]),
                                  ("卫建华", ["委员"])]


def test_a_headlines_parts_set_off_by_spaces_each_name_their_own_election():
    got = names_titles("某县十六届人大五次会议举行选举 孙建国当选县人大常委会主任 李卫东当选县长\n")
    assert got == [("孙建国", ["主任"]), ("李卫东", ["县长"])], got


def test_a_list_of_names_goes_on_past_a_name_that_spells_an_everyday_word():
    got = [name for name, _ in names_titles("大会主席团常务主席孙海、赵丽、原理、钱进在主席台就座。")]
    assert got == ["孙海", "赵丽", "原理", "钱进"], got


def test_a_photographers_name_glued_to_its_credit_after_a_captions_gap():
    assert names_titles("区人大代表集中视察老旧小区改造项目  郑晓燕摄\n代表们围坐讨论（孙立摄）\n") == [
        ("郑晓燕", ["摄"]), ("孙立", ["摄"])]
    # (a caption's full stop and one space before the credit, or the credit's own word after a space, read in the
    # fifty-fourth session)
    assert names_titles("市委书记一行看望人大代表 记者杨闻名摄\n\n正文。") == [("杨闻名", ["摄"])]
    assert names_titles("代表们郑重投下手中的选票。 王昌林摄\n\n") == [("王昌林", ["摄"])]


def test_a_pages_button_run_on_after_a_credit_is_no_part_of_the_name():
    assert names_titles("时间:2015-05-20 12:30来源: 作者:孙立国收藏\n") == [("孙立国", ["作者"])]


def test_an_app_pages_credits_a_label_and_a_name_a_line_each():
    text = "让更多代表建议转化为民生实事。\n\n编辑\n\n孙丽\n\n责编\n\n赵刚\n\n图片\n\n镇街动态\n"
    assert names_titles(text) == [("孙丽", ["编辑"]), ("赵刚", ["责编"])]


def test_a_deputy_named_by_the_unit_that_elected_them():
    text = "代表中出现以下变动:因病去世的代表1名,即由东源县选出的孙德明;辞去代表职务的1名,即由和平县选出的钱丽。"
    assert names_titles(text) == [("孙德明", ["代表"]), ("钱丽", ["代表"])]


def test_candidates_each_with_their_votes_then_one_election_for_all():
    text = "根据计票结果,孙伟获得赞成票198票,钱芳获得赞成票201票,均获得全体代表过半数的选票,当选为某区人大常委会委员。"
    assert names_titles(text) == [("孙伟", ["委员"]), ("钱芳", ["委员"])]


def test_a_short_credit_takes_names_padded_with_a_space_and_a_list_survives_a_stray_space():
    got = [(f.name, f.titles) for f in pipeline.extract("联系点里的民意\n文 王建平 李 娜 赵 刚\n近年来,区人大建成联系点5个。")
           if f.type == "official"]
    assert got == [("王建平", ["文"]), ("李娜", ["文"]), ("赵刚", ["文"])], got
    got = [f.name for f in pipeline.extract("担任大会执行主席的有:刘志强、陈国华 、张丽萍、王海涛。") if f.type == "official"]
    assert got == ["刘志强", "陈国华", "张丽萍", "王海涛"], got


def test_a_yearbook_roster_with_colons_keeps_its_title_over_the_lines_of_names_below():
    text = "【领导名录】\n县 委\n书 记:张建国\n副书记:刘 强(蒙古族) 赵丽华(女)\n孙海涛 *** 周志明(11月离任)\n县长:李明辉\n\n【概况】全县辖8个乡镇。"
    got = [(f.name, f.titles) for f in pipeline.extract(text) if f.type == "official"]
    assert got == [("张建国", ["书记"]), ("刘强", ["副书记"]), ("赵丽华", ["副书记"]), ("孙海涛", ["副书记"]),
                   ("周志明", ["副书记"]), ("李明辉", ["县长"])], got


def test_credits_split_by_a_slash_or_behind_a_nested_short_credit_and_a_list_past_a_lost_comma():
    got = [f.name for f in pipeline.extract("来源:某镇人大  作者:陈建军/黄丽萍\n正文。") if f.type == "official"]
    assert got == ["陈建军", "黄丽萍"], got
    got = [f.name for f in pipeline.extract("发布日期:2025年03月02日 作者:文图:周明  王丽娜  李强 来源: 融媒体中心\n正文。")
           if f.type == "official"]
    assert got == ["周明", "王丽娜", "李强"], got
    got = [f.name for f in pipeline.extract("执行主席的有:刘志强、陈国华(人大办)、张丽萍 王海涛、赵建平。") if f.type == "official"]
    assert got == ["刘志强", "陈国华", "张丽萍", "王海涛", "赵建平"], got


def test_names_before_the_bodies_their_leaders_come_from():
    text = "在主席台就座的还有王建国、李秀英、张志强等县委、县政府、县政协在家的领导,以及主席团其他成员。"
    got = [(f.name, f.titles) for f in pipeline.extract(text) if f.type == "official"]
    assert got == [("王建国", ["领导"]), ("李秀英", ["领导"]), ("张志强", ["领导"])], got


def test_a_given_name_ending_in_tai_is_a_person_not_a_station():
    got = [(f.name, f.titles) for f in pipeline.extract("本报讯(全媒体记者 李春台)12月27日下午,县里召开表彰会。")
           if f.type == "official"]
    assert got == [("李春台", ["全媒体记者"])], got
    got = [f.name for f in pipeline.extract("(记者陆国庆 麻城台)会议召开。") if f.type == "official"]
    assert got == ["陆国庆"], got  # (麻城台: a place's station)


def test_a_surname_jieba_reads_as_another_word_opens_the_name_before_a_title():
    # 何 read as a pronoun, 刘 as a bare character, 莫 as an adverb: at a line's or clause's start, right before a
    # title, the surname and a two-character given name are the person (not the given name alone, nor nothing)
    got = names_titles("座谈会召开。\n何建华主任强调,要抓好项目。\n刘威武副主任在讲话中肯定了成绩。"
                       "会上,莫海涛代表提出了建议。")
    assert got == [("何建华", ["主任"]), ("刘威武", ["副主任"]), ("莫海涛", ["代表"])], got
    # a pronoun or a function word before an everyday word stays no person
    assert names_titles("会上,全体代表主任出席。") == []


def test_a_deputy_named_after_by_or_against():
    # 由X代表领衔提出, 针对X代表提出的: the preposition before a deputy's name bounds it like 的 or 与 does
    got = names_titles("由贺文明代表领衔提出的议案获评优秀议案。针对郑立华代表提出的建议,县交通局积极办理。")
    assert got == [("贺文明", ["代表"]), ("郑立华", ["代表"])], got
    assert names_titles("县人大常委会对代表建议进行督办。") == []


def test_credits_after_an_author_label_after_a_date_and_on_a_line_of_their_own():
    # 作者:记者X: the label, then the credit it is; the source label after a date on the same line; a line that
    # holds only credits (记者X Y 通讯员Z): the names follow each credit at once
    got = names_titles("2019-12-14 10:19 来源:海滨日报 作者:记者张晓军 王亚强 通讯员欧阳雄\n\n正文。")
    assert got == [("张晓军", ["记者"]), ("王亚强", ["记者"]), ("欧阳雄", ["通讯员"])], got
    got = names_titles("标题\n记者张晓军 王亚强 通讯员欧阳雄\n\n正文写到记者站调研。")
    assert got == [("张晓军", ["记者"]), ("王亚强", ["记者"]), ("欧阳雄", ["通讯员"])], got


def test_credits_labelled_in_lenticular_brackets():
    # 【责编】林 琳 / 【校对】黄晓婷: the label in 【】, then the name; a picture's [图片] placeholder names nobody
    got = names_titles("全市联络站全部达标。\n\n【责编】林 琳\n【校对】黄晓婷\n[图片]会议现场\n")
    assert got == [("林琳", ["责编"]), ("黄晓婷", ["校对"])], got


def test_elected_by_every_vote():
    # 以全票当选为…: unanimous, no count of votes between the name and the verb
    got = names_titles("会议选举产生镇长1名,韩立同志以全票当选为某镇人民政府镇长,程景明同志以满票当选为某镇人大主席。")
    assert [n for n, _ in got] == ["韩立", "程景明"], got


def test_a_two_character_name_jieba_reads_as_a_place_before_a_comma():
    # 秦东, 罗东: surname-led words jieba tags as places, known to no gazetteer, after a title and before a
    # comma: the person; 长安区 after 市长 stays a district (a unit's suffix ends it)
    got = names_titles("镇党委书记秦东,镇长罗东,镇人大主席李文华出席。")
    assert [n for n, _ in got] == ["秦东", "罗东", "李文华"], got
    assert names_titles("重新确定石家庄市长安区、桥西区人民代表大会代表总名额。") == []


def test_a_space_after_the_surname_of_a_three_character_name_in_prose():
    # 村党支部书记何 立新在会上说: the copy left a space after the surname; the verb after the given name ends it
    got = names_titles("村党支部书记何 立新在会上说,村委会主任吕 红军告诉记者。")
    assert got == [("何立新", ["村党支部书记"]), ("吕红军", ["村委会主任"])], got


def test_a_list_counted_among_a_titles_holders():
    # 省人大代表中,我县共有A、B、C…4位: the listed people hold the title the sentence opened with
    got = names_titles("本届省人大代表中,我县共有韩志明、吕平安、宋秀兰、程立新4位。他们将赴省城参会。")
    assert [n for n, _ in got] == ["韩志明", "吕平安", "宋秀兰", "程立新"], got
    assert all("人大代表" in t[0] for _, t in got)


def test_credits_with_a_space_after_the_surname_of_a_three_character_name():
    # 编辑:韩 佳怡, 记者 吕 婷婷, (通讯员　宋 晓燕): a surname, a space, a two-character given name; 审稿 a credit too
    got = names_titles("来源:某县人大网  记者 吕 婷婷\n\n正文。\n\n撰稿:宋 晓燕　　审稿:魏国强\n编辑:韩 佳怡\n")
    assert got == [("吕婷婷", ["记者"]), ("宋晓燕", ["撰稿"]), ("魏国强", ["审稿"]), ("韩佳怡", ["编辑"])], got


def test_a_roster_below_a_title_with_its_bracketed_order_or_count():
    # 执行主席(按姓名笔划为序) / 参加视察的人大代表(5名): then the names on the next line; 琚 is a surname
    got = names_titles("大会主席团执行主席(按姓名笔划为序)\n韦新力、毛敢明、丘岳山\n在主席团执行主席主持下,会议选举。")
    assert [n for n, _ in got] == ["韦新力", "毛敢明", "丘岳山"], got
    got = names_titles("三、参加人员\n1.参加视察的各级人大代表(3名):\n陈中立、琚新华、石 岩\n\n四、调研路线")
    assert [n for n, _ in got] == ["陈中立", "琚新华", "石岩"], got


def test_names_before_deng_and_a_named_units_leaders_with_stray_commas():
    # …、曾立华等岳阳市领导: 等, the unit by its name, then 市领导; a copy's doubled punctuation (刘章明,、丁芳)
    got = names_titles("12月26日,,周玉兰、刘章明,、丁芳,、曾立华等岳阳市领导,,分别参加审议。")
    assert got == [(n, ["市领导"]) for n in ("周玉兰", "刘章明", "丁芳", "曾立华")], got


def test_a_credit_set_off_by_a_spaced_bar_on_its_own_line():
    # 编辑 | 韩 彤 / 审核 | 何立邦: a WeChat copy's credits, each alone on its line; a forum's bar chrome names nobody
    got = names_titles("来源 | 某区人大常委会办公室\n编辑 | 韩 彤\n审核 | 何立邦\n\n分享　收藏\n只看该作者 | 倒序浏览\n")
    assert got == [("韩彤", ["编辑"]), ("何立邦", ["审核"])], got


def test_a_name_with_every_character_set_apart_in_prose():
    # 副主任邓 晓 兰说: a copy set a space between each character; the verb after the last one ends the name
    got = names_titles("渠县人大常委会副主任邓 晓 兰说,去年完成9件。乡人大主席张 敏介绍了情况。")
    assert got == [("邓晓兰", ["副主任"]), ("张敏", ["主席"])], got


def test_a_name_whose_last_character_a_copy_set_apart():
    # 省人大代表韩云 虹、…, 副主任刘德 明说: jieba stops at the first two characters; the third, after one space, is the
    # name's when a list comma or a verb follows it
    got = names_titles("全国人大代表丰晓兰、省人大代表韩云 虹、市人大代表金丽萍作交流发言。副主任刘德 明说,工作很好。")
    assert [n for n, _ in got] == ["丰晓兰", "韩云虹", "金丽萍", "刘德明"], got


def test_a_tibetan_name_whose_second_element_ends_like_a_village_and_a_rare_surname():
    assert names_titles("自治区人大常委会主任 次仁江村\n\n各位代表:") == [("次仁江村", ["主任"])]
    assert names_titles("镇人大代表李家村参加。") == []  # a village, no person
    assert names_titles("市人大常委会主任尧立新主持大会。") == [("尧立新", ["主任"])]


def test_a_closing_signature_of_a_body_and_a_name_is_the_author():
    assert names_titles("大会圆满闭幕。\n\n（某某镇人大　钱丽）\n") == [("钱丽", ["作者"])]
    assert names_titles("(某某县人大常委会办公室 供稿)\n") == []  # a role, no name


def test_a_name_before_a_count_of_deputies_of_two_levels_written_together():
    # 某某等6名县镇人大代表 (县镇 with no 、 between): the name is one of the deputies
    facts = pipeline.extract("二是开展代表述职评议。周海军等6名县镇人大代表面向选民报告履职情况。")
    assert [(f.name, f.titles) for f in facts if f.type == "official"] == [("周海军", ["人大代表"])]


def test_an_author_field_holding_a_phrase_is_no_person():
    # 作者:网友投稿 on an essay site, 摄影:会议现场: four characters opening with an everyday word, no surname
    facts = pipeline.extract("时间:2019-06-14 栏目:工作汇报 作者:网友投稿 阅读:2316\n\n各位代表:\n"
                             "县人大常委会全年审议议题25项。")
    assert [f for f in facts if f.type == "official"] == []


@pytest.mark.parametrize("text", ["白羊镇人大主席团多次组织辖区代表视察。", "代表们依次来到溪翁庄镇。"])
def test_a_title_whose_word_goes_on_names_no_one(text):
    # 主席|团, 代表|们: the body or the plural of the title, never a title before a name
    assert [f.name for f in pipeline.extract(text) if f.type == "official"] == []


def test_a_given_name_ending_in_he_before_chairing_is_whole():
    # 副主任某正和主持: 和 never joins a name to the act of chairing, so it ends the name; before 主持人 it joins
    assert [f.name for f in pipeline.extract("会议由市人大常委会副主任康正和主持,副主任刘斌出席。")
            if f.type == "official"] == ["康正和", "刘斌"]
    assert [f.name for f in pipeline.extract("市人大常委会副主任李强和主持人一起入场。")
            if f.type == "official"] == ["李强"]
    # nor to leading a party (郭新和带领…检查组); a second name after 和 stays a second person
    assert [f.name for f in pipeline.extract("教科文卫委员会副主任委员郭新和带领省人大执法检查组来到鹤壁。")
            if f.type == "official"] == ["郭新和"]
    assert [f.name for f in pipeline.extract("县人大常委会主任张明和副主任李华带领代表视察。")
            if f.type == "official"] == ["张明", "李华"]


def test_a_second_spaced_credit_label_on_the_line_credits_its_name():
    # 编 辑:某某 审 核:李 某: each spaced label on the line credits the name after it
    facts = pipeline.extract("(记者:卫晓兵 樊玉峰)\n编 辑:何小慧 审 核:李 飞\n打印 | 关闭")
    assert [(f.name, f.titles) for f in facts if f.type == "official"] == [
        ("卫晓兵", ["记者"]), ("樊玉峰", ["记者"]), ("何小慧", ["编辑"]), ("李飞", ["审核"])]


def test_a_verb_opening_the_clause_before_daibiao_jianyi_is_no_name():
    # 谈起写代表建议: 谈起 (a verb) then 写, not a surname 谈 and a given name; 郭某军代表提出 stays a name
    assert [f for f in pipeline.extract("谈起写代表建议,他一度很苦恼。") if f.type == "official"] == []
    assert [f.name for f in pipeline.extract("其中,郭红军代表提出的建议被列为重点。") if f.type == "official"] == ["郭红军"]


def test_names_before_a_count_of_deputies_with_yu():
    # 某某等10余位县人大代表: 余 (more than) in the count, the names before it still the deputies
    facts = pipeline.extract("在去年的县人代会上,张从介等10余位县人大代表联名提出议案。")
    assert [(f.name, f.titles) for f in facts if f.type == "official"] == [("张从介", ["人大代表"])]


def test_credits_set_in_pairs_on_one_line_each_credit_a_name():
    # 文字 | 甲  摄影 | 乙 (a WeChat copy's credit block): every label, bar and name on the line is a credit
    facts = pipeline.extract("会议听取了报告。\n\n文字 | 吴晓燕  摄影 | 张健\n编辑 | 汤雅琪  审核 | 方志强\n\n点亮分享")
    assert [(f.name, f.titles) for f in facts if f.type == "official"] == [
        ("吴晓燕", ["文字"]), ("张健", ["摄影"]), ("汤雅琪", ["编辑"]), ("方志强", ["审核"])]


def test_roles_of_the_genre_not_in_the_list_before():
    # 转载:某某 (who reposted it) is a press credit; 主持人 (whoever chairs), 村文书 and 干事 (a clerk) are roles
    assert names_titles("(来源:某县融媒体中心 转载:汪翠红)") == [("汪翠红", ["转载"])]
    assert names_titles("四、会议议程(主持人:罗昀钊)") == [("罗昀钊", ["主持人"])]
    assert names_titles("说起县人大代表、村文书巫小霞,村民都竖起大拇指。") == [("巫小霞", ["人大代表", "村文书"])]
    assert names_titles("县人大常委会人代选工委的干事王晓璐说,双管齐下。") == [("王晓璐", ["干事"])]
    assert names_titles("要大力弘扬干事创业精神。") == []


def test_a_list_after_one_role_goes_on_past_each_names_own_post_in_brackets():
    # 县人大代表甲(某厂厂长)、乙(某公司负责人): each name's post in brackets, the list and its role go on
    assert names_titles("县人大代表周磊(风力发电厂厂长)、张建明(袜业有限公司负责人)、郑海龙(驾校校长)一同来到学校。") == [
        ("周磊", ["人大代表"]), ("张建明", ["人大代表"]), ("郑海龙", ["人大代表"])]


def test_a_given_name_ending_in_tong_before_a_speech_is_whole():
    # 副主任顾大同讲话: 同 as a conjunction never stands right before the speech itself, so it is the name's
    assert names_titles("培训结束前,区人大常委会副主任顾大同讲话。") == [("顾大同", ["副主任"])]
    assert names_titles("区人大常委会副主任刘强同讲话的代表交流。") == [("刘强", ["副主任"])]


def test_deng_before_tongzhi_lists_the_comrades_and_ends_no_name():
    # 主席徐志等同志就座: 等 lists the comrades after a two-character name; 代侃让同志 keeps its third character
    assert names_titles("主席团常务主席徐志等同志在主席台就座。") == [("徐志", ["主席团常务主席"])]
    assert names_titles("副主任代侃让同志出席。") == [("代侃让", ["副主任"])]


def test_a_name_whose_last_character_jieba_reads_as_a_verb():
    # 吴信|发主席提出: jieba tags 吴信 a name and 发 a verb; at a clause's start the three characters are the name.
    # A preposition after a name (李芳在…) is no part of it.
    assert names_titles("针对这些问题,吴信发主席提出要求。") == [("吴信发", ["主席"])]
    assert names_titles("会上,李芳在主任会议上作说明。") == []


def test_a_long_transliterated_name_inside_a_list_of_names_is_one_name():
    # 阿拉腾孟和: five characters jieba cuts into 阿拉|腾|孟和; between two names of a list it is one name. A body
    # set in the same place (县直各单位负责人) is still no name.
    got = names_titles("担任大会执行主席的是:刘冲霄、姜冰洁、宝力道、阿拉腾孟和、曾艳。")
    assert [n for n, _ in got] == ["刘冲霄", "姜冰洁", "宝力道", "阿拉腾孟和", "曾艳"]
    assert names_titles("出席会议的有副主任张三、李四、县直各单位负责人、王五。") == [("张三", ["副主任"]),
                                                                             ("李四", ["副主任"])]


def test_names_elected_with_an_adverb_before_the_verb_take_the_title():
    # 依法当选…人民代表大会代表, 顺利补选为…人大代表: an adverb between the names and the verb of election; a
    # deputy of a 人民代表大会 is a 人大代表, as the genre names the title
    assert names_titles("陈明、邓标兵依法当选奎溪镇第七届人民代表大会代表。") == [("陈明", ["人大代表"]),
                                                                          ("邓标兵", ["人大代表"])]
    assert names_titles("吴润玲同志顺利补选为市、镇两级人大代表。") == [("吴润玲", ["人大代表"])]


@pytest.mark.parametrize("text,want", [
    # 代表 after a name whatever follows it: an act the chain pass knows no word for, a workroom in the deputy's
    # name, a name jieba cuts (李胜|前, 公晓|颖)
    ("紧接着,王先云代表起身走向报告席。", [("王先云", ["代表"])]),
    ("仪式上,李胜前代表又宣布了一个好消息。", [("李胜前", ["代表"])]),
    ("镇里先后设立了孙建华代表工作室。", [("孙建华", ["代表"])]),
    ("连同公晓颖代表领衔的议案一并交办。", [("公晓颖", ["代表"])]),
    # a list of names before the role, each a deputy (a reply letter's salutation)
    ("毛红波、高大军、陈亚徽、林春、刘爱兵代表:\n你们提出的建议收悉。",
     [("毛红波", ["代表"]), ("高大军", ["代表"]), ("陈亚徽", ["代表"]), ("林春", ["代表"]), ("刘爱兵", ["代表"])]),
    # a Tibetan name of two elements, no Han surname (扎西|措姆代表)
    ("来自阿里地区的扎西措姆代表就光伏项目发言。", [("扎西措姆", ["代表"])]),
    # 代表 as a verb before a body, everyday words and counts before 代表, a function word where a given name
    # would be: no person
    ("镇人大副主席刘向阳代表镇人大主席团作工作报告。", [("刘向阳", ["副主席"])]),
    ("会上,李汉东代表中共某县委致辞。", []),
    ("在代表之家开设风采栏,张贴代表照片。", []),
    ("推行联络站“周周有代表”值守制度,明确议案须由代表10人以上联名。", []),
    ("全体代表、党员代表、连任代表和万名代表参加。", []),
    # an origin (惠籍代表) and a verb before an everyday word (占全市代表…的66%): no name
    ("依托商会平台,引导惠籍代表参与活动。", []),
    ("为公益事业捐款2200多万元,占全市代表捐款总额的66%。", []),
])
def test_a_surnamed_name_right_before_daibiao_is_a_deputy(text, want):
    assert names_titles(text) == want


def test_a_name_opening_with_an_everyday_word_before_presiding_is_whole():
    # 高新|凤: jieba reads 高新 (high-tech) as a word, but three characters that spell no word before an act only a
    # person does (主持) are the name; an adverb before the same act (常年主持) is still none
    assert names_titles("会议由潞城镇党委副书记高新凤主持。") == [("高新凤", ["党委副书记"])]
    assert names_titles("县长常年主持工作。") == []


@pytest.mark.parametrize("text,want", [
    # a credit label, the office the writer works in (a 人大 office, a 工委), a space, then the name
    ("(供稿:镇人大办 张 敏)", [("张敏", ["供稿"])]),
    ("作者:人大长洲街道工委 杨美文   发布时间:2019-01-01", [("杨美文", ["作者"])]),
])
def test_a_credit_names_the_writer_after_a_renda_office_or_a_working_committee(text, want):
    assert names_titles(text) == want


@pytest.mark.parametrize("text,want", [
    # a professor named before the title, as a leader before 主任 (a profession with no name is no one)
    ("请来国家行政学院博士生导师姜平教授授课。", [("姜平", ["教授"])]),
    ("该校教授和学生参加。", []),
    # an education inspector is a role of the genre's attendance lists
    ("州政府派驻舟曲的教育督学王军列席会议。", [("王军", ["督学"])]),
    # 代表 as a verb before the office the person speaks for: no deputy
    ("会上,池爱柱代表办事处报告了上半年工作。", []),
])
def test_a_professor_before_the_title_and_daibiao_before_an_office(text, want):
    assert names_titles(text) == want


def test_a_name_a_copy_broke_onto_the_next_line_after_its_title():
    # 县人大代表⏎白海燕入选…: the line break falls mid-sentence, between the title and the name; a heading below a
    # title line is still no name
    assert names_titles("吕梁市人大代表贺建平、县人大代表\n白海燕入选全市代表履职先进典型。") == [
        ("贺建平", ["人大代表"]), ("白海燕", ["人大代表"])]
    assert names_titles("县人大常委会主任\n2023年工作要点") == []


def test_a_line_of_credits_set_with_spaces_is_no_navigation_bar():
    # six short words set off by spaces read like a site's channels, but a line that opens with a credit label is
    # the credits; a real navigation bar stays chrome
    assert names_titles("正文。\n\n编辑 张倩 二审 魏静文 三审 林志强\n") == [
        ("张倩", ["编辑"]), ("魏静文", ["二审"]), ("林志强", ["三审"])]
    assert names_titles("首页 新闻中心 人大要闻 代表工作 监督纵横 联系我们\n正文。") == []


def test_a_credit_in_another_outlets_dateline():
    # 南都讯 记者张小玲 2月27日: any outlet's 讯 opens the dateline's credits, as 本报讯 does
    assert names_titles("南都讯 记者张小玲 通讯员李明 2月27日,会议召开。") == [("张小玲", ["记者"]), ("李明", ["通讯员"])]


def test_a_research_reports_authors_after_the_groups_label():
    # 课题组成员:胡松 韩晓林 王雪锋: a research report's authors, credited like a byline
    assert names_titles("乡镇人大的实践与思考\n课题组成员:胡松 韩晓林 王雪锋\n\n关键词:乡镇人大") == [
        ("胡松", ["课题组成员"]), ("韩晓林", ["课题组成员"]), ("王雪锋", ["课题组成员"])]


@pytest.mark.parametrize("text,want", [
    # a proposal's form names its proposer and its contact after a label and a colon
    ("建议号:第197号\n提案人:李树金\n内容:竹林通往箐头的进村路尚未硬化。", [("李树金", ["提案人"])]),
    ("代表姓名:林学继\n\n事由:关于要求修建机耕路的建议", [("林学继", ["代表姓名"])]),
])
def test_a_proposals_form_names_its_proposer(text, want):
    assert names_titles(text) == want


def test_names_listed_before_the_title_they_share_hold_it():
    # 段寿华、周先荣、李映忠同为本次全体会议执行主席: the names share the title written after 同为
    text = "执行主席杨思荣主持开幕大会。段寿华、周先荣、李映忠同为本次全体会议执行主席。"
    assert names_titles(text) == [("杨思荣", ["执行主席"]), ("段寿华", ["执行主席"]), ("周先荣", ["执行主席"]),
                                  ("李映忠", ["执行主席"])]


def test_an_acting_head_is_titled_acting():
    # 代县长, 代市长: an acting head until the congress elects them; the annotators keep 代
    assert names_titles("代市长李明作政府工作报告。代县长何霭参加。") == [("李明", ["代市长"]), ("何霭", ["代县长"])]


def test_a_name_whose_start_is_a_word_before_a_report_it_makes_is_a_name():
    # 庞大鹏: 庞大 is a word, but making a report for a body (代表县人民政府作…报告) is what only a person does
    assert names_titles("代县长庞大鹏代表县人民政府作政府工作报告。") == [("庞大鹏", ["代县长"])]
    assert names_titles("庞大的代表队伍作了报告。") == []


def test_a_uyghur_name_runs_to_the_adverb_after_it():
    # 买提吐尔逊: 吐 and 逊 end Uyghur names (吐尔逊); 马上 (at once) follows a name like 立即
    assert names_titles("和田县人大代表、阿瓦提村党支部书记居马尼亚孜·买提吐尔逊马上张罗人手。") == [
        ("居马尼亚孜·买提吐尔逊", ["人大代表", "村党支部书记"])]


def test_an_academician_with_a_rare_surname_is_named():
    # 丛 (a surname of Shandong and Liaoning), 院士 (an academician) as a title before the name
    assert names_titles("九三学社中央副主席、中国工程院院士丛斌带领调研组来到我市。") == [("丛斌", ["副主席", "院士"])]


def test_a_name_before_a_count_of_deputies_is_a_deputy():
    # 王汝仙等30名代表获评…: the name before 等 and a count of deputies is one of them
    assert names_titles("县人大常委会对履职优秀的代表进行表彰,王汝仙等30名代表获评“四优”人大代表。") == [
        ("王汝仙", ["代表"])]


def test_a_list_of_standing_committee_members_opened_by_a_rare_surname_is_named():
    # 令 (a surname of Gansu and Shanxi beside the compound 令狐) opens the list: every name after the title is named
    assert names_titles("县委副书记申君明,县委常委令建民、郭世文、杨帆出席开幕式。") == [
        ("申君明", ["副书记"]), ("令建民", ["常委"]), ("郭世文", ["常委"]), ("杨帆", ["常委"])]


def test_a_village_with_its_own_office_after_a_listed_name_is_no_name():
    # 王承华、连山村党支部副书记史万友: the item after the 、 is another village's officer, not a second name under
    # the first title; a name that ends in 村 with no office after it stays in a list (谢兆村、刘国强)
    assert names_titles("同为乡人大代表的袁都村党支部书记王承华、连山村党支部副书记史万友主动站了出来。") == [
        ("王承华", ["村党支部书记"]), ("史万友", ["副书记"])]
    assert [n for n, _ in names_titles("本次会议的执行主席为:王正飞、谢兆村、刘国强。")] == ["王正飞", "谢兆村", "刘国强"]


def test_a_community_cadre_is_a_role_after_a_deputys_title():
    # 鹤山市人大代表、桃源镇竹蓢社区干部张惠萍: both roles are hers; 社区干部 ends the chain before her name
    assert names_titles("家长向鹤山市人大代表、桃源镇竹蓢社区干部张惠萍打听托管的安排。") == [
        ("张惠萍", ["人大代表", "社区干部"])]


def test_a_mongolian_name_opening_with_wuyun_runs_whole():
    # 乌云毕力格: 乌云 (a Mongolian name element) then 毕力格, one name, not 乌云 alone
    assert names_titles("陪同考察的有农牧委主任乌云毕力格和选联委干部。") == [("乌云毕力格", ["主任"])]


def test_leadership_and_a_conjunction_after_a_group_title_name_no_one_and_he_before_a_comma_ends_a_name():
    # 坚持党的领导、坚持…道路: leadership in a list of things; 分管领导和发改、经信: 和 joins, it is no surname here;
    # 区政协主席易仁和,…: 和 before a comma is the name's last character
    assert names_titles("坚持党的领导、坚持中国特色社会主义道路、坚持和完善人民代表大会制度。") == []
    assert names_titles("邀请区政府分管领导和发改、经信、税务等20余个部门的负责人与企业家面对面。") == []
    assert names_titles("处长郭可伟,区政协主席易仁和,区人大常委会副主任尚志芬等参加了开班仪式。") == [
        ("郭可伟", ["处长"]), ("易仁和", ["主席"]), ("尚志芬", ["副主任"])]


def test_a_credit_name_padded_with_three_spaces_is_named():
    # (本刊记者 周   敏): a two-character name padded to a four-character width
    assert names_titles("确保实现新任代表培训全覆盖。(本刊记者 周   敏)\n\n关键词:人大代表") == [("周敏", ["记者"])]


def test_a_deputy_named_inside_someones_speech_is_named_and_a_slogan_still_names_no_one():
    # “厂子能…开起来、越干越红火,多亏了县人大代表叶祥友。”: a quotation past a comma is speech; “…、人大代表立新功” is
    # a slogan, however long
    assert [n for n, _ in names_titles("“厂子能顺顺当当开起来、越干越红火,多亏了县人大代表叶祥友。”说起这件事,他满脸感激。")] \
        == ["叶祥友"]
    assert names_titles("开展“建设现代化新保定、人大代表立新功”实践活动。") == []


def test_a_role_noun_or_an_institution_after_a_title_is_no_name():
    # 负责人任成员 (heads serve as members), 律师顾问员 (a lawyer adviser), 街道敬老院院长 (the home's head): no names
    assert names_titles("人大工委主任和街道有关部门负责人任成员,人大代表、律师顾问员一起组成团队。") == []
    assert names_titles("也有经营性养老机构的负责人、街道敬老院院长和居民区书记。") == []


def test_a_credit_name_on_the_line_below_its_label_is_named():
    # 责编:⏎陈亮: the copy set the name under its label; 来源:⏎2025-08-30 names no one
    assert names_titles("人大代表述职评议会\n来源:\n2025-08-30 10:22:56\n责编:\n陈亮\n\n为推动人大代表依法履职。") == [
        ("陈亮", ["责编"])]


def test_a_third_character_before_a_leaders_verb_is_the_names():
    # 主任石榜帮率部分代表: 率 leads the party after 帮, the name's third character (杨光率执法检查组 stays two)
    assert names_titles("县人大常委会主任石榜帮率部分市、县人大代表对城区供水进行视察。") == [("石榜帮", ["主任"])]
    assert names_titles("市人大常委会副主任杨光率执法检查组来到我县。") == [("杨光", ["副主任"])]


def test_a_function_surnames_name_written_again_before_its_title_is_read_again():
    # 向 is also the preposition 向: its name is read where a title introduces it, and again before that title
    text = ("县人大常委会副主任向城钢来到平安乡,对代表建议办理工作进行现场指导。\n\n"
            "    向城钢副主任一行首先赶赴关门山,实地察看提水工程。\n\n    向城钢要求,各承办单位要做到沟通到位。\n")
    assert names_titles(text) == [("向城钢", ["副主任"]), ("向城钢", ["副主任"])]


def test_a_third_character_jieba_reads_as_a_names_fragment_belongs_to_the_name():
    # 刘|国庆|自正月初二起: jieba's 国庆 (National Day) cuts the name; 庆自 it reads as a name's fragment, no word
    assert names_titles("区人大代表、社区党支部书记刘国庆自正月初二起就守在小区出入口。") == [
        ("刘国庆", ["人大代表", "党支部书记"])]


def test_a_deputy_described_by_a_living_no_title_names_is_still_a_deputy():
    # 区人大代表、侨商谢志远, 区人大代表、新华街道退休教师李淑芬: the apposition says what the deputy does, in words the
    # titles lexicon does not hold; the name jieba reads after it, with a verb after the name, is the deputy
    assert names_titles("今年上半年,区人大代表、侨商谢志远在走访中了解到情况。") == [("谢志远", ["人大代表"])]
    # (则 after the name, a follower since the thirty-eighth session, lets the occupation be read as a title too)
    assert names_titles("区人大代表、新华街道退休教师李淑芬则发动亲友缝制口罩。") == [("李淑芬", ["人大代表", "新华街道退休教师"])]
    assert names_titles("区人大代表、楼院管委会成员、楼栋长以及居民群众近百人参加。") == []  # groups listed, no apposition
    # a preposition after the name ends it (段秋华沿着…); a whole name read ends the apposition (never 田埂 after it)
    assert names_titles("全国人大代表、南县种粮大户段秋华沿着田埂查看小龙虾的长势。") == [("段秋华", ["人大代表"])]
    assert "田埂" not in [n for n, _ in names_titles("全国人大代表、南县种粮大户段秋华沿著田埂查看小龙虾的长势。")]


def test_a_third_name_character_before_liexi_or_da_stays_in_the_name():
    # 检察长杨恒进列席会议: 列席 (attend without a vote) follows a name like 出席; 局长彭建阳答: 答 (answers) follows
    # a name in a questioning's record, so 进 and 阳 are the names' third characters
    assert names_titles("区人民检察院检察长杨恒进列席会议。") == [("杨恒进", ["检察长"])]
    assert names_titles("县公路局局长彭建阳答:“争取明年9月底前完工。”") == [("彭建阳", ["局长"])]


def test_a_clause_with_wo_after_a_title_is_no_name():
    # 市人大常委会领导来我县调研: 我 is never a character of a personal name; no official is named here
    assert names_titles("1月12日,市人大常委会领导来我县调研代表联络站(点)建设情况。") == []


def test_judges_and_prosecutors_by_post_are_titled():
    # 员额法官罗云霞、张黎, 员额检察官聂晶: the courts' working ranks name the people after them; 法官 alone is also
    # a township (法官秦岭原乡 in 山阳县), so only the full ranks are titles
    got = names_titles("常委会组成人员听取了员额法官罗云霞、张黎,员额检察官聂晶各自所作的履职报告。")
    assert got == [("罗云霞", ["员额法官"]), ("张黎", ["员额法官"]), ("聂晶", ["员额检察官"])], got
    assert names_titles("视察调研组全体成员分赴法官秦岭原乡、漫川人家。") == []


def test_credits_set_with_a_square_or_a_han_bar_and_names_after_you():
    # 记者傅潇潇□蒋定国: a copy's box between two reporters; 编辑丨李 慧: the bar some pages set as 丨; 执行主席由魏强、
    # 王孝琴…担任: who serves is named after 由, which is no part of the first name
    def names(text):
        return [(f.name, f.titles) for f in pipeline.extract(text) if f.type == "official"]
    assert names("民主与法制网讯(记者傅潇潇□蒋定国 通讯员王国仙)") == [
        ("傅潇潇", ["记者"]), ("蒋定国", ["记者"]), ("王国仙", ["通讯员"])]
    assert names("编辑丨李 慧\n") == [("李慧", ["编辑"])]
    assert [n for n, _ in names("本次大会的执行主席由魏强、王孝琴、李明担任。")] == ["魏强", "王孝琴", "李明"]


def test_a_presidium_seated_on_the_rostrum_then_its_names():
    # 主席团成员在主席台就座,他们是:王见学、张恒刚…: the members' names follow the seating, after 他们是
    got = [(f.name, f.titles) for f in pipeline.extract("主席团成员在主席台就座,他们是:王见学、张恒刚、杜兴、程满平。")
           if f.type == "official"]
    assert got == [(n, ["主席团成员"]) for n in ("王见学", "张恒刚", "杜兴", "程满平")], got


def test_a_deputies_group_named_by_its_place_is_no_person():
    # 市人大代表翁垟小组组织了…: the group of deputies at 翁垟, not a deputy called 翁垟小
    got = [f.name for f in pipeline.extract("10月18日上午,市人大代表翁垟小组组织了民生实事项目督查。") if f.type == "official"]
    assert got == [], got


def test_a_listed_name_whose_surname_and_next_character_make_a_word():
    # 县委书记周代惠、县长庞波: 周代 is a word (the Zhou dynasty), but a list's item closed by 、 is a name
    got = [(f.name, f.titles) for f in pipeline.extract("县委书记周代惠、县长庞波陪同。") if f.type == "official"]
    assert got == [("周代惠", ["书记"]), ("庞波", ["县长"])], got


def test_a_premier_before_or_after_the_name_and_no_name_from_a_pronoun():
    # 李强总理所作的政府工作报告, 国务院总理李强: the premier either way; 委员和其他同志: 和 + 其他, nobody's name
    def names(text):
        return [(f.name, f.titles) for f in pipeline.extract(text) if f.type == "official"]
    assert names("今年是关键一年。李强总理所作的政府工作报告令人振奋。") == [("李强", ["总理"])]
    assert names("国务院总理李强作政府工作报告。") == [("李强", ["总理"])]
    assert names("政协委员和其他同志提出的建议。") == []


def test_a_name_never_opens_with_a_sentence_stop():
    # a title closes its sentence; the transliterated name that opens the next is no name of that title
    text = "会议表决通过旗十七届人大财政经济委员会主任委员。娜仁希望与会代表把思想统一到大会的部署上来。"
    assert not [f for f in pipeline.extract(text) if f.type == "official" and not f.text[0].isalpha()]


def test_a_plenary_chairs_listed_by_where_they_sit_with_a_note_on_the_order():
    got = names_titles("本次会议执行主席中,在主席台前排就座的有:陈立、宋一鸣(以下按姓氏笔画为序)于小平、王卫、冯涛。"
                       "另有执行主席未在主席台前排就座,他们是:(以下按姓氏笔画为序)王志刚、刘新、张敏。")
    assert got == [(n, ["执行主席"]) for n in ("陈立", "宋一鸣", "于小平", "王卫", "冯涛", "王志刚", "刘新", "张敏")]
    # the note at a line's end leaves the names to the roster lines below
    got = names_titles("本次大会执行主席是:(以姓名笔画排列)\n王立成 代红军 李 平\n刘永明 杨海燕\n\n开幕大会由杨海燕主持。")
    assert [n for n, _ in got][:5] == ["王立成", "代红军", "李平", "刘永明", "杨海燕"]


def test_an_item_of_a_long_list_of_names_fills_the_span_between_its_commas():
    got = names_titles("会议开幕。\n王建新、李红梅、陈志远、赵春生、妥立平、夏明、毛晓燕等大会执行主席在主席台就座。")
    assert [n for n, _ in got] == ["王建新", "李红梅", "陈志远", "赵春生", "妥立平", "夏明", "毛晓燕"]
    got = names_titles("会议拉开帷幕。\n孙立明、县海、周亚东、伏建华、吴林等大会执行主席在主席台前排就座。")
    assert [n for n, _ in got] == ["孙立明", "县海", "周亚东", "伏建华", "吴林"]
    # the list's first name after a preposition keeps its own span
    assert names_titles("这件建议由方晓东、黄立群等代表提出。") == [("方晓东", ["代表"]), ("黄立群", ["代表"])]


def test_a_proposers_list_after_jing_through_starts_after_it():
    # 经陈文积等代表提出建议后: 经 (through, after) introduces the proposers, as 由 does; 经 is a surname too,
    # but not here: the name is the three characters after it
    assert names_titles("办证难的问题,经陈文积等代表提出建议后,有关部门已设立服务点。") == [("陈文积", ["代表"])]


def test_an_example_opened_by_ru_starts_at_the_names():
    # 比如笪崇军、方静代表提出的…, 如陈立新等5名代表提出的…: 如 (for example) opens the list, and the list is the
    # named deputies; 如 is no part of the first name
    assert names_titles("比如笪崇军、方静代表提出的《关于强化垃圾分类的建议》,已经办结。") == [
        ("笪崇军", ["代表"]), ("方静", ["代表"])]
    assert names_titles("如陈立新等5名代表提出的关于完善公共交通的建议,已开通线路3条。") == [("陈立新", ["代表"])]


def test_a_list_noted_as_ordered_by_name_strokes_opens_with_a_name_that_is_also_a_word():
    # 执行主席是(按姓名笔画排序):方针、申泰州…: the note says names follow, so 方针 (a policy, as a word) is the
    # first chair's name; without the note, 方针 stays a word
    got = names_titles("大会第三次全体会议的执行主席是(按姓名笔画排序):方针、申泰州、吉宏、孙靓靓(女)、戴兆平。")
    assert [n for n, _ in got] == ["方针", "申泰州", "吉宏", "孙靓靓", "戴兆平"]
    assert all(t == ["执行主席"] for _, t in got)


def test_a_transliterated_name_ends_before_an_everyday_word():
    # 古丽娜尔·艾力关心的是…: the name's tail runs to 关心 (to care about), an everyday word, and stops there
    assert names_titles("社区党委书记古丽娜尔·艾力关心的是老旧小区改造。") == [("古丽娜尔·艾力", ["党委书记"])]


def test_a_third_character_before_shuo_is_the_names():
    # 谢荣发说: 发 could start a verb after a two-character name, but 发说 is no word, so 发 ends the name; 也说 keeps
    # 也 the adverb
    assert names_titles("村党支部书记谢荣发说,两地可以串点成线。") == [("谢荣发", ["村党支部书记"])]
    assert names_titles("村党支部书记王芳也说,要办实事。") == [("王芳", ["村党支部书记"])]


def test_names_elected_to_serve_as_with_ren():
    # 会议选出赵显虎任市人大常委会主任,米华仁、许春福任副主任: 任 (serve as) joins the names to their posts, as 为 does
    assert names_titles("会议选出赵显虎任市人大常委会主任,米华仁、许春福任副主任。") == [
        ("赵显虎", ["主任"]), ("米华仁", ["副主任"]), ("许春福", ["副主任"])]


def test_a_name_with_every_character_set_apart_tight_between_title_and_prose():
    # 教师李 晓 燕则把…: three characters evenly spaced, tight after the title and tight before the prose; the
    # spaces end the name, not a verb (则 follows no name on its own), and 向 leads a name here, not a phrase
    assert names_titles("水磨沟区的市人大代表、乌鲁木齐市第七十中学教师李 晓 燕则把目光投向了校园。") == [
        ("李晓燕", ["人大代表", "乌鲁木齐市第七十中学教师"])]
    assert names_titles("市人大代表向 红 梅第一个发言,话说得毫不客气。") == [("向红梅", ["人大代表"])]


def test_surnames_of_yunnan_families():
    # 俸 (Dai, Zhuang) and 字 (Yi) are surnames: 主任俸  明、…主任字学军 are two officials
    assert names_titles("县人大教科文卫委员会主任俸  明、县人大常委会选联工委主任字学军参加调研。") == [
        ("俸明", ["主任"]), ("字学军", ["工委主任"])]


def test_an_order_note_after_the_first_chair_joined_by_yiji():
    # 执行主席的有:甲,以及(按姓氏笔画排序)乙、丙: the chair first, then 以及 and the note on the order of the rest;
    # the rest are chairs too
    got = names_titles("担任本次大会执行主席的有:周红梅,以及(按姓氏笔画排序)马建成、方德明、孙立平。")
    assert got == [("周红梅", ["执行主席"]), ("马建成", ["执行主席"]), ("方德明", ["执行主席"]),
                   ("孙立平", ["执行主席"])]


def test_a_padded_two_character_name_before_an_adverb_of_the_subject():
    # 代表李 梅则提出: a copy padded 李梅 to three characters; 则 (then, in turn) follows the subject, so it is no
    # third character; 王 建平在 keeps its third
    assert names_titles("汉台区代表李 梅则提出在汉中建设区域医疗中心。") == [("李梅", ["代表"])]
    assert names_titles("村党支部书记王 建平在会上说。") == [("王建平", ["村党支部书记"])]


def test_an_outlet_and_its_reporter_after_a_photo_caption():
    # 生长的天麻。 中新网 记者石小杰摄 / 活动举行。中新网记者瞿宏伦 摄: the caption's sentence ends, then the outlet and
    # the photographer; a reporter who only learned something (新华网记者从…获悉) is no credit
    assert names_titles("贵州省赫章县山地里正在生长的天麻。 中新网 记者石小杰摄\n") == [("石小杰", ["记者"])]
    assert names_titles("集中采访活动举行。中新网记者瞿宏伦 摄\n") == [("瞿宏伦", ["记者"])]
    assert names_titles("据悉。新华网记者从省人大获悉,全省建成站点3000个。") == []


def test_together_and_every_day_follow_a_name():
    # 站长元强共同为联络站揭牌: 共同 (together) follows the name as 一同 does, so 共 is no third character (a
    # given name that is an everyday word alone, 施强, is left unread rather than read as 施强共);
    # 乡村医生邹文斌每天上门: 每天 (every day) ends the name after an occupation
    assert names_titles("仪式上,联络站站长元强共同为联络站揭牌。") == [("元强", ["站长"])]
    assert not any(n.endswith("共") for n, _ in names_titles("仪式上,联络站站长施强共同为联络站揭牌。"))
    assert names_titles("镇人大代表、乡村医生邹文斌每天上门为居家观察人员测量体温。") == [
        ("邹文斌", ["人大代表", "乡村医生"])]


def test_a_two_character_name_set_apart_before_its_verb_or_padded_to_three():
    # 主任李 斌 介绍, 代表杨 帆 说: a two-character name with a space on both sides, then the verb (介绍, 说), is no
    # three-character name; 王  丽正和…: two spaces pad a two-character name to three characters' width; 陈刚则建议:
    # 则 (then, in turn) ends a name
    assert names_titles("曲沃县人大常委会主任李 斌 介绍,全县7个乡镇实现全覆盖。") == [("李斌", ["主任"])]
    assert names_titles("来自和川镇的临汾市人大代表杨 帆 说,和川镇已建成加工厂3家。") == [("杨帆", ["人大代表"])]
    assert names_titles("宜城市人大代表、村党支部书记王  丽正和养殖户一起查看投苗情况。") == [
        ("王丽", ["人大代表", "村党支部书记"])]
    assert names_titles("双路街道人大工委主任陈刚则建议,建立台账。") == [("陈刚", ["工委主任"])]


def test_a_delegations_deputy_and_names_closed_by_deng_serving_as():
    # 吉县代表团代表冯小平说: the delegation's deputy, named after 代表 as a place's is; 韦峰、…、李斌等担任当天大会执行主席:
    # names closed by 等 serve as the title (曾先后担任… names nobody)
    assert names_titles("吉县代表团代表冯小平说,全县苹果种植面积已达28万亩。") == [("冯小平", ["代表"])]
    assert names_titles("韦峰、郎俊、李斌等担任当天大会执行主席,在主席台前排就座;") == [
        ("韦峰", ["执行主席"]), ("郎俊", ["执行主席"]), ("李斌", ["执行主席"])]
    assert names_titles("张东辉基层工作经历丰富,曾先后担任盐山县盐山镇人大主席、镇长。") == []


def test_a_padded_name_inside_a_list_elected_together():
    # 付春林以70票当选为镇长,刘　勇、汤国庆当选为副镇长 / 徐广振、李　燕、颜培军当选为副镇长: a two-character name padded
    # with a full-width space is one item of the list, first or inside
    assert names_titles("黄建军当选为镇人大主席，付春林以70票当选为镇长，刘　勇、汤国庆、王志华当选为副镇长。")[-3:] == [
        ("刘勇", ["副镇长"]), ("汤国庆", ["副镇长"]), ("王志华", ["副镇长"])]
    assert names_titles("张庆华当选为镇人大主席，孔令军当选为镇长，徐广振、李　燕、颜培军当选为副镇长。")[-3:] == [
        ("徐广振", ["副镇长"]), ("李燕", ["副镇长"]), ("颜培军", ["副镇长"])]


def test_a_credited_three_character_name_ending_like_a_village():
    # (编审:廖康庄 编辑:方宏艳): a credit names a person; 廖康庄 ends in 庄 as villages do, but no gazetteer unit is
    # spelled so
    assert names_titles("正文。\n(编审:廖康庄 编辑:方宏艳)\n") == [("廖康庄", ["编审"]), ("方宏艳", ["编辑"])]


def test_a_two_character_name_before_a_common_verb():
    # 代表王萍打开手机, 副镇长郑扬面对国徽: jieba reads the two-character name and a common verb after it (打开, 面对); the
    # verb's first character is not the name's third. 苗润成为…院长: an appointment's 为 follows a whole name
    assert names_titles("县人大代表王萍打开手机,一条一条翻给记者看。") == [("王萍", ["人大代表"])]
    assert names_titles("新当选的副镇长郑扬面对国徽庄严宣誓。") == [("郑扬", ["副镇长"])]
    assert names_titles("任命李明为副县长,苗润成为绥滨县人民法院院长。")[-1][0] == "苗润成"


def test_tibetan_and_mongolian_names_and_a_word_opening_a_list_of_names():
    # read in the thirty-fourth session: two Tibetan elements are a whole name whatever follows (罗布央宗这样…, not
    # 罗|布央 by surname); 希 is a Mongolian name's character (阿希格图); and a surname-led first item that is also a
    # word (边境) opens a list when three or more names follow it
    assert names_titles("全国人大代表、墨脱村村委会副主任罗布央宗这样向记者介绍。") == [
        ("罗布央宗", ["全国人大代表", "副主任"])]
    assert names_titles("开幕会由大会执行主席阿希格图主持。") == [("阿希格图", ["执行主席"])]
    assert [n for n, _ in names_titles("在主席台前排就座的大会执行主席有:边境、赵立军、王冬梅、盖克、刘廷国。")] == [
        "边境", "赵立军", "王冬梅", "盖克", "刘廷国"]
    assert names_titles("代表们走访了边境、口岸等地。") == []


def test_a_dotted_name_inside_a_list_and_a_list_counted_before_its_election():
    # 执行主席的是:…贺松、达扎·尕让托布旦拉西降措、米建康…: a transliterated name with its dot, however long, is one
    # item of the list; …,木扎塔、兰翔…共8人当选为…委员: the list's count between the names and the verb of election
    assert [n for n, _ in names_titles("担任本次全体会议执行主席的是:徐明文、李为民、赵强、冯宇、贺松、达扎·尕让托布旦拉西"
                                       "降措、米建国、祁玲、董永富。")] == [
        "徐明文", "李为民", "赵强", "冯宇", "贺松", "达扎·尕让托布旦拉西降措", "米建国", "祁玲", "董永富"]
    got = names_titles("大会以无记名投票方式进行选举,祁玲当选为州人民代表大会常务委员会副主任,吴扎西、兰翔、安勇、陈宝珍共4人当选"
                       "为州人民代表大会常务委员会委员。")
    assert [n for n, _ in got] == ["祁玲", "吴扎西", "兰翔", "安勇", "陈宝珍"]


def test_a_portal_editor_code_and_layout_and_programme_credits():
    # 责任编辑:刘洋_NBJ11286: a portal's editor code glued to the name ends it; 版式:田斌 and 编导/黄育忠 are credits
    # like 美编 and 监制 (read in the thirty-fourth session)
    assert names_titles("正文。\n责任编辑:刘洋_NBJ11286\n") == [("刘洋", ["责任编辑"])]
    assert names_titles("正文。\n本版责编：曾 晓红　　版式：田斌\n") == [("曾晓红", ["责编"]), ("田斌", ["版式"])]
    assert names_titles("正文。\n编导/黄育忠\n") == [("黄育忠", ["编导"])]


def test_names_before_a_sent_greeting_a_promise_a_closing_speech_and_a_rarer_surname():
    # 副委员长周铁农发来的贺电, 书记王瑞致闭幕词 (jieba reads 王瑞致), 秘书长宾兴林出席 (宾, a surname of 湖南 and 广西)
    # (read in the thirty-fourth session)
    assert names_titles("开幕式上宣读了全国人大常委会副委员长周铁农发来的贺电。") == [("周铁农", ["副委员长"])]
    assert names_titles("各项议程完成后,大会执行主席、乡党委书记王瑞致闭幕词。") == [("王瑞", ["执行主席", "党委书记"])]
    assert names_titles("市人大常委会秘书长宾兴林出席会议。") == [("宾兴林", ["秘书长"])]


def test_a_third_character_before_a_stop_or_a_line_end_and_an_amdo_name_element():
    # 主任程明发。, 省人大代表程明发⏎: a verb-like character right before the sentence's or the line's end is the
    # name's third (but 主席缪晶作⏎《报告》 is 作, the line broken inside 作…报告); 夏吾 opens Amdo Tibetan names
    # (夏吾卓玛) (read in the thirty-fourth session)
    assert names_titles("主持会议的是县人大常委会主任程明发。") == [("程明发", ["主任"])]
    assert names_titles("省人大代表程明发\n") == [("程明发", ["人大代表"])]
    assert names_titles("”全国人大代表夏吾卓玛说。") == [("夏吾卓玛", ["全国人大代表"])]


def test_a_given_name_that_opens_like_a_verb_closed_by_a_stop_or_a_list_comma():
    # 秘书长熊开来。, 副主任张开明、: 开 opens everyday verbs (开展, 开来, 开明), but a stop or a list comma two
    # characters on closes a given name; an act (主持, 讲话) so closed is still no name (read in the thirty-fifth session)
    assert names_titles("参加活动的还有市人大常委会秘书长熊开来。") == [("熊开来", ["秘书长"])]
    assert names_titles("出席会议的还有市人大常委会副主任张开明、李明。") == [("张开明", ["副主任"]), ("李明", ["副主任"])]
    assert names_titles("会议由县人大常委会副主任王主持。") == []


def test_a_headline_name_before_a_colon_keeps_a_verb_like_third_character():
    # 人大代表刘初开:养殖致富带头人: a headline's colon closes the name as a stop does (开 is the name's third
    # character); a verb of saying before the colon is still the verb (县长王刚说:) (read in the thirty-fifth session)
    assert names_titles("息烽县人大代表刘初开:养殖致富带头人 履职为民践初心") == [("刘初开", ["人大代表"])]
    assert names_titles("会上,县长王刚说:要抓好落实。") == [("王刚", ["县长"])]
    assert names_titles("会上,县长王刚道:要抓好落实。") == [("王刚", ["县长"])]


def test_a_padded_name_ending_an_elected_list_and_a_spaced_name_before_an_everyday_word():
    # 王立峰、沈晓东、汪 强当选为…副镇长: a name padded to three characters may end the list as well as sit inside it;
    # 董事长张 鹏 关注企业…: the character after the last space starts an everyday word (关注), so the name is two
    # characters set apart (read in the thirty-fifth session)
    assert names_titles("郭建达当选为浦阳镇人民政府镇长,王立峰、傅佳丽、沈晓东、汪 强当选为浦阳镇人民政府副镇长。") == [
        ("郭建达", ["镇长"]), ("王立峰", ["副镇长"]), ("傅佳丽", ["副镇长"]), ("沈晓东", ["副镇长"]), ("汪强", ["副镇长"])]
    assert names_titles("市人大代表、鹤壁华盛精密机械有限公司董事长张 鹏 关注企业用工问题。") == [
        ("张鹏", ["人大代表", "董事长"])]


def test_a_transliterated_name_stops_at_a_subject_adverb():
    # 董事长艾买尔·吐尔地则带领企业…: 则 (then, in turn) follows the subject; it spells no Uyghur name
    # (read in the thirty-fifth session)
    assert names_titles("疏勒县人大代表、新疆某农业科技公司董事长艾买尔·吐尔地则带领企业捐赠方便面。") == [
        ("艾买尔·吐尔地", ["人大代表", "董事长"])]


def test_a_proofreading_credit_and_later_credits_on_a_line_an_outlet_opens():
    # 审读:谭录岗 蒋祝璇: a proofreader's credit, as 审校 and 审核 are; 大众网记者李全基 通讯员刘崇元 王启任: a credits line
    # may open with the reporter's outlet, and its later credits are credits too (read in the thirty-fifth session)
    assert names_titles("正文。\n审读：谭录岗 蒋祝璇\n") == [("谭录岗", ["审读"]), ("蒋祝璇", ["审读"])]
    assert names_titles("正文。\n大众网记者李全基 通讯员刘崇元 王启任\n") == [
        ("李全基", ["记者"]), ("刘崇元", ["通讯员"]), ("王启任", ["通讯员"])]


def test_names_a_vote_passes_to_an_office():
    # 会议表决通过耿静静为…主任委员,马延辉为副主任委员: a vote that passes names to offices appoints them, as 任命 does
    # (read in the thirty-fifth session)
    assert names_titles("会议还表决通过耿静静为汝州市八届人民代表大会社会建设委员会主任委员,马延辉为副主任委员。") == [
        ("耿静静", ["主任委员"]), ("马延辉", ["副主任委员"])]


def test_a_three_character_name_with_a_space_after_the_surname_is_elected_or_invited():
    # 胡 春雷以59票当选, 汪 玉琴当选为…,刘 晓峰当选为…: a web copy's space after the surname, in a name the election
    # opens with; 吴 光明应邀到会: a person is invited (read in the thirty-sixth session)
    assert names_titles("本次选举全部有效,胡 春雷以59票当选为金集镇人民政府副镇长。") == [("胡春雷", ["副镇长"])]
    assert names_titles("经过选举,汪 玉琴当选为舒茶镇人大主席,刘 晓峰当选为舒茶镇人民政府镇长。") == [
        ("汪玉琴", ["主席"]), ("刘晓峰", ["镇长"])]
    assert names_titles("太湖县人大常委会副主任吴 光明应邀到会指导。") == [("吴光明", ["副主任"])]


def test_a_function_word_surname_opens_a_list_two_more_names_follow():
    # 副主任谈铁人、马根生、尤泽勇: 谈 is a verb as often as a surname, but an item set off by 、 with two names after
    # it is the list's first name (read in the thirty-sixth session); titles listed alone name nobody
    assert [n for n, _ in names_titles("出席会议的还有市人大常委会副主任谈铁人、马根生、尤泽勇、吴平权出席。")] == [
        "谈铁人", "马根生", "尤泽勇", "吴平权"]
    assert names_titles("县人大常委会主任、副主任、秘书长参加。") == []


def test_a_deputies_group_named_by_a_units_stem_is_no_person():
    # 全国、省人大代表张家界小组: the group of deputies of 张家界, though jieba reads 张 as a surname (read in the
    # thirty-sixth session); a deputy who bears such a name is still read where no group follows
    assert names_titles("全国、省人大代表张家界小组开展2015年专题调研。") == []
    assert names_titles("县人大代表张家界出席。") == [("张家界", ["人大代表"])]


def test_the_rest_of_a_presidium_listed_after_the_rostrum_is_titled():
    # 以及大会主席团其他成员:刘克林、刘玲…: the presidium's other members, a role of the session as 主席团成员 is (read in
    # the thirty-sixth session)
    assert names_titles("在主席台就座的还有张红军、江浩,以及大会主席团其他成员:刘克林、刘玲、刘峰、闫露露。")[-4:] == [
        ("刘克林", ["主席团其他成员"]), ("刘玲", ["主席团其他成员"]), ("刘峰", ["主席团其他成员"]),
        ("闫露露", ["主席团其他成员"])]


def test_a_reporters_paper_may_stand_before_the_credit_after_another_outlets_dateline():
    # 佛山新闻网讯 佛山日报记者黄碧云: a news site's dateline, then the paper its reporter writes for (read in the
    # thirty-sixth session)
    assert names_titles("佛山新闻网讯 佛山日报记者黄碧云 通讯员佛任宣报道:记者9日从大会秘书处了解到。")[0] == (
        "黄碧云", ["记者"])


def test_a_deputy_named_after_a_kind_of_deputy_and_bare_daibiao():
    # 工人代表王磊建议, 基层代表陈秀蓉说, 侗族代表吴秀英一直: a kind of deputy, 代表, then a name jieba reads whole before an
    # act of speaking (read in the thirty-sixth session); 代表县政府 is the verb, 跟着韦代表养兔 a deputy called by
    # surname, 代表智慧 an everyday word
    assert names_titles("西安市工人代表王磊建议在全国推广。") == [("王磊", ["代表"])]
    assert names_titles("来自汉中市的基层代表陈秀蓉说,全市还有公路。") == [("陈秀蓉", ["代表"])]
    assert names_titles("他代表县政府作报告。") == []
    assert names_titles("现在跟着韦代表养兔,去年卖兔赚了钱。") == []


def test_a_small_form_semicolon_ends_a_clause_of_elected_names():
    # 彭某当选…主任﹔…: a Big5 page's small form semicolon (U+FE54) ends its clause like ; does, so the verb of
    # election finds the name at the clause's start (read in the thirty-seventh session)
    assert names_titles("会议经过投票选举,张建国当选某省第十三届人民代表大会常务委员会主任﹔李红当选秘书长。")[0] == (
        "张建国", ["主任"])


def test_a_levels_commission_before_a_title_is_no_person():
    # 区监委副主任,…列席: 区 is a surname, but 区监委 (县纪委, 市政法委) is a level's commission whose deputy head
    # attends, unnamed (read in the thirty-seventh session)
    assert names_titles("区监委副主任,区人大常委会相关机构负责同志列席了会议。") == []
    assert names_titles("区人大常委会副主任区伟强主持会议。") == [("区伟强", ["副主任"])]


def test_mongolian_names_are_one_or_two_name_elements():
    # 副主任那仁满都拉介绍, 理事长巴图孟和也, 主任宝音满都呼主持: Mongolian names have no Han surname, so the surname
    # reader cut them (那仁满|都拉) or missed them; two elements of data/mongolian_names.txt are one whole name (read in
    # the thirty-seventh session), one element only before a stop or a word that follows names
    assert names_titles("鄂托克旗人大常委会副主任那仁满都拉介绍,该旗地广人稀。") == [("那仁满都拉", ["副主任"])]
    assert names_titles("会议由乌审旗人大常委会主任宝音满都呼主持。") == [("宝音满都呼", ["主任"])]
    assert names_titles("旗人大常委会副主任苏和带队开展督查。") == [("苏和", ["副主任"])]


def test_a_tibetan_name_after_a_kind_of_deputy():
    # 门巴族代表格桑德吉至今记得: a kind of deputy, 代表, then two elements of a Tibetan name, which no surname opens
    # (read in the thirty-seventh session)
    assert names_titles("快满41岁的门巴族代表格桑德吉至今记得那段山路。") == [("格桑德吉", ["代表"])]


def test_a_credit_label_glued_to_the_word_before_it_is_a_verb():
    # 一站统筹　多点延伸: 统筹 is a credit label (统筹:张某), but glued to the word before it, in a heading's parallel
    # phrases, it is the phrase's verb and the words after the space are no one's name (read in the thirty-eighth
    # session); a label that opens its credit still names the person after the space
    assert names_titles("阵地:一站统筹　多点延伸\n\n区人大常委会主任李明表示,将继续推进。") == [("李明", ["主任"])]
    assert ("王芳", ["统筹"]) in names_titles("统筹 王芳\n\n区人大常委会主任李明表示,将继续推进。")


def test_credit_lines_after_a_list_of_related_links_are_read():
    # 相关新闻: then linked headlines, then 图文编辑:吴某|责任编辑:黎某 and 监制:黎某: a credit line ends the list of
    # links (whose lines it is as short as), so the page's own staff are read (read in the thirty-eighth session)
    page = ("通城县召开人大代表座谈会。会议由县人大常委会主任刘某主持。\n\n相关新闻:\n"
            "· 咸宁市六届人大二次会议主席团举行第一次会议\n· 通城县召开2023年“两会”筹备工作会议\n\n"
            "图文编辑:吴滟|责任编辑:黎赛明|审核:黎雄\n监制:黎雄\n")
    got = names_titles(page)
    assert ("吴滟", ["编辑"]) in got and ("黎赛明", ["责任编辑"]) in got and ("黎雄", ["监制"]) in got


def test_a_credited_name_set_tight_before_deng_and_a_count():
    # 建议人:赵某等12名代表: the credit names the first of several people, set tight before 等 and their count; 等 is
    # no part of the name (read in the thirty-eighth session)
    got = names_titles("建议人:赵红等12名代表《关于加强大气污染综合治理的建议》等3件")
    assert [name for name, _ in got] == ["赵红"]


def test_a_special_correspondent_is_a_press_credit():
    # 特派记者张某报道: a paper's correspondent sent to a session is credited as 特约记者 and 见习记者 are (read in the
    # thirty-eighth session; titles.txt)
    assert names_titles("随州日报讯 特派记者张琴报道:省人民代表大会第一次会议将于1月24日上午开幕。") == [("张琴", ["特派记者"])]


def test_a_bracketed_profile_names_the_person():
    # (邱某,原长春市人大代表) under a quote, (宋某,长春市人大代表、…社区党委书记) under a photo: the bracket opens
    # with the name alone before a comma, then says who the person is, as a profile sentence does (read in the
    # thirty-eighth session)
    assert names_titles("“那时候提建议,全靠两条腿跑。”\n\n(邱丽英,原长春市人大代表)\n") == [("邱丽英", ["人大代表"])]
    assert ("宋秀兰", ["人大代表", "党委书记"]) in names_titles(
        "(宋秀兰,长春市人大代表、宽城区新发街道上海路社区党委书记)\n")


def test_a_name_before_then_or_a_birth_year():
    # 种养大户谢某则提出: 则 (then), the subject's adverb, follows a name as a verb does; so does a birth year
    # (…干部王某1995年出生) (read in the thirty-eighth session)
    assert ("谢春生", ["人大代表", "种养大户"]) in names_titles("镇人大代表、种养大户谢春生则提出,希望加快补齐短板。")
    assert [n for n, _ in names_titles("县人大代表、镇卫生院院长王梓涵1995年出生,别看年轻,已是老手。")] == ["王梓涵"]


def test_a_long_employer_before_an_occupation_and_a_name():
    # 市人大代表、国能铁路装备公司准格尔车辆维修分公司职工沈某;: the employer may take twenty characters before the
    # occupation that ends in a name (read in the thirty-eighth session)
    assert [n for n, _ in names_titles("市人大代表、国能铁路装备公司准格尔车辆维修分公司职工沈波;")] == ["沈波"]


def test_rare_surnames_of_real_pages():
    # 奉 (湖南, 广西), 鹿 (河北, 山东) and 赫 (辽宁, 吉林) are surnames the 百家姓 lacks; real pages name deputies and
    # chairs with them (read in the thirty-ninth session; surnames.txt)
    assert names_titles("会议由镇第五届人大主席奉先磊主持。") == [("奉先磊", ["主席"])]
    assert [n for n, _ in names_titles("县人大常委会副主任鹿建平带队调研。")] == ["鹿建平"]
    assert [n for n, _ in names_titles("市人大代表、某公司董事长赫天江说。")] == ["赫天江"]


def test_a_word_between_names_of_a_list():
    # 主席团成员李亚容、远洋、叶芳、林惠溪: an item between 、 with two names after it is a name of the list, even a
    # word (远洋) right after the first name (read in the thirty-ninth session); 县直单位 and the like never are
    assert [n for n, _ in names_titles("大会主席团成员李亚容、远洋、叶芳、林惠溪、潘海鹰在主席台前排就座。")] == [
        "李亚容", "远洋", "叶芳", "林惠溪", "潘海鹰"]
    assert [n for n, _ in names_titles("县人大常委会主任张明、县直单位、各乡镇负责人参加会议。")] == ["张明"]


def test_elected_with_every_vote():
    # 张就友全票当选乡人大主席, 刘锦斯、陈占谋等3人全票当选为…副乡长: 全票 (every vote) may stand before the verb of
    # election without 以, and the one name before it is read whole (read in the thirty-ninth session)
    assert names_titles("三水瑶族乡第十届人民代表大会第一次会议召开 张就友全票当选乡人大主席\n") == [("张就友", ["主席"])]
    assert [n for n, _ in names_titles("刘锦斯、陈占谋、廖清晓等3人全票当选为三水瑶族乡人民政府副乡长。")] == [
        "刘锦斯", "陈占谋", "廖清晓"]


def test_a_deputy_named_right_after_an_example_marker():
    # 再如刘某代表建议…, 又如丁某代表关于…: 如 before the surname ends the clause's opening, however jieba glues it
    # (如丁凤娟), so the name before 代表 stands on its own (read in the thirty-ninth session)
    assert names_titles("再如刘鑫代表建议加强普法宣传。") == [("刘鑫", ["代表"])]
    assert names_titles("又如丁凤娟代表关于治理积水问题的建议,区住建局已列入计划。") == [("丁凤娟", ["代表"])]


def test_proposers_named_after_dui():
    # 针对王某等12名代表提出的建议, 县政府对孙某等12名代表联名提出的议案: 对 (to, about) names the proposers before
    # 等 and a count of deputies (read in the thirty-ninth session)
    assert names_titles("针对王建军等12名代表提出的《关于打通中心城区断头路的建议》,市住建局今年打通断头路7条。") == [
        ("王建军", ["代表"])]
    assert names_titles("县政府对孙殿斌等12名代表联名提出的议案高度重视。") == [("孙殿斌", ["代表"])]


def test_a_spaced_label_and_a_bar():
    # 编 辑 | 某某, 终 审 | 某某: a WeChat copy spaces the label's characters and sets a bar for the colon (read in the
    # thirty-ninth session)
    assert names_titles("正文内容。\n\n编 辑 | 汤纯凤\n终 审 | 王培澄\n") == [("汤纯凤", ["编辑"]), ("王培澄", ["终审"])]


def test_an_everyday_word_opening_four_characters_is_no_name():
    # 区人大代表应邀出席, 展望未来: jieba tags the four characters nr, but they open with an everyday word (应邀, 展望)
    # and are a phrase after the title, no name (read in the thirty-ninth session)
    assert names_titles("另有44名科级领导干部列席会议,5名区人大代表应邀出席。") == []
    assert names_titles("县人大常委会副主任欧阳晓明说。") == [("欧阳晓明", ["副主任"])]  # (a compound surname's four)


def test_a_counted_group_under_a_title_names_no_one():
    # 51名人大代表满怀喜悦, 组织312名县镇人大代表包联网格: a count before the title makes it a group's, and the word after
    # it is no one's name (read in the thirty-ninth session); 由县委书记某某带队 after a count stays a person
    assert names_titles("51名人大代表满怀喜悦地走出会场。") == []
    assert names_titles("组织312名县镇人大代表包联网格,上半年协助化解矛盾纠纷96起。") == []
    assert [n for n, _ in names_titles("代表团35名代表由县委书记叶振宇带队。")] == ["叶振宇"]


def test_the_deputies_homes_and_stations_name_no_one():
    # 人大代表家站点4.8万个: 家站 after the title is the deputies' homes and stations (家、站、点), no name with the
    # surname 家 (read in the thirty-ninth session)
    assert names_titles("河北建成各级人大代表家站点4.8万个,代表进家入站履职近60万人次。") == []


def test_a_name_whose_last_character_is_also_a_verb_is_read_whole_across_the_page():
    # 黄桂提建言, 黄桂提在…发言: jieba ends the name before 提 each time; the page never writes 黄桂 without 提, and 提
    # runs on into different words, so it is the name's (read in the fortieth session). 张明说 stays 张明: 说 goes on
    # with the clause.
    text = ("省人大代表黄桂提建言:加大教育投入。省人大代表黄桂提在分组审议时积极发言。"
            "本届省“两会”上,省人大代表黄桂提照例把目光投向教育。")
    assert {n for n, _ in names_titles(text)} == {"黄桂提"}
    assert {n for n, _ in names_titles("县人大代表张明说这条路要修。县人大代表张明说要再去看看。")} == {"张明"}


def test_read_in_the_fortieth_session_on_test216():
    # 刘鑫、刘海涛两名同志均以全票当选…副乡长: a count of the list and 均 before the votes
    assert names_titles("刘鑫、刘海涛两名同志均以全票当选黄水乡人民政府副乡长。") == [
        ("刘鑫", ["副乡长"]), ("刘海涛", ["副乡长"])]
    # █ 文/图 甲 乙 丙: a block before the short credit, as □ and ■ are
    assert [n for n, _ in names_titles("正文。\n█ 文/图 孟庆华 姜永海 张纯静\n")] == ["孟庆华", "姜永海", "张纯静"]
    # 由吴斌等11名代表: 由 is the preposition, not the surname of a three-character name
    assert names_titles("由吳斌等11名代表聯名提出的議案。") == [("吴斌", ["代表"])]
    # 省委宣传部副部长: jieba tags 宣传部 nr; the body before a title is no one's name
    assert [n for n, _ in names_titles("县委宣传部副部长李四说。")] == ["李四"]
    assert "宣传部" not in [n for n, _ in names_titles("省政府新闻发言人、省委宣传部副部长、省政府新闻办主任张三出席。")]
    # 副主席许家宏出席: jieba reads 许家 as a numeral; three characters no word spells before 出席 are a name
    assert [n for n, _ in names_titles("区人大常委会副主任王莉,区政协副主席许家宏出席会议。")] == ["王莉", "许家宏"]
    # 标签: …;社情民意 责任编辑: 吴 丹: the credit shares the tags' chrome line and is kept
    assert names_titles("正文。\n標籤: 代表聯絡站;社情民意 責任編輯: 吳 丹\n") == [("吴丹", ["责任编辑"])]
    # a long election list holds an item no surname opens (耐松), and a book's wrap cut an item after its first
    # character (…、姜⏎永功、): every name of the list is read
    text = ("会议选举李岫山、刘玉山、阎振海、李宝田、石庆芬、耐松、王义新、王秉衡、李素花、汤光斌、张梦龄、朱永贵、姜\n"
            "永功、张天凤、王金来为县人民委员会委员;选举王临轩为县人民法院院长。\n")
    names = [n for n, t in names_titles(text) if t == ["委员"]]
    assert names[5:7] == ["耐松", "王义新"] and "姜永功" in names and len(names) == 15


def test_read_in_the_forty_first_session_on_test220():
    # 李某、郭某…等9人为大会主席团常务主席: names listed and counted, then 为 and the title, with no verb of election
    assert names_titles("根据通过的名单,李晋奎、郭建民、秦红梅等9人为大会主席团常务主席;") == [
        ("李晋奎", ["主席团常务主席"]), ("郭建民", ["主席团常务主席"]), ("秦红梅", ["主席团常务主席"])]
    # 会议决定王某、宋某3名同志为大会副秘书长: 决定 appoints as 决定任命 does
    assert [n for n, _ in names_titles("会议决定王俊杰、宋丽萍、陈志刚3名同志为大会副秘书长。")] == ["王俊杰", "宋丽萍", "陈志刚"]
    # 会议决定由蒋某担任县人民政府副县长: 由 introduces the one who serves, no part of the name
    assert names_titles("人事任免方面,会议决定由蒋锐担任县人民政府副县长。") == [("蒋锐", ["副县长"])]
    # 宿某以高票当选宝山镇人民政府镇长: 以高票, like 以全票, is the votes before the verb
    assert names_titles("經無記名投票,宿翔宇以高票當選寶山鎮人民政府鎮長。") == [("宿翔宇", ["镇长"])]
    # 市人大常委会主任会议成员张某、邱某…等参加: a member of the council of chairpersons is a title before the list
    assert [n for n, _ in names_titles("市人大常委会主任会议成员张伟荣、邱伟泽、温小林、袁清山等参加。")] == [
        "张伟荣", "邱伟泽", "温小林", "袁清山"]
    # …由市人大常委会主任会议成员督办的,: no given name ends with 的 (督 is a surname, 督办 the verb)
    assert names_titles("凡是由市人大常委会主任会议成员督办的,定为一级建议。") == []
    # 主任沈某监誓: the two-character verb after the name starts on the character jieba read into it (not 陈国强|调来,
    # a name jieba holds whole); 主任委员钟某逐项细问: an adverb of manner follows a name as a verb does; 院长助理
    assert names_titles("县人大常委会党组书记、主任沈玲监誓,新当选的常委会委员宣誓。") == [("沈玲", ["党组书记", "主任"])]
    assert [n for n, _ in names_titles("镇人大代表、个体工程机械户陈国强调来自家的挖掘机2台。")] != ["陈国"]
    assert names_titles("市人大民侨外委主任委员钟敦北逐项细问:村级公路建得怎么样。") == [("钟敦北", ["主任委员"])]
    assert [n for n, _ in names_titles("市中级人民法院院长助理杨江海、市人民检察院副检察长郭鸿参加会议。")] == ["杨江海", "郭鸿"]
    # a list with no count is left to the verbs of election (其中张某、李某为新任委员 names no office given by the count)
    assert names_titles("根据名单,张三、李四为大会工作人员。") == []


def test_read_in_the_forty_second_session_on_test225():
    # …,刘某、谢某、路 某为…副镇长: the names listed in a later clause of one election, a copy's padded name among them
    assert names_titles("会议以无记名投票方式,选举张涛为镇人大主席团主席,赵中山为镇人民政府镇长,"
                        "刘宇尘、谢新峰、路 鑫为镇人民政府副镇长,并颁发了当选证书。") == [
        ("张涛", ["主席团主席"]), ("赵中山", ["镇长"]), ("刘宇尘", ["副镇长"]), ("谢新峰", ["副镇长"]), ("路鑫", ["副镇长"])]
    assert names_titles("大会选举施 振海为镇人大主席,听取了镇政府工作报告。") == [("施振海", ["主席"])]
    # 向人大代表陈某道谢: 道谢 (and 致谢, 道别) after a name is its verb, not the name's third character
    assert names_titles("贫困户朱某一边搬椅子一边向人大代表陈刚道谢。") == [("陈刚", ["人大代表"])]
    # 2. 杨建华等12名代表关于…的议案: the first proposer before 等 and a count of deputies, a name jieba's dictionary
    # holds as a person's however common it is
    assert names_titles("议案目录\n\n2. 杨建华等12名代表关于加快推进沿江高铁建设的议案(第2号)") == [("杨建华", ["代表"])]


def test_read_in_the_forty_third_session_on_test230():
    # …新产品。中国网 董宁摄影: a caption's sentence, then the outlet crediting its photographer, 摄影 glued to the name;
    # a site's channel named after its city (…文明实践  延吉摄影) is no photographer
    assert names_titles("他琢磨出中草药拌种等多项改良土壤的新技术。中国网 王利摄影\n\n") == [
        ("王利", ["摄影"])]
    assert names_titles("首页  新闻中心  新时代文明实践  延吉摄影\n延吉概况 延吉新闻\n") == []
    # 代表冯某(左)、国某(中)、杨某(右)利用会议间隙…: a caption's one-character places between the names of one list
    assert names_titles("代表团代表冯建光(左)、国宝莲(中)、杨丙军(右)利用会议间隙交流意见。") == [
        ("冯建光", ["代表"]), ("国宝莲", ["代表"]), ("杨丙军", ["代表"])]
    # 视频文案:某某 某某  视频剪辑:某某: a video's credits name its writers, editors and voices as a byline does
    assert names_titles("(策划:王曦辉  视频文案:谢岚 高利国  视频剪辑:杨鑫阳  视频配音:韩淼宇)") == [
        ("王曦辉", ["策划"]), ("谢岚", ["视频文案"]), ("高利国", ["视频文案"]), ("杨鑫阳", ["视频剪辑"]),
        ("韩淼宇", ["视频配音"])]


def test_read_in_the_forty_fourth_session_on_test234():
    # 党委书记杨龙和都看在眼里: 和 before an adverb joins nothing, so it ends a three-character name (a 和 before
    # a title or a name still joins two people)
    assert names_titles("安徽省人大代表、幸福村党委书记楊龍和都看在眼裡、急在心上。") == [("杨龙和", ["人大代表", "党委书记"])]
    assert [n for n, _ in names_titles("县人大常委会主任王刚和副主任李明都参加了活动。")] == ["王刚", "李明"]
    # 副主任贾记鑫、王平、周长松带领第一视察组: leading a party is something only a person does, so 周长松 is a name
    # however common a word 周长 is
    assert [n for n, _ in names_titles("郑州市人大常委会副主任贾记鑫、王平、周长松带领第一视察组,先到二七区。")] == [
        "贾记鑫", "王平", "周长松"]
    # …轮训一遍。记者张烨: credits glued after the story's last sentence close its paragraph (a credit title that
    # goes on into a clause, 记者王强说,…, names no byline)
    assert names_titles("会议要求,力争明年上半年前对全市选民代表轮训一遍。记者张烨 通讯员李明\n") == [
        ("张烨", ["记者"]), ("李明", ["通讯员"])]
    assert names_titles("会议结束。记者王强说,会议开得很好。\n") == []
    # 【祥云县代表团】杨志刚代表谈到: a bracketed heading's close stops whatever came before the name
    assert names_titles("【弥渡县代表团】何建华代表关注农村饮水安全。") == [("何建华", ["代表"])]
    # 院長張徳昌: a converted page's Japanese-form 徳, which t2s keeps, is folded to 德 (data/char_variants.tsv)
    assert names_titles("州中級人民法院院長張徳昌,州人民檢察院檢察長吳仕倫出席。") == [
        ("张德昌", ["院长"]), ("吴仕伦", ["检察长"])]


def test_read_in_the_forty_fifth_session_on_test236_and_test237():
    # 党委书记朱婷所在的社区: 所在, like 所提, is what follows a whole name (the place the person is in), never a
    # name's third character
    assert names_titles("人大代表、华阳街道东门社区党委书记朱 婷所在的社区是个老社区。") == [("朱婷", ["人大代表", "党委书记"])]
    assert names_titles("党委书记朱婷所在的社区有居民3200户。") == [("朱婷", ["党委书记"])]
    # 共有执行主席13名,他们是:邓天友、高晓…: the names after a title's count and 他们是 hold that title
    assert names_titles("本次大会共有执行主席13名,他们是:邓天友、高晓、沈海涛、彭屹。") == [
        ("邓天友", ["执行主席"]), ("高晓", ["执行主席"]), ("沈海涛", ["执行主席"]), ("彭屹", ["执行主席"])]


def test_read_in_the_forty_fifth_session_on_test238():
    # 请政协委员和列席同志提出意见: a verb that follows names (列席) is no given name after 和, a conjunction here
    assert names_titles("请各位代表审议,并请政协委员和列席同志提出意见。") == []
    # 副主任徐国强、沈文华各牵头2件: 各 (each of those listed) before what each does ends the name after its third
    # character; 各 before a noun (村委会主任和镇直各单位负责人) is no act
    assert names_titles("8件重点建议由主任会议成员分头领衔督办,其中副主任徐国强、沈文华各牵头2件。") == [
        ("徐国强", ["副主任"]), ("沈文华", ["副主任"])]
    # 人大代表张鹏拿出现金2万元: a verb (拿出) starts after a two-character name even where it is commoner than
    # jieba's cut (出现) makes it look
    assert names_titles("安康市诚鹏集团董事长、市区两级人大代表张鹏拿出现金2万元交给大河镇。") == [
        ("张鹏", ["董事长", "人大代表"])]
    # 大江网/赣州头条客户端讯 通讯员郭娟、肖程程报道: a second outlet after a slash opens the dateline as the first
    # would, and its credits name the writers
    assert names_titles("大江网/赣州头条客户端讯 通讯员郭娟、肖程程报道:为保障早稻生产有序推进,镇人大组织代表下田。") == [
        ("郭娟", ["通讯员"]), ("肖程程", ["通讯员"])]
    # 秘书长王清和出席。: 和 never joins a name to an act that closes the clause, so it ends the name
    assert names_titles("市人大常委会副主任李晓媛,市人大常委会秘书长王清和出席。") == [
        ("李晓媛", ["副主任"]), ("王清和", ["秘书长"])]



def test_read_in_the_forty_sixth_session_on_test240():
    # 新当选的某(镇人大主席)、某(副镇长): a title in brackets right after a name is that person's; the body is what
    # the bracket holds, never the one an earlier bracket named
    got = officials("会上,新当选的罗新民(镇人大主席)、周丽(副镇长)进行了宪法宣誓。")
    assert got == [("罗新民", ["主席"], "镇人大"), ("周丽", ["副镇长"], "")], got
    # a bracket that holds a clause or a list is no title set after a name
    assert names_titles("会议听取了报告(由县人大常委会主任作说明)。") == []


def test_read_in_the_forty_sixth_session_on_test241():
    # 钟某(女)、…等六人当选为…副镇长: a note in brackets after a listed name is part of the list, no name of its own
    assert names_titles("刘志成、黄美玲(女)、陈国栋等三人当选为大岗镇人民政府副镇长。") == [
        ("刘志成", ["副镇长"]), ("黄美玲", ["副镇长"]), ("陈国栋", ["副镇长"])]
    # 总经理孙晓正盯着屏幕: 正 V 着 is the progressive after a two-character name, not its third character
    assert names_titles("县人大代表、合作社理事长孙晓正盯着大屏查看数据。") == [("孙晓", ["人大代表", "理事长"])]
    # 王某代表我区对考察组表示欢迎: 代表 before 我区 or 全县 is the verb (on behalf of), no deputy's role
    assert names_titles("周建华代表我县对考察组一行表示欢迎。") == []
    # 副市长林振和在会上要求: a conjunction never stands before 在 and the place after it, so 和 is the name's third
    # character; 和在场的代表 is 和 + 在场 (those present)
    assert names_titles("副县长陈国和在会上强调,要抓好建议办理。") == [("陈国和", ["副县长"])]
    assert names_titles("副主任李明和在场的代表一一交流。") == [("李明", ["副主任"])]


def test_read_in_the_forty_sixth_session_on_test239():
    # 作者:甲、乙浏览数:259: a count's label (浏览数, 阅读量) run on after the credits ends the last name
    assert names_titles("来源:镇人大办作者:张明远、刘芳阅读量:312\n\n正文。") == [("张明远", ["作者"]), ("刘芳", ["作者"])]
    # 通讯员 甲 乙 一袋大米,暖了…: a credit's names run into the story's first words; no name opens with a numeral
    assert names_titles("本报讯 记者 王立新 通讯员 赵小燕 一袋大米,暖了老人的心。") == [
        ("王立新", ["记者"]), ("赵小燕", ["通讯员"])]

def test_a_cards_line_names_the_person_before_a_colon():
    # 吴某:庆元县人大代表、举水乡月山村文化礼堂管理员: a profile card's line, the name before a colon (read in the
    # fortieth session); a dateline's 廉江讯 before its space is no name
    text = ("六位代表。\n\n吴艳霞:庆元县人大代表、举水乡月山村文化礼堂管理员\n\n"
            "陈彩芬:缙云县人大代表、大洋镇仙谷村党支部书记\n")
    assert names_titles(text) == [("吴艳霞", ["人大代表"]), ("陈彩芬", ["人大代表"])]
    assert "廉江讯" not in [n for n, _ in names_titles(
        "点击:\n\n    廉江讯 本月23日,在镇委书记、镇人大主席全强带领下,良垌镇选区20名市人大代表开展了视察。\n")]


def test_read_in_the_forty_seventh_session_on_test244():
    # 特邀代表 (a congress's invited deputy) is a role, before one name or a list of them
    assert names_titles("特邀代表王建国、刘秀兰、陈志远等6人先后发言。") == [
        ("王建国", ["特邀代表"]), ("刘秀兰", ["特邀代表"]), ("陈志远", ["特邀代表"])]
    assert names_titles("特邀代表吴春生说,全县茶叶种植面积已达12万亩。") == [("吴春生", ["特邀代表"])]


def test_read_in_the_forty_seventh_session_on_test242_and_test243():
    # a copy's space inside a name is no part of it, whatever found the name (主任医师周 强)
    facts = [f for f in pipeline.extract("区人大代表、人民医院主任医师周 强,全年带领团队义诊9次。") if f.type == "official"]
    assert [(f.name, f.text) for f in facts] == [("周强", "周 强")]
    # 陈 晓 琳　审核:…: the next credit's label after a spaced three-character name, not a second name
    assert names_titles("責任編輯:陳 曉 琳　審核:林國棟") == [("陈晓琳", ["责任编辑"]), ("林国栋", ["审核"])]
    # (编 辑:龚 敏 审 核:胡志刚: a spaced label's first character after a spaced two-character name is no third one)
    assert names_titles("(作者:县人大办 编 辑:孟 敏 审 核:胡志刚)") == [("孟敏", ["编辑"]), ("胡志刚", ["审核"])]
    # 孙立和 at a line's end: a conjunction never ends a line, a name's third character may
    assert names_titles("——记县人大代表孙立和\n") == [("孙立和", ["人大代表"])]


def test_read_in_the_forty_eighth_session_on_test246_to_test249():
    # 王家 is a word to jieba (a royal house), but a name before what only a person says (建议,) is whole
    assert names_titles("座谈中,村党支部书记王家明建议,尽快硬化通组公路。") == [("王家明", ["村党支部书记"])]
    # 等 after a two-character name closes the list; it never ends a given name
    assert names_titles("市人大常委会办公室副主任刘峰等一行4人来到镇里。") == [("刘峰", ["副主任"])]
    # 将 takes the proposal its proposers' names open as its object; 和 after a closed title joins two proposals
    assert [name for name, _ in names_titles(
        "建议将邵文杰等12名代表提出的《关于治理城区内涝的议案》和蒋丽华等11名代表提出的《关于议案》列入议程。")] \
        == ["邵文杰", "蒋丽华"]
    # a credit's inner label set with a slash (记者 文/图 …, 作者:文/…), and a label before each name (文/… 图/…)
    assert names_titles("会议召开。\n\n(县融媒体中心记者 文/图 程思远 孔佳)") == [
        ("程思远", ["记者"]), ("孔佳", ["记者"])]
    assert names_titles("第3期 —— 履职纪实 作者:文/谭立群\n") == [("谭立群", ["作者"])]
    assert [name for name, _ in names_titles("会议召开。\n\n(区人大供稿 文/韩 梅 图/姚 远)")] == ["韩梅", "姚远"]
    # an appointment named by its decision (关于任命…为…审判员的决定), a presidium's nomination (推定, 推举), and
    # one appointment after another, each after its 、
    assert names_titles("会议通过了关于任命许文涛、葛兰为县人民法院审判员的决定。") == [
        ("许文涛", ["审判员"]), ("葛兰", ["审判员"])]
    assert names_titles("预备会议推定韦国平、朱宏、龚建成等5人为大会主席团常务主席。") == [
        ("韦国平", ["主席团常务主席"]), ("朱宏", ["主席团常务主席"]), ("龚建成", ["主席团常务主席"])]
    assert names_titles("会议推举邱明担任代表团团长、谢海洋担任副团长。") == [("邱明", ["团长"]), ("谢海洋", ["副团长"])]
    # a title's nominee (副主任提名人选, 副县长拟任人选): the name follows the candidacy, not the title
    assert names_titles("会议由县人大常委会副主任提名人选范志强主持。") == [("范志强", ["副主任提名人选"])]
    assert [name for name, _ in names_titles("县人民政府副县长拟任人选邓晓,县财政局局长拟任人选钱学林。")] == [
        "邓晓", "钱学林"]
    # a candidate named by the vote (候选人) is a role; candidates in general (推荐候选人时) name no one
    assert names_titles("经当场计票,候选人郑海峰获得612票。") == [("郑海峰", ["候选人"])]
    assert names_titles("在推荐代表候选人时统筹兼顾各方面。") == []
    assert names_titles("各选区初步候选人张榜公布后,选民反映良好。") == []
    # a resignation accepted for several (接受某某等辞去…职务): the first is named
    assert names_titles("会议通过了关于接受陶立平等辞去县人民政府副县长职务的决定。") == [("陶立平", ["副县长"])]
    # 政委, the political commissar of an armed forces department, is a title
    assert [name for name, _ in names_titles("区人武部政委韩国栋,区政府副区长出席会议。")] == ["韩国栋"]
    # staff named by their post (工作人员), and a site's word for its reporter (采访人员); staff doing something
    # name no one (工作人员张贴…, 工作人员戴着…)
    assert names_titles("街道工作人员庞雪莹介绍,联络站每周开放三天。") == [("庞雪莹", ["工作人员"])]
    assert names_titles("本网讯(采访人员卓立新)近日,县人大常委会召开会议。") == [("卓立新", ["采访人员"])]
    assert names_titles("工作人员张贴公告,工作人员戴着红袖章引导代表入场。") == []


def test_read_in_the_forty_ninth_session_on_test250_to_test252():
    # a copy's space after the surname of a name written before the deputy's title (李 石文代表说): the whole name
    assert names_titles("座谈会上,各位代表踊跃发言。\n郑 文斌代表说,村里的机耕路一下雨就没法走。") == [
        ("郑文斌", ["代表"])]
    # 乾 in a given name stays 乾, a copy's space inside the name notwithstanding (作者:李 乾)
    assert names_titles("发布时间:2020-05-06 | 来源:县新闻网 | 作者:陈 乾 |") == [("陈乾", ["作者"])]
    # a credit's short names set comma to comma (通讯员:甲,乙,丙), and the words-and-pictures credit by its slash
    assert names_titles("(通讯员:钟立新,彭小玲,谢文涛)5月8日,镇人大召开会议。") == [
        ("钟立新", ["通讯员"]), ("彭小玲", ["通讯员"]), ("谢文涛", ["通讯员"])]
    assert names_titles("发布时间:2022-03-01  来源:县人大网  文/图:程 立峰  浏览次数:") == [("程立峰", ["文/图"])]
    # a surname-led name jieba splits (李|国庆) after 的, before 代表 and more of a deputy's acts (表示, 参加…);
    # never a delegation (梅州团代表) or a preposition before 代表 (李虎向代表介绍)
    assert names_titles("来自城关镇的何国庆代表表示,全镇已建成高标准农田1.2万亩。") == [("何国庆", ["代表"])]
    assert names_titles("孙宫武代表参加县代表团审议。") == [("孙宫武", ["代表"])]
    assert names_titles("此外,韶关团代表提交的建议还涉及交通。") == []
    # a report's signature line under its title: the unit, the title, spaces, then the name ending the line
    # (吴为民: a given name jieba reads as a phrase, 为民, which the line's end vouches for)
    assert names_titles("政府工作报告\n——在某县第九届人民代表大会第三次会议上\n阳春市市长  吴为民\n\n各位代表:") == [
        ("吴为民", ["市长"])]


def test_read_in_the_fiftieth_session_on_test253_to_test255():
    # names listed, 等, then this meeting's title (…等本次大会执行主席): each name holds it
    assert names_titles("孙卫东、钱立华、郑小红等本次大会执行主席在主席台就座。") == [
        ("孙卫东", ["执行主席"]), ("钱立华", ["执行主席"]), ("郑小红", ["执行主席"])]
    # names listed, then a count and a deputy's title with its city and term between (4名某市第六届人大代表)
    assert names_titles("会上,吴明亮、覃雪梅、陆文斌3名柳州市第五届人大代表依次报告履职情况。") == [
        ("吴明亮", ["人大代表"]), ("覃雪梅", ["人大代表"]), ("陆文斌", ["人大代表"])]
    # a roster line whose title carries a note on the names' order before its colon
    assert names_titles("委员(按姓氏笔画为序):丁海波  石建华  李  琳\n") == [
        ("丁海波", ["委员"]), ("石建华", ["委员"]), ("李琳", ["委员"])]
    # a name, then 任, then the post it serves in (某某任组长); never 任 ending another word (责任领导, 兼任)
    assert names_titles("调研组由黄德胜任组长,成员8名。") == [("黄德胜", ["组长"])]
    assert names_titles("各单位要明确责任领导和完成时限。") == []
    # what a deputy is concerned with, judges or gives as an example ends the name before it (关注, 评价, 举了)
    assert names_titles("市人大代表、县医院护士长孟秋月关注的是基层护理人员短缺问题。") == [
        ("孟秋月", ["人大代表", "县医院护士长"])]
    assert names_titles("县人大代表、种植大户邱德旺举了自家合作社的例子。") == [("邱德旺", ["人大代表", "种植大户"])]
    # the capacity a person acts in, a comma, then the person (作为一名县人大代表,某某…); never a pronoun or a verb
    assert names_titles("作为一名扎根乡村的市人大代表,韦春燕始终把群众的事放在心上。") == [("韦春燕", ["人大代表"])]
    assert names_titles("作为县人大代表,全力推动项目落地。") == []
    # a name elected by its share of the votes (以96.4%的得票率当选…), as by its count of votes
    assert names_titles("大会应到代表58名,实到55名,龙海波以96.4%的得票率当选乡人大主席。") == [("龙海波", ["主席"])]
    # 刀, a Dai surname of 云南 (刀志强, 刀建华), after a title like any other
    assert names_titles("勐海县人大常委会副主任刀永明介绍,全县已建成代表联络站30个。") == [("刀永明", ["副主任"])]


def test_read_in_the_fifty_first_session_on_test256_to_test258():
    # a card's bracketed label before the name (【代表名片】某某,省人大代表,…) is no part of the name
    assert names_titles("【代表名片】孟庆春,省人大代表,来自松原市,长期从事粮食收储工作。") == [("孟庆春", ["人大代表"])]
    # a three-character title spaced out at a line's start (主 持 人:某某), as a spaced credit is
    assert names_titles("会议议程\n\n主 持 人:刘德成\n") == [("刘德成", ["主持人"])]
    # a Yi name written in Han characters opens with its clan name (家支), as a compound surname does
    assert names_titles("全国人大代表、村党支部书记阿苏木呷介绍,全村已通水泥路。") == [("阿苏木呷", ["全国人大代表", "村党支部书记"])]


def test_read_in_the_fifty_second_session_on_test259_to_test261():
    # a two-character name followed by the character that ends a three-character name found elsewhere on the page
    # is that name, which jieba cut at the word after it (周海存|在 -> 周海|存在)
    assert [name for name, _ in names_titles("县人大常委会副主任周海存到会。县人大常委会副主任周海存在讲话中强调,要抓好落实。")] \
        == ["周海存", "周海存"]
    # (相关资料图) is a photo's caption, not a heading of related links: the credits under it are read; the list
    # under 推荐内容 is still chrome
    text = ("村里计划再建大棚8个。\n\n(相关资料图)\n\n通讯员 夏晓梅\n\n编辑 段晓茜\n\n推荐内容\n\n"
            "赤水:竹林深处藏着致富经\n习水县人大代表为产业建言献策\n")
    assert names_titles(text) == [("夏晓梅", ["通讯员"]), ("段晓茜", ["编辑"])]
    assert [f.text for f in pipeline.extract(text) if f.type == "region"] == []
    # a deputy's role, what the person does (副场长, 渔民), then a whole name jieba reads and a verb: the deputy
    assert names_titles("全国人大代表、国有林场副场长赵立民路过时多看了两眼。") == [("赵立民", ["人大代表"])]


def test_read_in_the_fifty_third_and_fourth_sessions_on_test262_to_test267():
    # 黑 is a surname (Shaanxi, Gansu, Ningxia): a title's list of names that opens with one is read whole
    assert [name for name, _ in names_titles("市人大常委会副主任黑建军、宋满英、董明和秘书长任高峰出席会议。")] \
        == ["黑建军", "宋满英", "董明", "任高峰"]
    # a sentence that opens with a name and says what the person is, the title closing a description: the first
    # role that ends its phrase (never a byline's word, and never a village that 是 describes)
    assert names_titles("田秀梅是城关镇一所公办小学的校长,去年当选县人大代表。") == [("田秀梅", ["校长"])]
    assert names_titles("“90后”孟阳是一家农机合作社的负责人,也是市人大代表。") == [("孟阳", ["负责人"])]
    assert names_titles("张岔村是贫困村,由机关选派干部担任第一书记。") == []
    # a deputy heading their part of a feature, the title then a colon (曾某某代表:守好…): that deputy
    assert names_titles("村医的心事。\n\n曾建国代表:守好农村群众健康的第一道关\n\n他说,村卫生室要建好。") \
        == [("曾建国", ["代表"])]
    # 代表 after a comma, then a list of names and the last one's act: every name of the list is a deputy (read in the
    # fifty-fourth session)
    assert [name for name, _ in names_titles("座谈会上,代表钟小牛、陈翔、王敏围绕楼宇经济等话题畅所欲言。")] \
        == ["钟小牛", "陈翔", "王敏"]
    # a deputies' group named by its place (马桥代表组) or numbered after its district (人大代表武进一组): no person
    assert ("马桥", ["代表"]) not in names_titles("马桥代表组代表陈某报到后,随即把建议交给了代表组。")
    assert names_titles("9月12日上午,常州市第十七届人大代表武进一组来到洛阳镇。") == []
    # 和 right before what the person says ends the name (主任李春和说); before a second title it joins two people
    assert names_titles("五常市人大常委会主任李春和说,五常是农业大市。") == [("李春和", ["主任"])]
    assert names_titles("县委书记王强和县长李明出席。") == [("王强", ["书记"]), ("李明", ["县长"])]
    # a copy's space inside the name, then what a deputy brings (带来) or does on arrival (报到): the name ends there
    assert names_titles("淄博市人大代表、张店区某社区党委书记孙 丽娟带来的是关于加装电梯的建议。") \
        == [("孙丽娟", ["人大代表", "党委书记"])]
    # a member of a democratic party or an association, named after the word (会员孙某、郝某当选为…); a title then 后 is
    # "after becoming it", no name (开通正式会员后可查看全文)
    assert [name for name, _ in names_titles("会员孙雯、郝恩霖当选为鼓楼区政协常委。")] == ["孙雯", "郝恩霖"]
    assert names_titles("温馨提示:本文为会员文章,开通正式会员后可查看全文。") == []
    # elected to hold a post besides their own (选举某某兼任镇人大主席), as 担任 says
    assert ("王宗义", ["主席"]) in names_titles("会议同意刘生泉辞去镇人大主席职务,选举王宗义兼任镇人大主席。")
    # a yearbook's roster line, the office's letters spaced out and the holder's nationality in brackets: a person,
    # with or without a Han surname; of several names set apart by spaces, the bracket is the last one's
    assert names_titles("    旗 委 书 记:张德柱(蒙古族)\n\n    旗人大常委会主任:那木吉拉(鄂温克族)\n") \
        == [("张德柱", ["书记"]), ("那木吉拉", ["主任"])]
    assert ("陈国才", ["副盟长"]) in names_titles("副盟长:王 玉 陈国才(蒙古族) 郑学鸣\n")
    # (and with the page's bullet set tight before the name, read in the fifty-fourth session)
    assert names_titles("村医的心事。\n\n■孙秀英代表:让留守儿童有人管\n\n她说,学校要建好。") == [("孙秀英", ["代表"])]


def test_a_name_after_its_titled_relative_clause_and_before_its_verb():
    # 作为县人大代表的某某把…: the title closes a clause with 的, then a surname-led name and its verb
    assert names_titles("作为县人大代表的周晓梅把群众的意见写成了建议。") == [("周晓梅", ["人大代表"])]
    # (…主任的信访工作: a word runs on past the three characters, so no name)
    assert names_titles("他分管办公室主任的信访工作。") == []
    # 党委书记的某某: the particle is no name's first character; the name after it is read on its own
    assert [name for name, _ in names_titles("这是作为市人大代表、村党委书记的罗丽一直琢磨的事。")] == ["罗丽"]
