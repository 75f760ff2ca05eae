"""Text mode (session 38, text38b): what stands between two articles' bodies in
content-stream order, each rule on invented text."""

from __future__ import annotations

import banmian
from banmian.layout.rules import is_continuation_line
from banmian.layout.text_classify import _clause_cut_in_word, _PageWords, classify_text_units
from banmian.layout.text_layout import assemble
from banmian.layout.text_units import Unit
from banmian.model import Block, Role
from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset_paragraphs
from tests.test_line_stream import typeset_body as _body

#: two reports from one place and day, told under one headline (a talk, then the meeting)
TALK = ["新华社江城3月2日电 （记者林涛）当地时间3月2日，江城市长在市政厅会见了来访的河口市代表团。",
        "双方就两市港口合作交换了意见，一致同意扩大航线往来。"]
MEETING = ["新华社江城3月2日电 （记者周明）3月1日至2日，两市港口合作会议在江城举行。",
           "会议签署了航运合作协议，两市将共建物流园区。"]


def test_two_dated_reports_with_no_headline_between_are_one_article_under_its_closing_headline():
    # headlines drawn after their bodies: the first article closes with its headline; the next
    # one holds two dated reports and its headline closes both; the first report is no article
    # of its own (a headline stands between any two articles' texts in this order)
    lines = [*_body(STREET), "老街改造惠及千户居民", *_body(TALK), *_body(MEETING), "两市港口合作会议举行",
             "——江城市长会见河口市代表团"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "两市港口合作会议举行"]
    second = page.articles[1]
    assert second.dateline == "新华社江城3月2日电"
    assert "".join(second.paragraphs).startswith("当地时间3月2日") and "两市将共建物流园区" in second.paragraphs[-1]


