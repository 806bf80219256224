"""view: one self-contained HTML page showing a document with every fact highlighted.

In the spirit of displaCy's entity view and LangExtract's HTML view, but for overlapping spans: facts nest
(a region inside an official's org, a region inside a 《title》), and HTML elements cannot overlap, so the
text is cut at every fact boundary into segments. Each segment becomes one <mark> coloured by the
innermost (most specific) fact covering it; `data-facts` lists every covering fact, innermost first, so the
outer ones stay reachable (details panel, type filter, and an underline in the outer fact's colour).

The page has no external resources (inline CSS and JS, no fonts or scripts from the network): it must open
from a file on an offline analyst's machine. All document text is escaped; fact data reaches the script
as JSON with `<`, `>` and `&` escaped so no text can close the <script> element.
"""
from __future__ import annotations

import html
import json
from collections import Counter

from .models import Source

TYPES = ("quantity", "official", "region", "date", "title")
# equal-length spans: the more specific type wins the highlight
_TYPE_RANK = {t: k for k, t in enumerate(("quantity", "date", "official", "region", "title"))}
# displaCy's palette, one colour per fact type
COLOURS = {"quantity": "#7aecec", "official": "#aa9cfc", "region": "#feca74", "date": "#bfe1d9",
           "title": "#f0d0ff"}


def render_html(source: Source, facts: list) -> str:
    """The whole page: header (doc id, counts, type filter), highlighted text, details panel."""
    text = source.text
    items = [_as_dict(f) for f in facts]
    shown = [i for i, f in enumerate(items) if _valid_span(f, len(text))]
    data = [_fact_data(f, text) for f in items]
    body = "".join(_render_segment(text, a, b, cover, data) for a, b, cover in segments(items, shown, len(text)))
    counts = Counter(f.get("type") for f in items)
    return _PAGE.format(
        title=_esc(f"reportfacts · {source.doc_id}"),
        css=_css(),
        header=_header(source, counts, len(items) - len(shown)),
        body=body,
        data=_script_json([{k: v for k, v in d.items() if k != "tip"} for d in data]),  # tips live in title=""
        js=_JS,
    )


# ---------------------------------------------------------------------------------------------------------
# Segmenting: cut the text at every fact boundary
# ---------------------------------------------------------------------------------------------------------


def segments(facts: list[dict], indices: list[int], length: int):
    """Yield (start, end, covering) for consecutive stretches of the text; `covering` lists the indices of
    the facts spanning the whole stretch, innermost first (shortest span, then most specific type)."""
    cuts = sorted({0, length, *(facts[i]["start"] for i in indices), *(facts[i]["end"] for i in indices)})
    by_start = sorted(indices, key=lambda i: facts[i]["start"])
    active: list[int] = []
    k = 0
    for a, b in zip(cuts, cuts[1:]):
        # a sweep: add facts starting here, drop those already ended; every cut is a boundary, so a fact
        # in `active` covers [a, b) entirely
        while k < len(by_start) and facts[by_start[k]]["start"] <= a:
            active.append(by_start[k])
            k += 1
        active = [i for i in active if facts[i]["end"] > a]
        yield a, b, sorted(active, key=lambda i: _specificity(facts[i]))


def _specificity(fact: dict) -> tuple[int, int]:
    return fact["end"] - fact["start"], _TYPE_RANK.get(fact.get("type"), len(_TYPE_RANK))


def _valid_span(fact: dict, length: int) -> bool:
    """Only facts with a usable span can be highlighted; the others are still counted in the header."""
    start, end = fact.get("start"), fact.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def _render_segment(text: str, a: int, b: int, cover: list[int], data: list[dict]) -> str:
    chunk = _esc(text[a:b])
    if not cover:
        return chunk
    tip = "\n\n".join(data[i]["tip"] for i in cover)
    ids = " ".join(map(str, cover))
    return (f'<mark class="{_classes(cover, data)}" data-fact="{cover[0]}" data-facts="{ids}" '
            f'title="{_esc(tip)}">{chunk}</mark>')


def _classes(cover: list[int], data: list[dict]) -> str:
    """The initial look of a segment, so the page reads without JS; `paint()` in _JS mirrors this rule
    when the type filter changes."""
    inner, outer = data[cover[0]], data[cover[-1]]
    classes = ["f", "t-" + str(inner["type"])]
    if len(cover) > 1:
        classes.append("u-" + str(outer["type"]))  # underline: this stretch sits inside a longer fact
    if inner["flagged"]:
        classes.append("flagged")  # duplicate / slogan: left out of the DuckDB views
    if not inner["grounded"]:
        classes.append("bad")
    return " ".join(classes)


# ---------------------------------------------------------------------------------------------------------
# Fact details
# ---------------------------------------------------------------------------------------------------------


def _as_dict(fact) -> dict:
    """Accept Fact models or plain dicts (e.g. rows read back from DuckDB or a .jsonl file)."""
    return fact.model_dump(mode="json") if hasattr(fact, "model_dump") else dict(fact)


