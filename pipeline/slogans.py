"""Numbered policy slogans (六稳, 两个大局, 三大攻坚战, 十四五).

A slogan is a short numbered policy formula. Found by general patterns over the
cleaned text, most of the work done by the first:
  1. a quoted short string led by a numeral ("六稳", "两个维护", "一企一策",
     "十年禁渔", "多规合一"); a quoted series of formulas with the same numeral
     ("双目标、双结合、双引擎") is split, one with different numerals
     ("五统一、一开放") is one compound formula;
  2. numeral + 个 + quoted word: 五个“抓好” → 五个抓好;
  3. five-year plan names 十X五 (十三五, 十四五), quoted or not;
  4. unquoted N大X / N件大事 (三大攻坚战, 两大主题, 三件大事), except plain
     counts (三大部分, 三个方面);
  5. a numeral formula in brackets ((二推一选));
  6. a short supplement of well-known national formulas, for unquoted mentions
     (两个大局, 四个意识, 中央八项规定…).
Event and body names (两会, 两院, 两委), holidays (七一) and common numeral words
(一把手, 一线) are not slogans.
"""

from __future__ import annotations

import re

from huiyi.pipeline.records import Slogan
from huiyi.pipeline.text import Sentences

NUM = "一二两三四五六七八九十百千万双"
_OPEN, _CLOSE = "“\"「『‘", "”\"」』’"
_QUOTED = re.compile(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}\n]{{1,16}})[{_CLOSE}]")
# 五个“抓好”
_COUNTED_QUOTE = re.compile(rf"(?<![{NUM}第\d])([二两三四五六七八九十]个)[{_OPEN}]([\u4e00-\u9fff]{{1,4}})[{_CLOSE}]")
_PLAN_ANY = re.compile(r"十[一二三四五六七八九]五(?=规划|计划|时期|期间|开局|收官|良好开局|发展|[”\"])")
_BIG = re.compile(rf"(?<![{NUM}第\d])([两二三四五六七八九])(大|件大)([\u4e00-\u9fff]{{1,3}}?)"
                  r"(?=[，。；、：！？,.;:!?\s”）)]|的|和|等|$)")
_BRACKETED = re.compile(rf"[（(]([{NUM}][\u4e00-\u9fff][{NUM}][\u4e00-\u9fff])[）)]")
_SPLIT = re.compile(r"[、，,；;/]")

# plain counts: N大部分, N件事… are not slogans
_COUNT_NOUNS = (
    "部分", "方面", "板块", "类", "项", "块", "批", "重点", "要求", "任务", "问题", "措施", "特点", "建议", "领域",
    "环节", "阶段", "方向", "内容", "原则", "优势", "成就", "变化", "转变", "举措", "目标", "事", "会",
)
# numeral words that are ordinary vocabulary, not formulas
_COMMON = ("一把手", "一线", "一流", "一般", "一些", "一切", "一起", "一直", "一定", "一致", "一样", "一次", "一批",
           "一体", "一站式", "一系列", "一方面", "双方", "双向", "万一", "千万", "百姓", "十分", "一刀切", "一阵风",
           "一言堂", "一窝蜂", "一锤子", "一哄而上", "一哄而起", "一手硬", "一条龙", "一盘棋", "一班人", "一锅端",
           "双重", "两难", "两面", "两样", "三番五次", "七嘴八舌", "七上八下", "乱七八糟", "一窍不通")
# event and body names (两会, 两院, 两委, 两高) and holidays (五一, 七一, 十一)
# counts of countries, people, months (八国集团, 四人会晤, 十二月事变), 一 + measure word (一座桥梁, 一个托尼)
_EVENT = re.compile(
    rf"^[{NUM}]{{1,2}}[会院委办高节]$|^[五六七八十]一$|^十一$|^[{NUM}]+[国人月]|^一[个座种位只名条张支套]"
)
# 七上八下, 七下八上: idiom and flood-season term
_SEASON = re.compile(rf"^[{NUM}][上下][{NUM}][上下]$")

