"""A title set a little over the body's size (1.11 times, under the heading
size) in the heavier face, over its reporters' line, a column's logo (a few
glyphs reversed out of a dark panel) and then a photo: the article opens on its picture under
its logo, the text going on under the caption and in the column beside. The
heavy run is the article's headline (small_headlines.py): no line just under
the heading size is left to no pass, and the logo between the names and the
photo does not hide the photo. Pages built as test_layout_features.py builds
them (feature_pages.py); invented text."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, parse, story  # noqa: E402

_TITLE = "汉字里的年味"
_CAPTION = "孩子们在社区活动中心学写春联。"


def _page(ratio: float, logo: bool) -> FeaturePage:
    pg = FeaturePage()
    pg.header(5, "综合")
    x0 = column_x(0)
    size = round(BODY * ratio, 2)
    pg.line(x0, TOP + 4, _TITLE, size, "hei")
    top = TOP + 4 + size * 1.6
    pg.line(x0, top, "■ 本报记者 林晓 王海", BODY, "hei")
    top += BODY * 1.9
    side = top
    if logo:
        pg.column_logo(x0, top, "一线调查")  # reversed out of a dark panel
        top += 20 + BODY * 0.8
    px1 = span_right(0, 2)
    pg.photo(x0, top, px1, top + 140, fill=True)
    pg.line(x0, top + 144, _CAPTION, BODY * 0.85)
    pg.right(px1, top + 144 + BODY * 1.2, "本报记者 林晓摄", BODY * 0.85)
    under = top + 144 + BODY * 3.4
    bottom = pg.flow(x0, under, list(TEXTS["river"]) + list(TEXTS["culture"]), 3, tops=[under, under, side]).bottom
    story(pg, "school", "南岭区三所新学校投入使用", 0, 4, below(pg, bottom), align="left")
    return pg


@pytest.mark.parametrize("ratio, logo", [(1.11, True), (1.11, False), (1.05, True)],
                         ids=["just-under-the-heading-size-with-a-logo", "just-under-the-heading-size",
                              "body-size-with-a-logo"])
def test_a_title_over_its_names_a_logo_and_a_photo_heads_them(tmp_path, ratio, logo):
    page = parse(_page(ratio, logo), tmp_path)
    titles = sorted(str(a.headline.title) for a in page.articles)
    assert titles == sorted([_TITLE, "南岭区三所新学校投入使用"]), titles
    article = next(a for a in page.articles if a.headline.title == _TITLE)
    assert {b.name for b in article.bylines} == {"林晓", "王海"}
    assert [(c.text, c.credit) for c in article.captions] == [(_CAPTION, "林晓")]
    body = "".join(article.paragraphs)
    assert TEXTS["river"][0][:12] in body and TEXTS["culture"][-1][-8:] in body
