"""Does the char-level NER help huiyi's people extraction? Dev-set experiment.

usage: python models/ner/experiment.py --gold ../shared/gold/dev.jsonl --pred RULES.jsonl \
           [--model build/ner/model/model-best] [--scorer ../shared/tools/score.py] [--speed]

RULES.jsonl is the rule pipeline's prediction (`huiyi eval GOLD --pred-out RULES.jsonl`). The NER runs
over the cleaned report texts (pipeline.clean.clean_text) and the script prints, with the reference
scorer's logic, people / person_titles F1 for:
  rules            the rule-based prediction as is
  ner_only         the set of NER PER strings as the people (no titles)
  add_all          rules + every NER PER string the rules missed
  add_checked      rules + missed NER PER strings passing pipeline.ner.plausible_added_name (2-4 CJK chars,
                   a known surname, no non-name or function-word character)
  add_checked_ctx  add_checked, and the name is directly followed by a title head or role verb
  add_ctx_title    add_checked_ctx, with the title right after the name (NER TITLE span, else the longest
                   lexicon title head there: 吕薇委员 → 委员) as the person's title
  veto             rules minus names that no NER PER span overlaps anywhere in the report
  veto_strict      rules minus names that the NER never tags exactly
--speed also times the NER (chars/s, one thread) against pkuseg tokenisation and against the gated
NER (only sentences where a surname character is followed by a role word, as pipeline/ner.py does).
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import os
import re
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy  # noqa: E402
from huiyi.pipeline.clean import clean_text  # noqa: E402
from huiyi.pipeline.lexicon import TITLE_HEADS  # noqa: E402
from huiyi.pipeline.ner import FOLLOW_AT, MIN_NAME_SCORE, ner_windows, plausible_added_name  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]



def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("huiyi_ref_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def overlapped(name: str, text: str, pers: list[tuple[int, int]]) -> bool:
    """Some occurrence of name overlaps some NER PER span."""
    return any(s < m.end() and m.start() < e for m in re.finditer(re.escape(name), text) for s, e in pers)


def ner_spans(nlp, text: str) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


def combine(gold: dict, rules: dict, ents: dict[str, list], texts: dict[str, str], mode: str) -> dict:
    out = {}
    for rid in gold:
        rec = copy.deepcopy(rules.get(rid, {"id": rid}))
        text, spans = texts[rid], ents[rid]
        pers = [(s, e) for s, e, lab in spans if lab == "PER"]
        names = {text[s:e] for s, e in pers}
        people = rec.setdefault("people", [])
        have = {p["name"] for p in people}
        if mode == "ner_only":
            rec["people"] = [{"name": n, "titles": []} for n in sorted(names)]
        elif mode.startswith("add"):
            for s, e in pers:
                n = text[s:e]
                if n in have:
                    continue
                if mode != "add_all":
                    if not plausible_added_name(n):
                        continue
                    if mode in ("add_checked_ctx", "add_ctx_title") and not FOLLOW_AT.match(text, e):
                        continue
                titles = []
                if mode == "add_ctx_title":
                    titles = [text[ts:te] for ts, te, lab in spans if lab == "TITLE" and ts == e][:1]
                    if not titles:
                        titles = [h for h in TITLE_HEADS if text.startswith(h, e)][:1]
                people.append({"name": n, "titles": titles})
                have.add(n)
        elif mode.startswith("veto"):
            rec["people"] = [p for p in people if (p["name"] in names if mode == "veto_strict"
                                                   else overlapped(p["name"], text, pers))]
        out[rid] = rec
    return out


def speed(nlp, texts: list[str]) -> dict:
    from huiyi.pipeline.nlp import DEFAULT_MODEL  # the assembled pipeline; only its pkuseg tokenizer is timed
    tok = spacy.load(DEFAULT_MODEL).tokenizer
    chars = sum(len(t) for t in texts)
    res = {"chars": chars}
    t0 = time.perf_counter()
    for t in texts:
        tok(t)
    res["pkuseg_chars_per_s"] = round(chars / (time.perf_counter() - t0))
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    res["ner_full_chars_per_s"] = round(chars / (time.perf_counter() - t0))
    t0 = time.perf_counter()
    sel = 0
    for t in texts:
        sents = [t[s:e] for s, e in ner_windows(t)]
        sel += sum(map(len, sents))
        for _ in nlp.pipe(sents, batch_size=32):
            pass
    res["ner_gated_chars_per_s"] = round(chars / (time.perf_counter() - t0))
    res["gated_fraction_of_chars"] = round(sel / chars, 3)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold" / "dev.jsonl")
    ap.add_argument("--pred", type=Path, required=True, help="rule-based predictions (huiyi eval --pred-out)")
    ap.add_argument("--model", type=Path, default=ROOT / "build" / "ner" / "model" / "model-best")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    ap.add_argument("--gated", action="store_true", help="run the NER only on gated sentences (as pipeline/ner.py)")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--show", action="store_true", help="print each mode's added/removed names")
    a = ap.parse_args()
    sc = load_scorer(a.scorer)
    gold, rules = sc.load(a.gold), sc.load(a.pred)
    raw = {}
    with a.gold.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                raw[str(r["id"])] = r["text"]
    texts = {rid: clean_text(raw[rid]) for rid in gold}
    nlp = spacy.load(a.model)
    ents = {}
    for rid, t in texts.items():
        if a.gated:
            ents[rid] = [(s + a0, e + a0, lab) for a0, b0 in ner_windows(t)
                         for s, e, lab in ner_spans(nlp, t[a0:b0])]
        else:
            ents[rid] = ner_spans(nlp, t)
    print(f"{'mode':16} {'people P':>8} {'R':>6} {'F1':>6}   {'titles P':>8} {'R':>6} {'F1':>6}")
    results = {}
    for mode in ("rules", "ner_only", "add_all", "add_checked", "add_checked_ctx", "add_ctx_title", "veto",
                 "veto_strict"):
        pred = rules if mode == "rules" else combine(gold, rules, ents, texts, mode)
        s, _ = sc.score(gold, pred)
        pp, pt = s["people"], s["person_titles"]
        results[mode] = {"people": pp, "person_titles": pt}
        print(f"{mode:16} {pp['p']:8.3f} {pp['r']:6.3f} {pp['f1']:6.3f}   {pt['p']:8.3f} {pt['r']:6.3f} {pt['f1']:6.3f}")
        if a.show and mode != "rules":
            for rid in gold:
                before = {sc.norm(p["name"]) for p in rules.get(rid, {}).get("people", [])}
                after = {sc.norm(p["name"]) for p in pred[rid].get("people", [])}
                g = sc.facts(gold[rid])["people"]
                if before != after:
                    print("   ", rid, "+", sorted((n, n in g) for n in after - before),
                          "-", sorted((n, n in g) for n in before - after))
    if a.speed:
        sp = speed(nlp, list(texts.values()))
        results["speed"] = sp
        print(json.dumps(sp))
    print(json.dumps({"gate_min_name_score": MIN_NAME_SCORE}, ensure_ascii=False))


if __name__ == "__main__":
    main()
