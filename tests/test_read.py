"""read: real files of every supported encoding and format become exactly the right text, facts index that
text, and anything that cannot honestly become text is an InputError with a one-line reason."""
from __future__ import annotations

import random
import resource
import time

import pytest

from tests.conftest import AD_TEXT, FOOTER_TEXT, NAV_TEXT, paragraphs
from pipeline import extract_source
from pipeline.errors import InputError
from pipeline.read import MAX_BYTES, decode, read

SIMPLIFIED = "000_488bd085654e3816"
TRADITIONAL = "002_c1da34a7a97e611d"


def grounded(source, min_facts: int = 1) -> list:
    """Extract and check every fact's offsets point at its text in the decoded text."""
    facts = extract_source(source)
    assert len(facts) >= min_facts
    for f in facts:
        assert source.text[f.start:f.end] == f.text, f
    return facts


# --- encodings -----------------------------------------------------------------------------------------

ENCODINGS = [
    # (codec used to write, sample, label read() must report)
    ("utf-8", SIMPLIFIED, "utf-8"),
    ("utf-8-sig", SIMPLIFIED, "utf-8-sig"),
    ("utf-16", SIMPLIFIED, "utf-16"),          # BOM + little-endian
    ("utf-16-be+bom", SIMPLIFIED, "utf-16"),
    ("gbk", SIMPLIFIED, "gb18030"),
    ("gb18030", SIMPLIFIED, "gb18030"),
    ("big5", TRADITIONAL, "big5"),
]


@pytest.mark.parametrize("codec, sample, label", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encoding_decodes_to_the_original_text(tmp_path, samples, codec, sample, label):
    plain = codec.removesuffix("+bom")
    text = "\n".join(paragraphs(samples[sample], encoding=plain, limit=30))
    assert len(text) > 800  # enough of the report to carry facts and to tell GB18030 from Big5
    data = ("\ufeff" + text).encode(plain) if codec.endswith("+bom") else text.encode(plain)
    path = tmp_path / f"report_{plain}.txt"
    path.write_bytes(data)

    source = read(path)

    assert source.text == text
    assert source.encoding == label
    grounded(source, min_facts=5)


def test_a_whole_gbk_report_round_trips(tmp_path, samples):
    text = samples[SIMPLIFIED]
    path = tmp_path / "whole.txt"
    path.write_bytes(text.encode("gbk"))
    assert read(path).text == text


@pytest.mark.parametrize("lead_max", [0xD7, 0xF7], ids=["gb2312-level1", "gb2312-all"])
@pytest.mark.parametrize("size", [120, 6000])
def test_random_high_bytes_are_rejected_not_read_as_mojibake(lead_max, size):
    rng = random.Random(size + lead_max)
    # lead and trail bytes both in GB2312's hanzi rows: every pair is a valid GB18030 character, and most
    # of them are 'common' ones, so only how often the commonest appear can tell this is not Chinese prose
    data = bytes(rng.randint(0xB0, lead_max) if i % 2 == 0 else rng.randint(0xA1, 0xFE) for i in range(size))
    data.decode("gb18030")  # the premise: the codec alone accepts it
    with pytest.raises(InputError, match="undecodable"):
        decode(data, "random.txt")


def test_a_gbk_list_of_names_is_still_read():
    """Names use the commonest characters less than prose does: the mojibake check must not refuse them."""
    rng = random.Random(3)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂玉萍红华建国志文斌波辉鹏宇飞海林东晓丹云燕雪梅琳佳俊峰亮"
    names = ["".join([rng.choice(surnames)] + [rng.choice(given) for _ in range(rng.choice((1, 2)))])
             for _ in range(300)]
    text = "县第十八届人民代表大会代表名单\n" + "\n".join("  ".join(names[i:i + 8]) for i in range(0, 300, 8))
    assert decode(text.encode("gbk"), "names.txt") == (text, "gb18030")


def test_arbitrary_high_bytes_are_rejected():
    rng = random.Random(7)
    data = bytes(rng.randint(0x80, 0xFF) for _ in range(6000))
    with pytest.raises(InputError, match="not valid|undecodable") as err:
        decode(data, "noise.txt")
    assert "\n" not in str(err.value)


def test_latin1_text_is_rejected():
    data = ("Le café coûte très cher à Montréal. " * 40).encode("latin-1")
    with pytest.raises(InputError):
        decode(data, "latin1.txt")


# --- formats --------------------------------------------------------------------------------------------

def test_markdown_is_read_as_text(tmp_path, samples):
    paras = paragraphs(samples[SIMPLIFIED], limit=10)
    text = "# " + paras[0] + "\n\n" + "\n\n".join(f"- {p}" if i % 3 == 0 else p for i, p in enumerate(paras[1:]))
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    source = read(path)
    assert source.text == text
    grounded(source, min_facts=5)


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_html_keeps_the_article_and_drops_navigation_ads_and_footer(tmp_path, samples, html_page, charset):
    paras = paragraphs(samples[SIMPLIFIED], limit=8)
    path = tmp_path / "page.html"
    path.write_bytes(html_page(paras, charset=charset).encode(charset))

    source = read(path)

    assert source.format == "html"
    for p in paras[1:]:
        assert p in source.text
    for noise in NAV_TEXT + [AD_TEXT, FOOTER_TEXT, "备案号"]:
        assert noise not in source.text
    grounded(source, min_facts=5)


def test_docx_paragraphs_and_tables(tmp_path, samples, docx_bytes):
    paras = paragraphs(samples[SIMPLIFIED], limit=8)
    path = tmp_path / "report.docx"
    path.write_bytes(docx_bytes(paras, table=[["项目", "数量"], ["代表联络站", "200余个"]]))

    source = read(path)

    assert source.format == "docx"
    assert source.text.startswith("\n".join(paras))
    assert "代表联络站\t200余个" in source.text
    facts = grounded(source, min_facts=5)
    assert any(f.text == "200余个" for f in facts)


def test_pdf_text_layer_in_chinese(tmp_path, samples, pdf_bytes):
    lines = [p[i:i + 38] for p in paragraphs(samples[SIMPLIFIED], limit=20) for i in range(0, len(p), 38)][:90]
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes(lines))

    source = read(path)

    assert source.format == "pdf"
    assert len(lines) > 40  # more than one page
    for line in lines:
        assert line.strip() in source.text
    grounded(source, min_facts=5)


