"""People named in an article body, each with every title the text gives them.

LAC proposes names (PER); a name LAC tagged once is then found at its other
mentions too (LAC is not consistent across sentences). Each mention
contributes the titles written around it (see :mod:`.titles`); mentions merge
per article, so a later bare 廖述毅 joins the first, titled one. Reporters,
photographers and editors are not people of the news. LAC's tokens are
mended first (:mod:`.namerepair`, :mod:`.namelists`). A name's shape is
:mod:`.namevalid`'s, one mention's context :mod:`.namecontext`'s, the
decisions over the article's set of names :mod:`.namesets`'.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from operator import itemgetter

from ..model import Person
from . import namescore
from .credits import CREDIT_VERBS, is_contributor
from .lexer import Token, article_text, has_tag
from .namecontext import (alone_on_its_line, appointed, in_running_text, list_between, name_context, names_an_institution,
                          quoted_role, speaks, titled_mention)
from .nameends import speaks_despite_ending
from .namelists import in_name_list, in_stat_list
from ..names import NEWS_SURNAMES as SURNAMES
from .mentions import mention_starts
from .namerepair import DOTS, SPEECH, mend
from .han_chars import HAN_PART
from .parallelphrases import only_in_parallel_phrases
from .placenamed import names_a_place
from .namesets import (after_familiar_prefix, anonymised, drop_contained, given_names_alone, merge_short_names, names_cut_before_one_character,
                       names_cut_before_given_character,
                       not_reduplicated, not_run_on, ordinary_words, prefer_mentioned, regnal, sides, surname_read_as_a_word,
                       unsurnamed, weak_name, word_after_surname)
from .namevalid import valid_name
from .namewords import (after_a_number, is_tibetan_name, after_a_seat, after_a_settlement, dated_by_reign,
                        in_book_title, in_counted_list, in_list_of_kinds, in_place_list, pair_of_sides, place_fronts,
                        quoted_alone)
from .world import COUNTRIES, place_shaped
from .titlecomplete import (PREFECTURE, SUBDISTRICT, autonomous_kind, complete_title, prefecture_short_form,
                            subdistrict_name)
from .titles import inside_title, is_title, title_after, titles_before, titles_stated_after
from .titleafter import head_word_after
from .titlecues import counted_list_title
from .titleheld import title_made_by, titles_held_before
from .titleroles import role_noun_titles
from .rosters import header_line_name, respective_titles, speaker_line_titles, titles_in_roster

#: LAC's margin for a name (best name tag less best other tag, its least sure character) below which a
#: name with no title is dropped: chosen on the tuning part (0 to 1.5 tried: F1 0.952, 0.955 at 0.5, 0.952 at 1)
NAME_MARGIN = 0.5
#: a margin above which a name mentioned once needs no support from its context (韩磊一家人): chosen
#: on the tuning part (3, 4 and 5 tried: dev names F1 0.954, 0.955, 0.951)
SURE_NAME_MARGIN = 4.0
_DOCTRINE = re.compile(r"^(?:新时代|(?:强军|外交|经济|生态文明|法治)?思想)")
_COMMITTEE_MEMBER = re.compile(r"^(.+委)常委$")
#: divisions above a subdistrict (a known division's full name): one named after a subdistrict ends
#: that subdistrict's titles
_ABOVE_SUBDISTRICT = tuple("省市区县州")
#: levels whose abbreviated titles (村长, 镇党委书记) mean the unit the text has just named
_LOCAL_LEVELS = "村镇乡"


#: a token's word (joined at C speed)
_WORD_OF = itemgetter(0)


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
    text = "".join(map(_WORD_OF, tokens))
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
                out.append(_rest_of_name_word(text[cursor:name_start], tag))
            if name_start >= cursor:
                out.append((text[name_start:name_end], "PER"))
            cursor = max(cursor, name_end)
            if name_end <= end:
                span_index += 1
            else:
                break
        if cursor < end:
            out.append(_rest_of_name_word(text[cursor:end], tag) if cursor > start else (text[cursor:end], tag))
    return out


def _without_glued_heads(names: set[str]) -> set[str]:
    """Names less the words LAC read as one name that are another name of
    the article with a title's head glued before or after it (博导 + 某某某,
    某某某 + 教授): the head is the name's title, cut off again by
    :func:`split_at_names`."""
    return {n for n in names if not any(
        len(n) > len(m) >= 2 and (n.endswith(m) and is_title(n[:-len(m)]) or n.startswith(m) and is_title(n[len(m):]))
        for m in names)}


def _rest_of_name_word(piece: str, tag: str) -> Token:
    """What is left of a word LAC read as a name once the name is cut out of
    it: a title's head it glued to the name (博导某某/PER, 某某教授/PER) is a
    noun, so that the title grammar reads it as the name's title."""
    return (piece, "n") if tag == "PER" and is_title(piece) else (piece, tag)


