"""A "subtitle" that is only a column's tag in brackets (（看台人语）) is the
title's tag wrapped onto a line of its own; a bracketed date is a document's
subtitle and stays (text mode). Invented text."""

from banmian.model import Headline
from banmian.layout.open_tiers import tag_alone_joins_title


def _tag_joined(title: str, subtitle: str) -> tuple[str | None, str | None]:
    head = Headline(title=title, subtitle=subtitle)
    tag_alone_joins_title(head)
    return head.title, head.subtitle


def test_tag_alone_is_the_titles_tag() -> None:
    # a column's tag wrapped onto its own line is the title's, never a subtitle
    assert _tag_joined("《山歌》（江城剧社出品）", "（剧场漫笔）") == ("《山歌》（江城剧社出品）（剧场漫笔）", None)
    # a document's date in brackets is its subtitle
    assert _tag_joined("江城市关于加强河湖保护的意见", "（2026年1月5日）") == ("江城市关于加强河湖保护的意见", "（2026年1月5日）")
