"""A headline atop the page over its first column only (a photo under it,
the text under the photo), the rest of its text in columns on the right
that open the page's top row with nothing at all over them: those columns
are that headline's article, not a headless piece (a piece run on from
another page opens under a rule or with a note saying so)."""

from __future__ import annotations

from banmian.layout.geometric import build_pdf_page
from banmian.model import PageContent, TextLine

BODY = 9.0
STEP = 13.0
CHARS = 10


def _column(texts: list[str], x0: float, top: float) -> list[TextLine]:
    """Lines of a column ten characters wide; a line opening with two spaces is indented."""
    out = []
    for k, text in enumerate(texts):
        indent = text.startswith("  ")
        text = text.strip()
        left = x0 + (2 * BODY if indent else 0.0)
        y0 = top + k * STEP
        out.append(TextLine(text, (left, y0, min(x0 + CHARS * BODY, left + len(text) * BODY), y0 + BODY), BODY))
    return out


def test_columns_opening_the_page_top_beside_a_headline_there_are_its_text() -> None:
    head = TextLine("山村画展开幕", (40.0, 40.0, 40.0 + 6 * 18.0, 58.0), 18.0)
    photo = (40.0, 70.0, 40.0 + 2 * CHARS * BODY + 9.0, 190.0)
    caption = TextLine("画展现场。张明摄", (40.0, 194.0, 40.0 + 8 * 7.5, 201.5), 7.5)
    left = (_column(["  近日，一场山村", "画展在青竹乡开幕，", "展出村民画作百余", "幅，吸引不少游客。", "画作多以田园风光",
                     "和农家生活为题材。"], 40.0, 210.0)
            + _column(["  乡里还为画家们", "开设了工作室，供", "他们长期创作，画", "展将持续到月底结", "束，欢迎市民前来", "参观。"],
                      139.0, 210.0))
    right = (_column(["  参展的画家中有", "不少是返乡青年，", "他们用画笔记录家", "乡的变化，也把村", "子的故事讲给更多",
                      "的人听。"], 238.0, 70.0)
             + _column(["  乡里负责人说，", "今后还将举办书法", "和摄影展，让更多", "的艺术活动走进山", "村，丰富村民的文",
                        "化生活。"], 337.0, 70.0))
    content = PageContent(0, 600.0, 800.0, lines=[head, caption] + left + right, images=[photo])
    articles = build_pdf_page(content).articles
    assert [a.headline.title for a in articles] == ["山村画展开幕"], [(a.headline.title, a.paragraphs) for a in articles]
    text = "".join(articles[0].paragraphs)
    assert text.startswith("近日，一场山村画展") and text.endswith("丰富村民的文化生活。"), text
