"""China's administrative divisions (NBS 2023 codes, WTFPL; MCA code history 1981–2024, CC0) →
pipeline/data/divisions.tsv, the gazetteer that decides a report's jurisdiction (pipeline.divisions).

One row per unit: code, parent code, name, short form (凤阳 of 凤阳县, empty when none), flags. Flags: `h` a unit since renamed or merged (崇明县: the
name the text uses is kept), `w` its short form (凤阳 of 凤阳县) is a common word in the PFR corpus
(合作 of 合作市, 通道 of 通道侗族自治县), so that it never names a place on its own. Province and
county-level rows come from the current lists and the history; townships (镇, 乡, 街道) from the current
list only.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
LEVEL_WORDS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "街道", "省", "市", "区", "县", "盟", "旗", "镇",
               "乡")
# the peoples named in autonomous units' names (秀山土家族苗族自治县 → 秀山), longest first
PEOPLES = sorted(["蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各"], key=len, reverse=True)


def short_form(name: str) -> str | None:
    """凤阳县 → 凤阳, 新疆维吾尔自治区 → 新疆, 秀山土家族苗族自治县 → 秀山; None when under two characters."""
    short = name
    for w in LEVEL_WORDS:
        if short.endswith(w):
            short = short[: -len(w)]
            break
    while True:  # the peoples, from the end: …土家族苗族 → …土家族 → …
        cut = next((len(p) + 1 for p in PEOPLES if short.endswith(p + "族") and len(short) >= len(p) + 3), None)
        if cut is None:  # 新疆维吾尔(自治区): a people without 族
            cut = next((len(p) for p in PEOPLES if len(p) > 1 and short.endswith(p) and len(short) >= len(p) + 2), None)
        if cut is None:
            break
        short = short[:-cut]
    return short if len(short) >= 2 and short != name else None


def pfr_word_usage(path: Path) -> tuple[Counter, Counter]:
    """How often each word stands as a place name (ns) and as anything else in the PFR corpus."""
    place, other = Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        for tok in line.split()[1:]:
            word, _, pos = tok.lstrip("[").partition("/")
            pos = pos.split("]")[0]
            (place if pos == "ns" else other)[word] += 1
    return place, other


def build(src: Path, pfr: Path | None) -> list[tuple[str, str, str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}  # code → (parent, name, flags)

    def read(fname: str):
        with (src / fname).open(encoding="utf-8") as fh:
            yield from csv.DictReader(fh)

    for r in read("provinces.csv"):
        rows[r["code"]] = ("", r["name"], "")
    for r in read("cities.csv"):
        if r["name"] not in PLACEHOLDERS:
            rows[r["code"]] = (r["provinceCode"], r["name"], "")
    same: dict[str, str] = {}  # a county row that is its prefecture again (中山市 under 中山市) → the prefecture
    for r in read("areas.csv"):
        parent = r["cityCode"] if r["cityCode"] in rows else r["provinceCode"]
        if rows[parent][1] == r["name"]:
            same[r["code"]] = parent
            continue
        rows[r["code"]] = (parent, r["name"], "")
    for r in read("streets.csv"):
        rows[r["code"]] = (same.get(r["areaCode"], r["areaCode"]), r["name"], "")
    # names since changed, placed under the province and prefecture the history names
    by_name: dict[tuple[str, str], str] = {(p, n): c for c, (p, n, _) in rows.items()}
    current = {n for _, n, _ in rows.values()}
    with (src / "history_areacodes" / "result.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["状态"] != "弃用" or r["名称"] in PLACEHOLDERS:
                continue
            prov = next((c for c, (p, n, _) in rows.items() if not p and n == r["一级行政区"]), "")
            if r["级别"] == "省级" or not prov:
                continue
            parent = prov
            if r["级别"] == "县级" and r["二级行政区"] not in ("", "直辖"):
                parent = by_name.get((prov, r["二级行政区"]), prov)
            code = f"h{r['代码']}"
            # a name still in use is that unit under a parent since renamed (曲靖地区 → 曲靖市, 四川省 → 重庆市)
            if r["名称"] not in current and (parent, r["名称"]) not in by_name:
                rows[code] = (parent, r["名称"], "h")
                by_name[(parent, r["名称"])] = code
    place, other = pfr_word_usage(pfr) if pfr is not None else (Counter(), Counter())
    out = []
    for code, (parent, name, flags) in sorted(rows.items()):
        short = short_form(name) or ""
        if short and other[short] >= 3 and other[short] > 2 * place[short]:
            flags += "w"
        out.append((code, parent, name, short, flags))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=Path("../shared/corpora/china_admin_divisions"))
    ap.add_argument("--pfr", type=Path, default=Path("../shared/corpora/peoples_daily_1998_pfr/199801.txt"))
    ap.add_argument("-o", "--out", type=Path,
                    default=Path(__file__).parent.parent / "pipeline" / "data" / "divisions.tsv")
    a = ap.parse_args()
    rows = build(a.src, a.pfr if a.pfr.is_file() else None)
    a.out.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{a.out}: {len(rows)} units, {sum('h' in r[4] for r in rows)} renamed, "
          f"{sum('w' in r[4] for r in rows)} short forms that are common words")


if __name__ == "__main__":
    main()
