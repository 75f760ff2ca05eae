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


@pytest.mark.parametrize(("text", "expected"), [
    ("记者郭建华周敏罗佳怡", ["郭建华", "周敏", "罗佳怡"]),  # three, two, three
    ("记者韩雪陆明远宋佳宁", ["韩雪", "陆明远", "宋佳宁"]),  # two first: 陆 is commoner than 明
    ("记者调查研究报告之一", ["调查研究报告之一"]),  # no surname opens the rest: left as it was
])
def test_three_names_run_together_after_a_role(text, expected) -> None:
    """A run-in byline's three names whose spaces were lost (本报讯（记者郭建华周敏罗佳怡）): seven to nine
    glyphs are cut into a first name of three or two and two more, the commoner surnames winning (pdf56c)."""
    assert [b.name for b in split_names(text)] == expected
