"""Imported first by the multiprocessing forkserver of `huiyi run -j N` (huiyi.batch names it in the preload
list): the forkserver is then killed by the kernel when the run process that started it ends, kill -9
included, and its workers (PR_SET_PDEATHSIG of their own, see huiyi.worker.die_with_parent) with it, even a
worker busy in a long C call that holds the GIL and so keeps its watchdog thread from running."""

from huiyi.worker import set_parent_death_signal

set_parent_death_signal()
