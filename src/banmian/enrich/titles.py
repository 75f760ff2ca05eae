"""The title grammar: which words before (or right after) a name are its titles.

Chinese news writes officials as a chain of titles then the name::

    区委常委、宣传部部长、党校校长，区直机关工委书记周明远
    ^title      ^title     ^title     ^title                ^name

A title is a run of noun-like words (organisation, place, noun) that ends in
a *head* (书记, 区长, 主任, 总监 ...). Titles are chained by 、 and, when the
whole clause before it is a title, by ，. A few heads also follow the name
(习近平总书记). Abbreviated titles (区委副书记 in a 茂南区 article) are
completed from context by :func:`complete_title`. Which single words may
stand inside a run (LAC's misreadings of an office's words) is told by
:mod:`.titlemembers`; this module reads runs and chains of them.
"""

from __future__ import annotations

import re

from .han_chars import HAN_RUN
from .lexer import Token
from .titleafter import title_after, titles_stated_after
from .titleagents import agent_title
from .titleopening import clause_opening_title
from .titlecomplete import complete_title
from .titlecues import copula_after_quote, delegate_after, duty_verb_front, quote_opened_before, quoted_honour
from .titlehead import (COUNTED, HEAD_ENDINGS, HEAD_SET, QUOTES, SOVEREIGN, TITLE_TAGS, NEVER_IN_TITLE, balanced_quotes,
                        is_title)
from .titlemarks import CHAIN_MARKS, WORK_ROLES, alias_start, outlet_start, quoted_name_start
from .titlemembers import after_last_verb, in_title, verb_cut_from_title
from .titleitems import age_front, is_age, origin_item
from .titleshapes import PLAYER_RANK, after_topic, bracket_opened, is_era, note_bracket_before
from .titlewords import HEADS, POSTFIX_HEADS

#: names other modules import from the grammar; some live in .titlecomplete, .titlehead and .titleafter
__all__ = ["CHAIN_MARKS", "HEAD_ENDINGS", "HEADS", "PLAYER_RANK", "POSTFIX_HEADS", "TITLE_TAGS", "complete_title",
           "inside_title", "is_title", "title_after", "titles_before", "titles_stated_after"]

#: pronouns that point back at a body named before and stay out of the title (其 + 丈夫); 该 + a unit
#: stays in it, as the title is written with the name (该院院长: the conventions settled in session 23)
_DEMONSTRATIVES = "此这其"
#: pronouns LAC cuts from 国 (我 + 国): the country of the speaker, no part of a title after it
_WHOSE_COUNTRY = frozenset({"我", "本", "该", "其", "各", "贵"})
#: nouns of a bond between two people: after a person's 的 (我的老师, 某某的同事) they say whose
#: teacher or colleague the next name is, no office (a school's 的老师 still is one: 某学院的老师)
PERSONAL_RELATIONS = frozenset({"老师", "学生", "同学", "同事", "朋友", "好友", "徒弟", "师父", "师傅", "恩师", "导师",
                                "战友", "搭档", "邻居", "弟子", "学徒"})


