"""A unit's line widths, kept from measuring its column width, are taken again
only while its lines are still the ones measured."""

from __future__ import annotations

from banmian.layout.reflow import cell_width
from banmian.layout.text_units import Unit
from banmian.model import Block


def _unit() -> Unit:
    return Unit(Block(["春风吹绿了山坡上的果园，", "果农们忙着修剪枝条，准备", "迎接新一年的丰收季节AB。", "完。"]))


def test_line_widths_are_every_line_measured() -> None:
    unit = _unit()
    assert unit.width == 12.0
    assert unit.line_widths() == [12.0, 12.0, 12.0, 2.0]


def test_line_widths_follow_lines_rewritten_in_place() -> None:
    unit = _unit()
    assert unit.width == 12.0
    unit.block.lines[0] = "短行。"
    assert unit.line_widths() == [cell_width(x) for x in unit.block.lines] == [3.0, 12.0, 12.0, 2.0]


def test_line_widths_are_a_new_list_each_time() -> None:
    unit = _unit()
    assert unit.width == 12.0
    widths = unit.line_widths()
    widths[0] += 5
    assert unit.line_widths()[0] == 12.0
