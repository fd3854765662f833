"""The corpus page (graph.html of `huiyi run`, `huiyi render` without filters): useful at 20,000 reports.

First view: a meeting table (date, meeting, presider, reporters; year range, text filter, pages of rows)
and an overview graph of the most active people and bodies and the meeting series they take part in
(at most OVERVIEW_ACTORS + OVERVIEW_SERIES labelled nodes, drawn with pyvis, positions computed here). The
page's own script (graph/templates/explorer.js) does the rest from compact column data: search any
person, meeting, organisation, slogan or document and see its labelled neighbourhood, expand a node on
click, details with evidence sentences and their report. Only the current view is handed to vis-network.

Titles are not nodes here: a person's titles are a property shown with the person (HOLDS edges become
`x`), so a title never pulls all its holders together. Priority items are left out (their lists stay).

The data (one JSON object, `page_data`): `T`/`E` type names; per node (sorted by id) `t` type, `n` name,
`d` date as yyyymmdd (0 parts unknown), `x` extra text (titles, report title, full name, heading); `e`
flat edges [source, target, type, report node, sentence] (-1: none); `s` evidence sentences, deduplicated
within a report; `h` report node → link (from the `report_href` hook). It travels gzipped in base64 (about
a third of the JSON) and is inflated in the browser with DecompressionStream; the overview (pyvis nodes and
edges, `ov`) is plain JSON beside it. It is built from rows (nodes with their page fields, edges by node
position, titles held) that come from a networkx graph (`graph_rows`) or from the graph store
(`store_rows`, where SQLite does the joins) in the same order, so `huiyi run`'s incremental page is
byte-identical to a page rendered from a full rebuild.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx
from huiyi.graph.build import ROLE_EDGES
from huiyi.graph.render.assemble import json_for_script, legend_svg, render_page
from huiyi.graph.render.layout import layout_positions
from huiyi.graph.render.style import EDGE_STYLE, NODE_STYLE, TEMPLATE_DIR
from huiyi.graph.render.tooltips import _clip
from huiyi.graph.store import atomic_write_text

EXPLORER_LABELS = ("Meeting", "Person", "Organization", "Slogan", "Document", "Report", "PriorityList")
EXPLORER_EDGES = ("PRESIDED", "REPORTED_AT", "SPOKE_AT", "ATTENDED", "DESCRIBES", "MENTIONS", "ADOPTED",
                  "SET_PRIORITY")
ROLE_TYPES = tuple(ROLE_EDGES.values())
OVERVIEW_ACTORS = 60  # most active people and bodies in the overview
OVERVIEW_SERIES = 24  # most frequent meeting series
OVERVIEW_EDGES = 400
OVERVIEW_BOX = (1500.0, 640.0)  # pixels the overview is laid out in (about the graph pane at zoom 1)
TITLES_MAX = 6  # titles shown with a person
SENTENCE_CLIP = 120  # characters of an evidence sentence kept in the page (a mention keeps only its report)

NodeRow = tuple[str, str, str, int, str]  # id, label, name, date, extra (node_fields)
EdgeRow = tuple[int, int, str, int, str | None]  # source, target (node positions), type, report node, sentence


def page_version() -> str:
    """A digest of the page code (this module and its template and script): a page written by other code is
    written again even when the graph did not change."""
    import hashlib

    h = hashlib.sha256()
    for path in (Path(__file__), Path(__file__).with_name("assemble.py"), TEMPLATE_DIR / "_head.html",
                 TEMPLATE_DIR / "explorer.html", TEMPLATE_DIR / "explorer.js"):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def report_href(report_id: str) -> str | None:
    """The link from a Report node's details to its evidence page (`reports/<file>` beside graph.html, where
    `huiyi run` and `huiyi show` write it). `render_explorer(..., href=...)` takes any such function."""
    from huiyi.graph.evidence_page import report_page_filename

    return f"reports/{report_page_filename(report_id)}"


# -- rows ------------------------------------------------------------------------------------------------------

def node_fields(n: str, attrs: dict) -> tuple[str, int, str]:
    """A node's name, date (yyyymmdd, 0 parts unknown) and extra text on the page; graph.incremental keeps them
    as columns so the page never parses a node again."""
    label = attrs.get("label")
    name = str(attrs.get("name") or n)
    if label == "Meeting":
        y = attrs.get("year") or 0
        date = y * 10000 + (attrs.get("month") or 0) * 100 + (attrs.get("day") or 0) if y else 0
    else:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(attrs.get("date") or ""))
        date = int(m[1]) * 10000 + int(m[2]) * 100 + int(m[3]) if m else 0
    extra = {"Report": attrs.get("title") if attrs.get("title") != attrs.get("name") else None,
             "Organization": attrs.get("full_name") if attrs.get("full_name") != attrs.get("name") else None,
             "PriorityList": attrs.get("heading"),
             "Meeting": attrs.get("date_text") if not attrs.get("year") else None}.get(label)
    return name, date, _clip(extra, 80) if extra else ""


def edge_info(attrs: dict) -> str | None:
    """The one edge property the page shows besides evidence: a title held, or what was reported."""
    return attrs.get("title") or attrs.get("what")


def graph_rows(g: nx.MultiDiGraph) -> tuple[list[NodeRow], list[EdgeRow], list[tuple[int, str]]]:
    """The page's rows from a networkx graph, in the store's order (nodes by id, edges by source, target, key)."""
    nodes = [(n, g.nodes[n]["label"], *node_fields(n, g.nodes[n])) for n in sorted(g.nodes)
             if g.nodes[n]["label"] in EXPLORER_LABELS]
    index = {row[0]: i for i, row in enumerate(nodes)}
    edges, holds = [], []
    for u, v, _, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if d["type"] == "HOLDS" and u in index:
            holds.append((index[u], edge_info(d)))
        elif d["type"] in EXPLORER_EDGES and u in index and v in index:
            report = d.get("report")
            edges.append((index[u], index[v], d["type"], index.get(f"report:{report}", -1) if report else -1,
                          (d.get("evidence") or {}).get("sentence")))
    return nodes, edges, holds


def store_rows(store) -> tuple[Iterable[NodeRow], Iterable[EdgeRow], Iterable[tuple[int, str]]]:
    """The page's rows from a graph.incremental.GraphStore: node positions and the joins are SQLite's work."""
    db = store.db
    labels = ",".join("?" * len(EXPLORER_LABELS))
    types = ",".join("?" * len(EXPLORER_EDGES))
    db.execute("CREATE TEMP TABLE IF NOT EXISTS page_index(id TEXT PRIMARY KEY, i INTEGER) WITHOUT ROWID")
    db.execute("DELETE FROM page_index")
    db.execute(f"INSERT INTO page_index SELECT id, row_number() OVER (ORDER BY id) - 1 FROM nodes "
               f"WHERE label IN ({labels})", EXPLORER_LABELS)
    nodes = db.execute(f"SELECT id, label, name, pdate, pextra FROM nodes WHERE label IN ({labels}) ORDER BY id",
                       EXPLORER_LABELS).fetchall()
    edges = db.execute(
        "SELECT a.i, b.i, e.type, coalesce(r.i, -1), e.sentence FROM edges e JOIN page_index a ON a.id = e.source "
        "JOIN page_index b ON b.id = e.target LEFT JOIN page_index r ON r.id = 'report:' || e.report "
        f"WHERE e.type IN ({types}) ORDER BY e.source, e.target, e.key", EXPLORER_EDGES).fetchall()
    holds = db.execute("SELECT a.i, e.info FROM edges e JOIN page_index a ON a.id = e.source WHERE e.type = 'HOLDS' "
                       "ORDER BY e.source, e.target, e.key").fetchall()
    return nodes, edges, holds


# -- the data --------------------------------------------------------------------------------------------------

_SERIES_NOISE = re.compile(r"第?[一二三四五六七八九十百零〇两\d]+[次届](?:[一二三四五六七八九十百零〇\d]+中)?|"
                           r"[一二三四五六七八九十]+中全会|\d{4}年|\(|\)|（|）")


def meeting_series(name: str) -> str:
    """A meeting's series: its name without ordinals and years (国务院第12次常务会议 → 国务院常务会议)."""
    return _SERIES_NOISE.sub("", name) or name


