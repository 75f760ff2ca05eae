"""people56: a prefecture's abbreviated title (州机关…局长) written with the prefecture's short form.

An autonomous prefecture is named in full once (某某土家族苗族自治州) and
then by its short form (某某州: its place name and 州); its offices are
written with the bare level (州委书记, 州某局局长), as a county's are (县长).
The title is completed with the short form the text writes, as the
conventions complete an abbreviated title with the article's place of that
level as the text writes it. Where the text writes no short form the title
stays as written (no form is invented).
"""

from __future__ import annotations

from banmian.enrich.people import find_people
from banmian.enrich.titlecomplete import complete_title, prefecture_short_form

_PREFECTURE = "青松土家族苗族自治州"


def _people(chunks: list[list[tuple[str, str]]]) -> list[tuple[str, list[str]]]:
    found = find_people(chunks, exclude=set(), anchors={"自治州": _PREFECTURE}, place_in_title=lambda t: None)
    return [(p.name, p.titles) for p in found]


def test_a_prefecture_title_takes_the_short_form_the_text_writes() -> None:
    chunks = [[("记者", "n"), ("来到", "v"), (_PREFECTURE, "LOC"), ("，", "w"), ("青松州", "LOC"), ("山多", "n"), ("。", "w")],
              [("州", "n"), ("机关事务管理局", "n"), ("局长", "n"), ("柯文明", "PER"), ("说", "v"), ("。", "w")]]
    assert _people(chunks) == [("柯文明", ["青松州机关事务管理局局长"])]


def test_with_no_short_form_written_the_title_stays_as_written() -> None:
    chunks = [[("记者", "n"), ("来到", "v"), (_PREFECTURE, "LOC"), ("。", "w")],
              [("州", "n"), ("机关事务管理局", "n"), ("局长", "n"), ("柯文明", "PER"), ("说", "v"), ("。", "w")]]
    assert _people(chunks) == [("柯文明", ["州机关事务管理局局长"])]


def test_the_short_form_is_the_longest_front_written_with_zhou() -> None:
    text = "来到青松土家族苗族自治州，青松州的山"
    assert prefecture_short_form(_PREFECTURE, text) == "青松州"
    assert prefecture_short_form(_PREFECTURE, "来到青松土家族苗族自治州") is None
    assert prefecture_short_form("青松市", text) is None
    assert complete_title("副州长", {"州": "青松州"}) == "青松州副州长"
    assert complete_title("州委书记", {"州": "青松州"}) == "青松州委书记"
