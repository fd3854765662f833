"""`huiyi show`: one offline page per report, its text with every extracted fact marked in place.

This is where a user checks a fact before quoting it: the report text (ReportRecord.text, which every
evidence offset points into), one coloured underline per fact, labelled at its start, stacked where facts
overlap; below it, the facts as a table.

Facts marked (`record_facts`): people (first mention), titles, organisations, meetings (name and the date
as written), roles (presided / reported / spoke / attended: the evidence phrase), adopted documents,
numbered priority items ("ITEM 2.3": list 2, item 3) and slogans. A fact that runs over a line break is
marked on each line it covers.

Markup in proportion to the text. The page used to be drawn by spaCy's displaCy span renderer, which wraps
every marked character in its own element, with a slice per fact over it: pages were 11x their report (74 KB
for 20 KB of text; 60 MB of pages for 5.4 MB of news). Now each line is cut at every fact boundary and each
marked segment is one element, `<u class="f0 a1" data-f="4 7">李克强</u>`: data-f lists the facts covering it
(rows `f4`, `f7` of the facts table), its classes (kind + level: `a1` is a PERSON at level 1) set the colours
of its underlines, one background layer per level; unmarked text is plain text. A fact's start holds an empty
`<i class=L1 data-l=PERSON>`, whose label CSS draws on the fact's underline (`::before`, `content:
attr(data-l)`), so copying the text copies the report and nothing else. Levels are assigned per line,
greedily: a fact takes the lowest level free at its start and keeps it for its length (and its label's
width); at most `_LEVELS` are drawn, facts deeper still listed in data-f and in the table. The CSS is in
the shared stylesheet for every kind and level; a page says how deep its underlines go (`_Styles`). Linear in text + facts (and their sorting).

A page is static HTML (no script, nothing fetched from the network) that links one local stylesheet written
beside it (STYLESHEET): the CSS once per folder, where inline it was a third of each page.
`report_page_filename` names a page, so other pages (the graph page) can link to
`<out>/reports/<report_page_filename(id)>`.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from huiyi.pipeline.records import ROLES, ReportRecord

COLORS = {
    "PERSON": "#7aecec", "TITLE": "#bfeeb7", "ORG": "#feca74", "MEETING": "#ff9561", "DATE": "#bfe1d9",
    "PRESIDED": "#aa9cfc", "REPORTED": "#c887fb", "SPOKE": "#e4e7d2", "ATTENDED": "#c7c7c7",
    "ADOPTED": "#f0b8d8", "ITEM": "#ffeb80", "SLOGAN": "#9cc9cc",
}
ROLE_LABELS = {role: role.upper() for role in ROLES}  # the page labels of the meeting roles

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
            head = f"{pl.heading or '(no heading)'} — " if it is pl.items[0] else ""  # the heading once
            facts.append(Fact(it.evidence.start, it.evidence.end, f"ITEM {i}.{it.n}", f"{head}{it.n}. {it.lead}"))
    for s in rec.slogans:
        facts.append(Fact(s.evidence.start, s.evidence.end, "SLOGAN", s.text + (f" ×{s.count}" if s.count > 1 else "")))
    n = len(rec.text)
    facts = [f for f in facts if 0 <= f.start < f.end <= n]
    return sorted(facts, key=lambda f: (f.start, -f.end, f.label))


def line_pieces(text: str, facts: list[Fact]) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Per line of text: (line start, line end, [(start, end, label) of the facts' parts on it])."""
    return [(lo, hi, [(a, b, facts[i].label) for a, b, i in parts]) for lo, hi, parts in _line_parts(text, facts)]


