"""Text mode: a title broken over two lines inside a word (在奋斗中收获更 /
多自信和勇气) was read as kicker and title. A kicker and its title meet at a
phrase's edge; a line that ends inside a word the article's body writes whole
(更多), over a line about as long, is the title's first line. A kicker that
meets its title at a phrase's edge, one that ends the way kickers do, and a
much longer one stay. Invented text."""

from banmian.layout.headline_word_cuts import kicker_cut_in_a_word_joins_title
from banmian.model import Headline

_BODY = "今年以来，江城新建了三座图书馆，市民读书的去处更多了。图书馆每天开放到晚上九点。"


def _read(kicker: str, title: str, body: str = _BODY) -> tuple:
    head = Headline(kicker=kicker, title=title)
    kicker_cut_in_a_word_joins_title(head, body)
    return head.kicker, head.title


def test_a_kicker_ending_inside_a_word_of_the_body_is_the_titles_first_line() -> None:
    assert _read("江城读书的去处更", "多了也更近了") == (None, "江城读书的去处更多了也更近了")


def test_a_kicker_meeting_its_title_at_a_phrases_edge_stays() -> None:
    assert _read("江城新建三座图书馆", "读书去处多了") == ("江城新建三座图书馆", "读书去处多了")


def test_the_break_must_be_written_whole_in_the_body() -> None:
    assert _read("江城读书的去处更", "多了也更近了", body="市民说，图书馆离家很近。") == ("江城读书的去处更", "多了也更近了")


def test_a_kicker_much_longer_than_the_title_stays() -> None:
    got = _read("今年以来江城新建三座图书馆读书去处更", "多了")
    assert got == ("今年以来江城新建三座图书馆读书去处更", "多了")


def test_a_kicker_naming_an_office_stays() -> None:
    body = "江城图书馆馆长李明说，图书馆每天开放到晚上九点。"
    assert _read("江城图书馆馆长", "李明的读书梦") == ("江城图书馆馆长", "李明的读书梦")
    assert _read("江城图书馆馆长", "李明的读书梦", body=body) == ("江城图书馆馆长", "李明的读书梦")


def test_a_kicker_naming_a_contest_stays() -> None:
    body = "江城龙舟赛将于五月举行，二十支队伍报名参赛。"
    assert _read("二〇二六年江城龙舟赛", "将新增女子组比赛", body=body) == ("二〇二六年江城龙舟赛", "将新增女子组比赛")


def test_a_kicker_of_a_character_or_two_is_no_filled_first_line() -> None:
    body = "江城图书馆馆长李明说，市民读书的去处更多了。"
    assert _read("更", "多了", body=body) == ("更", "多了")
