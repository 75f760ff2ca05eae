"""Text mode on real extractors' output: two articles' headlines stacked in
one group between their bodies. Own sample text; see tests/test_line_stream.py
for the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET, pymupdf_blocks, stream, typeset


def test_a_tagged_title_under_two_tiers_opens_the_next_headline():
    # the old street's kicker and title are drawn after its body, the parks' title (closed by
    # its column's tag) right under them, over its own body; the tagged title shares few words
    # with its body, but one headline has one kicker over its title: two tiers over a tagged
    # title end the headline before
    text = pymupdf_blocks(["轮渡新增两条航线"], typeset(FERRY[0]), typeset(FERRY[1]), typeset(STREET[0]),
                          typeset(STREET[1]), ["城南老街改造工程完工"], ["千户居民告别积水困扰"], ["江城公园添新绿（城建观察）"],
                          typeset(PARKS[0]), typeset(PARKS[1]))
    ferry, street, parks = banmian.parse_text(text, enrich=False).pages[0].articles
    assert (street.headline.kicker, street.headline.title, street.headline.subtitle) == (
        "城南老街改造工程完工", "千户居民告别积水困扰", None)
    assert street.paragraphs == STREET
    assert parks.headline.title == "江城公园添新绿（城建观察）" and parks.paragraphs == PARKS
    assert ferry.paragraphs == FERRY


def test_the_column_width_turning_between_paragraphs_is_where_the_next_article_begins():
    # a headline drawn before its body, the next article's body set in a wider column, its
    # headline drawn after it and echoing none of its words: the width tells where it begins
    from banmian.layout.text_turns import width_turn

    library = ["江城图书馆新馆昨天正式开放，新馆建筑面积两万平方米，藏书一百二十万册，设有少儿阅览区。",
               "图书馆负责人介绍，新馆每天开放十二个小时，市民凭身份证即可办理借书证，借阅图书全部免费。"]
    paragraphs = [typeset(p) for p in FERRY + STREET] + [typeset(p, 16) for p in library]
    assert width_turn(paragraphs) == 4
    # a short paragraph (no inner line) between goes with the article after it
    assert width_turn([typeset(p) for p in FERRY] + [["江城图书馆开馆。"]] + [typeset(p, 16) for p in library]) == 2
    # one width, or widths turning back and forth: no turn
    assert width_turn([typeset(p) for p in FERRY + STREET]) is None
    assert width_turn([typeset(library[0], 16), typeset(FERRY[0]), typeset(library[1], 16)]) is None
    # one paragraph of another width (a quote set narrower) is no column of another article
    assert width_turn([typeset(p) for p in FERRY + STREET] + [typeset(library[0], 16)]) is None


def test_a_line_as_wide_as_a_first_line_over_a_dashed_subtitle_is_a_title():
    # 江城春节期间治安良好 is as wide as a paragraph's first line (W-2), but the line under it opens
    # with ——: a title and its subtitle after a finished sentence, not a paragraph
    lines = ["轮渡新增两条航线", *typeset(FERRY[0]), *typeset(STREET[0]), "江城春节期间治安良好", "——交通事故同比下降三成",
             "本报记者 周明", *typeset(PARKS[0]), *typeset(PARKS[1])]
    first, second = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert first.paragraphs == [FERRY[0], STREET[0]]
    assert (second.headline.title, second.headline.subtitle) == ("江城春节期间治安良好", "——交通事故同比下降三成")
    assert second.paragraphs == PARKS


def test_a_headline_box_of_four_lines_of_many_widths_is_no_body():
    # tight leading: a kicker and title wrapped in a narrow box, four lines of four widths ending
    # nothing with one clause mark; four lines of a column are full or close their paragraphs
    box = ["江城市园林局、市规划局", "联合发布消息", "城东三座新公园", "春节前开放"]
    text = pymupdf_blocks(["轮渡新增两条航线"], typeset(FERRY[0]), typeset(FERRY[1]), box, ["本报记者 周明"],
                          typeset(PARKS[0]), typeset(PARKS[1]))
    first, second = banmian.parse_text(text, enrich=False).pages[0].articles
    assert first.paragraphs == FERRY
    head = second.headline
    assert "".join(filter(None, [head.kicker, head.title, head.subtitle])).replace(" ", "") == "".join(box)
    assert second.paragraphs == PARKS and [b.name for b in second.bylines] == ["周明"]


def test_a_column_label_after_a_title_closed_by_its_tag_is_no_tier_of_it():
    # the ferry's title (drawn after its body) is closed by its column's tag; the label 城建观察
    # in a block of its own after it is no subtitle of it, and the parks' title keeps its body
    text = pymupdf_blocks(typeset(FERRY[0]), typeset(FERRY[1]), ["轮渡新增两条航线（江城速递）"], ["城建观察"],
                          ["城东三座新公园开放"], ["本报记者 周明"], typeset(PARKS[0]), typeset(PARKS[1]))
    ferry, parks = banmian.parse_text(text, enrich=False).pages[0].articles
    assert (ferry.headline.title, ferry.headline.subtitle) == ("轮渡新增两条航线（江城速递）", None)
    assert ferry.paragraphs == FERRY
    assert parks.headline.title == "城东三座新公园开放" and parks.paragraphs == PARKS
