"""A text left with no headline whose last lines are its headline (text mode).

Where a page draws each headline after its body, a headline set in lines of
about the column's width can be read as the body's last lines: the text is
left an article with no headline (……发挥了重要作用。 / 江城科研项目陆续落地 /
我市新材料研发步入快车道), and the headline is lost. No text ends so: after its
last sentence no line of a body stands that ends on no sentence, with nothing
of the text under it. Such lines, after a sentence's end (or a closing note,
本版制图：……) and closing the text, each shaped as a headline line (no
sentence's mark, no comma ending it, a few words), are the text's headline.
Only a text with no headline of its own; one such line over a headline that
opens the text after it may be that headline's kicker (:mod:`.body_end_headlines`).
"""

from __future__ import annotations

import re
from operator import attrgetter

from ..model import Block
from .headless_titles import is_headline_shaped
from .kicker_tails import ends_sentence_line
from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, TITLE
from .rules import is_closing_note
from .text_units import Unit

#: most lines of a headline read as a body's last lines (a kicker, a title wrapped, a subtitle)
_MOST_LINES = 6
#: most characters of one such line (a column line is some 12-18; a kicker may be wider)
_LINE_CHARS = 30
#: fewest CJK characters of the headline taken (a name alone, 张三, signs a text)
_FEWEST_CJK = 6
#: a headline line ends on none of these (a title may end with ？ or ！)
_NO_HEADLINE_END = frozenset("。；，、：:,;")
#: what may stand after the text's last body unit (a photo's caption, a jump note)
_AFTER_BODY = (CAPTION, CREDIT, CONTINUATION)
_ROLE = attrgetter("block.role")


def _cjk(text: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def _headline_line(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > _LINE_CHARS or line[-1] in _NO_HEADLINE_END or line[0] in "（(【[■●◆":
        return False
    return "。" not in line and "；" not in line and not is_closing_note(line)


def _headline_text(lines: list[str]) -> bool:
    """The lines read together as a headline: a title of a few words, a dashed subtitle after it."""
    text = "".join(line.strip() for line in lines)
    title, _, subtitle = text.partition("——")
    if _cjk(text) < _FEWEST_CJK or not title or "——" in subtitle:
        return False
    return is_headline_shaped(title) and (not subtitle or is_headline_shaped(subtitle))


#: a date alone on its line, closing a letter or a statement (2019年1月21日)
_DATE_LINE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _ended(line: str) -> bool:
    """Does the line close a text: a sentence's end, a closing note, a letter's date?"""
    return ends_sentence_line(line) or is_closing_note(line) or _DATE_LINE.fullmatch(line.strip()) is not None


def _tail_count(group: list[Unit], k: int) -> int:
    """How many last lines of body unit ``k`` (the group's last body unit) are its headline."""
    lines = group[k].block.lines
    if lines[-1].rstrip()[-1:] in _NO_HEADLINE_END:
        return 0  # (most texts: the last line ends the last sentence)
    earlier = next((u for u in reversed(group[:k]) if u.block.role == BODY), None)
    for count in range(min(_MOST_LINES, len(lines)), 0, -1):
        tail = lines[-count:]
        if not all(_headline_line(line) for line in tail) or not _headline_text(tail):
            continue
        above = lines[-count - 1] if len(lines) > count else (earlier.block.lines[-1] if earlier else "")
        if above.strip() and _ended(above):
            return count
    return 0


def _cut(unit: Unit, count: int) -> list[Unit]:
    """The body unit with its last ``count`` lines cut off, each a headline unit."""
    src = unit.block
    keep = len(src.lines) - count
    out: list[Unit] = []
    if keep:
        unit.block = Block(src.lines[:keep], BODY, page=src.page, line_start=src.line_start, bbox=src.bbox,
                           font_size=src.font_size)
        unit.forget_width()
        out.append(unit)
    for n in range(keep, len(src.lines)):  # (one unit a line, as a headline's tiers come: the tiers are read later)
        start = src.line_start + n if src.line_start is not None else None
        out.append(Unit(Block([src.lines[n]], TITLE, page=src.page, line_start=start, font_size=src.font_size)))
    return out


def headlines_closing_headless_texts(groups: list[list[Unit]]) -> list[list[Unit]]:
    """Each group with a body and no headline whose body closes on headline lines
    after its last sentence gets those lines as its headline (cut off its last
    body unit, in their place), and the names alone right under them (■ 本报记者
    张三: a headline's byline, left a group with no text) as its bylines; one
    line stays where the next group opens with a headline."""
    out: list[list[Unit]] = []
    taken = -1  # the group of names taken into the one before it
    for n, group in enumerate(groups):
        if n == taken:
            continue
        out.append(group)
        if TITLE in map(_ROLE, group):
            continue  # (most groups: a headline of their own; asked in C)
        k = next((j for j in range(len(group) - 1, -1, -1) if group[j].block.role == BODY), None)
        if k is None or any(u.block.role not in _AFTER_BODY for u in group[k + 1:]):
            continue
        nxt = groups[n + 1] if n + 1 < len(groups) else None
        count = _tail_count(group, k)
        if count == 1 and nxt and nxt[0].block.role == TITLE:
            continue  # (one line may be the kicker of the headline that opens the next text)
        if count:
            group[k:k + 1] = _cut(group[k], count)
            if nxt and all(u.block.role == BYLINE for u in nxt):
                group.extend(nxt)
                taken = n + 1
    return out


__all__ = ["headlines_closing_headless_texts"]
