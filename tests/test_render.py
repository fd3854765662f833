"""huiyi.graph.render without a browser: page content, safety, determinism and subgraph selection."""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import re

import networkx as nx
import pytest
from huiyi.graph.build import build_graph
from huiyi.graph.render import (
    PHYSICS_MAX_NODES,
    date_text,
    json_for_script,
    layout_positions,
    meeting_span,
    render_html,
    subgraph,
)
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
    Slogan,
    Title,
)

REGION = "北京市海淀区"
XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=1">'


def _ev(text: str, span: str) -> Evidence:
    """Evidence for `span`: its offsets in `text` and the sentence (up to 。) containing it."""
    start = text.index(span)
    s0 = text.rfind("。", 0, start) + 1
    s1 = text.find("。", start)
    s1 = len(text) if s1 < 0 else s1 + 1
    return Evidence(start=start, end=start + len(span), sentence=text[s0:s1])


def seed_records() -> list[ReportRecord]:
    """Two reports of one district: the seed 区委常委会 meeting (2023-07-31) and a 区政府常务会议 (2023-09-05)."""
    t1 = ("7月31日，区委常委会召开会议。区委书记于军代表区委常委会作工作报告并讲话。区委副书记、区长曾劲作报告。"
          "区人大常委会主任刘长利，区政协主席刘勇出席会议。会议强调，一要坚持稳中求进，二要抓好安全生产。"
          "要增强“两个维护”。")
    r1 = ReportRecord(
        id="r1", title="区委常委会召开会议", date="2023-08-01", region=REGION, text=t1,
        people=[
            Person(name="于军", evidence=_ev(t1, "于军"), titles=[Title(title="区委书记", evidence=_ev(t1, "区委书记"))]),
            Person(name="曾劲", evidence=_ev(t1, "曾劲"), titles=[
                Title(title="区委副书记", evidence=_ev(t1, "区委副书记")), Title(title="区长", evidence=_ev(t1, "区长"))]),
            Person(name="刘长利", evidence=_ev(t1, "刘长利"), titles=[
                Title(title="区人大常委会主任", org="区人大常委会", evidence=_ev(t1, "区人大常委会主任"))]),
            Person(name="刘勇", evidence=_ev(t1, "刘勇"), titles=[
                Title(title="区政协主席", org="区政协", evidence=_ev(t1, "区政协主席"))]),
        ],
        organizations=[Organization(name="区委常委会", evidence=_ev(t1, "区委常委会"))],
        meetings=[Meeting(
            name="区委常委会", date=MeetingDate(year=2023, month=7, day=31, text="7月31日"),
            evidence=_ev(t1, "区委常委会召开会议"),
            presided=[Role(who="区委常委会", is_body=True, evidence=_ev(t1, "区委常委会召开会议"))],
            reported=[Role(who="于军", what="工作报告", on_behalf_of="区委常委会", evidence=_ev(t1, "于军代表")),
                      Role(who="曾劲", evidence=_ev(t1, "曾劲作报告"))],
            spoke=[Role(who="于军", evidence=_ev(t1, "并讲话"))],
            attended=[Role(who="刘长利", evidence=_ev(t1, "刘长利")), Role(who="刘勇", evidence=_ev(t1, "刘勇"))],
        )],
        priority_lists=[PriorityList(style="yao", meeting=0, items=[
            PriorityItem(n=1, lead="坚持稳中求进", text="坚持稳中求进", marker="一要", evidence=_ev(t1, "一要")),
            PriorityItem(n=2, lead="抓好安全生产", text="抓好安全生产", marker="二要", evidence=_ev(t1, "二要")),
        ])],
        slogans=[Slogan(text="两个维护", evidence=_ev(t1, "两个维护"))],
    )
    t2 = "9月5日，区政府第12次常务会议召开。区长曾劲主持会议。副区长李明出席会议。"
    r2 = ReportRecord(
        id="r2", title="区政府常务会议", date="2023-09-06", region=REGION, text=t2,
        people=[
            Person(name="曾劲", evidence=_ev(t2, "曾劲"), titles=[Title(title="区长", evidence=_ev(t2, "区长"))]),
            Person(name="李明", evidence=_ev(t2, "李明"), titles=[Title(title="副区长", evidence=_ev(t2, "副区长"))]),
        ],
        meetings=[Meeting(
            name="区政府第12次常务会议", aliases=["区政府常务会"],
            date=MeetingDate(year=2023, month=9, day=5, text="9月5日"), evidence=_ev(t2, "常务会议召开"),
            presided=[Role(who="曾劲", evidence=_ev(t2, "曾劲主持"))],
            attended=[Role(who="李明", evidence=_ev(t2, "李明出席"))],
        )],
    )
    return [r1, r2]


