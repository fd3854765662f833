"""graph.identity: one node per national figure across reports, namesakes apart with their reason, the same
graph from the store updated in place as from a full build."""

from __future__ import annotations

from huiyi.graph.build import build_graph
from huiyi.graph.incremental import GraphStore
from huiyi.graph.store import dumps
from huiyi.pipeline.records import Evidence, Meeting, MeetingDate, Person, ReportRecord, Role, Title


def _ev(text: str, span: str) -> Evidence:
    start = text.index(span)
    return Evidence(start=start, end=start + len(span), sentence=text)


def report(rid: str, region: str | None, name: str, titles: list[str]) -> ReportRecord:
    """`titles` + `name` presides over a meeting (a report as huiyi extracts it)."""
    chain = "、".join(titles)
    text = f"3月1日，{chain}{name}主持召开会议。"
    return ReportRecord(
        id=rid, region=region, date="2024-03-02", text=text,
        people=[Person(name=name, evidence=_ev(text, name),
                       titles=[Title(title=t, evidence=_ev(text, t)) for t in titles])],
        meetings=[Meeting(name=f"{rid}会议", date=MeetingDate(year=2024, month=3, day=1), evidence=_ev(text, "会议"),
                          presided=[Role(who=name, evidence=_ev(text, "主持"))])],
    )


def li_qiang() -> list[ReportRecord]:
    return [
        report("a", "上海市", "李强", ["中共中央政治局委员", "上海市委书记"]),
        report("b", "上海市", "李强", ["上海市委书记"]),  # a post the national person is seen holding
        report("c", None, "李强", []),  # no title at all
        report("d", "中国", "李强", ["国务院总理"]),
        report("e", "湖北省咸宁市通城县", "李强", ["通城县委书记"]),  # only a local post he never held
        report("f", None, "李强", ["董事局主席"]),  # a post in no named place
        report("g", "中国", "李强", ["云南省委书记"]),  # named in a national report
    ]


def persons(g, name: str) -> dict[str, dict]:
    return {n: d for n, d in g.nodes(data=True) if d["label"] == "Person" and d["name"] == name}


def test_national_figure_is_one_node_with_his_local_posts():
    g = build_graph(li_qiang())
    nodes = persons(g, "李强")
    assert set(nodes) == {"person:李强@中国", "person:李强@湖北省咸宁市通城县"}
    national = nodes["person:李强@中国"]
    assert (national["reports"], national["scope"]) == (["a", "b", "c", "d", "f", "g"], "中国")
    assert national["why"] == "national title: 中共中央政治局委员"  # the first report's reason
    titles = {d["title"] for _, _, d in g.out_edges("person:李强@中国", data=True) if d["type"] == "HOLDS"}
    assert titles == {"中共中央政治局委员", "上海市委书记", "国务院总理", "董事局主席", "云南省委书记"}
    presided = {g.nodes[v]["name"] for _, v, d in g.out_edges("person:李强@中国", data=True) if d["type"] == "PRESIDED"}
    assert presided == {"a会议", "b会议", "c会议", "d会议", "f会议", "g会议"}
    namesake = nodes["person:李强@湖北省咸宁市通城县"]
    assert namesake["reports"] == ["e"]
    assert namesake["why"] == "namesake: 通城县委书记 is not a post the national 李强 is seen holding"


def test_local_people_by_the_unit_their_title_names():
    """A county secretary named in a prefecture's report is that county's person; another county's namesake is
    another node, whatever the report's region."""
    g = build_graph([
        report("q1", "云南省曲靖市", "王建国", ["中共云南省曲靖市陆良县委书记"]),
        report("q2", "云南省曲靖市陆良县", "王建国", ["陆良县委书记"]),
        report("t1", "湖北省咸宁市", "王建国", ["中共湖北省咸宁市通城县委书记"]),
    ])
    nodes = persons(g, "王建国")
    assert {n: d["reports"] for n, d in nodes.items()} == {
        "person:王建国@云南省曲靖市陆良县": ["q1", "q2"], "person:王建国@湖北省咸宁市通城县": ["t1"]}


def test_store_places_people_as_a_full_build(tmp_path):
    """The national report arriving last moves the earlier parts to his node; removing it moves them back."""
    recs = li_qiang()
    with GraphStore(tmp_path / "g.sqlite") as store:
        store.update((), ((r, None) for r in recs if r.id not in ("a", "d", "g")))
        assert store.graph().nodes["person:李强@上海市"]["reports"] == ["b"]  # no national figure yet
        store.update((), ((r, None) for r in recs if r.id in ("a", "d", "g")))
        store.write_json(tmp_path / "g.json")
        assert (tmp_path / "g.json").read_text(encoding="utf-8") == dumps(build_graph(recs))
        store.update(["a", "d", "g"], ())
        store.write_json(tmp_path / "g.json")
        rest = [r for r in recs if r.id not in ("a", "d", "g")]
        assert (tmp_path / "g.json").read_text(encoding="utf-8") == dumps(build_graph(rest))
        assert "person:李强@中国" not in store.graph()
        gone = {i for (i,) in store.db.execute("SELECT id FROM gone WHERE kind='n'")}
        assert "person:李强@中国" in gone  # a Neo4j delta load deletes the merged node


def test_untitled_mention_in_a_national_report_joins_the_one_local_person():
    """A name a national report gives without a national title, whose every post is in one unit, is that unit's
    person: no second national node."""
    g = build_graph([report("n1", "中国", "鹿某", []), report("l1", "广西壮族自治区", "鹿某", ["自治区党委书记"]),
                     report("l2", "中国", "鹿某", ["广西壮族自治区党委书记"])])
    nodes = persons(g, "鹿某")
    assert list(nodes) == ["person:鹿某@广西壮族自治区"]
    assert nodes["person:鹿某@广西壮族自治区"]["reports"] == ["l1", "l2", "n1"]


def test_a_central_committee_member_keeps_his_provincial_post():
    """A member of the central committee (中央委员会候补委员) holds posts in the provinces: the post is his, not a
    namesake's; a national figure's other titles still keep a namesake apart."""
    g = build_graph([
        report("n1", "中国", "陈武", ["中央委员会候补委员"]),
        report("l1", "广西壮族自治区", "陈武", ["广西壮族自治区党委副书记"]),
    ])
    nodes = persons(g, "陈武")
    assert set(nodes) == {"person:陈武@中国"} and nodes["person:陈武@中国"]["reports"] == ["l1", "n1"]


def test_a_provinces_leader_is_the_national_namesake():
    """A province's leader (江苏省委书记) is one person in the country: his local report joins the national node; a
    county's post (通城县委书记) stays a namesake's."""
    g = build_graph([
        report("n1", "中国", "罗某军", ["全国人大环境与资源保护委员会副主任委员"]),
        report("l1", "浙江省", "罗某军", ["江苏省委书记"]),
        report("l2", "湖北省咸宁市通城县", "罗某军", ["通城县委书记"]),
    ])
    nodes = persons(g, "罗某军")
    assert set(nodes) == {"person:罗某军@中国", "person:罗某军@湖北省咸宁市通城县"}
    assert nodes["person:罗某军@中国"]["reports"] == ["l1", "n1"]
    assert "a province's leader" in nodes["person:罗某军@中国"]["why"]
