"""`huiyi load OUT_DIR` after adding 10 reports to 2,000: rows and seconds of the delta against a full load.

    python scripts/bench_delta_load.py --records out-xwlb/records.jsonl [--reports 2000] [--new 10]

A corpus of `--reports` reports is synthesised from the records of the real stories (as
scripts/bench_incremental.py does) into a graph store; it is loaded in full (graph.neo4j_load.load_delta's
first load, which is `load_graph`'s MERGE of every node and relationship) into an ArcadeDB server started
here. Then `--new` more reports (real records under new ids) are added to the store and the delta is loaded.
Targets: the delta sends ≤ 2% of the full load's rows in ≤ 25% of its time, and the database then holds
exactly the store's nodes and relationships (as a full load of the same graph would).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # tests/support: Chromium, ArcadeDB

import neo4j  # noqa: E402
from bench_incremental import synth  # noqa: E402
from huiyi.graph.incremental import GraphStore  # noqa: E402
from huiyi.graph.neo4j_load import database_counts, load_delta  # noqa: E402
from huiyi.pipeline.records import ReportRecord  # noqa: E402
from support.arcadedb_server import DATABASE, arcadedb_bolt_server  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=Path, required=True, help="records.jsonl of the real stories")
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--new", type=int, default=10)
    args = ap.parse_args(argv)
    records = [json.loads(x) for x in args.records.read_text(encoding="utf-8").splitlines() if x.strip()]
    work = Path(tempfile.mkdtemp(prefix="huiyi-bench-delta-"))
    synth(records, args.reports + args.new, work / "all")
    lines = (work / "all" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    base = [ReportRecord.from_json(x) for x in lines[: args.reports]]
    new = [ReportRecord.from_json(x) for x in lines[args.reports:]]
    out = work / "out"
    out.mkdir()
    with GraphStore(out / "graph.sqlite") as store:
        store.update((), ((r, None) for r in base))
    with arcadedb_bolt_server() as (uri, user, password), neo4j.GraphDatabase.driver(uri, auth=(user, password)) as drv:
        t = time.perf_counter()
        full = load_delta(drv, out, database=DATABASE)
        full_s = time.perf_counter() - t
        with GraphStore(out / "graph.sqlite") as store:
            store.update((), ((r, None) for r in new))
            g = store.graph()
        t = time.perf_counter()
        delta = load_delta(drv, out, database=DATABASE)
        delta_s = time.perf_counter() - t
        counts = database_counts(drv, database=DATABASE)
    expected = {"nodes": g.number_of_nodes(), "relationships": g.number_of_edges()}
    rows, secs = delta["rows"] / full["rows"], delta_s / full_s
    print(f"full load ({full['mode']}): {full['rows']:,} rows in {full_s:.1f} s ({full['rows'] / full_s:,.0f} rows/s)")
    print(f"delta after adding {args.new} reports to {args.reports:,} ({delta['mode']}): {delta['rows']:,} rows "
          f"({delta['nodes']} nodes, {delta['relationships']} relationships, {delta['deleted_nodes']} + "
          f"{delta['deleted_relationships']} deleted) in {delta_s:.2f} s")
    print(f"delta / full: rows {rows:.2%} (target ≤ 2%), time {secs:.1%} (target ≤ 25%)")
    print(f"database now {counts}; the store's graph {expected}: {'equal' if counts == expected else 'DIFFERENT'}")
    return 0 if rows <= 0.02 and secs <= 0.25 and counts == expected else 1


if __name__ == "__main__":
    sys.exit(main())
