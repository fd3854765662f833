"""`huiyi show`: the evidence page in a real headless Chromium. The underlines drawn on the text are the
record's facts: every fact starts where its evidence starts, with its label, and every character is
underlined once per fact that covers it, nothing more."""

from __future__ import annotations

import hashlib
import os
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from huiyi.graph.evidence_page import COLORS, STYLESHEET, record_facts, report_page_filename
from huiyi.pipeline.records import Evidence, Person, ReportRecord
from support.browser import Chromium, find_chromium

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).parent / "artifacts"

READ_MARKS = r"""(() => {
  // every marked segment is one <u data-f="facts covering it"> holding an empty <i data-l=LABEL> per fact
  // starting there; unmarked text is plain text. Positions in code points (Python's offsets).
  const len = s => [...s].length;
  // the colours of the bars drawn: one gradient layer per level, transparent where no fact is
  const colors = el => getComputedStyle(el).backgroundImage.split('linear-gradient(').slice(1)
    .map(g => g.match(/rgba?\([^)]*\)/)[0]).filter(c => c !== 'rgba(0, 0, 0, 0)');
  const starts = [], segments = [], other = [], lines = [];
  for (const line of document.querySelectorAll('#report .line')) {
    let pos = +line.dataset.start;
    lines.push(line.textContent);
    for (const node of line.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) { pos += len(node.textContent); continue; }
      if (node.tagName !== 'U') { other.push(node.outerHTML); continue; }
      for (const child of node.children) {
        const before = getComputedStyle(child, '::before');
        if (child.tagName !== 'I' || child.textContent) other.push(child.outerHTML);
        else starts.push([pos, child.dataset.l, before.content, before.backgroundColor]);
      }
      segments.push([pos, len(node.textContent), node.dataset.f.split(' ').map(Number), colors(node)]);
      pos += len(node.textContent);
    }
  }
  const rows = [...document.querySelectorAll('#facts tbody tr')].map(r => [r.id, r.cells[0].textContent,
                                                                          r.cells[2].textContent]);
  return {starts, segments, other, lines, rows, scripts: document.scripts.length,
          links: [...document.querySelectorAll('link, img, iframe')].map(e => e.href || e.src)};
})()"""


def expected_marks(rec: ReportRecord) -> tuple[set, dict[int, Counter]]:
    """(start, label) of every fact part and the labels of the facts covering each character, from the record
    itself (facts split at line breaks, as the page draws them)."""
    spans = []
    for p in rec.people:
        spans.append((p.evidence, "PERSON"))
        spans += [(t.evidence, "TITLE") for t in p.titles]
    spans += [(o.evidence, "ORG") for o in rec.organizations]
    for m in rec.meetings:
        spans.append((m.evidence, "MEETING"))
        for role in ("presided", "reported", "spoke", "attended"):
            spans += [(r.evidence, role.upper()) for r in getattr(m, role)]
        spans += [(d.evidence, "ADOPTED") for d in m.adopted]
    for i, pl in enumerate(rec.priority_lists, 1):
        spans += [(it.evidence, f"ITEM {i}.{it.n}") for it in pl.items]
    spans += [(s.evidence, "SLOGAN") for s in rec.slogans]
    # the meeting date as written: located by the page, checked here against the record
    for f in record_facts(rec):
        if f.label == "DATE":
            assert rec.text[f.start:f.end] in {m.date.text for m in rec.meetings}
            spans.append((Evidence(start=f.start, end=f.end, sentence=""), "DATE"))
    starts, cover = set(), defaultdict(Counter)
    for ev, label in spans:
        pos = ev.start
        for i in range(ev.start, ev.end):
            if rec.text[i] == "\n":
                pos = i + 1
                continue
            if i == pos:
                starts.add((i, label))
            cover[i][label] += 1
    return starts, cover


