"""A body drawn row by row across six, seven or eight columns (a broadsheet's
article set across most of its page) is read down its columns again in text
mode, as one across two to five columns was (``tests/test_text51b_woven_rows.py``):
the columns' rule (a paragraph's short last line, then an indented opening) holds
at every ``k``-th line whatever ``k``. Invented page: a header, a headline over
the woven body, two short reports after."""

from __future__ import annotations

import pytest

import banmian
from tests.test_text51b_woven_rows import _column_lines

#: the woven report's paragraphs (invented, of one to ten lines: columns whose paragraphs end in
#: step read across as well as down), set in columns of ``_WIDTH`` characters
_PARAGRAPHS = [
    "初春时节，沿江各县的茶园陆续开采，采茶工人天不亮就背着竹篓上山，赶在露水干前采下"
    "头一批嫩芽。桂溪镇的茶农老周今年新添了两台揉捻机，他说过去全靠手工炒制，一天只能"
    "做十几斤，如今翻了好几倍。镇里的合作社统一收购鲜叶，按等级定价，当天结算，茶农不"
    "再为销路发愁，种茶的积极性明显提高。",
    "县农业部门还请来省里的专家，在田间地头讲授修剪、施肥和病虫害防治的办法，不少年轻"
    "人也回乡学艺。",
    "在山脚下新建的加工厂里，一条条生产线正在调试，负责人介绍说，投产后每年可加工干茶"
    "三百多吨。为了把好质量关，合作社给每一片茶园建了档案，从施肥到采摘都有记录，买家"
    "扫一扫就能看到。",
    "去年，桂溪的春茶第一次走进了省城的茶博会，不少客商当场签下订单，茶叶价格比往年高"
    "出两成。",
    "老周说，等今年的新茶上市，他打算在自家院子里开一间茶室，让来山里游玩的客人坐下来"
    "喝杯好茶。县里的负责人表示，下一步将把茶园和乡村旅游结合起来，修好通往茶山的步道"
    "，办好每年的开茶节。夕阳西下，茶山上的采茶歌此起彼伏，一筐筐新采的鲜叶被送下山来"
    "，空气里飘满了淡淡的茶香。有了好收成，村里的年轻人说，明年还要多种几亩新品种，把"
    "家乡的茶叶卖到更远的地方去。",
    "清明前后，镇上的茶叶收购点排起了长队，收购员拿起一把鲜叶闻一闻、看一看，很快报出"
    "价格。",
    "家住半山腰的刘大姐一早采了二十多斤，她笑着说，往年这时候还在发愁卖给谁，现在家门"
    "口就能卖。",
    "合作社的仓库里，新茶按等级装进印着镇名的纸盒，再贴上二维码，当天就发往全国各地的"
    "买家手中。一些在外打工多年的村民也回来了，有的承包了荒山种新茶，有的开起网店，把"
    "茶叶卖到了海外。",
    "镇里的小学把茶文化搬进了课堂，孩子们跟着老茶农学采茶、认茶树，还学会了用家乡话唱"
    "采茶歌。到了晚上，广场上的灯亮起来，茶农们围坐在一起，说着今年的收成，盘算着明年"
    "的打算。天色渐晚，加工厂里的灯还亮着，工人们正忙着把今天的鲜叶摊晾好，等待明天一"
    "早的炒制。",
]
_WIDTH = 13
_TITLE = "春茶飘香山乡美"

_HEADER = ["沿江日报", "2026年4月8日 星期三", "第5版 乡村"]
_HEAD = [_TITLE]
_OTHER = ["渡口新船下水", "本报讯 记者从县交通局获悉，江心渡口的两艘新",
          "渡船日前正式下水，每船可载客六十人，往返一趟",
          "只需十分钟。新船配有救生设备和遮雨棚，两岸群",
          "众出行更加方便安全。",
          "乡村书屋添新书", "本报讯 县图书馆近日为全县四十个乡村书屋送去",
          "新书两万余册，内容涵盖种植养殖、医疗保健和少",
          "儿读物，还为每个书屋配了一名管理员。"]


def _columns(count: int) -> list[list[str]]:
    """The body's lines parted into ``count`` equal columns (the last a line or more shorter)."""
    lines = _column_lines(_PARAGRAPHS, _WIDTH)
    per = -(-len(lines) // count)
    return [lines[k:k + per] for k in range(0, len(lines), per)]


def _woven(columns: list[list[str]]) -> list[str]:
    """The columns' lines row by row, a line each (PyMuPDF's ``get_text()`` in drawing order)."""
    return [column[r] for r in range(len(columns[0])) for column in columns if r < len(column)]


def _body_of(text: str) -> list[str]:
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    woven = next(a for a in articles if a.headline.title == _TITLE)
    return [p.replace(" ", "") for p in woven.paragraphs]


@pytest.mark.parametrize("count", [6, 7, 8])
def test_a_body_woven_across_many_columns_is_read_down(count):
    columns = _columns(count)
    assert len(columns) == count
    text = "\n".join([*_HEADER, *_HEAD, *_woven(columns), *_OTHER]) + "\n"
    assert _body_of(text) == _PARAGRAPHS


@pytest.mark.parametrize("count", [6, 8])
def test_many_columns_read_down_stay_as_they_are(count):
    body = [line for column in _columns(count) for line in column]
    text = "\n".join([*_HEADER, *_HEAD, *body, *_OTHER]) + "\n"
    assert _body_of(text) == _PARAGRAPHS


#: a brief closed by its reporter's bracket before the woven part, on the page's first lines
_BRIEF = ["湖边步道全线贯通", "本报讯 环湖步道日前全线贯通，全长十二公里，沿",
          "途设有六处休息驿站和两座观景台，市民可以步行或", "骑行环湖一周。（记者 周文）"]


def test_a_note_carried_on_from_another_page_opens_the_first_column():
    """The part carried on from page 2 has no headline here: its note （上接第2版） is its first
    column's first line, so the first row's first piece. Read down from the row after, the
    columns came out turned (the first column last)."""
    columns = _columns(3)
    columns[0] = ["（上接第2版）", *columns[0]]
    text = "\n".join([*_HEADER, *_BRIEF, *_woven(columns), *_OTHER]) + "\n"
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    carried = next(a for a in articles if a.paragraphs and a.paragraphs[0].startswith("初春"))
    assert [p.replace(" ", "") for p in carried.paragraphs] == _PARAGRAPHS


def test_a_woven_run_reaches_back_over_no_caption():
    """A woven run's first row is sought back from where its reading first keeps the columns'
    rule; a line as wide as the column over a caption line wider than it (another article's
    headline, then a photo's caption drawn before the body) is not its first row's."""
    from banmian.layout.woven_rows import _bounds, _Shapes

    columns = _columns(3)
    rows = _woven(columns)
    head = [*_HEADER, "江畔新建口袋公园迎接游人", "图为市民在新建成的滨江步道上散步，远处是刚刚开放的观景台。　林川摄"]
    shapes = _Shapes([*head, *rows])
    first = len(head)
    start, _ = _bounds(shapes, first + 1, first + 30, 3, 3, len(head) + len(rows))
    assert start == first
