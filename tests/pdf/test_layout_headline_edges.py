"""Where one headline ends and the next begins: a side headline wrapped in a
narrow column whose last line comes down to the headline under it. Pages
built the way test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, CHARS, GAP, TEXTS, FeaturePage, RightLine, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402


@pytest.mark.parametrize("under", ["across", "right"], ids=["headline-across", "headline-to-the-right"])
def test_a_wide_headline_right_under_a_side_headlines_last_line_is_another_headline(tmp_path, under):
    """Article A: a side headline wrapped into short lines flush left in
    column 2 (its last line one glyph), its text in columns 3-4 beside it,
    shorter than the headline. Right under the headline's last line, a few
    points below, article B's headline: centred across all five columns, or
    from column 2's right half far out to the right. A line that reaches
    well beyond a headline's narrow column on either side is no tier of it:
    two articles, each with its own headline."""
    pg = FeaturePage()
    pg.header(5, "综合")
    left_top = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "三所新学校投入使用", 20)
    left = pg.flow(column_x(0), left_top, TEXTS["school"][:1], 2).bottom
    size = 22.0
    y = TOP + 4
    for part in ["清溪河两", "岸重现水", "清岸绿美", "景"]:
        pg.line(column_x(2), y, part, size, "hei")
        y += size * 1.3
    a = pg.flow(column_x(3), TOP + 4, TEXTS["river"][:2], 2)
    assert max(a.bottom, left) < y - size, "the columns must stop short of A's headline's foot"
    b_title = "万亩晚稻喜获丰收农机合作社跨村作业"
    b_top = y + 3
    if under == "across":
        pg.centered(column_x(0), span_right(0, 5), b_top, b_title, 20, "hei")
        x0, cols = column_x(0), 5
    else:
        pg.line(column_x(2) + 60, b_top, b_title, 20, "hei")
        x0, cols = column_x(3), 2
    b = pg.flow(x0, b_top + 34, TEXTS["harvest"], cols)
    if under == "right":
        story(pg, "culture", "文艺巡演进乡村", 0, 2, max(left, y) + 30)
    page = parse(pg, tmp_path)
    expected = ["三所新学校投入使用", "清溪河两岸重现水清岸绿美景", b_title]
    check_titles(page, expected + (["文艺巡演进乡村"] if under == "right" else []))
    check_body(find(page, "清溪河两岸重现水清岸绿美景"), TEXTS["river"][:2])
    check_body(find(page, b_title), TEXTS["harvest"])
    check_body(find(page, "三所新学校投入使用"), TEXTS["school"][:1])
    assert b.bottom > b_top


def test_a_photo_opening_a_row_under_a_headline_centred_over_it_is_that_articles(tmp_path):
    """Under a rule across the page: article A in column 0 (its headline, then
    its text); article B over columns 1-5, its headline narrower than B and
    centred over it, standing right of B's photo, which opens B's row in
    columns 1-2 level with A's text (the columns under the photo are B's
    too). No text runs on from a column into a photo: the photo goes with
    the headline over its row, not with the column level with it on the left."""
    pg = FeaturePage()
    pg.header(5, "综合")
    chars = 12
    top = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 4, align="left")
    row = top + 10
    pg.rule(column_x(0), row - 8, span_right(0, 6, chars=chars), 0.6)
    a_top = pg.headline(column_x(0, chars=chars), span_right(0, 1, chars=chars), row, "城际铁路铺轨", 16, align="left")
    x0, x1 = column_x(1, chars=chars), span_right(1, 5, chars=chars)
    title = "晚稻喜获丰收"
    pg.centered(x0, x1, row + 4, title, 20, "hei")
    photo_top = a_top
    photo = (x0, photo_top, span_right(1, 2, chars=chars), photo_top + 80)
    assert photo[2] < (x0 + x1 - pg.length(title, 20, "hei")) / 2, "the photo must stop short of the headline"
    pg.photo(*photo, fill=True)
    under = photo[3] + 10
    b = pg.flow(x0, photo_top, TEXTS["harvest"] + TEXTS["market"], 5, chars=chars,
                tops=[under, under, photo_top, photo_top, photo_top])
    a = pg.flow(column_x(0, chars=chars), a_top, TEXTS["rail"][:1], 1, chars=chars)
    assert a.bottom < b.bottom
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "城际铁路铺轨", title])
    check_body(find(page, "城际铁路铺轨"), TEXTS["rail"][:1])
    check_body(find(page, title), TEXTS["harvest"] + TEXTS["market"])


def test_a_headline_centred_over_a_row_of_columns_heads_the_first_column_too(tmp_path):
    """Under a rule across the page: article A in one wide column (its
    headline, then its text); article B in five narrow columns beside it,
    all level with A's text, B's headline centred over the five and no wider
    than one and a half of them. The row's columns (one width, level tops, a
    gutter apart) are B's, the first two too, though they stand beyond the
    headline's left end and level with A's column."""
    pg = FeaturePage()
    pg.header(5, "综合")
    top = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 4, align="left")
    row = top + 10
    pg.rule(column_x(0), row - 8, span_right(0, 5), 0.6)
    wide, narrow = 20, 10
    a_top = pg.headline(column_x(0, chars=wide), span_right(0, 1, chars=wide), row, "城际铁路铺轨", 16, align="left")
    x0 = span_right(0, 1, chars=wide) + 24
    x1 = span_right(0, 5, x0=x0, chars=narrow)
    title = "晚稻喜获丰收"
    pg.centered(x0, x1, row, title, 20, "hei")
    b = pg.flow(x0, a_top, TEXTS["harvest"] + TEXTS["market"], 5, chars=narrow)
    a = pg.flow(column_x(0, chars=wide), a_top, TEXTS["rail"][:2], 1, chars=wide)
    assert a.bottom < b.bottom + 40
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "城际铁路铺轨", title])
    check_body(find(page, "城际铁路铺轨"), TEXTS["rail"][:2])
    check_body(find(page, title), TEXTS["harvest"] + TEXTS["market"])


def _brief_column(pg: FeaturePage, top: float, items: list[tuple[str, str, str]], dateline: str | None = None) -> float:
    """A column of news briefs under the label 简讯: each item a title in 黑体
    at the body size, its text, and the reporter in brackets flush right
    (and under it the closing ``dateline``, when given)."""
    pg.column_logo(column_x(0), top, "简讯")
    y = top + 24
    for title, key, reporter in items:
        pg.line(column_x(0), y, title, 11, "hei")
        closing = [RightLine(f"（记者 {reporter}）")] + ([RightLine(dateline)] if dateline else [])
        y = pg.flow(column_x(0), y + 17, TEXTS[key][:1] + closing, 1).bottom + 6
    return y


def test_a_column_ending_with_its_reporters_in_brackets_runs_on_into_no_column(tmp_path):
    """Under a rule: a column of briefs at the left, its last item closing
    with （记者 王小明） lower than the top of the column beside it; article B
    beside it in columns 1-4, its headline centred over them and narrower than
    two, its first column opening (flush left) with its reporter's line
    ■ 记者 周明, level with the tops of the others. A text ending with its
    authors in brackets runs on into no column, and a reporter's line over a
    column stands for that column in B's row: B's first column is B's, not
    the last brief's."""
    from banmian.model import Byline

    pg = FeaturePage()
    pg.header(5, "综合")
    top = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 4, align="left")
    row = top + 10
    pg.rule(column_x(0), row - 8, span_right(0, 5), 0.6)
    title = "万亩晚稻喜获丰收"
    y = pg.headline(column_x(1), span_right(1, 4), row, title, 20)
    pg.line(column_x(1), y, "■ 记者 周明", BODY, "hei")
    b = pg.flow(column_x(1), y + 16, TEXTS["harvest"] + TEXTS["market"], 4, tops=[y + 16, y, y, y])
    foot = _brief_column(pg, row, [("乡村书屋开放", "library", "林晓东"), ("河道清淤完工", "river", "王小明")])
    assert foot > y + 40 and b.bottom > y + 40, "the briefs must end lower than the top of B's columns"
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "乡村书屋开放", "河道清淤完工", title])
    check_body(find(page, "河道清淤完工"), TEXTS["river"][:1])
    article = find(page, title)
    check_body(article, TEXTS["harvest"] + TEXTS["market"])
    assert article.bylines == [Byline("记者", "周明")], f"bylines {article.bylines}"


