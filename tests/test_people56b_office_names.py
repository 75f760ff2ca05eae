"""people56b: an office's short name that LAC ends in 办/v stays in the title (某镇改造办副主任).

LAC cut 办 off an office it did not know (拆迁/vn + 改造/vn + 办/v) and a
verb ended the title read backwards from its head: 副主任 alone. 办 is the
office's when the words of a task stand before it and a head right after it;
办 before a thing done (办 + 实事) is the verb.
"""

from __future__ import annotations

from banmian.enrich.titleoffices import office_read_as_verb
from banmian.enrich.titles import titles_before


def test_an_office_cut_before_its_last_character_keeps_the_whole_title() -> None:
    tokens = [("，", "w"), ("镇", "n"), ("拆迁", "vn"), ("改造", "vn"), ("办", "v"), ("副主任", "n"), ("王德明", "PER"),
              ("承认", "v")]
    assert titles_before(tokens, 6) == ["镇拆迁改造办副主任"]


def test_a_thing_done_after_ban_is_no_office() -> None:
    tokens = [("为", "p"), ("群众", "n"), ("办", "v"), ("实事", "n"), ("的", "u"), ("村支书", "n"), ("王德明", "PER")]
    assert not office_read_as_verb(tokens, 2, 6)
    tokens = [("帮", "v"), ("代", "v"), ("办", "v"), ("主任", "n"), ("王德明", "PER")]
    assert not office_read_as_verb(tokens, 2, 4)  # no task before it
    assert titles_before(tokens, 4) == ["主任"]
