"""Render the knowledge graph as one self-contained interactive HTML page, split by job:

- `select`: which part of the graph a focused page draws (`subgraph`: a person's or meeting's neighbourhood,
  meetings in a date range);
- `layout`: deterministic positions computed here (no physics needed in the browser for large views);
- `tooltips`: plain-text node and relation details;
- `assemble`: vis-network inlined from the installed pyvis, data as inert JSON, a CSP allowing only the
  page's own scripts (by hash), so the page opens from file:// and fetches nothing;
- `drawn`: a page that draws a whole (sub)graph through pyvis (focused views);
- `explorer`: the corpus page (meeting table that follows the person or series selected, overview of people
  and meeting series, search → neighbourhood with labels placed apart, expand on click, a person's timeline
  and co-attendees, a series' sittings) that stays usable at 20,000 reports.

`render_html(g, path)` writes the explorer page; with `person`, `meeting`, `since` or `until` (or
`view="graph"`) it draws the selected subgraph. Every report-derived string reaches a page as JSON data and
is shown as text (`textContent`), never parsed as HTML. `window.huiyi` exposes the page state to tests;
`huiyi.ready` turns true once the page is drawn and interactive.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import networkx as nx
from huiyi.graph.render.assemble import json_for_script
from huiyi.graph.render.drawn import render_drawn
from huiyi.graph.render.explorer import render_graph_explorer, render_store, report_href
from huiyi.graph.render.layout import layout_positions
from huiyi.graph.render.select import meeting_span, subgraph
from huiyi.graph.render.style import EDGE_STYLE, NODE_STYLE, PHYSICS_MAX_NODES
from huiyi.graph.render.tooltips import date_text, edge_tooltip, node_tooltip, titles_held

__all__ = ["EDGE_STYLE", "NODE_STYLE", "PHYSICS_MAX_NODES", "date_text", "edge_tooltip", "json_for_script",
           "layout_positions", "meeting_span", "node_tooltip", "render_html", "render_store", "report_href",
           "subgraph", "titles_held"]


def render_html(
    g: nx.MultiDiGraph,
    path: str | os.PathLike,
    *,
    title: str | None = None,
    view: str = "auto",
    href: Callable[[str], str | None] = report_href,
    **focus,
) -> dict:
    """Write a page of `g` to `path` and return its stats. `focus`: person, meeting, hops, since, until, as
    `render_drawn` (and `subgraph`) take them.

    view "auto": the explorer page when no filter is given, else the drawn focused page (`subgraph(g, …)`);
    "graph": always the drawn page; "explorer": always the explorer. Raises ValueError as `subgraph` does."""
    if view not in ("auto", "graph", "explorer"):
        raise ValueError(f"view must be auto, graph or explorer, not {view!r}")
    filtered = any(focus.get(k) is not None for k in ("person", "meeting", "since", "until"))
    if view == "explorer" or (view == "auto" and not filtered):
        return render_graph_explorer(g, path, title=title, href=href)
    return render_drawn(g, path, title=title, **focus)
