"""News briefs and vertical headlines beside rows of columns: one small built
page each (see test_layout_features.py for how these tests are built).
"""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import (  # noqa: E402
    BODY, CHARS, GAP, LEAD, LEFT, TEXTS, FeaturePage, column_x, span_right,
)
from feature_checks import (  # noqa: E402
    BRIEFS, TOP, below, brief_items, check_body, check_titles, find, parse, story, where,
)
from feature_checks import _open_in_issue_9  # noqa: E402,F401  (autouse: the strict xfail marks)


# -- 7. news briefs -----------------------------------------------------------
def test_news_briefs(tmp_path):
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    a = story(pg, "digital", "智能车间里的新变化", 0, 4, TOP + 4, extra=TEXTS["rail"])
    x0, x1 = column_x(4), span_right(4, 1)
    pg.vrule(x0 - GAP / 2, TOP + 4, 600)
    pg.frame(x0 + 40, TOP + 6, x1 - 40, TOP + 32, 1.0)
    pg.centered(x0, x1, TOP + 10, "简讯", 16)
    y = TOP + 44
    y = brief_items(pg, x0, y)
    story(pg, "river", "清溪河重现碧水", 0, 5, below(pg, max(a, y)), extra=TEXTS["culture"], align="left")
    page = parse(pg, tmp_path)
    for title, text, _, bylines in BRIEFS:
        art = find(page, title)
        assert art.bylines == bylines, f"{title}: bylines {art.bylines} != {bylines}"
        check_body(art, [text])
        assert art.headline.kicker is None, f"{title}: kicker {art.headline.kicker!r} (the 简讯 label is no kicker)"
    check_titles(page, ["智能车间里的新变化", "清溪河重现碧水"] + [b[0] for b in BRIEFS])
    check_body(find(page, "智能车间里的新变化"), TEXTS["digital"] + TEXTS["rail"])


def test_briefs_beside_a_vertical_headline(tmp_path):
    """A column of briefs under its 简讯 heading, with a vertical headline's
    article to its right: the briefs stay briefs; the vertical headline takes
    only its own columns."""
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    x0, x1 = column_x(0), span_right(0, 1)
    pg.centered(x0, x1, TOP + 10, "简讯", 16)
    pg.rule(x0, TOP + 34, x1, 0.6)
    y = TOP + 42
    y = brief_items(pg, x0, y)
    x_title = span_right(4, 1) - 34
    pg.vertical(x_title, TOP + 10, "走好高质量发展之路", 24, pitch=27)
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(column_x(1), TOP + 8, body, 3)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(y, flowed.bottom, TOP + 290)), extra=TEXTS["market"],
          align="left")
    page = parse(pg, tmp_path)
    for title, text, _, bylines in BRIEFS:
        art = find(page, title)
        assert art.bylines == bylines, f"{title}: bylines {art.bylines} != {bylines}"
        check_body(art, [text])
    check_body(find(page, "走好高质量发展之路"), body)


def test_briefs_then_white_space_then_a_vertical_headlines_columns(tmp_path):
    """A boxed 简讯 label at the top left of a column of briefs; white space
    wider than a column; then two columns of a vertical headline's article,
    their top level with the label, the headline at the right: the first of
    those columns is the vertical headline's (it runs on into the second),
    not the label's, across the briefs' white space."""
    pg = FeaturePage()
    pg.header(17, "理论")
    x0 = column_x(0)
    pg.frame(x0 + 8, TOP + 6, x0 + 62, TOP + 28, 1.0)
    pg.line(x0 + 12, TOP + 10, "简讯", 16, "hei")
    y = TOP + 40
    y = brief_items(pg, x0, y)
    x_title = span_right(4, 1) - 34
    pg.vertical(x_title, TOP + 10, "走好高质量发展之路", 24, pitch=27)
    first = TEXTS["theory"][0] + "要把文化的创造性转"  # runs on into the next column
    left = pg.flow(column_x(2), TOP + 4, [first], 1)
    pg.line(column_x(3), TOP + 4, "化做实。")
    right = pg.flow(column_x(3), TOP + 4 + LEAD, TEXTS["digital"], 1)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(y, left.bottom, right.bottom, TOP + 290)),
          extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    for title, text, _, bylines in BRIEFS:
        check_body(find(page, title), [text])
    check_body(find(page, "走好高质量发展之路"), [first + "化做实。"] + TEXTS["digital"])
    check_titles(page, [b[0] for b in BRIEFS] + ["走好高质量发展之路", "文艺巡演进乡村"])