def _line_parts(text: str, facts: list[Fact]) -> list[tuple[int, int, list[tuple[int, int, int]]]]:
    """Per line of text: (line start, line end, [(start, end, fact number) of the facts' parts on it], in the
    facts' order, so by start). Each fact goes to the lines it overlaps, found by bisection: linear in lines +
    facts, not their product."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        bounds.append((pos, pos + len(line)))
        pos += len(line) + 1
    starts = [lo for lo, _ in bounds]
    parts: list[list[tuple[int, int, int]]] = [[] for _ in bounds]
    for i, f in enumerate(facts):
        k = max(0, bisect.bisect_right(starts, f.start) - 1)
        while k < len(bounds) and bounds[k][0] < f.end:
            lo, hi = bounds[k]
            a, b = max(f.start, lo), min(f.end, hi)
            if a < b:
                parts[k].append((a, b, i))
            k += 1
    return [(lo, hi, ps) for (lo, hi), ps in zip(bounds, parts, strict=True)]


# geometry of the underlines, in px: the first GAP below the text, one every STEP below it (room for a 12px
# label straddling each), BAR thick; at most LEVELS of them drawn per line
_GAP, _STEP, _BAR, _LEVELS = 1, 14, 3, 8
_AS_WRITTEN = 30  # characters of a fact's text in the table (the page above shows all of it)
_CODES = dict(zip(COLORS, "abcdefghijkl", strict=True))  # class of a fact's underline: kind code + level


def _kind(label: str) -> str:
    return label.split(" ")[0]


def _label_chars(label: str) -> int:
    """How many characters of report text a fact's label spans (10px bold capitals over 16px characters):
    a fact starting under it is put a level lower, so labels do not cover each other."""
    return (len(label) * 7 + 8 + 15) // 16


def _levels(parts: list[tuple[int, int, int]], facts: list[Fact]) -> list[int]:
    """The level of each part of a line (parts by start): the lowest level free at its start, kept for its
    length (and its label's). A heap of busy levels and one of freed levels: n log n."""
    busy: list[tuple[int, int]] = []  # (free from, level)
    free: list[int] = []
    top = 0
    out = []
    for a, b, i in parts:
        while busy and busy[0][0] <= a:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            level = heapq.heappop(free)
        else:
            level, top = top, top + 1
        heapq.heappush(busy, (max(b, a + _label_chars(facts[i].label)), level))
        out.append(level)
    return out


def _attr(value: str) -> str:
    return value if re.fullmatch(r"[A-Za-z0-9_.-]+", value) else f'"{html.escape(value)}"'


class _Styles:
    """The page's CSS, only what its lines use. Every <u> paints one background layer per level the page uses,
    layer k a bar k STEPs below the text in colour `--ck` (transparent unless set); class `<code><k>` sets `--ck`
    to the colour of a kind (`a0`: a PERSON at level 0); a label at level k (`<i class=Lk>`) takes `--ck` of its
    <u> as its background. A segment with bars down to level k > 0 makes room for them on the visual lines it
    is on, and only there: its box is lowered by k STEPs (`vertical-align: var(--d)`, which deepens the line)
    and drawn back up as much (`position: relative; top: var(--d)`), so its text stays on the baseline."""

    def __init__(self) -> None:
        self.bars: set[tuple[str, int]] = set()  # (kind, level)

    def bar(self, label: str, level: int) -> str:
        kind = _kind(label) if _kind(label) in COLORS else ""
        self.bars.add((kind, level))
        return f"{_CODES.get(kind, 'z')}{level}"

    @property
    def depth(self) -> int:
        """How many levels of underlines the page draws (0: no fact)."""
        return max((level for _, level in self.bars), default=-1) + 1


def stylesheet() -> str:
    """The CSS every page links (STYLESHEET, written beside the pages): one rule set per depth of underlines
    (the report's class D<depth>: each <u> paints one background layer per level, layer k a bar k STEPs below
    the text in colour `--ck`), one class per kind and level (`a0`: a PERSON at level 0 sets `--c0`), one label
    position per level. A segment with bars down to level k > 0 makes room for them on the visual lines it is
    on, and only there: its box is lowered by k STEPs (`vertical-align: var(--d)`, which deepens the line) and
    drawn back up as much (`position: relative; top: var(--d)`), so its text stays on the baseline."""
    out = [_CSS]
    for depth in range(1, _LEVELS + 1):
        layers = ",".join(f"linear-gradient(var(--c{k},#0000) 0 0)" for k in range(depth))
        at = ",".join(f"0 {_from_bottom((depth - 1 - k) * _STEP)}" for k in range(depth))
        out.append(f".D{depth} u{{background-image:{layers};background-position:{at};"
                   f"padding-bottom:{_GAP + (depth - 1) * _STEP + _BAR}px}}")
    # by level: a segment's deepest level sets its --d (the last rule wins)
    out += [f".{_CODES.get(kind, 'z')}{level}{{--c{level}:{COLORS.get(kind, '#ddd')}"
            f"{f';--d:-{level * _STEP}px' if level else ''}}}"
            for level in range(_LEVELS) for kind in [*COLORS, ""]]
    out += [f".L{level}::before{{top:calc(100% + {_GAP + level * _STEP - 3}px);background:var(--c{level})}}"
            for level in range(_LEVELS)]
    out += [f".g{_CODES[kind]}{{background:{color}}}" for kind, color in COLORS.items()]  # the legend
    return "\n".join(out) + "\n"


STYLESHEET = "huiyi-evidence.css"  # beside the pages: written once per folder, not into each page


def _from_bottom(px: int) -> str:
    return f"calc(100% - {px}px)" if px else "100%"


def _render_line(text: str, lo: int, hi: int, parts: list[tuple[int, int, int]], facts: list[Fact],
                 styles: _Styles) -> str:
    """One line: cut at every fact boundary; each marked segment one <u> (data-f: the facts covering it), with an
    empty <i data-l=LABEL> for each fact starting there; unmarked text as it is."""
    levels = _levels(parts, facts)
    starting: dict[int, list[tuple[int, int]]] = {}
    ending: dict[int, list[int]] = {}
    for (a, b, i), level in zip(parts, levels, strict=True):
        starting.setdefault(a, []).append((i, level))
        ending.setdefault(b, []).append(i)
    cuts = sorted({lo, hi, *starting, *ending})
    active: dict[int, int] = {}  # fact number: level
    out = []
    for x, y in zip(cuts, cuts[1:], strict=False):
        for i in ending.get(x, ()):
            del active[i]
        new = starting.get(x, [])
        active.update(new)
        seg = html.escape(text[x:y], quote=False)
        if not active:
            out.append(seg)
            continue
        bars = " ".join(styles.bar(facts[i].label, level) for i, level in sorted(active.items(), key=lambda p: p[1])
                        if level < _LEVELS)
        marks = []
        for i, level in sorted(new, key=lambda p: p[1]):
            if level < _LEVELS:
                marks.append(f"<i class=L{level} data-l={_attr(facts[i].label)}></i>")
        cls = f"class={_attr(bars)} " if bars else ""
        out.append(f"<u {cls}data-f={_attr(' '.join(map(str, sorted(active))))}>{''.join(marks)}{seg}</u>")
    return f'<div class="line" data-start={lo}>{"".join(out)}</div>'


_CSS = (
    'body{font:16px/1.5 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;'
    "max-width:60rem;padding:0 1rem;color:#222}"
    "h1{font-size:1.4rem}.meta{color:#555;font-size:.9rem}"
    ".legend span{padding:0 .4em;margin-right:.3em;border-radius:3px;font-size:.8rem}"
    ".line{margin:0 0 .6rem;white-space:pre-wrap;line-height:1.9}"
    "u i{position:relative}"
    "u i::before{content:attr(data-l);position:absolute;left:0;font:bold 10px/1 sans-serif;padding:1px 3px;"
    "border-radius:3px;white-space:nowrap;color:#000;z-index:1;user-select:none}"
    "table{border-collapse:collapse;font-size:.85rem;margin-top:2rem;width:100%}"
    "td,th{border-bottom:1px solid #eee;padding:.2rem .4rem;text-align:left;vertical-align:top}"
    "td:last-child{color:#444}tr:target{background:#ffd}"
    f"u{{text-decoration:none;background-size:100% {_BAR}px;background-repeat:no-repeat;"
    "position:relative;vertical-align:var(--d,0);top:var(--d,0)}"
)


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n] + "…"


