"""Where a closing headline's part begins (text mode): wording both headlines
share tells neither's part."""

from banmian.layout.text_direction import closing_cut

FIRST_HEAD = "新区公交线路今年全部换新车"
SECOND_HEAD = "老城茶馆留住乡愁"
REPORT = [
    "本报讯  新区公交公司今年将把全部线路的旧车换成新车，共计三百辆。",
    "公交公司负责人表示，新车将在五月前陆续投入线路运营。",
]
STORY = [
    "老城茶馆开了半个世纪，街坊们常来这里喝茶。",
    "如今茶馆由老板的女儿接手，老城的味道还在。",
]


def test_wording_both_headlines_share_tells_neither_part():
    second = "老城茶馆换新颜"
    echo = ["公交车辆换新以后，乘客反映乘车舒适多了。"]
    story = ["老城茶馆开了半个世纪，街坊们常来喝茶。", "如今茶馆粉刷一新，颜色亮堂多了。"]
    assert closing_cut(FIRST_HEAD, second, REPORT + echo + story) == len(REPORT) + 1

