"""A page's slogan band of two parallel phrases, drawn next to a headline in a
line stream, is no tier of a headline that is whole without it. Every text
here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset_body


def _articles(*lines: str) -> list:
    return banmian.parse_text(stream(*lines), enrich=False).pages[0].articles


def test_a_banner_over_a_title_with_its_dashed_subtitle_is_no_kicker():
    articles = _articles("轮渡新增两条航线", "本报记者 李平", *typeset_body(FERRY),
                         "共建美丽江城 同享幸福生活", "城东新建三座公园", "——全部向市民免费开放", "本报记者 赵冬",
                         *typeset_body(PARKS))
    parks = next(a for a in articles if a.headline.title == "城东新建三座公园")
    assert parks.headline.kicker is None
    assert parks.headline.subtitle.lstrip("—") == "全部向市民免费开放"


def test_a_banner_under_a_tagged_title_is_no_subtitle():
    articles = _articles("轮渡新增两条航线（江城观察）", "共建美丽江城 同享幸福生活", "本报记者 李平", *typeset_body(FERRY),
                         "老街改造完工", "本报记者 赵冬", *typeset_body(STREET))
    ferry = next(a for a in articles if (a.headline.title or "").startswith("轮渡新增两条航线"))
    assert ferry.headline.subtitle is None


def test_two_phrases_under_an_untagged_title_alone_stay_its_subtitle():
    from banmian.layout.tier_reading import drop_banner_tiers
    from banmian.model import Headline

    # a result in two parallel phrases under the title naming the contest (no tag, no kicker)
    head = Headline(kicker=None, title="江城队完成联赛全部比赛", subtitle="主场保持全胜 客场连胜五场")
    drop_banner_tiers(head, dashed=False)
    assert head.subtitle == "主场保持全胜 客场连胜五场"


def test_a_banner_between_two_articles_is_no_tier_of_the_one_before():
    # the street's headline closes its body, the parks' opens its own; the band across the page
    # comes next in the stream, then the ferry's body, whose headline the stream draws after it
    ferry = typeset_body(["本报江城2月3日电  " + FERRY[0], FERRY[1]])
    articles = _articles(*typeset_body(STREET), "老街改造完工", "江城新建三座公园", "本报记者 李平", *typeset_body(PARKS),
                         "共建美丽江城 同享幸福生活", *ferry, "轮渡新增两条航线")
    parks = next(a for a in articles if "江城新建三座公园" in (a.headline.kicker, a.headline.title))
    assert (parks.headline.kicker, parks.headline.title, parks.headline.subtitle) == (None, "江城新建三座公园", None)
