"""Titles written after the name: a head right after it (习近平总书记) and
titles a clause after it states (王五现任县医院院长; 邹远航，原国家某某局局长)."""

from __future__ import annotations

import re

from .lexer import Token
from .titlecues import appointed_as, cut_into_characters, delegate_after, post_after_move, title_after_whose
from .titlelater import copula_after_own_clause, later_post, later_post_after_own_clause, passive_post, post_in_own_clause
from .titlehead import COUNTED, DIVISION_SUFFIXES, HEAD_SET, QUOTES, TITLE_TAGS, TITLE_WORDS, balanced_quotes, is_title
from .titlemarks import CHAIN_MARKS, WORK_ROLES
from .titleshapes import PLAYER_RANK, is_era, note_bracket_end
from .titleunits import forming_adverb, forming_verb
from .titlewords import POSTFIX_HEADS

#: words after a name that introduce its title (钱秀云，是全国人大代表; 王五系县医院院长)
_COPULAS = ("是", "系", "现任", "担任", "任", "时任", "历任", "先后任", "调任", "升任", "转任", "出任", "生前系", "生前是", "还是", "也是", "曾是",
            "更是", "既是", "只是")
#: an apposition that points back at the name (某某这位作业队副队长维护过…: dev12's convention)
_POINTING_BACK = "这位"
#: tags that end the apposition's title: the predicate of the sentence starts
_PREDICATE_TAGS = frozenset({"v", "d", "p", "w", "u", "PER"})


def title_after(tokens: list[Token], index: int) -> str | None:
    """A head right after the name (习近平总书记 -> 总书记; LAC's 委员 + 长 too)."""
    found, after = _head_after(tokens, index)
    if found and after < len(tokens) and tokens[after][0].startswith(_MONUMENTS):
        return None  # 张某烈士墓, 某某将军纪念馆: the head names a monument, not the person's office
    if found in _MAKING_VERBS and _work_follows(tokens, after):
        return None  # 某某导演的纪录电影《…》: the verb (directed by), not the office
    return found


#: work roles that are verbs too (导演 directs, 主演 stars, 作曲 composes)
_MAKING_VERBS = frozenset(WORK_ROLES - {"作者", "译者", "制片人", "总导演"})
#: what such a verb makes (电影, 纪录片, 《…》)
_WORKS = ("《", "电影", "影片", "纪录片", "电视剧", "话剧", "舞剧", "歌剧", "戏", "剧", "作品", "节目", "短片", "动画")


def _work_follows(tokens: list[Token], after: int) -> bool:
    """Does 的 + (a kind of) a work follow the head at ``after``
    (导演 + 的 + 纪录 + 电影, 导演 + 的 + 《…》)?"""
    if after >= len(tokens) or tokens[after][0] != "的":
        return False
    following = "".join(word for word, _ in tokens[after + 1:after + 4])
    return any(work in following for work in _WORKS)


def head_word_after(tokens: list[Token], index: int) -> bool:
    """Is a head written right after the name, even one that reads as a verb
    there (某某导演的电影)? It says the word before it is a person's name."""
    return _head_after(tokens, index)[0] is not None


def _head_after(tokens: list[Token], index: int) -> tuple[str | None, int]:
    """The longest head within the two words after the name (委员 + 长 is
    委员长) and the index after it."""
    joined, found, after = "", None, index + 1
    for k, (word, tag) in enumerate(tokens[index + 1:index + 3], start=index + 1):
        if tag in ("w", "PER"):
            break
        joined += word
        if (_postfix_head(joined) or k == index + 1 and len(tokens[index][0]) >= 3 and _office_of_one_unit(word, tag)
                or k == index + 1 and (PLAYER_RANK.match(word) or delegate_after(tokens, k))):  # 某某九段, 某某代表，
            found, after = joined, k + 1
    return found, after


