"""Issue 4: every way a report writes an amount, and nothing that is not one.

Each case runs the real hot path on a short sentence (`pipeline.extract`) and checks the one quantity it
finds: its surface span, value in the base unit, unit, category, qualifier and range.
"""
import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.normalize.numbers import parse_number


def only_quantity(sentence: str):
    qs = [f for f in pipeline.extract(sentence) if f.type == "quantity"]
    assert len(qs) == 1, f"{sentence}: {[f.text for f in qs]}"
    return qs[0]


# (sentence, span, value, unit, qualifier) — hand-written, one phenomenon each
CASES = [
    ("建成代表联络站18个。", "18个", 18, "个", "exact"),
    ("该厂现有处理规模10万吨/日。", "10万吨/日", 100000, "吨/日", "exact"),  # a capacity per day, not tonnes
    ("设计排涝流量为40立方米/秒。", "40立方米/秒", 40, "立方米/秒", "exact"),
    ("按12轨、36班的规模建设。", "36班", 36, "班", "exact"),  # a school's classes
    ("送课下乡不少于100节。", "100节", 100, "节", "at_least"),  # lessons
    ("力争办结率达到 95% 以上。", "95% 以上", 95, "%", "over"),               # a PDF copy's space before 以上
    ("灌溉水渠总长近 5000 米。", "5000 米", 5000, "米", "approx"),             # …and after a prefix word
    ("周边约 1200 户居民。", "1200 户", 1200, "户", "approx"),
    ("群众投工投劳1.2万余工日。", "1.2万余工日", 12_000, "工日", "over"),         # days of labour
    ("相关单位须在30日内书面反馈。", "30日", 30, "日", "exact"),                  # a time limit in days
    ("征求意见期一般不少于30日。", "30日", 30, "日", "at_least"),               # a limit written before the days
    ("把路基抬高了60公分。", "60公分", 60, "公分", "exact"),                      # centimetres, as pages say them
    ("提前约两个星期发布议题。", "两个星期", 2, "周", "approx"),
    ("蜂群已经达到500余群。", "500余群", 500, "群", "over"),                   # colonies of bees
    ("本期培训班共开设专题课程6门。", "6门", 6, "门", "exact"),                 # courses
    ("插放防火五彩旗461面。", "461面", 461, "面", "exact"),                      # flags and mirrors
    ("更换灭火器400余具。", "400余具", 400, "具", "over"),                       # fire extinguishers
    ("捐赠免洗洗手液3000瓶。", "3000瓶", 3000, "瓶", "exact"),                  # bottles, thermometers, tents, quilts
    ("捐赠红外测温枪150把。", "150把", 150, "把", "exact"),
    ("搭建帐篷20顶。", "20顶", 20, "顶", "exact"),
    ("今年计划销售盆花6万盆。", "6万盆", 60_000, "盆", "exact"),                 # potted plants
    ("对2024年度11方面民生实事项目开展测评。", "11方面", 11, "方面", "exact"),    # aspects, counted in digits
    ("建设一条长约260m的出水硬化沟渠。", "260m", 260, "米", "approx"),            # m is metres
    ("发放棉被1.2万床。", "1.2万床", 12_000, "床", "exact"),
    ("首期暑托班为期4周。", "4周", 4, "周", "exact"),                           # weeks
    ("线上卖出春茶1.2万单。", "1.2万单", 12_000, "单", "exact"),        # orders of an online shop
    ("当了代表以后,28年间她跑遍了学校。", "28年", 28, "年", "exact"),          # during the years (年间 is no era here)
    ("年设计发电量可达23.41亿千瓦时。", "23.41亿千瓦时", 2_341_000_000, "千瓦时", "exact"),  # energy, not power
    ("通过330千伏线路并入电网。", "330千伏", 330_000, "伏", "exact"),          # a line's voltage, 千 multiplied out
    ("全县共出动宣传车48车次。", "48车次", 48, "车次", "exact"),                   # trips of vehicles
    ("共查处超限超载车辆213台次。", "213台次", 213, "台次", "exact"),
    ("全镇国土面积44 km2。", "44 km2", 44, "平方公里", "exact"),         # km2 is 平方公里, spaced too
    ("城区绿化提升176.9万m2。", "176.9万m2", 1_769_000, "平方米", "exact"),  # m2 is 平方米, never 米 and a stray 2
    ("厂房面积2000㎡。", "2000㎡", 2000, "平方米", "exact"),                   # ㎡, one symbol, reads 平方米 too
    ("少采地下水210万m³。", "210万m³", 2_100_000, "m³", "exact"),            # m³ is kept as written, never 米
    ("此后连任2届。", "2届", 2, "届", "exact"),                                  # terms served, after a verb of serving
    ("已连续举办了40余届。", "40余届", 40, "届", "over"),                        # editions held
    ("长期困扰小学200 多名学生。", "200 多名", 200, "名", "over"),             # a copy's space before 多
    ("共筹得捐款70 多万元。", "70 多万元", 700_000, "元", "over"),
    ("考核分值不低于3分。", "3分", 3, "分", "at_least"),                       # points of a score
    ("测评平均得分91.5分。", "91.5分", 91.5, "分", "exact"),
    ("单份文件审查用时15分钟以内。", "15分钟以内", 15, "分钟", "under"),
    ("处理垃圾8982.7吨。", "8982.7吨", 8982.7, "吨", "exact"),
    ("惠及群众132526人。", "132526人", 132526, "人", "exact"),
    ("收集意见建议1,200条。", "1,200条", 1200, "条", "exact"),
    ("建成联络站１８个。", "１８个", 18, "个", "exact"),
    ("种植特色产业3.6万亩。", "3.6万亩", 36000, "亩", "exact"),
    ("总投资达7.59亿元。", "7.59亿元", 759_000_000, "元", "exact"),
    ("每次1萬元。", "1萬元", 10000, "元", "exact"),
    ("争取资金1200余万元。", "1200余万元", 12_000_000, "元", "over"),
    ("养殖牲畜2.3万余头。", "2.3万余头", 23000, "头", "over"),
    ("投入1万2千元。", "1万2千元", 12000, "元", "exact"),
    ("建成十八个代表之家。", "十八个", 18, "个", "exact"),
    ("选出二十名代表。", "二十名", 20, "名", "exact"),
    ("走访一百二十六户。", "一百二十六户", 126, "户", "exact"),
    ("培训两千人次。", "两千人次", 2000, "人次", "exact"),
    ("共计三千零五人。", "三千零五人", 3005, "人", "exact"),
    ("受益一万两千人。", "一万两千人", 12000, "人", "exact"),
    ("捐款壹佰贰拾元。", "壹佰贰拾元", 120, "元", "exact"),
    ("发放3千份。", "3千份", 3000, "份", "exact"),
    ("收集5百余条。", "5百余条", 500, "条", "over"),
    ("提出建议220多条。", "220多条", 220, "条", "over"),
    ("开展活动60余次。", "60余次", 60, "次", "over"),
    ("参训95%以上。", "95%以上", 95, "%", "over"),
    ("价格3000元左右。", "3000元左右", 3000, "元", "approx"),
    ("误差5吨上下。", "5吨上下", 5, "吨", "approx"),
    ("接待约1.2万人。", "1.2万人", 12000, "人", "approx"),
    ("接待群众近300人次。", "300人次", 300, "人次", "approx"),
    ("赶集那天来了200来人。", "200来人", 200, "人", "approx"),               # 来 after a round number: about
    ("汛期前後就那麼30來天。", "30來天", 30, "天", "approx"),
    ("老支书在村里守了十来年。", "十来年", 10, "年", "approx"),
    ("港区全年完成集装箱吞吐量128万标箱。", "128万标箱", 1_280_000, "标箱", "exact"),        # a port's TEU, not 箱
    ("全年壓減平板玻璃產能900萬重量箱。", "900萬重量箱", 9_000_000, "重量箱", "exact"),
    ("村民义务出工800多个工日。", "800多个工日", 800, "工日", "over"),          # 个 before a measure word of its own
    ("渔港距主航道只有12海里。", "12海里", 12, "海里", "exact"),               # a nautical mile
    ("投资超过50万元。", "50万元", 500_000, "元", "over"),
    ("惠及逾3000户。", "3000户", 3000, "户", "over"),
    ("销售额突破260万元。", "260万元", 2_600_000, "元", "over"),
    ("每年不少于20000元。", "20000元", 20000, "元", "at_least"),
    ("每月至少2次。", "2次", 2, "次", "at_least"),
    ("使用率不到40%。", "40%", 40, "%", "under"),
    ("经费不足2万元。", "2万元", 20000, "元", "under"),
    ("共收集327条。", "327条", 327, "条", "exact"),
    ("总投资达5亿元。", "5亿元", 500_000_000, "元", "exact"),
    ("累计接待810余人次。", "810余人次", 810, "人次", "over"),
    ("满意率达98%。", "98%", 98, "%", "exact"),
    ("较上年提高5个百分点。", "5个百分点", 5, "个百分点", "exact"),  # the measure word as written (the project's own gold)
    # a PDF copy's spaces inside the qualifier's word (超 过, 约 有): read closed up
    ("全县每名护林员管护面积超 过 1.2万亩。", "1.2万亩", 12000, "亩", "over"),
    ("近年累计约 有 2.4万亩胡杨林因缺水衰退。", "2.4万亩", 24000, "亩", "approx"),
    ("比全省高1.2百分点。", "1.2百分点", 1.2, "百分点", "exact"),
    ("开展宣讲215场次。", "215场次", 215, "场次", "exact"),
    ("历时22天。", "22天", 22, "天", "exact"),
    ("新建蓄水池2座。", "2座", 2, "座", "exact"),
    ("流转土地12.5公顷。", "12.5公顷", 12.5, "公顷", "exact"),
    ("治理8平方公里。", "8平方公里", 8, "平方公里", "exact"),
    ("铺设管道18.5公里。", "18.5公里", 18.5, "公里", "exact"),
    ("改造办公用房220平方米。", "220平方米", 220, "平方米", "exact"),
    ("追加投资300万美元。", "300万美元", 3_000_000, "美元", "exact"),
    ("募集50万港元。", "50万港元", 500_000, "港元", "exact"),
    ("出栏生猪500头。", "500头", 500, "头", "exact"),
    ("养殖家禽6.5万余羽。", "6.5万余羽", 65000, "羽", "over"),
    ("新型农业主体23家。", "23家", 23, "家", "exact"),
    ("村庄整治796处。", "796处", 796, "处", "exact"),
    ("形成调研报告50余份。", "50余份", 50, "份", "over"),
    ("议案建议269件。", "269件", 269, "件", "exact"),
    ("制定制度8项。", "8项", 8, "项", "exact"),
    ("撰写文章12篇。", "12篇", 12, "篇", "exact"),
    ("举办培训4期。", "4期", 4, "期", "exact"),
    ("分3批实施。", "3批", 3, "批", "exact"),
    ("开展两轮督查。", "两轮", 2, "轮", "exact"),
    ("收集百分之九十五的意见。", "百分之九十五", 95, "%", "exact"),
    ("九成以上群众满意。", "九成", 90, "%", "exact"),
    ("人均1500元。", "1500元", 1500, "元", "exact"),
    ("需要两万元。", "两万元", 20000, "元", "exact"),
    ("全镇现有县人大代表１２名。", "１２名", 12, "名", "exact"),
    ("投入资金10万余元。", "10万余元", 100_000, "元", "over"),
    ("参与调解邻里纠纷130余起。", "130余起", 130, "起", "over"),
    ("每月至少开展1次集中接待活动。", "1次", 1, "次", "at_least"),
    ("全年组织视察调研不少于10次。", "10次", 10, "次", "at_least"),
    ("对连续3年实施秸秆还田的农户给予奖补。", "3年", 3, "年", "exact"),
    ("他在村里当干部,到今年已经22年。", "22年", 22, "年", "exact"),   # a duration after 已经
    ("受理群众来信来访860余件次。", "860余件次", 860, "件次", "over"),
    ("大会会期2天半。", "2天半", 2.5, "天", "exact"),                    # and a half
    ("全年任免国家机关工作人员 46 人次。", "46 人次", 46, "人次", "exact"),   # a yearbook copy's spacing
    ("每名委员联系市人大代表 3 至 5 名。", "3 至 5 名", 3, "名", "range"),      # spaces around a range's 至
    ("收集意见建议超1.7万条。", "1.7万条", 17_000, "条", "over"),                 # 超 alone, as a headline writes 超过
    ("全年完成加装电梯签约62台。", "62台", 62, "台", "exact"),                    # 签约 ends in 约, no qualifier
    ("附近4个村的群众出行不便。", "4个", 4, "个", "exact"),                      # nor does 附近
    ("慰问品折合约6900元。", "6900元", 6900, "元", "approx"),                   # but 折合约 is 折合 + 约
    ("全部建成高标准农田约需资金2400万元。", "2400万元", 24_000_000, "元", "approx"),  # 约 before 需(要)
    ("道路按双向6车道标准建设。", "6车道", 6, "车道", "exact"),                  # lanes
    ("全年发电量56.67亿度。", "56.67亿度", 5_667_000_000, "度", "exact"),        # kWh, with 亿 only
    ("代表们走了10多里山路。", "10多里", 10, "里", "over"),                       # the Chinese mile
    ("控制在省核定的债务限额589700万元以内。", "589700万元", 5_897_000_000, "元", "exact"),  # a limit's amount
    ("一般性财政收入3.59亿 元。", "3.59亿 元", 359_000_000, "元", "exact"),    # a space after the multiplier
    ("其中无偿划转10.55亿\n元。", "10.55亿\n元", 1_055_000_000, "元", "exact"),  # a line broken before 元
    ("该项目得票29票。", "29票", 29, "票", "exact"),
    ("压断高压电杆10多根。", "10多根", 10, "根", "over"),
    ("沟宽加了20厘米。", "20厘米", 20, "厘米", "exact"),
    ("全年接待国内公务团组35批次。", "35批次", 35, "批次", "exact"),         # 批次 is one measure word
    ("评议历时3个多月。", "3个多月", 3, "个月", "over"),                     # the qualifier inside 个月
    ("前后用了1个半月。", "1个半月", 1.5, "个月", "exact"),
    ("排队时间长达1个多小时。", "1个多小时", 1, "小时", "over"),
    ("累计学习40个学时。", "40个学时", 40, "学时", "exact"),
    ("规划建设标准篮球场6片。", "6片", 6, "片", "exact"),
    ("摆放10余种学习书籍。", "10余种", 10, "种", "over"),
    ("收购烟叶2.2万担。", "2.2万担", 22000, "担", "exact"),
    ("问卷设题20道。", "20道", 20, "道", "exact"),
    ("室温均在18℃以上。", "18℃以上", 18, "℃", "over"),
    ("为80周岁以上老人发放补贴。", "80周岁以上", 80, "周岁", "over"),
    ("水利设施方面占比13 %。", "13 %", 13, "%", "exact"),                 # a PDF copy's space before %
    ("转业后在基层乡镇一干就是16年。", "16年", 16, "年", "exact"),        # one or two digits: years counted
    ("把参加会议等8类活动纳入积分。", "8类", 8, "类", "exact"),
    ("馆内收藏奇石3000余方。", "3000余方", 3000, "方", "over"),
    ("民生支出占总支出的7成以上。", "7成以上", 7, "成", "over"),            # tenths after an Arabic digit
    ("办理结果在15个工作日内反馈。", "15个工作日", 15, "工作日", "exact"),  # as most annotators write it
    ("力争用2年时间全部达标。", "2年", 2, "年", "exact"),             # …or before 时间
    ("约占全市耕地面积的68%。", "68%", 68, "%", "approx"),
    ("每个海岛至少配备1艘海上救护艇。", "1艘", 1, "艘", "at_least"),
    ("每名代表每季度至少进站接待选民1次。", "1次", 1, "次", "at_least"),   # a predicate between
    ("每名代表每月至少到所在的代表联络站接待选民1次。", "1次", 1, "次", "at_least"),  # a longer predicate
    ("得票最少的一位拟任人员也获得了17票赞成。", "17票", 17, "票", "exact"),  # 最少的: a superlative, no floor
    ("部分村常住人口不足户籍人口的40%。", "40%", 40, "%", "under"),  # a ceiling on a share of a whole named between
    ("完成量不低于年度计划的90%。", "90%", 90, "%", "at_least"),  # 不低于: a floor
    ("全市地区生产总值跨上4000亿元。", "4000亿元", 4e11, "元", "over"),  # past the mark, as 突破
    ("建成日检测能力20万人份的实验室。", "20万人份", 200000, "人份", "exact"),  # doses, not people
    ("组织代表视察重点项目112个次。", "112个次", 112, "个次", "exact"),  # visits counted per item, as 家次
    ("代表们累计登船走访46艘次。", "46艘次", 46, "艘次", "exact"),  # boats visited, each time again
    ("开展联合督办3轮次。", "3轮次", 3, "轮次", "exact"),  # rounds, each counted again
    ("刊发宣传稿件149篇次。", "149篇次", 149, "篇次", "exact"),
    ("审议法规草案19部次。", "19部次", 19, "部次", "exact"),
    ("单灯功率60瓦。", "60瓦", 60, "瓦", "exact"),  # a lamp's power
    ("装机功率3千瓦。", "3千瓦", 3, "千瓦", "exact"),  # 千瓦 as written
    ("新建10千伏线路。", "10千伏", 10000, "伏", "exact"),  # a line's voltage, 千 multiplied out
    ("新增供电能力51万千伏安。", "51万千伏安", 510_000_000, "伏安", "exact"),
    ("给230颗行道树修枝。", "230颗", 230, "颗", "exact"),
    ("添置鞋套100双。", "100双", 100, "双", "exact"),
    ("每份材料控制在1500字以内。", "1500字以内", 1500, "字", "under"),
    ("清淤山坪塘6口。", "6口", 6, "口", "exact"),
    ("新建学生宿舍2幢。", "2幢", 2, "幢", "exact"),
    ("乡镇代表活动经费不低于每人每年600元。", "600元", 600, "元", "at_least"),  # a rate's basis between
    # money written out: 角/分 change, 圆, 整 (finance notices, receipts)
    ("今天开销123元1角1分。", "123元1角1分", 123.11, "元", "exact"),
    ("找回一百三十五块六角七分钱。", "一百三十五块六角七分钱", 135.67, "元", "exact"),
    ("共六十四万零一百四十三元一角七分。", "六十四万零一百四十三元一角七分", 640143.17, "元", "exact"),
    ("税额共计壹仟玖佰圆整，限期缴清。", "壹仟玖佰圆整", 1900, "元", "exact"),
    ("拨付肆佰叁拾萬圆。", "肆佰叁拾萬圆", 4_300_000, "元", "exact"),
    ("合计壹佰捌拾壹圆柒角。", "壹佰捌拾壹圆柒角", 181.7, "元", "exact"),
    ("利息9佰日元。", "9佰日元", 900, "日元", "exact"),
    # Chinese decimals: the fraction digit by digit, never the last digit alone
    ("增长零点五个百分点。", "零点五个百分点", 0.5, "个百分点", "exact"),
    ("治理三点一四平方公里。", "三点一四平方公里", 3.14, "平方公里", "exact"),
    ("误差零点零零一公斤。", "零点零零一公斤", 0.001, "公斤", "exact"),
    # colloquial multipliers
    ("争取资金两个亿元。", "两个亿元", 200_000_000, "元", "exact"),
    ("争取资金一个多亿元。", "一个多亿元", 100_000_000, "元", "over"),
    ("投入三百万元。", "三百万元", 3_000_000, "元", "exact"),
    ("投入资金100万三千元。", "100万三千元", 1_003_000, "元", "exact"),
    ("争取资金数十亿元。", "数十亿元", 1_000_000_000, "元", "over"),
    # numbers web copies break with a space: read whole mid-line
    ("闭会期间共提出建议1 326件。", "1 326件", 1326, "件", "exact"),
    ("完成投资38. 6亿元。", "38. 6亿元", 3_860_000_000, "元", "exact"),
    ("总投资12. 5亿元。", "12. 5亿元", 1_250_000_000, "元", "exact"),
    ("年度投入177. 1 亿元。", "177. 1 亿元", 17_710_000_000, "元", "exact"),
    ("募集新台币 177.1 亿元。", "177.1 亿元", 17_710_000_000, "元", "exact"),
    ("接待群众17 536人次。", "17 536人次", 17536, "人次", "exact"),
    ("接待群众１７　５３６人次。", "１７　５３６人次", 17536, "人次", "exact"),
    ("全长1. 8公里。", "1. 8公里", 1.8, "公里", "exact"),
    # a short number cut anywhere after a Chinese character: its first group alone could be no figure
    ("园区内入驻企业1 40余家。", "1 40余家", 140, "家", "over"),
    ("代表共提出建议2 17件。", "2 17件", 217, "件", "exact"),
    ("满意率达9 8.6%。", "9 8.6%", 98.6, "%", "exact"),
    # comparatives and inclusive bounds
    ("贷款额小于40万元。", "40万元", 400_000, "元", "under"),
    ("单笔大于5000元。", "5000元", 5000, "元", "over"),
    ("报账金额50万元（含）以上。", "50万元（含）以上", 500_000, "元", "at_least"),
]

