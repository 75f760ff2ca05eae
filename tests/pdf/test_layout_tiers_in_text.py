"""A headline's tiers stand over all the text they head. A small heading
close under the title that opens a column beside another column of that
title's text (which opens level with it) is inside the row of columns: a
subheading, not a subtitle. Pages built the way test_layout_features.py
builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, LEFT, TEXTS, FeaturePage, RightLine, Sub, column_x, span_right, wrap  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402


@pytest.mark.parametrize("raised", [0.0, 5.0], ids=["a-little-apart", "within-the-tier-gap"])
def test_a_subheading_opening_the_second_column_right_under_the_title_is_no_subtitle(tmp_path, raised):
    """A commentary's headline set flush left across three columns; right
    under it the first column opens with the text, and the second column
    with a two-line centred subheading, a little larger than the text, about
    as far under the title as the headline's tiers stand apart (or closer:
    then it groups with the title as a tier would, and is split off). The text of
    the first column stands level with the subheading: it is the article's
    first subheading, read after the first column, and the whole row is the
    article's text."""
    pg = FeaturePage()
    pg.header(5, "理论")
    pg.line(LEFT, TOP + 4, "推动高质量发展行稳致远", 24, "hei")
    y = TOP + 4 + 24 * 1.3 + 6
    sub = Sub(["坚持创新驱动", "增强发展动力"], size=11.4)
    pg.flow(column_x(0), y, TEXTS["theory"][:1], 1)
    b = pg.flow(column_x(1), y - raised, [sub] + TEXTS["theory"][1:2], 1).bottom
    c = pg.flow(column_x(2), y, TEXTS["theory"][2:] + TEXTS["digital"][:1], 1).bottom
    d = story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    story(pg, "library", "老厂房变身城市书房", 0, 5, below(pg, max(b, c, d)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["推动高质量发展行稳致远", "文艺巡演进乡村", "老厂房变身城市书房"])
    art = find(page, "推动高质量发展行稳致远")
    assert art.headline.subtitle is None, f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["theory"][:1] + [sub.text] + TEXTS["theory"][1:] + TEXTS["digital"][:1])


def test_a_short_articles_middle_column_in_another_face_under_its_title_is_text(tmp_path):
    """A short article in the lower right: its headline centred over the
    middle of three narrow columns of two or three lines each, its text set
    in another face than the page's (a 楷体 box). The middle column stands
    right under the title, in another face, a short phrase a line, as a
    subtitle might; but its lines stand on the baselines of the columns
    beside it, in their size and face: it is one of the row's columns, read
    in turn with them, and the title keeps no tier."""
    pg = FeaturePage()
    pg.header(2, "综合")
    a = story(pg, "theory", "推动高质量发展行稳致远", 0, 5, TOP + 4, align="left")
    top = below(pg, a)
    story(pg, "culture", "文艺巡演进乡村", 0, 2, top)
    chars = 9
    x0 = column_x(2)
    x1 = x0 + 3 * chars * 9.5 + 2 * 12
    y = pg.headline(x0, x1, top, "照亮回家的路", 20)
    text = ("春运将至，客流渐增。", "凌晨一点刚过，电力抢修班组的师傅们收拾停当，出发巡线检修，为列车安全保驾护航。")
    lines = [(ln, i == 0) for para in text for i, ln in enumerate(wrap(para, chars))]
    for c in range(3):
        cx = x0 + c * (chars * 9.5 + 12)
        for r, (ln, first) in enumerate(lines[3 * c:3 * c + 3]):
            full = pg.length(ln, 9.5, "hei") > (chars - 3) * 9.5
            left = cx + (2 * 9.5 if first else 0)
            pg.line(left, y + r * LEAD, ln, 9.5, "hei", width=(cx + chars * 9.5 - left) if full else None)
    page = parse(pg, tmp_path)
    check_titles(page, ["推动高质量发展行稳致远", "文艺巡演进乡村", "照亮回家的路"])
    art = find(page, "照亮回家的路")
    assert art.headline.subtitle is None, f"subtitle {art.headline.subtitle!r}"
    check_body(art, list(text))


def test_a_side_headlines_one_line_under_it_in_the_face_of_the_columns_beside_is_text(tmp_path):
    """A short photo-news piece set apart in a frame: its headline at the top
    of the first of three narrow columns, the other two running up beside it
    from the headline's top; the first column holds one line of the text
    under the headline, the text's first, set (as all of it) in another face
    than the page's. That line is in the size and face of the columns beside
    it, level with them: the text's first line, no subtitle."""
    pg = FeaturePage()
    pg.header(11, "地方")
    a = story(pg, "theory", "推动高质量发展行稳致远", 0, 5, TOP + 4, align="left")
    top = below(pg, a)
    story(pg, "culture", "文艺巡演进乡村", 0, 2, top)
    chars = 9
    x0 = column_x(2)
    pg.frame(x0 - 6, top - 4, x0 + 3 * chars * 9.5 + 2 * 12 + 6, top + 4 * LEAD + 8, 0.6)
    pg.centered(x0, x0 + chars * 9.5, top, "报春", 20)
    text = ("初春时节，江城公园的梅花竞相开放，吸引众多市民前来赏花拍照。", "园方延长了开放时间。")
    lines = [(ln, i == 0) for para in text for i, ln in enumerate(wrap(para, chars))]
    rows = [(0, 2)] + [(c, r) for c in (1, 2) for r in range(4)]
    for (c, r), (ln, first) in zip(rows, lines):
        cx = x0 + c * (chars * 9.5 + 12)
        full = pg.length(ln, 9.5, "hei") > (chars - 3) * 9.5
        left = cx + (2 * 9.5 if first else 0)
        pg.line(left, top + 2 + r * LEAD, ln, 9.5, "hei", width=(cx + chars * 9.5 - left) if full else None)
    assert len(lines) <= len(rows), "the text must fit the three columns"
    page = parse(pg, tmp_path)
    check_titles(page, ["推动高质量发展行稳致远", "文艺巡演进乡村", "报春"])
    art = find(page, "报春")
    assert art.headline.subtitle is None, f"subtitle {art.headline.subtitle!r}"
    check_body(art, list(text))


