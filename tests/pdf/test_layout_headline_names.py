"""An author's name set right under a headline's subtitle, in the subtitle's
size and light face (layout/headline_names.py): a byline, not a line of the
subtitle nor a tier of its own. Pages built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, find, parse  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, column_x  # noqa: E402


def _page(names: str, subtitle: str = "——记青禾县供水站") -> FeaturePage:
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, "守护一方清水", 22.0, "hei")
    pg.line(x0, TOP + 34, subtitle, 12.0)
    pg.line(x0, TOP + 52, names, 12.0)  # (six points under the subtitle: one run of lines)
    pg.flow(x0, TOP + 80, list(TEXTS["water"]), 3)
    return pg


def test_a_name_alone_under_the_subtitle_in_its_size_is_the_byline(tmp_path):
    head = find(parse(_page("林晓雨"), tmp_path), "守护一方清水")
    assert head.headline.subtitle == "——记青禾县供水站", head.headline
    assert [b.name for b in head.bylines] == ["林晓雨"]


def test_a_role_and_two_names_under_the_subtitle_are_bylines(tmp_path):
    head = find(parse(_page("■ 通讯员  林晓雨  周明"), tmp_path), "守护一方清水")
    assert head.headline.subtitle == "——记青禾县供水站", head.headline
    assert [b.name for b in head.bylines] == ["林晓雨", "周明"]


def test_the_wrapped_tail_of_a_subtitle_filling_its_measure_stays_in_it(tmp_path):
    """A subtitle's second line that happens to read as a name (王红) goes on
    the line over it, which fills the measure of the article's one column."""
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, "守护一方清水", 22.0, "hei")
    pg.line(x0, TOP + 34, "——记青禾县供水站老站长", 12.0)
    pg.line(x0, TOP + 52, "王红", 12.0)
    pg.flow(x0, TOP + 80, list(TEXTS["water"]), 1)
    head = find(parse(pg, tmp_path), "守护一方清水")
    assert head.headline.subtitle == "——记青禾县供水站老站长王红", head.headline
    assert not head.bylines


def test_a_name_under_a_body_size_subtitle_well_below_the_title_is_the_byline(tmp_path):
    """A title, under it a subtitle set bold at the body size (a tier found
    only with the columns), and a name alone a little larger than the text
    three lines under that: too far under the title to be read as its name
    at first, the name is the headline's byline, no heading of its own."""
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, "守护一方清水", 20.0, "hei")
    pg.line(x0, TOP + 34, "青禾县农村供水站二十四小时值守", BODY, "hei", bold=True)
    pg.line(x0, TOP + 76, "林晓雨", 11.0)
    pg.flow(x0, TOP + 100, list(TEXTS["water"]), 3)
    page = parse(pg, tmp_path)
    head = find(page, "守护一方清水")
    assert [b.name for b in head.bylines] == ["林晓雨"], (head.bylines, head.headline)
    assert not any(b.lines == ["林晓雨"] for b in page.blocks), page.blocks
