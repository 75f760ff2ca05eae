"""Text mode: a title set a phrase a line (山村起新楼 / 百姓笑开颜) whose second
phrase stands alone between the first and the text is no column label. A
column's label (four or five characters, no punctuation) under a headline is
set apart from it; the second phrase of a title set so is as long as the first
(a character apart at most), a label is not tied to the line over it so. Before,
the second phrase was dropped as a label and the title kept only its first.
Invented page, one line a block (PyMuPDF's blocks at wide leading)."""

from __future__ import annotations

import banmian

_PAGE = """老街改造惠及千户居民

本报讯　江城老街改造工程日前完工，一
千多户居民告别了漏雨的老房子。新铺
的石板路两旁，茶馆、书店陆续开张。

{kicker}

{first}

{second}

本报讯　去年以来，山北村引来了果蔬加
工厂，村民在家门口就能上班，年收入
比过去翻了一番。村里新修了文化广场，
每到傍晚，广场上歌声笑声不断。
"""


def _blocks(text: str) -> str:
    """PyMuPDF's blocks when every line is a block of its own."""
    return "\n\n".join(line for line in text.splitlines() if line.strip()) + "\n"


_KICKER = "山北村引进加工厂带动农民就业"


def _headlines(first: str, second: str, kicker: str = _KICKER) -> list:
    page = _blocks(_PAGE.format(kicker=kicker, first=first, second=second))
    return [a.headline for a in banmian.parse_text(page, enrich=False).pages[0].articles]


def test_the_second_phrase_of_a_title_set_a_phrase_a_line_stays_in_the_title() -> None:
    first, second = _headlines("一村一品", "户户增收")
    assert first.title == "老街改造惠及千户居民"
    assert second.kicker == _KICKER
    assert (second.title or "").replace(" ", "") == "一村一品户户增收"


def test_phrases_of_five_characters_stay_one_title_too() -> None:
    second = _headlines("山村起新楼", "百姓笑开颜")[1]
    assert (second.title or "").replace(" ", "") == "山村起新楼百姓笑开颜"


def test_a_label_under_a_longer_title_is_still_set_apart() -> None:
    # (the title over the label is no phrase of its length: the label names a column, as before)
    second = _headlines("山北村家门口就业的新路子", "基层见闻", kicker="")[1]
    assert second.title == "山北村家门口就业的新路子"
    assert second.subtitle is None


def test_a_phrase_after_the_colon_of_a_title_pairs_with_the_line_under_it() -> None:
    # (a person's name, a colon and a phrase, the second phrase as long wrapped under it: 李大山：三代守林 / 绿满青山)
    second = _headlines("李大山：三代守林", "绿满青山", kicker="")[1]
    assert (second.title or "").replace(" ", "") == "李大山：三代守林绿满青山"


def test_a_label_under_a_colon_title_of_another_length_is_still_set_apart() -> None:
    second = _headlines("李大山：守护一片林海的三十年", "基层见闻", kicker="")[1]
    assert second.title == "李大山：守护一片林海的三十年"


