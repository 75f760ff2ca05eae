"""What the words around one mention of a name say of it (one sentence's tokens).

Split from :mod:`.people`: each test reads the tokens next to a name (a
speech verb after it, a list beside it, an institution's word after it) and
answers for that mention only.
"""

from __future__ import annotations

import re

from ..names import NEWS_SURNAMES as _SURNAMES
from .lexer import Token
from .nameends import writes_a_work
from .han_chars import HAN_PART
from .nameshapes import SPEECH
from .titles import is_title, titles_before
from .titlewords import APPOINTING, SEX_MARKS

#: how nouns for people end (退休老人, 女工, 小伙子, 观众): a name right after one is a person's
_PERSON_NOUN_ENDINGS = frozenset("人者工民客孩女娘妈婆姐哥叔姨众子")
#: how the names of units of a body end (急诊科, 办公室, 派出所): a name right after one is a member's
_UNIT_ENDINGS = frozenset("科室处局院部所队组站厂司团社馆")
_LIST_MARKS = frozenset({"、", "和", "与", "及", "同"})
#: words that introduce a name (名叫张三, 她叫李四) or another name of the same person (原名李四)
_NAMING = ("叫", "名叫", "名为", "姓名", "原名", "又名", "化名", "本名", "别名", "曾用名", "笔名", "艺名")


def titled_mention(mentions: list[tuple[list[Token], int]]) -> bool:
    """Is one of these mentions written with a title right before it (某国外长柯伦)
    or a speech verb right after it (普某思/PER + 说)? These are the surest signs of
    a person: LAC's other readings of the word (会见柯伦/ORG时) do not outvote them."""
    return any(titles_before(tokens, i) or i + 1 < len(tokens) and tokens[i + 1][0] in SPEECH for tokens, i in mentions)


