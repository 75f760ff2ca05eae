"""Two headline tiers of one weight near in size (layout/alike_tiers.py): a
kicker or subtitle may be set larger than a 主题 in a plain 黑体, so within
30% the words tell kicker + title from title + subtitle, as in text mode.
Pages built by feature_pages.py; invented words."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, find, parse  # noqa: E402
from feature_pages import TEXTS, FeaturePage, column_x  # noqa: E402


def _page(upper: str, upper_size: float, lower: str, lower_size: float) -> FeaturePage:
    """One article over three columns under two 黑体 tiers, flush left, a line apart."""
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, upper, upper_size, "hei")
    pg.line(x0, TOP + 8 + 1.3 * upper_size, lower, lower_size, "hei")
    pg.flow(x0, TOP + 20 + 1.3 * (upper_size + lower_size), list(TEXTS["water"]), 3)
    return pg


def test_a_larger_first_tier_the_words_give_no_subtitle_is_the_kicker(tmp_path):
    """A first tier a point or two larger, over a second that neither gives
    figures nor goes on from its subject: a large kicker over its 主题."""
    page = parse(_page("青禾县多措并举保障农村饮水", 19.0, "村民喝上放心水", 16.0), tmp_path)
    head = find(page, "村民喝上放心水").headline
    assert (head.kicker, head.subtitle) == ("青禾县多措并举保障农村饮水", None)


def test_a_larger_second_tier_giving_figures_is_the_subtitle(tmp_path):
    """A second tier set a little larger that gives figures reports on under
    the 主题 over it: a large subtitle, not the title."""
    page = parse(_page("青禾县农村供水工程全面完工", 16.0, "自来水普及率达到98%", 17.5), tmp_path)
    head = find(page, "青禾县农村供水工程全面完工").headline
    assert (head.kicker, head.subtitle) == (None, "自来水普及率达到98%")


def test_a_larger_second_tier_reporting_a_parallel_event_is_the_subtitle(tmp_path):
    """The same event in the same words for a second party (…互致贺电 /
    …互致贺电), set larger: the subtitle of the first."""
    page = parse(_page("甲国总统同乙国总统互致贺电", 16.0, "甲国总理同乙国总理互致贺电", 18.0), tmp_path)
    head = find(page, "甲国总统同乙国总统互致贺电").headline
    assert (head.kicker, head.subtitle) == (None, "甲国总理同乙国总理互致贺电")


def test_tiers_far_apart_in_size_keep_the_larger_as_the_title(tmp_path):
    """A first tier half again as large as the second is the 主题 whatever the
    words: far apart in size, type tells."""
    page = parse(_page("青禾县多措并举保障农村饮水", 26.0, "村民喝上放心水", 15.0), tmp_path)
    head = find(page, "青禾县多措并举保障农村饮水").headline
    assert (head.kicker, head.subtitle) == (None, "村民喝上放心水")


def test_a_larger_first_tier_over_a_subtitle_by_its_words_stays_the_title(tmp_path):
    """A larger first tier over a second giving figures: the words agree with
    the sizes, title over subtitle."""
    page = parse(_page("青禾县农村供水工程全面完工", 19.0, "自来水普及率达到98%", 16.0), tmp_path)
    head = find(page, "青禾县农村供水工程全面完工").headline
    assert (head.kicker, head.subtitle) == (None, "自来水普及率达到98%")
