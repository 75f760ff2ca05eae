"""Captions set a little off their photo: a caption across the space of a photo
standing off centre in it, flush left from the space's edge, that runs a few
glyphs under the photo (its credit run in at the end: ……开工。　林晓摄); and a
caption at or over the body's size set apart from the photo's foot by more than
a line and a half, closed by its credit. Guards: the line across with a column's
text beside the photo over it, and the line apart with no credit, caption
nothing. Pages built as test_layout_features.py builds them (feature_pages.py);
invented text."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, find, parse, story  # noqa: E402

_TITLE = "滨河新区迎来首批居民"
_OTHER = "南岭区三所新学校投入使用"
_ACROSS = "新建的跨河大桥正式开工。　林晓摄"


def _headed_page() -> tuple[FeaturePage, float]:
    """A page with the article's headline over three columns, and the headline's foot."""
    pg = FeaturePage()
    pg.header(5, "综合")
    return pg, pg.headline(column_x(0), span_right(0, 3), TOP + 4, _TITLE, 20.0)


def _texts_under(pg: FeaturePage, top: float, under_photo: float) -> FeaturePage:
    """The article's text in three columns, the first two from ``under_photo``, and another story below."""
    bottom = pg.flow(column_x(0), top, list(TEXTS["river"]) + list(TEXTS["culture"]), 3,
                     tops=[under_photo] * 2 + [top]).bottom
    story(pg, "school", _OTHER, 0, 4, below(pg, bottom), align="left")
    return pg


def _across_page(text_beside: bool = False) -> FeaturePage:
    """The photo in the space of the first two columns, its left edge two glyphs short of the caption's end."""
    pg, top = _headed_page()
    px0, px1 = column_x(0), span_right(0, 2)
    size = BODY * 0.97
    inset = pg.length(_ACROSS, size) - 2 * size
    pg.photo(px0 + inset, top, px1 - 6, top + 120, fill=True)
    if text_beside:  # a column's text beside the photo, over the line
        for i in range(8):
            pg.line(px0, top + 4 + i * size * 1.5, "河岸新栽柳树"[: 3 + i % 4], size)
    pg.line(px0, top + 123, _ACROSS, size)
    return _texts_under(pg, top, top + 126 + size * 4)


def test_a_caption_across_reaching_a_little_under_the_photo_is_its_caption(tmp_path):
    article = find(parse(_across_page(), tmp_path), _TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [("新建的跨河大桥正式开工。", "林晓")]


def test_the_line_under_a_column_beside_the_photo_is_no_caption(tmp_path):
    article = find(parse(_across_page(text_beside=True), tmp_path), _TITLE)
    assert ("新建的跨河大桥正式开工。", "林晓") not in [(c.text, c.credit) for c in article.captions]


def _apart_page(line: str) -> FeaturePage:
    """The photo over the first two columns; one line a little larger than the body 1.7 lines under its foot."""
    pg, top = _headed_page()
    px0, px1 = column_x(0), span_right(0, 2)
    size = BODY * 1.1
    pg.photo(px0, top, px1, top + 120, fill=True)
    pg.line(px0, top + 120 + 1.7 * size, line, size)
    return _texts_under(pg, top, top + 120 + size * 5)


def test_a_caption_apart_from_the_photo_closed_by_its_credit_is_its_caption(tmp_path):
    article = find(parse(_apart_page("居民们搬进了新家。　本报记者 林晓摄"), tmp_path), _TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [("居民们搬进了新家。", "林晓")]


def test_a_line_apart_from_the_photo_with_no_credit_is_no_caption(tmp_path):
    article = find(parse(_apart_page("居民们搬进了新家。"), tmp_path), _TITLE)
    assert article.captions == []