def xss_records() -> list[ReportRecord]:
    """A report whose names, title and evidence carry markup (and U+2028/9), which must stay text."""
    name = f"张{XSS_IMG}"
    text = f"8月1日，区委常委会召开会议。区委书记{name}主持会议并讲话{XSS_SCRIPT}。\u2028</script><!--\u2029"
    return [ReportRecord(
        id="xss", title=f"</script><script>window.__pwned=1</script>{XSS_IMG}\u2028\u2029", date="2023-08-02",
        region=REGION, text=text,
        people=[Person(name=name, evidence=_ev(text, name),
                       titles=[Title(title="区委书记", evidence=_ev(text, "区委书记"))])],
        meetings=[Meeting(
            name="区委常委会", date=MeetingDate(year=2023, month=8, day=1), evidence=_ev(text, "区委常委会"),
            presided=[Role(who=name, evidence=_ev(text, "主持会议"))],
            spoke=[Role(who=name, evidence=_ev(text, XSS_SCRIPT))],
        )],
        slogans=[Slogan(text=XSS_SCRIPT, evidence=_ev(text, XSS_SCRIPT))],
    )]


def seed_graph() -> nx.MultiDiGraph:
    return build_graph(seed_records())


P = f"@{REGION}"
YU, ZENG, LIU_CL, LIU_Y, LI = (f"person:{n}{P}" for n in ("于军", "曾劲", "刘长利", "刘勇", "李明"))
M1 = f"meeting:区委常委会@2023-7-31@{REGION}"
M2 = f"meeting:区政府第12次常务会议@2023-9-5@{REGION}"
ORG = f"org:区委常委会{P}"
T = {t: f"title:{t}{P}" for t in ("区委书记", "区委副书记", "区长", "区人大常委会主任", "区政协主席", "副区长")}
ITEMS = {"plist:r1:0", "priority:r1:0:1", "priority:r1:0:2"}
SLOGAN = "slogan:两个维护"


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="huiyi-data">(.*?)</script>', html, re.S)
    assert m, "no data script"
    return json.loads(m.group(1))


def scripts(html: str) -> list[str]:
    """Contents of the executable inline scripts."""
    return re.findall(r"<script>(.*?)</script>", html, re.S)


# --- subgraph -------------------------------------------------------------------------------------------------


def test_seed_graph_ids():
    g = seed_graph()
    assert {YU, ZENG, LIU_CL, LIU_Y, LI, M1, M2, ORG, SLOGAN, *T.values(), *ITEMS} <= set(g)
    assert g.number_of_nodes() == 2 + 5 + 2 + 1 + 6 + 3 + 1


def test_subgraph_person_hops():
    g = seed_graph()
    assert set(subgraph(g, person="于军")) == {YU, "report:r1", T["区委书记"], M1}
    assert set(subgraph(g, person="于军", hops=0)) == {YU}
    assert set(subgraph(g, person="曾劲")) == {ZENG, "report:r1", "report:r2", T["区委副书记"], T["区长"], M1, M2}
    two = set(subgraph(g, person="于军", hops=2))
    assert two == set(nx.ego_graph(g.to_undirected(as_view=True), YU, radius=2))
    assert {ZENG, LIU_CL, LIU_Y, ORG, "plist:r1:0", SLOGAN} <= two and LI not in two


