"""A news brief's title run into its text after a full-width space, the item
after one whose authors' bracket wraps over two lines (（张敏 李 / 华）), in a
brief column as get_text gives it: the title's words come back in the text
under it, yet the line is no headline alone; the title is cut at its space and
the text runs on (市文旅局 / 日前启动……). Invented text."""

import banmian
from banmian.layout.text_run_in_titles import title_runs_in

_PAGE = """江城日报
2026年5月8日 星期五
第6版
本版简讯
城北公园新增健身步道　城北公园新增健
身步道两公里，沿途设置了休息座椅和饮水
点，方便市民晨练和散步。（张敏 李华）
图书馆延长开放时间　市图书馆自本月起
延长开放时间，工作日闭馆时间推迟到晚上
九点，满足市民夜间阅读需求。（周远 何
平）
夏季文旅消费季活动启动　市文旅局
日前启动夏季文旅消费季活动，将推出精品
旅游线路二十条和惠民措施十余项。（林
可）
"""


def test_title_run_in_after_wrapped_authors_is_cut_at_its_space() -> None:
    page = banmian.parse_text(_PAGE, enrich=False).pages[0]
    got = {a.headline.title: a.paragraphs for a in page.articles}
    assert got.get("夏季文旅消费季活动启动") == ["市文旅局日前启动夏季文旅消费季活动，将推出精品旅游线路二十条和惠民措施十余项。"]


def test_run_in_line_after_authors_is_no_headline_alone() -> None:
    """Its lead echoes the title, yet the line is not cut off whole as a headline."""
    from banmian.layout.closing_heads import cut_headlines_after_closings
    from banmian.layout.roles import OTHER, TITLE
    from banmian.layout.text_units import Unit
    from banmian.model import Block

    units = [Unit(Block(["图书馆延长开放时间　市图书馆自本月起", "延长开放时间，工作日闭馆时间推迟到晚上",
                         "九点，满足市民夜间阅读需求。（周远 何", "平）"], OTHER)),
             Unit(Block(["夏季文旅消费季活动启动　市文旅局", "日前启动夏季文旅消费季活动，将推出精品",
                         "旅游线路二十条和惠民措施。（林可）"], OTHER))]
    out = cut_headlines_after_closings(units)
    assert not any(u.block.role == TITLE for u in out)


def test_title_runs_in() -> None:
    assert title_runs_in("夏季文旅消费季活动启动　市文旅局", "日前启动夏季文旅消费季活动，将推出精品")
    assert not title_runs_in("夏季文旅消费季活动启动", "日前启动夏季文旅消费季活动，将推出精品")
