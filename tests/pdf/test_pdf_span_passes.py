"""The PDF source's passes over a page's spans, done once a page for speed,
answer as the span-by-span rules they stand for."""

from __future__ import annotations

import random

from banmian.sources.pdf import _uncovered
from banmian.sources.pdf_spans import Span as _Span


def _spans(rng: random.Random, count: int) -> list[_Span]:
    spans = []
    for order in sorted(rng.randrange(40) for _ in range(count)):  # spans come in drawing order
        x, y = rng.uniform(0, 300), rng.uniform(0, 400)
        spans.append(_Span("字", (x, y, x + 10, y + 10), 10.0, False, y + 9, order))
    return spans


def test_text_under_a_later_image_or_white_patch_is_dropped_and_text_drawn_over_it_kept() -> None:
    rng = random.Random(3)
    for _ in range(50):
        spans = _spans(rng, 60)
        covers = []
        for _ in range(rng.randrange(6)):
            x, y = rng.uniform(0, 250), rng.uniform(0, 350)
            covers.append((rng.randrange(45), (x, y, x + rng.uniform(5, 120), y + rng.uniform(5, 120))))
        expected = [s for s in spans if not any(
            order > s.order and r[0] <= (s.bbox[0] + s.bbox[2]) / 2 <= r[2] and r[1] <= (s.bbox[1] + s.bbox[3]) / 2 <= r[3]
            for order, r in covers)]
        assert _uncovered(spans, covers) == expected
