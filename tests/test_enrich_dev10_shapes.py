"""The enrichment stage on shapes of text found in issue 11's eleventh pass
(dev10, a blind development part of 5 articles of each page). Sample words
and names are invented for these tests; most feed hand-made LAC tokens to the
rules, so they do not depend on how the model happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.credits import is_contributor
from banmian.enrich.titles import titles_before


def test_a_credit_verb_lac_cut_into_characters_still_credits() -> None:
    """（柯文明参与采写）: LAC may read 采写 as 采/v + 写/v; the credit verb is
    spelled by the characters, however the words are cut."""
    tokens = [("（", "w"), ("柯文明", "PER"), ("参与", "v"), ("采", "v"), ("写", "v"), ("）", "w")]
    assert is_contributor(tokens, 1)
    tokens = [("柯文明", "PER"), ("摄", "v"), ("影", "n"), ("报道", "n")]
    assert is_contributor(tokens, 0)
    # a verb with an object is a person at work, however cut
    tokens = [("柯文明", "PER"), ("整", "v"), ("理", "v"), ("案卷", "n"), ("。", "w")]
    assert not is_contributor(tokens, 0)


def test_a_drawing_credited_by_zuo_before_its_source() -> None:
    """柯文明作（新华社发）: a cartoon's credit; 作 closes it only at the end
    of the line or before the bracket of the source."""
    tokens = [("柯文明", "PER"), ("作", "v"), ("（", "w"), ("新华社", "ORG"), ("发", "v"), ("）", "w")]
    assert is_contributor(tokens, 0)
    tokens = [("柯文明", "PER"), ("作", "v"), ("报告", "n"), ("。", "w")]
    assert not is_contributor(tokens, 0)


def test_an_era_of_any_shape_dates_the_title_after_it() -> None:
    """明末 + 清初 + 著名思想家, 近代 + 著名琴家, 民国时期 + 某省琴家: an era
    (two dynasties' turns, a named period) before a title is the title's, and
    the place whose era it is opens it (某国 + 当代 + 诗人)."""
    tokens = [("为", "p"), ("明末", "TIME"), ("清初", "TIME"), ("著名", "a"), ("思想家", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 5) == ["明末清初著名思想家"]
    tokens = [("，", "w"), ("近代", "TIME"), ("著名", "a"), ("琴家", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 4) == ["近代著名琴家"]
    tokens = [("为", "v"), ("民国时期", "TIME"), ("青松", "LOC"), ("画家", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 4) == ["民国时期青松画家"]
    tokens = [("，", "w"), ("青松国", "LOC"), ("当代", "TIME"), ("诗人", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 4) == ["青松国当代诗人"]
    # a date before a title dates the sentence, not the title
    tokens = [("，", "w"), ("2月", "TIME"), ("青松国", "LOC"), ("诗人", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 4) == ["青松国诗人"]
