"""Headline tiers near the body size: a kicker set a little under the body
size in another plain face than the text's right over a heavy title
only a tenth larger than the text, centred over its row: the title opens its
column all the same, the kicker its 引题; and a subtitle opening with ——
set flush with the left edge of a narrow stacked title, as wide as the row
under it, is that title's 副题 (layout/small_headlines._under_its_kicker,
segment._beyond_a_narrow_stack; invented pages drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402

_BODY = ["入冬以后，河谷新村的暖棚里依旧一片翠绿，黄瓜、番茄和彩椒挂满了枝头，前来收购的货车每天一早就停在村口。",
         "村里的老人说，过去一到冬天地里就没有活干，如今大家都在暖棚里忙着，收入比往年多了不少。",
         "合作社负责人介绍，今年村里又新建了二十座暖棚，还请来农技专家手把手教大家管理。",
         "镇里还把冷链仓库建到了村边，新鲜蔬菜当天就能运到城里的超市，村民们再也不用担心卖不出去。"]


@pytest.mark.parametrize("centred", [True, False])
def test_a_kicker_under_the_body_size_in_another_face_over_a_small_title(tmp_path, centred):
    """An article across the page; under it, over three columns, a kicker at
    0.95 of the body size in a 宋体 the text is not set in, over a 黑体 title at 1.1 times the body,
    both centred over the three columns of its text, or both flush left."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x0, x1 = column_x(0), span_right(0, 3)
    kicker, title = "暖棚连成片，冷链通到村，蔬菜卖得更远", "河谷新村，冬天也有好收成"
    size = 0.95 * BODY
    width = pymupdf.get_text_length(kicker, fontname="china-ss", fontsize=size)
    pg.page.insert_text(((x0 + x1 - width) / 2 if centred else x0, top + 0.9 * size), kicker, fontname="china-ss",
                        fontsize=size)
    y = top + size + 0.5 * BODY
    if centred:
        pg.centered(x0, x1, y, title, 1.1 * BODY, "hei")
    else:
        pg.line(x0, y, title, 1.1 * BODY, "hei")
    pg.flow(x0, y + 1.1 * BODY + LEAD, _BODY, 3)
    story(pg, "digital", "数字车间里的新工人", 3, 2, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", title, "数字车间里的新工人"])
    piece = find(page, title)
    assert piece.headline.kicker == kicker, piece.headline
    check_body(piece, _BODY)


def test_a_dashed_subtitle_flush_left_under_a_narrow_stacked_title_is_its_subtitle(tmp_path):
    """A title of three short lines at 14 points flush left over two columns,
    and under it, flush with the stack's left edge and as wide as the columns,
    a subtitle opening with —— at 1.13 times the body in the text's face."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x0 = column_x(0)
    y = top
    for part in ["“暖棚”", "种出", "好日子"]:
        pg.line(x0, y, part, 14, "hei")
        y += 14 * 1.15
    subtitle = "——河谷新村冬季蔬菜产业见闻之二"
    pg.line(x0, y + 4, subtitle, 1.13 * BODY, "body")
    pg.flow(x0, y + 4 + 1.13 * BODY + 0.8 * LEAD, _BODY, 2)
    story(pg, "digital", "数字车间里的新工人", 2, 3, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "“暖棚” 种出 好日子", "数字车间里的新工人"])
    piece = find(page, "“暖棚” 种出 好日子")
    assert (piece.headline.subtitle or "").lstrip("—") == subtitle.lstrip("—"), piece.headline
    check_body(piece, _BODY)


_LEFT_COLUMN = ["　　春节刚过，河谷新村的合作社", "就忙了起来，社员们一早来到暖", "棚里，给刚冒芽的秧苗浇水施肥，",
                "技术员在一旁教大家怎样控制棚", "里的温度和湿度。老人们说，这", "样热闹的冬天，是村里几十年来"]
_RIGHT_COLUMN = ["的头一回。", "　　合作社负责人介绍，去年全村", "蔬菜卖了三百多万元，今年打算",
                 "再建二十座暖棚，把冷链仓库建", "到村边，让新鲜蔬菜当天就能运", "进城里的超市。"]


def test_a_title_a_little_over_the_body_over_a_row_whose_next_column_opens_on_a_paragraphs_tail(tmp_path):
    """A 黑体 title at 1.1 times the body flush left over two columns; the
    second column opens with the last glyphs of the first column's paragraph
    (的头一回。, five glyphs), its next line a full one: that is a column's top
    all the same, and the title heads the row."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x0, x1 = column_x(0), column_x(1)
    title = "暖棚里的新年"
    pg.line(x0, top, title, 1.1 * BODY, "hei")
    y = top + 1.1 * BODY + 0.6 * LEAD
    for k, (left, right) in enumerate(zip(_LEFT_COLUMN, _RIGHT_COLUMN)):
        pg.line(x0, y + k * LEAD, left)
        pg.line(x1, y + k * LEAD, right)
    story(pg, "digital", "数字车间里的新工人", 2, 3, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", title, "数字车间里的新工人"])
    text = "".join(find(page, title).paragraphs)
    assert text.startswith("春节刚过") and text.endswith("进城里的超市。"), text


def test_a_title_of_two_phrases_under_a_larger_kicker_keeps_both(tmp_path):
    """A 黑体 kicker at 1.35 times the body over a title of two phrases a glyph
    apart (each a run of its own) at 1.09 times the body over three columns,
    the second opening on the second column's left edge (so no line joins the
    two): both phrases are the title, the first not lost when the second joins
    the heading first."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x0, x1 = column_x(0), span_right(0, 3)
    kicker, phrases = "青禾县冬季蔬菜产业发展调查", ("暖棚连成片", "冬天有收成")
    pg.centered(x0, x1, top, kicker, 1.35 * BODY, "hei")
    size = 1.09 * BODY
    y = top + 1.35 * BODY + 0.5 * BODY
    # (the second phrase opens on the second column's left edge, as the columns' lines do)
    pg.line(column_x(1) - size - pg.length(phrases[0], size, "hei"), y, phrases[0], size, "hei")
    pg.line(column_x(1), y, phrases[1], size, "hei")
    pg.flow(x0, y + size + LEAD, _BODY, 3)
    story(pg, "digital", "数字车间里的新工人", 3, 2, top, align="left")
    page = parse(pg, tmp_path)
    found = [a for a in page.articles if a.headline.kicker == kicker]
    assert len(found) == 1, [a.headline for a in page.articles]
    assert found[0].headline.title == " ".join(phrases), found[0].headline


def test_a_lead_in_kicker_in_the_texts_face_over_a_small_centred_title(tmp_path):
    """(A guard: main reads this small page right too; page 28 of indie seed 541 is what it failed.)
    A kicker ending on a lead-in dash, in the text's face at 1.25 times the
    body, over a 黑体 title at 1.1 times the body, both centred over the two
    columns of the text: kicker and title of one headline (the title is no
    tail of the kicker, the kicker no subheading)."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x0, x1 = column_x(0), span_right(0, 2)
    kicker, title = "河谷新村的菜农们在冬天里——", "把暖棚种成了聚宝盆"
    pg.centered(x0, x1, top, kicker, 1.25 * BODY, "body")
    y = top + 1.25 * BODY + 0.5 * BODY
    pg.centered(x0, x1, y, title, 1.1 * BODY, "hei")
    text = ["本报青禾2月4日电　" + _BODY[0]] + _BODY[1:]
    pg.flow(x0, y + 1.1 * BODY + LEAD, text, 2)
    story(pg, "digital", "数字车间里的新工人", 2, 3, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", title, "数字车间里的新工人"])
    piece = find(page, title)
    assert piece.headline.kicker == kicker, piece.headline
    assert piece.dateline == "本报青禾2月4日电"
    check_body(piece, _BODY)
