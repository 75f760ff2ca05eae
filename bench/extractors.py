"""Real PDF text extractors, run the way a new user would run them.

Text mode is measured on what these tools give, not on text laid out by the
benchmark itself. Each extractor maps a PDF path to the text of all its pages;
:func:`unavailable` says why one cannot run here (a missing package or
program), so the benchmark reports it as skipped instead of failing.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

Extractor = Callable[[Path], str]

#: between the pages of a many-page PDF
PAGE_BREAK = "\n\f\n"


def _pymupdf_pages(path: Path, read: Callable[[object], str]) -> str:
    import pymupdf

    with pymupdf.open(path) as document:
        return PAGE_BREAK.join(read(page) for page in document)


def pymupdf_text(path: Path) -> str:
    """PyMuPDF ``page.get_text()``: content-stream order, one line per line."""
    return _pymupdf_pages(path, lambda page: page.get_text())


def pymupdf_blocks(path: Path) -> str:
    """PyMuPDF ``get_text('blocks')``: the text blocks joined with blank lines."""
    def read(page: object) -> str:
        blocks = page.get_text("blocks")  # (x0, y0, x1, y1, text, block_no, block_type)
        return "\n\n".join(b[4].strip("\n") for b in blocks if b[6] == 0)
    return _pymupdf_pages(path, read)


def pymupdf_sorted(path: Path) -> str:
    """PyMuPDF ``get_text(sort=True)``: blocks sorted top to bottom, left to right."""
    return _pymupdf_pages(path, lambda page: page.get_text(sort=True))


def _pdftotext(path: Path, *options: str) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
                          capture_output=True, check=True, timeout=120)
    return done.stdout.decode("utf-8", errors="replace").replace("\f", PAGE_BREAK).strip()


def pdftotext_plain(path: Path) -> str:
    """poppler's ``pdftotext`` with its default reading-order analysis."""
    return _pdftotext(path)


def pdftotext_raw(path: Path) -> str:
    """poppler's ``pdftotext -raw``: the content-stream order."""
    return _pdftotext(path, "-raw")


def pdftotext_layout(path: Path) -> str:
    """poppler's ``pdftotext -layout``: lines of the page as a character grid
    (columns side by side, set apart by spaces), what many archives hold."""
    return _pdftotext(path, "-layout")


def pdfminer_text(path: Path) -> str:
    """pdfminer.six ``high_level.extract_text`` with its default layout analysis."""
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def pdfplumber_text(path: Path) -> str:
    """pdfplumber ``page.extract_text()`` (pdfminer's characters, grouped by lines)."""
    import pdfplumber

    with pdfplumber.open(path) as document:
        return PAGE_BREAK.join(page.extract_text() or "" for page in document.pages)


#: name -> (extractor, what it needs: a Python module or a program on PATH)
EXTRACTORS: dict[str, tuple[Extractor, str]] = {
    "pymupdf": (pymupdf_text, "module:pymupdf"),
    "pymupdf-blocks": (pymupdf_blocks, "module:pymupdf"),
    "pymupdf-sort": (pymupdf_sorted, "module:pymupdf"),
    "pdftotext": (pdftotext_plain, "program:pdftotext"),
    "pdftotext-raw": (pdftotext_raw, "program:pdftotext"),
    "pdftotext-layout": (pdftotext_layout, "program:pdftotext"),
    "pdfminer": (pdfminer_text, "module:pdfminer"),
    "pdfplumber": (pdfplumber_text, "module:pdfplumber"),
}

_INSTALL_HINTS = {
    "pymupdf": "pip install 'banmian[pdf]'",
    "pdfminer": "pip install 'banmian[bench]'",
    "pdfplumber": "pip install 'banmian[bench]'",
    "pdftotext": "apt-get install poppler-utils",
}


def unavailable(name: str) -> str | None:
    """Why the extractor ``name`` cannot run here, or None when it can."""
    if name not in EXTRACTORS:
        return f"unknown extractor (known: {', '.join(EXTRACTORS)})"
    kind, _, what = EXTRACTORS[name][1].partition(":")
    present = importlib.util.find_spec(what) is not None if kind == "module" else shutil.which(what) is not None
    if present:
        return None
    return f"{'module' if kind == 'module' else 'program'} {what} is not installed ({_INSTALL_HINTS[what]})"


def extract(name: str, path: Path) -> str:
    """The text the extractor ``name`` gives for the PDF at ``path``."""
    return EXTRACTORS[name][0](Path(path))


__all__ = ["EXTRACTORS", "PAGE_BREAK", "extract", "unavailable"]