def test_a_brief_closing_with_its_dateline_under_its_authors_ends_there(tmp_path):
    """A column of news briefs beside an article, each item closing with its
    reporter in brackets and, on the line under, its dateline in brackets
    （本报江城3月4日电）. A text whose last line is its closing dateline has
    ended: the title under it opens the next item, no subheading of this one."""
    pg = FeaturePage()
    pg.header(5, "综合")
    top = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 4, align="left")
    row = top + 10
    pg.rule(column_x(0), row - 8, span_right(0, 5), 0.6)
    title = "万亩晚稻喜获丰收"
    y = pg.headline(column_x(1), span_right(1, 4), row, title, 20)
    b = pg.flow(column_x(1), y, TEXTS["harvest"] + TEXTS["market"], 4)
    items = [("乡村书屋开放", "library", "林晓东"), ("河道清淤完工", "river", "王小明"), ("供水管网改造", "water", "周明")]
    foot = _brief_column(pg, row, items, "（本报江城3月4日电）")
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(foot, b.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", title, "三所新学校投入使用"] + [t for t, _, _ in items])
    for item, key, reporter in items:
        article = find(page, item)
        check_body(article, TEXTS[key][:1])
        assert [b.name for b in article.bylines] == [reporter], f"{item}: bylines {article.bylines}"


def test_a_short_brief_in_another_face_under_its_title_is_its_text_not_a_subtitle(tmp_path):
    """A column of news briefs beside an article, the items' text set in
    another face than the page's body (黑体 here, 楷体 on real pages); the
    last item four lines long, under its title. A text closing with its
    authors in brackets is no tier of a headline: the item keeps its text."""
    from feature_pages import wrap

    pg = FeaturePage()
    pg.header(5, "综合")
    a = story(pg, "water", "农村供水保障工程惠及全县", 0, 4, TOP + 4, extra=TEXTS["school"], align="left")
    x = column_x(4)
    pg.column_logo(x, TOP + 4, "简讯")
    y = TOP + 34
    items = [("乡村书屋开放", TEXTS["library"][0], "林晓东"),
             ("夜校开课", "青禾县老年大学夜校日前开课。书法、摄影、舞蹈等十多门课程吸引了三百多名学员报名。", "王小明")]
    for title, text, reporter in items:
        pg.line(x, y, title, 11, "hei")
        y += 17
        lines = wrap(text + f"（{reporter}）")
        for k, ln in enumerate(lines):
            pg.line(x + (2 * BODY if k == 0 else 0), y, ln, BODY, "hei")
            y += 14.5
        y += 6
    assert len(wrap(items[-1][1] + "（王小明）")) == 4 and y < a
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "乡村书屋开放", "夜校开课"])
    item = find(page, "夜校开课")
    assert item.headline.subtitle is None, f"subtitle {item.headline.subtitle!r}"
    assert item.paragraphs == [items[-1][1]], f"paragraphs {item.paragraphs}"


