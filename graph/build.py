"""Link extraction records into one networkx MultiDiGraph.

Node ids are stable strings built from names and keys, never from counters
over the whole run, so the same input always gives the same graph.

Identity rules (documented in the README):
- Person: name + scope. The scope is 中国 for a person holding a national
  title (中共中央…, 国务院…, 全国…), else the report's region when known, else
  the report id. The same person across reports of one region is one node; a
  namesake in another region stays separate.
- Organization: its normalised full name when known, else name + scope.
- Meeting: name + date (year-month-day as far as known) + 中国 for a national body's meeting, else the
  report's region, else the report: one node per sitting, whichever reports name it.
- Series: a recurring meeting (国务院常务会议, 市委常委会会议) + its scope; its sittings point to it.
- Slogan and Document: their text.
- PriorityList/Priority: per report.

Every edge carries `report` (report id) and `evidence` (sentence, start, end; a report's mention of a person or
body only start and end: offsets into the report's text).
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from huiyi.graph.identity import Placement, person_facts, person_id, relabel, resolve_name
from huiyi.graph.schema import ROLE_EDGES
from huiyi.pipeline.records import Evidence, Meeting, Person, PriorityList, ReportRecord
from huiyi.pipeline.regions import NATIONAL, is_national, national_meeting, title_place

GRAPH_SCHEMA_VERSION = 1  # of graph.json (graph.store checks it on load)
def person_scope(person: Person, rec: ReportRecord) -> str:
    """中国 for a national title; else the unit a title names (陆良县委书记 in a 曲靖市 report is the 陆良县
    person); else the report's region; else the report. Across reports graph.identity places national figures."""
    if any(is_national(t.title) for t in person.titles):
        return NATIONAL
    places = (title_place(t.title, rec.region) for t in person.titles)
    return next((p for p in places if p), None) or rec.region or f"report:{rec.id}"


def org_scope(name: str, rec: ReportRecord) -> str:
    """National bodies (国务院, 党中央, 全国人大常委会…) are one node across regions."""
    if is_national(name):
        return NATIONAL
    return rec.region or f"report:{rec.id}"


def meeting_id(m: Meeting, rec: ReportRecord) -> str:
    d = m.date
    year = d.year or (int(rec.date[:4]) if rec.date else None)
    when = "-".join(str(x) if x else "?" for x in (year, d.month, d.day))
    return f"meeting:{m.name}@{when}@{meeting_scope(m.name, rec)}"


def meeting_scope(name: str, rec: ReportRecord) -> str:
    return NATIONAL if national_meeting(name) else (rec.region or rec.id)


def series_id(m: Meeting, rec: ReportRecord) -> str | None:
    """A series is known by its name and scope; none where neither the name nor the report places it (a 市委常委会
    会议 of no known city is no series)."""
    if not m.series:
        return None
    scope = NATIONAL if national_meeting(m.series) else rec.region
    return f"series:{m.series}@{scope}" if scope else None


def _ev(ev: Evidence, quote: bool = True) -> dict:
    return {"sentence": ev.sentence, "start": ev.start, "end": ev.end} if quote else {"start": ev.start, "end": ev.end}


class _Builder:
    def __init__(self, g: nx.MultiDiGraph):
        self.g = g

    def node(self, nid: str, label: str, report: str, **props) -> str:
        """Add or update a node; `reports` lists every report that mentions it."""
        props = {k: v for k, v in props.items() if v is not None}
        if nid in self.g:
            data = self.g.nodes[nid]
            for k, v in props.items():
                data.setdefault(k, v)
            if report not in data["reports"]:
                data["reports"] = sorted([*data["reports"], report])
        else:
            self.g.add_node(nid, label=label, reports=[report], **props)
        return nid

    def edge(self, u: str, v: str, typ: str, report: str, ev: Evidence | None, quote: bool = True, **props) -> None:
        key = f"{typ}|{report}"
        # the same relation twice in one report (two sentences) keeps one edge: the first evidence
        if self.g.has_edge(u, v, key):
            return
        attrs = {"type": typ, "report": report, **{k: v for k, v in props.items() if v is not None}}
        if ev is not None:
            attrs["evidence"] = _ev(ev, quote)
        self.g.add_edge(u, v, key=key, **attrs)


