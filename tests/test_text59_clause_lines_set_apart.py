"""Text mode, a paragraph's first lines that an extractor set apart from the
rest of their paragraph (PyMuPDF gives each a block where the leading opens
up): short and alone, they looked like a headline (a kicker and a title) and
cut the article in two, the paragraph's tail going to the next text. They fill
the column of the text around them (the first line its indent short), say a
clause inside a line, end inside their sentence, and the line after them
carries the paragraph on in that column (full to the cell, or closing the
sentence). A title with a comma in it is followed by a text's first line (its
indent short) or by another column's line, and stays a title. Invented pages,
a column of sixteen characters."""

from __future__ import annotations

import banmian
from banmian.layout.clause_lines import column_lines_saying_clauses

_ABOVE = """山里的新路

去年秋天，通往山里三个村子的
公路修通了，村民进城从半天缩短到
一个小时，山货也不愁卖了。

村里的年轻人陆续回来，开起了
农家乐和网店，老人们在家门口就能
把土鸡蛋和干菌子卖到城里去。

"""

#: another column's text the extractor ran on after the paragraph's tail (wider lines)
_OTHER_COLUMN = """镇上的供销社也把网点开到了村口，农
资和日用品送货上门，乡亲们买东西再
也不用跑远路了。"""

_NEXT = """

春耕备耕正当时

本报记者　周小明

连日来，江城各地抓住晴好天气，
组织农民整地、育秧、检修农机，田
间地头一派繁忙景象。
"""

#: a paragraph's first line alone, its indent short, cut inside a word (一 / 句话)
_ONE_LINE = _ABOVE + """说起这些变化，村里支书常说一

句话：路通了，日子才能真正跟着
通起来。
""" + _OTHER_COLUMN + _NEXT

#: its first two lines alone, each a block (a kicker and a title to the eye)
_TWO_LINES = _ABOVE + """说起这些变化，村里的支书常说

一句话：路通了，日子才能真正跟着

通起来。
""" + _OTHER_COLUMN + _NEXT

_PARAGRAPH = "说起这些变化，村里的支书常说一句话：路通了，日子才能真正跟着通起来。"


def _articles(page: str) -> list:
    return banmian.parse_text(page, enrich=False).pages[0].articles


def test_the_column_is_sixteen_characters_wide() -> None:
    lines = [line for line in _ABOVE.splitlines() if len(line) > 10]
    assert max(map(len, lines)) == 16 and min(map(len, lines)) == 13


def test_a_first_line_set_apart_stays_in_its_paragraph() -> None:
    articles = _articles(_ONE_LINE)
    assert [a.headline.title for a in articles] == ["山里的新路", "春耕备耕正当时"]
    assert _PARAGRAPH.replace("村里的", "村里") in articles[0].paragraphs


def test_two_lines_set_apart_are_no_kicker_and_title() -> None:
    articles = _articles(_TWO_LINES)
    assert [a.headline.title for a in articles] == ["山里的新路", "春耕备耕正当时"]
    assert all(a.headline.kicker is None for a in articles)
    assert _PARAGRAPH in articles[0].paragraphs


_SET_APART = ["说起这些变化，村里的支书常说", "一句话：路通了，日子才能真正跟着"]
_COMMA_TITLE = ["山村的路通了，日子也亮堂起来"]


def test_lines_set_apart_are_told_by_the_line_carrying_them_on() -> None:
    assert column_lines_saying_clauses(_SET_APART, (16.0, None), "通起来。")
    assert column_lines_saying_clauses(_SET_APART[:1], (None, 16.0), "一句话：路通了，日子才能真正跟着")


def test_a_title_with_a_comma_over_a_text_s_first_line_is_none() -> None:
    # the text under it opens a paragraph: its first line is its indent short
    assert not column_lines_saying_clauses(_COMMA_TITLE, (16.0, 16.0), "入冬以来，镇上集市一天比一天")


def test_a_title_with_a_comma_over_another_column_is_none() -> None:
    assert not column_lines_saying_clauses(_COMMA_TITLE, (16.0, 16.0), "入冬以来，镇上的集市一天比一天热闹，山里")


def test_a_phrase_ending_lines_and_numbered_subheadings_are_none() -> None:
    assert not column_lines_saying_clauses(["村里的支书常说一句话：路通了”"], (16.0,), "通起来。")
    assert not column_lines_saying_clauses(["一、把农家乐和网店开到村里去"], (16.0,), "通起来，日子才能真正跟着好起来")
    assert not column_lines_saying_clauses(["路通了 日子亮堂起来，好起来"], (16.0,), "通起来，日子才能真正跟着好起来")
