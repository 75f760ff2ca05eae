"""Text mode (a line stream, PyMuPDF get_text()): a headline tier wrapped so
that its last words stand on a short line of their own is one tier, not a
column's label under the headline. Every text here is invented."""

from __future__ import annotations

import banmian
from banmian.layout.text_headlines import _box_tiers, wraps_on
from banmian.layout.tier_patterns import ends_before_verb
from tests.test_line_stream import FERRY, PARKS, stream
from tests.test_line_stream import typeset_body as _body


def _titles(*headline: str, body: list[str] = PARKS, dateline: str = "本报江城3月2日电 ",
            blocks: bool = False) -> list[str | None]:
    """The titles read from a headline over its body, a line stream (PyMuPDF get_text(); ``blocks``:
    its blocks output, a line a block)."""
    paragraphs = [dateline + body[0], *body[1:]]
    lines = [*headline, *_body(paragraphs)]
    text = stream(*lines) if blocks else "\n".join(lines) + "\n"
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    return [(a.headline.title or "").replace(" ", "") for a in articles]


def test_a_line_closing_on_the_passive_goes_on_under_it():
    # 被 waits for its verb: the line under it (开除党籍, four characters as a label has) is the tier's end
    assert ends_before_verb("江城市原副市长王某严重违纪违法被")
    assert wraps_on("江城市原副市长王某严重违纪违法被", "开除党籍", None)
    assert not ends_before_verb("盖上一床新棉被")
    titles = _titles("江城市原副市长王某严重违纪违法被", "开除党籍", body=FERRY)
    assert titles == ["江城市原副市长王某严重违纪违法被开除党籍"]


def test_a_line_closing_on_the_modal_goes_on_under_it():
    # …企业可 / 从重处罚: the modal's verb is on the next line; 认可, 许可 end words of their own
    assert ends_before_verb("偷排污水的企业可")
    assert not ends_before_verb("新方案获得群众认可")
    titles = _titles("江城环保局等三部门发文", "长江沿岸偷排污水的企业可", "从重处罚", "本报记者 李明")
    assert titles == ["长江沿岸偷排污水的企业可从重处罚"]


def test_a_short_line_opening_with_a_conjunction_is_no_label():
    # 烟火气息 / 与古韵同在: a column's label names the column; none opens with 与 (and), 被 or 并
    titles = _titles("城南老街改造完工", "烟火气息", "与古韵同在", "本报记者 李明")
    assert titles == ["烟火气息与古韵同在"]


def test_a_label_under_a_whole_headline_is_still_dropped():
    # 民生视点 under a whole title, before the body: the column's label, not a tier
    titles = _titles("城东新建三座公园", "民生视点")
    assert titles == ["城东新建三座公园"]


def test_a_name_shaped_phrase_between_a_kicker_and_the_titles_second_phrase_is_the_titles():
    # 高台舞狮 (高 a surname, four characters: a column's label shape) between the kicker and a phrase of
    # its length that closes the headline (the byline under it): the title's first phrase, no label
    lion = ["新春佳节，老城热闹非凡，古镇上演“高台舞狮”等民俗表演，欢腾的锣鼓声引来四方游客。",
            "当地文化部门介绍，高台舞狮是古镇流传百年的民俗，今年还吸引了不少年轻人学习。"]
    titles = _titles("老城闹新春", "高台舞狮", "欢腾古镇", "本报记者 李明", body=lion, blocks=True)
    assert titles == ["高台舞狮欢腾古镇"]


def test_a_name_shaped_tail_the_body_spells_ends_the_headline_line_over_it():
    # …首批电子公交 / 车票 (车 a surname: a name's shape) under the title, the author's name under it:
    # the article tells of 车票 again (no author's name is a word of what he signs), so it is the
    # title's last word, and the name under it stays the byline
    tickets = ["江城公交集团今天起向市民发放首批电子车票，市民用手机就能扫码乘车，不用再排队买票。",
               "公交集团负责人说，电子车票上线后，全市三百多条公交线路都可以使用，老人也有专人指导。"]
    text = stream("江城发放首批电子公交", "车票", "王红梅", *_body(["本报江城3月2日电 " + tickets[0], tickets[1]]))
    article, = banmian.parse_text(text, enrich=False).pages[0].articles
    assert (article.headline.title or "").replace(" ", "") == "江城发放首批电子公交车票"
    assert [b.name for b in article.bylines] == ["王红梅"]


def test_a_dashed_line_under_a_title_as_wide_as_a_narrow_box_opens_the_subtitle():
    # two lines that could fill one narrow box (ten cells); the second opens with the dash a
    # subtitle opens with: a title and its subtitle, not one title wrapped in its box
    assert _box_tiers(["城东新建三座大型公园", "——居民散步有了好去处"]) == ["城东新建三座大型公园", "——居民散步有了好去处"]
    # the page draws each headline after its body (content-stream order), the author under it
    text = stream(*_body(["本报江城3月2日电 " + PARKS[0], PARKS[1]]), "城东新建三座大型公园", "——居民散步有了好去处",
                  "李明", *_body(["本报江城3月2日电 " + FERRY[0], FERRY[1]]), "江城轮渡新开两条航线", "王红")
    first = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    assert first.headline.title == "城东新建三座大型公园"
    assert (first.headline.subtitle or "").lstrip("—") == "居民散步有了好去处"
