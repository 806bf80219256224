"""clean: Source -> Clean, the working text every extractor reads, with a map back to the original.

1. Traditional -> simplified (OpenCC t2s) and full-width -> half-width digits, letters and punctuation.
   Both are one character for one, so positions do not move (checked; a text where OpenCC changes the
   length is converted line by line, and a line that still changes length character by character).
2. Page chrome is dropped line by line: breadcrumbs, share prompts, previous/next links, keyword and
   advertising lines, "recommended" lists, aggregator intros, site footers. Article metadata (source
   lines, bylines, editor credits) and photo captions are document text and stay.
3. Pinyin that bad converters insert after characters (`聯(lián)絡(luò)站`) is removed.
4. Hard-wrapped text (yearbook scans, PDF copies: most lines cut at one width) is joined back into its
   paragraphs: a line of the wrap width that does not end a sentence runs on into the next.
5. A paragraph that repeats an earlier one verbatim is marked (its facts are flagged `duplicate`).
Removals start a new break in the OffsetMap; nothing else moves text.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .data_files import char_variants, title_kinds
from .models import Clean, OffsetMap, Source

# Full-width ASCII (！ to ～), the ideographic space and ￥ fold to ASCII: digits, letters and the
# punctuation the extractors split on (，：；（）！？). Chinese quotes, 、 and 。 are not in that block.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20
_WIDTH[0xFFE5] = ord("¥")
# the small form variants a Big5 conversion leaves (﹔ ﹕ ﹐ ﹑): the same punctuation, so clauses split on them
_WIDTH.update({0xFE50: ord(","), 0xFE51: ord("、"), 0xFE52: ord("."), 0xFE54: ord(";"), 0xFE55: ord(":"),
               0xFE56: ord("?"), 0xFE57: ord("!")})
WIDTH_TABLE = str.maketrans(_WIDTH)

# --- page chrome: whole lines -------------------------------------------------------------------------------
# headings of a list of other pages (相关文档, 相关资料: a document library's; (相关资料图) is a photo's caption, no list)
_RELATED = ("相关文章|相关阅读|相关新闻|相关链接|相关报道|相关推荐|推荐阅读|热门推荐|热点推荐|猜你喜欢|延伸阅读|热门文章|"
            "随机内容|随机文章|最新文章|本版其他文章|本版其它文章|其他文章|更多阅读|更多新闻|新闻推荐|推荐新闻|精彩推荐|往期推荐|"
            "相关文档|相关资料(?!图)|相关下载|推荐内容")
_CRUMBS = r"(?:[^\s>›»]{1,10}\s*[>›»]{1,2}\s*){1,6}[^\s>›»]{1,12}\s*$"  # a breadcrumb line: 首页 > 地方频道 > 杭州 > 要闻 (>> too)
# the label a breadcrumb opens with (当前位置:, 您当前的位置 :)
_HERE = "当前位置|当前的位置|您当前的位置|您的位置|您现在的位置|所在位置"
_TAGS = r"(?:关键词|关键字|标签|TAG)\s*[:：]"  # a page's tags or keywords line (标签: 代表联络站;社情民意)
_CHROME_LINE = regex.compile(
    rf"""^\s*[•·●◆▪]?\s*(?:
        (?:\d{{1,2}}\.\s*)?{_CRUMBS}   # 主页 > 商界 > 正文
      | (?:{_HERE}|当前页面)\s*[:：]
      | 首页\s*[>›»/|]
      | \S{{2,16}}[ \t]+首页\s*[>›»]   # 临夏州人大常委会  首页 > 县市人大 > 和政县: a masthead, then the breadcrumb
      | (?:\p{{Han}}{{2,10}}[ \t\u3000]+){{1,4}}(?:正文|详细内容|内容详情|详情)\s*$   # 郑州人大　县市区人大　正文: its >s lost
      | 扫一扫 | 手机扫 | 微信扫一扫 | 分享到 | 打印本页 | 关闭窗口 | 【?\s*字体\s*[:：]? | 【?打印】? | 收藏本页
      | [^。\n]{{0,30}}(?:设为首页|加入收藏)   # 新闻热线:0577-…|设为首页| 加入收藏|关于我们
      | [^。\n]{{0,30}}(?:免费发布信息|今日新增\s*\d+\s*条)   # a classifieds site's masthead: 今日新增 8231 条
      | 上一?篇(?:新闻|文章|信息)?\s*[:：] | 下一?篇(?:新闻|文章|信息)?\s*[:：] | 上一条\s*[:：] | 下一条\s*[:：] | 上一主题\s*[:：] | 下一主题\s*[:：]   # (a forum's; 上篇新闻:)
      | {_TAGS}
      | 推荐访问\s*[:：] | (?:{_RELATED}) | 更多\s*>>
      | (?:滚动|即时|最新)(?:资讯|新闻|播报|快讯)\s*[:：]   # 滚动资讯:冷水江市…  涟源市…: a ticker of other pages' headlines
      | 下面是小编 | 以下是小编 | 本文由.{{0,20}}整理 | 以上就是 | 欢迎阅读 | 文章来源于网络 | 免责声明
      | 版权所有 | Copyright | © | ICP备 | ICP证 | 公网安备 | 技术支持\s*[:：] | 网站地图 | 主办单位\s*[:：] | 承办单位\s*[:：]
      | 联系我们 | 网站声明 | 访问量 | 浏览次数 | 阅读次数\s*[:：] | 点击数\s*[:：] | 页面执行 | 执行时间\s*[:：]?\s*\d
      | 收录于合集                                                 # a WeChat copy's collection tag
      | (?:繁[體体]|简[体體]|简体中文|繁體中文)\s*[|/｜]\s*(?:繁[體体]|简[体體]|简体中文|繁體中文)\s*$   # 繁體 | 简体: a script switch
      | (?:已有|共有|共)\s*\d+\s*条评论 | \[?我要评论 | 发表评论\s*$ | 网友评论\s*[:：]?\s*$   # 已有 0 条评论 [我要评论]
      | 评论\s*\d+\s*人参与 | 本篇文章\s*\d+\s*字                # 评论 0人参与,0条评论; 本篇文章1367字,读完约3分钟
      | 已有\s*\d+\s*人参与 | 来说两句                           # 已有0人参与,点击查看更多精彩评论: a comment box
      | [【\[][^】\]\n]{{2,8}}[】\]][^。\n]*?(?:电话|微信|QQ)[^。\n]*$   # 【诚信办理】各类资质代办…电话139…800元起: an advert
      | [^。\n]{{0,40}}(?:娱乐城|娛樂城|体育投注|體育投注|现金网|現金網|百家乐|百家樂|博彩|彩金|真人视讯|真人視訊|首存|注册网址|註冊網址)[^。\n]*$   # a spam mirror's gambling banner
      | [-—•·]\s*\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\s*[^,，。;；]{{2,60}}$   # - 2017-11-29兰州市…: a dated headline linked
      | \p{{Han}}{{2,30}}[ \t]+https?://[\x21-\x7e]+\s*$   # 北京哪里治疗白癜风好 http://m.39.net/…: a spam mirror's link
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# a pinyin gloss right after a Han character: (lián), (luò), (dài); tone-marked or plain syllables
_PINYIN = regex.compile(
    r"(?<=\p{Han})[(（](?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
    r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]"
)
# a gloss in plain pinyin, with the space such a mirror leaves after it (內(nei) 蒙古, 會(hui) 議)
_PLAIN_PINYIN = regex.compile(r"(?<=\p{Han})\((?:[bcdfghjklmnpqrstwxyz]?h?[aeiouv][a-z]{0,4})\) ?(?=\p{Han})")
_MIN_PLAIN_GLOSSES = 3
_MIN_DUPLICATE_CHARS = 20


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified, keeping every character in place (same length as the input); the variant
    characters t2s keeps (陜西, 衞) are folded after it (data/char_variants.tsv)."""
    return _t2s_in_place(text).translate(char_variants())


def _t2s_in_place(text: str) -> str:
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    out = []
    for line in text.split("\n"):
        line_s = _t2s().convert(line)
        if len(line_s) != len(line):  # a phrase mapping changed the length: fall back to characters
            line_s = "".join(c2 if len(c2 := _t2s().convert(c)) == 1 else c for c in line)
        out.append(line_s)
    return "\n".join(out)


_FULL_WIDTH = regex.compile("[\uff01-\uff5e\u3000\uffe5\ufe50-\ufe57]")


def normalize_chars(text: str) -> str:
    """Simplified characters, half-width digits/letters/punctuation; same length as `text`."""
    simplified = to_simplified(text)
    # str.translate walks every character through a dict: skip it when there is nothing to fold
    return simplified.translate(WIDTH_TABLE) if _FULL_WIDTH.search(simplified) else simplified


# a list of links under 相关文章 / 推荐阅读: the short lines that follow the heading are chrome too
_RELATED_HEAD = regex.compile(rf"^\s*[【\[(]?(?:{_RELATED})")  # (【相关链接】 too)
# a paragraph of prose after the heading on its own line: sentences, not link titles
_PROSE_AFTER_HEAD = regex.compile(r"[】\])]?[ \t]*[:：]?[ \t]*[^\n]{0,200}?\p{Han}[,，][^\n]{20,}?。")
_LINK_ITEM = regex.compile(r"^\s*(?:\d{1,2}[.、)]|[•·\-—>》])?\s*[^。!?]{1,60}$")
# a numbered item that is a clause of a list, closed by a semicolon (1.新建中小学6所,新增学位3600个;): a box's content,
# where a list of links holds titles
_LISTED_CLAUSE = regex.compile(r"^\s*(?:\d{1,2}[.、)]|[(（]\d{1,2}[)）])\s*[^\n]*\d[^\n]*[;；]\s*$")
# "1. 财讯网" / "2. 主页 > 商界 > 正文": a numbered short item is chrome only inside a breadcrumb block
_NUMBERED_ITEM = regex.compile(r"^\s*\d{1,2}\.\s+[^\s\d][^。,;]{0,11}\s*$")


# a site footer's markers anywhere in a short line (`山东省情网 数字方志库 版权所有`, `苏ICP备…号 本网法律顾问:…`)
_FOOTER_ANYWHERE = regex.compile(r"ICP备|ICP证|公网安备|版权所有|版权申明|版权声明|Copyright|©|网站地图|法律顾问|"
                                 r"(?:主管|主办|承办)(?:[ \t\u3000]|$)", regex.IGNORECASE)
_FOOTER_LINE_CHARS = 120


# a navigation bar: six or more short labels set off by spaces (`河北要闻　市县人大　论坛新声　代表履职…`)
_NAV_BAR = regex.compile(r"^\s*(?:\p{Han}{2,8}[:：]\s*)?(?:\p{Han}{2,6}[ \t\u3000]+){5,}\p{Han}{2,6}\s*$"  # (忻州网群:忻府区 原平市 …)
                         r"|^[^|\n。]{1,12}(?:\|[^|\n。]{1,6}){3,}\s*$"  # (德州新闻网 首页 | 要闻 | 县区 | 民生)
                         # (海西州人大常委会　　首页 | 工作动态 | 市县人大 | …: a longer masthead, then 首页 and the channels)
                         r"|^[^|\n。]{0,20}首页\s*(?:\|[^|\n。]{1,8}){3,}\s*$"
                         # (| 网站首页 | … | 经济与法制 | 浙江频道 | …: eight or more channels, some longer)
                         r"|^[^|\n。]{1,12}(?:\|[^|\n。]{1,8}){8,}\s*$")


@lru_cache(maxsize=1)
def _credits_open() -> regex.Pattern:
    """A line of credits set with spaces (编辑 张倩 二审 魏静文 三审 林志强) opens with a press credit's label: the
    labels data/titles.txt marks `byline`, the ones the officials stage reads names after."""
    from .data_files import data_path

    labels = [line.partition("\t")[0] for line in data_path("titles.txt").read_text(encoding="utf-8").splitlines()
              if line.endswith("\tbyline")]
    return regex.compile(r"\s*(?:" + "|".join(sorted(map(regex.escape, labels), key=len, reverse=True)) + r")[ \t\u3000]")


def is_chrome_line(line: str, neighbour=lambda: "") -> bool:
    """`neighbour` gives the next non-empty line, asked for only when the line is a numbered item."""
    if "。" not in line and ((len(line) <= _FOOTER_LINE_CHARS and _FOOTER_ANYWHERE.search(line))
                            or (_NAV_BAR.match(line) and not _credits_open().match(line))):
        return True  # (a navigation bar of thirty channels is long; its labels are short all the same)
    if _TAGS_LABEL.match(line) and any(line[m.start()].isspace() for m in _credit_line().finditer(line, 1)):
        return False  # 标签: 代表联络站;社情民意 责任编辑: 吴 丹: the tags share their line with the page's credit
    if _CHROME_LINE.match(line):
        # a page copied onto one line starts with its breadcrumb but is the article itself: no chrome line
        # is 300 characters long with three sentences in it
        return not (len(line) > 300 and line.count("。") >= 3)
    if _CHANNEL_LABEL.fullmatch(line):
        # `杭州` above `首页>地方频道>杭州>要闻`: a site's channel label over its breadcrumb
        return bool(_BREADCRUMB_LINE.match(neighbour()))
    if not _NUMBERED_ITEM.match(line):
        return False
    following = neighbour()
    return bool(_CHROME_LINE.match(following) or _NUMBERED_ITEM.match(following))


_TAGS_LABEL = regex.compile(r"\s*" + _TAGS, regex.IGNORECASE)
_CHANNEL_LABEL = regex.compile(r"[ \t]*\p{Han}{2,3}[ \t]*")  # (凤翔人大网, 眉山人大: a masthead, the page's unit)
_BREADCRUMB_LINE = regex.compile(rf"\s*{_CRUMBS}")


@lru_cache(maxsize=1)
def _credit_line() -> regex.Pattern:
    """A credit line (图文编辑:吴某|责任编辑:黎某, 监制:黎某): a press credit of titles.txt, then a colon; the page's own
    staff after its list of links, no link."""
    labels = sorted((w for w, kind in title_kinds().items() if kind == "byline"), key=len, reverse=True)
    return regex.compile(r"\s*(?:图文|文字|文图)?(?:" + "|".join(map(regex.escape, labels)) + r")\s*[:：]")


def _chrome_lines(norm: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of the lines that are page chrome, a list of links under a 相关文章 heading included."""
    chrome = set()
    in_link_list = False
    for k, (a, b) in enumerate(lines):
        line = _PINYIN.sub("", norm[a:b]) if "(" in norm[a:b] else norm[a:b]  # 中国西藏网(wǎng) > 即时新闻
        following = lambda k=k: next((norm[x:y] for x, y in lines[k + 1:] if norm[x:y].strip()), "")  # noqa: E731
        head = _RELATED_HEAD.match(line)
        if head and (_PROSE_AFTER_HEAD.match(line, head.end()) or _PROSE_AFTER_HEAD.match(following())
                     or _LISTED_CLAUSE.match(following())):
            # 【相关链接】据江西省人大新闻网消息,…。 or 【相关链接】田东县:满意度测评… over a paragraph of prose: a
            # related report told in full, its title included, not a list of links (so is 【相关链接二】…项目(18项)
            # over 1.新建…6所,新增学位3600个;)
            in_link_list = False
            continue
        in_link_list = bool(head) or (
            in_link_list and (not line.strip() or bool(_LINK_ITEM.match(line))) and not _credit_line().match(line))
        if in_link_list or is_chrome_line(line, following):
            chrome.add(k)
        if in_link_list and not head and _BREADCRUMB_LINE.match(line):
            in_link_list = False  # 热门推荐|影视大全|… / 泰安新闻发布> 政务信息> 浏览文章: a breadcrumb opens the article,
            # whose headline comes next; the menu above it listed no links down here
    return chrome | _headline_runs(norm, lines)


