"""A framed article's column whose closing marks hang past the column's edge
(悬挂标点), and so past the frame's, still stands in the frame: it is that
article's column, not a headless article of its own (PDF mode; invented page
drawn with PyMuPDF)."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

from banmian.layout.columns import ColumnBlock
from banmian.layout.hung_edges import set_box
from banmian.model import TextLine

pymupdf = pytest.importorskip("pymupdf")

SIZE, LEAD, PER = 10.0, 15.0, 14
TEXT = ("新区今年围绕产业升级和民生改善两条主线推出一批重点项目，全区固定资产投资保持较快增长，"
        "管委会有关负责人介绍，新开工的项目涉及先进制造、现代物流和社区服务等领域，预计年内新增就业岗位三千余个，"
        "为保障项目顺利推进，新区建立了项目专班制度，由专人跟踪协调用地、审批和资金等问题，做到当天问题当天解决，"
        "在城西片区，一座新建的智能仓储中心已经完成主体施工，设备安装正在有序进行，预计下个月投入试运行。")


def _lines(text: str) -> list[str]:
    """Lines of PER characters; a line whose next character is a mark takes it, hung past the edge."""
    out, k = [], 0
    first = True
    while k < len(text):
        take = PER - 2 if first else PER
        line = text[k:k + take]
        k += take
        if k < len(text) and text[k] in "，。、":
            line += text[k]
            k += 1
        out.append(line)
        first = False
    return out


def _page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=600, height=500)
    page.insert_text((40, 50), "河西日报  2025年3月6日 星期四  第5版  城市", fontname="china-ss", fontsize=9)
    page.draw_line((40, 58), (560, 58))
    lefts = (44.0, 198.0)
    right = lefts[1] + PER * SIZE
    page.draw_rect(pymupdf.Rect(36, 70, right + 3, 360), color=(0, 0, 0), width=0.6)  # the article's frame
    page.insert_text((44, 100), "新区重点项目建设提速", fontname="china-s", fontsize=20)
    lines = _lines(TEXT)
    rows = (len(lines) + 1) // 2
    for n, line in enumerate(lines):
        x = lefts[n // rows] + (2 * SIZE if n == 0 else 0)
        page.insert_text((x, 125 + (n % rows) * LEAD), line, fontname="china-ss", fontsize=SIZE)
    doc.save(path)
    return path


def test_a_column_hanging_marks_past_its_frame_is_the_frames_article(tmp_path):
    articles = banmian.parse(str(_page(tmp_path / "p.pdf")), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["新区重点项目建设提速"]
    assert "".join(articles[0].paragraphs).endswith("预计下个月投入试运行。")


def test_the_set_box_leaves_out_hung_marks_only():
    lines = [TextLine("新区今年围绕产业升级和民生", (40, 100, 170, 110), 10.0),
             TextLine("改善两条主线推出一批重点项目，", (40, 115, 180, 125), 10.0)]
    assert set_box(ColumnBlock(lines)) == (40, 100, 170, 125)
    plain = [TextLine("新区今年围绕产业升级和民生", (40, 100, 170, 110), 10.0)]
    assert set_box(ColumnBlock(plain)) == ColumnBlock(plain).bbox
