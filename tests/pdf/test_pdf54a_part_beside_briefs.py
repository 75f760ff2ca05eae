"""A part with no headline on the page beside a column of news briefs: its
columns, a few characters narrower than the briefs' column, open an indented
paragraph level with the text of a brief that closes on its authors'
credit. The text beside is finished and set in another measure, so the part
goes on from none of it: an article of its own, not the rest of that brief
(layout/part_measures.apart_beside). PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import band_header, blank_page, save, set_column, set_columns, titled_texts  # noqa: E402

SIZE, LEAD = 10.0, 15.0
BRIEFS = (
    ("老城区新添三处口袋公园", "近日，老城区利用闲置边角地建成三处口袋公园，种上了花草，摆放了座椅，附近居民有了散步休闲的好去处。（林川）"),
    ("市图书馆延长开放时间", "即日起，市图书馆周末开放时间延长至晚上九点，方便上班族下班后前来借书阅读，自习区座位也增加了一百个。（周晓梅）"),
    ("城西菜市场完成改造", "经过三个月施工，城西菜市场完成改造重新开业，摊位统一规划，地面干净整洁，还开通了线上下单送菜到家的服务。（钟晓岚）"),
)
PART = ("一个周末的清晨，记者跟着护林员老周走进山里，沿着他每天巡护的小路往上爬。"
        "老周在这片林子里走了二十多年，哪里有泉水、哪里的树长得最好，他闭着眼睛都说得出来。"
        "每走一段，他就停下来看看有没有火灾隐患，再把路边的垃圾捡进随身带的袋子里。"
        "他说，守好这片林子，就是守好山下几个村子的水源，这份活儿一天也不能落下。")


def _page(path: Path) -> Path:
    doc, page = blank_page(560, 420)
    band_header(page, 3)
    y, tops = 84.0, []
    for title, text in BRIEFS:
        page.insert_text((40, y + 12), title, fontname="china-s", fontsize=12)
        tops.append(y + 20)
        left = set_column(page, text, 40, y + 20 + SIZE, 18, SIZE, LEAD)
        assert not left
        y += 20 + LEAD * ((len(text) + 2 + 17) // 18) + 14
    lefts = (236.0, 346.0, 456.0)  # ten characters a line, level with the last brief's text
    assert not set_columns(page, PART, lefts, tops[-1] + SIZE, 10, SIZE, LEAD, 12)
    return save(doc, path)


def test_a_part_in_narrower_columns_beside_a_closed_brief_is_an_article_of_its_own(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {title for title, _ in BRIEFS} | {None}, by_title
    assert by_title[None].startswith("一个周末的清晨") and by_title[None].endswith("一天也不能落下。")
    assert by_title["城西菜市场完成改造"].endswith("送菜到家的服务。")
