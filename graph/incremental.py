"""The graph store: one SQLite file beside the outputs (``graph.sqlite``) that each run updates in place.

A run hands `GraphStore.update` the reports it removes and the records it adds; the store deletes the
removed reports' rows, inserts the new reports' rows (from `graph.build.report_graph`), and re-merges only
the nodes those reports touch (`graph.build.merge_parts`). graph.json is then patched with the nodes and
links changed since it was last written, or streamed from the store in key order: the same bytes as
`graph.store.dumps(build_graph(all records))`, without holding the graph in memory.

Why SQLite and not per-report shards: an update is one transaction (a kill leaves the previous state, never
half of one), removing a report is an indexed delete, the node index is kept in graph.json's sort order, and
it is in the standard library. Shards would need their own index of which report touches which node.

What it keeps: facts only -- what each report says and how the nodes merge -- never a consumer's columns (the
page, graph.render.explorer, and the Neo4j load, graph.neo4j_load, compute theirs from these through the
reading methods below), so a page change never changes the store. It is kept small beside its input (about
1.3x at 2,000 news stories; graph.json alone is 4x): graph.json's lines are computed when it is written, not
stored (a node's from its parts, a link's from its report's graph); each report's edges are one compressed blob
(they are read and written per report anyway: a removal, a move of its people, a delta, a patch); node and
report ids are interned as integers, so that no index repeats a long id; a node's attributes are kept once
per distinct value (a hub's parts mostly say the same). Report graphs and node attributes are deflated with a
dictionary per kind (table zdicts), made once from the store's first 32 KiB of that kind of data: they are
small texts that share most of their bytes with the others of their kind (-30% and -65% at 2,000 reports;
what came before a dictionary stays as it was stored).

Tables:
- reports(id, name, digest, gen, edges): the reports in the graph (name: the report id of the records), the
  content digest of their input, the generation that last wrote their graph, their number of edges.
- graphs(report, data): each report's own graph as placed (graph.identity): a byte naming the dictionary (0:
  none, 1: zdicts "graphs"), then raw deflate of the JSON {"n": its node ids, "l": their labels, "e": [[source,
  target (positions in n), key, gen, attrs]]}: every edge with its graph.json attributes and the generation
  that last changed it (an edge a replaced report gives again unchanged keeps its generation: no delta to load).
- nodes(key, id, label, gen, hash): the merged node (key: its graph id, in graph.json's order; id: its number
  in parts and variants), the generation that last changed it and a hash of its graph.json line (an update
  that leaves the line as it was keeps the generation).
- parts(node, report, variant, count): what one report says about one node -- its attributes in that
  report's own graph are the node's variant `variant`; count = that report's mentions of a Slogan -- by node
  (merging) and by report (removing).
- variants(node, v, hash, attrs): the distinct attributes the parts of a node give: JSON text, or bytes
  deflated with the zdicts "variants" dictionary; hash (32 bits of the JSON) finds one again.
- zdicts(name, data): the compression dictionaries.
- gone(kind, id, label, gen): nodes and edges deleted in generation gen (what graph.json patches and a Neo4j
  delta load delete); forgotten once graph.json and every recorded load have them.
- persons(name, report, node, titles, region, placed, why): each report's people as its own graph has them
  (node, with the titles it gives) and where graph.identity placed them (placed, NULL: at node; why); an update
  re-resolves the names it touches and moves only the parts whose placement changed.
- loads(target, gen, reports): the generation last loaded into a database (graph.neo4j_load.load_delta).
- meta(key, value): the generation counter, the next node number, the schema version, what was last written
  where (json_gen, json_size, html_key, …).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from huiyi.graph.build import merge_parts, report_graph
from huiyi.graph.identity import PersonFact, Placement, person_facts, place, resolve_name
from huiyi.graph.store import GRAPH_SCHEMA_VERSION, encode_line, patch_node_link, write_node_link
from huiyi.pipeline.records import ReportRecord

STORE_SCHEMA = 6
ZDICT_SIZE = 32768  # bytes of a compression dictionary (zlib's window): the first data of its kind in the store
SEP = "\x1f"  # joins the parts of an edge id in `gone` (never in ids: they come from names without controls)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reports(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, digest TEXT, gen INTEGER,
    edges INTEGER);
CREATE TABLE IF NOT EXISTS graphs(report INTEGER PRIMARY KEY, data BLOB);
CREATE TABLE IF NOT EXISTS nodes(key TEXT PRIMARY KEY, id INTEGER, label TEXT, gen INTEGER, hash INTEGER)
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS parts(node INTEGER, report INTEGER, variant INTEGER, count INTEGER,
    PRIMARY KEY(node, report)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS parts_report ON parts(report);
CREATE TABLE IF NOT EXISTS variants(node INTEGER, v INTEGER, hash INTEGER, attrs, PRIMARY KEY(node, v))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS zdicts(name TEXT PRIMARY KEY, data BLOB);
CREATE TABLE IF NOT EXISTS gone(kind TEXT, id TEXT, label TEXT, gen INTEGER);
CREATE INDEX IF NOT EXISTS gone_gen ON gone(gen);
CREATE TABLE IF NOT EXISTS persons(name TEXT, report INTEGER, node TEXT, titles TEXT, region TEXT, placed TEXT,
    why TEXT);
CREATE INDEX IF NOT EXISTS persons_name ON persons(name);
CREATE INDEX IF NOT EXISTS persons_report ON persons(report);
CREATE TABLE IF NOT EXISTS loads(target TEXT PRIMARY KEY, gen INTEGER, reports INTEGER) WITHOUT ROWID;
"""

