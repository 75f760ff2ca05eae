"""Generate benchmark pages with known answers: ``indie_S_NNNN.pdf`` and ``.json`` beside it.

    python -m bench.indie.generate --pages N --seed S --out DIR

The answers are in realdev's format (bench/pagescore.py reads them), with the
superset fields the other generators write: exact ``body`` paragraphs,
``dateline``, ``captions``, byline roles, continuations and ``features``.
Same seed, same pages.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from . import corpus
from .compose import Composer
from .draw import draw, plan


def unique_ends(articles: list[dict], pdf: Path) -> None:
    """Lengthen ``start`` and ``end`` (14 characters, up to 30) until each occurs once in the page text."""
    import pymupdf

    with pymupdf.open(pdf) as document:
        text = re.sub(r"\s+", "", document[0].get_text())
    for record in articles:
        body = re.sub(r"\s+", "", "".join(record["body"]))
        for key, cut in (("start", lambda n: body[:n]), ("end", lambda n: body[-n:])):
            n = 14
            while n < min(30, len(body)) and text.count(cut(n)) > 1:
                n += 1
            record[key] = cut(n)


def generate(out: Path, pages: int, seed: int, root: Path | None = None) -> list[Path]:
    """Write ``pages`` pages into ``out``; returns the PDF paths."""
    articles = corpus.load(root)
    names = corpus.name_pool(articles)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(1, pages + 1):
        rng = random.Random(f"indie:{seed}:{n}")
        composer = Composer(rng, articles, names)
        answer = composer.build()
        page = composer.page
        order = plan(page, page.articles)
        stem = f"indie_{seed}_{n:04d}"
        rows = draw(page, order, str(out / f"{stem}.pdf"))
        unique_ends(page.articles, out / f"{stem}.pdf")
        for record in page.articles:
            group = record.pop("_group")
            if group in rows:
                record["features"].append("stream_rows")
        answer = {"file": f"{stem}.pdf", **answer, "generator": "bench.indie", "seed": seed,
                  "width": page.width, "height": page.height, "body_size": page.body_size}
        (out / f"{stem}.json").write_text(json.dumps(answer, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(out / f"{stem}.pdf")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.indie.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if corpus.shared_dir() is None:
        print("error: shared data not found; set BANMIAN_SHARED", file=sys.stderr)
        return 2
    for path in generate(args.out, args.pages, args.seed):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