def _title_run(tokens: list[Token], end: int) -> tuple[str, int]:
    """The longest run of title-like words ending before ``end``; returns it
    and the index where it starts."""
    start = end
    while start > 0:
        opening = quoted_name_start(tokens, start - 1)
        if opening < 0:
            opening = alias_start(tokens, start - 1)  # 明远机床制造公司（明远机床）副总经理
        if opening < 0 and start < end:
            opening = outlet_start(tokens, start - 1, tokens[end - 1][0] in WORK_ROLES)  # 《晨星报》专栏作家
        if opening >= 0:  # “好邻居”首席执行官: a quoted name, whatever LAC made of its words
            start = opening
        elif tokens[start - 1][0] in _SUBJECT_COPULAS and tokens[start - 1][1] == "v":
            break  # 某某建设 + 是 + 国家主席: the copula ends the subject, the title starts after it
        elif copula_after_quote(tokens, start - 1):
            break  # “某事”系 + 某院某庭审判员: after a quoted subject 系 is the copula (a department follows its field)
        elif in_title(tokens, start - 1, end):
            start -= 1
        else:
            break
    start = after_last_verb(tokens, start, end)
    start = after_topic(tokens, start, end)
    if verb_cut_from_title(tokens, start, end) and not copula_after_quote(tokens, start - 1):
        start -= 1  # 。带/v + 班/n + 科长, 供奉 + 至/v + 圣/n + 先师: LAC cut the title's first word into characters
    while start < end - 1 and tokens[start][1] == "s" and tokens[start][0][-1] in _ON_A_SPOT:
        start += 1  # 台上 + 国家一级演员, 场上 + 主攻: where the person stands, no part of the office
    counted = [k for k in range(start, end - 1) if COUNTED.match(tokens[k][0])]
    if counted:
        start = counted[-1] + 1  # 一位 + 村民, 某省某市 + 一名 + 大学生: a title starts after the count, as after 的
    quoted = start + 1 < end and tokens[start][0] == "“" and tokens[end - 1][0] == "”"
    while start < end and tokens[start][0] in QUOTES + "和与及暨":  # a title starts with a word
        start += 1
    if start + 2 < end and tokens[start][0] == "“" and _GENERATION.match(tokens[start + 1][0]) and tokens[start + 2][0] == "”":
        start += 3  # “80后”工程师: a generation is an age, no part of the title
    elif start + 1 < end and _GENERATION.match(tokens[start][0]):
        start += 1
    if (start == end - 1 and start > 0 and len(tokens[start][0]) == 2 and tokens[start][0][-1] in "员工"
            and tokens[start][0] not in HEAD_SET and tokens[start - 1][1] == "v" and len(tokens[start - 1][0]) == 1):
        start -= 1  # 护 + 边员: LAC cut a role noun after its first character (护边员)
    if start + 1 < end and len(tokens[start][0]) == 3 and tokens[start][0].endswith("方"):
        start += 1  # 主办方 + 某国中国文化中心主任: a side in the event, not part of the office
    if start + 1 < end and tokens[start][0] == "老" and "".join(w for w, _ in tokens[start + 1:end]) in _MEMBERS:
        start += 1  # 老 + 党员 + 某某: an old member, as an age (老支书 keeps 老: a former office)
    if start + 1 < end and tokens[start][0][:1] in _DEMONSTRATIVES:
        start += 1  # 该院 + 院长: the title without the pointer to an earlier organisation
    if start + 1 < end and tokens[start][0] == "国" and start > 0 and tokens[start - 1][0] in _WHOSE_COUNTRY:
        start += 1  # 我 + 国 + 著名医学家: 国 of 我国 opens no title
    if start > 0 and start < end and tokens[start - 1][1] == "TIME" and _dated_title(
            tokens[start - 1][0], "".join(word for word, _ in tokens[start:end])):
        start -= 1  # 明末 + 苏州画家, 2012年 + 诺贝尔经济学奖得主: the era or the prize's year is the title's
        while start > 0 and tokens[start - 1][1] == "TIME" and is_era(tokens[start - 1][0]):
            start -= 1  # 明末 + 清初 + 著名思想家: an era written as two
        if is_era(tokens[start][0]):
            while start > 0 and tokens[start - 1][1] in ("LOC", "ORG"):
                start -= 1  # 中国 + 当代 + 诗人: whose era it is opens the title
    if start == end - 1 and tokens[start][0] in _BARE_FIELD_HEADS and start > 0 and len(tokens[start - 1][0]) <= 4 \
            and HAN_RUN.fullmatch(tokens[start - 1][0]):
        start -= 1  # 未来/TIME + 学家: a scholar's head names no one without the field LAC cut off before it
        while start > 0 and tokens[start - 1][1] in _FIELD_FRONT_TAGS:
            start -= 1  # 美国 + 知名 + 未来/TIME + 学家: the walk the time word stopped goes on before the field
    if duty_verb_front(tokens, start, end):
        start -= 1  # 。带班/v + 科长 + 某某 + 说: the verb opening the clause before a role and its subject names the duty
    start = bracket_opened(tokens, start, end)
    text = "".join(word for word, _ in tokens[start:end])
    if any(c.isspace() for c in text):  # a dateline or a line break is never inside a title
        cut = max(i for i, c in enumerate(text) if c.isspace()) + 1
        while start < end and cut > 0:
            cut -= len(tokens[start][0])
            start += 1
        text = "".join(word for word, _ in tokens[start:end])
    generation = _GENERATION_FRONT.match(text)
    if generation and is_title(text[generation.end():]):
        text = text[generation.end():]  # 90后漫画家/nz: LAC kept the generation in the title's word
    inner = text.strip(QUOTES)
    quoted = quoted and tokens[start - 1][0] == "“" or start < end - 1 and text.startswith("“") and text.endswith("”")
    if quoted and not any(q in inner for q in "“”"):
        # “快递小哥”某某: a quoted honour keeps its quotes, as the text writes it, also where the run
        # was first read from a word before the quote (其中 + “某某先锋” + 某某)
        return "“" + inner + "”", start
    return balanced_quotes(inner), start


