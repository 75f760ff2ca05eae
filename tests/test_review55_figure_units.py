"""Text mode, figure boxes: asking whether a headline unit is a figure over its
explanation changes nothing (the caller marks it the body's), and a unit cut
from a block keeps where the block came from. Invented text."""

from __future__ import annotations

from banmian.layout.figure_notes import _figure_with_its_explanation, figure_explanations_are_body
from banmian.layout.roles import BODY, TITLE
from banmian.layout.text_units import Unit, unit_of_lines
from banmian.model import Block


def _figure_unit() -> Unit:
    return Unit(Block(["4.25万亿", "1至5月，全省新增贷款", "4.25万亿元，同比多增三成"], TITLE, line_start=9))


def test_asking_of_a_figure_over_its_explanation_leaves_the_unit_as_it_was() -> None:
    unit = _figure_unit()
    assert _figure_with_its_explanation(unit)
    assert (unit.block.role, unit.paragraph_lines) == (TITLE, False)


def test_a_figure_over_its_explanation_in_one_block_is_marked_the_bodys() -> None:
    units = [_figure_unit()]
    figure_explanations_are_body(units)
    assert (units[0].block.role, units[0].paragraph_lines) == (BODY, True)


def test_a_unit_cut_from_a_block_keeps_its_page_size_and_line_number() -> None:
    src = Block(["江城新闻", "87.6%", "全市空气优良天数比例"], TITLE, page=3, line_start=20, font_size=9.0,
                vertical=False)
    unit = unit_of_lines(src.lines[1:], BODY, src, 1)
    assert (unit.block.lines, unit.block.role, unit.block.page, unit.block.line_start, unit.block.font_size) == (
        ["87.6%", "全市空气优良天数比例"], BODY, 3, 21, 9.0)
    assert unit.block.lines is not src.lines
