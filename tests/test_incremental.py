"""huiyi.graph.incremental: the store updated in place gives the bytes of a full rebuild; `huiyi run` uses it."""

from __future__ import annotations

import json
import sqlite3

import pytest
from huiyi.graph.build import build_graph, merge_parts
from huiyi.graph.incremental import GraphStore
from huiyi.graph.render.explorer import render_graph_explorer, render_store
from huiyi.graph.store import dumps
from huiyi.pipeline.records import (
    Evidence,
    Meeting,
    MeetingDate,
    Organization,
    Person,
    ReportRecord,
    Role,
    Slogan,
    Title,
)

try:
    from test_render import seed_records, xss_records
except ImportError:  # tests collected as a package
    from tests.test_render import seed_records, xss_records

REGION = "北京市海淀区"


def _ev(text: str, span: str) -> Evidence:
    start = text.index(span)
    return Evidence(start=start, end=start + len(span), sentence=text)


def council(rid: str, secretary: str, org_name: str, alias: str | None = None) -> ReportRecord:
    """A report of the same meeting (one node) whose org name, title org and alias differ by report."""
    text = f"7月31日，区委常委会召开会议。{org_name}书记{secretary}主持会议。要增强“四个意识”。"
    return ReportRecord(
        id=rid, date="2023-08-01", region=REGION, text=text,
        people=[Person(name=secretary, evidence=_ev(text, secretary),
                       titles=[Title(title="区委书记", org=org_name, evidence=_ev(text, "书记"))])],
        organizations=[Organization(name=org_name, full_name="中共北京市海淀区委员会", evidence=_ev(text, org_name))],
        meetings=[Meeting(name="区委常委会", aliases=[alias] if alias else [],
                          date=MeetingDate(year=2023, month=7, day=31, text="7月31日"),
                          evidence=_ev(text, "区委常委会召开会议"),
                          presided=[Role(who=secretary, evidence=_ev(text, "主持"))])],
        slogans=[Slogan(text="四个意识", count=2 if rid.endswith("2") else 1, evidence=_ev(text, "四个意识"))],
    )


def corpus() -> list[ReportRecord]:
    return [*seed_records(), *xss_records(), council("c1", "于军", "区委", "常委会"),
            council("c2", "于军", "海淀区委"), council("c3", "张伟", "中共海淀区委", "区委常委会议")]


def store_json(store: GraphStore, tmp_path, name: str = "g.json") -> str:
    store.write_json(tmp_path / name)
    return (tmp_path / name).read_text(encoding="utf-8")


def test_merge_parts_is_order_free():
    parts = [("b", {"label": "Organization", "name": "区委", "x": 1}), ("a", {"label": "Organization", "name": "海淀区委"})]
    assert merge_parts(parts) == merge_parts(parts[::-1]) == {
        "label": "Organization", "name": "海淀区委", "x": 1, "reports": ["a", "b"]}


def test_build_graph_takes_first_report_by_id():
    recs = corpus()
    assert dumps(build_graph(recs)) == dumps(build_graph(recs[::-1]))
    g = build_graph(recs)
    assert g.nodes["org:中共北京市海淀区委员会"]["name"] == "区委"  # c1's name, whatever the order
    assert g.nodes["slogan:四个意识"]["count"] == 4


def test_store_equals_full_build(tmp_path):
    recs = corpus()
    with GraphStore(tmp_path / "g.sqlite") as store:
        stats = store.update((), ((r, None) for r in recs[::-1]))
        assert (stats.added, stats.removed) == (len(recs), 0)
        assert store_json(store, tmp_path) == dumps(build_graph(recs))
        assert store.label_counts() == {"Report": 6, "Person": 7, "Meeting": 3, "Organization": 2, "Title": 6,
                                        "PriorityList": 1, "Priority": 2, "Slogan": 3}


