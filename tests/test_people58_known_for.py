"""people58 (enrich58): `name + 是 + place + adjective + 的 + title`; `是个 + title`.

The conventions give what follows 的 in `name + 是 + …的 + title`; a place
alone before 的 (是某镇的居民) says where the person lives and gives none.
An adjective right before 的 (当地有名的, 村里出名的) describes the person:
the title after it is theirs (是当地有名的种粮大户 -> 种粮大户). It gave none.
"""

from __future__ import annotations

from banmian.enrich.titleafter import titles_stated_after
from banmian.enrich.titlecues import title_after_whose


def test_a_place_and_an_adjective_before_de_give_the_title_after_it() -> None:
    tokens = [("郑春林", "PER"), ("是", "v"), ("当地", "s"), ("有名", "a"), ("的", "u"), ("种粮", "vn"), ("大户", "n"),
              ("。", "w")]
    assert title_after_whose(tokens, 0, 1) == 5
    assert titles_stated_after(tokens, 0) == ["种粮大户"]
    tokens = [("郑春林", "PER"), ("是", "v"), ("白沙镇", "LOC"), ("出名", "a"), ("的", "u"), ("养鸡", "vn"), ("大户", "n"),
              ("，", "w"), ("今年", "TIME")]
    assert titles_stated_after(tokens, 0) == ["养鸡大户"]


def test_a_place_alone_before_de_still_gives_none() -> None:
    tokens = [("郑春林", "PER"), ("是", "v"), ("白沙镇", "LOC"), ("的", "u"), ("居民", "n"), ("。", "w")]
    assert title_after_whose(tokens, 0, 1) == 0
    tokens = [("郑春林", "PER"), ("是", "v"), ("村里", "s"), ("最", "d"), ("好", "a"), ("的", "u"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []


def test_a_classifier_without_its_numeral_after_the_copula_is_no_part_of_the_title() -> None:
    """是个快递员, 是名老兵: 一 left out of 一个, 一名; the title is what the count counts (it kept 个快递员)."""
    tokens = [("郑春林", "PER"), ("是", "v"), ("个", "q"), ("快递员", "n"), ("，", "w"), ("来自", "v"), ("湖南", "LOC")]
    assert titles_stated_after(tokens, 0) == ["快递员"]
    tokens = [("郑春林", "PER"), ("是", "v"), ("名", "q"), ("老兵", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["老兵"]