def test_subgraph_keeps_attributes_and_edges():
    g = seed_graph()
    h = subgraph(g, person="于军")
    assert isinstance(h, nx.MultiDiGraph)
    assert h.nodes[YU] == g.nodes[YU]
    assert sorted(d["type"] for _, _, d in h.edges(data=True)) == ["DESCRIBES", "HOLDS", "MENTIONS",
                                                                   "REPORTED_AT", "SPOKE_AT"]
    h.nodes[YU]["name"] = "changed"
    assert g.nodes[YU]["name"] == "于军"  # a copy, not a view


def test_subgraph_meeting_by_name_or_alias():
    g = seed_graph()
    expected = {M2, "report:r2", ZENG, LI}
    assert set(subgraph(g, meeting="常务会议")) == expected  # part of the name
    assert set(subgraph(g, meeting="区政府常务会")) == expected  # an alias only
    assert set(subgraph(g, meeting="区委常委会", hops=0)) == {M1}
    assert set(subgraph(g, meeting="会")) >= {M1, M2}  # every meeting matching


def test_subgraph_person_and_meeting_intersect():
    g = seed_graph()
    assert set(subgraph(g, person="曾劲", meeting="常务会议")) == {ZENG, M2, "report:r2"}


def test_subgraph_dates():
    g = seed_graph()
    july = {M1, "report:r1", ORG, YU, ZENG, LIU_CL, LIU_Y, SLOGAN, *ITEMS,
            T["区委书记"], T["区委副书记"], T["区长"], T["区人大常委会主任"], T["区政协主席"]}
    september = {M2, "report:r2", ZENG, LI, T["区委副书记"], T["区长"], T["副区长"]}
    assert set(subgraph(g, until="2023-08-31")) == july
    assert set(subgraph(g, since="2023-07", until="2023-07")) == july
    assert set(subgraph(g, since="2023-07-31", until="2023-07-31")) == july
    assert set(subgraph(g, since="2023-09")) == september
    assert set(subgraph(g, since="2023-09-05")) == september
    assert set(subgraph(g, since="2023")) == july | september
    assert len(subgraph(g, since="2024")) == 0
    assert set(subgraph(g, person="曾劲", since="2023-09")) == {ZENG, M2, "report:r2", T["区委副书记"], T["区长"]}


def test_subgraph_partial_and_missing_meeting_dates():
    g = seed_graph()
    g.nodes[M2].pop("day")
    assert meeting_span(g, M2) == ((2023, 9, 1), (2023, 9, 30))
    assert M2 in subgraph(g, since="2023-09-30")
    g.nodes[M2].pop("month")
    g.nodes[M2].pop("year")
    assert meeting_span(g, M2) == ((2023, 9, 6), (2023, 9, 6))  # the describing report's date
    assert M2 in subgraph(g, since="2023-09-06") and M2 not in subgraph(g, since="2023-09-07")
    g.nodes["report:r2"].pop("date")
    assert meeting_span(g, M2) is None
    assert M2 not in subgraph(g, since="2000")


def test_subgraph_errors():
    g = seed_graph()
    with pytest.raises(ValueError, match="no Person '王五'"):
        subgraph(g, person="王五")
    with pytest.raises(ValueError, match="did you mean: 刘勇, 刘长利"):
        subgraph(g, person="刘")
    with pytest.raises(ValueError, match="no Meeting '党代会'"):
        subgraph(g, meeting="党代会")
    with pytest.raises(ValueError, match="'于军' is in no meeting between 2023-09"):
        subgraph(g, person="于军", since="2023-09")
    with pytest.raises(ValueError, match="no meeting matching '常务' between"):
        subgraph(g, meeting="常务", until="2023-08")
    with pytest.raises(ValueError, match="bad date"):
        subgraph(g, since="July 2023")
    with pytest.raises(ValueError, match="bad date"):
        subgraph(g, until="2023-02-30")
    with pytest.raises(ValueError, match="after"):
        subgraph(g, since="2024", until="2023")
    with pytest.raises(ValueError, match="hops"):
        subgraph(g, person="于军", hops=-1)
    with pytest.raises(ValueError, match="no Person"):
        render_html(g, "/nonexistent/never-written.html", person="王五")


def test_date_text():
    assert date_text({"year": 2023, "month": 7, "day": 31}) == "2023年7月31日"
    assert date_text({"month": 7, "day": 31}) == "7月31日"
    assert date_text({"date_text": "月底"}) == "月底"
    assert date_text({}) is None


