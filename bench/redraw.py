"""Page PDFs redrawn by another PDF writer, as a user's files often are.

A page that went through a print driver or a converter keeps its text but not
its way of drawing it: poppler's cairo writer (``pdftocairo -pdf``) draws no
glyph for a space and turns glyphs filled and stroked (fake bold) into the
text plus its outlines as paths; a page placed whole into another (imposed,
or resized to a smaller sheet) is drawn as a form at another scale; a page
turned in a viewer and saved is stored on its side with a /Rotate. PDF mode is
measured on such pages too, so a parser that leans on one writer's habits
shows it.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

Writer = Callable[[Path, Path], None]


def redraw_with_cairo(source: Path, target: Path) -> None:
    """poppler's ``pdftocairo -pdf``: every page drawn again by cairo."""
    subprocess.run(["pdftocairo", "-pdf", str(source), str(target)], capture_output=True, check=True, timeout=120)


def place_scaled(source: Path, target: Path, scale: float = 0.7) -> None:
    """Each page placed whole, scaled, into a new page (as imposition or a
    resize to a smaller sheet does): the page becomes a form the new one draws."""
    import pymupdf

    with pymupdf.open(source) as original, pymupdf.open() as placed:
        for number, page in enumerate(original):
            sheet = placed.new_page(width=page.rect.width * scale, height=page.rect.height * scale)
            sheet.show_pdf_page(sheet.rect, original, number)
        placed.save(target)


def store_turned(source: Path, target: Path) -> None:
    """Each page stored on its side (drawn turned a quarter) with a /Rotate
    that shows it upright, as a page rotated in a viewer and saved is."""
    import pymupdf

    with pymupdf.open(source) as original, pymupdf.open() as turned:
        for number, page in enumerate(original):
            sheet = turned.new_page(width=page.rect.height, height=page.rect.width)
            sheet.show_pdf_page(sheet.rect, original, number, rotate=90)
            sheet.set_rotation(90)
        turned.save(target)


#: name -> (writer, what it needs: a program on PATH or a Python module)
WRITERS: dict[str, tuple[Writer, str]] = {"cairo": (redraw_with_cairo, "program:pdftocairo"),
                                          "placed": (place_scaled, "module:pymupdf"),
                                          "turned": (store_turned, "module:pymupdf")}


def unavailable(name: str) -> str | None:
    """Why the writer ``name`` cannot run here, or None when it can."""
    if name not in WRITERS:
        return f"unknown PDF writer {name!r} (known: {', '.join(WRITERS)})"
    kind, _, what = WRITERS[name][1].partition(":")
    if kind == "module":
        found = importlib.util.find_spec(what) is not None
        return None if found else f"module {what} is not installed (pip install 'banmian[pdf]')"
    return None if shutil.which(what) else f"program {what} is not installed (apt-get install poppler-utils)"


def redraw(name: str, source: Path, target: Path) -> None:
    """Write ``source`` redrawn by the writer ``name`` to ``target``."""
    WRITERS[name][0](Path(source), Path(target))


__all__ = ["WRITERS", "redraw", "unavailable"]
