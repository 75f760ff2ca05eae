"""Text mode on a content-stream line stream: which headline lines are whose.

Two articles' headlines meeting between their bodies (the first closes the
body above, the second opens the body below) where the first names its body
with a word or two only: the wording's sum does not tell them apart, but each
tier leans its own way. And a commentary's title wrapped in its box, its
tagged last line as wide as its first. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset_body

#: a title that names its body (轮渡, 江心岛) with one pair in thirteen
_FERRY_TITLE = "寒风中守望在江心岛上的除夕夜"
_STREET_TITLE = "老街改造告别积水"


def _page() -> str:
    return stream(*typeset_body(PARKS), "江城新建三座公园", *typeset_body(FERRY), _FERRY_TITLE, _STREET_TITLE,
                  *typeset_body(STREET), "（王 平）")


def test_each_tier_leaning_to_its_own_body_parts_two_headlines():
    articles = banmian.parse_text(_page(), enrich=False).pages[0].articles
    titles = [a.headline.title for a in articles]
    assert titles == ["江城新建三座公园", _FERRY_TITLE, _STREET_TITLE]
    assert articles[1].paragraphs[0].startswith("江城轮渡公司")
    assert articles[2].paragraphs[0].startswith("城南老街")


def test_a_commentary_title_filling_its_box_to_its_tag_is_one_title():
    """整治噪音，以长效机制守 / 护夜晚安宁（江城时评）: the title's first line is a
    clause and the start of the next, as wide as the tagged last line; no kicker."""
    text = stream("整治噪音，以长效机制守", "护夜晚安宁（江城时评）", "本报记者 王 平",
                  *typeset_body(STREET), *typeset_body(PARKS), "（李 明）")
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title) == (None, "整治噪音，以长效机制守护夜晚安宁（江城时评）")


def test_a_kicker_as_wide_as_a_tagged_title_stays_its_kicker():
    """A kicker of one phrase over a tagged title as wide as it (by chance) stays the kicker."""
    text = stream("江城老街居民告别积水之苦", "老街换新颜（民生观察）", "本报记者 王 平",
                  *typeset_body(STREET), *typeset_body(PARKS), "（李 明）")
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title) == ("江城老街居民告别积水之苦", "老街换新颜（民生观察）")


def test_a_tagged_title_after_the_title_a_kicker_leads_into_opens_the_next_headline():
    """某某—— / its title / a tagged title: the kicker leads into the 主题 under it, so
    the tagged title is the next headline's, though its words echo neither body."""
    text = stream(*typeset_body(FERRY), "江城轮渡公司——", "新增两条航线连通江心岛", "归乡路上的温暖（新春话年俗）",
                  *typeset_body(STREET), "（李 明）")
    heads = [a.headline for a in banmian.parse_text(text, enrich=False).pages[0].articles]
    assert [(h.kicker, h.title) for h in heads] == [("江城轮渡公司——", "新增两条航线连通江心岛"),
                                                    (None, "归乡路上的温暖（新春话年俗）")]