def _postfix_head(joined: str) -> bool:
    """A head written after the name (某某院长), or the deputy of one (某某副院长, 某某副总经理):
    the deputy of an office is an office as well."""
    return joined in POSTFIX_HEADS or joined[:1] == "副" and joined[1:] in POSTFIX_HEADS


def _office_of_one_unit(word: str, tag: str) -> bool:
    """The head of one unit written after the name (某某船长, 某某连长, 某某机长):
    a noun of a unit's character and 长, which no name runs on into. Only
    after names of three characters or more: a two-character word LAC calls a
    name before one is often a clause's words (如本 + 师长 + 战死: if this division's commander)."""
    return tag == "n" and len(word) == 2 and word[1] == "长" and is_title(word)


#: what a name and a head before it may name (张某烈士墓, 某某将军纪念馆)
_MONUMENTS = ("墓", "陵", "纪念", "故居")


_ONE_HAN = re.compile(r"[\u4e00-\u9fff]")
#: adverbs between a name and its copula (扎基奇还曾担任, 王五生前系)
_BEFORE_COPULA = ("生前", "现", "曾", "曾经", "原", "还", "也", "先后", "一直", "目前", "便", "就",
                  "已", "已经", "早已", "本", "如今")  # 某某已是某乡人大主席, 某某本是某村委会主任: when, not what
#: forms of address between a name and its copula (某某先生是画家)
_ADDRESS_BEFORE_COPULA = ("先生", "女士")


#: what joins two names that share one copula (某某和某某 + 担任 + 顾问)
_NAMES_JOINED = ("和", "与", "、")
#: copulas whose post two joined subjects both hold (not 分别担任: each holds another)
_SHARED_COPULAS = ("是", "系", "担任", "均为", "同为", "都是")


