"""Authors drawn before their headline are its byline, no tier (text mode).

A content stream may draw an article's byline before its headline, though it
is printed under it: an extractor then gives ``本报记者张沅康岭`` (role and
names run together, as PyMuPDF joins a line's pieces) or the names a line
each (``胡友松`` / ``彭波``) right over the kicker and title. Read as the
headline's first line, the byline became the title and the real tiers its
subtitle. A line of authors only, first in a run of headline units, is a
byline: a tier says a phrase, never a list of people. One name alone with no
role stays unless it has three characters under a common surname and opens
the page's text (关注, 时评 look like names and are column labels; further down
a name may sign the headline over it, drawn after its text), and so do names run together with no
role (a five-character title may split into two "names" as well).
A block of names a line each over a short line read as text for its short
lines (强蕾 / 阳立 / 赵启明 / 灯下有书) is a byline over its headline too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Byline
from ..names import COMPOUND_SURNAMES, HUNDRED_SURNAMES, starts_with_surname
from .name_runs import split_name_run
from .reflow import ends_sentence
from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, FOOTER, HEADER, TITLE
from .reporter_lines import reporter_line
from .rules import parse_byline_line
from .stream_lines import BYLINE_MARKS
from .text_bylines import names_alone
from .text_units import Unit

#: a reporter's role with the names run on after it (本报记者张沅康岭, 新华社记者林浩); a correspondent's
#: role and names may follow (…记者张三通讯员李四)
_ROLE_GLUED = re.compile(r"(?P<role>(?:本报|新华社|人民日报|中新社)?(?:特约|实习)?记者)(?P<names>[\u4e00-\u9fff]{2,9}?)"
                         r"(?:(?P<role2>通讯员)(?P<names2>[\u4e00-\u9fff]{2,9}))?")


def _full_name(name: str) -> bool:
    """A three-character name under one of the hundred commonest surnames
    (张可任): a column's label over a headline is a word (关注, 时评, 新视点)."""
    return len(name) == 3 and name[0] in HUNDRED_SURNAMES


def authors_line(lines: list[str], one_name: bool = False) -> list[Byline] | None:
    """The bylines of a unit that holds nothing but authors, else None: a
    reporter's line (spaced or run together), two names or more, or one name
    padded or set a line a character; ``one_name``: a name of three characters
    under a common surname alone too."""
    text = "".join(line.strip() for line in lines)
    if len(lines) == 1:
        spaced = parse_byline_line(lines[0])
        if spaced:
            return spaced
    # (the byline's mark run on too: ■记者张三李四)
    glued = _ROLE_GLUED.fullmatch(text.replace(" ", "").replace("\u3000", "").lstrip(BYLINE_MARKS))
    if glued:
        names = split_name_run(glued.group("names"))
        more = split_name_run(glued.group("names2")) if glued.group("role2") else []
        if not names or more is None:
            return None
        return [Byline(glued.group("role"), n) for n in names] + [Byline(glued.group("role2"), n) for n in more]
    names = names_alone(lines)
    if names and (len(names) >= 2 or len(lines) >= 2 or any(c in text for c in " \u3000")
                  or one_name and _full_name(names[0])):
        if len(names) == 1 and len(names[0]) == 4 and names[0][:2] not in COMPOUND_SURNAMES:
            return None  # 时代新论: a column's label
        return [Byline(None, n) for n in names]
    return None


def _reporter_line(line: str) -> list[Byline] | None:
    """A reporter's line (a role, then names, spaced or run together; a paper's
    reporter and one name under a rare surname too: 本报记者才朗)."""
    found = authors_line([line])
    return found if found and all(b.role for b in found) else reporter_line(line)


#: a name alone on its line: a surname and one or two characters
_NAME_LINE = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _leading_authors(lines: list[str], one_name: bool = False) -> tuple[int, list[Byline] | None]:
    """How many of a headline unit's first lines are its authors, and their
    bylines: a reporter's line, or two names or more a line each (张三 / 李四 /
    the title); a tier line must follow. ``one_name``: one full name alone
    (张可任) over a line twice its length or more too (a title set a phrase a
    line has lines of like length)."""
    if len(lines) < 2:
        return 0, None
    first = _reporter_line(lines[0])
    if first:
        return 1, first
    count = 0
    while (count < min(len(lines) - 1, 4) and _NAME_LINE.fullmatch(lines[count].strip())
           and starts_with_surname(lines[count].strip())):
        count += 1
    if (count == 1 and one_name and _full_name(lines[0].strip())
            and len(lines[1].strip()) >= 2 * len(lines[0].strip())):
        return 1, [Byline(None, lines[0].strip())]
    if count < 2:
        return 0, None
    return count, [Byline(None, line.strip()) for line in lines[:count]]


