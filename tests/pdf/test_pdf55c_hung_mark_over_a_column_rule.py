"""A mark hung past a column's right edge (。 or ， set in the gutter, as
typesetters do) may reach over the column rule beside it: the column still
ends at its edge, left of the rule, and the text on the rule's other side
does not run on from it (layout/column_flow.alongside_on_left). The page: an
article with its headline over two columns, lines of its second column ending
in hung marks that reach over a column rule; right of the rule, from the top
of the row, the rest of another article with no headline on this page, set in
a wider measure. PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import FONT, HEAD_FONT, band_header, blank_page, save, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 12
LEFT_LINES = 14
OPENING = ("春节前夕，社区食堂推出了年夜饭套餐，老人们不用自己动手，也能吃上热热闹闹的团圆饭。"
           "食堂负责人说，套餐的菜品是请老人们一起商量定下的，口味偏清淡，价格也比饭店实惠一半。")
# the second column: each line a column's width, the marks after it hung in the gutter
SECOND = ["预订的电话从早响到晚，", "不到一周就订出了三百多", "份。食堂又加开了两个窗", "口，请来志愿者帮忙送餐。",
          "腿脚不便的老人在家里也", "能吃上热乎的饭菜，一位", "独居老人拉着志愿者的手", "说，这顿饭吃得暖心。"]
OTHER = ("该市还将在今年建成二十个社区养老服务站，为老人提供助餐、助浴、康复护理等服务，"
         "服务站由专业机构运营，政府给予场地和运营补贴，收费标准向社会公开。"
         "市民政局负责人表示，下一步将把服务站延伸到农村地区，让更多老人在家门口享受养老服务，"
         "同时探索时间银行等互助养老方式，鼓励低龄老人帮扶高龄老人，形成邻里互助的良好风气。")


def _page(path: Path) -> Path:
    doc, page = blank_page(620, 520)
    band_header(page, 3)
    top = 80
    page.insert_text((40, top + 16), "社区食堂里的年夜饭", fontname=HEAD_FONT, fontsize=18)
    body_top = top + 44
    assert not set_columns(page, OPENING, (40.0,), body_top, PER, SIZE, LEAD)
    x2 = 40 + PER * SIZE + 12
    for n, text in enumerate(SECOND):
        page.insert_text((x2, body_top + n * LEAD), text, fontname=FONT, fontsize=SIZE)
    rule_x = x2 + PER * SIZE + 3  # the hung marks reach past it
    page.draw_line((rule_x, top - 4), (rule_x, 480), width=0.6)
    right = rule_x + 8
    rest = set_columns(page, OTHER, (right, right + 16 * SIZE + 14), top, 16, SIZE, LEAD, rows=11, indent=False)
    assert not rest
    return save(doc, path)


def test_a_hung_mark_over_a_column_rule_runs_on_into_nothing_past_it(tmp_path):
    texts = titled_texts(_page(tmp_path / "p.pdf"))
    titled = [t for title, t in texts.items() if title and "年夜饭" in title]
    assert len(titled) == 1 and "养老服务站" not in titled[0] and titled[0].endswith("吃得暖心。"), texts
    assert None in texts and texts[None].startswith("该市还将") and texts[None].endswith("良好风气。"), texts
