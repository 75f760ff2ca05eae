"""An in-body subheading that opens with a lead-in (the place or field it is
about, ending in ——) over the heading proper: 城南片区—— / 老旧小区焕新颜.
Pages built the way test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import LEFT, TEXTS, FeaturePage, Sub, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402

LEAD_IN, HEADING = "城南片区——", "老旧小区焕新颜"


def _page(subs: list[Sub], tmp_path):
    pg = FeaturePage()
    pg.header(6, "经济")
    x1 = span_right(0, 3)
    y = pg.headline(LEFT, x1, TOP + 4, "城市更新步伐加快", 20)
    paras = TEXTS["theory"][:2] + subs + TEXTS["theory"][2:] + TEXTS["digital"][:1]
    a = pg.flow(LEFT, y, paras, 3).bottom
    b = story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    story(pg, "library", "老厂房变身城市书房", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["城市更新步伐加快", "文艺巡演进乡村", "老厂房变身城市书房"])
    return find(page, "城市更新步伐加快")


def test_a_subheadings_lead_in_line_is_a_paragraph_of_its_own(tmp_path):
    """The lead-in and the heading set as one subheading of two lines: the
    line ending in —— is its own line of the text, as printed, not run into
    the heading it leads into."""
    art = _page([Sub([LEAD_IN, HEADING], size=11.4)], tmp_path)
    check_body(art, TEXTS["theory"][:2] + [LEAD_IN, HEADING] + TEXTS["theory"][2:] + TEXTS["digital"][:1])


def test_a_heading_line_ending_in_a_dash_groups_with_the_line_under_it_past_the_usual_gap():
    """The lines of the bench page where this was seen, in invented words: a
    lead-in line (城南片区——) and the heading it leads into, both 1.2 bodies,
    flush left in one column, a line and a quarter of their size apart (more
    than a headline's tiers stand apart). A line ending in —— goes on in the
    line under it: one heading, not a headline of the lead-in alone over a
    subheading."""
    from banmian.layout.segment import group_headings
    from banmian.model import TextLine

    body, size = 9.9, 11.9
    lead_in = TextLine(LEAD_IN, (217.6, 1105.1, 301.0, 1119.0), size, font="hei")
    heading = TextLine(HEADING, (217.6, 1134.1, 300.9, 1148.0), size, font="hei")
    groups = group_headings([lead_in, heading], body)
    assert [[ln.text for ln in g.lines] for g in groups] == [[LEAD_IN, HEADING]]
