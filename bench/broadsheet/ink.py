"""Glyph placement: the system's Chinese fonts, line breaking with kinsoku, justified lines
set glyph by glyph or phrase by phrase, vertical text, rules, frames and raster photos.

Text is collected as pieces and written at the end in an order the page chooses, so the
content stream need not follow the reading order (as e-paper PDFs often do not).
"""

from __future__ import annotations

import random
import subprocess
from dataclasses import dataclass, field

from banmian.errors import BanmianError

#: faces by role; the families are looked up with fontconfig on the machine
FAMILIES = {"song": "AR PL UMing CN", "kai": "AR PL UKai CN", "hei": "WenQuanYi Zen Hei",
            "xhei": "WenQuanYi Micro Hei"}
NO_LINE_START = set("，。、；：？！）》”』」…%·—")
NO_LINE_END = set("“（《『「")
_ASCII_WORD = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.%-+/:")


class Fonts:
    """The faces of FAMILIES, loaded once per typesetter, with glyph advances remembered."""

    def __init__(self) -> None:
        import pymupdf

        self.faces = {}
        for role, family in FAMILIES.items():
            found = subprocess.run(["fc-match", "-f", "%{file}", f"{family}:lang=zh"],
                                   capture_output=True, text=True, check=False).stdout.strip()
            if not found:
                raise BanmianError(f"no font file for {family!r} (fc-match gave nothing)")
            self.faces[role] = pymupdf.Font(fontfile=found)
        self._advances: dict[tuple[str, str], float] = {}

    def advance(self, char: str, face: str, size: float) -> float:
        """The glyph's advance at ``size``; full-width characters take one em."""
        key = (char, face)
        if key not in self._advances:
            self._advances[key] = self.faces[face].text_length(char, 1.0) if char.isascii() else 1.0
        return self._advances[key] * size

    def width(self, text: str, face: str, size: float) -> float:
        return sum(self.advance(c, face, size) for c in text)


def _tokens(text: str) -> list[str]:
    """Characters, with ASCII words kept whole (a line never splits 2019 or COVID)."""
    out: list[str] = []
    for char in text:
        if char in _ASCII_WORD and out and out[-1][-1] in _ASCII_WORD:
            out[-1] += char
        else:
            out.append(char)
    return out


@dataclass(slots=True)
class Line:
    """One printed line: its text, its left indent in em, and whether it is set full width."""

    text: str
    indent: float = 0.0
    full: bool = False


def break_lines(text: str, width: float, size: float, fonts: Fonts, face: str, indent: float = 0.0) -> list[Line]:
    """Greedy line breaking with kinsoku: a closing mark is never first on a line (the last
    character before it goes down with it), an opening mark never last."""
    tokens = _tokens(text)
    lines: list[Line] = []
    current: list[str] = []
    used = indent * size
    first_indent = indent
    i = 0
    while i < len(tokens):
        token = tokens[i]
        need = fonts.width(token, face, size)
        if current and used + need > width + 0.01:
            if token[0] in NO_LINE_START and len(current) > 2:
                i -= 1
                current.pop()
            while len(current) > 2 and current[-1][-1] in NO_LINE_END:
                i -= 1
                current.pop()
            lines.append(Line("".join(current), first_indent, True))
            current, used, first_indent = [], 0.0, 0.0
            continue
        current.append(token)
        used += need
        i += 1
    if current:
        lines.append(Line("".join(current), first_indent, False))
    return lines


@dataclass(slots=True)
class Piece:
    """Glyphs written together: (text, x, baseline y) runs in one face, size and style."""

    runs: list[tuple[str, float, float]]
    face: str
    size: float
    group: int = 0
    bold: bool = False
    color: tuple[float, float, float] = (0, 0, 0)


@dataclass(slots=True)
class Drawing:
    """A rule, frame, panel or photo, drawn under the text."""

    kind: str  # "rule" | "frame" | "panel" | "photo"
    rect: tuple[float, float, float, float]
    width: float = 0.6
    shade: float = 0.85
    seed: int = 0


