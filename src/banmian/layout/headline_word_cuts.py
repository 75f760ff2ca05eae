"""Text mode: a headline line that ends inside a word or an expression goes on
in the line under it, however wide that line is.

Where blocks are real, a block's next line wider than the one over it reads as
the next tier (a subtitle runs longer than its title). A title set over two
lines at a break of sense may still have the longer line second, and a box
may wrap raggedly; what tells the wrap then is the break itself: an expression
cut at a joining mark (本市将推行1+ / N服务…), or a word cut in two that the
article's body writes whole (…两起恐怖袭 / 击致…, the body saying 恐怖袭击; three
characters across the break, :func:`.title_breaks.cuts_a_word`). No tier ends
inside a word; two tiers meet at a word's edge.
"""

from __future__ import annotations

import re
from collections.abc import Container

from ..model import Headline

from .headlines import looks_like_kicker, sets_the_scene, starts_with_dash
from .tier_patterns import CONTEST, SUBTITLE_VERB_FIRST
from .title_breaks import cuts_a_word

#: marks that join the two sides of one expression (1+X, 中国·东盟, A/B): no tier ends in one
_JOINERS = "+＋·•/／&＆"
#: what may go on after a joining mark: a letter, a digit or a CJK character
_GOES_ON = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９\u4e00-\u9fff]")
#: an office a kicker may close on, the title naming its holder next (…党组成员、副局长 / 吴浈…):
#: the body writes office and name together, which is no word cut at the break
_OFFICE_END = re.compile(r"(?:长|书记|主席|主任|总理|委员|代表|记者|专家|院士|教授|大使|总统|首相)$")


def ends_with_office(text: str) -> bool:
    """Does ``text`` close on an office (……监委主任, ……党组书记): a name after it is its holder's?"""
    return _OFFICE_END.search(text.rstrip()) is not None


def ends_on_joiner(line: str, nxt: str) -> bool:
    """Does headline line ``line`` end in a joining mark (1+, 中国·) that the
    next line's first character goes on from?"""
    line, nxt = line.rstrip(), nxt.strip()
    return bool(line) and line[-1] in _JOINERS and bool(nxt) and _GOES_ON.match(nxt) is not None


def cut_inside_word(line: str, nxt: str, body: Container[str] | None) -> bool:
    """Does the break between headline lines ``line`` and ``nxt`` cut a word the
    page's body text (``body``: spaces and breaks out) writes whole? Not after
    a line ending the way a kicker does or naming an office, nor before a dash
    or a verb a subtitle opens with (…委员长会议 / 决定…: the body writes 会议决定)."""
    if body is None:
        return False
    line, nxt = line.strip(), nxt.strip()
    if not line or not nxt or starts_with_dash(nxt) or SUBTITLE_VERB_FIRST.match(nxt) or sets_the_scene(line) \
            or looks_like_kicker(line):
        return False
    if ends_with_office(line):
        return False
    return cuts_a_word(line.replace(" ", ""), nxt.replace(" ", ""), body)  # type: ignore[arg-type]


#: a kicker taken for a wrapped title's first line: at most this many characters, and the two
#: lines at most this many apart in length (a wrap fills its first line, the rest goes under)
_WRAP_LINE_MAX, _WRAP_SPREAD = 14, 4
#: a wrapped title's first line fills its measure: at least this many characters
_WRAP_LINE_MIN = 4
#: a Chinese character (the two sides of a word cut at a line's end)
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def kicker_cut_in_a_word_joins_title(head: Headline, body: str) -> None:
    """A kicker ending inside a word that the article's ``body`` (spaces out)
    writes whole, over a title about as long (江城读书的去处更 / 多了也更近了: the
    body writes 更多), is the title's first line: a title broken over two lines
    where its words run on; a kicker and its title meet at a phrase's edge. Not
    a kicker that ends the way kickers do, names an office or holds a space or
    a dash. (Two characters across the break: the tiers' line cut is asked
    only of a kicker and title as read, not of every two lines.)"""
    kicker, title = (head.kicker or "").strip(), (head.title or "").strip()
    if not kicker or not title or not body or not _WRAP_LINE_MIN <= len(kicker) <= _WRAP_LINE_MAX:
        return  # (most headlines)
    flat = title.replace(" ", "")
    if abs(len(kicker) - len(flat)) > _WRAP_SPREAD or " " in kicker or "—" in kicker:
        return
    if not _CJK_CHAR.fullmatch(kicker[-1]) or not _CJK_CHAR.fullmatch(flat[0]) or kicker[-1] + flat[0] not in body:
        return
    if looks_like_kicker(kicker) or sets_the_scene(kicker) or ends_with_office(kicker) or starts_with_dash(flat) \
            or CONTEST.search(kicker):
        return  # (…龙舟赛 / 将新增…: a kicker naming the contest, the body writing 赛将 by chance)
    head.kicker, head.title = None, kicker + title


__all__ = ["cut_inside_word", "ends_on_joiner", "ends_with_office", "kicker_cut_in_a_word_joins_title"]
