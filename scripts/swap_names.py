"""Gold copies with unseen people: every gold person name (national figures aside) is replaced, throughout the
text and the annotations, by a personal name of the same length from the MSRA NER test set (held out from the
NER's training). Scoring the copy with `huiyi eval` shows how roles and lists hold up when the people are ones
no table or statistic has seen; unseen reports fail there, read-while-tuning reports hide it.

usage: python scripts/swap_names.py ../shared/gold/dev2.jsonl /tmp/sw.jsonl --seed 1
       huiyi eval /tmp/sw.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def msra_person_names(path: Path, surnames: set[str]) -> dict[int, list[str]]:
    """2- and 3-character PER entities starting with a known surname, by length."""
    pool: dict[int, set[str]] = {2: set(), 3: set()}
    cur: list[str] = []

    def flush() -> None:
        name = "".join(cur)
        if len(name) in pool and name[0] in surnames:
            pool[len(name)].add(name)
        cur.clear()

    for line in path.open(encoding="utf-8"):
        parts = line.split()
        tag = parts[1] if len(parts) == 2 else "O"
        if tag == "I-PER":
            cur.append(parts[0])
            continue
        flush()
        if tag == "B-PER":
            cur.append(parts[0])
    flush()
    return {k: sorted(v) for k, v in pool.items()}


def national_figures(names: set[str], stories: Path, min_stories: int = 15) -> set[str]:
    """Names in many national news stories stay: unseen reports name the same leaders."""
    counts = dict.fromkeys(names, 0)
    with gzip.open(stories, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text", "")
            for n in names:
                if n in text:
                    counts[n] += 1
    return {n for n, c in counts.items() if c >= min_stories}


def swap_record(r: dict, pools: dict[int, list[str]], keep: set[str], rng: random.Random) -> dict:
    mapping: dict[str, str] = {}
    for n in sorted({p["name"] for p in r.get("people", [])}, key=len, reverse=True):
        if n in keep or len(n) not in pools or "·" in n:
            continue
        for _ in range(50):
            c = rng.choice(pools[len(n)])
            if c not in mapping.values() and c not in r["text"]:
                mapping[n] = c
                break
    if not mapping:
        return r
    rx = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
    r["text"] = rx.sub(lambda m: mapping[m.group()], r["text"])
    for p in r.get("people", []):
        p["name"] = mapping.get(p["name"], p["name"])
    for m in r.get("meetings", []):
        for role in ("presided", "spoke", "attended"):
            m[role] = [mapping.get(x, x) for x in m.get(role, [])]
        for rep in m.get("reported", []):
            rep["who"] = mapping.get(rep["who"], rep["who"])
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shared", type=Path, default=SHARED)
    a = ap.parse_args()
    surnames = {line.split("\t")[0].strip() for line in
                (a.shared / "corpora/chinese_surnames/chinese_family_name_1k.tsv").open(encoding="utf-8")
                if line.strip() and not line.startswith("#")}
    pools = msra_person_names(a.shared / "corpora/msra_ner/msra_test_bio.txt", surnames)
    records = [json.loads(line) for line in a.gold.open(encoding="utf-8") if line.strip()]
    keep = national_figures({p["name"] for r in records for p in r.get("people", [])},
                            a.shared / "corpora/xwlb_meetings/2012-2018.jsonl.gz")
    rng = random.Random(a.seed)
    with a.out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(swap_record(r, pools, keep, rng), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
