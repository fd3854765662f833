"""The `huiyi` command line: run, extract, render, query, eval, build-model (+ Neo4j commands)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from huiyi.records import ReportError, ReportRecord


def _nlp(args: argparse.Namespace):
    from pipeline.nlp import DEFAULT_MODEL, ModelMissing, timed_load

    try:
        nlp, secs = timed_load(args.model or DEFAULT_MODEL)
    except ModelMissing as e:
        sys.exit(f"error: {e}")
    if getattr(args, "verbose", False):
        print(f"pipeline loaded in {secs:.1f}s", file=sys.stderr)
    return nlp


def _extract(args: argparse.Namespace):
    from pipeline.extract import extract
    from pipeline.reader import read_reports

    return extract(_nlp(args), read_reports(args.inputs))


def cmd_run(args: argparse.Namespace) -> int:
    from huiyi.batch import BatchError, run_batch

    if args.jobs < 1:
        sys.exit("error: -j/--jobs must be at least 1")
    if args.inputs.count("-") > 1:
        sys.exit("error: stdin (-) can be read only once")
    progress = False if args.quiet else None  # None: a bar when stderr is a terminal
    try:
        st = run_batch(args.inputs, args.output, jobs=args.jobs, force=args.force, progress=progress,
                       model_dir=args.model, engine=args.engine, scheduler=args.scheduler,
                       chunk_size=args.chunk_size, max_bytes=args.max_bytes, html=not args.no_html,
                       time_limit=args.time_limit)
    except BatchError as e:
        sys.exit(f"error: {e}")
    out = Path(args.output)
    labels = st.labels
    print(f"reports: {st.records}  errors: {st.errors}  people: {labels['Person']}  meetings: {labels['Meeting']}  "
          f"priority lists: {labels['PriorityList']}  priority items: {labels['Priority']}  slogans: {labels['Slogan']}")
    print(f"wrote {out / 'records.jsonl'}, {out / 'graph.json'}" + ("" if args.no_html else f", {out / 'graph.html'}")
          + (f", {out / 'errors.jsonl'}" if st.errors else "") + f" in {st.seconds:.1f}s")
    rate = st.processed / st.seconds if st.seconds else 0.0
    first = f", first report after {st.first_result_s:.1f}s" if st.first_result_s is not None else ""
    print(f"processed {st.processed}, unchanged {st.skipped}, errors {st.errors} ({rate:.1f} reports/s{first})")
    for e in st.error_list:
        print(f"error: {e.file}{':' + str(e.line) if e.line else ''}: {e.reason}", file=sys.stderr)
    if st.errors > len(st.error_list):
        print(f"… {st.errors - len(st.error_list)} more errors in {out / 'errors.jsonl'}", file=sys.stderr)
    return 1 if st.errors else 0


def cmd_extract(args: argparse.Namespace) -> int:
    from graph.store import atomic_write_text

    lines, n_err = [], 0
    for item in _extract(args):
        if isinstance(item, ReportError):
            n_err += 1
            print(f"error: {item.file}{':' + str(item.line) if item.line else ''}: {item.reason}", file=sys.stderr)
        else:
            lines.append(json.dumps(item.to_gold(), ensure_ascii=False) + "\n")
    if args.output == "-":
        sys.stdout.write("".join(lines))
    else:
        atomic_write_text(args.output, "".join(lines))
        print(f"wrote {len(lines)} records to {args.output}", file=sys.stderr)
    return 1 if n_err else 0


def cmd_render(args: argparse.Namespace) -> int:
    from graph.render import render_html
    from graph.store import load_graph

    try:
        g = load_graph(args.graph)
        stats = render_html(g, args.output, person=args.person, meeting=args.meeting, hops=args.hops,
                            since=args.since, until=args.until)
    except (FileNotFoundError, ValueError) as e:
        sys.exit(f"error: {e}")
    print(f"wrote {args.output} ({stats.get('nodes', '?')} nodes, {stats.get('edges', '?')} edges)")
    return 0


def _driver(args: argparse.Namespace):
    """A neo4j driver for --uri/--user; the password comes from NEO4J_PASSWORD or a prompt, never argv."""
    import getpass
    import os

    from neo4j import GraphDatabase

    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            sys.exit("error: set NEO4J_PASSWORD (the password is never taken from the command line)")
        password = getpass.getpass(f"password for {args.user} at {args.uri}: ")
    return GraphDatabase.driver(args.uri, auth=(args.user, password))


def _add_bolt(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--uri", required=required, help="bolt://host:7687 or neo4j://…")
    p.add_argument("--user", default="neo4j")
    p.add_argument("--database", help="database name (default: the server's default)")


def cmd_query(args: argparse.Namespace) -> int:
    from graph.query import NEEDS_ARG, format_row, graph_rows

    arg = args.name or args.meeting
    if args.what in NEEDS_ARG and not arg:
        sys.exit(f"error: `huiyi query {args.what}` needs a NAME")
    if args.uri:
        from graph.neo4j_query import named_query

        with _driver(args) as driver:
            rows = named_query(driver, args.what, arg, database=args.database)
    else:
        from graph.store import load_graph

        try:
            g = load_graph(args.graph)
        except (FileNotFoundError, ValueError) as e:
            sys.exit(f"error: {e}")
        rows = graph_rows(g, args.what, arg)
    for r in rows:
        print(json.dumps(dict(r), ensure_ascii=False) if args.json else format_row(r, evidence_width=args.width))
    if not rows:
        print("no results", file=sys.stderr)
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from graph.neo4j_load import LoadError, load_file

    t = time.perf_counter()
    try:
        with _driver(args) as driver:
            counts = load_file(driver, args.input, database=args.database, batch_size=args.batch_size)
    except (FileNotFoundError, ValueError, LoadError) as e:
        sys.exit(f"error: {e}")
    secs = time.perf_counter() - t
    rows = counts["nodes"] + counts["relationships"]
    print(f"loaded {counts['nodes']} nodes and {counts['relationships']} relationships from {args.input} "
          f"in {secs:.1f}s ({rows / max(secs, 1e-9):,.0f} rows/s)")
    return 0


def cmd_cypher(args: argparse.Namespace) -> int:
    from graph.neo4j_query import run_cypher

    params = {}
    for kv in args.param or []:
        k, sep, v = kv.partition("=")
        if not sep:
            sys.exit(f"error: --param {kv!r}: expected key=value")
        try:
            params[k] = json.loads(v)
        except json.JSONDecodeError:
            params[k] = v
    with _driver(args) as driver:
        for rec in run_cypher(driver, args.query, params, database=args.database):
            print(json.dumps(rec, ensure_ascii=False, default=str))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export_admin import export_neo4j_admin
    from graph.neo4j_load import graph_from_file

    try:
        g = graph_from_file(args.input)
    except (FileNotFoundError, ValueError) as e:
        sys.exit(f"error: {e}")
    command = export_neo4j_admin(g, args.output)
    print(f"wrote CSVs to {args.output}; import with:\n{command}")
    return 0


def cmd_silver(args: argparse.Namespace) -> int:
    from huiyi.silver import format_silver, read_stories, score_story
    from pipeline.extract import extract

    nlp = _nlp(args)
    stories = list(read_stories(Path(args.silver), args.limit))
    silver = {r.id: s for r, s in stories}
    tally: dict = {}
    misses: list = []
    t = time.perf_counter()
    for item in extract(nlp, (r for r, _ in stories)):
        if isinstance(item, ReportRecord):
            score_story(item, silver[item.id], tally, misses)
        else:
            print(f"error: {item.file}: {item.reason}", file=sys.stderr)
    secs = time.perf_counter() - t
    if args.json:
        print(json.dumps(tally, ensure_ascii=False))
    else:
        print(format_silver(tally))
        print(f"{len(stories)} stories in {secs:.1f}s")
    if args.per_report:
        for m in misses:
            print(json.dumps(m, ensure_ascii=False))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from huiyi.evaluate import format_table, load_jsonl, score
    from pipeline.extract import extract
    from pipeline.reader import read_path

    if args.silver:
        return cmd_silver(args)
    if not args.gold:
        sys.exit("error: give a gold JSONL file or --silver STORIES")
    gold = load_jsonl(Path(args.gold))
    nlp = _nlp(args)
    unknown = set(args.disable) - set(nlp.pipe_names)
    if unknown:
        sys.exit(f"error: no such component: {', '.join(sorted(unknown))} (the pipeline: {', '.join(nlp.pipe_names)})")
    reports = list(read_path(Path(args.gold)))
    t = time.perf_counter()
    pred = {}
    with nlp.select_pipes(disable=args.disable):
        for item in extract(nlp, reports):
            if isinstance(item, ReportRecord):
                pred[item.id] = item.to_gold()
            else:  # scored as an empty prediction; say why
                print(f"error: {item.file}{':' + str(item.line) if item.line else ''}: {item.reason}",
                      file=sys.stderr)
    secs = time.perf_counter() - t
    if args.pred_out:
        Path(args.pred_out).write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred.values()),
                                       encoding="utf-8")
    out, per = score(gold, pred)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(format_table(out))
        chars = sum(len(r.text) for r in reports if not isinstance(r, ReportError))
        print(f"{len(pred)} reports in {secs:.2f}s ({secs / max(1, len(pred)):.3f} s/report, {chars / secs:,.0f} chars/s)")
    if args.per_report:
        for row in per:
            bad = {k: v for k, v in row.items() if k != "id" and (v["missed"] or v["extra"])}
            if bad:
                print(json.dumps({"id": row["id"], **bad}, ensure_ascii=False))
    return 0


def cmd_build_model(args: argparse.Namespace) -> int:
    from pipeline.nlp import ModelMissing, build_pipeline

    try:
        out = build_pipeline(Path(args.pkuseg), Path(args.output))
    except ModelMissing as e:
        sys.exit(f"error: {e}")
    print(f"pipeline saved to {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="huiyi", description="Chinese meeting reports → knowledge graph")
    ap.add_argument("--model", help="pipeline directory (default models/huiyi_zh)")
    ap.add_argument("-v", "--verbose", action="store_true")
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("run", help="extract + graph + HTML page for reports (incremental, parallel)")
    p.add_argument("inputs", nargs="+",
                   help=".txt/.html/.jsonl files, directories, glob patterns, or - (JSONL or text on stdin)")
    p.add_argument("-o", "--output", default="out", help="output directory")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (each loads the model)")
    p.add_argument("--force", action="store_true", help="reprocess reports that are unchanged since the last run")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes (default) or a Dask cluster (pip install 'huiyi[dask]')")
    p.add_argument("--scheduler", help="with --engine dask: address of a running scheduler (default: a local "
                   "cluster of -j workers)")
    p.add_argument("--chunk-size", type=int, default=8, help="reports per task sent to a worker")
    p.add_argument("--max-bytes", type=int, help="largest report file or JSONL line read (default 5,000,000)")
    p.add_argument("--no-html", action="store_true", help="skip graph.html (large graphs)")
    p.add_argument("--time-limit", type=float, default=60.0, help="seconds per report; past it: an error (0: none)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("extract", help="records in the gold schema, one JSON line per report")
    p.add_argument("inputs", nargs="+")
    p.add_argument("-o", "--output", default="-")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("render", help="render a graph file as an offline HTML page")
    p.add_argument("graph")
    p.add_argument("-o", "--output", default="graph.html")
    p.add_argument("--person")
    p.add_argument("--meeting")
    p.add_argument("--hops", type=int, default=1)
    p.add_argument("--since", help="first meeting date, yyyy-mm-dd")
    p.add_argument("--until", help="last meeting date, yyyy-mm-dd")
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("query", help="who presided/reported/spoke/attended; person; meeting; priorities")
    p.add_argument("what", choices=["presided", "reported", "spoke", "attended", "person", "meeting", "priorities"])
    p.add_argument("name", nargs="?", help="person or meeting name (roles/priorities: only this meeting)")
    p.add_argument("--graph", default="out/graph.json", help="graph file (when no --uri)")
    p.add_argument("--meeting", help="only meetings matching this name")
    p.add_argument("--json", action="store_true")
    p.add_argument("--width", type=int, default=60, help="evidence characters shown (0: none)")
    _add_bolt(p, required=False)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("load", help="load records.jsonl or graph.json into Neo4j (MERGE, batched)")
    p.add_argument("input")
    p.add_argument("--batch-size", type=int, default=5000)
    _add_bolt(p, required=True)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("cypher", help="run a Cypher query (parameters with --param k=v)")
    p.add_argument("query")
    p.add_argument("--param", action="append")
    _add_bolt(p, required=True)
    p.set_defaults(func=cmd_cypher)

    p = sub.add_parser("export", help="node/relationship CSVs for neo4j-admin database import full")
    p.add_argument("input", help="graph.json or records.jsonl")
    p.add_argument("--format", choices=["neo4j-admin"], default="neo4j-admin")
    p.add_argument("-o", "--output", default="out/neo4j-import")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("eval", help="score the pipeline on gold annotations (or the headline silver check)")
    p.add_argument("gold", nargs="?")
    p.add_argument("--silver", metavar="STORIES", help="JSONL(.gz) stories with headline roles (`silver`): recall "
                   "of those roles and of meeting dates, read from the body without the headline")
    p.add_argument("--limit", type=int, help="with --silver: only the first N stories")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pred-out")
    p.add_argument("--per-report", action="store_true")
    p.add_argument("--disable", action="append", default=[], metavar="COMPONENT",
                   help="score without a pipeline component (ablation), e.g. --disable huiyi_ner")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("build-model", help="assemble pipeline/config.cfg with the pkuseg model")
    p.add_argument("--pkuseg", default="models/pkuseg")
    p.add_argument("-o", "--output", default="models/huiyi_zh")
    p.set_defaults(func=cmd_build_model)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args) or 0


if __name__ == "__main__":
    sys.exit(main())
