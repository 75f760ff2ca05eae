"""Columns under headlines, logos and photos: which headline a column beside or under
several belongs to (a logo over it, a vertical headline's own columns, a centred
headline in step with it). Pages built the way test_layout_features.py builds them
(feature_pages.py); split from test_layout_rows_logos_tiers.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import (  # noqa: E402
    BODY, LEAD, LEFT, RIGHT, TEXTS, FeaturePage, Sub, col_width, column_x, span_right,
)
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402

def test_column_under_a_logo_opens_the_row_of_a_headline_centred_to_its_right(tmp_path):
    """A column logo at the top of column 0; a short headline and its byline
    centred over columns 0-2, well right of the logo and of column 0; the
    three columns open level under the byline. Column 0 is the headline's
    first column (the logo is a label of that article), not the logo's."""
    pg = FeaturePage()
    pg.header(5, "评论")
    x0 = column_x(0)
    pg.column_logo(x0, TOP + 4, "观点集萃")
    x1 = span_right(0, 3)
    middle = (x0 + x1) / 2
    y = pg.headline(middle - 40, middle + 120, TOP + 30, ["物价仍将", "保持平稳"], 20)
    y = pg.byline_line(middle - 40, middle + 120, y, "本报记者 林晓东")
    body = TEXTS["market"] + TEXTS["digital"]
    a = pg.flow(x0, y + 6, body, 3).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["物价仍将保持平稳", "三所新学校投入使用", "文艺巡演进乡村"])
    check_body(find(page, "物价仍将保持平稳"), body)


def test_a_columns_tail_beside_its_photo_stays_when_another_headline_is_nearer(tmp_path):
    """Article A: a headline over column 0, a photo under it, its text under
    the photo, the last paragraph running on, mid-sentence, to a two-line
    tail at the top of column 1 (under the photo's caption). Article B: a side
    headline over column 2 and its text in columns 3-4. The tail is A's, though
    giving it to B would centre B's headline better over B's columns."""
    pg = FeaturePage()
    pg.header(12, "理论")
    x0, x1 = column_x(0), column_x(1)
    pg.line(x0, TOP + 4, "植树造林成效显著", 16, "hei")
    pg.photo(x0, TOP + 30, span_right(0, 1), TOP + 140, fill=True)
    cap = TOP + 30
    for part in ["近年来，全县累计植树", "两百余万株。林晓峰摄"]:
        pg.line(x1, cap, part, 9, "hei")
        cap += 13
    opening = "据统计，全县森林覆盖率已提高到百分之六十二，"
    flowed = pg.flow(x0, TOP + 150, TEXTS["river"][:2] + [opening], 1)
    tail = ["荒山变成了青山，这份成绩属于每", "一位植树人。"]
    y = cap + 20
    for k, part in enumerate(tail):
        pg.line(x1, y, part, width=col_width() if k == 0 else None)
        y += LEAD
    pg.line(column_x(2), TOP + 10, "江城队打出", 18, "hei")
    pg.line(column_x(2), TOP + 34, "一场漂亮仗", 18, "hei")
    b = pg.flow(column_x(3), TOP + 30, TEXTS["rail"], 2).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(flowed.bottom, b, y)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["植树造林成效显著", "江城队打出一场漂亮仗", "三所新学校投入使用"])
    check_body(find(page, "植树造林成效显著"), TEXTS["river"][:2] + [opening + "".join(tail)])
    check_body(find(page, "江城队打出一场漂亮仗"), TEXTS["rail"])


def test_column_under_a_logo_beyond_a_vertical_headlines_columns(tmp_path):
    """A vertical headline at the left with two narrow columns of its own
    beside it; a column logo over column 2, whose text opens level with
    columns 3-4 under a headline and byline centred over those two columns:
    column 2 is that headline's first column, not the vertical headline's
    across its own columns."""
    pg = FeaturePage()
    pg.header(13, "地方新闻")
    x = column_x(0)
    pg.vertical(x + 4, TOP + 8, "山村年景", 24, pitch=27)
    side = TEXTS["theory"][:3]
    a = pg.flow(x + 40, TOP + 8, side, 2, chars=12).bottom
    x2 = column_x(2)
    pg.column_logo(x2, TOP + 4, "深度解读")
    y = pg.headline(column_x(3), span_right(3, 2), TOP + 30, "出更实举措 求更新突破", 22)
    y = pg.byline_line(column_x(3), span_right(3, 2), y, "本报记者 林晓东")
    body = TEXTS["market"] + TEXTS["digital"]
    b = pg.flow(x2, y + 6, body, 3).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b, TOP + 8 + 4 * 27)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["山村年景", "出更实举措 求更新突破", "文艺巡演进乡村"])
    check_body(find(page, "山村年景"), side)
    check_body(find(page, "出更实举措 求更新突破"), body)