# a linked headline: a bullet or a rank, then a title with no clause in it (· 临桂区:选民踊跃投票 选举新一届人大代表,
# 1  桂林市区明起实施交通管制, ·权健被查:天津市成立联合调查组进…: a title cut short may hold a comma). Two or more in a row are a sidebar's list of
# other pages, whatever heading it has (精彩视频, 热点排行, 栏目更新推荐, VIP推荐); the body's bullet points (● 会期:
# 3天,共举行…) hold clauses
# (a table's numbered row, 1    南雄市人民政府        171票      17票: figures in cells after column gaps, no headline)
_HEADLINE_ITEM = regex.compile(r"\s*(?:[·•]|\d{1,2}[ \t\u3000]{2,})(?!\s*(?:来源|信息来源|发布机构|发布时间|发布日期|作者|编辑|责任编辑)\s*[:：])"
                            r"(?![^\n]*[ \t\u3000]{2,}[0-9０-９][0-9０-９.]*[万亿]?(?:票|%|件|名|人|个|元|次|条|项|户|家|所|张|亩|分)"
                            r"(?:[ \t\u3000]|$))"
                            r"(?:[^,，。;；\n]{4,60}|[^。\n]{4,60}…)$")  # (• 来源: 龙门县龙田镇人民政府: the page's own metadata)


