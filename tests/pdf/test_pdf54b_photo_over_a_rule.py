"""A photo at the foot of an article's second column, its caption under it,
then a rule across the page and, under the rule, the next article's
headline and text. The text under the rule is nearer the caption than the
text over the photo is to the photo, but the rule parts them: the photo and
its caption are the article it stands in (layout/captions.image_owners; a
page built by feature_pages.py, all text invented)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_titles, find, parse, story  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402

_WIDTH = 15 * BODY  # a column


@pytest.mark.parametrize("rule", [True, False])
def test_a_photo_over_a_rule_is_the_article_it_stands_in(tmp_path, rule):
    pg = FeaturePage()
    pg.header(5, "综合")
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "农村供水保障工程惠及全县", 20)
    left = pg.flow(column_x(0), y, TEXTS["water"][:2], 1)
    x = column_x(1)
    right = pg.flow(x, y, ["水厂建成以后，村里的孩子们再也不用跟着大人去河边挑水了。"], 1)
    top = right.bottom + 3 * BODY
    pg.photo(x, top, x + _WIDTH, top + 70, fill=True)
    pg.line(x, top + 74, "图为村民在新建的水厂参观。本报记者 王明摄", 8.5)
    foot = max(left.bottom, top + 86) + 1.5 * BODY
    if rule:
        pg.rule(column_x(0), foot, span_right(0, 3))
    story(pg, "school", "山区学校迎来新校舍", 0, 3, foot + 0.6 * BODY)
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "山区学校迎来新校舍"])
    water, school = find(page, "农村供水保障工程惠及全县"), find(page, "山区学校迎来新校舍")
    if rule:
        assert [(c.text, c.credit) for c in water.captions] == [("图为村民在新建的水厂参观。", "王明")]
        assert school.captions == []
    else:  # (no rule: the text running on under the caption takes the photo, as before)
        assert [c.credit for c in water.captions + school.captions] == ["王明"]
