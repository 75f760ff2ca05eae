"""A vertical headline (one character a line) whose last three characters open
with a surname (文化年 of 小镇里的文化年) is cut there as its author's name only
when the page never says the two characters as a word: 文化 the text says (文化站), so
the three close the headline. Invented text."""

import banmian
from banmian.layout.vertical_text import name_at_end

_BODY = ("连日来，青石镇广场上锣鼓喧天，首届乡村民俗展吸引了周边村民前来观看。"
         "镇文化站负责人介绍，春节期间将举办戏曲展演、书画展和农民趣味运动会。")


def test_tail_the_page_says_is_no_name() -> None:
    assert name_at_end("小镇里的文化年", _BODY) == 0
    # (a name the page never says is still cut off: 小镇里的文化年 / 周晓林)
    assert name_at_end("小镇里的文化年周晓林", _BODY) == 7


def test_vertical_headline_keeps_its_last_word() -> None:
    lines = ["青山报", "2026年2月10日 星期二", "第6版", *"小镇里的文化年", "本报记者 林远",
             "连日来，青石镇广场上锣鼓喧天，", "首届乡村民俗展吸引了周边村民前", "来观看。",
             "镇文化站负责人介绍，春节期", "间将举办戏曲展演、书画展和农民", "趣味运动会。"]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["小镇里的文化年"]
