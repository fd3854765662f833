"""The jurisdiction a report is about (北京市海淀区), used to scope identities in the graph."""

from __future__ import annotations

import re

from huiyi.records import Organization

_PLACE = re.compile(
    r"(?:中国共产党|中共)?(?P<place>(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市))?[\u4e00-\u9fff]{2,4}?(?:市|区|县|旗|州))"
    r"(?=第[一二三四五六七八九十]+届|委员会|人民政府|人大常委会|政协|委|政府)"
)
_GENERIC = ("全区", "全市", "全县", "我区", "我市", "我县", "该区", "该市", "该县", "各区", "各县", "本区", "本市")
# the national level, in one place: a title or body name that starts so is national (graph identities are
# scoped to 中国, not to a report's region); a report whose head names one of the bodies is a national report
NATIONAL_PREFIXES = ("中共中央", "中央", "国务院", "全国", "国家", "中国共产党中央", "中华人民共和国")
NATIONAL_WORDS = ("总书记", "国家主席", "总理", "委员长", "党中央", "中央", "中共中央政治局")
NATIONAL_BODIES = ("中共中央", "国务院", "全国人大", "全国政协", "中央政治局", "党中央", "中央军委")


def is_national(name: str) -> bool:
    """A national title (国务院总理, 总书记) or body (全国人大常委会, 党中央)."""
    return name.startswith(NATIONAL_PREFIXES) or name in NATIONAL_WORDS


def infer_region(text: str, orgs: list[Organization] | None = None) -> str | None:
    """The first named local jurisdiction in an organisation name, else 中国 for national reports."""
    for m in _PLACE.finditer(text[:3000]):
        place = re.sub(r"^(?:中国共产党|中共)", "", m.group("place"))
        if not place.startswith(_GENERIC) and len(place) >= 3:
            return place
    head = text[:400]
    if any(n in head for n in NATIONAL_BODIES):
        return "中国"
    return None
