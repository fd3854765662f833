"""Doc → ReportRecord: collect what the components found, resolve dates and region."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from huiyi.pipeline.components import doc_text
from huiyi.pipeline.dates import published_in_text, resolve_date
from huiyi.pipeline.reader import Report
from huiyi.pipeline.records import ReportError, ReportRecord
from spacy.language import Language
from spacy.tokens import Doc


def doc_to_record(doc: Doc, report: Report) -> ReportRecord:
    meetings = doc._.meetings or []
    text = doc_text(doc)
    published = report.date or published_in_text(text)  # the input's date, else the page's own 发布日期
    for m in meetings:
        m.date = resolve_date(m.date, published, text)
    return ReportRecord(
        id=report.id,
        source_path=report.source_path,
        title=report.title,
        date=published,
        source=report.source,
        region=doc._.region,  # decided by the region step (huiyi_region), which full organisation names use
        text=text,
        people=doc._.people or [],
        organizations=doc._.organizations or [],
        meetings=meetings,
        priority_lists=doc._.priority_lists or [],
        slogans=doc._.slogans or [],
    )


def extract(nlp: Language, reports: Iterable[Report | ReportError],
            batch_size: int = 32) -> Iterator[ReportRecord | ReportError]:
    """Run the pipeline over reports; errors pass through, a failing report becomes an error."""
    pending: list[Report] = []

    def flush() -> Iterator[ReportRecord | ReportError]:
        try:
            docs = list(nlp.pipe((r.text for r in pending), batch_size=batch_size))
        except Exception:
            docs = None
        for i, r in enumerate(pending):
            try:
                doc = docs[i] if docs is not None else nlp(r.text)
                yield doc_to_record(doc, r)
            except Exception as e:  # one bad report never loses the others
                yield ReportError(file=r.source_path or r.id, id=r.id, reason=f"extraction failed: {e!r}")
        pending.clear()

    for item in reports:
        if isinstance(item, ReportError):
            yield item
            continue
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()
