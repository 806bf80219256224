"""The HTML view (pipeline.view): real text, real facts, and a real headless browser.

The browser tests need Debian's chromium (`apt-get install -y chromium`); they skip only when no chromium
binary is on PATH.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

import pipeline
from pipeline.models import Source
from pipeline.read import read
from pipeline.view import render_html

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "samples" / "000_488bd085654e3816.txt"


VOID = {"meta", "br", "link", "img", "input", "hr"}


class _Page(HTMLParser):
    """Collects the <mark> highlights, the text of #doc, and the embedded facts JSON; checks nesting."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.doc_text: list[str] = []
        self.stack: list[str] = []
        self.in_doc = False
        self.in_data = False
        self.data = ""
        self.current: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)
        if attrs.get("id") == "doc":
            self.in_doc = True
        if attrs.get("id") == "facts-data":
            self.in_data = True
        if tag == "mark" and self.in_doc:
            assert self.current is None, "a highlight nested in another: overlapping spans broke the markup"
            self.current = {**attrs, "text": ""}
            self.marks.append(self.current)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}>"
        self.stack.pop()
        if tag == "mark":
            self.current = None
        elif tag == "div":
            self.in_doc = False  # #doc holds only text and marks: the first </div> inside it closes it
        elif tag == "script":
            self.in_data = False

    def handle_data(self, data):
        if self.in_doc:
            self.doc_text.append(data)
            if self.current is not None:
                self.current["text"] += data
        if self.in_data:
            self.data += data


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _text_of(fact_id: int, marks: list[dict]) -> str:
    return "".join(m["text"] for m in marks if fact_id in map(int, m["data-facts"].split()))


@pytest.fixture(scope="module")
def sample():
    source = read(SAMPLE)
    facts = pipeline.extract_source(source)
    page = render_html(source, facts)
    return source, facts, page, _parse(page)


def test_text_is_preserved_exactly(sample):
    source, _, _, parsed = sample
    # every character once, in order, line breaks included: the markup only wraps, never rewrites
    assert "".join(parsed.doc_text) == source.text
    assert "\n" in source.text


def test_every_quantity_is_highlighted_with_its_value(sample):
    _, facts, _, parsed = sample
    data = json.loads(parsed.data)
    quantities = [(i, f) for i, f in enumerate(facts) if f.type == "quantity"]
    assert len(quantities) >= 10
    for i, fact in quantities:
        assert _text_of(i, parsed.marks) == fact.text, fact
        owners = [m for m in parsed.marks if int(m["data-fact"]) == i]
        assert owners, f"quantity {fact.text!r} never gets the highlight"
        assert all("t-quantity" in m["class"].split() for m in owners)
        value = f"{fact.value:,.0f}" if float(fact.value).is_integer() else f"{fact.value:,}"
        assert f"value: {value}" in owners[0]["title"]  # the hover tooltip
        details = dict(data[i]["details"])  # the click/hover panel
        assert details["value"] == value and details["unit"] == fact.unit
        assert details["qualifier"] == fact.qualifier
        if fact.item:
            assert details["item"] == fact.item
        if fact.region:
            assert fact.region.name in details["region"]


def test_nested_title_and_region(sample):
    """A region inside a 《title》: the region gets the highlight, the title stays reachable."""
    _, facts, _, parsed = sample
    title = next(i for i, f in enumerate(facts) if f.type == "title" and f.text.startswith("《六枝特区"))
    region = next(i for i, f in enumerate(facts)
                  if f.type == "region" and facts[title].start < f.start < facts[title].end)
    inner = [m for m in parsed.marks if int(m["data-fact"]) == region]
    assert inner and inner[0]["data-facts"].split() == [str(region), str(title)]
    assert "t-region" in inner[0]["class"] and "u-title" in inner[0]["class"]
    assert _text_of(title, parsed.marks) == facts[title].text


