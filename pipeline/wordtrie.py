"""jieba's dictionary as a memory-mapped trie: the same words, routes and tags, without jieba's slow load.

jieba keeps its dictionary as a Python dict of 580K entries (every word and every prefix of one), which it
unmarshals from a cache file on first use (0.5-1.4 s of a cold `reportfacts extract one.txt`), and
jieba.posseg re-parses dict.txt's 349K lines for its tag table at every import. Here the words go into a MARISA
trie (the marisa-trie package), their frequencies into a flat array and their tags into a byte per word, all
cached in the temp folder next to the other derived tables (diskcache.py) and memory-mapped on later starts.

`tokenizer(jieba)` is a jieba.Tokenizer of its own (jieba.dt, the baseline the benchmarks time, is left
alone) whose get_DAG and calc read the trie, until a long batch has made SWITCH_AFTER lookups: then it takes
jieba's own dict, whose walk over prefixes is ~3x faster than the trie's from Python. Both follow jieba's
code (MIT-licensed) step by step:
- get_DAG: jieba walks prefixes of the text while they are keys of its dict and keeps those with a
  frequency; the trie's prefixes of the text are exactly those words (jieba stores every prefix of a word,
  so its walk reaches every word the trie finds), in the same increasing order.
- calc: the same dynamic programme over log(freq or 1) - log(total), max over (score, end) tuples, so
  ties break the same way.
tests/test_wordtrie.py checks the words and tags against jieba's own tokenizer on real text.
"""
from __future__ import annotations

import io
import marshal
import os
from array import array
from math import log
from pathlib import Path

import marisa_trie

from .diskcache import cache_path

_LONGEST_WORD = 16  # jieba's dictionary has no longer word: prefixes are looked up in a window this wide


class TrieFreq:
    """The read side of jieba's FREQ dict that its POS tagger and our code use: get(word, default), items()."""

    def __init__(self, trie: marisa_trie.Trie, freqs: array):
        self.trie, self.freqs = trie, freqs

    def get(self, word: str, default=None):
        key = self.trie.get(word)
        return default if key is None else self.freqs[key]

    def items(self):
        for word, key in self.trie.iteritems():
            yield word, self.freqs[key]


class TagTable:
    """jieba.posseg's word -> tag table read from the same trie (a tag id per word), with the project's
    corrections (data/pos_fixes.tsv) laid over it: what the tagger and word_tag call (get, update)."""

    def __init__(self, trie: marisa_trie.Trie, tag_ids: bytes, names: list[str]):
        self.trie, self.tag_ids, self.names = trie, tag_ids, names
        self.overrides: dict[str, str] = {}

    def get(self, word: str, default=None):
        tag = self.overrides.get(word)
        if tag is not None:
            return tag
        key = self.trie.get(word)
        return default if key is None else self.names[self.tag_ids[key]]

    def update(self, fixes: dict[str, str]) -> None:
        self.overrides.update(fixes)



def _paths(dict_file: Path) -> tuple[Path, Path, Path]:
    base = cache_path("jieba-trie", [dict_file], version="2")
    return base.with_suffix(".trie"), base.with_suffix(".freq"), base.with_suffix(".tags")


def _from_dict(jieba, dict_file: Path) -> tuple[TrieFreq, TagTable]:
    """Parse dict.txt the way jieba does: frequencies and their total as gen_pfdict reads them, tags as
    jieba.posseg's load_word_tag does (the last line for a word wins)."""
    with open(dict_file, "rb") as f:
        pfdict, total = jieba.Tokenizer().gen_pfdict(f)
    tag_of: dict[str, str] = {}
    for line in dict_file.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split(" ")
        if len(parts) == 3:
            tag_of[parts[0]] = parts[2]
    trie = marisa_trie.Trie([w for w, freq in pfdict.items() if freq > 0] + list(tag_of))
    freqs = array("q", bytes(8 * (len(trie) + 1)))
    names = sorted(set(tag_of.values())) + ["x"]
    ids = {name: i for i, name in enumerate(names)}
    tag_ids = bytearray([ids["x"]]) * len(trie)
    for word, key in trie.iteritems():
        freqs[key] = pfdict.get(word, 0)
        tag_ids[key] = ids[tag_of.get(word, "x")]
    freqs[len(trie)] = total  # the last slot holds the total, which calc's log(total) needs
    return TrieFreq(trie, freqs), TagTable(trie, bytes(tag_ids), names)


