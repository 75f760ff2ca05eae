"""Text mode: a headline the extractor runs into the text of the article over
it, its lines as long as that column's lines (an indented first line, a full
line), and stories set in one column width whose titles read as subheadings."""

from __future__ import annotations

import banmian
from tests.test_line_stream import stream, typeset_paragraphs

#: the first story, set 12 characters wide
HARBOUR = ["江城港今年新开三条集装箱航线，货物吞吐量比去年同期增长两成，码头作业区全天运转。",
           "港务集团负责人介绍，新航线主要通往东南亚各港口，每周往返六个班次，企业订舱更加方便。",
           "为了缩短船舶等待时间，港区还启用了智能调度系统，船舶平均在港停留时间减少了半天。"]
#: the second story's headline: a title as long as an indented first line of the first story's
#: column (10), a subtitle as long as its full line (12), neither holding a mark
TITLE, SUBTITLE = "西山隧道主体工程贯通", "翻山车程缩短至十分钟以内"
TUNNEL = ["记者从市交通运输局获悉，西山隧道主体工程日前顺利贯通，转入路面铺装和机电安装阶段。",
          "西山隧道全长三点六公里，是连接城西新区和山区乡镇的关键通道，以往翻山要绕行四十分钟。",
          "隧道施工期间，建设单位采用新型支护技术，确保了穿越断层地段的安全，没有发生一起事故。"]


def _articles(text: str) -> list:
    return banmian.parse_text(text, enrich=False).pages[0].articles


def test_a_headline_set_as_long_as_the_column_lines_over_a_wider_column_opens_its_article():
    assert len(TITLE) == 10 and len(SUBTITLE) == 12
    lines = ["港口新开三条航线", "本报记者 周明", *typeset_paragraphs(HARBOUR, 12),
             TITLE, SUBTITLE, *typeset_paragraphs(TUNNEL, 14)]
    articles = _articles(stream(*lines))
    assert [a.paragraphs for a in articles] == [HARBOUR, TUNNEL]
    head = articles[1].headline
    assert [t for t in (head.kicker, head.title, head.subtitle) if t] == [TITLE, SUBTITLE]
    # (text run around a photo, narrow and then full under it, is no such turn: the line under a
    # headline opens a paragraph, indented; tests/independent's wrapped_photo page holds one. A
    # title a cell wider than the narrower column under it: the banner_rows page there)


#: two more stories in the same width, each under a short headline that reads as a subheading
FERRY = ["江心岛渡口近日新添两艘客船，每艘可载客一百二十人，岛上居民进城的等船时间缩短了一半。",
         "新客船配备了救生设备和空调，船员上岗前都经过了专门培训，乘客普遍反映乘坐舒适。"]
LIBRARY = ["在城东社区的图书角，退休教师陈老师每天下午都会来这里读报，顺便给孩子们讲故事。",
           "图书角由社区腾出闲置用房改建而成，藏书三千多册，居民凭身份证就能免费借阅。"]


def test_short_headlines_each_opening_a_new_story_in_one_width_are_titles_not_subheadings():
    lines = ["港口新开三条航线", "本报记者 周明", *typeset_paragraphs(HARBOUR, 12),
             "江心岛渡口", "新添两艘客船", *typeset_paragraphs(FERRY, 12),
             "社区图书角", *typeset_paragraphs(LIBRARY, 12)]
    articles = _articles(stream(*lines))
    assert [a.paragraphs for a in articles] == [HARBOUR, FERRY, LIBRARY]
    titles = [a.headline.title.replace(" ", "") for a in articles]  # (a title over two lines may keep a space)
    assert titles == ["港口新开三条航线", "江心岛渡口新添两艘客船", "社区图书角"]


def test_the_last_paragraph_over_a_narrower_column_stays_a_paragraph():
    # the stream narrows from 14 (or 16) to 10 characters under the first story: the lines of its
    # last paragraph still go on in the column above, though the window around them already holds
    # more of the narrow column's lines
    first = HARBOUR[:2]
    title = "江心岛渡口新添两艘客船"
    for width in (14, 16):
        lines = ["港口新开三条航线", "本报记者 周明", *typeset_paragraphs(first, width), title,
                 *typeset_paragraphs(FERRY, 10)]
        articles = _articles(stream(*lines))
        assert [a.headline.title for a in articles] == ["港口新开三条航线", title]
        assert [a.paragraphs for a in articles] == [first, FERRY]


def test_a_paragraph_set_wide_over_the_columns_gives_them_no_width():
    # a key-points paragraph set across the article's columns (its sentence's last word wrapped onto
    # its second line), then the column's text, one line a line (get_text): the wide lines' width is
    # no column's, so a line closed by a comma in the column's last cell is no paragraph's first line
    wide = ["今年以来，江城新建港口泊位六个，开通集装箱航线三条，货物吞吐量增长两成，市民出门就能看",
            "到。港口正成为带动全市开放发展的新引擎，也改变了市民的生活。"]
    column = ["傍晚时分，沿江码头上散步、", "骑行的市民络绎不绝。家住江岸", "小区的陈先生每天下班后都会来",
              "这里慢跑，他说，以前跑步只能", "在马路边上，现在有了专门的步", "道，跑起来又安全又舒心。",
              "港务集团负责人介绍，码头", "建设坚持因地制宜，尽量保留原", "有树木和地形，沿线配套建设驿",
              "站、公厕和停车场，方便市民休", "憩。", "在老城区，见缝插绿成为建", "设街心公园的主要方式。一块块",
              "闲置地、边角地经过改造，变成", "了有花有树、有座椅的小游园，", "附近居民推开家门就能享受绿色。",
              "按照规划，到明年底，全市", "步道总长度将超过五百公里，实", "现主要山体、水系和公园的互联", "互通。"]
    lines = ["港口新开三条航线", "本报记者 周明", "核心阅读", *wide, *column]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    paragraphs = page.articles[0].paragraphs
    assert paragraphs[1] == "".join(wide)
    assert paragraphs[-2:] == ["".join(column[11:16]), "".join(column[16:])]
