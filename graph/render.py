"""Render the knowledge graph as one self-contained interactive HTML page.

`render_html()` builds the vis-network nodes and edges with pyvis, then fills
huiyi's own Jinja template (`graph/templates/graph.html`) instead of pyvis's,
whose pages load bootstrap and vis-network from CDNs. vis-network's standalone
UMD build and its CSS are read from the installed pyvis package and inlined, so
the page is one UTF-8 file that opens from file:// with no network request.
A Content-Security-Policy in the page allows only its own scripts (by hash),
which also stops any markup that slipped into the data from running.

Every report-derived string reaches the page as JSON data and is shown as text
(tooltips are DOM elements filled with `textContent`), never parsed as HTML.

`subgraph()` selects what to draw: a person's or a meeting's neighbourhood,
and/or the meetings within a date range.

Graphs with more than PHYSICS_MAX_NODES nodes get positions computed here and
no physics in the browser; smaller ones start from the same layout, run a short
physics stabilisation, then freeze. `window.huiyi = {nodes, edges, network,
ready}` exposes the page state; `ready` turns true once the graph is drawn and
interactive.

`Chromium` is a minimal headless-Chromium driver (DevTools protocol over
`--remote-debugging-pipe`, standard library only) used by the browser tests and
`scripts/bench_render.py` to load, inspect and time rendered pages.
"""

from __future__ import annotations

import base64
import calendar
import contextlib
import datetime as dt
import hashlib
import json
import math
import os
import re
from collections import Counter, deque
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from graph.build import EDGE_TYPES, NODE_TYPES
from graph.store import atomic_write_text

PHYSICS_MAX_NODES = 300  # above this, positions are precomputed and physics is off
TEMPLATE_DIR = Path(__file__).parent / "templates"
ASSET_DIR = Path(__file__).parent / "assets"
TEMPLATE = "graph.html"

# node type → (colour, vis-network shape, size, Chinese name)
NODE_STYLE: dict[str, tuple[str, str, int, str]] = {
    "Report": ("#78909c", "square", 14, "报道"),
    "Meeting": ("#e53935", "diamond", 22, "会议"),
    "Person": ("#1e88e5", "dot", 14, "人物"),
    "Organization": ("#43a047", "hexagon", 16, "机构"),
    "Title": ("#fb8c00", "triangle", 10, "职务"),
    "PriorityList": ("#8e24aa", "triangleDown", 14, "部署清单"),
    "Priority": ("#ba68c8", "dot", 8, "部署事项"),
    "Slogan": ("#00897b", "star", 14, "提法"),
    "Document": ("#6d4c41", "square", 11, "文件"),
}
DEFAULT_NODE_STYLE = ("#9e9e9e", "dot", 10, "其他")

# edge type → (colour, Chinese label, dashed)
EDGE_STYLE: dict[str, tuple[str, str, bool]] = {
    "DESCRIBES": ("#90a4ae", "报道", True),
    "PRESIDED": ("#c62828", "主持", False),
    "REPORTED_AT": ("#ef6c00", "作报告", False),
    "SPOKE_AT": ("#1565c0", "讲话", False),
    "ATTENDED": ("#64b5f6", "出席", False),
    "HOLDS": ("#ffa726", "任职", False),
    "SET_PRIORITY": ("#6a1b9a", "部署", False),
    "HAS_ITEM": ("#ce93d8", "事项", False),
    "NEXT": ("#e1bee7", "下一项", True),
    "HAS_SUBLIST": ("#ab47bc", "子清单", True),
    "MENTIONS": ("#bdbdbd", "提及", True),
    "ADOPTED": ("#8d6e63", "通过", False),
}
DEFAULT_EDGE_STYLE = ("#9e9e9e", "关联", False)
ROLE_NAMES = {"PRESIDED": "主持", "REPORTED_AT": "作报告", "SPOKE_AT": "讲话", "ATTENDED": "出席"}

