"""An article left with no headline whose body opens with a headline-shaped
paragraph: that paragraph is its title (layout/headless_titles.py). Every
text here is invented."""

from __future__ import annotations

from banmian.layout.headless_titles import title_from_first_paragraph
from banmian.model import Article, Byline

_LEAD = "江城交通局14日举行的例行新闻发布会上，新闻发言人林涛表示，交通局已暂停办理新建码头的审批。"
_MORE = "林涛说，交通局将会同有关部门加强监管。"


def _article(*paragraphs: str, continued_from: str | None = None) -> Article:
    article = Article(id="", paragraphs=list(paragraphs))
    article.continued_from = continued_from
    return article


def test_a_short_first_paragraph_ending_no_sentence_is_the_title():
    article = _article("江城已暂停办理新建码头相关的审批、备案", _LEAD, _MORE)
    title_from_first_paragraph(article)
    assert article.headline.title == "江城已暂停办理新建码头相关的审批、备案"
    assert article.paragraphs == [_LEAD, _MORE]


def test_a_question_read_as_the_first_paragraph_is_the_title_and_a_dash_opens_its_subtitle():
    question = _article("江城为何连日阴雨？", _LEAD)
    title_from_first_paragraph(question)
    assert question.headline.title == "江城为何连日阴雨？"
    review = _article("老街不老，旧巷不旧——评纪录片《江城老街》", _LEAD)
    title_from_first_paragraph(review)
    assert (review.headline.title, review.headline.subtitle) == ("老街不老，旧巷不旧", "——评纪录片《江城老街》")


def test_a_lone_title_over_its_byline_is_the_title():
    article = _article("江城钢铁行业效益创新高")
    article.bylines = [Byline(role=None, name="林涛")]
    title_from_first_paragraph(article)
    assert article.headline.title == "江城钢铁行业效益创新高"


def test_body_paragraphs_stay_body():
    for first in ("有这样两则故事。", "江城交通局14日表示，", "核心阅读", "今年以来，江城新建码头三座"):
        article = _article(first, _LEAD)
        if first.startswith("今年"):
            article.continued_from = "5"  # a part continued from another page may open with a sentence's tail
        title_from_first_paragraph(article)
        assert article.headline.title is None and article.paragraphs[0] == first
    alone = _article("江城钢铁行业效益创新高")  # no body, no byline: nothing tells it is a headline
    title_from_first_paragraph(alone)
    assert alone.headline.title is None


def test_a_page_whose_headline_runs_straight_into_its_body_gets_its_title():
    """The layout reaches the rule: a headline with no blank line under it,
    right over its body's column lines, falls into the body as its first
    paragraph (the stream gives no break a headline would have)."""
    import banmian

    page = ("江城已暂停办理新建码头相关的审批、备案\n"
            "江城交通局14日举行的例行新闻发布会上，新闻发言人林涛表\n"
            "示，交通局已暂停办理新建码头的审批。林涛说，交通局将会同\n"
            "有关部门加强监管，码头建设要先评估。\n")
    (article,) = banmian.parse_text(page, enrich=False).pages[0].articles
    assert article.headline.title == "江城已暂停办理新建码头相关的审批、备案"
    assert article.paragraphs == ["江城交通局14日举行的例行新闻发布会上，新闻发言人林涛表示，交通局已暂停办理新建码头的审批。"
                                  "林涛说，交通局将会同有关部门加强监管，码头建设要先评估。"]
