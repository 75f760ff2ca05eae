"""people59 (enrich59a): a short bracketed note between a title and the name.

`某国常驻某地副代表（大使）+ 某某`: the note is on the post (as `副总督察（专职）`
after a stated title); the title before it is the person's. A bracket holding a
name or a mark, a long one, or one that opens its clause is no such note.
"""

from __future__ import annotations

from banmian.enrich.titles import titles_before


def test_the_title_before_a_note_on_the_post_is_the_persons() -> None:
    tokens = [("。", "w"), ("青国", "LOC"), ("常驻", "v"), ("临海", "LOC"), ("副", "a"), ("代表", "n"), ("（", "w"),
              ("大使", "n"), ("）", "w"), ("柯明远", "PER"), ("说", "v"), ("。", "w")]
    assert titles_before(tokens, 9) == ["青国常驻临海副代表"]
    tokens = [("由", "p"), ("国家", "n"), ("某某", "r"), ("委员会", "n"), ("主任", "n"), ("（", "w"), ("正", "a"),
              ("部长", "n"), ("级", "n"), ("）", "w"), ("柯明远", "PER"), ("主持", "v"), ("。", "w")]
    assert titles_before(tokens, 10) == ["国家某某委员会主任"]


def test_a_bracket_with_a_name_or_a_long_text_is_no_note() -> None:
    tokens = [("副", "a"), ("代表", "n"), ("（", "w"), ("石青", "PER"), ("）", "w"), ("柯明远", "PER"),
              ("说", "v"), ("。", "w")]
    assert titles_before(tokens, 5) == []
    tokens = [("副", "a"), ("代表", "n"), ("（", "w"), ("二〇一九年", "m"), ("新任命", "v"), ("）", "w"),
              ("柯明远", "PER"), ("说", "v"), ("。", "w")]
    assert titles_before(tokens, 6) == []
