"""People named in an article body, each with every title the text gives them.

LAC proposes names (PER); a name LAC tagged once is then found at its other
mentions too (LAC is not consistent across sentences). Each mention
contributes the titles written around it (see :mod:`.titles`); mentions merge
per article, so a later bare 廖述毅 joins the first, titled one. Reporters,
photographers and editors are not people of the news. LAC's tokens are
mended first (:mod:`.namerepair`, :mod:`.namelists`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from ..model import Person
from ..names import COMPOUND_SURNAMES as _COMPOUND_SURNAMES
from ..names import NEWS_SURNAMES as _SURNAMES
from .credits import CREDIT_VERBS, is_contributor
from .lexer import Token
from .nameends import speaks_despite_ending, writes_a_work
from .namelists import in_name_list
from .namerepair import AFTER_NAME, COPULA_CHARS, DOTS, HAN_PART, SPEECH, TRANSLITERATION, mend
from .namewords import (after_a_number, after_a_seat, after_a_settlement, in_book_title, in_list_of_kinds, in_place_list, is_address_form,
                        is_tibetan_name, pair_of_sides, place_fronts, quoted_alone)
from .world import place_shaped
from .titlecomplete import complete_title
from .titlewords import HEADS, NOT_HEADS, SEX_MARKS
from .titles import (POSTFIX_HEADS, inside_title, is_title, title_after,
                     titles_before, titles_stated_after)
from .rosters import respective_titles, titles_in_roster

_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")  # 5-6: transliterated names (梅德韦杰夫)
#: parts of a foreign name are joined by a dot, some given names by a single dash (让—皮埃尔·某某)
_FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]+(?:[·•・—][\u4e00-\u9fff]+)+|[\u4e00-\u9fff]{2,8}")
#: LAC's margin for a name (best name tag less best other tag, its least sure character) below which a
#: name with no title is dropped: chosen on the tuning part (0 to 1.5 tried: F1 0.952, 0.955 at 0.5, 0.952 at 1)
NAME_MARGIN = 0.5
#: a margin above which a name mentioned once needs no support from its context (韩磊一家人): chosen
#: on the tuning part (3, 4 and 5 tried: dev names F1 0.954, 0.955, 0.951)
SURE_NAME_MARGIN = 4.0
#: how much surer LAC must be of one of two names one character apart to settle a tie of mentions
_SURER_BY = 1.5
#: how nouns for people end (退休老人, 女工, 小伙子, 观众): a name right after one is a person's
_PERSON_NOUN_ENDINGS = frozenset("人者工民客孩女娘妈婆姐哥叔姨众子")
_DOCTRINE = re.compile(r"^(?:新时代|(?:强军|外交|经济|生态文明|法治)?思想)")
#: how the names of units of a body end (急诊科, 办公室, 派出所): a name right after one is a member's
_UNIT_ENDINGS = frozenset("科室处局院部所队组站厂司团社馆")
#: characters that end organisations and places, not names
_NOT_NAME_ENDINGS = frozenset("团会部局院所司处厅委省市县区镇村班队组厂站店馆案")
#: a name never starts with a numeral (万 is a surname)
_NUMERALS = frozenset("一二三四五六七八九十两百千")
#: a name ending in these reads as a name plus a time or place word (行庆 + 时)
_PARTICLE_ENDINGS = frozenset("时后前里中上下间内外")
#: adverbs that open a clause's verb phrase (时 + 曾 + 表示, 后 + 又 + 说): never a given name after a time word
_CLAUSE_ADVERBS = frozenset("曾已也又还仍便就才都均再")
_COMMITTEE_MEMBER = re.compile(r"^(.+委)常委$")
_LIST_MARKS = frozenset({"、", "和", "与", "及", "同"})
#: levels whose abbreviated titles (村长, 镇党委书记) mean the unit the text has just named
_LOCAL_LEVELS = "村镇乡"
#: words that introduce a name (名叫张三, 她叫李四) or another name of the same person (原名李四)
_NAMING = ("叫", "名叫", "名为", "姓名", "原名", "又名", "化名", "本名", "别名", "曾用名", "笔名", "艺名")


def valid_name(word: str) -> bool:
    """Plausible as a person's name: 2-4 Han characters, or a foreign name with ·;
    not a side (中方, 柬方), a title (习主席) or an organisation (王家舞团)."""
    if not (_HAN_NAME.fullmatch(word) or ("·" in word or "•" in word) and _FOREIGN_NAME.fullmatch(word)):
        return False
    if len(word) <= 3 and word[1] == "方" and word[0] not in _SURNAMES:
        return False  # 中方, 伊方就: a side, not a person (王方, 王方明 are names; 韩方: see _sides)
    if word[-1] in _NOT_NAME_ENDINGS or word[0] in _NUMERALS:
        return False  # 三杰: a number
    if len(word) == 2 and word[1] in "家氏" or len(word) >= 4 and word[1] == "家" and word[:2] not in _COMPOUND_SURNAMES:
        return False  # 谢家, 徐家三英烈: a family
    if len(word) == 3 and word[0] == word[1]:
        return False  # 林林总, 胡胡伊: a doubled first character is no surname
    if len(word) == 2 and word[0] in "老小" or is_address_form(word):
        return False  # 老吴, 小王, 刘师傅: a familiar form, not a name
    if word.startswith("纪念"):
        return False  # 某某将军 + 纪念亭/PER: a memorial named after the person before it
    if len(word) == 2 and word[0] in _PARTICLE_ENDINGS and word[1] in _CLAUSE_ADVERBS:
        return False  # 访问某国 + 时曾/PER + 表示: when (时) and an adverb (曾) before the clause's verb
    return not is_title(word, agent_nouns=False) or _given_name_like_a_head(word)


#: units whose head is the unit and 长 (连长, 校长, 站长): a surname before one is a form of address
_UNITS_WITH_HEADS = frozenset("班排连营团旅师军队组科股处局厅部院所站馆校村镇乡县市省州区社行船机舰车厂店园场庭室署司会")


def _given_name_like_a_head(word: str) -> bool:
    """A surname and a given name that only looks like a head (柯和长: 和 + 长
    names no unit's office, unlike 柯连长 or 柯局长, where a surname and a
    title address a person): a name, not a title."""
    if len(word) != 3 or word[0] not in _SURNAMES:
        return False
    given = word[1:]
    if given in HEADS or given in POSTFIX_HEADS or given.endswith(NOT_HEADS):
        return False
    return given[1] == "长" and given[0] not in _UNITS_WITH_HEADS


def _titled_mention(mentions: list[tuple[list[Token], int]]) -> bool:
    """Is one of these mentions written with a title right before it (某国外长柯伦)
    or a speech verb right after it (普某思/PER + 说)? These are the surest signs of
    a person: LAC's other readings of the word (会见柯伦/ORG时) do not outvote them."""
    return any(titles_before(tokens, i) or i + 1 < len(tokens) and tokens[i + 1][0] in SPEECH for tokens, i in mentions)


