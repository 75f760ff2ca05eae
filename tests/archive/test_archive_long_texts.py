"""Articles longer than one PostgreSQL text vector holds are searched whole, on both backends.

A ``tsvector`` keeps positions 1..16383 and at most 256 positions of a lexeme;
SQLite's index has neither limit. Bug: the PostgreSQL archive dropped every
token past position 16383, so a word met only deep in a long article was
found by SQLite and not by PostgreSQL. All text here is invented.
"""

from __future__ import annotations

from itertools import chain

import pytest

from banmian.archive.base import Archive
from banmian.archive.tokenizer import (
    MAX_POSITION,
    MAX_POSITIONS_PER_LEXEME,
    MAX_QUERY_CHARS,
    index_tokens,
    tsvector_literals,
)
from banmian.model import Article, Edition, Headline, Page

#: 12 tokens a sentence (two runs of six characters: five bigrams and the last character each)
FILLER = "今天天气晴朗，市民出门散步。"


def _edition(title: str, paragraphs: list[str], date: str = "2024-07-01") -> Edition:
    article = Article(id=f"{date}/01/1", headline=Headline(None, title, None), paragraphs=paragraphs,
                      dateline="本报讯")
    return Edition(paper="江城日报", date=date, pages=[Page(number=1, section="要闻", articles=[article])])


def _positions(literal: str) -> list[tuple[str, int]]:
    """(token, position) of every positioned entry of a tsvector literal."""
    entries = [entry.split(":") for entry in literal.split()]
    return [(entry[0], int(entry[1][:-1])) for entry in entries if len(entry) == 2]


def test_a_long_text_is_cut_into_overlapping_parts_within_postgresqls_limits() -> None:
    body = FILLER * 1500 + "江城荷花节开幕。" + "城市" * 300 + "城市花园"
    tokens = index_tokens(body)
    literals = tsvector_literals([("A", "江城新闻"), ("D", body)])
    assert len(literals) >= 3
    first = literals[0].split()
    assert {entry.split(":")[0] for entry in first} == set(index_tokens("江城新闻")) | set(tokens)  # every token
    for literal in literals:
        positioned = _positions(literal)
        assert max(at for _, at in positioned) <= MAX_POSITION
        counts: dict[str, int] = {}
        for token, _ in positioned:
            counts[token] = counts.get(token, 0) + 1
        assert max(counts.values()) <= MAX_POSITIONS_PER_LEXEME
    # every run of MAX_QUERY_CHARS tokens of the body stands, in order and adjacent, in one part
    parts = [[token for token, _ in _positions(literal)] for literal in literals]
    windows = {tuple(tokens[i:i + MAX_QUERY_CHARS]) for i in range(0, len(tokens) - MAX_QUERY_CHARS, 997)}
    windows.add(tuple(tokens[-MAX_QUERY_CHARS:]))
    spelled = [" " + " ".join(part) + " " for part in parts]
    for window in windows:
        assert any(" " + " ".join(window) + " " in part for part in spelled), window
    assert list(chain.from_iterable(parts))[:5] == ["江城", "城新", "新闻", "闻", "今天"]


@pytest.mark.parametrize(("query", "total"), [
    ("荷花", 1),  # one token, only past position 16383
    ("荷花节开幕", 1),  # a phrase, only past position 16383
    ("城市花园", 1),  # a phrase whose first token stands there for the 301st time
    ("散步", 1),  # everywhere in it
    ("5G荷花", 0),  # both tokens are in the article, never side by side
    ("荷花节闭幕", 0),
])
def test_words_deep_in_a_long_article_are_found_on_both_backends(empty_archive: tuple[Archive, str], query: str,
                                                                 total: int) -> None:
    arc = empty_archive[0]
    paragraphs = ["5G网络覆盖全城。" + FILLER * 700, FILLER * 800 + "江城荷花节开幕。", "城市" * 300 + "城市花园"]
    assert len(index_tokens("".join(paragraphs))) > MAX_POSITION
    arc.ingest(_edition("江城新闻", paragraphs))
    arc.ingest(_edition("荷花", ["短文一篇。"], date="2024-07-02"))  # a short article beside it, found by its title
    found = arc.search(query, date_from="2024-07-01", date_to="2024-07-01")
    assert found["total"] == total, (arc.backend, query)
    if total:
        assert [h["key"] for h in found["hits"]] == ["江城日报/2024-07-01/01/1"]
    assert arc.search("荷花")["total"] == 2
    arc.delete_edition("江城日报", "2024-07-01")  # its parts go with it
    assert arc.search(query)["total"] == (1 if query == "荷花" else 0)