def find_people(chunks: list[list[Token]], *, exclude: set[str], anchors: dict[str, str],
                place_in_title: Callable[[str], str | None], sureness: dict[str, float] | None = None,
                local_places: Iterable[str] = (), records: namescore.NameRecords | None = None) -> list[Person]:
    """Every person of the article with their titles, in order of first mention.

    ``exclude`` holds byline and credit names; ``anchors`` the article's place
    per level (区 -> 茂南区) used to complete abbreviated titles; it is updated
    as explicit titles (茂南区委书记) are met, so the nearest one wins.
    ``place_in_title`` returns the division name a title starts with. The
    article's places named in titles are added to ``anchors`` (first one per level).
    ``sureness`` maps the words LAC tagged as names to its margin for them
    (:meth:`.lexer.Lexer.tag_with_margins`): a name without any title that the
    model was not sure of is dropped, and the learned filter (:mod:`.namescore`)
    has the last word on the names kept. ``local_places`` are the article's
    villages and towns (某某村): each one the text names becomes the anchor of
    its level for the titles after it, so 村长 is the village just named.
    ``records`` is given while training the learned filter
    (``bench/train_name_filter.py``): every candidate is recorded there and
    the filter drops nothing.
    """
    article_anchors = anchors
    chunks = [header_line_name(mend(tokens)) for tokens in chunks]
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
            elif (tag == "PER" and (valid_name(word) or speaks_despite_ending(tokens, i, SPEECH)
                                    or listed_despite_ending(word, tokens, i)) and not quoted_alone(tokens, i)
                  and not quoted_role(tokens, i)
                  and not in_book_title(tokens, i)
                  and not in_list_of_kinds(tokens, i) and not in_counted_list(tokens, i)
                  and not after_a_number(tokens, i) and not dated_by_reign(tokens, i)):
                if alone_on_its_line(tokens, i):
                    signatures.add(word)  # 李玉荣 on its own line under a section's heading: a byline
                elif not names_an_institution(tokens, i):
                    (contributors if is_contributor(tokens, i) else names).add(word)
                    mentioned.setdefault(word, []).append((tokens, i))
    contributors |= signatures - names  # a signature is a byline unless the text names the person elsewhere
    names -= contributors
    # 习近平和 beside 习近平: LAC glued the conjunction that follows the name
    text = article_text(chunks)  # joined once: no step below changes the chunks' words
    names = {n for n in names if not (len(n) >= 3 and n[-1] in "和与及同跟家" and n[:-1] in names
                                      and not ends_in_its_own_character(n, text))}
    names = {n for n in names if not any(n + c in names and always_followed_by(n, c, text) for c in "和与及同跟")
             and not only_in_parallel_phrases(n, text)}  # 常看常新、常听常明: a list of A-B-A-C phrases
    # a word LAC mostly reads as a place or organisation (吉布提, 慕尼黑), or as the
    # front of a place's name (苏伊士 of 苏伊士运河, 杜寨 of 杜寨村), is not a name
    fronts = place_fronts(place_words, names)
    names = {n for n in names if (tag_counts[n, True] > tag_counts[n, False] + fronts[n]
                                  or titled_mention(mentioned.get(n, [])) and not fronts[n])
             and n not in settled and verb_counts[n] <= tag_counts[n, True]}  # 任命/PER once, 任命/v five times: a verb
    # 拉萨比 of 跟拉萨比: a place the article names, and one character after it
    places = set(place_words)
    names -= sides(names, places)
    names = {n for n in names if not (len(n) == 3 and n[:2] in places and not any(d in n for d in DOTS))}
    anchors = dict(anchors)
    short = prefecture_short_form(anchors.get("自治州", ""), text)
    if short:  # 某某州 … 州机关事务管理局局长: the prefecture as the text writes it
        anchors.setdefault(PREFECTURE, short)
    local = [p for p in local_places if len(p) >= 3 and p[-1] in _LOCAL_LEVELS]
    anchored = bool(local) or SUBDISTRICT in text  # an article naming no village, town or subdistrict skips the walk
    people: dict[str, list[str]] = {}
    mentions: Counter[str] = Counter()
    attested: set[str] = set()
    spoken: set[str] = set()
    running: set[str] = set()
    listed: set[str] = set()
    names = not_reduplicated(names_cut_before_one_character(names, chunks, places | settled), chunks)
    names = after_familiar_prefix(names, chunks) if "老" in text or "小" in text else names
    names = names_cut_before_given_character(names, chunks, places | settled)
    names = surname_read_as_a_word(not_run_on(names, chunks), text)
    names = _without_glued_heads(names)
    pattern = _names_pattern(names)
    for raw in chunks:
        # a word LAC read as a name here and as a place elsewhere, and no name of the article, is
        # a place in a title too (布隆迪/PER + 总统 + 恩某: the country's president, not 布隆迪总统)
        split = split_at_names(raw, pattern)
        if not has_tag(split, "PER"):  # no name to read here: only a place may name the level's unit
            if anchored and has_tag(split, "LOC"):
                _local_anchors(split, local, anchors, place_in_title)
            continue
        tokens = [(w, "LOC") if t == "PER" and (w not in names and w in places and place_shaped(w)
                                                or country_before_head(split, k))
                  else (w, "v") if t == "PER" and verb_counts[w] > tag_counts[w, True] > 0 else (w, t)
                  for k, (w, t) in enumerate(split)]
        list_titles: list[str] = []
        respective: dict[int, str] = {}
        last_name_end = -1
        in_list = False  # the name before was an item of a 、 list that shared the title before the list
        for i, (word, tag) in enumerate(tokens):
            if tag == "LOC" and anchored:
                _local_anchors([(word, tag)], local, anchors, place_in_title)
            if (tag != "PER" or word not in names or is_contributor(tokens, i) or inside_title(tokens, i)
                    or in_book_title(tokens, i)):
                continue  # 《盘肠英雄王某》: a name in a work's title is no mention, nor are the words before it titles
            if _DOCTRINE.match("".join(w for w, _ in tokens[i + 1:i + 6])):
                continue  # 习近平新时代中国特色社会主义思想 names a doctrine, not the man
            titles = people.setdefault(word, [])
            mentions[word] += 1
            if name_context(tokens, i):
                attested.add(word)
            if speaks(tokens, i):
                spoken.add(word)
            if in_running_text(tokens, i):
                running.add(word)
            if in_name_list(tokens, i) or appointed(tokens, i) or in_stat_list(tokens, i):
                listed.add(word)  # an item of a roster, the object of a decree: a name, however unsure LAC was
            committee: str | None = None
            written = [_after_quoted_epithet(t, place_in_title) for t in titles_before(tokens, i)]
            if not written:
                written = role_noun_titles(tokens, i)  # 资深/a + 冰友/n + 某某: a role by its form
            if written and i not in respective:
                respective.update(respective_titles(tokens, i, written[-1], place_in_title))
            if i in respective:  # 东省、西省、南省工会主要负责人李某、王某、张某: each name its own place's
                written = written[:-1] + [respective[i]] if written else [respective[i]]
            elif not written and i >= 2 and tokens[i - 1][0] == "、" and list_between(tokens, last_name_end, i):
                written = list(list_titles)  # 副委员长王晨、曹建明: the title heads the whole list
                in_list = True
            elif not written and i >= 2 and tokens[i - 1][0] in ("和", "及") and last_name_end == i - 1:
                # 歌唱家吕某和柯某: two names joined share a kind (one word) before them; not an office (某国 + 总统X和Y);
                # a list of three or more closed by 和 shares its head as the 、 items do (选手A、B和C)
                written = list(list_titles) if in_list else [
                    t for t in list_titles if any(w == t for w, _ in tokens[max(0, i - 4):i]) or t[-1] in _KIND_ENDINGS]
            else:
                in_list = False
            if not written:
                written = counted_list_title(tokens, i)  # 曹某、吉某、武某 + 三位 + 副委员长
            list_titles = [t for t in written if t != title_after(tokens, i)]
            last_name_end = i + 1
            after = title_after(tokens, i)
            if after:
                written.append(after)
            written += titles_stated_after(tokens, i)
            written += [t for t in titles_held_before(tokens, i) if t not in written]  # 时任某局局长的某某
            made = title_made_by(tokens, i)  # 以某某为司令员
            if made and made not in written:
                written.append(made)
            roster = titles_in_roster(tokens, i) or speaker_line_titles(tokens, i)
            written += [t for t in roster if t not in written]
            if written or head_word_after(tokens, i):
                attested.add(word)  # 某某导演的电影: the head is a verb there, yet it follows a name
            # 伦敦金融城市长 ... 鲍满诚市长: the bare head repeats the full title, it is not 北京市市长
            written = [t for t in written if not any(o != t and o.endswith(t) for o in written + titles)]
            for title in written:
                for place in _places_opening(title, place_in_title):
                    anchors[place[-1]] = place
                    article_anchors.setdefault(place[-1], place)
                    kind = autonomous_kind(place)
                    if kind:  # 某某自治区党委书记A、自治区主席B: the region just named
                        anchors[kind] = place
                        article_anchors.setdefault(kind, place)
                for place in sorted((p for p in local if p in title), key=title.rfind):
                    anchors[place[-1]] = place  # 某镇某村党支部书记、村委会主任: the village of the chain
                full = complete_title(title, anchors, committee)
                member = _COMMITTEE_MEMBER.match(full)
                if member:
                    committee = member.group(1)
                if full not in titles:
                    titles.append(full)
    unsupported = [n for n in people if n not in attested and mentions[n] < 2 and len(n) == 3]
    words = ordinary_words(chunks) if unsupported else set()
    sure = {name for name in people if (sureness or {}).get(name, 0.0) >= SURE_NAME_MARGIN and name in running}
    sure |= listed
    people = {name: titles for name, titles in people.items()
              if (name in attested or name in sure or mentions[name] >= 2 or anonymised(name)
                  or not weak_name(name) and not word_after_surname(name, words))
              and (titles or name in spoken or name in listed or not unsurnamed(name))}
    people = prefer_mentioned(people, mentions, sureness or {}, text)
    # 某某港, 某某哨所: a transliterated word before a place's word, with no title and no speech, names the place
    people = {name: titles for name, titles in people.items()
              if titles or name in spoken or name in listed or not names_a_place(name, text)}
    people, given = given_names_alone(people)
    candidates = people
    people = {name: titles for name, titles in people.items()
              if titles or name in listed or name in given or anonymised(name) or any(d in name for d in DOTS)
              or is_tibetan_name(name) or regnal(name)  # 达瓦央宗, 彼得一世: names by their shape
              or name in spoken and mentions[name] >= 2 and name[0] in SURNAMES  # 桂某胜 + 说, twice
              or (sureness or {}).get(name, NAME_MARGIN) >= NAME_MARGIN}
    if sureness is not None:  # the model weighs LAC's margins: without them the rules alone decide
        people = _learned_filter(candidates, people, text, sureness, mentions, tag_counts,
                                 attested, spoken, running, listed, records)
    return [Person(name, drop_contained(titles)) for name, titles in merge_short_names(people).items()]