# the title of a bulleted headline dropped as a list (·蓝伟东到畲江镇调研督导…), kept for the segmenter
_LISTED_TITLE = regex.compile(r"\s*[·•]\s*(?P<title>[^\n]*?)\s*$")


def _headline_runs(norm: str, lines: list[tuple[int, int]]) -> set[int]:
    runs: set[int] = set()
    run: list[int] = []
    for k, (a, b) in enumerate(lines + [(0, 0)]):  # (a sentinel ends the last run)
        if k < len(lines) and _HEADLINE_ITEM.match(norm, a, b):
            run.append(k)
            continue
        if k < len(lines) and not norm[a:b].strip() and run:
            continue  # a blank line inside the list
        if len(run) >= 2:
            runs.update(run)
        run = []
    return runs


def clean(source: Source) -> Clean:
    norm = normalize_chars(source.text)
    pieces: list[str] = []
    clean_starts: list[int] = [0]
    orig_starts: list[int] = [0]
    dropped: list[tuple[int, int]] = []
    out_len = 0

    def keep(a: int, b: int) -> None:
        """Append norm[a:b]; start a new break where the running shift no longer predicts `a`."""
        nonlocal out_len
        if b <= a:
            return
        if orig_starts[-1] + (out_len - clean_starts[-1]) != a:
            if clean_starts[-1] == out_len:  # nothing emitted since the last break: move it
                orig_starts[-1] = a
            else:
                clean_starts.append(out_len)
                orig_starts.append(a)
        pieces.append(norm[a:b])
        out_len += b - a

    lines = list(_lines(norm))
    # a mirror that glosses in plain pinyin (會(hui) 議) does so all over the page: a few such glosses make the rest
    # glosses too, where a lone (abc) after a word may be anything
    plain = "(" in norm and len(_PLAIN_PINYIN.findall(norm)) >= _MIN_PLAIN_GLOSSES
    chrome = _chrome_lines(norm, lines)
    marks = _watermarks(norm, lines)
    # the site's breadcrumb may open the page under a line of chrome (设为首页|加入收藏 / 温岭市人大常委会 > 新闻中心)
    first = next((k for k, (a, b) in enumerate(lines) if norm[a:b].strip()
                  and (k not in chrome or _site_crumb(norm[a:b]))), -1)
    wrapped = _wrapped_lines(norm, lines)
    broken, blank_between = _broken_numbers(norm, lines)
    wrapped |= broken | _run_on_lines(norm, lines)
    for k, (line_start, line_end) in enumerate(lines):
        if k in blank_between:
            continue  # the empty line inside a number broken by a copy (委员提案30 / / 件)
        line = norm[line_start:line_end]
        cursor = line_start
        if k in chrome:
            crumbs = _breadcrumb_prefix(line)
            site = _site_crumb(line) if k == first else None
            if crumbs is None and site:
                # 上海金山人大 > 人大要闻 > 工作动态 opening the page: the site's name is its masthead
                keep(line_start, line_start + site)
                dropped.append((line_start + site, line_end))
                keep(line_end, min(line_end + 1, len(norm)))
                continue
            if crumbs is None:
                dropped.append((line_start, line_end))
                keep(line_end, min(line_end + 1, len(norm)))  # keep the newline so paragraphs stay apart
                continue
            dropped.append((line_start, line_start + crumbs))  # a one-line page: only its breadcrumb goes
            cursor = line_start + crumbs
        tail = _page_tail(line)
        if tail is not None:  # a one-line page: its links to other pages go, as their own lines would
            dropped.append((line_start + tail, line_end))
        junk = _inline_junk(norm, line, line_start, line_end if tail is None else line_start + tail, plain)
        if marks and (mark := _WATERMARK.search(norm, line_start, line_end)) and mark.group("site") in marks:
            junk = sorted(junk + [mark.span()])  # …十分醒目。Vzh安康新闻网: the site's mark closing every paragraph
        for a, b in junk:
            keep(cursor, a)
            dropped.append((a, b))
            cursor = b
        if tail is not None:
            keep(cursor, line_start + tail)
            cursor = line_end
        keep(cursor, line_end if k in wrapped else min(line_end + 1, len(norm)))
    text = "".join(pieces)
    offsets = OffsetMap(tuple(clean_starts), tuple(orig_starts))
    filed = next((m.group("county") for k in sorted(chrome)
                  if (m := _COUNTY_CRUMB.search(norm, *lines[k]))), None)
    hosted = next((m.group("unit") for k in sorted(chrome) if (m := _HOST_FOOTER.search(norm, *lines[k]))), None)
    listed = tuple(m.group("title") for k in sorted(chrome) if (m := _LISTED_TITLE.match(norm, *lines[k])))
    return Clean(text=text, offsets=offsets, source=source, duplicate_spans=_duplicates(text),
                 dropped_spans=tuple(dropped), filed_under=filed, hosted_by=hosted, listed_headlines=listed)


