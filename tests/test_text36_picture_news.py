"""Text mode on real extractors' output (issue 9): picture news (图片新闻), a
headline whose whole story is a photo's caption (text36b). Every text here is
invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset_paragraphs

_MARKET = ["城西农贸市场改造后重新开业，摊位由原来的八十个增加到一百二十个，市场里干净整洁。",
           "市场管理方介绍，改造后的市场设置了溯源查询屏，市民扫码就能看到蔬菜的产地和检测结果。"]
_BRIDGE = ["江城大桥维修工程近日完工，桥面铺装和伸缩缝全部更换，大桥恢复双向六车道通行。维修期间，施工单位采取夜间"
           "施工的办法，尽量减少对市民出行的影响。"]
_CAPTION = ("五月三日，市民在江城湿地公园观赏盛开的荷花。眼下正值荷花初开时节，公园里二十多个品种的荷花竞相开放，"
            "游人如织，不少市民带着孩子前来拍照留念。")


def _parse(lines: list[str]) -> list[banmian.Article]:
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def _page(caption_lines: list[str]) -> list[str]:
    return ["城西农贸市场焕新开业", "本报记者 刘洋", *typeset_paragraphs(_MARKET, 13),
            "湿地荷花初绽放", *caption_lines,
            "江城大桥恢复通行", "本报记者 孙丽", *typeset_paragraphs(_BRIDGE, 13)]


def test_a_headline_over_a_caption_alone_is_picture_news():
    # the headline stands over a caption (its credit run on) and the next article's headline follows:
    # it heads the caption, its own story, and closes no body over it
    caption = [_CAPTION[i:i + 29] for i in range(0, len(_CAPTION), 29)]
    caption[-1] += "本报记者 王军 摄"
    articles = _parse(_page(caption))
    assert [a.headline.title for a in articles] == ["城西农贸市场焕新开业", "湿地荷花初绽放", "江城大桥恢复通行"]
    assert articles[0].headline.subtitle is None
    assert articles[1].paragraphs == []


def test_a_captions_first_line_cut_off_from_it_is_no_subtitle():
    # the caption's first line holds a sentence's end (。) and stops in mid-clause: no headline tier,
    # the caption's own first line however the extractor cut it off
    caption = [_CAPTION[i:i + 29] for i in range(0, len(_CAPTION), 29)] + ["王军 摄"]
    articles = _parse(_page(caption))
    assert [a.headline.title for a in articles] == ["城西农贸市场焕新开业", "湿地荷花初绽放", "江城大桥恢复通行"]
    assert articles[1].headline.subtitle is None and articles[1].paragraphs == []


def test_a_heading_over_a_caption_of_other_words_opens_no_article():
    # the caption tells of none of the heading's words (a subheading of the body over it, then a photo
    # of that body): no picture news
    caption = [_CAPTION[i:i + 29] for i in range(0, len(_CAPTION), 29)]
    caption[-1] += "本报记者 王军 摄"
    lines = _page(caption)
    lines[lines.index("湿地荷花初绽放")] = "菜价稳定货源充足"
    articles = _parse(lines)
    assert all(a.paragraphs for a in articles)  # no article of the heading and the caption alone
