"""Text mode on a line stream (PyMuPDF's get_text and blocks output): a headline
line wrapped in its box goes back to the tier it was cut from, and a name under a
headline stays its author's. Own sample text; see tests/test_line_stream.py for
the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import PARKS, STREET, stream, typeset_body


def _articles(*lines: str) -> list[banmian.model.Article]:
    return banmian.parse_text(stream(*lines), enrich=False).pages[0].articles


def _after_street(*headline: str, body: list[str] = PARKS) -> banmian.model.Article:
    articles = _articles("老街改造惠及千户居民", "本报记者 周明", *typeset_body(STREET), *headline, *typeset_body(body))
    assert len(articles) == 2
    return articles[1]


def test_a_tagged_title_cut_into_pieces_across_its_box_is_one_title():
    # each of the box's two lines came in two pieces (…以精准 / 服务托 / 起民生底线（人民 / 时评）): the
    # tagged last line as wide as the first, a clause cut short over it, is the same title's
    second = _after_street("稳定就业，以精准", "服务托", "起民生底线（人民", "时评）")
    assert (second.headline.kicker, second.headline.title) == (None, "稳定就业，以精准服务托起民生底线（人民时评）")
    assert second.paragraphs == PARKS


def test_a_line_closing_on_a_one_character_clause_runs_on():
    # 、垃 / 圾分类站…: no tier ends on a clause of one character after a clause mark; the box
    # wrapped inside a word (one the body never spells): the kicker goes on, the title stays whole
    second = _after_street("城东新建社区食堂、垃", "圾分类站、快递驿站同步", "投入使用", "三座新公园春节前开放",
                           "本报记者 林涛")
    assert second.headline.kicker.startswith("城东新建社区食堂、垃圾分类站、快递驿站同步")
    assert second.headline.title == "三座新公园春节前开放"
    assert second.paragraphs == PARKS


def test_one_character_clauses_in_a_list_of_them_are_whole():
    from banmian.layout.text_headlines import wraps_on

    assert wraps_on("城东新建社区食堂、健", "身步道", None)
    assert not wraps_on("衣、食、住、行", "样样都有新变化", None)  # (every clause one character)


#: a body whose first line opens with digits: half a cell each, they hide its indent
FROST_LINES = ["1998年冬天，时年80岁的", "老船工最后一次撑船过黄河，", "河面上结着薄薄的一层冰。", "老人说，冰下的水流得",
               "很急，船要贴着岸边走。"]
FROST = ["1998年冬天，时年80岁的老船工最后一次撑船过黄河，河面上结着薄薄的一层冰。", "老人说，冰下的水流得很急，船要贴着岸边走。"]


def test_a_name_under_a_short_title_over_running_text_is_its_author():
    # a name alone under a one-line title over half as wide again, the body's first line under it:
    # the title's author, no tail of the title
    articles = _articles("老街改造惠及千户居民", "本报记者 周明", *typeset_body(STREET), "渡口的冬天", "林晓雨", *FROST_LINES)
    assert len(articles) == 2
    assert articles[1].headline.title == "渡口的冬天"
    assert [b.name for b in articles[1].bylines] == ["林晓雨"]
    assert articles[1].paragraphs == FROST


def test_a_tagged_tail_of_two_characters_under_a_title_line_is_its_end():
    # …两岸绿树 / 成荫（…）: no tier is two characters and a tag; the line over it goes on into it,
    # inside its last phrase (no space between: 绿树成荫 is one phrase)
    second = _after_street("让一江清水在城市中", "流淌", "一江清水 两岸绿树", "成荫（美丽江", "城①）", "本报记者", "林涛")
    assert (second.headline.kicker, second.headline.title, second.headline.subtitle) == (
        "让一江清水在城市中流淌", "一江清水 两岸绿树成荫（美丽江城①）", None)
    assert second.paragraphs == PARKS


def test_a_short_tagged_tail_keeps_a_phrase_space():
    from banmian.layout.tier_wording import short_tagged_tail

    assert short_tagged_tail("一江清水 两岸绿树", "成荫（美丽江城①）") == ""
    assert short_tagged_tail("期待 协作", "担当（江城时评）") == " "  # one phrase more, as long as the last
    assert short_tagged_tail("城东新公园开放——", "迎客（江城时评）") is None  # a dash ends a tier


def test_a_title_of_two_phrases_wrapped_inside_its_second_goes_on():
    # 每周定时开放 周末 / 全天可入园: the line's last phrase under half as long as the one before it, the
    # next line no longer than that one: the box wrapped inside the second phrase (no label, no tier)
    second = _after_street("每周定时开放 周末", "全天可入园", "本报记者 林涛")
    assert (second.headline.kicker, second.headline.title) == (None, "每周定时开放 周末全天可入园")
    assert second.paragraphs == PARKS


def test_a_line_opening_with_one_character_and_then_and_goes_on_from_the_line_above():
    # …竣工验 / 收并向市民免费开放: 并 joins two verbs' phrases; one character before it is the end of
    # a word cut at the line above's end, however wide that line is against this one
    second = _after_street("江城三座新公园顺利通过竣工验", "收并向市民免费开放", "本报记者 林涛")
    assert (second.headline.kicker, second.headline.title) == (None, "江城三座新公园顺利通过竣工验收并向市民免费开放")
    assert second.paragraphs == PARKS


def test_words_ending_in_and_open_a_line_whole():
    from banmian.layout.tier_patterns import opens_inside_word

    assert opens_inside_word("收并向市民免费开放")
    assert not opens_inside_word("合并重组")
    assert not opens_inside_word("一并解决")


#: a body that spells 年底 but no two characters either side of the headline's break
YEAR_END = ["到今年年底，江城三座新公园全部建成，总面积达到四十公顷，全部向市民免费开放。",
            "市园林局负责人介绍，新公园将种植本地树种，方便周边居民休闲。"]


def test_a_boxs_first_line_cut_off_is_measured_against_the_next_printed_line():
    # 江城三座新公园年 / 底前全部建成验 / 收并向市民开放: the stream cut the box after its first line;
    # the next unit's lines put together are twice as wide, but its first printed line is as wide
    # as the line over it, so the body's 年底 tells the wrap
    articles = _articles("老街改造惠及千户居民", "本报记者 周明", *typeset_body(STREET), "江城三座新公园年",
                         "底前全部建成验", "收并向市民开放", "本报记者 林涛", *typeset_body(YEAR_END))
    assert (articles[1].headline.kicker, articles[1].headline.title) == (None, "江城三座新公园年底前全部建成验收并向市民开放")
    assert articles[1].paragraphs == YEAR_END


def test_a_title_phrase_shaped_as_a_name_over_its_tagged_second_phrase_stays_a_title():
    # 林荫成片 / 花海连绵（江城新貌①）: four characters opening with a surname read as a label or a
    # name, but the phrase as long under it closes the title with its column's tag
    second = _after_street("城东三座新公园春节前向市民开放", "林荫成片", "花海连绵（江城新貌①）")
    assert second.headline.kicker == "城东三座新公园春节前向市民开放"
    assert second.headline.title.replace(" ", "") == "林荫成片花海连绵（江城新貌①）"
    assert second.paragraphs == PARKS


def test_a_name_shaped_line_closed_by_a_points_mark_stays_in_the_headline():
    # …春节旅游消 / 费火爆 / ■ / 夜游、灯会等新兴项目看点纷呈 / ■ / …: the mark that opens a subtitle's
    # points, put at the end of the line it follows, closes a headline line (费火爆 reads as a name);
    # a byline's mark stands before its names. (Which tiers the line and the one over it are, the
    # body does not tell here: it never says 消费.)
    articles = _articles("老街改造惠及千户居民", "本报记者 周明", *typeset_body(STREET), "（下转第9版）", "首破十万！春节旅游消",
                         "费火爆", "■", "夜游、灯会等新兴项目看点纷呈", "■", "全市公园接待游客超十万人次",
                         *typeset_body(PARKS))
    head = articles[1].headline
    assert (head.kicker or "") + head.title == "首破十万！春节旅游消费火爆"
    assert not articles[1].bylines
    assert articles[1].paragraphs == PARKS


def test_a_phrase_after_a_tagged_title_on_one_line_is_cut_short_of_nothing():
    from banmian.layout.tier_wording import phrase_cut_short

    assert phrase_cut_short("每周定时开放 周末", 5)
    # the extractor put a tagged title and the next headline's first words on one line: the tag
    # closed the title, and the short phrase after it is no phrase of it cut by the line's end
    assert not phrase_cut_short("让老街重焕生机（江城走笔） 市园林局", 12)


def test_a_line_closing_on_a_demonstrative_runs_on_into_its_noun():
    # …用好城东新公园这个 / 关键资源: a demonstrative and its measure word call for their noun on the
    # next line; 关键资源 (a surname first, four characters) is no column's label there
    from banmian.layout.tier_patterns import counts_on

    assert counts_on("用好城东新公园这个") and counts_on("办好每一件") and not counts_on("城东新公园开放")
    second = _after_street("绿色发展惠及千家万户，用好城东新公园这个", "关键资源", "本报记者 林涛")
    assert second.headline.title == "绿色发展惠及千家万户，用好城东新公园这个关键资源"
    assert second.paragraphs == PARKS


def test_a_line_opening_with_a_person_the_text_names_is_no_tail_of_the_box_over_it():
    # 城东三座新公园建设工 / 程通过竣工验收投用 / 林小雨出席开园仪式: a box of two full lines and a
    # shorter one under it, but the shorter one opens with a name the body tells of (局长林小雨…): a
    # subtitle reporting what a person did, no box's last line
    from banmian.layout import stream_tiers
    from banmian.layout.stream_measure import Measure
    from tests.test_line_stream import typeset

    body = typeset("今年江城城东三座新公园的建设工程日前全部完工，市园林局局长林小雨出席开园仪式并讲话，"
                   "新公园总面积达到四十公顷，全部向市民免费开放，市民可以就近休闲健身。", 18)
    lines = [*body, "城东三座新公园建设工", "程通过竣工验收投用", "林小雨出席开园仪式", *body]
    k = len(body) + 2
    assert not stream_tiers.wraps_tier(Measure(lines), [10.0, 9.0], lines[k - 1], k)
    # a box's last line opening with a surname the text spells no name of wraps still
    lines[k] = "林荫道同步开放"
    assert stream_tiers.wraps_tier(Measure(lines), [10.0, 9.0], lines[k - 1], k)


def test_a_tagged_title_and_the_next_headline_on_one_line_are_two_headlines():
    # pdftotext -raw (no blank lines) read a closing title and the next headline, level with each other,
    # as one line: 老街改造惠及千户居民（城建观察） 三座新公园…: the tag closed the first title
    text = "\n".join(["江城日报", "本报记者 周明", *typeset_body(STREET), "老街改造惠及千户居民（城建观察） 三座新公园春节前向市民开放",
                      "本报记者 林涛", *typeset_body(PARKS)]) + "\n"
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["老街改造惠及千户居民（城建观察）", "三座新公园春节前向市民开放"]
    assert [a.paragraphs for a in articles] == [STREET, PARKS]


def test_a_bracket_of_names_or_a_note_splits_no_line():
    from banmian.layout.stream_lines import split_after_tags

    assert split_after_tags([("老街改造惠及千户居民（城建观察） 三座新公园", 1)]) == [
        ("老街改造惠及千户居民（城建观察）", 1), ("三座新公园", 1)]
    for line in ("本报江城3月2日电 （记者周明） 记者从市园林局获悉", "（上接第2版） 记者从市园林局获悉",
                 "三座新公园（城建观察） 春节前开放 周末全天迎客"):
        assert split_after_tags([(line, 1)]) == [(line, 1)]


def test_a_tagged_phrase_as_long_as_the_one_over_it_keeps_the_phrase_space():
    from banmian.layout.tier_wording import short_tagged_tail

    assert short_tagged_tail("好灯笼", "代代传（非遗年集）") == " "  # a title set a phrase a line
    assert short_tagged_tail("市民点赞合作共赢新", "篇章（江城时评）") == ""  # a line cut inside a word
