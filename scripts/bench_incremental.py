"""What adding 10 reports to a `huiyi run` output folder costs at 1k, 5k and 20k reports.

    python scripts/bench_incremental.py --records out-xwlb/records.jsonl [--sizes 1000 5000 20000]

`--records`: records.jsonl of a run over the real 新闻联播 stories (../shared/corpora/xwlb_meetings, 1,749
reports; `huiyi run` them once). Extracting 20,000 reports takes hours on two cores, so each corpus is
synthesised from those records: copy k of a record gets the id `c{k}-{id}` and its publication and meeting
dates moved k days later (so its meetings are new nodes; people and bodies stay the same). The folder gets
records.jsonl and state.jsonl as `huiyi run` writes them, then graph.sqlite/graph.json/graph.html from
huiyi.batch.update_outputs (timed: the full build).

Then, in a fresh process each, `huiyi run NEW.jsonl -o FOLDER` with 10 real stories under new ids, and the same
into an empty folder (extraction of the 10, model load and start-up included). What the update costs beyond
extracting the reports is the run's finishing stage (RunStats.finish_s: records merged, graph store updated,
graph.json patched, graph.html and state.jsonl written; target ≤ 10 s); the difference of the two process
times is shown too, but on a shared machine it is mostly noise in the extraction. Peak RSS is the update
process's (target ≤ 1.5 GB at 20k).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from huiyi.pipeline.reader import text_digest  # noqa: E402

STORIES = ROOT.parent / "shared" / "corpora" / "xwlb_meetings" / "2012-2018.jsonl.gz"


def _shift(date: str | None, days: int) -> str | None:
    try:
        return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=days)).isoformat() if date else date
    except ValueError:
        return date


def synth(records: list[dict], n: int, out: Path) -> None:
    """records.jsonl + state.jsonl of n reports: copies of `records` with new ids and shifted dates."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "records.jsonl").open("w", encoding="utf-8") as rf, (out / "state.jsonl").open("w") as sf:
        for i in range(n):
            k, rec = divmod(i, len(records))
            r = json.loads(json.dumps(records[rec]))
            if k:
                r["id"] = f"c{k}-{r['id']}"
                r["date"] = _shift(r.get("date"), k)
                for m in r.get("meetings", []):
                    d = m.get("date") or {}
                    if d.get("year") and d.get("month") and d.get("day"):
                        new = dt.date(d["year"], d["month"], d["day"]) + dt.timedelta(days=k)
                        d["year"], d["month"], d["day"] = new.year, new.month, new.day
            rf.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")  # as huiyi writes them
            sf.write(json.dumps({"id": r["id"], "digest": text_digest(r["text"]), "status": "ok"}) + "\n")


RUN = ("import json, sys; from huiyi.batch import RunOptions, run_batch; "
       "st = run_batch([sys.argv[1]], sys.argv[2], RunOptions(progress=False, title='bench')); "
       "print(json.dumps({'seconds': st.seconds, 'finish_s': st.finish_s, 'processed': st.processed}))")


def timed_run(new: Path, out: Path, logs: Path) -> tuple[float, float, dict]:
    """`huiyi run NEW -o OUT` (run_batch, as the CLI calls it) in a fresh process: wall seconds, peak RSS (GB, of
    that process alone, via wait4) and its RunStats (seconds, finish_s: the finishing stage)."""
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / "stdout").open("w") as so, (logs / "stderr").open("w") as se:
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", RUN, str(new), str(out)], stdout=so, stderr=se, cwd=ROOT)
        _, status, ru = os.wait4(proc.pid, 0)
        secs = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"run into {out} failed: {(logs / 'stderr').read_text()[-2000:]}")
    return secs, ru.ru_maxrss / 1e6, json.loads((logs / "stdout").read_text().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=Path, required=True, help="records.jsonl of the real stories")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--new", type=int, default=10, help="reports added")
    ap.add_argument("--keep", type=Path, help="work here instead of a temporary folder")
    args = ap.parse_args(argv)
    from huiyi.batch import update_outputs

    records = [json.loads(x) for x in args.records.read_text(encoding="utf-8").splitlines() if x.strip()]
    with gzip.open(STORIES, "rt", encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh][-args.new:]
    work = args.keep or Path(tempfile.mkdtemp(prefix="huiyi-bench-inc-"))
    work.mkdir(parents=True, exist_ok=True)
    new = work / "new.jsonl"
    new.write_text("".join(json.dumps({**s, "id": f"new-{s['id']}"}, ensure_ascii=False) + "\n" for s in stories),
                   encoding="utf-8")
    empty = work / "empty"
    shutil.rmtree(empty, ignore_errors=True)
    base_s, base_rss, base = timed_run(new, empty, work / "logs")
    print(f"extracting the {args.new} new reports into an empty folder: {base_s:.1f} s (process start to end), "
          f"finishing {base['finish_s']:.1f} s, peak RSS {base_rss:.2f} GB")
    print("| reports | full build (s) | graph.json MB | graph.html MB | graph.sqlite MB | add 10: process (s) | "
          "finishing (s) | process − empty run (s) | peak RSS (GB) |")
    print("|---|---|---|---|---|---|---|---|---|")
    ok = True
    for n in args.sizes:
        out = work / f"out-{n}"
        shutil.rmtree(out, ignore_errors=True)
        synth(records, n, out)
        digests = {json.loads(x)["id"]: json.loads(x)["digest"] for x in (out / "state.jsonl").open()}
        t = time.perf_counter()
        update_outputs(out, digests, set(digests), title="bench")
        full_s = time.perf_counter() - t
        secs, rss, st = timed_run(new, out, work / "logs")
        mb = {f: (out / f).stat().st_size / 1e6 for f in ("graph.json", "graph.html", "graph.sqlite")}
        ok &= st["finish_s"] <= 10 and (n < 20000 or rss <= 1.5)
        print(f"| {n:,} | {full_s:.1f} | {mb['graph.json']:.0f} | {mb['graph.html']:.1f} | {mb['graph.sqlite']:.0f} "
              f"| {secs:.1f} | {st['finish_s']:.1f} | {secs - base_s:+.1f} | {rss:.2f} |", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
