"""Where a closing headline's part begins (text mode): wording both headlines
share tells neither's part, and a paragraph echoing both goes with the one it
echoes more."""

from banmian.layout.tier_cuts import closing_cut

FIRST_HEAD = "新区公交线路今年全部换新车"
REPORT = [
    "本报讯  新区公交公司今年将把全部线路的旧车换成新车，共计三百辆。",
    "公交公司负责人表示，新车将在五月前陆续投入线路运营。",
]


def test_wording_both_headlines_share_tells_neither_part():
    second = "老城茶馆换新颜"
    echo = ["公交车辆换新以后，乘客反映乘车舒适多了。"]
    story = ["老城茶馆开了半个世纪，街坊们常来喝茶。", "如今茶馆粉刷一新，颜色亮堂多了。"]
    assert closing_cut(FIRST_HEAD, second, REPORT + echo + story) == len(REPORT) + 1


def test_a_paragraph_echoing_both_goes_with_the_headline_it_echoes_more():
    # the second story's first paragraph names the first story's mayor in passing
    first = "市长王江平会见来访的河港市代表团"
    second = "两港合作深化"
    report = ["本报讯  市长王江平昨天会见了来访的河港市代表团，双方回顾了友好往来。",
              "王江平表示，愿同河港市在更多领域开展交流。"]
    story = ["去年，市长王江平访问河港，两港合作迎来新阶段，货运航线增至五条。",
             "如今，两港合作不断深化，港口吞吐量持续增长。"]
    assert closing_cut(first, second, report + story) == len(report)

