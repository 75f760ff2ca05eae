"""Which words may stand inside a title: the word-by-word tests of the title grammar.

The title grammar (:mod:`.titles`, for :func:`.titles.titles_before`) walks back
from a name over the words that may be part of its title (:func:`in_title`),
then starts the title after the last verb that is the clause's own
(:func:`after_last_verb`). Most of the work is telling
LAC's misreadings inside an office (执行/v 主席, 参谋 + 长/v, 代/v 总统, 某某法律组织/v)
from the verbs and adverbs of the sentence around it.
"""

from __future__ import annotations

import re

from .lexer import Token
from .titleagents import agent_verb
from .titlecues import cut_into_characters, rank_read_as_adjective
from .titlehead import DIVISION_SUFFIXES, HEAD_SET, QUOTES, TITLE_TAGS, TITLE_WORDS, is_title
from .titlemarks import CHAIN_MARKS, alias_start, quoted_name_start
from .titleoffices import office_read_as_verb
from .titleshapes import bracketed_place, inside_a_body_name
from .titleunits import forming_adverb, forming_verb
from .titlewords import NOT_HEADS, POSTFIX_HEADS


#: adverbs of how or when something is done: before a head noun they modify the act, not the office
_ACTING_ADVERBS = frozenset({"分别", "共同", "一起", "一同", "同时", "亲自", "正式", "专门", "已经", "曾经", "仍然", "依然",
                             "一直", "始终", "再次", "首次", "多次", "先后", "随后", "立即", "当即", "特意", "还是", "也是"})
#: bodies whose departments are 系 (某某大学地球系)
_SCHOOLS = ("大学", "学院")
#: units of a body that a number names (一班, 三连, 第二组)
_UNITS = tuple("班连排营团队组科处室")


def _title_verb(tokens: list[Token], k: int, end: int) -> bool:
    """A short verb inside an organisation's title (某国海运集团执行总裁,
    中国援外水稻技术合作项目组组长, 某科技联合创始人): an organisation or
    place stands at most two words before it and title words follow it."""
    word, tag = tokens[k]
    if tag != "v" or len(word) > 2 or word in CHAIN_MARKS or k + 1 >= end:
        return False
    following, following_tag = tokens[k + 1]
    if following_tag not in TITLE_TAGS - {"m", "q"} | {"v"} and not (following_tag == "m" and following.endswith(_UNITS)):
        return False  # 抢修 + 一班 + 班长: a numbered unit may follow the verb
    if len(word) == 2 and following_tag == "LOC" and k > 0 and tokens[k - 1][1] == "LOC":
        return False  # 法国 + 批评 + 德国总理: one country acts on another, the verb is the clause's
    if len(word) == 2 and following_tag == "ORG" and k > 0 and tokens[k - 1][1] == "ORG":
        return False  # 某省纪委 + 发布 + 某市委副书记: a body acts on another body's officer, the verb is the clause's
    before: list[Token] = []  # the two words before it in its clause (a quote or a mark ends the clause)
    j = k - 1
    while j >= 0 and len(before) < 2 and tokens[j][1] != "w":
        before.insert(0, tokens[j])
        j -= 1
    if not before and k > 0 and (quoted_name_start(tokens, k - 1) >= 0 or alias_start(tokens, k - 1) >= 0):
        before = [("", "ORG")]  # “新药专项” + 实施 + 办公室主任: a quoted name of a programme or a body
    # 林业局 + 植树 + 造林 + 科科长: a verb may follow another verb of the same title;
    # 环境部 + 执法 + 局/n + 监督 + 执法 + 一处处长: a body LAC tagged as a noun (局, 部) is an organisation
    return bool(before) and before[-1][1] in ("ORG", "LOC", "n", "nz", "j", "v", "vn", "s") and any(
        t in ("ORG", "LOC") or t in ("n", "nz") and w.endswith(_BODY_ENDINGS) for w, t in before) and all(
        t in TITLE_TAGS or t == "v" for _, t in before)


#: last characters of the names of bodies (环境部, 执法局, 检察厅, 研究所)
_BODY_ENDINGS = tuple("部局厅院委署司办所")


#: role nouns LAC cuts after their first character (护 + 边员, 传 + 教士), and words of a title it reads as verbs (执行主席)
_CUT_ROLE_ENDINGS = "员工士"
_TITLE_VERBS = frozenset({"执行"})
#: 赴 after a country or a body names a unit by where it was sent (某国赴某地医疗队), as 驻 does where it stays
_SENT_TO = frozenset({"赴"})
#: 衔 after a head: the rank an office is held with (公使衔参赞, 大使衔)
_RANK_OF = "衔"
#: 驻 and where (驻华, 驻京, 驻外) glued into one word: the unit stationed there (驻华 + 使/v + 团长)
_STATIONED = re.compile(r"^常?驻[\u4e00-\u9fff]$")
#: bodies LAC reads as verbs are words of three characters or more (代表团); shorter ones are verbs (抱团, 开办)
_BODY_AS_VERB_SHORTEST = 3


