"""A worker killed between two results breaks the process pool before the
driver hears of it: the next submit then raises BrokenProcessPool at once
(seen as a flaky failure of test_killed_worker_loses_nothing in CI). That
chunk must go again with the others in flight, not end the run."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool

import pytest

from banmian.batch import engines


class _BrokenPool:
    def submit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise BrokenProcessPool("A child process terminated abruptly")


def test_a_submit_to_a_broken_pool_gives_a_future_that_says_so() -> None:
    future = engines._submit(_BrokenPool(), ["page.txt"], None)  # type: ignore[arg-type]
    with pytest.raises(BrokenProcessPool):
        future.result()


class _Pool:
    """Runs nothing: each chunk's future comes back done at once, until
    ``breaks_after`` submits; then the pool is broken and submit raises."""

    def __init__(self, breaks_after: int) -> None:
        self.left = breaks_after

    def submit(self, fn, chunk, options):  # type: ignore[no-untyped-def]
        from concurrent.futures import Future

        if self.left == 0:
            raise BrokenProcessPool("A child process terminated abruptly")
        self.left -= 1
        done: Future = Future()
        done.set_result([chunk[0]])
        return done

    def shutdown(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        pass


def test_chunks_submitted_to_a_broken_pool_go_again_on_a_new_one(monkeypatch) -> None:
    pools = [_Pool(breaks_after=3), _Pool(breaks_after=100)]
    engine = engines.LocalEngine(workers=1)
    monkeypatch.setattr(engine, "_new_pool", lambda: pools.pop(0))
    chunks = [[f"p{n}"] for n in range(8)]
    done = [outcomes[0] for _, outcomes in engine.map_chunks(iter(chunks), None)]  # type: ignore[arg-type]
    assert done == [f"p{n}" for n in range(8)]
    assert engine.restarts == 1
