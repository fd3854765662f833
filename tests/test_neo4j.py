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
from huiyi.graph.build import NODE_TYPES, build_graph
from huiyi.graph.export_admin import export_neo4j_admin
from huiyi.graph.neo4j_load import LoadError, load_file, load_graph, storable_props, storable_value
from huiyi.graph.neo4j_query import named_query, run_cypher
from huiyi.graph.query import NAMED_QUERIES, format_date, graph_rows

from huiyi.records import (
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
    nodes = {(r["id"], r["l"], r["name"]) for r in target.run("MATCH (n) RETURN n.id AS id, labels(n)[0] AS l, "
                                                                "n.name AS name")}
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
        "MATCH (n) RETURN n.id AS id, n.scope AS scope, n.why AS why")}
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
    for remove, add in (((), "bcef"), ((), "adg"), ("adg", "")):
        with GraphStore(out / "graph.sqlite") as store:
            store.update(list(remove), [(recs[i], None) for i in add])
            g = store.graph()
        load_delta(neo4j_db.driver, out, database=db)
        assert neo4j_db.counts() == graph_counts(g)
        states.append(_linked_state(neo4j_db))
        neo4j_db.clear()
        load_graph(neo4j_db.driver, g, database=db)
        assert _linked_state(neo4j_db) == states[-1]
        neo4j_db.clear()
        load_graph(neo4j_db.driver, g, database=db)  # the next delta starts from this graph's full load
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
