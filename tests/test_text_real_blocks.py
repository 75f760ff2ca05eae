"""Text mode on PyMuPDF's blocks where the leading is tight (the blocks are
real: a headline's tiers share a block) and on headline boxes narrower than
a column. Own sample text; see tests/test_line_stream.py for the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body


def test_a_speakers_kicker_in_the_titles_block_is_the_kicker():
    # tight leading: the kicker (…时强调) and the title's two phrases come as one block
    text = _blocks(["市长在城市建设工作会议上强调", "加快推进公园建设步伐", "让全体市民共享绿色福利"],
                   ["本报记者 林涛"], _body(PARKS), ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == (
        "市长在城市建设工作会议上强调", "加快推进公园建设步伐 让全体市民共享绿色福利", None)


def test_a_title_then_its_subtitle_in_one_block_stay_title_and_subtitle():
    # no scene-setting end: the first tier of the block stays the title
    text = _blocks(["江城新建三座公园", "绿地面积增加四十公顷，全部免费开放"], ["本报记者 林涛"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title) == (None, "江城新建三座公园")


def test_a_headline_wrapped_in_a_narrow_box_over_its_byline_is_no_body():
    # articles drawn body first, then the headline and the reporter's byline; the second
    # headline is wrapped in a box four characters wide (four lines, no comma in them)
    text = _blocks(_body(STREET), ["老街改造惠及千户居民"], ["本报记者 周明"],
                   _body(PARKS), ["江城新建", "三座公园", "绿地增加", "四十公顷"], ["本报记者 林涛"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    heads = [(a.headline.title, a.paragraphs) for a in page.articles]
    assert heads == [("老街改造惠及千户居民", STREET), ("江城新建三座公园绿地增加四十公顷", PARKS)]


def _stream(*lines: str) -> str:
    """PyMuPDF's blocks output when every line is a block of its own."""
    return "\n\n".join(lines) + "\n"


def test_a_kicker_ending_in_a_dash_over_a_title_boxed_narrow_stays_the_kicker():
    # a line stream, but the kicker and the title's box share one block; the title in
    # larger type fills lines far shorter than the kicker's
    text = _stream("江城市园林局负责人介绍——\n公园多\n绿地美", *_body(PARKS), "轮渡新增两条航线", *_body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title) == ("江城市园林局负责人介绍——", "公园多 绿地美")