def _names_pattern(names: Iterable[str]) -> list[str]:
    """The names to look for, longest first (so 许其亮 wins over 许其)."""
    return sorted(set(names), key=lambda name: (-len(name), name))  # ties by name: the same order in every process


def split_at_names(tokens: list[Token], names: list[str]) -> list[Token]:
    """Re-cut tokens so that every known name stands as its own PER token.

    LAC may glue a name it recognised elsewhere into a neighbour
    (卡塔尔埃米尔塔米姆 as one LOC) or cut it short (许其 + 亮); the text is
    searched as a whole and the neighbours keep their tags.
    """
    if not names:
        return tokens
    text = "".join(word for word, _ in tokens)
    taken = [False] * len(text)
    found: list[tuple[int, int]] = []
    for name in names:  # longest first: a shorter name never splits a longer one
        at = text.find(name)
        while at >= 0:
            if not any(taken[at:at + len(name)]):
                found.append((at, at + len(name)))
                taken[at:at + len(name)] = [True] * len(name)
            at = text.find(name, at + len(name))
    if not found:
        return tokens
    spans = sorted(found)
    out: list[Token] = []
    position = 0
    span_index = 0
    for word, tag in tokens:
        start, end = position, position + len(word)
        position = end
        cursor = start
        while span_index < len(spans) and spans[span_index][0] < end:
            name_start, name_end = spans[span_index]
            if name_start > cursor:
                out.append((text[cursor:name_start], tag))
            if name_start >= cursor:
                out.append((text[name_start:name_end], "PER"))
            cursor = max(cursor, name_end)
            if name_end <= end:
                span_index += 1
            else:
                break
        if cursor < end:
            out.append((text[cursor:end], tag))
    return out


