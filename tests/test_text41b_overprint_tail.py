"""A title's wrapped tail that the subtitle under it happens to end with
(江城推进老旧小 / 区改造工程 / 今年将完成一百个老旧小区改造工程) is no
overprinted copy of the subtitle: the line above it is a piece of no line near,
so it is the tail of that line. A headline drawn twice still loses its copy.
Invented text."""

from banmian.layout.stream_lines import without_overprint

_TAIL = [("江城推进老旧小", 1), ("区改造工程", 2), ("今年将完成一百个老旧小区改造工程", 3)]


def test_title_tail_ending_like_the_subtitle_is_kept() -> None:
    assert without_overprint(_TAIL) == _TAIL
    drawn_twice = [("新征程：", 1), ("新征程：城市更新的时代答卷", 2), ("城市更新的时代答卷", 3)]
    assert [t for t, _ in without_overprint(drawn_twice)] == ["新征程：城市更新的时代答卷"]

