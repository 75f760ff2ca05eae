"""Three headline tiers read in text mode with no dash and no column tag: one of
them is a tier wrapped over two lines. A kicker, a title and a subtitle with no
—— under them stand together hardly ever (a subtitle under a kicker and its
title opens with its dash); two lines of one tier are what text gives most
often instead, and the break between them tells which tier wrapped:

- the kicker's box: its second line is the short end of the first line
  (……以八米零五的成绩 / 获得季军), or a figure whose verb closes the line over
  it (……累计实施 / 392项), or the next clause of the kicker's sentence
  (……强大声势，依法打击 / 电信诈骗，追缴……); the tier under them is the title;
- the title's box: its second line opens inside a word cut at the line end
  (……的好战士在人 / 民军队的……), or the break cuts a number or an expression
  (……政协十 / 三届……, 1+ / X).

Joined, the two lines are one tier, named with the tier left as two tiers are
(:func:`.tier_reading.title_then_subtitle`)."""

from __future__ import annotations

import re

from ..model import Headline
from .headline_word_cuts import ends_on_joiner
from .headlines import looks_like_kicker, sets_the_scene
from .number_breaks import cut_inside_number
from .reflow import cell_width, ends_sentence
from .tier_patterns import TITLE_TAG, counts_on, ends_before_verb, opens_inside_word
from .tier_reading import title_then_subtitle
from .tier_wording import POINT_MARKS

_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a line of a kicker's box this many cells wide at least (a short line tells no box)
_BOX_LINE = 12
#: a box's last line is this share of its full line at most (a tier of its own is longer)
_SHORT_END = 0.5
#: a tier's clause mark (a kicker's sentence runs on over its lines; a title has hardly ever one)
_CLAUSE_MARKS = "，；"
#: marks that end a tier whole or lead into the next (a closing bracket, a dash, a colon)
_TIER_CLOSERS = "。！？）)」』”—…：:"
#: what opens a tier that tells its role by its first mark (a point, a byline's mark, a bracket)
_SELF_TELLING = POINT_MARKS + "（(【"


def wrapped_tier_of_three(head: Headline, dashed: bool) -> None:
    """Three tiers with no dash and no column tag: join the two lines of the
    tier that wrapped (the kicker's or the title's, told by the break) and name
    the tiers again. A kicker that ends as a kicker does (……时强调, ……——) is
    whole on its line, and tiers the break tells nothing of stay as read."""
    if dashed or not (head.kicker and head.title and head.subtitle):
        return  # (most headlines: fewer tiers)
    kicker, title, subtitle = ((x or "").strip() for x in (head.kicker, head.title, head.subtitle))
    if not (kicker and title and subtitle) or not _plain(kicker, title, subtitle):
        return
    if _kicker_runs_on(kicker, title, subtitle):
        joined = kicker + title
        if title_then_subtitle(joined, subtitle):
            head.kicker, head.title, head.subtitle = None, joined, subtitle
        else:
            head.kicker, head.title, head.subtitle = joined, subtitle, None
    elif _title_runs_on(title, subtitle):
        head.title, head.subtitle = title + subtitle, None


def _plain(*tiers: str) -> bool:
    """No tier tells its role by a mark: no column tag, no point or byline mark,
    no kicker's end (……时强调, ……——, ……：) on the first two lines."""
    if any(TITLE_TAG.search(tier) or tier[:1] in _SELF_TELLING for tier in tiers):
        return False
    return not any(sets_the_scene(tier) or looks_like_kicker(tier) or tier[-1] in "—：:" for tier in tiers[:2])


def _kicker_runs_on(kicker: str, title: str, subtitle: str) -> bool:
    """Is ``title`` the second line of ``kicker``'s box? Only after a line that
    ends inside its sentence (a CJK character, no mark), as wide as a box's full
    line: a figure opening the line (its verb closes the line over it), a short
    end of one phrase with a longer tier under it, or the next clause of a
    sentence of clauses."""
    if not _CJK.fullmatch(kicker[-1]) or cell_width(kicker) < _BOX_LINE or ends_sentence(kicker):
        return False
    if title[0].isdigit() or cut_inside_number(kicker, title):
        return True  # ……累计实施 / 392项, ……政协十 / 三届…: no tier opens with a figure its verb left over it
    if (" " not in title and cell_width(title) <= _SHORT_END * cell_width(kicker) and title[-1] not in _TIER_CLOSERS
            and cell_width(subtitle) > cell_width(title)):
        return True  # ……以八米零五的成绩 / 获得季军 / 王某打破…: the box's short last line (a title's first
        # line, set large, is short too, but its box's last line under it is no longer)
    return any(mark in kicker for mark in _CLAUSE_MARKS) and any(mark in title for mark in _CLAUSE_MARKS)


def _title_runs_on(title: str, subtitle: str) -> bool:
    """Is ``subtitle`` the second line of ``title``'s box, the break cutting a
    word, a number or an expression (……在人 / 民军队…, ……政协十 / 三届…, 1+ / X)
    or leaving a count, an adverb or a preposition's phrase waiting for what
    follows (……这个 / 关键…, ……已 / 组建…, ……好战士在人 / 民军队…)?"""
    if title[-1] in _TIER_CLOSERS or ends_sentence(title):
        return False
    return (opens_inside_word(subtitle) or ends_on_joiner(title, subtitle) or cut_inside_number(title, subtitle)
            or counts_on(title) or ends_before_verb(title) or _COVERB_CUT.search(title) is not None)


#: a preposition and one character of its object closing the line (…的好战士在人 / 民军队的…, …会在 /
#: 京举行): its phrase, and the verb it waits for, go on in the line under it (所在, 现在, 存在… are words)
_COVERB_CUT = re.compile(r"(?<![所存现实自潜内外何成造早迁将正])[在对向从把被][一-鿿]$")


__all__ = ["wrapped_tier_of_three"]
