"""Export the graph as GraphML or GEXF (networkx's writers) for Gephi, Cytoscape, yEd and similar tools.

Both formats hold only scalar attributes, so values are flattened the way graph.neo4j_load stores them
(`storable_props`: evidence → evidence_sentence/_start/_end, None dropped), then lists become one string
joined with "; " and an attribute with values of several types becomes text throughout.

Attribute names are the same in both formats: a node's `label` is its display name (what Gephi shows),
`kind` its type (Person, Meeting…); an edge's `relation` is its type (PRESIDED…), also its GEXF label.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from huiyi.graph.neo4j_load import storable_props

FORMATS = ("graphml", "gexf")


def _scalar(v):
    if isinstance(v, list | tuple):
        return "; ".join(str(x) for x in v)
    return v


def _unify(items: list[dict]) -> None:
    """An attribute whose values have several types becomes text everywhere (both writers need one type)."""
    types: dict[str, set[type]] = {}
    for attrs in items:
        for k, v in attrs.items():
            types.setdefault(k, set()).add(type(v))
    mixed = {k for k, ts in types.items() if len(ts) > 1}
    for attrs in items:
        for k in mixed & attrs.keys():
            attrs[k] = str(attrs[k])


def flat_graph(g: nx.MultiDiGraph, fmt: str) -> nx.MultiDiGraph:
    """A copy of `g` with scalar attributes only, named as the module docstring says."""
    out = nx.MultiDiGraph()
    nodes = []
    for n, d in g.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in storable_props(d, skip=("label",)).items()}
        attrs["kind"] = d.get("label")
        attrs["label"] = str(d.get("name") or n)
        nodes.append((n, attrs))
    edges = []
    for u, v, k, d in g.edges(keys=True, data=True):
        attrs = {kk: _scalar(vv) for kk, vv in storable_props(d, skip=("type",)).items()}
        attrs["relation"] = d.get("type")
        if fmt == "gexf":
            attrs["label"] = d.get("type")
        edges.append((u, v, k, attrs))
    _unify([a for _, a in nodes])
    _unify([a for *_, a in edges])
    out.add_nodes_from(nodes)
    for u, v, k, attrs in edges:
        out.add_edge(u, v, key=k, **attrs)
    return out


def export_networkx(g: nx.MultiDiGraph, path: str | Path, fmt: str) -> tuple[int, int]:
    """Write `g` as GraphML or GEXF (UTF-8); returns (nodes, edges) written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
    flat = flat_graph(g, fmt)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if fmt == "graphml":
            nx.write_graphml(flat, tmp, encoding="utf-8", named_key_ids=True)
        else:
            nx.write_gexf(flat, tmp, encoding="utf-8")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return flat.number_of_nodes(), flat.number_of_edges()
