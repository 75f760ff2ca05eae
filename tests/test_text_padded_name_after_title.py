"""pdftotext -raw runs the pieces of one baseline into one line: a 理论
page's title with its author's name, padded to three cells, set at the end of
its line (让基层治理更有温度 孔 宁). The name is the article's byline, never
the title's last words (the independent page raw:furniture:logos-6 too)."""

from __future__ import annotations

from banmian.layout.text_bylines import split_author_lines_off_headlines
from banmian.layout.text_units import Unit
from banmian.model import Block, Role

BODY = ["城市的烟火气，是百姓日子", "的温度，也是城市治理水平的", "体现。"]


def _split(title_line: str) -> list[tuple[Role, list[str]]]:
    units = [Unit(Block([title_line], Role.TITLE)), Unit(Block(list(BODY), Role.BODY))]
    return [(u.block.role, u.block.lines) for u in split_author_lines_off_headlines(units)]


def test_a_padded_name_after_the_title_is_its_byline():
    assert _split("守护好城市的烟火气 林 川") == [
        (Role.TITLE, ["守护好城市的烟火气"]), (Role.BYLINE, ["林 川"]), (Role.BODY, BODY)]


def test_two_phrases_of_a_title_keep_their_words():
    """A second phrase, or two characters that open with no surname, are the title's."""
    assert _split("守护城市烟火气 留住百姓温度")[0] == (Role.TITLE, ["守护城市烟火气 留住百姓温度"])
    assert _split("守护好城市的烟火气 很 好")[0] == (Role.TITLE, ["守护好城市的烟火气 很 好"])


def test_an_office_and_its_holder_sign_a_text():
    """……监委主任 王 玮 closing a dashed signature: the office's holder, no byline of a title."""
    units = [Unit(Block(list(BODY), Role.BODY)), Unit(Block(["——江城市纪委书记、", "监委主任 王 玮"], Role.TITLE))]
    out = split_author_lines_off_headlines(units)
    assert [(u.block.role, u.block.lines) for u in out][-1] == (Role.TITLE, ["——江城市纪委书记、", "监委主任 王 玮"])
    assert split_author_lines_off_headlines([Unit(Block(["市政协副主席 林 川"], Role.TITLE))])[0].block.lines == [
        "市政协副主席 林 川"]
