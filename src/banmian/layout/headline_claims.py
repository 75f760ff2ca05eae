"""Each body one headline: the directions of a page's headline groups settled together.

In content-stream order every article's headline is drawn either right
before its body or right after it, so every run of body text between two
headline groups is claimed by the group over it (opening it) or the group
under it (closing it). The wording decides each group on its own
(text_direction.py); where that leaves a body no group claims (an article
with no headline) or two groups claiming one body that holds one article
(a headline with no body), the groups the wording does not hold firmly are
turned, the fewest that clear the most such faults; a short untagged phrase
inside one article's text may be read as its subheading instead.
"""

from __future__ import annotations

from .headlines import ends_with_column_tag, starts_with_dash
from .reflow import cell_width, ends_sentence
from .roles import BODY, CONTINUATION, DATELINE, SUBHEADING
from .rules import opens_with_any_dateline
from .text_direction import (ECHO_MARGIN, Echoes, body_text, echo_lean, ends_article, has_pairs, headless_body,
                             title_groups)
from .text_closing import closes_with_byline
from .text_units import Unit

def effective_groups(units: list[Unit], directions: dict[int, bool]) -> list[tuple[int, int]]:
    """The headline groups as ``assemble`` reads them: a run of title units cut
    at every unit ``directions`` names (a run holding two articles' headlines)."""
    groups: list[tuple[int, int]] = []
    for start, end in title_groups(units):
        cut = start
        for k in range(start + 1, end):
            if k in directions:
                groups.append((cut, k))
                cut = k
        groups.append((cut, end))
    return groups


def _firm(units: list[Unit], group: tuple[int, int], before: str, after: str, opens: bool,
          echoes: Echoes | None = None) -> bool:
    """Does the group's wording hold its direction by the margin the wording rule asks?"""
    if not has_pairs(after if opens else before):
        return False  # no pair on the side it claims: that side echoes none of its words (not weighed)
    lean = echo_lean(units[group[0]:group[1]], before, after, echoes)
    return lean is not None and (lean if opens else -lean) >= ECHO_MARGIN


def _ended_inside(region: list[Unit]) -> bool:
    """Does an article end inside the region with more body under it: a body
    closed by its authors in brackets (……。（张三 李四）) or a closing dateline,
    then body text (another article's, no headline over it), or a note under
    text saying the text under it continues from another page (（上接第N版）)? (A name standing
    alone under a body is not asked: an author's line may sit beside its text.)"""
    # (whether the last body closes with its authors tells nothing: no body under it to open)
    last = max((k for k, unit in enumerate(region) if unit.block.role == BODY and unit.block.lines), default=-1)
    ended = seen = False
    for k, unit in enumerate(region):
        role = unit.block.role
        if role == BODY and unit.block.lines:
            if ended:
                return True
            ended = k < last and closes_with_byline(unit.block.lines)
        elif role == DATELINE:
            ended = True
        elif role == CONTINUATION and unit.note is not None and unit.note.direction == "from" and seen:
            return True  # （上接第N版） under text: the continued article opens there
        seen = seen or role == BODY
    return False


def _subheading_shaped(units: list[Unit], group: tuple[int, int]) -> bool:
    """Could the group be an in-body subheading: one unit of a line or two, no
    column tag or dash, with body text right over it and right under it, that
    text ending no article over it and opening none (no dateline) under it?"""
    start, end = group
    if end - start != 1 or start == 0 or end >= len(units):
        return False
    over, under = units[start - 1], units[end]
    if over.block.role != BODY or under.block.role != BODY:
        return False  # (most groups: no body on both sides, asked first)
    lines = [line.strip() for line in units[start].block.lines]
    if not lines or len(lines) > 2 or len("".join(lines)) > _SUBHEADING_CHARS:
        return False
    if ends_with_column_tag(lines[-1]) or starts_with_dash(lines[0]) or ends_sentence(lines[-1]):
        return False
    return not ends_article(over) and not opens_with_any_dateline(under.block.lines)


def _first_line_shaped(units: list[Unit], group: tuple[int, int]) -> bool:
    """Could the group be the first line of the text under it: one line that
    ends no sentence, no column tag or dash, as wide as that text's column
    (at most an indent and a cell short, never wider), the line under it
    saying clauses (a mark inside it, not only a label's colon at its end)? An extractor giving a line a block makes a text's first
    line look like a one-line headline."""
    start, end = group
    if end - start != 1 or end >= len(units) or len(units[start].block.lines) != 1:
        return False
    line, under = units[start].block.lines[0].strip(), units[end]
    if under.block.role != BODY:
        return False  # (asked first: most groups stand over no body)
    if not line or ends_sentence(line) or ends_with_column_tag(line) or starts_with_dash(line) or len(line.split()) > 1:
        return False  # (a gap between two phrases is a headline's: 深化改革开放 增强发展活力)
    going_on = under.block.lines[0].rstrip()
    if cell_width(line) < _FIRST_LINE_CELLS or not any(mark in going_on[:-1] for mark in _PROSE_MARKS):
        return False  # a label over a label (理论前沿 / 核心阅读, 数据来源：), or no prose under it to go on in
    if opens_with_any_dateline(under.block.lines):
        return False
    return under.width - _INDENT_CELLS <= cell_width(line) <= under.width + 0.5


