"""Write every independent test page as a PDF (and a PNG preview) to look at:
``python -m tests.independent.render OUTDIR``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pymupdf

MODULES = ("headline_shapes", "separation", "in_body", "furniture", "credits", "leads_ends", "byline_tiers",
           "boxes_photos", "supplement", "article_parts", "page_order", "mixed_script", "headline_layouts",
           "theory_banner", "frames_briefs", "wraps", "tables_jumps", "heads_feet", "opinion_briefs",
           "letters_notices", "run_on", "lists_notes", "weather_ads", "page_extras", "page_extras2")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for mod in MODULES:
        cases = importlib.import_module(f"tests.independent.test_indep_{mod}")
        for name, build in cases.CASES.items():
            for seed in cases.SEEDS:
                path = build(seed)[0].save(out / f"{name}-{seed}.pdf")
                with pymupdf.open(path) as doc:
                    doc[0].get_pixmap(dpi=72).save(out / f"{name}-{seed}.png")
                print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "independent-pages"))
