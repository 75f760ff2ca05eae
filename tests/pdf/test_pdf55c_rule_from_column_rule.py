"""A rule drawn from a column rule down the page to the page's edge, under the
whole of the article over it, closes that article as a rule across the page
does: a part with no headline under it is another article's, not the one over
it going on (layout/rule_rows.closes_the_row_over). The page: a column rule
parts a left article from the right region; there a vertical headline heads
three columns, then a rule from the column rule to the page's edge, then three
columns of another article's rest, sent on from another page with no note.
PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, FeaturePage, column_x, span_right  # noqa: E402
from pdf_samples import titled_texts  # noqa: E402

LEFT_STORY = ["镇里的文化站今年添置了一批新书和健身器材，每到傍晚，附近的居民都爱来这里看书下棋。",
              "站长说，文化站还办起了书法班和舞蹈班，请来退休教师义务授课，报名的人一天比一天多。",
              "不少年轻人下班后也来这里上网查资料，文化站成了镇上最热闹的地方之一。",
              "接下来，镇里打算在每个村都建一个文化活动室，让村民在家门口就能享受文化生活。"]
VERTICAL_STORY = ["清晨的渔港格外忙碌，一艘艘渔船满载而归，码头上到处是搬运鱼货的身影。",
                  "老船长说，这些年休渔制度严格执行，近海的鱼又多了起来，渔民的收入也跟着涨了。",
                  "港口新修了冷库和交易大厅，鱼货上岸就能卖出去，再也不用担心放坏了。",
                  "渔村里还开起了渔家乐，游客们跟着渔民出海捕鱼，体验了一把渔家生活。",
                  "村里的年轻人也回来了，有的开网店卖海产品，有的跑起了冷链运输，日子越过越红火。",
                  "村支书说，村里正在规划建设海产品加工园区，把鱼虾加工成即食产品，卖出更好的价钱。",
                  "镇上的渔业合作社统一收购鱼货，统一定价，渔民再也不怕被压价，心里踏实多了。",
                  "合作社还请来水产专家，教渔民科学养殖海带和扇贝，近海养殖成了新的增收门路。",
                  "夕阳西下，渔船陆续靠岸，渔民们在码头上整理渔网，盘算着明天出海的路线。"]
REST_STORY = ["该县还把发展特色种植作为增收的重要途径，引导农户种植茶叶和中药材，建起了三个加工厂。",
              "县农业农村局负责人介绍，今年全县茶园面积将扩大到五万亩，带动两千多户农户增收。",
              "为解决销路问题，县里与多家电商平台合作，农产品通过网络销往全国各地。",
              "下一步，县里将继续完善冷链物流设施，让更多山里的好东西走出大山。"]


def _page(path: Path) -> Path:
    fp = FeaturePage()
    top = fp.header(6, "综合")
    split = column_x(2) - 6
    fp.vrule(split, top + 8, 1100)
    fp.headline(column_x(0), span_right(0, 2), top + 16, "文化站里书香浓", 20)
    fp.flow(column_x(0), top + 60, LEFT_STORY, 2)
    vx = column_x(2)
    bottom = fp.vertical(vx + 4, top + 16, "渔港迎来丰收季", 16)
    flowed = fp.flow(vx + 34, top + 16, VERTICAL_STORY, 3, chars=13)
    rule_y = max(bottom, flowed.bottom) + 8
    right = vx + 34 + 3 * 13 * BODY + 2 * 12
    fp.rule(split + 4, rule_y, right, 0.5)  # from the column rule to the region's (the page's) right edge
    fp.flow(vx, rule_y + 14, REST_STORY, 3, chars=14)
    return fp.save(path)


def test_a_rule_from_a_column_rule_to_the_edge_closes_the_article_over_it(tmp_path):
    texts = titled_texts(_page(tmp_path / "p.pdf"))
    titled = {title: text for title, text in texts.items() if title and "渔港" in title}
    assert len(titled) == 1, texts
    text = next(iter(titled.values()))
    assert "茶叶" not in text and text.endswith("出海的路线。"), texts
    assert None in texts and texts[None].startswith("该县还把") and texts[None].endswith("走出大山。"), texts
