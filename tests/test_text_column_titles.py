"""Text mode (an extractor's line stream, no blank lines): headlines the
independent test pages showed lost, told by what the text keeps of a
headline: a line as wide as a column with no mark at all over a paragraph's
indented first line. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, typeset

_FERRY = ["江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次。",
          "轮渡公司负责人表示，新航线将在春节前开通，票价与原有航线相同，江心岛居民今后出行将更加方便。"]
_STREET = ["城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰，老街还保留了传统街巷风貌。",
           "据了解，改造后的街区新增停车位两百个，居民出行更加便利。",
           "街道负责人说，下一步将引入专业物业服务，让老街既改得好，也管得好，居民住得更加舒心。"]


def _lines(paragraphs: list[str], width: int) -> list[str]:
    return [line for p in paragraphs for line in typeset(p, width)]


def _titles(text: str) -> list[str | None]:
    return [a.headline.title for a in banmian.parse_text(text, enrich=False).pages[0].articles]


def test_a_title_as_wide_as_the_column_above_opens_the_body_under_it():
    """The body above ends a sentence on a full line; the next line, as wide as the
    column and holding no mark, stands over a paragraph's indented first line: no
    paragraph opens unindented or ends without a mark, so it is the next article's
    title, not a line of the body above."""
    ferry = _lines(_FERRY, 12)
    assert len(ferry[-1]) == 12 and ferry[-1].endswith("。")  # the body ends on a full line
    text = "\n".join(["江城新增轮渡航线", *ferry, "城南老街改造告别积水困扰", *_lines(_STREET, 12)]) + "\n"
    assert _titles(text) == ["江城新增轮渡航线", "城南老街改造告别积水困扰"]


def test_a_column_label_over_a_title_between_bodies_of_one_measure_opens_an_article():
    """A column's label (民生关注) over a title, between two bodies set in one
    column width: the width does not tell a label over a subheading from a
    column's logo over a new article, the words do: the title's words open the
    text under it and none of the text over it."""
    text = "\n".join(["江城新增轮渡航线", *_lines(_FERRY, 12), "民生关注", "老街改造告别积水困扰",
                      *_lines(_STREET, 12)]) + "\n"
    assert _titles(text) == ["江城新增轮渡航线", "老街改造告别积水困扰"]


def test_news_briefs_whose_titles_run_into_their_text_are_one_article_each():
    """A column of briefs (简讯) under its heading: each item opens with its title
    run into the first line, a space after it, and closes with its authors in
    brackets. Each title is its item's, no line of the text."""
    items = [("城东新建两座口袋公园", "近日，城东两座口袋公园建成开放，园内设有健身器材和儿童游乐设施，方便周边居民休闲。", "王平"),
             ("老街夜市重新开张", "经过两个月整修，城南老街夜市日前重新开张，摊位统一更换了遮雨棚，市民逛夜市更加舒心。", "李明 张华"),
             ("江心岛轮渡增开夜班", "记者从江城轮渡公司获悉，江心岛航线自下月起增开两个夜间班次，方便岛上居民晚间出行。", "赵阳"),
             ("社区食堂开到家门口", "城北街道新建的三家社区食堂日前开业，老年居民就餐可享受优惠，还能预约送餐上门服务。", "陈静")]
    lines = ["城市简讯"]
    for title, text, names in items:
        whole = f"{title}\u3000{text}（{names}）"
        lines += [whole[k:k + 22] for k in range(0, len(whole), 22)]
    assert _titles("\n".join(lines) + "\n") == [title for title, _, _ in items]


def test_two_lines_filling_a_narrow_box_over_a_dashed_subtitle_are_kicker_and_title():
    """Two lines as wide as a narrow box (ten cells, then nine) over a —— subtitle: one
    title wrapped would cut a phrase the body runs through; the body spells no word
    across this break, so the lines are the kicker and the title the subtitle closes."""
    text = "\n".join(["江城新建三座公园", *_lines(PARKS, 14), "千名居民乘船过江赏灯", "江心岛元宵灯会开幕",
                      "——首次开通夜间轮渡专线", *_lines(FERRY, 14)]) + "\n"
    head = banmian.parse_text(text, enrich=False).pages[0].articles[-1].headline
    assert (head.kicker, head.title) == ("千名居民乘船过江赏灯", "江心岛元宵灯会开幕")


def test_a_title_wrapped_in_a_narrow_box_over_a_dashed_subtitle_stays_one_title():
    """The same shape where the body runs through the break (新增 / 两条, and the body
    says 新增两条航线): one title wrapped in its box, then its subtitle."""
    text = "\n".join(["江城新建三座公园", *_lines(PARKS, 14), "江城轮渡公司今年新增", "两条航线连通江心岛",
                      "——每天往返二十个班次", *_lines(FERRY, 14)]) + "\n"
    head = banmian.parse_text(text, enrich=False).pages[0].articles[-1].headline
    assert (head.kicker, head.title) == (None, "江城轮渡公司今年新增两条航线连通江心岛")
