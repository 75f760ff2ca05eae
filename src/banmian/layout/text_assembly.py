"""Text mode: group a page's units into articles, in the order they come.

A byline or a dateline opens a new article once the current one has a body;
a headline group opens one (headlines drawn first) or closes the current one
(headlines drawn after their bodies); captions and notes join the article
before them. The helpers here say where one text ends and the next begins.
"""

from __future__ import annotations

from operator import attrgetter

from .closing_lines import gives_an_address
from .continued_parts import leaves_continued_part
from .figure_items import lead_under_figure_item
from .line_stream import is_closing_note
from .picture_news import heads_its_caption
from .reflow import join_lines
from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, DATELINE, FOOTER, HEADER, OTHER, SUBHEADING, TITLE
from .rules import CLOSING_DATELINE, opens_with_any_dateline, split_dateline
from .text_closing import closes_with_byline
from .text_parts import (banner_between, banner_inside, banner_over_own_words, headline_read_as_subheading,
                         lead_left_open, lead_over_its_text,
                         lead_under_headline, report_under_opening_headline, reports_under_one_closing_headline,
                         said_a_sentence, subheading_before_closing)
from .text_turns import own_part
from .text_units import Unit
from .tier_patterns import TITLE_TAG, is_lead_label


def _body_ended(current: list[Unit]) -> bool:
    """Did the article's last body unit close with its authors' bracket, or
    with a closing dateline standing alone after it? (A photo's caption and
    credit drawn after the body's end leave it ended.)"""
    end = len(current)
    while end and current[end - 1].block.role in (CAPTION, CREDIT):
        end -= 1
    if end < len(current):
        current = current[:end]
    if current and current[-1].block.role == DATELINE:
        return True
    if (current and current[-1].block.role == CONTINUATION and current[-1].note and current[-1].note.direction == "to"
            and TITLE in map(_ROLE, current)):
        return True  # （下转第N版） under an article's headline and body: its part on this page is over
    # (the last body unit must be the last unit: asked of that one, not sought back through the article)
    return bool(current) and current[-1].block.role == BODY and closes_with_byline(current[-1].block.lines)


def _opens_text(units: list[Unit], i: int, current: list[Unit], directions: bool | dict[int, bool],
                stream: bool) -> bool:
    """Does body unit ``i`` open another article's text after the article so far
    (``current``)? A dateline opens an article's text: under text that has said no
    sentence yet (figures called out under the headline: 11.73亿人 / 今年春晚…人),
    it opens that article's own. So does an editor's lead label."""
    lines = units[i].block.lines
    return ((opens_with_any_dateline(lines) and said_a_sentence(current)
             and not lead_under_headline(current, stream) and not lead_left_open(current)
             and not lead_over_its_text(current, units, i) and not lead_under_figure_item(current)
             and not reports_under_one_closing_headline(current, units, i, directions)
             and not report_under_opening_headline(current, units, i, directions))
            or is_lead_label(lines[0]))


def _label_under_byline(current: list[Unit], group: list[Unit]) -> bool:
    """A one-line headline unit right under a headline and its byline, with no
    body yet: no new article (it would leave that headline without a body),
    but a label of the column (理论前沿, 核心阅读); a line closing with its
    column's tag (……（人民论坛）) is a title, never a label."""
    return (len(group) == 1 and len(group[0].block.lines) == 1 and not TITLE_TAG.search(group[0].block.lines[0].strip())
            and bool(current) and current[-1].block.role == BYLINE
            and TITLE in map(_ROLE, current) and BODY not in map(_ROLE, current))


_TRAILING_ROLES = (HEADER, FOOTER, CAPTION, CREDIT, CONTINUATION)
_ROLE = attrgetter("block.role")

def bylines_trail_headlines(units: list[Unit]) -> bool:
    """Does this page draw each byline after its headline, the headline after its
    body (as a PDF's content stream often does)? The page then ends with a
    headline and its byline; text that puts the byline first, over the body,
    ends with a headline alone. Under a headline that closed its body, the
    byline is then that headline's, whatever follows it."""
    content: list[Unit] = []  # the page's last two units of content, read from its end
    for unit in reversed(units):
        if unit.block.role not in _TRAILING_ROLES:
            content.insert(0, unit)
            if len(content) == 2:
                break
    return (len(content) >= 2 and content[-1].block.role == BYLINE and not content[-1].closing
            and content[-2].block.role == TITLE)


