"""Run the PDF-mode benchmark: typeset page PDFs from the real corpus, parse
them, score them, and time the parse against PyMuPDF alone.

    python -m bench.pdf_run [--pages N] [--check] [--keep DIR]

One table: PDF mode (``banmian.parse`` on each page PDF, no enrichment) beside
text mode (``banmian.parse_text`` on ``page.get_text()`` of the same PDFs, and
on their text blocks separated by blank lines, as many extractors write them),
all scored with bench.score (which includes caption accuracy and continuation links);
then the speed ratio: the whole PDF parse over ``page.get_text("dict")`` on
the same pages, measured in this run (each page timed three times on each
side, the fastest kept), and pages per second on one core.
``--check`` exits 1 naming every floor of :data:`PDF_FLOORS` that is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .run import shared_dir
from .score import Counts, score_page

#: metric -> lowest acceptable value in PDF mode (issue 3)
PDF_FLOORS: dict[str, float] = {
    "article_f1": 0.97,
    "title_accuracy": 0.95,
    "kicker_accuracy": 0.95,
    "subtitle_accuracy": 0.95,
    "byline_accuracy": 0.97,
    "caption_accuracy": 0.95,
    "paragraph_boundary_f1": 0.98,
    "character_accuracy": 0.999,
    "continuation_accuracy": 0.95,
}
#: the whole parse may take at most this many times PyMuPDF's get_text("dict")
MAX_SPEED_RATIO = 2.0
MIN_PAGES = 200
#: each page is parsed (and read by PyMuPDF alone) this many times; each side keeps its fastest time
TIMING_ROUNDS = 3
DEFAULT_PAGES = 200


@dataclass(slots=True)
class PdfReport:
    pages: int
    pdf: Counts
    text: Counts
    text_blocks: Counts
    header_ok: int
    parse_seconds: float
    baseline_seconds: float
    typeset_seconds: float

    @property
    def speed_ratio(self) -> float:
        return self.parse_seconds / self.baseline_seconds if self.baseline_seconds else float("inf")

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.parse_seconds if self.parse_seconds else float("inf")

    def missed(self) -> list[str]:
        out = [f"PDF {name} = {self.pdf.metrics()[name]:.4f} is below its floor {floor}"
               for name, floor in PDF_FLOORS.items() if self.pdf.metrics()[name] < floor]
        if self.speed_ratio > MAX_SPEED_RATIO:
            out.append(f"speed ratio {self.speed_ratio:.2f} is above {MAX_SPEED_RATIO}")
        if self.pages < MIN_PAGES:
            out.append(f"only {self.pages} pages, the floors need {MIN_PAGES}")
        return out


def _articles(edition: Any) -> list[dict[str, Any]]:
    return [a.to_dict() for page in edition.pages for a in page.articles]


def _header_ok(edition: Any, truth: dict[str, Any]) -> bool:
    page = edition.pages[0]
    meta = truth["meta"]
    return (edition.paper == meta["paper"] and edition.date == meta["date"] and page.number == int(meta["page"])
            and page.section == meta["section"] and page.meta.get("weekday") == meta["weekday"]
            and all(name in page.meta.get("editors", "") for name in meta["editors"].split("\u3000")))


def _time_pymupdf(pymupdf: Any, path: Path) -> float:
    """Seconds PyMuPDF alone takes to open ``path`` and give every page's ``get_text("dict")``."""
    start = time.perf_counter()
    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_text("dict")
    return time.perf_counter() - start


def _time_parse(banmian: Any, path: Path) -> tuple[float, Any, Exception | None]:
    """Seconds the whole parse of ``path`` takes, with its edition (None and the error when it fails)."""
    start = time.perf_counter()
    try:
        edition, error = banmian.parse(path, enrich=False), None
    except banmian.BanmianError as exc:
        edition, error = None, exc
    return time.perf_counter() - start, edition, error


