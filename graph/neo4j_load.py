"""Load the huiyi graph into Neo4j (or any Bolt server that speaks Neo4j 5 Cypher).

- One uniqueness constraint on `id` per node label, created first.
- Nodes per label: `UNWIND $rows AS row MERGE (n:Label {id: row.id}) SET n += row.props`.
- Relationships per (type, source label, target label):
  `... MERGE (a)-[r:TYPE {key: row.key}]->(b) SET r += row.props`.
- Labels and types come only from the whitelists in graph.build (NODE_TYPES,
  EDGE_TYPES); every data value travels as a query parameter.
- Each batch is one managed write transaction (`session.execute_write`): it is
  retried on transient errors and is all-or-nothing. A failed batch raises
  `LoadError`, naming the label/type, the batch index and the row range.
- MERGE on ids and relationship keys makes loading idempotent: loading the same
  graph twice leaves the same nodes and relationships; loading other reports
  later merges them in (a person seen again stays one node).
- `load_delta` (a `huiyi run` folder): only what changed in its graph store (graph.incremental) since the
  last load into that database, deletions of replaced reports' facts included.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx
from huiyi.graph.build import EDGE_TYPES, NODE_TYPES, build_graph

from huiyi.records import ReportRecord

log = logging.getLogger(__name__)

_INT64 = (-(2**63), 2**63 - 1)

NODE_QUERY = "UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props RETURN count(n) AS written"
REL_QUERY = (
    "UNWIND $rows AS row "
    "MATCH (a:{src} {{id: row.src}}) MATCH (b:{dst} {{id: row.dst}}) "
    "MERGE (a)-[r:{type} {{key: row.key}}]->(b) SET r += row.props RETURN count(r) AS written"
)
CONSTRAINT_QUERY = "CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
INDEX_QUERY = "CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.id)"


class LoadError(RuntimeError):
    """A batch failed; nothing of it was written (earlier batches were committed)."""

    def __init__(self, kind: str, name: str, batch: int, start: int, end: int, total: int, cause: Exception):
        self.kind = kind  # "nodes" or "relationships"
        self.name = name  # label, or "TYPE (Src->Dst)"
        self.batch = batch  # 0-based batch index within that label/type group
        self.start = start  # row range [start, end) within the group
        self.end = end
        self.total = total
        self.cause = cause
        super().__init__(
            f"loading {kind} {name}: batch {batch} (rows {start}-{end - 1} of {total}) failed and was "
            f"rolled back; earlier batches are committed: {type(cause).__name__}: {cause}"
        )


def _check_label(label: str) -> str:
    if label not in NODE_TYPES:
        raise ValueError(f"node label {label!r} is not one of graph.build.NODE_TYPES")
    return label


def _check_type(typ: str) -> str:
    if typ not in EDGE_TYPES:
        raise ValueError(f"relationship type {typ!r} is not one of graph.build.EDGE_TYPES")
    return typ


def constraint_name(label: str) -> str:
    return f"huiyi_{_check_label(label).lower()}_id"


# -- property values -------------------------------------------------------------------------

def _scalar_ok(v) -> bool:
    if isinstance(v, (bool, str)):
        return True
    if isinstance(v, int):
        return _INT64[0] <= v <= _INT64[1]
    return isinstance(v, float)


def storable_value(v):
    """A value Neo4j can store as a property, or None to drop it.

    Scalars stay (ints outside int64 become strings); lists of one scalar type
    stay (None elements dropped, empty lists dropped); anything else (dicts,
    mixed or nested lists) becomes a JSON string.
    """
    if v is None:
        return None
    if _scalar_ok(v):
        return v
    if isinstance(v, int):  # outside int64
        return str(v)
    if isinstance(v, (list, tuple, set, frozenset)):
        items = [x for x in (sorted(v, key=str) if isinstance(v, (set, frozenset)) else v) if x is not None]
        if not items:
            return None
        kinds = {bool if isinstance(x, bool) else int if isinstance(x, int) else type(x) for x in items}
        if len(kinds) == 1 and all(_scalar_ok(x) for x in items):
            return list(items)
        if kinds <= {int, float} and all(_scalar_ok(x) for x in items):
            return [float(x) for x in items]
    return json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)


def storable_props(attrs: dict, skip: Iterable[str] = ()) -> dict:
    """Node/edge attributes → Neo4j properties.

    The evidence dict becomes evidence_sentence / evidence_start / evidence_end;
    None values are dropped; see `storable_value` for the rest.
    """
    skip = set(skip)
    out: dict = {}
    for k, v in attrs.items():
        if k in skip:
            continue
        if k == "evidence" and isinstance(v, dict):
            for sub in ("sentence", "start", "end"):
                sv = storable_value(v.get(sub))
                if sv is not None:
                    out[f"evidence_{sub}"] = sv
            continue
        sv = storable_value(v)
        if sv is not None:
            out[k] = sv
    return out


# -- rows --------------------------------------------------------------------------------------

def node_rows(g: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """{label: [{"id", "props"}]} in a stable order (sorted by id)."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for n in sorted(g.nodes):
        data = g.nodes[n]
        label = _check_label(data.get("label"))
        rows[label].append({"id": n, "props": storable_props(data, skip=("label", "id"))})
    return {label: rows[label] for label in NODE_TYPES if label in rows}


