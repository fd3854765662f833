"""`huiyi show`: the evidence page in a real headless Chromium. The underlines drawn on the text are the
record's facts: every fact starts where its evidence starts, with its label, and every character is
underlined once per fact that covers it, nothing more."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from pathlib import Path

import pytest
from huiyi.graph.evidence_page import record_facts, report_page_filename
from support.browser import Chromium, find_chromium

from huiyi.records import Evidence, Person, ReportRecord

ROOT = Path(__file__).resolve().parent.parent

READ_MARKS = """(() => {
  const starts = [], cover = {};
  for (const line of document.querySelectorAll('#report .line')) {
    let pos = +line.dataset.start;
    const spans = line.querySelector('.spans');
    if (!spans) continue;
    for (const node of spans.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) { pos += node.textContent.length; continue; }
      const text = node.firstChild && node.firstChild.nodeType === Node.TEXT_NODE ? node.firstChild.textContent : '';
      for (const st of node.querySelectorAll(':scope > .hy-start')) starts.push([pos, st.textContent.trim()]);
      const n = node.querySelectorAll(':scope > .hy-slice').length;
      for (let i = 0; i < text.length; i++) cover[pos + i] = n;
      pos += text.length;
    }
  }
  return {starts, cover, lines: document.querySelectorAll('#report .line').length,
          scripts: document.scripts.length, links: document.querySelectorAll('link, img, iframe').length};
})()"""


def expected_marks(rec: ReportRecord) -> tuple[set, Counter]:
    """(start, label) of every fact part and how many facts cover each character, from the record itself
    (facts split at line breaks, as the page draws them)."""
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
    starts, cover = set(), Counter()
    for ev, label in spans:
        pos = ev.start
        for i in range(ev.start, ev.end):
            if rec.text[i] == "\n":
                pos = i + 1
                continue
            if i == pos:
                starts.add((i, label))
            cover[i] += 1
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
    assert [p.name for p in (seed_run / "all").iterdir()] == ["seed.html"]


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
        tab = browser.new_page()
        tab.navigate(page.as_uri())
        tab.wait_for("document.readyState === 'complete'")
        got = tab.evaluate(READ_MARKS)
        assert tab.errors() == []
        assert tab.requests() == [page.as_uri()]
    assert (got["scripts"], got["links"]) == (0, 0)
    assert got["lines"] == text.count("\n") + 1
    assert {(s, label) for s, label in got["starts"]} == starts
    assert len(got["starts"]) == len(starts)
    drawn = {int(k): v for k, v in got["cover"].items() if v}
    assert drawn == dict(cover)
    assert (text.index("王 五"), "PERSON") in starts and (text.index("并讲话", at), "PERSON") in starts


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
    assert pages == sorted([report_page_filename("seed"), report_page_filename("other")])
    assert report_href("seed") == f"reports/{report_page_filename('seed')}"
    page = out / "reports" / report_page_filename("other")
    assert "于军" in page.read_text(encoding="utf-8")
    src.write_text(seed + "\n" + other("曾劲") + "\n", encoding="utf-8")  # the report changed
    assert huiyi_main(["run", str(src), "-o", str(out), "-q"]) == 0
    assert "曾劲" in page.read_text(encoding="utf-8") and "于军" not in page.read_text(encoding="utf-8")
