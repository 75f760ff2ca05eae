"""Text mode: an in-body subheading set as a stack of short lines (a lead-in line
closed by ——, the heading, a deck line under it), each given by the extractor as
a headline unit of its own, between two runs of one story's text, is that story's
subheading, as a one-line heading there is; the same stack between two stories'
texts heads the second. Invented text, one printed line a line of the stream."""

import banmian

_OVER = ("江城湿地保护区今年冬天迎来了大批越冬候鸟。保护区管理站的工作人员介绍，今年来到湿地越冬的候鸟数量比去年多了三成，"
         "其中有不少珍稀候鸟。为了保护越冬候鸟，管理站在湿地周边增设了巡护点，巡护队员每天沿湿地巡查，及时劝阻惊扰候鸟的行为。"
         "管理站还在湿地边上搭建了观鸟屋，方便市民远远观赏候鸟而不打扰它们。")
_UNDER = ("江城湿地保护区的志愿者近日又多了。一百多名市民报名加入湿地巡护队，跟随管理站的巡护队员学习辨认候鸟，"
          "参与湿地巡查。志愿者们说，看到越来越多的候鸟来湿地过冬，心里很高兴，愿意为保护区的候鸟出一份力。"
          "管理站负责人表示，将在观鸟屋为志愿者开设候鸟知识课程，让更多市民走进保护区。")
_OTHER = ("西城区图书馆新馆昨天开馆迎客。新馆藏书二十万册，设有少儿阅览室、自习室和展览厅，读者凭身份证即可办理借书证。"
          "开馆首日，不少读者一早就在门口排队，馆员为读者讲解借阅流程。图书馆负责人介绍，新馆将延长开放时间，"
          "工作日晚上开到九点，方便上班族下班后来读书。")
_STACK = ["服务市民、爱护生态——", "志愿队伍添新人", "报名参加的人越来越多"]


def _lines(text: str, measure: int = 16) -> list[str]:
    return [text[i:i + measure] for i in range(0, len(text), measure)]


def _articles(under: str) -> list[dict]:
    text = "\n".join(["江城日报", "第3版", "湿地迎来越冬候鸟", "本报记者 林川", *_lines(_OVER), *_STACK, *_lines(under)])
    return banmian.parse_text(text, enrich=False).to_dict()["pages"][0]["articles"]


def test_a_stacked_subheading_between_one_story_s_texts_stays_in_the_story() -> None:
    articles = _articles(_UNDER)
    assert [a["headline"]["title"] for a in articles] == ["湿地迎来越冬候鸟"]
    body = "".join(articles[0]["paragraphs"])
    assert "志愿队伍添新人" in body and body.endswith("让更多市民走进保护区。")


def test_the_same_stack_between_two_stories_heads_the_second() -> None:
    articles = _articles(_OTHER)
    assert len(articles) == 2
    assert articles[1]["paragraphs"][0].startswith("西城区图书馆新馆")
