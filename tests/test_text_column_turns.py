"""Text mode on a line stream where the column width turns between two
articles (PyMuPDF's blocks at a loose leading, one block a line): the lines
right after the turn are measured against the old column until the new
one fills the window around them. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import NO_OPEN, stream, typeset

_NARROW = 11
_WIDE = 16
_HOUSING = ("江城今年把老旧小区改造列为民生实事的头等大事，全市已有八十个小区开工，涉及居民两万多户，"
            "改造内容包括外墙保温、管网更新、加装电梯和增设停车位，居民们说，住了几十年的老房子终于有了新模样。")
_HOUSING_2 = ("市住建局负责人介绍，今年还将新开工一百个小区，让更多居民受益，改造前将充分听取居民意见，"
              "施工期间还将合理安排工期，尽量减少对居民生活的影响，小区改造完成后，物业服务也将同步跟上。")
_PARKS = ("园林局发布会上获悉：市政府日前印发的《江城公园建设规划实施方案》（下称《方案》）提出在城东新区、"
          "城南新区新建三座公园，总面积达到四十公顷，全部向市民免费开放。")
_PARKS_2 = "市园林局负责人表示，今年还将改造二十个街心花园，让市民出门见绿，推窗见景。"
_FERRY = ("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，新航线将在春节前开通，"
          "票价与原有航线相同，轮渡公司还更新了六艘渡船，船上设有暖气和座椅，乘客坐船更加舒适。")
#: the page's last article: a page has more lines than the case a test is about
_LAST = ["轮渡新增两条航线", "王 平", *typeset(_FERRY, _WIDE)]


def _dateline_body(first: str, text: str, width: int) -> list[str]:
    """A paragraph opened by its dateline on a line of its own measure
    (``first``: its digits half a cell each), the text going on under it
    in full lines (the indent was the first line's)."""
    return [first, *_full_lines(text, width)]


def _full_lines(text: str, width: int) -> list[str]:
    """``text`` in lines of ``width`` characters, no mark opening a line."""
    lines: list[str] = []
    while text:
        cut = min(width, len(text))
        while cut < len(text) and text[cut] in NO_OPEN:
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    return lines


def test_a_body_opened_by_its_dateline_where_the_column_widens_stays_one_body():
    first = typeset(_HOUSING, _NARROW) + typeset(_HOUSING_2, _NARROW)
    second = _dateline_body("本报江城3月15日电 记者15日从江城", _PARKS, _WIDE) + typeset(_PARKS_2, _WIDE)
    # the first article's headline is drawn before its body, the second's after its own
    lines = ["老旧小区换新颜", "周明华", *first, *second, "城东新建三座公园", "林 涛", *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园", "轮渡新增两条航线"]
    assert articles[1].dateline == "本报江城3月15日电"
    assert articles[1].paragraphs == ["记者15日从江城" + _PARKS, _PARKS_2]


_STREET = ("城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰，老街改造还保留了传统街巷风貌，"
           "青石板路、老字号店铺和百年古树都得到了保护，居民们说，老街既有了新面貌，又留住了老味道。")


def test_a_kicker_naming_who_spoke_as_wide_as_the_column_is_no_paragraph():
    # the headline is drawn after its body; its kicker (……会议上强调) fills a column line
    kicker = "江城市长在全市城建工作会议上强调"
    assert len(kicker) == _WIDE
    lines = [*typeset(_STREET, _WIDE), kicker, "保留传统街巷风貌 推进老旧城区改造", "升级", "林 涛", *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert articles[0].headline.kicker == kicker
    # (where the title's wrapped line joins, the line break may stay a space)
    assert articles[0].headline.title.replace(" ", "") == "保留传统街巷风貌推进老旧城区改造升级"
    assert articles[0].paragraphs == [_STREET]


def test_a_body_opened_by_a_quoted_wire_dateline_where_the_column_narrows_stays_one_body():
    first = _full_lines(_STREET + _HOUSING + _HOUSING_2, _WIDE + 1)
    # 据新华社…电: the paper quotes the wire's dateline, on a line of its own; the column narrows
    text = "（记者林涛）" + _PARKS + _PARKS_2
    second = ["据新华社江城3月15日电", *_full_lines(text, _WIDE - 2)]
    lines = ["老街改造惠及千户居民", "周明华", *first, *second, "园林局通报——", "城东新建三座公园", "林 涛", *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["老街改造惠及千户居民", "城东新建三座公园", "轮渡新增两条航线"]
    # the quoted dateline and its reporter's bracket leave the body, as a paper's own do
    assert articles[1].dateline == "据新华社江城3月15日电"
    assert [(b.role, b.name) for b in articles[1].bylines] == [("记者", "林涛")]
    assert "".join(articles[1].paragraphs) == _PARKS + _PARKS_2


def test_a_name_between_two_headlines_is_the_first_one_s_author():
    # the first headline is drawn after its body: a kicker, a title a cell short of the column
    # (a paragraph's first line is two short), its author; then a banner and the next headline
    title = "老旧小区改造方案须先听居民意见"
    assert len(title) == _WIDE - 1
    lines = [*typeset(_STREET, _WIDE), "江城市政府要求", title, "周明华", "奋进新时代 建功新征程",
             "城东新建三座公园", *typeset(_PARKS_2 + _HOUSING_2, _WIDE), *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert articles[0].headline.title == title
    assert [b.name for b in articles[0].bylines] == ["周明华"]


def test_a_kicker_wrapped_inside_a_number_in_words_is_one_tier():
    # 五米三 / 一: a number is never cut between two tiers, whatever the widths of the lines
    lines = ["老街改造惠及千户居民", "周明华", *typeset(_STREET, _WIDE), "（本报江城3月5日电）",
             "城东选手以五米三", "一的成绩获得季军", "王平刷新男子撑竿跳", "室内全省纪录", "本报记者 林涛",
             *typeset("昨天凌晨，在省田径室内赛上，王平越过5米31，刷新男子撑竿跳室内全省纪录，获得季军。" + _HOUSING_2, _WIDE),
             *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert articles[1].headline.kicker == "城东选手以五米三一的成绩获得季军"
    assert articles[1].headline.title == "王平刷新男子撑竿跳室内全省纪录"


def test_a_short_kicker_ending_in_a_dash_after_a_continued_on_note_stands_alone():
    # ——: the kicker ends there (市政府发言人——), no sentence goes on into the title's first line
    lines = ["老街改造惠及千户居民", "周明华", *typeset(_STREET, _WIDE), "（下转第2版）",
             "江城市园林局——", "城东新区今年", "新建三座公园", "王 平",
             *typeset("城东新区今年新建三座公园，" + _PARKS_2 + _HOUSING_2, _WIDE), *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert articles[1].headline.kicker == "江城市园林局——"
    assert articles[1].headline.title == "城东新区今年新建三座公园"
