"""Text mode: body lines set narrower around a figure are no headlines.

A paragraph that runs around a photo, a map or a pulled quote is set in a
shorter measure for a few lines, each as long as the figure's outline leaves
room for (not equally short). An extractor's line stream gives those lines as
short lines that end no sentence, the shape of headline lines; the full line
under them, no paragraph's first line, carries the sentence on. (The real
page this was found on: a 理论 page read by PyMuPDF's ``get_text()``.)
"""

from __future__ import annotations

import banmian
from tests.test_line_stream import typeset

WIDTH = 16

FIRST = ("河湖治理是一项久久为功的系统工程，必须坚持上下游统筹、左右岸协同，"
         "把水资源、水生态、水环境放在一起谋划，形成齐抓共管的工作格局。")
# the paragraph set around a figure: full lines, then lines as short as the figure allows, then full again
AROUND_FULL = ["近年来，沿江各地加快推进污", "水管网建设，城区生活污水集中收集"]
AROUND_SHORT = ["处理率达到", "96.3%。", "“一河一策", "一湖一档”管理", "机制日益完善，沿岸"]
AROUND_AFTER = ["群众的获得感不断增强，岸线整治累", "计腾退土地一千二百余亩，建成滨水", "绿道八十多公里。"]
LAST = "下一步，要把河湖长制落到实处，推动河湖面貌持续改善，让群众共享治理成果。"

SECOND_BODY = ("冬储蔬菜陆续上市，各大批发市场货源充足、价格平稳。市商务部门加强产销对接，"
               "组织合作社直供社区门店，确保居民菜篮子拎得稳。")


def page() -> str:
    lines = ["5 理论", "2025年3月14日 星期五", "河湖治理久久为功", "陈立群"]
    lines += typeset(FIRST, WIDTH)
    lines += AROUND_FULL + AROUND_SHORT + AROUND_AFTER
    lines += typeset(LAST, WIDTH)
    lines += ["（作者为省水利厅研究员）", "冬季蔬菜供应充足", "本报记者 周明远"]
    lines += typeset(SECOND_BODY, WIDTH)
    return "\n".join(lines) + "\n"


def test_lines_around_a_figure_stay_in_their_paragraph():
    articles = banmian.parse_text(page()).pages[0].articles
    titles = [a.headline.title for a in articles]
    assert titles == ["河湖治理久久为功", "冬季蔬菜供应充足"], titles
    run = "".join(AROUND_FULL + AROUND_SHORT + AROUND_AFTER)
    assert run in articles[0].paragraphs, articles[0].paragraphs  # one paragraph, as printed
    for article in articles:
        tiers = [article.headline.kicker, article.headline.title, article.headline.subtitle]
        assert not any(line in (tier or "") for tier in tiers for line in AROUND_SHORT), article.headline
    assert "".join(articles[1].paragraphs) == SECOND_BODY


def test_paragraph_lines_around_a_figure_are_one_paragraph():
    """The paragraph splitter alone (blocks as a PDF source gives them): the
    short lines end no paragraph; the paragraphs before and after stay apart."""
    from banmian.layout.paragraphs import split_paragraphs

    lines = typeset(FIRST, WIDTH) + AROUND_FULL + AROUND_SHORT + AROUND_AFTER + typeset(LAST, WIDTH)
    assert split_paragraphs([lines], WIDTH) == [FIRST, "".join(AROUND_FULL + AROUND_SHORT + AROUND_AFTER), LAST]


def test_a_subheading_after_a_paragraph_end_still_opens_its_part():
    """The run must not swallow a short headline line after a paragraph's
    last line: its text under it opens a paragraph (an indent), not a sentence
    going on at full measure."""
    lines = ["5 理论", "2025年3月14日 星期五", "河湖治理久久为功", "陈立群"]
    lines += typeset(FIRST, WIDTH)
    lines += ["坚持系统治理", "筑牢生态屏障"]
    lines += typeset(LAST, WIDTH)
    lines += ["（作者为省水利厅研究员）", "冬季蔬菜供应充足", "本报记者 周明远"]
    lines += typeset(SECOND_BODY, WIDTH)
    articles = banmian.parse_text("\n".join(lines) + "\n").pages[0].articles
    assert [a.headline.title for a in articles] == ["河湖治理久久为功", "冬季蔬菜供应充足"]
    body = articles[0].paragraphs
    assert not any("坚持系统治理" in p and "下一步" in p for p in body), body
    assert not any("局。" in p and "坚持系统治理" in p for p in body), body
