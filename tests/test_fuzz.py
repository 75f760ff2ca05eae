"""Fuzzing, bounded in time: thousands of generated and mutated pages, and
mutated page PDFs, through ``parse_text``, ``parse`` and the command line.

Every input must end as an edition or a :class:`banmian.BanmianError`: any
other exception, a traceback on the command line, or a page slower than
``PAGE_SECONDS`` fails the test. Wall times are the reference machine's,
stretched on a slower one (tests/machine_speed.py). Inputs are generated
here from a seed, so a failure names an input that can be made again.
"""

from __future__ import annotations

import contextlib
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import banmian
from banmian.cli import main
from tests.machine_speed import slowdown

SEED = 20261130
#: wall time each part may take on the reference machine; the whole test stays well under a minute
TEXT_BUDGET_SECONDS, FILE_BUDGET_SECONDS, PDF_BUDGET_SECONDS = 16.0, 6.0, 10.0
MIN_TEXT_CASES, MIN_FILE_CASES, MIN_PDF_CASES = 2000, 200, 100
PAGE_SECONDS = 2.0

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "banmian" / "samples" / "sample-page.txt"
SAMPLE_LINES = SAMPLE.read_text(encoding="utf-8").split("\n")
HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法"
ROLES = ["记者", "本报记者", "通讯员", "实习生", "新华社记者", "摄影"]
MARKS = ["■", "◎", "●", "", ""]
ODD = ["\u3000", "\xa0", "\u2028", "\t", "·", "、", "，", "（", "）", "(", ")", "——", "“", "”", "!", "x", "7", "\x0b",
       "\ufeff", "\u200b", "🙂", "<script>", "%s", "{}", "\\", "\r"]
HAN_AND_ODD = HAN + "".join(ODD)


class Hang(Exception):
    """A page ran past PAGE_SECONDS."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`Hang` after ``seconds`` (regexes and Python code alike)."""
    def on_alarm(*_args: object) -> None:
        raise Hang()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- generated pages --------------------------------------------------------------------

def _han(rng: random.Random, low: int, high: int) -> str:
    # (choices: a character at a time cost a fifth of the time budget, spent on no parse)
    return "".join(rng.choices(HAN, k=rng.randint(low, high)))


def _names(rng: random.Random) -> str:
    return rng.choice([" ", "、", "，", ""]).join(_han(rng, 1, 4) for _ in range(rng.randint(1, 20)))


def _piece(rng: random.Random) -> list[str]:
    """One construct of a newspaper page, often bent out of shape."""
    kind = rng.randrange(12)
    if kind == 0:
        day = f"{rng.randint(0, 9999)}年{rng.randint(0, 13)}月{rng.randint(0, 32)}日"
        return [f"{_han(rng, 2, 5)}日报 {day} 星期{rng.choice('一二三四五六日天')} 第{rng.randint(0, 999)}版 {_han(rng, 2, 3)}"]
    if kind == 1:
        return [f"{rng.choice(MARKS)} {rng.choice(ROLES)} {_names(rng)}{rng.choice(['', 'x', '（下转第2版）', ' 摄'])}"]
    if kind == 2:
        return ["本报讯 " + _han(rng, 5, 15)] + [_han(rng, 12, 16) for _ in range(rng.randint(0, 8))]
    if kind == 3:
        return [_han(rng, 4, 12)]  # a headline candidate
    if kind == 4:
        return [_han(rng, 6, 30) + "。", f"{rng.choice(ROLES)} {_names(rng)} 摄"]
    if kind == 5:
        return [f"（{rng.choice(['下转', '上接', '转', '续'])}第{rng.choice(['2', '十二', '999', '0', '一百'])}版）"]
    if kind == 6:
        return [f"（{rng.choice(ROLES)} {_names(rng)}）"]
    if kind == 7:
        return [rng.choice(ODD) * rng.randint(1, 400)]  # a run of one odd character
    if kind == 8:
        return ["".join(rng.choices(HAN_AND_ODD, k=rng.randint(1, 3000)))]
    if kind == 9:
        return [f"责任编辑：{_names(rng)} 美编：{_han(rng, 2, 3)}"]
    if kind == 10:
        return [" ".join(str(rng.randint(0, 10 ** 6)) for _ in range(rng.randint(1, 60)))]
    return rng.sample(SAMPLE_LINES, rng.randint(1, 12))


