"""A brief box's last column set against a vertical headline (竖排) whose text
stands on its other side, a photo over its first column there
(layout/vertical_sides.py): the vertical title heads the text at one end of
it only, so the one column on its near side, its top level with the brief
box's column beyond it (maybe white space between), is the box's. Pages built by feature_pages.py; invented words."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import BRIEFS, TOP, check_body, find, parse  # noqa: E402
from feature_pages import BODY, GAP, LEAD, TEXTS, FeaturePage, column_x  # noqa: E402

_CHARS = 12
_GOES_ON = ["记者了解到，新路沿途设置了三处港湾式停靠站，方便群众候车。",
            "县交通运输局有关负责人表示，今年还将新建和改造农村公路五十公里。"]


@pytest.mark.parametrize("apart", [2.0, 10.0], ids=["near", "across-white-space"])
def test_a_brief_columns_last_column_beside_a_vertical_title_is_the_boxs(tmp_path, apart):
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    x0 = column_x(0, chars=_CHARS)
    width = _CHARS * BODY
    pg.frame(x0, TOP + 2, x0 + 44, TOP + 24)  # the box's label in a frame of its own
    pg.line(x0 + 6, TOP + 4, "简讯", 16, "hei")
    y = TOP + 34
    for title, text, authors, _ in BRIEFS[:2]:
        pg.line(x0, y, title, 10.5, "hei", bold=True)
        y += LEAD + 2
        y = pg.flow(x0, y, [text + authors], 1, chars=_CHARS).bottom + 10
    last_title, last_text, _, _ = BRIEFS[2]
    pg.line(x0, y, last_title, 10.5, "hei", bold=True)
    pg.flow(x0, y + LEAD + 2, [last_text], 1, chars=_CHARS)
    x1 = x0 + width + GAP + apart * BODY
    pg.flow(x1, TOP + 34, [_GOES_ON[0], _GOES_ON[1] + "（孙丽 周强）"], 1, chars=_CHARS)
    x_strip = x1 + width + GAP
    bottom = pg.vertical(x_strip + 8, TOP + 4, "江城治水见成效", 22, pitch=25)
    pg.frame(x_strip + 2, TOP, x_strip + 36, bottom + 4)
    pg.vertical(x_strip + 44, TOP + 80, "林小雨", BODY, "body")  # its author, set vertically beside it
    x_own = x_strip + 64
    pg.photo(x_own, TOP + 34, x_own + width, TOP + 124, fill=True)  # a photo over its first column
    pg.flow(x_own, TOP + 34, list(TEXTS["river"]), 2, chars=_CHARS, tops=[TOP + 134, TOP + 34])
    page = parse(pg, tmp_path)
    river = find(page, "江城治水见成效")
    check_body(river, TEXTS["river"])
    assert [p for p in find(page, last_title).paragraphs] == [last_text, *_GOES_ON]


def test_on_ownerships_result_the_one_column_level_with_the_box_beyond_goes_to_the_box():
    """(seed 221 p110, 223 p3 and p51) Ownership gave the brief box's last
    column, the nearest text level with the vertical title's top (a photo over
    the title's own first column on its other side), to the vertical title.
    Its top is level with the box's column beyond it, across white space; the
    other side's is level with nothing beyond: the column is the box's."""
    from banmian.layout.columns import ColumnBlock
    from banmian.layout.segment import HeadingGroup
    from banmian.layout.vertical_sides import one_side_of_verticals
    from banmian.model import TextLine

    def block(x0: float, y0: float, rows: int, owner: int, width: float = 114.0) -> ColumnBlock:
        lines = [TextLine("为方便群众出行县里新修了公路" if k else "　　记者了解到新路沿途设有站点",
                          (x0, y0 + 14.5 * k, x0 + width, y0 + 14.5 * k + 9.5), 9.5) for k in range(rows)]
        b = ColumnBlock(lines)
        b.owner = owner
        return b

    label = HeadingGroup([TextLine("简讯", (46.0, 69.0, 78.0, 89.0), 16.0)])
    vertical = HeadingGroup([TextLine("江城治水见成效", (420.0, 69.0, 442.0, 246.0), 22.0, vertical=True)])
    box = [block(40.0, 99.0, 12, 0)]
    last = block(250.0, 99.0, 8, 1)  # the box's last column, given to the vertical title
    own = [block(470.0, 230.0, 10, 1), block(596.0, 99.0, 18, 1)]  # (a photo over the first)
    one_side_of_verticals(box + [last] + own, [label, vertical], [], 9.5)
    assert last.owner == 0 and all(b.owner == 1 for b in own)