def page_data(nodes: Iterable[NodeRow], edges: Iterable[EdgeRow], holds: Iterable[tuple[int, str]],
              href: Callable[[str], str | None] = report_href) -> dict:
    """The explorer's data from rows (see the module docstring): nodes (id, label, name, date, extra) in id
    order, edges (source, target, type, report node, sentence) by node position, held titles (person, title)."""
    types = list(EXPLORER_LABELS)
    etypes = list(EXPLORER_EDGES)
    tcode = {t: i for i, t in enumerate(types)}
    ecode = {t: i for i, t in enumerate(etypes)}
    t_col: list[int] = []
    n_col: list[str] = []
    d_col: list[int] = []
    x_col: list[str] = []
    report_ids: dict[int, str] = {}
    for n, label, name, date, extra in nodes:
        if label == "Report":
            report_ids[len(t_col)] = n.split(":", 1)[1] if n.startswith("report:") else n
        t_col.append(tcode[label])
        n_col.append(name)
        d_col.append(date)
        x_col.append(extra)
    titles: dict[int, list[str]] = defaultdict(list)
    for i, title in holds:
        if title and title not in titles[i]:
            titles[i].append(title)
    e_col: list[int] = []
    sentences: list[str] = []
    sent_index: dict[tuple[int, str], int] = {}
    slogan, mentions = tcode["Slogan"], "MENTIONS"
    for a, b, typ, r, sentence in edges:
        s = -1
        if sentence and (typ != mentions or t_col[b] == slogan):
            key = (r, sentence)
            s = sent_index.get(key, -1)
            if s < 0:
                s = sent_index[key] = len(sentences)
                sentences.append(_clip(sentence, SENTENCE_CLIP))
        e_col += (a, b, ecode[typ], r, s)
    for i, held in titles.items():
        x_col[i] = "、".join(held[:TITLES_MAX]) + ("…" if len(held) > TITLES_MAX else "")
    # a meeting without a known year is dated by the reports describing it (as graph.render.select does)
    describes = ecode["DESCRIBES"]
    for k in range(0, len(e_col), 5):
        if e_col[k + 2] == describes and d_col[e_col[k + 1]] == 0 and d_col[e_col[k]]:
            d_col[e_col[k + 1]] = -d_col[e_col[k]]  # negative: a publication date, not the meeting's own
    hrefs = {}
    for i, rid in report_ids.items():
        link = href(rid)
        if link:
            hrefs[str(i)] = link
    data = {"T": types, "E": etypes, "t": t_col, "n": n_col, "d": d_col, "x": x_col, "e": e_col, "s": sentences,
            "h": hrefs, "style": {"nodes": {t: list(NODE_STYLE[t]) for t in types},
                                  "edges": {t: list(EDGE_STYLE[t]) for t in etypes}}}
    data["ov"] = overview(data)
    return data


