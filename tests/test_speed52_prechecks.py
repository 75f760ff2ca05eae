"""The cheap first tests session 52's speed cuts ask before slower work: each
must let through everything the slower work could find."""

from __future__ import annotations

import re

from banmian.layout.column_heads import face_counts, text_face
from banmian.layout.columns import ColumnBlock
from banmian.layout.marked_bylines import marked_bylines
from banmian.layout.roles import BODY, CAPTION
from banmian.layout.rules import name_tokens
from banmian.layout.segment import group_headings, heading_lines_apart, is_heading_line
from banmian.model import TextLine
from banmian.sources.glyphs import STAND_IN_BLOCKS, has_stand_ins


def test_marked_parts_and_signatures_are_still_names():
    # name_tokens asks marked_bylines only of a line with a slash (either width) or 评论员
    assert name_tokens("文/韦小川 图/蓝天") == ["韦小川", "蓝天"]
    assert name_tokens("文／林溪") == ["林溪"]
    assert name_tokens("本报评论员") == ["本报评论员"]
    for text in ("韦小川 蓝天", "文·图 张三", "本报记者 张三", "张三摄"):  # no slash, no 评论员: none found
        assert marked_bylines(text) is None


def test_every_stand_in_lies_in_the_blocks_searched_first():
    # extract_page searches the page's text for these blocks (and unmapped glyphs) before has_stand_ins
    blocks = re.compile("[" + STAND_IN_BLOCKS + "]")
    found = [code for code in range(0x30000) if has_stand_ins(chr(code))]
    assert found and all(blocks.match(chr(code)) for code in found)


def _line(text: str, y: float, size: float, x: float = 50.0, vertical: bool = False) -> TextLine:
    width = size if vertical else size * len(text)
    height = size * len(text) if vertical else size
    return TextLine(text, (x, y, x + width, y + height), size, vertical=vertical)


def test_heading_lines_apart_as_is_heading_line():
    body = 10.0
    lines = [_line("正文", 0, size) for size in (9.5, 10.0, 11.1, 11.2, 11.3, 16.0)]
    lines += [_line("竖排", 0, size, vertical=True) for size in (10.0, 10.5, 10.6)]
    headings, text = heading_lines_apart(lines, body)
    assert headings == [ln for ln in lines if is_heading_line(ln, body)]
    assert text == [ln for ln in lines if not is_heading_line(ln, body)]


def test_a_lead_in_dash_reaches_the_line_under_it_past_a_plain_reach():
    # group_headings passes over a group whose foot stands beyond the farthest reach (a lead-in
    # dash's, at the larger size): a line just inside that reach still joins the dash's line
    body = 10.0
    dash = _line("北京经开区——", 100, 24.0)
    far = _line("打造创新高地", 124 + 1.9 * 24.0 * 1.2, 24.0)
    plain = _line("北京经开区", 300, 24.0)
    too_far = _line("打造创新高地", 324 + 1.9 * 24.0 * 1.2, 24.0)
    groups = group_headings([dash, far, plain, too_far], body)
    assert [[ln.text for ln in g.lines] for g in groups] == [
        ["北京经开区——", "打造创新高地"], ["北京经开区"], ["打造创新高地"]]


def test_face_counts_as_text_face_counts():
    lines = [TextLine("宋体正文", (0, 0, 40, 10), 10.0, font="SongTi"),
             TextLine("黑体小标题", (0, 12, 50, 22), 10.0, bold=True, font="HeiTi"),
             TextLine("图片说明", (0, 30, 40, 39), 9.0, font="KaiTi")]
    blocks = [ColumnBlock(lines[:2]), ColumnBlock(lines[2:], role=CAPTION)]
    sizes: dict[float, int] = {}
    fonts, bold, total = face_counts(blocks, sizes)
    assert fonts == {"SongTi": 4, "HeiTi": 5, "KaiTi": 4} and (bold, total) == (5, 13)
    assert sizes == {10.0: 2}  # the body blocks' lines only
    assert text_face(blocks) == ("HeiTi", False) and blocks[0].role == BODY


def test_verse_set_centred_is_still_told_from_its_first_and_last_lines():
    # columns._centred_lines first compares the first and last lines' centres (over a character apart: none)
    from banmian.layout.columns import paragraph_starts

    def centred(text: str, y: float, centre: float = 150.0) -> TextLine:
        half = 5.0 * len(text)
        return TextLine(text, (centre - half, y, centre + half, y + 10), 10.0)

    verse = ColumnBlock([centred("床前明月光", 0), centred("疑是地上霜啊", 14), centred("举头望明月", 28),
                         centred("低头思", 42)])
    assert paragraph_starts(verse) == [False] * 4  # on one centre: the last line's indent is no paragraph's
    moved = ColumnBlock(verse.lines[:3] + [centred("低头思", 42, centre=161.0)])  # its centre over a character off
    assert paragraph_starts(moved) == [False, False, False, True]
    prose = ColumnBlock([TextLine("　　第一段开头", (120, 0, 180, 10), 10.0), TextLine("接着写下去的正文", (100, 14, 180, 24), 10.0),
                         TextLine("　　第二段开头", (120, 28, 180, 38), 10.0), TextLine("完。", (100, 42, 120, 52), 10.0)])
    assert paragraph_starts(prose) == [True, False, True, False]
