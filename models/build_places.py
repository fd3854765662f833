"""Place names (full and short forms) from the NBS admin divisions (WTFPL) → pipeline/data/places.txt.

Used to reject place names as person names (江苏, 宁波) and to recognise the
jurisdiction a report is about.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|自治州|自治县|地区|省|市|区|县|盟|旗)$")


def build(src: Path) -> list[str]:
    names: set[str] = set()
    for fname in ("provinces.csv", "cities.csv", "areas.csv"):
        with (src / fname).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                full = row["name"].strip()
                if full in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                    continue
                names.add(full)
                short = SUFFIX.sub("", full)
                if len(short) >= 2:
                    names.add(short)
    return sorted(names)


def build_towns(src: Path) -> list[str]:
    """Towns, townships and subdistricts by their full names (涌泉镇, 板桥乡, 东华门街道): the bodies of a township
    are written with its name (涌泉镇第十八届人民代表大会). Kept apart from places.txt: only full names, which no
    person's name ends like."""
    with (src / "streets.csv").open(encoding="utf-8") as fh:
        return sorted({n for row in csv.DictReader(fh) if len(n := row["name"].strip()) >= 3
                       and n.endswith(("镇", "乡", "街道"))})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=Path("../shared/corpora/china_admin_divisions"))
    ap.add_argument("-o", "--out", type=Path, default=Path(__file__).parent.parent / "pipeline" / "data" / "places.txt")
    a = ap.parse_args()
    names = build(a.src)
    a.out.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{a.out}: {len(names)} place names")
    towns = build_towns(a.src)
    (a.out.parent / "towns.txt").write_text("\n".join(towns) + "\n", encoding="utf-8")
    print(f"{a.out.parent / 'towns.txt'}: {len(towns)} towns")


if __name__ == "__main__":
    main()
