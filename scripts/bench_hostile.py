"""Time and output size of one report on hostile inputs: is every step linear in the input length?

usage: python scripts/bench_hostile.py [--sizes 25000 50000 100000 200000] [--series cjk names] [--timeout 60]
                                      [--disable huiyi_meetings]

Series (seeded, the same text on every run): random CJK characters with no punctuation (`cjk`), a real report
with its punctuation and line breaks removed (`nopunct`), 、-lists of up to 10,000 names (`names`), lists of
5,000 （n） markers (`markers`) and nested, unclosed HTML (`html`: tags nested without end, `<!--` and
`<script` never closed, `<p` never ended, `<title>`/`<meta`/`<time` never closed). Each report runs once in a
forked child of a process that has loaded the pipeline (so a step that hangs or eats memory is cut off:
`--timeout` seconds, `--max-gb` of address space), through the <head> metadata and cleaning ("clean"), every
pipeline component, the record and the graph. Printed per case:
seconds in all, the slowest step, the meetings step, and the bytes of the record (records.jsonl line) and
of graph.json; "rest s" is the time without the tokenizer (pkuseg) and the meetings step; "page" is the evidence
page `huiyi run` writes for the report (out/reports/), timed apart from the total. The last lines check the
targets: 100k ≤ 2.5 × 50k (total and page), and 200k ≤ 10 s for the report.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import re
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国文辉力志海波宁鹏飞斌宇浩凯健俊帆晨"


def _cjk(n: int, rng: random.Random) -> str:
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n))


def _nopunct(n: int, rng: random.Random) -> str:
    line = json.loads((ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
    base = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", line)
    return (base * (n // len(base) + 1))[:n]


def _names(n: int, rng: random.Random) -> str:
    out, size = [], 0
    while size < n:
        names = [rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
                 for _ in range(10_000)]
        block = "出席会议的有区领导" + "、".join(names) + "等同志。\n"
        out.append(block)
        size += len(block)
    return "".join(out)[:n]


def _markers(n: int, rng: random.Random) -> str:
    out, size = [], 0
    while size < n:
        items = [f"（{i}）{_cjk(rng.randint(2, 6), rng)}，" for i in range(1, 5001)]
        block = "会议强调要做好以下工作：" + "".join(items) + "。\n"
        out.append(block)
        size += len(block)
    return "".join(out)[:n]


def _html(n: int, rng: random.Random) -> str:
    half = n // 2
    nested, size = [], 0
    while size < half:  # tags nested and never closed, comments and scripts never ended
        unit = rng.choice(["<div>", "<p>", "<span class=x>", "<!--", "<script ", "<style>", "<li>", "<td>",
                           "<title>", "<meta name=a content=", "<meta a=\"", "<time datetime="])
        unit += _cjk(rng.randint(1, 8), rng)
        nested.append(unit)
        size += len(unit)
    tail, size = [], 0
    while size < n - half:  # tags never ended (no ">" anywhere after)
        unit = rng.choice(["<p ", "<div ", "<a href=", "<br", "<!", "</"]) + _cjk(rng.randint(1, 8), rng)
        tail.append(unit)
        size += len(unit)
    return ("".join(nested) + "".join(tail))[:n]


SERIES = {"cjk": _cjk, "nopunct": _nopunct, "names": _names, "markers": _markers, "html": _html}


def _case(nlp, raw: str, conn, max_gb: float) -> None:
    """One report, in the forked child: timings per step and output sizes, sent back on `conn`."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as fh:
        vm = int(fh.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (vm + int(max_gb * 2**30), hard))
    import networkx as nx
    from huiyi.graph.build import add_record, update_slogan_counts
    from huiyi.graph.store import dumps
    from huiyi.pipeline.clean import clean_text
    from huiyi.pipeline.extract import doc_to_record
    from huiyi.pipeline.html_meta import html_meta
    from huiyi.pipeline.reader import Report

    steps: dict[str, float] = {}
    try:
        t0 = t = time.perf_counter()
        html_meta(raw)  # what the reader does first with an .html file: title and date from the <head>
        text = clean_text(raw)
        steps["clean"] = time.perf_counter() - t
        t = time.perf_counter()
        doc = nlp.make_doc(text)
        steps["tokenizer"] = time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            steps[name.removeprefix("huiyi_")] = time.perf_counter() - t
        t = time.perf_counter()
        rec_json = doc_to_record(doc, Report(id="bench", text=text)).to_json()
        steps["record"] = time.perf_counter() - t
        t = time.perf_counter()
        g = nx.MultiDiGraph(schema_version=1)
        from huiyi.pipeline.records import ReportRecord

        add_record(g, ReportRecord.from_json(rec_json))
        update_slogan_counts(g)
        graph_bytes = len(dumps(g).encode("utf-8"))
        steps["graph"] = time.perf_counter() - t
        total = time.perf_counter() - t0
        # the evidence page huiyi run writes into out/reports/: timed on its own, outside the total
        t = time.perf_counter()
        from huiyi.graph.evidence_page import render_report_page

        page_bytes = len(render_report_page(ReportRecord.from_json(rec_json))[0].encode("utf-8"))
        conn.send({"total": total, "steps": steps, "page": time.perf_counter() - t, "page_bytes": page_bytes,
                   "record": len(rec_json.encode("utf-8")), "graph": graph_bytes})
    except MemoryError:
        conn.send({"error": f"MemoryError (> {max_gb:g} GB)", "steps": steps})


