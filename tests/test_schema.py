"""One graph schema (graph/schema.py): every record field is mapped to the graph or marked as not in it, and a
graph built from real reports uses only the labels, types and properties the schema declares."""

from __future__ import annotations

import json

import pytest
from huiyi.graph import schema
from huiyi.graph.build import build_graph
from huiyi.pipeline import records
from huiyi.pipeline.extract import extract
from huiyi.pipeline.reader import Report
from pydantic import BaseModel


def _record_models() -> dict[str, type[BaseModel]]:
    return {name: obj for name, obj in vars(records).items()
            if isinstance(obj, type) and issubclass(obj, BaseModel) and obj.__module__ == records.__name__
            and not name.startswith("_") and name != "ReportError"}


def test_every_record_field_is_mapped_or_marked():
    models = _record_models()
    assert set(models) == set(schema.RECORD_FIELDS), "a record model the schema does not map (or maps no more)"
    for name, model in models.items():
        assert set(model.model_fields) == set(schema.RECORD_FIELDS[name]), name


def test_role_map_follows_the_records_roles():
    assert tuple(schema.ROLE_EDGES) == records.ROLES
    assert set(schema.ROLE_TYPES) <= set(schema.EDGE_TYPES)


@pytest.fixture(scope="module")
def dev_graph(nlp, shared_dir):
    with (shared_dir / "gold" / "dev2.jsonl").open(encoding="utf-8") as fh:
        reports = [Report(id=d["id"], text=d["text"]) for d in map(json.loads, fh)]
    return build_graph(r for r in extract(nlp, reports) if isinstance(r, records.ReportRecord))


def test_graph_uses_only_what_the_schema_declares(dev_graph):
    g = dev_graph
    seen_labels, seen_types = set(), set()
    for n, data in g.nodes(data=True):
        label = data["label"]
        seen_labels.add(label)
        assert set(data) <= {*schema.NODES[label], *schema.NODE_COMMON}, (n, set(data) - set(schema.NODES[label]))
    for u, v, data in g.edges(data=True):
        typ = data["type"]
        seen_types.add(typ)
        sources, targets, keys = schema.EDGES[typ]
        assert g.nodes[u]["label"] in sources and g.nodes[v]["label"] in targets, (typ, u, v)
        assert set(data) <= {*keys, *schema.EDGE_COMMON}, (typ, set(data) - set(keys))
    # the reports exercise most of the schema: a label or type nobody makes is a schema entry to question
    assert seen_labels == set(schema.NODE_TYPES)
    assert seen_types >= set(schema.EDGE_TYPES) - {"HAS_SUBLIST"}


def test_neo4j_keys_cover_every_property():
    node_props = {k for keys in schema.NODES.values() for k in keys}
    assert node_props <= set(schema.NODE_KEYS)
    edge_props = {k for *_, keys in schema.EDGES.values() for k in keys}
    assert edge_props | {"report"} <= set(schema.EDGE_KEYS)
