"""A title set a phrase a line in a narrow box (划分片区 / 协作办案), the lines of
one width, and a shorter name-shaped line under them: the name is the
headline's author, no wrapped tail of the title (src/banmian/layout/stream_tiers.py,
``_phrase_lines_over_name``)."""

from banmian import parse_text

PAGE = "\n".join([
    "江城日报",
    "6 理论",
    "2026年3月5日 星期四",
    "让基层治理更有温度",
    "新时代的基层治理，离不开",
    "每一位干部的担当和付出。只",
    "有把群众的冷暖放在心上，才",
    "能真正赢得群众的信任和支持。",
    "基层干部要多到群众中去，听",
    "真话、察实情，把群众的急难",
    "愁盼一件件办好办实。",
    "（作者为江城大学公共管理学院教授）",
    "江城市北湖区创新社区服务模式",
    "划分片区",
    "协作办案",
    "周文博",
    "北湖区今年在全区推行社区服",
    "务“一站式”办理，居民办事",
    "不再来回跑。家住北湖街道的",
    "刘大爷说，过去办一件事要跑",
    "好几个部门，现在在家门口就",
    "能办好，真是方便多了。",
    "区民政局负责人介绍，下一步",
    "还将把更多服务事项下放到社",
    "区，让居民少跑腿、好办事。",
]) + "\n"


def test_name_under_phrase_lines_is_the_author() -> None:
    article = parse_text(PAGE, enrich=False).pages[0].articles[-1]
    assert article.headline.title is not None and "周文博" not in article.headline.title
    assert [b.name for b in article.bylines] == ["周文博"]
    # a line as wide as the phrases over it (周到服务) is no name standing under them
    wide = parse_text(PAGE.replace("周文博\n", "周到服务\n"), enrich=False).pages[0].articles[-1]
    assert not wide.bylines
