"""Text mode: a short line under a headline that opens a predicate (an adverb
only a verb follows, 继续 / 不断 / 进一步, or the correlative 越…越) is the
headline's tail, no column's label: a label names its column with no verb.
Invented lines."""

from __future__ import annotations

from banmian.layout.headline_labels import drop_labels_under_headlines
from banmian.layout.roles import BODY, OTHER, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

_BODY = ["本报江城3月1日电 江城", "市近日召开全市春季植树动员", "会，部署今年国土绿化工作。"]


def _unit(lines: list[str], role: str) -> Unit:
    return Unit(Block(list(lines), role))


def test_a_predicate_under_its_subject_is_the_headlines_tail() -> None:
    for tail in ("继续加大", "不断扩大", "越来越绿"):
        units = [_unit(["江城绿化投入力度"], TITLE), _unit([tail], TITLE), _unit(_BODY, BODY)]
        drop_labels_under_headlines(units)
        assert units[1].block.role == TITLE, tail


def test_a_column_label_under_a_headline_is_still_set_apart() -> None:
    units = [_unit(["江城绿化投入力度继续加大"], TITLE), _unit(["城建观察"], TITLE), _unit(_BODY, BODY)]
    drop_labels_under_headlines(units)
    assert units[1].block.role == OTHER