@dataclass(slots=True)
class Sheet:
    """Everything placed on one page, written by :meth:`write` in the chosen order."""

    fonts: Fonts
    placement: str = "glyph"  # "glyph" | "phrase" | "line"
    pieces: list[Piece] = field(default_factory=list)
    drawings: list[Drawing] = field(default_factory=list)

    def set_line(self, line: Line, x: float, y: float, width: float, face: str, size: float, group: int,
                 align: str = "left", bold: bool = False, color: tuple[float, float, float] = (0, 0, 0),
                 tracking: float = 0.0) -> float:
        """Place one line with its baseline at ``y``; justified when ``line.full``. Returns its right edge."""
        chars = list(line.text)
        natural = self.fonts.width(line.text, face, size) + tracking * size * max(len(chars) - 1, 0)
        start = x + line.indent * size
        room = width - line.indent * size
        extra = tracking * size
        if line.full and len(chars) > 1 and self.placement != "line":  # line placement: ragged right
            extra += (room - natural) / (len(chars) - 1)
        elif align == "center":
            start += (room - natural) / 2
        elif align == "right":
            start += room - natural
        runs = self._runs(chars, start, y, face, size, extra)
        self.pieces.append(Piece(runs, face, size, group, bold, color))
        return start + natural + (extra - tracking * size) * max(len(chars) - 1, 0)

    def _runs(self, chars: list[str], x: float, y: float, face: str, size: float,
              extra: float) -> list[tuple[str, float, float]]:
        """Glyph placement: every glyph at its justified position. Phrase placement: a run
        of glyphs at their natural advance from the justified position of its first glyph,
        a new run after punctuation or once the run lags half an em behind (so no gap
        inside a line grows wider than that). Line placement: one string per line."""
        if self.placement == "line" and abs(extra) < 0.05:
            return [("".join(chars), x, y)]
        runs: list[tuple[str, float, float]] = []
        run, run_x, natural = "", x, x
        for char in chars:
            if run and (self.placement == "glyph" or abs(x - natural) > 0.4 * size or extra < 0):
                runs.append((run, run_x, y))
                run = ""
            if not run:
                run_x = natural = x
            run += char
            advance = self.fonts.advance(char, face, size)
            x += advance + extra
            natural += advance
            if char in "，。、；：？！":
                runs.append((run, run_x, y))
                run = ""
        if run:
            runs.append((run, run_x, y))
        return runs

    def set_vertical(self, text: str, x: float, y: float, size: float, face: str, group: int,
                     gap: float = 0.08, bold: bool = False) -> float:
        """Glyphs top to bottom from (x, y) (top-left); returns the bottom."""
        runs = []
        for char in text:
            if char == " ":
                y += size * 0.6
                continue
            y += size
            runs.append((char, x, y - 0.12 * size))
            y += gap * size
        self.pieces.append(Piece(runs, face, size, group, bold))
        return y

    def mark(self) -> tuple[int, int]:
        """How much is placed so far, to take back an article that did not fit."""
        return len(self.pieces), len(self.drawings)

    def undo(self, mark: tuple[int, int]) -> None:
        del self.pieces[mark[0]:]
        del self.drawings[mark[1]:]

    def rule(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6) -> None:
        self.drawings.append(Drawing("rule", (x0, y0, x1, y1), width))

    def frame(self, rect: tuple[float, float, float, float], width: float = 0.8) -> None:
        self.drawings.append(Drawing("frame", rect, width))

    def panel(self, rect: tuple[float, float, float, float], shade: float) -> None:
        self.drawings.append(Drawing("panel", rect, shade=shade))

    def photo(self, rect: tuple[float, float, float, float], seed: int) -> None:
        self.drawings.append(Drawing("photo", rect, seed=seed))

    def write(self, page, order: list[int]) -> None:
        """Draw the drawings, then the text pieces group by group in ``order``."""
        import pymupdf

        for drawing in self.drawings:
            _draw(page, drawing)
        rank = {group: i for i, group in enumerate(order)}
        pieces = sorted(self.pieces, key=lambda p: rank.get(p.group, len(rank)))
        writer, style = None, None
        for piece in pieces:
            if (piece.bold, piece.color) != style:
                if writer is not None:
                    _flush(page, writer, style)
                writer, style = pymupdf.TextWriter(page.rect), (piece.bold, piece.color)
            for text, x, y in piece.runs:
                writer.append((x, y), text, font=self.fonts.faces[piece.face], fontsize=piece.size)
        if writer is not None:
            _flush(page, writer, style)


def _flush(page, writer, style) -> None:
    bold, color = style
    writer.write_text(page, render_mode=2 if bold else 0, color=color)


def _draw(page, drawing: Drawing) -> None:
    import pymupdf

    x0, y0, x1, y1 = drawing.rect
    if drawing.kind == "rule":
        page.draw_line((x0, y0), (x1, y1), width=drawing.width, color=(0, 0, 0))
    elif drawing.kind == "frame":
        page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), width=drawing.width, color=(0, 0, 0))
    elif drawing.kind == "panel":
        page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), width=0, fill=(drawing.shade,) * 3, color=None)
    else:
        page.insert_image(pymupdf.Rect(x0, y0, x1, y1), pixmap=_picture(drawing.seed))


def _picture(seed: int):
    """A small raster of random blocks: a photo as far as the layout is concerned."""
    import pymupdf

    rng = random.Random(seed)
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 48, 36), False)
    pixmap.set_rect(pixmap.irect, tuple(rng.randrange(80, 200) for _ in range(3)))
    for _ in range(12):
        x, y = rng.randrange(44), rng.randrange(32)
        pixmap.set_rect(pymupdf.IRect(x, y, x + rng.randrange(4, 20), y + rng.randrange(3, 14)),
                        tuple(rng.randrange(256) for _ in range(3)))
    return pixmap
