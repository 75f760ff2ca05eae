"""Text mode: a title set as two phrases of one length a line each (湖水清了 /
鱼虾多了, “春风”到江城 / “暖心”送上门) was read as kicker and
title, or as title and subtitle. A kicker sets the scene and a subtitle says
more, in words of their own length; a tier that is the title's twin in length
with no mark is the title's other half. A kicker or subtitle of another
length, or holding a clause's mark, stays; so do tiers of eight characters
or more (a title and a subtitle saying more), a kicker naming a contest and a
label over a name.
Invented text."""

import banmian
from banmian.layout.parallel_titles import parallel_tiers_are_one_title
from banmian.model import Headline


def _read(**tiers: str) -> tuple:
    head = Headline(**tiers)
    parallel_tiers_are_one_title(head)
    return head.kicker, head.title, head.subtitle


def test_a_kicker_as_long_as_the_title_is_its_first_phrase() -> None:
    assert _read(kicker="湖水清了", title="鱼虾多了") == (None, "湖水清了 鱼虾多了", None)


def test_a_subtitle_as_long_as_the_title_is_its_second_phrase() -> None:
    got = _read(title="“春风”到江城", subtitle="“暖心”送上门")
    assert got == (None, "“春风”到江城 “暖心”送上门", None)


def test_tiers_of_eight_characters_say_more_than_a_phrase() -> None:
    got = _read(title="江城渡口新添两船", subtitle="江心岛往来更方便")
    assert got == (None, "江城渡口新添两船", "江心岛往来更方便")


def test_three_tiers_of_one_length_are_one_title() -> None:
    assert _read(kicker="路修好了", title="灯点亮了", subtitle="人回来了") == (None, "路修好了 灯点亮了 人回来了", None)


def test_a_kicker_of_another_length_stays() -> None:
    assert _read(kicker="江城湖区治理见实效", title="鱼虾多了") == ("江城湖区治理见实效", "鱼虾多了", None)


def test_a_subtitle_with_a_clause_mark_stays() -> None:
    assert _read(title="湖水清了", subtitle="鱼虾多了，") == (None, "湖水清了", "鱼虾多了，")
    assert _read(title="江城湖水清了", subtitle="——记护湖人") == (None, "江城湖水清了", "——记护湖人")


def test_a_kicker_of_parallel_phrases_over_a_title_of_one_stays() -> None:
    got = _read(kicker="上学有补助 看病有保障", title="日子越过越甜")
    assert got == ("上学有补助 看病有保障", "日子越过越甜", None)


def test_a_label_over_a_name_is_no_title() -> None:
    assert _read(kicker="看一看", title="王小川") == ("看一看", "王小川", None)


_HEAD = ["江城日报", "2026年3月5日 星期四", "第3版 要闻"]
_ABOVE = ["江城新建的三座公园本月对市民开放，", "园内种植花木两万多株。", "市园林局负责人说，公园全天开放。"]
_TEXT = ["本报江城3月4日电 记者从市农业局获悉，", "今年全市治理湖区水面两万亩，湖水变清，",
         "鱼虾回来了，沿湖渔民的收入明显增加。", "市农业局负责人介绍，明年还将治理更多",
         "的河道和池塘，让群众看得见变化。"]


def test_a_page_reads_two_phrase_blocks_as_one_title() -> None:
    # (blocks as PyMuPDF gives them: a text, the headline's two lines a block each, the next text)
    text = "\n\n".join(["\n".join(_HEAD), "\n".join(_ABOVE), "让湖水更清", "让鱼虾更多", "\n".join(_TEXT)]) + "\n"
    articles = banmian.parse_text(text, enrich=False).to_dict()["pages"][0]["articles"]
    head = next(a["headline"] for a in articles if a["paragraphs"][0].startswith("记者从"))
    assert (head["kicker"], head["title"], head["subtitle"]) == (None, "让湖水更清 让鱼虾更多", None)


def test_a_kicker_naming_the_contest_stays() -> None:
    assert _read(kicker="江城龙舟邀请赛", title="湖畔村夺得冠军") == ("江城龙舟邀请赛", "湖畔村夺得冠军", None)
