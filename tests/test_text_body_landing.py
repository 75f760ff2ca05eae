"""Body text lands in its own article in a line stream (one block a line, as
PyMuPDF gives pages set with wide leading): figures called out under a
headline do not cut the article at its dateline, and a page's banner drawn
between two articles heads neither. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import stream, typeset

_WIDTH = 13
_HALL = ("本报江城3月2日电 江城图书馆新馆昨天开馆，馆内藏书超过一百万册，设有少儿阅览区和古籍修复室。"
         "开馆首日，到馆读者达到一万两千人次，不少市民一早就在门口排队。")
_HALL_MORE = "图书馆负责人介绍，新馆将延长开放时间，每周一也将向读者开放。"
_FERRY = ("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次。"
          "轮渡公司负责人表示，新航线将在春节前开通，票价与原有航线相同。")
_FAIR = ("江城第十二届冰雪节昨天在江边开幕，来自各地的游客在冰场上滑冰、观灯，"
         "冰雪节将持续一个月，其间还将举办冰雕比赛和冬泳表演。")


def _titles(text: str) -> list[str | None]:
    return [a.headline.title for a in banmian.parse_text(text, enrich=False).pages[0].articles]


def test_figures_called_out_under_a_headline_stay_with_the_text_its_dateline_opens():
    # under the headline, two figures called out, each over a line saying what it counts (no
    # sentence finished), then the article's text opening with its dateline
    lines = ["江城图书馆新馆开馆", "本报记者 李平",
             "100万册", *typeset("江城图书馆新馆藏书超过一百万册，其中古籍两万册、少儿图书二十万册", _WIDTH),
             "1.2万人次", *typeset("开馆首日到馆读者达到一万两千人次，创下江城图书馆单日纪录", _WIDTH),
             *typeset(_HALL, _WIDTH), *typeset(_HALL_MORE, _WIDTH),
             "轮渡新增两条航线", "本报记者 赵冬", *typeset(_FERRY, _WIDTH)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城图书馆新馆开馆", "轮渡新增两条航线"]
    hall = articles[0]
    assert hall.paragraphs[-1] == _HALL_MORE
    assert any("开馆首日" in p for p in hall.paragraphs)


def test_a_banner_read_as_closing_a_body_its_headline_opened_heads_no_article():
    from banmian.layout.text_layout import assemble
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # a headline over its body, then the page's banner (two parallel phrases) read as a headline
    # closing that body, then the next article's headline over its body: the wording gives the
    # banner no part of the body, and the body's article has its headline already
    units = [unit(["江城冰雪节开幕"], Role.TITLE), unit(typeset(_FAIR, _WIDTH), Role.BODY),
             unit(["建设美丽江城 共享绿色家园"], Role.TITLE),
             unit(["轮渡新增两条航线"], Role.TITLE), unit(typeset(_FERRY, _WIDTH), Role.BODY)]
    groups = assemble(units, {0: True, 2: False, 3: True}, True)
    titles = [[line for u in g if u.role == Role.TITLE for line in u.lines] for g in groups]
    assert titles == [["江城冰雪节开幕"], ["轮渡新增两条航线"]]
    assert units[2].role == Role.OTHER


def test_a_banner_drawn_over_a_body_its_headline_closes_is_no_tier_of_it():
    # headlines drawn after their bodies; the banner drawn before the second article's body
    lines = [*typeset(_FAIR, _WIDTH), "江城冰雪节开幕", "本报记者 赵冬",
             "建设美丽江城 共享绿色家园",
             *typeset(_FERRY, _WIDTH), "轮渡新增两条航线", "本报记者 李平"]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    ferry = next(a for a in articles if a.headline.title == "轮渡新增两条航线")
    assert ferry.headline.kicker is None
    assert ferry.paragraphs[0].startswith("江城轮渡公司")
    assert "建设美丽江城 共享绿色家园" not in _titles(stream(*lines))


_PARKS = ["江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，周边居民十分期待。",
          "市园林局负责人介绍，新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民休闲。"]
_STREET = ["城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰，老街改造还保留了传统街巷风貌。",
           "据了解，改造后的街区新增停车位两百个，居民出行更加便利，沿街商铺也陆续恢复营业。"]


def test_a_byline_over_a_headline_closing_its_body_stays_with_that_body():
    from banmian.layout.text_layout import assemble
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # the parks' headline over its body (a column of 13); then the street's body (a column of 17),
    # its reporters' line and its headline drawn after it, on a page drawing most headlines first
    parks = [line for p in _PARKS for line in typeset(p, 13)]
    street = [line for p in _STREET for line in typeset(p, 17)]
    units = [unit(["城东新建三座公园"], Role.TITLE), unit(parks, Role.BODY), unit(street, Role.BODY),
             unit(["本报记者 王小川"], Role.BYLINE), unit(["城南老街告别积水"], Role.TITLE),
             unit(["江城冰雪节开幕"], Role.TITLE), unit(typeset(_FAIR, _WIDTH), Role.BODY)]
    units[3].bylines = [banmian.model.Byline("本报记者", "王小川")]
    groups = assemble(units, {0: True, 4: False, 5: True}, True)
    street_group = next(g for g in groups if any(u.lines == ["城南老街告别积水"] for u in g))
    assert [u.role for u in street_group] == [Role.BODY, Role.BYLINE, Role.TITLE]
    assert street_group[0].lines[0].startswith("城南老街改造")


def test_a_photo_credit_alone_is_no_line_of_the_vertical_headline_after_it():
    from banmian.layout.line_stream import regroup_line_stream
    from banmian.sources.text import text_to_blocks
    from tests.test_line_stream import pymupdf_blocks

    # a body closed by its author's note, its photo's caption and the credit alone on a line, then
    # a vertical headline drawn after its body (a character a line, the year's digits set apart by a
    # blank line) no wider than the credit, and its author's name set vertically
    caption = typeset("图为江城图书馆新馆的少儿阅览区，孩子们在这里读书、画画、听故事，度过快乐的周末时光。", 19)
    blocks = [[line] for line in typeset(_HALL, 15)] + [["（作者为江城大学图书馆学"], ["系教授）"], caption,
                                                        ["林小海/摄"], list("江城举行"), list("2019年开馆"), list("李平")]
    lines = [line for block in regroup_line_stream(text_to_blocks(pymupdf_blocks(*blocks))) for line in block.lines]
    assert "林小海/摄" in lines
    assert "江城举行" in lines


def test_a_name_alone_between_a_body_and_its_photo_caption_is_the_bodys_author():
    from tests.test_line_stream import pymupdf_blocks

    # blocks of several lines (tight leading): the fair's body, its author's name set flush right,
    # the photo's caption and credit, then the fair's headline drawn after it all; the ferry's after
    fair = typeset(_FAIR, _WIDTH)
    text = pymupdf_blocks(fair[:4], fair[4:], ["周晓明"], ["图为游客在江边观赏冰灯。"], ["林小海/摄"],
                          ["江城冰雪节开幕"], typeset(_FERRY, _WIDTH), ["轮渡新增两条航线"])
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    assert "周晓明" not in [a.headline.title for a in articles]
    fair_article = next(a for a in articles if a.headline.title == "江城冰雪节开幕")
    assert [b.name for b in fair_article.bylines] == ["周晓明"]


def test_a_closing_dateline_wrapped_into_a_block_of_its_own_closes_its_article():
    from tests.test_line_stream import pymupdf_blocks

    # blocks of several lines: the ferry's body ends with its closing dateline and reporters in
    # brackets, whose last characters the extractor cut into a block of their own
    ferry = typeset(_FERRY, _WIDTH)
    text = pymupdf_blocks(["江城日报", "2020年3月5日 星期四 第4版 城建"], ["江城冰雪节开幕"], ["本报记者 赵冬"],
                          typeset(_FAIR, _WIDTH), ["轮渡新增两条航线"], ferry[:4],
                          ferry[4:] + ["（新华社江城3月2日电 记者王小川、李"], ["冬）"],
                          ["江城图书馆新馆开馆"], ["本报记者 李平"], typeset(_HALL_MORE, _WIDTH))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    ferry_article = next(a for a in articles if any("票价与原有航线相同。" in p for p in a.paragraphs))
    assert ferry_article.dateline == "新华社江城3月2日电"
    assert {"王小川", "李冬"} <= {b.name for b in ferry_article.bylines}
    assert not any("冬）" in p for a in articles for p in a.paragraphs)
    assert "冬）" not in [a.headline.title for a in articles]


def test_an_agency_alone_after_a_photo_credit_is_no_headline():
    from banmian.layout.text_parts import agencies_after_credits
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    # a caption closed by its credit, the credit's agency wrapped onto a line of its own (read as a
    # headline line), then the body's headline: the agency is the credit's tail, no headline
    units = [Unit(Block(typeset(_FAIR, _WIDTH), Role.BODY)), Unit(Block(["图为游客在江边观赏冰灯。"], Role.CAPTION)),
             Unit(Block(["林小海摄"], Role.CREDIT)), Unit(Block(["（江城视觉）"], Role.TITLE)),
             Unit(Block(["江城冰雪节开幕"], Role.TITLE)), Unit(Block(["（江城晚报）"], Role.TITLE))]
    agencies_after_credits(units)
    assert [u.role for u in units[3:]] == [Role.OTHER, Role.TITLE, Role.TITLE]


def test_a_line_between_two_parts_of_a_report_its_headline_closes_is_a_subheading():
    from banmian.layout.text_layout import assemble
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # a report on the ferry drawn before its headline: its first part, a line none of whose words
    # it uses (read as a headline closing that part), its second part, then its headline, whose
    # words the first part uses
    first = typeset("本报江城3月1日电 " + _FERRY, _WIDTH)
    second = typeset("轮渡公司还将在码头增设候船室和自助售票机，方便市民和游客乘船。", _WIDTH)
    units = [unit(first, Role.BODY), unit(["守护一方碧水蓝天"], Role.TITLE), unit(second, Role.BODY),
             unit(["轮渡新增两条航线"], Role.TITLE), unit(["本报记者 李平"], Role.BYLINE)]
    units[4].bylines = [banmian.model.Byline("本报记者", "李平")]
    groups = assemble(units, {1: False, 3: False}, True)
    assert len(groups) == 1
    assert units[1].role == Role.SUBHEADING


def test_a_banner_read_as_a_subheading_is_where_the_closing_headlines_part_begins():
    from banmian.layout.text_layout import assemble
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # the fair's headline over its body; the page's banner (two parallel phrases) read as a
    # subheading; the ferry's body, then its headline drawn after it, wording both bodies alike
    units = [unit(["江城冰雪节开幕"], Role.TITLE), unit(typeset(_FAIR, _WIDTH), Role.BODY),
             unit(["建设美丽江城 共享绿色家园"], Role.SUBHEADING), unit(typeset(_HALL_MORE, _WIDTH), Role.BODY),
             unit(["江城新添公共服务"], Role.TITLE)]
    groups = assemble(units, {0: True, 4: False}, True)
    titles = [[line for u in g if u.role == Role.TITLE for line in u.lines] for g in groups]
    assert titles == [["江城冰雪节开幕"], ["江城新添公共服务"]]
    assert groups[1][0].lines == typeset(_HALL_MORE, _WIDTH)
    assert units[2].role == Role.OTHER


def test_a_headline_drawn_after_its_body_and_read_as_a_subheading_closes_that_part():
    from banmian.layout.text_layout import assemble
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # text carried on from another page (no headline over it), its headline drawn after it and read
    # as a subheading, then the ferry's text and the ferry's headline drawn after it
    lake = typeset("湖边的步道修好了，清晨有人在湖边跑步，傍晚有人在湖边散步，湖水映着晚霞。", _WIDTH)
    units = [unit(["（上接第5版）"], Role.CONTINUATION), unit(lake, Role.BODY), unit(["湖边漫步"], Role.SUBHEADING),
             unit(typeset(_FERRY, _WIDTH), Role.BODY), unit(["轮渡新增两条航线"], Role.TITLE)]
    groups = assemble(units, {4: False}, True)
    titles = [[line for u in g if u.role == Role.TITLE for line in u.lines] for g in groups]
    assert titles == [["湖边漫步"], ["轮渡新增两条航线"]]
    assert groups[1][0].lines[0].startswith("江城轮渡")


def test_a_headline_right_after_another_headline_and_its_byline_opens_the_body_after_it():
    from tests.test_line_stream import pymupdf_blocks

    # blocks of several lines: the page draws the fair's headline after its body (and its byline
    # under it), then the ferry's headline over its body
    fair, ferry = typeset(_FAIR, _WIDTH), typeset(_FERRY, _WIDTH)
    text = pymupdf_blocks(["江城日报", "2020年3月5日 星期四 第4版 城建"], fair[:4], fair[4:], ["江城冰雪节开幕"],
                          ["本报记者 赵冬"], ["江城交通新变化"], ["轮渡新增两条航线"], ferry[:4], ferry[4:])
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    ferry_article = next(a for a in articles if a.headline.title == "轮渡新增两条航线")
    assert ferry_article.paragraphs and ferry_article.paragraphs[0].startswith("江城轮渡公司")


def test_a_lead_set_under_the_headline_stays_with_the_text_its_dateline_opens():
    from banmian.layout.text_layout import assemble
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # the headline, a lead of three lines saying what the report found, then the report's text
    # opening with its dateline: one article (a new one opens at a dateline after a finished body)
    lead = typeset("新馆开馆首日到馆读者达到一万两千人次。", _WIDTH)
    units = [unit(["江城图书馆新馆开馆"], Role.TITLE), unit(lead, Role.BODY), unit(typeset(_HALL, _WIDTH), Role.BODY),
             unit(["轮渡新增两条航线"], Role.TITLE), unit(typeset("本报江城3月1日电 " + _FERRY, _WIDTH), Role.BODY)]
    groups = assemble(units, {0: True, 3: True}, True)
    assert [len(g) for g in groups] == [3, 2]
