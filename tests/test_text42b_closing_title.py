"""A headline drawn after its text and read into it as its last paragraph
(text mode; invented text). A text with no headline whose last sentence is
finished and whose last paragraph is headline-shaped (a few words, no
sentence's end) takes that paragraph as its title: no text closes so. A
dashed paragraph there is the subtitle, the one over it the title; a
closing note is no headline, and a text whose last sentence runs on keeps
its paragraphs."""

from __future__ import annotations

from banmian.layout.headless_titles import title_from_last_paragraph
from banmian.model import Article

GAME = ["第五届江城杯围棋公开赛三番棋决赛2日在江城战罢第二局，林小川执白半目胜出。",
        "行至二百六十手，对手认负，林小川扳平比分。"]


def _article(paragraphs: list[str]) -> Article:
    return Article(id="2024-06-03/10/1", paragraphs=list(paragraphs))


def test_headline_shaped_last_paragraph_is_the_title():
    article = _article([*GAME, "江城杯决赛林小川扳平比分"])
    title_from_last_paragraph(article)
    assert article.headline.title == "江城杯决赛林小川扳平比分"
    assert article.paragraphs == GAME


def test_dashed_last_paragraph_is_the_subtitle_under_the_title():
    article = _article([*GAME, "江城杯决赛战罢第二局", "——林小川半目胜出扳平比分"])
    title_from_last_paragraph(article)
    assert (article.headline.title, article.headline.subtitle) == ("江城杯决赛战罢第二局", "——林小川半目胜出扳平比分")
    assert article.paragraphs == GAME


def test_closing_note_and_unfinished_text_keep_their_paragraphs():
    noted = _article([*GAME, "本版制图：林小川"])
    title_from_last_paragraph(noted)
    assert noted.headline.title is None and noted.paragraphs[-1] == "本版制图：林小川"
    running = _article(["第五届江城杯围棋公开赛三番棋决赛2日在江城战罢第二局，", "林小川执白半目胜出"])
    title_from_last_paragraph(running)
    assert running.headline.title is None and len(running.paragraphs) == 2
