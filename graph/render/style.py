"""How node and relation types look on every page: colours, shapes, Chinese names, text limits."""

from __future__ import annotations

from pathlib import Path

PHYSICS_MAX_NODES = 300  # above this, positions are precomputed and physics is off
TEMPLATE_DIR = Path(__file__).parent.parent / "templates"
ASSET_DIR = Path(__file__).parent.parent / "assets"
TEMPLATE = "graph.html"

# node type → (colour, vis-network shape, size, Chinese name)
NODE_STYLE: dict[str, tuple[str, str, int, str]] = {
    "Report": ("#78909c", "square", 14, "报道"),
    "Meeting": ("#e53935", "diamond", 22, "会议"),
    "Person": ("#1e88e5", "dot", 14, "人物"),
    "Organization": ("#43a047", "hexagon", 16, "机构"),
    "Title": ("#fb8c00", "triangle", 10, "职务"),
    "PriorityList": ("#8e24aa", "triangleDown", 14, "部署清单"),
    "Priority": ("#ba68c8", "dot", 8, "部署事项"),
    "Slogan": ("#00897b", "star", 14, "提法"),
    "Document": ("#6d4c41", "square", 11, "文件"),
}
DEFAULT_NODE_STYLE = ("#9e9e9e", "dot", 10, "其他")

# edge type → (colour, Chinese label, dashed)
EDGE_STYLE: dict[str, tuple[str, str, bool]] = {
    "DESCRIBES": ("#90a4ae", "报道", True),
    "PRESIDED": ("#c62828", "主持", False),
    "REPORTED_AT": ("#ef6c00", "作报告", False),
    "SPOKE_AT": ("#1565c0", "讲话", False),
    "ATTENDED": ("#64b5f6", "出席", False),
    "HOLDS": ("#ffa726", "任职", False),
    "SET_PRIORITY": ("#6a1b9a", "部署", False),
    "HAS_ITEM": ("#ce93d8", "事项", False),
    "NEXT": ("#e1bee7", "下一项", True),
    "HAS_SUBLIST": ("#ab47bc", "子清单", True),
    "MENTIONS": ("#bdbdbd", "提及", True),
    "ADOPTED": ("#8d6e63", "通过", False),
}
DEFAULT_EDGE_STYLE = ("#9e9e9e", "关联", False)
ROLE_NAMES = {"PRESIDED": "主持", "REPORTED_AT": "作报告", "SPOKE_AT": "讲话", "ATTENDED": "出席"}

LABEL_MAX = 18  # characters of a node label before "…"
SENTENCE_MAX = 240  # characters of an evidence sentence in a tooltip
LIST_MAX = 8  # items listed in a tooltip before "…"