def test_the_first_two_lines_of_the_text_under_a_side_headline_in_another_face_are_no_subtitle(tmp_path):
    """A side headline of three short lines at the top of column 0, the
    article's text set in another face than the page's body (黑体 here, 楷体
    on real pages): its first two lines under the headline in column 0, the
    first indented two characters, then on at the top of columns 1 and 2
    beside the headline. Lines indented as a paragraph opens, under one right
    edge, are text, never a tier: the headline has no subtitle."""
    from feature_pages import CHARS, col_width, wrap

    pg = FeaturePage()
    pg.header(5, "综合")
    a = story(pg, "water", "农村供水保障工程惠及全县", 3, 2, TOP + 4, align="left")
    x0 = column_x(0)
    y = TOP + 4
    for part in ["城际铁路", "全线铺轨", "年底通车"]:
        pg.line(x0, y, part, 24, "hei")
        y += 31
    texts = TEXTS["rail"]
    rows = [(k == 0, ln) for t in texts for k, ln in enumerate(wrap(t))]
    spots = [(x0, y + 8 + 14.5 * i) for i in range(2)]
    per = (len(rows) - 2 + 1) // 2
    spots += [(column_x(c), TOP + 4 + 14.5 * i) for c in (1, 2) for i in range(per)]
    for (first, ln), (x, top) in zip(rows, spots):
        full = len(ln) >= CHARS - (2 if first else 0) - 1
        indent = 2 * BODY if first else 0
        pg.line(x + indent, top, ln, BODY, "hei", width=(col_width() - indent) if full else None)
    foot = max(top for _, top in spots[: len(rows)]) + 14.5
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, foot)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["城际铁路 全线铺轨 年底通车", "农村供水保障工程惠及全县", "文艺巡演进乡村"])
    article = find(page, "城际铁路 全线铺轨 年底通车")
    assert article.headline.subtitle is None, f"subtitle {article.headline.subtitle!r}"
    check_body(article, texts)


