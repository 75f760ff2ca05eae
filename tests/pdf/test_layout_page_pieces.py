"""Pieces of a page that lean on the column beside them: a caption's credit
line under a photo narrower than its caption, and others. Pages built the
way test_layout_features.py builds them (feature_pages.py), all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from test_layout_features import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402


def test_an_agency_credit_alone_under_a_caption_wider_than_its_photo(tmp_path):
    """A side headline over column 0, a photo under it narrower than the
    column and centred in it, a caption in a smaller size set flush left
    across the whole column (one finished sentence), and the agency alone in
    brackets on the line under it at the caption's left edge, beyond the
    photo's left end. The bracketed agency is the caption's credit, not the
    first words of the text beside it."""
    pg = FeaturePage()
    pg.header(4, "综合")
    x0, x1 = column_x(0), span_right(0, 1)
    y = pg.headline(x0, x1, TOP + 4, ["三所新学", "校投入使用"], 20)
    photo = (x0 + 30, y, x1 - 30, y + 70)
    pg.photo(*photo, fill=True)
    caption = "孩子们在新教室里上第一堂课。"
    pg.line(x0, photo[3] + 6, caption, 8)
    pg.line(x0, photo[3] + 6 + 11, "（影像中国）", 8)
    a = pg.flow(column_x(1), TOP + 4, TEXTS["school"], 2).bottom
    b = story(pg, "river", "清溪河重现水清岸绿", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b, photo[3] + 30)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "清溪河重现水清岸绿", "文艺巡演进乡村"])
    art = find(page, "三所新学校投入使用")
    assert [(c.text, c.credit) for c in art.captions] == [(caption, "影像中国")], f"captions {art.captions}"
    check_body(art, TEXTS["school"])