RANGES = [
    ("办公室均有2至3名专职工作人员。", "2至3名", 2, 3, "名"),
    ("每组吸纳5-6名代表。", "5-6名", 5, 6, "名"),
    ("安排5～6名代表轮流值守。", "5～6名", 5, 6, "名"),
    ("每村10到15人。", "10到15人", 10, 15, "人"),
    ("资助2至3万元。", "2至3万元", 20000, 30000, "元"),
    ("召开座谈会三四场。", "三四场", 3, 4, "场"),
    ("走访七八户。", "七八户", 7, 8, "户"),
    ("每组两到三名代表。", "两到三名", 2, 3, "名"),
    ("历时三五天。", "三五天", 3, 5, "天"),
    ("资助两到三仟澳元。", "两到三仟澳元", 2000, 3000, "澳元"),
    ("资助10~15万元。", "10~15万元", 100_000, 150_000, "元"),
    ("分别给予5000元至2万元的奖励。", "5000元至2万元", 5000, 20000, "元"),
    ("报账金额在1 万(含)-5 万元之间的交由上级批复。", "1 万(含)-5 万元", 10000, 50000, "元"),
    ("奖励1万元--5万元。", "1万元--5万元", 10000, 50000, "元"),
]

NOT_QUANTITIES = [
    "一来天气好,二来路近。", "有1来人说明情况。",                       # 来 after a digit that is no round number: a verb
    "市15届人大常委会第3次会议召开。",  # a term's number, an ordinal: 届 counts only after a verb of serving or holding
    "张山镇12选10票决出民生实事。",                                        # 票决: to decide by vote
    "会议于上午9时30分召开。", "会议10点20分开始。",                         # a clock's minutes
    "会议于3月30日召开。", "截至12月30日,已办结。",                            # dates (no 内 after)
    "打造“15分钟”代表联络圈。", "建成15分钟便民生活圈。",                   # a slogan's reach
    "浙江人大 2024年7期   来源:浙江人大",                                   # a periodical's issue number
    "2022年7月7日召开会议。", "截至9月底完成。", "2019年10月15日视察。", "2022年上半年工作总结。",
    "重回村里 信心满满\n2010年12月,他回到村里。", "2019年以来成效明显。",  # a year after 满⏎ or before 以来
    "召开第 3 次主任会议。", "2023 年工作要点。",                           # spaced ordinals and years
    "第3次会议审议通过。", "十三届人大常委会。", "党的二十大胜利召开。", "二届一次会议期间。",
    "抢抓新国发2号文件机遇。", "印发〔2022〕5号文件。", "建立“1+4+4”工作机制。", "“34、54、33、4X”工作法。",
    "聚焦“4+2+2”产业体系。", "“3+1”联动监督。", "收到了“1+1>2”的效果。", "“1+7”文件提质效。",
    "01", "1、强化管理抓规范提质。", "(一)精心谋划部署。", "联系电话:0851-12345678。",
    "网址http://www.example.gov.cn/2022/1.html。", "黔ICP备12345678号。", "12:26:35发布。",
    "一是抓实宣讲。", "办成了一批实事和好事。", "紧盯一个目标。", "千家万户受益。", "四面八方的群众。",
    "从两部分对乡镇工作给出标准。", "从3方面入手抓落实。", "汀洲村6组一户村民。",  # a village's group number
    "18年3月召开会议。", "读3年级的学生。",                                # an abbreviated date, a school grade
    "收录于合集 #代表联络站 36个\n正文。", "• 下一篇：处理104人！",          # a WeChat tag line, a bulleted link "于2019成立联络站。", "发布时间:2024-01-18 09:32  浏览:1286次  字号:大 中 小",
    # N次会议 after 届/人大/常委会 is a session's ordinal
    "县十七届人大三次会议胜利闭幕。", "在十三届全国人大一次会议上。", "市人大常委会3次会议审议。",
    # at a line start `12. 5亿元` is a list marker and an amount or one broken number: neither is read,
    # and never the fragment 5亿元
    "12. 5亿元用于基础设施。", "1 326件全部办结。",
    # a page's view counter, its word after the count or with 过 before it
    "0次浏览     发布时间:2023-01-05", "本文已被浏览过 3879 次",
    "人大机关办烤烟样板,助推“四群”教育。", "代表李五群参加视察。",   # a campaign's and a person's name, no bees
    "2019年恰逢茂名建市60周年。", "对古树四周实施整治。", "九门村代表联络站开展接待。",  # anniversaries, places
    "县委一把手带头走访。", "三次产业结构持续优化。", "两节期间走访慰问。",  # a term; the two festivals
    "推行群众点单、代表接单、部门办单“三单工作法”。", "百里洲四面环水。", "重点抓好三方面工作。",
    "住在1号楼1单元13楼。", "一心1 把代表建议办好。", "2014年11月21 周五 发布。",
]


