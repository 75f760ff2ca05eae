"""A weather forecast box and an advertisement box, labelled and closed by
the line of whoever issues them, in an extractor's text: furniture, not the
tiers of the article beside them. Invented text, as a line stream gives it."""

import banmian
from banmian.layout.notice_boxes import box_lines

_STORY = """青山镇文化站新建了一座
乡村书屋，藏书三千余册，每
周开放六天。书屋还设有儿童
阅读角，放学后常有孩子在这
里写作业、看绘本。
文化站站长说，下一步将
开展亲子共读和读书分享活
动，让书香飘进更多农家。"""

_NEXT = """近日，青山镇农技站组织
技术人员走进田间，为种植户
讲解果树修剪和病虫害防治知
识，发放技术资料两百余份。
种植户老陈说，专家讲得
细，自己今年更有信心了。"""

_WEATHER = ["青山天气", "今天", "阴转小雨", "8～15℃", "明天", "多云", "9～17℃", "青山县气象台发布"]
_ADVERT = ["公益广告", "节约用水", "从我做起", "青山县水利局　青山报社　宣"]


def _articles(box: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    text = "\n".join(["青山报", "2026年4月8日 星期三 第3版", "乡村书屋开门迎客", "本报记者 林远", _STORY,
                      *box, "果树修剪有了好帮手", "通讯员 王芳", _NEXT]) + "\n"
    edition = banmian.parse_text(text, enrich=False)
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in edition.pages[0].articles]


def test_weather_box_heads_no_article() -> None:
    assert _articles(_WEATHER) == [(None, "乡村书屋开门迎客", None), (None, "果树修剪有了好帮手", None)]


def test_advertisement_box_heads_no_article() -> None:
    assert _articles(_ADVERT) == [(None, "乡村书屋开门迎客", None), (None, "果树修剪有了好帮手", None)]


def test_a_box_needs_its_issuer_and_short_lines() -> None:
    """A label with no issuer's line under it, or a sentence inside, is no box."""
    assert box_lines(["青山天气", "今天", "阴转小雨"]) == set()
    assert box_lines(["公益广告", "节约用水是每个人的责任。", "青山报社　宣"]) == set()
    assert box_lines(["某某", *_ADVERT, "下文"]) == {1, 2, 3, 4}


def test_contents_box_heads_no_article() -> None:
    """The contents (今日导读 / entries each closed by its page), its label set a character a line or not."""
    for box in (["今日导读", "乡村振兴有了新路子", "第2版", "小城美食上新了", "第4版"],
                ["导", "读", "乡村振兴有了新路子（2版）", "小城美食上新了（4版）"]):
        assert _articles(box) == [(None, "乡村书屋开门迎客", None), (None, "果树修剪有了好帮手", None)], box


def test_a_contents_box_needs_two_pages() -> None:
    assert box_lines(["导读", "乡村振兴有了新路子（2版）", "下文"]) == set()
    assert box_lines(["上文", "导读", "乡村振兴有了新路子", "第2版", "小城美食上新了", "第4版", "下文"]) == {1, 2, 3, 4, 5}


_TABLE = ["上半年全县农业生产情况", "项目", "产量（万吨）", "增长（%）", "粮食", "36.2", "2.5", "蔬菜", "18.7",
          "4.1", "水果", "9.3", "6.8", "数据来源：县农业农村局"]


def test_table_is_text_of_its_article_a_row_a_line() -> None:
    text = "\n".join(["青山报", "2026年4月8日 星期三 第3版", "乡村书屋开门迎客", "本报记者 林远", _STORY, *_TABLE,
                      "果树修剪有了好帮手", "通讯员 王芳", _NEXT]) + "\n"
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["乡村书屋开门迎客", "果树修剪有了好帮手"]
    # (the body's spaces between characters are the extractor's and go: the cells of a row meet)
    assert [p.replace(" ", "") for p in page.articles[0].paragraphs[-6:]] == [
        "上半年全县农业生产情况", "项目产量（万吨）增长（%）", "粮食36.22.5", "蔬菜18.74.1", "水果9.36.8", "数据来源：县农业农村局"]


def test_table_rows() -> None:
    from banmian.layout.notice_boxes import table_rows
    assert table_rows(_TABLE)[2] == "粮食 36.2 2.5"
    assert table_rows(["粮食", "蔬菜", "数据来源：县农业农村局"]) is None  # (no figures: no table)
