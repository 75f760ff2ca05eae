"""A headline set at the body's size, in the heavier face, over its reporters'
line and then a photo, or right over the photo: the article opens on its picture, its text going on
under the caption (and in the column beside the photo, from the names down).
The run is the article's headline as it is over a dateline or over names
above the text (small_headlines.py): the photo, its caption and the text under
it are that article's, not a part with no headline. The names under the
title may be set in its face and size (two or three names apart by spaces:
the byline, no line of the title) or in the text's face (a line no sentence
can be: names apart, or a role before names). Pages built as
test_layout_features.py builds them (feature_pages.py); invented text."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, parse, story  # noqa: E402

_TITLE = "滨河新区迎来首批居民"
_CAPTION = "市民在新落成的滨河公园里散步赏景。"


def _page(with_photo: bool, names: str | None = "■ 本报记者 林晓 通讯员 王海", names_font: str = "hei",
          ratio: float = 1.05) -> FeaturePage:
    pg = FeaturePage()
    pg.header(5, "综合")
    x0, x1 = column_x(0), span_right(0, 3)
    size = round(BODY * ratio, 1)
    w = pg.length(_TITLE, size, "hei")
    pg.line((x0 + x1 - w) / 2, TOP + 4, _TITLE, size, "hei")
    top = TOP + 4 + size * 1.6
    if names:
        pg.line((x0 + x1 - pg.length(names, BODY, names_font)) / 2, top, names, BODY, names_font)
        top += BODY * 1.8
    tops = [top] * 3
    if with_photo:
        px1 = span_right(0, 2)
        pg.photo(x0, top, px1, top + 150, fill=True)
        pg.line(x0, top + 156, _CAPTION, BODY * 0.9, "hei")
        pg.right(px1, top + 156 + BODY * 1.3, "本报记者 林晓摄", BODY * 0.9, "hei")
        tops[0] = tops[1] = top + 156 + BODY * 3.2
    bottom = pg.flow(x0, top, list(TEXTS["river"]) + list(TEXTS["culture"]), 3, tops=tops).bottom
    story(pg, "school", "南岭区三所新学校投入使用", 0, 4, below(pg, bottom), align="left")
    return pg


@pytest.mark.parametrize("with_photo, names, names_font, ratio", [
    (True, "■ 本报记者 林晓 通讯员 王海", "hei", 1.05),
    (False, "■ 本报记者 林晓 通讯员 王海", "hei", 1.05),
    (True, "林晓 王海", "body", 1.05),  # names apart in the text's face over the photo
    (True, "■ 本报记者 林晓 通讯员 王海", "body", 1.0),  # reporters in the text's face, the title at its size
    (False, "林晓 王海", "hei", 1.0),  # names in the title's face and size: the byline, no tier of it
    (True, "林晓 王海", "hei", 1.0),
    (True, None, "hei", 1.0),  # no names: the photo right under the title
], ids=["over-a-photo", "over-its-text", "names-in-the-text-face", "reporters-in-the-text-face",
        "names-in-the-title-face", "names-in-the-title-face-over-a-photo",
        "right-over-a-photo"])
def test_a_body_size_title_over_its_names_and_a_photo_heads_the_photo_and_text(tmp_path, with_photo, names,
                                                                                names_font, ratio):
    page = parse(_page(with_photo, names, names_font, ratio), tmp_path)
    titles = sorted(str(a.headline.title) for a in page.articles)
    assert titles == sorted([_TITLE, "南岭区三所新学校投入使用"]), titles
    article = next(a for a in page.articles if a.headline.title == _TITLE)
    assert {b.name for b in article.bylines} == ({"林晓", "王海"} if names else set())
    body = "".join(article.paragraphs)
    assert body.startswith(TEXTS["river"][0][:12]) and TEXTS["culture"][-1][-8:] in body
    if with_photo:
        assert [(c.text, c.credit) for c in article.captions] == [(_CAPTION, "林晓")]