def generated_page(rng: random.Random) -> str:
    lines: list[str] = []
    for _ in range(rng.randint(1, 60)):
        lines += _piece(rng)
        if rng.random() < 0.5:
            lines.append("")
    return "\n".join(lines)


def mutated_sample(rng: random.Random) -> str:
    """The sample page with lines dropped, doubled, swapped, cut and salted."""
    lines = list(SAMPLE_LINES)
    for _ in range(rng.randint(1, 30)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        op = rng.randrange(6)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i] * rng.randint(1, 50))
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:
            lines[i] = lines[i][:rng.randint(0, len(lines[i]))]
        elif op == 4:
            at = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:at] + rng.choice(ODD) * rng.randint(1, 30) + lines[i][at:]
        else:
            lines.insert(i, "")
    return "\n".join(lines)


def _meta(rng: random.Random) -> dict[str, object]:
    """Caller-given metadata, sometimes wrong (impossible dates, page 0)."""
    meta: dict[str, object] = {}
    if rng.random() < 0.3:
        meta["paper"] = rng.choice(["江城日报", _han(rng, 1, 8), "..", ""])
    if rng.random() < 0.3:
        meta["date"] = rng.choice(["2024-05-01", "2023-02-30", "2023-13-01", "20240501", "notadate", "0000-01-01"])
    if rng.random() < 0.2:
        meta["page"] = rng.choice([1, 2, 999, 0, -1])
    return meta


class Tally:
    """What a fuzz run did: cases, hangs, the slowest input.

    Time is counted in the reference machine's seconds (tests/machine_speed.py):
    the machine is timed again every second of fuzzing, as a shared machine's
    speed swings, and each second counts as much as it would have taken there."""

    def __init__(self) -> None:
        self.cases = self.errors = 0
        self.hangs: list[str] = []
        self.unexpected: list[str] = []
        self.slowest = (0.0, "")  # in the reference machine's seconds
        self.stretch = slowdown(runs=2, share=0.25)
        self.stretches: list[float] = []

    def numbers(self, budget: float) -> Iterator[int]:
        """Case numbers 1, 2, ... until ``budget`` seconds of the reference machine have passed."""
        spent, n = 0.0, 0
        while spent < budget:
            self.stretch = slowdown(runs=2, share=0.25)
            self.stretches.append(self.stretch)
            started = time.monotonic()
            while time.monotonic() - started < _ROUND_SECONDS:
                n += 1
                yield n
            spent += (time.monotonic() - started) / self.stretch

    def run(self, label: str, call: Callable[[], object]) -> None:
        self.cases += 1
        started = time.perf_counter()
        try:
            with deadline(PAGE_SECONDS * self.stretch):
                call()
        except Hang:
            self.hangs.append(label)
        except banmian.BanmianError:
            self.errors += 1
        except Exception as exc:  # noqa: BLE001  exactly what the fuzzing looks for
            self.unexpected.append(f"{label}: {type(exc).__name__}: {exc}"[:300])
        seconds = (time.perf_counter() - started) / self.stretch
        if seconds > self.slowest[0]:
            self.slowest = (seconds, label)

    def check(self, minimum: int) -> None:
        stretches = sorted(self.stretches) or [self.stretch]
        print(f"\nfuzz: {self.cases} cases, {self.errors} BanmianErrors, {len(self.hangs)} hangs, "
              f"slowest {self.slowest[0]:.3f} s ({self.slowest[1]}); machine slowdown "
              f"{stretches[0]:.2f}-{stretches[-1]:.2f}, median {stretches[len(stretches) // 2]:.2f}")
        assert not self.unexpected, "\n".join(self.unexpected[:10])
        assert not self.hangs, f"slower than {PAGE_SECONDS} s: " + ", ".join(self.hangs[:10])
        assert self.slowest[0] < PAGE_SECONDS
        assert self.cases >= minimum, f"only {self.cases} cases ran in the time budget"


#: how long the machine runs between two timings of its speed
_ROUND_SECONDS = 1.0


