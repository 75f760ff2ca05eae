"""Pieces set into a column's lines: a lead phrase in a heavier face run into
a paragraph's first line, a caption's credit on the baseline of a line the
photo shortened, and a caption set apart from its photo by white space.
Pages drawn with the independent pages' kit (tests/independent/pagekit.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

import banmian  # noqa: E402
from banmian.sources.pdf import read_pdf  # noqa: E402
from tests.independent.pagekit import Sheet, headline  # noqa: E402

LEAD = "河滨步道全线贯通"
REST = "　经过三个月施工，沿河步道"
PARAS = ["清晨的河边，散步的居民三三两两，孩子们沿着新修的步道追逐嬉戏，"
         "一旁的老人打着太极，河面上不时掠过几只白鹭。",
         "步道全长六公里，沿途设置了休息亭和健身点，夜间还有照明，"
         "附近居民下班后也能来走一走，周末更是热闹。",
         "管理部门表示，下一步将在步道沿线增设垃圾分类点和饮水设施，"
         "并请沿河社区的志愿者参与日常维护，让步道常走常新。"]


def _lines(sheet: Sheet, tmp_path) -> list:  # noqa: ANN001
    content = read_pdf(sheet.save(tmp_path / "page.pdf"))
    return (content[0] if isinstance(content, list) else next(iter(content))).lines


def test_a_lead_phrase_in_a_heavier_face_is_marked_on_its_line(tmp_path):
    """A line that opens with words in 黑体 and goes on in 宋体 (a brief's
    title run into its text) carries how long that lead is; a line in one
    face, and one whose heavy words come later, carry none."""
    sh = Sheet(3)
    b = sh.body
    x = sh.text(60, 100, LEAD, b, bold=True)
    sh.commit()
    sh.text(x, 100, REST, b)
    sh.text(60, 130, "全部是宋体的一行正文，没有加粗的开头。", b)
    x = sh.text(60, 160, "先是宋体的几个字", b)
    sh.text(x, 160, "后面加粗", b, bold=True)
    sh.commit()
    marks = {ln.text[:4]: ln.bold_lead for ln in _lines(sh, tmp_path)}
    assert marks[LEAD[:4]] == len(LEAD), marks
    assert marks["全部是宋"] == 0 and marks["先是宋体"] == 0, marks


def test_small_text_after_a_column_edge_is_a_line_of_its_own(tmp_path):
    """Justified lines share a column's right edge; a credit set smaller just
    past that edge on one of their baselines (under a photo the lines were
    shortened for) is a line of its own, not the end of the column's line."""
    sh = Sheet(4)
    b = sh.body
    for row in range(6):  # a column narrowed to eight characters beside a photo
        sh.text(60, 100 + row * sh.leading, "河边步道人来人往", b)
    sh.text(60 + 8 * b + 6, 100 + 5 * sh.leading + 2, "李明 摄", b * 0.85)
    texts = [ln.text for ln in _lines(sh, tmp_path)]
    assert "李明 摄" in texts, texts


def test_a_caption_across_white_space_closed_by_its_credit(tmp_path):
    """A photo kept to its proportions in a taller space over a column leaves
    white space under it; the small lines under that, closed by a credit,
    are its caption (text and photographer), not the column's text."""
    sh = Sheet(5)
    b = sh.body
    per = 14
    x0, x1 = 60, 60 + 2 * per * b + b * 1.6
    top = headline(sh, x0, x1, 80, "河滨步道全线贯通", 22) + b * 2
    rows = 11
    sh.photo(x0, top, x0 + per * b, top + (rows - 3) * sh.leading)  # taller than the photo's 3:2
    for i, line in enumerate(("傍晚，居民在新修的", "河滨步道上散步。", "李明 摄")):
        sh.text(x0, top + (rows - 3 + i) * sh.leading + 2, line, b * 0.85)
    sh.flow(PARAS * 2, x0, top, 2, per, width_at=lambda c, r: 0 if c == 0 and r < rows else per)
    sh.commit()
    page = banmian.parse(sh.save(tmp_path / "page.pdf"), enrich=False).pages[0]
    art = next(a for a in page.articles if a.headline.title == "河滨步道全线贯通")
    assert [(c.text, c.credit) for c in art.captions] == [("傍晚，居民在新修的河滨步道上散步。", "李明")], art.captions
    assert "李明" not in "".join(art.paragraphs), art.paragraphs
