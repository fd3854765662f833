"""The silver check: roles a news headline states, looked for in what the pipeline reads from the body.

`shared/corpora/xwlb_meetings` stories carry `silver`, the roles derived mechanically from the headline
(`X主持召开…` → presided X). The pipeline reads the body only (the headline is withheld) with the broadcast
date as publication date, and we count how often the body-derived roles contain the headline's person, and
how often the first meeting gets a full date within 10 days before the broadcast. It is a recall check on
text nobody tuned to, not gold: a few headlines say 主持召开 where the body only says 召开.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from huiyi.pipeline.clean import clean_text
from huiyi.pipeline.reader import Report
from huiyi.pipeline.records import ROLES, ReportRecord

DATE_WINDOW_DAYS = 10


def read_stories(path: Path, limit: int | None = None) -> Iterator[tuple[Report, dict]]:
    """(Report without its headline, silver roles) per story of a JSONL or gzip JSONL file."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            obj = json.loads(line)
            text = clean_text(obj["text"])
            if text.strip():
                yield Report(id=str(obj["id"]), text=text, date=obj.get("date"), source_path=f"{path}:{i + 1}"), \
                    obj.get("silver") or {}


def date_right(rec: ReportRecord) -> bool:
    """The first meeting has year, month and day, 0–10 days before the publication date."""
    if not rec.meetings or not rec.date:
        return False
    d = rec.meetings[0].date
    if not (d.year and d.month and d.day):
        return False
    try:
        delta = (dt.date.fromisoformat(rec.date[:10]) - dt.date(d.year, d.month, d.day)).days
    except ValueError:
        return False
    return 0 <= delta <= DATE_WINDOW_DAYS


def score_story(rec: ReportRecord, silver: dict, tally: dict, misses: list | None = None) -> None:
    """Add one story's outcome to tally {role: [found, expected]} and {"date": [right, stories]}."""
    for role in ROLES:
        for who in silver.get(role) or []:
            found = any(r.who == who for m in rec.meetings for r in getattr(m, role))
            tally.setdefault(role, [0, 0])
            tally[role][0] += found
            tally[role][1] += 1
            if not found and misses is not None:
                misses.append({"id": rec.id, "role": role, "who": who})
    right = date_right(rec)
    # all stories; those where a meeting was found (its first meeting's date); those whose headline names a role
    # (the meeting is surely the story's subject)
    keys = ["date"] + (["date_meetings"] if rec.meetings else []) + (["date_roles"] if silver else [])
    for key in keys:
        tally.setdefault(key, [0, 0])
        tally[key][0] += right
        tally[key][1] += 1
    if not right and misses is not None:
        first = rec.meetings[0] if rec.meetings else None
        misses.append({"id": rec.id, "role": "date", "pub": rec.date,
                       "got": first.date.model_dump(exclude={"text"}) if first else None,
                       "meeting": first.name if first else None})


def format_silver(tally: dict) -> str:
    lines = [f"{'check':10} {'right':>6} {'of':>6} {'share':>7}"]
    for key in (*ROLES, "date", "date_meetings", "date_roles"):
        if key in tally:
            k, n = tally[key]
            lines.append(f"{key:10} {k:6d} {n:6d} {k / n if n else 0.0:7.3f}")
    return "\n".join(lines)
