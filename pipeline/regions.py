"""The jurisdiction a report is about: the unit whose bodies hold the meeting, by its full official name.

The holder is read from the sentence that introduces the meeting (SPEC "region"): the body in the meeting's
name (召开国务院常务会议, 召开县委常委会议), else the last body before the verb (the subject, or the body of
the presider's last title: 中共中央政治局委员、上海市委书记李强主持召开… → 上海市委). A national holder gives
中国. A named unit (临河区, 济宁市政府) is completed from the gazetteer (pipeline.divisions); a level only
(市政府, 区委常委会, 全省) takes the unit of that level the text names most (its full name, short form, local
outlet or byline: 秀洲新闻网, 凤阳经济). Anything else is None: never a fragment.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from huiyi.pipeline.divisions import Gazetteer, Unit, default_gazetteer
from huiyi.pipeline.lexicon import Constructions, OrganTable, default_constructions, default_organs

# the national level, in one place: a title or body name that starts so is national (graph identities are
# scoped to 中国, not to a report's region)
NATIONAL_PREFIXES = ("中共中央", "中央", "国务院", "全国", "国家", "中国共产党中央", "中华人民共和国")
NATIONAL_WORDS = ("总书记", "国家主席", "总理", "委员长", "党中央", "中央", "中共中央政治局", "国务委员")
NATIONAL = "中国"

_NUM = "一二三四五六七八九十百零〇0-9０-９"
_NATIONAL_HOLDER = (
    r"中共中央|党中央|中央(?!电视|人民广播|广播)|国务院|全国人大|全国人民代表大会|全国政协|全国委员会|政协全国|中央军委"
    r"|最高人民法院|最高人民检察院|国家[\u4e00-\u9fff]{1,8}?(?:委员会|委|部|局|署|院)"
    # a meeting whose name opens on 全国 (全国商务工作会议在北京召开), not one that studies it (全市贯彻全国…会议)
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[日午晚]))全国[\u4e00-\u9fff]{2,20}?(?:会议|大会)|第[一二三四五六七八九十]+次全国代表大会")
# a central body of the organ table names a national holder (教育部党组), save a news agency's dateline and the
# two-character short forms that are pieces of words (集中办公)
_NOT_HOLDERS = frozenset({"新华社"})
_FIRM_WORDS = "集团|公司|大学|师大|银行"  # a company or school, by the word its name ends in
_BODY = (rf"(?:第[{_NUM}]+届|[{_NUM}]+届)?(?:委员会|人民政府|政府|人民代表大会|人大|政协|党委|党工委|党组|委|常委会|纪委|监委|"
         r"人民法院|法院|人民检察院|检察院|管委会|[\u4e00-\u9fff]{0,8}?(?:委员会|委|局|厅|办公室|办|部|院|中心"
         # (a company or school belongs to its place: 湖州市交通投资集团, 扬州大学, 工行赣州分行)
         rf"|{_FIRM_WORDS}|学校|中学|小学|分行|支行))")
_LEVELS = ("自治区", "自治州", "自治县", "街道", "省", "市", "区", "县", "州", "旗", "镇", "乡")
_BODY_AFTER = re.compile(_BODY)
# a level word standing for the report's own unit: 市政府, 区委常委会, 县十六届人大, 全省 (not a rank: 省部级)
_LEVEL_HOLDER = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[、和及与由在日午晚时]))(?P<level>{'|'.join(_LEVELS)})(?!.级){_BODY}"
    rf"|全(?P<all>省|市|区|县|州|旗|镇|乡)")


@dataclass(frozen=True)
class RegionCues:
    """The verbs that find the sentence introducing the meeting and its holder, built from a construction
    table (its hold, preside, open/close and presence rows)."""

    body_or_verb: re.Pattern  # what follows a unit that holds the meeting: a body (临河区委员会) or a date and
    # the verb (高陵区12日召开)
    verb: re.Pattern  # the verb of a sentence that introduces a meeting
    attends: re.Pattern  # what shows someone at the meeting (X出席, X讲话)
    national: re.Pattern  # a national body (中共中央, 国务院, 教育部, 全国人大, 全国…会议)
    venue: re.Pattern  # where a meeting is held, before its name (在北京召开的)

    @classmethod
    def build(cls, t: Constructions, organs: OrganTable) -> RegionCues:
        central = sorted((n for n in organs.central_names if len(n) > 2 and n not in _NOT_HOLDERS), key=len,
                         reverse=True)
        return cls(
            body_or_verb=re.compile(rf"{_BODY}|[{_NUM}]*(?:月|日|上午|下午|晚)?[{_NUM}日]*(?:"
                                    + t.alternation("hold_verbs") + "|隆重)"),
            verb=re.compile(t.alternation("hold_verbs", "preside_verb", "open_close_verbs")
                            + r"|在[^，。；！？]{0,40}?会[议上]|会议纪要"),
            attends=re.compile(t.alternation("presence_verbs", "talk_words")),
            # (a minister's title is no body: 二十国集团财政部长和央行行长会议)
            venue=re.compile(r"在(?:[^，,、]*?" + t.alternation("hold_verbs") + "的?)?"),
            national=re.compile(_NATIONAL_HOLDER + "|(?:" + "|".join(map(re.escape, central)) + ")(?!长)"),
        )


@lru_cache(maxsize=1)
def default_region_cues() -> RegionCues:
    """The cues of the shipped tables, for a caller without tables of its own."""
    return RegionCues.build(default_constructions(), default_organs())


_SENTENCE = re.compile(r"[^。！？!?\n]+")
# a company or school after a unit's name (内蒙古大学, 广西柳工集团, 湖南师大), not a body of the unit
_FIRM = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{_FIRM_WORDS}|医院)")
_GOVERNMENT = re.compile(r"委|政府|人大|政协|厅|局|办")
# the places below a township, which the lists do not hold: 东养村, 那王屯, 大鱼塘村民小组, 玉林东路社区
_VILLAGES = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:村民小组|社区|村|屯|嘎查))+")
# a two-character unit whose stem is a function word (和县, 全县?) is read as that word and a level: 党组和县政协
_FUNCTION_STEMS = frozenset("和与及并各全本该我每")
HEAD = 1500  # where the introducing sentences are
SCAN = 6000  # how much of the text may name the unit of a level-only holder


_NATIONAL_MEETING = re.compile(r"^(?:第?[一二三四五六七八九十]+届)?(?:中共中央|中央|国务院|全国|国家|中华人民共和国)"
                               r"|全国委员会|全国人民代表大会|全国代表大会|中国共产党第[一二三四五六七八九十]+届中央")


def national_meeting(name: str) -> bool:
    """A meeting of a national body (十二届全国人大常委会第四次会议, 政协第十三届全国委员会…, 国务院常务会议): one
    sitting whichever report names it."""
    return bool(_NATIONAL_MEETING.search(name))


def is_national(name: str) -> bool:
    """A national title (国务院总理, 总书记, 外交部部长, 中国外交部长, 国务委员) or body (全国人大常委会, 党中央): one
    that opens on a national prefix or on a central body of the organ table."""
    if name.startswith(NATIONAL_PREFIXES) or name in NATIONAL_WORDS:
        return True
    return name.removeprefix("中国").startswith(default_organs().central_names)


def _mentions(text: str, gz: Gazetteer, offset: int, bounds: set[int] | None) -> list[tuple[int, int, str]]:
    """Unit names in `text` (a piece at `offset` of the report) that start on a word boundary; a short form
    (凤阳) or a two-character name must also end on one, so that 和政 is not read out of 和政治, nor 和县 out
    of 和县政协."""
    found = [m for m in gz.mentions(text) if not (len(m[2]) == 2 and m[2][0] in _FUNCTION_STEMS)]
    if bounds is None:
        return found
    return [(s, e, k) for s, e, k in found
            if s + offset in bounds and ((k in gz.by_name and len(k) > 2) or e + offset in bounds)]


def _holders(segment: str, gz: Gazetteer, offset: int, bounds: set[int] | None,
             cues: RegionCues) -> list[tuple[int, str, str]]:
    """(position, kind, value) of each holder in a piece of a sentence: kind national, unit (a gazetteer key
    followed by a body or a verb), firm (a key that opens a company's or school's name) or level (a level word
    before a body)."""
    found = [(m.start(), "national", m.group()) for m in cues.national.finditer(segment)]
    for m in _LEVEL_HOLDER.finditer(segment):
        found.append((m.start(), "level", m.group("level") or m.group("all")))
    mentions = _mentions(segment, gz, offset, bounds)
    for i, (s, e, key) in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) and mentions[i + 1][0] == e else None
        if after and _within(gz, after[2], key):
            continue  # a unit named with the one above it (河北省邱县县委): the last holds it
        village = _VILLAGES.match(segment, e)  # a village of the unit holds it for the unit (林逢镇东养村召开)
        if (cues.body_or_verb.match(segment, e) or segment.startswith(("第", "中国共产党"), e)
                or village and cues.body_or_verb.match(segment, village.end())):
            firm = _FIRM.match(segment, e)
            found.append((s, "firm" if firm and not _GOVERNMENT.search(firm.group()) else "unit", key))
    # a unit's own level word is no second holder (临河区第十四届委员会: the unit, not 区)
    units = [(s, s + len(v)) for s, k, v in found if k in ("unit", "firm")]
    return sorted(h for h in found if h[1] != "level" or not any(a < h[0] < b for a, b in units))


def _within(gz: Gazetteer, key: str, above: str) -> bool:
    """Whether a unit `key` may stand for lies under one `above` may stand for."""
    ups = set(gz.candidates(above))
    return any(u in ups for c in gz.candidates(key) for u in c.chain[:-1])


def _intro_holder(text: str, gz: Gazetteer, bounds: set[int] | None, cues: RegionCues) -> tuple[str, str] | None:
    """The holder of the meeting from the first sentences that introduce one."""
    tried = 0
    for m in _SENTENCE.finditer(text[:HEAD]):
        sent = m.group()
        verb = cues.verb.search(sent)
        if not verb:
            continue
        tried += 1
        if verb.group().startswith("在"):
            # the meeting named inside 在…会议上, past a venue (在北京召开的…会议上): 在市委常委会会议上
            venue = cues.venue.match(verb.group())
            named = _holders(verb.group()[venue.end():], gz, m.start() + verb.start() + venue.end(), bounds, cues)
            verb_text = ""
        else:
            name_part = re.match(r"[^，,；]{0,40}?(?:会议|会|全会|论坛)", sent[verb.end():])
            named = _holders(name_part.group(), gz, m.start() + verb.end(), bounds, cues) if name_part else []
            verb_text = verb.group()  # what follows a unit that holds it (周市镇召开)
        # a venue before the verb (在县文化艺术中心闭幕, 在哈尔滨召开) holds nothing
        subject = re.sub(r"在[^，,、]*$", "", sent[:verb.start()]) + verb_text
        before = _holders(subject, gz, m.start(), bounds, cues)
        if named:
            return named[0][1:]
        if before:
            return before[-1][1:]
        if tried == 3:
            break
    # no sentence says who holds it (卓越工程师培养改革座谈会在北京召开): the body of whoever attends or speaks
    for m in _SENTENCE.finditer(text[:HEAD]):
        verb = cues.attends.search(m.group())
        before = _holders(m.group()[:verb.start()], gz, m.start(), bounds, cues) if verb else []
        if before:
            return before[-1][1:]
    # nor anyone (县人大常委会组织代表视察…): the first local body the opening line names, not a venue, or a
    # national meeting (中国共产党第十八次全国代表大会…举行预备会议), not a national body named in passing
    first = _SENTENCE.search(text[:HEAD])
    if first is None:
        return None  # (a text of punctuation only)
    line = first.group()
    found = [h for h in _holders(line, gz, first.start(), bounds, cues) if line[h[0] - 1:h[0]] != "在"
             and (h[1] == "level" or h[1] == "national" and h[2].endswith(("会议", "大会"))
                  or h[1] != "national" and _BODY_AFTER.match(line, h[0] + len(h[2])))]
    return found[0][1:] if found else None


def _suffix_matches(unit: Unit, level: str) -> bool:
    suffix = unit.suffix
    if level == "县":
        return suffix in ("县", "自治县")
    if level == "州":
        return suffix in ("州", "自治州")
    if level == "旗":
        return suffix in ("旗", "自治旗")
    return suffix == level


def _named_units(text: str, gz: Gazetteer, bounds: set[int] | None) -> tuple[list[tuple[str, bool]], list[Unit]]:
    """The unit names in the text ((key, is a full name), in order) and the units its full names fix."""
    pieces = [(0, text)] if len(text) <= SCAN + 1500 else [(0, text[:SCAN]), (len(text) - 1500, text[-1500:])]
    keys = [(k, k in gz.by_name) for off, piece in pieces for _, _, k in _mentions(piece, gz, off, bounds)]
    fixed = [c[0] for k, full in keys if full and len(c := gz.candidates(k)) == 1]
    return keys, fixed


def infer_region(text: str, bounds: set[int] | None = None, cues: RegionCues | None = None) -> str | None:
    """The report's jurisdiction: 中国, a full unit name from the province down, or None. `bounds`, the
    offsets where the segmenter starts a word, keeps names from being read across words (召开县委 is no 开县);
    `cues`, the verbs of the caller's construction table (the shipped table's without one)."""
    gz = default_gazetteer()
    holder = _intro_holder(text, gz, bounds, cues or default_region_cues())
    if holder is None:
        return None
    kind, value = holder
    if kind == "national":
        return NATIONAL
    keys, fixed = _named_units(text, gz, bounds)
    if kind in ("unit", "firm"):
        unit = gz.resolve(value, fixed)
        if unit is not None and kind == "firm" and unit.depth == 1:
            # a province's university or company (内蒙古大学) is at the city the text names under it first, the
            # dateline's (本报呼和浩特3月15日讯)
            unit = next((u for k, _ in keys if (u := gz.resolve(k, fixed)) is not None and u.depth == 2
                         and u.parent is unit), unit)
        return unit.full_name if unit else None
    # each named unit of that level votes for itself, a unit under one for it (哈尔滨 → 黑龙江省); a full name
    # counts more than a short form; a tie goes to the unit named first (the dateline, the outlet)
    votes: Counter = Counter()
    first: dict[str, int] = {}
    for i, (key, full) in enumerate(keys):
        cands = gz.candidates(key)
        unit = cands[0] if len(cands) == 1 else gz.resolve(key, fixed)
        pool = [c for c in ([unit] if unit is not None else cands) if c.depth <= 3 or c.suffix == value]
        # each candidate's nearest unit of that level: itself (桐城市), else the one above it (安庆市)
        ups = {next(u.code for u in reversed(c.chain) if _suffix_matches(u, value))
               for c in pool if any(_suffix_matches(u, value) for u in c.chain)}
        if len(ups) != 1:
            continue
        (up,) = ups
        own = any(c.code == up for c in pool)
        if not own and not full and not any(c.depth <= 2 for c in pool):
            continue  # a county's short form names its own unit only (永胜 is no vote for 丽江市; 哈尔滨 is)
        votes[up] += (2 if full else 1) * (2 if own else 1)
        first.setdefault(up, i)
    if not votes:
        return None
    best = max(votes, key=lambda c: (votes[c], -first[c]))
    return gz.units[best].full_name


def title_place(title: str, region: str | None = None) -> str | None:
    """The unit a local title names at its start, by its full name: 陆良县委书记 and 中共云南省曲靖市陆良县委书记
    → 云南省曲靖市陆良县 (the names before the last one, and the report's region, decide an ambiguous one);
    None for a title that names no unit (县委书记) or an ambiguous one."""
    gz = default_gazetteer()
    rest = title.removeprefix("中共")
    keys: list[str] = []
    for s, _e, key in gz.mentions(rest):
        if s != sum(map(len, keys)) or key not in gz.by_name:
            break
        keys.append(key)
    if not keys:
        return None
    context = [u for k in keys[:-1] for u in gz.candidates(k)]
    home = gz.by_full_name(region) if region else None
    unit = gz.resolve(keys[-1], context + ([home] if home else []))
    return unit.full_name if unit else None
