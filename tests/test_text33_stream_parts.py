"""Text mode on real extractors' output (issue 9, point 8): an article's parts
in a line stream (PyMuPDF get_text(), no blank line) that must stay in it.
Every text here is invented."""

from __future__ import annotations

import banmian

from banmian.layout.text_shapes import headline_box
from tests.test_line_stream import typeset, typeset_paragraphs

_WIDTH = 14
_BEFORE = ["江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，周边居民都很期待。",
           "市园林局负责人介绍，新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民散步休闲。"]
_AFTER = ["园林局还将在公园里增设自行车停放点和公共厕所，让市民在公园里待得更舒心，也更方便。",
          "目前，三座公园的设计方案已经完成公示，预计今年年底前全部建成开放，迎接市民游览。"]


def _articles(lines: list[str]):
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def test_a_label_over_its_lead_sentence_wrapped_once_is_a_subheading_in_the_body():
    # inside one article's body (one column measure above and below): a subheading's short
    # label, then its lead sentence in bold, no full stop, wrapped once at the column's width
    # (the line holds a comma and ends on a word cut). Three headline-like lines in a row; no
    # new article opens there: the label heads a part, the sentence under it is that part's lead
    lead = ["公园建设，既要看数量也", "要看质量，更要看口碑"]
    lines = ["城东新建三座公园", *typeset_paragraphs(_BEFORE, _WIDTH), "绿色家园更宜居", *lead,
             *typeset_paragraphs(_AFTER, _WIDTH)]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["城东新建三座公园"]
    assert articles[0].paragraphs == [*_BEFORE, "绿色家园更宜居", "".join(lead), *_AFTER]


_FERRY = ["本报江城3月2日电 江城轮渡公司今天开通两条新航线，连通城东码头和江心岛，每天往返二十个班次。",
          "轮渡公司负责人说，新航线开通后，两岸居民出行更方便，江心岛的游客也越来越多。"]


def test_a_title_wrapped_in_a_narrow_box_of_ragged_lines_is_a_headline_box():
    # a title wrapped over four lines of a narrow box (9, 7, 9 and 8 cells: ragged, its last line
    # not the shortest, no mark in it): a column's line inside a paragraph is never short, so the
    # lines are no column text however many they are; a column's lines running on into the next
    # block (one width, the paragraph's first line indented) stay column text
    box = ["新航线让两岸居民出", "行更方便游客", "更多江心岛的日子越", "过越红火生意越好"]
    assert headline_box(box, 9.0)
    column = typeset(_FERRY[1], 9)[:4]
    assert not headline_box(column, 9.0)


_ORCHARD = ["南山乡的柑橘合作社去年试种新品种，收成比往年多出三成，社员分红翻了一番，大家干劲更足了。",
            "合作社负责人说，今年还要扩种两百亩，带动周边农户一起种柑橘，走上致富路。"]


def test_a_headline_over_a_dated_body_left_without_one_closes_it():
    # PyMuPDF's get_text() of a page drawing headlines before and after their bodies: a title and
    # its byline over its body, then a second body opening with its dateline and sent on to another
    # page (（下转第2版）), then a headline whose words echo neither body, then a third body and
    # its headline after it. The second body has no headline over it: the headline under it is
    # its own (drawn after it), not the third body's
    lines = ["城东新建三座公园", "本报记者 张海平", *typeset_paragraphs(_BEFORE, _WIDTH),
             *typeset_paragraphs(_FERRY, _WIDTH), "（下转第2版）", "水上巴士惠及万家",
             *typeset_paragraphs(_ORCHARD, _WIDTH), "柑橘合作社扩种两百亩"]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["城东新建三座公园", "水上巴士惠及万家", "柑橘合作社扩种两百亩"]
    assert [a.paragraphs[0][:6] for a in articles] == ["江城今年计划", "江城轮渡公司", "南山乡的柑橘"]


def test_a_tier_line_ending_in_an_adverb_that_needs_its_verb_goes_on():
    # 累计, 进一步, 逐步 stand before a verb and end no phrase: a headline line ending in one is a
    # tier wrapped (…合作社累计 / 增收三千万元), however the lines fall; 不断 may close a tier
    # (围绕某某问题摩擦不断 / 某某关系再起风波: a kicker over its title)
    from banmian.layout.text_headlines import wraps_on
    for adverb in ("累计", "进一步", "逐步"):
        assert wraps_on(f"南山乡柑橘合作社{adverb}", "增收三千万元", None)
    assert not wraps_on("南山乡柑橘合作社", "增收三千万元", None)
    assert not wraps_on("围绕果园用水问题摩擦不断", "两村关系再起风波", None)


