"""Character-level helpers shared by the extraction components: sentences and evidence."""

from __future__ import annotations

import bisect
import re
import threading

from huiyi.records import Evidence

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


# A sentence ends at 。！？；!? (ASCII ;? too) or a line break; closing quotes stay with it.
_SENT_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n")


class Sentences:
    """Sentence boundaries of one cleaned text, with lookup by character offset."""

    def __init__(self, text: str):
        self.text = text
        spans: list[tuple[int, int]] = []
        start = 0
        for m in _SENT_END.finditer(text):
            end = m.end() if m.group() != "\n" else m.start()
            if text[start:end].strip():
                spans.append((start, end))
            start = m.end()
        if text[start:].strip():
            spans.append((start, len(text)))
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence(self, offset: int) -> tuple[int, int]:
        return self.spans[self.index(offset)] if self.spans else (0, len(self.text))

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the fact at [start, end): its sentence, or when that is longer than EVIDENCE_MAX
        characters (a 10,000-name list is one sentence) a window of the sentence around the fact; so every
        fact's evidence is bounded and output grows linearly with the input."""
        s, e = self.sentence(start)
        e = max(e, min(end, len(self.text)))
        if e - s > EVIDENCE_MAX:
            s, e = evidence_window(s, e, start, end)
        # built without validation: the hot path of a long list (one per fact), and the fields are ours
        return Evidence.model_construct(start=start, end=end, sentence=self.text[s:e].strip())


EVIDENCE_MAX = 200  # characters of an evidence text
EVIDENCE_CONTEXT = 40  # characters kept on each side of a fact when its sentence is longer than EVIDENCE_MAX


def evidence_window(s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The part of [s, e) quoted for a fact at [start, end): the fact with up to EVIDENCE_CONTEXT characters on
    each side; a fact too long for that is quoted from its beginning, EVIDENCE_MAX characters at most."""
    start = min(max(start, s), e)
    if end - start > EVIDENCE_MAX - 2 * EVIDENCE_CONTEXT:
        return start, min(e, start + EVIDENCE_MAX)
    return max(s, start - EVIDENCE_CONTEXT), min(e, end + EVIDENCE_CONTEXT)


def truncate(text: str, limit: int = EVIDENCE_MAX, ellipsis: str = "…") -> str:
    """`text` cut to at most `limit` characters, the cut marked with `ellipsis` (for labels and tooltips)."""
    return text if len(text) <= limit else text[: max(0, limit - len(ellipsis))] + ellipsis