def _inside_title_word(tokens: list[Token], k: int, end: int) -> bool:
    """A word LAC reads as a verb that belongs to the title around it: the
    place after 驻 (驻 + 缅 + 英军总司令), the first character of a role noun
    LAC cut (民兵哨所 + 护 + 边员), 执行 of 执行主席."""
    word, tag = tokens[k]
    if tag != "v" or k + 1 >= end:
        return False
    if word in _TITLE_VERBS:
        return True
    if word in _SENT_TO and k > 0 and tokens[k - 1][1] in ("LOC", "ORG"):
        return True  # 某国 + 赴/v + 某地维和部队 + 指挥长: a unit sent abroad, named by where it went
    if word == _RANK_OF and k > 0 and tokens[k - 1][0] in HEAD_SET:
        return True  # 公使 + 衔/v + 参赞: the rank an office is held with
    if len(word) >= _BODY_AS_VERB_SHORTEST and word.endswith(_BODY_ENDINGS + ("团",)):
        return True  # 常驻日内瓦 + 代表团/v + 参赞: a body LAC read as a verb
    following = tokens[k + 1][0]
    if len(word) != 1:
        return False
    return (k > 0 and (tokens[k - 1][0] in ("驻", "常驻") or _STATIONED.match(tokens[k - 1][0]) is not None)
            or len(following) == 2 and following[-1] in _CUT_ROLE_ENDINGS and following not in HEAD_SET
            and not (k > 0 and tokens[k - 1][1] == "PER")  # 某某/PER + 率/v + 化工 + 专家: a name's act, no role noun cut
            or inside_a_body_name(tokens, k))


#: one-character verbs that take a person as their object (让老党员, 请村长): never a cut first character
_OBJECT_VERBS = frozenset("让请叫找问派给帮陪见看送教选任要使令由被把向对跟和与同为是有在到去来说称当做")
#: one-character adjectives that tell an age or a degree (老党员, 小徒弟): the word after them is whole
_DEGREE_CHARACTERS = frozenset("老小新大")


def verb_cut_from_title(tokens: list[Token], start: int, end: int) -> bool:
    """Is the single character before a title's first single character the
    first character of the same word, which LAC read as a verb (带/v + 班/n +
    科长, 阅/v + 海/n + 滑雪场)? Only where the verb opens a clause or follows
    another verb or a time, so that it cannot be the sentence's own verb
    governing the title (让 + 老 + 党员)."""
    if not 1 <= start < end - 1:
        return False
    piece, piece_tag = tokens[start]
    verb, verb_tag = tokens[start - 1]
    if (len(piece) != 1 or piece_tag not in ("n", "a") or piece in _DEGREE_CHARACTERS or len(verb) != 1
            or verb_tag != "v" or verb in _OBJECT_VERBS):
        return False
    return start == 1 or tokens[start - 2][1] in ("w", "v", "TIME")


def after_last_verb(tokens: list[Token], start: int, end: int) -> int:
    """A title holding a verb must open its clause (, 某国海运集团执行总裁);
    elsewhere (见到中国援尼医疗队队长) it starts after its last verb."""
    if start == 0 or tokens[start - 1][1] == "w" and tokens[start - 1][0] not in QUOTES:
        return start
    verbs: list[int] = []
    quoted = bracketed = False
    for k in range(start, end):
        word, tag = tokens[k]
        if word in ("“", "”"):
            quoted = word == "“"
        if word in ("（", "(", "）", ")"):
            bracketed = word in ("（", "(")  # （以下简称“明德”）: the verb of an alias
        if (not quoted and not bracketed and tag == "v" and word not in HEAD_SET and word not in CHAIN_MARKS
                and not _role_read_as_verb(word, tag) and not _cut_head_tail(tokens, k, end)
                and word not in TITLE_WORDS and not word.startswith("驻") and not _title_verb(tokens, k, end)
                and not _inside_title_word(tokens, k, end) and not _acting(tokens, k, end)
                and not forming_verb(tokens, k, end) and not agent_verb(tokens, k, end)
                and not office_read_as_verb(tokens, k, end)):
            verbs.append(k)
    return verbs[-1] + 1 if verbs else start


#: units of an army that LAC reads as adverbs after the arm they belong to (边防 + 连/d)
_UNIT_CHARACTERS = frozenset("连营排")
#: 代 (acting) before the head of an office: 代总统, 代市长, 代理县长
_ACTING = frozenset({"代", "代理"})


