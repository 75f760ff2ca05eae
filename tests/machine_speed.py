"""How much slower than the reference machine this one runs Python, for the
tests that bound wall time (a 200,000-line page, the fuzzing budgets).

A bound in seconds holds on one machine and fails on a machine half as fast:
CI machines differ by nearly two to one from run to run. So the bounds are
set for the reference machine (the one the figures in ``REFERENCE_SECONDS``
were measured on) and stretched by :func:`slowdown`, the ratio of a fixed
piece of pure-Python work run here beside the test to its time there. A
faster machine keeps the bound as it is (the ratio never goes below 1).
"""

from __future__ import annotations

import time
from functools import cache

#: best of five runs of :func:`_reference_work` on the reference machine, idle
#: (2 cores, CPython 3.11; ``python -c "import tests.machine_speed as m; print(m.reference_seconds())"``)
REFERENCE_SECONDS = 0.20

_LINES = ["新华社北京2月20日电（记者 张三）国务院总理李强20日主持召开国务院常务会议，",
          "研究部署进一步做好稳就业工作。会议指出，就业是最基本的民生。",
          "第二届数字中国建设峰会（2024）在福州开幕", "■ 本报记者 李四 王五", "（下转第2版）"] * 40


def _reference_work() -> int:
    """Work like text layout's: short strings measured, stripped, searched and
    counted, a function call per line, small dicts and lists."""
    def measure(line: str) -> tuple[int, bool]:
        narrow = line.encode("ascii", "ignore")
        return len(line) - len(narrow), line.rstrip("”）").endswith(("。", "！", "？"))

    total = 0
    for _ in range(1500):
        counts: dict[int, int] = {}
        for line in _LINES:
            width, closes = measure(line.strip())
            counts[width] = counts.get(width, 0) + 1
            total += closes + ("记者" in line) + line.count("，")
        total += max(counts.values())
    return total


def reference_seconds(runs: int = 5) -> float:
    """The best of ``runs`` timings of the reference work on this machine."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        _reference_work()
        best = min(best, time.perf_counter() - started)
    return best


@cache
def slowdown() -> float:
    """How many times slower than the reference machine this one is (at least 1)."""
    return max(1.0, reference_seconds() / REFERENCE_SECONDS)