def _next_headline_trails_byline(units: list[Unit], i: int, directions: bool | dict[int, bool]) -> bool:
    """Past the body after byline ``i``, does the next headline close that body
    (with a byline of its own under it, or none)? Then this part of the page
    draws each headline, and its byline, after the body, and byline ``i`` is
    the headline's above it, not an opening one of the body after it (which
    would then be signed over its text and headed after it)."""
    j = i + 1
    while j < len(units) and units[j].block.role != TITLE:
        if units[j].block.role == BYLINE and not units[j].closing:
            return False  # another byline first: the body after ``i`` opens with its own
        j += 1
    return j < len(units) and not (directions if isinstance(directions, bool) else directions.get(j, True))


def _body_signs_itself(units: list[Unit], i: int) -> bool:
    """Does the body right after byline ``i`` name its own authors, run in after
    its dateline (本报讯（记者 张三）…) or in brackets closing it (（本报记者 李四）)
    before the next headline? A report is signed once: the byline over it is
    the headline's before it."""
    j = i + 1
    if j >= len(units) or units[j].block.role != BODY:
        return False
    if split_dateline(join_lines(units[j].block.lines[:2])).bylines:
        return True
    while j < len(units) and units[j].block.role not in (TITLE, HEADER, FOOTER):
        if units[j].block.role == BYLINE:
            return units[j].closing
        j += 1
    return False


def _over_closing_headline(units: list[Unit], i: int, directions: bool | dict[int, bool]) -> bool:
    """Is byline ``i`` right over a headline that closes the body before it?
    (Body, byline, headline: a content stream drawing each headline after its
    body, on any page: one that draws most headlines over their bodies may draw
    a few after theirs.) Then the byline is that body's too. A photo's caption
    and credit may be drawn between the byline and the headline (body, byline,
    caption, headline)."""
    j = i + 1
    while j < len(units) and units[j].block.role in (CAPTION, CREDIT):
        j += 1
    if j == len(units) or units[j].block.role != TITLE:
        return False
    if j > i + 1:
        return True  # body, byline, caption, headline: a byline never stands over its own headline
    if isinstance(directions, bool):
        return not directions
    return not directions.get(j, True)


#: a body's last line ends its sentence with one of these (a closing quote after its mark)
_SENTENCE_ENDS = ("。", "！", "？", "”", "」")
#: what a byline may stand over and still sign the article before it: a photo's or the page's furniture
_AFTER_CLOSING = (HEADER, FOOTER, CAPTION, CREDIT, CONTINUATION, OTHER)


def byline_closes_body(units: list[Unit], i: int, directions: bool | dict[int, bool]) -> bool:
    """Does byline ``i``, under a body that ended its sentence, sign that body?
    An opening byline stands under its article's headline, over its body; so
    the byline signs the body over it when it opens nothing: no body or
    headline follows it on the page; or the body under it closes with its own
    headline drawn after it and its own byline under that headline; or the
    headline under it has its own byline (a headline has one byline)."""
    prev = units[i - 1] if i else None
    if prev is None or prev.block.role != BODY or not _text_ends(prev.block.lines):
        return False
    j = i + 1
    while j < len(units) and units[j].block.role in _AFTER_CLOSING:
        j += 1
    if j == len(units):
        return True  # the page's last words: a byline opens no article with nothing under it
    if units[j].block.role == TITLE:
        return _before(directions, j) and _signed_under(units, j)
    while j < len(units) and units[j].block.role in (BODY, SUBHEADING, CAPTION, CREDIT, CONTINUATION, DATELINE):
        j += 1
    return (j < len(units) and units[j].block.role == TITLE and not _before(directions, j)
            and _signed_under(units, j))


def _text_ends(lines: list[str]) -> bool:
    """Do a body's lines end a text: a sentence, or a closing dateline after it
    (……。（本报伦敦2月3日 / 电）, the bracket wrapped)?"""
    if lines[-1].rstrip().endswith(_SENTENCE_ENDS):
        return True
    if not lines[-1].rstrip().endswith(("）", ")")):
        return False
    tail = "".join("".join(lines[-2:]).split())
    found = CLOSING_DATELINE.search(tail)
    return found is not None and found.end() == len(tail)


def _before(directions: bool | dict[int, bool], j: int) -> bool:
    """Does the headline group opening at ``j`` stand over its body (not after it)?"""
    return directions if isinstance(directions, bool) else directions.get(j, True)


def _signed_under(units: list[Unit], start: int) -> bool:
    """Does a byline stand right under the headline group opening at ``start``?"""
    end = start
    while end < len(units) and units[end].block.role == TITLE:
        end += 1
    return end < len(units) and units[end].block.role == BYLINE and not units[end].closing


