"""The corpus page (graph.html of `huiyi run`, `huiyi render` without filters): useful at 20,000 reports.

First view: a meeting table (date, meeting, presider, reporters; year range, text filter, pages of rows;
it follows the person or series selected) and an overview graph of the most active people and bodies and
the meeting series (Series nodes, IN_SERIES edges) they take part in
(at most OVERVIEW_ACTORS + OVERVIEW_SERIES labelled nodes, drawn with pyvis, positions computed here). The
page's own script (graph/templates/explorer.js) does the rest from compact column data: search any
person, meeting, series, organisation, slogan or document and see its labelled neighbourhood (reports left
out, labels placed where they overlap nothing), expand a node on click, details with evidence sentences and
their report; a person's panel has his timeline and the people he sat with, a series' panel its sittings.
Only the current view is handed to vis-network.

Titles are not nodes here: a person's titles are a property shown with the person (HOLDS edges become
`x`), so a title never pulls all its holders together. Priority items are left out (their lists stay).

The data (one JSON object, `page_data`): `T`/`E` type names; per node (sorted by id) `t` type, `n` name,
`d` date as yyyymmdd (0 parts unknown), `x` extra text (titles, report title, full name, heading, a series'
scope); `e` flat edges [source, target, type, report node, sentence] (-1: none); `s` evidence sentences,
deduplicated within a report; `h` report node → link (from the `report_href` hook); `tt` title names and `ht`
flat [person, title, first seen, last seen, reports] (publication dates of the reports giving the title, per
person oldest first); `q` series → flat [meeting, sitting number (0: unknown)] in date order; `yr` the year
range the page opens with (`year_span`: where most meetings are). What a person's panel shows besides his
titles (meetings per year and role, the people he sat with) the page's script counts from the role edges,
as `huiyi query person --timeline` and `coattend` do. It travels gzipped in base64 (about
a third of the JSON) and is inflated in the browser with DecompressionStream; the overview (pyvis nodes and
edges, `ov`) is plain JSON beside it. It is built from rows (nodes with their page fields, edges by node
position, titles held) that come from a networkx graph (`graph_rows`) or from the graph store's facts
(`store_rows`: its merged nodes and each report's edges; the store keeps no page columns, so the page can change
without it) in the same order, so `huiyi run`'s incremental page is byte-identical to a page rendered from a
full rebuild.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from operator import itemgetter
from pathlib import Path

import networkx as nx
from huiyi.graph.render.assemble import json_for_script, legend_line, legend_svg, render_page
from huiyi.graph.render.layout import layout_positions
from huiyi.graph.render.style import EDGE_STYLE, NODE_STYLE, TEMPLATE_DIR
from huiyi.graph.render.tooltips import _clip
from huiyi.graph.schema import ROLE_TYPES
from huiyi.graph.store import atomic_write_text

EXPLORER_LABELS = ("Meeting", "Person", "Organization", "Slogan", "Document", "Report", "PriorityList", "Series")
EXPLORER_EDGES = (*ROLE_TYPES, "DESCRIBES", "MENTIONS", "ADOPTED",
                  "SET_PRIORITY", "IN_SERIES")
LEGEND_EDGES = (*ROLE_TYPES, "ADOPTED", "SET_PRIORITY", "IN_SERIES", "MENTIONS")  # the colours of the lines drawn
OVERVIEW_ACTORS = 60  # most active people and bodies in the overview
OVERVIEW_SERIES = 24  # most frequent meeting series
OVERVIEW_EDGES = 400
OVERVIEW_BOX = (1500.0, 640.0)  # pixels the overview is laid out in (about the graph pane at zoom 1)
TITLES_MAX = 6  # titles shown with a person
SENTENCE_CLIP = 120  # characters of an evidence sentence kept in the page (a mention keeps only its report)
YEAR_SPAN = (0.02, 0.98)  # the year range first shown: these quantiles of the meeting years (a stray date stays out)

NodeRow = tuple[str, str, str, int, str]  # id, label, name, date, extra (node_fields)
EdgeRow = tuple[int, int, str, int, str | None]  # source, target (node positions), type, report node, sentence
HoldRow = tuple[int, str | None, int]  # person, title held, the report saying so (node positions; -1: none)
SittingRow = tuple[int, int, int | None]  # meeting, series (node positions), sitting number (IN_SERIES edges)
Rows = tuple[Iterable[NodeRow], Iterable[EdgeRow], Iterable[HoldRow], Iterable[SittingRow]]


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
    """A node's name, date (yyyymmdd, 0 parts unknown) and extra text on the page."""
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
             "Meeting": " · ".join(x for x in (attrs.get("venue") and f"地点：{attrs['venue']}",
                                               attrs.get("date_text") if not attrs.get("year") else None) if x)
             or None}.get(label)
    return name, date, _clip(extra, 80) if extra else ""


def edge_info(attrs: dict) -> str | None:
    """The one edge property the page shows besides evidence: a title held, or what was reported."""
    return attrs.get("title") or attrs.get("what")


