"""Headlines set at about the body's size, on pages typeset by others (session 57, pdf57a).

A short title in the heavier face at the body's size heads its row of columns
(layout/side_small_titles). Two things took such a title from its article:
a banner boxed across the page right over it (a slogan in a frame) claimed the
title as its byline, four glyphs reading like a name, though the frame's edge
stands between them (layout/frame_labels.fenced_from); and a piece set in a
tinted box in another plain face than the page's text (a 宋体 box on a page of
another face) was not taken for text, so the title over it headed nothing and
opened the box's first paragraph (side_small_titles._text_line). PDF mode,
invented pages built with feature_pages.py.
"""

from __future__ import annotations

import os

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, find, parse, titles  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402

_MING_FILE = "/usr/share/fonts/truetype/arphic/uming.ttc"  # a 宋体 (明体) face, another than the page's text


def _banner_page() -> FeaturePage:
    pg = FeaturePage()
    pg.header(5, "综合")
    y = pg.headline(column_x(0), span_right(0, 4), TOP + 4, "城区新增一批口袋公园", 20.0)
    bottom = pg.flow(column_x(0), y, TEXTS["library"][:2], 4).bottom
    # a slogan set large across the page in a frame, flush left with the row under it
    top = bottom + 10
    pg.line(column_x(0), top + 5, "一起把家乡建设得更美", 16.0, "hei")
    pg.frame(column_x(0) - 2, top, span_right(0, 4) + 2, top + 27)
    # under it, a four-glyph title in the heavy face at the body's size, flush left over two columns
    title_top = top + 27 + 9
    pg.line(column_x(0), title_top, "柳岸新绿", round(BODY * 1.03, 1), "hei")
    pg.flow(column_x(0), title_top + BODY * 1.8, list(TEXTS["river"]), 2)
    y = pg.headline(column_x(2), span_right(2, 2), title_top, "冬季菜价保持平稳", 16.0)
    pg.flow(column_x(2), y, TEXTS["market"][:2], 2)
    return pg


def test_a_framed_banner_over_a_body_size_title_does_not_take_it_for_its_byline(tmp_path):
    """The banner's frame fences it from the title under it: the title heads its row, no name."""
    page = parse(_banner_page(), tmp_path)
    article = find(page, "柳岸新绿")
    assert article.bylines == [], article.bylines
    check_body(article, TEXTS["river"])
    assert all(not b.name.startswith("柳岸") for a in page.articles for b in a.bylines), titles(page)


def test_a_title_over_a_tinted_box_in_another_plain_face_heads_the_box(tmp_path):
    """A tinted box holds a short piece: its heavy title a little over the body size, its text in a
    宋体 face the rest of the page is not set in, a little under the body size, over two columns.
    The text is text (no heavier than the page's): the title heads it, and opens no paragraph."""
    if not os.path.exists(_MING_FILE):
        pytest.skip("no 宋体 face installed (AR PL UMing)")
    pg = FeaturePage()
    pg.header(6, "社会")
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "家门口的城市书房", 20.0)
    pg.flow(column_x(0), y, list(TEXTS["library"]), 2)
    # the box on the right: a light panel, a title, two columns of 宋体 text
    x0, x1 = column_x(2), span_right(2, 2)
    pg.page.draw_rect((x0 - 6, TOP + 4, x1 + 6, TOP + 250), color=None, fill=(0.94, 0.94, 0.94), width=0)
    title_top = TOP + 14
    pg.line(x0, title_top, "巧手编出好日子", round(BODY * 1.1, 1), "hei")
    size = round(BODY * 0.9, 1)
    per = int((x1 - x0 - 12) / 2 // size)
    chars = "".join(TEXTS["culture"][:2])
    first, rest = chars[:per - 2], chars[per - 2:]
    rows = [(x0 + 2 * size, first)] + [(x0, rest[k:k + per]) for k in range(0, len(rest), per)]
    half = (len(rows) + 1) // 2
    top = title_top + BODY * 2.2
    for n, (x, text) in enumerate(rows):
        column = n // half
        x = x + column * (per * size + 12)
        pg.page.insert_text((x, top + (n % half) * LEAD + size * 0.9), text, fontsize=size,
                            fontname="ming", fontfile=_MING_FILE)
    page = parse(pg, tmp_path)
    article = find(page, "巧手编出好日子")
    assert "".join(article.paragraphs) == chars, article.paragraphs
    assert not any(p.startswith("巧手编出") for a in page.articles for p in a.paragraphs), titles(page)


_WIDE_TITLE = "江城举办首届社区运动会吸引上万名居民参与"


def test_a_body_size_title_wider_than_one_column_heads_the_row_under_it(tmp_path):
    """A heavy title a little over the body size, flush left, reaching well past its first column's
    edge over the next one: the next column's top stands under the title itself. No subheading
    reaches past its column; the title heads the row (and the article over the row keeps its text)."""
    pg = FeaturePage()
    pg.header(7, "体育")
    y = pg.headline(column_x(0), span_right(0, 4), TOP + 4, "城区新增一批口袋公园", 20.0)
    bottom = pg.flow(column_x(0), y, TEXTS["library"][:2], 4).bottom
    pg.rule(column_x(0), bottom + 8, span_right(0, 4))
    title_top = bottom + 20
    pg.line(column_x(0), title_top, _WIDE_TITLE, round(BODY * 1.08, 1), "hei")
    body = list(TEXTS["health"]) + list(TEXTS["school"])
    pg.flow(column_x(0), title_top + BODY * 2.0, body, 3)
    page = parse(pg, tmp_path)
    check_body(find(page, _WIDE_TITLE), body)
    check_body(find(page, "城区新增一批口袋公园"), TEXTS["library"][:2])


def _side_lines(text_size: float) -> tuple[list, object]:
    """A heavy side title at 10.9 pt on a page whose body is 10.75 pt (another article's, many lines), its
    own text on its right set at ``text_size``, opening level with the title's top; white space under it."""
    from banmian.model import TextLine

    def line(text: str, x0: float, y0: float, size: float, font: str = "SongStd") -> TextLine:
        return TextLine(text, (x0, y0, x0 + len(text) * size, y0 + size), size, font=font)

    page_body = [line("另一篇文章的正文字号较大共十六个字", 40, 600 + 16 * k, 10.75) for k in range(40)]
    run = line("书香飘满小山村", 40, 100, 10.9, "WenQuanYi Zen Hei")
    text = [line("村里的农家书屋今年添了新书架", 150 + (2 * text_size if k == 0 else 0), 100 + 14 * k, text_size)
            for k in range(12)]
    return page_body + [run] + text, run


@pytest.mark.parametrize("text_size, found", [(9.1, True), (8.0, False)], ids=["own-size", "far-smaller"])
def test_a_side_title_beside_text_set_smaller_than_the_page_body_heads_it(text_size, found):
    """The piece is set at its own size, under the page's body (9.1 against 10.75): the heavy run
    beside its top is its side headline. Text far smaller than the page's body (a note's size) is
    no column this rule reads."""
    from banmian.layout.side_small_titles import side_titles_at_body_size

    lines, run = _side_lines(text_size)
    assert (run in side_titles_at_body_size(lines, 10.75)) is found
