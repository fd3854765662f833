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
_META = re.compile(r"<meta\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_TIME = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']?([^\"'\s>]+)", re.I)
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
    if title is None and (m := _TITLE.search(head)):
        title = " ".join(html.unescape(re.sub(r"<[^>]+>", "", m[1])).split()) or None
    return HtmlMeta(title=title, date=date)
