"""Text mode: a title standing alone between two bodies (no byline, no
dateline) opens a new article, an in-body subheading does not. Plain text
carries no type size, so the evidence is the text's own shape. Invented
text, set here in exact columns (one width a column, punctuation hanging)."""

from __future__ import annotations

import banmian

NO_LINE_START = "，。、；：！？）》”"


def set_column(paragraphs: list[str], per_line: int) -> list[str]:
    """Paragraphs set in a column of ``per_line`` characters, first lines
    indented two, marks that may not open a line hung at the end of one."""
    lines: list[str] = []
    for text in paragraphs:
        i, room = 0, per_line - 2
        while i < len(text):
            end = min(len(text), i + room)
            while end < len(text) and text[end] in NO_LINE_START:
                end += 1
            lines.append(text[i:end])
            i, room = end, per_line
    return lines


FIRST = ["春风吹过江畔的田野，农民们忙着翻耕土地，村里的合作社把种子和化肥送到了地头，大家的干劲都很足。",
         "合作社负责人说，今年准备扩大种植面积，还要试种两个新品种，争取让每亩地多收一些粮食。",
         "农技人员也来到村里，手把手教大家使用新的播种机械，一台机器一天能种好几十亩地。"]
SECOND = ["城南的老街区这几年变了样，破旧的围墙刷上了新漆，窄小的巷子铺上了平整的石板路，居民出门方便多了。",
          "街道干部介绍，改造前他们挨家挨户征求意见，把居民最关心的停车和晾晒问题放在了前头。",
          "一位住了三十多年的老人说，现在楼下有了小花园，傍晚大家都愿意出来走一走聊一聊。"]


def _titles(text: str) -> list[str | None]:
    return [a.headline.title for a in banmian.parse_text(text, enrich=False).pages[0].articles]


def test_title_between_exact_columns_a_cell_apart_opens_an_article():
    """Two bodies set exactly, one 14 characters a line and one 13: two
    articles in their own measures, so the line between them is the second
    one's title (a column that squeezes its marks shows both widths on each
    side of a subheading; these show one each)."""
    lines = (["春耕时节田野忙"] + set_column(FIRST, 14) + ["老街巷子换新颜"] + set_column(SECOND, 13))
    assert _titles("\n".join(lines)) == ["春耕时节田野忙", "老街巷子换新颜"]


def test_closing_dateline_wrapped_at_its_bracket_stays_with_its_article():
    """A closing dateline whose bracket opens at a line's end (……再来。（ /
    本报江城3月8日电）) is that article's; the line 本报江城3月8日电） opens
    no article (an opening dateline runs on into text, never into its
    bracket's close)."""
    closing = "居民们都说，现在的老街越住越舒心，邻里间更加和睦。（本报江城3月8日电）"
    lines = ["春耕时节田野忙"] + set_column(FIRST * 2, 11) + ["老街巷子换新颜"] + set_column(SECOND * 2 + [closing], 14)
    assert lines[-2].endswith("（")  # the bracket opens at the line's end
    articles = banmian.parse_text("\n".join(lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["春耕时节田野忙", "老街巷子换新颜"]
    assert articles[1].dateline and "3月8日电" in articles[1].dateline


def test_title_between_an_opening_and_a_closing_dateline_opens_an_article():
    """The body before the line opens with 本报讯 and the body after it closes
    with （本报江城3月8日电）; both bodies set in one width. An article has one
    dateline, so they are two articles and the line is the second's title."""
    first = set_column(["本报讯（记者 林立）" + FIRST[0]] + FIRST[1:], 14)
    second = set_column(SECOND[:2] + [SECOND[2] + "（本报江城3月8日电）"], 14)
    lines = ["春耕时节田野忙"] + first + ["老街巷子换新颜"] + second
    assert _titles("\n".join(lines)) == ["春耕时节田野忙", "老街巷子换新颜"]


def test_title_over_a_wider_column_keeps_the_column_first_lines_as_body():
    """Under a title the stream turns to a wider column (14 characters a line,
    then 22): the new column's indented first line and the full line under
    it, neither ending a clause, are wider than the column above, yet they
    are body, not a kicker over a title; the lines after them tell the new
    width."""
    lines = ["春耕时节田野忙"] + set_column(FIRST * 2, 14) + ["老街巷子换新颜"] + set_column(SECOND, 22)
    articles = banmian.parse_text("\n".join(lines), enrich=False).pages[0].articles
    assert [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in articles] == [
        (None, "春耕时节田野忙", None), (None, "老街巷子换新颜", None)]
    assert articles[1].paragraphs[0].startswith("城南的老街区")



def test_line_of_characters_alone_wider_than_the_column_is_no_column_line():
    """A title two cells wider than the column (16 + 2) with no mark in it,
    over a column's lines: a column squeezes only its marks, so a line of
    characters alone never holds more than the column: no full column line
    (which a paragraph's first line above it would run on into), while a
    line that holds marks may be squeezed a cell or two past it."""
    from banmian.layout.stream_measure import Measure

    title = "合作社统一供种供肥农户种田省心又省力"
    squeezed = "合作社负责人说，今年准备扩大，还要种"
    lines = ["江畔乡村春耕备耕生产全面铺开", title] + set_column(["".join(FIRST)], 16) + [squeezed]
    measure = Measure(lines)
    assert measure.columns[1] == 16 and measure.cores[1] == 18
    assert not measure.fulls[1]
    assert measure.fulls[lines.index(squeezed)]


THIRD = ["两万名跑者从市民广场鸣枪出发，沿着湖滨大道一路向南，在春日的暖阳中感受城市之美。",
         "本届马拉松赛道串联起老城、湖区和新区的多个地标，沿途设置二十个加油站点，市民自发组成的啦啦队让选手们倍感温暖。",
         "赛事组委会介绍，今年首次启用智能补给系统和医疗救护定位系统，两百余名志愿者和八十名医护人员全程保障赛事安全。"]


def test_wider_column_under_a_title_keeps_its_width_past_sentence_ends():
    """Under a title the stream turns from a 14-character column to a
    22-character one. Its width holds for all its lines, across sentence ends
    and the next paragraphs' indented first lines (20), which the lines near
    them (first lines and sentence ends, most of them 20 wide) would
    otherwise pass for the column's full width."""
    from banmian.layout.stream_measure import Measure

    wide = set_column(THIRD, 22)
    lines = set_column(FIRST * 2, 14) + ["湖畔跑者迎春风"] + wide
    measure = Measure(lines)
    start = len(lines) - len(wide)
    assert [measure.columns[k] for k in range(start, len(lines))] == [22.0] * len(wide)
    firsts = [start + wide.index(line) for line in wide if any(p.startswith(line) for p in THIRD)]
    assert len(firsts) == 3 and all(measure.indents[k] and not measure.fulls[k] for k in firsts)


SIDEBAR_TITLE = "延伸阅读：江畔稻作"
SIDEBAR_TEXT = "江畔种稻历史悠久，从选种、育秧、插秧到收割，每道工序都有讲究，如今已用上机械。"


def _heads(lines: list[str]) -> list[tuple[str | None, str | None, str | None, int]]:
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle, len(a.paragraphs))
            for a in banmian.parse_text("\n".join(lines), enrich=False).pages[0].articles]


