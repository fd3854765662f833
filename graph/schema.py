"""The graph's schema, in one place: node labels and their properties, relationship types and theirs, the role →
relationship map, and where each field of a record goes.

graph.build writes the graph by it; the store, the Neo4j load and its queries, the pages and the exports read
labels, types and keys from here, so a new fact field is one entry here plus the line of graph.build that sets
it (tests/test_schema.py fails while a record field is neither mapped nor marked as not in the graph, and while
the graph holds a label, type or key this file does not declare).
"""

from __future__ import annotations

from huiyi.pipeline.records import ROLES

# label → the properties its nodes may carry (besides `label` and `reports`, which every node has)
NODES: dict[str, tuple[str, ...]] = {
    "Report": ("name", "title", "date", "source", "path", "region"),
    "Meeting": ("name", "aliases", "venue", "year", "month", "day", "date_text"),
    "Series": ("name", "scope"),
    "Person": ("name", "scope", "why"),  # why: where graph.identity placed him, when not where his report did
    "Organization": ("name", "full_name"),
    "Title": ("name", "org"),
    "PriorityList": ("name", "heading", "declared_count", "style", "count_mismatch"),
    "Priority": ("name", "lead", "text", "rank", "marker"),
    "Slogan": ("name", "count"),
    "Document": ("name",),
}
NODE_COMMON = ("label", "reports")

# type → (source labels, target labels, the properties it may carry besides `type`, `report` and `evidence`)
EDGES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "DESCRIBES": (("Report",), ("Meeting",), ()),
    "PRESIDED": (("Person", "Organization"), ("Meeting",), ("what", "on_behalf_of")),
    "REPORTED_AT": (("Person",), ("Meeting",), ("what", "on_behalf_of")),
    "SPOKE_AT": (("Person",), ("Meeting",), ("what", "on_behalf_of")),
    "ATTENDED": (("Person",), ("Meeting",), ("what", "on_behalf_of")),
    "HOLDS": (("Person",), ("Title",), ("title", "org", "date")),
    "SET_PRIORITY": (("Meeting", "Report"), ("PriorityList",), ("rank",)),
    "HAS_ITEM": (("PriorityList",), ("Priority",), ("rank",)),
    "NEXT": (("Priority",), ("Priority",), ()),
    "HAS_SUBLIST": (("Priority",), ("PriorityList",), ()),
    "MENTIONS": (("Report", "Meeting"), ("Person", "Organization", "Slogan"), ("count",)),
    "ADOPTED": (("Meeting",), ("Document",), ()),
    "IN_SERIES": (("Meeting",), ("Series",), ("sitting",)),
}
EDGE_COMMON = ("type", "report", "evidence")

NODE_TYPES = tuple(NODES)
EDGE_TYPES = tuple(EDGES)
# a meeting role of the records → the relationship that carries it
ROLE_EDGES: dict[str, str] = dict(zip(ROLES, ("PRESIDED", "REPORTED_AT", "SPOKE_AT", "ATTENDED"), strict=True))
ROLE_TYPES = tuple(ROLE_EDGES.values())
ROLE_PATTERN = "|".join(ROLE_TYPES)  # the role types as one Cypher relationship pattern (PRESIDED|REPORTED_AT|…)

# every node property graph.build may set, and every relationship property as the Neo4j load flattens it
# (evidence → evidence_sentence, evidence_start, evidence_end): a delta load sends the absent ones as null
NODE_KEYS = tuple(dict.fromkeys(k for keys in NODES.values() for k in keys)) + ("reports",)
EDGE_KEYS = ("report", "evidence_sentence", "evidence_start", "evidence_end",
             *dict.fromkeys(k for *_, keys in EDGES.values() for k in keys))

# Where each field of a record goes: "Label.property", "TYPE.property", a relationship or node it makes, or
# NOT_IN_GRAPH with the reason. tests/test_schema.py checks this covers every field of huiyi.pipeline.records.
NOT_IN_GRAPH = "not in the graph"
RECORD_FIELDS: dict[str, dict[str, str]] = {
    "ReportRecord": {
        "schema_version": f"{NOT_IN_GRAPH}: the record format's version (graph.json has its own)",
        "id": "Report node id; every relationship's report", "source_path": "Report.path", "title": "Report.title",
        "date": "Report.date; HOLDS.date", "source": "Report.source", "region": "Report.region; the scope of ids",
        "text": f"{NOT_IN_GRAPH}: records.jsonl and the evidence pages keep it; evidence sentences quote it",
        "people": "Person nodes, Report -MENTIONS-> Person", "organizations": "Organization nodes, Report -MENTIONS->",
        "meetings": "Meeting nodes, Report -DESCRIBES->", "priority_lists": "PriorityList and Priority nodes",
        "slogans": "Slogan nodes, Report|Meeting -MENTIONS-> Slogan",
    },
    "Person": {"name": "Person.name", "titles": "Title nodes, Person -HOLDS-> Title",
               "evidence": "MENTIONS.evidence"},
    "Title": {"title": "Title.name; HOLDS.title", "org": "Title.org; HOLDS.org", "evidence": "HOLDS.evidence"},
    "Organization": {"name": "Organization.name", "full_name": "Organization.full_name; its node id",
                     "evidence": "MENTIONS.evidence"},
    "Meeting": {
        "name": "Meeting.name", "aliases": "Meeting.aliases", "date": "Meeting.year, month, day, date_text",
        **{role: f"{typ} relationships" for role, typ in ROLE_EDGES.items()},
        "adopted": "Document nodes, Meeting -ADOPTED-> Document", "evidence": "DESCRIBES.evidence",
        "venue": "Meeting.venue", "series": "Series node, Meeting -IN_SERIES-> Series", "sitting": "IN_SERIES.sitting",
    },
    "Role": {"who": "the source node (Person, or Organization when is_body)", "is_body": "the source's label",
             "what": "role relationship .what", "on_behalf_of": "role relationship .on_behalf_of",
             "evidence": "role relationship .evidence"},
    "MeetingDate": {"year": "Meeting.year", "month": "Meeting.month", "day": "Meeting.day", "text": "Meeting.date_text"},
    "Document": {"name": "Document.name", "evidence": "ADOPTED.evidence"},
    "PriorityList": {"heading": "PriorityList.heading", "declared_count": "PriorityList.declared_count",
                     "style": "PriorityList.style", "items": "Priority nodes, PriorityList -HAS_ITEM-> Priority",
                     "parent": "Priority -HAS_SUBLIST-> PriorityList", "meeting": "Meeting -SET_PRIORITY-> PriorityList"},
    "PriorityItem": {"n": "Priority.rank; HAS_ITEM.rank", "lead": "Priority.lead", "text": "Priority.text",
                     "marker": "Priority.marker", "evidence": "HAS_ITEM.evidence"},
    "Slogan": {"text": "Slogan.name", "count": "MENTIONS.count; Slogan.count (over all reports)",
               "evidence": "MENTIONS.evidence"},
    "Evidence": {"start": "evidence.start", "end": "evidence.end", "sentence": "evidence.sentence"},
}