LABEL_MAX = 18  # characters of a node label before "…"
SENTENCE_MAX = 240  # characters of an evidence sentence in a tooltip
LIST_MAX = 8  # items listed in a tooltip before "…"


# ---------------------------------------------------------------------------
# selecting a subgraph


def _parse_date(value: str | dt.date | None, *, end: bool) -> tuple[int, int, int] | None:
    """'2023', '2023-07', '2023-07-31' (or a date) → the first (or, with end, last) day it covers."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return (value.year, value.month, value.day)
    m = re.fullmatch(r"\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*", str(value))
    if not m:
        raise ValueError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    y = int(m[1])
    mo = int(m[2]) if m[2] else (12 if end else 1)
    if not 1 <= mo <= 12:
        raise ValueError(f"bad date {value!r}: month {mo}")
    last = calendar.monthrange(y, mo)[1]
    d = int(m[3]) if m[3] else (last if end else 1)
    if not 1 <= d <= last:
        raise ValueError(f"bad date {value!r}: day {d}")
    return (y, mo, d)


def meeting_span(g: nx.MultiDiGraph, n: str) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The days a Meeting node may have taken place on, as far as its date is known.

    From the node's year/month/day; a meeting without a year falls back to the
    publication date of a report describing it; None when nothing is known.
    """
    data = g.nodes[n]
    y, mo, d = data.get("year"), data.get("month"), data.get("day")
    if not y:
        dates = sorted(
            g.nodes[u].get("date") for u, _, e in g.in_edges(n, data=True)
            if e.get("type") == "DESCRIBES" and g.nodes[u].get("date")
        )
        if not dates:
            return None
        try:
            pub = _parse_date(dates[0][:10], end=False)
        except ValueError:
            return None
        return (pub, pub)
    start = (y, mo or 1, d or 1)
    end = (y, mo or 12, d or calendar.monthrange(y, mo or 12)[1])
    return (start, end)


def _neighbourhood(g: nx.MultiDiGraph, seeds: Iterable[str], hops: int) -> set[str]:
    """Nodes within `hops` edges of any seed, ignoring edge direction."""
    seen = set(seeds)
    frontier = deque((s, 0) for s in seen)
    while frontier:
        n, dist = frontier.popleft()
        if dist == hops:
            continue
        for m in (*g.successors(n), *g.predecessors(n)):
            if m not in seen:
                seen.add(m)
                frontier.append((m, dist + 1))
    return seen


# structural edges followed outwards from nodes kept by a date filter
_DEPENDENT_EDGES = {"HOLDS", "HAS_ITEM", "NEXT", "HAS_SUBLIST"}


def _date_filter(g: nx.MultiDiGraph, since, until) -> set[str]:
    lo = _parse_date(since, end=False)
    hi = _parse_date(until, end=True)
    if lo and hi and lo > hi:
        raise ValueError(f"--since {since} is after --until {until}")
    meetings = set()
    for n, data in g.nodes(data=True):
        if data.get("label") != "Meeting":
            continue
        span = meeting_span(g, n)
        if span is None:
            continue
        start, end = span
        if (lo is None or end >= lo) and (hi is None or start <= hi):
            meetings.add(n)
    keep = _neighbourhood(g, meetings, 1)
    stack = list(keep)
    while stack:  # titles of kept people, items and sub-lists of kept priority lists
        n = stack.pop()
        for _, m, e in g.out_edges(n, data=True):
            if e.get("type") in _DEPENDENT_EDGES and m not in keep:
                keep.add(m)
                stack.append(m)
    return keep


def _names(g: nx.MultiDiGraph, label: str) -> list[str]:
    return sorted({d.get("name", n) for n, d in g.nodes(data=True) if d.get("label") == label})


def _not_found(what: str, needle: str, names: list[str]) -> ValueError:
    close = [x for x in names if needle in x or x in needle][:8]
    hint = f"; did you mean: {', '.join(close)}" if close else f" ({len(names)} {what.lower()}s in the graph)"
    return ValueError(f"no {what} {needle!r} in the graph{hint}")