@pytest.fixture(scope="module")
def seed_run(huiyi_main, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("show")
    assert huiyi_main(["run", str(ROOT / "examples"), "-o", str(out), "-q", "--no-html"]) == 0
    return out


def test_report_page_filename():
    assert report_page_filename("seed") == "seed.html"
    assert report_page_filename("xwlb-20130918-05") == "xwlb-20130918-05.html"
    digest = hashlib.sha256(b"reports/a b.txt:3").hexdigest()[:10]
    assert report_page_filename("reports/a b.txt:3") == f"reports_a_b.txt_3-{digest}.html"
    assert report_page_filename("海淀-2020-07-31").startswith("2020-07-31-")
    assert report_page_filename("海淀") != report_page_filename("朝阳")
    assert report_page_filename("..").startswith("report-")


@pytest.mark.slow
def test_show_writes_the_page(seed_run, capsys):
    from huiyi.cli import main

    assert main(["show", "seed", "--records", str(seed_run)]) == 0
    page = seed_run / "reports" / "seed.html"
    assert capsys.readouterr().out == f"wrote {page} (60 facts highlighted)\n"
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert main(["show", "--all", "--records", str(seed_run / "records.jsonl"), "-o", str(seed_run / "all")]) == 0
    assert sorted(p.name for p in (seed_run / "all").iterdir()) == [STYLESHEET, "seed.html"]


@pytest.mark.slow
@pytest.mark.browser
def test_marks_in_chromium_equal_the_facts(seed_run, tmp_path):
    if not find_chromium():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("headless Chromium not found")
        pytest.skip("headless Chromium not found (make browser)")
    from huiyi.graph.evidence_page import read_records, write_report_page

    (rec,) = read_records(seed_run / "records.jsonl")
    # a fact over a line break, and a space inside a fact
    text = rec.text + "\n会议由王 五主持\n并讲话。"
    at = text.index("王 五")
    rec = rec.model_copy(update={"text": text, "people": [*rec.people, Person(
        name="王五", evidence=Evidence(start=at, end=text.index("讲话", at), sentence=""))]})
    page = tmp_path / report_page_filename(rec.id)
    write_report_page(rec, page)
    starts, cover = expected_marks(rec)
    with Chromium() as browser:
        tab = browser.new_page(width=1000, height=900)
        tab.navigate(page.as_uri())
        tab.wait_for("document.readyState === 'complete'")
        got = tab.evaluate(READ_MARKS)
        assert tab.errors() == []
        # nothing fetched but the page and the one stylesheet written beside it (offline)
        css = (page.parent / STYLESHEET).as_uri()
        assert sorted(tab.requests()) == sorted([page.as_uri(), css])
        tab.screenshot(ARTIFACTS / "evidence.png")
    assert (got["scripts"], got["links"], got["other"]) == (0, [css], [])
    # the text of the page is the report, nothing more (labels are drawn by CSS, not text)
    assert got["lines"] == text.split("\n")
    # every fact part starts where its evidence starts, with its label drawn there in its colour
    assert {(s, label) for s, label, _, _ in got["starts"]} == starts
    assert len(got["starts"]) == len(starts)
    for _, label, content, color in got["starts"]:
        assert content in (f'"{label}"', "attr(data-l)") and color == rgb(COLORS[label.split(" ")[0]])
    # every character is covered once per fact covering it: data-f names those facts (rows f<n> of the
    # table, whose chars are where the fact is), and one bar of the fact's colour is drawn for each
    rows = {int(rid.removeprefix("f")): (label, tuple(map(int, chars.split("–")))) for rid, label, chars in got["rows"]}
    assert [rid for rid, _, _ in got["rows"]] == [f"f{n}" for n in range(len(rows))]
    drawn = {}
    for pos, n, facts, colors in got["segments"]:
        assert facts == sorted(set(facts)) and sorted(colors) == sorted(rgb(COLORS[rows[f][0].split(" ")[0]])
                                                                        for f in facts)
        for i in range(pos, pos + n):
            assert i not in drawn
            drawn[i] = facts
            assert all(rows[f][1][0] <= i < rows[f][1][1] for f in facts)
    assert {i: Counter(rows[f][0] for f in facts) for i, facts in drawn.items()} == dict(cover)
    for f, (_, (a, b)) in rows.items():  # and every character of a fact (but line breaks) names it
        assert [i for i in range(a, b) if text[i] != "\n" and f not in drawn.get(i, ())] == []
    assert (text.index("王 五"), "PERSON") in starts and (text.index("并讲话", at), "PERSON") in starts


def rgb(color: str) -> str:
    r, g, b = (int(color[k:k + 2], 16) for k in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_page_in_proportion_to_the_report(seed_run):
    """Markup per fact, not per character: at most 2 bytes per byte of text + 200 per fact + 4 KB (displaCy's
    markup, an element per marked character, made the seed's page 106 KB against this bound's 32 KB, and the
    10,000 names' 5.4 MB against 2.3 MB), and a line of 10,000 names renders (in about 0.1 s)."""
    from huiyi.graph.evidence_page import read_records, render_report_page

    (rec,) = read_records(seed_run / "records.jsonl")

    def bound(r: ReportRecord, facts: int) -> int:
        return 2 * len(r.text.encode("utf-8")) + 200 * facts + 4000

    page, n = render_report_page(rec)
    assert n == 60 and len(page.encode("utf-8")) <= bound(rec, n)
    names = ["张三", "李四", "王五", "赵六", "孙七"]
    text = "出席会议的有：" + "、".join(names[k % 5] + str(k) for k in range(10_000)) + "。"
    people, at = [], text.index("：") + 1
    for k in range(10_000):
        name = names[k % 5] + str(k)
        people.append(Person(name=name, evidence=Evidence(start=at, end=at + len(name), sentence="")))
        at += len(name) + 1
    big = rec.model_copy(update={"text": text, "people": people, "organizations": [], "meetings": [],
                                 "priority_lists": [], "slogans": []})
    page, n = render_report_page(big)
    assert n == 10_000 and len(page.encode("utf-8")) <= bound(big, n)
    assert page.count("<u ") == 10_000


def test_run_writes_the_evidence_pages_the_graph_page_links_to(huiyi_main, tmp_path):
    """`huiyi run` writes out/reports/<page> for each new or changed report (a changed one's page is written
    again); graph.html's Report details link there (graph.render.explorer.report_href)."""
    import json

    from huiyi.graph.render.explorer import report_href

    src = tmp_path / "in.jsonl"
    seed = (ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8").strip()

    def other(name: str) -> str:
        return json.dumps({"id": "other", "text": f"3月2日，区委常委会召开会议，区委书记{name}主持会议。"},
                          ensure_ascii=False)

    src.write_text(seed + "\n" + other("于军") + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert huiyi_main(["run", str(src), "-o", str(out), "-q"]) == 0
    pages = sorted(p.name for p in (out / "reports").iterdir())
    assert pages == sorted([STYLESHEET, report_page_filename("seed"), report_page_filename("other")])
    assert report_href("seed") == f"reports/{report_page_filename('seed')}"
    page = out / "reports" / report_page_filename("other")
    assert "于军" in page.read_text(encoding="utf-8")
    src.write_text(seed + "\n" + other("曾劲") + "\n", encoding="utf-8")  # the report changed
    assert huiyi_main(["run", str(src), "-o", str(out), "-q"]) == 0
    assert "曾劲" in page.read_text(encoding="utf-8") and "于军" not in page.read_text(encoding="utf-8")
