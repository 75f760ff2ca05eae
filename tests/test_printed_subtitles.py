"""A 副题 comes out as printed: with the —— that opens it on the page, and
without one where the page prints none (the answers of real pages keep it)."""

from __future__ import annotations

import banmian
from banmian.export.formats import to_markdown
from banmian.layout.printed_tiers import printed_subtitle
from banmian.model import Article, Block, Headline, Role

_BODY = "本报讯 3月5日，江城新建的市民公园正式开放，园内种植乔木两千余株。\n"


def _headline(text: str) -> Headline:
    [article] = banmian.parse_text(text, enrich=False).articles
    return article.headline


def test_a_dashed_subtitle_keeps_its_dash() -> None:
    assert _headline("市民公园开门迎客\n\n——园内种植乔木两千余株\n\n" + _BODY).subtitle == "——园内种植乔木两千余株"


def test_a_subtitle_printed_without_a_dash_gets_none() -> None:
    head = Headline(title="市民公园开门迎客", subtitle="园内种植乔木两千余株")
    article = Article("t", headline=head, blocks=[Block(["市民公园开门迎客"], role=Role.TITLE),
                                             Block(["园内种植乔木两千余株"], role=Role.SUBTITLE)])
    assert printed_subtitle(article) == "园内种植乔木两千余株"


def test_the_dash_is_the_one_before_the_subtitle_not_its_words_in_the_title() -> None:
    # the title holds the subtitle's first words too; only the dash printed before the subtitle counts
    head = Headline(title="城东新建三座公园", subtitle="三座公园春节前开放")
    article = Article("t", headline=head, blocks=[Block(["城东新建三座公园"], role=Role.TITLE),
                                             Block(["—— 三座公园", "春节前开放"], role=Role.SUBTITLE)])
    assert printed_subtitle(article) == "——三座公园春节前开放"


def test_markdown_prints_the_subtitle_once_as_printed() -> None:
    edition = banmian.parse_text("市民公园开门迎客\n\n——园内种植乔木两千余株\n\n" + _BODY, enrich=False)
    out = to_markdown([edition])
    assert "**——园内种植乔木两千余株**" in out and "————" not in out
