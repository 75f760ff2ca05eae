"""Article assembly in text mode on real extractors' output (issue 9, point 8),
session 26: bodies given to the wrong article, articles cut in two, spurious
articles. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset

_WIDTH = 13
# a summary set apart under the headline: its words come again in the dated report
_SUMMARY = ["江城要建成覆盖全市的公共充电网络，让新能源汽车车主出门不再为充电发愁。",
            "充电桩建设要同老旧小区改造结合起来，做到规划先行、布局合理。"]
_REPORT = ["本报江城4月8日电 江城市政府昨天召开会议，部署建设覆盖全市的公共充电网络。",
           "会议提出，今年新建充电桩五千个，让新能源汽车车主出门不再为充电发愁。",
           "会议要求，充电桩建设要同老旧小区改造结合起来，做到规划先行、布局合理，方便居民使用。"]
_NEXT = ["江城第三座跨江大桥昨天顺利合龙，大桥全长两千米，预计年底通车。",
         "大桥建成后，东西两岸的车程将由四十分钟缩短到十分钟。"]


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p, _WIDTH)]


#: the next article: headline, reporter's line, text
_BRIDGE = ["第三座大桥合龙", "本报记者 王刚", *[line for p in _NEXT for line in typeset(p, _WIDTH)]]


def _parse(lines: list[str]) -> list[banmian.model.Article]:
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def test_a_summary_echoed_by_the_dated_text_under_it_keeps_that_text_in_its_article():
    # headline, a summary of two sentences (longer than a short lead), then the dated report whose
    # words it repeats: one article, not the summary's plus a headless report
    lines = ["江城建设充电网络", *_lines(_SUMMARY), *_lines(_REPORT),
             *_BRIDGE]
    articles = _parse(lines)
    assert [a.headline.title for a in articles] == ["江城建设充电网络", "第三座大桥合龙"]
    text = "".join(articles[0].paragraphs)
    assert text.startswith(_SUMMARY[0]) and text.endswith(_REPORT[-1])


def test_a_dated_report_unlike_the_text_over_it_still_opens_an_article():
    # the text under the headline says other things than the dated report: that report is
    # another article (its headline lost), never glued to the first
    other = ["江城图书馆新馆昨天开馆，馆内藏书超过一百万册，设有少儿阅览区和古籍修复室。",
             "开馆首日，到馆读者达到一万两千人次，不少市民一早就在门口排队。",
             "新馆还开设了二十四小时自助借还区，市民刷卡即可借书还书。"]
    lines = ["江城图书馆新馆开馆", *_lines(other), *_lines(_REPORT), *_BRIDGE]
    articles = _parse(lines)
    assert "".join(articles[0].paragraphs) == "".join(other)


def test_an_editors_note_under_the_headline_keeps_the_dated_report_under_it():
    # 开栏的话 and its paragraph, then the column's first report with its dateline
    note = ["即日起，本版推出系列报道，讲述城市更新中的新变化，敬请关注。"]
    lines = ["老街区焕发新活力", "本报记者 李明", "开栏的话", *_lines(note), *_lines(_REPORT), *_BRIDGE]
    articles = _parse(lines)
    assert [a.headline.title for a in articles] == ["老街区焕发新活力", "第三座大桥合龙"]
    assert "".join(articles[0].paragraphs).endswith(_REPORT[-1])


def test_a_first_line_broken_inside_a_word_is_body_not_a_headline():
    # the units a line stream is cut into: a brief closed by its authors' bracket (wrapped), the
    # next article's first line alone (it ends inside a word: ……过去的2019 / 年，……), its text.
    # The line is no headline: the text under it opens with the rest of that word, as no body
    # opens; it is the first line of that text's paragraph.
    from banmian.layout.text_classify import classify_text_units
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    brief = ["江城新建的农贸市场昨天开业", "市场设有摊位三百个，蔬菜、水果", "和水产分区经营，开业首日客流超",
             "过八千人次。（李明 王", "芳）"]
    text = ["年，江城博物馆举办了十", "二个展览，接待观众一百", "二十万人次，比上一年增", "长三成。"]
    units = [Unit(Block(["江城农贸市场开业"])), Unit(Block(brief)), Unit(Block(["回望刚刚过去的2019"])),
             Unit(Block(list(text)))]
    classify_text_units(units)
    assert [u.role for u in units] == [Role.TITLE, Role.BODY, Role.BODY]
    assert units[2].lines == ["回望刚刚过去的2019", *text]


def test_a_brief_headline_run_into_the_text_before_it_heads_the_dated_item_after_it():
    # a column of briefs extracted as one run: the first item's text closed by its authors'
    # bracket, then the second item's headline wrapped over two lines, then its dateline
    lines = ["江城农贸市场开业", "江城新建的农贸市场昨天", "开业，设有摊位三百个，周边", "居民买菜方便。（李明 王芳）",
             "江城第三座跨江大桥今天顺利", "合龙", "本报江城4月8日电 江城", "第三座跨江大桥今天顺利合龙，",
             "大桥全长两千米，预计年底通", "车。"]
    articles = _parse(lines)
    assert len(articles) == 2
    assert articles[1].headline.title == "江城第三座跨江大桥今天顺利合龙"
    assert "".join(articles[0].paragraphs).endswith("周边居民买菜方便。")
    assert "".join(articles[1].paragraphs).endswith("预计年底通车。")


def test_a_brief_headline_left_at_the_end_of_the_block_before_heads_the_next_block():
    # blocks (blank lines between): the extractor leaves the second brief's headline at the end of
    # the first brief's block, after its authors' bracket; the second brief's text is the next block
    first = ["江城新建的农贸市场昨天", "开业，设有摊位三百个，周边", "居民买菜方便。（李明 王芳）",
             "江城第三座跨江大桥今天顺利", "合龙"]
    second = ["大桥全长两千米，连接城东", "和江心岛，预计年底通车。", "（赵强）"]
    text = "江城农贸市场开业\n\n" + "\n".join(first) + "\n\n" + "\n".join(second) + "\n"
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    assert articles[-1].headline.title == "江城第三座跨江大桥今天顺利合龙"
    assert "".join(articles[-1].paragraphs).startswith("大桥全长两千米")
    assert "".join(articles[0].paragraphs).endswith("周边居民买菜方便。")


def test_a_figure_called_out_over_its_explanation_stays_in_the_body():
    # a figure box at the end of an article's text (one line a block): each figure alone on its line,
    # then the sentence explaining it, which repeats the figure and ends with no full stop. The
    # last explanation is no headline closing a body: it is the article's text, as printed.
    text = _lines(_NEXT) + ["86.5%", "2020年，江城公交出行", "分担率达到86.5%",
                            "1250万人次", "2020年，江城轨道交通日", "均客运量达到1250万人次，",
                            "同比增长12.3%", "（下转第3版）"]
    lines = ["江城公共交通更便捷", "本报记者 王刚", *text]
    articles = banmian.parse_text("\n\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城公共交通更便捷"]
    body = "".join(articles[0].paragraphs)
    assert body.endswith("2020年，江城轨道交通日均客运量达到1250万人次，同比增长12.3%")


def test_a_short_headline_over_a_line_opening_inside_a_word_stays_a_headline():
    # an extractor that runs columns in line by line may set a headline over another column's
    # line that opens inside a word (作，……): a headline far shorter than that column is no first
    # line of its paragraph
    from banmian.layout.text_classify import classify_text_units
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    above = ["江城新建的农贸市场昨天", "开业，设有摊位三百个，周边", "居民买菜方便。（李明 王芳）"]
    other = ["作，推动两岸交流合作不断", "深化，取得了新的成果。", "双方表示将继续加强合作。"]
    units = [Unit(Block(list(above))), Unit(Block(["江畔看白鹭"])), Unit(Block(list(other)))]
    classify_text_units(units)
    assert [u.role for u in units][1:] == [Role.TITLE, Role.BODY]
    assert units[1].lines == ["江畔看白鹭"]
