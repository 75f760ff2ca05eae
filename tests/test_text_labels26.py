"""Headline groups in text mode on real extractors' output (issue 9, point 8):
a column's label drawn right after a headline, and a photo's caption that
ends one article's part of a run of text. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset, typeset_paragraphs

_WIDTH = 13
_MARKET = ["江城新建的农贸市场昨天开业，市场设有摊位三百个，蔬菜、水果和水产分区经营。",
           "市场管理处介绍，开业首日客流超过八千人次，周边居民买菜更加方便。"]
_BRIDGE = ["江城东西两岸的第三座跨江大桥昨天顺利合龙，大桥全长两千米，预计年底通车。",
           "大桥建成后，东西两岸的车程将由四十分钟缩短到十分钟。"]


def _lines(paragraphs: list[str]) -> list[str]:
    return typeset_paragraphs(paragraphs, _WIDTH)


def _titles(lines: list[str]) -> list[str | None]:
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    return [a.headline.title for a in articles]


def test_a_column_label_drawn_after_the_last_closing_headline_is_no_tail_of_it():
    # PyMuPDF's get_text(): a content stream drawing each body, then its headline, and last the
    # column's logo (four characters, none of whose pairs the text near it spells); the logo is
    # as short as a title's wrapped tail, but it names the column, not what the text tells
    lines = [*_lines(_MARKET), "江城农贸市场开业迎客", *_lines(_BRIDGE), "第三座跨江大桥合龙", "书香漫谈"]
    assert _titles(lines) == ["江城农贸市场开业迎客", "第三座跨江大桥合龙"]


def test_a_short_tail_the_text_near_it_tells_of_stays_the_titles():
    # the same place, but the short line's words come back in the body: the title's wrapped tail
    lines = [*_lines(_MARKET), "江城农贸市场开业迎客", *_lines(_BRIDGE), "第三座跨江大桥顺利", "合龙通车"]
    assert _titles(lines) == ["江城农贸市场开业迎客", "第三座跨江大桥顺利合龙通车"]


_TEA = ["春节前后，江城茶馆里坐满了喝茶聊天的老街坊，说说一年的收成，也聊聊来年的打算。",
        "茶馆老板说，老街坊图的是热闹，一壶茶能坐上一个下午。"]


def test_the_text_after_a_photos_caption_is_the_closing_headlines_own():
    # a headline drawn before its body, the photo's caption and credit closing that article's part
    # of the stream, then the next article's text and its headline drawn after it: the text after
    # the caption is that headline's (its words come back there), not the first article's
    lines = ["江城农贸市场开业迎客", *_lines(_MARKET), "市民在市场选购蔬菜。", "张明 摄", *_lines(_TEA),
             "（下转第3版）", "老街坊的年味（街谈）", "第三座跨江大桥合龙", *_lines(_BRIDGE)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城农贸市场开业迎客", "老街坊的年味（街谈）", "第三座跨江大桥合龙"]
    assert articles[0].paragraphs == _MARKET
    assert articles[1].paragraphs == _TEA


def test_a_tagged_title_echoing_the_body_before_it_closes_that_body():
    # the page's text opens with a headline and its byline; another article's text follows with
    # no headline, sent on (下转) and closed by its tagged title, which shares a word (江城) with the
    # dated text after it but far more with its own: it closes the text before it, and the text
    # after it is the article its own closing headline (drawn after) names
    bridge = ["本报江城3月2日电 " + _BRIDGE[0], _BRIDGE[1]]
    lines = ["江城农贸市场开业迎客", "本报记者 张明", *_lines(_MARKET), *_lines(_TEA), "（下转第3版）",
             "江城茶馆里的老街坊（街谈）", *_lines(bridge), "第三座跨江大桥合龙"]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [(a.headline.title, a.headline.subtitle) for a in articles] == [
        ("江城农贸市场开业迎客", None), ("江城茶馆里的老街坊（街谈）", None), ("第三座跨江大桥合龙", None)]
    assert articles[0].paragraphs == _MARKET
    assert articles[1].paragraphs == _TEA


def test_a_title_wrapped_over_two_lines_after_an_authors_bracket_is_no_paragraph():
    # PyMuPDF's get_text(): a brief closed by its authors' bracket (wrapped), then the next brief's
    # title over two lines, the first as wide as a paragraph's first line, neither with a clause
    # mark, and the text under them opening with its date: the two lines are no paragraph's
    from banmian.layout.line_stream import regroup_line_stream
    from banmian.sources.text import text_to_blocks
    from tests.test_line_stream import stream

    parks = typeset("江城今年将新建三座公园，总面积达到四十公顷，全部向市民免费开放，园内种植本地树种。", 11)
    ferry = [line for p in ["3月2日上午，江城第一艘电动渡轮驶离城东码头，开始试运行，每天往返二十个班次。",
                            "轮渡公司负责人表示，电动渡轮噪声小、不排废气，今年还将再投入两艘。"]
             for line in typeset(p, 11)]
    lines = ["江城新建三座公园", *parks, "（张明", "亮 李华）", "江城电动渡轮队今年水", "上航行预计超300天", *ferry]
    blocks = [b.lines for b in regroup_line_stream(text_to_blocks(stream(*lines)))]
    body = next(b for b in blocks if b[0] == ferry[0])
    assert "上航行预计超300天" not in body
    assert not any("江城电动渡轮队今年水" in line for b in blocks if len(b) > 2 for line in b)


def test_a_slogan_band_read_as_the_title_gives_way_to_the_tier_its_body_tells_of():
    from banmian.layout.tier_reading import no_banner_title
    from banmian.model import Headline

    body = "".join(_MARKET)
    # the stream drew the page's slogan band right over the headline: read as title and subtitle
    head = Headline(title="同心筑梦 携手前行", subtitle="江城新建农贸市场开业")
    no_banner_title(head, body)
    assert (head.kicker, head.title, head.subtitle) == (None, "江城新建农贸市场开业", None)
    # a title of two parallel phrases its body tells of stays the title
    head = Headline(title="摊位三百 客流八千", subtitle="江城举办年货大集")
    no_banner_title(head, body)
    assert (head.title, head.subtitle) == ("摊位三百 客流八千", "江城举办年货大集")


def test_a_briefs_title_that_exclaims_after_the_authors_bracket_is_a_title():
    # PyMuPDF's get_text(): one brief closed by its authors' bracket, then the next brief's title,
    # short and ending in ！ as a sentence does, over its text's indented first line
    lines = ["江城农贸市场开业迎客", *_lines(_MARKET), "（李华 王强）", "老街茶馆，满座！", *_lines(_TEA), "（刘明）",
             "第三座跨江大桥合龙", *_lines(_BRIDGE)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城农贸市场开业迎客", "老街茶馆，满座！", "第三座跨江大桥合龙"]
    assert articles[0].paragraphs == _MARKET
    assert articles[1].paragraphs == _TEA


def test_one_character_under_a_headline_line_is_its_tail():
    from banmian.layout.text_headlines import wraps_on

    # a title wrapped with its last character alone on a line: no tier is one character
    assert wraps_on("江城东西两岸第三座跨江大桥合", "龙", None)
    # two characters may be a tier's words (a subtitle, a name): the line ends alone do not tell
    assert not wraps_on("江城东西两岸第三座跨江大桥", "合龙", None)
