"""A column a little over a whole number of glyphs wide: its full lines are
spread to its edge, but a line closed by a full stop hung past the edge is
set at the glyphs' own advance, so the stop's box starts short of the edge
and reaches within half a glyph of the next column, a gutter of a glyph and
a fifth away. The stop still hangs: the line ends there and the next
column's line on that baseline is no part of it (sources/pdf_spans.py,
hangs_past_column; an invented page)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from feature_pages import FeaturePage  # noqa: E402
from pdf_samples import save, page_articles  # noqa: E402

SIZE, LEAD, GLYPHS = 9.2, 13.0, 19
WIDTH = (GLYPHS + 0.33) * SIZE  # the measure: a third of a glyph over nineteen
LEFTS = (40.0, 40.0 + WIDTH + 1.2 * SIZE)
LEFT_TEXT = ["春节前后县里的人力资源市场一天比一天热", "闹前来求职的人从早到晚没有断过不少企业",
             "把招聘台搬到了门口工作人员说今年的岗位", "比去年多了三成技术工种最受欢迎待遇也好"]
HUNG = "招聘会一直开到傍晚现场签约人数超过预期。"  # nineteen glyphs and a stop hung past the edge
RIGHT_TEXT = ["河边的老茶馆过年也不歇业一早就坐满了喝", "茶聊天的老人说的都是村里这一年的新鲜事",
              "谁家盖了新房谁家的孩子考上了大学大家都", "替他们高兴茶馆老板也跟着乐呵给每桌添了",
              "老人们说这样的日子过得踏实盼着来年更好。"]


def _page(path: Path) -> Path:
    pg = FeaturePage(width=520, height=400)
    pg.header(5, "综合")
    pg.line(LEFTS[0], 80, "县城新春见闻", 18, "hei")
    top = 110.0
    for k, text in enumerate(LEFT_TEXT):
        pg.line(LEFTS[0], top + k * LEAD, text, SIZE, width=WIDTH)
    pg.line(LEFTS[0], top + len(LEFT_TEXT) * LEAD, HUNG, SIZE)  # (at the glyphs' own advance)
    for k, text in enumerate(RIGHT_TEXT):
        pg.line(LEFTS[1], top + k * LEAD, text, SIZE, width=WIDTH if k < len(RIGHT_TEXT) - 1 else None)
    return pg.save(path)


def test_a_stop_hung_short_of_the_edge_ends_its_line(tmp_path):
    articles = page_articles(_page(tmp_path / "p.pdf"))
    text = "".join(p for a in articles for p in a.paragraphs)
    assert "超过预期。" in text and "盼着来年更好。" in text
    assert "预期。老人们" not in text and "预期。 老人们" not in text
