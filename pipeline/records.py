"""The one record schema shared by extraction, graph building, evaluation and export.

A `ReportRecord` is what huiyi extracts from one report. Its fields follow the
gold annotation format (`shared/gold/SPEC.md`); every fact additionally carries
`Evidence`: the sentence it was read from (or a bounded window of it) and
character offsets into the report's cleaned text (`ReportRecord.text`). `to_gold()` drops the evidence and
gives exactly the gold/scorer format.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
ROLES = ("presided", "reported", "spoke", "attended")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Where a fact was read: [start, end) offsets into the cleaned report text."""

    start: int
    end: int
    # the sentence; in a sentence over 200 characters a window of it around the fact (pipeline.text), so that
    # a 10,000-name list does not store its whole sentence 10,000 times
    sentence: str


# A sentence ends at 。！？；!? (ASCII ;? too) or a line break (not one after 、 or ，, inside a list that wraps);
# closing quotes stay with it.
_SENT_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|(?<![、，,])\n")


class Sentences:
    """Sentence boundaries of one cleaned text, with lookup by character offset."""

    def __init__(self, text: str):
        self.text = text
        spans: list[tuple[int, int]] = []
        start = 0
        for m in _SENT_END.finditer(text):
            end = m.end() if m.group() != "\n" else m.start()
            if text[start:end].strip():
                spans.append((start, end))
            start = m.end()
        if text[start:].strip():
            spans.append((start, len(text)))
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence(self, offset: int) -> tuple[int, int]:
        return self.spans[self.index(offset)] if self.spans else (0, len(self.text))

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the fact at [start, end): its sentence, or when that is longer than EVIDENCE_MAX
        characters (a 10,000-name list is one sentence) a window of the sentence around the fact; so every
        fact's evidence is bounded and output grows linearly with the input."""
        s, e = self.sentence(start)
        e = max(e, min(end, len(self.text)))
        if e - s > EVIDENCE_MAX:
            s, e = evidence_window(s, e, start, end)
        # built without validation: the hot path of a long list (one per fact), and the fields are ours
        return Evidence.model_construct(start=start, end=end, sentence=self.text[s:e].strip())


EVIDENCE_MAX = 200  # characters of an evidence text
EVIDENCE_CONTEXT = 40  # characters kept on each side of a fact when its sentence is longer than EVIDENCE_MAX