def _local_anchors(tokens: list[Token], local: list[str], anchors: dict[str, str],
                   place_in_title: Callable[[str], str | None]) -> None:
    """Each village or town of the article a LOC word of ``tokens`` names
    becomes the anchor of its level (某某村 …，村长某某: the village just
    named, not the first one), and a subdistrict (某某街道) the anchor of
    街道 titles until a known city or district (``place_in_title``) is named
    after it."""
    for word, tag in tokens:
        if tag == "LOC":
            for place in sorted((p for p in local if p in word), key=word.rfind):
                anchors[place[-1]] = place
            subdistrict = subdistrict_name(word)
            if subdistrict:  # 某某街道 …，街道党工委书记某某: the subdistrict just named
                anchors[SUBDISTRICT] = subdistrict
            elif SUBDISTRICT in anchors and (place_in_title(word) or "").endswith(_ABOVE_SUBDISTRICT):
                del anchors[SUBDISTRICT]  # 某某街道 … 另一市某区: the story has moved to another city or district


def _learned_filter(candidates: dict[str, list[str]], kept: dict[str, list[str]], text: str,
                    sureness: dict[str, float], mentions: Counter[str], tag_counts: Counter[tuple[str, bool]],
                    attested: set[str], spoken: set[str], running: set[str], listed: set[str],
                    records: namescore.NameRecords | None) -> dict[str, list[str]]:
    """The names the rules kept less those the learned model finds very
    unlikely (:mod:`.namescore`), when no context attests them (a title, a
    dynasty before them: the rules' evidence stands) nor their shape (two
    parts of Tibetan names, which LAC often tags otherwise: a low PER share
    and margin say nothing of them); while training, every candidate is
    recorded and nothing is dropped."""
    judged: dict[str, list[str]] = {}
    for name, titles in candidates.items():
        if records is None and name not in kept:
            continue
        per = tag_counts[name, True]
        features = namescore.name_features(
            name, text=text, margin=sureness.get(name), mentions=mentions[name],
            tag_share=per / (per + tag_counts[name, False]) if per else 0.0, attested=name in attested,
            spoken=name in spoken, running=name in running, listed=name in listed, titled=bool(titles))
        if records is not None:
            records.append((name, features, name in kept))
        elif name in attested or is_tibetan_name(name) or not namescore.unlikely_name(features):
            judged[name] = titles  # a context that attests a name stands, and so does a name's shape (扎西次仁)
    return kept if records is not None else judged