def subgraph(
    g: nx.MultiDiGraph,
    person: str | None = None,
    meeting: str | None = None,
    hops: int = 1,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> nx.MultiDiGraph:
    """The part of `g` to draw, as a new MultiDiGraph (all attributes kept).

    - since/until ('YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a date, both inclusive):
      keep the meetings whose known date overlaps the range (see
      `meeting_span`), the nodes adjacent to them, and the titles, priority
      items and sub-lists hanging off those; meetings of unknown date and
      nodes connected to no kept meeting are dropped.
    - person: Person nodes whose `name` equals it, with everything within
      `hops` edges (either direction).
    - meeting: Meeting nodes whose name or an alias contains it, with
      everything within `hops` edges.
    Filters narrow each other: the date filter applies first, and with both
    person and meeting the result is the intersection of the two neighbourhoods.
    Raises ValueError when the person or meeting is not in the graph (or not
    in the date range), or on a bad date or negative hops.
    """
    if hops < 0:
        raise ValueError(f"hops must be >= 0, not {hops}")
    keep = set(g.nodes)
    dated = since is not None or until is not None
    if dated:
        keep = _date_filter(g, since, until)
    h = g.subgraph(keep)
    span = f" between {since or '…'} and {until or '…'}" if dated else ""
    if person is not None:
        seeds = [n for n, d in g.nodes(data=True) if d.get("label") == "Person" and d.get("name") == person]
        if not seeds:
            raise _not_found("Person", person, _names(g, "Person"))
        seeds = [n for n in seeds if n in keep]
        if not seeds:
            raise ValueError(f"person {person!r} is in no meeting{span}")
        keep &= _neighbourhood(h, seeds, hops)
    if meeting is not None:
        def matches(d: dict) -> bool:
            return meeting in d.get("name", "") or any(meeting in a for a in d.get("aliases") or ())

        seeds = [n for n, d in g.nodes(data=True) if d.get("label") == "Meeting" and matches(d)]
        if not seeds:
            raise _not_found("Meeting", meeting, _names(g, "Meeting"))
        seeds = [n for n in seeds if n in keep]
        if not seeds:
            raise ValueError(f"no meeting matching {meeting!r}{span}")
        keep &= _neighbourhood(h, seeds, hops)
    return g.subgraph(keep).copy()


# ---------------------------------------------------------------------------
# layout


def _fruchterman_reingold(n: int, edges: list[tuple[int, int]], seed: int, iterations: int = 50):
    """Force-directed layout in the unit square (numpy; networkx's own needs scipy above 500 nodes).

    Dense repulsion in row blocks (bounded memory), attraction along edges.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float64).astype(np.float32)
    if n == 1:
        return pos
    k = np.float32(math.sqrt(1.0 / n))
    iterations = max(10, min(iterations, int(2e9 // (n * n))))
    t = np.float32(0.1)
    dt_ = t / (iterations + 1)
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    u, v = e[:, 0], e[:, 1]
    block = max(1, min(n, 4_000_000 // n))
    disp = np.empty_like(pos)
    for _ in range(iterations):
        for s in range(0, n, block):
            b = pos[s:s + block]
            dx = b[:, None, 0] - pos[None, :, 0]
            dy = b[:, None, 1] - pos[None, :, 1]
            w = dx * dx + dy * dy
            np.maximum(w, 1e-6, out=w)
            np.divide(k * k, w, out=w)  # repulsion k²/d along the unit vector: delta·k²/d²
            disp[s:s + block, 0] = (dx * w).sum(axis=1)
            disp[s:s + block, 1] = (dy * w).sum(axis=1)
        if len(e):
            delta = pos[u] - pos[v]
            f = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]  # attraction d²/k
            np.add.at(disp, u, -f)
            np.add.at(disp, v, f)
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, 0.01, out=length)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t -= dt_
    return pos


def layout_positions(g: nx.MultiDiGraph, *, seed: int = 7, spacing: float = 90.0) -> dict[str, tuple[float, float]]:
    """Deterministic positions (pixels) for every node: each connected component
    laid out force-directed, scaled by its size, components packed in rows."""
    import numpy as np

    comps = sorted((sorted(c) for c in nx.weakly_connected_components(g)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list[str], np.ndarray, float]] = []
    for comp in comps:
        n = len(comp)
        if n == 1:
            xy = np.zeros((1, 2))
        else:
            index = {node: i for i, node in enumerate(comp)}
            edges = sorted({(index[a], index[b]) for a, b in g.subgraph(comp).edges() if a != b})
            xy = _fruchterman_reingold(n, edges, seed).astype(np.float64)
            xy -= xy.mean(axis=0)
            r = float(np.abs(xy).max()) or 1.0
            xy *= spacing * math.sqrt(n) * 0.75 / r
        radius = float(np.abs(xy).max()) + spacing * 0.6
        placed.append((comp, xy, radius))
    total = sum((2 * r) ** 2 for _, _, r in placed)
    width = max(math.sqrt(total) * 1.3, max((2 * r for _, _, r in placed), default=0))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, xy, r in placed:  # shelf packing, largest first
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + r, y + r
        for node, (px, py) in zip(comp, xy, strict=True):
            pos[node] = (round(cx + float(px), 1), round(cy + float(py), 1))
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return pos


# ---------------------------------------------------------------------------
# tooltips (plain text)


def _clip(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def date_text(data: dict) -> str | None:
    """A Meeting node's date as written in Chinese ('2023年7月31日'), or None."""
    y, mo, d = data.get("year"), data.get("month"), data.get("day")
    if not (y or mo or d):
        return data.get("date_text")
    return "".join(f"{v}{unit}" for v, unit in ((y, "年"), (mo, "月"), (d, "日")) if v)


def _name(g: nx.MultiDiGraph, n: str) -> str:
    return str(g.nodes[n].get("name", n))


def _listing(items: list[str]) -> list[str]:
    out = list(dict.fromkeys(items))
    return [*out[:LIST_MAX], f"…（共 {len(out)} 项）"] if len(out) > LIST_MAX else out


def _evidence_lines(edges: Iterable[dict]) -> list[str]:
    lines, seen = [], set()
    for e in edges:
        ev = e.get("evidence") or {}
        sent = ev.get("sentence")
        if sent and sent not in seen:
            seen.add(sent)
            lines.append(f"证据：「{_clip(sent, SENTENCE_MAX)}」（{e.get('report', '?')}）")
        if len(lines) == 2:
            break
    return lines


def titles_held(g: nx.MultiDiGraph, n: str) -> list[str]:
    """Titles a Person holds, from its HOLDS edges ('区委书记', with the org when it isn't in the title)."""
    out = []
    for _, t, e in sorted(g.out_edges(n, data=True), key=lambda x: (x[2].get("report", ""), x[1])):
        if e.get("type") != "HOLDS":
            continue
        title = e.get("title") or _name(g, t)
        org = e.get("org")
        out.append(f"{title}（{org}）" if org and org not in title else title)
    return list(dict.fromkeys(out))


def node_tooltip(g: nx.MultiDiGraph, n: str) -> str:
    """Plain-text tooltip of a node: type, name, titles held, meeting date(s), evidence."""
    data = g.nodes[n]
    label = data.get("label", "?")
    cn = NODE_STYLE.get(label, DEFAULT_NODE_STYLE)[3]
    lines = [f"{cn} · {label}", _name(g, n)]
    if label == "Person":
        titles = titles_held(g, n)
        if titles:
            lines.append("职务：" + "、".join(_listing(titles)))
        roles = []
        for _, m, e in sorted(g.out_edges(n, data=True), key=lambda x: (x[1], x[2].get("type", ""))):
            if e.get("type") in ROLE_NAMES and g.nodes[m].get("label") == "Meeting":
                when = date_text(g.nodes[m])
                roles.append(f"{_name(g, m)}{f'（{when}）' if when else ''} {ROLE_NAMES[e['type']]}")
        if roles:
            lines.append("会议：" + "；".join(_listing(roles)))
    elif label == "Meeting":
        when = date_text(data)
        lines.append(f"日期：{when or '未知'}")
        if data.get("aliases"):
            lines.append("又称：" + "、".join(data["aliases"]))
        for typ, role in ROLE_NAMES.items():
            who = [_name(g, u) for u, _, e in g.in_edges(n, data=True) if e.get("type") == typ]
            if who:
                lines.append(f"{role}：" + "、".join(_listing(sorted(who))))
    elif label == "Report":
        for key, cn_key in (("date", "日期"), ("source", "来源"), ("region", "地区"), ("path", "文件")):
            if data.get(key):
                lines.append(f"{cn_key}：{data[key]}")
    elif label == "Organization" and data.get("full_name") and data["full_name"] != data.get("name"):
        lines.append(f"全称：{data['full_name']}")
    elif label == "Priority":
        if data.get("text"):
            lines.append(_clip(data["text"], SENTENCE_MAX))
    elif label == "PriorityList" and data.get("count_mismatch"):
        lines.append(f"宣称 {data.get('declared_count')} 项，实际 {g.out_degree(n)} 项")
    elif label == "Slogan" and data.get("count"):
        lines.append(f"出现 {data['count']} 次")
    ev_edges = [e for *_, e in sorted(g.in_edges(n, data=True), key=lambda x: (x[2].get("report", ""), x[0]))]
    ev_edges += [e for *_, e in sorted(g.out_edges(n, data=True), key=lambda x: (x[2].get("report", ""), x[1]))]
    lines += _evidence_lines(ev_edges)
    reports = data.get("reports") or []
    if reports:
        lines.append("报道：" + "、".join(_listing(list(reports))))
    return "\n".join(lines)


def edge_tooltip(g: nx.MultiDiGraph, u: str, v: str, e: dict) -> str:
    """Plain-text tooltip of an edge: relation, ends, properties, meeting date, evidence."""
    typ = e.get("type", "?")
    cn = EDGE_STYLE.get(typ, DEFAULT_EDGE_STYLE)[1]
    lines = [f"{cn} · {typ}", f"{_name(g, u)} → {_name(g, v)}"]
    for key, cn_key in (("what", "内容"), ("on_behalf_of", "代表"), ("title", "职务"), ("org", "机构"),
                        ("rank", "序号"), ("count", "次数")):
        if e.get(key) not in (None, ""):
            lines.append(f"{cn_key}：{e[key]}")
    for end in (u, v):
        if g.nodes[end].get("label") == "Meeting" and date_text(g.nodes[end]):
            lines.append(f"会议日期：{date_text(g.nodes[end])}")
    if e.get("report"):
        lines.append(f"报道：{e['report']}")
    lines += _evidence_lines([{**e, "report": e.get("report", "?")}])
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# the page


def _vis_assets() -> tuple[str, str]:
    """vis-network's standalone UMD build and CSS: pyvis's copy (newest version it ships), else graph/assets."""
    candidates = []
    with contextlib.suppress(ImportError):
        import pyvis

        lib = Path(pyvis.__file__).parent / "lib"

        def version(p: Path) -> tuple[int, ...]:
            return tuple(int(x) for x in re.findall(r"\d+", p.name))

        candidates += sorted(lib.glob("vis-*"), key=version, reverse=True)
    candidates.append(ASSET_DIR)
    for d in candidates:
        js, css = d / "vis-network.min.js", d / "vis-network.css"
        if js.is_file() and css.is_file():
            return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    raise FileNotFoundError("vis-network.min.js not found in the pyvis package nor in graph/assets")


def _inline_script(js: str) -> str:
    """JS text safe to put inside <script>…</script>: no closing tag, no source-map fetch."""
    js = re.sub(r"^//[#@] sourceMappingURL=.*$", "", js, flags=re.M)
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.I)
    return js.replace("<!--", "<\\!--")


