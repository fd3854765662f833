"""Rendered pages in a real headless Chromium (tests/support/browser.py: Chromium over the DevTools protocol on a pipe).

Needs the `chromium` package (`make browser`). Skipped locally when it is missing; with CI=true a
missing browser fails the run instead.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from huiyi.graph.build import build_graph
from huiyi.graph.render import render_html
from huiyi.graph.render.explorer import day_text
from support.browser import Chromium, find_chromium
from test_render import (
    LI,
    M1,
    SERIES,
    XSS_IMG,
    XSS_SCRIPT,
    YU,
    ZENG,
    T,
    big_graph,
    explorer_records,
    seed_graph,
    stray_year_records,
    xss_records,
)

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def browser():
    if not find_chromium():
        message = "headless Chromium not found: install the `chromium` package (make browser) or set HUIYI_CHROMIUM"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    with Chromium() as b:
        yield b


def open_page(browser: Chromium, path: Path, timeout: float = 30.0):
    page = browser.new_page()
    page.navigate(path.as_uri())
    page.wait_for("window.huiyi && window.huiyi.ready", timeout=timeout)
    return page


def js(page, expression: str):
    return page.evaluate(expression)


def node_xy(page, node_id: str) -> tuple[float, float]:
    """Viewport coordinates of a node's centre."""
    pos = js(page, f"""(() => {{
        const id = {json.dumps(node_id)}, net = window.huiyi.network;
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        const r = document.getElementById("graph").getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }})()""")
    return pos[0], pos[1]


def assert_clean(page):
    assert page.errors() == []
    urls = page.requests()
    assert urls, "no request seen: is the Network domain enabled?"
    assert all(u.startswith(("file:", "data:")) for u in urls), urls


