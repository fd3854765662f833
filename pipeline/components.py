"""Registered spaCy components: each adds one kind of fact to the Doc.

Data flow inside the pipeline (see pipeline/config.cfg):
  tokenizer (pkuseg) → huiyi_sentences → huiyi_people → huiyi_ner → huiyi_meetings
  → huiyi_priorities → huiyi_slogans
Each component reads the cleaned text plus what earlier components found and
stores typed record parts (huiyi.pipeline.records) in Doc extensions; `pipeline.extract`
turns the Doc into a ReportRecord.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from huiyi.pipeline import lexicon
from huiyi.pipeline.meetings import MeetingGrammar, find_meetings
from huiyi.pipeline.people import PeopleFinder
from huiyi.pipeline.priorities import PriorityCues, find_priority_lists
from huiyi.pipeline.slogans import find_slogans
from huiyi.pipeline.text import Sentences
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

for _name in ("sents_index", "people", "organizations", "mentions", "meetings", "priority_lists", "slogans",
              "region"):
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


class _TableComponent:
    """A component that keeps the construction table it was built with: saved into its folder of the model
    (to_disk) and read back from there (from_disk), as spaCy's SpanRuler keeps its patterns."""

    constructions: lexicon.Constructions

    def _use(self, constructions: lexicon.Constructions) -> None:
        raise NotImplementedError

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.constructions.to_file(path / lexicon.CONSTRUCTIONS_FILE)

    def from_disk(self, path, *, exclude=()):
        table = Path(path) / lexicon.CONSTRUCTIONS_FILE
        if table.is_file():  # a row the model's table lacks (saved before the row was added) is the shipped one
            self._use(lexicon.Constructions.from_file(table).completed_by(lexicon.default_constructions()))
        return self


class PeopleComponent(_TableComponent):
    """People with titles and organisations; sets doc.ents (PERSON) and doc.spans["titles"/"orgs"].

    Keeps the name statistics and the organ table (full organisation names) it was built with, next to the
    construction table."""

    def __init__(self, nlp: Language, name: str, name_stats: str | None = None):
        self.name = name
        self.stats = lexicon.load_name_stats(Path(name_stats) if name_stats else None)
        self.organs = lexicon.default_organs()
        self._use(lexicon.default_constructions())

    def _use(self, constructions: lexicon.Constructions) -> None:
        self.constructions = constructions
        self.finder = PeopleFinder(self.stats, constructions, self.organs)

    def to_disk(self, path, *, exclude=()) -> None:
        super().to_disk(path, exclude=exclude)
        lexicon.save_name_stats(self.stats, Path(path) / lexicon.NAME_STATS_FILE)
        self.organs.to_file(Path(path) / lexicon.ORGANS_FILE)

    def from_disk(self, path, *, exclude=()):
        if (Path(path) / lexicon.NAME_STATS_FILE).is_file():  # the model's own statistics, not the checkout's
            self.stats = lexicon.load_name_stats(Path(path) / lexicon.NAME_STATS_FILE)
        if (Path(path) / lexicon.ORGANS_FILE).is_file():  # the model's own organ table (older models have none)
            self.organs = lexicon.OrganTable.from_file(Path(path) / lexicon.ORGANS_FILE)
        self._use(self.constructions)
        return super().from_disk(path, exclude=exclude)

    def __call__(self, doc: Doc) -> Doc:
        sents = doc_sentences(doc)
        boundaries = set(doc.to_array(IDX).tolist()) | {len(sents.text)}
        res = self.finder(sents.text, sents, boundaries)
        doc._.people, doc._.organizations, doc._.mentions = res.people, res.organizations, res.mentions
        doc._.region = res.region
        people, orgs = res.people, res.organizations
        set_person_ents(doc, res.mentions)
        doc.spans["titles"] = [s for t in (tt for p in people for tt in p.titles)
                               if (s := doc.char_span(t.evidence.start, t.evidence.end, label="TITLE",
                                                      alignment_mode="expand")) is not None]
        doc.spans["orgs"] = [s for o in orgs
                             if (s := doc.char_span(o.evidence.start, o.evidence.end, label="ORG",
                                                    alignment_mode="expand")) is not None]
        return doc


class MeetingsComponent(_TableComponent):
    """Meetings with their roles, dates and adopted documents (doc._.meetings)."""

    def __init__(self) -> None:
        self._use(lexicon.default_constructions())

    def _use(self, constructions: lexicon.Constructions) -> None:
        self.constructions = constructions
        self.grammar = MeetingGrammar.build(constructions)

    def __call__(self, doc: Doc) -> Doc:
        doc._.meetings = find_meetings(doc_text(doc), doc_sentences(doc), doc._.mentions or {},
                                       doc._.organizations or [], self.grammar)
        return doc


class PrioritiesComponent(_TableComponent):
    """Numbered priority lists (doc._.priority_lists); the table says which sentence is a roster and which
    words name a meeting."""

    def __init__(self) -> None:
        self._use(lexicon.default_constructions())

    def _use(self, constructions: lexicon.Constructions) -> None:
        self.constructions = constructions
        self.cues = PriorityCues.build(constructions)

    def __call__(self, doc: Doc) -> Doc:
        doc._.priority_lists = find_priority_lists(doc_text(doc), doc_sentences(doc), self.cues)
        return doc


class SlogansComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.slogans = find_slogans(doc_text(doc), doc_sentences(doc))
        return doc


@Language.factory("huiyi_sentences", assigns=["token.is_sent_start", "doc._.sents_index"])
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter()


@Language.factory("huiyi_people", default_config={"name_stats": None}, requires=["token.is_sent_start"],
                  assigns=["doc.ents", "doc.spans", "doc._.people", "doc._.organizations", "doc._.mentions"])
def make_people(nlp: Language, name: str, name_stats: str | None) -> PeopleComponent:
    return PeopleComponent(nlp, name, name_stats)


@Language.factory("huiyi_meetings", requires=["doc._.mentions", "doc._.organizations"], assigns=["doc._.meetings"])
def make_meetings(nlp: Language, name: str) -> MeetingsComponent:
    return MeetingsComponent()


@Language.factory("huiyi_priorities", requires=["token.is_sent_start"], assigns=["doc._.priority_lists"])
def make_priorities(nlp: Language, name: str) -> PrioritiesComponent:
    return PrioritiesComponent()


@Language.factory("huiyi_slogans", requires=["token.is_sent_start"], assigns=["doc._.slogans"])
def make_slogans(nlp: Language, name: str) -> SlogansComponent:
    return SlogansComponent()

