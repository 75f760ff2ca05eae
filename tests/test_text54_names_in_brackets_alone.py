"""Text mode: a block that is one bracket of names alone (（张三 李四）), each
opening with a surname, closes the text above as its authors even where that
text ends with a reader's signature rather than a full stop; no headline is
names in brackets. A column's tag in brackets names no one. Invented text."""

from banmian.layout.roles import BODY, OTHER
from banmian.layout.text_closing import closing_names
from banmian.layout.text_units import Unit
from banmian.model import Block

_LETTER = ["小区门口的共享单车越停越多，早晚高峰", "时连人行道都被占满，希望有关部门加强", "管理。"]


def _units(bracket: str) -> list[Unit]:
    return [Unit(Block(_LETTER, BODY)), Unit(Block(["江城市东湖区读者 王小明"], OTHER)), Unit(Block([bracket], OTHER))]


def test_names_in_brackets_alone_close_the_text_above() -> None:
    names = closing_names(_units("（林川 周文）"), 2)
    assert names is not None and [b.name for b in names] == ["林川", "周文"]


def test_a_tag_in_brackets_is_no_names() -> None:
    assert closing_names(_units("（读者来信）"), 2) is None