def test_seed_page(browser, tmp_path):
    g = seed_graph()
    render_html(g, tmp_path / "graph.html", view="graph")
    page = open_page(browser, tmp_path / "graph.html")
    counts = js(page, """({nodes: huiyi.nodes.length, edges: huiyi.edges.length,
        drawn: huiyi.network.body.nodeIndices.length, drawnEdges: huiyi.network.body.edgeIndices.length,
        physics: huiyi.network.physics.physicsEnabled})""")
    assert counts == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "drawn": g.number_of_nodes(),
                      "drawnEdges": g.number_of_edges(), "physics": False}
    assert js(page, "window.__pwned") is None
    # the legend is on screen with one row per type, and Chinese text is laid out
    legend = js(page, """(() => { const r = document.getElementById("node-legend").getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, rows: document.querySelectorAll("#node-legend li").length,
                edgeRows: document.querySelectorAll("#edge-legend li").length}; })()""")
    assert 0 < legend["top"] < legend["bottom"] < 900
    assert legend["rows"] == len({d["label"] for _, d in g.nodes(data=True)}) == 8  # no Document
    assert legend["edgeRows"] == len({d["type"] for *_, d in g.edges(data=True)}) == 10  # no ADOPTED, HAS_SUBLIST
    time.sleep(0.2)
    shot = page.screenshot(ARTIFACTS / "graph.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert_clean(page)


def test_interaction(browser, tmp_path):
    g = seed_graph()
    render_html(g, tmp_path / "graph.html", view="graph")
    page = open_page(browser, tmp_path / "graph.html")
    # a real click on 于军: neighbourhood highlighted, the rest dimmed, details shown as text
    x, y = node_xy(page, YU)
    page.click(x, y)
    page.wait_for("document.getElementById('details').textContent.includes('于军')", timeout=5)
    colours = js(page, f"""(() => {{ const c = id => huiyi.nodes.get(id).color.background;
        return {{yu: c({json.dumps(YU)}), meeting: c({json.dumps(M1)}), li: c({json.dumps(LI)})}}; }})()""")
    assert colours == {"yu": "#1e88e5", "meeting": "#e53935", "li": "#eceff1"}
    assert js(page, "huiyi.network.getSelectedNodes()") == [YU]
    # type filters: hide titles, then the HOLDS relation
    n, m = g.number_of_nodes(), g.number_of_edges()
    titles = sum(1 for _, d in g.nodes(data=True) if d["label"] == "Title")
    holds = sum(1 for *_, d in g.edges(data=True) if d["type"] == "HOLDS")
    mentions = sum(1 for *_, d in g.edges(data=True) if d["type"] == "MENTIONS")
    js(page, "document.querySelector('input[data-ntype=Title]').click()")
    assert js(page, "huiyi.visible()") == {"nodes": n - titles, "edges": m - holds}
    assert js(page, "huiyi.network.body.nodeIndices.length") == n - titles
    assert js(page, "document.getElementById('count-nodes').textContent") == str(n - titles)
    js(page, "document.querySelector('input[data-ntype=Title]').click()")
    js(page, "document.querySelector('input[data-etype=MENTIONS]').click()")
    assert js(page, "huiyi.visible()") == {"nodes": n, "edges": m - mentions}
    js(page, "document.querySelector('input[data-etype=MENTIONS]').click()")
    # search box
    js(page, """(() => { const s = document.getElementById('search'); s.value = '刘';
        s.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'})); })()""")
    assert js(page, "document.getElementById('search-result').textContent") == "找到 2 个节点"
    assert len(js(page, "huiyi.network.getSelectedNodes()")) == 2
    # person and meeting selectors
    options = js(page, "[...document.querySelectorAll('#person option')].map(o => o.textContent)")
    assert options[1:] == ["于军", "刘勇", "刘长利", "曾劲", "李明"]
    js(page, f"""(() => {{ const s = document.getElementById('person'); s.value = {json.dumps(ZENG)};
        s.dispatchEvent(new Event('change')); }})()""")
    assert js(page, "huiyi.network.getSelectedNodes()") == [ZENG]
    assert "区委副书记、区长" in js(page, "document.getElementById('details').textContent")
    assert js(page, f"huiyi.nodes.get({json.dumps(T['副区长'])}).color.background") == "#eceff1"
    assert len(js(page, "[...document.querySelectorAll('#meeting option')]")) == 3
    js(page, "document.getElementById('reset').click()")
    assert js(page, f"huiyi.nodes.get({json.dumps(LI)}).color.background") == "#1e88e5"
    assert js(page, "huiyi.network.getSelectedNodes()") == []
    assert_clean(page)


def test_markup_never_runs(browser, tmp_path):
    g = build_graph(xss_records())
    render_html(g, tmp_path / "xss.html", title=f"报告 {XSS_SCRIPT}", view="graph")
    page = open_page(browser, tmp_path / "xss.html")
    assert js(page, "typeof window.__pwned") == "undefined"
    person = next(n for n, d in g.nodes(data=True) if d["label"] == "Person")
    x, y = node_xy(page, person)
    for dx in (0, 1, 2):  # hover until vis-network shows the tooltip
        page.mouse_move(x + dx, y)
        time.sleep(0.3)
    page.wait_for("(() => { const t = document.querySelector('div.vis-tooltip');"
                  " return t && t.style.visibility === 'visible'; })()", timeout=5)
    tip = js(page, """(() => { const t = document.querySelector('div.vis-tooltip');
        return {text: t.textContent, elements: t.querySelectorAll('img, script, iframe, svg').length}; })()""")
    assert XSS_IMG in tip["text"] and XSS_SCRIPT in tip["text"]
    assert tip["elements"] == 0
    page.click(x, y)
    page.wait_for("document.getElementById('details').textContent.includes('onerror')", timeout=5)
    assert XSS_IMG in js(page, "document.getElementById('details').textContent")
    assert js(page, "document.querySelectorAll('#details *, img').length") == 0
    assert js(page, "document.title") == f"报告 {XSS_SCRIPT}"
    time.sleep(0.3)
    assert js(page, "typeof window.__pwned") == "undefined"
    assert_clean(page)


def test_large_graph_precomputed(browser, tmp_path):
    g = big_graph(40)
    stats = render_html(g, tmp_path / "big.html", view="graph")
    assert stats["layout"] == "precomputed"
    start = time.monotonic()
    page = open_page(browser, tmp_path / "big.html")
    assert time.monotonic() - start < 10
    assert js(page, "[huiyi.nodes.length, huiyi.edges.length, huiyi.network.physics.physicsEnabled]") == [
        g.number_of_nodes(), g.number_of_edges(), False]
    assert_clean(page)


def test_filtered_and_empty_pages(browser, tmp_path):
    g = seed_graph()
    render_html(g, tmp_path / "p.html", person="于军")
    page = open_page(browser, tmp_path / "p.html")
    assert js(page, "[huiyi.nodes.length, huiyi.edges.length]") == [4, 5]
    assert_clean(page)
    render_html(g, tmp_path / "e.html", since="2030")
    page = open_page(browser, tmp_path / "e.html")
    assert js(page, "[huiyi.nodes.length, huiyi.edges.length]") == [0, 0]
    assert_clean(page)


# -- the corpus explorer (render_html without filters, `huiyi run`'s graph.html) -------------------------------

def test_explorer_first_view_search_expand(browser, tmp_path):
    g = big_graph(40)
    stats = render_html(g, tmp_path / "x.html", title="会议 <全集>")
    assert stats["layout"] == "explorer"
    page = open_page(browser, tmp_path / "x.html")
    first = js(page, "huiyi.view()")
    # the first view: an overview of at most a few hundred labelled nodes, and the meeting table
    assert first["mode"] == "overview" and 0 < first["nodes"] <= 500 and first["labelled"] == first["nodes"]
    assert js(page, "huiyi.network.body.nodeIndices.length") == first["nodes"]
    assert js(page, "document.querySelectorAll('#meetings tbody tr').length") == 56  # 2 meetings × 28 days
    top = js(page, "[...document.querySelectorAll('#meetings tbody tr')[0].cells].map(c => c.textContent)")
    assert top == ["2023-09-28", "区政府第12次常务会议", "曾劲27", ""]
    time.sleep(0.2)
    page.screenshot(ARTIFACTS / "explorer.png")
    # search a person from a report: its labelled neighbourhood is drawn, details show evidence and report
    hits = js(page, "huiyi.search('于军7')")
    assert hits[0] == {"name": "于军7", "type": "Person"}
    view = js(page, "huiyi.view()")
    # (the report that mentions him is not drawn: its sentence and link are in the details)
    assert view["mode"] == "neighbourhood" and view["labelled"] == view["nodes"] == 2
    assert set(view["names"]) == {"于军7", "区委常委会"}
    assert sorted(js(page, "huiyi.nodes.map(n => n.label)")) == ["于军7", "区委常委会\n2023-07-08"]
    details = js(page, "document.getElementById('details').textContent")
    assert "职务：区委书记" in details and "「区委书记于军7代表区委常委会作工作报告并讲话。」" in details
    assert "报道：区委常委会召开会议（2023-08-01）" in details
    time.sleep(0.2)
    page.screenshot(ARTIFACTS / "explorer-search.png")
    # a real click on the meeting expands it: its people join the view
    meeting = js(page, "huiyi.nodes.getIds().find(i => huiyi.data.t[i] === huiyi.data.T.indexOf('Meeting'))")
    x, y = node_xy(page, meeting)
    page.click(x, y)
    page.wait_for("huiyi.view().nodes > 3", timeout=5)
    assert {"曾劲7", "刘长利7", "刘勇"} <= set(js(page, "huiyi.view()")["names"])
    # the year range filters the table and the neighbourhood
    js(page, "huiyi.setYears(2024, 2024)")
    assert js(page, "document.querySelectorAll('#meetings tbody tr').length") == 0
    assert js(page, "document.getElementById('table-count').textContent").startswith("0 次会议")
    js(page, "huiyi.setYears(2023, 2023)")
    # the table follows the person selected (clicking his meeting kept it); its × shows every meeting again
    assert js(page, "document.getElementById('follow-name').textContent") == "人物：于军7"
    assert js(page, "document.querySelectorAll('#meetings tbody tr').length") == 1
    js(page, "document.getElementById('unfollow').click()")
    assert js(page, "document.querySelectorAll('#meetings tbody tr').length") == 56
    assert js(page, "document.getElementById('table-follow').hidden") is True
    assert js(page, "document.title") == "会议 <全集>"
    assert_clean(page)


def test_explorer_report_link_hook_and_markup(browser, tmp_path):
    g = build_graph(xss_records())
    render_html(g, tmp_path / "x.html", href=lambda rid: f"reports/{rid}.html")
    page = open_page(browser, tmp_path / "x.html")
    js(page, "huiyi.search('onerror')")
    assert js(page, "typeof window.__pwned") == "undefined"
    details = js(page, "document.getElementById('details').textContent")
    assert XSS_IMG in details and XSS_SCRIPT in details
    assert js(page, "document.querySelectorAll('#details img, #details script, #details svg').length") == 0
    links = js(page, "[...document.querySelectorAll('#details a')].map(a => a.getAttribute('href'))")
    assert links == ["reports/xss.html"] * 3  # the evidence of 张…'s three relations, all from report xss
    assert js(page, "document.querySelector('#results li button').textContent") == f"张{XSS_IMG}"
    time.sleep(0.3)
    assert js(page, "typeof window.__pwned") == "undefined"
    assert_clean(page)


def test_explorer_empty_graph(browser, tmp_path):
    import networkx as nx

    render_html(nx.MultiDiGraph(), tmp_path / "e.html")
    page = open_page(browser, tmp_path / "e.html")
    assert js(page, "huiyi.view()") == {"mode": "overview", "nodes": 0, "edges": 0, "labelled": 0, "names": []}
    assert js(page, "huiyi.search('于军')") == []
    assert js(page, "document.getElementById('search-result').textContent") == "没有匹配的节点"
    assert_clean(page)


# -- the explorer's panels: a person's timeline and co-attendees, a series' sittings; labels placed apart ------

def panel_rows(page, selector: str) -> list[list[str]]:
    return js(page, f"[...document.querySelectorAll({json.dumps(selector)} + ' tbody tr')]"
                    ".map(r => [...r.cells].map(c => c.textContent))")


def table_rows(page) -> list[list[str]]:
    return panel_rows(page, "#meetings")


def overlapping(page) -> list:
    """Pairs of drawn nodes whose boxes (node and label, as vis-network measures them) overlap."""
    return js(page, """(() => { const b = huiyi.boxes(), out = [];
        for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) {
          const p = b[i], q = b[j];
          if (p.left < q.right && p.right > q.left && p.top < q.bottom && p.bottom > q.top) out.push([p.id, q.id]);
        }
        return out; })()""")


def test_explorer_person_timeline_coattendees_and_table(browser, tmp_path):
    render_html(build_graph(explorer_records()), tmp_path / "x.html")
    page = open_page(browser, tmp_path / "x.html")
    assert js(page, "huiyi.search('李某')")[0] == {"name": "李某", "type": "Person"}
    # his timeline: titles with the first and last date seen, meetings per year and role, oldest first
    assert panel_rows(page, "#timeline table.titles") == [
        ["上海市委书记", "2016-05-03", "2016-09-01", "2"], ["中共中央政治局委员", "2016-05-03", "2016-05-03", "1"],
        ["国务院总理", "2023-03-17", "2023-09-30", "6"]]
    assert panel_rows(page, "#timeline table.years") == [
        ["1945", "1", "·", "·", "·", "1"], ["2016", "2", "·", "·", "·", "2"], ["2023", "5", "·", "·", "·", "5"]]
    assert js(page, "document.querySelector('#timeline table.years').previousSibling.textContent") == \
        "会议（按年，8 次，1945–2023）"
    # the people with a role at his meetings: most shared first, with the latest shared meeting
    assert panel_rows(page, "#coattendees table") == [["丁某", "4", "2023-06-02 国务院常务会议"],
                                                      ["王某", "3", "2023-05-12 国务院第三次常务会议"]]
    # the meeting table follows him, with his role
    assert js(page, "document.getElementById('follow-name').textContent") == "人物：李某"
    rows = table_rows(page)
    # newest first; 2023-?-27 (month unknown, never 2023-27) after the dated days of 2023
    assert [r[0] for r in rows] == ["2023-06-02", "2023-05-12", "2023-04-07", "2023-03-17", "2023-?-27", "2016-09-01",
                                    "2016-05-03", "1945-09-03"]
    assert {r[4] for r in rows} == {"主持"}
    time.sleep(0.3)
    page.screenshot(tmp_path / "person.png")
    # a real click on a co-attendee: his panel, and the table shows only his meetings
    js(page, "[...document.querySelectorAll('#coattendees button')].find(b => b.textContent === '王某').click()")
    assert js(page, "huiyi.network.getSelectedNodes().map(i => huiyi.data.n[i])") == ["王某"]
    assert js(page, "document.getElementById('follow-name').textContent") == "人物：王某"
    assert table_rows(page) == [["2023-05-12", "国务院第三次常务会议", "李某", "", "出席"],
                                ["2023-04-07", SERIES, "李某", "", "出席"], ["2023-?-27", "座谈会", "李某", "", "出席"]]
    assert panel_rows(page, "#coattendees table") == [["李某", "3", "2023-05-12 国务院第三次常务会议"],
                                                      ["丁某", "2", "2023-05-12 国务院第三次常务会议"]]
    assert panel_rows(page, "#timeline table.titles") == []  # no title in the reports
    time.sleep(0.3)
    page.screenshot(tmp_path / "coattendee.png")
    # the year range narrows the table and the counts; the overview button shows every meeting again
    js(page, "huiyi.setYears(2023, 2023)")
    assert len(table_rows(page)) == 3
    js(page, "huiyi.show(huiyi.data.n.indexOf('李某'))")
    assert panel_rows(page, "#timeline table.years") == [["2023", "5", "·", "·", "·", "5"]]
    assert js(page, "document.getElementById('table-count').textContent") == "5 次会议（2023），范围外另有 3 次"
    js(page, "document.getElementById('overview').click()")
    assert js(page, "document.getElementById('table-follow').hidden") is True
    assert len(table_rows(page)) == 5  # every meeting of 2023
    assert js(page, "[huiyi.dayText(20240027), huiyi.dayText(20240500), huiyi.dayText(-20240527)]") == [
        "2024-?-27", "2024-05", "2024-05-27"]
    assert_clean(page)


def test_explorer_series_panel_lists_sittings_in_order(browser, tmp_path):
    g = build_graph(explorer_records())
    render_html(g, tmp_path / "x.html")
    page = open_page(browser, tmp_path / "x.html")
    # the overview draws the Series node; a real click on it opens the series
    series = js(page, "huiyi.nodes.getIds().find(i => huiyi.nodes.get(i).ntype === 'Series')")
    assert js(page, f"huiyi.data.n[{series}]") == SERIES
    x, y = node_xy(page, series)
    page.click(x, y)
    page.wait_for("document.getElementById('sittings')", timeout=5)
    assert js(page, "document.querySelector('#details strong').textContent") == f"系列会议 · {SERIES}"
    assert panel_rows(page, "#sittings table") == [["2023-03-17", "第1次", "李某"], ["2023-04-07", "第2次", "李某"],
                                                   ["2023-05-12", "第3次", "李某"], ["2023-06-02", "—", "李某"]]
    # the table follows the series; its sittings are its neighbourhood
    assert js(page, "document.getElementById('follow-name').textContent") == f"系列会议：{SERIES}"
    assert [r[0] for r in table_rows(page)] == ["2023-06-02", "2023-05-12", "2023-04-07", "2023-03-17"]
    assert sorted(js(page, "huiyi.view()")["names"]) == sorted([SERIES, SERIES, SERIES, "国务院第三次常务会议", SERIES])
    time.sleep(0.3)
    page.screenshot(tmp_path / "series.png")
    # search finds the series before its sittings of the same name; a sitting names its series and number
    assert js(page, f"huiyi.search({json.dumps(SERIES)})")[0] == {"name": SERIES, "type": "Series"}
    js(page, "huiyi.show(huiyi.data.n.indexOf('国务院第三次常务会议'))")
    assert "系列：国务院常务会议 第3次" in js(page, "document.getElementById('details').textContent")
    assert_clean(page)


def test_explorer_labels_never_overlap(browser, tmp_path):
    g = big_graph(40)
    render_html(g, tmp_path / "x.html")
    page = open_page(browser, tmp_path / "x.html")
    assert overlapping(page) == []  # the overview
    js(page, "huiyi.search('刘勇')")  # at all 28 meetings of the 区委常委会, in 40 reports
    view = js(page, "huiyi.view()")
    assert view["nodes"] == view["labelled"] == 29 and "区委常委会召开会议" not in view["names"]  # no reports
    assert overlapping(page) == []
    assert js(page, "huiyi.network.getScale()") > 0.6  # readable: the ring is not pushed out of the pane
    time.sleep(0.3)
    page.screenshot(tmp_path / "neighbourhood.png")
    # expanding a meeting (a real click) adds its people around it, still apart from every other label
    meeting = js(page, "huiyi.nodes.getIds().find(i => huiyi.data.t[i] === huiyi.data.T.indexOf('Meeting'))")
    x, y = node_xy(page, meeting)
    page.click(x, y)
    page.wait_for("huiyi.view().nodes > 29", timeout=5)
    view = js(page, "huiyi.view()")
    assert view["nodes"] == view["labelled"] and not {n for n in view["names"] if n.startswith("区委常委会召开")}
    assert overlapping(page) == []
    time.sleep(0.3)
    page.screenshot(tmp_path / "expansion.png")
    assert_clean(page)


def test_explorer_year_range_opens_on_most_meetings(browser, tmp_path):
    render_html(build_graph(stray_year_records()), tmp_path / "x.html")
    page = open_page(browser, tmp_path / "x.html")
    assert js(page, "huiyi.range()") == [2020, 2023]
    assert js(page, "[document.getElementById('year-from').value, document.getElementById('year-to').value]") == [
        "2020", "2023"]
    options = js(page, "[...document.getElementById('year-from').options].map(o => o.value)")
    assert options == ["1945", "2020", "2021", "2022", "2023"]  # the stray year stays selectable
    assert js(page, "document.getElementById('table-count').textContent") == "60 次会议（2020–2023），范围外另有 1 次"
    js(page, "huiyi.setYears(1945, 2023)")
    assert js(page, "document.getElementById('table-count').textContent") == "61 次会议（1945–2023）"
    # the page writes dates as explorer.day_text does: 2024-?-27 for a month unknown, never 2024-27
    days = [20240527, 20240500, 20240027, 20240000, -20240527, 0]
    assert js(page, f"{json.dumps(days)}.map(huiyi.dayText)") == [day_text(d) for d in days]
    assert_clean(page)