def overview(data: dict) -> dict:
    """The first view's graph: top actors (people, bodies) by meetings they had a role in, the top meeting
    series, an edge actor → series weighted by those roles. Drawn with pyvis, positions precomputed."""
    from pyvis.network import Network

    types, t, names, e = data["T"], data["t"], data["n"], data["e"]
    meeting = types.index("Meeting")
    roles = {data["E"].index(r) for r in ROLE_TYPES}
    actor_meetings: dict[int, set[int]] = defaultdict(set)
    for k in range(0, len(e), 5):
        if e[k + 2] in roles and t[e[k + 1]] == meeting:
            actor_meetings[e[k]].add(e[k + 1])
    series_of = {m: meeting_series(names[m]) for ms in actor_meetings.values() for m in ms}
    series_count = Counter(meeting_series(names[i]) for i in range(len(t)) if t[i] == meeting)
    top_series = [s for s, _ in sorted(series_count.items(), key=lambda x: (-x[1], x[0]))[:OVERVIEW_SERIES]]
    actors = sorted(actor_meetings, key=lambda a: (-len(actor_meetings[a]), names[a], a))[:OVERVIEW_ACTORS]
    weight: Counter = Counter()
    chosen = set(top_series)
    for a in actors:
        for m in actor_meetings[a]:
            if series_of[m] in chosen:
                weight[a, series_of[m]] += 1
    links = sorted(weight.items(), key=lambda x: (-x[1], x[0][0], x[0][1]))[:OVERVIEW_EDGES]
    g = nx.MultiDiGraph()
    sid = {s: f"s{i}" for i, s in enumerate(top_series)}
    for a in actors:
        g.add_node(a)
    for s in top_series:
        g.add_node(sid[s])
    for (a, s), _ in links:
        g.add_edge(a, sid[s])
    pos = layout_positions(nx.relabel_nodes(g, str)) if len(g) else {}
    if pos:  # spread evenly over the pane's shape (ranks of x and of y), so that labels rarely overlap
        keys = sorted(pos)
        rank_x = {k: i for i, k in enumerate(sorted(keys, key=lambda k: (pos[k][0], k)))}
        rank_y = {k: i for i, k in enumerate(sorted(keys, key=lambda k: (pos[k][1], k)))}
        n = max(1, len(keys) - 1)
        pos = {k: (round(OVERVIEW_BOX[0] * rank_x[k] / n, 1), round(OVERVIEW_BOX[1] * rank_y[k] / n, 1)) for k in keys}
    net = Network(directed=True, cdn_resources="in_line")
    for a in actors:
        typ = types[t[a]]
        color, shape, _, _ = NODE_STYLE[typ]
        x, y = pos[str(a)]
        net.add_node(a, label=_clip(names[a], 12), shape=shape, x=x, y=y, color=color,
                     size=8 + min(10, len(actor_meetings[a]) ** 0.5), ntype=typ)
    color, shape, _, _ = NODE_STYLE["Meeting"]
    for s in top_series:
        x, y = pos[sid[s]]
        net.add_node(sid[s], label=f"{_clip(s, 12)}\n{series_count[s]} 次", shape=shape, x=x, y=y, color=color,
                     size=10 + min(10, series_count[s] ** 0.5), ntype="Series", series=s)
    for i, ((a, s), w) in enumerate(links):
        net.add_edge(a, sid[s], id=f"o{i}", value=w, title=f"{names[a]} · {s}：{w} 次",
                     color={"color": "#b0bec5", "opacity": 0.8})
    return {"nodes": net.nodes, "edges": net.edges}


