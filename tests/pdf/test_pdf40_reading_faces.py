"""What a face and a foot tell (issue 9, session 40): a quotation set in a
light face over a title in the heavy face of a 主题 is the kicker, quoting
its subject (layout/headlines.py tiers_by_size); notes set across the foot
of an essay's columns are read after those columns, not between the first
and the second (layout/foot_blocks.py). Pages built by feature_pages.py;
invented words."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, find, parse  # noqa: E402
from feature_pages import BODY, CHARS, TEXTS, FeaturePage, column_x, span_right  # noqa: E402


def test_a_quotation_in_song_over_a_title_in_hei_is_the_kicker(tmp_path):
    """Three tiers of one size: “……” in the plain face, the title in bold
    黑体, a dashed subtitle in the plain face. The heavy face is the title's."""
    pg = FeaturePage()
    pg.header(6, "文化")
    x0, x1 = column_x(0), span_right(0, 3)
    size = 22.0
    pg.centered(x0, x1, TOP + 4, "“这口井我们守了三十年”", size, "body")
    pg.centered(x0, x1, TOP + 4 + size * 1.45, "柳塘村的护水人", size, "hei", bold=True)
    pg.centered(x0, x1, TOP + 4 + size * 2.9, "——记青禾县河湾镇老支书", size, "body")
    pg.flow(x0, TOP + 4 + size * 4.6, list(TEXTS["water"]), 3)
    page = parse(pg, tmp_path)
    article = find(page, "柳塘村的护水人")
    assert article.headline.kicker == "“这口井我们守了三十年”"
    assert (article.headline.subtitle or "").lstrip("—") == "记青禾县河湾镇老支书"


def test_notes_across_the_foot_of_the_columns_are_read_after_them(tmp_path):
    """An essay in three columns, notes ① ② set smaller under them, flush
    left across two columns' width: the notes are its last paragraphs."""
    pg = FeaturePage()
    pg.header(7, "理论")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "守好乡村的一口水", 22.0)
    paras = [p[:-1] + "①。" if k == 0 else p[:-1] + "②。" if k == 2 else p for k, p in enumerate(TEXTS["water"])]
    bottom = pg.flow(x0, y, paras + list(TEXTS["school"]), 3).bottom
    small = BODY * 0.85
    notes = ["①青禾县水利志编纂委员会：《青禾县水利志》，青禾出版社2020年版，第88页。",
             "②河湾镇人民政府：《河湾镇年鉴（2022）》，第15页。"]
    ny = bottom + BODY
    pg.rule(x0, ny, x0 + 3 * CHARS * BODY * 0.15, 0.5)
    for note in notes:
        pg.line(x0, ny + BODY * 0.6, note, small)
        ny += small * 1.55
    page = parse(pg, tmp_path)
    paragraphs = find(page, "守好乡村的一口水").paragraphs
    assert [p[:1] for p in paragraphs[-2:]] == ["①", "②"], paragraphs
    assert not any(p.startswith("①") for p in paragraphs[:-2]), paragraphs


def test_a_table_of_figures_under_the_columns_is_read_row_by_row(tmp_path):
    """Under a report's columns, a table's title, then a three-line table
    (a head row and three rows of a label and two figures on shared
    baselines), and its source set smaller: each row is a paragraph, its
    cells left to right, after the text."""
    pg = FeaturePage()
    pg.header(3, "经济")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "青禾县农村供水指标", 22.0)
    bottom = pg.flow(x0, y, list(TEXTS["water"]), 3).bottom
    y = bottom + BODY * 1.4
    pg.centered(x0, x1, y, "青禾县农村供水主要指标", BODY * 1.1, "hei", bold=True)
    y += BODY * 2.2
    pg.rule(x0, y - 4, x1, 1.0)  # a three-line table: a rule over it, one under its head, one under it
    rows = [("项目", "今年", "去年"), ("自来水普及率", "96.5", "91.2"), ("规模化水厂", "12", "10"),
            ("集中供水人口", "38.6", "35.1")]
    for label, now, before in rows:
        pg.line(x0 + 20, y, label, BODY)
        pg.line(x0 + 200, y, now, BODY)
        pg.line(x0 + 330, y, before, BODY)
        if label == "项目":
            pg.rule(x0, y + BODY * 1.4, x1, 0.5)
        y += BODY * 1.8
    pg.rule(x0, y - 2, x1, 1.0)
    pg.line(x0, y + 2, "资料来源：青禾县水利局", BODY * 0.85)
    page = parse(pg, tmp_path)
    paragraphs = [p.replace(" ", "") for p in find(page, "青禾县农村供水指标").paragraphs]
    assert paragraphs[-6:] == ["青禾县农村供水主要指标", "项目今年去年", "自来水普及率96.591.2", "规模化水厂1210",
                               "集中供水人口38.635.1", "资料来源：青禾县水利局"], paragraphs
