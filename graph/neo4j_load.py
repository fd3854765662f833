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
- A file (`load_graph`: graph.json, records.jsonl) has no history: it is MERGEd whole and never deletes;
  `check_graph` then counts its nodes and relationships in the database (`huiyi load` exits 1 when they differ).

Loading a `huiyi run` folder (`load_delta`) is a transaction of state
--------------------------------------------------------------------
Marker. Each output folder loaded into a database has one marker node there,
`(:HuiyiLoad {output})` (a label outside NODE_TYPES; uniqueness constraint `huiyi_load_output`;
`database_counts` leaves markers out). `output` is a random id kept in the folder's graph store (meta
`neo4j_output`); the marker also holds `state`, `gen` (the store generation loaded), `token` (random, one per
load), `reports` (every report id of this output whose facts may be in the database), `mode`, `path`, `host`,
`began`, `completed`, and the counts `nodes`/`relationships`.

States. A load (1) reads the markers and the store (one SQLite read snapshot for the whole load), (2) writes
its marker as `state: "begun"` with the generation and token it is loading and `reports` = the union of what
the marker listed before and the store's reports, before it writes anything else, (3) writes (delta or full,
below), (4) runs the count check, (5) sets `state: "complete"`, `reports` = the store's reports now, the counts,
and only then (6) records in the store the token (meta `neo4j_loads`, {token: gen}, the last 32) and the
`loads` row (target = server address|database, gen, report count; the store keeps its deletions since the
oldest such row, graph.incremental). A load cut off anywhere (client or server killed, a batch failing) leaves
"begun", or "complete" with a token the store never recorded; a failed count check leaves "check failed".

Delta or full. The load sends only what changed since generation G (deletions of replaced and removed
reports' relationships and nodes, then nodes and relationships written since, absent properties as null)
only when the database's marker for this output is "complete" at G, its token is one this store recorded for
G, the store's `loads` row for this database says G, G is not ahead of the store, and no marker of this
folder's earlier store (same `path` and `host`, another output id: the store was rebuilt) is left. Anything
else -- no marker (first load, database emptied or restored, loaded by an older huiyi), "begun", "check
failed", a token of another copy of the folder, another address -- is a full reconcile, never a silent delta.

Full reconcile. Scope: this output's reports are those of the store, of its marker (and of the folder's
earlier markers), and, when the database has no marker of it, every report the store ever removed that it still
remembers (a load by an older huiyi left them). Reports that another output's marker lists are left out of
the deletions. The load reads what the database has in scope -- relationships whose `report` is in scope,
nodes whose `reports` name one -- deletes the relationships the store no longer has, then the nodes it no
longer has, then MERGEs every node and relationship (those already in the database with the absent
properties as null, so the result equals a fresh full load).

Scope of deletions (two outputs in one database). Relationships belong to one report (`report`): a load
deletes only relationships of its own reports, never those of a report another output's marker also lists.
Nodes can be shared (a person two outputs both name): a node the store no longer has is deleted only when
nothing is attached to it any more (`DELETE`, never `DETACH DELETE`) and none of its `reports` is listed by
another output's marker; so another output's relationships keep a shared node (counted as `kept_nodes`). The
properties of a shared node -- `reports` included -- are those of the output that wrote it last (as before).
Data loaded from files carries no marker: a folder's reconcile may delete such relationships of reports in
its scope, and leaves everything else alone.

