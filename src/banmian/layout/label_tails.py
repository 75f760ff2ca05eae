"""Text mode: a short line under a headline that is the headline's own tier or
tail, never a column's label.

A column's label (时代新论, 一线见闻) is four or five characters standing under a
headline; so is a title's wrapped tail or a subtitle naming who attended. A label
names its column: it gives no amount (…参保人数已有 / 五亿多人), reports no one
attending (…代表大会举行 / 孙春兰出席) and opens with no word's second half cut at
the line over it (…质量兴农制度框 / 架基本建立, the body writing 框架).
"""

from __future__ import annotations

import re
from collections.abc import Container

from .title_breaks import cuts_a_word

#: an amount opening the line: numerals with a magnitude (五亿, 三十, 两千) or with 多 / 余 (十多)
_AMOUNT_FIRST = re.compile(r"^[零一二两三四五六七八九十]+(?:[十百千万亿]|多|余)")
#: an amount in figures opening the line (75%, 1.7%): digits first, maybe after 至 / 到
_FIGURE_FIRST = re.compile(r"^[至到]?[0-9０-９]")
#: verbs whose object is an amount (…参保人数已有 / 五亿多人, …负担超 / 75%, …发生率降 / 至1.7%): a tier
#: ending in one goes on to the amount under it
_AWAITS_AMOUNT = re.compile(r"(?:已有|共有|达到?|超过?|突破|逾|累计|[增降升]至|提高到|降到|增加到|减少到|降)$")
#: who attended or presided (孙春兰出席, 栗战书主持, 尤权讲话): a subtitle's report
_ATTENDED = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:出席|主持|讲话|致辞)$")


def opens_with_amount(line: str) -> bool:
    """Does ``line`` open with an amount (五亿多人, 三十多家, 75%, 至1.7%)?"""
    line = line.strip()
    return _AMOUNT_FIRST.match(line) is not None or _FIGURE_FIRST.match(line) is not None


def awaits_amount(line: str, nxt: str) -> bool:
    """Does headline line ``line`` end in a verb whose object is an amount, given
    on ``nxt`` (…参保人数已有 / 五亿多人)? The amount is that tier's last word."""
    line = line.rstrip()  # (the pattern ends the line with three characters at most: searched there only)
    return _AWAITS_AMOUNT.search(line, len(line) - 3) is not None and opens_with_amount(nxt)


def tier_not_label(above: str, line: str, body: Container[str]) -> bool:
    """Is ``line`` (a short headline line under the headline line ``above``) the
    headline's tier or wrapped tail rather than a column's label? An amount or
    who attended says so, as does a break inside a word ``body`` (the text near)
    writes whole, three characters across it (:func:`.title_breaks.cuts_a_word`)."""
    above, line = above.strip().replace(" ", ""), line.strip().replace(" ", "")
    if not above or not line:
        return False
    if _AMOUNT_FIRST.match(line) or _ATTENDED.match(line):
        return True
    return cuts_a_word(above, line, body)  # type: ignore[arg-type]


__all__ = ["awaits_amount", "opens_with_amount", "tier_not_label"]
