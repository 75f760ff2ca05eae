"""Text mode on 理论 pages whose headlines are drawn after their bodies: a banner
over the page drawn before the first article's text, where no closing note ends
that text; and pdftotext -raw's dash drawn alone in front of a subtitle."""

import banmian
from banmian.sources.text_fragments import rejoin_fragments
from tests.span_breaks import broken_at_marks
from tests.test_text_fragments import PRINTED  # an invented column, 14 em wide

#: a 理论 page as an extractor gives it: header, banner, then each article's text before its headline
BANNER_PAGE = [
    "7 理论 2023年5月16日 星期二",
    "深入学习贯彻新时代乡村振兴战略部署",
    "古村落是乡村的记忆，保护好古",
    "村落，就是留住乡愁。近年来，不少",
    "地方把古村落保护同乡村旅游结合起",
    "来，让老房子住进新生活。",
    "古村落要焕发生机，关键在人。",
    "只有让村民在保护中得到实惠，古村",
    "落才能真正活起来，老手艺才能传下",
    "去，老街巷才能热闹起来。",
    "让古村落焕发新的生机",
    "林小禾",
    "山路修到哪里，致富的门路就通",
    "到哪里。过去，山里的果子运不出去，",
    "烂在地里；如今，公路修到了家门口，",
    "货车开进了果园。",
    "修好山路，还要用好山路。一些",
    "地方在公路两旁种上果树、建起民宿，",
    "让山路变成了风景路、致富路，村民",
    "的腰包也鼓了起来。",
    "（作者为某某研究院研究员）",
    "让山路变成致富路",
    "王小明",
]


def test_a_banner_over_the_first_text_is_no_headline_when_the_next_headline_echoes_that_text() -> None:
    """The first article's text ends with no closing note, but the signed
    headline under it echoes it (古村落, 焕发生机) and not the text under
    itself: that headline is the first text's, and the line over the text a
    banner over the page, no article."""
    articles = banmian.parse_text("\n".join(BANNER_PAGE), enrich=False).articles
    got = [(a.headline.title, [b.name for b in a.bylines], a.paragraphs[0][:6]) for a in articles]
    assert got == [("让古村落焕发新的生机", ["林小禾"], "古村落是乡村"), ("让山路变成致富路", ["王小明"], "山路修到哪里")]


def test_a_dash_drawn_alone_opens_the_subtitle_under_the_title() -> None:
    """—— in a span of its own (the subtitle's face) over 《山乡笔记》: it opens
    the subtitle's line and is no end of the title over it."""
    headline = ["古村落的新生机", "——", "《山乡笔记》", "读后", "林小禾"]
    page = broken_at_marks(PRINTED * 3) + headline + broken_at_marks(PRINTED * 2)
    joined = rejoin_fragments(page)
    assert "古村落的新生机" in joined, joined
    assert "——《山乡笔记》读后" in joined, joined


def test_a_jump_note_wrapped_over_two_lines_sends_the_text_on() -> None:
    """（下转第八 / 版）: the column wrapped the note at a paragraph's end; it is
    the article's continues_to and no text of it."""
    lines = ["老街新修了石板路", "本报记者 林小禾",
             "　　今年以来，老街的石板路全部翻修",
             "一新，沿街的老店也重新挂起了招牌，",
             "游客明显多了起来。街道还请来老手艺",
             "人开设工坊，让游客动手体验。（下转第八",
             "版）"]
    article = banmian.parse_text("\n".join(lines), enrich=False).articles[0]
    assert article.continues_to == 8
    assert article.paragraphs[-1].endswith("让游客动手体验。")