#: heads of membership or trade, not of an office: 老 before them says old, not former (老党员 -> 党员)
_MEMBERS = frozenset({"党员", "民警", "战士", "工人", "农民", "职工", "干部", "教师", "医生", "护士", "渔民", "牧民",
                      "警察", "队员", "会员", "团员", "村民", "居民", "社员", "矿工", "差役"})
#: last characters of place words that say where someone stands (台上, 场上, 村里, 身边)
_ON_A_SPOT = "上下里旁边"
#: a year (2012年, 2018年度) that dates a prize in the title after it
_PRIZE_YEAR = re.compile(r"^(?:19|20)\d\d年度?$")
#: heads of winners of a prize, whose year is part of the title (2012年诺贝尔经济学奖得主)
_PRIZE_HEADS = ("得主", "获得者")


def _dated_title(time: str, title: str) -> bool:
    """Does the time word before ``title`` belong to it: an era before any
    title, or the year of the prize a winner's title names? A year before other
    titles dates the sentence (1986年 + 第五代导演)."""
    return is_era(time) and is_title(title) or bool(_PRIZE_YEAR.match(time)) and title.endswith(_PRIZE_HEADS)


#: a generation of people by decade of birth (80后, 九零后): an age
_GENERATION = re.compile(r"^[0-9０-９零〇一二三四五六七八九]{2}后$")
_GENERATION_FRONT = re.compile(r"^[0-9０-９零〇一二三四五六七八九]{2}后")