# lottery spam that aggregators stuff into a copied headline (…新桥梁澳门资料大全免费澳门资料大全): its place names
# (澳门, 香港) are no unit of the page
_SPAM_WORD = r"(?:资料大全|六合彩|开奖结果|开奖记录|开奖直播|开奖|管家婆|特马|一肖一码|一码中特|马会|跑狗图)"
_SPAM_HINT = regex.compile(_SPAM_WORD)
_SPAM = regex.compile(r"(?:(?:新|今晚|今期|免费|最准|正版|精准|新澳门|澳门|香港|新澳|澳|港|天天|全年)*" + _SPAM_WORD + ")+")


# a comma a mirror site doubled before another stop (,、 ,, ,。): the stop after it is the text's
_DOUBLED_COMMA = regex.compile(r",(?=[,、。])")


# a site's anti-copy mark closing a line: a few random letters, then the site's name (Vzh安康新闻网)
_WATERMARK = regex.compile(r"[A-Za-z]{2,5}(?P<site>\p{Han}{2,10}?(?:网|报|台))[ \t]*$")
_MIN_WATERMARKS = 3


def _watermarks(norm: str, lines: list[tuple[int, int]]) -> set[str]:
    """Sites whose mark closes three or more lines: there it is a watermark, never the text's (a lone 来源:X网 is)."""
    counts: dict[str, int] = {}
    for a, b in lines:
        if (m := _WATERMARK.search(norm, a, b)) is not None:
            counts[m.group("site")] = counts.get(m.group("site"), 0) + 1
    return {site for site, n in counts.items() if n >= _MIN_WATERMARKS}


