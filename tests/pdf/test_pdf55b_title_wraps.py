"""A title wrapped inside one run of words keeps no space at its line break,
however far short its lines stop of the columns under them: the article repeats
the title's words in its text (two characters on each side of the break side
by side in the body), or the line after the break opens on 的, which ties a
phrase's parts and opens none; nor does a break after a comma or a stop (the
mark is the gap between the phrases). Two phrases the body never writes together
keep their gap (test_layout_title_spaces.py). Pages built as
test_layout_features.py builds them (feature_pages.py); invented text."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import TEXTS, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, below, check_titles, parse, story  # noqa: E402

#: an article that names its title's words in one run in its first sentence
_REPEATING = ["近日，南岭新建十座社区食堂昨日开门迎客，老人在家门口就能吃上热乎饭菜。"] + TEXTS["river"]


@pytest.mark.parametrize("lines, body, title", [
    # each line a run the body writes, and the two written as one run: a wrap
    (["南岭新建十座社区", "食堂昨日开门迎客"], _REPEATING, "南岭新建十座社区食堂昨日开门迎客"),
    # the second line opens on 的, the body never repeating the title
    (["守护清溪一江碧水", "的巡河志愿者队伍"], TEXTS["river"], "守护清溪一江碧水的巡河志愿者队伍"),
    # a break after a comma: the mark is the gap, no space after it
    (["清溪河水重现碧波，", "市民乐享休闲去处"], TEXTS["river"], "清溪河水重现碧波，市民乐享休闲去处"),
    # two phrases of one length the body never writes together: the gap stays
    (["清溪河水重现碧波", "市民乐享休闲去处"], TEXTS["river"], "清溪河水重现碧波 市民乐享休闲去处"),
], ids=["the-body-repeats-the-title", "opens-on-de", "after-a-comma", "two-phrases-keep-their-gap"])
def test_a_title_wrapped_inside_a_run_of_words_keeps_no_space(tmp_path, lines, body, title):
    pg = FeaturePage()
    pg.header(5, "综合")
    y = pg.headline(column_x(0), column_x(3), TOP + 4, lines, 22.0, align="left")
    bottom = pg.flow(column_x(0), y, body, 4).bottom
    story(pg, "school", "南岭区三所新学校投入使用", 0, 4, below(pg, bottom), align="left")
    check_titles(parse(pg, tmp_path), [title, "南岭区三所新学校投入使用"])
