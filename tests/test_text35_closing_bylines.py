"""Text mode on real extractors' output (issue 9, point 8): a reporter's line
set flush right under the last sentence of a body signs that body, not the
text under it, when it can open nothing (text35b). Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset_paragraphs


_PARK = ["江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，周边居民都很期待。",
         "市园林局负责人介绍，新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民散步休闲。"]
_FERRY = ["新华社江城3月2日电 江城轮渡公司今天开通两条新航线，连通城东码头和江心岛，每天往返二十个班次。",
          "轮渡公司负责人说，新航线开通后，两岸居民出行更方便，江心岛的游客也越来越多。"]
_ORCHARD = ["南山乡的柑橘合作社去年试种新品种，收成比往年多出三成，社员分红翻了一番，大家干劲更足了。",
            "合作社负责人说，今年柑橘合作社还要扩种两百亩，带动周边农户一起种柑橘，走上致富路。"]


def _parse(lines: list[str]) -> list[banmian.Article]:
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def test_a_byline_over_a_body_closed_by_its_own_headline_signs_the_body_before():
    # a headline over its body, its reporters' line under the last sentence; then a dated body whose
    # headline is drawn after it (a content stream's order) with its own byline under it: a headline
    # has one byline, so the line over that body is the first article's
    lines = ["城东新建三座公园", *typeset_paragraphs(_PARK, 14), "本报记者 张海平 李文",
             *typeset_paragraphs(_FERRY, 14), "江城轮渡开通两条新航线", "本报记者 王芳"]
    articles = _parse(lines)
    assert [a.headline.title for a in articles] == ["城东新建三座公园", "江城轮渡开通两条新航线"]
    assert [b.name for b in articles[0].bylines] == ["张海平", "李文"]
    assert [b.name for b in articles[1].bylines] == ["王芳"]
    assert articles[1].paragraphs[0].startswith("江城轮渡公司今天")


def test_a_byline_at_the_end_of_the_page_signs_the_body_over_it():
    lines = ["城东新建三座公园", *typeset_paragraphs(_PARK, 14), "记者 张海平 李文"]
    articles = _parse(lines)
    assert len(articles) == 1
    assert [b.name for b in articles[0].bylines] == ["张海平", "李文"]


def test_a_byline_over_a_headline_with_its_own_byline_signs_the_body_before():
    # body, reporters' line, then the next headline with its own author under it: a headline has one
    # byline, so the line over it closes the body before
    lines = ["城东新建三座公园", *typeset_paragraphs(_PARK, 14), "记者 张海平 李文",
             "南山乡柑橘合作社扩种两百亩", "王芳", *typeset_paragraphs(_ORCHARD, 14)]
    articles = _parse(lines)
    assert [a.headline.title for a in articles] == ["城东新建三座公园", "南山乡柑橘合作社扩种两百亩"]
    assert [b.name for b in articles[0].bylines] == ["张海平", "李文"]
    assert [b.name for b in articles[1].bylines] == ["王芳"]


def test_a_byline_over_a_body_whose_late_headline_is_unsigned_still_opens_it():
    # without a byline under the late headline the line over the body may be that body's own
    # (a stream drawing byline, body, headline): it opens it, as before
    lines = ["城东新建三座公园", *typeset_paragraphs(_PARK, 14), "本报记者 张海平 李文",
             *typeset_paragraphs(_FERRY, 14), "江城轮渡开通两条新航线"]
    articles = _parse(lines)
    assert [b.name for b in articles[-1].bylines] == ["张海平", "李文"]


def test_a_byline_over_a_headed_body_still_opens_it():
    # the same line over a body whose headline stands over the byline opens that body (unchanged)
    lines = ["城东新建三座公园", *typeset_paragraphs(_PARK, 14),
             "江城轮渡开通两条新航线", "本报记者 张海平 李文", *typeset_paragraphs(_FERRY, 14)]
    articles = _parse(lines)
    assert [a.headline.title for a in articles] == ["城东新建三座公园", "江城轮渡开通两条新航线"]
    assert articles[0].bylines == []
    assert [b.name for b in articles[1].bylines] == ["张海平", "李文"]


def test_a_closing_dateline_over_the_authors_bracket_is_the_dateline():
    # ……。（本报江城3月2日电） then （本报记者 张海平） on the next line: the names are cut first,
    # then the dateline they uncover ends the body too
    body = typeset_paragraphs(_PARK, 14)
    lines = ["城东新建三座公园", *body[:-1], body[-1] + "（本报江城3月2日电）", "（本报记者 张海平）"]
    article = _parse(lines)[0]
    assert article.dateline == "本报江城3月2日电"
    assert [b.name for b in article.bylines] == ["张海平"]
    assert article.paragraphs[-1].endswith("方便周边居民散步休闲。")


def test_names_set_apart_under_a_closing_dateline_are_the_authors():
    # a line stream reads the flush-right names under the dated last line into the body's block
    body = typeset_paragraphs(_PARK, 14)
    lines = ["城东新建三座公园", *body[:-1], body[-1] + "（本报江城3月2日电）", "张海平 李文"]
    article = _parse(lines)[0]
    assert article.dateline == "本报江城3月2日电"
    assert [b.name for b in article.bylines] == ["张海平", "李文"]
    assert article.paragraphs[-1].endswith("方便周边居民散步休闲。")


_LANES = ["本报讯（记者 林海 通讯员 周文）最近，城南几条老街巷的门牌换了新样式，引来不少街坊驻足拍照。",
          "街道办负责人说，新门牌标出了街巷的来历，让居民和游客走在巷子里也能读懂老城的过去。"]


def test_a_byline_under_a_closing_headline_stays_when_the_body_after_signs_itself():
    # a stream drawing headline and byline after the body: the byline under the headline is that
    # headline's, since the report after it names its own reporters, run in after its dateline
    lines = ["江城轮渡开通两条新航线", *typeset_paragraphs(_FERRY, 14), "（下转第3版）",
             *typeset_paragraphs(_PARK, 14), "城东新建三座公园", "本报记者 张海平",
             *typeset_paragraphs(_LANES, 14), "老街巷换上新门牌"]
    articles = _parse(lines)
    park = next(a for a in articles if a.headline.title == "城东新建三座公园")
    lanes = next(a for a in articles if a.paragraphs and a.paragraphs[0].startswith("最近，城南"))
    assert [b.name for b in park.bylines] == ["张海平"]
    assert [b.name for b in lanes.bylines] == ["林海", "周文"]
