"""people56: an abbreviated subdistrict title is completed with the subdistrict just named.

A city's subdistrict (某某街道) is an office of its own below the district:
the text names it once (某区某某街道) and then writes its officers' titles
with the bare word (街道党工委书记某某). As a village's abbreviated titles
(村支书 -> 某某村支书), the title is written out with the subdistrict the text
named last before it; the district before the subdistrict's name is no part
of it. The subdistrict's people (街道干部) stay as written, as 村干部 does,
and a community's office (某社区街道办事处) names no subdistrict.
"""

from __future__ import annotations

from banmian.enrich.people import find_people
from banmian.enrich.titlecomplete import complete_title, subdistrict_name


_DIVISIONS = ("东湖市", "青松区", "西岭市", "北关区")


def _division_opening(text: str) -> str | None:
    """The invented gazetteer: the full division name that opens ``text``."""
    return next((d for d in _DIVISIONS if text.startswith(d)), None)


def _people(chunks: list[list[tuple[str, str]]]) -> list[tuple[str, list[str]]]:
    found = find_people(chunks, exclude=set(), anchors={}, place_in_title=_division_opening)
    return [(p.name, p.titles) for p in found]


def test_a_subdistrict_title_is_completed_with_the_subdistrict_named_before() -> None:
    chunks = [[("清晨", "TIME"), ("，", "w"), ("东湖市", "LOC"), ("青松区", "LOC"), ("柳荫桥街道", "LOC"), ("新风小区", "LOC"),
               ("。", "w")],
              [("街道党工委", "ORG"), ("书记", "n"), ("柯文明", "PER"), ("说", "v"), ("，", "w"), ("试点", "n"), ("成功", "a"),
               ("。", "w")]]
    assert _people(chunks) == [("柯文明", ["柳荫桥街道党工委书记"])]


def test_the_subdistrict_named_last_before_the_title_is_its_own() -> None:
    chunks = [[("在", "p"), ("青松区柳荫桥街道", "LOC"), ("，", "w"), ("也", "d"), ("在", "p"), ("石门街道", "LOC"), ("。", "w"),
               ("街道办事处", "ORG"), ("主任", "n"), ("万二虎", "PER"), ("介绍", "v"), ("。", "w")]]
    assert _people(chunks) == [("万二虎", ["石门街道办事处主任"])]


def test_with_no_subdistrict_named_the_title_stays_as_written() -> None:
    chunks = [[("街道党工委", "ORG"), ("书记", "n"), ("柯文明", "PER"), ("说", "v"), ("。", "w")]]
    assert _people(chunks) == [("柯文明", ["街道党工委书记"])]


def test_the_subdistricts_people_and_a_communitys_office_are_no_subdistrict_office() -> None:
    assert complete_title("街道干部", {"街道": "柳荫桥街道"}) == "街道干部"
    assert complete_title("街道党工委书记", {"街道": "柳荫桥街道"}) == "柳荫桥街道党工委书记"
    assert subdistrict_name("东湖市青松区柳荫桥街道") == "柳荫桥街道"
    assert subdistrict_name("新风社区街道") is None
    assert subdistrict_name("街道") is None


def test_a_district_named_after_the_subdistrict_ends_its_titles() -> None:
    """A story that moves to another city or district (某某街道 … 另一市某区) no
    longer writes the first subdistrict's offices with the bare word; a
    housing estate (某某小区) is no district."""
    chunks = [[("在", "p"), ("东湖市", "LOC"), ("柳荫桥街道", "LOC"), ("，", "w"), ("村民", "n"), ("忙", "a"), ("。", "w")],
              [("记者", "n"), ("来到", "v"), ("西岭市", "LOC"), ("北关区", "LOC"), ("，", "w"), ("街道", "n"), ("主任", "n"),
               ("万二虎", "PER"), ("介绍", "v"), ("。", "w")]]
    assert _people(chunks) == [("万二虎", ["街道主任"])]
