"""Bylines that name each contributor's part (文/张三 图/李四, 文·图/张三) keep the part as the role, and a
caption printed with no credit is the photographer's."""

from __future__ import annotations

from banmian.layout.marked_bylines import credit_photos_to_their_byline, marked_bylines
from banmian.model import Article, Byline, Caption


def test_parts_are_roles():
    assert marked_bylines("文/周岚 图/李明") == [Byline("文", "周岚"), Byline("图", "李明")]
    assert marked_bylines("文·图/周岚") == [Byline("文·图", "周岚")]
    assert marked_bylines("摄影/李明") == [Byline("摄影", "李明")]


def test_other_lines_are_no_marked_bylines():
    assert marked_bylines("本报记者 周岚") is None
    assert marked_bylines("文/周岚，") is None
    assert marked_bylines("图/为村民在田间劳作的场景") is None


def test_caption_without_credit_is_the_photographers():
    article = Article(id="a", bylines=[Byline("文", "周岚"), Byline("图", "李明")],
                      captions=[Caption("村民在田间插秧。"), Caption("游客拍照。", "王五")])
    credit_photos_to_their_byline(article)
    assert [c.credit for c in article.captions] == ["李明", "王五"]
