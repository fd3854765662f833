"""`huiyi run` over many reports: streaming, parallel, incremental and crash-safe.

Files in the output folder:

- ``records.jsonl``  one record per report (final; rewritten atomically at the end of a run)
- ``graph.json`` / ``graph.html``  written from ``graph.sqlite`` (atomic writes)
- ``graph.sqlite``  the graph as rows, updated in place with the changed reports (graph.incremental)
- ``errors.jsonl``  this run's unreadable/failed inputs (file, line, reason); absent when there were none
- ``state.jsonl``  report id → content digest (pipeline.reader.Report.digest) and status, from the last run
- ``journal.jsonl``  only while a run is going (or after it was killed): one line per finished report,
  appended and fsync'ed as results arrive. A re-run reads it back and skips what it holds.
- ``.lock``  one writer per output folder

Ids (pipeline.reader): a file's id is its path relative to the working directory; a JSONL line keeps its
"id", else gets "file:line" (stdin: a digest of its text); plain text on stdin gets a digest too. Each id
remembers its origin (the absolute path of its file, or "<stdin>") in state.jsonl: a report may replace an
earlier one of the same id only from the same origin; a report from another origin is an error and the
earlier report is kept. Nothing inside the output folder (or another huiyi output folder) is read as input.

Hardening: each report has a time limit in the worker (``time_limit`` seconds, `DEFAULT_TIME_LIMIT`; past
it the report goes to errors.jsonl and the run goes on); worker processes end with the `huiyi run` process
however it ends (kill -9 included); temporary files left by an interrupted run are removed by the next.

A run reads the inputs one report at a time, skips reports whose id and digest are already done (in
records.jsonl or in the journal; ``force`` processes everything), sends the rest in chunks to the
extraction engine (in-process for one job, worker processes with their own model for ``jobs > 1``, or
Dask), journals each result, and at the end merges the journal into records.jsonl: a re-processed report
replaces its old record, new reports are added. The graph store then removes the changed reports' facts and
adds the new ones (work in proportion to what changed), and graph.json/graph.html are streamed from it. Memory
holds the ids and digests of the reports and a bounded window of chunks in flight, never all the records nor
the whole graph.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from huiyi.pipeline.reader import text_digest
from huiyi.pipeline.records import ReportError, ReportRecord
from huiyi.worker import DEFAULT_TIME_LIMIT, drop_model, init_worker, process_chunk

RECORDS = "records.jsonl"
GRAPH = "graph.json"
HTML = "graph.html"
ERRORS = "errors.jsonl"
STATE = "state.jsonl"
JOURNAL = "journal.jsonl"
STORE = "graph.sqlite"
REPORT_PAGES = "reports"  # one evidence page per report (huiyi show), linked from graph.html
LOCK = ".lock"
DEFAULT_CHUNK = 8
# temporary files of atomic writes: ".records.jsonl.partial" (here), ".graph.json.k3j_x9a2.tmp" (mkstemp)
_TEMP_FILE = re.compile(r"\.[^/]+\.(?:partial|[A-Za-z0-9_]{8}\.tmp)")


class BatchError(RuntimeError):
    """The run cannot start (output folder locked, unknown engine…)."""


# -- engines: chunks in, (chunk, results | exception) out, a bounded window in flight -------------------------

class InlineEngine:
    """One job: extraction in this process; the model loads when the first chunk needs it."""

    def __init__(self, model_dir: str | None, time_limit: float | None = DEFAULT_TIME_LIMIT):
        self.model_dir, self.time_limit = model_dir, time_limit

    def run(self, chunks: Iterable[list]) -> Iterator[tuple[list, list | BaseException]]:
        for chunk in chunks:
            try:
                yield chunk, process_chunk(chunk, self.model_dir, self.time_limit)
            except Exception as e:  # noqa: BLE001  (one failing chunk never stops the run)
                yield chunk, e

    def close(self) -> None:
        """Drop this process's pipeline before the graph is built, so the two never add up."""
        drop_model()


