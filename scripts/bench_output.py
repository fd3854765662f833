"""How big the output of `huiyi run` is beside its input, and how much memory one huge report takes.

    python scripts/bench_output.py [--stories ../shared/corpora/xwlb_meetings/2012-2018.jsonl.gz] [--reports 2000]

1. Output bytes per input byte: `huiyi run` on N real news stories (copies of the 1,749 stories under new ids
   when N is larger), each output file and folder measured apart (target: all together ≤ 10× the input).
2. Peak memory of `huiyi run` on one 3 MB report made of a numbered list with one huge item (target ≤ 1 GB).

Both in fresh processes, on this machine, in one run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HUIYI = [sys.executable, "-m", "huiyi.cli"]


def tree_size(p: Path) -> int:
    return p.stat().st_size if p.is_file() else sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def stories(path: Path, n: int) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        base = [{k: v for k, v in json.loads(line).items() if k in ("id", "text", "date")} for line in fh]
    return [{**s, "id": f"c{k}-{s['id']}"} if k else s for k in range(n // len(base) + 1) for s in base][:n]


def run(argv: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (bytes) of one `huiyi` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run([*HUIYI, *argv], check=False, capture_output=True, cwd=ROOT)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return time.perf_counter() - t, max(peak, before) * 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=Path, default=ROOT.parent / "shared/corpora/xwlb_meetings/2012-2018.jsonl.gz")
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "stories.jsonl"
        src.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories(a.stories, a.reports)),
                       encoding="utf-8")
        secs, _ = run(["run", str(src), "-o", str(tmp / "out"), "-j", str(a.jobs), "-q"])
        size_in = src.stat().st_size
        parts = {p.name: tree_size(p) for p in sorted((tmp / "out").iterdir()) if not p.name.startswith(".")}
        total = sum(parts.values())
        print(f"{a.reports} reports, input {size_in / 1e6:.1f} MB, run {secs:.0f} s")
        print("| output | MB | × input |\n|---|---|---|")
        for name, size in parts.items():
            if size:
                print(f"| {name} | {size / 1e6:.1f} | {size / size_in:.2f} |")
        print(f"| **all** | {total / 1e6:.1f} | **{total / size_in:.1f}** (target ≤ 10) |")

        huge = tmp / "huge.txt"
        huge.write_text("3月1日，县委召开常委会议。会议要求：一要落实责任。二要" + "抓好各项工作，" * 143_000 + "。\n",
                        encoding="utf-8")
        secs, peak = run(["run", str(huge), "-o", str(tmp / "out-huge"), "-q", "--max-bytes", "4000000",
                          "--time-limit", "0"])
        print(f"one report of {huge.stat().st_size / 1e6:.1f} MB: {secs:.0f} s, peak RSS {peak / 1e9:.2f} GB "
              f"(target ≤ 1 GB); output {tree_size(tmp / 'out-huge') / 1e6:.1f} MB")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
