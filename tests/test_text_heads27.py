"""Headline groups in text mode on real extractors' output (issue 9, point 8):
which short lines of a headline are its tiers and which a column's label.
Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset, typeset_paragraphs

_WIDTH = 16
_FERRY = ["江城渡口的新渡轮昨天投入运营，渡轮可载客两百人，每半小时开行一班。",
          "渡口管理站介绍，新渡轮启用后，两岸居民往来更加便捷。"]
_ORCHARD = ["南山乡的柑橘合作社去年试种新品种，收成比往年多出三成，社员分红翻了一番。",
            "合作社负责人说，今年还要扩种两百亩，带动周边农户一起致富。"]


def _lines(paragraphs: list[str]) -> list[str]:
    return typeset_paragraphs(paragraphs, _WIDTH)


def _articles(lines: list[str]):
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def test_a_title_of_two_short_phrases_over_a_column_label_keeps_both_phrases():
    # PyMuPDF's get_text(): an article's text and closing dateline, then the next headline drawn
    # before its text: a kicker, a title set one short phrase a line, and the column's label
    # (four characters) and a continued-from note under it. The label is no tier; the two phrases
    # over it are the title: no labels because a label stands under them, and no closing label
    # before the next headline (the phrase under the first is of its length: the same title's)
    lines = ["新渡轮开进江城", *_lines(_FERRY), "（本报江城3月2日电）",
             "南山乡柑橘合作社扩种", "枝头挂金果", "钱袋鼓起来", "百姓视角", "（上接第3版）",
             *_lines(_ORCHARD)]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["新渡轮开进江城", "枝头挂金果 钱袋鼓起来"]
    assert articles[1].headline.kicker == "南山乡柑橘合作社扩种"
    assert articles[1].paragraphs == _ORCHARD


def test_the_short_phrases_under_a_kickers_dash_are_the_title_not_its_authors():
    # a kicker closed by its dash (……——) leads into the title under it: a title set one short
    # phrase a line whose first phrase opens with a surname's character (柳 of 柳家沟) is no
    # author's name, whatever it looks like alone
    lines = [*_lines(_FERRY), "（本报江城3月2日电）", "南山乡柑橘合作社——", "柳家沟", "果飘香",
             *_lines(_ORCHARD)]
    articles = _articles(lines)
    assert articles[-1].headline.kicker == "南山乡柑橘合作社——"
    assert articles[-1].headline.title == "柳家沟 果飘香"
    assert articles[-1].bylines == []


_WORKSHOP = ["老周在江城机床厂干了三十年钳工，带出的徒弟有四十多人，个个都是车间里的骨干。",
             "去年厂里上了新生产线，老周主动报名学编程，白天上班，晚上就在宿舍里看书做题。",
             "“年纪大了，学得慢，可不学就跟不上了。”老周说，他用了半年时间考下了数控证书。"]
_WORKSHOP_ON = ["“手上的活不能丢，脑子里的新东西也得装进去。”老周常这样对徒弟们讲。",
                "如今，他带的徒弟里已有十几人能独立操作新生产线，车间的效率提高了两成。",
                "厂里准备明年再开一期培训班，请老周给年轻人讲讲怎么把老手艺和新技术结合起来。"]
_MARKET = ["本报讯（记者 王晓）江城新建的农贸市场昨天开业，市场设有摊位三百个，蔬菜、水果和水产分区经营。",
           "市场管理处介绍，开业首日客流超过八千人次，周边居民买菜更加方便。",
           "市场还设了便民服务点，免费为老人提供称重复核和送菜上门服务。",
           "不少居民说，以前买菜要走两站路，现在出了小区就能买到新鲜蔬菜，方便多了。"]


def test_a_subheading_is_measured_against_its_own_article_not_the_next_one():
    # PyMuPDF's get_text(): an article's text, a subheading set as one line inside it, the rest of
    # the article, and right after it the next article's text, opened by its dateline (本报讯) and
    # set in a narrower column. The text after the subheading runs on in the first article's
    # width; the next article's width tells nothing of it: the subheading stays in its article
    lines = ["老钳工学编程", *typeset_paragraphs(_WORKSHOP, 15), "活到老，学到老",
             *typeset_paragraphs(_WORKSHOP_ON, 15),
             *typeset_paragraphs(_MARKET, 12), "江城农贸市场开业"]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["老钳工学编程", "江城农贸市场开业"]
    assert "活到老，学到老" in articles[0].paragraphs
    assert articles[0].paragraphs[-1] == _WORKSHOP_ON[-1]


_GARDEN = ["城西的街心花园昨天重新开放，园里新栽了两千株月季，还添了健身步道和儿童乐园。",
           "附近的居民一早就来散步，不少老人说，花园改造以后，早晚锻炼有了好去处。",
           "园林部门介绍，今年全市还将改造二十座街心花园，让居民出门就能见到绿。"]


def test_a_subheading_is_measured_against_the_text_next_to_it():
    # a line stream's units: an article's text, a subheading (one line), ten lines and more of the
    # article's text in its width, then more units of text set narrower (the next article's, its
    # headline drawn elsewhere in the stream). The text right after the subheading measures its
    # column; units further off, another article's, may outnumber it and tell nothing of it
    from banmian.layout.subheadings import mark_subheadings
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def body(paragraphs: list[str], width: int) -> Unit:
        return Unit(Block(typeset_paragraphs(paragraphs, width), Role.BODY))

    units = [body(_WORKSHOP, 15), Unit(Block(["活到老，学到老"], Role.TITLE)), body(_WORKSHOP_ON, 15),
             body(_GARDEN[:1], 11), body(_GARDEN * 3, 11)]
    assert [u.role.value for u in mark_subheadings(units, True)][1] == "subheading"


_BUS = ["江城公交公司昨天公布了新的线路调整方案，早晚高峰时段二十条线路加密班次。",
        "节假日期间，通往公园和商圈的线路班次另行安排，方便市民出行。"]


def test_two_parallel_phrase_lines_under_a_shorter_phrase_are_the_title_under_its_kicker():
    # a kicker short enough to look like a phrase itself (江城公交改线路), then the title set a
    # phrase a line, its two phrases parallel (早高峰… / 晚高峰…): one title under its kicker
    lines = [*typeset_paragraphs(_FERRY, 11), "（本报江城3月2日电）", "江城公交改线路",
             "早高峰多开一班车", "晚高峰多开两班车", *typeset_paragraphs(_BUS, 11)]
    articles = _articles(lines)
    assert articles[-1].headline.kicker == "江城公交改线路"
    assert articles[-1].headline.title == "早高峰多开一班车 晚高峰多开两班车"
    assert articles[-1].paragraphs == _BUS


def test_a_block_of_a_long_line_over_two_short_phrases_is_a_kicker_over_its_title():
    # PyMuPDF's blocks, tight leading: the headline's three lines in one block, a long line over
    # two short phrases of one length. The phrases are the title (set a phrase a line) and the
    # long line over them its kicker, not a title over a subtitle
    body = [line for p in _ORCHARD for line in [*typeset(p, _WIDTH), ""]]
    lines = ["南山乡柑橘合作社试种新品种带动农户增收", "枝头挂金果", "钱袋鼓起来", "", *body]
    head = _articles(lines)[0].headline
    assert (head.kicker, head.title, head.subtitle) == ("南山乡柑橘合作社试种新品种带动农户增收",
                                                        "枝头挂金果 钱袋鼓起来", None)


def test_a_subheading_of_a_label_over_two_phrases_stays_in_its_article():
    # a line stream: a subheading set as a label over its two phrases, a line each, inside an
    # article's text run on in one width: one subheading of three lines, no headline
    from banmian.layout.subheadings import mark_subheadings
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def body(paragraphs: list[str]) -> Unit:
        return Unit(Block(typeset_paragraphs(paragraphs, 15), Role.BODY))

    units = [body(_WORKSHOP), *(Unit(Block([t], Role.TITLE)) for t in ("技艺再精进", "老手带新手", "车间添新军")),
             body(_WORKSHOP_ON)]
    out = mark_subheadings(units, True)
    assert [u.role.value for u in out] == ["body", "subheading", "body"]
    assert out[1].lines == ["技艺再精进", "老手带新手", "车间添新军"]


_WIRE = ["新华社江城3月2日电 江城新建的农贸市场昨天开业，市场设有摊位三百个，蔬菜、水果和水产分区经营。",
         "市场管理处介绍，开业首日客流超过八千人次，周边居民买菜更加方便。"]
_ON_TO_MARKET = "老周说，等厂里放了假，他要带徒弟们去新开的农贸市场转转，听说那里开业首日客流就很旺。"


def test_a_closing_headlines_part_begins_at_the_one_dateline_under_a_finished_text():
    # a content stream: a headline over its text, then (no headline between) another article's
    # dated text (新华社…电), whose headline is drawn after it. The first text's last paragraph
    # tells of the second's subject too, so the words tie; the one dateline after a sentence's
    # end tells where the closing headline's part begins
    from banmian.layout.text_turns import own_part
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    paragraphs = [*_WORKSHOP, *_WORKSHOP_ON, _ON_TO_MARKET, *_WIRE]
    current = [Unit(Block(["老钳工学编程"], Role.TITLE)),
               Unit(Block(typeset_paragraphs(paragraphs, 13), Role.BODY))]
    k = own_part(current, [Unit(Block(["农贸市场开业首日客流旺"], Role.TITLE))])
    assert k is not None and current[k].lines[0].startswith("新华社江城3月2日电")
    assert "".join(current[k - 1].lines).endswith("开业首日客流就很旺。")


def test_a_lone_line_of_clause_after_clause_is_text_not_a_headline():
    # a pull quote set apart inside an article's text, on a line of its own as PyMuPDF gives it:
    # three clauses, no tier over or under it. A title hardly ever holds two clause marks: the
    # line is text of the article around it, and no article of its own
    quote = "手上要有活，心里要有数，脑子里还得装着新东西"
    lines = ["老钳工学编程", *_lines(_WORKSHOP), quote, *_lines(_WORKSHOP_ON)]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["老钳工学编程"]
    assert quote in articles[0].paragraphs


def test_blocks_holding_a_kicker_with_its_title_let_the_words_turn_each_headline():
    # PyMuPDF's blocks (a paragraph a block) of a content stream: one block holds a kicker with
    # its title (tight leading), a page whose blocks are no layout of reading order; the next
    # articles' headlines are drawn after their texts. As in a line stream, each headline's
    # words tell which text it heads: the one before it, not the one after
    def blocks(paragraphs: list[str]) -> list[str]:
        return [line for p in paragraphs for line in [*typeset(p, 15), ""]]

    lines = ["江城市长在园林工作会议上强调", "让居民出门就能见到绿", "", *blocks(_GARDEN),
             *blocks(_WORKSHOP + _WORKSHOP_ON), "老钳工学编程", "", *blocks(_FERRY), "新渡轮开进江城", ""]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["让居民出门就能见到绿", "老钳工学编程", "新渡轮开进江城"]
    assert [a.paragraphs for a in articles] == [_GARDEN, _WORKSHOP + _WORKSHOP_ON, _FERRY]


def test_a_documents_number_under_its_title_is_the_subtitle():
    # a notice's title over its number (［二届］第三号) on lines of their own in a line stream: the
    # number is what the notice is numbered, its subtitle, not a title under a kicker
    notice = ["江城市第二届人民代表大会常务委员会第五次会议决定，任命王明为江城市园林局局长。",
              "本公告自发布之日起施行。"]
    lines = [*_lines(_FERRY), "（本报江城3月2日电）", "江城市人民代表大会常务委员会公告", "［二届］第三号",
             *_lines(notice)]
    head = _articles(lines)[-1].headline
    assert (head.kicker, head.title, head.subtitle) == (None, "江城市人民代表大会常务委员会公告", "［二届］第三号")
