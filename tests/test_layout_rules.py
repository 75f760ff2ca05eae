"""The newspaper-convention recognisers one by one (rules, headlines, reflow),
so that a change to any of them fails a test that names it."""

from __future__ import annotations

import pytest

from banmian.layout.furniture import furniture_meta
from banmian.layout.headlines import looks_like_kicker, starts_with_dash
from banmian.layout.reflow import ends_sentence, join_lines
from banmian.layout.rules import (find_continuation, is_continuation_line, parse_byline_line, parse_credit,
                                  parse_page_header, split_dateline, starts_with_dateline)
from banmian.model import Byline


@pytest.mark.parametrize(("line", "expected"), [
    ("■ 通讯员 戴柳君", [Byline("通讯员", "戴柳君")]),
    ("■通讯员戴柳君", [Byline("通讯员", "戴柳君")]),
    ("本报记者 张三 李四", [Byline("本报记者", "张三"), Byline("本报记者", "李四")]),
    ("◎ 记者 赵敏 通讯员 孙立", [Byline("记者", "赵敏"), Byline("通讯员", "孙立")]),
])
def test_byline_lines(line: str, expected: list[Byline]) -> None:
    assert parse_byline_line(line) == expected


@pytest.mark.parametrize("line", ["记者李明采访", "通讯员王芳介绍", "■ 记者手记", "记者", "全体记者参加"])
def test_body_lines_are_no_bylines(line: str) -> None:
    """Without a mark the role must be followed by a space: 记者李明采访 is body text."""
    assert parse_byline_line(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("通讯员 刘伟娇 摄", ("通讯员", "刘伟娇")), ("本报记者 张三摄", ("本报记者", "张三")),
    ("王五 摄", (None, "王五")), ("记者 张三 李四 摄", ("记者", "张三 李四")),
])
def test_photo_credits(line: str, expected: tuple[str | None, str]) -> None:
    assert parse_credit(line) == expected


@pytest.mark.parametrize("line", ["游客纷纷拍摄", "王五摄", "现场拍摄", "这是一段正文。"])
def test_text_ending_in_she_is_no_credit(line: str) -> None:
    """王五 摄 needs the space or a role, so body text ending in 拍摄 stays body."""
    assert parse_credit(line) is None


@pytest.mark.parametrize(("text", "direction", "page"), [
    ("（下转第2版）", "to", 2), ("(转第12版)", "to", 12), ("（上接第1版）", "from", 1), ("（接第三版）", "from", 3)])
def test_continuation_notes(text: str, direction: str, page: int) -> None:
    note = is_continuation_line(text)
    assert note is not None and (note.direction, note.page) == (direction, page)


def test_continuation_note_closing_a_line() -> None:
    note = find_continuation("确保年底前全部完成。（下转第2版）")
    assert note is not None and (note.direction, note.page, note.start) == ("to", 2, 10)
    assert is_continuation_line("确保年底前全部完成。（下转第2版）") is None


@pytest.mark.parametrize(("paragraph", "dateline", "bylines", "rest"), [
    ("本报讯 4月28日上午，江城区召开会议。", "本报讯", [], "4月28日上午，江城区召开会议。"),
    ("本报北京7月28日电 （记者 张三 李四）国务院召开会议。", "本报北京7月28日电",
     [Byline("记者", "张三"), Byline("记者", "李四")], "国务院召开会议。"),
    ("新华社北京2月1日电（张文、杨希壮）会议强调。", "新华社北京2月1日电",
     [Byline(None, "张文"), Byline(None, "杨希壮")], "会议强调。"),
    ("本报记者走进社区，了解情况。", None, [], "本报记者走进社区，了解情况。"),
])
def test_datelines(paragraph: str, dateline: str | None, bylines: list[Byline], rest: str) -> None:
    split = split_dateline(paragraph)
    assert (split.dateline, split.bylines, split.rest) == (dateline, bylines, rest)
    assert starts_with_dateline(paragraph) is (dateline is not None)