def titles_stated_after(tokens: list[Token], index: int) -> list[str]:
    """Titles a clause right after the name states (钱秀云，是全国人大代表，江城
    青禾县邮政分公司邮递员; 王五现任县医院院长; 张三还曾担任着某中心主任): a
    copula, then title runs chained by 、 or ， up to the end of the sentence or
    a run that is no title. Without a copula, titles after a comma count when
    they fill the sentence to its end (邹远航，原国家某某局局长; 戴某，农工党某区委会主委。)."""
    appointed = appointed_as(tokens, index)
    if appointed:
        return _stated_titles(tokens, appointed)[0]  # 任命张某为外交部副部长; 任命赵某（女）、钱某为…
    last = index
    while last + 2 < len(tokens) and tokens[last + 1][0] in _NAMES_JOINED and tokens[last + 2][1] == "PER":
        last += 2  # 某某、某某和某某: the last of the joined names stands before the copula
    if last > index and last + 1 < len(tokens) and tokens[last + 1][0] in _SHARED_COPULAS:
        return titles_stated_after(tokens, last)  # 某某和某某担任顾问: every subject holds the post
    k = index + 1
    if k < len(tokens) and tokens[k][0] in ("，", ","):
        k += 1
    after_comma = k == index + 2
    if k + 1 < len(tokens) and tokens[k][0] in _ADDRESS_BEFORE_COPULA and tokens[k + 1][0] in ("是", "系"):
        k += 1  # 某某先生 + 是 + 画家: a form of address, no title, before the copula (not 由某某先生任总主编)
    if after_comma:
        k = _after_profile_clauses(tokens, k)  # 某某，1960年出生于某地，现任某院院长: the birth note, then the posts
    adverbs = 0
    while k + 1 < len(tokens) and tokens[k][0] in _BEFORE_COPULA and adverbs < 2:
        k += 1  # 生前 + 系, 还 + 曾 + 担任
        adverbs += 1
    if passive_post(tokens, k):
        return _stated_titles(tokens, passive_post(tokens, k))[0]  # 某某 + 被 + 任命 + 为 + 某报总编辑
    if k < len(tokens) and tokens[k][0] in _COPULAS:
        start = k + 2 if k + 1 < len(tokens) and tokens[k + 1][0] == "着" else k + 1
        whose = title_after_whose(tokens, index, k) if tokens[k][0] in ("是", "系") else 0  # 是 + 某医院 + 的 + 医生
        return _stated_titles(tokens, start)[0] or (_stated_titles(tokens, whose)[0] if whose else [])
    if k < len(tokens) and tokens[k][0] == _POINTING_BACK and k == index + 1:
        end = k + 1
        while end < len(tokens) and tokens[end][1] not in _PREDICATE_TAGS:
            end += 1
        run = "".join(word for word, _ in tokens[k + 1:end])
        return [run] if end > k + 1 and is_title(run) else []
    moved = post_after_move(tokens, index + 1)
    if moved:
        return _stated_titles(tokens, moved)[0]  # 某某到某村任第一书记
    later = later_post_after_own_clause(tokens, index + 1) or post_in_own_clause(tokens, index + 1)
    if later:
        return _stated_titles(tokens, later)[0]  # 某某率部北上，后任某报副总编辑; 某某被编入某大队担任班长
    copula = copula_after_own_clause(tokens, index + 1)
    if copula:  # 某某在某地工作多年，现任某公司经理; 某某来自某地，是某会的名誉会长
        plain = tokens[copula][0] in ("是", "系")  # 是 keeps the first title only, unless the chain runs to the end
        titles, to_the_end = _stated_titles(tokens, copula + 1)
        whose = title_after_whose(tokens, index, copula) if plain and not titles else 0
        if whose:  # 是 + 某会 + 的 + 名誉会长
            titles, to_the_end = _stated_titles(tokens, whose)
        return titles if to_the_end or not plain else titles[:1]
    if not after_comma or index + 2 >= len(tokens):
        return []
    titles, to_the_end = _stated_titles(tokens, index + 2, stated=False)  # the title follows the comma directly
    whose = 0 if titles else title_after_whose(tokens, index, index + 1)
    # 某某，某公司的高级技师，…: an apposition that names a body (a place or an organisation) before 的 gives
    # what follows 的, as 是 + …的 + title does; a common noun there is no body (某地，大自然的鬼斧神工)
    if whose and any(tag in ("ORG", "LOC") for _, tag in tokens[index + 2:whose - 1]):
        titles, to_the_end = _stated_titles(tokens, whose)
        return titles if to_the_end else titles[:1]
    opens_sentence = index == 0 or tokens[index - 1][0] in _SENTENCE_OPENERS
    line = _profile_line(tokens, index + 2) if opens_sentence and not to_the_end else []
    if line:
        return line  # 讲述人：某某，某站首任高原科学考察队队长: the rest of a field line is the chain
    if titles and not to_the_end and opens_sentence and tokens[index + 2 + _run_length(tokens, index + 2)][0] in ("，", ","):
        return titles[:1]  # 王某，某村村民，从小…: a profile opens with the name and its title
    if titles and not to_the_end and opens_sentence and tokens[index + 2 + _run_length(tokens, index + 2)][0] == "、":
        return titles  # 讲述人：王某，某中心主任、首/m 任/v 某站站长: the chain's titles up to an item it cannot read
    return titles if to_the_end or tokens[index + 2][0] in ("原", "现", "前") else []


#: words of a profile's note on birth, sex, people or origin (1960年出生于某地, 男, 汉族, 某地人)
_PROFILE_NOTE = re.compile(r"出生|生于|^[0-9０-９]{4}年生$|^[男女]$|^[\u4e00-\u9fff]{1,4}族$|^[\u4e00-\u9fff]{2,6}人$")
#: copulas that open the clause of posts after a profile's note (现任, 历任; not 是: a sentence's)
_POST_COPULAS = ("现任", "历任", "曾任", "担任", "先后任", "现为")
#: the most words of one clause of such a note, and the most clauses
_PROFILE_NOTE_WORDS = 8
_PROFILE_NOTES = 2