Count check (the load's last step; `check=False` skips it). Nodes: how many of the store's nodes are in the
database (by label and id). Relationships: per report in scope, how many relationships in the database carry
it against how many the store has -- so missing and stale ones both show; reports shared with another
output are checked by looking up each of the store's relationships instead. Any difference raises
`LoadCheckError` (marker "check failed": the next load reconciles); `huiyi load` exits 1 naming the counts
and the first differing reports.
"""

from __future__ import annotations

import json
import logging
import socket
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import networkx as nx
from huiyi.graph.build import build_graph
from huiyi.graph.schema import EDGE_KEYS, EDGE_TYPES, NODE_KEYS, NODE_TYPES
from huiyi.pipeline.records import ReportRecord

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


# -- loads of a `huiyi run` output folder: a transaction of state ------------------------------------------------

MARKER = "HuiyiLoad"  # the load markers' label: bookkeeping, never a graph label (not in NODE_TYPES)
MARKER_CONSTRAINT = ("CREATE CONSTRAINT huiyi_load_output IF NOT EXISTS FOR (m:HuiyiLoad) "
                     "REQUIRE m.output IS UNIQUE")
MARKER_INDEX = "CREATE INDEX huiyi_load_output IF NOT EXISTS FOR (m:HuiyiLoad) ON (m.output)"
MARKERS_QUERY = "MATCH (m:HuiyiLoad) RETURN properties(m) AS p"
MARKER_SET_QUERY = "MERGE (m:HuiyiLoad {output: $output}) SET m += $props RETURN count(m) AS written"
MARKER_DELETE_QUERY = "UNWIND $outputs AS o MATCH (m:HuiyiLoad {output: o}) DELETE m RETURN count(*) AS written"
OUTPUT_META = "neo4j_output"  # store meta: this output's id in the markers
LOADS_META = "neo4j_loads"  # store meta: {token: gen} of the loads of this store that completed (the latest ones)
KEEP_TOKENS = 32

DELETE_REL_QUERY = ("UNWIND $rows AS row MATCH (a:{src} {{id: row.src}})-[r:{type} {{key: row.key}}]->"
                    "(b:{dst} {{id: row.dst}}) DELETE r RETURN count(*) AS written")
# a node goes only when nothing is attached to it any more and no other output's marker claims one of its reports:
# another output's relationships keep a node both outputs have (see "Scope" in the module docstring)
DELETE_NODE_QUERY = ("UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) "
                     "WHERE NOT EXISTS {{ (n)--() }} AND none(x IN coalesce(n.reports, []) WHERE x IN $other) "
                     "DELETE n RETURN count(*) AS written")
SCAN_REL_QUERY = ("MATCH (a)-[r:{type}]->(b) WHERE r.report IN $reports "
                  "RETURN a.id AS src, b.id AS dst, r.key AS key, labels(a) AS la, labels(b) AS lb")
SCAN_NODE_QUERY = ("MATCH (n:{label}) WHERE any(x IN coalesce(n.reports, []) WHERE x IN $owned) "
                   "RETURN n.id AS id, any(x IN coalesce(n.reports, []) WHERE x IN $other) AS shared")
REPORT_COUNTS_QUERY = "MATCH ()-[r]->() WHERE r.report IN $reports RETURN r.report AS report, count(r) AS c"
NODE_PRESENT_QUERY = "UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN count(n) AS c"
REL_PRESENT_QUERY = ("UNWIND $rows AS row MATCH (a:{src} {{id: row.src}})-[r:{type} {{key: row.key}}]->"
                     "(b:{dst} {{id: row.dst}}) RETURN count(r) AS c")
CHECK_BATCH = 20000  # ids per read query of the count check and the reconcile's scans

class LoadCheckError(RuntimeError):
    """The load ran to its end, but the database does not hold what the graph has (the count check)."""

    def __init__(self, check: dict, counts: dict | None = None):
        self.check = check
        self.counts = counts
        parts = []
        if check["nodes_present"] != check["nodes"]:
            parts.append(f"{check['nodes_present']} of its {check['nodes']} nodes are in the database")
        folder = check.get("kind") == "folder"
        if check["relationships_present"] != check["relationships"]:
            parts.append(f"{check['relationships_present']} relationships of its reports are in the database, "
                         f"the graph has {check['relationships']}" if folder else
                         f"{check['relationships_present']} of its {check['relationships']} relationships are in "
                         "the database")
        differing = check.get("reports_differing") or []
        if differing:
            shown = ", ".join(f"{rid} ({db} in the database, {want} in the graph)" for rid, db, want in differing[:5])
            more = check.get("reports_differing_count", len(differing)) - len(differing[:5])
            parts.append(f"reports differing: {shown}" + (f" and {more} more" if more > 0 else ""))
        what = check.get("what", "the graph")
        super().__init__(f"count check failed after loading {what}: " + "; ".join(parts or ["counts differ"])
                         + (". The load is marked incomplete: the next `huiyi load` of this folder reconciles in full"
                            if folder else ". Load it again (MERGE completes what is missing)"))


def ensure_marker_constraint(driver, database: str | None = None) -> None:
    """A uniqueness constraint on the markers' `output` (an index where ArcadeDB refuses it)."""
    with driver.session(database=database) as session:
        try:
            session.run(MARKER_CONSTRAINT).consume()
        except Exception as e:
            if not is_arcadedb(driver):
                raise
            log.warning("ArcadeDB refused huiyi_load_output (%s); creating an index instead", e)
            session.run(MARKER_INDEX).consume()


def _target(driver, database: str | None) -> str:
    """Which database a load went to: the server's address and the database name."""
    try:
        address = str(driver.get_server_info().address)
    except Exception:  # noqa: BLE001  (an old driver or server: one record per database name then)
        address = "?"
    return f"{address}|{database or ''}"


def _with_nulls(props: dict, keys: tuple[str, ...]) -> dict:
    return {**{k: None for k in keys}, **props}


def _write_groups(session, groups, kind: str, exact: bool, params: dict | None = None) -> tuple[int, int]:
    """Write (name, query, rows, size) groups in batches; returns (rows written, batches). `exact`: a batch
    that writes fewer rows than it sends fails (rolled back); otherwise the count the server returns is added up
    (deletions: what was there to delete)."""
    written = batches = 0
    for name, query, rows, size in groups:
        for i, start, batch in _batches(rows, size):
            try:
                if exact:
                    written += session.execute_write(_write_batch, query, batch)
                else:
                    written += session.execute_write(_run_batch, query, batch, params or {})
            except Exception as e:
                raise LoadError(kind, name, i, start, start + len(batch), len(rows), e) from e
            batches += 1
    return written, batches


def _run_batch(tx, query: str, rows: list[dict], params: dict) -> int:
    return tx.run(query, rows=rows, **params).single()["written"]


def _read(session, query: str, **params) -> list[tuple]:
    """All records of a read query, as tuples (a managed read transaction: retried on transient errors)."""
    return session.execute_read(lambda tx: [tuple(r.values()) for r in tx.run(query, params)])


def _count(session, query: str, **params) -> int:
    return _read(session, query, **params)[0][0]


def load_markers(driver, database: str | None = None) -> list[dict]:
    """The load markers in the database: one per output folder loaded into it (see the module docstring)."""
    with driver.session(database=database) as session:
        return [row[0] for row in _read(session, MARKERS_QUERY)]


def _set_marker(session, output: str, props: dict) -> None:
    session.execute_write(_run_batch, MARKER_SET_QUERY, [], {"output": output, "props": props})


def output_id(store) -> str:
    """This output's id in the load markers: random, kept in the store's meta (made on the first load)."""
    oid = store.meta(OUTPUT_META)
    if not oid:
        oid = uuid.uuid4().hex
        store.set_meta(OUTPUT_META, oid)
    return oid


def _completed(store) -> dict[str, int]:
    """{token: gen} of this store's completed loads (the last KEEP_TOKENS)."""
    try:
        return {str(k): int(v) for k, v in json.loads(store.meta(LOADS_META) or "{}").items()}
    except (ValueError, TypeError, AttributeError):
        return {}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _plan(store, markers: list[dict], output: str, path: str, host: str, gen: int, recorded: int | None) -> dict:
    """Delta or full reconcile, why, and the reports in scope (module docstring: "Delta or full", "Full reconcile").
    `recorded`: the generation the store's `loads` row for this database holds (it keeps the deletions since)."""
    mine = next((m for m in markers if m.get("output") == output), None)
    # a marker of this folder on this host under another id: this folder's earlier store (rebuilt since)
    earlier = [m for m in markers if m.get("output") != output and m.get("path") == path and m.get("host") == host]
    others = [m for m in markers if m.get("output") != output and m not in earlier]
    other = {rid for m in others for rid in (m.get("reports") or [])}
    reason = None
    if mine is None and earlier:
        reason = "the database's record of this folder is of its earlier graph store (rebuilt since)"
    elif mine is None:
        reason = "the database has no record of a load of this output (first load, or the database was emptied, " \
                 "restored or loaded without it)"
    elif mine.get("state") != "complete":
        reason = f"the last load of this output into the database did not complete (state: {mine.get('state')})"
    elif _completed(store).get(mine.get("token")) != mine.get("gen") or not isinstance(mine.get("gen"), int):
        reason = "the database's record of this output is of another copy or generation of its graph store"
    elif mine["gen"] > gen:
        reason = f"the database holds generation {mine['gen']} and the store is at {gen}"
    elif recorded != mine["gen"]:
        reason = (f"the store has no record of loading generation {mine['gen']} into this database (at this "
                  "address), so it may have forgotten the deletions since")
    elif earlier:
        reason = "the database holds a load of this folder's earlier graph store"
    current = set(store.reports())
    owned = current | {rid for m in [*([mine] if mine else []), *earlier] for rid in (m.get("reports") or [])}
    if mine is None:
        # loads without a marker (older huiyi): the reports this store ever removed may still be in the database
        owned |= store.removed_reports()
    return {"mode": "full" if reason else "delta", "reason": reason or "", "since": -1 if reason else mine["gen"],
            "current": current, "owned": owned, "other": other, "earlier": [m.get("output") for m in earlier]}


def _one_label(labels) -> str | None:
    """The graph label of a node the database gives with `labels` (None: not a node huiyi writes)."""
    ours = [x for x in labels or () if x in NODE_TYPES]
    return ours[0] if len(ours) == 1 else None


def _scan(session, owned: set[str], other: set[str]) -> tuple[dict, dict]:
    """This output's part of the database: {(type, src, dst, key): (src label, dst label)} of the relationships
    whose `report` is in scope (owned, not another output's), {(label, id): shared} of the nodes whose `reports`
    name an owned report (shared: one of them is also another output's)."""
    scope = sorted(owned - other)
    rels: dict[tuple, tuple] = {}
    for typ in EDGE_TYPES:
        for src, dst, key, la, lb in _read(session, SCAN_REL_QUERY.format(type=typ), reports=scope):
            rels[typ, src, dst, key] = (_one_label(la), _one_label(lb))
    nodes: dict[tuple, bool] = {}
    owned_l, other_l = sorted(owned), sorted(other)
    for label in NODE_TYPES:
        for nid, shared in _read(session, SCAN_NODE_QUERY.format(label=label), owned=owned_l, other=other_l):
            if nid is not None:
                nodes[label, nid] = bool(shared)
    return rels, nodes


def check_store_loaded(session, store, scope: set[str], other: set[str], what: str = "the graph") -> dict:
    """The count check of a folder's load: how many of the store's nodes are in the database (by label and id),
    and, per report in `scope` (this output's reports, removed ones included), how many relationships in the
    database carry it against how many the store has. Reports that another output's marker also claims are
    checked by looking up each of the store's relationships of theirs instead (the other output may have more).
    Returns {"ok", "nodes", "nodes_present", "relationships", "relationships_present", "reports_differing"
    (up to 20 (report, in the database, in the graph)), "reports_differing_count", "what", "kind": "folder"}."""
    nodes = present = 0
    for label in NODE_TYPES:
        ids = store.node_ids(label)
        nodes += len(ids)
        query = NODE_PRESENT_QUERY.format(label=label)
        for _, _, chunk in _batches(ids, CHECK_BATCH):
            present += _count(session, query, ids=chunk)
    want = {rid: c for rid, c in store.edge_counts().items() if c}
    counted = sorted(scope - other)
    have = dict(_read(session, REPORT_COUNTS_QUERY, reports=counted))
    differing = [(rid, have.get(rid, 0), want.get(rid, 0)) for rid in counted if have.get(rid, 0) != want.get(rid, 0)]
    rels = sum(c for rid, c in want.items() if rid not in other)
    rels_present = sum(have.values())
    shared = sorted(set(want) & other)
    if shared:
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for src, dst, key, attrs, sl, dl in store.edges(reports=shared):
            groups[_check_type(attrs["type"]), _check_label(sl), _check_label(dl)].append({"src": src, "dst": dst,
                                                                                          "key": key})
        for (typ, sl, dl), rows in groups.items():
            rels += len(rows)
            query = REL_PRESENT_QUERY.format(type=typ, src=sl, dst=dl)
            for _, _, chunk in _batches(rows, CHECK_BATCH):
                rels_present += _count(session, query, rows=chunk)
    return {"ok": present == nodes and rels_present == rels and not differing, "nodes": nodes,
            "nodes_present": present, "relationships": rels, "relationships_present": rels_present,
            "reports_differing": differing[:20], "reports_differing_count": len(differing), "what": what,
            "kind": "folder"}


def check_graph(driver, g: nx.MultiDiGraph, database: str | None = None, what: str = "the graph") -> dict:
    """The count check of a file's load (`load_graph`): how many of the graph's nodes (by label and id) and
    relationships are in the database. Relationships are counted per report (one server-side count); the
    relationships of a report whose count in the database differs from the graph's -- fewer, or more (a file
    load never deletes: an earlier version of the report may have left more) -- are looked up one by one
    (endpoints, type and key). Relationships beyond the file's are not an error here. Returns the keys of
    `check_store_loaded` ("reports_differing": the reports with fewer in the database; "kind": "file")."""
    nodes = present = rels = rels_present = 0
    with driver.session(database=database) as session:
        ids: dict[str, list[str]] = defaultdict(list)
        for n, data in g.nodes(data=True):
            ids[_check_label(data.get("label"))].append(n)
        for label, chunk_ids in ids.items():
            nodes += len(chunk_ids)
            query = NODE_PRESENT_QUERY.format(label=label)
            for _, _, chunk in _batches(chunk_ids, CHECK_BATCH):
                present += _count(session, query, ids=chunk)
        by_report: dict[str | None, list[tuple]] = defaultdict(list)
        for u, v, k, data in g.edges(keys=True, data=True):
            rid = data.get("report")
            by_report[rid if isinstance(rid, str) else None].append(
                (_check_type(data.get("type")), _check_label(g.nodes[u]["label"]), _check_label(g.nodes[v]["label"]),
                 {"src": u, "dst": v, "key": str(k)}))
        rels = sum(len(v) for v in by_report.values())
        have = dict(_read(session, REPORT_COUNTS_QUERY, reports=sorted(k for k in by_report if k is not None)))
        differing = []
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for rid, items in by_report.items():
            if rid is not None and have.get(rid, 0) == len(items):
                rels_present += len(items)
                continue
            if rid is not None and have.get(rid, 0) < len(items):
                differing.append((rid, have.get(rid, 0), len(items)))
            for typ, src, dst, row in items:
                groups[typ, src, dst].append(row)
        for (typ, src, dst), rows in groups.items():
            query = REL_PRESENT_QUERY.format(type=typ, src=src, dst=dst)
            for _, _, chunk in _batches(rows, CHECK_BATCH):
                rels_present += _count(session, query, rows=chunk)
    differing.sort()
    return {"ok": present == nodes and rels_present == rels, "nodes": nodes, "nodes_present": present,
            "relationships": rels, "relationships_present": rels_present, "reports_differing": differing[:20],
            "reports_differing_count": len(differing), "what": what, "kind": "file"}


def load_delta(driver, out_dir: str | Path, database: str | None = None, batch_size: int = 5000,
               check: bool = True) -> dict:
    """Load a `huiyi run` folder's graph store (graph.sqlite) into the database as a transaction of state (see the
    module docstring): mark the load begun in the database, send only what changed since the last complete
    load of this output when the database's marker vouches for it (delta), else reconcile in full (write every
    node and relationship, delete this output's stale ones), check the counts, mark it complete.

    Idempotent: all MERGE/DELETE by id and key; a failed or interrupted load leaves the marker "begun" and the
    next load reconciles. Raises LoadError (a batch failed) or LoadCheckError (the count check failed: the
    marker says "check failed"). `check=False` skips the count check (the load is then marked complete on
    the strength of its exact batch counts alone).

    Returns counts as `load_graph` does (rows sent) plus "mode" ("full" or "delta"), "reason" (why full),
    "deleted_nodes", "deleted_relationships", "kept_nodes" (stale nodes kept because another output still
    has relationships on them), "rows" (all rows sent), "check" (`check_store_loaded`'s result), "gen",
    "output"."""
    from huiyi.graph.incremental import SEP, GraphStore

    path = Path(out_dir) / "graph.sqlite"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no graph store (run `huiyi run … -o {out_dir}` first)")
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    ensure_constraints(driver, database)
    ensure_marker_constraint(driver, database)
    target = _target(driver, database)
    folder, host = str(Path(out_dir).resolve()), socket.gethostname()
    token = uuid.uuid4().hex
    with GraphStore(path) as store, driver.session(database=database) as session:
        db = store.db
        output = output_id(store)
        db.execute("BEGIN")  # one snapshot of the store for the whole load (a run may update it meanwhile)
        try:
            gen = store.gen
            plan = _plan(store, [row[0] for row in _read(session, MARKERS_QUERY)], output, folder, host, gen,
                         store.loaded(target))
            since, delta, other = plan["since"], plan["mode"] == "delta", plan["other"]
            if not delta:
                log.info("full reconcile of %s: %s", out_dir, plan["reason"])
            # begun: before the first write; the reports listed are every one whose facts may be in the database
            _set_marker(session, output, {"state": "begun", "gen": gen, "token": token, "mode": plan["mode"],
                                          "reports": sorted(plan["owned"]), "path": folder, "host": host,
                                          "began": _now(), "completed": None, "nodes": None,
                                          "relationships": None})
            counts = {"mode": plan["mode"], "reason": plan["reason"], "nodes": 0, "relationships": 0,
                      "nodes_by_label": {}, "relationships_by_type": {}, "deleted_nodes": 0,
                      "deleted_relationships": 0, "kept_nodes": 0, "batches": 0, "gen": gen, "output": output}
            dels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
            ndels: dict[str, list[dict]] = defaultdict(list)
            existing_rels: set | None = None  # full: what the database has of this output (sent with nulls)
            existing_nodes: set | None = None
            if not delta:
                # reconcile: what the database has of this output (sent with nulls; what the store lacks goes)
                db_rels, db_nodes = _scan(session, plan["owned"], other)
                existing_rels, existing_nodes = set(db_rels), set(db_nodes)
            # the relationships written since the last load (all of them, for a full load), and every edge of the
            # reports written since: an edge deleted since and there again is not deleted
            present: set[tuple[str, str, str, str]] = set()
            rels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
            for _, g in store.report_graphs(since=since):
                for src, dst, key, egen, attrs, sl, dl in g.links():
                    typ = attrs["type"]
                    present.add((typ, src, dst, key))
                    if egen <= since:
                        continue
                    props = storable_props(attrs, skip=("type", "key", "source", "target"))
                    nulls = delta or (typ, src, dst, key) in existing_rels
                    rels[_check_type(typ), _check_label(sl), _check_label(dl)].append(
                        {"src": src, "dst": dst, "key": key, "props": _with_nulls(props, EDGE_KEYS) if nulls else props})
            for rows in rels.values():
                rows.sort(key=lambda r: (r["src"], r["dst"], r["key"]))
            if delta:
                # deletions: what was removed since the last load and is not there again now
                for eid, lab in store.gone("e", since):
                    src, dst, key = eid.split(SEP)
                    typ, sl, dl = lab.split(SEP)
                    if (typ, src, dst, key) not in present:
                        dels[_check_type(typ), _check_label(sl), _check_label(dl)].append(
                            {"src": src, "dst": dst, "key": key})
                for nid, lab in store.gone("n", since):
                    if not store.has_node(nid):
                        ndels[_check_label(lab)].append({"id": nid})
            else:
                have_nodes = {(label, nid) for label in NODE_TYPES for nid in store.node_ids(label)}
                for (typ, src, dst, key), (la, lb) in sorted(db_rels.items()):
                    if (typ, src, dst, key) not in present and la and lb:
                        dels[typ, la, lb].append({"src": src, "dst": dst, "key": key})
                for (label, nid), shared in sorted(db_nodes.items()):
                    if not shared and (label, nid) not in have_nodes:
                        ndels[label].append({"id": nid})
            del present
            nodes: dict[str, list[dict]] = defaultdict(list)
            for nid, attrs in store.nodes(since=since):
                label = attrs["label"]
                props = storable_props(attrs, skip=("label", "id"))
                nulls = delta or (label, nid) in existing_nodes
                nodes[_check_label(label)].append({"id": nid, "props": _with_nulls(props, NODE_KEYS) if nulls
                                                   else props})
            order = sorted(set(rels) | set(dels), key=lambda t: (EDGE_TYPES.index(t[0]), t[1], t[2]))
            labels = [lab for lab in NODE_TYPES if lab in nodes or lab in ndels]
            sent, b = _write_groups(session, [(f"{t} ({a}->{d})", DELETE_REL_QUERY.format(type=t, src=a, dst=d),
                                               dels[t, a, d], batch_size) for t, a, d in order if dels.get((t, a, d))],
                                    "relationships", exact=False)
            counts["deleted_relationships"], counts["batches"] = sent, counts["batches"] + b
            sent, b = _write_groups(session, [(lab, DELETE_NODE_QUERY.format(label=lab), ndels[lab], batch_size)
                                              for lab in labels if ndels.get(lab)], "nodes", exact=False,
                                    params={"other": sorted(other)})
            counts["deleted_nodes"], counts["batches"] = sent, counts["batches"] + b
            # the nodes asked to go that another output's relationships (or marker) keep
            counts["kept_nodes"] = sum(_count(session, NODE_PRESENT_QUERY.format(label=lab), ids=[r["id"] for r in chunk])
                                       for lab in labels for _, _, chunk in _batches(ndels.get(lab, []), CHECK_BATCH))
            sent, b = _write_groups(session, [(lab, NODE_QUERY.format(label=lab), nodes[lab], batch_size)
                                              for lab in labels if nodes.get(lab)], "nodes", exact=True)
            counts["nodes"], counts["batches"] = sent, counts["batches"] + b
            counts["nodes_by_label"] = {lab: len(nodes[lab]) for lab in labels if nodes.get(lab)}
            sent, b = _write_groups(session, [(f"{t} ({a}->{d})", REL_QUERY.format(type=t, src=a, dst=d),
                                               rels[t, a, d], batch_size) for t, a, d in order if rels.get((t, a, d))],
                                    "relationships", exact=True)
            counts["relationships"], counts["batches"] = sent, counts["batches"] + b
            for (t, _, _), rows in rels.items():
                counts["relationships_by_type"][t] = counts["relationships_by_type"].get(t, 0) + len(rows)
            counts["rows"] = (counts["nodes"] + counts["relationships"] + counts["deleted_nodes"]
                              + counts["deleted_relationships"])
            result = check_store_loaded(session, store, plan["owned"], other, what=str(out_dir)) if check else None
            counts["check"] = result
            n_reports = len(plan["current"])
        finally:
            db.execute("COMMIT")
        if result is not None and not result["ok"]:
            # not complete: the next load reconciles (the reports listed stay every one that may be there)
            _set_marker(session, output, {"state": "check failed", "completed": _now(),
                                          "nodes": result["nodes_present"],
                                          "relationships": result["relationships_present"]})
            raise LoadCheckError(result, counts)
        _set_marker(session, output, {"state": "complete", "reports": sorted(plan["current"]), "completed": _now(),
                                      "nodes": result["nodes"] if result else None,
                                      "relationships": result["relationships"] if result else None})
        if plan["earlier"]:
            session.execute_write(_run_batch, MARKER_DELETE_QUERY, [], {"outputs": plan["earlier"]})
        # the store vouches for the marker only now: a crash before this line leaves a token it does not know
        done = _completed(store)
        done[token] = gen
        store.set_meta(LOADS_META, json.dumps(dict(list(done.items())[-KEEP_TOKENS:])))
        store.record_load(target, gen, n_reports)
    return counts


def database_counts(driver, database: str | None = None) -> dict:
    """{"nodes": n, "relationships": m} as the database counts them now (load markers not counted)."""
    with driver.session(database=database) as session:
        nodes = session.run("MATCH (n) WHERE NOT n:HuiyiLoad RETURN count(n) AS c").single()["c"]
        rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
    return {"nodes": nodes, "relationships": rels}
