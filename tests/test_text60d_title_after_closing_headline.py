"""Text mode: a content stream that draws each article's headline after its
body draws the next article's short title right under that headline
(‹text A› / （authors） / ‹title A› / ‹title B› / ‹text B›). The short line
over text B was set apart as a column label of title A (a label stands
between a headline and its text), and text B was left with no headline. The
words tell: title A's pairs are said in text A over it and not in text B, so
title A closes text A and the short line opens text B. A label under a
headline that opens the text under it is still set apart. Invented pages,
laid out as PyMuPDF's get_text gives a narrow-column page."""

from __future__ import annotations

import banmian

_TEXT_A = """本报北京3月2日电 由市文化
馆主办的“古城灯会”活动于
3月1日在城南公园举行。活
动期间，公园延长开放时间，
游客可以夜游赏灯，感受古
城灯会的独特魅力。据了解，
今年灯会共展出花灯三百余
组，灯会将持续到本月底。
（王明）
"""

_CLOSING = _TEXT_A + """古城灯会开幕
春雨绵绵
本报北京3月3日电 惊蛰刚
过，南方多地迎来降水天气。
据气象部门预报，未来三天，
江南大部仍有小到中雨，农
业部门提醒各地做好春耕准
备，及时清沟排水。
（李红）
山区学校添新书
本报北京3月4日电 近日，
一批新书送到了山区学校，
孩子们在新建的图书角里认
真阅读。这批图书由社会各
界捐赠，共计两千余册。
（张华）
"""

#: text B, the new books' report, as its column gives it
_TEXT_B = """本报北京3月4日电 近日，
一批新书送到了山区学校，
孩子们在新建的图书角里认
真阅读。这批图书由社会各
界捐赠，共计两千余册。新
书送到后，学校还开设了阅
读课，每周两节。
（张华）
"""

_LABEL = _TEXT_A + "山区学校添新书\n一线见闻\n" + _TEXT_B


def _articles(text: str) -> list[tuple[str | None, str]]:
    page = banmian.parse_text(text, enrich=False).to_dict()["pages"][0]
    return [(a["headline"]["title"], "".join(a["paragraphs"])) for a in page["articles"]]


def test_short_title_under_a_closing_headline_opens_the_next_text() -> None:
    articles = _articles(_CLOSING)
    assert [title for title, _ in articles] == ["古城灯会开幕", "春雨绵绵", "山区学校添新书"]
    assert articles[1][1].startswith("惊蛰刚过") and "灯会" not in articles[1][1]


def test_label_under_a_headline_opening_its_text_is_still_set_apart() -> None:
    articles = _articles(_LABEL)
    assert ("山区学校添新书", articles[-1][1]) == articles[-1]
    assert articles[-1][1].startswith("近日，一批新书") and "一线见闻" not in articles[-1][1]
    assert all(title != "一线见闻" for title, _ in articles)


_WRAPPED = _TEXT_A.replace("（王明）\n", "") + "古城灯会开幕\n山区学校图书角\n添了新书\n" + _TEXT_B


def test_a_title_its_own_text_echoes_keeps_its_wrapped_tail_over_that_text() -> None:
    # the headline over the tail is the text under it's (its words said there), though another
    # headline closing the text above stands right over it: the tail opens no article of its own
    articles = _articles(_WRAPPED)
    assert len(articles) == 2 and articles[0][0] == "古城灯会开幕"
    assert articles[1][0].startswith("山区学校图书角") and articles[1][1].startswith("近日，一批新书")


def _units(*pairs: tuple[str, str]) -> list:
    from banmian.layout.text_units import Unit
    from banmian.model import Block
    return [Unit(Block(lines.split("/"), role)) for role, lines in pairs]


def test_short_line_over_a_text_the_next_headline_closes_opens_nothing() -> None:
    # (江城 港口 / 货通四海 shape: the headline under that text, its author's name over it, says the
    # text's words; the text is its own, and the short line is the closing headline's second line)
    from banmian.layout.closing_headline_words import closed_by_next_headline, closes_text_over
    from banmian.layout.roles import BODY, BYLINE, TITLE
    units = _units((BODY, "本报讯 古城灯会日前开幕，/游客夜游赏灯，感受灯会魅力。"), (TITLE, "古城 灯会"),
                   (TITLE, "喜迎八方客"), (BODY, "惊蛰刚过，江南春雨绵绵，/各地春耕正忙，农民抢墒播种。"),
                   (BYLINE, "李红"), (TITLE, "江南春雨绵绵 春耕正当时"),
                   (BODY, "近日，一批新书送到了山区学校，/孩子们在图书角里认真阅读。"))
    assert closes_text_over(units, 1, 3)
    assert closed_by_next_headline(units, 3)
    assert not closes_text_over(units, 5, 6)  # (a name alone not closing a text: asked only with signed)
    units[5].block.lines = ["山区学校添新书"]
    assert not closed_by_next_headline(units, 3)
