"""A closing headline's part begins past the last paragraph that still says
the first headline's own words: a meeting's report names its subject again
after its first paragraph (which the best cut counts once), and a paragraph
that says the second headline's words in passing does not end it there."""

from banmian.layout.tier_cuts import closing_cut

FIRST_HEAD = "区人大代表分组审议交通规划草案"
SECOND_HEAD = "夜市带动消费增长"
REPORT = [
    "本报讯  区人大代表今天分组审议交通规划草案，听取了区交通局的说明。",
    "与会代表认为，规划要让公交线路延伸到新区，带动消费，方便居民出行。",
    "代表们就修改交通规划草案提出了意见，区人大将汇总意见后再次审议草案。",
]
STORY = [
    "天刚擦黑，河滨路的夜市就热闹起来，小吃摊前排起了长队。",
    "摊主老周说，今年夜市的生意比去年好，一晚上能卖出两百多碗面。",
    "夜市带动了周边的商店和餐馆，消费一天比一天旺，增长看得见。",
]


def test_a_paragraph_saying_the_first_headline_again_stays_with_it():
    assert closing_cut(FIRST_HEAD, SECOND_HEAD, REPORT + STORY) == len(REPORT)


def test_the_cut_stays_where_the_second_headline_is_said_first():
    """A paragraph leaning to the second headline before the one saying the
    first's words stops the move: the report ended over it."""
    turned = REPORT[:1] + ["夜市带动消费增长，摊主们说今年的生意好做多了。"] + REPORT[2:]
    assert closing_cut(FIRST_HEAD, SECOND_HEAD, turned + STORY) == 1