def evidence_window(s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The part of [s, e) quoted for a fact at [start, end): the fact with up to EVIDENCE_CONTEXT characters on
    each side; a fact too long for that is quoted from its beginning, EVIDENCE_MAX characters at most."""
    start = min(max(start, s), e)
    if end - start > EVIDENCE_MAX - 2 * EVIDENCE_CONTEXT:
        return start, min(e, start + EVIDENCE_MAX)
    return max(s, start - EVIDENCE_CONTEXT), min(e, end + EVIDENCE_CONTEXT)


class Title(_Model):
    title: str
    org: str | None = None  # organisation part of the title ("区人大常委会" of "区人大常委会主任")
    evidence: Evidence


class Person(_Model):
    name: str
    titles: list[Title] = Field(default_factory=list)
    evidence: Evidence  # first mention


class Organization(_Model):
    name: str  # as written, longest span
    full_name: str | None = None  # normalised from context (区委 → 中共北京市海淀区委员会)
    evidence: Evidence


class Role(_Model):
    """One participant in one meeting role (presided/reported/spoke/attended)."""

    who: str
    is_body: bool = False  # an organisation, not a person (only for presided)
    what: str | None = None  # reported: what was delivered ("工作报告")
    on_behalf_of: str | None = None  # reported: 代表…/受…委托
    evidence: Evidence


class MeetingDate(_Model):
    year: int | None = None
    month: int | None = None
    day: int | None = None
    text: str | None = None  # the date as written ("7月31日")


class Document(_Model):
    name: str  # without 《》
    evidence: Evidence


class Meeting(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    date: MeetingDate = Field(default_factory=MeetingDate)
    presided: list[Role] = Field(default_factory=list)
    reported: list[Role] = Field(default_factory=list)
    spoke: list[Role] = Field(default_factory=list)
    attended: list[Role] = Field(default_factory=list)
    adopted: list[Document] = Field(default_factory=list)
    evidence: Evidence
    venue: str | None = None  # where it was held, as the introducing sentence says (人民大会堂); not in SPEC's keys
    # a recurring meeting's series (国务院常务会议, 全国人大常委会委员长会议) and this sitting's number in it
    series: str | None = None
    sitting: int | None = None


class PriorityItem(_Model):
    n: int
    lead: str  # text after the marker up to the first ，。；：！？ (SPEC rule)
    text: str  # full item text up to the next item
    marker: str  # as written: "一要", "（二）", "第三，"…
    evidence: Evidence


class PriorityList(_Model):
    heading: str | None = None
    declared_count: int | None = None
    style: str  # marker family: yao, shi, di, paren, dun, arabic, qi, seq…
    items: list[PriorityItem] = Field(default_factory=list)
    parent: tuple[int, int] | None = None  # (index of parent list, n of parent item) when nested
    meeting: int | None = None  # index into ReportRecord.meetings that set this list

    @property
    def count_mismatch(self) -> bool:
        """The text announced a number of items that differs from what was found."""
        return self.declared_count is not None and self.declared_count != len(self.items)


class Slogan(_Model):
    text: str  # without quotation marks
    count: int = 1  # occurrences in this report
    evidence: Evidence


class ReportRecord(_Model):
    schema_version: int = SCHEMA_VERSION
    id: str
    source_path: str | None = None
    title: str | None = None
    date: str | None = None  # publication date (ISO), when the input gives one
    source: str | None = None
    region: str | None = None  # jurisdiction the report is about ("北京市海淀区"), when known
    text: str  # cleaned text; all evidence offsets point into it
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    priority_lists: list[PriorityList] = Field(default_factory=list)
    slogans: list[Slogan] = Field(default_factory=list)

    def to_gold(self) -> dict:
        """This record in the gold annotation format scored by shared/tools/score.py."""
        return {
            "id": self.id,
            "region": self.region,
            "people": [{"name": p.name, "titles": [t.title for t in p.titles]} for p in self.people],
            "organizations": [o.name for o in self.organizations],
            "meetings": [
                {
                    "name": m.name,
                    "aliases": list(m.aliases),
                    "date": {"year": m.date.year, "month": m.date.month, "day": m.date.day},
                    "presided": [r.who for r in m.presided],
                    "reported": [
                        {"who": r.who, "what": r.what, "on_behalf_of": r.on_behalf_of} for r in m.reported
                    ],
                    "spoke": [r.who for r in m.spoke],
                    "attended": [r.who for r in m.attended],
                    "adopted": [d.name for d in m.adopted],
                }
                for m in self.meetings
            ],
            "priority_lists": [
                {
                    "heading": pl.heading,
                    "declared_count": pl.declared_count,
                    "items": [{"n": it.n, "lead": it.lead} for it in pl.items],
                }
                for pl in self.priority_lists
            ],
            "slogans": [s.text for s in self.slogans],
        }

    def to_json(self) -> str:
        """One JSON line, without the fields at their defaults. Evidence is written as offsets only where its
        sentence is the one the evidence rule derives from the text (always, for huiyi's own records): the text
        holds every sentence once, and records.jsonl stays in proportion to its reports. `from_json` derives
        them again."""
        # defaults left out (None, [], is_body false…): from_json fills them in again; the version always kept
        data = {"schema_version": self.schema_version, **self.model_dump(mode="json", exclude_defaults=True)}
        sents = Sentences(self.text)
        for ev in _evidence_dicts(data):
            if ev["sentence"] == sents.evidence(ev["start"], ev["end"]).sentence:
                del ev["sentence"]
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, line: str) -> ReportRecord:
        data = json.loads(line)
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            sents = None
            for ev in _evidence_dicts(data):
                if "sentence" not in ev and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
                    sents = sents or Sentences(data["text"])
                    ev["sentence"] = sents.evidence(ev["start"], ev["end"]).sentence
        return cls.model_validate(data)


_EVIDENCE_KEYS = ("people", "titles", "organizations", "meetings", "presided", "reported", "spoke", "attended",
                  "adopted", "priority_lists", "items", "slogans")


def _evidence_dicts(data: Any):
    """Every evidence object of a record's JSON form (the fields that hold facts, at any depth)."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ev = node.get("evidence")
            if isinstance(ev, dict):
                yield ev
            stack.extend(v for k, v in node.items() if k in _EVIDENCE_KEYS)
        elif isinstance(node, list):
            stack.extend(node)


class ReportError(_Model):
    """A report that could not be processed; written to errors.jsonl."""

    file: str
    line: int | None = None
    id: str | None = None
    reason: str
