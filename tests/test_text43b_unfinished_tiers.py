"""A headline-shaped line ending unfinished right over text that opens in the
middle of a sentence is that text's first line, no tier (text mode; invented
text). A paragraph opens with a clause of some length or with a time or a
linking word (近日，, 6年前，); a clause of a few characters closing at once
(弯。, 2/3，是……) finishes the sentence of the line over it."""

from __future__ import annotations

import banmian

NEXT = """

江城新建三座公园

本报讯 今年，江城市新建三座城市公园，
总面积达到四十公顷，市民出门五分钟就
能走进绿地。
"""

OPENING_LINE = """绿水绕村来

清溪，在青石镇北边拐了两道

弯。柳湾村就坐落在溪水环绕的山坡
上。站在村口的果园里，满眼是金黄的
柑橘。游客们一批接一批上山，包下一
整树果子。

“种果树，是没办法的事。”村党支部
书记王明说，十多年前，修了水库，占
了沿河地，村里耕地少了三成。""" + NEXT


def _articles(text: str) -> list[tuple[str | None, str]]:
    page = banmian.parse_text(text, enrich=False).pages[0]
    return [(a.headline.title, "".join(a.paragraphs)) for a in page.articles]


def test_a_line_ending_unfinished_over_text_opening_mid_sentence_is_its_first_line():
    articles = _articles(OPENING_LINE)
    assert [title for title, _ in articles] == ["绿水绕村来", "江城新建三座公园"]
    assert articles[0][1].startswith("清溪，在青石镇北边拐了两道弯。柳湾村")


FIGURE = """江城电网清洁供电五年见成效

本报讯 （记者 李华）过去五年，江城电网持续推进
清洁改造，供电结构明显优化。

清洁电力在江城供电结构中约占

2/3，是保障全市用电的主力电源，也是
减少排放的关键一环。今年，江城还将新
建两座光伏电站。""" + NEXT


def test_a_line_ending_on_a_word_over_a_figure_that_goes_on_is_text():
    articles = _articles(FIGURE)
    assert [title for title, _ in articles] == ["江城电网清洁供电五年见成效", "江城新建三座公园"]
    assert "供电结构中约占2/3，是保障" in articles[0][1]


WRAPPED = """江城海关去年查获走私货物

本报讯 江城海关25日发布年度报告说，去年查获各类
走私货物三百余批，较上一年明显增加。

此外，过去一年，江城海关还查获

了二十一吨走私冻品，较上一年增加了

12%；查获走私手机一千余部，较上一年增长

了四成。""" + NEXT


def test_a_sentence_wrapped_over_lines_read_each_as_a_tier_goes_back_whole():
    articles = _articles(WRAPPED)
    assert [title for title, _ in articles] == ["江城海关去年查获走私货物", "江城新建三座公园"]
    assert articles[0][1].endswith("较上一年增加了12%；查获走私手机一千余部，较上一年增长了四成。")


def _titled(title: str, opening: str) -> str:
    return f"""{title}

{opening}江城市新建三座城市公园，总面积达到
四十公顷，市民出门五分钟就能走进绿地。

建设中，施工方保留了原有的大树，并新种
樱花、海棠两千余株。"""


def test_a_title_over_text_opening_with_a_time_or_a_day_stays_a_title_the_line_running_on_does_not():
    articles = _articles(OPENING_LINE)
    assert articles[0][0] == "绿水绕村来"
    for title, opening in [("公园建起来 市民乐开怀", "6年前，"), ("城中绿地", "13日一大早，"),
                           ("绿色，让城市更美好", "近日，"), ("绿地进社区", "1月份，")]:
        articles = _articles(_titled(title, opening))
        assert articles[0][0] == title, (title, articles)


LEAD = """江城外贸一月开门红

本报讯 江城海关十四日发布数据，一月份全市外贸进出口
总值一百二十亿元，同比增长百分之八。

1月份，全市小微企业进出口稳中有增

长且占比上升。小微企业进出口五十二

亿元，增长百分之十七，占全市外贸总值的四成多，
比去年同期提升三个百分点。""" + NEXT


def test_a_lead_read_as_tiers_a_time_and_a_comma_first_a_full_stop_inside_goes_back_on_its_text():
    articles = _articles(LEAD)
    assert [title for title, _ in articles] == ["江城外贸一月开门红", "江城新建三座公园"]
    assert "1月份，全市小微企业进出口稳中有增长且占比上升。小微企业进出口五十二亿元，增长" in articles[0][1]
