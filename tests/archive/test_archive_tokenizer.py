"""The shared tokenizer: what both backends index and query."""

from __future__ import annotations

import pytest

from banmian.archive.keys import date_cover, paper_key
from banmian.archive.records import SearchFilters
from banmian.archive.search_plan import fts5_plan, key_groups, pg_plan
from banmian.archive.tokenizer import index_tokens, parse_query, tsvector_literals
from banmian.errors import UsageError


def test_cjk_runs_become_bigrams_plus_last_character() -> None:
    assert index_tokens("城建工作") == ["城建", "建工", "工作", "作"]
    assert index_tokens("调研，城建") == ["调研", "研", "城建", "建"]


def test_latin_and_digits_are_whole_lowercase_words() -> None:
    assert index_tokens("５Ｇ网络 COVID-19 2019年") == ["5g", "网络", "络", "covid", "19", "2019", "年"]


def test_query_phrases_and_one_character_words() -> None:
    parsed = parse_query(" 城建工作  城 ")
    assert [[t.token for t in p] for p in parsed.phrases] == [["城建", "建工", "工作"], ["城"]]
    plan = fts5_plan(parsed, [["g3"]])
    assert plan.all == '("城建" + "建工" + "工作") AND {keys} : "城" AND {keys} : ("g3")'
    assert plan.tier("head") == f'({plan.all}) AND ({{title}} : ("城建" + "建工" + "工作") OR {{keys}} : "h城")'
    pg = pg_plan(parsed, [["g3"]])
    assert (pg.main, pg.keys, pg.head, pg.head_keys) == (
        "('城建' <-> '建工' <-> '工作')", "'城' & ('g3')", "('城建' <-> '建工' <-> '工作')", "'h城'")
    assert (pg.loose, pg.phrases) == ("'城建' & '建工' & '工作'", ("'城建' <-> '建工' <-> '工作'",))
    two = pg_plan(parse_query("城建 网络5G 城建"), [])  # one-token words need no phrase check
    assert (two.loose, two.phrases) == ("'城建' & '网络' & '络' & '5g'", ("'网络' <-> '络' <-> '5g'",))


def test_date_ranges_become_the_fewest_keys() -> None:
    assert date_cover("2019-01-01", "2019-12-31") == ["y2019"]
    assert date_cover("2019-02-27", "2019-04-02") == ["d20190227", "d20190228", "m201903", "d20190401",
                                                      "d20190402"]
    assert len(date_cover("2001-01-01", "2024-05-31")) == 23 + 5


def test_filters_become_key_groups() -> None:
    groups = key_groups(SearchFilters(paper="江城日报", date_from="2024-05-01"), ("2024-04-01", "2024-05-31"))
    assert groups == [[paper_key("江城日报")], ["m202405"]]
    assert key_groups(SearchFilters(date_from="2030-01-01"), ("2024-04-01", "2024-05-31")) is None


@pytest.mark.parametrize("query", ["", "   ", "一" * 21, "！？"])
def test_bad_queries_quote_the_value(query: str) -> None:
    with pytest.raises(UsageError, match=repr(query).replace("\\", "\\\\").replace("?", "\\?")[:12]):
        parse_query(query)


def test_tsvector_literal_has_weights_and_positions() -> None:
    literals = tsvector_literals([("A", "城建"), ("D", "城建工作")])
    # one entry per occurrence; PostgreSQL merges them (tests/archive: the stored vector);
    # long texts: tests/archive/test_archive_long_texts.py
    assert literals == ["城建:1A 建:2A 城建:13D 建工:14D 工作:15D 作:16D"]
