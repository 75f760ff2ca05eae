"""Two articles' titles stacked between their bodies, read apart by their wording.

In content-stream order a title drawn after its body (closing it) may come
right before the next article's title drawn over its own body: one group of
headline tiers. Where the two are phrases of one length, or were put on one
line as a title's phrase pair (自家门口看某鸟 某某寺晨钟（…）), the weighed echoes
of :mod:`.tier_cuts` read them as one title. A headline's tiers all tell of
its own body: tiers that part strictly, the upper ones spelling words of the
body over the group and none of the body under it, the lower ones the other
way round (and the two tiers at the cut each two pairs of their own side at
least, so that no word met by chance decides), are two articles' headlines.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Block
from .roles import BODY, TITLE
from .headlines import sets_the_scene, starts_with_dash, without_column_tag
from .text_direction import bigrams, shared_pairs, title_groups
from .tier_cuts import split_groups_by_wording
from .tier_patterns import has_title_tag
from .text_units import Unit

#: each part of the block spells this many character pairs of its own body at least
_OWN_PAIRS = 2
#: body units either side of the block whose text is asked
_NEAR_UNITS = 3


def split_stacked_titles(units: list[Unit]) -> list[Unit]:
    """Cut a headline unit where its upper pieces (lines, or phrases a space
    apart on one line) echo the body over it only and its lower pieces the
    body under it only; return the units."""
    if not any(u.block.role == TITLE and (len(u.block.lines) > 1 or " " in u.block.lines[0].strip())
               for u in units if u.block.lines):
        return units  # (most pages: no headline unit of two pieces or more)
    out: list[Unit] = []
    for k, unit in enumerate(units):
        pieces = _pieces(unit.block.lines) if unit.block.role == TITLE and not unit.block.vertical else []
        if len(pieces) < 2:
            out.append(unit)
            continue
        before, after = _near_body(units, k, -1), _near_body(units, k, +1)
        cut = _leaning_cut([text for text, _ in pieces], before, after) if before and after else None
        if cut is None:
            out.append(unit)
            continue
        upper, lower = _lines_of(pieces[:cut]), _lines_of(pieces[cut:])
        first_line = pieces[cut][1]
        unit.block.lines = upper
        unit.forget_width()
        out.extend([unit, Unit(_copy_block(unit, lower, first_line))])
    return out


def _pieces(lines: list[str]) -> list[tuple[str, int]]:
    """The unit's pieces: each line's phrases set a space apart, with the line each stands on."""
    return [(part, n) for n, line in enumerate(lines) for part in line.split()]


def _lines_of(pieces: list[tuple[str, int]]) -> list[str]:
    """Pieces back on their lines (phrases of one line a space apart)."""
    lines: dict[int, list[str]] = {}
    for text, n in pieces:
        lines.setdefault(n, []).append(text)
    return [" ".join(parts) for parts in lines.values()]


def _leaning_cut(pieces: list[str], before: str, after: str) -> int | None:
    """Where the unit's pieces part: upper pieces naming only the body before,
    lower ones only the body after (a kicker's lead-in dash or colon, or a
    dashed subtitle, keeps tiers together)."""
    worded = [without_column_tag(piece) for piece in pieces]  # (a column's tag, （某某观察）, tells of no body)
    for cut in range(1, len(pieces)):
        if pieces[cut - 1].endswith(("—", "：", ":")) or starts_with_dash(pieces[cut]) or pieces[cut][:1].isdigit():
            continue  # (a figure called out, 3—5架次, opens no headline)
        # (the pieces either side of the cut name their own side, a word by chance too few: a tier naming
        # neither goes with no side)
        if (shared_pairs(bigrams(worded[cut - 1]), before) < _OWN_PAIRS
                or shared_pairs(bigrams(worded[cut]), after) < _OWN_PAIRS):
            continue
        # (the pieces either side of the cut are parts of the upper and the lower tiers: a pair either
        # names of the other side's body, theirs name too, and no cut is there; asked before the tiers'
        # pairs are gathered)
        if shared_pairs(bigrams(worded[cut - 1]), after) or shared_pairs(bigrams(worded[cut]), before):
            continue
        upper, lower = bigrams("".join(worded[:cut])), bigrams("".join(worded[cut:]))
        if (shared_pairs(upper, before) >= _OWN_PAIRS and shared_pairs(upper, after) == 0
                and shared_pairs(lower, after) >= _OWN_PAIRS and shared_pairs(lower, before) == 0):
            return cut
    return None


def _near_body(units: list[Unit], k: int, step: int) -> str:
    """The text of the body units next to unit ``k``'s headline group on one
    side (past the group's other tiers), up to the next headline."""
    texts: list[str] = []
    j = k + step
    while 0 <= j < len(units) and units[j].block.role == TITLE:
        j += step
    while 0 <= j < len(units) and len(texts) < _NEAR_UNITS and units[j].block.role != TITLE:
        if units[j].block.role == BODY:
            texts.append("".join(units[j].block.lines))
        j += step
    return "".join(texts)


def _copy_block(unit: Unit, lines: list[str], first: int) -> Block:
    """A block like ``unit``'s holding ``lines``, the first of them its line ``first``."""
    start = unit.block.line_start
    return replace(unit.block, lines=list(lines), line_start=None if start is None else start + first)


def cut_stacked_groups(units: list[Unit], directions: dict[int, bool]) -> None:
    """Cut headline groups by wording (:func:`.tier_cuts.split_groups_by_wording`),
    then where a group's upper units name only the body over the group and its
    lower ones only the body under it, strictly, whatever their shape (two
    phrases of one length, 看某某 / 某某寺（…）, read as one title's pair): the
    upper close the body before, the lower open the body after."""
    groups = title_groups(units)  # (one walk for both: the cuts by wording change no role, only directions)
    split_groups_by_wording(units, directions, groups)
    for start, end in groups:
        if end - start < 2:
            continue
        opening = next((k for k in range(start + 1, end) if units[k].opens_group), None)
        if opening is not None:  # (a title under a headline closing the text over it: marked by its words)
            for k in range(start + 1, end):
                directions.pop(k, None)
            directions[start], directions[opening] = False, True
            continue
        before, after = _near_body(units, start, -1), _near_body(units, start, +1)
        if not before or not after:
            continue
        cut = _leaning_cut(["".join(u.block.lines) for u in units[start:end]], before, after)
        if cut is not None:  # (the strict parting overrules a cut the weighed echoes made elsewhere)
            for k in range(start + 1, end):
                directions.pop(k, None)
            directions[start] = False
            directions[start + cut] = True
        elif directions.get(start) is False:  # (a closing headline, and an opening one under it?)
            cut = next((k for k in range(start + 1, end) if directions.get(k)), None)
            if cut is not None:
                cut = _cut_at_dashed_kicker(units, directions, cut, end, after)
                _cut_under_led_title(units, directions, start, cut, before)


#: a tier telling of the text under it shares this many character pairs with it at least
_TOLD_PAIRS = 2
#: a name alone set as a headline line has at most this many characters (a kicker has more)
_NAME_CHARS = 4


def _cut_at_dashed_kicker(units: list[Unit], directions: dict[int, bool], cut: int, end: int, after: str) -> int:
    """Where a group cut into a closing and an opening headline has a kicker
    leading into its title (某某代表—— / title) under the cut, that kicker opens
    the next headline: tiers between the cut and it that tell nothing of the
    text under the group (能人挑重担 村民齐上阵, no pair of it said there) are the
    closing headline's (its title under its kicker). A kicker wrapped onto a
    second line tells of that text in its first line: no move then. The cut, moved or not."""
    dashed = next((k for k in range(cut + 1, end) if units[k].block.lines
                   and units[k].block.lines[-1].rstrip().endswith("——")), None)
    if dashed is None or any(starts_with_dash(u.block.lines[0]) or shared_pairs(
            bigrams("".join(u.block.lines)), after) >= _TOLD_PAIRS for u in units[cut:dashed]):
        return cut
    del directions[cut]
    directions[dashed] = True
    return dashed


def _cut_under_led_title(units: list[Unit], directions: dict[int, bool], start: int, cut: int, before: str) -> None:
    """Where a group's closing headline holds a kicker that leads into its
    title (……时强调, ……——) and the title under it, the tiers under that title
    and over the cut that tell nothing of the text over the group (no pair of
    theirs said there; a subtitle under such a title, 某某出席, restates that
    text) are the next headline's (its kicker, over a title closed by its tag)."""
    if cut - start < 3 or not units[cut].block.lines or not has_title_tag(units[cut].block.lines[-1].strip()):
        return  # (a title closed by its tag under the tiers: the next headline's 主题, a kicker over it at most)
    led = next((k for k in range(start, cut - 2) if units[k].block.lines and (
        sets_the_scene(units[k].block.lines[-1]) or units[k].block.lines[-1].rstrip().endswith("——"))), None)
    if led is None or units[led + 1].block.lines and shared_pairs(
            bigrams("".join(units[led + 1].block.lines)), before) < _TOLD_PAIRS:
        return
    if any(not u.block.lines or starts_with_dash(u.block.lines[0]) or len("".join(u.block.lines)) <= _NAME_CHARS
           or shared_pairs(bigrams("".join(u.block.lines)), before) for u in units[led + 2:cut]):
        return  # (a name alone, 张三, is the closing headline's byline, not the next headline's kicker)
    del directions[cut]
    directions[led + 2] = True


__all__ = ["cut_stacked_groups", "split_stacked_titles"]
