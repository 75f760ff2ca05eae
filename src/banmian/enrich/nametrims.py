"""What LAC glued to a name, given back: a verb, a head, a time word, a
quoting character, a copula after it, a dynasty before it; spaces at a word's
edge; a parliament's speaker cut anywhere; a Tibetan name in two words joined.

Split from :mod:`.namerepair` (the trims of names LAC did tag).
"""

from __future__ import annotations

import re

from .lexer import Token, text_of
from .han_chars import HAN_PART
from .nameshapes import COPULA_CHARS, DOTS, dynasty_before_name
from ..names import NEWS_SURNAMES as SURNAMES
from .namewords import ADDRESS_TERMS, TIBETAN_NAME_PARTS, is_tibetan_name
from .nameshapes import AFTER_NAME

#: one-character words that follow or precede a name without being part of it (是, 说, 个)
NOT_NAME_CHARS = AFTER_NAME | frozenset("个位名")
from .titles import POSTFIX_HEADS, titles_stated_after

#: adverbs of degree that open a set phrase after a name (深有感触, 深受感动, 颇有体会)
_DEGREES = frozenset("深颇")
#: characters that quote (云, 曰: classical "said") or take a quotation as their object (以“…”为), glued
#: by LAC to the name before them; each with the marks that open what follows it
_QUOTING_CHARS = frozenset("云曰谓以语")  # 语 + ）: the close of a quote's attribution (（村民某某语）)
_QUOTATION_OPENERS = {"曰": ("：", ":", "“"), "以": ("“",), "语": ("）", ")")}


def quotes(char: str, following: str) -> bool:
    """Is ``char`` after a name the word that quotes what ``following`` opens (某子曰 + ：)?"""
    return char in _QUOTING_CHARS and following in _QUOTATION_OPENERS.get(char, ("：", ":"))


#: characters that follow a name and never end one (王战 + 说, 韩正 + 在)
_NEVER_LAST = frozenset("说在的们等对向把被给将是比从")


def trim_name_endings(tokens: list[Token]) -> list[Token]:
    """Give back the word LAC glued to the end of a name (王战说 -> 王战 + 说;
    会见巴某时， -> 巴某 + 时 before a comma or a verb; 拉里某尼议长 -> 拉里某尼 +
    议长, a head written after the name; 某某某乐呵呵 + 地: a reduplicated adverb of
    manner, which 地 follows and no name does), and a copula a title follows (谢某文任 + 某部政治部主任 -> 谢某文 + 任 + …)."""
    out: list[Token] = []
    for k, (word, tag) in enumerate(tokens):
        if tag == "PER" and dynasty_before_name(word):
            out.append((word[0], "TIME"))  # 唐 + 孔颖达: the dynasty dates the name, the name follows
            word = word[1:]
        head = _head_glued_after(word) if tag == "PER" else ""
        address = _address_glued_after(word) if tag == "PER" and not head else ""
        if address:
            out += [(word[:-len(address)], "PER"), (address, "n")]  # 陈某波伯伯 + 资助: the name, then how he is called
        elif head:
            out += [(word[:-len(head)], "PER"), (head, "n")]
        elif tag == "PER" and len(word) >= 3 and word[-1] in _NEVER_LAST and not any(d in word for d in DOTS):
            out += [(word[:-1], "PER"), (word[-1], "v")]
        elif (tag == "PER" and len(word) >= 3 and word[-1] == "时" and k + 1 < len(tokens)
              and (tokens[k + 1][0] in ("，", ",") or tokens[k + 1][1] == "v")):
            out += [(word[:-1], "PER"), ("时", "n")]  # 会见某某时，/强调: the time of the meeting, not the name's end
        elif tag == "PER" and len(word) >= 3 and k + 1 < len(tokens) and quotes(word[-1], tokens[k + 1][0]):
            # 某某云：“…”, 某子曰：“…”: the classical "said" before a quotation; 某子以“…”为: the preposition
            out += [(word[:-1], "PER"), (word[-1], "v" if word[-1] in "云曰谓" else "p")]
        elif (tag == "PER" and len(word) >= 3 and word[-1] in _DEGREES and k + 2 < len(tokens)
              and tokens[k + 1][0] in ("有", "受") and tokens[k + 2][1] in ("n", "v", "vn")):
            out += [(word[:-1], "PER"), (word[-1], "d")]  # 某某深 + 有 + 感触: 深有感触 says how moved, not who
        elif (tag == "PER" and len(word) >= 5 and word[-1] == word[-2] != word[-3] and k + 1 < len(tokens)
              and tokens[k + 1][0] == "地"):
            out += [(word[:-3], "PER"), (word[-3:], "a")]  # 某某某乐呵呵 + 地 + 说: an adverb of manner (ABB) before 地
        elif tag == "PER" and len(word) >= 3 and word[-1] in COPULA_CHARS and titles_stated_after(
                [(word[:-1], "PER"), (word[-1], "v")] + tokens[k + 1:], 0):
            out += [(word[:-1], "PER"), (word[-1], "v")]
        elif tag == "PER" and (parts := _copula_inside(word)) and titles_stated_after(list(parts) + tokens[k + 1:], 0):
            out += parts  # 某某某任支队/PER + 副司令员: the copula and the title's first word glued to the name
        elif (tag == "v" and len(word) == 2 and word[0] in COPULA_CHARS and out and out[-1][1] == "PER"
              and HAN_PART.fullmatch(word) and titles_stated_after([out[-1], (word[0], "v"), (word[1], "n")] + tokens[k + 1:], 0)):
            out += [(word[0], "v"), (word[1], "n")]  # 某某 + 任营/v + 长: the copula glued to the title's first character
        else:
            out.append((word, tag))
    return out



