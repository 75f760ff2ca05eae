"""Contributors: reporters, photographers, editors and layout credits.

A name is a contributor, not a person of the news, wherever a credit form
stands around it: after a role word, with or without a colon (记者张三,
制图：李四, 版式设计：王五, 执笔：赵六); inside a bracket that a role word or
a dateline opens ((记者张三、李四、王五), (本报北京、罗马电 颜欢、韩硕)); in a
bracket right after a dateline (本报北京2月10日电 (张若望)) or in one that is
a whole sentence of names ((张三), closing a short item); before a
credit verb (张三摄, 李四整理, 王五参与采写); signing an essay (张三（作者为…）);
giving a picture's source (图片由某所研究员张三提供);
or in names set apart by spaces only (郑少忠 娄国标); a name on a line of
its own with a paper's staff role after a space (何某 本报评论员: the writers
of a dialogue).
"""

from __future__ import annotations

import re

from .lexer import Token
from .nameshapes import SPEECH

#: roles of contributors: a name after them (a colon may stand between) is a credit
CONTRIBUTOR_ROLES = ("本报记者", "特约记者", "摄影记者", "见习记者", "记者", "通讯员", "实习生", "摄影",
                     "责任编辑", "编辑", "美编", "校对", "整理", "撰稿", "制图", "设计", "执笔", "插图",
                     "漫画", "供图", "翻译", "版式", "采写", "执笔记者", "统筹", "策划")
#: words right after a name that credit it (张三摄, 李四采访整理)
CREDIT_VERBS = frozenset({"摄", "报道", "摄影", "整理", "采访整理", "供图", "制图", "绘", "参与采写", "采写"})
#: the most words LAC cuts a credit verb into, and the longest credit verb
_CREDIT_VERB_WORDS, _CREDIT_VERB_LONGEST = 4, max(map(len, CREDIT_VERBS))
#: verbs that credit a drawing only where they close the line or stand before its source (朱某作（新华社发）)
_CLOSING_CREDIT_VERBS = frozenset({"作", "画"})
#: a bracket opened by these is a dateline credit (本报北京、罗马电 颜欢、韩硕)
_DATELINE_OPENINGS = ("本报", "据新华社", "新华社", "据本报")
#: a bracket opened by these gathers reports (综合张三、李四、王五报道)
_GATHERED = ("综合",)
_SKIPPED = frozenset({"：", ":", "　"})
#: verbs that make a name after 记者 the reporter of another outlet quoted in the news
_QUOTING_VERBS = frozenset({"表示", "说", "指出", "认为", "介绍", "告诉", "称", "说道"})
#: outlets whose reporters write the article: their 记者 before a name is a credit even before 说
_OWN_OUTLETS = ("本报", "新华社", "人民日报", "人民网")


#: the staff roles of a paper that a line of its own gives after a writer's name (何某 本报评论员)
_PRESS_ROLES = ("评论员", "记者", "通讯员")
#: the longest role written after a writer's name on a line of its own (某某日报评论员)
_PRESS_ROLE_LONGEST = 12


#: what a picture's source line opens with (图片由…提供, 照片均由…拍摄)
_PICTURE_WORDS = ("本版图片", "资料图片", "图片", "照片", "配图", "图")
#: the verbs that close a picture's source line
_PICTURE_SOURCE_VERBS = frozenset({"提供", "拍摄"})


def picture_source(tokens: list[Token], index: int) -> bool:
    """Does the name at ``index`` close a picture's source line (图片由某天文台
    副研究员张三提供)? The line credits the picture: a contributor."""
    if index + 1 >= len(tokens) or tokens[index + 1][0] not in _PICTURE_SOURCE_VERBS:
        return False
    head = "".join(word for word, _ in tokens[:index]).lstrip(" （(")
    opening = next((word for word in _PICTURE_WORDS if head.startswith(word)), "")
    return bool(opening) and head[len(opening):].startswith(("由", "均由"))


