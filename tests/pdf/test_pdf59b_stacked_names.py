"""Names set under a side title in its narrow column, wrapped where the measure is full,
inside a spaced two-glyph name too (林海波 宋 / 川 周明远; 本报记者旷 / 宁沈一鸣): the
stack is the article's byline, a name cut at a line's end joined again, not the first
paragraph of its text (issue 9, point 6). PDF mode, invented pages; the parser's
reading of stacks built by hand."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, find, parse  # noqa: E402

from banmian.layout.stacked_names import stacked_names  # noqa: E402

_TEXT = ["走进山寨的时候，寨子里响起欢快的芦笙和歌声，乡亲们端出自酿的米酒招待远方的客人。",
         "老屋后面是一片茶园，茶农们正忙着采摘春茶，山坡上处处是忙碌的身影和爽朗的笑声。",
         "村支书说，这几年村里修通了公路，建起了合作社，茶叶卖到了城里，乡亲们的日子越过越红火。"]


def _side_title_page(tmp_path, title: str, stack: list[str], title_size: float, names_size: float,
                     names_font: str):
    """A side title in a column six glyphs wide, the names stacked under it (each line as
    the measure broke it, the glyphs of a spaced name apart by a glyph's white), and the
    article's text in two columns on its right."""
    pg = FeaturePage()
    pg.header(7, "副刊")
    x0 = column_x(0)
    pg.line(x0, TOP, title, title_size, "hei")
    y = TOP + title_size * 1.8
    for line in stack:
        x = x0
        for word in line.split(" "):
            pg.line(x, y, word, names_size, names_font)
            x += (len(word) + 1) * names_size
        y += names_size * 1.2
    pg.flow(column_x(1) - 60, TOP, _TEXT, 2)
    return parse(pg, tmp_path)


def test_names_alone_cut_inside_a_spaced_name(tmp_path):
    page = _side_title_page(tmp_path, "山寨的炊烟", ["林海波 宋", "川 周明远"], 9.0, 8.5, "hei")
    art = find(page, "山寨的炊烟")
    assert sorted(b.name for b in art.bylines) == sorted(["林海波", "宋川", "周明远"])
    assert art.paragraphs[0].startswith("走进山寨的时候")


def test_a_role_and_names_cut_inside_a_name(tmp_path):
    # (the lines as an extractor gives them: no space at the gaps; 旷 no common surname)
    page = _side_title_page(tmp_path, "茶山春早", ["本报记者旷", "宁沈一鸣"], 12.8, 9.5, "body")
    art = find(page, "茶山春早")
    assert sorted(b.name for b in art.bylines) == sorted(["旷宁", "沈一鸣"])
    assert art.paragraphs[0].startswith("走进山寨的时候")


def test_stacks_read_by_hand():
    assert [(b.role, b.name) for b in stacked_names(["本报记者旷", "宁沈一鸣"])] == [("本报记者", "旷宁"),
                                                                                  ("本报记者", "沈一鸣")]
    assert [b.name for b in stacked_names(["林海波 宋", "川 周明远"])] == ["林海波", "宋川", "周明远"]
    assert [b.name for b in stacked_names(["张明", "李华清"])] == ["张明", "李华清"]  # a name a line
    # not names: a heading's phrases cut at a line's end, words with no surname, a sentence's lines
    assert stacked_names(["访农户 看", "新貌"]) is None
    assert stacked_names(["核心", "阅读"]) is None
    assert stacked_names(["春茶上市了。", "茶农笑了"]) is None
    assert stacked_names(["林海波 宋"]) is None  # one line: no stack
