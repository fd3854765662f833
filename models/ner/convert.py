"""Convert the shared NER corpora into character-level spaCy DocBin files (labels PER, ORG, LOC, TITLE).

usage: python models/ner/convert.py --corpora ../shared/corpora --out build/ner [--seed 0]

Sources and label mapping (one common scheme):
- People's Daily 1998 PFR (199801.txt): consecutive ``nr`` tokens → PER (surname + given name merged),
  ``ns`` → LOC, ``nt`` → ORG, ``[...]nt`` → ORG (outer span wins), ``[...]ns`` → LOC.
- MSRA (SIGHAN 2006, char BIO): PER/LOC/ORG as is.
- CLUENER2020 (JSON lines, inclusive ends): name → PER, position → TITLE,
  government/organization/company → ORG, address → LOC; book/game/movie/scene → O.
- Resume NER (char BMES): NAME → PER, TITLE → TITLE, ORG → ORG, LOC → LOC; EDU/PRO/CONT/RACE → O.

PFR and MSRA have no title labels, so title words (pipeline.lexicon.TITLE_HEADS plus common short
heads) outside entities are marked *missing* there instead of O; unlabelled repeats of a labelled
CLUENER mention are marked missing too (the corpus is incompletely annotated).

Writes train.spacy, dev.spacy (training-time dev, held out of the train files),
msra_test.spacy and cluener_dev.spacy (held-out evaluation), plus stats.json.
Every doc is one sentence, tokenised one character per token (spacy.blank("zh"), segmenter "char").
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from huiyi.pipeline.lexicon import TITLE_HEADS
from spacy.tokens import Doc, DocBin

LABELS = ("PER", "ORG", "LOC", "TITLE")
CLUENER_MAP = {"name": "PER", "position": "TITLE", "government": "ORG", "organization": "ORG",
               "company": "ORG", "address": "LOC"}
RESUME_MAP = {"NAME": "PER", "TITLE": "TITLE", "ORG": "ORG", "LOC": "LOC"}
PFR_TOKEN = re.compile(r"(\[?)([^\s/]+)/([a-zA-Z]+)(?:\]([a-zA-Z]+))?")
SENT_END = set("。！？!?")
SHORT_TITLES = ("总书记", "书记", "主席", "委员长", "总理", "部长", "省长", "市长", "县长", "区长", "镇长", "乡长",
                "主任", "委员", "秘书长", "厅长", "局长", "处长", "司令员", "政委", "董事长", "总经理", "大使",
                "代表", "常委", "院长", "校长", "会长", "理事长", "主编", "记者", "教授", "总统", "首相", "外长",
                "议长", "领导人", "负责人", "检察长", "庭长", "社长", "军长", "师长", "团长", "总裁", "经理")
TITLE_RE = re.compile("(?:副|常务副|前|原)?(?:" + "|".join(sorted(set(TITLE_HEADS) | set(SHORT_TITLES),
                                                                  key=len, reverse=True)) + ")")
MAX_LEN = 250

Ent = tuple[int, int, str]  # char start, char end (exclusive), label
Sample = tuple[str, list[Ent], list[tuple[int, int]]]  # text, entities, missing spans


# ---------------------------------------------------------------- readers (pure functions, tested)

def pfr_line(line: str) -> tuple[str, list[Ent]]:
    """One PFR paragraph line → (text, entities). The leading paragraph-id token is dropped."""
    toks = PFR_TOKEN.findall(line)
    if toks and re.fullmatch(r"\d{8}-\d{2}-\d{3}-\d{3}", toks[0][1]):
        toks = toks[1:]
    text, ents = "", []
    bracket_start: int | None = None
    per_start: int | None = None
    for open_, word, tag, close in toks:
        if open_:
            bracket_start = len(text)
        start = len(text)
        text += word
        if tag == "nr":
            if per_start is None:
                per_start = start
        else:
            if per_start is not None:
                ents.append((per_start, start, "PER"))
                per_start = None
            if tag == "ns":
                ents.append((start, len(text), "LOC"))
            elif tag == "nt":
                ents.append((start, len(text), "ORG"))
        if close:
            if per_start is not None:
                ents.append((per_start, len(text), "PER"))
                per_start = None
            outer = {"nt": "ORG", "ns": "LOC"}.get(close)
            if outer and bracket_start is not None:
                # the outer span wins: drop the inner entities
                ents = [e for e in ents if e[1] <= bracket_start] + [(bracket_start, len(text), outer)]
            bracket_start = None
    if per_start is not None:
        ents.append((per_start, len(text), "PER"))
    return text, ents


def tagged_chars(lines: Iterable[str], sep: str | None, mapping: dict[str, str] | None) -> Iterator[tuple[str, list[Ent]]]:
    """Char-per-line BIO (MSRA) or BMES (Resume) sentences → (text, entities). Unmapped types become O."""
    chars: list[str] = []
    tags: list[str] = []

    def flush():
        text = "".join(chars)
        ents, cur = [], None  # cur = [start, label]
        for i, t in enumerate(tags + ["O"]):
            pre, _, typ = t.partition("-")
            lab = (mapping.get(typ) if mapping is not None else typ) if typ else None
            if cur and (pre in ("O", "B", "S") or lab != cur[1]):
                ents.append((cur[0], i, cur[1]))
                cur = None
            if pre in ("B", "S") or (pre in ("I", "M", "E") and cur is None):
                cur = [i, lab] if lab else None
            if pre in ("E", "S") and cur:
                ents.append((cur[0], i + 1, cur[1]))
                cur = None
        return text, [e for e in ents if e[2]]

    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if chars:
                yield flush()
            chars, tags = [], []
            continue
        parts = line.split(sep)
        chars.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    if chars:
        yield flush()


def cluener_record(rec: dict) -> Sample:
    """One CLUENER JSON record → (text, entities, missing spans for unlabelled repeats)."""
    text = rec["text"]
    ents: list[Ent] = []
    for typ, mentions in (rec.get("label") or {}).items():
        lab = CLUENER_MAP.get(typ)
        for spans in mentions.values():
            for s, e in spans:
                if lab:
                    ents.append((s, e + 1, lab))
    ents = _drop_overlaps(ents)
    covered = {i for s, e, _ in ents for i in range(s, e)}
    missing = []
    for mention in {text[s:e] for s, e, _ in ents}:
        for m in re.finditer(re.escape(mention), text):
            if not covered & set(range(m.start(), m.end())):
                missing.append((m.start(), m.end()))
    return text, ents, missing


def title_missing(text: str, ents: list[Ent]) -> list[tuple[int, int]]:
    """Title words outside entities: unknown (not O) in corpora that do not label titles."""
    covered = {i for s, e, _ in ents for i in range(s, e)}
    return [(m.start(), m.end()) for m in TITLE_RE.finditer(text) if not covered & set(range(m.start(), m.end()))]


def split_sentences(text: str, ents: list[Ent], missing: list[tuple[int, int]] | None = None) -> Iterator[Sample]:
    """Split after 。！？ where no entity crosses; offsets are rebased."""
    missing = missing or []
    inside = {i for s, e, _ in ents for i in range(s + 1, e)}
    cuts = [i + 1 for i, c in enumerate(text) if c in SENT_END and i + 1 not in inside and i + 1 < len(text)]
    for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
        seg = text[a:b]
        if not seg.strip():
            continue
        yield (seg, [(s - a, e - a, lab) for s, e, lab in ents if a <= s and e <= b],
               [(s - a, e - a) for s, e in missing if a <= s and e <= b])


def _drop_overlaps(ents: list[Ent]) -> list[Ent]:
    out: list[Ent] = []
    used: set[int] = set()
    for s, e, lab in sorted(ents, key=lambda x: (-(x[1] - x[0]), x[0])):
        if not used & set(range(s, e)):
            out.append((s, e, lab))
            used.update(range(s, e))
    return sorted(out)


def make_doc(nlp, sample: Sample) -> Doc | None:
    text, ents, missing = sample
    doc = nlp.make_doc(text)
    spans = [doc.char_span(s, e, label=lab) for s, e, lab in _drop_overlaps(ents)]
    if any(sp is None for sp in spans):
        return None
    miss = [sp for s, e in missing if (sp := doc.char_span(s, e)) is not None]
    doc.set_ents(spans, missing=miss, default="outside")
    return doc


def blank_char_nlp():
    return spacy.blank("zh")  # default zh segmenter is "char": one token per character


# ---------------------------------------------------------------- corpus loading

def load_pfr(path: Path) -> list[Sample]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                text, ents = pfr_line(line)
                out.extend(split_sentences(text, ents, title_missing(text, ents)))
    return out


def load_tagged(path: Path, sep: str | None, mapping: dict[str, str] | None, titles_missing: bool) -> list[Sample]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for text, ents in tagged_chars(fh, sep, mapping):
            out.extend(split_sentences(text, ents, title_missing(text, ents) if titles_missing else []))
    return out


def load_cluener(path: Path) -> list[Sample]:
    with path.open(encoding="utf-8") as fh:
        return [cluener_record(json.loads(line)) for line in fh if line.strip()]


def write(nlp, samples: list[Sample], path: Path, max_len: int = MAX_LEN) -> Counter:
    db = DocBin(store_user_data=False)
    counts: Counter = Counter()
    for sample in samples:
        if not sample[0].strip() or len(sample[0]) > max_len:
            continue
        doc = make_doc(nlp, sample)
        if doc is None:
            counts["skipped"] += 1
            continue
        db.add(doc)
        counts["docs"] += 1
        counts["chars"] += len(doc.text)
        counts.update(e.label_ for e in doc.ents)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--out", type=Path, default=Path("build/ner"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pfr", type=int, default=12000, help="PFR sentences for training")
    ap.add_argument("--msra", type=int, default=10000, help="MSRA sentences for training")
    ap.add_argument("--dev", type=int, default=300, help="training-time dev sentences per corpus")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    c = a.corpora
    nlp = blank_char_nlp()

    pfr = load_pfr(c / "peoples_daily_1998_pfr" / "199801.txt")
    msra = load_tagged(c / "msra_ner" / "msra_train_bio.txt", "\t", None, titles_missing=True)
    clue = load_cluener(c / "cluener2020" / "train.json")
    resume = load_tagged(c / "resume_ner" / "train.char.bmes", " ", RESUME_MAP, titles_missing=False)
    for lst in (pfr, msra, clue, resume):
        rng.shuffle(lst)
    d = a.dev
    dev = pfr[:d] + msra[:d] + clue[:d] + resume[:d]
    train = pfr[d:d + a.pfr] + msra[d:d + a.msra] + clue[d:] + resume[d:]
    rng.shuffle(train)

    msra_test = load_tagged(c / "msra_ner" / "msra_test_bio.txt", "\t", None, titles_missing=False)
    clue_dev = load_cluener(c / "cluener2020" / "dev.json")
    # held-out evaluation: no missing spans (scored as annotated)
    clue_dev = [(t, e, []) for t, e, _ in clue_dev]
    stats = {name: dict(write(nlp, samples, a.out / f"{name}.spacy", max_len))
             for name, samples, max_len in (("train", train, MAX_LEN), ("dev", dev, MAX_LEN),
                                            ("msra_test", msra_test, 10**6), ("cluener_dev", clue_dev, 10**6))}
    (a.out / "stats.json").write_text(json.dumps(stats, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(stats, ensure_ascii=False))


if __name__ == "__main__":
    main()
