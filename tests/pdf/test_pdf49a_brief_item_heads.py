"""A column of news briefs with no label over it, each item's title set in
黑体 a hair larger than the body: the first title stands over a dateline, so
the page reads it as a small headline; it heads its own item, and the items
under it are articles of their own, not that headline's text (PDF mode;
invented page drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import BODY, CHARS, LEAD, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, check_body, check_titles, find, parse, story  # noqa: E402

_ITEMS = [
    ("北湾港口开通新航线", "本报北湾3月2日电 北湾港今天开通至东南亚的集装箱新航线，每周往返两班，"
     "可为沿线企业节省运输时间三天左右。", "（罗青 田野）", [Byline(None, "罗青"), Byline(None, "田野")]),
    ("山乡学校添新书", "开学前夕，县图书馆向山区十所小学赠送图书五千余册，并为每所学校配备了阅读角。",
     "（许明）", [Byline(None, "许明")]),
    ("滨河步道全线贯通", "历时一年建设，城区滨河步道日前全线贯通，沿岸新增休闲广场六处，市民散步骑行更加方便。",
     "（何丽 孟凡）", [Byline(None, "何丽"), Byline(None, "孟凡")]),
]


def test_a_brief_title_over_a_dateline_heads_one_item_only(tmp_path):
    """Left, a plain article over three columns; right, a column of three
    briefs with no label, each a title in 黑体 at 1.05 times the body over
    its text, closed by its authors in brackets; the first item's text opens
    with a dateline. Each item is an article with its title and authors."""
    pg = FeaturePage()
    pg.header(6, "综合新闻")
    story(pg, "culture", "文艺巡演进乡村", 0, 3, TOP + 10)
    x, y = column_x(3), TOP + 14
    for title, text, authors, _ in _ITEMS:
        pg.line(x, y, title, 1.05 * BODY, "hei")
        y = pg.flow(x, y + LEAD + 2, [text + authors], 1, chars=CHARS).bottom + 16
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村"] + [t for t, *_ in _ITEMS])
    for title, text, _, bylines in _ITEMS:
        item = find(page, title)
        check_body(item, [text.split(" ", 1)[-1]])
        assert item.bylines == bylines, f"{title}: bylines {item.bylines}"
    assert find(page, _ITEMS[0][0]).dateline == "本报北湾3月2日电"
