"""Headline groups in text mode on real extractors' output (issue 9, point 8):
which short lines of a headline are its tiers and which a column's label.
Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset

_WIDTH = 16
_FERRY = ["江城渡口的新渡轮昨天投入运营，渡轮可载客两百人，每半小时开行一班。",
          "渡口管理站介绍，新渡轮启用后，两岸居民往来更加便捷。"]
_ORCHARD = ["南山乡的柑橘合作社去年试种新品种，收成比往年多出三成，社员分红翻了一番。",
            "合作社负责人说，今年还要扩种两百亩，带动周边农户一起致富。"]


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p, _WIDTH)]


def _articles(lines: list[str]):
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def test_a_title_of_two_short_phrases_over_a_column_label_keeps_both_phrases():
    # PyMuPDF's get_text(): an article's text and closing dateline, then the next headline drawn
    # before its text: a kicker, a title set one short phrase a line, and the column's label
    # (four characters) and a continued-from note under it. The label is no tier; the two phrases
    # over it are the title: no labels because a label stands under them, and no closing label
    # before the next headline (the phrase under the first is of its length: the same title's)
    lines = ["新渡轮开进江城", *_lines(_FERRY), "（本报江城3月2日电）",
             "南山乡柑橘合作社扩种", "枝头挂金果", "钱袋鼓起来", "百姓视角", "（上接第3版）",
             *_lines(_ORCHARD)]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["新渡轮开进江城", "枝头挂金果 钱袋鼓起来"]
    assert articles[1].headline.kicker == "南山乡柑橘合作社扩种"
    assert articles[1].paragraphs == _ORCHARD


def test_the_short_phrases_under_a_kickers_dash_are_the_title_not_its_authors():
    # a kicker closed by its dash (……——) leads into the title under it: a title set one short
    # phrase a line whose first phrase opens with a surname's character (柳 of 柳家沟) is no
    # author's name, whatever it looks like alone
    lines = [*_lines(_FERRY), "（本报江城3月2日电）", "南山乡柑橘合作社——", "柳家沟", "果飘香",
             *_lines(_ORCHARD)]
    articles = _articles(lines)
    assert articles[-1].headline.kicker == "南山乡柑橘合作社——"
    assert articles[-1].headline.title == "柳家沟 果飘香"
    assert articles[-1].bylines == []