def test_column_tab_heads_its_briefs(tmp_path):
    """A column's tab: its heading in a small box at the left, a rule running
    on from the box across the column. The items under the rule belong to the
    tab's column (each its own brief), not to a vertical headline's article
    beyond the next column."""
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    x0, x1 = column_x(0), span_right(0, 1)
    pg.frame(x0, TOP + 4, x0 + 64, TOP + 30, 0.8)
    pg.line(x0 + 8, TOP + 9, "消息速览", 16, "hei")
    pg.rule(x0 + 64, TOP + 30, x1, 0.6)
    y = TOP + 38
    y = brief_items(pg, x0, y)
    # beyond an article of its own: a vertical headline with its text on its right
    beside = story(pg, "water", "农村群众喝上放心水", 1, 1, TOP + 4)
    x_title = column_x(2)
    pg.vertical(x_title + 4, TOP + 10, "走好高质量发展之路", 24, pitch=27)
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(column_x(2) + 40, TOP + 8, body, 2)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(y, beside, flowed.bottom, TOP + 290)),
          extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    for title, text, _, bylines in BRIEFS:
        art = find(page, title)
        assert art.bylines == bylines, f"{title}: bylines {art.bylines} != {bylines}"
        check_body(art, [text])
    check_body(find(page, "走好高质量发展之路"), body)


def test_vertical_headline_heads_no_text_below_its_foot(tmp_path):
    """A vertical headline at the right of its text; below it, white space
    and a row whose narrow headline (flush left) stands over three columns,
    the last under the vertical headline: that column is the row's, not the
    vertical headline's (which heads the text beside it)."""
    pg = FeaturePage()
    pg.header(5, "文化")
    body = TEXTS["theory"][:2]
    flowed = pg.flow(column_x(0), TOP + 8, body, 4)
    x_title = span_right(4, 1) - 30
    pg.vertical(x_title, TOP + 10, "走好发展之路", 24, pitch=27)
    top = max(flowed.bottom, TOP + 10 + 6 * 27) + 40
    x0 = column_x(2)
    y = pg.headline(x0, span_right(2, 1), top, "城际铁路全线铺轨", 20, align="left")
    pg.flow(x0, y, TEXTS["rail"] + TEXTS["water"], 3)
    story(pg, "school", "三所新学校投入使用", 0, 2, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["走好发展之路", "城际铁路全线铺轨", "三所新学校投入使用"])
    check_body(find(page, "走好发展之路"), body)
    check_body(find(page, "城际铁路全线铺轨"), TEXTS["rail"] + TEXTS["water"])


def test_framed_vertical_headline_beside_a_headline_on_the_left(tmp_path):
    """A vertical headline boxed at the right of its text, whose first column
    stands level with the top of a headline on the left (that headline's own
    columns are under it): the columns beside the vertical headline, running
    on from one to the next, are its article's."""
    pg = FeaturePage()
    pg.header(16, "综合新闻")
    left = story(pg, "school", "三所新学校投入使用", 0, 2, TOP + 4, align="left")
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(column_x(2), TOP + 4, body, 2)
    x_title = span_right(4, 1) - 60
    pg.frame(x_title - 8, TOP + 2, x_title + 32, TOP + 8 + 9 * 27)
    pg.vertical(x_title, TOP + 10, "走好高质量发展之路", 24, pitch=27)
    pg.vertical(x_title + 44, TOP + 40, "罗 海 平", 11, font="body", pitch=12)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom, TOP + 290)),
          extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "走好高质量发展之路", "文艺巡演进乡村"])
    check_body(find(page, "走好高质量发展之路"), body)
    check_body(find(page, "三所新学校投入使用"), TEXTS["school"])


