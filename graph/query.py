"""Named queries and their one row shape, over the networkx graph (graph/neo4j_query.py runs them in Cypher).

`QueryRow` is the one result shape: graph/query.py (networkx) returns the same
rows for the same graph, `format_row` prints one row as one line, `sort_rows`
puts rows in the order both backends use.

Named queries (`NAMED_QUERIES`):

- presided | reported | spoke | attended [MEETING]: every such role in every
  meeting (optionally only meetings matching MEETING, see `meeting`).
  One row per role relationship; `who` is the person's or organisation's name.
- person NAME: every role of Person nodes named NAME, plus one row per title
  (HOLDS) with role "title", what = the title, date = the report's date,
  meeting = None.
- meeting NAME: every role in meetings whose name equals NAME, whose aliases
  contain NAME, or whose name contains NAME.
- priorities [MEETING]: one row per priority item: role "priority",
  what = "<rank>. <lead>", who = None, meeting = the meeting that set the list
  (None for a report-level or nested list); optionally only matching meetings.

Row fields: meeting (name), date (`format_date` of the meeting's year/month/day,
or the report date for titles), who, role, what, on_behalf_of, evidence (the
evidence sentence), report (report id).
"""

from __future__ import annotations

from typing import TypedDict

ROLE_TYPES = {"presided": "PRESIDED", "reported": "REPORTED_AT", "spoke": "SPOKE_AT", "attended": "ATTENDED"}
TYPE_ROLES = {v: k for k, v in ROLE_TYPES.items()}
ROLE_ORDER = ("presided", "reported", "spoke", "attended", "title", "priority")
NAMED_QUERIES = ("presided", "reported", "spoke", "attended", "person", "meeting", "priorities")
NEEDS_ARG = ("person", "meeting")


class QueryRow(TypedDict):
    meeting: str | None
    date: str | None
    who: str | None
    role: str
    what: str | None
    on_behalf_of: str | None
    evidence: str | None
    report: str | None


def make_row(meeting=None, date=None, who=None, role="", what=None, on_behalf_of=None, evidence=None,
             report=None) -> QueryRow:
    return QueryRow(meeting=meeting, date=date, who=who, role=role, what=what, on_behalf_of=on_behalf_of,
                    evidence=evidence, report=report)


def format_date(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """2020-07-31, 2020-07, 2020, ????-07-31; None when nothing is known."""
    if not (year or month or day):
        return None
    parts = [f"{year:04d}" if year else "????"]
    if month or day:
        parts.append(f"{month:02d}" if month else "??")
    if day:
        parts.append(f"{day:02d}")
    return "-".join(parts)


def meeting_matches(name: str | None, aliases, query: str) -> bool:
    """The meeting filter both backends use: exact name, an alias, or a substring of the name."""
    name = name or ""
    return name == query or query in (aliases or []) or query in name


def _rank(row: QueryRow) -> int:
    if row["role"] == "priority" and row["what"]:
        head = row["what"].split(".", 1)[0]
        if head.isdigit():
            return int(head)
    return 0


def row_sort_key(row: QueryRow) -> tuple:
    role = row["role"]
    return (
        row["date"] or "",
        row["meeting"] or "",
        row["report"] or "",
        ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER),
        _rank(row),
        row["who"] or "",
        row["what"] or "",
        row["on_behalf_of"] or "",
        row["evidence"] or "",
    )


def sort_rows(rows) -> list[QueryRow]:
    """Rows in the order both backends print them: date, meeting, report, role, rank, who."""
    return sorted(rows, key=row_sort_key)


def format_row(row: QueryRow, evidence_width: int = 60) -> str:
    """One line: `2020-07-31 区委常委会 | reported: 于军 — 工作报告 (on behalf of 区委常委会) [r1] «…»`."""
    head = f"{row['date'] or '----'} {row['meeting'] or '-'}"
    body = f"{row['role']}: {row['who']}" if row["who"] else f"{row['role']}:"
    if row["what"]:
        body += f" — {row['what']}"
    if row["on_behalf_of"]:
        body += f" (on behalf of {row['on_behalf_of']})"
    line = f"{head} | {body} [{row['report'] or '?'}]"
    if row["evidence"] and evidence_width:
        ev = " ".join(row["evidence"].split())
        if len(ev) > evidence_width:
            ev = ev[: evidence_width - 1] + "…"
        line += f" «{ev}»"
    return line.replace("\n", " ")


# -- the named queries over the networkx graph ------------------------------------------------------

def _ev_sentence(d: dict) -> str | None:
    ev = d.get("evidence")
    return ev.get("sentence") if isinstance(ev, dict) else None


def graph_rows(g, name: str, arg: str | None = None) -> list[QueryRow]:
    """`named_query` evaluated on a networkx graph from graph.build: the same rows, same order."""
    if name not in NAMED_QUERIES:
        raise ValueError(f"unknown query {name!r}; one of: {', '.join(NAMED_QUERIES)}")
    if name in NEEDS_ARG and not arg:
        raise ValueError(f"query {name!r} needs a NAME")
    nodes = g.nodes
    rows: list[QueryRow] = []
    if name == "priorities":
        for lst, item, d in g.edges(data=True):
            if d.get("type") != "HAS_ITEM" or nodes[lst].get("label") != "PriorityList":
                continue
            owners = [u for u, _, od in g.in_edges(lst, data=True)
                      if od.get("type") == "SET_PRIORITY" and nodes[u].get("label") == "Meeting"]
            for owner in owners or [None]:
                m = nodes[owner] if owner is not None else {}
                if arg and (owner is None or not meeting_matches(m.get("name"), m.get("aliases"), arg)):
                    continue
                p = nodes[item]
                rows.append(make_row(meeting=m.get("name"), date=format_date(m.get("year"), m.get("month"),
                                                                           m.get("day")),
                                     role="priority", what=f"{p.get('rank')}. {p.get('lead')}",
                                     evidence=_ev_sentence(d), report=d.get("report")))
        return sort_rows(rows)
    types = {ROLE_TYPES[name]} if name in ROLE_TYPES else set(ROLE_TYPES.values())
    for u, v, d in g.edges(data=True):
        if d.get("type") not in types or nodes[v].get("label") != "Meeting":
            continue
        m, w = nodes[v], nodes[u]
        if name == "person":
            if w.get("label") != "Person" or w.get("name") != arg:
                continue
        elif arg and not meeting_matches(m.get("name"), m.get("aliases"), arg):
            continue
        rows.append(make_row(meeting=m.get("name"), date=format_date(m.get("year"), m.get("month"), m.get("day")),
                             who=w.get("name"), role=TYPE_ROLES[d["type"]], what=d.get("what"),
                             on_behalf_of=d.get("on_behalf_of"), evidence=_ev_sentence(d), report=d.get("report")))
    if name == "person":
        for u, v, d in g.edges(data=True):
            w = nodes[u]
            if (d.get("type") == "HOLDS" and w.get("label") == "Person" and w.get("name") == arg
                    and nodes[v].get("label") == "Title"):
                rows.append(make_row(date=d.get("date"), who=w.get("name"), role="title", what=nodes[v].get("name"),
                                     evidence=_ev_sentence(d), report=d.get("report")))
    return sort_rows(rows)
