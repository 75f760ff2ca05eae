"""A headline line's wrapped tail that looks like an author's name (a surname
and one or two characters) is the tier's tail where the tier's form says so:
the second of two phrases a space apart comes short of the first by just as
many characters (…春水 / 向东流), or the tail ends in an event's verb (…在滨
/ 江开幕), which no given name is. Invented text, as a line stream gives it."""

import banmian

_BODY = """本报讯 春节假期，江城各
地举办了丰富多彩的民俗活
动，舞龙舞狮、猜灯谜、逛
庙会，处处洋溢着喜庆祥和
的节日气氛。据统计，假期
全市共接待游客一百二十万
人次，同比增长百分之十二。
“今年的活动比往年更热闹，
孩子们玩得特别开心。”带着
家人来逛庙会的市民李先生
说。"""


_OTHER = """本报讯 记者从市交通运输局
获悉，今年春运期间全市道路
运输安全平稳有序，累计发送
旅客八十六万人次。为方便群
众出行，市里新开通了三条城
乡公交线路，并在各汽车站增
设了便民服务点。“现在回村
坐公交只要半个小时，比以前
方便多了。”家住青石镇的张
大爷说。"""


def _titles(headline: str) -> list[tuple[str | None, list[str]]]:
    text = "\n".join(["江城日报", "2026年3月2日 星期一 第5版", headline, _BODY,
                     "春运期间全市道路运输安全平稳", "本报记者 周远", _OTHER]) + "\n"
    edition = banmian.parse_text(text, enrich=False)
    return [(a.headline.title, [b.name for b in a.bylines]) for page in edition.pages for a in page.articles]


def test_tail_completing_the_second_phrase_is_no_author() -> None:
    titles = _titles("古镇焕新颜 春水\n向东流")
    assert titles and titles[0][0].replace(" ", "") == "古镇焕新颜春水向东流"
    assert "向东流" not in titles[0][1]


def test_tail_ending_in_an_event_verb_is_no_author() -> None:
    titles = _titles("江城风筝节在滨\n江开幕")
    assert titles and titles[0][0] == "江城风筝节在滨江开幕"
    assert titles[0][1] == []