def test_sidebar_text_set_wider_than_the_columns_is_body():
    """A sidebar in an article: its title, then its text set in its frame's
    wider measure (22 characters by a 13-character column), which the stream
    cuts into lines standing apart. They hold five clause marks and end with
    。: one paragraph, the sidebar's body, not a subtitle of its title."""
    lines = (["春耕时节田野忙", "本报记者 林立"] + set_column(FIRST * 2, 13) + [SIDEBAR_TITLE]
             + set_column([SIDEBAR_TEXT], 22) + ["老街巷子换新颜"] + set_column(SECOND * 2, 16))
    assert _heads(lines) == [(None, "春耕时节田野忙", None, 6), (None, SIDEBAR_TITLE, None, 1),
                             (None, "老街巷子换新颜", None, 6)]


def test_sidebar_title_under_an_opened_article_opens_the_sidebar():
    """The page opens with a headline and its byline over its body: that body
    has its headline. A title after it whose words the body above echoes more
    (the sidebar tells more of the article's subject) still opens the text
    after it, the sidebar's, where its words are found too; it does not close
    the body above as a second headline of that article."""
    host = FIRST + ["江畔稻作的老传统也在新技术里延续下来，稻作文化节年年都办，吸引了不少游客。"]
    lines = (["春耕时节田野忙", "本报记者 林立"] + set_column(host * 2, 13) + [SIDEBAR_TITLE]
             + set_column([SIDEBAR_TEXT], 22) + ["老街巷子换新颜"] + set_column(SECOND * 2, 16))
    assert _heads(lines) == [(None, "春耕时节田野忙", None, 8), (None, SIDEBAR_TITLE, None, 1),
                             (None, "老街巷子换新颜", None, 6)]


NEW_STORY_LEAD = ["城南的老街区这几年变了样，破旧的围墙刷上了新漆，窄小的巷子铺上了平整的石板路。",
                  "街道干部介绍，改造前他们挨家挨户征求意见，把停车和晾晒问题放在了前头。",
                  "一位住了三十多年的老人说，现在楼下有了小花园，傍晚大家都愿意出来走一走。"]


def test_title_alone_whose_words_open_the_text_under_it_opens_an_article():
    """Two stories set in one width, no byline, dateline or closing bracket
    between them: the line between is the second story's title, not a
    subheading, because the lead under it names what it names (城南的老街区
    这几年变了样 under 城南老街区变了样), the text over it tells of none of it,
    and the two texts share no word that each says again (another subject)."""
    lines = ["春耕时节田野忙"] + set_column(FIRST, 14) + ["城南老街区变了样"] + set_column(NEW_STORY_LEAD, 14)
    assert _titles("\n".join(lines)) == ["春耕时节田野忙", "城南老街区变了样"]


def test_subheading_alone_over_text_that_goes_on_with_the_same_subject_stays_in_the_article():
    """A story's one subheading, its words opening the text under it (夜校 / 村里
    办起了夜校) and none of the text over it, stays a subheading when both texts
    say the story's own words again and again (合作社, 种子): one subject runs
    on through it."""
    after = ["村里办起了夜校，大家在夜校里学本领，合作社请来农技人员讲课，讲怎样挑选种子和防治病虫害。",
             "合作社的年轻社员说，夜校讲的都是用得上的本事，今年选种子心里更有底了。",
             "夜校每周开两次课，来听课的村民越来越多，有时教室里都坐不下。"]
    before = [FIRST[0] + "种子是合作社统一采购的，质量有保证。", FIRST[1], FIRST[2]]
    lines = ["春耕时节田野忙"] + set_column(before, 14) + ["夜校里学本领"] + set_column(after, 14)
    assert _titles("\n".join(lines)) == ["春耕时节田野忙"]
