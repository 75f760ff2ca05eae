"""Article assembly in text mode on real extractors' output (issue 9, point 8):
which lines belong to which article when the extractor runs a column's text,
a photo's caption, headlines and notes together. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import stream, typeset

_WIDTH = 13
_MARKET = ["江城新建的农贸市场昨天开业，市场设有摊位三百个，蔬菜、水果和水产分区经营。",
           "市场管理处介绍，开业首日客流超过八千人次，周边居民买菜更加方便。",
           "据了解，市场还设置了便民服务站，为老年人提供代购和送货上门服务。"]
_BRIDGE = ["江城东西两岸的第三座跨江大桥昨天顺利合龙，大桥全长两千米，预计年底通车。",
           "大桥建成后，东西两岸的车程将由四十分钟缩短到十分钟。"]


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p, _WIDTH)]


def test_a_caption_over_its_credit_takes_only_its_own_lines_from_the_column_above():
    # one run of lines (no blank line): the headline, the body's column, the photo's caption (one
    # line, as short as a paragraph's first line), its credit alone; then the next article. The
    # extractor runs the caption into the column's block: the caption is its last line only.
    caption = "市民在市场选购蔬菜。"
    lines = ["江城农贸市场开业", *_lines(_MARKET), caption, "张明 摄",
             "第三座大桥合龙", *_lines(_BRIDGE)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城农贸市场开业", "第三座大桥合龙"]
    market = articles[0]
    assert market.paragraphs == _MARKET
    assert [c.text for c in market.captions] == [caption]


def test_a_caption_with_its_credit_on_one_line_takes_no_body_lines():
    # the caption and its credit share the line (图为…。 张明/摄) right under the body's last line
    lines = ["江城农贸市场开业", *_lines(_MARKET), "图为开业现场。 张明/摄",
             "第三座大桥合龙", *_lines(_BRIDGE)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城农贸市场开业", "第三座大桥合龙"]
    assert articles[0].paragraphs == _MARKET
    assert [c.text for c in articles[0].captions] == ["图为开业现场。"]


_LIBRARY = ["江城图书馆新馆昨天开馆，馆内藏书超过一百万册，设有少儿阅览区和古籍修复室。",
            "开馆首日，到馆读者达到一万两千人次，不少市民一早就在门口排队。"]
_FERRY = ["本报江城3月2日电 江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次。",
          "轮渡公司负责人表示，新航线将在春节前开通，票价与原有航线相同。"]


def test_a_dated_body_under_a_closed_article_takes_the_first_headline_after_it():
    from banmian.layout.tier_cuts import split_groups_by_wording
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # a headline over its body closed by its author's note; then a dated report with no headline
    # over it; then its headline (drawn after it) right over the next article's headline and body.
    # The dated report wants a headline: the first of the two closes it, though its words echo
    # the report only a little (one pair of characters of nine)
    units = [unit(["图书馆新馆开馆"], Role.TITLE), unit(_lines(_LIBRARY), Role.BODY),
             unit(["（作者单位：江城大学）"], Role.BODY), unit(_lines(_FERRY), Role.BODY),
             unit(["水上轮渡再添一条新路"], Role.TITLE), unit(["第三座跨江大桥昨天顺利合龙"], Role.TITLE),
             unit(_lines(_BRIDGE), Role.BODY)]
    directions = {0: True, 4: True}
    split_groups_by_wording(units, directions)
    assert directions == {0: True, 4: False, 5: True}
    # with no closing note and no dateline the text goes on the first article's: the group stays whole
    del units[2]
    units[2] = unit(_lines([_FERRY[0].split(" ", 1)[1], _FERRY[1]]), Role.BODY)
    directions = {0: True, 3: True}
    split_groups_by_wording(units, directions)
    assert directions == {0: True, 3: True}


def test_a_bodys_last_line_set_apart_is_no_headline():
    from banmian.layout.closing_lines import closing_lines_to_body
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # a brief's sentence ends on a line of its own with the authors' bracket; another text closes
    # with an editor's note naming the paper; a third headline closes with its column's tag alone
    units = [unit(_lines(_MARKET[:1]) + ["江城市场管理处还举办了“年货节 美食节”"], Role.BODY),
             unit(["展销活动。（张明 李红）"], Role.TITLE), unit(["第三座跨江大桥昨天顺利合龙"], Role.TITLE),
             unit(_lines(_BRIDGE), Role.BODY), unit(["（综合本报和新华社电）"], Role.TITLE),
             unit(_lines(_LIBRARY), Role.BODY), unit(["（江城观察）"], Role.TITLE),
             unit(["图书馆新馆开馆"], Role.TITLE), unit(_lines(_FERRY), Role.BODY), unit(["（相关报道见第四版）"], Role.TITLE)]
    closing_lines_to_body(units)
    assert [u.role for u in units] == [Role.BODY, Role.BODY, Role.TITLE, Role.BODY, Role.BODY, Role.BODY,
                                       Role.TITLE, Role.TITLE, Role.BODY, Role.BODY]


def test_a_lead_of_two_sentences_wrapped_over_many_narrow_lines_stays_over_its_dated_text():
    # in a narrow column a lead of two sentences under the headline runs over more than five
    # lines; the dateline under it opens the article's own text, no new article
    lead = "“新馆开馆后，市民借书更方便了，孩子们也有了读书的好去处。今后每周一也将开放，读者还可以在网上预约借书。”"
    text = ["江城图书馆新馆开馆", *typeset(lead, 10), *typeset("本报江城3月2日电 " + _LIBRARY[0], 10),
            *typeset(_LIBRARY[1], 10), "第三座跨江大桥昨天顺利合龙", *typeset(_BRIDGE[0], 10)]
    articles = banmian.parse_text(stream(*text), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城图书馆新馆开馆", "第三座跨江大桥昨天顺利合龙"]
    assert any("馆内藏书" in p for p in articles[0].paragraphs)


def test_a_headline_over_a_retold_wire_report_inside_a_running_body_opens_an_article():
    # a line alone between two bodies reads as an in-body subheading, unless the text under it
    # opens with a dateline: a wire's too, retold (据新华社…电): a subheading opens no report
    wire = "据新华社伦敦2月14日电 " + _BRIDGE[0]
    text = ["江城农贸市场开业", *_lines(_MARKET), "伦敦大桥合龙", *_lines([wire, _BRIDGE[1]])]
    articles = banmian.parse_text(stream(*text), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城农贸市场开业", "伦敦大桥合龙"]
    assert articles[0].paragraphs == _MARKET


def test_a_photo_reports_credit_wrapped_over_two_lines_closes_its_text():
    from banmian.layout.closing_lines import closing_lines_to_body
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # the names run together on the first line, the rest of them and 摄影报道 on the second
    units = [unit(_lines(_BRIDGE), Role.BODY), unit(["张明李红王刚"], Role.TITLE), unit(["赵冬 钱夏摄影报道"], Role.TITLE),
             unit(["江城农贸市场开业"], Role.TITLE), unit(_lines(_MARKET), Role.BODY)]
    closing_lines_to_body(units)
    assert [u.role for u in units] == [Role.BODY, Role.BODY, Role.BODY, Role.TITLE, Role.BODY]


def test_a_kicker_leading_into_its_title_is_never_cut_from_it_between_two_articles():
    from banmian.layout.tier_cuts import split_groups_by_wording
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # between two bodies: the first body's kicker (ending in ——, its words the first body's) and
    # title (a word of the next body: 两岸), then the next article's title
    units = [unit(_lines(_FERRY), Role.BODY), unit(["江城轮渡公司新增两条航线——"], Role.TITLE),
             unit(["两岸通行更从容"], Role.TITLE), unit(["第三座跨江大桥昨天顺利合龙"], Role.TITLE),
             unit(_lines(_BRIDGE), Role.BODY)]
    directions = {1: True}
    split_groups_by_wording(units, directions)
    assert directions == {1: False, 3: True}


def test_four_headline_tiers_between_two_bodies_are_two_headlines():
    from banmian.layout.tier_cuts import split_groups_by_wording
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # two reports of one league whose words both headlines share: the first's kicker and title
    # (drawn after its body), the second's kicker and title (drawn before its body). The wording
    # barely tells, but one headline has three tiers at most: the group is cut where it tells best
    women = ["女子组半决赛首回合昨晚进行，江城队三比一战胜海城队，山城队三比二战胜河城队。",
             "江城队主教练表示，球队将认真总结，力争在次回合锁定决赛席位。"]
    men = ["男子组决赛首回合昨晚在江城体育馆进行，海城队三比零战胜江城队，取得开门红。",
           "海城队队长赛后说，全队发挥稳定，次回合仍将全力以赴。"]
    units = [unit(_lines(women), Role.BODY), unit(["半决赛首回合"], Role.TITLE),
             unit(["江城队胜海城队 山城队胜河城队"], Role.TITLE), unit(["男子决赛首回合"], Role.TITLE),
             unit(["海城队零封江城队"], Role.TITLE), unit(_lines(men), Role.BODY)]
    directions = {1: True}
    split_groups_by_wording(units, directions)
    assert directions == {1: False, 3: True}
    # lines read as headlines that hold a clause break are no evidence of two headlines
    units[2] = unit(["江城队胜海城队，山城队胜河城队"], Role.TITLE)
    directions = {1: True}
    split_groups_by_wording(units, directions)
    assert directions == {1: True}


def test_a_lead_left_without_its_full_stop_stays_over_the_dated_text_under_it():
    from banmian.layout.text_layout import assemble
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # headlines drawn after their bodies: a lead of two sentences whose last has no full stop,
    # the dated text under it, then the headline; then the next article. One article, not two.
    lead = "春节期间，江城轮渡客流同比增长三成。轮渡公司加开夜班船次，为返乡旅客提供便捷服务"
    units = [unit(_lines([lead]), Role.BODY), unit(_lines(_FERRY), Role.BODY), unit(["轮渡客流增三成"], Role.TITLE),
             unit(_lines(_BRIDGE), Role.BODY), unit(["第三座跨江大桥昨天顺利合龙"], Role.TITLE)]
    groups = assemble(units, False, True)
    assert [[u.role for u in g] for g in groups] == [[Role.BODY, Role.BODY, Role.TITLE], [Role.BODY, Role.TITLE]]
    # with its full stop the lead is a text of its own: the dateline opens the next
    units[0] = unit(_lines([lead + "。"]), Role.BODY)
    assert len(assemble(units, False, True)) == 3
