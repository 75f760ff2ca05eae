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
