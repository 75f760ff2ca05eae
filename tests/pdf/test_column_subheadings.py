"""Subheadings set in the body size inside a column: told by weight or face.

Unit tests of the column step (no PDF): each line is placed as a typesetter
would place it in one column 10 em wide, 10 pt type.
"""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.column_heads import bold_heads
from banmian.model import TextLine

SONG, HEI = "SongStd", "HeiStd"
LEFT, SIZE, WIDTH = 100.0, 10.0, 100.0


def line(k: int, text: str, font: str = SONG, *, indent: float = 0.0, centred: bool = False,
         bold: bool = False) -> TextLine:
    width = min(len(text) * SIZE, WIDTH - indent)
    x0 = LEFT + (WIDTH - width) / 2 if centred else LEFT + indent
    y0 = 200.0 + k * 1.6 * SIZE
    return TextLine(text, (x0, y0, x0 + width, y0 + SIZE), SIZE, bold, font=font)


def heads(lines: list[TextLine], starts: list[bool]) -> set[int]:
    return bold_heads(ColumnBlock(lines), starts, (SONG, False))


def test_other_face_centred_over_two_lines_is_one_subheading():
    lines = [line(0, "上一段文字到这里结束了。", indent=20),
             line(1, "把握发展阶段的新变化新", HEI),
             line(2, "特点", HEI, centred=True),
             line(3, "新的一段从这里开始，文字", indent=20),
             line(4, "一直排到栏的右边为止。")]
    assert heads(lines, [True, False, True, True, False]) == {1, 2}


def test_a_paragraph_in_another_face_with_a_full_stop_is_no_subheading():
    """A short paragraph in 楷体 (an editor's note) says a sentence: no subheading,
    whether it runs in the column or stands as a block of its own."""
    note = [line(1, "编者按：这是一段用楷体", "KaiStd"), line(2, "排出的说明文字，说完了。", "KaiStd")]
    lines = [line(0, "上一段文字到这里结束了。", indent=20), *note,
             line(3, "正文从这里开始，文字一直", indent=20), line(4, "排到栏的右边为止。")]
    assert heads(lines, [True, False, False, True, False]) == set()
    assert heads(note, [False, False]) == set()


def test_a_bold_line_opening_a_column_carries_on_a_bold_sentence_the_column_before_left_open():
    """(session 35) An interview's question set bold, broken at a column's foot
    (记者：城市书房建成以来， / 市民的反响怎么样？): the next column's first line is
    the question's rest, no subheading; with no sentence left open it is one."""
    lines = [line(0, "书房的反响怎么样？", bold=True), line(1, "王静：读者比我们想的多，", indent=20),
             line(2, "很多人晚上也来看书。")]
    starts = [False, True, False]
    assert bold_heads(ColumnBlock(lines), starts, (SONG, False), carried=True) == set()
    assert heads(lines, starts) == {0}
