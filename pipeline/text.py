"""Character-level helpers shared by the extraction components: sentences and evidence."""

from __future__ import annotations

import threading

# the evidence rule (a fact's sentence, or a bounded window of it) is part of the record schema: a record is
# stored with offsets only and its sentences are derived again on reading (huiyi.pipeline.records)
from huiyi.pipeline.records import EVIDENCE_CONTEXT, EVIDENCE_MAX, Sentences, evidence_window

__all__ = ["EVIDENCE_CONTEXT", "EVIDENCE_MAX", "Sentences", "cn_to_int", "evidence_window", "occurrences", "truncate"]

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_to_int(s: str) -> int | None:
    """A numeral as written: '三' → 3, '十二' → 12, '二十三' → 23, '一百零八' → 108, '4' → 4; None for anything
    else (a bare 百, 二二, 十十)."""
    s = s.translate(_FULLWIDTH)
    if s.isdigit():
        return int(s)
    if not s or s[0] == "百" or any(c not in _DIGITS and c not in _UNITS for c in s):
        return None
    total, cur, last_unit = 0, None, 1000
    for c in s:
        if c in _DIGITS:
            if cur not in (None, 0):
                return None  # two digits in a row
            cur = _DIGITS[c]
        else:
            unit = _UNITS[c]
            if unit >= last_unit:
                return None
            total += (1 if cur is None else cur) * unit
            cur, last_unit = None, unit
    return total + (cur or 0)


def occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    """(start, end) of the non-overlapping occurrences of sub, like re.finditer(re.escape(sub)) without compiling
    a pattern per name (names are new strings in every report: the re cache cannot help).

    Each call scans the whole text, and callers ask for every name found: on a long text with thousands of
    names that is quadratic (a 10,000-name list). So once the calls on one text have scanned INDEX_AFTER
    characters in all, the text's character pairs are indexed and a lookup only visits the places where
    sub's first two characters occur (same result)."""
    n = len(sub)
    if not n:
        return []
    idx = _bigram_index(text) if n >= 2 else None
    if idx is None:
        out, i = [], text.find(sub)
        while i >= 0:
            out.append((i, i + n))
            i = text.find(sub, i + n)
        return out
    keys, order = idx
    key = ord(sub[0]) * _PLANE + ord(sub[1])
    lo, hi = keys.searchsorted(key, "left"), keys.searchsorted(key, "right")
    out, last = [], 0
    for i in order[lo:hi].tolist():  # ascending: a stable sort keeps text order within a key
        if i >= last and text.startswith(sub, i):
            out.append((i, i + n))
            last = i + n
    return out


INDEX_AFTER = 4_000_000  # characters scanned by occurrences() on one text before it is indexed
_PLANE = 0x110000


class _IndexCache(threading.local):
    """The last text occurrences() was asked about (per thread), how much of it was scanned, its index."""

    text: str | None = None
    scanned = 0
    index = None


_CACHE = _IndexCache()


def _bigram_index(text: str):
    """(sorted character-pair keys, their start offsets) of `text` once it has been scanned INDEX_AFTER
    characters' worth, else None (a short report never pays for the index)."""
    c = _CACHE
    if c.text is not text:
        c.text, c.scanned, c.index = text, 0, None
    if c.index is None:
        c.scanned += len(text)
        if c.scanned <= INDEX_AFTER or len(text) < 2:
            return None
        import numpy as np

        cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
        keys = cp[:-1] * _PLANE + cp[1:]
        order = np.argsort(keys, kind="stable")
        c.index = (keys[order], order)
    return c.index


def truncate(text: str, limit: int = EVIDENCE_MAX, ellipsis: str = "…") -> str:
    """`text` cut to at most `limit` characters, the cut marked with `ellipsis` (for labels and tooltips)."""
    return text if len(text) <= limit else text[: max(0, limit - len(ellipsis))] + ellipsis
