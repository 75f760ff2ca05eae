"""Column tags that count years (（庆祝建城80年·城建巡礼）, （我当村官这一年）)
are tags, not dates: a headline closed by one is a title of its own. Every
text here is invented."""

from __future__ import annotations

import pytest

import banmian
from banmian.layout.tier_patterns import TITLE_TAG

from tests.test_line_stream import stream, typeset

_WIDTH = 16
_STREET = ("城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰，老街改造还保留了传统街巷风貌，"
           "青石板路、老字号店铺和百年古树都得到了保护，居民们说，老街既有了新面貌，又留住了老味道。")
_STREET_2 = "据了解，改造后的街区新增停车位两百个，居民出行更加便利，街区还将引进一批文化创意企业。"
_PARKS = ("城东新区今年新建三座公园，总面积达到四十公顷，全部向市民免费开放，园内种植本地树种，"
          "并设置健身步道和儿童游乐区域，方便周边居民休闲，新公园将在春节前陆续开放。")
_FERRY = ("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，新航线将在春节前开通，"
          "票价与原有航线相同，轮渡公司还更新了六艘渡船，船上设有暖气和座椅，乘客坐船更加舒适。")
_LAST = ["轮渡新增两条航线", "王 平", *typeset(_FERRY, _WIDTH)]


@pytest.mark.parametrize("tag", ["（庆祝建城80年·城建巡礼）", "（新春看乡村·我当村官这一年③）"])
def test_a_column_tag_counting_years_is_a_tag(tag):
    assert TITLE_TAG.search("老街改造惠及千户居民" + tag)


@pytest.mark.parametrize("date", ["（2019年2月3日）", "（二〇一九年）", "（本报江城3日电）"])
def test_a_bracket_holding_a_date_is_no_tag(date):
    assert not TITLE_TAG.search("老街改造惠及千户居民" + date)


def test_a_title_closed_by_a_tag_counting_years_ends_its_headline():
    # the first headline is drawn after its body, the second before its own
    lines = [*typeset(_STREET, _WIDTH), *typeset(_STREET_2, _WIDTH), "老街改造惠及千户居民（庆祝建城80年·城建巡礼）",
             "公园就在家门口（江城观察）", "林 涛", *typeset(_PARKS, _WIDTH), *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["老街改造惠及千户居民（庆祝建城80年·城建巡礼）", "公园就在家门口（江城观察）",
                                                   "轮渡新增两条航线"]
    assert articles[0].paragraphs == [_STREET, _STREET_2]
    assert articles[1].paragraphs == [_PARKS]


def test_a_vertical_headline_s_tag_in_ascii_brackets_stays_on_the_headline():
    # one glyph a line, the tag's brackets ASCII (some pages set them so); the names under it
    vertical = [*"让公园走进百姓家(城建观察)", *"林海涛"]
    lines = [*typeset(_STREET, _WIDTH), "（作者为江城市住建局局长）", *vertical, *typeset(_PARKS, _WIDTH), *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    titled = {a.headline.title: a for a in articles}
    assert "让公园走进百姓家(城建观察)" in titled
    assert [b.name for b in titled["让公园走进百姓家(城建观察)"].bylines] == ["林海涛"]


def test_an_interview_s_written_up_note_closes_its_article():
    lines = ["老街改造惠及千户居民（江城访谈）", "周明华", *typeset(_STREET, _WIDTH), "（林涛采访整理）",
             "公园就在家门口", "王 平", *typeset(_PARKS, _WIDTH), *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["老街改造惠及千户居民（江城访谈）", "公园就在家门口", "轮渡新增两条航线"]
    assert "".join(articles[0].paragraphs).endswith("（林涛采访整理）")
    assert articles[0].headline.subtitle is None


def test_a_closing_dateline_naming_its_reporters_gives_the_article_its_bylines():
    lines = ["老街改造惠及千户居民", *typeset(_STREET, _WIDTH), "（新华社江城2月25日电 记者林涛、王平）",
             "公园就在家门口", "周明华", *typeset(_PARKS, _WIDTH), *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["老街改造惠及千户居民", "公园就在家门口", "轮渡新增两条航线"]
    assert articles[0].dateline == "新华社江城2月25日电"
    assert [b.name for b in articles[0].bylines] == ["林涛", "王平"]
    assert articles[0].paragraphs == [_STREET]


def test_a_note_naming_who_wrote_the_text_up_closes_its_article():
    # a theory page's group article: （执笔：…） names who wrote it up, after its last sentence
    lines = ["老街改造惠及千户居民", "周明华", *typeset(_STREET, _WIDTH), "（执笔：林涛）",
             "公园就在家门口", "王 平", *typeset(_PARKS, _WIDTH), *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["老街改造惠及千户居民", "公园就在家门口", "轮渡新增两条航线"]
    assert articles[0].headline.kicker is None and articles[1].headline.kicker is None
    assert "".join(articles[0].paragraphs).endswith("（执笔：林涛）")
