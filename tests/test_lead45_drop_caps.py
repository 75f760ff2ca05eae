"""A drop cap (首字下沉) in extracted text: the character alone on its line
opens its paragraph, which reads whole; a character alone elsewhere (a
weather box's 晴, a headline's tail) is left as it is (text mode; invented
text as get_text gives it)."""

from __future__ import annotations

import banmian
from banmian.layout.text_drop_caps import drop_caps_joined
from banmian.model import Block

PAGE = """2024年5月12日 星期日
第8版
副刊
老屋的枣树
林青禾
老
屋门前有一棵枣树，
是祖父年轻时亲手栽
下的，如今已经长得
比屋脊还高。每年秋
天，枣子红了，孩子们便拿着
竹竿去打，祖母在树下捡，一
边捡一边笑。
后来老屋空了，枣树还在。
每次回去，我都要在树下站一
会儿，仿佛还能听见那些笑声。
"""


def test_a_drop_cap_opens_its_paragraph():
    article = banmian.parse_text(PAGE, enrich=False).pages[0].articles[0]
    assert article.headline.title == "老屋的枣树"
    # (the author's name alone under the title is not asked here)
    assert article.paragraphs[-2] == ("老屋门前有一棵枣树，是祖父年轻时亲手栽下的，如今已经长得比屋脊还高。"
                                     "每年秋天，枣子红了，孩子们便拿着竹竿去打，祖母在树下捡，一边捡一边笑。")


def test_a_glyph_alone_in_a_box_of_short_items_is_no_cap():
    lines = ["江城天气", "明天", "晴", "14～25℃", "后天", "小雨", "13～19℃"]
    blocks = [Block(list(lines))]
    assert drop_caps_joined(blocks)[0].lines == lines


def test_a_headline_tail_alone_over_an_indented_paragraph_is_no_cap():
    lines = ["两国外长在京举行会", "谈", "新华社北京5月6日电 外交部", "长王明6日在北京同来访的邻国外",
             "长举行会谈。双方就两国关系和共", "同关心的国际地区问题交换意见。"]
    assert drop_caps_joined([Block(list(lines))])[0].lines == lines
