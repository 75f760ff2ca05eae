"""A closing dateline set flush right and wrapped over several short lines of
its own (layout/body_units.py): the bracket is one, however many lines it
takes, and a dispatch from several cities lists them all before the date.
Pages built by feature_pages.py; invented words."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, find, parse  # noqa: E402
from feature_pages import TEXTS, FeaturePage, RightLine, column_x, span_right  # noqa: E402


@pytest.mark.parametrize("lines", [
    ["（本报江城、青禾、丰溪、南岭", "3月2日电　记者林小雨、", "周明、王芳、李强）"],
    ["（本报江城、青禾、丰溪、", "南岭、白沙、东湖、西山", "3月2日电）"],
], ids=["three-lines-with-reporters", "seven-cities"])
def test_a_closing_dateline_wrapped_flush_right_over_short_lines_is_the_dateline(tmp_path, lines):
    pg = FeaturePage()
    pg.header(4, "国际")
    y = pg.headline(column_x(0), span_right(0, 1), TOP + 4, "县城书屋办进村", 20.0)
    text = TEXTS["library"][:2]
    pg.flow(column_x(0), y, [*text, *(RightLine(ln) for ln in lines)], 1)
    article = find(parse(pg, tmp_path), "县城书屋办进村")
    check_body(article, text)
    cities = "".join(lines).split("电")[0].lstrip("（")
    assert article.dateline == cities + "电", article.dateline
    if "记者" in "".join(lines):
        assert [b.name for b in article.bylines] == ["林小雨", "周明", "王芳", "李强"], article.bylines
