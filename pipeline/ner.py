"""Statistical name recall: a character-level spaCy NER (models/ner/) adds names the rules missed.

`huiyi_ner` runs after `huiyi_people`. The rules are precise but miss names that nothing licenses on the left
(吕薇委员就…提问, 王平受…委托, 市委许继伟书记). The trained NER alone is far too weak to replace or veto them
(models/ner/README.md: MSRA PER F 0.66), so it is used only as *guarded addition*: a PER span the rules did
not find is kept when it is 2–4 Chinese characters starting with a known surname, is not a known non-name,
and is directly followed by a title word or a role verb; the title word right after it becomes its title.

Cost: the NER reads only WINDOW characters around each candidate — a string outside the names already found
that passes the guard, looks like a name to the PFR name statistics and is followed by such a word (about 1%
of the text of a typical report) — and the model loads on the first candidate.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import spacy
from huiyi.pipeline.components import CONSTRUCTIONS, NAME_STATS, TableComponent, doc_sentences, set_person_ents
from huiyi.pipeline.lexicon import (
    NON_NAMES,
    SURNAMES_1,
    SURNAMES_2,
    TITLE_HEADS,
    Constructions,
    NameStats,
    default_constructions,
    load_name_stats,
)
from huiyi.pipeline.orgs import org_of_title
from huiyi.pipeline.people import BODY_ENDS, BODY_GOES_ON, NOT_IN_NAME, NOT_NAME_END, Mention, township_before_body
from huiyi.pipeline.records import Person, Title
from huiyi.pipeline.text import Sentences, occurrences
from spacy.language import Language
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_NER_MODEL = ROOT / "models" / "ner" / "model"


def follow_pattern(t: Constructions) -> re.Pattern:
    """Where a word that may follow an added name starts: a title word (the title_heads row), or a verb of
    presiding, attending or speaking from the construction table."""
    words = set(t["title_heads"]) | set(t["preside"]) | set(t["attend"]) | set(t["speak"]) | {"同志", "受", "作", "在",
                                                                                              "就", "说"}
    return re.compile("(?=" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")")


FOLLOW_AT = follow_pattern(default_constructions())
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
MIN_NAME_SCORE = -6.0  # name-statistics log-odds below which a candidate is not worth the NER


_HEAD_SET = frozenset(TITLE_HEADS)


def plausible_added_name(name: str, head_set: frozenset[str] = _HEAD_SET) -> bool:
    """The guard on an NER name: 2–4 CJK characters, a known surname, not a known non-name, and not a surname
    with a title or a word of address (黄县长, 冯大爷: a reference to a person, not a name; `head_set`: the
    table's title heads and words of address, what no given name is)."""
    return (bool(_CJK_NAME.fullmatch(name)) and (name[:2] in SURNAMES_2 or name[0] in SURNAMES_1)
            and name not in NON_NAMES and not (set(name[1:]) & NOT_IN_NAME)
            and name[-1] not in NOT_NAME_END and not name.endswith(BODY_ENDS)  # 林业站|站长: a body before a head
            and not (len(name) >= 3 and name[-1] in "乡镇")  # 吕洞山镇在…召开: a township
            and name[1:] not in head_set and name[2:] not in head_set)


def candidates(text: str, taken: set[int] | frozenset, stats: NameStats | None = None,
               follow_at: re.Pattern = FOLLOW_AT, head_set: frozenset[str] = _HEAD_SET) -> list[tuple[int, int]]:
    """(start, end) of strings the NER may add: outside the names already found, passing the guard, looking
    like a name to the name statistics, and directly followed by a title word or role verb."""
    stats = stats or load_name_stats()
    out = set()
    for f in (m.start() for m in follow_at.finditer(text)):  # every position where such a word starts
        for p in range(max(0, f - 4), f - 1):
            name = text[p:f]
            if (not taken.isdisjoint(range(p, f)) or not plausible_added_name(name, head_set)
                    or stats.name_score(name) <= MIN_NAME_SCORE
                    or township_before_body(text, f)  # 李营乡|党委书记: a township
                    or text.startswith(BODY_GOES_ON, f)):  # 水利部长|江水利|委员会: a body's name goes on
                continue
            out.add((p, f))
    return sorted(out)


WINDOW = 24  # characters of context on each side of a candidate the NER reads (within its sentence)


def ner_windows(text: str, sents: Sentences | None = None, taken: set[int] | frozenset = frozenset(),
                stats: NameStats | None = None, cands: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the text the NER reads: WINDOW characters around each candidate, within its sentence,
    overlapping windows merged."""
    sents = sents if sents is not None else Sentences(text)
    out: list[tuple[int, int, tuple[int, int]]] = []
    for p, e in sorted(cands if cands is not None else candidates(text, taken, stats)):
        sent = sents.sentence(p)
        s, t = max(sent[0], p - WINDOW), min(sent[1], e + WINDOW)
        if out and out[-1][2] == sent and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], t), sent)
        else:
            out.append((s, t, sent))
    return [(s, t) for s, t, _ in out]


def split_title(name: str, heads: tuple[str, ...] = TITLE_HEADS) -> tuple[str, str | None]:
    """吕薇委员 → (吕薇, 委员): an NER span that swallowed the title word after the name (`heads`: the table's
    title heads, longest first)."""
    for t in heads:
        if name.endswith(t) and len(name) - len(t) >= 2:
            return name[: -len(t)], t
    return name, None


class NerComponent(TableComponent):
    """Adds guarded NER names (with the title word after them) to doc._.people / doc._.mentions / doc.ents;
    doc._.ner_people keeps every PER span the NER produced in its windows. Reads the construction table and
    the name statistics (loaded by initialize or from_disk, as the other components' tables)."""

    TABLES = (CONSTRUCTIONS, NAME_STATS)

    def __init__(self, nlp: Language, name: str, model: str | None = None):
        super().__init__(name)
        path = Path(model) if model else DEFAULT_NER_MODEL
        self.path = path if path.is_absolute() else ROOT / path
        self._ner: Language | None = None  # loaded on first use: most reports never need it

    def _build(self) -> None:
        constructions = self.constructions
        self.follow_at = FOLLOW_AT if constructions is default_constructions() else follow_pattern(constructions)
        self.title_heads = constructions["title_heads"]
        # (what no given name is: a title head, a word of address — 黄县长, 冯大爷)
        self.head_set = frozenset(self.title_heads) | frozenset(constructions["kin_words"])
        self.heads_shortest_first = sorted(self.title_heads, key=len)  # for org_of_title

    @property
    def ner(self) -> Language:
        if self._ner is None:
            if not (self.path / "meta.json").is_file():
                raise FileNotFoundError(f"char-level NER model not found in {self.path}; "
                                        "rebuild it with `make train-ner`")
            self._ner = spacy.load(self.path)
        return self._ner

    # the NER travels inside the assembled pipeline (models/huiyi_zh/huiyi_ner/) with the tables, as spaCy
    # components do
    def to_disk(self, path, *, exclude=()) -> None:
        self._check_ready()
        path = Path(path)
        if not (self.path / "meta.json").is_file():
            raise FileNotFoundError(f"char-level NER model not found in {self.path}; build it with `make train-ner`")
        if path.resolve() != self.path.resolve():
            shutil.rmtree(path, ignore_errors=True)
            shutil.copytree(self.path, path)
        super().to_disk(path, exclude=exclude)

    def from_disk(self, path, *, exclude=()) -> NerComponent:
        self.path, self._ner = Path(path), None
        return super().from_disk(path, exclude=exclude)

    def __call__(self, doc: Doc) -> Doc:
        self._check_ready()
        sents = doc_sentences(doc)
        text = sents.text
        # a new dict: the people component's stays as it made it
        mentions: dict[str, list[Mention]] = dict(doc._.mentions or {})
        taken = {i for ms in mentions.values() for m in ms for i in range(m.start, m.end)}
        cand_list = candidates(text, taken, self.stats, self.follow_at, self.head_set)
        cands = set(cand_list)
        windows = ner_windows(text, sents, cands=cand_list)
        found: list[tuple[int, int, str]] = []
        for (s, _), sub in zip(windows, self.ner.pipe(text[s:e] for s, e in windows), strict=True):
            found.extend((s + ent.start_char, s + ent.end_char, ent.label_) for ent in sub.ents)
        doc._.ner_people = [(s, e) for s, e, lab in found if lab == "PER"]
        titles_at = {s: text[s:e] for s, e, lab in found if lab == "TITLE"}
        people: list[Person] = list(doc._.people or [])
        added = 0
        for s, e, lab in found:
            if lab != "PER":
                continue
            name, swallowed = split_title(text[s:e], self.title_heads)
            e = s + len(name)
            if (s, e) not in cands or name in mentions or any(i in taken for i in range(s, e)):
                continue
            # a TITLE the model reads after the name is a title only where it ends in a head (not 主持会议)
            after = titles_at.get(e, "")
            title = swallowed or (after if after.endswith(self.title_heads) else None) or next(
                (t for t in self.title_heads if text.startswith(t, e)), None)
            titles = [Title(title=title, org=org_of_title(title, self.heads_shortest_first),
                            evidence=sents.evidence(e, e + len(title)))
                      ] if title else []
            people.append(Person(name=name, titles=titles, evidence=sents.evidence(s, e)))
            mentions[name] = [Mention(ms, me) for ms, me in occurrences(text, name) if taken.isdisjoint(range(ms, me))]
            taken.update(i for m in mentions[name] for i in range(m.start, m.end))
            added += 1
        if added:
            people.sort(key=lambda p: p.evidence.start)
            doc._.people, doc._.mentions = people, mentions
            set_person_ents(doc, mentions)
        return doc


if not Doc.has_extension("ner_people"):
    Doc.set_extension("ner_people", default=None)


@Language.factory("huiyi_ner", default_config={"model": None},
                  requires=["doc._.sents_index", "doc._.people", "doc._.mentions"],
                  assigns=["doc.ents", "doc._.people", "doc._.mentions", "doc._.ner_people"])
def make_ner(nlp: Language, name: str, model: str | None) -> NerComponent:
    return NerComponent(nlp, name, model)
