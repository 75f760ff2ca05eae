"""A line standing alone between two bodies, in plain text (no type size):
evidence from the bodies around it that it opens a new article rather than
heading a section of the one before (:mod:`.subheadings` asks)."""

from __future__ import annotations

import re
from collections import Counter

from .roles import BODY, BYLINE, DATELINE, SUBHEADING, TITLE
from .reflow import PULLED_UP, cell_width
from .rules import CLOSING_DATELINE, opens_with_dateline, split_dateline
from .text_direction import bigrams, shared_pairs
from .text_units import Unit

#: the last bracket of a body's text, to its end
_LAST_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")


def _closes_with_dateline(lines: list[str]) -> bool:
    """Does the body end with a dateline in brackets (……。（本报杭州5月13日电）),
    the bracket wrapped over two lines or not?"""
    tail = _LAST_BRACKET.search("".join(x.strip() for x in lines[-2:]).replace(" ", ""))
    return tail is not None and CLOSING_DATELINE.fullmatch(tail.group(0)) is not None


#: units looked back over for the body's opening (a long article's sections aside: the walk stays linear)
_REACH = 24


def two_datelines_around(units: list[Unit], start: int, end: int) -> bool:
    """Does the body before units ``start:end`` open with a dateline (本报讯)
    and the body after them close with one (（本报杭州5月13日电））? An article
    has one dateline, opening or closing it: these are two articles. So too
    when the dateline before is signed (据新华社…电 （记者张三）) and the text
    after closes with its own authors' bracket (（李四 王五）) or a closing
    dateline on a line of its own: an article is dated and signed once."""
    k = start - 1
    while k > max(0, start - _REACH) and units[k - 1].block.role in (BODY, SUBHEADING):
        k -= 1
    if k < 0 or units[k].block.role != BODY:
        return False
    signed = _signed_dateline(units[k].block.lines)  # (a quoted wire's dateline too: 据新华社…电 （记者…）)
    if not (signed or opens_with_dateline(units[k].block.lines)):
        return False
    j = end
    while j + 1 < min(len(units), end + _REACH) and units[j + 1].block.role == BODY:
        j += 1
    # over the text's later headings too, the closing dateline ending its last part
    crossed = j
    while (j + 2 < min(len(units), end + _REACH) and units[j].block.role == BODY and _heading_between(units, j + 1)
           and not _closes_with_dateline(units[j].block.lines)):
        j += 2
        while (j + 1 < min(len(units), end + _REACH) and units[j + 1].block.role == BODY
               and not _closes_with_dateline(units[j].block.lines)):
            j += 1
    if j >= len(units) or units[j].block.role != BODY:
        return False
    if _closes_with_dateline(units[j].block.lines):
        return True
    after = units[j + 1] if j + 1 < len(units) else None
    if after is None or not after.block.lines:
        return False
    if after.block.role == DATELINE and (signed or j > crossed):
        # the closing dateline on a line of its own, after a signed opening or under the text's later
        # headings (the text it closes runs on under them: its last part's, not the part under the first)
        return _closes_with_dateline(after.block.lines)
    if not signed:
        return False
    return after.block.role == BYLINE and after.closing


def _heading_between(units: list[Unit], k: int) -> bool:
    """Is unit ``k`` a heading of one line between two bodies, its role not yet
    told (a subheading or the next article's title)?"""
    return (units[k].block.role in (SUBHEADING, TITLE) and len(units[k].block.lines) == 1
            and units[k - 1].block.role == BODY and k + 1 < len(units) and units[k + 1].block.role == BODY)


def _signed_dateline(lines: list[str]) -> bool:
    """Does the text open with a dateline and its authors' bracket (……电 （记者张三）)?"""
    return bool(split_dateline(" ".join(line.strip() for line in lines[:_DATELINE_LINES])).bylines)


#: a dateline and its authors' bracket wrap over this many lines at most (据新华社联合国2月 / 20日电 （记者…）)
_DATELINE_LINES = 3


#: a run tells its measure from at least this many full lines (a squeezed column shows its second
#: width on some lines only: a few may all hold one)
_MIN_FULL_LINES = 4


def _one_width(lines: list[str], ref: float) -> float | None:
    """The one width every full line of a run holds (filled to the column
    ``ref`` wide, a paragraph's first and last lines are not, and ending in a
    character: a mark at the end may hang past the column or fill its last
    cell), or None when they hold two or are too few to tell. Latin letters and
    figures are set narrower or wider than the half cell they are counted: a
    line holding them counts where it agrees with the lines of characters alone,
    and is asked alone only where no such line is full."""
    width, count = None, 0
    odd: list[float] = []  # full lines holding Latin letters or figures
    for line in lines[:-1]:
        if line[-1:] in PULLED_UP:
            continue
        w = cell_width(line)
        if w < ref - 0.5:
            continue
        if not line.isascii() and line.encode("ascii", "ignore"):
            odd.append(w)
            continue
        if width is not None and w != width:
            return None
        width, count = w, count + 1
    if width is None:
        if odd and odd.count(odd[0]) != len(odd):
            return None
        width, count = (odd[0], len(odd)) if odd else (None, 0)
    else:
        count += odd.count(width)
    return width if count >= _MIN_FULL_LINES else None


