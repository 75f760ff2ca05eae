"""Generate varied newspaper page PDFs with answer JSON files.

    python -m bench.varied.generate --pages 300 --seed 1 --out /tmp/varied --stats

Pages are set in rows of article cells below a header; each cell holds one
article (or a block of news briefs) laid out by bench.varied.layout. Every
random choice is recorded as a feature name in the answers (see README.md).
"""

from __future__ import annotations

import argparse
import collections
import json
import multiprocessing
import os
import random
import sys
import time
from pathlib import Path

from bench.varied import invent
from bench.varied.briefs import layout_briefs
from bench.varied.canvas import Canvas, add_template_chars
from bench.varied.fonts import MissingFontError, load_faces
from bench.varied.header import draw_header
from bench.varied.layout import PageStyle, layout_article
from bench.varied.plan import plan_article, vertical_ready
from bench.varied.source import SourceArticle, load_articles

SEPARATORS = ("separators_full_rules", "separators_partial_rules", "separators_frames", "separators_none")


def default_corpus() -> Path:
    shared = Path(os.environ.get("BANMIAN_SHARED", Path(__file__).resolve().parents[3] / "shared"))
    return shared / "corpora" / "rmrb-2019-02.jsonl.gz"


class Pools:
    """The corpus articles by date, with the ones that have kickers, subtitles or are short picked out."""

    def __init__(self, articles: list[SourceArticle]):
        self.all = articles
        self.by_date = collections.defaultdict(list)
        for article in articles:
            self.by_date[article.date].append(article)
        self.with_tiers = [a for a in articles if a.kicker or a.subtitle]
        self.short = [a for a in articles if 60 <= a.chars <= 320 and len(a.title) <= 20]
        self.vertical = [a for a in articles if vertical_ready(a)]

    def pick(self, rng: random.Random, date: str, capacity: int, used: set[int],
             vertical: bool = False) -> SourceArticle:
        """An unused article whose length is closest to the room among a few candidates."""
        source = self.with_tiers if rng.random() < 0.5 else self.by_date.get(date) or self.all
        if vertical:
            source = self.vertical
        candidates = [a for a in rng.sample(source, k=min(12, len(source))) if id(a) not in used] or self.all[:1]
        target = capacity * rng.uniform(0.4, 1.2)
        return min(candidates, key=lambda a: abs(a.chars - target))


def printable_text(articles: list[SourceArticle]) -> str:
    """Every character a page may print: the corpus's and the invented texts'."""
    chars: set[str] = set()
    for article in articles:
        chars.update(article.title, article.kicker or "", article.subtitle or "", article.dateline or "",
                     article.closing_dateline or "", article.closing_line or "", *article.bylines,
                     *article.paragraphs)
    for value in vars(invent).values():
        if isinstance(value, str):
            chars.update(value)
        elif isinstance(value, tuple):
            chars.update("".join(value))
    chars.update(EXTRA_CHARS)
    return "".join(sorted(chars))


EXTRA_CHARS = ("第版星期年月日责任编辑版式设计文字校对美编■（）——…下转上接本报讯记者通讯员实习生特约摄作者为单位电"
               "新华社视觉人民图片影像中国发：/" "0123456789")


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """Split total grid columns into parts of at least two."""
    sizes = [2] * parts
    for _ in range(total - 2 * parts):
        sizes[rng.randrange(parts)] += 1
    return sizes


