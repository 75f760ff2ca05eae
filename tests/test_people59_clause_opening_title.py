"""people59 (enrich59a): a title that opens its clause, a word of its front read as a verb or an adverb.

`。最高/a + 检/v + 第八检察厅 + 厅长 + 某某表示`: the grammar's title stops at
the verb of one character and keeps 第八检察厅厅长. When the whole clause from
its opening mark to the name is a title, the cut word is one LAC reads out of
a title's front (a verb of one character, an adverb, 之), and the name is the
subject of the clause (a verb follows it), the clause is the title. A front
the grammar drops on purpose (老/a + 党员, an age, a count, 台上, 是) stays dropped.
"""

from __future__ import annotations

from banmian.enrich.titles import titles_before


def test_a_one_character_verb_in_the_front_keeps_the_whole_clause() -> None:
    tokens = [("。", "w"), ("最高", "a"), ("检", "v"), ("第三检察厅", "n"), ("厅长", "n"), ("柯明远", "PER"),
              ("表示", "v"), ("。", "w")]
    assert titles_before(tokens, 5) == ["最高检第三检察厅厅长"]


def test_a_classical_particle_in_a_firm_name_keeps_the_whole_clause() -> None:
    tokens = [("，", "w"), ("青", "a"), ("之", "u"), ("海岚", "n"), ("总经理", "n"), ("柯明远", "PER"), ("就", "d"),
              ("报喜", "v"), ("。", "w")]
    assert titles_before(tokens, 5) == ["青之海岚总经理"]


def test_a_front_dropped_on_purpose_stays_dropped() -> None:
    tokens = [("。", "w"), ("老", "a"), ("党员", "n"), ("柯明远", "PER"), ("说", "v"), ("。", "w")]
    assert titles_before(tokens, 3) == ["党员"]
    tokens = [("，", "w"), ("粤港澳大湾区", "LOC"), ("建设", "vn"), ("是", "v"), ("国家", "n"), ("主席", "n"),
              ("柯明远", "PER"), ("亲自", "d"), ("谋划", "v"), ("。", "w")]
    assert titles_before(tokens, 6) == ["国家主席"]


def test_a_name_that_is_no_subject_keeps_the_short_title() -> None:
    """最高/a 检/v 某厅厅长某某。: no verb after the name, the clause may be anything (a list, an object)."""
    tokens = [("。", "w"), ("最高", "a"), ("检", "v"), ("第三检察厅", "n"), ("厅长", "n"), ("柯明远", "PER"),
              ("。", "w")]
    assert titles_before(tokens, 5) == ["第三检察厅厅长"]


def test_a_verb_after_a_subject_or_an_adverb_stays_the_clauses() -> None:
    """公司 + 又/d + 派/v + 技术员 + 某某 + 来访: the clause's verb phrase, not words of the title."""
    tokens = [("，", "w"), ("公司", "n"), ("又", "d"), ("派", "v"), ("技术员", "n"), ("柯明远", "PER"), ("来访", "v"),
              ("。", "w")]
    assert titles_before(tokens, 5) == ["技术员"]
