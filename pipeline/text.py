"""Character-level helpers shared by the extraction components: sentences and evidence."""

from __future__ import annotations

import bisect
import re

from huiyi.records import Evidence


def occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    """(start, end) of the non-overlapping occurrences of sub, like re.finditer(re.escape(sub)) without compiling
    a pattern per name (names are new strings in every report: the re cache cannot help)."""
    out, i, n = [], text.find(sub), len(sub)
    while i >= 0 and n:
        out.append((i, i + n))
        i = text.find(sub, i + n)
    return out


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
        s, e = self.sentence(start)
        e = max(e, min(end, len(self.text)))
        return Evidence(start=start, end=end, sentence=self.text[s:e].strip())
