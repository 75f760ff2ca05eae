"""Decisions on the whole article's set of names (cut, run on, doubled, short forms).

Split from :mod:`.people`: these rules compare a name with the article's
other names and with its whole text (how often a name is written, with what
after it), not with one sentence.
"""

from __future__ import annotations

from collections import Counter

from ..names import COMMON_SURNAMES
from ..names import COMPOUND_SURNAMES as _COMPOUND_SURNAMES
from ..names import NEWS_SURNAMES as _SURNAMES
from .lexer import Token, article_text
from .mentions import pattern_spans
from .han_chars import HAN_PART
from .nameshapes import AFTER_NAME, COPULA_CHARS, DOTS, TRANSLITERATION
from .namevalid import PARTICLE_ENDINGS, valid_name
from .namewords import tibetan_shaped
from .titles import POSTFIX_HEADS, is_title

#: how much surer LAC must be of one of two names one character apart to settle a tie of mentions
_SURER_BY = 1.5


#: characters that follow a name without ending it: what AFTER_NAME holds, the first characters of titles
#: written after a name (李强总理, 王某先生), conjunctions and common verbs
_NOT_NAME_TAILS = (AFTER_NAME | COPULA_CHARS | frozenset(h[0] for h in POSTFIX_HEADS)
                   | frozenset("和与及同跟先女来去到为让使带向给把被拿说讲问答看想要会可应需在于至以而但却还又"))
#: how often a name must be written with the same next character to take it (韦焕 + 能 three times)
_SAME_TAIL_MENTIONS = 3