def test_two_figures_meeting_at_a_box_line_break_close_two_tiers():
    # a narrow headline box: a title wrapped over two lines ending in a figure with its measure,
    # then a line opening with digits (its subtitle's figure): two figures never stand side by side
    # in one phrase without a mark, so the box holds two tiers; a figure over words goes on
    from banmian.layout.text_headlines import _box_tiers
    assert _box_tiers(["南山乡柑橘合作社", "增收3000万元", "2000多户农民受益"]) == ["南山乡柑橘合作社增收3000万元", "2000多户农民受益"]
    assert _box_tiers(["南山乡柑橘合作社", "增收3000万元", "农民受益"]) == ["南山乡柑橘合作社增收3000万元农民受益"]


def test_two_box_lines_over_a_dashed_subtitle_are_one_title_when_the_first_ends_in_an_adverb():
    # two lines of a narrow box over a —— subtitle, the body spelling nothing across their break:
    # a kicker and its title, unless the first line's end calls for more (…合作社累计 / 增收…: an
    # adverb before its verb), and then one title wrapped
    from banmian.layout.text_headlines import BodyWords, _tiers_over_subtitle
    body = BodyWords("".join(_ORCHARD))
    assert _tiers_over_subtitle(["南山乡柑橘合作社扩种", "带动农户增收"], ["——两千户农民受益"], body)
    assert not _tiers_over_subtitle(["南山乡柑橘合作社累计", "带动农户增收"], ["——两千户农民受益"], body)


def test_a_deck_wrapped_like_a_paragraph_over_the_authors_name_is_the_headlines_last_tier():
    # PyMuPDF's get_text(), the headline after its body: a kicker, a title, then a deck of a
    # sentence and more wrapped over four lines like a paragraph but ending on no mark, then the
    # author's name alone. No paragraph ends so: the name closes no body, the deck is the subtitle
    deck = ["从扩种、品种、销路三方面", "入手，南山乡提出十项举措，", "合作社社员将获得更多的", "技术和资金支持"]
    lines = [*typeset_paragraphs(_ORCHARD, _WIDTH), "用好一片果园，富了一方百姓", "南山乡柑橘产业再升级",
             *deck, "张海平", "城东新建三座公园", *typeset_paragraphs(_BEFORE, _WIDTH)]
    articles = _articles(lines)
    head = articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == ("用好一片果园，富了一方百姓", "南山乡柑橘产业再升级", "".join(deck))
    assert [b.name for b in articles[0].bylines] == ["张海平"]
    assert articles[0].paragraphs == _ORCHARD
    assert [a.headline.title for a in articles[1:]] == ["城东新建三座公园"]


def test_an_indented_paragraph_over_a_name_is_no_deck():
    # text under a headline that ends on no mark over a name alone is a deck only when its first
    # line is set as a headline's is, not indented as a paragraph's first line (text read in
    # columns may stop mid-sentence over a name from anywhere)
    from banmian.layout.text_decks import decks_over_names
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role
    deck = ["从扩种、品种、销路三方面", "入手，南山乡提出十项举措，", "合作社社员将获得更多的", "技术和资金支持"]
    paragraph = ["南山乡提出十项举措", "合作社社员将获得更多的技", "术和资金支持帮助他们扩种"]
    for lines, is_deck in ((deck, True), (paragraph, False)):
        units = [Unit(Block(["南山乡柑橘产业再升级"], Role.TITLE)), Unit(Block(list(lines), Role.BODY)),
                 Unit(Block(["张海平"], Role.BYLINE))]
        units[2].closing = True
        decks_over_names(units)
        assert (units[1].role == Role.TITLE) is is_deck


def test_a_name_or_a_role_over_a_sentence_is_no_subheadings_label():
    # a label is a phrase of four characters at least and holds no byline's role word; the comma
    # of a sentence wrapped once is in its first line, which ends on a word cut
    from banmian.layout.subheadings import _label_over_sentence
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def units(*lines: str) -> list[Unit]:
        return [Unit(Block([line], Role.TITLE)) for line in lines]
    assert _label_over_sentence(units("绿色家园更宜居", "公园建设，既要看数量也", "要看质量更要看口碑"))
    assert not _label_over_sentence(units("张海平", "公园建设，既要看数量也", "要看质量更要看口碑"))
    assert not _label_over_sentence(units("本报记者", "公园建设，既要看数量也", "要看质量更要看口碑"))
    assert not _label_over_sentence(units("绿色家园更宜居", "城东新建三座公园", "2月14日，江城北山街"))
