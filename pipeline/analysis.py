"""The analysts' commands over the database: `compare` and `query`, printed as plain tables."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

from .errors import ReportfactsError
from .load import connect
from .normalize.items import canonical_item

_CODE = {"county": "county_code", "prefecture": "prefecture_code", "province": "province_code"}
FORMATS = ("table", "json", "csv")


def _open(db: str):
    if not Path(db).exists():
        raise ReportfactsError(f"{db}: no such database (run `reportfacts ingest` first)")
    return connect(db, read_only=True)


def _county_figures_sql(period: str | None) -> str:
    """Each county's figure for the item: its latest year, or the year asked. `figures` already holds one
    achieved figure per county, item and year (counted once, stock before flow, rates left out)."""
    pick = "f.period = ?" if period else "f.period = max(f.period) OVER (PARTITION BY f.county_code, f.category)"
    # an item counted in several ways (建议 186条 and a 91.9% share of them): the amount, not the rate
    kind = ("row_number() OVER (PARTITION BY f.county_code, f.period ORDER BY (f.category = 'percent'), "
            "f.documents DESC, f.category) = 1")
    return f"""
        SELECT * FROM (
            SELECT *, {kind.replace('f.', '')} AS first_kind FROM (
                SELECT f.*, {pick} AS chosen FROM figures f
                WHERE f.item = ? AND f.county_code IS NOT NULL)
            WHERE chosen)
        WHERE first_kind"""


def compare_rows(con, item: str, by: str = "county", period: str | None = None) -> tuple[list[str], list[tuple]]:
    """One row per unit. By county: the county's own figure. By prefecture or province: the sum of its
    counties' figures (percentages are rates and are never summed), beside the figure the prefecture or
    province reports for itself, which is never added on top."""
    item = canonical_item(item) or item
    params = ([period] if period else []) + [item]
    if by == "county":
        sql = f"""
            SELECT county, county_code AS code, prefecture, item, value, unit, period, qualifier, aspect,
                   documents, doc_ids, other_values
            FROM ({_county_figures_sql(period)})
            ORDER BY category, value DESC, county"""
        cur = con.execute(sql, params)
    else:
        code, name = _CODE[by], by  # the views name the unit's column after its level
        own = "w.period = ?" if period else "w.period = (SELECT max(period) FROM figures x WHERE x.region_code = w.region_code AND x.item = w.item AND x.category = w.category)"
        sql = f"""
            WITH c AS ({_county_figures_sql(period)})
            SELECT c.{name} AS {by}, c.{code} AS code, c.item, sum(c.value) AS value, mode(c.unit) AS unit,
                   string_agg(DISTINCT c.period, ',' ORDER BY c.period) AS period,
                   CASE WHEN count(DISTINCT c.qualifier) = 1 THEN min(c.qualifier) ELSE 'mixed' END AS qualifier,
                   count(*) AS counties, list(c.county ORDER BY c.county) AS of_counties,
                   (SELECT max(w.value) FROM figures w WHERE w.region_code = c.{code} AND w.item = c.item
                      AND w.category = c.category AND {own}) AS reported_by_{by}
            FROM c
            WHERE c.category <> 'percent' AND c.{code} IS NOT NULL
            GROUP BY c.{name}, c.{code}, c.item, c.category
            ORDER BY value DESC, {by}"""
        cur = con.execute(sql, params + ([period] if period else []))
    return [d[0] for d in cur.description], cur.fetchall()


def compare(db: str, item: str, by: str = "county", period: str | None = None, fmt: str = "table") -> str:
    con = _open(db)
    try:
        cols, rows = compare_rows(con, item, by, period)
    finally:
        con.close()
    if fmt == "json":
        return json.dumps([dict(zip(cols, map(_plain, r))) for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(cols)
        writer.writerows([[_cell(v) for v in r] for r in rows])
        return out.getvalue().rstrip("\n")
    if not rows:
        return (f"no achieved figures for item {item!r}"
                + (f" in {period}" if period else "")
                + " (see: reportfacts query \"SELECT DISTINCT item FROM figures\")")
    return format_table(cols, rows)


def _plain(v):
    """JSON-ready: whole numbers as ints, lists as lists."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


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


def _cell(v) -> str:
    """Numbers as written in a report (3000000, 2.5), never in exponent form (3e+06)."""
    if isinstance(v, (float, Decimal)):
        return f"{v:.0f}" if v == int(v) else f"{v:.2f}".rstrip("0").rstrip(".")
    if isinstance(v, list):
        return ",".join(_cell(x) for x in v)
    return "" if v is None else str(v)


def format_table(cols: list[str], rows: list[tuple]) -> str:
    table = [[_cell(v) for v in r] for r in rows]

    def width(s: str) -> int:  # CJK characters take two columns
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    widths = [max([width(c)] + [width(r[i]) for r in table]) for i, c in enumerate(cols)]
    pad = lambda s, w: s + " " * (w - width(s))  # noqa: E731
    lines = ["  ".join(pad(c, w) for c, w in zip(cols, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(v, w) for v, w in zip(r, widths)) for r in table]
    return "\n".join(lines)
