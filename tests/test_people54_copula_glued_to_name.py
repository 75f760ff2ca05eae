"""people54: a biography's 任 glued to the name or to the title (name + 任 + title).

LAC reads 某某某任支队 as one name and 任营 as one verb in a biography's
"某某任支队副司令员" and "某某任营长": the copula and the title's first word (or
character) are cut back off, so the name is whole and 任 states the title.
Only when a title follows: a name that opens with 任, or 任 starting a word
that is no title (任性, 任职于), stays as LAC read it.
"""

from __future__ import annotations

from banmian.enrich.nametrims import trim_name_endings
from banmian.enrich.titleafter import titles_stated_after


def test_copula_and_the_titles_first_word_glued_to_a_name_come_off() -> None:
    tokens = [("，", "w"), ("陈定山任支队", "PER"), ("副", "a"), ("司令员", "n"), ("。", "w")]
    trimmed = trim_name_endings(tokens)
    assert trimmed[1:4] == [("陈定山", "PER"), ("任", "v"), ("支队", "n")]
    assert titles_stated_after(trimmed, 1) == ["支队副司令员"]


def test_copula_glued_to_the_titles_first_character_comes_off() -> None:
    tokens = [("，", "w"), ("周大川", "PER"), ("任营", "v"), ("长", "a"), ("。", "w")]
    trimmed = trim_name_endings(tokens)
    assert trimmed[1:4] == [("周大川", "PER"), ("任", "v"), ("营", "n")]
    assert titles_stated_after(trimmed, 1) == ["营长"]


def test_no_title_after_the_copula_leaves_the_words_as_read() -> None:
    tokens = [("，", "w"), ("陈定任性", "PER"), ("地", "u"), ("说", "v")]
    assert trim_name_endings(tokens) == tokens
    tokens = [("，", "w"), ("周大川", "PER"), ("任职", "v"), ("于", "p"), ("某公司", "ORG"), ("。", "w")]
    assert trim_name_endings(tokens) == tokens
    tokens = [("，", "w"), ("任大川", "PER"), ("说", "v")]
    assert trim_name_endings(tokens) == tokens
