"""A title set at the body's size over its dashed 副题 is a headline: a
series' piece may carry its title in the text's subheading face, no larger
than the text and smaller than the ——subtitle under it. No subheading stands
over a ——line, so a short heavy run opening a column right over one is the
title (issue 9, point 3); read as text, the piece had no headline and ran into
its neighbour's article. PDF mode, invented pages."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, find, parse  # noqa: E402

from banmian.layout.small_headlines import LinesBelow, dashed_subtitle_under  # noqa: E402
from banmian.model import TextLine  # noqa: E402

_LEFT_TEXT = ["江城今年将新建十座口袋公园，让市民出门五分钟就能走进绿地，园林部门已完成选址工作。",
              "新建的公园将配备健身步道、儿童游乐区和休憩长廊，夜间还有照明，方便居民晚饭后散步。",
              "园林部门表示，公园建设将充分听取周边居民意见，做到一园一设计，不搞千篇一律。",
              "目前，首批三座公园已经开工，预计五月底前建成开放，其余七座年内陆续完工。"]
_SERIES_TEXT = ["老街口的修鞋摊摆了三十年，摊主老周每天清早出摊，傍晚收摊，风雨无阻。",
                "街坊们的鞋坏了，第一个想到的就是他。老周说，手艺是父亲传下来的，不能丢。",
                "如今老街改造完成，街道专门给修鞋摊留了一个小亭子，老周的摊子有了新家。",
                "小亭子里挂着一块木牌，写着修鞋补伞，价格公道，街坊们路过总要进来坐一坐。"]
_TITLE = "老街口的小摊"
_SUBTITLE = "——街巷烟火气系列报道之三"


def _page(tmp_path, title_size: float, subtitle_size: float, subtitle_font: str = "hei",
          title_lines: list[str] | None = None, kicker: str | None = None):
    """A headline over three columns on the left; on the right, over two columns, a series' piece:
    its title flush left at about the body's size in the heading face, its dashed subtitle under it
    (larger), the author's name, and its text."""
    pg = FeaturePage()
    pg.header(6, "社会")
    left = column_x(0)
    y = pg.headline(left, span_right(0, 3), TOP, "江城今年新建十座口袋公园", 22.0)
    pg.flow(left, y, _LEFT_TEXT, 3)
    x0 = column_x(3)
    y = TOP
    if kicker:  # (a small heavy line right over the title: no run opens under it)
        pg.line(x0, y, kicker, 7.0, "hei")
        y += 7.0 * 1.25 + 4
    for line in title_lines or [_TITLE]:  # (lines of a title set solid: each box reaches into the next one's)
        pg.line(x0, y, line, title_size, "hei")
        y += title_size * 1.1
    y += title_size * 0.4
    pg.line(x0, y, _SUBTITLE, subtitle_size, subtitle_font)
    y += subtitle_size * 1.6
    pg.line(x0, y, "林海波", BODY, "hei")
    y += BODY * 1.8
    pg.flow(x0, y, _SERIES_TEXT, 2)
    return parse(pg, tmp_path)


@pytest.mark.parametrize(("title_size", "subtitle_size", "subtitle_font"),
                         [(9.6, 10.4, "hei"), (9.8, 10.4, "body"),
                          (10.0, 11.0, "hei")])  # (the last: a subtitle at the heading size, read before too)
def test_a_body_size_title_over_a_dashed_subtitle_heads_its_piece(tmp_path, title_size, subtitle_size,
                                                                  subtitle_font):
    page = _page(tmp_path, title_size, subtitle_size, subtitle_font)
    art = find(page, _TITLE)
    assert art.headline.subtitle == _SUBTITLE
    assert art.paragraphs[0].startswith("老街口的修鞋摊")
    assert art.paragraphs[-1].endswith("坐一坐。")
    left = find(page, "江城今年新建十座口袋公园")
    assert all("修鞋" not in p for p in left.paragraphs)


def test_a_title_set_solid_under_its_kicker_is_read_whole(tmp_path):
    page = _page(tmp_path, 9.6, 10.4, "hei", ["老街口的小摊", "守着半条街的", "烟火日子"], "小巷深处的手艺人")
    art = find(page, "老街口的小摊 守着半条街的 烟火日子")  # (short lines: read as phrases apart)
    assert art.headline.subtitle == _SUBTITLE
    assert art.headline.kicker == "小巷深处的手艺人"
    assert art.paragraphs[0].startswith("老街口的修鞋摊")


# the rule's cases on lines built by hand


def _ln(text: str, top: float, size: float = 9.5, font: str = "song") -> TextLine:
    return TextLine(text, (40.0, top, 40.0 + size * len(text), top + size), size, font=font)


def test_a_dashed_line_must_stand_apart_from_the_text():
    title = _ln(_TITLE, 100.0, 9.8, "hei")
    text = _ln("老街口的修鞋摊摆了三十年，摊主老周每天清早出摊。", 130.0)
    # set larger than the text: a subtitle
    dashed = _ln(_SUBTITLE, 114.0, 10.4)
    assert dashed_subtitle_under([title], LinesBelow([title, dashed, text]), [], 9.5, "song") is dashed
    # a paragraph of the text opening with a dash, in its size and face: no subtitle
    quote = _ln("——摘自街道志愿者的来信", 114.0)
    assert dashed_subtitle_under([title], LinesBelow([title, quote, text]), [], 9.5, "song") is None
    # a dashed line holding a sentence's end, or far under the run: no subtitle
    said = _ln("——老周说。街坊们都笑了", 114.0, 10.4)
    assert dashed_subtitle_under([title], LinesBelow([title, said, text]), [], 9.5, "song") is None
    far = _ln(_SUBTITLE, 150.0, 10.4)
    assert dashed_subtitle_under([title], LinesBelow([title, far]), [], 9.5, "song") is None
    # set as large as a heading, it is one of the page's heading lines already
    big = _ln(_SUBTITLE, 114.0, 12.0)
    assert dashed_subtitle_under([title], LinesBelow([title, text]), [big], 9.5, "song") is big
