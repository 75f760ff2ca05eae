"""Text mode, figure boxes (数读): an item is its figure on a line of its own, what
the figure counts on the next line, and text saying the figure again. A label too
long to be told by its length alone (more than ten characters) under a figure,
over body text that says the figure's number again, is the item's paragraph, not
a headline of a new article; over text that never says the figure it stays a
headline. Invented text, units as the extractor's lines give them."""

from __future__ import annotations

from banmian.layout.figure_notes import figures_are_body
from banmian.layout.roles import BODY, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

_LABEL = "东部三市经江城港口进出口货物总价值"


def _units(explanation: list[str]) -> list[Unit]:
    return [Unit(Block(["数读"], TITLE)), Unit(Block(["258.6亿元"], TITLE)), Unit(Block([_LABEL], TITLE)),
            Unit(Block(explanation, BODY))]


def test_a_long_label_over_text_saying_its_figure_again_is_body() -> None:
    units = _units(["去年，东部三市（甲乙丙）企业经江城港", "口实际进出口的货物总价值258.6亿元人", "民币，比上年增长21.5%"])
    figures_are_body(units)
    assert [u.block.role for u in units] == [TITLE, BODY, BODY, BODY]


def test_a_long_line_over_text_that_never_says_the_figure_stays_a_headline() -> None:
    units = _units(["江城港务局介绍，港口去年新开通了四条", "集装箱航线，货运量比上年增长两成。"])
    figures_are_body(units)
    assert [u.block.role for u in units] == [TITLE, BODY, TITLE, BODY]