def details(fact: dict) -> list[tuple[str, str]]:
    """The (label, value) pairs shown for a fact, by type; empty values are left out."""
    f = fact
    kind = f.get("type")
    if kind == "quantity":
        rows = [("value", _num(f.get("value"))), ("unit", f.get("unit")), ("currency", f.get("currency")),
                ("category", f.get("category")), ("qualifier", f.get("qualifier")),
                ("range", _range(f)), ("item", f.get("item")), ("item (canonical)", f.get("item_canonical")),
                ("region", _ref(f.get("region"))), ("place", _ref(f.get("place"))), ("period", f.get("period"))]
    elif kind == "official":
        rows = [("name", f.get("name")), ("titles", "、".join(f.get("titles") or [])), ("org", f.get("org")),
                ("term", f.get("term")), ("region", _ref(f.get("region")))]
    elif kind == "region":
        parent = " ".join(x for x in (f.get("parent"), f.get("parent_code")) if x)
        rows = [("name", f.get("name")), ("level", f.get("level")), ("code", f.get("code")), ("parent", parent)]
    elif kind == "date":
        rows = [("value", f.get("value")), ("region", _ref(f.get("region")))]
    else:
        rows = [("name", f.get("name")), ("region", _ref(f.get("region")))]
    rows.append(("flags", ", ".join(f.get("flags") or [])))
    rows.append(("offsets", f"{f.get('start')}–{f.get('end')}"))
    return [(k, str(v)) for k, v in rows if v not in (None, "")]


def _num(value) -> str | None:
    """12000000.0 -> '12,000,000': money in yuan is unreadable without grouping."""
    if value is None:
        return None
    value = float(value)
    return f"{value:,.0f}" if value.is_integer() else f"{value:,}"


def _range(f: dict) -> str | None:
    if f.get("low") is None and f.get("high") is None:
        return None
    return f"{_num(f.get('low')) or '?'} – {_num(f.get('high')) or '?'}"


def _ref(ref: dict | None) -> str | None:
    if not ref:
        return None
    return " ".join(str(x) for x in (ref.get("name"), ref.get("code"), ref.get("level")) if x)


def _tooltip(fact: dict) -> str:
    head = f"{fact.get('type')}: {fact.get('text')}"
    return "\n".join([head] + [f"{k}: {v}" for k, v in details(fact)])


def _fact_data(fact: dict, text: str) -> dict:
    """What the script needs per fact: type for the filter, the details for the panel, and whether the
    fact's text matches the document at its offsets (a broken offset should be visible, not hidden)."""
    grounded = _valid_span(fact, len(text)) and text[fact["start"]:fact["end"]] == fact.get("text")
    return {"type": fact.get("type"), "text": fact.get("text"), "details": details(fact), "grounded": grounded,
            "flagged": bool(fact.get("flags")), "tip": _tooltip(fact)}


# ---------------------------------------------------------------------------------------------------------
# Page parts
# ---------------------------------------------------------------------------------------------------------


def _esc(s) -> str:
    return html.escape(str(s), quote=True)


