"""Hand mutations of key layout lines: is each one killed by some test?

    python tools/mutations.py                 # every mutation, its fast tests
    python tools/mutations.py --list          # what would be mutated
    python tools/mutations.py byline credit   # only mutations whose name contains a word

Each mutation replaces one exact line (it must occur once) in a source file,
runs ``pytest -x -q`` on the tests that cover it, and puts the file back
(also on Ctrl-C). A mutation is *killed* when the tests fail. Tests that
already fail without any mutation are named and left out (deselected), so
that they cannot kill every mutation by themselves. The benchmarks
are left out of the runs (minutes each); the unit tests must kill every
mutation on their own. Run it in a clean worktree: files with uncommitted
changes are refused, so a mutation can never eat real work.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYOUT = "src/banmian/layout/"

TEXT_TESTS = ("tests/test_text_layout_cases.py", "tests/test_cli_and_model.py", "tests/test_seed_page.py",
              "tests/test_inputs.py", "tests/test_join.py", "tests/test_layout_rules.py")
PDF_TESTS = ("tests/pdf/test_pdf_layout.py", "tests/pdf/test_pdf_edition.py", "tests/pdf/test_pdf_quirks.py",
             "tests/pdf/test_pdf_page_status.py", "tests/pdf/test_pdf_bad_inputs.py")


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    original: str
    mutated: str
    tests: tuple[str, ...]


MUTATIONS = [
    Mutation("headline ratio (PDF: what size is a headline)", LAYOUT + "config.py",
             "heading_ratio: float = 1.12", "heading_ratio: float = 1.6", PDF_TESTS),
    Mutation("indent test (PDF: an indented line opens a paragraph)", LAYOUT + "columns.py",
             "return [indent_of(ln, block) >= config.indent_min for ln in block.lines]",
             "return [indent_of(ln, block) >= config.indent_min * 3 for ln in block.lines]", PDF_TESTS),
    Mutation("indent width (text: the first line is 2 cells short)", LAYOUT + "paragraphs.py",
             "INDENT_CELLS = 2.0", "INDENT_CELLS = 0.0", TEXT_TESTS),
    Mutation("dateline regex (本报讯)", LAYOUT + "rules.py",
             'r"^\\s*(?P<dateline>本报讯|', 'r"^\\s*(?P<dateline>本报讯讯|', TEXT_TESTS),
    Mutation("byline line (without a mark the role needs a space: 记者李明采访 is body)", LAYOUT + "rules.py",
             'if not m.group("mark") and not re.search(rf"(?:{_ROLE})\\s", body):',
             'if False:', TEXT_TESTS),
    Mutation("credit pattern (王五摄 needs a role or a space: 拍摄 is body)", LAYOUT + "rules.py",
             'if not m.group("role") and not m.group("gap"):', "if False:", TEXT_TESTS),
    Mutation("continuation note direction (下转 = to, 上接 = from)", LAYOUT + "rules.py",
             'direction = "to" if m.group("kind") in ("下转", "转") else "from"',
             'direction = "from" if m.group("kind") in ("下转", "转") else "to"', TEXT_TESTS),
    Mutation("subtitle dash (a 副题 opens with ——)", LAYOUT + "headlines.py",
             'return text.startswith(("——", "—", "--"))', 'return text.startswith(("--",))', TEXT_TESTS),
    Mutation("kicker ending (…时要求 / …强调 is a 引题)", LAYOUT + "headlines.py",
             '_KICKER_END = re.compile(r"(时|上|中|后)?(要求|强调|',
             '_KICKER_END = re.compile(r"(时|上|中|后)?(要求要求|强调强调|', TEXT_TESTS),
    Mutation("page header (a date with weekday or page number)", LAYOUT + "rules.py",
             "if not ((date and (weekday or page)) or (page and len(text) <= 40) or meta):",
             "if not ((date and weekday and page) or meta):", TEXT_TESTS),
    Mutation("line joining (one space between ASCII words)", LAYOUT + "reflow.py",
             'parts.append(" ")\n        parts.append(line)', "parts.append(line)", TEXT_TESTS),
    Mutation("sentence end (a paragraph cut mid-sentence runs on)", LAYOUT + "reflow.py",
             "return bool(bare) and bare[-1] in SENTENCE_END", "return bool(bare)", TEXT_TESTS),
    Mutation("trailing caption credit (PDF: ……。 本报记者 张三摄)", LAYOUT + "geometric.py",
             r'r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*)\s*/?\s*摄(?:影报道|影)?"',
             r'r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*)\s*/?\s*摄摄(?:影报道|影)?"',
             PDF_TESTS),
    Mutation("bench: every ■ byline line removed from the generated pages", "bench/textpages.py",
             "    if plan.byline_line:\n        writer.block([plan.byline_line])\n",
             "    pass\n", ("tests/test_bench_textpages.py",)),
]


def _dirty(path: Path) -> bool:
    done = subprocess.run(["git", "status", "--porcelain", "--", str(path)], cwd=ROOT, capture_output=True, text=True)
    return bool(done.stdout.strip())


def _failing(tests: tuple[str, ...], python: str) -> list[str]:
    """Node ids of the tests that fail on the unmutated code."""
    done = subprocess.run([python, "-m", "pytest", "-q", "-rfE", "-p", "no:cacheprovider", *tests],
                          cwd=ROOT, capture_output=True, text=True)
    return [line.split(" ")[1] for line in done.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]


def run_one(mutation: Mutation, python: str, broken: list[str] = ()) -> tuple[str, float, str]:  # type: ignore[assignment]
    """('killed' | 'SURVIVED', seconds, the first failing test or '')."""
    path = ROOT / mutation.path
    source = path.read_text(encoding="utf-8")
    count = source.count(mutation.original)
    if count != 1:
        raise SystemExit(f"{mutation.path}: the original of {mutation.name!r} occurs {count} times, not once: "
                         f"{mutation.original!r}")
    tests = [t for t in mutation.tests if (ROOT / t).exists()]
    started = time.perf_counter()
    try:
        path.write_text(source.replace(mutation.original, mutation.mutated), encoding="utf-8")
        deselect = [arg for node in broken for arg in ("--deselect", node)]
        done = subprocess.run([python, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *deselect, *tests],
                              cwd=ROOT, capture_output=True, text=True)
    finally:
        path.write_text(source, encoding="utf-8")
    seconds = time.perf_counter() - started
    failed = next((line.split(" ")[1] for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))), "")
    return ("killed" if done.returncode != 0 else "SURVIVED"), seconds, failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("words", nargs="*", help="run only mutations whose name contains one of these")
    parser.add_argument("--list", action="store_true", help="list the mutations and stop")
    args = parser.parse_args(argv)
    chosen = [m for m in MUTATIONS if not args.words or any(w in m.name for w in args.words)]
    if args.list:
        for m in chosen:
            print(f"{m.name}\n    {m.path}: {m.original!r} -> {m.mutated!r}")
        return 0
    dirty = sorted({m.path for m in chosen if _dirty(ROOT / m.path)})
    if dirty:
        print(f"refusing to mutate files with uncommitted changes: {', '.join(dirty)}", file=sys.stderr)
        return 2
    broken: dict[tuple[str, ...], list[str]] = {}
    for tests in dict.fromkeys(tuple(t for t in m.tests if (ROOT / t).exists()) for m in chosen):
        broken[tests] = _failing(tests, sys.executable)
        for node in broken[tests]:
            print(f"already failing without a mutation, left out: {node}", flush=True)
    results = []
    for m in chosen:
        verdict, seconds, failed = run_one(m, sys.executable,
                                           broken[tuple(t for t in m.tests if (ROOT / t).exists())])
        results.append((m, verdict))
        print(f"{verdict:<9} {seconds:5.1f}s  {m.name}  [{m.path}]  {failed}", flush=True)
    killed = sum(v == "killed" for _, v in results)
    print(f"mutation score: {killed}/{len(results)} killed")
    return 0 if killed == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
