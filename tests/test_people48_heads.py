"""Shapes of issue 11 worked on in session 48 (people48: title heads LAC glued
into a name). Sentences, names and places are invented."""

from __future__ import annotations

from tests.enrich_shapes import people_of as _people


def test_a_head_glued_before_a_name_is_its_title() -> None:
    """研究员、博导 + name read as one name (博导某某某/PER), the name alone
    elsewhere: the head is the chain's last title, not part of a name."""
    people = _people("记者见到了研究员、博导仲跻安，他说，这是好事。", "仲跻安表示，还要再试。")
    assert people.get("仲跻安") == ["研究员", "博导"]
    assert "博导仲跻安" not in people


def test_a_title_after_a_degree_and_an_adjective_and_de_is_stated() -> None:
    """name + 是 + a body + 最/d + 年轻/a + 的 + title: the words before 的 describe
    the person, the title is what follows the 的."""
    people = _people("16岁的阿明是舞龙队最年轻的鼓手。阿明说，他喜欢过春节。")
    assert people.get("阿明") == ["鼓手"]


def test_a_title_after_a_place_a_count_and_de_is_stated() -> None:
    """name + 是 + a city + 一名 + 普通/a + 的 + title: the count says a role follows."""
    people = _people("吴秀兰是沈阳市一名普通的退休教师，她资助学生二十年。吴秀兰说，这是应该的。")
    assert people.get("吴秀兰") == ["退休教师"]
