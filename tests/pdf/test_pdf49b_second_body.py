"""An article whose text is set larger than the page's body (a feature at 10.5
points on a page of 9-point news) is an article, not a headline of a dozen
lines: its column text, flush on one right edge at one leading and saying
clauses, is text (PDF mode; invented page drawn with PyMuPDF)."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

from banmian.layout.second_body import column_text
from banmian.model import TextLine

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import band_header, set_column  # noqa: E402

NEWS = ("今年以来，河西新区围绕产业升级和民生改善两条主线，推出一批重点项目，全区固定资产投资保持较快增长。"
        "新区管委会有关负责人介绍，新开工的项目涉及先进制造、现代物流和社区服务等领域，预计年内可新增就业岗位三千余个。"
        "为保障项目顺利推进，新区建立了项目专班制度，由专人跟踪协调用地、审批和资金等问题，做到当天问题当天解决。"
        "在城西片区，一座新建的智能仓储中心已经完成主体施工，设备安装正在有序进行，预计下个月投入试运行。") * 3
FEATURE = ("清晨六点，老街的豆腐坊已经亮起了灯，石磨转动的声音伴着热气飘出门外，街坊们提着碗陆续赶来。"
           "掌柜的说，这门手艺传到他手里已是第四代，守着老方法做豆腐，图的是一个实在，街坊们吃着放心。"
           "如今，年轻的徒弟也学会了点卤的火候，还在网上开了小店，把老街的味道送到了更远的地方。") * 2


def _page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=600, height=800)
    band_header(page, 5)
    page.insert_text((40, 95), "新区重点项目建设提速", fontname="china-s", fontsize=20)
    rest = NEWS
    for x in (40, 220, 400):  # the news: three columns of 9-point text
        rest = set_column(page, rest, x, 125, 18, 9, 14, 16)
    page.insert_text((40, 400), "老街豆腐坊的第四代掌柜", fontname="china-s", fontsize=18)
    rest = FEATURE
    for x in (40, 300):  # the feature: two columns of 10.5-point text, a few lines shorter
        rest = set_column(page, rest, x, 430, 20, 10.5, 17, 7)
    doc.save(path)
    return path


def test_larger_column_text_is_its_articles_body(tmp_path):
    articles = banmian.parse(str(_page(tmp_path / "p.pdf")), enrich=False).pages[0].articles
    feature = [a for a in articles if a.headline.title == "老街豆腐坊的第四代掌柜"]
    assert feature, [a.headline.title for a in articles]
    text = "".join(feature[0].paragraphs)
    assert text.startswith("清晨六点，老街的豆腐坊")
    assert len(text) >= len(FEATURE) - 2  # both columns, nothing lost to a "headline"


def _line(text: str, x: float, y: float, size: float = 16.0) -> TextLine:
    return TextLine(text, (x, y, x + size * len(text), y + size), size, font="Hei")


def test_a_headline_of_three_lines_stays_a_headline():
    lines = [_line("中国经济", 40, 100), _line("向好动力", 40, 122), _line("依然充足", 40, 144)]
    assert column_text(lines) == set()
    # five stacked lines with no clause in them (a list of phrases) are no column text either
    lines = [_line("春风十里不如你", 40, 100 + 22 * k) for k in range(5)]
    assert column_text(lines) == set()


def test_a_long_subtitle_in_a_heading_face_stays_a_headline():
    """A subtitle of many lines (——听取…汇报，推进…), flush and full of clauses, is set in 黑体: no column text."""
    lines = [TextLine("——听取年度民生实事办理情况汇报，推进提升", (40, 100 + 16 * k, 280, 112 + 16 * k), 12.0,
                      font="Heiti") for k in range(6)]
    assert column_text(lines) == set()
    light = [TextLine(ln.text, ln.bbox, ln.size, font="Song Light") for ln in lines]
    assert len(column_text(light)) == 6
