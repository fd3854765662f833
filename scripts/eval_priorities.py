#!/usr/bin/env python3
"""Quick dev-loop scorer for priority lists and slogans.

usage: eval_priorities.py [GOLD.jsonl ...] [--per-report] [--headings] [--scorer PATH]

Cleans each gold text with pipeline.clean.clean_text, runs find_priority_lists and
find_slogans, and scores priority_items and slogans with the reference scorer
(shared/tools/score.py, imported from its path, not copied). --per-report prints
misses/extras per report; --headings compares headings and declared counts, and
lists declared-count mismatches (the text announces N items, the list has M).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from huiyi.pipeline.clean import clean_text  # noqa: E402
from huiyi.pipeline.priorities import find_priority_lists  # noqa: E402
from huiyi.pipeline.slogans import find_slogans  # noqa: E402
from huiyi.pipeline.text import Sentences  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
FIELDS = ("priority_items", "slogans")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("huiyi_reference_score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load scorer {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(rec: dict) -> tuple[dict, list]:
    text = clean_text(rec.get("text") or "")
    sents = Sentences(text)
    lists = find_priority_lists(text, sents)
    slogans = find_slogans(text, sents)
    pred = {
        "id": str(rec.get("id")),
        "priority_lists": [
            {
                "heading": pl.heading,
                "declared_count": pl.declared_count,
                "items": [{"n": it.n, "lead": it.lead} for it in pl.items],
            }
            for pl in lists
        ],
        "slogans": [s.text for s in slogans],
    }
    return pred, lists


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", help="gold jsonl files (default: shared/gold/seed.jsonl and dev.jsonl)")
    ap.add_argument("--per-report", action="store_true", help="print misses and extras per report")
    ap.add_argument("--headings", action="store_true", help="compare headings/declared counts with gold")
    ap.add_argument("--scorer", default=str(DEFAULT_SHARED / "tools" / "score.py"))
    a = ap.parse_args()
    scorer = load_scorer(Path(a.scorer))
    paths = a.gold or [str(DEFAULT_SHARED / "gold" / "seed.jsonl"), str(DEFAULT_SHARED / "gold" / "dev.jsonl")]
    for path in paths:
        gold = scorer.load(path)
        preds, found = {}, {}
        for rid, rec in gold.items():
            preds[rid], found[rid] = predict(rec)
        out, per = scorer.score(gold, preds)
        print(f"== {path} ({out['reports']} reports)")
        print(f"{'field':16} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}")
        for k in FIELDS:
            v = out[k]
            print(f"{k:16} {v['p']:7.3f} {v['r']:7.3f} {v['f1']:7.3f} {v['gold']:6d} {v['pred']:6d}")
        if a.per_report:
            for row in per:
                bad = {k: row[k] for k in FIELDS if row[k]["missed"] or row[k]["extra"]}
                if bad:
                    print(json.dumps({"id": row["id"], **bad}, ensure_ascii=False))
        if a.headings:
            same = total = 0
            for rid, rec in gold.items():
                glists = rec.get("priority_lists") or []
                for gl in glists:
                    total += 1
                    gitems = {(it["n"], scorer.norm_lead(it["lead"])) for it in gl.get("items") or []}
                    match = None
                    for pl in preds[rid]["priority_lists"]:
                        pitems = {(it["n"], scorer.norm_lead(it["lead"])) for it in pl["items"]}
                        if gitems & pitems:
                            match = pl
                            break
                    ok = match is not None and scorer.norm(match["heading"]) == scorer.norm(gl.get("heading"))
                    ok = ok and match["declared_count"] == gl.get("declared_count")
                    same += ok
                    if not ok:
                        got = (match["heading"], match["declared_count"]) if match else None
                        print(f"  heading {rid}: gold={(gl.get('heading'), gl.get('declared_count'))} got={got}")
            print(f"headings+declared_count exact: {same}/{total}")
            for rid, lists in found.items():
                for pl in lists:
                    if pl.count_mismatch:
                        print(f"  count mismatch {rid}: {pl.heading!r} declared {pl.declared_count}, "
                              f"found {len(pl.items)}")


if __name__ == "__main__":
    main()
