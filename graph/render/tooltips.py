"""Plain-text tooltips and details of nodes and relations (never markup)."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from huiyi.graph.render.style import (
    DEFAULT_EDGE_STYLE,
    DEFAULT_NODE_STYLE,
    EDGE_STYLE,
    LIST_MAX,
    NODE_STYLE,
    ROLE_NAMES,
    SENTENCE_MAX,
)

# tooltips (plain text)


def _clip(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def date_text(data: dict) -> str | None:
    """A Meeting node's date as written in Chinese ('2023年7月31日'), or None."""
    y, mo, d = data.get("year"), data.get("month"), data.get("day")
    if not (y or mo or d):
        return data.get("date_text")
    if y and d and not mo:  # the month unknown: 2024年?月27日, never 2024年27日
        mo = "?"
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