def test_the_label_over_a_column_of_briefs_takes_no_item_title_as_its_tier(tmp_path):
    """A column of news briefs beside an article under a plain label (新闻速递
    in 黑体, no frame or panel), the first item's title a line under it. The
    label names the column and has no tiers: the first item keeps its title."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a = story(pg, "water", "农村供水保障工程惠及全县", 0, 4, TOP + 4, extra=TEXTS["school"] + TEXTS["health"], align="left")
    x = column_x(4)
    pg.line(x, TOP + 4, "新闻速递", 13, "hei")
    y = TOP + 27
    for title, key, reporter in [("乡村书屋开放", "library", "林晓东"), ("河道清淤完工", "river", "王小明")]:
        pg.line(x, y, title, 11, "hei")
        y = pg.flow(x, y + 17, TEXTS[key][:1] + [RightLine(f"（{reporter}）")], 1).bottom + 6
    assert y < a, (y, a)
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "乡村书屋开放", "河道清淤完工"])
    check_body(find(page, "乡村书屋开放"), TEXTS["library"][:1])


def test_an_item_title_like_a_name_under_a_brief_columns_label_is_a_title(tmp_path):
    """A column of news briefs under its label (新闻速递, larger); the first
    item's title three glyphs, the first a surname (石榴红), right under the
    label. A column's label has no byline: the line is the item's title, and
    the item keeps it and its text."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a = story(pg, "water", "农村供水保障工程惠及全县", 0, 4, TOP + 4, extra=TEXTS["school"] + TEXTS["health"],
              align="left")
    x = column_x(4)
    pg.line(x, TOP + 4, "新闻速递", 14, "hei")
    y = TOP + 27
    for title, key, reporter in [("石榴红", "harvest", "林晓东"), ("河道清淤完工", "river", "王小明")]:
        pg.line(x, y, title, 11, "hei")
        y = pg.flow(x, y + 17, TEXTS[key][:1] + [RightLine(f"（{reporter}）")], 1).bottom + 6
    assert y < a, (y, a)
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "石榴红", "河道清淤完工"])
    check_body(find(page, "石榴红"), TEXTS["harvest"][:1])


def _side_article(pg: FeaturePage, top: float, under_title: list[tuple[str, str, bool, float]]
                  ) -> tuple[float, list[str]]:
    """A side headline in column 0 (three lines), the lines ``under_title``
    (text, face, centred, size) set at the body's pitch right under it, the text
    running on under them in column 0 and in columns 1-2 beside it."""
    from feature_pages import LEAD

    y = top
    for part in ["清溪河两岸", "重现水清岸", "绿美景"]:
        pg.line(column_x(0), y, part, 26, "hei")
        y += 33.8
    y += 4
    for text, face, centred, size in under_title:
        if centred:
            pg.centered(column_x(0), span_right(0, 1), y, text, size, face)
        else:
            pg.line(column_x(0), y, text, size, face)
        y += LEAD
    body = TEXTS["river"] + TEXTS["water"]
    flowed = pg.flow(column_x(0), y, body, 3, tops=[y, top, top])
    return flowed.bottom, body


def test_a_dash_subtitle_in_another_face_read_into_the_column_under_a_side_headline(tmp_path):
    """A side headline, its subtitle opening with —— in 黑体 at the body size,
    two lines set at the body's pitch right over the text in 宋体 that runs
    on under them: the lines in the other face, opening with ——, are the
    headline's subtitle, not the start of its text."""
    pg = FeaturePage()
    pg.header(5, "综合")
    _, body = _side_article(pg, TOP + 4, [("——江城治理清溪河三年来成效显", "hei", True, BODY), ("著水质稳定达标", "hei", True, BODY)])
    page = parse(pg, tmp_path)
    article = find(page, "清溪河两岸重现水清岸绿美景")
    assert article.headline.subtitle == "——江城治理清溪河三年来成效显著水质稳定达标", f"headline {article.headline}"
    assert article.paragraphs[0][:8] == body[0][:8], f"paragraphs {article.paragraphs[:1]}"


