"""The `huiyi` command line: run, extract, show, render, query, export, eval, build-model (+ Neo4j commands).

Exit codes (README "Exit codes"): 0 done; 1 done, but some reports failed (errors.jsonl); 2 nothing done:
a usage error or an input, model or server that cannot be used, said in one line on stderr. Every check
that can fail runs before the first output file is written.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path

from huiyi.pipeline.records import ReportError, ReportRecord

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class UserError(SystemExit):
    """A mistake the user can fix: one line on stderr, exit code 2, no traceback.

    A SystemExit, so callers of `main` in-process see the same exit as the shell does."""

    def __init__(self, message: str):
        super().__init__(EXIT_USAGE)
        self.message = message

    def __str__(self) -> str:
        return self.message


def _note(args: argparse.Namespace, message: str) -> None:
    """An informational line on stderr, silenced by -q."""
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr)


def _verbose(args: argparse.Namespace, message: str) -> None:
    if getattr(args, "verbose", False):
        print(message, file=sys.stderr)


# -- checks that run before anything is written ---------------------------------------------------

def _model_dir(args: argparse.Namespace) -> Path:
    """The pipeline directory, checked once (not once per report or worker)."""
    from huiyi.pipeline.nlp import DEFAULT_MODEL

    model = Path(getattr(args, "model", None) or DEFAULT_MODEL)
    if not (model / "meta.json").is_file():
        raise UserError(f"no huiyi pipeline in {model}: build it with `make model` (or pass --model DIR)")
    return model


def _nlp(args: argparse.Namespace):
    from huiyi.pipeline.nlp import ModelMissing, timed_load

    model = _model_dir(args)
    try:
        nlp, secs = timed_load(model)
    except ModelMissing as e:
        raise UserError(str(e).replace("\n", " ")) from None
    _verbose(args, f"pipeline loaded from {model} in {secs:.1f}s")
    return nlp


def _check_inputs(inputs: list[str], output: Path | None = None) -> None:
    """Every named file, directory or pattern must exist (or match), and none may be the output folder: else
    nothing is run or written (a typo, not a bad report). What cannot be read *inside* a folder (a dangling
    link, a FIFO, an unreadable sub-folder…) is an error of that entry, listed while the run goes on."""
    import glob

    from huiyi.pipeline.reader import STDIN

    if inputs.count(STDIN) > 1:
        raise UserError("stdin (-) can be read only once")
    for item in inputs:
        p = Path(item)
        if item == STDIN or p.is_file():
            continue
        if p.is_dir():
            if output is not None and output.is_dir() and p.resolve() == output.resolve():
                raise UserError(f"{item}: the input folder cannot be the output folder (give -o another folder)")
        elif glob.has_magic(item) and not p.is_symlink():
            if not glob.glob(item, recursive=True):
                raise UserError(f"{item}: no report file matches this pattern")
        elif p.is_symlink():
            raise UserError(f"{item}: dangling symbolic link")
        else:
            raise UserError(f"{item}: no such file or directory")


def _check_date(value: str | None, option: str = "--date") -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UserError(f"{option} {value!r}: expected a date YYYY-MM-DD") from None


def _out_file(path: str) -> Path:
    """An output file: not an existing directory."""
    p = Path(path)
    if p.is_dir():
        raise UserError(f"{p} is a directory: give a file name for the output")
    return p


def _out_dir(path: str) -> Path:
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise UserError(f"{p} exists and is not a directory")
    return p


def _in_file(path: str, inside: str | None = None) -> Path:
    """An input file; the output folder of `huiyi run` stands for its `inside` file (graph.json…)."""
    p = Path(path)
    if p.is_dir() and inside is None:
        raise UserError(f"{p} is a directory: give a file")
    if p.is_dir():
        if (p / inside).is_file():
            return p / inside
        raise UserError(f"{p} is a directory without {inside}: give the output folder of `huiyi run` "
                        f"or the file itself")
    if not p.exists():
        hint = " (the output of `huiyi run`: run it first, or give the path)" if inside else ""
        raise UserError(f"{p}: no such file or directory{hint}")
    return p


def _load_graph(path: str):
    from huiyi.graph.store import load_graph

    try:
        return load_graph(_in_file(path, "graph.json"))
    except (FileNotFoundError, ValueError) as e:
        raise UserError(str(e)) from None


# -- commands -------------------------------------------------------------------------------------

def cmd_run(args: argparse.Namespace) -> int:
    from huiyi.batch import BatchError, RunOptions, run_batch

    if args.jobs < 1:
        raise UserError("-j/--jobs must be at least 1")
    out = _out_dir(args.output)
    _check_inputs(args.inputs, out)
    date = _check_date(args.date)
    model = _model_dir(args)
    progress = False if args.quiet else None  # None: a bar when stderr is a terminal
    try:
        st = run_batch(args.inputs, out, RunOptions(
            jobs=args.jobs, force=args.force, progress=progress, model_dir=str(model), engine=args.engine,
            scheduler=args.scheduler, chunk_size=args.chunk_size, max_bytes=args.max_bytes, html=not args.no_html,
            date=date, time_limit=args.time_limit, prune=args.prune))
    except BatchError as e:
        raise UserError(str(e)) from None
    labels = st.labels  # the run's summary is its result: printed with -q too
    print(f"reports: {st.records}  errors: {st.errors}  people: {labels['Person']}  "
          f"meetings: {labels['Meeting']}  priority lists: {labels['PriorityList']}  "
          f"priority items: {labels['Priority']}  slogans: {labels['Slogan']}")
    print(f"wrote {out / 'records.jsonl'}, {out / 'graph.json'}" + ("" if args.no_html else f", {out / 'graph.html'}")
          + (f", {out / 'errors.jsonl'}" if st.errors else "") + f" in {st.seconds:.1f}s")
    rate = st.processed / st.seconds if st.seconds else 0.0
    first = f", first report after {st.first_result_s:.1f}s" if st.first_result_s is not None else ""
    pruned = f", removed {st.pruned}" if st.pruned else ""
    print(f"processed {st.processed}, unchanged {st.skipped}{pruned}, errors {st.errors} ({rate:.1f} reports/s{first})")
    for e in st.error_list:
        print(f"error: {e.file}{':' + str(e.line) if e.line else ''}: {e.reason}", file=sys.stderr)
    if st.errors > len(st.error_list):
        print(f"… {st.errors - len(st.error_list)} more errors in {out / 'errors.jsonl'}", file=sys.stderr)
    if st.processed + st.skipped == 0:
        print(f"error: no report found in {', '.join(map(str, args.inputs))}"
              f" (report files end in .txt, .html, .htm or .jsonl, optionally .gz)", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_SOME_FAILED if st.errors else EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from huiyi.batch import BatchError, remove_reports

    out = Path(args.output)
    if not (out / "records.jsonl").is_file():
        raise UserError(f"{out}: not the output folder of `huiyi run` (no records.jsonl)")
    try:
        removed = remove_reports(out, args.ids, html=not args.no_html)
    except BatchError as e:
        raise UserError(str(e)) from None
    unknown = sorted(set(args.ids) - set(removed))
    print(f"removed {len(removed)} reports from {out}")
    for rid in unknown:
        print(f"error: {rid}: no such report in {out}", file=sys.stderr)
    return EXIT_SOME_FAILED if unknown else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from huiyi.graph.store import atomic_write_text
    from huiyi.pipeline.extract import extract
    from huiyi.pipeline.reader import read_reports

    _check_inputs(args.inputs)
    date = _check_date(args.date)
    if args.output != "-":
        _out_file(args.output)
    nlp = _nlp(args)
    lines, n_err = [], 0
    for item in extract(nlp, read_reports(args.inputs, date=date)):
        if isinstance(item, ReportError):
            n_err += 1
            print(f"error: {item.file}{':' + str(item.line) if item.line else ''}: {item.reason}", file=sys.stderr)
        else:
            lines.append(json.dumps(item.to_gold(), ensure_ascii=False) + "\n")
    if args.output == "-":
        sys.stdout.write("".join(lines))
    else:
        atomic_write_text(args.output, "".join(lines))
        _note(args, f"wrote {len(lines)} records to {args.output}")
    return EXIT_SOME_FAILED if n_err else EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from huiyi.graph.evidence_page import read_records, report_page_filename, write_report_page

    if bool(args.report_id) == bool(args.all):
        raise UserError("give one REPORT_ID, or --all")
    path = _in_file(args.records, "records.jsonl")
    if args.all:
        out = _out_dir(args.output or str(path.parent / "reports"))
        try:
            records = list(read_records(path))
        except ValueError as e:
            raise UserError(str(e)) from None
        for rec in records:
            write_report_page(rec, out / report_page_filename(rec.id))
        _note(args, f"wrote {len(records)} pages to {out}")
        return EXIT_OK
    try:
        rec = next((r for r in read_records(path) if r.id == args.report_id), None)
    except ValueError as e:
        raise UserError(str(e)) from None
    if rec is None:
        ids = [r.id for r in read_records(path)]
        close = [i for i in ids if args.report_id in i or i in args.report_id][:5]
        hint = f"; did you mean: {', '.join(close)}" if close else f" ({len(ids)} reports; e.g. {', '.join(ids[:3])})"
        raise UserError(f"no report {args.report_id!r} in {path}{hint}")
    out = _out_file(args.output) if args.output else path.parent / "reports" / report_page_filename(rec.id)
    n = write_report_page(rec, out)
    print(f"wrote {out} ({n} facts highlighted)")
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from huiyi.graph.render import render_html

    out = _out_file(args.output)
    g = _load_graph(args.graph)
    try:
        stats = render_html(g, out, person=args.person, meeting=args.meeting, hops=args.hops,
                            since=args.since, until=args.until, max_nodes=args.max_nodes or None)
    except ValueError as e:
        raise UserError(str(e)) from None
    _note(args, f"wrote {out} ({stats.get('nodes', '?')} nodes, {stats.get('edges', '?')} edges)")
    if stats.get("focus_nodes", 0) > stats.get("nodes", 0):
        _note(args, f"note: the focus has {stats['focus_nodes']} nodes; the nearest and latest {stats['nodes']} are "
                    "drawn (--max-nodes 0: all)")
    return EXIT_OK


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _driver(args: argparse.Namespace):
    """A neo4j driver for --uri/--user; the password comes from NEO4J_PASSWORD or a prompt, never argv."""
    import getpass

    from neo4j import GraphDatabase

    scheme = args.uri.partition("://")[0]
    if scheme not in BOLT_SCHEMES or "://" not in args.uri:
        raise UserError(f"--uri {args.uri!r}: expected {'|'.join(BOLT_SCHEMES)}://host:port, "
                        "e.g. bolt://localhost:7687")
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UserError("set NEO4J_PASSWORD (the password is never taken from the command line)")
        password = getpass.getpass(f"password for {args.user} at {args.uri}: ")
    try:
        return GraphDatabase.driver(args.uri, auth=(args.user, password))
    except ValueError as e:  # includes neo4j's ConfigurationError: a malformed or unsupported URI
        raise UserError(f"--uri {args.uri!r}: {e} (expected e.g. bolt://localhost:7687)") from None


@contextlib.contextmanager
def _bolt(args: argparse.Namespace):
    """A driver whose connection and login failures become one line naming the server and what to do."""
    from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

    driver = _driver(args)
    try:
        with driver:
            yield driver
    except AuthError:
        raise UserError(f"the Neo4j server at {args.uri} refused the login of user {args.user!r}: "
                        "check --user and NEO4J_PASSWORD") from None
    except ServiceUnavailable as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise UserError(f"cannot reach a Neo4j server at {args.uri} ({reason}): start it or fix --uri") from None
    except Neo4jError as e:
        msg = (e.message or str(e)).splitlines()[0]
        raise UserError(f"Neo4j at {args.uri}: {msg}") from None
    except DriverError as e:
        raise UserError(f"Neo4j at {args.uri}: {e}") from None


def _add_bolt(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--uri", required=required,
                   help="Bolt URI of a Neo4j server, e.g. bolt://localhost:7687"
                   + ("" if required else " (default: query the graph file instead)"))
    p.add_argument("--user", default="neo4j", help="Neo4j user; the password comes from NEO4J_PASSWORD or a prompt")
    p.add_argument("--database", help="database name (default: the server's default database)")


def cmd_query(args: argparse.Namespace) -> int:
    from huiyi.graph.query import NEEDS_ARG, Selection, candidates_note, format_rows, query_graph

    if args.what in NEEDS_ARG and not args.name:
        raise UserError(f"`huiyi query {args.what}` needs a NAME")
    if args.role and args.what != "person":
        raise UserError("--role is for `huiyi query person NAME`")
    if args.timeline and args.what != "person":
        raise UserError("--timeline is for `huiyi query person NAME`")
    try:
        sel = Selection(meeting=args.meeting, report=args.report, date=args.date, since=args.since, until=args.until)
    except ValueError as e:
        raise UserError(str(e)) from None
    fmt = args.format or ("table" if sys.stdout.isatty() else "csv")
    empty = "no results"
    candidates: list[dict] = []
    t = time.perf_counter()
    if args.uri:
        from huiyi.graph.neo4j_query import query_neo4j

        with _bolt(args) as driver:
            result = query_neo4j(driver, args.what, args.name, sel, args.role, database=args.database,
                                 timeline=args.timeline)
            if args.what == "person":
                from huiyi.graph.neo4j_query import neo4j_person_candidates

                candidates = neo4j_person_candidates(driver, args.name, database=args.database)
        source = args.uri
    else:
        g = _load_graph(args.graph)
        result = query_graph(g, args.what, args.name, sel, args.role, timeline=args.timeline)
        source = args.graph
        if args.what == "person":
            from huiyi.graph.query import person_candidates

            candidates = person_candidates(g, args.name)
        if args.what == "person" and not result.rows:
            from huiyi.graph.query import similar_people

            close = similar_people(g, args.name)
            if close:
                empty = f"no results: no person named {args.name!r}; did you mean: {', '.join(close)}"
    sys.stdout.write(format_rows(result, fmt, args.width))
    _verbose(args, f"{len(result.rows)} rows from {source} in {time.perf_counter() - t:.2f}s")
    if args.what == "person" and (note := candidates_note(args.name, candidates)):
        _note(args, note)
    if not result.rows:
        _note(args, empty)
    if result.undated:
        _note(args, f"note: the date filter left out {result.undated} facts of meetings with neither a year nor a "
                    "publication date (give such inputs one with `huiyi run --date`)")
    return EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    from huiyi.graph.neo4j_load import (
        LoadCheckError,
        LoadError,
        check_graph,
        graph_from_file,
        load_delta,
        load_graph,
    )

    folder = Path(args.input)
    delta = folder.is_dir() and (folder / "graph.sqlite").is_file()  # a run's folder: send only what changed
    path = folder if delta else _in_file(args.input, "graph.json")
    try:
        g = None if delta else graph_from_file(path)
    except (FileNotFoundError, ValueError) as e:
        raise UserError(str(e)) from None
    t = time.perf_counter()
    check = None
    try:
        with _bolt(args) as driver:
            if delta:
                counts = load_delta(driver, folder, database=args.database, batch_size=args.batch_size,
                                    check=not args.no_check)
                check = counts["check"]
            else:
                counts = load_graph(driver, g, database=args.database, batch_size=args.batch_size)
                if not args.no_check:
                    check = check_graph(driver, g, database=args.database, what=str(path))
                    if not check["ok"]:
                        raise LoadCheckError(check, counts)
    except LoadCheckError as e:  # written, but the database does not hold the graph: done, with a failure
        print(f"error: {e}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except (LoadError, FileNotFoundError, ValueError) as e:
        raise UserError(str(e)) from None
    secs = time.perf_counter() - t
    rows = counts["nodes"] + counts["relationships"]
    mode = ""
    if delta:
        what = ("delta: what changed since the last load" if counts["mode"] == "delta"
                else f"full reconcile: {counts['reason']}")
        deleted = counts["deleted_nodes"] + counts["deleted_relationships"]
        if deleted or counts["mode"] == "full":
            what += f"; deleted {counts['deleted_nodes']} nodes and {counts['deleted_relationships']} relationships"
        if counts.get("kept_nodes"):
            what += f", kept {counts['kept_nodes']} nodes another output's relationships still use"
        mode = f" ({what})"
    checked = (f"; checked: {check['nodes']} nodes and {check['relationships']} relationships in the database, as in "
               "the graph" if check else "")
    _note(args, f"loaded {counts['nodes']} nodes and {counts['relationships']} relationships from {path}{mode} "
                f"in {secs:.1f}s ({rows / max(secs, 1e-9):,.0f} rows/s){checked}")
    return EXIT_OK


def cmd_cypher(args: argparse.Namespace) -> int:
    from huiyi.graph.neo4j_query import run_cypher
    from huiyi.graph.query import json_line

    params = {}
    for kv in args.param or []:
        k, sep, v = kv.partition("=")
        if not sep:
            raise UserError(f"--param {kv!r}: expected key=value")
        try:
            params[k] = json.loads(v)
        except json.JSONDecodeError:
            params[k] = v
    with _bolt(args) as driver:
        for rec in run_cypher(driver, args.query, params, database=args.database):
            print(json_line(rec))
    return EXIT_OK


EXPORT_DEFAULTS = {"neo4j-admin": "neo4j-import", "graphml": "graph.graphml", "gexf": "graph.gexf"}


def cmd_export(args: argparse.Namespace) -> int:
    from huiyi.graph.neo4j_load import graph_from_file

    path = _in_file(args.input, "graph.json")
    out = args.output or str(path.parent / EXPORT_DEFAULTS[args.format])
    if args.format == "neo4j-admin":
        _out_dir(out)
    else:
        _out_file(out)
    try:
        g = graph_from_file(path)
    except (FileNotFoundError, ValueError) as e:
        raise UserError(str(e)) from None
    if args.format == "neo4j-admin":
        from huiyi.graph.export_admin import export_neo4j_admin

        command = export_neo4j_admin(g, out)
        print(f"wrote CSVs to {out}; import with:\n{command}")
    else:
        from huiyi.graph.export_formats import export_networkx

        n, m = export_networkx(g, out, args.format)
        _note(args, f"wrote {out} ({n} nodes, {m} edges)")
    return EXIT_OK


def cmd_silver(args: argparse.Namespace) -> int:
    from huiyi.pipeline.extract import extract
    from huiyi.silver import format_silver, read_stories, score_story

    stories_path = _in_file(args.silver)
    nlp = _nlp(args)
    stories = list(read_stories(stories_path, args.limit))
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
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from huiyi.evaluate import format_table, load_jsonl, score
    from huiyi.pipeline.extract import extract
    from huiyi.pipeline.reader import read_path

    if args.silver:
        return cmd_silver(args)
    if not args.gold:
        raise UserError("give a gold JSONL file or --silver STORIES")
    gold_path = _in_file(args.gold)
    if args.pred_out:
        _out_file(args.pred_out)
    try:
        gold = load_jsonl(gold_path)
    except ValueError as e:
        raise UserError(f"{gold_path}: {e}") from None
    nlp = _nlp(args)
    unknown = set(args.disable) - set(nlp.pipe_names)
    if unknown:
        raise UserError(f"no such component: {', '.join(sorted(unknown))} (the pipeline: {', '.join(nlp.pipe_names)})")
    reports = list(read_path(gold_path))
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
    return EXIT_OK


def cmd_build_model(args: argparse.Namespace) -> int:
    from huiyi.pipeline.nlp import ModelMissing, build_pipeline

    try:
        out = build_pipeline(Path(args.pkuseg), Path(args.output))
    except ModelMissing as e:
        raise UserError(str(e)) from None
    _note(args, f"pipeline saved to {out}")
    return EXIT_OK


# -- the parser -----------------------------------------------------------------------------------

class _Formatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Defaults in every option's help (unless none/off), examples kept as written."""

    def _get_help_string(self, action: argparse.Action) -> str:
        help_ = action.help or ""
        if "%(default)" in help_ or "default:" in help_ or action.default in (None, False, argparse.SUPPRESS, []):
            return help_
        return help_ + " (default: %(default)s)"