@pytest.mark.parametrize("sentence,span,value,unit,qualifier", CASES, ids=[c[1] for c in CASES])
def test_reads_amount(sentence, span, value, unit, qualifier):
    q = only_quantity(sentence)
    assert (q.text, q.unit, q.qualifier) == (span, unit, qualifier)
    assert math.isclose(q.value, value)
    assert sentence[q.start:q.end] == span


@pytest.mark.parametrize("sentence,span,low,high,unit", RANGES, ids=[r[1] for r in RANGES])
def test_reads_range(sentence, span, low, high, unit):
    q = only_quantity(sentence)
    assert (q.text, q.qualifier, q.value, q.low, q.high, q.unit) == (span, "range", low, low, high, unit)


def test_ten_something_is_over_ten():
    q = only_quantity("建成十几个代表之家。")
    assert (q.text, q.value, q.qualifier) == ("十几个", 10, "over")


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_a_quantity(sentence):
    assert [f.text for f in pipeline.extract(sentence) if f.type == "quantity"] == []


def test_list_shares_the_unit():
    qs = [f for f in pipeline.extract("代表活动经费由每人每年500元、1000元提高到800元、1500元。") if f.type == "quantity"]
    assert [(f.text, f.value, f.unit) for f in qs] == [("500元", 500, "元"), ("1000元", 1000, "元"),
                                                       ("800元", 800, "元"), ("1500元", 1500, "元")]


