"""The extraction worker: one pipeline per process, chunks of reports in, records out, under a time limit.

Used by every engine of `huiyi run` (in-process, worker processes, Dask workers). A worker process ends with
the run that started it, however that ends (kill -9 included): PR_SET_PDEATHSIG where Linux has it, and a
watchdog on the parent pid.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time

from huiyi.pipeline.records import ReportError, ReportRecord

DEFAULT_TIME_LIMIT = 60.0  # seconds per report: a real report takes ~0.1 s, 200,000 characters a few seconds

# -- the worker ----------------------------------------------------------------------------------------------

_NLP = None  # the pipeline of this process (a worker's, or the main process's for one job)


def _load_model(model_dir: str | None):
    from huiyi.pipeline import nlp as nlpmod

    nlp, _ = nlpmod.timed_load(model_dir or nlpmod.DEFAULT_MODEL)
    return nlp


def set_parent_death_signal() -> None:
    """Ask the kernel to SIGKILL this process when its parent ends (Linux PR_SET_PDEATHSIG; elsewhere nothing)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """End this worker when `parent_pid` (the `huiyi run` process) ends, however it ends (kill -9 too).

    A worker forked by the forkserver is its child, not the run's, and the workers themselves keep the
    forkserver (and the resource tracker) alive: nothing would ever stop them. So the worker dies with its
    direct parent (PR_SET_PDEATHSIG; the forkserver dies with the run, huiyi.forkserver_guard), and a daemon
    thread also waits on a pidfd of the run process and exits at once when it ends (other start methods,
    other kernels). The resource tracker ends by itself once no process holds its pipe."""
    set_parent_death_signal()

    def watch() -> None:
        try:
            import select

            fd = os.pidfd_open(parent_pid)
            select.select([fd], [], [])  # readable once the process has ended
        except (AttributeError, OSError):  # no pidfd (old kernel) or already gone: poll
            while True:
                try:
                    os.kill(parent_pid, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    pass
                time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="huiyi-parent-watch", daemon=True).start()


def init_worker(model_dir: str | None, parent_pid: int | None = None) -> None:
    """Process-pool initializer: the worker ends with `parent_pid`, and loads its own pipeline once."""
    global _NLP
    if parent_pid is not None:
        die_with_parent(parent_pid)
    _NLP = _load_model(model_dir)


class ReportTimeout(BaseException):
    """A report ran past its time limit. Not an Exception: extraction's own error handling must not catch it
    (it would retry the report)."""


@contextlib.contextmanager
def _time_limit(seconds: float | None):
    """Raise ReportTimeout in this thread after `seconds` (SIGALRM: only in a process's main thread, which is
    where pool workers and a one-job run extract; elsewhere, e.g. Dask's worker threads, no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise ReportTimeout(f"time limit exceeded ({seconds:g} s)")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def process_chunk(chunk: list[tuple[int, object]], model_dir: str | None = None,
                  time_limit: float | None = None) -> list[tuple]:
    """Extract one chunk of (seq, Report): [(seq, id, digest, "ok", record_json) | (seq, id, digest, "error",
    error_json)], in chunk order. Runs wherever the engine puts it; the model is this process's. Each report
    has `time_limit` seconds (None: no limit); one that runs past it becomes an error."""
    from huiyi.pipeline.extract import extract

    global _NLP
    if _NLP is None:
        _NLP = _load_model(model_dir)
    out = []
    for seq, rep in chunk:
        try:
            with _time_limit(time_limit):
                (item,) = extract(_NLP, [rep], batch_size=1)
                payload = item.to_json() if isinstance(item, ReportRecord) else item
        except ReportTimeout as e:
            payload = ReportError(file=rep.source_path or rep.id, id=rep.id, reason=str(e))
        if isinstance(payload, str):
            out.append((seq, rep.id, rep.digest, "ok", payload))
        else:
            out.append((seq, rep.id, rep.digest, "error", payload.model_dump_json()))
    return out


def drop_model() -> None:
    """Drop this process's pipeline (~0.7 GB) before the graph is built, so the two never add up."""
    global _NLP
    if _NLP is not None:
        import gc

        _NLP = None
        gc.collect()
