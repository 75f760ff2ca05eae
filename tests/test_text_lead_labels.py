"""Text mode on real extractors' output: an editor's lead label (核心阅读) over
its paragraph, and a series' long column tag. Own sample text; see
tests/test_line_stream.py for the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body


def _stream(*lines: str) -> str:
    """PyMuPDF's blocks output when every line is a block of its own."""
    return "\n\n".join(lines) + "\n"


def _articles(text: str) -> list[banmian.model.Article]:
    return banmian.parse_text(text, enrich=False).pages[0].articles


def test_a_lead_label_under_the_byline_is_the_first_paragraph():
    # 核心阅读 stands alone over the lead's paragraph: as printed, the body's first paragraph
    lines = ["老街改造惠及千户居民", "本报记者 周明", *_body(STREET),
             "三座新公园春节前开放", "本报记者 林涛", "核心阅读", *_body(PARKS)]
    second = _articles(_stream(*lines))[1]
    assert second.headline.title == "三座新公园春节前开放"
    assert second.paragraphs == ["核心阅读", *PARKS]


def test_an_abstracts_label_under_the_byline_is_the_first_paragraph():
    # a theory page's essay opens with its abstract, labelled 内容提要 as 核心阅读 labels a lead
    lines = ["老街改造惠及千户居民", "本报记者 周明", *_body(STREET), "城市公园的公共价值", "本报记者 林涛", "内容提要",
             *_body(PARKS)]
    second = _articles(_stream(*lines))[1]
    assert (second.headline.title, second.paragraphs) == ("城市公园的公共价值", ["内容提要", *PARKS])


def test_a_lead_label_after_a_body_opens_the_next_body_whose_headline_comes_after():
    # content-stream order: the second article's headline is drawn after its body, and the
    # body opens with its lead label; the label is neither a headline nor the first one's text
    lines = ["老街改造惠及千户居民", "本报记者 周明", *_body(STREET),
             "核心阅读", *_body(PARKS), "江城新建三座公园", "本报记者 林涛"]
    first, second = _articles(_stream(*lines))
    assert first.paragraphs == STREET
    assert second.headline.title == "江城新建三座公园" and second.paragraphs == ["核心阅读", *PARKS]


def test_a_lead_label_in_a_block_of_its_own_is_the_first_paragraph():
    text = _blocks(["三座新公园春节前开放"], ["本报记者 林涛"], ["核心阅读"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _articles(text)[0].paragraphs == ["核心阅读", *PARKS]


def test_a_series_tag_joined_by_a_dot_closes_the_title_however_long():
    # two tiers read as title + subtitle, the second closed by a series' tag of fifteen
    # characters (城市建设在身边·走进新公园③): the 主题 carries the tag, so the plain tier
    # over it is the kicker
    from banmian.layout.tier_patterns import TITLE_TAG
    from banmian.layout.tier_reading import reread_tiers
    from banmian.model import Headline

    head = Headline(title="城东三座公园今天开放", subtitle="绿地多了空气好了（城市建设在身边·走进新公园③）")
    reread_tiers(head, dashed=False, stream=False)
    assert (head.kicker, head.title, head.subtitle) == ("城东三座公园今天开放", "绿地多了空气好了（城市建设在身边·走进新公园③）",
                                                        None)
    # a bracket of many words with no dot is no tag (a subtitle may end with a long aside)
    assert not TITLE_TAG.search("市民乐了（城东公园城南公园江心岛公园同时开放）")


def test_a_headline_group_with_two_tagged_titles_holds_two_headlines():
    # content-stream order: the first article's headline is drawn after its body, the next
    # one's before its own, and each title carries its column's tag: one headline has one
    # 主题, so the group is cut before the second (neither title echoes its body's wording)
    lines = [*_body(STREET), "旧貌换新颜（民生关注）", "水上新路（交通观察）", "本报记者 周明", *_body(FERRY)]
    first, second = _articles(_stream(*lines))
    assert first.headline.title == "旧貌换新颜（民生关注）" and first.paragraphs == STREET
    assert second.headline.title == "水上新路（交通观察）" and second.paragraphs == FERRY


def test_a_short_tier_under_a_headline_that_the_body_tells_of_is_no_column_label():
    # a line stream: under its kicker a title of four characters stands where a column's
    # label might (before the byline); the body tells of its words, a label's it would not
    park = ["江城城东公园今天开放，开放首日游客近万人。", "公园开放后，周边居民散步休闲有了好去处。"]
    lines = ["老街改造惠及千户居民", "本报记者 周明", *_body(STREET),
             "春节前江城三座新公园迎客", "公园开放", "本报记者 林涛", *_body(park)]
    head = _articles(_stream(*lines))[1].headline
    assert (head.kicker, head.title) == ("春节前江城三座新公园迎客", "公园开放")
    # a column's label there, whose words the body does not tell of, labels the column
    lines[-len(_body(park)) - 2] = "民生观察"
    head = _articles(_stream(*lines))[1].headline
    assert head.title == "春节前江城三座新公园迎客"


def test_a_title_set_a_phrase_a_line_or_wrapped_onto_a_short_tail_is_one_title():
    from banmian.layout.tier_reading import reread_tiers
    from banmian.model import Headline

    # a first phrase of four characters over the second: one title, not title + subtitle
    head = Headline(title="求真务实", subtitle="在田野里找答案")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.title, head.subtitle) == ("求真务实 在田野里找答案", None)
    # a long title whose last words wrapped onto a line of their own
    head = Headline(title="江城市郊一座水库大坝", subtitle="已合龙")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.title, head.subtitle) == ("江城市郊一座水库大坝已合龙", None)
    # four characters there may be a column's label: it stays apart
    head = Headline(title="江城市郊一座水库大坝已合龙", subtitle="民生视点")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.title, head.subtitle) == ("江城市郊一座水库大坝已合龙", "民生视点")
    # a subtitle of its own stays: a clause under a longer title, a company's name over phrases
    head = Headline(title="江城市郊一座水库大坝顺利合龙", subtitle="市长出席仪式")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.title, head.subtitle) == ("江城市郊一座水库大坝顺利合龙", "市长出席仪式")
    head = Headline(title="江城制药", subtitle="坚持绿色生产 做好行业表率")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.title, head.subtitle) == ("江城制药", "坚持绿色生产 做好行业表率")


