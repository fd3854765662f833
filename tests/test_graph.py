"""The graph built from real extraction records: nodes, role edges, evidence, identity, determinism, storage."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from huiyi.graph.build import build_graph
from huiyi.graph.schema import EDGE_TYPES, NODE_TYPES
from huiyi.graph.store import dumps, graph_to_dict, load_graph, save_graph
from huiyi.pipeline.clean import clean_text
from huiyi.pipeline.extract import extract
from huiyi.pipeline.reader import Report, read_path
from huiyi.pipeline.records import Evidence, Meeting, Person, ReportRecord, Role, Title

ROOT = Path(__file__).resolve().parent.parent
MEETING = "中国共产党北京市海淀区第十二届委员会第十三次全体会议"
REGION = "北京市海淀区"
NO_EVIDENCE = {"NEXT", "HAS_SUBLIST"}


@pytest.fixture(scope="module")
def seed_records(nlp) -> list[ReportRecord]:
    recs = list(extract(nlp, read_path(ROOT / "examples" / "seed.jsonl")))
    assert all(isinstance(r, ReportRecord) for r in recs), recs
    return recs


@pytest.fixture(scope="module")
def seed_graph(seed_records) -> nx.MultiDiGraph:
    return build_graph(seed_records)


@pytest.fixture(scope="module")
def more_records(nlp, shared_dir, seed_records) -> list[ReportRecord]:
    """The seed plus the first dev reports (several regions, national and local people)."""
    lines = (shared_dir / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:8]
    reports = [Report(id=d["id"], text=clean_text(d["text"])) for d in map(json.loads, lines)]
    recs = [r for r in extract(nlp, reports) if isinstance(r, ReportRecord)]
    assert len(recs) == 8
    return seed_records + recs


def _meeting(g) -> str:
    (mid,) = [n for n, d in g.nodes(data=True) if d["label"] == "Meeting"]
    return mid


def _by_name(g, label: str, name: str) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d["label"] == label and d["name"] == name]


def _edges(g, typ: str):
    return [(u, v, d) for u, v, d in g.edges(data=True) if d["type"] == typ]


# -- structure ---------------------------------------------------------------------------------------

def test_node_and_edge_types(seed_graph):
    g = seed_graph
    labels = Counter(d["label"] for _, d in g.nodes(data=True))
    assert set(labels) <= set(NODE_TYPES)
    assert labels["Report"] == 1 and labels["Meeting"] == 1
    assert {"Person", "Organization", "Title", "PriorityList", "Priority", "Slogan", "Document"} <= set(labels)
    assert {d["type"] for *_, d in g.edges(data=True)} <= set(EDGE_TYPES)
    names = {d["label"]: set() for _, d in g.nodes(data=True)}
    for _, d in g.nodes(data=True):
        names[d["label"]].add(d["name"])
    assert {"于军", "曾劲", "刘长利", "刘勇"} <= names["Person"]
    assert {"区委书记", "区委副书记", "区长", "区人大常委会主任", "区政协主席"} <= names["Title"]
    assert "区委常委会" in names["Organization"]
    assert names["Meeting"] == {MEETING}
    assert names["Document"] == {MEETING + "决议"}
    m = g.nodes[_meeting(g)]
    assert (m["year"], m["month"], m["day"], m["date_text"]) == (2020, 7, 31, "7月31日")
    assert m["aliases"] == ["区委十二届十三次全会"]
    assert m["reports"] == ["seed"]
    assert g.nodes["report:seed"]["region"] == REGION


def test_presided_by_organization(seed_graph):
    g = seed_graph
    edges = _edges(g, "PRESIDED")
    assert len(edges) == 1
    u, v, d = edges[0]
    assert v == _meeting(g)
    assert g.nodes[u]["label"] == "Organization" and g.nodes[u]["name"] == "区委常委会"
    assert d["report"] == "seed"
    assert d["evidence"]["sentence"] == "区委常委会主持会议。"


def test_reported_at(seed_graph):
    g = seed_graph
    rows = {g.nodes[u]["name"]: d for u, v, d in _edges(g, "REPORTED_AT") if v == _meeting(g)}
    assert set(rows) == {"于军", "曾劲"}
    yu, zeng = rows["于军"], rows["曾劲"]
    assert (yu["what"], yu["on_behalf_of"]) == ("工作报告", "区委常委会")
    assert yu["evidence"]["sentence"] == "区委书记于军代表区委常委会作工作报告并讲话。"
    assert zeng["what"] == "关于2020年上半年全区经济社会发展工作的书面报告"
    assert "on_behalf_of" not in zeng
    assert zeng["evidence"]["sentence"] == "区委副书记、区长曾劲作关于2020年上半年全区经济社会发展工作的书面报告。"
    for u, _, _ in _edges(g, "REPORTED_AT"):
        assert g.nodes[u]["label"] == "Person"


def test_spoke_and_attended(seed_graph):
    g = seed_graph
    assert sorted(g.nodes[u]["name"] for u, _, _ in _edges(g, "SPOKE_AT")) == ["于军"]
    assert sorted(g.nodes[u]["name"] for u, _, _ in _edges(g, "ATTENDED")) == ["刘勇", "刘长利"]


def test_holds_titles(seed_graph):
    g = seed_graph
    (zeng,) = _by_name(g, "Person", "曾劲")
    assert zeng == f"person:曾劲@{REGION}"
    held = {g.nodes[v]["name"]: d for _, v, d in g.out_edges(zeng, data=True) if d["type"] == "HOLDS"}
    assert set(held) == {"区委副书记", "区长"}
    assert held["区委副书记"]["org"] == "区委"
    for title, d in held.items():
        assert d["title"] == title
        assert d["evidence"]["sentence"] == "区委副书记、区长曾劲作关于2020年上半年全区经济社会发展工作的书面报告。"
    (yu,) = _by_name(g, "Person", "于军")
    assert [g.nodes[v]["name"] for _, v, d in g.out_edges(yu, data=True) if d["type"] == "HOLDS"] == ["区委书记"]
    for _, v, _d in _edges(g, "HOLDS"):
        assert g.nodes[v]["label"] == "Title"


def test_priorities_in_graph(seed_graph):
    g = seed_graph
    lists = _edges(g, "SET_PRIORITY")
    assert [(g.nodes[u]["label"], d["rank"]) for u, _, d in sorted(lists, key=lambda e: e[2]["rank"])] == [
        ("Meeting", 1), ("Meeting", 2)]
    first = "plist:seed:0"
    assert g.nodes[first]["declared_count"] == 6 and g.nodes[first]["count_mismatch"] is False
    items = sorted((d["rank"], g.nodes[v]["lead"]) for u, v, d in g.out_edges(first, data=True)
                   if d["type"] == "HAS_ITEM")
    assert items[0] == (1, "慎终如始抓好常态化疫情防控") and items[-1] == (6, "以炽热情怀保障和改善民生")
    nxt = [(g.nodes[u]["rank"], g.nodes[v]["rank"]) for u, v, _ in _edges(g, "NEXT") if u.startswith("priority:seed:0:")]
    assert sorted(nxt) == [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6)]


# -- evidence ----------------------------------------------------------------------------------------

def _covering(text: str, sentence: str, start: int, end: int) -> bool:
    i = text.find(sentence)
    while i != -1:
        if i <= start and end <= i + len(sentence):
            return True
        i = text.find(sentence, i + 1)
    return False


def test_every_edge_has_evidence_into_text(seed_graph, seed_records):
    g = seed_graph
    texts = {r.id: r.text for r in seed_records}
    checked = Counter()
    for u, v, d in g.edges(data=True):
        typ = d["type"]
        if typ in NO_EVIDENCE:
            assert "evidence" not in d
            continue
        ev = d["evidence"]
        text = texts[d["report"]]
        start, end = ev["start"], ev["end"]
        assert 0 <= start < end <= len(text), (u, v, d)
        span = text[start:end]
        src, dst = g.nodes[u], g.nodes[v]
        # a report's mention of a person or body is offsets only; every other fact quotes its sentence
        mention = typ == "MENTIONS" and src["label"] == "Report" and dst["label"] in ("Person", "Organization")
        assert ("sentence" not in ev) if mention else _covering(text, ev["sentence"], start, end), (u, v, d)
        if typ == "MENTIONS" and dst["label"] in ("Person", "Organization"):
            assert span == dst["name"], (u, v, span)
        elif typ == "MENTIONS":  # slogan: as written, maybe with inner quotes (五个“抓好”)
            assert dst["label"] == "Slogan"
            assert span.replace("“", "").replace("”", "") == dst["name"], (u, v, span)
        elif typ == "HOLDS":
            assert span == dst["name"] == d["title"], (u, v, span)
        elif typ in ("PRESIDED", "REPORTED_AT", "SPOKE_AT", "ATTENDED"):
            assert src["name"] in span, (u, v, span)
            if d.get("what"):
                assert d["what"] in ev["sentence"]
        elif typ == "DESCRIBES":
            assert span in [dst["name"], *dst.get("aliases", [])], (u, v, span)
        elif typ == "ADOPTED":
            assert dst["name"] in span, (u, v, span)
        elif typ == "HAS_ITEM":
            assert span.startswith(dst["marker"] + dst["lead"]), (u, v, span)
        elif typ == "SET_PRIORITY":
            assert span.startswith("一要"), (u, v, span)
        checked[typ] += 1
    assert set(checked) == {"MENTIONS", "HOLDS", "PRESIDED", "REPORTED_AT", "SPOKE_AT", "ATTENDED", "DESCRIBES",
                            "ADOPTED", "HAS_ITEM", "SET_PRIORITY"}


def test_exact_spans(seed_graph, seed_records):
    g = seed_graph
    text = seed_records[0].text
    (zeng,) = _by_name(g, "Person", "曾劲")
    spans = sorted(text[d["evidence"]["start"]:d["evidence"]["end"]] for _, _, d in g.out_edges(zeng, data=True))
    assert "区委副书记" in spans and "区长" in spans
    mention = g.edges["report:seed", zeng, "MENTIONS|seed"]["evidence"]
    assert text[mention["start"]:mention["end"]] == "曾劲"
    pres = _edges(g, "PRESIDED")[0][2]["evidence"]
    assert text[pres["start"]:pres["end"]].startswith("区委常委会")


# -- determinism and storage ------------------------------------------------------------------------

def test_save_twice_byte_identical(seed_records, tmp_path):
    a, b = tmp_path / "a" / "graph.json", tmp_path / "b.json"
    save_graph(build_graph(seed_records), a)
    save_graph(build_graph(seed_records), b)
    assert a.read_bytes() == b.read_bytes()
    data = json.loads(a.read_text(encoding="utf-8"))
    ids = [n["id"] for n in data["nodes"]]
    assert ids == sorted(ids)
    assert "曾劲" in a.read_text(encoding="utf-8")  # UTF-8, not \u escapes
    assert not list(tmp_path.rglob(".*.tmp"))  # atomic write leaves no temp files


def test_build_is_order_independent(more_records):
    g1 = build_graph(more_records)
    g2 = build_graph(list(reversed(more_records)))
    assert dumps(g1) == dumps(g2)


def test_add_record_idempotent(seed_records):
    assert dumps(build_graph(seed_records)) == dumps(build_graph(seed_records + seed_records))


def test_load_round_trip(seed_graph, tmp_path):
    p = tmp_path / "graph.json"
    save_graph(seed_graph, p)
    g2 = load_graph(p)
    assert nx.utils.graphs_equal(seed_graph, g2)
    assert sorted(g2.edges(keys=True, data=True), key=str) == sorted(seed_graph.edges(keys=True, data=True), key=str)
    assert graph_to_dict(g2) == graph_to_dict(seed_graph)
    save_graph(g2, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == p.read_bytes()


@pytest.mark.parametrize(
    "content",
    ["{not json", "[]", '"text"', "{}", '{"schema_version": 99, "nodes": [], "links": []}',
     '{"schema_version": 1, "nodes": [{"label": "Person"}], "links": []}', b"\xff\xfe{}"],
)
def test_bad_graph_file(tmp_path, content):
    p = tmp_path / "bad.json"
    p.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(ValueError, match=str(p)):
        load_graph(p)


def test_missing_graph_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such graph file"):
        load_graph(tmp_path / "none.json")


# -- identity across reports -------------------------------------------------------------------------

def _ev(text: str, sub: str) -> Evidence:
    i = text.index(sub)
    return Evidence(start=i, end=i + len(sub), sentence=text)


def _record(rid: str, region: str | None, text: str = "区长曾劲主持会议。") -> ReportRecord:
    return ReportRecord(
        id=rid, region=region, text=text,
        people=[Person(name="曾劲", titles=[Title(title="区长", evidence=_ev(text, "区长"))],
                       evidence=_ev(text, "曾劲"))],
        meetings=[Meeting(name="区政府常务会议", presided=[Role(who="曾劲", evidence=_ev(text, "曾劲主持"))],
                          evidence=_ev(text, "会议"))],
    )


def test_same_name_same_region_is_one_person():
    g = build_graph([_record("r2", REGION), _record("r1", REGION)])
    people = _by_name(g, "Person", "曾劲")
    assert people == [f"person:曾劲@{REGION}"]
    assert g.nodes[people[0]]["reports"] == ["r1", "r2"]
    # one HOLDS edge per report to one Title node
    holds = [(v, d["report"]) for _, v, d in g.out_edges(people[0], data=True) if d["type"] == "HOLDS"]
    assert sorted(holds) == [(f"title:区长@{REGION}", "r1"), (f"title:区长@{REGION}", "r2")]
    # the undated meeting in two reports of one region is one node too (same name, same region)
    presided = sorted(d["report"] for _, _, d in g.out_edges(people[0], data=True) if d["type"] == "PRESIDED")
    assert presided == ["r1", "r2"]


def test_same_name_other_region_is_two_people():
    g = build_graph([_record("r1", REGION), _record("r2", "北京市朝阳区")])
    people = sorted(_by_name(g, "Person", "曾劲"))
    assert people == ["person:曾劲@北京市朝阳区", f"person:曾劲@{REGION}"]
    assert [g.nodes[p]["reports"] for p in people] == [["r2"], ["r1"]]


def test_unknown_region_is_scoped_to_the_report():
    g = build_graph([_record("r1", None), _record("r2", None)])
    assert sorted(_by_name(g, "Person", "曾劲")) == ["person:曾劲@report:r1", "person:曾劲@report:r2"]


def test_national_title_is_one_person_across_regions():
    text = "国务院总理李强出席会议。"
    recs = [
        ReportRecord(id=rid, region=region, text=text,
                     people=[Person(name="李强", titles=[Title(title="国务院总理", evidence=_ev(text, "国务院总理"))],
                                    evidence=_ev(text, "李强"))])
        for rid, region in (("a", REGION), ("b", "上海市"))
    ]
    g = build_graph(recs)
    assert _by_name(g, "Person", "李强") == ["person:李强@中国"]
    assert g.nodes["person:李强@中国"]["reports"] == ["a", "b"]
