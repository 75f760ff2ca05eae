"""A subtitle of sentences set across its article's columns, three lines in
another face at the body's size, is a tier (layout/tier_attach._across_columns,
session 38).

No line of text runs across two columns' measure: lines in another face,
that wide, right under a title and over the narrower columns of its text
(a byline's line between), are the headline's 副题, however many sentences
they say. A lead paragraph set across two columns is in the text's face.
Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, find, parse  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402


def test_three_lines_of_sentences_across_two_columns_in_another_face_are_the_subtitle(tmp_path):
    pg = FeaturePage()
    pg.header(20, "体育")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "冰雪运动进校园", 22.0, align="left")
    lines = ["青禾县今年在二十所中小学开设了冰雪课程，学生们在学校操场上",
             "浇出的冰场里学滑冰、打冰球。县教育局说，下一步将把冰雪课程", "纳入体育课的必修内容"]
    for part in lines:  # (full lines justified across both columns' measure)
        pg.line(x0, y, part, BODY, "hei", width=(x1 - x0) if part != lines[-1] else None)
        y += BODY * 1.35
    pg.line(x0, y + 6, "陈立新", 11.0, "body")
    y += 6 + 11.0 + 14
    body = TEXTS["school"]
    pg.flow(x0, y, body, 2)
    page = parse(pg, tmp_path)
    art = find(page, "冰雪运动进校园")
    assert art.headline.subtitle == "".join(lines), f"subtitle {art.headline.subtitle!r}"
    assert [b.name for b in art.bylines] == ["陈立新"]
    check_body(art, body)
