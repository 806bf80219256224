"""Shared fixtures: the sample reports, real files made from them (DOCX, PDF, HTML), the CLI and the database.

Everything is built inside the tests from corpora/samples, so a test exercises the same readers a user's
files go through; nothing here knows what a particular test asserts.
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"


def encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def paragraphs(text: str, encoding: str | None = None, limit: int | None = None) -> list[str]:
    """Non-blank lines (stripped) of a text; with `encoding`, only those it can encode."""
    out = [line.strip() for line in text.split("\n") if line.strip()]
    if encoding:
        out = [p for p in out if encodable(p, encoding)]
    return out[:limit] if limit else out


@pytest.fixture(scope="session")
def samples() -> dict[str, str]:
    """The sample reports by file stem (000_… simplified; 002_… traditional)."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def make_variants(samples):
    """make_variants(folder, n, repeat=1) -> n distinct .txt reports made from the samples.

    Each gets its own name and a first line with its number and a count, so every file has a different
    hash and slightly different facts; `repeat` concatenates that many samples to make each file bigger.
    """
    texts = list(samples.values())

    def make(folder: Path, n: int, repeat: int = 1) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        files = []
        for i in range(n):
            body = "\n".join(texts[(i + k) % len(texts)] for k in range(repeat))
            path = folder / f"report_{i:04d}.txt"
            path.write_text(f"第{i}号报告：本次共收到代表意见建议{i + 3}件。\n{body}", encoding="utf-8")
            files.append(path)
        return files

    return make


@pytest.fixture(scope="session")
def docx_bytes():
    """docx_bytes(paragraphs, table=None) -> a real .docx made with python-docx."""
    import docx

    def make(paras: list[str], table: list[list[str]] | None = None) -> bytes:
        document = docx.Document()
        for p in paras:
            document.add_paragraph(p)
        if table:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    t.cell(r, c).text = value
        buf = io.BytesIO()
        document.save(buf)
        return buf.getvalue()

    return make


@pytest.fixture(scope="session")
def pdf_bytes():
    """pdf_bytes(lines) -> a PDF with a real Chinese text layer, one drawn line per item (reportlab's
    built-in CID font STSong-Light: no font file needed). pdf_bytes([]) -> a scanned-like page that
    carries only a drawn rectangle and no text at all."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def make(lines: list[str]) -> bytes:
        buf = io.BytesIO()
        page = canvas.Canvas(buf)
        if not lines:
            page.rect(100, 300, 300, 400, fill=1)
        page.setFont("STSong-Light", 10)
        y = 800
        for line in lines:
            page.drawString(40, y, line)
            y -= 14
            if y < 40:
                page.showPage()
                page.setFont("STSong-Light", 10)
                y = 800
        page.showPage()
        page.save()
        return buf.getvalue()

    return make


NAV_TEXT = ["首页导航", "新闻中心栏目", "联系我们页面"]
AD_TEXT = "广告：限时特价手机促销立即购买"
FOOTER_TEXT = "版权所有 某某资讯网 备案号京ICP备12345678号"


@pytest.fixture(scope="session")
def html_page():
    """html_page(paragraphs, charset="utf-8") -> an HTML page: the article inside navigation, ads, a sidebar
    and a footer (their texts: conftest.NAV_TEXT, AD_TEXT, FOOTER_TEXT)."""

    def make(paras: list[str], charset: str = "utf-8") -> str:
        nav = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(NAV_TEXT))
        article = f"<h1>{paras[0][:30]}</h1>" + "".join(f"<p>{p}</p>" for p in paras)
        return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>新闻</title></head><body>'
                f'<header><nav><ul>{nav}</ul></nav></header>'
                f'<div class="ad advertisement" id="banner-ad">{AD_TEXT}</div>'
                f'<main><article>{article}</article></main>'
                f'<aside class="sidebar"><div class="ad">{AD_TEXT}</div><ul>{nav}</ul></aside>'
                f'<footer><p>{FOOTER_TEXT}</p></footer></body></html>')

    return make


@pytest.fixture
def cli(capsys):
    """cli("ingest", dir, "--db", db, ...) -> (exit code, stderr lines), through pipeline.cli.main."""
    from pipeline.cli import main

    def run(*argv) -> tuple[int, list[str]]:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        return code, capsys.readouterr().err.splitlines()

    return run


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of one query, on a read-only connection closed at once (so it never holds the lock)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="session")
def db_query():
    return query


def run_module(*argv, **kwargs) -> subprocess.CompletedProcess:
    """`python -m pipeline ARGV` in a fresh process (stderr a pipe, so not a TTY)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, argv)], capture_output=True, text=True,
                          env=env, **kwargs)


@pytest.fixture(scope="session")
def pipeline_cmd():
    return run_module
