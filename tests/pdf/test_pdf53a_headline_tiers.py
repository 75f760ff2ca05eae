"""A headline's own lines kept together: a subtitle opening with —— centred
under a narrow stacked title is its 副题, however far past the stack it
reaches; a title at the body's size over its reporters' line (names run
together, rare surnames) is a headline, though the text over it across
white space is another article's (PDF mode; invented pages drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story, titles  # noqa: E402

_BODY = ["入冬以后，河谷新村的暖棚里依旧一片翠绿，黄瓜、番茄和彩椒挂满了枝头，前来收购的货车每天一早就停在村口。",
         "村里的老人说，过去一到冬天地里就没有活干，如今大家都在暖棚里忙着，收入比往年多了不少。",
         "合作社负责人介绍，今年村里又新建了二十座暖棚，还请来农技专家手把手教大家管理。",
         "镇里还把冷链仓库建到了村边，新鲜蔬菜当天就能运到城里的超市，村民们再也不用担心卖不出去。"]


def test_a_dashed_subtitle_centred_under_a_narrow_stacked_title_is_its_subtitle(tmp_path):
    """A title of three short lines at 14 points centred over two columns, and
    under it, wider than the stack on both sides, a subtitle opening with —— (1.2 times the body)
    centred on the same axis: one headline of title and subtitle."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x0, x1 = column_x(0), span_right(0, 2)
    y = top
    for part in ["“暖棚”", "种出", "好日子"]:
        pg.centered(x0, x1, y, part, 14, "hei")
        y += 14 * 1.15
    subtitle = "——河谷新村冬季蔬菜产业见闻"
    pg.centered(x0, x1, y + 4, subtitle, 1.2 * BODY, "hei")
    pg.flow(x0, y + 4 + 1.2 * BODY + 0.8 * LEAD, _BODY, 2)
    story(pg, "digital", "数字车间里的新工人", 2, 3, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "“暖棚” 种出 好日子", "数字车间里的新工人"])
    piece = find(page, "“暖棚” 种出 好日子")
    assert (piece.headline.subtitle or "").lstrip("—") == subtitle.lstrip("—"), piece.headline
    check_body(piece, _BODY)


def test_a_title_at_body_size_over_reporters_with_rare_surnames_heads_its_column(tmp_path):
    """An article across the page, then white space only (no rule); under it on
    the right a title at the body's size in 黑体, two short lines, over
    本报记者 and two names of two run together (surnames outside the commonest
    hundred), its text in one column; on the left another article's row."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = foot + 2.5 * BODY
    story(pg, "school", "新学校开学了", 0, 4, top, align="left")
    x = column_x(4)
    pg.line(x, top, "河谷新村", 1.02 * BODY, "hei")
    pg.line(x, top + 1.25 * BODY, "的冬天", 1.02 * BODY, "hei")
    pg.line(x, top + 2.9 * BODY, "本报记者符远邝岩", BODY, "hei")
    pg.flow(x, top + 2.9 * BODY + LEAD, _BODY[:3], 1)
    page = parse(pg, tmp_path)
    assert "河谷新村的冬天" in titles(page), titles(page)
    piece = find(page, "河谷新村的冬天")
    assert piece.paragraphs[-1] == _BODY[2], piece.paragraphs
    check_body(find(page, "新学校开学了"), list(TEXTS["school"]))


def test_a_kicker_leading_into_a_title_at_body_size_over_its_row(tmp_path):
    """A kicker in the text's face a little over the body, ending on its
    lead-in dash, over a title at the body's size in 黑体, both flush left over
    two columns whose tops stand level under them: kicker and title, not
    a subheading and a line of text."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x = column_x(0)
    kicker = "一批新暖棚陆续投用——"
    pg.line(x, top, kicker, 1.15 * BODY, "body")
    pg.line(x, top + 1.8 * BODY, "河谷新村的冬天", BODY, "hei")
    pg.flow(x, top + 1.8 * BODY + 1.3 * LEAD, _BODY, 2)
    story(pg, "digital", "数字车间里的新工人", 2, 3, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "河谷新村的冬天", "数字车间里的新工人"])
    piece = find(page, "河谷新村的冬天")
    assert piece.headline.kicker == kicker, piece.headline
    check_body(piece, _BODY)


def test_a_subtitle_near_the_body_size_over_the_row_is_no_subheading(tmp_path):
    """Under a 20-point title flush left, a subtitle in 黑体 at 1.04 times the
    body over the first column, a line's space over the text; the next
    columns open level with the text under it: the headline's subtitle, not
    an in-body subheading opening the text."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, top, "河谷新村的冬天", 20.0, align="left") - 4
    subtitle = "暖棚蔬菜走俏城乡"
    pg.line(x0, y, subtitle, 1.04 * BODY, "hei")
    pg.flow(x0, y + 1.04 * BODY + 0.5 * LEAD, _BODY, 3)
    story(pg, "digital", "数字车间里的新工人", 3, 2, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "河谷新村的冬天", "数字车间里的新工人"])
    piece = find(page, "河谷新村的冬天")
    assert piece.headline.subtitle == subtitle, piece.headline
    check_body(piece, _BODY)


def test_a_subtitle_of_long_phrases_along_one_row_is_one_tier(tmp_path):
    """Under a 20-point title, a subtitle of two long phrases (twelve glyphs
    and more each) set a character apart along one row in 黑体: one subtitle,
    not a second headline beside the first phrase."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x0, x1 = column_x(0), span_right(0, 4)
    y = pg.headline(x0, x1, top, "河谷新村的冬天", 20.0, align="left")
    first, second = "全村新建暖棚二十座冬季蔬菜喜获丰收", "合作社带动两百多户村民增收"
    end = pg.line(x0, y, first, 12, "hei")
    pg.line(end + 12, y, second, 12, "hei")
    pg.flow(x0, y + 12 + 0.8 * LEAD, _BODY + list(TEXTS["harvest"]), 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "河谷新村的冬天"])
    piece = find(page, "河谷新村的冬天")
    assert (piece.headline.subtitle or "").replace(" ", "") == first + second, piece.headline
