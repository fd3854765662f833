"""The graph store: one SQLite file beside the outputs (``graph.sqlite``) that each run updates in place.

A run hands `GraphStore.update` the reports it removes and the records it adds; the store deletes the
removed reports' rows (indexed by report), inserts the new reports' rows (from `graph.build.report_graph`),
and re-merges only the nodes those reports touch (`graph.build.merge_parts`). graph.json is then streamed
from the store's ordered primary keys: the same bytes as `graph.store.dumps(build_graph(all records))`,
without holding the graph in memory.

Why SQLite and not per-report shards: an update is one transaction (a kill leaves the previous state, never
half of one), removing a report is an indexed delete, the node and edge tables are kept in graph.json's
sort order by their primary keys (so writing graph.json is a sequential scan, no sort), the page and the
Neo4j delta load read the columns they need with plain queries, and it is in the standard library.
Shards would need their own index of which report touches which node, and a merge sort on every write.

Tables:
- reports(id, digest): the reports in the graph, with the content digest of their input.
- parts(node, report, attrs, count): what one report says about one node (its attributes in that report's
  own graph; count = that report's mentions of a Slogan).
- nodes(id, label, name, pdate, pextra, gen): the merged node, its fields on the page
  (graph.render.explorer.node_fields) and the generation that last changed it;
  node_lines(id, line): its graph.json line (apart, so that scans for the page stay narrow).
- edges(source, target, key, type, report, src_label, dst_label, sentence, info, gen): sentence is the evidence
  the page shows (none for mentions of people and bodies); edge_lines(…, line): the graph.json line.
- gone(kind, id, label, gen): nodes and edges deleted in generation gen (what a Neo4j delta load deletes).
- persons(name, report, node, titles, region, placed, why): each report's people as its own graph has them (node, with
  the titles it gives) and where graph.identity placed them (placed, why); an update re-resolves the names it
  touches and moves only the parts whose placement changed.
- loads(target, gen, reports): the generation last loaded into a database (graph.neo4j_load.load_delta).
- meta(key, value): the generation counter and the schema version.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from huiyi.graph.build import merge_parts, report_graph
from huiyi.graph.identity import PersonFact, Placement, person_facts, place, resolve_name
from huiyi.graph.render.explorer import edge_info, node_fields
from huiyi.graph.store import GRAPH_SCHEMA_VERSION, patch_node_link, write_node_link

from huiyi.records import ReportRecord

STORE_SCHEMA = 5
SEP = "\x1f"  # joins the parts of an edge id in `gone` (never in ids: they come from names without controls)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reports(id TEXT PRIMARY KEY, digest TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS parts(node TEXT, report TEXT, attrs TEXT, count INTEGER,
    PRIMARY KEY(node, report)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS parts_report ON parts(report);
CREATE TABLE IF NOT EXISTS nodes(id TEXT PRIMARY KEY, label TEXT, name TEXT, pdate INTEGER, pextra TEXT,
    gen INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS node_lines(id TEXT PRIMARY KEY, line TEXT) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nodes_gen ON nodes(gen);
CREATE TABLE IF NOT EXISTS edges(source TEXT, target TEXT, key TEXT, type TEXT, report TEXT, src_label TEXT,
    dst_label TEXT, sentence TEXT, info TEXT, gen INTEGER, PRIMARY KEY(source, target, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS edge_lines(source TEXT, target TEXT, key TEXT, line TEXT,
    PRIMARY KEY(source, target, key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_report ON edges(report);
CREATE INDEX IF NOT EXISTS edges_gen ON edges(gen);
CREATE TABLE IF NOT EXISTS gone(kind TEXT, id TEXT, label TEXT, gen INTEGER);
CREATE INDEX IF NOT EXISTS gone_gen ON gone(gen);
CREATE TABLE IF NOT EXISTS persons(name TEXT, report TEXT, node TEXT, titles TEXT, region TEXT, placed TEXT, why TEXT,
    PRIMARY KEY(name, report, node)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS persons_report ON persons(report);
CREATE TABLE IF NOT EXISTS loads(target TEXT PRIMARY KEY, gen INTEGER, reports INTEGER) WITHOUT ROWID;
"""


class StoreVersionError(ValueError):
    """The store was written by another huiyi version: rebuild it (huiyi.batch does, from records.jsonl)."""


def remove_store(path: str | os.PathLike) -> None:
    """Delete a store file with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _enc(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def node_line(n: str, attrs: dict) -> str:
    """A node's graph.json line (as graph.store.dumps writes it)."""
    return _enc({"id": n, **attrs})


def edge_line(u: str, v: str, k: str, attrs: dict) -> str:
    return _enc({"source": u, "target": v, "key": k, **attrs})


