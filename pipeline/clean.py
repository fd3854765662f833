"""Turn a report as found (HTML, Markdown, page clutter) into plain text.

The cleaned text is the reference for every evidence offset, so cleaning only
removes markup and whitespace; it never rewrites words or punctuation.
"""

from __future__ import annotations

import html
import re

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|html|head|title|body|header|footer|nav|main"
    r"|blockquote|pre|hr|dl|dt|dd|figure|figcaption)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_MD_HEAD = re.compile(r"^\s*#{1,6}\s+", re.M)
_MD_BOLD = re.compile(r"\*\*")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u200b\ufeff]+")
# one space between two CJK characters is layout ("出 席", "时 间"), not content
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff][:：])")
# site navigation around the article ("下一篇:郭树清强调:…"): other articles' headlines, dropped
_NAV_LINE = re.compile(r"(?:上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|推荐阅读|延伸阅读)\s*[:：]")


def clean_text(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _COMMENT.sub("", text)
        text = _SCRIPT.sub("", text)
        text = _BLOCK.sub("\n", text)
        text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _MD_HEAD.sub("", text)
    text = _MD_BOLD.sub("", text)
    lines = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        line = _CJK_GAP.sub("", line)
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
