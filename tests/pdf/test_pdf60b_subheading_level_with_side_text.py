"""A small heading opening a column level with the first line of a side
headline's text beside it is that article's subheading: the headline stands
over its first column only (narrower than its article), its text opens under
it and runs on into the columns to its right, and the next column opens with
a subheading in 黑体 a little larger than the body, its top level with that
first line. Read as a headline, it took the article's last columns (issue 9,
point 2). A new article's headline stands level with its neighbour's
headline, not with its text: that one stays an article. PDF mode, invented
page."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, find, titles, where, parse  # noqa: E402

_FIRST = ["去年全市新增城市绿道一百二十公里，串起了二十多座公园和滨水空间，市民骑行散步有了更多好去处。",
          "绿道建设坚持因地制宜，能借河岸的借河岸，能借山脚的借山脚，尽量少占地、少砍树。",
          "为了让绿道好走又好看，设计人员沿线种下了樱花、海棠和银杏，一年四季都有景可赏。",
          "不少路段还修了观景平台和亲水步道，傍晚时分，附近居民三五成群来这里散步聊天。"]
_AFTER = ["城东片区原是一片老厂房，改造后保留了红砖烟囱和铁轨，新铺的绿道从厂房之间穿过。",
          "周末来这里拍照的年轻人很多，附近的小店生意也跟着好了起来，店主说客流比去年多了一倍。",
          "园林部门介绍，今年还将新建绿道八十公里，重点补上城北和城西的断点，让全市绿道连成一张网。",
          "绿道沿线将增设驿站、公厕和自行车停放点，驿站里提供饮水、充电和简单的维修工具。",
          "市民李先生说，他每天骑车上班，走绿道比走马路安全，还能顺路看看河边的风景。",
          "下一步，有关部门将建立绿道管护制度，明确每一段的养护责任，做到有人建、有人管。"]
_NEIGHBOUR = ["春耕时节，青川镇的农技员走进田间地头，手把手教农户使用新型播种机。",
              "镇农技站站长说，新机器一天能播种五十亩，比人工快了十几倍，还省种子。",
              "今年全镇还推广了测土配方施肥，农户按方施肥，既省了钱又保护了土壤。",
              "种粮大户陈大姐算了一笔账，用上新技术后，每亩地能多收一百多斤粮食。"]


#: the piece's text a little larger than the page's (most of whose lines are the neighbour's)
_SIZE, _CHARS, _LEAD = 10.2, 14, 15.5


def _page(tmp_path, heading_top: str):
    pg = FeaturePage()
    pg.header(6, "城市")
    x0 = column_x(0, chars=_CHARS, size=_SIZE)
    y = TOP
    for line in ("绿道连起", "城市好风景"):
        pg.line(x0, y, line, 17.0, "hei")
        y += 17.0 * 1.15
    pg.line(x0, y + 4, "本报记者  周明远", BODY)
    text_top = y + 4 + BODY * 2.2
    pg.flow(x0, text_top, _FIRST, 1, chars=_CHARS, size=_SIZE, lead=_LEAD)
    x1 = column_x(1, chars=_CHARS, size=_SIZE)
    sub_top = text_top if heading_top == "text" else TOP
    pg.line(x1, sub_top, "城东老厂房变身", _SIZE * 1.1, "hei")
    pg.line(x1, sub_top + _SIZE * 1.1 * 1.45, "网红打卡地", _SIZE * 1.1, "hei")
    under = sub_top + _SIZE * 1.1 * 2.9 + 4
    pg.flow(x1, under, _AFTER * 2, 3, chars=_CHARS, size=_SIZE, lead=_LEAD, tops=[under, sub_top, sub_top])
    pg.headline(column_x(0), span_right(0, 5), 600.0, "青川镇春耕用上新农机", 20.0)
    pg.flow(column_x(0), 640.0, _NEIGHBOUR * 5, 5)
    return parse(pg, tmp_path)


def test_a_heading_level_with_the_side_headlines_text_is_its_subheading(tmp_path):
    page = _page(tmp_path, "text")
    art = find(page, "绿道连起 城市好风景")
    assert len(page.articles) == 2, titles(page)
    assert art.paragraphs[0].startswith("去年全市")
    assert art.paragraphs[-1].startswith("下一步")
    assert where(page, "城东老厂房变身")[0][0] == "绿道连起 城市好风景"


def test_a_heading_level_with_the_side_headline_itself_heads_an_article(tmp_path):
    page = _page(tmp_path, "headline")
    assert len(page.articles) == 3, titles(page)
    art = find(page, "绿道连起 城市好风景")
    assert art.paragraphs[-1].startswith("不少路段")
    other = [a for a in page.articles if a.headline.title and "城东老厂房" in a.headline.title]
    assert other and other[0].paragraphs[-1].startswith("下一步")
