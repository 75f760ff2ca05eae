"""Text mode: the page's :class:`Echoes` counts a headline's pairs in a body
text once and gives every later asking the same count (text_direction.py):
the stages that weigh wording (the page's direction, each group's, the claims'
settling) ask the same headline of the same body. Counted through it or not,
the answers are the same. Invented text."""

from __future__ import annotations

from banmian.layout import text_direction
from banmian.layout.roles import BODY, TITLE
from banmian.layout.text_direction import Echoes, bigrams, echo_lean, group_directions, shared_pairs
from banmian.layout.text_units import Unit
from banmian.model import Block

_HEAD = "江城新建三座公园"
_OWN = "江城新建三座公园，今年市民出门就能走进绿地。公园里种了银杏和桂花。"
_OTHER = "河西镇的菜农清早把新鲜蔬菜送进城里，早市上买菜的人排起长队。"


def _units() -> list[Unit]:
    return [Unit(Block([_OTHER], BODY)), Unit(Block([_HEAD], TITLE)), Unit(Block([_OWN], BODY)),
            Unit(Block(["公园种银杏桂花"], TITLE)), Unit(Block([_OTHER], BODY))]


def test_a_count_is_the_same_whether_asked_once_or_again(monkeypatch) -> None:  # noqa: ANN001
    echoes = Echoes()
    head = echoes.group_pairs(_units()[1:2])
    foreign = frozenset(set(head))  # (the same pairs, gathered elsewhere: another set)
    assert echoes.shared(head, _OWN) == shared_pairs(head, _OWN) == len(head)
    assert echoes.shared(head, _OTHER) == shared_pairs(head, _OTHER) == 0
    assert echoes.shared(foreign, _OWN) == len(head)
    # asked again, the count kept is given: the text is not searched a second time
    monkeypatch.setattr(text_direction, "shared_pairs", lambda head, text: -1)
    assert echoes.shared(head, _OWN) == len(head)
    assert echoes.shared(head, _HEAD + _OWN) == -1  # (a text not counted before is counted)
    assert echoes.shared(foreign, _OWN) == -1  # (a pair set this object did not give is counted every time)


def test_a_groups_pairs_and_lean_are_the_same_through_the_pages_echoes() -> None:
    units = _units()
    echoes = Echoes()
    assert echoes.group_pairs(units[1:2]) == bigrams(_HEAD)
    assert echo_lean(units[1:2], _OTHER, _OWN, echoes) == echo_lean(units[1:2], _OTHER, _OWN) == 1.0


def test_directions_are_the_same_through_the_pages_echoes() -> None:
    alone = group_directions(_units(), True)
    echoes = Echoes()
    shared = group_directions(_units(), True, echoes=echoes)
    again = group_directions(_units(), True, echoes=echoes)  # (every count now kept)
    assert alone == shared == again and set(alone) == {1, 3}
