"""The `reportfacts` command (also `python -m pipeline`).

Exit status: 0 success; 1 some inputs failed (the others were still processed, each failure reported on
stderr as one line: the path and what is wrong); 2 usage error.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXAMPLES = """examples:
  reportfacts extract corpora/samples/000_488bd085654e3816.txt          facts as JSON lines
  reportfacts extract report.txt --format table                         a readable table
  reportfacts ingest corpora/samples --db reportfacts.duckdb            load a folder (re-run: no change)
  reportfacts eval --gold corpora/gold --docs corpora/samples           precision / recall / F1 per type
  reportfacts compare 代表联络站                                         each county's figure, latest year
  reportfacts compare 代表联络站 --by prefecture --period 2023 --format csv
  reportfacts query "SELECT county, period, value FROM figures WHERE item = '代表之家'"
  reportfacts show report.txt --html report.html                        highlighted facts in a browser
  reportfacts report --html report.html                                 the analyst's page: charts and evidence
  reportfacts train --eval corpora/real/dev                              learn the item ranker (needs spaCy)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reportfacts", formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES,
        description="Grounded, comparable facts (counts, money, officials, regions) from 人大 reports.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="print the facts of each file")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt .md .html .docx .pdf)")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")

    p = sub.add_parser("ingest", help="load files and folders into DuckDB (unchanged files are skipped)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--db", default="reportfacts.duckdb", help="database file (default: %(default)s)")
    p.add_argument("--workers", type=int, default=None, help="extraction processes (default: CPU count)")
    p.add_argument("--prune", action="store_true", help="drop documents whose files are no longer given")
    p.add_argument("--file-timeout", type=float, default=None, metavar="SECONDS",
                   help="a file taking longer becomes an error row and the run goes on (default: 600; 0: none)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local worker processes, or batches on a Dask cluster (docs/cluster.md)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="dask: scheduler address or scheduler file "
                   "(default: a LocalCluster of --workers processes on this machine)")
    p.add_argument("--out", default=None, metavar="DIR", help="dask: Parquet batches (default: reportfacts-out)")
    p.add_argument("--batch-bytes", type=int, default=None, help="dask: input bytes per batch (default: 256 KiB)")

    p = sub.add_parser("eval", help="score extraction against gold .jsonl files")
    p.add_argument("--gold", required=True, help="folder of <doc_id>.jsonl gold files")
    p.add_argument("--docs", help="folder of the documents (default: the gold folder)")
    p.add_argument("--facts", help="score this facts.jsonl instead of extracting")
    p.add_argument("--quiet", action="store_true", help="only the summary lines")
    p.add_argument("--json", action="store_true", help="the scores as JSON")
    p.add_argument("--rules-only", action="store_true",
                   help="ablation: officials without jieba's person-name model (rules and surname list only)")
    p.add_argument("--no-model", action="store_true",
                   help="ablation: items from the rules alone, without the trained item ranker")

    p = sub.add_parser("compare", help="one item across counties, prefectures or provinces")
    p.add_argument("item", help="item or canonical item, e.g. 代表联络站")
    p.add_argument("--by", choices=("county", "prefecture", "province"), default="county",
                   help="county: each county's figure; prefecture/province: the sum of their counties' figures")
    p.add_argument("--period", metavar="YYYY", help="the year asked (default: each county's latest year)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--db", default="reportfacts.duckdb")

    p = sub.add_parser("query", help="run SQL against the database and print a table")
    p.add_argument("sql")
    p.add_argument("--db", default="reportfacts.duckdb")

    p = sub.add_parser("report", help="write the cross-county comparison page (charts, tables, evidence) as one HTML file")
    p.add_argument("--db", default="reportfacts.duckdb")
    p.add_argument("--html", default="report.html", metavar="OUT.html", help="output file (default: %(default)s)")
    p.add_argument("--item", nargs="+", action="extend", metavar="ITEM",
                   help="indicators to draw (default: the canonical items of data/items.tsv that have figures)")
    p.add_argument("--period", metavar="YYYY", help="the year asked (default: each county's latest year)")
    p = sub.add_parser("train", help="learn the item ranker from annotated corpora (needs the 'model' extra: spaCy)")
    p.add_argument("corpora", nargs="*", metavar="DIR",
                   help="folders of documents with gold .jsonl (default: corpora/real/train corpora/dev corpora/test corpora/samples)")
    p.add_argument("--out", help="weights file to write (default: the package's pipeline/data/models/item_ranker.json)")
    p.add_argument("--eval", nargs="*", default=[], metavar="DIR", help="report item agreement on these folders")
    p.add_argument("--epochs", type=int, default=8)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--spacy-dir", help="also save the spaCy pipeline (nlp.to_disk) here")

    p = sub.add_parser("show", help="write the document with every fact highlighted as one HTML file")
    p.add_argument("path", metavar="FILE")
    p.add_argument("--html", required=True, metavar="OUT.html")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    handler = {"extract": cmd_extract, "ingest": cmd_ingest, "eval": cmd_eval, "compare": cmd_compare,
               "query": cmd_query, "show": cmd_show, "report": cmd_report, "train": cmd_train}[args.command]
    from .errors import ReportfactsError

    try:
        return handler(args)
    except ReportfactsError as err:
        print(f"reportfacts: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def _files(paths: list[str]) -> tuple[list[Path], list[str]]:
    from .files import discover

    found, missing = [], []
    for p in paths:
        if not Path(p).exists():
            missing.append(f"{p}: no such file or folder")
            continue
        files, _ = discover([p])
        found += files
    return found, missing


def cmd_extract(args) -> int:
    from . import extract_file
    from .errors import InputError
    from .files import doc_ids_for

    files, errors = _files(args.paths)
    for e in errors:
        print(e, file=sys.stderr)
    ids = doc_ids_for(files)
    failed = len(errors)
    out = sys.stdout
    for f in files:
        try:
            facts = extract_file(f, doc_id=ids[f])
        except InputError as err:
            print(str(err), file=sys.stderr)
            failed += 1
            continue
        if args.format == "jsonl":
            for fact in facts:
                out.write(json.dumps(fact.model_dump(mode="json"), ensure_ascii=False) + "\n")
        else:
            _print_table(facts, out)
    return 1 if failed else 0


def _print_table(facts, out) -> None:
    for f in facts:
        region = f.region.name if f.region else "-"
        if f.type == "quantity":
            value = f"{f.value:.0f}" if f.value == int(f.value) else f"{f.value:.6g}"  # 3000000, never 3e+06
            detail = f"{value} {f.unit} {f.qualifier} {f.status} {f.period or '-'} item={f.item or '-'}"
        elif f.type == "official":
            detail = f"{f.name} {'、'.join(f.titles)} org={f.org or '-'}"
        elif f.type == "region":
            detail = f"{f.name} {f.level} code={f.code or '-'}"
        else:
            detail = str(getattr(f, "value", None) or getattr(f, "name", ""))
        out.write(f"{f.doc_id}\t{f.start}-{f.end}\t{f.type:9}\t{f.text}\t{detail}\tregion={region}\n")


def cmd_ingest(args) -> int:
    from .ingest import ingest

    options = {} if args.file_timeout is None else {"file_timeout": args.file_timeout or None}
    if args.engine == "dask":
        try:
            from .engines import DEFAULT_OUT, ingest_dask
        except ImportError as err:
            print(f"reportfacts: --engine dask needs Dask ({err}): pip install 'reportfacts[dask]'", file=sys.stderr)
            return 2
        if args.batch_bytes:
            options["batch_bytes"] = args.batch_bytes
        report = ingest_dask(args.paths, db=args.db, out=args.out or DEFAULT_OUT, scheduler=args.scheduler,
                             workers=args.workers, do_prune=args.prune, **options)
    else:
        report = ingest(args.paths, db=args.db, workers=args.workers, do_prune=args.prune, **options)
    return 1 if report.failed else 0


def cmd_eval(args) -> int:
    from .evaluate import load_jsonl, score

    gold_dir = Path(args.gold)
    docs_dir = Path(args.docs) if args.docs else gold_dir
    if not gold_dir.is_dir():
        print(f"{gold_dir}: no such folder", file=sys.stderr)
        return 2
    gold = {p.stem: load_jsonl(p) for p in sorted(gold_dir.glob("*.jsonl"))}
    system, texts = _system_facts(args, gold, docs_dir)
    result = score(gold, system)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
        return 0
    if not args.quiet:
        for miss in result.misses:
            print(miss.line(texts))
    print("\n".join(result.summary_lines()))
    return 0


def _system_facts(args, gold, docs_dir: Path):
    from . import extract_source
    from .evaluate import load_jsonl
    from .read import read

    system: dict[str, list[dict]] = {}
    texts: dict[str, str] = {}
    for doc_id in gold:
        path = next((p for p in sorted(docs_dir.glob(doc_id + ".*")) if p.suffix != ".jsonl"), None)
        if path is None:
            continue
        source = read(path, doc_id=doc_id)
        texts[doc_id] = source.text
        if not args.facts:
            components = None
            if args.rules_only or args.no_model:
                components = ("quantities_rules_only" if args.no_model else "quantities",
                              "officials_rules_only" if args.rules_only else "officials", "regions", "dates", "titles")
            system[doc_id] = [f.model_dump(mode="json") for f in extract_source(source, components)]
    if args.facts:
        for fact in load_jsonl(Path(args.facts)):
            system.setdefault(str(fact.get("doc_id")), []).append(fact)
    return system, texts


def cmd_compare(args) -> int:
    from .analysis import compare

    print(compare(args.db, args.item, args.by, args.period, args.format))
    return 0


def cmd_query(args) -> int:
    from .analysis import query

    print(query(args.db, args.sql))
    return 0


def cmd_report(args) -> int:
    from .report import write_report

    report = write_report(args.db, args.html, args.item, args.period)
    bars = sum(len(c.bars) for c in report.charts)
    print(f"wrote {args.html}: {len(report.charts)} indicators, {bars} bars, {len(report.plans)} plans",
          file=sys.stderr)
    return 0


def cmd_train(args) -> int:
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("reportfacts train needs spaCy: pip install -e '.[model]'", file=sys.stderr)
        return 2
    from .extract.item_model import MODEL_PATH
    from .train import train, train_shipped

    missing = [c for c in [*args.corpora, *args.eval] if not Path(c).is_dir()]
    if missing:
        print(f"{missing[0]}: no such folder", file=sys.stderr)
        return 2
    try:
        how = dict(out=args.out or MODEL_PATH, epochs=args.epochs, seed=args.seed, eval_corpora=args.eval,
                   spacy_dir=args.spacy_dir, log=lambda line: print(line, file=sys.stderr))
        if args.corpora:
            train(args.corpora, **how)  # one ranker on the folders named
        else:
            train_shipped(**how)  # the shipped two-half ranker
    except ValueError as err:
        print(f"reportfacts train: {err}", file=sys.stderr)
        return 2
    return 0


def cmd_show(args) -> int:
    from . import extract_source
    from .read import read
    from .view import render_html

    source = read(args.path)
    html = render_html(source, extract_source(source))
    Path(args.html).write_text(html, encoding="utf-8")
    print(f"wrote {args.html}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
