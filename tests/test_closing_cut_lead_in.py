"""A closing headline (drawn after its body) takes the paragraphs that echo
neither headline: they are its article's lead-in, before its subject is named."""

from banmian.layout.tier_cuts import closing_cut

FIRST_HEAD = "新区公交线路今年全部换新车"
SECOND_HEAD = "老城茶馆留住乡愁"
REPORT = [
    "本报讯  新区公交公司今年将把全部线路的旧车换成新车，共计三百辆。",
    "公交公司负责人表示，新车将在五月前陆续投入线路运营。",
]
LEAD_IN = [
    "清晨六点，河边已经坐满了喝茶的客人。",
    "“这一壶，喝了三十年。”一位老人笑着说。",
]
STORY = [
    "老城茶馆开了半个世纪，街坊们说，这里留住了乡愁。",
    "如今茶馆由老板的女儿接手，老城的味道还在。",
]


def test_lead_in_goes_with_the_closing_headline():
    assert closing_cut(FIRST_HEAD, SECOND_HEAD, REPORT + LEAD_IN + STORY) == len(REPORT)


def test_a_paragraph_echoing_the_first_headline_stays_with_it():
    echo = ["另外，新区还将新开两条公交线路。"]
    assert closing_cut(FIRST_HEAD, SECOND_HEAD, REPORT + echo + LEAD_IN + STORY) == len(REPORT) + 1


def test_an_unfinished_paragraph_keeps_its_continuation():
    broken = ["公交公司负责人表示，新车将在五月前陆续投入——", "清晨六点，河边已经坐满了喝茶的客人。"]
    bodies = REPORT[:1] + broken + LEAD_IN[1:] + STORY
    assert closing_cut(FIRST_HEAD, SECOND_HEAD, bodies) == 3