def run(pages: int, keep: Path | None = None, hard: bool = False) -> PdfReport:
    """Typeset ``pages`` page PDFs, parse, score and time them."""
    import pymupdf

    import banmian

    from .typeset import build

    with tempfile.TemporaryDirectory(prefix="banmian-pdfbench-") as tmp:
        folder = keep or Path(tmp)
        start = time.perf_counter()
        paths = build(folder, pages, hard=hard)
        typeset_seconds = time.perf_counter() - start
        truths = [json.loads(p.with_suffix(".json").read_text(encoding="utf-8")) for p in paths]

        # PyMuPDF alone (open + get_text("dict")) and the whole parse, page by
        # page in turn, so that a load change on the machine hits both alike;
        # each page is timed TIMING_ROUNDS times and each side keeps its fastest,
        # as timeit does: a burst of load elsewhere lengthens one timing, never
        # shortens it, so the minimum is the nearest to the page's own cost
        editions: list[Any] = []
        # one untimed round first, both sides: the first parse imports the PDF layout's modules
        # (a fifth of a second once a process, 0.08 of the ratio on 200 pages), no page's cost
        for path in paths[:1]:
            _time_pymupdf(pymupdf, path)
            _time_parse(banmian, path)
        baseline = parse_seconds = 0.0
        for path in paths:
            fastest_baseline = fastest_parse = float("inf")
            for round_number in range(TIMING_ROUNDS):
                fastest_baseline = min(fastest_baseline, _time_pymupdf(pymupdf, path))
                seconds, edition, error = _time_parse(banmian, path)
                fastest_parse = min(fastest_parse, seconds)
                if round_number == 0:
                    if error:  # scored as a failed page
                        print(f"{path.name}: {error}", file=sys.stderr)
                    editions.append(edition)
            baseline += fastest_baseline
            parse_seconds += fastest_parse

        texts, block_texts = [], []
        for path in paths:
            with pymupdf.open(path) as doc:
                texts.append("\n".join(page.get_text() for page in doc))
                # as extractors that leave a blank line between text blocks write it (the seed page)
                block_texts.append("\n\n".join(b[4].strip() for page in doc for b in page.get_text("blocks")
                                                 if b[6] == 0))

    pdf_counts, text_counts, block_counts, header_ok = Counts(), Counts(), Counts(), 0
    for truth, edition, text, block_text in zip(truths, editions, texts, block_texts, strict=True):
        predicted = _articles(edition) if edition else []
        counts = score_page(truth["articles"], predicted)
        counts.failed_pages = int(edition is None)
        pdf_counts.add(counts)
        header_ok += bool(edition) and _header_ok(edition, truth)
        for source, tally in ((text, text_counts), (block_text, block_counts)):
            try:
                text_predicted = _articles(banmian.parse_text(source, enrich=False))
            except banmian.BanmianError:
                text_predicted = []
            tally.add(score_page(truth["articles"], text_predicted))
    return PdfReport(len(paths), pdf_counts, text_counts, block_counts, header_ok, parse_seconds, baseline,
                     typeset_seconds)


def table(report: PdfReport) -> str:
    pdf, text, blocks = report.pdf.metrics(), report.text.metrics(), report.text_blocks.metrics()
    rows = ["text mode: banmian.parse_text on page.get_text(), and on the page's text blocks "
            "separated by blank lines",
            f"{'metric':<24}{'PDF mode':>10}{'text mode':>11}{'text blocks':>13}{'floor':>8}"]
    for name in pdf:
        floor = PDF_FLOORS.get(name)
        rows.append(f"{name:<24}{pdf[name]:>10.4f}{text[name]:>11.4f}{blocks[name]:>13.4f}{floor if floor else '':>8}")
    c = report.pdf
    rows += [
        f"pages {report.pages}; articles: truth {c.truth_articles}, PDF predicted {c.predicted_articles}, "
        f"text predicted {report.text.predicted_articles}; captions {c.caption_truths}; links {c.link_truths}",
        f"page header parsed right (paper, date, weekday, page, section, editors): {report.header_ok}/{report.pages}",
        f"speed: parse {report.parse_seconds:.2f} s vs PyMuPDF get_text('dict') {report.baseline_seconds:.2f} s "
        f"= ratio {report.speed_ratio:.2f} (limit {MAX_SPEED_RATIO}); {report.pages_per_second:.1f} pages/s on one core",
        f"(typesetting the pages took {report.typeset_seconds:.1f} s)",
    ]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pdf_run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=DEFAULT_PAGES, help=f"page PDFs to typeset (default {DEFAULT_PAGES})")
    parser.add_argument("--check", action="store_true", help="exit 1 when a floor is missed")
    parser.add_argument("--keep", type=Path, help="write the PDFs and their answers to this folder")
    parser.add_argument("--hard", action="store_true",
                        help="keep the articles with hard constructs (in-body bylines, credits, late datelines)")
    args = parser.parse_args(argv)
    if not (shared_dir() / "corpora").is_dir():
        print(f"no corpus at {shared_dir() / 'corpora'}: the benchmark needs ../shared", file=sys.stderr)
        return 2
    report = run(args.pages, args.keep, args.hard)
    print(table(report))
    missed = report.missed()
    for line in missed:
        print(f"MISSED: {line}", file=sys.stderr)
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