def titles_before(tokens: list[Token], index: int) -> list[str]:
    """The chain of titles written right before the name at ``tokens[index]``."""
    if index > 0 and tokens[index - 1][1] == "PER" and SOVEREIGN.match(tokens[index - 1][0]):
        return [tokens[index - 1][0]]  # 唐太宗 + 李某: the sovereign's temple name
    note = note_bracket_before(tokens, index)
    if note:  # 某国常驻某地副代表（大使）+ 某某: the title before the note on the post
        return titles_before(tokens[:note] + tokens[index:], note)
    chain: list[str] = []
    end = index
    while True:
        run, start = _title_run(tokens, end)
        anchored, anchored_start = _anchored_clause(tokens, end)
        if anchored and anchored_start < start:
            run, start = anchored, anchored_start  # 某某村/LOC + 驻/v + 村 + 扶贫/v + 第一书记
        title = "" if _named_person(tokens, start, end) else (
            _trim(run, tokens[start] if start < end else None) or agent_title(tokens, run, start, end))
        opening = quote_opened_before(tokens, start, end) if title and end == index else -1
        if opening >= 0 and is_title("".join(w for w, _ in tokens[opening + 1:end - 1])):
            start = opening  # “献身某某事业杰出科学家”某某: the quoted honour whole, its verb too
            run = title = "".join(w for w, _ in tokens[start:end])
        if title and start == end - 1 and tokens[start][1] == "v" and start > 0 and tokens[start - 1][1] in ("d", "ad"):
            title = ""  # 分别 + 代表/v + 某某: a head word LAC read as a verb after an adverb is the verb
        elif title and start == end - 1 and end == index and tokens[start][1] == "v" and title_after(tokens, index):
            title = ""  # ，代表/v + 某某 + 主席: a head after the name says the word before it is the verb (on behalf of)
        if not title or not _after_mark(tokens, start):
            clause, clause_start = _clause_title(tokens, end)  # 推进“乡村振兴”建设工作领导小组组长 in a chain
            if clause:
                run, start, title = clause, clause_start, clause
        if title and end == index and not _after_mark(tokens, start):
            opening = clause_opening_title(tokens, title, end)  # 。最高/a + 检/v + 第八检察厅厅长 + 某某表示
            if opening >= 0:
                start = opening
                run = title = "".join(w for w, _ in tokens[start:end])
        if not title and not chain and end == index:
            mark = origin_item(tokens, end)  # 时任某地知府、+ 某县人 + 某某: the origin is no title, the chain goes on
            if mark >= 0:
                end = mark
                continue
        if not title or _whose_relation(tokens, start, title):
            break
        if start >= 2 and tokens[start - 1][0] == "、":
            fields, fields_start = _title_run(tokens, start - 1)  # 某国农业 + 、 + 渔业和林业部部长: fields of one body
            if (fields and not is_title(fields) and fields_start < start - 1
                    and (any(c in title[1:-2] for c in "和与及") or _shares_the_head(tokens, fields, fields_start, start, end))):
                run = title = fields + "、" + title
                start = fields_start
        chain[0:0] = _split_at_concurrent(title)
        whole_clause = len(title) == len(run) and _after_mark(tokens, start)
        age = age_front(tokens, start) if len(title) == len(run) and not whole_clause else -1
        if age >= 0:  # 某村护林员、+ 63岁的 + 农民 + 某某: the age opens the item, the chain goes on before it
            start, whole_clause = age, True
        if start < 2 or not whole_clause:
            break
        mark, before = tokens[start - 1][0], tokens[start - 2]
        if before[1] == "PER" or mark not in CHAIN_MARKS:
            break
        if mark in ("，", ","):  # a comma chains only a clause that is a title as a whole
            previous, previous_start = _title_run(tokens, start - 1)
            if _trim(previous) != previous or not (previous_start == 0 or tokens[previous_start - 1][1] == "w"):
                break
        end = start - 1
    return chain or quoted_honour(tokens, index)


def _shares_the_head(tokens: list[Token], fields: str, fields_start: int, start: int, end: int) -> bool:
    """Is ``fields`` (tokens ``fields_start`` to the 、 before ``start``, no
    title of its own) a body of the same kind as the one the title from
    ``start`` to ``end`` heads (某研究所、某研究所 + 所长, 某公司、某公司 + 总经理):
    the head is both bodies' post. A whole item only (at the clause's start,
    after a mark or after 的); an item of another kind (主人、某镇副镇长, 某团队、
    某学院院长) is no body the head names."""
    if end - start < 2 or not HAN_RUN.fullmatch(fields) or fields[-1] != tokens[end - 2][0][-1]:
        return False
    return fields_start == 0 or tokens[fields_start - 1][1] == "w" or tokens[fields_start - 1][0] == "的"


def _whose_relation(tokens: list[Token], start: int, title: str) -> bool:
    """A bond between two people written after a person and 的 (我的老师 + 某某,
    某某的同事 + 某某): it names whose teacher the person is, not an office."""
    return (title in PERSONAL_RELATIONS and start >= 2 and tokens[start - 1][0] == "的"
            and (tokens[start - 2][1] in ("r", "PER") or tokens[start - 2][0][-1] in _PERSONAL_PRONOUNS))


