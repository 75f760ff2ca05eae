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


def test_commentators_signature_is_the_byline():
    from banmian.layout.marked_bylines import closing_signature, commentator_byline

    assert commentator_byline("本报评论员") == Byline(None, "本报评论员")
    assert commentator_byline("——本报特约评论员 李明") == Byline("本报特约评论员", "李明")
    assert commentator_byline("评论员认为，这一做法值得推广。") is None
    article = Article(id="a", paragraphs=["民生实事要办到群众心坎上。", "——本报评论员"])
    closing_signature(article)
    assert article.paragraphs == ["民生实事要办到群众心坎上。"] and article.bylines == [Byline(None, "本报评论员")]


def test_text_mode_commentary_signed_at_its_end():
    import banmian

    page = """2026年3月14日 星期六 第4版 评论
让民生实事暖到心坎上
一座城市的温度，往往藏在细节里。公
交站台多一把遮阳伞，老旧小区多一部
电梯，群众的获得感就实实在在。
办好民生实事，贵在精准，要把群众的
急难愁盼一件件办好。
——本报评论员
城市书房开到家门口
本报记者 周岚
青川县今年新建城市书房十二个，
市民在家门口就能借到心仪的图书。
"""
    articles = banmian.parse_text(page, enrich=False).articles
    assert [(a.headline.kicker, a.headline.title) for a in articles] == [
        (None, "让民生实事暖到心坎上"), (None, "城市书房开到家门口")]
    assert articles[0].bylines == [Byline(None, "本报评论员")]
    assert articles[0].paragraphs[-1].endswith("一件件办好。")


def test_writers_mark_alone_gives_no_role():
    """文/林溪 alone marks the writer as ■ does: no part told apart from another, no role."""
    assert marked_bylines("文/林溪") == [Byline(None, "林溪")]
