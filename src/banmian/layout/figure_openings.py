"""A figure called out over a report's lead (2万 / 2018年，……突破2万家，……)
opens that report: the paper sets the figure in large type as the report's
first line, and the lead under it says the same figure again. So the figure
is no subheading of the text over it, and where two articles' texts meet
with no headline between them, the cut falls before the figure, not after
it (the text over it ended its sentence; the figure is told by the text
under it)."""

from __future__ import annotations

from .reflow import ends_sentence
from .roles import BODY, SUBHEADING, TITLE
from .text_units import Unit
from .tier_patterns import is_callout

#: the lead repeats the figure within this many characters of its start (its first sentence or two)
LEAD_CHARS = 80


def repeats_figure(figure: str, lead: str) -> bool:
    """Is ``figure`` only a figure called out (2万, 53%, 58.4亿元) that ``lead`` (a text's
    opening) says again, word for word?"""
    text = "".join(figure.split())
    # (a year or a date over a paragraph, 2018年, is a timeline's heading; a lone digit a section's number)
    if len(text) < 2 or text[-1] in "年月日" or not is_callout(text):
        return False
    return text in lead.replace(" ", "")[:LEAD_CHARS]


def figure_subheadings_are_body(units: list[Unit]) -> None:
    """A one-line subheading that is only a figure called out, over body text
    whose lead repeats it, is that text's first paragraph, as printed."""
    for k in range(len(units) - 1):
        unit = units[k]
        if unit.block.role != SUBHEADING or len(unit.block.lines) != 1:
            continue
        # (the cheap test first: a figure line holds a digit)
        line = unit.block.lines[0]
        if not any(c.isdigit() for c in line):
            continue
        after = units[k + 1]
        if after.block.role == BODY and repeats_figure(line, "".join(after.block.lines[:4])):
            unit.block.role, unit.paragraph_lines = BODY, True


def figure_opens_next(bodies: list[str], cut: int) -> int:
    """``cut`` (the paragraph where a second article's text begins) moved back
    over a figure called out that opens that text: the paragraph just before the
    cut, that the paragraph at the cut repeats, or the one before that, that its
    lead (the paragraph just before the cut) repeats; the paragraph over the
    figure ended its sentence (a figure never runs on from the text over it)."""
    for figure in (cut - 1, cut - 2):
        if figure < 1 or cut >= len(bodies) + (figure < cut - 1):
            continue
        lead = bodies[figure + 1]
        if (any(c.isdigit() for c in bodies[figure]) and repeats_figure(bodies[figure], lead)
                and _finished(bodies[figure - 1])):
            return figure
    return cut


def figures_to_their_report(groups: list[list[Unit]]) -> None:
    """Figures called out, each over the sentence that explains it (a 数读 box:
    58.4亿元 / 今年……达58.4亿元……), read at the end of one article's text after
    its last finished sentence, that this text never says but the next
    article's does, are that article's opening: the box is set over its report
    (the stream drew it before the report's headline). They go to the front of
    the next article's text."""
    for n in range(len(groups) - 1):
        group, nxt = groups[n], groups[n + 1]
        first = _trailing_figures(group)
        if first is None:
            continue
        opening = next((j for j, u in enumerate(nxt) if u.block.role == BODY), None)
        if opening is None or not any(u.block.role == TITLE for u in nxt):  # (its headline over or under it)
            continue
        figure = "".join(group[first].block.lines[0].split())
        told_before = "".join(line for u in group[:first] for line in u.block.lines).replace(" ", "")
        told_after = "".join(line for u in nxt[opening:] for line in u.block.lines).replace(" ", "")
        if figure in told_before or figure not in told_after:
            continue
        moved = group[first:]
        del group[first:]
        nxt[opening:opening] = moved


def _trailing_figures(group: list[Unit]) -> int | None:
    """Where a run of body units at the group's end begins that opens with a
    figure called out over its explanation, after a unit of body ending its
    sentence; else None."""
    if len(group) < 3 or group[-1].block.role != BODY:
        return None
    k = len(group) - 1
    while k > 0 and group[k - 1].block.role == BODY:
        k -= 1
    found = None
    for i in range(max(k, 1), len(group) - 1):  # (every unit of the run from the end's text on)
        unit = group[i]
        if (len(unit.block.lines) == 1 and any(c.isdigit() for c in unit.block.lines[0])
                and repeats_figure(unit.block.lines[0], "".join(group[i + 1].block.lines))
                and group[i - 1].block.role == BODY and group[i - 1].block.lines
                and _finished(group[i - 1].block.lines[-1])):
            found = i
            break
    if found is None or not any(u.block.role == BODY for u in group[:found]):
        return None
    # (every unit after it is a figure or an explanation: the box runs to the text's end)
    return found


def _finished(text: str) -> bool:
    """Does the paragraph end its sentence, a closing bracket after it too
    (……变化。（相关报道见第三版）, ……。（张三）)?"""
    text = text.rstrip()
    if text[-1:] in "）)":
        opening = max(text.rfind("（"), text.rfind("("))
        text = text[:opening].rstrip() if opening > 0 else text
    return ends_sentence(text)


__all__ = ["figure_opens_next", "figure_subheadings_are_body", "figures_to_their_report", "repeats_figure"]