def compose_page(rng: random.Random, pools: Pools, faces, stem: str) -> tuple[Canvas, dict]:
    """One page: header, rows of articles, separators; returns the canvas and the answer."""
    width, height = round(rng.uniform(990, 1040)), round(rng.uniform(1410, 1460))
    canvas = Canvas(width, height, faces)
    date = rng.choice(sorted(pools.by_date))
    number = rng.randint(1, 20)
    left, right = 40.0 + rng.uniform(-8, 8), width - 40.0 + rng.uniform(-8, 8)
    header = draw_header(canvas, rng, number=number, date=date, left=left, right=right)
    size = rng.choice((9.0, 9.5, 10.0, 10.5, 11.0))
    grid = rng.random() < 0.5
    style = PageStyle(size, round(size * rng.uniform(1.45, 1.7), 2), round(size * rng.uniform(1.0, 2.0), 2),
                      rng.randint(11, 18) if grid else None)
    separators = rng.choice(SEPARATORS)
    page_features = list(header.features) + [separators, "page_grid" if grid else "own_column_widths"]
    want_briefs = rng.random() < 0.3
    want_banner = rng.random() < 0.3
    want_vertical = rng.random() < 0.3
    articles: list[dict] = []
    used: set[int] = set()
    y, bottom = header.content_top, header.content_bottom
    cell_gap = size * 2.2
    rows: list[tuple[float, float, list[tuple[float, float]]]] = []
    row_index = 0
    while bottom - y > 150 and len(articles) < 7:
        cells = 1 if row_index == 0 and rng.random() < 0.4 else rng.choice((2, 2, 3, 3))
        cells = min(cells, 7 - len(articles))
        last = len(articles) + cells >= 5 or bottom - y < 420
        budget = bottom - y if last else (bottom - y) * rng.uniform(0.35, 0.6)
        spans = _cell_spans(rng, left, right, cells, cell_gap, style)
        row_bottom = y
        placed_cells = []
        for cell_x0, cell_x1 in spans:
            outcome = None
            chars = style.grid_chars or rng.randint(11, 18)
            for _attempt in range(4):
                if want_briefs and cell_x1 - cell_x0 > chars * size * 1.5:
                    items = rng.sample(pools.short, k=rng.randint(3, 5))
                    outcome = layout_briefs(items, (cell_x0, y, cell_x1, y + budget), faces, style, rng, chars)
                    if outcome:
                        want_briefs = False
                        page_features.append("news_briefs")
                        break
                capacity = int((cell_x1 - cell_x0) / size * budget / style.leading * 0.75)
                vertical = want_vertical and budget > 300 and cell_x1 - cell_x0 > chars * size * 2.5
                source = pools.pick(rng, date, capacity, used, vertical)
                mode = rng.choice(("headline_vertical_left", "headline_vertical_right")) if vertical else None
                plan = plan_article(rng, source, body_size=size, lead=row_index == 0 and cells == 1,
                                    page_number=number, chars_per_column=chars, mode=mode)
                plan.boxed = separators == "separators_frames" and rng.random() < 0.6
                plan.logo = rng.choice(invent.COLUMN_LABELS) if rng.random() < 0.12 else None
                outcome = layout_article(plan, (cell_x0, y, cell_x1, y + budget), faces, style, rng)
                if outcome:
                    used.add(id(source))
                    want_vertical = want_vertical and not any(
                        f.startswith("headline_vertical") for f in outcome.answer["features"])
                    break
            if outcome is None:
                continue
            outcome.draw(canvas)
            items = outcome.answer.get("items") or [outcome.answer]
            articles.extend(items)
            placed_cells.append((cell_x0, cell_x1))
            row_bottom = max(row_bottom, outcome.bottom)
        if placed_cells:
            rows.append((y, row_bottom, placed_cells))
        y = row_bottom + size * 2.4
        row_index += 1
        if want_banner and row_index == 1 and bottom - y > 300:
            _draw_banner(canvas, rng, left, right, y)
            page_features.append("banner")
            want_banner = False
            y += 48
    _draw_separators(canvas, rng, separators, rows, left, right, size)
    if any("column_logo" in a["features"] for a in articles):
        page_features.append("column_logo")
    if any("stream_headline_after_body" in a["features"] for a in articles):
        page_features.append("stream_headline_after_body")
    answer = {
        "file": f"{stem}.pdf", "paper": header.paper, "date": header.date,
        "page": {"number": header.number, "section": header.section},
        "features": sorted(set(page_features)), "articles": articles,
        "notes": (f"Generated by bench.varied: {len(articles)} articles in {len(rows)} rows, body {size} pt, "
                  f"{separators}; articles in reading order (rows top to bottom, cells left to right)."),
    }
    return canvas, answer