#: heads that need the field before them (X学家): alone they are no title
_BARE_FIELD_HEADS = frozenset({"学家"})
#: words that may stand before a scholar's field in the title (a country, a body, 知名, 著名)
_FIELD_FRONT_TAGS = frozenset({"LOC", "ORG", "a"})


#: pronouns of a person, which LAC may glue to the verb before them (感谢我 + 的 + 老师)
_PERSONAL_PRONOUNS = "我你您他她"


#: the most verbs an anchored clause title may hold (某某县 + 考核/v + 办/v + 主任)
_ANCHORED_VERBS = 2
#: the longest anchored clause title
_ANCHORED_LONGEST = 24
#: verbs that say what the subject is: a clause through one is a sentence (某某建设 + 是 + 国家主席某某 + 谋划的), no title
_SUBJECT_COPULAS = ("是",)  # not 系: also a university's department (某大学地球系教授)


def _anchored_clause(tokens: list[Token], end: int) -> tuple[str, int]:
    """The whole clause before ``end`` as one title when a place or a body
    opens it and it holds only title words and short verbs (东庄村 + 驻 + 村 +
    扶贫 + 第一书记, 某市某县 + 实绩 + 考核 + 办 + 副主任): LAC reads the words
    of many offices as verbs, and a place or body at the clause's start says
    the verbs name the office, not an act. A two-character verb before a
    place or body is the clause's own (法国 + 批评 + 德国总理)."""
    start, verbs = end, 0
    while start > 0:
        word, tag = tokens[start - 1]
        if tag in TITLE_TAGS and tag != "m" or tag == "m" and start < end and not word.endswith("岁"):
            start -= 1
        elif tag == "v" and len(word) <= 2 and word not in CHAIN_MARKS + _SUBJECT_COPULAS and start < end and verbs < _ANCHORED_VERBS:
            if len(word) == 2 and tokens[start][1] in ("LOC", "ORG"):
                return "", end
            verbs += 1
            start -= 1
        else:
            break
    opens_clause = start == 0 or tokens[start - 1][1] == "w" and tokens[start - 1][0] not in ("“", "‘")
    if not verbs or not opens_clause or tokens[start][1] not in ("LOC", "ORG") and not _head_of_named_unit(tokens, start, end):
        return "", end
    text = "".join(word for word, _ in tokens[start:end])
    return (text, start) if len(text) <= _ANCHORED_LONGEST and is_title(text) else ("", end)


def _head_of_named_unit(tokens: list[Token], start: int, end: int) -> bool:
    """Does the clause from ``start`` name a unit and end in that unit's head
    (侦察/v + 情报 + 营 + 营长, 植保/v + 服务 + 队 + 队长)? The head repeats the
    unit's character, so the words before it are the unit's name, verbs too;
    a verb right before the unit (慰问 + 营长) stays the clause's."""
    head, unit = tokens[end - 1][0], tokens[end - 2][0] if end >= 2 else ""
    return (len(head) == 2 and head[1] == "长" and unit.endswith(head[0]) and end - start >= _UNIT_NAME_WORDS
            and tokens[start][1] == "v" and tokens[start + 1][1] in ("n", "nz", "vn"))


#: the fewest words of a clause naming a unit and its head: the verb, a noun, the unit, the head
_UNIT_NAME_WORDS = 4


def _split_at_concurrent(title: str) -> list[str]:
    """A title LAC read with 兼 inside one word (沙特王 + 储兼 + 副首相) is two
    titles, as 兼 between words chains them (国务委员兼外长); so is a title
    joined to the next by 及 (制片人及某协会执行主席), when both halves are titles."""
    for mark in _CONCURRENT_MARKS:
        cut = title.find(mark)
        if 1 < cut < len(title) - 1 and is_title(title[:cut]) and is_title(title[cut + 1:]):
            return [title[:cut]] + _split_at_concurrent(title[cut + 1:])
    return [title]


