"""A headline drawn twice comes out of a line stream as lines that repeat a
neighbour; a body's first line that repeats its title and wraps is no copy."""

from __future__ import annotations

from banmian.layout.stream_lines import without_overprint


def _texts(lines: list[str]) -> list[str]:
    return [text for text, _ in without_overprint([(line, None) for line in lines])]


def test_a_headline_drawn_over_its_pieces_keeps_one_copy():
    lines = ["新航程", "新航程：江城港口的百年变迁", "江城港口的百年变迁", "本报讯 记者从市港务局获悉，"]
    assert _texts(lines) == ["新航程：江城港口的百年变迁", "本报讯 记者从市港务局获悉，"]


def test_a_first_sentence_that_repeats_the_title_and_wraps_stays():
    lines = ["市政府任免一批工作人员", "市政府任免一批工作人", "员。名单如下：张某任市交通局局长，"]
    assert _texts(lines) == lines


def test_a_byline_over_the_same_reporters_photo_credit_stays():
    """本报记者 周岚 / 本报记者 周岚摄: the reporter wrote the report and took its photo (the credit, set along
    the photo, comes in the stream under the byline): two lines, no copy."""
    lines = ["春耕正当时", "本报记者 周岚", "本报记者 周岚摄", "三月十日，村民在田间插秧。"]
    assert _texts(lines) == lines
