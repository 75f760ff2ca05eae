"""Lists of names (王某、李某、张某等): LAC reads most items of a long roster as
names but cuts or mistags a few (回良玉/v, 毛/n + 致用/v, 罗富/PER + 和/c, 向/p +
巴平措/PER). An item of a list whose other items are names is a name too: the
list, not the model's reading of the word, says what the item is.

Kept apart from :mod:`.people` (which finds the people and their titles).
"""

from __future__ import annotations

from operator import itemgetter

from ..names import COMPOUND_SURNAMES
from ..names import NEWS_SURNAMES as SURNAMES
from .lexer import Token
from .han_chars import HAN_PART
from .nameshapes import DOTS
from .titles import is_title

#: characters that end organisations and places, not names
NOT_NAME_ENDINGS = frozenset("团会部局院所司处厅委省市县区镇村班队组厂站店馆案")
#: names in a list around an item that make the item a name too (a roster, not 北京、上海)
_NAMES_AROUND = 2
#: the longest item read as one name: 5 characters (乌云其木格), 12 with a dot
_ITEM_LONGEST, _DOTTED_ITEM_LONGEST = 5, 12
#: what stands between two items of a list of names (许某、张某和魏某、李某: 和 joins two parts of one list)
_ITEM_MARKS = frozenset({"、", "和", "与", "及"})
#: a token's word (read at C speed)
_WORD_OF = itemgetter(0)


def mend_name_lists(tokens: list[Token]) -> list[Token]:
    """Every item of a list of names, between two 、, is one PER token
    (see the module doc); the last item too when 等 closes the list."""
    if list(map(_WORD_OF, tokens)).count("、") < 2:  # the words counted at C speed: most sentences hold no list
        return last_list_items(tokens)
    tokens = last_list_items(tokens)
    sharing = _may_share_out(tokens)
    marks = [k for k, (word, _) in enumerate(tokens) if word == "、"]
    items = [(a + 1, b) for a, b in zip(marks, marks[1:])]
    out = list(tokens)
    replace: dict[int, tuple[int, str]] = {}
    for number, (start, end) in enumerate(items):
        if end - start == 1 and tokens[start][1] == "PER" or sharing and any(_distributes(t) for t in tokens[start:end]):
            continue  # 某某、许诺 + 分获 + 金、银: the list of names ended before the verb that shares out
        text = "".join(word for word, _ in tokens[start:end])
        if not _name_shaped(text) or _names_near(tokens, items, number, marks) < _NAMES_AROUND:
            continue
        replace[start] = (end, text)
    if not replace:
        return out
    mended: list[Token] = []
    k = 0
    while k < len(out):
        if k in replace:
            end, text = replace[k]
            mended.append((text, "PER"))
            k = end
            continue
        mended.append(out[k])
        k += 1
    return mended


def _name_shaped(text: str) -> bool:
    """2-5 Han characters (or a dotted name), no title, no organisation's ending."""
    bare = "".join(c for c in text if c not in DOTS)
    dotted = len(bare) < len(text)
    if not HAN_PART.fullmatch(bare) or len(text) > (_DOTTED_ITEM_LONGEST if dotted else _ITEM_LONGEST):
        return False
    return (len(bare) >= 2 and bare[-1] not in NOT_NAME_ENDINGS and not is_title(bare, agent_nouns=False) and text[0] not in DOTS
            and surname_shaped(text))


def surname_shaped(name: str) -> bool:
    """Opens with a surname, or is long or dotted enough to be a foreign or
    minority name (向巴平措, 乌云其木格): not a role word of a list (礼生、乐生、佾生)."""
    return name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES or len(name) >= 4 or any(d in name for d in DOTS)


def _names_near(tokens: list[Token], items: list[tuple[int, int]], number: int, marks: list[int]) -> int:
    """How many of the two items on each side of item ``number`` are single
    names (the first list item, before the first 、, counts too)."""
    def is_name(start: int, end: int) -> bool:
        return end - start == 1 and tokens[start][1] == "PER"

    count = 0
    for other in range(number - 2, number + 3):
        if other == number:
            continue
        if 0 <= other < len(items):
            count += is_name(*items[other])
        elif other == -1 and marks[0] >= 1:
            count += is_name(marks[0] - 1, marks[0])
        elif other == len(items) and marks[-1] + 2 <= len(tokens):
            count += is_name(marks[-1] + 1, marks[-1] + 2)
    return count


