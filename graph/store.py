"""Save and load the graph as deterministic node-link JSON.

The same graph always gives byte-identical output: nodes sorted by id, links
by (source, target, key), keys sorted, UTF-8.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import networkx as nx
from huiyi.graph.build import GRAPH_SCHEMA_VERSION


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


def encode_line(x) -> str:
    """One node or link of graph.json: keys sorted, UTF-8, no spaces (the file is one item a line anyway)."""
    return json.dumps(x, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_enc = encode_line


def node_link_chunks(graph_attrs: dict, node_lines: Iterable[str], link_lines: Iterable[str]) -> Iterator[str]:
    """The text of a graph.json, piece by piece, from its node and link lines (each one `_enc` of a node or
    link, in sorted order): lets graph.incremental stream the file from its store with the same bytes."""
    head = {"directed": True, "graph": {k: v for k, v in sorted(graph_attrs.items())}, "multigraph": True,
            "schema_version": GRAPH_SCHEMA_VERSION}
    keys = sorted([*head, "links", "nodes"])
    yield "{\n"
    for i, key in enumerate(keys):
        sep = "," if i < len(keys) - 1 else ""
        if key in ("nodes", "links"):
            lines = iter(node_lines if key == "nodes" else link_lines)
            first = next(lines, None)
            if first is None:
                yield f"{_enc(key)}: []{sep}\n"
                continue
            yield f"{_enc(key)}: [\n{first}"
            for line in lines:
                yield ",\n" + line
            yield f"\n]{sep}\n"
        else:
            yield f"{_enc(key)}: {_enc(head[key])}{sep}\n"
    yield "}\n"


def dumps(g: nx.MultiDiGraph) -> str:
    """Node-link JSON, keys sorted, one node or link per line: deterministic and diffable. (json's `indent`
    would force its pure-Python encoder, several times slower on large graphs.)"""
    data = graph_to_dict(g)
    return "".join(node_link_chunks(data["graph"], map(_enc, data["nodes"]), map(_enc, data["links"])))


def write_node_link(path: str | Path, graph_attrs: dict, node_lines: Iterable[str], link_lines: Iterable[str]) -> int:
    """Stream a graph.json to `path` atomically (see `node_link_chunks`); returns the bytes written."""
    size = 0

    def write(fh) -> None:
        nonlocal size
        buf: list[str] = []
        for chunk in node_link_chunks(graph_attrs, node_lines, link_lines):
            buf.append(chunk)
            if len(buf) >= 4096:
                data = "".join(buf)
                size += fh.write(data.encode("utf-8"))
                buf.clear()
        size += fh.write("".join(buf).encode("utf-8"))

    atomic_write(path, write)
    return size


def atomic_write(path: str | Path, write: Callable) -> None:
    """Call write(binary file) on a temp file in the same folder, fsync, rename: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write UTF-8 text via a temp file in the same folder + rename."""
    atomic_write(path, lambda fh: fh.write(text.encode("utf-8")))


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


# -- patching a graph.json in place of rewriting it ----------------------------------------------------------

_FIELD = {name: re.compile(rb'(?:^\{|,)"' + name.encode() + rb'":("(?:[^"\\]|\\.)*")')
          for name in ("id", "source", "target", "key")}


def _field(line: bytes, name: str) -> str:
    # a quote inside a JSON string value is always escaped, so `,"id":"` can only be the key itself
    return json.loads(_FIELD[name].search(line)[1])


def node_key(line: bytes) -> str:
    return _field(line, "id")


def link_key(line: bytes) -> tuple[str, str, str]:
    return _field(line, "source"), _field(line, "target"), _field(line, "key")


def _patch_section(mm, a: int, b: int, changes: list, keyfn, out: list) -> bool:
    """Lay out the lines in mm[a:b] (joined by ",\\n") into `out` with `changes` [(key, line | None)] (sorted by key) applied:
    a line is replaced, inserted in key order, or dropped (None). Unchanged runs of lines are copied as
    bytes; each change costs a binary search. False when the section would end up empty."""

    def start_of(p: int, lo: int) -> int:
        s = mm.rfind(b"\n", lo, p)
        return lo if s < 0 else s + 1

    def line_at(s: int) -> tuple[bytes, int]:
        """The line starting at s (without its ",") and the start of the next line (b + 1 after the last)."""
        e = mm.find(b"\n", s, b)
        return (mm[s:b], b + 1) if e < 0 else (mm[s:e - 1], e + 1)

    def lower_bound(lo: int, key) -> int:
        hi = b + 1
        while lo < hi:
            s = start_of(min((lo + hi) // 2, b), lo)
            line, nxt = line_at(s)
            if keyfn(line) < key:
                lo = nxt
            else:
                hi = s
        return lo

    pos, wrote = a, False

    def emit(piece) -> None:
        nonlocal wrote
        if wrote:
            out.append(b",\n")
        out.append(piece)
        wrote = True

    for key, new in changes:
        p = lower_bound(pos, key) if pos <= b else b + 1
        if p > pos:
            emit((pos, b if p > b else p - 2))  # the lines before p, without the separator in front of p
        pos = p
        if p <= b:
            line, nxt = line_at(p)
            if keyfn(line) == key:
                pos = nxt
        if new is not None:
            emit(new.encode("utf-8"))
    if pos <= b:
        emit((pos, b))
    return wrote


def patch_node_link(path: str | Path, nodes: dict[str, str | None], links: dict[tuple, str | None]) -> int | None:
    """Write graph.json anew from its current bytes with these node and link lines replaced, added or removed
    (None), atomically; the bytes `node_link_chunks` would give for the changed graph. Returns the size, or
    None when the file is missing or not of that shape (the caller then writes it in full)."""
    import mmap

    path = Path(path)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        return None
    with fh:
        try:
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # empty file
            return None
        with mm:
            la = mm.find(b'\n"links": [\n')
            lb = mm.find(b'\n],\n"multigraph": true,\n"nodes": [\n', max(la, 0))
            na = lb + len(b'\n],\n"multigraph": true,\n"nodes": [\n')
            nb = mm.find(b'\n],\n"schema_version": ', max(na, 0))
            if min(la, lb, nb) < 0 or mm[:2] != b"{\n":
                return None
            out: list = [(0, la + len(b'\n"links": [\n'))]  # byte ranges of the old file, or new bytes
            try:
                ok = _patch_section(mm, la + len(b'\n"links": [\n'), lb, sorted(links.items()), link_key, out)
                out.append((lb, na))
                ok = ok and _patch_section(mm, na, nb, sorted(nodes.items()), node_key, out)
            except (TypeError, ValueError):  # a line without its key: not a file this wrote
                return None
            if not ok:
                return None
            out.append((nb, len(mm)))
            size = sum(x[1] - x[0] if isinstance(x, tuple) else len(x) for x in out)

            def write(dst) -> None:
                """Old ranges by os.copy_file_range (the kernel copies, no pass through Python), else from the map."""
                view = memoryview(mm)
                kernel = hasattr(os, "copy_file_range")
                try:
                    for piece in out:
                        if not isinstance(piece, tuple):
                            dst.write(piece)
                            continue
                        x, y = piece
                        if kernel:
                            dst.flush()
                            try:
                                while x < y:
                                    copied = os.copy_file_range(fh.fileno(), dst.fileno(), y - x, x)
                                    if not copied:
                                        raise OSError("copy_file_range copied nothing")
                                    x += copied
                            except OSError:
                                if x != piece[0]:
                                    raise
                                kernel = False  # not supported here: copy through the map from now on
                        if x < y:
                            dst.write(view[x:y])
                finally:
                    view.release()

            atomic_write(path, write)
    return size
