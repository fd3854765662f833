"""Person identity across reports: one node per national figure, namesakes kept apart, each decision explained.

A report's own graph (graph.build.report_graph) places each person by what that report says: scope 中国 when
he holds a national title there, else the unit his title names (陆良县委书记 → 云南省曲靖市陆良县), else the
report's region. Across the corpus a name that holds a national title anywhere is one national person: a
report that names him with no title, or with a title he is seen holding where his national title is given
(上海市委书记 beside 中共中央政治局委员), is about him, and its part moves to his node. A report gives a
namesake only when nothing links the name to him: in a local report, a post in a named place (通城县委书记,
市委书记 of that report's city) that he is not seen holding. A post that names no place (法制委员会副主任,
董事局主席), a province's leading post (江苏省委书记: one person in the country) and any mention in a national
report are his.

The decision is a function of one name's facts (`resolve_name`), so a corpus step works per name: the store
re-resolves only the names an update touches (graph.incremental), and a full build gives the same graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
from huiyi.pipeline.regions import NATIONAL, is_national, title_place


@dataclass(frozen=True)
class PersonFact:
    """What one report says about one person node of its own graph."""

    name: str
    report: str
    node: str  # the report's own id for him: person:NAME@SCOPE
    titles: frozenset[str]
    region: str | None = None  # the report's

    @property
    def national(self) -> bool:
        """Placed at 中国 by this report alone: a national title, or named in a national report."""
        return self.node.endswith("@" + NATIONAL)


@dataclass(frozen=True)
class Placement:
    """Where a report's person goes: the node, and why there when it is not where the report alone puts him."""

    node: str
    why: str | None = None


def person_id(name: str, scope: str) -> str:
    return f"person:{name}@{scope}"


def person_facts(h: nx.MultiDiGraph, report: str) -> list[PersonFact]:
    """The person nodes of one report's graph with the titles that report gives them."""
    out = []
    region = h.nodes[f"report:{report}"].get("region") if f"report:{report}" in h else None
    for n, attrs in h.nodes(data=True):
        if attrs["label"] == "Person":
            titles = frozenset(d["title"] for _, _, d in h.out_edges(n, data=True) if d["type"] == "HOLDS")
            out.append(PersonFact(attrs["name"], report, n, titles, region))
    return out


def local_posts(f: PersonFact) -> list[str]:
    """The titles that place a person in one unit: a unit named (通城县委书记), or a level word (市委书记) in a
    report whose region is a unit."""
    unit = f.region not in (None, NATIONAL)
    return sorted(t for t in f.titles if title_place(t, f.region) or (unit and t[:1] in "省市区县镇乡"))


def resolve_name(facts: Iterable[PersonFact]) -> dict[tuple[str, str], Placement]:
    """The placement of each (report, node) of one name: see the module docstring."""
    facts = sorted(facts, key=lambda f: (f.report, f.node))
    out = {(f.report, f.node): Placement(f.node) for f in facts}
    national = [f for f in facts if f.national]
    if not national:
        return out
    titled = [f for f in national if any(is_national(t) for t in f.titles)]
    if not titled:
        # named only without a national title in national reports: where every post of the name is in one unit
        # (广西壮族自治区党委书记), those mentions are that person's
        posted = {f.node for f in facts if f.titles and not f.national}
        if len(posted) == 1:
            (home,) = posted
            for f in national:
                out[f.report, f.node] = Placement(home, f"a national report; every post of {f.name} is in "
                                                        f"{home.rsplit('@', 1)[1]}")
            return out
    # the national person: a national title makes a strong anchor, which also takes the untitled mentions of local
    # reports; a national report's mention alone takes only what no place claims (reports of no known region)
    strong = bool(titled)
    first = (titled or national)[0]
    national_titles = {t for f in titled for t in f.titles if is_national(t)}
    membership_only = bool(national_titles) and all(_MEMBERSHIP.search(t) for t in national_titles)
    held = frozenset().union(*(f.titles for f in national))
    shown = "、".join(sorted(first.titles)) or "a national report"
    for f in facts:
        unplaced = strong or f.region is None
        if f.national:  # said of this report alone, so that other reports never rewrite it
            titles = "、".join(sorted(t for t in f.titles if is_national(t)))
            out[f.report, f.node] = Placement(f.node, f"national title: {titles}" if titles else "a national report")
        elif not f.titles and unplaced:
            out[f.report, f.node] = Placement(first.node, f"no title here; {f.name}: {shown} in report {first.report}")
        elif f.titles & held:
            same = "、".join(sorted(f.titles & held))
            out[f.report, f.node] = Placement(first.node, f"{same}: held by the national {f.name} (reports with "
                                                          f"{shown}, first {first.report})")
        elif f.region == NATIONAL or (unplaced and not local_posts(f)):
            where = "a national report" if f.region == NATIONAL else "no post in a named place"
            out[f.report, f.node] = Placement(first.node, f"{where}; {f.name}: {shown} in report {first.report}")
        elif (posts := local_posts(f)) and (leads := [t for t in posts if _leads_a_province(t, f.region)]):
            # a leader of a province (江苏省委书记, 浙江省省长) is one person in the country: the national one
            out[f.report, f.node] = Placement(first.node, f"{'、'.join(leads)}: a province's leader, one person in "
                                                          f"the country ({shown} in report {first.report})")
        elif posts and membership_only:
            # a member of the central committee holds posts in the provinces: his, not a namesake's
            out[f.report, f.node] = Placement(first.node, f"{'、'.join(posts)}: a post of the national {f.name}, "
                                                          f"a member only ({shown} in report {first.report})")
        elif posts:
            out[f.report, f.node] = Placement(
                f.node, f"namesake: {'、'.join(posts)} is not a post the national {f.name} is seen holding")
    return out


# a membership of the central committee: a national title its members hold beside posts in the provinces
_MEMBERSHIP = re.compile(r"(?:中央委员会|中央)(?:候补)?委员$")
# the leading posts of a province's party committee, government, congress and CPPCC
_LEADING_POST = re.compile(r"(?:委|党委)(?:副)?书记$|(?:常务)?副?(?:省长|市长|主席)$|人大常委会(?:副)?主任$")
_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


def _leads_a_province(title: str, region: str | None) -> bool:
    """The title is a leading post of a province-level unit (江苏省委书记, 上海市长, 广西壮族自治区主席)."""
    unit = title_place(title, region)
    return bool(unit) and (unit.endswith(("省", "自治区")) or unit in _MUNICIPALITIES) \
        and bool(_LEADING_POST.search(title))


def place(attrs: dict, placement: Placement) -> dict:
    """A report's part of a person node, placed: its scope and the reason (graph.json, the store and Neo4j)."""
    out = {**attrs, "scope": placement.node.rsplit("@", 1)[1]}
    if placement.why:
        out["why"] = placement.why
    else:
        out.pop("why", None)
    return out


def relabel(h: nx.MultiDiGraph, moves: dict[str, Placement]) -> nx.MultiDiGraph:
    """One report's graph with its person nodes placed (`moves`: its node → placement)."""
    if not moves:
        return h
    mapping = {n: p.node for n, p in moves.items()}
    g = nx.MultiDiGraph(**h.graph)
    for n, attrs in h.nodes(data=True):
        g.add_node(mapping.get(n, n), **(place(attrs, moves[n]) if n in moves else attrs))
    for u, v, k, attrs in h.edges(keys=True, data=True):
        g.add_edge(mapping.get(u, u), mapping.get(v, v), key=k, **attrs)
    return g