def find_people(chunks: list[list[Token]], *, exclude: set[str], anchors: dict[str, str],
                place_in_title: Callable[[str], str | None], sureness: dict[str, float] | None = None,
                local_places: Iterable[str] = ()) -> list[Person]:
    """Every person of the article with their titles, in order of first mention.

    ``exclude`` holds byline and credit names; ``anchors`` the article's place
    per level (区 -> 茂南区) used to complete abbreviated titles; it is updated
    as explicit titles (茂南区委书记) are met, so the nearest one wins.
    ``place_in_title`` returns the division name a title starts with. The
    article's places named in titles are added to ``anchors`` (first one per level).
    ``sureness`` maps the words LAC tagged as names to its margin for them
    (:meth:`.lexer.Lexer.tag_with_margins`): a name without any title that the
    model was not sure of is dropped. ``local_places`` are the article's
    villages and towns (某某村): each one the text names becomes the anchor of
    its level for the titles after it, so 村长 is the village just named.
    """
    article_anchors = anchors
    chunks = [mend(tokens) for tokens in chunks]
    names: set[str] = set()
    signatures: set[str] = set()
    contributors = set(exclude)
    tag_counts: Counter[tuple[str, bool]] = Counter()
    verb_counts: Counter[str] = Counter()
    mentioned: dict[str, list[tuple[list[Token], int]]] = {}
    place_words: list[str] = []
    settled: set[str] = set()
    for tokens in chunks:
        for i, (word, tag) in enumerate(tokens):
            if tag == "v":
                verb_counts[word] += 1
            if tag in ("PER", "LOC", "ORG"):
                tag_counts[word, tag == "PER" and not in_place_list(tokens, i) and not after_a_seat(tokens, i)
                           and not pair_of_sides(tokens, i)] += 1
                if after_a_settlement(tokens, i):
                    settled.add(word)  # 小镇某某: a town's name wherever it stands in the article
            if tag == "LOC":
                place_words.append(word)
            if tag == "PER" and word[-1] in CREDIT_VERBS and valid_name(word[:-1]):
                contributors.add(word[:-1])  # 欧阳光林摄: LAC keeps the credit verb in the name
            elif (tag == "PER" and (valid_name(word) or speaks_despite_ending(tokens, i, SPEECH)) and not quoted_alone(tokens, i)
                  and not _quoted_role(tokens, i)
                  and not in_book_title(tokens, i)
                  and not in_list_of_kinds(tokens, i) and not after_a_number(tokens, i)):
                if _alone_on_its_line(tokens, i):
                    signatures.add(word)  # 李玉荣 on its own line under a section's heading: a byline
                elif not _names_an_institution(tokens, i):
                    (contributors if is_contributor(tokens, i) else names).add(word)
                    mentioned.setdefault(word, []).append((tokens, i))
    contributors |= signatures - names  # a signature is a byline unless the text names the person elsewhere
    names -= contributors
    # 习近平和 beside 习近平: LAC glued the conjunction that follows the name
    names = {n for n in names if not (len(n) >= 3 and n[-1] in "和与及同跟家" and n[:-1] in names)}
    # a word LAC mostly reads as a place or organisation (吉布提, 慕尼黑), or as the
    # front of a place's name (苏伊士 of 苏伊士运河, 杜寨 of 杜寨村), is not a name
    fronts = place_fronts(place_words, names)
    names = {n for n in names if (tag_counts[n, True] > tag_counts[n, False] + fronts[n]
                                  or _titled_mention(mentioned.get(n, [])) and not fronts[n])
             and n not in settled and verb_counts[n] <= tag_counts[n, True]}  # 任命/PER once, 任命/v five times: a verb
    # 拉萨比 of 跟拉萨比: a place the article names, and one character after it
    places = set(place_words)
    names -= _sides(names, places)
    names = {n for n in names if not (len(n) == 3 and n[:2] in places and not any(d in n for d in DOTS))}
    anchors = dict(anchors)
    local = [p for p in local_places if len(p) >= 3 and p[-1] in _LOCAL_LEVELS]
    people: dict[str, list[str]] = {}
    mentions: Counter[str] = Counter()
    attested: set[str] = set()
    spoken: set[str] = set()
    running: set[str] = set()
    listed: set[str] = set()
    names = _not_reduplicated(_names_cut_before_one_character(names, chunks, places | settled), chunks)
    names = _not_run_on(names, chunks)
    pattern = _names_pattern(names)
    for raw in chunks:
        # a word LAC read as a name here and as a place elsewhere, and no name of the article, is
        # a place in a title too (布隆迪/PER + 总统 + 恩某: the country's president, not 布隆迪总统)
        tokens = [(w, "LOC") if t == "PER" and w not in names and w in places and place_shaped(w)
                  else (w, "v") if t == "PER" and verb_counts[w] > tag_counts[w, True] > 0 else (w, t)
                  for w, t in split_at_names(raw, pattern)]
        list_titles: list[str] = []
        respective: dict[int, str] = {}
        last_name_end = -1
        for i, (word, tag) in enumerate(tokens):
            if tag == "LOC" and local:
                for place in sorted((p for p in local if p in word), key=word.rfind):
                    anchors[place[-1]] = place  # 某某村 …，村长某某: the village just named, not the first one
            if (tag != "PER" or word not in names or is_contributor(tokens, i) or inside_title(tokens, i)
                    or in_book_title(tokens, i)):
                continue  # 《盘肠英雄王某》: a name in a work's title is no mention, nor are the words before it titles
            if _DOCTRINE.match("".join(w for w, _ in tokens[i + 1:i + 6])):
                continue  # 习近平新时代中国特色社会主义思想 names a doctrine, not the man
            titles = people.setdefault(word, [])
            mentions[word] += 1
            if _name_context(tokens, i):
                attested.add(word)
            if _speaks(tokens, i):
                spoken.add(word)
            if _in_running_text(tokens, i):
                running.add(word)
            if in_name_list(tokens, i):
                listed.add(word)  # an item of a roster: a name, however unsure LAC was
            committee: str | None = None
            written = [_after_quoted_epithet(t, place_in_title) for t in titles_before(tokens, i)]
            if written and i not in respective:
                respective.update(respective_titles(tokens, i, written[-1], place_in_title))
            if i in respective:  # 山西、吉林、甘肃政协主要负责人李某、王某、张某: each name its own place's
                written = written[:-1] + [respective[i]] if written else [respective[i]]
            elif not written and i >= 2 and tokens[i - 1][0] == "、" and _list_between(tokens, last_name_end, i):
                written = list(list_titles)  # 副委员长王晨、曹建明: the title heads the whole list
            elif not written and i >= 2 and tokens[i - 1][0] in ("和", "及") and last_name_end == i - 1:
                # 歌唱家吕某和柯某: two names joined share a kind (one word) before them; not an office (某国 + 总统X和Y)
                written = [t for t in list_titles if any(w == t for w, _ in tokens[max(0, i - 4):i])]
            list_titles = [t for t in written if t != title_after(tokens, i)]
            last_name_end = i + 1
            after = title_after(tokens, i)
            if after:
                written.append(after)
            written += titles_stated_after(tokens, i)
            roster = titles_in_roster(tokens, i)
            written += [t for t in roster if t not in written]
            if written:
                attested.add(word)
            # 伦敦金融城市长 ... 鲍满诚市长: the bare head repeats the full title, it is not 北京市市长
            written = [t for t in written if not any(o != t and o.endswith(t) for o in written + titles)]
            for title in written:
                for place in _places_opening(title, place_in_title):
                    anchors[place[-1]] = place
                    article_anchors.setdefault(place[-1], place)
                full = complete_title(title, anchors, committee)
                member = _COMMITTEE_MEMBER.match(full)
                if member:
                    committee = member.group(1)
                if full not in titles:
                    titles.append(full)
    unsupported = [n for n in people if n not in attested and mentions[n] < 2 and len(n) == 3]
    words = _ordinary_words(chunks) if unsupported else set()
    sure = {name for name in people if (sureness or {}).get(name, 0.0) >= SURE_NAME_MARGIN and name in running}
    sure |= listed
    people = {name: titles for name, titles in people.items()
              if (name in attested or name in sure or mentions[name] >= 2 or _anonymised(name)
                  or not _weak_name(name) and not _word_after_surname(name, words))
              and (titles or name in spoken or name in listed or not _unsurnamed(name))}
    text = "".join(w for tokens in chunks for w, _ in tokens)
    people = _prefer_mentioned(people, mentions, sureness or {}, text)
    people, given = _given_names_alone(people)
    people = {name: titles for name, titles in people.items()
              if titles or name in listed or name in given or _anonymised(name) or any(d in name for d in DOTS)
              or (sureness or {}).get(name, NAME_MARGIN) >= NAME_MARGIN}
    return [Person(name, _drop_contained(titles)) for name, titles in _merge_short_names(people).items()]


