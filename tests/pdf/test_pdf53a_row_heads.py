"""A headline set little larger than its text (1.0-1.2 times), flush left over
the first of its columns, heads the row when the next column opens level with
the text under it (a subheading opening a column stands level with the next
column's top itself); a banner in a band of its own over framed articles makes
no frame's headline a subheading (PDF mode; invented pages drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, LEFT, RIGHT, TEXTS, FeaturePage, Sub, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story, titles  # noqa: E402

_TITLE = "河谷新村的冬天"
_SUB = "暖棚里的新菜"
_BODY = ["入冬以后，河谷新村的暖棚里依旧一片翠绿，黄瓜、番茄和彩椒挂满了枝头，前来收购的货车每天一早就停在村口。",
         "村里的老人说，过去一到冬天地里就没有活干，如今大家都在暖棚里忙着，收入比往年多了不少。",
         "合作社负责人介绍，今年村里又新建了二十座暖棚，还请来农技专家手把手教大家管理。"]
_MORE = ["镇里还把冷链仓库建到了村边，新鲜蔬菜当天就能运到城里的超市，村民们再也不用担心卖不出去。",
         "说起明年的打算，村干部说要办一个蔬菜采摘节，让城里人到村里来看一看、尝一尝。"]
_LATER = ["暖棚里种出的新品种彩椒颜色鲜亮、口感脆甜，一上市就受到城里超市的欢迎，价格比普通彩椒高出一截。",
          "今年冬天，村里还有不少年轻人从外地回来，跟着农技专家学种菜，有的已经当上了暖棚的负责人。",
          "一位返乡青年说，在家门口就能挣钱，还能照顾老人孩子，这样的日子过得踏实。"]


def _row_page(size: float, opener: str | None = None) -> tuple[FeaturePage, list]:
    """An article across the page under the header; under a rule, a headline at
    ``size`` in 黑体 flush left over the first of three columns, its text (an
    in-body subheading set alike in the middle column) opening right under
    it, every column's top level; another article on the right."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x = column_x(0)
    pg.line(x, top, _TITLE, size, "hei")
    items = ([opener] if opener else []) + _BODY + _MORE[:1] + [Sub([_SUB], size=size)] + _MORE[1:] + _LATER
    pg.flow(x, top + size + 0.6 * LEAD, items, 3)
    story(pg, "digital", "数字车间里的新工人", 3, 2, top, align="left")
    return pg, items


def test_a_headline_a_little_over_the_body_flush_left_over_its_row_heads_it(tmp_path):
    """1.15 times the body (a heading's size), with a subheading in its size
    and face inside the row: the headline stands over the row, the
    subheading in it."""
    pg, _ = _row_page(1.15 * BODY)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE, "数字车间里的新工人"])
    piece = find(page, _TITLE)
    check_body(piece, _BODY + _MORE[:1] + [_SUB] + _MORE[1:] + _LATER)


def test_a_headline_at_the_body_size_over_a_row_opening_with_a_note(tmp_path):
    """At the body's size (under a heading's), the first line under it a
    short note （上接第3版）: the column's edge is its full lines', and the next
    column opens a gutter past that edge."""
    pg, _ = _row_page(BODY, "（上接第3版）")
    page = parse(pg, tmp_path)
    assert _TITLE in titles(page), titles(page)
    piece = find(page, _TITLE)
    assert piece.paragraphs[0] == _BODY[0], piece.paragraphs[:2]
    assert piece.paragraphs[-1] == _LATER[-1], piece.paragraphs[-2:]


def test_a_banner_in_its_band_over_a_framed_article_leaves_its_headline_one(tmp_path):
    """A banner reversed out of a band across the page; under it a frame
    holding an article whose kicker and title, 1.2 times the body, stand
    centred over its three columns: the frame's headline, no subheading of
    the banner (an article's headline over its key-points box stands unboxed)."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    band = foot + 20
    pg.panel(LEFT, band, RIGHT, band + 30)
    banner = "冬日里的乡村振兴"
    pg.line((LEFT + RIGHT - pg.length(banner, 18, "hei")) / 2, band + 6, banner, 18, "hei", white=True)
    top = band + 40
    x0, x1 = column_x(0), span_right(0, 3)
    pg.frame(LEFT - 4, top, x1 + 4, top + 400)
    pg.centered(x0, x1, top + 10, "暖棚蔬菜走俏城乡市场", 1.2 * BODY, "body")
    pg.centered(x0, x1, top + 10 + 1.6 * BODY, _TITLE, 1.2 * BODY, "hei")
    pg.flow(x0, top + 10 + 3.4 * BODY + 0.5 * LEAD, _BODY + _MORE, 3)
    page = parse(pg, tmp_path)
    assert _TITLE in titles(page), titles(page)
    piece = find(page, _TITLE)
    check_body(piece, _BODY + _MORE)


def test_a_headline_centred_across_a_gutter_over_its_row_heads_it(tmp_path):
    """1.25 times the body (the size a headline and a large subheading share),
    centred over four columns, so across the gutter of the two middle ones,
    whose tops stand level right under it; over it, across white space, an
    article set in wider columns, one of them running over the whole headline."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    y = pg.headline(LEFT, RIGHT, TOP + 10, "文艺巡演进乡村", 20.0, align="left")
    foot = pg.flow(LEFT, y, list(TEXTS["culture"]), 3, chars=20).bottom
    top = foot + 2.5 * BODY
    x0, x1 = column_x(0), span_right(0, 4)
    pg.centered(x0, x1, top, _TITLE, 1.25 * BODY, "hei")
    pg.flow(x0, top + 1.25 * BODY + 0.8 * LEAD, _BODY + _MORE + _LATER, 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE])
    check_body(find(page, _TITLE), _BODY + _MORE + _LATER)


def test_two_subheadings_level_in_a_row_stay_subheadings(tmp_path):
    """A row's text runs on a line over two subheadings set level, each flush
    left in its column, the text under them opening level: inside the row,
    no headlines of their own."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 10, _TITLE, 20.0, align="left")
    first = pg.flow(x0, y, _BODY + _MORE, 2)
    sub_top = first.bottom + 0.5 * LEAD
    pg.line(column_x(0), sub_top, _SUB, 1.15 * BODY, "hei")
    pg.line(column_x(1), sub_top, "村里的新打算", 1.15 * BODY, "hei")
    pg.flow(column_x(0), sub_top + 1.15 * BODY + 0.6 * LEAD, _LATER[:2], 1)
    pg.flow(column_x(1), sub_top + 1.15 * BODY + 0.6 * LEAD, _LATER[2:], 1)
    story(pg, "digital", "数字车间里的新工人", 2, 3, TOP + 10, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, [_TITLE, "数字车间里的新工人"])