class ProcessEngine:
    """`jobs` worker processes (forkserver, or spawn where there is none), each with its own model."""

    def __init__(self, jobs: int, model_dir: str | None, window: int | None = None,
                 time_limit: float | None = DEFAULT_TIME_LIMIT):
        self.jobs, self.model_dir, self.time_limit = jobs, model_dir, time_limit
        self.window = window or 2 * jobs
        self.pool: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            import multiprocessing as mp

            method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
            ctx = mp.get_context(method)
            if method == "forkserver":
                ctx.set_forkserver_preload(["huiyi.forkserver_guard", "huiyi.worker", "huiyi.pipeline.nlp",
                                            "huiyi.pipeline.extract"])
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=init_worker,
                                            initargs=(self.model_dir, os.getpid()))
        return self.pool

    def run(self, chunks: Iterable[list]) -> Iterator[tuple[list, list | BaseException]]:
        """Results per chunk. A worker that dies (killed, out of memory) breaks the pool and every chunk in flight:
        a fresh pool retries each of their reports alone, once, so only a report that kills its worker again fails."""
        from concurrent.futures import CancelledError
        from concurrent.futures.process import BrokenProcessPool

        pending: dict = {}  # future → (chunk, tries)
        retry: deque = deque()
        it = iter(chunks)
        exhausted = False
        while True:
            while len(pending) < self.window and (retry or not exhausted):
                if retry:
                    chunk, tries = retry.popleft()
                else:
                    chunk, tries = next(it, None), 0
                    if chunk is None:
                        exhausted = True
                        break
                try:
                    fut = self._pool().submit(process_chunk, chunk, self.model_dir, self.time_limit)
                except BrokenProcessPool:
                    # a worker died since the last result (while the caller handled it): a fresh pool takes this
                    # chunk, and the broken pool's chunks in flight come back below as broken
                    self.close()
                    fut = self._pool().submit(process_chunk, chunk, self.model_dir, self.time_limit)
                pending[fut] = (chunk, tries)
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in sorted(done, key=lambda f: pending[f][0][0][0]):
                chunk, tries = pending.pop(fut)
                try:
                    yield chunk, fut.result()
                except (BrokenProcessPool, CancelledError) as e:
                    self.close()  # a fresh pool goes on; the chunks in flight come back here as broken or cancelled
                    if tries == 0:
                        retry.extend(([item], 1) for item in chunk)
                    else:
                        yield chunk, e
                except Exception as e:  # noqa: BLE001
                    yield chunk, e

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def make_engine(engine: str, jobs: int, model_dir: str | None, scheduler: str | None = None,
                time_limit: float | None = DEFAULT_TIME_LIMIT):
    if engine == "dask":
        try:
            from huiyi.distributed import DaskEngine
        except ImportError as e:
            raise BatchError(f"--engine dask needs Dask: pip install 'huiyi[dask]' ({e})") from None

        return DaskEngine(jobs, model_dir, scheduler=scheduler)
    if engine != "local":
        raise BatchError(f"unknown engine {engine!r} (local or dask)")
    if jobs <= 1:
        return InlineEngine(model_dir, time_limit)
    return ProcessEngine(jobs, model_dir, time_limit=time_limit)


# -- journal and record indexes -------------------------------------------------------------------------------

class Journal:
    """Append-only, fsync'ed log of finished reports: ``{"id","digest","seq"}\\t<record JSON>\\n``.

    JSON never holds a raw tab, so the first tab splits header from record. A line cut short by a kill is
    dropped (and truncated away before the next append)."""

    def __init__(self, path: Path):
        self.path = path
        self.index: dict[str, tuple[str, int, int]] = {}  # id → (digest, seq, offset of the record JSON)
        self.origins: dict[str, str] = {}  # id → origin of the report (pipeline.reader.Report.origin)
        self._fh = None
        good_end = 0
        if path.exists():
            with path.open("rb") as fh:
                offset = 0
                for raw in fh:
                    if not raw.endswith(b"\n"):
                        break
                    head, sep, _ = raw.partition(b"\t")
                    try:
                        h = json.loads(head)
                        self.index[h["id"]] = (h["digest"], int(h["seq"]), offset + len(head) + 1)
                        if h.get("origin"):
                            self.origins[h["id"]] = h["origin"]
                    except (ValueError, KeyError, TypeError):
                        pass
                    offset += len(raw)
                    good_end = offset
            if good_end != path.stat().st_size:
                with path.open("r+b") as fh:
                    fh.truncate(good_end)

    def append(self, entries: list[tuple[str, str, int, str]], origins: dict[str, str] | None = None) -> None:
        """Durably append (id, digest, seq, record_json) entries (with each id's origin, when known)."""
        if not entries:
            return
        if self._fh is None:
            self._fh = self.path.open("ab")
        buf = []
        offset = self._fh.tell()
        for rid, digest, seq, rec_json in entries:
            origin = (origins or {}).get(rid)
            h = {"id": rid, "digest": digest, "seq": seq} | ({"origin": origin} if origin else {})
            if origin:
                self.origins[rid] = origin
            head = json.dumps(h, ensure_ascii=False).encode("utf-8")
            self.index[rid] = (digest, seq, offset + len(head) + 1)
            line = head + b"\t" + rec_json.encode("utf-8") + b"\n"
            offset += len(line)
            buf.append(line)
        self._fh.write(b"".join(buf))
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


