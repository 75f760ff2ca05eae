"""Photo captions (layout/captions.py): a photo standing in a headless part's
text is that part's, and a credit's role after a caption's clause mark or dash
is the credit's. Pages built by feature_pages.py, all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, RightLine, column_x, span_right  # noqa: E402

_WIDTH = 15 * BODY  # a column


def test_a_photo_in_a_headless_parts_text_gives_that_part_its_caption(tmp_path):
    """Article A at the left; beyond a rule, the rest of an article from page 2
    (（上接第2版）, its headline not on this page) with a photo at the top of
    its first column, the caption under it and the credit set right on a line
    of its own, the part's text under them and in the next column. The
    caption is the headless part's, not A's, and not left out of every article."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a_top = pg.headline(column_x(0), span_right(0, 3), TOP + 4, "农村供水保障工程惠及全县", 20)
    a = pg.flow(column_x(0), a_top, TEXTS["water"], 3)
    x = column_x(3)
    pg.vrule(x - 6, TOP + 12, a.bottom)
    pg.photo(x, TOP + 4, x + _WIDTH, TOP + 100, fill=True)
    pg.line(x, TOP + 104, "图为学生在新校舍里上课。", 8.5)
    pg.right(x + _WIDTH, TOP + 116, "本报记者 王明摄", 8.5)
    rest = pg.flow(x, TOP + 4, [RightLine("（上接第2版）")] + TEXTS["school"], 2, tops=[TOP + 136, TOP + 4])
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a.bottom, rest.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "None", "文艺巡演进乡村"])
    assert [(c.text, c.credit) for c in find(page, None).captions] == [("图为学生在新校舍里上课。", "王明")]
    assert find(page, "农村供水保障工程惠及全县").captions == []


def test_a_credits_role_after_a_clause_mark_or_a_dash_is_the_credits(tmp_path):
    """Three articles, each a photo under its headline with a one-line caption
    whose credit follows a semicolon (……；本报记者 王明摄), a dash
    (……——新华社记者 李华摄) or, for an agency's reporter, the caption's last
    word (……的引领者新华社记者 赵刚摄), with no space: the role is the
    credit's, not left at the end of the caption's text."""
    pg = FeaturePage()
    pg.header(3, "社会")
    captions = {"老街修缮完工": ("石阶修了又坏，坏了又修；", "本报记者 王明摄", "rail"),
                "山村通上公交": ("第一班公交车驶进村口——", "新华社记者 李华摄", "market"),
                "绿色发展看山乡": ("山乡成了生态保护的引领者", "新华社记者 赵刚摄", "harvest")}
    bottoms = []
    for (first, top), (title, (text, credit, key)) in zip(((0, TOP + 4), (2, TOP + 4), (0, TOP + 420)),
                                                          captions.items()):
        x0, x1 = column_x(first), span_right(first, 2)
        y = pg.headline(x0, x1, top, title, 20)
        pg.photo(x0, y, x1, y + 120, fill=True)
        pg.line(x0, y + 124, text + credit, 8.5)
        bottoms.append(pg.flow(x0, y + 146, TEXTS[key], 2).bottom)
    pg.vrule(column_x(2) - 6, TOP + 4, bottoms[1])
    story(pg, "culture", "文艺巡演进乡村", 4, 1, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, [*captions, "文艺巡演进乡村"])
    for title, (text, credit, _) in captions.items():
        assert [(c.text, c.credit) for c in find(page, title).captions] == [(text, credit.split()[-1][:-1])]


