"""How much of each answer sentence an extractor's text keeps in reading order.

Text mode can only find a sentence whole where the text holds its
characters in order. This measures that ceiling apart from the parser: the
share of the answer sentences that the extracted text spells whole (line
breaks, blank lines and spaces taken out), and the same share after the
parser's own reading of woven columns (``layout/stream_unweave.py``: lines
of level columns an extractor read across, row by row, read down again).
Set beside ``bench.realpages``' sentence recall, it tells a loss of the
extractor's order from a loss of the parser's::

    python -m bench.order_ceiling ../shared/realdev
    python -m bench.order_ceiling DIR --extractors pdftotext pdfminer --pages
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .extractors import EXTRACTORS, extract, unavailable
from .realpages import RealPage, find_pages
from .run import shared_dir


def spelled(text: str) -> str:
    """The text with every kind of white space taken out (line breaks, blank lines, spaces)."""
    return "".join(text.split())


def sentences_kept(text: str, sentences: Iterable[str]) -> tuple[int, int]:
    """How many of ``sentences`` the text spells whole, and how many there are."""
    whole = spelled(text)
    wanted = [spelled(s) for s in sentences if spelled(s)]
    return sum(s in whole for s in wanted), len(wanted)


def unwoven(text: str) -> str:
    """The text's lines as the parser reads them before it looks for
    articles: the page's header taken out, lines of columns read across put
    back column by column."""
    from banmian.layout.line_stream import lines_with_numbers
    from banmian.layout.stream_unweave import unweave_columns
    from banmian.layout.text_layout import separate_furniture
    from banmian.sources.text import text_to_blocks

    blocks, _ = separate_furniture(text_to_blocks(text))
    return "\n".join(line for line, _ in unweave_columns(lines_with_numbers(blocks)))


@dataclass
class Ceiling:
    """One extractor's counts over the pages."""

    extractor: str
    sentences: int = 0
    in_text: int = 0
    after_unweaving: int = 0


def _answer_sentences(page: RealPage) -> list[str]:
    return [s for article in page.answer.get("articles", []) for s in article.get("sentences", [])]


def measure(pages: Sequence[RealPage], extractor: str, per_page: bool = False) -> Ceiling:
    """The ceiling of one extractor over ``pages`` (printing each page's with ``per_page``)."""
    ceiling = Ceiling(extractor)
    for page in pages:
        text = extract(extractor, page.pdf)
        sentences = _answer_sentences(page)
        kept, total = sentences_kept(text, sentences)
        read, _ = sentences_kept(unwoven(text), sentences)
        ceiling.sentences += total
        ceiling.in_text += kept
        ceiling.after_unweaving += read
        if per_page:
            print(f"  {extractor:18} {page.pdf.name:34} {kept:4} / {total:4} in the text, {read:4} after unweaving")
    return ceiling


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.order_ceiling", description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, metavar="DIR",
                        help="folders of page PDFs with same-stem answer .json (default: shared/realdev)")
    parser.add_argument("--extractors", nargs="+", metavar="NAME", default=list(EXTRACTORS),
                        help=f"extractors (default: all of {', '.join(EXTRACTORS)})")
    parser.add_argument("--pages", action="store_true", help="print each page's counts")
    args = parser.parse_args(argv)
    pages = find_pages(args.folders or [shared_dir() / "realdev"])
    if not pages:
        print("no page PDFs with answers found", file=sys.stderr)
        return 1
    rows = []
    for name in args.extractors:
        why = unavailable(name)
        if why:
            print(f"{name}: skipped ({why})")
            continue
        rows.append(measure(pages, name, args.pages))
    print(f"{'extractor':18}  sentences  in the text  share  after unweaving  share")
    for row in rows:
        print(f"{row.extractor:18}  {row.sentences:9}  {row.in_text:11}  {_share(row.in_text, row.sentences):5}  "
              f"{row.after_unweaving:15}  {_share(row.after_unweaving, row.sentences)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
