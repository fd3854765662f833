"""Named queries over the graph, their row shapes, the one selection rule and the output formats.

Both backends share everything here: graph/query.py reads *facts* from the networkx graph,
graph/neo4j_query.py reads the same facts with Cypher, and the same Python code selects, summarises and
sorts them. So a meeting matches (or a date filter keeps a meeting) for one reason only, wherever the
graph lives.

Named queries (`NAMED_QUERIES`):

- presided | reported | spoke | attended [MEETING]: one row per role relationship; `who` is the person's
  or organisation's name.
- person NAME [--role …]: every role of Person nodes named NAME, then one summary row per title
  (role "title", `count` = reports giving it, `date` = the earliest of their publication dates).
- meeting NAME: every role in the meetings NAME matches.
- person NAME --timeline, series NAME, coattend NAME: the corpus questions (rows built below from the
  same facts).
- priorities [MEETING]: one row per priority item, grouped by list (report, list number), with the list's
  heading, declared count and the number of items found; nested lists carry `parent` ("1.2": list 1,
  item 2) and the meeting of the list they hang under.

Selection (`Selection`, the same for every query and both backends):

- meeting: a substring of the meeting's name or of one of its aliases.
- report: only facts read from this report id.
- date / since / until (YYYY, YYYY-MM or YYYY-MM-DD, inclusive): a meeting covers the days its *known*
  date parts allow (2020-07 → 2020-07-01..2020-07-31), its missing parts completed from its report's
  publication date (`completed`: `????-??-17` published 2013-04-17 → 2013-04-17; no date at all → the
  publication day); a period wholly outside [publication - 183 days, publication + 31 days] is a misread
  year and the publication day stands in (`effective_span`). It is kept when that period overlaps the
  asked one (`--date D` is `--since D --until D`). A meeting with neither a year nor a publication date cannot be placed: a date
  filter leaves it out and `QueryResult.undated` counts it, so the CLI says how many were left out
  instead of dropping them silently. Title rows are dated by their report's publication date.

Every row carries `date` (the meeting's, as extracted) and `published` (its report's). Rows are sorted
by the first day of that effective period (unknown last), then meeting, report, role, rank, who.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypedDict

from huiyi.graph.schema import ROLE_EDGES

ROLE_TYPES = ROLE_EDGES  # role → relationship type (graph.schema)
TYPE_ROLES = {v: k for k, v in ROLE_TYPES.items()}
ROLE_ORDER = ("presided", "reported", "spoke", "attended", "title")
PERSON_ROLES = ROLE_ORDER  # what `query person NAME --role` accepts
NAMED_QUERIES = ("presided", "reported", "spoke", "attended", "person", "meeting", "priorities", "series", "coattend")
NEEDS_ARG = ("person", "meeting", "series", "coattend")
FORMATS = ("table", "csv", "jsonl")


class QueryRow(TypedDict):
    """A role (or, for `person`, a title summary) row."""

    date: str | None  # the meeting's date as extracted (format_date); None for title rows
    published: str | None  # publication date of the report the fact was read from
    meeting: str | None
    venue: str | None  # where the meeting was held, when the report says
    role: str
    who: str | None
    what: str | None
    on_behalf_of: str | None
    count: int | None  # title rows: reports giving the title
    report: str | None
    evidence: str | None


class PriorityRow(TypedDict):
    """One item of one priority list."""

    date: str | None
    published: str | None
    meeting: str | None
    report: str | None
    list: int  # 1-based number of the list in its report
    parent: str | None  # "1.2": a sub-list of item 2 of list 1
    heading: str | None
    declared_count: int | None
    found: int  # items found in the list
    rank: int
    lead: str | None
    evidence: str | None


class TimelineRow(TypedDict):
    kind: str  # "title" or "meetings"
    title: str | None
    first_seen: str | None  # title rows: the earliest publication date of a report giving it
    last_seen: str | None
    year: int | None  # meetings rows
    role: str | None
    count: int  # title rows: reports giving it; meetings rows: meetings
    report: str | None  # the first report
    person: str  # the node (person:NAME@SCOPE)


class SittingRow(TypedDict):
    date: str | None
    sitting: int | None
    meeting: str
    series: str
    presided: str
    reported: str
    priorities: str
    report: str | None


class CoattendRow(TypedDict):
    who: str
    shared: int  # meetings where both had a role
    latest: str | None  # the latest of them
    latest_date: str | None
    person: str  # the co-attendee's node


ROW_COLUMNS = tuple(QueryRow.__annotations__)
PRIORITY_COLUMNS = tuple(PriorityRow.__annotations__)
OTHER_COLUMNS = {"timeline": tuple(TimelineRow.__annotations__), "series": tuple(SittingRow.__annotations__),
                 "coattend": tuple(CoattendRow.__annotations__)}  # the corpus questions, below


def make_row(meeting=None, date=None, who=None, role="", what=None, on_behalf_of=None, evidence=None,
             report=None, count=None, published=None, venue=None) -> QueryRow:
    return QueryRow(date=date, published=published, meeting=meeting, venue=venue, role=role, who=who, what=what,
                    on_behalf_of=on_behalf_of, count=count, report=report, evidence=evidence)


def format_date(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """2020-07-31, 2020-07, 2020, ????-07-31; None when nothing is known."""
    if not (year or month or day):
        return None
    parts = [f"{year:04d}" if year else "????"]
    if month or day:
        parts.append(f"{month:02d}" if month else "??")
    if day:
        parts.append(f"{day:02d}")
    return "-".join(parts)


# -- selection --------------------------------------------------------------------------------------

Day = tuple[int, int, int]


def parse_date(value: str, *, end: bool) -> Day:
    """'2023', '2023-07', '2023-07-31' → the first (or, with end, last) day it covers."""
    m = re.fullmatch(r"\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*", str(value))
    if not m:
        raise ValueError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    y = int(m[1])
    mo = int(m[2]) if m[2] else (12 if end else 1)
    if not 1 <= mo <= 12:
        raise ValueError(f"bad date {value!r}: no month {mo}")
    last = calendar.monthrange(y, mo)[1]
    d = int(m[3]) if m[3] else (last if end else 1)
    if not 1 <= d <= last:
        raise ValueError(f"bad date {value!r}: no day {d} in {y}-{mo:02d}")
    return (y, mo, d)


def date_span(year: int | None, month: int | None = None, day: int | None = None) -> tuple[Day, Day] | None:
    """The days a date known only in part may be; None without a year (it cannot be placed)."""
    if not year:
        return None
    if not month:
        return (year, 1, 1), (year, 12, 31)
    if not day or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return (year, month, 1), (year, month, calendar.monthrange(year, month)[1])
    return (year, month, day), (year, month, day)


def _iso_parts(iso: str | None) -> tuple[int | None, int | None, int | None]:
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso or "")
    if not m:
        return None, None, None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None


def meeting_matches(name: str | None, aliases, query: str) -> bool:
    """The meeting filter of every query: a substring of the meeting's name or of one of its aliases
    (全会 finds 中国共产党…第十三次全体会议 through its alias 区委十二届十三次全会)."""
    return any(query in x for x in [name or "", *(aliases or [])])


@dataclass(frozen=True)
class Selection:
    """Which facts a query keeps (module docstring: the rules)."""

    meeting: str | None = None
    report: str | None = None
    date: str | None = None
    since: str | None = None
    until: str | None = None
    lo: Day | None = field(init=False, default=None, repr=False)
    hi: Day | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        los = [parse_date(x, end=False) for x in (self.date, self.since) if x]
        his = [parse_date(x, end=True) for x in (self.date, self.until) if x]
        lo, hi = (max(los) if los else None), (min(his) if his else None)
        if lo and hi and lo > hi:
            raise ValueError(f"empty date range: {self.since or self.date} is after {self.until or self.date}")
        object.__setattr__(self, "lo", lo)
        object.__setattr__(self, "hi", hi)

    @property
    def dated(self) -> bool:
        return self.lo is not None or self.hi is not None

    def date_fits(self, span: tuple[Day, Day] | None) -> bool | None:
        """True/False, or None when a date filter is set and the date cannot be placed."""
        if not self.dated:
            return True
        if span is None:
            return None
        start, end = span
        return (self.lo is None or end >= self.lo) and (self.hi is None or start <= self.hi)

    def meeting_fits(self, f: dict) -> bool | None:
        """A fact with meeting fields (meeting, aliases, year, month, day, published, report)."""
        if self.report is not None and f.get("report") != self.report:
            return False
        if self.meeting is not None and (f.get("meeting") is None
                                         or not meeting_matches(f["meeting"], f.get("aliases"), self.meeting)):
            return False
        return self.date_fits(meeting_span(f))


def meeting_span(f: dict) -> tuple[Day, Day] | None:
    """The days a meeting may have been on (fact fields year, month, day, published): see `effective_span`."""
    return effective_span(f.get("year"), f.get("month"), f.get("day"), f.get("published"))


PLAUSIBLE_BEFORE, PLAUSIBLE_AFTER = 183, 31  # days a reported meeting may lie before / after its story


def effective_span(year: int | None, month: int | None, day: int | None,
                   published: str | None) -> tuple[Day, Day] | None:
    """The period filters and sorting use: the meeting's date `completed` from the publication date, unless
    that period lies wholly outside [published - 183 days, published + 31 days] (a year misread, e.g.
    2001-??-22 in a story of 2012-08-22): then the publication day stands in. A report describes a meeting
    of the days before it (or one announced for the weeks after), not of another decade."""
    span = date_span(*completed(year, month, day, published))
    pub = date_span(*_iso_parts(published))
    if span is None or pub is None or pub[0] != pub[1]:
        return span
    p = dt.date(*pub[0])
    lo, hi = p - dt.timedelta(days=PLAUSIBLE_BEFORE), p + dt.timedelta(days=PLAUSIBLE_AFTER)
    if dt.date(*span[1]) < lo or dt.date(*span[0]) > hi:
        return pub
    return span


def completed(year: int | None, month: int | None, day: int | None,
              published: str | None) -> tuple[int | None, int | None, int | None]:
    """A meeting date known in part, completed from its report's publication date (a story appears on
    the day of the meeting or soon after): no date at all → the publication day; a day without a month →
    the publication month (the month before when the day is later than the publication day); no year → the
    publication year (the year before when the month is later). Known parts are never changed."""
    py, pm, pd = _iso_parts(published)
    if not py:
        return year, month, day
    if not (year or month or day):
        return py, pm, pd
    if not month and day and pm:
        month = pm if not pd or day <= pd else (pm - 1 or 12)
        if not year and month > pm:
            year = py - 1
    if not year:
        year = py - 1 if month and pm and month > pm else py
    return year, month, day


def _date_parts(date: str | None) -> tuple[int | None, int | None, int | None]:
    """format_date's text back to parts: '2013-??-06' → (2013, None, 6)."""
    parts = [int(x) if x.isdigit() else None for x in (date or "").split("-")]
    return tuple((parts + [None, None, None])[:3])  # type: ignore[return-value]


