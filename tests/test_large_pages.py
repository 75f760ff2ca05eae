"""A page of 200,000 lines parses in seconds: no step of text layout is
quadratic in the page's length. (Two were: headline candidates walked to their
neighbours' column widths, and provenance searched a whole headline for each of
its blocks; a page of 20,000 headline-like lines took 26 s.)"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

import pytest

import banmian
from tests.machine_speed import slowdown

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "banmian" / "samples" / "sample-page.txt"
HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法"
#: on the reference machine; stretched on a slower one (tests/machine_speed.py)
BIG_PAGE_SECONDS = 5.0


def _line(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(HAN) for _ in range(rng.randint(low, high))) + rng.choice(["", "", "，", "。"])


def big_page(lines: int, shape: str, seed: int = 7) -> str:
    """A generated page of ``lines`` lines: short headline-like units, or whole articles."""
    rng = random.Random(seed)
    out: list[str] = []
    sample = SAMPLE.read_text(encoding="utf-8").split("\n")
    while len(out) < lines:
        if shape == "headlines":
            out += [_line(rng, 5, 10), ""]
        elif shape == "articles":
            out += ["■ 记者 " + _line(rng, 2, 3)[:3], "", "本报讯 " + _line(rng, 12, 16)]
            out += [_line(rng, 12, 16) for _ in range(rng.randint(3, 12))] + ["", _line(rng, 6, 12), ""]
        else:  # the sample page over and over
            out += sample[1:]
    return "\n".join(out[:lines])


def _seconds(text: str, clock=time.perf_counter) -> float:
    started = clock()
    banmian.parse_text(text, enrich=False)
    return clock() - started


@pytest.mark.parametrize("shape", ["headlines", "articles", "sample"])
def test_a_200000_line_page_parses_in_seconds(shape):
    text = big_page(200_000, shape)
    assert text.count("\n") == 199_999
    # in the reference machine's seconds: the machine timed three times right before and
    # three times right after each run (its speed swings); the better of two runs. Both
    # in this process's CPU seconds: on a shared CI machine the wall clock also counts the
    # time other work held the core (it failed there at 5.0-5.3 s with the machine timed
    # 1.5-2.3 times slower, a swing that a parse of ten seconds and a reference of a
    # tenth of one do not share)
    runs = []
    for _ in range(2):
        before = [slowdown(runs=1, clock=time.process_time) for _ in range(3)]
        cpu = _seconds(text, clock=time.process_time)
        stretch = statistics.median(before + [slowdown(runs=1, clock=time.process_time) for _ in range(3)])
        runs.append((round(cpu, 2), round(stretch, 2)))
    seconds = min(cpu / stretch for cpu, stretch in runs)
    assert seconds < BIG_PAGE_SECONDS, f"{shape}: {seconds:.1f} s ({runs} CPU s, slowdown)"


@pytest.mark.parametrize("shape", ["headlines", "articles"])
def test_parse_time_grows_linearly(shape):
    # pages large enough (a tenth of a second and more) that a busy machine's
    # noise does not decide; the best of five runs of each
    small_page, large_page = big_page(20_000, shape), big_page(80_000, shape)
    small = min(_seconds(small_page) for _ in range(5))
    large = min(_seconds(large_page) for _ in range(5))
    # linear is 4x; quadratic 16x (the headline walk made it 15x)
    assert large < 9 * small, f"{shape}: {small:.2f} s for 20,000 lines, {large:.2f} s for 80,000"