def listed_despite_ending(word: str, tokens: list[Token], i: int) -> bool:
    """A name whose last character ends places or bodies too (王镇, 李村), an
    item of a list of names (陈某、王镇、刘某和杨某等): the list says it is a name."""
    return (2 <= len(word) <= 3 and HAN_PART.fullmatch(word) is not None and word[0] in SURNAMES
            and in_name_list(tokens, i))


#: last characters of heads that name a kind of person two people may both be (某奖得主, 著名书法家, 选手,
#: 研究员), not an office one holds alone (总统, 主席, 市长, 书记): two names joined by 和 share such a title
_KIND_ENDINGS = frozenset("家者主手员师士生匠")


def country_before_head(tokens: list[Token], k: int) -> bool:
    """A country's name LAC read as a person's, right before a title's head
    and a name (吉布提/PER + 外长 + 优素福): the country of the title."""
    return (tokens[k][0] in COUNTRIES and k + 2 < len(tokens) and is_title(tokens[k + 1][0])
            and tokens[k + 2][1] == "PER")


def _places_opening(title: str, place_in_title: Callable[[str], str | None]) -> list[str]:
    """The division names a title opens with, one after the other (某省某某县委
    宣传部副部长 -> 河北省, 香河县), so that 县广播电视台 in the same chain is 香河县's."""
    places: list[str] = []
    rest = title
    place = place_in_title(rest)
    if place is None:  # 山东某某市委常委: a province's short name before the full name of the city in it
        short = next((size for size in (2, 3) if place_in_title(rest[:size] + "省") == rest[:size] + "省"
                      and place_in_title(rest[size:])), 0)
        rest = rest[short:]
        place = place_in_title(rest) if short else None
    while place and len(places) < 4:
        places.append(place)
        rest = rest[len(place):]
        place = place_in_title(rest)
    return places

