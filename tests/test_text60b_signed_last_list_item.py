"""Text mode: a list's last item closed by ； and its authors' bracket
(第二步：……；（张三 李四）), set apart under the items over it, is the body's
last line, not a title closed by its column's tag (invented units)."""

from __future__ import annotations

from banmian.layout.closing_lines import closing_lines_to_body
from banmian.layout.roles import BODY, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block


def _units(last: str, above: str) -> list[Unit]:
    return [Unit(Block(["折纸小灯笼"], TITLE)),
            Unit(Block(["所需材料：彩纸，胶水", above], BODY)), Unit(Block([last], TITLE))]


def test_signed_last_item_under_items_is_body():
    units = _units("第二步：把两端粘在一起；（王小川 李青）", "第一步：把彩纸剪成长条；")
    closing_lines_to_body(units)
    assert units[-1].block.role == BODY


def test_a_tagged_title_under_a_finished_text_stays():
    """A title closed by its column's tag (no ； before it, one run of characters inside) stays a title."""
    units = _units("灯笼里的年味（新春走基层）", "第一步：把彩纸剪成长条。")
    closing_lines_to_body(units)
    assert units[-1].block.role == TITLE


def test_a_signed_item_under_a_finished_sentence_is_asked_as_before():
    """Under a body whose last line ends no item (……。), the rule of a finished
    sentence reads the line, not this one: its ； item stays as read."""
    units = _units("第二步：把两端粘在一起；（王小川 李青）", "做好的灯笼可以挂在窗前。")
    closing_lines_to_body(units)
    assert units[-1].block.role == TITLE
