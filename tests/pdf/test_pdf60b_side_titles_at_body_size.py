"""Side headlines set at about the body's size (issue 9, points 1 and 3).

A short piece in a narrow box beside its columns: its title in 黑体 a hair
over the text's size, and either a kicker wrapped over two lines in 楷体 over
it (the box's top level with the text's first line), or text set in 楷体 on a
page of 宋体 opening level with the title. Both were read as text (the title
lost, the piece split or glued to another). Lines built by hand (font names
as a PDF gives them): PDF mode's geometric pass."""

from __future__ import annotations

from banmian.layout.side_small_titles import side_titles_at_body_size
from banmian.model import TextLine

_BODY = 8.0
_TEXT = "今年春节前后，各地举办了丰富多彩的民俗活动，吸引了众多"


def _ln(text: str, x0: float, top: float, size: float, font: str) -> TextLine:
    return TextLine(text, (x0, top, x0 + size * len(text), top + size), size, font=font)


def _page_text() -> list[TextLine]:
    """Another article's columns lower on the page, in the page's 宋体 (most of its text)."""
    return [_ln(_TEXT[:16], 40.0 + 140.0 * c, 500.0 + 12.0 * i, _BODY, "AR PL UMing CN")
            for c in range(4) for i in range(30)]


def _column(x0: float, top: float, size: float, font: str, n: int = 20) -> list[TextLine]:
    return [_ln(_TEXT[:15], x0, top + 12.0 * i, size, font) for i in range(n)]


def test_a_title_under_a_kicker_wrapped_over_two_lines_is_a_headline():
    kicker = [_ln("海外华人社团举行丰富", 40.0, 100.0, 7.7, "AR PL UKai CN"),
              _ln("多样的新春联欢活动", 40.0, 109.5, 7.7, "AR PL UKai CN")]
    title = _ln("把年味带到大洋彼岸", 40.0, 124.0, 8.6, "WenQuanYi Zen Hei")
    names = _ln("林海波", 40.0, 139.0, 7.7, "AR PL UKai CN")
    text = _column(190.0, 98.0, 7.6, "AR PL UMing CN") + _column(320.0, 98.0, 7.6, "AR PL UMing CN")
    lines = kicker + [title, names] + text + _page_text()
    assert side_titles_at_body_size(lines, _BODY) == [title]
    # the two lines over it the end of a paragraph (a sentence ends): no kicker, the run is the text's
    ended = [kicker[0], _ln("多样的新春联欢活动。", 40.0, 109.5, 7.7, "AR PL UKai CN")]
    assert side_titles_at_body_size(ended + [title, names] + text + _page_text(), _BODY) == []


def test_a_side_title_beside_text_in_another_plain_face_is_a_headline():
    title = _ln("老兵讲述难忘一刻", 40.0, 100.0, 8.5, "WenQuanYi Zen Hei")
    names = _ln("本报记者张明", 40.0, 114.0, _BODY, "WenQuanYi Zen Hei")
    text = _column(190.0, 98.0, _BODY, "AR PL UKai CN") + _column(320.0, 98.0, _BODY, "AR PL UKai CN")
    assert side_titles_at_body_size([title, names] + text + _page_text(), _BODY) == [title]
    # one line of 楷体 level with it (a kicker beside, a note), no column under it: heads nothing
    lone = [_ln(_TEXT[:15], 190.0, 98.0, _BODY, "AR PL UKai CN")]
    assert side_titles_at_body_size([title, names] + lone + _page_text(), _BODY) == []
