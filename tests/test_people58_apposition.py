"""people58 (enrich58): `name，body + 的 + title` in apposition.

The conventions give the title of `name，title` in apposition and what
follows 的 in `name + 是 + …的 + title`; an apposition that names the body
before 的 (某某，某公司的高级技师，…) gave none. What follows a pronoun (after a
verb), a place alone (村里的) or a title that runs on into a verb gives none.
"""

from __future__ import annotations

from banmian.enrich.titleafter import titles_stated_after


def test_an_apposition_naming_the_body_before_de_gives_the_title() -> None:
    tokens = [("他", "r"), ("就是", "v"), ("孟庆丰", "PER"), ("，", "w"), ("青石电力公司", "ORG"), ("的", "u"),
              ("高级", "a"), ("技师", "n"), ("，", "w"), ("被", "p"), ("誉为", "v"), ("专家", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 2) == ["高级技师"]
    tokens = [("孟庆丰", "PER"), ("，", "w"), ("县医院", "ORG"), ("的", "u"), ("主任", "n"), ("医师", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["主任医师"]


def test_an_apposition_with_no_body_or_no_title_after_de_gives_none() -> None:
    tokens = [("看望", "v"), ("了", "u"), ("孟庆丰", "PER"), ("，", "w"), ("村里", "s"), ("的", "u"), ("老党员", "n"),
              ("。", "w")]
    assert titles_stated_after(tokens, 2) == []
    tokens = [("奖励", "v"), ("孟庆丰", "PER"), ("，", "w"), ("公司", "n"), ("的", "u"), ("员工", "n"), ("也", "d"),
              ("都", "d"), ("高兴", "a"), ("。", "w")]
    assert titles_stated_after(tokens, 1) == []
    tokens = [("见到", "v"), ("孟庆丰", "PER"), ("，", "w"), ("我们", "r"), ("的", "u"), ("老师", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 1) == []


def test_an_apposition_naming_no_body_before_de_gives_none() -> None:
    """大自然的鬼斧神工: a common noun before 的 names no body, and what follows is no post."""
    tokens = [("来到", "v"), ("青崖", "PER"), ("，", "w"), ("大自然", "n"), ("的", "u"), ("鬼斧神工", "n"), ("，", "w"),
              ("令人", "v"), ("惊叹", "v"), ("。", "w")]
    assert titles_stated_after(tokens, 1) == []
