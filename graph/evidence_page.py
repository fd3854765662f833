"""`huiyi show`: one offline page per report, its text with every extracted fact marked in place.

This is where a user checks a fact before quoting it: the report text (ReportRecord.text, which every
evidence offset points into) drawn by spaCy's displaCy span renderer (`style="span"`, `manual=True`),
one underline per fact, labelled, stacked where facts overlap; below it, the facts as a table.

Facts marked (`record_facts`): people (first mention), titles, organisations, meetings (name and the date
as written), roles (presided / reported / spoke / attended: the evidence phrase), adopted documents,
numbered priority items ("ITEM 2.3": list 2, item 3) and slogans. A fact that runs over a line break is
marked on each line it covers.

The page is one self-contained file (inline CSS, no script, nothing fetched). `report_page_filename`
names it, so other pages (the graph page) can link to `<out>/reports/<report_page_filename(id)>`.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.displacy.render import SpanRenderer
from spacy.displacy.templates import TPL_SPANS

from huiyi.records import ReportRecord

COLORS = {
    "PERSON": "#7aecec", "TITLE": "#bfeeb7", "ORG": "#feca74", "MEETING": "#ff9561", "DATE": "#bfe1d9",
    "PRESIDED": "#aa9cfc", "REPORTED": "#c887fb", "SPOKE": "#e4e7d2", "ATTENDED": "#c7c7c7",
    "ADOPTED": "#f0b8d8", "ITEM": "#ffeb80", "SLOGAN": "#9cc9cc",
}
ROLE_LABELS = {"presided": "PRESIDED", "reported": "REPORTED", "spoke": "SPOKE", "attended": "ATTENDED"}

# displaCy's span templates without the whitespace around {text}: Chinese has no spaces between words
_TEMPLATE = {
    "span": '<span class="hy-t" style="font-weight: bold; display: inline-block; position: relative; '
            'height: {total_height}px;">{text}{span_slices}{span_starts}</span>',
    "slice": '<span class="hy-slice" style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; '
             'width: calc(100% + 2px); position: absolute;"></span>',
    "start": '<span class="hy-start" style="background: {bg}; top: {top_offset}px; height: 4px; '
             'border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); '
             'position: absolute;"><span class="hy-label" style="background: {bg}; z-index: 10; color: #000; '
             'top: -0.5em; padding: 2px 3px; position: absolute; font-size: 0.6em; font-weight: bold; '
             'line-height: 1; border-radius: 3px; white-space: nowrap">{label}{kb_link}</span></span>',
}


@dataclass(frozen=True)
class Fact:
    start: int
    end: int
    label: str  # COLORS key, or "ITEM l.n"
    detail: str  # what was extracted, in words


def report_page_filename(report_id: str) -> str:
    """The page's file name: the id itself when it is a plain ASCII name, else an ASCII slug + a hash
    (ids may hold `/`, `:` or Chinese); stable, so links can be made without reading the page."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", report_id) and not report_id.endswith("."):
        return f"{report_id}.html"
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", report_id).strip("._-")[:60]
    digest = hashlib.sha256(report_id.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}.html" if slug else f"report-{digest}.html"


def _date_offsets(text: str, date_text: str | None, near: int) -> tuple[int, int] | None:
    """Where the meeting's date as written stands: the occurrence nearest the meeting's mention."""
    if not date_text:
        return None
    hits = [m.start() for m in re.finditer(re.escape(date_text), text)]
    if not hits:
        return None
    at = min(hits, key=lambda i: (abs(i - near), i))
    return at, at + len(date_text)