def test_a_title_boxed_narrow_under_its_kicker_with_the_column_tag_on_its_last_line():
    # a line stream: the kicker, then the title set a phrase a line, its column tag closing it
    text = _stream("江城三座新公园今天开放", "绿地增加", "空气更好（城建观察）", *_body(PARKS),
                   "轮渡新增两条航线", *_body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == ("江城三座新公园今天开放", "绿地增加 空气更好（城建观察）", None)


def test_a_line_ending_in_a_dash_over_a_far_shorter_one_is_no_wrapped_box():
    from banmian.layout.headlines import is_wrapped_box

    assert not is_wrapped_box(["城东新区园林局——", "公园多"])  # a kicker over its title's box
    assert is_wrapped_box(["“城东的春天”——", "新公园开放迎接市", "民游园"])  # a kicker wrapped in its box


def test_a_page_that_turns_to_headlines_after_bodies_gives_each_body_its_own_headline():
    # real blocks: the first article is drawn headline first; then the page turns: the
    # parks article and the ferry article are each drawn body first, headline after.
    # The parks headline would open the ferry body, which the last headline closes.
    street = [STREET[0], STREET[1] + "（周明）"]
    text = _blocks(["老街改造惠及千户居民"], _body(street), _body(PARKS), ["城东新建三座公园"], ["本报记者 林涛"],
                   _body(FERRY), ["江城轮渡新增两条航线"], ["本报记者 王芳"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    heads = [(a.headline.title, a.paragraphs) for a in page.articles]
    assert heads == [("老街改造惠及千户居民", STREET), ("城东新建三座公园", PARKS), ("江城轮渡新增两条航线", FERRY)]


def test_bylines_drawn_after_their_headlines_stay_with_them():
    # every article drawn body, headline, byline (the page ends with a headline and its
    # byline): a byline under a headline that closed its body is that headline's
    text = _blocks(_body(STREET), ["老街改造惠及千户居民"], ["本报记者 周明"],
                   _body(PARKS), ["江城新建三座公园"], ["本报记者 林涛"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    heads = [(a.headline.title, [b.name for b in a.bylines]) for a in page.articles]
    assert heads == [("老街改造惠及千户居民", ["周明"]), ("江城新建三座公园", ["林涛"])]


def test_a_headline_boxed_narrow_over_a_dateline_is_no_body():
    # real blocks: a kicker and a title wrapped in a narrow box, its column tag wrapped
    # too, right over the next article's body, which opens with its dateline
    parks = ["本报江城3月4日电 " + PARKS[0], PARKS[1]]
    text = _blocks(["老街改造惠及千户居民"], ["本报记者 周明"], _body(STREET),
                   ["江城市民——", "新建公园", "迎来春天（城建", "观察）"], _body(parks))
    page = banmian.parse_text(text, enrich=False).pages[0]
    heads = [(a.headline.title, a.paragraphs) for a in page.articles]
    assert heads[0] == ("老街改造惠及千户居民", STREET)
    assert heads[1][0] and "新建公园" in heads[1][0] and heads[1][1] == PARKS


def test_two_columns_closing_bylines_on_one_line_are_bylines_not_headline_text():
    # two briefs' closing authors on one baseline come as one line, in the block of the
    # next headline: they close the text above; the headline under them is whole
    text = _blocks(["老街改造惠及千户居民"], _body(STREET), ["（周明）（林涛 王芳）", "江城新建三座公园"],
                   _body(PARKS))
    page = banmian.parse_text(text, enrich=False).pages[0]
    heads = [(a.headline.title, a.paragraphs) for a in page.articles]
    assert heads == [("老街改造惠及千户居民", STREET), ("江城新建三座公园", PARKS)]
    assert [b.name for b in page.articles[0].bylines] == ["周明", "林涛", "王芳"]


def test_a_kicker_as_short_as_the_titles_two_phrases_is_still_the_kicker():
    # a line stream: three phrases of one length, the last closed by the column tag; the
    # tag closes the title, whose two phrases are the last two lines
    text = _stream("城东园林", "绿地增加", "空气更好（城建观察）", *_body(PARKS), "轮渡新增两条航线", *_body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == ("城东园林", "绿地增加 空气更好（城建观察）", None)


def test_a_column_label_between_a_headline_and_a_continued_from_note_is_no_tier():
    text = _stream("江城新建三座公园", "民生关注", "（上接第2版）", *_body(PARKS), "轮渡新增两条航线", *_body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == (None, "江城新建三座公园", None)


def test_a_banner_or_label_with_no_body_of_its_own_makes_no_article():
    from banmian.layout.text_layout import _has_content
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def group(*lines: str) -> list[Unit]:
        return [Unit(Block([line], Role.TITLE)) for line in lines]

    assert not _has_content(group("建设美丽江城 共享绿色家园"))  # a banner across the page
    assert not _has_content(group("城建观察"))  # a column's label
    assert _has_content(group("江城新建三座公园"))  # a headline, even with its body elsewhere
    assert _has_content(group("城建观察") + [Unit(Block(["本报记者 林涛"], Role.BYLINE))])


def test_a_continued_from_note_is_no_column_tag_of_the_headline_over_it():
    # a line stream: a title wrapped in its box (the body does not spell the words the
    # break cuts), then （上接第2版） before the body it continues
    text = _stream("老街改造惠及千户居民", *_body(STREET), "江心岛新增航", "班两条", "（上接第2版）", *_body(FERRY))
    article = banmian.parse_text(text, enrich=False).pages[0].articles[1]
    assert (article.headline.title, article.continued_from) == ("江心岛新增航班两条", 2)


def test_a_label_over_a_continued_from_note_is_no_tail_of_the_title():
    text = _stream("江城新建三座公园", "民生关注", "（上接第2版）", *_body(PARKS), "轮渡新增两条航线", *_body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert head.title == "江城新建三座公园"


def test_a_closing_dateline_without_a_date_ends_its_article():
    # the first article closes with （本报江城电）; the next one's headline is drawn after its body
    lines = ["老街改造惠及千户居民", *_body(STREET), "（本报江城电）", *_body(PARKS), "江城新建三座公园"]
    page = banmian.parse_text(_stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江城新建三座公园"]
    assert page.articles[0].paragraphs == STREET and page.articles[0].dateline == "本报江城电"
    assert page.articles[1].paragraphs == PARKS


def test_closing_bylines_on_one_line_keep_a_name_broken_by_a_space():
    from banmian.layout.text_split import _bracket_bylines

    names = _bracket_bylines("（周明）（林涛 王小 芳）")  # 王小芳 broken over a line end
    assert names is not None and [b.name for b in names] == ["周明", "林涛", "王小芳"]
    assert _bracket_bylines("（城建观察）（林涛）") is None  # a column tag is no name


def test_a_headline_box_with_quotes_but_no_clause_mark_is_no_body():
    # tight leading: a kicker and a tagged title wrapped in a narrow box, one block of four
    # lines; a quote but no comma or full stop in them, and a short line inside: no column text
    text = _blocks(["“江城风筝王”传承", "人周明华", "好风筝 飞得高（非", "遗年集·风筝）"], ["林涛"], _body(PARKS),
                   ["轮渡新增两条航线"], ["李华"], _body(FERRY))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["好风筝 飞得高（非遗年集·风筝）", "轮渡新增两条航线"]
    assert [[b.name for b in a.bylines] for a in articles] == [["林涛"], ["李华"]]
    assert articles[0].paragraphs == PARKS
