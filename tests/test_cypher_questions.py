"""The corpus questions as documented Cypher (graph.neo4j_query.CYPHER_QUESTIONS, docs/queries.md), run through
`huiyi cypher` against the Bolt server: the same answers as the Python questions."""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from huiyi.graph.build import build_graph
from huiyi.graph.neo4j_load import load_graph
from huiyi.graph.neo4j_query import CYPHER_QUESTIONS
from huiyi.graph.query import query_graph

from huiyi.cli import main

try:
    from test_queries import corpus_question_records
except ImportError:  # tests collected as a package
    from tests.test_queries import corpus_question_records


def _cypher(target, question: str, name: str, monkeypatch) -> list[dict]:
    monkeypatch.setenv("NEO4J_PASSWORD", target.password)
    where = ["--uri", target.uri, "--user", target.user, *(["--database", target.database] if target.database else [])]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main(["cypher", CYPHER_QUESTIONS[question], "--param", f"name={name}", *where])
    assert rc == 0
    return [json.loads(x) for x in out.getvalue().splitlines()]


@pytest.mark.neo4j
def test_documented_cypher_answers_the_questions(neo4j_db, monkeypatch):
    g = build_graph(corpus_question_records())
    load_graph(neo4j_db.driver, g, database=neo4j_db.database)
    timeline = _cypher(neo4j_db, "timeline", "李某", monkeypatch)
    expected = [r for r in query_graph(g, "person", "李某", timeline=True).rows if r["kind"] == "title"]
    assert [(r["title"], r["first_seen"], r["last_seen"], r["reports"]) for r in timeline] == [
        (r["title"], r["first_seen"], r["last_seen"], r["count"]) for r in expected]
    series = _cypher(neo4j_db, "series", "国务院常务会议", monkeypatch)
    assert [(r["sitting"], r["presided"]) for r in series] == [(1, ["李某"]), (2, ["李某"]), (3, ["李某"])]
    coattend = _cypher(neo4j_db, "coattend", "李某", monkeypatch)
    assert [(r["who"], r["shared"]) for r in coattend] == [
        (r["who"], r["shared"]) for r in query_graph(g, "coattend", "李某").rows]


def test_documented_cypher_is_what_the_docs_show():
    from pathlib import Path

    docs = (Path(__file__).resolve().parent.parent / "docs" / "queries.md").read_text(encoding="utf-8")
    assert all(q in docs for q in CYPHER_QUESTIONS.values())
