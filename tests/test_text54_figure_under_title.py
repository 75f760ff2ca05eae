"""Text mode: a brief's title over a figure called out and the line explaining
it (某某持续加大 / 2.6万户 / 去年全市新增…2.6万户…), then its text. The figure and
its explanation are the brief's body as printed; the title stays the title,
whether the extractor gives the title and the figure in one block or the
figure and its explanation in one block. Invented text."""

import banmian

_TITLE = "城乡居民用上清洁能源步伐继续加快"
_FIGURE = ["2.6万户", "去年全市完成清洁能源改造的农户", "新增2.6万户，比上年多增4800户"]
_TEXT = ["本报江城3月2日电 （记者林川）市", "发展改革委日前发布的数据显示：去年", "全市清洁能源消费占比达到百分之三十", "五，比上年提高四个百分点，农村地区", "清洁取暖覆盖率超过八成。（林川）"]
_NEXT = ["社区食堂开张", "", "3月1日，江城市东湖街道第一家社区", "食堂正式开张，六十岁以上老人用餐可", "享受九折优惠。食堂每天供应早午晚三", "餐，菜品每周更新一次。"]
_HEAD = ["江城日报", "", "综合新闻", "", "2026.3.3 星期二    2", "", "简讯", ""]


def _first(lines: list[str]) -> dict:
    page = banmian.parse_text("\n".join(lines), enrich=False).to_dict()["pages"][0]
    return page["articles"][0]


def _assert_brief(article: dict) -> None:
    assert article["headline"]["title"] == _TITLE
    assert not article["headline"]["subtitle"] and not article["headline"]["kicker"]
    assert article["paragraphs"][0] == "2.6万户"


def test_title_and_figure_in_one_block() -> None:
    # (a line stream: the title and the figure under it read as one headline unit)
    _assert_brief(_first([line for line in _HEAD if line] + [_TITLE, *_FIGURE, *_TEXT, *_NEXT[:1], *_NEXT[2:]]))


def test_figure_and_explanation_in_one_block() -> None:
    _assert_brief(_first([*_HEAD, _TITLE, "", *_FIGURE, "", *_TEXT, "", *_NEXT]))
