"""The gazetteer of China's administrative divisions: unit names, their short forms and their full names.

Built by models/build_divisions.py into data/divisions.tsv. A unit's full name runs from the province down
(云南省曲靖市陆良县, 北京市海淀区: a municipality's 市辖区 is no level of its own). A name found in a text is
completed only where the lists make it unique, or unique among the units the text also names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
DIVISIONS_FILE = "divisions.tsv"
# the level words a name may end in (a 县委 is the committee of a unit ending in 县 or 自治县), longest first
LEVEL_WORDS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "街道", "省", "市", "区", "县", "盟", "旗", "镇",
               "乡")


@dataclass(frozen=True, eq=False)
class Unit:
    code: str
    name: str
    parent: Unit | None
    renamed: bool  # a name since changed (崇明县): still a real unit of its time
    short: str | None  # 凤阳 of 凤阳县; None when it is a common word or under two characters

    @property
    def chain(self) -> list[Unit]:
        """The unit and its ancestors, province first."""
        out, u = [], self
        while u is not None:
            out.append(u)
            u = u.parent
        return out[::-1]

    @property
    def full_name(self) -> str:
        return "".join(u.name for u in self.chain)

    @property
    def suffix(self) -> str:
        """The level word the name ends in (省, 市, 自治县, 镇…): what 县委 or 市政府 refer to."""
        return next((w for w in LEVEL_WORDS if self.name.endswith(w)), "")

    @property
    def depth(self) -> int:
        return len(self.chain)


class Gazetteer:
    """Units by full name and by short form, and a scan of a text for the units it names."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str, str]]):
        """Rows of (code, parent code, name, short form, flags) as models/build_divisions.py writes them."""
        raw = {code: (parent, name, short, flags) for code, parent, name, short, flags in rows}
        units: dict[str, Unit] = {}

        def make(code: str) -> Unit:
            if code not in units:
                parent, name, short, flags = raw[code]
                up = make(parent) if parent in raw else None
                # a township's short form (新城 of 新城镇) is too common a word to name a place
                township = up is not None and up.parent is not None and up.parent.parent is not None
                units[code] = Unit(code, name, up, "h" in flags, None if "w" in flags or township else short or None)
            return units[code]

        for code in raw:
            make(code)
        self.units = units
        self.by_name: dict[str, list[Unit]] = {}
        self.by_short: dict[str, list[Unit]] = {}
        for u in units.values():
            if u.name in LEVEL_WORDS:
                continue  # a unit the lists name by its level word alone (街道) is no name a text can use
            self.by_name.setdefault(u.name, []).append(u)
            if u.short:
                self.by_short.setdefault(u.short, []).append(u)
                # an autonomous unit is written with its short form and level (凉山州, 湘西州, 峨边县)
                if u.name.startswith(u.short) and u.name.endswith(("自治州", "自治县", "自治旗")):
                    self.by_short.setdefault(u.short + u.name[-1], []).append(u)
        self._full = {u.full_name: u for u in units.values()}
        self._keys = set(self.by_name) | set(self.by_short)
        self._longest: dict[str, int] = {}  # first character → the longest key starting with it
        for k in self._keys:
            self._longest[k[0]] = max(self._longest.get(k[0], 0), len(k))

    def by_full_name(self, full: str) -> Unit | None:
        return self._full.get(full)

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line)
        return cls((r[0], r[1], r[2], r[3], r[4]) for r in rows)

    def mentions(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) of each longest unit name or short form in `text`, left to right."""
        i, n = 0, len(text)
        while i < n:
            longest = self._longest.get(text[i], 0)
            hit = next((k for k in (text[i:i + L] for L in range(min(longest, n - i), 1, -1)) if k in self._keys),
                       None)
            if hit is None:
                i += 1
                continue
            yield i, i + len(hit), hit
            i += len(hit)

    def candidates(self, key: str) -> list[Unit]:
        """The units a name or short form may stand for: full names first, short forms only without one."""
        return self.by_name.get(key) or self.by_short.get(key, [])

    def resolve(self, key: str, context: Iterable[Unit] = ()) -> Unit | None:
        """The one unit `key` names: unique in the lists, or unique among those under (or over) a unit of
        `context` (the other units the text names); None when still ambiguous."""
        cands = self.candidates(key)
        if len(cands) == 1:
            return cands[0]
        ctx = [u for u in context if u not in cands]
        related = [c for c in cands if any(x in c.chain or c in x.chain for x in ctx)]
        if len(related) == 1:
            return related[0]
        # a short form of one unit of today and of units since renamed (九江: 九江市, 九江县, 九江地区) names
        # today's unit; a name the text writes out (崇明县) keeps its old unit above
        current = [c for c in cands if not c.renamed]
        return current[0] if key not in self.by_name and len(current) == 1 and not related else None


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.from_file(DATA / DIVISIONS_FILE)
