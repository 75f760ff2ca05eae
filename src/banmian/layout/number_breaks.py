"""Headline lines broken inside a number (某国领导人出席联盟第 / 21届首脑会议…,
江小川再获男子60 / 米冠军, …保护区200 / 多项目…): an ordinal's 第 never ends a headline line that
is whole, nor does a figure part from its measure word, so the next line is
the tier's tail, never a tier of its own or an author's name."""

from __future__ import annotations

#: digits in figures (numbers in words end words too: 统一 / 部署)
_DIGITS = "0123456789０１２３４５６７８９"
#: measure words and units that follow a figure (届, 米, 周年, 万人…); a line opening with one
#: after a line ending in a figure is that figure's tail
_MEASURES = "届年月日号个项名件次岁元米秒分天周倍吨户位家座条部场枚架台辆所只种份期批首轮级强篇万亿"

#: words that make a figure approximate (200多项, 30余人): they stand right after the figure,
#: before its measure word, so a line opening with one carries on the figure above it
_ABOUT = "多余"


def cut_inside_number(last: str, text: str) -> bool:
    """Does the break between headline lines ``last`` and ``text`` fall inside
    a number: after an ordinal's 第, or between a figure and its measure word?"""
    last, text = last.rstrip(), text.lstrip()
    if not last or not text:
        return False
    if last[-1] == "第":
        return True  # 第 always takes its number (第 / 32届, 第 / 十二)
    return last[-1] in _DIGITS and (text[0] in _MEASURES or text[0] in _ABOUT)


__all__ = ["cut_inside_number"]
