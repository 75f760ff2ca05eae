"""Text mode: a lone heading between two texts that say the same words (two
reports of one subject) is no in-body subheading when it holds more characters
than the column of the text over it and under it: a subheading stands in its
story's column, a headline set over a wider measure heads a new article.
Invented text, one printed line a line of the stream."""

import banmian

_OVER = ("江城湿地保护区今年冬天迎来了大批越冬候鸟。保护区管理站的工作人员介绍，今年来到湿地越冬的候鸟数量比去年多了三成，"
         "其中有不少珍稀候鸟。为了保护越冬候鸟，管理站在湿地周边增设了巡护点，巡护队员每天沿湿地巡查，及时劝阻惊扰候鸟的行为。"
         "管理站还在湿地边上搭建了观鸟屋，方便市民远远观赏候鸟而不打扰它们。")
_UNDER = ("江城湿地保护区的志愿者队伍近日又壮大了。一百多名市民报名加入湿地巡护志愿队，跟随管理站的巡护队员学习辨认候鸟，"
          "参与湿地巡查。志愿者们说，看到越来越多的候鸟来湿地过冬，心里很高兴，愿意为保护候鸟出一份力。"
          "管理站负责人表示，将为志愿者开设候鸟知识课程，让更多市民参与湿地保护。")


def _lines(text: str, measure: int = 11) -> list[str]:
    return [text[i:i + measure] for i in range(0, len(text), measure)]


def _titles(heading: str) -> list[str]:
    text = "\n".join(["江城日报", "第3版", "湿地迎来越冬候鸟", "本报记者 林川", *_lines(_OVER), heading, *_lines(_UNDER)])
    page = banmian.parse_text(text, enrich=False).to_dict()["pages"][0]
    return [article["headline"]["title"] for article in page["articles"]]


def test_a_heading_wider_than_both_columns_heads_a_new_article() -> None:
    # thirteen cells over columns of eleven: set over a wider measure than the story's
    assert _titles("“湿地志愿者队伍又添新成员”") == ["湿地迎来越冬候鸟", "“湿地志愿者队伍又添新成员”"]


def test_a_heading_within_the_column_stays_in_its_story() -> None:
    assert _titles("“巡护队来了新队员”") == ["湿地迎来越冬候鸟"]
