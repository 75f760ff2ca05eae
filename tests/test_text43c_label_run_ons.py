"""A column's label run into the title on one line, as ``pdftotext -raw``
prints what stands on one baseline (invented headlines and bodies): the
label (学思践悟, or a briefs' heading, 新闻速递) names the column, and the
article spells none of its words; a title's own first phrase tells of its
article, or is as short as the phrase beside it."""

from __future__ import annotations

from banmian.layout.label_run_ons import no_label_run_into_title
from banmian.model import Headline

BODY = "江城市政协昨日召开远程协商会，委员们围绕老旧小区改造建言献策，会议通过视频连线进行。"


def _title(title: str, body: str = BODY, kicker: str | None = None) -> str | None:
    head = Headline(kicker=kicker, title=title)
    no_label_run_into_title(head, body)
    return head.title


def test_label_before_a_long_title_goes():
    assert _title("学思践悟 市政协召开远程协商会议") == "市政协召开远程协商会议"
    assert _title("观点集萃 老旧小区改造要问计于民（城建观察）") == "老旧小区改造要问计于民（城建观察）"
    assert _title("新闻速递委员建言") == "委员建言"
    assert _title("一周快讯 委员建言") == "委员建言"


def test_title_phrases_stay():
    # two phrases as long as each other, a tag aside
    assert _title("各种政策 吸引人才回乡（城建观察）") == "各种政策 吸引人才回乡（城建观察）"
    # the body tells of the first phrase
    assert _title("协商议事 市政协召开远程协商会议") == "协商议事 市政协召开远程协商会议"
    # a heading's word the body spells (速递员) is the title's
    assert _title("速递员的一天", "快递小哥是城市里的速递员，每天要送两百多件包裹。") == "速递员的一天"
    assert _title("市政协召开远程协商会议") == "市政协召开远程协商会议"
    # three parallel phrases of one title, the first as short as a label
    assert _title("巷子宽了 路灯亮了 邻里笑了（城建观察）") == "巷子宽了 路灯亮了 邻里笑了（城建观察）"
