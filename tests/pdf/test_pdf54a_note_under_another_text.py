"""The rest of an article from another page, opening with （上接第N版）,
set under another article's columns across white space (no rule, no
headline of its own here): a continuation note opens an article's text and
never goes on from the text over it, so the part is an article of its own
(ownership: a note under a block with white space between). PDF mode, an
invented page."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import LEAD, FeaturePage, RightLine, column_x  # noqa: E402
from feature_checks import TOP, parse, story  # noqa: E402
from pdf_samples import texts_by_title  # noqa: E402

PART = ["（上接第2版）",
        "老人说起这些年的变化，眼里有光：过去村口的小河又黑又臭，夏天连窗户都不敢开，如今河水清了，岸边种上了柳树和月季。",
        "傍晚总有孩子在河边追着跑，老人们坐在石凳上聊天下棋，外出打工的年轻人也陆续回来了，有的开起了农家乐。",
        "村里的日子一天比一天红火，大家都说，这样的好日子是干出来的，也要接着干下去。"]


@pytest.mark.parametrize("flush_right", [False, True])
def test_a_continued_part_under_another_articles_columns_across_white_space_is_a_part(tmp_path, flush_right):
    pg = FeaturePage()
    pg.header(5, "综合")
    bottom = story(pg, "harvest", "万亩晚稻喜获丰收", 0, 2, TOP + 4)
    story(pg, "rail", "城际铁路全线铺轨", 2, 3, TOP + 4)
    items = [RightLine(PART[0])] + PART[1:] if flush_right else PART
    pg.flow(column_x(0), bottom + 2 * LEAD, items, 2)
    page = parse(pg, tmp_path)
    by_title = texts_by_title(page.articles)
    assert set(by_title) == {"万亩晚稻喜获丰收", "城际铁路全线铺轨", None}, by_title
    assert "老人说起" in by_title[None][:20] and by_title[None].endswith("也要接着干下去。"), by_title[None]
    assert by_title["万亩晚稻喜获丰收"].endswith("拿到售粮款。"), by_title["万亩晚稻喜获丰收"]
