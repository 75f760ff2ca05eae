"""Headline blocks: kicker (引题), title (主题), subtitle (副题) and a byline line, set in a box of given width."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.varied.fonts import Faces
from bench.varied.textflow import break_lines


@dataclass
class HeadLine:
    text: str
    font: str
    size: float
    bold: bool = False
    gap_after: float = 0.0

    @property
    def advance(self) -> float:
        return self.size * 1.3 + self.gap_after


@dataclass
class TierStyle:
    """How the kicker or subtitle is set relative to the body size (feature names in `feature`)."""

    feature: str
    font: str
    size: float
    bold: bool


def tier_style(rng: random.Random, tier: str, body_size: float) -> TierStyle:
    """Kicker / subtitle: 1.0-1.3x the body, larger, or the body size in bold or another font."""
    roll = rng.random()
    if roll < 0.38:
        return TierStyle(f"{tier}_near_body_size", rng.choice(("song", "kai", "hei")),
                         round(body_size * rng.uniform(1.0, 1.3), 1), False)
    if roll < 0.69:
        return TierStyle(f"{tier}_same_size_bold", rng.choice(("hei", "song", "kai")), body_size, True)
    return TierStyle(f"{tier}_large", rng.choice(("song", "hei", "mhei")), round(body_size * rng.uniform(1.4, 1.9), 1), False)


def split_title(title: str) -> list[str]:
    """Two lines for one title: at the space between its phrases, else near the middle."""
    if " " in title:
        first, _, second = title.partition(" ")
        return [first, second]
    middle = len(title) // 2
    for offset in range(0, middle):
        for cut in (middle + offset, middle - offset):
            if 2 <= cut <= len(title) - 2 and title[cut] not in "，。、；：”’）》！？" and title[cut - 1] not in "“‘（《":
                return [title[:cut], title[cut:]]
    return [title]


class Headline:
    """The lines of one article's headline in a box; features records what was printed."""

    def __init__(self, faces: Faces, width: float, *, kicker: str | None, title: str, subtitle: str | None,
                 title_font: str, title_size: float, body_size: float, kicker_style: TierStyle | None,
                 subtitle_style: TierStyle | None, two_lines: bool, byline: str | None):
        self.lines: list[HeadLine] = []
        self.features: list[str] = []
        self.title_lines = 0
        if kicker and kicker_style:
            for text in break_lines(kicker, faces, kicker_style.font, kicker_style.size, width):
                self.lines.append(HeadLine(text, kicker_style.font, kicker_style.size, kicker_style.bold))
            self.lines[-1].gap_after = body_size * 0.3
            self.features += ["kicker", kicker_style.feature]
        size = title_size
        pieces = split_title(title) if two_lines else [title]
        while size > body_size * 1.5 and max(faces.width(p, title_font, size) for p in pieces) > width:
            size -= 1
        if max(faces.width(p, title_font, size) for p in pieces) > width:
            pieces = [line for piece in pieces for line in break_lines(piece, faces, title_font, size, width)]
        for text in pieces:
            self.lines.append(HeadLine(text, title_font, size, title_font != "hei"))
        self.title_lines = len(pieces)
        self.title_size = size
        if len(pieces) > 1:
            self.features.append("title_multiline")
        self.lines[-1].gap_after = body_size * 0.4
        if subtitle and subtitle_style:
            for text in break_lines(subtitle, faces, subtitle_style.font, subtitle_style.size, width):
                self.lines.append(HeadLine(text, subtitle_style.font, subtitle_style.size, subtitle_style.bold))
            self.lines[-1].gap_after = body_size * 0.3
            self.features += ["subtitle", subtitle_style.feature]
            if subtitle.startswith("——"):
                self.features.append("subtitle_dash")
        if byline:
            self.lines[-1].gap_after += body_size * 0.4
            self.lines.append(HeadLine(byline, "kai", body_size * byline_scale(byline)))

    @property
    def height(self) -> float:
        return sum(line.advance for line in self.lines) + 4

    def draw(self, canvas, x: float, top: float, width: float, align: str) -> None:
        """Each line aligned in the box; the phrases of a two-phrase line set one character apart."""
        y = top
        for line in self.lines:
            phrases = line.text.split(" ")
            gap = line.size if len(phrases) > 1 and _fits(canvas, line, phrases, width) else 0.0
            if not gap:
                phrases = [line.text]
            widths = [canvas.faces.width(p, line.font, line.size) for p in phrases]
            natural = sum(widths) + gap * (len(phrases) - 1)
            left = x + {"center": (width - natural) / 2, "right": width - natural}.get(align, 0.0)
            for phrase, phrase_width in zip(phrases, widths):
                canvas.text(left, y + line.size * 1.05, phrase, line.font, line.size, bold=line.bold)
                left += phrase_width + gap
            y += line.advance


def _fits(canvas, line: HeadLine, phrases: list[str], width: float) -> bool:
    return sum(canvas.faces.width(p, line.font, line.size) for p in phrases) + line.size * (len(phrases) - 1) <= width


def byline_scale(byline: str) -> float:
    """Byline lines are set a little larger when they are a lone author name (理论 style)."""
    return 1.15 if len(byline.replace(" ", "")) <= 4 else 1.0
