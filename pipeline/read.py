"""read: a file (or bytes) to a Source — decoded text plus where it came from.

Plain text is decoded by detection (BOM, strict UTF-8, then GB18030 vs Big5 chosen by which reads as
more ordinary Chinese); HTML, DOCX and PDF go through maintained readers (trafilatura, python-docx,
pypdf). Anything that cannot honestly become text raises InputError with a one-line reason: we never
load mojibake.
"""
from __future__ import annotations

import hashlib
import io
import re
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .models import Source

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}
# pages reportfacts writes (`show`, `report`) say so in their head; an input folder may hold them
OWN_OUTPUT_MARK = b'<meta name="generator" content="reportfacts'


def is_own_output(path: Path) -> bool:
    """An HTML page written by `reportfacts show` or `report`: not a report to ingest."""
    if path.suffix.lower() not in HTML_SUFFIXES:
        return False
    try:
        with open(path, "rb") as f:
            return OWN_OUTPUT_MARK in f.read(4096)
    except OSError:
        return False
MAX_BYTES = 64 * 1024 * 1024
# a line this long is not prose: refuse instead of feeding the regexes a pathological input
MAX_LINE_CHARS = 2_000_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# real prose spends 70-90% of its characters on the 800 commonest, a list of names ~45%, random bytes
# read as GB18030 ~15%
MIN_FREQUENT_SHARE = 0.35


def read(path: str | Path, doc_id: str | None = None) -> Source:
    """Read one file into a Source; raises InputError naming the file and the problem."""
    path = Path(path)
    name = str(path)
    try:
        # refuse a huge file by its size: reading it first would take its whole size in memory
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, _too_large(size))
        data = path.read_bytes()
    except OSError as err:
        raise InputError(name, f"cannot read file ({err.strerror or err})") from None
    return read_bytes(data, name, doc_id=doc_id or path.stem, suffix=path.suffix.lower())


def read_bytes(data: bytes, name: str = "<bytes>", doc_id: str = "doc", suffix: str = ".txt") -> Source:
    if not data:
        raise InputError(name, "empty file")
    if len(data) > MAX_BYTES:
        raise InputError(name, _too_large(len(data)))
    sha = hashlib.sha256(data).hexdigest()
    if suffix in HTML_SUFFIXES:
        text, encoding, fmt = _html_text(data, name), "html", "html"
    elif suffix == ".docx":
        text, encoding, fmt = _docx_text(data, name), "docx", "docx"
    elif suffix == ".pdf":
        text, encoding, fmt = _pdf_text(data, name), "pdf", "pdf"
    else:
        text, encoding = decode(data, name)
        fmt = "text"
    _check_text(text, name)
    return Source(text=text, doc_id=doc_id, path=name, encoding=encoding, format=fmt, sha256=sha)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Bytes to str by BOM or detection among UTF-8, UTF-16 (BOM), GB18030/GBK and Big5."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data:
        raise InputError(name, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    readings = []
    for enc in ("gb18030", "big5"):
        try:
            readings.append((_plausibility(data.decode(enc)), enc))
        except UnicodeDecodeError:
            continue
    if not readings:
        raise InputError(name, "not valid UTF-8, UTF-16, GB18030/GBK or Big5 text")
    score, enc = max(readings)
    text = data.decode(enc)
    if score < 0.5 or not _ordinary(text):
        raise InputError(name, f"undecodable: bytes do not read as Chinese text in any supported encoding (best {enc})")
    return text, enc


def _too_large(size: int) -> str:
    return f"file too large ({size // (1024 * 1024)} MB; limit {MAX_BYTES // (1024 * 1024)} MB)"


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(name, f"invalid {encoding} at byte {err.start}") from None


def _plausibility(text: str) -> float:
    """Share of CJK characters that are common ones: a wrong codec yields rare characters and symbols."""
    from .data_files import common_chars

    common = common_chars()
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(c in common for c in cjk) / len(cjk)


def _ordinary(text: str) -> bool:
    """Whether the commonest characters have their usual share of the text.

    Random high bytes read as GB18030 are mostly 'common' characters too (GB2312 level 1 holds 3,755),
    but spread evenly over thousands, so the commonest 800 get few of them. Fifty characters are too
    few to tell either way.
    """
    cjk = _CJK.findall(text)
    if len(cjk) < 50:
        return True
    frequent = _frequent_chars()
    return sum(c in frequent for c in cjk) / len(cjk) >= MIN_FREQUENT_SHARE


@lru_cache(maxsize=1)
def _frequent_chars(n: int = 800) -> frozenset[str]:
    """The n commonest characters by jieba's word-frequency mass (as scripts/build_common_chars.py counts
    them), plus their traditional forms. Uses the jieba segmentation loads anyway: ~0.3 s once per process,
    and only for files that are not UTF-8."""
    from collections import Counter

    import opencc

    from .segment import _jieba

    tokenizer, _ = _jieba()
    counts: Counter = Counter()
    for word, freq in tokenizer.FREQ.items():
        for ch in word:
            counts[ch] += freq
    top = "".join([c for c, _ in counts.most_common(2 * n) if "\u4e00" <= c <= "\u9fff"][:n])
    return frozenset(top) | frozenset(opencc.OpenCC("s2t").convert(top))


def _check_text(text: str, name: str) -> None:
    if not text.strip():
        raise InputError(name, "no text in file")
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(10, len(sample) // 100):
        raise InputError(name, "binary content (control characters), not text")
    if len(text) > MAX_LINE_CHARS and _longest_line(text) > MAX_LINE_CHARS:
        raise InputError(name, f"a line longer than {MAX_LINE_CHARS} characters: not prose")


def _longest_line(text: str) -> int:
    """Length of the longest line, without building the list of every line that str.split would."""
    longest, start = 0, 0
    while (end := text.find("\n", start)) >= 0:
        longest, start = max(longest, end - start), end + 1
    return max(longest, len(text) - start)


def _html_text(data: bytes, name: str) -> str:
    import trafilatura

    html, _ = decode(data, name)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    except (RecursionError, ValueError) as err:
        raise InputError(name, f"unreadable HTML ({type(err).__name__})") from None
    if not text or not text.strip():
        if _too_deep(html):
            raise InputError(name, "HTML nested too deeply (over 255 levels): its text cannot be read")
        raise InputError(name, "HTML page has no main text")
    return text


def _too_deep(html: str) -> bool:
    """libxml2 stops building the tree at depth 256 and drops the rest: say so, not 'no main text'."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        lxml.etree.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:  # a page lxml cannot parse at all is simply not too deep
        pass
    return any("depth" in e.message.lower() for e in parser.error_log)


def _docx_text(data: bytes, name: str) -> str:
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise InputError(name, f"corrupt or truncated DOCX ({type(err).__name__})") from None
    except Exception as err:  # python-docx raises several lxml/package errors for damaged files
        raise InputError(name, f"corrupt DOCX ({type(err).__name__}: {err})".splitlines()[0]) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf_text(data: bytes, name: str) -> str:
    import logging

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        pdf = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as err:  # pypdf raises many error types for damaged files
        raise InputError(name, f"corrupt or truncated PDF ({type(err).__name__})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(name, f"scanned PDF: {len(pages)} page(s) with no text layer (needs OCR)")
    return text