def _inline_style(css: str) -> str:
    css = re.sub(r"/\*[#@] sourceMappingURL=.*?\*/", "", css)
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.I)


def json_for_script(obj) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' (so no '</script>' or '<!--'), no U+2028/9."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        s = s.replace(ch, esc)
    return s


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


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


def _legend_svg(shape: str, color: str) -> str:
    """A small inline SVG of a node shape (static markup, no data)."""
    c = f'fill="{color}" stroke="#555" stroke-width="0.8"'
    body = {
        "dot": f'<circle cx="8" cy="8" r="6" {c}/>',
        "square": f'<rect x="2.5" y="2.5" width="11" height="11" {c}/>',
        "diamond": f'<polygon points="8,1.5 14.5,8 8,14.5 1.5,8" {c}/>',
        "hexagon": f'<polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" {c}/>',
        "triangle": f'<polygon points="8,2 14.5,14 1.5,14" {c}/>',
        "triangleDown": f'<polygon points="1.5,2 14.5,2 8,14" {c}/>',
        "star": f'<polygon points="8,1 9.8,6 15,6 10.8,9.2 12.4,14.5 8,11.3 3.6,14.5 5.2,9.2 1,6 6.2,6" {c}/>',
    }.get(shape, f'<circle cx="8" cy="8" r="6" {c}/>')
    return f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{body}</svg>'