def rel_rows(g: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict]]:
    """{(type, source label, target label): [{"src", "dst", "key", "props"}]}, stable order."""
    rows: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for u, v, k, data in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        typ = _check_type(data.get("type"))
        group = (typ, _check_label(g.nodes[u]["label"]), _check_label(g.nodes[v]["label"]))
        rows[group].append({"src": u, "dst": v, "key": str(k), "props": storable_props(data, skip=("type", "key"))})
    return {grp: rows[grp] for grp in sorted(rows, key=lambda t: (EDGE_TYPES.index(t[0]), t[1], t[2]))}


def _batches(rows: list, size: int) -> Iterator[tuple[int, int, list]]:
    for i, start in enumerate(range(0, len(rows), size)):
        yield i, start, rows[start:start + size]


# -- writing -----------------------------------------------------------------------------------

def _write_batch(tx, query: str, rows: list[dict]) -> int:
    written = tx.run(query, rows=rows).single()["written"]
    if written != len(rows):
        # a relationship whose endpoint is missing matches nothing: refuse (rolls back the batch)
        raise RuntimeError(f"{written} of {len(rows)} rows written (missing endpoint nodes?)")
    return written


def is_arcadedb(driver) -> bool:
    """Whether the Bolt server is ArcadeDB (agent "Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)")."""
    return "arcadedb" in (driver.get_server_info().agent or "").lower()


def ensure_constraints(driver, database: str | None = None, labels: Iterable[str] = NODE_TYPES) -> None:
    """A uniqueness constraint on `id` per label (IF NOT EXISTS: safe to repeat).

    ArcadeDB's Bolt accepts the same statement. Should a Bolt server that is
    ArcadeDB refuse it, a plain index on `id` is created instead (MERGE stays
    correct, only the uniqueness guarantee is ArcadeDB's type index's).
    """
    with driver.session(database=database) as session:
        for label in labels:
            name = constraint_name(label)
            try:
                session.run(CONSTRAINT_QUERY.format(name=name, label=label)).consume()
            except Exception as e:
                if not is_arcadedb(driver):
                    raise
                log.warning("ArcadeDB refused %s (%s); creating an index instead", name, e)
                session.run(INDEX_QUERY.format(name=name, label=label)).consume()


def load_graph(driver, g: nx.MultiDiGraph, database: str | None = None, batch_size: int = 5000) -> dict:
    """MERGE every node and relationship of `g` into the database; return counts.

    Returns {"nodes": n, "relationships": m, "nodes_by_label": {...},
    "relationships_by_type": {...}, "batches": b} — the rows written, which are
    the graph's node and edge counts (the same on every load of the same graph).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    ensure_constraints(driver, database)
    counts = {"nodes": 0, "relationships": 0, "nodes_by_label": {}, "relationships_by_type": {}, "batches": 0}
    with driver.session(database=database) as session:
        for label, rows in node_rows(g).items():
            query = NODE_QUERY.format(label=label)
            for i, start, batch in _batches(rows, batch_size):
                try:
                    session.execute_write(_write_batch, query, batch)
                except Exception as e:
                    raise LoadError("nodes", label, i, start, start + len(batch), len(rows), e) from e
                counts["batches"] += 1
            counts["nodes_by_label"][label] = len(rows)
            counts["nodes"] += len(rows)
        for (typ, src, dst), rows in rel_rows(g).items():
            query = REL_QUERY.format(type=typ, src=src, dst=dst)
            for i, start, batch in _batches(rows, batch_size):
                try:
                    session.execute_write(_write_batch, query, batch)
                except Exception as e:
                    raise LoadError("relationships", f"{typ} ({src}->{dst})", i, start, start + len(batch),
                                    len(rows), e) from e
                counts["batches"] += 1
            counts["relationships_by_type"][typ] = counts["relationships_by_type"].get(typ, 0) + len(rows)
            counts["relationships"] += len(rows)
    return counts


# -- inputs ------------------------------------------------------------------------------------

def read_records(path: str | Path) -> Iterator[ReportRecord]:
    """ReportRecords from a records.jsonl file (blank lines skipped; errors name the line)."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield ReportRecord.from_json(line)
            except ValueError as e:
                raise ValueError(f"{path}:{lineno}: not a huiyi record: {e}") from None