#: the most characters of an in-body subheading (a headline may run longer)
_SUBHEADING_CHARS = 24
#: a paragraph's first line is at most this many cells shorter than its column (a two-cell indent and a
#: mark pushed down)
_INDENT_CELLS = 3.0
#: a column's line is this many cells wide at least (a label is narrower)
_FIRST_LINE_CELLS = 8
#: the marks of prose: the line going on under a text's first line says a clause
_PROSE_MARKS = "，。；、：！？"

#: what a group may be: closing the body over it, opening the body under it, no headline at all (a
#: subheading inside one text), or the first line of the text under it
_CLOSES, _OPENS, _INSIDE, _FIRST_LINE = 0, 1, 2, 3


def settle_headline_claims(units: list[Unit], directions: dict[int, bool], echoes: Echoes | None = None) -> None:
    """Turn the fewest loosely held groups (or read one as an in-body
    subheading) so that fewer bodies go without a headline and fewer
    headlines without a body (``directions`` and roles changed in place)."""
    groups = effective_groups(units, directions)
    if len(groups) < 2:
        return
    edges = [0, *(k for group in groups for k in group), len(units)]
    regions = [units[edges[2 * n]:edges[2 * n + 1]] for n in range(len(groups) + 1)]
    has_body = [any(u.block.role == BODY for u in region) for region in regions]
    holds_two = [has_body[n] and (headless_body(region) or _ended_inside(region)) for n, region in enumerate(regions)]
    current = [_OPENS if directions.get(start, True) else _CLOSES for start, _ in groups]

    def faults(claims: int, body: bool, two: bool) -> int:
        if body:
            return int(claims == 0 or (claims >= 2 and not two))
        return claims  # a headline over no body

    now = sum(faults(int(n > 0 and current[n - 1] == _OPENS) + int(n < len(groups) and current[n] == _CLOSES),
                     has_body[n], holds_two[n]) for n in range(len(groups) + 1))
    if not now:
        return  # no fault to clear: no turn can do better (the groups' wording is not weighed)
    texts = [body_text(region) for region in regions]
    fixed = [_firm(units, group, texts[n], texts[n + 1], current[n] == _OPENS, echoes) for n, group in enumerate(groups)]
    inside = [not fixed[n] and _subheading_shaped(units, group) for n, group in enumerate(groups)]
    first_line = [not fixed[n] and _first_line_shaped(units, group) for n, group in enumerate(groups)]

    # state: (claims on the open region, it has a body, it holds two articles) ->
    #        (faults, turns, choices so far as a linked list (last choice, the ones before): no copying)
    State = tuple[int, bool, bool]
    Path = tuple[int, "Path"] | None
    best: dict[State, tuple[int, int, Path]] = {(0, has_body[0], holds_two[0]): (0, 0, None)}
    for n in range(len(groups)):
        step: dict[State, tuple[int, int, Path]] = {}
        held = current[n]
        options = [held] if fixed[n] else ([_CLOSES, _OPENS] + ([_INSIDE] if inside[n] else [])
                                           + ([_FIRST_LINE] if first_line[n] else []))
        body_next, two_next = has_body[n + 1], holds_two[n + 1]
        for (claims, body, two), (fault, turns, path) in best.items():
            for choice in options:
                # (reading a subheading-shaped group as one costs less than turning a group: what is
                # shaped so and stands inside a body that way leaves both its neighbours' headlines as read)
                # (:func:`faults` written out: this loop runs for every group of a page)
                if choice == _INSIDE or choice == _FIRST_LINE:  # the region goes on under it
                    turned = turns + 1
                    key = (claims, body or body_next, two or two_next)
                    closed = fault
                else:
                    turned = turns if choice == held else turns + 2
                    ended = claims + int(choice == _CLOSES)
                    closed = fault + (int(ended == 0 or (ended >= 2 and not two)) if body else ended)
                    key = (int(choice == _OPENS), body_next, two_next)
                kept = step.get(key)
                if kept is None or closed < kept[0] or closed == kept[0] and turned < kept[1]:
                    step[key] = (closed, turned, (choice, path))
        best = step
    fault, _, path = min(((fault + faults(claims, body, two), turns, path)
                          for (claims, body, two), (fault, turns, path) in best.items()),
                         key=lambda o: (o[0], o[1]))
    if fault >= now:
        return
    choices: list[int] = []
    while path is not None:
        choices.append(path[0])
        path = path[1]
    choices.reverse()
    for (start, end), choice in zip(groups, choices):
        if choice == _INSIDE:
            units[start].block.role = SUBHEADING
            directions.pop(start, None)
        elif choice == _FIRST_LINE:
            units[start].block.role = BODY
            directions.pop(start, None)
        else:
            directions[start] = choice == _OPENS


__all__ = ["effective_groups", "settle_headline_claims"]