_ID_DECODER = json.JSONDecoder()


def _line_id(line: bytes) -> str | None:
    """The report id of a records.jsonl line without parsing the whole record."""
    text = line.decode("utf-8")
    i = text.find('"id":')
    if 0 <= i < 64:
        try:
            val, _ = _ID_DECODER.raw_decode(text, i + 5)
            if isinstance(val, str):
                return val
        except ValueError:
            pass
    try:
        return json.loads(text).get("id")
    except ValueError:
        return None


def index_records(path: Path) -> dict[str, int]:
    """id → byte offset of its line in a records.jsonl (the last one wins)."""
    index: dict[str, int] = {}
    if not path.exists():
        return index
    with path.open("rb") as fh:
        offset = 0
        for raw in fh:
            if raw.strip():
                rid = _line_id(raw)
                if rid is not None:
                    index[rid] = offset
            offset += len(raw)
    return index


def read_state(path: Path, origins: dict[str, str] | None = None) -> dict[str, str]:
    """id → digest of the reports done ("ok") in the last completed run; each id's origin goes to `origins`."""
    state: dict[str, str] = {}
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if isinstance(row, dict) and row.get("status") == "ok":
                    state[row["id"]] = row["digest"]
                    if origins is not None and row.get("origin"):
                        origins[row["id"]] = row["origin"]
    return state


def remove_stale_temp_files(out: Path) -> list[str]:
    """Delete the temporary files that an interrupted run left in the output folder (called under the lock,
    so no other run is writing them); returns their names."""
    gone = []
    pages = out / REPORT_PAGES
    for f in [*out.iterdir(), *(pages.iterdir() if pages.is_dir() else ())]:  # evidence pages too
        if _TEMP_FILE.fullmatch(f.name) and f.is_file() and not f.is_symlink():
            with contextlib.suppress(OSError):
                f.unlink()
                gone.append(f.name)
    return gone


def _read_line_at(fh, offset: int) -> str:
    fh.seek(offset)
    return fh.readline().decode("utf-8").rstrip("\n")


# -- the run --------------------------------------------------------------------------------------------------

@dataclass
class RunStats:
    inputs: int = 0  # reports read (not counting unreadable inputs)
    processed: int = 0  # extracted in this run
    skipped: int = 0  # unchanged since an earlier run (or journaled by a killed one)
    errors: int = 0
    records: int = 0  # records in the final records.jsonl
    first_result_s: float | None = None  # seconds from the start of the run to the first extracted report
    seconds: float = 0.0
    finish_s: float = 0.0  # of which finishing: records merged, graph store updated, outputs written
    labels: dict = field(default_factory=dict)
    error_list: list = field(default_factory=list)  # the first 100 errors, for the summary
    pruned: int = 0  # earlier reports removed (--prune)


def _count_inputs(inputs: Iterable[str], exclude: Iterable[Path] = ()) -> int | None:
    """How many reports the inputs hold (for the progress bar's ETA); None when stdin is read."""
    from huiyi.pipeline.reader import STDIN, expand_inputs, report_suffix

    total = 0
    for p in expand_inputs(inputs, exclude):
        if p == STDIN:
            return None
        if isinstance(p, ReportError):
            continue
        if report_suffix(p) == ".jsonl":
            try:
                with gzip.open(p, "rb") if p.suffix.lower() == ".gz" else p.open("rb") as fh:
                    n, last = 0, b"\n"
                    for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                        n += block.count(b"\n")
                        last = block[-1:]
                    total += n + (last != b"\n")
            except (OSError, EOFError):
                total += 1
        else:
            total += 1
    return total


def _progress(total: int | None, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="report", file=sys.stderr, disable=not enabled, dynamic_ncols=True,
                smoothing=0.1, mininterval=0.5)


@contextlib.contextmanager
def _locked(out: Path):
    import fcntl

    fh = (out / LOCK).open("w")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BatchError(f"another `huiyi run` is writing to {out}") from None
        yield
    finally:
        fh.close()


