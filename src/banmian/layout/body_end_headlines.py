"""Headline lines a stream ran onto the end of the body before them (text mode).

Where a headline stands over its body, the text before it ends its
last sentence, and the next article's headline follows. A line stream often
cuts the headline's first lines into that body: a kicker line over a title
(江城新区第一书记王明 / 旧村换新颜), or the whole headline over its byline
(江城整治河道污染 / “臭水沟”变清了 / ■ 通讯员 李华). Such lines end no sentence
and follow a sentence's end: after a body's last sentence no paragraph of it
opens that ends on no sentence, with a headline or a byline and new text right
under it. :mod:`.kicker_tails` takes the lines that lead on (……： / ……——)
on every page; this takes any headline-shaped line, only over a headline that opens
the text under it, or over a byline and text (where a headline closes the body
over it, that body's last line stands over its own headline, and a signature
or a closing label may end a body so).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Block
from .closing_notes import in_one_bracket
from .headless_titles import is_headline_shaped
from .kicker_tails import ends_sentence_line
from .roles import BODY, BYLINE, SUBHEADING, TITLE
from .rules import is_closing_note
from .text_units import Unit
from .marked_bylines import commentator_byline

#: fewest CJK characters of a kicker line taken off a body (a name alone signs a text: 张三 / 汪海强)
_KICKER_CHARS = 6
#: most characters of one headline line cut into a body (a column line is some 12-18; a kicker may be wider)
_LINE_CHARS = 26
#: most lines of a headline run into a body over its byline (a kicker and a title)
_HEADLINE_LINES = 2


#: a letter's salutation opening its text (编辑同志： / 亲爱的祖国：): the letter closes with its signature
_SALUTATION = re.compile(r"[^，。：:！？、]{2,10}[：:]")


def _signed_letter(units: list[Unit], k: int) -> bool:
    """Does the text that unit ``k`` closes open with a salutation (a letter, whose
    last line is its writer's signature: 江城镇石桥村 陈明, no headline's kicker)?"""
    j = k
    while j > 0 and units[j - 1].block.role in (BODY, SUBHEADING):
        j -= 1
    while units[j].block.role != BODY:
        j += 1
    return _SALUTATION.match(units[j].block.lines[0].strip()) is not None


def _headline_line(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > _LINE_CHARS or line[0] in "—（(【[■●◆" or line[-1] in "）)】]":
        return False  # (a bracket closing it: a title's column tag, or names signing a photo: 影像中国（张三 李四）)
    if is_closing_note(line) or not is_headline_shaped(line) or commentator_byline(line) is not None:
        return False  # (本报特约评论员 张三: a commentary's signature closes its text)
    return sum("\u4e00" <= ch <= "\u9fff" for ch in line) >= _KICKER_CHARS and line[-1] not in "…"


#: marks no headline line ends with (a title may end with ？ or ！, never with 。 or a comma)
_NO_HEADLINE_END = frozenset("。；，、：")


def _trailing_headline_lines(lines: list[str], previous: Unit | None, most: int) -> int:
    """How many of the unit's last lines (at most ``most``) are headline lines right
    after a sentence's end (0: none)."""
    if not lines or lines[-1].rstrip()[-1:] in _NO_HEADLINE_END:  # (most bodies: their last line ends a sentence)
        return 0
    for count in range(min(most, len(lines)), 0, -1):
        tail = lines[-count:]
        if not all(_headline_line(line) for line in tail):
            continue
        if len(lines) > count:
            above = lines[-count - 1]
        elif previous is not None and previous.block.role == BODY:
            above = previous.block.lines[-1]
        else:
            continue
        if ends_sentence_line(above):
            return count
    return 0


def _cut(unit: Unit, count: int) -> list[Unit]:
    """The unit with its last ``count`` lines cut off, each a headline unit of its own."""
    src = unit.block
    lines = src.lines
    keep = len(lines) - count
    out: list[Unit] = []
    if keep:
        out.append(Unit(Block(lines[:keep], BODY, page=src.page, line_start=src.line_start, bbox=src.bbox,
                              font_size=src.font_size), bylines=unit.bylines, closing=unit.closing,
                        note=unit.note, credit=unit.credit, paragraph_lines=unit.paragraph_lines,
                        lead=unit.lead, set_wide=unit.set_wide))
    for n in range(keep, len(lines)):
        start = src.line_start + n if src.line_start is not None else None
        out.append(Unit(Block([lines[n]], TITLE, page=src.page, line_start=start, font_size=src.font_size)))
    return out


