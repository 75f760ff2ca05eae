"""Text mode on a line stream (an extractor's output a line at a time) on what
stands around a page's articles: the masthead's and header's pieces, and a
photo's caption set between a headline and its body. Every text here is
invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import stream, typeset

_WIDTH = 13
_BRIDGE = ("江城第三座跨江大桥昨天合龙，大桥全长两千四百米，双向六车道，"
           "建成后从城东到江北只需十分钟，预计今年年底通车。",
           "大桥建设者克服了汛期水流湍急、施工窗口短等困难，比原计划提前两个月完成合龙，"
           "施工期间没有发生一起安全事故。")
_MARKET = ("城西农贸市场改造完成后重新开业，摊位增加到三百个，市场还新设了快递收发点和便民服务站，"
           "附近居民买菜更加方便。",
           "市场管理方介绍，改造后的市场实行明码标价和电子秤统一管理，每天早上还有检测人员抽检蔬菜，"
           "让居民买得放心。")
_LIBRARY = ("江城少儿图书馆新馆对外开放，新馆藏书二十万册，设有绘本区、科普区和自习室，"
            "周末还将举办亲子阅读活动。",
            "新馆实行免费借阅，读者凭身份证即可办理借书证，每人每次可借图书五册，"
            "借期一个月。")


def _body(paragraphs: tuple[str, ...], width: int) -> list[str]:
    return [line for p in paragraphs for line in typeset(p, width)]


def _titles(text: str) -> list[str | None]:
    return [a.headline.title for a in banmian.parse_text(text, enrich=False).pages[0].articles]


def test_a_section_name_after_the_page_number_is_the_header_s():
    # the header prints the section beside the page number; the extractor gives it the next line
    text = stream("2022年5月6日 星期五", "第5版", "经济", "跨江大桥顺利合龙", *_body(_BRIDGE, _WIDTH),
                  "城西农贸市场重新开业", "本报记者 吴越", *_body(_MARKET, _WIDTH))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["跨江大桥顺利合龙", "城西农贸市场重新开业"]
    assert page.section == "经济"


def test_the_masthead_s_serial_number_and_web_address_are_no_article_text():
    # every paper prints its serial number (国内统一连续出版物号) and web address by its name
    text = stream("JIANGCHENG EVENING NEWS", "http://www.jcwb.example", "2022年5月6日 星期五", "第1版",
                  "国内统一连续出版物号 CN00-0001", "江城晚报", "跨江大桥顺利合龙", *_body(_BRIDGE, _WIDTH),
                  "城西农贸市场重新开业", "本报记者 吴越", *_body(_MARKET, _WIDTH))
    assert _titles(text) == ["跨江大桥顺利合龙", "城西农贸市场重新开业"]


def test_a_caption_under_a_title_wrapped_in_the_photo_s_measure_is_no_title_tail():
    # title / the photo's caption (a sentence in a narrow measure, its credit under it) / the body
    text = stream("跨江大桥顺利合龙", *_body(_BRIDGE, _WIDTH),
                  "少儿图书馆新馆开放", "本报记者 林涛", "小读者在新馆", "里挑选绘本。", "林涛/摄", *_body(_LIBRARY, _WIDTH),
                  "城西农贸市场重新开业", "本报记者 吴越", *_body(_MARKET, _WIDTH))
    assert _titles(text) == ["跨江大桥顺利合龙", "少儿图书馆新馆开放", "城西农贸市场重新开业"]


def test_a_column_label_under_a_whole_header_line_is_no_section():
    # the header on one line (its section would be printed in it): 核心阅读 under it opens the content
    text = stream("2022年5月6日 星期五 江城晚报 第16版", "核心阅读", "跨江大桥顺利合龙", *_body(_BRIDGE, _WIDTH),
                  "城西农贸市场重新开业", "本报记者 吴越", *_body(_MARKET, _WIDTH))
    assert banmian.parse_text(text, enrich=False).pages[0].section != "核心阅读"


def test_a_caption_s_first_line_with_a_clause_wraps_on_over_its_credit():
    # (a page of the second typesetter lost five articles: the caption's first line, holding a comma,
    # was cut from the rest because the lines under it close with a credit; it became a headline
    # and shifted every pairing of a headlines-first page) only a tier with no clause may stand
    # whole over a caption
    from banmian.layout.stream_tiers import wraps_tier
    from banmian.layout.stream_measure import Measure

    lines = ["有了跨江大桥，住在江北的", "老陈上班路上少花了一个", "小时。（江城视觉）", "城西农贸市场重新开业"]
    m = Measure(lines)
    assert wraps_tier(m, [m.widths[0]], lines[0], 1)


def _page(*header: str):
    text = stream(*header, "跨江大桥顺利合龙", *_body(_BRIDGE, _WIDTH),
                  "城西农贸市场重新开业", "本报记者 吴越", *_body(_MARKET, _WIDTH))
    return banmian.parse_text(text, enrich=False).pages[0]


def test_a_masthead_s_pieces_run_into_one_line_give_paper_page_and_section():
    # pdftotext -raw runs the masthead's pieces into one line, in any order
    for line in ("江城日报 7 要闻", "7 要闻 江城日报", "20 体育 江城日报 JIANGCHENG DAILY"):
        page = _page(line, "2022年5月6日 星期五", "责任编辑：吴越/版式设计：方圆")
        number, section = line.split()[:2] if line[0].isdigit() else line.split()[1:3]
        assert (page.number, page.section, page.meta.get("paper")) == (int(number), section, "江城日报"), line
        assert [a.headline.title for a in page.articles] == ["跨江大桥顺利合龙", "城西农贸市场重新开业"]


def test_the_page_number_and_section_before_the_date_are_no_paper_name():
    page = _page("12 地方新闻 2022年5月6日 星期五", "责任编辑：吴越 美编：方圆 校对：齐明")
    assert (page.number, page.section) == (12, "地方新闻")
    assert page.meta.get("paper") != "地方新闻"


def test_the_paper_s_name_beside_the_page_number_is_no_section():
    page = _page("第16版 江城日报", "2022.5.6 星期五", "责任编辑：吴越")
    assert (page.number, page.section, page.meta.get("paper")) == (16, None, "江城日报")


def test_a_section_name_alone_over_the_header_s_first_line_is_the_section():
    page = _page("文化", "2022年5月6日 星期五 13", "责任编辑：吴越/版式设计：方圆")
    assert (page.number, page.section) == (13, "文化")
    assert [a.headline.title for a in page.articles] == ["跨江大桥顺利合龙", "城西农贸市场重新开业"]


def test_an_editors_line_keeps_every_role_when_names_and_roles_are_set_apart_by_spaces():
    page = _page("江城日报 7 要闻", "2022年5月6日 星期五", "责任编辑：吴越 美编：方圆 校对：齐明")
    assert page.meta.get("editors") == "责任编辑：吴越；美编：方圆；校对：齐明"


def test_a_header_line_in_fake_bold_read_twice_by_the_extractor_is_read_once():
    # pdfminer keeps both copies of a run drawn twice (77 理论理论), pdfplumber each glyph's (77 理理论论)
    for doubled in ("77 理论理论", "77 理理论论"):
        page = _page("2022年5月6日 星期五", doubled, "责任编辑：吴越")
        assert (page.number, page.section) == (7, "理论"), doubled
    page = _page("2022年5月6日 星期五", "22 要闻", "责任编辑：吴越")  # a number alone doubled is no sign
    assert (page.number, page.section) == (22, "要闻")
