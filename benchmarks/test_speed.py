"""Issue 9: the extraction hot path against jieba.lcut, stage by stage, and the cold start."""
import subprocess
import sys

import jieba
import pytest

import pipeline
from pipeline.clean import clean
from pipeline.extract import extract_candidates
from pipeline.models import Source
from pipeline.normalize import normalize
from pipeline.normalize.numbers import parse_number
from pipeline.segment import segment

ROOT = pipeline.__file__.rsplit("/pipeline/", 1)[0]
# the genre's numerals and the forms of the peer issue (decimals, 角/分, 圆整, mixed): both tools read all 20
NUMERALS = ["十八", "二十", "一百二十六", "两千", "三千零五", "一万两千", "壹佰贰拾", "九十五", "二〇二二", "一千二百",
            "三万五千", "四百零八", "七千六百五十", "一万零五", "六十", "零点五", "三点一四", "壹拾壹元壹角",
            "壹佰壹拾壹圆整", "100万三千"] * 15


@pytest.fixture(scope="module")
def warm(corpus_text):
    pipeline.extract(corpus_text[:20000])  # load dictionaries, gazetteer, models once
    jieba.lcut("预热")
    return corpus_text


def test_baseline_jieba_lcut(benchmark, warm):
    words = benchmark(jieba.lcut, warm)
    assert len(words) > len(warm) // 4


def cold(benchmark, fn, *args):
    """Time fn(*args) with the word caches emptied before each round (a new batch of reports)."""
    return benchmark.pedantic(fn, args=args, setup=pipeline.clear_word_caches, rounds=3, iterations=1)


def test_full_extract(benchmark, warm):
    facts = cold(benchmark, pipeline.extract, warm, "bench")
    assert sum(f.type == "quantity" for f in facts) > len(warm) // 1000


def test_stage_clean(benchmark, warm):
    source = Source(text=warm, doc_id="bench")
    cleaned = benchmark(clean, source)
    assert len(cleaned.text) <= len(warm)


def test_stage_segment(benchmark, warm):
    cleaned = clean(Source(text=warm, doc_id="bench"))
    seg = benchmark(segment, cleaned)
    assert seg.sentences


def test_stage_extract(benchmark, warm):
    seg = segment(clean(Source(text=warm, doc_id="bench")))
    cands = cold(benchmark, extract_candidates, seg)
    assert cands.quantities


def test_stage_normalize(benchmark, warm):
    seg = segment(clean(Source(text=warm, doc_id="bench")))
    cands = extract_candidates(seg)
    facts = cold(benchmark, normalize, seg, cands)
    assert facts


def test_normalizer_numbers(benchmark):
    values = benchmark(lambda: [parse_number(n) for n in NUMERALS])
    assert values[:3] == [18, 20, 126]


def test_cn2an_numbers(benchmark):
    cn2an = pytest.importorskip("cn2an")
    values = benchmark(lambda: [cn2an.cn2an(n, "smart") for n in NUMERALS])
    assert values[:3] == [18, 20, 126]


def test_cold_start_extract_one_file(benchmark):
    sample = f"{ROOT}/corpora/samples/001_c6e97b9222098319.txt"

    def run():
        return subprocess.run([sys.executable, "-m", "pipeline", "extract", sample], capture_output=True, check=True)

    out = benchmark.pedantic(run, rounds=3, iterations=1)
    assert out.stdout.count(b"\n") > 5
