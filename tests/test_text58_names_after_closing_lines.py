"""Text mode, a stream that draws an article's byline before its headline: a
full name alone (three characters under a common surname) right before the
headline is its byline after any line that closes what went before, not only
after a finished sentence: a note that a text goes on elsewhere (（下转第2版）)
or a photo's caption and credit. Neither is a headline the name could sign.
Before, the name became the title (or the kicker) and the real tiers moved
down one. Also when the extractor gives the name and the title as one block.
Invented pages, one line a block (PyMuPDF's blocks at wide leading)."""

from __future__ import annotations

import banmian

_FIRST = """山里的新路

本报讯　去年秋天，通往山里三个村子的
公路修通了，村民进城从半天缩短到一
个小时。山货不愁卖了，村里的年轻人
也陆续回来，开起了农家乐和网店。

"""

_NEXT = """

春耕备耕正当时

连日来，江城各地抓住晴好天气，组织
农民整地、育秧、检修农机，田间地头
一派繁忙景象。农技人员分片包村，把
技术送到农户手中。
"""

#: the first text goes on on another page: its note closes it
_AFTER_NOTE = _FIRST.replace("网店。", "网店，还有") + "（下转第6版）\n\n周小明" + _NEXT
#: a photo's caption and its credit close what went before
_AFTER_CREDIT = _FIRST + "图为新修的公路穿过村庄。　本报记者 李可摄\n\n周小明" + _NEXT
#: the name and the title in one block, after the note
_ONE_BLOCK = _AFTER_NOTE.replace("周小明\n\n", "周小明\n")


def _articles(page: str) -> list:
    return banmian.parse_text(page, enrich=False).pages[0].articles


def _check(page: str) -> None:
    articles = _articles(page)
    assert [a.headline.title for a in articles] == ["山里的新路", "春耕备耕正当时"]
    assert articles[1].headline.kicker is None
    assert [b.name for b in articles[1].bylines] == ["周小明"]
    assert articles[1].paragraphs[0].startswith("连日来")


def test_a_name_after_a_jump_note_signs_the_headline_under_it() -> None:
    _check(_AFTER_NOTE)


def test_a_name_after_a_photo_credit_signs_the_headline_under_it() -> None:
    _check(_AFTER_CREDIT)


def test_a_name_in_the_titles_block_after_a_jump_note_is_its_byline() -> None:
    _check(_ONE_BLOCK)


def test_a_short_first_phrase_of_a_title_is_no_name() -> None:
    # (周末 / 好去处: a title set a phrase a line, its first phrase no longer than a name, stays a title)
    page = _AFTER_NOTE.replace("周小明\n\n春耕备耕正当时", "周末\n好去处")
    titles = [a.headline.title for a in _articles(page)]
    assert titles[0] == "山里的新路"
    assert "好去处" in (titles[1] or "")


def test_a_reporters_line_run_together_with_its_mark_signs_the_headline_under_it() -> None:
    # (■记者周小明李可欣王立: the byline's mark, the role and three names run together by the extractor)
    _check_reporters(_AFTER_NOTE.replace("周小明", "■记者周小明李可欣王立"),
                     [("记者", "周小明"), ("记者", "李可欣"), ("记者", "王立")])


def test_a_reporter_and_a_correspondent_run_together_sign_the_headline_under_it() -> None:
    _check_reporters(_AFTER_NOTE.replace("周小明", "本报记者周小明通讯员李可"),
                     [("本报记者", "周小明"), ("通讯员", "李可")])


def _check_reporters(page: str, expected: list[tuple[str, str]]) -> None:
    articles = _articles(page)
    assert [a.headline.title for a in articles] == ["山里的新路", "春耕备耕正当时"]
    assert articles[1].headline.kicker is None
    assert [(b.role, b.name) for b in articles[1].bylines] == expected