def _after_profile_clauses(tokens: list[Token], k: int) -> int:
    """Where the clause of posts starts when one or two clauses of a profile's
    note stand between the name and it (某某，1960年出生于某地，现任…; 某某，
    女，汉族，现任…); ``k`` itself when they do not."""
    start = k
    for _ in range(_PROFILE_NOTES):
        end = start
        while end < len(tokens) and end - start <= _PROFILE_NOTE_WORDS and tokens[end][0] not in ("，", ","):
            if tokens[end][1] in ("PER", "w"):
                return k
            end += 1
        if end >= len(tokens) or tokens[end][0] not in ("，", ",") or not _PROFILE_NOTE.search(
                "".join(word for word, _ in tokens[start:end])):
            return k
        start = end + 1
        if start < len(tokens) and tokens[start][0] in _POST_COPULAS:
            return start
    return k


def _profile_line(tokens: list[Token], start: int) -> list[str]:
    """The titles of a profile line that ends after them (讲述人：某某，title、
    title): every item between 、 a title as a whole, whatever LAC made of
    its words (越冬/v 考察/v 队队长, 首/m 任/v); else none."""
    text = "".join(word for word, _ in tokens[start:]).rstrip("。 ")
    items = text.split("、")
    if any(mark in text for mark in "，,。；;：:！？!?“”《》（）()") or len(items) > _PROFILE_ITEMS:
        return []
    return items if all(is_title(item) for item in items) else []


#: the most titles a profile line chains
_PROFILE_ITEMS = 4


#: marks before a name that opens a sentence (。王某，某村村民，…; 讲述人：王某，…)
_SENTENCE_OPENERS = ("。", "：", ":", "！", "？", "”")


def _run_length(tokens: list[Token], start: int) -> int:
    """How many tokens the first stated title from ``start`` spans (to the mark after it)."""
    end = start
    while end < len(tokens) - 1 and tokens[end][0] not in CHAIN_MARKS + ("。", "；"):
        end += 1
    return end - start


