"""The page being built: what is drawn (text runs, shapes, pictures) and what is known about it.

Nothing here is drawn at once: runs carry an emission group and a key, and
bench/indie/draw.py decides the content-stream order afterwards, so the same
page can be written headline first, body first or row by row.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from .typeset import Line

Color = tuple[float, float, float]
BLACK: Color = (0, 0, 0)


@dataclass(slots=True)
class Run:
    """A piece of text drawn at a baseline point (vertical: one character under another)."""

    group: str
    key: tuple
    x: float
    y: float
    text: str
    role: str
    size: float
    color: Color = BLACK
    vertical: bool = False


@dataclass(slots=True)
class Shape:
    """A rule, frame, tinted box or picture, drawn before the text."""

    kind: str  # "line" | "rect" | "fill" | "image"
    rect: tuple[float, float, float, float]
    color: Color = BLACK
    width: float = 0.5
    seed: int = 0


@dataclass(slots=True)
class Page:
    """One page under construction and its answer."""

    rng: random.Random
    width: float
    height: float
    body_size: float
    leading: float
    runs: list[Run] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    used_text: set[str] = field(default_factory=set)

    def feature(self, name: str) -> None:
        if name not in self.features:
            self.features.append(name)

    def lines(self, group: str, lines: list[Line], x: float, y: float, pitch: float, role: str, size: float,
              color: Color = BLACK, key: tuple = ()) -> float:
        """Draw set lines from baseline ``y`` down; returns the baseline after the last."""
        for n, line in enumerate(lines):
            for p, (dx, text) in enumerate(line.pieces):
                if text.strip():
                    self.runs.append(Run(group, (*key, n, p), x + dx, y, text, role, size, color))
            y += pitch
        return y

    def vertical(self, group: str, text: str, x: float, y: float, size: float, role: str,
                 color: Color = BLACK, key: tuple = ()) -> float:
        """Characters one under another from top ``y`` (a space leaves one em); returns the bottom."""
        for n, char in enumerate(text):
            y += size * 1.08
            if char.strip():
                self.runs.append(Run(group, (*key, n), x, y - size * 0.12, char, role, size, color, vertical=True))
        return y