def test_an_authors_name_under_a_long_title_is_no_wrapped_tail():
    from banmian.layout.tier_reading import reread_tiers
    from banmian.model import Headline

    head = Headline(title="江城市郊一座水库大坝顺利合龙", subtitle="林志远")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.title, head.subtitle) == ("江城市郊一座水库大坝顺利合龙", "林志远")


def test_a_second_tier_going_on_from_the_first_ones_subject_is_its_subtitle():
    # a line stream's two tiers are kicker + title unless the words tell: a second tier opening
    # with the verb of the first one's subject, or reporting who attended, is the subtitle
    from banmian.layout.tier_reading import reread_tiers
    from banmian.model import Headline

    for second in ("强调扩大开放合作", "将新建三座公园", "市长李明出席"):
        head = Headline(kicker="江城市长会见外国客商代表团", title=second)
        reread_tiers(head, dashed=False, stream=True)
        assert (head.kicker, head.title, head.subtitle) == (None, "江城市长会见外国客商代表团", second)
    # under a lead-in (……——) the tier stays the title
    head = Headline(kicker="江城市园林局——", title="将新建三座公园")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.kicker, head.title) == ("江城市园林局——", "将新建三座公园")


def test_a_byline_under_a_headline_drawn_after_its_body_stays_when_the_next_one_is_drawn_so():
    # content-stream order: each headline and its reporters' byline are drawn after the body;
    # the byline under the first headline is followed by the second body, whose own headline
    # and byline come after it: the first byline is the first headline's, not the second body's
    # (the page ends with a brief drawn headline first, so not every headline trails its body)
    lines = [*_body(STREET), "老街改造惠及千户居民", "本报记者 周明 王芳",
             *_body(FERRY), "轮渡新增两条航线", "本报记者 林涛", "城东新建三座公园", *_body(PARKS)]
    first, second, _ = _articles(_stream(*lines))
    assert [b.name for b in first.bylines] == ["周明", "王芳"] and first.paragraphs == STREET
    assert [b.name for b in second.bylines] == ["林涛"] and second.paragraphs == FERRY


def test_a_photographers_name_and_she_alone_on_a_line_is_a_credit_not_a_byline():
    from banmian.layout.text_credits import name_alone_credit

    assert name_alone_credit("林小雨摄") == (None, "林小雨")
    assert name_alone_credit("正在拍摄") is None and name_alone_credit("摄") is None
    # in a stream: a caption's credit cut off its line is no author of the article around it
    lines = ["老街改造惠及千户居民", "本报记者 周明", *_body(STREET[:1]), "林小雨摄", *_body(STREET[1:]),
             "轮渡新增两条航线", "本报记者 林涛", *_body(FERRY)]
    first = _articles(_stream(*lines))[0]
    assert [b.name for b in first.bylines] == ["周明"]


def test_a_column_label_that_opens_with_a_surname_is_no_authors_name():
    # 时代新论 opens with a surname (时) but four characters after a one-character surname
    # make a column's label, not a name: no byline of the headline over it
    lines = ["老街改造惠及千户居民", "时代新论", *_body(STREET), "轮渡新增两条航线", "本报记者 林涛", *_body(FERRY)]
    first = _articles(_stream(*lines))[0]
    assert first.headline.title == "老街改造惠及千户居民" and first.bylines == [] and first.paragraphs == STREET
    # a name of four opening with a surname of two stays a name
    lines[1] = "欧阳明远"
    assert [b.name for b in _articles(_stream(*lines))[0].bylines] == ["欧阳明远"]


def test_a_block_from_a_lead_in_to_a_tagged_title_is_a_headline_with_its_author_under_it():
    # PyMuPDF's real blocks (tight leading): the kicker's lead-in, the title wrapped in a box
    # as narrow as a column and closed by the column's tag, and the author's name, in one block
    text = _blocks(["老街改造惠及千户居民"], ["本报记者 周明"], _body(STREET),
                   ["江城轮渡公司的老船长王大海——", "“江上往返三十年，", "不误一班船”（讲述·追梦人）", "林涛"],
                   _body(FERRY))
    second = _articles(text)[1]
    assert (second.headline.kicker, second.headline.title) == ("江城轮渡公司的老船长王大海——",
                                                               "“江上往返三十年，不误一班船”（讲述·追梦人）")
    assert [b.name for b in second.bylines] == ["林涛"] and second.paragraphs == FERRY


def test_a_year_in_the_second_tier_gives_no_figures():
    # in a line stream a second tier giving figures is the subtitle; a year is no figure
    from banmian.layout.tier_reading import title_then_subtitle

    assert not title_then_subtitle("佳作趋向现实题材", "2018年江城优秀文学作品揭晓")
    assert title_then_subtitle("江城旅游市场平稳", "游客人数同比增长10.4%")
