"""Two parts with no headline of their own, one over the other with a rule
across the page between them, are two articles: the rule parts them as it
parts any two articles (layout/headless_clusters). The page: the rest of an
article sent on from another page fills the top row's columns; under a rule
across the page another article's part with no headline fills the row under
it, its columns right under the first part's feet. PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import band_header, blank_page, page_articles, save, set_columns  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 11
LEFTS = (40.0, 170.0, 300.0, 430.0)
UPPER = ("（上接第三版）镇上的集市每逢农历初五开市，天不亮就有商贩从四面八方赶来摆摊。"
         "卖菜的、卖布的、修鞋的挤满了整条老街，吆喝声此起彼伏，一直热闹到中午才慢慢散去。"
         "近几年集市搬进了新建的市场大棚，地面硬化了，摊位也划了线，下雨天再也不用踩着泥水赶集。"
         "市场管理员说，大棚里装了监控和消防设施，晚上还有人值守，商户们放心了许多，"
         "外地的客商也愿意来，集市的生意比从前红火得多。")
LOWER = ("河边的苗圃今年春天扩大了一倍，工人们正忙着给新栽的树苗浇水施肥。"
         "苗圃负责人介绍，这里培育的银杏、香樟和桂花主要供应周边几个县的绿化工程，"
         "去年卖出树苗两万多株，带动附近三十多户村民在家门口就业。"
         "村民老周在苗圃干了五年，学会了嫁接和修剪的手艺，他说在这里干活离家近，"
         "收入也稳定，还能照顾家里的老人和孩子。")


def _page(path: Path) -> Path:
    doc, page = blank_page(580, 520)
    band_header(page, 4)
    top = 90
    assert not set_columns(page, UPPER, LEFTS, top, PER, SIZE, LEAD, rows=8)
    feet = top + 7 * LEAD  # the upper part's last baseline
    page.draw_line((40, feet + 12), (540, feet + 12), width=0.8)
    assert not set_columns(page, LOWER, LEFTS, feet + 30, PER, SIZE, LEAD, rows=7)
    return save(doc, path)


def test_a_rule_across_parts_two_parts_with_no_headline(tmp_path):
    articles = page_articles(_page(tmp_path / "p.pdf"))
    bodies = ["".join(a.paragraphs) for a in articles if a.headline.title is None]
    upper = [t for t in bodies if "集市" in t]
    lower = [t for t in bodies if "苗圃" in t]
    assert len(upper) == 1 and len(lower) == 1 and upper[0] != lower[0], bodies
    assert upper[0].endswith("红火得多。") and lower[0].startswith("河边的苗圃"), bodies