# -- the page --------------------------------------------------------------------------------------------------

def encode_data(data: dict) -> str:
    """The data as base64 of gzipped JSON (mtime 0: deterministic): a third of the size or less, and no
    character that could end the script element. The page inflates it with DecompressionStream (no fetch)."""
    import base64
    import gzip
    import json

    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=1, mtime=0)).decode("ascii")


def decode_data(html: str) -> dict:
    """The data of an explorer page, overview included (tests, tools)."""
    import base64
    import gzip
    import json

    m = re.search(r'<script type="application/octet-stream" id="huiyi-data"[^>]*>([A-Za-z0-9+/=]*)</script>', html)
    o = re.search(r'<script type="application/json" id="huiyi-overview">(.*?)</script>', html, re.S)
    if not (m and o):
        raise ValueError("not a huiyi explorer page")
    return {**json.loads(gzip.decompress(base64.b64decode(m[1]))), "ov": json.loads(o[1])}


def render_explorer(rows: tuple, path: str | os.PathLike, *, title: str | None = None,
                    href: Callable[[str], str | None] = report_href) -> dict:
    """Write the explorer page for these rows; returns stats (path, bytes, nodes, edges, overview nodes)."""
    data = page_data(*rows, href=href)
    counts = Counter(data["t"])
    html = render_page(
        "explorer.html", "explorer.js",
        title=title or "会议知识图谱",
        data_b64=encode_data({k: v for k, v in data.items() if k != "ov"}),
        overview_json=json_for_script(data["ov"]),
        legend=[{"type": typ, "cn": NODE_STYLE[typ][3], "count": counts[i],
                 "svg": legend_svg(NODE_STYLE[typ][1], NODE_STYLE[typ][0])}
                for i, typ in enumerate(data["T"]) if counts[i]],
        n_nodes=len(data["t"]),
        n_edges=len(data["e"]) // 5,
        n_meetings=counts[data["T"].index("Meeting")],
        n_reports=counts[data["T"].index("Report")],
    )
    atomic_write_text(path, html)
    return {"path": str(path), "bytes": len(html.encode("utf-8")), "nodes": len(data["t"]),
            "edges": len(data["e"]) // 5, "overview_nodes": len(data["ov"]["nodes"]), "layout": "explorer"}


def render_graph_explorer(g: nx.MultiDiGraph, path: str | os.PathLike, *, title: str | None = None,
                          href: Callable[[str], str | None] = report_href) -> dict:
    return render_explorer(graph_rows(g), path, title=title, href=href)


def render_store(store, path: str | os.PathLike, *, title: str | None = None,
                 href: Callable[[str], str | None] = report_href) -> dict:
    """The explorer page of a graph.incremental.GraphStore (what `huiyi run` writes as graph.html)."""
    return render_explorer(store_rows(store), path, title=title, href=href)

