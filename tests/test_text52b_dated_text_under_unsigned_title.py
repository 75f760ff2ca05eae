"""Text mode, a page that signs its headlines with a name alone: an unsigned
headline between two texts is no subheading where the text under it opens with
its own dateline (本报讯（记者 …）…): that text is another article, signed in it."""

from __future__ import annotations

from banmian.layout.text_bylines import unsigned_headlines_on_signed_pages
from banmian.layout.text_units import Unit
from banmian.model import Block, Byline, Role
from tests.test_text_signed_pages import BRIDGE, RIVER
from tests.test_line_stream import FERRY, PARKS


def _unit(role: Role, *lines: str) -> Unit:
    return Unit(Block(list(lines), role), bylines=[Byline(None, lines[0])] if role == Role.BYLINE else [])


def test_a_title_over_a_datelined_text_stays_a_title_on_a_signed_page():
    # three headlines signed with a name alone, one (over a report) unsigned, set between two
    # texts: the report under it opens with its dateline and reporter
    report = ["本报讯（记者 张晓明）江城轮渡公司昨天宣布，新开两条跨江航线，", "市民过江时间缩短一半。"]
    units = [_unit(Role.TITLE, "让内河重现碧水清波"), _unit(Role.BYLINE, "周明华"), _unit(Role.BODY, *RIVER),
             _unit(Role.TITLE, "江城新建三座公园"), _unit(Role.BYLINE, "林涛"), _unit(Role.BODY, *PARKS),
             _unit(Role.TITLE, "内河步行桥"), _unit(Role.TITLE, "连起两岸公园"), _unit(Role.BODY, *report),
             _unit(Role.TITLE, "轮渡新增两条航线"), _unit(Role.BYLINE, "王平"), _unit(Role.BODY, *FERRY),
             _unit(Role.BODY, *BRIDGE)]
    unsigned_headlines_on_signed_pages(units)
    assert [u.block.role for u in units[6:8]] == [Role.TITLE, Role.TITLE]
    # the same headline over a text that opens with no dateline is a subheading of the text around it
    units[8] = _unit(Role.BODY, "江城轮渡公司昨天宣布，新开两条跨江航线，", "市民过江时间缩短一半。")
    for unit in units[6:8]:
        unit.block.role = Role.TITLE
    unsigned_headlines_on_signed_pages(units)
    assert [u.block.role for u in units[6:8]] == [Role.SUBHEADING, Role.SUBHEADING]
