"""Every compiled regex of the package runs in linear time on hostile text.

A byline pattern that backtracked exponentially once made a 40-character line
take minutes and stalled the web server for every client. This test finds each
``re.Pattern`` held by a banmian module (at module level, in classes, in
containers), feeds it strings built from its own literals and from the
characters of newspaper text, repeated to growing lengths, and fails when the
time grows faster than the length. Time is the CPU time the search spends (and
the hang limit a CPU-time timer): a machine busy with other work stalls the
process, not its CPU time, so load cannot make a linear pattern look super-linear.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Iterator

import pytest

import banmian

#: lengths (in characters) compared: linear growth makes the time 4x, quadratic 16x
SHORT, LONG = 400, 1600
#: a call spending more CPU time than this is a hang whatever the ratio
HANG_SECONDS = 0.5
#: below this the timer's noise dominates; no ratio is judged
NOISE_SECONDS = 0.0005
MAX_RATIO = 9.0

_UNITS = ("张三丰 ", "张", "张三", "·", " ", "　", "、", "，", "1", "12 ", "a", "ab ", "第1版", "（", "(", "年",
          "月", "日", "。", "\t", "记者 ", "通讯员", "■", "张·", "1 2", "一", "十", "-", "市", "区委", "摄", "电", ":")
_SUFFIXES = ("", "x", "\x00")
#: what a PDF content stream repeats (numbers, names, strings, arrays), for the bytes patterns
_STREAM_UNITS = (b"1 ", b"12345678 ", b"1.5 ", b"-.5 ", b"1", b"/F1 ", b"/F1", b"<0a1b> ", b"[1 2] ", b"[", b"(a) ",
                 b" ", b"\n", b"q ", b"BT ", b"1 Tr ", b"2 Tr", b"Tj ", b"%", b"<<", b"\\")
_STREAM_SUFFIXES = (b"", b"x", b"\x00", b" ]", b" >", b" }", b" 1.", b")", b"..", b".1.")


def _walk_patterns() -> dict[str, re.Pattern[str]]:
    """Name -> pattern for every compiled regex reachable from banmian's modules."""
    found: dict[str, re.Pattern[str]] = {}

    def collect(value: object, name: str, depth: int) -> None:
        if isinstance(value, re.Pattern):
            found.setdefault(name, value)  # text patterns, and bytes ones (a PDF's content stream)
        elif depth <= 0:
            return
        elif isinstance(value, dict):
            for key, item in value.items():
                collect(item, f"{name}[{key!r}]", depth - 1)
        elif isinstance(value, (list, tuple, frozenset, set)):
            for index, item in enumerate(value):
                collect(item, f"{name}[{index}]", depth - 1)
        elif isinstance(value, type) and value.__module__.startswith("banmian"):
            for key, item in vars(value).items():
                collect(item, f"{name}.{key}", depth - 1)

    for info in pkgutil.walk_packages(banmian.__path__, "banmian."):
        if info.name == "banmian.__main__":
            continue  # running it is the CLI
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            continue
        for key, value in vars(module).items():
            collect(value, f"{info.name}.{key}", 2)
    seen: set[tuple[str, int]] = set()
    unique = {}
    for name, pattern in sorted(found.items()):
        if (pattern.pattern, pattern.flags) not in seen:
            seen.add((pattern.pattern, pattern.flags))
            unique[name] = pattern
    return unique


PATTERNS = _walk_patterns()


