"""pipeline/wordtrie.py reads jieba's dictionary from a trie: the same words and tags as jieba's own
tokenizer on real report text, from a cache that is rebuilt when it is missing or broken."""
from pathlib import Path

import jieba
import jieba.posseg

import pipeline
from pipeline import wordtrie
from pipeline.read import read
from pipeline.segment import _jieba, _pos_fixes, word_freq, word_tag

ROOT = Path(pipeline.__file__).resolve().parents[1]


def _windows() -> list[str]:
    text = "".join(read(p).text for p in sorted((ROOT / "corpora" / "real" / "test5").glob("*.txt")))
    return [text[i:i + 40] for i in range(0, len(text), 131)][:250]


def test_same_words_and_tags_as_jiebas_own_tokenizer():
    _, tagger = _jieba()
    jieba.dt.initialize()
    reference = jieba.posseg.POSTokenizer(jieba.dt)  # jieba's dict and its own parse of the tag table
    reference.word_tag_tab.update(_pos_fixes())
    for window in _windows():
        ours = [(p.word, p.flag) for p in tagger.cut(window)]
        assert ours == [(p.word, p.flag) for p in reference.cut(window)], window
    assert word_freq("代表") == jieba.dt.FREQ["代表"] and word_freq("代表联") == 0
    assert word_tag("收入") == "vn" and word_tag("代表") == "n" and word_tag("不是一个词") is None  # pos_fixes


def test_a_missing_or_broken_cache_is_rebuilt(tmp_path, monkeypatch):
    paths = tuple(tmp_path / f"words.{ext}" for ext in ("trie", "freq", "tags"))
    monkeypatch.setattr(wordtrie, "_paths", lambda _: paths)
    freq, tags = wordtrie.load(jieba)  # built and written
    assert all(p.exists() for p in paths) and freq.get("人大代表") == jieba.dt.FREQ["人大代表"]
    paths[1].write_bytes(b"broken")
    freq, tags = wordtrie.load(jieba)  # the frequencies do not fit the trie: rebuilt
    assert freq.get("人大代表") == jieba.dt.FREQ["人大代表"] and tags.get("人大代表") == "nz"


def test_a_long_batch_switches_to_jiebas_dict_with_the_same_routes(monkeypatch):
    monkeypatch.setattr(wordtrie, "SWITCH_AFTER", 5)
    tok, _ = wordtrie.tokenizer(jieba)
    jieba.dt.initialize()
    for window in _windows()[:12]:
        route, expected = {}, {}
        dag = tok.get_DAG(window)
        tok.calc(window, dag, route)
        jieba.dt.calc(window, jieba.dt.get_DAG(window), expected)
        assert dag == jieba.dt.get_DAG(window) and route == expected, window
    assert "get_DAG" not in vars(tok) and tok.FREQ is jieba.dt.FREQ  # switched after five
