"""A small title over its dateline, a column rule away from a larger
headline on its left (a vertical headline heading the columns on its own
side of the rule), is a headline of its own: the larger headline heads no
column past a rule. Read as headed already, the title went into the text and
the piece lost its headline (issue 9, points 1 and 3). Lines built by hand
(font names as a PDF gives them): PDF mode's geometric pass."""

from __future__ import annotations

from banmian.layout.small_headlines import headlines_over_datelines
from banmian.model import TextLine

_BODY = 9.0
_SONG = "AR PL UMing CN"
_TEXT = "今年春节前后，各地举办了丰富多彩的民俗活动，吸引了众多"


def _ln(text: str, x0: float, top: float, size: float, font: str = _SONG, vertical: bool = False) -> TextLine:
    if vertical:
        return TextLine(text, (x0, top, x0 + size, top + size * len(text)), size, vertical=True, font=font)
    return TextLine(text, (x0, top, x0 + size * len(text), top + size), size, font=font)


def _lines() -> tuple[TextLine, list[TextLine]]:
    title = _ln("第三届乡村摄影大赛作品揭晓", 260.0, 300.0, 10.0, "WenQuanYi Zen Hei")
    text = [_ln("本报北京3月2日电（记者林海）2日，第三届", 250.0, 318.0, _BODY)]
    text += [_ln(_TEXT[:16], 250.0, 330.0 + 12.0 * i, _BODY) for i in range(20)]
    left = [_ln(_TEXT[:16], 40.0 + 0 * 150.0, 296.0 + 12.0 * i, _BODY) for i in range(24)]
    return title, [title] + text + left


def test_a_title_a_column_rule_away_from_a_larger_headline_is_a_headline():
    title, lines = _lines()
    vertical = _ln("乡村振兴再出发", 200.0, 296.0, 20.0, "WenQuanYi Zen Hei", vertical=True)
    rule = (236.0, 290.0, 236.0, 600.0)
    assert headlines_over_datelines(lines, _BODY, [vertical], walls=[rule]) == [title]
    # no rule between: the larger headline level with its top on its left heads its column already
    assert headlines_over_datelines(lines, _BODY, [vertical]) == []
    # a rule beside that stops over the title's top parts nothing there
    assert headlines_over_datelines(lines, _BODY, [vertical], walls=[(236.0, 320.0, 236.0, 600.0)]) == []