def graph_from_file(path: str | Path) -> nx.MultiDiGraph:
    """A graph from records.jsonl (built with graph.build.build_graph) or graph.json (graph.store)."""
    path = Path(path)
    if path.suffix == ".jsonl":
        return build_graph(read_records(path))
    from huiyi.graph.store import load_graph as load_graph_json

    return load_graph_json(path)


def load_file(driver, path: str | Path, database: str | None = None, batch_size: int = 5000) -> dict:
    """`load_graph` for a records.jsonl or graph.json file; `load_delta` for a `huiyi run` output folder."""
    if Path(path).is_dir():
        return load_delta(driver, path, database=database, batch_size=batch_size)
    return load_graph(driver, graph_from_file(path), database=database, batch_size=batch_size)


# -- delta loads from a `huiyi run` output folder -----------------------------------------------------------

DELETE_REL_QUERY = ("UNWIND $rows AS row MATCH (a:{src} {{id: row.src}})-[r:{type} {{key: row.key}}]->"
                    "(b:{dst} {{id: row.dst}}) DELETE r RETURN count(*) AS written")
DELETE_NODE_QUERY = "UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) DETACH DELETE n RETURN count(*) AS written"
# every property graph.build may set: a delta sends the absent ones as null, so a property a replaced
# report took away is removed (SET += null), not left behind
NODE_KEYS = ("name", "title", "date", "source", "path", "region", "scope", "why", "reports", "org", "full_name", "aliases", "year",
             "month", "day", "date_text", "heading", "declared_count", "style", "count_mismatch", "lead", "text",
             "rank", "marker", "count")
EDGE_KEYS = ("report", "evidence_sentence", "evidence_start", "evidence_end", "what", "on_behalf_of", "title", "org",
             "date", "rank", "count", "sitting")


def _target(driver, database: str | None) -> str:
    """Which database a load went to: the server's address and the database name."""
    try:
        address = str(driver.get_server_info().address)
    except Exception:  # noqa: BLE001  (an old driver or server: one record per database name then)
        address = "?"
    return f"{address}|{database or ''}"


def _with_nulls(props: dict, keys: tuple[str, ...]) -> dict:
    return {**{k: None for k in keys}, **props}


def _write_groups(session, groups, kind: str, exact: bool) -> tuple[int, int]:
    """Write (name, query, rows) groups in batches; returns (rows sent, batches)."""
    sent = batches = 0
    for name, query, rows, size in groups:
        for i, start, batch in _batches(rows, size):
            try:
                session.execute_write(_write_batch if exact else _run_batch, query, batch)
            except Exception as e:
                raise LoadError(kind, name, i, start, start + len(batch), len(rows), e) from e
            sent += len(batch)
            batches += 1
    return sent, batches


def _run_batch(tx, query: str, rows: list[dict]) -> int:
    return tx.run(query, rows=rows).single()["written"]


