"""Titles the conventions give in shapes the title grammar (:mod:`.titles`),
which reads the words right before a name, does not: an office held, written
before 的 (时任某县检察院副检察长的王某, 挂任县委常委、副县长的李某; dev8's ``时任X的name``,
dev16's ``来某地挂任X的name``), and an office made with 以…为 (以某某为司令员, dev7)."""

from __future__ import annotations

from .lexer import Token
from .titlehead import QUOTES, is_title

#: verbs of an office held then, now, on secondment or besides (时任, 现任, 挂任, 兼任), and the plain
#: post verb 任, which states the office held at the time as 时任 does (调到某村任X的某某); not a past one
#: (曾任X的某某: the conventions give the 的 form of the office held at the time only), nor 担任X的某某
#: (tried: the tuning parts' annotations give it no title, 在某机构担任某职的某某)
OFFICE_VERBS = frozenset({"时任", "现任", "挂任", "兼任", "任"})
#: adverbs that make the office a past one (曾 + 任, 曾经 + 担任), which the 的 form does not give
_PAST = frozenset({"曾", "曾经"})
#: what links the office to the name: 的, or a dash (时任某镇副镇长——王某)
_LINKS = frozenset({"的", "——", "—"})
#: marks that end the clause the office is stated in
_CLAUSE_ENDS = frozenset({"，", ",", "。", "；", ";", "：", ":", "！", "？", "（", "(", "）", ")"})
#: the most words the stated offices may span
_LONGEST = 24


def titles_held_before(tokens: list[Token], index: int) -> list[str]:
    """The offices an office verb states before ``的 + name`` at ``index``
    (时任A的X -> [A]; 现任A、时任B的X -> [A, B]; 挂任A、B的X -> [A, B]), each
    item a title; none when a word between is no title (时任局长时的讲话 is no
    name's), or no office verb opens the clause."""
    link = index - 1
    if link >= 1 and tokens[link] == tokens[link - 1] == ("—", "w"):
        link -= 1  # a dash LAC cut into its two halves
    if link < 2 or tokens[link][0] not in _LINKS:
        return []
    start = link - 1
    verb = -1
    while start >= 0 and index - start <= _LONGEST and tokens[start][0] not in _CLAUSE_ENDS:
        if tokens[start][0] in OFFICE_VERBS and not (start > 0 and tokens[start - 1][0] in _PAST):
            verb = start
        start -= 1
    if verb < 0:
        return []
    titles: list[str] = []
    run: list[str] = []
    for word, _tag in tokens[verb + 1:link] + [("、", "w")]:
        if word in ("、", "兼") or word in OFFICE_VERBS:
            title = _quotes_kept("".join(run).strip())
            if run and not is_title(title.strip("".join(QUOTES))):
                return []
            if title:
                titles.append(title)
            run = []
        else:
            run.append(word)
    return titles


def _quotes_kept(title: str) -> str:
    """The title with the quotes of a name inside it kept as written
    (时任“某某六连”指导员的X -> “某某六连”指导员); a quote that is not closed
    inside the title (an honour's end or start around it) is dropped."""
    inner = title.strip("".join(QUOTES))
    opened = title[:len(title) - len(title.lstrip("“"))]
    closed = title[len(title.rstrip("”")):]
    if opened and "”" in inner and "“" not in inner.split("”")[0]:
        return "“" + inner  # “某某六连”指导员: the quoted name opens the title
    if closed and "“" in inner and "”" not in inner.rsplit("“")[-1]:
        return inner + "”"  # 全国“某某英雄”
    return inner


#: what 以X为 names that is no office: an example (以某某为代表的…), a leader of a group (为首)
_NOT_OFFICES = frozenset({"代表", "首"})
#: the words after 为 that end the office (…为司令员、某某为政委的先遣军)
_OFFICE_ENDS = frozenset({"、", "的", "，", ",", "。", "；", ";"})


def title_made_by(tokens: list[Token], index: int) -> str | None:
    """The office ``以X为title`` gives the name at ``index`` (以某某为司令员、
    某某为政治委员的先遣军: the conventions since dev7, as 任命X为title): each
    name of the list 以 opens takes the title after its own 为; an example
    (以某某为代表) is no office."""
    if index + 2 >= len(tokens) or tokens[index + 1][0] != "为":
        return None
    k = index - 1
    while k >= 0 and tokens[k][0] == "、":  # …为司令员、 + 某某为政委: back over the earlier items of the list
        k -= 1
        while k >= 0 and tokens[k][0] != "为" and tokens[k][0] not in _OFFICE_ENDS and index - k <= _LONGEST:
            k -= 1
        if k < 1 or tokens[k][0] != "为" or tokens[k - 1][1] != "PER":
            return None
        k -= 2
    if k < 0 or tokens[k][0] != "以":
        return None
    end = index + 2
    while end < len(tokens) and tokens[end][0] not in _OFFICE_ENDS and end - index <= 8:
        end += 1
    title = "".join(word for word, _ in tokens[index + 2:end])
    return title if title not in _NOT_OFFICES and is_title(title) else None
