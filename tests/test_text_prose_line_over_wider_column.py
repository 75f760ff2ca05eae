"""Text mode: where an article's text goes on in wider columns, the first
line of the wider measure may stand as a unit of its own (pdftotext -raw
of a real 理论 page: a line of the wider measure, its clauses running on
from the line above and into the next). A line of clauses (two commas) that fills the
column under it to the cell and leaves its sentence open is that column's
first line, not a headline (text_classify._runs_into_next). Invented text."""

from __future__ import annotations

import banmian

_SENTENCES = ("社区议事会每月召开一次，居民代表围坐在一起商量大事小情。", "改造方案先由居民投票，再由街道组织施工，进度每周公示。",
              "老街的青石板路和百年古树都被保留下来，老居民留得住乡愁。", "新建的口袋公园里，孩子们在草坪上奔跑，老人们在树下下棋。",
              "街道还请来规划师驻点服务，帮助居民把想法变成图纸。", "这些做法让改造少走了弯路，也让邻里关系更加融洽。")
_WIDE_LINE = "演讲，作为这座城市更新工作里程碑式的探索之作，开启了我们全市城市更新工作的"
_NEXT_LINE = "全面推进的新阶段，值得好好总结，也值得在更多街区推广。"


def _prose(chars: int, first: int = 0) -> str:
    text, k = "", first
    while len(text) < chars:
        text, k = text + _SENTENCES[k % len(_SENTENCES)], k + 1
    return text[:chars]


def _column(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _page() -> str:
    narrow = _column(_prose(26 * 40 - 5), 26)
    wide = [_NEXT_LINE, *_column(_prose(37 * 33, 2), 37)]
    lines = ["6 理论 江城日报 2026年3月6日 星期五", "", "让城市更新惠及每一位居民", "", "林小雨", "",
             *narrow, "", _WIDE_LINE, "", *wide, "", "（作者单位：江城大学城市规划研究院）"]
    return "\n".join(lines) + "\n"


def test_a_full_line_of_clauses_opens_the_wider_columns_of_its_article() -> None:
    articles = banmian.parse_text(_page(), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["让城市更新惠及每一位居民"]
    text = "".join(articles[0].paragraphs)
    assert _WIDE_LINE + _NEXT_LINE in text
    assert articles[0].paragraphs[-1] == "（作者单位：江城大学城市规划研究院）"
