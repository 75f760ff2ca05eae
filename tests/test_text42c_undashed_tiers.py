"""A title and its subtitle set with no dash, in one column width with the
stories around them, as PyMuPDF's get_text gives a page (no blank lines):
two lines holding no mark over a paragraph's indented first line are a
headline's tiers, and the story under them is a new one when its lead names
what the title names (a place-name pair both texts say, 新区, aside).
Invented text."""

import banmian
from banmian.layout.alone_titles import opens_new_story

_PAGE = """江城日报
2026年6月3日 星期三
第4版
城西湿地公园开园迎客
本报记者 何川
城西湿地公园日前开园，
园内栽种水生植物三十余种，
修建木栈道四公里，吸引了大
批市民前来游览。高新区的居
民王先生说，周末带孩子来看
白鹭，成了一家人的新习惯。
公园管理处介绍，今年还
将开放观鸟平台和科普展馆，
高新区各社区可以预约组织居
民参观。
江北新区新建三所小学
让更多孩子在家门口上好学校
记者从区教育局日前获悉，
江北新区今年新建的三所小学
已完成主体工程，秋季开学后
可新增学位两千余个，缓解片
区孩子上学远的难题。
新学校配备了图书馆、实
验室和风雨操场，江北新区还
将从优质学校选派骨干教师任
教，让学生在家门口上好学。
"""


def test_undashed_title_and_subtitle_open_a_new_article() -> None:
    page = banmian.parse_text(_PAGE, enrich=False).pages[0]
    assert len(page.articles) == 2 and page.articles[0].headline.title == "城西湿地公园开园迎客"
    # (which of the two tiers is the 主题 no mark tells: both stand in the second article's headline)
    head = page.articles[1].headline
    assert [t for t in (head.kicker, head.title, head.subtitle) if t] in (
        ["江北新区新建三所小学", "让更多孩子在家门口上好学校"], ["江北新区新建三所小学让更多孩子在家门口上好学校"])
    assert not any("江北新区新建" in p for p in page.articles[0].paragraphs)
    assert page.articles[1].paragraphs[0].startswith("记者从区教育局")


def test_one_pair_both_texts_say_does_not_join_two_stories() -> None:
    before = ("城西湿地公园日前开园，园内栽种水生植物三十余种，修建木栈道四公里。高新区的居民王先生说，周末带孩子来看"
              "白鹭，成了一家人的新习惯。管理处介绍，今年还将开放观鸟平台和科普展馆，高新区各街道可以预约参观。")
    after = ("记者从区教育局日前获悉，江北新区今年新建的三所小学已完成主体工程，秋季开学后可增加学位两千余个。"
             "新学校配备了图书馆、实验室和风雨操场，江北新区还将选派骨干教师任教。")
    assert opens_new_story("江北新建三所小学完成主体工程", before, after)
    # (the text before naming what the heading names, the pair both texts say again joins them)
    assert not opens_new_story("江北新建三所小学完成主体工程", before + "江北新建的公园和学校同步开放。", after)