def test_a_column_logo_under_a_headline_heads_nothing_of_its_own(tmp_path):
    """A headline across three columns, its byline under it, then a column
    logo (观察, reversed out of a dark panel) at the head of the first column,
    a photo and its caption under the logo and the article's text under them;
    the other two columns open level with the logo. The logo is inside the
    article's block: the text under it and the caption are the headline's, no
    article with no headline."""
    pg = FeaturePage()
    pg.header(4, "文化")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "老手艺走进新课堂", 20, align="left")
    y = pg.byline_line(x0, x1, y, "■记者 林晓东", align="left")
    pg.panel(x0, y, x0 + 58, y + 33)
    pg.line(x0 + 11, y + 6, "观察", 18, "hei", white=True)
    photo = y + 44
    pg.photo(x0, photo, x0 + _WIDTH, photo + 100, fill=True)
    pg.line(x0, photo + 104, "图为学生在老师指导下学做竹编。", 8.5)
    pg.right(x0 + _WIDTH, photo + 116, "王明摄", 8.5)
    body = TEXTS["school"] + TEXTS["library"]
    flowed = pg.flow(x0, y, body, 3, tops=[photo + 146, y, y])
    story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    story(pg, "market", "平价菜摆上市民餐桌", 0, 5, below(pg, max(flowed.bottom, TOP + 300)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["老手艺走进新课堂", "文艺巡演进乡村", "平价菜摆上市民餐桌"])
    article = find(page, "老手艺走进新课堂")
    check_body(article, body)
    assert [(c.text, c.credit) for c in article.captions] == [("图为学生在老师指导下学做竹编。", "王明")]


def test_a_column_logo_beside_the_columns_of_a_centred_headline_heads_nothing(tmp_path):
    """A headline centred over its three columns, short enough to stand over
    the second and third only; a column logo (短评) at the head of the first
    column, a line under the headline's foot, then （上接第2版） and the text
    there; the other two columns open level with the logo a gutter away. The
    logo is inside the article's block: the first column's text is the
    headline's, no part with no headline."""
    pg = FeaturePage()
    pg.header(11, "文化")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "小土豆成了金豆豆", 20)
    pg.panel(x0, y, x0 + 58, y + 33)
    pg.line(x0 + 11, y + 6, "短评", 18, "hei", white=True)
    pg.line(x0, y + 44, "（上接第2版）")
    body = TEXTS["harvest"] + TEXTS["rail"]
    flowed = pg.flow(x0, y, body, 3, tops=[y + 44 + 14.5, y, y])
    story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    story(pg, "market", "平价菜摆上市民餐桌", 0, 5, below(pg, max(flowed.bottom, TOP + 300)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["小土豆成了金豆豆", "文艺巡演进乡村", "平价菜摆上市民餐桌"])
    check_body(find(page, "小土豆成了金豆豆"), body)


def test_a_photo_claims_no_text_a_row_below_across_white_space(tmp_path):
    """Article A: its text in two columns, a photo with its caption and credit
    in the third. Five lines of white space under them, no rule, article B's
    row opens: its headline over the first two columns, its text under the
    headline and, in the third column, from the headline's top, under A's
    photo. That column is B's (a photo reaches the text right under its
    caption, not a row further down)."""
    pg = FeaturePage()
    pg.header(9, "文化")
    x0, x2 = column_x(0), column_x(2)
    y = pg.headline(x0, span_right(0, 3), TOP + 4, "老手艺走进新课堂", 20, align="left")
    a = pg.flow(x0, y, TEXTS["school"], 2)
    pg.photo(x2, y, x2 + _WIDTH, y + 100, fill=True)
    pg.line(x2, y + 104, "图为学生在老师指导下学做竹编。", 8.5)
    pg.right(x2 + _WIDTH, y + 116, "王明摄", 8.5)
    top = max(a.bottom, y + 128) + 5 * LEAD
    under = pg.headline(x0, span_right(0, 2), top, "平价菜摆上市民餐桌", 20, align="left")
    body = TEXTS["market"] + TEXTS["harvest"]
    pg.flow(x0, under, body, 3, tops=[under, under, top])
    story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["老手艺走进新课堂", "平价菜摆上市民餐桌", "文艺巡演进乡村"])
    check_body(find(page, "平价菜摆上市民餐桌"), body)
    check_body(find(page, "文艺巡演进乡村"), TEXTS["culture"])
    assert [c.text for c in find(page, "老手艺走进新课堂").captions] == ["图为学生在老师指导下学做竹编。"]


def test_a_caption_at_body_size_closed_by_a_credit_past_the_photos_edge(tmp_path):
    """A photo kept to its proportions, narrower than its column;
    under it a caption set as large as the body, two lines across the column,
    the photographer's name at the end of the second and 摄 alone on a third
    line at the column's left edge, outside the photo's. The three lines are
    the photo's caption (closed by the credit), not the article's text."""
    pg = FeaturePage()
    pg.header(6, "要闻")
    x0 = column_x(0)
    y = pg.headline(x0, span_right(0, 3), TOP + 4, "水库大坝加固完工", 20, align="left")
    pg.photo(x0, y, x0 + _WIDTH, y + 90)  # 4:3, centred: 120 points wide
    for i, text in enumerate(["晚霞映红了新修的水库大坝，", "与远处的群山相映成趣。　徐谦", "摄"]):
        pg.line(x0, y + 94 + i * 12, text, BODY)
    body = TEXTS["water"] + TEXTS["river"]
    pg.flow(x0, y, body, 3, tops=[y + 150, y, y])
    story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["水库大坝加固完工", "文艺巡演进乡村"])
    article = find(page, "水库大坝加固完工")
    assert [(c.text, c.credit) for c in article.captions] == [("晚霞映红了新修的水库大坝，与远处的群山相映成趣。", "徐谦")]
    check_body(article, body)


def test_a_paragraphs_first_line_under_a_logo_is_no_caption(tmp_path):
    """A small picture (a column's logo, 40 by 26 points) at the head of an
    article's first column, its text set a little smaller than the page's
    body right under it: the paragraph's indented first line stops
    mid-sentence and goes on at the column's edge. It is the article's text,
    not the picture's caption."""
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0 = column_x(0)
    y = pg.headline(x0, span_right(0, 2), TOP + 4, "守好祖国的每一寸土地", 20, align="left")
    pg.photo(x0 + 19, y, x0 + 59, y + 26, fill=True)
    body = TEXTS["river"] + TEXTS["water"]
    a = pg.flow(x0, y + 32, body, 2, size=9.0, lead=13.0, chars=16)
    story(pg, "culture", "文艺巡演进乡村", 2, 3, TOP + 4, extra=TEXTS["school"] + TEXTS["market"])
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, a.bottom + 200), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["守好祖国的每一寸土地", "文艺巡演进乡村", "万亩晚稻喜获丰收"])
    article = find(page, "守好祖国的每一寸土地")
    assert article.captions == []
    check_body(article, body)
