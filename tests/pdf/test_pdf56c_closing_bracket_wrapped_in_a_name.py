"""A closing bracket of the authors set flush right under an article's last
sentence wraps inside a name onto a short line of its own (（本报记者 林晓峰
周一鸣 才 / 立）, （林晓峰 周一鸣 方 / 明）): the bracket was rejoined to the
last paragraph but its names were read from the short line alone, so the
spaces between them were lost and no byline was read. The bracket's lines as
set now give its names; a rare surname among common ones (才立) is a name as in
a bracket of names. Invented text, pages built with tests/pdf/pdf_samples.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import BODY, FONT, HEAD_FONT, LINE, blank_page, header, page_articles, save, set_column  # noqa: E402

_TITLE = "河湾公园春季开放"
_TEXT = ("本报讯 河湾公园经过一冬的修整，将于下周一起恢复开放，园内新铺了三公里步道，"
         "增设了两处休息亭和一片儿童游乐场。")
_LAST = "管理处提醒游客文明游园，不要攀折花木，也不要在湖边垂钓。"


def page_articles_of(tmp_path, first: str, second: str):
    doc, page = blank_page(595, 842)
    header(page, 3)
    x, per = 40.0, 16
    page.insert_text((x, 130), _TITLE, fontname=HEAD_FONT, fontsize=20)
    y = 170.0
    for para in (_TEXT, _LAST):
        rows = -(-(len(para) + 2) // per)
        set_column(page, para, x, y, per)
        y += rows * LINE
    right = x + per * BODY
    for k, text in enumerate((first, second)):
        page.insert_text((right - len(text) * BODY, y + k * LINE), text, fontname=FONT, fontsize=BODY)
    return page_articles(save(doc, tmp_path / "bracket.pdf"))


@pytest.mark.parametrize(("first", "second", "names"), [
    ("（本报记者 林晓峰 周一鸣 才", "立）", ["林晓峰", "周一鸣", "才立"]),
    ("（林晓峰 周一鸣 方", "明）", ["林晓峰", "周一鸣", "方明"]),
], ids=["with-role-rare-surname", "names-only"])
def test_a_closing_bracket_wrapped_inside_a_name_gives_the_bylines(tmp_path, first, second, names):
    article = next(a for a in page_articles_of(tmp_path, first, second) if a.headline.title == _TITLE)
    assert [b.name for b in article.bylines] == names
    assert article.paragraphs[-1].endswith("垂钓。")


def test_a_bracket_of_words_after_the_role_is_no_byline(tmp_path):
    """A guard: the role over words that are no names (most without a surname) stays text."""
    article = next(a for a in page_articles_of(tmp_path, "（本报记者 观察 所得 见", "闻）")
                   if a.headline.title == _TITLE)
    assert not [b for b in article.bylines if b.name in ("观察", "所得", "见闻")]
