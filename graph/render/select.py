"""Selecting what a focused page draws: a person's or a meeting's neighbourhood, meetings in a date range."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import deque
from collections.abc import Iterable

import networkx as nx
from huiyi.graph.query import meeting_matches, parse_date

# selecting a subgraph


def _parse_date(value: str | dt.date | None, *, end: bool) -> tuple[int, int, int] | None:
    """'2023', '2023-07', '2023-07-31' (or a date) → the first (or, with end, last) day it covers (the queries'
    rule, graph.query.parse_date)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return (value.year, value.month, value.day)
    return parse_date(value, end=end)


def meeting_span(g: nx.MultiDiGraph, n: str) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The days a Meeting node may have taken place on, as far as its date is known.

    From the node's year/month/day; a meeting without a year falls back to the
    publication date of a report describing it; None when nothing is known.
    """
    data = g.nodes[n]
    y, mo, d = data.get("year"), data.get("month"), data.get("day")
    if not y:
        dates = sorted(
            g.nodes[u].get("date") for u, _, e in g.in_edges(n, data=True)
            if e.get("type") == "DESCRIBES" and g.nodes[u].get("date")
        )
        if not dates:
            return None
        try:
            pub = _parse_date(dates[0][:10], end=False)
        except ValueError:
            return None
        return (pub, pub)
    start = (y, mo or 1, d or 1)
    end = (y, mo or 12, d or calendar.monthrange(y, mo or 12)[1])
    return (start, end)


def _neighbourhood(g: nx.MultiDiGraph, seeds: Iterable[str], hops: int) -> set[str]:
    """Nodes within `hops` edges of any seed, ignoring edge direction."""
    seen = set(seeds)
    frontier = deque((s, 0) for s in seen)
    while frontier:
        n, dist = frontier.popleft()
        if dist == hops:
            continue
        for m in (*g.successors(n), *g.predecessors(n)):
            if m not in seen:
                seen.add(m)
                frontier.append((m, dist + 1))
    return seen


# structural edges followed outwards from nodes kept by a date filter
_DEPENDENT_EDGES = {"HOLDS", "HAS_ITEM", "NEXT", "HAS_SUBLIST"}


def _date_filter(g: nx.MultiDiGraph, since, until) -> set[str]:
    lo = _parse_date(since, end=False)
    hi = _parse_date(until, end=True)
    if lo and hi and lo > hi:
        raise ValueError(f"--since {since} is after --until {until}")
    meetings = set()
    for n, data in g.nodes(data=True):
        if data.get("label") != "Meeting":
            continue
        span = meeting_span(g, n)
        if span is None:
            continue
        start, end = span
        if (lo is None or end >= lo) and (hi is None or start <= hi):
            meetings.add(n)
    keep = _neighbourhood(g, meetings, 1)
    stack = list(keep)
    while stack:  # titles of kept people, items and sub-lists of kept priority lists
        n = stack.pop()
        for _, m, e in g.out_edges(n, data=True):
            if e.get("type") in _DEPENDENT_EDGES and m not in keep:
                keep.add(m)
                stack.append(m)
    return keep


def _names(g: nx.MultiDiGraph, label: str) -> list[str]:
    return sorted({d.get("name", n) for n, d in g.nodes(data=True) if d.get("label") == label})


def _not_found(what: str, needle: str, names: list[str]) -> ValueError:
    close = [x for x in names if needle in x or x in needle][:8]
    hint = f"; did you mean: {', '.join(close)}" if close else f" ({len(names)} {what.lower()}s in the graph)"
    return ValueError(f"no {what} {needle!r} in the graph{hint}")


MAX_NODES = 150  # a drawing stays legible


def subgraph(
    g: nx.MultiDiGraph,
    person: str | None = None,
    meeting: str | None = None,
    hops: int = 1,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    max_nodes: int | None = MAX_NODES,
) -> nx.MultiDiGraph:
    """The part of `g` to draw, as a new MultiDiGraph (all attributes kept).

    - since/until ('YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a date, both inclusive):
      keep the meetings whose known date overlaps the range (see
      `meeting_span`), the nodes adjacent to them, and the titles, priority
      items and sub-lists hanging off those; meetings of unknown date and
      nodes connected to no kept meeting are dropped.
    - person: Person nodes whose `name` equals it, with everything within
      `hops` edges (either direction).
    - meeting: Meeting nodes whose name or an alias contains it, with
      everything within `hops` edges.
    Filters narrow each other: the date filter applies first, and with both
    person and meeting the result is the intersection of the two neighbourhoods.
    - max_nodes: a focused drawing keeps at most this many nodes (no hairball of 359): the seeds, then the
      nearest, people, bodies and meetings before the rest (reports never, they are in each edge), the latest
      meetings first; the graph attribute `total_nodes` says how many there were.
    Raises ValueError when the person or meeting is not in the graph (or not
    in the date range), or on a bad date or negative hops.
    """
    if hops < 0:
        raise ValueError(f"hops must be >= 0, not {hops}")
    keep = set(g.nodes)
    dated = since is not None or until is not None
    if dated:
        keep = _date_filter(g, since, until)
    h = g.subgraph(keep)
    span = f" between {since or '…'} and {until or '…'}" if dated else ""
    wanted = []
    if person is not None:
        wanted.append(("Person", person, lambda d: d.get("name") == person, f"person {person!r} is in no meeting"))
    if meeting is not None:
        wanted.append(("Meeting", meeting, lambda d: meeting_matches(d.get("name"), d.get("aliases"), meeting),
                       f"no meeting matching {meeting!r}"))
    chosen: set[str] = set()
    for label, value, matches, none_left in wanted:
        seeds = [n for n, d in g.nodes(data=True) if d.get("label") == label and matches(d)]
        if not seeds:
            raise _not_found(label, value, _names(g, label))
        seeds = [n for n in seeds if n in keep]
        if not seeds:
            raise ValueError(none_left + span)
        keep &= _neighbourhood(h, seeds, hops)
        chosen |= set(seeds)
    sub = g.subgraph(keep).copy()
    if wanted and max_nodes is not None and sub.number_of_nodes() > max_nodes:
        sub = _within_budget(sub, chosen, max_nodes)
    return sub


# what a focused drawing keeps first, by label (reports last: every edge already names its report)
_KEEP_ORDER = {"Person": 0, "Organization": 1, "Meeting": 1, "Series": 2, "Title": 3, "Document": 4, "Slogan": 5,
               "PriorityList": 6, "Priority": 7, "Report": 9}


def _within_budget(sub: nx.MultiDiGraph, seeds: set[str], max_nodes: int) -> nx.MultiDiGraph:
    dist = {s: 0 for s in seeds}
    frontier = deque(seeds)
    while frontier:
        n = frontier.popleft()
        for m in (*sub.successors(n), *sub.predecessors(n)):
            if m not in dist:
                dist[m] = dist[n] + 1
                frontier.append(m)

    def rank(n: str) -> tuple:
        d = sub.nodes[n]
        when = (d.get("year") or 0, d.get("month") or 0, d.get("day") or 0)
        return (n not in seeds, d.get("label") == "Report", dist.get(n, 99), _KEEP_ORDER.get(d.get("label"), 8),
                tuple(-x for x in when), -sub.degree(n), n)

    kept = sorted(sub.nodes, key=rank)[:max_nodes]
    out = sub.subgraph(kept).copy()
    out.graph["total_nodes"] = sub.number_of_nodes()
    return out


