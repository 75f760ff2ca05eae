"""A jump note (（下转第6版）) set flush right under the foot of a column whose
text is set larger than the page's body: the note, short and at the text's
size, passed for a headline line; it became the title of an article and took
the next article's columns (issue 9, point 1). It is the column's last line,
with the column's text (:func:`.second_body.column_text`). Lines built by hand."""

from __future__ import annotations

from banmian.layout.second_body import column_text
from banmian.model import TextLine

_SIZE, _LEAD = 8.2, 12.5
_TEXT = ["清晨六点，老街的豆腐坊已经亮起了灯，", "石磨转动的声音伴着热气飘出门外，街坊", "们提着碗陆续赶来。掌柜的说，这门手艺",
         "传到他手里已是第四代，守着老方法做豆", "腐，图的是一个实在，街坊们吃着放心。", "如今，年轻的徒弟也学会了点卤的火候，",
         "还在网上开了小店，把老街的味道送到了", "更远的地方，订单一天比一天多起来。"]


def _line(text: str, x: float, y: float, right: float | None = None) -> TextLine:
    x0 = x if right is None else right - _SIZE * len(text)
    return TextLine(text, (x0, y, x0 + _SIZE * len(text), y + _SIZE), _SIZE, font="AR PL UMing CN")


def _column(x: float = 500.0, top: float = 400.0) -> list[TextLine]:
    return [_line(t, x, top + _LEAD * i) for i, t in enumerate(_TEXT)]


def test_a_jump_note_under_larger_column_text_is_text():
    column = _column()
    foot = column[-1].y1
    note = _line("（下转第6版）", 0, foot + 0.6 * _LEAD, right=column[0].x1)
    taken = column_text(column + [note])
    assert {id(ln) for ln in column} <= taken
    assert id(note) in taken
    # far under the column (a row lower), or any other short line under it: not the column's
    far = _line("（下转第6版）", 0, foot + 6 * _LEAD, right=column[0].x1)
    label = _line("新春走基层", 0, foot + 0.6 * _LEAD, right=column[0].x1)
    taken = column_text(column + [far, label])
    assert id(far) not in taken and id(label) not in taken
