"""A title cut inside it is read as kicker + title where text gives no sizes:
its tail of one character, or a first line ending in a preposition whose
object opens the next line. Every text here is invented."""

from __future__ import annotations

import banmian
from banmian.layout.tier_reading import join_cut_title
from banmian.model import Headline

from tests.test_line_stream import FERRY, PARKS, stream, typeset_body


def _head(kicker: str | None, title: str, subtitle: str | None = None) -> Headline:
    head = Headline(kicker=kicker, title=title, subtitle=subtitle)
    join_cut_title(head)
    return head


def test_a_one_character_title_is_the_tail_of_the_line_above():
    assert _head("雪地里的哨兵 寒风中的战", "士") == Headline(None, "雪地里的哨兵 寒风中的战士", None)


def test_a_line_ending_in_a_preposition_goes_on_into_the_next():
    assert _head("江城冰雪节推介会在", "京举行") == Headline(None, "江城冰雪节推介会在京举行", None)
    assert _head("江城市长同来访代表团就", "港口合作交换意见").title == "江城市长同来访代表团就港口合作交换意见"


def test_a_kicker_ending_in_a_word_of_the_same_character_stays():
    assert _head("三十年坚守铸就的成就", "老船长的航海日记") == Headline("三十年坚守铸就的成就", "老船长的航海日记", None)
    assert _head("问题所在", "城东公园为何游人稀少").kicker == "问题所在"


def test_a_line_ending_in_a_conjunction_goes_on_into_the_next():
    """和, 与, 及 join two things: the second is on the next line, and no tier ends
    so (a word ending in the same character, 祥和, 参与, 普及, ends a phrase)."""
    assert _head("江城老旧小区地下管网和", "外墙改造年底完工") == Headline(None, "江城老旧小区地下管网和外墙改造年底完工", None)
    assert _head("推动老旧小区改造与", "城市更新同步进行").title == "推动老旧小区改造与城市更新同步进行"
    assert _head("欢乐祥和", "江城百姓闹元宵").kicker == "欢乐祥和"
    assert _head("垃圾分类知识进校园 人人参与", "江城小学生当起环保宣传员").kicker == "垃圾分类知识进校园 人人参与"


def test_a_headline_wrapped_after_a_conjunction_over_a_wide_line_is_one_title():
    """A headline's first line, ending in 和, over a line more than half as wide
    (which a kicker over its title would be): one title wrapped in its box."""
    text = stream("轮渡新增两条航线", "本报记者 李平", *typeset_body(FERRY), "江城首批十二个老旧小区的地下管网和",
                  "外墙改造年底前全部完工", "本报记者 赵冬", *typeset_body(PARKS))
    heads = [(a.headline.kicker, a.headline.title) for a in banmian.parse_text(text, enrich=False).pages[0].articles]
    assert (None, "江城首批十二个老旧小区的地下管网和外墙改造年底前全部完工") in heads


def test_a_brief_title_cut_over_two_lines_is_one_title():
    text = stream("轮渡新增两条航线", "本报记者 李平", *typeset_body(FERRY), "江城冰雪节推介会在", "京举行", "本报记者 赵冬",
                  *typeset_body(PARKS))
    titles = [a.headline.title for a in banmian.parse_text(text, enrich=False).pages[0].articles]
    assert "江城冰雪节推介会在京举行" in titles


def test_two_tiers_over_a_title_of_two_phrases_are_one_kicker_wrapped():
    from banmian.layout.tier_reading import kicker_wrapped_over_phrases

    head = Headline("2019“春风”“暖冬”", "两项行动同时启动", "严查违规 保障市民安全出行")
    kicker_wrapped_over_phrases(head)
    assert head == Headline("2019“春风”“暖冬”两项行动同时启动", "严查违规 保障市民安全出行", None)
    # a slogan band of two phrases of one length stays where it is (another rule's to drop)
    band = Headline("江城冬季安全行动", "两项行动同时启动", "共建美丽江城 同享幸福生活")
    kicker_wrapped_over_phrases(band)
    assert band.subtitle == "共建美丽江城 同享幸福生活"


def test_authors_names_under_two_tiers_are_no_title_of_two_phrases():
    from banmian.layout.tier_reading import kicker_wrapped_over_phrases

    head = Headline("始终把市民放在心上", "城东公园建设必将惠及全城", "王江平 赵冬梅")
    kicker_wrapped_over_phrases(head)
    assert head.title == "城东公园建设必将惠及全城"
    head = Headline("面对共同问题", "江城邻市峰会聚焦港口合作", "申小林 强薇")
    kicker_wrapped_over_phrases(head)
    assert head.title == "江城邻市峰会聚焦港口合作"