def test_a_name_alone_in_another_face_over_the_text_is_its_byline(tmp_path):
    """Under a side headline and its subtitle, the author's name alone,
    centred in 黑体 a little larger than the body, a line over the text in
    宋体 (the three read into one column): it reads like a subheading, but a
    name alone over the whole text is the author's byline."""
    from banmian.model import Byline

    pg = FeaturePage()
    pg.header(5, "综合")
    _, body = _side_article(pg, TOP + 4, [("——江城治理清溪河三年来成效显", "hei", True, BODY),
                                         ("著水质稳定达标", "hei", True, BODY), ("林晓东", "hei", True, BODY + 0.5)])
    page = parse(pg, tmp_path)
    article = find(page, "清溪河两岸重现水清岸绿美景")
    assert article.bylines == [Byline(None, "林晓东")], f"bylines {article.bylines}"
    assert article.paragraphs[0][:8] == body[0][:8], f"paragraphs {article.paragraphs[:1]}"


def test_a_subheading_of_three_framed_lines_stacked_in_a_column_is_no_headline(tmp_path):
    """An in-body subheading set as three lines each in a frame of its own,
    stacked a little apart in a column between its text above and below:
    亮点二 and a short phrase at the body size, then a line a little larger.
    The larger line's column text above stands over the two frames: the
    stack is one subheading, no headline of the text under it."""
    pg = FeaturePage()
    pg.header(5, "综合")
    title = "新春看乡村见闻"
    y = pg.headline(column_x(0), span_right(0, 3), TOP + 4, title, 20)
    before, after = TEXTS["digital"][:1], TEXTS["health"]
    y = pg.flow(column_x(0), y, before, 1).bottom + 8
    for text, size in [("亮点二", BODY), ("工厂接入互联网", BODY), ("产品可靠性大幅提升", 11.5)]:
        pg.frame(column_x(0) + 10, y - 3, span_right(0, 1) - 10, y + size + 5, 0.6)
        pg.centered(column_x(0), span_right(0, 1), y, text, size, "hei")
        y += size + 20
    pg.flow(column_x(0), y + 4, after[:1], 1)
    pg.flow(column_x(1), TOP + 38, after[1:], 2)
    story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, [title, "文艺巡演进乡村"])
    paragraphs = find(page, title).paragraphs
    assert paragraphs[0] == before[0] and paragraphs[-len(after):] == after, f"paragraphs {paragraphs}"


def test_two_lines_of_sentences_under_a_headline_in_another_face_are_its_text(tmp_path):
    """A short article at the foot of the page: its headline, then two lines
    in each of its columns, set in another face than the page's body (楷体 on
    real pages; 黑体 here, not bold). Lines holding a full stop in the plain
    weight are sentences: the article's text, no subtitle."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a = story(pg, "water", "农村供水保障工程惠及全县", 0, 5, TOP + 4, extra=TEXTS["school"], align="left")
    top = a + 30
    title = "照亮回家的路"
    y = pg.headline(column_x(0), span_right(0, 2), top, title, 20, align="left")
    columns = [["春节临近，客流高峰将至。", "检修工人连夜巡查线路，"], ["确保列车安全运行，", "为旅客回家保驾护航。"]]
    for c, lines in enumerate(columns):
        for k, text in enumerate(lines):
            pg.line(column_x(c) + (2 * BODY if (c, k) == (0, 0) else 0), y + k * 14.5, text, BODY, "hei")
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", title])
    article = find(page, title)
    assert article.headline.subtitle is None, f"headline {article.headline}"
    assert "".join(article.paragraphs) == "".join(t for lines in columns for t in lines), f"{article.paragraphs}"


def test_a_vertical_headline_boxed_apart_is_not_beside_a_side_headlines_columns(tmp_path):
    """A side headline in column 0 with a photo under it, its text in
    columns 1-2 level with its top (opening with the dateline); in columns
    3-4 a framed article, its vertical headline at the frame's right. A
    headline inside a frame is beside no column outside it: columns 1-2 are
    the side headline's."""
    pg = FeaturePage()
    pg.header(5, "综合")
    top = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 4, align="left") + 30
    y = top
    for part in ["监管提高精", "准性见成效"]:
        pg.line(column_x(0), y, part, 24, "hei")
        y += 31
    pg.photo(column_x(0), y + 10, span_right(0, 1), y + 90, fill=True)
    body = ["本报北京2月15日电　" + TEXTS["health"][0]] + TEXTS["health"][1:] + TEXTS["market"]
    side = pg.flow(column_x(1), top, body, 2)
    x_title = span_right(4, 1) - 34
    foot = pg.vertical(x_title, top + 8, "城际铁路铺轨", 22, pitch=25)
    right = pg.flow(column_x(3), top + 4, TEXTS["rail"], 2, chars=13)
    pg.frame(column_x(3) - 6, top - 4, span_right(3, 2) + 4, max(right.bottom, foot) + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "监管提高精准性见成效", "城际铁路铺轨"])
    article = find(page, "监管提高精准性见成效")
    assert article.paragraphs[0].startswith(TEXTS["health"][0][:8]), f"paragraphs {article.paragraphs[:1]}"
    assert article.paragraphs[-1] == TEXTS["market"][-1] and side.bottom > top