@dataclass
class QueryResult:
    kind: str  # "roles" or "priorities"
    rows: list = field(default_factory=list)
    undated: int = 0  # facts a date filter left out because their meeting's year is unknown


# -- facts → rows (shared by both backends) --------------------------------------------------------

def _date_key(date: str | None, published: str | None = None) -> tuple:
    """The first day of the meeting's `effective_span`, unknown last."""
    span = effective_span(*_date_parts(date), published)
    return (span is None, span or ())


def row_sort_key(row: QueryRow) -> tuple:
    role = row["role"]
    return (_date_key(row["date"], row["published"]), row["meeting"] or "", row["report"] or "",
            ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER),
            row["who"] or "", row["what"] or "", row["on_behalf_of"] or "", row["evidence"] or "")


def sort_rows(rows: Iterable[QueryRow]) -> list[QueryRow]:
    """Role rows in the order both backends print them: date, meeting, report, role, who."""
    return sorted(rows, key=row_sort_key)


def role_rows(role_facts: Iterable[dict], sel: Selection, roles: Iterable[str] | None = None,
              result: QueryResult | None = None) -> QueryResult:
    """Role facts (meeting, aliases, year, month, day, who, type, what, on_behalf_of, evidence, report)
    → sorted QueryRows kept by `sel`."""
    result = result or QueryResult("roles")
    wanted = {ROLE_TYPES[r] for r in roles} if roles is not None else set(TYPE_ROLES)
    for f in role_facts:
        if f["type"] not in wanted:
            continue
        fits = sel.meeting_fits(f)
        if fits is None:
            result.undated += 1
        if not fits:
            continue
        result.rows.append(make_row(meeting=f["meeting"], venue=f.get("venue"),
                                    date=format_date(f.get("year"), f.get("month"), f.get("day")),
                                    who=f["who"], role=TYPE_ROLES[f["type"]], what=f.get("what"),
                                    on_behalf_of=f.get("on_behalf_of"), evidence=f.get("evidence"),
                                    report=f.get("report"), published=f.get("published")))
    result.rows = sort_rows(result.rows)
    return result


