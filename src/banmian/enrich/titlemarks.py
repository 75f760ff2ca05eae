"""Names in marks before a title: a quoted name (“某某”工作室主任), an outlet in
《》 (《晨星报》专栏作家), a work before a role on it (《某某》导演), a short name in
brackets after an organisation (…公司（华远纺机）副总经理). They belong to the
title that follows them; :mod:`.titles` asks where each opens."""

from __future__ import annotations

from .lexer import Token

#: what joins the titles of one person: 区委常委、组织部部长; 国务委员兼外长
CHAIN_MARKS = ("、", "，", ",", "兼")

#: the longest quoted name taken whole into a title
_QUOTED_NAME_LONGEST = 10


def quoted_name_start(tokens: list[Token], closing: int) -> int:
    """The index of the “ that opens the quoted name closed at ``closing``,
    or -1 when no short quoted name without marks closes there."""
    if tokens[closing][0] != "”":
        return -1
    text = ""
    for k in range(closing - 1, max(-1, closing - 8), -1):
        word, tag = tokens[k]
        if word == "“":
            return k if text else -1
        if tag == "w" or not word.strip():
            return -1
        text = word + text
        if len(text) > _QUOTED_NAME_LONGEST:
            return -1
    return -1


#: the longest short name given in brackets after an organisation's name (（以下简称“明德”）)
_ALIAS_LONGEST = 14
#: what an organisation's name ends with when LAC does not tag it ORG
_ORGANISATION_ENDINGS = ("公司", "集团", "中心", "协会", "学会", "商会", "基金会", "研究院", "研究所", "银行")


#: how the names of newspapers, journals and sites end: written in 《》 before a title, they are its organisation
_OUTLET_ENDINGS = ("报", "刊", "杂志", "周刊", "日报", "晚报", "网")
#: the kind of an outlet written after its name in 《》 (《某某》期刊, 《某某》杂志社): the name is the outlet's
_OUTLET_KINDS = ("期刊", "杂志", "周刊", "月刊", "报社", "杂志社", "编辑部")


#: roles on a work: the work's title in 《》 before them belongs to the title (《某某》导演)
WORK_ROLES = frozenset({"导演", "编剧", "主演", "作者", "译者", "制片人", "总导演", "作曲", "监制"})


def outlet_start(tokens: list[Token], closing: int, work_role: bool = False) -> int:
    """The index of the 《 that opens an outlet's name closed at ``closing``
    (《晨星报》专栏作家, 《某某日报》主编), or -1: a paper's name is the
    organisation of the title that follows it; a work's name before a role on
    it (《某某》导演, ``work_role``) belongs to the title too."""
    if closing < 2 or tokens[closing][0] != "》":
        return -1
    text = ""
    kind_after = closing + 1 < len(tokens) and tokens[closing + 1][0].startswith(_OUTLET_KINDS)  # 《某某》期刊编辑
    for k in range(closing - 1, max(-1, closing - 6), -1):
        word, tag = tokens[k]
        if word == "《":
            return k if text and (work_role or kind_after or text.endswith(_OUTLET_ENDINGS)) else -1
        if tag == "w" or not word.strip() or len(text) + len(word) > _QUOTED_NAME_LONGEST:
            return -1
        text = word + text
    return -1


def alias_start(tokens: list[Token], closing: int) -> int:
    """The index of the （ that opens a short name given to the organisation
    just before it (…股份有限公司（华远纺机）副总经理, …集团（以下简称“明德”）执行总裁),
    or -1: the bracket belongs to the title that follows it."""
    if closing < 2 or tokens[closing][0] not in ("）", ")"):
        return -1
    length = 0
    for k in range(closing - 1, max(-1, closing - 9), -1):
        word, tag = tokens[k]
        if len(word) > 1 and word[-1] in ("（", "(") and tag == "ORG":
            return k if length else -1  # 中央某校（/ORG + 国家某学院 + ）: LAC kept the bracket with the organisation
        if word in ("（", "(") and k == 0:
            return -1
        if word in ("（", "("):
            before, before_tag = tokens[k - 1]
            organisation = before_tag == "ORG" or before_tag in ("n", "nz") and before.endswith(_ORGANISATION_ENDINGS)
            zone = before_tag == "LOC" and before.endswith("区") and tokens[closing - 1][0].endswith("区")
            return k if length and (organisation or zone) else -1  # 某某高新区（开发区）: a zone's other name
        length += len(word)
        if word in CHAIN_MARKS or word in ("。", "；", "（", "(", "）", ")") or not word.strip() or length > _ALIAS_LONGEST:
            return -1
    return -1


__all__ = ["CHAIN_MARKS", "WORK_ROLES", "alias_start", "outlet_start", "quoted_name_start"]
