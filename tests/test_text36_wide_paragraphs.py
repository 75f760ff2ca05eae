"""Text mode on real extractors' output (issue 9): paragraphs set wider than
the article's columns, an editor's note over the body and a link box under
it (text36b). Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset_paragraphs

_NOTE = ("编者按：老街是城市的记忆。近些年，不少城市在改造老街时留住了原有的街巷肌理，让老字号、老手艺重新热闹起来。"
         "本报今起推出“老街新生”系列报道，讲述老街里的新故事。")
#: the body's lines in a column of 13 as set: a paragraph's first line indented (11), a mark hung past
#: the column (14), and a sentence of the first paragraph ending at a full line's end (…早起食客。)
_BODY_LINES = [["早上七点，城南老街的豆", "花店里已经坐满了早起食客。", "老周在这条街上做了三十年豆",
                "花，街坊们都认得他，常来店", "里坐一坐。"],
               ["去年老街改造，老周的店", "换上了新门面，店里的老灶台", "却原样保留了下来，一点没变。"],
               ["如今，老街的人气越来越", "旺，周末一天能卖出四五百碗", "豆花，还带动了隔壁几家小吃", "店的生意。"]]
_BODY = ["".join(lines) for lines in _BODY_LINES]
_LINK = ("【相关链接】城南老街始建于清代，全长六百余米，现有老字号店铺二十多家，去年被列入省级历史文化街区名录，"
         "改造工程保留了沿街的青石板路和木结构铺面。")
_NEXT = ["江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次。",
         "轮渡公司负责人表示，新航线将在春节前开通，票价与原有航线相同。"]


def _wide(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _parse(lines: list[str]) -> list[banmian.Article]:
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def _page(link: list[str]) -> list[str]:
    return ["老街豆花飘香三十年", "本报记者 陈静", *_wide(_NOTE, 56), *[line for lines in _BODY_LINES for line in lines], *link,
            "江城轮渡新增两条航线", "本报记者 钱亮", *typeset_paragraphs(_NEXT, 14)]


def test_an_editors_note_set_across_the_article_is_its_first_paragraph():
    # the note's two lines are wider than the body's column: one paragraph, which gives the body's
    # paragraphs no width to be cut by
    articles = _parse(_page(_wide(_LINK, 64)))
    assert [a.headline.title for a in articles] == ["老街豆花飘香三十年", "江城轮渡新增两条航线"]
    assert articles[0].paragraphs[:4] == [_NOTE, *_BODY]


def test_a_link_box_set_wide_is_the_articles_last_paragraph():
    # its first line stops in mid-clause, the line under it closes the sentence
    articles = _parse(_page(_wide(_LINK, 64)))
    assert articles[0].paragraphs[-1] == _LINK
    assert articles[1].headline.kicker is None


def test_a_sentence_set_wide_on_one_line_is_no_kicker_of_the_next_headline():
    # one line of clauses closed by 。 over the next article's headline: text, never a headline tier
    articles = _parse(_page([_LINK]))
    assert [a.headline.title for a in articles] == ["老街豆花飘香三十年", "江城轮渡新增两条航线"]
    assert articles[0].paragraphs[-1] == _LINK
    assert articles[1].headline.kicker is None


def test_a_box_label_over_a_paragraph_set_wide_closes_the_article():
    # 相关链接 alone, then the box's text on one wide line, then the next article's headline: the box
    # closes the article over it, its label a heading inside it
    link = _LINK.removeprefix("【相关链接】")
    articles = _parse(_page(["相关链接", link]))
    assert [a.headline.title for a in articles] == ["老街豆花飘香三十年", "江城轮渡新增两条航线"]
    assert articles[0].paragraphs[-2:] == ["相关链接", link]


def test_a_short_title_over_a_paragraph_in_columns_heads_its_own_article():
    # a brief's short title over its one paragraph set in a column (of its own width): a new article,
    # no box
    brief = ("江城图书馆日前在城东和城西新增两处自助借还点，市民凭读者证即可借阅图书，每天开放到晚上九点，"
             "周末也不休息。图书馆负责人介绍，今年还将在各街道陆续增设借还点，方便市民就近借书还书。")
    articles = _parse(_page(["书香满城", *typeset_paragraphs([brief], 16)]))
    assert [a.headline.title for a in articles] == ["老街豆花飘香三十年", "书香满城", "江城轮渡新增两条航线"]
    assert articles[1].paragraphs == [brief]