def title_rows(title_facts: Iterable[dict], sel: Selection) -> list[QueryRow]:
    """Title facts (who, title, date, evidence, report) → one summary row per (who, title): the earliest
    report giving it, and how many reports do. Filtered by report and by date (publication date)."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for f in title_facts:
        if sel.report is not None and f.get("report") != sel.report:
            continue
        if not sel.date_fits(date_span(*_iso_parts(f.get("date")))):
            continue
        groups.setdefault((f["who"], f["title"]), []).append(f)
    rows = []
    for (who, title), fs in groups.items():
        first = min(fs, key=lambda f: (_date_key(f.get("date")), f.get("report") or "", f.get("evidence") or ""))
        rows.append(make_row(published=first.get("date"), who=who, role="title", what=title,
                             count=len({f.get("report") for f in fs}), evidence=first.get("evidence"),
                             report=first.get("report")))
    return sorted(rows, key=lambda r: (_date_key(None, r["published"]), -(r["count"] or 0), r["what"] or ""))


def priority_rows(facts: Iterable[dict], sel: Selection) -> QueryResult:
    """Priority facts (list_id, heading, declared_count, parent_id, meeting fields of the list's own
    meeting or None, rank, lead, evidence, report) → PriorityRows grouped by list.

    A nested list takes the meeting of the list it hangs under; lists of no meeting are dropped by a
    meeting or date filter."""
    facts = list(facts)
    lists: dict[str, dict] = {}
    for f in facts:
        lists.setdefault(f["list_id"], {"found": 0, "fact": f})["found"] += 1
        if f.get("meeting") is not None:
            lists[f["list_id"]]["fact"] = f

    def owner(list_id: str, depth: int = 0) -> dict:
        f = lists[list_id]["fact"]
        parent = f.get("parent_id")
        if f.get("meeting") is None and parent and depth < 16:
            up = _item_list(parent)
            if up in lists:
                return owner(up, depth + 1)
        return f

    result = QueryResult("priorities")
    for f in facts:
        m = owner(f["list_id"])
        fits = sel.meeting_fits({**m, "report": f.get("report"), "published": f.get("published")})
        if fits is None:
            result.undated += 1
        if not fits:
            continue
        parent = f.get("parent_id")
        result.rows.append(PriorityRow(
            date=format_date(m.get("year"), m.get("month"), m.get("day")), published=f.get("published"),
            meeting=m.get("meeting"),
            report=f.get("report"), list=_list_number(f["list_id"]),
            parent=(f"{_list_number(_item_list(parent))}.{parent.rsplit(':', 1)[1]}" if parent else None),
            heading=f.get("heading"), declared_count=f.get("declared_count"), found=lists[f["list_id"]]["found"],
            rank=f["rank"], lead=f.get("lead"), evidence=f.get("evidence")))
    result.rows.sort(key=lambda r: (_date_key(r["date"], r["published"]), r["meeting"] or "", r["report"] or "", r["list"], r["rank"]))
    return result


def _list_number(list_id: str) -> int:
    """plist:<report>:<i> → i + 1."""
    return int(list_id.rsplit(":", 1)[1]) + 1


def _item_list(item_id: str) -> str:
    """priority:<report>:<i>:<n> → plist:<report>:<i>."""
    return "plist:" + item_id.split(":", 1)[1].rsplit(":", 1)[0]


def run_named(name: str, arg: str | None, sel: Selection, roles: Iterable[str] | None, facts,
              timeline: bool = False) -> QueryResult:
    """Evaluate a named query over a backend's `facts(kind, who=None)` function."""
    if name not in NAMED_QUERIES:
        raise ValueError(f"unknown query {name!r}; one of: {', '.join(NAMED_QUERIES)}")
    if name in NEEDS_ARG and not arg:
        raise ValueError(f"query {name!r} needs a NAME")
    if timeline:
        return timeline_rows(facts("roles", who=arg), facts("titles", who=arg))
    if name == "series":
        return series_rows(facts("series"), facts("roles"), facts("priorities"), arg)
    if name == "coattend":
        return coattend_rows(facts("roles"), facts("roles", who=arg), facts("titles", who=arg))
    if name == "priorities":
        if arg:
            sel = Selection(meeting=arg, report=sel.report, date=sel.date, since=sel.since, until=sel.until)
        return priority_rows(facts("priorities"), sel)
    if name == "person":
        wanted = list(roles) if roles else list(PERSON_ROLES)
        result = role_rows(facts("roles", who=arg), sel, [r for r in wanted if r != "title"])
        if "title" in wanted and sel.meeting is None:
            result.rows += title_rows(facts("titles", who=arg), sel)
        return result
    if arg:
        sel = Selection(meeting=arg, report=sel.report, date=sel.date, since=sel.since, until=sel.until)
    return role_rows(facts("roles"), sel, [name] if name in ROLE_TYPES else None)


