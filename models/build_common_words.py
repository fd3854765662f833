"""Common words that are no one's name (陆军, 阳光, 荣誉, 白族, 卢旺达) from the PFR corpus → pipeline/data/common_words.txt.

A word of two to four characters that the People's Daily 1998 corpus (PKU/Fujitsu PFR, research use) tags at
least three times and never as a personal name (nr). PFR splits personal names into surname and given name, so a
full name is never one token there: a real name that is also a word (高峰, 黎明) is listed, and the people finder
accepts it only with a title. Only the word list is stored, no corpus text.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

CJK = re.compile(r"[\u4e00-\u9fff]{2,4}")


def build(pfr: Path, min_count: int = 3) -> list[str]:
    other, person = Counter(), Counter()
    for line in pfr.read_text(encoding="utf-8").splitlines():
        for tok in line.split()[1:]:
            word, _, pos = tok.lstrip("[").partition("/")
            pos = pos.split("]")[0]
            if CJK.fullmatch(word):
                (person if pos == "nr" else other)[word] += 1
    return sorted(w for w, n in other.items() if n >= min_count and not person[w])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pfr", type=Path, default=Path("../shared/corpora/peoples_daily_1998_pfr/199801.txt"))
    ap.add_argument("-o", "--out", type=Path,
                    default=Path(__file__).parent.parent / "pipeline" / "data" / "common_words.txt")
    a = ap.parse_args()
    words = build(a.pfr)
    a.out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{a.out}: {len(words)} words")


if __name__ == "__main__":
    main()
