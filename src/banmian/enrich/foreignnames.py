"""Foreign names LAC split: parts joined at a dot or a single dash, a first
sound read as a verb after a title, a dotted name's edges cut off.

Split from :mod:`.namerepair` (its repairs of names written with ``·``).
"""

from __future__ import annotations

from ..names import NEWS_SURNAMES as _SURNAMES
from .lexer import Token, text_of
from .han_chars import HAN_PART
from .nameshapes import AFTER_NAME, DOTS, SPEECH, TRANSLITERATION
from .titles import HEAD_ENDINGS, HEADS, POSTFIX_HEADS, is_title

#: characters of Uygur and other names written in Han that transliterations of Western names rarely use
_UYGUR_PARTS = frozenset("热合孜提买麦江汗古努尔吾木")
#: one-character adverbs that stand before 说 (也说, 还说): never the end of a name
_ADVERBS = frozenset("也还又都就便却才再则只")
_NAME_PART_TAGS = frozenset({"PER", "LOC", "ORG", "n", "nz", "nw"})
#: characters that join or introduce a name, never its first (同 + 特朗普: "with Trump")
_FUNCTION_CHARS = frozenset("和与及同跟向对给为在把被让由从以将是据令请派陪会见")
#: a title's heads, written before or after a name
_HEAD_WORDS = frozenset(HEADS) | POSTFIX_HEADS


def merge_foreign_names(tokens: list[Token]) -> list[Token]:
    """Join the parts of a foreign name LAC split at the dot
    (艾力更 · 依明 巴海 -> 艾力更·依明巴海): the word right after a dot joins
    whatever its tag, later words while they are nouns or names."""
    out: list[Token] = []
    after_dot = False
    for word, tag in tokens:
        last = out[-1] if out else ("", "")
        if len(out) >= 2 and last[0] in DOTS and out[-2][1] == "PER" and HAN_PART.fullmatch(word):
            dot = out.pop()[0]
            out[-1] = (out[-1][0] + dot + word, "PER")
            after_dot = True
            continue
        if (after_dot and last[1] == "PER" and tag in _NAME_PART_TAGS and HAN_PART.fullmatch(word)
                and len(last[0]) + len(word) <= 20 and (all(c in TRANSLITERATION for c in word)
                                                         or tag == "PER" and len(word) <= 4)):  # 库热西·买 + 合苏提/PER
            out[-1] = (last[0] + word, "PER")
            continue
        if last[1] == "PER" and last[0][-1:] in DOTS and tag == "PER" and HAN_PART.fullmatch(word):
            out[-1] = (last[0] + word, "PER")  # 康斯坦丁· + 车赤耶夫: LAC kept the dot with the first part
            after_dot = True
            continue
        if (tag == "PER" and last[1] == "PER" and any(d in last[0][1:-1] for d in DOTS) and HAN_PART.fullmatch(word)
                and len(word) <= 4 and len(last[0]) + len(word) <= 20):
            out[-1] = (last[0] + word, "PER")  # 某某·某某 + 某某/PER: LAC cut the last part after the dot's word
            continue
        if last[1] == "PER" and word[:1] in DOTS and HAN_PART.fullmatch(word[1:] or "x1"):
            out[-1] = (last[0] + word, "PER")
            after_dot = True
            continue
        after_dot = False
        out.append((word, tag))
    return _dashed_parts(_dotted_name_edges(_first_sound_after_head(_split_transliterations(out))))


#: the front of Abdu- (阿不都, 阿布都, 阿卜杜) that LAC cuts before 都, which it reads as "all"
_ABDU_FRONTS = ("阿不", "阿布", "阿卜")
_ABDU_RESTS = ("都", "杜")
#: ordinals of monarchs (某某一世, 某某二世)
_ORDINALS = frozenset("一二三四五六七八九十")