@dataclass
class UpdateStats:
    removed: int = 0  # reports whose facts were removed
    added: int = 0  # reports whose facts were added
    nodes_changed: int = 0  # node rows rewritten or deleted
    edges_changed: int = 0  # edge rows inserted or deleted
    gen: int = 0  # the store's generation after the update


class GraphStore:
    """The graph of a run's reports, kept as rows (see the module docstring). Use as a context manager."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA cache_size=-65536")
        self.db.executescript(_SCHEMA)
        version = self._meta("schema")
        if version is None:
            self._set_meta("schema", str(STORE_SCHEMA))
        elif int(version) != STORE_SCHEMA:
            self.db.close()
            raise StoreVersionError(f"{self.path}: graph store schema {version}, expected {STORE_SCHEMA}")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", (key, value))

    def meta(self, key: str) -> str | None:
        """A value kept with the store (what was last written where, by whom)."""
        return self._meta(key)

    def set_meta(self, key: str, value: str) -> None:
        self._set_meta(key, value)

    @property
    def gen(self) -> int:
        """Generation: +1 per update that changed anything."""
        return int(self._meta("gen") or 0)

    def reports(self) -> dict[str, str | None]:
        """id → input digest of every report in the graph."""
        return dict(self.db.execute("SELECT id, digest FROM reports"))

    def label_counts(self) -> Counter:
        return Counter(dict(self.db.execute("SELECT label, count(*) FROM nodes GROUP BY label")))

    # -- updating ---------------------------------------------------------------------------------------------

    def update(self, remove: Iterable[str], add: Iterable[tuple[ReportRecord, str | None]]) -> UpdateStats:
        """Remove the facts of the reports `remove`, add those of the records `add` ((record, digest)), re-merge
        the nodes they touch: one transaction. A record whose id is already in the store replaces it."""
        db = self.db
        stats = UpdateStats()
        gen = self.gen + 1
        affected: set[str] = set()
        names: set[str] = set()  # person names whose placement across reports may change
        db.execute("BEGIN IMMEDIATE")
        try:
            present = set(self.reports())

            kept: dict[tuple[str, str, str], tuple[str, int]] = {}  # a replaced report's edges: (line, gen)

            def drop(rid: str) -> None:
                names.update(r[0] for r in db.execute("SELECT name FROM persons WHERE report=?", (rid,)))
                db.execute("DELETE FROM persons WHERE report=?", (rid,))
                affected.update(r[0] for r in db.execute("SELECT node FROM parts WHERE report=?", (rid,)))
                kept.update(((u, v, k), (line, g)) for u, v, k, line, g in db.execute(
                    "SELECT e.source, e.target, e.key, l.line, e.gen FROM edges e JOIN edge_lines l "
                    "USING(source, target, key) WHERE e.report=?", (rid,)))
                db.execute("DELETE FROM edge_lines WHERE (source, target, key) IN "
                           "(SELECT source, target, key FROM edges WHERE report=?)", (rid,))
                db.execute("INSERT INTO gone(kind, id, label, gen) SELECT 'e', source||?||target||?||key, "
                           "type||?||src_label||?||dst_label, ? FROM edges WHERE report=?",
                           (SEP, SEP, SEP, SEP, gen, rid))
                stats.edges_changed += db.execute("DELETE FROM edges WHERE report=?", (rid,)).rowcount
                db.execute("DELETE FROM parts WHERE report=?", (rid,))
                db.execute("DELETE FROM reports WHERE id=?", (rid,))
                present.discard(rid)
                stats.removed += 1

            for rid in remove:
                if rid in present:
                    drop(rid)
            for rec, digest in add:
                rid = rec.id
                if rid in present:
                    drop(rid)
                h = report_graph(rec)
                counts: Counter = Counter()
                edge_rows, line_rows = [], []
                for u, v, k, attrs in h.edges(keys=True, data=True):
                    lu, lv = h.nodes[u]["label"], h.nodes[v]["label"]
                    if attrs["type"] == "MENTIONS" and lu == "Report" and lv == "Slogan":
                        counts[v] += attrs.get("count", 1)
                    ev = attrs.get("evidence") or {}
                    line = edge_line(u, v, k, attrs)
                    before = kept.get((u, v, k))
                    # an edge a replaced report gives again unchanged keeps its generation (no delta to load)
                    # the evidence sentence of a mention of a person or body is not on the page (graph.json has it)
                    page_sentence = ev.get("sentence") if attrs["type"] != "MENTIONS" or lv == "Slogan" else None
                    edge_rows.append((u, v, k, attrs["type"], rid, lu, lv, page_sentence, edge_info(attrs),
                                      before[1] if before and before[0] == line else gen))
                    line_rows.append((u, v, k, line))
                part_rows = []
                for n, attrs in h.nodes(data=True):
                    own = {k: v for k, v in attrs.items() if k != "reports"}
                    part_rows.append((n, rid, _enc(own), counts[n] if attrs["label"] == "Slogan" else None))
                db.executemany("INSERT INTO parts(node, report, attrs, count) VALUES(?,?,?,?)", part_rows)
                db.executemany("INSERT INTO edges VALUES(?,?,?,?,?,?,?,?,?,?)", edge_rows)
                db.executemany("INSERT INTO edge_lines VALUES(?,?,?,?)", line_rows)
                facts = person_facts(h, rid)
                db.executemany("INSERT INTO persons VALUES(?,?,?,?,?,?,NULL)",
                               [(f.name, rid, f.node, _enc(sorted(f.titles)), f.region, f.node) for f in facts])
                names.update(f.name for f in facts)
                db.execute("INSERT INTO reports(id, digest) VALUES(?, ?)", (rid, digest))
                present.add(rid)
                affected.update(h.nodes)
                stats.added += 1
                stats.edges_changed += len(edge_rows)
            for name in sorted(names):
                stats.edges_changed += self._resolve(name, gen, affected)
            for n in sorted(affected):
                stats.nodes_changed += self._remerge(n, gen)
            if stats.nodes_changed or stats.edges_changed:
                self._set_meta("gen", str(gen))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._compact()
        stats.gen = self.gen
        return stats

    def _compact(self) -> None:
        """Keep the store in proportion to the graph across updates: forget deletions that graph.json and every
        recorded database load already have (gone rows at or below the oldest of their generations), and give
        back the freed pages once they are a fifth of the file."""
        floors = [int(g) for g in (self._meta("json_gen"),) if g is not None]
        floors += [g for (g,) in self.db.execute("SELECT gen FROM loads")]
        if floors:
            self.db.execute("DELETE FROM gone WHERE gen <= ?", (min(floors),))
        free = self.db.execute("PRAGMA freelist_count").fetchone()[0]
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        if free > 256 and free * 5 > pages:
            self.db.execute("VACUUM")

    def _resolve(self, name: str, gen: int, affected: set[str]) -> int:
        """Place one name's people across reports (graph.identity) and move the parts whose placement changed;
        returns the number of edge rows rewritten."""
        db = self.db
        rows = db.execute("SELECT report, node, titles, region, placed, why FROM persons WHERE name=?",
                          (name,)).fetchall()
        facts = [PersonFact(name, rid, node, frozenset(json.loads(titles)), region)
                 for rid, node, titles, region, _, _ in rows]
        now = resolve_name(facts)
        changed = 0
        for rid, node, _, _, placed, why in rows:
            p = now[rid, node]
            if (p.node, p.why) != (placed, why):
                changed += self._move(rid, placed, p, gen, affected)
                db.execute("UPDATE persons SET placed=?, why=? WHERE name=? AND report=? AND node=?",
                           (p.node, p.why, name, rid, node))
        return changed

    def _move(self, rid: str, old: str, p: Placement, gen: int, affected: set[str]) -> int:
        """Move report `rid`'s part of person node `old` to its placement, with the edges of that report."""
        db = self.db
        attrs, count = db.execute("SELECT attrs, count FROM parts WHERE node=? AND report=?", (old, rid)).fetchone()
        db.execute("DELETE FROM parts WHERE node=? AND report=?", (old, rid))
        db.execute("INSERT INTO parts(node, report, attrs, count) VALUES(?,?,?,?)",
                   (p.node, rid, _enc(place(json.loads(attrs), p)), count))
        affected.update((old, p.node))
        if p.node == old:
            return 0
        rows = db.execute(
            "SELECT e.source, e.target, e.key, e.type, e.src_label, e.dst_label, e.sentence, e.info, l.line "
            "FROM edges e JOIN edge_lines l USING(source, target, key) WHERE e.report=? AND (e.source=? OR e.target=?)",
            (rid, old, old)).fetchall()
        for u, v, k, typ, lu, lv, sentence, info, line in rows:
            db.execute("INSERT INTO gone(kind, id, label, gen) VALUES('e', ?, ?, ?)",
                       (SEP.join((u, v, k)), SEP.join((typ, lu, lv)), gen))
            db.execute("DELETE FROM edges WHERE source=? AND target=? AND key=?", (u, v, k))
            db.execute("DELETE FROM edge_lines WHERE source=? AND target=? AND key=?", (u, v, k))
            nu, nv = (p.node if u == old else u), (p.node if v == old else v)
            attrs = {a: b for a, b in json.loads(line).items() if a not in ("source", "target", "key")}
            db.execute("INSERT INTO edges VALUES(?,?,?,?,?,?,?,?,?,?)", (nu, nv, k, typ, rid, lu, lv, sentence, info, gen))
            db.execute("INSERT INTO edge_lines VALUES(?,?,?,?)", (nu, nv, k, edge_line(nu, nv, k, attrs)))
        return 2 * len(rows)

    def _remerge(self, n: str, gen: int) -> int:
        """Rewrite node `n` from its parts (delete it when no report has a part left); 1 if it changed."""
        db = self.db
        rows = db.execute("SELECT report, attrs, count FROM parts WHERE node=?", (n,)).fetchall()
        old = db.execute("SELECT n.label, l.line FROM nodes n JOIN node_lines l USING(id) WHERE id=?", (n,)).fetchone()
        if not rows:
            if old is None:
                return 0
            db.execute("DELETE FROM nodes WHERE id=?", (n,))
            db.execute("DELETE FROM node_lines WHERE id=?", (n,))
            db.execute("INSERT INTO gone(kind, id, label, gen) VALUES('n', ?, ?, ?)", (n, old[0], gen))
            return 1
        parsed: dict[str, dict] = {}  # a hub's parts mostly say the same: parse each text once
        attrs = merge_parts((rid, parsed[a] if a in parsed else parsed.setdefault(a, json.loads(a)))
                            for rid, a, _ in rows)
        if attrs["label"] == "Slogan":
            attrs["count"] = sum(c or 0 for *_, c in rows)
        line = node_line(n, attrs)
        if old is not None and old[1] == line:
            return 0
        db.execute("INSERT OR REPLACE INTO nodes(id, label, name, pdate, pextra, gen) VALUES(?,?,?,?,?,?)",
                   (n, attrs["label"], *node_fields(n, attrs), gen))
        db.execute("INSERT OR REPLACE INTO node_lines(id, line) VALUES(?,?)", (n, line))
        return 1

    # -- reading ----------------------------------------------------------------------------------------------

    def node_lines(self) -> Iterator[str]:
        return (r[0] for r in self.db.execute("SELECT line FROM node_lines ORDER BY id"))

    def edge_lines(self) -> Iterator[str]:
        return (r[0] for r in self.db.execute("SELECT line FROM edge_lines ORDER BY source, target, key"))

    def write_json(self, path: str | os.PathLike) -> int:
        """Write graph.json (atomic): the bytes of graph.store.dumps of the same graph. Returns its size.

        When the file is the one this store wrote last (its size is recorded), only the lines of nodes and
        edges changed since then are replaced (graph.store.patch_node_link: the rest is copied as bytes);
        otherwise the whole file is streamed from the store in key order."""
        path = Path(path)
        db, size = self.db, None
        since, recorded = self._meta("json_gen"), self._meta("json_size")
        if since is not None and path.is_file() and path.stat().st_size == int(recorded or -1):
            since = int(since)
            nodes: dict = dict(db.execute("SELECT n.id, l.line FROM nodes n JOIN node_lines l USING(id) "
                                          "WHERE n.gen>?", (since,)))
            for (nid,) in db.execute("SELECT DISTINCT id FROM gone WHERE kind='n' AND gen>?", (since,)):
                if nid not in nodes and not db.execute("SELECT 1 FROM nodes WHERE id=?", (nid,)).fetchone():
                    nodes[nid] = None
            links: dict = {(u, v, k): line for u, v, k, line in db.execute(
                "SELECT e.source, e.target, e.key, l.line FROM edges e JOIN edge_lines l USING(source, target, key) "
                "WHERE e.gen>?", (since,))}
            for (eid,) in db.execute("SELECT DISTINCT id FROM gone WHERE kind='e' AND gen>?", (since,)):
                key = tuple(eid.split(SEP))
                if key not in links and not db.execute("SELECT 1 FROM edges WHERE source=? AND target=? AND key=?",
                                                       key).fetchone():
                    links[key] = None
            size = int(recorded) if not nodes and not links else patch_node_link(path, nodes, links)
        if size is None:
            size = write_node_link(path, {"schema_version": GRAPH_SCHEMA_VERSION}, self.node_lines(),
                                   self.edge_lines())
        self._set_meta("json_gen", str(self.gen))
        self._set_meta("json_size", str(size))
        return size

    def graph(self) -> nx.MultiDiGraph:
        """The whole graph as networkx (tests, small outputs)."""
        g = nx.MultiDiGraph(schema_version=GRAPH_SCHEMA_VERSION)
        for line in self.node_lines():
            attrs = json.loads(line)
            g.add_node(attrs.pop("id"), **attrs)
        for line in self.edge_lines():
            attrs = json.loads(line)
            g.add_edge(attrs.pop("source"), attrs.pop("target"), key=attrs.pop("key"), **attrs)
        return g
