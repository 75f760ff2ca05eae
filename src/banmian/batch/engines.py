"""Engines: where the chunks of a batch are processed, in order, with a bounded number in flight.

``local`` is a process pool on this machine (no Ray needed); ``ray`` runs each
chunk as a Ray task, on a cluster (``address``) or on a Ray started here. Both
yield each chunk's outcomes in the order the chunks went in, so the dataset
they write is the same file for file; both keep at most ``ahead`` chunks per
worker in flight, so the driver's memory does not grow with the input.

A worker that dies (killed, out of memory, a lost node) does not lose its chunk:
the local engine starts a new pool and sends the chunks in flight again; Ray
retries the task itself (``max_retries``). A chunk that kills its worker every
time ends with each of its inputs failed, with the reason.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..errors import UsageError
from .work import Options, Outcome, process_chunk, worker_count

#: Chunks queued per worker beyond the one it is working on.
AHEAD_PER_WORKER = 3
#: Tries of one chunk (the first and the retries) before its inputs are given up as failed.
ATTEMPTS = 4

Chunk = list[str]


def _given_up(chunk: Chunk, why: str) -> list[Outcome]:
    return [Outcome(source, "failed", error=f"the worker processing it died {ATTEMPTS} times ({why})")
            for source in chunk]


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C reaches the whole process group, but only the driver decides what
    an interruption does (keep what came back, drop the rest); a worker just goes on or is ended."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class LocalEngine:
    """A pool of worker processes on this machine (they die with the driver)."""

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = worker_count(workers)
        self._pool: Any = None
        self.restarts = 0

    def _new_pool(self) -> Any:
        from ..archive.workers import worker_pool

        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = worker_pool(self.workers, _ignore_interrupts)
        return self._pool

    def map_chunks(self, chunks: Iterable[Chunk], options: Options) -> Iterator[tuple[Chunk, list[Outcome]]]:
        pool = self._pool or self._new_pool()
        pending: deque[tuple[Chunk, int, Future[list[Outcome]]]] = deque()
        chunks = iter(chunks)
        window = self.workers * (1 + AHEAD_PER_WORKER)
        more = True
        while True:
            more = more and _top_up(pending, chunks, window, lambda c: (c, 1, _submit(pool, c, options)))
            if not pending:
                return
            chunk, attempt, future = pending[0]
            try:
                outcomes = future.result()
            except BrokenProcessPool as exc:
                # a worker died: which chunk killed it is unknown, so every chunk in flight goes again
                self.restarts += 1
                pool = self._new_pool()
                again: deque[tuple[Chunk, int, Future[list[Outcome]]]] = deque()
                for c, a, _ in pending:
                    if a >= ATTEMPTS:
                        done: Future[list[Outcome]] = Future()
                        done.set_result(_given_up(c, str(exc) or "the process pool broke"))
                        again.append((c, a, done))
                    else:
                        again.append((c, a + 1, pool.submit(process_chunk, c, options)))
                pending = again
                continue
            pending.popleft()
            yield chunk, outcomes

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class RayEngine:
    """Each chunk a Ray task; Ray retries a task whose worker died."""

    name = "ray"

    def __init__(self, workers: int | None = None, address: str | None = None) -> None:
        try:
            import ray
        except ImportError as exc:
            raise UsageError(f"--engine ray needs the 'ray' extra (pip install 'banmian[ray]'): {exc}") from None
        self.ray = ray
        self.started_here = not ray.is_initialized()
        if self.started_here:
            kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                      "logging_level": "WARNING", "configure_logging": True}
            if address:
                kwargs["address"] = address
            else:
                kwargs["num_cpus"] = worker_count(workers)
            try:
                ray.init(**kwargs)
            except (ConnectionError, ValueError, RuntimeError) as exc:
                raise UsageError(f"cannot start or join Ray at {address or 'a new local Ray'!r}: {exc}") from None
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = workers or cpus
        self.restarts = 0
        self._task = ray.remote(num_cpus=1, max_retries=ATTEMPTS - 1, retry_exceptions=False)(process_chunk)

    def map_chunks(self, chunks: Iterable[Chunk], options: Options) -> Iterator[tuple[Chunk, list[Outcome]]]:
        ray = self.ray
        pending: deque[tuple[Chunk, Any]] = deque()
        chunks = iter(chunks)
        window = self.workers * (1 + AHEAD_PER_WORKER)
        options_ref = ray.put(options)
        more = True
        try:
            while True:
                more = more and _top_up(pending, chunks, window, lambda c: (c, self._task.remote(c, options_ref)))
                if not pending:
                    return
                chunk, ref = pending.popleft()
                try:
                    outcomes = ray.get(ref)
                except (ray.exceptions.WorkerCrashedError, ray.exceptions.NodeDiedError,
                        ray.exceptions.ObjectLostError, ray.exceptions.RayTaskError) as exc:
                    outcomes = _given_up(chunk, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
                yield chunk, outcomes
        finally:
            for _, ref in pending:  # an interrupted run: drop the work in flight
                ray.cancel(ref, force=True)

    def close(self) -> None:
        if self.started_here and self.ray.is_initialized():
            self.ray.shutdown()


def _submit(pool: Any, chunk: Chunk, options: Options) -> Future[list[Outcome]]:
    """The chunk submitted to the pool; where a worker died since the last
    result came back (the pool already broken), a future that says so, so the
    chunk goes again with the others in flight once a new pool stands."""
    try:
        return pool.submit(process_chunk, chunk, options)
    except BrokenProcessPool as exc:
        broken: Future[list[Outcome]] = Future()
        broken.set_exception(exc)
        return broken


def _top_up(pending: deque[Any], chunks: Iterator[Chunk], window: int, submit: Any) -> bool:
    """Submit chunks until ``window`` are in flight (memory stays bounded);
    False once the input is used up."""
    while len(pending) < window:
        chunk = next(chunks, None)
        if chunk is None:
            return False
        pending.append(submit(chunk))
    return True


def make_engine(name: str, workers: int | None = None, address: str | None = None) -> LocalEngine | RayEngine:
    if name == "local":
        if address:
            raise UsageError(f"--address {address!r} is for --engine ray")
        return LocalEngine(workers)
    if name == "ray":
        return RayEngine(workers, address or os.environ.get("RAY_ADDRESS") or None)
    raise UsageError(f"unknown engine {name!r}: use 'local' or 'ray'")
