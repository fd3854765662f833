"""Numbered priority lists (一要…二要…, 一是…, 第一…, （一）…, 一、…, 1. …, 其一，…, 首先…其次…最后).

Works on the cleaned report text. Markers are found by family (see `_FAMILIES`),
accepted only at a clause start (start of line, after punctuation or a space)
and with context checks that reject numerals which are words ("一是一", "一要求",
"第一书记", "第一次", "统一"). Markers of one family are chained into lists whose
numbers run 1, 2, 3…; a new 1 starts a new list. A list whose first marker lies
inside an item of another list is that item's child (`PriorityList.parent`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from huiyi.pipeline.lexicon import ATTEND_VERBS, Constructions, default_constructions
from huiyi.pipeline.records import PriorityItem, PriorityList
from huiyi.pipeline.text import Sentences, cn_to_int

CN_NUM = "一二三四五六七八九十"
MAX_LEAD, MAX_TEXT = 300, 2000  # characters of an item's lead and text kept (evidence offsets keep the whole)


# what may stand right before a marker: a clause boundary
_BOUNDARY = "\n，。；：！？,;:!?、 \t"
_LEAD_END = re.compile(r"[，。；：！？,.;:!?]")
# a direct "第X" (no punctuation after it) followed by these is an ordinal word, not a marker
_DI_WORDS = (
    "次", "个", "位", "名", "批", "届", "步", "天", "年", "月", "周", "季", "章", "条", "节", "款", "项", "期", "轮",
    "线", "道", "种", "类", "份", "组", "场", "台", "棒", "支", "队", "号", "版", "集", "卷", "册", "例", "任", "遍",
    "回", "排", "层", "座", "所", "家", "户", "笔", "句", "段", "篇", "首", "封", "张", "把", "件", "代", "副", "人",
    "阶段", "部分", "书记", "时间", "责任", "议题", "生产力", "动力", "要务", "资源", "方阵", "梯队", "课", "站",
    "手", "时", "大", "产业", "作者", "单位", "现场", "名次", "季度",
)


@dataclass
class _Marker:
    start: int  # marker start
    end: int  # marker end (item text starts here)
    family: str
    n: int
    text: str
    line_start: bool = False


@dataclass
class _List:
    family: str
    markers: list[_Marker] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    parent: tuple[int, int] | None = None


def _at_boundary(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _BOUNDARY


def _line_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


_CN_MARK = re.compile(rf"(其)?([{CN_NUM}]{{1,3}})([要是])")
# characters that make a word with a following 一 (统一, 唯一, 万一, 之一…): no marker after them
_WORD_BEFORE_ONE = "统唯单同划万专均合逐归整不之初如致另个其惟"
# (numbering runs past 九十九: 第一百零一, （一百）, 100.)
_DI_MARK = re.compile(rf"第([{CN_NUM}百零]{{1,6}})([，,、：:]|是|要)?")
_PAREN_MARK = re.compile(rf"[（(]([{CN_NUM}百零]{{1,6}})[）)]")
_DUN_MARK = re.compile(rf"([{CN_NUM}百零]{{1,6}})[、．.]")
_ARABIC_MARK = re.compile(r"([0-9０-９]{1,3})(?:[.．、](?![0-9０-９])|\s*[)）](?![0-9０-９]))")
_ARABIC_PAREN_MARK = re.compile(r"[（(]([0-9０-９]{1,3})[）)]")
_SEQ_MARK = re.compile(r"(首先|其次|再次|再者|最后)([，,、：:]?)")
_QI_MARK = re.compile(rf"其([{CN_NUM}]{{1,3}})[，,、：:]")  # 其一，要…；其二，要… (其一是: _CN_MARK)
_SEQ_N = {"首先": 1, "其次": 2, "再次": 3, "再者": 3}


def _markers(text: str) -> list[_Marker]:
    out: list[_Marker] = []

    def add(m: re.Match, family: str, n: int | None) -> None:
        if n is None or n < 1:
            return
        out.append(_Marker(m.start(), m.end(), family, n, m.group(0), _line_start(text, m.start())))

    for m in _CN_MARK.finditer(text):
        num, kind = m.group(2), m.group(3)
        n = cn_to_int(num)
        if m.group(1):  # 其一是, 其二是
            if not _at_boundary(text, m.start()):
                continue
        elif not _at_boundary(text, m.start()):
            # the first marker may follow its subject ("文章一是量少，二是质差"); not inside a word (统一要求)
            prev = text[m.start() - 1]
            if n != 1 or not ("\u4e00" <= prev <= "\u9fff") or prev in CN_NUM + "两第" + _WORD_BEFORE_ONE:
                continue
        after = text[m.end(): m.end() + 2]
        if after[:1] == num[-1] and (not after[1:] or after[1] in _BOUNDARY + CN_NUM):  # 一是一、二是二
            continue
        if kind == "要" and after[:1] in "求素件点务":  # 一要求, 要素, 要件, 要点, 要务
            continue
        if kind == "是" and after[:1] in "否非的":  # 是否, 是非
            continue
        add(m, "yao" if kind == "要" else "shi", n)
    for m in _DI_MARK.finditer(text):
        if not _at_boundary(text, m.start()) or (m.start() > 0 and text[m.start() - 1] in CN_NUM):
            continue
        if not m.group(2):
            after = text[m.end(): m.end() + 3]
            if not after or after[0] in _BOUNDARY or after[0] in CN_NUM or any(after.startswith(w) for w in _DI_WORDS):
                continue
            if not re.match(r"[\u4e00-\u9fff“]", after):
                continue
        add(m, "di", cn_to_int(m.group(1)))
    def cited(m: re.Match) -> bool:  # "第（一）项", "（二）款": a reference to a clause, not a marker
        return (m.start() > 0 and text[m.start() - 1] == "第") or text[m.end(): m.end() + 1] in ("项", "款", "条", "目")

    for m in _PAREN_MARK.finditer(text):
        if not cited(m):
            add(m, "paren", cn_to_int(m.group(1)))
    for m in _DUN_MARK.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in CN_NUM + "第":
            continue
        if not (_line_start(text, m.start()) or text[m.start() - 1] in "：:。；;"):
            continue
        nxt = text[m.end(): m.end() + 1]
        if not nxt or nxt in CN_NUM or nxt.isdigit():  # 一、二级
            continue
        add(m, "dun", cn_to_int(m.group(1)))
    for m in _ARABIC_MARK.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] in ".．"):
            continue
        if not (_line_start(text, m.start()) or text[m.start() - 1] in _BOUNDARY):
            continue
        nxt = text[m.end(): m.end() + 1]
        if not nxt or nxt in "\n%％" or nxt.isdigit():
            continue
        add(m, "arabic", cn_to_int(m.group(1)))
    for m in _ARABIC_PAREN_MARK.finditer(text):
        if not cited(m):
            add(m, "arabic_paren", cn_to_int(m.group(1)))
    for m in _QI_MARK.finditer(text):
        if _at_boundary(text, m.start()):
            add(m, "qi", cn_to_int(m.group(1)))
    for m in _SEQ_MARK.finditer(text):
        if not _at_boundary(text, m.start()) and not (
            m.group(1) == "首先" and not m.group(2) and text[m.end(): m.end() + 1] in ("是", "要")
        ):
            continue
        word = m.group(1)
        add(m, "seq", _SEQ_N.get(word, 99))  # 最后: numbered when the list is built
    out += _bare_markers(text)
    out.sort(key=lambda mk: (mk.start, -mk.end))
    # one marker per position (（一） also matches nothing else; "一、" vs "一是" cannot overlap)
    dedup: list[_Marker] = []
    for mk in out:
        if dedup and mk.start < dedup[-1].end:
            continue
        dedup.append(mk)
    return dedup


# "提出三点要求：一提高思想认识…。二围绕目标…。三完善机制…": bare numerals are markers only after a heading that
# announces how many items follow, each at a sentence start, in order
_BARE_CUE = re.compile(rf"([{CN_NUM}两]{{1,2}})(?:点|个方面|项|条)(?:[\u4e00-\u9fff]{{0,6}})[:：]\s*")
_NOT_AFTER_BARE = CN_NUM + "是要、．.，,：:个点项条次年月日级"
_BARE_REACH = 800  # characters from one bare item to the next


def _bare_markers(text: str) -> list[_Marker]:
    out: list[_Marker] = []
    for cue in _BARE_CUE.finditer(text):
        count = cn_to_int(cue.group(1).replace("两", "二"))
        if not count or count < 2 or count > 10:
            continue
        pos, found = cue.end(), []
        for n in range(1, count + 1):
            num = CN_NUM[n - 1]
            if n > 1:  # the next numeral opens a later sentence
                m = re.compile(rf"[。；;！!\n]\s*{num}").search(text, pos, pos + _BARE_REACH)
                pos = m.end() - 1 if m else -1
            nxt = text[pos + 1: pos + 2] if pos >= 0 else ""
            if pos < 0 or not text.startswith(num, pos) or not nxt or nxt in _NOT_AFTER_BARE or not (
                    "\u4e00" <= nxt <= "\u9fff"):
                break
            found.append(_Marker(pos, pos + 1, "bare", n, num, _line_start(text, pos)))
            pos += 1
        if len(found) == count:  # all the announced items, or none: a stray 一 is too common to trust
            out += found
    return out


# inline markers (一是, 第一, 首先…) of one list follow each other closely; section heads may be far apart
_MAX_GAP = 1500
_HEAD_FAMILIES = ("dun", "paren", "arabic", "arabic_paren")
_MIXED_GAP = 400  # (首先 and the 第二 that goes on from it: one speaker's few sentences)


def _close_enough(prev: _Marker, mk: _Marker) -> bool:
    return mk.family in _HEAD_FAMILIES or mk.start - prev.end <= _MAX_GAP


def _chain(markers: list[_Marker]) -> list[_List]:
    """Chain markers of one family into lists numbered 1, 2, 3…"""
    open_: dict[str, _List] = {}
    lists: list[_List] = []
    for mk in markers:
        cur = open_.get(mk.family)
        if mk.family == "seq" and mk.n == 99:
            if cur is not None and _close_enough(cur.markers[-1], mk):
                mk.n = cur.markers[-1].n + 1
                cur.markers.append(mk)
                del open_[mk.family]
            continue
        seq = open_.get("seq")
        if mk.family == "di" and mk.n == 2 and not (cur is not None and cur.markers[-1].n == 1) and seq is not None \
                and len(seq.markers) == 1 and mk.start - seq.markers[0].end <= _MIXED_GAP:
            seq.markers.append(mk)  # 首先，…第二，…第三，…: a list opened by 首先 goes on in ordinals
            open_["di"] = seq
            del open_["seq"]
            continue
        if mk.n == 1:
            new = _List(mk.family, [mk])
            lists.append(new)
            open_[mk.family] = new
        elif cur is not None and mk.n == cur.markers[-1].n + 1 and _close_enough(cur.markers[-1], mk):
            cur.markers.append(mk)
    return [lst for lst in lists if len(lst.markers) >= 2]


_SPEAKER_SENT = re.compile(r"^[^，。；\n]{1,20}?(?:强调|指出|要求|认为|表示|提出|宣布|希望|说)[，,：:]")


def _para_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _is_head_line(text: str, mk: _Marker) -> bool:
    """A marker that opens a short line of its own (a section head "一、总体要求")."""
    if not mk.line_start:
        return False
    line = text[mk.end: _para_end(text, mk.end)]
    return len(line) <= 30 and not re.search(r"[。；;]\S", line)


def _last_item_end(text: str, mk: _Marker, limit: int) -> int:
    """The last item runs to the end of its paragraph, stopping at a sentence that opens with a speaker verb."""
    end = min(_para_end(text, mk.end), limit)
    for m in re.finditer(r"[。！？；;]", text[mk.end: end]):
        s = mk.end + m.end()
        if _SPEAKER_SENT.match(text[s:end]):
            return s
    return end


def _item_ends(text: str, lst: _List, limit: int) -> list[int]:
    ends = []
    for k, mk in enumerate(lst.markers):
        if k + 1 < len(lst.markers):
            ends.append(lst.markers[k + 1].start)
        elif _is_head_line(text, mk) and all(_is_head_line(text, x) for x in lst.markers):
            ends.append(limit)
        else:
            ends.append(_last_item_end(text, mk, limit))
    return ends


def _strip_tail(s: str) -> str:
    return s.strip().rstrip("，,：:、 ").strip()


@dataclass(frozen=True)
class PriorityCues:
    """What the priorities step reads from a construction table."""

    roster: re.Pattern  # the end of a sentence that is a roster (…参加会议, …列席会议, …请假): it introduces no list
    meeting: re.Pattern  # a report that names one of these speaks of a meeting

    @classmethod
    def build(cls, t: Constructions) -> PriorityCues:
        return cls(
            roster=re.compile(t.alternation(*ATTEND_VERBS) + r"(?:会议|座谈会|大会)?$|请假"),
            # the meeting words of the table (会议, 座谈会, 论坛…), and a body or a seminar named (委员会, 党组会)
            meeting=re.compile(t.alternation("meeting_words") + "|委员会|研讨会|党组会"),
        )


@lru_cache(maxsize=1)
def _default_cues() -> PriorityCues:
    """The cues of the shipped table, for a caller without a table of its own."""
    return PriorityCues.build(default_constructions())


_CUE = re.compile(r"以下|如下|下列|几点|几个方面|主要(?:有|包括|是)")
_CLAUSE_SPLIT = re.compile(r"[，,]")


def _clauses(s: str) -> list[int]:
    """Start offsets of the comma-separated clauses of `s`."""
    return [m.start() for m in re.finditer(r"[^，,]+", s) if m.group().strip()]


def _from_clause(s: str, starts: list[int], k: int) -> str:
    return _strip_tail(s[starts[k]:])


def _heading(text: str, start: int, floor: int, roster: re.Pattern) -> str | None:
    """The clause that introduces a list whose first marker is at `start` (nothing before `floor`).

    Marker inside a sentence ("全会强调，下半年要抓好六个方面重点工作，一要…"): the clause before it.
    Marker opening a sentence: the previous sentence without its speaker ("会议强调，"); its last clause
    when that sentence ends with a colon or is long, from the clause with a cue ("主要有以下几个方面")
    or a 要-directive after a long preamble.
    """
    j = start - 1
    while j >= floor and text[j] not in "。！？；;!?\n":
        j -= 1
    same = _strip_tail(text[j + 1: start])
    if same:
        cs = _clauses(same)
        if same.startswith("为") and len(cs) <= 4:  # a purpose clause belongs to what follows
            return same
        return _from_clause(same, cs, len(cs) - 1) if cs else None
    k = j
    while k >= floor and text[k] in "。！？；;!?\n \t":
        k -= 1
    if k < floor:
        return None
    p = k
    while p >= floor and text[p] not in "。！？；;!?\n":
        p -= 1
    sent = _strip_tail(text[p + 1: k + 1])
    if not sent:
        return None
    cs = _clauses(sent)
    if text[k] in "：:" or (j >= 0 and text[j] in "：:"):
        return _from_clause(sent, cs, len(cs) - 1)
    if roster.search(sent):  # "…参加会议", "…列席会议": a roster introduces nothing
        return None
    m = _SPEAKER_SENT.match(sent)
    if m:
        sent = _strip_tail(sent[m.end():])
        cs = _clauses(sent)
    if not cs:
        return None
    # "本次会议对…进行了研究部署，要切实抓好执行和落实": the 要-clause is the directive
    for idx in range(1, len(cs)):
        if sent[cs[idx]:].lstrip().startswith("要") and cs[idx] > 8:
            return _from_clause(sent, cs, idx)
    for idx in range(len(cs) - 1, 0, -1):
        if _CUE.search(sent[cs[idx]:]):
            return _from_clause(sent, cs, idx)
    if len(sent) > 60:
        return _from_clause(sent, cs, len(cs) - 1)
    return sent


_COUNT = re.compile(
    rf"(?<![{CN_NUM}两第\d])([{CN_NUM}两]{{1,3}}|\d{{1,2}})\s*"
    r"(个|项|点|条|大|类|种|件|句话|方面|部分|重点|要求|方向|任务|措施|举措|建议|意见|原则|特点)"
)
_QUOTED = re.compile(r"[“\"「『][^”\"」』]*[”\"」』]")


def declared_count(heading: str | None) -> int | None:
    """The number of items a heading announces: "六个方面" → 6, "4点要求" → 4; None if none."""
    if not heading:
        return None
    h = _QUOTED.sub(lambda m: "□" * len(m.group()), heading)
    for m in _COUNT.finditer(h):
        n = cn_to_int(m.group(1).replace("两", "二"))
        if n is None or not 2 <= n <= 30:
            continue
        if m.group(2) == "大" and (n > 10 or h[m.start() - 1: m.start()] in ("共", "党", "的")):  # 中共六大, 十八大
            continue
        return n
    return None


def _bounded(s: str, limit: int) -> str:
    """A stored text of at most `limit` characters: a 3 MB report with one huge item stays small."""
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _lead(text: str, start: int, end: int) -> str:
    s = text[start:end]
    s = s.lstrip(" \t，,、：:")
    m = _LEAD_END.search(s)
    lead = s[: m.start()] if m else s
    return lead.split("\n", 1)[0].strip()


def find_priority_lists(text: str, sents: Sentences, cues: PriorityCues | None = None) -> list[PriorityList]:
    """All numbered lists in `text`, parents before children.

    `PriorityList.meeting` is 0 (the report's first meeting) when the text speaks of a meeting, else None.
    `cues`: those of the caller's construction table (the shipped table's without one).
    """
    cues = cues or _default_cues()
    meeting = 0 if cues.meeting.search(text) else None
    lists = _chain(_markers(text))
    lists.sort(key=lambda lst: lst.markers[0].start)
    # a list whose markers all lie inside one item of an earlier list (another family) is that item's child;
    # its items may not run past that item
    for idx, lst in enumerate(lists):
        limit = len(text)
        first, last = lst.markers[0].start, lst.markers[-1].start
        for pidx in range(idx - 1, -1, -1):
            par = lists[pidx]
            if par.family == lst.family:
                continue
            k = next((k for k, pm in enumerate(par.markers) if pm.end <= first < par.ends[k]), None)
            if k is not None and last < par.ends[k]:
                lst.parent = (pidx, par.markers[k].n)
                limit = par.ends[k]
                break
        lst.ends = _item_ends(text, lst, limit)
    out: list[PriorityList] = []
    for lst in lists:
        floor = 0
        if lst.parent is not None:
            par = lists[lst.parent[0]]
            pm = next(m for m in par.markers if m.n == lst.parent[1])
            floor = pm.end
        heading = _heading(text, lst.markers[0].start, floor, cues.roster)
        items = []
        for mk, end in zip(lst.markers, lst.ends, strict=True):
            body_end = end
            while body_end > mk.end and text[body_end - 1] in " \t\n，,；;、":  # separators before the next item
                body_end -= 1
            items.append(
                PriorityItem(
                    n=mk.n,
                    lead=_bounded(_lead(text, mk.end, body_end), MAX_LEAD),
                    text=_bounded(text[mk.end:body_end].strip(), MAX_TEXT),
                    marker=mk.text,
                    evidence=sents.evidence(mk.start, body_end),
                )
            )
        out.append(
            PriorityList(
                heading=heading,
                declared_count=declared_count(heading),
                style=lst.family,
                items=items,
                parent=lst.parent,
                meeting=meeting,
            )
        )
    return out