def _copula_inside(word: str) -> tuple[Token, ...]:
    """A name of two or three characters, a copula (任, 系) and the start of a
    title LAC read as one name (某某某任红/PER + 某军会计科长, 某某某任支队/PER + 副司令员):
    the three parts; none for any other word (the caller asks whether a title
    follows, 任某某 + … is a name)."""
    if any(d in word for d in DOTS) or not HAN_PART.fullmatch(word):
        return ()
    cut = next((cut for cut in (2, 3) if len(word) > cut + 1 and word[cut] in COPULA_CHARS and word[0] in SURNAMES), 0)
    return ((word[:cut], "PER"), (word[cut], "v"), (word[cut + 1:], "n")) if cut else ()


#: kinship words doubled as children and the young address elders (伯伯, 叔叔, 爷爷)
_DOUBLED_ADDRESS = frozenset({"伯伯", "叔叔", "爷爷", "奶奶", "姐姐", "哥哥", "阿姨", "婶婶", "舅舅", "姑姑", "阿婆", "阿公"})


def _address_glued_after(word: str) -> str:
    """A form of address LAC kept inside the name before it (陈某波伯伯/PER,
    李某大爷/PER), or the empty string: the name left has two characters at least,
    opening with a surname."""
    for size in (3, 2):
        term = word[-size:]
        rest = word[:-size]
        if (len(rest) >= 2 and (term in ADDRESS_TERMS or term in _DOUBLED_ADDRESS) and rest[0] in SURNAMES
                and HAN_PART.fullmatch(rest)):
            return term
    return ""


def _head_glued_after(word: str) -> str:
    """The head written after a name that LAC kept inside the name's word
    (拉里某尼议长/PER), or the empty string; the name left must have three
    characters at least (王主任, 习总书记 are forms of address, no name and a head)."""
    for size in (3, 2):
        head = word[-size:]
        if len(word) - size >= 3 and head in POSTFIX_HEADS and HAN_PART.fullmatch(word[:-size]):
            return head
    return ""


def join_tibetan_names(tokens: list[Token]) -> list[Token]:
    """Two neighbouring words that make a Tibetan name together, one of them
    tagged a name (旺堆/PER + 顿珠/PER, 扎西达/PER + 瓦): one name. So also
    four characters LAC cut anywhere (次/q + 仁某某/PER, 某/v + 布/n + 才仁/PER)
    with a part of Tibetan names at one end and a name tagged inside."""
    out: list[Token] = []
    for word, tag in tokens:
        last = out[-1] if out else ("", "w")
        if (len(last[0]) + len(word) == 4 and "PER" in (tag, last[1]) and last[1] != "w" and tag != "w"
                and is_tibetan_name(last[0] + word) and not is_tibetan_name(last[0])):
            out[-1] = (last[0] + word, "PER")
            continue
        out.append((word, tag))
        if tag == "PER" and len(word) <= 3:
            _join_cut_tibetan(out)
    return out


#: tags of words that never make part of a name (的, 在, 和, marks, numbers)
_NOT_IN_NAME_TAGS = frozenset({"w", "u", "p", "c", "m", "r", "TIME", "LOC", "ORG"})


def _join_cut_tibetan(out: list[Token]) -> None:
    """Join, in place, the last two to four words of ``out`` (the last a name)
    when they are four characters with a part of Tibetan names at one end and
    the other half cut across words (次/q + 仁拉某/PER: 次仁拉某; 更/d + 尕南杰/PER):
    a half that is a whole word of its own (老人 + 次仁) stays apart."""
    for count in (2, 3, 4):
        if count > len(out):
            return
        words = out[-count:]
        text = "".join(w for w, _ in words)
        if len(text) > 4:
            return
        if len(text) < 4:
            continue
        known = [half for half in (text[:2], text[2:]) if half in TIBETAN_NAME_PARTS]
        if (not known or is_tibetan_name(text) or any(t in _NOT_IN_NAME_TAGS or w in NOT_NAME_CHARS for w, t in words)
                or any(w in (text[:2], text[2:]) and w not in TIBETAN_NAME_PARTS for w, _ in words)):
            return
        out[-count:] = [(text, "PER")]
        return