@dataclass(frozen=True)
class RunOptions:
    """How `run_batch` runs: the options of `huiyi run`."""

    jobs: int = 1
    force: bool = False  # reprocess unchanged reports
    progress: bool | None = None  # a bar; None: when stderr is a terminal
    model_dir: str | None = None
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # a Dask scheduler's address
    chunk_size: int = DEFAULT_CHUNK
    max_bytes: int | None = None
    html: bool = True
    title: str | None = None
    time_limit: float | None = DEFAULT_TIME_LIMIT  # seconds per report (None or 0: no limit)
    date: str | None = None  # publication date of inputs that give none
    prune: bool = False  # remove the reports that are gone (`gone_reports`)


def run_batch(inputs: list[str], out: str | Path, options: RunOptions | None = None, *, stdin=None,
              on_result: Callable[[int], None] | None = None) -> RunStats:
    """Extract `inputs` into the output folder `out` (see the module docstring and `RunOptions`)."""
    o = options or RunOptions()
    jobs, force, progress, model_dir, engine, scheduler = o.jobs, o.force, o.progress, o.model_dir, o.engine, o.scheduler
    chunk_size, max_bytes, html, title, time_limit, date, prune = (
        o.chunk_size, o.max_bytes, o.html, o.title, o.time_limit, o.date, o.prune)
    from huiyi.pipeline.reader import read_reports

    if engine == "dask":  # before anything is written (no .lock, no partial files left behind)
        try:
            import distributed  # noqa: F401
        except ImportError as e:
            raise BatchError(f"--engine dask needs Dask: pip install 'huiyi[dask]' ({e})") from None
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    stats = RunStats()
    if progress is None:
        progress = sys.stderr.isatty()
    with _locked(out):
        remove_stale_temp_files(out)
        old_index = index_records(out / RECORDS)
        origins: dict[str, str] = {}  # id → origin of the report kept under it
        state = read_state(out / STATE, origins)
        journal = Journal(out / JOURNAL)
        origins.update(journal.origins)
        err_tmp = out / f".{ERRORS}.partial"
        err_fh = err_tmp.open("w", encoding="utf-8")
        seen: dict[str, int] = {}  # id → seq, in input order
        new_origins: dict[str, str] = {}  # id → origin, of this run's reports
        errored_ids: set[str] = set()
        old_fh = (out / RECORDS).open("rb") if old_index else None

        def old_digest(rid: str) -> str | None:
            if rid in state:
                return state[rid]
            if old_fh is not None and rid in old_index:  # records.jsonl without state.jsonl: from the record
                try:
                    return text_digest(json.loads(_read_line_at(old_fh, old_index[rid]))["text"])
                except (ValueError, KeyError):
                    return None
            return None

        bar = _progress(_count_inputs(inputs, [out]) if progress else None, progress)

        def error(e: ReportError) -> None:
            stats.errors += 1
            if e.id:
                errored_ids.add(e.id)
            if len(stats.error_list) < 100:
                stats.error_list.append(e)
            err_fh.write(e.model_dump_json() + "\n")
            err_fh.flush()

        def chunks() -> Iterator[list]:
            chunk: list = []
            for item in read_reports(inputs, max_bytes=max_bytes, stdin=stdin, date=date, exclude=[out]):
                if isinstance(item, ReportError):
                    error(item)
                    bar.update(1)
                    continue
                if item.id in seen:
                    error(ReportError(file=item.source_path or item.id, id=item.id,
                                      reason="duplicate report id (an earlier input has the same id)"))
                    bar.update(1)
                    continue
                prev = origins.get(item.id)
                if prev is not None and item.origin is not None and prev != item.origin:
                    error(ReportError(file=item.source_path or item.id, id=item.id,
                                      reason=f"report id already holds the report read from {prev}: not replaced"))
                    bar.update(1)
                    continue
                if item.origin is not None:
                    new_origins[item.id] = item.origin
                seen[item.id] = seq = len(seen)
                stats.inputs += 1
                if not force:
                    j = journal.index.get(item.id)
                    if (j is not None and j[0] == item.digest) or (
                            j is None and item.id in old_index and old_digest(item.id) == item.digest):
                        stats.skipped += 1
                        bar.update(1)
                        continue
                chunk.append((seq, item))
                if len(chunk) >= chunk_size:
                    yield chunk
                    chunk = []
            if chunk:
                yield chunk

        eng = make_engine(engine, jobs, model_dir, scheduler, time_limit)
        try:
            for chunk, result in eng.run(chunks()):
                if isinstance(result, BaseException):
                    for _, rep in chunk:
                        error(ReportError(file=rep.source_path or rep.id, id=rep.id,
                                          reason=f"extraction failed: {result!r}"))
                    bar.update(len(chunk))
                    continue
                entries = []
                for seq, rid, digest, status, payload in result:
                    if status == "ok":
                        entries.append((rid, digest, seq, payload))
                    else:
                        error(ReportError.model_validate_json(payload))
                journal.append(entries, new_origins)
                stats.processed += len(entries)
                if stats.first_result_s is None and entries:
                    stats.first_result_s = time.perf_counter() - t0
                bar.update(len(chunk))
                if on_result is not None:
                    on_result(stats.processed)
        finally:
            eng.close()
            bar.close()
            journal.close()
            err_fh.close()

        all_origins = origins | journal.origins
        drop = gone_reports(old_index, seen, all_origins, set(new_origins.values())) if prune else set()
        stats.pruned = len(drop)
        _finish(out, seen, old_index, old_fh, journal, errored_ids, stats, html=html,
                title=title or "huiyi — " + ", ".join(str(i) for i in inputs), origins=all_origins, drop=drop)
        if old_fh is not None:
            old_fh.close()
        if stats.errors:
            os.replace(err_tmp, out / ERRORS)
        else:
            err_tmp.unlink(missing_ok=True)
            (out / ERRORS).unlink(missing_ok=True)
        (out / JOURNAL).unlink(missing_ok=True)  # everything it held is in records.jsonl now
    stats.seconds = time.perf_counter() - t0
    return stats


