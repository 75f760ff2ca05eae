"""Text mode on real extractors' output (issue 9, point 8): where one article's
text ends and the next one's begins in a line stream of a page that mixes
headlines drawn before and after their bodies. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset_paragraphs


_PARK = ["江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，周边居民都很期待。",
         "市园林局负责人介绍，新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民散步休闲。"]
_ORCHARD = ["南山乡的柑橘合作社去年试种新品种，收成比往年多出三成，社员分红翻了一番，大家干劲更足了。",
            "合作社负责人说，今年柑橘合作社还要扩种两百亩，带动周边农户一起种柑橘，走上致富路。"]
_FERRY = ["本报江城3月2日电 江城轮渡公司今天开通两条新航线，连通城东码头和江心岛，每天往返二十个班次。",
          "轮渡公司负责人说，新航线开通后，两岸居民出行更方便，江心岛的游客也越来越多。"]


def test_a_line_between_a_photo_and_a_headline_drawn_after_its_body_is_a_subheading():
    # PyMuPDF's get_text() of a page mixing headlines before and after their bodies: a headline,
    # its byline and body, its photo's caption and credit; then a second body, a short line, one
    # more paragraph, and that body's headline drawn after it (its words the body's, the line's
    # none). The photo ended the first article; the line is a subheading inside the second
    # body, not a headline opening the short paragraph under it
    lines = ["城东新建三座公园", "本报记者 张海平", *typeset_paragraphs(_PARK, 14), "图为城东公园效果图。", "李明/摄",
             *typeset_paragraphs(_ORCHARD, 14), "乡村振兴再上台阶", "变化远不止这些。",
             "南山乡柑橘合作社扩种两百亩", "本报记者 王芳",
             "江城轮渡开通新航线", *typeset_paragraphs(_FERRY, 14)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东新建三座公园", "南山乡柑橘合作社扩种两百亩", "江城轮渡开通新航线"]
    assert articles[1].paragraphs == [*_ORCHARD, "乡村振兴再上台阶", "变化远不止这些。"]


_MUSEUM = ["记者从江城博物馆获悉：博物馆今年起将对馆藏古籍开展系统修复，计划十年内投入三千万元专项资金。",
           "博物馆负责人介绍，古籍修复将分三期进行，目前古籍普查和数字化建档已全面铺开。"]
_LANES = ["本报讯（记者 林海 通讯员 周文）最近，城南几条老街巷的门牌换了新样式，引来不少街坊驻足拍照。",
          "街道办负责人说，新门牌标出了街巷的来历，让居民和游客走在巷子里也能读懂老城的过去。"]


def test_tiers_foreign_to_the_body_before_head_the_dated_report_after():
    # a headline drawn after its body (two tiers whose words the body tells), then at once the
    # next report's headline, drawn before its body, whose words no body spells (two phrases of
    # feeling); the report under it opens with its dateline and has no other headline. The tier
    # that the body before echoes not at all is the dated report's headline
    lines = [*typeset_paragraphs(_MUSEUM, 14), "江城博物馆古籍修复获专项资金", "十年内将投入三千万元",
             "留住乡愁 守护记忆", *typeset_paragraphs(_LANES, 14)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [(a.headline.title, a.headline.subtitle) for a in articles] == [
        ("江城博物馆古籍修复获专项资金", "十年内将投入三千万元"), ("留住乡愁 守护记忆", None)]
    assert articles[1].paragraphs[0].startswith("最近，城南几条老街巷")


def test_a_dated_report_closed_by_its_own_headline_claims_no_tier_of_the_group_before():
    # a subtitle whose words the body before does not tell, over a dated report that has its own
    # headline drawn after it: the tier stays the subtitle of the headline over it
    lines = [*typeset_paragraphs(_MUSEUM, 14), "江城博物馆古籍修复获专项资金", "将按季度公布成效",
             *typeset_paragraphs(_LANES, 14), "城南老街巷换上新门牌"]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [(a.headline.title, a.headline.subtitle) for a in articles] == [
        ("江城博物馆古籍修复获专项资金", "将按季度公布成效"), ("城南老街巷换上新门牌", None)]


_CANTEEN = ["区纪委在巡察中发现，城东一所学校食堂的牛肉账目对不上：三个月购进牛肉三千斤，出库记录却只有一千多斤。",
            "经办人员解释说，牛肉要先粗加工再下锅，加工时水分流失不少，签单表册上记的是加工后的分量，所以和购进的数量对不上，看上去一切都合乎规矩。"]
_DIALOGUE = ["“一斤牛肉加工后会少多少？”", "“大概一成半。这少了一半多，又是为何？”"]
_CANTEEN_AFTER = ["原来，这所学校前年因一起意外事故产生了一笔资金缺口，副校长建议从食堂经费中慢慢填补。",
                  "目前，涉事人员已被立案审查，学校食堂的账目也已全部公开，接受师生监督。"]


def test_two_subheadings_around_a_short_dialogue_stay_in_their_body():
    # one report's column (14 characters a line) broken by two one-line subheadings with only
    # a few short lines of dialogue between them: that run measures no column of its own (its
    # lines are first and last lines), so the column is measured past the other subheading
    lines = ["城东学校食堂牛肉账目查清", "本报记者 林海", *typeset_paragraphs(_CANTEEN, 14), "扎紧制度笼子",
             *typeset_paragraphs(_DIALOGUE, 14), "守住师生饮食底线", *typeset_paragraphs(_CANTEEN_AFTER, 14)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东学校食堂牛肉账目查清"]
    assert articles[0].paragraphs == [*_CANTEEN, "扎紧制度笼子", *_DIALOGUE, "守住师生饮食底线", *_CANTEEN_AFTER]


def _unit(lines: list[str], role):
    from banmian.layout.text_units import Unit
    from banmian.model import Block
    return Unit(Block(list(lines), role))


def test_a_headlines_first_line_left_as_the_bodys_last_paragraph_goes_back_to_it():
    # a body that ends a sentence, then a line of no mark at all standing as a paragraph of its own
    # (it fits a paragraph's indented first line), then a one-line headline unit: a paragraph ends
    # with its sentence, so the line is the headline's first line, wrapped in its box
    from banmian.layout.opening_titles import headlines_read_as_body
    from banmian.layout.roles import BODY, BYLINE, TITLE
    body = ["团队负责人介绍，这", "项成果有望帮助培育更耐", "旱的水稻新品种。", "江城农科院团队发现"]
    units = [_unit(["江城轮渡开通新航线"], TITLE), _unit(body, BODY), _unit(["水稻抗旱生长关键基因"], TITLE),
             _unit(["■ 记者 林海"], BYLINE)]
    headlines_read_as_body(units)
    assert units[1].block.lines == body[:-1]
    assert units[2].block.lines == ["江城农科院团队发现", "水稻抗旱生长关键基因"]
    # a paragraph's last line ending on its closing quote, or a line with a clause mark, stays
    for last in ("“这是大家的心愿”", "江城农科院，团队发现"):
        units = [_unit(["江城轮渡开通新航线"], TITLE), _unit([*body[:-1], last], BODY),
                 _unit(["水稻抗旱生长关键基因"], TITLE), _unit(["■ 记者 林海"], BYLINE)]
        headlines_read_as_body(units)
        assert units[1].block.lines[-1] == last


_LAKE = ["本报江城3月5日电 江城湖区今年完成两百多个违建项目的整治，湖区水质明显好转，沿岸生态治理也取得新进展。",
         "市生态环境局负责人说，下一步将把湖区治理和周边村庄的污水处理结合起来，让湖水一年比一年清。"]


def test_a_column_label_after_a_titles_short_last_line_is_no_wrap_of_it():
    # a headline drawn after its body, wrapped in its box (a full line, then a short last line of two
    # characters), then a column's label: the box's short last line ended the tier, so the label
    # carries nothing on, though the body spells a word across the two (…整治 / 理论…, 治理)
    lines = [*typeset_paragraphs(_LAKE, 14), "江城湖区两百多个违建项目被", "整治", "理论视点", "城东新建三座公园",
             "本报记者 林涛", *typeset_paragraphs(_PARK, 14)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城湖区两百多个违建项目被整治", "城东新建三座公园"]
