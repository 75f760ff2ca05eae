"""Text mode: a title whose column tag wraps over the lines of its box.

Invented pages. A headline set in a column's width may wrap its series' tag
across lines (…办实事（新春走 / 基层·代表履职故事）); the block is a headline,
not a paragraph of the column text around it."""

from __future__ import annotations

import banmian

_BODY = "\n\n".join([
    "本报讯 “老李回来看大家了！”腊月二十三，正逢小年，\n江城县柳河镇敬老院里热闹非\n凡，老人们都围了过来。",
    "老李是镇上的农民工党支部书\n记，二十年来，每到春节前夕，\n他都要从省城工地赶回来看望\n镇上的孤寡老人。",
    "当选人大代表这一年，他走访\n了三十多个工地，带着大家的\n诉求提出了三份建议，都与农\n民工子女就学有关。",
])


def _titles(*parts: str) -> list[tuple[str | None, str | None]]:
    text = "\n\n".join(["江城日报", "2021年3月2日 星期二", *parts])
    page = banmian.parse_text(text, enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title) for a in page.articles]


def test_a_lead_in_over_a_title_whose_tag_wraps_is_a_headline() -> None:
    heads = _titles("县人大代表李大川——\n为乡亲们跑腿办实事（新春\n走基层·代表履职故事）", _BODY)
    assert heads[0] == ("县人大代表李大川——", "为乡亲们跑腿办实事（新春走基层·代表履职故事）")



_INDENTED_BODY = "\n\n".join([
    "“老李回来看大家了！”腊月\n二十三，正逢小年，江城县柳\n河镇敬老院里热闹非凡，老人\n们都围了过来。",
    "老李是镇上的农民工党支\n部书记，二十年来，每到春节\n前夕，他都要从省城工地赶回\n来看望镇上的孤寡老人。",
    "当选人大代表这一年，他\n走访了三十多个工地，带着大\n家的诉求提出了三份建议，都\n与农民工子女就学有关。",
])


def test_a_title_whose_series_tag_wraps_is_no_indented_paragraph() -> None:
    # its first line as short as a paragraph's indented first line, its second as wide as the column
    heads = _titles("县人大代表李大\n川——", "为乡亲们跑腿办好实事\n（新春走基层·代表委员履\n职故事）",
                    "■\n通讯员\n王小明", _INDENTED_BODY)
    assert heads[0] == ("县人大代表李大川——", "为乡亲们跑腿办好实事（新春走基层·代表委员履职故事）")
