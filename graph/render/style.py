"""How node and relation types look on every page: colours, shapes, Chinese names, text limits."""

from __future__ import annotations

import json
from pathlib import Path

from huiyi.graph.schema import ROLE_TYPES

PHYSICS_MAX_NODES = 300  # above this, positions are precomputed and physics is off
TEMPLATE_DIR = Path(__file__).parent.parent / "templates"
ASSET_DIR = Path(__file__).parent.parent / "assets"
TEMPLATE = "graph.html"

# the look of each type, as data (templates/style.json)
_STYLE = json.loads((TEMPLATE_DIR / "style.json").read_text(encoding="utf-8"))
# node type → (colour, vis-network shape, size, Chinese name)
NODE_STYLE: dict[str, tuple[str, str, int, str]] = {k: tuple(v) for k, v in _STYLE["nodes"].items()}
DEFAULT_NODE_STYLE: tuple[str, str, int, str] = tuple(_STYLE["default_node"])
# edge type → (colour, Chinese label, dashed)
EDGE_STYLE: dict[str, tuple[str, str, bool]] = {k: tuple(v) for k, v in _STYLE["edges"].items()}
DEFAULT_EDGE_STYLE: tuple[str, str, bool] = tuple(_STYLE["default_edge"])
ROLE_NAMES = {t: EDGE_STYLE[t][1] for t in ROLE_TYPES}

LABEL_MAX = 18  # characters of a node label before "…"
SENTENCE_MAX = 240  # characters of an evidence sentence in a tooltip
LIST_MAX = 8  # items listed in a tooltip before "…"
