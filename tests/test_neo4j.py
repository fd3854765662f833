"""Neo4j loading, Cypher queries and neo4j-admin export.

The `neo4j`-marked tests run against a real Bolt server (tests/neo4j_server.py):
NEO4J_URI when set, else an ArcadeDB server started for the session. They
fail, never skip, when neither can be used.
"""

from __future__ import annotations

import csv
import shlex

import pytest
from huiyi.graph import neo4j_load
from huiyi.graph.build import build_graph
from huiyi.graph.export_admin import export_neo4j_admin
from huiyi.graph.neo4j_load import LoadError, load_file, load_graph, storable_props, storable_value
from huiyi.graph.neo4j_query import named_query, run_cypher
from huiyi.graph.query import NAMED_QUERIES, format_date, graph_rows
from huiyi.graph.schema import NODE_TYPES
from huiyi.pipeline.records import (
    Evidence,
    Meeting,
    MeetingDate,
    Organization,
    Person,
    PriorityItem,
    PriorityList,
    ReportRecord,
    Role,
    Title,
)

REGION = "北京市海淀区"


def ev(text: str, part: str) -> Evidence:
    """Evidence for `part`: its offsets and the sentence (up to 。) containing it."""
    start = text.index(part)
    s0 = text.rfind("。", 0, start) + 1
    s1 = text.find("。", start)
    s1 = len(text) if s1 < 0 else s1 + 1
    return Evidence(start=start, end=start + len(part), sentence=text[s0:s1])


def seed_record() -> ReportRecord:
    text = (
        "7月31日，区委常委会召开区委十二届十一次全会。"
        "区委书记于军代表区委常委会作工作报告并讲话。"
        "区长曾劲作关于2020年上半年全区经济社会发展工作的书面报告。"
        "刘长利、刘勇出席会议。"
    )
    m = Meeting(
        name="区委十二届十一次全会",
        date=MeetingDate(year=2020, month=7, day=31, text="7月31日"),
        presided=[Role(who="区委常委会", is_body=True, evidence=ev(text, "区委常委会召开"))],
        reported=[
            Role(who="于军", what="工作报告", on_behalf_of="区委常委会", evidence=ev(text, "于军代表")),
            Role(who="曾劲", what="关于2020年上半年全区经济社会发展工作的书面报告", evidence=ev(text, "曾劲作")),
        ],
        spoke=[Role(who="于军", evidence=ev(text, "并讲话"))],
        attended=[Role(who="刘长利", evidence=ev(text, "刘长利")), Role(who="刘勇", evidence=ev(text, "刘勇"))],
        evidence=ev(text, "区委十二届十一次全会"),
    )
    return ReportRecord(
        id="seed-001", title="区委十二届十一次全会召开", date="2020-08-01", region=REGION, text=text,
        people=[
            Person(name="于军", titles=[Title(title="区委书记", org="区委", evidence=ev(text, "区委书记"))],
                   evidence=ev(text, "于军")),
            Person(name="曾劲", titles=[Title(title="区长", evidence=ev(text, "区长"))], evidence=ev(text, "曾劲")),
            Person(name="刘长利", evidence=ev(text, "刘长利")),
            Person(name="刘勇", evidence=ev(text, "刘勇")),
        ],
        organizations=[Organization(name="区委常委会", evidence=ev(text, "区委常委会"))],
        meetings=[m],
    )


def later_record(rid: str = "later-002", newcomer: str = "张建国") -> ReportRecord:
    """Another report of the same region: 于军 again (one node), a new person and meeting."""
    text = f"9月3日，于军主持召开区委常委会会议。\n{newcomer}出席会议。"
    m = Meeting(
        name="区委常委会会议",
        date=MeetingDate(year=2020, month=9, day=3),
        presided=[Role(who="于军", evidence=ev(text, "于军主持"))],
        attended=[Role(who=newcomer, evidence=ev(text, newcomer))],
        evidence=ev(text, "区委常委会会议"),
    )
    return ReportRecord(
        id=rid, date="2020-09-04", region=REGION, text=text,
        people=[Person(name="于军", evidence=ev(text, "于军")), Person(name=newcomer, evidence=ev(text, newcomer))],
        meetings=[m],
    )


def priorities_record() -> ReportRecord:
    text = "10月9日，区政府召开常务会议。会议强调，一要抓好防汛工作；二要推进重点项目；三要保障民生。"
    items = [("一要", "抓好防汛工作"), ("二要", "推进重点项目"), ("三要", "保障民生")]
    m = Meeting(name="区政府常务会议", date=MeetingDate(year=2020, month=10, day=9), evidence=ev(text, "常务会议"))
    pl = PriorityList(style="yao", declared_count=None, meeting=0, items=[
        PriorityItem(n=i + 1, lead=lead, text=lead, marker=mk, evidence=ev(text, mk + lead))
        for i, (mk, lead) in enumerate(items)])
    return ReportRecord(id="prio-004", region=REGION, text=text, meetings=[m], priority_lists=[pl])


def crowd_record(n: int) -> ReportRecord:
    text = "区政府召开常务会议。" + "、".join(f"出席人{i:02d}" for i in range(n)) + "出席会议。"
    people = [f"出席人{i:02d}" for i in range(n)]
    m = Meeting(name="区政府常务会议", attended=[Role(who=p, evidence=ev(text, p)) for p in people],
                evidence=ev(text, "常务会议"))
    return ReportRecord(id="crowd", region=REGION, text=text,
                        people=[Person(name=p, evidence=ev(text, p)) for p in people], meetings=[m])


def graph_counts(g) -> tuple[int, int]:
    return g.number_of_nodes(), g.number_of_edges()


