"""A closing dateline set flush right in an article's last column, wider
than the space left on its line, runs left up against the column beside:
the text layer reads that column's line and the dateline as one line. The
line is split where the column ends: the column's text reads on, and the
dateline closes the article."""

from __future__ import annotations

from banmian.layout.geometric import build_pdf_page
from banmian.model import PageContent, TextLine

BODY = 10.0
STEP = 15.0


def _line(text: str, x0: float, y0: float, x1: float | None = None) -> TextLine:
    return TextLine(text, (x0, y0, x1 if x1 is not None else x0 + len(text) * BODY, y0 + BODY), BODY)


def test_a_closing_dateline_run_into_the_column_beside_is_split_off() -> None:
    head = TextLine("古镇灯会迎客", (100.0, 100.0, 100.0 + 6 * 22.0, 122.0), 22.0)
    left = ["今年的古镇灯会昨", "晚开幕，上百组彩灯沿", "河排开，吸引了大批市", "民和游客前来参观。街"]
    right = ["节日气氛十分浓厚。灯", "会将持续到元宵节，其", "间还有舞龙舞狮表演。"]
    lines = [head, _line(left[0], 120.0, 140.0)]
    lines += [_line(text, 100.0, 140.0 + k * STEP) for k, text in enumerate(left[1:], 1)]
    lines += [_line(text, 212.0, 140.0 + k * STEP) for k, text in enumerate(right)]
    lines.append(_line("（记者 周平）", 312.0 - 6.5 * BODY, 140.0 + 3 * STEP, 312.0))
    # the left column's last line, run into the dateline standing flush right under the names (wider than
    # its column, it overruns the gutter)
    lines.append(_line("道两旁挂满了红灯笼，" + "（本报江城12月18日电）", 100.0, 140.0 + 4 * STEP, 312.0))
    content = PageContent(0, 600.0, 800.0, lines=lines)
    articles = build_pdf_page(content).articles
    assert len(articles) == 1, [(a.headline.title, a.paragraphs) for a in articles]
    art = articles[0]
    text = "".join(art.paragraphs)
    assert text == ("今年的古镇灯会昨晚开幕，上百组彩灯沿河排开，吸引了大批市民和游客前来参观。街道两旁挂满了红灯笼，"
                    "节日气氛十分浓厚。灯会将持续到元宵节，其间还有舞龙舞狮表演。"), text
    assert len(art.paragraphs) == 1, art.paragraphs  # (the dateline joins no line of the column on its left)
    assert art.dateline == "本报江城12月18日电", art.dateline
    assert [b.name for b in art.bylines] == ["周平"], art.bylines