@pytest.mark.parametrize(("line", "meta"), [
    ("江城日报 2024年5月1日 星期三 第2版 要闻",
     {"date": "2024-05-01", "paper": "江城日报", "weekday": "星期三", "page": "2", "section": "要闻"}),
    ("2020年1月15日 星期三", {"date": "2020-01-15", "weekday": "星期三"}),
    ("2020年1月15日 第3版", {"date": "2020-01-15", "page": "3"}),
    ("第7版 理论", {"page": "7", "section": "理论"}),
    ("城建 第9版", {"page": "9", "section": "城建"}),  # the section before the number (a footer)
    ("江城日报 第9版", {"page": "9"}),  # the paper's name is no section
    ("2020年1月15日 星期三 第3版", {"date": "2020-01-15", "weekday": "星期三", "page": "3"}),
    # the number printed without 第 (a piece of its own), and a colon before the section
    ("02版\u3000综合新闻", {"page": "2", "section": "综合新闻"}),
    ("15版", {"page": "15"}),
    ("第2版：要闻", {"page": "2", "section": "要闻"}),
    ("责任编辑：包美芬", {"editors": "责任编辑：包美芬"}),
    ("本版责编：王小明 李华", {"editors": "责编：王小明 李华"}),  # a footer's editors
    # roles parted by slashes: a slash ends the names before it (no 版 taken from 版式设计)
    ("责任编辑：王小明/版式设计：李华/文字校对：赵敏",
     {"editors": "责任编辑：王小明；版式设计：李华；文字校对：赵敏"}),
])
def test_page_headers(line: str, meta: dict[str, str]) -> None:
    assert parse_page_header(line) == meta


@pytest.mark.parametrize(("line", "meta"), [
    ("2020年1月15日 星期三  2 城建", {"date": "2020-01-15", "weekday": "星期三", "page": "2", "section": "城建"}),
    ("2020年1月15日 星期三 城建 2", {"date": "2020-01-15", "weekday": "星期三", "page": "2", "section": "城建"}),
    ("2020年1月15日 星期三 17", {"date": "2020-01-15", "weekday": "星期三", "page": "17"}),
])
def test_page_number_and_section_after_the_weekday(line: str, meta: dict[str, str]) -> None:
    """One header line with the date, its weekday, then the page number and the
    section in either order."""
    assert furniture_meta(line) == meta


@pytest.mark.parametrize("line", ["本版制图：李小明", "2020年1月15日，江城区召开会议。", "（下转第2版）", "江城区领导调研老旧小区改造工作",
                                  "本报2版刊发评论员文章", "改为2版面"])
def test_body_lines_are_no_headers(line: str) -> None:
    assert parse_page_header(line) is None


@pytest.mark.parametrize(("text", "kicker"), [
    ("江城区领导调研老旧小区改造工作时强调", True), ("习近平在会见时要求", True), ("全市召开经济工作会议——", True),
    ("把好事办好 让居民住得更舒心", False), ("新图书馆开门迎客", False)])
def test_kicker_endings(text: str, kicker: bool) -> None:
    assert looks_like_kicker(text) is kicker


@pytest.mark.parametrize(("text", "dash"), [("——件件有回音", True), ("—件件有回音", True), ("--件件有回音", True),
                                            ("件件有回音——", False)])
def test_subtitle_dashes(text: str, dash: bool) -> None:
    assert starts_with_dash(text) is dash


def test_joining_wrapped_lines() -> None:
    assert join_lines(["江城区委书记周明远率", "队到滨江街道调研"]) == "江城区委书记周明远率队到滨江街道调研"
    assert join_lines(["据 New", "York Times 报道"]) == "据 New York Times 报道"
    assert join_lines(["GDP 增长 6", "%"]) == "GDP 增长 6%"


@pytest.mark.parametrize(("text", "ends"), [
    ("确保年底前全部完成。", True), ("他说：“好！”", True), ("真的吗？", True), ("确保年底前全部", False),
    ("“书香江城”", False), ("（下转第2版）", False), ("涵盖教育、", False)])