def _save(freq: TrieFreq, tags: TagTable, paths: tuple[Path, Path, Path]) -> None:
    """Atomic writes, the trie last: a trie on disk always has its frequencies and tags beside it."""
    trie_file, freq_file, tag_file = paths
    pid = os.getpid()
    tmp = [p.with_name(f"{p.name}.{pid}.tmp") for p in paths]
    freq.trie.save(str(tmp[0]))
    tmp[1].write_bytes(freq.freqs.tobytes())
    tmp[2].write_bytes(marshal.dumps((tags.names, tags.tag_ids)))
    os.replace(tmp[1], freq_file)
    os.replace(tmp[2], tag_file)
    os.replace(tmp[0], trie_file)


def _load(paths: tuple[Path, Path, Path]) -> tuple[TrieFreq, TagTable]:
    trie_file, freq_file, tag_file = paths
    trie = marisa_trie.Trie()
    trie.mmap(str(trie_file))
    freqs = array("q")
    freqs.frombytes(freq_file.read_bytes())
    names, tag_ids = marshal.loads(tag_file.read_bytes())
    if len(freqs) != len(trie) + 1 or len(tag_ids) != len(trie):
        raise ValueError("trie, frequencies and tags differ")
    return TrieFreq(trie, freqs), TagTable(trie, tag_ids, names)


def load(jieba) -> tuple[TrieFreq, TagTable]:
    """The cached trie, else one built from jieba's dict.txt (and cached: a cache is never an error)."""
    dict_file = Path(jieba.__file__).with_name("dict.txt")
    paths = _paths(dict_file)
    try:
        return _load(paths)
    except (OSError, ValueError, TypeError, EOFError, RuntimeError):
        pass
    built = _from_dict(jieba, dict_file)
    try:
        _save(*built, paths)
    except (OSError, RuntimeError):
        for p in paths:
            p.with_name(f"{p.name}.{os.getpid()}.tmp").unlink(missing_ok=True)
    return built


# DAG lookups after which a process switches to jieba's own dict: the trie loads in milliseconds (a cold
# start), jieba's dict in ~0.5-1.4 s but walks prefixes ~3x faster, so it pays for itself after ~15K windows
SWITCH_AFTER = 20_000


def _switch_to_dict(jieba, tok) -> None:
    """Give `tok` jieba's own dictionary and its own get_DAG and calc (the class methods): the same words."""
    jieba.dt.check_initialized()
    del tok.get_DAG, tok.calc
    tok.FREQ, tok.total = jieba.dt.FREQ, jieba.dt.total


def tokenizer(jieba):
    """(a jieba.Tokenizer that reads the trie, the tag table): jieba's words, routes and tags, loaded in
    milliseconds."""
    freq, tags = load(jieba)
    trie, freqs = freq.trie, freq.freqs
    total = freqs[len(trie)]
    logtotal = log(total)
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = freq, total, True
    tok.get_dict_file = lambda: io.BytesIO(b"")  # a POSTokenizer built on it parses no dict.txt (segment.py)
    prefixes = trie.iter_prefixes_with_ids
    last: list = [None, None]  # the sentence get_DAG saw last and its edges' log frequencies, for calc
    calls = [0]

    def get_DAG(sentence: str) -> dict:
        calls[0] += 1
        if calls[0] > SWITCH_AFTER:
            _switch_to_dict(jieba, tok)  # a long batch: jieba's plain dict pays for its load from here on
            return tok.get_DAG(sentence)
        dag, weights = {}, {}
        for k in range(len(sentence)):
            found = [(k + len(word) - 1, log(freqs[key] or 1))
                     for word, key in prefixes(sentence[k:k + _LONGEST_WORD])]
            dag[k] = [end for end, _ in found] or [k]
            weights[k] = found or [(k, 0.0)]  # (a character that is no word: log(1))
        last[0], last[1] = sentence, weights
        return dag

    def calc(sentence: str, DAG: dict, route: dict) -> None:
        n = len(sentence)
        route[n] = (0, 0)
        if last[0] == sentence:
            weights = last[1]
            for idx in range(n - 1, -1, -1):
                route[idx] = max((w - logtotal + route[x + 1][0], x) for x, w in weights[idx])
            return
        for idx in range(n - 1, -1, -1):  # (a DAG this tokenizer did not build: jieba's own loop)
            route[idx] = max((log(freq.get(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                             for x in DAG[idx])

    tok.get_DAG, tok.calc = get_DAG, calc
    return tok, tags
