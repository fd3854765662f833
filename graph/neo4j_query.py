"""The named queries of graph/query.py, in Cypher over a loaded Neo4j database.

Same names, same `QueryRow` results in the same order (`sort_rows`) as on the graph file; the query
semantics are documented once, in graph/query.py.
"""

from __future__ import annotations

from graph.query import (  # noqa: F401  (re-exported: one row shape for both backends)
    NAMED_QUERIES,
    NEEDS_ARG,
    ROLE_TYPES,
    TYPE_ROLES,
    QueryRow,
    format_date,
    make_row,
    sort_rows,
)

# -- Cypher ---------------------------------------------------------------------------------------
# Fixed query texts; every value comes in as a parameter.

_ROLE_RETURN = (
    " RETURN m.name AS meeting, m.year AS year, m.month AS month, m.day AS day, w.name AS who,"
    " type(r) AS type, r.what AS what, r.on_behalf_of AS on_behalf_of,"
    " r.evidence_sentence AS evidence, r.report AS report"
)
_MEETING_FILTER = "($meeting IS NULL OR m.name = $meeting OR $meeting IN coalesce(m.aliases, []) OR m.name CONTAINS $meeting)"
ROLES_QUERY = (
    "MATCH (w)-[r:PRESIDED|REPORTED_AT|SPOKE_AT|ATTENDED]->(m:Meeting)"
    " WHERE type(r) IN $types AND " + _MEETING_FILTER + _ROLE_RETURN
)
PERSON_ROLES_QUERY = (
    "MATCH (w:Person {name: $who})-[r:PRESIDED|REPORTED_AT|SPOKE_AT|ATTENDED]->(m:Meeting)" + _ROLE_RETURN
)
PERSON_TITLES_QUERY = (
    "MATCH (w:Person {name: $who})-[h:HOLDS]->(t:Title)"
    " RETURN w.name AS who, t.name AS title, h.date AS date, h.evidence_sentence AS evidence, h.report AS report"
)
PRIORITIES_QUERY = (
    "MATCH (l:PriorityList)-[h:HAS_ITEM]->(p:Priority)"
    " OPTIONAL MATCH (m:Meeting)-[:SET_PRIORITY]->(l)"
    " WITH l, h, p, m WHERE ($meeting IS NULL OR (m IS NOT NULL AND " + _MEETING_FILTER + "))"
    " RETURN m.name AS meeting, m.year AS year, m.month AS month, m.day AS day, p.rank AS rank, p.lead AS lead,"
    " h.evidence_sentence AS evidence, h.report AS report"
)


def run_cypher(driver, query: str, params: dict | None = None, database: str | None = None) -> list[dict]:
    """Run any Cypher (read or write, auto-commit) and return its records as dicts."""
    with driver.session(database=database) as session:
        result = session.run(query, params or {})
        return [record.data() for record in result]


def _role_rows(records) -> list[QueryRow]:
    return [
        make_row(meeting=r["meeting"], date=format_date(r["year"], r["month"], r["day"]), who=r["who"],
                 role=TYPE_ROLES[r["type"]], what=r["what"], on_behalf_of=r["on_behalf_of"],
                 evidence=r["evidence"], report=r["report"])
        for r in records
    ]


def named_query(driver, name: str, arg: str | None = None, database: str | None = None) -> list[QueryRow]:
    """Run one of NAMED_QUERIES; `arg` is NAME for person/meeting, an optional meeting filter otherwise."""
    if name not in NAMED_QUERIES:
        raise ValueError(f"unknown query {name!r}; one of: {', '.join(NAMED_QUERIES)}")
    if name in NEEDS_ARG and not arg:
        raise ValueError(f"query {name!r} needs a NAME")
    if name in ROLE_TYPES:
        rows = _role_rows(run_cypher(driver, ROLES_QUERY, {"types": [ROLE_TYPES[name]], "meeting": arg}, database))
    elif name == "meeting":
        rows = _role_rows(run_cypher(driver, ROLES_QUERY, {"types": list(ROLE_TYPES.values()), "meeting": arg},
                                     database))
    elif name == "person":
        rows = _role_rows(run_cypher(driver, PERSON_ROLES_QUERY, {"who": arg}, database))
        rows += [
            make_row(date=r["date"], who=r["who"], role="title", what=r["title"], evidence=r["evidence"],
                     report=r["report"])
            for r in run_cypher(driver, PERSON_TITLES_QUERY, {"who": arg}, database)
        ]
    else:  # priorities
        rows = [
            make_row(meeting=r["meeting"], date=format_date(r["year"], r["month"], r["day"]), role="priority",
                     what=f"{r['rank']}. {r['lead']}", evidence=r["evidence"], report=r["report"])
            for r in run_cypher(driver, PRIORITIES_QUERY, {"meeting": arg}, database)
        ]
    return sort_rows(rows)
