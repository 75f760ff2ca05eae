"""The cheap tests the PDF layout asks of every line before a slower parser:
each must hold for every line the parser could take."""

from __future__ import annotations

from banmian.layout.rules import ROLES, parse_bracket_byline, parse_byline_line, parse_glued_byline


def test_every_role_holds_one_of_the_words_units_asks_of_a_line_first():
    # geometric._units asks only a line holding 记者, 通讯员 or 实习生 for a byline by role
    assert all("记者" in role or "通讯员" in role or "实习生" in role for role in ROLES)


def test_no_role_word_no_byline_by_role():
    lines = ["■ 编辑 王五", "（编辑 李四）", "编辑王小明", "本报讯 张三 李四", "（张三 李四）", "撰稿人 赵六"]
    for line in lines:
        assert parse_byline_line(line) is None and parse_bracket_byline(line) is None
        assert parse_glued_byline(line, pairs=True) is None
    # and the same lines with a role word are read
    assert parse_byline_line("■ 本报记者 王五") and parse_bracket_byline("（记者 李四）")
    assert parse_glued_byline("本报记者王小明")