def spaces_apart(tokens: list[Token]) -> list[Token]:
    """A space LAC kept at the edge of a word stands apart (丁华 + space): it
    separates a roster's name from its titles, and is no part of any name."""
    if all(word == word.strip() or not word.strip() for word, _ in tokens):
        return tokens
    out: list[Token] = []
    for word, tag in tokens:
        core = word.strip()
        if not core or core == word:
            out.append((word, tag))
            continue
        if word[0].isspace():
            out.append((" ", "w"))
        out.append((core, tag))
        if word[-1].isspace():
            out.append((" ", "w"))
    return out


#: a parliament's speaker written after the body's name (某国议会议长, 某国国会议长): LAC cuts these six or
#: four characters anywhere (议/v + 会议/n + 长/PER, 议/v + 会议长/n, 某国国/LOC + 会议/n + 长某某/PER)
_SPEAKER = re.compile(r"(议会|国会)(议长)")


def speaker_recut(tokens: list[Token]) -> list[Token]:
    """Cut ``议会`` + ``议长`` (and ``国会`` + ``议长``) as the two words they
    are, whatever LAC made of them; the words around keep their tags (a name
    glued to 长 gives it back: 长文某/PER -> 议长 + 文某/PER)."""
    text = text_of(tokens)
    cuts = [(m.start(1), m.end(1), m.end(2)) for m in _SPEAKER.finditer(text)]
    if not cuts:
        return tokens
    bounds = {b for cut in cuts for b in cut}
    pieces: list[tuple[int, int, str]] = []  # start, end, tag of each piece of a token cut at the bounds
    position = 0
    for word, tag in tokens:
        inner = sorted(b for b in bounds if position < b < position + len(word))
        edges = [position] + inner + [position + len(word)]
        pieces += [(a, b, tag) for a, b in zip(edges, edges[1:])]
        position += len(word)
    out: list[Token] = []
    k = 0
    while k < len(pieces):
        start, end, tag = pieces[k]
        span = next(((a, b) for cut in cuts for a, b in ((cut[0], cut[1]), (cut[1], cut[2])) if a == start), None)
        if span is None:
            out.append((text[start:end], tag))
            k += 1
            continue
        while k < len(pieces) and pieces[k][1] <= span[1]:
            k += 1
        out.append((text[span[0]:span[1]], "n"))
    return out


#: words that go to or stand in a place before a home is named (在某某家, 走进村民某某家)
_TO_A_HOME = frozenset({"在", "到", "来到", "走进", "走访", "去", "进", "回到"})
#: what follows a home named by its owner: a pause or where in it (某某家 + ，, 某某家 + 里)
_AFTER_A_HOME = frozenset({"，", "。", "；", "、", "里", "中", "门口", "院子"})
#: the most words between the going and the home (在 + 困难 + 群众 + 某某家)
_HOME_REACH = 4


def home_apart(tokens: list[Token]) -> list[Token]:
    """A three-character name LAC glued to 家 after it, where a going or being
    somewhere opens the clause and a pause follows (在 + 困难群众 + 徐某成家/PER
    + ，; 在 + 朱某锦家/LOC; 在 + 河北 + 徐某/PER + 成家/v: the home of the
    person): the name and 家 apart. A four-character name ending in 家 is rare;
    a visit to a household is what the shape says."""
    if not any(word[-1:] == "家" for word, _ in tokens):
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        word, tag = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ("", "w")
        after = tokens[i + 2] if i + 2 < len(tokens) else ("", "w")
        if (tag in ("PER", "LOC") and len(word) == 4 and word[-1] == "家" and word[0] in SURNAMES
                and HAN_PART.fullmatch(word) and following[0] in _AFTER_A_HOME and _going_before(tokens, i)):
            out += [(word[:3], "PER"), ("家", "n")]
            i += 1
            continue
        if (tag == "PER" and len(word) == 2 and word[0] in SURNAMES and len(following[0]) == 2
                and following[0][1] == "家" and following[1] in ("v", "n") and HAN_PART.fullmatch(following[0])
                and after[0] in _AFTER_A_HOME and _going_before(tokens, i)):
            out += [(word + following[0][0], "PER"), ("家", "n")]
            i += 2
            continue
        out.append((word, tag))
        i += 1
    return out


def _going_before(tokens: list[Token], i: int) -> bool:
    """Does a word of going or being somewhere stand in the clause before ``i``
    (no mark between), at most a few words back?"""
    for k in range(i - 1, max(-1, i - 1 - _HOME_REACH), -1):
        if tokens[k][1] == "w":
            return False
        if tokens[k][0] in _TO_A_HOME:
            return True
    return False