def add_record(g: nx.MultiDiGraph, rec: ReportRecord) -> None:
    """Add one report's facts to the graph (idempotent for the same record)."""
    b = _Builder(g)
    rid = rec.id
    rnode = b.node(f"report:{rid}", "Report", rid, name=rec.title or rid, title=rec.title, date=rec.date,
                   source=rec.source, path=rec.source_path, region=rec.region)

    people: dict[str, str] = {}
    for p in rec.people:
        scope = person_scope(p, rec)
        pid = b.node(person_id(p.name, scope), "Person", rid, name=p.name, scope=scope)
        people[p.name] = pid
        # a report's mention of a person or body: where (offsets into the report), no quoted sentence (the fact is
        # the mention; its sentence would repeat the report's text once per name, a third of graph.json)
        b.edge(rnode, pid, "MENTIONS", rid, p.evidence, quote=False)
        for t in p.titles:
            scope = NATIONAL if is_national(t.title) else (rec.region or f"report:{rid}")
            tid = b.node(f"title:{t.title}@{scope}", "Title", rid, name=t.title, org=t.org)
            b.edge(pid, tid, "HOLDS", rid, t.evidence, title=t.title, org=t.org, date=rec.date)

    orgs: dict[str, str] = {}
    for o in rec.organizations:
        oid = f"org:{o.full_name}" if o.full_name else f"org:{o.name}@{org_scope(o.name, rec)}"
        orgs[o.name] = b.node(oid, "Organization", rid, name=o.name, full_name=o.full_name)
        b.edge(rnode, orgs[o.name], "MENTIONS", rid, o.evidence, quote=False)

    meeting_nodes: list[str] = []
    for m in rec.meetings:
        mid = b.node(meeting_id(m, rec), "Meeting", rid, name=m.name, aliases=sorted(m.aliases) or None, venue=m.venue,
                     year=m.date.year, month=m.date.month, day=m.date.day, date_text=m.date.text)
        meeting_nodes.append(mid)
        b.edge(rnode, mid, "DESCRIBES", rid, m.evidence)
        if sid := series_id(m, rec):
            b.node(sid, "Series", rid, name=m.series, scope=sid.rsplit("@", 1)[1])
            b.edge(mid, sid, "IN_SERIES", rid, m.evidence, sitting=m.sitting)
        for role, typ in ROLE_EDGES.items():
            for r in getattr(m, role):
                if r.is_body:
                    src = orgs.get(r.who) or b.node(f"org:{r.who}@{org_scope(r.who, rec)}",
                                                    "Organization", rid, name=r.who)
                else:
                    scope = rec.region or f"report:{rid}"
                    src = people.get(r.who) or b.node(person_id(r.who, scope), "Person", rid, name=r.who,
                                                      scope=scope)
                b.edge(src, mid, typ, rid, r.evidence, what=r.what, on_behalf_of=r.on_behalf_of)
        for d in m.adopted:
            did = b.node(f"document:{d.name}", "Document", rid, name=d.name)
            b.edge(mid, did, "ADOPTED", rid, d.evidence)

    list_nodes: list[str] = []
    for i, pl in enumerate(rec.priority_lists):
        lid = b.node(f"plist:{rid}:{i}", "PriorityList", rid, name=pl.heading or _list_label(pl),
                     heading=pl.heading, declared_count=pl.declared_count, style=pl.style,
                     count_mismatch=pl.count_mismatch)
        list_nodes.append(lid)
        prev = None
        for it in pl.items:
            iid = b.node(f"priority:{rid}:{i}:{it.n}", "Priority", rid, name=it.lead, lead=it.lead,
                         text=it.text, rank=it.n, marker=it.marker)
            b.edge(lid, iid, "HAS_ITEM", rid, it.evidence, rank=it.n)
            if prev:
                b.edge(prev, iid, "NEXT", rid, None)
            prev = iid
    for i, pl in enumerate(rec.priority_lists):
        if pl.parent is not None:
            parent_item = f"priority:{rid}:{pl.parent[0]}:{pl.parent[1]}"
            if parent_item in g:
                b.edge(parent_item, list_nodes[i], "HAS_SUBLIST", rid, None)
                continue
        owner = meeting_nodes[pl.meeting] if pl.meeting is not None and pl.meeting < len(meeting_nodes) else (
            meeting_nodes[0] if meeting_nodes else rnode)
        first = pl.items[0].evidence if pl.items else None
        b.edge(owner, list_nodes[i], "SET_PRIORITY", rid, first, rank=i + 1)

    for s in rec.slogans:
        sid = b.node(f"slogan:{s.text}", "Slogan", rid, name=s.text)
        b.edge(rnode, sid, "MENTIONS", rid, s.evidence, count=s.count)
        for mid in meeting_nodes[:1]:
            b.edge(mid, sid, "MENTIONS", rid, s.evidence, count=s.count)


