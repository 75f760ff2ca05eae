"""Text mode on real extractors' output (issue 9, point 8): how a headline's
tiers are named where the text gives no sizes (text35b). Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset_paragraphs


_MEETING = ["全市安全生产工作会议昨天召开，会议总结了去年的工作，部署了今年的重点任务，要求各区各部门层层压实责任。",
            "会议强调，要守住安全底线，扎实开展隐患排查整治，坚决遏制重特大事故发生，确保群众生命财产安全。"]
_PARK = ["江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，周边居民都很期待。",
         "市园林局负责人介绍，新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民散步休闲。"]


def _parse(lines: list[str]) -> list[banmian.Article]:
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def test_a_speaker_over_two_phrase_lines_is_the_kicker_not_a_label():
    # 王明强调 (a name and 强调, five characters) over the title's two phrases a line each: a short
    # first tier ending as a kicker does names who spoke; it is no column label over the headline
    lines = ["城东新建三座公园", *typeset_paragraphs(_PARK, 14),
             "王明强调", "压实安全责任", "守住发展底线 全力确保群众生命财产安全", *typeset_paragraphs(_MEETING, 14)]
    articles = _parse(lines)
    head = articles[-1].headline
    assert head.kicker == "王明强调"
    assert head.title.replace(" ", "") == "压实安全责任守住发展底线全力确保群众生命财产安全"


_COMMENT = ["前些天，小区门口的老路灯坏了，几位老人晚上出门散步很不方便，大家都很着急。",
            "第二天一早，物业的师傅就带着梯子来了，不到半天，路灯又亮了起来。",
            "小事不小。把群众的小事当成自己的大事，日子才会越过越亮堂。"]
_NEXT = ["本报江城3月2日电 江城轮渡公司今天开通两条新航线，连通城东码头和江心岛，每天往返二十个班次。",
         "轮渡公司负责人说，新航线开通后，两岸居民出行更方便。"]


def test_a_lead_of_clauses_over_a_body_closed_by_its_headline_is_the_first_paragraph():
    # a stream drawing the commentary's headline after its body: the summary over the body, a line of
    # clauses with no full stop, is the body's lead, not a kicker of the headline drawn after the body
    lead = "把群众的小事当成自己的大事，日子才会越过越亮堂，城市才会越来越温暖"
    lines = ["江城轮渡开通新航线", *typeset_paragraphs(_NEXT, 14), "（下转第3版）",
             lead[:14], lead[14:28], lead[28:], *typeset_paragraphs(_COMMENT, 14), "路灯亮了（今日谈）", "李明"]
    article = _parse(lines)[-1]
    assert (article.headline.kicker, article.headline.title) == (None, "路灯亮了（今日谈）")
    assert article.paragraphs[0] == lead


def test_a_headline_signed_under_it_over_a_body_is_no_lead():
    # (session 35, lead) an author's name alone among the lines over the body: a headline and its
    # author, however many clauses the text run into it carries (pdftotext -layout's runs of columns)
    from banmian.layout.lead_paragraphs import leads_over_closing_headlines
    from banmian.layout.roles import BODY, TITLE
    from banmian.layout.text_units import Unit
    from banmian.model import Block
    group = [Unit(Block(["新使命：城市的担当", "李明"], TITLE)),
             Unit(Block(["把群众的小事当成自己的大事，日子才会越过越亮堂，城市才会越来越温暖"], TITLE)),
             Unit(Block(["前些天，小区门口的老路灯坏了。"], BODY)), Unit(Block(["路灯亮了（今日谈）"], TITLE))]
    leads_over_closing_headlines(group)
    assert [u.block.role for u in group] == [TITLE, TITLE, BODY, TITLE]


def test_a_column_label_after_a_dashed_subtitle_narrower_than_its_title_is_no_tail():
    # a stream drawing the headline after its body, then the next column's label (理论前沿): the dashed
    # subtitle, narrower than the title line over it, filled no box, so the label is no wrapped tail of it
    lines = ["城东新建三座公园", "本报记者 张海平", *typeset_paragraphs(_PARK, 14),
             *typeset_paragraphs(_MEETING, 14), "全市安全生产工作会议部署今年重点任务（权威发布）",
             "——压实各方责任守住安全底线", "理论前沿", *typeset_paragraphs(_COMMENT, 14), "路灯亮了（今日谈）", "李明"]
    articles = _parse(lines)
    meeting = next(a for a in articles if a.headline.title == "全市安全生产工作会议部署今年重点任务（权威发布）")
    assert meeting.headline.subtitle.lstrip("—") == "压实各方责任守住安全底线"


def test_a_label_after_a_dashed_subtitle_over_the_next_headline_is_no_tail():
    # the same, the label drawn right over the next article's headline (kicker and title)
    lines = ["城东新建三座公园", "本报记者 张海平", *typeset_paragraphs(_PARK, 14),
             *typeset_paragraphs(_MEETING, 14), "全市安全生产工作会议部署今年重点任务（权威发布）",
             "——压实各方责任守住安全底线", "理论前沿", "小事见初心", "路灯亮了（今日谈）", "李明", *typeset_paragraphs(_COMMENT, 14)]
    articles = _parse(lines)
    meeting = next(a for a in articles if a.headline.title == "全市安全生产工作会议部署今年重点任务（权威发布）")
    assert meeting.headline.subtitle.lstrip("—") == "压实各方责任守住安全底线"


def test_a_line_stream_keeps_a_label_off_a_dashed_subtitle_narrower_than_its_title():
    # the line stream's own test: the label under a dashed subtitle that its title's line outruns is
    # a tier of its own, not the subtitle's wrapped tail
    from banmian.layout.reflow import cell_width
    from banmian.layout.stream_measure import Measure
    from banmian.layout.stream_tiers import wraps_tier

    subtitle = "——压实各方责任守住安全底线"
    lines = [*typeset_paragraphs(_MEETING, 14), "图为会议现场。", "李明 摄",
             "全市安全生产工作会议部署今年重点任务（权威发布）", subtitle, "安全论坛",
             "城东公园开园", "市民游客点赞", "江城新建三座公园全部免费开放", *typeset_paragraphs(_PARK, 14)]
    m = Measure(lines)
    k = lines.index("安全论坛")
    assert not wraps_tier(m, [cell_width(subtitle)], subtitle, k)
