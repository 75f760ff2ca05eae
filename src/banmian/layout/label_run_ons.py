"""A column's label printed on one line with the title beside it.

``pdftotext -raw`` joins what stands on one baseline: a column's label (学思践悟,
时代新论) set level with the headline comes out as the title's first words,
a space apart (学思践悟 某省政协召开专题座谈会), and a column of briefs'
heading as the first item's (一线快讯巡演). The label names the column, not the
story: its words are nowhere in the article, where a title's first phrase
(稳中求进 推动高质量发展) tells of its article, and a label stands over a title
much longer than itself.
"""

from __future__ import annotations

import re

from ..model import Headline
from .colon_phrases import second_phrase
from .headlines import without_column_tag
from .rules import BRIEF_WORDS
from .tier_patterns import cjk_count, cjk_only

#: a column's label then the title, a space apart: the label is four or five characters, no mark
_LABEL_FIRST = re.compile(r"(?P<label>[\u4e00-\u9fff]{4,5})[ \u3000]+(?P<title>\S.*)")
#: a column of briefs' heading run into its first item's title, with or without a space
_BRIEF_FIRST = re.compile(rf"(?P<label>[\u4e00-\u9fff]{{0,4}}(?:{BRIEF_WORDS}))[ \u3000]*(?P<title>[\u4e00-\u9fff“].*)")
_GAP = re.compile(r"[ \u3000]")
#: a title beside a label is at least this many times as long (CJK characters)
_TITLE_TIMES = 2
#: an item's title after a brief heading holds this many characters at least
_ITEM_CHARS = 2


def _pairs(text: str) -> set[str]:
    bare = cjk_only(text)
    return {bare[k:k + 2] for k in range(len(bare) - 1)}


def no_label_run_into_title(head: Headline, body: str) -> None:
    """Take a column's label off the front of the title when the article
    spells none of its character pairs (its kicker, the rest of its title,
    its body) and the rest of the title, its column tag aside, is twice as
    long at least, and no kicker stands over it (a label is level with the
    headline's first line); a brief column's heading (……快讯, ……速递) off its first item's title."""
    title = (head.title or "").strip()
    found = _BRIEF_FIRST.fullmatch(title)
    if found and cjk_count(found.group("title")) >= _ITEM_CHARS and not _told(found, head, body):
        head.title = found.group("title").strip()
        return
    found = _LABEL_FIRST.fullmatch(title)
    if found is None or (head.kicker or "").strip():
        return  # (a label stands level with a headline's first line: under a kicker, 植绿护绿 共建…, a title's phrase)
    label = found.group("label")
    rest = without_column_tag(found.group("title"))  # (a tag, （新春走基层）, is no part of the title's length)
    if cjk_count(rest) < _TITLE_TIMES * len(label) or _GAP.search(rest) or _told(found, head, body):
        return  # (phrases a space apart after it: 绿地多了 空气好了 市民乐了, parallel phrases of one title)
    head.title = found.group("title").strip()


def no_label_run_into_kicker(head: Headline, body: str) -> None:
    """Take a column's label off the front of the kicker (基层观察 某县推动制造业
    转型升级 / 小小刷子 做成产业): ``-raw`` joins the label set level with the
    headline's first line, and that line is the kicker where a title stands under
    it. Asked as of a title (:func:`no_label_run_into_title`): the article
    spells none of the label's pairs and the rest, one phrase, is twice as long at least."""
    kicker = (head.kicker or "").strip()
    if not kicker or not (head.title or "").strip():
        return
    found = _LABEL_FIRST.fullmatch(kicker)
    if found is None:
        return
    rest = without_column_tag(found.group("title"))
    if cjk_count(rest) < _TITLE_TIMES * len(found.group("label")) or _GAP.search(rest.strip()):
        return  # (phrases a space apart: 进村入户 问计“三农”, a kicker's parallel phrases)
    told = found.group("title") + (head.title or "") + (head.subtitle or "") + body
    if not any(pair in told for pair in _pairs(found.group("label"))):
        head.kicker = found.group("title").strip()


#: a column's label: four or five characters, no mark
_LABEL = re.compile(r"[\u4e00-\u9fff]{4,5}")
#: the title before a label run onto its end holds this many characters more than the label at least
_TITLE_MORE = 2


def no_label_run_onto_title(head: Headline, body: str) -> None:
    """Take a column's label off the end of the title, a space apart (文明互鉴的窗口
    观点集萃: the extractor joined the label set under the title onto its line),
    when the article spells none of its character pairs (a title's last phrase
    tells of its article; a label names the column), the title before it is one
    phrase (no parallel phrases: 家门口上班 实实的日子) longer by two characters."""
    rest, gap, label = (head.title or "").strip().replace("\u3000", " ").rpartition(" ")
    rest = rest.rstrip()
    if not gap or not rest or not _LABEL.fullmatch(label) or _GAP.search(rest):
        return
    if second_phrase(rest, label):
        return  # 张三：一门三杰 声名远扬: the second of two phrases of one length, no label
    if cjk_count(rest) < len(label) + _TITLE_MORE:
        return
    told = (head.kicker or "") + rest + (head.subtitle or "") + body
    if not any(pair in told for pair in _pairs(label)):
        head.title = rest


def _told(found: re.Match[str], head: Headline, body: str) -> bool:
    """Does the article spell a character pair of the label ``found`` holds?"""
    told = (head.kicker or "") + found.group("title") + (head.subtitle or "") + body
    return any(pair in told for pair in _pairs(found.group("label")))


__all__ = ["no_label_run_into_kicker", "no_label_run_into_title", "no_label_run_onto_title"]