def _attacks(pattern: re.Pattern) -> Iterator[tuple]:
    """(prefix, repeated unit, suffix) triples built from the pattern's literals."""
    if isinstance(pattern.pattern, bytes):
        for unit in _STREAM_UNITS:
            for suffix in _STREAM_SUFFIXES:
                yield b"", unit, suffix
        return
    words = sorted(set(re.findall(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef■◎●▲◆□★☆]+", pattern.pattern)))[:24]
    prefixes = ("", *words[:8])
    units = (*_UNITS, *words, *(w + " " for w in words), *(w + "张三" for w in words))
    for prefix in prefixes:
        for unit in units:
            for suffix in _SUFFIXES:
                yield prefix, unit, suffix


class _Hang(Exception):
    pass


def _on_alarm(*_args: object) -> None:
    raise _Hang()


def _seconds(pattern: re.Pattern, text, repeats: int = 1) -> float:
    """The fastest of ``repeats`` searches and full matches of ``text`` in CPU
    seconds; ``inf`` past HANG_SECONDS of CPU time (a hang, not a busy machine)."""
    best = float("inf")
    for _ in range(repeats):
        signal.setitimer(signal.ITIMER_VIRTUAL, HANG_SECONDS)
        started = time.thread_time()
        try:
            pattern.search(text)
            pattern.fullmatch(text)
        except _Hang:
            return float("inf")
        finally:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        best = min(best, time.thread_time() - started)
    return best


def _text(prefix, unit, suffix, length: int):
    return prefix + unit * max(1, length // len(unit)) + suffix


def super_linear_inputs(pattern: re.Pattern, enough: int = 3) -> list[str]:
    """Descriptions of (up to ``enough``) inputs on which ``pattern`` grows faster than linearly."""
    previous = signal.signal(signal.SIGVTALRM, _on_alarm)  # (ITIMER_VIRTUAL: user CPU time)
    bad = []
    try:
        for prefix, unit, suffix in _attacks(pattern):
            short = _seconds(pattern, _text(prefix, unit, suffix, SHORT))
            if short < NOISE_SECONDS / 4:
                long = _seconds(pattern, _text(prefix, unit, suffix, LONG))
                if long < NOISE_SECONDS:
                    continue
            # worth a careful look: best of three at both lengths, and again four times longer
            # (cache misses on a busy machine can slow one measurement, hardly two growths in a row)
            short = _seconds(pattern, _text(prefix, unit, suffix, SHORT), 3)
            long = _seconds(pattern, _text(prefix, unit, suffix, LONG), 3)
            if long != float("inf") and not (long > NOISE_SECONDS and long / max(short, 1e-7) > MAX_RATIO):
                continue
            longer = float("inf") if long == float("inf") else _seconds(pattern, _text(prefix, unit, suffix, 4 * LONG), 3)
            if longer == float("inf") or longer / max(long, 1e-7) > MAX_RATIO:
                bad.append(f"{prefix!r} + {unit!r} * n + {suffix!r}: {short * 1e3:.2f} ms at {SHORT} chars, "
                           f"{long * 1e3:.2f} ms at {LONG}, {longer * 1e3:.2f} ms at {4 * LONG}")
                if len(bad) >= enough:
                    break
    finally:
        signal.signal(signal.SIGVTALRM, previous)
    return bad


def test_patterns_are_found():
    """The walk reaches the modules that matter (a broken walk would test nothing)."""
    names = set(PATTERNS)
    assert "banmian.layout.rules._BYLINE_LINE" in names
    assert any(n.startswith("banmian.enrich.") for n in names)
    assert any(n.startswith("banmian.sources.") for n in names)
    assert "banmian.sources.pdf_strokes._OPERATIONS" in names  # a bytes pattern (content streams)
    assert len(PATTERNS) >= 30


def test_the_detector_catches_backtracking():
    """The check itself: a classic exponential pattern and a quadratic one are caught."""
    assert super_linear_inputs(re.compile(r"^(?:[\u4e00-\u9fff]{1,3}\s*)+$"))
    assert super_linear_inputs(re.compile(r"(?:\d+\s?)+年"))
    assert super_linear_inputs(re.compile(rb"(?:(?:\d+\.?\d*)\s*)*[A-Z]"))  # a content stream's operands


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_runs_in_linear_time(name):
    bad = super_linear_inputs(PATTERNS[name])
    assert not bad, f"{name} ({PATTERNS[name].pattern!r}) is super-linear on: " + "; ".join(bad[:5])


@pytest.mark.parametrize("line", [
    "记者 " + "张三丰 " * 13 + "x",
    "■" + "通讯员" * 16 + "（下转第2版）",
    "◎ 记者 " + "阿卜·杜拉 " * 40 + "！",
])
def test_hostile_byline_lines_parse_at_once(line):
    """The lines that once took 23 s to minutes (exponential backtracking)."""
    text = "本报讯 今天上午，全市召开城建工作会议。\n\n" + line + "\n"
    started = time.process_time()  # (CPU time: a busy machine stalls the process, not its CPU time)
    banmian.parse_text(text, enrich=False)
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(("line", "want"), [
    ("■ 通讯员 戴柳君", [("通讯员", "戴柳君")]),
    ("本报记者 张三 李四", [("本报记者", "张三"), ("本报记者", "李四")]),
    ("◎ 记者 王五 通讯员 赵六", [("记者", "王五"), ("通讯员", "赵六")]),
    ("■记者陈晓辉通讯员吴敏杰", [("记者", "陈晓辉"), ("通讯员", "吴敏杰")]),
    ("记者 阿卜杜·热合、张三", [("记者", "阿卜杜·热合"), ("记者", "张三")]),
    ("记者 " * 30 + "x", None),
    ("■ 记者 张", None),  # a one-character name
    ("记者 ·张三", None),  # a name opens with a Han character
    ("记者李明采访", None),  # no mark: role and name need a space
    ("■记者手记", None),
])
def test_byline_lines_still_read_as_before(line, want):
    from banmian.layout.rules import parse_byline_line

    got = parse_byline_line(line)
    assert (got and [(b.role, b.name) for b in got]) == want


class _StalledPattern:
    """A linear pattern whose first runs on the longer texts are stalled, as a
    busy machine stalls a process: the wall clock runs on, the process does not."""

    def __init__(self, stalls: int) -> None:
        self.pattern = "x"
        self._inner = re.compile("x")
        self._stalls = stalls

    def _stall(self, text: str) -> None:
        if len(text) >= LONG and self._stalls > 0:
            self._stalls -= 1
            time.sleep(1.2 * HANG_SECONDS)  # (no CPU time spent)

    def search(self, text: str):
        self._stall(text)
        return self._inner.search(text)

    def fullmatch(self, text: str):
        return self._inner.fullmatch(text)


def test_a_stalled_machine_is_no_backtracking():
    """Time is the CPU time the search spends: a process stalled by other work on
    the machine (here three stalls past the hang limit) makes no pattern super-linear."""
    assert not super_linear_inputs(_StalledPattern(stalls=3))
