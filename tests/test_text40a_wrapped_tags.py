"""Text mode: a title whose column tag wraps over the lines of its box.

Invented pages. A headline set in a column's width may wrap its series' tag
across lines (…解难题（新春看 / 乡村·代表履职手记）); the block is a headline,
not a paragraph of the column text around it."""

from __future__ import annotations

import banmian

_BODY = "\n\n".join([
    "本报讯 “老李回来看大家了！”腊月二十八，离年不远，\n江城县柳河镇养老院里欢声一\n片，老人们都迎了出来。",
    "老李是镇上的农民工党支部书\n记，这些年来，一到年根底下，\n他就会从省城工地赶回来陪伴\n镇上的孤寡老人。",
    "当上县人大代表以后，他走访\n了三十多个工地，带着大家的\n诉求提出了三份建议，都与农\n民工子女就学有关。",
])


def _titles(*parts: str) -> list[tuple[str | None, str | None]]:
    text = "\n\n".join(["江城日报", "2021年3月2日 星期二", *parts])
    page = banmian.parse_text(text, enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title) for a in page.articles]


def test_a_lead_in_over_a_title_whose_tag_wraps_is_a_headline() -> None:
    heads = _titles("县人大代表李大川——\n为乡亲们跑腿解难题（新春\n看乡村·代表履职手记）", _BODY)
    assert heads[0] == ("县人大代表李大川——", "为乡亲们跑腿解难题（新春看乡村·代表履职手记）")



_INDENTED_BODY = "\n\n".join([
    "“老李回来看大家了！”腊月\n二十八，离年不远，江城县柳\n河镇养老院里欢声一片，老人\n们都迎了出来。",
    "老李是镇上的农民工党支\n部书记，这些年来，一到年根\n底下，他就会从省城工地赶回\n来陪伴镇上的孤寡老人。",
    "当上县人大代表以后，他\n走访了三十多个工地，带着大\n家的诉求提出了三份建议，都\n与农民工子女就学有关。",
])


def test_a_title_whose_series_tag_wraps_is_no_indented_paragraph() -> None:
    # its first line as short as a paragraph's indented first line, its second as wide as the column
    heads = _titles("县人大代表李大\n川——", "为乡亲们跑腿解好难题\n（新春看乡村·代表委员履\n职手记）",
                    "■\n通讯员\n王小明", _INDENTED_BODY)
    assert heads[0] == ("县人大代表李大川——", "为乡亲们跑腿解好难题（新春看乡村·代表委员履职手记）")