def _split_transliterations(tokens: list[Token]) -> list[Token]:
    """Join a foreign name LAC cut into names or words of its own: two
    transliterations side by side (皮某/PER + 里洛/PER: Chinese writes two people
    apart, with 、 or 和), a name and a dotted word after it (阿不都/PER +
    热合曼·某某/v), and Abdu- cut before 都 (某某·阿不/PER + 都热合曼/d,
    阿不/PER + 都/d + 沙拉木/v)."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        word, tag = tokens[k]
        last = out[-1] if out else ("", "w")
        if last[1] == "PER" and len(word) == 2 and word[1] == "世" and word[0] in _ORDINALS and len(last[0]) >= 2:
            out[-1] = (last[0] + word, "PER")  # 某某娜/PER + 二世: a monarch's ordinal
        elif last[1] == "PER" and tag != "w" and _joins_the_name(last[0], word, tag):
            joined = last[0] + word
            if word in _ABDU_RESTS and k + 1 < len(tokens) and _transliterated(tokens[k + 1][0]):
                k += 1
                joined += tokens[k][0]  # 阿不 + 都 + 沙拉木
            out[-1] = (joined, "PER")
        elif (last[1] == "PER" and len(word) == 1 and k + 1 < len(tokens) and tokens[k + 1][1] == "PER"
              and "·" in tokens[k + 1][0][1:-1] and _joins_the_name(last[0], word + tokens[k + 1][0], "v")
              and word not in AFTER_NAME and word not in _FUNCTION_CHARS):
            out[-1] = (last[0] + word + tokens[k + 1][0], "PER")  # 阿不都/PER + 热/v + 合曼·某某/PER
            k += 1
        else:
            out.append((word, tag))
        k += 1
    return out


def _transliterated(word: str) -> bool:
    """Two to four characters, all of transliterations or of Uygur names."""
    return 2 <= len(word) <= 4 and all(c in TRANSLITERATION or c in _UYGUR_PARTS for c in word)


def _joins_the_name(name: str, word: str, tag: str) -> bool:
    """Is ``word`` (tagged ``tag``) the rest of the name ``name`` before it?"""
    if not HAN_PART.fullmatch(word.replace("·", "")) or len(word) > 8:
        return False
    if name.endswith(_ABDU_FRONTS) and word.startswith(_ABDU_RESTS):
        return True
    if "·" in word[1:-1] and not any(d in name for d in DOTS) and 2 <= len(name) <= 4 and HAN_PART.fullmatch(name):
        return True  # 阿不都/PER + 热合曼·某某/v
    return (tag == "PER" and not any(d in name for d in DOTS) and 2 <= len(name) <= 4
            and all(c in TRANSLITERATION for c in name) and 2 <= len(word) <= 4
            and all(c in TRANSLITERATION for c in word)) or _two_halves_of_a_name(name, word, tag)


def _two_halves_of_a_name(name: str, word: str, tag: str) -> bool:
    """Two names of two characters side by side, the first opening with no
    Chinese surname (某田/PER + 某夫/PER, a Japanese family and given name;
    久某/PER + 某措/PER, a Tibetan name's two parts): Chinese writes two people
    apart, and a Chinese name of two characters opens with its surname. Not a
    title or a role read as a name (哨兵/PER + 某某: the role of the one named)."""
    return (tag == "PER" and len(name) == 2 and len(word) == 2 and HAN_PART.fullmatch(name + word) is not None
            and name[0] not in _SURNAMES and name[-1] not in _ROLE_ENDINGS and not is_title(name) and not is_title(word))


#: how nouns for people end (居民, 读者, 老人, 种植户): a name follows them (.namerepair imports this module, so
#: the set lives here)
PERSON_NOUN_ENDS = frozenset("人者工民客孩女娘妈婆姐哥叔姨众子户")
#: last characters of nouns for people and roles that LAC may tag a name before a name (哨兵, 向导, 阿婆)
_ROLE_ENDINGS = PERSON_NOUN_ENDS | frozenset("兵导员师长翁")


#: the one dash that joins two given names of a foreign name (让—菲利普·某某, 某某·马丁—热内);
#: a dash of punctuation is written double (——)
_NAME_DASH = "—"


def _dashed_parts(tokens: list[Token]) -> list[Token]:
    """Join the parts of a foreign name written with a single dash beside its
    dot (让 + — + 菲利普·肖伊, 帕特里克·马丁 + — + 热 + 内): the dash joins
    names as the dot does; a part has one to four characters, before the dash
    a word of its own, after it up to a pause, a particle or a verb."""
    if not any(word == _NAME_DASH for word, _ in tokens):
        return tokens
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        word, tag = tokens[k]
        last = out[-1] if out else ("", "w")
        dotted_next = k + 1 < len(tokens) and tokens[k + 1][1] == "PER" and any(d in tokens[k + 1][0] for d in DOTS)
        if word == _NAME_DASH and dotted_next and 1 <= len(last[0]) <= 4 and HAN_PART.fullmatch(last[0]) and last[1] != "PER":
            out[-1] = (last[0] + word + tokens[k + 1][0], "PER")  # 让 + — + 菲利普·某某
            k += 2
            continue
        if word == _NAME_DASH and last[1] == "PER" and any(d in last[0] for d in DOTS):
            end, part = k + 1, ""
            while (end < len(tokens) and HAN_PART.fullmatch(tokens[end][0]) and len(part + tokens[end][0]) <= 4
                   and tokens[end][0] not in AFTER_NAME and tokens[end][0] not in SPEECH and tokens[end][1] not in ("u", "p", "c")):
                part += tokens[end][0]
                end += 1
            if part:
                out[-1] = (last[0] + word + part, "PER")  # 某某·马丁 + — + 热 + 内
                k = end
                continue
        out.append((word, tag))
        k += 1
    return out


def _first_sound_after_head(tokens: list[Token]) -> list[Token]:
    """A transliterated name whose first character LAC read as a one-character
    verb after the title's head (发言人 + 扎/v + 哈罗某/PER), or as a name of
    its own (那/PER + 塔丽/PER): one name."""
    if not any(tag in ("v", "PER") and len(word) == 1 and HAN_PART.fullmatch(word) for word, tag in tokens):
        return tokens
    out: list[Token] = []
    for k, (word, tag) in enumerate(tokens):
        last = out[-1] if out else ("", "w")
        if (tag == "PER" and last[1] == "PER" and len(last[0]) == 1 and HAN_PART.fullmatch(last[0])
                and last[0] not in _FUNCTION_CHARS and 2 <= len(word) <= 4 and all(c in TRANSLITERATION for c in word)
                and len(out) >= 2 and out[-2][0][-1:] in HEAD_ENDINGS):
            out[-1] = (last[0] + word, "PER")  # 运营官 + 那/PER + 塔丽/PER: after a title, one character is the name's first
            continue
        if (tag == "PER" and len(out) >= 2 and last[1] == "v" and len(last[0]) == 1 and last[0] in TRANSLITERATION
                and len(word) >= 2 and all(c in TRANSLITERATION for c in word) and is_title(out[-2][0])):
            out[-1] = (last[0] + word, "PER")
            continue
        out.append((word, tag))
    return out


def _dotted_name_edges(tokens: list[Token]) -> list[Token]:
    """Mend the edges of a name written with a dot that LAC cut off: a name
    part glued before it (巴哈尔/PER + 古丽·阿木提: one Uygur name), its first
    character left at the end of a title's word (传承 + 人热 + 合曼·阿布都拉),
    its last character glued to a speech verb (哈姆迪·伊玛 + 目说)."""
    text = text_of(tokens)  # at C speed: most sentences hold no dot, and then no dotted name
    if not any(d in text for d in DOTS) or not any(tag == "PER" and any(d in word for d in DOTS)
                                                   for word, tag in tokens):
        return tokens
    out: list[Token] = []
    for k, (word, tag) in enumerate(tokens):
        dotted = tag == "PER" and any(d in word for d in DOTS) and word[0] not in DOTS
        last = out[-1] if out else ("", "w")
        if (dotted and last[1] == "PER" and HAN_PART.fullmatch(last[0]) and len(last[0]) <= 4
                and not (len(last[0]) == 1 and len(out) >= 2 and out[-2][0] + last[0] in _HEAD_WORDS)):
            out[-1] = (last[0] + word, "PER")  # not 外 + 长/PER + 敦·某某: 长 ends the head 外长
            continue
        front = _loose_front(out)
        if dotted and front:
            del out[-front:]
            out.append(("".join(w for w, _ in tokens[k - front:k]) + word, "PER"))
            continue
        if (dotted and last[1] != "PER" and len(last[0]) == 2 and HAN_PART.fullmatch(last[0]) and len(out) >= 2
                and last[0][1] in TRANSLITERATION | _UYGUR_PARTS and is_title(out[-2][0] + last[0][0])):
            out[-1] = (last[0][0], last[1])
            out.append((last[0][1] + word, "PER"))
            continue
        if (last[1] == "PER" and any(d in last[0] for d in DOTS) and len(word) == 2 and word[1] == "说"
                and HAN_PART.fullmatch(word[0]) and word[0] not in AFTER_NAME and word[0] not in _ADVERBS):
            out[-1] = (last[0] + word[0], "PER")
            out.append(("说", "v"))
            continue
        out.append((word, tag))
    return out



def _loose_front(out: list[Token]) -> int:
    """How many one-character words between a title's head and a dotted name
    are the name's front (书记 + 热/a + 先/d + 古力·托乎提): one or two, none of
    them a particle or a mark, right after a word that is a title."""
    for count in (2, 1):
        if len(out) > count and is_title(out[-count - 1][0]) and all(
                len(w) == 1 and HAN_PART.fullmatch(w) and t not in ("w", "u", "p", "c") and w not in AFTER_NAME
                for w, t in out[-count:]):
            return count
    return 0
