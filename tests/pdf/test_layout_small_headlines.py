"""A short piece squeezed into a narrow column between two articles may have
its headline set at the body's size or below it, in 黑体 over 宋体 text. A
dispatch dateline opens an article's first paragraph, so a short heavy run
at a column's top right over one (maybe with its reporters' line between)
is that piece's headline, not a subheading of the article beside it. Pages
built the way test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, GAP, LEAD, RIGHT, TEXTS, FeaturePage, span_right, wrap  # noqa: E402
from test_layout_features import TOP, check_body, check_titles, find, parse, story  # noqa: E402

_PIECE = ("本报江城3月4日电　记者从市园林局获悉：城西今年将新建三座口袋公园，利用拆违腾退的空地补上绿化，"
          "方便附近居民就近休闲。",
          "三座公园预计五月底前建成开放。")


@pytest.mark.parametrize("names", [None, "■ 记者 林小川"], ids=["dateline-alone", "reporters-line-between"])
def test_a_body_size_headline_over_a_dateline_in_a_narrow_column_heads_its_own_piece(tmp_path, names):
    """Left, a two-column article; right, another under a large headline;
    between them one narrow column (seven characters) whose two-line headline
    is set in 黑体 a little smaller than the text, centred, over (maybe) a
    reporters' line and a text opening with its dateline. The narrow column
    is an article of its own with that headline, not text of either
    neighbour."""
    pg = FeaturePage()
    pg.header(4, "经济")
    story(pg, "theory", "推动高质量发展行稳致远", 0, 2, TOP + 4)
    chars = 7
    x0 = span_right(0, 2) + GAP
    x1 = x0 + chars * BODY
    y = TOP + 4
    for part in ("城西新建三座", "口袋公园"):
        pg.centered(x0, x1, y, part, BODY * 0.9, "hei")
        y += BODY * 0.9 * 1.3
    y += 6
    if names:
        pg.line(x0, y, names, BODY, "hei")
        y += BODY * 1.8
    for para in _PIECE:
        for i, ln in enumerate(wrap(para, chars)):
            full = pg.length(ln) > (chars - 3) * BODY
            left = x0 + (2 * BODY if i == 0 else 0)
            pg.line(left, y, ln, BODY, width=(x1 - left) if full else None)
            y += LEAD
    right = x1 + GAP
    wide = int((RIGHT - right - GAP) / 2 / BODY)
    top = pg.headline(right, RIGHT, TOP + 4, "文艺巡演进乡村", 20)
    pg.flow(right, top, list(TEXTS["culture"]), 2, chars=wide)
    page = parse(pg, tmp_path)
    check_titles(page, ["推动高质量发展行稳致远", "城西新建三座口袋公园", "文艺巡演进乡村"])
    piece = find(page, "城西新建三座口袋公园")
    assert piece.dateline == "本报江城3月4日电", piece.dateline
    check_body(piece, [_PIECE[0].split("　", 1)[1], _PIECE[1]])