def test_scanned_pdf_without_text_layer_is_an_error(tmp_path, pdf_bytes):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes([]))
    with pytest.raises(InputError, match="no text layer"):
        read(path)


# --- inputs that must fail with a one-line reason --------------------------------------------------------

def bad_inputs(docx_bytes, pdf_bytes, samples) -> dict[str, tuple[str, bytes, str]]:
    """name -> (suffix, bytes, regex the reason must match)."""
    rng = random.Random(5)
    good_docx = docx_bytes(paragraphs(samples[SIMPLIFIED], limit=5))
    good_pdf = pdf_bytes(paragraphs(samples[SIMPLIFIED], limit=3))
    return {
        "empty": (".txt", b"", "empty file"),
        "blank": (".txt", b"  \n\r\n\t \n", "no text"),
        "binary": (".txt", bytes(rng.randrange(256) for _ in range(4000)) + b"\x00\x00", "binary"),
        "control": (".txt", b"\x01\x02\x03\x04abc\x05\x06\x07\x08" * 100, "binary content"),
        "truncated_docx": (".docx", good_docx[: len(good_docx) // 2], "corrupt or truncated DOCX"),
        "random_docx": (".docx", bytes(rng.randrange(256) for _ in range(3000)), "DOCX"),
        "truncated_pdf": (".pdf", good_pdf[: len(good_pdf) // 2], "PDF"),
        "invalid_bytes": (".txt", bytes(rng.randint(0xB0, 0xF7) if i % 2 == 0 else rng.randint(0xA1, 0xFE)
                                       for i in range(4000)), "undecodable"),
        "bad_utf8_after_bom": (".txt", b"\xef\xbb\xbf" + "人大代表".encode() + b"\xff\xfe\xfd", "invalid utf-8"),
        "nested_html": (".html", ("<html><body>" + "<div>" * 100_000 + "<p>人大常委会召开会议。</p>"
                                  + "</div>" * 100_000 + "</body></html>").encode(), "nested too deeply"),
        "empty_html": (".html", b"<html><head><title>t</title></head><body><script>var a = 1;</script><img src=a.png></body></html>", "no main text"),
    }


BAD = ["empty", "blank", "binary", "control", "truncated_docx", "random_docx", "truncated_pdf", "invalid_bytes",
       "bad_utf8_after_bom", "nested_html", "empty_html"]


@pytest.mark.parametrize("kind", BAD)
def test_bad_input_is_one_line_input_error(tmp_path, samples, docx_bytes, pdf_bytes, kind):
    suffix, data, reason = bad_inputs(docx_bytes, pdf_bytes, samples)[kind]
    path = tmp_path / f"{kind}{suffix}"
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason) as err:
        read(path)
    message = str(err.value)
    assert message.startswith(str(path) + ": ")
    assert "\n" not in message and len(message) < 300


def test_one_50mb_line_is_refused_quickly(tmp_path):
    path = tmp_path / "oneline.txt"
    path.write_bytes(b"a" * 50_000_000)
    started = time.perf_counter()
    with pytest.raises(InputError, match="line longer than"):
        read(path)
    assert time.perf_counter() - started < 5


def test_a_huge_file_is_refused_by_size_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES * 16)  # sparse: a gigabyte that costs no disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with pytest.raises(InputError, match="too large"):
        read(path)
    assert time.perf_counter() - started < 1
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024  # KiB: far below 1 GB