def one_measure(before: list[str], after: list[str], width_before: float, width_after: float) -> bool:
    """Can the two runs (their column widths measured already) be one column?
    A column that squeezes its marks holds a character more on some lines
    (11 and 12 in one run); a column set exactly holds one width on every
    full line. Two runs that each hold one width, a cell apart (13 and 14),
    are two articles' columns. When a run shows two widths or too few full
    lines, nothing says they differ."""
    a = _one_width(before, width_before)
    if a is None:
        return True
    b = _one_width(after, width_after)
    return b is None or a == b


#: the body's opening (characters) that names a new story's subject: its lead
_LEAD_CHARS = 80
#: the end of the body before a heading (characters) asked whether it tells of the heading
_TAIL_CHARS = 400
#: at least this share of a title's character pairs comes back in its story's lead
_LEAD_ECHO = 0.3
#: ... and this many more than in the text before it, where that shares one
_LEAD_MARGIN = 2
#: a lead naming this share of a heading's character pairs names its subject (a heading holding this many:
#: a short one, 外贸开门红, a lead may name by chance)
_LEAD_NAMES = 0.6
_NAMED_PAIRS = 8
#: two runs of one story's text share at least this share of their character pairs (of the fewer):
#: a story's own words come back; two stories share only the language's common pairs
_ONE_STORY = 0.1


def opens_new_story(heading: str, before: str, after: str) -> bool:
    """Does a heading standing alone between two bodies open a new story?
    Its body's lead names what it names (在南苑社区的长者食堂 under 长者食堂暖了
    老人胃), the text before it tells of none of it, and the two texts share
    little wording: another subject. A subheading heads a part of a story that
    runs on in the same words (asked only of a heading that is the one such
    line in its stretch of body: a story's subheadings come two or more)."""
    pairs = bigrams(heading)
    if not pairs:
        return False
    tail, lead = before.replace(" ", "")[-_TAIL_CHARS:], after.replace(" ", "")[:_LEAD_CHARS]
    told_before, told_after = shared_pairs(pairs, tail), shared_pairs(pairs, lead)
    # (the text before may share one pair by chance, a common word: 新区; the lead then tells far more)
    if told_before > 1 or told_after < _LEAD_ECHO * len(pairs) or (told_before and told_after < 1 + _LEAD_MARGIN):
        return False
    tail_pairs, after_pairs = _pair_counts(tail), _pair_counts(after.replace(" ", "")[:_TAIL_CHARS])
    said_again = sum(n >= 2 and after_pairs.get(pair, 0) >= 2 and not _NUMERALS.issuperset(pair) and pair not in pairs
                     for pair, n in tail_pairs.items())
    # (a lead that names most of what a long heading names, the text before naming none of it, outweighs one
    # common pair both texts say again: 新区 of 高新区 and of 城北新区)
    named = not told_before and len(pairs) >= _NAMED_PAIRS and told_after >= _LEAD_NAMES * len(pairs)
    if said_again > (1 if named else 0):
        # a word each text says again (学生, 资助; not a count, 二十, nor the one common word the heading
        # shares with the text before, 新区): one subject runs on
        return False
    shared = sum(pair in after_pairs for pair in tail_pairs)
    return shared < _ONE_STORY * min(len(tail_pairs), len(after_pairs))


def says_a_word_again(before: str, after: str) -> bool:
    """Do the text over a heading and the text under it both say one word (a
    pair of characters, no numeral), three times or more in all: one subject
    running on (王明 in a report and in its reporter's short notes under it)?
    Two stories that meet share only a common word or two, each said once."""
    over = _pair_counts(before.replace(" ", "")[-_TAIL_CHARS:])
    under = _pair_counts(after.replace(" ", "")[:_TAIL_CHARS])
    return any(n + under.get(pair, 0) >= 3 and pair in under and not _NUMERALS.issuperset(pair)
               for pair, n in over.items())


def _pair_counts(text: str) -> dict[str, int]:
    """How often each pair of adjacent CJK characters comes in ``text`` (in the order
    first met). (Every pair cut in C, where two such characters stand, and counted
    in C: a fourth fewer than counting each run's pairs in a loop.)"""
    return Counter(_CJK_PAIR.findall(text))


_CJK_PAIR = re.compile("(?=([\u4e00-\u9fff]{2}))")
#: numerals written in characters: counts in any story, no subject's words
_NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿")