def is_contributor(tokens: list[Token], index: int) -> bool:
    """True when the name at ``index`` stands in a credit form (see the module doc)."""
    if _press_role_line(tokens, index) or picture_source(tokens, index):
        return True  # 对话人： / 何某 本报评论员: the writers of a dialogue, each on a line of their own
    after_list = index + 1
    if after_list < len(tokens) and tokens[after_list][0] in _CLOSING_CREDIT_VERBS and (
            after_list + 1 == len(tokens) or tokens[after_list + 1][0] in ("（", "(")):
        return True  # 朱某作（新华社发）: a cartoon's credit
    # (周明远、孙晓岚采访整理), 宋立平  方  婷摄影报道, 陈某新/摄: the credit verb closes the whole list
    while after_list < len(tokens) and (tokens[after_list][0] in ("、", "/", "／") or not tokens[after_list][0].strip()
                                        or tokens[after_list][1] == "PER" or len(tokens[after_list][0]) == 1
                                        and tokens[after_list][0] not in CREDIT_VERBS and tokens[after_list][1] != "w"):
        after_list += 1
    following = [w for w, _ in tokens[after_list:after_list + 3]]
    span = _credit_verb_span(tokens, after_list)
    if span:
        return _credit_ends(tokens, after_list, span)  # 张三摄, 李泽文参与采写; not 张三整理案卷
    if following[:1] in (["（"], ["("]) and "".join(following[1:]).startswith("作者"):
        return True  # an essay's signature: 张陈明（作者为…）
    if _spaced_name_list(tokens, index):
        return True  # a byline line of a part of the article: 郑少忠 娄国标
    back = index - 1
    # back over the list this name ends (记者丁子、李秉新、孙广勇) to the word before its first name
    while back >= 1 and (tokens[back][0] == "、" or not tokens[back][0].strip()) and tokens[back - 1][1] == "PER":
        back -= 2  # also 本报记者 罗立桦 姜晓岚
    while back >= 0 and (tokens[back][0].strip() == "" or tokens[back][0] in _SKIPPED):
        back -= 1
    if back >= 0 and not tokens[back][0].endswith(CONTRIBUTOR_ROLES):
        back = _role_before_spaced_names(tokens, index, back)  # 本报记者  方  舟  韩立川
    if _bureau_note(tokens, index):
        return True  # 某某分社张三：…: a reporter's note under the paper's bureau
    if back >= 0 and tokens[back][0].endswith(CONTRIBUTOR_ROLES) and not _chief_editor(tokens, back):
        return (not _outlets_reporter_speaking(tokens, back, index) and not _department_member(tokens, back, index)
                and not _maker_speaking(tokens, back, index) and not _role_in_running_text(tokens, back, index))
    for j in range(index - 1, -1, -1):
        word = tokens[j][0]
        if word in ("）", ")", "。"):
            return False
        if word in ("（", "("):
            return _credit_bracket(tokens, j, index)
    return False


def _role_in_running_text(tokens: list[Token], role: int, index: int) -> bool:
    """Is the role word a head of the sentence's own noun phrase before a name
    that the sentence goes on with (…的华工 + 翻译 + 某某 + 的足迹): a person the
    text speaks of, not a credit line (翻译：某某, 本报记者某某)? The role word
    follows a noun of its clause and 的 follows the name."""
    return (role == index - 1 and role > 0 and tokens[role - 1][1] in ("n", "nz") and len(tokens[role][0]) == 2
            and index + 1 < len(tokens) and tokens[index + 1][0] == "的")


def _chief_editor(tokens: list[Token], role: int) -> bool:
    """Is the role word at ``role`` the end of 总编辑 (某报社 + 副总/a + 编辑)?
    An editor-in-chief or a deputy is an officer of the paper named in the
    news, never the credit of a page."""
    return "".join(word for word, _ in tokens[max(0, role - 1):role + 1]).endswith("总编辑")


def _press_role_line(tokens: list[Token], index: int) -> bool:
    """Is the line a writer's name, a space and a paper's staff role, and
    nothing else (何某 本报评论员, 饶某 某某日报评论员)?"""
    if any(word.strip() for word, _ in tokens[:index]) or index + 1 >= len(tokens) or tokens[index + 1][0].strip():
        return False
    role = "".join(word for word, _ in tokens[index + 1:]).strip()
    return (0 < len(role) <= _PRESS_ROLE_LONGEST and role.endswith(_PRESS_ROLES)
            and all(tag != "w" and word.strip() for word, tag in tokens[index + 2:]))


def _outlets_reporter_speaking(tokens: list[Token], role_at: int, index: int) -> bool:
    """Is the name at ``index`` a reporter or editor of a named outlet who is in
    the news (《共和国报》记者X表示, 某电视台摄像记者X说, 《某某》期刊编辑X所感到的),
    not a credit? The role word follows the outlet's name (an organisation or a
    title in 《》) and the name's clause goes on after it (a verb, not a mark)."""
    following, following_tag = tokens[index + 1] if index + 1 < len(tokens) else ("", "w")
    if following not in _QUOTING_VERBS and (following_tag == "w" or following in CREDIT_VERBS or not following.strip()):
        return False  # in running text the name is followed by its clause (X表示, X所感到的), not a mark
    k = role_at if tokens[role_at][0] not in CONTRIBUTOR_ROLES else role_at - 1
    while k >= 0 and role_at - k <= 2 and tokens[k][1] in ("n", "vn") and tokens[k][0] not in CONTRIBUTOR_ROLES:
        k -= 1  # 摄像 of 摄像记者
    if k < 0 or not (tokens[k][1] == "ORG" or tokens[k][0] == "》"):
        return False
    outlet = tokens[k][0] if tokens[k][1] == "ORG" else "".join(w for w, _ in tokens[max(0, k - 4):k])
    return not any(own in outlet for own in _OWN_OUTLETS)


