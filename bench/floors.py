"""The accuracy floors CI holds the text-mode parser to (issue 2).

One place for them: ``python -m bench.run --check`` and
tests/test_benchmark_text.py both read this module.
"""

from __future__ import annotations

#: metric name (as in bench.score.Counts.metrics) -> lowest acceptable value
FLOORS: dict[str, float] = {
    "article_f1": 0.97,
    "title_accuracy": 0.97,
    "byline_accuracy": 0.97,
    "paragraph_boundary_f1": 0.98,
    "character_accuracy": 0.999,
}

#: the floors only mean something over at least this many real pages
MIN_PAGES = 300


def missed_floors(metrics: dict[str, float]) -> list[str]:
    """Human-readable lines naming every floor the metrics miss."""
    return [f"{name} = {metrics[name]:.4f} is below its floor {floor}"
            for name, floor in FLOORS.items() if metrics[name] < floor]