# -- no server needed ----------------------------------------------------------------------------

def test_storable_props_flatten_and_drop():
    props = storable_props({
        "label": "X", "a": None, "s": "文本", "i": 3, "b": True, "f": 1.5,
        "evidence": {"sentence": "句子。\n第二行", "start": 1, "end": 4},
        "names": ["甲", "乙", None], "empty": [], "mixed": [1, "a"], "nested": {"k": {"x": 1}},
        "big": 2**70,
    }, skip=("label",))
    assert props == {
        "s": "文本", "i": 3, "b": True, "f": 1.5,
        "evidence_sentence": "句子。\n第二行", "evidence_start": 1, "evidence_end": 4,
        "names": ["甲", "乙"], "mixed": '[1, "a"]', "nested": '{"k": {"x": 1}}', "big": str(2**70),
    }
    assert storable_value([1, 2.5]) == [1.0, 2.5]


def test_labels_and_types_come_only_from_whitelist():
    g = build_graph([seed_record()])
    g.add_node("evil", label="Person`) DETACH DELETE n //", reports=["x"])
    with pytest.raises(ValueError, match="NODE_TYPES"):
        neo4j_load.node_rows(g)
    g = build_graph([seed_record()])
    u, v, k = next(iter(g.edges(keys=True)))
    g.edges[u, v, k]["type"] = "X]->() DELETE a //"
    with pytest.raises(ValueError, match="EDGE_TYPES"):
        neo4j_load.rel_rows(g)


def test_format_row_and_date():
    assert format_date(2020, 7, 31) == "2020-07-31"
    assert format_date(2020, 7, None) == "2020-07"
    assert format_date(None, 7, 31) == "????-07-31"
    assert format_date(None, None, None) is None


