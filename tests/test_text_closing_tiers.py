"""What closes a body is no headline tier in a line stream: a closing dateline
alone after a closing note, a sentence's end with its dateline, the tail of a
dateline's bracket the body left open, and the authors' bracket alone.
Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset_body


def _articles(*lines: str) -> list:
    return banmian.parse_text(stream(*lines), enrich=False).pages[0].articles


def test_a_dateline_alone_after_a_closing_note_is_the_articles_dateline():
    articles = _articles("江城新建三座公园", "本报记者 李平", *typeset_body(PARKS), "本版制图：林小海",
                         "（本报江城2月3日电）", "老街改造完工", "本报记者 赵冬", *typeset_body(STREET))
    parks = next(a for a in articles if a.headline.title == "江城新建三座公园")
    street = next(a for a in articles if a.headline.title == "老街改造完工")
    assert parks.dateline == "本报江城2月3日电"
    assert street.headline.kicker is None and street.headline.subtitle is None


def test_a_sentence_end_set_with_its_dateline_goes_back_to_the_body():
    # the body's last words and the dateline share a line the extractor set apart
    articles = _articles("江城新建三座公园", "本报记者 李平", *typeset_body(PARKS), "负责人说。（本报江城2月3日电）",
                         "老街改造完工", "本报记者 赵冬", *typeset_body(STREET))
    parks = next(a for a in articles if a.headline.title == "江城新建三座公园")
    street = next(a for a in articles if a.headline.title == "老街改造完工")
    assert parks.paragraphs[-1].endswith("负责人说。")
    assert parks.dateline == "本报江城2月3日电"
    assert street.headline.kicker is None and street.headline.subtitle is None


def test_the_tail_of_a_dateline_bracket_left_open_is_no_kicker():
    # headlines drawn after their bodies; the closing dateline's bracket wraps after one character
    articles = _articles(*typeset_body(PARKS), "（新华社江城2月3日电 记者张小平、李", "明）", "江城新建三座公园",
                         *typeset_body(FERRY), "轮渡新增两条航线")
    parks = next(a for a in articles if a.headline.title == "江城新建三座公园")
    assert parks.headline.kicker is None
    assert sorted(b.name for b in parks.bylines) == ["张小平", "李明"]


_FAIR = ["江城第十二届冰雪节昨天在江边开幕，来自各地的游客在冰场上滑冰、观灯，冰雪节将持续一个月。",
         "冰雪节期间的活动安排如下：上午在江边冰场滑冰，下午参观冰雕展览，晚上观赏灯会；"]


def test_the_authors_bracket_alone_is_no_kicker_of_the_next_brief():
    articles = _articles("冰雪节开幕", "本报记者 赵冬", *typeset_body(_FAIR),
                         "（王海 陈明）", "轮渡新增两条航线", *typeset_body(FERRY))
    ferry = next(a for a in articles if a.headline.title == "轮渡新增两条航线")
    assert ferry.headline.kicker is None


def test_a_photo_reports_credit_is_no_headline():
    # a brief closed by its photo report's credit and its authors; the next brief's title under it
    articles = _articles("简讯", "江城新建三座公园", *typeset_body(PARKS), "张 海 林 青摄影报道（江城视觉）", "（王海 陈明）",
                         "轮渡新增两条航线", *typeset_body(FERRY))
    parks = next(a for a in articles if "江城新建三座公园" in (a.headline.kicker, a.headline.title))
    ferry = next(a for a in articles if a.headline.title == "轮渡新增两条航线")
    assert parks.headline.title == "江城新建三座公园" and parks.headline.kicker is None
    assert sorted(b.name for b in parks.bylines) == ["王海", "陈明"]
    assert ferry.headline.kicker is None


def test_a_photo_reports_credit_and_its_authors_close_the_brief_before_the_next_headline():
    # the authors' bracket wraps inside a name (陈明 / 亮); the next article's kicker and title follow
    articles = _articles("江城新建三座公园", *typeset_body(PARKS), "张海 林青摄影报道", "（江城视觉）（王海 陈明", "亮）",
                         "江城市长给轮渡船员回信", "勉励他们安全行船服务市民", "本报记者 李平", *typeset_body(FERRY))
    parks = next(a for a in articles if a.headline.title == "江城新建三座公园")
    ferry = next(a for a in articles if a.headline.title == "勉励他们安全行船服务市民")
    assert sorted(b.name for b in parks.bylines) == ["王海", "陈明亮"]
    assert ferry.headline.kicker == "江城市长给轮渡船员回信"


def test_a_closing_dateline_after_a_closing_note_on_its_line_is_the_dateline():
    articles = _articles("江城新建三座公园", "本报记者 李平", *typeset_body(PARKS), "本版制图：林小海（本报江城2月3日电）",
                         "老街改造完工", "本报记者 赵冬", *typeset_body(STREET))
    parks = next(a for a in articles if a.headline.title == "江城新建三座公园")
    assert parks.dateline == "本报江城2月3日电"
    assert parks.paragraphs[-1] == "本版制图：林小海"


def test_a_closing_dateline_naming_its_reporters_wrapped_inside_a_name():
    # headlines drawn after their bodies; the dateline's bracket wraps inside the second reporter's name
    articles = _articles(*typeset_body(STREET), "老街改造完工", *typeset_body(PARKS), "（新华社江城2月3日电 记者张小平、李",
                         "明）", "江城新建三座公园", "——全部向市民免费开放", *typeset_body(FERRY), "轮渡新增两条航线")
    parks = next(a for a in articles if a.headline.title == "江城新建三座公园")
    assert parks.dateline == "新华社江城2月3日电"
    assert sorted(b.name for b in parks.bylines) == ["张小平", "李明"]


def test_an_agency_bracket_alone_under_a_photos_credit_is_the_credits():
    from banmian.layout.closing_tiers import closing_tiers_to_body
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    units = [Unit(Block(["城东新公园一角。"], Role.CAPTION)), Unit(Block(["林小海摄"], Role.CREDIT)),
             Unit(Block(["（江城视觉）"], Role.TITLE)), Unit(Block(["城东公园的四季（城建观察）"], Role.TITLE))]
    out = closing_tiers_to_body(units)
    assert [(u.role, u.lines) for u in out] == [(Role.CAPTION, ["城东新公园一角。"]),
                                                (Role.CREDIT, ["林小海摄", "（江城视觉）"]),
                                                (Role.TITLE, ["城东公园的四季（城建观察）"])]