def quoted_role(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` the first of a quoted epithet made of it and a
    head (“拾荒/PER + 老师”): a nickname of the person named after it, no name."""
    return (0 < index < len(tokens) - 2 and tokens[index - 1][0] in ("“", "‘") and tokens[index + 2][0] in ("”", "’")
            and is_title(tokens[index + 1][0]))


def speaks(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` the subject of a speech verb, addressed as a
    person (同志, 先生), a work's author (某某的《某书》) or introduced by a naming
    word (她叫陈兰兰)?"""
    following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    if following in SPEECH or following[:1] == "说" or following in ("同志", "先生", "女士", "等人") or following == "的" and writes_a_work(tokens, index):
        return True
    return index > 0 and tokens[index - 1][0].endswith(_NAMING)


#: words after a person's name that make it the name of a school, a hall or a prize (乔纳森·格兰特 + 高中)
#: how the name of a company, a cooperative or a prize ends (a name opening one names it, not a person)
_COMPANY_ENDINGS = ("公司", "集团", "合作社", "工作室", "有限公司", "奖")
_INSTITUTIONS = ("高中", "中学", "小学", "大学", "学院", "纪念馆", "纪念堂", "故居", "基金会", "研究会", "奖学金")


#: units and crews named after a hero (某某侦察连, 某某班, 某某机组): the word as a whole, not 班长
_UNITS_NAMED_AFTER = frozenset({"机组", "中队", "分队", "侦察连", "英雄连", "突击队", "舰"})


def names_an_institution(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` the front of an institution's name (乔纳森·格兰特高中,
    邓颖超纪念馆)? It is no mention of the person there."""
    after = index + 1
    while after < len(tokens) and after - index <= 2 and tokens[after][1] == "PER":
        after += 1  # 周某某 + 邓某某 + 纪念馆: a hall of two people
    following = tokens[after][0] if after < len(tokens) else ""
    if following.startswith(_INSTITUTIONS) or following in _UNITS_NAMED_AFTER:
        return True
    run = ""
    for word, tag in tokens[after:after + 4]:  # 迪某特 + 花卉 + 有限公司, 吴某章 + 人文社会科学 + 终身成就奖
        if tag not in ("n", "nz", "ORG"):
            break
        run += word
        if run.endswith(_COMPANY_ENDINGS):
            return True
    return False


def alone_on_its_line(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` all its paragraph holds (a signature or a section's byline)?
    A foreign writer's country in brackets may open the line ((印度)某某: an essay's byline)."""
    start = 3 if index == 3 and tokens[0][0] in ("（", "(") and tokens[1][1] == "LOC" and tokens[2][0] in ("）", ")") else 0
    return all(not word.strip() for k, (word, _) in enumerate(tokens) if k != index and k >= start)


def in_running_text(tokens: list[Token], index: int) -> bool:
    """Does the name at ``index`` stand inside a sentence, with words on both
    sides (孙磊一家人 in 在江城，孙磊一家人天没亮就起床), not at the edge of a
    line, a bracket or a slash where signatures and credits stand?"""
    if index == 0:
        return subject_of_a_sentence(tokens)
    if index + 1 >= len(tokens):
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    return (after[1] != "w" and after[0].strip() != "" and before[0].strip() != ""
            and before[0] not in ("（", "(", "/", "／", "：", ":") and before[0][-1:] not in ("/", "／"))


#: marks that end a whole sentence (a chunk ending so is no line of credits or signatures)
_SENTENCE_ENDS = ("。", "！", "？", "；", "…", "”")


def subject_of_a_sentence(tokens: list[Token]) -> bool:
    """Does the name opening these tokens begin a whole sentence, a verb or an
    adverb right after it (韩某 + 有言 …。, 韩某 + 继续 …。)? The subject of a
    sentence in running text, not a signature or a credit at a line's edge."""
    return (len(tokens) >= 4 and tokens[1][1] in ("v", "d") and tokens[1][0] not in _CREDIT_WORDS
            and tokens[-1][0] in _SENTENCE_ENDS)


#: verbs of a credit line right after a name (某某摄, 某某绘): a credit, not a sentence
_CREDIT_WORDS = frozenset({"摄", "绘", "摄影", "制图", "整理", "报道", "供图", "作"})


#: brackets after a name that only a person takes: an alias, a place in a photo (某某（化名）, 某某（右）)
_PERSON_MARKS = tuple(f"{o}{w}{c}" for o, c in (("（", "）"), ("(", ")"))
                      for w in ("化名", "右", "左", "中", "右一", "左一", "右二", "左二", "前", "后排"))


#: nouns of age or sex written right after a name (某某老人, 某某大叔): the name is the person's
_AGE_NOUNS_AFTER = frozenset({"老人", "老汉", "老太", "大叔", "大婶", "大妈", "大娘", "大爷", "阿姨", "大姐", "大哥",
                              "小伙", "姑娘", "奶奶", "爷爷"})


#: what an author or an artist made, written right after the name (金某作品, 丰某恺画风)
_AUTHORS_WORKS = frozenset({"作品", "笔下", "画风", "画作", "诗句", "名句", "名言", "手迹", "墨宝", "遗作", "原著",
                            "诗作", "书法", "真迹"})


#: a dynasty, maybe with its side and 代/朝/末/初 (东汉, 宋代, 明末): it dates a historical person
_DYNASTY = re.compile(r"^[东西南北]?[汉晋宋周魏齐梁陈隋唐元明清秦][代朝末初]?$")


def name_context(tokens: list[Token], index: int) -> bool:
    """Does the text around the name at ``index`` read as a person's?
    A speech verb, 等, a preposition, conjunction or adverb after it
    (刘国梁表示, 王楠、张怡宁等, 刘鹤与), another name
    beside it in a list (刘国正、马琳), or a naming word before it (她叫陈兰兰)."""
    following, following_tag = tokens[index + 1] if index + 1 < len(tokens) else ("", "w")
    if following in SPEECH or following in ("等", "等人", "同志", "先生", "女士", "夫妇") or following[:1] == "说" or following == "的" and writes_a_work(tokens, index):
        return True  # 某某表示, 某某的《某书》
    if following in _AGE_NOUNS_AFTER:
        return True  # 顿某老人说, 克里某大叔边舞边唱: a noun of a person's age or sex after the name
    if following in _AUTHORS_WORKS or following == "笔" and index + 2 < len(tokens) and tokens[index + 2][0] == "下":
        return True  # 金某作品, 丰某恺画风, 老某笔下: what an author made
    if "".join(w for w, _ in tokens[index + 1:index + 4]) in SEX_MARKS + _PERSON_MARKS:
        return True  # 柯文（女）: the sex in brackets, as rosters and appointments write it, follows a person
    if following_tag in ("p", "c", "d") and tokens[index][0][0] in _SURNAMES:
        return True  # 刘鹤与, 陈新军也; not 春雪同样, 苞谷只
    previous, previous_tag = tokens[index - 1] if index > 0 else ("", "w")
    if previous_tag == "n" and len(previous) >= 2 and previous[-1] in _PERSON_NOUN_ENDINGS:
        return True  # 退休老人马某, 小伙子曹某
    if tokens[index][0][0] in _SURNAMES and (previous_tag == "ORG" or previous_tag in ("n", "nz") and len(previous) >= 2
                                             and previous[-1] in _UNIT_ENDINGS):
        return True  # 某医院急诊科杨某, 某公司杨某: a person of the body or the unit named before
    if previous_tag == "TIME" and _DYNASTY.match(previous) and tokens[index][0][0] in _SURNAMES:
        return True  # 东汉杨某, 宋代王某: a historical person dated by the dynasty
    for step in (-2, 2):
        k = index + step
        if 0 <= k < len(tokens) and tokens[index + step // 2][0] in _LIST_MARKS and tokens[k][1] == "PER":
            return True
    if previous in _PERSON_OBJECT_VERBS and tokens[index][0][0] in _SURNAMES:
        return True  # 战胜陈某, 看望王某: verbs whose object is a person
    return index > 0 and tokens[index - 1][0].endswith(_NAMING)


#: verbs whose object is a person (a player beaten, a person visited or met)
_PERSON_OBJECT_VERBS = frozenset({"战胜", "击败", "淘汰", "迎战", "负于", "不敌", "力克", "看望", "探望", "慰问", "会见",
                                  "会晤", "接见", "拜访", "采访", "陪同", "结识", "嫁给", "问候", "告别"})


#: verbs that appoint or remove a person (任命X为, 免去X的…职务): what follows them is a person
_APPOINTING_OR_REMOVING = frozenset(APPOINTING) | frozenset({"免去", "免除", "撤销", "罢免", "补选", "选举产生"})


def appointed(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` the object of an appointment or a removal
    (任命某某为…, 免去某某的…职务, 补选某某为…)? The decree names a person
    there, however unsure LAC was of a name it met once."""
    return (0 < index < len(tokens) - 1 and tokens[index - 1][0] in _APPOINTING_OR_REMOVING
            and tokens[index + 1][0] in ("为", "的") and tokens[index][0][0] in _SURNAMES)


def list_between(tokens: list[Token], start: int, end: int) -> bool:
    """True when only list items lie between the previous name and this one
    (、 and at most one short word LAC did not read as a name: 艾力更·依明巴海)."""
    if start < 0 or end - start > 6:
        return False
    between = tokens[start:end]
    return between[-1][0] == "、" and all(w in ("、", "·") or HAN_PART.fullmatch(w) for w, _ in between) and (
        sum(len(w) for w, t in between if w not in ("、", "·")) <= 8)