# well-known national formulas, for mentions written without quotation marks
KNOWN = (
    "两个大局", "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "五位一体", "两个一百年", "两个毫不动摇",
    "三大攻坚战", "中央八项规定", "三严三实", "三个代表", "三个务必", "四个伟大", "两学一做", "六稳", "六保",
    "两个结合", "三个有利于", "五大发展理念", "一国两制", "九二共识", "四项基本原则", "两不愁三保障", "一带一路",
    "第一议题制度", "三会一课", "八项规定", "一个中国", "四风", "一岗双责", "三重一大", "四下基层",
)


def _is_formula(s: str, quoted: bool = False) -> bool:
    """A short numbered formula: led by a numeral (or 多 with a numeral inside), not a plain count or word.

    Quotation marks make a string a formula even when it reads like a count ("三个转变", "三点").
    """
    s = s.strip()
    if not 2 <= len(s) <= 10 or not re.fullmatch(r"[\u4e00-\u9fff]+", s):
        return False
    if not (s[0] in NUM or (s[0] == "多" and any(c in NUM for c in s[1:]))):
        return False
    if s[0] in "百千万" and len(s) > 1 and s[1] not in NUM:  # 百姓, 千方百计
        return False
    if _EVENT.match(s) or _SEASON.match(s) or any(s.startswith(w) for w in _COMMON):
        return False
    if quoted:
        return True
    m = re.match(rf"^[{NUM}]+(?:个|大|项|点|条|件|种|类)?(.*)$", s)
    rest = m.group(1) if m else s
    return rest not in _COUNT_NOUNS and not (rest == "" and s[-1] in "个项点条件种类")


def _quoted_slogans(inner: str) -> list[str]:
    """The formulas in one quoted string: itself, its parts (same numeral), or nothing."""
    parts = [p.strip() for p in _SPLIT.split(inner) if p.strip()]
    if len(parts) == 1:
        return [inner] if _is_formula(inner, quoted=True) else []
    good = [p for p in parts if _is_formula(p, quoted=True)]
    if len(good) == len(parts) and len({p[0] for p in parts}) > 1 and all(len(p) <= 6 for p in parts):
        return ["、".join(parts)] if len(parts) == 2 else good  # "五统一、一开放": one compound formula
    return good


def find_slogans(text: str, sents: Sentences) -> list[Slogan]:
    hits: dict[str, list[tuple[int, int]]] = {}

    def add(s: str, start: int, end: int) -> None:
        hits.setdefault(s, []).append((start, end))

    quoted_spans: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        for s in _quoted_slogans(inner):
            i = text.find(s, m.start(1), m.end(1))
            add(s, i if i >= 0 else m.start(), (i + len(s)) if i >= 0 else m.end())
        quoted_spans.append((m.start(), m.end()))
    for m in _COUNTED_QUOTE.finditer(text):
        add(m.group(1) + m.group(2), m.start(), m.end())
    for m in _PLAN_ANY.finditer(text):
        add(m.group(), m.start(), m.end())
    for m in _BIG.finditer(text):
        noun = m.group(3)
        if m.group(2) == "件大" and noun != "事":
            continue
        if m.group(2) == "大" and (noun in _COUNT_NOUNS or len(noun) < 2):
            continue
        add(m.group(), m.start(), m.end())
    for m in _BRACKETED.finditer(text):
        if _is_formula(m.group(1)):
            add(m.group(1), m.start(1), m.end(1))
    for k in KNOWN:
        for m in re.finditer(re.escape(k), text):
            add(k, m.start(), m.end())
    # an occurrence inside a longer formula's occurrence ("六稳" in "六稳六保") is not one of its own
    all_spans = [(st, en, s) for s, spans in hits.items() for st, en in spans]
    out = []
    for s, spans in hits.items():
        spans = sorted({(st, en) for st, en in spans
                        if not any(o != s and os <= st and en <= oe and oe - os > en - st for os, oe, o in all_spans)})
        if not spans:
            continue
        first = spans[0]
        # every occurrence of the formula in the text counts, quoted or not
        count = len({st for st, _ in spans})
        if len(s) >= 3:  # a short one ("两年") is also part of ordinary words
            count = max(count, text.count(s))
        out.append((first[0], Slogan(text=s, count=count, evidence=sents.evidence(first[0], first[1]))))
    out.sort(key=lambda x: x[0])
    return [s for _, s in out]