def gone_reports(old: Iterable[str], seen: dict[str, int], origins: dict[str, str], read: set[str]) -> set[str]:
    """The earlier reports a run with --prune removes: those whose file no longer exists, and those of a file
    this run read that no longer gives them (a line deleted from a JSONL). Reports of inputs not named in
    this run, and of stdin, stay."""
    out = set()
    for rid in old:
        if rid in seen:
            continue
        origin = origins.get(rid)
        if origin is None or origin == "<stdin>":
            continue
        if origin in read or not os.path.exists(origin):
            out.add(rid)
    return out


def remove_reports(out: Path, ids: Iterable[str], *, html: bool = True) -> list[str]:
    """`huiyi remove`: take reports out of an output folder (records, graph, pages; Neo4j on its next load).
    Returns the ids removed (unknown ids are ignored)."""
    out = Path(out)
    with _locked(out):
        old_index = index_records(out / RECORDS)
        drop = {rid for rid in ids if rid in old_index}
        if not drop:
            return []
        origins: dict[str, str] = {}
        read_state(out / STATE, origins)
        journal = Journal(out / JOURNAL)
        stats = RunStats()
        with (out / RECORDS).open("rb") as old_fh:
            _finish(out, {}, old_index, old_fh, journal, set(), stats, html=html, title=f"huiyi — {out}",
                    origins=origins | journal.origins, drop=drop)
        journal.close()
        (out / JOURNAL).unlink(missing_ok=True)
    return sorted(drop)


