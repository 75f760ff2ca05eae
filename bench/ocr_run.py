"""OCR benchmark: the real-page and typeset benchmarks' PDFs rendered to page
images (clean and degraded like scans), parsed with ``banmian.parse``, scored
with the same code as their PDF runs (bench/pagescore.py, bench/score.py).

    python -m bench.ocr_run [--realdev N] [--typeset N] [--dpi 150 200 300] [--degraded]
                            [--workers 2] [--threads 1] [--check] [--keep DIR]
                            [--seed 7] [--skip N] [--ocr-cache DIR] [--diff]

Per set of renders: the real-page table (found, whole, bylines ...; titles are
"found"), the typeset metrics (article F1 by the exact rule, and with an
article counted when its body is at least 98% similar), character accuracy of
body text against the text layer, OCR seconds and layout seconds per page, and
the speed ratio of the whole parse to rapidocr alone on the same images in
this run. ``--workers N`` also times ``parse_many`` in N processes (pages per
minute); ``--threads 1`` pins ONNX Runtime to one core. ``--check`` exits 1
naming each floor of :data:`OCR_FLOORS` missed. ``--seed`` and ``--skip``
pick other typeset pages (another layout of the same articles, or the pages
after the first N: other articles) to check a change on pages it was not made
on; ``--ocr-cache DIR`` keeps rapidocr's answers between runs (bench/ocr_cache.py:
no speed figures then); ``--diff`` prints where each typeset article whose body
is not exact differs from its answer.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: the issue's floors: ratios, so a sample is held to the same standard as the full run
OCR_FLOORS: dict[str, float] = {
    "char_accuracy@200": 0.98,
    "char_accuracy@degraded": 0.95,
    "realdev_titles@200": 22 / 23,
    "realdev_whole@200": 18 / 23,
    "realdev_bylines@200": 20 / 23,
    "typeset_f1_exact@200": 0.85,
    "typeset_f1_similar@200": 0.95,
    "speed_ratio": 1.2,  # a ceiling: whole parse / rapidocr alone
}
CEILINGS = frozenset({"speed_ratio"})
SIMILAR = 0.98


# --- rendering and degrading ------------------------------------------------------

def render(pdf: Path, dpi: int, out: Path, degrade: bool, seed: str) -> Path:
    """The PDF's first page as an image file at ``dpi``: PNG, or (degraded) a
    yellowed, noisy, blurred, slightly rotated JPEG of quality 50-80."""
    import numpy as np
    import pymupdf
    from PIL import Image, ImageFilter

    with pymupdf.open(pdf) as doc:
        pix = doc[0].get_pixmap(dpi=dpi, alpha=False)
        image = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    if not degrade:
        path = out / f"{pdf.stem}@{dpi}.png"
        image.save(path, dpi=(dpi, dpi))
        return path
    rng = random.Random(f"banmian-ocr:{seed}:{pdf.stem}:{dpi}")
    paper = (rng.randint(236, 250), rng.randint(226, 240), rng.randint(190, 215))  # yellowed
    arr = np.asarray(image).astype(np.float32) / 255.0
    arr = arr * (np.asarray(paper, np.float32) / 255.0)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(4, 10), arr.shape[:2])
    arr = np.clip(arr * 255.0 + noise[..., None], 0, 255).astype(np.uint8)
    image = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0) * dpi / 200))
    image = image.rotate(rng.uniform(-2.0, 2.0), resample=Image.BILINEAR, expand=False, fillcolor=paper)
    path = out / f"{pdf.stem}@{dpi}-degraded.jpg"
    image.save(path, quality=rng.randint(50, 80), dpi=(dpi, dpi))
    return path


# --- scoring -------------------------------------------------------------------------

def _body(article: dict[str, Any]) -> str:
    return "".join("".join(article.get("paragraphs") or []).split())


def body_errors(reference: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> tuple[int, int]:
    """(edit distance, reference length) of body text, article by article: each
    reference article against its paired prediction (bench.score's pairing),
    an unpaired one counting whole."""
    from rapidfuzz.distance import Levenshtein

    from .score import match_articles

    pairs = dict(match_articles(reference, predicted))
    errors = total = 0
    for i, ref in enumerate(reference):
        text = _body(ref)
        total += len(text)
        errors += Levenshtein.distance(text, _body(predicted[pairs[i]])) if i in pairs else len(text)
    return errors, total


def similar_hits(truth: list[dict[str, Any]], predicted: list[dict[str, Any]], at: float = SIMILAR) -> int:
    """Paired articles whose bodies are at least ``at`` similar (normalized Indel)."""
    from rapidfuzz.distance import Indel

    from .score import body, match_articles

    return sum(Indel.normalized_similarity(body(truth[t]), body(predicted[p])) >= at
               for t, p in match_articles(truth, predicted))


@dataclass(slots=True)
class SetRun:
    """One set of renders (a resolution, clean or degraded)."""

    label: str
    pages: int = 0
    parse_seconds: float = 0.0
    ocr_seconds: float = 0.0
    baseline_seconds: float = 0.0
    char_errors: int = 0
    char_total: int = 0
    realdev: Any = None  # bench.realpages.ModeRun
    typeset: Any = None  # bench.score.Counts
    similar: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def char_accuracy(self) -> float:
        return 1.0 - self.char_errors / self.char_total if self.char_total else 0.0

    @property
    def speed_ratio(self) -> float:
        return self.parse_seconds / self.baseline_seconds if self.baseline_seconds else float("inf")


def _timed_parse(path: Path, run: SetRun, baseline: bool) -> dict[str, Any] | None:
    import banmian
    from banmian.sources import ocr

    before = ocr.TIMER["seconds"]
    started = time.perf_counter()
    try:
        edition = banmian.parse(path, enrich=False)
    except banmian.BanmianError as exc:
        run.failures.append(f"{path.name}: {exc}")
        return None
    run.parse_seconds += time.perf_counter() - started
    run.ocr_seconds += ocr.TIMER["seconds"] - before
    run.pages += 1
    if baseline:  # rapidocr alone, its own pipeline, on the same decoded image
        from banmian.sources.image import read_image_pages

        image, _ = next(read_image_pages(path))
        started = time.perf_counter()
        ocr.engine()(image, use_cls=False)
        run.baseline_seconds += time.perf_counter() - started
    return edition.to_dict()


def _articles(doc: dict[str, Any] | None) -> list[dict[str, Any]]:
    return [a for p in (doc or {}).get("pages", []) for a in p["articles"]]


def run_realdev(pages: list[Any], images: list[Path], run: SetRun, baseline: bool) -> None:
    import banmian

    from .pagescore import score_page
    from .realpages import ModeRun

    mode = ModeRun(f"ocr {run.label}")
    for page, image in zip(pages, images):
        doc = _timed_parse(image, run, baseline)
        reference = [a.to_dict() for a in banmian.parse(page.pdf, enrich=False).articles]  # the text layer
        errors, total = body_errors(reference, _articles(doc))
        run.char_errors += errors
        run.char_total += total
        score = score_page(page.answer, doc or {"pages": []}, page.text_layer)
        score.file = page.pdf.name
        mode.scores.append(score)
    mode.parse_seconds = run.parse_seconds
    run.realdev = mode


def run_typeset(pdfs: list[Path], images: list[Path], run: SetRun, baseline: bool, diff: bool = False) -> None:
    from .score import Counts, score_page

    counts = Counts()
    for pdf, image in zip(pdfs, images):
        truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))["articles"]
        doc = _timed_parse(image, run, baseline)
        predicted = _articles(doc)
        page = score_page(truth, predicted)
        page.failed_pages = int(doc is None)
        counts.add(page)
        run.similar += similar_hits(truth, predicted)
        if diff:
            for line in article_diffs(pdf.stem, truth, predicted):
                print(line, flush=True)
        errors, total = body_errors(truth, predicted)
        run.char_errors += errors
        run.char_total += total
    run.typeset = counts


def article_diffs(name: str, truth: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[str]:
    """Where each true article whose body is not exact differs from its paired
    prediction (or that it has none): the answer's and the reading's text at
    each difference, with a few characters around it."""
    import difflib

    from .score import body, match_articles

    pairs = dict(match_articles(truth, predicted))
    out = []
    for t, article in enumerate(truth):
        tb = body(article)
        title = (article.get("headlines") or {}).get("title") or tb[:12]
        if t not in pairs:
            out.append(f"{name} [{title}] UNPAIRED ({len(tb)} chars: {tb[:10]}…{tb[-10:]})")
            continue
        pb = body(predicted[pairs[t]])
        if tb == pb:
            continue
        ops = [op for op in difflib.SequenceMatcher(None, tb, pb, autojunk=False).get_opcodes() if op[0] != "equal"]
        out.append(f"{name} [{title}] {len(ops)} differences ({len(tb)} / {len(pb)} chars)")
        for _, a0, a1, b0, b1 in ops[:8]:
            out.append(f"    {a0:5d}: {tb[max(0, a0 - 6):a0]}[{tb[a0:a1][:40]}]{tb[a1:a1 + 6]}"
                       f"  ->  [{pb[b0:b1][:40]}]")
    return out


def similar_f1(run: SetRun) -> float:
    c = run.typeset
    precision = run.similar / c.predicted_articles if c.predicted_articles else 0.0
    recall = run.similar / c.truth_articles if c.truth_articles else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --- report ----------------------------------------------------------------------------

def report(run: SetRun) -> tuple[str, dict[str, float]]:
    from .realpages import format_mode

    lines = [f"=== {run.label}: {run.pages} pages ==="]
    figures: dict[str, float] = {"char_accuracy": run.char_accuracy}
    if run.realdev is not None and run.realdev.scores:
        lines.append(format_mode(run.realdev))
        t = run.realdev.totals
        m = t.metrics()
        titles = sum(1 for s in run.realdev.scores for a in s.articles if a.found)
        figures.update({"realdev_titles": titles / t.articles, "realdev_whole": m["whole"] / t.articles,
                        "realdev_bylines": m["bylines"] / t.articles})
        lines.append(f"realdev: titles {titles}/{t.articles}, whole {m['whole']}/{t.articles}, "
                     f"bylines {m['bylines']}/{t.articles}")
    if run.typeset is not None and run.typeset.pages:
        m = run.typeset.metrics()
        figures.update({"typeset_f1_exact": m["article_f1"], "typeset_f1_similar": similar_f1(run)})
        lines.append("typeset: " + ", ".join(f"{k} {v:.4f}" for k, v in m.items()))
        lines.append(f"typeset: article F1 exact {m['article_f1']:.4f}, at body similarity >= {SIMILAR}: "
                     f"{similar_f1(run):.4f} ({run.similar} of {run.typeset.truth_articles} true, "
                     f"{run.typeset.predicted_articles} predicted)")
    pages = max(1, run.pages)
    layout = run.parse_seconds - run.ocr_seconds
    lines.append(f"character accuracy of body text vs the text layer: {run.char_accuracy:.4f} "
                 f"({run.char_errors} errors in {run.char_total})")
    lines.append(f"time per page: OCR {run.ocr_seconds / pages:.2f} s, layout and the rest {layout / pages:.2f} s, "
                 f"whole parse {run.parse_seconds / pages:.2f} s")
    if run.baseline_seconds:
        figures["speed_ratio"] = run.speed_ratio
        lines.append(f"speed: whole parse {run.parse_seconds:.1f} s / rapidocr alone {run.baseline_seconds:.1f} s "
                     f"= {run.speed_ratio:.2f}x")
    lines += [f"failed: {f}" for f in run.failures]
    return "\n".join(lines), figures


def missed(figures: dict[str, float]) -> list[str]:
    out = []
    for name, floor in OCR_FLOORS.items():
        if name not in figures:
            continue
        value = figures[name]
        bad = value > floor if name in CEILINGS else value < floor
        if bad:
            out.append(f"{name} = {value:.4f} is {'above its ceiling' if name in CEILINGS else 'below its floor'} "
                       f"{floor:.4f}")
    return out


def run_all(realdev: int, typeset: int, dpis: list[int], degraded: bool, folder: Path,
            baseline: bool = True, seed: int = 7, skip: int = 0,
            diff: bool = False) -> tuple[list[str], dict[str, float]]:
    """Render, parse and score; returns the report sections and the figures by
    floor name. Typeset pages are built with ``seed``, the first ``skip`` left out."""
    from .realpages import find_pages
    from .run import shared_dir
    from .typeset import build

    real = find_pages([shared_dir() / "realdev"])[:realdev] if realdev else []
    pdfs = build(folder / f"typeset-{seed}", skip + typeset, seed=seed)[skip:] if typeset else []
    sections: list[str] = []
    figures: dict[str, float] = {}
    variants = [(dpi, False) for dpi in dpis] + ([(200, True)] if degraded else [])
    for dpi, degrade in variants:
        label = f"{dpi} dpi" + (" degraded" if degrade else "")
        key = "degraded" if degrade else str(dpi)
        out = folder / label.replace(" ", "-")
        out.mkdir(parents=True, exist_ok=True)
        run = SetRun(label)
        timed = baseline and dpi == 200 and not degrade
        if real:
            run_realdev(real, [render(p.pdf, dpi, out, degrade, "real") for p in real], run, timed)
        if pdfs:
            run_typeset(pdfs, [render(p, dpi, out, degrade, "typeset") for p in pdfs], run, timed, diff)
        text, found = report(run)
        sections.append(text)
        print(text, flush=True)
        figures.update({f"{k}@{key}" if k != "speed_ratio" else k: v for k, v in found.items()})
    return sections, figures


def workers_rate(folder: Path, workers: int) -> str:
    """Pages per minute of ``parse_many`` over the 200-dpi renders in ``workers`` processes."""
    import banmian

    images = sorted((folder / "200-dpi").glob("*.png"))
    started = time.perf_counter()
    done = sum(1 for r in banmian.parse_many(images, enrich=False, workers=workers) if r.ok)
    seconds = time.perf_counter() - started
    return (f"--workers {workers}: {done}/{len(images)} pages in {seconds:.1f} s = "
            f"{60 * len(images) / seconds:.1f} pages per minute")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr_run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--realdev", type=int, default=6, help="realdev pages (default all 6)")
    parser.add_argument("--typeset", type=int, default=24, help="typeset pages (default 24)")
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 200, 300])
    parser.add_argument("--degraded", action="store_true", help="also degraded 200-dpi renders")
    parser.add_argument("--workers", type=int, default=0, help="also time parse_many in N processes")
    parser.add_argument("--threads", type=int, default=0, help="ONNX Runtime threads (1: one core)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a floor is missed")
    parser.add_argument("--keep", type=Path, help="keep the renders and typeset PDFs in this folder")
    parser.add_argument("--seed", type=int, default=7, help="the typeset pages' layout seed (default 7)")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N typeset pages")
    parser.add_argument("--ocr-cache", type=Path, help="keep rapidocr's answers in this folder (no speed figures)")
    parser.add_argument("--diff", action="store_true", help="print where each inexact typeset article differs")
    args = parser.parse_args(argv)
    if args.threads:
        os.environ["BANMIAN_OCR_THREADS"] = str(args.threads)
    with tempfile.TemporaryDirectory(prefix="banmian-ocrbench-") as tmp, contextlib.ExitStack() as stack:
        folder = args.keep or Path(tmp)
        if args.ocr_cache:
            from .ocr_cache import cached_engine

            counts = stack.enter_context(cached_engine(args.ocr_cache))
        _, figures = run_all(args.realdev, args.typeset, args.dpi, args.degraded, folder,
                             baseline=not args.ocr_cache, seed=args.seed, skip=args.skip, diff=args.diff)
        if args.ocr_cache:
            print(f"OCR cache: {counts['hits']} answers read back, {counts['misses']} computed")
        if args.workers:
            os.environ.pop("BANMIAN_OCR_THREADS", None)
            print(workers_rate(folder, args.workers))
    bad = missed(figures)
    for line in bad:
        print(f"MISSED: {line}", file=sys.stderr)
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    sys.exit(main())
