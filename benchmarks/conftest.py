"""Speed, measured as ratios against jieba.lcut in the same run (these machines are noisy).

    python -m pytest benchmarks --benchmark-enable        # full: every corpus document once, several rounds
    CI / plain `pytest`: benchmarks are disabled (one round each) on ~100 KB: a short check they run.
Every round of an extraction stage starts with cold word caches (pipeline.clear_word_caches), as a new batch
of reports would: the dictionaries and models stay loaded, the words of the text seen before do not.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def bench_chars(config) -> int:
    if os.environ.get("REPORTFACTS_BENCH_CHARS"):
        return int(os.environ["REPORTFACTS_BENCH_CHARS"])
    return 10**9 if config.getoption("benchmark_enable", False) else 100_000


@pytest.fixture(scope="session")
def corpus_text(request) -> str:
    """Every document of the project's corpora once (real pages first, ~2 M characters in all), cut to
    100 KB for the quick CI run. Nothing repeats, so no round is helped by words memoised from a copy."""
    folders = [ROOT / "corpora" / "real", ROOT / "corpora" / "dev", ROOT / "corpora" / "test", ROOT / "corpora" / "samples"]
    from pipeline.read import read  # (some test documents are GB18030 or Big5)

    texts = [read(p).text for folder in folders for p in sorted(folder.rglob("*.txt"))]
    return "\n".join(texts)[:bench_chars(request.config)]


def pytest_terminal_summary(terminalreporter, config):
    for title, text in getattr(config, "reportfacts_results", {}).items():  # test_ingest_speed.py
        terminalreporter.write_sep("-", title)
        terminalreporter.write_line(text)
    session = getattr(config, "_benchmarksession", None)
    if session is None or not session.benchmarks:
        return
    medians = {b.name.split("[")[0]: b.stats.median for b in session.benchmarks if b.stats is not None}
    base = medians.get("test_baseline_jieba_lcut")
    if not base:
        return
    terminalreporter.write_sep("-", "speed relative to jieba.lcut on the same text (higher is faster)")
    for name, median in sorted(medians.items(), key=lambda kv: kv[1]):
        if name.startswith("test_cold_start") or name.startswith("test_normalizer") or name.startswith("test_cn2an"):
            continue
        terminalreporter.write_line(f"{name:40s} {base / median:8.2f}x   (median {median * 1000:9.1f} ms)")
    norm, cn2an = medians.get("test_normalizer_numbers"), medians.get("test_cn2an_numbers")
    if norm and cn2an:
        terminalreporter.write_line(f"{'normalizer vs cn2an (same inputs)':40s} {cn2an / norm:8.2f}x")
    cold = medians.get("test_cold_start_extract_one_file")
    if cold:
        terminalreporter.write_line(f"{'cold start: reportfacts extract one.txt':40s} {cold:8.2f} s")