def test_two_vertical_names_one_under_the_other(tmp_path):
    """A short vertical headline; beside it two authors' names set vertically,
    one under the other, the second below the headline's foot: both are its
    bylines, neither a headline of its own."""
    pg = FeaturePage()
    pg.header(12, "地方新闻")
    x_title = column_x(0)
    pg.vertical(x_title + 4, TOP + 10, "数读", 24, pitch=27)
    pg.vertical(x_title + 36, TOP + 20, "吕宇晨", 11, font="body", pitch=12)
    pg.vertical(x_title + 36, TOP + 72, "邓伟勇", 11, font="body", pitch=12)
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(column_x(0) + 60, TOP + 8, body, 3)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(flowed.bottom, TOP + 120)),
          extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["数读", "文艺巡演进乡村"])
    art = find(page, "数读")
    assert art.bylines == [Byline(None, "吕宇晨"), Byline(None, "邓伟勇")], f"bylines {art.bylines}"
    check_body(art, body)


def test_briefs_run_on_across_a_wide_gutter_beside_a_vertical_headline(tmp_path):
    """Briefs under a column tab over two columns set a wide gutter apart
    (four or five characters), one item running on from the foot of the first
    column to the top of the second; a vertical headline's article beyond
    them. Each item stays whole and its own; none goes to the vertical headline."""
    from feature_pages import wrap

    pg = FeaturePage()
    pg.header(9, "综合新闻")
    cw, gutter = CHARS * BODY, 4.5 * BODY
    xs = [LEFT, LEFT + cw + gutter]
    pg.frame(LEFT, TOP + 4, LEFT + 64, TOP + 30, 0.8)
    pg.line(LEFT + 8, TOP + 9, "消息速览", 16, "hei")
    pg.rule(LEFT + 64, TOP + 30, xs[1] + cw, 0.6)
    rows: list[tuple[str, str]] = []
    for title, text, authors, _ in BRIEFS:
        rows.append(("title", title))
        rows += [("first" if i == 0 else "body", ln) for i, ln in enumerate(wrap(text + authors, CHARS, BODY))]
    second = [i for i, (kind, _) in enumerate(rows) if kind == "title"][1]
    split = second + 3  # the second item breaks after its second line
    assert rows[split][0] == "body"
    bottom = 0.0
    for c, part in enumerate((rows[:split], rows[split:])):
        y = TOP + 38
        for kind, text in part:
            if kind == "title":
                pg.line(xs[c], y, text, 10.5, "hei", bold=True)
                y += LEAD + 2
                continue
            x, width = (xs[c] + 2 * BODY, cw - 2 * BODY) if kind == "first" else (xs[c], cw)
            pg.line(x, y, text, BODY, width=width if pg._is_full(text, CHARS - (2 if kind == "first" else 0), BODY)
                    else None)
            y += LEAD
        bottom = max(bottom, y)
    x_title = xs[1] + cw + 20
    pg.vertical(x_title, TOP + 10, "走好高质量发展之路", 24, pitch=27)
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(x_title + 40, TOP + 8, body, 2)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(bottom, flowed.bottom, TOP + 290)),
          extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    for title, text, _, bylines in BRIEFS:
        art = find(page, title)
        assert art.bylines == bylines, f"{title}: bylines {art.bylines} != {bylines}"
        check_body(art, [text])
    check_body(find(page, "走好高质量发展之路"), body)


def test_vertical_headline_far_right_with_a_reporters_line_over_its_text(tmp_path):
    """A vertical headline at the page's right edge, white space between it
    and its text; the reporters' line stands over the first of its columns,
    level with a headline on the left whose authors' names (body size, no
    role) are set under it. Each article keeps its own bylines and columns."""
    pg = FeaturePage()
    pg.header(2, "体育")
    left = story(pg, "school", "三所新学校投入使用", 0, 2, TOP + 14, byline="周蕾峰  万强宏")
    pg.line(column_x(2), TOP + 2, "本报记者  崔娜凯")
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(column_x(2), TOP + 2 + LEAD + 4, body, 2)
    pg.vertical(span_right(4, 1) - 24, TOP + 10, "走好高质量发展之路", 20, pitch=23)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom, TOP + 230)),
          extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "走好高质量发展之路", "文艺巡演进乡村"])
    art = find(page, "走好高质量发展之路")
    assert art.bylines == [Byline("本报记者", "崔娜凯")], f"bylines {art.bylines}; {where(page, '崔娜凯')}"
    check_body(art, body)
    art = find(page, "三所新学校投入使用")
    assert art.bylines == [Byline(None, "周蕾峰"), Byline(None, "万强宏")], f"bylines {art.bylines}"
    check_body(art, TEXTS["school"])