def _inline_junk(norm: str, line: str, line_start: int, line_end: int, plain: bool = False) -> list[tuple[int, int]]:
    """Spans inside a kept line that are not the document: pinyin glosses, lottery spam, leftover markup."""
    spans = [m.span() for m in _PINYIN.finditer(norm, line_start, line_end)] if "(" in line else []
    if plain and "(" in line:
        spans += [m.span() for m in _PLAIN_PINYIN.finditer(norm, line_start, line_end)]
    if ",," in line or ",、" in line or ",。" in line:  # (a mirror doubles its punctuation: 许南吉,、蔡劲松,、)
        spans += [m.span() for m in _DOUBLED_COMMA.finditer(norm, line_start, line_end)]
    if _SPAM_HINT.search(line):  # (the full pattern runs only on the rare line that has a spam word)
        spans += [m.span() for m in _SPAM.finditer(norm, line_start, line_end)]
    if "<" in line:  # markup a copy left in the text (总人口接近<SPAN lang=EN-US>12万人, 审核:张建平</p>)
        spans += [m.span() for m in _TAG.finditer(norm, line_start, line_end)]
    return sorted(spans)


_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:[ \t][^<>\n]{0,80})?/?>")


# a page flattened to one line starts with its breadcrumb: 首页 > 区县频道 > 大足 > 正文 大足古龙镇:…
_BREADCRUMB = regex.compile(rf"^\s*(?:(?:{_HERE})\s*[:：]\s*)?"
                            r"(?:[^\s>›»。]{1,12}\s*[>›»]\s*){1,6}[^\s>›»。]{1,12}\s+")
