"""A lone heading between two runs of one story's text is its subheading (text mode).

An in-body subheading that the column's width could not tell (the runs around
it measured apart, or too short to measure) stays a headline, and the story's
text under it becomes an article of its own. Two articles' texts share only
the language's common words; one story's text runs on in its own words: the
names and terms it says again and again (哈萨克斯坦, 电商, 油站 ...) come back,
several times each, on both sides of the heading, and seldom elsewhere on the
page (the paper's common words, 中国, 发展, 合作, come in every article). A
heading with such text on both sides, no dateline opening the text under it
and no byline or closing bracket ending the text over it, heads a part of that
story.

A subheading may be set as a stack of short lines that the extractor gives as
several headline units: a lead-in line over it (服务市民、爱护生态—— / 志愿队伍添新人),
a second line wrapped apart (…守护越冬 / 候鸟), a label over it. Such a stack
is one subheading where one unit would be: few lines, no column's tag, the
same story's wording on both sides.

A story's parts may open on another side of it (another place, another person),
so that few of its words come back under the heading. Two shapes still tell a
part's heading: a lead-in of parallel phrases of one length closed by a dash
(整修老街、留住乡愁—— / the heading / a deck), which asks fewer shared words and no
column width (its deck comes joined into one line wider than the column); and a
short label over the heading (回娘家 / …) under a text that itself runs on from a
subheading told before: the story's next part, headed as the one over it. A
kicker names one subject (某组织警告——), an author's name may stand over a new
title (张小明 / …): neither is taken.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .alone_titles import _NUMERALS, _pair_counts, two_datelines_around
from ..names import starts_with_surname
from .roles import BODY, OTHER, SUBHEADING, TITLE
from .rules import is_closing_note, opens_with_any_dateline
from .reflow import cell_width
from .subheadings import _COLUMN_TAG, _MIN_RUN, _NOTES_TAG, _run_width
from .text_closing import closes_with_byline
from .text_direction import bigrams
from .text_units import Unit

#: characters of text over the heading and under it whose wording is compared
_SIDE_CHARS = 400
#: a story's own words: pairs of characters said at least this often on each side (twice: see _said_often) ...
_SAID_OFTEN = 2
#: ... this many of them (two stories share a common word or two: 记者, 表示, 发展)
_OWN_WORDS = 5
#: ... or this many under a lead-in of parallel phrases (:func:`_parallel_lead_in`)
_OWN_WORDS_LED_IN = 2
#: a story's own word comes in at most this many of the page's other stretches of text
_ELSEWHERE = 1
#: most lines and CJK characters of a subheading
_MOST_LINES = 2
_MOST_CHARS = 30
#: most headline units in a stacked subheading, and most lines and CJK characters of the stack
_MOST_UNITS = 3
_MOST_STACK_LINES = 4
_MOST_STACK_CHARS = 60
#: most CJK characters of a label over a subheading's line, and of a person's name (which a label is not)
_MOST_LABEL_CHARS = 6
_MOST_NAME_CHARS = 3
#: the line under a label holds at least this many characters more than the label
_LONGER_THAN_LABEL = 2
#: most characters of any kind in a stack (its CJK, marks, figures and spaces)
_MOST_STACK_SIZE = 2 * _MOST_STACK_CHARS


def _run(units: list[Unit], k: int, step: int) -> str:
    """The body text next to unit ``k`` (over it for ``step`` -1), subheadings passed over."""
    parts: list[str] = []
    j, size = k + step, 0
    while 0 <= j < len(units) and units[j].block.role in (BODY, SUBHEADING) and size < _SIDE_CHARS:
        if units[j].block.role == BODY:
            text = "".join(units[j].block.lines).replace(" ", "")
            parts.append(text)
            size += len(text)
        j += step
    if step < 0:
        parts.reverse()
    text = "".join(parts)
    return text[-_SIDE_CHARS:] if step < 0 else text[:_SIDE_CHARS]


def one_story_around(heading: str, before: str, after: str, elsewhere: Callable[[str], int] = lambda pair: 0,
                     own_words: int = _OWN_WORDS) -> bool:
    """Do the texts over and under the heading say the same words again and again
    (numbers, the heading's own words and the page's common words aside: ``elsewhere``
    tells in how many of the page's other stretches of text a pair comes), ``own_words``
    of them at least: one story's?"""
    own = bigrams(heading)
    # (the text under is searched only for the few pairs said often over it: no count of its every pair)
    said = sum(n >= _SAID_OFTEN and _said_often(pair, after) and pair not in own
               and not _NUMERALS.issuperset(pair) and elsewhere(pair) <= _ELSEWHERE
               for pair, n in _pair_counts(before).items())
    return said >= own_words


def _said_often(pair: str, text: str) -> bool:
    """Does the pair of CJK characters come in ``text`` twice at least (``_SAID_OFTEN``)?
    Two that overlap (哈哈哈) count as two, as :func:`.alone_titles._pair_counts` counts;
    str.count counts them once."""
    return text.count(pair) >= 2 or (pair[0] == pair[1] and pair + pair[0] in text)


def _stretches(units: list[Unit]) -> tuple[dict[int, int], Counter[str], list[frozenset[str]]]:
    """The page's stretches of body text between headlines and other units: the stretch
    each body unit is in, how many stretches say each pair of characters, and each
    stretch's pairs. (One pass over the page.)"""
    at: dict[int, int] = {}
    said: Counter[str] = Counter()
    pairs: list[frozenset[str]] = []
    start = None
    for k, unit in enumerate([*units, None]):
        if unit is not None and unit.block.role in (BODY, SUBHEADING):
            if start is None:
                start = k
            continue
        if start is not None:
            text = "".join(line for u in units[start:k] if u.block.role == BODY for line in u.block.lines)
            stretch = bigrams(text.replace(" ", ""))
            for j in range(start, k):
                at[j] = len(pairs)
            pairs.append(stretch)
            said.update(stretch)
            start = None
    return at, said, pairs


def _cjk(text: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def _heading_chars(unit: Unit) -> int | None:
    """The CJK characters of the unit as a piece of a subheading, or None where it cannot
    be one: too many lines or characters, or a column's tag (（人民时评）) closing a new
    article's title."""
    lines = unit.block.lines
    text = "".join(line.strip() for line in lines)
    chars = _cjk(text)
    if len(lines) > _MOST_LINES or not text or chars > _MOST_CHARS:
        return None
    if _COLUMN_TAG.search(text) and not _NOTES_TAG.search(text):
        return None
    return chars


def _lone_heading(units: list[Unit], k: int) -> int:
    """The end (exclusive) of the headline units from ``k`` that stand alone between
    two bodies as one heading (a title unit, or a stack of up to ``_MOST_UNITS`` of
    them, labels set apart among them), or 0 where none does."""
    if units[k].block.role != TITLE or units[k - 1].block.role != BODY:
        return 0
    # (the roles and line counts first: most headlines after a text have a byline or a tier
    # of other kind under them, and their words are never read here)
    end, lines, size = k, 0, 0
    while end < len(units) and end - k < _MOST_UNITS and (
            units[end].block.role == TITLE or (end > k and units[end].block.role == OTHER)):
        lines += len(units[end].block.lines)
        size += sum(map(len, units[end].block.lines))
        end += 1
    if (end >= len(units) or units[end].block.role != BODY or lines > _MOST_STACK_LINES
            or (end - k > 1 and size > _MOST_STACK_SIZE)):
        return 0
    chars = 0
    for j in range(k, end):
        unit_chars = _heading_chars(units[j])
        if unit_chars is None:
            return 0
        chars += unit_chars
    if chars > _MOST_STACK_CHARS:
        return 0
    above, below = units[k - 1].block.lines, units[end].block.lines
    if opens_with_any_dateline(below) or closes_with_byline(above) or is_closing_note(above[-1]):
        return 0
    return end


#: a subheading's lead-in pairs parallel phrases of one length (整修老街、留住乡愁——): two or three of
#: two to six CJK characters each
_PARALLEL_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,6})(?:[、，,]([\u4e00-\u9fff]{2,6})){1,2}——$")


