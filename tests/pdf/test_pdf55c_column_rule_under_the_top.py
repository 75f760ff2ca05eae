"""A column rule drawn from a row's rule down the page starts a few points
under the top of the first line beside it (the line's box rises over the
glyphs): it parts the columns on its two sides all the same
(layout/segment.wall_between). The page: on the left of a column rule, the
rest of an article sent on from another page, with no headline, a small
picture over its first column; on the right,
an article whose vertical headline stands at the page's right edge, its
columns on its left. The part on the left is not the vertical headline's
text. PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import FeaturePage, column_x  # noqa: E402
from pdf_samples import titled_texts  # noqa: E402

REST = ["（上接第二版）老街的石板路修好以后，两旁的老房子也陆续翻新，木门木窗都照着老样子重做。",
        "街坊们说，修旧如旧留住了老街的味道，住在这里的人心里也更踏实了。",
        "街口的茶馆重新开张，每天一早就坐满了喝茶聊天的老人，说书先生的醒木一拍，满堂叫好。",
        "到了周末，不少外地游客慕名而来，在老街上逛小店、尝小吃，拍下青砖黛瓦的老房子。",
        "社区还组织志愿者当起讲解员，给游客讲老街的来历和老字号的故事。"]
STORY = ["冬日的湿地迎来了成群的候鸟，白鹭、灰鹤在浅滩上觅食，不时振翅飞起。",
         "保护区的工作人员每天沿着湖岸巡护，记录鸟的种类和数量，今年观测到的候鸟比去年多了两成。",
         "为了给候鸟留出更多的栖息地，周边的鱼塘退养还湿，湖边的芦苇荡也恢复了往日的模样。",
         "附近的村民自发组成护鸟队，劝阻捕鸟行为，还在冰冻的日子给候鸟投放食物。",
         "观鸟的人越来越多，保护区修建了观鸟台和科普馆，让游客在不打扰候鸟的前提下近距离观赏。"]


def _page(path: Path) -> Path:
    fp = FeaturePage()
    top = fp.header(5, "社会") + 14
    fp.photo(column_x(0) + 8, top, column_x(0) + 40, top + 22)  # a small picture over the part's first column
    fp.flow(column_x(0), top + 28, REST, 2)
    rule_x = column_x(2) - 6
    fp.vrule(rule_x, top + 3, 1100)  # from a little under the first lines' top
    fp.flow(column_x(2), top, STORY, 3)
    fp.vertical(column_x(5) - 2, top, "湿地候鸟来", 22)
    return fp.save(path)


def test_a_column_rule_starting_under_the_top_parts_a_headless_part(tmp_path):
    texts = titled_texts(_page(tmp_path / "p.pdf"))
    titled = [text for title, text in texts.items() if title and "候鸟" in title]
    assert len(titled) == 1 and "老街" not in titled[0], texts
    assert None in texts and "石板路" in texts[None] and texts[None].endswith("老字号的故事。"), texts
