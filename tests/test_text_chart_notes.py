"""Text mode: an infographic's title and notes (数据来源：…, 本版制图：…) that an
extractor gives among the articles' text are no article, titled or headless
(a real 理论 page through PyMuPDF gave two spurious articles so); the words
stay on the page as blocks (chart_notes.py). Invented text."""

from __future__ import annotations

import banmian

PAGE = """7 理论 江城日报 2026年3月10日 星期二
守住老街区的烟火气
王立新
城市更新不是简单的拆旧建新，而是要在改善居住条件的同时，留住街巷里
的生活气息。一些地方在改造中保留了早点铺、修鞋摊和菜市场，让老居民
的日子照常过下去，也让新来的年轻人感受到城市的温度。
守住烟火气，关键在于倾听居民的声音。改造方案要经过居民议事会反复讨
论，施工安排要尽量避开早晚高峰，让改造过程少一些打扰，多一些温情。
（作者为江城大学城市规划研究院教授）
近五年全市老旧小区改造稳步推进
数据来源：
《江城市住房和城乡建设局2025年工作
报告》。
本版制图：陈小雨
"""


def test_a_charts_title_and_notes_make_no_article() -> None:
    page = banmian.parse_text(PAGE, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["守住老街区的烟火气"]
    assert page.articles[0].paragraphs[-1] == "（作者为江城大学城市规划研究院教授）"
    kept = "".join(line for block in page.blocks for line in block.lines)
    assert "近五年全市老旧小区改造稳步推进" in kept and "本版制图：陈小雨" in kept
