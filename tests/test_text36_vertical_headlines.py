"""Text mode on a line stream: a headline set vertically (竖排) comes one glyph
a line and is put back on one line by the line stream; the block keeps the
mark (``Block.vertical``) so that the stages after it know the line stood in a
strip of its own: a headline set vertically and one set across are never tiers
of one headline. Own sample text; see tests/test_line_stream.py for the typesetter."""

from __future__ import annotations

import banmian
from banmian.model import Block
from banmian.layout.text_split import split_units
from tests.test_line_stream import FERRY, PARKS, STREET, typeset_body


def _articles(lines: list[str]) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    # PyMuPDF's get_text(): one line a line, no blank lines at all
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    return [(a.headline.kicker, a.headline.title, [b.name for b in a.bylines], a.paragraphs) for a in articles]


def test_a_vertical_headline_is_no_kicker_of_the_headline_set_across_after_it():
    # a data box's vertical heading (数说) closes the text above it; the next story's headline,
    # set across, follows it in the stream and opens its own text
    lines = [*typeset_body(FERRY), *"数说", "老街改造惠及千户居民", "本报记者 李明远", *typeset_body(STREET)]
    assert _articles(lines) == [(None, "数说", [], FERRY), (None, "老街改造惠及千户居民", ["李明远"], STREET)]


def test_a_vertical_headline_opening_a_text_another_headline_closes_leaves_it_to_that_one():
    # the vertical heading and its vertical byline, then a text whose words are the headline's set
    # across after it (drawn after its body): the text is that headline's, the vertical heading
    # no kicker of it
    lines = ["轮渡新增两条航线", "本报记者 周明", *typeset_body(FERRY), *"数说", *"李明远", *typeset_body(STREET),
             "老街改造惠及千户居民"]
    articles = _articles(lines)
    assert [(kicker, title) for kicker, title, _, _ in articles] == [
        (None, "轮渡新增两条航线"), (None, "数说"), (None, "老街改造惠及千户居民")]
    assert articles[2][3] == STREET and articles[0][3] == FERRY


def test_a_vertical_line_after_a_photo_credit_keeps_its_mark():
    # a caption whose credit wrapped (…本报记者 段 / 斌涛摄) and the vertical headline after it:
    # no line of the credit, so the unit it makes is still marked as set vertically
    units = split_units([Block(["新开通的轮渡码头。 本报记者 段", "斌涛摄"], line_start=12),
                         Block(["江城再添三座公园"], line_start=14, vertical=True)])
    assert [(u.block.lines, u.block.vertical) for u in units][-1] == (["江城再添三座公园"], True)


def test_names_right_after_a_vertical_headline_part_into_whole_names():
    # the vertical headline closed by its column's tag, then its two authors one glyph a line:
    # the run parts into two whole names (周明远, 袁兰芳), not a name cut off the end of a title
    # (周明远袁 / 兰芳: 兰 opens names too)
    lines = [*"江城新建三座公园（城建观察）", *"周明远袁兰芳", *typeset_body(STREET)]
    assert _articles(lines) == [(None, "江城新建三座公园（城建观察）", ["周明远", "袁兰芳"], STREET)]


def _blocks_page(vertical_title: str) -> str:
    """PyMuPDF's blocks, one line each (blank lines between): a story's text, its headline set
    vertically after it (its glyphs one block), then the next story, its headline set across."""
    return ("\n\n".join(typeset_body(FERRY)) + "\n\n" + "\n".join(vertical_title) + "\n\n"
            + "\n\n".join(["老街改造惠及千户居民", "本报记者 李明远", *typeset_body(STREET)]) + "\n")


def test_a_vertical_headline_given_as_one_block_keeps_its_last_characters():
    # the vertical headline's glyphs are one block; its authors' names, had it any, would be blocks
    # of their own beside it: the couplet's last words (尚峥嵘: 尚 opens names too) are the title's
    articles = banmian.parse_text(_blocks_page("山河添锦绣岁月尚峥嵘"), enrich=False).pages[0].articles
    assert [(a.headline.title, [b.name for b in a.bylines]) for a in articles][0] == ("山河添锦绣岁月尚峥嵘", [])


def test_a_vertical_headline_wraps_no_headline_line_set_across():
    # the line put together from the vertical glyphs is no line of the tier set across after it
    articles = banmian.parse_text(_blocks_page("山河添锦绣岁月尚峥嵘"), enrich=False).pages[0].articles
    assert [(a.headline.title, a.paragraphs) for a in articles][1] == ("老街改造惠及千户居民", STREET)


def test_a_vertical_headline_closing_a_text_takes_the_part_its_words_lean_to():
    # one story opened by its headline set across, the next one's text run on under it and closed
    # by a headline set vertically that shares only a word or two with it (公园): the two headlines
    # are two articles' whatever the margin, so the text is cut where the words lean
    lines = ["轮渡新增两条航线", "本报记者 周明", *typeset_body(FERRY), *typeset_body(PARKS), *"家门口的公园多了",
             "老街改造惠及千户居民", "本报记者 李明远", *typeset_body(STREET)]
    assert [(kicker, title, paragraphs) for kicker, title, _, paragraphs in _articles(lines)] == [
        (None, "轮渡新增两条航线", FERRY), (None, "家门口的公园多了", PARKS), (None, "老街改造惠及千户居民", STREET)]


def test_vertical_pieces_torn_by_a_reading_across_are_not_marked():
    # plain pdftotext reads the page row by row: a vertical headline and the vertical byline beside
    # it come as rows of glyphs set apart (样 谢); the runs between are torn pieces of both, and no
    # piece is marked as a line set vertically (a whole strip is)
    from banmian.layout.line_stream import regroup_line_stream
    from banmian.sources.text import text_to_blocks

    whole = "\n".join([*typeset_body(FERRY), *"江城再添新绿", "老街改造惠及千户居民", *typeset_body(STREET)])
    torn = "\n".join([*typeset_body(FERRY), *"江城再", "添 李", "新 明", *"绿", "老街改造惠及千户居民",
                      *typeset_body(STREET)])
    assert [b.lines for b in regroup_line_stream(text_to_blocks(whole)) if b.vertical] == [["江城再添新绿"]]
    assert not any(b.vertical for b in regroup_line_stream(text_to_blocks(torn)))


def test_a_date_cut_into_glyph_lines_is_not_marked_vertical():
    # text drawn twice and cut apart leaves a date's pieces one a line (年 / 6 / 月) inside a
    # sentence: put back on one line, but with digits among its glyphs it is no vertical headline
    from banmian.layout.line_stream import regroup_line_stream
    from banmian.sources.text import text_to_blocks

    text = "\n".join([*typeset_body(FERRY), "数据来源：江城统计局 2018", "年", "6", "月", "发布的数据。",
                      *typeset_body(STREET)])
    assert not any(b.vertical for b in regroup_line_stream(text_to_blocks(text)))


def test_the_role_stacked_over_a_vertical_headlines_name_signs_with_it():
    # the headline, then its byline one glyph a line right under it: 本报记者 stacked over the name
    # is the byline's role, not the title's last words
    lines = [*"江城新建三座公园", *"本报记者周明远", *typeset_body(STREET)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [(a.headline.title, [(b.name, b.role) for b in a.bylines], a.paragraphs) for a in articles] == [
        ("江城新建三座公园", [("周明远", "本报记者")], STREET)]
