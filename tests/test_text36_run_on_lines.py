"""Text mode on real extractors' output (issue 9): a line of text standing
apart where the text turns to a narrower column, cut off in mid-clause (text36b).
Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset, typeset_paragraphs

_SERVICE = ["今年城南区把社区服务搬到了居民家门口，各街道的便民服务中心延长了开放时间，周末也有人值班。",
            "区政务服务中心负责人介绍，居民办理社保、医保等业务，在家门口就能办好，不用再跑到区里排队。"]
#: the last paragraph: its first line (two clauses, no mark at its end: 方便 / 居民…) stands apart
#: in the line stream where the next article's narrow column follows
_LAST = "据介绍，该区还新建了社区服务站十二个，方便居民就近办理各项业务，并开通咨询电话，及时回应群众关心的问题。"
_FERRY = ["本报江城5月12日电（记者 王远）江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次。",
          "轮渡公司负责人表示，新航线将在春节前开通，票价与原有航线相同。"]


def test_a_line_cut_off_in_mid_clause_opens_the_paragraph_under_it():
    lines = ["城南区便民服务进社区", *typeset_paragraphs(_SERVICE, 23), *typeset(_LAST, 23),
             "江城轮渡新增两条航线", *typeset_paragraphs(_FERRY, 10)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城南区便民服务进社区", "江城轮渡新增两条航线"]
    assert articles[0].paragraphs[-1] == _LAST


def test_a_lone_title_with_a_comma_stays_a_title():
    # a title of two parallel phrases (one comma, a phrase's end closing it) between two articles'
    # texts is no line of text cut off: it heads the second
    title = "稳住菜篮子，守护好民生"
    lines = ["城南区便民服务进社区", *typeset_paragraphs(_SERVICE, 23), title,
             *typeset_paragraphs(_FERRY, 10)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城南区便民服务进社区", title]


def test_a_title_of_three_phrases_narrower_than_the_column_stays_a_title():
    # three phrases, two commas and a phrase's last character closing it, but not as wide as a line of
    # the column over it nor of the one under it: a headline set apart, no line of text cut off
    title = "稳字当头，进字为先，扎实推进各项工作"
    lines = ["城南区便民服务进社区", *typeset_paragraphs(_SERVICE, 23), title,
             *typeset_paragraphs(_FERRY, 10)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城南区便民服务进社区", title]