def record_facts(rec: ReportRecord) -> list[Fact]:
    """Every fact of a record with its [start, end) in rec.text, in reading order."""
    facts: list[Fact] = []
    for p in rec.people:
        facts.append(Fact(p.evidence.start, p.evidence.end, "PERSON", p.name))
        for t in p.titles:
            facts.append(Fact(t.evidence.start, t.evidence.end, "TITLE", f"{p.name}: {t.title}"))
    for o in rec.organizations:
        facts.append(Fact(o.evidence.start, o.evidence.end, "ORG", o.full_name or o.name))
    for m in rec.meetings:
        aliases = f" (also {', '.join(m.aliases)})" if m.aliases else ""
        facts.append(Fact(m.evidence.start, m.evidence.end, "MEETING", m.name + aliases))
        d = m.date
        span = _date_offsets(rec.text, d.text, m.evidence.start)
        if span:
            when = "-".join(f"{x:02d}" if x else "??" for x in (d.year, d.month, d.day))
            facts.append(Fact(*span, "DATE", f"{m.name}: {when}"))
        for role, label in ROLE_LABELS.items():
            for r in getattr(m, role):
                detail = r.who + (f" — {r.what}" if r.what else "") + (
                    f" (on behalf of {r.on_behalf_of})" if r.on_behalf_of else "")
                facts.append(Fact(r.evidence.start, r.evidence.end, label, detail))
        for doc in m.adopted:
            facts.append(Fact(doc.evidence.start, doc.evidence.end, "ADOPTED", doc.name))
    for i, pl in enumerate(rec.priority_lists, 1):
        for it in pl.items:
            facts.append(Fact(it.evidence.start, it.evidence.end, f"ITEM {i}.{it.n}",
                              f"{pl.heading or '(no heading)'} — {it.n}. {it.lead}"))
    for s in rec.slogans:
        facts.append(Fact(s.evidence.start, s.evidence.end, "SLOGAN", s.text + (f" ×{s.count}" if s.count > 1 else "")))
    n = len(rec.text)
    facts = [f for f in facts if 0 <= f.start < f.end <= n]
    return sorted(facts, key=lambda f: (f.start, -f.end, f.label))