def test_a_bulletin_label_over_a_column_of_briefs_takes_no_item_title_as_its_tier(tmp_path):
    """A column of news briefs under a plain label of the bulletin kind
    (要闻快报: 快报, a bulletin, names such columns as 简讯 and 速递 do), the
    first item's title a line under it. The label has no tiers: the first
    item keeps its title and text."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a = story(pg, "water", "农村供水保障工程惠及全县", 0, 4, TOP + 4, extra=TEXTS["school"] + TEXTS["health"],
              align="left")
    x = column_x(4)
    pg.line(x, TOP + 4, "要闻快报", 13, "hei")
    y = TOP + 27
    for title, key, reporter in [("乡村书屋开放", "library", "林晓东"), ("河道清淤完工", "river", "王小明")]:
        pg.line(x, y, title, 11, "hei")
        y = pg.flow(x, y + 17, TEXTS[key][:1] + [RightLine(f"（{reporter}）")], 1).bottom + 6
    assert y < a, (y, a)
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "乡村书屋开放", "河道清淤完工"])
    check_body(find(page, "乡村书屋开放"), TEXTS["library"][:1])


def test_a_five_line_subtitle_in_a_heavier_face_over_the_byline_is_the_subtitle(tmp_path):
    """A side headline in the first column; under it a subtitle of a sentence
    set over five lines in 黑体 a little larger than the text, then the
    reporter's line (■ 记者 …), the article's text in the two columns on the
    right. Five lines all in another face, right between the title and its
    byline, are the headline's 副题, not the article's first paragraph."""
    pg = FeaturePage()
    pg.header(6, "综合")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, "蔬菜供应充足", 20.0, "hei")
    subtitle = "全市已与周边十余个蔬菜产区签订长期供货协议，储备冬菜一万余吨，平价菜专柜覆盖全市所有大型超市，确保节日期间市场不断档、不脱销"
    lines = [subtitle[i:i + 14] for i in range(0, len(subtitle), 14)]
    assert len(lines) == 5
    y = TOP + 36
    for ln in lines:
        pg.line(x0, y, ln, 1.06 * BODY, "hei")
        y += 1.4 * BODY
    pg.line(x0, y + 6, "■ 记者  孙晓明", BODY)
    body = TEXTS["market"]
    pg.flow(column_x(1), TOP + 4, body, 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["蔬菜供应充足"])
    art = find(page, "蔬菜供应充足")
    assert art.headline.subtitle == subtitle, art.headline.subtitle
    assert [b.name for b in art.bylines] == ["孙晓明"], art.bylines
    check_body(art, body)


def test_a_letter_spaced_name_under_a_two_line_subtitle_is_the_byline(tmp_path):
    """A title, a subtitle of two lines in 黑体 at the body
    size under it, then the author's name set letter-spaced a little larger
    (夏 艳) under the subtitle, a photo and the text under that. The name stands further
    under the title than a byline under a title alone does, but the subtitle
    fills the space between: it is the byline, not a heading of its own."""
    pg = FeaturePage()
    pg.header(11, "综合新闻")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, "书屋点亮冬日阅读", 16.0, "hei")
    pg.line(x0, TOP + 28, "全县新建农家书屋六十余个，配齐图书", BODY, "hei")
    pg.line(x0, TOP + 28 + 1.3 * BODY, "和电子阅读设备", BODY, "hei")
    pg.line(x0, TOP + 60, "夏  艳", 1.15 * BODY)  # (four lines of the body under the title's foot)
    y = TOP + 60 + 2 * BODY
    pg.photo(x0, y, x0 + 130, y + 90, fill=True)
    body = TEXTS["library"]
    pg.flow(x0, y + 100, body, 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["书屋点亮冬日阅读"])
    art = find(page, "书屋点亮冬日阅读")
    assert [b.name for b in art.bylines] == ["夏艳"], (art.bylines, art.headline)
    check_body(art, body)


def test_two_lines_of_sentences_across_the_columns_under_a_title_are_its_subtitle(tmp_path):
    """Under a title across three columns, two lines in the body's face, as
    wide as the three columns, holding a sentence and the start of another
    (a 副题 quoting what was said); the text under them in three columns.
    No line of the text runs across the columns: the two lines are the
    subtitle, not the first paragraph."""
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0, x1 = column_x(0), span_right(0, 3)
    pg.line(x0, TOP + 4, "省长会见来访的友好城市代表团", 22.0, "hei")
    first = "省长表示，双方交流合作基础深厚，前景广阔。希望双方在经贸、文化、教育等领域"
    second = "加强交流互鉴，推动两地合作不断取得新成果"
    pg.line(x0, TOP + 36, first, 1.02 * BODY, width=x1 - x0)
    pg.line(x0, TOP + 36 + 1.4 * BODY, second, 1.02 * BODY)
    body = TEXTS["moscow"]
    pg.flow(x0, TOP + 36 + 4.4 * BODY, body, 3)
    page = parse(pg, tmp_path)
    check_titles(page, ["省长会见来访的友好城市代表团"])
    art = find(page, "省长会见来访的友好城市代表团")
    assert art.headline.subtitle == first + second, art.headline
    check_body(art, body)
