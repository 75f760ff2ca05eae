"""The comparison itself must be able to fail: a fragment moved into the
middle of a paragraph (its ends untouched) is a difference; so are a wrong
page a text is carried on from and a second article under a wanted title."""

import banmian

from .pagekit import Story
from .readers_view import _text_differences, differences, text_differences


def test_a_fragment_in_mid_paragraph_is_a_difference():
    want = ["河水清了，岸边种上了树。", "居民说好。"]
    got = ["河水清了，景。岸边种上了树。", "居民说好。"]
    diffs = _text_differences("标题", want, got)
    assert len(diffs) == 1 and "paragraph 1" in diffs[0] and "景" in diffs[0]


def test_the_same_paragraphs_are_no_difference():
    assert _text_differences("标题", ["甲乙丙。"], ["甲乙丙。"]) == []


def _edition(*articles: banmian.Article) -> banmian.Edition:
    return banmian.Edition(pages=[banmian.Page(number=2, articles=list(articles))])


def _article(title: str, paragraphs: list[str], continued_from: int | None = None) -> banmian.Article:
    return banmian.Article(id=title, headline=banmian.Headline(title=title), paragraphs=paragraphs,
                           continued_from=continued_from)


def test_the_page_a_text_is_carried_on_from_is_compared_in_both_modes():
    story = Story("江城新建三座公园", ["今年江城计划新建三座公园。"], continued_from=1)
    edition = _edition(_article("江城新建三座公园", ["今年江城计划新建三座公园。"]))
    assert any("continued_from" in d for d in differences(edition, [story], None))
    assert any("continued_from" in d for d in text_differences(edition, [story]))
    right = _edition(_article("江城新建三座公园", ["今年江城计划新建三座公园。"], continued_from=1))
    assert differences(right, [story], None) == [] and text_differences(right, [story]) == []


def test_a_second_article_under_a_wanted_title_is_a_difference():
    story = Story("江城新建三座公园", ["今年江城计划新建三座公园。"])
    edition = _edition(_article("江城新建三座公园", ["今年江城计划新建三座公园。"]),
                       _article("江城新建三座公园", ["园林局介绍。"]))
    assert any("two articles under one title" in d for d in differences(edition, [story], None))
