"""A drawn page: every node and relation of a (sub)graph handed to vis-network through pyvis.

Used for focused views (`huiyi render --person/--meeting/--since/--until`), where the subgraph is small."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter

import networkx as nx
from huiyi.graph.render.assemble import json_for_script, legend_svg, render_page
from huiyi.graph.render.layout import layout_positions
from huiyi.graph.render.select import MAX_NODES, subgraph
from huiyi.graph.render.style import (
    DEFAULT_EDGE_STYLE,
    DEFAULT_NODE_STYLE,
    EDGE_STYLE,
    LABEL_MAX,
    NODE_STYLE,
    PHYSICS_MAX_NODES,
    TEMPLATE,
)
from huiyi.graph.render.tooltips import _clip, _name, date_text, edge_tooltip, node_tooltip
from huiyi.graph.schema import EDGE_TYPES, NODE_TYPES
from huiyi.graph.store import atomic_write_text


def _label(g: nx.MultiDiGraph, n: str) -> str:
    data = g.nodes[n]
    label = _clip(_name(g, n), LABEL_MAX)
    if data.get("label") == "Meeting":
        when = date_text(data)
        if when:
            label += "\n" + when
    return label


def _vis_options(precomputed: bool, n_nodes: int) -> dict:
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": {
            "enabled": not precomputed,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -4000, "springLength": 110, "springConstant": 0.03,
                          "damping": 0.35, "avoidOverlap": 0.1},
            "stabilization": {"enabled": not precomputed, "iterations": 200, "updateInterval": 20, "fit": True},
        },
        "interaction": {
            "hover": n_nodes <= 1000,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": precomputed,
            "hideEdgesOnZoom": precomputed,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {"font": {"size": 13, "face": "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, sans-serif",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"font": {"size": 10, "align": "horizontal", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "smooth": False, "width": 1.2, "selectionWidth": 2,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
    }




def _describe_filters(person, meeting, hops, since, until) -> str:
    parts = []
    if person:
        parts.append(f"人物 {person}（{hops} 跳）")
    if meeting:
        parts.append(f"会议 {meeting}（{hops} 跳）")
    if since or until:
        parts.append(f"日期 {since or '…'} 至 {until or '…'}")
    return "；".join(parts)


def render_drawn(
    g: nx.MultiDiGraph,
    path: str | os.PathLike,
    *,
    person: str | None = None,
    meeting: str | None = None,
    hops: int = 1,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    title: str | None = None,
    max_nodes: int | None = MAX_NODES,
) -> dict:
    """Write an interactive, self-contained HTML view of `g` (or of `subgraph(g, …)`) to `path`.

    Returns stats: path, nodes, edges, total_nodes, total_edges (of `g`),
    node_types and edge_types (counts drawn), layout ('physics' or
    'precomputed') and bytes. Raises ValueError as `subgraph` does.
    """
    from pyvis.network import Network

    filtered = any(x is not None for x in (person, meeting, since, until))
    sub = subgraph(g, person=person, meeting=meeting, hops=hops, since=since, until=until,
                   max_nodes=max_nodes) if filtered else g
    n_nodes = sub.number_of_nodes()
    precomputed = n_nodes > PHYSICS_MAX_NODES
    pos = layout_positions(sub)

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    node_types: Counter = Counter()
    for n in sorted(sub.nodes):
        data = sub.nodes[n]
        typ = data.get("label", "?")
        node_types[typ] += 1
        color, shape, size, _ = NODE_STYLE.get(typ, DEFAULT_NODE_STYLE)
        if typ == "Person":
            size += min(10, 2 * sum(1 for _, m in g.out_edges(n) if g.nodes[m].get("label") == "Meeting"))
        x, y = pos[n]
        net.add_node(
            n, label=_label(sub, n), shape=shape, size=size, x=x, y=y,
            color={"background": color, "border": "#37474f",
                   "highlight": {"background": color, "border": "#000000"},
                   "hover": {"background": color, "border": "#000000"}},
            title=node_tooltip(g, n), ntype=typ, name=_name(sub, n),
        )
    edge_types: Counter = Counter()
    parallel: Counter = Counter()
    for i, (u, v, _k, e) in enumerate(sorted(sub.edges(keys=True, data=True), key=lambda x: (x[0], x[1], x[2]))):
        typ = e.get("type", "?")
        edge_types[typ] += 1
        color, cn, dashed = EDGE_STYLE.get(typ, DEFAULT_EDGE_STYLE)
        pair = (min(u, v), max(u, v))
        k = parallel[pair]
        parallel[pair] += 1
        smooth = {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW", "roundness": 0.15 * ((k + 1) // 2)
                  } if k else False
        net.add_edge(u, v, id=f"e{i}", label=cn, etype=typ, color={"color": color, "highlight": color,
                     "hover": color, "opacity": 0.9}, dashes=dashed, smooth=smooth, title=edge_tooltip(g, u, v, e))

    people = sorted(((_name(sub, n), n) for n, d in sub.nodes(data=True) if d.get("label") == "Person"))
    meetings = [(f"{_name(sub, n)}（{date_text(d)}）" if date_text(d) else _name(sub, n), n) for n, d in sorted(
        ((n, d) for n, d in sub.nodes(data=True) if d.get("label") == "Meeting"),
        key=lambda x: (x[1].get("year") or 0, x[1].get("month") or 0, x[1].get("day") or 0, x[0]))]
    nt_order = [t for t in NODE_TYPES if t in node_types] + sorted(set(node_types) - set(NODE_TYPES))
    et_order = [t for t in EDGE_TYPES if t in edge_types] + sorted(set(edge_types) - set(EDGE_TYPES))
    payload = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": _vis_options(precomputed, n_nodes),
        "precomputed": precomputed,
        "people": [[name, n] for name, n in people],
        "meetings": [[name, n] for name, n in meetings],
        "edgeColors": {t: EDGE_STYLE.get(t, DEFAULT_EDGE_STYLE)[0] for t in et_order},
    }
    filters = _describe_filters(person, meeting, hops, since, until)
    page_title = title or ("会议知识图谱" + (f" — {filters}" if filters else ""))
    html = render_page(
        TEMPLATE, "graph.js",
        title=page_title,
        filters=filters,
        data_json=json_for_script(payload),
        node_legend=[{"type": t, "cn": NODE_STYLE.get(t, DEFAULT_NODE_STYLE)[3], "count": node_types[t],
                      "svg": legend_svg(NODE_STYLE.get(t, DEFAULT_NODE_STYLE)[1],
                                         NODE_STYLE.get(t, DEFAULT_NODE_STYLE)[0])} for t in nt_order],
        edge_legend=[{"type": t, "cn": EDGE_STYLE.get(t, DEFAULT_EDGE_STYLE)[1], "count": edge_types[t],
                      "color": EDGE_STYLE.get(t, DEFAULT_EDGE_STYLE)[0],
                      "dashed": EDGE_STYLE.get(t, DEFAULT_EDGE_STYLE)[2]} for t in et_order],
        n_nodes=n_nodes,
        n_edges=sub.number_of_edges(),
        total_nodes=g.number_of_nodes(),
        total_edges=g.number_of_edges(),
    )
    atomic_write_text(path, html)
    return {
        "path": str(path),
        "nodes": n_nodes,
        "edges": sub.number_of_edges(),
        "total_nodes": g.number_of_nodes(),
        "total_edges": g.number_of_edges(),
        "focus_nodes": sub.graph.get("total_nodes", n_nodes),  # the focus before the node budget
        "node_types": dict(node_types),
        "edge_types": dict(edge_types),
        "layout": "precomputed" if precomputed else "physics",
        "bytes": len(html.encode("utf-8")),
    }

