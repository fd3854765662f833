"""Throughput of the whole pipeline vs pkuseg-only tokenisation of the same texts, in one run.

usage: python scripts/bench_pipeline.py [GOLD_OR_REPORTS.jsonl] [--repeat N]
Prints model load time, chars/s and reports/s for both, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pipeline.clean import clean_text
from pipeline.nlp import timed_load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", default=str(Path(__file__).resolve().parent.parent.parent / "shared/gold/dev.jsonl"))
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    nlp, load_s = timed_load()
    with open(a.input, encoding="utf-8") as fh:
        texts = [clean_text(json.loads(line)["text"]) for line in fh if line.strip()]
    texts *= a.repeat
    chars = sum(map(len, texts))
    t = time.perf_counter()
    for x in texts:
        nlp.make_doc(x)
    tok_s = time.perf_counter() - t
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    full_s = time.perf_counter() - t
    print(f"model load: {load_s:.2f}s; {len(texts)} reports, {chars:,} chars")
    print(f"pkuseg only : {chars / tok_s:10,.0f} chars/s  {len(texts) / tok_s:7.1f} reports/s")
    print(f"pipeline    : {chars / full_s:10,.0f} chars/s  {len(texts) / full_s:7.1f} reports/s")
    print(f"ratio pipeline/pkuseg: {tok_s / full_s:.2f}")


if __name__ == "__main__":
    main()