# one node's parts with their variants, in node id order (the reports' order is merge_parts' business)
_NODE_PARTS = ("SELECT n.key, r.name, p.variant, p.count, v.attrs FROM nodes n JOIN parts p ON p.node = n.id "
               "JOIN reports r ON r.id = p.report JOIN variants v ON v.node = p.node AND v.v = p.variant")


class StoreVersionError(ValueError):
    """The store was written by another huiyi version: rebuild it (huiyi.batch does, from records.jsonl)."""


def remove_store(path: str | os.PathLike) -> None:
    """Delete a store file with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


_enc = encode_line  # graph.json's encoding, for its lines and the store's own JSON texts


def node_line(n: str, attrs: dict) -> str:
    """A node's graph.json line (as graph.store.dumps writes it)."""
    return _enc({"id": n, **attrs})


def edge_line(u: str, v: str, k: str, attrs: dict) -> str:
    return _enc({"source": u, "target": v, "key": k, **attrs})


def _hash(text: str, size: int = 8) -> int:
    """A stable hash of a text: 64 bits for a graph.json line (whether a re-merged node changed), 32 for a
    variant (found by it, then compared)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=size).digest(), "big", signed=True)


def _deflate(raw: bytes, zdict: bytes | None) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15, zdict=zdict) if zdict else zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(raw) + c.flush()


def _inflate(data: bytes, zdict: bytes | None) -> bytes:
    d = zlib.decompressobj(-15, zdict=zdict) if zdict else zlib.decompressobj(-15)
    return d.decompress(data) + d.flush()


def _merge(rows: Iterable[tuple], text: Callable[[str | bytes], str]) -> dict:
    """A node's graph.json attributes from its parts (…, report, variant, count, stored variant attrs): the
    parts of one variant say the same, so graph.build.merge_parts merges each variant once, as given by the
    first of its reports (the first report giving a property is then the same), and `reports` lists them all."""
    first: dict[int, tuple[str, str | bytes]] = {}  # variant → its first report, its attrs
    names, count = [], 0
    for *_, rid, v, c, stored in rows:
        names.append(rid)
        count += c or 0
        if v not in first or rid < first[v][0]:
            first[v] = (rid, stored)
    if len(names) == 1:  # most nodes: one report's
        attrs = json.loads(text(stored))
        attrs.pop("reports", None)
        attrs["reports"] = names
    else:
        attrs = merge_parts((rid, json.loads(text(stored))) for rid, stored in first.values())
        names.sort()
        attrs["reports"] = [rid for i, rid in enumerate(names) if not i or names[i - 1] != rid]
    if attrs["label"] == "Slogan":
        attrs["count"] = count
    return attrs


class ReportGraph:
    """One report's own graph as the store keeps it (table `graphs`): node ids, their labels, and edges
    [source, target (positions in `nodes`), key, gen, attrs]."""

    __slots__ = ("nodes", "labels", "edges")

    def __init__(self, nodes: list[str], labels: list[str], edges: list[list]):
        self.nodes, self.labels, self.edges = nodes, labels, edges

    @classmethod
    def loads(cls, raw: bytes) -> ReportGraph:
        d = json.loads(raw)
        return cls(d["n"], d["l"], d["e"])

    def dumps(self) -> bytes:
        return json.dumps({"n": self.nodes, "l": self.labels, "e": self.edges}, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")

    def links(self) -> Iterator[tuple[str, str, str, int, dict, str, str]]:
        """(source, target, key, gen, attrs, source label, target label) of every edge."""
        n, lab = self.nodes, self.labels
        for ui, vi, k, gen, attrs in self.edges:
            yield n[ui], n[vi], k, gen, attrs, lab[ui], lab[vi]


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
        self._ids: dict[str, int] = {}  # node key → id, within one update
        self._next = 0  # the next node id, within one update
        self._samples: dict[str, tuple[list[bytes], int]] = {}  # data for a dictionary not made yet (one update)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA cache_size=-65536")
        # the version first: another version's tables are not this one's (its schema may not even apply)
        version = None
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone():
            version = self._meta("schema")
        if version is not None and version != str(STORE_SCHEMA):
            self.db.close()
            raise StoreVersionError(f"{self.path}: graph store schema {version}, expected {STORE_SCHEMA}")
        self.db.executescript(_SCHEMA)
        if version is None:
            self._set_meta("schema", str(STORE_SCHEMA))
        self._zd: dict[str, bytes] = dict(self.db.execute("SELECT name, data FROM zdicts"))

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
        return dict(self.db.execute("SELECT name, digest FROM reports"))

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
        self._ids, self._samples = {}, {}
        db.execute("BEGIN IMMEDIATE")
        try:
            self._next = int(self._meta("next_node") or 0)
            present: dict[str, int] = dict(db.execute("SELECT name, id FROM reports"))
            kept: dict[tuple[str, str, str], tuple[str, int]] = {}  # a replaced report's edges: (line, gen)

            def drop(rid: str) -> None:
                rep = present.pop(rid)
                names.update(r[0] for r in db.execute("SELECT name FROM persons WHERE report=?", (rep,)))
                db.execute("DELETE FROM persons WHERE report=?", (rep,))
                g = self._graph(rep)
                affected.update(g.nodes)
                gone = []
                for u, v, k, egen, attrs, lu, lv in g.links():
                    kept[u, v, k] = (edge_line(u, v, k, attrs), egen)
                    gone.append((SEP.join((u, v, k)), SEP.join((attrs["type"], lu, lv)), gen))
                db.executemany("INSERT INTO gone(kind, id, label, gen) VALUES('e', ?, ?, ?)", gone)
                stats.edges_changed += len(gone)
                db.execute("DELETE FROM parts WHERE report=?", (rep,))
                db.execute("DELETE FROM graphs WHERE report=?", (rep,))
                db.execute("DELETE FROM reports WHERE id=?", (rep,))
                stats.removed += 1

            for rid in remove:
                if rid in present:
                    drop(rid)
            for rec, digest in add:
                rid = rec.id
                if rid in present:
                    drop(rid)
                h = report_graph(rec)
                nodes = list(h.nodes)
                pos = {n: i for i, n in enumerate(nodes)}
                labels = [h.nodes[n]["label"] for n in nodes]
                counts: Counter = Counter()
                edges = []
                for u, v, k, attrs in h.edges(keys=True, data=True):
                    lu, lv = labels[pos[u]], labels[pos[v]]
                    if attrs["type"] == "MENTIONS" and lu == "Report" and lv == "Slogan":
                        counts[v] += attrs.get("count", 1)
                    before = kept.get((u, v, k))
                    # an edge a replaced report gives again unchanged keeps its generation (no delta to load)
                    same = before is not None and before[0] == edge_line(u, v, k, attrs)
                    edges.append([pos[u], pos[v], k, before[1] if same else gen, attrs])
                rep = db.execute("INSERT INTO reports(name, digest, gen, edges) VALUES(?,?,?,?)",
                                 (rid, digest, gen, len(edges))).lastrowid
                db.execute("INSERT INTO graphs(report, data) VALUES(?,?)",
                           (rep, self._pack(ReportGraph(nodes, labels, edges))))
                part_rows = []
                for n, label in zip(nodes, labels, strict=True):
                    own = _enc({k: v for k, v in h.nodes[n].items() if k != "reports"})
                    node = self._node(n, label, gen)
                    part_rows.append((node, rep, self._variant(node, own), counts[n] if label == "Slogan" else None))
                db.executemany("INSERT INTO parts(node, report, variant, count) VALUES(?,?,?,?)", part_rows)
                facts = person_facts(h, rid)
                db.executemany("INSERT INTO persons(name, report, node, titles, region) VALUES(?,?,?,?,?)",
                               [(f.name, rep, f.node, _enc(sorted(f.titles)), f.region) for f in facts])
                names.update(f.name for f in facts)
                present[rid] = rep
                affected.update(nodes)
                stats.added += 1
                stats.edges_changed += len(edges)
            for name in sorted(names):
                stats.edges_changed += self._resolve(name, gen, affected)
            for n in sorted(affected):
                stats.nodes_changed += self._remerge(n, gen)
            if stats.nodes_changed or stats.edges_changed:
                self._set_meta("gen", str(gen))
            self._set_meta("next_node", str(self._next))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            self._zd = dict(db.execute("SELECT name, data FROM zdicts"))  # one made in this update is gone
            raise
        finally:
            self._ids, self._samples = {}, {}
        self._compact()
        stats.gen = self.gen
        return stats

    # -- compression: zlib (raw deflate) with a dictionary per kind of data, made from the store's first data of
    # that kind (report graphs, node variants): small texts share most of their bytes with their kind's ------

    def _zdict(self, name: str, raw: bytes) -> bytes | None:
        """The dictionary of `name` ("graphs", "variants"); made (within the update) from the store's data so far
        and `raw` once they are ZDICT_SIZE bytes, None until then."""
        if name in self._zd:
            return self._zd[name]
        if name not in self._samples:  # what the store holds so far, all of it stored without a dictionary
            sql = {"graphs": "SELECT data FROM graphs LIMIT 64", "variants": "SELECT attrs FROM variants LIMIT 512"}
            have = [_inflate(x[1:], None) if name == "graphs" else x.encode("utf-8")
                    for (x,) in self.db.execute(sql[name])]
            self._samples[name] = (have, sum(map(len, have)))
        samples, size = self._samples[name]
        samples.append(raw)
        self._samples[name] = (samples, size + len(raw))
        if size + len(raw) < ZDICT_SIZE:
            return None
        zd = self._zd[name] = b"".join(samples)[-ZDICT_SIZE:]
        self.db.execute("INSERT INTO zdicts(name, data) VALUES(?,?)", (name, zd))
        del self._samples[name]
        return zd

    def _pack(self, g: ReportGraph) -> bytes:
        """A report graph as stored: a byte saying which dictionary (0: none, 1: "graphs"), raw deflate."""
        raw = g.dumps()
        zd = self._zdict("graphs", raw)
        return (b"\1" if zd else b"\0") + _deflate(raw, zd)

    def _made(self, name: str) -> bytes:
        """A dictionary data was compressed with (read again when another connection made it since we looked)."""
        if name not in self._zd:
            self._zd = dict(self.db.execute("SELECT name, data FROM zdicts"))
        return self._zd[name]

    def _unpack(self, data: bytes) -> ReportGraph:
        return ReportGraph.loads(_inflate(data[1:], self._made("graphs") if data[0] else None))

    def _text(self, stored: str | bytes) -> str:
        """A variant's attributes from how they are stored: text, or bytes deflated with the "variants" dictionary."""
        return stored if isinstance(stored, str) else _inflate(stored, self._made("variants")).decode("utf-8")

    def _graph(self, rep: int) -> ReportGraph:
        return self._unpack(self.db.execute("SELECT data FROM graphs WHERE report=?", (rep,)).fetchone()[0])

    def _node(self, key: str, label: str, gen: int) -> int:
        """The id of node `key`, made (unmerged: no hash yet) when it is new."""
        nid = self._ids.get(key)
        if nid is None:
            row = self.db.execute("SELECT id FROM nodes WHERE key=?", (key,)).fetchone()
            if row:
                nid = row[0]
            else:
                nid, self._next = self._next, self._next + 1
                self.db.execute("INSERT INTO nodes(key, id, label, gen) VALUES(?,?,?,?)", (key, nid, label, gen))
            self._ids[key] = nid
        return nid

    def _variant(self, node: int, attrs: str) -> int:
        """The number of `attrs` among node's variants (added when new)."""
        db = self.db
        h = _hash(attrs, 4)
        for v, stored in db.execute("SELECT v, attrs FROM variants WHERE node=? AND hash=?", (node, h)).fetchall():
            if self._text(stored) == attrs:
                return v
        v = db.execute("SELECT coalesce(max(v) + 1, 0) FROM variants WHERE node=?", (node,)).fetchone()[0]
        raw = attrs.encode("utf-8")
        zd = self._zdict("variants", raw)
        packed = _deflate(raw, zd) if zd else None
        db.execute("INSERT INTO variants(node, v, hash, attrs) VALUES(?,?,?,?)",
                   (node, v, h, packed if packed is not None and len(packed) < len(raw) else attrs))
        return v

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
        if free > 16 and free * 5 > pages:
            self.db.execute("VACUUM")

    def _resolve(self, name: str, gen: int, affected: set[str]) -> int:
        """Place one name's people across reports (graph.identity) and move the parts whose placement changed;
        returns the number of edge rows rewritten."""
        db = self.db
        rows = db.execute("SELECT p.rowid, p.report, r.name, p.node, p.titles, p.region, p.placed, p.why "
                          "FROM persons p JOIN reports r ON r.id = p.report WHERE p.name=? ORDER BY r.name, p.node",
                          (name,)).fetchall()
        facts = [PersonFact(name, rid, node, frozenset(json.loads(titles)), region)
                 for _, _, rid, node, titles, region, _, _ in rows]
        now = resolve_name(facts)
        changed = 0
        for rowid, rep, rid, node, _, _, placed, why in rows:
            placed = placed or node
            p = now[rid, node]
            if (p.node, p.why) != (placed, why):
                changed += self._move(rep, placed, p, gen, affected)
                db.execute("UPDATE persons SET placed=?, why=? WHERE rowid=?",
                           (None if p.node == node else p.node, p.why, rowid))
        return changed

    def _move(self, rep: int, old: str, p: Placement, gen: int, affected: set[str]) -> int:
        """Move report `rep`'s part of person node `old` to its placement, with the edges of that report."""
        db = self.db
        old_id = self._node(old, "Person", gen)
        variant, count = db.execute("SELECT variant, count FROM parts WHERE node=? AND report=?",
                                    (old_id, rep)).fetchone()
        attrs = json.loads(self._text(db.execute("SELECT attrs FROM variants WHERE node=? AND v=?",
                                                 (old_id, variant)).fetchone()[0]))
        db.execute("DELETE FROM parts WHERE node=? AND report=?", (old_id, rep))
        new_id = self._node(p.node, attrs["label"], gen)
        db.execute("INSERT INTO parts(node, report, variant, count) VALUES(?,?,?,?)",
                   (new_id, rep, self._variant(new_id, _enc(place(attrs, p))), count))
        affected.update((old, p.node))
        if p.node == old:
            return 0
        g = self._graph(rep)
        at = [i for i, n in enumerate(g.nodes) if n == old]
        moved = [e for e in g.edges if e[0] in at or e[1] in at]
        db.executemany("INSERT INTO gone(kind, id, label, gen) VALUES('e', ?, ?, ?)",
                       [(SEP.join((g.nodes[ui], g.nodes[vi], k)), SEP.join((a["type"], g.labels[ui], g.labels[vi])),
                         gen) for ui, vi, k, _, a in moved])
        for i in at:
            g.nodes[i] = p.node
        for e in moved:
            e[3] = gen
        db.execute("UPDATE graphs SET data=? WHERE report=?", (self._pack(g), rep))
        db.execute("UPDATE reports SET gen=? WHERE id=?", (gen, rep))
        return 2 * len(moved)

    def _remerge(self, n: str, gen: int) -> int:
        """Rewrite node `n` from its parts (delete it when no report has a part left); 1 if it changed."""
        db = self.db
        row = db.execute("SELECT id, label, hash FROM nodes WHERE key=?", (n,)).fetchone()
        if row is None:
            return 0
        nid, label, old = row
        rows = db.execute("SELECT r.name, p.variant, p.count, v.attrs FROM parts p JOIN reports r ON r.id = p.report "
                          "JOIN variants v ON v.node = p.node AND v.v = p.variant WHERE p.node=?", (nid,)).fetchall()
        if not rows:
            db.execute("DELETE FROM variants WHERE node=?", (nid,))
            db.execute("DELETE FROM nodes WHERE key=?", (n,))
            self._ids.pop(n, None)
            if old is None:  # made and left again within this update: never written
                return 0
            db.execute("INSERT INTO gone(kind, id, label, gen) VALUES('n', ?, ?, ?)", (n, label, gen))
            return 1
        used = {v for _, v, _, _ in rows}
        db.executemany("DELETE FROM variants WHERE node=? AND v=?",
                       [(nid, v) for (v,) in db.execute("SELECT v FROM variants WHERE node=?", (nid,)).fetchall()
                        if v not in used])
        attrs = _merge(rows, self._text)
        line_hash = _hash(node_line(n, attrs))
        if line_hash == old:
            return 0
        db.execute("UPDATE nodes SET label=?, gen=?, hash=? WHERE key=?", (attrs["label"], gen, line_hash, n))
        return 1

    # -- reading ----------------------------------------------------------------------------------------------

    def nodes(self, since: int | None = None, labels: Iterable[str] | None = None) -> Iterator[tuple[str, dict]]:
        """The merged nodes in id order: (id, attributes as graph.json has them, label and reports included);
        only those changed after generation `since`, only those of `labels`, when given."""
        where, args = [], []
        if since is not None:
            where.append("n.gen > ?")
            args.append(since)
        if labels is not None:
            labels = list(labels)
            where.append(f"n.label IN ({','.join('?' * len(labels))})")
            args += labels
        sql = _NODE_PARTS + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY n.key"
        for key, rows in itertools.groupby(self.db.execute(sql, args), key=lambda r: r[0]):
            yield key, _merge(rows, self._text)

    def node_ids(self, label: str) -> list[str]:
        """The ids of the nodes of one label, sorted."""
        return [r[0] for r in self.db.execute("SELECT key FROM nodes WHERE label=? ORDER BY key", (label,))]

    def has_node(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM nodes WHERE key=?", (key,)).fetchone() is not None

    def report_graphs(self, since: int | None = None, reports: Iterable[str] | None = None
                      ) -> Iterator[tuple[str, ReportGraph]]:
        """(report id, its own graph as placed) of every report, by report id; only those whose graph was written
        after generation `since`, only `reports`, when given."""
        if reports is not None:
            for rid in reports:
                row = self.db.execute("SELECT g.data FROM reports r JOIN graphs g ON g.report = r.id "
                                      "WHERE r.name=?", (rid,)).fetchone()
                if row:
                    yield rid, self._unpack(row[0])
            return
        sql = "SELECT r.name, g.data FROM reports r JOIN graphs g ON g.report = r.id"
        rows = self.db.execute(sql + " WHERE r.gen > ? ORDER BY r.name" if since is not None
                               else sql + " ORDER BY r.name", () if since is None else (since,))
        for rid, data in rows:
            yield rid, self._unpack(data)

    def edges(self, since: int | None = None, reports: Iterable[str] | None = None
              ) -> Iterator[tuple[str, str, str, dict, str, str]]:
        """(source, target, key, attrs, source label, target label) of every edge, report by report (not in key
        order; see `edge_lines`); only those changed after generation `since`, only those of `reports`."""
        for _, g in self.report_graphs(since, reports):
            for u, v, k, egen, attrs, lu, lv in g.links():
                if since is None or egen > since:
                    yield u, v, k, attrs, lu, lv

    def edge_counts(self) -> dict[str, int]:
        """Report id → how many edges it has."""
        return dict(self.db.execute("SELECT name, edges FROM reports"))

    def gone(self, kind: str, since: int) -> list[tuple[str, str]]:
        """(id, label) of the nodes (kind 'n') or edges ('e': id and label joined by SEP) deleted after generation
        `since`, by id; something deleted and there again since is listed too."""
        return self.db.execute("SELECT DISTINCT id, label FROM gone WHERE kind=? AND gen>? ORDER BY id",
                               (kind, since)).fetchall()

    def removed_reports(self) -> set[str]:
        """The ids of reports this store removed and still remembers (a Neo4j load may have them)."""
        return {nid[len("report:"):] for (nid,) in self.db.execute(
            "SELECT DISTINCT id FROM gone WHERE kind='n' AND label='Report'") if nid.startswith("report:")}

    def loaded(self, target: str) -> int | None:
        """The generation last loaded into a database (graph.neo4j_load: server address|database), if any."""
        row = self.db.execute("SELECT gen FROM loads WHERE target=?", (target,)).fetchone()
        return row[0] if row else None

    def record_load(self, target: str, gen: int, reports: int) -> None:
        """Record a completed load of generation `gen` into `target` (its deletions since are kept until every
        recorded load has them)."""
        self.db.execute("INSERT OR REPLACE INTO loads(target, gen, reports) VALUES(?,?,?)", (target, gen, reports))

    def node_lines(self) -> Iterator[str]:
        return (node_line(n, attrs) for n, attrs in self.nodes())

    def edge_lines(self) -> Iterator[str]:
        """Every edge's graph.json line in key order: sorted by SQLite in a temporary table (on disk), so that a
        large graph is never held in memory."""
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS link_sort(source TEXT, target TEXT, key TEXT, line TEXT, "
                   "PRIMARY KEY(source, target, key)) WITHOUT ROWID")
        db.execute("DELETE FROM link_sort")
        own = not db.in_transaction
        if own:
            db.execute("BEGIN")
        try:
            for _, g in self.report_graphs():
                db.executemany("INSERT INTO link_sort VALUES(?,?,?,?)",
                               [(u, v, k, edge_line(u, v, k, a)) for u, v, k, _, a, _, _ in g.links()])
        finally:
            if own:
                db.execute("COMMIT")
        try:
            for (line,) in db.execute("SELECT line FROM link_sort ORDER BY source, target, key"):
                yield line
        finally:
            db.execute("DELETE FROM link_sort")

    def write_json(self, path: str | os.PathLike) -> int:
        """Write graph.json (atomic): the bytes of graph.store.dumps of the same graph. Returns its size.

        When the file is the one this store wrote last (its size is recorded), only the lines of nodes and
        edges changed since then are replaced (graph.store.patch_node_link: the rest is copied as bytes);
        otherwise the whole file is streamed from the store in key order."""
        path = Path(path)
        size = None
        since, recorded = self._meta("json_gen"), self._meta("json_size")
        if since is not None and path.is_file() and path.stat().st_size == int(recorded or -1):
            since = int(since)
            nodes: dict = {n: node_line(n, attrs) for n, attrs in self.nodes(since=since)}
            # a node deleted since and there again now was written again since (a higher gen): in `nodes`
            for nid, _ in self.gone("n", since):
                nodes.setdefault(nid, None)
            links: dict = {}
            present: set = set()  # the edges of the reports written since (an edge deleted and back is there)
            for _, g in self.report_graphs(since=since):
                for u, v, k, egen, attrs, _, _ in g.links():
                    present.add((u, v, k))
                    if egen > since:
                        links[u, v, k] = edge_line(u, v, k, attrs)
            for eid, _ in self.gone("e", since):
                key = tuple(eid.split(SEP))
                if key not in present:
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
        for n, attrs in self.nodes():
            g.add_node(n, **attrs)
        for u, v, k, attrs, _, _ in sorted(self.edges(), key=lambda e: e[:3]):
            g.add_edge(u, v, key=k, **attrs)
        return g