def _stated_titles(tokens: list[Token], start: int, stated: bool = True) -> tuple[list[str], bool]:
    """Title runs from ``start`` chained by 、 or ，, and whether they reach the end of the sentence.
    ``stated``: a copula or a verb of office stands before ``start`` (not a bare comma)."""
    titles: list[str] = []
    joined = 0  # titles taken before a 和 that still wait for the title after it
    if start < len(tokens) and (COUNTED.match(tokens[start][0])
                                or tokens[start][1] == "q" and tokens[start][0] in _BARE_COUNTS):
        start += 1  # 是 + 一名 + 检车员, 是 + 个/q + 快递员: a count before the stated title is no part of it
    if start + 1 < len(tokens) and tokens[start][0] == "当地" and tokens[start + 1][1] == "LOC":
        start += 1  # 是 + 当地 + 某镇 + 某村委会主任: the place named says where; 当地 (local) adds nothing
    pronoun = next((len(p) for p in _OUR_COUNTRY if [w for w, _ in tokens[start:start + len(p)]] == list(p)), 0)
    if pronoun and start + pronoun < len(tokens):
        start += pronoun  # 是 + 我/r + 国/n + 第一代某某师: the country pronoun opens no title, as before a name
    while start < len(tokens):
        # 原国家环保局局长 keeps 原; 是 + 明代 + 著名画家: the era dates the title, as before a name
        end = start + 1 if tokens[start][0] in ("原", "前") or tokens[start][1] == "TIME" and is_era(tokens[start][0]) else start
        if titles and tokens[start][0] == tokens[start][0].strip() and _ONE_HAN.fullmatch(tokens[start][0]):
            end = start + 1  # 班长、排长、连/d + 指导员: a unit of one character LAC read as a word of its own
        while end < len(tokens) and tokens[end][0] not in _DURING and (
                tokens[end][1] in TITLE_TAGS or tokens[end][0] in QUOTES or tokens[end][0] == "各界"
                or tokens[end][1] == "r" and tokens[end][0].startswith("某")  # 八路军某部政治部主任
                or tokens[end][0] in HEAD_SET or end > start and cut_into_characters(tokens, end)
                or tokens[end][0] in TITLE_WORDS and end > start  # 某国 + 驻/v + 某国大使
                or end == start and _place_cut_after_copula(tokens, start)
                or tokens[end][0] in _JOINING and end > start and end + 1 < len(tokens) and tokens[end + 1][1] in TITLE_TAGS
                and not is_title("".join(w for w, _ in tokens[start:end]))  # 某博物馆藏品 + 与 + 学术部主任: one body
                or tokens[end][1] == "PER" and tokens[end][0].endswith(DIVISION_SUFFIXES)
                or forming_verb(tokens, end, len(tokens)) or forming_adverb(tokens, end, len(tokens))):
            end += 1  # 某军 + 新编/v + 第三师 + 师长: how the unit was formed is part of its name
        counted = [j for j in range(start + 1, end - 1) if COUNTED.match(tokens[j][0])]
        # 是 + 空军 + 一名 + 优秀飞行员: the title starts after the count, as it does before a name
        # 教育部“青年某某学者”: a quote inside the title keeps both its marks; one around the whole run goes
        run = balanced_quotes("".join(w for w, _ in tokens[counted[-1] + 1 if counted else start:end]).strip(QUOTES))
        if end + 1 < len(tokens) and tokens[end][0] == "之" and tokens[end + 1][0] == "一" and is_title(run):
            end += 2  # 是某某小组成员之一: one of the members, and a member the person is
        note = note_bracket_end(tokens, end)
        if note and is_title(run):
            end = note  # 副总督察（专职）: a note on the post, not part of the title
        if is_title(run) and _joins_another_title(tokens, end):
            titles.append(run)  # 是 + 著名书法家 + 和 + 文学家: two posts joined, each the person's
            start = end + 1
            joined += 1
            continue
        if not is_title(run) or end < len(tokens) and tokens[end][0] not in CHAIN_MARKS + ("。", "；") + _DURING:
            if joined and titles:
                return titles[:-joined], False  # 是 + 工人 + 和 + 农民的代表: no second post, so the first is none
            moved = post_after_move(tokens, start) if titles and tokens[start - 1][0] in ("，", ",") else 0
            if moved:  # 某某是某局干部，去年7月到某村担任第一书记
                start = moved
                continue
            later = later_post(tokens, start) if titles and tokens[start - 1][0] in ("，", ",") else 0
            if later:  # 某某任某厂科长，后来升任某处处长: the same subject's later post
                start = later
                continue
            again = _copula_again(tokens, start) if titles and tokens[start - 1][0] in ("，", ",") else 0
            if again:  # 某某是林场工人，又是村级林长: the same subject, a second post
                # 也是 + 某公司的 + 劳动模范: a body before 的, not an adjective (也是 + 有名的 + 教育家: dev14 gives none)
                whose = title_after_whose(tokens, again - 1, again - 1) if tokens[again][1] != "a" else 0
                start = whose or again
                continue
            whole = _run_to_mark(tokens, start) if stated or titles else 0
            if whole:  # 任 + 红军/ORG + 北上某某队政治部/v + 主任: LAC read a word of the unit as a verb
                titles.append("".join(w for w, _ in tokens[start:whole]))
                if whole >= len(tokens) or tokens[whole][0] not in CHAIN_MARKS:
                    return titles, True
                start = whole + 1
                continue
            return titles, False
        titles.append(run)
        joined = 0
        if end >= len(tokens) or tokens[end][0] not in CHAIN_MARKS:  # 某某担任县令 + 期间: while in office
            return titles, end >= len(tokens) or tokens[end][0] not in _DURING
        start = end + 1
    return titles, False