def _list_label(pl: PriorityList) -> str:
    """A list without heading is named by its markers: "一要…六要（6项）"."""
    if not pl.items:
        return "部署清单"
    return f"{pl.items[0].marker}…{pl.items[-1].marker}（{len(pl.items)}项）"


def update_slogan_counts(g: nx.MultiDiGraph) -> None:
    """Slogan.count = its occurrences across all reports in the graph."""
    for n, data in g.nodes(data=True):
        if data["label"] == "Slogan":
            data["count"] = sum(
                d.get("count", 1) for u, _, d in g.in_edges(n, data=True)
                if d["type"] == "MENTIONS" and g.nodes[u]["label"] == "Report"
            )


def report_graph(rec: ReportRecord) -> nx.MultiDiGraph:
    """One report's facts on their own: the unit that incremental updates add and remove."""
    h = nx.MultiDiGraph()
    add_record(h, rec)
    return h


def merge_parts(parts: Iterable[tuple[str, dict]]) -> dict:
    """A node's attributes from each report's part of it, (report id, attrs), in any order.

    Reports are merged in id order, the first that gives a property wins, and `reports` lists them all:
    a node is a function of the set of reports that touch it, not of the order they arrived in, so an
    update that removes or adds reports gives what a full build gives.
    """
    merged: dict = {}
    rids: list[str] = []
    for rid, attrs in sorted(parts, key=lambda p: p[0]):
        if rids and rids[-1] == rid:
            continue
        rids.append(rid)
        for k, v in attrs.items():
            if k != "reports":
                merged.setdefault(k, v)
    merged["reports"] = rids
    return merged


def placements(parts: Iterable[tuple[str, nx.MultiDiGraph]]) -> dict[str, dict[str, Placement]]:
    """Per report, its person nodes that graph.identity moves or explains: report → {node: Placement}."""
    by_name: dict[str, list] = {}
    for rid, h in parts:
        for f in person_facts(h, rid):
            by_name.setdefault(f.name, []).append(f)
    out: dict[str, dict[str, Placement]] = {}
    for facts in by_name.values():
        for (rid, node), p in resolve_name(facts).items():
            if p.node != node or p.why:
                out.setdefault(rid, {})[node] = p
    return out


def build_graph(records: Iterable[ReportRecord]) -> nx.MultiDiGraph:
    """The graph of `records`, independent of their order (see `merge_parts`); people placed across reports
    (graph.identity); Slogan counts set."""
    g = nx.MultiDiGraph(schema_version=GRAPH_SCHEMA_VERSION)
    winner: dict[tuple[str, str], str] = {}  # (node, property) → the report whose value it holds
    parts = [(rec.id, report_graph(rec)) for rec in records]
    moves = placements(parts)
    for rid, h in parts:
        h = relabel(h, moves.get(rid, {}))
        for n, attrs in h.nodes(data=True):
            if n not in g:
                g.add_node(n, **attrs)
                for k in attrs:
                    winner[n, k] = rid
                continue
            data = g.nodes[n]
            if rid not in data["reports"]:
                data["reports"] = sorted([*data["reports"], rid])
            for k, v in attrs.items():
                if k != "reports" and (k not in data or winner[n, k] > rid):
                    data[k] = v
                    winner[n, k] = rid
        for u, v, k, attrs in h.edges(keys=True, data=True):
            if not g.has_edge(u, v, k):
                g.add_edge(u, v, key=k, **attrs)
    update_slogan_counts(g)
    return g
