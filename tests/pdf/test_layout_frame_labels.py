"""A frame of text set under a headline and its byline, before the columns
(a key-points box: a short bold heading over a few lines), belongs to that
article: its heading is the box's own label, neither a second byline of the
headline (a frame's edge stands between them; a byline never has one) nor
the headline of an article of its own (layout/frame_labels.py, session 38).
Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right, wrap  # noqa: E402

POINTS = "全县晚稻喜获丰收，机收率超过九成；优质稻种推广面积扩大，种粮大户每亩增收一百多元。"


@pytest.mark.parametrize("label", ["周边速览", "要点提示"])
def test_a_framed_heading_under_a_byline_opens_the_article(tmp_path, label):
    pg = FeaturePage()
    pg.header(6, "农村")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "万亩晚稻开镰收割", 22.0)
    y = pg.byline_line(x0, x1, y, "本报记者 李青")
    ftop = y
    pg.centered(x0, x1, ftop + 4, label, BODY * 1.25, "hei", bold=True)
    ly = ftop + 4 + BODY * 2.3
    lines = wrap(POINTS, int((x1 - x0 - 20) / BODY))
    for n, ln in enumerate(lines):
        pg.line(x0 + 10 + (2 * BODY if n == 0 else 0), ly, ln, BODY)
        ly += LEAD
    pg.frame(x0 + 2, ftop, x1 - 2, ly + 4, 0.6)
    body = TEXTS["harvest"][:3]
    pg.flow(x0, ly + 16, body, 3)
    right = TEXTS["health"][:3]
    rx0, rx1 = column_x(3), span_right(3, 2)
    ry = pg.headline(rx0, rx1, TOP + 4, "家庭医生上门来", 20.0)
    pg.flow(rx0, ry, right, 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["万亩晚稻开镰收割", "家庭医生上门来"])
    a = find(page, "万亩晚稻开镰收割")
    assert [(b.role, b.name) for b in a.bylines] == [("本报记者", "李青")]
    check_body(a, [label, POINTS, *body])