# --- the page -------------------------------------------------------------------------------------------------


def test_render_seed_page(tmp_path):
    g = seed_graph()
    out = tmp_path / "sub" / "graph.html"
    stats = render_html(g, out, view="graph")
    raw = out.read_bytes()
    html = raw.decode("utf-8")  # strict: valid UTF-8
    assert stats["nodes"] == g.number_of_nodes() == stats["total_nodes"]
    assert stats["edges"] == g.number_of_edges() == stats["total_edges"]
    assert stats["layout"] == "physics" and stats["bytes"] == len(raw)
    assert stats["node_types"]["Person"] == 5 and stats["edge_types"]["HOLDS"] == 7
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    data = page_data(html)
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    assert len(data["edges"]) == g.number_of_edges() and len({e["id"] for e in data["edges"]}) == len(data["edges"])
    assert {(e["from"], e["to"]) for e in data["edges"]} == {(u, v) for u, v in g.edges()}
    node = {n["id"]: n for n in data["nodes"]}
    assert node[YU]["ntype"] == "Person" and node[M1]["shape"] == "diamond"
    assert node[M1]["label"] == "区委常委会\n2023年7月31日"
    tip = node[ZENG]["title"]
    assert "区委副书记、区长" in tip and "区委常委会（2023年7月31日） 作报告" in tip and "主持" in tip
    assert "证据：「区委副书记、区长曾劲作报告。」" in tip
    assert "日期：2023年7月31日" in node[M1]["title"] and "出席：刘勇、刘长利" in node[M1]["title"]
    edge_tips = [e["title"] for e in data["edges"] if e["etype"] == "REPORTED_AT" and e["from"] == YU]
    assert len(edge_tips) == 1 and "内容：工作报告" in edge_tips[0] and "代表：区委常委会" in edge_tips[0]
    assert "会议日期：2023年7月31日" in edge_tips[0] and "区委书记于军代表区委常委会作工作报告并讲话。" in edge_tips[0]
    assert data["people"][0] == ["于军", YU] and [m[1] for m in data["meetings"]] == [M1, M2]  # by date
    for label in ("人物", "会议", "职务", "主持", "作报告", "出席"):  # legend
        assert f"<span>{label}</span>" in html


