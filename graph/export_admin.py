"""Export the graph as CSV files for `neo4j-admin database import full` (bulk load into an empty database).

- nodes/<Label>.csv per label: `id:ID(huiyi)`, `:LABEL`, then typed properties
  (`year:int`, `aliases:string[]`, `count_mismatch:boolean`, ...). One global
  ID space ("huiyi") so a relationship can point at a node of any label.
- relationships/<TYPE>.csv per type: `:START_ID(huiyi)`, `:END_ID(huiyi)`,
  `:TYPE`, `key`, then typed properties.
- Property values are the ones graph.neo4j_load writes over Bolt
  (`storable_props`: evidence flattened into evidence_sentence/_start/_end,
  None dropped), so both ways give the same database.
- RFC 4180 quoting (a quote inside a value is doubled), UTF-8, header on the
  first line; evidence sentences may contain newlines, hence
  --multiline-fields=true. Array elements are joined with ";" (or, when some
  element contains ";", with the first of "|", U+001F that none contains).
"""

from __future__ import annotations

import csv
import shlex
from collections import defaultdict
from pathlib import Path

import networkx as nx
from huiyi.graph.neo4j_load import node_rows, rel_rows
from huiyi.graph.schema import EDGE_TYPES, NODE_TYPES

ID_SPACE = "huiyi"
ARRAY_DELIMITERS = (";", "|", "\x1f")
_INT32 = (-(2**31), 2**31 - 1)


def _scalar_type(v) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "int" if _INT32[0] <= v <= _INT32[1] else "long"
    if isinstance(v, float):
        return "double"
    return "string"


def _value_type(v) -> str:
    if isinstance(v, list):
        kinds = {_scalar_type(x) for x in v}
        if kinds == {"int", "long"}:
            kinds = {"long"}
        return (kinds.pop() if len(kinds) == 1 else "string") + "[]"
    return _scalar_type(v)


def _merge_types(a: str | None, b: str) -> str:
    if a is None or a == b:
        return b
    if {a, b} == {"int", "long"}:
        return "long"
    if {a, b} == {"int[]", "long[]"}:
        return "long[]"
    if {a, b} <= {"int", "long", "double"}:
        return "double"
    return "string[]" if a.endswith("[]") and b.endswith("[]") else "string"


def _column_types(rows: list[dict]) -> dict[str, str]:
    types: dict[str, str | None] = {}
    for row in rows:
        for k, v in row["props"].items():
            types[k] = _merge_types(types.get(k), _value_type(v))
    return dict(sorted(types.items()))


def _cell(v, typ: str, delim: str) -> str:
    if v is None:
        return ""
    if typ.endswith("[]"):
        items = v if isinstance(v, list) else [v]
        return delim.join(_cell(x, typ[:-2], delim) for x in items)
    if isinstance(v, bool):
        return "true" if v else "false"
    if typ == "string" and isinstance(v, list):
        return delim.join(str(x) for x in v)
    return str(v)


def _pick_delimiter(groups) -> str:
    used = set()
    for rows in groups:
        for row in rows:
            for v in row["props"].values():
                if isinstance(v, list):
                    for x in v:
                        used.update(c for c in ARRAY_DELIMITERS if c in str(x))
    for d in ARRAY_DELIMITERS:
        if d not in used:
            return d
    raise ValueError("every candidate array delimiter occurs in some array value")


def _delimiter_arg(d: str) -> str:
    return d if d.isprintable() else f"U+{ord(d):04X}"


def _write_csv(path: Path, header: list[str], rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def export_neo4j_admin(g: nx.MultiDiGraph, out_dir: str | Path, database: str = "neo4j",
                       neo4j_admin: str = "neo4j-admin") -> str:
    """Write the CSVs under out_dir; return the `neo4j-admin database import full` command line.

    The command loads into `database`, which must be new or empty (stop it first,
    or add --overwrite-destination=true to replace it).
    """
    out = Path(out_dir).resolve()
    nodes = node_rows(g)
    rels = rel_rows(g)
    by_type: dict[str, list[dict]] = defaultdict(list)
    for (typ, _src, _dst), rows in rels.items():
        by_type[typ].extend(rows)
    delim = _pick_delimiter([*nodes.values(), *by_type.values()])

    args = [neo4j_admin, "database", "import", "full"]
    for label in NODE_TYPES:
        rows = nodes.get(label)
        if not rows:
            continue
        types = _column_types(rows)
        header = [f"id:ID({ID_SPACE})", ":LABEL", *(f"{k}:{t}" for k, t in types.items())]
        path = out / "nodes" / f"{label}.csv"
        _write_csv(path, header, (
            [row["id"], label, *(_cell(row["props"].get(k), t, delim) for k, t in types.items())] for row in rows
        ))
        args.append(f"--nodes={label}={path}")
    for typ in EDGE_TYPES:
        rows = by_type.get(typ)
        if not rows:
            continue
        types = _column_types(rows)
        header = [f":START_ID({ID_SPACE})", f":END_ID({ID_SPACE})", ":TYPE", "key:string",
                  *(f"{k}:{t}" for k, t in types.items())]
        path = out / "relationships" / f"{typ}.csv"
        _write_csv(path, header, (
            [row["src"], row["dst"], typ, row["key"], *(_cell(row["props"].get(k), t, delim) for k, t in types.items())]
            for row in rows
        ))
        args.append(f"--relationships={typ}={path}")
    args += [
        "--id-type=string",
        "--delimiter=,",
        f"--array-delimiter={_delimiter_arg(delim)}",
        '--quote="',
        "--multiline-fields=true",
        database,
    ]
    return shlex.join(args)