#: characters that follow a name without ending it: what AFTER_NAME holds, the first characters of titles
#: written after a name (李强总理, 王某先生), conjunctions and common verbs
_NOT_NAME_TAILS = (AFTER_NAME | COPULA_CHARS | frozenset(h[0] for h in POSTFIX_HEADS)
                   | frozenset("和与及同跟先女来去到为让使带向给把被拿说讲问答看想要会可应需在于至以而但却还又"))
#: how often a name must be written with the same next character to take it (韦焕 + 能 three times)
_SAME_TAIL_MENTIONS = 3


def _names_cut_before_one_character(names: set[str], chunks: list[list[Token]],
                                    places: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """A two-character name that the article writes at least three times, each
    time followed by the same character (韦焕/PER + 能 …, 韦焕能依然…, 韦焕能当选…):
    LAC cut off the name's last character, which no word after a name starts with.
    Not when the longer word is a place of the article (杨某 + 青 of the town 杨某青)."""
    short = [n for n in names if len(n) == 2 and not any(d in n for d in DOTS)]
    if not short:
        return names
    text = "".join(word for tokens in chunks for word, _ in tokens)
    out = set(names)
    for name in short:
        tails = [text[m.end()] for m in re.finditer(name, text) if m.end() < len(text)]
        tail = tails[0] if tails else ""
        if (len(tails) >= _SAME_TAIL_MENTIONS and all(t == tail for t in tails) and HAN_PART.fullmatch(tail)
                and tail not in _NOT_NAME_TAILS and valid_name(name + tail) and name + tail not in out
                and name + tail not in places):
            out.discard(name)
            out.add(name + tail)
    return out


#: adverbs LAC glues after a two-character name (王某 + 刚 + 到任)
_GLUED_ADVERBS = frozenset("刚才就也还又都再便却曾已")


def _not_run_on(names: set[str], chunks: list[list[Token]]) -> set[str]:
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
    text = "".join(word for tokens in chunks for word, _ in tokens)
    return names - {n for n in long if any(m.end() < len(text) and text[m.end()] != n[-1]
                                           for m in re.finditer(n[:-1], text))}


def _not_reduplicated(names: set[str], chunks: list[list[Token]]) -> set[str]:
    """Drop a three-character name with a doubled end that the text writes after
    its own first character (许 + 许多多 of 许许多多, 清 + 清楚楚): a
    reduplicated word, no name."""
    doubled = [n for n in names if len(n) == 3 and n[1] == n[2]]
    if not doubled:
        return names
    text = "".join(word for tokens in chunks for word, _ in tokens)
    return names - {n for n in doubled if n[0] + n in text}


def _sides(names: set[str], places: set[str]) -> set[str]:
    """X方 where the article names a place opening with X (卢方 beside 卢旺达,
    韩方 beside 韩国): that country's side in talks, not a person named 卢方."""
    return {n for n in names if len(n) == 2 and n[1] == "方" and any(p.startswith(n[0]) for p in places)}


def _places_opening(title: str, place_in_title: Callable[[str], str | None]) -> list[str]:
    """The division names a title opens with, one after the other (河北省香河县委
    宣传部副部长 -> 河北省, 香河县), so that 县广播电视台 in the same chain is 香河县's."""
    places: list[str] = []
    rest = title
    place = place_in_title(rest)
    while place and len(places) < 4:
        places.append(place)
        rest = rest[len(place):]
        place = place_in_title(rest)
    return places


def _quoted_role(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` the first of a quoted epithet made of it and a
    head (“拾荒/PER + 老师”): a nickname of the person named after it, no name."""
    return (0 < index < len(tokens) - 2 and tokens[index - 1][0] in ("“", "‘") and tokens[index + 2][0] in ("”", "’")
            and is_title(tokens[index + 1][0]))


def _after_quoted_epithet(title: str, place_in_title: Callable[[str], str | None]) -> str:
    """The title after a quoted epithet when a place opens what follows it
    (门巴族“护梦人”某自治区某县小学副校长 -> 某自治区某县小学副校长) or the epithet
    names a kind of person (新时代“大国工匠”某某公司数控铣工): the epithet and the
    words before it describe the person; the office is what follows. A quoted
    name inside a body's name stays (某研究所“一带一路”区域研究中心研究员)."""
    close = title.rfind("”")
    rest = title[close + 1:] if close >= 0 else ""
    epithet = title[title.rfind("“", 0, close) + 1:close] if close >= 0 else ""
    return rest if rest and is_title(rest) and (place_in_title(rest) or is_title(epithet)) else title


def _anonymised(name: str) -> bool:
    """A surname and 某 or 某某 (刘某, 周某某): how court and police news name
    a person; a name by its shape, however unsure LAC was of it."""
    return len(name) in (2, 3) and name[0] in _SURNAMES and name[1:] in ("某", "某某")


def _unsurnamed(name: str) -> bool:
    """A name in Han characters that opens with no surname and is no
    transliteration (墨香, 扶智, 正风): a word LAC took for a name unless the
    text gives it a title or makes it speak."""
    return not any(d in name for d in DOTS) and name[0] not in _SURNAMES and name[:2] not in _COMPOUND_SURNAMES \
        and not all(c in TRANSLITERATION for c in name) and not is_tibetan_name(name)


def _speaks(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` the subject of a speech verb, addressed as a
    person (同志, 先生), a work's author (某某的《某书》) or introduced by a naming
    word (她叫陈兰兰)?"""
    following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    if following in SPEECH or following[:1] == "说" or following in ("同志", "先生", "女士", "等人") or following == "的" and writes_a_work(tokens, index):
        return True
    return index > 0 and tokens[index - 1][0].endswith(_NAMING)


def _prefer_mentioned(people: dict[str, list[str]], mentions: Counter[str],
                      sureness: dict[str, float], text: str = "") -> dict[str, list[str]]:
    """Of two names one character apart (苏荣 and 苏荣腐 of 苏荣腐败, 许其 and
    许其亮), keep the one the text mentions more; on a tie the one LAC is much
    surer of (傅某石 beside 傅某石刚 of 傅某石刚从…), else the longer one,
    unless its last character is a particle or a word that follows names.
    Where the shorter is never written without the longer's last character
    (桂来/PER + 胜/v twice, 桂来胜/PER once), the mentions tie: LAC cut the name."""
    dropped: set[str] = set()
    for name in people:
        shorter = name[:-1]
        if len(name) < 3 or shorter not in people or _anonymised(name):
            continue  # 刘某 and 刘某某 are two people the text keeps apart
        short_mentions = mentions[shorter] if not text or text.count(shorter) > text.count(name) else mentions[name]
        gap = sureness.get(shorter, 0.0) - sureness.get(name, 0.0)
        if short_mentions == mentions[name] and abs(gap) >= _SURER_BY and shorter in sureness and name in sureness:
            dropped.add(name if gap > 0 else shorter)
            continue
        if short_mentions > mentions[name] or short_mentions == mentions[name] and (
                name[-1] in AFTER_NAME or name[-1] in _PARTICLE_ENDINGS or name[-1] in COPULA_CHARS):
            dropped.add(name)
        else:
            dropped.add(shorter)
    return {name: titles for name, titles in people.items() if name not in dropped}


def _weak_name(name: str) -> bool:
    """A shape LAC often gives to words that are not names: two characters
    (张罗, 凌云, 王兵), four and more without a dot (陈规陋习), three without
    a common surname or with a particle or a doubled character at the end
    (行庆时, 黄灿灿); such a name needs support from its context or a second mention."""
    if any(d in name for d in DOTS) or len(name) >= 4 and all(c in TRANSLITERATION for c in name):
        return False  # 莱特希泽
    if len(name) == 3:  # no common surname (行庆时), a particle at the end, a doubled given name (黄灿灿)
        return (name[0] not in _SURNAMES and not all(c in TRANSLITERATION for c in name)
                or name[-1] in _PARTICLE_ENDINGS or name[1] == name[2])
    return len(name) == 2 or len(name) >= 4 and name[:2] not in _COMPOUND_SURNAMES


#: words after a person's name that make it the name of a school, a hall or a prize (伍德罗·威尔逊 + 高中)
#: how the name of a company, a cooperative or a prize ends (a name opening one names it, not a person)
_COMPANY_ENDINGS = ("公司", "集团", "合作社", "工作室", "有限公司", "奖")
_INSTITUTIONS = ("高中", "中学", "小学", "大学", "学院", "纪念馆", "纪念堂", "故居", "基金会", "研究会", "奖学金")


def _names_an_institution(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` the front of an institution's name (伍德罗·威尔逊高中,
    邓颖超纪念馆)? It is no mention of the person there."""
    after = index + 1
    while after < len(tokens) and after - index <= 2 and tokens[after][1] == "PER":
        after += 1  # 周某某 + 邓某某 + 纪念馆: a hall of two people
    following = tokens[after][0] if after < len(tokens) else ""
    if following.startswith(_INSTITUTIONS):
        return True
    run = ""
    for word, tag in tokens[after:after + 4]:  # 迪某特 + 花卉 + 有限公司, 吴某章 + 人文社会科学 + 终身成就奖
        if tag not in ("n", "nz", "ORG"):
            break
        run += word
        if run.endswith(_COMPANY_ENDINGS):
            return True
    return False


def _alone_on_its_line(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` all its paragraph holds (a signature or a section's byline)?"""
    return all(not word.strip() for k, (word, _) in enumerate(tokens) if k != index)


def _in_running_text(tokens: list[Token], index: int) -> bool:
    """Does the name at ``index`` stand inside a sentence, with words on both
    sides (韩磊一家人 in 在运城，韩磊一家人早早起来), not at the edge of a
    line, a bracket or a slash where signatures and credits stand?"""
    if index == 0 or index + 1 >= len(tokens):
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    return (after[1] != "w" and after[0].strip() != "" and before[0].strip() != ""
            and before[0] not in ("（", "(", "/", "／", "：", ":") and before[0][-1:] not in ("/", "／"))


def _ordinary_words(chunks: list[list[Token]]) -> set[str]:
    """The two-character words of the article outside names, alone or inside a
    word of up to four characters (欢度 + 新春)."""
    return {word[k:k + 2] for tokens in chunks for word, tag in tokens if tag != "PER" and 2 <= len(word) <= 4
            for k in range(len(word) - 1)}


def _word_after_surname(name: str, words: set[str]) -> bool:
    """A three-character name whose given name the article uses as a word of
    its own (贺 + 新春, 卢 + 成果, 简 + 实干): a surname-like character before an
    ordinary word, unless the text supports the name (a title, a speech verb,
    a second mention)."""
    return len(name) == 3 and name[1:] in words


#: a dynasty, maybe with its side and 代/朝/末/初 (东汉, 宋代, 明末): it dates a historical person
_DYNASTY = re.compile(r"^[东西南北]?[汉晋宋周魏齐梁陈隋唐元明清秦][代朝末初]?$")


def _name_context(tokens: list[Token], index: int) -> bool:
    """Does the text around the name at ``index`` read as a person's?
    A speech verb, 等, a preposition, conjunction or adverb after it
    (刘国梁表示, 王楠、张怡宁等, 刘鹤与), another name
    beside it in a list (刘国正、马琳), or a naming word before it (她叫陈兰兰)."""
    following, following_tag = tokens[index + 1] if index + 1 < len(tokens) else ("", "w")
    if following in SPEECH or following in ("等", "等人", "同志", "先生", "女士", "夫妇") or following[:1] == "说" or following == "的" and writes_a_work(tokens, index):
        return True  # 某某表示, 某某的《某书》
    if "".join(w for w, _ in tokens[index + 1:index + 4]) in SEX_MARKS:
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
    return index > 0 and tokens[index - 1][0].endswith(_NAMING)


def _list_between(tokens: list[Token], start: int, end: int) -> bool:
    """True when only list items lie between the previous name and this one
    (、 and at most one short word LAC did not read as a name: 艾力更·依明巴海)."""
    if start < 0 or end - start > 6:
        return False
    between = tokens[start:end]
    return between[-1][0] == "、" and all(w in ("、", "·") or HAN_PART.fullmatch(w) for w, _ in between) and (
        sum(len(w) for w, t in between if w not in ("、", "·")) <= 8)


def _merge_short_names(people: dict[str, list[str]]) -> dict[str, list[str]]:
    """特朗普 (and 唐纳德) joins 唐纳德·特朗普 when both are in the same article."""
    merged: dict[str, list[str]] = {}
    for name, titles in people.items():
        longer = next((n for n in people if len(n) > len(name) + 1 and (
            n.endswith(name) and n[-len(name) - 1] in DOTS or n.startswith(name) and n[len(name)] in DOTS)), None)
        target = merged.setdefault(longer or name, [])
        target.extend(t for t in titles if t not in target)
    return {name: merged[name] for name in people if name in merged}


def _given_names_alone(people: dict[str, list[str]]) -> tuple[dict[str, list[str]], set[str]]:
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


def _drop_contained(titles: list[str]) -> list[str]:
    """Drop a title that another title of the same person ends with (主席 beside 国家主席)."""
    return [t for t in titles if not any(o != t and o.endswith(t) for o in titles)]
