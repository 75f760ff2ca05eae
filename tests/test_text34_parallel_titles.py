"""Text mode (issue 9): a title set as parallel phrases of one length that closes
with its column's tag, its phrases a line each, is one title; the phrase over the
tagged line is no kicker by itself. Own sample text."""

from __future__ import annotations

from banmian.layout.parallel_titles import parallel_phrase_joins_tagged_title
from banmian.layout.tier_reading import banner_over_two_tiers
from banmian.model import Headline
from tests.test_line_stream import PARKS, STREET, stream
from tests.test_line_stream import typeset_body as _body

import banmian


def _joined(kicker: str, title: str) -> tuple[str | None, str | None]:
    head = Headline(kicker=kicker, title=title)
    parallel_phrase_joins_tagged_title(head)
    return head.kicker, head.title


def test_a_lead_in_ending_on_a_colon_and_its_phrase_join_the_tagged_title():
    assert _joined("林江：巡堤老兵", "风雨无阻（江城人物谱）") == (None, "林江：巡堤老兵 风雨无阻（江城人物谱）")


def test_phrases_too_short_for_a_kicker_are_all_the_titles():
    assert _joined("守望互助", "同行（江城论坛）") == (None, "守望 互助 同行（江城论坛）")
    assert _joined("守望 互助", "同行（江城论坛）") == (None, "守望 互助 同行（江城论坛）")


def test_a_kicker_keeps_what_stands_before_the_parallel_phrase():
    assert _joined("江城龙舟绿水争先", "碧波竞渡（江城年俗）") == ("江城龙舟", "绿水争先 碧波竞渡（江城年俗）")


def test_a_tier_whose_last_words_are_no_phrase_of_their_own_stays_the_kicker():
    # the kicker's last four characters are cut out of a longer run of words
    assert _joined("江城老城区二十条街巷完成改造", "焕然一新（江城观察）") == (
        "江城老城区二十条街巷完成改造", "焕然一新（江城观察）")
    # a title of more than one phrase, or longer than a phrase, keeps its kicker
    assert _joined("江城龙舟绿水争先", "碧波竞渡 岸上欢腾（江城年俗）")[0] == "江城龙舟绿水争先"
    # a slogan band of two phrases set a space apart stays over the title whole
    assert _joined("守护绿水 建设家园", "碧波竞渡（江城年俗）") == ("守护绿水 建设家园", "碧波竞渡（江城年俗）")
    # no tag: nothing tells the tagged 主题
    assert _joined("江城龙舟绿水争先", "碧波竞渡") == ("江城龙舟绿水争先", "碧波竞渡")


def test_two_phrases_of_one_length_under_a_slogan_band_are_the_title_whole():
    head = Headline(kicker="建设美丽江城 共享绿色家园", title="湖畔新绿 春日开园（江城观察）")
    banner_over_two_tiers(head)
    assert (head.kicker, head.title) == (None, "湖畔新绿 春日开园（江城观察）")
    head = Headline(kicker="建设美丽江城 共享绿色家园", title="城东湿地公园 春日开园（江城观察）")
    banner_over_two_tiers(head)
    assert (head.kicker, head.title) == ("城东湿地公园", "春日开园（江城观察）")


def test_a_parallel_title_in_a_line_stream_is_one_title():
    lines = ["林江：巡堤老兵", "风雨无阻（江城人物谱）", "本报记者 林涛", *_body(PARKS),
             "老街改造惠及千户居民", "本报记者 张文", *_body(STREET)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    heads = [(a.headline.kicker, a.headline.title) for a in page.articles]
    assert heads[0] == (None, "林江：巡堤老兵 风雨无阻（江城人物谱）")



def test_a_slogan_band_under_a_kicker_and_its_title_joins_no_tier():
    # a kicker naming a speaker, its title, and a page's slogan band (two phrases of one length
    # set a space apart) drawn right under them: the band is no tier, not the title's tail
    from banmian.layout.tier_reading import reread_tiers
    head = Headline(kicker="市长在城建工作会议上强调", title="加快老城更新步伐", subtitle="建设美丽江城 共享绿色家园")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.kicker, head.title, head.subtitle) == ("市长在城建工作会议上强调", "加快老城更新步伐", None)


def test_a_subtitle_reporting_a_parallel_event_keeps_the_two_tiers_over_it_one_title():
    # a title wrapped over two lines (its second opens with 就: no tier opens so) over a subtitle
    # telling of a parallel event in the same words, the extractor spacing a name in it (so it
    # looks like a title of two phrases): the subtitle stays, the two lines over it are the title
    from banmian.layout.tier_reading import reread_tiers
    head = Headline(kicker="张明同甲国总统李华", title="就两国建交三十周年互致贺电", subtitle="王强同甲国总理赵 刚互致贺电")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.kicker, head.title, head.subtitle) == (
        None, "张明同甲国总统李华就两国建交三十周年互致贺电", "王强同甲国总理赵 刚互致贺电")
