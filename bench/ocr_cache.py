"""A disk cache of rapidocr's answers for the OCR benchmark (``--ocr-cache DIR``).

Recognising a 200-dpi page takes seconds of CPU; while the text and layout
rules after it are developed, the detector's boxes and the recogniser's
readings of the very same pixels do not change. :func:`cached_engine` wraps
``banmian.sources.ocr.detect`` and ``recognise_crops`` so that each answer is
stored in ``DIR`` under a hash of its input pixels (one file per call, the
whole batch as the key, since the recogniser pads a batch to its widest line)
and read back on the next run. A change to how crops are cut misses the cache
and is recognised afresh. The seconds of a cached run say nothing of speed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any, Iterator


def pixels_key(kind: str, arrays: list[Any]) -> str:
    """A hash of the arrays' shapes and bytes."""
    digest = hashlib.sha256(kind.encode())
    for array in arrays:
        digest.update(repr((array.shape, str(array.dtype))).encode())
        digest.update(array.tobytes())
    return digest.hexdigest()[:32]


@contextlib.contextmanager
def cached_engine(folder: Path) -> Iterator[dict[str, int]]:
    """Within the block, ``ocr.detect`` and ``ocr.recognise_crops`` answer from
    ``folder`` when they have seen the pixels before; yields hit/miss counts."""
    import numpy as np

    from banmian.sources import ocr

    folder.mkdir(parents=True, exist_ok=True)
    counts = {"hits": 0, "misses": 0}
    detect, recognise_crops = ocr.detect, ocr.recognise_crops

    def remembered(kind: str, arrays: list[Any], compute: Any) -> Any:
        path = folder / f"{kind}-{pixels_key(kind, arrays)}.json"
        if path.exists():
            counts["hits"] += 1
            return json.loads(path.read_text(encoding="utf-8"))
        counts["misses"] += 1
        answer = compute()
        path.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
        return answer

    def cached_detect(image: Any) -> list[tuple[float, float, float, float]]:
        boxes = remembered("detect", [np.ascontiguousarray(image)], lambda: [list(b) for b in detect(image)])
        return [tuple(b) for b in boxes]

    def cached_recognise(crops: list[Any]) -> list[tuple[str, float]]:
        if not crops:
            return []
        read = remembered("rec", [np.ascontiguousarray(c) for c in crops],
                          lambda: [list(r) for r in recognise_crops(crops)])
        return [(str(t), float(s)) for t, s in read]

    ocr.detect, ocr.recognise_crops = cached_detect, cached_recognise
    try:
        yield counts
    finally:
        ocr.detect, ocr.recognise_crops = detect, recognise_crops