# -- the corpus questions: a person's timeline, a series' sittings, who sat with whom ------------------
#
# - timeline NAME: the best-supported person of that name (most reports); one row per title (first and last
#   publication date it was seen, in how many reports, the first report) and one per year and role (how many
#   meetings), oldest first.
# - series NAME: the sittings of the recurring meetings whose series name contains NAME, in date order, with
#   the sitting number, presiders, reporters and the priorities set.
# - coattend NAME: the people who had a role at the same meetings as the best-supported person of that name,
#   with the number of meetings shared and the latest one, most shared first.

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


# -- the facts of a networkx graph ------------------------------------------------------------------

def _ev_sentence(d: dict) -> str | None:
    ev = d.get("evidence")
    return ev.get("sentence") if isinstance(ev, dict) else None


def _meeting_fields(m: dict) -> dict:
    return {"meeting": m.get("name"), "aliases": m.get("aliases"), "year": m.get("year"), "month": m.get("month"),
            "day": m.get("day"), "venue": m.get("venue")}


def graph_facts(g):
    """The `facts(kind, who=None)` function of a networkx graph from huiyi.graph.build."""
    nodes = g.nodes

    def published(report: str | None) -> str | None:
        rid = f"report:{report}"
        return nodes[rid].get("date") if rid in nodes else None

    def facts(kind: str, who: str | None = None) -> list[dict]:
        out = []
        if kind == "roles":
            for u, v, d in g.edges(data=True):
                if d.get("type") not in TYPE_ROLES or nodes[v].get("label") != "Meeting":
                    continue
                w = nodes[u]
                if who is not None and (w.get("label") != "Person" or w.get("name") != who):
                    continue
                out.append({**_meeting_fields(nodes[v]), "pid": u, "mid": v, "who": w.get("name"), "type": d["type"],
                            "what": d.get("what"), "on_behalf_of": d.get("on_behalf_of"),
                            "evidence": _ev_sentence(d), "report": d.get("report"),
                            "published": published(d.get("report"))})
        elif kind == "titles":
            for u, v, d in g.edges(data=True):
                w = nodes[u]
                if (d.get("type") == "HOLDS" and w.get("label") == "Person" and w.get("name") == who
                        and nodes[v].get("label") == "Title"):
                    out.append({"pid": u, "who": who, "title": nodes[v].get("name"), "date": d.get("date"),
                                "evidence": _ev_sentence(d), "report": d.get("report")})
        elif kind == "series":
            for m, sid, d in g.edges(data=True):
                if d.get("type") == "IN_SERIES" and nodes[sid].get("label") == "Series":
                    out.append({**_meeting_fields(nodes[m]), "mid": m, "series": nodes[sid].get("name"),
                                "sitting": d.get("sitting"), "report": d.get("report"),
                                "published": published(d.get("report"))})
        else:  # priorities
            for lst, item, d in g.edges(data=True):
                if d.get("type") != "HAS_ITEM" or nodes[lst].get("label") != "PriorityList":
                    continue
                meeting, parent, mid = None, None, None
                for u, _, od in g.in_edges(lst, data=True):
                    if od.get("type") == "SET_PRIORITY" and nodes[u].get("label") == "Meeting":
                        meeting, mid = nodes[u], u
                    elif od.get("type") == "HAS_SUBLIST":
                        parent = u
                p, pl = nodes[item], nodes[lst]
                out.append({**(_meeting_fields(meeting) if meeting else {"meeting": None}), "mid": mid, "list_id": lst,
                            "parent_id": parent, "heading": pl.get("heading"),
                            "declared_count": pl.get("declared_count"), "rank": p.get("rank"), "lead": p.get("lead"),
                            "evidence": _ev_sentence(d), "report": d.get("report"),
                            "published": published(d.get("report"))})
        return out

    return facts


