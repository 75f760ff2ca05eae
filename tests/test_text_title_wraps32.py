"""Text mode (issue 9): a title wrapped over two lines read as kicker + title,
where no type size tells them apart. The line ends tell: an adverb that waits
for its verb (…部门已 / 组建…), a figure made approximate on the next line
(…200 / 多项…), the particle 之 opening a line (…厚德 / 之所…); and a title of
three characters at most under its column's tag is a box's last line, not a
title under a kicker. Own sample text; see tests/test_line_stream.py."""

from __future__ import annotations

import banmian
from banmian.layout.number_breaks import cut_inside_number
from banmian.layout.text_headlines import wraps_on
from banmian.layout.tier_patterns import ends_before_verb, opens_inside_word
from banmian.layout.tier_wording import tagged_tail_joins_kicker
from banmian.model import Headline
from tests.test_line_stream import PARKS, STREET, stream
from tests.test_line_stream import typeset_body as _body


def _heads(*lines: str) -> list[tuple[str | None, str | None, str | None]]:
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


def test_a_line_ending_in_an_adverb_goes_on_to_its_verb():
    assert ends_before_verb("江城三区环保部门已")
    assert ends_before_verb("城东新公园正在")
    assert ends_before_verb("地铁二号线即将")
    # 不已 and 而已 end a phrase (感慨不已): no verb waits
    assert not ends_before_verb("老街居民感慨不已")
    assert not ends_before_verb("不过是一场游戏而已")
    assert wraps_on("江城三区环保部门已", "建立联合执法小组", None)
    assert not wraps_on("江城三区环保部门", "建立联合执法小组", None)


def test_a_figure_made_approximate_on_the_next_line_is_cut_inside():
    assert cut_inside_number("江城城东去年整治300", "多处违建")
    assert cut_inside_number("两岸志愿者50", "余人参加义诊")
    assert wraps_on("江城城东去年整治300", "多处违建", None)
    assert not cut_inside_number("江城城东去年整治", "多处违建")


def test_a_line_opening_with_the_particle_zhi_goes_on_the_tier_above():
    assert opens_inside_word("之所（江城时评）")
    assert opens_inside_word("之一")
    assert not opens_inside_word("之江新语")  # a place's name
    assert wraps_on("让老街成为安居", "之所（江城时评）", None)


def _first_head(*head: str) -> tuple[str | None, str | None, str | None]:
    lines = [*head, "本报记者 林涛", *_body(PARKS), "老街改造惠及千户居民", "本报记者 张文", *_body(STREET)]
    return _heads(*lines)[0]


def test_a_title_wrapped_at_its_line_ends_is_one_title_in_a_stream():
    assert _first_head("江城城东去年整治300", "多处违建") == (None, "江城城东去年整治300多处违建", None)
    assert _first_head("让老街成为居民安居", "之所（江城时评）") == (None, "让老街成为居民安居之所（江城时评）", None)
    assert _first_head("谱写江城老街保护新", "篇章（江城时评）") == (None, "谱写江城老街保护新篇章（江城时评）", None)


def test_a_short_tagged_title_under_a_plain_line_is_that_titles_tail():
    head = Headline(kicker="谱写江城老街保护新", title="篇章（江城时评）")
    tagged_tail_joins_kicker(head)
    assert (head.kicker, head.title) == (None, "谱写江城老街保护新篇章（江城时评）")
    # the tail as long as each phrase a space apart over it is one phrase more: the space stays
    head = Headline(kicker="守护 传承", title="创新（江城论坛）")
    tagged_tail_joins_kicker(head)
    assert (head.kicker, head.title) == (None, "守护 传承 创新（江城论坛）")
    # a quotation closed at the line end ends a phrase, not the tier
    head = Headline(kicker="念好“节约经”", title="这本账（江城时评）")
    tagged_tail_joins_kicker(head)
    assert head.title == "念好“节约经”这本账（江城时评）"


def test_a_kicker_that_ends_a_tier_or_a_longer_title_stays_as_read():
    for kicker, title in [("市长在全市防汛工作会议上强调", "守住底线（江城时评）"),  # a speaker's kicker
                          ("老街居民——", "安居（江城时评）"),  # a dash leads in
                          ("民生关注", "冲浪（江城影像）"),  # a column's label
                          ("江城老街改造", "千户居民告别积水（江城时评）")]:  # a title that tells more
        head = Headline(kicker=kicker, title=title)
        tagged_tail_joins_kicker(head)
        assert (head.kicker, head.title) == (kicker, title)
