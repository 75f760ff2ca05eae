"""A column under its own logo (短评 reversed out of a panel) whose first line
stands over the top of a brief's title beside it, on the left: the title
heads the text under it, and the column is the logo's (an untitled
commentary), never the brief's second column (issue 9, point 1). PDF mode,
an invented page drawn with PyMuPDF."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, check_body, find, parse, where  # noqa: E402

_FIRST = ("柳塘湿地迎来越冬候鸟", "入冬以来，柳塘湿地观测到越冬候鸟四十余种，数量较去年同期明显增加。", "（夏雪）")
_SECOND = ("青禾县新建三座污水处理站", "日前，青禾县三座乡镇污水处理站建成投用，日处理能力合计六千吨，沿河村庄的生活污水从此有了去处。",
           "（冯源）")
_COMMENT = [
    "办好一件民生实事，既要算经济账，更要算民心账。污水处理站建起来只是第一步，管得好、用得久才是真功夫，"
    "运行经费从哪里来、维护人员怎么配，都要提前谋划、落到实处。",
    "群众的获得感不在规划图上，而在每天打开的水龙头里、在门前那条越来越清的小河里。把好事办实、把实事办好，"
    "才能让群众真正满意。",
]


def _item(pg: FeaturePage, x: float, y: float, item: tuple[str, str, str]) -> tuple[float, float]:
    """A brief's bold title over its text and author; (title's top, foot)."""
    title, text, author = item
    pg.line(x, y, title, 11.5, "hei", bold=True)
    return y, pg.flow(x, y + LEAD + 2, [text + author], 1).bottom + 10


def test_a_logo_column_opening_over_the_brief_title_beside_it(tmp_path):
    pg = FeaturePage()
    pg.header(5, "综合")
    x = column_x(0)
    _, y = _item(pg, x, TOP, _FIRST)
    top, _ = _item(pg, x, y, _SECOND)
    text_top = top - 1.5 * BODY  # the commentary's first line a line and a half over the brief's title
    logo_top = text_top - 24
    x0, x1 = column_x(1), span_right(1, 2)  # (no rule between the columns)
    pg.rule(x0, logo_top - 8, x1, 0.6)
    pg.column_logo(x0, logo_top, "短评")
    pg.flow(x0, text_top, _COMMENT, 2)
    page = parse(pg, tmp_path)
    check_body(find(page, _SECOND[0]), [_SECOND[1]])
    assert {hit[0] for hit in where(page, _COMMENT[0][:12])} == {None}  # an untitled article of its own
    assert {hit[0] for hit in where(page, _COMMENT[1][-12:])} == {None}
