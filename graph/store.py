"""Save and load the graph as deterministic node-link JSON.

The same graph always gives byte-identical output: nodes sorted by id, links
by (source, target, key), keys sorted, UTF-8.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx

GRAPH_SCHEMA_VERSION = 1


def graph_to_dict(g: nx.MultiDiGraph) -> dict:
    nodes = [{"id": n, **g.nodes[n]} for n in sorted(g.nodes)]
    links = [
        {"source": u, "target": v, "key": k, **d}
        for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    ]
    return {
        "schema_version": GRAPH_SCHEMA_VERSION,
        "directed": True,
        "multigraph": True,
        "graph": {k: v for k, v in sorted(g.graph.items())},
        "nodes": nodes,
        "links": links,
    }


def graph_from_dict(data: dict) -> nx.MultiDiGraph:
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    version = data.get("schema_version")
    if version != GRAPH_SCHEMA_VERSION:
        raise ValueError(f"graph schema version {version!r}, expected {GRAPH_SCHEMA_VERSION}")
    g = nx.MultiDiGraph(**data.get("graph", {}))
    for n in data["nodes"]:
        attrs = dict(n)
        g.add_node(attrs.pop("id"), **attrs)
    for link in data["links"]:
        attrs = dict(link)
        g.add_edge(attrs.pop("source"), attrs.pop("target"), key=attrs.pop("key"), **attrs)
    return g


def dumps(g: nx.MultiDiGraph) -> str:
    """Node-link JSON, keys sorted, one node or link per line: deterministic and diffable. (json's `indent`
    would force its pure-Python encoder, several times slower on large graphs.)"""
    data = graph_to_dict(g)

    def enc(x) -> str:
        return json.dumps(x, ensure_ascii=False, sort_keys=True)

    parts = ["{"]
    for i, key in enumerate(sorted(data)):
        sep = "," if i < len(data) - 1 else ""
        val = data[key]
        if key in ("nodes", "links") and val:
            parts.append(f"{enc(key)}: [\n" + ",\n".join(map(enc, val)) + f"\n]{sep}")
        else:
            parts.append(f"{enc(key)}: {enc(val)}{sep}")
    return "\n".join(parts) + "\n}\n"


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write via a temp file in the same folder + rename: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_graph(g: nx.MultiDiGraph, path: str | Path) -> None:
    atomic_write_text(path, dumps(g))


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such graph file (run `huiyi run` first)") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{path}: not a huiyi graph file: {e}") from None
    try:
        return graph_from_dict(data)
    except (KeyError, ValueError, TypeError) as e:
        raise ValueError(f"{path}: not a huiyi graph file: {e}") from None