def _describe_filters(person, meeting, hops, since, until) -> str:
    parts = []
    if person:
        parts.append(f"人物 {person}（{hops} 跳）")
    if meeting:
        parts.append(f"会议 {meeting}（{hops} 跳）")
    if since or until:
        parts.append(f"日期 {since or '…'} 至 {until or '…'}")
    return "；".join(parts)


def render_html(
    g: nx.MultiDiGraph,
    path: str | os.PathLike,
    *,
    person: str | None = None,
    meeting: str | None = None,
    hops: int = 1,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    title: str | None = None,
) -> dict:
    """Write an interactive, self-contained HTML view of `g` (or of `subgraph(g, …)`) to `path`.

    Returns stats: path, nodes, edges, total_nodes, total_edges (of `g`),
    node_types and edge_types (counts drawn), layout ('physics' or
    'precomputed') and bytes. Raises ValueError as `subgraph` does.
    """
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from pyvis.network import Network

    filtered = any(x is not None for x in (person, meeting, since, until))
    sub = subgraph(g, person=person, meeting=meeting, hops=hops, since=since, until=until) if filtered else g
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
    js, css = _vis_assets()
    env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]),
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    template = env.get_template(TEMPLATE)
    app_js = _inline_script((TEMPLATE_DIR / "graph.js").read_text(encoding="utf-8"))
    vis_js = _inline_script(js)
    filters = _describe_filters(person, meeting, hops, since, until)
    page_title = title or ("会议知识图谱" + (f" — {filters}" if filters else ""))
    html = template.render(
        title=page_title,
        filters=filters,
        data_json=json_for_script(payload),
        vis_js=vis_js,
        vis_css=_inline_style(css),
        app_js=app_js,
        csp=f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
            "style-src 'unsafe-inline'; img-src data:; font-src data:",
        node_legend=[{"type": t, "cn": NODE_STYLE.get(t, DEFAULT_NODE_STYLE)[3], "count": node_types[t],
                      "svg": _legend_svg(NODE_STYLE.get(t, DEFAULT_NODE_STYLE)[1],
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
        "node_types": dict(node_types),
        "edge_types": dict(edge_types),
        "layout": "precomputed" if precomputed else "physics",
        "bytes": len(html.encode("utf-8")),
    }


# ---------------------------------------------------------------------------
# headless Chromium (for tests and benchmarks)
