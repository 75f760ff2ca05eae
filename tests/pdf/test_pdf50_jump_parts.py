"""The rest of an article carried on from another page (its note, （上接第N版）,
atop the first column of the part) is a part with no headline on this page
when the headline it would go to opens its own text elsewhere: beside it over
columns of its own, it does not take the part (PDF mode; invented pages drawn
with PyMuPDF)."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, PROJECTS, band_header, blank_page, page_articles, save, set_columns, texts_by_title  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0, 502.0, 656.0)


def _columns(page, text: str, lefts: tuple[float, ...], top: float, rows: int, indent: bool = True) -> None:
    """Flow ``text`` into columns of ``rows`` lines of PER characters (the first line indented two)."""
    set_columns(page, text, lefts, top + SIZE, PER, SIZE, LEAD, rows, indent)


def _page(path: Path, note_apart: bool = False) -> Path:
    doc, page = blank_page(820, 420)
    band_header(page, 5, rule_end=20)
    page.insert_text((40, 95), "新区重点项目建设提速", fontname="china-s", fontsize=24)  # over its three columns
    _columns(page, PROJECTS, LEFTS[:3], 115, 8)
    # the part carried on from page 3: its note atop the fourth column, level with the headline's top
    page.insert_text((LEFTS[3], 80), "（上接第3版）", fontname="china-ss", fontsize=SIZE)
    if note_apart:  # the note a gap over its column's text; the next column's top level with the note
        split = 8 * PER - 2
        _columns(page, OLD_STREET[:split], LEFTS[3:4], 100, 8)
        _columns(page, OLD_STREET[split:], LEFTS[4:], 70, 10, indent=False)
    else:
        _columns(page, OLD_STREET, LEFTS[3:], 85, 10)
    return save(doc, path)


def _articles(path: Path) -> dict[str | None, str]:
    articles = page_articles(path)
    assert len(articles) == 2, [a.paragraphs for a in articles]  # (two parts without a headline would be one key)
    return texts_by_title(articles)


def test_a_note_beside_a_headline_over_its_own_columns_opens_a_part_of_its_own(tmp_path):
    by_title = _articles(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"新区重点项目建设提速", None}, by_title
    assert by_title["新区重点项目建设提速"].endswith("早日落地见效。")
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。")


def test_a_note_over_a_gap_and_the_next_column_level_with_it_are_one_part(tmp_path):
    """Its text stops mid-sentence at the column's foot and goes on atop the
    next column, level with the note: block by block the note's narrow line
    stands too far from that column, the part as a whole does not."""
    by_title = _articles(_page(tmp_path / "p.pdf", note_apart=True))
    assert set(by_title) == {"新区重点项目建设提速", None}, by_title
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。")


NOTE = ("编者按：老街改造三年来街坊们的日子有了新的变化本版今起推出系列报道记录老街上的人和事敬请关注。"
        "清晨的菜市场人来人往摊主们早早摆好了新鲜的蔬菜水果买菜的老人拉着小车在摊位间慢慢挑选"
        "市场管理处的工作人员说改造以后地面干净了通道宽敞了摊位也统一编了号顾客买得舒心摊主卖得放心"
        "傍晚时分广场上跳舞的人多了起来孩子们在一旁追逐嬉戏老街又恢复了往日的热闹。")


def _side_page(path: Path, part: str = NOTE) -> Path:
    """A side headline over nothing, its text in the columns on its right; under
    the row, across white space, a part opening with an editor's note."""
    doc, page = blank_page(680, 520)
    band_header(page, 5)
    page.insert_text((40, 95), "老街豆腐坊", fontname="china-s", fontsize=16)
    _columns(page, OLD_STREET, LEFTS[1:4], 80, 8)
    _columns(page, part, LEFTS[:4], 80 + 8 * LEAD + 3 * SIZE, 6)
    return save(doc, path)


def test_an_editors_note_under_a_side_headlines_row_opens_a_part_of_its_own(tmp_path):
    by_title = _articles(_side_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"老街豆腐坊", None}, by_title
    assert by_title["老街豆腐坊"].endswith("常常排起长队。")
    assert by_title[None].startswith("编者按") and by_title[None].endswith("恢复了往日的热闹。")


def test_a_dateline_under_a_side_headlines_row_opens_a_part_of_its_own(tmp_path):
    """The same with a dateline opening the part (本报讯): no headline's text
    runs on into a dateline, and the one over the row opens its own."""
    part = "本报讯（记者张明）" + NOTE[NOTE.index("。") + 1:]
    by_title = _articles(_side_page(tmp_path / "p.pdf", part))
    assert set(by_title) == {"老街豆腐坊", None}, by_title
    assert by_title[None].startswith("清晨的菜市场") and by_title[None].endswith("恢复了往日的热闹。")  # (its dateline taken)
    assert by_title["老街豆腐坊"].endswith("常常排起长队。")


def _photo_page(path: Path) -> Path:
    """Beside a headline over its own two columns (a rule between), a part
    carried on from page 3: its first column from the top, its second under a
    photo, the text going on there mid-sentence."""
    doc, page = blank_page(820, 420)
    band_header(page, 5, rule_end=20)
    page.insert_text((40, 95), "新区重点项目建设提速", fontname="china-s", fontsize=24)
    _columns(page, PROJECTS, LEFTS[:2], 115, 12)
    page.draw_line((LEFTS[2] - 7, 70), (LEFTS[2] - 7, 400))  # a column rule parts the part from that article
    page.insert_text((LEFTS[2], 80), "（上接第3版）", fontname="china-ss", fontsize=SIZE)
    split = 8 * PER - 2
    _columns(page, OLD_STREET[:split], LEFTS[2:3], 85, 8)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 3), False)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(LEFTS[3], 70, LEFTS[3] + 140, 170), pixmap=pix, keep_proportion=False)
    _columns(page, OLD_STREET[split:], LEFTS[3:4], 180, 12, indent=False)
    return save(doc, path)


def test_a_part_goes_on_under_a_photo_in_the_next_column(tmp_path):
    """Its first column stops mid-sentence; the next column's text, under a
    photo, opens far lower than the part's top, without an indent: one part."""
    by_title = _articles(_photo_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"新区重点项目建设提速", None}, by_title
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。")
