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
