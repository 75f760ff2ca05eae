"""Labels in a page's text that head no article: a column's logo under a
byline, and the logos and labels a PDF draws first or last (新论, 短讯,
走进乡村振兴一线). Read as headlines, they would open or close a body that is
not theirs, and turn the whole page's reading of where headlines stand."""

from __future__ import annotations

import re

from .roles import BODY, BYLINE, CONTINUATION, DATELINE, FOOTER, HEADER, OTHER, TITLE
from ..names import starts_with_surname
from .text_direction import bigrams, shared_pairs
from .text_units import Unit
from .tier_patterns import is_brief_heading, is_lead_label

_LOGO = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_NAME_ALONE = re.compile(r"[\u4e00-\u9fff]{2,3}")
#: a label drawn first is this short: a headline may be too, so its wording must tell as well
_LABEL_CHARS = 8


def mark_column_logos(units: list[Unit]) -> None:
    """A column's logo (时代新论, 经济观察) standing right under an article's
    byline, before its body, is a label: no headline of a new article. A
    short title whose words the body under it tells again (过年的黄米糕 over a
    story of 芸豆饼) is that body's headline, the byline over it closing the
    headline drawn after the body before: a logo names a column, not a story.
    An editor's lead label (核心阅读) may stand between the logo and the body:
    the lead is the article's, the logo still no headline. A byline with no
    headline over it was drawn before its headline: the short line under it
    is that headline (张三 / 李四 / 滴水森林 / the text)."""
    for i in range(1, len(units) - 1):
        unit, prev = units[i], units[i - 1]
        if (unit.block.role == TITLE and len(unit.block.lines) == 1
                and _LOGO.fullmatch(unit.block.lines[0].replace(" ", ""))
                and prev.block.role == BYLINE and not prev.closing):
            # (the unit under it, past a lead label, looked for only here: most units are no such line)
            nxt = _under_lead_label(units, i + 1)
            if (nxt.block.role == BODY and _headline_over_bylines(units, i - 1)
                    and not _told_under(unit.block.lines[0], nxt)):
                unit.block.role = OTHER


def _headline_over_bylines(units: list[Unit], k: int) -> bool:
    """Does a headline stand over the bylines that end at unit ``k`` (程宇 / 龙岩蕾, a unit each)?"""
    while k >= 0 and units[k].block.role == BYLINE:
        k -= 1
    return k >= 0 and units[k].block.role == TITLE


def _under_lead_label(units: list[Unit], k: int) -> Unit:
    """The unit at ``k``, or the one under it when ``k`` is a lead label alone (核心阅读)."""
    unit = units[k]
    if (k + 1 < len(units) and unit.block.role == TITLE and len(unit.block.lines) == 1
            and is_lead_label(unit.block.lines[0])):
        return units[k + 1]
    return unit


#: the share of a short title's character pairs the body under it spells for the body to tell of it
_TOLD_SHARE = 0.5
#: the body's opening (characters) asked
_TOLD_CHARS = 200


def _told_under(line: str, body: Unit) -> bool:
    """Does the opening of ``body`` spell most of the line's character pairs?"""
    pairs = bigrams(line)
    taken: list[str] = []
    size = 0
    for line in body.block.lines:  # (the opening only: a body unit may hold thousands of lines)
        if size >= _TOLD_CHARS:
            break
        taken.append(line)
        size += len(line)
    opening = "".join(taken)[:_TOLD_CHARS]
    return bool(pairs) and shared_pairs(pairs, opening) >= _TOLD_SHARE * len(pairs)


def mark_labels_at_the_ends(units: list[Unit]) -> None:
    """The headline run that ends the page's content, sharing no wording with
    the body before it, is a column's logo or a label drawn last (短讯); so is a
    run of short ones opening it that shares none with the body after it while
    the headline after that body does (新论, on a page drawn headlines after
    bodies): they head no body and close none."""
    content = [u for u in units if u.block.role not in (HEADER, FOOTER)]
    k = len(content)
    while k and content[k - 1].block.role == TITLE:
        k -= 1
    start = k
    while start and content[start - 1].block.role != TITLE and not _ends_article(content[start - 1]):
        start -= 1
    # (a body after an article's end (下转, its authors) has no headline yet: the run is its headline)
    # (authors' names drawn right before the run sign it: a headline with its byline, never a logo)
    named = 0 < k < len(content) and content[k - 1].block.role == BYLINE and not content[k - 1].closing
    if start and content[start - 1].block.role == TITLE and not named and _shares_nothing(content[k:], content[start:k]):
        _unmark(content[k:])
    first = 0
    while first < len(content) and content[first].block.role == TITLE:
        first += 1
    end = first
    while end < len(content) and content[end].block.role != TITLE:
        end += 1
    after = end
    while after < len(content) and content[after].block.role == TITLE:
        after += 1
    short = all(len(line.replace(" ", "")) <= _LABEL_CHARS for u in content[:first] for line in u.block.lines)
    # (the body's own headline is the one after it, sharing its wording: a page drawn headlines after)
    # (a name under the run signs the text under it: a headline with its author, never a column's label)
    signed = first < len(content) and content[first].block.role == BYLINE and not content[first].closing
    if (first and after > end and short and not signed and _shares_nothing(content[:first], content[first:end])
            and not _shares_nothing(content[end:after], content[first:end])):
        # (a brief column's heading (简讯, 一线快讯) opens the run: what stands under it is its first brief's
        # title, which tells of a thing its few lines need not name; the heading alone is the label)
        headed = first > 1 and _brief_heading(content[0])
        _unmark(content[:1] if headed else content[:first])


def _brief_heading(unit: Unit) -> bool:
    """Is the unit one line, the heading of a column of news briefs (简讯, 新闻速递)?"""
    return len(unit.block.lines) == 1 and is_brief_heading(unit.block.lines[0])


def _ends_article(unit: Unit) -> bool:
    """A continuation note onward (（下转第3版）), a closing authors' bracket or dateline."""
    return ((unit.block.role == CONTINUATION and unit.note is not None and unit.note.direction == "to")
            or (unit.block.role == BYLINE and unit.closing) or unit.block.role == DATELINE)


def _shares_nothing(heads: list[Unit], around: list[Unit]) -> bool:
    """Do the headline units share no character pair with the body units beside
    them? (A name alone, an author's drawn apart, is no label: it is left for
    the bylines.)"""
    if any(_NAME_ALONE.fullmatch("".join(u.block.lines).replace(" ", ""))
           and starts_with_surname("".join(u.block.lines)) for u in heads):
        return False
    head = bigrams("".join(line for u in heads for line in u.block.lines))
    body = "".join(line for u in around if u.block.role == BODY for line in u.block.lines)
    return bool(head and body) and shared_pairs(head, body) == 0


def _unmark(units: list[Unit]) -> None:
    for unit in units:
        unit.block.role = OTHER


__all__ = ["mark_column_logos", "mark_labels_at_the_ends"]