def test_store_update_in_place_equals_rebuild(tmp_path):
    recs = corpus()
    with GraphStore(tmp_path / "g.sqlite") as store:
        store.update((), ((r, "d") for r in recs[:5]))
        gen = store.gen
        # c1 (the winner of several properties) is removed, c2 changes, c3 arrives
        changed = council("c2", "李强", "区委")
        stats = store.update(["c1", "c2"], [(changed, "d2"), (recs[5], "d")])
        assert (stats.removed, stats.added, stats.gen) == (2, 2, gen + 1)
        expected = [*recs[:3], changed, recs[5]]
        assert store_json(store, tmp_path) == dumps(build_graph(expected))
        assert store.reports() == {**{r.id: "d" for r in expected}, "c2": "d2"}
        text = store_json(store, tmp_path)
        assert '"name":"海淀区委"' not in text and '"name":"中共海淀区委"' not in text
        assert '"name":"区委"' in text
        # nothing left of 于军 from the council reports: the node keeps only the seed report
        yu = json.loads(next(x for x in text.splitlines() if x.startswith('{"id":"person:于军@')).rstrip(","))
        assert yu["reports"] == ["r1"]
        # the deleted edges and nodes are recorded for a Neo4j delta load
        gone = {k: n for k, n in store.db.execute("SELECT kind, count(*) FROM gone GROUP BY kind")}
        assert gone == {"e": 14, "n": 1}  # 7 edges of each of c1, c2; the node report:c1
        # removing everything empties the graph
        store.update([r.id for r in expected], ())
        assert store_json(store, tmp_path) == dumps(build_graph([]))


def test_unchanged_update_keeps_generation(tmp_path):
    recs = corpus()
    with GraphStore(tmp_path / "g.sqlite") as store:
        store.update((), ((r, None) for r in recs))
        gen = store.gen
        stats = store.update((), ())
        assert (stats.nodes_changed, stats.edges_changed, store.gen) == (0, 0, gen)


def test_failed_update_rolls_back(tmp_path, monkeypatch):
    recs = corpus()
    with GraphStore(tmp_path / "g.sqlite") as store:
        store.update((), ((r, None) for r in recs[:3]))
        before = store_json(store, tmp_path)

        def boom():
            yield recs[3], None
            raise RuntimeError("killed")

        with pytest.raises(RuntimeError):
            store.update(["r1"], boom())
        assert store_json(store, tmp_path) == before
        assert set(store.reports()) == {"r1", "r2", "xss"}


def test_store_page_equals_graph_page(tmp_path):
    recs = corpus()
    with GraphStore(tmp_path / "g.sqlite") as store:
        store.update((), ((r, None) for r in recs))
        render_store(store, tmp_path / "a.html", title="t")
    render_graph_explorer(build_graph(recs), tmp_path / "b.html", title="t")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_failed_update_that_made_a_dictionary_rolls_back(tmp_path, monkeypatch):
    """A dictionary made in an update that fails is gone with it; the next update makes its own."""
    monkeypatch.setattr("huiyi.graph.incremental.ZDICT_SIZE", 300)
    recs = corpus()
    with GraphStore(tmp_path / "g.sqlite") as store:

        def boom():
            yield from ((r, None) for r in recs[:4])
            raise RuntimeError("killed")

        with pytest.raises(RuntimeError):
            store.update((), boom())
        assert store.db.execute("SELECT count(*) FROM zdicts").fetchone()[0] == 0
        store.update((), ((r, None) for r in recs))
        assert store_json(store, tmp_path) == dumps(build_graph(recs))


def test_store_of_another_version_is_refused_before_its_tables_are_touched(tmp_path):
    """A store of the previous layout (other tables, other columns) raises StoreVersionError, which huiyi.batch
    answers by rebuilding it from records.jsonl -- never an SQL error on its tables."""
    from huiyi.graph.incremental import StoreVersionError

    db = sqlite3.connect(tmp_path / "g.sqlite")
    db.executescript("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
                     "INSERT INTO meta VALUES('schema', '5');"
                     "CREATE TABLE nodes(id TEXT PRIMARY KEY, label TEXT, gen INTEGER) WITHOUT ROWID;"
                     "CREATE TABLE persons(name TEXT, report TEXT, PRIMARY KEY(name, report)) WITHOUT ROWID;")
    db.close()
    with pytest.raises(StoreVersionError, match="schema 5"):
        GraphStore(tmp_path / "g.sqlite")


