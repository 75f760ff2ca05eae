"""Posts a biography's next clause gives the same subject (某某任某厂科长，后来
升任某处处长; 某某率部北上，后任某报副总编辑): a clause that opens with
后 (later) and a post verb has no subject of its own, so the post is the
person's whose clause it follows."""

from __future__ import annotations

from .lexer import Token

#: words that open the later clause (后, 后来, 随后 ...)
_LATER = frozenset({"后", "后来", "随后", "此后", "其后", "之后"})
#: adverbs between them and the verb (后 + 又 + 升任)
_ADVERBS = frozenset({"又", "再", "还", "即", "便", "先后", "曾"})
#: verbs that take a post (任, 兼任, 调任 ...)
_POST_VERBS = frozenset({"任", "担任", "兼任", "转任", "调任", "升任", "改任", "出任", "历任", "继任", "接任", "先后任"})
#: the verb glued to 后 by the tagger (后任/v, 后调任/v)
_GLUED = frozenset("后" + verb for verb in _POST_VERBS)
#: verbs of a promotion written with 为 (提升为, 被任命为)
_PROMOTIONS = frozenset({"提升", "提拔", "晋升", "任命", "选举", "推选", "擢升"})
#: the same glued to 为 by the tagger (提升为/v)
_PROMOTIONS_GLUED = frozenset(p + "为" for p in _PROMOTIONS)
#: marks and words before a name that opens its clause (。某某…, 1937年，某某…, 1937年某某…)
_CLAUSE_OPENERS = frozenset({"，", ",", "。", "；", "：", "！", "？", "”"})
#: the most words of the subject's own clause before the later one (率部北上, 被编入某部)
_OWN_CLAUSE_LONGEST = 8


def _name_opens_clause(tokens: list[Token], k: int) -> bool:
    """Does the name at ``k - 1`` open its clause (after a mark or a time, or
    at the start), so that it is the subject of the clause from ``k``?"""
    return k < 2 or tokens[k - 2][0] in _CLAUSE_OPENERS or tokens[k - 2][1] == "TIME"


def later_post(tokens: list[Token], k: int) -> int:
    """Where the post starts when the clause at ``k`` is a later post of the
    same subject (后 + 兼任, 后/f + 又/d + 被/p + 提升/v + 为/v, 后任/v); 0 when it is not."""
    if k < len(tokens) and tokens[k][0] in _GLUED:
        return k + 1
    if k >= len(tokens) or tokens[k][0] not in _LATER:
        return 0
    k += 1
    if k < len(tokens) and tokens[k][0] in _ADVERBS:
        k += 1
    if k < len(tokens) and tokens[k][0] in _POST_VERBS:
        return k + 1
    if k < len(tokens) and tokens[k][0] == "被":
        k += 1
    if k + 1 < len(tokens) and tokens[k][0] in _PROMOTIONS and tokens[k + 1][0] == "为":
        return k + 2
    if k < len(tokens) and tokens[k][0] in _PROMOTIONS_GLUED:
        return k + 1
    return 0


def passive_post(tokens: list[Token], k: int) -> int:
    """Where the post starts when the name's clause at ``k`` is a promotion
    written in the passive (某某 + 被 + 任命/v + 为/v + title, 被 + 提升为/v):
    the title is the name's, as in 任命某某为 + title; 0 when it is not."""
    if k + 1 >= len(tokens) or tokens[k][0] != "被":
        return 0
    if k + 2 < len(tokens) and tokens[k + 1][0] in _PROMOTIONS and tokens[k + 2][0] == "为":
        return k + 3
    return k + 2 if tokens[k + 1][0] in _PROMOTIONS_GLUED else 0


def later_post_after_own_clause(tokens: list[Token], k: int) -> int:
    """Where the post starts when the name's own short clause from ``k`` (a verb
    phrase, no other person, no mark) ends at a comma and a later post follows
    (某某 + 率部北上 + ， + 后任 + title); 0 otherwise."""
    if k >= len(tokens) or tokens[k][1] not in ("v", "d", "p"):
        return 0  # the name is the subject: its clause opens with its verb (or an adverb, a preposition)
    if not _name_opens_clause(tokens, k):
        return 0  # 与某某一起北上，后任…: the name is one of the subjects, or no subject at all
    end = k
    while end < len(tokens) and end - k < _OWN_CLAUSE_LONGEST and tokens[end][1] not in ("w", "PER"):
        end += 1
    if end >= len(tokens) or tokens[end][0] not in ("，", ","):
        return 0
    return later_post(tokens, end + 1)


#: verbs that take a post inside the name's own clause (某某被编入某大队担任班长)
_CLAUSE_POST_VERBS = frozenset({"担任", "出任", "兼任", "调任", "升任", "转任", "接任", "继任"})
#: words that give the post to someone else than the clause's subject (某某派人担任, 某某的儿子担任)
_OTHER_ACTOR = frozenset({"的", "让", "请", "派", "叫", "使", "令", "要求", "安排", "推荐", "邀请", "聘请", "委托", "带领",
                          "率领", "动员", "鼓励", "支持", "协助", "帮助", "希望", "建议", "提议", "同意", "批准", "任命",
                          "决定", "推选", "选举", "父亲", "母亲", "妻子", "丈夫", "儿子", "女儿", "孩子", "家人", "爱人",
                          "哥哥", "弟弟", "姐姐", "妹妹", "老伴", "徒弟", "学生", "同事", "之后", "以后", "后", "前", "时"})