def _cell_spans(rng, left, right, cells, gap, style: PageStyle) -> list[tuple[float, float]]:
    """Cell x ranges: on the page grid when the page has one, else at random proportions."""
    if style.grid_chars:
        column = style.grid_chars * style.body_size
        count = max(2, int((right - left + style.gap) // (column + style.gap)))
        cells = min(cells, count // 2)
        sizes = _split(rng, count, cells)
        pitch = (right - left + style.gap) / count
        spans, start = [], 0
        for span in sizes:
            spans.append((left + start * pitch, left + (start + span) * pitch - style.gap))
            start += span
        return spans
    weights = [rng.uniform(0.6, 1.4) for _ in range(cells)]
    usable = right - left - gap * (cells - 1)
    spans, x = [], left
    for weight in weights:
        width = usable * weight / sum(weights)
        spans.append((x, x + width))
        x += width + gap
    return spans


def _draw_banner(canvas, rng, left, right, y) -> None:
    """A page-wide banner with a slogan: printed, but no article."""
    text = rng.choice(invent.BANNERS)
    canvas.rect(left, y, right, y + 36, fill_gray=rng.choice((0.2, 0.35, 0.5)), stroke=False)
    width = canvas.faces.width(text, "hei", 20)
    canvas.text((left + right) / 2 - width / 2, y + 25, text, "hei", 20, white=True)


def _draw_separators(canvas, rng, separators, rows, left, right, size) -> None:
    for index, (top, row_bottom, cells) in enumerate(rows):
        below = row_bottom + size * 1.2
        for cell_index, (x0, x1) in enumerate(cells):
            if separators == "separators_partial_rules":
                length = (x1 - x0) * rng.uniform(0.25, 0.5)
                start = x0 + ((x1 - x0) - length) / 2
                if index < len(rows) - 1:
                    canvas.line(start, below, start + length, below, width=0.8)
            if separators == "separators_full_rules" and cell_index > 0:
                middle = (cells[cell_index - 1][1] + x0) / 2
                canvas.line(middle, top, middle, row_bottom, width=0.5)
        if separators == "separators_full_rules" and index < len(rows) - 1:
            canvas.line(left, below, right, below, width=0.8)


_PREPARED: dict[Path, tuple] = {}


def _prepare(corpus: Path):
    """Fonts and article pools, once per process (the worker processes each make their own)."""
    if corpus not in _PREPARED:
        faces = load_faces()
        pools = Pools(load_articles(corpus))
        add_template_chars(printable_text(pools.all))
        _PREPARED[corpus] = (faces, pools)
    return _PREPARED[corpus]


def write_page(seed: int, index: int, out_dir: Path, corpus: Path) -> tuple[Path, list[str]]:
    """Page `index` of `seed` (the same whatever process makes it); returns its PDF and its feature names."""
    faces, pools = _prepare(corpus)
    rng = random.Random(f"{seed}:{index}")
    stem = f"varied_{seed}_{index:04d}"
    canvas, answer = compose_page(rng, pools, faces, stem)
    while len(answer["articles"]) < 2:
        canvas, answer = compose_page(rng, pools, faces, stem)
    doc = canvas.write()
    doc.subset_fonts()
    pdf = out_dir / f"{stem}.pdf"
    doc.save(pdf, garbage=3, deflate=True)
    (out_dir / f"{stem}.json").write_text(json.dumps(answer, ensure_ascii=False, indent=1), encoding="utf-8")
    features = set(answer["features"]) | {f for a in answer["articles"] for f in a["features"]}
    return pdf, sorted(features)


def _write_job(job: tuple) -> tuple[Path, list[str]]:
    return write_page(*job)


def generate(pages: int, seed: int, out_dir: Path, corpus: Path | None = None,
             stats: collections.Counter | None = None, workers: int = 1) -> list[Path]:
    """Write `pages` page PDFs and their answer JSON files into out_dir; returns the PDF paths."""
    corpus = corpus or default_corpus()
    if not corpus.exists():
        raise FileNotFoundError(f"the article corpus is absent: {corpus}")
    load_faces()  # fail early, naming the missing font packages
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(seed, index, out_dir, corpus) for index in range(pages)]
    if workers > 1 and pages > 1:
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            results = pool.map(_write_job, jobs, chunksize=max(1, pages // (workers * 4)))
    else:
        results = [_write_job(job) for job in jobs]
    if stats is not None:
        for _, features in results:
            stats.update(features)
    return [pdf for pdf, _ in results]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=None, help="rmrb-2019-02.jsonl.gz (default: ../shared/corpora)")
    parser.add_argument("--stats", action="store_true", help="print how many pages use each feature")
    parser.add_argument("--workers", type=int, default=1, help="processes (pages are the same for any number)")
    args = parser.parse_args(argv)
    counts: collections.Counter = collections.Counter()
    started = time.monotonic()
    try:
        paths = generate(args.pages, args.seed, args.out, args.corpus, counts, args.workers)
    except (MissingFontError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    elapsed = time.monotonic() - started
    print(f"{len(paths)} pages in {args.out} ({elapsed:.1f} s)")
    if args.stats:
        print(f"{'feature':36} pages")
        for name, count in sorted(counts.items()):
            print(f"{name:36} {count:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