EXIT_CODES = """exit codes:
  0  done
  1  done, but some reports failed (listed on stderr and in errors.jsonl)
  2  nothing done: a usage error, or an input, model or server that cannot be used (one line on stderr)"""

TOP_EPILOG = f"""examples (after `make run`; or `source .venv/bin/activate` and drop .venv/bin/):
  .venv/bin/huiyi run examples -o out
  .venv/bin/huiyi query presided 国务院常务会议 --since 2017 --graph out
  .venv/bin/huiyi query person 李克强 --role presided --format csv > likeqiang.csv
  .venv/bin/huiyi show seed                    # out/reports/seed.html: the report with its facts marked

{EXIT_CODES}"""

EPILOGS = {
    "remove": """examples:
  huiyi remove in/2024-01/report.txt -o out     # its facts leave records, graph and pages
  huiyi run in -o out --prune                   # the same for every report whose file is gone""",
    "run": """examples:
  huiyi run examples -o out
  huiyi run reports/ -o out -j 2 --no-html
  huiyi run notices/*.txt --date 2020-07-31 -o out      # publication date for files without one
  zcat stories.jsonl.gz | huiyi run - -o out""",
    "extract": """examples:
  huiyi extract ../shared/gold/dev.jsonl -o pred.jsonl
  huiyi extract report.html --date 2020-07-31""",
    "show": """examples:
  huiyi show seed                        # → out/reports/seed.html
  huiyi show seed --records out2 -o seed.html
  huiyi show --all -o out/reports        # one page per report""",
    "render": """examples:
  huiyi render out -o page.html --person 于军 --hops 2
  huiyi render out/graph.json -o 2020.html --since 2020-01 --until 2020-12""",
    "query": """examples:
  huiyi query presided 国务院常务会议                 # who presided, and when
  huiyi query person 李克强 --role presided --since 2017
  huiyi query priorities 全体会议 --date 2020-07-31   # one sitting of a recurring meeting
  huiyi query reported --report seed --format jsonl
  huiyi query reported --uri bolt://localhost:7687    # the same rows from Neo4j
  huiyi query person 李强 --timeline --format csv     # titles (first/last seen) and meetings per year, oldest first
  huiyi query series 国务院常务会议                     # the sittings in date order: presider, reporters, priorities
  huiyi query coattend 李强                           # who had roles at the same meetings, most shared first

output: --format table on a terminal, csv otherwise (header row, UTF-8); jsonl on request.
dates: a meeting covers the days its known date parts allow, or its report's publication date when its
year is unknown; a date filter keeps it when they overlap. Meetings with neither are left out by a date
filter and counted in a note on stderr.""",
    "load": """examples:
  NEO4J_PASSWORD=… huiyi load out --uri bolt://localhost:7687
  huiyi load out/records.jsonl --uri neo4j://db:7687 --user loader --database huiyi""",
    "cypher": """examples:
  huiyi cypher "MATCH (p:Person)-[:PRESIDED]->(m:Meeting) RETURN p.name, m.name LIMIT 5" --uri bolt://localhost:7687
  huiyi cypher "MATCH (p:Person {name: $n}) RETURN p" --param n=于军 --uri bolt://localhost:7687""",
    "export": """examples:
  huiyi export out --format graphml              # → out/graph.graphml (Gephi, Cytoscape, yEd)
  huiyi export out --format gexf -o graph.gexf   # Gephi
  huiyi export out -o out/neo4j-import           # CSVs + the neo4j-admin command""",
    "eval": """examples:
  huiyi eval ../shared/gold/dev.jsonl
  huiyi eval ../shared/gold/dev.jsonl --disable huiyi_ner --json
  huiyi eval --silver ../shared/corpora/xwlb_meetings/2012-2018.jsonl.gz --limit 300""",
    "build-model": """examples:
  huiyi build-model --pkuseg models/pkuseg -o models/huiyi_zh""",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("huiyi")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    # -q/-v/--model on the top level and on every command; the commands' copies default to SUPPRESS so
    # `huiyi -v run` and `huiyi run -v` both work
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                        help="print only results and errors (no progress bar or notes)")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="also print timings and where things were read from")
    model = argparse.ArgumentParser(add_help=False)
    model.add_argument("--model", default=argparse.SUPPRESS, help="pipeline directory (default: models/huiyi_zh)")

    ap = argparse.ArgumentParser(prog="huiyi", description="Chinese meeting reports → knowledge graph",
                                 formatter_class=_Formatter, epilog=TOP_EPILOG)
    ap.add_argument("--version", action="version", version=f"huiyi {_version()}")
    ap.add_argument("--model", help="pipeline directory (default: models/huiyi_zh)")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only results and errors")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print timings")
    sub = ap.add_subparsers(dest="cmd", metavar="COMMAND")

    def command(name: str, help_: str, parents=(common,)) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_, description=help_, parents=list(parents), formatter_class=_Formatter,
                              epilog=f"{EPILOGS[name]}\n\n{EXIT_CODES}")

    p = command("remove", "take reports out of an output folder (records, graph, pages; Neo4j on its next load)")
    p.add_argument("ids", nargs="+", help="report ids (as in records.jsonl)")
    p.add_argument("-o", "--output", default="out", help="the output folder of `huiyi run`")
    p.add_argument("--no-html", action="store_true", help="skip graph.html")
    p.set_defaults(func=cmd_remove)

    p = command("run", "extract + graph + HTML page for reports (incremental, parallel)", (common, model))
    p.add_argument("inputs", nargs="+",
                   help=".txt/.html/.jsonl files, directories, glob patterns, or - (JSONL or text on stdin)")
    p.add_argument("-o", "--output", default="out", help="output directory")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (each loads the model)")
    p.add_argument("--date", help="publication date YYYY-MM-DD for inputs that give none (.txt, .html without a "
                   "date <meta>, JSONL lines without \"date\"); resolves meeting dates written without a year")
    p.add_argument("--force", action="store_true", help="reprocess reports that are unchanged since the last run")
    p.add_argument("--prune", action="store_true",
                   help="remove earlier reports that are gone: their file is deleted, or a file read again no longer "
                        "gives them (records, graph, pages; Neo4j on its next load)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes or a Dask cluster (pip install 'huiyi[dask]')")
    p.add_argument("--scheduler", help="with --engine dask: address of a running scheduler (default: a local "
                   "cluster of -j workers)")
    p.add_argument("--chunk-size", type=int, default=8, help="reports per task sent to a worker")
    p.add_argument("--max-bytes", type=int, help="largest report file or JSONL line read (default: 5,000,000)")
    p.add_argument("--no-html", action="store_true", help="skip graph.html (large graphs)")
    p.add_argument("--time-limit", type=float, default=60.0, help="seconds per report; past it: an error (0: none)")
    p.set_defaults(func=cmd_run)

    p = command("extract", "records in the gold schema, one JSON line per report", (common, model))
    p.add_argument("inputs", nargs="+", help="report files, directories, patterns or - (stdin)")
    p.add_argument("-o", "--output", default="-", help="output JSONL file; - is stdout")
    p.add_argument("--date", help="publication date YYYY-MM-DD for inputs that give none")
    p.set_defaults(func=cmd_extract)

    p = command("show", "an offline page with a report's text and every extracted fact marked in place")
    p.add_argument("report_id", nargs="?", metavar="REPORT_ID", help="the report's id (as in records.jsonl)")
    p.add_argument("--records", default="out", help="records.jsonl, or the output folder of `huiyi run`")
    p.add_argument("-o", "--output", help="page file (with --all: a folder) (default: reports/ beside the records)")
    p.add_argument("--all", action="store_true", help="one page per report")
    p.set_defaults(func=cmd_show)

    p = command("render", "render a graph file as an offline HTML page")
    p.add_argument("graph", help="graph.json, or the output folder of `huiyi run`")
    p.add_argument("-o", "--output", default="graph.html", help="HTML file")
    p.add_argument("--person", help="only this person's neighbourhood")
    p.add_argument("--meeting", help="only meetings matching this name")
    p.add_argument("--hops", type=int, default=1, help="neighbourhood radius around --person/--meeting")
    p.add_argument("--max-nodes", type=int, default=150,
                   help="a focused drawing keeps this many nodes, the nearest and latest first (0: all)")
    p.add_argument("--since", help="first meeting date, YYYY[-MM[-DD]]")
    p.add_argument("--until", help="last meeting date, YYYY[-MM[-DD]]")
    p.set_defaults(func=cmd_render)

    from huiyi.graph.query import FORMATS, NAMED_QUERIES, PERSON_ROLES

    p = command("query", "who presided/reported/spoke/attended; what a person did (--timeline); a meeting; "
                         "priorities; a meeting series; who sat with whom (coattend)")
    p.add_argument("what", choices=NAMED_QUERIES, help="the question")
    p.add_argument("name", nargs="?", help="person, meeting or series name (roles/priorities: only meetings "
                                           "matching it)")
    p.add_argument("--graph", default="out", help="graph.json, or the output folder of `huiyi run` (when no --uri)")
    p.add_argument("--meeting", help="only meetings whose name or an alias contains this")
    p.add_argument("--date", help="only meetings on this date, YYYY[-MM[-DD]] (one sitting of a recurring meeting)")
    p.add_argument("--report", help="only facts read from this report id")
    p.add_argument("--since", help="only meetings on or after YYYY[-MM[-DD]]")
    p.add_argument("--until", help="only meetings on or before YYYY[-MM[-DD]]")
    p.add_argument("--role", action="append", choices=PERSON_ROLES,
                   help="person: only these roles (repeatable; title: the titles, summarised) (default: all)")
    p.add_argument("--timeline", action="store_true",
                   help="person: the best-supported person's titles (first and last seen) and meetings per year "
                        "and role, oldest first")
    p.add_argument("--format", choices=FORMATS,
                   help="output format (default: table on a terminal, else csv)")
    p.add_argument("--width", type=int, default=60, help="table: evidence characters shown (0: no evidence column)")
    _add_bolt(p, required=False)
    p.set_defaults(func=cmd_query)

    p = command("load", "load records.jsonl or graph.json into Neo4j (MERGE, batched)")
    p.add_argument("input", help="graph.json, records.jsonl, or the output folder of `huiyi run`")
    p.add_argument("--batch-size", type=int, default=5000, help="rows per transaction")
    p.add_argument("--no-check", action="store_true",
                   help="skip the count check at the end (that the database holds the graph's nodes and "
                        "relationships; a failed check exits 1)")
    _add_bolt(p, required=True)
    p.set_defaults(func=cmd_load)

    p = command("cypher", "run a Cypher query (parameters with --param k=v)")
    p.add_argument("query", help="Cypher text; values go in --param, never into the text")
    p.add_argument("--param", action="append", help="k=v; v is read as JSON when it parses, else as text")
    _add_bolt(p, required=True)
    p.set_defaults(func=cmd_cypher)

    p = command("export", "the graph for other tools: neo4j-admin CSVs, GraphML, GEXF")
    p.add_argument("input", help="graph.json, records.jsonl, or the output folder of `huiyi run`")
    p.add_argument("--format", choices=list(EXPORT_DEFAULTS), default="neo4j-admin", help="what to write")
    p.add_argument("-o", "--output", help="neo4j-admin: a folder; graphml/gexf: a file "
                   "(default: neo4j-import/, graph.graphml or graph.gexf beside the input)")
    p.set_defaults(func=cmd_export)

    p = command("eval", "score the pipeline on gold annotations (or the headline silver check)", (common, model))
    p.add_argument("gold", nargs="?", help="gold JSONL (shared/gold/SPEC.md)")
    p.add_argument("--silver", metavar="STORIES", help="JSONL(.gz) stories with headline roles (`silver`): recall "
                   "of those roles and of meeting dates, read from the body without the headline")
    p.add_argument("--limit", type=int, help="with --silver: only the first N stories")
    p.add_argument("--json", action="store_true", help="scores as one JSON object")
    p.add_argument("--pred-out", help="also write the predictions (gold schema) to this file")
    p.add_argument("--per-report", action="store_true", help="also print each report's misses and extras")
    p.add_argument("--disable", action="append", default=[], metavar="COMPONENT",
                   help="score without a pipeline component (ablation), e.g. --disable huiyi_ner")
    p.set_defaults(func=cmd_eval)

    p = command("build-model", "assemble pipeline/config.cfg with the pkuseg model")
    p.add_argument("--pkuseg", default="models/pkuseg", help="pkuseg model directory")
    p.add_argument("-o", "--output", default="models/huiyi_zh", help="pipeline directory written")
    p.set_defaults(func=cmd_build_model)
    return ap


def _stdout_gone() -> None:
    """The reader went away (`huiyi query … | head`): send what is left to /dev/null, quietly."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.cmd is None:
        parser.print_help()
        return EXIT_OK
    try:
        rc = args.func(args) or EXIT_OK
        sys.stdout.flush()
        return rc
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        raise
    except BrokenPipeError:
        _stdout_gone()
        return EXIT_OK
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except OSError as e:  # a path the user gave that cannot be read or written
        where = f"{e.filename}: " if e.filename else ""
        print(f"error: {where}{e.strerror or e}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


if __name__ == "__main__":
    sys.exit(main())
