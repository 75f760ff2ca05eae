"""A headline narrower than its article: the article's last column starts at
the row's top beside the headline and runs on mid-sentence from the foot of
the column on its left. Under it, in its column, stands the next row: a
column logo in a frame and a part with no headline (（上接第N版）). The column
at the row's top is the headline's article's, not the logo's below it
(`layout/columns_over_owner`). PDF mode, an invented page."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, FeaturePage  # noqa: E402
from feature_checks import TOP, parse  # noqa: E402
from pdf_samples import texts_by_title  # noqa: E402

TITLE = "小镇夜市旺"
OWN = ["天色刚暗，镇中心的老街就亮起了一串串彩灯，烤红薯、炸年糕、糖画的摊位一字排开，香气飘出老远，"
       "赶集的乡亲们提着袋子挤在摊位前，讨价还价的声音此起彼伏，孩子们举着风车在人群里穿来穿去。",
       "夜市是去年春天开起来的，镇里统一规划了摊位，划定了消防通道，还请来电工重新拉了照明线路，"
       "摊主们每月只交很少的管理费，生意好的时候一晚上能卖出去好几百份小吃，比在外面打零工强多了，"
       "在外地工作的年轻人回乡过节，也都要约上朋友来夜市转一转，尝尝小时候的味道，拍几张照片发给远方的同学。"]
PART = ["（上接第2版）",
        "这些年，村里修通了水泥路，装上了路灯，建起了文化广场，每到傍晚，广场上就响起了音乐，"
        "跳舞的、下棋的、遛弯的，热热闹闹，老人们说，过去想都不敢想的日子，如今一样一样都实现了。"]


def _page(tmp_path):
    pg = FeaturePage()
    pg.header(3, "乡村")
    chars, gap = 13, 12.0
    width = chars * BODY
    x3 = 40 + 2 * (width + gap)
    under = pg.headline(40, 40 + 2 * width + gap, TOP, TITLE, 22)
    flowed = pg.flow(40, under, OWN, 3, chars=chars, gap=gap, tops=[under, under, TOP])  # the third at the row's top
    row = max(c[3] for c in flowed.columns) + 20
    pg.frame(40, row, 110, row + 22)
    pg.line(48, row + 5, "一线调查", 13, "hei")
    pg.flow(40, row + 30, PART, 3, chars=chars, gap=gap, tops=[row + 30, row, row])
    assert x3 == flowed.columns[2][0]
    return parse(pg, tmp_path)


def test_a_column_over_its_owners_heading_runs_on_from_the_column_on_its_left(tmp_path):
    by_title = texts_by_title(_page(tmp_path).articles)
    assert by_title[TITLE].startswith("天色刚暗"), by_title
    assert by_title[TITLE].endswith("发给远方的同学。"), by_title
    part = by_title[None]
    assert "这些年" in part and part.endswith("一样一样都实现了。"), by_title
    assert "远方的同学" not in part, by_title
