"""Rows parted by white space only: a column that stops mid-sentence goes on
at the top of the column beside it, level with its own top, not down across
the band into the column of the next row set right under it (here an
article under a vertical headline, whose first column also stops
mid-sentence). PDF mode; an invented page drawn with PyMuPDF."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

pymupdf = pytest.importorskip("pymupdf")

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0)
PART = ("街坊们提着碗陆续赶来掌柜的说这门手艺传到他手里已是第四代守着老方法做豆腐图的是一个实在"
        "街坊们吃着放心如今年轻的徒弟也学会了点卤的火候还在网上开了小店把老街的味道送到了更远的地方"
        "每逢节日订单多起来一家人忙到深夜也不觉得累掌柜的说只要有人爱吃这门手艺就不会断在他的手里"
        "老街改造以后来往的游客越来越多小店门前常常排起长队。")
OWN = ("新区今年围绕产业升级和民生改善两条主线推出一批重点项目全区固定资产投资保持较快增长"
       "管委会有关负责人介绍新开工的项目涉及先进制造现代物流和社区服务等领域预计年内新增就业岗位三千余个"
       "为保障项目顺利推进新区建立了项目专班制度由专人跟踪协调用地审批和资金等问题做到当天问题当天解决"
       "新区还将继续优化营商环境为企业提供更加便利的服务让更多项目早日落地见效。")


def _columns(page, text: str, lefts: tuple[float, ...], top: float, rows: int) -> None:
    """Flow ``text`` into columns of ``rows`` lines (the first line indented two)."""
    k = 0
    for x in lefts:
        for n in range(rows):
            first = k == 0
            take = PER - 2 if first else PER
            if k < len(text):
                page.insert_text((x + (2 * SIZE if first else 0), top + SIZE + n * LEAD), text[k:k + take],
                                 fontname="china-ss", fontsize=SIZE)
            k += take


def _page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=520, height=520)
    page.insert_text((40, 50), "河西日报  2025年3月6日 星期四  第5版  城市", fontname="china-ss", fontsize=9)
    page.draw_line((40, 58), (480, 58))
    _columns(page, PART, LEFTS, 70, 5)  # a part with no headline here: foot 70 + 10 + 60
    top = 70 + SIZE + 4 * LEAD + 22  # white space only: two body sizes and more
    _columns(page, OWN, LEFTS[:2], top, 7)  # the next row: two columns, its headline set 竖排 on their right
    for k, ch in enumerate("项目提速"):
        page.insert_text((LEFTS[2] + 20, top + 20 + 24 * k), ch, fontname="china-s", fontsize=20)
    doc.save(path)
    return path


def test_a_column_going_on_beside_goes_not_on_down_across_a_band(tmp_path):
    articles = banmian.parse(str(_page(tmp_path / "p.pdf")), enrich=False).pages[0].articles
    by_title = {a.headline.title: "".join(a.paragraphs) for a in articles}
    assert set(by_title) == {"项目提速", None}, by_title
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。")
    assert by_title["项目提速"].startswith("新区今年") and by_title["项目提速"].endswith("早日落地见效。")