#: how the name of a department of an outlet or an office ends (总编室, 新闻部, 编辑组)
_DEPARTMENT_ENDINGS = ("室", "部", "处", "科", "组", "中心")


#: roles of the makers of a work (a show's writer, a designer, a translator), not of the paper's staff
_MAKERS = ("撰稿", "设计", "翻译", "策划", "统筹", "执笔")


def _maker_speaking(tokens: list[Token], role_at: int, index: int) -> bool:
    """Is the name at ``index`` a work's maker who speaks in the news (据晚会总撰稿
    某某透露, 翻译某某说)? A credit line is never followed by a speech verb."""
    following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    return tokens[role_at][0].endswith(_MAKERS) and following in SPEECH


def _department_member(tokens: list[Token], role_at: int, index: int) -> bool:
    """Is the name at ``index`` a member of a department written as the
    subject of running text (某报总编室 + 编辑 + 柯某 + ，经…选派到…)? A
    credit stands alone or after a mark (编辑：X, （记者 X）); a role word glued
    to its department's name, with the sentence going on after the name, is
    the person's title."""
    if role_at < 1 or index != role_at + 1 or tokens[role_at][0] not in CONTRIBUTOR_ROLES:
        return False
    department, tag = tokens[role_at - 1]
    following = [word for word, _ in tokens[index + 1:index + 3]]
    return (tag in ("n", "nz", "ORG") and len(department) >= 2 and department.endswith(_DEPARTMENT_ENDINGS)
            and len(following) == 2 and following[0] in ("，", ",") and following[1] not in CREDIT_VERBS
            and following[1].strip() != "")


def _credit_verb_span(tokens: list[Token], start: int) -> int:
    """How many words from ``start`` spell a credit verb (the longest), 0 if
    none: LAC may cut one into characters (参与 + 采 + 写 of 参与采写)."""
    text = ""
    best = 0
    for k in range(start, min(len(tokens), start + _CREDIT_VERB_WORDS)):
        text += tokens[k][0]
        if len(text) > _CREDIT_VERB_LONGEST:
            break
        if text in CREDIT_VERBS:
            best = k - start + 1
    return best


def _credit_ends(tokens: list[Token], start: int, span: int = 1) -> bool:
    """Does the credit verb of ``span`` words at ``start`` close its credit:
    the end of the line, a mark, a space or another credit word after it
    (张三摄影报道, (李四整理)), and no object (张三整理案卷 is a person at work)?"""
    k = start + span
    while k < len(tokens):
        more = _credit_verb_span(tokens, k)
        if not more:
            break
        k += more
    return k >= len(tokens) or tokens[k][1] == "w" or not tokens[k][0].strip() or tokens[k][0].startswith(("（", "("))


def _credit_bracket(tokens: list[Token], opening: int, index: int) -> bool:
    """Is the bracket opened at ``opening`` a credit, judged by what stands
    before the name at ``index`` inside it and by what precedes the bracket?"""
    inside = "".join(w for w, _ in tokens[opening + 1:index]).strip()
    if any(role in inside for role in CONTRIBUTOR_ROLES):
        return True
    if inside.startswith(("作者", "本文作者")) and index + 1 < len(tokens) and tokens[index + 1][0] in ("，", ",", "、", "）", ")"):
        return True  # （作者为某大学教授，中文名为某某，…）: a name the note on the author states is the author's
        # (not one inside the name of the author's body: 某某学科发展中心研究员)
    if inside.startswith(_DATELINE_OPENINGS) and "电" in inside or inside.startswith(_GATHERED):
        return True  # (本报北京、罗马电 颜欢), (综合张三、李四报道)
    before = opening - 1
    while before >= 0 and tokens[before][0].strip() == "":
        before -= 1
    if before < 0 and _names_only_to_the_end(tokens, opening + 1):
        return True  # （张三）, （张三、李四）closing an article: a bracket of names and nothing else
    # 本报北京2月10日电 (张若望): only names stand in it
    return before >= 0 and tokens[before][0].strip().endswith("电") and all(
        tag in ("PER", "w") for _, tag in tokens[opening + 1:index])


