"""A caption wider than its photo (set flush left from the photo's space, the
photo kept to its proportions and centred in it) that wraps its last few
characters onto a short line of their own (……愿大家 / 平安！”), its credit set
right on the line under: the short line lies mostly left of the photo, so it
reached too little under the photo to be read with the caption; the caption
lost its end to the article's text. A caption line stopping mid-sentence goes
on in the line right under it, at its left edge and in its size, before the
credit. Pages built as test_layout_features.py builds them (feature_pages.py);
invented text."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, find, parse, story  # noqa: E402

_TITLE = "山村小学的新操场"
_OTHER = "南岭区三所新学校投入使用"
_LINES = ["孩子们在新铺好的操场上奔跑嬉戏，", "老师笑着说：“这是大家盼了多年的，愿大家", "平安！”"]
_CAPTION = "孩子们在新铺好的操场上奔跑嬉戏，老师笑着说：“这是大家盼了多年的，愿大家平安！”"


def _photo_page(small: float, last: str) -> FeaturePage:
    pg = FeaturePage()
    pg.header(5, "综合")
    x0, x1 = column_x(0), span_right(0, 3)
    top = pg.headline(x0, x1, TOP + 4, _TITLE, 20.0)
    px0, px1 = x0, span_right(0, 2)
    size = BODY * small
    inset = pg.length("孩子们在", size)  # the photo centred, narrower than its space
    pg.photo(px0 + inset, top, px1 - inset, top + 110, fill=True)
    lines = _LINES[:2] + [last]
    for k, text in enumerate(lines):
        pg.line(px0, top + 113 + k * size * 1.3, text, size)
    pg.right(px1, top + 113 + len(lines) * size * 1.3, "本报记者 林晓摄", size)
    tops = [top + 113 + size * 6.5] * 2 + [top]
    bottom = pg.flow(x0, top, list(TEXTS["river"]) + list(TEXTS["culture"]), 3, tops=tops).bottom
    story(pg, "school", _OTHER, 0, 4, below(pg, bottom), align="left")
    return pg


@pytest.mark.parametrize("small", [1.0, 0.85], ids=["body-size", "small"])
def test_a_short_last_line_left_of_the_photo_stays_in_the_caption(tmp_path, small):
    page = parse(_photo_page(small, _LINES[2]), tmp_path)
    article = find(page, _TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [(_CAPTION, "林晓")]
    assert "平安！”" not in "".join(article.paragraphs)
