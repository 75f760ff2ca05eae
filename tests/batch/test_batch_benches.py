"""Small fixed samples of the batch benchmarks, with the same checks as their full runs."""

from __future__ import annotations

from tests.batch.batch_samples import require_modules
from tests.shared_data import CORPUS, require_shared

require_modules("pyarrow", "ray", extra="ray")


def test_engines_sample_same_output_and_ray_overhead_within_limit() -> None:
    """300 real-article pages through both engines (the full run is 2,000: bench/batch_bench.py)."""
    from bench.batch_bench import MAX_RAY_OVERHEAD, problems, run

    require_shared(*CORPUS)
    figures = run(300, workers=2, enrich=True)
    assert figures["output"]["articles_compared"] > 600
    assert problems(figures) == [], figures
    assert figures["ray_overhead"] <= MAX_RAY_OVERHEAD


def test_driver_memory_sample_stays_flat() -> None:
    """400 and 4,000 manifest lines (the full run is 2,000 and 20,000: bench/batch_memory.py)."""
    from bench.batch_memory import problems, run

    figures = run([400, 4000], missing_share=0.01, workers=2)
    assert [r["failed"] for r in figures["runs"]] == [4, 40]
    assert problems(figures) == [], figures
