"""PyMuPDF splits a printed line before an opening mark that the 开明 style
set half a cell back (斗争。毛泽东同志曾指出： / “从现): the pieces are joined
again (banmian.sources.quote_splits), and nothing else is."""

from banmian.sources.quote_splits import rejoin_quote_splits

#: an invented column about 15 em wide, as the extractor wrote it
SPLIT = [
    "山谷里的小学今年迎来了第一批新",
    "老师，校长在开学时对大家说：",
    "“今天",
    "是我们学校最高兴的日子。”孩子们",
    "听了都拍手叫好，有的还唱起了歌。",
    "老师带来的新书：",
    "《十万个为什么》",
    "《中国地理》，孩子们一下课就围",
    "在书架前，舍不得离开。",
]


def test_pieces_split_before_an_opening_mark_are_one_line_again() -> None:
    lines = rejoin_quote_splits(SPLIT)
    assert "老师，校长在开学时对大家说：“今天" in lines
    assert "老师带来的新书：《十万个为什么》" in lines
    assert "《中国地理》，孩子们一下课就围" in lines  # a printed line of its own


def test_lines_that_are_whole_stay_as_they_are() -> None:
    whole = [
        "今天的会议在市政府大楼召开，会上",
        "来自各部门的负责人汇报了工作。",
        "“我们要把群众的事当成自己的事，",
        "一件一件办好。”市长说。",
        "李明",  # a byline, then a paragraph opening with a quote
        "“要让孩子们都能上好学，",
        "这是我们最大的心愿。”",
        "（下转第3版）",
        "记者：",
        "（完）",
    ]
    assert rejoin_quote_splits(whole) == whole
