"""Text mode: an in-body subheading led in by a line of parallel phrases of one
length closed by a dash (整修老街、留住乡愁—— / the heading / a deck wrapped wider
than the column) between two runs of one story's text is that story's subheading
even where the part under it opens on another side of the story (few of the
story's own words said again on both sides) and its deck comes as one line wider
than the column. A kicker of one phrase (某某研究所发布—— / a title) over the same
text still heads a new article, and so does the stack over another story's text.
Invented text, one printed line a line of the stream."""

import banmian

_OVER = ("青石镇的老街有三百多年历史，街两旁是木板门面的老铺子。去年起，镇里请来工匠整修老街，"
         "换下朽坏的木板，补齐缺损的青石路面，老铺子的招牌也照着老样子重新做了。整修后的老街"
         "游客多了起来，店主们都说镇里这件事办得好。卖糖画的店主说，过年这几天每天要做两百多个糖画。")
_UNDER = ("“以前年轻人都往外跑，现在好些人回来了。”在老街开茶馆的小伙子说，他前年从省城回到镇上，"
          "把爷爷留下的老铺子改成了茶馆，节假日常常座无虚席。镇里还为回乡开店的年轻人提供免费培训，"
          "镇里的老店主教他们做账、办网店。今年春节，老街上新开了十几家铺子，大半是年轻人开的。")
_OTHER = ("滨海市图书馆新馆昨天开馆迎客。新馆藏书二十万册，设有少儿阅览室、自习室和展览厅，"
          "读者凭身份证即可办理借书证。开馆首日，不少读者一早就在门口排队，馆员为读者讲解借阅流程。"
          "图书馆负责人介绍，新馆将延长开放时间，工作日晚上开到九点，方便上班族下班后来读书。")
_LED_IN = ["整修老街、留住乡愁——", "老铺子里有新面孔", "回乡青年开店创业，给老街带来新的人气和生意"]
_KICKER = ["古镇文化研究所发布——", "老铺子里有新面孔", "回乡青年开店创业，给老街带来新的人气和生意"]


def _lines(text: str, measure: int = 16) -> list[str]:
    return [text[i:i + measure] for i in range(0, len(text), measure)]


def _articles(stack: list[str], under: str) -> list[dict]:
    text = "\n".join(["青石日报", "第2版", "老街焕新颜", "本报记者 周川", *_lines(_OVER), *stack, *_lines(under)])
    return banmian.parse_text(text, enrich=False).to_dict()["pages"][0]["articles"]


def test_a_parallel_lead_in_heads_a_part_of_the_story() -> None:
    articles = _articles(_LED_IN, _UNDER)
    assert [a["headline"]["title"] for a in articles] == ["老街焕新颜"]
    body = "".join(articles[0]["paragraphs"])
    assert "老铺子里有新面孔" in body and body.endswith("大半是年轻人开的。")


def test_a_kicker_of_one_phrase_over_the_same_text_heads_a_new_article() -> None:
    articles = _articles(_KICKER, _UNDER)
    assert len(articles) == 2
    assert articles[1]["paragraphs"][0].startswith("“以前年轻人")


def test_the_lead_in_over_another_story_s_text_heads_that_story() -> None:
    articles = _articles(_LED_IN, _OTHER)
    assert len(articles) == 2
    assert articles[1]["paragraphs"][0].startswith("滨海市图书馆新馆")
