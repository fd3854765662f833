"""The layering contract, checked from the source: report → Doc → record → graph, arrows pointing one way.

Layers, top to bottom (a module may import its own layer and the layers below it, never one above):
  huiyi.cli → runners (huiyi.batch, huiyi.worker, huiyi.distributed, huiyi.forkserver_guard, huiyi.silver,
  huiyi.evaluate)
  → huiyi.graph → huiyi.pipeline → huiyi.pipeline.records.
No import cycles between modules (imports inside functions included: they are imports all the same), and
nothing test-only (tests/support) is imported by runtime code. The folders map to the installed namespace as
pyproject's package-dir says (pipeline/ → huiyi.pipeline, graph/ → huiyi.graph).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"huiyi": "huiyi", "pipeline": "huiyi.pipeline", "graph": "huiyi.graph"}
LAYERS = [
    ("cli", ["huiyi.cli"]),
    ("runners", ["huiyi.batch", "huiyi.worker", "huiyi.distributed", "huiyi.forkserver_guard", "huiyi.silver",
                 "huiyi.evaluate"]),
    ("graph", ["huiyi.graph"]),
    ("pipeline", ["huiyi.pipeline"]),
    ("records", ["huiyi.pipeline.records", "huiyi"]),  # huiyi/__init__.py
]


def _modules() -> dict[str, Path]:
    out = {}
    for folder, package in FOLDERS.items():
        for path in (ROOT / folder).rglob("*.py"):
            rel = path.relative_to(ROOT / folder).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            name = ".".join([package, *parts]) if parts else package
            if folder == "huiyi" and parts and parts[0] in ("pipeline", "graph"):
                continue
            out[name] = path
    return out


def _layer(module: str) -> int:
    best = None
    for k, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and (best is None or len(p) > best[1]):
                best = (k, len(p))
    assert best is not None, module
    return best[0]


def _imports(path: Path, module: str, known: set[str]) -> set[str]:
    """The huiyi modules a file imports (absolute and relative), resolved to the longest known module."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = module.split(".")[: -node.level] if path.stem != "__init__" else module.split(".")[
                    : len(module.split(".")) - node.level + 1]
                base = ".".join([*pkg, base] if base else pkg)
            names = [base] + [f"{base}.{a.name}" for a in node.names]
        for n in names:
            while n and n not in known:
                n = n.rpartition(".")[0]
            if n and n != module:
                out.add(n)
    return out


@pytest.fixture(scope="module")
def graph() -> nx.DiGraph:
    mods = _modules()
    g = nx.DiGraph()
    g.add_nodes_from(mods)
    for name, path in mods.items():
        for target in _imports(path, name, set(mods)):
            g.add_edge(name, target)
    return g


def test_every_module_has_a_layer(graph):
    assert all(_layer(m) is not None for m in graph)
    assert {"huiyi.pipeline.meetings", "huiyi.graph.build", "huiyi.pipeline.records", "huiyi.cli"} <= set(graph)


def test_layers_point_one_way(graph):
    upward = sorted(f"{a} -> {b}" for a, b in graph.edges if _layer(b) < _layer(a))
    assert upward == []


def test_no_import_cycles(graph):
    # a package's __init__ re-exporting its modules is not a cycle of the code
    g = graph.copy()
    g.remove_edges_from([(a, b) for a, b in graph.edges if b.startswith(a + ".")])
    assert [sorted(c) for c in nx.simple_cycles(g)] == []


def test_runtime_imports_no_test_harness():
    for folder in FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "support.browser" not in text and "arcadedb_server" not in text, path


def test_the_checker_sees_an_upward_import(tmp_path):
    """The check can fail: an import from the pipeline into the CLI is found and ranked upward."""
    src = tmp_path / "x.py"
    src.write_text("def f():\n    from huiyi.cli import main\n", encoding="utf-8")
    found = _imports(src, "huiyi.pipeline.x", {"huiyi.cli", "huiyi.pipeline.x"})
    assert found == {"huiyi.cli"} and _layer("huiyi.cli") < _layer("huiyi.pipeline.x")


def test_folders_read_top_to_bottom(graph):
    """huiyi/ (CLI, runners) → graph/ → pipeline/ (with the record schema at its floor): no folder imports one
    above it, and huiyi/ holds no module that a lower folder needs."""
    folder = {m: ("huiyi" if not m.startswith(("huiyi.graph", "huiyi.pipeline")) else m.split(".")[1]) for m in graph}
    rank = {"huiyi": 0, "graph": 1, "pipeline": 2}
    upward = sorted(f"{a} -> {b}" for a, b in graph.edges if rank[folder[b]] < rank[folder[a]])
    assert upward == []
    assert folder["huiyi.pipeline.records"] == "pipeline"
