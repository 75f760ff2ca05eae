"""A column's label run onto the title's end (文明互鉴的窗口 观点集萃 on one line;
a line stream joining the label set under the title onto it) is no part of the
title: the article spells none of its words, and the same label standing alone
over another article of the column tells of nothing. Invented text."""

import banmian
from banmian.model import Headline

_BODY = "河湾公园改造完成后，附近居民每天都来散步锻炼，老人和孩子们都说环境比以前好多了。"


def _title(title: str) -> str | None:
    from banmian.layout.label_run_ons import no_label_run_onto_title

    head = Headline(title=title)
    no_label_run_onto_title(head, _BODY)
    return head.title


def test_label_a_space_after_the_title_comes_off() -> None:
    assert _title("河湾公园焕然一新 民声回音") == "河湾公园焕然一新"


def test_title_phrase_the_article_tells_of_stays() -> None:
    assert _title("河湾公园焕然一新 散步锻炼") == "河湾公园焕然一新 散步锻炼"  # the body spells it
    assert _title("公园新 居民乐开怀") == "公园新 居民乐开怀"  # too short a title before it
    assert _title("绿地多了 空气好了 民声回音") == "绿地多了 空气好了 民声回音"  # parallel phrases


def test_label_repeated_over_the_column_is_not_joined_to_a_title_in_a_line_stream() -> None:
    lines = ["江城日报", "第5版", "2026年3月2日 星期一", "责任编辑：王明",
             "社区食堂开门迎客", "民声回音", "本报讯 江城东湖社区的老年食堂昨天正", "式开门，六十多位老人在这里吃上了",
             "热乎的午饭，一份套餐只要十元钱。", "社区负责人说，食堂由街道出资改造，",
             "今后还将提供送餐上门服务。",
             "小区停车难有了新办法", "民声回音", "晚上七点，江城西湖小区的共享车位", "陆续停满，附近单位的停车场向居民开",
             "放，一百多辆车有了停放的地方。", "居民们说，这个办法省钱又省事，希望",
             "能在更多小区推广。"]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    titles = [a.headline.title for a in page.articles]
    assert titles[0] == "社区食堂开门迎客"


def test_label_closing_the_page_may_share_one_pair_with_the_text() -> None:
    # headlines drawn after their bodies; the page's last line is the column's label, whose 民情 the text says
    lines = ["江城日报", "第5版", "2026年3月2日 星期一", "责任编辑：王明",
             "本报江城3月1日电 江城市昨天向全", "社会发布第五届江城好人的事迹，十位", "来自基层、熟悉民情的普通人获此称号。",
             "他们中有守护山林三十年的护林员，", "也有照顾孤寡老人的社区志愿者。", "记者 林晓",
             "江城市委宣传部", "发布第五届江城好人", "先进事迹", "民情观察"]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    heads = [(a.headline.kicker, a.headline.title) for a in page.articles]
    assert heads[-1][1] == "发布第五届江城好人先进事迹"
