"""End-to-end `huiyi run` throughput: -j1 and -j2 vs pkuseg-only tokenisation of the same texts.

usage: python scripts/bench_batch.py [--reports 5000] [--gold ../shared/gold/dev.jsonl] [--jobs 1 2]
The dev texts are repeated (with distinct ids) to --reports reports in one JSONL file; each `huiyi run` is a
fresh process (cold start included), output without graph.html. Prints reports/s, chars/s, the ratio to
pkuseg-only tokenisation (same texts, measured in this run), seconds to the first report and peak RSS
(the run's process tree, from getrusage of the waited-for children).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pkuseg_only(texts: list[str]) -> tuple[float, float]:
    """(seconds to load the tokenizer, seconds to tokenise all texts) in a fresh process."""
    code = ("import json,sys,time\nt=time.perf_counter()\nfrom huiyi.pipeline.nlp import load_pipeline\n"
            "nlp=load_pipeline()\nload=time.perf_counter()-t\ntexts=[json.loads(l)['text'] for l in sys.stdin]\n"
            "t=time.perf_counter()\nfor x in texts: nlp.make_doc(x)\nprint(load, time.perf_counter()-t)\n")
    data = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    res = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, text=True, check=True)
    load, secs = map(float, res.stdout.split())
    return load, secs


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """(largest process, sum) of VmRSS in KB over root and its descendants, from /proc."""
    parent: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                parent[int(d)] = int(Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parent.items() if pp == p and c not in tree]
        tree.update(kids)
        frontier.extend(kids)
    sizes = []
    for pid in tree:
        try:
            line = next(x for x in Path(f"/proc/{pid}/status").read_text().splitlines() if x.startswith("VmRSS:"))
            sizes.append(int(line.split()[1]))
        except (OSError, StopIteration):
            pass
    return (max(sizes, default=0), sum(sizes))


def run(src: Path, out: Path, jobs: int) -> dict:
    """One `huiyi run` in a fresh process; its process tree's RSS is sampled every 0.2 s (workers included)."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "huiyi.cli", "run", str(src), "-o", str(out), "-q", "--no-html",
                             "-j", str(jobs), "--force"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            one, total = _tree_rss_kb(proc.pid)
            peak[0], peak[1] = max(peak[0], one), max(peak[1], total)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    stdout, stderr = proc.communicate()
    done.set()
    th.join()
    secs = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(stderr)
    m = re.search(r"first report after ([\d.]+)s", stdout)
    return {"secs": secs, "first": float(m.group(1)) if m else None, "rss_mb": peak[0] / 1024,
            "rss_sum_mb": peak[1] / 1024, "stdout": stdout}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=5000)
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold" / "dev.jsonl"))
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    a = ap.parse_args()
    from huiyi.pipeline.clean import clean_text

    with open(a.gold, encoding="utf-8") as fh:
        base = [clean_text(json.loads(line)["text"]) for line in fh if line.strip()]
    texts = [base[i % len(base)] for i in range(a.reports)]
    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "reports.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for i, t in enumerate(texts):
                fh.write(json.dumps({"id": f"b{i:06d}", "text": t}, ensure_ascii=False) + "\n")
        load, tok = pkuseg_only(texts)
        print(f"{a.reports} reports, {chars:,} chars (dev texts repeated)")
        print(f"{'':12} {'reports/s':>10} {'chars/s':>10} {'vs pkuseg':>9} {'first(s)':>8} {'peak RSS':>9} {'(sum)':>8}")
        print(f"{'pkuseg only':12} {a.reports / tok:10.1f} {chars / tok:10,.0f} {1.0:9.2f} {load:8.1f} {'':>9}")
        base_rate = None
        for j in a.jobs:
            r = run(src, Path(tmp) / f"out{j}", j)
            rate = a.reports / r["secs"]
            base_rate = base_rate or rate
            print(f"{'run -j' + str(j):12} {rate:10.1f} {chars / r['secs']:10,.0f} {tok / r['secs']:9.2f} "
                  f"{r['first'] or 0:8.1f} {r['rss_mb']:7.0f}MB {r['rss_sum_mb']:6.0f}MB   (×{rate / base_rate:.2f} of -j{a.jobs[0]})")
    print("run = whole `huiyi run` process: start, model load, read, extract, journal, records.jsonl, graph.json")
    print("peak RSS: largest single process of each run (main or a worker); (sum): all its processes together,")
    print("sampled every 0.2 s (shared pages, e.g. the memory-mapped pkuseg weights, count once per process)")


if __name__ == "__main__":
    main()
