"""Whether a word is shaped like a person's name at all (length, script, endings).

Split from :mod:`.people` (its first test of every word LAC tags a name):
the shape alone, before any context is looked at.
"""

from __future__ import annotations

import re

from ..names import COMPOUND_SURNAMES as _COMPOUND_SURNAMES
from ..names import NEWS_SURNAMES as _SURNAMES
from .namewords import is_address_form
from .han_chars import HAN_NAME
from .titles import POSTFIX_HEADS, is_title
from .titlewords import HEADS, NOT_HEADS

#: parts of a foreign name are joined by a dot, some given names by a single dash (让—皮埃尔·某某)
_FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]+(?:[·•・—][\u4e00-\u9fff]+)+|[\u4e00-\u9fff]{2,8}")
#: a monarch's name and ordinal (叶卡捷琳娜二世)
_REGNAL = re.compile(r"[\u4e00-\u9fff]{2,6}[一二三四五六七八九十]世")
#: characters that end organisations and places, not names; and the endings of villages and landforms named by
#: their flat, shoal, hollow, dam or gully (某女坪, 某扎滩, 某家夼, 某子坝, 某沟), which end no given name
_NOT_NAME_ENDINGS = frozenset("团会部局院所司处厅委省市县区镇村班队组厂站店馆案") | frozenset("坪滩夼坳垭寨屯坝沟峪洼")
#: a name never starts with a numeral (万 is a surname)
_NUMERALS = frozenset("一二三四五六七八九十两百千")
#: a name ending in these reads as a name plus a time or place word (行庆 + 时)
PARTICLE_ENDINGS = frozenset("时后前里中上下间内外")
#: adverbs that open a clause's verb phrase (时 + 曾 + 表示, 后 + 又 + 说): never a given name after a time word
_CLAUSE_ADVERBS = frozenset("曾已也又还仍便就才都均再")


def valid_name(word: str) -> bool:
    """Plausible as a person's name: 2-4 Han characters, or a foreign name with ·;
    not a side (中方, 柬方), a title (习主席) or an organisation (王家舞团)."""
    if not (HAN_NAME.fullmatch(word) or ("·" in word or "•" in word) and _FOREIGN_NAME.fullmatch(word)
            or _REGNAL.fullmatch(word)):
        return False
    if len(word) <= 3 and word[1] == "方" and word[0] not in _SURNAMES:
        return False  # 中方, 伊方就: a side, not a person (王方, 王方明 are names; 韩方: see _sides)
    if word[-1] in _NOT_NAME_ENDINGS or word[0] in _NUMERALS:
        return False  # 三杰: a number
    if len(word) == 2 and word[1] in "家氏" or len(word) >= 4 and word[1] == "家" and word[:2] not in _COMPOUND_SURNAMES:
        return False  # 谢家, 徐家三英烈: a family
    if len(word) == 3 and word[0] == word[1]:
        return False  # 林林总, 胡胡伊: a doubled first character is no surname
    if len(word) == 2 and word[0] in "老小" or is_address_form(word):
        return False  # 老吴, 小王, 刘师傅: a familiar form, not a name
    if word.startswith("纪念"):
        return False  # 某某将军 + 纪念亭/PER: a memorial named after the person before it
    if len(word) == 2 and word[0] in PARTICLE_ENDINGS and word[1] in _CLAUSE_ADVERBS:
        return False  # 访问某国 + 时曾/PER + 表示: when (时) and an adverb (曾) before the clause's verb
    return not is_title(word, agent_nouns=False) or _given_name_like_a_head(word)


#: units whose head is the unit and 长 (连长, 校长, 站长): a surname before one is a form of address
_UNITS_WITH_HEADS = frozenset("班排连营团旅师军队组科股处局厅部院所站馆校村镇乡县市省州区社行船机舰车厂店园场庭室署司会")


def _given_name_like_a_head(word: str) -> bool:
    """A surname and a given name that only looks like a head (柯和长: 和 + 长
    names no unit's office, unlike 柯连长 or 柯局长, where a surname and a
    title address a person): a name, not a title."""
    if len(word) != 3 or word[0] not in _SURNAMES:
        return False
    given = word[1:]
    if given in HEADS or given in POSTFIX_HEADS or given.endswith(NOT_HEADS):
        return False
    return given[1] == "长" and given[0] not in _UNITS_WITH_HEADS
