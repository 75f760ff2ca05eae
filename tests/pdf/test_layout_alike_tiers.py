"""Two headline tiers set alike, the same size and weight
(layout/alike_tiers.py): the one in the text's face is no title; else the
words tell kicker from title as in text mode.
Pages built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, find, parse  # noqa: E402
from feature_pages import TEXTS, FeaturePage, column_x  # noqa: E402


def _page(upper: str, lower: str) -> FeaturePage:
    """One article over three columns: two headline lines of one size and face, flush left."""
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, upper, 17.0, "hei")
    pg.line(x0, TOP + 44, lower, 17.0, "hei")  # (a line apart: two tiers, not one wrapped)
    pg.flow(x0, TOP + 76, list(TEXTS["water"]), 3)
    return pg


def test_two_tiers_set_alike_read_as_kicker_over_title_when_the_words_tell_no_subtitle(tmp_path):
    """Neither tier reports a finished event nor gives figures, and the second
    does not go on from the first's subject: the first is the kicker (the
    commoner case), however it stands first."""
    page = parse(_page("青禾县多措并举保障农村饮水", "村民喝上放心水"), tmp_path)
    head = find(page, "村民喝上放心水").headline
    assert (head.kicker, head.subtitle) == ("青禾县多措并举保障农村饮水", None)


def test_two_tiers_set_alike_stay_title_over_subtitle_when_the_second_gives_figures(tmp_path):
    """A second tier giving figures reports on under the title over it."""
    page = parse(_page("青禾县农村供水工程全面完工", "自来水普及率达到98%"), tmp_path)
    head = find(page, "青禾县农村供水工程全面完工").headline
    assert (head.kicker, head.subtitle) == (None, "自来水普及率达到98%")


def test_of_two_tiers_set_alike_the_one_in_the_texts_face_is_not_the_title(tmp_path):
    """A first tier set as large as the 黑体 under it but in the face of the
    article's text is its kicker, though its words (an event that closed)
    would make it a title over a subtitle."""
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, "青禾县供水工程座谈会闭幕", 17.0)
    pg.line(x0, TOP + 44, "村民喝上放心水", 17.0, "hei")
    pg.flow(x0, TOP + 76, list(TEXTS["water"]), 3)
    head = find(parse(pg, tmp_path), "村民喝上放心水").headline
    assert (head.kicker, head.subtitle) == ("青禾县供水工程座谈会闭幕", None)