def test_export_neo4j_admin_csvs(tmp_path):
    g = build_graph([seed_record(), later_record()])
    # a value with the CSV's own special characters and a newline
    g.nodes["person:刘勇@北京市海淀区"]["note"] = 'say "hi", then\nleave; ok'
    cmd = export_neo4j_admin(g, tmp_path / "admin")
    args = shlex.split(cmd)
    assert args[:4] == ["neo4j-admin", "database", "import", "full"]
    assert "--multiline-fields=true" in args and "--array-delimiter=;" in args and "--id-type=string" in args
    assert args[-1] == "neo4j"
    node_files = [a.split("=", 2)[2] for a in args if a.startswith("--nodes=")]
    rel_files = [a.split("=", 2)[2] for a in args if a.startswith("--relationships=")]
    n_nodes = n_rels = 0
    ids = set()
    for f in node_files:
        with open(f, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        assert header[:2] == ["id:ID(huiyi)", ":LABEL"]
        assert all(len(r) == len(header) for r in body)
        assert {r[1] for r in body} <= set(NODE_TYPES)
        ids.update(r[0] for r in body)
        n_nodes += len(body)
        if f.endswith("Person.csv"):
            note = header.index("note:string")
            assert 'say "hi", then\nleave; ok' in [r[note] for r in body]
            assert "reports:string[]" in header
        if f.endswith("Meeting.csv"):
            assert "year:int" in header
    for f in rel_files:
        with open(f, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        assert header[:4] == [":START_ID(huiyi)", ":END_ID(huiyi)", ":TYPE", "key:string"]
        assert all(len(r) == len(header) and r[0] in ids and r[1] in ids for r in body)
        n_rels += len(body)
        if f.endswith("PRESIDED.csv"):
            assert "evidence_sentence:string" in header and "evidence_start:int" in header
    assert (n_nodes, n_rels) == graph_counts(g)
    assert ids == set(g.nodes)


# -- against a Bolt server -----------------------------------------------------------------------

@pytest.mark.neo4j
def test_load_twice_is_idempotent(neo4j_db):
    g = build_graph([seed_record()])
    first = load_graph(neo4j_db.driver, g, database=neo4j_db.database)
    assert (first["nodes"], first["relationships"]) == graph_counts(g)
    assert neo4j_db.counts() == graph_counts(g)
    second = load_graph(neo4j_db.driver, g, database=neo4j_db.database, batch_size=2)
    assert second["nodes"] == first["nodes"] and second["relationships"] == first["relationships"]
    assert neo4j_db.counts() == graph_counts(g)
    assert neo4j_db.labels() == {g.nodes[n]["label"] for n in g}
    # every relationship carries report + flattened evidence
    rows = neo4j_db.run("MATCH (:Organization)-[r:PRESIDED]->(:Meeting) RETURN properties(r) AS p")
    assert len(rows) == 1
    p = rows[0]["p"]
    assert p["report"] == "seed-001" and p["key"] == "PRESIDED|seed-001"
    assert p["evidence_sentence"] == "7月31日，区委常委会召开区委十二届十一次全会。"
    assert (p["evidence_start"], p["evidence_end"]) == (6, 13)


@pytest.mark.neo4j
def test_later_reports_merge_in(neo4j_db, tmp_path):
    seed = build_graph([seed_record()])
    load_graph(neo4j_db.driver, seed, database=neo4j_db.database)
    before = neo4j_db.counts()
    # the later batch comes as records.jsonl
    path = tmp_path / "records.jsonl"
    path.write_text(later_record().to_json() + "\n\n", encoding="utf-8")
    counts = load_file(neo4j_db.driver, path, database=neo4j_db.database)
    later = build_graph([later_record()])
    assert (counts["nodes"], counts["relationships"]) == graph_counts(later)
    both = build_graph([seed_record(), later_record()])
    after = neo4j_db.counts()
    assert after == graph_counts(both)
    assert after[0] > before[0] and after[1] > before[1]
    yu = neo4j_db.run("MATCH (p:Person {name: $n}) RETURN p.id AS id, p.reports AS reports", n="于军")
    assert len(yu) == 1
    assert yu[0]["id"] == "person:于军@北京市海淀区"
    rows = named_query(neo4j_db.driver, "person", "于军", database=neo4j_db.database)
    assert {(r["role"], r["report"]) for r in rows} == {
        ("reported", "seed-001"), ("spoke", "seed-001"), ("title", "seed-001"), ("presided", "later-002")}


@pytest.mark.neo4j
def test_seed_meeting_queries(neo4j_db):
    g = build_graph([seed_record()])
    load_graph(neo4j_db.driver, g, database=neo4j_db.database)
    db = neo4j_db.database

    presided = named_query(neo4j_db.driver, "presided", database=db)
    assert [(r["who"], r["meeting"], r["date"]) for r in presided] == [("区委常委会", "区委十二届十一次全会", "2020-07-31")]
    body = run_cypher(neo4j_db.driver, "MATCH (o)-[:PRESIDED]->(:Meeting) RETURN o.name AS name, labels(o) AS labels",
                      database=db)
    assert body == [{"name": "区委常委会", "labels": ["Organization"]}]

    reported = named_query(neo4j_db.driver, "reported", database=db)
    assert {(r["who"], r["what"], r["on_behalf_of"]) for r in reported} == {
        ("于军", "工作报告", "区委常委会"),
        ("曾劲", "关于2020年上半年全区经济社会发展工作的书面报告", None),
    }
    assert all(r["evidence"] and r["report"] == "seed-001" for r in reported)
    assert [r["who"] for r in named_query(neo4j_db.driver, "spoke", database=db)] == ["于军"]
    assert sorted(r["who"] for r in named_query(neo4j_db.driver, "attended", database=db)) == ["刘勇", "刘长利"]

    meeting = named_query(neo4j_db.driver, "meeting", "十一次全会", database=db)
    assert [r["role"] for r in meeting] == ["presided", "reported", "reported", "spoke", "attended", "attended"]
    assert named_query(neo4j_db.driver, "meeting", "不存在的会议", database=db) == []


@pytest.mark.neo4j
def test_hostile_names_are_data(neo4j_db):
    evil = "O'Brien \"x\" `y` '}) DETACH DELETE n //"
    rec = ReportRecord.from_json(later_record("evil-003", newcomer=evil).to_json())
    assert rec.people[1].name == evil
    g = build_graph([seed_record(), rec])
    load_graph(neo4j_db.driver, g, database=neo4j_db.database)
    assert neo4j_db.counts() == graph_counts(g)
    assert neo4j_db.labels() == {g.nodes[n]["label"] for n in g}
    stored = neo4j_db.run("MATCH (p:Person) WHERE p.name = $n RETURN p.name AS name, p.id AS id", n=evil)
    assert stored == [{"name": evil, "id": f"person:{evil}@{REGION}"}]
    rows = named_query(neo4j_db.driver, "person", evil, database=neo4j_db.database)
    assert [(r["who"], r["role"]) for r in rows] == [(evil, "attended")]


@pytest.mark.neo4j
def test_failing_batch_is_rolled_back(neo4j_db, monkeypatch):
    g = build_graph([crowd_record(12)])
    original = neo4j_load.node_rows

    def poisoned(graph):
        rows = original(graph)
        rows["Person"][5]["props"]["bad"] = {"nested": "map"}  # not a storable property value
        return rows

    monkeypatch.setattr(neo4j_load, "node_rows", poisoned)
    with pytest.raises(LoadError) as info:
        load_graph(neo4j_db.driver, g, database=neo4j_db.database, batch_size=4)
    err = info.value
    assert (err.kind, err.name, err.batch, err.start, err.end, err.total) == ("nodes", "Person", 1, 4, 8, 12)
    assert "Person" in str(err) and "batch 1" in str(err) and "rows 4-7 of 12" in str(err)
    people = sorted(r["id"] for r in neo4j_db.run("MATCH (p:Person) RETURN p.id AS id"))
    all_people = sorted(n for n in g if g.nodes[n]["label"] == "Person")
    assert people == all_people[:4]  # batch 0 committed, batches 1 (half-run) and 2 absent
    assert neo4j_db.run("MATCH (n) WHERE n.bad IS NOT NULL RETURN count(n) AS c") == [{"c": 0}]
    assert neo4j_db.run("MATCH (r:Report) RETURN count(r) AS c") == [{"c": 1}]  # earlier label committed
    assert neo4j_db.counts()[1] == 0  # relationships come after nodes: none written

    monkeypatch.setattr(neo4j_load, "node_rows", original)
    load_graph(neo4j_db.driver, g, database=neo4j_db.database, batch_size=4)  # a rerun completes the load
    assert neo4j_db.counts() == graph_counts(g)


@pytest.mark.neo4j
def test_cypher_rows_equal_networkx_rows(neo4j_db):
    g = build_graph([seed_record(), later_record(), priorities_record()])
    load_graph(neo4j_db.driver, g, database=neo4j_db.database)
    cases = [(q, None) for q in NAMED_QUERIES if q not in ("person", "meeting", "series", "coattend")] + [
        ("person", "于军"), ("person", "曾劲"), ("meeting", "全会"), ("meeting", "区委常委会会议"),
        ("priorities", "常务会议"), ("reported", "全会")]
    for name, arg in cases:
        expected = graph_rows(g, name, arg)
        assert named_query(neo4j_db.driver, name, arg, database=neo4j_db.database) == expected, (name, arg)
    prios = graph_rows(g, "priorities")
    assert [(r["rank"], r["lead"]) for r in prios] == [(1, "抓好防汛工作"), (2, "推进重点项目"), (3, "保障民生")]
    assert {r["meeting"] for r in prios} == {"区政府常务会议"}


# -- delta loads from a `huiyi run` folder ------------------------------------------------------------------

def _db_state(target) -> tuple[set, set]:
    nodes = {(r["id"], r["l"], r["name"]) for r in target.run(
        "MATCH (n) WHERE NOT n:HuiyiLoad RETURN n.id AS id, labels(n)[0] AS l, n.name AS name")}
    rels = {(r["t"], r["k"], r["w"]) for r in target.run("MATCH ()-[r]->() RETURN type(r) AS t, r.key AS k, "
                                                           "r.what AS w")}
    return nodes, rels


@pytest.mark.neo4j
def test_delta_load_sends_only_changes(neo4j_db, tmp_path):
    from huiyi.graph.incremental import GraphStore
    from huiyi.graph.neo4j_load import load_delta

    out = tmp_path / "out"
    out.mkdir()
    base = [seed_record(), priorities_record(), crowd_record(6),
            *(later_record(f"later-{i:03d}", newcomer=f"新人{i:02d}") for i in range(12))]
    with GraphStore(out / "graph.sqlite") as store:
        store.update((), ((r, None) for r in base))
    db = neo4j_db.database
    first = load_file(neo4j_db.driver, out, database=db)  # a folder: the delta loader
    with GraphStore(out / "graph.sqlite") as store:
        g = store.graph()
    assert first["mode"] == "full" and (first["nodes"], first["relationships"]) == graph_counts(g)
    assert first["rows"] == sum(graph_counts(g)) == 142
    assert neo4j_db.counts() == graph_counts(g)
    again = load_delta(neo4j_db.driver, out, database=db)
    assert (again["mode"], again["rows"]) == ("delta", 0)
    # one report replaced (its newcomer and its report text change), one added
    changed = later_record("later-003", newcomer="替换者")
    seed = seed_record()
    seed.meetings[0].reported[0].what = "述职报告"
    with GraphStore(out / "graph.sqlite") as store:
        store.update(["later-003"], [(changed, None), (later_record("later-100", newcomer="新来者"), None)])
        store.update(["seed-001"], [(seed, None)])
        g = store.graph()
    delta = load_delta(neo4j_db.driver, out, database=db)
    assert delta["mode"] == "delta"
    assert (delta["nodes"], delta["relationships"], delta["deleted_nodes"], delta["deleted_relationships"]) == (
        5, 8, 1, 2)
    assert neo4j_db.counts() == graph_counts(g)
    after = _db_state(neo4j_db)
    assert ("person:新人03@北京市海淀区", "Person", "新人03") not in after[0]
    assert ("REPORTED_AT", "REPORTED_AT|seed-001", "述职报告") in after[1]
    # the same graph loaded in full into an empty database gives the same nodes and relationships
    neo4j_db.clear()
    full = load_graph(neo4j_db.driver, g, database=db)
    assert _db_state(neo4j_db) == after
    assert delta["rows"] / (full["nodes"] + full["relationships"]) < 0.3
    # the database no longer holds what the last load left (Report count differs): everything is sent
    neo4j_db.clear()
    assert load_delta(neo4j_db.driver, out, database=db)["mode"] == "full"
    assert _db_state(neo4j_db) == after


def _linked_state(target) -> tuple[set, set]:
    nodes = {(r["id"], r["scope"], r["why"]) for r in target.run(
        "MATCH (n) WHERE NOT n:HuiyiLoad RETURN n.id AS id, n.scope AS scope, n.why AS why")}
    rels = {(r["a"], r["t"], r["k"], r["b"]) for r in target.run(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, r.key AS k, b.id AS b")}
    return nodes, rels


@pytest.mark.neo4j
def test_delta_load_follows_merges_and_splits(neo4j_db, tmp_path):
    """A national figure arriving merges earlier reports' people into his node, and leaving splits them again:
    each delta load leaves the database equal to a full load, with no stale node or relationship."""
    from huiyi.graph.incremental import GraphStore
    from huiyi.graph.neo4j_load import load_delta

    try:
        from test_identity import li_qiang
    except ImportError:  # tests collected as a package
        from tests.test_identity import li_qiang
    recs = {r.id: r for r in li_qiang()}
    out = tmp_path / "out"
    out.mkdir()
    db = neo4j_db.database
    states = []
    for step, (remove, add) in enumerate((((), "bcef"), ((), "adg"), ("adg", ""))):
        with GraphStore(out / "graph.sqlite") as store:
            store.update(list(remove), [(recs[i], None) for i in add])
            g = store.graph()
        loaded = load_delta(neo4j_db.driver, out, database=db)
        assert loaded["mode"] == ("full" if step == 0 else "delta")
        assert neo4j_db.counts() == graph_counts(g)
        states.append(_linked_state(neo4j_db))
        neo4j_db.clear()
        load_graph(neo4j_db.driver, g, database=db)
        assert _linked_state(neo4j_db) == states[-1]
        neo4j_db.clear()
        # the next delta starts from this graph's full load (a folder's: it leaves the load marker a delta needs)
        assert load_delta(neo4j_db.driver, out, database=db)["mode"] == "full"
    merged, split = states[1], states[2]
    assert ("person:李强@中国", "中国", "national title: 中共中央政治局委员") in merged[0]
    assert not any(n[0] == "person:李强@上海市" for n in merged[0])
    assert ("person:李强@上海市", "上海市", None) in split[0]
    assert not any(n[0] == "person:李强@中国" for n in split[0])


@pytest.mark.neo4j
def test_series_loaded_with_their_sittings(neo4j_db):
    """Series nodes and IN_SERIES relationships (with the sitting number) reach the database."""
    text = "十四届全国人大常委会第三十次委员长会议16日在北京举行。"
    recs = [ReportRecord(id=f"s{i}", region="中国", date=f"2025-06-{16 + i}", text=text, meetings=[
        Meeting(name=f"十四届全国人大常委会第{n}次委员长会议", series="全国人大常委会委员长会议", sitting=k,
                date=MeetingDate(year=2025, month=6, day=16 + i), evidence=ev(text, "委员长会议"))])
        for i, (n, k) in enumerate((("三十", 30), ("三十一", 31)))]
    load_graph(neo4j_db.driver, build_graph(recs), database=neo4j_db.database)
    rows = neo4j_db.run("MATCH (m:Meeting)-[r:IN_SERIES]->(s:Series) RETURN s.name AS s, r.sitting AS k "
                        "ORDER BY k")
    assert [(r["s"], r["k"]) for r in rows] == [("全国人大常委会委员长会议", 30), ("全国人大常委会委员长会议", 31)]


@pytest.mark.neo4j
def test_corpus_questions_same_from_cypher(neo4j_db):
    """A timeline, a series and the co-attendees: the same rows from Neo4j as from the networkx graph."""
    from huiyi.graph.neo4j_query import query_neo4j
    from huiyi.graph.query import query_graph

    try:
        from test_queries import corpus_question_records
    except ImportError:  # tests collected as a package
        from tests.test_queries import corpus_question_records
    g = build_graph(corpus_question_records())
    load_graph(neo4j_db.driver, g, database=neo4j_db.database)
    for name, arg, timeline in (("person", "李某", True), ("series", "常务会议", False), ("coattend", "李某", False)):
        expected = query_graph(g, name, arg, timeline=timeline).rows
        assert expected
        got = query_neo4j(neo4j_db.driver, name, arg, database=neo4j_db.database, timeline=timeline).rows
        assert got == expected, name


# -- loads of a folder as a transaction of state (marker, full reconcile, count check) -----------------------

def _base_records() -> list[ReportRecord]:
    return [seed_record(), priorities_record(), crowd_record(6),
            *(later_record(f"later-{i:03d}", newcomer=f"新人{i:02d}") for i in range(12))]


def _folder(path, records) -> object:
    from huiyi.graph.incremental import GraphStore

    path.mkdir()
    with GraphStore(path / "graph.sqlite") as store:
        store.update((), ((r, None) for r in records))
    return path


def _update(path, remove=(), add=()):
    """GraphStore.update on a folder's store; returns the store's graph afterwards."""
    from huiyi.graph.incremental import GraphStore

    with GraphStore(path / "graph.sqlite") as store:
        store.update(list(remove), [(r, None) for r in add])
        return store.graph()


def _full_state(target) -> tuple[dict, dict]:
    """Every graph node (id → label, properties) and relationship ((source, type, key, target) → properties)."""
    nodes = {r["id"]: (r["l"], r["p"]) for r in target.run(
        "MATCH (n) WHERE NOT n:HuiyiLoad RETURN n.id AS id, labels(n) AS l, properties(n) AS p")}
    rels = {(r["a"], r["t"], r["k"], r["b"]): r["p"] for r in target.run(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, r.key AS k, b.id AS b, properties(r) AS p")}
    return nodes, rels


def _fresh_state(target, g) -> tuple[dict, dict]:
    """The state a fresh full load of `g` into an empty database gives (the database is emptied first)."""
    target.clear()
    load_graph(target.driver, g, database=target.database)
    return _full_state(target)


def _fail_relationship_batches_after(monkeypatch, committed: int) -> dict:
    """Make every relationship MERGE batch after the first `committed` ones fail (a server or client going
    away part-way): the earlier batches stay committed, as in test_failing_batch_is_rolled_back."""
    original = neo4j_load._write_batch
    seen = {"batches": 0}

    def failing(tx, query, rows):
        if "MERGE (a)-[r:" in query:
            seen["batches"] += 1
            if seen["batches"] > committed:
                raise ConnectionResetError("connection to the server lost")
        return original(tx, query, rows)

    monkeypatch.setattr(neo4j_load, "_write_batch", failing)
    return seen


@pytest.mark.neo4j
def test_interrupted_full_load_is_never_taken_for_complete(neo4j_db, tmp_path, monkeypatch):
    """The issue's sequence: load, empty the database, load again and lose the connection part-way (Report nodes
    and some relationship batches committed), load: a full reconcile -- not "0 nodes and 0 relationships,
    delta" -- and the database equals a fresh full load."""
    from huiyi.graph.neo4j_load import load_delta

    out = _folder(tmp_path / "out", _base_records())
    db = neo4j_db.database
    first = load_delta(neo4j_db.driver, out, database=db)
    assert first["mode"] == "full" and first["check"]["ok"]
    g = _update(out)
    neo4j_db.clear()
    seen = _fail_relationship_batches_after(monkeypatch, 3)
    with pytest.raises(LoadError) as info:
        load_delta(neo4j_db.driver, out, database=db, batch_size=4)
    assert info.value.kind == "relationships" and seen["batches"] == 4
    monkeypatch.undo()
    [marker] = neo4j_db.markers()
    assert marker["state"] == "begun" and marker["mode"] == "full"
    nodes, rels = neo4j_db.counts()
    assert nodes == g.number_of_nodes() and rels == 12  # every node, 3 batches of 4 relationships
    # before: the Report count matched the store's record, so this sent 0 rows as a "delta"
    again = load_delta(neo4j_db.driver, out, database=db)
    assert again["mode"] == "full" and "did not complete" in again["reason"]
    assert (again["nodes"], again["relationships"]) == graph_counts(g)
    assert again["check"]["ok"] and (again["check"]["nodes"], again["check"]["relationships"]) == graph_counts(g)
    [marker] = neo4j_db.markers()
    assert marker["state"] == "complete" and (marker["nodes"], marker["relationships"]) == graph_counts(g)
    state = _full_state(neo4j_db)
    assert load_delta(neo4j_db.driver, out, database=db)["rows"] == 0  # now a delta, and nothing to send
    assert _full_state(neo4j_db) == state == _fresh_state(neo4j_db, g)


@pytest.mark.neo4j
def test_interrupted_delta_reconciles(neo4j_db, tmp_path, monkeypatch):
    """A delta cut off after its deletions and nodes (and one relationship batch) committed: the next load
    reconciles in full and the database equals a fresh full load of the store -- same nodes, relationships
    and properties, nothing of the replaced reports left."""
    from huiyi.graph.neo4j_load import load_delta

    out = _folder(tmp_path / "out", _base_records())
    db = neo4j_db.database
    load_delta(neo4j_db.driver, out, database=db)
    seed = seed_record()
    seed.meetings[0].reported[0].what = "述职报告"
    g = _update(out, ["later-003", "later-004", "seed-001"],
                [later_record("later-003", newcomer="替换者"), seed, later_record("later-100", newcomer="新来者")])
    _fail_relationship_batches_after(monkeypatch, 1)
    with pytest.raises(LoadError):
        load_delta(neo4j_db.driver, out, database=db, batch_size=2)
    monkeypatch.undo()
    assert [m["state"] for m in neo4j_db.markers()] == ["begun"]
    assert neo4j_db.counts() != graph_counts(g)
    again = load_delta(neo4j_db.driver, out, database=db)
    assert again["mode"] == "full" and again["check"]["ok"]
    state = _full_state(neo4j_db)
    assert "person:新人04@北京市海淀区" not in state[0] and "report:later-004" not in state[0]
    assert state[1][("person:于军@北京市海淀区", "REPORTED_AT", "REPORTED_AT|seed-001",
                     "meeting:区委十二届十一次全会@2020-7-31@北京市海淀区")]["what"] == "述职报告"
    assert state == _fresh_state(neo4j_db, g)


@pytest.mark.neo4j
def test_full_reconcile_deletes_stale_facts(neo4j_db, tmp_path):
    """When the delta is impossible (a marker of another copy of the store; a database loaded by an older huiyi,
    with no marker), the full load deletes what the store no longer has: no stale node or relationship."""
    from huiyi.graph.neo4j_load import load_delta

    out = _folder(tmp_path / "out", _base_records())
    db = neo4j_db.database
    load_delta(neo4j_db.driver, out, database=db)
    g_before = _update(out)
    replaced = later_record("later-005", newcomer="换人")
    g = _update(out, ["later-003", "later-005", "crowd"], [replaced])
    neo4j_db.run("MATCH (m:HuiyiLoad) SET m.token = 'of-another-copy'")
    full = load_delta(neo4j_db.driver, out, database=db)
    assert full["mode"] == "full" and "another copy" in full["reason"]
    stale_nodes = set(g_before) - set(g)
    stale_rels = {(u, v, k) for u, v, k in g_before.edges(keys=True)} - {(u, v, k) for u, v, k in g.edges(keys=True)}
    assert len(stale_nodes) == 11 and full["deleted_nodes"] == len(stale_nodes) and full["kept_nodes"] == 0
    assert full["deleted_relationships"] == len(stale_rels) == 20
    assert full["check"]["ok"]
    state = _full_state(neo4j_db)
    assert not stale_nodes & set(state[0])
    assert not neo4j_db.run("MATCH (n) WHERE any(x IN n.reports WHERE x IN ['later-003', 'crowd']) RETURN n.id")
    assert state == _fresh_state(neo4j_db, g)
    # a database an older huiyi loaded (a full load, no marker) before the same changes: reconciled alike
    neo4j_db.clear()
    load_graph(neo4j_db.driver, g_before, database=db)
    full = load_delta(neo4j_db.driver, out, database=db)
    assert full["mode"] == "full" and "no record" in full["reason"]
    assert (full["deleted_nodes"], full["deleted_relationships"]) == (len(stale_nodes), len(stale_rels))
    assert _full_state(neo4j_db) == state


@pytest.mark.neo4j
def test_count_check_fails_the_load(neo4j_db, tmp_path):
    """Relationships lost behind the marker's back: the next load's count check fails (LoadCheckError naming
    the reports), the marker says so, and the load after that reconciles."""
    from huiyi.graph.neo4j_load import LoadCheckError, load_delta

    out = _folder(tmp_path / "out", _base_records())
    db = neo4j_db.database
    load_delta(neo4j_db.driver, out, database=db)
    g = _update(out)
    neo4j_db.run("MATCH (:Person)-[r:ATTENDED]->(:Meeting) WHERE r.report IN ['later-001', 'later-002'] DELETE r")
    with pytest.raises(LoadCheckError) as info:
        load_delta(neo4j_db.driver, out, database=db)
    check = info.value.check
    assert info.value.counts["mode"] == "delta" and info.value.counts["rows"] == 0
    assert (check["nodes"], check["relationships"]) == graph_counts(g)
    assert check["nodes_present"] == check["nodes"] and check["relationships_present"] == check["relationships"] - 2
    assert check["reports_differing"] == [("later-001", 4, 5), ("later-002", 4, 5)]
    assert "later-001 (4 in the database, 5 in the graph)" in str(info.value)
    assert [m["state"] for m in neo4j_db.markers()] == ["check failed"]
    again = load_delta(neo4j_db.driver, out, database=db)
    assert again["mode"] == "full" and "check failed" in again["reason"] and again["check"]["ok"]
    assert neo4j_db.counts() == graph_counts(g)
    # a stale relationship of one of its reports fails the check too
    neo4j_db.run("MATCH (a:Person {id: 'person:新人05@北京市海淀区'}), (m:Meeting) WHERE m.id STARTS WITH 'meeting:区委十二届' "
                 "CREATE (a)-[:ATTENDED {key: 'ATTENDED|later-005|extra', report: 'later-005'}]->(m)")
    with pytest.raises(LoadCheckError) as info:
        load_delta(neo4j_db.driver, out, database=db)
    assert info.value.check["reports_differing"] == [("later-005", 6, 5)]
    assert load_delta(neo4j_db.driver, out, database=db)["deleted_relationships"] == 1
    assert _full_state(neo4j_db) == _fresh_state(neo4j_db, g)


@pytest.mark.neo4j
def test_huiyi_load_exits_nonzero_when_counts_differ(neo4j_db, tmp_path, monkeypatch, capsys):
    """`huiyi load` (cli.main): exit 1 and a one-line error when the count check fails -- a folder whose
    database lost relationships, a file whose relationships vanish while it loads -- exit 0 otherwise."""
    from huiyi import cli

    out = _folder(tmp_path / "out", _base_records())
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_db.password)
    argv = ["--uri", neo4j_db.uri, "--user", neo4j_db.user] + (
        ["--database", neo4j_db.database] if neo4j_db.database else [])
    assert cli.main(["load", str(out), *argv]) == 0
    err = capsys.readouterr().err
    assert "full reconcile: the database has no record" in err and "checked: 48 nodes and 94 relationships" in err
    neo4j_db.run("MATCH ()-[r:MENTIONS]->() WHERE r.report = 'later-007' DELETE r")
    assert cli.main(["load", str(out), *argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: count check failed after loading ")
    assert "92 relationships of its reports are in the database, the graph has 94" in err
    assert "reports differing: later-007 (3 in the database, 5 in the graph)" in err
    assert err.count("\n") == 1 and "next `huiyi load` of this folder reconciles in full" in err
    assert cli.main(["load", str(out), *argv]) == 0
    assert "full reconcile: the last load of this output into the database did not complete (state: check failed)" \
        in capsys.readouterr().err
    assert cli.main(["load", str(out), *argv]) == 0
    assert "(delta: what changed since the last load)" in capsys.readouterr().err
    # a file load: a concurrent writer deletes a relationship right after it is written
    path = tmp_path / "records.jsonl"
    path.write_text(later_record("file-001", newcomer="文件人").to_json() + "\n", encoding="utf-8")
    original = neo4j_load.load_graph

    def then_lose_one(driver, g, **kw):
        counts = original(driver, g, **kw)
        neo4j_db.run("MATCH ()-[r]->() WHERE r.report = 'file-001' WITH r LIMIT 1 DELETE r")
        return counts

    monkeypatch.setattr(neo4j_load, "load_graph", then_lose_one)
    assert cli.main(["load", str(path), *argv]) == 1
    err = capsys.readouterr().err
    assert "count check failed after loading" in err and "relationships" in err
    assert cli.main(["load", str(path), "--no-check", *argv]) == 0
    monkeypatch.setattr(neo4j_load, "load_graph", original)
    assert cli.main(["load", str(path), *argv]) == 0


@pytest.mark.neo4j
def test_two_outputs_in_one_database(neo4j_db, tmp_path):
    """Outputs A and B share a person (于军, the same region). Loading B -- a delta, or a full reconcile after
    B removed the reports naming him -- never deletes A's nodes or relationships: a node another output's
    relationships still use stays. A's next load is a delta (B's Report nodes no longer force a fallback)."""
    from huiyi.graph.neo4j_load import check_graph, load_delta

    db = neo4j_db.database
    a = _folder(tmp_path / "a", [seed_record(), priorities_record()])
    b = _folder(tmp_path / "b", [later_record("b-001", newcomer="乙一"), later_record("b-002", newcomer="乙二")])
    ga = _update(a)
    gb = _update(b)
    shared = set(ga) & set(gb)
    assert shared == {"person:于军@北京市海淀区"}
    load_delta(neo4j_db.driver, a, database=db)
    load_delta(neo4j_db.driver, b, database=db)
    assert neo4j_db.counts() == (len(set(ga) | set(gb)), ga.number_of_edges() + gb.number_of_edges())
    assert {m["path"] for m in neo4j_db.markers()} == {str(a.resolve()), str(b.resolve())}
    # B drops b-001, then reconciles in full: 乙一 goes, A untouched
    gb = _update(b, ["b-001"])
    neo4j_db.run("MATCH (m:HuiyiLoad {path: $p}) SET m.state = 'begun'", p=str(b.resolve()))
    full = load_delta(neo4j_db.driver, b, database=db)
    assert full["mode"] == "full" and full["check"]["ok"]
    assert neo4j_db.run("MATCH (p:Person {name: '乙一'}) RETURN p.id") == []
    assert check_graph(neo4j_db.driver, ga, database=db)["ok"]
    # B drops its last report: its own nodes go (a delta), 于军 stays with A's relationships
    gb = _update(b, ["b-002"])
    assert gb.number_of_nodes() == 0
    delta = load_delta(neo4j_db.driver, b, database=db)
    assert delta["mode"] == "delta" and delta["check"]["ok"] and (delta["deleted_nodes"], delta["kept_nodes"]) == (3, 1)
    assert check_graph(neo4j_db.driver, ga, database=db)["ok"]
    assert neo4j_db.counts() == graph_counts(ga)
    # the same with a full reconcile of B: nothing more to delete, A untouched
    neo4j_db.run("MATCH (m:HuiyiLoad {path: $p}) SET m.token = 'x'", p=str(b.resolve()))
    full = load_delta(neo4j_db.driver, b, database=db)
    assert full["mode"] == "full" and (full["deleted_nodes"], full["deleted_relationships"]) == (0, 0)
    assert neo4j_db.counts() == graph_counts(ga)
    # A changes: its load is a delta and its stale facts go
    ga = _update(a, ["prio-004"])
    delta = load_delta(neo4j_db.driver, a, database=db)
    assert delta["mode"] == "delta" and delta["deleted_nodes"] > 0 and delta["check"]["ok"]
    assert neo4j_db.counts() == graph_counts(ga)


@pytest.mark.neo4j
def test_shared_node_kept_while_another_output_uses_it(neo4j_db, tmp_path):
    """A removes the report naming 于军 while B still has him: A's delete (delta or reconcile) keeps the node,
    B's relationships and its count check; B then removing him deletes the node."""
    from huiyi.graph.neo4j_load import load_delta

    db = neo4j_db.database
    a = _folder(tmp_path / "a", [seed_record(), priorities_record()])
    b = _folder(tmp_path / "b", [later_record("b-001", newcomer="乙一")])
    load_delta(neo4j_db.driver, b, database=db)
    load_delta(neo4j_db.driver, a, database=db)  # A wrote 于军 last: his `reports` are A's
    gb = _update(b)
    _update(a, ["seed-001"])
    delta = load_delta(neo4j_db.driver, a, database=db)
    assert delta["mode"] == "delta" and delta["check"]["ok"] and delta["kept_nodes"] == 1
    assert neo4j_db.run("MATCH (p:Person {id: 'person:于军@北京市海淀区'})-[r]-() RETURN DISTINCT r.report AS r") == [
        {"r": "b-001"}]
    neo4j_db.run("MATCH (m:HuiyiLoad {path: $p}) SET m.state = 'begun'", p=str(a.resolve()))
    full = load_delta(neo4j_db.driver, a, database=db)
    assert full["mode"] == "full" and full["check"]["ok"] and (full["deleted_nodes"], full["kept_nodes"]) == (0, 0)
    b_again = load_delta(neo4j_db.driver, b, database=db)
    assert b_again["mode"] == "delta" and b_again["check"]["ok"]
    from huiyi.graph.neo4j_load import check_graph

    assert check_graph(neo4j_db.driver, gb, database=db)["ok"]
    _update(b, ["b-001"])
    assert load_delta(neo4j_db.driver, b, database=db)["check"]["ok"]
    assert neo4j_db.run("MATCH (p:Person {id: 'person:于军@北京市海淀区'}) RETURN p.id") == []


@pytest.mark.neo4j
def test_file_count_check(neo4j_db):
    """A file's count check (check_graph): facts an earlier version of a report left (a file load never deletes)
    are not an error; a relationship of the file missing is, and names its report."""
    from huiyi.graph.neo4j_load import check_graph

    db = neo4j_db.database
    load_graph(neo4j_db.driver, build_graph([seed_record(), later_record()]), database=db)
    g = build_graph([seed_record(), later_record(newcomer="另一人")])  # later-002 changed: the old newcomer stays
    load_graph(neo4j_db.driver, g, database=db)
    check = check_graph(neo4j_db.driver, g, database=db)
    assert check["ok"] and (check["nodes"], check["relationships"]) == graph_counts(g)
    assert neo4j_db.counts()[1] > g.number_of_edges()
    neo4j_db.run("MATCH (:Person {name: '另一人'})-[r:ATTENDED]->() DELETE r")
    check = check_graph(neo4j_db.driver, g, database=db)
    assert not check["ok"] and check["relationships_present"] == g.number_of_edges() - 1
    assert check["nodes_present"] == check["nodes"]
    neo4j_db.run("MATCH (:Person {name: '曾劲'})-[r:HOLDS]->() DELETE r")
    check = check_graph(neo4j_db.driver, g, database=db)
    assert check["reports_differing"] == [("seed-001", 13, 14)]
    assert check["relationships_present"] == g.number_of_edges() - 2


@pytest.mark.neo4j
def test_rebuilt_store_takes_over_its_folder(neo4j_db, tmp_path):
    """A folder whose graph store was rebuilt (a new output id; huiyi.batch does so for another store version)
    takes over the marker of its earlier store: the reports only the earlier store had are deleted, one
    marker is left."""
    from huiyi.graph.incremental import GraphStore, remove_store
    from huiyi.graph.neo4j_load import load_delta

    db = neo4j_db.database
    out = _folder(tmp_path / "out", _base_records())
    load_delta(neo4j_db.driver, out, database=db)
    [before] = neo4j_db.markers()
    remove_store(out / "graph.sqlite")
    with GraphStore(out / "graph.sqlite") as store:
        store.update((), ((r, None) for r in _base_records() if r.id not in ("later-001", "crowd")))
        g = store.graph()
    full = load_delta(neo4j_db.driver, out, database=db)
    assert full["mode"] == "full" and "earlier graph store" in full["reason"] and full["check"]["ok"]
    assert full["deleted_nodes"] == 10  # report:later-001, 新人01, crowd's report, meeting and 6 people
    [after] = neo4j_db.markers()
    assert after["output"] != before["output"] and after["path"] == before["path"]
    assert _full_state(neo4j_db) == _fresh_state(neo4j_db, g)