_ONE_LINE_PAGE_CHARS = 200


# where a page flattened to one line goes on to its chrome: print buttons, links to the pages before and after,
# related articles (…转载请注明出处) 【打印本页】 上一篇:麒麟区人大常委会视察… 下一篇:…)
_PAGE_TAIL = regex.compile(r"【?\s*(?:打印本页|关闭窗口)\s*】?|(?:上一篇|下一篇|上一条|下一条|上一主题|下一主题|" + _RELATED
                           + r")\s*[:：]")


def _page_tail(line: str) -> int | None:
    """Where the chrome that closes a one-line page starts (no sentence of the article after it), else None."""
    if len(line) < _ONE_LINE_PAGE_CHARS or "。" not in line:
        return None
    m = _PAGE_TAIL.search(line, line.rindex("。"))
    return m.start() if m else None


def _breadcrumb_prefix(line: str) -> int | None:
    """The length of the breadcrumb that opens a long line holding the article itself, else None (the
    whole line is chrome)."""
    if len(line) < _ONE_LINE_PAGE_CHARS or "。" not in line:
        return None
    m = _BREADCRUMB.match(line)
    return m.end() if m else None


# a prefecture site's channel for its counties, then the county the page is filed under (首页 > 县区人大 > 阳谷,
# 县市人大 >> 文山市, 区县频道 > 大足 > 正文): not 工作动态, 正文 or another channel
_COUNTY_CRUMB = regex.compile(r"(?:旗县区|县市区|区县市|县区|区县|县市|市县)(?:人大|动态|新闻|频道|风采|之窗|传真|快讯)"
                              r"[ \t]*[>›»]{1,2}[ \t]*(?P<county>(?!工作|正文|详细|详情|内容|基层|动态|新闻|要闻|信息)\p{Han}{2,8})"
                              r"(?:[ \t]*[>›»]{1,2}[ \t]*(?:正文|详细内容|详情|内容))?[ \t]*$", regex.M)


