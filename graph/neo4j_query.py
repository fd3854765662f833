"""The named queries of graph/query.py, over a loaded Neo4j database.

Cypher only fetches the facts (fixed query texts, every value a parameter); selection, summaries and order
are graph/query.py's own code, so both backends give the same rows for the same graph by construction.
"""

from __future__ import annotations

from collections.abc import Iterable

from huiyi.graph.query import QueryResult, Selection, run_named
from huiyi.graph.schema import ROLE_EDGES, ROLE_PATTERN

_MEETING = ("m.name AS meeting, m.aliases AS aliases, m.year AS year, m.month AS month, m.day AS day, "
            "m.venue AS venue")
_ROLE_RETURN = (
    " RETURN " + _MEETING + ", w.id AS pid, m.id AS mid, w.name AS who, type(r) AS type, r.what AS what, r.on_behalf_of AS on_behalf_of,"
    " r.evidence_sentence AS evidence, r.report AS report, rep.date AS published"
)
_PUBLISHED = " OPTIONAL MATCH (rep:Report {id: 'report:' + r.report})"
ROLES_QUERY = f"MATCH (w)-[r:{ROLE_PATTERN}]->(m:Meeting)" + _PUBLISHED + _ROLE_RETURN
PERSON_ROLES_QUERY = (
    f"MATCH (w:Person {{name: $who}})-[r:{ROLE_PATTERN}]->(m:Meeting)" + _PUBLISHED
    + _ROLE_RETURN
)
PERSON_TITLES_QUERY = (
    "MATCH (w:Person {name: $who})-[h:HOLDS]->(t:Title)"
    " RETURN w.id AS pid, w.name AS who, t.name AS title, h.date AS date, h.evidence_sentence AS evidence, h.report AS report"
)
PRIORITIES_QUERY = (
    "MATCH (l:PriorityList)-[h:HAS_ITEM]->(p:Priority)"
    " OPTIONAL MATCH (m:Meeting)-[:SET_PRIORITY]->(l)"
    " OPTIONAL MATCH (up:Priority)-[:HAS_SUBLIST]->(l)"
    " OPTIONAL MATCH (rep:Report {id: 'report:' + h.report})"
    " RETURN " + _MEETING + ", m.id AS mid, l.id AS list_id, up.id AS parent_id, l.heading AS heading,"
    " l.declared_count AS declared_count, p.rank AS rank, p.lead AS lead, h.evidence_sentence AS evidence,"
    " h.report AS report, rep.date AS published"
)

SERIES_QUERY = (
    "MATCH (m:Meeting)-[i:IN_SERIES]->(s:Series)"
    " OPTIONAL MATCH (rep:Report {id: 'report:' + i.report})"
    " RETURN " + _MEETING + ", m.id AS mid, s.name AS series, i.sitting AS sitting, i.report AS report,"
    " rep.date AS published"
)


def run_cypher(driver, query: str, params: dict | None = None, database: str | None = None) -> list[dict]:
    """Run any Cypher (read or write, auto-commit) and return its records as dicts."""
    with driver.session(database=database) as session:
        result = session.run(query, params or {})
        return [record.data() for record in result]


def cypher_facts(driver, database: str | None = None):
    """The `facts(kind, who=None)` function of graph/query.py, read with Cypher."""

    def facts(kind: str, who: str | None = None) -> list[dict]:
        if kind == "roles":
            if who is None:
                return run_cypher(driver, ROLES_QUERY, {}, database)
            return run_cypher(driver, PERSON_ROLES_QUERY, {"who": who}, database)
        if kind == "titles":
            return run_cypher(driver, PERSON_TITLES_QUERY, {"who": who}, database)
        if kind == "series":
            return run_cypher(driver, SERIES_QUERY, {}, database)
        return run_cypher(driver, PRIORITIES_QUERY, {}, database)

    return facts


def query_neo4j(driver, name: str, arg: str | None = None, sel: Selection | None = None,
                roles: Iterable[str] | None = None, database: str | None = None, timeline: bool = False) -> QueryResult:
    """A named query against Neo4j: the same QueryResult as graph.query.query_graph on the same graph."""
    return run_named(name, arg, sel or Selection(), roles, cypher_facts(driver, database), timeline)


def named_query(driver, name: str, arg: str | None = None, database: str | None = None) -> list:
    """The rows of `query_neo4j` without a selection."""
    return query_neo4j(driver, name, arg, database=database).rows


def neo4j_person_candidates(driver, name: str, database: str | None = None) -> list[dict]:
    """graph.query.person_candidates, answered by the database."""
    rows = run_cypher(driver, "MATCH (p:Person {name: $name}) RETURN p.id AS id, p.scope AS scope, "
                              "size(p.reports) AS reports, p.why AS why", {"name": name}, database)
    return sorted(rows, key=lambda c: (-(c["reports"] or 0), c["id"]))


# The corpus questions as plain Cypher, for `huiyi cypher` users (docs/queries.md): the same answers as
# `huiyi query person NAME --timeline`, `series NAME` and `coattend NAME` give in their main columns.
CYPHER_QUESTIONS = {
    "timeline": (
        "MATCH (p:Person {name: $name})-[h:HOLDS]->(t:Title) "
        "OPTIONAL MATCH (r:Report {id: 'report:' + h.report}) "
        "WITH p.id AS person, t.name AS title, min(r.date) AS first_seen, max(r.date) AS last_seen, "
        "count(DISTINCT h.report) AS reports "
        "RETURN person, title, first_seen, last_seen, reports ORDER BY first_seen, title"
    ),
    "series": (
        "MATCH (m:Meeting)-[i:IN_SERIES]->(s:Series) WHERE s.name CONTAINS $name "
        f"OPTIONAL MATCH (p)-[:{ROLE_EDGES['presided']}]->(m) "
        "WITH m, i, collect(DISTINCT p.name) AS presided "
        "RETURN m.year AS year, m.month AS month, m.day AS day, i.sitting AS sitting, m.name AS meeting, presided "
        "ORDER BY year, month, day, sitting"
    ),
    "coattend": (
        f"MATCH (p:Person {{name: $name}})-[:{ROLE_PATTERN}]->(m:Meeting)"
        f"<-[:{ROLE_PATTERN}]-(o:Person) WHERE o.id <> p.id "
        "RETURN o.name AS who, count(DISTINCT m.id) AS shared ORDER BY shared DESC, who"
    ),
}