def in_name_list(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` an item of a list of at least three names
    (the list says it is a person's name, however unsure LAC was of it)?"""
    if not surname_shaped(tokens[index][0]):
        return False
    names = 1
    for step in (-2, 2):
        k = index + step
        while 0 <= k < len(tokens) and tokens[k - step // 2][0] in _ITEM_MARKS and tokens[k][1] == "PER":
            names += 1
            k += step
    return names >= 3 and any(word == "、" for word, _ in tokens[max(0, index - 1):index + 2])


def in_stat_list(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` followed by a number, in a sentence where two
    other names are too (某婷19分，某宁15分，某玥12分; 方某3投3中、雷某3投2中)? A
    list of players' figures names players, however unsure LAC was."""
    if index + 1 >= len(tokens) or tokens[index + 1][1] != "m" or not surname_shaped(tokens[index][0]):
        return False
    others = sum(1 for k, (word, tag) in enumerate(tokens[:-1])
                 if k != index and tag == "PER" and tokens[k + 1][1] == "m")
    return others >= 2


def _whole_list_item(tokens: list[Token], i: int) -> int:
    """The end of a name LAC cut inside a list of names (王某、白玛/PER +
    赤林/n、…; 艾力/PER + 更 + · + 依明 + 巴海、): an item between two 、 after
    a name, opening with a name, is one name; 0 when it is not one."""
    if not (i >= 2 and tokens[i - 1][0] == "、" and tokens[i - 2][1] == "PER" and tokens[i][1] == "PER"):
        return 0
    end = i + 1
    while end < len(tokens) and end - i < 6 and tokens[end][0] != "、" and (
            tokens[end][1] != "w" or tokens[end][0] in DOTS):
        end += 1
    span = "".join(word for word, _ in tokens[i:end])
    dotted = any(d in span for d in DOTS)
    if (end == i + 1 or end >= len(tokens) or tokens[end][0] != "、" or len(span) > (12 if dotted else 4)
            or not HAN_PART.fullmatch("".join(c for c in span if c not in DOTS)) or is_title(span, agent_nouns=False)):
        return 0
    return end


#: verbs and adverbs that share something out among the items of a list before them (某某、某某和某某分获
#: 金、银、铜牌, 分列第一、第二, 依次, 各自): the list ends right before them
_SHARING_OUT = frozenset({"依次", "各自", "分别"})


def _may_share_out(tokens: list[Token]) -> bool:
    """A cheap look at the whole sentence before any word is checked (most hold no 分, 依次 or 各自)."""
    text = "".join(map(_WORD_OF, tokens))
    return "分" in text or "依次" in text or "各自" in text


def _distributes(token: Token) -> bool:
    word, tag = token
    return word in _SHARING_OUT or len(word) == 2 and word[0] == "分" and tag in ("v", "d")


def _item_before_sharing(tokens: list[Token], i: int) -> int:
    """The end of the last item of a list of names that a sharing verb closes
    (某某、某某和徐思/PER + 存/v + 分列; 某某、许诺/v + 分获): 2-3 characters
    from the item's mark to the verb, shaped like a name; 0 when there is none."""
    if not (i >= 2 and tokens[i - 1][0] in ("、", "和", "及") and tokens[i - 2][1] == "PER"):
        return 0
    end = i
    while end < len(tokens) and end - i < 3 and tokens[end][1] != "w" and not _distributes(tokens[end]):
        end += 1
    span = "".join(word for word, _ in tokens[i:end])
    if (end - i >= 1 and end < len(tokens) and _distributes(tokens[end]) and 2 <= len(span) <= 3
            and not (end - i == 1 and tokens[i][1] == "PER") and HAN_PART.fullmatch(span)
            and span[0] in SURNAMES and not is_title(span, agent_nouns=False) and span[-1] not in NOT_NAME_ENDINGS):
        return end
    return 0


def last_list_items(tokens: list[Token]) -> list[Token]:
    """The last item of a list of names, closed by 等, is a name too, whatever
    LAC made of it (莫某、李某、冷 + 新生 + 等); an item cut inside the list is
    one name again (see :func:`_whole_list_item`)."""
    sharing = _may_share_out(tokens) and any(_distributes(token) for token in tokens)
    if not sharing and "、" not in map(_WORD_OF, tokens):
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        end = _whole_list_item(tokens, i) or sharing and _item_before_sharing(tokens, i)
        if end:
            out.append(("".join(word for word, _ in tokens[i:end]), "PER"))
            i = end
            continue
        if i >= 2 and tokens[i - 1][0] == "、" and tokens[i - 2][1] == "PER" and tokens[i][1] != "PER":
            end = i
            while end < len(tokens) and end - i < 3 and tokens[end][0] not in ("等", "等人") and tokens[end][1] != "w":
                end += 1
            span = "".join(word for word, _ in tokens[i:end])
            if (end - i >= 2 and end < len(tokens) and tokens[end][0] in ("等", "等人") and 2 <= len(span) <= 3
                    and HAN_PART.fullmatch(span) and span[0] in SURNAMES and not is_title(span, agent_nouns=False)
                    and span[-1] not in NOT_NAME_ENDINGS):
                out.append((span, "PER"))
                i = end
                continue
        out.append(tokens[i])
        i += 1
    return out
