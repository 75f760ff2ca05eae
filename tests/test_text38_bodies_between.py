"""Text mode (session 38, text38b): what stands between two articles' bodies in
content-stream order, each rule on invented text."""

from __future__ import annotations

import banmian
from tests.test_line_stream import PARKS, STREET, stream
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
