"""A tier opening with a dash is the subtitle (副题), wherever the text puts it.

An extractor may give a headline's dashed subtitle before its title (a side
headline drawn subtitle first, or a stream that draws it first), and the tier
over the title is then read as its kicker. No kicker opens with a dash (a
kicker may close with one, leading into the title: ……新路子——). So a kicker
opening with a dash is the subtitle; and a "subtitle" under the title is then
the title's own wrapped tail (守住底线，以从严管理 / 护好百姓钱袋), as a headline has
one subtitle: it joins the title when it is no wider than the title's line,
as a wrapped line is. No title opens with a dash either: a dashed "title" over
an undashed "subtitle" is the two tiers swapped.
"""

from __future__ import annotations

from ..model import Headline
from .headlines import starts_with_dash
from .reflow import cell_width, ends_sentence

#: a title's wrapped tail is at most this wide (cells): a tier's one line
_TAIL_MAX = 16
#: a title this short under a dashed tier alone may be the tail of a title wrapped into that tier
_SHORT_TITLE = 4
#: a title ending on one of these goes on in its tail with no space
_RUNS_ON = "，、：；“《（"


def dashed_kicker_is_subtitle(head: Headline) -> None:
    """Make a kicker opening with —— the subtitle (over a title alone too); a
    subtitle under the title then joins the title as its wrapped tail."""
    kicker = (head.kicker or "").strip()
    if not kicker.startswith("——") or not head.title:
        return
    if not head.subtitle:
        # (——记…, drawn first, over its title alone; a title of a few characters under it may have
        # lost its first line to the dashed tier's wrap (…奋斗的日子 / 前景光明): left as read)
        if len(head.title.replace(" ", "")) > _SHORT_TITLE:
            head.kicker, head.subtitle = None, kicker
        return
    tail, title = head.subtitle.strip(), head.title.strip()
    width = cell_width(tail.replace(" ", ""))
    if (starts_with_dash(tail) or ends_sentence(tail) or width > _TAIL_MAX
            or width > cell_width(title.replace(" ", ""))):
        return  # no wrapped tail: leave the tiers as read
    gap = "" if title[-1] in _RUNS_ON or abs(width - cell_width(title.replace(" ", ""))) > 1 else " "
    head.kicker, head.title, head.subtitle = None, title + gap + tail, kicker


def dashed_title_is_subtitle(head: Headline) -> None:
    """A title opening with —— over a "subtitle" with no dash: the two tiers
    swapped (the dashed subtitle drawn, or given in a block, before its title)."""
    title = (head.title or "").strip()
    if title.startswith("——") and head.subtitle and not starts_with_dash(head.subtitle.strip()):
        head.title, head.subtitle = head.subtitle.strip(), title


def dashed_tiers(head: Headline) -> None:
    """Both readings above, kicker first."""
    dashed_kicker_is_subtitle(head)
    dashed_title_is_subtitle(head)


__all__ = ["dashed_kicker_is_subtitle", "dashed_tiers", "dashed_title_is_subtitle"]
