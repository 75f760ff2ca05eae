"""Text mode: a title wrapped over two lines whose second line is the longer
(小小的渡口 / 连起了两岸人), over a subtitle opening with ——, was read as title
and subtitle, the wrapped line run into the subtitle and its dash lost. A
subtitle opens with its dash: one undashed line between the title and it is
the title's own. Two lines there are two headlines met, left as read.
Invented text."""

import banmian
from banmian.layout.headlines import assign_tiers

_HEAD = ["江城日报", "2026年3月5日 星期四", "第3版 要闻"]
_ABOVE = ["江城新建的三座公园本月对市民开放，", "园内种植花木两万多株。", "市园林局负责人说，公园全天开放。"]
_TEXT = ["本报江城3月4日电 记者从市交通局获悉，", "江城渡口今年新添了两条渡船，两岸居民",
         "过江只需十分钟。", "市交通局负责人介绍，渡口全天开放，", "让两岸群众出行更方便。"]


def test_one_undashed_line_over_a_dashed_subtitle_is_the_titles_wrap() -> None:
    head = assign_tiers([("小小的渡口", 0), ("连起了两岸人", 0), ("——江城渡口服务群众纪事", 1)])
    assert (head.kicker, head.title, head.subtitle) == (None, "小小的渡口连起了两岸人", "江城渡口服务群众纪事")


def test_two_undashed_lines_there_stay_as_read() -> None:
    head = assign_tiers([("小小的渡口", 0), ("连起了两岸人", 0), ("江城渡口添新船", 1), ("——记摆渡人", 2)])
    assert head.title == "小小的渡口"


def test_a_page_keeps_the_wrapped_line_in_the_title() -> None:
    text = "\n\n".join(["\n".join(_HEAD), "\n".join(_ABOVE), "小小的渡口\n连起了两岸人", "——江城渡口服务群众纪事",
                        "\n".join(_TEXT)]) + "\n"
    articles = banmian.parse_text(text, enrich=False).to_dict()["pages"][0]["articles"]
    head = next(a["headline"] for a in articles if a["paragraphs"] and a["paragraphs"][0].startswith("记者从"))
    assert head["title"] == "小小的渡口连起了两岸人"
    assert "两岸人" not in (head["subtitle"] or "")


def test_a_much_longer_or_tagged_line_there_is_the_next_headlines_title() -> None:
    head = assign_tiers([("渡船来了", 0), ("江城渡口服务群众的十年变迁", 0), ("——记摆渡人", 1)])
    assert head.title == "渡船来了"
    head = assign_tiers([("小小的渡口", 0), ("连起两岸（观察）", 0), ("——记摆渡人", 1)])
    assert head.title == "小小的渡口"