def _finish(out: Path, seen: dict[str, int], old_index: dict[str, int], old_fh, journal: Journal,
            errored_ids: set[str], stats: RunStats, *, html: bool, title: str,
            origins: dict[str, str] | None = None, drop: set[str] = frozenset()) -> None:
    """Merge the journal into records.jsonl; update the graph store with what changed; write graph.json
    (+ graph.html) and state.jsonl from it (with each id's origin from `origins`).

    Order of records.jsonl: this run's reports in input order, then earlier reports not among this run's
    inputs (in their old order), then journaled reports of a killed run with other inputs (in their order).
    Unchanged records are copied as bytes, never parsed. The graph does not depend on that order
    (graph.build.merge_parts), so an incremental run gives the same files as a clean run over the same
    reports."""
    t0 = time.perf_counter()
    jidx = journal.index
    order: list[str] = [rid for rid in seen if rid in jidx or rid in old_index]
    in_order = set(order)
    order += [rid for rid in old_index if rid not in in_order]
    in_order.update(old_index)
    order += sorted((rid for rid in jidx if rid not in in_order), key=lambda r: (jidx[r][1], r))
    order = [rid for rid in order if rid not in drop]  # removed: gone from records, graph and pages

    old_state = read_state(out / STATE)
    digests: dict[str, str | None] = {}
    offsets: dict[str, int] = {}
    tmp = out / f".{RECORDS}.partial"
    with tmp.open("wb") as fh, (journal.path.open("rb") if jidx else contextlib.nullcontext()) as jfh:
        at = 0
        for rid in order:
            if rid in jidx:
                digests[rid] = jidx[rid][0]
                line = _raw_line_at(jfh, jidx[rid][2])
            else:
                line = _raw_line_at(old_fh, old_index[rid])
                digests[rid] = old_state.get(rid) or text_digest(json.loads(line)["text"])
            offsets[rid] = at
            at += fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, out / RECORDS)
    stats.records = len(order)
    stats.labels = update_outputs(out, digests, set(jidx), html=html, title=title, index=offsets)
    state_lines = [json.dumps({"id": rid, "digest": digests[rid], "status": "ok"}
                              | ({"origin": o} if (o := (origins or {}).get(rid)) else {}), ensure_ascii=False) + "\n"
                   for rid in order]
    for rid in sorted(errored_ids - set(order)):
        state_lines.append(json.dumps({"id": rid, "digest": None, "status": "error"}, ensure_ascii=False) + "\n")
    from huiyi.graph.store import atomic_write_text

    atomic_write_text(out / STATE, "".join(state_lines))
    stats.finish_s = time.perf_counter() - t0


def _raw_line_at(fh, offset: int) -> bytes:
    fh.seek(offset)
    line = fh.readline()
    return line if line.endswith(b"\n") else line + b"\n"


def _with_report_pages(out: Path, adds: Iterable[tuple[ReportRecord, str]]) -> Iterator[tuple[ReportRecord, str]]:
    """Write each new or changed report's evidence page (out/reports/, linked from graph.html) as it passes."""
    from huiyi.graph.evidence_page import report_page_filename, write_report_page

    for rec, digest in adds:
        write_report_page(rec, out / REPORT_PAGES / report_page_filename(rec.id))
        yield rec, digest


def _remove_report_pages(out: Path, ids: Iterable[str]) -> None:
    from huiyi.graph.evidence_page import report_page_filename

    for rid in ids:
        (out / REPORT_PAGES / report_page_filename(rid)).unlink(missing_ok=True)


def update_outputs(out: Path, digests: dict[str, str | None], changed: set[str], *, html: bool = True,
                   title: str | None = None, index: dict[str, int] | None = None):
    """Bring graph.sqlite in line with records.jsonl and write graph.json (+ graph.html) from it.

    `digests`: id → input digest of every report in records.jsonl now; `changed`: ids re-extracted in this
    run; `index`: id → offset of its line in records.jsonl (read from the file when not given). The store
    drops reports that are gone or changed and adds the new versions, reading only their lines from
    records.jsonl; a store that is missing (or was deleted) is rebuilt from all records.
    Returns the node counts by label."""
    from huiyi.graph.incremental import GraphStore, StoreVersionError, remove_store

    try:
        GraphStore(out / STORE).close()
    except StoreVersionError:  # written by another version: rebuilt from records.jsonl below
        remove_store(out / STORE)
    with GraphStore(out / STORE) as store:
        have = store.reports()
        remove = [rid for rid, d in have.items() if rid not in digests or rid in changed or d != digests[rid]]
        gone = set(remove)
        todo = {rid for rid in digests if rid not in have or rid in gone}
        if html:
            _remove_report_pages(out, (rid for rid in gone if rid not in digests))
        if todo:
            index = index if index is not None else index_records(out / RECORDS)
            with (out / RECORDS).open("rb") as fh:
                adds = ((ReportRecord.from_json(_raw_line_at(fh, index[rid])), digests[rid])
                        for rid in sorted(todo, key=index.__getitem__))
                store.update(remove, _with_report_pages(out, adds) if html else adds)
        elif remove:
            store.update(remove, ())
        store.write_json(out / GRAPH)
        if html:
            from huiyi.graph.render.explorer import page_version, render_store

            # a run that changed nothing keeps graph.html (same graph, title and page code: the same bytes)
            key = f"{store.gen}|{title}|{page_version()}"
            page = out / HTML
            if not (store.meta("html_key") == key and page.is_file()
                    and str(page.stat().st_size) == store.meta("html_size")):
                size = render_store(store, page, title=title)["bytes"]
                store.set_meta("html_key", key)
                store.set_meta("html_size", str(size))
        return store.label_counts()
