"""A kicker of three lines in the body's face, every line a shade (four per
cent) larger than the body, right over a side headline's title
(layout/tier_attach.py, session 37).

Three short lines in the body's face are text however short, unless
something marks them; a size no line of the text is set in marks them when
every line has it, however small the step. Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, find, parse  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, column_x  # noqa: E402

_KICKER = ["线上认养果树林、智能平台", "助力特色产业、偏远村接入", "物流协同网络"]


def test_a_three_line_kicker_a_shade_larger_than_the_body_over_a_side_title(tmp_path):
    """Column 0 holds the side headline: the kicker (three lines, the body's
    face at 1.04 times its size, ragged, no stop) right over the title; the
    article's text runs in columns 1 and 2 from the headline's top. The three
    lines are the kicker, not a paragraph opening the text."""
    pg = FeaturePage()
    pg.header(6, "经济")
    size = round(BODY * 1.04, 2)
    y = TOP + 4
    for text in _KICKER:
        pg.line(column_x(0), y, text, size)
        y += size * 1.3
    y += 2
    pg.line(column_x(0), y, "技术落地助脱贫", 14.0, "hei")
    body = TEXTS["water"]
    pg.flow(column_x(1), TOP + 4, body, 2)
    page = parse(pg, tmp_path)
    article = find(page, "技术落地助脱贫")
    assert article.headline.kicker == "".join(_KICKER), article.headline
    check_body(article, body)