def test_slogan_counts_are_flagged():
    facts = [f for f in pipeline.extract("坚持“四个全方位+五个抓实”工作法。\n全年建成三个代表之家。") if f.type == "quantity"]
    flags = {f.text: f.flags for f in facts}
    assert "slogan" in flags["四个"] and "slogan" in flags["五个"]
    assert "slogan" not in flags["三个"]


# --- the generated table: every unit of the lexicon with every numeral form -------------------------------
NUMERAL_FORMS = [("7", 7), ("36", 36), ("1,250", 1250), ("3.5", 3.5), ("１２", 12), ("2万", 20000),
                 ("1.2万", 12000), ("3亿", 300_000_000), ("十五", 15), ("两百", 200)]
UNIT_TABLE = [("个", "个", 1, "count"), ("名", "名", 1, "people"), ("人", "人", 1, "people"), ("户", "户", 1, "people"),
              ("人次", "人次", 1, "events"), ("次", "次", 1, "events"), ("场", "场", 1, "events"),
              ("条", "条", 1, "count"), ("件", "件", 1, "count"), ("份", "份", 1, "count"), ("项", "项", 1, "count"),
              ("元", "元", 1, "money"), ("万元", "元", 10_000, "money"), ("亿元", "元", 100_000_000, "money"),
              ("亩", "亩", 1, "area"), ("公顷", "公顷", 1, "area"), ("吨", "吨", 1, "mass"), ("公斤", "公斤", 1, "mass"),
              ("公里", "公里", 1, "length"), ("座", "座", 1, "count"), ("所", "所", 1, "count"), ("套", "套", 1, "count"),
              ("头", "头", 1, "count"), ("只", "只", 1, "count"), ("期", "期", 1, "events"), ("批", "批", 1, "events"),
              ("篇", "篇", 1, "count"), ("处", "处", 1, "count"), ("台", "台", 1, "count"), ("辆", "辆", 1, "count")]
GENERATED = [(n, v, u, base, mult, cat) for (n, v), (u, base, mult, cat) in itertools.product(NUMERAL_FORMS, UNIT_TABLE)
             if not (u.endswith("元") and n[-1] in "万亿")]


