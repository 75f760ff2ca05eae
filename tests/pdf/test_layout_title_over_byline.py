"""A one-column article's title squeezed into its narrow column, set hardly
larger than the text but in a heavier face, over the author's name: it is
the article's headline, not a first paragraph or a subheading (a byline
stands under its headline; a subheading stands under some of the text)
(layout/role_lines.py, session 38). Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse, story  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402


@pytest.mark.parametrize(("title", "name"), [("乡村书屋人气旺", "周  洁"), ("治水要下绣花功夫", "韩  冰")])
def test_a_narrow_title_over_the_authors_name(tmp_path, title, name):
    pg = FeaturePage()
    pg.header(9, "评论")
    story(pg, "theory", "推动发展行稳致远", 0, 3, TOP + 4, byline="秦  朗")
    x0, x1 = column_x(3) + 10, span_right(3, 1)
    pg.vrule(x0 - 11, TOP + 4, TOP + 400)
    pg.centered(x0, x1, TOP + 4, title, BODY * 1.1, "hei", bold=True)
    pg.centered(x0, x1, TOP + 4 + BODY * 2.6, name, BODY, "body")
    body = TEXTS["culture"][:3]
    pg.flow(x0, TOP + 4 + BODY * 5.2, body, 1, chars=int((x1 - x0) / BODY))
    page = parse(pg, tmp_path)
    check_titles(page, ["推动发展行稳致远", title])
    a = find(page, title)
    assert [(b.role, b.name) for b in a.bylines] == [(None, name.replace(" ", ""))]
    check_body(a, body)
