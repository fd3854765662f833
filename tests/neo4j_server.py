"""The Bolt server the neo4j-marked tests run against.

- NEO4J_URI set: that server (NEO4J_USER, default "neo4j"; NEO4J_PASSWORD;
  NEO4J_DATABASE, default the server's default database). It must be a scratch
  database: every test deletes everything in it.
- Otherwise: an ArcadeDB server from the `arcadedb-embedded` package, started
  once per test session on free loopback ports (tests/support/arcadedb_server.py).

Neither available → the tests FAIL (never skip): CI must really run them.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

import pytest


@dataclass
class BoltTarget:
    driver: object
    database: str | None
    uri: str
    kind: str  # "neo4j" (NEO4J_URI) or "arcadedb"
    user: str = "neo4j"
    password: str = ""  # for tests that run `huiyi load` (it reads NEO4J_PASSWORD)

    def run(self, query: str, **params) -> list[dict]:
        with self.driver.session(database=self.database) as session:
            return [r.data() for r in session.run(query, params)]

    def counts(self) -> tuple[int, int]:
        """(nodes, relationships) of the graph: the load markers (HuiyiLoad, bookkeeping) are not counted."""
        nodes = self.run("MATCH (n) WHERE NOT n:HuiyiLoad RETURN count(n) AS c")[0]["c"]
        rels = self.run("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
        return nodes, rels

    def labels(self) -> set[str]:
        return {r["l"] for r in self.run("MATCH (n) WHERE NOT n:HuiyiLoad UNWIND labels(n) AS l "
                                         "RETURN DISTINCT l AS l")}

    def markers(self) -> list[dict]:
        """The load markers (graph.neo4j_load: one per output folder loaded)."""
        return [r["p"] for r in self.run("MATCH (m:HuiyiLoad) RETURN properties(m) AS p")]

    def clear(self) -> None:
        self.run("MATCH (n) DETACH DELETE n")


@pytest.fixture(scope="session")
def bolt_target():
    import neo4j

    with contextlib.ExitStack() as stack:
        uri = os.environ.get("NEO4J_URI")
        if uri:
            user = os.environ.get("NEO4J_USER", "neo4j")
            password = os.environ.get("NEO4J_PASSWORD", "")
            database = os.environ.get("NEO4J_DATABASE") or None
            kind = "neo4j"
        else:
            from support.arcadedb_server import DATABASE, ArcadeDBStartError, arcadedb_bolt_server

            try:
                uri, user, password = stack.enter_context(arcadedb_bolt_server())
            except ArcadeDBStartError as e:
                pytest.fail(f"no Bolt server for the neo4j tests: NEO4J_URI is not set and ArcadeDB failed: {e}",
                            pytrace=False)
            database = DATABASE
            kind = "arcadedb"
        driver = stack.enter_context(neo4j.GraphDatabase.driver(uri, auth=(user, password)))
        try:
            driver.verify_connectivity()
        except Exception as e:
            pytest.fail(f"cannot connect to the Bolt server at {uri}: {e}", pytrace=False)
        yield BoltTarget(driver=driver, database=database, uri=uri, kind=kind, user=user, password=password)


@pytest.fixture
def neo4j_db(bolt_target):
    """The Bolt target, emptied before the test."""
    bolt_target.clear()
    return bolt_target