def _rows(nodes: Iterable[tuple[str, dict]], edges: Iterable[tuple[str, str, str, dict, str | None]]) -> Rows:
    """The page's rows from nodes (id, attributes) in id order and edges (source, target, key, attributes, the
    target's label) in any order: they are put in (source, target, key) order here. The evidence sentence of a
    mention of anything but a slogan is left out (the page shows only the report of those)."""
    node_rows = [(n, d["label"], *node_fields(n, d)) for n, d in nodes if d["label"] in EXPLORER_LABELS]
    index = {row[0]: i for i, row in enumerate(node_rows)}
    position = index.get
    drawn_types = frozenset(EXPLORER_EDGES)
    drawn, held = [], []
    for u, v, k, d, target_label in edges:
        a = position(u)
        if a is None:
            continue
        typ = d["type"]
        if typ == "HOLDS":
            held.append((a, v, k, edge_info(d), d.get("report")))
        elif typ in drawn_types:
            b = position(v)
            if b is None:
                continue
            sentence = ((d.get("evidence") or {}).get("sentence") if typ != "MENTIONS" or target_label == "Slogan"
                        else None)
            drawn.append((a, b, k, typ, d.get("report"), sentence, d.get("sitting")))
    # positions follow the ids, so (source position, target position, key) is the (source, target, key) order
    drawn.sort(key=itemgetter(0, 1, 2))
    held.sort(key=itemgetter(0, 1, 2))
    report_at: dict = {}

    def at(report) -> int:
        if report not in report_at:
            report_at[report] = position(f"report:{report}", -1) if report else -1
        return report_at[report]

    edge_rows = [(a, b, typ, at(report), sentence) for a, b, _, typ, report, sentence, _ in drawn]
    sittings = [(a, b, sitting) for a, b, _, typ, _, _, sitting in drawn if typ == "IN_SERIES"]
    holds = [(a, info, at(report)) for a, _, _, info, report in held]
    return node_rows, edge_rows, holds, sittings


def graph_rows(g: nx.MultiDiGraph) -> Rows:
    """The page's rows from a networkx graph, in the store's order (nodes by id, edges by source, target, key)."""
    return _rows(((n, g.nodes[n]) for n in sorted(g.nodes)),
                 ((u, v, k, d, g.nodes[v].get("label")) for u, v, k, d in g.edges(keys=True, data=True)))


def store_rows(store) -> Rows:
    """The page's rows from a graph.incremental.GraphStore's facts: its merged nodes of the page's labels, and
    the edges of each report (put in order in memory, as the page's data is)."""

    def edges():
        for _, g in store.report_graphs():
            nodes, labels = g.nodes, g.labels
            for ui, vi, k, _, d in g.edges:
                yield nodes[ui], nodes[vi], k, d, labels[vi]

    return _rows(store.nodes(labels=EXPLORER_LABELS), edges())


# -- the data --------------------------------------------------------------------------------------------------

def year_span(years: list[int], quantiles: tuple[float, float] = YEAR_SPAN) -> tuple[int, int]:
    """The years where most meetings are: the `quantiles` of `years` (nearest rank), so that one stray date
    (a 1945 anniversary, a misread year) does not stretch the range the page opens with; (0, 0) for none."""
    if not years:
        return 0, 0
    ys = sorted(years)
    n = len(ys) - 1
    return ys[math.floor(quantiles[0] * n)], ys[math.ceil(quantiles[1] * n)]


def day_text(d: int) -> str:
    """A page date (yyyymmdd, 0 parts unknown) as text: 2024-05-27, 2024-05, 2024-?-27, 2024; '' for 0. The
    page's script (fmtDate) writes the same."""
    d = abs(d)
    if not d:
        return ""
    y, m, day = d // 10000, d // 100 % 100, d % 100
    return f"{y}" + (f"-{m:02d}" if m else "-?" if day else "") + (f"-{day:02d}" if day else "")


