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
# an autonomous prefecture, county or banner by its place and ethnic groups: written short as the place and its
# level (凉山彝族自治州 → 凉山州, 澜沧拉祜族自治县 → 澜沧县, 双江拉祜族佤族布朗族傣族自治县 → 双江县)
# (the stem alone is left out: 通道, 互助, 石林 are words too)
ETHNIC_GROUPS = [
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
    "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗",
    "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京",
    "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
]
AUTONOMOUS = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,}?)(?:(?:" + "|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True))
                        + r")族)+自治(?P<level>州|县|旗)$")


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
                if m := AUTONOMOUS.match(full):
                    names.add(m["stem"] + m["level"])
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
