"""Benchmark graph.neo4j_load.load_graph against a bare CREATE of the same rows.

    python scripts/bench_neo4j.py --reports 1000          # ArcadeDB, started here
    python scripts/bench_neo4j.py                          # 10000 reports, about a million rows
    python scripts/bench_neo4j.py --uri bolt://localhost:7687 --user neo4j --password ... --scratch

Builds a graph of N synthetic reports (graph.build.build_graph), loads it with
load_graph (constraints + MERGE + SET +=, one managed transaction per batch),
then on the same server writes the same number of node rows with
`UNWIND $rows AS row CREATE (n:BenchBare) SET n = row` and the same
relationship rows with MATCH…CREATE (after an index on BenchBare.id, without
which every MATCH scans), and prints rows/s for both and their ratio.

`--state` also measures the folder load's transaction of state (graph.neo4j_load.load_delta) on the same
reports written into a graph store: the first load into an empty database (full: marker, scan, MERGE, count
check), a load with nothing changed (delta: markers, count check), a full reconcile of the loaded database
(its marker set back to "begun": scan, MERGE with nulls, count check), and the count check alone
(`check_store_loaded`) and a file's (`check_graph`), each against the plain `load_graph`.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # tests/support: Chromium, ArcadeDB

import neo4j  # noqa: E402
from huiyi.graph.build import build_graph  # noqa: E402
from huiyi.graph.incremental import GraphStore  # noqa: E402
from huiyi.graph.neo4j_load import (  # noqa: E402
    check_graph,
    check_store_loaded,
    load_delta,
    load_graph,
    node_rows,
    rel_rows,
)
from huiyi.pipeline.records import (  # noqa: E402
    Document,
    Evidence,
    Meeting,
    MeetingDate,
    Organization,
    Person,
    PriorityItem,
    PriorityList,
    ReportRecord,
    Role,
    Slogan,
    Title,
)
from support.arcadedb_server import DATABASE, arcadedb_bolt_server  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
REGIONS = [f"北京市{d}区" for d in ("海淀", "朝阳", "东城", "西城", "丰台", "石景山", "通州", "顺义")]
TITLES = ("区委书记", "区长", "副区长", "区委副书记", "区人大常委会主任", "区政协主席")


def synthetic_record(i: int, rnd: random.Random) -> ReportRecord:
    """One report (~100 rows): a meeting with ~16 participants, titles, an organisation, 8 priorities, slogans."""
    region = REGIONS[i % len(REGIONS)]
    text = f"第{i}号报告。会议强调，一要抓落实；二要促发展。\n全文完。"
    e = Evidence(start=0, end=4, sentence=text[: text.index("。") + 1])
    names = sorted({rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN) for _ in range(16)})
    people = [Person(name=n, evidence=e,
                     titles=[Title(title=rnd.choice(TITLES), evidence=e)] if k < 3 else []) for k, n in enumerate(names)]
    body = f"第{i % 50}专题领导小组"
    meeting = Meeting(
        name=f"第{i}次常务会议", aliases=[f"会议{i}"],
        date=MeetingDate(year=2020 + i % 5, month=1 + i % 12, day=1 + i % 28),
        presided=[Role(who=body, is_body=True, evidence=e)],
        reported=[Role(who=names[0], what=f"第{i}号工作报告", on_behalf_of=body, evidence=e)],
        spoke=[Role(who=n, evidence=e) for n in names[:2]],
        attended=[Role(who=n, evidence=e) for n in names[2:]],
        adopted=[Document(name=f"第{i}号文件", evidence=e), Document(name=f"第{i}号方案", evidence=e)],
        evidence=e,
    )
    items = [PriorityItem(n=k + 1, lead=f"任务{i}-{k + 1}", text=f"任务{i}-{k + 1}的全文", marker=f"{k + 1}.",
                          evidence=e) for k in range(8)]
    return ReportRecord(
        id=f"bench-{i:06d}", title=f"报告{i}", date=f"{2020 + i % 5}-01-01", region=region, text=text,
        people=people, organizations=[Organization(name=body, evidence=e)], meetings=[meeting],
        priority_lists=[PriorityList(style="arabic", items=items, meeting=0)],
        slogans=[Slogan(text=f"口号{i % 100}", evidence=e), Slogan(text="两个维护", evidence=e)],
    )


def _write(tx, query: str, rows: list[dict]) -> None:
    tx.run(query, rows=rows).consume()


def bare_create(driver, database, g, batch_size: int) -> int:
    """CREATE the same node and relationship rows with no MERGE and no constraint; return rows."""
    with driver.session(database=database) as s:
        s.run("CREATE INDEX bench_bare_id IF NOT EXISTS FOR (n:BenchBare) ON (n.id)").consume()
        n = 0
        nodes = [{"id": r["id"], **r["props"]} for rows in node_rows(g).values() for r in rows]
        for i in range(0, len(nodes), batch_size):
            s.execute_write(_write, "UNWIND $rows AS row CREATE (n:BenchBare) SET n = row", nodes[i:i + batch_size])
        n += len(nodes)
        rels = [{"src": r["src"], "dst": r["dst"], "props": {"key": r["key"], **r["props"]}}
                for rows in rel_rows(g).values() for r in rows]
        q = ("UNWIND $rows AS row MATCH (a:BenchBare {id: row.src}) MATCH (b:BenchBare {id: row.dst}) "
             "CREATE (a)-[r:BENCH_REL]->(b) SET r = row.props")
        for i in range(0, len(rels), batch_size):
            s.execute_write(_write, q, rels[i:i + batch_size])
        n += len(rels)
    return n


def clear(driver, database, batch: int = 20000) -> None:
    """Empty the database in chunks (one huge DETACH DELETE can exhaust the heap)."""
    with driver.session(database=database) as s:
        while True:
            deleted = s.run("MATCH (n) WITH n LIMIT $n DETACH DELETE n RETURN count(*) AS c", n=batch).single()["c"]
            if not deleted:
                return


def bench_state(driver, database, records: list[ReportRecord], g, t_load: float, batch_size: int) -> None:
    """The folder load's costs (see the module docstring), each printed with its ratio to `load_graph`."""
    rows = g.number_of_nodes() + g.number_of_edges()
    with tempfile.TemporaryDirectory(prefix="huiyi-bench-state-") as tmp:
        out = Path(tmp)
        t = time.perf_counter()
        with GraphStore(out / "graph.sqlite") as store:
            store.update((), ((r, None) for r in records))
        print(f"graph store of {len(records)} reports written in {time.perf_counter() - t:.1f}s")

        def timed(label: str, fn):
            t = time.perf_counter()
            result = fn()
            secs = time.perf_counter() - t
            print(f"{label:<34}: {secs:6.2f}s = {secs / t_load:5.1%} of load_graph ({rows / secs:,.0f} rows/s)")
            return result

        clear(driver, database)
        first = timed("folder, first load (full)", lambda: load_delta(driver, out, database=database,
                                                                     batch_size=batch_size))
        assert first["mode"] == "full" and first["check"]["ok"], first
        again = timed("folder, nothing changed (delta)", lambda: load_delta(driver, out, database=database,
                                                                           batch_size=batch_size))
        assert again["mode"] == "delta" and again["rows"] == 0 and again["check"]["ok"], again
        with driver.session(database=database) as s:
            s.run("MATCH (m:HuiyiLoad) SET m.state = 'begun'").consume()
        full = timed("folder, reconcile of a loaded db", lambda: load_delta(driver, out, database=database,
                                                                           batch_size=batch_size))
        assert full["mode"] == "full" and full["check"]["ok"], full
        with GraphStore(out / "graph.sqlite") as store, driver.session(database=database) as s:
            reports = set(store.reports())
            timed("folder count check alone", lambda: check_store_loaded(s, store, reports, set()))
    timed("file count check (check_graph)", lambda: check_graph(driver, g, database=database))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=10000, help="synthetic reports (10000 ≈ a million rows)")
    ap.add_argument("--batch-size", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--uri", help="an existing Bolt server instead of a fresh ArcadeDB")
    ap.add_argument("--user", default="neo4j")
    ap.add_argument("--password", default="")
    ap.add_argument("--database", default=None)
    ap.add_argument("--scratch", action="store_true", help="with --uri: the database may be emptied (required)")
    ap.add_argument("--heap", default="2g", help="ArcadeDB JVM heap")
    ap.add_argument("--state", action="store_true",
                    help="also time load_delta's first, no-change and reconcile loads and the count checks")
    args = ap.parse_args(argv)
    if args.uri and not args.scratch:
        ap.error("--uri writes and deletes everything in the database: pass --scratch to confirm")

    t0 = time.perf_counter()
    rnd = random.Random(args.seed)
    records = [synthetic_record(i, rnd) for i in range(args.reports)]
    g = build_graph(records)
    rows = g.number_of_nodes() + g.number_of_edges()
    print(f"graph: {args.reports} reports, {g.number_of_nodes()} nodes + {g.number_of_edges()} relationships "
          f"= {rows} rows (built in {time.perf_counter() - t0:.1f}s)")

    with contextlib.ExitStack() as stack:
        if args.uri:
            uri, user, password, database = args.uri, args.user, args.password, args.database
        else:
            uri, user, password = stack.enter_context(arcadedb_bolt_server(heap=args.heap))
            database = DATABASE
        driver = stack.enter_context(neo4j.GraphDatabase.driver(uri, auth=(user, password)))
        info = driver.get_server_info()
        print(f"server: {info.agent} at {uri}")
        clear(driver, database)

        t = time.perf_counter()
        counts = load_graph(driver, g, database=database, batch_size=args.batch_size)
        t_load = time.perf_counter() - t
        loaded = counts["nodes"] + counts["relationships"]
        print(f"load_graph : {loaded} rows in {t_load:.1f}s = {loaded / t_load:,.0f} rows/s ({counts['batches']} batches)")

        t = time.perf_counter()
        bare = bare_create(driver, database, g, args.batch_size)
        t_bare = time.perf_counter() - t
        print(f"bare CREATE: {bare} rows in {t_bare:.1f}s = {bare / t_bare:,.0f} rows/s")
        print(f"load_graph throughput = {t_bare / t_load:.2f} × bare CREATE")
        if args.state:
            clear(driver, database)
            bench_state(driver, database, records, g, t_load, args.batch_size)
        if args.uri:
            clear(driver, database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
