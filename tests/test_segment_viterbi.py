"""pipeline/viterbi.py decodes jieba's POS HMM as jieba does: the same route and score on real report text."""
import importlib
from pathlib import Path

import pipeline
from pipeline import viterbi as fast
from pipeline.read import read
from pipeline.segment import tagged

ROOT = Path(pipeline.__file__).resolve().parents[1]


def _runs() -> list[str]:
    """Runs of characters jieba would hand its decoder: names, rare words and window edges from the corpora."""
    text = "".join(read(p).text for p in sorted((ROOT / "corpora" / "real" / "test6").glob("*.txt")))
    return [text[i:i + n] for i in range(0, 60_000, 211) for n in (2, 4, 7)][:300]


def test_same_route_and_score_as_jiebas_decoder():
    tagged("预热")  # loads jieba.posseg and its tables
    posseg = importlib.import_module("jieba.posseg")
    original = importlib.import_module("jieba.posseg.viterbi").viterbi
    tables = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    fast.clear()
    for run in _runs():
        assert fast.viterbi(run, *tables) == original(run, *tables), run


def test_installed_in_place_of_jiebas():
    tagged("预热")
    assert importlib.import_module("jieba.posseg").viterbi is fast.viterbi
    # and the tagger's words are what jieba gives for a name, a rare word and a window cut mid-word
    assert ("王显辉", "nr") in tagged("王显辉带着村干部跑项目")
