"""Engines on the same documents, as ratios in one run, and cost per character against document size.

- documents/s of `ingest` with the local engine (1 and 2 workers) and the Dask engine (a LocalCluster of 2
  workers) on the same documents generated from corpora/ (1,000 with --benchmark-enable, 100 in CI),
  with the Dask engine's per-batch cost and the driver's DuckDB build (the numbers of the 1 M estimate
  in docs/cluster.md);
- chars/s of `extract` on one single-paragraph document of 100 KB and of 10 MB (1 MB in CI): linear cost
  keeps the two within 1.5x.
Printed at the end of the run (benchmarks/conftest.py); speed never fails a test.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import pipeline
from pipeline.read import read
from benchmarks.conftest import ROOT



def results(config) -> dict[str, str]:
    """Lines printed at the end of the run (benchmarks/conftest.py), kept on the pytest config."""
    if not hasattr(config, "reportfacts_results"):
        config.reportfacts_results = {}
    return config.reportfacts_results


def _full(config) -> bool:
    return bool(config.getoption("benchmark_enable", False))


def corpus_texts() -> list[str]:
    return [read(p).text for sub in ("samples", "dev", "test")
            for p in sorted((ROOT / "corpora" / sub).glob("*.txt"))]


@pytest.fixture(scope="module")
def documents(request, tmp_path_factory) -> Path:
    n = 1000 if _full(request.config) else 100
    texts = corpus_texts()
    folder = tmp_path_factory.mktemp("bench_docs")
    for i in range(n):
        body = texts[i % len(texts)]
        (folder / f"doc_{i:05d}.txt").write_text(f"第{i}号报告：本次共收到代表意见建议{i + 3}件。\n{body}", encoding="utf-8")
    return folder


def test_engines_documents_per_second(documents, tmp_path, request):
    pytest.importorskip("distributed")
    from pipeline.engines import ingest_dask
    from pipeline.ingest import ingest

    n = len(list(documents.glob("*.txt")))
    rates = {}
    for workers in (1, 2):
        started = time.perf_counter()
        report = ingest([documents], db=tmp_path / f"local{workers}.duckdb", workers=workers, progress=False)
        rates[f"local, {workers} worker(s)"] = n / (time.perf_counter() - started)
        assert report.loaded == n
    started = time.perf_counter()
    report = ingest_dask([documents], db=tmp_path / "dask.duckdb", out=tmp_path / "out", workers=2, progress=False)
    seconds = time.perf_counter() - started
    rates["dask, LocalCluster of 2 workers"] = n / seconds
    assert report.loaded == n
    base = rates["local, 1 worker(s)"]
    lines = [f"{name:34s} {rate:7.1f} docs/s  {rate / base:5.2f}x local-1" for name, rate in rates.items()]
    per_batch = sum(report.batch_seconds) / len(report.batch_seconds)
    docs_per_batch = sum(report.batch_documents) / len(report.batch_documents)
    lines.append(f"dask batches: {report.batches}, {docs_per_batch:.0f} docs and {per_batch:.2f} s of worker time each "
                 f"({docs_per_batch / per_batch:.1f} docs/s per worker); DuckDB build {report.build_seconds:.2f} s "
                 f"for {n} docs; workers' cold start {report.warm_seconds:.1f} s")
    results(request.config)[f"ingest of {n} documents generated from corpora/"] = "\n".join(lines)


def one_paragraph(chars: int) -> str:
    flat = "".join(t.replace("\n", "") for t in corpus_texts())
    return (flat * (chars // len(flat) + 1))[:chars]


def test_cost_per_character_is_flat_in_document_size(request):
    big = 10_000_000 if _full(request.config) else 1_000_000
    pipeline.extract(one_paragraph(20_000))  # warm: dictionaries and caches
    rates = {}
    for chars, rounds in ((100_000, 3), (big, 1)):  # the median of 3 for the short one: less noise
        text = one_paragraph(chars)
        seconds = []
        for _ in range(rounds):
            pipeline.clear_word_caches()  # cold, as the big one is: warm repeats of the small one read as superlinear
            started = time.perf_counter()
            facts = pipeline.extract(text, "bench")
            seconds.append(time.perf_counter() - started)
            assert len(facts) > chars // 1000
        rates[chars] = chars / sorted(seconds)[len(seconds) // 2]
    small_rate, big_rate = rates[100_000], rates[big]
    results(request.config)["one single-paragraph document"] = (
        f"100 KB: {small_rate:,.0f} chars/s; {big // 1_000_000} MB: {big_rate:,.0f} chars/s; "
        f"ratio {small_rate / big_rate:.2f} (linear: within 1.5)")
