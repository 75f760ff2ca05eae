"""Text mode: a short label over a heading (its two lines given as two headline
units) between two runs of text is the story's next subheading where the text
over it runs on from a subheading of the story already told, even where the
part under it opens on another side of the story (its words do not come back)
and runs in a narrower measure (set beside a photo: the widths tell nothing).
A person's name over a title (an author set over a new article's headline) is
not such a label, and with no subheading over the text the stack heads a new
article. Invented text, one printed line a line of the stream."""

import banmian

_LEAD = ("每到腊月，石桥村家家户户都要忙年。腊月二十三祭灶，二十四扫房，二十五磨豆腐，"
         "老人们说，一天有一天的讲究，忙年忙的是一份心意。")
_PART_ONE = ("腊月二十五这天，村里的石磨转个不停。黄豆提前一晚泡上，天不亮就开始磨，"
             "磨出的豆浆倒进大锅里煮开，再点上卤水，一锅豆腐就成了。刚出锅的豆腐冒着热气，"
             "孩子们围着大锅，每人能分到一小碗豆腐脑，撒上葱花，香得很。")
_PART_TWO = ("正月初二，出嫁的姑娘要带着女婿回娘家。天刚亮，小两口就提着点心匣子上路，"
             "翻过两道山梁才到娘家门口。进门先给老人拜年，说上几句吉利话，"
             "老人笑得合不拢嘴，赶紧端出早就备好的花生和糖块。")
_LABEL = ["回娘家", "小两口翻山回娘家，老人早早等在门口"]
_NAMED = ["王小川", "小两口翻山回娘家，老人早早等在门口"]


def _lines(text: str, measure: int = 16) -> list[str]:
    return [text[i:i + measure] for i in range(0, len(text), measure)]


def _articles(stack: list[str], told: bool = True) -> list[dict]:
    first = ["磨豆腐", "一锅豆腐过个年"] if told else []
    text = "\n".join(["山乡周报", "第4版", "石桥村里忙过年", "本报记者 李田", *_lines(_LEAD), *first, *_lines(_PART_ONE),
                      *stack, *_lines(_PART_TWO, 12)])
    return banmian.parse_text(text, enrich=False).to_dict()["pages"][0]["articles"]


def test_a_labelled_heading_after_a_told_subheading_heads_the_story_s_next_part() -> None:
    articles = _articles(_LABEL)
    assert [a["headline"]["title"] for a in articles] == ["石桥村里忙过年"]
    body = "".join(articles[0]["paragraphs"])
    assert "一锅豆腐过个年" in body and body.endswith("花生和糖块。")


def test_a_name_over_a_title_heads_a_new_article() -> None:
    articles = _articles(_NAMED)
    assert len(articles) == 2
    assert "正月初二" not in "".join(articles[0]["paragraphs"])
    assert "正月初二" in "".join(articles[1]["paragraphs"])


def test_with_no_subheading_over_the_text_the_stack_heads_a_new_article() -> None:
    articles = _articles(_LABEL, told=False)
    assert len(articles) == 2
    assert "正月初二" not in "".join(articles[0]["paragraphs"])
    assert "正月初二" in "".join(articles[1]["paragraphs"])


def test_a_title_set_in_two_halves_of_one_length_is_no_label() -> None:
    # (its halves and a series label under them come as three headline units)
    articles = _articles(["山梁那边", "娘家门口", "新春走基层"])
    assert len(articles) == 2
    assert "正月初二" not in "".join(articles[0]["paragraphs"])
