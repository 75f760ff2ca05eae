"""Text mode: a narrow headline box of lines with no clause mark, read as body
right after a text closed by its authors' bracket, is the next report's
headline (as after a note sending the text on to another page)."""

from __future__ import annotations

from banmian.layout.opening_titles import headlines_read_as_body
from banmian.layout.text_units import Unit
from banmian.model import Block, Role
from tests.test_line_stream import FERRY, PARKS
from tests.test_line_stream import typeset_body as _body

_BOX = ["江城交通局发文", "渡口管理纳入航", "运考核体系"]


def _units(closing: str) -> list[Unit]:
    return [Unit(Block(["江城新建三座公园"], Role.TITLE)), Unit(Block([*_body(PARKS), closing], Role.BODY)),
            Unit(Block(list(_BOX), Role.BODY)), Unit(Block(_body(FERRY), Role.BODY))]


def test_a_narrow_box_after_a_signed_text_is_a_headline():
    units = _units("（记者 张三）")
    headlines_read_as_body(units)
    assert units[2].block.role == Role.TITLE


def test_a_narrow_box_after_a_text_going_on_stays_body():
    units = _units("市民纷纷表示，新公园建成后")  # the text goes on: its lines, no headline
    headlines_read_as_body(units)
    assert units[2].block.role == Role.BODY