def query_graph(g, name: str, arg: str | None = None, sel: Selection | None = None,
                roles: Iterable[str] | None = None, timeline: bool = False) -> QueryResult:
    """A named query on a networkx graph."""
    return run_named(name, arg, sel or Selection(), roles, graph_facts(g), timeline)


def similar_people(g, name: str, limit: int = 8) -> list[str]:
    """Person names of the graph that contain `name` or are contained in it: the hint for a name not found."""
    names = {d.get("name") for _, d in g.nodes(data=True) if d.get("label") == "Person" and d.get("name")}
    return sorted(n for n in names if n != name and (name in n or n in name))[:limit]


def person_candidates(g, name: str) -> list[dict]:
    """The Person nodes of one name (graph.identity keeps namesakes apart), best supported first: id, scope, how
    many reports, and why the reports are placed as they are."""
    nodes = [{"id": n, "scope": d.get("scope"), "reports": len(d.get("reports", ())), "why": d.get("why")}
             for n, d in g.nodes(data=True) if d.get("label") == "Person" and d.get("name") == name]
    return sorted(nodes, key=lambda c: (-c["reports"], c["id"]))


def candidates_note(name: str, candidates: list[dict]) -> str | None:
    """The line that tells a user a name stands for several people, and which."""
    if len(candidates) < 2:
        return None
    parts = [f"{c['scope'] or c['id']} ({c['reports']} reports{'; ' + c['why'] if c.get('why') else ''})"
             for c in candidates]
    return f"note: {len(candidates)} people named {name}, rows of all of them: " + " | ".join(parts)


