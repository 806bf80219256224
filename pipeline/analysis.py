"""The analysts' commands over the database: `compare` and `query`, printed as plain tables."""
from __future__ import annotations

from pathlib import Path

from .errors import ReportfactsError
from .load import connect

_BY = {"county": ("county", "county_code"), "prefecture": ("prefecture", "prefecture_code"),
       "province": ("province", "province_code")}


def _open(db: str):
    if not Path(db).exists():
        raise ReportfactsError(f"{db}: no such database (run `reportfacts ingest` first)")
    return connect(db, read_only=True)


def compare_rows(con, item: str, by: str = "county") -> tuple[list[str], list[tuple]]:
    """Sum of an item's figures per unit (exact figures and lower bounds together, qualifiers listed)."""
    name, code = _BY[by]
    sql = f"""
        SELECT {name} AS {by}, {code} AS code, unit, sum(value) AS total,
               list(DISTINCT qualifier ORDER BY qualifier) AS qualifiers, count(*) AS facts,
               count(DISTINCT doc_id) AS documents
        FROM county_quantities
        WHERE (item_canonical = ? OR item = ?) AND {name} IS NOT NULL
        GROUP BY ALL ORDER BY total DESC, {by}"""
    cur = con.execute(sql, [item, item])
    return [d[0] for d in cur.description], cur.fetchall()


def compare(db: str, item: str, by: str = "county") -> str:
    con = _open(db)
    try:
        cols, rows = compare_rows(con, item, by)
    finally:
        con.close()
    if not rows:
        return f"no figures for item {item!r} (see: reportfacts query \"SELECT DISTINCT item_canonical FROM quantities\")"
    return format_table(cols, rows)


def query(db: str, sql: str) -> str:
    import duckdb

    con = _open(db)
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return "ok"
        return format_table([d[0] for d in cur.description], cur.fetchall())
    except duckdb.Error as err:
        raise ReportfactsError(f"query failed: {str(err).splitlines()[0]}") from None
    finally:
        con.close()


def format_table(cols: list[str], rows: list[tuple]) -> str:
    def cell(v) -> str:
        if isinstance(v, float):
            return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}"
        if isinstance(v, list):
            return ",".join(map(str, v))
        return "" if v is None else str(v)

    table = [[cell(v) for v in r] for r in rows]

    def width(s: str) -> int:  # CJK characters take two columns
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    widths = [max([width(c)] + [width(r[i]) for r in table]) for i, c in enumerate(cols)]
    pad = lambda s, w: s + " " * (w - width(s))  # noqa: E731
    lines = ["  ".join(pad(c, w) for c, w in zip(cols, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(v, w) for v, w in zip(r, widths)) for r in table]
    return "\n".join(lines)
