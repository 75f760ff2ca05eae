"""One small page per layout rule that the benchmark taught us.

Each page is written here by hand (column width noted), so a regression in
one rule shows up as one failing test with a readable input.
"""

from __future__ import annotations

import banmian
from banmian.layout.headlines import is_wrapped_box
from banmian.layout.paragraphs import split_paragraphs
from banmian.layout.rules import parse_byline_line, parse_page_header, split_dateline


def _parse(text: str) -> list[banmian.Article]:
    return banmian.parse_text(text, enrich=False).articles


def test_narrow_headline_box_is_one_tier():
    # a kicker wrapped at 8 cells is one tier, not a kicker plus a title
    assert is_wrapped_box(["江城区举办第", "二届读书节"])
    # a title of 12 cells, wider than any box, with a second line is title + subtitle
    assert not is_wrapped_box(["2019年江城国际马拉松开跑", "两万人参赛"])


def test_label_glued_to_its_paragraph_opens_the_body():
    # width 12; a label (no stop) printed right above its paragraph
    text = (
        "江城新闻 2024年5月2日 星期四 第3版 社会\n\n"
        "江城区开展河道清洁行动\n\n"
        "开栏的话\n又是一年春来到。\n\n"
        "本月起，江城区组织志愿者\n沿河清理垃圾，已清理河道\n二十余公里，居民纷纷点赞。\n"
    )
    [article] = _parse(text)
    assert article.headline.title == "江城区开展河道清洁行动"
    assert article.paragraphs[:2] == ["开栏的话", "又是一年春来到。"]


def test_one_line_kicker_ending_in_colon_stays_a_kicker():
    text = (
        "江城区教育局：\n\n今年新增学位三千个\n\n"
        "本报讯 记者从江城区教育局获\n悉，今年全区将新增中小学学位\n三千个，缓解入学难问题。\n"
    )
    [article] = _parse(text)
    assert (article.headline.kicker, article.headline.title) == ("江城区教育局：", "今年新增学位三千个")


def test_column_tag_makes_a_title_not_a_body_line():
    text = (
        "本报讯 江城区近日召开会议，\n部署春季植树工作，要求各街\n道抓好落实。\n\n"
        "植树要种下也要管好（江城观察）\n\n"
        "植树季又到了。种树容易养\n树难，种下去只是开始，后期\n管护才是关键。\n"
    )
    articles = _parse(text)
    assert len(articles) == 2
    # which article it heads is a question of headline order; here it is a headline either way
    assert [a.headline.title for a in articles].count("植树要种下也要管好（江城观察）") == 1
    assert not any("江城观察" in p for a in articles for p in a.paragraphs)


def test_names_only_bracket_after_a_dateline():
    split = split_dateline("本报巴中2月20日电 （张文、杨希壮）巴中市今年新建公路。")
    assert split.dateline == "本报巴中2月20日电"
    assert [(b.role, b.name) for b in split.bylines] == [(None, "张文"), (None, "杨希壮")]
    assert split.rest == "巴中市今年新建公路。"


def test_dateline_wrapped_over_two_lines_still_opens_an_article():
    text = (
        "江城机场新航线开通\n\n"
        "新华社布拉迪斯拉\n发2月20日电 （记者 曲曦）当\n地时间20日，新航线开通。\n"
    )
    [article] = _parse(text)
    assert article.dateline == "新华社布拉迪斯拉发2月20日电"
    assert [(b.role, b.name) for b in article.bylines] == [("记者", "曲曦")]


def test_closing_bracket_byline_over_two_lines():
    text = (
        "江城各界欢度元宵\n\n"
        "元宵佳节，江城各地张灯结彩，\n市民纷纷走上街头赏灯猜谜。\n\n"
        "（本报记者 王芳、李强、赵明\n、孙丽）\n"
    )
    [article] = _parse(text)
    assert [b.name for b in article.bylines] == ["王芳", "李强", "赵明", "孙丽"]
    assert article.paragraphs == ["元宵佳节，江城各地张灯结彩，市民纷纷走上街头赏灯猜谜。"]


def test_section_label_after_a_role_word_is_no_byline():
    assert parse_byline_line("■记者手记") is None
    assert [(b.role, b.name) for b in parse_byline_line("■ 记者 王金海")] == [("记者", "王金海")]


def test_continuation_note_is_no_page_header():
    assert parse_page_header("（下转第3版）") is None
    assert parse_page_header("江城日报 2024年5月1日 星期三 第2版 要闻")["page"] == "2"


def test_label_that_fills_its_first_line_ends_its_paragraph():
    # width 10: the label 民生观察 then a paragraph whose first line is full at 8
    blocks = [["上周，江城区完成了老旧", "小区改造的验收工作。", "民生观察", "改造后的小区环境", "焕然一新，居民们纷纷", "点赞。"]]
    assert split_paragraphs(blocks, 10.0) == [
        "上周，江城区完成了老旧小区改造的验收工作。", "民生观察", "改造后的小区环境焕然一新，居民们纷纷点赞。"]


def test_headline_order_from_wording_when_page_ends_tell_nothing():
    # headlines first; the first article has none (it began on another page)
    text = (
        "河道清理已完成八成，剩余工\n程将在月底前完工，确保汛期\n安全。\n\n"
        "江城新建三座口袋公园\n\n"
        "本报讯 江城区今年新建三座口\n袋公园，公园面积均在两千平\n方米左右，方便居民休闲。\n"
    )
    articles = _parse(text)
    assert [a.headline.title for a in articles] == [None, "江城新建三座口袋公园"]


def test_one_article_page_with_one_paragraph_a_line():
    # issue 11, point 1: a header, a blank line, kicker/title/subtitle, a blank
    # line, then one indented paragraph a line (lines far wider than any
    # column): the paragraphs are body, not a subtitle, and the long subtitle
    # above them stays a subtitle
    body = [
        "本报北京1月4日电（记者王江城）江城区1月3日召开全区科技创新大会，区委书记周明远出席会议并讲话，"
        "区长李华主持会议，会议总结了过去一年全区科技创新工作取得的成绩，部署了新一年的重点任务。",
        "周明远指出，科技创新是发展的第一动力，要把科技创新摆在全区发展全局的核心位置。",
        "李华要求，各部门要抓好各项任务的落实，确保全年目标圆满完成。",
    ]
    text = ("人民日报 2020年1月5日 第3版\n\n"
            "江城区召开科技创新大会\n"
            "周明远：把科技创新摆在全区发展全局的核心位置，抓好落实。李华：确保全年目标圆满完成，推动高质量发展。\n\n"
            + "".join(f"　　{line}\n" for line in body))
    [article] = _parse(text)
    assert article.headline.title == "江城区召开科技创新大会"
    assert article.headline.subtitle.startswith("周明远：")
    assert article.dateline == "本报北京1月4日电"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[1] == body[1] and article.paragraphs[2] == body[2]


def test_a_report_after_xinhua_opens_with_its_dateline():
    """据新华社…电 says whose report the text retells: it is the report's
    dateline, as 本报… / 新华社… are, and the wire's reporter its byline."""
    split = split_dateline("据新华社北京2月14日电 （记者王立江）江城选手14日晋级16强。")
    assert split.dateline == "据新华社北京2月14日电"
    assert [(b.role, b.name) for b in split.bylines] == [("记者", "王立江")]
    assert split.rest == "江城选手14日晋级16强。"
    # a sentence that only mentions the wire opens with no dateline
    assert split_dateline("据新华社报道，中国选手14日晋级16强。").dateline is None