def _parallel_lead_in(unit: Unit) -> bool:
    """Is the unit one line of parallel phrases of one length closed by a dash
    (服务市民、爱护生态——)? Such a line leads into a subheading of a story's part:
    it names the part's two or three sides alike. A kicker over a new article's
    title names its subject or its source (某某组织警告——, 某地某村——): one phrase."""
    lines = unit.block.lines
    if len(lines) != 1:
        return False
    line = lines[0].strip()
    if not _PARALLEL_LEAD.match(line):
        return False
    return len({len(part) for part in re.split(r"[、，,]", line[:-2])}) == 1


def _labelled_stack(units: list[Unit], k: int, end: int) -> bool:
    """Is the stack of headline units from ``k`` a short label over its heading
    (回娘家 / 正月里的第一趟远门; 磨豆腐 / 一锅豆腐过个年): a label of a few CJK characters
    over a longer line, no mark or figure, no dash of a kicker or a subtitle, and no
    person's name (an author set over a new article's title: 张小明 / ……)?"""
    if end - k < 2:
        return False
    label = "".join(units[k].block.lines).strip()
    chars = _cjk(label)
    if chars != len(label) or chars > _MOST_LABEL_CHARS or (chars <= _MOST_NAME_CHARS and starts_with_surname(label)):
        return False
    texts = ["".join(unit.block.lines).strip() for unit in units[k + 1:end]]
    # (a label heads a longer line: two halves of one length are a title set in two, 某某某某 / 某某某某)
    return len(texts[0]) >= len(label) + _LONGER_THAN_LABEL and not any(
        text.startswith("——") or text.endswith("——") for text in texts)