def test_column_in_step_under_a_centred_headline_not_the_nearer_side_one(tmp_path):
    """Six narrow columns under a row of text and white space (no rule):
    article A's headline flush left over columns 0-1, a photo under it and
    its text under the photo; article B's short headline and byline centred
    over columns 2-5, whose four columns open level under the byline. Column
    2 stands nearer to A's headline than to B's, yet it is B's: A heads a
    photo and columns of its own, and column 2 opens in step with B's columns."""
    pg = FeaturePage()
    pg.header(13, "地方新闻")
    top = story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, TOP + 4, align="left") + 40
    chars = 11
    x = [LEFT + i * (chars * BODY + 12) for i in range(6)]
    pg.line(x[0], top, "西北部有大范围降温", 20, "hei")  # (not centred over A's columns)
    pg.photo(x[0], top + 30, x[1] + chars * BODY, top + 110, fill=True)
    a = pg.flow(x[0], top + 120, TEXTS["river"][:2], 2, chars=chars).bottom
    right = x[5] + chars * BODY
    y = pg.headline(x[2], right, top, "中美经贸磋商结束", 16)
    y = pg.byline_line(x[2], right, y, "本报记者 林晓东")
    body = TEXTS["market"] + TEXTS["digital"]
    b = pg.flow(x[2], y + 6, body, 4, chars=chars).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["万亩晚稻喜获丰收", "西北部有大范围降温", "中美经贸磋商结束", "文艺巡演进乡村"])
    check_body(find(page, "西北部有大范围降温"), TEXTS["river"][:2])
    check_body(find(page, "中美经贸磋商结束"), body)


def test_column_opening_a_paragraph_beside_a_vertical_headlines_columns(tmp_path):
    """A vertical headline at the left, its text ending (a full stop) in two
    narrow columns beside it; level with them, column 2 opens a paragraph
    (indented), in step with columns 3-4 under a kicker and title set over
    columns 3-4 right above the row: column 2 is that headline's first
    column, not a column the vertical headline's text runs on into."""
    pg = FeaturePage()
    pg.header(4, "评论")
    x = column_x(0)
    pg.vertical(x + 4, TOP + 8, "心中常念为了谁", 24, pitch=27)
    side = TEXTS["theory"][:2]
    row = pg.headline(column_x(3), span_right(3, 2), TOP + 4, "建立健全长效机制", 20,
                      kicker="巩固成果是乡村振兴的重要任务", kicker_size=13)
    a = pg.flow(x + 40, row, side, 2, chars=12).bottom
    body = TEXTS["market"] + TEXTS["digital"]
    b = pg.flow(column_x(2), row, body, 3).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b, TOP + 8 + 7 * 27)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["心中常念为了谁", "建立健全长效机制", "文艺巡演进乡村"])
    check_body(find(page, "心中常念为了谁"), side)
    check_body(find(page, "建立健全长效机制"), body)



def test_column_in_step_with_a_subheading_under_the_headline_on_the_right(tmp_path):
    """Under a page-wide rule: article A's headline flush left over columns
    0-1 with its text under it; article B's headline right over columns 3-4,
    its foot a line above the row; B's text opens in column 2 level with a
    subheading at the top of column 3 (the text of column 3 starts under the
    subheading). Column 2 is B's: it opens in step with B's column 3."""
    pg = FeaturePage()
    pg.header(13, "经济")
    top = story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, TOP + 4, align="left") + 14
    pg.rule(LEFT, top, RIGHT, 1.0)
    pg.line(column_x(0), top + 14, "市里领导同志看望老党员", 20, "hei")
    a = pg.flow(column_x(0), top + 50, TEXTS["school"], 2).bottom
    pg.line(column_x(3) + 30, top + 40, "这里有最美的湖光", 14, "hei")
    row = top + 40 + 14 + 10
    first = TEXTS["culture"][:2]
    pg.flow(column_x(2), row, first, 1)
    rest = [Sub(["把握新阶段的发展方向"], boxed=True)] + TEXTS["culture"][2:] + TEXTS["library"]
    b = pg.flow(column_x(3), row, rest, 2).bottom
    story(pg, "health", "家庭医生上门服务", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["万亩晚稻喜获丰收", "市里领导同志看望老党员", "这里有最美的湖光", "家庭医生上门服务"])
    check_body(find(page, "市里领导同志看望老党员"), TEXTS["school"])
    check_body(find(page, "这里有最美的湖光"), first + ["把握新阶段的发展方向"] + TEXTS["culture"][2:] + TEXTS["library"])


def test_column_left_of_its_headline_beside_a_headline_with_columns_of_its_own(tmp_path):
    """Article A: a headline over columns 0-1, a photo under it and its text
    under the photo. Article B: its first column (2) opens level with B's
    headline, set a gutter to its right over columns 3-4, whose text starts
    under it. Column 2 is B's: A heads a photo and columns of its own."""
    pg = FeaturePage()
    pg.header(14, "经济")
    row = TOP + 30
    pg.line(column_x(0) + 20, row, "北京再取消创业证明", 18, "hei")
    pg.photo(column_x(0), row + 30, span_right(0, 2), row + 110, fill=True)
    a = pg.flow(column_x(0), row + 120, TEXTS["school"], 2).bottom
    y = pg.headline(column_x(3), span_right(3, 2), row, "春节流量消费翻倍", 18, align="left")
    body = TEXTS["digital"] + TEXTS["market"]
    b = pg.flow(column_x(2), row, body, 3, tops=[row, y + 4, y + 4]).bottom
    story(pg, "health", "家庭医生上门服务", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["北京再取消创业证明", "春节流量消费翻倍", "家庭医生上门服务"])
    check_body(find(page, "北京再取消创业证明"), TEXTS["school"])
    check_body(find(page, "春节流量消费翻倍"), body)
