"""Plain ``pdftotext`` keeps a line set close under a headline in the
headline's block: the author's name alone, or the byline's mark (■) alone.
Invented text, shaped as the extractor gives it."""

from __future__ import annotations

from banmian import parse_text

_BODY = ("春节前夕，山区小学的老师们忙着给\n孩子们准备新年礼物，每个班级都布置\n"
         "得喜气洋洋。校长说，今年学校新添了\n一间图书室，孩子们课后可以来读书。\n")


def _article(head: str) -> tuple[object, list]:
    articles = parse_text("山区小学——\n\n" + head + "\n\n" + _BODY).pages[0].articles
    assert len(articles) == 1
    return articles[0].headline, articles[0].bylines


def test_a_name_alone_under_the_title_in_its_block_is_a_byline():
    headline, bylines = _article("书香飘进 大山深处\n周明远")
    assert headline.kicker == "山区小学——" and headline.title == "书香飘进 大山深处"
    assert [(b.role, b.name) for b in bylines] == [(None, "周明远")]


def test_a_byline_mark_alone_under_the_title_goes_to_its_byline():
    headline, bylines = _article("书香飘进 大山深处\n■\n\n本报记者 周明远")
    assert headline.title == "书香飘进 大山深处"
    assert [(b.role, b.name) for b in bylines] == [("本报记者", "周明远")]


def test_a_byline_mark_alone_with_no_byline_after_is_dropped():
    headline, bylines = _article("书香飘进 大山深处\n■")
    assert headline.title == "书香飘进 大山深处" and headline.subtitle is None