def _acting(tokens: list[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` 代 (acting) that LAC read as a verb right before the
    head of an office, the head right before the name (某国代总统某某,
    代市长某某)? Before a name the head is an office held for now, not the
    object of 代 (on behalf of: 代总统宣读 has no name after the head)."""
    return tokens[k][0] in _ACTING and k + 2 == end and (tokens[k + 1][0] in HEAD_SET or is_title(tokens[k + 1][0]))


#: one-character verbs that make no head with 长 (增 + 长, 成 + 长, 延 + 长, 擅 + 长)
_NOT_UNIT_HEADS = frozenset(h[0] for h in NOT_HEADS if len(h) == 2 and h[1] == "长")


def _cut_head_tail(tokens: list[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` the last character of a head that LAC cut off and read
    as a verb or a name (参谋/n + 长/v, 委员/n + 长/PER), right before the name?"""
    word, tag = tokens[k]
    if k == end - 2 and len(word) <= 2 and tag == "v" and _cut_head_tail(tokens, k + 1, end):
        return True  # 排/v + 长/v + 于某, 检察/v + 长/a + 某某: the head's front LAC read as a verb
    if k != end - 1 or k == 0 or len(word) != 1 or tag not in ("v", "PER", "d", "a", "p", "c") and word != "长":
        return False
    front, front_tag = tokens[k - 1]
    return ((front_tag in TITLE_TAGS or front_tag == "PER" and len(front) == 1) and front + word in HEAD_SET  # 韩国队 + 主/n + 将/p + 朴某; 某国 + 王/PER + 储/v
            or len(front) == 1 and front_tag == "v" and word == "长" and front not in _NOT_UNIT_HEADS
            or len(front) == 2 and front_tag == "v" and word == "长" and tag in ("a", "v", "d", "LOC"))  # 检察/v + 长/a, 指挥/v + 长/a


def in_title(tokens: list[Token], k: int, end: int) -> bool:
    """May ``tokens[k]`` be part of a title that ends before ``end``?"""
    word, tag = tokens[k]
    if not word.strip() or tag == "m" and word.endswith("岁"):
        return False  # an age is no part of a title (61岁村民)
    if _cut_head_tail(tokens, k, end):
        return True  # 原 + 参谋 + 长/v + 张某: the head's last character, read as a verb
    if tag == "r" and word.startswith("某") and k < end - 1 and tokens[k + 1][1] in TITLE_TAGS:
        return True  # 某部副站长, 某陆航旅飞行员: a unit the text does not name
    if word == "总" and tag in ("d", "a") and k < end - 1 and is_title("".join(w for w, _ in tokens[k:end])):
        return True  # 联合会 + 总/d + 代表/v: 总代表, 总经理 (the chief of), which LAC cut into an adverb
    if tag == "r" and word.startswith("该") and k < end - (1 if len(word) > 1 else 2):
        return True  # 该厂 + 负责人, 该 + 餐厅 + 厨师: the unit named before, kept as written (not 该 + 负责人)
    if tag == "r" and (len(word) >= 4 or 0 < k < end - 1 and tokens[k - 1][1] in ("LOC", "ORG")
                       and tokens[k + 1][1] in TITLE_TAGS):
        return True  # 香港 + 各界扶贫促进会/r (or 各界/r) + 会长: an organisation LAC read as a pronoun
    if _title_verb(tokens, k, end) or _inside_title_word(tokens, k, end):
        return True
    if agent_verb(tokens, k, end) or office_read_as_verb(tokens, k, end):
        return True  # 某根据地 + 创建/v + 人/n, 某镇 + 改造/vn + 办/v + 副主任: a role's verb or an office LAC cut
    if forming_verb(tokens, k, end) or forming_adverb(tokens, k, end):
        return True  # 第三军 + 新编/v + 第三师 + 师长, 暂/d + 编/v + 第四十五师: how the unit was formed
    if _role_read_as_verb(word, tag):
        return True  # 雷达 + 操纵员/v: a role noun LAC read as a verb
    if tag == "v" and word in _BODIES_READ_AS_VERBS and 0 < k < end - 1 and tokens[k - 1][1] in ("n", "nz", "vn"):
        return True  # 国际 + 发展 + 法律 + 组织/v + 总干事: a body's name LAC ended in a verb
    if cut_into_characters(tokens, k) and k < end - 2 or rank_read_as_adjective(tokens, k, end):
        return True  # 某国/LOC + 特/d + 命/n + 全权大使, 某社 + 副总/a + 编辑: a word of the title LAC cut apart
    if tag == "d" and _NUMBERED_UNIT.match(word) and k < end - 1 and tokens[k + 1][1] in TITLE_TAGS:
        return True  # 工兵 + 一连/d + 班长: a numbered unit LAC read as an adverb
    if (tag == "d" and word in _UNIT_CHARACTERS and 0 < k < end - 1 and tokens[k - 1][1] in ("n", "nz")
            and tokens[k + 1][0] in HEAD_SET):
        return True  # 某 + 边防/n + 连/d + 指导员: a company after its arm, which LAC read as an adverb (连 = even)
    if _acting(tokens, k, end):
        return True  # 某国 + 代/v + 总统 + 某某: the acting holder of the office
    if (tag == "d" and len(word) == 2 and word not in _ACTING_ADVERBS and k == end - 2 and tokens[k + 1][0] in HEAD_SET
            and (tokens[k + 1][1] == "n" or k > 0 and tokens[k - 1][1] in ("n", "nz", "ORG", "LOC") and len(tokens[k - 1][0]) >= 2)):
        return True  # 主席 + 特别/d + 代表/n + 某某, 某事务 + 特别/d + 代表/v: a kind of the head LAC read as an adverb
    if tag in TITLE_TAGS or word in TITLE_WORDS or (word.startswith("驻") and len(word) <= 3) or word in HEAD_SET:
        return True  # 中国驻某国大使, 某国驻华大使
    if tag == "PER" and word.endswith(DIVISION_SUFFIXES) and 0 < k < end - 1:
        return True  # 米纳斯吉拉斯州/PER + 救援队负责人: a place LAC read as a name
    if tag == "PER":  # a name inside a title (国家主席特使) belongs to the title
        return k < end - 1 or is_title(word, agent_nouns=False)  # LAC's 上士 + 王欢, 唐太宗 + 李某: a rank read as a name
    if word in QUOTES:  # “第一书记”方立新, 推进“乡村振兴”建设工作领导小组组长
        return True
    if word == "所" and tag in ("u", "p") and 0 < k < end - 1 and tokens[k - 1][1] in ("n", "nz", "ORG") \
            and tokens[k + 1][1] in TITLE_TAGS:
        return True  # 农科院 + 油料 + 所/u + 副所长: an institute LAC read as a particle
    if word == "系" and 0 < k < end - 1 and tokens[k + 1][1] in TITLE_TAGS and any(
            t == "ORG" and w.endswith(_SCHOOLS) for w, t in tokens[max(0, k - 4):k]):
        return True  # 某某大学 + 地球 + 与 + 环境 + 系/v + 教授: a school's department LAC read as the copula
    if word in ("—", "－", "-") and 0 < k < end - 1:  # 中国—某国海洋科学合作中心副主任
        return tokens[k - 1][1] in ("LOC", "ORG", "n", "nz") and tokens[k + 1][1] in ("LOC", "ORG", "n", "nz")
    if word == "的" and 0 < k < end - 1 and tokens[k - 1][0] == "党" and _CONGRESS.match(tokens[k + 1][0]):
        return True  # 党的十九大代表: the party's congress, a name, not a 的 that joins a clause
    if bracketed_place(tokens, k):
        return True  # 中国（江城）产业发展研究院院长: a place in brackets inside an organisation's name
    if word in ("与", "同") and 0 < k < end - 1 and tokens[k + 1][1] == "LOC" and tokens[k - 1][1] != "LOC":
        return False  # 某方团队 + 与 + 美国贸易代表: the other side of a meeting (not 某国与某国地区总经理)
    if word in ("和", "与", "及"):  # 文化和旅游部部长; not 王沪宁和国务院总理, not 桑某院士和…
        # not 在北京与 + 某国外长: where the meeting is, then the other side; no organisation's name
        return not (k >= 2 and tokens[k - 2][0] in ("在", "于") and tokens[k - 1][1] == "LOC") and k > 0 and tokens[k - 1][1] in TITLE_TAGS and tokens[k - 1][1] != "PER" and not (
            k >= 2 and tokens[k - 2][1] == "PER" and tokens[k - 1][0] in POSTFIX_HEADS)
    return False


def _role_read_as_verb(word: str, tag: str) -> bool:
    """A role noun of three or more characters ending in 员, 师 or 手 that LAC
    tagged as a verb (操纵员/v), or of three ending in 户 (脱贫户/v: a household
    by what it does or did) or in 长 (检察长/v, 指挥长/v: a chief); not a verb
    phrase ending in a head (去贫困户/v)."""
    return tag == "v" and (len(word) >= 3 and word[-1] in "员师手" or len(word) == 3 and word[-1] in "户长") and is_title(word)


#: the generic nouns of bodies that LAC reads as verbs after the body's other words (某某法律组织/v)
_BODIES_READ_AS_VERBS = frozenset({"组织"})
#: a unit named by its number (一连, 三排, 二班)
_NUMBERED_UNIT = re.compile(r"^[一二三四五六七八九十]+[班连排营团队组]$")
#: a party congress by its number (十九大, 十八届)
_CONGRESS = re.compile(r"^[一二三四五六七八九十]+[大届]")
