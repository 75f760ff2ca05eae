"""Heading lines grouped into headlines across a column rule (issue 12, found
on an unseen typeset page read by OCR): lines with invented text and
positions in points, as the OCR source hands them to the layout."""

from __future__ import annotations

from banmian.layout.segment import group_headings
from banmian.model import TextLine

BODY = 10.5
RULE = (629.6, 716.8, 630.4, 1261.0)  # a column rule from just over the two headlines down the page
RIGHT_TITLE = [TextLine("市长分别会见来访代表团", (635.0, 722.9, 857.5, 741.3), 17.2),
               TextLine("一行全体成员", (635.0, 745.8, 739.4, 763.8), 17.2)]
LEFT_TITLE = TextLine("青禾县举行春季植树活动", (35.6, 727.0, 458.6, 761.3), 29.7)
# the subtitle runs the left article's width, ending a gutter (about a body size) short of the rule
SUBTITLE = TextLine("——全县干部群众一起种下两万余株树苗，绿化荒山二百亩", (36.0, 760.1, 624.8, 773.2), 12.5)


def texts(groups) -> list[list[str]]:
    return sorted([ln.text for ln in g.lines] for g in groups)


def test_a_subtitle_ending_a_gutter_short_of_a_column_rule_stays_under_its_own_title() -> None:
    """The headline right of the rule starts a few points higher, so it is
    grouped first, and its last line reaches below the subtitle's top; the
    subtitle ends a body size short of it (a gutter). The rule between them
    parts them: the subtitle is its own title's, the right headline keeps
    only its two lines."""
    groups = group_headings([*RIGHT_TITLE, LEFT_TITLE, SUBTITLE], BODY, [RULE])
    assert texts(groups) == sorted([[ln.text for ln in RIGHT_TITLE], [LEFT_TITLE.text, SUBTITLE.text]])


def test_without_the_rule_a_line_joins_the_heading_it_is_under_not_one_it_is_near() -> None:
    """The same lines with no rule: the subtitle is under the left title (the
    two overlap over its whole width) and only near the right headline (it
    ends a gutter short of it); it joins the title it is under, though the
    right headline was grouped first."""
    groups = group_headings([*RIGHT_TITLE, LEFT_TITLE, SUBTITLE], BODY, [])
    assert texts(groups) == sorted([[ln.text for ln in RIGHT_TITLE], [LEFT_TITLE.text, SUBTITLE.text]])


def test_a_line_near_one_heading_only_still_joins_it() -> None:
    """A line a little apart in x from the one heading near it, under no
    other heading, still joins it (a tier set a few points left of its
    title's box, as OCR boxes are): nearness alone is enough when there is
    no choice."""
    groups = group_headings([*RIGHT_TITLE, SUBTITLE], BODY, [])
    assert texts(groups) == [[ln.text for ln in RIGHT_TITLE] + [SUBTITLE.text]]
