"""people55: a biography's later post in the next clause (…，后又被提升为 title).

A clause that opens with 后 (later) and a post verb (任, 兼任, 调任, 被提升为)
has no subject of its own: after a stated title, or after the name's own short
clause, its post is the same person's. Not when the name is one of several
subjects (与某某一起北上，后任…) and not after a clause that names no post.
"""

from __future__ import annotations

from banmian.enrich.titleafter import titles_stated_after
from banmian.enrich.titlelater import later_post


def test_a_later_post_after_a_stated_title_is_the_same_persons() -> None:
    tokens = [("1930年", "TIME"), ("，", "w"), ("周德明", "PER"), ("任", "v"), ("某军", "n"), ("会计", "n"), ("科长", "n"),
              ("，", "w"), ("后", "f"), ("又", "d"), ("被", "p"), ("提升", "v"), ("为", "v"), ("军", "n"), ("经理", "n"),
              ("处", "n"), ("处长", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 2) == ["某军会计科长", "军经理处处长"]
    tokens = [("周德明", "PER"), ("任", "v"), ("某部", "n"), ("参谋处", "n"), ("处长", "n"), ("，", "w"), ("后", "f"),
              ("兼任", "v"), ("第三", "m"), ("总队", "n"), ("司令员", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["某部参谋处处长", "第三总队司令员"]


def test_a_later_post_after_the_names_own_clause_is_its_title() -> None:
    tokens = [("周德明", "PER"), ("在", "p"), ("苏北", "LOC"), ("坚持", "v"), ("斗争", "vn"), ("，", "w"),
              ("后", "f"), ("调任", "v"), ("某旅", "n"), ("政治部", "n"), ("主任", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["某旅政治部主任"]
    tokens = [("1940年", "TIME"), ("，", "w"), ("周德明", "PER"), ("调往", "v"), ("苏北", "LOC"), ("，", "w"),
              ("后任", "v"), ("某旅", "n"), ("政治部", "n"), ("主任", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 2) == ["某旅政治部主任"]


def test_a_name_beside_another_subject_or_no_later_verb_gets_no_post() -> None:
    tokens = [("2月", "TIME"), ("，", "w"), ("周德明", "PER"), ("与", "p"), ("张明华", "PER"), ("一起", "d"),
              ("北上", "v"), ("，", "w"), ("后任", "v"), ("某师", "n"), ("师长", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 4) == []
    tokens = [("周德明", "PER"), ("说", "v"), ("，", "w"), ("后来", "t"), ("他", "r"), ("任", "v"), ("县长", "n"),
              ("。", "w")]
    assert titles_stated_after(tokens, 0) == []
    assert later_post([("后", "f"), ("发现", "v"), ("县长", "n")], 0) == 0
    assert later_post([("后", "f"), ("又", "d"), ("被", "p"), ("任命", "v"), ("为", "v"), ("县长", "n")], 0) == 5


def test_a_post_taken_in_the_names_own_clause_is_its_title() -> None:
    tokens = [("周德明", "PER"), ("被", "p"), ("编入", "v"), ("五", "m"), ("大队", "n"), ("担任", "v"), ("班长", "n"),
              ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["班长"]
    tokens = [("周德明", "PER"), ("就是", "v"), ("其中", "r"), ("一员", "m"), ("，", "w"), ("担任", "v"),
              ("某村", "LOC"), ("第一", "m"), ("书记", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["某村第一书记"]
    tokens = [("周德明", "PER"), ("曾", "d"), ("在", "p"), ("某油田", "ORG"), ("工作", "v"), ("过", "u"), ("，", "w"),
              ("如今", "TIME"), ("在", "p"), ("某公司", "ORG"), ("担任", "v"), ("采购", "vn"), ("助理", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["采购助理"]


def test_a_post_someone_else_takes_in_the_names_clause_is_not_its_title() -> None:
    tokens = [("周德明", "PER"), ("的", "u"), ("儿子", "n"), ("担任", "v"), ("村主任", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []
    tokens = [("周德明", "PER"), ("派", "v"), ("人", "n"), ("担任", "v"), ("联络员", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []
    tokens = [("周德明", "PER"), ("推荐", "v"), ("张明华", "PER"), ("担任", "v"), ("联络员", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []
    tokens = [("周德明", "PER"), ("回到", "v"), ("村里", "s"), ("，", "w"), ("村民", "n"), ("推举", "v"), ("他", "r"),
              ("担任", "v"), ("会长", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []
    tokens = [("和", "c"), ("周德明", "PER"), ("一起", "d"), ("担任", "v"), ("评委", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 1) == []


def test_a_post_in_what_the_name_says_is_not_stated_by_the_clause() -> None:
    tokens = [("周德明", "PER"), ("说", "v"), ("，", "w"), ("担任", "v"), ("全国政协委员", "n"), ("，", "w"),
              ("内心", "n"), ("很", "d"), ("激动", "a"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []


def test_a_post_under_a_condition_or_a_reason_is_not_stated() -> None:
    tokens = [("周德明", "PER"), ("如果", "c"), ("担任", "v"), ("组长", "n"), ("，", "w"), ("大家", "r"), ("都会", "v"),
              ("支持", "v"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []
    tokens = [("1936年", "TIME"), ("，", "w"), ("周德明", "PER"), ("因", "p"), ("担任", "v"), ("某学联", "ORG"),
              ("书记", "n"), ("，", "w"), ("担负", "v"), ("起", "v"), ("领导", "vn"), ("工作", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 2) == []
