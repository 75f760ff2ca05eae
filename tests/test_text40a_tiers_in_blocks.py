"""Text mode: a kicker and its title that an extractor put in one block.

Invented pages. Where one block holds a line over a tier set larger than it (a
narrow box wrapping at fewer characters than the line over it), or over a
主题's form (a quotation standing alone, two phrases a space apart), the block
is 引题 + 主题, not 主题 + 副题, and the page's other headline blocks are read by
their words too."""

from __future__ import annotations

import banmian

_BODY_RUN = "\n\n".join([
    "本报讯 江城市近日在滨江公园举办第三届冬季长跑比赛，来自全市各区的两千余名跑步爱好者参加了比赛。",
    "比赛设半程和十公里两个项目，沿途设有多个补给站和医疗点，志愿者为选手提供热水和姜茶。",
    "不少市民带着家人一同参赛，现场气氛热烈，许多选手表示明年还要再来。",
])
_BODY_BOOKS = "\n\n".join([
    "本报讯 清河县今年新建乡村图书室四十二个，每个图书室配备图书三千册以上，方便群众就近借阅。",
    "县文化馆定期组织志愿者下乡开展读书分享活动，引导村民养成读书习惯，受到群众欢迎。",
])


def _headlines(*parts: str) -> list[tuple[str | None, str | None, str | None]]:
    text = "\n\n".join(["江城日报", "2021年3月2日 星期二", *parts])
    page = banmian.parse_text(text, enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


def test_a_quotation_alone_under_a_longer_line_is_the_title() -> None:
    heads = _headlines("江城市举办第三届冬季长跑比赛\n“跑出健康好心情”", _BODY_RUN)
    assert heads[0] == ("江城市举办第三届冬季长跑比赛", "“跑出健康好心情”", None)


def test_a_narrow_box_under_a_wider_line_is_the_title_set_larger() -> None:
    heads = _headlines("清河县乡村文化建设稳步推进\n图书\n进村", _BODY_BOOKS)
    assert heads[0] == ("清河县乡村文化建设稳步推进", "图书进村", None)


def test_the_page_evidence_reads_its_other_blocks_by_words() -> None:
    heads = _headlines("清河县乡村文化建设稳步推进\n图书\n进村", _BODY_BOOKS,
                       "江城市举办第三届冬季长跑比赛\n“跑出健康好心情”", _BODY_RUN)
    assert heads[0][:2] == ("清河县乡村文化建设稳步推进", "图书进村")
    assert heads[1][:2] == ("江城市举办第三届冬季长跑比赛", "“跑出健康好心情”")



def test_two_phrases_a_space_apart_under_a_longer_line_are_the_title() -> None:
    heads = _headlines("江城市倡导市民冬季多参加户外运动\n全民健身 跑出精彩", _BODY_RUN)
    assert heads[0] == ("江城市倡导市民冬季多参加户外运动", "全民健身 跑出精彩", None)



def test_a_box_under_a_line_is_measured_before_its_lines_are_joined() -> None:
    from banmian.layout.roles import TITLE
    from banmian.layout.text_units import Unit
    from banmian.layout.tier_reading import tiers_share_blocks, titles_set_larger_under_lines
    from banmian.model import Block

    as_set = [Unit(Block(["2月江城用电量增长12%", "用电需求", "稳中有升"], TITLE))]
    joined = [Unit(Block(["2月江城用电量增长12%", "用电需求稳中有升"], TITLE))]
    assert titles_set_larger_under_lines(as_set)
    assert not tiers_share_blocks(joined)  # (the box's width is gone once its lines are one)