@pytest.mark.parametrize("numeral,value,unit,base,mult,category", GENERATED,
                         ids=[f"{g[0]}{g[2]}" for g in GENERATED])
def test_every_unit_with_every_numeral(numeral, value, unit, base, mult, category):
    q = only_quantity(f"今年全县完成{numeral}{unit},群众满意。")
    assert (q.text, q.unit, q.category, q.qualifier) == (numeral + unit, base, category, "exact")
    assert math.isclose(q.value, value * mult)


def test_table_is_large_enough():
    assert len(CASES) + len(RANGES) + len(NOT_QUANTITIES) + len(GENERATED) >= 300


# --- properties ----------------------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,万亿千百十余多约近至-~个名元亩%人次一二两三五九零壹佰点角分毛圆整块 ")),
               max_size=20))
def test_parse_number_never_raises(s):
    v = parse_number(s)
    assert v is None or math.isfinite(v)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,万亿千余多约近至-~个名元亩%人次代表联络站建成共,。、一二三“”+"
                                              "点角分毛圆整块数几(含)小于 \n\u3000")),
               max_size=40))
def test_extract_never_raises_and_stays_grounded(s):
    for f in pipeline.extract(s):
        assert 0 <= f.start <= f.end <= len(s)
        assert s[f.start:f.end] == f.text
        if f.type == "quantity":
            assert math.isfinite(f.value) and f.value >= 0
            if f.low is not None:
                assert f.low <= f.high


def test_rates_carry_their_basis():
    qs = [f for f in pipeline.extract("代表活动经费由每人每年500元、1000元提高到800元、1500元,户均年增收1.2万元,投入72万元。")
          if f.type == "quantity"]
    assert [(f.text, f.per) for f in qs] == [("500元", "每人每年"), ("1000元", "每人每年"), ("800元", "每人每年"),
                                             ("1500元", "每人每年"), ("1.2万元", "户均"), ("72万元", None)]


def test_links_under_related_articles_are_page_chrome():
    text = "全县建成联络站18个。\n相关文章\n1. 2023年乡镇人大主席团工作总结范文(通用5篇)\n2. 人大代表述职报告3篇\n"
    assert [f.text for f in pipeline.extract(text) if f.type == "quantity"] == ["18个"]
    # 新闻推荐 heads the same kind of block: another story's title names its district, not the page's
    text = "全县建成联络站18个。\n\n新闻推荐\n\n坪坝街道举办铜梁区首届生态日宣传活动3场\n"
    facts = pipeline.extract(text)
    assert [f.text for f in facts if f.type == "quantity"] == ["18个"]
    assert not [f for f in facts if f.type == "region"]


def test_a_related_report_told_in_full_is_content():
    # 【相关链接】 heads a paragraph of prose (a related report), not a list of link titles: its figures count
    text = ("全县建成联络站18个。\n\n【相关链接】据省人大新闻网消息,调研组先后走进3个园区、8个村,"
            "走访慰问贫困户21户。\n\n相关文章\n1. 人大代表述职报告3篇\n")
    assert [f.text for f in pipeline.extract(text) if f.type == "quantity"] == ["18个", "3个", "8个", "21户"]


def test_a_related_reports_title_over_its_prose_is_content():
    # 【相关链接】融安县:… on its own line, paragraphs of prose under it: the related report told in full keeps its
    # title (its figure, and the county it heads a section for); a list of link titles under it would be chrome
    text = ("全市建成联络站120个。\n\n【相关链接】融安县:三年收集建议500条\n\n"
            "  据了解,融安县人大常委会自2012年起实行满意度测评,代表共提出建议168件。\n")
    facts = pipeline.extract(text)
    assert [f.text for f in facts if f.type == "quantity"] == ["120个", "500条", "168件"]
    assert [(f.text, f.region.name) for f in facts if f.type == "quantity"][1] == ("500条", "融安县")
    # and its title heads a section of its own: a box on one unit, the unit after the box's label
    from pipeline.segment import is_heading
    assert is_heading("【相关链接】融安县:三年收集建议500条") and not is_heading("【相关链接】")


def test_a_related_box_of_listed_clauses_is_content():
    # 【相关链接二】…项目(18项) over numbered clauses closed by semicolons (1.新建…7所,新增学位2800个;): the box holds
    # the list itself, not titles of other pages; a box of short titles stays chrome
    text = ("全市确定民生实事项目。\n\n【相关链接二】2025年某某市重点民生实事项目(12项)\n\n"
            "  1.新建、改扩建中小学和幼儿园7所,新增学位2800个;\n  2.新增普惠性托位400个;\n\n"
            "相关文章\n1. 人大代表述职报告3篇\n")
    assert [f.text for f in pipeline.extract(text) if f.type == "quantity"] == ["12项", "7所", "2800个", "400个"]


def test_dated_headline_links_and_a_random_list_are_page_chrome():
    text = ("全县建成联络站18个。\n\n- 2017-11-29兰州市兴起徒步热 3000人大军金城公园健步\n随机内容\n"
            "· 广西壮族自治区十四届人大二次会议开幕\n")
    facts = pipeline.extract(text)
    assert [f.text for f in facts if f.type == "quantity"] == ["18个"]
    assert [f.name for f in facts if f.type == "region"] == []
    # a chronology line in a report's body (a date, then what was done) stays
    text = "大事记\n——2019年5月12日,建成联络站3个。\n- 2020-06-01,新建代表之家2个。\n"
    assert [f.text for f in pipeline.extract(text) if f.type == "quantity"] == ["3个", "2个"]


def test_bare_numbers_listed_before_a_unit_share_it():
    qs = [f for f in pipeline.extract("一、二、三季度分别开展活动41、46、53次。\n1、强化管理3项。") if f.type == "quantity"]
    assert [(f.text, f.value, f.unit) for f in qs] == [("41", 41, "次"), ("46", 46, "次"), ("53次", 53, "次"),
                                                       ("3项", 3, "项")]


# --- the forms of the peer issue: fragments, 整 in words, change, broken numbers ---------------------------
@pytest.mark.parametrize("sentence,span", [
    ("投入50万元整治河道。", "50万元"),  # 整治 is a word: 整 closes money only before punctuation
    ("建成两个亿元村。", "两个"),  # 亿元村 is an adjective: 两个 counts villages, it is not 两个亿
    ("其中已有13个亿元以上重大工业项目竣工投产。", "13个"),  # things worth 亿元 or more each, not 13亿元
    ("全区18个人大街道工委结合实际开展检查。", "18个"),  # 个 before 人大: the bodies counted, not the word 个人
    ("县级资金 1.6086 亿 元,共实施项目8个。", "1.6086 亿 元"),  # a PDF copy's spaces around the multiplier
    ("共开展满意度测评32项次。", "32项次"),  # 项次, like 件次: items counted once per time
    ("新渡镇累计降雨量达420毫米,超过警戒水位1.5米。", "420毫米"),  # rainfall in millimetres, the flood reports' measure
    ("抽检种子样品136个批次,合格率达97.8%。", "136个批次"),  # 个批次, like 个工作日: the batches are the unit
    ("区域环境噪声昼间等效声级平均值为52.8分贝。", "52.8分贝"),  # decibels, not 52.8 points (分)
    ("昼间道路交通噪声等效声级加权平均值为71.8 dB(A)。", "71.8 dB(A)"),
    ("其中田 31.21 万亩、土 22.97 万\n亩),永久基本农田。", "31.21 万亩"),
    ("发放100元三分之一。", "100元"),  # 分之 is a fraction, not 分 of change
    ("每组5个至10名", "5个"),  # no range across different units
])
def test_colloquial_forms_keep_their_limits(sentence, span):
    assert [f.text for f in pipeline.extract(sentence) if f.type == "quantity"][:1] == [span]