def _names_only_to_the_end(tokens: list[Token], start: int) -> bool:
    """From ``start``: names joined by 、 or spaces, the closing bracket, and
    at most a mark after it (the whole sentence is a credit)."""
    k = start
    while k < len(tokens) and (tokens[k][1] == "PER" or tokens[k][0] == "、" or not tokens[k][0].strip()):
        k += 1
    return (k > start and k < len(tokens) and tokens[k][0] in ("）", ")")
            and all(tag == "w" for _, tag in tokens[k + 1:]))


def _spaced_name_list(tokens: list[Token], index: int) -> bool:
    """Names set apart by spaces only (郑少忠 娄国标): how bylines stand in a
    line of their own; running text joins names with 、 or 和."""
    for step in (1, -1):
        k = index + step
        if not (0 <= k < len(tokens)) or tokens[k][0].strip():
            continue
        while 0 <= k < len(tokens) and not tokens[k][0].strip():
            k += step
        if 0 <= k < len(tokens) and (tokens[k][1] == "PER" or step == 1 and _name_sized(tokens, k)
                                     or step == -1 and (tokens[k][1] == "LOC" or _padded_name_ends(tokens, k))):
            return True  # 河西青川县 邵远山: a reader's signature
    return False


def _padded_name_ends(tokens: list[Token], end: int) -> bool:
    """Does a two-character name padded with spaces to the width of three
    (乔  栋, LAC: 乔/PER + spaces + 栋/q) end at ``end``, opening its line?"""
    k = end - 1
    while k >= 0 and not tokens[k][0].strip():
        k -= 1
    return (k == 0 and k < end - 1 and len(tokens[end][0]) == 1 and len(tokens[0][0]) == 1
            and tokens[0][1] == "PER" and "\u4e00" <= tokens[end][0] <= "\u9fff")


#: tags of words no name opens with: a count, a pronoun, a preposition, a conjunction, a particle, a time
_NO_NAME_OPENINGS = frozenset({"m", "q", "r", "p", "c", "u", "TIME"})


def _name_sized(tokens: list[Token], start: int) -> bool:
    """Do the words from ``start`` up to the next mark make 2-4 Han characters
    (a name LAC cut: 娄 + 国标)? Not when they open with a word no name opens
    with (一把 + 焊枪: a laureate's citation after his spaced name)."""
    if start < len(tokens) and tokens[start][1] in _NO_NAME_OPENINGS:
        return False
    text = ""
    k = start
    while k < len(tokens) and tokens[k][1] != "w":
        text += tokens[k][0]
        k += 1
    return 2 <= len(text) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in text) and k - start >= 2


#: names set apart by spaces between a role word and the name (a padded two-character name LAC cut
#: into a name and a verb counts: 刘  磊), with the role's colon: nothing else
_SPACED_NAMES = re.compile(r"[：:]?\s*(?:[\u4e00-\u9fff]{1,4}\s+)*")
#: the most characters between a role word and the last name of its spaced list
_SPACED_NAMES_LONGEST = 30


def _role_before_spaced_names(tokens: list[Token], index: int, fallback: int) -> int:
    """The role word before a list of names set apart by spaces that the name at
    ``index`` closes (本报记者  方  舟  韩立川, 稿件统筹：魏  岚  钱若溪): LAC reads a
    name padded with spaces as a name and a verb, or as a place, so the list is
    read by its shape, not its tags; ``fallback`` when no role word opens it."""
    if index < 1 or tokens[index - 1][0].strip():
        return fallback
    between = ""
    for k in range(index - 1, -1, -1):
        word = tokens[k][0]
        if word.strip().endswith(CONTRIBUTOR_ROLES):
            return k if _SPACED_NAMES.fullmatch(between) else fallback
        between = word + between
        if len(between) > _SPACED_NAMES_LONGEST:
            break
    return fallback


#: offices of a paper whose staff sign a note with their name and a colon (安徽分社某某：, 总编室某某：)
_PAPER_OFFICES = ("分社", "记者站", "总编室")


def _bureau_note(tokens: list[Token], index: int) -> bool:
    """Does the line open with an office of the paper, the name and a colon
    (安徽分社张三：…)? A reporter's note on the reporting, signed by the bureau:
    a contributor, not a person of the news."""
    return (index == 1 and tokens[0][0].endswith(_PAPER_OFFICES) and index + 1 < len(tokens)
            and tokens[index + 1][0] in ("：", ":"))
