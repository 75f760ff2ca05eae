"""A headline set vertically (one glyph a line, put back on one line) and a
short line set across under it (a column's label, 读书札记) are two tiers'
lines, never the two phrases of one title; pieces of one vertical strip may
still be. Invented text."""

from banmian.layout.phrase_lines import join_phrase_lines
from banmian.layout.roles import BODY, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

_BODY = ["河边的老街又亮起了灯火，小吃摊前排起了长队，游客们边走边尝。"]


def _lines(units: list[Unit]) -> list[list[str]]:
    return [u.block.lines for u in units]


def test_vertical_title_and_label_across_stay_apart() -> None:
    units = [Unit(Block(["老街的灯火"], TITLE, vertical=True)), Unit(Block(["读书札记"], TITLE)),
             Unit(Block(list(_BODY), BODY))]
    assert _lines(join_phrase_lines(units))[:2] == [["老街的灯火"], ["读书札记"]]


def test_pieces_of_one_vertical_strip_still_join() -> None:
    units = [Unit(Block(["老街的灯火"], TITLE, vertical=True)), Unit(Block(["小城的烟火"], TITLE, vertical=True)),
             Unit(Block(list(_BODY), BODY))]
    assert _lines(join_phrase_lines(units))[0] == ["老街的灯火 小城的烟火"]