_CN_DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """The standard Chinese numeral of 0 <= n < 10^8 (一千零五, 二十三万四千, 十五)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        tail = "" if low == 0 else ("零" if low < 1000 else "") + to_chinese(low)
        return to_chinese(high) + "万" + tail
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            out += ("零" if zero and out else "") + _CN_DIGITS[d] + unit
            zero = False
        else:
            zero = True
    return out[1:] if out.startswith("一十") and n < 20 else out


def spaced(n: int, sep: str = " ") -> str:
    """1326 -> `1 326`: thousands apart, the way web copies print them."""
    return f"{n:,}".replace(",", sep)


@settings(max_examples=150, deadline=None)
@given(st.integers(1000, 999_999_999), st.sampled_from([" ", "\u3000", "\u00a0"]),
       st.sampled_from(["条", "件", "人次", "万元"]))
def test_spaced_thousands_are_one_number(n, sep, unit):
    text = f"全年收集意见建议{spaced(n, sep)}{unit},已全部办结。"
    q = only_quantity(text)
    assert q.text == spaced(n, sep) + unit
    assert math.isclose(q.value, n * (10_000 if unit == "万元" else 1))


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 999), st.integers(1, 99), st.sampled_from(["亿元", "万元", "公里"]))
def test_broken_decimal_is_one_number_mid_line(whole, frac, unit):
    number = f"{whole}. {frac}"
    q = only_quantity(f"完成投资{number}{unit}。")
    assert q.text == number + unit
    scale = {"亿元": 10 ** 8, "万元": 10 ** 4, "公里": 1}[unit]
    assert math.isclose(q.value, float(f"{whole}.{frac}") * scale)
    # at a line start the reading is ambiguous: nothing, and never the fragment after the break
    assert [f.text for f in pipeline.extract(f"前言\n{number}{unit}用于建设。") if f.type == "quantity"] == []


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 99), st.integers(0, 99), st.sampled_from(["家", "件", "个", "人次"]))
def test_a_short_number_cut_after_a_chinese_character_is_one_number(head, tail, unit):
    """`入驻企业1 40余家`: a one- or two-digit group, one space, a one- or two-digit group, mid-clause."""
    number = f"{head} {tail}"
    q = only_quantity(f"园区内入驻企业{number}{unit},运行良好。")
    assert q.text == number + unit
    assert q.value == int(f"{head}{tail}")


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 999), st.sampled_from(["k", "K", "w", "W"]), st.sampled_from(["", "左右", "上下"]))
def test_read_money_reads_chat_shorthand_as_yuan(n, mark, tail):
    from pipeline.normalize.money import read_money

    got = read_money(f"{n}{mark}{tail}")
    assert got is not None and got.unit == "元"
    assert math.isclose(got.value, n * (1000 if mark in "kK" else 10_000))
    assert got.qualifier == ("approx" if tail else "exact")


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 99_999_999), st.integers(0, 9), st.integers(0, 9), st.booleans())
def test_change_after_yuan(yuan, jiao, fen, chinese):
    if jiao == 0 and fen == 0:
        return
    y = to_chinese(yuan) if chinese else str(yuan)
    j = (_CN_DIGITS[jiao] if chinese else str(jiao)) + "角" if jiao else ""
    f = ("零" if not jiao and chinese else "") + (_CN_DIGITS[fen] if chinese else str(fen)) + "分" if fen else ""
    q = only_quantity(f"今天开销{y}元{j}{f},已报销。")
    assert q.text == f"{y}元{j}{f}" and q.unit == "元"
    assert math.isclose(q.value, yuan + jiao / 10 + fen / 100)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 99_999_999), st.text(alphabet="0123456789", min_size=1, max_size=8))
def test_chinese_decimals(whole, digits):
    numeral = to_chinese(whole) + "点" + "".join(_CN_DIGITS[int(d)] for d in digits)
    expected = float(f"{whole}.{digits}")
    assert math.isclose(parse_number(numeral), expected, rel_tol=1e-12)
    q = only_quantity(f"共有{numeral}个")
    assert q.text == numeral + "个" and math.isclose(q.value, expected, rel_tol=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 99_999_999))
def test_chinese_counts_round_trip(n):
    q = only_quantity(f"共有{to_chinese(n)}个")
    assert q.value == n


def test_a_date_line_never_joins_the_year_that_opens_the_next_line():
    # a number cut by a copy (代表建议1⏎26件) is one number; a complete date before a line opening with a year
    # is no such cut
    text = "任县人大常委会工作报告\n发布时间:2019-12-20\n2019年,建成代表联络站12个。"
    facts = pipeline.extract(text)
    assert [f.value for f in facts if f.type == "date"][0] == "2019-12-20"
    assert [f.text for f in facts if f.type == "quantity"] == ["12个"]
    assert [f.value for f in pipeline.extract("共收到代表建议1\n26件。") if f.type == "quantity"] == [126]


def test_duo_after_the_measure_word_means_and_some():
    got = [(f.text, f.qualifier) for f in pipeline.extract("他把自家2亩多地入了股,书屋办了4年多以后,每斤要少卖1元多。")
           if f.type == "quantity"]
    assert got == [("2亩多", "over"), ("4年多", "over"), ("1元多", "over")]
    # 多 that starts the next word is no qualifier (连续5年多次获评)
    assert [(f.text, f.qualifier) for f in pipeline.extract("连续5年多次获评先进。") if f.type == "quantity"] == [
        ("5年", "exact")]


def test_a_qualifier_reaches_over_a_basis_or_a_verb_of_change():
    got = [(f.text, f.qualifier) for f in pipeline.extract(
        "个别县保障经费不足每站每年5000元,所需资金约增加45万元,每年增加5万元。") if f.type == "quantity"]
    assert got == [("5000元", "under"), ("45万元", "approx"), ("5万元", "exact")]
    # and over the verb's 了 (年销售额突破了380万元, 参训人数超过了600人)
    got = [(f.text, f.qualifier) for f in pipeline.extract(
        "网店的年销售额突破了380万元,参训人数超过了600人,完成了12件。") if f.type == "quantity"]
    assert got == [("380万元", "over"), ("600人", "over"), ("12件", "exact")]


def test_seconds_trips_floors_and_km_are_measures():
    got = [(f.text, f.unit) for f in pipeline.extract(
        "单件分析用时压缩到15秒内。每月往返卫生院10多趟。武东公路已建成8.5km。老人爬了17层楼。") if f.type == "quantity"]
    assert got == [("15秒", "秒"), ("10多趟", "趟"), ("8.5km", "km"), ("17层", "层")]
    assert [f.text for f in pipeline.extract("正文。\n页面执行速度0.0049秒\n") if f.type == "quantity"] == []


def test_chapters_and_multiples_are_quantities():
    qs = {f.text: f for f in pipeline.extract("条例草案共7章45条。村集体经济收入翻了7倍。") if f.type == "quantity"}
    assert qs["7章"].unit == "章" and qs["7章"].value == 7
    assert qs["7倍"].unit == "倍" and qs["7倍"].value == 7


def test_a_copy_that_spaces_every_digit_gives_one_number():
    qs = [(f.text, f.value, f.qualifier) for f in pipeline.extract("全县2 9 6名县人大代表和4 5 0余名乡镇人大代表全部编组。")
          if f.type == "quantity"]
    assert qs == [("2 9 6名", 296, "exact"), ("4 5 0余名", 450, "over")]


def test_a_papers_other_stories_on_the_page_are_chrome():
    # 【本版其他文章】 and 相关推荐 head lists of other stories' headlines: their figures and places are not the page's
    text = ("全县建成联络站18个。\n\n【本版其他文章】\n·丹凤县开展“扶贫日”捐赠活动 募集善款126万元\n"
            "·商南县茶叶产业带动1.2万户群众增收\n\n相关推荐\n· 汝阳红薯节开幕 签约项目12个\n")
    facts = pipeline.extract(text)
    assert [f.text for f in facts if f.type == "quantity"] == ["18个"]
    assert not [f for f in facts if f.type == "region"]


def test_flowers_and_ears_are_counted_and_a_download_counter_is_no_amount():
    got = [(f.text, f.unit) for f in pipeline.extract("年产鲜切花6000万枝左右,两茬共收鲜穗6000多穗。") if f.type == "quantity"]
    assert got == [("6000万枝左右", "枝"), ("6000多穗", "穗")]
    assert not [f for f in pipeline.extract("页数:6页  浏览:1286次  下载:57次  文档格式:DOC") if f.type == "quantity"]


def test_a_numeral_and_measure_word_opening_a_county_name_is_no_amount():
    # 三台县 (台 is a measure word), 六枝特区 (枝 since the unit was added): the county's name, not 3 sets or 6 stems
    for text in ("三台县人大常委会建成联络站3个。", "六枝特区人大常委会建成联络站3个。"):
        assert [f.text for f in pipeline.extract(text) if f.type == "quantity"] == ["3个"]


def test_a_numeral_and_measure_word_opening_a_place_word_is_no_amount():
    # 地处六盘山西麓, 十里铺: a mountain's or a place's name that opens with a numeral and a measure word (jieba's place
    # word), not 6 plates or 10 li (read in the thirty-sixth session); 五个乡镇 stays a count
    got = [f.text for f in pipeline.extract("全县地处六盘山西麓,组织五个乡镇新建护林站3个。") if f.type == "quantity"]
    assert got == ["五个", "3个"]


def test_duo_after_a_measure_is_more_than_and_never_a_following_word():
    got = [(f.text, f.qualifier) for f in pipeline.extract("路面只有3米多宽,种了2亩多地,卖了1元多钱。") if f.type == "quantity"]
    assert got == [("3米多", "over"), ("2亩多", "over"), ("1元多", "over")]
    got = [(f.text, f.qualifier) for f in pipeline.extract("投入资金20万元多方筹措,巡查100米多次。") if f.type == "quantity"]
    assert got == [("20万元", "exact"), ("100米", "exact")]


def test_a_sidebars_run_of_linked_headlines_is_chrome_whatever_its_heading():
    # 热点排行, 精彩视频, VIP推荐: two or more bulleted or ranked titles in a row are other pages; the body's bullet
    # points hold clauses (● 会期:3天,共举行全体会议3次)
    text = ("全县建成联络站18个。\n\n热点排行\n1  桂林市区明起实施交通管制 涉及12条道路\n2  阳朔县发布暴雨橙色预警\n\n"
            "栏目推荐\n·权健被查:天津市成立联合调查组进…\n·女教师患癌被开除,兰州交大博文学…\n\n"
            "● 会期:3天,共举行全体会议3次\n● 出席:应到代表246名,实到231名\n")
    facts = pipeline.extract(text)
    assert [f.text for f in facts if f.type == "quantity"] == ["18个", "3天", "3次", "246名", "231名"]
    assert not [f for f in facts if f.type == "region"]


def test_a_pages_bulleted_metadata_is_no_sidebar_of_headlines():
    # • 来源: 龙门县龙田镇人民政府 in a run of bulleted metadata lines is the page's own source, which names its
    # county; the run is no list of other pages' titles
    text = ("龙田镇召开联络站年度工作总结会\n\n  • 2026-01-06 10:06\n  • 来源: 龙门县龙田镇人民政府\n"
            "  • 发布机构:龙田镇人民政府\n  • 【字体: 大 中 小 】\n\n  全镇共建有人大代表联络站10个。")
    facts = pipeline.extract(text)
    assert "龙门县" in [f.name for f in facts if f.type == "region"]
    assert [(f.text, f.region.name) for f in facts if f.type == "quantity"] == [("10个", "龙门县")]


def test_train_services_and_seedling_trays_are_counted():
    # 列 counts train services run, 盘 seedling trays; 列入 and 列出 after a count are verbs
    got = [(f.text, f.unit) for f in pipeline.extract("中欧班列累计开行1344列,一季可育秧盘12万盘,3个项目列入计划,共列出问题5条。")
           if f.type == "quantity"]
    assert got == [("1344列", "列"), ("12万盘", "盘"), ("3个", "个"), ("5条", "条")]


def test_a_party_committees_plenary_number_is_an_ordinal():
    # 区委七次全会: the committee's seventh plenary, no count of meetings (召开三次会议 after a verb still counts)
    got = [f.text for f in pipeline.extract("围绕十届区委七次全会和市委八次全会确定的目标任务,全区建成联络站3个。")
           if f.type == "quantity"]
    assert got == ["3个"]
    assert [f.text for f in pipeline.extract("县人大常委会共召开三次会议。") if f.type == "quantity"] == ["三次"]


def test_vaccine_doses_and_a_temperature_written_out_are_read():
    got = [(f.text, f.unit, f.qualifier) for f in pipeline.extract("免费接种流感疫苗1.1万余剂次;室温平均提高3至5摄氏度。")
           if f.type == "quantity"]
    assert got == [("1.1万余剂次", "剂次", "over"), ("3至5摄氏度", "摄氏度", "range")]


def test_points_then_wei_are_points_not_the_verb_to_divide():
    # 80分至89分为四星级, 60分为合格: after digits, 分为 is the points and 为 (is); 分为 divides only after a noun
    got = [(f.text, f.unit, f.qualifier) for f in pipeline.extract("评价得分80分至89分为四星级,60分为合格。将全县分为3片。")
           if f.type == "quantity"]
    assert got == [("80分至89分", "分", "range"), ("60分", "分", "exact"), ("3片", "片", "exact")]


def test_baskets_are_counted_and_one_basket_is_an_article():
    # 筐 (a basket) counts produce sold: 帮着销50筐; 一筐筐蘑菇 and 颠碎一筐 count nothing
    got = [(f.text, f.unit) for f in pipeline.extract("我这边能帮着销50筐,望着一筐筐蘑菇被客商拉走。") if f.type == "quantity"]
    assert got == [("50筐", "筐")]


def test_a_count_of_things_over_a_worth_counts_the_things():
    """`13个亿元以上重大工业项目` counts projects worth 亿元 or more each; the worth names their class, not them."""
    qs = [f for f in pipeline.extract("其中已有13个亿元以上重大工业项目竣工投产。") if f.type == "quantity"]
    assert [(f.text, f.value, f.unit, f.item) for f in qs] == [("13个", 13, "个", "重大工业项目")]


def test_a_pdf_line_break_after_the_multiplier_keeps_the_figure_whole():
    qs = [f for f in pipeline.extract("全县现有耕地 54.18 万亩(其中田 31.21 万亩、土 22.97 万\n亩),永久基本农田 46.65 万亩。")
          if f.type == "quantity"]
    assert [(f.text, f.value, f.unit) for f in qs][2] == ("22.97 万\n亩", 229_700, "亩")


def test_a_gambling_sites_advert_line_is_chrome():
    # 真人视讯, 首存, 注册网址: a spam mirror's casino advert; its place (澳门) and figures are not the page's
    text = "澳门某某官网丨真人视讯丨首存即送38元丨注册网址:abc点com\n道外区把574名代表编为23个代表小组。"
    facts = pipeline.extract(text)
    assert [f.text for f in facts if f.type == "quantity"] == ["574名", "23个"]
    assert [f.name for f in facts if f.type == "region"] == ["道外区"]


def test_a_breadcrumb_with_double_arrows_is_chrome():
    # 华夏经纬网 > 广东 > 当前位置 >> 安徽要闻: the portal's channel (广东) is no unit of an 安徽 story
    text = "华夏经纬网 > 广东 > 当前位置 >> 安徽要闻\n\n肥西县丰乐镇新建充电棚3处,惠及居民600余户。"
    facts = pipeline.extract(text)
    assert "广东省" not in [f.name for f in facts if f.type == "region"]
    assert {f.region.name for f in facts if f.type == "quantity"} == {"肥西县"}


def test_a_long_navigation_bar_of_channels_is_chrome():
    # thirty channels set off by |, some named for provinces (浙江频道): no region of the page, however long the line
    bar = " | 网站首页 | 本网动态 | 下载中心 | 经济与法制 | 法讯论坛 | 法治视点 | 法律大讲堂 | 地方频道 | 浙江频道 | 重庆频道 | 河北频道 | "
    facts = pipeline.extract(bar + "\n枝江市人大常委会共交办代表建议146件。")
    assert [f.name for f in facts if f.type == "region"] == ["枝江市"]


def test_a_masthead_then_a_breadcrumb_on_one_line_keeps_the_masthead_and_drops_the_crumbs():
    # 临夏州人大常委会  首页 > 县市人大 > 和政县: the prefecture's site; the county's own report is the page
    text = ("临夏州人大常委会  首页 > 县市人大 > 和政县\n\n和政县人大常委会2013年一季度工作总结\n\n"
            "一、召开常委会情况\n1、一季度组织县人大代表学习培训1期,参训代表150人次。")
    facts = pipeline.extract(text)
    assert {f.region.name for f in facts if f.type == "quantity"} == {"和政县"}
    assert "临夏回族自治州" in [f.name for f in facts if f.type == "region"]  # (the masthead still names its unit)


def test_a_classifieds_masthead_is_chrome():
    # 太原同城免费发布信息 · 今日新增 8231 条 · 本周热帖…1500元/月: the mirror's host site, no figures of the page
    text = "太原同城免费发布信息 · 今日新增 8231 条 · 本周热帖:太原小店区整租两居 1500元/月\n滨海新区清理淤泥4500立方米。"
    assert [f.text for f in pipeline.extract(text) if f.type == "quantity"] == ["4500立方米"]


def test_the_seconds_of_a_clock_time_are_no_amount():
    text = "2018-09-05 09:04:06 字号:大 中 小\n\n全县建成联络站18个,收到来稿1200字。"
    assert [f.text for f in pipeline.extract(text) if f.type == "quantity"] == ["18个", "1200字"]


def test_a_comment_box_and_a_screen_resolution_are_no_figures():
    # 已有0人参与 under 来说两句吧: the comment box's counter; 1024×768分辨率: a screen size, not a score of 768分
    text = ("道外区把574名代表编为23个代表小组。\n\n相关阅读\n0 条评论\n来说两句吧。。。\n已有0人参与,点击查看更多精彩评论\n"
            "建议使用1024×768分辨率浏览本站\n")
    assert [f.text for f in pipeline.extract(text) if f.type == "quantity"] == ["574名", "23个"]


def test_a_villages_groups_listed_by_number_are_places():
    # 在村里7、8、9组一带: the village's groups 7, 8 and 9 (places), never counts; 分为9个组 is a count
    text = "然而前些年,某公司在村里7、8、9组一带修建养猪场。全村共分为9个组,汀洲村6组有农户30户。"
    assert [f.text for f in pipeline.extract(text) if f.type == "quantity"] == ["9个", "30户"]


def test_a_sites_mark_closing_every_paragraph_is_no_part_of_the_text():
    # Vzh安康新闻网 at the end of each paragraph: an anti-copy mark (letters, then the site), never a credit's name
    text = ("通讯员 杨宁 程志林Vzh安康新闻网\n\n小区里有居民502户。Vzh安康新闻网\n\n"
            "在一线倾听民意Vzh安康新闻网\n\n联络站共组织集中驻站12次。Vzh安康新闻网\n")
    facts = pipeline.extract(text)
    assert [(f.name, f.titles) for f in facts if f.type == "official"] == [("杨宁", ["通讯员"]), ("程志林", ["通讯员"])]
    assert [f.text for f in facts if f.type == "quantity"] == ["502户", "12次"]


def test_money_written_with_wan_and_no_yuan_after_a_word_of_spending():
    got = [(f.text, f.value, f.unit, f.qualifier) for f in pipeline.extract(
        "养路费预算是3800万,只花了2960万;他还出资300多万为乡亲们修桥。全镇人口增加3万,新增耕地1.2万亩。")
        if f.type == "quantity"]
    assert ("3800万", 38000000.0, "元", "exact") in got and ("2960万", 29600000.0, "元", "exact") in got, got
    assert ("300多万", 3000000.0, "元", "over") in got, got
    assert not [g for g in got if g[0] == "3万"], got  # no word of money before it: no amount of money


def test_about_with_a_verb_of_needing_before_the_amount_and_about_closing_another_word():
    got = {f.text: f.qualifier for f in pipeline.extract("采购单合起来大约要3280元。全镇签约有3家企业。") if f.type == "quantity"}
    assert got == {"3280元": "approx", "3家": "exact"}, got


def test_a_pages_widgets_and_weather_box_are_no_amounts():
    # read in the thirty-first session: a comment count, a fold's remaining share, a reading time and a weather box
    # are the page's; a room's temperature and comments counted in the report stay amounts
    page = ("今天是2012年1月2日 星期一   福州 多云 8℃~15℃   [登录]\n网友评论(0条)  我要评论\n展开剩余39%\n"
            "阅读需要8分钟 | 收藏\n36℃/24℃ 详情\n室温提高到18℃以上,收集网友评论120条。")
    assert [f.text for f in pipeline.extract(page) if f.type == "quantity"] == ["18℃以上", "120条"]


def test_at_least_is_shared_by_the_list_after_it():
    # 每名代表每季度至少走访选民5户、收集意见2条: one 至少 before a list of figures holds for each of them
    got = [(f.text, f.qualifier) for f in pipeline.extract("每名代表每季度至少走访选民5户、收集意见2条。")
           if f.type == "quantity"]
    assert got == [("5户", "at_least"), ("2条", "at_least")]
    got = [(f.text, f.qualifier) for f in pipeline.extract("每个村卫生室至少配备1台血压计和2名乡村医生。")
           if f.type == "quantity"]
    assert got == [("1台", "at_least"), ("2名", "at_least")]
    # a new clause after a comma starts afresh (至少开展2次,全年完成3次)
    got = [(f.text, f.qualifier) for f in pipeline.extract("每季度至少开展2次,全年共完成视察9次。")
           if f.type == "quantity"]
    assert got == [("2次", "at_least"), ("9次", "exact")]
