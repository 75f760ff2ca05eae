"""Worker processes for bulk ingest that never outlive the process that started them.

A bulk ingest killed with SIGKILL cannot shut its pool down; left alone, its
workers parsed on for half a minute and more, and with PostgreSQL went on
storing pages. Each worker asks the kernel to kill it when its parent dies
(Linux: ``PR_SET_PDEATHSIG``) and also watches its parent from a thread (other
systems, and a parent that died before the request could be made).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

#: How much lower the workers' priority is than the writer's (see _lower_priority).
WORKER_NICENESS = 10
#: How often a worker's watch thread looks for its parent; well inside the 2 s a worker may outlive it.
PARENT_CHECK_SECONDS = 0.2
#: ``prctl`` option: the signal a process gets when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1


def worker_pool(workers: int, initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = ()) -> ProcessPoolExecutor:
    """A process pool whose workers die with this process and run at a lower priority;
    ``initializer(*initargs)`` then runs in each worker."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                               initargs=(os.getpid(), initializer, initargs))


def _start_worker(parent_pid: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    die_with_parent(parent_pid)
    _lower_priority()
    if initializer is not None:
        initializer(*initargs)


def die_with_parent(parent_pid: int) -> None:
    """End this process as soon as ``parent_pid`` (the process that started the pool) has died."""
    _ask_kernel_for_death_signal()
    first_parent = os.getppid()
    if not _alive(parent_pid):  # died before the kernel was asked
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid, first_parent), name="banmian-parent-watch",
                     daemon=True).start()


def _ask_kernel_for_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no prctl here: the watch thread alone does it
        pass


def _watch_parent(parent_pid: int, first_parent: int) -> None:
    """Exit when the parent is gone: re-parented (the usual sign) or no longer alive."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != first_parent or not _alive(parent_pid):
            os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def _lower_priority() -> None:
    """Run workers at a lower priority: the writer (and a database server on the same
    machine) is what limits a bulk ingest, so when cores are short it should never
    wait behind parsing that is already ahead of it."""
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # not permitted here: parse at normal priority
        pass
