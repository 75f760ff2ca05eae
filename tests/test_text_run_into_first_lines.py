"""What stands run into a body's first line and is no text of it (session 35):
an author's name under a headline that the extractor ran into the quote
opening the body (pdftotext -raw on real 理论 pages: an author's name then “…,
with or without a space between), and a note that the text is carried on from another page
(（上接第一版）每个项目…). Each case a small invented page."""

import banmian

BODY = ["“日子一天比一天好了。”说起这几年的变化，", "村民们脸上都带着笑。村里修了路，通了网，", "年轻人也愿意回来创业了。",
        "这些变化的背后，是一届又一届村干部的接", "续奋斗，也是千家万户的共同努力。"]
OTHER = ["办好群众家门口的小事", "李红梅", "社区是城市治理的最小单元，群众的大事小", "情都在这里。把小事办好，就是把民心聚拢。",
         "近年来，不少社区推出了“一站式”服务，", "让居民少跑腿、好办事。"]


def _page(first_line: str) -> str:
    return "\n".join(["乡村振兴要靠实干", first_line + BODY[0]] + BODY[1:] + OTHER) + "\n"


def test_a_name_run_into_a_quoted_first_line_under_a_headline_is_its_author():
    for glued in ("王建国", "王建国 "):
        articles = banmian.parse_text(_page(glued), enrich=False).pages[0].articles
        assert [a.headline.title for a in articles] == ["乡村振兴要靠实干", "办好群众家门口的小事"], glued
        assert [b.name for b in articles[0].bylines] == ["王建国"], glued
        assert articles[0].paragraphs[0].startswith("“日子一天比一天好了。”"), glued


def test_words_before_a_quote_that_open_no_name_stay_in_the_body():
    # 今年“… opens with no surname: the first words of the paragraph, no author
    articles = banmian.parse_text(_page("今年"), enrich=False).pages[0].articles
    assert articles[0].bylines == []
    assert articles[0].paragraphs[0].startswith("今年“日子一天比一天好了。”")


def test_a_page_that_signs_no_headline_with_a_name_alone_keeps_the_words():
    # no headline of the page has a name alone under it: 王建国“… may be the paragraph's subject
    page = _page("王建国").replace("李红梅\n", "")
    articles = banmian.parse_text(page, enrich=False).pages[0].articles
    assert articles[0].bylines == []
    assert articles[0].paragraphs[0].startswith("王建国“日子一天比一天好了。”")


def test_a_continued_from_note_run_into_the_first_line_opens_the_text_it_carries_on():
    # （上接第一版） set in the first line of the text (no line of its own): continued_from, and the line
    # keeps its width for the paragraph that follows (it is no paragraph's short last line)
    lines = ["村里的路修好了", "（上接第一版）新修的路两旁种", "上了桂花树，路灯也装上了。村", "民们说，晚上出门散步再也不怕",
             "黑了。", "村委会还在路口建了一个小广场，", "供大家跳舞、下棋、聊天。"]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [(a.headline.title, a.continued_from) for a in articles] == [("村里的路修好了", 1)]
    assert articles[0].paragraphs == ["新修的路两旁种上了桂花树，路灯也装上了。村民们说，晚上出门散步再也不怕黑了。",
                                      "村委会还在路口建了一个小广场，供大家跳舞、下棋、聊天。"]
