"""Session 40 (text40b): a brief column's label standing alone (简讯, 快讯) is no author's name.

Invented text. Read as a name, the label signed the first brief, and the brief's own authors in
brackets after its last sentence were then left in its text (an article signed once is not cut
again).
"""

from __future__ import annotations

from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.text_bylines import mark_names_standing_alone
from banmian.layout.text_units import Unit
from banmian.model import Block


def _units(label: str) -> list[Unit]:
    return [Unit(Block([label], TITLE)),
            Unit(Block(["江城新开两条公交线路", "江城公交集团今天宣布新开两条", "公交线路，连通城北新区和火车",
                        "站，每天运营十六个小时，方便市", "民出行。（林小雨 王大山）"], BODY))]


def test_a_brief_label_alone_signs_no_brief() -> None:
    for label in ("简讯", "快讯", "财经短波"):
        units = _units(label)
        mark_names_standing_alone(units)
        assert units[0].block.role != BYLINE, label


def test_a_name_alone_over_a_body_still_opens_it() -> None:
    units = _units("林小雨")
    mark_names_standing_alone(units)
    assert units[0].block.role == BYLINE
