"""The comparison itself must be able to fail: a fragment moved into the
middle of a paragraph (its ends untouched) is a difference."""

from .readers_view import _text_differences


def test_a_fragment_in_mid_paragraph_is_a_difference():
    want = ["河水清了，岸边种上了树。", "居民说好。"]
    got = ["河水清了，景。岸边种上了树。", "居民说好。"]
    diffs = _text_differences("标题", want, got)
    assert len(diffs) == 1 and "paragraph 1" in diffs[0] and "景" in diffs[0]


def test_the_same_paragraphs_are_no_difference():
    assert _text_differences("标题", ["甲乙丙。"], ["甲乙丙。"]) == []
