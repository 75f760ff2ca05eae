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
