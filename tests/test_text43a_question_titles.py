"""A 主题 may close with ？ or ！: a short question of one clause right under a
headline line that ends no sentence (its kicker) is the title, not a paragraph
of one line; so are the two lines kicker and question where the line stream
kept them in one unit. A paragraph's last line closing a quotation or a
sentence begun lines above stays body. Invented text, as a line stream gives it."""

import banmian

_BODY = """江城连日降雨，不少市民出行
受到影响。据市气象台统计，本
月以来全市平均降水日数达十八
天，比常年同期偏多七天，日照
时数明显偏少。气象专家介绍，
近期冷暖空气在江南一带交汇，
形成了持续性阴雨天气，预计这
种天气还将持续一周左右。"""

_OTHER = """本报讯 记者从市交通运输局
获悉，今年春运期间全市道路
运输安全平稳有序，累计发送
旅客八十六万人次。为方便群
众出行，市里新开通了三条城
乡公交线路，并在各汽车站增
设了便民服务点。"""


def _headlines(lines: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    text = "\n".join(["江城日报", "2026年3月2日 星期一 第5版", *lines, _BODY,
                     "春运期间全市道路运输安全平稳", "本报记者 周远", _OTHER]) + "\n"
    edition = banmian.parse_text(text, enrich=False)
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for p in edition.pages for a in p.articles]


def test_question_under_its_kicker_after_the_page_head() -> None:
    heads = _headlines(["责任编辑：王小明  美编：李华  校对：张强", "本月降水日数偏多，预计还将持续一周",
                        "江城为何阴雨连绵？", "本报记者 李华"])
    assert heads[0] == ("本月降水日数偏多，预计还将持续一周", "江城为何阴雨连绵？", None)


def test_question_sharing_its_kicker_s_block_is_the_title() -> None:
    blocks = ["江城日报", "2026年3月2日 星期一 第5版", "本月降水日数偏多，预计还将持续一周\n江城为何阴雨连绵？",
              "本报记者 李华", _BODY.replace("\n", ""), "春运期间全市道路运输安全平稳", "本报记者 周远",
              _OTHER.replace("\n", "")]
    edition = banmian.parse_text("\n\n".join(blocks) + "\n", enrich=False)
    head = edition.pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == ("本月降水日数偏多，预计还将持续一周", "江城为何阴雨连绵？", None)