def assemble(units: list[Unit], directions: bool | dict[int, bool], stream: bool = False) -> list[list[Unit]]:
    """Group units into articles.

    A byline or a dateline opens a new article once the current one has a
    body; a headline group opens one (headlines first) or closes the current
    one (headlines after); captions and notes join the article before them.
    ``directions`` says it for the page, or for each group by its first unit;
    ``stream``: the units come from a line stream (content-stream order)."""
    articles: list[list[Unit]] = []
    current: list[Unit] = []
    closed = False
    trailing = bylines_trail_headlines(units)

    def has_body() -> bool:
        return BODY in map(_ROLE, current)  # (asked several times a unit: no generator's frames)

    def start() -> None:
        nonlocal current, closed
        if current:
            articles.append(current)
        current, closed = [], False

    i = 0
    while i < len(units):
        unit = units[i]
        role = unit.block.role
        signs = False
        if role in (HEADER, FOOTER) or unit.banner:
            if unit.banner:
                start()  # a banner between two texts ends the one over it and heads none
            articles.append([unit])
            i += 1
            continue
        if role == TITLE:
            j = i + 1  # a group ends at the next title unit that opens a group of its own
            while j < len(units) and units[j].block.role == TITLE and not (isinstance(directions, dict)
                                                                           and j in directions):
                j += 1
            group = units[i:j]
            before = directions if isinstance(directions, bool) else directions.get(i, True)
            # (the questions below change no unit of ``current``: whether it holds a body is asked once)
            bodied = has_body()
            if not before and bodied and TITLE in map(_ROLE, current):
                before = heads_its_caption(units, i, j)
            if not closed and subheading_before_closing(current, units, i, j, directions):
                group[0].block.role = SUBHEADING  # the body goes on under it to its own headline
                current.append(group[0])
                i = j
                continue
            if before and _label_under_byline(current, group):
                group[0].block.role = OTHER  # a column label between a byline and its body
            elif before:
                if current and (bodied or TITLE in map(_ROLE, current)):
                    start()
            elif closed or (current and not bodied
                            and TITLE in map(_ROLE, current)):
                start()
            elif bodied and TITLE in map(_ROLE, current):
                # it closes a body another headline opened: its own part of that body goes with it
                cut = banner_over_own_words(current, group)
                if cut is None:
                    cut = own_part(current, group, authored=j < len(units) and units[j].block.role == BYLINE)
                if cut is None:
                    cut = banner_inside(current)
                if cut is not None:
                    articles.append(current[:cut])
                    current = current[cut:]
                elif banner_between(current, group, units, j):
                    i = j
                    continue
            elif bodied:
                cut = headline_read_as_subheading(current, group)
                if cut is not None:  # the part before it is its article's, closed by it
                    articles.append(current[:cut])
                    current = current[cut:]
            current.extend(group)
            closed = not before
            i = j
            continue
        if role == BYLINE and not unit.closing:
            # under a headline that closed its body, a byline is that article's,
            # unless a body follows it (then it opens the next article)
            nxt = units[i + 1] if i + 1 < len(units) else None
            # a name alone under the headline (no role) is that headline's author either way
            stays = closed and current and current[-1].block.role == TITLE and (
                nxt is None or nxt.block.role != BODY
                or (bool(unit.bylines) and unit.bylines[0].role is None  # (most name a role: asked first)
                    and all(b.role is None for b in unit.bylines)) or trailing
                or (stream and _next_headline_trails_byline(units, i, directions)) or _body_signs_itself(units, i))
            over_closing = not closed and _over_closing_headline(units, i, directions)
            bodied = has_body()  # (the questions above change no unit: asked once)
            signs = not closed and bodied and byline_closes_body(units, i, directions)
            if (bodied or closed) and not (stays or over_closing or signs):
                start()
        elif role == BODY:
            # (asked only where a body is open: the tests are pure, and most units are no such body)
            if closed or (has_body() and (_opens_text(units, i, current, directions, stream) or (
                    _body_ended(current) and not is_closing_note(unit.block.lines[0])
                    and not gives_an_address(unit.block.lines[0]))
                    or leaves_continued_part(current, units, i))):
                start()
        elif role == CONTINUATION and unit.note and unit.note.direction == "from":
            if has_body() or closed:
                start()
        current.append(unit)
        i += 1
        if role == BYLINE and signs:
            closed = True  # the byline signed its body: what follows opens another article
    if current:
        articles.append(current)
    return articles


__all__ = ["assemble", "byline_closes_body", "bylines_trail_headlines"]
