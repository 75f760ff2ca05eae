"""Captions as independent typesetters set them: a credit on a line of its own
under a caption that ends in no stop (张三/摄 under ……迎来春天: the line break
is the credit's start); a photo kept to its proportions, centred in a wider
space, its caption set flush left across the space and its credit flush right
on the line under it, both out from under the photo; a jump note (（上接第2版）)
right under a small picture: the text's, no caption; a caption at the body's
size right under the photo, its credit set right past the photo's edge, with
small text in the column beside the photo (that text is no caption). Pages built
as test_layout_features.py builds them (feature_pages.py); invented text."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, find, parse, story, where  # noqa: E402

_TITLE = "滨河新区迎来首批居民"
_OTHER = "南岭区三所新学校投入使用"


def _photo_page(caption: str, credit: str, across: bool, small: float = 0.85) -> FeaturePage:
    """A three-column article with a photo over its first two columns; the
    caption under it (``across``: the photo narrower than its space, the
    caption flush left from the space's edge, the credit flush right)."""
    pg = FeaturePage()
    pg.header(5, "综合")
    x0, x1 = column_x(0), span_right(0, 3)
    top = pg.headline(x0, x1, TOP + 4, _TITLE, 20.0)
    px0, px1 = x0, span_right(0, 2)
    size = BODY * small
    if across:  # the photo centred in the space, its caption set across the space
        inset = pg.length(caption, size) + 20
        pg.photo(px0 + inset, top, px1 - inset, top + 120, fill=True)
        pg.line(px0, top + 123, caption, size)
        pg.right(px1, top + 123 + size * 1.3, credit, size)
    else:
        pg.photo(px0, top, px1, top + 120, fill=True)
        pg.line(px0, top + 126, caption, size)
        pg.right(px1, top + 126 + size * 1.3, credit, size)
    tops = [top + 126 + size * 4] * 2 + [top]
    bottom = pg.flow(x0, top, list(TEXTS["river"]) + list(TEXTS["culture"]), 3, tops=tops).bottom
    story(pg, "school", _OTHER, 0, 4, below(pg, bottom), align="left")
    return pg


@pytest.mark.parametrize("caption, credit, across, expected", [
    ("湖畔新栽的柳树迎来又一个春天", "林晓/摄", False, ("湖畔新栽的柳树迎来又一个春天", "林晓")),
    ("湖畔新栽的柳树迎来又一个春天", "林晓 摄", False, ("湖畔新栽的柳树迎来又一个春天", "林晓")),
    ("湖畔新栽的柳树迎来春天。", "林晓摄", False, ("湖畔新栽的柳树迎来春天。", "林晓")),  # a guard: a stop before it
    ("居民在新公园里散步。", "林晓 摄", True, ("居民在新公园里散步。", "林晓")),
    ("居民在新公园里散步。", "林晓/摄", True, ("居民在新公园里散步。", "林晓")),
], ids=["slash-after-no-stop", "spaced-after-no-stop", "after-a-stop", "across-the-space", "across-slash"])
def test_a_credit_on_its_own_line_closes_the_caption(tmp_path, caption, credit, across, expected):
    page = parse(_photo_page(caption, credit, across), tmp_path)
    article = find(page, _TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [expected]
    assert not where(page, credit.replace(" ", "")[:2] + "摄") or all(f == "caption" for _, f, _ in where(
        page, credit.replace(" ", "")[:2])), where(page, credit.replace(" ", "")[:2])


def test_a_caption_across_the_space_at_the_body_size_must_close_a_sentence(tmp_path):
    """At the body's size a line under a photo's foot left of it may be a
    column's line: without a closed sentence it is no caption (a guard)."""
    page = parse(_photo_page("居民在新公园里散步", "林晓 摄", True, small=1.0), tmp_path)
    article = find(page, _TITLE)
    assert [(c.text, c.credit) for c in article.captions] != [("居民在新公园里散步", "林晓")]


def test_a_jump_note_under_a_small_picture_is_no_caption(tmp_path):
    """A small picture (a logo) over a column that opens on (上接第2版): the
    note is the text's; the picture takes no caption."""
    pg = FeaturePage()
    pg.header(5, "综合")
    x0 = column_x(0)
    top = pg.headline(x0, span_right(0, 3), TOP + 4, _TITLE, 20.0)
    pg.photo(x0 + 20, top, x0 + 70, top + 30, fill=True)
    pg.line(x0, top + 34, "（上接第2版）", BODY * 0.9)
    bottom = pg.flow(x0, top + 34 + BODY * 1.6, list(TEXTS["river"]), 3).bottom
    story(pg, "school", _OTHER, 0, 4, below(pg, bottom), align="left")
    page = parse(pg, tmp_path)
    assert not [c for a in page.articles for c in a.captions if "上接" in (c.text or "")]


def test_an_article_set_small_under_a_photo_is_no_part_of_its_caption(tmp_path):
    """An article set smaller than the page's body, a photo over its first two
    columns: caption and credit (smaller still), then its columns right under
    them. The credit closes the caption; the columns are the article's text."""
    pg = FeaturePage()
    pg.header(5, "综合")
    bottom = story(pg, "school", _OTHER, 0, 4, TOP + 4)
    x0, x1 = column_x(0), span_right(0, 3)
    top = pg.headline(x0, x1, below(pg, bottom), _TITLE, 20.0)
    small, caption = BODY * 0.9, "居民在新公园里散步。"
    px1 = span_right(0, 2)
    pg.photo(x0, top, px1, top + 100, fill=True)
    pg.line(x0, top + 103, caption, BODY * 0.8)
    pg.right(px1, top + 103 + BODY * 1.1, "林晓/摄", BODY * 0.8)
    under = top + 103 + BODY * 2.4
    pg.flow(x0, top, list(TEXTS["river"]), 3, size=small, chars=16, tops=[under, under, top])
    page = parse(pg, tmp_path)
    article = find(page, _TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "林晓")]


def test_a_credit_right_under_a_photo_comes_before_small_text_beside(tmp_path):
    """A caption at the body's size right under a photo, its credit set past
    the photo's right edge on the line under it; small text in the column
    beside the photo, opening level with its foot. The caption is the line
    under the photo, not that text."""
    pg = FeaturePage()
    pg.header(5, "综合")
    x0, x1 = column_x(0), span_right(0, 3)
    top = pg.headline(x0, x1, TOP + 4, _TITLE, 20.0)
    px1 = column_x(2) - 40
    caption = "湖畔新栽的柳树迎来又一个春天"
    pg.photo(x0, top, px1, top + 120, fill=True)
    pg.line(x0, top + 122, caption, BODY)
    pg.line(px1 + 3, top + 122 + BODY * 1.5, "林晓摄", BODY)
    under = top + 122 + BODY * 3.2
    pg.flow(x0, under, list(TEXTS["river"]), 2)
    pg.line(column_x(2), top, "续上文：大家表示要把好做法坚持下去。", BODY * 0.85)  # a column going on, no indent
    pg.flow(column_x(2), top + LEAD, list(TEXTS["culture"]), 1, size=BODY * 0.85, chars=17)
    bottom = top + 420
    story(pg, "school", _OTHER, 0, 4, below(pg, bottom), align="left")
    page = parse(pg, tmp_path)
    captions = [(c.text, c.credit) for a in page.articles for c in a.captions]
    assert (caption, "林晓") in captions, captions
    assert not [c for c in captions if TEXTS["culture"][0][:6] in (c[0] or "")], captions
