"""How much slower than the reference machine this one runs Python, for the
tests that bound wall time (a 200,000-line page, the fuzzing budgets).

A bound in seconds holds on one machine and fails on a machine half as fast:
CI machines differ by nearly two to one from run to run, and one machine's
speed swings within minutes. So the bounds are set for the reference machine
(the one the bounds were met on) and stretched by :func:`slowdown`, the ratio
of a fixed piece of pure-Python work, timed here right beside the test, to
its time there. A faster machine keeps the bound as it is (the ratio never
goes below 1).
"""

from __future__ import annotations

import time

#: best of five runs of :func:`_reference_work` on the reference machine. The bounds were
#: met in CI on 2026-12-01 (the suite's run of commit ec53ad1, 566 s in all) by code that
#: takes 6.5 to 8.5 s on the 200,000-line pages of test_large_pages.py on the development
#: machine where the reference work takes 0.21 s (``python -c "import tests.machine_speed
#: as m; print(m.reference_seconds())"``, 2 cores, CPython 3.11), against the 5 s it met
#: there: that CI machine ran at least 1.3 times as fast, 0.21 / 1.3 = 0.16 s.
REFERENCE_SECONDS = 0.16

_LINES = ["新华社北京2月20日电（记者 张三）江城市市长王明20日主持召开市政府常务会议，",
          "研究部署进一步做好菜篮子工作。会议指出，菜篮子装着百姓日子。",
          "第二届江城数字经济大会（2024）在城东开幕", "■ 本报记者 李四 王五", "（下转第2版）"] * 40


_ROUNDS = 1500


def _reference_work(rounds: int = _ROUNDS) -> int:
    """Work like text layout's: short strings measured, stripped, searched and
    counted, a function call per line, small dicts and lists."""
    def measure(line: str) -> tuple[int, bool]:
        narrow = line.encode("ascii", "ignore")
        return len(line) - len(narrow), line.rstrip("”）").endswith(("。", "！", "？"))

    total = 0
    for _ in range(rounds):
        counts: dict[int, int] = {}
        for line in _LINES:
            width, closes = measure(line.strip())
            counts[width] = counts.get(width, 0) + 1
            total += closes + ("记者" in line) + line.count("，")
        total += max(counts.values())
    return total


def reference_seconds(runs: int = 5, share: float = 1.0, clock=time.perf_counter) -> float:
    """The best of ``runs`` timings of ``share`` of the reference work on this machine
    (by ``clock``: wall time, or ``time.process_time`` for the process's own CPU seconds)."""
    best = float("inf")
    for _ in range(runs):
        started = clock()
        _reference_work(round(_ROUNDS * share))
        best = min(best, clock() - started)
    return best


def slowdown(runs: int = 5, share: float = 1.0, clock=time.perf_counter) -> float:
    """How many times slower than the reference machine this one is now (at least 1);
    asked right before the timed work, as the machine's speed swings. Timed work
    measured in CPU seconds is stretched by a slowdown in CPU seconds (``clock``)."""
    return max(1.0, reference_seconds(runs, share, clock) / (REFERENCE_SECONDS * share))