def line_pieces(text: str, facts: list[Fact]) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Per line of text: (line start, line end, [(start, end, label) of the facts' parts on it]).
    Each fact goes to the lines it overlaps, found by bisection: linear in lines + facts, not their product."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        bounds.append((pos, pos + len(line)))
        pos += len(line) + 1
    starts = [lo for lo, _ in bounds]
    parts: list[list[tuple[int, int, str]]] = [[] for _ in bounds]
    for f in facts:
        k = max(0, bisect.bisect_right(starts, f.start) - 1)
        while k < len(bounds) and bounds[k][0] < f.end:
            lo, hi = bounds[k]
            a, b = max(f.start, lo), min(f.end, hi)
            if a < b:
                parts[k].append((a, b, f.label))
            k += 1
    return [(lo, hi, ps) for (lo, hi), ps in zip(bounds, parts, strict=True)]


def _sentinel(text: str) -> str:
    """A private-use character absent from the text: marks the space displaCy adds after unmarked tokens."""
    return next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in text)


# displaCy's span renderer compares every token with every span of a call: quadratic on a 10,000-name line. A
# line is therefore rendered in segments of about this many characters, cut where no fact is marked, each segment
# one displaCy call; their markup goes into one displaCy block, so the line looks the same.
_SEGMENT = 120
_BLOCK_HEAD, _BLOCK_TAIL = TPL_SPANS.strip().split("{content}")
_BLOCK_HEAD = _BLOCK_HEAD.format(dir="ltr")


def _render_line(renderer: SpanRenderer, text: str, lo: int, hi: int, parts: list[tuple[int, int, str]],
                 mark: str) -> str:
    """One line through displacy: marked characters are single tokens (so long facts wrap), the unmarked
    runs between them one token each."""
    covered = [False] * (hi - lo)
    for s, e, _ in parts:
        for i in range(s - lo, e - lo):
            covered[i] = True
    cuts = [lo]
    for i in range(hi - lo):
        if not covered[i] and lo + i - cuts[-1] >= _SEGMENT:
            cuts.append(lo + i)
    cuts.append(hi)
    ordered = sorted(parts)
    inner, k = [], 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        mine = []
        while k < len(ordered) and ordered[k][0] < b:
            mine.append(ordered[k])
            k += 1
        inner.append(_render_segment(renderer, text, a, b, mine, covered[a - lo:b - lo], mark))
    return _BLOCK_HEAD + "".join(inner) + _BLOCK_TAIL


def _render_segment(renderer: SpanRenderer, text: str, lo: int, hi: int, parts: list[tuple[int, int, str]],
                    covered: list[bool], mark: str) -> str:
    tokens: list[str] = []
    index: list[int] = []  # token number of each character
    run = ""
    for i, ch in enumerate(text[lo:hi]):
        if covered[i]:
            if run:
                tokens.append(run + mark)
                run = ""
            index.append(len(tokens))
            tokens.append(ch + mark if ch.isspace() else ch)  # displaCy would not mark a blank token
        else:
            index.append(len(tokens))
            run += ch
    if run:
        tokens.append(run + mark)
    spans = [{"start_token": index[s - lo], "end_token": index[e - 1 - lo] + 1, "label": label}
             for s, e, label in parts]
    markup = renderer.render_spans(tokens, spans, title=None).strip()
    if not (markup.startswith(_BLOCK_HEAD) and markup.endswith(_BLOCK_TAIL)):
        raise RuntimeError("displaCy's span markup changed: update graph/evidence_page.py")
    return markup[len(_BLOCK_HEAD):len(markup) - len(_BLOCK_TAIL)].replace(mark + " ", "").replace(mark, "")


def _renderer(facts: list[Fact]) -> SpanRenderer:
    """displaCy's span renderer for one page (displacy.render would build one, and read the colour registry, for
    every segment)."""
    colors = {f.label: COLORS.get(f.label.split(" ")[0], "#ddd") for f in facts}
    return SpanRenderer({"colors": colors, "template": _TEMPLATE})


_CSS = """
body { font: 16px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto;
       max-width: 60rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.4rem; } .meta { color: #555; font-size: .9rem; }
.legend span { display: inline-block; padding: 0 .4em; margin: 0 .3em .3em 0; border-radius: 3px; font-size: .8rem; }
.line { margin: 0 0 .6rem 0; } .line .spans { line-height: 2.5 !important; }
table { border-collapse: collapse; font-size: .85rem; margin-top: 2rem; width: 100%; }
td, th { border-bottom: 1px solid #eee; padding: .2rem .4rem; text-align: left; vertical-align: top; }
td.ev { color: #444; }
"""


_STYLE_ATTR = re.compile(r'(?: class="([^"]*)")? style="([^"]*)"')


def _style_classes(markup: str) -> tuple[str, str]:
    """The markup with each inline style (displaCy repeats a few hundred bytes of them on every marked character)
    replaced by a class, and the CSS of those classes: the same page at a fraction of the size."""
    classes: dict[str, str] = {}

    def repl(m: re.Match) -> str:
        name = classes.setdefault(m.group(2), f"s{len(classes)}")
        return f' class="{m.group(1) + " " if m.group(1) else ""}{name}"'

    out = _STYLE_ATTR.sub(repl, markup)
    return out, "".join(f".{name}{{{style}}}" for style, name in classes.items())


def render_report_page(rec: ReportRecord) -> tuple[str, int]:
    """The page's HTML and the number of facts marked."""
    facts = record_facts(rec)
    mark = _sentinel(rec.text)
    renderer = _renderer(facts)
    lines = []
    for lo, hi, parts in line_pieces(rec.text, facts):
        body = _render_line(renderer, rec.text, lo, hi, parts, mark) if hi > lo else ""
        lines.append(f'<div class="line" data-start="{lo}" data-end="{hi}">{body}</div>')
    meta = " · ".join(html.escape(x) for x in (
        f"id {rec.id}", rec.date and f"published {rec.date}", rec.region and f"region {rec.region}",
        rec.source, rec.source_path) if x)
    legend = "".join(f'<span style="background:{c}">{k}</span>' for k, c in COLORS.items())
    rows = "".join(
        f"<tr><td>{html.escape(f.label)}</td><td>{html.escape(f.detail)}</td><td>{f.start}–{f.end}</td>"
        f'<td class="ev">{html.escape(rec.text[f.start:f.end])}</td></tr>' for f in facts)
    title = html.escape(rec.title or rec.id)
    report, classes = _style_classes("".join(lines))
    page = (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title} — huiyi</title><style>{_CSS}{classes}</style></head><body>"
            f'<h1>{title}</h1><p class="meta">{meta}</p><p class="legend">{legend}</p>'
            f'<div id="report">{report}</div>'
            f'<table id="facts"><thead><tr><th>fact</th><th>extracted</th><th>chars</th><th>as written</th></tr>'
            f"</thead><tbody>{rows}</tbody></table></body></html>\n")
    return page, len(facts)


def write_report_page(rec: ReportRecord, path: str | Path) -> int:
    """Write the page (atomically); returns the number of facts marked."""
    from huiyi.graph.store import atomic_write_text

    page, n = render_report_page(rec)
    atomic_write_text(path, page)
    return n


def read_records(path: str | Path) -> Iterator[ReportRecord]:
    """Records from a records.jsonl; a line that is not a record raises ValueError naming it."""
    with Path(path).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield ReportRecord.from_json(line)
                except ValueError as e:
                    raise ValueError(f"{path}:{i}: not a huiyi record ({str(e).splitlines()[0]})") from None
