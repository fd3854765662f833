"""The one record schema shared by extraction, graph building, evaluation and export.

A `ReportRecord` is what huiyi extracts from one report. Its fields follow the
gold annotation format (`shared/gold/SPEC.md`); every fact additionally carries
`Evidence`: the sentence it was read from (or a bounded window of it) and
character offsets into the report's cleaned text (`ReportRecord.text`). `to_gold()` drops the evidence and
gives exactly the gold/scorer format.
"""

from __future__ import annotations

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
    style: str  # marker family: yao, shi, di, paren, dun, arabic, seq…
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
        return self.model_dump_json()

    @classmethod
    def from_json(cls, line: str) -> ReportRecord:
        return cls.model_validate_json(line)


class ReportError(_Model):
    """A report that could not be processed; written to errors.jsonl."""

    file: str
    line: int | None = None
    id: str | None = None
    reason: str
