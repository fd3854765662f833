"""Inputs: HTML <meta>/<title>, `--date` for files without a date, footer clutter; exports: GraphML, GEXF."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from huiyi.graph.build import build_graph
from huiyi.graph.export_formats import export_networkx
from huiyi.graph.store import save_graph
from huiyi.pipeline.clean import clean_text, strip_footer
from huiyi.pipeline.html_meta import HtmlMeta, html_meta, parse_date
from huiyi.pipeline.reader import file_id

from huiyi.cli import main

ROOT = Path(__file__).resolve().parent.parent
NOTICE = "7月30日，区委常委会召开会议。区委书记于军主持会议并讲话。"


@pytest.mark.parametrize("head, meta", [
    ('<meta property="article:published_time" content="2020-07-31T09:30:00+08:00"><title>海淀 区委全会</title>',
     HtmlMeta("海淀 区委全会", "2020-07-31")),
    ('<META NAME="PubDate" CONTENT="2019/3/5 10:00"><title>a &amp; b</title>', HtmlMeta("a & b", "2019-03-05")),
    ("<meta name='publishdate' content='20180102'>", HtmlMeta(None, "2018-01-02")),
    ('<meta name="DC.date" content="2017年6月1日">', HtmlMeta(None, "2017-06-01")),
    ('<meta name="date" content="not a date"><time datetime="2016-02-29">', HtmlMeta(None, "2016-02-29")),
    ('<meta property="og:title" content="OG 标题"><title>页面标题</title><meta name="pubdate" content="2021-02-30">',
     HtmlMeta("OG 标题", None)),  # no such day: no date rather than a wrong one
    ("<p>no head at all</p>", HtmlMeta(None, None)),
    # hostile heads (each once quadratic): unclosed <title>s before a real one, <meta>/<time> never closed
    ("<title>坏" * 3000 + "<title>真</title>", HtmlMeta("坏" * 3000 + "真", None)),
    ("<title>没有结束" * 3000, HtmlMeta(None, None)),
    ('<meta name="pubdate" content=' * 3000 + '<meta name="pubdate" content="2015-05-05">',
     HtmlMeta(None, "2015-05-05")),
    ('<time x="' * 3000 + '<time datetime="2014-04-04">', HtmlMeta(None, "2014-04-04")),
])
def test_html_meta(head, meta):
    assert html_meta(f"<html><head>{head}</head><body><p>正文</p></body></html>") == meta


def test_parse_date():
    assert parse_date("2020-07-31 08:00") == "2020-07-31"
    assert parse_date("2020.7.3") == "2020-07-03"
    assert parse_date("31/07/2020") is None
    assert parse_date("") is None


def test_footer_lines_removed():
    raw = ("<p>会议由于军主持。</p><p>【我要纠错】责任编辑：张兴华</p><p>（责任编辑：李四）</p>"
           "<p>版权所有 © 2020 海淀区人民政府 京ICP备05060933号</p><p>编辑：王五</p>"
           "<p>编辑部：会议强调，要做好版权保护工作。</p>")
    assert clean_text(raw) == "会议由于军主持。\n编辑部：会议强调，要做好版权保护工作。"
    prose = "全会强调，要依法保护著作权，版权所有人的权利不容侵犯。"
    assert strip_footer(prose) == prose


@pytest.mark.slow
def test_html_date_and_run_date(huiyi_main, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (src / "page.html").write_text(
        '<html><head><meta name="pubdate" content="2019-08-02"><title>区委常委会召开会议</title></head>'
        f"<body><p>{NOTICE}</p><p>责任编辑：赵六</p></body></html>", encoding="utf-8")
    out = tmp_path / "out"
    assert huiyi_main(["run", str(src), "-o", str(out), "-q", "--no-html", "--date", "2020-08-01"]) == 0
    ids = {file_id(src / "notice.txt"): "notice", file_id(src / "page.html"): "page"}
    recs = {ids[r["id"]]: r for r in map(json.loads, (out / "records.jsonl").read_text(encoding="utf-8").splitlines())}
    assert (recs["notice"]["date"], recs["notice"].get("title")) == ("2020-08-01", None)  # --date fills the gap
    assert (recs["page"]["date"], recs["page"]["title"]) == ("2019-08-02", "区委常委会召开会议")  # the page's own
    assert [m["date"]["year"] for m in recs["notice"]["meetings"]] == [2020]
    assert [m["date"]["year"] for m in recs["page"]["meetings"]] == [2019]
    assert "赵六" not in recs["page"]["text"]
    # extract takes --date too
    pred = tmp_path / "pred.jsonl"
    assert huiyi_main(["extract", str(src / "notice.txt"), "-o", str(pred), "--date", "2018-08-01", "-q"]) == 0
    assert json.loads(pred.read_text(encoding="utf-8"))["meetings"][0]["date"] == {"year": 2018, "month": 7, "day": 30}


def _graph():
    try:
        from test_neo4j import later_record, seed_record
    except ImportError:  # tests collected as a package
        from tests.test_neo4j import later_record, seed_record

    return build_graph([seed_record(), later_record()])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_networkx_formats(tmp_path, fmt):
    g = _graph()
    path = tmp_path / f"g.{fmt}"
    assert export_networkx(g, path, fmt) == (g.number_of_nodes(), g.number_of_edges())
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    yu = back.nodes["person:于军@北京市海淀区"]
    assert (yu["label"], yu["kind"], yu["reports"]) == ("于军", "Person", "later-002; seed-001")
    edges = [d for u, v, d in back.edges(data=True) if d["relation"] == "REPORTED_AT" and u == "person:于军@北京市海淀区"]
    assert [(e["what"], e["on_behalf_of"], e["evidence_start"], e["report"]) for e in edges] == [
        ("工作报告", "区委常委会", 28, "seed-001")]
    assert all(isinstance(v, str | int | float | bool) for _, d in back.nodes(data=True) for v in d.values())


def test_export_cli(tmp_path, capsys):
    save_graph(_graph(), tmp_path / "graph.json")
    assert main(["export", str(tmp_path), "--format", "graphml"]) == 0
    assert capsys.readouterr().err == f"wrote {tmp_path / 'graph.graphml'} (12 nodes, 19 edges)\n"
    assert main(["export", str(tmp_path / "graph.json"), "--format", "gexf", "-o", str(tmp_path / "x.gexf"), "-q"]) == 0
    assert (tmp_path / "x.gexf").stat().st_size > 0
