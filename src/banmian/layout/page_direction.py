"""Which way a text page draws its headlines: over their bodies or after them (text mode)."""

from __future__ import annotations

from operator import attrgetter

from .roles import BODY, BYLINE, CAPTION, CONTINUATION, FOOTER, HEADER, TITLE
from .text_direction import Echoes, body_text, title_groups
from .text_units import Unit


_ROLE = attrgetter("block.role")


def headlines_first(units: list[Unit], stream: bool = False, echoes: Echoes | None = None) -> bool:
    """Do headlines precede their bodies on this page?

    Only a few things tell, and they are weighed: a page that opens with a
    headline has them first, one that ends with a headline (or its caption)
    has them after, as does a line stream (``stream``: content-stream order)
    that opens with a body; a photo caption follows the headline on pages that print
    headlines after the body, and the body otherwise. When these tie, the
    headlines' wording decides (see _titles_echo_following_body)."""
    content = [u for u in units if u.block.role not in (HEADER, FOOTER)]
    if not content:
        return True
    before = after = 0
    first, last = content[0], content[-1]
    if first.block.role == BYLINE and len(content) > 1 and content[1].block.role == TITLE:
        first = content[1]  # (a byline drawn before its headline: the page still opens with that headline)
    if first.block.role == TITLE:
        before += 3
    if stream and first.block.role == BODY:
        after += 3  # a stream opening with a body no headline has come for: its headline follows it
    if first.block.role == CONTINUATION and first.note and first.note.direction == "from":
        before += 1
    if last.block.role == TITLE:
        after += 3
    if last.block.role == CONTINUATION and last.note and last.note.direction == "to":
        before += 2  # （下转第2版） closes the page: its article's headline came first
    # (the captions sought in C first: most pages' text holds none, and the loop is not run)
    for k, unit in enumerate(content) if CAPTION in map(_ROLE, content) else ():
        if unit.block.role != CAPTION or k == 0:
            continue
        if content[k - 1].block.role == TITLE:
            after += 2 if unit is content[-2] else 1
        elif content[k - 1].block.role == BODY:
            before += 2 if unit is content[-2] else 1
    if before == after:
        return _titles_echo_following_body(content, echoes)
    return before > after


def _titles_echo_following_body(content: list[Unit], echoes: Echoes | None = None) -> bool:
    """When the page's ends do not tell, ask the words: a headline shares
    more of its wording with its own article's body than with its neighbour's."""
    groups = title_groups(content)
    # the body text between each two groups (and before the first, after the last), joined once
    edges = [0, *(k for group in groups for k in group), len(content)]
    bodies = [body_text(content[edges[2 * n]:edges[2 * n + 1]]) for n in range(len(groups) + 1)]
    echoes = Echoes() if echoes is None else echoes
    score = 0.0
    for n, (start, end) in enumerate(groups):
        head = echoes.group_pairs(content[start:end])
        if head:
            score += (echoes.shared(head, bodies[n + 1]) - echoes.shared(head, bodies[n])) / len(head)
    return score > 0
