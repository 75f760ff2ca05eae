"""A headline centred over a row of columns heads them all, those beyond
its ends too (layout/headline_reach.py, ``centred_over_row``), when a
subheading opens one of the row's columns at its top. The row is told by
its columns' tops, level, a gutter apart; a subheading set at the top of a
column (centred, narrower than the column) stands for the column under it,
or the row breaks there and the columns before the break are left to no
headline. Pages built by feature_pages.py, all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, below, check_titles, find, parse, story  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, Sub, column_x, span_right  # noqa: E402


def test_a_subheading_atop_a_column_of_a_row_under_a_centred_headline(tmp_path):
    """Five columns level at the row's top under a headline centred over
    the middle one, narrower than it: two columns left of it, two right.
    The middle column opens with a boxed subheading at the row's top, the
    others with text (the first with the dateline and its reporters), and
    every column's paragraphs end finished at its foot (nothing runs on from
    one to the next): all five are the headline's article, no headless one
    of the two on the left."""
    pg = FeaturePage()
    pg.header(10, "体育")
    middle = (column_x(2) + span_right(2, 1)) / 2
    y = pg.headline(middle - 70, middle + 70, TOP + 4, "脱贫攻坚再加力", 20, kicker="从教育医疗入手")
    y += 1.6 * BODY  # the row's top between two and three body sizes under the headline's foot
    water, school = TEXTS["water"], TEXTS["school"]
    heading = Sub(["坚持系统观念", "统筹推进改革"], boxed=True)
    opening = "本报讯（记者 韩硕 通讯员 李明）" + water[0]
    columns = [[opening, water[1]], water[2:4], [heading] + school[:2], school[2:4], school[4:] + water[4:]]
    bottoms = []
    for c, items in enumerate(columns):  # (the subheading's frame at the row's top: its text level with the row's)
        top = y - 0.5 * LEAD if isinstance(items[0], Sub) else y
        bottoms.append(pg.flow(column_x(c), top, list(items), 1).bottom)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(bottoms)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["脱贫攻坚再加力", "万亩晚稻喜获丰收"])
    body = find(page, "脱贫攻坚再加力").paragraphs
    assert body[0] == water[0] and heading.text in body, body[:4]
    assert [b.name for b in find(page, "脱贫攻坚再加力").bylines] == ["韩硕", "李明"]
