"""Text mode: a headline tier whose clause is left open goes on in the tier under it.

Where text gives no type sizes, two headline lines are read as two tiers by
their words. A first line that is an agent and a verb whose object has not come
(最高人民法院发布 / 涉外商事案例, 国务院办公厅印发 / 《…意见》), or that sends a
message through 向 or 给 to an addressee and the line under it closes on the
message sent (…向江城大学 / 建校百年致贺信), says one clause over two lines: one
tier wrapped, never a title and its subtitle nor a kicker and its title. A
"kicker" of one to three characters with no mark (致敬 / 青山绿水的守护人…, 苏州 /
在开放中…) is the title's first word set on a line of its own: a kicker states
its context in more words, or closes on a dash or colon (稳就业——, 国台办：).
A "subtitle" that is only a column's tag in brackets (（看台人语）) is the title's
tag wrapped onto a line of its own; a bracketed date (（2019年1月3日）) is a
document's subtitle and stays.
"""

from __future__ import annotations

import re

from ..model import Headline
from .body_units import plain_names
from .headlines import starts_with_dash

#: an office, a body or an organisation (…法院, …国务院办公厅, …统计局, …委员会, …银行) then a verb
#: that takes an object (发布, 印发, 出台): the thing issued is on the next line
_AGENT_THEN_VERB = re.compile(r"(?:法院|检察院|国务院|部|委|局|署|厅|办|政府|委员会|银行|中心)(?:发布|公布|印发|出台|推出)$")
#: a message sent to an addressee (向某某致贺信, 给某某回信): its verb and object close the clause
_SENT_TO = re.compile(r"(?<=[\u4e00-\u9fff]{2})[向给][\u4e00-\u9fff“《]")
_MESSAGE_SENT = re.compile(r"(?:致贺信|致贺电|致信|致电|致辞|致意|致敬|发来贺电|回信|复信|贺信|贺电)$")


def tier_left_open(first: str, second: str) -> bool:
    """Does headline line ``first`` leave its clause open for ``second`` to close?"""
    first, second = first.strip(), second.strip()
    if not first or not second or starts_with_dash(second):
        return False
    if _AGENT_THEN_VERB.search(first):
        return True
    return (_SENT_TO.search(first) is not None and _MESSAGE_SENT.search(second) is not None
            and _MESSAGE_SENT.search(first) is None)


def open_tier_joins_next(head: Headline) -> None:
    """A title whose clause the subtitle under it closes: one tier, the title."""
    if head.title and head.subtitle and tier_left_open(head.title, head.subtitle):
        head.title, head.subtitle = head.title.rstrip() + head.subtitle.strip(), None


#: a first word alone on its line: one to three CJK characters, no mark, no figure
_FIRST_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}")
#: a title this long at least (CJK characters) under such a word
_TITLE_CHARS = 4


def short_kicker_joins_title(head: Headline, body: str) -> None:
    """A kicker of a word or two with no mark over a longer title: the title's
    first word (a phrase gap kept, unless a quote opens the rest). An author's
    name set over the title is no word of it: a name the body never spells stays."""
    kicker, title = (head.kicker or "").strip(), (head.title or "").strip()
    if not _FIRST_WORD.fullmatch(kicker) or len(re.findall(r"[\u4e00-\u9fff]", title)) < _TITLE_CHARS:
        return
    if starts_with_dash(title) or (plain_names(kicker) and kicker not in body):
        return
    gap = "" if title[:1] in "“‘「《" else " "
    head.kicker, head.title = None, kicker + gap + title


#: a column's tag alone: a few words in brackets, no figure (a date or a number is a document's subtitle)
_TAG_ALONE = re.compile(r"[（(][\u4e00-\u9fff·・]{2,16}[）)]")


def tag_alone_joins_title(head: Headline) -> None:
    """A subtitle that is only a column's tag: the title's tag, wrapped."""
    if head.title and head.subtitle and _TAG_ALONE.fullmatch(head.subtitle.strip()):
        head.title, head.subtitle = head.title.rstrip() + head.subtitle.strip(), None


__all__ = ["open_tier_joins_next", "short_kicker_joins_title", "tag_alone_joins_title", "tier_left_open"]
