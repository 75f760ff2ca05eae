"""Two reporters' names run together in the text layer (their space lost):
cut where the second opens with one of the commonest surnames (issue 9:
张帆杨文明 is 张帆 + 杨文明, not 张帆杨 + 文明). Names invented."""

import pytest

from banmian.layout.rules import split_names


@pytest.mark.parametrize(("text", "expected"), [
    ("本报记者 陈岚杨文远", ["陈岚", "杨文远"]),  # 文 opens a name less often than 杨
    ("本报记者 许静吴帅林", ["许静", "吴帅林"]),  # 帅 is rarer than 吴
    ("本报记者 周晓峰刘阳", ["周晓峰", "刘阳"]),  # three and two, as before
    ("本报记者 王小明文涛", ["王小明", "文涛"]),  # 小 opens no name: the rarer surname it is
])
def test_two_names_run_together_are_cut_before_the_commoner_surname(text, expected) -> None:
    assert [b.name for b in split_names(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("记者 孙岚颜青 通讯员 柯一帆", ["孙岚", "颜青", "柯一帆"]),  # a line broke between the two: 颜 is listed
    ("记者 次仁罗布", ["次仁罗布"]),  # no surname opens it: one name of four
    ("记者 欧阳文和", ["欧阳文和"]),  # a compound surname: one name
])
def test_four_glyphs_of_two_names_one_of_a_rarer_listed_surname(text, expected) -> None:
    """Four glyphs opening with one of the hundred commonest surnames, the third a listed one (颜, outside
    the hundred), are two names of two whose space was lost (a bracket's reporters broken over two lines)."""
    assert [b.name for b in split_names(text)] == expected