def test_a_dated_report_closed_by_its_jump_note_stays_apart_from_the_next_report():
    # （下转第7版） closes the first report's part on this page: the next dated text is another article's
    lines = [*_body(STREET), "老街改造惠及千户居民", *_body(TALK), "（下转第7版）", *_body(MEETING),
             "两市港口合作会议举行", "——两市签署航运合作协议"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    titled = [a for a in page.articles if a.headline.title == "两市港口合作会议举行"]
    assert len(titled) == 1 and "".join(titled[0].paragraphs).startswith("3月1日至2日")


def test_a_headline_line_wider_than_the_column_ends_over_a_one_line_paragraph():
    # get_text (no blank lines): the first article's headline, set across the columns after its body,
    # stands right over the next text's first paragraph, one sentence on one indented line
    ferry = ["江城轮渡新添两航线。", "市民出行更方便了。", *FERRY]
    lines = [*_body(STREET), "市住建局发布老街改造验收结果", "城南老街改造完工居民告别积水", *_body(ferry),
             "轮渡新增两条航线"]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    assert [a.headline.title for a in page.articles][1:] == ["轮渡新增两条航线"]
    assert page.articles[0].paragraphs == STREET and page.articles[1].paragraphs == ferry


def test_a_subheading_over_a_body_sent_on_to_another_page_is_no_headline():
    # headlines drawn after their bodies; a subheading read as a headline stands inside the next text,
    # which a note then sends on to another page right over its own headline. That headline's words
    # are the text's before the line (江城轮渡), the line's are not: the line is a subheading
    first = _body(["江城轮渡今年新增两条航线，连通城东码头和江心岛。"])
    rest = _body(["轮渡公司负责人表示，新航线将在春节前开通，票价与原有航线相同。"])
    note = "（下转第9版）"
    units = [Unit(Block(_body(STREET), Role.BODY)), Unit(Block(["老街改造惠及千户居民"], Role.TITLE)),
             Unit(Block(first, Role.BODY)), Unit(Block(["冬日里的暖心服务"], Role.TITLE)), Unit(Block(rest, Role.BODY)),
             Unit(Block([note], Role.CONTINUATION), note=is_continuation_line(note)),
             Unit(Block(["江城轮渡新增两条航线"], Role.TITLE))]
    groups = assemble(units, {1: False, 3: False, 6: False}, stream=True)
    assert [[u.block.lines[0] for u in g if u.block.role == Role.TITLE] for g in groups] == [
        ["老街改造惠及千户居民"], ["江城轮渡新增两条航线"]]
    assert units[3].block.role == Role.SUBHEADING


def test_a_name_alone_over_a_wrapped_dateline_is_the_author_even_under_a_title_with_a_comma():
    # get_text: kicker, a title holding a clause mark, the author's name alone, then the body's
    # dateline wrapped over two lines; a name with no mark over a dateline ends no sentence
    body = _body(["江城今年在城东新建三座公园，总面积达到四十公顷。", PARKS[1]])
    lines = [*_body(STREET), "绿色家园也是幸福的家园", "江城的新公园，真是不少", "林海涛", "本报江城3月2日",
             "电 " + body[0], *body[1:]]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    parks = next(a for a in page.articles if a.dateline == "本报江城3月2日电")
    assert parks.headline.title == "江城的新公园，真是不少" and [b.name for b in parks.bylines] == ["林海涛"]


def test_a_sentence_trailing_off_and_a_closing_dateline_close_the_text_under_no_headline():
    # get_text: the text's last lines, a sentence ended with …… and the closing dateline in brackets,
    # stand over the article's headline drawn after it: they are the text's end, its dateline the article's
    last = ["傍晚，果真下雪了。", "雪深过膝盖，寒风刺骨……（本报江城2月11日电）"]
    lines = [*_body(STREET), "傍晚，果真下雪了。雪", "深过膝盖，寒风刺骨……", "（本报江城2月11日电）", "城南老街的风",
             "周明华", *_body(PARKS), "江城新建三座公园"]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    street = page.articles[0]
    assert street.headline.title == "城南老街的风" and street.dateline == "本报江城2月11日电"
    assert "".join(street.paragraphs).endswith("寒风刺骨……") and last[0] in street.paragraphs[-1]


def test_lines_ending_a_sentence_and_closing_with_a_dateline_are_text_not_a_headline():
    # the text's last lines set apart from its column (……雪 / 深过膝盖，寒风刺骨…… / （本报…电）): a
    # headline says no sentence and carries no dateline
    units = [Unit(Block(_body(STREET), Role.OTHER)),
             Unit(Block(["傍晚，果真下雪了。雪", "深过膝盖，寒风刺骨……", "（本报江城2月11日电）"], Role.OTHER)),
             Unit(Block(["城南老街的风"], Role.OTHER)), Unit(Block(_body(PARKS), Role.OTHER))]
    classify_text_units(units)
    assert [u.block.role for u in units] == [Role.BODY, Role.BODY, Role.TITLE, Role.BODY]


def test_a_credit_cut_after_its_slash_keeps_its_lone_she_before_a_vertical_headline():
    # …一派生机。 张伟/ / 摄 / 轮 / 渡 …: the slash waits for its 摄, which opens no vertical headline
    lines = ["江城新建三座公园", *_body(PARKS), "市民在城东新公园的步道上晨", "练，一派生机。 张伟/", "摄",
             *"轮渡新增两条航线", *_body(FERRY)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城新建三座公园", "轮渡新增两条航线"]
    assert articles[1].paragraphs[0].startswith("江城轮渡公司")


def test_a_dated_report_the_closing_headline_does_not_echo_stays_apart():
    # the same order, but the headline after the second report tells of it alone (no word of the
    # first report's): the first is another article's text, its headline not found, left apart
    parks = ["新华社江城3月2日电 （记者林涛）江城今年计划在城东新建三座公园，总面积达到四十公顷。", PARKS[1]]
    lines = [*_body(STREET), "老街改造惠及千户居民", *_body(parks), *_body(MEETING), "两市港口合作会议举行",
             "——两市签署航运合作协议"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    meeting = next(a for a in page.articles if a.headline.title == "两市港口合作会议举行")
    assert "".join(meeting.paragraphs).startswith("3月1日至2日")


def test_a_clause_cut_inside_a_word_the_page_spells_is_a_first_line_not_a_headline():
    # a lead's first line stands alone, read as a headline, cut inside a word (…进出口总 / 值…); the
    # page spells the word whole elsewhere (进出口总值, twice): a body never opens with a word's tail.
    # A subheading holding a comma over a body whose first characters make no word with its last stays
    lead = ["1月份，全市货物贸易进出口总", "值2.73万亿元人民币，同比增长", "8.7%，进出口稳中提质。"]
    body = typeset_paragraphs(["海关14日发布数据显示，今年1月份全市货物贸易进出口总值创下新高。",
                               "按美元计价，1月份全市进出口总值增长4%，贸易结构继续优化。"], 16)
    units = [Unit(Block(lead[:1], Role.TITLE)), Unit(Block(lead[1:], Role.BODY)), Unit(Block(body, Role.BODY)),
             Unit(Block(["深化外贸改革，夯实发展基础"], Role.TITLE)), Unit(Block(body[:], Role.BODY))]
    words = _PageWords(units)
    assert _clause_cut_in_word(units, 0, words) and not _clause_cut_in_word(units, 3, words)


def test_two_dated_reports_signed_over_their_closing_headline_are_one_article():
    # body, body, the byline, then the headline: the byline over the closing headline signs the text
    # it closes, and stops no walk from the second report to that headline
    lines = [*_body(STREET), "老街改造惠及千户居民", *_body(TALK), *_body(MEETING), "本报记者 周明华",
             "两市港口合作会议举行", "——江城市长会见河口市代表团"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    second = next(a for a in page.articles if a.headline.title == "两市港口合作会议举行")
    assert "".join(second.paragraphs).startswith("当地时间3月2日") and "周明华" in [b.name for b in second.bylines]