def _script_json(data) -> str:
    """JSON safe inside <script>: no '</script>' or '<!--' can form from the document's text."""
    raw = json.dumps(data, ensure_ascii=False)
    return (raw.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _header(source: Source, counts: Counter, unplaced: int) -> str:
    buttons = "".join(
        f'<button type="button" class="legend t-{t}" data-type="{t}" aria-pressed="true" '
        f'title="show or hide {t} facts">{t} <b>{counts.get(t, 0)}</b></button>'
        for t in TYPES)
    meta = f"{sum(counts.values())} facts · {len(source.text)} chars"
    if source.path:
        meta += f" · {source.path}"
    if unplaced:
        meta += f" · {unplaced} without a usable span (not highlighted)"
    return (f'<h1>{_esc(source.doc_id)}</h1><div class="meta">{_esc(meta)}</div>'
            f'<div class="legend-bar">{buttons}</div>')


def _css() -> str:
    # the underline marks a stretch inside a longer (outer) fact; a dark rim keeps it visible on any background
    colours = "".join(f".t-{t}{{background:{c}}}\nmark.u-{t}{{box-shadow:inset 0 -3px 0 {c},inset 0 -4px 0 #0005}}\n"
                      f"#panel .k-{t}{{border-left-color:{c}}}\n" for t, c in COLOURS.items())
    return _CSS + colours


_CSS = """
body{margin:0;font:16px/1.9 "Noto Sans CJK SC","Noto Serif CJK SC","Source Han Sans SC","PingFang SC",
 "Microsoft YaHei",sans-serif;color:#222;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:8px 16px;z-index:2}
h1{font-size:18px;margin:0;font-family:monospace}
.meta{font-size:12px;color:#666}
.legend-bar{margin-top:4px}
button.legend{border:1px solid #0002;border-radius:4px;padding:1px 8px;margin-right:6px;cursor:pointer;
 font:13px sans-serif}
button.legend[aria-pressed=false]{background:#eee;color:#999;text-decoration:line-through}
main{display:flex;gap:16px;padding:16px}
#doc{white-space:pre-wrap;word-break:break-all;flex:1;max-width:60em;background:#fff;padding:16px 24px;
 border:1px solid #e4e4e4;border-radius:6px}
mark.f{border-radius:3px;padding:1px 0;cursor:pointer;color:inherit}
mark.off{background:none;box-shadow:none;cursor:text}
mark.flagged{opacity:.55;outline:1px dashed #888}
mark.bad{outline:2px dotted #d00}
mark.lit{outline:2px solid #333}
#panel{width:22em;position:sticky;top:124px;align-self:flex-start;font-size:13px;line-height:1.5}
#panel .card{background:#fff;border:1px solid #ddd;border-left-width:6px;border-radius:6px;padding:6px 10px;
 margin-bottom:8px}
#panel table{border-collapse:collapse}#panel th{text-align:left;color:#666;font-weight:normal;padding-right:8px}
#panel .hint{color:#888}.warn{color:#b00}
"""

# Vanilla JS, no libraries: hover shows details, click pins them, legend buttons filter by type.
_JS = r"""
(function () {
  const FACTS = JSON.parse(document.getElementById('facts-data').textContent);
  const marks = Array.from(document.querySelectorAll('mark.f'));
  const panel = document.getElementById('panel');
  const hidden = new Set();
  let pinned = null;

  const idsOf = m => m.dataset.facts.split(' ').map(Number);

  // Repaint every segment with its innermost fact of a visible type (an outer fact shows through
  // when the inner one's type is filtered out).
  function paint() {
    for (const m of marks) {
      const ids = idsOf(m).filter(i => !hidden.has(FACTS[i].type));
      m.className = 'f';
      if (!ids.length) { m.classList.add('off'); continue; }
      const inner = FACTS[ids[0]];
      m.classList.add('t-' + inner.type);
      if (ids.length > 1) m.classList.add('u-' + FACTS[ids[ids.length - 1]].type);
      if (inner.flagged) m.classList.add('flagged');
      if (!inner.grounded) m.classList.add('bad');
      if (m === pinned) m.classList.add('lit');
    }
  }

  // Built with textContent only: fact text never becomes markup.
  function card(i) {
    const f = FACTS[i], div = document.createElement('div'), h = document.createElement('b');
    div.className = 'card k-' + f.type;
    h.textContent = f.type + ': ' + f.text;
    div.appendChild(h);
    const table = document.createElement('table');
    for (const [k, v] of f.details) {
      const tr = table.insertRow(), th = document.createElement('th');
      th.textContent = k; tr.appendChild(th); tr.insertCell().textContent = v;
    }
    div.appendChild(table);
    if (!f.grounded) {
      const w = document.createElement('div'); w.className = 'warn';
      w.textContent = 'text does not match the document at these offsets'; div.appendChild(w);
    }
    return div;
  }

  function show(m) {
    panel.replaceChildren(...idsOf(m).filter(i => !hidden.has(FACTS[i].type)).map(card));
  }

  document.getElementById('doc').addEventListener('mouseover', e => {
    const m = e.target.closest('mark.f');
    if (m && !pinned && !m.classList.contains('off')) show(m);
  });
  function pin(m) {
    if (pinned) pinned.classList.remove('lit');
    pinned = (m && m !== pinned && !m.classList.contains('off')) ? m : null;
    if (pinned) { pinned.classList.add('lit'); show(pinned); }
  }
  document.getElementById('doc').addEventListener('click', e => pin(e.target.closest('mark.f')));
  for (const b of document.querySelectorAll('button.legend')) {
    b.addEventListener('click', () => {
      const t = b.dataset.type, off = !hidden.has(t);
      off ? hidden.add(t) : hidden.delete(t);
      b.setAttribute('aria-pressed', String(!off));
      paint();
    });
  }
  paint();
  // A link to page.html#f12 opens with fact 12 pinned (fact numbers are positions in the facts list).
  const wanted = /^#f(\d+)$/.exec(location.hash);
  if (wanted) {
    const m = marks.find(x => idsOf(x).includes(Number(wanted[1])));
    if (m) {
      pin(m);
      const r = m.getBoundingClientRect();  // scroll only when needed: the page stays put if it is in view
      if (r.top < 0 || r.bottom > innerHeight) m.scrollIntoView({block: 'center'});
    }
  }
  document.body.dataset.js = 'ready';  // lets a headless test see the script ran to the end
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="generator" content="reportfacts show">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>{header}</header>
<main>
<div id="doc">{body}</div>
<aside id="panel"><p class="hint">Hover a highlight for its details; click to pin them.</p></aside>
</main>
<script type="application/json" id="facts-data">{data}</script>
<script>{js}</script>
</body>
</html>
"""