def test_page_is_self_contained(tmp_path):
    out = tmp_path / "graph.html"
    render_html(seed_graph(), out, view="graph")
    html = out.read_text(encoding="utf-8")
    # nothing that a browser would fetch: no src/href/url()/@import/srcset pointing anywhere
    assert not re.search(r"""\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"@import|<link\b|<iframe\b|<object\b|<embed\b|\bimport\(", html, re.I)
    assert len(re.findall(r"^<script\b", html, re.M)) == 3 and not re.search(r"<script[^>]*\ssrc", html)
    # the only absolute URLs left are inert: vis-network's licence header and strings in its code
    inert = {"https://visjs.github.io/vis-network/", "http://almende.com", "https://github.com/visjs",
             "http://www.apache.org/licenses/LICENSE-2.0", "http://opensource.org/licenses/MIT",
             "http://www.w3.org/2000/svg", "https://github.com/zloirock/core-js",
             "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
             "https://github.com/uuidjs/uuid#getrandomvalues-not-supported"}
    assert set(re.findall(r"https?://[^\s\"'()<>,]+", html)) <= inert
    assert "sourceMappingURL" not in html
    # a Content-Security-Policy that forbids any fetch and allows exactly the page's own two scripts
    csp = html_lib.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)[1])
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for body in scripts(html):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "vis.Network" in scripts(html)[1] and "vis-network" in scripts(html)[0]


def test_markup_in_reports_stays_data(tmp_path):
    g = build_graph(xss_records())
    out = tmp_path / "xss.html"
    render_html(g, out, view="graph")
    html = out.read_text(encoding="utf-8")
    assert "window.__pwned" in html  # it is there, as escaped data
    for bad in ("<script>window.__pwned", "<img src=x", "</script><script>", "\u2028", "\u2029"):
        assert bad not in html
    # nothing in the data script can end it or open a comment
    m = re.search(r'<script type="application/json" id="huiyi-data">(.*?)</script>', html, re.S)
    assert "<" not in m.group(1) and ">" not in m.group(1)
    data = page_data(html)
    tips = "\n".join(x["title"] for x in data["nodes"] + data["edges"])
    assert XSS_SCRIPT in tips and XSS_IMG in tips and "\u2028\u2029" in tips
    assert f"张{XSS_IMG}" in [n["name"] for n in data["nodes"]]
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "<" not in title  # the page title is HTML-escaped
    assert "\u2028" in json.loads(json_for_script({"s": "\u2028"}))["s"]


def test_render_is_deterministic(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    render_html(seed_graph(), a, view="graph")
    render_html(build_graph(list(reversed(seed_records()))), b, view="graph")
    c, d = tmp_path / "c.html", tmp_path / "d.html"
    render_html(seed_graph(), c)
    render_html(build_graph(list(reversed(seed_records()))), d)
    assert a.read_bytes() == b.read_bytes() and c.read_bytes() == d.read_bytes()


def test_render_filtered(tmp_path):
    g = seed_graph()
    stats = render_html(g, tmp_path / "p.html", person="曾劲", since="2023-09", title="曾劲 <九月>")
    assert stats["nodes"] == 5 and stats["total_nodes"] == g.number_of_nodes()
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "<title>曾劲 &lt;九月&gt;</title>" in html
    assert {n["id"] for n in page_data(html)["nodes"]} == {ZENG, M2, "report:r2", T["区委副书记"], T["区长"]}
    stats = render_html(g, tmp_path / "m.html", meeting="常务", hops=1)
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert stats["nodes"] == 4 and "筛选：会议 常务（1 跳）" in html
    assert (tmp_path / "m.html").read_text(encoding="utf-8").count("区政府第12次常务会议") > 0


def test_render_empty_graph(tmp_path):
    stats = render_html(nx.MultiDiGraph(), tmp_path / "e.html", view="graph")
    assert stats["nodes"] == stats["edges"] == 0
    html = (tmp_path / "e.html").read_text(encoding="utf-8")
    assert page_data(html)["nodes"] == [] and "没有可显示的节点" in html


def big_graph(n_meetings: int) -> nx.MultiDiGraph:
    """Many copies of the seed meetings with distinct people: ~9 nodes per copy."""
    records = []
    for i in range(n_meetings):
        for r in seed_records():
            data = json.loads(r.model_dump_json().replace("于军", f"于军{i}").replace("曾劲", f"曾劲{i}")
                              .replace("刘长利", f"刘长利{i}").replace("李明", f"李明{i}"))
            data["id"] = f"{r.id}-{i}"
            data["meetings"][0]["date"]["day"] = 1 + i % 28
            records.append(ReportRecord.model_validate(data))
    return build_graph(records)


def test_large_graph_gets_precomputed_layout(tmp_path):
    g = big_graph(30)
    assert g.number_of_nodes() > PHYSICS_MAX_NODES
    stats = render_html(g, tmp_path / "big.html", view="graph")
    assert stats["layout"] == "precomputed" and stats["nodes"] == g.number_of_nodes()
    data = page_data((tmp_path / "big.html").read_text(encoding="utf-8"))
    assert data["precomputed"] is True and data["options"]["physics"]["enabled"] is False
    xy = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xy) == len(data["nodes"])  # every node placed, no two on one spot


def test_layout_positions_deterministic_and_spread():
    g = big_graph(5)
    a, b = layout_positions(g), layout_positions(g.copy())
    assert a == b and set(a) == set(g)
    xs = [p[0] for p in a.values()]
    assert max(xs) - min(xs) > 100


# --- the corpus explorer ----------------------------------------------------------------------------------------


def test_explorer_data(tmp_path):
    from huiyi.graph.render.explorer import decode_data

    g = seed_graph()
    stats = render_html(g, tmp_path / "x.html", href=lambda rid: f"reports/{rid}.html")
    html = (tmp_path / "x.html").read_text(encoding="utf-8")
    data = decode_data(html)
    names = dict(zip(data["n"], range(len(data["n"])), strict=True))
    types = [data["T"][t] for t in data["t"]]
    # titles are a property of the person, not nodes; priority items are left out
    assert "Title" not in data["T"] and "Priority" not in data["T"]
    assert sorted(zip(types, data["n"], strict=True)) == [
        ("Meeting", "区委常委会"), ("Meeting", "区政府第12次常务会议"), ("Organization", "区委常委会"),
        ("Person", "于军"), ("Person", "刘勇"), ("Person", "刘长利"), ("Person", "曾劲"), ("Person", "李明"),
        ("PriorityList", "一要…二要（2项）"), ("Report", "区委常委会召开会议"), ("Report", "区政府常务会议"),
        ("Slogan", "两个维护")]
    assert data["x"][names["曾劲"]] == "区委副书记、区长"
    assert data["d"][names["区政府第12次常务会议"]] == 20230905
    assert stats["nodes"] == 12 and stats["edges"] == len(data["e"]) // 5 == 20
    edges = {(data["n"][data["e"][k]], data["n"][data["e"][k + 1]], data["E"][data["e"][k + 2]]): data["e"][k + 4]
             for k in range(0, len(data["e"]), 5)}
    assert data["s"][edges["曾劲", "区政府第12次常务会议", "PRESIDED"]] == "区长曾劲主持会议。"
    assert edges["区委常委会召开会议", "于军", "MENTIONS"] == -1  # a mention keeps its report, not its sentence
    reports = {data["n"][int(i)]: h for i, h in data["h"].items()}
    assert reports == {"区委常委会召开会议": "reports/r1.html", "区政府常务会议": "reports/r2.html"}
    # the overview: the people and bodies with meeting roles, labelled (no Series nodes here: no series)
    ov = sorted(n["label"] for n in data["ov"]["nodes"])
    assert ov == ["于军", "刘勇", "刘长利", "区委常委会", "曾劲", "李明"]
    assert data["q"] == {} and data["yr"] == [2023, 2023]
    assert "曾劲" in html and "<" not in re.search(r'id="huiyi-overview">(.*?)</script>', html, re.S)[1]


def test_explorer_markup_stays_data(tmp_path):
    from huiyi.graph.render.explorer import decode_data

    render_html(build_graph(xss_records()), tmp_path / "x.html", title=XSS_SCRIPT)
    html = (tmp_path / "x.html").read_text(encoding="utf-8")
    for bad in ("<script>window.__pwned", "<img src=x", "</script><script>", "\u2028", "\u2029"):
        assert bad not in html
    assert len(re.findall(r"^<script\b", html, re.M)) == 4  # data, overview, vis-network, the page's script
    data = decode_data(html)
    assert f"张{XSS_IMG}" in data["n"] and XSS_SCRIPT in data["n"]
    csp = html_lib.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)[1])
    assert "default-src 'none'" in csp
    for body in scripts(html):
        assert f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'" in csp


# --- the explorer's timeline, series, year range and dates ----------------------------------------------------

SERIES = "国务院常务会议"
LI_MOU = "person:李某@中国"


def explorer_records() -> list[ReportRecord]:
    """李某: 中共中央政治局委员、上海市委书记 in 2016 (上海市委书记 alone in a second local report), then 国务院总理
    presiding four sittings of the 国务院常务会议 (reported out of date order, one without its number) with 王某
    and 丁某, a 1945 meeting (a stray year: an anniversary's date) and a meeting whose month is unknown
    (2023-?-27) with 王某."""
    def rec(rid, published, titles, meeting, *, date=None, series=None, sitting=None, others=(), region="中国"):
        text = f"{'、'.join(titles)}李某主持召开{meeting}。{'、'.join(others)}出席会议。"
        ev = Evidence(start=0, end=len(text), sentence=text)
        y, mo, d = date or tuple(map(int, published.split("-")))
        m = Meeting(name=meeting, date=MeetingDate(year=y, month=mo, day=d), evidence=ev, series=series,
                    sitting=sitting, presided=[Role(who="李某", evidence=ev)],
                    attended=[Role(who=o, evidence=ev) for o in others])
        return ReportRecord(id=rid, title=f"{meeting}（{rid}）", date=published, region=region, text=text,
                            meetings=[m], people=[
                                Person(name="李某", evidence=ev, titles=[Title(title=t, evidence=ev) for t in titles]),
                                *(Person(name=o, evidence=ev) for o in others)])
    return [
        rec("r1", "2016-05-03", ["中共中央政治局委员", "上海市委书记"], "市委常委会会议", region="上海市"),
        rec("r0", "2016-09-01", ["上海市委书记"], "市委全会", region="上海市"),
        rec("r4", "2023-05-12", ["国务院总理"], "国务院第三次常务会议", series=SERIES, sitting=3, others=["王某", "丁某"]),
        rec("r2", "2023-04-07", ["国务院总理"], "国务院常务会议", series=SERIES, sitting=2, others=["王某", "丁某"]),
        rec("r3", "2023-03-17", ["国务院总理"], "国务院常务会议", series=SERIES, sitting=1, others=["丁某"]),
        rec("r5", "2023-06-02", ["国务院总理"], "国务院常务会议", series=SERIES, others=["丁某"]),
        rec("r6", "2023-08-01", ["国务院总理"], "纪念大会", date=(1945, 9, 3)),
        rec("r7", "2023-09-30", ["国务院总理"], "座谈会", date=(2023, None, 27), others=["王某"]),
    ]


def stray_year_records() -> list[ReportRecord]:
    """Sixty meetings of a 区委常委会 in 2020-2023 and 李某's 1945 meeting (explorer_records' r6)."""
    records = []
    for i in range(60):
        text = f"{i % 12 + 1}月{i % 27 + 1}日，区委常委会召开会议。区委书记于军主持会议。"
        ev = _ev(text, "区委常委会召开会议")
        records.append(ReportRecord(id=f"y{i}", title="区委常委会召开会议", date=f"{2020 + i % 4}-12-31", region=REGION,
                                    text=text, meetings=[Meeting(name="区委常委会", evidence=ev, date=MeetingDate(
                                        year=2020 + i % 4, month=i % 12 + 1, day=i % 27 + 1))]))
    return records + [r for r in explorer_records() if r.id == "r6"]


def explorer_data(g: nx.MultiDiGraph, tmp_path) -> dict:
    from huiyi.graph.render.explorer import decode_data

    render_html(g, tmp_path / "x.html")
    return decode_data((tmp_path / "x.html").read_text(encoding="utf-8"))


def test_explorer_series_sittings_in_date_order(tmp_path):
    g = build_graph(explorer_records())
    data = explorer_data(g, tmp_path)
    names, types = data["n"], [data["T"][t] for t in data["t"]]
    series = [i for i, t in enumerate(types) if t == "Series"]
    assert [names[i] for i in series] == [SERIES] and data["x"][series[0]] == "中国"  # its scope
    assert "IN_SERIES" in data["E"]
    sittings = data["q"][str(series[0])]
    assert [(data["d"][m], names[m], n) for m, n in zip(sittings[0::2], sittings[1::2], strict=True)] == [
        (20230317, SERIES, 1), (20230407, SERIES, 2), (20230512, "国务院第三次常务会议", 3), (20230602, SERIES, 0)]
    # IN_SERIES edges are in the page: each sitting points to its series
    in_series = data["E"].index("IN_SERIES")
    e = data["e"]
    assert sorted(e[k] for k in range(0, len(e), 5) if e[k + 2] == in_series and e[k + 1] == series[0]) == sorted(
        sittings[0::2])
    # the overview's meeting series are the Series nodes (not names guessed from meeting names)
    ov = {n["label"]: n for n in data["ov"]["nodes"]}
    assert ov[f"{SERIES}\n4 次"]["ntype"] == "Series" and ov[f"{SERIES}\n4 次"]["id"] == series[0]
    assert {n["ntype"] for n in data["ov"]["nodes"]} == {"Person", "Series"}
    li = names.index("李某")
    assert {(x["from"], x["to"], x["value"]) for x in data["ov"]["edges"] if x["from"] == li} == {(li, series[0], 4)}


def test_explorer_titles_timeline_data(tmp_path):
    g = build_graph(explorer_records())
    data = explorer_data(g, tmp_path)
    ht, tt, names = data["ht"], data["tt"], data["n"]
    rows = [(names[ht[k]], tt[ht[k + 1]], ht[k + 2], ht[k + 3], ht[k + 4]) for k in range(0, len(ht), 5)]
    # per person, oldest first: the first and last publication date a title was seen, in how many reports
    assert rows == [("李某", "上海市委书记", 20160503, 20160901, 2), ("李某", "中共中央政治局委员", 20160503, 20160503, 1),
                    ("李某", "国务院总理", 20230317, 20230930, 6)]
    assert data["x"][names.index("李某")] == "上海市委书记、中共中央政治局委员、国务院总理"  # by report


def test_explorer_year_range_ignores_a_stray_date(tmp_path):
    from huiyi.graph.render.explorer import year_span

    assert year_span([]) == (0, 0)
    assert year_span([2023]) == (2023, 2023)
    assert year_span([1945] + [2020, 2021, 2022, 2023] * 15) == (2020, 2023)
    assert year_span([1945, *[2020] * 30, *[2023] * 30, 2031]) == (2020, 2023)
    # on a page: sixty meetings in 2020-2023 and one dated 1945 open on 2020-2023
    data = explorer_data(build_graph(stray_year_records()), tmp_path)
    assert data["yr"] == [2020, 2023]
    assert 19450903 in data["d"]  # still in the page: the year selector offers 1945 beside the range


def test_explorer_partial_dates():
    from huiyi.graph.render.explorer import day_text, node_fields

    assert day_text(20240527) == "2024-05-27"
    assert day_text(20240500) == "2024-05"
    assert day_text(20240027) == "2024-?-27"  # month unknown: never 2024-27
    assert day_text(20240000) == "2024"
    assert day_text(-20240527) == "2024-05-27"  # a meeting dated by its report
    assert day_text(0) == ""
    assert node_fields("m", {"label": "Meeting", "name": "座谈会", "year": 2024, "day": 27}) == ("座谈会", 20240027, "")
    assert date_text({"year": 2024, "day": 27}) == "2024年?月27日"
    assert date_text({"year": 2024, "month": 5}) == "2024年5月"


def test_explorer_store_page_equals_graph_page_with_series(tmp_path):
    from huiyi.graph.incremental import GraphStore
    from huiyi.graph.render.explorer import render_graph_explorer, render_store

    records = explorer_records()
    with GraphStore(tmp_path / "g.sqlite") as store:
        store.update((), ((r, None) for r in records[::-1]))
        render_store(store, tmp_path / "a.html", title="t")
    render_graph_explorer(build_graph(records), tmp_path / "b.html", title="t")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_focused_drawing_keeps_a_legible_budget():
    """A person with hundreds of meetings is drawn with the nearest and latest 150 nodes (no report nodes), and
    the stats say how many the focus had."""
    from huiyi.graph.build import build_graph
    from huiyi.graph.render.select import subgraph
    from huiyi.pipeline.records import Evidence, Meeting, MeetingDate, ReportRecord, Role

    recs = []
    for i in range(200):
        text = f"第{i}次会议由张三主持。"
        ev = Evidence(start=0, end=len(text), sentence=text)
        recs.append(ReportRecord(id=f"r{i:03d}", text=text, region="北京市海淀区", date="2020-01-01", meetings=[
            Meeting(name=f"第{i}次常务会议", date=MeetingDate(year=2000 + i // 12, month=1 + i % 12, day=1),
                    evidence=ev, presided=[Role(who="张三", evidence=ev)])]))
    g = build_graph(recs)
    sub = subgraph(g, person="张三", max_nodes=40)
    labels = [d["label"] for _, d in sub.nodes(data=True)]
    assert len(labels) == 40 and "Report" not in labels and labels.count("Person") >= 1
    years = sorted(d["year"] for _, d in sub.nodes(data=True) if d["label"] == "Meeting")
    assert years[0] >= 2013  # the latest meetings first
    assert sub.graph["total_nodes"] == subgraph(g, person="张三", max_nodes=None).number_of_nodes()
