"""The jurisdiction a report is about (北京市海淀区), used to scope identities in the graph."""

from __future__ import annotations

import re

from huiyi.records import Organization

_PLACE = re.compile(
    r"(?:中国共产党|中共)?(?P<place>(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市))?[\u4e00-\u9fff]{2,4}?(?:市|区|县|旗|州))"
    r"(?=第[一二三四五六七八九十]+届|委员会|人民政府|人大常委会|政协|委|政府)"
)
_GENERIC = ("全区", "全市", "全县", "我区", "我市", "我县", "该区", "该市", "该县", "各区", "各县", "本区", "本市")
NATIONAL = ("中共中央", "国务院", "全国人大", "全国政协", "中央政治局", "党中央", "中央军委")


def infer_region(text: str, orgs: list[Organization] | None = None) -> str | None:
    """The first named local jurisdiction in an organisation name, else 中国 for national reports."""
    for m in _PLACE.finditer(text[:3000]):
        place = re.sub(r"^(?:中国共产党|中共)", "", m.group("place"))
        if not place.startswith(_GENERIC) and len(place) >= 3:
            return place
    head = text[:400]
    if any(n in head for n in NATIONAL):
        return "中国"
    return None