def test_a_headline_centred_over_a_row_under_a_rule_heads_the_rows_first_columns(tmp_path):
    """Under a rule across the page that closes article A's columns, article
    B: its headline centred over its five columns and narrower than two of
    them, its columns level under it. The first two columns, beyond the
    headline's left end, are B's, not A's across the rule."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 4, align="left")
    row = below(pg, a)
    title = "晚稻喜获丰收"
    y = pg.headline(column_x(0), span_right(0, 5), row, title, 20)
    pg.flow(column_x(0), y, TEXTS["harvest"] + TEXTS["market"], 5)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", title])
    check_body(find(page, title), TEXTS["harvest"] + TEXTS["market"])
    check_body(find(page, "文艺巡演进乡村"), TEXTS["culture"])


@pytest.mark.parametrize("gutter", [2.1, 2.6], ids=["a-little-over-two-glyphs", "two-and-a-half-glyphs"])
def test_a_headline_centred_over_a_row_with_gutters_of_two_glyphs_heads_its_first_column(tmp_path, gutter):
    """Under a shaded band across the page (its label in the middle) that
    closes article A's columns, article B: its headline centred over its
    four columns, narrower than one, the columns set two glyphs and more
    apart, all alike (a page set loosely), the first ending its paragraph. The row runs from its first column to
    its last all the same, so the headline centred over it heads the first
    column, beyond its left end, not A across the band."""
    pg = FeaturePage()
    pg.header(5, "综合")
    gap = gutter * BODY
    right = column_x(0) + 4 * CHARS * BODY + 3 * gap
    a = pg.flow(column_x(0), pg.headline(column_x(0), right, TOP + 4, "文艺巡演进乡村", 20, align="left"),
                TEXTS["culture"], 4, gap=gap).bottom
    pg.panel(column_x(0), a + 8, right, a + 40, gray=0.85)
    pg.centered(column_x(0), right, a + 14, "基层一线", 20, "body")
    title = "晚稻丰收"
    y = pg.headline(column_x(0), right, a + 52, title, 20) + 8
    pg.flow(column_x(0), y, TEXTS["harvest"][:1], 1)  # the first column ends its paragraph
    pg.flow(column_x(0) + CHARS * BODY + gap, y, TEXTS["harvest"][1:] + TEXTS["market"], 3, gap=gap)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", title])
    check_body(find(page, title), TEXTS["harvest"] + TEXTS["market"])
    check_body(find(page, "文艺巡演进乡村"), TEXTS["culture"])


@pytest.mark.parametrize("number", ["③", "（二）", "之一"])
def test_a_series_tag_set_larger_than_its_title_is_the_kicker(tmp_path, number):
    """A series' name ending in its number (学习贯彻全会精神系列谈③) set over
    the title in larger type than the title: a number in a series closes no
    title of its own, the tier under it is the title and the tag its kicker."""
    pg = FeaturePage()
    pg.header(5, "评论")
    kicker = "学习贯彻全会精神系列谈" + number
    x0, x1 = column_x(0), span_right(0, 5)
    y = pg.headline(x0, x1, TOP + 4, "守好基层民生底线", 24.0, kicker=kicker, kicker_size=30.0)
    pg.flow(x0, y, TEXTS["health"], 5)
    page = parse(pg, tmp_path)
    check_titles(page, ["守好基层民生底线"])
    assert find(page, "守好基层民生底线").headline.kicker == kicker
    check_body(find(page, "守好基层民生底线"), TEXTS["health"])


def test_a_bracketed_adoption_note_under_a_two_line_title_is_its_subtitle(tmp_path):
    """A list's title over two lines and, under it in the same face and a
    little larger, its adoption note in brackets over two lines (（2024年5月8日
    …会议通过）): the note is the subtitle, not part of the title nor the title."""
    pg = FeaturePage()
    pg.header(4, "要闻")
    x0 = column_x(0)
    y = TOP + 6
    for text, size in (("江城市人民代表大会", 15.0), ("常务委员会任免名单", 15.0),
                       ("（2024年5月8日江城市第九届人民代表大会", 15.2), ("常务委员会第三次会议通过）", 15.2)):
        pg.line(x0, y, text, size, "hei")
        y += size * 1.3
    pg.flow(x0, y + 8, TEXTS["water"], 2)
    story(pg, "school", "新学校秋季开学", 2, 3, TOP + 6, align="left")
    page = parse(pg, tmp_path)
    lists = [a for a in page.articles if (a.headline.title or "").replace(" ", "") == "江城市人民代表大会常务委员会任免名单"]
    assert len(lists) == 1, [a.headline for a in page.articles]
    assert lists[0].headline.subtitle == "（2024年5月8日江城市第九届人民代表大会常务委员会第三次会议通过）", lists[0].headline
    check_body(lists[0], TEXTS["water"])


def test_a_column_beside_a_photo_under_a_centred_headline_is_its_article_not_the_neighbours(tmp_path):
    """Two articles side by side in one row. B's headline and byline are
    centred over its three columns (a column of text, a photo, a column of
    text), narrower than them: its first column, left of the headline's left
    end and level with the photo's top, opens B's row; A's headline, ending
    left of it and heading columns of its own, does not take it."""
    pg = FeaturePage()
    pg.header(6, "综合")
    top = TOP + 6
    y = pg.headline(column_x(0), span_right(0, 2), top, "文艺巡演进乡村", 20, align="left")
    pg.flow(column_x(0), y, TEXTS["culture"], 2)
    x0, x1 = column_x(2), span_right(2, 3)
    y = pg.headline(x0, x1, top, "晚稻丰收", 20)
    y = pg.byline_line(x0, x1, y, "本报记者 林晓东")
    photo_x0 = column_x(3)
    pg.photo(photo_x0, y, photo_x0 + CHARS * BODY, y + 120, fill=True)
    pg.flow(x0, y, TEXTS["harvest"][:1], 1)
    pg.flow(column_x(4), y, TEXTS["harvest"][1:] + TEXTS["market"], 1)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "晚稻丰收"])
    check_body(find(page, "晚稻丰收"), TEXTS["harvest"] + TEXTS["market"])
    check_body(find(page, "文艺巡演进乡村"), TEXTS["culture"])


@pytest.mark.parametrize("gutter", [4.5, 6.0], ids=["four-and-a-half-glyphs", "six-glyphs"])
def test_a_first_column_level_with_a_headline_across_a_wide_gutter_under_a_band(tmp_path, gutter):
    """Under a shaded band across the page that closes article A, article B's
    first column stands at the left, its top level with B's kicker, and B's
    headline with its other columns begins a wide gutter (four to six glyphs)
    to its right. The first column is B's, not A's across the band."""
    pg = FeaturePage()
    pg.header(2, "国际")
    a = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 4, align="left")
    pg.panel(column_x(0), a + 8, span_right(0, 5), a + 40, gray=0.85)
    pg.centered(column_x(0), span_right(0, 5), a + 14, "基层一线", 20, "body")
    top = a + 52
    head_x = column_x(0) + CHARS * BODY + gutter * BODY
    title = "晚稻喜获丰收"
    y = pg.headline(head_x, head_x + 3 * CHARS * BODY + 2 * GAP, top, title, 18, kicker="全县秋粮收购工作有序推进",
                    kicker_size=10.0, align="left")
    pg.flow(column_x(0), top, TEXTS["harvest"][:1], 1)
    pg.flow(head_x, y, TEXTS["harvest"][1:] + TEXTS["market"], 3)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", title])
    check_body(find(page, title), TEXTS["harvest"] + TEXTS["market"])
    check_body(find(page, "文艺巡演进乡村"), TEXTS["culture"])
