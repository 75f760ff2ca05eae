"""Heavy lines between a headline and the dateline that opens its text are the
headline's 副题 (or, a word or two alone, the column's logo), not the text's first
paragraph: read as text, they left the dateline second and its reporters' names in
the text (issue 9, point 6). A series' headline over items, each titled over its own
dateline, keeps its items' titles. PDF mode, invented pages."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, find, parse  # noqa: E402

from banmian.layout.body_units import Unit, make_blocks  # noqa: E402
from banmian.layout.decks_over_dateline import decks_before_dateline, decks_to_headline  # noqa: E402
from banmian.layout.roles import BODY, OTHER, SUBHEADING  # noqa: E402
from banmian.model import Article, Headline, Page, TextLine  # noqa: E402

_OPENING = "本报江城3月4日电 （记者 林海 宋川）江城新建的三座口袋公园昨天向市民开放，周边居民步行十分钟即可到达。"
_MORE = ["公园里设置了健身步道、儿童游乐区和休憩长廊，夜间还有照明，方便居民晚饭后散步锻炼。",
         "市园林部门表示，今年还将在老城区建设十座口袋公园，让市民推窗见绿、出门进园。"]


def _page_with_deck(tmp_path, deck: list[str], size: float, title_size: float = 16.0):
    """A title across two columns; the deck (one line wider than a column) or the logo set
    flush left over the first one, and the text under it in two columns, opening with its
    dateline whose reporters' bracket wraps onto the next line."""
    pg = FeaturePage()
    pg.header(5, "城市")
    x0 = column_x(0)
    pg.line(x0, TOP, "江城三座口袋公园迎来首批游客", title_size, "hei")
    y = TOP + title_size + 9
    for line in deck:
        pg.line(x0, y, line, size, "hei")
        y += size * 1.12
    pg.flow(x0, y + 5, [_OPENING, *_MORE], 2)
    return parse(pg, tmp_path)


def test_a_deck_over_the_dateline_is_the_subtitle(tmp_path):
    page = _page_with_deck(tmp_path, ["三座新公园昨天开放", "市园林部门为迎接春天新建三座公园", "市长出席"], 10.3)
    art = find(page, "江城三座口袋公园迎来首批游客")
    assert art.headline.subtitle == "三座新公园昨天开放 市园林部门为迎接春天新建三座公园 市长出席"
    assert art.dateline == "本报江城3月4日电"
    assert [b.name for b in art.bylines] == ["林海", "宋川"]
    assert art.paragraphs[0].startswith("江城新建的三座口袋公园")


# the units an article's text is cut into, built by hand: the logo's and the series' cases


def _line(text: str, top: float, size: float = 9.5, font: str = "song") -> TextLine:
    return TextLine(text, (40.0, top, 40.0 + size * len(text), top + size), size, font=font)


def _units_of(*parts: tuple[str, list[str]]) -> tuple[Article, list[Unit], Page]:
    units, top = [], 100.0
    for role, lines in parts:
        size = 12.5 if role == SUBHEADING else 9.5
        tls = []
        for text in lines:
            tls.append(_line(text, top, size, "hei" if role == SUBHEADING else "song"))
            top += size * 1.4
        units.append(Unit(role, tls, starts_paragraph=True, right=183.0))
    article = Article(id="", headline=Headline(title="江城三座口袋公园迎来首批游客"))
    article.blocks.extend(make_blocks(units, 5))
    return article, units, Page(number=5)


def _join(lines: list[TextLine]) -> str:
    return " ".join(ln.text for ln in lines)


def test_a_logo_word_over_the_dateline_leaves_the_article():
    article, units, page = _units_of((SUBHEADING, ["一线观察"]),
                                     (BODY, ["本报江城3月4日电 （记者 林", "海）江城新建的三座公园开放。"]))
    decks_to_headline(article, units, page, _join)
    assert [u.role for u in units] == [BODY]
    assert article.headline.subtitle is None
    assert [b.text for b in page.blocks] == ["一线观察"] and page.blocks[0].role == OTHER
    assert all("一线观察" not in b.text for b in article.blocks)


def test_a_series_keeps_its_items_titles():
    parts = ((SUBHEADING, ["新服务上线"]), (BODY, ["本报江城3月4日电 记者从市政务中心获悉，新服务上线。"]),
             (SUBHEADING, ["新站点开通"]), (BODY, ["本报江城3月5日电 城东新站点昨天开通。"]))
    article, units, page = _units_of(*parts)
    assert decks_before_dateline(units) == 0
    decks_to_headline(article, units, page, _join)
    assert [u.role for u in units] == [SUBHEADING, BODY, SUBHEADING, BODY]
    assert article.headline.subtitle is None
    # one item alone: its title over its dateline is the headline's deck
    article, units, page = _units_of(*parts[:2])
    assert decks_before_dateline(units) == 1


def test_no_deck_where_the_heavy_lines_hold_sentences_or_stand_far_under_the_headline():
    opening = (BODY, ["本报江城3月4日电 （记者 林", "海）江城新建的三座公园开放。"])
    _, units, _ = _units_of((SUBHEADING, ["三座新公园昨天开放", "今年再建十座"]), opening)
    assert decks_before_dateline(units, under=95.0) == 1  # (the deck's top at 100: right under the title)
    assert decks_before_dateline(units, under=40.0) == 0  # five lines' white over it: no deck of that title
    # text set a shade larger than the body, read as subheadings: sentences, no deck
    _, units, _ = _units_of((SUBHEADING, ["当前，城市公园建设进入快车道。", "今年再建十座"]), opening)
    assert decks_before_dateline(units) == 0
    _, units, _ = _units_of((SUBHEADING, ["一", "二", "三", "四", "五"]), opening)
    assert decks_before_dateline(units) == 0  # more lines than a deck has
