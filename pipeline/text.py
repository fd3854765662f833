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
        """Evidence for the fact at [start, end): its sentence, or when that is longer than EVIDENCE_MAX
        characters (a 10,000-name list is one sentence) a window of the sentence around the fact; so every
        fact's evidence is bounded and output grows linearly with the input."""
        s, e = self.sentence(start)
        e = max(e, min(end, len(self.text)))
        if e - s > EVIDENCE_MAX:
            s, e = evidence_window(s, e, start, end)
        return Evidence(start=start, end=end, sentence=self.text[s:e].strip())


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
