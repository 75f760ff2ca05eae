"""Text mode: three headline lines with no dash where the kicker wrapped.

A kicker's box may wrap over two lines and the stream gives its second line as a
tier of its own (某地用好大数据，推进农 / 村党务、村务… / title). Where the break
cuts a word the article's body writes whole, and the middle line does not run on
into the last the same way, the first two are one kicker and the last the title.
"""

from __future__ import annotations

import re

from ..model import Headline
from .headline_word_cuts import ends_with_office
from .headlines import looks_like_kicker, sets_the_scene
from .text_headlines import wraps_on
from .tier_patterns import TITLE_TAG

_CJK = re.compile(r"[\u4e00-\u9fff]")


def kicker_box_tail(head: Headline, body: str) -> bool:
    """Three tiers, no dash: is the middle one only the next line of the
    kicker's box (某地用好大数据，推进农 / 村党务、村务… / title)? So when the
    kicker, ending in no kicker's end and no mark, is cut inside a word the
    article's body spells across the break, and the middle tier does not run
    on into the last one the same way (a title wrapped under its kicker)."""
    kicker, title, subtitle = (x.strip() for x in (head.kicker or "", head.title or "", head.subtitle or ""))
    if not (kicker and title and subtitle) or not body or not _CJK.match(kicker[-1:]) or " " in kicker:
        return False
    if TITLE_TAG.search(kicker) or TITLE_TAG.search(title) or sets_the_scene(kicker) or looks_like_kicker(kicker) \
            or ends_with_office(kicker):
        return False  # (…党组成员、副局长 / 吴浈…: a kicker may end where its title's subject starts)
    return wraps_on(kicker, title, body) and not wraps_on(title, subtitle, body)


__all__ = ["kicker_box_tail"]
