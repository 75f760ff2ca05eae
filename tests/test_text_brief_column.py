"""Text mode on real extractors' output: a column of news briefs, each item
closed by its authors' bracket. Own sample text; see tests/test_line_stream.py
for the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET, pymupdf_blocks, stream, typeset

#: a brief's title nearly as wide as the 12-character column (one cell short)
WIDE_TITLE = "城东公园本周末迎客“赏梅”"


#: a paragraph whose last line is full (10 + 12 + 12 + 12 characters)
FULL_LAST_LINE = "城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰，老街改造后还保留了传统街巷风貌。"


def _articles(text: str) -> list[banmian.model.Article]:
    return banmian.parse_text(text, enrich=False).pages[0].articles


def test_a_title_as_wide_as_the_column_after_the_authors_opens_the_next_brief():
    # the first item ends ……。（王小明 李华）; the next item's title fills the column
    # nearly to its width, its paragraph opens indented under it: a new brief, not more text
    # (the authors' line is as wide as a paragraph's first line: it is none)
    ferry = ["江城轮渡公司今年新增", "两条航线，连通城东码头和", "江心岛，每天往返二十多个", "航班。（王小明 李华）"]
    lines = ["轮渡新增两条航线", *ferry, WIDE_TITLE, *typeset(PARKS[0]), *typeset(PARKS[1] + "（周明）")]
    first, second = _articles(stream(*lines))
    assert first.headline.title == "轮渡新增两条航线"
    assert first.paragraphs == ["江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十多个航班。"]
    assert [b.name for b in first.bylines] == ["王小明", "李华"]
    assert second.headline.title == WIDE_TITLE and second.paragraphs == PARKS


def test_a_label_before_the_authors_stays_with_the_body_and_the_next_title_is_a_headline():
    # ……完工。 / 新华社发（王小 / 明 李华）: the agency's label ends the text, the names are the
    # authors (the bracket wraps over the line end), and the next line is the next brief's title
    # (the sentence fills its last line: the label goes on in the same paragraph)
    lines = ["老街改造完工", *typeset(FULL_LAST_LINE), "新华社发（王小", "明 李华）",
             "轮渡新增两条航线", *typeset(FERRY[0]), *typeset(FERRY[1])]
    first, second = _articles(stream(*lines))
    assert first.headline.title == "老街改造完工"
    assert first.paragraphs == [FULL_LAST_LINE + "新华社发"]
    assert [b.name for b in first.bylines] == ["王小明", "李华"]
    assert second.headline.title == "轮渡新增两条航线" and second.paragraphs == FERRY


def test_a_bracket_of_other_words_after_a_sentence_does_not_end_the_text():
    from banmian.layout.closing_authors import ends_with_authors

    assert ends_with_authors(["今年新建三座公园。", "（王小明 李华）"], 1)
    assert ends_with_authors(["公园全部免费开放。", "影像中国（王小明）"], 1)
    assert ends_with_authors(["公园全部免费开放。", "新华社发（王小", "明 李华）"], 2)
    # a note in brackets, a column tag after a title, a label with no sentence before it
    assert not ends_with_authors(["今年新建三座公园。", "（相关报道见第二版）"], 1)
    assert not ends_with_authors(["", "城东公园迎客（江城观察）"], 1)
    assert not ends_with_authors(["今年新建三座公园，", "影像中国（王小明）"], 1)
    # a column's tag after a quoted title reads as a role and a name (记者 / 手记): no surname, no author
    assert not ends_with_authors(["“谢谢你们，", "江城的朋友！”", "（记者手记）"], 2)


def test_a_four_character_title_after_the_authors_is_the_next_brief_not_a_label():
    # 梅园春早 reads as a surname and three characters (a column's label, no name), but after a
    # brief its authors closed and over a paragraph it is the next brief's title
    lines = ["轮渡新增两条航线", *typeset(FERRY[0] + "（王小明 李华）"), "梅园春早", *typeset(PARKS[0]),
             *typeset(PARKS[1] + "（周明）")]
    first, second = _articles(stream(*lines))
    assert first.paragraphs == [FERRY[0]] and [b.name for b in first.bylines] == ["王小明", "李华"]
    assert second.headline.title == "梅园春早" and second.paragraphs == PARKS


def test_a_block_that_finishes_the_sentence_above_is_no_headline():
    # tight leading (real blocks): the column breaks inside the last sentence, so the sentence's
    # last characters and the authors stand in a block of their own (……二十个航 / 班。（王小明 李华）);
    # the next brief's title follows in a block of two lines
    text = pymupdf_blocks(["轮渡新增两条航线"], ["江城轮渡公司今年新增", "两条航线，连通城东码头和", "江心岛，每天往返二十个航"],
                          ["班。（王小明 李华）"], ["城东三座新公园春节前向市", "民开放"], typeset(PARKS[0]),
                          typeset(PARKS[1]))
    first, second = _articles(text)
    assert first.paragraphs == ["江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个航班。"]
    assert [b.name for b in first.bylines] == ["王小明", "李华"]
    assert second.headline.title == "城东三座新公园春节前向市民开放" and second.paragraphs == PARKS


def test_a_wider_line_with_a_comma_after_the_authors_opens_the_next_article():
    # the next article's kicker is set wider than the brief's column and carries a comma:
    # it is no line of the brief (whose authors' line is as wide as a first line)
    from banmian.layout.line_stream import regroup_line_stream
    from banmian.sources.text import text_to_blocks

    ferry = ["江城轮渡公司今年新增", "两条航线，连通城东码头和", "江心岛，每天往返二十多个", "航班。（王小明 李华）"]
    kicker = "江城新建三座公园，总面积四十"
    lines = ["轮渡新增两条航线", *ferry, kicker, "城东三座新公园春节前开放", *typeset(PARKS[0])]
    blocks = [b.lines for b in regroup_line_stream(text_to_blocks(stream(*lines)))]
    assert ferry in blocks
    assert [kicker, "城东三座新公园春节前开放"] in blocks


def test_a_title_as_wide_as_a_first_line_after_wrapped_authors_opens_the_next_brief():
    # the authors' bracket wraps (……。（王小 / 明 李华）) and joins the text above; the next
    # brief's title is as wide as a paragraph's first line, its lead-in closes with a colon
    lines = ["轮渡新增两条航线", *typeset(FERRY[0] + "（王小"), "明 李华）", "城东三座新公园将开放",
             "记者从市园林局获悉：", *typeset(PARKS[0])[1:], *typeset(PARKS[1])]
    first, second = _articles(stream(*lines))
    assert first.paragraphs == [FERRY[0]] and [b.name for b in first.bylines] == ["王小明", "李华"]
    assert second.headline.title == "城东三座新公园将开放"


def test_column_lines_closed_by_the_authors_on_a_line_of_their_own_are_body():
    # tight leading: the brief's last lines and its authors' bracket in one block (the space
    # between the names is no phrase gap of a headline); the next brief's title follows
    # (the column breaks inside the last paragraph: two lines and the authors make the block)
    last = typeset(FERRY[1])
    text = pymupdf_blocks(["轮渡新增两条航线"], typeset(FERRY[0]) + last[:1], last[1:] + ["（王小明 李华）"],
                          ["城东三座新公园开放"], typeset(PARKS[0]), typeset(PARKS[1] + "（周明）"))
    first, second = _articles(text)
    assert first.paragraphs == FERRY and [b.name for b in first.bylines] == ["王小明", "李华"]
    assert second.headline.title == "城东三座新公园开放" and second.paragraphs == PARKS


def test_two_names_of_two_characters_broken_at_the_space_between_them_are_two_authors():
    # ……航班。（王明 / 李华）: the line breaks where the space between the names stood; read
    # run together, 王明李华 would be one name of four characters
    ferry = ["江城轮渡公司今年新增", "两条航线，连通城东码头和", "江心岛，每天往返二十多个", "航班。（王明", "李华）"]
    lines = ["轮渡新增两条航线", *ferry, WIDE_TITLE, *typeset(PARKS[0]), *typeset(PARKS[1] + "（周明）")]
    first, second = _articles(stream(*lines))
    assert [b.name for b in first.bylines] == ["王明", "李华"]
    assert second.headline.title == WIDE_TITLE


def test_a_roundups_reporters_bracket_over_several_lines_closes_its_text():
    # ……便利。（本报江城2 / 月7日电）（本报记者张 / 明、李华、…钱 / 进、…吴军）: the reporters'
    # bracket opens three lines over its close; the text has ended, the title under it opens
    # the next article
    closing = "（本报江城2月7日电）（本报记者张明、李华、王芳、赵强、钱进、孙丽、周涛、吴军）"
    library = ["城东图书馆今年春节期间照常开放，并延长开放时间到晚上九点。", "读者可以在网上预约座位，预约手续也进一步简化。"]
    lines = ["江城元宵灯会迎客", *typeset(STREET[0]), *typeset(STREET[1] + closing), "图书馆春节照常开放",
             *typeset(library[0]), *typeset(library[1])]
    assert "月7日电）（本报记者张" in lines  # (the bracket opens inside a line)
    first, second = _articles(stream(*lines))
    assert [b.name for b in first.bylines] == ["张明", "李华", "王芳", "赵强", "钱进", "孙丽", "周涛", "吴军"]
    assert first.paragraphs == STREET and first.dateline == "本报江城2月7日电"
    assert second.headline.title == "图书馆春节照常开放" and second.paragraphs == library


#: briefs: (title, text, authors), each item's text one sentence or two
MARKED_BRIEFS = [("城东菜市场完成改造", "经过三个月施工，城东菜市场日前重新开业，摊位由八十个增加到一百二十个。", "（王平）"),
                 ("江心岛客船投入运营", "岛上居民进城的等船时间缩短了一半，每天往返班次增至二十个。", "（李华 周明）"),
                 ("市民夜校秋季开课", "市文化馆日前启动秋季夜校报名，开设书法、摄影等课程三十门。", "（陈曦）")]


def _marked_items(separator: str, width: int = 16) -> list[str]:
    """A briefs column under its heading, each item's title run into the first line of its text
    and closed by ``separator`` (■, or a full-width space), the lines ``width`` characters wide, one
    line a line as get_text gives it."""
    lines = ["本版简讯"]
    for title, text, authors in MARKED_BRIEFS:
        head = title + separator
        rest = text + authors
        lines.append(head + rest[:width - len(head)])
        rest = rest[width - len(head):]
        lines += [rest[n:n + width] for n in range(0, len(rest), width)]
    return lines


def test_titles_closed_by_a_mark_or_a_space_open_each_brief():
    # the mark (or the space) says where the title ends: however little of the text follows it
    # on the line, and though the text says no clause there
    # (a space, full-width, with four characters of text after it at least: a space alone may be
    # the extractor's, beside a figure)
    for separator, widths in (("■", (16, 11, 12)), ("\u3000", (16, 15))):
        for width in widths:  # (one or two characters of text after the title, or more)
            text = "\n".join(_marked_items(separator, width)) + "\n"
            articles = _articles(text)
            assert [a.headline.title for a in articles] == [title for title, _, _ in MARKED_BRIEFS], (separator, width)
            assert [a.paragraphs for a in articles] == [[text] for _, text, _ in MARKED_BRIEFS], (separator, width)
            assert [[b.name for b in a.bylines] for a in articles] == [["王平"], ["李华", "周明"], ["陈曦"]]