def _under_a_subheading(units: list[Unit], k: int, marked: set[int]) -> bool:
    """Does the text over unit ``k`` run (body units only) up from a subheading
    told before this pass (never one this pass ``marked``, so that one guess does
    not lead to the next)?"""
    j = k - 1
    while j >= 0 and units[j].block.role == BODY:
        j -= 1
    return j >= 0 and units[j].block.role == SUBHEADING and j not in marked


def lone_headings_in_one_story(units: list[Unit]) -> None:
    """Mark a lone headline unit (or a short stack of them) between two bodies as a
    subheading where the text over it and the text under it are one story's
    (:func:`one_story_around`)."""
    stretches: tuple[dict[int, int], Counter[str], list[frozenset[str]]] | None = None
    marked: set[int] = set()  # (the units this pass marked: a subheading told before it is any other)
    for k in range(1, len(units) - 1):
        end = _lone_heading(units, k)
        if not end or two_datelines_around(units, k, end):
            continue
        if _labelled_stack(units, k, end) and _under_a_subheading(units, k, marked):
            # (the story's next part, headed as the part over it was: its words may run another way)
            for j in range(k, end):
                units[j].block.role = SUBHEADING
                marked.add(j)
            continue
        heading = "".join(line.strip() for u in units[k:end] for line in u.block.lines)
        before, after = _run(units, k, -1), _run(units, end - 1, +1)
        # (a lead-in of parallel phrases over the heading: a part of one story, whose sides need share
        # fewer of its own words: a part opens on another side of the story)
        led_in = end - k >= 2 and _parallel_lead_in(units[k])
        own_words = _OWN_WORDS_LED_IN if led_in else _OWN_WORDS
        if not one_story_around(heading, before, after, own_words=own_words):
            continue  # (most: the words the page says elsewhere are asked only of the few left)
        if stretches is None:  # (the page's stretches, once)
            stretches = _stretches(units)
        at, said, pairs = stretches
        over, under = pairs[at[k - 1]], pairs[at[end]]

        def elsewhere(pair: str, over: frozenset[str] = over, under: frozenset[str] = under) -> int:
            return said[pair] - (pair in over) - (pair in under)

        if one_story_around(heading, before, after, elsewhere, own_words) and (led_in or not any(
                wider_than_the_column(units, j, k - 1, end) for j in range(k, end))):
            for j in range(k, end):
                units[j].block.role = SUBHEADING
                marked.add(j)


def wider_than_the_column(units: list[Unit], k: int, over: int | None = None, under: int | None = None) -> bool:
    """Is a line of the heading at ``k`` wider than the column of the text over it
    and the column of the text under it? A subheading stands in its story's column
    (in a type as large as the text's or larger: no more characters a line), so a
    line holding more characters than both columns' lines is a headline set over
    a wider measure: a new article's. A run of too few lines tells no measure."""
    sides = (k - 1 if over is None else over, k + 1 if under is None else under)
    widths = [_run_width(units[j].block.lines) for j in sides if len(units[j].block.lines) >= _MIN_RUN]
    return bool(widths) and max(map(cell_width, units[k].block.lines)) > max(widths)


__all__ = ["lone_headings_in_one_story", "one_story_around", "wider_than_the_column"]
