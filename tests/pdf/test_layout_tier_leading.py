"""A headline's tiers set alike, parted by white space (layout/tier_leading.py).

A title wrapped over three lines and a subtitle under it in the same size
and face: the title's lines stand at one pitch, the subtitle farther under
the title's last line than that. The white space opens a tier: the subtitle
is no fourth line of the title. Lines at one pitch throughout stay one
title. Pages built by feature_pages.py, all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, below, check_body, parse, story  # noqa: E402
from feature_pages import TEXTS, FeaturePage, column_x, span_right  # noqa: E402

_TITLE = ["全省春季植树造林", "行动今日启动各地", "干部群众踊跃参加"]
_SUBTITLE = "新增绿地面积12万亩"  # (figures: a subtitle by its words, :mod:`.alike_tiers`)


def _page(tmp_path, extra: float):
    """Article A: the three title lines at a pitch of 1.25 sizes, then the
    fourth line (same size, same face) ``extra`` sizes farther; its text
    over columns 0-2 under it; B beside, C under."""
    pg = FeaturePage()
    pg.header(8, "要闻")
    size, x0 = 15.0, column_x(0)
    y = TOP + 4
    for text in _TITLE:
        pg.line(x0, y, text, size, "hei")
        y += 1.25 * size
    y += extra * size
    pg.line(x0, y, _SUBTITLE, size, "hei")
    a = pg.flow(x0, y + 2.2 * size, list(TEXTS["river"]), 3).bottom
    b = story(pg, "rail", "城际铁路铺轨", 3, 2, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b)), align="left")
    return parse(pg, tmp_path)


def _find(page, title: str):
    """The article whose title is ``title`` but for the spaces kept between its short lines."""
    hits = [a for a in page.articles if (a.headline.title or "").replace(" ", "") == title]
    assert len(hits) == 1, [a.headline.title for a in page.articles]
    return hits[0]


def test_a_line_set_apart_under_a_wrapped_title_in_its_size_and_face_is_the_subtitle(tmp_path):
    page = _page(tmp_path, extra=0.4)
    art = _find(page, "".join(_TITLE))
    assert art.headline.subtitle == _SUBTITLE, art.headline
    assert art.headline.kicker is None
    check_body(art, TEXTS["river"])


def test_lines_at_one_pitch_are_one_title(tmp_path):
    """The control: the fourth line at the title's own pitch is the title's last line."""
    page = _page(tmp_path, extra=0.0)
    art = _find(page, "".join(_TITLE) + _SUBTITLE)
    assert art.headline.subtitle is None and art.headline.kicker is None, art.headline


def test_a_title_line_in_two_pieces_on_one_baseline_then_its_wrapped_line_is_one_title(tmp_path):
    """(seed 117) The title's first line written as two pieces on one
    baseline (its two phrases, a gap between), then its second line at the
    title's pitch: pieces of one line are one line, no pitch of nothing, and
    the second line is no tier set apart."""
    pg = FeaturePage()
    pg.header(8, "要闻")
    size, x0 = 15.0, column_x(0)
    right = pg.line(x0, TOP + 4, "科技创新引领产业升级", size, "hei")
    pg.line(right + size, TOP + 4, "为群众办实事", size, "hei")
    pg.line(x0 + 3 * size, TOP + 4 + 1.25 * size, "好事做到心坎上", size, "hei")
    a = pg.flow(x0, TOP + 4 + 3.5 * size, list(TEXTS["river"]), 3).bottom
    b = story(pg, "rail", "城际铁路铺轨", 3, 2, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b)), align="left")
    art = _find(parse(pg, tmp_path), "科技创新引领产业升级为群众办实事好事做到心坎上")
    assert art.headline.kicker is None and art.headline.subtitle is None, art.headline