#: characters of a headline line under names read as one block with it (灯下有书)
_TITLE_CHARS = 24


def _names_over_a_title_read_as_body(unit: Unit) -> tuple[Unit, ...]:
    """A block of names a line each over one or two short lines that end no
    sentence (张三 / 李四 / 王五 / 灯下有书), read as text for its short lines,
    is a byline over its headline: text does not break a line after each of
    two names. Else the unit as it is."""
    lines = unit.block.lines
    if not 3 <= len(lines) <= 6 or len(lines[0].strip()) > 3:
        return (unit,)  # (the cheapest test first: a text's first line is longer than a name)
    count = 0
    while count < min(len(lines) - 1, 4) and _NAME_LINE.fullmatch(lines[count].strip()):
        count += 1
    rest = [line.strip() for line in lines[count:]]
    if count < 2 or not 1 <= len(rest) <= 2 or not all(_headline_line(line) for line in rest):
        return (unit,)
    # (one rare surname among them: 强蕾 / 阳立 / 赵启明)
    if sum(starts_with_surname(line.strip()) for line in lines[:count]) < max(2, count - 1):
        return (unit,)
    if len(rest) == 1 and _NAME_LINE.fullmatch(rest[0]) and starts_with_surname(rest[0]):
        return (unit,)  # (names alone: nothing tells the last a title)
    block = unit.block
    start = block.line_start + count if block.line_start is not None else None
    return (Unit(Block(lines[:count], BYLINE, page=block.page, line_start=block.line_start,
                       font_size=block.font_size), bylines=[Byline(None, line.strip()) for line in lines[:count]]),
            replace(unit, block=replace(block, lines=lines[count:], role=TITLE, line_start=start), _width=None))


def _headline_line(line: str) -> bool:
    return 0 < len(line) <= _TITLE_CHARS and "。" not in line and not ends_sentence(line)


def _after_text_end(unit: Unit) -> bool:
    """Does ``unit`` end a text's sentence (……。, ……。”), or close what went
    before in another way: a note that the text goes on elsewhere (（下转第2版）)
    or a photo's caption or credit? None of these is a headline that a name
    after it could sign."""
    role = unit.block.role
    return (role in _CLOSING_ROLES
            or role == BODY and unit.block.lines[-1].rstrip().endswith(_SENTENCE_ENDS))


#: units that close what went before them, never a headline
_CLOSING_ROLES = (CONTINUATION, CAPTION, CREDIT)


_SENTENCE_ENDS = ("。", "！", "？", "。”", "！”", "？”", "。’", "…”")


def names_over_headlines(units: list[Unit]) -> list[Unit]:
    """A headline unit of authors only, first of its run with a headline unit
    under it, is that headline's byline; so is a reporter's line opening a
    headline unit of more lines (本报记者张三 / the title, one block), and so
    are two names or more a line each opening it (张三 / 李四 / the title),
    wherever the unit stands (under the title a brief drew after its text too)."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        lines = unit.block.lines
        role = unit.block.role
        if role != TITLE:
            # (the names' block's cheapest test asked here first: most bodies fail it, with no call)
            if role == BODY and 3 <= len(lines) <= 6 and len(lines[0].strip()) <= 3:
                out.extend(_names_over_a_title_read_as_body(unit))
            else:
                out.append(unit)
            continue
        first_of_run = not (k and units[k - 1].block.role == TITLE)
        # one name alone only first on the page or after a text's end: elsewhere it may sign the headline
        # over it, drawn after its text
        one_name = first_of_run and (not k or units[k - 1].block.role in (HEADER, FOOTER)
                                     or _after_text_end(units[k - 1]))
        if first_of_run and k + 1 < len(units) and units[k + 1].block.role == TITLE and len(lines) <= 4:
            bylines = authors_line(lines, one_name=one_name)
            if bylines:
                unit.block.role = BYLINE
                unit.bylines = bylines
                out.append(unit)
                continue
        count, first = _leading_authors(lines, one_name)
        if not first:
            out.append(unit)
            continue
        block = unit.block
        start = block.line_start + count if block.line_start is not None else None
        out.append(Unit(Block(lines[:count], BYLINE, page=block.page, line_start=block.line_start,
                              font_size=block.font_size), bylines=first))
        out.append(replace(unit, block=replace(block, lines=lines[count:], line_start=start), _width=None))
    return out