def load_delta(driver, out_dir: str | Path, database: str | None = None, batch_size: int = 5000) -> dict:
    """Send what changed in a `huiyi run` folder's graph store (graph.sqlite) since the last load into this
    database: nodes and relationships written since, and deletions of the relationships and nodes removed
    since (a replaced report's facts). The first load, or one into a database whose Report count is not what
    the last load left, sends everything. Idempotent: all MERGE/DELETE by id and key; the load is recorded
    in the store only once every batch is committed, so a failed load is resent whole next time.

    Returns counts as `load_graph` does (rows sent) plus "mode" ("full" or "delta"), "deleted_nodes",
    "deleted_relationships" and "rows" (all rows sent)."""
    from huiyi.graph.incremental import SEP, GraphStore

    path = Path(out_dir) / "graph.sqlite"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no graph store (run `huiyi run … -o {out_dir}` first)")
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    ensure_constraints(driver, database)
    target = _target(driver, database)
    with GraphStore(path) as store, driver.session(database=database) as session:
        db = store.db
        last = db.execute("SELECT gen, reports FROM loads WHERE target=?", (target,)).fetchone()
        if last is not None:
            have = session.run("MATCH (r:Report) RETURN count(r) AS c").single()["c"]
            if have != last[1]:
                last = None
        since = last[0] if last is not None else -1
        gen = store.gen
        counts = {"mode": "full" if last is None else "delta", "nodes": 0, "relationships": 0, "nodes_by_label": {},
                  "relationships_by_type": {}, "deleted_nodes": 0, "deleted_relationships": 0, "batches": 0}
        # deletions: what was removed since the last load and is not there again now
        dels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        for eid, lab in db.execute("SELECT DISTINCT id, label FROM gone WHERE kind='e' AND gen>? ORDER BY id",
                                   (since,)):
            src, dst, key = eid.split(SEP)
            if db.execute("SELECT 1 FROM edges WHERE source=? AND target=? AND key=?", (src, dst, key)).fetchone():
                continue
            typ, sl, dl = lab.split(SEP)
            dels[_check_type(typ), _check_label(sl), _check_label(dl)].append({"src": src, "dst": dst, "key": key})
        ndels: dict[str, list[dict]] = defaultdict(list)
        for nid, lab in db.execute("SELECT DISTINCT id, label FROM gone WHERE kind='n' AND gen>? ORDER BY id",
                                   (since,)):
            if not db.execute("SELECT 1 FROM nodes WHERE id=?", (nid,)).fetchone():
                ndels[_check_label(lab)].append({"id": nid})
        if last is None:
            dels.clear()
            ndels.clear()
        delta = last is not None
        nodes: dict[str, list[dict]] = defaultdict(list)
        for nid, label, line in db.execute("SELECT n.id, n.label, l.line FROM nodes n JOIN node_lines l USING(id) "
                                           "WHERE n.gen>? ORDER BY n.id", (since,)):
            props = storable_props(json.loads(line), skip=("label", "id"))
            nodes[_check_label(label)].append({"id": nid, "props": _with_nulls(props, NODE_KEYS) if delta else props})
        rels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        for src, dst, key, typ, sl, dl, line in db.execute(
                "SELECT e.source, e.target, e.key, e.type, e.src_label, e.dst_label, l.line FROM edges e "
                "JOIN edge_lines l USING(source, target, key) WHERE e.gen>? ORDER BY e.source, e.target, e.key",
                (since,)):
            props = storable_props(json.loads(line), skip=("type", "key", "source", "target"))
            rels[_check_type(typ), _check_label(sl), _check_label(dl)].append(
                {"src": src, "dst": dst, "key": key, "props": _with_nulls(props, EDGE_KEYS) if delta else props})
        order = sorted(set(rels) | set(dels), key=lambda t: (EDGE_TYPES.index(t[0]), t[1], t[2]))
        labels = [lab for lab in NODE_TYPES if lab in nodes or lab in ndels]
        sent, b = _write_groups(session, [(f"{t} ({a}->{d})", DELETE_REL_QUERY.format(type=t, src=a, dst=d),
                                           dels[t, a, d], batch_size) for t, a, d in order if dels.get((t, a, d))],
                                "relationships", exact=False)
        counts["deleted_relationships"], counts["batches"] = sent, counts["batches"] + b
        sent, b = _write_groups(session, [(lab, DELETE_NODE_QUERY.format(label=lab), ndels[lab], batch_size)
                                          for lab in labels if ndels.get(lab)], "nodes", exact=False)
        counts["deleted_nodes"], counts["batches"] = sent, counts["batches"] + b
        sent, b = _write_groups(session, [(lab, NODE_QUERY.format(label=lab), nodes[lab], batch_size)
                                          for lab in labels if nodes.get(lab)], "nodes", exact=True)
        counts["nodes"], counts["batches"] = sent, counts["batches"] + b
        counts["nodes_by_label"] = {lab: len(nodes[lab]) for lab in labels if nodes.get(lab)}
        sent, b = _write_groups(session, [(f"{t} ({a}->{d})", REL_QUERY.format(type=t, src=a, dst=d), rels[t, a, d],
                                           batch_size) for t, a, d in order if rels.get((t, a, d))],
                                "relationships", exact=True)
        counts["relationships"], counts["batches"] = sent, counts["batches"] + b
        for (t, _, _), rows in rels.items():
            counts["relationships_by_type"][t] = counts["relationships_by_type"].get(t, 0) + len(rows)
        n_reports = db.execute("SELECT count(*) FROM reports").fetchone()[0]
        db.execute("INSERT OR REPLACE INTO loads(target, gen, reports) VALUES(?,?,?)", (target, gen, n_reports))
    counts["rows"] = (counts["nodes"] + counts["relationships"] + counts["deleted_nodes"]
                      + counts["deleted_relationships"])
    return counts


def database_counts(driver, database: str | None = None) -> dict:
    """{"nodes": n, "relationships": m} as the database counts them now."""
    with driver.session(database=database) as session:
        nodes = session.run("MATCH (n) RETURN count(n) AS c").single()["c"]
        rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
    return {"nodes": nodes, "relationships": rels}