def test_fuzz_parse_text():
    rng = random.Random(SEED)
    tally = Tally()
    for n in tally.numbers(TEXT_BUDGET_SECONDS):
        text = generated_page(rng) if n % 3 else mutated_sample(rng)
        meta = _meta(rng)
        enrich = n % 10 == 0  # enrichment reads dates and names: fuzz it too, on a share of the pages
        tally.run(f"text #{n} (seed {SEED})", lambda: banmian.parse_text(text, enrich=enrich, **meta))
    tally.check(MIN_TEXT_CASES)


def _page_bytes(rng: random.Random) -> bytes:
    text = generated_page(rng) if rng.random() < 0.6 else mutated_sample(rng)
    encoding = rng.choice(["utf-8", "utf-8-sig", "gb18030", "utf-16", "latin-1"])
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.3:  # flipped, cut or foreign bytes
        raw = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            if raw:
                raw[rng.randrange(len(raw))] = rng.randrange(256)
        data = bytes(raw[:rng.randint(0, len(raw))]) if rng.random() < 0.3 else bytes(raw)
    return data


def test_fuzz_parse_files_and_the_command_line(tmp_path, capsys):
    rng = random.Random(SEED + 1)
    tally = Tally()
    folder = tmp_path / "pages"
    for n in tally.numbers(FILE_BUDGET_SECONDS):
        name = rng.choice([f"page-{n:03d}.txt", f"2023-02-30_p{n}.txt", f"{n}.txt", f"2024-05-01/第{n}版.txt"])
        path = folder / f"{n:04d}" / name
        path.parent.mkdir(parents=True)
        path.write_bytes(_page_bytes(rng))
        tally.run(f"file {path.relative_to(tmp_path)}", lambda: banmian.parse(path, enrich=n % 10 == 0))
    with capsys.disabled():
        tally.check(MIN_FILE_CASES)
    # the same files as one batch: in-process, then through the real command
    for fmt in ("json", "jsonl", "markdown"):
        code = main(["parse", str(folder), "-f", fmt, "--no-enrich"])
        captured = capsys.readouterr()
        assert code in (0, 1) and "Traceback" not in captured.err
    proc = subprocess.run([sys.executable, "-m", "banmian", "parse", str(folder), "-f", "jsonl", "--no-enrich"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr[-2000:]


def _pdf(rng: random.Random) -> bytes:
    """A page PDF of generated lines at random places and sizes."""
    import pymupdf

    doc = pymupdf.open()
    for _ in range(rng.randint(1, 2)):
        page = doc.new_page(width=rng.choice([595, 842, 200]), height=rng.choice([842, 1190, 300]))
        for line in generated_page(rng).split("\n")[:60]:
            if line.strip():
                size = rng.choice([8, 9, 10, 10, 10, 14, 20, 28])
                at = (rng.uniform(-20, page.rect.width), rng.uniform(0, page.rect.height + 20))
                page.insert_text(at, line[:80], fontname="china-s", fontsize=size)
        if rng.random() < 0.3:
            page.draw_rect(pymupdf.Rect(rng.uniform(0, 300), rng.uniform(0, 300), 400, 500))
    return doc.tobytes()


def _mutate(rng: random.Random, data: bytes) -> bytes:
    raw = bytearray(data)
    op = rng.randrange(5)
    if op == 0:
        for _ in range(rng.randint(1, 50)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
    elif op == 1:
        raw = raw[:rng.randint(0, len(raw))]
    elif op == 2:
        at = rng.randrange(len(raw))
        raw[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 500)))
    elif op == 3:
        start = rng.randrange(len(raw))
        raw[start:start] = raw[start:start + rng.randint(1, 2000)]
    return bytes(raw)  # op 4: left whole


def test_fuzz_mutated_pdfs(tmp_path):
    pytest.importorskip("pymupdf", reason="PDF input needs the 'pdf' extra")
    rng = random.Random(SEED + 2)
    tally = Tally()
    for n in tally.numbers(PDF_BUDGET_SECONDS):
        path = tmp_path / f"{rng.choice(['2024-05-01', '2023-02-30', 'x'])}_page-{n:03d}.pdf"
        path.write_bytes(_mutate(rng, _pdf(rng)))
        tally.run(f"pdf {path.name}", lambda: banmian.parse(path, enrich=False))
    tally.check(MIN_PDF_CASES)
    proc = subprocess.run([sys.executable, "-m", "banmian", "parse", str(tmp_path), "--no-enrich", "-f", "jsonl"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr[-2000:]