def render_report_page(rec: ReportRecord) -> tuple[str, int]:
    """The page's HTML and the number of facts marked."""
    facts = record_facts(rec)
    styles = _Styles()
    report = "".join(_render_line(rec.text, lo, hi, parts, facts, styles)
                     for lo, hi, parts in _line_parts(rec.text, facts))
    meta = " · ".join(html.escape(x) for x in (
        f"id {rec.id}", rec.date and f"published {rec.date}", rec.region and f"region {rec.region}",
        rec.source, rec.source_path) if x)
    kinds = {f.label.split(" ")[0] for f in facts}
    legend = "".join(f"<span class=g{_CODES[k]}>{k}</span>" for k in COLORS if k in kinds)
    # "as written" only where it differs from what was extracted (国务院 → 中华人民共和国国务院): the text above
    # shows every fact in place, and a second copy of each name made the pages twice the report
    rows = "".join(
        f"<tr id=f{n}><td>{html.escape(f.label)}<td>{html.escape(f.detail)}<td>{f.start}–{f.end}"
        f"<td>{'' if (w := rec.text[f.start:f.end]) == f.detail else html.escape(_short(w, _AS_WRITTEN))}"
        for n, f in enumerate(facts))
    title = html.escape(rec.title or rec.id)
    page = (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{title} — huiyi</title><link rel="stylesheet" href="{STYLESHEET}"></head><body>'
            f'<h1>{title}</h1><p class="meta">{meta}</p><p class="legend">{legend}</p>'
            f'<div id="report" class=D{styles.depth}>{report}</div>'
            f'<table id="facts"><thead><tr><th>fact</th><th>extracted</th><th>chars</th><th>as written</th></tr>'
            f"</thead><tbody>{rows}</tbody></table></body></html>\n")
    return page, len(facts)


def write_report_page(rec: ReportRecord, path: str | Path) -> int:
    """Write the page (atomically); returns the number of facts marked."""
    from huiyi.graph.store import atomic_write_text

    page, n = render_report_page(rec)
    path = Path(path)
    css = path.parent / STYLESHEET
    if css not in _STYLESHEETS_WRITTEN:  # once per folder and process; rewritten where it differs
        css_text = stylesheet()
        if not css.is_file() or css.read_text(encoding="utf-8") != css_text:
            atomic_write_text(css, css_text)
        _STYLESHEETS_WRITTEN.add(css)
    atomic_write_text(path, page)
    return n


_STYLESHEETS_WRITTEN: set[Path] = set()


def read_records(path: str | Path) -> Iterator[ReportRecord]:
    """Records from a records.jsonl; a line that is not a record raises ValueError naming it."""
    with Path(path).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield ReportRecord.from_json(line)
                except ValueError as e:
                    raise ValueError(f"{path}:{i}: not a huiyi record ({str(e).splitlines()[0]})") from None