#: what joins two titles of one person inside one run (国务委员兼外长, 导演及某协会主席)
_CONCURRENT_MARKS = ("兼", "及", "和")


def _after_mark(tokens: list[Token], start: int) -> bool:
    """Does a title starting at ``start`` open its clause? (An opening quote
    does not open one: 推进“乡村振兴”建设工作领导小组组长.)"""
    previous = tokens[start - 1] if start else ("", "w")
    return start == 0 or previous[0] in CHAIN_MARKS or previous[1] == "w" and previous[0] not in QUOTES


def _clause_title(tokens: list[Token], end: int) -> tuple[str, int]:
    """The whole clause before ``end`` back to the previous 、 or 兼, when it
    ends in a head and holds no word that cannot be in a title (on, of, names, dates)."""
    start = end
    while start > 0 and tokens[start - 1][0] not in ("、", "兼"):
        word, tag = tokens[start - 1]
        if tag in NEVER_IN_TITLE or (tag == "w" and word not in QUOTES) or tag == "PER" or is_age(tokens[start - 1]):
            return "", end  # not 、 + 63岁 + 农民: an age is no part of a title
        start -= 1
    text = "".join(word for word, _ in tokens[start:end])
    if start == 0 or len(text) > 30 or not is_title(text.strip(QUOTES)):
        return "", end
    return text, start


def _trim(run: str, first: Token | None = None) -> str:
    """``run`` when it is a title, else the empty string. A place or a body
    opening the run may open with a character no title opens with (和睦屯村
    + 第一书记: 和 is the village's, no conjunction)."""
    if is_title(run):
        return run
    whole_name = first is not None and first[1] in ("LOC", "ORG") and len(first[0]) >= 2 and run.startswith(first[0])
    return run if whole_name and is_title("某" + run[1:]) else ""


def _named_person(tokens: list[Token], start: int, end: int) -> bool:
    """Is the run from ``start`` to ``end`` a name and the head written after
    it (习近平主席 + 应邀): a person with a title, not the title of the next word?"""
    words = [(w, t) for w, t in tokens[start:end] if w.strip()]
    # 某某为民协会/PER + 会长: a body LAC read as a name is longer than any name without a dot
    # 尼/PER + 总统 + 某某: one character is no name, but a country's short form (尼 of 尼日利亚)
    return (len(words) == 2 and words[0][1] == "PER" and words[1][0] in POSTFIX_HEADS
            and (_SHORTEST_NAME <= len(words[0][0]) <= _LONGEST_PLAIN_NAME or any(d in words[0][0] for d in "·•")))


#: the longest name written without a dot (欧阳某某): longer PER words are bodies or places
_LONGEST_PLAIN_NAME = 4
#: the shortest name: a word of one character LAC calls a name before a head is a place's short form (尼总统)
_SHORTEST_NAME = 2


def inside_title(tokens: list[Token], index: int) -> bool:
    """True when the name at ``index`` only starts the title of the next name
    (国家主席特使、某部部长王某某; LAC's 王家军 in 王家军副总司令洪玛奈)."""
    if SOVEREIGN.match(tokens[index][0]) and index + 1 < len(tokens) and tokens[index + 1][1] == "PER":
        return True  # 唐太宗 + 李某: the sovereign's temple name is the title of the given name after it
    end = index + 1
    while end < len(tokens) and tokens[end][1] in TITLE_TAGS:
        end += 1
    if end == index + 1 or end >= len(tokens) or end == index + 2 and (
            tokens[index + 1][0] in POSTFIX_HEADS or delegate_after(tokens, index + 1)):
        return False  # 习近平主席 + 应邀: the head after the name is its own
    return is_title("".join(w for w, _ in tokens[index + 1:end])) and (
        tokens[end][1] == "PER" or tokens[end][0] in CHAIN_MARKS and titles_before(tokens, end) != [])


