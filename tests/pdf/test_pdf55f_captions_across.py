"""A photo kept to its proportions, centred in a space wider than itself, its
caption set flush left from the space's edge on one line right under the
photo's foot, out from under it, the credit run in at the line's end
(……的钟声——　林晓/摄): the photo's caption. Guards: such a line without a
credit, and one with text standing over it beside the photo (a column's line),
caption nothing. Pages built as test_layout_features.py builds them
(feature_pages.py); invented text."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, find, parse, story  # noqa: E402

_TITLE = "滨河新区迎来首批居民"
_OTHER = "南岭区三所新学校投入使用"


def _photo_page(line: str, small: float = 0.85, text_beside: bool = False) -> FeaturePage:
    """A three-column article, a photo centred in the space of its first
    two columns, one line flush left under its foot, out from under it."""
    pg = FeaturePage()
    pg.header(5, "综合")
    x0, x1 = column_x(0), span_right(0, 3)
    top = pg.headline(x0, x1, TOP + 4, _TITLE, 20.0)
    px0, px1 = x0, span_right(0, 2)
    size = BODY * small
    inset = pg.length(line, size) + 16
    pg.photo(px0 + inset, top, px1 - inset, top + 120, fill=True)
    if text_beside:  # a column's text beside the photo, over the line
        for i in range(8):
            pg.line(px0, top + 4 + i * size * 1.5, "河岸新栽柳树"[: 3 + i % 4], size)
    pg.line(px0, top + 123, line, size)
    tops = [top + 126 + size * 4] * 2 + [top]
    bottom = pg.flow(x0, top, list(TEXTS["river"]) + list(TEXTS["culture"]), 3, tops=tops).bottom
    story(pg, "school", _OTHER, 0, 4, below(pg, bottom), align="left")
    return pg


@pytest.mark.parametrize("line, small, expected", [
    ("春汛——　林晓/摄", 0.85, ("春汛——", "林晓")),
    ("春来了。　林晓摄", 0.85, ("春来了。", "林晓")),
    ("春汛——　林晓/摄", 0.97, ("春汛——", "林晓")),
], ids=["dash-slash", "stop-plain", "near-body-size"])
def test_a_credit_run_in_closes_a_caption_across_the_space(tmp_path, line, small, expected):
    article = find(parse(_photo_page(line, small), tmp_path), _TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [expected]


def test_a_line_across_the_space_with_no_credit_is_no_caption(tmp_path):
    article = find(parse(_photo_page("春汛——"), tmp_path), _TITLE)
    assert article.captions == []


def test_a_line_under_text_beside_the_photo_is_no_caption_across(tmp_path):
    """Text stands beside the photo over the line: the line is that column's."""
    article = find(parse(_photo_page("春汛——　林晓/摄", text_beside=True), tmp_path), _TITLE)
    assert ("春汛——", "林晓") not in [(c.text, c.credit) for c in article.captions]
