"""Text mode: a title set a phrase a line with its column's tag after the
second (街巷干净了 / 邻里热闹了（…）) was read as title and subtitle. A
column's tag closes the title, never a subtitle, and a subtitle says more than
a phrase as long as the title: two phrases of one length, the second tagged,
are one title. Invented text."""

from banmian.layout.parallel_titles import tagged_subtitle_joins_title
from banmian.model import Headline


def test_two_phrases_of_one_length_the_second_tagged_are_one_title() -> None:
    head = Headline(title="湖水清了", subtitle="鱼虾多了（江城观察·岁末看变化（3））")
    tagged_subtitle_joins_title(head)
    assert (head.title, head.subtitle) == ("湖水清了 鱼虾多了（江城观察·岁末看变化（3））", None)


def test_a_longer_tagged_subtitle_stays_a_subtitle() -> None:
    head = Headline(title="湖水清了", subtitle="湖畔村民的日子越过越红火（江城观察）")
    tagged_subtitle_joins_title(head)
    assert (head.title, head.subtitle) == ("湖水清了", "湖畔村民的日子越过越红火（江城观察）")


def test_an_untagged_subtitle_of_the_same_length_stays() -> None:
    head = Headline(title="湖水清了", subtitle="鱼虾多了")
    tagged_subtitle_joins_title(head)
    assert (head.title, head.subtitle) == ("湖水清了", "鱼虾多了")
