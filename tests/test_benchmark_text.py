"""The text-mode accuracy floors of issue 2, held over every real corpus page.

Runs the whole benchmark (``python -m bench.run``) in process: builds all 404
real pages of ../shared/corpora with their continuation pages, parses them
with ``banmian.parse_text`` and asserts each floor of bench/floors.py.
"""

from __future__ import annotations

import pytest

from bench.floors import FLOORS, MIN_PAGES
from bench.run import DEFAULT_PAGES, DEFAULT_SEED, Report, format_table, run_benchmark
from tests.shared_data import CORPUS, require_shared, shared_dir


@pytest.fixture(scope="module")
def report() -> Report:
    require_shared(*CORPUS)
    return run_benchmark(DEFAULT_PAGES, DEFAULT_SEED, shared=shared_dir())


def test_enough_pages_and_few_skipped_articles(report: Report) -> None:
    assert report.real_pages >= MIN_PAGES
    assert report.counts.truth_articles > 1500
    skipped_for_ambiguity = sum(n for reason, n in report.corpus.skipped.items() if reason != "no paragraphs")
    assert skipped_for_ambiguity <= 0.1 * report.corpus.articles_read, report.corpus.summary()


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(report: Report, metric: str) -> None:
    value, floor = report.metrics[metric], FLOORS[metric]
    assert value >= floor, f"{metric} = {value:.4f} is below its floor {floor}\n{format_table(report)}"


def test_the_answer_key_scores_perfectly(report: Report) -> None:
    """The instrument itself: page texts are unique and the answers score 1.0."""
    answers = {page.text: page.truth for page in report.pages}
    assert len(answers) == len(report.pages)
    perfect = run_benchmark(DEFAULT_PAGES, DEFAULT_SEED, shared=shared_dir(), parser=lambda text: answers[text])
    assert all(value == 1.0 for value in perfect.metrics.values()), perfect.metrics


def test_the_hard_articles_are_scored_on_request() -> None:
    """``--hard`` keeps the articles with in-body bylines, credits and late
    datelines; they are scored (their figures are in bench/README.md), not
    yet held to the floors."""
    require_shared(*CORPUS)
    hard = run_benchmark(40, DEFAULT_SEED, shared=shared_dir(), hard=True)
    plain = run_benchmark(40, DEFAULT_SEED, shared=shared_dir())
    assert hard.corpus.articles_kept >= plain.corpus.articles_kept + 100
    assert not any("hard construct" in reason for reason in hard.corpus.skipped)
    assert hard.counts.truth_articles > plain.counts.truth_articles
