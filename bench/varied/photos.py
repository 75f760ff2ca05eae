"""Photos: a made-up raster image and its caption with a photographer's credit in one of the printed forms."""

from __future__ import annotations

import random
import re

import pymupdf

from bench.varied.fonts import Faces
from bench.varied.invent import person
from bench.varied.textflow import break_lines

CREDIT_FORMS = ("credit_plain", "credit_reporter", "credit_slash", "credit_agency")
CREDIT_PLACEMENTS = ("credit_end_of_line", "credit_wrapped", "credit_own_line")
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）]*")


def credit_text(form: str, name: str, rng: random.Random) -> str:
    """The printed credit: 张三摄, 本报记者 张三摄, 张三/摄, 张三摄（人民视觉）."""
    if form == "credit_plain":
        return f"{name}{rng.choice(('摄', ' 摄'))}"
    if form == "credit_reporter":
        return f"{rng.choice(('本报记者', '新华社记者', '通讯员'))} {name}摄"
    if form == "credit_slash":
        return f"{name}/摄"
    return f"{name}摄（{rng.choice(('人民视觉', '新华社发', '影像中国', '人民图片'))}）"


def caption_sentence(paragraphs: list[str], rng: random.Random) -> str:
    """A sentence of the article as the caption (not its first or last), or a made-up one."""
    sentences = [s for p in paragraphs[1:] for s in _SENTENCE.findall(p) if 12 <= len(s) <= 46]
    if sentences:
        text = rng.choice(sentences)
        return text if rng.random() < 0.6 else "图为" + text.removeprefix("图为")
    return "图为活动现场。"


def make_photo(rng: random.Random, width: int, height: int) -> pymupdf.Pixmap:
    """A gradient with noise and a darker blob, enough to look like a halftoned photo."""
    base = [rng.randrange(90, 170) for _ in range(3)]
    slope = [rng.uniform(-70, 70) / (width + height) for _ in range(3)]  # at most ±70 levels across the photo
    cx, cy, radius = rng.uniform(0.2, 0.8) * width, rng.uniform(0.3, 0.8) * height, rng.uniform(0.15, 0.4) * width
    noise = rng.randbytes(width * height)
    rows = bytearray()
    for y in range(height):
        for x in range(width):
            dark = 50 if (x - cx) ** 2 + (y - cy) ** 2 < radius * radius else 0
            jitter = noise[y * width + x] // 8 - 16
            for channel in range(3):
                value = base[channel] + slope[channel] * (x + y) - dark + jitter
                rows.append(0 if value < 0 else 255 if value > 255 else int(value))
    return pymupdf.Pixmap(pymupdf.csRGB, width, height, bytes(rows), False)


class Caption:
    """A caption's printed lines and its answer (text without the credit, the credit's name)."""

    def __init__(self, rng: random.Random, faces: Faces, paragraphs: list[str], width: float, size: float):
        self.size, self.font = size, "kai"
        self.name = person(rng)
        self.form = rng.choice(CREDIT_FORMS)
        self.placement = rng.choice(CREDIT_PLACEMENTS)
        self.text = caption_sentence(paragraphs, rng)
        credit = credit_text(self.form, self.name, rng)
        self.lines = self._arrange(faces, credit, width)

    def _arrange(self, faces: Faces, credit: str, width: float) -> list[tuple[str, str]]:
        """Lines as (text, alignment); the placement is downgraded when it cannot happen."""
        def wrap(text):
            return break_lines(text, faces, self.font, self.size, width)

        if self.placement == "credit_own_line":
            return [(line, "left") for line in wrap(self.text)] + [(credit, "right")]
        if self.placement == "credit_wrapped":
            for trim in range(0, min(24, len(self.text) - 6)):
                text = self.text[:len(self.text) - trim] if trim else self.text
                lines = wrap(text + " " + credit)
                if len(lines) >= 2 and credit not in lines[-1] and credit.replace(" ", "") not in lines[-1]:
                    self.text = text
                    return [(line, "left") for line in lines]
            self.placement = "credit_end_of_line"
        lines = wrap(self.text + " " + credit)
        if credit not in lines[-1]:
            self.placement = "credit_wrapped"
        return [(line, "left") for line in lines]

    @property
    def leading(self) -> float:
        return self.size * 1.45

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    def draw(self, canvas, x: float, top: float, width: float) -> None:
        for i, (line, align) in enumerate(self.lines):
            natural = canvas.faces.width(line, self.font, self.size)
            left = x + (width - natural if align == "right" else 0.0)
            canvas.text(left, top + i * self.leading + self.size * 0.95, line, self.font, self.size)

    def answer(self) -> dict:
        return {"text": self.text, "credit": self.name}
