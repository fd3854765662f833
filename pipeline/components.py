"""Registered spaCy components: each sets one kind of fact on the Doc.

Data flow inside the pipeline (see pipeline/config.cfg); each component sets the Doc extensions its factory
`assigns` and reads only the text and those its factory `requires` (`nlp.analyze_pipes()` checks the order):

  tokenizer (pkuseg)
  → huiyi_sentences   token.is_sent_start, doc._.sents_index (the sentence index, which also holds the text)
  → huiyi_people      doc._.people, doc._.mentions, doc.ents (PERSON), doc.spans["titles"]
  → huiyi_region      doc._.region (the report's jurisdiction; reads the segmenter's word starts and, so that no
                      place is read inside a name (厍德胜 is no 德胜街道), doc._.mentions)
  → huiyi_orgs        doc._.organizations, doc.spans["orgs"] (from doc._.people's titles and doc._.region)
  → huiyi_ner         adds to doc._.people, doc._.mentions, doc.ents; doc._.ner_people (pipeline/ner.py)
  → huiyi_meetings    doc._.meetings (from doc._.mentions, doc._.organizations)
  → huiyi_priorities  doc._.priority_lists
  → huiyi_slogans     doc._.slogans

The components stay thin: the rules live in pipeline/regions.py, people.py, orgs.py, meetings.py, priorities.py
and slogans.py, and `pipeline.extract` turns the Doc into a ReportRecord.

Knowledge tables (the construction table, the name statistics, the organ table) are loaded as spaCy
components load their data: `initialize()` reads them when the model is built (`nlp.initialize()`, run by
`huiyi build-model`; from the shipped pipeline/data unless the config's [paths] data names another folder),
`to_disk` saves them into the component's folder of the model and `from_disk` reads them back, so
`spacy.load(model)` runs on the model's own tables. A component neither initialized nor loaded refuses to run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from huiyi.pipeline import lexicon
from huiyi.pipeline.meetings import MeetingGrammar, find_meetings
from huiyi.pipeline.orgs import find_organizations, title_org_spans
from huiyi.pipeline.people import PeopleFinder
from huiyi.pipeline.priorities import PriorityCues, find_priority_lists
from huiyi.pipeline.regions import RegionCues, infer_region
from huiyi.pipeline.slogans import find_slogans
from huiyi.pipeline.text import Sentences
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

for _name in ("sents_index", "region", "people", "mentions", "organizations", "meetings", "priority_lists",
              "slogans"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_sentences(doc: Doc) -> Sentences:
    """The Doc's sentence index, which also holds its text: spaCy rebuilds doc.text from the tokens on every
    access (a fifth of the pipeline's time when each component asked for it)."""
    if doc._.sents_index is None:
        doc._.sents_index = Sentences(doc.text)
    return doc._.sents_index


def doc_text(doc: Doc) -> str:
    return doc_sentences(doc).text


def word_starts(doc: Doc) -> set[int]:
    """The offsets where the segmenter starts a word, and the end of the text: no name or place is read
    across them."""
    return set(doc.to_array(IDX).tolist()) | {len(doc_text(doc))}


def set_person_ents(doc: Doc, mentions: dict) -> None:
    """doc.ents = a PERSON span per mention (token-aligned outwards: pkuseg may glue a name to a verb).

    Token bounds come from one search over the token offsets (doc.char_span's "expand" alignment, without a
    Token object per boundary: a 10,000-name list has that many mentions)."""
    spans = [(m.start, m.end) for ms in mentions.values() for m in ms]
    if not spans or not len(doc):
        doc.ents = []
        return
    idx = doc.to_array(IDX)
    chars = np.array(spans, dtype=np.int64)
    first = np.searchsorted(idx, chars[:, 0], side="right") - 1  # the token holding the first character
    last = np.searchsorted(idx, chars[:, 1], side="left")  # tokens that start before the end are in
    ents = [Span(doc, int(a), int(b), label="PERSON") for a, b in zip(first.tolist(), last.tolist(), strict=True)
            if 0 <= a < b]
    doc.ents = filter_spans(ents)


def _char_spans(doc: Doc, facts, label: str) -> list[Span]:
    """A span per fact's evidence offsets (token-aligned outwards)."""
    return [s for f in facts if (s := doc.char_span(f.evidence.start, f.evidence.end, label=label,
                                                    alignment_mode="expand")) is not None]


class SentenceSegmenter:
    """Sentence boundaries at 。！？；!?; and line breaks (also sets token.is_sent_start)."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        idx = doc.to_array(IDX)  # token start offsets, without creating Token objects (hot path)
        starts = np.searchsorted(idx, [s for s, _ in doc_sentences(doc)])
        flags = np.full(len(doc), -1, dtype="int32")
        flags[starts[starts < len(doc)]] = 1
        flags[0] = 1
        doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))
        return doc


# -- knowledge tables ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Table:
    """A knowledge table a component reads: where the component keeps it (`attr`), its file name (in
    pipeline/data, in a data_path folder and in the component's folder of the model), how it is read and
    written, the shipped one, and how a saved table is completed by the shipped one (rows added since)."""

    attr: str
    file: str
    read: Callable[[Path], Any]
    write: Callable[[Any, Path], None]
    shipped: Callable[[], Any]
    complete: Callable[[Any], Any] = lambda table: table


CONSTRUCTIONS = Table("constructions", lexicon.CONSTRUCTIONS_FILE, lexicon.Constructions.from_file,
                      lambda t, path: t.to_file(path), lexicon.default_constructions,
                      lambda t: t.completed_by(lexicon.default_constructions()))
NAME_STATS = Table("stats", lexicon.NAME_STATS_FILE, lexicon.load_name_stats, lexicon.save_name_stats,
                   lexicon.load_name_stats)
ORGANS = Table("organs", lexicon.ORGANS_FILE, lexicon.OrganTable.from_file, lambda t, path: t.to_file(path),
               lexicon.default_organs)


class ComponentNotInitialized(RuntimeError):
    pass


class TableComponent:
    """A component that reads knowledge tables (TABLES), loaded as spaCy components load their data:
    `initialize` when the model is built, `from_disk` when it is loaded; `to_disk` saves them into the
    component's folder of the model (as spaCy's SpanRuler keeps its patterns). `_build` makes what the
    component runs on (a grammar, a finder) from the tables."""

    TABLES: tuple[Table, ...] = ()

    def __init__(self, name: str) -> None:
        self.name = name
        self.ready = False  # the tables are loaded
        for table in self.TABLES:
            setattr(self, table.attr, None)

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_path: str | None = None) -> None:
        """Load the tables when the model is built (`nlp.initialize()`): from `data_path`, a folder laid out as
        pipeline/data, or the shipped tables without one."""
        if not data_path:
            self._use_tables({t.attr: t.shipped() for t in self.TABLES})
            return
        tables = {}
        for t in self.TABLES:
            path = Path(data_path) / t.file
            if not path.is_file():
                raise ValueError(f"{self.name}: no {t.file} in {data_path} (data_path is a folder laid out as "
                                 "pipeline/data, holding the tables of every component that reads it)")
            tables[t.attr] = t.complete(t.read(path))
        self._use_tables(tables)

    def to_disk(self, path, *, exclude=()) -> None:
        self._check_ready()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for t in self.TABLES:
            t.write(getattr(self, t.attr), path / t.file)

    def from_disk(self, path, *, exclude=()):
        """The model's own tables; a table the model lacks (saved before the component read it) is the
        shipped one, as is a row its construction table lacks."""
        self._use_tables({t.attr: t.complete(t.read(p)) if (p := Path(path) / t.file).is_file() else t.shipped()
                          for t in self.TABLES})
        return self

    def _use_tables(self, tables: dict[str, Any]) -> None:
        for attr, value in tables.items():
            setattr(self, attr, value)
        self._build()
        self.ready = True

    def _use(self, constructions: lexicon.Constructions) -> None:
        """Run on this construction table (the tests swap one in)."""
        self._use_tables({"constructions": constructions})

    def _build(self) -> None:
        pass

    def _check_ready(self) -> None:
        if not self.ready:
            raise ComponentNotInitialized(
                f"{self.name} has no tables loaded: call nlp.initialize() on a new pipeline (`huiyi build-model` "
                "does) or load a saved model with spacy.load")


_MASK = "□"  # what stands for a person's name when the region is read (no place holds it)


class RegionComponent(TableComponent):
    """The report's jurisdiction (doc._.region); the table's verbs find the sentence that introduces the
    meeting and its holder."""

    TABLES = (CONSTRUCTIONS, ORGANS)

    def _build(self) -> None:
        self.cues = RegionCues.build(self.constructions, self.organs)

    def __call__(self, doc: Doc) -> Doc:
        self._check_ready()
        text = doc_text(doc)
        names = sorted((m.start, m.end) for ms in (doc._.mentions or {}).values() for m in ms)
        if names:  # each person's name masked, offsets kept: a place is never read inside one
            parts, at = [], 0
            for s, e in names:
                if s >= at:
                    parts += [text[at:s], _MASK * (e - s)]
                    at = e
            text = "".join(parts) + text[at:]
        doc._.region = infer_region(text, word_starts(doc), self.cues)
        return doc


class PeopleComponent(TableComponent):
    """People with their titles (doc._.people) and every mention of them (doc._.mentions); sets doc.ents
    (PERSON) and doc.spans["titles"]. Reads the construction table and the name statistics."""

    TABLES = (CONSTRUCTIONS, NAME_STATS, ORGANS)

    def _build(self) -> None:
        self.finder = PeopleFinder(self.stats, self.constructions, self.organs)

    def __call__(self, doc: Doc) -> Doc:
        self._check_ready()
        sents = doc_sentences(doc)
        res = self.finder(sents.text, sents, word_starts(doc))
        doc._.people, doc._.mentions = res.people, res.mentions
        set_person_ents(doc, res.mentions)
        doc.spans["titles"] = _char_spans(doc, (t for p in res.people for t in p.titles), "TITLE")
        return doc


class OrgsComponent(TableComponent):
    """Organisations (doc._.organizations) with their full names from the organ table: the organisation parts
    of the people's titles (doc._.people), the bodies the text names, and the report's region (doc._.region)
    for local short forms (区委 → 中共北京市海淀区委员会); sets doc.spans["orgs"].

    It runs before huiyi_ner: the titles of the people the NER adds name no organisations."""

    TABLES = (ORGANS,)

    def __call__(self, doc: Doc) -> Doc:
        self._check_ready()
        sents = doc_sentences(doc)
        doc._.organizations = orgs = find_organizations(sents.text, sents, title_org_spans(doc._.people or []),
                                                        doc._.region, self.organs)
        doc.spans["orgs"] = _char_spans(doc, orgs, "ORG")
        return doc


class MeetingsComponent(TableComponent):
    """Meetings with their roles, dates and adopted documents (doc._.meetings)."""

    TABLES = (CONSTRUCTIONS,)

    def _build(self) -> None:
        self.grammar = MeetingGrammar.build(self.constructions)

    def __call__(self, doc: Doc) -> Doc:
        self._check_ready()
        doc._.meetings = find_meetings(doc_text(doc), doc_sentences(doc), doc._.mentions or {},
                                       doc._.organizations or [], self.grammar)
        return doc


class PrioritiesComponent(TableComponent):
    """Numbered priority lists (doc._.priority_lists); the table says which sentence is a roster and which
    words name a meeting.

    A list's `meeting` is an index into doc._.meetings (0: the report's first meeting), hence the requirement.
    The index is still decided from the text (PriorityCues.meeting: the report names a meeting word), not from
    doc._.meetings: reports whose text speaks of a meeting the meetings step did not find keep their lists on
    meeting 0 in the records (9 of 392 reports with lists in a 1,749-report sample), and the graph puts such a
    list on the report."""

    TABLES = (CONSTRUCTIONS,)

    def _build(self) -> None:
        self.cues = PriorityCues.build(self.constructions)

    def __call__(self, doc: Doc) -> Doc:
        self._check_ready()
        doc._.priority_lists = find_priority_lists(doc_text(doc), doc_sentences(doc), self.cues)
        return doc


class SlogansComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.slogans = find_slogans(doc_text(doc), doc_sentences(doc))
        return doc


@Language.factory("huiyi_sentences", assigns=["token.is_sent_start", "doc._.sents_index"])
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter()


@Language.factory("huiyi_region", requires=["doc._.sents_index", "doc._.mentions"], assigns=["doc._.region"])
def make_region(nlp: Language, name: str) -> RegionComponent:
    return RegionComponent(name)


@Language.factory("huiyi_people", requires=["doc._.sents_index"],
                  assigns=["doc.ents", "doc.spans", "doc._.people", "doc._.mentions"])
def make_people(nlp: Language, name: str) -> PeopleComponent:
    return PeopleComponent(name)


@Language.factory("huiyi_orgs", requires=["doc._.sents_index", "doc._.people", "doc._.region"],
                  assigns=["doc.spans", "doc._.organizations"])
def make_orgs(nlp: Language, name: str) -> OrgsComponent:
    return OrgsComponent(name)


@Language.factory("huiyi_meetings", requires=["doc._.sents_index", "doc._.mentions", "doc._.organizations"],
                  assigns=["doc._.meetings"])
def make_meetings(nlp: Language, name: str) -> MeetingsComponent:
    return MeetingsComponent(name)


@Language.factory("huiyi_priorities", requires=["doc._.sents_index", "doc._.meetings"],
                  assigns=["doc._.priority_lists"])
def make_priorities(nlp: Language, name: str) -> PrioritiesComponent:
    return PrioritiesComponent(name)


@Language.factory("huiyi_slogans", requires=["doc._.sents_index"], assigns=["doc._.slogans"])
def make_slogans(nlp: Language, name: str) -> SlogansComponent:
    return SlogansComponent()
