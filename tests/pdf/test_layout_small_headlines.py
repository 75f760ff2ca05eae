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
from feature_checks import TOP, check_body, check_titles, find, parse, story  # noqa: E402

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
    _narrow_piece(pg, x0, TOP + 4, chars, ["城西新建三座", "口袋公园"], names)
    _article_on_the_right(pg, x1 + GAP)
    page = parse(pg, tmp_path)
    check_titles(page, ["推动高质量发展行稳致远", "城西新建三座口袋公园", "文艺巡演进乡村"])
    piece = find(page, "城西新建三座口袋公园")
    assert piece.dateline == "本报江城3月4日电", piece.dateline
    check_body(piece, [_PIECE[0].split("　", 1)[1], _PIECE[1]])


def _article_on_the_right(pg: FeaturePage, left: float) -> None:
    """The article right of the squeezed piece: a large headline over two columns from ``left``."""
    wide = int((RIGHT - left - GAP) / 2 / BODY)
    top = pg.headline(left, RIGHT, TOP + 4, "文艺巡演进乡村", 20)
    pg.flow(left, top, list(TEXTS["culture"]), 2, chars=wide)


def _find_unspaced(page, title: str):
    """The article of this title, however its wrapped lines were joined (a
    title set a couple of glyphs a line may be read as phrases a space apart)."""
    hits = [a for a in page.articles if (a.headline.title or "").replace(" ", "") == title]
    assert len(hits) == 1, [a.headline.title for a in page.articles]
    return hits[0]


def _check_titles_unspaced(page, expected: list[str]) -> None:
    got = sorted((a.headline.title or "").replace(" ", "") for a in page.articles)
    assert got == sorted(expected), got


def _narrow_piece(pg: FeaturePage, x0: float, top: float, chars: int, title_lines: list[str],
                  names: str | None, paras: tuple[str, ...] = _PIECE) -> float:
    """The squeezed piece: its headline in 黑体 a little smaller than the
    text, a line per item, the reporters' line, the text. Returns its bottom."""
    x1 = x0 + chars * BODY
    y = top
    for part in title_lines:
        pg.centered(x0, x1, y, part, BODY * 0.9, "hei")
        y += BODY * 0.9 * 1.3
    y += 6
    if names:
        pg.line(x0, y, names, BODY, "hei")
        y += BODY * 1.8
    for para in paras:
        for i, ln in enumerate(wrap(para, chars)):
            full = pg.length(ln) > (chars - 3) * BODY
            left = x0 + (2 * BODY if i == 0 else 0)
            pg.line(left, y, ln, BODY, width=(x1 - left) if full else None)
            y += LEAD
    return y


def test_a_headline_wrapped_two_glyphs_a_line_over_a_dateline_wrapped_too_heads_its_piece(tmp_path):
    """The narrowest column (three glyphs): the headline wraps two glyphs a
    line, its last line one glyph, and the dateline wraps over five lines;
    the heavy run over the dateline is still the piece's headline."""
    pg = FeaturePage()
    pg.header(4, "经济")
    story(pg, "theory", "推动高质量发展行稳致远", 0, 2, TOP + 4)
    x0 = span_right(0, 2) + GAP
    _narrow_piece(pg, x0, TOP + 4, 3, ["城西", "新建", "三座", "口袋", "公园", "开"], None)
    _article_on_the_right(pg, x0 + 3 * BODY + GAP)
    page = parse(pg, tmp_path)
    _check_titles_unspaced(page, ["推动高质量发展行稳致远", "城西新建三座口袋公园开", "文艺巡演进乡村"])
    piece = _find_unspaced(page, "城西新建三座口袋公园开")
    assert piece.dateline == "本报江城3月4日电", piece.dateline


def test_a_small_headline_over_its_reporters_names_over_the_text_heads_its_piece(tmp_path):
    """A narrow column (four glyphs) between two articles: a headline in 黑体
    smaller than the text, wrapped two glyphs a line, over a line of two
    bare names set apart in the text's size (wider than the column), over
    the text with no dateline. A heavy run opening a column over a piece's
    reporters and its text is that piece's headline, not text of the article
    beside it."""
    paras = ("城西今年将新建三座口袋公园，利用拆违腾退的空地补上绿化。", "三座公园预计五月底前建成开放。")
    pg = FeaturePage()
    pg.header(4, "经济")
    story(pg, "theory", "推动高质量发展行稳致远", 0, 2, TOP + 4)
    x0 = span_right(0, 2) + GAP + 2 * BODY
    _narrow_piece(pg, x0, TOP + 4, 4, ["口袋", "公园"], "林小川 周明", paras)
    _article_on_the_right(pg, x0 + 4 * BODY + GAP + 2 * BODY)
    page = parse(pg, tmp_path)
    _check_titles_unspaced(page, ["推动高质量发展行稳致远", "口袋公园", "文艺巡演进乡村"])
    piece = _find_unspaced(page, "口袋公园")
    assert [b.name for b in piece.bylines] == ["林小川", "周明"], piece.bylines
    check_body(piece, list(paras))


def test_a_column_under_a_photo_touched_by_the_line_of_a_narrow_piece_beside_stays_with_the_photo(tmp_path):
    """The piece's reporters' line runs a little wider than its narrow
    column, its end a glyph's sliver over the left edge of the next article's
    first column, which opens under a photo (under that article's headline).
    A line touching a column's edge stands beside it, not over it: the column
    is the photo's article's text, not the piece's."""
    pg = FeaturePage()
    pg.header(4, "经济")
    story(pg, "theory", "推动高质量发展行稳致远", 0, 2, TOP + 4)
    x0 = span_right(0, 2) + GAP
    names = "■ 记者 林小川"
    _narrow_piece(pg, x0, TOP + 4, 3, ["城西", "新建", "三座", "口袋", "公园"], names)
    right = x0 + pg.length(names, BODY, "hei") - 2.0
    chars = int((RIGHT - right - GAP) / 2 / BODY)
    top = pg.headline(right, RIGHT, TOP + 4, "文艺巡演进乡村", 20)
    photo_bottom = top + 90
    pg.photo(right, top, right + chars * BODY, photo_bottom, fill=True)
    second = right + chars * BODY + GAP
    pg.flow(right, top, list(TEXTS["culture"]), 2, chars=chars, tops=[photo_bottom + 10, top])
    page = parse(pg, tmp_path)
    _check_titles_unspaced(page, ["推动高质量发展行稳致远", "城西新建三座口袋公园", "文艺巡演进乡村"])
    check_body(_find_unspaced(page, "城西新建三座口袋公园"), [_PIECE[0].split("　", 1)[1], _PIECE[1]])
    check_body(find(page, "文艺巡演进乡村"), list(TEXTS["culture"]))
    assert second < RIGHT
