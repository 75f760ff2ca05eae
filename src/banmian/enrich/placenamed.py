"""A transliterated word LAC read as a name that the text writes before a
place or a facility (某某港, 某某浴场, 某某哨所, 某某小镇): a foreign place or a
firm, not a person. Kept apart from :mod:`.people`, which only asks it."""

from __future__ import annotations

import re

from .mentions import mention_starts
from .nameshapes import DOTS, TRANSLITERATION

#: what follows a place's or a firm's name and never a person's (a person's name
#: stands before a head: 某某市长, 某某站长, which the title grammar reads first)
_PLACE_WORDS = ("港", "站", "镇", "小镇", "浴场", "剧场", "剧院", "哨所", "机场", "码头", "近郊", "郊区", "市",
                "州", "省", "县", "公司", "集团", "号")
#: heads written after a place's word (某某市长, 某某站长): a person's title, not a place
_HEAD_AFTER = re.compile(r"^(?:[市州省县镇港站]长|港督)")
#: a people's autonomous division named after the word (某某蒙古自治州, 某某哈萨克自治县)
_AUTONOMOUS_AFTER = re.compile(r"^[\u4e00-\u9fff]{1,4}自治[州县旗]")


def names_a_place(name: str, text: str) -> bool:
    """Does ``name`` (three or more transliteration characters, no dot) stand
    right before a place's or a facility's word somewhere in ``text``? LAC
    reads 某某港 or 某某哨所 as a name and the word after it; a person's name
    stands there only before a head (某某市长)."""
    if len(name) < 3 or any(d in name for d in DOTS) or not all(c in TRANSLITERATION for c in name):
        return False
    for start in mention_starts(name, text):
        after = text[start + len(name):start + len(name) + 7]
        if after.startswith(_PLACE_WORDS) and not _HEAD_AFTER.match(after) or _AUTONOMOUS_AFTER.match(after):
            return True
    return False