def page_data(nodes: Iterable[NodeRow], edges: Iterable[EdgeRow], holds: Iterable[HoldRow],
              sittings: Iterable[SittingRow] = (), href: Callable[[str], str | None] = report_href) -> dict:
    """The explorer's data from rows (see the module docstring): nodes (id, label, name, date, extra) in id
    order, edges (source, target, type, report node, sentence) by node position, held titles (person, title,
    report), sittings (meeting, series, sitting number)."""
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
        elif label == "Series" and not extra and "@" in n:
            extra = n.rsplit("@", 1)[1]  # its scope (中国, a region)
        t_col.append(tcode[label])
        n_col.append(name)
        d_col.append(date)
        x_col.append(extra)
    titles: dict[int, list[str]] = defaultdict(list)
    seen: dict[tuple[int, str], list] = {}  # (person, title) → [first, last, reports]
    for i, title, r in holds:
        if not title:
            continue
        if title not in titles[i]:
            titles[i].append(title)
        span = seen.setdefault((i, title), [0, 0, set()])
        day = d_col[r] if r >= 0 else 0
        if day > 0:
            span[0] = min(span[0], day) if span[0] else day
            span[1] = max(span[1], day)
        span[2].add(r)
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
    # a person's titles: first and last publication date seen, in how many reports (the timeline's rows)
    title_names: dict[str, int] = {}
    ht: list = []
    for (i, title), (first, last, reports) in sorted(seen.items(), key=lambda x: (x[0][0], x[1][0] or 99999999,
                                                                               x[0][1])):
        ht += (i, title_names.setdefault(title, len(title_names)), first, last, len(reports))
    # a series' sittings in date order (then sitting number, name), each meeting once with its first known number
    number: dict[tuple[int, int], int | None] = {}
    for m, s, sitting in sittings:
        if number.get((m, s)) is None:
            number[m, s] = sitting if isinstance(sitting, int) and sitting > 0 else None
    by_series: dict[int, list[tuple]] = defaultdict(list)
    for (m, s), sitting in number.items():
        by_series[s].append((abs(d_col[m]) or 99999999, sitting or 0, n_col[m], m))
    q = {str(s): [v for *_, m in sorted(rows) for v in (m, number[m, s] or 0)] for s, rows in by_series.items()}
    meeting = tcode["Meeting"]
    years = [abs(d) // 10000 for t, d in zip(t_col, d_col, strict=True) if t == meeting and d]
    if not years:
        years = [d // 10000 for t, d in zip(t_col, d_col, strict=True) if t == tcode["Report"] and d > 0]
    data = {"T": types, "E": etypes, "t": t_col, "n": n_col, "d": d_col, "x": x_col, "e": e_col, "s": sentences,
            "h": hrefs, "tt": list(title_names), "ht": ht, "q": q, "yr": list(year_span(years)),
            "style": {"nodes": {t: list(NODE_STYLE[t]) for t in types},
                      "edges": {t: list(EDGE_STYLE[t]) for t in etypes}}}
    data["ov"] = overview(data)
    return data


def overview(data: dict) -> dict:
    """The first view's graph: top actors (people, bodies) by meetings they had a role in, the top meeting
    series (Series nodes with two sittings or more, by sittings), an edge actor → series weighted by the sittings where the actor had a
    role. Drawn with pyvis, positions precomputed (the page moves a label only where it would overlap another)."""
    from pyvis.network import Network

    types, t, names, e = data["T"], data["t"], data["n"], data["e"]
    meeting = types.index("Meeting")
    roles = {data["E"].index(r) for r in ROLE_TYPES}
    actor_meetings: dict[int, set[int]] = defaultdict(set)
    for k in range(0, len(e), 5):
        if e[k + 2] in roles and t[e[k + 1]] == meeting:
            actor_meetings[e[k]].add(e[k + 1])
    series_of: dict[int, int] = {}  # meeting → its series (of two, the first by node position)
    sittings = {int(s): v[0::2] for s, v in data["q"].items()}
    for s in sorted(sittings):
        for m in sittings[s]:
            series_of.setdefault(m, s)
    series_count = Counter(series_of.values())
    # a series met once (often a misreading) says nothing about who takes part in what: it stays out
    top_series = sorted((s for s in series_count if series_count[s] > 1),
                        key=lambda s: (-series_count[s], names[s], s))[:OVERVIEW_SERIES]
    actors = sorted(actor_meetings, key=lambda a: (-len(actor_meetings[a]), names[a], a))[:OVERVIEW_ACTORS]
    weight: Counter = Counter()
    chosen = set(top_series)
    for a in actors:
        for m in actor_meetings[a]:
            if series_of.get(m) in chosen:
                weight[a, series_of[m]] += 1
    links = sorted(weight.items(), key=lambda x: (-x[1], x[0][0], x[0][1]))[:OVERVIEW_EDGES]
    g = nx.MultiDiGraph()
    g.add_nodes_from(actors)
    g.add_nodes_from(top_series)
    for (a, s), _ in links:
        g.add_edge(a, s)
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
    color, shape, _, _ = NODE_STYLE["Series"]
    for s in top_series:
        x, y = pos[str(s)]
        net.add_node(s, label=f"{_clip(names[s], 12)}\n{series_count[s]} 次", shape=shape, x=x, y=y, color=color,
                     size=10 + min(10, series_count[s] ** 0.5), ntype="Series")
    for i, ((a, s), w) in enumerate(links):
        net.add_edge(a, s, id=f"o{i}", value=w, title=f"{names[a]} · {names[s]}：{w} 次",
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


def render_explorer(rows: Rows, path: str | os.PathLike, *, title: str | None = None,
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
        edge_legend=[{"cn": EDGE_STYLE[typ][1], "svg": legend_line(EDGE_STYLE[typ][0], EDGE_STYLE[typ][2])}
                     for typ in LEGEND_EDGES],
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