#: tags a stated title read to the next mark never holds: a name, a mark, a particle (的), a preposition,
#: a pronoun, a conjunction, a date (是 + 在某地工作 + 的 + 白领 gives 白领 only, by the conventions)
_NOT_IN_RUN_TO_MARK = frozenset({"PER", "w", "u", "p", "r", "c", "TIME", "xc"})
#: the most tokens and characters of such a run
_RUN_TO_MARK_TOKENS = 8
_RUN_TO_MARK_CHARS = 24


def _run_to_mark(tokens: list[Token], start: int) -> int:
    """Where a stated title ends when its words run whole to the next mark although LAC read one of them
    as a verb or an adverb (任 + 红军/ORG + 北上某某队政治部/v + 主任, 现任 + 某地/ORG + 再/d + 某剧院/ORG +
    院长): the index of the mark (or the end) when the text up to it is a title, else 0."""
    if start >= len(tokens) or tokens[start][1] not in TITLE_TAGS:
        return 0  # 后/d + 转任, 又/d + 是: a clause of its own, read by the rules before
    end, chars = start, 0
    while end < len(tokens) and tokens[end][0] not in CHAIN_MARKS + ("。", "；", "！", "？"):
        word, tag = tokens[end]
        chars += len(word)
        if tag in _NOT_IN_RUN_TO_MARK and word not in QUOTES or end - start >= _RUN_TO_MARK_TOKENS or chars > _RUN_TO_MARK_CHARS:
            return 0
        end += 1
    if end - start < 2 or any(tokens[j][0] in _DURING for j in range(start, end)):
        return 0
    return end if is_title("".join(w for w, _ in tokens[start:end])) else 0


#: classifiers that count one person without a numeral (是个快递员, 是名老兵: 一 left out)
_BARE_COUNTS = frozenset("个名位")


#: the country pronoun as LAC cuts it (我国, 我 + 国)
_OUR_COUNTRY = (("我国",), ("我", "国"))


#: a copula that states one more post of the same subject after a comma (又是, 也是, 还是 + title)
_COPULA_AGAIN = frozenset({"又是", "也是", "还是", "更是", "同时是"})
#: adverbs LAC may cut off that copula (又/d + 是/v)
_AGAIN = frozenset({"又", "也", "还", "更", "同时"})


def _copula_again(tokens: list[Token], start: int) -> int:
    """Where the title after a second copula starts (某某是渔场职工，又/d + 是 +
    村级湖长), or 0: a clause that opens with 又是/也是 after a stated title has
    no subject of its own, so its title is the same person's."""
    word = tokens[start][0] if start < len(tokens) else ""
    if word in _COPULA_AGAIN:
        return start + 1
    if word in _AGAIN and start + 1 < len(tokens) and tokens[start + 1][0] == "是":
        return start + 2
    return 0


def _place_cut_after_copula(tokens: list[Token], start: int) -> bool:
    """是 + 治/v + 河渡镇党委/ORG + 书记: a stated title's first character LAC
    read as a verb of one character, glued to the body's name after it."""
    return (start > 0 and tokens[start - 1][0] in ("是", "系") and len(tokens[start][0]) == 1
            and tokens[start][1] == "v" and start + 1 < len(tokens) and tokens[start + 1][1] in ("ORG", "LOC"))


#: conjunctions inside a body's name (藏品与学术部); after a whole title they join two titles instead
_JOINING = ("和", "与", "及")
def _joins_another_title(tokens: list[Token], end: int) -> bool:
    """Does a conjunction at ``end`` join the stated title before it to another
    (某某是知名画家和作家)? Only a one-character conjunction before a word a
    title may open; whether a whole title follows is checked on the next run."""
    return (end + 1 < len(tokens) and tokens[end][0] in _JOINING and tokens[end + 1][1] in TITLE_TAGS)


#: words after a stated title that date the clause by the office (某某担任某县县令期间, 任县长时)
_DURING = ("期间", "时", "以来")
