"""Text mode: an extractor's headline block (or a stream's run) that holds the
authors' line under the tiers (……推动人的全面发展 / 刘宏达 谢守成 on a real
理论 page through pdftotext -raw). A line listing two names or more a space
apart is the byline, never a tier glued into the title
(text_bylines.split_author_lines_off_headlines). Invented text."""

from __future__ import annotations

import banmian

PAGE = """7 理论 江城日报 2026年3月10日 星期二

让老街区焕发新活力
城市更新要守住烟火气
王立新 陈晓光

城市更新不是简单的拆旧建新，而是要在改善居住条件的同时，留住街巷里
的生活气息。一些地方在改造中保留了早点铺、修鞋摊和菜市场，让老居民
的日子照常过下去，也让新来的年轻人感受到城市的温度。
守住烟火气，关键在于倾听居民的声音。改造方案要经过居民议事会反复讨
论，施工安排要尽量避开早晚高峰，让改造过程少一些打扰，多一些温情。
（作者单位：江城大学城市规划研究院）
"""


def test_the_names_line_under_the_tiers_is_the_byline() -> None:
    (article,) = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    assert article.headline.kicker == "让老街区焕发新活力"
    assert article.headline.title == "城市更新要守住烟火气"
    assert [(b.role, b.name) for b in article.bylines] == [(None, "王立新"), (None, "陈晓光")]

