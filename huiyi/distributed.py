"""Extraction on a Dask cluster (`huiyi run --engine dask`): a local cluster of worker processes, or an
existing scheduler (`--scheduler tcp://host:8786`). Each worker loads the pipeline once, through a worker
plugin; chunks of reports go out with `Client.submit`, a bounded window in flight, and the results come
back to this process, which journals them and builds the graph exactly as for the local engine.

Needs the `dask` extra: pip install 'huiyi[dask]'. Workers on other machines need huiyi and the model
(models/huiyi_zh, or --model pointing at a path that exists on them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed


class HuiyiModelPlugin(WorkerPlugin):
    """Loads the huiyi pipeline into each worker process when the worker starts (or joins)."""

    name = "huiyi-model"

    def __init__(self, model_dir: str | None):
        self.model_dir = model_dir

    def setup(self, worker) -> None:
        from huiyi.worker import init_worker

        init_worker(self.model_dir)


class DaskEngine:
    def __init__(self, jobs: int, model_dir: str | None, scheduler: str | None = None,
                 window: int | None = None):
        self.model_dir = model_dir
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
            n = max(1, len(self.client.scheduler_info().get("workers", {})))
        else:
            n = max(1, jobs)
            self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                        dashboard_address=":0", memory_limit=0)  # any free port
            self.client = Client(self.cluster)
        self.client.register_plugin(HuiyiModelPlugin(model_dir))
        self.window = window or 2 * n

    def run(self, chunks: Iterable[list]) -> Iterator[tuple[list, list | BaseException]]:
        from huiyi.worker import process_chunk

        it = iter(chunks)
        pending: dict = {}
        ac = as_completed()

        def submit() -> bool:
            chunk = next(it, None)
            if chunk is None:
                return False
            fut = self.client.submit(process_chunk, chunk, self.model_dir, pure=False)
            pending[fut.key] = chunk
            ac.add(fut)
            return True

        for _ in range(self.window):
            if not submit():
                break
        for fut in ac:
            chunk = pending.pop(fut.key)
            try:
                yield chunk, fut.result()
            except Exception as e:  # noqa: BLE001  (a failed chunk becomes errors; the run goes on)
                yield chunk, e
            fut.release()
            submit()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
