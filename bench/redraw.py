"""Page PDFs redrawn by another PDF writer, as a user's files often are.

A page that went through a print driver or a converter keeps its text but not
its way of drawing it: poppler's cairo writer (``pdftocairo -pdf``) draws no
glyph for a space and turns glyphs filled and stroked (fake bold) into the
text plus its outlines as paths. PDF mode is measured on such pages too, so a
parser that leans on one writer's habits shows it.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

Writer = Callable[[Path, Path], None]


def redraw_with_cairo(source: Path, target: Path) -> None:
    """poppler's ``pdftocairo -pdf``: every page drawn again by cairo."""
    subprocess.run(["pdftocairo", "-pdf", str(source), str(target)], capture_output=True, check=True, timeout=120)


#: name -> (writer, the program it needs on PATH)
WRITERS: dict[str, tuple[Writer, str]] = {"cairo": (redraw_with_cairo, "pdftocairo")}


def unavailable(name: str) -> str | None:
    """Why the writer ``name`` cannot run here, or None when it can."""
    if name not in WRITERS:
        return f"unknown PDF writer {name!r} (known: {', '.join(WRITERS)})"
    program = WRITERS[name][1]
    return None if shutil.which(program) else f"program {program} is not installed (apt-get install poppler-utils)"


def redraw(name: str, source: Path, target: Path) -> None:
    """Write ``source`` redrawn by the writer ``name`` to ``target``."""
    WRITERS[name][0](Path(source), Path(target))


__all__ = ["WRITERS", "redraw", "unavailable"]