def test_vertical_headline_beside_text_under_white_space(tmp_path):
    """A side headline with its text in the next column and white space
    under it; lower down, under that white space, a column whose vertical
    headline stands boxed beside it: the column is the vertical headline's,
    not the side headline's far above."""
    pg = FeaturePage()
    pg.header(19, "地方新闻")
    left = story(pg, "school", "三所新学校投入使用", 0, 3, TOP + 4, extra=TEXTS["water"])
    y = pg.headline(column_x(3), span_right(3, 1), TOP + 4, "强军文化支持", 16, align="left")
    side = pg.flow(column_x(4), TOP + 4, TEXTS["theory"][:2], 1)
    low = max(side.bottom, y) + 60
    flowed = pg.flow(column_x(3), low, TEXTS["digital"], 1)
    x_title = column_x(4) + 40
    pg.frame(x_title - 8, low - 2, x_title + 32, low + 8 + 7 * 27)
    pg.vertical(x_title, low + 6, "缘何三月摘帽", 24, pitch=27)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom, low + 200)),
          extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "强军文化支持", "缘何三月摘帽", "文艺巡演进乡村"])
    check_body(find(page, "缘何三月摘帽"), TEXTS["digital"])
    check_body(find(page, "强军文化支持"), TEXTS["theory"][:2])


def test_vertical_headline_beside_a_photo_over_its_text(tmp_path):
    """Under a row of text, white space; then a vertical headline at the
    left, a photo level with it on its right, the article's columns under the
    photo (the reporters' line first), and a headline of another article
    level with the photo further right: the columns under the photo are the
    vertical headline's."""
    pg = FeaturePage()
    pg.header(14, "经济")
    top = story(pg, "market", "冬季蔬菜供应充足", 0, 5, TOP + 4, align="left") + 30
    x_title = LEFT + 4
    pg.vertical(x_title, top + 6, "雪落江南", 24, pitch=27)
    x0 = LEFT + 40
    x1 = span_right(2, 1)
    pg.photo(x0, top, x1, top + (x1 - x0) * 0.75)  # the image's own proportions
    y = top + (x1 - x0) * 0.75 + 12
    pg.line(x0, y, "■ 记者  曹蕾浩  汤博")
    body = TEXTS["theory"] + TEXTS["digital"]
    pg.flow(x0, y + LEAD + 4, body, 2, chars=CHARS + 2)
    y = pg.headline(column_x(3), span_right(4, 1), top, "城际铁路全线铺轨", 20)
    pg.flow(column_x(3), y, TEXTS["rail"] + TEXTS["water"], 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["冬季蔬菜供应充足", "雪落江南", "城际铁路全线铺轨"])
    art = find(page, "雪落江南")
    assert art.bylines == [Byline("记者", "曹蕾浩"), Byline("记者", "汤博")], f"bylines {art.bylines}"
    check_body(art, body)
    check_body(find(page, "城际铁路全线铺轨"), TEXTS["rail"] + TEXTS["water"])