def headlines_off_body_ends(units: list[Unit], directions: bool | dict[int, bool]
                            ) -> tuple[list[Unit], bool | dict[int, bool]]:
    """A body unit's last line over a headline group that opens the body under it, or
    its last lines (two at most) over a byline with a body under it (a headline's
    byline stands under it, over its text, however the page orders headlines and
    bodies), each headline-shaped and after a sentence's end, cut off as headline
    units (the headline group's direction kept, at its new first unit).
    Returns the units and the directions."""
    if directions is False:
        return units, directions
    counts: dict[int, int] = {}  # the units to cut, and how many lines off each (most pages: none)
    closing: set[int] = set()  # the cuts whose lines close the body they are cut from
    for k, unit in enumerate(units):
        if unit.block.role != BODY or k + 1 >= len(units):
            continue
        nxt = units[k + 1].block.role
        previous = units[k - 1] if k else None
        count = 0
        if nxt == TITLE and _opens_body(directions, k + 1):
            count = _trailing_headline_lines(unit.block.lines, previous, 1)
        elif nxt == BYLINE and k + 2 < len(units) and units[k + 2].block.role == BODY:
            count = _trailing_headline_lines(unit.block.lines, previous, _HEADLINE_LINES)
            if count and isinstance(directions, dict) and _closes_its_body(units, directions, k):
                closing.add(k)
        if count and not _signed_letter(units, k):  # (asked only of a body closing so: walks back)
            counts[k] = count
    if not counts:
        return units, directions
    # (the units between two cuts copied by slices, and each unit's new place told by the cuts before
    # it: a few cuts on a page of thousands of units)
    out: list[Unit] = []
    cuts = list(counts)  # (in the page's order)
    added: list[int] = []  # the units the cuts up to each one added
    kickers: dict[int, int] = {}  # a headline group under a cut -> the kicker now opening it
    closers: list[int] = []  # the first headline unit of each cut that closes its body
    taken = extra = 0
    for k in cuts:
        out += units[taken:k]
        pieces = _cut(units[k], counts[k])
        out += pieces
        extra += len(pieces) - 1
        added.append(extra)
        if units[k + 1].block.role == TITLE:
            kickers[k + 1] = len(out) - 1  # the kicker now opens the headline group
        if k in closing:
            closers.append(len(out) - counts[k])
        taken = k + 1
    out += units[taken:]
    if isinstance(directions, bool):
        return out, directions

    def moved(j: int) -> int:
        if j in kickers:
            return kickers[j]
        before = bisect_left(cuts, j)  # the cuts over unit j
        return j + (added[before - 1] if before else 0)
    turned = {moved(j): value for j, value in directions.items()}
    turned.update(dict.fromkeys(closers, False))
    return out, turned


def _closes_its_body(units: list[Unit], directions: dict[int, bool], k: int) -> bool:
    """Do the headline lines ending body unit ``k`` (over a byline and a body)
    close that body, drawn after it: no headline over it opens it (the group
    over it closes its own text, or none stands over it) and the body under the
    byline has its own headline drawn after it? An article has one headline.
    (Names in one bracket under the lines sign the text they end: no headline's byline.)"""
    if in_one_bracket(units[k + 1].block.lines):
        return False
    j = k
    while j > 0 and units[j - 1].block.role != TITLE:
        j -= 1
    if j > 0:
        start = j - 1
        while start > 0 and units[start - 1].block.role == TITLE:
            start -= 1
        if directions.get(start, True):
            return False  # the body over the lines is opened by its headline: they head the next text
    j = k + 2
    while j < len(units) and units[j].block.role not in (TITLE, BYLINE):
        j += 1
    return j < len(units) and units[j].block.role == TITLE and directions.get(j, True) is False


def _opens_body(directions: bool | dict[int, bool], start: int) -> bool:
    return directions if isinstance(directions, bool) else directions.get(start, True)


__all__ = ["headlines_off_body_ends"]