def test_overlapping_spans_do_not_break_markup():
    text = "六盘水市人大常委会主任侯美传出席。"
    facts = [
        {"type": "official", "start": 11, "end": 14, "text": "侯美传", "name": "侯美传", "titles": ["主任"],
         "org": "六盘水市人大常委会", "doc_id": "t"},
        {"type": "region", "start": 0, "end": 4, "text": "六盘水市", "name": "六盘水市", "level": "prefecture",
         "code": "520200", "doc_id": "t"},
        # crossing spans (neither contains the other) must still split cleanly
        {"type": "title", "start": 2, "end": 9, "text": text[2:9], "name": "x", "doc_id": "t"},
        {"type": "date", "start": 40, "end": 50, "text": "out of range", "doc_id": "t"},
    ]
    parsed = _parse(render_html(Source(text=text, doc_id="t"), facts))
    assert "".join(parsed.doc_text) == text
    assert [m["text"] for m in parsed.marks] == ["六盘", "水市", "人大常委会", "侯美传"]
    assert [m["data-facts"] for m in parsed.marks] == ["1", "1 2", "2", "0"]
    assert "code: 520200" in parsed.marks[0]["title"]
    assert "org: 六盘水市人大常委会" in parsed.marks[3]["title"]


def test_no_external_resources(sample):
    _, _, page, _ = sample
    assert "http" not in page
    assert not re.search(r"""\b(src|href)\s*=|@import|url\(|//[a-z0-9.-]+\.[a-z]{2,}/""", page, re.I)


def test_escaping():
    text = ("<script>alert(1)</script>建成代表联络站18个 & "
            "《条例<img src=x onerror=alert(1)>》\n</script><!--")
    source = Source(text=text, doc_id='x"<doc>')
    facts = pipeline.extract_source(source)
    facts.append({"type": "title", "start": 0, "end": 8, "text": "<script>", "name": "</script><img src=y>",
                  "doc_id": "x"})
    page = render_html(source, facts)
    # only the page's own two scripts
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<img" not in page and "<!--" not in page
    assert "&lt;script&gt;</mark>alert(1)&lt;/script&gt;" in page
    assert "x&quot;&lt;doc&gt;" in page
    parsed = _parse(page)
    assert "".join(parsed.doc_text) == text
    assert any(d["text"] == "<script>" for d in json.loads(parsed.data))


# ---------------------------------------------------------------------------------------------------------
# Headless chromium: the page renders and its script runs
# ---------------------------------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary on PATH (Debian: apt-get install -y chromium)")


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=tmp_path)


def _png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the inflated image data of a PNG (stdlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.fixture(scope="module")
def page_file(sample, tmp_path_factory):
    path = tmp_path_factory.mktemp("view") / "000.html"
    path.write_text(sample[2], encoding="utf-8")
    return path


@needs_chromium
def test_chromium_screenshot(page_file, tmp_path):
    shot = tmp_path / "shot.png"
    run = _chromium(tmp_path, "--hide-scrollbars", "--window-size=1280,900", f"--screenshot={shot}",
                    page_file.as_uri())
    assert shot.exists(), run.stderr[-2000:]
    data = shot.read_bytes()
    width, height, pixels = _png_pixels(data)
    assert (width, height) == (1280, 900)
    assert len(data) > 20_000
    # a blank or single-colour page compresses to almost nothing and uses few byte values
    assert len(set(pixels)) > 100


@needs_chromium
def test_chromium_live_dom(sample, page_file, tmp_path):
    run = _chromium(tmp_path, "--dump-dom", page_file.as_uri())
    dom = run.stdout
    assert 'data-js="ready"' in dom, "the page script did not run to the end\n" + run.stderr[-2000:]
    _, facts, _, _ = sample
    marks = re.findall(r'<mark class="([^"]*)" data-fact="(\d+)" data-facts="([\d ]+)"', dom)
    assert marks
    for cls, owner, _ in marks:  # the script repainted each highlight with its innermost fact's type
        fact = facts[int(owner)]
        assert f"t-{fact.type}" in cls.split()
        assert ("flagged" in cls.split()) == bool(fact.flags)  # slogan / duplicate facts stay marked
        assert "bad" not in cls.split()  # every fact's text matches the document at its offsets
    reachable = {int(i) for _, _, ids in marks for i in ids.split()}
    assert reachable == set(range(len(facts)))
    owners = {int(i) for _, i, _ in marks}
    for i, fact in enumerate(facts):
        if fact.type == "quantity":
            assert i in owners and html.escape(fact.text) in dom


def test_show_command_writes_the_page(tmp_path):
    from pipeline.cli import main

    out = tmp_path / "000.html"
    assert main(["show", str(SAMPLE), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="f t-quantity' in page