def test_schema_version_checked(tmp_path):
    GraphStore(tmp_path / "g.sqlite").close()
    db = sqlite3.connect(tmp_path / "g.sqlite")
    db.execute("UPDATE meta SET value='99' WHERE key='schema'")
    db.commit()
    db.close()
    with pytest.raises(ValueError, match="schema 99"):
        GraphStore(tmp_path / "g.sqlite")


# -- `huiyi run` ---------------------------------------------------------------------------------------------

def _text(i: int, name: str) -> str:
    return (f"{i % 12 + 1}月{i % 27 + 1}日，中国共产党北京市海淀区第十二届委员会第{i + 1}次全体会议召开。"
            f"区委常委会主持会议。区委书记{name}代表区委常委会作工作报告并讲话。"
            "区委副书记、区长曾劲作关于全区经济社会发展工作的报告。会议强调，一要坚持稳中求进；二要扎实做好六稳工作。")


def _write(folder, rows: dict[str, str]):
    folder.mkdir(parents=True, exist_ok=True)
    for k, v in rows.items():
        (folder / f"{k}.txt").write_text(v, encoding="utf-8")


@pytest.mark.slow
def test_run_updates_in_place_and_matches_clean_run(nlp, tmp_path, monkeypatch):
    from huiyi.graph import build

    from huiyi.batch import RunOptions, run_batch

    monkeypatch.setattr("huiyi.pipeline.nlp.timed_load", lambda model_dir=None: (nlp, 0.0))
    monkeypatch.chdir(tmp_path)  # a file's id is its path from here: a/r1.txt
    names = ["王建国", "李明华", "张卫东", "刘志强", "陈晓峰", "杨立新"]
    a, b = tmp_path / "a", tmp_path / "b"
    _write(a, {f"r{i}": _text(i, n) for i, n in enumerate(names[:4])})
    out = tmp_path / "out"
    run_batch([str(a)], out, RunOptions(progress=False, title="t"))
    # a later batch: two new reports and one changed; only they are given
    _write(a, {"r1": _text(1, "欧阳振华")})
    _write(b, {"r4": _text(4, names[4]), "r5": _text(5, names[5])})
    built = []
    real = build.report_graph
    monkeypatch.setattr("huiyi.graph.incremental.report_graph", lambda rec: built.append(rec.id) or real(rec))
    st = run_batch([str(a / "r1.txt"), str(b)], out, RunOptions(progress=False, title="t"))
    assert (st.processed, st.records) == (3, 6)
    assert sorted(built) == ["a/r1.txt", "b/r4.txt", "b/r5.txt"]  # only the changed reports' facts were rebuilt
    # a clean run over the same reports (another order) gives the same graph.json and graph.html
    clean = tmp_path / "clean"
    run_batch([str(b), str(a)], clean, RunOptions(progress=False, title="t"))
    for name in ("graph.json", "graph.html"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    text = (out / "graph.json").read_text(encoding="utf-8")
    assert "欧阳振华" in text and "李明华" not in text
    # a deleted store is rebuilt from records.jsonl, with the same outputs
    before = (out / "graph.json").read_bytes()
    for f in out.glob("graph.sqlite*"):
        f.unlink()
    built.clear()
    run_batch([str(b)], out, RunOptions(progress=False, title="t"))
    assert sorted(built) == ["a/r0.txt", "a/r1.txt", "a/r2.txt", "a/r3.txt", "b/r4.txt", "b/r5.txt"]
    assert (out / "graph.json").read_bytes() == before
    # a run that changes nothing rewrites neither graph.json nor graph.html
    stamps = {name: (out / name).stat().st_mtime_ns for name in ("graph.json", "graph.html")}
    st = run_batch([str(b)], out, RunOptions(progress=False, title="t"))
    assert st.processed == 0
    assert {name: (out / name).stat().st_mtime_ns for name in ("graph.json", "graph.html")} == stamps
    run_batch([str(b)], out, RunOptions(progress=False, title="another title"))
    assert (out / "graph.html").stat().st_mtime_ns != stamps["graph.html"]
    assert "another title" in (out / "graph.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("zdict", [32768, 300])
def test_graph_json_patched_equals_full_write(tmp_path, monkeypatch, zdict):
    """Random sequences of removals and additions: the patched graph.json stays byte-identical to a full write
    (zdict 300: the store's compression dictionaries are made after a few reports, data before and after them)."""
    import random

    from huiyi.graph.store import patch_node_link

    monkeypatch.setattr("huiyi.graph.incremental.ZDICT_SIZE", zdict)
    recs = {r.id: r for r in corpus()}
    rnd = random.Random(5)
    with GraphStore(tmp_path / "g.sqlite") as store:
        store.update((), [(recs["r1"], None)])
        assert store.write_json(tmp_path / "g.json") == len(dumps(build_graph([recs["r1"]])).encode())
        for _ in range(25):
            have = set(store.reports())
            drop = rnd.sample(sorted(have), rnd.randint(0, min(2, len(have) - 1)))
            add = rnd.sample(sorted(set(recs) - have), rnd.randint(0, min(2, len(set(recs) - have))))
            store.update(drop, [(recs[i], None) for i in add])
            store.write_json(tmp_path / "g.json")
            now = [recs[i] for i in store.reports()]
            assert (tmp_path / "g.json").read_text(encoding="utf-8") == dumps(build_graph(now))
        if zdict == 300:
            assert {n for (n,) in store.db.execute("SELECT name FROM zdicts")} == {"graphs", "variants"}
            kinds = set(store.db.execute("SELECT typeof(attrs) FROM variants"))
            assert kinds == {("text",), ("blob",)}  # before the dictionary, and compressed with it
    with GraphStore(tmp_path / "g.sqlite") as store:  # another connection reads them
        render_store(store, tmp_path / "a.html", title="t")
        render_graph_explorer(build_graph([recs[i] for i in store.reports()]), tmp_path / "b.html", title="t")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert patch_node_link(tmp_path / "missing.json", {}, {}) is None
    (tmp_path / "other.json").write_text("{}", encoding="utf-8")
    assert patch_node_link(tmp_path / "other.json", {"x": "{}"}, {}) is None


def test_store_stays_in_proportion_across_updates(tmp_path):
    """Updates that replace reports again and again leave a store of the size of one build: deletions that
    graph.json (and every recorded load) already have are forgotten, freed pages given back."""
    import os

    def reports(k: int) -> list[ReportRecord]:
        return [council(f"c{i}", f"于军{k}", "区委", f"常委会{k}" + "会" * 2000) for i in range(60)]

    with GraphStore(tmp_path / "g.sqlite") as store:
        store.update((), ((r, None) for r in reports(0)))
        store.write_json(tmp_path / "g.json")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        first = os.path.getsize(tmp_path / "g.sqlite")
        for k in range(1, 8):
            store.update([f"c{i}" for i in range(60)], ((r, None) for r in reports(k)))
            store.write_json(tmp_path / "g.json")
        store.update((), ())  # compacts what the last graph.json write made safe to forget
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        gone = store.db.execute("SELECT count(*) FROM gone").fetchone()[0]
        assert gone == 0
        assert os.path.getsize(tmp_path / "g.sqlite") < 1.3 * first
        assert (tmp_path / "g.json").read_text(encoding="utf-8") == dumps(build_graph(reports(7)))
