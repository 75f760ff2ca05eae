"""A column of briefs whose last item runs on into the next column, and a
column under a column logo beside a vertical headline across white space:
one small built page each (see test_layout_features.py for how these tests
are built)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import BODY, CHARS, LEAD, LEFT, RIGHT, TEXTS, FeaturePage  # noqa: E402
from feature_checks import BRIEFS, TOP, check_body, check_titles, find, parse, story, where  # noqa: E402

_OPEN = ("雪线上的养路人", "青藏线上的冻土路段最怕冬春交替，养路工们每天天不亮就上线，逐段排查路基的细小变化。",
         "一年下来，他们在海拔四千多米的线路上要走两千多公里，守住了列车平稳通过的每一寸路基。", "（郑晓禾）")
_NEXT = ("古镇灯会迎客来", "元宵前后，江畔古镇连办七天灯会，百余组彩灯沿河排开，吸引周边游客纷至沓来。", "（钱芳）")


def _item(pg: FeaturePage, x: float, y: float, title: str | None, text: str, bold: bool = True,
          after: float = 10.0) -> float:
    """A brief's title (if any; bold, or in 黑体 a little larger than the
    body) over its text, indented; returns its foot."""
    if title:
        pg.line(x, y, title, 10.5 if bold else 1.1 * BODY, "hei", bold=bold)
        y += LEAD + 2
    return pg.flow(x, y, [text], 1).bottom + after


def test_a_brief_runs_on_across_a_wide_gutter_after_one_closed_item(tmp_path):
    """Under a column logo, a column of briefs: one item closed by its
    author, then an item whose text breaks off at the column's foot and goes
    on, a paragraph of its own, at the top of the next column a wide gutter
    (six characters) away, closed by its author there; another item under
    it, close under it, its title in 黑体 only a little larger than the body
    (one block with the text over it: a column of briefs). Right of that column a framed vertical headline over a photo and its
    two columns; a wide article under all of it, across the page. The text at
    the top of the second column is the open item's, however wide the gutter
    and though the column on the left has one closed item over it, not two."""
    pg = FeaturePage()
    pg.header(19, "国际")
    cw = CHARS * BODY
    xs = [LEFT, LEFT + cw + 6 * BODY]
    pg.frame(LEFT, TOP + 6, LEFT + 70, TOP + 28, 1.0)
    pg.line(LEFT + 6, TOP + 10, "一线快讯", 14, "hei")
    title, text, authors, _ = BRIEFS[0]
    y = _item(pg, xs[0], TOP + 40, title, text + authors)
    foot = _item(pg, xs[0], y, _OPEN[0], _OPEN[1])
    y = _item(pg, xs[1], TOP + 40, None, _OPEN[2] + _OPEN[3], after=2.0)
    y = _item(pg, xs[1], y, _NEXT[0], _NEXT[1] + _NEXT[2], bold=False)
    x = xs[1] + cw + 16
    pg.frame(x, TOP + 4, x + 30, TOP + 220, 0.8)
    pg.vertical(x + 4, TOP + 10, "让乡村产业活起来", 22, pitch=25)
    pg.photo(x + 42, TOP + 4, RIGHT, TOP + 150)
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(x + 42, TOP + 160, body, 2)
    low = max(foot, y, flowed.bottom) + 40
    pg.rule(LEFT, low - 14, RIGHT, 0.5)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, low, extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, [title, _OPEN[0], _NEXT[0], "让乡村产业活起来", "文艺巡演进乡村"])
    opened = find(page, _OPEN[0])
    check_body(opened, [_OPEN[1], _OPEN[2]])
    assert opened.bylines == [Byline(None, "郑晓禾")], f"bylines {opened.bylines}; {where(page, '郑晓禾')}"
    check_body(find(page, _NEXT[0]), [_NEXT[1]])
    check_body(find(page, "让乡村产业活起来"), body)


def test_a_column_under_a_logo_belongs_to_a_vertical_headline_across_white_space(tmp_path):
    """A column of briefs on the left, every item closed by its authors; on
    its right a column logo (民生视点, reversed out of a panel) over one
    column of text; far right, with a column's width of white space between,
    a framed vertical headline standing level with that column's top and
    nothing else on the row. The logo names the column; the headline heads
    its text (no article without a headline, no headline without text)."""
    pg = FeaturePage()
    pg.header(15, "社会")
    cw = CHARS * BODY
    pg.frame(LEFT, TOP + 6, LEFT + 70, TOP + 28, 1.0)
    pg.line(LEFT + 6, TOP + 10, "消息速览", 14, "hei")
    y = TOP + 40
    for title, text, authors, _ in BRIEFS[:2]:
        y = _item(pg, LEFT, y, title, text + authors)
    x = LEFT + cw + 14
    pg.column_logo(x, TOP + 6, "民生视点")
    body = TEXTS["water"]
    flowed = pg.flow(x, TOP + 34, body, 1)
    xv = x + 2 * cw + 14
    pg.frame(xv - 6, TOP + 4, xv + 30, TOP + 10 + 9 * 27)
    pg.vertical(xv, TOP + 10, "让小山村用上放心水", 24, pitch=27)
    low = max(y, flowed.bottom, TOP + 20 + 9 * 27) + 40
    pg.rule(LEFT, low - 14, RIGHT, 0.5)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, low, extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, [b[0] for b in BRIEFS[:2]] + ["让小山村用上放心水", "文艺巡演进乡村"])
    check_body(find(page, "让小山村用上放心水"), body)
    for title, text, _, bylines in BRIEFS[:2]:
        art = find(page, title)
        assert art.bylines == bylines, f"{title}: bylines {art.bylines}"
        check_body(art, [text])



def test_a_picture_agency_closing_a_photographers_credit_closes_no_brief(tmp_path):
    """A column of briefs; the second item's text is followed by its
    photographers' credit, ……摄影报道（人民视觉）, then by the item's author in
    brackets. The bracket after 摄影报道 credits the picture (a picture agency,
    not a name): the item runs on to its author, one item with its credit
    line as a paragraph, no item without a title after it."""
    pg = FeaturePage()
    pg.header(15, "社会")
    pg.frame(LEFT, TOP + 6, LEFT + 70, TOP + 28, 1.0)
    pg.line(LEFT + 6, TOP + 10, "消息速览", 14, "hei")
    title, text, authors, bylines = BRIEFS[0]
    y = _item(pg, LEFT, TOP + 40, title, text + authors)
    dance = "日前，青禾县各村寨举行迎春活动，村民身着节日盛装舞龙舞狮、对唱山歌，欢欢喜喜迎新春。"
    credit = "本报记者韦山摄影报道（人民视觉）"
    pg.line(LEFT, y, "山寨迎新春", 10.5, "hei", bold=True)
    y = pg.flow(LEFT, y + LEAD + 2, [dance, credit, "（赵一鸣）"], 1).bottom + 40
    pg.rule(LEFT, y - 14, RIGHT, 0.5)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, y, extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, [title, "山寨迎新春", "文艺巡演进乡村"])
    item = find(page, "山寨迎新春")
    check_body(item, [dance, credit])
    assert item.bylines == [Byline(None, "赵一鸣")], f"bylines {item.bylines}; {where(page, '赵一鸣')}"
    assert find(page, title).bylines == bylines
