"""The corpus questions: a person's timeline, a meeting series' sittings, who sat with whom.

Like the named queries (graph.query), they are built from the facts both backends give (`facts(kind, who)`:
roles, titles, priorities, series), so the networkx graph and Neo4j answer them with the same code.

- timeline NAME: the best-supported person of that name (most reports); one row per title (first and last
  publication date it was seen, in how many reports, the first report) and one per year and role (how many
  meetings), oldest first.
- series NAME: the sittings of the recurring meetings whose series name contains NAME, in date order, with
  the sitting number, presiders, reporters and the priorities set.
- coattend NAME: the people who had a role at the same meetings as the best-supported person of that name,
  with the number of meetings shared and the latest one, most shared first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from huiyi.graph.query import TYPE_ROLES, CoattendRow, QueryResult, SittingRow, TimelineRow, _date_key, format_date


def best_person(role_facts: list[dict], title_facts: list[dict]) -> str | None:
    """The node of a name with the most reports among its facts (ties: the smaller id)."""
    reports: dict[str, set] = defaultdict(set)
    for f in (*role_facts, *title_facts):
        if f.get("pid", "").startswith("person:"):
            reports[f["pid"]].add(f.get("report"))
    return min(reports, key=lambda p: (-len(reports[p]), p)) if reports else None


def _day(f: dict) -> tuple:
    return _date_key(format_date(f.get("year"), f.get("month"), f.get("day")), f.get("published"))


def timeline_rows(role_facts: Iterable[dict], title_facts: Iterable[dict]) -> QueryResult:
    role_facts, title_facts = list(role_facts), list(title_facts)
    result = QueryResult("timeline")
    pid = best_person(role_facts, title_facts)
    if pid is None:
        return result
    titles: dict[str, list[dict]] = defaultdict(list)
    for f in title_facts:
        if f.get("pid") == pid:
            titles[f["title"]].append(f)
    rows: list[tuple[tuple, TimelineRow]] = []
    for title, fs in titles.items():
        dated = sorted(fs, key=lambda f: (_date_key(None, f.get("date")), f.get("report") or ""))
        first, last = dated[0], dated[-1]
        rows.append(((_date_key(None, first.get("date")), 0, title), TimelineRow(
            kind="title", title=title, first_seen=first.get("date"), last_seen=last.get("date"), year=None, role=None,
            count=len({f.get("report") for f in fs}), report=first.get("report"), person=pid)))
    meetings: dict[tuple[int | None, str], dict[str, dict]] = defaultdict(dict)
    for f in role_facts:
        if f.get("pid") != pid:
            continue
        year = f.get("year") or (int(f["published"][:4]) if f.get("published") else None)
        meetings[year, TYPE_ROLES[f["type"]]].setdefault(f.get("mid") or f["meeting"], f)
    for (year, role), ms in meetings.items():
        first = min(ms.values(), key=lambda f: (_day(f), f.get("report") or ""))
        when = (year is None, ((year, 12, 31), (year, 12, 31)) if year else ())  # after the titles of that year
        rows.append(((when, 1, role), TimelineRow(
            kind="meetings", title=None, first_seen=None, last_seen=None, year=year, role=role, count=len(ms),
            report=first.get("report"), person=pid)))
    result.rows = [r for _, r in sorted(rows, key=lambda x: x[0])]
    return result


def series_rows(series_facts: Iterable[dict], role_facts: Iterable[dict], priority_facts: Iterable[dict],
                name: str) -> QueryResult:
    result = QueryResult("series")
    sittings: dict[str, dict] = {}
    for f in series_facts:
        if name in (f.get("series") or ""):
            sittings.setdefault(f["mid"], f)
    who: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in role_facts:
        role = TYPE_ROLES[f["type"]]
        if f.get("mid") in sittings and role in ("presided", "reported") and f["who"] not in who[f["mid"], role]:
            who[f["mid"], role].append(f["who"])
    items: dict[str, list[tuple]] = defaultdict(list)
    for f in priority_facts:
        if f.get("mid") in sittings and f.get("lead"):
            items[f["mid"]].append((f.get("list_id") or "", f.get("rank") or 0, f["lead"]))
    ordered = sorted(sittings.values(), key=lambda f: (_day(f), f.get("sitting") or 0, f["meeting"]))
    for f in ordered:
        mid = f["mid"]
        result.rows.append(SittingRow(
            date=format_date(f.get("year"), f.get("month"), f.get("day")) or f.get("published"),
            sitting=f.get("sitting"), meeting=f["meeting"], series=f["series"],
            presided="、".join(sorted(who[mid, "presided"])), reported="、".join(sorted(who[mid, "reported"])),
            priorities="；".join(lead for *_, lead in sorted(items[mid])), report=f.get("report")))
    return result


def coattend_rows(role_facts: Iterable[dict], person_role_facts: Iterable[dict],
                  person_title_facts: Iterable[dict]) -> QueryResult:
    result = QueryResult("coattend")
    person_role_facts = list(person_role_facts)
    pid = best_person(person_role_facts, list(person_title_facts))
    if pid is None:
        return result
    mine = {f["mid"] for f in person_role_facts if f.get("pid") == pid}
    shared: dict[str, dict[str, dict]] = defaultdict(dict)
    names: dict[str, str] = {}
    for f in role_facts:
        other = f.get("pid") or ""
        if f.get("mid") in mine and other.startswith("person:") and other != pid:
            shared[other].setdefault(f["mid"], f)
            names[other] = f["who"]
    rows = []
    for other, ms in shared.items():
        latest = max(ms.values(), key=lambda f: (_day(f), f["meeting"]))
        rows.append(CoattendRow(who=names[other], shared=len(ms), latest=latest["meeting"],
                                latest_date=format_date(latest.get("year"), latest.get("month"), latest.get("day")),
                                person=other))
    result.rows = sorted(rows, key=lambda r: (-r["shared"], r["who"], r["person"]))
    return result