def run_case(nlp, raw: str, timeout: float, max_gb: float) -> dict:
    ctx = mp.get_context("fork")
    rd, wr = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_case, args=(nlp, raw, wr, max_gb))
    p.start()
    wr.close()
    res = None
    if rd.poll(timeout):
        try:
            res = rd.recv()
        except EOFError:
            res = None
    if p.is_alive():
        p.kill()
    p.join()
    if res is None:
        res = {"error": f"> {timeout:g} s (cut off)" if p.exitcode == -9 else f"died (exit {p.exitcode})"}
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000])
    ap.add_argument("--series", nargs="+", choices=list(SERIES), default=list(SERIES))
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    ap.add_argument("--max-gb", type=float, default=3.0, help="address space a case may add")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--disable", nargs="*", default=[], help="pipeline components to leave out")
    a = ap.parse_args()
    from huiyi.pipeline.nlp import timed_load

    nlp, load_s = timed_load()
    for name in a.disable:
        nlp.disable_pipe(name)
    print(f"model load {load_s:.1f} s; timeout {a.timeout:g} s per case")
    print(f"{'series':8} {'chars':>7} {'total s':>8} {'tokenizer s':>11} {'meetings s':>10} {'rest s':>7} "
          f"{'slowest of the rest':>20} {'record MB':>10} {'graph MB':>9} {'page s':>7} {'page MB':>8}")
    results: dict[tuple[str, int], dict] = {}
    for series in a.series:
        for n in a.sizes:
            raw = SERIES[series](n, random.Random(f"{a.seed}-{series}-{n}"))
            r = results[series, n] = run_case(nlp, raw, a.timeout, a.max_gb)
            if "error" in r:
                print(f"{series:8} {n:7d} {r['error']}", flush=True)
                continue
            rest = {k: v for k, v in r["steps"].items() if k not in ("tokenizer", "meetings")}
            r["rest"] = sum(rest.values())
            slow = max(rest, key=rest.get)
            slowest = f"{slow} {rest[slow]:.2f}"
            print(f"{series:8} {n:7d} {r['total']:8.2f} {r['steps']['tokenizer']:11.2f} "
                  f"{r['steps'].get('meetings', 0):10.2f} {r['rest']:7.2f} {slowest:>20} "
                  f"{r['record'] / 1e6:10.2f} {r['graph'] / 1e6:9.2f} {r['page']:7.2f} {r['page_bytes'] / 1e6:8.2f}",
                  flush=True)
    print()
    ok = True
    for series in a.series:
        r50, r100, r200 = (results.get((series, n), {}) for n in (50_000, 100_000, 200_000))
        if not all("total" in r for r in (r50, r100, r200)):
            print(f"{series:8} FAIL (a case did not finish)" if r50 or r100 or r200 else f"{series:8} (not run)")
            ok = ok and not (r50 or r100 or r200)
            continue
        ratio = r100["total"] / max(r50["total"], 1e-9)
        rest_ratio = r100["rest"] / max(r50["rest"], 1e-9)
        size_ratio = r100["record"] / max(r50["record"], 1)
        good = ratio <= 2.5 and r200["total"] <= 10
        ok = ok and good
        page_ratio = r100["page"] / max(r50["page"], 1e-9)
        good = good and page_ratio <= 2.5
        print(f"{series:8} 100k/50k time {ratio:.2f} (rest {rest_ratio:.2f}, page {page_ratio:.2f}), record size "
              f"{size_ratio:.2f}; 200k {r200['total']:.2f} s (rest {r200['rest']:.2f} s) {'ok' if good else 'FAIL'}")
    print("all linear" if ok else "NOT linear")


if __name__ == "__main__":
    main()