def graph_rows(g, name: str, arg: str | None = None) -> list:
    """The rows of `query_graph` without a selection (the shape tests compare across backends)."""
    return query_graph(g, name, arg).rows


# -- output -----------------------------------------------------------------------------------------

_KEEP = {"\u200c", "\u200d"}  # joiners shape scripts; harmless on a terminal


def safe_text(value) -> str:
    """Text that cannot drive a terminal: line breaks and tabs become spaces; other control and format
    characters (ESC, C1 controls such as U+009B CSI, bidi overrides) become visible \\x.. / \\u.... escapes."""
    if value is None:
        return ""
    s = str(value)
    out = []
    for ch in s:
        if ch in "\n\r\t":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") and ch not in _KEEP:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def json_line(row: dict) -> str:
    """JSON escapes C0 controls itself; DEL, C1 and format characters are escaped here too (\\u…)."""
    text = json.dumps(row, ensure_ascii=False, default=str)
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") and c not in _KEEP
                   else c for c in text)


def display_width(s: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _clip(s: str, width: int) -> str:
    return s if len(s) <= width else s[: max(0, width - 1)] + "…"


def _table(header: list[str], body: list[list[str]]) -> str:
    widths = [max(display_width(x) for x in col) for col in zip(header, *body, strict=True)]
    lines = []
    for cells in [header, *body]:
        parts = [c + " " * (w - display_width(c)) for c, w in zip(cells, widths, strict=True)]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"


ROLE_HEADER = {"date": "date", "published": "published", "meeting": "meeting", "venue": "venue", "role": "role", "who": "who", "what": "what",
               "on_behalf_of": "on behalf of", "count": "reports", "report": "report", "evidence": "evidence"}


def format_table(result: QueryResult, evidence_width: int = 60) -> str:
    """Aligned columns for a terminal (East Asian wide characters count two); priorities grouped by list."""
    if result.kind == "priorities":
        return _priority_table(result.rows, evidence_width)
    if result.kind in OTHER_COLUMNS:
        cols = [c for c in OTHER_COLUMNS[result.kind] if any(r[c] not in (None, "") for r in result.rows)]
        return _table(cols, [[_clip(safe_text(r[c]), evidence_width) for c in cols] for r in result.rows]) \
            if result.rows else ""
    if not result.rows:
        return ""  # "no results" goes to stderr; a bare header would read as an answer
    cols = [c for c in ROW_COLUMNS if c != "evidence" or evidence_width]
    cols = [c for c in cols if c not in ("published", "venue", "what", "on_behalf_of", "count")
            or any(r[c] for r in result.rows)]
    body = []
    for r in result.rows:
        cells = []
        for c in cols:
            v = r[c]
            if c == "date" and r["role"] != "title":
                v = v or "????"
            s = safe_text(v)
            cells.append(_clip(s, evidence_width) if c == "evidence" else s)
        body.append(cells)
    return _table([ROLE_HEADER[c] for c in cols], body)


def _priority_table(rows: list[PriorityRow], evidence_width: int) -> str:
    lines: list[str] = []
    group = None
    for r in rows:
        key = (r["date"], r["meeting"], r["report"])
        if key != group:
            group = key
            if lines:
                lines.append("")
            published = f" (published {r['published']})" if r["published"] else ""
            lines.append(f"{r['date'] or '????'}{published}  {safe_text(r['meeting'] or '(no meeting)')}  [{safe_text(r['report'])}]")
            current = None
        if r["list"] != current:
            current = r["list"]
            declared = f"declared {r['declared_count']}, " if r["declared_count"] is not None else ""
            under = f" (under item {r['parent']})" if r["parent"] else ""
            lines.append(f"  list {r['list']}{under}: {safe_text(r['heading'] or '(no heading)')} "
                         f"({declared}found {r['found']})")
        line = f"    {r['rank']:>2}. {safe_text(r['lead'])}"
        lines.append(line)
    return "\n".join(lines) + ("\n" if lines else "")


def format_rows(result: QueryResult, fmt: str, evidence_width: int = 60) -> str:
    """The rows as `table`, `csv` (header + RFC 4180, text made terminal-safe) or `jsonl`."""
    if fmt == "table":
        return format_table(result, evidence_width)
    if fmt == "jsonl":
        return "".join(json_line(dict(r)) + "\n" for r in result.rows)
    if fmt == "csv":
        cols = PRIORITY_COLUMNS if result.kind == "priorities" else OTHER_COLUMNS.get(result.kind, ROW_COLUMNS)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for r in result.rows:
            w.writerow([safe_text(r[c]) if isinstance(r[c], str) else ("" if r[c] is None else r[c]) for c in cols])
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
