"""Text mode: an essay whose first column runs into a quotation set in on
both sides (its lines narrower) after the colon that brings it in. The
stream gives both as one unit of two measures; it is cut where the measure
changes, both parts are body, and the quotation's paragraphs are told by
its own width. Lines of two columns woven together (an extractor reading
across the page) swing between widths and are not cut. (Invented text.)"""

from __future__ import annotations

import banmian
from banmian.layout.measure_cuts import cut_at_measure_changes
from banmian.layout.text_units import Unit
from banmian.model import Block

ESSAY = """修建这条铁路用了整整八年。沿线山高
谷深，工程队先后打通隧道四十多座，架
设桥梁一百多座，许多工人把青春留在了
大山里。如今回看那段岁月，留下来的实
物已经不多。
在市档案馆的展柜里，陈列着一封已
经发黄的家书。写信的人是当年铁路工程
队的技术员林振声，收信人是他远在老家
的母亲。信纸只有两页，却把修路的艰辛
写得清清楚楚。
翻开信纸，字里行间满是一位游子对
母亲的牵挂。一九七五年冬天，工地被大
雪围困了半个月，他在信中写道：""".split("\n")

def _set(paragraph: str, measure: int) -> list[str]:
    """A paragraph set in ``measure`` characters, its first line indented two."""
    lines, at = [paragraph[:measure - 2]], measure - 2
    while at < len(paragraph):
        lines.append(paragraph[at:at + measure])
        at += measure
    return lines


QUOTED = ["这里的山很高，隧道一天只能挖进一米多。工友们住在工棚里，晚上听得见山风。上个月塌了一段，幸好没有伤人。"
          "大家歇了两天又接着干，谁也没说要走。等路通了，我就坐着火车回家看您。",
          "过年的时候，工地上包了饺子，大家围着火炉吃得很香。队长说，明年这个时候，火车就能开到山那边了。我信他的话。"]
QUOTATION = [line for paragraph in QUOTED for line in _set(paragraph, 13)]

PAGE = "\n".join(["2024年10月8日 星期二", "第8版", "文化", "一封家书里的老铁路", "邹 远", *ESSAY, *QUOTATION,
                  "这段朴素的文字，让人看到了那个", "年代建设者的艰苦，也看到了他们心", "中的希望。",
                  "新建社区食堂二十家", "本报记者 柯明", "今年以来，全区新建社区食",
                  "堂二十家，为老年人提供价格", "实惠、营养均衡的一日三餐。", "不少老人说，在家门口就能",
                  "吃上热乎饭，子女也放心了。"]) + "\n"


def test_a_unit_of_two_measures_is_cut_where_the_measure_changes():
    units = cut_at_measure_changes([Unit(Block([*ESSAY, *QUOTATION]))])
    assert [u.block.lines for u in units] == [ESSAY, QUOTATION]


def test_woven_lines_are_not_cut():
    woven = [line for pair in zip(ESSAY, QUOTATION) for line in pair]
    assert len(cut_at_measure_changes([Unit(Block(list(woven)))])) == 1


def test_the_quotations_paragraphs_are_told_by_its_own_width():
    essay = banmian.parse_text(PAGE, enrich=False).pages[0].articles[0]
    assert essay.headline.title == "一封家书里的老铁路"
    assert essay.paragraphs[3:5] == QUOTED