def names_cut_before_one_character(names: set[str], chunks: list[list[Token]],
                                    places: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """A two-character name that the article writes at least three times, each
    time followed by the same character (韦焕/PER + 能 …, 韦焕能依然…, 韦焕能当选…):
    LAC cut off the name's last character, which no word after a name starts with.
    Not when the longer word is a place of the article (杨某 + 青 of the town 杨某青)."""
    short = [n for n in names if len(n) == 2 and not any(d in n for d in DOTS)]
    if not short:
        return names
    text = article_text(chunks)
    out = set(names)
    for name in short:
        tails = [text[end] for _, end in pattern_spans(name, text) if end < len(text)]
        tail = tails[0] if tails else ""
        if (len(tails) >= _SAME_TAIL_MENTIONS and all(t == tail for t in tails) and HAN_PART.fullmatch(tail)
                and tail not in _NOT_NAME_TAILS and valid_name(name + tail) and name + tail not in out
                and name + tail not in places):
            out.discard(name)
            out.add(name + tail)
    return out


#: characters that end given names and that LAC reads as words of their own after a name's first two
#: (冉某 + 才, 张某 + 中 + 的, 罗某 + 如 + 是, 徐某 + 厚 + 流毒, 高某 + 安 + 向; 有 before a verb is nametrims'); not 边,
#: 到, 比, which follow names as verbs (周某边演示, 王某到某村) and end none
_GIVEN_ENDINGS_READ_AS_WORDS = frozenset("才中如厚安")


def names_cut_before_given_character(names: set[str], chunks: list[list[Token]],
                                      places: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """A two-character name that the article never writes without the same
    character after it, a character that ends given names and that LAC read
    as a word of its own (总经理 + 彭某/PER + 有/v + 面带…, 罗某/PER + 如/v twice):
    the name's last character, when a title stands right before the name or
    the text names it twice."""
    short = [n for n in names if len(n) == 2 and n[0] in _SURNAMES]
    if not short:
        return names
    out = set(names)
    text = article_text(chunks)
    for name in short:
        tails = [text[end] for _, end in pattern_spans(name, text) if end < len(text)]
        tail = tails[0] if tails else ""
        if tail not in _GIVEN_ENDINGS_READ_AS_WORDS or any(t != tail for t in tails):
            continue
        titled = any(word == name and tag == "PER" and i > 0 and is_title(tokens[i - 1][0])
                     for tokens in chunks for i, (word, tag) in enumerate(tokens))
        if ((titled or len(tails) >= 2) and valid_name(name + tail)
                and name + tail not in places and name + tail not in out):
            out.discard(name)
            out.add(name + tail)
    return out


#: adverbs LAC glues after a two-character name (王某 + 刚 + 到任)
_GLUED_ADVERBS = frozenset("刚才就也还又都再便却曾已")


def not_run_on(names: set[str], chunks: list[list[Token]]) -> set[str]:
    """Drop a four-character name without a dot whose first three characters
    are a name of the article too, written elsewhere with another character
    after them (王某娜 + 蒙了 beside 王某娜工作, 王某元 + 先与): LAC glued the
    next word's first character to the name; the shorter name is found in its
    place. A four-character name always written whole (安某晋三) stays. So
    also a three-character name ending in an adverb of time or sequence (王某刚 +
    到任 beside 王某就…, 王某思…): LAC glued the adverb to a two-character name."""
    long = [n for n in names if len(n) == 4 and not any(d in n for d in DOTS) and n[:3] in names
            or len(n) == 3 and n[2] in _GLUED_ADVERBS and n[:2] in names]
    if not long:
        return names
    text = article_text(chunks)
    return names - {n for n in long if any(end < len(text) and text[end] != n[-1]
                                           for _, end in pattern_spans(n[:-1], text))}


#: surnames that are also a conjunction or a preposition (和, 向, 于): LAC reads them as the function word
_SURNAMES_READ_AS_WORDS = "和向于"


def surname_read_as_a_word(names: set[str], text: str) -> set[str]:
    """A two-character name, no surname opening it, that the text writes after
    the same surname-like conjunction or preposition at every one of its
    mentions, two or more (村民 + 和/c + 晓某 …，和晓某的收入): that character
    is its surname (a conjunction joins the name to other words, not at every
    mention); 总统 + 和 + 普某 beside a bare 普某 keeps the conjunction."""
    found = set(names)
    for name in names:
        if len(name) != 2 or name[0] in _SURNAMES or not HAN_PART.fullmatch(name):
            continue
        before = {text[start - 1] if start else "" for start, _ in pattern_spans(name, text)}
        if (len(before) == 1 and (front := before.pop()) in _SURNAMES_READ_AS_WORDS
                and text.count(front + name) >= 2 and valid_name(front + name)):
            found.discard(name)
            found.add(front + name)
    return found


#: familiar prefixes before a surname (老郑, 小李): the form of address of one whose full name the text may not give
_FAMILIAR = frozenset({"老", "小"})


def after_familiar_prefix(names: set[str], chunks: list[list[Token]]) -> set[str]:
    """Drop a name opening with a surname that stands right after a lone 老 or
    小 at every mention (老/PER + 郑憨笑/PER of 老郑憨笑, 老 + 郑一 of 老郑一说):
    the prefix and the surname address the person (老郑), and what LAC glued
    after the surname is the clause's verb, no given name."""
    suspects = {n for n in names if 2 <= len(n) <= 3 and n[0] in _SURNAMES and HAN_PART.fullmatch(n)}
    if not suspects:
        return names
    familiar: dict[str, bool] = {}
    for tokens in chunks:
        for i, (word, _tag) in enumerate(tokens):
            if word in suspects:
                familiar[word] = familiar.get(word, True) and i > 0 and tokens[i - 1][0] in _FAMILIAR
    return names - {n for n, always in familiar.items() if always}


def not_reduplicated(names: set[str], chunks: list[list[Token]]) -> set[str]:
    """Drop a three-character name with a doubled end that the text writes after
    its own first character (许 + 许多多 of 许许多多, 清 + 清楚楚): a
    reduplicated word, no name."""
    doubled = [n for n in names if len(n) == 3 and n[1] == n[2]]
    if not doubled:
        return names
    text = article_text(chunks)
    return names - {n for n in doubled if n[0] + n in text}


def sides(names: set[str], places: set[str]) -> set[str]:
    """X方 where the article names a place opening with X (卢方 beside 卢旺达,
    韩方 beside 韩国): that country's side in talks, not a person named 卢方."""
    return {n for n in names if len(n) == 2 and n[1] == "方" and any(p.startswith(n[0]) for p in places)}


def anonymised(name: str) -> bool:
    """A surname and 某 or 某某 (刘某, 周某某): how court and police news name
    a person; a name by its shape, however unsure LAC was of it."""
    return len(name) in (2, 3) and name[0] in _SURNAMES and name[1:] in ("某", "某某")


def unsurnamed(name: str) -> bool:
    """A name in Han characters that opens with no surname and is no
    transliteration (墨香, 扶智, 正风): a word LAC took for a name unless the
    text gives it a title or makes it speak."""
    return not any(d in name for d in DOTS) and not regnal(name) and name[0] not in _SURNAMES and name[:2] not in _COMPOUND_SURNAMES \
        and not all(c in TRANSLITERATION for c in name) and not tibetan_shaped(name)


def prefer_mentioned(people: dict[str, list[str]], mentions: Counter[str],
                      sureness: dict[str, float], text: str = "") -> dict[str, list[str]]:
    """Of two names one character apart (苏荣 and 苏荣腐 of 苏荣腐败, 许其 and
    许其亮), keep the one the text mentions more; on a tie the one LAC is much
    surer of (傅某石 beside 傅某石刚 of 傅某石刚从…), else the longer one,
    unless its last character is a particle or a word that follows names.
    Where the shorter is never written without the longer's last character
    (桂来/PER + 胜/v twice, 桂来胜/PER once), the mentions tie: LAC cut the name."""
    kept_for: dict[str, str] = {}  # a dropped name -> the name kept in its place (the same person)
    for name in people:
        shorter = name[:-1]
        if _run_on_by_two(name, people, mentions, text):
            kept_for[name] = name[:2]  # 朱某如是 + 说 beside 朱某 written alone: LAC ran the name into 如是
            continue
        if len(name) < 3 or shorter not in people or anonymised(name):
            continue  # 刘某 and 刘某某 are two people the text keeps apart
        short_mentions = mentions[shorter] if not text or text.count(shorter) > text.count(name) else mentions[name]
        gap = sureness.get(shorter, 0.0) - sureness.get(name, 0.0)
        if short_mentions == mentions[name] and abs(gap) >= _SURER_BY and shorter in sureness and name in sureness:
            kept_for.update({name: shorter} if gap > 0 else {shorter: name})
            continue
        if short_mentions > mentions[name] or short_mentions == mentions[name] and (
                name[-1] in AFTER_NAME or name[-1] in PARTICLE_ENDINGS or name[-1] in COPULA_CHARS):
            kept_for[name] = shorter
        else:
            kept_for[shorter] = name
    kept = {name: list(titles) for name, titles in people.items() if name not in kept_for}
    for name, other in kept_for.items():
        if other in kept:  # the titles found beside the cut or run-on form are the person's (某团政委 + 朱某耳 + 旁)
            kept[other] += [t for t in people[name] if t not in kept[other]]
    return kept


def _run_on_by_two(name: str, people: dict[str, list[str]], mentions: Counter[str], text: str) -> bool:
    """A four-character name without a dot, opening with a common surname, whose
    first two characters are a name of the article that the text writes more
    often than the four (朱某如是 + 说, once, beside 朱某 written alone
    again and again): LAC ran the name into a word after it. A Japanese
    name written whole and then by its family name alone opens with no
    common Chinese surname (安倍晋三 ... 安倍)."""
    return (len(name) == 4 and HAN_PART.fullmatch(name) is not None and name[0] in COMMON_SURNAMES
            and name[:2] in people and mentions[name[:2]] > mentions[name] and bool(text)
            and text.count(name[:2]) > text.count(name))


def regnal(name: str) -> bool:
    """A monarch's name with its ordinal (彼得一世, 某某娜二世): a name by its shape."""
    return len(name) >= 4 and name[-1] == "世" and name[-2] in "一二三四五六七八九十" and HAN_PART.fullmatch(name) is not None


def weak_name(name: str) -> bool:
    """A shape LAC often gives to words that are not names: two characters
    (张罗, 凌云, 王兵), four and more without a dot (陈规陋习), three without
    a common surname or with a particle or a doubled character at the end
    (行庆时, 黄灿灿); such a name needs support from its context or a second mention."""
    if any(d in name for d in DOTS) or len(name) >= 4 and all(c in TRANSLITERATION for c in name) or regnal(name):
        return False  # 莱特希泽
    if len(name) == 3:  # no common surname (行庆时), a particle at the end, a doubled given name (黄灿灿)
        return (name[0] not in _SURNAMES and not all(c in TRANSLITERATION for c in name)
                or name[-1] in PARTICLE_ENDINGS or name[1] == name[2])
    return len(name) == 2 or len(name) >= 4 and name[:2] not in _COMPOUND_SURNAMES


def ordinary_words(chunks: list[list[Token]]) -> set[str]:
    """The two-character words of the article outside names, alone or inside a
    word of up to four characters (欢度 + 新春)."""
    return {word[k:k + 2] for tokens in chunks for word, tag in tokens if tag != "PER" and 2 <= len(word) <= 4
            for k in range(len(word) - 1)}


def word_after_surname(name: str, words: set[str]) -> bool:
    """A three-character name whose given name the article uses as a word of
    its own (贺 + 新春, 卢 + 成果, 简 + 实干): a surname-like character before an
    ordinary word, unless the text supports the name (a title, a speech verb,
    a second mention)."""
    return len(name) == 3 and name[1:] in words


def merge_short_names(people: dict[str, list[str]]) -> dict[str, list[str]]:
    """特朗普 (and 唐纳德) joins 唐纳德·特朗普 when both are in the same article."""
    merged: dict[str, list[str]] = {}
    for name, titles in people.items():
        longer = next((n for n in people if len(n) > len(name) + 1 and (
            n.endswith(name) and n[-len(name) - 1] in DOTS or n.startswith(name) and n[len(name)] in DOTS)), None)
        target = merged.setdefault(longer or name, [])
        target.extend(t for t in titles if t not in target)
    return {name: merged[name] for name in people if name in merged}


def given_names_alone(people: dict[str, list[str]]) -> tuple[dict[str, list[str]], set[str]]:
    """A two-character name that is the given name of a three-character name
    of the article (龙飞 of 弟弟马龙飞 … 龙飞说): the same person, written as
    family and friends call them; it joins the full name, which the text thus
    names more than once. Returns the people and the full names so joined."""
    given: set[str] = set()
    for name in [n for n in people if len(n) == 2 and not any(d in n for d in DOTS)]:
        full = [n for n in people if len(n) == 3 and n[1:] == name and n[0] in _SURNAMES]
        if len(full) == 1:
            people[full[0]] += [t for t in people.pop(name) if t not in people[full[0]]]
            given.add(full[0])
    return people, given


def drop_contained(titles: list[str]) -> list[str]:
    """Drop a title that another title of the same person ends with (主席 beside 国家主席)."""
    return [t for t in titles if not any(o != t and o.endswith(t) for o in titles)]