def test_column_under_a_photo_under_its_headline(tmp_path):
    """A headline over two columns, its byline, a photo heading the first
    column and the text under the photo; to the right an article whose
    vertical headline stands at the page's edge. The column under the photo
    is the headline's: the photo fills the gap to the byline over it."""
    pg = FeaturePage()
    pg.header(11, "体育")
    x1 = span_right(0, 2)
    y = pg.headline(LEFT, x1, TOP + 4, "三所新学校投入使用", 20)
    y = pg.byline_line(LEFT, x1, y, "本报记者  魏倩")
    w = span_right(0, 1) - LEFT
    pg.photo(LEFT, y, LEFT + w, y + w * 0.75)
    tops = [y + w * 0.75 + 12, y]
    a = pg.flow(LEFT, y, TEXTS["school"] + TEXTS["water"], 2, tops=tops)
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(column_x(2), TOP + 4, body, 2)
    pg.vertical(span_right(4, 1) - 40, TOP + 10, "走好高质量发展之路", 24, pitch=27)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a.bottom, flowed.bottom, TOP + 290)),
          extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "走好高质量发展之路", "文艺巡演进乡村"])
    art = find(page, "三所新学校投入使用")
    assert art.bylines == [Byline("本报记者", "魏倩")], f"bylines {art.bylines}"
    check_body(art, TEXTS["school"] + TEXTS["water"])
    check_body(find(page, "走好高质量发展之路"), body)


def test_side_headline_beside_text_under_white_space(tmp_path):
    """A side headline with its text in the next column, white space under
    it; lower down, a second side headline whose text stands in that white
    space's column: the text is the second headline's, level with it, not
    the first's far above."""
    pg = FeaturePage()
    pg.header(18, "社会")
    left = story(pg, "school", "三所新学校投入使用", 0, 2, TOP + 4, extra=TEXTS["water"])
    y = pg.headline(column_x(3), span_right(3, 1), TOP + 4, "强军文化支持", 16, align="left")
    side = pg.flow(column_x(4), TOP + 4, TEXTS["theory"][:2], 1)
    low = max(side.bottom, y) + 60
    for k, part in enumerate(["商务部将研究", "制定支持政策"]):
        pg.line(column_x(2), low + 2 + k * 20, part, 16, "hei")
    flowed = pg.flow(column_x(3), low, TEXTS["digital"], 2)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom)), extra=TEXTS["market"],
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "强军文化支持", "商务部将研究制定支持政策", "文艺巡演进乡村"])
    check_body(find(page, "商务部将研究制定支持政策"), TEXTS["digital"])
    check_body(find(page, "强军文化支持"), TEXTS["theory"][:2])


def test_text_under_white_space_stays_with_its_headline_past_a_column(tmp_path):
    """A headline with white space under it, then its text; level with that
    text, two columns to the left, another headline whose own text runs
    under it, with a third article's column standing between: the text is
    the headline's above it, not the one beyond the column."""
    pg = FeaturePage()
    pg.header(18, "社会")
    y = pg.headline(column_x(2), span_right(2, 2), TOP + 4, "强军文化支持", 16, align="left")
    low = y + 140
    a = pg.flow(column_x(2), low, TEXTS["digital"], 2)
    mid = story(pg, "school", "三所新学校", 1, 1, TOP + 4, size=16, align="left")
    s = story(pg, "water", "饮水安全", 0, 1, low, size=16, align="left")
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a.bottom, mid, s)), extra=TEXTS["market"],
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["强军文化支持", "三所新学校", "饮水安全", "文艺巡演进乡村"])
    check_body(find(page, "强军文化支持"), TEXTS["digital"])
    check_body(find(page, "饮水安全"), TEXTS["water"])


def test_continued_from_note_opens_the_column_left_of_its_headline(tmp_path):
    """An article continued from another page: （上接第14版） set flush right
    over its first column, which stands left of the article's headline
    (centred over the later columns), level with the last column of the
    article on the left that ends mid-sentence. The column is the continued
    article's."""
    pg = FeaturePage()
    pg.header(10, "要闻")
    left_text = TEXTS["school"] + ["这一段在本栏的底部还没有说完，下一栏也不会接着"]
    y = pg.headline(LEFT, span_right(0, 2), TOP + 4, "三所新学校投入使用", 20, align="left")
    a = pg.flow(LEFT, y, left_text, 2)
    y2 = pg.headline(column_x(3), span_right(3, 2), TOP + 4, "土耳其救起六十九人", 20)
    pg.right(span_right(2, 1), y2 - 2, "（上接第14版）")
    body = TEXTS["digital"]
    flowed = pg.flow(column_x(2), y2 + LEAD - 2, body, 3, tops=[y2 + LEAD - 2, y2, y2])
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a.bottom, flowed.bottom)), extra=TEXTS["market"],
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "土耳其救起六十九人", "文艺巡演进乡村"])
    art = find(page, "土耳其救起六十九人")
    assert art.continued_from == 14, f"continued_from {art.continued_from}"
    check_body(art, body)
    check_body(find(page, "三所新学校投入使用"), left_text)


