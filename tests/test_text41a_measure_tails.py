"""Text mode, blocks as an extractor gives them: a subheading set in the body's
own type fills the column's measure on its first line and wraps its last
characters onto a short line of their own (……食堂前 / 景看好). That short line
is no author's name (景 opens names too), and the subheading no headline of
an article of its own (measure_tails.py). Invented text."""

from __future__ import annotations

import banmian

PAGE = """江城日报
理论

2026年3月6日 星期五    第7版

本报讯（记者 林小雨 通
讯员 周一凡）今年以来，江城
各街道陆续开办社区食堂，为
辖区老人提供实惠可口的饭
菜。食堂由街道统一管理，价
格实行公示，每天中午都坐满
了前来就餐的居民。

街道负责人介绍，食堂的菜
品由营养师搭配，兼顾口味和
健康，还为行动不便的老人提
供送餐上门服务。

老人就餐需求增长，食堂前

景看好

“以前一个人做饭麻烦，现
在走几步就能吃上热饭。”家
住河西社区的王大爷说，食堂
开到了家门口，儿女们也更放
心了。

据统计，全市已有社区食堂
四十余家，日均服务老人一万
余人次，今年还将新建二十家。

社区食堂让老人吃得更舒心（民生观察）

——社区养老服务怎么看
"""


def test_wrapped_subheading_stays_in_its_article() -> None:
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["社区食堂让老人吃得更舒心（民生观察）"]
    assert not articles[0].bylines or all(b.name != "景看好" for b in articles[0].bylines)
    assert any(p.startswith("“以前一个人做饭麻烦") for p in articles[0].paragraphs)