#: words that open a subordinate clause (if, because, although, so as to): a post under them is supposed, a
#: reason or an aim (某某如果担任组长…, 某某因担任某职，…), not the post the sentence states
_SUBORDINATING = frozenset({"如果", "若", "假如", "要是", "一旦", "倘若", "因", "因为", "由于", "虽然", "尽管", "即使",
                            "为了", "只要", "只有", "除非"})
#: verbs of speech: what follows them is what the name says (某某说，担任委员以来…), not a clause of its own
_SPOKEN = frozenset({"说", "表示", "介绍", "告诉", "坦言", "认为", "指出", "强调", "回忆", "透露", "感慨", "说道",
                     "直言", "解释", "称", "谈到", "记得", "觉得", "笑着说", "感叹", "讲述", "回答"})
#: the most words of the name's clause before the verb, and of the next clause's front (如今 + 在 + 某公司)
_CLAUSE_LONGEST = 10
_NEXT_FRONT_LONGEST = 4
#: what may stand before the verb in the next clause: a time, an adverb, 在 and a place or a body
_NEXT_FRONT_TAGS = frozenset({"TIME", "d", "p", "LOC", "ORG", "f"})


def post_in_own_clause(tokens: list[Token], k: int) -> int:
    """Where the post starts when the clause the name at ``k - 1`` opens (or the
    next one, which has no subject of its own) takes a post with 担任 or 兼任
    (某某被编入某大队担任班长; 某某便是其中一位，担任某村第一书记; 某某曾在某地
    工作，如今在某公司担任助理); 0 when another person, a possessive, a verb
    that hands the post to someone else or a second comma comes first."""
    if k >= len(tokens) or not _name_opens_clause(tokens, k):
        return 0
    end, front = k, -1  # front: where the clause after the comma starts (-1 before it)
    while end < len(tokens) and end - k < _CLAUSE_LONGEST:
        word, tag = tokens[end]
        if word in _CLAUSE_POST_VERBS and end > k:
            return end + 1
        if tag == "PER" or word in _OTHER_ACTOR or word in _SPOKEN or word in _SUBORDINATING:
            return 0
        if word in ("，", ",") and front < 0:
            front = end + 1
        elif tag == "w" or front >= 0 and (tag not in _NEXT_FRONT_TAGS or end - front >= _NEXT_FRONT_LONGEST):
            return 0
        end += 1
    return 0


#: copulas that open the clause after the name's own with the post the person holds now (某某在某地工作
#:多年，现任某公司经理; 某某来自某地，是某会的名誉会长); not 曾任 or 原是: a past post is read elsewhere
_NEXT_CLAUSE_COPULAS = frozenset({"现任", "现为", "是", "系"})
#: adverbs of the present between the comma and the copula (，如今 + 是; ，目前 + 担任 is post_in_own_clause's)
_NOW = frozenset({"如今", "现在", "目前", "现"})
#: the most clauses of the subject before the one of the post (来自某地，在某国生活多年，是…)
_OWN_CLAUSES = 2


def copula_after_own_clause(tokens: list[Token], k: int) -> int:
    """Where the copula stands when the clause the name at ``k - 1`` opens (a
    verb phrase of at most ten words: no other person, no mark, no word that
    hands the clause to someone else, no speech), and at most one more clause
    with no subject of its own, end at a comma and the next clause opens with
    a copula of the present post (某某在某地工作多年，现任某公司经理; 某某来自
    某地，在某国生活多年，是某会的名誉会长): the person of the first clause is
    the subject of all. 0 otherwise."""
    if not _name_opens_clause(tokens, k):
        return 0  # 见到某某，是…: the name is an object, not the subject
    start = k
    for _ in range(_OWN_CLAUSES):
        if start >= len(tokens) or tokens[start][1] not in ("v", "d", "p", "TIME"):
            return 0  # the subject's clause opens with its verb (or an adverb, a preposition, a time), no subject of its own
        end = start
        while end < len(tokens) and end - start < _CLAUSE_LONGEST and tokens[end][1] not in ("w", "PER"):
            word = tokens[end][0]
            if word in _OTHER_ACTOR or word in _SPOKEN or word in _SUBORDINATING or word in _NEXT_CLAUSE_COPULAS:
                return 0  # 某某说，是…; 某某的儿子…; 某某是…，是…: the clause's own copula is read before
            end += 1
        if end + 1 >= len(tokens) or tokens[end][0] not in ("，", ",") or all(t != "v" for _, t in tokens[start:end]):
            return 0  # 某某今年63岁，是…: a note on the person, no clause the person acts in
        copula = end + 1
        if tokens[copula][0] in _NOW and copula + 1 < len(tokens):
            copula += 1
        if tokens[copula][0] in _NEXT_CLAUSE_COPULAS and copula + 1 < len(tokens):
            return copula
        start = end + 1
    return 0