def test_column_running_on_under_a_headline_far_above(tmp_path):
    """A headline over three columns with its photo in the third; lower down,
    a row whose headline and photo stand over its first two columns, the
    text running on from the foot of the second column to the top of the
    third, far under the first headline (only its photo between): the third
    column goes on with the text on its left."""
    pg = FeaturePage()
    pg.header(19, "评论")
    y = pg.headline(LEFT, span_right(0, 3), TOP + 4, "用心办好村里的事 建好家门口的大桥", 20)
    first = pg.flow(LEFT, y, TEXTS["school"], 2)
    x2 = column_x(2)
    w = span_right(2, 1) - x2
    pg.photo(x2, y, x2 + w, y + w * 0.75)
    top = max(first.bottom, y + w * 0.75) + 50
    y2 = pg.headline(LEFT, span_right(0, 2), top, "当国宝遇上国漫", 20, align="left")
    w2 = span_right(0, 2) - LEFT
    pg.photo(LEFT, y2, LEFT + w2, y2 + w2 * 0.5)
    low = y2 + w2 * 0.5 + 12
    body = TEXTS["digital"] + TEXTS["rail"]
    pg.flow(LEFT, low, body, 3, tops=[low, low, y2 + 60])
    story(pg, "market", "冬季蔬菜供应充足", 3, 2, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["用心办好村里的事 建好家门口的大桥", "当国宝遇上国漫", "冬季蔬菜供应充足"])
    check_body(find(page, "当国宝遇上国漫"), body)
    check_body(find(page, "用心办好村里的事 建好家门口的大桥"), TEXTS["school"])


def test_briefs_over_two_columns_beside_a_vertical_headline(tmp_path):
    """A column of briefs whose last item runs on at the top of the next
    column (a new paragraph there, indented, closed by its author), and right
    of that column a framed vertical headline over a photo and its article:
    the second column's text is the item's, and the vertical headline keeps
    its own columns and its title. (Found on a varied page, seed 163.)"""
    pg = FeaturePage()
    pg.header(19, "国际")
    x0 = column_x(0)
    pg.frame(x0, TOP + 6, x0 + 70, TOP + 28, 1.0)
    pg.line(x0 + 6, TOP + 10, "一线快讯", 14, "hei")
    y = brief_items(pg, x0, TOP + 40)
    pg.line(x0, y, _OPEN_ITEM[0], 10.5, "hei", bold=True)
    pg.flow(x0, y + LEAD + 2, [_OPEN_ITEM[1]], 1)
    pg.flow(column_x(1), TOP + 8, [_OPEN_ITEM[2] + _OPEN_ITEM[3]], 1)
    x = column_x(2)
    pg.frame(x + 2, TOP + 4, x + 32, TOP + 220, 0.8)
    pg.vertical(x + 6, TOP + 10, "让乡村产业活起来", 22, pitch=25)
    pg.photo(x + 44, TOP + 4, x + 340, TOP + 150)
    body = TEXTS["theory"] + TEXTS["digital"]
    pg.flow(x + 44, TOP + 160, body, 2)
    page = parse(pg, tmp_path)
    check_titles(page, [b[0] for b in BRIEFS] + [_OPEN_ITEM[0], "让乡村产业活起来"])
    opened = find(page, _OPEN_ITEM[0])
    check_body(opened, [_OPEN_ITEM[1], _OPEN_ITEM[2]])
    assert opened.bylines == [Byline(None, "郑晓禾")], f"bylines {opened.bylines}"
    check_body(find(page, "让乡村产业活起来"), body)


_OPEN_ITEM = ("雪线上的养路人", "青藏线上的冻土路段最怕冬春交替，养路工们每天天不亮就上线，逐段排查路基的细小变化。",
              "一年下来，他们在海拔四千多米的线路上要走两千多公里，守住了列车平稳通过的每一寸路基。", "（郑晓禾）")
