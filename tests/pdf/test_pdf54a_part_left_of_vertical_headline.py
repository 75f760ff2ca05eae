"""A part with no headline on the page (the rest of an article from another
page, opening with （上接第N版）) set in two columns left of a vertical
headline: its second column under a photo, the headline's own text in the
columns on its right. The note's column has the photo's column between it
and the headline, so the headline is not beside it (ownership's note
branch, `_column_between`); the column under the photo opens mid-sentence
where the part's first column breaks off, so it is the part's rest, not the
text of the headline the photo stands next to (the photo branch). PDF mode,
an invented page."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, FeaturePage  # noqa: E402
from feature_checks import TOP, parse  # noqa: E402
from pdf_samples import texts_by_title  # noqa: E402

TITLE = "守护一江清水"
PART = ["老人说起这些年的变化，眼里有光：过去村口的小河又黑又臭，夏天连窗户都不敢开，"
        "如今河水清了，岸边种上了柳树和月季，傍晚总有孩子在河边追着跑，老人们坐在石凳上聊天下棋，"
        "外出打工的年轻人也陆续回来了，有的开起了农家乐，有的办起了果蔬合作社，"
        "村里的日子一天比一天红火，大家都说，这样的好日子是干出来的，也要接着干下去。"]
OWN = ["清晨六点，巡河员林川已经走在江堤上，他每天要走十多公里，查看排污口，清理漂浮物。",
       "三年来，沿江各县拆除违建养殖场一百多处，新建污水处理站四十多座，江水水质稳定达到二类。",
       "林川说，守好这一江清水，是对子孙后代的交代，再苦再累也值得。"]


def _page(tmp_path):
    pg = FeaturePage()
    pg.header(1, "民生")
    chars, gap = 11, 12.0
    width = chars * BODY
    col_b = 40 + width + gap
    pg.line(40, TOP, "（上接第3版）", BODY, "body")
    photo_bottom = TOP + 90
    pg.photo(col_b, TOP + 2, col_b + width, photo_bottom, fill=True)
    pg.flow(40, TOP + LEAD, PART, 2, chars=chars, gap=gap, tops=[TOP + LEAD, photo_bottom + 10])
    head_x = col_b + width + gap + 4
    pg.vertical(head_x, TOP, TITLE, 22)
    pg.flow(head_x + 22 + gap + 4, TOP, OWN, 2, chars=chars, gap=gap)
    return parse(pg, tmp_path)


def test_a_part_left_of_a_vertical_headline_with_its_photo_column_between_is_a_part(tmp_path):
    page = _page(tmp_path)
    by_title = texts_by_title(page.articles)
    assert set(by_title) == {TITLE, None}, by_title
    assert by_title[None].startswith("老人说起") and by_title[None].endswith("接着干下去。"), by_title[None]
    assert by_title[TITLE].startswith("清晨六点") and by_title[TITLE].endswith("再苦再累也值得。"), by_title[TITLE]
