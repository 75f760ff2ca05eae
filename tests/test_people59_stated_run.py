"""people59 (enrich59a): a stated title whose words LAC read as a verb or an adverb.

After a copula or a verb of office (任, 现任, 是), a title runs to the next mark;
LAC may read one word of the unit's name as a verb (北上某某队政治部/v) or cut
an adverb out of it (某地/ORG + 再/d + 某剧院/ORG). The run to the mark is then
the title when it reads as one whole, within a few words and with no name,
particle (的), preposition or pronoun in it; a clause that opens with an
adverb (后/d 转任) is read by the rules before; a bare comma gives nothing so.
"""

from __future__ import annotations

from banmian.enrich.titleafter import titles_stated_after


def test_a_unit_word_read_as_a_verb_stays_in_the_stated_chain() -> None:
    tokens = [("1931年", "TIME"), ("，", "w"), ("石青岭", "PER"), ("任", "v"), ("赤卫军", "ORG"),
              ("南下支援队政治部", "v"), ("主任", "n"), ("、", "w"), ("第七师", "ORG"), ("参谋长", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 2) == ["赤卫军南下支援队政治部主任", "第七师参谋长"]


def test_an_adverb_cut_out_of_the_body_stays_in_the_stated_title() -> None:
    tokens = [("柯云岚", "PER"), ("，", "w"), ("1970年", "TIME"), ("出生于", "v"), ("青川县", "LOC"), ("，", "w"),
              ("现任", "v"), ("临溪", "ORG"), ("再", "d"), ("岚越剧团", "ORG"), ("团长", "n"), ("、", "w"),
              ("省戏曲家协会", "ORG"), ("副主席", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["临溪再岚越剧团团长", "省戏曲家协会副主席"]


def test_a_run_with_de_a_name_or_no_head_gives_no_title() -> None:
    tokens = [("石青岭", "PER"), ("是", "v"), ("城里", "s"), ("打工", "v"), ("的", "u"), ("年轻", "a"),
              ("工人", "n"), ("。", "w")]
    assert "城里打工的年轻工人" not in titles_stated_after(tokens, 0)
    tokens = [("石青岭", "PER"), ("任", "v"), ("组长", "n"), ("带领", "v"), ("大家", "r"), ("修路", "v"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []
    tokens = [("石青岭", "PER"), ("担任", "v"), ("合作社", "n"), ("带领", "v"), ("村民", "n"), ("致富", "v"),
              ("。", "w")]
    assert titles_stated_after(tokens, 0) == []


def test_a_bare_comma_does_not_read_to_the_mark() -> None:
    """石青岭，南下支援队政治部/v 主任: no copula, no verb of office: a bare comma reads no run so."""
    tokens = [("见到", "v"), ("石青岭", "PER"), ("，", "w"), ("赤卫军", "ORG"), ("南下支援队政治部", "v"),
              ("主任", "n"), ("，", "w"), ("他", "r"), ("笑", "v"), ("了", "u"), ("。", "w")]
    assert titles_stated_after(tokens, 1) == []


def test_a_later_clause_opening_with_an_adverb_keeps_its_own_reading() -> None:
    tokens = [("石青岭", "PER"), ("任", "v"), ("第七师", "ORG"), ("参谋长", "n"), ("，", "w"), ("后", "f"),
              ("转任", "v"), ("第九师", "ORG"), ("师长", "n"), ("。", "w")]
    assert "后转任第九师师长" not in titles_stated_after(tokens, 0)