# a government or congress site's footer naming its owner (主办单位:中牟县人民政府, 主办:XX市人大常委会办公室)
_HOST_FOOTER = regex.compile(r"(?:主办单位|网站主办|主办)[ \t]*[:：]?[ \t]*(?P<unit>\p{Han}{2,12}?)"
                             r"(?:人民政府|人大常委会|人民代表大会常务委员会)")


# the site's own name as a breadcrumb's first crumb (上海金山人大 > 人大要闻, 温岭市人大常委会 > 新闻中心): a masthead,
# kept as text
_SITE_CRUMB = regex.compile(r"^\s*(\p{Han}{2,10}(?:人大|人大网|人大新闻网|人大常委会|人民政府|新闻网|发布|融媒|日报|在线))\s*[>›»]"
                            r"|^\s*(\S{2,16}?)[ \t]+首页\s*[>›»]")  # (天水在線　首頁 > 縣區新聞: the masthead, then 首页)


def _site_crumb(line: str) -> int | None:
    """The end of the site's name when a breadcrumb opens with it, else None."""
    m = _SITE_CRUMB.match(line)
    return (m.end(1) if m.group(1) else m.end(2)) if m else None


_SENTENCE_END = set("。!?;:…”」』)\"'")
_MIN_WRAPPED_LINES = 5


