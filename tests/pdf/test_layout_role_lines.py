"""A byline broken after its role word (通讯员 / 林小雨 高原) under a side
headline is the article's byline: a role word alone on a line is never a
paragraph, and the break stands for the space between role and names
(layout/role_lines.py, session 38). Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse, story  # noqa: E402
from feature_pages import BODY, LEAD, LEFT, TEXTS, FeaturePage  # noqa: E402


@pytest.mark.parametrize(("role", "names"), [("通讯员", ["林小雨", "高原"]), ("特约记者", ["欧阳青"])])
def test_a_byline_broken_after_its_role_under_a_side_headline(tmp_path, role, names):
    pg = FeaturePage()
    pg.header(8, "生态")
    y = TOP + 6
    for part in ("一江清水", "向东流"):
        pg.line(LEFT, y, part, 21.0, "hei", bold=True)
        y += 21.0 * 1.35
    y += BODY
    for text in (role, " ".join(names)):
        pg.line(LEFT, y, text, BODY)
        y += LEAD
    body = TEXTS["river"][:4]
    x0 = LEFT + 21.0 * 4 + 16
    pg.flow(x0, TOP + 6, body, 3)
    story(pg, "market", "冬季蔬菜供应充足", 4, 1, TOP + 6)
    page = parse(pg, tmp_path)
    check_titles(page, ["一江清水向东流", "冬季蔬菜供应充足"])
    a = find(page, "一江清水向东流")
    assert [(b.role, b.name) for b in a.bylines] == [(role, n) for n in names]
    check_body(a, body)
