"""Title and publication date of an HTML page, from its <head>: what a saved news or government page
says about itself, so a folder of .html files gets dates (meeting years) without a --date.

Sources, first found wins:
- date: <meta> article:published_time, og:published_time, og:release_date, pubdate, publishdate, PubDate,
  publish-date, publication_date, date, DC.date(.issued), dcterms.issued/created, sailthru.date,
  parsely-pub-date, itemprop=datePublished; then the first <time datetime>.
- title: og:title / twitter:title <meta>, else <title>. Site names after " - ", "_", "|" are kept: a title
  is shown as written.
Only a value that starts with a real calendar date (2020-07-31, 2020/7/31, 20200731, 2020年7月31日) is taken.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

DATE_FIELDS = (
    "article:published_time", "og:published_time", "og:release_date", "pubdate", "publishdate",
    "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "datepublished",
)
TITLE_FIELDS = ("og:title", "twitter:title")

_HEAD_LIMIT = 200_000  # metadata lives in <head>: never scan a whole large page
# Every pattern is linear on any head: a tag's attributes stop at the next "<" (so two attempts never scan the
# same characters) and run 10,000 characters at most; a quoted value runs 2,000 at most (an unclosed quote does
# not send every later attribute to the end of the tag).
_META = re.compile(r"<meta\b([^<>]{0,10000})>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]{0,2000})"|'([^']{0,2000})'|([^\s"'>]+))""")
_TITLE_OPEN = re.compile(r"<title\b[^<>]{0,10000}>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)
_TAGS = re.compile(r"<[^<>]+>")
_TIME = re.compile(r"<time\b[^<>]{0,10000}?\bdatetime\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_DATE = re.compile(r"\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|(\d{2})(\d{2})(?!\d))")


@dataclass(frozen=True)
class HtmlMeta:
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd


def parse_date(value: str) -> str | None:
    """The calendar date a metadata value starts with, as yyyy-mm-dd; None if it is not one."""
    m = _DATE.match(value or "")
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2] or m[4]), int(m[3] or m[5])
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _attrs(tag: str) -> dict[str, str]:
    return {k.lower(): html.unescape(a or b or c) for k, a, b, c in _ATTR.findall(tag)}


def html_meta(raw: str) -> HtmlMeta:
    """Title and publication date from a page's <meta> fields, <title> and <time datetime>."""
    head = raw[:_HEAD_LIMIT]
    metas: dict[str, str] = {}
    for tag in _META.findall(head):
        a = _attrs(tag)
        key = (a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or "").lower()
        if key and a.get("content", "").strip() and key not in metas:
            metas[key] = a["content"].strip()
    date = next((d for f in DATE_FIELDS if (d := parse_date(metas.get(f, ""))) is not None), None)
    if date is None:
        date = next((d for v in _TIME.findall(head) if (d := parse_date(v)) is not None), None)
    title = next((" ".join(metas[f].split()) for f in TITLE_FIELDS if metas.get(f)), None)
    if title is None:
        title = _title_element(head)
    return HtmlMeta(title=title, date=date)


def _title_element(head: str) -> str | None:
    """The text of the first <title>…</title> (tags inside removed); None without one. Found by two searches,
    not one lazy pattern: an unclosed <title> repeated would make that retry from every opening."""
    opening = _TITLE_OPEN.search(head)
    if opening is None:
        return None
    closing = _TITLE_CLOSE.search(head, opening.end())
    if closing is None:  # no closing after the first opening: none after any later one either
        return None
    return " ".join(html.unescape(_TAGS.sub("", head[opening.end():closing.start()])).split()) or None
