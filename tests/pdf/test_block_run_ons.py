"""A column block that carries on the paragraph the block before it left
unfinished (session 35, found by the independent interview and editor's
note pages; verse: the supplement page). Unit tests of the step (no PDF): lines placed as a typesetter
would, 10 pt type."""

from __future__ import annotations

from banmian.layout.block_run_ons import carried_in_face, opens_after_white_space, runs_on_from_above
from banmian.layout.body_units import Unit
from banmian.layout.columns import ColumnBlock, paragraph_starts
from banmian.layout.roles import BODY
from banmian.model import TextLine

SIZE = 10.0


def line(text: str, x0: float, y0: float, *, bold: bool = False, font: str = "SongStd") -> TextLine:
    return TextLine(text, (x0, y0, x0 + len(text) * SIZE, y0 + SIZE), SIZE, bold, font=font)


def test_a_framed_notes_rest_right_under_its_unfinished_first_line_opens_no_paragraph():
    # the note's first line indented two cells in a wide frame, its rest set apart as a block of its own
    first = Unit(BODY, [line("【编者按】乡村振兴，人才是关键。本报推出", 80.0, 100.0)], starts_paragraph=True)
    rest = ColumnBlock([line("“返乡青年”系列报道。", 60.0, 114.0)])
    assert runs_on_from_above([first], rest)
    finished = Unit(BODY, [line("【编者按】乡村振兴，人才是关键。", 80.0, 100.0)], starts_paragraph=True)
    assert not runs_on_from_above([finished], rest)  # a sentence's end: the next line may open a paragraph
    far = ColumnBlock([line("“返乡青年”系列报道。", 60.0, 160.0)])
    assert not runs_on_from_above([first], far)  # white space between: no next line of it


def test_a_column_opening_with_the_rest_of_a_bold_sentence_carries_it_on():
    question = Unit(BODY, [line("记者：书房建成以来，", 60.0, 400.0, bold=True)])
    top = ColumnBlock([line("市民的反响怎么样？", 200.0, 100.0, bold=True), line("王静：超出了预期。", 220.0, 114.0)])
    assert carried_in_face([question], top)
    plain = ColumnBlock([line("市民的反响怎么样？", 200.0, 100.0), line("王静：超出了预期。", 220.0, 114.0)])
    assert not carried_in_face([question], plain)  # another face: not the bold sentence's rest


def test_a_short_unfinished_line_over_a_block_ends_its_paragraph():
    # a heading set in the text (no mark, well short of the column) over the next paragraph's block
    heading = Unit(BODY, [line("新航线带来新机遇", 60.0, 100.0)])
    block = ColumnBlock([line("省交通运输厅介绍，新航线开", 80.0, 114.0), line("通后，往返时间缩短一半，", 60.0, 128.0),
                         line("沿线群众出行更方便了。", 60.0, 142.0)])
    block.right = 60.0 + 14 * SIZE
    assert not runs_on_from_above([heading], block)


def test_a_stanza_under_a_blank_line_opens_a_paragraph():
    # verse lines end with no mark: only the white space between stanzas parts them
    stanza = Unit(BODY, [line("春风从河湾吹来", 60.0, 100.0), line("把号子抛向远方", 60.0, 116.0)])
    under_blank = ColumnBlock([line("油菜花开满山坡", 60.0, 147.0), line("母亲弯下腰", 60.0, 163.0)])
    assert opens_after_white_space([stanza], under_blank)
    next_line = ColumnBlock([line("油菜花开满山坡", 60.0, 132.0)])
    assert not opens_after_white_space([stanza], next_line)  # the leading alone: the same stanza
    under_a_figure = ColumnBlock([line("油菜花开满山坡", 60.0, 260.0)])
    assert not opens_after_white_space([stanza], under_a_figure)  # a figure's height: the text runs on round it


def test_verse_set_centred_has_no_indented_lines():
    lines = [line("春风从河湾吹来", 95.0, 100.0), line("吹醒了沉睡的柳枝", 90.0, 116.0), line("渡口的老船夫", 100.0, 132.0),
             line("把一声号子抛向远方", 85.0, 148.0)]
    assert paragraph_starts(ColumnBlock(lines)) == [False, False, False, False]
    prose = [line("今年以来，全县新修公路", 80.0, 100.0), line("八十公里，改造危桥十二座，", 60.0, 116.0),
             line("通村公路全部硬化。", 60.0, 132.0)]
    assert paragraph_starts(ColumnBlock(prose)) == [True, False, False]


def test_a_clause_cut_mid_way_runs_on_past_white_space():
    # (realdev) …比重调整为11.2∶44.9∶43.9，工业 / (a box's white space) / 比重提高到…: the sentence goes on
    prose = Unit(BODY, [line("三次产业结构调整为11∶45∶44，工业", 60.0, 100.0)])
    under = ColumnBlock([line("比重提高到一半，服务业贡献上升。", 60.0, 132.0)])
    assert not opens_after_white_space([prose], under)


def test_prose_runs_on_past_white_space_after_a_sentences_end():
    # (seed 11) a sentence ends at a line's end over a box's white space; the paragraph goes on under it
    prose = Unit(BODY, [line("全村今年新修道路八公里。", 60.0, 100.0)])
    under = ColumnBlock([line("村里还建起了两座文化广场，", 60.0, 132.0)])
    assert not opens_after_white_space([prose], under)
