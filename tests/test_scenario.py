"""The comparison scenario (corpora/scenario): ingest its documents, ask `compare` every question in
questions.json and check the answer: one figure per county, item and year, achievements only, the stock
before the flow, rates never summed, the year the figure is true for (issue: comparisons an analyst can trust).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.analysis import compare_rows
from pipeline.ingest import ingest
from pipeline.load import connect

SCENARIO = Path(__file__).resolve().parent.parent / "corpora" / "scenario"
QUESTIONS = json.loads((SCENARIO / "questions.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    db = tmp_path_factory.mktemp("scenario") / "scenario.duckdb"
    report = ingest(sorted(SCENARIO.glob("s*.txt")), db=db, workers=1, progress=False)
    assert not report.failed
    con = connect(db, read_only=True)
    yield con
    con.close()


def ask(con, q: dict) -> dict | None:
    """compare ITEM [--period] [--by]: the row of the question's unit, or None when it has none."""
    cols, rows = compare_rows(con, q["item"], q["by"], q["period"])
    mine = [dict(zip(cols, r)) for r in rows if r[cols.index("code")] == q["code"]]
    assert len(mine) <= 1, f"{q['id']}: more than one row for {q['name']}: {mine}"
    return mine[0] if mine else None


def test_the_scenario_sets_its_traps():
    assert len(QUESTIONS) >= 20
    assert len({q["code"] for q in QUESTIONS if q["by"] == "county"}) >= 4
    assert any(q["answer"] is None for q in QUESTIONS)
    assert any(q["by"] == "prefecture" for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_compare_answers(con, q):
    row = ask(con, q)
    if q["answer"] is None:
        assert row is None, f"{q['name']} {q['item']}: only a plan exists, compare says {row}"
        return
    assert row is not None, f"{q['name']} {q['item']} {q['period']}: no answer ({q['trap']})"
    got = (float(row["value"]), row["unit"], str(row["period"]))
    want = (float(q["answer"]["value"]), q["answer"]["unit"], q["answer"]["period"])
    assert got == want, f"{q['name']} {q['item']}: {got} != {want} ({q['trap']}; {q['evidence']})"