def _wrapped_lines(norm: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of lines cut by a fixed wrap width: the page's most common length of long lines, shared by
    at least five lines and a third of them. Such a line runs on into the next unless it ends a sentence."""
    lengths = [b - a for a, b in lines if b - a >= 20]
    if len(lengths) < _MIN_WRAPPED_LINES:
        return set()
    counts: dict[int, int] = {}
    for n in lengths:
        counts[n] = counts.get(n, 0) + 1
    width, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if n < _MIN_WRAPPED_LINES or 3 * n < len(lengths):
        return set()
    # a page whose paragraphs open indented (most yearbooks and PDF copies) marks every paragraph's start: a
    # line there that is not indented goes on the paragraph above, even after a full line ending a sentence
    # (…旅游收入4.2亿元。⏎县人大代表回选区述职56人次。) or a line the copy cut short (…面积扩大⏎到3200亩)
    indents = sum(1 for a, b in lines if b - a >= 20 and norm[a] in _INDENT) >= _MIN_WRAPPED_LINES // 2 + 1
    out = set()
    for k, (a, b) in enumerate(lines[:-1]):
        nxt_a, nxt_b = lines[k + 1]
        if nxt_b <= nxt_a or norm[nxt_a].isspace():
            continue
        at_width = width - 2 <= b - a <= width
        if at_width and norm[b - 1] not in _SENTENCE_END:
            out.add(k)
        elif indents and norm[nxt_a] not in _OPENS_LINE_ALONE \
                and (at_width or 4 * (b - a) >= 3 * width and norm[b - 1] not in _SENTENCE_END):
            out.add(k)
    return out


_INDENT = set(" \t\u3000")
_OPENS_LINE_ALONE = set("(（【[<《—-")


# a line a copy broke inside a clause: prose (a clause stop in it) that stops on a word, and a next line that goes
# on with prose; or a next line that opens on a clause stop (…总投资2.6亿元⏎,截至目前…; …1200余亩⏎。)
_CLAUSE_STOP = regex.compile(r"[,、;。]")
_PROSE_STOP = regex.compile(r"[,;。]")
_OPENS_ON_STOP = regex.compile(r"[,、;。:)]")
_NOT_RUN_ON = regex.compile(r"[\s(\[【<《—\-|>]|[一二三四五六七八九十]+[、.]|\d+(?:、|\.(?!\d))|第[一二三四五六七八九十]|"
                            r"[\p{Han}]{1,6}[:]")  # an indent, a list marker, a label (来源:, 编辑:)
_MIN_RUN_ON = 10
_HAN = regex.compile(r"\p{Han}")
# a line opening on a figure (a number, maybe after 达/共, and its measure word)
_FIGURE_OPENS = regex.compile(r"(?:达|共|约|近|为)? ?\d+(?:\.\d+)?(?:余|多)? ?[万亿]?"
                              r"(?:名|个|件|条|人次|人|次|场|项|户|家|座|处|元|亩|公里|平方米|%|份|所|期|天|吨|套|台|辆)")


def _before_trailing_space(norm: str, a: int, b: int) -> int:
    """The end of line a:b without the one space a PDF copy leaves before its break (only one: a wider gap
    sets a caption's credit or a column apart)."""
    return b - 1 if b - a > 1 and norm[b - 1] == " " and not norm[b - 2].isspace() else b


def _run_on_lines(norm: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of lines a copy broke inside a clause, which run on into the next line (see the patterns above)."""
    out = set()
    for k, (a, b) in enumerate(lines[:-1]):
        c, d = lines[k + 1]
        b = _before_trailing_space(norm, a, b)  # (a PDF copy leaves a space before its break: …产量 ⏎2.33 万吨)
        if b - a < _MIN_RUN_ON or d <= c or norm[b - 1] in _SENTENCE_END or norm[b - 1].isspace():
            continue
        if _OPENS_ON_STOP.match(norm, c) or norm[b - 1] in "、," and not _NOT_RUN_ON.match(norm, c):
            out.add(k)  # (副主任甲、乙、⏎丙、丁…: a list goes on past the break)
            continue
        if norm[b - 2:b - 1] == "、" and _HAN.match(norm[b - 1]) and _LIST_ITEM_GOES_ON.match(norm, c, d):
            out.add(k)  # (…朱永贵、姜⏎永功、张天凤…: a list's item cut after its first character)
            continue
        text_start = a + len(norm[a:b]) - len(norm[a:b].lstrip())  # (an indented paragraph's line too)
        if _HAN.match(norm[b - 1]) and _FIGURE_OPENS.match(norm, c) \
                and not (_NOT_RUN_ON.match(norm, text_start) and not _PROSE_STOP.search(norm, a, b)):
            out.add(k)  # …代表共⏎55名,其中…; …参加代表⏎达120人次: the figure the clause was heading for (a line
            # opened by a marker runs on too once it is prose: (二)…再获丰收;新建高标准农田⏎3.2万亩)
            continue
        stops = list(_PROSE_STOP.finditer(norm, a, b))  # (a roster line, names and 、 only, is no prose)
        # (一、彭水…: a heading; …拉开帷幕。某某 摄: a caption's credit, set apart by a space)
        if stops and not _NOT_RUN_ON.match(norm, text_start) and not _NOT_RUN_ON.match(norm, c) \
                and _CLAUSE_STOP.search(norm, c, d) and (norm[b - 1].isdigit() or _HAN.match(norm[b - 1])) \
                and not any(ch.isspace() for ch in norm[stops[-1].end():b]):
            out.add(k)
    return out


_LIST_ITEM_GOES_ON = regex.compile(r"\p{Han}{1,3}[、,，]")  # the rest of the item, then the list's next separator
_DATE_OR_TIME_AT_END = regex.compile(r"(?<!\d)(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)$")
_YEAR_OPENS = regex.compile(r"(?:19|20)\d{2}\s*年")
# what may start the line after a number cut by a copy: more digits, a multiplier, 余/多, or a measure word
_NUMBER_GOES_ON = regex.compile(r"[0-9]|[万亿千百余多]|(?:件|个|名|位|人次|人|次|场|条|项|户|家|座|处|所|元|亩|批|期|天|份)"
                                r"(?=[\p{Han},;。、)])")


_MULTIPLIER_AT_END = regex.compile(r"\d[ ]?[万亿]$")


def _broken_numbers(norm: str, lines: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """(lines that end inside a number, the empty lines between such a line and its continuation): a web
    copy breaks `9⏎000余名` or `委员提案30⏎⏎件,已办结`; the number is one, and so is its clause."""
    joined, blanks = set(), set()
    for k, (a, b) in enumerate(lines[:-1]):
        if b == a or not (norm[b - 1].isdigit() or _MULTIPLIER_AT_END.search(norm, max(a, b - 4), b)):
            continue  # (22.97 万⏎亩: a PDF copy breaks after the multiplier too)
        nxt = k + 1
        if lines[nxt][1] == lines[nxt][0] and nxt + 1 < len(lines):
            nxt += 1  # one empty line between
        c, d = lines[nxt]
        if _DATE_OR_TIME_AT_END.search(norm, max(a, b - 20), b) or _YEAR_OPENS.match(norm, c):
            continue  # 发布时间:2019-12-20⏎2019年,…: a complete date ends the line, a year opens the next
        if d > c and _NUMBER_GOES_ON.match(norm, c):
            joined.add(k)
            blanks.update(range(k + 1, nxt))
    return joined, blanks


def _lines(text: str):
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        yield start, end
        start = end + 1


def _duplicates(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of paragraphs that repeat an earlier paragraph verbatim (surrounding spaces ignored)."""
    seen: set[str] = set()
    spans = []
    for a, b in _lines(text):
        para = text[a:b].strip()
        if len(para) < _MIN_DUPLICATE_CHARS:
            continue
        if para in seen:
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            spans.append((a + lead, a + lead + len(para)))
        else:
            seen.add(para)
    return tuple(spans)
