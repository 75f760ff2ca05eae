"""one_story_headings._said_often counts a pair as alone_titles._pair_counts does
(overlapping pairs too: 哈哈哈 says 哈哈 twice), though it searches instead of counting."""

import random

from banmian.layout.alone_titles import _pair_counts
from banmian.layout.one_story_headings import _said_often


def test_said_often_agrees_with_pair_counts():
    rng = random.Random(46)
    for _ in range(3000):
        text = "".join(rng.choice("哈哈好的，人民 日报") for _ in range(rng.randint(0, 12)))
        counts = _pair_counts(text)
        for pair in ("哈哈", "好的", "人民", "日报", "的人"):
            assert _said_often(pair, text) == (counts.get(pair, 0) >= 2), (pair, text)


def test_three_in_a_row_say_a_pair_twice():
    assert _said_often("哈哈", "他说哈哈哈")
    assert not _said_often("哈哈", "他说哈哈")
    assert _said_often("人民", "人民和人民")
