"""reportfacts: grounded, comparable facts from Chinese People's Congress (人大) reports.

    import pipeline
    facts = pipeline.extract(text, doc_id="report")      # offsets refer to `text`
    facts = pipeline.extract_file("report.txt")           # reads (and decodes) the file first

The hot path is read -> clean -> segment -> extract -> normalize; each stage is one module.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# stage functions under private names, so that pipeline.clean, pipeline.read and pipeline.segment stay the
# modules (importing a function over its module's name would hide the module from `import pipeline.segment`)
from .clean import clean as _clean
from .extract import extract_candidates as _extract_candidates
from .models import Source
from .normalize import normalize as _normalize
from .read import read as _read
from .segment import segment as _segment

__version__ = "0.1.0"
__all__ = ["extract", "extract_file", "extract_source", "warm_up", "clear_word_caches", "__version__"]


def extract_source(source: Source, components: tuple[str, ...] | None = None) -> list:
    seg = _segment(_clean(source))
    cands = _extract_candidates(seg, components) if components else _extract_candidates(seg)
    return _normalize(seg, cands)


def extract(text: str, doc_id: str = "doc") -> list:
    """All facts of a text already read; every fact's start/end index `text`."""
    return extract_source(Source(text=text, doc_id=doc_id))


def extract_file(path: str | Path, doc_id: str | None = None) -> list:
    return extract_source(_read(path, doc_id=doc_id))


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load what extraction loads on first use (jieba and its tag table, the gazetteer, the item ranker),
    once per process: before a pool forks, on each Dask worker, and before the first file whose time is
    limited, so that a --file-timeout measures the file and not the cold start."""
    extract("六枝特区人大常委会主任张三出席。建成代表之家20个。", doc_id="warm-up")


def clear_word_caches() -> None:
    """Forget the words, tags and item features memoised from texts already seen (not the dictionaries or
    models that warm_up loads): a benchmark round then costs what a new batch of reports costs."""
    from .extract import item_model
    from .normalize import items
    from . import segment, viterbi

    for cached in (segment.tagged, item_model._tokens, item_model._phrase_entries, item_model._features,
                   items.canonical_item):
        cached.cache_clear()
    viterbi.clear()
