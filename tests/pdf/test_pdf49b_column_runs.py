"""Text stopping mid-sentence at a column's foot goes on at the top of the
next column of its row, not also into the block under it across white space:
that block, the last column of the article in the next row (its side headline
on the left, white space only between the rows), goes on from the column on
its own left (PDF mode; invented page drawn with PyMuPDF)."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import band_header, set_column  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0, 502.0)
UPPER = ("新区今年围绕产业升级和民生改善两条主线推出一批重点项目全区固定资产投资保持较快增长"
         "管委会有关负责人介绍新开工的项目涉及先进制造现代物流和社区服务等领域预计年内新增就业岗位三千余个"
         "为保障项目顺利推进新区建立了项目专班制度由专人跟踪协调用地审批和资金等问题做到当天问题当天解决"
         "在城西片区一座新建的智能仓储中心已经完成主体施工设备安装正在有序进行预计下个月投入试运行"
         "新区还将继续优化营商环境为企业提供更加便利的服务让更多项目早日落地见效") * 2
LOWER = ("清晨六点老街的豆腐坊已经亮起了灯石磨转动的声音伴着热气飘出门外街坊们提着碗陆续赶来"
         "掌柜的说这门手艺传到他手里已是第四代守着老方法做豆腐图的是一个实在街坊们吃着放心"
         "如今年轻的徒弟也学会了点卤的火候还在网上开了小店把老街的味道送到了更远的地方。")


def _columns(page, text: str, lefts: tuple[float, ...], top: float, rows: int) -> None:
    """Flow ``text`` into columns of ``rows`` lines of PER characters (the first line indented two)."""
    for k, x in enumerate(lefts):
        text = set_column(page, text, x, top + SIZE, PER, SIZE, LEAD, rows, indent=k == 0)


def _page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=680, height=600)
    band_header(page, 5)
    page.insert_text((40, 95), "新区重点项目建设提速 产业升级民生改善齐头并进", fontname="china-s", fontsize=24)
    _columns(page, UPPER, LEFTS, 115, 8)  # the upper article: four columns, its text running on across them
    top = 115 + 8 * LEAD + 2 * SIZE  # white space only between the rows
    page.insert_text((40, top + 18), "老街豆腐坊", fontname="china-s", fontsize=16)  # a side headline
    _columns(page, LOWER, LEFTS[1:3], top, 6)  # its two columns, under the upper article's second and third
    doc.save(path)
    return path


def test_text_going_on_to_the_next_column_takes_no_block_under_it(tmp_path):
    articles = banmian.parse(str(_page(tmp_path / "p.pdf")), enrich=False).pages[0].articles
    by_title = {a.headline.title: "".join(a.paragraphs) for a in articles}
    upper = "新区重点项目建设提速 产业升级民生改善齐头并进"
    assert set(by_title) == {upper, "老街豆腐坊"}, by_title
    assert by_title["老街豆腐坊"].endswith("送到了更远的地方。")
    assert "送到了更远的地方" not in by_title[upper] and by_title[upper].endswith("早日落地见效")
