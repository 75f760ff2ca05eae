"""A lead's first line read as a headline tier (text mode; invented lines). A
paragraph's first line is indented two cells, so it is two cells shorter than
the column under it; a lead's first line says a clause and ends on a word whose
sentence the full column line under it goes on with (一位老农对记者说致富，好 /
日子是干出来的，……). It goes back on the text as its first line: the stage
that puts tiers running on into their text back (:mod:`.unfinished_tiers`)
reads the measure too, where the clause under the tier is too long for the
words alone to tell."""

from __future__ import annotations

from banmian.layout.roles import BODY, SUBTITLE, TITLE
from banmian.layout.text_units import Unit
from banmian.layout.unfinished_tiers import unfinished_tiers_are_text
from banmian.model import Block

LEAD = "一位老农对记者说致富，好"
TEXT = ["日子是干出来的，种地要讲科学", "，更要舍得下功夫。这句话朴素", "，却道出了乡村致富的道理。",
        "这几年，村里引进了新品种，", "建起了合作社，农民的腰包鼓起"]


def _units(lead: str) -> list[Unit]:
    return [Unit(Block(["致富靠科学（百姓茶话）"], TITLE)), Unit(Block([lead], SUBTITLE)),
            Unit(Block(list(TEXT), BODY))]


def test_indented_lead_line_over_its_column_goes_back_on_the_text():
    units = unfinished_tiers_are_text(_units(LEAD))
    assert [u.block.role for u in units] == [TITLE, BODY]
    assert units[1].block.lines[0] == LEAD


def test_a_tier_as_wide_as_the_column_stays_a_tier():
    # (not a paragraph's indented first line: a tier of its own measure)
    wide = "一位老农对记者说起致富来，好"
    units = unfinished_tiers_are_text(_units(wide))
    assert [u.block.role for u in units] == [TITLE, SUBTITLE, BODY]