def _after_quoted_epithet(title: str, place_in_title: Callable[[str], str | None]) -> str:
    """The title after a quoted epithet when a place opens what follows it
    (门巴族“护梦人”某自治区某县小学副校长 -> 某自治区某县小学副校长) or the epithet
    names a kind of person (新时代“大国工匠”某某公司数控铣工): the epithet and the
    words before it describe the person; the office is what follows. A quoted
    name inside a body's name stays (某研究所“海上丝路”合作研究中心研究员)."""
    close = title.rfind("”")
    rest = title[close + 1:] if close >= 0 else ""
    epithet = title[title.rfind("“", 0, close) + 1:close] if close >= 0 else ""
    return rest if rest and is_title(rest) and (place_in_title(rest) or is_title(epithet)) else title


#: what may follow a name but never a conjunction (和 + ，, 和 + 的: the 和 ends the name, 陆某和 + 的家)
_NO_CONJUNCT = frozenset("，。、；：！？”的是说")


def ends_in_its_own_character(name: str, text: str) -> bool:
    """Does ``name``, ending in a character that is also a conjunction (陆某和),
    stand somewhere before a mark, 的, 是 or 说, where no conjunction can stand?
    Then the character is the name's own (陆某和 + 的家), not 和 glued after a
    shorter name (习近平和 + 彭某某)."""
    return name[-1] in "和与及同跟" and any(
        text[end:end + 1] in _NO_CONJUNCT for end in (at + len(name) for at in mention_starts(name, text)))


def always_followed_by(name: str, char: str, text: str) -> bool:
    """Is every mention of ``name`` followed by ``char`` (陆某 + 和 wherever
    陆某 is written)? With the longer name read whole elsewhere, the short one
    is the long one LAC cut before its last character, taken for a conjunction."""
    ends = [at + len(name) for at in mention_starts(name, text)]
    return bool(ends) and all(text[end:end + 1] == char for end in ends)