def test_sentence_ends(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


def test_tiers_on_a_page_kicker_title_and_dash_subtitle_in_blocks_of_their_own() -> None:
    import banmian

    text = ("江城区领导调研老旧小区改造工作时强调\n\n把好事办好 让居民住得更舒心\n\n——件件有回音 事事有着落\n\n"
            "本报讯 4月28日上午，江城区委\n书记周明远率队到滨江街道调研\n老旧小区改造工作。\n")
    [article] = banmian.parse_text(text, enrich=False).articles
    assert article.headline.to_dict() == {"kicker": "江城区领导调研老旧小区改造工作时强调",
                                          "title": "把好事办好 让居民住得更舒心", "subtitle": "——件件有回音 事事有着落"}
    assert article.dateline == "本报讯"


def test_a_long_paragraph_opening_with_a_role_is_no_byline_and_is_quick() -> None:
    """A paragraph that opens with 记者 made the byline pattern try every way to
    cut its characters into names (40 characters: seconds; a paragraph: never
    ending). It hung the PDF parser on a real article."""
    import time

    paragraph = "记者在江城市青禾区石桥乡东湖村看到当地生产的花灯采用较新的材料和工艺改进了传统花灯。"
    started = time.perf_counter()
    assert parse_byline_line(paragraph) is None
    assert parse_byline_line(paragraph * 5) is None
    assert time.perf_counter() - started < 0.05


def test_two_names_run_together_are_split_where_the_second_opens_with_a_surname() -> None:
    from banmian.layout.rules import split_names

    assert split_names("记者 周立新刘阳") == [Byline("记者", "周立新"), Byline("记者", "刘阳")]
    assert split_names("记者 欧阳晓晨") == [Byline("记者", "欧阳晓晨")]  # four: one name (a compound surname)
    assert split_names("记者 赵六") == [Byline("记者", "赵六")]


def test_padded_names_in_a_byline_line() -> None:
    """A two-character name padded to three cells (邵 洋) is one name, beside
    unpadded names and after any role; two padded names in a row are two."""
    from banmian.layout.rules import parse_byline_line

    assert parse_byline_line("本报记者 崔 佳 常碧罗") == [Byline("本报记者", "崔佳"), Byline("本报记者", "常碧罗")]
    assert parse_byline_line("本报记者　邵　洋") == [Byline("本报记者", "邵洋")]
    assert parse_byline_line("记者 张 三 李 四") == [Byline("记者", "张三"), Byline("记者", "李四")]
    assert parse_byline_line("本报记者 王 一 通讯员 李 四") == [Byline("本报记者", "王一"), Byline("通讯员", "李四")]


def test_a_line_of_names_opens_with_surnames() -> None:
    """朱炳元 and 汪 涛 alone on a line are authors; a short label with no
    surname in front (新闸机, 核心阅读) is not."""
    from banmian.layout.body_units import plain_names

    assert plain_names("朱炳元") == [Byline(None, "朱炳元")]
    assert plain_names("汪 涛") == [Byline(None, "汪涛")]
    assert plain_names("周蕾峰  万强宏") == [Byline(None, "周蕾峰"), Byline(None, "万强宏")]
    assert plain_names("新闸机") is None
    assert plain_names("亮 点") is None
    assert plain_names("核心阅读") is None


def test_the_space_between_two_reporters_in_a_dateline_tells_them_apart() -> None:
    """（记者冯小珺 花放）: the second name's surname is too rare for any list,
    so the names run together say nothing; the space set between them in the
    line as printed does: two reporters, not one of five characters."""
    from banmian.layout.article_build import take_dateline
    from banmian.model import Article

    article = Article(id="")
    raw = "本报北京2月1日电（记者冯小珺 花放）当地时间1日，青禾县举行春耕动员会。"
    paras = take_dateline(article, [raw.replace("珺 花", "珺花")], raw_first=raw)
    assert (article.dateline, article.bylines) == ("本报北京2月1日电", [Byline("记者", "冯小珺"), Byline("记者", "花放")])
    assert paras == ["当地时间1日，青禾县举行春耕动员会。"]


def test_a_photographers_credit_line_is_no_byline() -> None:
    """本报记者 张三摄 on a line of its own credits a photo (its caption's
    credit when the caption is found): a role and a name run into 摄 is no
    reporter's byline; the byline line set the same way without 摄 is."""
    assert parse_byline_line("本报记者 高青禾摄") is None
    assert parse_byline_line("■ 记者 李长河 摄") is None
    assert parse_byline_line("本报记者 高青禾") == [Byline("本报记者", "高青禾")]
