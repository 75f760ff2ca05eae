"""Text mode on a line stream: two headlines meeting between their bodies (the
one drawn after its body, the next drawn before its own), told apart by their
—— subtitles, and a title's column tag naming a series. Own sample text; see
tests/test_line_stream.py for the typesetter."""

from __future__ import annotations

import banmian
from banmian.layout.tier_reading import reread_tiers, title_then_subtitle
from banmian.model import Headline
from tests.test_line_stream import FERRY, PARKS, stream, typeset_body

#: a report on a market, its headline to be drawn after it
_MARKET = ["城西菜市场改造后重新开业，新增摊位一百多个，市民买菜更加方便。",
           "菜市场负责人介绍，改造后的市场实行统一管理，蔬菜价格保持平稳。"]
#: a report on a library, its headline to be drawn before it
_LIBRARY = ["江城图书馆新馆近日向读者开放，藏书达到一百万册，每天接待读者三千人次。",
            "图书馆负责人说，新馆还开设了少儿阅览区和自习室，读者可以在网上预约座位。"]


def _articles(*lines: str) -> list[banmian.model.Article]:
    return banmian.parse_text(stream(*lines), enrich=False).pages[0].articles


def test_two_subtitles_in_one_group_part_two_headlines_between_them():
    # the market's headline (title, —— subtitle) after its body, the library's (a title that names
    # neither body, its —— subtitle naming its own) before its body: no headline opens with its
    # subtitle, and one headline has one; the second opens on the tier between the two
    articles = _articles("城东公园开工", "本报记者 周明", *typeset_body(PARKS), *typeset_body(_MARKET),
                         "城西菜市场重新开业", "——新增摊位一百多个",
                         "春风吹过江岸边", "——江城图书馆新馆向读者开放", *typeset_body(_LIBRARY))
    assert [(a.headline.title, a.headline.subtitle) for a in articles] == [
        ("城东公园开工", None), ("城西菜市场重新开业", "——新增摊位一百多个"),
        ("春风吹过江岸边", "——江城图书馆新馆向读者开放")]
    assert articles[1].paragraphs == _MARKET and articles[2].paragraphs == _LIBRARY


def test_a_title_with_its_subtitle_under_a_tagged_title_opens_the_next_headline():
    # a title closed by its column's tag ends its headline but for a —— subtitle right under it:
    # a plain tier with its own —— subtitle under the tagged one is the next headline's title, where
    # the tagged title tells of the body before it (it closes that one)
    articles = _articles(*typeset_body(_MARKET), "小市场里的大民生（城事观察）", "“读书的地方更宽敞了”",
                         "——走进江城图书馆新馆", "本报记者 林涛", *typeset_body(_LIBRARY),
                         "轮渡新增两条航线", *typeset_body(FERRY))
    assert [(a.headline.title, a.headline.subtitle) for a in articles] == [
        ("小市场里的大民生（城事观察）", None), ("“读书的地方更宽敞了”", "——走进江城图书馆新馆"),
        ("轮渡新增两条航线", None)]
    assert articles[0].paragraphs == _MARKET and articles[1].paragraphs == _LIBRARY


#: a column's tag naming its series after the ·, longer than a plain tag
_TAGGED = "告别旱厕，树立新风（城市治理在身边·关注农村改厕②）"


def test_a_tier_closed_by_a_long_series_tag_is_the_title():
    # the tier carrying the column's tag is the 主题 however long the tag: the tier over it,
    # reporting a finished event, is its kicker, no title with a subtitle under it
    assert not title_then_subtitle("江城完成三百座公厕改造", _TAGGED)
    head = Headline(title="江城完成三百座公厕改造", subtitle=_TAGGED)
    reread_tiers(head, False, True)
    assert (head.kicker, head.title, head.subtitle) == ("江城完成三百座公厕改造", _TAGGED, None)


#: a photo story, its headline (a place, then a phrase naming none of its words) drawn after it
_VILLAGE = ["今年二十九岁的她是土生土长的青山村人，去年在村里开起了农家乐，一年收入十多万元。"]
#: a report whose quote shares one pair (我要) with that headline's second tier, by chance
_RECYCLING = ["春节过后，城北小区的居民通过手机预约师傅上门回收垃圾，旧纸箱和塑料瓶都能换成积分。",
              "小区居民王大爷说：“我要把旧纸箱攒起来，下个月换一袋大米。”"]


def test_one_shared_pair_makes_no_tier_lean_to_the_next_body():
    # the kicker names the story above it; the title under it shares a single pair with the next
    # report and none with the story: chance, no lean, so the two tiers stay one headline (with the
    # author's name under them) closing the story, not a kicker alone and a title over the report
    articles = _articles(*typeset_body(_VILLAGE), "江北青山村", "日子好了，我要学手艺", "林涛",
                         *typeset_body(_RECYCLING), "记者 王明 李华", "城北街道试点", "废品上门收 旧物换积分")
    assert [(a.headline.kicker, a.headline.title) for a in articles] == [
        ("江北青山村", "日子好了，我要学手艺"), ("城北街道试点", "废品上门收 旧物换积分")]
    assert articles[0].paragraphs == _VILLAGE and [b.name for b in articles[0].bylines] == ["林涛"]
    assert articles[1].paragraphs == _RECYCLING and [b.name for b in articles[1].bylines] == ["王明", "李华"]


_SNOW = ["昨天夜间至今天白天，江城普降小雪，这是今冬江城迎来的首场降雪。",
         "气象部门预计，未来三天全市气温持续偏低，市民出行需注意防滑。"]
_MEETING = ["本报江城3月2日电 江城市政府第十二次常务会议今天下午举行，会议听取了老街保护条例草案起草情况的汇报。"]


def test_a_wrapped_lines_last_character_alone_over_a_vertical_name_closes_that_line():
    # the next headline's subtitle wraps in its box (two full lines) and leaves its last character
    # alone on a line, right before its author's name set vertically (a glyph a line): that
    # character is no name's (no surname), the line's tail; the name stands alone and the two
    # headlines meeting between the bodies part where their words do
    articles = _articles(*typeset_body(_SNOW), "江城迎来今冬首场降雪", "未来三天气温持续偏低",
                         "江城市长主持召开第", "十二次常务会议", "决定将老街保护条例草", "案等交付常委会会议表",
                         "决", "郑", "和", *typeset_body(_MEETING))
    assert len(articles) == 2 and articles[0].paragraphs == _SNOW
    assert articles[1].paragraphs == [_MEETING[0].split(" ", 1)[1]]
    assert articles[1].headline.title == "江城市长主持召开第十二次常务会议"
    assert articles[1].headline.subtitle == "决定将老街保护条例草案等交付常委会会议表决"
    assert [b.name for b in articles[1].bylines] == ["郑和"]
