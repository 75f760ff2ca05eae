"""A title may close with an ellipsis (春天来了……), as it may with ？ or ！:
a headless article whose first paragraph is such a line takes it as its title
(layout/headless_titles.py). Every text here is invented."""

from __future__ import annotations

from banmian.layout.headless_titles import title_from_first_paragraph
from banmian.model import Article

_LEAD = "入秋以来，江城的天气一天比一天凉爽，湖边步道上散步的市民多了起来。"
_MORE = "市园林部门介绍，今年新栽的桂花树已陆续开花。"


def test_a_short_first_paragraph_closing_with_an_ellipsis_is_the_title():
    article = Article(id="", paragraphs=["桂花又开了……", _LEAD, _MORE])
    title_from_first_paragraph(article)
    assert article.headline.title == "桂花又开了……"
    assert article.paragraphs == [_LEAD, _MORE]


def test_a_first_paragraph_holding_a_sentence_before_its_ellipsis_stays_body():
    opening = "他说，桂花开了。今年的桂花……"
    article = Article(id="", paragraphs=[opening, _LEAD])
    title_from_first_paragraph(article)
    assert not article.headline.title
    assert article.paragraphs == [opening, _LEAD]
