"""A subheading's wrapped line beside a hung mark (session 57, pdf57b).

Columns a character apart, their lines' closing marks hung into the gutter:
the hung comma's box ends where the next column's lines start. A subheading
there, set in a bold face, wraps to a short second line; when that line
stands level with a line of the column on its left ending in a hung mark, the
two touch. The column's edges still tell the gutter (the left line ends, bar
its mark, at its column's right edge; the subheading's line starts at its
column's left edge): two lines, the subheading whole, though the faces differ.
"""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import HEAD_FONT, blank_page, header, page_articles, save  # noqa: E402

from banmian.sources.pdf_spans import Span, build_lines  # noqa: E402

SIZE = 10.0
LEAD = 15.0
PER = 12  # characters a column's line
LEFT = 40.0
RIGHT = LEFT + (PER + 1) * SIZE  # the next column starts one character (the hung mark's box) past the edge
TOP = 160.0

#: twelve-character lines of the left column; a hung comma closes every other one
_LEFT_LINES = ["春天的田野里处处是忙碌的", "身影村民们赶着牛下地翻土", "合作社的农技员走进地头为", "大家讲解新品种的种植要点",
               "几位老人坐在田埂上说起了", "当年的光景都说如今的日子", "比过去好了不知多少倍村口", "的小卖部也换了新招牌门前",
               "停满了来往的电动车和小货", "车年轻人在网上卖起了山货"]
_HEAD = ("农技服务送到了田间", "地头")  # the subheading, wrapped: nine characters, then two


def _song(text: str, x: float, row: int, size: float = SIZE, font: str = "Song") -> Span:
    top = TOP + row * LEAD
    return Span(text, (x, top, x + size * len(text), top + size), size, False, top + 0.88 * size, font=font)


def test_a_bold_subheadings_second_line_beside_a_hung_mark_is_its_own_line():
    spans = []
    for row, text in enumerate(_LEFT_LINES):
        spans.append(_song(text + ("，" if row % 2 else ""), LEFT, row))
    for row in range(10):
        if row == 4:
            spans.append(_song(_HEAD[0], RIGHT, row, 10.5, "Hei"))
        elif row == 5:
            spans.append(_song(_HEAD[1], RIGHT, row, 10.5, "Hei"))
        else:
            spans.append(_song("右栏的正文也排满了一整行", RIGHT, row))
    texts = [line.text for line in build_lines(spans)]
    assert _HEAD[1] in texts
    assert _LEFT_LINES[5] + "，" in texts
    assert not any("，" + _HEAD[1] in t for t in texts)


def test_in_an_article_set_larger_than_the_page_body_a_larger_subheading_line_is_parted_too():
    """The two columns at 10 points, the page's commonest size (another
    article's) 8.5: the subheading's line at 11 points, past the left line's
    hung mark, is still the next column's, as a line at the text's size is."""
    spans = []
    for row, text in enumerate(_LEFT_LINES):
        spans.append(_song(text + ("！" if row % 2 else ""), LEFT, row))
    for row in range(10):
        text = _HEAD[1] if row == 5 else "右栏的正文也排满了一整行"
        spans.append(_song(text, RIGHT, row, 11.0 if row == 5 else SIZE, "Hei" if row == 5 else "Song"))
    spans += [Span("另一篇文章的正文字号较小共十六个字", (40.0, 400.0 + 12 * k, 176.0, 408.5 + 12 * k), 8.5,
                   False, 407.5 + 12 * k, font="Song") for k in range(40)]
    texts = [line.text for line in build_lines(spans)]
    assert _HEAD[1] in texts
    assert _LEFT_LINES[5] + "！" in texts


def test_a_comma_before_a_run_of_another_face_inside_a_line_still_joins_it():
    """A line whose comma is followed by a run in a bold face where no column
    starts (a stressed phrase inside a paragraph): one line, as before."""
    spans = [_song(text, LEFT, row) for row, text in enumerate(_LEFT_LINES)]
    spans += [_song("他说，", LEFT, 11), _song("一定要干好", LEFT + 30.0, 11, SIZE, "Hei")]
    texts = [line.text for line in build_lines(spans)]
    assert "他说，一定要干好" in texts


#: the right column's lines over the subheading: the left column's paragraph runs on and ends
_RUN_ON = ["几位老人坐在田埂上说起了", "当年的光景都说如今的日子", "比过去好了不知多少倍村口", "的小卖部也换了新招牌。"]
_AFTER = ["　　农技员每周进村两次手", "把手教村民用手机查看墒情", "和天气遇到病虫害拍张照片", "就能在线求助。"]


_MING_FILE = "/usr/share/fonts/truetype/arphic/uming.ttc"  # a face other than the text's


def test_a_wrapped_subheading_beside_a_hung_mark_stays_whole_on_a_page(tmp_path):
    import os

    if not os.path.exists(_MING_FILE):
        pytest.skip("no second Chinese face installed (AR PL UMing)")
    doc, page = blank_page(420, 600)
    header(page, 5, section="农村")
    page.insert_text((LEFT, 130), "山村春耕忙", fontname=HEAD_FONT, fontsize=22)
    left = ["　　" + _LEFT_LINES[0][:PER - 2]] + [t + ("，" if row % 2 else "") for row, t in enumerate(_LEFT_LINES)][1:]
    body, bold = pymupdf.Font("cjk"), pymupdf.Font(fontfile=_MING_FILE)  # the text's face, the subheading's
    writer = pymupdf.TextWriter(page.rect)
    for row, line in enumerate(left):
        writer.append((LEFT, TOP + row * LEAD), line, font=body, fontsize=SIZE)
    right = _RUN_ON + list(_HEAD) + _AFTER  # the subheading's second line level with left row 5's hung comma
    for row, line in enumerate(right):
        writer.append((RIGHT, TOP + row * LEAD), line, font=bold if line in _HEAD else body,
                      fontsize=10.5 if line in _HEAD else SIZE)
    writer.write_text(page)
    articles = page_articles(save(doc, tmp_path / "hung.pdf"))
    story = "".join(left + _RUN_ON).replace("　", "")
    after = "".join(_AFTER).replace("　", "")
    assert [a.paragraphs for a in articles if a.headline.title == "山村春耕忙"] == [[story, "".join(_HEAD), after]]
