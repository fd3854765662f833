"""Turn a report as found (HTML, Markdown, page clutter) into plain text.

The cleaned text is the reference for every evidence offset, so cleaning only
removes markup, invisible characters and whitespace; it never rewrites words or
punctuation. Every step is linear in the input length: markup is removed by
explicit scanning (a regex like ``<!--.*?-->`` rescans the rest of the text from
every unclosed ``<!--``, quadratic on hostile pages), and the remaining regexes
have no unbounded part that can be retried from many starting points.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from huiyi.pipeline.lexicon import (
    DECISION_VERBS,
    SURNAMES_1,
    TITLED_RARE_SURNAMES,
    default_constructions,
    load_name_stats,
)

# Zero-width and control characters are dropped before anything else: sprinkled into a name (于\u200b军) they
# hide it from every rule. Vertical tab, form feed and the Unicode line/paragraph separators are line breaks.
# Lone surrogates (a JSON "\ud800") are no text and cannot be written as UTF-8: dropped too.
_INVISIBLE = dict.fromkeys(
    [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0), 0xAD,
     0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065), *range(0x2066, 0x2070), 0xFEFF,
     *range(0xD800, 0xE000)],
)
_INVISIBLE.update(dict.fromkeys([0x0B, 0x0C, 0x85, 0x2028, 0x2029], "\n"))
# markup: the start of a construct is found by a bounded pattern, its end by str.find / a bounded search
_SCRIPT_OPEN = re.compile(r"<(?:(?P<script>script)|(?P<style>style))\b", re.I)
_SCRIPT_CLOSE = {"script": re.compile(r"</script\s*+>", re.I), "style": re.compile(r"</style\s*+>", re.I)}
_BLOCK_OPEN = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|html|head|title|body|header|footer|nav|main"
    r"|blockquote|pre|hr|dl|dt|dd|figure|figcaption)\b",
    re.I,
)
_TAG = re.compile(r"</?[A-Za-z][^<>]*+>")
_DECLARATION = re.compile(r"<![A-Za-z][^<>]*+>")  # <!DOCTYPE html>, once the tags are gone
# a character reference beyond U+10FFFF is U+FFFD for html.unescape, which would first int() all its digits
# (ValueError past 4,300 of them)
_HUGE_CHARREF = re.compile(r"&#(?:0*+[0-9]{8,}|[xX]0*+[0-9a-fA-F]{7,});?")
_MD_HEAD = re.compile(r"^[^\S\n]*+#{1,6}\s+", re.M)
_MD_BOLD = re.compile(r"\*\*")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002\u2003]+")
# one space inside a two-character label is layout ("出 席：", "时 间："), not content (but 郦宏 图：贲某 is a name
# and the next label)
_CJK_GAP = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) (?=[\u4e00-\u9fff][:：])")
# …nor is one inside a two-character name padded to the width of three in a roster ("出席：王 明、李爱民")
_NAME_PAD = re.compile(r"(?:(?<=[、，,：:；;（(])|(?<=^))([\u4e00-\u9fff]) (?=[\u4e00-\u9fff](?:[、，,。；;）)\s]|$))")
# …nor one inside a two-character name padded the same way right after its title ("院长卫 东，", "主席赵 明主持"):
# a surname right after a whole title head, the space, then the given name (see _title_pads)
_PAD_CANDIDATE = re.compile(r"([\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
# …nor one beside the dot of a transliterated name (恩科萨扎娜· 德拉米尼-祖马)
_DOT_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) ?[·•] ?(?=[\u4e00-\u9fff])")
# ASCII punctuation written in Chinese text (most newer pages: "会议指出,要…"), made full-width where it touches
# a CJK character, so every rule reads one set of clause breaks. One character for one: offsets do not move.
# Numbers, times and Latin text keep theirs (1,000  10:30  (ABC)).
# A pair of parentheses changes together: when it touches CJK on either side or holds some.
_ASCII_PUNCT = re.compile(r"(?<=[\u4e00-\u9fff])[,;:?!]|[,;:?!](?=[\u4e00-\u9fff])")
_FULL_WIDTH = str.maketrans(",;:?!", "，；：？！")
_ASCII_PARENS = re.compile(r"(?<=[\u4e00-\u9fff])\(([^()\n]{0,200})\)|\(([^()\n]{0,200})\)(?=[\u4e00-\u9fff])"
                           r"|\(([^()\n\u4e00-\u9fff]{0,200}[\u4e00-\u9fff][^()\n]{0,200})\)")
# site navigation around the article ("下一篇:郭树清强调:…"): other articles' headlines, dropped
_NAV_LINE = re.compile(r"(?:上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|推荐阅读|延伸阅读)\s*[:：]")


def strip_invisible(text: str) -> str:
    """Drop zero-width, bidi and control characters and lone surrogates (tab and newline stay); other line
    breaks become "\\n"."""
    return text.translate(_INVISIBLE)


def _strip_comments(text: str) -> str:
    """Remove ``<!-- … -->``. Once a ``<!--`` has no ``-->`` after it, no later one has: stop there."""
    out, pos = [], 0
    while (i := text.find("<!--", pos)) >= 0:
        j = text.find("-->", i + 4)
        if j < 0:
            break
        out.append(text[pos:i])
        pos = j + 3
    out.append(text[pos:])
    return "".join(out)


def _strip_scripts(text: str) -> str:
    """Remove ``<script …>…</script>`` and ``<style>…</style>`` (case-insensitive). A kind without a closing
    tag after one opening has none after any later opening either: that kind is not searched for again."""
    out, pos, search = [], 0, 0
    closed_out: set[str] = set()
    while (m := _SCRIPT_OPEN.search(text, search)) is not None:
        kind = "script" if m.group("script") else "style"
        c = None if kind in closed_out else _SCRIPT_CLOSE[kind].search(text, m.end())
        if c is None:
            closed_out.add(kind)
            search = m.end()
            continue
        out.append(text[pos:m.start()])
        pos = search = c.end()
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _pad_knowledge() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """The title heads by their last character, and the one-character surnames (the construction table and the
    name statistics the people finder reads)."""
    heads: dict[str, list[str]] = {}
    t = default_constructions()
    # (…or a word for a member: 外卖骑手高 鹏, 青年王 强; or a group's label: 县领导梁 勇、…; or a decision's verb:
    # 选举黄 凯为…, 增选朱 琦、…)
    for h in (*t["title_heads"], *t["descriptor_labels"], *t["group_labels"], *DECISION_VERBS):
        heads.setdefault(h[-1], []).append(h)
    surnames = frozenset(s for s in (*load_name_stats().surname, *SURNAMES_1, *TITLED_RARE_SURNAMES) if len(s) == 1)
    return {k: tuple(v) for k, v in heads.items()}, surnames


def _title_pads(line: str) -> str:
    """Close the space of a two-character name padded right after its title, a separator or a sentence's end
    (主席团成员赵 明、亓 丽在主席台就座 → 赵明, 亓丽; 记者 王 芳; 。杨 帆宣读了…; …组长）程 斌; 以及王 敏): the
    character before the space is a surname, and a whole title head (and a space), a separator or the line's start
    comes right before it. A spaced roster keeps its spaces (副院长 王芳 李建国: no surname after the head; 李长江 王芳:
    李长 ends in no head)."""
    if " " not in line:
        return line
    heads, surnames = _pad_knowledge()
    out, last = [], 0
    for m in _PAD_CANDIDATE.finditer(line):
        i = m.start()
        if line[i] not in surnames or i == last and out:
            continue  # (not the given name just joined: 王 芳 赵 明 → 王芳 赵明)
        k = i - 1 if i and line[i - 1] == " " else i  # (a byline's or roster's space after the title: 记者 王 芳)
        # (…or an item of a spaced list, after another name: （记者 马某某 王 磊）, 作者：林某某 吴 迪 发布时间)
        spaced_item = k < i and line[i + 3 : i + 4] in ("", " ", "）", ")")
        # (…or after 的 as a list's item: 、泽国村的陈 丹、)
        of_item = line[k - 1 : k] == "的" and line[i + 3 : i + 4] in ("、", "，", ",", "。", "；", "和", "及")
        if k == 0 or spaced_item or of_item or line[k - 1] in "、，,：:；;。！？（()）及" or any(line.startswith(h, k - len(h))
                                                                           for h in heads.get(line[k - 1], ())):
            out.append(line[last : i + 1])
            last = i + 2
    out.append(line[last:])
    return "".join(out)


def _blocks_to_newlines(text: str) -> str:
    """Each block-level tag (``<p …>``, ``</div>``…) becomes a line break; it ends at the next ``>``."""
    out, pos = [], 0
    while (m := _BLOCK_OPEN.search(text, pos)) is not None:
        j = text.find(">", m.end())
        if j < 0:  # no ">" left: no later tag can end either
            break
        out.append(text[pos:m.start()])
        out.append("\n")
        pos = j + 1
    out.append(text[pos:])
    return "".join(out)


def clean_text(raw: str) -> str:
    text = strip_invisible(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if "<" in text:
        text = _strip_comments(text)
        text = _strip_scripts(text)
        text = _blocks_to_newlines(text)
        text = _DECLARATION.sub("", _TAG.sub("", text))
    text = strip_invisible(html.unescape(_HUGE_CHARREF.sub("\ufffd", text)))  # &#8203; and friends are invisible too
    text = _MD_HEAD.sub("", text)
    text = _MD_BOLD.sub("", text)
    lines = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        line = _CJK_GAP.sub(r"\1", line)
        line = _NAME_PAD.sub(r"\1", line)
        line = _title_pads(line)
        line = _DOT_GAP.sub("·", line)
        line = _ASCII_PUNCT.sub(lambda m: m.group().translate(_FULL_WIDTH), line)
        line = _ASCII_PARENS.sub(lambda m: "（" + m.group()[1:-1] + "）", line)
        if line and not _NAV_LINE.match(line):
            lines.append(line)
    return strip_footer("\n".join(lines))


# page footer clutter, one whole line each: editor credits, copyright and licence lines
_FOOTER_LINE = re.compile(
    r"^(?:【我要纠错】\s*)?[（(\[【]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|监制|值班编辑|网络编辑)\s*[:：]\s*[^，。；！？]{0,24}[）)\]】]?$"
    r"|^(?!.*[，。；！？])(?:.{0,40})(?:版权所有|Copyright\s*©?|©\s*\d{4}|All\s+Rights\s+Reserved|ICP备|ICP证|公网安备).{0,60}$",
    re.I,
)


def strip_footer(text: str) -> str:
    """Drop footer lines (责任编辑：…, 版权所有 …, ICP备…) that pages carry after the article: they name
    editors, not participants."""
    return "\n".join(line for line in text.split("\n") if not _FOOTER_LINE.match(line))
