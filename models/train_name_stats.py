"""Learn per-character name statistics from the People's Daily 1998 corpus (PFR nr tags).

Writes pipeline/data/name_stats.json: for each character, the log-odds that an
occurrence of it is a surname starting a Chinese personal name, and that it is
part of a given name. These derived counts are small; the corpus itself is
research-use only and is never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from huiyi.pipeline.lexicon import SURNAMES_1, SURNAMES_2, log_odds

TOKEN = re.compile(r"(\S+?)/([a-zA-Z]+)")


def read_surnames(path: Path | None) -> set[str]:
    """Surnames from chinese_family_name_1k.tsv (Apache-2.0), plus the built-in list."""
    names = set(SURNAMES_1) | SURNAMES_2
    if path and path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            name = line.split("\t")[0].strip()
            if 1 <= len(name) <= 2:
                names.add(name)
    return names


def train(pfr: Path, surnames: set[str]) -> dict:
    total: Counter[str] = Counter()
    initial: Counter[str] = Counter()  # word-initial occurrences: a surname starts a word
    sur: Counter[str] = Counter()
    given: Counter[str] = Counter()
    with pfr.open(encoding="utf-8") as fh:
        for line in fh:
            toks = [(w.lstrip("["), t) for w, t in TOKEN.findall(line.replace("]", " ]"))][1:]
            for w, _ in toks:
                total.update(w)
                initial[w[:1]] += 1
                initial[w[:2]] += 1
            for (w1, t1), (w2, t2) in zip(toks, toks[1:], strict=False):
                if t1 == "nr" and t2 == "nr" and w1 in surnames and len(w2) <= 2:
                    sur[w1] += 1
                    given.update(w2)
    return {
        "source": "PFR People's Daily 1998-01 (research use only); derived character counts",
        "surname": {s: round(log_odds(sur[s], max(initial[s], sur[s])), 3) for s in sorted(surnames)},
        "given": {c: round(log_odds(given[c], total[c]), 3) for c in sorted(given) if given[c] >= 2},
        "default_given": round(log_odds(0, 50), 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pfr", type=Path, default=Path("../shared/corpora/peoples_daily_1998_pfr/199801.txt"))
    ap.add_argument("--surnames", type=Path,
                    default=Path("../shared/corpora/chinese_surnames/chinese_family_name_1k.tsv"))
    ap.add_argument("-o", "--out", type=Path, default=Path(__file__).parent.parent / "pipeline" / "data" / "name_stats.json")
    a = ap.parse_args()
    stats = train(a.pfr, read_surnames(a.surnames))
    a.out.write_text(json.dumps(stats, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{a.out}: {len(stats['surname'])} surnames, {len(stats['given'])} given-name characters")


if __name__ == "__main__":
    main()
