"""The shared tokenizer: what both backends index and query."""

from __future__ import annotations

import pytest

from banmian.archive.tokenizer import (fts5_expression, index_tokens, parse_query, tsquery_literal,
                                       tsvector_literal)
from banmian.errors import UsageError


def test_cjk_runs_become_bigrams_plus_last_character() -> None:
    assert index_tokens("城建工作") == ["城建", "建工", "工作", "作"]
    assert index_tokens("调研，城建") == ["调研", "研", "城建", "建"]


def test_latin_and_digits_are_whole_lowercase_words() -> None:
    assert index_tokens("５Ｇ网络 COVID-19 2019年") == ["5g", "网络", "络", "covid", "19", "2019", "年"]


def test_query_phrases_and_prefix_for_one_character() -> None:
    parsed = parse_query(" 城建工作  城 ")
    assert [[t.token for t in p] for p in parsed.phrases] == [["城建", "建工", "工作"], ["城"]]
    assert parsed.phrases[1][0].prefix
    assert fts5_expression(parsed) == '("城建" + "建工" + "工作") AND ("城" *)'
    assert tsquery_literal(parsed) == "('城建' <-> '建工' <-> '工作') & ('城':*)"


@pytest.mark.parametrize("query", ["", "   ", "一" * 21, "！？"])
def test_bad_queries_quote_the_value(query: str) -> None:
    with pytest.raises(UsageError, match=repr(query).replace("\\", "\\\\").replace("?", "\\?")[:12]):
        parse_query(query)


def test_tsvector_literal_has_weights_and_positions() -> None:
    literal = tsvector_literal([("A", "城建"), ("D", "城建工作")])
    assert literal == "'城建':1A,13D '建':2A '建工':14D '工作':15D '作':16D"
