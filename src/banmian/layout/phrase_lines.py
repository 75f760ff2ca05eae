"""A title set a phrase a line (家门口上班 / 暖暖的日子) put back on one line,
where text gives no type sizes: its phrases are short and of one length,
while a kicker or a subtitle is a sentence far longer than a phrase."""

from __future__ import annotations

from .roles import BODY, TITLE
from .headlines import looks_like_kicker, without_column_tag
from .text_units import Unit
from .tier_patterns import CONTEST, PHRASE, cjk_count, is_brief_heading, is_lead_label
from .tier_wording import parallel_phrases


def phrase_line(unit: Unit, tagged: bool = False) -> str | None:
    """The unit's one headline line when it is a phrase of a title; ``tagged``:
    the phrase may close with the title's column tag (绿地更广（城建观察）)."""
    if unit.block.role != TITLE or len(unit.block.lines) != 1:
        return None
    text = unit.block.lines[0].strip()
    if tagged:
        text = without_column_tag(text)
    if (not PHRASE.fullmatch(text) or looks_like_kicker(text) or is_brief_heading(text)
            or is_lead_label(text)):
        return None  # a kicker's, a column heading's or a lead note's words are no phrase of a title
    return text


def phrase_pair(upper: Unit, lower: Unit, tagged: bool = False) -> bool:
    """Two headline lines that are the two phrases of one tier (短句 / 短句 of one
    length; ``tagged``: the second may close with the column tag)."""
    if upper.block.vertical != lower.block.vertical:
        return False  # a line set vertically and one set across are two tiers' (江南的初雪 / 深度解读, a label)
    first, second = phrase_line(upper), phrase_line(lower, tagged)
    if first and CONTEST.search(first):
        return False  # a contest named whole (…马拉松赛) sets the scene for the result under it
    return bool(first and second) and abs(cjk_count(first) - cjk_count(second)) <= 1


def _three_parallel(units: list[Unit], k: int, body: str) -> bool:
    """Do units ``k`` .. ``k + 2`` hold the three phrases of one title, the first two
    parallel in their words (回望昨天 / 干好今天 / 走向明天（江城论坛）) or the three
    listed in the page's body (产业强 / 村庄美 / 农户富, and the lead tells of
    产业强、村庄美、农户富), a fourth phrase line under them none?"""
    if k + 2 >= len(units) or (k + 3 < len(units) and phrase_line(units[k + 3])):
        return False
    first, second = phrase_line(units[k]), phrase_line(units[k + 1])
    if not (first and second and phrase_pair(units[k], units[k + 1])
            and phrase_pair(units[k + 1], units[k + 2], tagged=True)):
        return False
    third = units[k + 2].block.lines[0].strip()
    return parallel_phrases(first, second) or any(mark.join((first, second, third)) in body for mark in "、，")


#: a phrase over a tagged one is the title's first phrase only this short (CJK characters): the two
#: phrases of a tagged title set a phrase a line are short (于史有据 / 于今有益, 好戏演到村口 / 欢笑留在心间),
#: a line of eight or more over a tagged line as long is a kicker (用好创新的某某 / 有效开展某某创新（…）)
_TAGGED_PHRASE_CHARS = 7


def join_phrase_lines(units: list[Unit]) -> list[Unit]:
    """Two short headline lines of one length (a character apart at most, quotes
    not counted), one under the other, are one title set a phrase a line: put
    back on one line with the space between its phrases. Three such lines are one
    title when the first two are parallel in their words; else the first of
    them is a kicker or makes a narrow box, left to the wrap rules."""
    out: list[Unit] = []
    body: str | None = None  # the page's body text, read once a page holds two phrase lines in a row
    k = 0
    while k < len(units):
        if units[k].block.role != TITLE:  # (no phrase: most units)
            out.append(units[k])
            k += 1
            continue
        first = phrase_line(units[k])
        second = phrase_line(units[k + 1]) if first and k + 1 < len(units) else None
        third = phrase_line(units[k + 2]) if second and k + 2 < len(units) else None
        before = phrase_line(out[-1]) if out else None
        tagged_next = (second is not None and k + 2 < len(units) and not third
                       and phrase_pair(units[k + 1], units[k + 2], tagged=True))
        if second and body is None:
            body = "".join(line for u in units if u.block.role == BODY for line in u.block.lines).replace(" ", "")
        if not before and _three_parallel(units, k, body or ""):
            units[k].block.lines[:] = [" ".join([first or "", second or "", units[k + 2].block.lines[0].strip()])]
            out.append(units[k])
            k += 3
            continue
        # (a phrase line over them is a kicker when the two are parallel: 足协杯改赛制 / 每轮抽签定 / 单场定胜负)
        if first and second and not third and (not before or parallel_phrases(first, second)) and not tagged_next \
                and phrase_pair(units[k], units[k + 1]):
            units[k].block.lines[:] = [f"{first} {second}"]
            out.append(units[k])
            k += 2
            continue
        if first and not second and k + 1 < len(units) and cjk_count(first) <= _TAGGED_PHRASE_CHARS \
                and phrase_pair(units[k], units[k + 1], tagged=True):
            # the second phrase closes with the title's column tag, so the title ends there;
            # a line over it is a kicker (城东园林 / 绿地增加 / 空气更好（城建观察）), not a third phrase
            units[k].block.lines[:] = [f"{first} {units[k + 1].block.lines[0].strip()}"]
            out.append(units[k])
            k += 2
            continue
        out.append(units[k])
        k += 1
    return out


__all__ = ["join_phrase_lines"]
