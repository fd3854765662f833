"""Named queries over the networkx graph: who presided / reported / spoke / attended, people, meetings, priorities."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import networkx as nx

from graph.build import ROLE_EDGES

ROLE_BY_EDGE = {v: k for k, v in ROLE_EDGES.items()}


@dataclass(frozen=True)
class QueryRow:
    meeting: str
    date: str  # yyyy-mm-dd with ? for unknown parts
    role: str
    who: str
    what: str | None = None
    on_behalf_of: str | None = None
    evidence: str | None = None
    report: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def format_row(row: QueryRow) -> str:
    extra = ""
    if row.what:
        extra += f" 《{row.what}》" if row.role == "reported" else f" {row.what}"
    if row.on_behalf_of:
        extra += f" (代表 {row.on_behalf_of})"
    return f"{row.meeting}\t{row.date}\t{row.role}\t{row.who}{extra}\t[{row.report}] {row.evidence or ''}"


def meeting_date(data: dict) -> str:
    return "-".join(f"{data[k]:02d}" if k != "year" and data.get(k) else (str(data[k]) if data.get(k) else "?")
                    for k in ("year", "month", "day"))


def role_rows(g: nx.MultiDiGraph, role: str) -> list[QueryRow]:
    """Everyone in one meeting role, sorted by meeting date and name."""
    typ = ROLE_EDGES[role]
    rows = []
    for u, v, d in g.edges(data=True):
        if d["type"] != typ:
            continue
        m = g.nodes[v]
        rows.append(QueryRow(meeting=m["name"], date=meeting_date(m), role=role, who=g.nodes[u]["name"],
                             what=d.get("what"), on_behalf_of=d.get("on_behalf_of"),
                             evidence=(d.get("evidence") or {}).get("sentence"), report=d.get("report")))
    return sorted(rows, key=lambda r: (r.date, r.meeting, r.who, r.report or ""))


def person_rows(g: nx.MultiDiGraph, name: str) -> list[QueryRow]:
    """A person's meeting roles and titles (title history: role "holds", meeting = title)."""
    rows = []
    for n, data in g.nodes(data=True):
        if data["label"] != "Person" or data["name"] != name:
            continue
        for _, v, d in g.out_edges(n, data=True):
            if d["type"] in ROLE_BY_EDGE:
                m = g.nodes[v]
                rows.append(QueryRow(meeting=m["name"], date=meeting_date(m), role=ROLE_BY_EDGE[d["type"]], who=name,
                                     what=d.get("what"), on_behalf_of=d.get("on_behalf_of"),
                                     evidence=(d.get("evidence") or {}).get("sentence"), report=d.get("report")))
            elif d["type"] == "HOLDS":
                rows.append(QueryRow(meeting=d.get("title") or g.nodes[v]["name"], date=d.get("date") or "?",
                                     role="holds", who=name, what=d.get("org"),
                                     evidence=(d.get("evidence") or {}).get("sentence"), report=d.get("report")))
    return sorted(rows, key=lambda r: (r.date, r.role, r.meeting, r.report or ""))


def meeting_rows(g: nx.MultiDiGraph, name: str) -> list[QueryRow]:
    """Everyone in every role of the meetings whose name or alias contains `name`."""
    rows = []
    for n, data in g.nodes(data=True):
        if data["label"] != "Meeting" or not (name in data["name"] or any(name in a for a in data.get("aliases", []))):
            continue
        for u, _, d in g.in_edges(n, data=True):
            if d["type"] in ROLE_BY_EDGE:
                rows.append(QueryRow(meeting=data["name"], date=meeting_date(data), role=ROLE_BY_EDGE[d["type"]],
                                     who=g.nodes[u]["name"], what=d.get("what"), on_behalf_of=d.get("on_behalf_of"),
                                     evidence=(d.get("evidence") or {}).get("sentence"), report=d.get("report")))
    order = {r: i for i, r in enumerate(ROLE_EDGES)}
    return sorted(rows, key=lambda r: (r.date, r.meeting, order[r.role], r.who))


def priority_rows(g: nx.MultiDiGraph, meeting: str | None = None) -> list[QueryRow]:
    """Priority items (role "priority", what = "list-rank.item-rank"), optionally for one meeting."""
    rows = []
    for n, data in g.nodes(data=True):
        if data["label"] != "PriorityList":
            continue
        owners = [u for u, _, d in g.in_edges(n, data=True) if d["type"] == "SET_PRIORITY"]
        owner = g.nodes[owners[0]] if owners else {"name": "", "label": "Report"}
        if meeting and not (owner["label"] == "Meeting" and meeting in owner["name"]):
            continue
        for _, it, d in g.out_edges(n, data=True):
            if d["type"] == "HAS_ITEM":
                item = g.nodes[it]
                rows.append(QueryRow(meeting=owner["name"],
                                     date=meeting_date(owner) if owner["label"] == "Meeting" else "?",
                                     role="priority", who=item["lead"], what=f"{data.get('heading') or ''} #{item['rank']}",
                                     evidence=(d.get("evidence") or {}).get("sentence"), report=d.get("report")))
    return sorted(rows, key=lambda r: (r.date, r.meeting, r.report or "", r.what or ""))
